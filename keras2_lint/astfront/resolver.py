"""Walk a stdlib ``ast`` tree, resolve names through the file's imports, and describe
Keras imports, references, calls and classes to a :class:`keras2_lint.checks.FileReport`.

Scopes follow Python's: module, class and function bodies (function bodies are visited after
their enclosing scope, like pyflakes, so they see its final bindings), lambdas and
comprehensions. A binding is either the qualified name an import gave it, or ``None`` when
it is bound to anything else (parameter, assignment, def, class), which hides outer imports.
Expressions are walked with an explicit stack, so deeply nested expressions cost no
recursion.

A branch on the Keras 1 side of a test of Keras itself (:mod:`keras2_lint.guards`: ``if
hasattr(K, 'image_dim_ordering'):``, ``if keras.__version__ < '2':``, the same in a
conditional expression, an operand of ``and``/``or`` after such a test) is visited with a
stand-in for the report: it binds names as usual, but nothing in it is a finding.

Given which lines name anything the catalogue could report on (``hits_before``: counts of
such lines up to each line), only the statements spanning one of them are visited; of the
others only what they bind is replayed, so that every visited statement sees the same
bindings as in a visit of the whole tree.
"""
from __future__ import annotations

import ast
from itertools import compress
from typing import Dict, List, Optional, Set, Tuple

from keras2_lint.astfront.guards import describe_test
from keras2_lint.astfront.spelling import source_text
from keras2_lint import model, tables
from keras2_lint.guards import NEITHER, keras1_operands, keras1_parts, keras1_sides
from keras2_lint.checks import FileReport
from keras2_lint.names import catalogue_words, in_package, leads_anywhere, star_qualname

_IMPORT_ERRORS = {"ImportError", "ModuleNotFoundError", "Exception", "BaseException"}
_SCOPE_EXPRS = frozenset([ast.Lambda, ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp])
_NONE: frozenset = frozenset()
_FUNCTIONS = (ast.FunctionDef, ast.AsyncFunctionDef)
_DECORATED = frozenset([*_FUNCTIONS, ast.ClassDef])
_ALIASING = frozenset([ast.Name, ast.Attribute])  # `x = y` makes x mean what y means
_SELF_USES = frozenset([ast.Assign, ast.AugAssign, ast.AnnAssign, ast.Call])
_INTERESTING_METHODS = frozenset(tables.METHODS)
_BIND_NOTHING = frozenset([ast.Expr, ast.Return, ast.Pass, ast.Break, ast.Continue, ast.Raise,
                           ast.Assert])


class Binding:
    __slots__ = ("qualname", "explicit", "origin")

    def __init__(self, qualname: Optional[str], explicit: bool = False,
                 origin: Optional[str] = None):
        self.qualname = qualname
        self.explicit = explicit
        self.origin = origin or qualname  # a star-imported name's origin is its module


_SHADOW = Binding(None)


class _Hide:
    """On the expression stack: the names hidden from what is popped after it."""
    __slots__ = ("names",)

    def __init__(self, names):
        self.names = names


class _Report:
    """On the expression stack: the report what is popped after it goes to (the file's, or
    the stand-in of a Keras 1 side)."""
    __slots__ = ("report",)

    def __init__(self, report):
        self.report = report


class Keras1Side:
    """Stands in for the file's report on the Keras 1 side of a compatibility branch: its
    imports only show that the file uses Keras, as those of a ``try``/``except ImportError``
    compatibility block do, and nothing there is a finding."""

    __slots__ = ("report",)

    def __init__(self, report: FileReport):
        self.report = report

    def imported(self, module, names, anchor, compatibility_block=False, statement=None):
        self.report.imported(module, names, anchor, True, statement)

    @staticmethod
    def checks_arguments(qualname: str) -> bool:
        return False  # so a call is only "referenced", which reports nothing here

    def referenced(self, ref) -> None:
        pass

    def called(self, call) -> None:
        pass

    def defined_class(self, info) -> None:
        pass


def keras1_side(report):
    return report if isinstance(report, Keras1Side) else Keras1Side(report)


class Scope:
    __slots__ = ("names", "stars", "is_class", "globals")

    def __init__(self, is_class: bool = False):
        self.names: Dict[str, Binding] = {}
        self.stars: List[str] = []  # modules star-imported into this scope
        self.is_class = is_class
        self.globals: set = set()  # names a `global` statement looks up in the module scope


def anchor(node) -> Tuple[int, int]:
    return (node.lineno, node.col_offset)


def alias_anchor(alias: ast.alias, statement: ast.stmt) -> Tuple[int, int]:
    """The imported name's own position (Python 3.10+), else its import statement's."""
    return anchor(alias if hasattr(alias, "lineno") else statement)


def describe_arg(node: ast.AST) -> model.Arg:
    """The argument ``node``: its kind and, for a literal, its value (checks look at them);
    its text and position are only worked out if a message quotes them."""
    kind = type(node)
    if kind is ast.Constant:  # the commonest arguments, with names
        return _NodeArg(node, node.value, "literal")
    if kind is ast.Name:
        return _NodeArg(node)
    if kind is ast.UnaryOp and type(node.op) is ast.USub and type(
            node.operand) is ast.Constant and isinstance(node.operand.value, (int, float)):
        return _NodeArg(node, -node.operand.value, "literal")
    if kind is ast.Tuple or kind is ast.List:
        items = tuple(describe_arg(element) for element in node.elts[:16])
        value = model.UNKNOWN
        if len(items) == len(node.elts) and all(item.kind == "literal" for item in items):
            value = tuple(item.value for item in items)
        return _NodeArg(node, value, "tuple" if kind is ast.Tuple else "list", items)
    if kind is ast.Dict:
        keys = tuple(key.value for key in node.keys if isinstance(key, ast.Constant))
        values = tuple(describe_arg(value) for value in node.values[:16])
        return _NodeArg(node, kind="dict", items=values, keys=keys)
    return _NodeArg(node, kind=_KINDS.get(kind, "other"))


_KINDS = {ast.Lambda: "lambda", ast.Call: "call"}


class _NodeArg(model.Arg):
    """An argument made from its node: its text and position are worked out when read."""

    __slots__ = ("node",)

    def __init__(self, node: ast.expr, value=model.UNKNOWN, kind: str = "other",
                 items: tuple = (), keys: tuple = ()):
        self.node = node
        self._text = None
        self.value = value
        self.kind = kind
        self.items = items
        self.dict_keys = keys

    def spell(self) -> str:
        return source_text(self.node)

    @property
    def anchor(self) -> Tuple[int, int]:
        return anchor(self.node)


class _NodeKeyword(model.Keyword):
    """A ``name=value`` keyword made from its node: its value and position are worked out
    when read."""

    __slots__ = ("node",)

    def __init__(self, node: ast.keyword):
        self.name = node.arg
        self.node = node
        self._value = None

    def describe(self) -> model.Arg:
        return describe_arg(self.node.value)

    @property
    def anchor(self) -> Tuple[int, int]:
        return anchor(self.node)


class DictKeyword(model.Keyword):
    """A ``'name': value`` item of a ``**{...}`` display, which passes a keyword: ``node`` is
    its key."""

    __slots__ = ("node",)

    def __init__(self, key: ast.Constant, value: ast.expr):
        super().__init__(key.value, describe_arg(value), anchor(key))
        self.node = key


class Resolver:
    def __init__(self, report: FileReport, hits_before: Optional[List[int]] = None,
                 keras1_parts: Optional[list] = None):
        self.report = report
        # given, it collects what is visited on a Keras 1 side: statement lists, expressions
        self.keras1_seen = keras1_parts
        # hits_before[n]: how many of lines 1 to n name anything; None: visit every statement
        self.hits_before = hits_before
        # every name a binding ties to a Keras name that can lead to a finding (leads_anywhere)
        self.keras_names: Set[str] = set()
        self.star_imported = False  # a Keras `import *` ran somewhere
        self.star_bindings: Dict[Tuple[Tuple[str, ...], str], Binding] = {}  # memo, per file
        self.scopes: List[Scope] = [Scope()]
        # function bodies to visit once their scope is done, with the report of where they are
        self.deferred: List[Tuple[ast.AST, List[Scope], object]] = []
        self.compatibility_depth = 0  # inside `try: import ... except ImportError: import ...`
        self.fallback_depth = 0  # inside an `except` handler

    # -- entry point --------------------------------------------------------------------
    def run(self, tree: ast.AST) -> None:
        self.visit_body(getattr(tree, "body", []))
        while self.deferred:
            function, scopes, report = self.deferred.pop()
            saved = self.scopes, self.report
            self.scopes, self.report = scopes, report
            self.visit_function_body(function)
            self.scopes, self.report = saved

    # -- name resolution ----------------------------------------------------------------
    def lookup(self, name: str) -> Optional[Binding]:
        if len(self.scopes) == 1 and name in self.scopes[0].names:  # module level, bound
            return self.scopes[0].names[name]
        innermost = len(self.scopes) - 1
        if name in self.scopes[innermost].globals:
            innermost = 0
        for index in range(innermost, -1, -1):
            scope = self.scopes[index]
            if scope.is_class and index != innermost:
                continue
            binding = scope.names.get(name)
            if binding is not None:
                return binding
            if scope.stars:
                return self.star_binding(tuple(scope.stars), name)
        return None

    def star_binding(self, stars: Tuple[str, ...], name: str) -> Binding:
        binding = self.star_bindings.get((stars, name))
        if binding is None:
            qualname, module = star_qualname(stars, name)
            binding = self.star_bindings[stars, name] = Binding(qualname, True, module)
        return binding

    def bind(self, name: str, binding: Binding = _SHADOW, force: bool = False) -> None:
        names = self.scopes[-1].names
        if force:
            names[name] = binding  # never a Keras binding
            return
        if self.fallback_depth and name in names and names[name].qualname is not None:
            return  # an `except` fallback (`keras = None`) does not replace the import it guards
        names[name] = binding
        if binding.qualname is not None and leads_anywhere(binding.qualname):
            self.keras_names.add(name)

    def resolve(self, node: ast.AST, shadowed, at=None) -> Optional[model.Reference]:
        """The Keras name ``node`` (a name or attribute chain) stands for, anchored ``at``."""
        attrs, chain = [], node
        while type(node) is ast.Attribute:
            attrs.append(node.attr)
            node = node.value
        if type(node) is not ast.Name:
            return None
        name = node.id
        if name not in self.keras_names and not self.star_imported or name in shadowed:
            return None  # nothing has bound the name to Keras (yet: bindings come first)
        binding = self.lookup(name)
        if binding is None or binding.qualname is None:
            return None
        qualname = ".".join([binding.qualname, *reversed(attrs)]) if attrs else binding.qualname
        return model.Reference(qualname, at, binding.origin, binding.explicit, chain)

    # -- statements ---------------------------------------------------------------------
    def visit_body(self, statements) -> None:
        hits_before = self.hits_before
        if hits_before is None:
            for statement in statements:
                self.visit_statement(statement)
            return
        for statement in statements:
            first = statement.lineno
            if type(statement) in _DECORATED and statement.decorator_list:
                first = statement.decorator_list[0].lineno
            last = statement.end_lineno
            if last is None or hits_before[last] != hits_before[first - 1]:
                self.visit_statement(statement)  # it spans a line naming something
            else:
                self.replay_bindings(statement)

    def visit_statement(self, node: ast.stmt) -> None:
        kind = type(node)
        if kind is ast.Expr:  # the commonest statements first
            self.visit_expression(node.value)
        elif kind is ast.Assign:
            value = node.value
            self.visit_expression(value)
            for target in node.targets:
                if type(target) is ast.Name and type(value) not in _ALIASING:
                    self.bind(target.id)  # the commonest target: visit_target, shortened
                else:
                    self.visit_target(target, value)
        elif isinstance(node, ast.Import):
            self.visit_import(node)
        elif isinstance(node, ast.ImportFrom):
            self.visit_import_from(node)
        elif isinstance(node, _FUNCTIONS):
            self.visit_function(node)
        elif isinstance(node, ast.ClassDef):
            self.visit_class(node)
        elif isinstance(node, ast.Try) or type(node).__name__ == "TryStar":
            self.visit_try(node)
        elif isinstance(node, ast.ExceptHandler):
            if node.type is not None:
                self.visit_expression(node.type)
            if node.name:
                self.bind(node.name, force=True)
            self.visit_body(node.body)
        elif isinstance(node, ast.Global) and len(self.scopes) > 1 and not self.scopes[-1].is_class:
            self.scopes[-1].globals.update(node.names)  # in a function body
        elif isinstance(node, ast.If):
            self.visit_if(node)
        else:
            self.visit_generic(node)

    def visit_if(self, node: ast.If) -> None:
        """An ``if``/``elif`` chain in a loop: Python parses chains of thousands of ``elif``,
        each nested in the previous one's ``orelse``, too deep for recursion. When an ``else``
        is the Keras 1 side, so is the rest of the chain."""
        report = self.report
        while True:
            body, orelse = self.test_sides(node.test, _NONE)
            self.visit_expression(node.test)
            self.visit_branch(node.body, body)
            if orelse:
                self.report = keras1_side(self.report)
                self.seen_keras1(node.orelse)
            if len(node.orelse) != 1 or not isinstance(node.orelse[0], ast.If):
                self.visit_body(node.orelse)
                self.report = report
                return
            node = node.orelse[0]

    def test_tree(self, test: ast.expr, shadowed) -> Optional[tuple]:
        """The tree keras2_lint.guards judges of a test that names Keras, else None."""
        return describe_test(test, lambda node: self.test_name(node, shadowed))

    def test_sides(self, test: ast.expr, shadowed) -> Tuple[bool, bool]:
        """Whether the body and whether the other branch of ``if test`` are the Keras 1 side."""
        tree = self.test_tree(test, shadowed)
        return NEITHER if tree is None else keras1_sides(tree)

    def test_name(self, node: ast.expr, shadowed) -> Optional[str]:
        ref = self.resolve(node, shadowed)
        return None if ref is None else ref.qualname

    def visit_branch(self, statements, keras1: bool) -> None:
        if not keras1:
            self.visit_body(statements)
            return
        self.seen_keras1(statements)
        report = self.report
        self.report = keras1_side(report)
        self.visit_body(statements)
        self.report = report

    def sided(self, parts) -> list:
        """What to push on the expression stack for ``parts`` (pairs of a node and whether it
        is on the Keras 1 side), in order: each after a marker switching to the report of its
        side, and the report of here after them."""
        report = self.report
        items = [_Report(report)]
        for part, keras1 in reversed(parts):
            items += [part, _Report(keras1_side(report) if keras1 else report)]
            if keras1:
                self.seen_keras1(part)
        return items

    def seen_keras1(self, part) -> None:
        """A statement list or expression visited on a Keras 1 side, for ``keras1_parts``."""
        if self.keras1_seen is not None:
            self.keras1_seen.append(part)

    def conditional_parts(self, node: ast.IfExp, shadowed) -> list:
        """What to push on the expression stack for ``a if test else b``."""
        body, orelse = self.test_sides(node.test, shadowed)
        if not (body or orelse):
            return [node.orelse, node.body, node.test]
        return self.sided([(node.test, False), (node.body, body), (node.orelse, orelse)])

    def operand_parts(self, node: ast.BoolOp, shadowed) -> list:
        """What to push on the expression stack for ``a and b`` / ``a or b``: an operand
        after a test of Keras may run only on Keras 1."""
        tree = self.test_tree(node, shadowed)
        keras1 = () if tree is None else keras1_operands(tree)
        if not any(keras1):
            return node.values
        return self.sided(list(zip(node.values, keras1)))

    def keras1_parts(self, node) -> list:
        """The parts of an ``if``, conditional expression or ``and``/``or`` on the Keras 1
        side."""
        if type(node) is ast.BoolOp:
            tree = self.test_tree(node, _NONE)
            return [] if tree is None else keras1_parts(tree, node.values)
        tree = self.test_tree(node.test, _NONE)
        return [] if tree is None else keras1_parts(tree, (), node.body, node.orelse)

    def visit_generic(self, node: ast.AST) -> None:
        """Expressions first (they run before the targets are bound), then the targets, then
        nested bodies (a loop body sees its target)."""
        targets, bodies = [], []
        for field, value in ast.iter_fields(node):
            if field in ("targets", "target") or (field == "optional_vars"):
                targets.extend(value if isinstance(value, list) else [value])
                continue
            for child in value if isinstance(value, list) else [value]:
                if isinstance(child, ast.expr):
                    self.visit_expression(child)
                elif isinstance(child, ast.stmt):
                    bodies.append(child)
                elif isinstance(child, ast.AST):
                    self.visit_generic(child)
        for target in targets:
            if target is not None:
                self.visit_target(target, getattr(node, "value", None))
        self.visit_body(bodies)
        capture = getattr(node, "name", None) if type(node).__name__.startswith("Match") else None
        if isinstance(capture, str):
            self.bind(capture)
        rest = getattr(node, "rest", None) if type(node).__name__ == "MatchMapping" else None
        if isinstance(rest, str):
            self.bind(rest)

    def visit_target(self, target: ast.AST, value: Optional[ast.AST],
                     expressions: bool = True) -> None:
        if isinstance(target, ast.Name):
            ref = self.resolve(value, ()) if type(value) in _ALIASING else None
            # an alias means what its value means, and was reported where its value was imported
            self.bind(target.id, Binding(ref.qualname, ref.explicit, ref.origin) if ref
                      else _SHADOW)
        elif isinstance(target, (ast.Tuple, ast.List)):
            for element in target.elts:
                self.visit_target(element, None, expressions)
        elif isinstance(target, ast.Starred):
            self.visit_target(target.value, None, expressions)
        elif expressions:
            self.visit_expression(target)

    def replay_bindings(self, node: ast.stmt) -> None:
        """Bind what visiting ``node`` would bind in this scope, without its expressions and
        nested scopes: they name nothing the catalogue knows (no ``:=`` in them either)."""
        kind = type(node)
        if kind in _BIND_NOTHING:  # the commonest statements first
            return
        if kind is ast.Assign:
            value = node.value
            for target in node.targets:
                if type(target) is ast.Name and type(value) not in _ALIASING:
                    self.bind(target.id)  # what visit_target binds, without resolving
                else:
                    self.visit_target(target, value, expressions=False)
            return
        if kind is ast.AugAssign:
            self.visit_target(node.target, node.value, expressions=False)
            return
        while isinstance(node, ast.If):  # an elif chain, in a loop as in visit_if
            self.replay_body(node.body)
            if len(node.orelse) != 1 or not isinstance(node.orelse[0], ast.If):
                self.replay_body(node.orelse)
                return
            node = node.orelse[0]
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            for alias in node.names:
                if alias.name != "*":
                    self.bind(alias.asname or alias.name.partition(".")[0])
        elif isinstance(node, (*_FUNCTIONS, ast.ClassDef)):
            self.bind(node.name)
        elif isinstance(node, (ast.AnnAssign, ast.Delete)):
            value = getattr(node, "value", None)
            for target in getattr(node, "targets", None) or [node.target]:
                self.visit_target(target, value, expressions=False)
        elif isinstance(node, (ast.For, ast.AsyncFor, ast.While)):
            if not isinstance(node, ast.While):
                self.visit_target(node.target, None, expressions=False)
            self.replay_body(node.body)
            self.replay_body(node.orelse)
        elif isinstance(node, (ast.With, ast.AsyncWith)):
            for item in node.items:
                if item.optional_vars is not None:
                    self.visit_target(item.optional_vars, None, expressions=False)
            self.replay_body(node.body)
        elif isinstance(node, ast.Try) or type(node).__name__ == "TryStar":
            self.replay_body(node.body)
            self.fallback_depth += 1
            for handler in node.handlers:
                if handler.name:
                    self.bind(handler.name, force=True)
                self.replay_body(handler.body)
            self.fallback_depth -= 1
            self.replay_body(node.orelse)
            self.replay_body(node.finalbody)
        elif isinstance(node, ast.Global) or type(node).__name__ == "Match":
            self.visit_statement(node)  # a match binds in its patterns: visited whole

    def replay_body(self, statements) -> None:
        for statement in statements:
            self.replay_bindings(statement)

    def visit_import(self, node: ast.Import) -> None:
        for alias in node.names:
            if alias.asname:
                self.bind(alias.asname, self.import_binding(alias.name, explicit=True))
            else:
                top = alias.name.partition(".")[0]
                self.bind(top, self.import_binding(top, explicit=False))
            self.report.imported(alias.name, None, alias_anchor(alias, node),
                                 self.compatibility_depth > 0, node)

    @staticmethod
    def import_binding(qualname: str, explicit: bool) -> Binding:
        return Binding(qualname, explicit) if in_package(qualname) else _SHADOW

    def visit_import_from(self, node: ast.ImportFrom) -> None:
        module = node.module or ""
        keras = node.level == 0 and in_package(module)
        names = []
        for alias in node.names:
            if alias.name == "*":
                if keras:
                    self.scopes[-1].stars.append(module)
                    self.star_imported = True
                continue
            local = alias.asname or alias.name
            self.bind(local, Binding(f"{module}.{alias.name}", True) if keras else _SHADOW)
            names.append((alias.name, alias_anchor(alias, node)))
        if keras:
            self.report.imported(module, names, anchor(node), self.compatibility_depth > 0, node)

    def visit_function(self, node) -> None:
        for expression in [*node.decorator_list, *node.args.defaults,
                           *(d for d in node.args.kw_defaults if d is not None)]:
            self.visit_expression(expression)
        for annotation in self.annotations(node):
            self.visit_expression(annotation)
        self.bind(node.name)
        self.deferred.append((node, self.scopes + [Scope()], self.report))

    @staticmethod
    def annotations(node):
        args = node.args
        every = [*args.posonlyargs, *args.args, *args.kwonlyargs, args.vararg, args.kwarg]
        found = [arg.annotation for arg in every if arg is not None and arg.annotation]
        return found + ([node.returns] if node.returns else [])

    def visit_function_body(self, node) -> None:
        for name in self.parameter_names(node.args):
            self.bind(name)
        self.visit_body(node.body)

    @staticmethod
    def parameter_names(args: ast.arguments):
        every = [*args.posonlyargs, *args.args, *args.kwonlyargs, args.vararg, args.kwarg]
        return [arg.arg for arg in every if arg is not None]

    def visit_class(self, node: ast.ClassDef) -> None:
        for expression in [*node.decorator_list, *node.bases,
                           *(keyword.value for keyword in node.keywords)]:
            self.visit_expression(expression)
        bases = [self.resolve(base, ()) for base in node.bases]
        keras_bases = tuple(ref.qualname for ref in bases if ref is not None)
        self.scopes.append(Scope(is_class=True))
        self.visit_body(node.body)
        self.scopes.pop()
        self.bind(node.name)
        if keras_bases:
            self.report.defined_class(self.class_info(node, keras_bases))

    def visit_try(self, node) -> None:
        compatibility = self.is_compatibility_block(node)
        self.compatibility_depth += compatibility
        self.visit_body(node.body)
        self.fallback_depth += 1
        for handler in node.handlers:
            self.visit_statement(handler)
        self.fallback_depth -= 1
        self.compatibility_depth -= compatibility
        self.visit_body(node.orelse)
        self.visit_body(node.finalbody)

    @staticmethod
    def is_compatibility_block(node) -> bool:
        """``try: import ... except ImportError: import ...``."""
        def imports(statements):
            return any(isinstance(s, (ast.Import, ast.ImportFrom)) for s in statements)

        def catches_import_error(handler):
            caught = handler.type
            names = caught.elts if isinstance(caught, ast.Tuple) else [caught]
            return caught is None or any(
                isinstance(n, ast.Name) and n.id in _IMPORT_ERRORS for n in names)

        return imports(node.body) and any(
            catches_import_error(handler) and imports(handler.body) for handler in node.handlers)

    # -- expressions --------------------------------------------------------------------
    def visit_expression(self, root: ast.expr) -> None:
        stack = [root]
        push = stack.append
        keras_names = self.keras_names
        star_imported = self.star_imported
        # a name that only a Keras `import *` can bind is reported on only if the catalogue
        # knows it (an attribute chain or call on it is followed whatever its name)
        star_words = catalogue_words() if star_imported else _NONE
        shadowed = _NONE  # the names a lambda or comprehension hides from here
        while stack:
            node = stack.pop()
            kind = type(node)
            if kind is ast.Call:
                func = root = node.func
                while type(root) is ast.Attribute:
                    root = root.value
                if (type(root) is ast.Name and (root.id in keras_names or root.id in star_words
                                                or star_imported and func is not root)
                        or func is not root and func.attr in _INTERESTING_METHODS):
                    self.visit_call(node, shadowed)  # a Keras callee, or a method checked
                for child in node.args:
                    child_kind = type(child)
                    if child_kind is ast.Name:  # the commonest arguments, with constants
                        if child.id in keras_names or child.id in star_words:
                            push(child)
                    elif child_kind is not ast.Constant:
                        push(child)
                for keyword in node.keywords:
                    if type(keyword.value) is not ast.Constant:
                        push(keyword.value)
                if type(root) is not ast.Name:
                    push(root)
            elif kind is ast.Name:
                if (node.id in keras_names or node.id in star_words) and type(
                        node.ctx) is ast.Load:
                    ref = self.resolve(node, shadowed, (node.lineno, node.col_offset))
                    if ref is not None:
                        self.report.referenced(ref)
            elif kind is ast.Constant:
                continue
            elif kind is ast.Attribute:
                if type(node.ctx) is ast.Load:
                    ref = self.resolve(node, shadowed, (node.lineno, node.col_offset))
                    if ref is not None:
                        self.report.referenced(ref)
                base = node
                while isinstance(base, ast.Attribute):
                    base = base.value
                if not isinstance(base, ast.Name):
                    push(base)
            elif kind is _Hide:
                shadowed = node.names
            elif kind is _Report:
                self.report = node.report
            elif kind in _SCOPE_EXPRS:
                stack.extend(self.scope_children(node, shadowed))
            elif kind is ast.Tuple or kind is ast.List:  # shapes, lists of layers
                for child in node.elts:
                    if type(child) is not ast.Constant:
                        push(child)
            elif kind is ast.NamedExpr:
                self.bind(node.target.id)
                push(node.value)
            elif kind is ast.IfExp:
                stack.extend(self.conditional_parts(node, shadowed))
            elif kind is ast.BoolOp:
                stack.extend(self.operand_parts(node, shadowed))
            else:  # ast.iter_child_nodes, without its generator
                for field in node._fields:
                    value = getattr(node, field, None)
                    if isinstance(value, list):
                        for child in value:
                            if isinstance(child, ast.expr):
                                push(child)
                    elif isinstance(value, ast.expr):
                        push(value)

    @classmethod
    def scope_children(cls, node, shadowed) -> list:
        """What to push on the expression stack for a lambda or comprehension, whose parts
        see either the enclosing names (``shadowed``) or also its own: those parts are pushed
        between markers that switch from one to the other."""
        if isinstance(node, ast.Lambda):
            inner = shadowed | set(cls.parameter_names(node.args))
            defaults = [*node.args.defaults, *(d for d in node.args.kw_defaults if d is not None)]
            return [_Hide(shadowed), node.body, _Hide(inner), *defaults]
        targets = set()
        for generator in node.generators:
            targets.update(name.id for name in ast.walk(generator.target)
                           if isinstance(name, ast.Name))
        inner = shadowed | targets
        children = []
        for index, generator in enumerate(node.generators):
            if index:
                children.append(generator.iter)
            children.extend(generator.ifs)
        elements = [node.key, node.value] if isinstance(node, ast.DictComp) else [node.elt]
        return [node.generators[0].iter, _Hide(shadowed), *children, *elements, _Hide(inner)]

    def visit_call(self, node: ast.Call, shadowed) -> None:
        func = node.func
        callee = self.resolve(func, shadowed, (node.lineno, node.col_offset))
        if callee is not None:
            if self.report.checks_arguments(callee.qualname):
                self.report.called(self.describe_call(node, callee, None))
            else:
                self.report.referenced(callee)
        elif isinstance(func, ast.Attribute) and func.attr in _INTERESTING_METHODS:
            self.report.called(self.describe_call(node, None, func.attr))

    @staticmethod
    def describe_call(node: ast.Call, callee, method) -> model.Call:
        star = star_kwargs = False
        args = []
        for arg in node.args:
            if type(arg) is ast.Starred:
                star = True
            else:
                args.append(describe_arg(arg))
        keywords = []
        for keyword in node.keywords:
            if keyword.arg is not None:
                keywords.append(_NodeKeyword(keyword))
                continue
            unpacked = keyword.value
            if isinstance(unpacked, ast.Dict) and all(
                    isinstance(key, ast.Constant) and isinstance(key.value, str)
                    for key in unpacked.keys):
                keywords.extend(DictKeyword(key, value)
                                for key, value in zip(unpacked.keys, unpacked.values))
            else:
                star_kwargs = True
        return model.Call((node.lineno, node.col_offset), callee, method, tuple(args),
                          tuple(keywords), star, node, star_kwargs)

    # -- classes ------------------------------------------------------------------------
    def class_info(self, node: ast.ClassDef, bases) -> model.ClassInfo:
        methods, stores, calls = [], [], []
        for item in node.body:
            if not isinstance(item, _FUNCTIONS):
                continue
            params = tuple(self.parameter_names(item.args))
            methods.append(model.Method(item.name, params, anchor(item)))
            self_name = params[0] if params else None
            if self_name is None:
                continue
            for inner in _descendants(item, self.keras1_parts):
                if type(inner) in _SELF_USES:
                    self.collect_self_use(inner, self_name, stores, calls)
        return model.ClassInfo(node.name, bases, tuple(methods), tuple(stores), tuple(calls))

    def collect_self_use(self, node, self_name, stores, calls) -> None:
        def self_attribute(expr):
            if isinstance(expr, ast.Attribute) and isinstance(expr.value, ast.Name) \
                    and expr.value.id == self_name:
                return expr.attr
            return None

        if isinstance(node, (ast.Assign, ast.AugAssign, ast.AnnAssign)):
            for target in getattr(node, "targets", None) or [node.target]:
                if self_attribute(target):
                    stores.append(model.AttributeStore(target.attr, "assign", anchor(target)))
                elif isinstance(target, ast.Subscript) and self_attribute(target.value):
                    stores.append(model.AttributeStore(target.value.attr, "item", anchor(target)))
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            owner = node.func.value
            if node.func.attr == "append" and self_attribute(owner):
                stores.append(model.AttributeStore(owner.attr, "append", anchor(node)))
            elif self_attribute(node.func) in tables.SELF_CALLS:
                calls.append(self.describe_call(node, None, node.func.attr))


_BRANCHES = frozenset([ast.If, ast.IfExp, ast.BoolOp])


def _descendants(node: ast.AST, keras1_parts=None):
    """``node`` and every node under it but contexts: ``ast.walk`` without its two
    generators per node, depth first; without what ``keras1_parts`` gives of each ``if`` and
    conditional expression (the parts on its Keras 1 side)."""
    stack = [node]
    hidden: set = set()
    while stack:
        node = stack.pop()
        if not isinstance(node, ast.AST) or hidden and id(node) in hidden:
            continue  # a name in a list of names (`global`), a missing key (`{**d}`)
        yield node
        if keras1_parts is not None and type(node) in _BRANCHES:
            hidden.update(map(id, keras1_parts(node)))
        for field in node._fields:
            value = getattr(node, field, None)
            if type(value) is list:
                stack.extend(value)
            elif isinstance(value, ast.AST) and field != "ctx":
                stack.append(value)


_MAY_IMPORT = frozenset([ast.Import, ast.ImportFrom, ast.If, ast.Try])


def keras_imports(tree: ast.AST) -> Tuple[Set[str], bool]:
    """The names that Keras imports outside functions and classes bind, and whether one of
    them is ``import *``: a first guess of what :attr:`Resolver.keras_names` will hold."""
    names, star = set(), False
    body = getattr(tree, "body", [])
    statements = list(compress(body, map(_MAY_IMPORT.__contains__, map(type, body))))
    while statements:
        node = statements.pop()
        if isinstance(node, ast.Import):
            names.update(alias.asname or alias.name.partition(".")[0] for alias in node.names
                         if in_package(alias.name))
        elif isinstance(node, ast.ImportFrom) and not node.level and in_package(node.module or ""):
            for alias in node.names:
                if alias.name == "*":
                    star = True
                elif leads_anywhere(f"{node.module}.{alias.name}"):
                    names.add(alias.asname or alias.name)
        elif isinstance(node, ast.If):
            statements.extend(node.body)
            statements.extend(node.orelse)
        elif isinstance(node, ast.Try):  # compatibility imports
            statements.extend(node.body)
            for handler in node.handlers:
                statements.extend(handler.body)
    return names, star
