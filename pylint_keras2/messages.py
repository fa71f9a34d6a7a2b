"""pylint message definitions, one per catalogue rule, generated from keras2_lint.rules.RULES.

Message ids live in an external-plugin range: checker id 73, then the family digit and the
last digit of the KRS code (KRS101 -> E7311, KRS203 -> W7323, KRS902 -> C7392). The category
follows what Keras 2 does with the Keras 1 form.
"""
from __future__ import annotations

from typing import Dict, Tuple

from keras2_lint.rules import RULES, SEVERITY_TEXT, Rule, Severity

CHECKER_ID = "73"
CATEGORY = {
    Severity.REMOVED: "E",
    Severity.DEPRECATED: "W",
    Severity.SILENT: "W",
    Severity.CUSTOM_LAYER: "W",
    Severity.MODERNISE: "C",
}


def message_id(rule: Rule) -> str:
    digits = rule.code[-3:]
    if not digits.isdigit() or digits[1] != "0":
        raise ValueError(f"{rule.code}: the pylint id scheme needs codes KRS<family>0<n>")
    return f"{CATEGORY[rule.severity]}{CHECKER_ID}{digits[0]}{digits[2]}"


def description(rule: Rule) -> str:
    """What ``pylint --help-msg=<symbol>`` prints (pylint reflows it into one paragraph)."""
    default = "" if rule.default_enabled or "off by default" in rule.why.lower() else \
        " Off by default."
    keras1, keras2 = ("; ".join(example.splitlines()) for example in (rule.keras1, rule.keras2))
    return (f"{rule.code}: {rule.title} ({SEVERITY_TEXT[rule.severity]}). {rule.why}{default} "
            f"Keras 1: `{keras1}`. Keras 2: `{keras2}`. Documentation: {rule.url}")


def _definition(rule: Rule) -> Tuple:
    options = {} if rule.default_enabled else {"default_enabled": False}
    return ("%s", rule.symbol, description(rule), options)


MSGS: Dict[str, Tuple] = {message_id(rule): _definition(rule) for rule in RULES}
SYMBOLS: Dict[str, str] = {rule.code: rule.symbol for rule in RULES}

if len(MSGS) != len(RULES):  # pragma: no cover - guards the id scheme against new codes
    raise ValueError("two catalogue rules map to the same pylint message id")
