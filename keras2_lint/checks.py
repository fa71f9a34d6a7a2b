"""Judge neutral descriptions of imports, references, calls and classes against the tables.

One :class:`FileReport` per linted file. The front-end feeds it what it sees, in any order,
then calls :meth:`FileReport.finish`, which returns every finding of the file.
"""
from __future__ import annotations

import re
from typing import Iterator, List, Optional

from keras2_lint import tables
from keras2_lint.model import UNKNOWN, Arg, Call, ClassInfo, Finding, Reference
from keras2_lint.rules import RULES_BY_CODE, SEVERITY_TEXT

_LAYER_MODULE_PREFIXES = ("keras.layers", "keras.engine", "keras.legacy")
_SAMPLE_COUNT = re.compile(r"\blen\(|\.shape\[0\]|nb_sample|n_samples|num_samples|\.samples\b")


def message(code: str, text: str, url: str) -> str:
    return f"{text} ({SEVERITY_TEXT[RULES_BY_CODE[code].severity]}) {url}"


def split_name(qualname: str):
    module, _, name = qualname.rpartition(".")
    return module, name


def is_layer_module(module: str) -> bool:
    return module in ("keras", "keras.models") or module.startswith(_LAYER_MODULE_PREFIXES)


def canonical_function(qualname: str) -> str:
    module, name = split_name(qualname)
    if module.startswith("keras.backend"):
        return "keras.backend." + name
    if module.startswith("keras.applications") and name == "preprocess_input":
        return "keras.applications.imagenet_utils.preprocess_input"
    if module == "keras.utils.np_utils" and name == "to_categorical":
        return "keras.utils.to_categorical"
    return qualname


def lookup_name(qualname: str) -> Optional[tables.Removal]:
    """The removal or rename entry of a Keras qualified name, if it has one."""
    if qualname in tables.NAMES:
        return tables.NAMES[qualname]
    module, name = split_name(qualname)
    if module.startswith("keras.backend."):
        return tables.NAMES.get("keras.backend." + name)
    if is_layer_module(module):
        if name in tables.MODERNISE_ALIASES:
            new = tables.MODERNISE_ALIASES[name]
            return tables.Removal("KRS902", new, tables.LAYERS[new].url, True)
        return tables.NAMES.get("keras.layers." + name) if name in (
            "TimeDistributedDense", "ParametricSoftplus", "SReLU") else None
    return None


def lookup_module(qualname: str) -> Optional[tuple]:
    """(module, entry) for the longest prefix of ``qualname`` that is a Keras 1 module."""
    parts = qualname.split(".")
    for end in range(len(parts), 1, -1):
        module = ".".join(parts[:end])
        if module in tables.MODULES:
            return module, tables.MODULES[module]
    return None


def layer_spec(qualname: str) -> Optional[tables.Callable]:
    module, name = split_name(qualname)
    if not is_layer_module(module):
        return None
    return tables.LAYERS.get(tables.ALIASES.get(name, name))


def knows(qualname: str) -> bool:
    """Whether the catalogue has anything to say about this Keras qualified name."""
    module, name = split_name(qualname)
    return bool(lookup_module(qualname) or lookup_name(qualname) or layer_spec(qualname)
                or canonical_function(qualname) in tables.FUNCTIONS
                or (is_layer_module(module) and name in tables.MERGE_NAMES | tables.LAYER_BASES)
                or (module == "keras.optimizers" and name in tables.OPTIMIZER_BASES))


def star_qualname(modules, name: str) -> str:
    """What ``name`` resolves to when ``from <module> import *`` ran for each of ``modules``
    (in order): the last module the catalogue knows the name in, else the last module."""
    for module in reversed(modules):
        if knows(f"{module}.{name}"):
            return f"{module}.{name}"
    return f"{modules[-1]}.{name}"


def literal(arg: Arg) -> bool:
    return arg.value is not UNKNOWN


def show(value) -> str:
    return repr(value)


class FileReport:
    """Collects the findings of one file."""

    def __init__(self) -> None:
        self.imports_keras = False
        self._findings: List[Finding] = []
        self._method_findings: List[Finding] = []  # kept only if the file imports keras
        self._unless_keras1: List[Finding] = []  # kept only if the file shows other Keras 1 forms

    # -- what the front-end reports -----------------------------------------------------
    def imported(self, module: str, names, anchor, compatibility_block: bool = False) -> None:
        """``import module`` (names is None) or ``from module import names``.

        ``names`` is a sequence of ``(name, anchor)``; ``*`` is not passed in.
        """
        if module != "keras" and not module.startswith("keras."):
            return
        self.imports_keras = True
        if compatibility_block:
            return
        found = lookup_module(module)
        if found:
            self._add_module(found, anchor)
            return
        for name, name_anchor in names or ():
            qualname = f"{module}.{name}"
            found = lookup_module(qualname)
            if found:
                self._add_module(found, name_anchor)
                continue
            entry = lookup_name(qualname)
            if entry:
                self._add_name(qualname, entry, name_anchor)

    def referenced(self, ref: Reference) -> None:
        """A name or attribute chain resolving to Keras, used anywhere but as an import."""
        found = lookup_module(ref.qualname)
        if found:
            if not (ref.explicit and ref.origin.startswith(found[0])):
                self._add_module(found, ref.anchor)
            return
        entry = lookup_name(ref.qualname)
        if entry and not (ref.explicit and ref.origin == ref.qualname):
            self._add_name(ref.qualname, entry, ref.anchor)

    def called(self, call: Call) -> None:
        if call.callee is not None:
            self._keras_call(call)
        elif call.method in tables.METHODS:
            self._method_call(call)

    def defined_class(self, info: ClassInfo) -> None:
        if any(self._is_layer_base(base) for base in info.bases):
            self._findings.extend(_class_findings(info, any(
                split_name(base)[1] in tables.RECURRENT_BASES for base in info.bases)))
        elif any(split_name(base)[0] == "keras.optimizers"
                 and split_name(base)[1] in tables.OPTIMIZER_BASES for base in info.bases):
            self._findings.extend(_optimizer_findings(info))

    def finish(self) -> List[Finding]:
        findings = list(self._findings)
        if self.imports_keras:
            findings.extend(self._method_findings)
            if any(RULES_BY_CODE[f.code].default_enabled for f in findings):
                findings.extend(self._unless_keras1)
        return findings

    # -- internals ----------------------------------------------------------------------
    @staticmethod
    def _is_layer_base(base: str) -> bool:
        module, name = split_name(base)
        return is_layer_module(module) and name in tables.LAYER_BASES

    def _add_module(self, found, anchor) -> None:
        module, entry = found
        text = f"Keras 1 module `{module}`: {_advice(entry.replacement)}"
        self._findings.append(Finding(entry.code, message(entry.code, text, entry.url), anchor,
                                      entry.mechanical))

    def _add_name(self, qualname: str, entry: tables.Removal, anchor) -> None:
        text = f"Keras 1 name `{qualname}`: {_advice(entry.replacement)}"
        self._findings.append(Finding(entry.code, message(entry.code, text, entry.url), anchor,
                                      entry.mechanical))

    def _keras_call(self, call: Call) -> None:
        ref = call.callee
        module, name = split_name(ref.qualname)
        if is_layer_module(module) and name in tables.MERGE_NAMES:
            self._findings.extend(_merge_findings(call, name))  # says more than the name alone
            return
        self.referenced(ref)
        spec = layer_spec(ref.qualname)
        if spec is not None:
            self._findings.extend(_layer_call_findings(call, name, spec))
            return
        spec = tables.FUNCTIONS.get(canonical_function(ref.qualname))
        if spec is not None:
            self._findings.extend(_keyword_findings(call, name, spec))

    def _method_call(self, call: Call) -> None:
        spec = tables.METHODS[call.method]
        self._method_findings.extend(_keyword_findings(call, call.method, spec))
        if call.method == "compile":
            self._method_findings.extend(_metric_findings(call))
        elif call.method == "fit":
            self._method_findings.extend(_fit_epochs_findings(call))
        elif call.method == "add_weight":
            pass
        if call.method in tables.GENERATOR_METHODS and len(call.args) >= 2:
            finding = _generator_positional_finding(call, spec)
            if _SAMPLE_COUNT.search(call.args[1].text):
                self._method_findings.append(finding)
            else:
                self._unless_keras1.append(finding)


def _advice(replacement: str) -> str:
    if replacement.startswith("nothing: "):
        return "no Keras 2 replacement, " + replacement[len("nothing: "):]
    return "use " + replacement


# -- calls --------------------------------------------------------------------------------
def _keyword_findings(call: Call, shown: str, spec: tables.Callable,
                      extra: Optional[dict] = None) -> Iterator[Finding]:
    grouped_done = set()
    keyword_names = {kw.name for kw in call.keywords}
    for kw in call.keywords:
        entry = spec.keywords.get(kw.name) or (extra or {}).get(kw.name)
        if entry is None:
            continue
        group = entry.new if entry.code == "KRS203" or entry.new == "input_shape" else None
        if group is not None:
            if group in grouped_done:
                continue
            grouped_done.add(group)
        yield _keyword_finding(call, shown, spec, entry, kw, keyword_names)


def _keyword_finding(call, shown, spec, entry, kw, keyword_names) -> Finding:
    value = kw.value
    code = entry.code
    mechanical = entry.mechanical
    if entry.values and literal(value) and _hashable(value.value) and value.value in entry.values:
        converted = entry.values[value.value]
        if entry.old == "border_mode":  # 'full' has no Keras 2 value off Theano
            code, mechanical = "KRS109", False
            replacement = ("ZeroPadding before the layer and padding='valid' (padding='full' "
                           "works only on the Theano backend)")
        elif converted is None:
            replacement = f"{entry.new}=None (or leave it out)"
        else:
            replacement = f"{entry.new}={show(converted)}"
    elif entry.values and entry.old == "forget_bias_init":
        replacement, mechanical = entry.advice, False
    elif entry.values and entry.old != "border_mode":
        choices = ", ".join(f"{show(k)} -> {show(v)}" for k, v in entry.values.items())
        replacement, mechanical = f"{entry.new}= with the value converted ({choices})", False
    elif code == "KRS203":
        replacement = _kernel_keywords_replacement(call, entry)
    elif entry.new == "input_shape":
        replacement = _input_shape_replacement(call)
    elif entry.old == "mode" and literal(value) and value.value == 0:
        replacement, mechanical = "drop mode=0 (Keras 2 has only that mode)", True
    elif entry.advice and code == "KRS301":
        replacement = entry.advice.replace(entry.old, value.text)
    elif entry.advice:
        replacement = entry.advice
    elif entry.new:
        replacement = f"{entry.new}={value.text}" if value.text else f"{entry.new}="
    else:
        replacement = "drop it"
    if entry.new is None:
        text = f"Keras 1 argument `{kw.name}=` of {shown}() is removed in Keras 2: {replacement}"
    else:
        text = f"Keras 1 keyword `{kw.name}=` of {shown}(): Keras 2 wants {replacement}"
    return Finding(code, message(code, text, spec.url), kw.anchor, mechanical)


def _hashable(value) -> bool:
    try:
        hash(value)
    except TypeError:
        return False
    return True


def _keyword_value(call: Call, name: str) -> Optional[Arg]:
    for kw in call.keywords:
        if kw.name == name:
            return kw.value
    return None


def _kernel_keywords_replacement(call: Call, entry) -> str:
    names = ("nb_row", "nb_col") if entry.old.startswith("nb_") else (
        "kernel_dim1", "kernel_dim2", "kernel_dim3")
    given = [_keyword_value(call, name) for name in names]
    positional_dims = [arg.text for arg in call.args[1:]]
    parts, from_args = [], list(positional_dims)
    for name, value in zip(names, given):
        parts.append(value.text if value is not None else (from_args.pop(0) if from_args
                                                          else name))
    return f"kernel_size=({', '.join(parts)})"


def _input_shape_replacement(call: Call) -> str:
    dim = _keyword_value(call, "input_dim")
    length = _keyword_value(call, "input_length")
    return (f"input_shape=({length.text if length else 'None'}, "
            f"{dim.text if dim else 'input_dim'})")


def _layer_call_findings(call: Call, name: str, spec: tables.Callable) -> Iterator[Finding]:
    extra = dict(tables.ANY_LAYER_KEYWORDS)
    if name in tables.ATROUS:
        extra["atrous_rate"] = tables.ATROUS_RATE
    yield from _keyword_findings(call, name, spec, extra)
    yield from _padding_value_findings(call, name, spec)
    if call.star_args or spec.positional is None:
        return
    args = list(call.args)
    if spec.keras2_name == "Conv2DTranspose" and len(args) == 4 and args[3].kind == "tuple":
        text = (f"Keras 1 positional output_shape {args[3].text} of {name}() removed in Keras 2: "
                f"drop it, Keras 2 infers the output shape")
        yield Finding("KRS105", message("KRS105", text, spec.url), args[3].anchor, False)
        args = args[:3]
    if spec.kernel_dims and len(args) == spec.kernel_dims + 1 and args[1].kind not in (
            "tuple", "list"):
        yield _positional_kernel_finding(call, name, spec, args)
        return
    if (spec.kernel_dims and len(args) == spec.kernel_dims
            and _keyword_value(call, "nb_col" if spec.kernel_dims == 2 else "kernel_dim3")):
        return  # reported through the nb_col / kernel_dim3 keyword
    if len(args) > len(spec.positional):
        yield _positional_finding(call, name, spec, args)


def _positional_kernel_finding(call, name, spec, args) -> Finding:
    dims = ", ".join(arg.text for arg in args[1:])
    rest = [arg.text for arg in args[:1]] + [f"({dims})"] + (["..."] if call.keywords else [])
    new_name = spec.keras2_name if name in tables.MODERNISE_ALIASES else name
    text = (f"Keras 1 kernel size {dims} passed as separate positionals to {name}(): "
            f"Keras 2 wants {new_name}({', '.join(rest)})")
    mechanical = all(arg.kind == "literal" and isinstance(arg.value, int) for arg in args[1:])
    return Finding("KRS203", message("KRS203", text, spec.url), args[1].anchor, mechanical)


def _positional_finding(call, name, spec, args) -> Finding:
    """Too many positionals: name the Keras 2 keyword each Keras 1 positional stood for."""
    allowed = len(spec.positional)
    keras1 = tables.KERAS1_POSITIONAL.get(spec.keras2_name, ())
    kept = [arg.text for arg in args[:allowed]]
    first_moved = allowed
    if spec.kernel_dims and len(args) > spec.kernel_dims and all(
            arg.kind not in ("tuple", "list") for arg in args[1:spec.kernel_dims + 1]):
        kept = [args[0].text, "(" + ", ".join(a.text for a in args[1:spec.kernel_dims + 1]) + ")"]
        first_moved = spec.kernel_dims + 1
    moved, mechanical = [], True
    for index in range(first_moved, len(args)):
        old = keras1[index] if index < len(keras1) else None
        entry = spec.keywords.get(old) if old else None
        value = args[index]
        if entry and entry.values and literal(value) and _hashable(value.value) \
                and value.value in entry.values:
            moved.append(f"{entry.new}={show(entry.values[value.value])}")
        elif old:
            moved.append(f"{entry.new if entry and entry.new else old}={value.text}")
        else:
            moved.append(value.text)
            mechanical = False
    rest = ["..."] if call.keywords else []
    new_name = spec.keras2_name if name in tables.MODERNISE_ALIASES else name
    names = ", ".join(spec.positional) or "none"
    plural = "s" if len(args) != 1 else ""
    text = (f"{name}() given {len(args)} positional argument{plural} in Keras 1 order, Keras 2 accepts "
            f"{allowed} ({names}): use {new_name}({', '.join(kept + moved + rest)})")
    return Finding("KRS108", message("KRS108", text, spec.url), args[allowed].anchor, mechanical)


def _padding_value_findings(call: Call, name: str, spec: tables.Callable) -> Iterator[Finding]:
    if spec.keras2_name not in ("ZeroPadding2D",) and name != "ZeroPadding1D":
        return
    padding = _keyword_value(call, "padding") or (call.args[0] if call.args else None)
    if padding is None:
        return
    if padding.kind == "dict" and spec.keras2_name == "ZeroPadding2D" and set(
            padding.dict_keys) <= set(tables.ZERO_PADDING_DICT_KEYS):
        text = (f"Keras 1 dict padding of {name}(): Keras 2 wants "
                f"padding=((top_pad, bottom_pad), (left_pad, right_pad))")
        yield Finding("KRS202", message("KRS202", text, spec.url), padding.anchor, False)
    elif padding.kind == "tuple" and len(padding.items) == 4 and all(
            item.kind == "literal" for item in padding.items):
        top, bottom, left, right = (item.text for item in padding.items)
        text = (f"Keras 1 flat 4-tuple padding of {name}(): Keras 2 wants "
                f"padding=(({top}, {bottom}), ({left}, {right}))")
        yield Finding("KRS109", message("KRS109", text, spec.url), padding.anchor, True)


def _merge_findings(call: Call, name: str) -> Iterator[Finding]:
    mode_arg = _keyword_value(call, "mode")
    if mode_arg is None and len(call.args) >= 2:
        mode_arg = call.args[1]
    mode = "sum" if mode_arg is None else (
        mode_arg.value if literal(mode_arg) and _hashable(mode_arg.value) else None)
    tensors = call.args[0].text if call.args else "[...]"
    if mode_arg is not None and mode_arg.kind == "lambda":
        text = (f"Keras 1 {name}() with a callable mode (removed in Keras 2.2): use "
                f"Lambda({mode_arg.text}, output_shape=...)({tensors})")
        yield Finding("KRS102", message("KRS102", text, tables.urls.layer("Lambda")), call.anchor,
                      False)
        return
    if mode not in tables.MERGE_MODES:
        text = (f"Keras 1 {name}() (removed in Keras 2.2): use the merge layer of its mode: "
                "Add, Multiply, Concatenate(axis=), Average, Maximum, Dot(axes=)")
        yield Finding("KRS102", message("KRS102", text, tables.urls.MERGING), call.anchor, False)
        return
    layer, function, renames = tables.MERGE_MODES[mode]
    arguments = [f"{renames[kw.name]}={kw.value.text}" for kw in call.keywords
                 if kw.name in renames]
    if "" in renames:
        arguments.append(renames[""])
    shown = ", ".join(arguments)
    if name == "Merge":
        replacement = f"{layer}({shown})({tensors})"
    else:
        replacement = f"{function}({', '.join([tensors] + arguments)})"
    text = f"Keras 1 {name}(mode={show(mode)}) (removed in Keras 2.2): use {replacement}"
    yield Finding("KRS102", message("KRS102", text, tables.urls.layer(layer)), call.anchor, False)


def _metric_findings(call: Call) -> Iterator[Finding]:
    metrics = _keyword_value(call, "metrics")
    if metrics is None and len(call.args) >= 3:
        metrics = call.args[2]
    if metrics is None:
        return
    for item in metrics.items:
        if item.value in tables.REMOVED_METRICS:
            text = (f"Keras 1 metric {item.text} removed in Keras 2: use a metric function of "
                    f"your own")
            yield Finding("KRS106", message("KRS106", text, tables.urls.METRICS), item.anchor,
                          False)


def _fit_epochs_findings(call: Call) -> Iterator[Finding]:
    names = {kw.name for kw in call.keywords}
    if call.star_args or names & {"epochs", "nb_epoch"} or len(call.args) >= 4:
        return
    text = ("fit() without epochs trained 10 epochs in Keras 1 and trains 1 in Keras 2: "
            "pass epochs= explicitly")
    yield Finding("KRS901", message("KRS901", text, tables.urls.TRAINING), call.anchor, False)


def _generator_positional_finding(call: Call, spec: tables.Callable) -> Finding:
    count = call.args[1].text
    steps = "steps_per_epoch" if call.method == "fit_generator" else "steps"
    text = (f"{call.method}() second positional {count} counted samples in Keras 1 and counts "
            f"batches in Keras 2: pass {steps}={count} // batch_size")
    return Finding("KRS302", message("KRS302", text, spec.url), call.args[1].anchor, False)


# -- classes ------------------------------------------------------------------------------
def _class_findings(info: ClassInfo, recurrent: bool) -> Iterator[Finding]:
    url = tables.urls.BASE_LAYER
    method_names = {method.name for method in info.methods}
    for method in info.methods:
        if method.name == "get_output_shape_for" and "compute_output_shape" not in method_names:
            text = (f"Keras 1 method {info.name}.get_output_shape_for is never called by Keras 2: "
                    f"rename it compute_output_shape")
            yield Finding("KRS401", message("KRS401", text, url), method.anchor, True)
        elif recurrent and method.name == "get_initial_states" and (
                "get_initial_state" not in method_names):
            text = (f"Keras 1 hook {info.name}.get_initial_states is never called by Keras 2.0.4+: "
                    f"rename it get_initial_state")
            yield Finding("KRS405", message("KRS405", text, url), method.anchor, True)
        elif recurrent and method.name in ("get_constants", "preprocess_input") and (
                "training" not in method.params):
            text = (f"Keras 1 hook {info.name}.{method.name} lacks the training parameter Keras 2 "
                    f"passes: use def {method.name}(self, inputs, training=None)")
            yield Finding("KRS405", message("KRS405", text, url), method.anchor, True)
    for store in info.stores:
        if store.attr == "trainable_weights" and store.how == "assign":
            text = ("Keras 1 assignment of self.trainable_weights: create weights with "
                    "self.add_weight(name=, shape=, initializer=), Keras 2 tracks them")
            yield Finding("KRS402", message("KRS402", text, url), store.anchor, False)
        elif store.attr == "regularizers":
            text = ("Keras 1 self.regularizers is gone in Keras 2: use "
                    "self.add_weight(..., regularizer=...) or self.add_loss(...)")
            yield Finding("KRS403", message("KRS403", text, url), store.anchor, False)
        elif store.attr == "constraints" and store.how in ("item", "assign"):
            text = ("Keras 1 self.constraints is gone in Keras 2: use "
                    "self.add_weight(..., constraint=...)")
            yield Finding("KRS404", message("KRS404", text, url), store.anchor, False)
    for call in info.self_calls:
        if call.method == "add_weight" and len(call.args) >= 2 and call.args[0].kind in (
                "tuple", "list"):
            named = ["shape=" + call.args[0].text, "initializer=" + call.args[1].text]
            named += [arg.text for arg in call.args[2:]]
            text = (f"Keras 1 positional order add_weight({call.args[0].text}, "
                    f"{call.args[1].text}, ...): Keras 2 orders (name, shape, ...), pass "
                    f"{', '.join(named[:2])} by keyword")
            yield Finding("KRS406", message("KRS406", text, url), call.args[0].anchor, True)


def _optimizer_findings(info: ClassInfo) -> Iterator[Finding]:
    for method in info.methods:
        if method.name == "get_updates" and "constraints" in method.params:
            text = (f"Keras 1 hook {info.name}.get_updates(self, params, constraints, loss): "
                    f"Keras 2.0.7+ calls it as get_updates(self, loss, params), use that signature")
            yield Finding("KRS405", message("KRS405", text, tables.urls.OPTIMIZERS),
                          method.anchor, False)
