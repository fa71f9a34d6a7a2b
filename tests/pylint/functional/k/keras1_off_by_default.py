"""The off-by-default messages, enabled by name in the .rc file."""
# pylint: disable=import-error,invalid-name
from keras.layers import Convolution2D  # [keras1-layer-alias]
from keras.models import Sequential

model = Sequential()
model.add(Convolution2D(32, (3, 3)))
model.fit(None, None, batch_size=32)  # [keras1-fit-default-epochs]
