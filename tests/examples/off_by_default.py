"""Rules that cannot tell Keras 1 from valid Keras 2 code (KRS9xx, off by default)."""
from keras.layers import Convolution2D, Deconvolution2D  # KRS902 KRS902
from keras.models import Sequential
from keras import constraints
import keras

model = Sequential()
model.add(keras.layers.Convolution2D(32, (3, 3)))  # KRS902
model.fit(x, y, batch_size=32)  # KRS901
model.fit(x, y, epochs=3)
model.fit(x, y, 32, 10)
norm = constraints.maxnorm(2)  # KRS902
