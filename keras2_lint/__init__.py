"""keras2-lint: the Keras 1 -> Keras 2 rule catalogue shared by the flake8 and pylint plugins."""

__version__ = "0.1.0"
