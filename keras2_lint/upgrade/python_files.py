"""A Python source file: its bytes decoded as Python reads them (a BOM, a coding cookie, else
UTF-8), checked or rewritten, and encoded back in its own encoding (a BOM stays, line endings
are never translated)."""
from __future__ import annotations

import io
import tokenize
from typing import List, Optional

from keras2_lint.upgrade import rewrite
from keras2_lint.upgrade.rewrite import Site
from keras2_lint.upgrade.selection import Selection


class FileResult:
    """What a run made of one file: its new bytes (None when unchanged), the sites fixed, the
    sites reported, and a problem that kept it from being read or rewritten (``error``, at
    ``error_at`` when it has a position)."""

    __slots__ = ("path", "data", "fixed", "sites", "error", "error_at", "error_cell", "kind",
                 "original")

    def __init__(self, path: str, data: Optional[bytes] = None, fixed: int = 0,
                 sites: Optional[List[Site]] = None, error: Optional[str] = None,
                 error_at=None, kind: str = "python"):
        self.path = path
        self.data = data
        self.fixed = fixed
        self.sites = sites or []
        self.error = error
        self.error_at = error_at  # (line, column) of a syntax error
        self.error_cell: Optional[int] = None  # and its notebook cell
        self.kind = kind
        self.original: Optional[bytes] = None  # the bytes read, kept when they are rewritten


def decode(data: bytes):
    """The text of a Python file and the encoding to write it back with."""
    encoding = tokenize.detect_encoding(io.BytesIO(data).readline)[0]
    return data.decode(encoding), encoding


def decode_for_diff(data: bytes) -> str:
    try:
        return decode(data)[0]
    except (SyntaxError, LookupError, UnicodeDecodeError):
        return data.decode("utf-8", "replace")


def process(path: str, data: bytes, rewriting: bool, selection: Selection) -> FileResult:
    try:
        text, encoding = decode(data)
    except (SyntaxError, LookupError, UnicodeDecodeError) as error:
        return FileResult(path, error=f"cannot be decoded: {error}: left unchanged",
                          error_at=(1, 1))
    try:
        outcome = outcome_of(text, rewriting, selection)
    except (SyntaxError, ValueError) as error:
        return syntax_error(path, error)
    except RecursionError:
        return FileResult(path, error="is nested too deeply to read: left unchanged",
                          error_at=(1, 1))
    kind = "python2" if outcome.python2 else "python"
    result = FileResult(path, fixed=outcome.fixed, sites=outcome.sites, error=outcome.error,
                        kind=kind)
    if outcome.text != text:
        try:
            result.data = outcome.text.encode(encoding)
        except UnicodeEncodeError as error:  # cannot happen with ASCII edits; never guessed
            return FileResult(path, sites=outcome.sites, kind=kind,
                              error=f"the rewrite cannot be written as {encoding}: {error}")
    return result


def outcome_of(text: str, rewriting: bool, selection: Selection) -> rewrite.Outcome:
    """A module's text checked (the text unchanged) or rewritten, read as Python 2 when Python
    3 cannot parse it (``Outcome.python2``); raises SyntaxError when it cannot be read as
    either (the error Python 3 gave)."""
    try:
        if not rewriting:
            return rewrite.Outcome(text, 0, rewrite.check(text, selection))
        return rewrite.upgrade(text, selection)
    except SyntaxError:
        # imported here: fissix takes a third of the command's start-up, and few files need it
        from keras2_lint.upgrade import python2

        outcome = python2.outcome(text, rewriting, selection)
        if outcome is None:
            raise
        return outcome


def syntax_error(path: str, error: Exception) -> FileResult:
    line = getattr(error, "lineno", None) or 1
    column = getattr(error, "offset", None) or 1
    message = getattr(error, "msg", None) or str(error)
    return FileResult(path, error=f"SyntaxError: {message} (not parsed: left unchanged)",
                      error_at=(line, column))
