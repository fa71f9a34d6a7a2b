"""Keras 1 merge modes, as the function and as an unapplied Merge layer."""
from keras.layers import Dense, Input, Merge, merge
from keras.models import Model

left = Input(shape=(16,))
right = Input(shape=(16,))
joined = merge([left, right], mode='concat', concat_axis=-1)
summed = merge([left, right])
product = merge([left, right], mode='mul', name='product')
mean = merge([left, right], mode='ave')
largest = merge([left, right], 'max')
dotted = merge([left, right], mode='dot')
dotted_1 = merge([left, right], mode='dot', dot_axes=1)
stacked = Merge(mode='concat', concat_axis=1)([left, right])
output = Dense(1)(joined)
model = Model(inputs=[left, right], outputs=output)
