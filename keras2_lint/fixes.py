"""The edits a mechanical finding's rewrite makes, on the code a front-end described.

A fix is a tuple of :class:`Edit`. Its targets are the model objects of the finding (an
:class:`~keras2_lint.model.Arg`, :class:`~keras2_lint.model.Keyword`,
:class:`~keras2_lint.model.Call`, :class:`~keras2_lint.model.Reference` or
:class:`~keras2_lint.model.Imported`); the front-end that rewrites (``keras2-upgrade``) turns
each into a text edit of the source it described. New text is a tuple of parts: strings, and
Args standing for their own exact source text. A fix is applied whole or not at all.
"""
from __future__ import annotations

from typing import Tuple, Union

from keras2_lint.model import Arg, Record

RENAME_KEYWORD = "rename-keyword"  # a Keyword: its name becomes the text
REPLACE = "replace"  # an Arg: its expression becomes the text; a Keyword: `name=value` does
DROP = "drop"  # an Arg or Keyword leaves its call, with its comma
INSERT_BEFORE = "insert-before"  # the text goes right before an Arg
APPEND = "append"  # the text becomes the last argument of a Call
RENAME_CALLEE = "rename-callee"  # a Call's callee becomes the qualified name in the text
RENAME_NAME = "rename-name"  # a Reference (a name or chain) becomes the qualified name
RENAME_IMPORT = "rename-import"  # an Imported name binds the qualified name instead
DROP_IMPORT = "drop-import"  # an Imported name leaves its import, if nothing uses it

Part = Union[str, Arg]


class Edit(Record):
    __slots__ = ("action", "target", "text")

    def __init__(self, action: str, target, text: Tuple[Part, ...] = ()):
        self.action = action
        self.target = target
        self.text = text


def rename_keyword(keyword, new_name: str) -> Edit:
    return Edit(RENAME_KEYWORD, keyword, (new_name,))


def replace(target, *parts: Part) -> Edit:
    return Edit(REPLACE, target, parts)


def drop(target) -> Edit:
    return Edit(DROP, target)


def insert_before(arg: Arg, *parts: Part) -> Edit:
    return Edit(INSERT_BEFORE, arg, parts)


def append(call, *parts: Part) -> Edit:
    return Edit(APPEND, call, parts)


def rename_callee(call, qualname: str) -> Edit:
    return Edit(RENAME_CALLEE, call, (qualname,))


def rename_name(reference, qualname: str) -> Edit:
    return Edit(RENAME_NAME, reference, (qualname,))


def rename_import(imported, qualname: str) -> Edit:
    return Edit(RENAME_IMPORT, imported, (qualname,))


def drop_import(imported) -> Edit:
    return Edit(DROP_IMPORT, imported)
