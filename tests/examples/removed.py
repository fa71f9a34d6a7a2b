"""Keras 1 forms that fail on Keras 2 (KRS1xx). Expected codes are in trailing comments."""
import keras
from keras import backend as K
from keras import regularizers
from keras.layers import Dense, Embedding, BatchNormalization, MaxPooling2D, Lambda
from keras.layers import LSTM, Convolution2D, Deconvolution2D, ZeroPadding2D, ZeroPadding1D
from keras.layers import merge, Merge  # KRS102
from keras.layers.core import TimeDistributedDense  # KRS101
from keras.layers.core import MaxoutDense, Highway  # KRS101 KRS101
from keras.layers.advanced_activations import SReLU  # KRS101
from keras.models import Sequential, Model
from keras.utils import np_utils
from keras.utils.visualize_util import plot  # KRS103
from keras import initializations  # KRS103
import keras.initializations as inits  # KRS103
from keras.regularizers import l1l2, activity_l2  # KRS104 KRS104
from keras.preprocessing.image import ImageDataGenerator

model = Sequential()
model.add(TimeDistributedDense(64))
model.add(keras.layers.TimeDistributedDense(64))  # KRS101
model.add(Embedding(1000, 64, dropout=0.2))  # KRS105
model.add(BatchNormalization(mode=1))  # KRS105
model.add(BatchNormalization(mode=0))  # KRS105
model.add(Dense(64, 'uniform', 'relu'))  # KRS108
model.add(LSTM(32, 'tanh'))  # KRS108
model.add(Embedding(1000, 64, 'uniform'))  # KRS108
model.add(BatchNormalization(1e-3))  # KRS108
model.add(MaxPooling2D((2, 2), (2, 2), 'valid', 'th'))  # KRS108
model.add(Convolution2D(32, 3, 3, 'glorot_uniform'))  # KRS108
model.add(Lambda(lambda t: t, (10,), {'a': 1}))  # KRS108
model.add(Convolution2D(32, 3, 3, border_mode='full'))  # KRS203 KRS109
model.add(ZeroPadding2D(padding=(1, 1, 2, 2)))  # KRS109
model.add(ZeroPadding1D(padding={'left_pad': 1, 'right_pad': 2}))
model.add(Deconvolution2D(32, 3, 3, (None, 14, 14, 32)))  # KRS105 KRS203
model.add(Deconvolution2D(32, (3, 3), output_shape=(None, 14, 14, 32)))  # KRS105

a = b = keras.layers.Input(shape=(8,))
summed = merge([a, b], mode='sum')  # KRS102
joined = merge([a, b], mode='concat', concat_axis=1)  # KRS102
product = merge([a, b], mode='dot', dot_axes=1)  # KRS102
custom = merge([a, b], mode=lambda t: t[0] - t[1], output_shape=(8,))  # KRS102
plain = merge([a, b])  # KRS102
branches = Merge([model, model], mode='concat')  # KRS102
layered = keras.layers.Merge([model, model], mode='mul')  # KRS102

model.compile('adam', 'binary_crossentropy', metrics=['accuracy', 'fmeasure'])  # KRS106
model.compile(optimizer='adam', loss='mse', metrics=['precision', 'recall'])  # KRS106 KRS106
model.compile('sgd', 'mse', class_mode='binary')  # KRS105
score = keras.metrics.fbeta_score  # KRS106
model.fit(x, y, show_accuracy=True)  # KRS105
model.train_on_batch(x, y, accuracy=True)  # KRS105

y_one_hot = np_utils.to_categorical(y, nb_classes=10)  # KRS107
y_one_hot = keras.utils.to_categorical(y, nb_classes=10)  # KRS107
datagen = ImageDataGenerator(rotation_range=20, dim_ordering='th')  # KRS107
flow = datagen.flow(X=x, y=y)  # KRS107
norm = keras.constraints.maxnorm(m=2)  # KRS107
hot = K.one_hot(indices, nb_classes=10)  # KRS107
expanded = K.expand_dims(x, dim=-1)  # KRS107
noise = K.random_normal((3, 3), std=0.1)  # KRS107
conv = K.conv2d(x, kernel, border_mode='same', dim_ordering='th')  # KRS107 KRS107

classes = np_utils.probas_to_classes(predictions)  # KRS104
less = K.lesser(a, b)  # KRS104
deconv = K.deconv2d(x, kernel, (1, 2, 3))  # KRS104
reg = regularizers.l1l2(l1=0.01, l2=0.01)  # KRS104
act = regularizers.activity_l1(0.01)  # KRS104
weights = keras.initializations.glorot_uniform((3, 3))  # KRS103
other = inits.uniform((3, 3))
plot(model, to_file='model.png')
l1l2(0.1)
