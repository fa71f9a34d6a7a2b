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


def test_the_readme_shows_what_keras2_upgrade_prints(tmp_path):
    """The README's run of keras2-upgrade on a copy of the examples, line for line."""
    import re
    import shutil
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    readme = (root / "README.md").read_text(encoding="utf-8")
    shown = re.search(r"\$ cp -r examples keras1 && keras2-upgrade keras1/\n(.*?)\n```",
                      readme, re.S).group(1).splitlines()
    shutil.copytree(root / "examples", tmp_path / "keras1")
    result = subprocess.run([sys.executable, "-m", "keras2_lint.upgrade", "keras1/"],
                            cwd=tmp_path, capture_output=True, text=True, check=False)
    assert result.stdout.splitlines() + result.stderr.splitlines() == shown
