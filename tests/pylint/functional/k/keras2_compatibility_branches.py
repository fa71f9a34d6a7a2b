"""Code for Keras 1 and Keras 2 alike: the Keras 1 side of a test of Keras is no finding;
the same code on the Keras 2 side, or outside any test, is."""
# pylint: disable=import-error,invalid-name,missing-function-docstring,deprecated-module
# pylint: disable=no-else-return,unused-import
from distutils.version import LooseVersion

import keras
from keras import backend as K
from keras import optimizers
from keras.layers import Dense


def restore(config):
    if hasattr(optimizers, 'optimizer_from_config'):
        return optimizers.optimizer_from_config(config)
    return optimizers.deserialize(config)


def dense(units):
    if LooseVersion(keras.__version__) < LooseVersion('2'):
        return Dense(output_dim=units)
    elif int(keras.__version__[0]) >= 2:
        return Dense(output_dim=units)  # [keras1-keyword]
    return Dense(units)


def ordering():
    if keras.__version__.startswith('1'):
        return K.image_dim_ordering()
    return K.image_dim_ordering()  # [keras1-deprecated-name]


channels_first = getattr(K, 'image_dim_ordering', None) and K.image_dim_ordering() == 'th'
layer = Dense(output_dim=3) if keras.__version__ < '2' else Dense(3)
layer = Dense(3) if keras.__version__ < '2' else Dense(output_dim=3)  # [keras1-keyword]
layer = Dense(output_dim=3)  # [keras1-keyword]
