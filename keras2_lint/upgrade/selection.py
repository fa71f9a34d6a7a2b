"""Which findings count, as flake8 decides: ``--select``/``--ignore`` by code prefix (the
longer matching prefix wins, a tie ignores), the rules that are off by default stay off unless
selected, and a ``# noqa`` comment (bare, or naming the code or a prefix of it) on a line of
the finding's logical line silences it."""
from __future__ import annotations

import io
import re
import tokenize
from typing import Dict, Iterable, List, Optional, Sequence, Tuple

from keras2_lint.rules import RULES

_NOQA = re.compile(r"#\s*noqa(?::[\s]?(?P<codes>[A-Z][0-9]*(?:[,\s]+[A-Z][0-9]*)*))?", re.I)
_CODE = re.compile(r"[A-Z][0-9]*", re.I)


def parse_codes(values: Optional[Sequence[str]]) -> Optional[Tuple[str, ...]]:
    """``KRS1,KRS2`` (given once or more) as code prefixes; None when not given."""
    if values is None:
        return None
    codes = [code.strip().upper() for value in values for code in value.split(",")]
    return tuple(code for code in codes if code)


class Selection:
    def __init__(self, select: Optional[Sequence[str]] = None,
                 ignore: Optional[Sequence[str]] = None):
        self.select = select
        self.ignore = tuple(ignore or ())
        self.codes = frozenset(rule.code for rule in RULES if self._decide(rule))

    def _decide(self, rule) -> bool:
        chosen = _longest(self.select, rule.code) if self.select is not None else None
        if self.select is not None and chosen is None:
            return False
        ignored = _longest(self.ignore, rule.code)
        if ignored is not None and (chosen is None or len(ignored) >= len(chosen)):
            return False
        return chosen is not None or rule.default_enabled

    def __contains__(self, code: str) -> bool:
        return code in self.codes


def _longest(prefixes: Iterable[str], code: str) -> Optional[str]:
    matching = [prefix for prefix in prefixes if code.startswith(prefix)]
    return max(matching, key=len) if matching else None


class Noqa:
    """The ``# noqa`` comments of a module's text, by the lines of each logical line."""

    def __init__(self, text: str):
        self.by_line: Dict[int, Optional[Tuple[str, ...]]] = {}
        if "noqa" not in text.lower():
            return
        comments = []
        spans = []  # logical lines: (first, last)
        first = None
        try:
            for token in tokenize.generate_tokens(io.StringIO(text).readline):
                if first is None and token.type not in (tokenize.NL, tokenize.COMMENT,
                                                        tokenize.INDENT, tokenize.DEDENT):
                    first = token.start[0]
                if token.type == tokenize.COMMENT:
                    comments.append((token.start[0], token.string))
                elif token.type in (tokenize.NEWLINE, tokenize.ENDMARKER) and first is not None:
                    spans.append((first, token.end[0]))
                    first = None
        except (tokenize.TokenError, SyntaxError, IndentationError):
            spans = []  # physical lines only
        for line, comment in comments:
            match = _NOQA.search(comment)
            if match is None:
                continue
            codes = tuple(_CODE.findall(match.group("codes") or "")) or None
            lines = next(((a, b) for a, b in spans if a <= line <= b), (line, line))
            for number in range(lines[0], lines[1] + 1):
                self.by_line[number] = _merged(self.by_line.get(number, ()), codes)

    def silences(self, line: int, code: str) -> bool:
        if line not in self.by_line:
            return False
        codes = self.by_line[line]
        return codes is None or any(code.startswith(prefix.upper()) for prefix in codes)


def _merged(known, codes):
    if known is None or codes is None:
        return None
    return (*known, *codes)


def selected(findings: List, selection: Selection, noqa: Noqa) -> List:
    return [finding for finding in findings if finding.code in selection
            and not noqa.silences(finding.anchor[0], finding.code)]
