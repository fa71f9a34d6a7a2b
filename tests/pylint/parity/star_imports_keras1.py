"""Star imports: every name the module does not bind itself reaches Keras."""
from keras.regularizers import *
from keras.layers import *  # the last star import is the one names resolve to
from keras.models import Sequential
import numpy as np

model = Sequential()
model.add(Convolution2D(16, 3, 3, input_shape=(1, 28, 28), W_regularizer=l2(0.01)))
model.add(MaxPooling2D(pool_size=(2, 2), dim_ordering='th'))
model.add(Flatten())
model.add(MaxoutDense(64))
model.add(Dense(10, activation='softmax', b_regularizer=l1l2(0.01, 0.01)))
merged = Merge([model, model], mode='concat')
zeros = np.zeros(len(model.layers))


def Dense(units):  # from here on the module's own Dense
    return units


def helper():
    return Dense(output_dim=3), Deconvolution2D(3, 3, 3, (None, 3, 8, 8), subsample=(2, 2))


Dense(output_dim=4)
Conv2D(8, (3, 3), padding='same')
