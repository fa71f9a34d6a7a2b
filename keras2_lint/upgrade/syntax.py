"""The extents the parser does not record: a call's arguments with their redundant parentheses
and commas, and the names of an import statement. Found by scanning the text between the
nodes the parser placed, which holds only brackets, commas, blanks, comments and line joins
(the statement parsed, so nothing else can be there)."""
from __future__ import annotations

import ast
import re
from typing import List, Optional

from keras2_lint.upgrade.text import SourceText

_IDENTIFIER = re.compile(r"[^\W\d]\w*")
_DOTTED = re.compile(r"[^\W\d]\w*(?:\s*\.\s*[^\W\d]\w*)*")


def skip_blanks(text: str, index: int, end: int) -> int:
    """The first offset from ``index`` that is not a blank, a line break, a comment or a
    backslash joining lines."""
    while index < end:
        char = text[index]
        if char in " \t\f\r\n":
            index += 1
        elif char == "\\":
            index += 1  # a line join: the break after it is skipped next
        elif char == "#":
            while index < end and text[index] not in "\r\n":
                index += 1
        else:
            return index
    return index


def has_comment(text: str, start: int, end: int) -> bool:
    """Whether a stretch between nodes (no strings in it) holds a comment."""
    return "#" in text[start:end]


class Item:
    """One element of a comma-separated list: its extent (redundant parentheses included)
    and the offset of the comma after it, if any."""

    __slots__ = ("node", "start", "end", "comma")

    def __init__(self, node, start: int, end: int, comma: Optional[int]):
        self.node = node
        self.start = start
        self.end = end
        self.comma = comma


class Bracketed:
    """A bracketed list (a call's arguments): its brackets' offsets and its items."""

    __slots__ = ("open", "close", "items")

    def __init__(self, open_: int, close: int, items: List[Item]):
        self.open = open_
        self.close = close
        self.items = items

    def item_of(self, node) -> Optional[Item]:
        for item in self.items:
            if item.node is node:
                return item
        return None


def call_arguments(source: SourceText, call: ast.Call) -> Optional[Bracketed]:
    """The arguments of ``call`` in source order, or None when the text does not have the
    expected shape (a lone generator argument shares the call's parentheses)."""
    text = source.text
    close = source.end(call) - 1
    open_ = skip_blanks(text, source.end(call.func), close)
    if text[open_:open_ + 1] != "(" or text[close] != ")":
        return None
    nodes = sorted([*call.args, *call.keywords], key=lambda node: (node.lineno, node.col_offset))
    items: List[Item] = []
    index = open_ + 1
    for node in nodes:
        node_start, node_end = source.span(node)
        start, opened = _opening_parentheses(text, index, node_start)
        if start is None:
            return None
        end = _closing_parentheses(text, node_end, close, opened)
        if end is None:
            return None
        after = skip_blanks(text, end, close)
        comma = after if text[after] == "," else None
        items.append(Item(node, start, end, comma))
        index = after + 1 if comma is not None else after
    if skip_blanks(text, index, close) != close:
        return None
    return Bracketed(open_, close, items)


def _opening_parentheses(text: str, index: int, node_start: int):
    """The offset of the first of the redundant "(" before a node, and their number."""
    start, opened = None, 0
    while True:
        index = skip_blanks(text, index, node_start)
        if index == node_start:
            return (node_start if start is None else start), opened
        if text[index] != "(":
            return None, 0
        start = index if start is None else start
        opened += 1
        index += 1


def _closing_parentheses(text: str, index: int, limit: int, opened: int) -> Optional[int]:
    for _ in range(opened):
        index = skip_blanks(text, index, limit)
        if text[index:index + 1] != ")":
            return None
        index += 1
    return index


class ImportName:
    """A name of an import statement: ``name [as asname]``; ``name_end`` ends the imported
    (dotted) name."""

    __slots__ = ("name", "asname", "start", "name_end", "end", "comma")

    def __init__(self, name: str, asname: Optional[str], start: int, name_end: int, end: int,
                 comma: Optional[int]):
        self.name = name
        self.asname = asname
        self.start = start
        self.name_end = name_end
        self.end = end
        self.comma = comma


class ImportStatement:
    """``from module import names`` (``module`` spans ``module_start:module_end``) or
    ``import names``; ``close`` is the offset of a ")" closing the names, if any."""

    __slots__ = ("node", "start", "end", "module_start", "module_end", "names", "close")

    def __init__(self, node, start, end, module_start, module_end, names, close):
        self.node = node
        self.start = start
        self.end = end
        self.module_start = module_start
        self.module_end = module_end
        self.names = names
        self.close = close


def import_statement(source: SourceText, node) -> Optional[ImportStatement]:
    """The parts of an Import or absolute ImportFrom node, or None for another shape."""
    text = source.text
    start, end = source.span(node)
    index = start
    module_start = module_end = None
    if isinstance(node, ast.ImportFrom):
        if node.level or not text.startswith("from", index):
            return None
        module_start = skip_blanks(text, index + 4, end)
        match = _DOTTED.match(text, module_start, end)
        if match is None:
            return None
        module_end = index = match.end()
        index = skip_blanks(text, index, end)
    if not text.startswith("import", index):
        return None
    index = skip_blanks(text, index + 6, end)
    close = None
    if text[index:index + 1] == "(":
        close = end - 1
        index += 1
    names = _import_names(text, index, close if close is not None else end,
                          isinstance(node, ast.Import))
    if names is None or len(names) != len(node.names):
        return None
    return ImportStatement(node, start, end, module_start, module_end, names, close)


def _import_names(text: str, index: int, end: int, dotted: bool) -> Optional[List[ImportName]]:
    names: List[ImportName] = []
    while True:
        index = skip_blanks(text, index, end)
        if index >= end:
            return names
        match = (_DOTTED if dotted else _IDENTIFIER).match(text, index, end)
        if match is None:
            return None
        name_start, name_end = match.span()
        item_end = name_end
        asname = None
        after = skip_blanks(text, name_end, end)
        if text.startswith("as", after) and not text[after + 2:after + 3].isidentifier():
            alias = _IDENTIFIER.match(text, skip_blanks(text, after + 2, end), end)
            if alias is None:
                return None
            asname, item_end = alias.group(), alias.end()
            after = skip_blanks(text, item_end, end)
        comma = after if text[after:after + 1] == "," else None
        names.append(ImportName(re.sub(r"\s+", "", match.group()), asname, name_start,
                                name_end, item_end, comma))
        if comma is None:
            return names
        index = comma + 1
