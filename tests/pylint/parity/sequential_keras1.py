"""Keras 1 Sequential training script with generators and an image augmenter."""
from __future__ import print_function

import numpy as np
from keras.models import Sequential
from keras.layers.core import Dense, Activation, TimeDistributedDense, MaxoutDense
from keras.layers.convolutional import Convolution2D, ZeroPadding2D, AtrousConvolution2D
from keras.layers.recurrent import GRU
from keras.preprocessing.image import ImageDataGenerator
from keras.utils import np_utils
from keras.callbacks import ReduceLROnPlateau
from keras.optimizers import SGD

batch_size = 32
nb_classes = 10
x_train = np.random.rand(512, 3, 32, 32)
y_train = np_utils.to_categorical(np.random.randint(nb_classes, size=512), nb_classes)
y_check = np_utils.to_categorical(np.arange(10), nb_classes=nb_classes)

model = Sequential()
model.add(ZeroPadding2D((1, 1, 1, 1), input_shape=(3, 32, 32)))
model.add(ZeroPadding2D(padding={'top_pad': 1, 'bottom_pad': 1, 'left_pad': 2, 'right_pad': 2}))
model.add(Convolution2D(32, 3, 3, 'glorot_uniform', 'relu'))
model.add(AtrousConvolution2D(16, 3, 3, atrous_rate=(2, 2)))
model.add(Dense(64, 'uniform', 'relu'))
model.add(MaxoutDense(32, nb_feature=4))
model.add(Activation('softmax'))

recurrent = Sequential([GRU(32, input_dim=16, input_length=10, return_sequences=True),
                        TimeDistributedDense(8)])

sgd = SGD(lr=0.01, decay=1e-6, momentum=0.9, nesterov=True)
model.compile(loss='categorical_crossentropy', optimizer=sgd, class_mode='categorical')

augmenter = ImageDataGenerator(rotation_range=10, dim_ordering='th')
augmenter.fit(x_train)
flow = augmenter.flow(X=x_train, y=y_train, batch_size=batch_size)
model.fit_generator(flow, samples_per_epoch=len(x_train), nb_epoch=5, nb_worker=2,
                    pickle_safe=True, max_q_size=10,
                    callbacks=[ReduceLROnPlateau(patience=2, epsilon=1e-4)],
                    validation_data=flow, nb_val_samples=64)
model.fit_generator(flow, len(x_train), 5)
model.fit_generator(flow, x_train.shape[0] // batch_size, 5)
score = model.evaluate_generator(flow, val_samples=128)
predictions = model.predict_generator(flow, 128)
model.fit(x_train, y_train, batch_size=batch_size)
model.fit(x_train, y_train, batch_size=batch_size, epochs=2)
model.train_on_batch(x_train[:32], y_train[:32], accuracy=True)
print(score, predictions.shape)
