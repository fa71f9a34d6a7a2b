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


# -- README, "Gating pull requests" ------------------------------------------------------------

def _gating_section() -> str:
    import re
    from pathlib import Path

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    return re.search(r"\n## Gating pull requests\n(.*?)\n## ", readme, re.S).group(1)


def _blocks(kind: str):
    import re

    return re.findall(rf"```{kind}\n(.*?)```", _gating_section(), re.S)


def _commands(script: str):
    """The argv of each command of a shell line, up to a redirection or ``||``."""
    import shlex

    words = shlex.split(script.replace("\\\n", " ").replace("${{ github.base_ref }}", "main"))
    stops = [index for index, word in enumerate(words) if word in (">", "||", "&&", "|")]
    return words[:stops[0]] if stops else words


def _check_command(argv):
    from diff_cover.diff_quality_tool import parse_quality_args

    from keras2_lint.upgrade import cli

    program, args = argv[0], argv[1:]
    if program == "keras2-upgrade":
        cli.parser().parse_args(args)  # SystemExit on an option that does not exist
    elif program == "diff-quality":
        options = parse_quality_args(args)
        assert options["violations"] in ("flake8", "pylint") and options["fail_under"] == 100
        assert options["compare_branch"] in ("main", "origin/main")
    else:
        assert program == "pip" and args[0] == "install", argv
        packages = {package.split("[")[0].strip("'") for package in args[1:]}
        assert packages <= {"keras2-lint", "diff-cover"}, argv
    return program


def test_the_readme_workflow_parses_and_runs_real_options():
    import re
    from pathlib import Path

    import yaml

    root = Path(__file__).resolve().parent.parent
    pyproject = (root / "pyproject.toml").read_text(encoding="utf-8")
    assert 'name = "keras2-lint"' in pyproject and '"diff-cover' in pyproject
    (workflow,) = [yaml.safe_load(block) for block in _blocks("yaml") if "jobs:" in block]
    assert "pull_request" in workflow[True]  # YAML 1.1 reads the key `on` as true
    programs, uses, runs = [], [], []
    for job in workflow["jobs"].values():
        for step in job["steps"]:
            if "uses" in step:
                assert re.fullmatch(r"[\w-]+/[\w-]+(/[\w-]+)?@v\d+", step["uses"]), step
                uses.append(step)
            else:
                runs.append(step["run"])
                programs.append(_check_command(_commands(step["run"])))
    assert {"keras2-upgrade", "diff-quality", "pip"} == set(programs)
    assert any("--format github" in run and "--check" in run for run in runs)
    (sarif_run,) = [run for run in runs if "--format sarif" in run]
    (upload,) = [step for step in uses if "upload-sarif" in step["uses"]]
    assert upload["with"]["sarif_file"] == sarif_run.split("> ")[1].split()[0]


def test_the_readme_recipes_use_real_options_and_hooks():
    from pathlib import Path

    import yaml

    root = Path(__file__).resolve().parent.parent
    hooks = {hook["id"] for hook in yaml.safe_load(
        (root / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))}
    (config,) = [yaml.safe_load(block) for block in _blocks("yaml") if "repos:" in block]
    assert {hook["id"] for hook in config["repos"][0]["hooks"]} <= hooks
    (recipe,) = _blocks("sh")
    lines = [line for line in recipe.replace("\\\n", " ").splitlines()
             if line and not line.startswith("#")]
    assert [_check_command(_commands(line)) for line in lines] == ["pip", "diff-quality",
                                                                   "diff-quality"]


def test_the_readme_annotation_is_what_keras2_upgrade_prints(tmp_path, monkeypatch):
    import re

    from tests.test_gating import KERAS1
    from tests.test_upgrade_cli import run

    shown = re.search(r"`(::error file=model\.py[^`]*?) \.\.\.`", _gating_section()).group(1)
    (tmp_path / "model.py").write_text(KERAS1, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    status, lines, _ = run("--check", "--format", "github", "model.py")
    assert status == 1 and lines[0].startswith(shown + " "), (shown, lines)
