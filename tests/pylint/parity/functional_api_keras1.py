"""A Keras 1 two-branch text and image classifier written with the functional API."""
import numpy as np
from keras.layers import Input, Dense, Dropout, Embedding, LSTM, merge
from keras.layers import Convolution2D, MaxPooling2D, Flatten, BatchNormalization
from keras.models import Model
from keras.regularizers import l2, activity_l2
from keras import backend as K

VOCABULARY = 20000
MAX_WORDS = 80


def text_branch(words):
    embedded = Embedding(VOCABULARY, 128, input_length=MAX_WORDS, dropout=0.2)(words)
    encoded = LSTM(64, dropout_W=0.2, dropout_U=0.2, consume_less='gpu')(embedded)
    return Dense(32, activation='relu', W_regularizer=l2(1e-4),
                 activity_regularizer=activity_l2(1e-5))(encoded)


def image_branch(pixels, channels_first=K.image_dim_ordering() == 'th'):
    x = Convolution2D(32, 3, 3, border_mode='same', activation='relu',
                      dim_ordering='th' if channels_first else 'tf')(pixels)
    x = BatchNormalization(mode=0, axis=1)(x)
    x = Convolution2D(64, 3, 3, subsample=(2, 2), init='he_normal')(x)
    x = MaxPooling2D(pool_size=(2, 2), border_mode='valid')(x)
    return Dense(output_dim=32)(Flatten()(x))


words = Input(shape=(MAX_WORDS,), dtype='int32')
pixels = Input(shape=(3, 64, 64))
joined = merge([text_branch(words), image_branch(pixels)], mode='concat', concat_axis=-1)
summed = merge([text_branch(words), image_branch(pixels)])
scored = merge([joined, joined], mode=lambda pair: pair[0] * pair[1],
               output_shape=lambda shapes: shapes[0])
hidden = Dropout(p=0.5)(Dense(64, init='glorot_normal', bias=False)(scored))
output = Dense(1, activation='sigmoid')(hidden)

model = Model(input=[words, pixels], output=output)
model.compile(optimizer='adam', loss='binary_crossentropy',
              metrics=['accuracy', 'fmeasure', 'precision'])
model.fit([np.zeros((8, MAX_WORDS)), np.zeros((8, 3, 64, 64))], np.zeros(8),
          batch_size=4, nb_epoch=3, show_accuracy=True)
