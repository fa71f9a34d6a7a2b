"""The catalogue on its own: table integrity, and what each finding says about its fix."""
import ast

import pytest

from keras2_lint.astfront.check import check_tree
from keras2_lint import names, tables
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
    assert set(tables.KERAS1_POSITIONAL) <= set(tables.LAYERS) | set(tables.ALIASES)


def findings(source):
    return {(f.code, f.mechanical) for f in check_tree(ast.parse(source))
            if RULES_BY_CODE[f.code].default_enabled}


@pytest.mark.parametrize("call, expected", [
    ("Dense(output_dim=3)", {("KRS201", True)}),
    ("MaxPooling2D(dim_ordering='th')", {("KRS202", True)}),
    ("MaxPooling2D(dim_ordering=ordering)", {("KRS202", False)}),
    ("Convolution2D(32, 3, 3)", {("KRS203", True)}),
    # four positionals pass Keras 2.2.4 only as ints: where they run, (size, size) is the kernel
    ("Convolution2D(32, size, size)", {("KRS203", True)}),
    ("Convolution2D(32, 3.0, 3)", {("KRS203", False)}),
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


def test_every_name_the_catalogue_knows_is_followed_by_the_flake8_front_end():
    """The flake8 front-end only follows a name bound to a Keras class the catalogue's words
    spell (``leads_anywhere``): every class it has something to say about must be one."""
    layer_names = [*tables.LAYERS, *tables.ALIASES, *tables.MODERNISE_ALIASES,
                   *tables.REMOVED_LAYERS, *tables.MERGE_NAMES, *tables.LAYER_BASES]
    known = [*tables.NAMES, *tables.FUNCTIONS, *tables.MODULES,
             *(f"{module}.{name}" for name in layer_names
               for module in ("keras.layers", "keras.layers.core", "keras.engine.topology")),
             *(f"keras.optimizers.{name}" for name in tables.OPTIMIZER_BASES)]
    assert all(names.knows(qualname) for qualname in known)
    assert [qualname for qualname in known if not names.leads_anywhere(qualname)] == []


def test_a_keras_class_the_catalogue_knows_nothing_of_leads_nowhere():
    from keras2_lint.astfront.resolver import Resolver
    from keras2_lint.checks import FileReport

    assert not names.leads_anywhere("keras.layers.Activation")
    assert not names.leads_anywhere("keras.models.Sequential")
    assert names.leads_anywhere("keras.regularizers.l2")  # a function: followed
    resolver = Resolver(FileReport())
    resolver.run(ast.parse("from keras.layers import Activation, Dense\n"
                           "from keras.models import Sequential\n"
                           "from keras import backend as K\n"
                           "act = Activation\n"))
    assert resolver.keras_names == {"Dense", "K"}


def test_each_rule_says_truly_whether_its_findings_are_rewritten():
    """A "judgement" rule never carries a fix, a "mechanical" one always does unless it says
    why not; the example files and the keras2-upgrade cases show every rule."""
    from pathlib import Path

    tests = Path(__file__).parent
    sources = [*(tests / "examples").glob("*.py"), *(tests / "upgrade" / "cases").glob("*.py")]
    seen = set()
    for path in sources:
        for finding in check_tree(ast.parse(path.read_text(encoding="utf-8"))):
            seen.add(finding.code)
            kind = RULES_BY_CODE[finding.code].fix
            if kind == "judgement":
                assert finding.fix is None, (path.name, finding)
            elif kind == "mechanical":
                assert finding.fix is not None or finding.refusal, (path.name, finding)
    assert seen == set(RULES_BY_CODE)


def generator_findings(call: str) -> list:
    """The KRS302 and KRS301 findings of one generator call in a file importing keras."""
    source = f"import keras\nmodel = keras.models.Sequential()\n{call}\n"
    return [f for f in check_tree(ast.parse(source)) if f.code in ("KRS301", "KRS302")]


@pytest.mark.parametrize("call", [
    "model.fit_generator(gen, len(x_train) // batch_size, epochs=20)",
    "model.fit_generator(gen, len(x_train) // batch_size, 20)",
    "model.fit_generator(gen, int(len(x_train) / batch_size), 20)",
    "model.fit_generator(gen, math.ceil(len(x_train) / batch_size), 20)",
    "model.evaluate_generator(gen, np.ceil(x_test.shape[0] / 32))",
])
def test_a_count_that_divides_is_a_step_count(call):
    assert generator_findings(call) == []


@pytest.mark.parametrize("call", [
    "model.fit_generator(gen, len(x_train), epochs=2, validation_data=(x, y))",
    "model.fit_generator(gen, len(x_train), 2, workers=4)",
    "model.fit_generator(gen, x.shape[0], 2, shuffle=False)",
    "model.evaluate_generator(gen, len(x_test), verbose=1)",
    "model.predict_generator(gen, len(x_test), use_multiprocessing=True)",
])
def test_a_call_with_a_keras2_keyword_has_keras2_positionals(call):
    assert generator_findings(call) == []


@pytest.mark.parametrize("call, suggested", [
    ("model.fit_generator(gen, len(x), 10)", "steps_per_epoch=len(x) // batch_size"),
    # validation_data and verbose were fit_generator keywords in Keras 1 too
    ("model.fit_generator(gen, len(x), 10, verbose=2, validation_data=(x, y))",
     "steps_per_epoch=len(x) // batch_size"),
    ("model.evaluate_generator(gen, len(os.listdir('data/test')))",
     "steps=len(os.listdir('data/test')) // batch_size"),
])
def test_a_keras1_sample_count_is_divided_once(call, suggested):
    [finding] = generator_findings(call)
    assert finding.code == "KRS302"
    assert f"pass {suggested} (" in finding.message
    assert finding.message.count(" // ") == 1


def test_a_samples_keyword_that_divides_is_renamed_not_divided_again():
    [finding] = generator_findings("model.fit_generator(gen, samples_per_epoch=len(x) // bs)")
    assert finding.code == "KRS301"
    assert "Keras 2 wants steps_per_epoch=len(x) // bs (" in finding.message
    [finding] = generator_findings("model.fit_generator(gen, samples_per_epoch=len(x))")
    assert "Keras 2 wants steps_per_epoch=len(x) // batch_size (" in finding.message
