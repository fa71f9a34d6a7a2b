"""In valid Keras 2 code the same positional call means steps: nothing is reported."""
from keras.layers import Dense

layer = Dense(units=10)
model.fit_generator(generator, 2000, 10)
model.evaluate_generator(generator, 500)
