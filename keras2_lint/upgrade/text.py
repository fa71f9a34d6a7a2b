"""A module's text with the parser's positions: 1-based lines ended by "\\r\\n", "\\r" or
"\\n", columns counted in UTF-8 bytes. Edits are made on offsets into the text (characters),
so every other character stays as it was."""
from __future__ import annotations

import re
from typing import Tuple

_LINE_BREAK = re.compile(r"\r\n|\r|\n")


class SourceText:
    __slots__ = ("text", "starts")

    def __init__(self, text: str):
        self.text = text
        self.starts = [0, *(match.end() for match in _LINE_BREAK.finditer(text))]

    def offset(self, line: int, column: int) -> int:
        """The offset of a parser position (``column`` in UTF-8 bytes)."""
        start = self.starts[line - 1]
        end = self.starts[line] if line < len(self.starts) else len(self.text)
        segment = self.text[start:end]
        if segment.isascii():
            return start + column
        return start + len(segment.encode("utf-8")[:column].decode("utf-8", "replace"))

    def start(self, node) -> int:
        return self.offset(node.lineno, node.col_offset)

    def end(self, node) -> int:
        return self.offset(node.end_lineno, node.end_col_offset)

    def span(self, node) -> Tuple[int, int]:
        return self.start(node), self.end(node)

    def position(self, offset: int) -> Tuple[int, int]:
        """The parser position (line, UTF-8 byte column) of an offset."""
        low, high = 0, len(self.starts) - 1
        while low < high:  # the last line starting at or before the offset
            middle = (low + high + 1) // 2
            if self.starts[middle] <= offset:
                low = middle
            else:
                high = middle - 1
        prefix = self.text[self.starts[low]:offset]
        return low + 1, len(prefix.encode("utf-8")) if not prefix.isascii() else len(prefix)

    def line_start(self, offset: int) -> int:
        return self.starts[self.position(offset)[0] - 1]

    def line_end(self, offset: int) -> int:
        """The offset of the line break ending the line of ``offset`` (or the text's end)."""
        match = _LINE_BREAK.search(self.text, offset)
        return match.start() if match else len(self.text)

    def next_line(self, offset: int) -> int:
        """The offset of the line after the one of ``offset`` (the text's end on the last)."""
        match = _LINE_BREAK.search(self.text, offset)
        return match.end() if match else len(self.text)

    def newline(self) -> str:
        """The file's own line break: its first one, else "\\n"."""
        match = _LINE_BREAK.search(self.text)
        return match.group() if match else "\n"
