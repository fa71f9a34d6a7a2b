"""Unit tests of the keras2 checker with pylint's CheckerTestCase: exact messages, positions
(end positions included), message definitions, and failures that must stay contained."""
from __future__ import annotations

import ast
import logging
import sys

import astroid
import pytest
from astroid import nodes
from pylint.interfaces import HIGH
from pylint.testutils import CheckerTestCase, MessageTest, UnittestLinter

import pylint_keras2
from keras2_lint.astfront.check import check_tree
from keras2_lint.rules import RULES, RULES_BY_CODE
from pylint_keras2 import describe
from pylint_keras2.checker import Keras2Checker
from pylint_keras2.messages import message_id
from tests.pylint.harness import pylint_messages


def flake8_text(source: str, code: str) -> str:
    """The flake8 plugin's text of the one finding ``code`` in ``source``."""
    texts = [f"{f.code} {f.message}" for f in check_tree(ast.parse(source)) if f.code == code]
    assert len(texts) == 1, texts
    return texts[0]


class TestMessages(CheckerTestCase):
    CHECKER_CLASS = Keras2Checker

    def test_keyword_message_points_at_the_keyword(self):
        source = "from keras.layers import Dense\nlayer = Dense(output_dim=3)\n"
        module = astroid.parse(source)
        keyword = module.body[1].value.keywords[0]
        with self.assertAddsMessages(MessageTest(
                "keras1-keyword", line=2, node=keyword, args=flake8_text(source, "KRS201"),
                confidence=HIGH, col_offset=14, end_line=2, end_col_offset=26)):
            self.walk(module)

    def test_name_in_a_multiline_import_points_at_the_name(self):
        source = ("from keras.layers.core import (\n"
                  "    Dense,\n"
                  "    TimeDistributedDense as TDD,\n"
                  ")\n")
        module = astroid.parse(source)
        with self.assertAddsMessages(MessageTest(
                "keras1-removed-layer", line=3, node=module.body[0],
                args=flake8_text(source, "KRS101"), confidence=HIGH, col_offset=4, end_line=3,
                end_col_offset=31)):
            self.walk(module)

    def test_decorated_method_is_reported_on_its_def_line(self):
        source = ("from keras.engine.topology import Layer\n"
                  "class Scale(Layer):\n"
                  "    @staticmethod\n"
                  "    def get_output_shape_for(input_shape):\n"
                  "        return input_shape\n")
        module = astroid.parse(source)
        method = module.body[1].body[0]
        with self.assertAddsMessages(MessageTest(
                "keras1-get-output-shape-for", line=4, node=method,
                args=flake8_text(source, "KRS401"), confidence=HIGH, col_offset=4, end_line=4,
                end_col_offset=28)):
            self.walk(module)

    def test_keyword_from_a_literal_dict_points_at_its_key(self):
        source = "import keras\nkeras.layers.Dense(**{'output_dim': 3})\n"
        module = astroid.parse(source)
        key = module.body[1].value.keywords[0].value.items[0][0]
        with self.assertAddsMessages(MessageTest(
                "keras1-keyword", line=2, node=key, args=flake8_text(source, "KRS201"),
                confidence=HIGH, col_offset=22, end_line=2, end_col_offset=34)):
            self.walk(module)

    def test_compatibility_import_is_not_a_finding_but_the_call_is(self):
        source = ("try:\n"
                  "    from keras.layers import Conv2D\n"
                  "except ImportError:\n"
                  "    from keras.layers import Convolution2D as Conv2D\n"
                  "Conv2D(8, 3, 3)\n")
        module = astroid.parse(source)
        first_dim = module.body[1].value.args[1]
        with self.assertAddsMessages(MessageTest(
                "keras1-kernel-size", line=5, node=first_dim,
                args=flake8_text(source, "KRS203"), confidence=HIGH, col_offset=10, end_line=5,
                end_col_offset=11)):
            self.walk(module)

    def test_other_libraries_are_silent(self):
        module = astroid.parse("from sklearn.cluster import KMeans\n"
                               "import keras\n"
                               "KMeans(init='k-means++')\n"
                               "def Dense(output_dim):\n"
                               "    return output_dim\n"
                               "Dense(output_dim=3)\n")
        with self.assertNoMessages():
            self.walk(module)


def test_messages_are_generated_from_the_catalogue():
    msgs = Keras2Checker.msgs
    assert len(msgs) == len(RULES)
    for rule in RULES:
        template, symbol, description_text, options = msgs[message_id(rule)]
        assert (template, symbol) == ("%s", rule.symbol)
        assert rule.code in description_text and rule.url in description_text
        assert options.get("default_enabled", True) == rule.default_enabled


@pytest.mark.parametrize("code, msgid", [("KRS101", "E7311"), ("KRS109", "E7319"),
                                         ("KRS201", "W7321"), ("KRS301", "W7331"),
                                         ("KRS401", "W7341"), ("KRS406", "W7346"),
                                         ("KRS901", "W7391"), ("KRS902", "C7392")])
def test_message_ids(code, msgid):
    assert message_id(RULES_BY_CODE[code]) == msgid


def test_register_adds_the_keras2_checker():
    linter = UnittestLinter()
    pylint_keras2.register(linter)
    assert [checker.__class__ for checker in linter.get_checkers()
            if checker.name == "keras2"] == [Keras2Checker]


def test_a_module_that_never_mentions_keras_is_not_described(monkeypatch):
    def fail(*args, **kwargs):
        raise AssertionError("described a module without keras")

    monkeypatch.setattr(describe.ModuleDescriber, "__init__", fail)
    assert pylint_messages("import numpy as np\nnp.zeros(3).fit(x, nb_epoch=3)\n") == []
    # mentioned, but never imported: nothing can resolve to it either
    assert pylint_messages("# keras is not used here\nmodel.fit(x, nb_epoch=3)\n") == []


def test_an_internal_error_is_logged_and_the_module_skipped(monkeypatch, caplog):
    def broken(self, node, resolvable=True):
        raise ValueError("a bug of ours")

    monkeypatch.setattr(describe.ModuleDescriber, "called", broken)
    with caplog.at_level(logging.ERROR, logger="pylint_keras2.checker"):
        assert pylint_messages("from keras.layers import Dense\nDense(output_dim=3)\n",
                               module_name="broken_module") == []
    assert "internal error on broken_module" in caplog.text


def test_a_recursion_error_is_logged_and_the_module_skipped(monkeypatch, caplog):
    def too_deep(self, node):
        raise RecursionError

    monkeypatch.setattr(describe.ModuleDescriber, "referenced", too_deep)
    with caplog.at_level(logging.WARNING, logger="pylint_keras2.checker"):
        assert pylint_messages("import keras\nkeras.initializations\n") == []
    assert "nested too deeply" in caplog.text


def test_no_inference_and_no_import_of_keras(monkeypatch):
    """Resolution is syntactic: inference is never asked, and Keras is never imported."""
    def no_inference(*args, **kwargs):
        raise AssertionError("inference used")

    monkeypatch.setattr(nodes.NodeNG, "infer", no_inference)
    monkeypatch.setattr(nodes.NodeNG, "inferred", no_inference)
    before = "keras" in sys.modules
    messages = pylint_messages("import keras.layers as KL\nfrom keras.layers import *\n"
                               "KL.Dense(output_dim=3)\nConvolution2D(8, 3, 3)\n")
    assert sorted(m.msg_id for m in messages) == [
        "keras1-kernel-size", "keras1-keyword", "keras1-layer-alias"]
    assert ("keras" in sys.modules) == before
