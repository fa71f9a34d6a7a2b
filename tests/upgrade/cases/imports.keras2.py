"""Keras 1 modules and names that Keras 2 renamed, through each way of importing them."""
import keras
import keras.layers as KL
from keras import backend as K
from keras import losses
from keras import regularizers
from keras.constraints import maxnorm
from keras.losses import categorical_crossentropy
from keras.regularizers import l1_l2
from keras.utils.vis_utils import plot_model

loss = losses.mean_squared_error
other_loss = keras.losses.binary_crossentropy
penalty = l1_l2(l1=0.01, l2=0.01)
again = regularizers.l1_l2(0.01)
smaller = K.less(a, b)
at_most = K.less_equal(a, b)
layer = KL.Conv1D(8, 3, dilation_rate=2)
constraint = maxnorm(2)
plot_model(model, to_file='model.png', show_shapes=True)
print(categorical_crossentropy)
