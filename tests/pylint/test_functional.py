"""pylint functional tests: ``functional/<letter>/<name>.py`` marks each expected message
with a ``# [symbol]`` comment, ``<name>.txt`` holds pylint's exact output and ``<name>.rc``
loads the plugin. Every default pylint checker runs too; the test files disable the noise.

After a deliberate change of the messages, rewrite the ``.txt`` files with::

    KERAS2_LINT_UPDATE_FUNCTIONAL=1 python -m pytest tests/pylint/test_functional.py
"""
from __future__ import annotations

import os
import re
import sys
from collections import Counter
from pathlib import Path

import pytest
from pylint.testutils import LintModuleTest
from pylint.testutils.functional import (
    LintModuleOutputUpdate,
    get_functional_test_files_from_directory,
)
from pylint.testutils.functional.test_file import parse_python_version
from pylint.testutils.constants import _OPERATORS

FUNCTIONAL_DIR = Path(__file__).parent / "functional"
TESTS = get_functional_test_files_from_directory(FUNCTIONAL_DIR)
UPDATE = os.environ.get("KERAS2_LINT_UPDATE_FUNCTIONAL") == "1"

# pylint's own marker reader takes symbols of letters and dashes; ours carry a digit.
_EXPECTED = re.compile(
    r"\s*#\s*(?:(?P<line>[+-]?[0-9]+):)?(?:(?P<op>[><=]+) *(?P<version>[0-9.]+):)?"
    r"\s*\[(?P<msgs>[a-z][a-z0-9\-]+(?:,\s*[a-z][a-z0-9\-]+)*)]")


def expected_messages(stream) -> Counter:
    """``Counter`` of ``(line, symbol)`` from ``# [symbol, ...]`` / ``# +1: [symbol]`` markers."""
    messages = Counter()
    for index, text in enumerate(stream):
        match = _EXPECTED.search(text)
        if match is None:
            continue
        offset = match.group("line")
        line = index + 1 if offset is None else (
            index + 1 + int(offset) if offset[0] in "+-" else int(offset))
        if match.group("version") and not _OPERATORS[match.group("op")](
                sys.version_info, parse_python_version(match.group("version"))):
            continue
        for symbol in match.group("msgs").split(","):
            messages[line, symbol.strip()] += 1
    return messages


class KerasLintModuleTest(LintModuleTest):
    get_expected_messages = staticmethod(expected_messages)


class KerasLintModuleOutputUpdate(LintModuleOutputUpdate):
    get_expected_messages = staticmethod(expected_messages)


def test_functional_tests_were_found():
    assert len(TESTS) >= 7
    assert all(Path(test.option_file).is_file() for test in TESTS)


@pytest.mark.parametrize("test_file", TESTS, ids=[test.base for test in TESTS])
def test_functional(test_file):
    lint_test = (KerasLintModuleOutputUpdate if UPDATE else KerasLintModuleTest)(test_file)
    lint_test.setUp()
    lint_test.runTest()
