"""Run flake8 itself over the example files and compare with their inline expectations."""
from __future__ import annotations

import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from tests.expectations import expected_findings

EXAMPLES = Path(__file__).parent / "examples"
OFF_BY_DEFAULT = {"off_by_default.py"}
LINE = re.compile(r"^(?P<path>.+?):(?P<line>\d+):(?P<col>\d+): (?P<code>KRS\d{3}) (?P<text>.*)$")


def run_flake8(*args: str) -> list:
    """flake8 in a subprocess, isolated from any configuration; KRS lines parsed."""
    result = subprocess.run([sys.executable, "-m", "flake8", "--isolated", *args],
                            capture_output=True, text=True, check=False)
    assert result.stderr == "", result.stderr
    return [LINE.match(line).groupdict() for line in result.stdout.splitlines()
            if LINE.match(line)]


@pytest.fixture(scope="module")
def default_run():
    files = sorted(p for p in EXAMPLES.glob("*.py") if p.name not in OFF_BY_DEFAULT)
    return run_flake8(*map(str, files))


@pytest.fixture(scope="module")
def select_all_run():
    return run_flake8("--select", "KRS", *(str(EXAMPLES / name) for name in OFF_BY_DEFAULT))


def found_in(run: list, path: Path) -> Counter:
    return Counter((int(f["line"]), f["code"]) for f in run if Path(f["path"]).name == path.name)


@pytest.mark.parametrize("name", sorted(p.name for p in EXAMPLES.glob("*.py")
                                        if p.name not in OFF_BY_DEFAULT))
def test_example_file(default_run, name):
    path = EXAMPLES / name
    assert found_in(default_run, path) == expected_findings(path)


@pytest.mark.parametrize("name", sorted(OFF_BY_DEFAULT))
def test_off_by_default_rules_need_selecting(default_run, select_all_run, name):
    path = EXAMPLES / name
    assert found_in(select_all_run, path) == expected_findings(path)
    assert expected_findings(path)
    default = run_flake8(str(path))
    assert default == []


def test_every_message_names_replacement_and_url(default_run):
    assert len(default_run) > 100
    for finding in default_run:
        assert re.search(r" https://keras\.io/\S+$", finding["text"]), finding
        assert re.search(r"Keras 1", finding["text"]) or "()" in finding["text"], finding
        assert re.search(r"\b(use|wants|pass|drop|add|rename|create)\b", finding["text"]), finding


def test_every_default_rule_has_an_example(default_run, select_all_run):
    from keras2_lint.rules import RULES

    reported = {f["code"] for f in default_run + select_all_run}
    assert reported == {rule.code for rule in RULES}


def test_noqa_silences_one_code(tmp_path):
    source = ("from keras.layers import Dense\n"
              "Dense(output_dim=3, init='uniform')  # noqa: KRS201\n"
              "Dense(output_dim=3)\n")
    path = tmp_path / "noqa_example.py"
    path.write_text(source)
    assert [(f["line"], f["code"]) for f in run_flake8(str(path))] == [("3", "KRS201")]


def test_family_select_leaves_off_by_default_rules_off():
    path = EXAMPLES / "off_by_default.py"
    assert run_flake8("--select", "KRS1,KRS2,KRS3,KRS4", str(path)) == []
    assert {f["code"] for f in run_flake8("--select", "KRS9", str(path))} == {"KRS901", "KRS902"}


def test_columns_point_at_the_keyword(default_run):
    path = EXAMPLES / "deprecated.py"
    lines = path.read_text().splitlines()
    for finding in default_run:
        if Path(finding["path"]).name == path.name and "keyword `" in finding["text"]:
            keyword = re.search(r"keyword `(\w+)=`", finding["text"]).group(1)
            line = lines[int(finding["line"]) - 1]
            column = int(finding["col"]) - 1
            assert line[column:].startswith(keyword) or line[column:].startswith(f"'{keyword}'")
