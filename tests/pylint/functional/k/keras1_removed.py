"""Keras 1 forms that fail on Keras 2: removed names, modules, arguments and metrics."""
# pylint: disable=import-error,invalid-name,no-name-in-module,missing-function-docstring
from keras.layers import Dense, Embedding, merge
from keras.layers.core import TimeDistributedDense  # [keras1-removed-layer]
from keras.utils.visualize_util import plot  # [keras1-removed-module]
from keras import regularizers
from keras.utils import np_utils

layer = TimeDistributedDense(10)
plot(None, to_file='model.png')
regularizer = regularizers.l1l2(l1=0.01, l2=0.01)  # [keras1-removed-function]
embedded = Embedding(1000, 64, dropout=0.2)  # [keras1-removed-argument]
joined = merge([layer, layer], mode='concat')  # [keras1-merge]
labels = np_utils.to_categorical([1, 2], nb_classes=3)  # [keras1-keyword-rejected]
positional = Dense(64, 'uniform', 'relu')  # [keras1-positional-arguments]


def compile_model(model):
    model.compile('adam', 'binary_crossentropy',
                  metrics=['accuracy', 'fmeasure'])  # [keras1-removed-metric]
