"""`from keras.layers import *` brings Keras names in; a later def hides one."""
from keras.layers import *
from keras.models import *
from keras.regularizers import *  # the last star import does not hide the earlier ones

model = Sequential()
model.add(Convolution2D(32, 3, 3, border_mode='same'))  # KRS203 KRS201
model.add(TimeDistributedDense(10))  # KRS101
model.add(Dense(output_dim=10))  # KRS201
joined = merge([a, b], mode='ave')  # KRS102
functional = Model(input=a, output=b)  # KRS201 KRS201


def Dropout(p):
    return p


Dropout(p=0.5)
