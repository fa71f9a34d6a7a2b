"""The text edits of one pass over a module: each finding's fix (:mod:`keras2_lint.fixes`)
made into edits of the exact source ranges of the nodes it names, fixes taken in reading
order as long as they do not touch what an earlier one touches (the next pass takes the
rest), then the import statements they need changed."""
from __future__ import annotations

import ast
import re
from typing import Callable, Dict, List, Optional, Sequence, Tuple

from keras2_lint import fixes
from keras2_lint.model import Finding, Keyword
from keras2_lint.upgrade.edits import TextEdit, drop_items, overlap
from keras2_lint.upgrade.identifiers import Identifiers
from keras2_lint.upgrade.imports import Change, Imports, Refused
from keras2_lint.upgrade.syntax import Bracketed, call_arguments, skip_blanks
from keras2_lint.upgrade.text import SourceText

_STRING = re.compile(r"([uU]?)(['\"])(\w+)\2\Z")
_SINGLE_QUOTED = re.compile(r"'[^'\"\\]*'\Z")


def _quoted_like(new: str, old: str) -> str:
    """A plain string the catalogue spells in single quotes, in the double quotes of the
    value it replaces, if those are what the code uses."""
    if old.startswith('"') and _SINGLE_QUOTED.match(new):
        return f'"{new[1:-1]}"'
    return new


class Plan:
    def __init__(self) -> None:
        self.edits: List[TextEdit] = []
        self.fixed: List[Finding] = []
        self.refused: Dict[int, str] = {}  # id(finding) -> why its fix cannot be made
        self.deferred: List[Finding] = []  # touch what another fix touches: the next pass


class _Translation:
    """A fix as text edits, what it asks of the imports, and the Name nodes it renames."""

    def __init__(self) -> None:
        self.edits: List[TextEdit] = []
        self.imports = Change()
        self.renamed: List[ast.Name] = []


def plan(source: SourceText, tree: ast.AST, findings: List[Finding],
         allowed: Optional[Callable[[TextEdit], Optional[str]]] = None,
         keras1_parts: Sequence = ()) -> Plan:
    """The edits of the fixes of ``findings`` that can be made together. ``allowed`` says
    why an edit may not be made (a face's own limits: lines it cannot change), else None.
    ``keras1_parts``: what check_tree found on the Keras 1 side of compatibility branches,
    whose names no rewrite may change the meaning of."""
    result = _plan(source, tree, findings, allowed, True, keras1_parts)
    if allowed is not None and any(allowed(edit) for edit in result.edits):
        result = _plan(source, tree, findings, allowed, False, keras1_parts)  # an import's line
    return result


def _plan(source, tree, findings, allowed, imports: bool, keras1_parts) -> Plan:
    context = _Context(source, tree, keras1_parts)
    result = Plan()
    renamed: set = set()
    for finding in findings:
        try:
            translation = context.translate(finding.fix)
            reasons = [allowed(edit) for edit in translation.edits] if allowed else []
            if any(reasons):
                raise Refused(next(reason for reason in reasons if reason))
            if not imports and translation.imports.asks():
                raise Refused("the import it needs is on a line this file cannot change")
        except Refused as refusal:
            result.refused[id(finding)] = str(refusal)
            continue
        if any(overlap(edit, taken) for edit in translation.edits for taken in result.edits):
            result.deferred.append(finding)
            continue
        try:
            context.imports.accept(translation.imports, finding)
        except Refused as refusal:
            result.refused[id(finding)] = str(refusal)
            continue
        result.edits.extend(translation.edits)
        renamed.update(id(node) for node in translation.renamed)
        result.fixed.append(finding)
    import_edits, refused = context.imports.edits(renamed)
    result.edits.extend(import_edits)
    result.refused.update(refused)
    result.fixed = [finding for finding in result.fixed if id(finding) not in refused]
    return result


class _Context:
    def __init__(self, source: SourceText, tree: ast.AST, keras1_parts: Sequence = ()):
        self.source = source
        self.identifiers = Identifiers(tree, keras1_parts)
        self.imports = Imports(source, tree, self.identifiers)
        self.owners: Dict[int, tuple] = {}  # id(node) -> ('arg' | 'keyword' | 'value', call)
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                for arg in node.args:
                    self.owners[id(arg)] = ("arg", node, None)
                for keyword in node.keywords:
                    self.owners[id(keyword)] = ("keyword", node, keyword)
                    self.owners[id(keyword.value)] = ("value", node, keyword)
        self._arguments: Dict[int, Optional[Bracketed]] = {}

    # -- a fix ------------------------------------------------------------------------------
    def translate(self, fix) -> _Translation:
        if not fix:
            raise Refused("needs a person's judgement")
        out = _Translation()
        drops: Dict[int, Tuple[ast.Call, List[int]]] = {}
        import_renames: Dict[int, Tuple[object, list]] = {}
        for edit in fix:
            action, target = edit.action, edit.target
            if action == fixes.RENAME_KEYWORD:
                out.edits.append(self.keyword_name(target.node, edit.text[0]))
            elif action == fixes.REPLACE:
                start, end = self.extent(target.node, whole=isinstance(target, Keyword))
                new = _quoted_like(self.render(edit.text), self.source.text[start:end])
                out.edits.append(TextEdit(start, end, new))
            elif action == fixes.DROP:
                call, index = self.item(target.node)
                drops.setdefault(id(call), (call, []))[1].append(index)
            elif action == fixes.INSERT_BEFORE:
                start = self.extent(target.node)[0]
                out.edits.append(TextEdit(start, start, self.render(edit.text)))
            elif action == fixes.APPEND:
                out.edits.append(self.appended(target.source, self.render(edit.text)))
            elif action == fixes.RENAME_CALLEE:
                self.rename_chain(out, target.source.func, target.callee.qualname, edit.text[0])
            elif action == fixes.RENAME_NAME:
                self.rename_chain(out, target.source, target.qualname, edit.text[0])
            elif action == fixes.RENAME_IMPORT:
                import_renames.setdefault(id(target.statement), (target.statement, []))[
                    1].append((target.name, edit.text[0]))
            elif action == fixes.DROP_IMPORT:
                self.imports.drop(out.imports, target.statement, target.name)
            else:  # pragma: no cover - the actions are the catalogue's
                raise Refused(f"no edit for {action}")
        for call, indices in drops.values():
            arguments = self.arguments(call)
            out.edits.extend(drop_items(self.source, arguments.items, indices, arguments.close))
        for statement, renames in import_renames.values():
            for node, new in self.imports.rename(out.imports, statement, renames):
                out.edits.append(TextEdit(*self.source.span(node), new))
                out.renamed.append(node)
        return out

    # -- arguments --------------------------------------------------------------------------
    def arguments(self, call: ast.Call) -> Bracketed:
        key = id(call)
        if key not in self._arguments:
            self._arguments[key] = call_arguments(self.source, call)
        if self._arguments[key] is None:
            raise Refused("the call's text has a shape this tool does not edit")
        return self._arguments[key]

    def item(self, node) -> Tuple[ast.Call, int]:
        """The call a positional argument or keyword is an item of, and its index there."""
        owner = self.owners.get(id(node))
        if owner is None or owner[0] == "value":
            raise Refused("the argument is not an item of a call")
        call = owner[1]
        for index, item in enumerate(self.arguments(call).items):
            if item.node is node:
                return call, index
        raise Refused("the argument was not found in its call")

    def extent(self, node, whole: bool = False) -> Tuple[int, int]:
        """Where an argument's expression is (a keyword's value, or with ``whole`` the
        keyword's whole ``name=value``), redundant parentheses included."""
        owner = self.owners.get(id(node))
        if owner is None:  # an element of a display (or a key of a ** dict): its own node
            if whole:
                raise Refused("a ** dict item cannot become a keyword")
            return self.source.span(node)
        kind, call, keyword = owner
        if kind == "value":
            item = self.arguments(call).item_of(keyword)
            equals = self.source.text.index("=", self.source.start(keyword))
            return skip_blanks(self.source.text, equals + 1, item.end), item.end
        item = self.arguments(call).item_of(node)
        return item.start, item.end

    def render(self, parts) -> str:
        """New text: strings as they are, arguments as their exact source."""
        text = self.source.text
        rendered = []
        for part in parts:
            if isinstance(part, str):
                rendered.append(part)
            else:
                start, end = self.extent(part.node)
                rendered.append(text[start:end])
        return "".join(rendered)

    def appended(self, call: ast.Call, text: str) -> TextEdit:
        arguments = self.arguments(call)
        if not arguments.items:
            return TextEdit(arguments.open + 1, arguments.open + 1, text)
        end = arguments.items[-1].end
        return TextEdit(end, end, ", " + text)

    def keyword_name(self, node, new: str) -> TextEdit:
        if isinstance(node, ast.Constant):  # a key of a ** dict display
            start, end = self.source.span(node)
            match = _STRING.match(self.source.text, start, end)
            if match is None or match.end() != end or match.group(3) != node.value:
                raise Refused("the keyword's string has a shape this tool does not edit")
            return TextEdit(match.start(3), match.end(3), new)
        start = self.source.start(node)
        end = start + len(node.arg)
        if self.source.text[start:end] != node.arg:
            raise Refused("the keyword is not spelled as the parser reads it")
        return TextEdit(start, end, new)

    # -- names ------------------------------------------------------------------------------
    def rename_chain(self, out: _Translation, node, old_qualname: str, new_qualname: str):
        """A name or ``a.b.c`` chain standing for ``old_qualname`` made to stand for
        ``new_qualname``: its attributes renamed where the two differ, or its name replaced
        by the new one, imported."""
        attrs = []
        root = node
        while isinstance(root, ast.Attribute):
            attrs.append(root)
            root = root.value
        if not isinstance(root, ast.Name):
            raise Refused("the name is not a plain chain")
        attrs.reverse()
        old, new = old_qualname.split("."), new_qualname.split(".")
        bound = len(old) - len(attrs)  # how many components the first name stands for
        first = 0
        while first < min(len(old), len(new)) and old[first] == new[first]:
            first += 1
        same_end = 0
        while same_end < min(len(old), len(new)) - first and old[-1 - same_end] == new[
                -1 - same_end]:
            same_end += 1
        if first >= bound and len(old) - same_end > first and len(new) - same_end > first:
            start = self.attribute_start(attrs[first - bound])
            end = self.source.end(attrs[len(old) - same_end - 1 - bound])
            out.edits.append(TextEdit(start, end, ".".join(new[first:len(new) - same_end])))
        elif not attrs:
            self.rename_root(out, root, new_qualname)
        else:
            raise Refused(f"`{root.id}` stands for a module that is not where Keras 2 has "
                          f"{new_qualname}")

    def attribute_start(self, node: ast.Attribute) -> int:
        end = self.source.end(node)
        start = end - len(node.attr)
        if self.source.text[start:end] != node.attr:
            raise Refused("the attribute is not spelled as the parser reads it")
        return start

    def rename_root(self, out: _Translation, root: ast.Name, new_qualname: str) -> None:
        """A bare imported name replaced by the Keras 2 name it now needs."""
        new = new_qualname.rpartition(".")[2]
        binding = self.identifiers.only_import(root.id)
        if binding is not None:
            anchor = binding[0]
            self.imports.release(out.imports, *binding)
        elif self.identifiers.others.get(root.id) or not self.imports.stars:
            raise Refused(f"`{root.id}` is bound elsewhere in this file")
        else:
            anchor = self.imports.stars[0]
        self.imports.need(out.imports, new, new_qualname, anchor)
        out.edits.append(TextEdit(*self.source.span(root), new))
        out.renamed.append(root)
