"""One module's text: what is Keras 1 in it (:func:`check`), and the text rewritten until no
fix is left to make (:func:`upgrade`), with every site left for a person and why.

Each pass parses the text, asks the catalogue for its findings, makes the fixes that do not
touch one another and parses again; a fix another one blocked is made in the next pass. The
result must compile (or, for a text that never compiled, parse), else the text stays as it
was. Nothing in the text is imported or run.
"""
from __future__ import annotations

import ast
import warnings
from typing import List, Optional

from keras2_lint.astfront.check import check_tree
from keras2_lint.upgrade import planner
from keras2_lint.upgrade.edits import apply
from keras2_lint.upgrade.selection import Noqa, Selection, selected
from keras2_lint.upgrade.text import SourceText

MAX_PASSES = 8
JUDGEMENT = "needs a person's judgement"


class Site:
    """A Keras 1 form at a parser position (line, column in UTF-8 bytes, both as flake8
    counts them: the column from 1), and why it was not rewritten (None when checking).
    ``characters`` is the same column counted in characters (code points) from 1, as SARIF
    and GitHub count it (None when not known)."""

    __slots__ = ("line", "column", "code", "message", "reason", "characters", "cell")

    def __init__(self, line: int, column: int, code: str, message: str,
                 reason: Optional[str] = None, characters: Optional[int] = None):
        self.line = line
        self.column = column
        self.code = code
        self.message = message
        self.reason = reason
        self.characters = characters
        self.cell: Optional[int] = None  # a notebook's code cell (from 1), the line in it

    def __repr__(self) -> str:
        return f"Site({self.line}, {self.column}, {self.code!r}, reason={self.reason!r})"


class Outcome:
    """What a rewrite made of a text: the new text, how many sites it fixed, the sites left
    for a person, the error that kept the text as it was (if any), and whether the text was
    read as Python 2 (``python2``)."""

    __slots__ = ("text", "fixed", "sites", "error", "python2")

    def __init__(self, text: str, fixed: int, sites: List[Site], error: Optional[str] = None,
                 python2: bool = False):
        self.text = text
        self.fixed = fixed
        self.sites = sites
        self.error = error
        self.python2 = python2


def parse(text: str, filename: str = "<unknown>") -> ast.AST:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # invalid escapes and the like are the code's own
        return ast.parse(text, filename)


def findings(text: str, tree: ast.AST, selection: Selection,
             keras1_parts: Optional[list] = None) -> list:
    """The selected findings of a module; ``keras1_parts`` as check_tree's."""
    found = check_tree(tree, [text], keras1_parts) if "keras" in text else []
    return selected(found, selection, Noqa(text)) if found else []


class Mirror:
    """What a face that rewrites another text through this one (a Python 2 file through its
    Python 3 view, a notebook through its cells joined) needs of each pass: which edits it
    cannot carry over (:meth:`allowed` says why), and the edits made (:meth:`applied`)."""

    def allowed(self, source: SourceText, edit) -> Optional[str]:
        return None

    def applied(self, source: SourceText, edits: list, text: str) -> None:
        pass


def check(text: str, selection: Selection, tree: Optional[ast.AST] = None) -> List[Site]:
    """Every Keras 1 site of a module's text (raises SyntaxError if it does not parse)."""
    tree = parse(text) if tree is None else tree
    found = findings(text, tree, selection)
    source = SourceText(text) if found else None
    return _ordered([_site(source, finding) for finding in found])


def upgrade(text: str, selection: Selection, mirror: Optional[Mirror] = None) -> Outcome:
    """The text with every fix made that can be (raises SyntaxError if it does not parse)."""
    current, fixed = text, 0
    for _ in range(MAX_PASSES):
        tree = parse(current)
        keras1_parts: list = []
        found = findings(current, tree, selection, keras1_parts)
        fixable = [finding for finding in found if finding.fix is not None]
        source = SourceText(current)
        allowed = None if mirror is None else (lambda edit: mirror.allowed(source, edit))
        plan = planner.plan(source, tree, fixable, allowed, keras1_parts)
        if not plan.fixed:
            return Outcome(current, fixed, _left(source, found, plan))
        rewritten = apply(current, plan.edits)
        error = _broken(rewritten, text)
        if error:
            why = f"the rewrite would not compile ({error}): file left as it was"
            return Outcome(text, 0, check(text, selection), why)
        if mirror is not None:
            mirror.applied(source, plan.edits, rewritten)
        current, fixed = rewritten, fixed + len(plan.fixed)
    tree, source = parse(current), SourceText(current)
    left = [_site(source, finding, finding.refusal or f"not rewritten within {MAX_PASSES} "
                  "passes") for finding in findings(current, tree, selection)]
    return Outcome(current, fixed, _ordered(left))


def _left(source: SourceText, found, plan) -> List[Site]:
    sites = []
    for finding in found:
        reason = finding.refusal or plan.refused.get(id(finding)) or (
            JUDGEMENT if finding.fix is None else "blocked by another rewrite")
        sites.append(_site(source, finding, reason))
    return _ordered(sites)


def _ordered(sites: List[Site]) -> List[Site]:
    return sorted(sites, key=lambda site: (site.line, site.column, site.code))


def _site(source: SourceText, finding, reason: Optional[str] = None) -> Site:
    line, column = finding.anchor
    characters = source.offset(line, column) - source.starts[line - 1] + 1
    return Site(line, column + 1, finding.code, finding.message, reason, characters)


def _broken(rewritten: str, original: str) -> Optional[str]:
    """Why the rewritten text is not valid code, where the original was."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            compile(rewritten, "<rewritten>", "exec", dont_inherit=True)
        return None
    except (SyntaxError, ValueError) as error:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                compile(original, "<original>", "exec", dont_inherit=True)
        except (SyntaxError, ValueError):  # it never compiled (top-level await, ...)
            try:
                parse(rewritten)
                return None
            except (SyntaxError, ValueError):
                pass
        return f"{type(error).__name__}: {error}"
