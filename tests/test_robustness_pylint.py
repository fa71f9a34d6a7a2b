"""Hostile input for the pylint plugin: nothing astroid can build may make the ``keras2`` checker
raise or log an internal error, it reports what the flake8 plugin reports, and pylint keeps its
own messages (syntax errors, decoding) to itself.

Most tests run pylint's own AST walker with our checker alone over an astroid tree, in process:
an exception from a ``visit_*`` method propagates, and the errors ``leave_module`` catches (so
that pylint's run survives them) are logged on the ``pylint_keras2`` logger, which the tests
capture and require to stay silent. A few files go through ``python -m pylint`` itself.
"""
from __future__ import annotations

import ast
import contextlib
import json
import logging
import subprocess
import sys
import sysconfig
from collections import Counter
from pathlib import Path

import astroid
import hypothesmith
import pytest
from astroid.builder import AstroidBuilder
from astroid.exceptions import AstroidBuildingError
from hypothesis import given, settings
from hypothesis import strategies as st
from pylint.testutils import UnittestLinter
from pylint.utils import ASTWalker

from bench.keras1_corpus import generate_module
from keras2_lint.astfront.check import check_tree
from keras2_lint.rules import RULES_BY_CODE
from pylint_keras2 import Keras2Checker
from pylint_keras2.messages import SYMBOLS
from tests.hostile import (retained, BRACKETS, CALLS, DEEP, FUZZ, HEADER, IMPORTS, KERAS_PREFIX,
                           SHADOWING, UNCOMPILABLE, keras_statement, nested_blocks)

# astroid warns when it cannot transform a node at deep nesting; compile() warns on the odd
# literal hypothesmith writes. Neither is about this plugin.
pytestmark = pytest.mark.filterwarnings("ignore::UserWarning", "ignore::SyntaxWarning",
                                        "ignore::DeprecationWarning")


class _Records(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records = []

    def emit(self, record) -> None:
        self.records.append(record)


@contextlib.contextmanager
def plugin_log():
    """Everything logged on the plugin's logger meanwhile (internal error, too deep, ...)."""
    logger = logging.getLogger("pylint_keras2")
    handler = _Records()
    logger.addHandler(handler)
    try:
        yield handler.records
    finally:
        logger.removeHandler(handler)


def build(source: str):
    """The astroid tree of ``source`` (one module name: astroid's cache keeps only the last)."""
    return AstroidBuilder(astroid.MANAGER).string_build(source, "hostile_module")


class Walker:
    """pylint's AST walker with our checker alone, on a linter that collects the messages.
    One is reused for many modules, as pylint does in a run (a new PyLinter per module would
    measure pylint's own per-linter caches in the memory test)."""

    def __init__(self) -> None:
        self.linter = UnittestLinter()
        self.checker = Keras2Checker(self.linter)
        self.walker = ASTWalker(self.linter)
        self.walker.add_checker(self.checker)


def lint_module(module, walking: Walker = None) -> list:
    """(line, column, code) of every message of our checker alone; fails on any exception or
    any record on the plugin's logger."""
    walking = walking or Walker()
    linter, checker, walker = walking.linter, walking.checker, walking.walker
    with plugin_log() as records:
        checker.open()
        walker.walk(module)
        checker.close()
    assert [record.getMessage() for record in records] == []
    found = []
    last_line = module.tolineno
    for message in linter.release_messages():
        code, text = message.args.split(" ", 1)
        assert code in RULES_BY_CODE and message.msg_id == SYMBOLS[code], message
        assert "\n" not in text and text.rsplit(" ", 1)[-1].startswith("https://"), message
        assert 1 <= message.line <= last_line and message.col_offset >= 0, message
        found.append((message.line, message.col_offset, code))
    return sorted(found)


def lint(source: str) -> list:
    return lint_module(build(source))


def flake8_side(source: str) -> list:
    return sorted((*finding.anchor, finding.code) for finding in check_tree(ast.parse(source)))


def codes(found) -> list:
    return sorted(code for *_, code in found)


# -- generated programs -------------------------------------------------------------------------
def check_generated(source: str) -> None:
    try:
        module = build(source)
    except AstroidBuildingError:  # astroid's own limits (e.g. recursion), not the plugin's
        return
    assert lint_module(module) == flake8_side(source)


@settings(FUZZ, max_examples=60)
@given(hypothesmith.from_grammar())
def test_hypothesmith_grammar_programs_under_keras_star_imports(source):
    """Every free name resolves to Keras; the pylint front-end reports what flake8's does."""
    check_generated(KERAS_PREFIX + source)


@settings(FUZZ, max_examples=15)  # from_node is slow, and its speed varies a lot
@given(hypothesmith.from_node())
def test_hypothesmith_node_programs_under_keras_star_imports(source):
    check_generated(KERAS_PREFIX + source)


@settings(FUZZ, max_examples=100)
@given(st.lists(keras_statement(), min_size=1, max_size=8))
def test_keras_flavoured_programs(statements):
    check_generated(KERAS_PREFIX + "".join(statements))


@settings(FUZZ, max_examples=40)
@given(st.lists(keras_statement(), min_size=1, max_size=8))
def test_keras_flavoured_programs_without_keras_imports_report_nothing(statements):
    source = ("from mylib import *\nimport mylib as keras\nimport mylib.backend as K\n"
              + "".join(statements))
    assert lint(source) == []


# -- deep nesting -------------------------------------------------------------------------------
def deepest_astroid_builds(build_source) -> tuple:
    """The deepest nesting, among a few, that both Python and astroid can build (astroid's
    rebuilder recurses, and stops far earlier than Python's parser: its limit, not ours)."""
    for depth in (2_900, 1_000, 600, 400, 300, 250, 190, 150, 100):
        source = build_source(depth)
        try:
            ast.parse(source)
            return build(source), depth, source
        except (RecursionError, MemoryError, SyntaxError, AstroidBuildingError):
            continue
    raise AssertionError("astroid builds none of the depths")


@pytest.mark.parametrize("name", sorted(DEEP))
def test_deep_nesting(name):
    build_source, expected = DEEP[name]
    module, depth, source = deepest_astroid_builds(build_source)
    assert depth >= 100
    found = lint_module(module)
    assert Counter(codes(found)) == Counter(expected(depth))
    assert found == flake8_side(source)


def test_deepest_brackets_inside_deepest_blocks():
    levels = 96
    for brackets in range(BRACKETS, 0, -10):
        source = nested_blocks(levels, brackets)
        try:
            ast.parse(source)
            module = build(source)
            break
        except (MemoryError, RecursionError, AstroidBuildingError):
            continue
    assert brackets >= 100
    assert [(line, code) for line, _, code in lint_module(module)] == [
        (levels + 3, "KRS201"), (levels + 4, "KRS201")]


# -- big files ----------------------------------------------------------------------------------
def test_thirty_thousand_line_file():
    """(astroid builds some 10k lines a second: the 100k-line file is the benchmark's)"""
    source = generate_module(30_000, seed=30_000)
    found = lint(source)
    assert len(found) > 300
    assert found == flake8_side(source)


def test_huge_literals():
    count = 20_000
    listing = "[" + ", ".join(map(str, range(count))) + "]"
    keys = ", ".join(f"'k{i}': {i}" for i in range(count))
    source = (HEADER + f"weights = {listing}\n"
              + f"Dense(3, weights={listing}, init='uniform')\n"
              + f"Dense(**{{{keys}, 'output_dim': 3}})\n"
              + "text = " + " ".join(["'ab'"] * count) + "\n"
              + f"Dense(output_dim='{'y' * 100_000}')\n")
    found = lint(source)
    assert [(line, code) for line, _, code in found] == [
        (4, "KRS201"), (5, "KRS201"), (7, "KRS201")]
    assert found == flake8_side(source)


# -- the shared tables: calls, imports, shadowing, uncompilable ----------------------------------
@pytest.mark.parametrize("name", sorted(CALLS))
def test_call_shapes(name):
    body, expected = CALLS[name]
    source = HEADER + body + "\n"
    found = lint(source)
    assert codes(found) == sorted(expected)
    assert found == flake8_side(source)


@pytest.mark.parametrize("name", sorted(IMPORTS))
def test_import_forms(name):
    source, expected = IMPORTS[name]
    assert codes(lint(source + "\n")) == sorted(expected)


@pytest.mark.parametrize("name", sorted(SHADOWING))
def test_shadowing(name):
    body, expected = SHADOWING[name]
    assert codes(lint(HEADER + body + "\n")) == sorted(expected)


@pytest.mark.parametrize("index", range(len(UNCOMPILABLE)))
def test_parsable_but_not_compilable(index):
    source = HEADER + UNCOMPILABLE[index] + "\nDense(output_dim=1)\n"
    found = [(line, code) for line, _, code in lint(source)]
    assert (source.count("\n"), "KRS201") in found


# -- through pylint itself -----------------------------------------------------------------------
KERAS_FILE = "from keras.layers import Dense\n\nlayer = Dense(output_dim=1, name={name})\n"
FILES = {
    # file name: (bytes, (line, column) of the KRS201 pylint must report, or None)
    "latin1_cookie.py": (("# -*- coding: latin-1 -*-\n" + KERAS_FILE.format(
        name="'caf\xe9'")).encode("latin-1"), (4, 14)),
    "shift_jis_cookie.py": (("# coding: shift_jis\n" + KERAS_FILE.format(
        name="'\u5c64'")).encode("shift_jis"), (4, 14)),
    "bom.py": (b"\xef\xbb\xbf" + KERAS_FILE.format(name="'x'").encode(), (3, 14)),
    "crlf.py": (KERAS_FILE.format(name="'x'").replace("\n", "\r\n").encode(), (3, 14)),
    "tabs.py": (b"from keras.layers import Dense\n\n\ndef f():\n\tif True:\n"
                b"\t\treturn Dense(output_dim=1)\n", (6, 15)),
    "non_ascii_before.py": (
        "from keras.layers import Dense\n\n\u00e9l\u00e9ment = Dense(output_dim=1)\n".encode(),
        (3, 18)),
    "empty.py": (b"", None),
    "keras_free.py": (b"import os\nos.path.join(output_dim=1)\n", None),
    "syntax_error.py": (b"from keras.layers import Dense\nprint 'x'\nDense(output_dim=1)\n", None),
    "null_byte.py": (b"from keras.layers import Dense\nx = 1\x00\nDense(output_dim=1)\n", None),
    "undecodable.py": (b"from keras.layers import Dense\nx = '\xff\xfe'\nDense(output_dim=1)\n",
                       None),
    "wrong_cookie.py": (b"# coding: no-such-codec\nfrom keras.layers import Dense\n"
                        b"Dense(output_dim=1)\n", None),
}
UNREADABLE = {"syntax_error.py", "null_byte.py", "undecodable.py", "wrong_cookie.py"}


def run_pylint(directory: Path, *options: str) -> list:
    rcfile = directory / "empty.rc"
    rcfile.write_text("[MAIN]\n")
    result = subprocess.run(
        [sys.executable, "-m", "pylint", f"--rcfile={rcfile}", "--persistent=n",
         "--output-format=json", *options, *sorted(str(directory / name) for name in FILES)],
        capture_output=True, text=True, check=False, cwd=directory)
    assert "keras2-lint" not in result.stderr and "Traceback" not in result.stderr, \
        result.stderr
    return json.loads(result.stdout)


@pytest.fixture(scope="module")
def pylint_on_hostile_files(tmp_path_factory):
    """pylint's default checks over the files, with and without the plugin."""
    directory = tmp_path_factory.mktemp("hostile_pylint")
    for name, (data, _) in FILES.items():
        (directory / name).write_bytes(data)
    return run_pylint(directory, "--load-plugins=pylint_keras2"), run_pylint(directory)


def messages_of(messages: list, name: str) -> list:
    return [m for m in messages if Path(m["path"]).name == name]


@pytest.mark.parametrize("name", sorted(FILES))
def test_pylint_on_hostile_file(pylint_on_hostile_files, name):
    with_plugin, without = (messages_of(run, name) for run in pylint_on_hostile_files)
    ours = [m for m in with_plugin if m["message"].startswith("KRS")]
    assert [(m["line"], m["column"]) for m in ours] == (
        [FILES[name][1]] if FILES[name][1] else [])
    # pylint's own messages are the same whether the plugin is loaded or not
    assert [m for m in with_plugin if m not in ours] == without
    if name in UNREADABLE:  # pylint says why, with its own message, and we say nothing
        assert [m["symbol"] for m in with_plugin] in (["syntax-error"], ["parse-error"])


# -- a sample of site-packages --------------------------------------------------------------------
SITE_SAMPLE = 100  # astroid builds a few files a second: a fixed, evenly spread sample


def test_site_packages_sample():
    """Every n-th .py file of the test environment, with ``from keras.layers import *``
    prepended so that every free name resolves to Keras; the two front-ends must agree."""
    root = Path(sysconfig.get_paths()["purelib"])
    paths = sorted(root.rglob("*.py"))
    step = max(1, len(paths) // SITE_SAMPLE)
    checked, failures = 0, []
    for path in paths[::step]:
        try:
            source = "from keras.layers import *\n" + path.read_text(encoding="utf-8")
            ast.parse(source)
            module = build(source)
        except (SyntaxError, ValueError, UnicodeDecodeError, RecursionError, MemoryError,
                AstroidBuildingError):
            continue
        try:
            assert lint_module(module) == flake8_side(source)
        except AssertionError as error:
            failures.append(f"{path}: {str(error)[:300]}")
        checked += 1
    assert checked >= SITE_SAMPLE // 2
    assert failures == []


# -- memory ---------------------------------------------------------------------------------------


def test_memory_is_flat_when_linting_the_same_module_again_and_again():
    """One linter, as in a pylint run, over the same module again and again: whatever the
    checker keeps per module would grow 900 times more in the first measurement."""
    module = build(generate_module(10, seed=3))  # the header's imports: a dozen findings
    walking = Walker()
    expected = len(lint_module(module, walking))
    assert expected >= 5

    def lint_many(times):
        for _ in range(times):
            assert len(lint_module(module, walking)) == expected

    # Each measured twice, keeping the smaller: a one-off (the interpreter growing one of its
    # tables once, about 2 MB, somewhere after the first few hundred lints) shows up in one
    # measurement only, a leak in both.
    many = min(retained(lambda: lint_many(1000)) for _ in range(2))
    few = min(retained(lambda: lint_many(100)) for _ in range(2))
    assert many - few < 16 * 1024
