"""Generated Keras-flavoured programs that stress name resolution, for the parity tests.

``program(seed)`` gives a valid module mixing every import form, aliases, shadowing by
assignment, parameter, loop, ``with``, ``except ... as``, ``del``, ``global``, walrus,
lambdas and comprehensions, nested functions and classes, ``try``/``except ImportError``
blocks, tests of the Keras version or of a Keras name (compatibility branches), and calls
carrying Keras 1 keywords. The same seed always gives the same text.
"""
from __future__ import annotations

import random

NAMES = ["Dense", "Conv", "KL", "K", "layers", "keras", "D", "merge", "Model", "fit", "x"]
IMPORTS = ["import keras", "import keras.layers as KL", "from keras.layers import Dense",
           "from keras.layers import Convolution2D as Conv", "from keras import layers",
           "from keras.layers import *", "from keras import backend as K",
           "import numpy as Dense", "from keras.layers.core import Dense as D",
           "from keras.layers import merge", "from keras.models import Model",
           "import keras.layers.core", "from keras.utils.visualize_util import plot",
           "from keras.layers import Conv2D as Conv", "from .keras import layers",
           "import os.path as KL"]
CALLEES = ["Dense", "KL.Dense", "keras.layers.Convolution2D", "Conv", "D", "layers.Dense",
           "K.image_dim_ordering", "merge", "Model", "x.fit", "x.fit_generator",
           "keras.layers.core.Dense", "layers.convolutional.Convolution2D", "plot",
           "KL.TimeDistributedDense", "x.compile"]
ARGUMENTS = ["(N, 3, 3)", "(output_dim=3)", "(8, 3, 3, border_mode='same')",
             "([a, b], mode='concat')", "(input=a, output=b)", "(g, len(x), 5)", "(nb_epoch=2)",
             "()", "(**{'output_dim': 3})", "(metrics=['fmeasure'])", "(*a, init='uniform')"]
REFERENCES = ["Dense", "KL.Convolution2D", "keras.initializations", "K.image_dim_ordering",
              "Conv", "layers.Merge", "keras.objectives.mse", "D", "KL"]
GUARDS = ["keras.__version__ < '2'", "hasattr(K, 'image_dim_ordering')",
          "int(keras.__version__[0]) >= 2", "not hasattr(KL, 'Merge')", "hasattr(layers, 'Merge')",
          "keras.__version__.startswith('1') and K.image_dim_ordering() == 'th'",
          "getattr(keras, 'initializations', None) is None", "Dense.__version__ < '2'",
          "keras.__version__ >= '2' or K.image_dim_ordering()"]
HANDLERS = ["ImportError", "(ImportError, ValueError)", "ValueError", "", "Exception as {}"]
BASES = ["", "(object)", "(KL.Layer)", "(Layer)", "(layers.Recurrent)", "({})"]
LAYER_BODY = ["def get_output_shape_for(self, s):", "    self.trainable_weights = []",
              "    self.regularizers.append(1)", "    return self.add_weight((1, 2), 'zero')"]


def program(seed: int) -> str:
    rnd = random.Random(seed)
    lines = [rnd.choice(IMPORTS) for _ in range(rnd.randrange(1, 4))]
    lines += _block(rnd, "", 0, rnd.randrange(3, 12))
    return "\n".join(lines) + "\n"


def _expression(rnd: random.Random, depth: int = 0) -> str:
    # `:=` only at the top of a statement: inside a lambda or a comprehension the flake8
    # front-end binds it in the enclosing scope at a different moment than Python does.
    kind = rnd.randrange(6) if depth == 0 else rnd.randrange(5 if depth < 2 else 3)
    name = rnd.choice(NAMES)
    if kind == 0:
        return rnd.choice(CALLEES) + rnd.choice(ARGUMENTS).replace("N", rnd.choice("8n"))
    if kind == 1:
        return rnd.choice(REFERENCES)
    if kind == 2:
        return rnd.choice(["None", "1", "x", "a.b"])
    if kind == 3:
        return f"(lambda {name}: {_expression(rnd, depth + 1)})"
    if kind == 4:
        return f"[{_expression(rnd, depth + 1)} for {name} in {_expression(rnd, depth + 1)}]"
    return f"({name} := {_expression(rnd, depth + 1)})"


def _block(rnd: random.Random, indent: str, depth: int, size: int) -> list:
    lines = []
    for _ in range(size):
        lines.extend(_statement(rnd, indent, depth))
    return lines or [indent + "pass"]


def _statement(rnd: random.Random, indent: str, depth: int) -> list:
    kind = rnd.randrange(12 if depth < 3 else 5)
    name = rnd.choice(NAMES)
    inner = indent + "    "

    def body():
        return _block(rnd, inner, depth + 1, rnd.randrange(1, 4))

    if kind == 0:
        statement = rnd.choice(IMPORTS)
        return [indent + ("pass" if "*" in statement and indent else statement)]
    if kind == 1:
        if rnd.random() < 0.2:
            return [indent + f"{name} = {_expression(rnd, 1)} if {rnd.choice(GUARDS)} else "
                    f"{_expression(rnd, 1)}"]
        return [indent + f"{name} = {_expression(rnd)}"]
    if kind in (2, 3):
        return [indent + _expression(rnd)]
    if kind == 4:
        choices = [f"del {name}", f"{name}, x = x, {name}", f"{name} += 1",
                   f"global {name}" if indent else "pass"]
        return [indent + rnd.choice(choices)]
    if kind == 5:
        params = rnd.choice(["", name, f"{name}=None", f"a={_expression(rnd)}", f"*, {name}"])
        decorator = rnd.choice(["KL.Lambda", "Dense(output_dim=1)", "decorator"])
        head = [indent + "@" + decorator] if rnd.random() < 0.2 else []
        return head + [indent + f"def f{rnd.randrange(9)}({params}):"] + body()
    if kind == 6:
        base = rnd.choice(BASES).format(name)
        extra = [inner + line for line in LAYER_BODY] if rnd.random() < 0.5 else []
        return [indent + f"class C{rnd.randrange(9)}{base}:"] + body() + extra
    if kind == 7:
        return [indent + f"for {name} in {_expression(rnd)}:"] + body()
    if kind == 8:
        return [indent + f"with {_expression(rnd)} as {name}:"] + body()
    if kind == 9:
        handler = rnd.choice(HANDLERS).format(name)
        lines = [indent + "try:"] + body() + [indent + f"except {handler}".rstrip() + ":"]
        lines += body()
        if rnd.random() < 0.3:
            lines += [indent + "else:"] + body()
        if rnd.random() < 0.3:
            lines += [indent + "finally:"] + body()
        return lines
    if kind == 10:
        test = rnd.choice(GUARDS) if rnd.random() < 0.5 else _expression(rnd)
        return [indent + f"if {test}:"] + body() + [indent + "else:"] + body()
    return [indent + f"while {name}:"] + body()
