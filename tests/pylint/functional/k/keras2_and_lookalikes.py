"""Keras 2 code and other libraries' look-alike keywords: nothing to report."""
# pylint: disable=import-error,invalid-name,missing-function-docstring
from keras.layers import Conv2D, Dense
from keras.models import Model
from sklearn.cluster import KMeans


def Merge(inputs, mode):
    return inputs, mode


dense = Dense(units=64, kernel_initializer='uniform')
conv = Conv2D(32, (3, 3), padding='same')
model = Model(inputs=dense, outputs=conv)
clusters = KMeans(init='k-means++', n_clusters=3)
merged = Merge([dense, conv], mode='concat')
