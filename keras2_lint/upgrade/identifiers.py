"""Where each identifier of a module occurs: which Name nodes read it, and every other place
that binds, deletes or declares it (imports, assignments, parameters, ``def``, ``class``,
``global``, ``except ... as``, patterns, ``__all__``), and which are read on the Keras 1 side
of a compatibility branch. A rename or a removed import is safe only when these say nothing
else uses the name."""
from __future__ import annotations

import ast
from collections import defaultdict
from typing import Dict, Iterable, List, Set


class Identifiers:
    def __init__(self, tree: ast.AST, keras1_parts: Iterable = ()):
        """``keras1_parts``: the statement lists and expressions of ``tree`` on the Keras 1
        side of a compatibility branch (:func:`keras2_lint.astfront.check.check_tree`)."""
        # the names read on a Keras 1 side, which must keep meaning what they mean
        self.keras1_loads: Set[str] = {
            node.id for part in keras1_parts for statement in (
                part if isinstance(part, list) else [part])
            for node in ast.walk(statement) if type(node) is ast.Name}
        self.loads: Dict[str, List[ast.Name]] = defaultdict(list)
        self.others: Dict[str, list] = defaultdict(list)  # the nodes of every other occurrence
        self.imports: Dict[str, List[tuple]] = defaultdict(list)  # name -> (statement, alias)
        for node in ast.walk(tree):
            kind = type(node)
            if kind is ast.Name:
                (self.loads if type(node.ctx) is ast.Load else self.others)[node.id].append(node)
            elif kind in (ast.Import, ast.ImportFrom):
                for alias in node.names:
                    if alias.name != "*":
                        local = alias.asname or alias.name.partition(".")[0]
                        self.imports[local].append((node, alias))
                        self.others[local].append(node)
            else:
                for name in _bound_names(node):
                    self.others[name].append(node)

    def free(self, name: str) -> bool:
        """Nothing in the module reads, binds or declares ``name``."""
        return not self.loads.get(name) and not self.others.get(name)

    def only_import(self, name: str):
        """The one ``(statement, alias)`` binding ``name``, when an import is all that binds
        or declares it; else None."""
        imports = self.imports.get(name, ())
        if len(imports) == 1 and len(self.others.get(name, ())) == 1:
            return imports[0]
        return None


def _bound_names(node) -> List[str]:
    kind = type(node)
    if kind in (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef):
        return [node.name]
    if kind is ast.arg:
        return [node.arg]
    if kind in (ast.Global, ast.Nonlocal):
        return list(node.names)
    if kind is ast.ExceptHandler:
        return [node.name] if node.name else []
    if kind in (ast.Assign, ast.AugAssign) and any(
            isinstance(target, ast.Name) and target.id == "__all__"
            for target in getattr(node, "targets", None) or [node.target]):
        return [element.value for element in ast.walk(node.value)
                if isinstance(element, ast.Constant) and isinstance(element.value, str)]
    names = []
    for field in ("name", "rest"):  # match patterns: MatchAs, MatchStar, MatchMapping
        value = getattr(node, field, None)
        if isinstance(value, str) and kind.__name__.startswith("Match"):
            names.append(value)
    return names
