"""Judge neutral descriptions of imports, references, calls and classes against the tables.

One :class:`FileReport` per linted file. The front-end feeds it what it sees, in any order,
then calls :meth:`FileReport.finish`, which returns every finding of the file.
"""
from __future__ import annotations

from typing import Dict, List, Optional, Tuple

from keras2_lint import call_checks, class_checks, fixes, tables
from keras2_lint.model import Call, ClassInfo, Finding, Imported, Reference
from keras2_lint.names import (canonical_function, in_package, is_layer_module, layer_spec,
                               lookup_module, lookup_name, split_name)
from keras2_lint.rules import RULES_BY_CODE, message


class FileReport:
    """Collects the findings of one file."""

    def __init__(self) -> None:
        self.imports_keras = False
        self._findings: List[Finding] = []
        self._method_findings: List[Finding] = []  # kept only if the file imports keras
        self._unless_keras1: List[Finding] = []  # kept only if the file shows other Keras 1 forms
        # what the catalogue says of each qualified name met in this file (they recur a lot)
        self._facts: Dict[str, Tuple[Optional[tuple], Optional[tables.Removal]]] = {}
        self._call_specs: Dict[str, Tuple[str, bool, Optional[tables.Callable], bool]] = {}
        # renames whose fix a call elsewhere in the file may forbid: (qualname, finding index)
        self._renames: List[Tuple[str, int]] = []
        self._kept: Dict[str, str] = {}  # qualname -> why no rename of it can keep the meaning

    # -- what the front-end reports -----------------------------------------------------
    def imported(self, module: str, names, anchor, compatibility_block: bool = False,
                 statement=None) -> None:
        """``import module`` (names is None) or ``from module import names``.

        ``names`` is a sequence of ``(name, anchor)``; ``*`` is not passed in. ``statement``
        is the front-end's node of the import, which the fixes name.
        """
        if not in_package(module):
            return
        self.imports_keras = True
        if compatibility_block:
            return
        found = lookup_module(module)
        if found:
            fix = _module_import_fix(statement, module, names, *found)
            self._add_removal("module", *found, anchor, fix)
            return
        for name, name_anchor in names or ():
            qualname = f"{module}.{name}"
            imported = Imported(statement, name)
            if qualname in tables.MODULES:  # no prefix of `module` is one (looked up above)
                entry = tables.MODULES[qualname]
                fix = (fixes.rename_import(imported, entry.new),) if entry.new and not (
                    entry.members) else (fixes.drop_import(imported),)
                self._add_removal("module", qualname, entry, name_anchor, fix)
                continue
            entry = lookup_name(qualname)
            if entry:
                new = _renamed_name(qualname, entry)
                fix = (fixes.rename_import(imported, new),) if new else (
                    fixes.drop_import(imported),)
                self._add_removal("name", qualname, entry, name_anchor, fix, qualname)

    def referenced(self, ref: Reference) -> None:
        """A name or attribute chain resolving to Keras, used anywhere but as an import."""
        found, entry = self._lookups(ref.qualname)
        if found:
            if not (ref.explicit and ref.origin.startswith(found[0])):
                new = _renamed_in_module(ref.qualname, *found)
                fix = (fixes.rename_name(ref, new),) if new else None
                self._add_removal("module", *found, ref.anchor, fix)
            return
        if entry and not (ref.explicit and ref.origin == ref.qualname):
            new = _renamed_name(ref.qualname, entry)
            fix = (fixes.rename_name(ref, new),) if new else None
            self._add_removal("name", ref.qualname, entry, ref.anchor, fix, ref.qualname)

    def checks_arguments(self, qualname: str) -> bool:
        """Whether a call of the Keras callable ``qualname`` is checked beyond the name: if
        not, the front-end may report its callee (``referenced``) instead of describing it."""
        _, merge, spec, _ = self._call_spec(qualname)
        return merge or spec is not None

    def called(self, call: Call) -> None:
        if call.callee is not None:
            self._keras_call(call)
        elif call.method in tables.METHODS:
            self._method_call(call)

    def defined_class(self, info: ClassInfo) -> None:
        if any(self._is_layer_base(base) for base in info.bases):
            self._findings.extend(class_checks.layer_class_findings(info, any(
                split_name(base)[1] in tables.RECURRENT_BASES for base in info.bases)))
        elif any(self._is_optimizer_base(base) for base in info.bases):
            self._findings.extend(class_checks.optimizer_class_findings(info))

    def finish(self) -> List[Finding]:
        findings = list(self._findings)
        for qualname, index in self._renames:
            if qualname in self._kept:
                finding = findings[index]
                findings[index] = Finding(finding.code, finding.message, finding.anchor,
                                          refusal=self._kept[qualname])
        if self.imports_keras:
            findings.extend(self._method_findings)
            if any(RULES_BY_CODE[f.code].default_enabled for f in findings):
                findings.extend(self._unless_keras1)
        return findings

    # -- internals ----------------------------------------------------------------------
    def _lookups(self, qualname: str):
        """(lookup_module, lookup_name) of ``qualname``, worked out once per file."""
        facts = self._facts.get(qualname)
        if facts is None:
            found = lookup_module(qualname)
            facts = self._facts[qualname] = (found, None if found else lookup_name(qualname))
        return facts

    @staticmethod
    def _is_layer_base(base: str) -> bool:
        module, name = split_name(base)
        return is_layer_module(module) and name in tables.LAYER_BASES

    @staticmethod
    def _is_optimizer_base(base: str) -> bool:
        module, name = split_name(base)
        return module == "keras.optimizers" and name in tables.OPTIMIZER_BASES

    def _add_removal(self, kind: str, qualname: str, entry: tables.Removal, anchor, fix,
                     renamed: str = "") -> None:
        """A Keras 1 ``kind`` ('module' or 'name') that Keras 2 removed or renamed; a name's
        rename (``renamed``) may be forbidden later by a call of it."""
        text = f"Keras 1 {kind} `{qualname}`: {_advice(entry.replacement)}"
        if renamed and fix and fix[0].action != fixes.DROP_IMPORT:
            self._renames.append((renamed, len(self._findings)))
        self._findings.append(Finding(entry.code, message(entry.code, text, entry.url), anchor,
                                      fix))

    def _call_spec(self, qualname: str) -> Tuple[str, bool, Optional[tables.Callable], bool]:
        """(its name, a merge, the spec, a layer's spec) of a Keras callable, worked out once
        per file."""
        found = self._call_specs.get(qualname)
        if found is None:
            module, name = split_name(qualname)
            spec = layer_spec(qualname)
            if is_layer_module(module) and name in tables.MERGE_NAMES:
                found = (name, True, None, False)
            elif spec is not None:
                found = (name, False, spec, True)
            else:
                found = (name, False, tables.FUNCTIONS.get(canonical_function(qualname)), False)
            self._call_specs[qualname] = found
        return found

    def _keras_call(self, call: Call) -> None:
        ref = call.callee
        name, merge, spec, layer = self._call_spec(ref.qualname)
        if merge:  # the merge finding says more than the removed name alone
            call_checks.merge_findings(call, name, self._findings)
            return
        self.referenced(ref)
        if layer:
            call_checks.layer_call_findings(call, name, spec, self._findings)
            if name in tables.ATROUS and (call.star_kwargs or any(
                    kw.name == tables.ATROUS_RATE.new for kw in call.keywords)):
                self._kept[ref.qualname] = (f"a call of {name} at {_where(call.anchor)} may give "
                                            f"{tables.ATROUS_RATE.new}=, which it overwrites")
            elif name in tables.ATROUS and len(call.args) > len(spec.positional):
                # a positional atrous_rate is a keyword first, then the layer's dilation_rate
                self._kept.setdefault(ref.qualname, f"a call of {name} at {_where(call.anchor)} "
                                                    f"passes Keras 1 positionals")
        elif spec is not None:
            call_checks.keyword_findings(call, name, spec, self._findings)

    def _method_call(self, call: Call) -> None:
        spec = tables.METHODS[call.method]
        call_checks.keyword_findings(call, call.method, spec, self._method_findings)
        if call.method == "compile":
            call_checks.metric_findings(call, self._method_findings)
        elif call.method == "fit":
            call_checks.fit_epochs_findings(call, self._method_findings)
        if call.method in tables.GENERATOR_METHODS and len(call.args) >= 2:
            finding = call_checks.generator_positional_finding(call, spec)
            if finding is None:
                pass  # Keras 2 code
            elif call_checks.counts_samples(call.args[1].text):
                self._method_findings.append(finding)
            else:
                self._unless_keras1.append(finding)


def _renamed_name(qualname: str, entry: tables.Removal) -> Optional[str]:
    """The qualified name a rewrite gives a renamed class or function, else None."""
    if entry.new is None:
        return None
    if "." in entry.new:
        return entry.new
    return f"{qualname.rpartition('.')[0]}.{entry.new}"


def _renamed_in_module(qualname: str, module: str, entry: tables.Removal) -> Optional[str]:
    """``qualname`` (in or under the renamed ``module``) with the module renamed, else None."""
    if entry.new is None:
        return None
    rest = qualname[len(module) + 1:].split(".") if qualname != module else []
    if entry.members is not None:
        if not rest or rest[0] not in entry.members:
            return None  # what a member becomes is only known for the ones listed
        rest[0] = entry.members[rest[0]]
    return ".".join([entry.new, *rest])


def _module_import_fix(statement, module: str, names, removed: str, entry: tables.Removal):
    """``import <module>`` or ``from <module> import names``, ``module`` being or lying in a
    module Keras 2 renamed: each name imported from where Keras 2 has it."""
    if names is None:
        new = None if entry.members else _renamed_in_module(module, removed, entry)
        return (fixes.rename_import(Imported(statement, module), new),) if new else None
    edits = []
    for name, _ in names:
        new = _renamed_in_module(f"{module}.{name}", removed, entry)
        if new is None:
            return None
        edits.append(fixes.rename_import(Imported(statement, name), new))
    return tuple(edits) or None


def _where(anchor) -> str:
    """A line number for a message, from a ``(line, col)`` anchor or a node's own."""
    line = anchor[0] if isinstance(anchor, tuple) else getattr(anchor, "lineno", None)
    return f"line {line}" if line else "another line"


def _advice(replacement: str) -> str:
    if replacement.startswith("nothing: "):
        return "no Keras 2 replacement, " + replacement[len("nothing: "):]
    return "use " + replacement
