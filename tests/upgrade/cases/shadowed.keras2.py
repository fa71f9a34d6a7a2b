"""Look-alikes that are not Keras: a rewrite must leave every byte of this file alone."""
from sklearn.cluster import KMeans
from theano.tensor.nnet import conv2d

from keras.layers import Dense as KerasDense


def Dense(output_dim, init=None):
    return output_dim, init


clusters = KMeans(n_clusters=8, init='k-means++')
feature_map = conv2d(images, filters, border_mode='full')
hidden = Dense(output_dim=64, init='uniform')
kept = KerasDense(64)
layers = [(lambda KerasDense: KerasDense(output_dim=3))(print)]


def build(merge):
    return merge([1, 2], mode='concat')
