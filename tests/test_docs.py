"""docs/rules.md is generated from the catalogue and must be current."""
from keras2_lint import docs
from keras2_lint.rules import RULES


def test_rules_doc_is_up_to_date():
    assert docs.DOCS_PATH.read_text(encoding="utf-8") == docs.render(), (
        "docs/rules.md is out of date: run python -m keras2_lint.docs")


def test_every_rule_is_documented_with_example_and_url():
    text = docs.render()
    for rule in RULES:
        section = docs.rule_section(rule)
        assert section in text
        assert rule.keras1 in section and rule.keras2 in section and rule.url in section
