"""Which files a run reads, and how a file is written back: in place, atomically (a temporary
file in the same directory renamed over it), with its mode kept. Symbolic links are never
followed: a link found in a directory is skipped, and a link given by name is read but not
rewritten."""
from __future__ import annotations

import fnmatch
import os
import stat
import tempfile
from typing import Iterator, List, Sequence, Tuple

SUFFIXES = (".py", ".ipynb")
_SKIPPED_DIRECTORIES = frozenset(["build", "dist", "__pycache__", "site-packages"])


def excluded(path: str, patterns: Sequence[str]) -> bool:
    """Whether ``path`` (or its last part) matches one of the ``--exclude`` globs."""
    name = os.path.basename(path.rstrip(os.sep)) or path
    return any(fnmatch.fnmatch(name, pattern) or fnmatch.fnmatch(path, pattern)
               or fnmatch.fnmatch(os.path.normpath(path), pattern) for pattern in patterns)


def _skipped_directory(path: str, name: str, patterns: Sequence[str]) -> bool:
    return (name.startswith(".") or name in _SKIPPED_DIRECTORIES or excluded(path, patterns)
            or os.path.exists(os.path.join(path, "pyvenv.cfg"))  # a virtualenv
            or os.path.isdir(os.path.join(path, "conda-meta")))


def discover(paths: Sequence[str], patterns: Sequence[str] = (),
             suffixes: Sequence[str] = SUFFIXES) -> Tuple[List[str], List[str]]:
    """The files to read, in a stable order, and the paths that do not exist. A file named
    on the command line is read whatever its suffix (unless excluded); directories are walked
    for ``suffixes``, skipping hidden directories, virtualenvs, ``build/`` and ``dist/``."""
    found: List[str] = []
    missing: List[str] = []
    for path in paths:
        if os.path.isdir(path) and not os.path.islink(path):
            if not excluded(path, patterns):
                found.extend(_walk(path, patterns, tuple(suffixes)))
        elif os.path.lexists(path):
            if not excluded(path, patterns):
                found.append(path)
        else:
            missing.append(path)
    return list(dict.fromkeys(found)), missing


def _walk(top: str, patterns: Sequence[str], suffixes: Tuple[str, ...]) -> Iterator[str]:
    for directory, subdirectories, names in os.walk(top):
        subdirectories[:] = sorted(
            name for name in subdirectories
            if not os.path.islink(os.path.join(directory, name))
            and not _skipped_directory(os.path.join(directory, name), name, patterns))
        for name in sorted(names):
            path = os.path.join(directory, name)
            if name.endswith(suffixes) and not os.path.islink(path) and not excluded(
                    path, patterns):
                yield path


def read(path: str) -> bytes:
    with open(path, "rb") as handle:
        return handle.read()


def write(path: str, data: bytes) -> None:
    """Replace the file's content atomically, keeping its permission bits."""
    if os.path.islink(path):
        raise OSError(f"{path} is a symbolic link: not followed")
    mode = stat.S_IMODE(os.stat(path).st_mode)
    directory = os.path.dirname(os.path.abspath(path))
    handle, temporary = tempfile.mkstemp(dir=directory, prefix=".keras2-upgrade-",
                                         suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as output:
            output.write(data)
            output.flush()
            os.fsync(output.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, path)
    except BaseException:
        if os.path.exists(temporary):
            os.unlink(temporary)
        raise
