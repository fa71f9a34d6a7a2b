"""pylint plugin reporting Keras 1 code with its Keras 2 replacement (checker ``keras2``)."""
