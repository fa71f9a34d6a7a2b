"""Names and keywords that look like Keras 1 but are not Keras: nothing is reported."""
import theano.tensor as T
from sklearn.cluster import KMeans
from sklearn.linear_model import SGDClassifier
from theano.tensor.nnet import conv2d
from lasagne.layers import DenseLayer, Conv2DLayer


def Dense(output_dim, init='uniform'):
    return (output_dim, init)


layer = Dense(output_dim=3, init='normal')
clusters = KMeans(init='k-means++', n_clusters=8).fit(points)
output = conv2d(images, filters, border_mode='full')
pooled = T.signal.pool.pool_2d(images, ws=(2, 2), ignore_border=True, mode='max')
classifier = SGDClassifier().fit(features, labels)
dense = DenseLayer(incoming, num_units=10, W=None, b=None)
conv = Conv2DLayer(incoming, num_filters=32, filter_size=3, pad='full')
merged = merge([a, b], mode='concat')
history = model.fit(x, y, nb_epoch=10)
