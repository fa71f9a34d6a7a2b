"""What a run prints on stdout, by ``--format``: ``default``, one line per site in flake8's
shape and words (``path:line:col: KRSnnn message``), a site left by a rewrite followed by why,
and a file that could not be read as ``E902``/``E999`` as flake8 says it; ``github``, GitHub
workflow annotations (:mod:`~keras2_lint.upgrade.github`); ``sarif``, a SARIF 2.1.0 log
(:mod:`~keras2_lint.upgrade.sarif`)."""
from __future__ import annotations

from typing import Iterable, List

from keras2_lint.upgrade import github, report, sarif
from keras2_lint.upgrade.python_files import FileResult


def location(result: FileResult, site) -> str:
    cell = report.cell(site)
    where = f"{result.path}:cell_{cell}" if cell is not None else result.path
    return f"{where}:{site.line}:{site.column}"


def default_lines(results: Iterable[FileResult], rewriting: bool) -> List[str]:
    lines = []
    for result in results:
        if result.error is not None:
            line, column = report.error_position(result)
            lines.append(f"{result.path}:{line}:{column}: {report.error_code(result)} "
                         f"{result.error}")
        for site in result.sites:
            lines.append(f"{location(result, site)}: {site.code} "
                         f"{report.message(site, rewriting)}")
    return lines


FORMATS = {"default": default_lines, "github": github.lines, "sarif": sarif.lines}
# formats whose output is one document: nothing else may go to stdout (no --diff)
DOCUMENTS = ("sarif",)
