"""The linted module's source text, for the two things astroid does not keep.

* The text of an argument, spelled as the flake8 front-end spells it (``ast.unparse`` of the
  expression, so both front-ends write the same messages): the node's source segment is
  parsed again on its own and unparsed.
* The position of each name of an ``import`` statement (astroid keeps ``(name, asname)``
  pairs only): the statement's segment is parsed again on its own.

Positions are those of Python's parser: 1-based lines, 0-based columns counted in UTF-8 bytes.
Nothing here imports or runs the linted code.
"""
from __future__ import annotations

import ast
import functools
import io
import re
import tokenize
from typing import List, Optional, Sequence, Tuple

_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_MAX_TEXT = 60
_MAX_CACHED = 500


Position = Tuple[int, int, Optional[int], Optional[int]]  # line, col, end line, end col


class Source:
    """The UTF-8 lines of one module (empty when its text cannot be read)."""

    def __init__(self, lines: Sequence[bytes] = ()):
        self.lines = list(lines)

    @classmethod
    def from_bytes(cls, data: bytes) -> "Source":
        try:
            encoding = tokenize.detect_encoding(io.BytesIO(data).readline)[0]
        except (SyntaxError, LookupError):
            encoding = "utf-8"
        if encoding == "utf-8" and _is_utf8(data):
            return cls(_utf8_lines(data))
        try:
            text = data.decode(encoding, errors="replace")
        except LookupError:  # a codec that is not a text encoding
            text = data.decode("utf-8", errors="replace")
        return cls([line.encode("utf-8") for line in _LINE_BREAK.split(text)])

    def segment(self, node) -> Optional[str]:
        """The exact source text of a node, or None without positions."""
        first, last = getattr(node, "lineno", None), getattr(node, "end_lineno", None)
        col, end_col = getattr(node, "col_offset", None), getattr(node, "end_col_offset", None)
        if None in (first, last, col, end_col) or not 0 < first <= last <= len(self.lines):
            return None
        if first == last:
            chunk = self.lines[first - 1][col:end_col]
        else:
            chunk = b"\n".join([self.lines[first - 1][col:], *self.lines[first:last - 1],
                                self.lines[last - 1][:end_col]])
        return chunk.decode("utf-8", errors="replace")

    def expression_text(self, node) -> str:
        """``ast.unparse`` of the expression, cut to 60 characters like the flake8 side."""
        segment = self.segment(node)
        text = None if segment is None else _unparsed(segment)
        if text is None:
            try:
                text = node.as_string()
            except (AttributeError, ValueError, TypeError, RecursionError):
                text = "..."
        return text if len(text) <= _MAX_TEXT else text[:_MAX_TEXT - 3] + "..."

    def alias_positions(self, node) -> Optional[List[Position]]:
        """Positions of the names of an Import/ImportFrom node, in order (None if unknown)."""
        segment = self.segment(node)
        offsets = None if segment is None else _alias_offsets(segment)
        if offsets is None or len(offsets) != len(node.names):
            return None
        return [(node.lineno + line - 1, col + (node.col_offset if line == 1 else 0),
                 node.lineno + end_line - 1, end_col + (node.col_offset if end_line == 1 else 0))
                for line, col, end_line, end_col in offsets]


def _utf8_lines(data: bytes) -> List[bytes]:
    """The file's own lines, split as _LINE_BREAK splits (bytes.splitlines knows the same
    three line breaks, but leaves out the empty line after a final one)."""
    lines = data.splitlines()
    if not data or data.endswith((b"\n", b"\r")):
        lines.append(b"")
    return lines


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _cached(function):
    """Memoise a function of a source segment: the same short segments (``'relu'``,
    ``(3, 3)``, ``from keras.layers import Dense``) come back in file after file. Long
    segments are not kept."""
    cached = functools.lru_cache(maxsize=4096)(function)

    @functools.wraps(function)
    def wrapper(segment: str):
        return cached(segment) if len(segment) <= _MAX_CACHED else function(segment)

    return wrapper


@_cached
def _unparsed(segment: str) -> Optional[str]:
    try:
        return ast.unparse(ast.parse(f"(\n{segment}\n)", mode="eval").body)
    except (SyntaxError, ValueError, TypeError, RecursionError, MemoryError):
        return None


@_cached
def _alias_offsets(segment: str) -> Optional[Tuple[Tuple[int, int, int, int], ...]]:
    """(line, col, end line, end col) of each name of an import statement, relative to the
    statement's own text; None before Python 3.10, whose ``ast.alias`` has no position."""
    try:
        statement = ast.parse(segment).body[0]
    except (SyntaxError, ValueError, IndexError, RecursionError, MemoryError):
        return None
    aliases = getattr(statement, "names", ())
    if not all(hasattr(alias, "lineno") for alias in aliases):
        return None
    return tuple((alias.lineno, alias.col_offset, alias.end_lineno, alias.end_col_offset)
                 for alias in aliases)
