"""The flake8 entry point: one checker class over the ast front-end (keras2_lint.astfront)."""
from __future__ import annotations

import ast
import logging
from typing import Iterator, Sequence, Tuple

import keras2_lint
from keras2_lint.astfront.check import check_tree, mentions_keras
from keras2_lint.rules import DEFAULT_DISABLED_CODES

LOG = logging.getLogger(__name__)


class Keras2Checker:
    name = "flake8-keras2"
    version = keras2_lint.__version__

    def __init__(self, tree: ast.AST, lines: Sequence[str] = (), filename: str = "") -> None:
        self.tree = tree
        self.lines = lines
        self.filename = filename

    @classmethod
    def add_options(cls, option_manager) -> None:
        option_manager.extend_default_ignore(list(DEFAULT_DISABLED_CODES))

    def run(self) -> Iterator[Tuple[int, int, str, type]]:
        if self.lines and not mentions_keras(self.lines):
            return
        try:
            findings = check_tree(self.tree, self.lines or None)
        except RecursionError:
            LOG.warning("keras2-lint: %s is nested too deeply to check", self.filename)
            return
        except Exception:  # a bug of ours must not abort flake8's whole run
            LOG.exception("keras2-lint: internal error on %s, file skipped", self.filename)
            return
        for finding in findings:
            line, column = finding.anchor
            yield line, column, f"{finding.code} {finding.message}", type(self)
