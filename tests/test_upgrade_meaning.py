"""What keras2-upgrade writes means what Keras 2.2.4 itself makes of the Keras 1 call.

For every (callable, Keras 1 keyword) pair that Keras 2.2.4's legacy converters handle (the
pairs of :mod:`tests.keras_legacy_table`), a Keras 1 call is built and rewritten. The original
goes through Keras 2.2.4's own converter (:mod:`tests.keras_converters`); the rewritten call
must bind to the Keras 2 signature exactly as the converted one does, and the converter must
find nothing to convert or warn about in it. A call the command leaves as it was must be
reported, with why, at the keyword: those are the calls in :data:`LEFT_FOR_A_PERSON`, the
ones whose Keras 2 meaning is not the Keras 1 one.
"""
from __future__ import annotations

import ast
from typing import Dict, List, NamedTuple, Tuple

import pytest

from keras2_lint import tables
from keras2_lint.upgrade.rewrite import upgrade
from keras2_lint.upgrade.selection import Selection
from tests import keras_converters as keras

VALUES = {
    "border_mode": "'same'", "subsample_length": "2", "stride": "2", "pool_length": "3",
    "init": "'he_normal'", "inner_init": "'orthogonal'", "inner_activation": "'sigmoid'",
    "W_regularizer": "'l2'", "b_regularizer": "'l1'", "U_regularizer": "'l1_l2'",
    "W_constraint": "'max_norm'", "b_constraint": "'non_neg'", "bias": "False",
    "beta_init": "'zeros'", "gamma_init": "'ones'", "dropout": "0.2", "dropout_W": "0.2",
    "dropout_U": "0.3", "input_dim": "4", "input_length": "10", "input_dtype": "'float32'",
    "length": "2", "max_q_size": "5", "nb_epoch": "3", "nb_worker": "2",
    "nb_val_samples": "10", "val_samples": "10", "samples_per_epoch": "100",
    "output_dim": "8", "output_shape": "(None, 16, 16, 8)", "p": "0.5", "pickle_safe": "True",
    "sigma": "0.1", "input": "'x'", "output": "'y'", "nb_filter": "8", "filter_length": "3",
    "nb_row": "3", "nb_col": "5", "kernel_dim1": "3", "kernel_dim2": "5", "kernel_dim3": "7",
}
#: Keywords whose values Keras 2.2.4 converts or judges: every value it knows
VARIANTS = {"dim_ordering": ("'th'", "'tf'", "'default'"),
            "consume_less": ("'cpu'", "'mem'", "'gpu'"),
            "forget_bias_init": ("'one'", "'zero'"), "mode": ("0", "1")}
KERNELS = {"conv1d": ("3",), "conv2d": ("3", "5"), "deconv2d": ("3", "5"),
           "separable_conv2d": ("3", "5"), "convlstm2d": ("3", "5"), "conv3d": ("3", "5", "7")}
KERNEL_KEYWORDS = {1: ("filter_length",), 2: ("nb_row", "nb_col"),
                   3: ("kernel_dim1", "kernel_dim2", "kernel_dim3")}
FIRST = {"dense": "8", "recurrent": "8", "embedding": "100, 8", "spatialdropoutNd": "0.5"}
FIRST_KEYWORDS = ("output_dim", "p")  # a keyword standing for the first positional

#: (callable family, keyword, value) of the calls left for a person, and why Keras 2 differs
LEFT_FOR_A_PERSON = {
    ("generator_methods", "samples_per_epoch", "100"),  # samples became batches
    ("generator_methods", "nb_val_samples", "10"),  # samples became batches
    ("generator_methods", "val_samples", "10"),  # samples became batches
    ("batchnorm", "mode", "1"),  # Keras 2.2.4 raises TypeError
    ("embedding", "dropout", "0.2"),  # dropped by Keras 2.2.4: SpatialDropout1D instead
    ("recurrent", "forget_bias_init", "'zero'"),  # ignored by Keras 2.2.4
    ("convlstm2d", "forget_bias_init", "'zero'"),  # ignored by Keras 2.2.4
    # dropped by Keras 2.2.4, which infers a shape that may not be the one given (strides > 1)
    ("deconv2d", "output_shape", "(None, 16, 16, 8)"),
}


class Case(NamedTuple):
    pair: object
    value: str
    module: str  # the Keras 1 module, its call on the last line

    @property
    def family(self) -> str:
        decorator = keras.decorators()[self.pair.callable_name]
        return decorator[len("legacy_"):-len("_support")]

    @property
    def id(self) -> str:
        return f"{self.pair.callable_name}-{self.pair.old_keyword}={self.value}"


def _family(name: str) -> str:
    return keras.decorators()[name][len("legacy_"):-len("_support")]


def _arguments(name: str, keyword: str, value: str) -> List[str]:
    """A Keras 1 call's arguments: ``keyword=value`` with what Keras 1 needed beside it."""
    family = _family(name)
    kernel = KERNELS.get(family, ())
    kernel_keywords = KERNEL_KEYWORDS.get(len(kernel), ())
    if keyword == "nb_filter":
        positional = []
        keywords = [f"{word}={VALUES[word]}" for word in kernel_keywords]
    elif keyword in kernel_keywords:
        positional = ["8"]
        keywords = [f"{word}={VALUES[word]}" for word in kernel_keywords if word != keyword]
    elif kernel:
        positional, keywords = ["8", *kernel], []
    else:
        first = FIRST.get(family) if keyword not in FIRST_KEYWORDS else None
        positional, keywords = ([first] if first else []), []
    if family == "generator_methods":
        positional = ["generator"]
    keywords.insert(0, f"{keyword}={value}")
    if keyword == "input_length":
        keywords.append(f"input_dim={VALUES['input_dim']}")
    if keyword == "input":
        keywords.append("output='y'")
    if name in keras.ATROUS and keyword != "atrous_rate":
        keywords.append("atrous_rate=" + ("2" if "1D" in name else "(2, 2)"))
    return positional + keywords


def _value(pair) -> Tuple[str, ...]:
    if pair.old_keyword == "atrous_rate":
        return ("2",) if "1D" in pair.callable_name else ("(2, 2)",)
    if pair.old_keyword == "subsample":
        return ("(2, 2, 2)",) if _family(pair.callable_name) == "conv3d" else ("(2, 2)",)
    if pair.old_keyword in VARIANTS:
        return VARIANTS[pair.old_keyword]
    return (VALUES[pair.old_keyword],)


def cases() -> List[Case]:
    found = []
    for pair in keras.pairs():
        for value in _value(pair):
            arguments = ", ".join(_arguments(pair.callable_name, pair.old_keyword, value))
            if pair.callable_name in keras.METHODS:
                module = (f"from keras.models import Model\nmodel = Model()\n"
                          f"result = model.{pair.callable_name}({arguments})\n")
            else:
                module = (f"from {pair.module} import {pair.callable_name}\n"
                          f"result = {pair.callable_name}({arguments})\n")
            found.append(Case(pair, value, module))
    return found


class Call(NamedTuple):
    name: str
    args: tuple
    kwargs: Dict[str, object]


def the_call(module: str) -> Call:
    """The call on the module's last line, its arguments as values (all are literals, the
    generator a name)."""
    call = ast.parse(module).body[-1].value
    name = call.func.attr if isinstance(call.func, ast.Attribute) else call.func.id

    def value(node):
        return "<generator>" if isinstance(node, ast.Name) else ast.literal_eval(node)
    return Call(name, tuple(value(arg) for arg in call.args),
                {keyword.arg: value(keyword.value) for keyword in call.keywords})


CASES = cases()


@pytest.fixture(scope="module")
def outcomes():
    return {case.id: upgrade(case.module, Selection()) for case in CASES}


def test_every_pair_has_a_case():
    assert len(keras.pairs()) > 300
    assert {(case.pair.callable_name, case.pair.old_keyword) for case in CASES} == {
        (pair.callable_name, pair.old_keyword) for pair in keras.pairs()}


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_the_rewrite_is_what_keras_converts_the_call_to(case, outcomes):
    outcome = outcomes[case.id]
    assert outcome.error is None
    original, rewritten = the_call(case.module), the_call(outcome.text)
    if case.pair.old_keyword in rewritten.kwargs:
        assert (case.family, case.pair.old_keyword, case.value) in LEFT_FOR_A_PERSON
        assert rewritten.kwargs[case.pair.old_keyword] == original.kwargs[case.pair.old_keyword]
        line = outcome.text.count("\n")
        column = outcome.text.splitlines()[-1].index(case.pair.old_keyword + "=") + 1
        assert [bool(site.reason) for site in outcome.sites
                if (site.line, site.column) == (line, column)] == [True]
        return
    assert (case.family, case.pair.old_keyword, case.value) not in LEFT_FOR_A_PERSON
    converted = keras.convert(original.name, original.args, original.kwargs)
    assert converted.raised is None
    target = keras.keras2_target(original.name)
    assert keras.canonical(rewritten.name) == keras.canonical(target)
    assert same_call(target, converted.recorded, rewritten)
    assert outcome.sites == []


def same_call(target: str, converted, rewritten: Call) -> bool:
    """The rewritten call binds to the Keras 2 signature as the converted one does; a
    converted call Keras 2 itself cannot bind (``evaluate_generator(epochs=)``, converted from
    a keyword Keras 1 did not take either) must be given word for word."""
    try:
        expected = keras.bound(target, converted.args, converted.kwargs)
    except TypeError:
        return (converted.args, converted.kwargs) == (rewritten.args, rewritten.kwargs)
    return keras.bound(rewritten.name, rewritten.args, rewritten.kwargs) == expected


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_keras_finds_nothing_to_convert_in_the_rewrite(case, outcomes):
    rewritten = the_call(outcomes[case.id].text)
    if case.pair.old_keyword in rewritten.kwargs:
        return  # left for a person: the test above holds it to that
    if rewritten.name not in keras.decorators():
        return  # a name without a converter: Keras 2.2.4 has nothing to convert in it
    again = keras.convert(rewritten.name, rewritten.args, rewritten.kwargs)
    assert again.raised is None and again.warned == []
    assert (again.recorded.args, again.recorded.kwargs) == (rewritten.args, rewritten.kwargs)


def test_the_calls_left_for_a_person_are_all_built():
    built = {(case.family, case.pair.old_keyword, case.value) for case in CASES}
    assert LEFT_FOR_A_PERSON <= built


# -- Keras 1 positional arguments (KRS108, KRS203) ----------------------------------------
#: (Keras 2 class, Keras 1 parameter): a call giving it as a positional is left for a person
POSITIONALS_LEFT = {
    ("Conv1D", "input_dim"), ("LocallyConnected1D", "input_dim"),  # with input_length
    ("Conv2DTranspose", "output_shape"),  # as the keyword is (above)
    ("Embedding", "dropout"),  # as the keyword is (above)
}


class PositionalCase(NamedTuple):
    name: str  # the Keras 1 name called
    parameters: Tuple[str, ...]  # the Keras 1 parameters given as positionals
    module: str

    @property
    def id(self) -> str:
        return f"{self.name}-{len(self.parameters)}"


def _positional_value(parameter: str) -> str:
    if parameter in VARIANTS:
        return VARIANTS[parameter][0]
    return VALUES.get(parameter, f"'{parameter}_value'")


def positional_cases() -> List[PositionalCase]:
    """Every Keras 1 layer called with each count of positionals Keras 2 does not accept,
    from one more than it accepts to all that Keras 1.2.2's signature has."""
    found = []
    for name in sorted(set(tables.LAYERS) | set(tables.ALIASES)):
        spec = tables.LAYERS[tables.ALIASES.get(name, name)]
        keras1 = keras.keras1_signature(name)
        if spec.positional is None or keras1 is None:
            continue
        parameters = [parameter for parameter in keras1.parameters.values()
                      if parameter.kind == parameter.POSITIONAL_OR_KEYWORD]
        required = sum(parameter.default is parameter.empty for parameter in parameters)
        for count in range(max(len(spec.positional) + 1, required), len(parameters) + 1):
            given = tuple(parameter.name for parameter in parameters[:count])
            arguments = ", ".join(_positional_value(parameter) for parameter in given)
            found.append(PositionalCase(name, given, f"from keras.layers import {name}\n"
                                                     f"result = {name}({arguments})\n"))
    return found


POSITIONAL_CASES = positional_cases()


def test_positional_cases_reach_every_layer_of_keras1_order():
    more = {name for name, keras1 in tables.KERAS1_POSITIONAL.items()
            if len(keras1) > len(tables.LAYERS[tables.ALIASES.get(name, name)].positional)
            and keras.keras1_signature(name) is not None}  # Keras 1 took more positionals
    assert {case.name for case in POSITIONAL_CASES} >= more >= {"Conv2D", "Dense"}
    assert len(POSITIONAL_CASES) > 250


@pytest.mark.parametrize("case", POSITIONAL_CASES, ids=[case.id for case in POSITIONAL_CASES])
def test_keras1_positionals_become_what_keras1_meant(case):
    """Keras 1.2.2 binds the positionals to its parameters; given as keywords under those
    names, Keras 2.2.4's converter says what they are in Keras 2: the rewrite must be that."""
    outcome = upgrade(case.module, Selection())
    assert outcome.error is None
    original, rewritten = the_call(case.module), the_call(outcome.text)
    keras2 = tables.ALIASES.get(case.name, case.name)
    left = any((keras2, parameter) in POSITIONALS_LEFT for parameter in case.parameters)
    if left:
        assert outcome.text == case.module
        assert outcome.sites and all(site.reason for site in outcome.sites)
        return
    assert outcome.sites == []
    meant = keras.keras1_signature(case.name).bind(*original.args).arguments
    converted = keras.convert(case.name, (), dict(meant))
    assert converted.raised is None
    target = keras.keras2_target(case.name)
    assert keras.canonical(rewritten.name) == keras.canonical(target)
    assert same_call(target, converted.recorded, rewritten)
