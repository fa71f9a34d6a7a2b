"""Keras 1 merge modes, as the function and as an unapplied Merge layer."""
from keras.layers import Dense, Input, concatenate, add, multiply, average, maximum, dot, Concatenate
from keras.models import Model

left = Input(shape=(16,))
right = Input(shape=(16,))
joined = concatenate([left, right], axis=-1)
summed = add([left, right])
product = multiply([left, right], name='product')
mean = average([left, right])
largest = maximum([left, right])
dotted = dot([left, right], axes=-1)
dotted_1 = dot([left, right], axes=1)
stacked = Concatenate(axis=1)([left, right])
output = Dense(1)(joined)
model = Model(inputs=[left, right], outputs=output)
