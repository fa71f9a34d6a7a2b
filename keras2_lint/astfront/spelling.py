"""How a message spells an argument: as ``ast.unparse`` spells it, cut to 60 characters.

``ast.unparse`` costs microseconds per node, so the commonest shapes of arguments (names,
plain constants, attribute chains, and tuples, lists and calls of those) are spelled here,
the same way; anything else goes to ``ast.unparse``.
"""
from __future__ import annotations

import ast
import math
from typing import Optional

_LONGEST = 60
_DEEPEST = 8  # nesting spelled here; deeper goes to ast.unparse


def source_text(node: ast.AST) -> str:
    text = _spelled(node, 0)
    if text is None:
        try:
            text = ast.unparse(node)
        except (ValueError, TypeError, AttributeError, RecursionError):  # pragma: no cover
            return "..."
    return text if len(text) <= _LONGEST else text[:_LONGEST - 3] + "..."


def _spelled(node: ast.AST, depth: int) -> Optional[str]:
    kind = type(node)
    if kind is ast.Name:
        return node.id
    if kind is ast.Constant:
        return _constant(node.value)
    if depth == _DEEPEST:
        return None
    depth += 1
    if kind is ast.Attribute:
        base = node.value
        if type(base) is ast.Name or type(base) is ast.Attribute:
            text = _spelled(base, depth)
            return None if text is None else f"{text}.{node.attr}"
    elif kind is ast.Tuple or kind is ast.List:
        inner = _joined(node.elts, depth)
        if inner is None:
            return None
        if kind is ast.List:
            return f"[{inner}]"
        return f"({inner},)" if len(node.elts) == 1 else f"({inner})"
    elif kind is ast.UnaryOp:
        operand = node.operand
        if type(node.op) is ast.USub and type(operand) is ast.Constant and type(
                operand.value) in (int, float):
            text = _constant(operand.value)
            return None if text is None else "-" + text
    elif kind is ast.Call:
        func = node.func
        if type(func) is ast.Name or type(func) is ast.Attribute:
            return _call(node, depth)
    return None


def _joined(nodes, depth: int) -> Optional[str]:
    parts = []
    for node in nodes:
        text = _spelled(node, depth)
        if text is None:
            return None
        parts.append(text)
    return ", ".join(parts)


def _call(node: ast.Call, depth: int) -> Optional[str]:
    func = _spelled(node.func, depth)
    args = _joined(node.args, depth)
    if func is None or args is None:
        return None
    parts = [args] if node.args else []
    for keyword in node.keywords:
        value = _spelled(keyword.value, depth) if keyword.arg is not None else None
        if value is None:
            return None
        parts.append(f"{keyword.arg}={value}")
    return f"{func}({', '.join(parts)})"


def _constant(value) -> Optional[str]:
    """``repr`` of the constants ``ast.unparse`` spells as ``repr`` does."""
    if value is None or value is True or value is False or (
            type(value) is int and -10**40 < value < 10**40) or (
            type(value) is float and math.isfinite(value)) or (
            type(value) is str and len(value) < 50 and value.isprintable()
            and "'" not in value and "\\" not in value):
        return repr(value)
    return None
