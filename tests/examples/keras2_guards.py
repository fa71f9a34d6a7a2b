"""Keras 2 code that still runs on Keras 1: each Keras 1 form sits on the Keras 1 side of a
test of Keras itself, and the Keras 2 generator calls count steps. Nothing may be reported.
Its unguarded twin is keras1_unguarded.py."""
import math
from distutils.version import LooseVersion

import keras
import numpy as np
from keras import __version__ as keras_version
from keras import backend as K
from keras import optimizers
from keras.layers import Conv2D, Dense, Input
from keras.models import Model
from packaging import version

KERAS1 = keras.__version__.startswith('1')


def restore_optimizer(config):
    if hasattr(optimizers, 'optimizer_from_config'):
        return optimizers.optimizer_from_config(config)
    else:
        return optimizers.deserialize(config)


def channels_first():
    if int(keras.__version__[0]) < 2:
        return K.image_dim_ordering() == 'th'
    return K.image_data_format() == 'channels_first'


def image_ordering():
    lookup = getattr(K, 'image_dim_ordering', None)
    if callable(getattr(K, 'image_dim_ordering', None)):
        return lookup()
    return K.image_data_format()


def convolution(filters, size):
    if LooseVersion(keras.__version__) < LooseVersion('2'):
        return keras.layers.Convolution2D(filters, size, size, border_mode='same')
    return Conv2D(filters, (size, size), padding='same')


def dense(units):
    if keras.__version__ >= '2.0.0':
        return Dense(units, kernel_initializer='he_normal')
    else:
        return Dense(output_dim=units, init='he_normal')


def build(num_classes):
    inputs = Input(shape=(32, 32, 3))
    x = convolution(32, 3)(inputs)
    x = keras.layers.Flatten()(x)
    if version.parse(keras_version).major < 2:
        from keras.layers import merge
        x = merge([dense(64)(x), dense(64)(x)], mode='concat')
    elif hasattr(keras.layers, 'concatenate'):
        x = keras.layers.concatenate([dense(64)(x), dense(64)(x)])
    outputs = Dense(num_classes, activation='softmax')(x)
    if keras_version.split('.')[0] == '1':
        return Model(input=inputs, output=outputs)
    return Model(inputs=inputs, outputs=outputs)


def train(model, generator, x_train, x_test, validation, batch_size=32):
    epochs = {'nb_epoch': 20} if KERAS1 else {'epochs': 20}
    model.fit_generator(generator, len(x_train) // batch_size, **epochs)
    model.fit_generator(generator, len(x_train) // batch_size, epochs=20)
    model.fit_generator(generator, len(x_train), epochs=2, validation_data=validation)
    model.fit_generator(generator, int(math.ceil(len(x_train) / batch_size)), 2,
                        validation_data=validation, validation_steps=10, workers=2)
    model.evaluate_generator(generator, int(np.ceil(x_test.shape[0] / float(batch_size))))
    model.predict_generator(generator, len(x_test), verbose=1)
    if not hasattr(K, 'image_data_format'):
        model.fit(x_train, x_train, nb_epoch=20)
    return (model.evaluate(x_test, x_test, show_accuracy=True)
            if tuple(map(int, keras.__version__.split('.')[:2])) < (2, 0)
            else model.evaluate(x_test, x_test))


class Scale(keras.layers.Layer):
    def build(self, input_shape):
        self.kernel = self.add_weight(name='kernel', shape=(input_shape[-1],),
                                      initializer='ones')
        if keras.__version__ < '2':
            self.trainable_weights = [self.kernel]
        super(Scale, self).build(input_shape)

    def call(self, inputs):
        return inputs * self.kernel

    def compute_output_shape(self, input_shape):
        return input_shape


if hasattr(K, 'image_dim_ordering') and K.image_dim_ordering() == 'th':
    K.set_image_dim_ordering('tf')
