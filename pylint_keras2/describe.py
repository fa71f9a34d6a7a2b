"""Translate astroid nodes into the neutral descriptions of :mod:`keras2_lint.model`.

The checker hands over the nodes it met while pylint walked the module; this module says
which of them are Keras imports, references, calls and classes, describes them exactly as
the flake8 front-end does (same anchors, same argument text), and lets
:class:`keras2_lint.checks.FileReport` judge them. An anchor is the astroid node a message
is attached to, reported at the node's own position, or an :class:`Anchor` when the position
is another (a name in an import, the line of a decorated ``def``); :func:`located` reads both.
"""
from __future__ import annotations

from typing import Iterable, List, Optional, Set

from astroid import nodes

from keras2_lint import model, tables
from keras2_lint.checks import FileReport
from keras2_lint.names import in_package, leads_anywhere
from pylint_keras2.guards import Keras1Sides
from pylint_keras2.resolve import Resolver, is_keras_import_from
from pylint_keras2.source import Position, Source

_INTERESTING_METHODS = frozenset(tables.METHODS)
_CHAIN_PARENTS = (nodes.Attribute, nodes.AssignAttr, nodes.DelAttr)


class Anchor(model.Record):
    __slots__ = ("line", "col", "end_line", "end_col", "node")

    def __init__(self, line: int, col: int, end_line: Optional[int], end_col: Optional[int],
                 node: nodes.NodeNG):
        self.line = line
        self.col = col
        self.end_line = end_line
        self.end_col = end_col
        self.node = node


def located(anchor) -> Anchor:
    """The position an anchor stands for, with its node."""
    if isinstance(anchor, Anchor):
        return anchor
    return Anchor(anchor.lineno, anchor.col_offset, anchor.end_lineno, anchor.end_col_offset,
                  anchor)


def definition_anchor(node: nodes.FunctionDef):
    """A ``def``: its line is that of the ``def`` keyword, not of its first decorator."""
    where = node.position
    if where is None:
        return node
    return Anchor(where.lineno, node.col_offset, where.end_lineno, where.end_col_offset, node)


def top_of_chain(node) -> bool:
    """A Name or Attribute that is a whole reference: not the inside of a longer ``a.b.c``
    chain (loaded or stored) and not the callee of a call (calls are described whole)."""
    parent = node.parent
    if isinstance(parent, _CHAIN_PARENTS):
        return False
    return not (isinstance(parent, nodes.Call) and parent.func is node)


def whole_reference(name: nodes.Name):
    """The reference a loaded name starts: the name itself or the attribute chain on it, or
    None when that is not a whole reference (see top_of_chain)."""
    node = name
    while isinstance(node.parent, nodes.Attribute):
        node = node.parent
    return node if top_of_chain(node) else None


def chain_base(node):
    while isinstance(node, nodes.Attribute):
        node = node.expr
    return node


def _plain_text(node) -> Optional[str]:
    """The ``ast.unparse`` text of a name or a plain number, without unparsing."""
    if isinstance(node, nodes.Name):
        return node.name
    if isinstance(node, nodes.Const) and (node.value is None or isinstance(node.value, bool) or (
            type(node.value) in (int, float) and abs(node.value) < 1e15)):
        return repr(node.value)
    return None


class _NodeArg(model.Arg):
    """An argument made from its node (its anchor): its text is spelled from the module's
    source when read."""

    __slots__ = ("source",)

    def __init__(self, node, source: Source, value, kind: str, items: tuple, keys: tuple):
        super().__init__(None, node, value, kind, items, keys)
        self.source = source

    def spell(self) -> str:
        return _plain_text(self.anchor) or self.source.expression_text(self.anchor)


class _NodeKeyword(model.Keyword):
    """A ``name=value`` keyword made from its node (its anchor): its value is described
    when read."""

    __slots__ = ("describer",)

    def __init__(self, node: nodes.Keyword, describer: "ModuleDescriber"):
        super().__init__(node.arg, None, node)
        self.describer = describer

    def describe(self) -> model.Arg:
        return self.describer.describe_arg(self.anchor.value)


def _statement_is_import(statement) -> bool:
    return isinstance(statement, (nodes.Import, nodes.ImportFrom))


_IMPORT_ERRORS = frozenset({"ImportError", "ModuleNotFoundError", "Exception", "BaseException"})


def _catches_import_error(handler: nodes.ExceptHandler) -> bool:
    caught = handler.type
    if caught is None:
        return True
    names = caught.elts if isinstance(caught, nodes.Tuple) else [caught]
    return any(isinstance(name, nodes.Name) and name.name in _IMPORT_ERRORS for name in names)


def is_compatibility_block(node) -> bool:
    """``try: import ... except ImportError: import ...``."""
    return any(map(_statement_is_import, node.body)) and any(
        _catches_import_error(handler) and any(map(_statement_is_import, handler.body))
        for handler in node.handlers)


def in_compatibility_block(node) -> bool:
    """An import in the body or a handler of a compatibility ``try`` of its own code block."""
    child, parent = node, node.parent
    while parent is not None and not isinstance(parent, (nodes.Module, nodes.FunctionDef)):
        if isinstance(parent, (nodes.Try, nodes.TryStar)) and (
                child in parent.body or child in parent.handlers) and (
                    is_compatibility_block(parent)):
            return True
        child, parent = parent, parent.parent
    return False


def parameter_names(args: nodes.Arguments) -> tuple:
    names = [arg.name for arg in [*(args.posonlyargs or ()), *(args.args or ()),
                                  *(args.kwonlyargs or ())]]
    names += [name for name in (args.vararg, args.kwarg) if name]
    return tuple(names)


class ModuleDescriber:
    """Describes the collected nodes of one module to a FileReport. A node on the Keras 1
    side of a test of Keras (``branchings``: the module's ``if`` statements and conditional
    expressions) is no finding: an import there only shows that the module uses Keras."""

    def __init__(self, module: nodes.Module, source: Source,
                 star_imports: List[nodes.ImportFrom],
                 global_statements: Iterable[nodes.Global] = (),
                 branchings: Iterable[nodes.NodeNG] = (),
                 keras_names: Optional[Set[str]] = None):
        self.source = source
        self.resolver = Resolver(module, star_imports, global_statements)
        self.report = FileReport()
        self._every_name = bool(star_imports)
        # the names that may be bound to Keras (None: any): others are not looked up in tests
        self._keras_names = None if star_imports else keras_names
        self.keras1 = Keras1Sides(branchings, self._test_name)

    def _test_name(self, node) -> Optional[str]:
        """The Keras name a name or chain in a test stands for, where the flake8 front-end
        resolves it: not for a name bound to a Keras class the catalogue knows nothing of
        (names.leads_anywhere), unless a Keras ``import *`` makes every name resolve."""
        base = chain_base(node)
        if self._keras_names is not None and not (
                isinstance(base, nodes.Name) and base.name in self._keras_names):
            return None
        found = self.resolver.resolve(node)
        if found is None or self._every_name:
            return None if found is None else found.qualname
        return found.qualname if leads_anywhere(self.resolver.resolve(base).qualname) else None

    # -- imports --------------------------------------------------------------------------
    def imported(self, node) -> None:
        compatibility = node in self.keras1 or in_compatibility_block(node)
        if isinstance(node, nodes.Import):
            positions = None
            for index, (name, _) in enumerate(node.names):
                if in_package(name):  # the report ignores other packages
                    positions = positions or self.source.alias_positions(node)
                    self.report.imported(name, None, self._alias_anchor(node, positions, index),
                                         compatibility)
        elif is_keras_import_from(node):
            positions = self.source.alias_positions(node)
            names = [(name, self._alias_anchor(node, positions, index))
                     for index, (name, _) in enumerate(node.names) if name != "*"]
            self.report.imported(node.modname, names, node, compatibility)

    @staticmethod
    def _alias_anchor(node, positions: Optional[List[Position]], index: int):
        if positions is None:
            return node
        return Anchor(*positions[index], node)

    # -- references -----------------------------------------------------------------------
    def referenced(self, node) -> None:
        """A loaded Name or Attribute chain that is top_of_chain()."""
        if node in self.keras1:
            return
        found = self.resolver.resolve(node)
        if found is not None:
            self.report.referenced(model.Reference(found.qualname, node, found.origin,
                                                   found.explicit))

    # -- calls ----------------------------------------------------------------------------
    def called(self, node: nodes.Call, resolvable: bool = True) -> None:
        """A call of a name resolving to Keras, or of ``<anything>.method`` for a method the
        catalogue knows; ``resolvable=False`` says the callee cannot resolve to Keras."""
        if node in self.keras1:
            return
        func = node.func
        found = self.resolver.resolve(func) if resolvable else None
        if found is not None:
            callee = model.Reference(found.qualname, node, found.origin, found.explicit)
            if self.report.checks_arguments(found.qualname):
                self.report.called(self.describe_call(node, callee, None))
            else:  # only its name can be reported
                self.report.referenced(callee)
        elif isinstance(func, nodes.Attribute) and func.attrname in _INTERESTING_METHODS:
            self.report.called(self.describe_call(node, None, func.attrname))

    def describe_call(self, node: nodes.Call, callee, method) -> model.Call:
        star = any(isinstance(arg, nodes.Starred) for arg in node.args)
        star_kwargs = False
        keywords = []
        for keyword in node.keywords or ():
            if keyword.arg is not None:
                keywords.append(_NodeKeyword(keyword, self))
                continue
            unpacked = keyword.value
            if isinstance(unpacked, nodes.Dict) and all(
                    isinstance(key, nodes.Const) and isinstance(key.value, str)
                    for key, _ in unpacked.items):
                keywords.extend(model.Keyword(key.value, self.describe_arg(value), key)
                                for key, value in unpacked.items)
            else:
                star_kwargs = True
        args = tuple(self.describe_arg(arg) for arg in node.args
                     if not isinstance(arg, nodes.Starred))
        return model.Call(node, callee, method, args, tuple(keywords), star,
                          star_kwargs=star_kwargs)

    def describe_arg(self, node) -> model.Arg:
        kind, value, items, keys = "other", model.UNKNOWN, (), ()
        if isinstance(node, nodes.Const):
            kind, value = "literal", node.value
        elif isinstance(node, nodes.UnaryOp) and node.op == "-" and isinstance(
                node.operand, nodes.Const) and isinstance(node.operand.value, (int, float)):
            kind, value = "literal", -node.operand.value
        elif isinstance(node, (nodes.Tuple, nodes.List)):
            kind = "tuple" if isinstance(node, nodes.Tuple) else "list"
            items = tuple(self.describe_arg(element) for element in node.elts[:16])
            if len(items) == len(node.elts) and all(item.kind == "literal" for item in items):
                value = tuple(item.value for item in items)
        elif isinstance(node, nodes.Dict):
            kind = "dict"
            keys = tuple(key.value for key, _ in node.items if isinstance(key, nodes.Const))
        elif isinstance(node, nodes.Lambda) and not isinstance(node, nodes.FunctionDef):
            kind = "lambda"
        elif isinstance(node, nodes.Call):
            kind = "call"
        return _NodeArg(node, self.source, value, kind, items, keys)

    # -- classes --------------------------------------------------------------------------
    def defined_class(self, node: nodes.ClassDef) -> None:
        if node in self.keras1:
            return
        bases = [self.resolver.resolve(base) for base in node.bases]
        keras_bases = tuple(found.qualname for found in bases if found is not None)
        if keras_bases:
            self.report.defined_class(self.class_info(node, keras_bases))

    def class_info(self, node: nodes.ClassDef, bases) -> model.ClassInfo:
        methods, stores, calls = [], [], []
        for item in node.body:
            if not isinstance(item, nodes.FunctionDef):
                continue
            params = parameter_names(item.args)
            methods.append(model.Method(item.name, params, definition_anchor(item)))
            if params:
                for inner in item.nodes_of_class((nodes.Assign, nodes.AugAssign,
                                                  nodes.AnnAssign, nodes.Call)):
                    if inner not in self.keras1:
                        self._collect_self_use(inner, params[0], stores, calls)
        return model.ClassInfo(node.name, bases, tuple(methods), tuple(stores), tuple(calls))

    def _collect_self_use(self, node, self_name: str, stores: list, calls: list) -> None:
        def self_attribute(expr) -> Optional[str]:
            if isinstance(expr, (nodes.Attribute, nodes.AssignAttr)) and isinstance(
                    expr.expr, nodes.Name) and expr.expr.name == self_name:
                return expr.attrname
            return None

        if isinstance(node, nodes.Call):
            func = node.func
            if not isinstance(func, nodes.Attribute):
                return
            if func.attrname == "append" and self_attribute(func.expr):
                stores.append(model.AttributeStore(func.expr.attrname, "append", node))
            elif self_attribute(func) in tables.SELF_CALLS:
                calls.append(self.describe_call(node, None, func.attrname))
            return
        for target in getattr(node, "targets", None) or [node.target]:
            if isinstance(target, nodes.AssignAttr) and self_attribute(target):
                stores.append(model.AttributeStore(target.attrname, "assign", target))
            elif isinstance(target, nodes.Subscript) and self_attribute(target.value):
                stores.append(model.AttributeStore(target.value.attrname, "item", target))

    def finish(self) -> list:
        return self.report.finish()
