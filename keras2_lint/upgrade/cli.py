"""The ``keras2-upgrade`` command line.

Exit status: 0 when there is nothing to do; 1 when ``--check`` finds a Keras 1 site (or a
file it cannot parse), or a rewrite (or ``--diff``) changes a file or leaves a site for a
person; 2 for a usage error or a path that cannot be read.
"""
from __future__ import annotations

import argparse
import difflib
import os
import sys
from typing import Iterable, Iterator, List, Optional, Sequence

import keras2_lint
from keras2_lint.upgrade import files, notebooks, python_files
from keras2_lint.upgrade.output import DOCUMENTS, FORMATS
from keras2_lint.upgrade.python_files import FileResult
from keras2_lint.upgrade.selection import Selection, parse_codes

PROCESSORS = {".py": python_files.process, ".ipynb": notebooks.process}


def parser() -> argparse.ArgumentParser:
    command = argparse.ArgumentParser(
        prog="keras2-upgrade",
        description="Rewrite the mechanical Keras 1 forms of Python files (Python 3 or 2) and "
                    "notebooks into Keras 2, in place, and list every site left for a person.")
    command.add_argument("paths", nargs="+", metavar="PATH",
                         help="files, or directories to search for *.py and *.ipynb files")
    mode = command.add_mutually_exclusive_group()
    mode.add_argument("--check", action="store_true",
                      help="write nothing; list every Keras 1 site; exit 1 if there is one")
    mode.add_argument("--diff", action="store_true",
                      help="write nothing; print the rewrite as a unified diff")
    command.add_argument("--select", action="append", metavar="CODES",
                         help="only these codes or prefixes, as flake8's (e.g. KRS1,KRS2); "
                              "the off-by-default KRS9 rules need naming")
    command.add_argument("--ignore", action="append", metavar="CODES",
                         help="leave out these codes or prefixes (e.g. KRS3)")
    command.add_argument("--exclude", action="append", default=[], metavar="GLOB",
                         help="skip files and directories matching this glob (repeatable)")
    command.add_argument("--jobs", "-j", type=int, default=0, metavar="N",
                         help="processes to use (default: one per core)")
    command.add_argument("--format", choices=sorted(FORMATS), default="default",
                         help="how sites are printed on stdout: flake8's lines (default), "
                              "GitHub workflow annotations (github) or a SARIF 2.1.0 log "
                              "(sarif); a rewrite prints the sites it left for a person")
    command.add_argument("--version", action="version",
                         version=f"%(prog)s {keras2_lint.__version__}")
    return command


class _Job:
    """One file's work, made in a worker process (picklable)."""

    def __init__(self, rewriting: bool, select, ignore):
        self.rewriting = rewriting
        self.select = select
        self.ignore = ignore

    def __call__(self, path: str) -> FileResult:
        selection = Selection(self.select, self.ignore)
        try:
            data = files.read(path)
        except OSError as error:
            return FileResult(path, error=f"cannot be read: {error.strerror or error}",
                              kind="unreadable")
        processor = PROCESSORS.get(os.path.splitext(path)[1], python_files.process)
        try:
            result = processor(path, data, self.rewriting, selection)
        except Exception as error:  # a bug of ours costs one file, never the run
            return FileResult(path, error=f"internal error ({type(error).__name__}: {error}): "
                                          f"left unchanged")
        result.original = data if result.data is not None else None
        return result


def _results(paths: Sequence[str], job: _Job, jobs: int) -> Iterator[FileResult]:
    if jobs <= 1 or len(paths) < 2:
        yield from map(job, paths)
        return
    # imported here: multiprocessing takes a third of the start-up of a run in one process
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=min(jobs, len(paths))) as pool:
        yield from pool.map(job, paths, chunksize=max(1, min(16, len(paths) // (jobs * 4))))


def _progress(results: Iterable[FileResult], total: int) -> Iterator[FileResult]:
    """The results, with a count on stderr when it is a terminal."""
    show = sys.stderr.isatty() and total > 1
    for done, result in enumerate(results, start=1):
        if show and (done == total or done % 8 == 0):
            sys.stderr.write(f"\rkeras2-upgrade: {done}/{total} files")
            sys.stderr.flush()
        yield result
    if show:
        sys.stderr.write("\r" + " " * 40 + "\r")


def _diff(result: FileResult) -> str:
    old = python_files.decode_for_diff(result.original)
    new = python_files.decode_for_diff(result.data)
    return "".join(difflib.unified_diff(old.splitlines(True), new.splitlines(True),
                                        result.path, result.path))


def main(argv: Optional[Sequence[str]] = None) -> int:
    command = parser()
    options = command.parse_args(argv)
    if options.diff and options.format in DOCUMENTS:
        command.error(f"--diff prints the diff on stdout: it cannot go with --format "
                      f"{options.format}")
    try:
        return run(options)
    except BrokenPipeError:  # the reader (head, less) stopped reading: no traceback
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    except KeyboardInterrupt:
        return 130


def run(options: argparse.Namespace) -> int:
    select, ignore = parse_codes(options.select), parse_codes(options.ignore)
    paths, missing = files.discover(options.paths, options.exclude, tuple(PROCESSORS))
    for path in missing:
        print(f"keras2-upgrade: {path}: no such file or directory", file=sys.stderr)
    rewriting = not options.check
    job = _Job(rewriting, select, ignore)
    jobs = options.jobs or os.cpu_count() or 1
    results: List[FileResult] = []
    unreadable = bool(missing)
    changed = fixed = 0
    for result in _progress(_results(paths, job, jobs), len(paths)):
        results.append(result)
        unreadable = unreadable or result.kind == "unreadable"
        if result.data is None:
            continue
        changed += 1
        fixed += result.fixed
        if options.diff:
            sys.stdout.write(_diff(result))
        elif rewriting:
            try:
                files.write(result.path, result.data)
            except OSError as error:
                result.error = f"not rewritten: {error}"
                changed -= 1
                fixed -= result.fixed
    for line in FORMATS[options.format](results, rewriting):
        print(line)
    left = sum(len(result.sites) for result in results)
    errors = sum(result.error is not None for result in results)
    _summary(options, len(results), changed, fixed, left, errors)
    if unreadable:
        return 2
    return 1 if changed or left or errors else 0


def _summary(options, total: int, changed: int, fixed: int, left: int, errors: int) -> None:
    def count(number: int, word: str) -> str:
        return f"{number} {word}{'' if number == 1 else 's'}"

    if options.check:
        text = f"{count(left, 'Keras 1 site')} in {count(total, 'file')}"
    else:
        verb = "would be rewritten" if options.diff else "rewritten"
        text = (f"{count(changed, 'file')} {verb}, {count(fixed, 'site')} fixed, "
                f"{count(left, 'site')} left for a person")
    if errors:
        text += f", {count(errors, 'file')} not read or not rewritten"
    print(f"keras2-upgrade: {text}", file=sys.stderr)
