"""An MLP on MNIST, Python 2: tuple parameters and a tuple except target, for which the
Python 3 view adds a line, and a removed import next to a print statement."""
from keras.layers import Dense, Dropout
from keras.utils.np_utils import to_categorical
print 'imports done'
from keras.models import Sequential


def shapes((rows, cols), classes):
    return Dense(units=classes, input_dim=rows * cols, kernel_initializer='uniform')


pairs = map(lambda (a, b): Dense(output_dim=b, input_dim=a), [(784, 512)])  # KRS201
model = Sequential([shapes((28, 28), 512), Dropout(0.2)])
try:
    model.add(Dense(units=10, activation='softmax'))
except (TypeError, ValueError), (number, text):
    print 'cannot add: %d %s' % (number, text)
Y = to_categorical(labels, num_classes=10)
model.fit(X, Y, epochs=20, batch_size=128)
print 'loss', model.evaluate(X, Y, show_accuracy=True)  # KRS105
