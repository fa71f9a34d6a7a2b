"""A Python 2 module's text (``print x``, ``except E, e``, backticks, ``0777``...), which Python 3
cannot parse: read with fissix's Python 2 grammar, checked and rewritten through a Python 3
view of it that keeps every line where it was.

The view is the text with fissix's own fixers run on the Python 2 syntax only (``print x``
becomes ``print(x)`` on its line, ``ur''`` loses its ``u``): the catalogue reads it like any
module. Sites come back at the original's lines and columns. Rewrites are made in the view
and carried into the Python 2 text in lockstep, only where the view has the original's very
text: a site on a line the view changed is left for a person. The rewritten text must parse
with the grammar that read the original, else the file stays as it was.
"""
from __future__ import annotations

import difflib
import re
from typing import List, Optional, Tuple

from fissix import pygram, pytree
from fissix.pgen2 import driver, token
from fissix.pgen2.parse import ParseError
from fissix.pgen2.tokenize import TokenError
from fissix.refactor import RefactoringTool

from keras2_lint.upgrade import rewrite
from keras2_lint.upgrade.edits import TextEdit, apply
from keras2_lint.upgrade.rewrite import Outcome, Site
from keras2_lint.upgrade.selection import Selection
from keras2_lint.upgrade.text import SourceText

# the Python 2 syntax Python 3 cannot parse, each fixer keeping its lines where they were
# (except and tuple_params add a line for a tuple target: the alignment below finds it)
FIXERS = ("print", "except", "repr", "ne", "numliterals", "exec", "raise", "tuple_params")
# the most Python 3-like grammar first: `print(a, b)` stays a call when nothing says otherwise
GRAMMARS = (pygram.python_grammar_no_print_and_exec_statement,
            pygram.python_grammar_no_print_statement, pygram.python_grammar)
CHANGED_LINE = ("its line is Python 2 only (a print statement, `except E, e`, a tab in its "
                "indent, ...)")
_INDENT = re.compile(r"^[ \t]*\t[ \t]*", re.M)
_PARSE_ERRORS = (ParseError, TokenError, IndentationError, RecursionError)
_tool: Optional[RefactoringTool] = None


def outcome(text: str, rewriting: bool, selection: Selection) -> Optional[Outcome]:
    """The outcome of a Python 2 module's text (``python2`` set), None when the text is not
    Python 2 (or its view is not Python 3) either."""
    view = View.of(text)
    if view is None:
        return None
    try:
        if not rewriting:
            return Outcome(text, 0, view.sites(rewrite.check(view.text, selection)), python2=True)
        mirror = LockstepMirror(view)
        result = rewrite.upgrade(view.text, selection, mirror)
    except (SyntaxError, ValueError):  # the view is not Python 3 (`async` as a name, ...)
        return None
    error = result.error or mirror.broken
    if error is None and result.fixed and parse(mirror.original.text, view.grammar) is None:
        error = "the rewrite would not parse as Python 2: file left as it was"
    if error is not None:
        return Outcome(text, 0, view.sites(rewrite.check(view.text, selection)), error, True)
    sites = mirror.alignment.sites(result.sites)
    return Outcome(mirror.original.text, result.fixed, sites, python2=True)


def parse(text: str, grammar) -> Optional[pytree.Node]:
    """The fissix tree of ``text`` read with ``grammar``, None if it does not parse."""
    ended = text.endswith(("\n", "\r"))
    try:
        tree = driver.Driver(grammar, convert=pytree.convert).parse_string(
            text if ended or not text else text + "\n")
    except _PARSE_ERRORS:
        return None
    tree.future_features = frozenset()
    return tree


def _refactoring_tool() -> RefactoringTool:
    global _tool
    if _tool is None:
        _tool = RefactoringTool([f"fissix.fixes.fix_{name}" for name in FIXERS])
    return _tool


def python3_text(tree: pytree.Node) -> str:
    """The text of a Python 2 tree with its Python 2 syntax converted (the tree is changed)."""
    tool = _refactoring_tool()
    try:
        tool.refactor_tree(tree, "<python 2>")
    finally:
        del tool.fixer_log[:]  # what a fixer could not convert: the view still tells
    for leaf in tree.leaves():
        if leaf.type == token.STRING and leaf.value[:2].lower() == "ur":
            leaf.value = leaf.value[1:]  # Python 3 has no raw unicode prefix: the `u` goes
    return str(tree)


class View:
    """A Python 2 text, its Python 3 view and how their lines align."""

    def __init__(self, original: str, text: str, grammar):
        self.original = original
        self.text = text
        self.grammar = grammar
        self.alignment = Alignment(SourceText(original), SourceText(text))

    @classmethod
    def of(cls, text: str) -> Optional["View"]:
        for grammar in GRAMMARS:
            tree = parse(text, grammar)
            if tree is not None:
                break
        else:
            return None
        try:
            converted = python3_text(tree)
        except RecursionError:
            return None
        if not text.endswith(("\n", "\r")) and text and converted.endswith("\n"):
            converted = converted[:-1]  # the line break added for the parser
        if _tab_error(converted):
            converted = _INDENT.sub(lambda match: match.group().expandtabs(8), converted)
        return cls(text, converted, grammar)

    def sites(self, sites: List[Site]) -> List[Site]:
        return self.alignment.sites(sites)


def _tab_error(text: str) -> bool:
    """Whether Python 3 refuses the text's mix of tabs and spaces (Python 2 reads a tab as
    the blanks up to the next multiple of 8 columns: the view's indentation does too)."""
    try:
        rewrite.parse(text)
    except TabError:
        return True
    except (SyntaxError, ValueError):
        pass
    return False


def _lines(source: SourceText) -> List[str]:
    ends = [*source.starts[1:], len(source.text)]
    return [source.text[start:end] for start, end in zip(source.starts, ends)]


class Alignment:
    """Which original line each line of the view stands for (``lines``, from 0), and whether
    the two are the same text (``same``)."""

    def __init__(self, original: SourceText, view: SourceText):
        self.original = original
        self.view = view
        self.old, self.new = _lines(original), _lines(view)
        if len(self.old) == len(self.new):  # the fixers kept every line where it was
            self.lines = list(range(len(self.new)))
            self.same = [old == new for old, new in zip(self.old, self.new)]
            return
        self.lines, self.same = [], []
        matcher = difflib.SequenceMatcher(None, self.old, self.new, autojunk=False)
        for tag, old_start, old_end, new_start, new_end in matcher.get_opcodes():
            for index in range(new_end - new_start):  # an added line: the line it follows
                last = max(old_start, old_end - 1) if old_end > old_start else old_start - 1
                self.lines.append(max(0, min(old_start + index, last)))
                self.same.append(tag == "equal")

    def offset(self, offset: int) -> Optional[int]:
        """The original's offset of a view offset, None on a line the view changed (but for
        the start of a line that follows one it kept)."""
        line, column = self.view.position(offset)
        if self.same[line - 1]:
            return self.original.offset(self.lines[line - 1] + 1, column)
        if column == 0 and line > 1 and self.same[line - 2]:
            return self.original.next_line(self.original.starts[self.lines[line - 2]])
        return None

    def span(self, edit: TextEdit) -> Optional[Tuple[int, int]]:
        """The original's range of an edit of the view, None if it is not the same text."""
        start, end = self.offset(edit.start), self.offset(edit.end)
        if start is None or end is None:
            return None
        if self.original.text[start:end] != self.view.text[edit.start:edit.end]:
            return None
        return start, end

    def sites(self, sites: List[Site]) -> List[Site]:
        return [self.site(site) for site in sites]

    def site(self, site: Site) -> Site:
        """The site at the original's line and column."""
        index = site.line - 1
        line, column = self.lines[index] + 1, site.column
        if not self.same[index]:
            column = _column(self.new[index], self.old[self.lines[index]], column - 1) + 1
        text = self.old[self.lines[index]]
        characters = len(text.encode("utf-8")[:column - 1].decode("utf-8", "ignore")) + 1
        return Site(line, column, site.code, site.message, site.reason, characters)


def _column(new: str, old: str, column: int) -> int:
    """The byte column of ``old`` where the text at byte ``column`` of ``new`` stands."""
    at = len(new.encode("utf-8")[:column].decode("utf-8", "ignore"))
    matcher = difflib.SequenceMatcher(None, new, old, autojunk=False)
    for tag, new_start, new_end, old_start, old_end in matcher.get_opcodes():
        if new_start <= at < new_end:
            found = old_start + (at - new_start if tag == "equal" else 0)
            return len(old[:min(found, len(old))].encode("utf-8"))
    return len(old.rstrip("\r\n").encode("utf-8"))


class LockstepMirror(rewrite.Mirror):
    """Carries each pass's edits of the view into the Python 2 text, refusing any edit that
    does not touch the same text in both."""

    def __init__(self, view: View):
        self.original = SourceText(view.original)
        self.alignment = view.alignment
        self.broken: Optional[str] = None

    def allowed(self, source: SourceText, edit: TextEdit) -> Optional[str]:
        return None if self.alignment.span(edit) is not None else CHANGED_LINE

    def applied(self, source: SourceText, edits: list, text: str) -> None:
        moved = []
        for edit in edits:
            span = self.alignment.span(edit)
            if span is None:
                self.broken = "a rewrite touched Python 2 syntax: file left as it was"
                return
            moved.append(TextEdit(span[0], span[1], edit.text))
        self.original = SourceText(apply(self.original.text, moved))
        self.alignment = Alignment(self.original, SourceText(text))
