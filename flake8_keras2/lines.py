"""Which physical lines spell which identifiers: lets the resolver skip the statements that
name nothing the catalogue could report on, at the cost of one regular-expression scan."""
from __future__ import annotations

import re
from typing import AbstractSet, List, Sequence

_ASCII_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
# Outside strings and comments, a run of characters that are neither whitespace nor ASCII
# punctuation is an identifier or a number, whatever script it is written in.
_RUN = re.compile(r"[^\s!-/:-@\[-^`{-~]+")


def _words(line: str) -> List[str]:
    if line.isascii():
        return _ASCII_IDENTIFIER.findall(line)
    import unicodedata  # only a file with non-ASCII lines pays for loading it

    return _RUN.findall(unicodedata.normalize("NFKC", line))  # as the parser spells names


class LineWords:
    """The identifiers of each line of a module (comments and strings included: a line that
    only seems to name something is checked for nothing)."""

    def __init__(self, lines: Sequence[str]):
        self._words = [_words(line) for line in lines]

    def lines_naming(self, names: AbstractSet[str]) -> List[int]:
        """The (1-based, ascending) numbers of the lines that spell any of ``names``."""
        return [number for number, words in enumerate(self._words, 1)
                if not names.isdisjoint(words)]

    def cover(self, tree) -> bool:
        """Whether these can be the lines ``tree`` was parsed from (as far as lengths tell)."""
        body = getattr(tree, "body", None)
        last = getattr(body[-1], "end_lineno", None) if body else 0
        return last is not None and last <= len(self._words)
