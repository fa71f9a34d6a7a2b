"""Given the module's lines, the flake8 front-end visits only the statements that name
something the catalogue could report on, and replays what the others bind. That must never
change what is found: here the pruned run (``check_tree(tree, lines)``, what flake8 runs) is
compared with a visit of every statement (``check_tree(tree)``) on every kind of input."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bench.keras1_corpus import generate_long_function, generate_module
from keras2_lint.astfront.check import check_tree
from tests.hostile import (CALLS, FUZZ, HEADER, IMPORTS, KERAS_PREFIX, SHADOWING,
                           keras_statement, physical_lines)
from tests.pylint.programs import program

TESTS = Path(__file__).parent
FILES = sorted([*(TESTS / "examples").glob("*.py"), *(TESTS / "pylint").rglob("*.py")])


def pruned_and_full(source):
    tree = ast.parse(source)
    return check_tree(tree, physical_lines(source)), check_tree(tree)


def assert_same(source) -> list:
    pruned, full = pruned_and_full(source)
    assert pruned == full, "\n".join(
        [f"pruned only: {sorted(set(pruned) - set(full))}",
         f"full only: {sorted(set(full) - set(pruned))}"])
    return pruned


@pytest.mark.parametrize("path", FILES, ids=[str(p.relative_to(TESTS)) for p in FILES])
def test_test_files(path):
    try:
        assert_same(path.read_bytes())
    except SyntaxError:
        pass  # the pylint tests' syntax-error file


def test_hostile_tables():
    for body, _ in [*CALLS.values(), *SHADOWING.values()]:
        assert_same(HEADER + body + "\n")
        assert_same(KERAS_PREFIX + body + "\n")
    for source, _ in IMPORTS.values():
        assert_same(source + "\n")


def test_generated_programs_without_walrus():
    """(A file with ``:=`` is visited whole: the walrus binds inside expressions.)"""
    sources = [source for source in map(program, range(3000)) if ":=" not in source]
    assert len(sources) > 100
    found = sum(len(assert_same(source)) for source in sources)
    assert found > 100


@pytest.mark.parametrize("star", [False, True])
@pytest.mark.parametrize("script", [False, True])
def test_benchmark_corpus(script, star):
    assert len(assert_same(generate_module(400, seed=7, script=script, star=star))) > 10


def test_long_function():
    assert len(assert_same(generate_long_function(300, seed=3))) > 10


_BINDINGS = ["model = build()", "Dense = 1", "for model in models: pass",
             "with open(f) as model: pass", "def model(): pass", "class Dense: pass",
             "import model", "from lib import Dense", "del model", "K = keras.backend",
             "L = K", "try:\n    pass\nexcept ValueError as model:\n    pass",
             "if x:\n    model = 1\nelif y:\n    Dense = 2\nelse:\n    pass",
             "def f():\n    global model\n    model = 1", "while x:\n    model, *Dense = y"]
_USES = ["model.fit(x, y, nb_epoch=3)", "Dense(output_dim=3)", "L.image_dim_ordering()",
         "K.conv2d(x, w, border_mode='same')", "model.compile(loss, metrics=['fmeasure'])"]


@settings(FUZZ, max_examples=300)
@given(st.sampled_from(["import keras\n", HEADER, KERAS_PREFIX]),
       st.lists(st.one_of(st.sampled_from(_BINDINGS), st.sampled_from(_USES),
                          keras_statement()), min_size=1, max_size=10),
       st.booleans())
def test_keras_programs(header, statements, in_function):
    body = "\n".join(statements)
    if in_function:
        body = "def main(models, x, y):\n" + "".join(
            f"    {line}\n" for line in body.splitlines())
    try:
        ast.parse(header + body)
    except SyntaxError:
        return
    assert_same(header + body + "\n")


# -- what a skip could get wrong --------------------------------------------------------------
def codes(source) -> list:
    return sorted(finding.code for finding in assert_same(source))


def test_a_name_bound_by_a_skipped_statement_still_hides_a_star_import():
    """``model = build()`` names nothing Keras, so it is skipped; what it binds is not."""
    source = ("from keras.layers import *\n"
              "model = build()\n"
              "model.fit(x, y, nb_epoch=3)\n")
    assert codes(source) == ["KRS201"]


def test_an_alias_in_a_skipped_statement_is_replayed():
    """``second = first`` names no Keras name the file imports: skipped, but it binds an alias
    all the same."""
    source = ("import keras as k\n"
              "first = k.layers\n"
              "second = first\n"
              "third = second.Convolution2D\n"
              "third(32, 3, 3)\n")
    assert codes(source) == ["KRS203", "KRS902", "KRS902"]  # KRS902: Conv2D is the new name


def test_aliases_found_one_after_another():
    """Each function body is only seen to hold Keras once the alias it uses is known: the file
    is resolved until no new name turns up (here three times)."""
    source = ("import keras as k\n"
              "def outer():\n"
              "    a = k.layers\n"
              "    def middle():\n"
              "        b = a.Dense\n"
              "        def inner():\n"
              "            return b(output_dim=3)\n"
              "        return inner\n"
              "    return middle\n")
    assert codes(source) == ["KRS201"]


def test_an_alias_bound_in_a_function_body():
    source = ("from keras.layers import Dense\n"
              "def build():\n"
              "    D = Dense\n"
              "    def inner():\n"
              "        return D\n"
              "    return D(output_dim=3)\n")
    assert codes(source) == ["KRS201"]


def test_a_walrus_file_is_visited_whole():
    """``(model := build())`` binds inside an expression that names nothing Keras."""
    source = ("from keras.layers import *\n"
              "if (model := build()):\n"
              "    pass\n"
              "model.fit(x, y, nb_epoch=3)\n")
    assert codes(source) == ["KRS201"]


def test_a_decorator_above_its_def_counts():
    source = ("from keras.utils import np_utils\n"
              "@register(\n"
              "    np_utils.to_categorical(y, nb_classes=3))\n"
              "def f():\n"
              "    pass\n")
    assert codes(source) == ["KRS107"]


def test_a_statement_over_several_lines():
    source = ("from keras.layers import Dense\n"
              "layer = wrap(\n"
              "    1,\n"
              "    Dense(\n"
              "        output_dim=3))\n")
    assert codes(source) == ["KRS201"]


def test_names_written_in_other_scripts_or_compatibility_characters():
    """The parser normalises identifiers (NFKC): ``ﬁt`` is ``fit``, ``e`` and a combining
    accent is ``é``."""
    source = ("from keras.layers import Dense as D\u00e9nse\n"
              "import keras\n"
              "model.\ufb01t(x, y, nb_epoch=3)\n"
              "De\u0301nse(output_dim=3)\n")
    assert codes(source) == ["KRS201", "KRS201"]


def test_lines_that_do_not_match_the_tree_are_not_trusted():
    tree = ast.parse("import keras\n\n\nkeras.layers.Dense(output_dim=3)\n")
    assert [f.code for f in check_tree(tree, ["import keras\n"])] == ["KRS201"]


@pytest.mark.parametrize("split", [lambda text: text.splitlines(True), lambda text: [text]],
                         ids=["at-each-separator", "in-one-piece"])
@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"], ids=["LF", "CRLF", "CR"])
def test_lines_are_numbered_as_the_parser_numbers_them(newline, split):
    """Whatever pieces the text comes in, its lines end where the parser ends them: at
    "\\r\\n", "\\r" and "\\n", not at a form feed or another separator ``splitlines`` knows."""
    source = newline.join(["from keras.layers import Dense", "x = 1", "\x0cy = 2  # \u2028 \x1c",
                           "layer = wrap(", "    Dense(output_dim=3))", ""])
    findings = check_tree(ast.parse(source), split(source))
    assert [(f.code, f.anchor) for f in findings] == [("KRS201", (5, 10))]


def test_only_a_keras_star_import_widens_the_search():
    """After ``from numpy import *`` no name can come from Keras: the catalogue's own words are
    not looked for, and names are not resolved through it."""
    from keras2_lint.astfront.resolver import Resolver
    from keras2_lint.checks import FileReport

    for source, star in [("from numpy import *\nimport keras\n", False),
                         ("from keras.layers import *\n", True)]:
        resolver = Resolver(FileReport())
        resolver.run(ast.parse(source))
        assert resolver.star_imported is star, source
