"""Keras 1 backend code and utilities: dim ordering, convolutions, plotting, losses."""
import keras
import keras.backend as K
import keras.utils.visualize_util as vis
from keras import objectives, constraints, regularizers
from keras.utils.np_utils import probas_to_classes, to_categorical
from keras.utils.visualize_util import plot
from keras.wrappers.scikit_learn import KerasClassifier
from keras.datasets import imdb
from keras.preprocessing.text import Tokenizer
from keras.applications.imagenet_utils import preprocess_input

if K.image_dim_ordering() == 'th':
    K.set_image_dim_ordering('tf')

inputs = K.placeholder(shape=(None, 3, 32, 32))
kernel = K.variable(K.random_normal((3, 3, 3, 8), std=0.1))
features = K.conv2d(inputs, kernel, border_mode='same', dim_ordering='th',
                    image_shape=(None, 3, 32, 32), filter_shape=(3, 3, 3, 8))
pooled = K.pool2d(features, (2, 2), border_mode='valid', dim_ordering='th')
padded = K.spatial_2d_padding(pooled, padding=(1, 1), dim_ordering='th')
noise = K.random_uniform((3,), low=-1.0, high=1.0)
mask = K.lesser(noise, 0.0)
hot = K.one_hot(K.variable([1, 2]), nb_classes=4)
expanded = K.expand_dims(noise, dim=-1)

loss = objectives.categorical_crossentropy
norm = constraints.maxnorm(2)
regularizer = regularizers.l1l2(l1=0.01, l2=0.01)
weight_regularizer = regularizers.WeightRegularizer(l2=0.01)

(x_train, y_train), _ = imdb.load_data(nb_words=5000, test_split=0.2)
tokenizer = Tokenizer(nb_words=5000)
labels = to_categorical(y_train, nb_classes=2)
classes = probas_to_classes(labels)
images = preprocess_input(x_train, dim_ordering='th')

classifier = KerasClassifier(build_fn=lambda: None, nb_epoch=10, batch_size=32)
plot(keras.models.Sequential(), to_file='model.png', show_shapes=True)
vis.plot(None, to_file='other.png')
keras.utils.visualize_util.model_to_dot(None)
