"""Messages quote arguments as ``ast.unparse`` spells them (cut to 60 characters); the
flake8 front-end spells the common shapes itself, which must give the very same text."""
from __future__ import annotations

import ast
import sys
from pathlib import Path

import hypothesmith
import pytest
from hypothesis import HealthCheck, given, settings

from bench.keras1_corpus import generate_module
from keras2_lint.astfront.spelling import source_text

TESTS = Path(__file__).parent
STDLIB = Path(ast.__file__).parent


def unparsed(node: ast.AST) -> str:
    text = ast.unparse(node)
    return text if len(text) <= 60 else text[:57] + "..."


def assert_spelled_as_unparse(tree: ast.AST) -> int:
    checked = 0
    for node in ast.walk(tree):
        if isinstance(node, ast.expr):
            assert source_text(node) == unparsed(node), ast.dump(node)
            checked += 1
    return checked


SOURCES = {
    **{str(path.relative_to(TESTS)): path for path in sorted(TESTS.rglob("*.py"))
       if path.parent != TESTS / "upgrade" / "python2"},  # Python 2: no Python 3 expressions
    **{f"stdlib/{name}": STDLIB / name for name in ("argparse.py", "ast.py", "typing.py")},
}


@pytest.mark.parametrize("name", sorted(SOURCES))
def test_every_expression_of_a_file(name):
    try:
        tree = ast.parse(SOURCES[name].read_bytes())
    except SyntaxError:
        pytest.skip("not Python this interpreter parses")  # a deliberately broken example
    assert_spelled_as_unparse(tree)


@pytest.mark.parametrize("script", [False, True])
def test_every_expression_of_the_benchmark_corpus(script):
    assert assert_spelled_as_unparse(ast.parse(generate_module(400, seed=7, script=script))) > 1000


@pytest.mark.parametrize("source, text", [
    ("(1,)", "(1,)"), ("()", "()"), ("[]", "[]"), ("-1.5", "-1.5"), ("- -1", "--1"),
    ("-True", "-True"), ("f(*a)", "f(*a)"), ("f(**k)", "f(**k)"), ("(1).real", "1 .real"),
    ("'it\\'s'", '"it\'s"'), ("1e400", "1e309"), ("f(x for x in y)", "f((x for x in y))"),
    ("a.b(c)(d)", "a.b(c)(d)"),
    ("f(" + "[" * 40 + "]" * 40 + ")", "f(" + "[" * 40 + "]" * 15 + "..."),
    ("Dense(" + ", ".join(map(str, range(30))) + ")",
     "Dense(" + ", ".join(map(str, range(15))) + ", 1..."),
])
def test_shapes_spelled_here_and_left_to_unparse(source, text):
    node = ast.parse(source, mode="eval").body
    assert source_text(node) == text == unparsed(node)


@settings(max_examples=50, deadline=None, suppress_health_check=list(HealthCheck))
@given(hypothesmith.from_grammar("eval_input"))
def test_generated_expressions(source):
    try:
        tree = ast.parse(source, mode="eval")
    except (SyntaxError, ValueError, MemoryError, RecursionError):
        return
    try:
        assert_spelled_as_unparse(tree)
    except RecursionError:  # ast.unparse itself, on deep nesting
        assert sys.getrecursionlimit() < 10**6
