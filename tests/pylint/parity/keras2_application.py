"""Keras 2 code: nothing to report, even with look-alike keywords on other libraries."""
import numpy as np
from keras import backend as K
from keras.layers import Input, Conv2D, MaxPooling2D, Flatten, Dense, Dropout, concatenate
from keras.layers import Layer, LSTM
from keras.models import Model, Sequential
from keras.preprocessing.image import ImageDataGenerator
from keras.utils import to_categorical
from sklearn.cluster import KMeans


class Attention(Layer):
    def build(self, input_shape):
        self.kernel = self.add_weight(name='kernel', shape=(input_shape[-1], 1),
                                      initializer='glorot_uniform')
        super(Attention, self).build(input_shape)

    def call(self, inputs):
        return K.sum(inputs * K.softmax(K.dot(inputs, self.kernel), axis=1), axis=1)

    def compute_output_shape(self, input_shape):
        return (input_shape[0], input_shape[-1])


image = Input(shape=(32, 32, 3))
x = Conv2D(32, (3, 3), padding='same', activation='relu', kernel_initializer='he_normal')(image)
x = MaxPooling2D(pool_size=(2, 2), data_format='channels_last')(x)
branch = Dense(16, kernel_regularizer=None)(Flatten()(x))
joined = concatenate([branch, branch], axis=-1)
model = Model(inputs=image, outputs=Dense(10, activation='softmax')(Dropout(0.5)(joined)))
model.compile('adam', 'categorical_crossentropy', metrics=['accuracy'])
labels = to_categorical(np.arange(10), num_classes=10)
generator = ImageDataGenerator(data_format='channels_last').flow(np.zeros((10, 32, 32, 3)), labels)
model.fit_generator(generator, steps_per_epoch=10, epochs=2, validation_steps=2,
                    workers=2, use_multiprocessing=False, max_queue_size=10)
model.fit(np.zeros((10, 32, 32, 3)), labels, epochs=3)
recurrent = Sequential([LSTM(8, input_shape=(5, 4), recurrent_dropout=0.1, implementation=2)])
clusters = KMeans(init='k-means++', n_clusters=3).fit(np.zeros((9, 2)))
