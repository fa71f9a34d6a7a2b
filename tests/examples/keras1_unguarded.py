"""The Keras 1 sides of keras2_guards.py without their tests: Keras 1 code, reported."""
import keras
import numpy as np
from keras import backend as K
from keras import optimizers
from keras.layers import Dense, Input
from keras.models import Model


def restore_optimizer(config):
    return optimizers.optimizer_from_config(config)  # KRS104


def channels_first():
    return K.image_dim_ordering() == 'th'  # KRS204


def image_ordering():
    lookup = getattr(K, 'image_dim_ordering', None)
    return lookup()


def convolution(filters, size):
    return keras.layers.Convolution2D(filters, size, size, border_mode='same')  # KRS203 KRS201


def dense(units):
    return Dense(output_dim=units, init='he_normal')  # KRS201 KRS201


def build(num_classes):
    inputs = Input(shape=(32, 32, 3))
    x = convolution(32, 3)(inputs)
    x = keras.layers.Flatten()(x)
    from keras.layers import merge
    x = merge([dense(64)(x), dense(64)(x)], mode='concat')  # KRS102
    outputs = Dense(num_classes, activation='softmax')(x)
    return Model(input=inputs, output=outputs)  # KRS201 KRS201


def train(model, generator, x_train, x_test, batch_size=32):
    model.fit_generator(generator, len(x_train) // batch_size, nb_epoch=20)  # KRS201
    model.fit_generator(generator, len(x_train), 20)  # KRS302
    model.evaluate_generator(generator, int(np.ceil(x_test.shape[0] / float(batch_size))))
    model.predict_generator(generator, len(x_test))  # KRS302
    model.fit(x_train, x_train, nb_epoch=20)  # KRS201
    return model.evaluate(x_test, x_test, show_accuracy=True)  # KRS105


class Scale(keras.layers.Layer):
    def build(self, input_shape):
        self.kernel = self.add_weight(name='kernel', shape=(input_shape[-1],),
                                      initializer='ones')
        self.trainable_weights = [self.kernel]  # KRS402
        super(Scale, self).build(input_shape)

    def call(self, inputs):
        return inputs * self.kernel

    def compute_output_shape(self, input_shape):
        return input_shape


if K.image_dim_ordering() == 'th':  # KRS204
    K.set_image_dim_ordering('tf')  # KRS204
