"""What one pass of a rewrite changes in the module's import statements.

Fixes ask for three things: a name imported that a renamed call now uses (:meth:`need`), an
imported name bound to its Keras 2 replacement (:meth:`rename`), and an import of a removed
name dropped once nothing uses it (:meth:`drop`). Each is checked against the module's
identifiers when asked; what is accepted is collected per statement, and :meth:`edits`
writes each statement's changes together, so that they never overlap.
"""
from __future__ import annotations

import ast
from typing import Dict, List, Optional, Set, Tuple

from keras2_lint.names import in_package
from keras2_lint.upgrade.edits import TextEdit, blank_line_start, drop_items
from keras2_lint.upgrade.identifiers import Identifiers
from keras2_lint.upgrade.syntax import ImportStatement, import_statement
from keras2_lint.upgrade.text import SourceText


class Refused(Exception):
    """A fix cannot be made here; the message says why."""


class StatementChange:
    """The accepted changes of one import statement."""

    def __init__(self, parsed: ImportStatement, sole: bool):
        self.parsed = parsed
        self.sole = sole  # the only statement of its block: removed, it becomes `pass`
        self.module: Optional[str] = None  # its new module
        self.renamed: Dict[int, str] = {}  # name index -> new text of `name` (or `name as x`)
        self.dropped: Set[int] = set()
        self.added: List[str] = []  # names joining it (its module has them)
        self.after: Dict[str, List[str]] = {}  # module -> names of a statement after it


FORCED, IF_UNUSED, RELEASE = "forced", "if unused", "release"


class Change:
    """What a fix asks of the imports, registered only if the fix is accepted."""

    def __init__(self) -> None:
        self.needs: List[Tuple[str, str, object]] = []  # (name, qualname, anchor statement)
        self.renames: List[Tuple[object, int, str]] = []  # (statement, index, new text)
        self.modules: List[Tuple[object, str]] = []  # (statement, new module)
        # (statement, index, how): FORCED, IF_UNUSED (a fix's own) or RELEASE (a rename's)
        self.drops: List[Tuple[object, int, str]] = []

    def asks(self) -> bool:
        return bool(self.needs or self.renames or self.modules or self.drops)


class Imports:
    def __init__(self, source: SourceText, tree: ast.AST, identifiers: Identifiers):
        self.source = source
        self.identifiers = identifiers
        self.module_scope = _module_scope_statements(tree)
        self.sole = _sole_statements(tree)
        self.stars = [node for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
                      and not node.level and in_package(node.module or "")
                      and any(alias.name == "*" for alias in node.names)]
        self._parsed: Dict[int, Optional[ImportStatement]] = {}
        self.changes: Dict[int, StatementChange] = {}
        self.added: Dict[str, str] = {}  # names this pass imports -> their qualified name
        self.conditional: List[Tuple[object, int, object]] = []  # (statement, index, owner)

    # -- what fixes ask ---------------------------------------------------------------------
    def parsed(self, statement) -> ImportStatement:
        key = id(statement)
        if key not in self._parsed:
            self._parsed[key] = import_statement(self.source, statement)
        if self._parsed[key] is None:
            raise Refused("the import statement has a shape this tool does not edit")
        return self._parsed[key]

    def need(self, change: Change, name: str, qualname: str, anchor) -> None:
        """``name`` must mean ``qualname`` where ``anchor`` (an import statement, or a Keras
        ``import *``) binds the name it replaces."""
        if self.added.get(name, qualname) != qualname:
            raise Refused(f"`{name}` is imported for another name in this rewrite")
        if self._binds(name, qualname) or name in self.added:
            return
        if not self.identifiers.free(name):
            raise Refused(f"`{name}` is already a name in this file")
        if anchor is None or not blank_line_start(self.source.text, self.source.start(anchor)):
            raise Refused(f"no import statement on its own line to add `{name}` to")
        change.needs.append((name, qualname, anchor))

    def _binds(self, name: str, qualname: str) -> bool:
        """Whether the module already binds ``name`` to ``qualname``, and nothing else binds
        it (an import at module level, or a Keras ``import *`` of the module having it)."""
        imports = self.identifiers.imports.get(name, ())
        others = self.identifiers.others.get(name, ())
        if imports and len(imports) == len(others):
            return all(isinstance(statement, ast.ImportFrom) and not statement.level
                       and f"{statement.module}.{alias.name}" == qualname
                       and id(statement) in self.module_scope for statement, alias in imports)
        module = qualname.rpartition(".")[0]
        return not others and any(star.module == module and id(star) in self.module_scope
                                  for star in self.stars)

    def rename(self, change: Change, statement, renames: List[Tuple[str, str]]) -> List[
            Tuple[ast.Name, str]]:
        """Each ``(name, qualname)``: the name ``statement`` imports binds ``qualname``
        instead. Returns the uses of the module renamed with it, as (Name node, new name).
        Refused when the Keras 1 side of a compatibility branch reads the name: it would
        then mean the Keras 2 name there too."""
        parsed = self.parsed(statement)
        for name, _ in renames:
            alias = statement.names[self._index(parsed, name)]
            local = alias.asname or alias.name.partition(".")[0]
            if local in self.identifiers.keras1_loads:
                raise Refused(f"`{local}` is read on the Keras 1 side of a compatibility "
                              "branch, which stays as it is")
        if isinstance(statement, ast.Import):
            for name, qualname in renames:
                change.renames.append((statement, self._index(parsed, name), qualname))
            return []
        modules = {qualname.rpartition(".")[0] for _, qualname in renames}
        if modules != {statement.module}:
            if len(modules) != 1 or len(renames) != len(parsed.names):
                raise Refused("the statement imports names that stay where they are")
            change.modules.append((statement, modules.pop()))
        uses: List[Tuple[ast.Name, str]] = []
        for name, qualname in renames:
            index = self._index(parsed, name)
            new = qualname.rpartition(".")[2]
            if new == name:
                continue
            if parsed.names[index].asname:
                change.renames.append((statement, index, new))
            else:
                uses.extend(self._rename_binding(change, statement, index, name, new, qualname))
        return uses

    def _rename_binding(self, change: Change, statement, index: int, name: str, new: str,
                        qualname: str) -> List[Tuple[ast.Name, str]]:
        """``from m import name`` binding ``m.new`` now: its uses renamed with it when they are
        all the module has of the name, else ``new as name``."""
        alias = statement.names[index]
        sole = self.identifiers.only_import(name) == (statement, alias)
        if sole and id(statement) in self.module_scope and (
                self.identifiers.free(new) or self._binds(new, qualname)):
            if self._binds(new, qualname):
                change.drops.append((statement, index, FORCED))
            else:
                change.renames.append((statement, index, new))
            return [(node, new) for node in self.identifiers.loads.get(name, ())]
        change.renames.append((statement, index, f"{new} as {name}"))
        return []

    def drop(self, change: Change, statement, name: str) -> None:
        """The name ``statement`` imports leaves it, if nothing uses it once this pass's
        renames are made (decided in :meth:`edits`)."""
        parsed = self.parsed(statement)
        if isinstance(statement, ast.Import):
            raise Refused("a plain import binds the package, which stays")
        change.drops.append((statement, self._index(parsed, name), IF_UNUSED))

    def release(self, change: Change, statement, alias: ast.alias) -> None:
        """A name a rename stopped using: its import goes too, if nothing else uses it."""
        if isinstance(statement, ast.ImportFrom):
            index = statement.names.index(alias)
            change.drops.append((statement, index, RELEASE))

    @staticmethod
    def _index(parsed: ImportStatement, name: str) -> int:
        for index, item in enumerate(parsed.names):
            if item.name == name:
                return index
        raise Refused(f"`{name}` not found in its import statement")

    # -- accepting --------------------------------------------------------------------------
    def accept(self, change: Change, owner) -> None:
        for name, qualname, anchor in change.needs:
            if name in self.added:
                continue
            self.added[name] = qualname
            module = qualname.rpartition(".")[0]
            state = self._state(anchor)
            if isinstance(anchor, ast.ImportFrom) and anchor.module == module and not any(
                    alias.name == "*" for alias in anchor.names):
                state.added.append(name)
            else:
                state.after.setdefault(module, []).append(name)
        for statement, index, new in change.renames:
            self._state(statement).renamed[index] = new
        for statement, module in change.modules:
            self._state(statement).module = module
        for statement, index, how in change.drops:
            if how == FORCED:
                self._state(statement).dropped.add(index)
            else:
                self.conditional.append((statement, index, owner if how == IF_UNUSED else None))

    def _state(self, statement) -> StatementChange:
        key = id(statement)
        if key not in self.changes:
            parsed = self.parsed(statement) if not _is_star(statement) else None
            self.changes[key] = StatementChange(parsed, key in self.sole) if parsed else \
                _StarChange(statement)
        return self.changes[key]

    # -- writing ----------------------------------------------------------------------------
    def edits(self, renamed: Set[int]) -> Tuple[List[TextEdit], Dict[int, str]]:
        """The text edits of every statement changed, and why each conditional drop that
        cannot be made is refused (by id of its owner)."""
        refused: Dict[int, str] = {}
        for statement, index, owner in self.conditional:
            alias = statement.names[index]
            local = alias.asname or alias.name
            still = [node for node in self.identifiers.loads.get(local, ())
                     if id(node) not in renamed]
            if still:
                refused[id(owner)] = f"`{local}` is still used (line {still[0].lineno})"
            elif self.identifiers.only_import(local) != (statement, alias):
                refused[id(owner)] = f"`{local}` is bound or listed elsewhere in this file"
            else:
                self._state(statement).dropped.add(index)
        refused.pop(id(None), None)  # a release asked by a rename is no finding's fix
        edits: List[TextEdit] = []
        for state in self.changes.values():
            edits.extend(state.edits(self.source) if isinstance(state, _StarChange)
                         else _statement_edits(self.source, state))
        return edits, refused


class _StarChange:
    """A Keras ``import *`` after which an import statement is added."""

    def __init__(self, statement):
        self.statement = statement
        self.after: Dict[str, List[str]] = {}

    def edits(self, source: SourceText) -> List[TextEdit]:
        return _statements_after(source, self.statement, self.after)


def _statement_edits(source: SourceText, state: StatementChange) -> List[TextEdit]:
    parsed = state.parsed
    edits = _statements_after(source, parsed.node, state.after)
    if state.module is not None:
        edits.append(TextEdit(parsed.module_start, parsed.module_end, state.module))
    for index, new in state.renamed.items():
        item = parsed.names[index]
        end = item.end if " as " in new else item.name_end
        edits.append(TextEdit(item.start, end, new))
    names = parsed.names
    remaining = [index for index in range(len(names)) if index not in state.dropped]
    if not remaining and not state.added:
        edits.append(_removed_statement(source, parsed, state.sole))
    elif not remaining:
        edits.append(TextEdit(names[0].start, names[-1].end, ", ".join(state.added)))
    else:
        close = parsed.close if parsed.close is not None else parsed.end
        if state.dropped:
            edits.extend(drop_items(source, names, sorted(state.dropped), close))
        if state.added:
            last = names[remaining[-1]]
            joined = "".join(f", {name}" for name in state.added)
            edits.append(TextEdit(last.end, last.end, joined))
    return edits


def _removed_statement(source: SourceText, parsed: ImportStatement, sole: bool) -> TextEdit:
    """An import left with no name: its lines go when nothing else is on them and its block
    keeps another statement; else it becomes ``pass``."""
    text = source.text
    line_start = source.line_start(parsed.start)
    line_end = source.line_end(parsed.end)
    alone = text[line_start:parsed.start].strip() == "" and (
        text[parsed.end:line_end].strip() == "" or text[parsed.end:line_end].lstrip()
        .startswith("#"))
    if alone and not sole:
        return TextEdit(line_start, source.next_line(parsed.end), "")
    return TextEdit(parsed.start, parsed.end, "pass")


def _statements_after(source: SourceText, statement, after: Dict[str, List[str]]):
    if not after:
        return []
    start, end = source.span(statement)
    indent = source.text[source.line_start(start):start]
    newline = source.newline()
    lines = "".join(f"{indent}from {module} import {', '.join(names)}{newline}"
                    for module, names in after.items())
    insert = source.next_line(end)
    if insert == len(source.text) and not source.text.endswith(("\n", "\r")):
        lines = newline + lines.rstrip("\r\n")
    return [TextEdit(insert, insert, lines)]


def _is_star(statement) -> bool:
    return isinstance(statement, ast.ImportFrom) and any(alias.name == "*"
                                                         for alias in statement.names)


def _module_scope_statements(tree: ast.AST) -> Set[int]:
    """The ids of the statements that run in the module's scope (not in a def or class)."""
    found: Set[int] = set()
    bodies = [getattr(tree, "body", [])]
    while bodies:
        body = bodies.pop()
        for statement in body:
            found.add(id(statement))
            if isinstance(statement, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                continue
            for field in ("body", "orelse", "finalbody", "handlers"):
                inner = getattr(statement, field, None)
                if isinstance(inner, list) and inner:
                    bodies.append(inner)
    return found


def _sole_statements(tree: ast.AST) -> Set[int]:
    """The ids of the import statements that are the only statement of their block (a
    module may be left empty, a block may not)."""
    found: Set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module):
            continue
        for field in ("body", "orelse", "finalbody"):
            inner = getattr(node, field, None)
            if isinstance(inner, list) and len(inner) == 1 and isinstance(
                    inner[0], (ast.Import, ast.ImportFrom)):
                found.add(id(inner[0]))
    return found
