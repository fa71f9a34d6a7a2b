"""What a run prints on stdout, by ``--format``: ``default``, one line per site in flake8's
shape and words (``path:line:col: KRSnnn message``), a site left by a rewrite followed by why,
a site of a file read as Python 2 marked so (flake8 cannot read it), and a file that could not
be read as ``E902``/``E999`` as flake8 says it; ``github``, GitHub workflow annotations
(:mod:`~keras2_lint.upgrade.github`); ``sarif``, a SARIF 2.1.0 log
(:mod:`~keras2_lint.upgrade.sarif`)."""
from __future__ import annotations

from typing import Iterable, List

from keras2_lint.upgrade import github, report, sarif
from keras2_lint.upgrade.python_files import FileResult

PYTHON2 = "[Python 2 source]"


def where(path: str, cell) -> str:
    """A file, or a notebook's code cell as nbqa names it (``path.ipynb:cell_N``)."""
    return f"{path}:cell_{cell}" if cell is not None else path


def location(result: FileResult, site) -> str:
    return f"{where(result.path, report.cell(site))}:{site.line}:{site.column}"


def default_lines(results: Iterable[FileResult], rewriting: bool) -> List[str]:
    lines = []
    for result in results:
        if result.error is not None:
            line, column = report.error_position(result)
            lines.append(f"{where(result.path, result.error_cell)}:{line}:{column}: "
                         f"{report.error_code(result)} {result.error}")
        for site in result.sites:
            text = f"{location(result, site)}: {site.code} {report.message(site, rewriting)}"
            if result.kind == "python2":
                text += f" {PYTHON2}"
            lines.append(text)
    return lines


FORMATS = {"default": default_lines, "github": github.lines, "sarif": sarif.lines}
# formats whose output is one document: nothing else may go to stdout (no --diff)
DOCUMENTS = ("sarif",)
