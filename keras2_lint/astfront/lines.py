"""Which lines spell which identifiers: lets the resolver skip the statements that name
nothing the catalogue could report on, at the cost of one pass over the text."""
from __future__ import annotations

from itertools import accumulate
from operator import not_
from typing import AbstractSet, List, Sequence

# Every ASCII character that cannot be part of an identifier, but the line break, becomes a
# space: what is left between spaces is an identifier, a number or (in strings and comments)
# any other run of text, whatever script it is written in.
_TO_SPACES = str.maketrans({character: " " for character in map(chr, range(128))
                            if not (character.isalnum() or character in "_\n")})


class LineWords:
    """The identifiers of each line of a module's text (comments and strings included: a line
    that only seems to name something is checked for nothing), numbered as the parser numbers
    lines: "\\r\\n", "\\r" and "\\n" end one, whatever lines the text was handed in."""

    def __init__(self, lines: Sequence[str]):
        self.text = text = "".join(lines)
        if "\r" in text:
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        if not text.isascii():
            import unicodedata  # only a file with non-ASCII text pays for loading it

            text = unicodedata.normalize("NFKC", text)  # as the parser spells names
        # each line's words are split out again by each hits_before: keeping them all
        # between calls costs more than the rare second call
        self._lines = text.translate(_TO_SPACES).split("\n")

    def hits_before(self, names: AbstractSet[str]) -> List[int]:
        """For each line number n from 0, how many of lines 1 to n spell any of ``names``: a
        statement from line a to line b spells one if the counts at b and at a - 1 differ."""
        return [0, *accumulate(map(not_, map(names.isdisjoint, map(str.split, self._lines))))]

    def cover(self, tree) -> bool:
        """Whether these can be the lines ``tree`` was parsed from (as far as lengths tell)."""
        body = getattr(tree, "body", None)
        last = getattr(body[-1], "end_lineno", None) if body else 0
        return last is not None and last <= len(self._lines)
