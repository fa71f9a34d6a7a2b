"""Resolve names of an astroid module to Keras qualified names, without importing anything.

Resolution is syntactic, on astroid's scope tree: every scope node (module, class, function,
lambda, comprehension) keeps in ``locals`` the nodes that bind each name in it, which is
what ``node.lookup(name)`` reads. The binding node says what the name is: an
``Import``/``ImportFrom`` of the Keras package (``real_name()`` undoes the ``as``), an
assignment of another resolvable name (``ConvAlias = KL.Conv2D``), or anything else, which
hides the names of outer scopes. No inference: nothing depends on Keras being installed.

``lookup()`` itself is not called because it follows Python's run-time rules where the flake8
front-end follows simpler ones (a ``del``, a reference inside an ``except`` handler, a class
attribute used in a comprehension of the class body), and both front-ends must report the
same lines. The shared rule, applied to the binding nodes of each visible scope:

* code runs top to bottom: a reference sees the bindings made before it in its own scope
  and in enclosing class/module bodies, while a function body sees the final bindings of
  the scopes around it (it runs later); a ``for`` target is bound once its loop is done;
* an ``except`` handler's binding (``keras = None``) does not replace a Keras binding it
  guards, so the ``try`` body's import wins;
* ``from keras.layers import *`` makes every name that the module does not bind otherwise
  resolve to ``keras.layers.<name>`` (astroid cannot list the names of a module it does not
  have).
"""
from __future__ import annotations

import bisect
from typing import Dict, Iterable, Iterator, Optional, Sequence, Set, Tuple

from astroid import nodes

from keras2_lint.model import Record
from keras2_lint.names import in_package, star_qualname

_FUNCTIONS = (nodes.FunctionDef,)  # AsyncFunctionDef is a subclass
_COMPREHENSIONS = (nodes.ListComp, nodes.SetComp, nodes.DictComp, nodes.GeneratorExp)
_ASSIGNMENTS = (nodes.Assign, nodes.AugAssign, nodes.AnnAssign)
_MAX_ALIAS_DEPTH = 16
_START = (0, 0)


def is_keras_import_from(node: nodes.ImportFrom) -> bool:
    return not node.level and in_package(node.modname or "")


class Binding(Record):
    """What a name is bound to: a Keras qualified name, or None for anything else."""

    __slots__ = ("qualname", "explicit", "origin")

    def __init__(self, qualname: Optional[str], explicit: bool = False,
                 origin: Optional[str] = None):
        self.qualname = qualname
        self.explicit = explicit  # bound by an import (not by `=`)
        self.origin = origin  # a star-imported name's module; else the qualname


class Resolved(Record):
    __slots__ = ("qualname", "origin", "explicit")

    def __init__(self, qualname: str, origin: str, explicit: bool):
        self.qualname = qualname
        self.origin = origin  # the qualified name the chain's first name is bound to
        self.explicit = explicit  # (see model.Reference)


_HIDDEN = Binding(None)


def position(node) -> Tuple[int, int]:
    return (node.lineno or 0, node.col_offset or 0)


def _after(node) -> Tuple[int, int, int, int]:
    """Just after ``node``; of two statements ending at the same place, the enclosing one
    (a loop after the last assignment of its body) comes last."""
    line, col = position(node)
    return (node.end_lineno or line, node.end_col_offset or 0, -line, -col)


def binding_time(node) -> Tuple[int, ...]:
    """Where, in reading order, a binding node takes effect (comparable with position())."""
    if isinstance(node, (nodes.Import, nodes.ImportFrom)):
        return position(node)
    if isinstance(node, nodes.ClassDef):
        return _after(node)  # the name exists once the body has run
    if isinstance(node, _FUNCTIONS):
        return position(node.body[0]) if node.body else _after(node)
    parent = node.parent
    while isinstance(parent, (nodes.Tuple, nodes.List, nodes.Starred)):
        parent = parent.parent
    if isinstance(parent, nodes.For):
        return _after(parent.iter)  # the body and the else clause see the target
    if isinstance(parent, (*_ASSIGNMENTS, nodes.Delete)):
        return _after(parent)  # after the value
    if isinstance(parent, nodes.Comprehension):
        return _START  # comprehension targets cover the whole comprehension
    return position(node)


def _in_handler(node) -> bool:
    """The binding is made while an ``except`` handler runs: inside one, in the same
    function body (class bodies run inline, function bodies later)."""
    child, parent = node, node.parent
    while parent is not None and not isinstance(parent, nodes.Module):
        if isinstance(parent, nodes.ExceptHandler):
            return True
        if isinstance(parent, _FUNCTIONS) and any(child is statement for statement in parent.body):
            return False
        child, parent = parent, parent.parent
    return False


def _scope_block(scope, grandchild, child) -> bool:
    """Whether the path ``child``/``grandchild`` from ``scope`` down to a reference stays in
    the code block of ``scope`` (not a default, decorator, annotation, base class or first
    comprehension iterable, which the enclosing block evaluates)."""
    if isinstance(scope, (*_FUNCTIONS, nodes.ClassDef)):
        # the body's statements, not decorators, arguments, annotations or bases
        return child.parent is scope and child.is_statement
    if isinstance(scope, nodes.Lambda):
        return child is scope.body
    if isinstance(scope, _COMPREHENSIONS):
        first = scope.generators[0]
        return not (child is first and grandchild is first.iter)
    return True


def global_names(statements: Iterable[nodes.Global]) -> Dict[int, Set[str]]:
    """``{id(function): names}``: the names each function's own ``global`` statements send
    to the module (a ``global`` at module or class level changes nothing)."""
    names: Dict[int, Set[str]] = {}
    for statement in statements:
        scope = statement.scope()
        if isinstance(scope, _FUNCTIONS):
            names.setdefault(id(scope), set()).update(statement.names)
    return names


def _owner(node):
    """The scope a binding node binds its name in (a ``global`` assignment is listed in the
    module's locals but made in its function, which the shared rule keeps)."""
    if isinstance(node, (nodes.ClassDef, *_FUNCTIONS)):
        return node.parent.scope()
    scope = node.scope()
    if isinstance(node.parent, nodes.NamedExpr):  # `:=` in a comprehension binds outside it
        while isinstance(scope, _COMPREHENSIONS):
            scope = scope.parent.scope()
    return scope


_SCOPES = (nodes.Module, nodes.ClassDef, nodes.Lambda, *_FUNCTIONS, *_COMPREHENSIONS)


def visible_scopes(ref) -> Iterator[Tuple[object, bool]]:
    """``(scope, later)`` for every scope whose names ``ref`` can see, innermost first.

    ``later`` says that ``ref`` runs after that scope's block has finished (it is in the
    body of a function defined in it). A class body is visible only from its own code, as
    in the flake8 front-end (lambdas and comprehensions in it see it too).
    """
    later, class_visible = False, True
    grandchild, child, node = None, ref, ref.parent
    while node is not None:
        if isinstance(node, _SCOPES) and _scope_block(node, grandchild, child):
            if class_visible or not isinstance(node, nodes.ClassDef):
                yield node, later
            if isinstance(node, (nodes.ClassDef, *_FUNCTIONS)):
                class_visible = False
                later = later or isinstance(node, _FUNCTIONS)
        grandchild, child, node = child, node, node.parent


class Resolver:
    """Name resolution for one astroid module."""

    def __init__(self, module: nodes.Module, star_imports: Sequence[nodes.ImportFrom] = (),
                 global_statements: Iterable[nodes.Global] = ()):
        """``star_imports`` and ``global_statements``: every such node of the module."""
        self.module = module
        self.stars = sorted((node for node in star_imports if node.scope() is module),
                            key=position)
        self._aliases: Dict[int, Binding] = {}
        self._globals = global_names(global_statements)
        self._timelines: Dict[tuple, Tuple[list, list]] = {}
        self._resolving: set = set()

    # -- chains ---------------------------------------------------------------------------
    def resolve(self, node) -> Optional[Resolved]:
        """The Keras qualified name of a ``Name`` or ``a.b.c`` chain, or None."""
        attrs = []
        while isinstance(node, nodes.Attribute):
            attrs.append(node.attrname)
            node = node.expr
        if not isinstance(node, nodes.Name):
            return None
        binding = self.binding(node, node.name)
        if binding is None or binding.qualname is None:
            return None
        qualname = ".".join([binding.qualname, *reversed(attrs)])
        return Resolved(qualname, binding.origin or binding.qualname, binding.explicit)

    # -- names ----------------------------------------------------------------------------
    def binding(self, ref, name: str) -> Optional[Binding]:
        """What ``name`` means at ``ref``: a Binding, or None when nothing binds it."""
        scopes = list(visible_scopes(ref))
        if self._declares_global(scopes[0][0], name):
            scopes = [(scope, later) for scope, later in scopes if scope is self.module]
        for scope, later in scopes:
            times, chosen = self._timeline(scope, name)
            if times:
                index = len(times) if later else bisect.bisect_left(times, position(ref))
                if index and chosen[index - 1] is not None:
                    return chosen[index - 1]
            if scope is self.module:
                break
        return self._star(ref, name)

    def _declares_global(self, scope, name: str) -> bool:
        return name in self._globals.get(id(scope), ())

    def _bindings(self, scope, name: str) -> list:
        """The nodes binding ``name`` in ``scope``. astroid lists an assignment to a
        ``global`` name in the module; the shared rule, like the flake8 front-end, keeps it
        in its function."""
        if self._declares_global(scope, name):
            return []
        return [node for node in scope.locals.get(name, ())
                if _owner(node) is scope and not self._is_star(node)]

    def _timeline(self, scope, name: str) -> Tuple[list, list]:
        """The binding times of ``name`` in ``scope``, in order, and the binding in force
        after each (computed once per scope and name: a reference then costs a bisection)."""
        key = (id(scope), name)
        if key in self._timelines:
            return self._timelines[key]
        times, chosen_after, chosen = [], [], None
        for node in sorted(self._bindings(scope, name), key=binding_time):
            if not (chosen is not None and chosen.qualname is not None and _in_handler(node)
                    and not (isinstance(node, nodes.AssignName)
                             and isinstance(node.parent, nodes.ExceptHandler))):
                chosen = self._describe(node, name)  # an `except` fallback does not replace
            times.append(binding_time(node))         # the binding it guards
            chosen_after.append(chosen)
        self._timelines[key] = (times, chosen_after)
        return times, chosen_after

    @staticmethod
    def _is_star(node) -> bool:
        return isinstance(node, nodes.ImportFrom) and any(name == "*" for name, _ in node.names)

    def _star(self, ref, name: str) -> Optional[Binding]:
        if not self.stars:
            return None
        later = any(later for scope, later in visible_scopes(ref) if scope is self.module)
        where = position(ref)
        visible = [node for node in self.stars if later or position(node) < where]
        if not visible:
            return None
        qualname, module = star_qualname([node.modname for node in visible], name)
        return Binding(qualname, True, module)

    # -- binding nodes --------------------------------------------------------------------
    def _describe(self, node, name: str) -> Binding:
        if isinstance(node, nodes.ImportFrom):
            if not is_keras_import_from(node):
                return _HIDDEN
            return Binding(f"{node.modname}.{node.real_name(name)}", True)
        if isinstance(node, nodes.Import):
            return self._describe_import(node, name)
        if isinstance(node, nodes.AssignName):
            return self._describe_assignment(node)
        return _HIDDEN

    @staticmethod
    def _describe_import(node: nodes.Import, name: str) -> Binding:
        found = _HIDDEN
        for imported, asname in node.names:
            if asname == name:
                found = Binding(imported, True) if in_package(imported) else _HIDDEN
            elif asname is None and imported.partition(".")[0] == name:
                found = Binding(name, False) if in_package(name) else _HIDDEN
        return found

    def _describe_assignment(self, node: nodes.AssignName) -> Binding:
        """``Alias = keras.layers.Conv2D`` binds an alias; any other assignment hides."""
        parent = node.parent
        direct = (isinstance(parent, nodes.Assign) and any(t is node for t in parent.targets)) or (
            isinstance(parent, (nodes.AugAssign, nodes.AnnAssign)) and parent.target is node)
        value = parent.value if direct else None
        if not isinstance(value, (nodes.Name, nodes.Attribute)):
            return _HIDDEN
        key = id(node)
        if key in self._aliases:
            return self._aliases[key]
        if key in self._resolving or len(self._resolving) >= _MAX_ALIAS_DEPTH:
            return _HIDDEN
        self._resolving.add(key)
        try:
            resolved = self.resolve(value)
        finally:
            self._resolving.discard(key)
        # an alias means what its value means, and was reported where its value was imported
        binding = Binding(resolved.qualname, resolved.explicit, resolved.origin) if resolved \
            else _HIDDEN
        self._aliases[key] = binding
        return binding
