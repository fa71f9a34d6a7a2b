"""The nodes of an astroid module on the Keras 1 side of a test of Keras itself.

Each ``if`` and conditional expression's test, and each ``and``/``or``, is described as
:mod:`keras2_lint.guards` reads it (the twin of ``keras2_lint.astfront.guards.describe_test``,
from astroid nodes); the parts it puts on the Keras 1 side, and everything under them
(function bodies included), are no findings.
"""
from __future__ import annotations

from typing import Callable, Iterable, Optional

from astroid import nodes

from keras2_lint.guards import keras1_parts

_DEEPEST = 16  # as in the flake8 front-end
_OTHER = ("other",)

Resolve = Callable[[nodes.NodeNG], Optional[str]]


def describe_test(node, resolve: Resolve) -> Optional[tuple]:
    """The tree of ``node``, or None when no name in it resolves to Keras."""
    keras: list = []
    tree = _described(node, resolve, keras, 0)
    return tree if keras else None


def _described(node, resolve: Resolve, keras: list, depth: int) -> tuple:
    if isinstance(node, nodes.Const):
        return ("const", node.value)
    if depth == _DEEPEST:
        return _OTHER
    depth += 1
    if isinstance(node, (nodes.Name, nodes.Attribute)):
        qualname = resolve(node)
        if qualname is not None:
            keras.append(qualname)
            return ("keras", qualname)
        if isinstance(node, nodes.Name):
            return ("name", node.name)
        return ("attr", _described(node.expr, resolve, keras, depth), node.attrname)
    if isinstance(node, nodes.Call):
        if node.keywords or any(isinstance(arg, nodes.Starred) for arg in node.args):
            return _OTHER
        return ("call", _described(node.func, resolve, keras, depth),
                tuple(_described(arg, resolve, keras, depth) for arg in node.args))
    if isinstance(node, nodes.Subscript):
        index = node.slice
        if isinstance(index, nodes.Slice):
            parts = (None if part is None else _described(part, resolve, keras, depth)
                     for part in (index.lower, index.upper, index.step))
            return ("subscript", _described(node.value, resolve, keras, depth),
                    ("slice", *parts))
        return ("subscript", _described(node.value, resolve, keras, depth),
                _described(index, resolve, keras, depth))
    if isinstance(node, nodes.Compare):
        return ("compare", _described(node.left, resolve, keras, depth),
                tuple((op, _described(right, resolve, keras, depth)) for op, right in node.ops))
    if isinstance(node, nodes.UnaryOp) and node.op == "-" and isinstance(node.operand,
                                                                         nodes.Const):
        value = node.operand.value  # a negative index or count: `split('.')[-1]`
        return ("const", -value) if type(value) in (int, float) else _OTHER
    if isinstance(node, nodes.UnaryOp) and node.op == "not":
        return ("not", _described(node.operand, resolve, keras, depth))
    if isinstance(node, nodes.BoolOp):
        return (node.op, tuple(_described(value, resolve, keras, depth)
                               for value in node.values))
    if isinstance(node, nodes.Tuple) and all(isinstance(item, nodes.Const) for item in node.elts):
        return ("const", tuple(item.value for item in node.elts))
    return _OTHER


class Keras1Sides:
    """The parts of a module's ``if`` statements, conditional expressions and ``and``/``or``
    operations (``branchings``) on the Keras 1 side of their tests; ``node in sides`` says
    whether a node lies in one."""

    def __init__(self, branchings: Iterable[nodes.NodeNG], resolve: Resolve):
        self._parts = set()
        self._trees: dict = {}  # id(test) -> its tree: an `and` test of an `if` comes again
        for node in branchings:
            self._parts.update(map(id, self._keras1_parts(node, resolve)))

    def _tree(self, node, resolve: Resolve) -> Optional[tuple]:
        key = id(node)
        if key not in self._trees:
            self._trees[key] = describe_test(node, resolve)
        return self._trees[key]

    def _keras1_parts(self, node, resolve: Resolve) -> list:
        if isinstance(node, nodes.BoolOp):
            tree = self._tree(node, resolve)
            return [] if tree is None else keras1_parts(tree, node.values)
        tree = self._tree(node.test, resolve)
        return [] if tree is None else keras1_parts(tree, (), node.body, node.orelse)

    def __contains__(self, node) -> bool:
        if not self._parts:
            return False
        while node is not None:
            if id(node) in self._parts:
                return True
            node = node.parent
        return False
