"""Valid Keras 2 code: nothing may be reported here."""
import keras
from keras import backend as K
from keras.callbacks import ReduceLROnPlateau
from keras.layers import (LSTM, BatchNormalization, Conv1D, Conv2D, Conv2DTranspose, Dense,
                          Dropout, Embedding, GlobalAveragePooling2D, Input, Lambda,
                          MaxPooling2D, SpatialDropout1D, ZeroPadding2D, add, concatenate)
from keras.models import Model, Sequential
from keras.preprocessing.image import ImageDataGenerator
from keras.preprocessing.text import Tokenizer
from keras.regularizers import l1_l2, l2
from keras.utils import plot_model, to_categorical


class Scale(keras.layers.Layer):
    def build(self, input_shape):
        self.kernel = self.add_weight(name='kernel', shape=(input_shape[-1],),
                                      initializer='ones', trainable=True)
        super(Scale, self).build(input_shape)

    def call(self, inputs, mask=None):
        return inputs * self.kernel

    def compute_output_shape(self, input_shape):
        return input_shape


def build_model(num_classes=10):
    inputs = Input(shape=(32, 32, 3))
    x = ZeroPadding2D(((1, 1), (2, 2)))(inputs)
    x = Conv2D(32, (3, 3), padding='same', activation='relu',
               kernel_regularizer=l2(1e-4), data_format='channels_last')(x)
    x = Conv2D(32, 3, strides=2, kernel_initializer='he_normal')(x)
    x = BatchNormalization(axis=-1, momentum=0.9)(x)
    x = MaxPooling2D(pool_size=(2, 2), strides=(2, 2), padding='valid')(x)
    x = Conv2DTranspose(16, (3, 3), strides=(2, 2))(x)
    x = GlobalAveragePooling2D(data_format='channels_last')(x)
    x = Scale()(x)
    left = Dense(units=64, activation='relu', kernel_regularizer=l1_l2(0.01, 0.01))(x)
    right = Dense(64, activation='relu', use_bias=False)(x)
    x = concatenate([left, right], axis=-1)
    x = add([x, x])
    x = Dropout(rate=0.5)(x)
    x = Lambda(lambda t: t * 2, output_shape=(128,))(x)
    outputs = Dense(num_classes, activation='softmax')(x)
    model = Model(inputs=inputs, outputs=outputs)
    model.compile(optimizer='adam', loss='categorical_crossentropy', metrics=['accuracy'])
    return model


def build_text_model():
    model = Sequential()
    model.add(Embedding(10000, 128, input_length=100))
    model.add(SpatialDropout1D(0.2))
    model.add(Conv1D(64, 5, activation='relu', input_shape=(100, 128)))
    model.add(LSTM(units=32, recurrent_dropout=0.2, dropout=0.2, implementation=2,
                   unit_forget_bias=True))
    model.add(Dense(1, activation='sigmoid', input_dim=32))
    return model


def train(model, x, y, generator, validation):
    y = to_categorical(y, num_classes=10)
    model.fit(x, y, epochs=10, batch_size=32, callbacks=[ReduceLROnPlateau(min_delta=1e-4)])
    model.fit_generator(generator, steps_per_epoch=100, epochs=5, validation_data=validation,
                        validation_steps=10, workers=2, use_multiprocessing=False,
                        max_queue_size=10)
    model.evaluate_generator(generator, steps=10)
    model.predict_generator(generator, steps=10)
    datagen = ImageDataGenerator(rotation_range=20, data_format='channels_last')
    datagen.flow(x, y, batch_size=32)
    tokenizer = Tokenizer(num_words=1000)
    if K.image_data_format() == 'channels_first':
        K.set_image_data_format('channels_last')
    plot_model(model, to_file='model.png')
    return tokenizer
