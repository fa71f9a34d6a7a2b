"""What every ``--format`` says of a run's results, whatever its shape: the code and position
of a file that could not be read, a site's level (from its rule's severity in the catalogue),
its message, its notebook cell, and a path as the code hosts want it."""
from __future__ import annotations

import os
from pathlib import PurePath
from typing import Optional, Tuple

from keras2_lint.rules import RULES_BY_CODE, Severity
from keras2_lint.upgrade.python_files import FileResult

# SARIF's levels; a GitHub annotation says "notice" for "note".
LEVELS = {
    Severity.REMOVED: "error",
    Severity.DEPRECATED: "error",
    Severity.SILENT: "warning",
    Severity.CUSTOM_LAYER: "warning",
    Severity.MODERNISE: "note",
}
SYNTAX_ERROR = "E999"  # flake8's codes for a file it cannot parse, and one it cannot read
READ_ERROR = "E902"
ERROR_TITLES = {
    SYNTAX_ERROR: "File does not parse as Python 3: left unchanged",
    READ_ERROR: "File cannot be read or decoded: left unchanged",
}


def error_code(result: FileResult) -> str:
    return SYNTAX_ERROR if result.error.startswith("SyntaxError") else READ_ERROR


def error_position(result: FileResult) -> Tuple[int, int]:
    """Where a file's error is (a syntax error's line and column, else the file's start)."""
    return result.error_at or (1, 1)


def level(code: str) -> str:
    """``error``, ``warning`` or ``note``: a file error is an error; a site is what its rule's
    severity says (KRS1 and KRS2 fail on Keras 2, KRS3 and KRS4 need a look)."""
    rule = RULES_BY_CODE.get(code)
    return "error" if rule is None else LEVELS[rule.severity]


def message(site, rewriting: bool) -> str:
    """The site's message, and in a rewrite why it was left for a person."""
    if rewriting and site.reason:
        return f"{site.message} [not rewritten: {site.reason}]"
    return site.message


def cell(site) -> Optional[int]:
    """The notebook cell of a site (its line and column are then the cell's), else None."""
    return getattr(site, "cell", None)


def cell_prefix(site) -> str:
    """"cell 3, line 2, column 5: " for a site in a notebook cell, else ""."""
    number = cell(site)
    if number is None:
        return ""
    column = characters(site)
    return f"cell {number}, line {site.line}, column {column or site.column}: "


def characters(site) -> Optional[int]:
    """The site's column in characters from 1, as SARIF and GitHub count (None if unknown;
    ``site.column`` counts UTF-8 bytes, as flake8 prints)."""
    return getattr(site, "characters", None)


def posix_path(path: str) -> str:
    """The path as given, normalised (no ``./``), with ``/`` between its parts."""
    return PurePath(os.path.normpath(path)).as_posix()
