"""Keras 1 modules and names that Keras 2 renamed, through each way of importing them."""
import keras
import keras.layers as KL
from keras import backend as K
from keras import objectives
from keras import regularizers
from keras.constraints import maxnorm
from keras.layers.core import TimeDistributedDense
from keras.objectives import categorical_crossentropy
from keras.regularizers import l1l2
from keras.utils.visualize_util import plot

loss = objectives.mean_squared_error
other_loss = keras.objectives.binary_crossentropy
penalty = l1l2(l1=0.01, l2=0.01)
again = regularizers.l1l2(0.01)
smaller = K.lesser(a, b)
at_most = K.lesser_equal(a, b)
layer = KL.AtrousConvolution1D(8, 3, atrous_rate=2)
constraint = maxnorm(2)
plot(model, to_file='model.png', show_shapes=True)
print(categorical_crossentropy)
