"""Keras 1 positional arguments: separate kernel sizes, and arguments in Keras 1 order."""
from keras.layers import (AveragePooling2D, BatchNormalization, Convolution1D, Convolution2D,
                          Convolution3D, Dense, Deconvolution2D, SeparableConvolution2D)
from keras.layers.convolutional import AtrousConvolution2D

nb_filters, nb_conv = 32, 3
layers = [
    Convolution2D(32, 3, 3, activation='relu'),
    Convolution2D(nb_filters, nb_conv, nb_conv, border_mode='valid'),
    Convolution2D(64,
                  5,  # rows
                  5),  # columns
    Convolution2D(8, nb_row=3, nb_col=3),
    Convolution2D(8, 3, nb_col=3),
    Convolution3D(16, 3, 3, 3),
    Convolution3D(16, kernel_dim1=2, kernel_dim2=2, kernel_dim3=2),
    Convolution1D(64, 3, border_mode='same'),
    SeparableConvolution2D(32, 3, 3, depth_multiplier=2),
    Deconvolution2D(16, 3, 3, subsample=(2, 2)),
    AtrousConvolution2D(64, 3, 3, atrous_rate=(2, 2), border_mode='same'),
    Dense(64, 'uniform', 'relu'),
    AveragePooling2D((2, 2), (1, 1), 'valid', 'th'),
    BatchNormalization(1e-3, 0, 1),
]
