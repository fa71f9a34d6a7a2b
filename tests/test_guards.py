"""Compatibility branches: the Keras 1 side of a test of Keras itself is no finding, in the
flake8 and the pylint plugin alike, and the same code outside such a test is still reported.

Each test below is put in an ``if``/``else``, a conditional expression and an ``and``/``or``
with a Keras 1 call (``Dense(output_dim=3)``, KRS201) on the side the test gives Keras 1 and
a Keras 2 call on the other; the twin program swaps the two calls, which puts the Keras 1 call
on the Keras 2 side, where it is reported.
"""
from __future__ import annotations

import ast
from collections import Counter

import pytest

from keras2_lint.astfront.check import check_tree
from tests.hostile import physical_lines
from tests.pylint.harness import pylint_findings

HEADER = ("import math\n"
          "from distutils.version import LooseVersion\n"
          "import keras\n"
          "from keras import __version__ as keras_version\n"
          "from keras import backend as K\n"
          "from keras import optimizers\n"
          "from keras.layers import Dense\n"
          "from packaging import version\n")
KERAS1, KERAS2 = "Dense(output_dim=3)", "Dense(3)"

# a test -> whether it is true on Keras 1 (and false on Keras 2)
TESTS = {
    "hasattr(optimizers, 'optimizer_from_config')": True,
    "not hasattr(optimizers, 'optimizer_from_config')": False,
    "keras.__version__.startswith('1')": True,
    "keras.__version__.startswith(('2', '3'))": False,
    "int(keras.__version__[0]) < 2": True,
    "int(keras.__version__.split('.')[0]) >= 2": False,
    "LooseVersion(keras.__version__) < LooseVersion('2')": True,
    "LooseVersion(keras.__version__) >= LooseVersion('2.0.0')": False,
    "version.parse(keras_version).major < 2": True,
    "version.parse(keras.__version__) >= version.parse('2')": False,
    "getattr(K, 'image_dim_ordering', None)": True,
    "getattr(K, 'image_dim_ordering', None) is None": False,
    "callable(getattr(K, 'image_dim_ordering', None))": True,
    "keras.__version__ < '2'": True,
    "keras.__version__ >= '2.0.0'": False,
    "keras_version.split('.')[0] == '1'": True,
    "keras.__version__.split('.')[-3] != '1'": False,
    "keras.__version__[0] in ('0', '1')": True,
    "tuple(map(int, keras.__version__.split('.')[:2])) < (2, 0)": True,
    "float(keras.__version__[:3]) >= 2.0": False,
    "keras.__version__.partition('.')[0] == '1'": True,
    "keras.__version__ < '2' and hasattr(K, 'image_dim_ordering')": True,
    "keras.__version__ >= '2' or not hasattr(K, 'image_dim_ordering')": False,
}


def sides(test: str):
    """The code on the Keras 1 side and on the Keras 2 side of ``test``."""
    return ("body", "orelse") if TESTS[test] else ("orelse", "body")


def programs(test: str, keras1_where: str) -> dict:
    """Programs with the Keras 1 call in the ``body`` or ``orelse`` of ``test``."""
    body, orelse = (KERAS1, KERAS2) if keras1_where == "body" else (KERAS2, KERAS1)
    return {
        "if": f"if {test}:\n    {body}\nelse:\n    {orelse}\n",
        "elif": f"if x:\n    pass\nelif {test}:\n    {body}\nelse:\n    {orelse}\n",
        "conditional expression": f"layer = {body} if {test} else {orelse}\n",
        "function": (f"def build():\n    if {test}:\n        def inner():\n"
                     f"            return {body}\n    else:\n        def inner():\n"
                     f"            return {orelse}\n    return inner()\n"),
    }


def findings(source: str):
    """The (line, code) of the flake8 plugin's findings, checked to be pylint's too."""
    flake8 = Counter((finding.anchor[0], finding.anchor[1], f"{finding.code} {finding.message}")
                     for finding in check_tree(ast.parse(source), physical_lines(source)))
    assert pylint_findings(source) == flake8
    return sorted((line, text.split()[0]) for line, _, text in flake8)


CASES = [(test, form) for test in TESTS for form in programs(test, "body")]


@pytest.mark.parametrize("test,form", CASES)
def test_the_keras1_side_is_silent(test, form):
    keras1_side, _ = sides(test)
    assert findings(HEADER + programs(test, keras1_side)[form]) == []


@pytest.mark.parametrize("test,form", CASES)
def test_the_keras2_side_is_still_checked(test, form):
    _, keras2_side = sides(test)
    found = findings(HEADER + programs(test, keras2_side)[form])
    assert [code for _, code in found] == ["KRS201"]


@pytest.mark.parametrize("form", ["if", "conditional expression", "function"])
def test_without_the_test_both_sides_are_reported(form):
    found = findings(HEADER + programs("x", "body")[form] + programs("x", "orelse")[form])
    assert [code for _, code in found] == ["KRS201", "KRS201"]


OPERANDS = {
    # the operand after a test of Keras 1 runs on Keras 1 only
    "if hasattr(K, 'image_dim_ordering') and K.image_dim_ordering() == 'th':\n    pass\n": [],
    "if keras.__version__ >= '2' or K.image_dim_ordering() == 'th':\n    pass\n": [],
    "x = keras.__version__[0] == '1' and K.image_dim_ordering()\n": [],
    # ... not the one before it, nor one after a test that says nothing of the version
    "if K.image_dim_ordering() == 'th' and hasattr(K, 'image_dim_ordering'):\n    pass\n": [
        (9, "KRS204")],
    "if x and K.image_dim_ordering() == 'th':\n    pass\n": [(9, "KRS204")],
    # on Keras 2 the operand after `or` of a test true on Keras 1 runs
    "if keras.__version__ < '2' or K.image_dim_ordering() == 'th':\n    pass\n": [
        (9, "KRS204")],
}


@pytest.mark.parametrize("source", sorted(OPERANDS))
def test_operands_of_and_or(source):
    assert findings(HEADER + source) == OPERANDS[source]


NO_GUARDS = {
    "a test of another package's version": "if numpy.__version__ < '2':\n    {}\n",
    "a test of a name that only looks like Keras": (
        "def f(keras):\n    if keras.__version__ < '2':\n        return {}\n"),
    "a test whose truth is the same on both": "if keras.__version__ is None:\n    {}\n",
    "a test of Keras that reads no version nor feature": (
        "if K.backend() == 'theano':\n    {}\n"),
    "a test deeper than any test of Keras": "if " + "not " * 20 + "keras.__version__:\n    {}\n",
}


@pytest.mark.parametrize("name", sorted(NO_GUARDS))
def test_no_compatibility_branch(name):
    found = findings(HEADER + NO_GUARDS[name].format(KERAS1))
    assert [code for _, code in found] == ["KRS201"]


def test_imports_and_classes_on_the_keras1_side_only_show_keras_is_used():
    source = HEADER + (
        "if keras.__version__.startswith('1'):\n"
        "    from keras import initializations as initializers\n"
        "    from keras.layers import Convolution2D as Conv2D\n"
        "    class Scale(keras.layers.Layer):\n"
        "        def build(self, input_shape):\n"
        "            self.trainable_weights = [self.kernel]\n"
        "else:\n"
        "    from keras import initializers\n"
        "    from keras.layers import Conv2D\n")
    assert findings(source) == []
    unguarded = "\n".join(line[4:] for line in source[len(HEADER):].splitlines()[1:6])
    assert {code for _, code in findings(HEADER + unguarded + "\n")} >= {"KRS103", "KRS402"}


def test_inside_a_keras1_method_only_the_guarded_statement_is_silent():
    source = HEADER + (
        "class Scale(keras.layers.Layer):\n"
        "    def build(self, input_shape):\n"
        "        if keras.__version__ < '2':\n"
        "            self.trainable_weights = [self.kernel]\n"
        "        self.trainable_weights = [self.kernel]\n")
    assert findings(source) == [(13, "KRS402")]


HOSTILE_TESTS = [
    "LooseVersion(keras.__version__) < LooseVersion('" + "9" * 5000 + "')",
    "keras.__version__ < 0x" + "f" * 5000,
    "str(0x" + "f" * 5000 + ") < keras.__version__",
    "keras.__version__.split('.', -1)[::0]",
    "keras.__version__[" + "1" * 4000 + "]",
    "keras.__version__ < 2",
    "keras.__version__ in None",
    "map(None, keras.__version__)",
    "int(keras.__version__, 99)",
    "hasattr(K, '')",
    "hasattr(K, 'a..b')",
    "getattr(K, 'image_dim_ordering', 1, 2)",
    "hasattr(K.image_dim_ordering, 'x')",
    "K.image_dim_ordering < LooseVersion('2')",
    "keras.__version__(1)",
    "keras.__version__.major",
    "hasattr(*K)",
    "getattr(K, **{'name': 'image_dim_ordering'})",
    "(yield keras.__version__)",
    "keras.__version__ if keras.__version__ else keras.__version__",
    "lambda: keras.__version__ < '2'",
    "[keras.__version__ < '2' for keras in 'ab']",
    "(v := keras.__version__) < '2'",
    "keras.__version__ < '2' < keras.__version__ < '3'",
    " and ".join(["keras.__version__"] * 300),
]


@pytest.mark.parametrize("test", HOSTILE_TESTS, ids=range(len(HOSTILE_TESTS)))
def test_odd_tests_never_raise(test):
    source = HEADER + f"def f():\n    if {test}:\n        {KERAS1}\n    else:\n        {KERAS1}\n"
    assert {code for _, code in findings(source)} <= {"KRS201", "KRS204"}


def test_a_long_and_chain_is_worked_out_once_per_operand():
    """Each operand of ``and`` is judged on what the ones before it give: done operand by
    operand, not by working out every prefix again."""
    source = HEADER + "if keras.__version__ < '2'" + " and x" * 20_000 + ":\n    " + KERAS1 + "\n"
    assert findings(source) == []


def test_a_long_elif_chain_after_a_keras2_test():
    source = HEADER + "if keras.__version__ >= '2':\n    pass\n" + (
        "elif x:\n    " + KERAS1 + "\n") * 100 + "else:\n    " + KERAS1 + "\n"
    assert findings(source) == []
