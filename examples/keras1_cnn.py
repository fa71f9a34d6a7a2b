"""A small image classifier written against the Keras 1 API (2016 style).

Run `flake8 examples/keras1_cnn.py` to see every Keras 1 form and its Keras 2 replacement.
"""
import numpy as np
from keras import backend as K
from keras.layers import Activation, Convolution2D, Dense, Dropout, Flatten, MaxPooling2D
from keras.layers import BatchNormalization, Input, merge
from keras.models import Model
from keras.preprocessing.image import ImageDataGenerator
from keras.regularizers import l2
from keras.utils import np_utils

NB_CLASSES = 10
if K.image_dim_ordering() == 'th':
    INPUT_SHAPE = (3, 32, 32)
else:
    INPUT_SHAPE = (32, 32, 3)


def conv_block(x, nb_filter):
    x = Convolution2D(nb_filter, 3, 3, border_mode='same', init='he_normal',
                      W_regularizer=l2(1e-4))(x)
    x = BatchNormalization(mode=0, axis=1)(x)
    return Activation('relu')(x)


def build_model():
    inputs = Input(shape=INPUT_SHAPE)
    left = conv_block(inputs, 32)
    right = conv_block(inputs, 32)
    x = merge([left, right], mode='concat', concat_axis=1)
    x = MaxPooling2D(pool_size=(2, 2), dim_ordering='th')(x)
    x = Dropout(p=0.25)(x)
    x = Flatten()(x)
    x = Dense(output_dim=256, activation='relu')(x)
    outputs = Dense(NB_CLASSES, activation='softmax')(x)
    model = Model(input=inputs, output=outputs)
    model.compile(loss='categorical_crossentropy', optimizer='adam',
                  metrics=['accuracy', 'fmeasure'])
    return model


def train(x_train, y_train):
    y_train = np_utils.to_categorical(y_train, nb_classes=NB_CLASSES)
    model = build_model()
    datagen = ImageDataGenerator(horizontal_flip=True, dim_ordering='th')
    model.fit_generator(datagen.flow(x_train, y_train, batch_size=32),
                        samples_per_epoch=len(x_train), nb_epoch=20)
    return model


if __name__ == '__main__':
    train(np.zeros((64,) + INPUT_SHAPE), np.zeros(64))
