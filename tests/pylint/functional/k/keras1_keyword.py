"""Keras 1 keywords and values that Keras 2.0-2.2 still convert, with a warning."""
# pylint: disable=import-error,invalid-name
from keras import backend as K
from keras.layers import Conv2D, Dense, LSTM, MaxPooling2D
from keras.models import Model

dense = Dense(output_dim=64, init='uniform')  # [keras1-keyword, keras1-keyword]
conv = Conv2D(32, 3, 3, border_mode='same')  # [keras1-kernel-size, keras1-keyword]
pool = MaxPooling2D((2, 2), dim_ordering='th')  # [keras1-value]
recurrent = LSTM(32, consume_less='gpu',  # [keras1-value]
                 dropout_W=0.2)  # [keras1-keyword]
model = Model(input=dense, output=pool)  # [keras1-keyword, keras1-keyword]
model.fit(None, None, nb_epoch=10)  # [keras1-keyword]
ordering = K.image_dim_ordering()  # [keras1-deprecated-name]
tolerated = Dense(output_dim=8)  # pylint: disable=keras1-keyword
Dense(units=64, kernel_initializer='uniform')
