"""Hostile input for the flake8 plugin: nothing Python can parse may make it raise, and what it
reports on odd but valid code is still right.

``check_tree`` is called directly wherever possible: it has no catch-all, so an exception in the
resolver or the catalogue fails the test instead of being logged and swallowed by
``Keras2Checker.run``. A few inputs go through flake8 itself (subprocess, files in tmp_path)
for what only flake8 does: decoding, BOM, line endings, tabs, the ``keras`` pre-filter.
"""
from __future__ import annotations

import ast
import re
import subprocess
import sys
import sysconfig
from collections import Counter
from pathlib import Path

import hypothesmith
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bench.keras1_corpus import generate_module
from flake8_keras2.plugin import Keras2Checker
from keras2_lint.astfront.check import check_tree
from keras2_lint.rules import RULES_BY_CODE
from tests.hostile import (retained, BRACKETS, CALLS, DEEP, FUZZ, HEADER, IMPORTS, KERAS_PREFIX,
                           SHADOWING, UNCOMPILABLE, keras_statement, nested_blocks,
                           physical_lines)

KRS_LINE = re.compile(r"^(?P<path>.+?):(?P<line>\d+):(?P<col>\d+): (?P<code>KRS\d{3}) ")
# hypothesmith compiles what it generates: odd literals draw SyntaxWarning/DeprecationWarning
GENERATED = pytest.mark.filterwarnings("ignore::SyntaxWarning", "ignore::DeprecationWarning")


def findings(source):
    return check_tree(ast.parse(source), physical_lines(source))


def codes(source) -> list:
    return sorted(finding.code for finding in findings(source))


def assert_well_formed(found, tree: ast.AST) -> None:
    """Every finding has a known code, a one-line message ending with its URL, and an anchor
    inside the file."""
    last_line = max((getattr(node, "end_lineno", None) or 0 for node in ast.walk(tree)),
                    default=0)
    for finding in found:
        assert finding.code in RULES_BY_CODE, finding
        assert isinstance(finding.message, str) and "\n" not in finding.message, finding
        assert finding.message.rsplit(" ", 1)[-1].startswith("https://"), finding
        line, column = finding.anchor
        assert 1 <= line <= last_line and column >= 0, finding
        assert isinstance(finding.mechanical, bool), finding


def plugin_results(tree: ast.AST, source: str) -> list:
    return list(Keras2Checker(tree, physical_lines(source), "fuzzed.py").run())


def run_flake8(*args: str, cwd=None) -> subprocess.CompletedProcess:
    """flake8 in a subprocess with no configuration; stderr must stay free of our logger."""
    result = subprocess.run([sys.executable, "-m", "flake8", "--isolated", *map(str, args)],
                            capture_output=True, text=True, check=False, cwd=cwd)
    assert "keras2-lint" not in result.stderr and "Traceback" not in result.stderr, \
        result.stderr
    return result


def krs_lines(result: subprocess.CompletedProcess) -> list:
    """(file name, line, column, code) of every KRS line flake8 printed."""
    found = []
    for line in result.stdout.splitlines():
        match = KRS_LINE.match(line)
        if match:
            found.append((Path(match["path"]).name, int(match["line"]), int(match["col"]),
                          match["code"]))
    return found


# -- generated programs -------------------------------------------------------------------------
def check_generated(source: str) -> None:
    tree = ast.parse(source)
    found = check_tree(tree)
    assert_well_formed(found, tree)
    assert check_tree(tree) == found  # deterministic, and the tree is left as it was
    plugin = plugin_results(tree, source)
    if "keras" in source:
        assert [(line, col, text.split(" ", 1)[0]) for line, col, text, _ in plugin] == [
            (*finding.anchor, finding.code) for finding in found]


@GENERATED
@settings(FUZZ, max_examples=150)
@given(hypothesmith.from_grammar())
def test_hypothesmith_grammar_programs(source):
    check_generated(source)


@GENERATED
@settings(FUZZ, max_examples=150)
@given(hypothesmith.from_grammar())
def test_hypothesmith_grammar_programs_under_keras_star_imports(source):
    """Every free name of the program now resolves to Keras, so every call is judged."""
    check_generated(KERAS_PREFIX + source)


@GENERATED
@settings(FUZZ, max_examples=30)  # from_node is slow, and its speed varies a lot
@given(hypothesmith.from_node())
def test_hypothesmith_node_programs_under_keras_star_imports(source):
    check_generated(KERAS_PREFIX + source)


@GENERATED
@settings(FUZZ, max_examples=2)
@given(st.lists(hypothesmith.from_grammar(), min_size=4, max_size=4))
def test_hypothesmith_programs_through_flake8(tmp_path_factory, sources):
    """flake8 itself reports exactly what check_tree finds, and logs nothing of ours."""
    directory = tmp_path_factory.mktemp("fuzz")
    expected = []
    for index, source in enumerate(sources):
        path = directory / f"fuzz_{index}.py"
        path.write_text(KERAS_PREFIX + source, encoding="utf-8", newline="")
        expected += [(path.name, finding.anchor[0], finding.anchor[1] + 1, finding.code)
                     for finding in check_tree(ast.parse(path.read_bytes()))]
    result = run_flake8("--select=KRS", "--disable-noqa", directory)
    assert sorted(krs_lines(result)) == sorted(expected)


@settings(FUZZ, max_examples=200)
@given(st.lists(keras_statement(), min_size=1, max_size=8))
def test_keras_flavoured_programs(statements):
    source = KERAS_PREFIX + "".join(statements)
    check_generated(source)


@settings(FUZZ, max_examples=100)
@given(st.lists(keras_statement(), min_size=1, max_size=8))
def test_keras_flavoured_programs_without_keras_imports_report_nothing(statements):
    """The same calls, but no name in the file comes from Keras: not one finding."""
    source = ("from mylib import *\nimport mylib as keras\nimport mylib.backend as K\n"
              + "".join(statements))
    tree = ast.parse(source)
    assert check_tree(tree) == []


# -- deep nesting ------------------------------------------------------------------------------
def deepest(build) -> tuple:
    """The source and depth of the deepest nesting, among a few, that ``ast.parse`` accepts.

    Python's parser stops somewhere below 3000 levels (RecursionError, MemoryError or
    SyntaxError: Python's limit, not ours); the case is then checked at the next depth down,
    so it always runs at the deepest level this interpreter parses.
    """
    for depth in (10_000, 2_990, 2_950, 2_900, 2_500, 2_000, 1_000):
        source = build(depth)
        try:
            return ast.parse(source), depth
        except (RecursionError, MemoryError, SyntaxError):
            continue
    raise AssertionError("Python parses none of the depths")


@pytest.mark.parametrize("name", sorted(DEEP))
def test_deep_nesting(name):
    build, expected = DEEP[name]
    tree, depth = deepest(build)
    assert depth >= 1_000  # really deep, not the trivial fallback of a broken builder
    found = check_tree(tree)
    assert Counter(finding.code for finding in found) == Counter(expected(depth))
    assert_well_formed(found, tree)


def test_deep_nesting_is_reported_at_the_innermost_call():
    tree, depth = deepest(lambda n: HEADER + "x = " + "not " * n + "Dense(output_dim=1)\n")
    [finding] = check_tree(tree)
    assert finding.anchor == (3, 4 + 4 * depth + len("Dense("))


def test_deepest_brackets_inside_deepest_blocks():
    """The recursive parts of the walk (blocks, nested brackets in arguments, targets and match
    patterns) at the deepest nesting Python parses, combined, from inside pytest's stack."""
    levels = 96  # + match + case + case body: the tokenizer's limit of 100 indentation levels
    for brackets in range(BRACKETS, 0, -10):
        try:
            tree = ast.parse(nested_blocks(levels, brackets))
            break
        except (MemoryError, RecursionError):  # the parser's own limit
            continue
    assert brackets >= 100
    found = check_tree(tree)
    # the capture `Dense` of the first case shadows Dense from there on
    assert sorted((finding.anchor[0], finding.code) for finding in found) == [
        (levels + 3, "KRS201"), (levels + 4, "KRS201")]


# -- big files ----------------------------------------------------------------------------------
def test_hundred_thousand_line_file():
    lines = [HEADER.rstrip("\n")]
    for index in range(100_000 // 4):
        lines += [f"def f{index}(x):", f"    y = x * {index}",
                  f"    return Dense(output_dim={index})(y)" if index % 5 == 0 else "    pass",
                  ""]
    source = "\n".join(lines) + "\n"
    assert source.count("\n") > 100_000
    found = check_tree(ast.parse(source))
    assert len(found) == 100_000 // 4 // 5
    assert {finding.code for finding in found} == {"KRS201"}
    assert sorted(finding.anchor[0] for finding in found) == [
        3 + 4 * index + 2 for index in range(0, 100_000 // 4, 5)]


def test_generated_keras1_modules_of_every_size():
    for size in (1_000, 10_000, 100_000):
        source = generate_module(size, seed=size)
        tree = ast.parse(source)
        found = check_tree(tree)
        assert_well_formed(found, tree)
        # the corpus is Keras 1 throughout: several findings every hundred lines
        assert len(found) > size // 100
        assert {"KRS201", "KRS102", "KRS203", "KRS401", "KRS402"} <= {f.code for f in found}


def test_huge_literals():
    count = 100_000
    listing = "[" + ", ".join(map(str, range(count))) + "]"
    keys = ", ".join(f"'k{i}': {i}" for i in range(count))
    source = (HEADER
              + f"weights = {listing}\n"
              + f"Dense(3, weights={listing}, init='uniform')\n"
              + f"Dense(**{{{keys}, 'output_dim': 3}})\n"
              + "text = " + " ".join(["'ab'"] * count) + "\n"
              + "blob = '" + "x" * 1_000_000 + "'\n"
              + f"Dense(output_dim='{'y' * 100_000}')\n"
              + f"model.fit(x, y, nb_epoch={'9' * 4000})\n")  # Python's limit: 4300 digits
    found = findings(source)
    assert [(f.anchor[0], f.code) for f in found] == [
        (4, "KRS201"), (5, "KRS201"), (8, "KRS201"), (9, "KRS201")]
    assert all(len(f.message) < 1_000 for f in found)  # argument texts are shortened


# -- calls of every shape -----------------------------------------------------------------------
@pytest.mark.parametrize("name", sorted(CALLS))
def test_call_shapes(name):
    body, expected = CALLS[name]
    source = HEADER + body + "\n"
    found = findings(source)
    assert sorted(f.code for f in found) == sorted(expected)
    assert_well_formed(found, ast.parse(source))


def test_metaclass_keyword():
    assert codes(HEADER + "class C(metaclass=Dense(output_dim=1)):\n    pass\n") == ["KRS201"]


def test_custom_layer_methods_with_lists_of_names_and_missing_keys():
    """The walk of a custom layer's methods meets lists that hold names (``global``,
    ``nonlocal``, a class pattern's keywords) and ``None`` (the key of ``{**d}``)."""
    source = ("from keras.engine.topology import Layer\n"
              "class Custom(Layer):\n"
              "    def build(self, input_shape):\n"
              "        global state\n"
              "        def inner():\n"
              "            nonlocal input_shape\n"
              "        options = {**extra, 'axis': 1}\n"
              "        match input_shape:\n"
              "            case Shape(rows=1, cols=2):\n"
              "                pass\n"
              "        self.W = self.add_weight((3, 3), 'uniform')\n"
              "        self.trainable_weights = [self.W]\n")
    assert sorted((f.code, f.anchor) for f in findings(source)) == [
        ("KRS402", (12, 8)), ("KRS406", (11, 33))]


@pytest.mark.parametrize("index", range(len(UNCOMPILABLE)))
def test_parsable_but_not_compilable(index):
    source = HEADER + UNCOMPILABLE[index] + "\nDense(output_dim=1)\n"
    line = source.count("\n")
    found = findings(source)
    assert_well_formed(found, ast.parse(source))
    assert (line, "KRS201") in [(f.anchor[0], f.code) for f in found]


# -- imports ------------------------------------------------------------------------------------
@pytest.mark.parametrize("name", sorted(IMPORTS))
def test_import_forms(name):
    source, expected = IMPORTS[name]
    assert codes(source + "\n") == sorted(expected)


# -- shadowing, one case per kind of scope and binding -------------------------------------------
@pytest.mark.parametrize("name", sorted(SHADOWING))
def test_shadowing(name):
    body, expected = SHADOWING[name]
    assert codes(HEADER + body + "\n") == sorted(expected)


# -- through flake8: encodings, BOM, line endings, tabs, syntax errors --------------------------
KERAS_FILE = "from keras.layers import Dense\n\nlayer = Dense(output_dim=1, name={name})\n"
FILES = {
    # file name: (bytes, expected (line, column, code) as flake8 prints them)
    "latin1_cookie.py": (
        ("# -*- coding: latin-1 -*-\n" + KERAS_FILE.format(name="'caf\xe9'")).encode("latin-1"),
        [(4, 15, "KRS201")]),
    "cp1251_cookie.py": (
        ("# coding: cp1251\n# \u0441\u043b\u043e\u0439\n"
         + KERAS_FILE.format(name="'\u0441\u043b\u043e\u0439'")).encode("cp1251"),
        [(5, 15, "KRS201")]),
    "shift_jis_cookie.py": (
        ("# coding: shift_jis\n" + KERAS_FILE.format(name="'\u5c64'")).encode("shift_jis"),
        [(4, 15, "KRS201")]),
    "bom.py": (b"\xef\xbb\xbf" + KERAS_FILE.format(name="'x'").encode(), [(3, 15, "KRS201")]),
    "bom_and_cookie.py": (b"\xef\xbb\xbf# coding: utf-8\n" + KERAS_FILE.format(
        name="'\u00e9'").encode(), [(4, 15, "KRS201")]),
    "crlf.py": (KERAS_FILE.format(name="'x'").replace("\n", "\r\n").encode(),
                [(3, 15, "KRS201")]),
    "cr_only.py": (KERAS_FILE.format(name="'x'").replace("\n", "\r").encode(),
                   [(3, 15, "KRS201")]),
    "tabs.py": ("from keras.layers import Dense\n\n\ndef f():\n\tif True:\n"
                "\t\treturn Dense(output_dim=1)\n".encode(), [(6, 16, "KRS201")]),
    "non_ascii_before_keyword.py": (
        "from keras.layers import Dense\n\n\u00e9l\u00e9ment = Dense(output_dim=1)\n".encode(),
        # flake8 prints the plugin's column as is: ast counts UTF-8 bytes
        [(3, 19, "KRS201")]),
    "no_trailing_newline.py": (b"from keras.layers import Dense\nDense(output_dim=1)",
                               [(2, 7, "KRS201")]),
    "form_feed.py": (b"from keras.layers import Dense\n\x0c\nDense(output_dim=1)\n",
                     [(3, 7, "KRS201")]),
    "noqa.py": (b"from keras.layers import Dense\nDense(output_dim=1)  # noqa: KRS201\n"
                b"Dense(init=1)  # noqa: E501\n", [(3, 7, "KRS201")]),
    "syntax_error.py": (b"from keras.layers import Dense\nprint 'x'\nDense(output_dim=1)\n", []),
    # flake8 decodes what is not UTF-8 (nor the cookie's codec) as latin-1, and lints that
    "undecodable.py": (b"from keras.layers import Dense\nx = '\xff\xfe'\nDense(output_dim=1)\n",
                       [(3, 7, "KRS201")]),
    "wrong_cookie.py": (b"# coding: no-such-codec\nfrom keras.layers import Dense\n"
                        b"Dense(output_dim=1)\n", [(3, 7, "KRS201")]),
    "null_byte.py": (b"from keras.layers import Dense\nx = 1\x00\nDense(output_dim=1)\n", []),
    "empty.py": (b"", []),
    "only_comments.py": (b"# keras keras keras\n", []),
    "keras_free.py": (b"import os\nos.path.join(output_dim=1)\n", []),
}


@pytest.fixture(scope="module")
def flake8_on_hostile_files(tmp_path_factory):
    directory = tmp_path_factory.mktemp("hostile")
    for name, (data, _) in FILES.items():
        (directory / name).write_bytes(data)
    result = run_flake8("--select=KRS,E902,E999", directory)
    return result, directory


@pytest.mark.parametrize("name", sorted(FILES))
def test_flake8_on_hostile_file(flake8_on_hostile_files, name):
    result, _ = flake8_on_hostile_files
    expected = FILES[name][1]
    assert sorted(found[1:] for found in krs_lines(result) if found[0] == name) == expected


def test_flake8_reports_its_own_error_for_unparsable_files(flake8_on_hostile_files):
    result, _ = flake8_on_hostile_files
    errors = {line.split(":")[0].rsplit("/", 1)[-1] for line in result.stdout.splitlines()
              if " E999 " in line or " E902 " in line}
    assert errors == {"syntax_error.py", "null_byte.py"}


def test_flake8_on_deep_nesting_and_a_big_generated_file(tmp_path):
    """Nesting as deep as pyflakes survives (it fails at a 200-link method chain), and a
    20k-line Keras 1 module."""
    nested = "(" * 100 + "x," + ")," * 99 + ")"
    (tmp_path / "deep.py").write_text(
        HEADER + f"Dense({nested}, output_dim=1)\n"
        + "x = Dense(output_dim=1)" + ".fit(nb_epoch=1)" * 100 + "\n")
    big = generate_module(20_000, seed=7)
    (tmp_path / "big.py").write_text(big)
    result = run_flake8("--select=KRS", tmp_path)
    found = Counter((name, code) for name, _, _, code in krs_lines(result))
    assert found[("deep.py", "KRS201")] == 102
    expected = Counter(("big.py", f.code) for f in check_tree(ast.parse(big)))
    assert Counter({key: n for key, n in found.items() if key[0] == "big.py"}) == expected


# -- every file of site-packages ------------------------------------------------------------------
MAX_SITE_FILES = 20_000  # a cap to keep the test bounded; a plain venv has far fewer


def test_every_site_packages_file():
    """Like flake8-bugbear: the plugin over every .py file of the test environment. Files that
    do not parse (Python 2 leftovers, test data) are not ours and are skipped; each file is
    parsed once and checked twice, the second time with ``from keras.layers import *`` added,
    so that every free name resolves to Keras and every call is judged."""
    roots = sorted({sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]})
    paths = sorted({path for root in roots for path in Path(root).rglob("*.py")})[:MAX_SITE_FILES]
    star = ast.parse("from keras.layers import *\nfrom keras.models import *\nimport keras\n").body
    checked, failures = 0, []
    for path in paths:
        try:
            data = path.read_bytes()
            tree = ast.parse(data)
        except (SyntaxError, ValueError, RecursionError, MemoryError, OSError):
            continue
        try:
            assert_well_formed(check_tree(tree), tree)
            if b"keras" in data:
                lines = data.decode("utf-8", "replace").splitlines(keepends=True)
                list(Keras2Checker(tree, lines, str(path)).run())
            tree.body[:0] = star
            assert_well_formed(check_tree(tree), tree)
        except Exception as error:  # collect them all, then fail once with the list
            failures.append(f"{path}: {error!r}")
        checked += 1
    assert checked > 1_000, f"only {checked} files: site-packages not found?"
    assert failures == []


# -- memory -------------------------------------------------------------------------------------


def growth(lint) -> int:
    """Memory kept by ``lint(2000)`` beyond what ``lint(200)`` keeps: one-time caches of the
    interpreter are the same in both, anything kept per lint is 1800 times bigger."""
    return retained(lambda: lint(2000)) - retained(lambda: lint(200))


LIMIT = 16 * 1024  # 1800 extra lints: a leak of even one small object per lint is far above


def test_memory_is_flat_when_linting_the_same_file_2000_times():
    source = generate_module(30, seed=3)
    tree = ast.parse(source)
    lines = source.splitlines(keepends=True)
    expected = len(list(Keras2Checker(tree, lines, "warmup.py").run()))
    assert expected >= 5

    def lint(times):
        for index in range(times):
            assert len(list(Keras2Checker(tree, lines, f"file{index}.py").run())) == expected

    assert growth(lint) < LIMIT


def test_memory_is_flat_across_2000_different_files():
    """Every file brings new names, keywords and values: an unbounded cache keyed on any of
    them would keep growing. The files are parsed beforehand, outside the measurement."""
    def source(index):
        return (f"from keras.layers import Dense, Unique{index}\nimport keras\n"
                f"Dense(output_dim={index}, name='layer_{index}')\n"
                f"keras.layers.Gone{index}(init_{index}=1)\n"
                f"model_{index}.fit(x_{index}, nb_epoch={index})\n"
                f"class L{index}(keras.layers.Layer):\n"
                f"    def get_output_shape_for(self, s{index}):\n        return s{index}\n")

    trees = [ast.parse(source(index)) for index in range(2000)]
    fresh = [ast.parse(source(index)) for index in range(2000, 2200)]

    def lint(times):
        for tree in (trees if times == 2000 else fresh):
            assert len(check_tree(tree)) == 3

    assert growth(lint) < LIMIT
