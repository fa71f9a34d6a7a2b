"""flake8 plugin reporting Keras 1 code with its Keras 2 replacement (codes KRS...)."""
from flake8_keras2.plugin import Keras2Checker

__all__ = ["Keras2Checker"]
