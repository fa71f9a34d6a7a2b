"""Read the expected codes written as trailing comments in example files."""
from __future__ import annotations

import io
import re
import tokenize
from collections import Counter
from pathlib import Path

CODE = re.compile(r"\bKRS\d{3}\b")


def expected_findings(path: Path) -> Counter:
    """Counter of (line, code) from comments such as ``# KRS201 KRS202``."""
    expected = Counter()
    source = path.read_text(encoding="utf-8")
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type == tokenize.COMMENT:
            for code in CODE.findall(token.string):
                expected[(token.start[0], code)] += 1
    return expected
