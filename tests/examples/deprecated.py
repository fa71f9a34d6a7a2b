"""Keras 1 forms Keras 2.0-2.2 still convert with a warning (KRS2xx)."""
from keras.layers import Dense, Dropout, Embedding, LSTM, GRU, SimpleRNN, Convolution1D
from keras.layers import Convolution2D, Convolution3D, MaxPooling1D, MaxPooling2D, UpSampling2D
from keras.layers import AtrousConvolution2D, SeparableConvolution2D, GlobalAveragePooling2D  # KRS204
from keras.layers import ZeroPadding2D, Cropping2D, GaussianNoise, PReLU, BatchNormalization
from keras.layers import Input, InputLayer
from keras.layers.convolutional import Deconvolution2D
from keras.models import Model, Sequential
from keras.preprocessing.text import Tokenizer
from keras.datasets import imdb
from keras.callbacks import ReduceLROnPlateau
from keras import backend as K
from keras import objectives  # KRS204
import keras.objectives  # KRS204
from keras.backend import set_image_dim_ordering  # KRS204

set_image_dim_ordering('th')
if K.image_dim_ordering() == 'th':  # KRS204
    pass
loss = keras.objectives.categorical_crossentropy  # KRS204

model = Sequential()
model.add(Dense(output_dim=64, input_dim=100, init='uniform'))  # KRS201 KRS201
model.add(Dense(64, W_regularizer=None, b_regularizer=None, bias=False))  # KRS201 KRS201 KRS201
model.add(Dense(64, W_constraint=None, b_constraint=None))  # KRS201 KRS201
model.add(Dropout(p=0.5))  # KRS201
model.add(GaussianNoise(sigma=0.1))  # KRS201
model.add(PReLU(init='zero'))  # KRS201
model.add(BatchNormalization(beta_init='zero', gamma_init='one'))  # KRS201 KRS201
model.add(Embedding(1000, 64, init='uniform', W_regularizer=None))  # KRS201 KRS201
model.add(LSTM(output_dim=32, inner_init='orthogonal', inner_activation='sigmoid'))  # KRS201 KRS201 KRS201
model.add(GRU(32, dropout_W=0.2, dropout_U=0.2, U_regularizer=None))  # KRS201 KRS201 KRS201
model.add(SimpleRNN(32, input_dim=16))  # KRS201
model.add(LSTM(32, input_dim=64, input_length=10))  # KRS201
model.add(LSTM(32, consume_less='gpu'))  # KRS202
model.add(LSTM(32, forget_bias_init='one'))  # KRS202
model.add(LSTM(32, forget_bias_init='zero'))  # KRS202
model.add(Convolution1D(nb_filter=64, filter_length=3, subsample_length=1))  # KRS201 KRS201 KRS201
model.add(Convolution1D(64, 3, input_dim=100, input_length=10))  # KRS201
model.add(Convolution2D(64, 3, 3, border_mode='same', subsample=(2, 2)))  # KRS203 KRS201 KRS201
model.add(Convolution2D(64, 3, 3, dim_ordering='th'))  # KRS203 KRS202
model.add(Convolution2D(64, nb_row=3, nb_col=3))  # KRS203
model.add(Convolution2D(64, 3, nb_col=3))  # KRS203
model.add(Convolution3D(32, 3, 3, 3))  # KRS203
model.add(Convolution3D(32, kernel_dim1=3, kernel_dim2=3, kernel_dim3=3))  # KRS203
model.add(AtrousConvolution2D(64, 3, 3, atrous_rate=(2, 2)))  # KRS203 KRS201
model.add(SeparableConvolution2D(32, 3, 3, init='uniform'))  # KRS203 KRS201
model.add(Deconvolution2D(32, 3, 3, subsample=(2, 2)))  # KRS203 KRS201
model.add(MaxPooling1D(pool_length=2, stride=2, border_mode='valid'))  # KRS201 KRS201 KRS201
model.add(MaxPooling2D((2, 2), dim_ordering='tf'))  # KRS202
model.add(MaxPooling2D((2, 2), dim_ordering=ordering))  # KRS202
model.add(UpSampling2D((2, 2), dim_ordering='default'))  # KRS202
model.add(GlobalAveragePooling2D(dim_ordering='th'))  # KRS202
model.add(ZeroPadding2D(padding={'top_pad': 1, 'bottom_pad': 1}))  # KRS202
model.add(Cropping2D(((1, 1), (1, 1)), dim_ordering='th'))  # KRS202
model.add(Dense(**{'output_dim': 10, 'activation': 'softmax'}))  # KRS201
model.add(InputLayer(input_shape=(3,), input_dtype='int32'))  # KRS201

inputs = Input(shape=(100,))
outputs = Dense(10)(inputs)
functional = Model(input=inputs, output=outputs)  # KRS201 KRS201
functional.fit(x, y, nb_epoch=10, batch_size=32)  # KRS201
functional.fit_generator(gen, steps_per_epoch=10, nb_epoch=5, nb_worker=2)  # KRS201 KRS201
functional.fit_generator(gen, 10, epochs=2, pickle_safe=True, max_q_size=4)  # KRS201 KRS201
functional.fit_generator(gen, 10, 2, pickle_safe=True)  # KRS302 KRS201
tokenizer = Tokenizer(nb_words=1000)  # KRS201
(x_train, y_train), _ = imdb.load_data(nb_words=5000)  # KRS201
reduce_lr = ReduceLROnPlateau(epsilon=1e-4)  # KRS201
