"""keras2-upgrade on notebooks of our own: code cells read in order as one module, IPython
syntax masked and kept, sites as ``path.ipynb:cell_N:line:col``, and a rewrite that changes
nothing in the file but the strings of the source lines it rewrote."""
from __future__ import annotations

import difflib
import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import event, given
from hypothesis import strategies as st

from keras2_lint.upgrade import cli, notebook_json
from keras2_lint.upgrade.notebooks import process
from keras2_lint.upgrade.selection import Selection
from tests.hostile import FUZZ, HEADER, keras_statement

KERAS1_CELLS = [
    ("markdown", "# Dense(output_dim=3) is Keras 1\n"),
    ("code", "%matplotlib inline\n!pip install keras==1.2.2\nfrom keras.models import Sequential\n"
             "from keras.layers import Dense, Convolution2D, merge\nimport numpy as np"),
    ("code", "model = Sequential()\n"
             "model.add(Convolution2D(32, 3, 3, border_mode='same'))  # café\n"
             "model.add(Dense(output_dim=10))\nmodel?"),
    ("code", "%%time\nmodel.fit(x, y, nb_epoch=2)\n"),
    ("code", "for name in names:\n    !echo {name}\n    z = merge([a, b], mode='concat', "
             "concat_axis=1)\nfiles = !ls\nmodel.fit(x, y, nb_epoch=2)"),
]
EXPECTED_SITES = [(2, 2, 29, "KRS203"), (2, 2, 35, "KRS201"), (2, 3, 17, "KRS201"),
                  (4, 3, 9, "KRS102"), (4, 5, 17, "KRS201")]


def notebook(cells, indent=1, as_string=False, ensure_ascii=False, **extra) -> str:
    """A notebook's JSON as nbformat writes it (keys in its order, sources as line lists)."""
    built = []
    for number, (kind, source) in enumerate(cells):
        lines = source if as_string else source.splitlines(True)
        cell = {"cell_type": kind, "metadata": {"tags": [f"t{number}"]}, "source": lines}
        if kind == "code":
            cell = {"cell_type": kind, "execution_count": number, "metadata": {},
                    "outputs": [{"name": "stdout", "output_type": "stream",
                                 "text": [f"output of cell {number}\n"]}], "source": lines}
        built.append(cell)
    document = {"cells": built, "metadata": {"kernelspec": {"name": "python2"}, **extra},
                "nbformat": 4, "nbformat_minor": 2}
    return json.dumps(document, indent=indent, ensure_ascii=ensure_ascii) + "\n"


def run(text: str, rewriting=True, selection=None):
    return process("nb.ipynb", text.encode("utf-8"), rewriting, selection or Selection())


def sources(text: str):
    return ["".join(cell.get("source", "")) for cell in json.loads(text, strict=False)["cells"]]


def without_sources(text: str):
    document = json.loads(text, strict=False)
    for cell in document["cells"]:
        cell.pop("source")
    return document


def changed_lines(before: str, after: str):
    diff = difflib.ndiff(before.splitlines(), after.splitlines())
    return [line for line in diff if line[:1] in "+-"]


def test_sites_are_numbered_by_code_cell_and_line_in_it():
    result = run(notebook(KERAS1_CELLS), rewriting=False)
    assert result.error is None
    assert [(s.cell, s.line, s.column, s.code) for s in result.sites] == EXPECTED_SITES


@pytest.mark.parametrize("indent", [1, 2])
def test_a_rewrite_changes_only_the_strings_of_rewritten_lines(indent):
    before = notebook(KERAS1_CELLS, indent=indent)
    result = run(before)
    after = result.data.decode("utf-8")
    assert result.sites == [] and result.fixed == 5
    assert without_sources(after) == without_sources(before)  # outputs, counts, metadata
    assert sources(after) == [
        KERAS1_CELLS[0][1], KERAS1_CELLS[1][1].replace("merge", "concatenate"),
        "model = Sequential()\nmodel.add(Convolution2D(32, (3, 3), padding='same'))  # café\n"
        "model.add(Dense(units=10))\nmodel?", KERAS1_CELLS[3][1],
        "for name in names:\n    !echo {name}\n    z = concatenate([a, b], axis=1)\n"
        "files = !ls\nmodel.fit(x, y, epochs=2)"]
    changed = changed_lines(before, after)
    assert len(changed) == 10 and all(line.lstrip("+- ").startswith('"') for line in changed)
    assert list(json.loads(after)) == list(json.loads(before))  # key order


def test_a_second_run_changes_nothing():
    once = run(notebook(KERAS1_CELLS)).data.decode("utf-8")
    again = run(once)
    assert again.data is None and again.sites == [] and again.fixed == 0


def test_an_import_in_the_first_cell_resolves_a_call_in_a_later_one():
    cells = [("code", "from keras.layers import Dense"), ("markdown", "text"),
             ("code", "x = 1"), ("code", "layer = Dense(output_dim=2)")]
    result = run(notebook(cells), rewriting=False)
    assert [(s.cell, s.line, s.code) for s in result.sites] == [(3, 1, "KRS201")]
    shadowed = cells[:3] + [("code", "Dense = dict\nlayer = Dense(output_dim=2)")]
    assert run(notebook(shadowed), rewriting=False).sites == []


def test_masked_ipython_syntax_is_never_reported_nor_changed():
    cells = [("code", "from keras.layers import Dense"),
             ("code", "%%bash\necho Dense(output_dim=1)"),
             ("code", "%time Dense(output_dim=1)\n!echo Dense(output_dim=1)\nDense?\n"
                      "out = %sx ls\nDense(output_dim=2)")]
    result = run(notebook(cells))
    assert [(s.cell, s.line) for s in result.sites] == []
    assert sources(result.data.decode()) == [
        cells[0][1], cells[1][1],
        "%time Dense(output_dim=1)\n!echo Dense(output_dim=1)\nDense?\nout = %sx ls\n"
        "Dense(units=2)"]


def test_a_source_given_as_one_string_stays_one_string():
    before = notebook(KERAS1_CELLS[1:3], as_string=True)
    after = run(before).data.decode("utf-8")
    assert all(isinstance(cell["source"], str) for cell in json.loads(after)["cells"])
    assert "padding='same'" in sources(after)[1]
    assert len(changed_lines(before, after)) == 2  # the one-line source, before and after


def test_lines_added_or_removed_keep_the_list_laid_out_as_it_was():
    cells = [("code", "from keras.layers import Dense\nfrom keras.layers.core import "
                      "TimeDistributedDense\nfrom keras.utils.visualize_util import plot"),
             ("code", "plot(model, to_file='m.png')")]
    before = notebook(cells, indent=2)
    after = run(before).data.decode("utf-8")
    assert sources(after) == ["from keras.layers import Dense\n"
                              "from keras.utils.vis_utils import plot_model",
                              "plot_model(model, to_file='m.png')"]
    assert len(changed_lines(before, after)) == 5
    assert '        "from keras.layers import Dense\\n",\n        "from keras.utils.vis' in after


def test_escaped_non_ascii_stays_escaped():
    before = notebook(KERAS1_CELLS[1:3], ensure_ascii=True)
    after = run(before).data.decode("utf-8")
    assert "caf\\u00e9" in after and "café" not in after
    assert len(changed_lines(before, after)) == 4


def test_raw_control_characters_are_read_and_kept():
    before = notebook(KERAS1_CELLS[1:3]).replace("output of cell 1", "\x1b[31mred\x1b[0m\t")
    with pytest.raises(json.JSONDecodeError):
        json.loads(before)
    after = run(before).data.decode("utf-8")
    assert "\x1b[31mred\x1b[0m\t" in after
    assert len(changed_lines(before, after)) == 4


def test_a_keras2_notebook_and_markdown_are_left_byte_for_byte():
    cells = [("markdown", "Keras 1: `Dense(output_dim=2)`"),
             ("code", "from keras.layers import Dense\nlayer = Dense(units=2)")]
    result = run(notebook(cells))
    assert result.data is None and result.sites == [] and result.error is None


def test_a_python2_cell_goes_through_the_python2_path():
    cells = [("code", "from keras.layers import Dense"),
             ("code", "print 'building'\nlayer = Dense(output_dim=3)\nprint Dense(output_dim=4)")]
    result = run(notebook(cells))
    assert result.kind == "python2"
    assert sources(result.data.decode())[1] == (
        "print 'building'\nlayer = Dense(units=3)\nprint Dense(output_dim=4)")
    assert [(s.cell, s.line, s.code, "Python 2 only" in s.reason) for s in result.sites] == [
        (2, 3, "KRS201", True)]


@pytest.mark.parametrize("data, wanted", [
    (b"{not json", "is not a notebook"),
    (b'{"cells": {"a": 1}}', "is not a notebook"),
    (b'{"nbformat": 3, "worksheets": []}', "no list of cells"),
    (b"\xff\xfe", "is not a notebook"),
    (b'{"cells": [{"cell_type": "code", "source": [1]}]}', "not a string"),
])
def test_what_is_not_a_notebook_is_reported_not_raised(data, wanted):
    result = process("bad.ipynb", data, True, Selection())
    assert wanted in result.error and result.data is None


def test_code_that_no_grammar_reads_is_reported_at_its_cell():
    cells = [("code", "import keras"), ("code", "x = 1\ndef broken(:\n")]
    result = run(notebook(cells))
    assert result.error.startswith("SyntaxError") and result.data is None
    assert (result.error_cell, result.error_at[0]) == (2, 2)


def test_the_scanner_places_every_source_string():
    text = notebook(KERAS1_CELLS, indent=2)
    for cell, decoded in zip(notebook_json.cells(text), json.loads(text)["cells"]):
        assert cell.lines == (decoded["source"] if isinstance(decoded["source"], list)
                              else [decoded["source"]])
        assert [json.loads(text[a:b]) for a, b in cell.source.spans] == cell.lines


def test_the_command_checks_and_rewrites_notebooks_in_a_directory(tmp_path, capsys):
    (tmp_path / "nb.ipynb").write_text(notebook(KERAS1_CELLS), encoding="utf-8")
    checkpoints = tmp_path / ".ipynb_checkpoints"
    checkpoints.mkdir()
    (checkpoints / "nb-checkpoint.ipynb").write_text(notebook(KERAS1_CELLS), encoding="utf-8")
    assert cli.main(["--check", str(tmp_path)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert [line.split(": ")[0] for line in lines] == [
        f"{tmp_path / 'nb.ipynb'}:cell_{cell}:{line}:{column}"
        for cell, line, column, _ in EXPECTED_SITES]
    assert cli.main([str(tmp_path)]) == 1
    assert cli.main(["--check", str(tmp_path)]) == 0


@pytest.fixture(scope="module")
def nbqa_notebook(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("nbqa") / "keras1.ipynb"
    path.write_text(notebook(KERAS1_CELLS[:3]), encoding="utf-8")
    return path


def nbqa(*arguments):
    bin_dir = Path(sys.executable).parent
    return subprocess.run([str(bin_dir / "nbqa"), *arguments], capture_output=True, text=True,
                          timeout=120)


def test_nbqa_flake8_runs_the_plugin_on_cells(nbqa_notebook):
    run_ = nbqa("flake8", str(nbqa_notebook), "--select", "KRS1,KRS2,KRS3")
    found = [line.split(": ")[0].split(":", 1)[1] + " " + line.split(": ")[1][:6]
             for line in run_.stdout.splitlines()]
    assert found == ["cell_2:2:29 KRS203", "cell_2:2:35 KRS201", "cell_2:3:17 KRS201"]


def test_nbqa_pylint_runs_the_plugin_on_cells(nbqa_notebook):
    run_ = nbqa("pylint", str(nbqa_notebook), "--load-plugins=pylint_keras2",
                "--disable=all", "--enable=keras2")
    assert "cell_2:3:16: W7321: KRS201" in run_.stdout
    assert "cell_2:2:28: W7323: KRS203" in run_.stdout


def test_a_cell_holding_the_boundary_comment_is_refused_not_guessed():
    from keras2_lint.upgrade.notebooks import Joined
    cells = [("code", "from keras.layers import Dense\n" + Joined.BOUNDARY + "x = 1"),
             ("code", "layer = Dense(output_dim=2)")]
    result = run(notebook(cells))
    assert result.data is None
    assert [(s.cell, s.line, s.reason) for s in result.sites] == [
        (2, 1, "the rewrite would change the cells' layout")]


def test_empty_cells_and_cells_without_a_source_keep_their_place():
    cells = [{"cell_type": "code", "outputs": []}, {"cell_type": "code", "source": []},
             {"cell_type": "code", "source": "from keras.layers import merge\n"
                                             "x = merge([a, b], mode='sum')"}]
    data = json.dumps({"cells": cells, "nbformat": 4}).encode()
    result = process("nb.ipynb", data, True, Selection())
    assert result.error is None and result.sites == []
    assert json.loads(result.data)["cells"][:2] == cells[:2]
    assert sources(result.data.decode())[2] == "from keras.layers import add\nx = add([a, b])"


def test_every_truncation_of_a_notebook_is_reported_not_raised():
    text = notebook(KERAS1_CELLS[1:3], indent=0)
    for end in range(len(text) - 2):
        result = process("cut.ipynb", text[:end].encode("utf-8"), True, Selection())
        assert result.data is None and result.error is not None, end


_EXTRA_LINES = ["%matplotlib inline", "!ls -la", "files = !ls", "model?", "# a comment",
                "", "print 'python 2'", "x = 1  # noqa", "    ", "\t",
                "layer = Dense(output_dim=3)", "model.fit(x, y, nb_epoch=2)",
                "z = merge([a, b], mode='sum')", "layer = Dense(output_dim=3)  # café"]


@FUZZ
@given(st.lists(st.tuples(st.booleans(), st.lists(
    st.one_of(st.sampled_from(_EXTRA_LINES), keras_statement()), max_size=5)),
    min_size=1, max_size=5), st.integers(0, 2), st.booleans())
def test_generated_notebooks_keep_everything_but_rewritten_sources(cells, indent, ascii_only):
    built = [("code" if code else "markdown", "\n".join(lines)) for code, lines in cells]
    before = notebook([("code", HEADER)] + built, indent=indent, ensure_ascii=ascii_only)
    result = run(before)
    event("rewritten" if result.data else result.error and "error" or "unchanged")
    if result.data is None:
        return
    after = result.data.decode("utf-8")
    assert without_sources(after) == without_sources(before)
    old, new = sources(before), sources(after)
    kinds = ["code"] + [kind for kind, _ in built]
    for kind, old_source, new_source in zip(kinds, old, new):
        if kind != "code" or old_source.lstrip().startswith("%%"):
            assert new_source == old_source
        else:  # IPython lines stay where they were, as they were
            magic = [line for line in old_source.splitlines() if line.lstrip()[:1] in "%!"]
            assert [line for line in new_source.splitlines() if line.lstrip()[:1] in "%!"] == \
                magic
    again = run(after)
    assert again.data is None and again.fixed == 0
