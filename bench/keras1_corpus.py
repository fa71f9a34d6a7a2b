"""A generator of realistic Keras 1 code, for the benchmark and the robustness tests.

``generate_module(lines, seed)`` returns the source of one module of about ``lines`` lines:
Keras 1 imports, then a mix of blocks drawn with a seeded random generator -- Sequential and
functional models (``Convolution2D(32, 3, 3, border_mode=...)``, ``Dense(output_dim=...)``,
``merge(..., mode=...)``, ``Model(input=..., output=...)``), training code
(``fit(nb_epoch=...)``, ``fit_generator(gen, samples_per_epoch, ...)``), Keras 1 custom layers
(``get_output_shape_for``, ``self.trainable_weights = [...]``), and a good share of ordinary
Python (data helpers, classes, string and file handling) that has nothing to do with Keras.
Every top-level name carries a serial number, so the module is valid Python whatever its size
and pyflakes sees no redefinitions. The same arguments always give the same text.

``generate_long_function`` writes one deep model-building function instead, every line of
which rebinds ``x`` (``x = Dense(...)(x)``). ``script=True`` writes what Keras 1 example
scripts look like instead: the same kinds of code
at module level, so a handful of names (``model``, ``x``, ``history``) are bound over and
over in one scope; ``star=True`` imports ``from keras.layers import *``, so that every free
name of the module may be a Keras layer.
"""
from __future__ import annotations

import random
from pathlib import Path
from typing import Callable, List, Sequence

HEADER = '''\
"""Generated Keras 1 training script (keras2-lint benchmark corpus)."""
from __future__ import print_function

import os
import sys
import json
import argparse

import numpy as np
from keras import backend as K
from keras.models import Sequential, Model, load_model
from keras.layers import Input, Dense, Dropout, Activation, Flatten, Reshape, Lambda
from keras.layers import Convolution1D, Convolution2D, MaxPooling2D, ZeroPadding2D
from keras.layers import Embedding, LSTM, GRU, BatchNormalization, merge
from keras.layers.core import TimeDistributedDense
from keras.engine.topology import Layer
from keras.optimizers import SGD, Adam, RMSprop
from keras.regularizers import l2, activity_l2
from keras.callbacks import ModelCheckpoint, EarlyStopping
from keras.preprocessing.image import ImageDataGenerator
from keras.utils import np_utils
from keras import initializations

'''

ACTIVATIONS = ("'relu'", "'tanh'", "'sigmoid'", "'softmax'", "'linear'")
BORDER_MODES = ("'same'", "'valid'")
INITS = ("'glorot_uniform'", "'he_normal'", "'uniform'", "'normal'")
OPTIMIZERS = ("SGD(lr=0.01, decay=1e-6, momentum=0.9, nesterov=True)", "Adam(lr=0.001)",
              "RMSprop(lr=0.001, rho=0.9)", "'adadelta'", "'adam'")
LOSSES = ("'categorical_crossentropy'", "'binary_crossentropy'", "'mse'")


def _sequential_cnn(r: random.Random, n: int) -> str:
    filters = r.choice((16, 32, 64))
    k = r.choice((3, 5))
    return f'''
def build_cnn_{n}(nb_classes={r.choice((10, 100))}, img_rows=32, img_cols=32):
    """A small convolutional classifier."""
    model = Sequential()
    model.add(Convolution2D({filters}, {k}, {k}, border_mode={r.choice(BORDER_MODES)},
                            input_shape=(3, img_rows, img_cols), init={r.choice(INITS)}))
    model.add(Activation({r.choice(ACTIVATIONS)}))
    model.add(Convolution2D({filters}, {k}, {k}, subsample=(1, 1)))
    model.add(Activation('relu'))
    model.add(MaxPooling2D(pool_size=(2, 2), border_mode='valid'))
    model.add(Dropout({r.choice((0.25, 0.5))}))
    model.add(Flatten())
    model.add(Dense(output_dim={r.choice((128, 256, 512))}, W_regularizer=l2(0.01)))
    model.add(BatchNormalization(mode=0, axis=1))
    model.add(Activation('relu'))
    model.add(Dense(nb_classes, activation='softmax'))
    model.compile(loss={r.choice(LOSSES)}, optimizer={r.choice(OPTIMIZERS)},
                  metrics=['accuracy'])
    return model
'''


def _functional(r: random.Random, n: int) -> str:
    units = r.choice((32, 64, 128))
    return f'''
def build_two_towers_{n}(input_dim={r.choice((100, 784))}):
    left_in = Input(shape=(input_dim,))
    right_in = Input(shape=(input_dim,))
    left = Dense({units}, activation={r.choice(ACTIVATIONS)}, init={r.choice(INITS)})(left_in)
    right = Dense(output_dim={units}, activation='relu')(right_in)
    merged = merge([left, right], mode={r.choice(("'concat'", "'sum'", "'mul'"))},
                   concat_axis=-1)
    hidden = Dropout({r.choice((0.2, 0.3, 0.5))})(merged)
    out = Dense(1, activation='sigmoid', b_regularizer=l2(1e-4))(hidden)
    model = Model(input=[left_in, right_in], output=out)
    model.compile(optimizer={r.choice(OPTIMIZERS)}, loss='binary_crossentropy')
    return model
'''


def _recurrent(r: random.Random, n: int) -> str:
    return f'''
def build_text_model_{n}(max_features=20000, maxlen=80):
    model = Sequential()
    model.add(Embedding(max_features, {r.choice((64, 128))}, input_length=maxlen,
                        dropout={r.choice((0.2, 0.25))}))
    model.add({r.choice(("LSTM", "GRU"))}({r.choice((64, 128))}, dropout_W=0.2, dropout_U=0.2,
                   inner_init='orthogonal'))
    model.add(Dense(1))
    model.add(Activation('sigmoid'))
    model.compile(loss='binary_crossentropy', optimizer='adam', metrics=['accuracy'])
    return model
'''


def _training(r: random.Random, n: int) -> str:
    return f'''
def train_{n}(model, X_train, Y_train, X_test, Y_test, batch_size={r.choice((32, 64, 128))}):
    checkpoint = ModelCheckpoint('weights_{n}.h5', monitor='val_loss', save_best_only=True)
    stopper = EarlyStopping(monitor='val_loss', patience={r.choice((3, 5, 10))})
    history = model.fit(X_train, Y_train, batch_size=batch_size, nb_epoch={r.randint(5, 200)},
                        verbose=1, validation_data=(X_test, Y_test),
                        callbacks=[checkpoint, stopper])
    score = model.evaluate(X_test, Y_test, verbose=0)
    print('Test score:', score[0])
    print('Test accuracy:', score[1])
    return history
'''


def _generator_training(r: random.Random, n: int) -> str:
    return f'''
def train_augmented_{n}(model, X_train, Y_train, X_test, Y_test, batch_size=32):
    datagen = ImageDataGenerator(featurewise_center=False, rotation_range={r.randint(0, 30)},
                                 width_shift_range=0.1, height_shift_range=0.1,
                                 horizontal_flip=True)
    datagen.fit(X_train)
    Y_train = np_utils.to_categorical(Y_train, {r.choice((10, 100))})
    model.fit_generator(datagen.flow(X_train, Y_train, batch_size=batch_size),
                        samples_per_epoch=X_train.shape[0], nb_epoch={r.randint(5, 100)},
                        validation_data=(X_test, Y_test), nb_worker=2)
    return model.predict_generator(datagen.flow(X_test, batch_size=batch_size),
                                   val_samples=len(X_test))
'''


def _custom_layer(r: random.Random, n: int) -> str:
    return f'''
class Scale{n}(Layer):
    """Learns a per-feature scale, Keras 1 style."""

    def __init__(self, output_dim, init={r.choice(INITS)}, **kwargs):
        self.output_dim = output_dim
        self.init = initializations.get(init)
        super(Scale{n}, self).__init__(**kwargs)

    def build(self, input_shape):
        input_dim = input_shape[1]
        self.W = self.init((input_dim, self.output_dim), name='{{}}_W'.format(self.name))
        self.trainable_weights = [self.W]
        self.regularizers = []

    def call(self, x, mask=None):
        return K.dot(x, self.W)

    def get_output_shape_for(self, input_shape):
        return (input_shape[0], self.output_dim)
'''


def _plain_helpers(r: random.Random, n: int) -> str:
    return f'''
def load_records_{n}(path, limit=None):
    """Read one JSON record per line, skipping blanks and comments."""
    records = []
    with open(path) as handle:
        for number, line in enumerate(handle):
            line = line.strip()
            if not line or line.startswith('#'):
                continue
            try:
                records.append(json.loads(line))
            except ValueError as error:
                print('line %d: %s' % (number, error), file=sys.stderr)
            if limit is not None and len(records) >= limit:
                break
    return records


def normalise_{n}(values, eps={r.choice(("1e-7", "1e-8"))}):
    values = np.asarray(values, dtype='float32')
    mean = values.mean(axis=0)
    std = values.std(axis=0) + eps
    return (values - mean) / std, mean, std
'''


def _plain_class(r: random.Random, n: int) -> str:
    return f'''
class RunningStats{n}(object):
    """Mean and variance of a stream, Welford's method."""

    def __init__(self):
        self.count = 0
        self.mean = 0.0
        self.m2 = 0.0

    def push(self, value):
        self.count += 1
        delta = value - self.mean
        self.mean += delta / self.count
        self.m2 += delta * (value - self.mean)

    @property
    def variance(self):
        return self.m2 / (self.count - 1) if self.count > 1 else 0.0

    def __repr__(self):
        return 'RunningStats{n}(count={{}}, mean={{:.{r.randint(2, 6)}f}})'.format(
            self.count, self.mean)
'''


def _plain_cli(r: random.Random, n: int) -> str:
    return f'''
def parse_args_{n}(argv=None):
    parser = argparse.ArgumentParser(description='experiment {n}')
    parser.add_argument('--epochs', type=int, default={r.randint(1, 50)})
    parser.add_argument('--batch-size', type=int, default=32)
    parser.add_argument('--data', default=os.path.join('data', 'train_{n}.jsonl'))
    parser.add_argument('--verbose', action='store_true')
    args = parser.parse_args(argv)
    if args.epochs <= 0:
        parser.error('--epochs must be positive')
    names = sorted(key for key in vars(args) if not key.startswith('_'))
    summary = ', '.join('{{}}={{}}'.format(key, getattr(args, key)) for key in names)
    return args, summary
'''


def _script_cnn(r: random.Random, n: int) -> str:
    k = r.choice((3, 5))
    return f'''
# -- experiment {n}: a small convnet
model = Sequential()
model.add(Convolution2D({r.choice((16, 32, 64))}, {k}, {k}, border_mode={r.choice(BORDER_MODES)},
                        input_shape=(3, img_rows, img_cols)))
model.add(Activation({r.choice(ACTIVATIONS)}))
model.add(MaxPooling2D(pool_size=(2, 2)))
model.add(Dropout({r.choice((0.25, 0.5))}))
model.add(Flatten())
model.add(Dense(output_dim={r.choice((128, 256))}, init={r.choice(INITS)}))
model.add(Dense(nb_classes, activation='softmax'))
model.compile(loss={r.choice(LOSSES)}, optimizer={r.choice(OPTIMIZERS)}, metrics=['accuracy'])
history = model.fit(X_train, Y_train, batch_size=batch_size, nb_epoch={r.randint(5, 100)},
                    validation_data=(X_test, Y_test))
score = model.evaluate(X_test, Y_test, verbose=0)
print('experiment {n}: test score', score[0], 'accuracy', score[1])
'''


def _script_functional(r: random.Random, n: int) -> str:
    return f'''
# -- experiment {n}: functional API
inputs = Input(shape=({r.choice((100, 784))},))
x = Dense({r.choice((32, 64))}, activation='relu', W_regularizer=l2(0.01))(inputs)
x = Dropout({r.choice((0.2, 0.5))})(x)
y = Dense(output_dim={r.choice((32, 64))})(inputs)
x = merge([x, y], mode={r.choice(("'concat'", "'sum'"))})
predictions = Dense(nb_classes, activation='softmax')(x)
model = Model(input=inputs, output=predictions)
model.compile(optimizer={r.choice(OPTIMIZERS)}, loss='categorical_crossentropy')
model.fit(X_train, Y_train, nb_epoch={r.randint(5, 100)}, batch_size=batch_size)
'''


def _script_data(r: random.Random, n: int) -> str:
    return f'''
# -- data preparation {n}
X_train = X_train.reshape(X_train.shape[0], 3, img_rows, img_cols).astype('float32')
X_test = X_test.reshape(X_test.shape[0], 3, img_rows, img_cols).astype('float32')
X_train /= {r.choice((255, 127.5))}
X_test /= {r.choice((255, 127.5))}
Y_train = np_utils.to_categorical(y_train, nb_classes)
Y_test = np_utils.to_categorical(y_test, nb_classes)
counts = {{}}
for label in y_train:
    counts[label] = counts.get(label, 0) + 1
print('class counts', sorted(counts.items())[:{r.randint(3, 9)}])
'''


SCRIPT_SETUP = '''
batch_size = 32
nb_classes = 10
img_rows, img_cols = 32, 32
X_train = X_test = y_train = y_test = np.zeros((8, 3, img_rows, img_cols))
Y_train = Y_test = np.zeros((8, nb_classes))
'''
STAR_HEADER = HEADER.replace("from keras.layers import Input, Dense, Dropout, Activation, Flatten, "
                             "Reshape, Lambda\n", "from keras.layers import *\n")
SCRIPT_BLOCKS: List[Callable[[random.Random, int], str]] = [
    _script_cnn, _script_functional, _script_data, _script_data]

BLOCKS: List[Callable[[random.Random, int], str]] = [
    _sequential_cnn, _functional, _recurrent, _training, _generator_training, _custom_layer,
    _plain_helpers, _plain_class, _plain_cli, _plain_helpers, _plain_class,
]


def generate_module(lines: int, seed: int = 0, script: bool = False, star: bool = False) -> str:
    """About ``lines`` lines (never fewer) of Keras 1 code, the same for the same arguments."""
    rng = random.Random(seed)
    header = STAR_HEADER if star else HEADER
    parts = [header, SCRIPT_SETUP] if script else [header]
    blocks = SCRIPT_BLOCKS if script else BLOCKS
    count = sum(part.count("\n") for part in parts)
    serial = 0
    while count < lines:
        block = rng.choice(blocks)(rng, serial)
        serial += 1
        parts.append("\n" + block)
        count += block.count("\n") + 1
    return "".join(parts)


_CHAIN = (
    "x = Convolution2D({f}, 3, 3, border_mode='same', init={init})(x)",
    "x = Activation({act})(x)",
    "x = BatchNormalization(mode=0, axis=1)(x)",
    "x = MaxPooling2D(pool_size=(2, 2), border_mode='valid')(x)",
    "x = Dropout({p})(x)",
    "x = Dense(output_dim={u}, W_regularizer=l2(0.01))(x)",
    "x = merge([x, shortcut], mode='sum')",
    "shortcut = x",
)


def generate_long_function(lines: int, seed: int = 0) -> str:
    """One model-building function of about ``lines`` lines in the functional-API style, where
    every line rebinds ``x``: ``x = Layer(...)(x)``."""
    rng = random.Random(seed)
    parts = [HEADER, "\n\ndef build_deep_model(input_shape, nb_classes=10):\n",
             "    inputs = Input(shape=input_shape)\n", "    x = shortcut = inputs\n"]
    count = sum(part.count("\n") for part in parts) + 2
    while count < lines:
        line = rng.choice(_CHAIN).format(
            f=rng.choice((16, 32, 64)), init=rng.choice(INITS), act=rng.choice(ACTIVATIONS),
            p=rng.choice((0.25, 0.5)), u=rng.choice((64, 128, 256)))
        parts.append(f"    {line}\n")
        count += 1
    parts.append("    return Model(input=inputs, output=Dense(nb_classes)(x))\n")
    return "".join(parts)


KINDS = ("library", "script", "star script")


def write_corpus(directory: Path, files: int, lines: int, seed: int = 0,
                 kinds: Sequence[str] = KINDS) -> List[Path]:
    """``files`` generated modules of about ``lines`` lines each in ``directory``, of each of
    ``kinds`` in turn: a library module, a script, a script that star-imports
    ``keras.layers``."""
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(files):
        kind = kinds[index % len(kinds)]
        path = directory / f"keras1_{kind.replace(' ', '_')}_{index:03d}.py"
        text = generate_module(lines, seed=seed * 100_003 + index, script=kind != "library",
                               star=kind == "star script")
        if not path.exists() or path.read_text() != text:
            path.write_text(text)
        paths.append(path)
    for stale in set(directory.glob("*.py")) - set(paths):  # left by a run of another size
        stale.unlink()
    return paths


if __name__ == "__main__":  # pragma: no cover - a quick look at the output
    import sys

    print(generate_module(int(sys.argv[1]) if len(sys.argv) > 1 else 200,
                          script="--script" in sys.argv, star="--star" in sys.argv))
