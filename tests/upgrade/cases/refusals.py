"""Keras 1 forms left for a person: they change meaning, need a judgement, or collide."""
from keras.layers import (BatchNormalization, Convolution2D, Dense, Embedding, Layer, LSTM,
                          merge)
from keras.layers.convolutional import AtrousConvolution2D  # KRS204
from keras.layers import Merge  # KRS102
from keras.models import Sequential

Dense(output_dim=8, units=8)  # KRS201
Convolution2D(8, nb_row=3, nb_col=3, kernel_size=(3, 3))  # KRS203
Convolution2D(8, 3, 3, padding='same')  # KRS203
Convolution2D(8, 3.0, 3)  # KRS203
Convolution2D(8, nb_row=3)  # KRS203
AtrousConvolution2D(8, (3, 3), dilation_rate=2)  # keeps its import
Embedding(1000, 64, dropout=0.2)  # KRS105
BatchNormalization(mode=2)  # KRS105
Convolution2D(8, (3, 3), border_mode='full')  # KRS109
LSTM(8, input_length=10)  # KRS201
LSTM(8, forget_bias_init='zero')  # KRS202
merge([a, b], mode='cos')  # KRS102
merge([a, b], mode=lambda xs: xs[0] - xs[1], output_shape=(4,))  # KRS102
merge([a, b], mode='concat', output_shape=(8,))  # KRS102
branches = Sequential()
branches.add(Merge([left_model, right_model], mode='concat'))  # KRS102
model.fit_generator(gen, samples_per_epoch=6400, nb_val_samples=640)  # KRS301 KRS301
model.compile('sgd', 'mse', metrics=['fmeasure'])  # KRS106


class Scale(Layer):
    def get_output_shape_for(self, input_shape):  # KRS401
        return input_shape
