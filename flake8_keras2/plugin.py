"""The flake8 entry point: one checker class, one pass over the tree."""
from __future__ import annotations

import ast
import logging
from typing import Iterator, Sequence, Tuple

import keras2_lint
from keras2_lint.rules import DEFAULT_DISABLED_CODES

LOG = logging.getLogger(__name__)


def mentions_keras(lines: Sequence[str]) -> bool:
    return any("keras" in line for line in lines)


def check_tree(tree: ast.AST) -> list:
    """All findings of one parsed module (used by the plugin and by tests)."""
    # imported on first use: a run over Keras-free files never loads the catalogue
    from flake8_keras2.resolver import Resolver
    from keras2_lint.checks import FileReport

    report = FileReport()
    Resolver(report).run(tree)
    return report.finish()


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
            findings = check_tree(self.tree)
        except RecursionError:
            LOG.warning("keras2-lint: %s is nested too deeply to check", self.filename)
            return
        except Exception:  # a bug of ours must not abort flake8's whole run
            LOG.exception("keras2-lint: internal error on %s, file skipped", self.filename)
            return
        for finding in findings:
            line, column = finding.anchor
            yield line, column, f"{finding.code} {finding.message}", type(self)
