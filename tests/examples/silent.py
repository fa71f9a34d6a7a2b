"""Keras 1 forms whose meaning changes silently on Keras 2 (KRS3xx)."""
from keras.models import Sequential
from keras.wrappers.scikit_learn import KerasClassifier, KerasRegressor

model = Sequential()
model.fit_generator(gen, samples_per_epoch=6400, nb_val_samples=640)  # KRS301 KRS301
model.evaluate_generator(gen, val_samples=1000)  # KRS301
model.predict_generator(gen, val_samples=1000)  # KRS301
model.fit_generator(gen, len(x_train), 10)  # KRS302
model.evaluate_generator(gen, x_test.shape[0])  # KRS302
model.predict_generator(gen, iterator.nb_sample)  # KRS302
classifier = KerasClassifier(build_fn=make_model, nb_epoch=10, batch_size=32)  # KRS303
regressor = KerasRegressor(make_model, nb_epoch=5)  # KRS303
