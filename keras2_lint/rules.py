"""The rules: one entry per message code, shared by the flake8 and pylint front-ends.

A rule is the *kind* of Keras 1 form; the tables in :mod:`keras2_lint.tables` say which
names, keywords and values belong to it. Codes are numbered by what Keras 2 does with
the Keras 1 form, so users can select whole families (``KRS1`` breaks, ``KRS2`` warns,
``KRS3`` changes meaning, ``KRS4`` custom layers). ``KRS9`` rules are off by default, like
flake8-bugbear's ``B9``: any explicit ``select``/``extend-select`` naming them (or the bare
``KRS`` prefix) turns them on.
"""
from __future__ import annotations

import enum

from keras2_lint import urls
from keras2_lint.model import Record


class Severity(enum.Enum):
    REMOVED = "removed"          # import or call fails on Keras 2
    DEPRECATED = "deprecated"    # Keras 2.0-2.2 accept it with a warning, later Keras 2 reject it
    SILENT = "silent"            # accepted without a warning, but means something else
    CUSTOM_LAYER = "custom-layer"  # Keras 1 custom-layer API
    MODERNISE = "modernise"      # still valid Keras 2, only an old spelling (off by default)


SEVERITY_TEXT = {
    Severity.REMOVED: "fails on Keras 2",
    Severity.DEPRECATED: "warns on Keras 2.0-2.2, fails on later Keras 2",
    Severity.SILENT: "silently changes meaning on Keras 2",
    Severity.CUSTOM_LAYER: "Keras 1 custom-layer API",
    Severity.MODERNISE: "old Keras 1 spelling, still accepted",
}


class Rule(Record):
    __slots__ = ("code", "symbol", "severity", "title", "why", "keras1", "keras2", "url", "fix",
                 "upgrade", "default_enabled")

    def __init__(self, code: str, symbol: str, severity: Severity, title: str, why: str,
                 keras1: str, keras2: str, url: str, fix: str, upgrade: str,
                 default_enabled: bool = True):
        self.code = code
        self.symbol = symbol
        self.severity = severity
        self.title = title
        self.why = why
        self.keras1 = keras1
        self.keras2 = keras2
        self.url = url
        self.fix = fix  # "mechanical", "judgement", or "mixed" (each finding says which it is)
        self.upgrade = upgrade  # what keras2-upgrade rewrites of it, and what it reports
        self.default_enabled = default_enabled


RULES = (
    # -- KRS1xx: removed, the import or call fails on Keras 2 ---------------------------
    Rule("KRS101", "keras1-removed-layer", Severity.REMOVED,
         "Layer class removed in Keras 2",
         "The class no longer exists in Keras 2 (or no longer in that module): the import fails.",
         "from keras.layers.core import TimeDistributedDense\nTimeDistributedDense(64)",
         "from keras.layers import Dense, TimeDistributed\nTimeDistributed(Dense(64))",
         urls.layer("TimeDistributed"), "mixed",
         "drops the import of a removed layer class that nothing uses; reports each use (a "
         "person picks the Keras 2 layers)"),
    Rule("KRS102", "keras1-merge", Severity.REMOVED,
         "Merge / merge(mode=...) replaced by one merge layer per mode",
         "Keras 2.0-2.1 still ran `Merge`/`merge` with a deprecation warning; Keras 2.2 deleted "
         "them (`Merge` fails to import, `keras.layers.merge` is a module and calling it fails).",
         "from keras.layers import merge\ny = merge([a, b], mode='concat', concat_axis=-1)",
         "from keras.layers import concatenate\ny = concatenate([a, b], axis=-1)",
         urls.MERGING, "mixed",
         "rewrites merge(..., mode=...) with a string mode, and an unapplied Merge(mode=...), "
         "into the mode's function or layer class, importing it and dropping merge/Merge once "
         "unused; reports mode='cos' (Keras 1 added an axis), callable modes, a Merge of layers "
         "in a Sequential model and output_shape/output_mask/arguments"),
    Rule("KRS103", "keras1-removed-module", Severity.REMOVED,
         "Module removed or renamed in Keras 2",
         "The module does not exist in Keras 2: the import fails.",
         "from keras.utils.visualize_util import plot\nplot(model, to_file='model.png')",
         "from keras.utils import plot_model\nplot_model(model, to_file='model.png')",
         urls.PLOT_MODEL, "mixed",
         "rewrites imports of plot and model_to_dot from keras.utils.visualize_util (plot "
         "becomes plot_model) and drops unused imports of removed modules; reports the rest"),
    Rule("KRS104", "keras1-removed-function", Severity.REMOVED,
         "Function or class removed or renamed in Keras 2",
         "The name no longer exists in Keras 2, with no alias and no warning: the import, the "
         "attribute access or the call fails.",
         "from keras import regularizers\nregularizers.l1l2(l1=0.01, l2=0.01)",
         "from keras import regularizers\nregularizers.l1_l2(l1=0.01, l2=0.01)",
         urls.REGULARIZERS, "mixed",
         "renames l1l2, K.lesser and K.lesser_equal (the import and its uses); drops unused "
         "imports of removed functions; reports the others"),
    Rule("KRS105", "keras1-removed-argument", Severity.REMOVED,
         "Argument removed in Keras 2",
         "Keras 2 either rejects the argument (TypeError) or drops it, so the Keras 1 behaviour "
         "it asked for is gone.",
         "Embedding(10000, 128, dropout=0.2)",
         "Embedding(10000, 128)\nSpatialDropout1D(0.2)",
         urls.layer("Embedding"), "mixed",
         "drops BatchNormalization(mode=0); reports the other removed arguments"),
    Rule("KRS106", "keras1-removed-metric", Severity.REMOVED,
         "Metric removed in Keras 2",
         "Keras 2 removed the batch-wise precision/recall/F-measure metrics: the metric name "
         "is unknown (ValueError) and the function is gone (AttributeError).",
         "model.compile('adam', 'binary_crossentropy', metrics=['fmeasure'])",
         "model.compile('adam', 'binary_crossentropy', metrics=[my_f1])  # your own metric",
         urls.METRICS, "mixed",
         "drops an unused import of a removed metric; reports metric names given to compile()"),
    Rule("KRS107", "keras1-keyword-rejected", Severity.REMOVED,
         "Keyword renamed in Keras 2 without a compatibility shim",
         "No Keras 2 release converts this keyword: the call fails with TypeError.",
         "np_utils.to_categorical(y, nb_classes=10)",
         "keras.utils.to_categorical(y, num_classes=10)",
         urls.TO_CATEGORICAL, "mixed",
         "renames the keyword, converting a literal dim_ordering value; reports a dim_ordering "
         "value that is not a literal"),
    Rule("KRS108", "keras1-positional-arguments", Severity.REMOVED,
         "Positional arguments in Keras 1 order",
         "Keras 2 reordered the constructor and accepts only a few positional arguments; "
         "Keras 1 positional calls fail with TypeError.",
         "Dense(64, 'uniform', 'relu')",
         "Dense(64, kernel_initializer='uniform', activation='relu')",
         urls.layer("Dense"), "mixed",
         "moves each Keras 1 positional to its Keras 2 keyword (kernel sizes into one tuple); "
         "reports a positional Keras 1 did not take, a value to convert that is not a literal, "
         "and a keyword given twice"),
    Rule("KRS109", "keras1-value-rejected", Severity.REMOVED,
         "Argument value Keras 2 rejects",
         "Keras 2 renamed the keyword but does not accept the Keras 1 value.",
         "Convolution2D(32, 3, 3, border_mode='full')",
         "ZeroPadding2D(2)\nConv2D(32, (3, 3), padding='valid')",
         urls.layer("Conv2D"), "mixed",
         "turns a flat 4-tuple ZeroPadding2D padding into nested pairs; reports "
         "border_mode='full'"),
    # -- KRS2xx: deprecated, Keras 2.0-2.2 convert it with a warning ---------------------
    Rule("KRS201", "keras1-keyword", Severity.DEPRECATED,
         "Keras 1 keyword renamed in Keras 2",
         "Keras 2.0-2.2 rename the keyword at run time with a `UserWarning` "
         "(\"Update your call to the Keras 2 API\"); later Keras 2 releases reject it.",
         "Dense(output_dim=64, init='uniform', W_regularizer=l2(0.01))",
         "Dense(units=64, kernel_initializer='uniform', kernel_regularizer=l2(0.01))",
         urls.layer("Dense"), "mixed",
         "renames the keyword as Keras 2.2.4's converter does (input_dim= and input_length= "
         "become one input_shape=, SeparableConv2D's init= both of its initializers); reports a "
         "call that gives the Keras 2 keyword too, and input_length= without input_dim="),
    Rule("KRS202", "keras1-value", Severity.DEPRECATED,
         "Keras 1 keyword whose value is converted in Keras 2",
         "Keras 2.0-2.2 rename the keyword and convert its value with a warning; later "
         "Keras 2 releases reject it.",
         "MaxPooling2D((2, 2), dim_ordering='th')",
         "MaxPooling2D((2, 2), data_format='channels_first')",
         urls.layer("MaxPooling2D"), "mixed",
         "renames the keyword and converts a literal value (dim_ordering, consume_less, "
         "forget_bias_init='one', ZeroPadding2D's dict padding); reports a value that is not a "
         "literal, or that Keras 2 ignores"),
    Rule("KRS203", "keras1-kernel-size", Severity.DEPRECATED,
         "Kernel size given as separate Keras 1 dimensions",
         "Keras 2 takes one `kernel_size` tuple. Keras 2.0-2.2 merge the Keras 1 `nb_row, nb_col` "
         "(or `kernel_dim1..3`) with a warning; later Keras 2 read the third positional as "
         "`strides`.",
         "Convolution2D(32, 3, 3, activation='relu')",
         "Conv2D(32, (3, 3), activation='relu')",
         urls.layer("Conv2D"), "mixed",
         "makes separate kernel sizes one tuple, and nb_row=/nb_col= (kernel_dim1..3=) one "
         "kernel_size=, where Keras 2.2.4 would; reports what it would refuse: "
         "padding=/strides=/data_format= beside int positionals, a missing dimension, "
         "kernel_size= given too, sizes that are not ints, arguments hidden in *args/**kwargs"),
    Rule("KRS204", "keras1-deprecated-name", Severity.DEPRECATED,
         "Keras 1 name that Keras 2.0-2.2 still ship beside its replacement",
         "The old name still works in Keras 2.0-2.2 (some with a warning) but is gone from "
         "later Keras 2 releases.",
         "from keras import backend as K\nif K.image_dim_ordering() == 'th': ...",
         "from keras import backend as K\nif K.image_data_format() == 'channels_first': ...",
         urls.BACKEND_UTILS, "mixed",
         "renames keras.objectives to keras.losses, and the Atrous layers to Conv1D/Conv2D with "
         "dilation_rate=; reports image_dim_ordering(), MaxoutDense, Highway, and the Atrous "
         "layers of a file that passes them dilation_rate= (Keras 2.2.4 overwrites it)"),
    # -- KRS3xx: silent change of meaning ---------------------------------------------
    Rule("KRS301", "keras1-samples-not-steps", Severity.SILENT,
         "Generator argument counted samples in Keras 1, batches in Keras 2",
         "Keras 2 counts generator steps (batches), not samples. `samples_per_epoch` is divided "
         "by the batch size only when the generator has a `batch_size` attribute; "
         "`nb_val_samples` and `val_samples` are never divided, so Keras 2 draws that many "
         "*batches*.",
         "model.fit_generator(gen, samples_per_epoch=6400, nb_val_samples=640)",
         "model.fit_generator(gen, steps_per_epoch=6400 // batch_size,\n"
         "                    validation_steps=640 // batch_size)",
         urls.GENERATORS, "judgement",
         "reports it: samples became batches, which only the code's author can count"),
    Rule("KRS302", "keras1-generator-positional", Severity.SILENT,
         "Generator method called with Keras 1 positional counts",
         "The second positional argument of `fit_generator`/`evaluate_generator`/"
         "`predict_generator` was a number of samples in Keras 1 and is a number of batches in "
         "Keras 2; nothing converts it. Reported in files that show other Keras 1 forms, or "
         "when the value is plainly a sample count (`len(x)`, `x.shape[0]`, `.nb_sample`). "
         "Not reported when the call is Keras 2 code: it passes a keyword Keras 1 did not "
         "have (`epochs=`, `workers=`, `validation_steps=`, ...), or the value already divides "
         "by a batch size (`len(x) // batch_size`).",
         "model.fit_generator(gen, len(x_train), 10)",
         "model.fit_generator(gen, steps_per_epoch=len(x_train) // batch_size, epochs=10)",
         urls.GENERATORS, "judgement",
         "reports it: samples became batches, which only the code's author can count"),
    Rule("KRS303", "keras1-sklearn-nb-epoch", Severity.SILENT,
         "scikit-learn wrapper given nb_epoch",
         "`KerasClassifier`/`KerasRegressor` forward only arguments that `fit` names; Keras 2's "
         "`fit` has no `nb_epoch`, so it is silently dropped and the default epochs are used.",
         "KerasClassifier(build_fn=make_model, nb_epoch=10, batch_size=32)",
         "KerasClassifier(build_fn=make_model, epochs=10, batch_size=32)",
         urls.SKLEARN_ERA, "mechanical",
         "renames nb_epoch= to epochs="),
    # -- KRS4xx: custom-layer API -------------------------------------------------------
    Rule("KRS401", "keras1-get-output-shape-for", Severity.CUSTOM_LAYER,
         "Custom layer defines get_output_shape_for",
         "Keras 2 never calls `get_output_shape_for`; it calls `compute_output_shape`, whose "
         "default returns the input shape, so a shape-changing layer gets a wrong static shape "
         "without any error.",
         "class MyLayer(Layer):\n    def get_output_shape_for(self, input_shape): ...",
         "class MyLayer(Layer):\n    def compute_output_shape(self, input_shape): ...",
         urls.BASE_LAYER, "judgement",
         "reports it: custom layers are never rewritten"),
    Rule("KRS402", "keras1-trainable-weights-assign", Severity.CUSTOM_LAYER,
         "Custom layer assigns self.trainable_weights",
         "Keras 2 tracks weights created with `self.add_weight(...)`; assigning the list by hand "
         "overwrites that tracking, and Keras 2 initializers return tensors, not variables.",
         "self.W = self.init((input_dim, self.output_dim))\nself.trainable_weights = [self.W]",
         "self.kernel = self.add_weight(name='kernel', shape=(input_dim, self.units),\n"
         "                              initializer='glorot_uniform')",
         urls.BASE_LAYER, "judgement",
         "reports it: custom layers are never rewritten"),
    Rule("KRS403", "keras1-layer-regularizers", Severity.CUSTOM_LAYER,
         "Custom layer uses self.regularizers",
         "`Layer.regularizers` is gone in Keras 2: appending fails with AttributeError and a list "
         "you create yourself is never read.",
         "self.regularizers.append(self.W_regularizer)",
         "self.kernel = self.add_weight(..., regularizer=self.kernel_regularizer)",
         urls.BASE_LAYER, "judgement",
         "reports it: custom layers are never rewritten"),
    Rule("KRS404", "keras1-layer-constraints", Severity.CUSTOM_LAYER,
         "Custom layer fills self.constraints",
         "From Keras 2.0.7 constraints live on the weight; `Layer.constraints` no longer exists, "
         "so indexing it fails and a dict you create yourself is ignored.",
         "self.constraints[self.W] = self.W_constraint",
         "self.kernel = self.add_weight(..., constraint=self.kernel_constraint)",
         urls.BASE_LAYER, "judgement",
         "reports it: custom layers are never rewritten"),
    Rule("KRS405", "keras1-overridden-hook", Severity.CUSTOM_LAYER,
         "Subclass overrides a Keras hook that was renamed or re-signed",
         "Keras 2.0.4 renamed `get_initial_states` to `get_initial_state` (the old override is "
         "never called), and Keras 2 calls `get_constants`/`preprocess_input` with "
         "`training=None` (an override without it fails with TypeError); Keras 2.0.7 made "
         "`Optimizer.get_updates(params, constraints, loss)` into `get_updates(loss, params)`.",
         "def get_initial_states(self, x): ...",
         "def get_initial_state(self, inputs): ...",
         urls.BASE_LAYER, "judgement",
         "reports it: custom layers and optimizers are never rewritten"),
    Rule("KRS406", "keras1-add-weight-order", Severity.CUSTOM_LAYER,
         "add_weight called with Keras 1 positional order (shape, initializer)",
         "Keras 2.0.4+ orders `add_weight(name, shape, ...)`: a Keras 1 positional initializer is "
         "taken as the weight name and the call fails (\"Could not interpret initializer\").",
         "self.W = self.add_weight((input_dim, 10), 'glorot_uniform', name='W')",
         "self.W = self.add_weight(name='W', shape=(input_dim, 10), initializer='glorot_uniform')",
         urls.BASE_LAYER, "judgement",
         "reports it: custom layers are never rewritten"),
    # -- KRS9xx: off by default (they cannot tell Keras 1 from valid Keras 2) ------------
    Rule("KRS901", "keras1-fit-default-epochs", Severity.SILENT,
         "fit() without epochs (Keras 1 default was 10, Keras 2 default is 1)",
         "Keras 1 trained for 10 epochs when `nb_epoch` was left out, Keras 2 trains for 1. "
         "Valid Keras 2 code looks the same, so this rule is off by default.",
         "model.fit(x, y, batch_size=32)",
         "model.fit(x, y, batch_size=32, epochs=10)",
         urls.TRAINING, "judgement",
         "reports it, when selected", default_enabled=False),
    Rule("KRS902", "keras1-layer-alias", Severity.MODERNISE,
         "Keras 1 alias of a Keras 2 name",
         "Keras 2 keeps the Keras 1 name as an alias, so this works; the Keras 2 name is what "
         "the documentation uses. Off by default.",
         "from keras.layers import Convolution2D\nConvolution2D(32, (3, 3))",
         "from keras.layers import Conv2D\nConv2D(32, (3, 3))",
         urls.layer("Conv2D"), "mechanical",
         "renames the alias to its Keras 2 name, the import and its uses, when selected",
         default_enabled=False),
)

RULES_BY_CODE = {rule.code: rule for rule in RULES}
_SEVERITY_OF_CODE = {rule.code: SEVERITY_TEXT[rule.severity] for rule in RULES}
RULES_BY_SYMBOL = {rule.symbol: rule for rule in RULES}
DEFAULT_DISABLED_CODES = tuple(rule.code for rule in RULES if not rule.default_enabled)


def message(code: str, text: str, url: str) -> str:
    """The one-line message of a finding: what is Keras 1, what Keras 2 wants, the URL."""
    return f"{text} ({_SEVERITY_OF_CODE[code]}) {url}"
