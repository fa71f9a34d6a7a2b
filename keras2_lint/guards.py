"""Which branches of a test of Keras itself run on Keras 1: the compatibility branches that
are no findings.

Code written for both Keras 1 and Keras 2 picks its side with a test of the installed Keras:
``if hasattr(optimizers, 'optimizer_from_config'):``, ``if keras.__version__.startswith('1'):``,
``x if int(keras.__version__[0]) < 2 else y``. Each front-end describes the test of an ``if``
or a conditional expression as a small tree of tuples, with names and attribute chains
already resolved, and asks :func:`keras1_sides` which branches are the Keras 1 side:

``("const", value)``, ``("keras", qualname)`` (a name or chain resolving to Keras),
``("name", identifier)`` (any other name), ``("attr", tree, name)``, ``("call", func,
(arg, ...))``, ``("subscript", tree, index)`` with ``index`` a tree or ``("slice", lower,
upper, step)``, ``("compare", left, ((operator, right), ...))`` (operators spelled as in
Python: ``"<"``, ``"not in"``, ``"is not"``, ...), ``("not", tree)``, ``("and", trees)``,
``("or", trees)``, ``("other",)`` for anything else.

The test is worked out twice, as if Keras 1 (``tables.KERAS1_VERSION``, with every Keras 1
name the catalogue knows) and as if Keras 2 (``tables.KERAS2_VERSION``, without them) were
installed, by a small interpreter of the few operations version and feature tests use. What
cannot be worked out (another name, a call it does not know) is unknown. A branch is the
Keras 1 side when it may run on Keras 1 and does not surely run on Keras 2; a test that reads
neither the version nor a feature of Keras has no Keras 1 side.
"""
from __future__ import annotations

import operator
import re
from typing import Tuple

from keras2_lint import tables
from keras2_lint.names import lookup_module, lookup_name
from keras2_lint.rules import RULES_BY_CODE

_UNKNOWN = object()
_VERSION = "keras.__version__"
NEITHER = (False, False)


class _Attribute:
    """What ``getattr`` finds when the attribute exists: true, and callable."""

    def __call__(self, *args):
        return _UNKNOWN


_PRESENT = _Attribute()


class _Release(tuple):
    """A parsed version (``LooseVersion``, ``version.parse``): its numbers."""

    @classmethod
    def of(cls, value):
        """The numbers of ``value``'s text; unknown for numbers no release has (Python
        refuses to convert thousands of digits)."""
        if isinstance(value, _Release):
            return value
        try:
            numbers = re.findall(r"\d+", str(value))
        except ValueError:  # str() of an int of thousands of digits
            return _UNKNOWN
        if any(len(number) > _LONGEST_NUMBER for number in numbers):
            return _UNKNOWN
        return cls(map(int, numbers))


_LONGEST_NUMBER = 18  # digits of a number of a release
_RELEASE_PARTS = {"major": 0, "minor": 1, "micro": 2}
_PARSERS = frozenset(["LooseVersion", "StrictVersion", "Version", "parse", "parse_version"])
_BUILTINS = {"int": int, "float": float, "str": str, "bool": bool, "tuple": tuple,
             "list": list, "callable": callable, "map": lambda f, *xs: list(map(f, *xs))}
_STRING_METHODS = frozenset(["split", "rsplit", "partition", "startswith", "endswith", "strip",
                             "lower"])
_OPERATORS = {"<": operator.lt, "<=": operator.le, ">": operator.gt, ">=": operator.ge,
              "==": operator.eq, "!=": operator.ne, "is": operator.is_,
              "is not": operator.is_not, "in": lambda a, b: a in b,
              "not in": lambda a, b: a not in b}


class _World:
    """One installed Keras: its version, and whether the Keras 1 names exist."""

    __slots__ = ("version", "keras1", "read")

    def __init__(self, version: str, keras1: bool):
        self.version = version
        self.keras1 = keras1
        self.read = False  # the test read the version or looked for a feature

    def keras(self, qualname: str):
        """The value of a Keras name: the version (or a method of it), else the name itself,
        which only ``hasattr``/``getattr`` can look into."""
        if qualname == _VERSION:
            self.read = True
            return self.version
        if qualname.startswith(_VERSION + "."):
            self.read = True
            return _attribute(self.version, qualname[len(_VERSION) + 1:])
        return _Keras(qualname)

    def has(self, qualname: str):
        """Whether the Keras name exists: a Keras 1 name of the catalogue does on Keras 1, and
        on Keras 2 only if Keras 2 keeps it (its rule is off by default); of another name
        nothing is known."""
        self.read = True
        found = lookup_module(qualname)
        entry = found[1] if found else lookup_name(qualname)
        if entry is None:
            return _UNKNOWN
        return self.keras1 or not RULES_BY_CODE[entry.code].default_enabled


class _Keras:
    __slots__ = ("qualname",)

    def __init__(self, qualname: str):
        self.qualname = qualname


def _attribute(value, name: str):
    if isinstance(value, str) and name in _STRING_METHODS:
        return getattr(value, name)
    if isinstance(value, _Release) and name in _RELEASE_PARTS:
        return value[_RELEASE_PARTS[name]] if len(value) > _RELEASE_PARTS[name] else 0
    if isinstance(value, _Release) and name == "version":
        return list(value)
    return _UNKNOWN


def _truth(value):
    if value is _UNKNOWN or isinstance(value, _Keras):
        return _UNKNOWN
    try:
        return bool(value)
    except Exception:  # pylint: disable=broad-exception-caught
        return _UNKNOWN


def _value(tree, world: _World):
    kind = tree[0]
    if kind == "const":
        return tree[1]
    if kind == "keras":
        return world.keras(tree[1])
    if kind == "name":
        return _BUILTINS.get(tree[1], _UNKNOWN)
    if kind == "attr":
        return _attribute(_value(tree[1], world), tree[2])
    if kind == "call":
        return _call(tree[1], tree[2], world)
    if kind == "subscript":
        return _subscript(tree[1], tree[2], world)
    if kind == "compare":
        return _compare(tree[1], tree[2], world)
    if kind == "not":
        truth = _truth(_value(tree[1], world))
        return truth if truth is _UNKNOWN else not truth
    if kind == "and" or kind == "or":
        return _combined(kind == "or", tree[1], world)
    return _UNKNOWN


def _combined(stop: bool, trees, world: _World):
    """``and`` (stops at a false operand) or ``or`` (stops at a true one), as a truth."""
    result = not stop
    for tree in trees:
        truth = _truth(_value(tree, world))
        if truth is stop:
            return stop
        if truth is _UNKNOWN:
            result = _UNKNOWN
    return result


def _call(func, arg_trees, world: _World):
    name = func[1] if func[0] == "name" else func[2] if func[0] == "attr" else None
    if name in ("hasattr", "getattr") and func[0] == "name":
        return _feature(name, arg_trees, world)
    args = [_value(tree, world) for tree in arg_trees]
    if any(arg is _UNKNOWN or isinstance(arg, _Keras) for arg in args):
        return _UNKNOWN
    if name in _PARSERS and len(args) == 1:
        return _Release.of(args[0])
    callee = _value(func, world)
    if callee is _UNKNOWN or isinstance(callee, _Keras):
        return _UNKNOWN
    try:
        return callee(*args)
    except Exception:  # pylint: disable=broad-exception-caught
        return _UNKNOWN


def _feature(name: str, arg_trees, world: _World):
    """``hasattr(<Keras name>, 'attr')``, ``getattr(<Keras name>, 'attr'[, default])``."""
    if len(arg_trees) < 2 or arg_trees[0][0] != "keras" or arg_trees[1][0] != "const" or not (
            isinstance(arg_trees[1][1], str)):
        return _UNKNOWN
    has = world.has(f"{arg_trees[0][1]}.{arg_trees[1][1]}")
    if name == "hasattr" or has is _UNKNOWN:
        return has
    if has:
        return _PRESENT
    return _value(arg_trees[2], world) if len(arg_trees) == 3 else _UNKNOWN


def _subscript(base_tree, index_tree, world: _World):
    base = _value(base_tree, world)
    if index_tree[0] == "slice":
        bounds = [None if tree is None else _value(tree, world) for tree in index_tree[1:]]
        index = _UNKNOWN if _UNKNOWN in bounds else slice(*bounds)
    else:
        index = _value(index_tree, world)
    if base is _UNKNOWN or index is _UNKNOWN or not isinstance(base, (str, list, tuple)):
        return _UNKNOWN
    try:
        return base[index]
    except Exception:  # pylint: disable=broad-exception-caught
        return _UNKNOWN


def _compare(left_tree, pairs, world: _World):
    left, result = _value(left_tree, world), True
    for op, right_tree in pairs:
        right = _value(right_tree, world)
        truth = _compared(op, left, right)
        if truth is False:
            return False
        if truth is _UNKNOWN:
            result = _UNKNOWN
        left = right
    return result


def _compared(op: str, left, right):
    if left is _UNKNOWN or right is _UNKNOWN or op not in _OPERATORS or isinstance(
            left, _Keras) or isinstance(right, _Keras):
        return _UNKNOWN  # a Keras name is only known to hasattr/getattr
    if op not in ("is", "is not") and (isinstance(left, _Release) or isinstance(right, _Release)):
        left, right = _Release.of(left), _Release.of(right)
        if left is _UNKNOWN or right is _UNKNOWN:
            return _UNKNOWN
        left, right = tuple(left), tuple(right)
    try:
        return bool(_OPERATORS[op](left, right))
    except Exception:  # pylint: disable=broad-exception-caught
        return _UNKNOWN


def _worlds() -> Tuple[_World, _World]:
    return _World(tables.KERAS1_VERSION, True), _World(tables.KERAS2_VERSION, False)


def _sides(on_keras1, on_keras2, read: bool) -> Tuple[bool, bool]:
    """Whether what runs where a test is true, and where it is false, is the Keras 1 side,
    given the test's truth on each Keras and whether it read the version or a feature."""
    if not read:
        return NEITHER
    return (on_keras1 is not False and on_keras2 is not True,
            on_keras1 is not True and on_keras2 is not False)


def keras1_sides(test) -> Tuple[bool, bool]:
    """Whether the body and whether the other branch of ``if test`` are the Keras 1 side."""
    keras1, keras2 = _worlds()
    on_keras1, on_keras2 = _truth(_value(test, keras1)), _truth(_value(test, keras2))
    return _sides(on_keras1, on_keras2, keras1.read or keras2.read)


def keras1_operands(test) -> Tuple[bool, ...]:
    """For an ``and``/``or`` test, whether each operand is on the Keras 1 side: an operand of
    ``and`` runs where the ones before it are true (the body of their test), one of ``or``
    where they are false (the other branch). Each operand is worked out once."""
    if test[0] != "and" and test[0] != "or":
        return ()
    stop = test[0] == "or"  # the truth that ends the test
    worlds = _worlds()
    truths = [not stop, not stop]  # of the operands so far, on each Keras
    found = [False]
    for tree in test[1][:-1]:
        for index, world in enumerate(worlds):
            if truths[index] is not stop:
                truth = _truth(_value(tree, world))
                if truth is stop or truth is _UNKNOWN:
                    truths[index] = truth
        found.append(_sides(*truths, worlds[0].read or worlds[1].read)[stop])
    return tuple(found)


def keras1_parts(test, operands, body=(), orelse=()) -> list:
    """Of an ``and``/``or`` whose tree is ``test``, the ``operands`` (the front-end's nodes) on
    the Keras 1 side; of an ``if`` or conditional expression whose test is ``test``, which of
    ``body`` and ``orelse`` (each a front-end's node, or list of statements) are."""
    parts = [operand for operand, keras1 in zip(operands, keras1_operands(test))
             if keras1] if operands else []
    if body or orelse:
        for branch, keras1 in zip((body, orelse), keras1_sides(test)):
            if keras1:
                parts.extend(branch if isinstance(branch, list) else [branch])
    return parts
