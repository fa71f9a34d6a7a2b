"""The pylint plugin reports exactly what the flake8 plugin reports: same lines, columns,
codes and message text, on every example file of the flake8 tests, on the pylint tests' own
Keras 1 and Keras 2 files, and on generated programs that stress name resolution.

flake8's side is ``check_tree(ast.parse(source), lines)``, as flake8 runs it; pylint's side
is pylint itself, run once through its API over all the files (``--disable=all
--enable=keras2``: every message of the checker, including the off-by-default ones, which
check_tree reports too).
"""
from __future__ import annotations

import ast
import logging
from collections import Counter
from pathlib import Path

import pytest
from pylint.lint import Run
from pylint.reporters import CollectingReporter

from keras2_lint.astfront.check import check_tree
from keras2_lint.rules import RULES_BY_CODE
from tests.hostile import CALLS, HEADER, IMPORTS, SHADOWING, physical_lines
from tests.pylint.harness import pylint_findings
from tests.pylint.programs import program

TESTS = Path(__file__).parent
EXAMPLES = sorted((TESTS / "examples").glob("*.py"))
PARITY = sorted((TESTS / "pylint" / "parity").glob("*.py"))
FILES = EXAMPLES + PARITY


def flake8_findings(source) -> Counter:
    return Counter((finding.anchor[0], finding.anchor[1], f"{finding.code} {finding.message}")
                   for finding in check_tree(ast.parse(source), physical_lines(source)))


@pytest.fixture(scope="module")
def pylint_run(tmp_path_factory):
    """pylint over every file at once: ``{resolved path: Counter((line, col, text))}``, and
    the messages that are not ours (there must be none)."""
    rcfile = tmp_path_factory.mktemp("rc") / "pylintrc"
    rcfile.write_text("[MAIN]\n")
    reporter = CollectingReporter()
    Run([*map(str, FILES), f"--rcfile={rcfile}", "--load-plugins=pylint_keras2",
         "--disable=all", "--enable=keras2,astroid-error,fatal", "--persistent=n"],
        reporter=reporter, exit=False)
    ours, others = {}, []
    for message in reporter.messages:
        if message.msg_id[1:3] == "73":
            ours.setdefault(Path(message.abspath).resolve(), Counter())[
                (message.line, message.column, message.msg)] += 1
        else:
            others.append(message)
    return ours, others


def test_files_were_found():
    assert len(EXAMPLES) >= 5, "the flake8 example files moved?"
    assert len(PARITY) >= 6


def test_pylint_reports_nothing_but_ours(pylint_run):
    _, others = pylint_run
    assert [f"{m.path}:{m.line}: {m.symbol} {m.msg}" for m in others] == []


@pytest.mark.parametrize("path", FILES, ids=[f"{p.parent.name}/{p.name}" for p in FILES])
def test_same_findings_as_flake8(pylint_run, path):
    found, _ = pylint_run
    try:
        expected = flake8_findings(path.read_bytes())
    except SyntaxError:
        expected = Counter()  # both linters report only the syntax error
    actual = found.get(path.resolve(), Counter())
    assert {(line, text.split()[0]) for line, _, text in actual} == {
        (line, text.split()[0]) for line, _, text in expected}
    assert sorted(actual.elements()) == sorted(expected.elements())


def test_parity_files_say_what_they_are(pylint_run):
    """Keras 1 files have findings of the default rules; the Keras 2 file only off-by-default
    ones (which cannot tell Keras 1 from Keras 2)."""
    found, _ = pylint_run
    for path in PARITY:
        codes = {text.split()[0] for _, _, text in found.get(path.resolve(), ())}
        default_codes = {code for code in codes if RULES_BY_CODE[code].default_enabled}
        if "keras1" in path.name:
            assert len(default_codes) >= 2, path.name
        else:
            assert not default_codes, (path.name, default_codes)
    every = {text.split()[0] for counter in found.values() for _, _, text in counter}
    assert every == set(RULES_BY_CODE)  # every rule is exercised through pylint


TABLES = {**{f"call: {name}": HEADER + body for name, (body, _) in CALLS.items()},
          **{f"import: {name}": source for name, (source, _) in IMPORTS.items()},
          **{f"shadowing: {name}": HEADER + body for name, (body, _) in SHADOWING.items()}}


@pytest.mark.parametrize("name", sorted(TABLES))
def test_robustness_tables(name):
    """The robustness tests say what each front-end must report; here, that the two agree
    (a change of name resolution on one side alone shows up here first)."""
    source = TABLES[name] + "\n"
    assert pylint_findings(source) == flake8_findings(source)


@pytest.mark.parametrize("start", range(0, 1200, 200))
def test_generated_programs(start, caplog):
    caplog.set_level(logging.WARNING)
    for seed in range(start, start + 200):
        source = program(seed)
        try:
            compile(source, f"<program {seed}>", "exec")
        except SyntaxError:
            continue  # e.g. `global x` after x is used: only valid Python must agree
        expected, actual = flake8_findings(source), pylint_findings(source)
        assert actual == expected, (
            f"seed {seed}\n{source}\nflake8 only: {sorted(expected - actual)}\n"
            f"pylint only: {sorted(actual - expected)}")
    assert not [record for record in caplog.records if "keras2-lint" in record.getMessage()]
