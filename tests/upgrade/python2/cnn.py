# A small Keras 1 CNN of 2016, in Python 2: print statements, except E, e, backquotes,
# octal and long literals, <>, exec and raise E, msg beside the Keras 1 calls.
import os
import sys

from keras.layers import Convolution2D, Dense, Flatten, Input, MaxPooling2D, merge
from keras.models import Model

print "Keras 1 model, Python 2 script"
BATCH = 32L
os.umask(0022)


def block(x, nb_filter):
    left = Convolution2D(nb_filter, 3, 3, border_mode='same', activation='relu')(x)
    right = Convolution2D(nb_filter, 1, 1, border_mode='same')(x)
    return merge([left, right], mode='concat', concat_axis=1)


def build(shape):
    inputs = Input(shape=shape)
    x = MaxPooling2D((2, 2))(block(inputs, 32))
    if len(shape) <> 3:
        raise ValueError, "a (channels, rows, cols) shape: " + `shape`
    x = Dense(10, activation='softmax')(Flatten()(x))
    return Model(input=inputs, output=x)


config = {}
exec "learning_rate = 0.01" in config
model = build((3, 32, 32))
model.compile(optimizer='sgd', loss='categorical_crossentropy')
try:
    history = model.fit(x_train, y_train, batch_size=BATCH, nb_epoch=10, verbose=1)
except MemoryError, error:
    print >>sys.stderr, "out of memory:", error
    sys.exit(1)
print model.evaluate(x_test, y_test, batch_size=BATCH)
print "accuracy", model.fit(x_train, y_train, nb_epoch=1)  # KRS201
if config.has_key('learning_rate'):
    print ur'learning rate \d', config['learning_rate']
