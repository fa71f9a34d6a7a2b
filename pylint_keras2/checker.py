"""The pylint checker ``keras2``: one message per catalogue rule.

While pylint walks a module the checker only collects the nodes that can matter (imports,
names, calls, classes, alias assignments, ``if`` statements, conditional expressions and
``and``/``or`` operations);
when the module has been walked it describes them to the catalogue
(:mod:`pylint_keras2.describe`) and reports the findings.
A module whose source never mentions Keras costs one substring search.
"""
from __future__ import annotations

from typing import List, Optional, Set

from astroid import nodes
from pylint.checkers import BaseChecker
from pylint.interfaces import HIGH

from keras2_lint import tables
from keras2_lint.names import in_package
from pylint_keras2.describe import ModuleDescriber, chain_base, located, whole_reference
from pylint_keras2.messages import MSGS, SYMBOLS
from pylint_keras2.resolve import is_keras_import_from
from pylint_keras2.source import Source

_PACKAGE = tables.PACKAGE.encode("ascii")


def _read(module: nodes.Module) -> Optional[bytes]:
    """The module's bytes (None when astroid has no source to give)."""
    try:
        stream = module.stream()
        if stream is None:
            return None
        with stream:
            return stream.read()
    except (OSError, ValueError, AttributeError):
        return None


def _log():
    """The plugin's logger. logging is imported only when there is something to log: pylint
    itself does not import it."""
    import logging  # pylint: disable=import-outside-toplevel
    return logging.getLogger(__name__)


def _where(module: nodes.Module) -> str:
    return module.file if module.file and module.file != "<?>" else module.name


def _in_reading_order(findings) -> list:
    """``(position, finding)`` pairs, by line, column and code."""
    located_findings = [(located(finding.anchor), finding) for finding in findings]
    located_findings.sort(key=lambda pair: (pair[0].line, pair[0].col, pair[1].code))
    return located_findings


class _Collected:  # pylint: disable=too-few-public-methods
    """The nodes of one module worth describing, gathered during pylint's walk."""

    def __init__(self) -> None:
        self.imports: List[nodes.NodeNG] = []
        self.stars: List[nodes.ImportFrom] = []
        self.loaded_names: List[nodes.Name] = []  # where references start
        self.calls: List[nodes.Call] = []
        self.classes: List[nodes.ClassDef] = []
        self.global_statements: List[nodes.Global] = []
        self.branchings: List[nodes.NodeNG] = []  # `if`, conditional expressions, `and`/`or`
        self.names: Set[str] = set()  # may be bound to Keras: imported or assigned


class Keras2Checker(BaseChecker):
    """Finds Keras 1 code and says what Keras 2 wants instead."""

    name = "keras2"
    msgs = MSGS

    def __init__(self, linter) -> None:
        super().__init__(linter)
        self._collected: Optional[_Collected] = None
        self._source: Optional[Source] = None

    # -- collecting -------------------------------------------------------------------------
    def visit_module(self, node: nodes.Module) -> None:
        self._collected = self._source = None
        data = _read(node)
        if data is not None and _PACKAGE not in data:
            return  # never mentions Keras: nothing to report
        try:
            self._source = Source.from_bytes(data) if data is not None else Source()
        except Exception:  # pylint: disable=broad-exception-caught
            _log().exception("keras2-lint: cannot read %s, module skipped", _where(node))
            return
        self._collected = _Collected()

    def visit_import(self, node: nodes.Import) -> None:
        if self._collected is not None:
            self._collected.imports.append(node)
            self._collected.names.update(
                asname or name.partition(".")[0] for name, asname in node.names
                if in_package(name))

    def visit_importfrom(self, node: nodes.ImportFrom) -> None:
        if self._collected is not None:
            self._collected.imports.append(node)
            if is_keras_import_from(node):
                for name, asname in node.names:
                    if name == "*":
                        self._collected.stars.append(node)
                    else:
                        self._collected.names.add(asname or name)

    def visit_name(self, node: nodes.Name) -> None:
        if self._collected is not None:
            self._collected.loaded_names.append(node)

    def visit_call(self, node: nodes.Call) -> None:
        if self._collected is not None and isinstance(node.func, (nodes.Name, nodes.Attribute)):
            self._collected.calls.append(node)

    def visit_classdef(self, node: nodes.ClassDef) -> None:
        if self._collected is not None and node.bases:
            self._collected.classes.append(node)

    def visit_assign(self, node) -> None:
        if self._collected is not None and isinstance(node.value, (nodes.Name, nodes.Attribute)):
            targets = getattr(node, "targets", None) or [node.target]
            self._collected.names.update(target.name for target in targets
                                         if isinstance(target, nodes.AssignName))

    visit_annassign = visit_augassign = visit_assign

    def visit_global(self, node: nodes.Global) -> None:
        if self._collected is not None:
            self._collected.global_statements.append(node)

    def visit_if(self, node) -> None:
        if self._collected is not None:
            self._collected.branchings.append(node)

    visit_ifexp = visit_boolop = visit_if

    # -- reporting --------------------------------------------------------------------------
    def leave_module(self, node: nodes.Module) -> None:
        collected, source = self._collected, self._source
        self._collected = self._source = None
        if collected is None or not collected.imports:
            return  # no import at all: no name can reach Keras
        try:
            findings = self._findings(node, collected, source)
        except RecursionError:
            _log().warning("keras2-lint: %s is nested too deeply to check", _where(node))
            return
        except Exception:  # pylint: disable=broad-exception-caught
            # a bug of ours must cost one module's Keras findings, never pylint's run
            _log().exception("keras2-lint: internal error on %s, module skipped", _where(node))
            return
        for where, finding in _in_reading_order(findings):
            self.add_message(SYMBOLS[finding.code], line=where.line, node=where.node,
                             args=f"{finding.code} {finding.message}", confidence=HIGH,
                             col_offset=where.col, end_lineno=where.end_line,
                             end_col_offset=where.end_col)

    @staticmethod
    def _findings(module: nodes.Module, collected: _Collected, source: Source) -> list:
        describer = ModuleDescriber(module, source, collected.stars,
                                    collected.global_statements, collected.branchings,
                                    collected.names)
        for node in collected.imports:
            describer.imported(node)
        if not describer.report.imports_keras:
            return []  # references, calls and classes all need a Keras import to resolve
        every_name = bool(collected.stars)
        names = collected.names
        for name in collected.loaded_names:
            if every_name or name.name in names:
                reference = whole_reference(name)
                if reference is not None:
                    describer.referenced(reference)
        for node in collected.calls:
            base = chain_base(node.func)
            describer.called(node, isinstance(base, nodes.Name) and (
                every_name or base.name in names))
        for node in collected.classes:
            describer.defined_class(node)
        return describer.finish()
