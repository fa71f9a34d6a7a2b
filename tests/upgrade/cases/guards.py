"""Code for Keras 1 and Keras 2 alike: the Keras 1 side of each test of Keras stays as it is,
byte for byte, and so does what it reads; the code outside the tests is rewritten."""
import keras
from keras import backend as K
from keras.layers import AtrousConvolution2D, Dense, Input  # KRS204
from keras.models import Model


def dilated(filters):
    if keras.__version__.startswith('1'):
        return AtrousConvolution2D(filters, 3, 3, atrous_rate=(2, 2), border_mode='same')
    return keras.layers.Conv2D(filters, (3, 3), dilation_rate=(2, 2), padding='same')


def channels_first():
    if hasattr(K, 'image_dim_ordering'):
        return K.image_dim_ordering() == 'th'
    return K.image_data_format() == 'channels_first'


def dense(units):
    if int(keras.__version__[0]) < 2:
        return Dense(output_dim=units, init='he_normal')  # Keras 1's spelling, kept
    return Dense(units, kernel_initializer='he_normal')


def model(inputs, outputs):
    return (Model(input=inputs, output=outputs) if keras.__version__ < '2'
            else Model(inputs=inputs, outputs=outputs))


inputs = Input(shape=(32, 32, 3))
hidden = Dense(output_dim=64, init='uniform')(keras.layers.Flatten()(dilated(8)(inputs)))
classifier = Model(input=inputs, output=Dense(output_dim=10)(hidden))
