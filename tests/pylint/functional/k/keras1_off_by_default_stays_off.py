"""Without enabling them, the off-by-default messages stay silent."""
# pylint: disable=import-error,invalid-name
from keras.layers import Convolution2D
from keras.models import Sequential

model = Sequential()
model.add(Convolution2D(32, (3, 3)))
model.fit(None, None, batch_size=32)
