"""Where each cell's ``source`` lies in a notebook's JSON text, so that a rewrite replaces only
the strings of the lines it changed and every other character of the file stays.

The stdlib decoder gives values, not positions, so this scanner walks the text once with
regular expressions (a notebook of images is megabytes of base64 strings) and keeps only the
positions of ``cells[i]["source"]`` and of its strings. Raw control characters inside strings
are read, as ``json.loads(strict=False)`` reads them: real notebooks have them.
"""
from __future__ import annotations

import json
import re
from typing import List, Optional, Tuple

_WHITESPACE = re.compile(r"[ \t\n\r]*")
_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.S)
_SCALAR = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?|true|false|null")


class NotNotebook(ValueError):
    """The text is not the JSON of a notebook whose cells this module can place."""


class Strings:
    """The strings of a cell's ``source``: each one's (start, end) in the text, and whether
    they are the items of an array (else ``source`` is one string)."""

    __slots__ = ("spans", "in_array", "start", "end")

    def __init__(self, spans: List[Tuple[int, int]], in_array: bool, start: int, end: int):
        self.spans = spans
        self.in_array = in_array
        self.start, self.end = start, end  # the whole value


class Cell:
    __slots__ = ("kind", "lines", "source")

    def __init__(self, kind: str, lines: List[str], source: Optional[Strings]):
        self.kind = kind
        self.lines = lines  # the decoded strings of source
        self.source = source


class _Scanner:
    def __init__(self, text: str):
        self.text = text

    def skip(self, at: int) -> int:
        return _WHITESPACE.match(self.text, at).end()

    def expect(self, at: int, char: str) -> int:
        at = self.skip(at)
        if not self.text.startswith(char, at):
            raise NotNotebook(f"expected {char!r} at character {at}")
        return at + 1

    def string(self, at: int) -> Tuple[str, int]:
        match = _STRING.match(self.text, at)
        if match is None:
            raise NotNotebook(f"expected a string at character {at}")
        return json.loads(match.group(), strict=False), match.end()

    def value_end(self, at: int) -> int:
        """The end of the value starting at ``at``, its nesting walked with a stack."""
        depth = 0
        while True:
            at = self.skip(at)
            char = self.text[at:at + 1]
            if char == '"':
                at = self.string(at)[1]
            elif char in ("[", "{"):
                depth, at = depth + 1, at + 1
                continue
            elif char in ("]", "}"):
                depth, at = depth - 1, at + 1
            elif char in (",", ":") and depth:
                at += 1
                continue
            else:
                match = _SCALAR.match(self.text, at)
                if match is None:
                    raise NotNotebook(f"unexpected {char!r} at character {at}")
                at = match.end()
            if depth == 0:
                return at

    def members(self, at: int):
        """(key, value start, value end) of an object's members; the object starts at ``at``."""
        at = self.expect(at, "{")
        if self.text.startswith("}", self.skip(at)):
            return
        while True:
            key, at = self.string(self.skip(at))
            at = self.skip(self.expect(at, ":"))
            end = self.value_end(at)
            yield key, at, end
            at = self.skip(end)
            if self.text.startswith("}", at):
                return
            at = self.expect(at, ",")

    def items(self, at: int):
        """(start, end) of an array's items; the array starts at ``at``."""
        at = self.expect(at, "[")
        if self.text.startswith("]", self.skip(at)):
            return
        while True:
            start = self.skip(at)
            end = self.value_end(start)
            yield start, end
            at = self.skip(end)
            if self.text.startswith("]", at):
                return
            at = self.expect(at, ",")


def cells(text: str) -> List[Cell]:
    """The cells of a notebook's JSON text (nbformat 4), with where their sources lie."""
    scanner = _Scanner(text)
    found = None
    for key, start, _end in scanner.members(scanner.skip(0)):
        if key == "cells":
            found = [_cell(scanner, item) for item in scanner.items(start)]
    if found is None:
        raise NotNotebook("no list of cells (not an nbformat 4 notebook)")
    return found


def _cell(scanner: _Scanner, span: Tuple[int, int]) -> Cell:
    if not scanner.text.startswith("{", span[0]):
        raise NotNotebook(f"a cell that is not an object at character {span[0]}")
    kind, lines, source = "", [], None
    for key, start, end in scanner.members(span[0]):
        if key == "cell_type":
            kind = json.loads(scanner.text[start:end], strict=False)
        elif key == "source":
            source, lines = _source(scanner, start, end)
    if not isinstance(kind, str):
        raise NotNotebook(f"a cell_type that is not a string at character {span[0]}")
    return Cell(kind, lines, source)


def _source(scanner: _Scanner, start: int, end: int):
    if scanner.text.startswith('"', start):
        return Strings([(start, end)], False, start, end), [scanner.string(start)[0]]
    if not scanner.text.startswith("[", start):
        raise NotNotebook(f"a source that is neither a string nor a list at character {start}")
    spans = list(scanner.items(start))
    lines = []
    for item_start, item_end in spans:
        if not scanner.text.startswith('"', item_start):
            raise NotNotebook(f"a source line that is not a string at character {item_start}")
        lines.append(scanner.string(item_start)[0])
    return Strings(spans, True, start, end), lines
