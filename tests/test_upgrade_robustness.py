"""keras2-upgrade on hostile and generated Keras code: it never raises, what it writes
compiles, a second run changes nothing, and what it leaves is exactly what a check of the
result reports."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from bench.keras1_corpus import generate_long_function, generate_module
from keras2_lint.upgrade.rewrite import check, parse, upgrade
from keras2_lint.upgrade.selection import Selection
from tests.hostile import CALLS, FUZZ, HEADER, IMPORTS, KERAS_PREFIX, SHADOWING, keras_statement
from tests.pylint.programs import program

EVERY_RULE = Selection(["KRS"])


def compiles(text: str) -> bool:
    try:
        compile(text, "<test>", "exec", dont_inherit=True)
    except (SyntaxError, ValueError):
        return False
    return True


def assert_sound(source: str, selection: Selection = EVERY_RULE):
    try:
        parse(source)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return None
    outcome = upgrade(source, selection)
    if outcome.error is not None:  # reported, and the text kept
        assert outcome.text == source and outcome.fixed == 0
        return outcome
    if compiles(source):
        assert compiles(outcome.text), outcome.text
    again = upgrade(outcome.text, selection)
    assert again.text == outcome.text and again.fixed == 0, (source, outcome.text)
    left = [(site.line, site.column, site.code) for site in outcome.sites]
    assert left == [(site.line, site.column, site.code)
                    for site in check(outcome.text, selection)]
    assert all(site.reason for site in outcome.sites)
    return outcome


@FUZZ
@given(st.lists(keras_statement(), min_size=1, max_size=8), st.booleans())
def test_keras_flavoured_programs(statements, star):
    assert_sound((KERAS_PREFIX if star else HEADER) + "\n".join(statements) + "\n")


def test_generated_programs_with_scopes_and_shadowing():
    fixed = 0
    for seed in range(60):
        outcome = assert_sound(program(seed))
        fixed += outcome.fixed if outcome else 0
    assert fixed > 20


def test_the_benchmark_corpus():
    fixed = 0
    for seed in range(6):
        for source in (generate_module(300, seed=seed, script=seed % 2 == 0, star=seed % 3 == 0),
                       generate_long_function(200, seed=seed)):
            outcome = assert_sound(source, Selection())
            fixed += outcome.fixed
    assert fixed > 100


def test_hostile_calls_imports_and_shadowing():
    sound = 0
    for table in (CALLS, IMPORTS, SHADOWING):
        for source, _ in table.values():
            sound += assert_sound(HEADER + source + "\n") is not None
    assert sound > 50


def _signature(findings) -> list:
    """What each finding's fix edits, by position: comparable across two runs on one tree."""
    def where(target):
        node = getattr(target, "node", None) or getattr(target, "source", None) or getattr(
            target, "statement", None)
        return (type(target).__name__, getattr(node, "lineno", None),
                getattr(node, "col_offset", None), getattr(target, "name", None))

    def part(value):
        return value if isinstance(value, str) else where(value)

    return sorted((finding.code, finding.anchor, finding.refusal, tuple(
        (edit.action, where(edit.target), tuple(map(part, edit.text)))
        for edit in finding.fix or ())) for finding in findings)


def test_the_line_search_gives_the_same_fixes_as_a_visit_of_every_statement():
    import ast
    from pathlib import Path

    from keras2_lint.astfront.check import check_tree

    cases = Path(__file__).parent / "upgrade" / "cases"
    sources = [path.read_text(encoding="utf-8") for path in sorted(cases.glob("*.py"))
               if not path.name.endswith(".keras2.py") and path.stem not in ("shadowed",
                                                                             "refusals")]
    sources += [generate_module(300, seed=seed, script=seed % 2 == 0, star=seed % 3 == 0)
                for seed in range(4)]
    for source in sources:
        tree = ast.parse(source)
        pruned, full = check_tree(tree, [source]), check_tree(tree)
        assert _signature(pruned) == _signature(full)
        assert any(finding.fix for finding in pruned)
