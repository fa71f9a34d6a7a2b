"""Keras 1 custom layers, a recurrent cell and an optimizer."""
from keras import backend as K
from keras import initializations, activations
from keras.engine.topology import Layer
from keras.layers.recurrent import Recurrent, LSTM
from keras.optimizers import Optimizer


class Scale(Layer):
    def __init__(self, output_dim, init='glorot_uniform', W_regularizer=None, **kwargs):
        self.output_dim = output_dim
        self.init = initializations.get(init)
        self.W_regularizer = W_regularizer
        super(Scale, self).__init__(**kwargs)

    def build(self, input_shape):
        input_dim = input_shape[1]
        self.W = self.init((input_dim, self.output_dim), name='{}_W'.format(self.name))
        self.b = K.zeros((self.output_dim,))
        self.trainable_weights = [self.W, self.b]
        self.regularizers = []
        if self.W_regularizer:
            self.W_regularizer.set_param(self.W)
            self.regularizers.append(self.W_regularizer)
        self.constraints = {}
        self.constraints[self.W] = None

    def call(self, x, mask=None):
        return K.dot(x, self.W) + self.b

    def get_output_shape_for(self, input_shape):
        return (input_shape[0], self.output_dim)


class Gate(Layer):
    def build(self, input_shape):
        self.kernel = self.add_weight((input_shape[-1], 1), 'uniform', name='kernel')
        self.bias = self.add_weight(name='bias', shape=(1,), initializer='zeros')
        self.built = True

    def compute_output_shape(self, input_shape):
        return input_shape

    @staticmethod
    def get_output_shape_for(input_shape):
        return input_shape


class PeepholeLSTM(LSTM):
    def get_initial_states(self, x):
        return super(PeepholeLSTM, self).get_initial_states(x)

    def get_constants(self, x):
        return []

    def preprocess_input(self, x, training=None):
        return x


class Minimal(Recurrent):
    def get_initial_state(self, inputs):
        return []

    def get_initial_states(self, x):
        return []


class Clipped(Optimizer):
    def get_updates(self, params, constraints, loss):
        return []


class NotALayer(object):
    def get_output_shape_for(self, input_shape):
        self.trainable_weights = []
        return input_shape


activation = activations.get('relu')
