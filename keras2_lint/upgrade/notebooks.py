"""A Jupyter notebook (``.ipynb``): its code cells read in order as one module, so that an
import in one cell resolves a call in a later one, and rewritten by replacing only the JSON
strings of the source lines that changed.

IPython syntax is masked, never parsed and never changed: a cell starting with ``%%`` whole,
and lines of ``%magic``, ``!shell``, ``x = !shell``, ``x = %magic`` and ``obj?`` help, each
read as ``pass``. A joined text that Python 3 cannot parse goes through the Python 2 path
like a file (:func:`keras2_lint.upgrade.python_files.outcome_of`). Sites are numbered as
nbqa numbers them: ``cell_N`` counting code cells from 1, the line within the cell.
"""
from __future__ import annotations

import difflib
import json
import re
from typing import Dict, List, Optional, Tuple, Union

from keras2_lint.upgrade import notebook_json, python_files
from keras2_lint.upgrade.python_files import FileResult
from keras2_lint.upgrade.selection import Selection

_MAGIC = re.compile(r"\s*(?:[%!?]|[\w.,\s]+=\s*[%!])")
_BOM = "\ufeff"


class CodeCell:
    """A code cell: its number (from 1), its place among all cells, its lines (each ending
    in a newline), which of them are masked, and whether its source ended in a newline."""

    __slots__ = ("number", "cell", "lines", "masked", "ends_in_newline")

    def __init__(self, number: int, cell: notebook_json.Cell):
        text = "".join(cell.lines)
        self.number = number
        self.cell = cell
        self.ends_in_newline = text.endswith("\n") or not text
        self.lines = (text if self.ends_in_newline else text + "\n").splitlines(True)
        whole = bool(self.lines) and self.lines[0].lstrip().startswith("%%")
        self.masked = {index for index, line in enumerate(self.lines)
                       if whole or _is_magic(line)}

    def python_lines(self) -> List[str]:
        return [_masked(line) if index in self.masked else line
                for index, line in enumerate(self.lines)]


def _is_magic(line: str) -> bool:
    stripped = line.strip()
    if not stripped or stripped.startswith("#"):
        return False
    return bool(_MAGIC.match(line)) or (stripped.endswith("?") and "#" not in stripped)


def _masked(line: str) -> str:
    indent = line[:len(line) - len(line.lstrip(" \t"))]
    return f"{indent}pass\n"


class Joined:
    """The code cells as one module, a comment line between two cells (a rewrite keeps
    comments, so the rewritten text splits back into cells there): its lines, and the cell
    and line within it of each."""

    BOUNDARY = "# keras2-upgrade: end of a notebook cell\n"

    def __init__(self, cells: List[CodeCell]):
        self.cells = cells
        self.lines: List[str] = []
        self.owner: List[Tuple[int, int]] = []  # (cell number, line in it from 1)
        for index, cell in enumerate(cells):
            if index:
                self.lines.append(self.BOUNDARY)
                self.owner.append((cell.number, 0))
            for number, line in enumerate(cell.python_lines(), start=1):
                self.lines.append(line)
                self.owner.append((cell.number, number))

    @property
    def text(self) -> str:
        return "".join(self.lines)

    def where(self, line: int) -> Tuple[int, int]:
        """(cell number, line in the cell) of a line of the module (both from 1)."""
        if not self.owner:
            return 1, line
        return self.owner[min(max(line, 1), len(self.owner)) - 1]

    def split(self, text: str) -> Optional[List[List[str]]]:
        """The lines of each cell in a rewritten text, None when it does not split into as
        many cells."""
        parts: List[List[str]] = [[]]
        for line in text.splitlines(True):
            if line == self.BOUNDARY:
                parts.append([])
            else:
                parts[-1].append(line)
        return parts if len(parts) == max(len(self.cells), 1) else None


def process(path: str, data: bytes, rewriting: bool, selection: Selection) -> FileResult:
    try:
        text = data.decode("utf-8")
        cells = notebook_json.cells(text[1:] if text.startswith(_BOM) else text)
    except (UnicodeDecodeError, notebook_json.NotNotebook, RecursionError) as error:
        return FileResult(path, error=f"is not a notebook that can be read: {error}: left "
                                      f"unchanged", error_at=(1, 1), kind="notebook")
    code = [CodeCell(number, cell) for number, cell in
            enumerate((cell for cell in cells if cell.kind == "code"), start=1)]
    joined = Joined(code)
    if "keras" not in joined.text:
        return FileResult(path, kind="notebook")
    try:
        outcome = python_files.outcome_of(joined.text, rewriting, selection)
    except (SyntaxError, ValueError) as error:
        return _syntax_error(path, joined, error)
    except RecursionError:
        return FileResult(path, error="is nested too deeply to read: left unchanged",
                          error_at=(1, 1), kind="notebook")
    kind = "python2" if outcome.python2 else "notebook"
    result = FileResult(path, fixed=outcome.fixed, error=outcome.error, kind=kind)
    if outcome.text == joined.text:
        result.sites = _placed(outcome.sites, joined)
        return result
    new_cells, why = _new_cells(joined, outcome.text)
    if new_cells is None:
        checked = python_files.outcome_of(joined.text, False, selection)
        for site in checked.sites:
            site.reason = why
        return FileResult(path, sites=_placed(checked.sites, joined), kind=kind)
    result.sites = _placed(outcome.sites, _rejoined(code, new_cells))
    start = len(_BOM) if text.startswith(_BOM) else 0
    result.data = _edited(text, start, code, new_cells).encode("utf-8")
    return result


def _placed(sites, joined: Joined):
    for site in sites:
        site.cell, site.line = joined.where(site.line)
    return sites


def _syntax_error(path: str, joined: Joined, error: Exception) -> FileResult:
    cell, line = joined.where(getattr(error, "lineno", None) or 1)
    message = getattr(error, "msg", None) or str(error)
    result = FileResult(path, error=f"SyntaxError: {message} (not parsed: left unchanged)",
                        error_at=(line, getattr(error, "offset", None) or 1), kind="notebook")
    result.error_cell = cell
    return result


def _new_cells(joined: Joined, text: str):
    """Each code cell's new lines (the index of a line kept, else the new text), or None and
    why when a change would touch a masked line or cannot be placed in one cell."""
    parts = joined.split(text)
    if parts is None or any(joined.BOUNDARY in cell.lines for cell in joined.cells):
        return None, "the rewrite would change the cells' layout"
    placed: Dict[int, List[Union[int, str]]] = {}
    for cell, new in zip(joined.cells, parts):
        old = cell.python_lines()
        lines: List[Union[int, str]] = []
        matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag == "equal":
                lines.extend(range(i1, i2))
            elif cell.masked.intersection(range(i1, i2)):
                return None, "the rewrite would change a line of IPython syntax"
            elif cell.cell.source is None:
                return None, "the rewrite would add lines to a cell without a source"
            else:
                lines.extend(new[j1:j2])
        placed[cell.number] = lines
    return placed, ""


def _rejoined(code: List[CodeCell], new_cells) -> Joined:
    """The cells with their new lines, to place the sites of the new text."""
    cells = []
    for cell in code:
        stand_in = CodeCell.__new__(CodeCell)
        stand_in.number, stand_in.masked = cell.number, set()
        stand_in.lines = _cell_lines(cell, new_cells[cell.number])
        cells.append(stand_in)
    return Joined(cells)


def _cell_lines(cell: CodeCell, new: List[Union[int, str]]) -> List[str]:
    """The cell's lines after the rewrite (a kept line as it was, magics too)."""
    return [cell.lines[line] if isinstance(line, int) else line for line in new]


def _source_strings(cell: CodeCell, lines: List[str]) -> List[str]:
    """The cell's lines as nbformat stores them: each with its newline but the last, when the
    source did not end in one."""
    strings = list(lines)
    if strings and not cell.ends_in_newline:
        strings[-1] = strings[-1][:-1] if strings[-1].endswith("\n") else strings[-1]
    return strings


def _edited(text: str, start: int, code: List[CodeCell], new_cells) -> str:
    """The notebook's text with the source strings of changed lines replaced."""
    edits: List[Tuple[int, int, str]] = []
    for cell in code:
        new = _source_strings(cell, _cell_lines(cell, new_cells[cell.number]))
        if new == cell.cell.lines:
            continue
        edits.extend(_source_edits(text[start:], cell.cell, new))
    for begin, end, replacement in sorted(edits, reverse=True):
        text = text[:start + begin] + replacement + text[start + end:]
    return text


def _source_edits(text: str, cell: notebook_json.Cell, new: List[str]):
    source = cell.source
    if not source.in_array:
        return [(source.start, source.end, _dumps("".join(new), text[source.start:source.end]))]
    spans = source.spans
    if len(new) == len(cell.lines):
        return [(begin, end, _dumps(line, text[begin:end]))
                for (begin, end), old, line in zip(spans, cell.lines, new) if old != line]
    return [(source.start, source.end, _array(text, source, cell.lines, new))]


def _array(text: str, source, old: List[str], new: List[str]) -> str:
    """The source list rebuilt around its kept strings, laid out as the file lays it out."""
    spans = source.spans
    if len(spans) >= 2:
        separator = text[spans[0][1]:spans[1][0]]
    elif spans:
        separator = "," + text[source.start + 1:spans[0][0]]
    else:
        separator = ", "
    head = text[source.start:spans[0][0]] if spans else "["
    tail = text[spans[-1][1]:source.end] if spans else "]"
    items: List[str] = []
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            items.extend(text[begin:end] for begin, end in spans[i1:i2])
        else:
            items.extend(_dumps(line, text[spans[0][0]:spans[0][1]] if spans else "")
                         for line in new[j1:j2])
    return head + separator.join(items) + tail


def _dumps(value: str, like: str) -> str:
    """A JSON string escaped as the string it replaces is (non-ASCII kept or escaped)."""
    ascii_only = "\\u" in like and all(ord(char) < 128 for char in like)
    return json.dumps(value, ensure_ascii=ascii_only)
