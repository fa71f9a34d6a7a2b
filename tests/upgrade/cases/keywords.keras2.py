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
model.add(InputLayer(input_shape=(3, 32, 32), dtype='float32'))
model.add(Conv2D(filters=32, kernel_size=(3, 3), padding="same",
                 data_format="channels_first", kernel_initializer='he_normal', kernel_regularizer=l2(1e-4)))
model.add(MaxPooling2D(pool_size=(2, 2), data_format=None))
model.add(ZeroPadding2D(padding=((1, 1), (2, 2)), data_format='channels_last'))
model.add(Dense(units=128,  # the hidden width
                kernel_initializer='glorot_uniform',
                use_bias=False))
model.add(Dropout(rate=0.5))
model.add(GRU(64, recurrent_activation='hard_sigmoid', implementation=1,
              dropout=0.2, recurrent_dropout=0.2))
model.add(LSTM(32, unit_forget_bias=True, input_shape=(None, 16)))
model.add(SeparableConv2D(16, (3, 3), depthwise_initializer='glorot_uniform', pointwise_initializer='glorot_uniform'))
model.add(Dense(**{'units': 10, "kernel_initializer": 'uniform'}))

history = model.fit(x, y, epochs=20, batch_size=128,
                    verbose=1)
model.fit_generator(batches, steps_per_epoch=100, epochs=5, workers=4,
                    use_multiprocessing=True, max_queue_size=20)
model.evaluate_generator(batches, 10, max_queue_size=5)

tokenizer = Tokenizer(num_words=20000)
labels = np_utils.to_categorical(y, num_classes=10)
noise = K.random_normal((3, 3), stddev=0.1)
augment = ImageDataGenerator(rotation_range=10, data_format='channels_first')
reduce_lr = ReduceLROnPlateau(monitor='val_loss', min_delta=1e-4)
net = Model(inputs=inputs, outputs=outputs)
