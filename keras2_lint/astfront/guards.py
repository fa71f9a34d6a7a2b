"""The test of an ``if`` or a conditional expression, described from a stdlib ``ast`` tree as
:mod:`keras2_lint.guards` reads it (the pylint front-end's twin is
``pylint_keras2.guards.describe_test``)."""
from __future__ import annotations

import ast
from typing import Callable, Optional

_DEEPEST = 16  # a deeper test is no test of Keras anyone writes
_OTHER = ("other",)
_OPERATORS = {ast.Lt: "<", ast.LtE: "<=", ast.Gt: ">", ast.GtE: ">=", ast.Eq: "==",
              ast.NotEq: "!=", ast.Is: "is", ast.IsNot: "is not", ast.In: "in",
              ast.NotIn: "not in"}

Resolve = Callable[[ast.expr], Optional[str]]


def describe_test(node: ast.expr, resolve: Resolve) -> Optional[tuple]:
    """The tree of ``node``, or None when no name in it resolves to Keras: it tests nothing
    of Keras. ``resolve`` gives the Keras qualified name of a name or attribute chain."""
    keras = []
    tree = _described(node, resolve, keras, 0)
    return tree if keras else None


def _described(node, resolve: Resolve, keras: list, depth: int) -> tuple:
    kind = type(node)
    if kind is ast.Constant:
        return ("const", node.value)
    if depth == _DEEPEST:
        return _OTHER
    depth += 1
    if kind is ast.Name or kind is ast.Attribute:
        qualname = resolve(node)
        if qualname is not None:
            keras.append(qualname)
            return ("keras", qualname)
        if kind is ast.Name:
            return ("name", node.id)
        return ("attr", _described(node.value, resolve, keras, depth), node.attr)
    if kind is ast.Call:
        if node.keywords or any(type(arg) is ast.Starred for arg in node.args):
            return _OTHER
        return ("call", _described(node.func, resolve, keras, depth),
                tuple(_described(arg, resolve, keras, depth) for arg in node.args))
    if kind is ast.Subscript:
        index = node.slice
        if type(index) is ast.Slice:
            parts = (None if part is None else _described(part, resolve, keras, depth)
                     for part in (index.lower, index.upper, index.step))
            return ("subscript", _described(node.value, resolve, keras, depth),
                    ("slice", *parts))
        return ("subscript", _described(node.value, resolve, keras, depth),
                _described(index, resolve, keras, depth))
    if kind is ast.Compare:
        return ("compare", _described(node.left, resolve, keras, depth),
                tuple((_OPERATORS[type(op)], _described(right, resolve, keras, depth))
                      for op, right in zip(node.ops, node.comparators)))
    if kind is ast.UnaryOp and type(node.op) is ast.USub and type(node.operand) is ast.Constant:
        value = node.operand.value  # a negative index or count: `split('.')[-1]`
        return ("const", -value) if type(value) in (int, float) else _OTHER
    if kind is ast.UnaryOp and type(node.op) is ast.Not:
        return ("not", _described(node.operand, resolve, keras, depth))
    if kind is ast.BoolOp:
        return ("and" if type(node.op) is ast.And else "or",
                tuple(_described(value, resolve, keras, depth) for value in node.values))
    if kind is ast.Tuple and all(type(item) is ast.Constant for item in node.elts):
        return ("const", tuple(item.value for item in node.elts))
    return _OTHER
