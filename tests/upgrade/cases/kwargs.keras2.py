"""Calls whose keywords are only partly visible."""
from keras.layers import Convolution2D, Dense

options = {'activation': 'relu'}
Dense(units=32, **options)
Convolution2D(16, (3, 3), **options)
Convolution2D(16, nb_row=3, nb_col=3, **options)  # KRS203
Dense(*sizes, kernel_initializer='uniform')
