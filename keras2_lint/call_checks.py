"""Findings on calls: Keras 1 keywords, values, positionals, merge modes and metrics.

Each finding that needs no judgement carries its fix (:mod:`keras2_lint.fixes`): the edits
that turn the call into what Keras 2.2.4's own converter would make of it.
"""
from __future__ import annotations

import re
from typing import List, Optional

from keras2_lint import fixes, tables
from keras2_lint.model import UNKNOWN, Arg, Call, Finding
from keras2_lint.rules import message

_SAMPLE_COUNT = r"\blen\(|\.shape\[0\]|nb_sample|n_samples|num_samples|\.samples\b"


def counts_samples(text: str) -> bool:
    """Whether an argument's text looks like a number of samples (Keras 1's unit)."""
    return re.search(_SAMPLE_COUNT, text) is not None  # compiled on first use, then cached


_STRINGS = r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\""


def counts_steps(text: str) -> bool:
    """Whether an argument's text divides (``len(x) // batch_size``, ``int(n / size)``,
    ``math.ceil(n / size)``): a count already divided by a batch size, Keras 2's unit. A
    slash in a string (``len(os.listdir('data/train'))``) divides nothing."""
    return "/" in text and "/" in re.sub(_STRINGS, "", text)


def literal(arg: Arg) -> bool:
    return arg.value is not UNKNOWN


def show(value) -> str:
    return repr(value)


def may_be_int(arg: Arg) -> bool:
    """An int literal, or an expression that is not a literal of another type: where Keras 1
    wanted an int, Keras 1 code passes one."""
    if arg.kind == "literal":
        return type(arg.value) is int
    return arg.kind in ("other", "call")


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


class _Outcome:
    """What a finding suggests, and the fix that applies it (or why none can)."""

    __slots__ = ("replacement", "fix", "refusal", "code")

    def __init__(self, replacement: str, fix=None, refusal: str = "", code: str = ""):
        self.replacement = replacement
        self.fix = fix
        self.refusal = refusal
        self.code = code


def _keyword_finding(call, shown, spec, entry, kw) -> Finding:
    outcome = _keyword_outcome(call, spec, entry, kw)
    code = outcome.code or entry.code
    if entry.new is None:
        text = (f"Keras 1 argument `{kw.name}=` of {shown}() is removed in Keras 2: "
                f"{outcome.replacement}")
    else:
        text = f"Keras 1 keyword `{kw.name}=` of {shown}(): Keras 2 wants {outcome.replacement}"
    return Finding(code, message(code, text, spec.url), kw.anchor, outcome.fix, outcome.refusal)


def _keyword_outcome(call, spec, entry, kw) -> _Outcome:
    value = kw.value
    converted = _converted(entry, value)
    if converted is not UNKNOWN:
        if entry.old == "border_mode":  # 'full' has no Keras 2 value off Theano
            return _Outcome("ZeroPadding before the layer and padding='valid' (padding='full' "
                            "works only on the Theano backend)", code="KRS109")
        shown = f"{entry.new}=None (or leave it out)" if converted is None else \
            f"{entry.new}={show(converted)}"
        return _renamed(call, kw, entry, shown, fixes.replace(value, show(converted)))
    if entry.values and entry.old == "forget_bias_init":
        return _Outcome(entry.advice)  # Keras 2 ignores another initializer: a person decides
    if entry.values and entry.old != "border_mode":
        choices = ", ".join(f"{show(k)} -> {show(v)}" for k, v in entry.values.items())
        return _Outcome(f"{entry.new}= with the value converted ({choices})")
    if entry.code == "KRS203":
        return _kernel_keywords_outcome(call, spec, entry)
    if entry.new == "input_shape":
        return _input_shape_outcome(call)
    if entry.old == "mode" and literal(value) and value.value == 0:
        return _Outcome("drop mode=0 (Keras 2 has only that mode)", (fixes.drop(kw),))
    if entry.advice and entry.code == "KRS301":  # a value that divides already counts steps
        return _Outcome(f"{entry.new}={value.text}" if counts_steps(value.text)
                        else entry.advice.replace(entry.old, value.text))
    if entry.old == "init" and entry.new == "depthwise_initializer":
        return _separable_init_outcome(call, entry, kw)
    if entry.advice:
        return _Outcome(entry.advice)
    if entry.new:
        outcome = _renamed(call, kw, entry, f"{entry.new}={value.text or ''}")
        return outcome if entry.mechanical else _Outcome(outcome.replacement)
    return _Outcome("drop it")


def _given(call: Call, name: str) -> bool:
    for kw in call.keywords:  # a loop, not any(): it runs for every keyword reported
        if kw.name == name:
            return True
    return False


def _renamed(call: Call, kw, entry, replacement: str, *more) -> _Outcome:
    """A keyword renamed (and its value replaced by ``more``), unless the call gives the new
    keyword too: Keras 2.2.4's converter raises TypeError on that."""
    if _given(call, entry.new):
        return _Outcome(replacement, refusal=f"`{entry.new}=` is given too (Keras 2 raises "
                                             f"TypeError)")
    edits = (fixes.rename_keyword(kw, entry.new), *more)
    if entry is tables.ATROUS_RATE:  # the rate only means it once the callee is the layer
        edits += (fixes.rename_callee(call, _atrous_layer(call.callee.qualname)),)
    return _Outcome(replacement, edits)


def _atrous_layer(qualname: str) -> str:
    module, _, name = qualname.rpartition(".")
    return f"{module}.{tables.ATROUS[name]}"


def _separable_init_outcome(call, entry, kw) -> _Outcome:
    """Keras 2.2.4 gives the one Keras 1 initializer to both of SeparableConv2D's (``kw``: the
    keyword, or the positional argument, that gives it)."""
    value = kw if isinstance(kw, Arg) else kw.value
    other = "pointwise_initializer"
    if _given(call, entry.new) or _given(call, other):
        return _Outcome(entry.advice, refusal="a Keras 2 initializer is given too")
    if not (literal(value) or value.kind == "other" and value.text.replace(".", "").isidentifier()):
        return _Outcome(entry.advice, refusal="the initializer is an expression: written twice "
                                              "it would be evaluated twice")
    return _Outcome(entry.advice, (fixes.replace(kw, f"{entry.new}=", value, f", {other}=",
                                                 value),))


def _hashable(value) -> bool:
    try:
        hash(value)
    except TypeError:
        return False
    return True


def _keyword(call: Call, name: str):
    for kw in call.keywords:
        if kw.name == name:
            return kw
    return None


def _keyword_value(call: Call, name: str) -> Optional[Arg]:
    kw = _keyword(call, name)
    return None if kw is None else kw.value


def _kernel_names(entry) -> tuple:
    return ("nb_row", "nb_col") if entry.old.startswith("nb_") else (
        "kernel_dim1", "kernel_dim2", "kernel_dim3")


def _kernel_keywords_outcome(call: Call, spec: tables.Callable, entry) -> _Outcome:
    names = _kernel_names(entry)
    given = [_keyword_value(call, name) for name in names]
    parts, from_args = [], [arg.text for arg in call.args[1:]]
    for name, value in zip(names, given):
        if value is None:
            value_text = from_args.pop(0) if from_args else name
        else:
            value_text = value.text
        parts.append(value_text)
    replacement = f"kernel_size=({', '.join(parts)})"
    fix, refusal = _kernel_keywords_fix(call, names)
    return _Outcome(replacement, fix, refusal)


def _kernel_keywords_fix(call: Call, names: tuple):
    """``nb_row=, nb_col=`` (or ``kernel_dim1..3=``), some dimensions perhaps positional after
    the filters: Keras 2.2.4 makes them one kernel_size when every dimension is given, the
    positional ones being ints."""
    if call.hidden:
        return None, "*args or **kwargs may hold kernel dimensions too"
    if _given(call, "kernel_size"):
        return None, "kernel_size= is given too"
    positional = list(call.args[1:])
    wanted = names[len(positional):]
    keywords = [_keyword(call, name) for name in wanted]
    if len(positional) >= len(names) or None in keywords or any(
            _given(call, name) for name in names[:len(positional)]):
        return None, f"Keras 2.2.4 converts only when each of {', '.join(names)} is given once"
    if not all(may_be_int(arg) for arg in positional):
        return None, "a positional kernel dimension is not an int"
    if len(positional) == 2 and any(_given(call, name) for name in
                                    tables.KERNEL_POSITIONAL_CONFLICTS):
        return None, "Keras 2.2.4 raises ValueError on two int positionals with padding=, " \
                     "strides= or data_format="
    dims = [*positional, *(kw.value for kw in keywords)]
    tuple_parts = _joined_parts(dims)
    if positional:
        edits = [fixes.replace(positional[0], "(", *tuple_parts, ")")]
        edits += [fixes.drop(arg) for arg in positional[1:]]
        edits += [fixes.drop(kw) for kw in keywords]
    else:
        edits = [fixes.replace(keywords[0], "kernel_size=(", *tuple_parts, ")")]
        edits += [fixes.drop(kw) for kw in keywords[1:]]
    return tuple(edits), ""


def _joined_parts(args) -> list:
    parts: list = []
    for arg in args:
        if parts:
            parts.append(", ")
        parts.append(arg)
    return parts


def _input_shape_replacement(call: Call) -> str:
    dim = _keyword_value(call, "input_dim")
    length = _keyword_value(call, "input_length")
    return (f"input_shape=({length.text if length else 'None'}, "
            f"{dim.text if dim else 'input_dim'})")


def _input_shape_outcome(call: Call) -> _Outcome:
    """Keras 2.2.4 makes ``input_dim=`` (and ``input_length=``, else None) one input_shape."""
    replacement = _input_shape_replacement(call)
    dim, length = _keyword(call, "input_dim"), _keyword(call, "input_length")
    if dim is None:
        return _Outcome(replacement, refusal="input_length= without input_dim= is not converted")
    if _given(call, "input_shape") or call.hidden:
        return _Outcome(replacement, refusal="input_shape= may be given too")
    edits = [fixes.replace(dim, "input_shape=(", length.value if length else "None", ", ",
                           dim.value, ")")]
    if length is not None:
        edits.append(fixes.drop(length))
    return _Outcome(replacement, tuple(edits))


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
    output_shape = None
    if spec.keras2_name == "Conv2DTranspose" and len(args) == 4 and args[3].kind == "tuple":
        text = (f"Keras 1 positional output_shape {args[3].text} of {name}() removed in Keras 2: "
                f"drop it, Keras 2 infers the output shape")
        found.append(Finding("KRS105", message("KRS105", text, spec.url), args[3].anchor))
        output_shape = args[3]
        args = args[:3]
    if spec.kernel_dims and len(args) == spec.kernel_dims + 1 and args[1].kind not in (
            "tuple", "list"):
        found.append(_positional_kernel_finding(call, name, spec, args, output_shape))
    elif (spec.kernel_dims and len(args) == spec.kernel_dims
            and _keyword_value(call, "nb_col" if spec.kernel_dims == 2 else "kernel_dim3")):
        pass  # reported through the nb_col / kernel_dim3 keyword
    elif len(args) > len(spec.positional):
        found.append(_positional_finding(call, name, spec, args))


def _positional_kernel_finding(call, name, spec, args, output_shape) -> Finding:
    dims = ", ".join(arg.text for arg in args[1:])
    rest = [arg.text for arg in args[:1]] + [f"({dims})"] + (["..."] if call.keywords else [])
    text = (f"Keras 1 kernel size {dims} passed as separate positionals to {name}(): "
            f"Keras 2 wants {_keras2_name(name, spec)}({', '.join(rest)})")
    fix, refusal = _kernel_wrap(call, spec, args[1:])
    if output_shape is not None:  # wrapped before it is dropped, it would be read as strides
        fix, refusal = None, "the positional output_shape must be dropped first"
    return Finding("KRS203", message("KRS203", text, spec.url), args[1].anchor, fix, refusal)


def _kernel_wrap(call: Call, spec: tables.Callable, dims):
    """The kernel dimensions given as positionals made one tuple, as Keras 2.2.4 does."""
    if not all(may_be_int(arg) for arg in dims):
        return None, "a positional kernel dimension is not an int"
    if spec.kernel_dims == 2 and any(_given(call, keyword) for keyword in
                                     tables.KERNEL_POSITIONAL_CONFLICTS):
        return None, "Keras 2.2.4 raises ValueError on int positionals with padding=, " \
                     "strides= or data_format="
    return (fixes.insert_before(dims[0], "("), _closing(dims[-1])), ""


def _closing(arg: Arg) -> fixes.Edit:
    return fixes.replace(arg, arg, ")")


def _positional_finding(call, name, spec, args) -> Finding:
    """Too many positionals: name the Keras 2 keyword each Keras 1 positional stood for."""
    allowed = len(spec.positional)
    keras1 = tables.KERAS1_POSITIONAL.get(name) or tables.KERAS1_POSITIONAL.get(
        spec.keras2_name, ())
    kept = [arg.text for arg in args[:allowed]]
    first_moved = allowed
    edits: list = []
    refusal = ""
    if spec.kernel_dims and len(args) > spec.kernel_dims and all(
            arg.kind not in ("tuple", "list") for arg in args[1:spec.kernel_dims + 1]):
        kept = [args[0].text, "(" + ", ".join(a.text for a in args[1:spec.kernel_dims + 1]) + ")"]
        first_moved = spec.kernel_dims + 1
        wrap, refusal = _kernel_wrap(call, spec, args[1:first_moved])
        edits.extend(wrap or ())
    moved = []
    for index in range(first_moved, len(args)):
        text, edit, why = _moved_positional(call, spec, keras1, index, args[index])
        moved.append(text)
        edits.append(edit)
        refusal = refusal or why
    rest = ["..."] if call.keywords else []
    names = ", ".join(spec.positional) or "none"
    plural = "s" if len(args) != 1 else ""
    text = (f"{name}() given {len(args)} positional argument{plural} in Keras 1 order, "
            f"Keras 2 accepts {allowed} ({names}): "
            f"use {_keras2_name(name, spec)}({', '.join(kept + moved + rest)})")
    fix = None if refusal else tuple(edits)
    return Finding("KRS108", message("KRS108", text, spec.url), args[allowed].anchor, fix,
                   refusal)


def _moved_positional(call, spec, keras1, index, value):
    """What a Keras 1 positional becomes as a Keras 2 keyword: its text in the message, the
    edit, and why it cannot be moved (if it cannot)."""
    old = keras1[index] if index < len(keras1) else None
    if old is None:
        return value.text, None, f"Keras 1 took no positional argument {index + 1}"
    entry = spec.keywords.get(old)
    converted = _converted(entry, value)
    new = entry.new if entry else old
    if entry is not None and entry.old == "border_mode" and converted is UNKNOWN:
        return f"{new}={value.text}", fixes.insert_before(value, f"{new}="), _collision(call, new)
    if entry is not None and entry.old == "border_mode":  # 'full': no Keras 2 value off Theano
        return f"{old}={value.text}", None, "positional border_mode='full' needs a person"
    if converted is not UNKNOWN:
        return (f"{new}={show(converted)}", fixes.replace(value, f"{new}={show(converted)}"),
                _collision(call, new))
    if entry is not None and entry.old == "mode" and literal(value) and value.value == 0:
        return "(drop mode=0)", fixes.drop(value), ""  # BatchNormalization's only Keras 2 mode
    text = f"{new or old}={value.text}"
    if entry is not None and entry.old == "init" and entry.new == "depthwise_initializer":
        outcome = _separable_init_outcome(call, entry, value)
        return text, outcome.fix and outcome.fix[0], outcome.refusal
    if entry is not None and (entry.values or entry.advice or not entry.mechanical
                              or entry.new is None):
        return text, None, f"positional {old} needs a person"
    return text, fixes.insert_before(value, f"{new}="), _collision(call, new)


def _collision(call: Call, name: str) -> str:
    return f"{name}= is given too" if _given(call, name) else ""


def _padding_value_findings(call: Call, name: str, spec: tables.Callable,
                            found: List[Finding]) -> None:
    padding = _keyword_value(call, "padding") or (call.args[0] if call.args else None)
    if padding is None:
        return
    if padding.kind == "dict" and spec.keras2_name == "ZeroPadding2D" and set(
            padding.dict_keys) <= set(tables.ZERO_PADDING_DICT_KEYS):
        text = (f"Keras 1 dict padding of {name}(): Keras 2 wants "
                f"padding=((top_pad, bottom_pad), (left_pad, right_pad))")
        fix, refusal = _dict_padding_fix(padding)
        found.append(Finding("KRS202", message("KRS202", text, spec.url), padding.anchor, fix,
                             refusal))
    elif padding.kind == "tuple" and len(padding.items) == 4 and all(
            item.kind == "literal" for item in padding.items):
        top, bottom, left, right = padding.items
        text = (f"Keras 1 flat 4-tuple padding of {name}(): Keras 2 wants "
                f"padding=(({top.text}, {bottom.text}), ({left.text}, {right.text}))")
        fix = (fixes.replace(padding, "((", top, ", ", bottom, "), (", left, ", ", right, "))"),)
        found.append(Finding("KRS109", message("KRS109", text, spec.url), padding.anchor, fix))


def _dict_padding_fix(padding: Arg):
    """Keras 2.2.4 reads the four Keras 1 keys, each 0 when missing."""
    keys = padding.dict_keys
    if len(keys) != len(padding.items) or len(set(keys)) != len(keys):
        return None, "the dict is not a plain display of distinct keys"
    values = dict(zip(keys, padding.items))
    parts = [values.get(key, "0") for key in tables.ZERO_PADDING_DICT_KEYS]
    return (fixes.replace(padding, "((", parts[0], ", ", parts[1], "), (", parts[2], ", ",
                          parts[3], "))"),), ""


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
                             call.anchor))
        return
    if mode not in tables.MERGE_MODES:
        text = (f"Keras 1 {name}() (removed in Keras 2.2): use the merge layer of its mode: "
                "Add, Multiply, Concatenate(axis=), Average, Maximum, Dot(axes=)")
        found.append(Finding("KRS102", message("KRS102", text, tables.urls.MERGING), call.anchor))
        return
    spec = tables.MERGE_MODES[mode]
    renames = spec.renames
    arguments = [f"{renames[kw.name]}={kw.value.text}" for kw in call.keywords
                 if kw.name in renames]
    if "" in renames:
        arguments.append(renames[""])
    shown = ", ".join(arguments)
    if name == "Merge":
        replacement = f"{spec.layer}({shown})({tensors})"
    else:
        replacement = f"{spec.function}({', '.join([tensors] + arguments)})"
    text = f"Keras 1 {name}(mode={show(mode)}) (removed in Keras 2.2): use {replacement}"
    fix, refusal = _merge_fix(call, name, spec, mode_arg)
    found.append(Finding("KRS102", message("KRS102", text, tables.urls.layer(spec.layer)),
                         call.anchor, fix, refusal))


def _merge_fix(call: Call, name: str, spec: tables.MergeMode, mode_arg: Optional[Arg]):
    """merge(tensors, mode=...) becomes the mode's function, Merge(mode=...) its layer class
    (only unapplied: a Merge of layers builds a Sequential branch, which needs a person)."""
    if spec.changes:
        return None, spec.changes
    if call.hidden:
        return None, "*args or **kwargs may hold more merge arguments"
    if name == "Merge":
        if call.args or _given(call, "layers"):
            return None, "a Merge of layers (a Sequential branch) has no one-line Keras 2 form"
        new = spec.layer
    else:
        if len(call.args) > 2:
            return None, "positional axes need a person"
        new = spec.function
    others = sorted({kw.name for kw in call.keywords} - tables.MERGE_KEYWORDS)
    if others:
        return None, f"{', '.join(others)}= has no Keras 2 form for a string mode"
    edits = [fixes.rename_callee(call, f"{tables.MERGE_MODULE}.{new}")]
    if mode_arg is not None:
        edits.append(fixes.drop(_keyword(call, "mode") or mode_arg))
    for kw in call.keywords:
        if kw.name in spec.renames:
            edits.append(fixes.rename_keyword(kw, spec.renames[kw.name]))
        elif kw.name in ("concat_axis", "dot_axes"):  # another mode's axes: Keras 1 ignored it
            edits.append(fixes.drop(kw))
    if spec.default and not any(kw.name in spec.renames for kw in call.keywords):
        edits.append(fixes.append(call, spec.default))
    return tuple(edits), ""


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
                                 item.anchor))


def fit_epochs_findings(call: Call, found: List[Finding]) -> None:
    names = {kw.name for kw in call.keywords}
    if call.hidden or names & {"epochs", "nb_epoch"} or len(call.args) >= 4:
        return
    text = ("fit() without epochs trained 10 epochs in Keras 1 and trains 1 in Keras 2: "
            "pass epochs= explicitly")
    found.append(Finding("KRS901", message("KRS901", text, tables.urls.TRAINING), call.anchor))


def generator_positional_finding(call: Call, spec: tables.Callable) -> Optional[Finding]:
    """The second positional of a generator method as a Keras 1 sample count, or None when
    the call is Keras 2 code: it passes a keyword Keras 1 did not accept, or the count divides
    already (a step count)."""
    count = call.args[1].text
    keras2_only = tables.KERAS2_ONLY_KEYWORDS[call.method]
    if counts_steps(count) or any(kw.name in keras2_only for kw in call.keywords):
        return None
    steps = "steps_per_epoch" if call.method == "fit_generator" else "steps"
    text = (f"{call.method}() second positional {count} counted samples in Keras 1 and counts "
            f"batches in Keras 2: pass {steps}={count} // batch_size")
    return Finding("KRS302", message("KRS302", text, spec.url), call.args[1].anchor)
