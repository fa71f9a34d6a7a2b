"""Generate ``docs/rules.md`` from the catalogue: ``python -m keras2_lint.docs [--check]``."""
from __future__ import annotations

import sys
from pathlib import Path

from keras2_lint import tables
from keras2_lint.rules import RULES, SEVERITY_TEXT

DOCS_PATH = Path(__file__).resolve().parent.parent / "docs" / "rules.md"
FIX_TEXT = {
    "mechanical": "mechanical: the replacement can be applied as written",
    "judgement": "needs judgement: a person must decide the Keras 2 form",
    "mixed": "per finding: what keeps its meaning is mechanical, the rest needs judgement",
}


UPGRADE_TEXT = {"mechanical": "rewrites it", "mixed": "rewrites some, reports the rest",
                "judgement": "reports it"}


def rule_section(rule) -> str:
    default = "on" if rule.default_enabled else "off (enable with `extend-select = " + \
        rule.code + "`)"
    return "\n".join([
        f"## {rule.code} `{rule.symbol}`: {rule.title}",
        "",
        f"*Keras 2:* {SEVERITY_TEXT[rule.severity]}. *Default:* {default}. "
        f"*Fix:* {FIX_TEXT[rule.fix]}.",
        "",
        f"**keras2-upgrade** {rule.upgrade}.",
        "",
        f"**What it does**: reports {rule.title[0].lower() + rule.title[1:]}, with the Keras 2 "
        "replacement spelled out in the message.",
        "",
        f"**Why is this bad?** {rule.why}",
        "",
        "**Example** (Keras 1):",
        "```python",
        rule.keras1,
        "```",
        "",
        "**Use instead** (Keras 2):",
        "```python",
        rule.keras2,
        "```",
        "",
        f"Documentation: <{rule.url}>",
        "",
    ])


def keyword_table() -> str:
    rows = ["| Keras 2 callable | Keras 1 keyword | Keras 2 | Code |", "|---|---|---|---|"]
    groups = [(name, spec) for name, spec in tables.LAYERS.items()]
    groups += [(name, spec) for name, spec in tables.FUNCTIONS.items()]
    groups += [(f"<any>.{name}()", spec) for name, spec in tables.METHODS.items()]
    for name, spec in groups:
        for keyword in spec.keywords.values():
            new = keyword.advice or (f"`{keyword.new}=`" if keyword.new else "removed")
            rows.append(f"| {name} | `{keyword.old}=` | {new} | {keyword.code} |")
    return "\n".join(rows)


def names_table() -> str:
    rows = ["| Keras 1 name | Keras 2 | Code |", "|---|---|---|"]
    for name, entry in {**tables.MODULES, **tables.NAMES}.items():
        rows.append(f"| `{name}` | {entry.replacement} | {entry.code} |")
    aliases = ", ".join(f"`{old}`" for old in tables.ALIASES)
    rows.append("")
    rows.append(f"Aliases understood as their Keras 2 class: {aliases}.")
    return "\n".join(rows)


def render() -> str:
    parts = [
        "# keras2-lint rules",
        "",
        "Generated from `keras2_lint/rules.py` and `keras2_lint/tables.py` by "
        "`python -m keras2_lint.docs`; do not edit by hand.",
        "",
        "Codes are grouped by what Keras 2 does with the Keras 1 form: `KRS1` fails on Keras 2, "
        "`KRS2` warns on Keras 2.0-2.2 and fails on later Keras 2, `KRS3` silently changes "
        "meaning, `KRS4` is the Keras 1 custom-layer API, `KRS9` is off by default.",
        "",
        "| Code | pylint symbol | Keras 2 | Default | keras2-upgrade |",
        "|---|---|---|---|---|",
    ]
    parts += [f"| [{r.code}](#{r.code.lower()}-{r.symbol}) | `{r.symbol}` | "
              f"{SEVERITY_TEXT[r.severity]} | {'on' if r.default_enabled else 'off'} | "
              f"{UPGRADE_TEXT[r.fix]} |" for r in RULES]
    parts.append("")
    parts += [rule_section(rule) for rule in RULES]
    parts += ["## Keyword table", "", keyword_table(), "", "## Names and modules", "",
              names_table(), ""]
    return "\n".join(parts)


def main(argv) -> int:
    text = render()
    if "--check" in argv:
        current = DOCS_PATH.read_text(encoding="utf-8") if DOCS_PATH.exists() else ""
        if current != text:
            print(f"{DOCS_PATH} is out of date: run python -m keras2_lint.docs")
            return 1
        return 0
    DOCS_PATH.parent.mkdir(exist_ok=True)
    DOCS_PATH.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
