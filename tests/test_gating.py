"""Gating a pull request as the README says: the repository's pre-commit hooks through
``pre-commit try-repo``, and ``diff-quality`` failing on a new Keras 1 line only, with the
flake8 and the pylint plugin. Each runs in a small git repository of its own."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
KERAS1 = "from keras.layers import Dense\n\nlayer = Dense(output_dim=3, init='uniform')\n"
KERAS2 = "from keras.layers import Dense\n\nlayer = Dense(units=3, kernel_initializer='uniform')\n"
NOTEBOOK = json.dumps({"cells": [{"cell_type": "code", "execution_count": None, "metadata": {},
                                  "outputs": [], "source": KERAS1.splitlines(True)}],
                       "metadata": {}, "nbformat": 4, "nbformat_minor": 5}, indent=1)


@pytest.fixture()
def env(tmp_path):
    """This virtualenv's commands first on PATH, a git identity, pre-commit's home in tmp."""
    bin_dir = os.path.dirname(sys.executable)
    return dict(os.environ, PATH=bin_dir + os.pathsep + os.environ.get("PATH", ""),
                GIT_AUTHOR_NAME="Test", GIT_AUTHOR_EMAIL="test@example.invalid",
                GIT_COMMITTER_NAME="Test", GIT_COMMITTER_EMAIL="test@example.invalid",
                PRE_COMMIT_HOME=str(tmp_path / "pre-commit-home"), PRE_COMMIT_COLOR="never")


def git(cwd: Path, env: dict, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=cwd, env=env, check=True, capture_output=True,
                          text=True).stdout


def repository(path: Path, env: dict, files: dict) -> Path:
    """A git repository on branch main holding ``files``, committed."""
    path.mkdir()
    git(path, env, "init", "-q", "-b", "main")
    for name, text in files.items():
        (path / name).write_text(text, encoding="utf-8")
    git(path, env, "add", ".")
    git(path, env, "commit", "-q", "-m", "first")
    return path


# -- pre-commit ------------------------------------------------------------------------------

def try_repo(cwd: Path, env: dict, *args: str) -> subprocess.CompletedProcess:
    """``pre-commit try-repo`` of this repository (its HEAD and uncommitted tracked changes):
    it installs the package into a hook environment of its own, from PyPI as needed."""
    return subprocess.run([sys.executable, "-m", "pre_commit", "try-repo", str(ROOT), *args],
                          cwd=cwd, env=env, capture_output=True, text=True, check=False,
                          timeout=300)


def test_the_hooks_manifest_names_both_hooks():
    import yaml

    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert [(hook["id"], hook["entry"]) for hook in hooks] == [
        ("keras2-upgrade", "keras2-upgrade"), ("keras2-upgrade-check", "keras2-upgrade --check")]
    assert all(hook["language"] == "python" and hook["types_or"] == ["python", "jupyter"]
               for hook in hooks)


def test_the_check_hook_fails_on_keras1_and_writes_nothing(tmp_path, env):
    project = repository(tmp_path / "project", env, {"model.py": KERAS1, "nb.ipynb": NOTEBOOK})
    result = try_repo(project, env, "keras2-upgrade-check", "--files", "model.py", "nb.ipynb")
    assert result.returncode == 1, result.stdout + result.stderr
    assert "keras2-upgrade --check" in result.stdout and "Failed" in result.stdout
    assert "model.py:3:15: KRS201 Keras 1 keyword `output_dim=`" in result.stdout
    assert "model.py:3:29: KRS201 Keras 1 keyword `init=`" in result.stdout
    assert "nb.ipynb:cell_1:3:15: KRS201 Keras 1 keyword `output_dim=`" in result.stdout
    assert (project / "model.py").read_text(encoding="utf-8") == KERAS1
    assert (project / "nb.ipynb").read_text(encoding="utf-8") == NOTEBOOK


def test_the_rewrite_hook_rewrites_keras1_and_fails_the_commit(tmp_path, env):
    project = repository(tmp_path / "project", env, {"model.py": KERAS1})
    result = try_repo(project, env, "keras2-upgrade", "--files", "model.py")
    assert result.returncode == 1, result.stdout + result.stderr
    assert "files were modified by this hook" in result.stdout
    assert (project / "model.py").read_text(encoding="utf-8") == KERAS2


def test_both_hooks_pass_on_keras2(tmp_path, env):
    project = repository(tmp_path / "project", env, {"model.py": KERAS2})
    result = try_repo(project, env, "--files", "model.py")  # every hook of the manifest
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.count("Passed") == 2
    assert (project / "model.py").read_text(encoding="utf-8") == KERAS2


# -- diff-quality ----------------------------------------------------------------------------

@pytest.fixture()
def pull_request(tmp_path, env):
    """main holds an old Keras 1 line; the branch ``feature`` adds a new one."""
    project = repository(tmp_path / "pr", env, {"model.py": "from keras.layers import Dense\n\n"
                                                            "OLD = Dense(output_dim=3)\n"})
    git(project, env, "checkout", "-q", "-b", "feature")
    with open(project / "model.py", "a", encoding="utf-8") as file:
        file.write("NEW = Dense(10, init='uniform')\n")
    git(project, env, "commit", "-q", "-a", "-m", "a new Keras 1 line")
    whole = subprocess.run([sys.executable, "-m", "flake8", "--select=KRS", "model.py"],
                           cwd=project, capture_output=True, text=True, check=False)
    assert [line.split(":")[1] for line in whole.stdout.splitlines()] == ["3", "4"]
    return project


def diff_quality(cwd: Path, env: dict, tool: str, options: str) -> subprocess.CompletedProcess:
    command = [os.path.join(os.path.dirname(sys.executable), "diff-quality"),
               f"--violations={tool}", "--compare-branch=main", "--fail-under=100",
               f"--options={options}"]
    return subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True,
                          check=False, timeout=120)


@pytest.mark.parametrize("tool, options, code", [
    ("flake8", "--select=KRS", "KRS201"),
    ("pylint", "--load-plugins=pylint_keras2 --disable=all --enable=keras2", "keras1-keyword"),
])
def test_diff_quality_fails_on_the_new_keras1_line_only(pull_request, env, tool, options,
                                                        code):
    result = diff_quality(pull_request, env, tool, options)
    assert result.returncode == 1, result.stdout + result.stderr
    reported = [line for line in result.stdout.splitlines() if line.startswith("model.py:")]
    assert len(reported) == 1 and reported[0].startswith("model.py:4:"), result.stdout
    assert code in reported[0] and "`init=`" in reported[0]
    assert "Violations: 1 line" in result.stdout


@pytest.mark.parametrize("tool, options", [
    ("flake8", "--select=KRS"),
    ("pylint", "--load-plugins=pylint_keras2 --disable=all --enable=keras2"),
])
def test_diff_quality_passes_a_branch_that_adds_no_keras1(tmp_path, env, tool, options):
    project = repository(tmp_path / "pr", env, {"model.py": "from keras.layers import Dense\n\n"
                                                            "OLD = Dense(output_dim=3)\n"})
    git(project, env, "checkout", "-q", "-b", "feature")
    with open(project / "model.py", "a", encoding="utf-8") as file:
        file.write("NEW = Dense(10, kernel_initializer='uniform')\n")
    git(project, env, "commit", "-q", "-a", "-m", "a new Keras 2 line")
    result = diff_quality(project, env, tool, options)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Violations: 0 lines" in result.stdout
