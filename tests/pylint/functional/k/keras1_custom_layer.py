"""A Keras 1 custom layer and recurrent subclass."""
# pylint: disable=import-error,invalid-name,attribute-defined-outside-init,missing-docstring
# pylint: disable=too-few-public-methods,unused-argument
from keras import backend as K
from keras.engine.topology import Layer
from keras.layers.recurrent import LSTM


class Scale(Layer):
    def build(self, input_shape):
        self.W = self.add_weight((input_shape[1], 4),  # [keras1-add-weight-order]
                                 'glorot_uniform', name='W')
        self.trainable_weights = [self.W]  # [keras1-trainable-weights-assign]
        self.regularizers.append(None)  # [keras1-layer-regularizers]
        self.constraints[self.W] = None  # [keras1-layer-constraints]

    def call(self, inputs, mask=None):
        return K.dot(inputs, self.W)

    def get_output_shape_for(self, input_shape):  # [keras1-get-output-shape-for]
        return (input_shape[0], 4)


class Peephole(LSTM):
    @staticmethod
    def get_initial_states(inputs):  # [keras1-overridden-hook]
        return [inputs]


class NotKeras:
    def get_output_shape_for(self, input_shape):
        return input_shape
