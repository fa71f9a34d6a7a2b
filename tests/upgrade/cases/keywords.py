"""Keras 1 keywords and values that Keras 2 renames or converts."""
from keras import backend as K
from keras.callbacks import ReduceLROnPlateau
from keras.layers import (Conv2D, Dense, Dropout, GRU, InputLayer, LSTM, MaxPooling2D,
                          SeparableConv2D, ZeroPadding2D)
from keras.models import Model, Sequential
from keras.preprocessing.image import ImageDataGenerator
from keras.preprocessing.text import Tokenizer
from keras.regularizers import l2
from keras.utils import np_utils

model = Sequential()
model.add(InputLayer(input_shape=(3, 32, 32), input_dtype='float32'))
model.add(Conv2D(nb_filter=32, kernel_size=(3, 3), border_mode="same",
                 dim_ordering="th", init='he_normal', W_regularizer=l2(1e-4)))
model.add(MaxPooling2D(pool_size=(2, 2), dim_ordering='default'))
model.add(ZeroPadding2D(padding=(1, 1, 2, 2), dim_ordering='tf'))
model.add(Dense(output_dim=128,  # the hidden width
                init='glorot_uniform',
                bias=False))
model.add(Dropout(p=0.5))
model.add(GRU(64, inner_activation='hard_sigmoid', consume_less='mem',
              dropout_W=0.2, dropout_U=0.2))
model.add(LSTM(32, forget_bias_init='one', input_dim=16))
model.add(SeparableConv2D(16, (3, 3), init='glorot_uniform'))
model.add(Dense(**{'output_dim': 10, "init": 'uniform'}))

history = model.fit(x, y, nb_epoch=20, batch_size=128,
                    verbose=1)
model.fit_generator(batches, steps_per_epoch=100, nb_epoch=5, nb_worker=4,
                    pickle_safe=True, max_q_size=20)
model.evaluate_generator(batches, 10, max_q_size=5)

tokenizer = Tokenizer(nb_words=20000)
labels = np_utils.to_categorical(y, nb_classes=10)
noise = K.random_normal((3, 3), std=0.1)
augment = ImageDataGenerator(rotation_range=10, dim_ordering='th')
reduce_lr = ReduceLROnPlateau(monitor='val_loss', epsilon=1e-4)
net = Model(input=inputs, output=outputs)
