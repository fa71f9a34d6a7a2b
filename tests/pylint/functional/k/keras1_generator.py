"""Generator counts that silently change meaning in Keras 2."""
# pylint: disable=import-error,invalid-name
from keras.models import Sequential
from keras.wrappers.scikit_learn import KerasClassifier

model = Sequential()
x_train = [[0.0]] * 64
model.fit_generator(iter(x_train), samples_per_epoch=6400,  # [keras1-samples-not-steps]
                    nb_val_samples=640)  # [keras1-samples-not-steps]
model.fit_generator(iter(x_train), len(x_train), 10)  # [keras1-generator-positional]
wrapped = KerasClassifier(build_fn=Sequential, nb_epoch=10)  # [keras1-sklearn-nb-epoch]
model.fit(x_train, x_train, batch_size=32)
