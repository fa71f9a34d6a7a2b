"""Findings on classes: the Keras 1 custom-layer and custom-optimizer API.

None carries a fix: a custom layer's Keras 2 form is a person's decision (a renamed hook may
be what the class still offers its Keras 1 callers)."""
from __future__ import annotations

from typing import Iterator

from keras2_lint import tables
from keras2_lint.model import ClassInfo, Finding
from keras2_lint.rules import message


def layer_class_findings(info: ClassInfo, recurrent: bool) -> Iterator[Finding]:
    url = tables.urls.BASE_LAYER
    method_names = {method.name for method in info.methods}
    for method in info.methods:
        if method.name == "get_output_shape_for" and "compute_output_shape" not in method_names:
            text = (f"Keras 1 method {info.name}.get_output_shape_for is never called by Keras 2: "
                    f"rename it compute_output_shape")
            yield Finding("KRS401", message("KRS401", text, url), method.anchor)
        elif recurrent and method.name == "get_initial_states" and (
                "get_initial_state" not in method_names):
            text = (f"Keras 1 hook {info.name}.get_initial_states is never called by Keras 2.0.4+: "
                    f"rename it get_initial_state")
            yield Finding("KRS405", message("KRS405", text, url), method.anchor)
        elif recurrent and method.name in ("get_constants", "preprocess_input") and (
                "training" not in method.params):
            text = (f"Keras 1 hook {info.name}.{method.name} lacks the training parameter Keras 2 "
                    f"passes: use def {method.name}(self, inputs, training=None)")
            yield Finding("KRS405", message("KRS405", text, url), method.anchor)
    for store in info.stores:
        if store.attr == "trainable_weights" and store.how == "assign":
            text = ("Keras 1 assignment of self.trainable_weights: create weights with "
                    "self.add_weight(name=, shape=, initializer=), Keras 2 tracks them")
            yield Finding("KRS402", message("KRS402", text, url), store.anchor)
        elif store.attr == "regularizers":
            text = ("Keras 1 self.regularizers is gone in Keras 2: use "
                    "self.add_weight(..., regularizer=...) or self.add_loss(...)")
            yield Finding("KRS403", message("KRS403", text, url), store.anchor)
        elif store.attr == "constraints" and store.how in ("item", "assign"):
            text = ("Keras 1 self.constraints is gone in Keras 2: use "
                    "self.add_weight(..., constraint=...)")
            yield Finding("KRS404", message("KRS404", text, url), store.anchor)
    for call in info.self_calls:
        if call.method == "add_weight" and len(call.args) >= 2 and call.args[0].kind in (
                "tuple", "list"):
            named = ["shape=" + call.args[0].text, "initializer=" + call.args[1].text]
            named += [arg.text for arg in call.args[2:]]
            text = (f"Keras 1 positional order add_weight({call.args[0].text}, "
                    f"{call.args[1].text}, ...): Keras 2 orders (name, shape, ...), pass "
                    f"{', '.join(named[:2])} by keyword")
            yield Finding("KRS406", message("KRS406", text, url), call.args[0].anchor)


def optimizer_class_findings(info: ClassInfo) -> Iterator[Finding]:
    for method in info.methods:
        if method.name == "get_updates" and "constraints" in method.params:
            text = (f"Keras 1 hook {info.name}.get_updates(self, params, constraints, loss): "
                    f"Keras 2.0.7+ calls it as get_updates(self, loss, params), use that signature")
            yield Finding("KRS405", message("KRS405", text, tables.urls.OPTIMIZERS),
                          method.anchor)
