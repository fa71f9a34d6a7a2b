"""pylint itself with the plugin: loading it from the command line, pyproject.toml or
.pylintrc, enabling and disabling, pragmas, off-by-default messages, bad input."""
from __future__ import annotations

import re
import subprocess
import sys

import pytest
from pylint.lint import Run
from pylint.reporters import CollectingReporter

from pylint_keras2 import describe

KERAS1 = ("from keras.layers import Convolution2D, Dense\n"
          "from keras.models import Sequential\n"
          "model = Sequential()\n"
          "model.add(Dense(output_dim=3))\n"
          "model.add(Dense(output_dim=4))  # pylint: disable=keras1-keyword\n"
          "model.add(Convolution2D(8, (3, 3)))\n"
          "model.fit(None, None, batch_size=32)\n")
OURS = re.compile(r"^(?P<path>[^:]+):(?P<line>\d+):(?P<col>\d+): (?P<id>[EWC]73\d\d): "
                  r"(?P<code>KRS\d{3}) .* \((?P<symbol>keras1-[a-z-]+)\)$")


def pylint(*args, cwd) -> subprocess.CompletedProcess:
    result = subprocess.run([sys.executable, "-m", "pylint", "--persistent=n", *args],
                            capture_output=True, text=True, cwd=cwd, check=False)
    assert "Traceback" not in result.stderr + result.stdout, result.stderr + result.stdout
    assert "keras2-lint" not in result.stderr, result.stderr
    return result


def ours(result) -> list:
    return [(int(m["line"]), m["id"], m["code"], m["symbol"])
            for m in map(OURS.match, result.stdout.splitlines()) if m]


@pytest.fixture
def project(tmp_path):
    (tmp_path / "train.py").write_text(KERAS1)
    (tmp_path / "empty_rc").write_text("[MAIN]\n")
    return tmp_path


def test_load_plugins_on_the_command_line(project):
    result = pylint("--rcfile=empty_rc", "--load-plugins=pylint_keras2", "train.py",
                    cwd=project)
    assert ours(result) == [(4, "W7321", "KRS201", "keras1-keyword")]
    assert "missing-module-docstring" in result.stdout  # pylint's own checkers still run


@pytest.mark.parametrize("name, text", [
    ("pyproject.toml", '[tool.pylint.main]\nload-plugins = ["pylint_keras2"]\n'),
    (".pylintrc", "[MAIN]\nload-plugins=pylint_keras2\n"),
])
def test_load_plugins_from_the_configuration(project, name, text):
    (project / name).write_text(text)
    result = pylint("--disable=all", "--enable=keras1-keyword", "train.py", cwd=project)
    assert ours(result) == [(4, "W7321", "KRS201", "keras1-keyword")]


def test_the_checker_alone_includes_the_off_by_default_messages(project):
    result = pylint("--rcfile=empty_rc", "--load-plugins=pylint_keras2", "--disable=all",
                    "--enable=keras2", "train.py", cwd=project)
    assert ours(result) == [(1, "C7392", "KRS902", "keras1-layer-alias"),
                            (4, "W7321", "KRS201", "keras1-keyword"),
                            (7, "W7391", "KRS901", "keras1-fit-default-epochs")]
    assert len(result.stdout.strip().splitlines()) == 3 + 4  # header, score lines


def test_one_off_by_default_message_enabled_by_symbol(project):
    result = pylint("--rcfile=empty_rc", "--load-plugins=pylint_keras2", "--disable=all",
                    "--enable=keras1-keyword,keras1-layer-alias", "train.py", cwd=project)
    assert [code for _, _, code, _ in ours(result)] == ["KRS902", "KRS201"]


def test_disable_by_message_id_and_by_checker(project):
    by_id = pylint("--rcfile=empty_rc", "--load-plugins=pylint_keras2", "--disable=W7321",
                   "train.py", cwd=project)
    by_checker = pylint("--rcfile=empty_rc", "--load-plugins=pylint_keras2",
                        "--disable=keras2", "train.py", cwd=project)
    assert ours(by_id) == [] and ours(by_checker) == []


def test_a_file_python_3_cannot_parse_gets_only_the_syntax_error(project):
    (project / "legacy.py").write_text("from keras.layers import Dense\n"
                                       "Dense(output_dim=3)\n"
                                       "print 'trained'\n")
    result = pylint("--rcfile=empty_rc", "--load-plugins=pylint_keras2", "--disable=all",
                    "--enable=keras2,syntax-error", "legacy.py", "train.py", cwd=project)
    assert re.search(r"^legacy\.py:3:\d+: E0001: .*\(syntax-error\)$", result.stdout, re.M)
    assert [path for path in map(OURS.match, result.stdout.splitlines())
            if path and path["path"] == "legacy.py"] == []
    assert ours(result)  # the other file is still checked


def test_an_internal_error_never_crashes_pylint(project, monkeypatch, caplog):
    def broken(self, node, resolvable=True):
        raise KeyError("a bug of ours")

    monkeypatch.setattr(describe.ModuleDescriber, "called", broken)
    reporter = CollectingReporter()
    Run([str(project / "train.py"), f"--rcfile={project / 'empty_rc'}",
         "--load-plugins=pylint_keras2", "--persistent=n"], reporter=reporter, exit=False)
    symbols = {message.symbol for message in reporter.messages}
    assert "astroid-error" not in symbols and "fatal" not in symbols
    assert not any(message.msg_id[1:3] == "73" for message in reporter.messages)
    assert "missing-module-docstring" in symbols
    assert "internal error" in caplog.text
