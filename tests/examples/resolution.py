"""Names reach Keras through every import form; shadowed or foreign names stay silent."""
import keras
import keras.layers as KL
from keras import layers
from keras.layers.core import Dense as D
import numpy as np
from sklearn.cluster import KMeans
from theano.tensor.nnet import conv2d

keras.layers.Dense(output_dim=1)  # KRS201
keras.layers.core.Dense(output_dim=1)  # KRS201
KL.Dense(output_dim=1)  # KRS201
layers.Dense(output_dim=1)  # KRS201
layers.convolutional.Convolution2D(8, 3, 3)  # KRS203
D(output_dim=1)  # KRS201
ConvAlias = KL.Conv2D
ConvAlias(8, 3, 3)  # KRS203


def builder():
    from keras.layers import LSTM
    return LSTM(output_dim=8)  # KRS201


def parameter_shadow(D):
    return D(output_dim=1)


def assignment_shadow():
    D = make_layer
    return D(output_dim=1)


def local_def_shadow():
    def D(output_dim):
        return output_dim
    return D(output_dim=1)


class Holder:
    D = staticmethod(make_layer)

    def method(self):
        return D(output_dim=1)  # KRS201


shadowed_in_lambda = lambda D: D(output_dim=1)
comprehension = [D(output_dim=n) for D in factories for n in range(3)]


def except_shadow():
    try:
        pass
    except ValueError as D:
        return D(output_dim=1)

KMeans(init='k-means++', n_clusters=3)
conv2d(x, w, border_mode='full')
np.zeros(3).fit(x, nb_epoch=3)  # KRS201

try:
    from keras.utils import plot_model
except ImportError:
    from keras.utils.visualize_util import plot as plot_model
plot_model(model)

try:
    from keras.layers import Conv2D
except ImportError:
    from keras.layers import Convolution2D as Conv2D
Conv2D(8, (3, 3))

try:
    import keras as optional_keras
except ImportError:
    optional_keras = None
optional_keras.layers.Dense(output_dim=2)  # KRS201


def handler_shadow():
    try:
        pass
    except ImportError:
        D = None
        return D(output_dim=1)
