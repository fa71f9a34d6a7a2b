"""The flake8 entry point: one checker class, one pass over the tree."""
from __future__ import annotations

import ast
import logging
from typing import Iterator, Optional, Sequence, Tuple

import keras2_lint
from keras2_lint.rules import DEFAULT_DISABLED_CODES

LOG = logging.getLogger(__name__)


def mentions_keras(lines: Sequence[str]) -> bool:
    return "keras" in "".join(lines)  # one search in C, not a Python loop over the lines


def check_tree(tree: ast.AST, lines: Optional[Sequence[str]] = None) -> list:
    """All findings of one parsed module (used by the plugin and by tests).

    Given the module's lines, only the statements that name something the catalogue could
    report on are visited: the names the file binds to Keras are only known once it has been
    resolved, so it is resolved again, looking for more names, until none is new.
    """
    # imported on first use: a run over Keras-free files never loads the catalogue
    from flake8_keras2.lines import LineWords
    from flake8_keras2.resolver import Resolver, keras_imports
    from keras2_lint.checks import FileReport
    from keras2_lint.names import words_to_find

    line_words = LineWords(lines) if lines is not None else None
    if line_words is None or not line_words.cover(tree) or ":=" in line_words.text:
        report = FileReport()  # a walrus binds inside expressions, which a skip would miss
        Resolver(report).run(tree)
        return report.finish()
    names, star = keras_imports(tree)
    words = words_to_find(names, star)
    while True:
        report = FileReport()
        resolver = Resolver(report, line_words.hits_before(words))
        resolver.run(tree)
        names |= resolver.keras_names
        star = star or resolver.star_imported
        wanted = words_to_find(names, star)
        if wanted == words:
            return report.finish()
        words = wanted


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
