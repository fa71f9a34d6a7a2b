"""The catalogue on its own: table integrity, and what each finding says about its fix."""
import ast

import pytest

from flake8_keras2.plugin import check_tree
from keras2_lint import tables
from keras2_lint.rules import RULES, RULES_BY_CODE


def all_keywords():
    for group in (tables.LAYERS, tables.FUNCTIONS, tables.METHODS):
        for spec in group.values():
            yield from spec.keywords.values()


def test_every_table_entry_names_a_rule_and_a_keras_io_url():
    entries = list(tables.NAMES.values()) + list(tables.MODULES.values())
    assert {entry.code for entry in entries} <= set(RULES_BY_CODE)
    assert {keyword.code for keyword in all_keywords()} <= set(RULES_BY_CODE)
    urls = [entry.url for entry in entries] + [rule.url for rule in RULES]
    urls += [spec.url for group in (tables.LAYERS, tables.FUNCTIONS, tables.METHODS)
             for spec in group.values()]
    assert all(url.startswith("https://keras.io/") for url in urls)


def test_aliases_point_at_known_classes():
    assert set(tables.ALIASES.values()) <= set(tables.LAYERS)
    assert set(tables.KERAS1_POSITIONAL) <= set(tables.LAYERS)


def findings(source):
    return {(f.code, f.mechanical) for f in check_tree(ast.parse(source))
            if RULES_BY_CODE[f.code].default_enabled}


@pytest.mark.parametrize("call, expected", [
    ("Dense(output_dim=3)", {("KRS201", True)}),
    ("MaxPooling2D(dim_ordering='th')", {("KRS202", True)}),
    ("MaxPooling2D(dim_ordering=ordering)", {("KRS202", False)}),
    ("Convolution2D(32, 3, 3)", {("KRS203", True)}),
    ("Convolution2D(32, size, size)", {("KRS203", False)}),
    ("Embedding(10, 2, dropout=0.5)", {("KRS105", False)}),
    ("BatchNormalization(mode=0)", {("KRS105", True)}),
    ("Dense(64, 'uniform')", {("KRS108", True)}),
    ("Convolution2D(8, 3, 3, border_mode='full')", {("KRS203", True), ("KRS109", False)}),
])
def test_fix_safety_is_reported_per_finding(call, expected):
    assert findings("from keras.layers import *\n" + call) == expected


def test_messages_carry_converted_values():
    source = ("from keras.layers import LSTM, ZeroPadding2D\n"
              "LSTM(8, consume_less='mem', forget_bias_init='one')\n"
              "ZeroPadding2D(padding=(1, 2, 3, 4))\n")
    text = " ".join(f.message for f in check_tree(ast.parse(source)))
    assert "implementation=1" in text
    assert "unit_forget_bias=True" in text
    assert "padding=((1, 2), (3, 4))" in text
