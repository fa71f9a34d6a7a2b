"""Every (callable, Keras 1 keyword) pair that Keras 2.2.4's own legacy shims convert is
reported, with the Keras 2 keyword named. The pairs are read from the real Keras 2.2.4 wheel
(downloaded from PyPI once and cached), never from a hand-kept copy."""
from __future__ import annotations

import pytest

from tests.keras_legacy_table import keras_224_source_dir, legacy_keyword_pairs
from tests.test_examples import run_flake8

METHODS = {"fit_generator", "evaluate_generator", "predict_generator"}
SAMPLE_VALUES = {"dim_ordering": "'th'", "consume_less": "'cpu'", "forget_bias_init": "'one'",
                 "mode": "1"}


@pytest.fixture(scope="module")
def pairs():
    found = legacy_keyword_pairs(keras_224_source_dir())
    assert len(found) > 300, "the Keras 2.2.4 table looks truncated"
    return found


def call_line(pair) -> str:
    value = SAMPLE_VALUES.get(pair.old_keyword, "1")
    if pair.callable_name in METHODS:
        return f"model.{pair.callable_name}(generator, {pair.old_keyword}={value})"
    return f"{pair.callable_name}({pair.old_keyword}={value})"


def test_every_legacy_keyword_is_reported(pairs, tmp_path):
    header = ["import keras"]
    header += sorted({f"from {p.module} import {p.callable_name}" for p in pairs
                      if p.callable_name not in METHODS})
    lines = header + [call_line(pair) for pair in pairs]
    path = tmp_path / "keras1_every_legacy_keyword.py"
    path.write_text("\n".join(lines) + "\n")
    findings = run_flake8("--select", "KRS1,KRS2,KRS3", str(path))
    by_line = {}
    for finding in findings:
        by_line.setdefault(int(finding["line"]), []).append(finding)
    missing = []
    for index, pair in enumerate(pairs, start=len(header) + 1):
        column = lines[index - 1].index(pair.old_keyword + "=") + 1
        texts = [f["text"] for f in by_line.get(index, []) if int(f["col"]) == column]
        wanted = pair.new_keyword or pair.old_keyword
        if not any(f"`{pair.old_keyword}=`" in t and wanted in t for t in texts):
            missing.append((lines[index - 1], pair.new_keyword, texts))
    assert missing == []


def test_known_pairs_are_in_the_derived_table(pairs):
    """The derivation itself reads what Keras says (guards against an empty or wrong parse)."""
    table = {(p.callable_name, p.old_keyword): p.new_keyword for p in pairs}
    assert table[("Dense", "output_dim")] == "units"
    assert table[("Convolution2D", "border_mode")] == "padding"
    assert table[("GlobalMaxPooling2D", "dim_ordering")] == "data_format"
    assert table[("Model", "input")] == "inputs"
    assert table[("fit_generator", "samples_per_epoch")] == "steps_per_epoch"
    assert ("Embedding", "dropout") in table and ("BatchNormalization", "mode") in table


def test_keras2_only_generator_keywords_are_keras2_parameters():
    """The keywords that make a generator call Keras 2 code are parameters of Keras 2.2.4's
    generator methods, and none is a Keras 1 keyword the catalogue converts."""
    import ast

    from keras2_lint import tables

    source = (keras_224_source_dir() / "keras" / "engine" / "training.py").read_text()
    parameters = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.FunctionDef) and node.name in METHODS:
            parameters.update(arg.arg for arg in node.args.args)
    assert {"steps_per_epoch", "steps", "workers", "shuffle"} <= parameters
    for method, keywords in tables.KERAS2_ONLY_KEYWORDS.items():
        assert keywords <= parameters, method
        assert not keywords & set(tables.METHODS[method].keywords), method
