"""Keras 1 positional arguments: separate kernel sizes, and arguments in Keras 1 order."""
from keras.layers import (AveragePooling2D, BatchNormalization, Convolution1D, Convolution2D,
                          Convolution3D, Dense, Deconvolution2D, SeparableConvolution2D)
from keras.layers.convolutional import Conv2D

nb_filters, nb_conv = 32, 3
layers = [
    Convolution2D(32, (3, 3), activation='relu'),
    Convolution2D(nb_filters, (nb_conv, nb_conv), padding='valid'),
    Convolution2D(64,
                  (5,  # rows
                  5)),  # columns
    Convolution2D(8, kernel_size=(3, 3)),
    Convolution2D(8, (3, 3)),
    Convolution3D(16, (3, 3, 3)),
    Convolution3D(16, kernel_size=(2, 2, 2)),
    Convolution1D(64, 3, padding='same'),
    SeparableConvolution2D(32, (3, 3), depth_multiplier=2),
    Deconvolution2D(16, (3, 3), strides=(2, 2)),
    Conv2D(64, (3, 3), dilation_rate=(2, 2), padding='same'),
    Dense(64, kernel_initializer='uniform', activation='relu'),
    AveragePooling2D((2, 2), (1, 1), 'valid', data_format='channels_first'),
    BatchNormalization(epsilon=1e-3, axis=1),
]
