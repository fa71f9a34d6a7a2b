"""keras2-upgrade as a user runs it: bytes kept (line endings, encodings, BOM, tabs, file
mode), modes and exit codes, code selection and noqa, which files are read, and bad input."""
from __future__ import annotations

import io
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from keras2_lint.upgrade import cli, files, rewrite
from keras2_lint.upgrade.selection import Selection
from tests.test_examples import run_flake8

CASES = Path(__file__).parent / "upgrade" / "cases"


def run(*args):
    """The command in this process; (exit status, stdout lines, stderr)."""
    out, err = io.StringIO(), io.StringIO()
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = out, err
    try:
        status = cli.main([*map(str, args)])
    finally:
        sys.stdout, sys.stderr = saved
    return status, out.getvalue().splitlines(), err.getvalue()


def case(name: str, keras2: bool = False) -> bytes:
    return (CASES / f"{name}{'.keras2' if keras2 else ''}.py").read_bytes()


@pytest.mark.parametrize("name", ["keywords", "positional", "merge", "imports"])
def test_crlf_stays_crlf(tmp_path, name):
    path = tmp_path / "crlf.py"
    path.write_bytes(case(name).replace(b"\n", b"\r\n"))
    run("-j", 1, path)
    assert path.read_bytes() == case(name, keras2=True).replace(b"\n", b"\r\n")


def test_a_latin1_file_stays_latin1(tmp_path):
    header = "# -*- coding: latin-1 -*-\n# café, naïve résumé\n".encode("latin-1")
    path = tmp_path / "latin1.py"
    path.write_bytes(header + case("positional"))
    run("-j", 1, path)
    assert path.read_bytes() == header + case("positional", keras2=True)


def test_a_bom_stays(tmp_path):
    path = tmp_path / "bom.py"
    path.write_bytes(b"\xef\xbb\xbf" + case("merge"))
    run("-j", 1, path)
    assert path.read_bytes() == b"\xef\xbb\xbf" + case("merge", keras2=True)


def test_non_ascii_text_before_an_edit_on_its_line(tmp_path):
    path = tmp_path / "utf8.py"
    path.write_text("from keras.layers import Dense\nlabel = 'ünïcødé'; Dense(output_dim=3)  "
                    "# naïve\n", encoding="utf-8")
    run("-j", 1, path)
    assert path.read_text(encoding="utf-8") == (
        "from keras.layers import Dense\nlabel = 'ünïcødé'; Dense(units=3)  # naïve\n")


def test_tabs_and_an_import_added_inside_a_function(tmp_path):
    path = tmp_path / "tabs.py"
    path.write_text("def build(a, b):\n"
                    "\tfrom keras.engine.topology import merge\n"
                    "\tif a is not None:\n"
                    "\t\treturn merge([a, b], mode='sum')\n", encoding="utf-8")
    run("-j", 1, path)
    assert path.read_text(encoding="utf-8") == (
        "def build(a, b):\n"
        "\tfrom keras.layers import add\n"
        "\tif a is not None:\n"
        "\t\treturn add([a, b])\n")


def test_the_file_mode_is_kept_and_nothing_else_is_left_behind(tmp_path):
    path = tmp_path / "script.py"
    path.write_bytes(case("keywords"))
    path.chmod(0o751)
    run("-j", 1, path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o751
    assert sorted(p.name for p in tmp_path.iterdir()) == ["script.py"]


def test_a_failed_write_leaves_the_file_and_no_temporary(tmp_path, monkeypatch):
    path = tmp_path / "script.py"
    path.write_bytes(case("keywords"))

    def refuse(source, target):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", refuse)
    status, lines, err = run("-j", 1, path)
    assert path.read_bytes() == case("keywords")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["script.py"]
    assert any("E902 not rewritten: disk full" in line for line in lines)
    assert status == 1


def test_symbolic_links_are_not_followed(tmp_path):
    target = tmp_path / "real.py"
    target.write_bytes(case("keywords"))
    (tmp_path / "link.py").symlink_to(target)
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "linked_dir").symlink_to(tmp_path)
    assert files.discover([str(tmp_path)])[0] == [str(target)]
    assert files.discover([str(outside)])[0] == []
    status, lines, _ = run("-j", 1, tmp_path / "link.py")
    assert target.read_bytes() == case("keywords")
    assert any("symbolic link" in line for line in lines)


def test_which_files_a_directory_gives(tmp_path):
    for name in ["a.py", "pkg/b.py", "notes.txt", ".hidden/c.py", "build/d.py", "dist/e.py",
                 "venv/lib/f.py", "skipme/g.py", "pkg/h_skip.py"]:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("import keras\n")
    (tmp_path / "venv" / "pyvenv.cfg").write_text("home = /usr\n")
    found, missing = files.discover([str(tmp_path), str(tmp_path / "gone.py")],
                                    ["skipme", "*_skip.py"])
    assert [Path(path).relative_to(tmp_path).as_posix() for path in found] == ["a.py",
                                                                               "pkg/b.py"]
    assert missing == [str(tmp_path / "gone.py")]


def test_check_prints_what_flake8_prints_and_exits_1(tmp_path):
    for name in ["keywords", "merge", "refusals"]:
        (tmp_path / f"{name}.py").write_bytes(case(name))
    status, lines, err = run("--check", "-j", 1, tmp_path)
    flake8 = run_flake8("--select", "KRS1,KRS2,KRS3,KRS4", str(tmp_path))
    assert sorted(lines) == sorted(f"{f['path']}:{f['line']}:{f['col']}: {f['code']} {f['text']}"
                                   for f in flake8)
    assert status == 1
    assert f"{len(lines)} Keras 1 sites in 3 files" in err
    assert all(path.read_bytes() == case(path.stem) for path in tmp_path.iterdir())


def test_check_on_keras2_code_exits_0(tmp_path):
    (tmp_path / "clean.py").write_bytes(case("keywords", keras2=True))
    (tmp_path / "lookalikes.py").write_bytes(case("shadowed"))
    assert run("--check", "-j", 1, tmp_path)[:2] == (0, [])


def test_a_missing_path_exits_2(tmp_path):
    (tmp_path / "clean.py").write_bytes(case("shadowed"))
    status, _, err = run("--check", tmp_path / "clean.py", tmp_path / "nowhere")
    assert status == 2
    assert "nowhere: no such file or directory" in err


def test_usage_errors_exit_2(capsys):
    with pytest.raises(SystemExit) as exit_:
        cli.main(["--check", "--diff", "x.py"])
    assert exit_.value.code == 2
    with pytest.raises(SystemExit) as exit_:
        cli.main([])
    assert exit_.value.code == 2


def test_diff_writes_nothing(tmp_path):
    path = tmp_path / "merge.py"
    path.write_bytes(case("merge"))
    status, lines, err = run("--diff", "-j", 1, path)
    assert path.read_bytes() == case("merge")
    assert status == 1
    assert lines[0] == f"--- {path}" and lines[1] == f"+++ {path}"
    assert "-joined = merge([left, right], mode='concat', concat_axis=-1)" in lines
    assert "+joined = concatenate([left, right], axis=-1)" in lines
    assert "1 file would be rewritten" in err


def test_a_rewrite_prints_what_it_left_with_why(tmp_path):
    path = tmp_path / "refusals.py"
    path.write_bytes(case("refusals"))
    status, lines, err = run("-j", 1, path)
    assert status == 1
    assert any(line.endswith("[not rewritten: `units=` is given too (Keras 2 raises TypeError)]")
               for line in lines)
    assert "0 files rewritten, 0 sites fixed, 20 sites left for a person" in err


def test_select_and_ignore_choose_what_is_rewritten(tmp_path):
    source = ("from keras.layers import Convolution2D\n"
              "Convolution2D(8, 3, 3, border_mode='same')\n")
    path = tmp_path / "pick.py"
    path.write_text(source)
    run("-j", 1, "--select", "KRS902", path)
    assert path.read_text() == ("from keras.layers import Conv2D\n"
                                "Conv2D(8, 3, 3, border_mode='same')\n")
    path.write_text(source)
    run("-j", 1, "--ignore", "KRS203", path)
    assert path.read_text() == ("from keras.layers import Convolution2D\n"
                                "Convolution2D(8, 3, 3, padding='same')\n")
    path.write_text(source)
    status, lines, _ = run("--check", "--select", "KRS1,KRS2", path)
    assert [line.split()[1] for line in lines] == ["KRS203", "KRS201"]


def test_noqa_silences_like_flake8(tmp_path):
    path = tmp_path / "noqa.py"
    path.write_text("from keras.layers import Dense\n"
                    "Dense(output_dim=1)  # noqa: KRS201\n"
                    "Dense(output_dim=2,\n"
                    "      init='uniform')  # noqa\n"
                    "Dense(output_dim=3)  # noqa: E501\n")
    status, lines, _ = run("--check", path)
    assert [line.split(":")[1] for line in lines] == ["5"]
    run("-j", 1, path)
    assert path.read_text().splitlines()[1:] == ["Dense(output_dim=1)  # noqa: KRS201",
                                                 "Dense(output_dim=2,",
                                                 "      init='uniform')  # noqa",
                                                 "Dense(units=3)  # noqa: E501"]


def test_jobs_give_the_same_result_as_one(tmp_path):
    trees = []
    for jobs in (1, 2):
        tree = tmp_path / f"jobs{jobs}"
        tree.mkdir()
        for name in ["keywords", "positional", "merge", "imports", "refusals", "kwargs"]:
            (tree / f"{name}.py").write_bytes(case(name))
        status, lines, err = run("-j", jobs, tree)
        trees.append((status, [line.replace(str(tree), "") for line in lines], err,
                      {p.name: p.read_bytes() for p in tree.iterdir()}))
    assert trees[0] == trees[1]


def test_progress_shows_only_on_a_terminal(monkeypatch):
    class Terminal(io.StringIO):
        def isatty(self):
            return True

    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert list(cli._progress(iter(range(20)), 20)) == list(range(20))
    assert "keras2-upgrade: 16/20 files" in terminal.getvalue()
    assert "20/20 files" in terminal.getvalue()
    quiet = io.StringIO()
    monkeypatch.setattr(sys, "stderr", quiet)
    assert list(cli._progress(iter(range(20)), 20)) == list(range(20))
    assert quiet.getvalue() == ""


@pytest.mark.parametrize("data, code", [
    (b"import keras\ndef broken(:\n", "E999"),
    (b"import keras\nx = 1\x00\n", "E999"),
    (b"import keras\n# caf\xe9 without a coding cookie\n", "E902"),
    (b"# -*- coding: no-such-codec -*-\nimport keras\n", "E902"),
    (b"import keras\nx = " + b"(" * 500 + b"1" + b")" * 500 + b"\n", None),
])
def test_bad_input_is_reported_and_left_as_it_was(tmp_path, data, code):
    path = tmp_path / "bad.py"
    path.write_bytes(data)
    for mode in ([], ["--check"]):
        status, lines, err = run(*mode, "-j", 1, path)
        assert path.read_bytes() == data
        assert "Traceback" not in err
        if code:
            assert status == 1 and lines and lines[0].split()[1] == code, lines
            assert lines[0].startswith(f"{path}:")


def test_a_rewrite_that_would_not_compile_is_not_written(tmp_path, monkeypatch):
    monkeypatch.setattr(rewrite, "apply", lambda text, edits: text + "\ndef (:\n")
    source = case("keywords").decode()
    outcome = rewrite.upgrade(source, Selection())
    assert outcome.text == source and outcome.fixed == 0
    assert outcome.error.startswith("the rewrite would not compile (SyntaxError")
    assert outcome.sites  # every site is still reported


def test_the_console_script_and_the_module_run(tmp_path):
    path = tmp_path / "clean.py"
    path.write_text("import keras\n")
    script = Path(sys.executable).with_name("keras2-upgrade")
    for command in ([str(script)], [sys.executable, "-m", "keras2_lint.upgrade"]):
        result = subprocess.run([*command, "--check", str(path)], capture_output=True,
                                text=True, check=False)
        assert result.returncode == 0, result.stderr
        assert "0 Keras 1 sites in 1 file" in result.stderr


def test_a_run_on_one_process_over_python3_files_loads_no_pool_nor_fissix(tmp_path):
    """What keeps the command's start cheap (bench/: a third of a one-file run's instructions):
    the process pool and fissix's grammars are imported only when a run needs them."""
    (tmp_path / "model.py").write_bytes(case("keywords"))
    (tmp_path / "old.py").write_text("import keras\nprint 'Python 2'\n")
    code = ("import sys\nfrom keras2_lint.upgrade import cli\n"
            "cli.main(['--check', '--jobs', '1', sys.argv[1]])\n"
            "print(sorted(m for m in sys.modules if m.startswith(('fissix', "
            "'concurrent.futures.process'))))\n")
    loaded = []
    for name in ("model.py", "old.py"):
        result = subprocess.run([sys.executable, "-c", code, str(tmp_path / name)],
                                capture_output=True, text=True, check=True)
        assert "1 file" in result.stderr, result.stderr
        loaded.append(result.stdout.splitlines()[-1])
    assert loaded[0] == "[]"
    assert "'fissix'" in loaded[1] and "concurrent" not in loaded[1]
