"""keras2-upgrade on small (before, after) pairs, in the shape of pyupgrade's tests: how
imports, commas, parentheses and names come out, and what is refused and why."""
from __future__ import annotations

import pytest

from keras2_lint.upgrade.rewrite import upgrade
from keras2_lint.upgrade.selection import Selection

PAIRS = {
    "module alias renamed": ("import keras.objectives as O\nO.mse(a, b)\n",
                             "import keras.losses as O\nO.mse(a, b)\n"),
    "module chain renamed": ("import keras.objectives\nkeras.objectives.mse(a, b)\n",
                             "import keras.losses\nkeras.losses.mse(a, b)\n"),
    "an unused removed module goes, leaving the module empty": (
        "from keras.utils import visualize_util\n", ""),
    "a removed class's unused import leaves pass in a block": (
        "if True:\n    from keras.layers import Merge\n", "if True:\n    pass\n"),
    "a parenthesized import keeps its comment": (
        "from keras.layers import (Dense,  # dense\n                          merge,\n"
        "                          Input)\nx = merge([a, b], mode='concat')\n",
        "from keras.layers import (Dense,  # dense\n"
        "                          Input, concatenate)\nx = concatenate([a, b])\n"),
    "a renamed import keeps the name its uses read when the new one is taken": (
        "from keras.regularizers import l1l2\nl1_l2 = None\nr = l1l2(0.1)\n",
        "from keras.regularizers import l1_l2 as l1l2\nl1_l2 = None\nr = l1l2(0.1)\n"),
    "a Keras import * provides the new name": (
        "from keras.layers import *\nx = merge([a, b], mode='concat')\n",
        "from keras.layers import *\nx = concatenate([a, b])\n"),
    "an aliased merge used twice": (
        "from keras.layers import merge as M\nx = M([a, b], mode='mul')\ny = M([a, b], 'mul')\n",
        "from keras.layers import multiply\nx = multiply([a, b])\ny = multiply([a, b])\n"),
    "statements on one line": ("from keras.layers import merge; x = merge([a, b], mode='sum')\n",
                               "from keras.layers import add; x = add([a, b])\n"),
    "chains through the package": (
        "import keras\nx = keras.layers.merge([a, b], mode='sum')\n"
        "y = keras.engine.topology.merge([a, b], mode='max')\n",
        "import keras\nx = keras.layers.add([a, b])\ny = keras.layers.maximum([a, b])\n"),
    "keys of a ** dict": ("from keras.layers import Dense\nDense(**{'init': 'uniform'})\n",
                          "from keras.layers import Dense\nDense(**{'kernel_initializer': "
                          "'uniform'})\n"),
    "redundant parentheses": ("from keras.layers import Convolution2D\n"
                              "Convolution2D(8, (3), (3))\n",
                              "from keras.layers import Convolution2D\n"
                              "Convolution2D(8, ((3), (3)))\n"),
    "a trailing comma stays": ("from keras.layers import Convolution2D\n"
                               "Convolution2D(8, 3, 3,)\n",
                               "from keras.layers import Convolution2D\n"
                               "Convolution2D(8, (3, 3),)\n"),
    "the only argument goes with its comma": (
        "from keras.layers import BatchNormalization\nBatchNormalization(mode=0,)\n",
        "from keras.layers import BatchNormalization\nBatchNormalization()\n"),
    "an argument's own line goes": (
        "from keras.layers import BatchNormalization\nBatchNormalization(\n    mode=0,\n"
        "    axis=1)\n",
        "from keras.layers import BatchNormalization\nBatchNormalization(\n    axis=1)\n"),
    "the last argument goes with the comma before it": (
        "from keras.layers import BatchNormalization\nBatchNormalization(axis=1,\n"
        "                   mode=0)\n",
        "from keras.layers import BatchNormalization\nBatchNormalization(axis=1)\n"),
    "a comment after a dropped argument stays": (
        "from keras.layers import BatchNormalization\nBatchNormalization(mode=0,  # one mode\n"
        "                   axis=1)\n",
        "from keras.layers import BatchNormalization\nBatchNormalization(# one mode\n"
        "                   axis=1)\n"),
    "spaces around =": ("from keras.models import Model\nModel(input = a, output = b)\n",
                        "from keras.models import Model\nModel(inputs = a, outputs = b)\n"),
    "double quotes stay double": (
        "from keras.layers import MaxPooling2D\nMaxPooling2D(dim_ordering=\"th\")\n",
        "from keras.layers import MaxPooling2D\nMaxPooling2D(data_format=\"channels_first\")\n"),
    "an import added after the one it replaces, in its function": (
        "def f(a, b):\n    from keras.engine.topology import merge, Input\n"
        "    return merge([a, b], mode='ave'), Input\n",
        "def f(a, b):\n    from keras.engine.topology import Input\n"
        "    from keras.layers import average\n    return average([a, b]), Input\n"),
}

REFUSED = {
    "the new name is taken": ("from keras.layers import merge\nconcatenate = 3\n"
                              "x = merge([a, b], mode='concat')\n",
                              "`concatenate` is already a name in this file"),
    "the old name has another binding": (
        "try:\n    from keras.layers import merge\nexcept ImportError:\n    merge = None\n"
        "x = merge([a, b], mode='sum')\n", "`merge` is bound elsewhere in this file"),
    "a removed module still used": ("from keras.utils import visualize_util\n"
                                    "visualize_util.plot(m)\n",
                                    "`visualize_util` is still used (line 2)"),
    "an import of another module on a line shared with code": (
        "if a: from keras.engine.topology import merge\nx = merge([a, b], mode='sum')\n",
        "no import statement on its own line to add `add` to"),
    "a module alias without the new name": (
        "import keras.engine.topology as T\nx = T.merge([a, b], mode='sum')\n",
        "`T` stands for a module that is not where Keras 2 has keras.layers.add"),
    "a name read on the Keras 1 side of a compatibility branch": (
        "import keras\nfrom keras.layers import AtrousConvolution2D\n"
        "if keras.__version__ < '2':\n    c = AtrousConvolution2D(8, 3, 3)\n",
        "`AtrousConvolution2D` is read on the Keras 1 side of a compatibility branch, which "
        "stays as it is"),
    "a module read on the Keras 1 side of a conditional expression": (
        "import keras\nfrom keras import objectives\n"
        "loss = objectives.mse if keras.__version__ < '2' else keras.losses.mse\n",
        "`objectives` is read on the Keras 1 side of a compatibility branch, which stays as "
        "it is"),
}


@pytest.mark.parametrize("before, after", PAIRS.values(), ids=PAIRS)
def test_pair(before, after):
    outcome = upgrade(before, Selection())
    assert outcome.text == after
    assert outcome.fixed
    assert upgrade(after, Selection()).text == after


@pytest.mark.parametrize("source, reason", REFUSED.values(), ids=REFUSED)
def test_refused(source, reason):
    outcome = upgrade(source, Selection())
    assert outcome.text == source
    assert reason in [site.reason for site in outcome.sites]
