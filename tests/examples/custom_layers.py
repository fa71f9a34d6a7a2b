"""Keras 1 custom-layer API (KRS4xx)."""
from keras import backend as K
from keras.engine.topology import Layer
from keras.layers import Recurrent, Dense
import keras


class Keras1Layer(Layer):
    def __init__(self, output_dim, **kwargs):
        self.output_dim = output_dim
        super(Keras1Layer, self).__init__(**kwargs)

    def build(self, input_shape):
        self.W = self.add_weight((input_shape[1], self.output_dim), 'glorot_uniform')  # KRS406
        self.b = K.zeros((self.output_dim,))
        self.trainable_weights = [self.W, self.b]  # KRS402
        self.regularizers = []  # KRS403
        self.regularizers.append(self.W_regularizer)  # KRS403
        self.constraints[self.W] = self.W_constraint  # KRS404

    def call(self, x, mask=None):
        return K.dot(x, self.W)

    def get_output_shape_for(self, input_shape):  # KRS401
        return (input_shape[0], self.output_dim)


class CompatibleLayer(keras.layers.Layer):
    def get_output_shape_for(self, input_shape):
        return self.compute_output_shape(input_shape)

    def compute_output_shape(self, input_shape):
        return input_shape

    def build(self, input_shape):
        self.kernel = self.add_weight(name='kernel', shape=(3, 3), initializer='uniform')
        self.extra = self.add_weight((3, 3), name='extra')
        super(CompatibleLayer, self).build(input_shape)


class Keras1Recurrent(Recurrent):
    def get_initial_states(self, x):  # KRS405
        return []

    def get_constants(self, x):  # KRS405
        return []

    def preprocess_input(self, x, training=None):
        return x


class Keras1Dense(Dense):
    def get_output_shape_for(self, input_shape):  # KRS401
        return input_shape


class NotAKerasLayer(object):
    def get_output_shape_for(self, input_shape):
        return input_shape

    def build(self):
        self.trainable_weights = []
        self.regularizers.append(1)


class Keras1Optimizer(keras.optimizers.Optimizer):
    def get_updates(self, params, constraints, loss):  # KRS405
        return []


class Keras2Optimizer(keras.optimizers.SGD):
    def get_updates(self, loss, params):
        return []
