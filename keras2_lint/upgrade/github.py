"""``--format github``: one GitHub Actions workflow command per site, which GitHub shows as an
annotation on the file's line in the run and in the pull request
(``::error file=PATH,line=L,col=C,title=KRS201::message``).

The level is the rule's: ``error`` for what fails on Keras 2 (KRS1, KRS2), ``warning`` for
what changes meaning or is a Keras 1 custom layer (KRS3, KRS4), ``notice`` for an old spelling
(KRS902). A file that could not be read or parsed is an ``error`` titled E902 or E999. The
column counts characters from 1. A notebook's line is not the cell's, so a site in a cell is
annotated on the file, its cell, line and column leading the message. Values are escaped as
GitHub reads them: ``%``, CR and LF everywhere, and ``:`` and ``,`` in properties too.
"""
from __future__ import annotations

from typing import Iterable, List, Optional

from keras2_lint.upgrade import report
from keras2_lint.upgrade.python_files import FileResult

_DATA = {"%": "%25", "\r": "%0D", "\n": "%0A"}
_PROPERTY = {**_DATA, ":": "%3A", ",": "%2C"}
_COMMANDS = {"error": "error", "warning": "warning", "note": "notice"}


def escape(text: str, table=None) -> str:
    table = _DATA if table is None else table
    return "".join(table.get(character, character) for character in text)


def command(level: str, path: str, line: Optional[int], column: Optional[int], title: str,
            text: str) -> str:
    properties = [("file", report.posix_path(path))]
    if line is not None:
        properties.append(("line", str(line)))
        if column is not None:
            properties.append(("col", str(column)))
    properties.append(("title", title))
    joined = ",".join(f"{name}={escape(value, _PROPERTY)}" for name, value in properties)
    return f"::{_COMMANDS[level]} {joined}::{escape(text)}"


def lines(results: Iterable[FileResult], rewriting: bool) -> List[str]:
    """The annotations of a run; in a rewrite, of the sites it left for a person (at their
    place in the rewritten file, why they were left ending the message)."""
    out = []
    for result in results:
        if result.error is not None:
            line, column = report.error_position(result)
            out.append(command("error", result.path, line, column, report.error_code(result),
                               result.error))
        for site in result.sites:
            text = report.cell_prefix(site) + report.message(site, rewriting)
            if report.cell(site) is None:
                line, column = site.line, report.characters(site)
            else:
                line = column = None
            out.append(command(report.level(site.code), result.path, line, column, site.code,
                               text))
    return out
