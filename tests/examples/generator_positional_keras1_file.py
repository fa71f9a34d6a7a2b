"""Positional generator counts are reported in a file that shows other Keras 1 forms."""
from keras.layers import Dense

layer = Dense(output_dim=10)  # KRS201
model.fit_generator(generator, 2000, 10)  # KRS302
model.evaluate_generator(generator, 500)  # KRS302
