"""Text edits: replacements of exact ranges of a text, applied together, every other
character kept; and how items leave a comma-separated list (with their commas, and the line
they stood on when nothing else was on it)."""
from __future__ import annotations

from typing import Iterable, List, Sequence

from keras2_lint.upgrade.syntax import Item, has_comment
from keras2_lint.upgrade.text import SourceText


class TextEdit:
    __slots__ = ("start", "end", "text")

    def __init__(self, start: int, end: int, text: str):
        self.start = start
        self.end = end
        self.text = text

    def key(self):
        return (self.start, self.end, self.text)

    def __repr__(self) -> str:
        return f"TextEdit({self.start}, {self.end}, {self.text!r})"


def overlap(first: TextEdit, second: TextEdit) -> bool:
    """Whether two edits touch the same text (two insertions at one offset do too: their
    order would be a guess)."""
    if first.key() == second.key():
        return False  # the same edit, made for two findings
    if first.start == first.end and second.start == second.end:
        return first.start == second.start
    return first.start < second.end and second.start < first.end


def apply(text: str, edits: Iterable[TextEdit]) -> str:
    """``text`` with the edits made; edits must not overlap (identical ones count once)."""
    unique = {edit.key(): edit for edit in edits}
    ordered = sorted(unique.values(), key=lambda edit: (edit.start, edit.end))
    parts, done = [], 0
    for edit in ordered:
        parts.append(text[done:edit.start])
        parts.append(edit.text)
        done = edit.end
    parts.append(text[done:])
    return "".join(parts)


def drop_items(source: SourceText, items: Sequence[Item], dropped: Sequence[int],
               close: int) -> List[TextEdit]:
    """The edits removing the items at the indices ``dropped`` from a list whose closing
    bracket (or end) is at ``close``: each run of neighbours goes with one comma."""
    edits: List[TextEdit] = []
    for run in _runs(sorted(set(dropped))):
        first, last = run[0], run[-1]
        if last < len(items) - 1:  # a later item remains: the run goes up to it
            edits.extend(_remove(source, items[first].start, items[last].comma + 1,
                                 items[last + 1].start))
        elif first > 0:  # the run ends the list: the comma before it goes
            comma = items[first - 1].comma
            end = items[last].end
            if has_comment(source.text, comma, items[first].start):
                edits.append(TextEdit(comma, comma + 1, ""))
                edits.extend(_remove(source, items[first].start, end, close))
            else:
                edits.append(TextEdit(comma, end, ""))
        else:  # the whole list
            end = items[last].comma + 1 if items[last].comma is not None else items[last].end
            edits.extend(_remove(source, items[first].start, end, close))
    return edits


def _runs(indices: List[int]) -> List[List[int]]:
    runs: List[List[int]] = []
    for index in indices:
        if runs and runs[-1][-1] == index - 1:
            runs[-1].append(index)
        else:
            runs.append([index])
    return runs


def _remove(source: SourceText, start: int, end: int, following: int) -> List[TextEdit]:
    """Remove ``start:end`` and the blanks after it on its line; the whole line when the
    removal leaves it blank. ``following`` is where the next item (or the bracket) starts."""
    text = source.text
    line_start = source.line_start(start)
    after = end
    while after < following and text[after] in " \t":
        after += 1
    line_end = source.line_end(end)
    if text[line_start:start].strip() == "" and after == line_end:
        return [TextEdit(line_start, source.next_line(end), "")]
    if after != line_end:  # the blanks after the comma separated it from what follows
        return [TextEdit(start, after, "")]
    return [TextEdit(start, end, "")]


def blank_line_start(text: str, offset: int) -> bool:
    """Whether only blanks stand between the start of the line and ``offset``."""
    index = offset
    while index > 0 and text[index - 1] in " \t\f":
        index -= 1
    return index == 0 or text[index - 1] in "\r\n"
