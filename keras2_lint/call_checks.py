"""Findings on calls: Keras 1 keywords, values, positionals, merge modes and metrics."""
from __future__ import annotations

import re
from typing import List, Optional

from keras2_lint import tables
from keras2_lint.model import UNKNOWN, Arg, Call, Finding
from keras2_lint.rules import message

_SAMPLE_COUNT = r"\blen\(|\.shape\[0\]|nb_sample|n_samples|num_samples|\.samples\b"


def counts_samples(text: str) -> bool:
    """Whether an argument's text looks like a number of samples (Keras 1's unit)."""
    return re.search(_SAMPLE_COUNT, text) is not None  # compiled on first use, then cached


def literal(arg: Arg) -> bool:
    return arg.value is not UNKNOWN


def show(value) -> str:
    return repr(value)


_NO_KEYWORDS: dict = {}


def keyword_findings(call: Call, shown: str, spec: tables.Callable, found: List[Finding],
                     extra: Optional[dict] = None) -> None:
    """Append to ``found`` a finding for each Keras 1 keyword of ``call``."""
    grouped_done: tuple = ()  # keywords reported together (nb_row and nb_col), already reported
    keywords = spec.keywords
    extra = extra or _NO_KEYWORDS
    for kw in call.keywords:
        entry = keywords.get(kw.name) or extra.get(kw.name)
        if entry is None:
            continue
        group = entry.new if entry.code == "KRS203" or entry.new == "input_shape" else None
        if group is not None:
            if group in grouped_done:
                continue
            grouped_done += (group,)
        found.append(_keyword_finding(call, shown, spec, entry, kw))


def _converted(entry: Optional[tables.Keyword], arg: Arg):
    """The Keras 2 value of a literal Keras 1 value the keyword's map converts, else UNKNOWN."""
    if entry is None or not entry.values or not literal(arg) or not _hashable(arg.value):
        return UNKNOWN
    return entry.values.get(arg.value, UNKNOWN)


def _keras2_name(name: str, spec: tables.Callable) -> str:
    """The name to suggest: the Keras 2 class for a Keras 1 alias, else the name as written."""
    return spec.keras2_name if name in tables.MODERNISE_ALIASES else name


def _keyword_finding(call, shown, spec, entry, kw) -> Finding:
    value = kw.value
    code = entry.code
    mechanical = entry.mechanical
    converted = _converted(entry, value)
    if converted is not UNKNOWN:
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
        replacement = f"{entry.new}={value.text or ''}"
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
    parts, from_args = [], [arg.text for arg in call.args[1:]]
    for name, value in zip(names, given):
        if value is None:
            value_text = from_args.pop(0) if from_args else name
        else:
            value_text = value.text
        parts.append(value_text)
    return f"kernel_size=({', '.join(parts)})"


def _input_shape_replacement(call: Call) -> str:
    dim = _keyword_value(call, "input_dim")
    length = _keyword_value(call, "input_length")
    return (f"input_shape=({length.text if length else 'None'}, "
            f"{dim.text if dim else 'input_dim'})")


_ATROUS_LAYER_KEYWORDS = {**tables.ANY_LAYER_KEYWORDS, "atrous_rate": tables.ATROUS_RATE}


def layer_call_findings(call: Call, name: str, spec: tables.Callable,
                        found: List[Finding]) -> None:
    """Append to ``found`` the findings on a call of a layer class."""
    extra = _ATROUS_LAYER_KEYWORDS if name in tables.ATROUS else tables.ANY_LAYER_KEYWORDS
    keyword_findings(call, name, spec, found, extra)
    if spec.keras2_name == "ZeroPadding2D" or name == "ZeroPadding1D":
        _padding_value_findings(call, name, spec, found)
    if call.star_args or spec.positional is None:
        return
    _positional_findings(call, name, spec, found)


def _positional_findings(call: Call, name: str, spec: tables.Callable,
                         found: List[Finding]) -> None:
    args = call.args
    if spec.keras2_name == "Conv2DTranspose" and len(args) == 4 and args[3].kind == "tuple":
        text = (f"Keras 1 positional output_shape {args[3].text} of {name}() removed in Keras 2: "
                f"drop it, Keras 2 infers the output shape")
        found.append(Finding("KRS105", message("KRS105", text, spec.url), args[3].anchor, False))
        args = args[:3]
    if spec.kernel_dims and len(args) == spec.kernel_dims + 1 and args[1].kind not in (
            "tuple", "list"):
        found.append(_positional_kernel_finding(call, name, spec, args))
    elif (spec.kernel_dims and len(args) == spec.kernel_dims
            and _keyword_value(call, "nb_col" if spec.kernel_dims == 2 else "kernel_dim3")):
        pass  # reported through the nb_col / kernel_dim3 keyword
    elif len(args) > len(spec.positional):
        found.append(_positional_finding(call, name, spec, args))


def _positional_kernel_finding(call, name, spec, args) -> Finding:
    dims = ", ".join(arg.text for arg in args[1:])
    rest = [arg.text for arg in args[:1]] + [f"({dims})"] + (["..."] if call.keywords else [])
    text = (f"Keras 1 kernel size {dims} passed as separate positionals to {name}(): "
            f"Keras 2 wants {_keras2_name(name, spec)}({', '.join(rest)})")
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
        converted = _converted(entry, value)
        if converted is not UNKNOWN:
            moved.append(f"{entry.new}={show(converted)}")
        elif old:
            moved.append(f"{entry.new if entry and entry.new else old}={value.text}")
        else:
            moved.append(value.text)
            mechanical = False
    rest = ["..."] if call.keywords else []
    names = ", ".join(spec.positional) or "none"
    plural = "s" if len(args) != 1 else ""
    text = (f"{name}() given {len(args)} positional argument{plural} in Keras 1 order, "
            f"Keras 2 accepts {allowed} ({names}): "
            f"use {_keras2_name(name, spec)}({', '.join(kept + moved + rest)})")
    return Finding("KRS108", message("KRS108", text, spec.url), args[allowed].anchor, mechanical)


def _padding_value_findings(call: Call, name: str, spec: tables.Callable,
                            found: List[Finding]) -> None:
    padding = _keyword_value(call, "padding") or (call.args[0] if call.args else None)
    if padding is None:
        return
    if padding.kind == "dict" and spec.keras2_name == "ZeroPadding2D" and set(
            padding.dict_keys) <= set(tables.ZERO_PADDING_DICT_KEYS):
        text = (f"Keras 1 dict padding of {name}(): Keras 2 wants "
                f"padding=((top_pad, bottom_pad), (left_pad, right_pad))")
        found.append(Finding("KRS202", message("KRS202", text, spec.url), padding.anchor, False))
    elif padding.kind == "tuple" and len(padding.items) == 4 and all(
            item.kind == "literal" for item in padding.items):
        top, bottom, left, right = (item.text for item in padding.items)
        text = (f"Keras 1 flat 4-tuple padding of {name}(): Keras 2 wants "
                f"padding=(({top}, {bottom}), ({left}, {right}))")
        found.append(Finding("KRS109", message("KRS109", text, spec.url), padding.anchor, True))


def merge_findings(call: Call, name: str, found: List[Finding]) -> None:
    mode_arg = _keyword_value(call, "mode")
    if mode_arg is None and len(call.args) >= 2:
        mode_arg = call.args[1]
    mode = "sum" if mode_arg is None else (
        mode_arg.value if literal(mode_arg) and _hashable(mode_arg.value) else None)
    tensors = call.args[0].text if call.args else "[...]"
    if mode_arg is not None and mode_arg.kind == "lambda":
        text = (f"Keras 1 {name}() with a callable mode (removed in Keras 2.2): use "
                f"Lambda({mode_arg.text}, output_shape=...)({tensors})")
        found.append(Finding("KRS102", message("KRS102", text, tables.urls.layer("Lambda")),
                             call.anchor, False))
        return
    if mode not in tables.MERGE_MODES:
        text = (f"Keras 1 {name}() (removed in Keras 2.2): use the merge layer of its mode: "
                "Add, Multiply, Concatenate(axis=), Average, Maximum, Dot(axes=)")
        found.append(Finding("KRS102", message("KRS102", text, tables.urls.MERGING), call.anchor,
                             False))
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
    found.append(Finding("KRS102", message("KRS102", text, tables.urls.layer(layer)), call.anchor,
                         False))


def metric_findings(call: Call, found: List[Finding]) -> None:
    metrics = _keyword_value(call, "metrics")
    if metrics is None and len(call.args) >= 3:
        metrics = call.args[2]
    if metrics is None:
        return
    for item in metrics.items:
        if item.value in tables.REMOVED_METRICS:
            text = (f"Keras 1 metric {item.text} removed in Keras 2: use a metric function of "
                    f"your own")
            found.append(Finding("KRS106", message("KRS106", text, tables.urls.METRICS),
                                 item.anchor, False))


def fit_epochs_findings(call: Call, found: List[Finding]) -> None:
    names = {kw.name for kw in call.keywords}
    if call.star_args or names & {"epochs", "nb_epoch"} or len(call.args) >= 4:
        return
    text = ("fit() without epochs trained 10 epochs in Keras 1 and trains 1 in Keras 2: "
            "pass epochs= explicitly")
    found.append(Finding("KRS901", message("KRS901", text, tables.urls.TRAINING), call.anchor,
                         False))


def generator_positional_finding(call: Call, spec: tables.Callable) -> Finding:
    count = call.args[1].text
    steps = "steps_per_epoch" if call.method == "fit_generator" else "steps"
    text = (f"{call.method}() second positional {count} counted samples in Keras 1 and counts "
            f"batches in Keras 2: pass {steps}={count} // batch_size")
    return Finding("KRS302", message("KRS302", text, spec.url), call.args[1].anchor, False)
