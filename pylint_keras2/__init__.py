"""pylint plugin reporting Keras 1 code with its Keras 2 replacement (checker ``keras2``).

Load it with ``pylint --load-plugins=pylint_keras2`` or ``load-plugins = ["pylint_keras2"]``
in ``[tool.pylint.main]``.
"""
from pylint_keras2.checker import Keras2Checker

__all__ = ["Keras2Checker", "register"]


def register(linter) -> None:
    """pylint's plugin entry point."""
    linter.register_checker(Keras2Checker(linter))
