"""keras2-upgrade on Python 2 files (``tests/upgrade/python2/<name>.py`` beside the
``<name>.keras2.py`` they must become): read through a Python 3 view that keeps every line,
sites at the original's positions and marked, rewrites only on the lines the view kept, the
result still Python 2, and a file neither grammar reads left as it was."""
from __future__ import annotations

import ast
import difflib
import re
from collections import Counter
from pathlib import Path

import pytest
from fissix import pygram

from keras2_lint.upgrade import python2, python_files
from keras2_lint.upgrade.output import PYTHON2
from keras2_lint.upgrade.selection import Selection
from tests.test_upgrade_cli import run

CASES_DIR = Path(__file__).parent / "upgrade" / "python2"
CASES = sorted(path for path in CASES_DIR.glob("*.py") if not path.name.endswith(".keras2.py"))
CODES = re.compile(r"#.*?\b(KRS\d{3}(?:\s+KRS\d{3})*)\s*$")
SITE = re.compile(r"^(?P<path>.+?):(?P<line>\d+):(?P<col>\d+): (?P<code>KRS\d{3}) .*")
PYTHON2_SYNTAX = re.compile(r"^\s*print\b|^\s*exec |except .*, \w+:|`|<>|\b0\d|\d+L\b|ur'|"
                            r"raise \w+, |lambda \(|def \w+\(\(|except \(.*\), \(")


def read(path: Path) -> str:
    return path.read_bytes().decode("utf-8")


def keras2_of(path: Path) -> Path:
    return path.with_name(path.stem + ".keras2.py")


def expected(text: str) -> Counter:
    """(line, code) of the codes a trailing comment names: the sites left for a person."""
    found = Counter()
    for number, line in enumerate(text.splitlines(), start=1):
        match = CODES.search(line)
        if match:
            found.update((number, code) for code in match.group(1).split())
    return found


def outcome(text: str, rewriting: bool = True):
    return python_files.outcome_of(text, rewriting, Selection())


@pytest.mark.parametrize("case", CASES, ids=[case.stem for case in CASES])
def test_the_cases_are_python2_only(case):
    for text in (read(case), read(keras2_of(case))):
        with pytest.raises(SyntaxError):
            ast.parse(text)
        assert python2.parse(text, pygram.python_grammar) is not None


@pytest.mark.parametrize("case", CASES, ids=[case.stem for case in CASES])
def test_rewrite_gives_the_keras2_file(case):
    result = outcome(read(case))
    assert result.python2 and result.error is None
    assert result.text == read(keras2_of(case))
    assert Counter((site.line, site.code) for site in result.sites) == expected(result.text)
    assert all(site.reason for site in result.sites)


@pytest.mark.parametrize("case", CASES, ids=[case.stem for case in CASES])
def test_a_second_run_changes_nothing(case):
    text = read(keras2_of(case))
    result = outcome(text)
    assert result.text == text and result.fixed == 0 and result.python2


@pytest.mark.parametrize("case", CASES, ids=[case.stem for case in CASES])
def test_only_lines_of_a_site_change(case):
    """Every other line stays byte for byte; a changed line held a site or a Keras import."""
    before = read(case)
    sites = {site.line for site in outcome(before, rewriting=False).sites}
    lines = before.splitlines(True)
    matcher = difflib.SequenceMatcher(None, lines, read(keras2_of(case)).splitlines(True))
    changed = [index + 1 for tag, start, end, _, _ in matcher.get_opcodes() if tag != "equal"
               for index in range(start, end)]
    assert changed
    for number in changed:
        assert number in sites or lines[number - 1].startswith("from keras"), number


@pytest.mark.parametrize("case", CASES, ids=[case.stem for case in CASES])
def test_the_view_changes_only_the_python2_syntax_and_keeps_lines(case):
    text = read(case)
    view = python2.View.of(text)
    ast.parse(view.text)
    alignment = view.alignment
    changed = {alignment.lines[index] + 1 for index, same in enumerate(alignment.same)
               if not same}
    syntax = {number for number, line in enumerate(text.splitlines(), start=1)
              if PYTHON2_SYNTAX.search(line) and not line.startswith("#")}
    assert changed == syntax
    kept = [index for index, same in enumerate(alignment.same) if same]
    assert all(alignment.new[index] == alignment.old[alignment.lines[index]] for index in kept)


@pytest.mark.parametrize("case", CASES, ids=[case.stem for case in CASES])
def test_sites_are_at_the_original_positions(case):
    """A keyword's site is where the original spells the keyword, on changed lines too."""
    text = read(case)
    lines = text.splitlines()
    sites = outcome(text, rewriting=False).sites
    keywords = [site for site in sites if "keyword `" in site.message]
    assert keywords
    for site in keywords:
        keyword = re.search(r"keyword `(\w+)=`", site.message).group(1)
        line = lines[site.line - 1].encode("utf-8")
        assert line[site.column - 1:].startswith(keyword.encode()), (site, line)


def test_a_site_on_a_line_of_python2_syntax_is_left_with_why():
    text = ("from keras.models import Sequential\nmodel = Sequential()\n"
            "print model.fit(x, y, nb_epoch=2)\nmodel.fit(x, y, nb_epoch=2)\n")
    result = outcome(text)
    assert result.text == ("from keras.models import Sequential\nmodel = Sequential()\n"
                           "print model.fit(x, y, nb_epoch=2)\nmodel.fit(x, y, epochs=2)\n")
    [site] = result.sites
    assert (site.line, site.column, site.code) == (3, 23, "KRS201")
    assert site.reason == python2.CHANGED_LINE


def test_an_import_on_a_line_of_python2_syntax_is_not_changed():
    text = "from keras.layers import merge; print 'x'\nz = merge([a, b], mode='sum')\n"
    result = outcome(text)
    assert result.text == text and result.fixed == 0
    assert [site.code for site in result.sites] == ["KRS102"]
    assert "import" in result.sites[0].reason


def test_print_function_and_no_final_line_break():
    text = ("from __future__ import print_function\nfrom keras.layers import Dense\ntry:\n"
            "    print(Dense(output_dim=3), file=f)\nexcept E, e:\n    pass")
    result = outcome(text)
    assert result.python2 and not result.sites
    assert result.text == text.replace("output_dim", "units")


def test_tabs_and_spaces_mixed_are_read_as_python2_reads_them():
    text = ("from keras.layers import Dense\nif x:\n\tprint 1\n        Dense(output_dim=3)\n"
            "\tDense(output_dim=2)\n")
    result = outcome(text)
    assert result.text == text.replace("Dense(output_dim=3)", "Dense(units=3)")
    [site] = result.sites
    assert (site.line, site.column, site.reason) == (5, 8, python2.CHANGED_LINE)


def test_crlf_and_latin1_stay(tmp_path):
    header = "# -*- coding: latin-1 -*-\r\n# café résumé\r\n".encode("latin-1")
    before, after = (read(path).replace("\n", "\r\n").encode("latin-1")
                     for path in (CASES_DIR / "cnn.py", CASES_DIR / "cnn.keras2.py"))
    path = tmp_path / "latin1.py"
    path.write_bytes(header + before)
    status, lines, _ = run("-j", 1, path)
    assert status == 1 and path.read_bytes() == header + after
    assert lines and all(line.endswith(PYTHON2) for line in lines)


def test_check_lists_the_sites_marked_and_writes_nothing(tmp_path):
    path = tmp_path / "cnn.py"
    data = (CASES_DIR / "cnn.py").read_bytes()
    path.write_bytes(data)
    status, lines, err = run("--check", "-j", 1, path)
    assert status == 1 and path.read_bytes() == data
    sites = outcome(data.decode(), rewriting=False).sites
    assert len(lines) == len(sites) > 5
    for line, site in zip(lines, sites):
        match = SITE.match(line)
        assert match and match["path"] == str(path), line
        assert (int(match["line"]), int(match["col"]), match["code"]) == (
            site.line, site.column, site.code)
        assert line.endswith(f"{site.message} {PYTHON2}")
    assert f"{len(sites)} Keras 1 sites in 1 file" in err
    status, diff, _ = run("--diff", "-j", 1, path)
    assert status == 1 and path.read_bytes() == data
    assert "+from keras.layers import Convolution2D, Dense, Flatten, Input, MaxPooling2D, " \
           "concatenate" in diff


def test_a_clean_python2_file_passes_the_check(tmp_path):
    path = tmp_path / "clean.py"
    path.write_text("import keras\nprint keras.__version__\n")
    assert run("--check", "-j", 1, path)[:2] == (0, [])


@pytest.mark.parametrize("data", [b"print x\ndef broken(:\n", b"print `x\n",
                                  b"import keras\nx = 1\rprint x\n"])
def test_a_file_neither_grammar_reads_is_e999_and_left(tmp_path, data):
    path = tmp_path / "bad.py"
    path.write_bytes(data)
    for mode in ([], ["--check"]):
        status, lines, err = run(*mode, "-j", 1, path)
        assert path.read_bytes() == data and "Traceback" not in err
        assert status == 1 and len(lines) == 1 and lines[0].split()[1] == "E999", lines


def test_a_rewrite_that_is_not_python2_is_not_made(monkeypatch):
    text = read(CASES_DIR / "cnn.py")
    real = python2.parse
    monkeypatch.setattr(python2, "parse", lambda source, grammar: (
        real(source, grammar) if source == text else None))  # the rewrite does not parse
    result = outcome(text)
    assert result.text == text and result.fixed == 0 and result.python2
    assert result.error.startswith("the rewrite would not parse as Python 2")
    assert len(result.sites) == len(outcome(text, rewriting=False).sites)


def test_the_readme_shows_what_a_python2_file_gives(tmp_path, monkeypatch):
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    source = re.search(r"`legacy.py`:\n\n  ```python\n(.*?)\n  ```", readme, re.S).group(1)
    shown = re.search(r"  \$ keras2-upgrade legacy.py\n(.*?)\n  ```", readme, re.S).group(1)
    text = "".join(line[2:] + "\n" for line in source.splitlines())
    monkeypatch.chdir(tmp_path)
    Path("legacy.py").write_text(text)
    status, lines, err = run("-j", 1, "legacy.py")
    assert status == 1
    assert [line[2:] for line in shown.splitlines()] == lines + err.splitlines()
    assert Path("legacy.py").read_text() == text.replace(
        "model.fit(x, y, nb_epoch=2)\n", "model.fit(x, y, epochs=2)\n").replace(
        "print model.fit(x, y, epochs=2)", "print model.fit(x, y, nb_epoch=2)")
