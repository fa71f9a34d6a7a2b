#!/usr/bin/env python3
"""Benchmark keras2-lint: what the plugins add to flake8 and pylint, and how the checkers scale.

    python bench/run.py             # the full run: about 8 minutes on 2 cores
    python bench/run.py --quick     # about 2 minutes: fewer pairs, smaller inputs, noisier

One run measures, and prints as a README-ready markdown table:

1. flake8 (its default checks: pyflakes, pycodestyle, mccabe) with keras2-lint installed vs
   without it, on Keras-1-heavy code: generated Keras 1 modules and scripts
   (``bench/keras1_corpus.py``) and the source of Keras 1.2.2 (its sdist, downloaded from PyPI
   with ``pip download`` into the cache);
2. the same on Keras-free code: a fixed subset of the Python standard library's own modules;
3. pylint with vs without ``--load-plugins=pylint_keras2`` on generated Keras 1 library
   modules (not scripts: pylint's own inference takes seconds on a script that rebinds the same
   names over and over, whatever the plugins) and on a smaller standard-library subset;
4. scaling: ``keras2_lint.astfront.check.check_tree`` on an ``ast`` tree and the file's lines
   (as the plugin calls it) and the pylint checker on an astroid tree (pylint's walker with only our
   checker) over generated files of 1k, 10k and 100k lines, in microseconds per line, for
   library-style modules, for scripts that star-import ``keras.layers`` (many bindings of the
   same names in one scope), and for one long functional-API function (``x = Layer(...)(x)``
   on every line);
5. ``keras2-upgrade --check`` beside ``pyupgrade --py36-plus`` over the same files (the
   generated Keras 1 tree and the Keras 1.2.2 source): one process each (``--jobs 1``), and
   ``keras2-upgrade --check`` on every core as a figure of its own. pyupgrade rewrites in place,
   so both run on a copy that pyupgrade has already rewritten: every run then reads and
   checks every file and writes nothing, as ``--check`` does.

"Without the plugin" is a second virtualenv: the script creates, in the cache directory, two
virtualenvs from the same base interpreter with the same flake8, pyflakes, pycodestyle and
mccabe versions as the running interpreter, and installs keras2-lint (this working tree, not
editable) into one of them only; ``flake8 --version`` of both is checked to list the same
plugins but keras2-lint. They are rebuilt when the versions or the sources change. pylint runs
in the running interpreter, which must have pylint installed (``pip install -e '.[test]'``);
``PYTHONPATH`` points at this working tree for both pylint runs, whose packages are compiled to
bytecode first, as an installed plugin is.

Every comparison alternates the two commands (A B, then B A, ...) after one warm-up run of
each, and reports the medians of wall time and of CPU time (user + system of the process and
its children, from ``wait4``), and the overhead: the median over the pairs of with / without
- 1, with the smallest and largest pair in brackets. CPU time is what to read when the machine
is shared: it barely moves with other load. Two columns hold up better still on a busy
machine: the overhead between the fastest runs, and the plugin's own time measured in process
(its import, with the catalogue it loads on first use, plus its checker over the corpus on
trees built beforehand).

Options:
  --quick           3 pairs, smaller corpora, scaling up to 10k lines only
  --pairs N         A/B pairs per comparison (default: 10 for flake8, 6 for pylint; --quick: 3)
  --cache DIR       virtualenvs, downloads and corpora (default $KERAS2_LINT_BENCH_CACHE, else
                    ~/.cache/keras2-lint-bench)
  --jobs N          --jobs of flake8 and pylint (default 1, the least noisy)
  --no-download     leave out the Keras 1.2.2 corpus (no network needed, once the virtualenvs
                    exist)
  --only PART       run only flake8, pylint, scaling or upgrade (repeat the option to run
                    several)
  --budget SECONDS  longest single scaling measurement; a size whose projected time exceeds it
                    is not run, one that runs over it is stopped (default 60; --quick: 30)
  --profile         also print cProfile's top functions of check_tree, and of the pylint
                    checker, over the largest library-style file
  --markdown FILE   also write the markdown to FILE
  --instructions    also count the instructions each flake8 and pylint command (and the
                    one-process keras2-upgrade and pyupgrade runs) executes
                    (valgrind's callgrind, one run each, about 50 times slower than a run):
                    a figure no other load on the machine changes. The verdict then goes by
                    it instead of the medians (and still by the plugin's own code).
"""
from __future__ import annotations

import argparse
import ast
import cProfile
import contextlib
import gc
import hashlib
import io
import json
import math
import os
import platform
import pstats
import re
import shutil
import signal
import statistics
import subprocess
import sys
import sysconfig
import tarfile
import tempfile
import time
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Callable, Dict, List, Optional, Sequence, Tuple

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bench.keras1_corpus import (generate_long_function, generate_module,  # noqa: E402
                                 write_corpus)

FLAKE8_DISTRIBUTIONS = ("flake8", "pyflakes", "pycodestyle", "mccabe")
SOURCES = ("keras2_lint", "flake8_keras2", "pylint_keras2")
KERAS1_SDIST = "keras==1.2.2"
PYUPGRADE = "pyupgrade==3.22.0"
# Keras-free corpora: standard-library modules present from Python 3.9 to 3.13.
STDLIB_FLAKE8 = ("argparse.py", "ast.py", "calendar.py", "configparser.py", "csv.py",
                 "dataclasses.py", "difflib.py", "enum.py", "fractions.py", "functools.py",
                 "inspect.py", "ipaddress.py", "pathlib.py", "pprint.py", "shlex.py",
                 "statistics.py", "string.py", "textwrap.py", "tokenize.py", "zipfile.py")
STDLIB_PYLINT = ("textwrap.py", "shlex.py", "fnmatch.py", "bisect.py", "colorsys.py", "sched.py",
                 "getopt.py", "heapq.py", "glob.py", "queue.py")
TARGETS = {"keras": 3.0, "keras-free": 0.5, "pylint": 3.0}
KRS_OUTPUT = re.compile(rb":\d+:\d+: KRS\d{3} ")
PYLINT_OUTPUT = re.compile(rb": [EWC]73\d\d: KRS\d{3} ")


def log(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


# -- processes ------------------------------------------------------------------------------------
@dataclass
class Sample:
    wall: float
    cpu: float


@dataclass
class Outcome:
    sample: Sample
    returncode: int
    stdout: bytes
    stderr: bytes


def run_once(command: Sequence[str], cwd: Path, env=None, keep_stdout=False) -> Outcome:
    """Run ``command``; wall time around it, CPU time of it and its children from wait4."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        process = subprocess.Popen(command, cwd=cwd, env=env, stdin=subprocess.DEVNULL,
                                   stdout=out if keep_stdout else subprocess.DEVNULL, stderr=err)
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return Outcome(Sample(wall, usage.ru_utime + usage.ru_stime), process.returncode,
                       out.read(), err.read())


def checked(outcome: Outcome, command: Sequence[str]) -> Outcome:
    """Fail on a crash: flake8 exits 1 when it found something, pylint sets bits 2-16 by
    message category (1 is a fatal message, 32 a usage error)."""
    if "pylint" in command:
        failed = outcome.returncode & 33 or outcome.returncode < 0
    else:
        failed = outcome.returncode not in (0, 1)
    if failed or b"Traceback" in outcome.stderr:
        raise SystemExit(f"command failed ({outcome.returncode}): {' '.join(command)}\n"
                         f"{outcome.stderr.decode(errors='replace')[-3000:]}")
    return outcome


@dataclass
class Comparison:
    tool: str
    corpus: str
    kind: str  # key of TARGETS
    size: str
    without: List[Sample] = field(default_factory=list)
    with_: List[Sample] = field(default_factory=list)
    own: Optional[float] = None  # seconds of the plugin's own code, measured in process
    instructions: Optional[Tuple[int, int]] = None  # executed without / with the plugin

    def instruction_overhead(self) -> Optional[float]:
        return None if self.instructions is None else (
            self.instructions[1] / self.instructions[0] - 1)

    def overhead(self, attribute: str):
        ratios = [getattr(b, attribute) / getattr(a, attribute) - 1
                  for a, b in zip(self.without, self.with_)]
        return statistics.median(ratios), min(ratios), max(ratios)

    def best(self) -> float:
        """Overhead between the fastest CPU times: load on the machine only ever adds time."""
        return min(s.cpu for s in self.with_) / min(s.cpu for s in self.without) - 1

    def own_share(self) -> Optional[float]:
        return None if self.own is None else self.own / min(s.cpu for s in self.without)


def instructions(command: Sequence[str], cwd: Path, env=None) -> int:
    """Instructions ``command`` executes, counted by valgrind's callgrind: the same count on
    every run (with a fixed hash seed), whatever else the machine is doing."""
    env = dict(env or os.environ, PYTHONHASHSEED="0")
    result = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null",
                             *command], cwd=cwd, env=env, stdin=subprocess.DEVNULL,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    found = re.search(r"Collected : (\d+)", result.stderr)
    if not found:
        raise SystemExit(f"valgrind failed: {' '.join(command)}\n{result.stderr[-2000:]}")
    return int(found.group(1))


def compare(comparison: Comparison, without: Sequence[str], with_: Sequence[str], cwd: Path,
            pairs: int, env=None, verify: Optional[Callable] = None,
            count: bool = False) -> Comparison:
    """Warm up both commands (and verify their output), then run ``pairs`` alternating pairs;
    with ``count``, also count the instructions of each command."""
    first_a = checked(run_once(without, cwd, env, keep_stdout=True), without)
    first_b = checked(run_once(with_, cwd, env, keep_stdout=True), with_)
    if verify is not None:
        verify(first_a.stdout, first_b.stdout)
    for index in range(pairs):
        order = [(without, comparison.without), (with_, comparison.with_)]
        for command, samples in (order if index % 2 == 0 else order[::-1]):
            samples.append(checked(run_once(command, cwd, env), command).sample)
    a, b = comparison.without, comparison.with_
    log(f"  {comparison.tool} on {comparison.corpus}: "
        f"{statistics.median(s.wall for s in a):.3f}s -> "
        f"{statistics.median(s.wall for s in b):.3f}s wall, "
        f"{comparison.overhead('wall')[0]:+.2%} wall, {comparison.overhead('cpu')[0]:+.2%} CPU")
    if count:
        comparison.instructions = (instructions(without, cwd, env), instructions(with_, cwd, env))
        log(f"    instructions: {comparison.instructions[0]:,} -> "
            f"{comparison.instructions[1]:,}, {comparison.instruction_overhead():+.2%}")
    return comparison


# -- environments ---------------------------------------------------------------------------------
def source_hash() -> str:
    digest = hashlib.sha256()
    for path in sorted(p for package in SOURCES for p in (REPO / package).rglob("*.py")):
        digest.update(path.relative_to(REPO).as_posix().encode() + b"\0" + path.read_bytes())
    digest.update((REPO / "pyproject.toml").read_bytes())
    return digest.hexdigest()


def base_python() -> str:
    return getattr(sys, "_base_executable", None) or sys.executable


def venv_bin(venv: Path, name: str) -> Path:
    return venv / ("Scripts" if os.name == "nt" else "bin") / name


def ensure_venv(venv: Path, requirements: List[str], local: bool) -> None:
    stamp = {"python": base_python(), "requirements": requirements,
             "source": source_hash() if local else None}
    stamp_file = venv / "keras2-lint-bench.json"
    if stamp_file.exists() and json.loads(stamp_file.read_text()) == stamp:
        return
    log(f"  building {venv} ...")
    shutil.rmtree(venv, ignore_errors=True)
    subprocess.run([base_python(), "-m", "venv", str(venv)], check=True)
    pip = [str(venv_bin(venv, "python")), "-m", "pip", "install", "--quiet",
           "--disable-pip-version-check"]
    subprocess.run(pip + requirements, check=True)
    if local:
        subprocess.run(pip + ["--no-deps", str(REPO)], check=True)
    stamp_file.write_text(json.dumps(stamp))


def flake8_plugins(venv: Path) -> List[str]:
    """The plugin list of ``flake8 --version``, e.g. ['keras2-lint: 0.1.0', 'mccabe: 0.7.0']."""
    text = subprocess.run([str(venv_bin(venv, "flake8")), "--version"], capture_output=True,
                          text=True, check=True).stdout
    inside = re.search(r"\((.*)\)", " ".join(text.split()))
    return [item.strip() for item in inside.group(1).split(",")] if inside else []


def flake8_environments(cache: Path) -> Dict[str, Path]:
    pins = [f"{name}=={metadata.version(name)}" for name in FLAKE8_DISTRIBUTIONS]
    venvs = {"with": cache / "venv-flake8-with-keras2-lint", "without": cache / "venv-flake8-only"}
    ensure_venv(venvs["without"], pins, local=False)
    ensure_venv(venvs["with"], pins, local=True)
    with_plugins, without_plugins = flake8_plugins(venvs["with"]), flake8_plugins(venvs["without"])
    ours = [item for item in with_plugins if item.startswith("keras2-lint")]
    if not ours or [p for p in with_plugins if p not in ours] != without_plugins:
        raise SystemExit(f"the two flake8 environments differ in more than keras2-lint:\n"
                         f"  with:    {with_plugins}\n  without: {without_plugins}")
    log(f"  flake8 --version plugins, with: {', '.join(with_plugins)}")
    log(f"  flake8 --version plugins, without: {', '.join(without_plugins)}")
    return venvs


# -- corpora --------------------------------------------------------------------------------------
def count_lines(paths: Sequence[Path]) -> int:
    return sum(path.read_bytes().count(b"\n") for path in paths)


def describe(paths: Sequence[Path]) -> str:
    return f"{len(paths)} files, {count_lines(paths):,} lines"


def stdlib_corpus(directory: Path, names: Sequence[str]) -> List[Path]:
    """Copies of standard-library modules (a fixed list; the ones this Python has)."""
    directory.mkdir(parents=True, exist_ok=True)
    stdlib = Path(sysconfig.get_paths()["stdlib"])
    paths = []
    for name in names:
        if (stdlib / name).exists():
            target = directory / name
            shutil.copyfile(stdlib / name, target)
            paths.append(target)
    for stale in set(directory.glob("*.py")) - set(paths):  # left by a run of another size
        stale.unlink()
    if any(b"keras" in path.read_bytes() for path in paths):
        raise SystemExit("the Keras-free corpus mentions keras")
    return paths


def keras1_sdist_corpus(cache: Path) -> List[Path]:
    """The .py files of the Keras 1.2.2 sdist, downloaded once with ``pip download``."""
    directory = cache / "corpus" / "keras-1.2.2"
    if not directory.exists():
        downloads = cache / "downloads"
        downloads.mkdir(parents=True, exist_ok=True)
        subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps",
                        "--no-binary", ":all:", "--disable-pip-version-check", KERAS1_SDIST,
                        "-d", str(downloads)], check=True)
        [archive] = sorted(downloads.glob("[Kk]eras-1.2.2.tar.gz"))
        staging = directory.with_name("keras-1.2.2.partial")
        shutil.rmtree(staging, ignore_errors=True)
        with tarfile.open(archive) as tar:
            for member in tar.getmembers():
                parts = Path(member.name).parts
                if member.isfile() and member.name.endswith(".py") and ".." not in parts:
                    target = staging.joinpath(*parts[1:])
                    target.parent.mkdir(parents=True, exist_ok=True)
                    target.write_bytes(tar.extractfile(member).read())
        staging.rename(directory)
    return sorted(directory.rglob("*.py"))


# -- the plugins' own time, in process ------------------------------------------------------------
def best_of(function: Callable[[], object], repeat: int = 10) -> float:
    """The fastest of ``repeat`` runs: noise only ever adds time, and on a shared machine a
    burst of it can outlast five runs of a few tens of milliseconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return min(times)


def import_seconds(python: str, before: str, module: str, cwd: Path, env=None) -> float:
    """What importing ``module`` adds once ``before`` is imported (``-X importtime``, the
    fastest of five fresh interpreters; run in ``cwd``, not in the working tree, whose
    packages ``-c`` would put first on sys.path)."""
    best = float("inf")
    for _ in range(5):
        text = subprocess.run([python, "-X", "importtime", "-c", f"{before}; import {module}"],
                              capture_output=True, text=True, check=True, env=env,
                              cwd=cwd).stderr
        for line in text.splitlines():
            parts = line.split("|")
            if len(parts) == 3 and parts[2].strip() == module:
                best = min(best, int(parts[1]) / 1e6)
    return best


def flake8_startup_seconds(python: str, keras: bool, cwd: Path) -> float:
    """What the plugin costs a flake8 process before its first file: its import, plus on
    Keras code the catalogue it loads on first use (the fastest of five fresh interpreters;
    run in ``cwd``, not in the working tree, whose packages would come first on sys.path)."""
    lines = ["import keras\n"] if keras else ["import os\n"]
    code = ("import ast, time, flake8.main.cli, flake8.checker\n"
            "start = time.perf_counter()\n"
            "from flake8_keras2.plugin import Keras2Checker\n"
            f"lines = {lines!r}\n"
            "list(Keras2Checker(ast.parse(''.join(lines)), lines, 'first.py').run())\n"
            "print(time.perf_counter() - start)\n")
    runs = [subprocess.run([python, "-c", code], capture_output=True, text=True, check=True,
                           cwd=cwd) for _ in range(5)]
    return min(float(run.stdout) for run in runs)


def flake8_plugin_seconds(paths: Sequence[Path]) -> float:
    """``Keras2Checker.run`` over every file, on trees parsed beforehand (what flake8 hands
    the plugin), the fastest of ten rounds."""
    from flake8_keras2.plugin import Keras2Checker

    prepared = []
    for path in paths:
        data = path.read_bytes()
        prepared.append((ast.parse(data), data.decode("utf-8", "replace").splitlines(True),
                         str(path)))

    def run():
        for tree, lines, name in prepared:
            for _ in Keras2Checker(tree, lines, name).run():
                pass
    return best_of(run)


def pylint_walker(with_checker: bool):
    """A linter and pylint's AST walker, with our checker opened on it or no checker."""
    from pylint.testutils import UnittestLinter
    from pylint.utils import ASTWalker
    from pylint_keras2 import Keras2Checker

    linter = UnittestLinter()
    walker = ASTWalker(linter)
    if with_checker:
        checker = Keras2Checker(linter)
        walker.add_checker(checker)
        checker.open()
    return linter, walker


def pylint_plugin_seconds(paths: Sequence[Path]) -> float:
    """pylint's walker over every module with our checker, minus the same walk without it."""
    import astroid
    from astroid.builder import AstroidBuilder

    modules = [AstroidBuilder(astroid.MANAGER).file_build(str(path), path.stem)
               for path in paths]

    def walk(with_checker: bool):
        linter, walker = pylint_walker(with_checker)
        for module in modules:
            walker.walk(module)
            linter.release_messages()
    return max(0.0, best_of(lambda: walk(True)) - best_of(lambda: walk(False)))


# -- 1, 2: flake8 ---------------------------------------------------------------------------------
def verify_flake8(keras: bool):
    def verify(without: bytes, with_: bytes) -> None:
        if KRS_OUTPUT.search(without):
            raise SystemExit("flake8 without the plugin printed KRS codes")
        if keras and not KRS_OUTPUT.search(with_):
            raise SystemExit("flake8 with the plugin printed no KRS code on Keras 1 code")
        if not keras and KRS_OUTPUT.search(with_):
            raise SystemExit("flake8 with the plugin printed KRS codes on Keras-free code")
    return verify


def bench_flake8(args, cache: Path, corpora) -> List[Comparison]:
    venvs = flake8_environments(cache)
    results = []
    for name, kind, paths in corpora:
        root = Path(os.path.commonpath(paths))  # each corpus is a directory of its own
        common = ["--isolated", f"--jobs={args.jobs}", str(root)]
        comparison = Comparison("flake8", name, kind, describe(paths))
        results.append(compare(
            comparison, [str(venv_bin(venvs["without"], "flake8")), *common],
            [str(venv_bin(venvs["with"], "flake8")), *common], cache, args.flake8_pairs,
            verify=verify_flake8(kind == "keras"), count=args.instructions))
        comparison.own = flake8_plugin_seconds(paths) + flake8_startup_seconds(
            str(venv_bin(venvs["with"], "python")), kind == "keras", cache)
    return results


# -- 3: pylint ------------------------------------------------------------------------------------
def pylint_available() -> Optional[str]:
    """None if pylint and pylint_keras2 can run here, else why not."""
    try:
        metadata.version("pylint")
    except metadata.PackageNotFoundError:
        return "pylint is not installed in this interpreter"
    if not (REPO / "pylint_keras2" / "__init__.py").exists():
        return "pylint_keras2 does not exist in this working tree"
    init = (REPO / "pylint_keras2" / "__init__.py").read_text()
    if "def register" not in init:
        return "pylint_keras2 has no register() yet"
    return None


def verify_pylint(keras: bool):
    def verify(without: bytes, with_: bytes) -> None:
        if PYLINT_OUTPUT.search(without):
            raise SystemExit("pylint without the plugin printed keras2 messages")
        if keras != bool(PYLINT_OUTPUT.search(with_)):
            raise SystemExit(f"pylint with the plugin: keras2 messages expected: {keras}")
    return verify


def compile_sources() -> None:
    """Write the bytecode of the plugin's packages, as installing them does: pylint imports them
    from this working tree, where an interpreter told not to write bytecode
    (``PYTHONDONTWRITEBYTECODE``) would otherwise compile them again in every run."""
    import compileall

    for package in ("keras2_lint", "pylint_keras2"):
        if not compileall.compile_dir(str(REPO / package), quiet=1):
            raise SystemExit(f"could not compile {package}")


def bench_pylint(args, cache: Path, corpora) -> List[Comparison]:
    compile_sources()
    rcfile = cache / "empty-pylintrc"
    rcfile.write_text("[MAIN]\n")
    env = dict(os.environ, PYTHONPATH=str(REPO))
    results = []
    for name, kind, paths in corpora:
        command = [sys.executable, "-m", "pylint", f"--rcfile={rcfile}", "--persistent=n",
                   f"--jobs={args.jobs}", "--score=n", "--reports=n", *map(str, paths)]
        comparison = Comparison("pylint", name, "pylint", describe(paths))
        results.append(compare(comparison, command,
                               [*command, "--load-plugins=pylint_keras2"], cache,
                               args.pylint_pairs, env=env, verify=verify_pylint(kind == "keras"),
                               count=args.instructions))
        comparison.own = pylint_plugin_seconds(paths) + import_seconds(
            sys.executable, "import pylint.lint", "pylint_keras2", cache, env=env)
    return results


# -- 5: keras2-upgrade beside pyupgrade ------------------------------------------------------------
@dataclass
class UpgradeRun:
    corpus: str
    size: str
    pyupgrade: List[Sample] = field(default_factory=list)
    one_process: List[Sample] = field(default_factory=list)  # keras2-upgrade --check --jobs 1
    all_cores: List[Sample] = field(default_factory=list)
    instructions: Optional[Tuple[int, int]] = None  # pyupgrade, keras2-upgrade --jobs 1


def upgrade_environment(cache: Path) -> Path:
    """A virtualenv with pyupgrade and keras2-lint (this working tree) with its dependencies."""
    venv = cache / "venv-upgrade"
    requirements = [PYUPGRADE] + [line for line in metadata.requires("keras2-lint") or ()
                                  if "extra ==" not in line]
    ensure_venv(venv, requirements, local=True)
    return venv


def settled_copy(paths: Sequence[Path], directory: Path, pyupgrade: Path) -> List[Path]:
    """The files copied to ``directory`` and rewritten by pyupgrade until it changes nothing,
    as on the timed runs."""
    shutil.rmtree(directory, ignore_errors=True)
    root = Path(os.path.commonpath(paths))
    copies = []
    for path in paths:
        target = directory / path.relative_to(root)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, target)
        copies.append(target)
    for _ in range(5):  # a rewrite can make room for another
        if subprocess.run([str(pyupgrade), "--py36-plus", *map(str, copies)],
                          capture_output=True).returncode == 0:
            break
    return copies


def bench_upgrade(args, cache: Path, corpora) -> List[UpgradeRun]:
    venv = upgrade_environment(cache)
    runs = []
    for index, (name, paths) in enumerate(corpora):
        files = settled_copy(paths, cache / "corpus" / f"upgrade-{index}",
                             venv_bin(venv, "pyupgrade"))
        commands = [[str(venv_bin(venv, "pyupgrade")), "--py36-plus"],
                    [str(venv_bin(venv, "keras2-upgrade")), "--check", "--jobs", "1"],
                    [str(venv_bin(venv, "keras2-upgrade")), "--check"]]
        commands = [[*command, *map(str, files)] for command in commands]
        run = UpgradeRun(name, describe(files))
        series = (run.pyupgrade, run.one_process, run.all_cores)
        if checked(run_once(commands[0], cache), commands[0]).returncode != 0:
            raise SystemExit("pyupgrade still rewrites the settled copy")
        if checked(run_once(commands[1], cache), commands[1]).returncode != 1:
            raise SystemExit("keras2-upgrade --check found no Keras 1 site")
        for pair in range(args.flake8_pairs):
            order = list(zip(commands, series))
            for command, samples in (order if pair % 2 == 0 else order[::-1]):
                samples.append(checked(run_once(command, cache), command).sample)
        log(f"  {name}: pyupgrade {statistics.median(s.wall for s in run.pyupgrade):.3f}s, "
            f"keras2-upgrade --check -j1 {statistics.median(s.wall for s in run.one_process):.3f}s")
        if args.instructions:  # callgrind counts one process: the --jobs 1 run only
            run.instructions = (instructions(commands[0], cache), instructions(commands[1], cache))
            log(f"    instructions: {run.instructions[0]:,} -> {run.instructions[1]:,}")
        runs.append(run)
    return runs


def upgrade_table(runs: List[UpgradeRun]) -> str:
    counted = any(run.instructions for run in runs)
    lines = ["| Code | Size | pyupgrade (s) | keras2-upgrade --check --jobs 1 (s) | Ratio, wall "
             "| Ratio, CPU | " + ("Ratio, instructions | " if counted else "")
             + "keras2-upgrade --check, all cores (s) | Target | |",
             "|---|---|---:|---:|---|---|" + ("---:|" if counted else "") + "---:|---:|---|"]
    for run in runs:
        def ratios(attribute):
            values = [getattr(b, attribute) / getattr(a, attribute)
                      for a, b in zip(run.pyupgrade, run.one_process)]
            return statistics.median(values), min(values), max(values)
        wall, cpu = ratios("wall"), ratios("cpu")
        if run.instructions:  # the count says what the timings cannot on a busy machine
            count = run.instructions[1] / run.instructions[0]
            verdict = "met" if count <= 1 else "**missed**"
        else:
            verdict = "met" if wall[0] <= 1 and cpu[0] <= 1 else "**missed**"
        counts = f"{count:.2f}× | " if run.instructions else ("— | " if counted else "")
        lines.append(
            f"| {run.corpus} | {run.size} | {statistics.median(s.wall for s in run.pyupgrade):.2f} "
            f"| {statistics.median(s.wall for s in run.one_process):.2f} "
            f"| {wall[0]:.2f}× [{wall[1]:.2f}, {wall[2]:.2f}] "
            f"| {cpu[0]:.2f}× [{cpu[1]:.2f}, {cpu[2]:.2f}] | {counts}"
            f"{statistics.median(s.wall for s in run.all_cores):.2f} | ≤ 1× | {verdict} |")
    return "\n".join(lines)


# -- 4: scaling -----------------------------------------------------------------------------------
class TimedOut(BaseException):
    """Raised by the alarm; a BaseException, so no `except Exception` of a plugin swallows it."""


@contextlib.contextmanager
def time_limit(seconds: float):
    def alarm(signum, frame):
        raise TimedOut()

    previous = signal.signal(signal.SIGALRM, alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@dataclass
class Scaling:
    checker: str
    variant: str
    per_line: Dict[int, Optional[float]] = field(default_factory=dict)  # microseconds
    notes: Dict[int, str] = field(default_factory=dict)


def measure(function: Callable[[], object], lines: int, budget: float) -> float:
    """Median microseconds per line over enough repetitions for about two seconds of work.

    The objects alive beforehand (the other inputs of the table, astroid trees) are frozen
    out of the garbage collector, which would otherwise scan them again and again and bill
    the checker for the size of the benchmark's own heap."""
    gc.collect()
    gc.freeze()
    try:
        return _measure(function, lines, budget)
    finally:
        gc.unfreeze()


def _measure(function: Callable[[], object], lines: int, budget: float) -> float:
    with time_limit(budget):
        start = time.perf_counter()
        function()
        first = time.perf_counter() - start
    times = [first]
    for _ in range(0 if first > 5 else max(2, min(10, int(2.0 / max(first, 1e-6))))):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return statistics.median(times) / lines * 1e6


_ASTROID_MODULES: Dict[str, object] = {}


def astroid_module(source: str, name: str):
    """The astroid tree of ``source``, built once per name (until the cache is cleared)."""
    import astroid
    from astroid.builder import AstroidBuilder

    if name not in _ASTROID_MODULES:
        _ASTROID_MODULES[name] = AstroidBuilder(astroid.MANAGER).string_build(source, name)
    return _ASTROID_MODULES[name]


def pylint_checker_runner(source: str, name: str, with_checker: bool) -> Callable[[], object]:
    """pylint's AST walker over an astroid module built once, with our checker or none."""

    module = astroid_module(source, name)

    def run():
        linter, walker = pylint_walker(with_checker)
        walker.walk(module)
        return linter.release_messages()
    return run


def bench_scaling(args, pylint_reason: Optional[str]) -> List[Scaling]:
    from keras2_lint.astfront.check import check_tree

    variants = {
        "library modules": lambda n: generate_module(n, seed=n),
        "scripts, `from keras.layers import *`": lambda n: generate_module(
            n, seed=n, script=True, star=True),
        "one function, `x = Layer(...)(x)` on every line": lambda n: generate_long_function(
            n, seed=n),
    }
    rows = []
    for variant, generate in variants.items():
        _ASTROID_MODULES.clear()
        sources = {n: generate(n) for n in args.sizes}
        trees = {n: ast.parse(source) for n, source in sources.items()}
        source_lines = {n: source.splitlines(keepends=True) for n, source in sources.items()}
        checkers = [("flake8: `check_tree`",
                     lambda n: (lambda: check_tree(trees[n], source_lines[n]))),
                    ("reference: bare `ast.walk`", lambda n: (lambda: sum(
                        1 for _ in ast.walk(trees[n]))))]
        if pylint_reason is None:
            checkers += [
                ("pylint: walker + `keras2` checker", lambda n: pylint_checker_runner(
                    sources[n], f"bench_scaling_{n}", True)),
                ("reference: pylint walker, no checker", lambda n: pylint_checker_runner(
                    sources[n], f"bench_scaling_{n}", False))]
        for checker, make in checkers:
            row = Scaling(checker, variant)
            previous = None
            for n in args.sizes:
                lines = sources[n].count("\n")
                if previous is not None:
                    (last_lines, last_seconds, exponent) = previous
                    projected = last_seconds * (lines / last_lines) ** exponent
                    if projected > args.budget:
                        row.per_line[n] = None
                        row.notes[n] = f"not run: projected {projected:,.0f} s"
                        continue
                try:
                    micro = measure(make(n), lines, args.budget)
                except TimedOut:
                    row.per_line[n] = None
                    row.notes[n] = f"stopped after {args.budget:.0f} s"
                    previous = (lines, args.budget, 2.0)
                    continue
                seconds = micro * lines / 1e6
                exponent = 1.0
                if previous is not None and previous[1] > 0.05:
                    exponent = max(1.0, math.log(seconds / previous[1])
                                   / math.log(lines / previous[0]))
                previous = (lines, seconds, exponent)
                row.per_line[n] = micro
            log(f"  {checker} on {variant}: " + ", ".join(
                f"{n:,}: {row.per_line[n]:.1f} us/line" if row.per_line[n] is not None
                else f"{n:,}: {row.notes[n]}" for n in args.sizes))
            rows.append(row)
    _ASTROID_MODULES.clear()
    return rows


def profile(args, pylint_reason: Optional[str]) -> str:
    from keras2_lint.astfront.check import check_tree

    size = max(args.sizes)
    source = generate_module(size, seed=size)
    out = io.StringIO()
    runs = [("check_tree", lambda tree=ast.parse(source), lines=source.splitlines(True):
             check_tree(tree, lines))]
    if pylint_reason is None:
        runs.append(("pylint walker + keras2 checker",
                     pylint_checker_runner(source, "bench_profile", True)))
    for label, function in runs:
        profiler = cProfile.Profile()
        profiler.runcall(function)
        out.write(f"\n### cProfile of {label} over a {size:,}-line library module\n\n```text\n")
        stats = pstats.Stats(profiler, stream=out)
        stats.strip_dirs().sort_stats("tottime").print_stats(15)
        out.write("```\n")
    return out.getvalue()


# -- report ---------------------------------------------------------------------------------------
def machine() -> str:
    cpu = platform.processor() or platform.machine()
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    commit = subprocess.run(["git", "-C", str(REPO), "describe", "--always", "--dirty"],
                            capture_output=True, text=True).stdout.strip() or "?"
    versions = ", ".join(f"{name} {metadata.version(name)}"
                         for name in ("flake8", "pylint", "astroid")
                         if _installed(name))
    return (f"{cpu}, {os.cpu_count()} cores, {platform.system()} {platform.release()}; "
            f"Python {platform.python_version()}; {versions}; keras2-lint at {commit}")


def _installed(name: str) -> bool:
    try:
        metadata.version(name)
    except metadata.PackageNotFoundError:
        return False
    return True


def percent(value: float) -> str:
    return f"{value:+.1%}"


def overhead_table(comparisons: List[Comparison]) -> str:
    counted = any(c.instructions for c in comparisons)
    lines = ["| Tool | Code | Size | Without (s) | With (s) | Overhead, wall | Overhead, CPU "
             "| Best CPU | " + ("Overhead, instructions | " if counted else "")
             + "Plugin's own code | Target | |",
             "|---|---|---|---:|---:|---|---|---:|" + ("---:|" if counted else "")
             + "---:|---:|---|"]
    for c in comparisons:
        wall, cpu = c.overhead("wall"), c.overhead("cpu")
        target = TARGETS[c.kind]
        if c.own is not None and c.own_share() * 100 > target:
            verdict = "**missed** (own code alone)"  # a lower bound, whatever the noise
        elif c.instructions is not None:  # the count says what the timings cannot on a busy box
            verdict = "**missed**" if c.instruction_overhead() * 100 > target else "met"
        elif cpu[0] * 100 > target or wall[0] * 100 > target:
            verdict = "**missed**"
        else:
            verdict = "met"
        counts = f"{percent(c.instruction_overhead())} | " if c.instructions else (
            "— | " if counted else "")
        own = "—" if c.own is None else f"{c.own * 1000:.0f} ms = {c.own_share():.1%}"
        lines.append(
            f"| {c.tool} | {c.corpus} | {c.size} "
            f"| {statistics.median(s.wall for s in c.without):.2f} "
            f"| {statistics.median(s.wall for s in c.with_):.2f} "
            f"| {percent(wall[0])} [{percent(wall[1])}, {percent(wall[2])}] "
            f"| {percent(cpu[0])} [{percent(cpu[1])}, {percent(cpu[2])}] "
            f"| {percent(c.best())} | {counts}{own} | {target:g}% | {verdict} |")
    return "\n".join(lines)


def scaling_table(rows: List[Scaling], sizes: Sequence[int]) -> str:
    head = " | ".join(f"{n // 1000}k lines" for n in sizes)
    lines = [f"| Checker | Input | {head} | {sizes[-1] // 1000}k / {sizes[0] // 1000}k |",
             "|---|---|" + "---:|" * len(sizes) + "---:|"]
    for row in rows:
        cells = [f"{row.per_line[n]:.1f} µs" if row.per_line[n] is not None else row.notes[n]
                 for n in sizes]
        first, last = row.per_line[sizes[0]], row.per_line[sizes[-1]]
        ratio = f"{last / first:.2f}×" if first and last else "—"
        lines.append(f"| {row.checker} | {row.variant} | {' | '.join(cells)} | {ratio} |")
    return "\n".join(lines)


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--pairs", type=int)
    parser.add_argument("--cache", type=Path, default=Path(os.environ.get(
        "KERAS2_LINT_BENCH_CACHE", Path.home() / ".cache" / "keras2-lint-bench")))
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--no-download", action="store_true")
    parser.add_argument("--only", action="append",
                        choices=("flake8", "pylint", "scaling", "upgrade"))
    parser.add_argument("--budget", type=float)
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--markdown", type=Path)
    parser.add_argument("--instructions", action="store_true")
    args = parser.parse_args(argv)
    if args.instructions and not shutil.which("valgrind"):
        parser.error("--instructions needs valgrind on PATH")
    args.flake8_pairs = args.pairs or (3 if args.quick else 10)
    args.pylint_pairs = args.pairs or (3 if args.quick else 6)
    args.sizes = [1_000, 10_000] if args.quick else [1_000, 10_000, 100_000]
    args.budget = args.budget or (30.0 if args.quick else 60.0)
    parts = set(args.only or ("flake8", "pylint", "scaling", "upgrade"))
    cache = args.cache.resolve()
    corpus = cache / "corpus"
    started = time.perf_counter()
    pylint_reason = pylint_available()

    command = " ".join(["python bench/run.py", *sys.argv[1:]])
    out = [f"Measured with `{command}` on {machine()}.", ""]
    comparisons = []
    if "flake8" in parts:
        log("flake8 with vs without keras2-lint")
        files, lines = (9, 300) if args.quick else (30, 400)
        corpora = [("generated Keras 1", "keras",
                    write_corpus(corpus / "keras1-generated", files, lines))]
        if not args.no_download:
            corpora.append(("Keras 1.2.2 source", "keras", keras1_sdist_corpus(cache)))
        names = STDLIB_FLAKE8[:8] if args.quick else STDLIB_FLAKE8
        corpora.append(("stdlib subset (Keras-free)", "keras-free",
                        stdlib_corpus(corpus / "stdlib-flake8", names)))
        comparisons += bench_flake8(args, cache, corpora)
    if "pylint" in parts:
        if pylint_reason:
            log(f"pylint: not measured, {pylint_reason}")
            out += [f"pylint: not measured ({pylint_reason}).", ""]
        else:
            log("pylint with vs without --load-plugins=pylint_keras2")
            files = 3 if args.quick else 8
            # library modules only: on scripts that rebind the same names, pylint's own
            # inference takes seconds per file, and its noise would drown the plugin's cost
            corpora = [("generated Keras 1 library modules", "keras",
                        write_corpus(corpus / "keras1-generated-pylint", files, 300, seed=1,
                                     kinds=("library",))),
                       ("stdlib subset (Keras-free)", "keras-free",
                        stdlib_corpus(corpus / "stdlib-pylint", STDLIB_PYLINT))]
            comparisons += bench_pylint(args, cache, corpora)
    if comparisons:
        out += ["Overhead of the plugin: median of with / without - 1 over "
                f"{args.flake8_pairs} (flake8) and {args.pylint_pairs} (pylint) alternating "
                f"pairs, smallest and largest pair in brackets; `--jobs={args.jobs}`. *Best CPU*: "
                "fastest run with / fastest run without - 1. *Plugin's own code*: its import "
                "(for flake8 on Keras code, with the catalogue it loads on first use) plus its "
                "checker over the corpus, timed in process, as a "
                "share of the fastest CPU time without the plugin: what the plugin costs "
                "whatever the load on the machine, and a lower bound of the overhead (flake8's "
                "handling of the findings it reports is not included). A target is missed when "
                "either the medians (with `--instructions`: the instruction count, which "
                "includes everything and no noise) or the plugin's own code exceed it.", "",
                overhead_table(comparisons), ""]
    if "scaling" in parts:
        log("scaling of the checkers alone")
        rows = bench_scaling(args, pylint_reason)
        out += ["Time per line of the checkers alone (the tree is built beforehand; median "
                "of repeated runs). Flat rows mean time linear in file size.", "",
                scaling_table(rows, args.sizes), ""]
        if pylint_reason:
            out += [f"pylint checker: not measured ({pylint_reason}).", ""]
    if "upgrade" in parts:
        log("keras2-upgrade --check beside pyupgrade")
        files, lines = (9, 300) if args.quick else (30, 400)
        corpora = [("generated Keras 1", write_corpus(corpus / "keras1-generated", files, lines))]
        if not args.no_download:
            corpora.append(("Keras 1.2.2 source", keras1_sdist_corpus(cache)))
        out += [f"`keras2-upgrade --check` beside `pyupgrade --py36-plus` ({PYUPGRADE}) on the "
                "same files, a copy pyupgrade has already rewritten, so neither writes anything: "
                f"medians of {args.flake8_pairs} alternating rounds, ratio keras2-upgrade / "
                "pyupgrade per round, smallest and largest in brackets.", "",
                upgrade_table(bench_upgrade(args, cache, corpora)), ""]
    if args.profile:
        out.append(profile(args, pylint_reason))
    out.append(f"Total benchmark time: {time.perf_counter() - started:.0f} s.")
    text = "\n".join(out)
    print(text)
    if args.markdown:
        args.markdown.write_text(text + "\n")


if __name__ == "__main__":
    main()
