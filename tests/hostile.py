"""Hostile but valid Python shared by the robustness tests of both plugins: Keras-flavoured
program strategies, deeply nested code, calls, imports and shadowing of every kind, each with
what must be reported."""
from __future__ import annotations

import gc
import io
import tokenize
import tracemalloc

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from keras2_lint import tables

HEADER = "from keras.layers import Dense, merge\nimport keras\n"
KERAS_PREFIX = ("from keras.layers import *\nfrom keras.models import *\nimport keras\n"
                "import keras.backend as K\n")
FUZZ = settings(deadline=None, suppress_health_check=[
    HealthCheck.too_slow, HealthCheck.filter_too_much, HealthCheck.data_too_large])


# Keras-flavoured programs: the catalogue's own names, keywords and awkward values.
_CALLEES = sorted({*tables.LAYERS, *tables.ALIASES, *tables.MERGE_NAMES, *tables.MODERNISE_ALIASES,
                   "TimeDistributedDense", "Layer", "Input", "Sequential"})
_FUNCTIONS = sorted({"keras." + name.partition(".")[2] for name in tables.FUNCTIONS})
_KEYWORDS = sorted({name for spec in [*tables.LAYERS.values(), *tables.FUNCTIONS.values(),
                                      *tables.METHODS.values()] for name in spec.keywords}
                   | {"padding", "mode", "metrics", "epochs", "units", "x", "input_dim"})
_VALUES = ["None", "0", "-1", "3", "1.5", "-2.5", "1j", "True", "'th'", "'tf'", "'default'",
           "'full'", "'same'", "'valid'", "'one'", "'cpu'", "'gpu'", "'concat'", "'sum'", "'dot'",
           "'cos'", "'fmeasure'", "['fmeasure', 'precision']", "b'x'", "...", "x", "x.y",
           "len(x)", "x.shape[0]", "x.nb_sample", "(1, 2, 3, 4)", "(1, (2, 3))", "[]", "()",
           "{}", "[1, 2]", "{'top_pad': 1, 'bottom_pad': 2}", "{1: 2}", "{**d}", "{'a': 1, **d}",
           "lambda a, b: a", "lambda: 0", "f(*a)", "[x for x in y]", "-x", "not x", "'%s' % x",
           "f'{x!r:>{w}}'", "float('nan')", "[1] * 3", "'a' 'b'", "1e400", "-1e400",
           "(1, 2) + (3,)", "x if y else z", "(yield_ := 3)", "'\\x00'", "'\\udcff'"]
_METHODS = sorted(tables.METHODS) + ["add", "append", "get", "add_weight"]


@st.composite
def keras_call(draw) -> str:
    kind = draw(st.sampled_from(["layer", "qualified", "function", "method"]))
    if kind == "layer":
        callee = draw(st.sampled_from(_CALLEES))
    elif kind == "qualified":
        callee = "keras.layers." + draw(st.sampled_from(_CALLEES))
    elif kind == "function":
        callee = draw(st.sampled_from(_FUNCTIONS))
    else:
        callee = draw(st.sampled_from(["model", "self", "x.y", "f()"])) + "." + draw(
            st.sampled_from(_METHODS))
    values = st.sampled_from(_VALUES)
    parts = draw(st.lists(values, max_size=6))
    if draw(st.booleans()):
        parts.append("*args")
    keywords = draw(st.dictionaries(st.sampled_from(_KEYWORDS), values, max_size=5))
    parts += [f"{name}={value}" for name, value in keywords.items()]
    unpack = draw(st.sampled_from(["", "**kw", "**{}", "**{'output_dim': 1}", "**{k: 1}",
                                   "**{1: 2}", "**{'border_mode': 'full', **kw}"]))
    if unpack:
        parts.append(unpack)
    return f"{callee}({', '.join(parts)})"


@st.composite
def keras_statement(draw) -> str:
    call = draw(keras_call())
    shape = draw(st.sampled_from(["expr", "assign", "chain", "lambda", "comprehension", "class",
                                  "decorator", "fstring", "match"]))
    if shape == "expr":
        return call + "\n"
    if shape == "assign":
        return f"layer = {call}\n"
    if shape == "chain":
        return f"y = {call}({draw(keras_call())}).fit(x, nb_epoch=2)\n"
    if shape == "lambda":
        return f"make = lambda x, *a, **k: {call}\n"
    if shape == "comprehension":
        return f"layers = [{call} for i in range(3) if i]\n"
    if shape == "decorator":
        return f"@{call}\ndef wrapped(self, x, training=None):\n    return x\n"
    if shape == "fstring":  # Python 3.11 f-strings: no backslash, no reused quote inside
        if "\\" in call or "f'" in call:
            return f"text = '{{!r}}'.format({call})\n"
        return f'text = f"""{{{call}!r}}"""\n'
    if shape == "match":
        return f"match {call}:\n    case [a, *rest]:\n        pass\n    case _:\n        pass\n"
    base = draw(st.sampled_from(["Layer", "LSTM", "Recurrent", "keras.layers.Dense", "object",
                                 "keras.optimizers.SGD"]))
    methods = draw(st.lists(st.sampled_from([
        "def get_output_shape_for(self, input_shape):\n        return input_shape\n",
        "def compute_output_shape(self, input_shape):\n        return input_shape\n",
        "def get_initial_states(self, x):\n        return []\n",
        "def get_constants(self, x):\n        return []\n",
        "def preprocess_input(x):\n        return x\n",
        "def get_updates(self, params, constraints, loss):\n        return []\n",
        "def build(self, shape):\n        self.trainable_weights = [1]\n"
        "        self.regularizers.append(2)\n        self.constraints[w] = 3\n"
        "        self.W = self.add_weight((3, 3), 'uniform')\n",
        f"def call(self, x, mask=None):\n        return {call}\n",
        "@staticmethod\n    def helper():\n        return 0\n",
        "async def later(*args):\n        return args\n",
    ]), max_size=5))
    body = "".join("    " + method for method in methods) or "    pass\n"
    return f"class Custom({base}):\n{body}"


DEEP = {
    # name: (builder, expected findings as Counter of codes, given the depth)
    "binop chain": (lambda n: HEADER + "x = Dense(output_dim=1)" + " + 1" * n + "\n",
                    lambda n: {"KRS201": 1}),
    "binop chain of keras calls": (
        lambda n: HEADER + "x = " + " + ".join(["Dense(output_dim=1)"] * n) + "\n",
        lambda n: {"KRS201": n}),
    "power chain": (lambda n: HEADER + "x = " + "a ** " * n + "Dense(output_dim=1)\n",
                    lambda n: {"KRS201": 1}),
    "attribute chain": (lambda n: HEADER + "x = keras.layers.Dense(output_dim=1)" + ".a" * n
                        + "\n", lambda n: {"KRS201": 1}),
    "attribute chain of a keras name": (lambda n: HEADER + "x = keras" + ".a" * n + "\n",
                                        lambda n: {}),
    "call chain": (lambda n: HEADER + "x = Dense(output_dim=1)" + "()" * n + "\n",
                   lambda n: {"KRS201": 1}),
    "subscript chain": (lambda n: HEADER + "x = Dense(output_dim=1)" + "[0]" * n + "\n",
                        lambda n: {"KRS201": 1}),
    "method chain": (lambda n: HEADER + "x = Dense(output_dim=1)" + ".fit(nb_epoch=1)" * (n // 2)
                     + "\n", lambda n: {"KRS201": 1 + n // 2}),
    "unary chain": (lambda n: HEADER + "x = " + "-" * n + "Dense(output_dim=1)\n",
                    lambda n: {"KRS201": 1}),
    "not chain": (lambda n: HEADER + "x = " + "not " * n + "Dense(output_dim=1)\n",
                  lambda n: {"KRS201": 1}),
    "ternary chain": (lambda n: HEADER + "x = " + "a if b else " * n + "Dense(output_dim=1)\n",
                      lambda n: {"KRS201": 1}),
    "lambda chain": (lambda n: HEADER + "f = " + "lambda: " * n + "Dense(output_dim=1)\n",
                     lambda n: {"KRS201": 1}),
    "lambda chain under a shadowing parameter": (
        lambda n: HEADER + "f = lambda Dense: " + "lambda: " * n + "Dense(output_dim=1)\n",
        lambda n: {}),
    "deep keyword value": (lambda n: HEADER + "Dense(output_dim=1, init=" + "-" * n + "x)\n",
                           lambda n: {"KRS201": 2}),
    "deep binop keyword value": (
        lambda n: HEADER + "Dense(output_dim=x" + " + x" * n + ")\n", lambda n: {"KRS201": 1}),
    "deep **dict value": (
        lambda n: HEADER + "Dense(**{'output_dim': x" + " + x" * n + "})\n",
        lambda n: {"KRS201": 1}),
    "deep positional": (
        lambda n: HEADER + "keras.layers.Convolution2D(32, 3, x" + " + x" * n + ")\n",
        lambda n: {"KRS203": 1, "KRS902": 1}),
    "elif chain": (lambda n: HEADER + "if a:\n    pass\n" + "elif b:\n    pass\n" * n
                   + "elif c:\n    Dense(output_dim=1)\n", lambda n: {"KRS201": 1}),
    "elif chain in a custom layer's method": (
        lambda n: HEADER + "class L(keras.layers.Layer):\n    def build(self, s):\n"
        + "        if a:\n            pass\n" + "        elif b:\n            pass\n" * n
        + "        else:\n            self.trainable_weights = [w]\n",
        lambda n: {"KRS402": 1}),
    "elif chain after a Keras 2 test": (
        lambda n: HEADER + "if keras.__version__ >= '2':\n    pass\n"
        + "elif b:\n    Dense(output_dim=1)\n" * n, lambda n: {}),
    "ternary chain of Keras 1 tests": (
        lambda n: HEADER + "x = " + "Dense(output_dim=1) if keras.__version__ < '2' else " * n
        + "Dense(output_dim=1)\n", lambda n: {"KRS201": 1}),
}


BRACKETS = 199  # the tokenizer refuses a 200th level of open brackets
BLOCKS = ["if a:", "class C{}:", "try:", "with a as b:", "while a:", "for i in a:"]


def nested_blocks(levels: int, brackets: int) -> str:
    """``levels`` nested blocks of every kind, with bracket-nested arguments, targets and match
    patterns innermost."""
    lines = [HEADER.rstrip("\n")]
    for level in range(levels):
        lines.append("    " * level + BLOCKS[level % len(BLOCKS)].format(level))
    inner = "    " * levels
    nested = "(" * brackets + "1," + ")," * (brackets - 1) + ")"
    lines += [
        inner + f"Dense({nested}, output_dim=1)",
        inner + "[" * brackets + "t" + "]" * brackets + " = Dense(init=1)",
        inner + "match x:",
        inner + "    case " + "[" * brackets + "Dense" + "]" * brackets + ":",
        inner + "        Dense(output_dim=2)",
        inner + "    case " + "[" * brackets + "y" + "]" * brackets + ":",
        inner + "        pass",
    ]
    lines += ["    " * level + "except E:\n" + "    " * (level + 1) + "pass"
              for level in reversed(range(levels)) if BLOCKS[level % len(BLOCKS)] == "try:"]
    return "\n".join(lines) + "\n"


CALLS = {
    "star-args keep keywords": ("Dense(*args, output_dim=3)", ["KRS201"]),
    "star-args hide positionals": ("keras.layers.Conv2D(32, *dims)", []),
    "star-args after kernel dims": ("keras.layers.Conv2D(32, 3, 3, *more)", []),
    "double star alone": ("Dense(**kwargs)", []),
    "double star literal dict": ("Dense(**{'output_dim': 3, 'init': 'uniform'})",
                                 ["KRS201", "KRS201"]),
    "double star empty dict": ("Dense(3, **{})", []),
    "double star non-literal key": ("Dense(**{key: 3})", []),
    "double star non-string key": ("Dense(**{1: 3, None: 4, (1, 2): 5})", []),
    "double star nested unpack": ("Dense(**{**base, 'units': 3})", []),
    "double star twice": ("Dense(**a, **{'output_dim': 3})", ["KRS201"]),
    "keyword then double star": ("Dense(output_dim=3, **rest)", ["KRS201"]),
    "double star call": ("Dense(**dict(output_dim=3))", []),
    "decorator": ("@Dense(output_dim=3)\ndef f():\n    pass", ["KRS201"]),
    "class decorator and keyword": (
        "@merge([a, b], mode='sum')\nclass C(Base, flag=Dense(output_dim=1)):\n    pass",
        ["KRS102", "KRS201"]),
    "lambda body": ("f = lambda x: Dense(output_dim=x)", ["KRS201"]),
    "lambda default": ("f = lambda x=Dense(output_dim=1): x", ["KRS201"]),
    "match subject and guard": (
        "match Dense(output_dim=1):\n    case [a] if merge([a, a], mode='mul'):\n        pass",
        ["KRS102", "KRS201"]),
    "match value pattern": ("match x:\n    case keras.layers.Dense:\n        pass", []),
    "walrus": ("if (layer := Dense(output_dim=3)):\n    pass", ["KRS201"]),
    "async": ("async def f(model):\n    async with Dense(output_dim=1) as d:\n"
              "        async for b in d:\n            await model.fit(b, nb_epoch=1)",
              ["KRS201", "KRS201"]),
    "await in comprehension": (
        "async def f():\n    return [await g(Dense(output_dim=i)) async for i in h()]",
        ["KRS201"]),
    "f-string": ("text = f'{Dense(output_dim=1)!r:>{Dense(init=2)}}'", ["KRS201", "KRS201"]),
    "nested f-string call": ("text = f'{f\"{Dense(output_dim=1)}\"}'", ["KRS201"]),
    "annotations": ("def f(x: Dense(output_dim=1) = 2) -> Dense(init=3):\n    pass",
                    ["KRS201", "KRS201"]),
    "generator expression argument": ("model.fit(x for x in y)", ["KRS901"]),
    "keyword named like a positional": ("keras.layers.Conv2D(32, 3, nb_col=3)", ["KRS203"]),
    "yield and return values": ("def g():\n    yield Dense(output_dim=1)\n"
                                "    return Dense(init=2)", ["KRS201", "KRS201"]),
    "global statement": ("def f():\n    global Dense\n    return Dense(output_dim=1)",
                         ["KRS201"]),
    "del target": ("del Dense\nDense(output_dim=1)", []),
    "starred assignment target": ("a, *Dense = x\nDense(output_dim=1)", []),
    "subscript and attribute targets do not bind": (
        "x.Dense = 1\nx[Dense] = 2\nDense(output_dim=1)", ["KRS201"]),
    "type comments and ellipsis": ("def f(x):  # type: (int) -> None\n    ...", []),
}


IMPORTS = {
    "import as": ("import keras.layers as L\nL.Dense(output_dim=1)", ["KRS201"]),
    "plain import": ("import keras\nkeras.layers.Dense(output_dim=1)", ["KRS201"]),
    "dotted import binds the top name": (
        "import keras.layers\nkeras.layers.Dense(output_dim=1)", ["KRS201"]),
    "relative import of a module named keras": (
        "from . import keras\nkeras.layers.Dense(output_dim=1)", []),
    "relative import from a package named keras": (
        "from .keras.layers import Dense\nDense(output_dim=1)", []),
    "relative import two levels up": ("from .. import layers\nlayers.Dense(output_dim=1)", []),
    "bare relative star import": ("from . import *\nDense(output_dim=1)", []),
    "keras star import": ("from keras.layers import *\nDense(output_dim=1)", ["KRS201"]),
    "keras star import then rebinding": (
        "from keras.layers import *\nDense = make\nDense(output_dim=1)", []),
    "keras star import shadowed by a parameter": (
        "from keras.layers import *\ndef f(Dense):\n    return Dense(output_dim=1)", []),
    "other star import": ("from mylib import *\nDense(output_dim=1)", []),
    "import inside a function is local": (
        "def f():\n    from keras.layers import Dense\ndef g():\n    return Dense(output_dim=1)",
        []),
    "keras-like module names": (
        "import kerasplus\nimport my.keras\nkerasplus.layers.Dense(output_dim=1)\n"
        "my.keras.layers.Dense(output_dim=1)", []),
    "import as a non-keras name": ("import numpy as keras\nkeras.layers.Dense(output_dim=1)",
                                   []),
    "compatibility block": (
        "try:\n    from keras.layers import Conv2D\nexcept ImportError:\n"
        "    from keras.layers import Convolution2D as Conv2D\nConv2D(32, (3, 3))", []),
}


SHADOWING = {
    # module scope
    "module assignment": ("Dense = make\nDense(output_dim=1)", []),
    "module def": ("def Dense(output_dim):\n    pass\nDense(output_dim=1)", []),
    "module class": ("class Dense:\n    pass\nDense(output_dim=1)", []),
    "module import of another Dense": ("from mylib import Dense\nDense(output_dim=1)", []),
    "module unshadowed": ("Dense(output_dim=1)", ["KRS201"]),
    "module use before rebinding": ("Dense(output_dim=1)\nDense = make", ["KRS201"]),
    "module augmented assignment": ("Dense += 1\nDense(output_dim=1)", []),
    "module annotated assignment": ("Dense: type = make\nDense(output_dim=1)", []),
    # class scope
    "class body binding": ("class A:\n    Dense = make\n    layer = Dense(output_dim=1)", []),
    "class binding invisible in methods": (
        "class A:\n    Dense = make\n    def m(self):\n        return Dense(output_dim=1)",
        ["KRS201"]),
    "class binding does not leak": ("class A:\n    Dense = make\nDense(output_dim=1)",
                                    ["KRS201"]),
    # function scope
    "function parameter": ("def f(Dense):\n    return Dense(output_dim=1)", []),
    "function positional-only parameter": ("def f(Dense, /):\n    return Dense(output_dim=1)",
                                           []),
    "function keyword-only parameter": ("def f(*, Dense):\n    return Dense(output_dim=1)", []),
    "function *args": ("def f(*Dense):\n    return Dense(output_dim=1)", []),
    "function **kwargs": ("def f(**Dense):\n    return Dense(output_dim=1)", []),
    "async function parameter": ("async def f(Dense):\n    return Dense(output_dim=1)", []),
    "function local": ("def f():\n    Dense = make\n    return Dense(output_dim=1)", []),
    "function unshadowed": ("def f():\n    return Dense(output_dim=1)", ["KRS201"]),
    "function parameter does not leak": ("def f(Dense):\n    pass\nDense(output_dim=1)",
                                         ["KRS201"]),
    "function sees the final module binding": (
        "def f():\n    return Dense(output_dim=1)\nDense = make", []),
    "nested function sees the enclosing parameter": (
        "def f(Dense):\n    def g():\n        return Dense(output_dim=1)\n    return g", []),
    "parameter default is evaluated outside": (
        "def f(Dense=Dense(output_dim=1)):\n    return Dense", ["KRS201"]),
    # lambda
    "lambda parameter": ("f = lambda Dense: Dense(output_dim=1)", []),
    "lambda *args": ("f = lambda *Dense: Dense(output_dim=1)", []),
    "lambda **kwargs": ("f = lambda **Dense: Dense(output_dim=1)", []),
    "lambda keyword-only": ("f = lambda *, Dense: Dense(output_dim=1)", []),
    "lambda other parameter": ("f = lambda x: Dense(output_dim=x)", ["KRS201"]),
    "lambda parameter does not leak": ("f = lambda Dense: 0\nDense(output_dim=1)", ["KRS201"]),
    # comprehensions
    "list comprehension target": ("[Dense(output_dim=1) for Dense in xs]", []),
    "set comprehension target": ("{Dense(output_dim=1) for Dense in xs}", []),
    "dict comprehension target": ("{k: Dense(output_dim=1) for k, Dense in xs}", []),
    "generator target": ("list(Dense(output_dim=1) for (a, (b, Dense)) in xs)", []),
    "comprehension condition": ("[x for Dense in xs if Dense(output_dim=1)]", []),
    "comprehension second iterable": ("[x for Dense in xs for x in Dense(output_dim=1)]", []),
    "comprehension first iterable is outside": ("[x for Dense in Dense(output_dim=1)]",
                                                ["KRS201"]),
    "comprehension other target": ("[Dense(output_dim=x) for x in xs]", ["KRS201"]),
    "comprehension target does not leak": ("[0 for Dense in xs]\nDense(output_dim=1)",
                                           ["KRS201"]),
    # except-as
    "except as": ("try:\n    pass\nexcept E as Dense:\n    Dense(output_dim=1)", []),
    "except star as": ("try:\n    pass\nexcept* E as Dense:\n    Dense(output_dim=1)", []),
    "except as other name": ("try:\n    pass\nexcept E as err:\n    Dense(output_dim=1)",
                             ["KRS201"]),
    # match captures
    "match capture": ("match x:\n    case Dense:\n        Dense(output_dim=1)", []),
    "match sequence capture": ("match x:\n    case [Dense, *_]:\n        Dense(output_dim=1)",
                               []),
    "match star capture": ("match x:\n    case [a, *Dense]:\n        Dense(output_dim=1)", []),
    "match mapping capture": ("match x:\n    case {'k': Dense}:\n        Dense(output_dim=1)",
                              []),
    "match mapping rest": ("match x:\n    case {**Dense}:\n        Dense(output_dim=1)", []),
    "match class keyword capture": (
        "match x:\n    case P(a=Dense):\n        Dense(output_dim=1)", []),
    "match class positional capture": (
        "match x:\n    case P(Dense):\n        Dense(output_dim=1)", []),
    "match as capture": ("match x:\n    case (1 | 2) as Dense:\n        Dense(output_dim=1)",
                         []),
    "match wildcard": ("match x:\n    case _:\n        Dense(output_dim=1)", ["KRS201"]),
    "match other capture": ("match x:\n    case [y]:\n        Dense(output_dim=y)", ["KRS201"]),
    # walrus
    "walrus": ("if (Dense := make()):\n    Dense(output_dim=1)", []),
    "walrus in a comprehension binds outside": (
        "[(Dense := x) for x in xs]\nDense(output_dim=1)", []),
    "walrus other name": ("if (y := make()):\n    Dense(output_dim=y)", ["KRS201"]),
    # for / with targets
    "for target in the body": ("for Dense in xs:\n    Dense(output_dim=1)", []),
    "for tuple target in the body": ("for i, Dense in xs:\n    Dense(output_dim=1)", []),
    "for target in the else": ("for Dense in xs:\n    pass\nelse:\n    Dense(output_dim=1)", []),
    "async for target in the body": (
        "async def f():\n    async for Dense in xs:\n        Dense(output_dim=1)", []),
    "for target after the loop": ("for Dense in xs:\n    pass\nDense(output_dim=1)", []),
    "for iterable is outside": ("for Dense in Dense(output_dim=1):\n    pass", ["KRS201"]),
    "for other target": ("for x in xs:\n    Dense(output_dim=x)", ["KRS201"]),
    "with target": ("with open(p) as Dense:\n    Dense(output_dim=1)", []),
    "with tuple target": ("with a as (x, Dense):\n    Dense(output_dim=1)", []),
    "async with target": ("async def f():\n    async with a as Dense:\n"
                          "        Dense(output_dim=1)", []),
    "with expression is outside": ("with Dense(output_dim=1) as Dense:\n    pass", ["KRS201"]),
    # global / nonlocal
    "global reaches the module import": (
        "def f():\n    global Dense\n    return Dense(output_dim=1)", ["KRS201"]),
    "global reaches the module rebinding": (
        "Dense = make\ndef f():\n    global Dense\n    return Dense(output_dim=1)", []),
    "global skips an enclosing function's binding": (
        "def outer():\n    Dense = make\n    def inner():\n        global Dense\n"
        "        return Dense(output_dim=1)\n    return inner", ["KRS201"]),
    "nonlocal reaches the enclosing import": (
        "def outer():\n    from keras.layers import Dense as D\n    def inner():\n"
        "        nonlocal D\n        return D(output_dim=1)\n    return inner", ["KRS201"]),
    "nonlocal reaches the enclosing rebinding": (
        "def outer():\n    from keras.layers import Dense as D\n    D = make\n"
        "    def inner():\n        nonlocal D\n        return D(output_dim=1)\n    return inner",
        []),
    "nonlocal rebinding inside": (
        "def outer():\n    from keras.layers import Dense as D\n    def inner():\n"
        "        nonlocal D\n        D = make\n        return D(output_dim=1)\n    return inner",
        []),
}


# Parsed by ast.parse, rejected only by the compiler (symbol table, future imports, ...): the
# plugins see them (flake8 builds its tree with ast.parse) and must not stumble. The Keras call
# after each must still be reported.
UNCOMPILABLE = [
    "def f():\n    from keras.layers import *\n    return Dense(output_dim=1)",
    "return 1", "yield 1", "await x", "break", "continue", "nonlocal Dense",
    "def f(a, a):\n    pass", "def f():\n    x = 1\n    global x", "*a = b",
    "x: int = 1\nglobal x", "async def f():\n    yield from x", "class C:\n    nonlocal x",
    "f = lambda: (yield)", "[x async for x in y]", "from __future__ import braces",
    "x = 1\nfrom __future__ import annotations", "__debug__ = 1", "print >>f, x",
    "def f():\n    global Dense\n    nonlocal Dense", "class C:\n    return Dense",
    "def f(Dense):\n    global Dense",
]


def retained(run) -> int:
    """Bytes allocated while ``run()`` ran and still alive after it (and a collection)."""
    gc.collect()
    tracemalloc.start()
    try:
        run()
        gc.collect()
        size, _ = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return size


def physical_lines(source) -> list:
    """The lines flake8 hands a plugin: split at \\n, \\r\\n and \\r only, as the parser
    counts lines (``str.splitlines`` also splits at form feeds and other separators)."""
    if isinstance(source, bytes):
        encoding, _ = tokenize.detect_encoding(io.BytesIO(source).readline)
        source = source.decode(encoding)
    return io.StringIO(source, newline=None).readlines()
