"""Run the keras2 checker alone on a source string, the way pylint's walker runs it."""
from __future__ import annotations

from collections import Counter

import astroid
from pylint.testutils import UnittestLinter
from pylint.utils import ASTWalker

from pylint_keras2.checker import Keras2Checker


def pylint_messages(source: str, module_name: str = "") -> list:
    """The MessageTest records the checker adds for ``source`` (every message enabled)."""
    module = astroid.parse(source, module_name=module_name)
    linter = UnittestLinter()
    walker = ASTWalker(linter)
    walker.add_checker(Keras2Checker(linter))
    walker.walk(module)
    return linter.release_messages()


def pylint_findings(source: str) -> Counter:
    """Counter of ``(line, column, "KRSxxx message")`` as the pylint plugin reports them."""
    return Counter((message.line, message.col_offset, message.args)
                   for message in pylint_messages(source))
