"""The Keras 1 -> Keras 2 facts, as data.

Sources: Keras 2.2.4 ``keras/legacy/interfaces.py`` (the conversion table every layer
decorator uses), the Keras 1.2.2 and 2.0.0 sources, and ``shared/keras1-to-keras2.md``.
Nothing outside this module and :mod:`keras2_lint.rules` knows anything about Keras.
"""
from __future__ import annotations

from types import MappingProxyType
from typing import Mapping, Optional

from keras2_lint import urls
from keras2_lint.model import Record

_NO_VALUES: Mapping = MappingProxyType({})
DIM_ORDERING_VALUES = {"th": "channels_first", "tf": "channels_last", "default": None}


class Keyword(Record):
    """A Keras 1 keyword of one callable and what Keras 2 wants instead."""

    __slots__ = ("old", "new", "code", "values", "advice", "mechanical")

    def __init__(self, old: str, new: Optional[str], code: str = "KRS201",
                 values: Mapping[object, object] = _NO_VALUES, advice: str = "",
                 mechanical: bool = True):
        self.old = old
        self.new = new
        self.code = code
        self.values = values  # Keras 1 value -> Keras 2 value
        self.advice = advice  # replacement spelled out when it is not a plain rename
        self.mechanical = mechanical


class Callable(Record):
    """A Keras callable (class, function or method) with Keras 1 keywords or positionals."""

    __slots__ = ("keras2_name", "url", "keywords", "positional", "kernel_dims")

    def __init__(self, keras2_name: str, url: str, keywords: Mapping[str, Keyword] = _NO_VALUES,
                 positional: Optional[tuple] = None, kernel_dims: int = 0):
        self.keras2_name = keras2_name
        self.url = url
        self.keywords = keywords
        self.positional = positional  # Keras 2 positional parameters, None = not checked
        self.kernel_dims = kernel_dims  # 2 or 3: Keras 1 passed the kernel size as separate ints


def _kw(*entries: Keyword) -> dict:
    return {entry.old: entry for entry in entries}


def _renames(pairs, code="KRS201") -> list:
    return [Keyword(old, new, code) for old, new in pairs]


_DIM_ORDERING = Keyword("dim_ordering", "data_format", "KRS202", DIM_ORDERING_VALUES)
_REGULARIZE = [("W_regularizer", "kernel_regularizer"), ("b_regularizer", "bias_regularizer"),
               ("W_constraint", "kernel_constraint"), ("b_constraint", "bias_constraint"),
               ("bias", "use_bias")]
_CONV = [("nb_filter", "filters"), ("subsample", "strides"), ("border_mode", "padding"),
         ("init", "kernel_initializer")] + _REGULARIZE
_RECURRENT = [("output_dim", "units"), ("init", "kernel_initializer"),
              ("inner_init", "recurrent_initializer"), ("inner_activation", "recurrent_activation"),
              ("W_regularizer", "kernel_regularizer"), ("b_regularizer", "bias_regularizer"),
              ("U_regularizer", "recurrent_regularizer"), ("dropout_W", "dropout"),
              ("dropout_U", "recurrent_dropout")]
_INPUT_DIM_LENGTH = [
    Keyword("input_dim", "input_shape", advice="input_shape=(input_length, input_dim)",
            mechanical=False),
    Keyword("input_length", "input_shape", advice="input_shape=(input_length, input_dim)",
            mechanical=False),
]
_CONSUME_LESS = Keyword("consume_less", "implementation", "KRS202", {"cpu": 0, "mem": 1, "gpu": 2})
_FORGET_BIAS = Keyword("forget_bias_init", "unit_forget_bias", "KRS202", {"one": True},
                       advice="unit_forget_bias=True (Keras 2 initialises the forget-gate bias to "
                              "ones; another initializer needs unit_forget_bias=False and "
                              "bias_initializer=...)")
_NB_ROW_COL = [
    Keyword("nb_row", "kernel_size", "KRS203", advice="kernel_size=(nb_row, nb_col)"),
    Keyword("nb_col", "kernel_size", "KRS203", advice="kernel_size=(nb_row, nb_col)"),
]
_KERNEL_DIMS = [Keyword(f"kernel_dim{i}", "kernel_size", "KRS203",
                        advice="kernel_size=(kernel_dim1, kernel_dim2, kernel_dim3)")
                for i in (1, 2, 3)]
_BORDER_MODE_FULL = {"full": None}  # renamed to padding, but the value is rejected off Theano


def _conv(name, extra=(), positional=("filters", "kernel_size"), kernel_dims=2, renames=_CONV):
    keywords = _kw(*_renames(renames), *extra)
    keywords["border_mode"] = Keyword("border_mode", "padding", "KRS201", _BORDER_MODE_FULL)
    return Callable(name, urls.layer(name), keywords, positional, kernel_dims)


def _layer(name, renames=(), extra=(), positional=None):
    return Callable(name, urls.layer(name), _kw(*_renames(renames), *extra), positional)


def _pooling(name, positional=("pool_size", "strides", "padding")):
    renames = [("border_mode", "padding")]
    extra = [_DIM_ORDERING]
    if name.endswith("1D"):
        renames = [("pool_length", "pool_size"), ("stride", "strides"), ("border_mode", "padding")]
        extra = []
    return _layer(name, renames, extra, positional)


_EMBEDDING_DROPOUT = Keyword("dropout", None, "KRS105", advice="add a SpatialDropout1D(rate) "
                             "layer right after the Embedding", mechanical=False)
_BATCHNORM_MODE = Keyword("mode", None, "KRS105", advice="drop it; Keras 2 has only the "
                          "feature-wise mode 0 (mode=1 and mode=2 have no replacement)",
                          mechanical=False)
_DECONV_OUTPUT_SHAPE = Keyword("output_shape", None, "KRS105", advice="drop it; Keras 2 infers "
                               "the output shape (output_padding= can disambiguate)",
                               mechanical=False)

# Layer constructors, by Keras 2 class name. Mirrors keras/legacy/interfaces.py of Keras 2.2.4.
LAYERS = {
    "Dense": _layer("Dense",
                    [("output_dim", "units"), ("init", "kernel_initializer")] + _REGULARIZE,
                    positional=("units",)),
    "Dropout": _layer("Dropout", [("p", "rate")], positional=("rate", "noise_shape", "seed")),
    "SpatialDropout1D": _layer("SpatialDropout1D", [("p", "rate")], positional=("rate",)),
    "SpatialDropout2D": _layer("SpatialDropout2D", [("p", "rate")], [_DIM_ORDERING], ("rate",)),
    "SpatialDropout3D": _layer("SpatialDropout3D", [("p", "rate")], [_DIM_ORDERING], ("rate",)),
    "GaussianNoise": _layer("GaussianNoise", [("sigma", "stddev")], positional=("stddev",)),
    "GaussianDropout": _layer("GaussianDropout", [("p", "rate")], positional=("rate",)),
    "Embedding": _layer("Embedding", [("init", "embeddings_initializer"),
                                      ("W_regularizer", "embeddings_regularizer"),
                                      ("W_constraint", "embeddings_constraint")],
                        [_EMBEDDING_DROPOUT], ("input_dim", "output_dim")),
    "BatchNormalization": _layer("BatchNormalization", [("beta_init", "beta_initializer"),
                                                        ("gamma_init", "gamma_initializer")],
                                 [_BATCHNORM_MODE], positional=()),
    "PReLU": _layer("PReLU", [("init", "alpha_initializer")], positional=("alpha_initializer",)),
    "SimpleRNN": _layer("SimpleRNN", _RECURRENT, [_CONSUME_LESS, _FORGET_BIAS, *_INPUT_DIM_LENGTH],
                        ("units",)),
    "GRU": _layer("GRU", _RECURRENT, [_CONSUME_LESS, _FORGET_BIAS, *_INPUT_DIM_LENGTH], ("units",)),
    "LSTM": _layer("LSTM", _RECURRENT, [_CONSUME_LESS, _FORGET_BIAS, *_INPUT_DIM_LENGTH],
                   ("units",)),
    "ConvLSTM2D": _conv("ConvLSTM2D", [_DIM_ORDERING, _FORGET_BIAS, *_NB_ROW_COL],
                        renames=_CONV + [("inner_init", "recurrent_initializer"),
                                         ("U_regularizer", "recurrent_regularizer"),
                                         ("inner_activation", "recurrent_activation"),
                                         ("dropout_W", "dropout"),
                                         ("dropout_U", "recurrent_dropout")]),
    "Conv1D": _conv("Conv1D", [*_INPUT_DIM_LENGTH], kernel_dims=0,
                    renames=_CONV + [("filter_length", "kernel_size"),
                                     ("subsample_length", "strides")]),
    "LocallyConnected1D": _conv("LocallyConnected1D", [*_INPUT_DIM_LENGTH], kernel_dims=0,
                                renames=_CONV + [("filter_length", "kernel_size"),
                                                 ("subsample_length", "strides")]),
    "Conv2D": _conv("Conv2D", [_DIM_ORDERING, *_NB_ROW_COL]),
    "LocallyConnected2D": _conv("LocallyConnected2D", [_DIM_ORDERING, *_NB_ROW_COL]),
    "SeparableConv2D": _conv(
        "SeparableConv2D",
        [_DIM_ORDERING, *_NB_ROW_COL,
         Keyword("init", "depthwise_initializer",
                 advice="depthwise_initializer=... and pointwise_initializer=... "
                        "(the same value)")],
        renames=[r for r in _CONV
                 if r[0] not in ("init", "W_regularizer", "W_constraint")]),
    "Conv2DTranspose": _conv("Conv2DTranspose",
                             [_DIM_ORDERING, *_NB_ROW_COL, _DECONV_OUTPUT_SHAPE]),
    "Conv3D": _conv("Conv3D", [_DIM_ORDERING, *_KERNEL_DIMS], kernel_dims=3),
    "UpSampling1D": _layer("UpSampling1D", [("length", "size")], positional=("size",)),
    "UpSampling2D": _layer("UpSampling2D", extra=[_DIM_ORDERING], positional=("size",)),
    "UpSampling3D": _layer("UpSampling3D", extra=[_DIM_ORDERING], positional=("size",)),
    "ZeroPadding2D": _layer("ZeroPadding2D", extra=[_DIM_ORDERING], positional=("padding",)),
    "ZeroPadding3D": _layer("ZeroPadding3D", extra=[_DIM_ORDERING], positional=("padding",)),
    "Cropping2D": _layer("Cropping2D", extra=[_DIM_ORDERING], positional=("cropping",)),
    "Cropping3D": _layer("Cropping3D", extra=[_DIM_ORDERING], positional=("cropping",)),
    "MaxPooling1D": _pooling("MaxPooling1D"),
    "AveragePooling1D": _pooling("AveragePooling1D"),
    "MaxPooling2D": _pooling("MaxPooling2D"),
    "AveragePooling2D": _pooling("AveragePooling2D"),
    "MaxPooling3D": _pooling("MaxPooling3D"),
    "AveragePooling3D": _pooling("AveragePooling3D"),
    "GlobalMaxPooling2D": _layer("GlobalMaxPooling2D", extra=[_DIM_ORDERING]),
    "GlobalAveragePooling2D": _layer("GlobalAveragePooling2D", extra=[_DIM_ORDERING]),
    "GlobalMaxPooling3D": _layer("GlobalMaxPooling3D", extra=[_DIM_ORDERING]),
    "GlobalAveragePooling3D": _layer("GlobalAveragePooling3D", extra=[_DIM_ORDERING]),
    "Lambda": _layer("Lambda", positional=("function", "output_shape")),
    "InputLayer": _layer("InputLayer", [("input_dtype", "dtype")]),
    "Model": Callable("Model", urls.MODEL,
                      _kw(*_renames([("input", "inputs"), ("output", "outputs")]))),
}

# Keras 1 names (and Keras 2 short aliases) of the classes above: alias -> Keras 2 name.
ALIASES = {
    "Convolution1D": "Conv1D", "Convolution2D": "Conv2D", "Convolution3D": "Conv3D",
    "SeparableConvolution2D": "SeparableConv2D", "Deconvolution2D": "Conv2DTranspose",
    "Deconv2D": "Conv2DTranspose", "Convolution2DTranspose": "Conv2DTranspose",
    "AtrousConvolution1D": "Conv1D", "AtrousConv1D": "Conv1D",
    "AtrousConvolution2D": "Conv2D", "AtrousConv2D": "Conv2D",
    "MaxPool1D": "MaxPooling1D", "MaxPool2D": "MaxPooling2D", "MaxPool3D": "MaxPooling3D",
    "AvgPool1D": "AveragePooling1D", "AvgPool2D": "AveragePooling2D",
    "AvgPool3D": "AveragePooling3D", "GlobalMaxPool2D": "GlobalMaxPooling2D",
    "GlobalAvgPool2D": "GlobalAveragePooling2D", "GlobalMaxPool3D": "GlobalMaxPooling3D",
    "GlobalAvgPool3D": "GlobalAveragePooling3D", "Network": "Model", "Container": "Model",
}

# Keras 1 spellings that Keras 2 keeps as plain aliases: KRS902 (off by default).
MODERNISE_ALIASES = {
    "Convolution1D": "Conv1D", "Convolution2D": "Conv2D", "Convolution3D": "Conv3D",
    "SeparableConvolution2D": "SeparableConv2D", "Deconvolution2D": "Conv2DTranspose",
}

# Keras 1 Atrous layers: functions in Keras 2.0-2.2 returning a dilated Conv1D/Conv2D.
ATROUS = {
    "AtrousConvolution1D": "Conv1D", "AtrousConv1D": "Conv1D",
    "AtrousConvolution2D": "Conv2D", "AtrousConv2D": "Conv2D",
}
# Keras 2.2.4's Atrous functions always pass dilation_rate (atrous_rate, else 1) to the layer,
# overwriting a dilation_rate given to them: a call that gives one cannot keep its meaning.
ATROUS_RATE = Keyword("atrous_rate", "dilation_rate")

# Any Keras layer accepted Keras 1 `input_dtype` (Keras 2.0.1+ silently, tf.keras rejects it).
ANY_LAYER_KEYWORDS = _kw(Keyword("input_dtype", "dtype"))

# Value forms of layer arguments that Keras 2 rejects (KRS109) or converts (KRS202).
ZERO_PADDING_DICT_KEYS = ("top_pad", "bottom_pad", "left_pad", "right_pad")

# Keras 2.2.4's 2D convolutions turn Keras 1 positional kernel sizes into one kernel_size only
# when they are ints, and raise ValueError when one of these keywords is given too.
KERNEL_POSITIONAL_CONFLICTS = ("padding", "strides", "data_format")


class MergeMode(Record):
    """A Keras 1 merge mode: its Keras 2 layer class and function (in ``MERGE_MODULE``), the
    Keras 1 keywords it renames, what Keras 2 needs that Keras 1 defaulted (``default``), and
    why a rewrite cannot keep its meaning, if it cannot (``changes``)."""

    __slots__ = ("layer", "function", "renames", "default", "changes")

    def __init__(self, layer: str, function: str, renames: Mapping[str, str] = _NO_VALUES,
                 default: str = "", changes: str = ""):
        self.layer = layer
        self.function = function
        self.renames = renames
        self.default = default
        self.changes = changes


MERGE_MODES = {
    "sum": MergeMode("Add", "add"),
    "mul": MergeMode("Multiply", "multiply"),
    "concat": MergeMode("Concatenate", "concatenate", {"concat_axis": "axis"}),
    "ave": MergeMode("Average", "average"),
    "max": MergeMode("Maximum", "maximum"),
    # Keras 1 defaulted dot_axes=-1; Keras 2's Dot has no default axes
    "dot": MergeMode("Dot", "dot", {"dot_axes": "axes"}, default="axes=-1"),
    "cos": MergeMode("Dot", "dot", {"dot_axes": "axes", "": "normalize=True"},
                     changes="Keras 1 'cos' added an axis to the result (expand_dims), "
                             "Dot(normalize=True) does not"),
}
MERGE_NAMES = {"Merge", "merge"}
MERGE_MODULE = "keras.layers"
# The keywords of Keras 1 merge/Merge a rewrite understands: the tensors, the mode, each
# mode's own axes (ignored by the other modes) and the layer name; the rest (output_shape,
# output_mask, arguments, node_indices, tensor_indices) need a person.
MERGE_KEYWORDS = frozenset(["inputs", "mode", "concat_axis", "dot_axes", "name"])

# Other Keras callables with Keras 1 keywords, by canonical qualified name.
FUNCTIONS = {
    "keras.utils.to_categorical": Callable(
        "keras.utils.to_categorical", urls.TO_CATEGORICAL,
        _kw(Keyword("nb_classes", "num_classes", "KRS107"))),
    "keras.preprocessing.text.Tokenizer": Callable(
        "Tokenizer", urls.TEXT_ERA, _kw(Keyword("nb_words", "num_words"))),
    "keras.datasets.imdb.load_data": Callable(
        "imdb.load_data", urls.DATASETS, _kw(Keyword("nb_words", "num_words"))),
    "keras.datasets.reuters.load_data": Callable(
        "reuters.load_data", urls.DATASETS, _kw(Keyword("nb_words", "num_words"))),
    "keras.callbacks.ReduceLROnPlateau": Callable(
        "ReduceLROnPlateau", urls.REDUCE_LR, _kw(Keyword("epsilon", "min_delta"))),
    "keras.wrappers.scikit_learn.KerasClassifier": Callable(
        "KerasClassifier", urls.SKLEARN_ERA, _kw(Keyword("nb_epoch", "epochs", "KRS303"))),
    "keras.wrappers.scikit_learn.KerasRegressor": Callable(
        "KerasRegressor", urls.SKLEARN_ERA, _kw(Keyword("nb_epoch", "epochs", "KRS303"))),
    "keras.constraints.MaxNorm": Callable(
        "MaxNorm", urls.CONSTRAINTS, _kw(Keyword("m", "max_value", "KRS107"))),
    "keras.constraints.MinMaxNorm": Callable(
        "MinMaxNorm", urls.CONSTRAINTS, _kw(Keyword("low", "min_value", "KRS107"),
                                            Keyword("high", "max_value", "KRS107"))),
}
_IMAGE_DIM_ORDERING = _kw(Keyword("dim_ordering", "data_format", "KRS107", DIM_ORDERING_VALUES))
for _name in ("ImageDataGenerator", "NumpyArrayIterator", "DirectoryIterator",
              "img_to_array", "array_to_img"):
    FUNCTIONS["keras.preprocessing.image." + _name] = Callable(_name, urls.IMAGE_ERA,
                                                               _IMAGE_DIM_ORDERING)
FUNCTIONS["keras.applications.imagenet_utils.preprocess_input"] = Callable(
    "preprocess_input", urls.APPLICATIONS, _IMAGE_DIM_ORDERING)
for _name in ("maxnorm", "max_norm"):
    FUNCTIONS["keras.constraints." + _name] = FUNCTIONS["keras.constraints.MaxNorm"]
FUNCTIONS["keras.constraints.min_max_norm"] = FUNCTIONS["keras.constraints.MinMaxNorm"]
FUNCTIONS["keras.utils.np_utils.to_categorical"] = FUNCTIONS["keras.utils.to_categorical"]

_BACKEND_KEYWORDS = {
    "one_hot": [Keyword("nb_classes", "num_classes", "KRS107")],
    "expand_dims": [Keyword("dim", "axis", "KRS107")],
    "random_normal": [Keyword("std", "stddev", "KRS107")],
    "random_uniform": [Keyword("low", "minval", "KRS107"), Keyword("high", "maxval", "KRS107")],
    "batch_get_value": [Keyword("xs", "ops", "KRS107")],
    "moving_average_update": [Keyword("variable", "x", "KRS107")],
    "conv1d": [Keyword("stride", "strides", "KRS107")],
    "resize_images": [],
    "resize_volumes": [],
    "spatial_2d_padding": [],
    "spatial_3d_padding": [],
    "pool2d": [],
    "pool3d": [],
    "separable_conv2d": [],
    "conv2d": [Keyword("filter_dilation", "dilation_rate", "KRS107")],
    "conv3d": [Keyword("filter_dilation", "dilation_rate", "KRS107")],
}
_SHAPE_HINTS = ("image_shape", "volume_shape", "filter_shape")
for _name, _entries in _BACKEND_KEYWORDS.items():
    _keywords = _kw(*_entries)
    if _name.startswith(("conv", "pool", "separable")):
        _keywords["border_mode"] = Keyword("border_mode", "padding", "KRS107")
    if _name not in ("one_hot", "expand_dims", "random_normal", "random_uniform",
                     "batch_get_value", "moving_average_update", "conv1d"):
        _keywords["dim_ordering"] = Keyword("dim_ordering", "data_format", "KRS107",
                                            DIM_ORDERING_VALUES)
    if _name.startswith("conv"):
        for _hint in _SHAPE_HINTS:
            _keywords[_hint] = Keyword(_hint, None, "KRS105",
                                       advice="drop it; shape hints are gone",
                                       mechanical=False)
    FUNCTIONS["keras.backend." + _name] = Callable("K." + _name, urls.BACKEND_ERA, _keywords)

# Methods matched by name on any receiver, in files that import keras.
_SHOW_ACCURACY = Keyword("show_accuracy", None, "KRS105",
                         advice="pass metrics=['accuracy'] to compile()", mechanical=False)
_ACCURACY = Keyword("accuracy", None, "KRS105", advice="pass metrics=['accuracy'] to compile()",
                    mechanical=False)
# Keras 2.2.4 wraps all three generator methods in one shim, so each converts every keyword.
_GENERATOR_KEYWORDS = _kw(
    Keyword("samples_per_epoch", "steps_per_epoch", "KRS301",
            advice="steps_per_epoch=samples_per_epoch // batch_size", mechanical=False),
    Keyword("nb_val_samples", "validation_steps", "KRS301",
            advice="validation_steps=nb_val_samples // batch_size", mechanical=False),
    Keyword("val_samples", "steps", "KRS301", advice="steps=val_samples // batch_size",
            mechanical=False),
    Keyword("nb_epoch", "epochs"), Keyword("nb_worker", "workers"),
    Keyword("pickle_safe", "use_multiprocessing"), Keyword("max_q_size", "max_queue_size"),
    _SHOW_ACCURACY)
METHODS = {
    "fit": Callable("fit", urls.TRAINING, _kw(Keyword("nb_epoch", "epochs"), _SHOW_ACCURACY)),
    "evaluate": Callable("evaluate", urls.TRAINING, _kw(_SHOW_ACCURACY)),
    "train_on_batch": Callable("train_on_batch", urls.TRAINING, _kw(_ACCURACY)),
    "test_on_batch": Callable("test_on_batch", urls.TRAINING, _kw(_ACCURACY)),
    "compile": Callable("compile", urls.TRAINING, _kw(Keyword(
        "class_mode", None, "KRS105", advice="drop it; Keras 2 infers it from the loss",
        mechanical=False))),
    "fit_generator": Callable("fit_generator", urls.GENERATORS, _GENERATOR_KEYWORDS,
                              positional=("generator", "steps_per_epoch", "epochs")),
    "evaluate_generator": Callable("evaluate_generator", urls.EVALUATE_GENERATOR,
                                   _GENERATOR_KEYWORDS,
                                   positional=("generator", "steps_per_epoch", "epochs")),
    "predict_generator": Callable("predict_generator", urls.PREDICT_GENERATOR,
                                  _GENERATOR_KEYWORDS,
                                  positional=("generator", "steps_per_epoch", "epochs")),
    "flow": Callable("ImageDataGenerator.flow", urls.IMAGE_ERA,
                     _kw(Keyword("X", "x", "KRS107"))),
}
GENERATOR_METHODS = ("fit_generator", "evaluate_generator", "predict_generator")
# Keywords of the generator methods that Keras 1.2.2 did not accept (keras/engine/training.py
# of 1.2.2: fit_generator(generator, samples_per_epoch, nb_epoch, verbose, callbacks,
# validation_data, nb_val_samples, class_weight, max_q_size, nb_worker, pickle_safe,
# initial_epoch), evaluate_generator and predict_generator(generator, val_samples, max_q_size,
# nb_worker, pickle_safe)): a call passing one is Keras 2 code, whose positionals are Keras 2's.
_KERAS2_GENERATOR_NAMES = frozenset(entry.new for entry in _GENERATOR_KEYWORDS.values()
                                    if entry.new)
KERAS2_ONLY_KEYWORDS = {
    "fit_generator": _KERAS2_GENERATOR_NAMES | {"shuffle"},
    "evaluate_generator": _KERAS2_GENERATOR_NAMES | {"verbose"},
    "predict_generator": _KERAS2_GENERATOR_NAMES | {"verbose"},
}
REMOVED_METRICS = ("fmeasure", "fbeta_score", "precision", "recall", "matthews_correlation",
                   "fscore", "f1score")


class Removal(Record):
    """A Keras 1 module, class or function and its Keras 2 replacement.

    ``new`` is the Keras 2 name a rewrite puts in its place, when that keeps the meaning: for a
    module its qualified name, for a class or function its name in the same module (or its
    qualified name, when it has a dot). ``members`` maps the names a renamed module's members
    take in the new module, when some change; a member it does not list cannot be rewritten.
    """

    __slots__ = ("code", "replacement", "url", "new", "members")

    def __init__(self, code: str, replacement: str, url: str, new: Optional[str] = None,
                 members: Optional[Mapping[str, str]] = None):
        self.code = code
        self.replacement = replacement
        self.url = url
        self.new = new
        self.members = members

    @property
    def mechanical(self) -> bool:
        return self.new is not None


def _removed(code, url, replacement, *names, new=None, members=None) -> dict:
    return {name: Removal(code, replacement, url, new, members) for name in names}


# Keras 1 modules that Keras 2 does not have (KRS103) or ships only as an alias (KRS204).
MODULES = {
    **_removed("KRS103", urls.INITIALIZERS, "keras.initializers (Initializer classes)",
               "keras.initializations"),
    # plot(model, to_file, show_shapes, show_layer_names) kept its parameters as plot_model
    **_removed("KRS103", urls.PLOT_MODEL, "keras.utils.plot_model / keras.utils.vis_utils",
               "keras.utils.visualize_util", new="keras.utils.vis_utils",
               members=MappingProxyType({"plot": "plot_model", "model_to_dot": "model_to_dot"})),
    **_removed("KRS103", urls.APPLICATIONS, "nothing: removed from keras.applications",
               "keras.applications.music_tagger_crnn", "keras.applications.audio_conv_utils"),
    **_removed("KRS204", urls.LOSSES, "keras.losses", "keras.objectives", new="keras.losses"),
}

_NP_UTILS = "keras.utils.np_utils."
_BACKEND = "keras.backend."
_REGULARIZERS = "keras.regularizers."

# Keras 1 classes and functions by qualified name (module + name as Keras 1 spelled it).
NAMES = {
    **_removed("KRS101", urls.layer("TimeDistributed"), "TimeDistributed(Dense(...))",
               "keras.layers.TimeDistributedDense", "keras.layers.core.TimeDistributedDense"),
    **_removed("KRS101", urls.CORE_ERA, "keras.layers.MaxoutDense (deprecated; no Keras 2 "
               "replacement)", "keras.layers.core.MaxoutDense"),
    **_removed("KRS101", urls.CORE_ERA, "keras.layers.Highway (deprecated; no Keras 2 "
               "replacement)", "keras.layers.core.Highway"),
    **_removed("KRS101", urls.ADVANCED_ACTIVATIONS_ERA, "a custom layer (no Keras 2 replacement)",
               "keras.layers.ParametricSoftplus", "keras.layers.SReLU",
               "keras.layers.advanced_activations.ParametricSoftplus",
               "keras.layers.advanced_activations.SReLU"),
    **_removed("KRS204", urls.CORE_ERA, "a custom layer (deprecated legacy class, gone from "
               "later Keras 2)", "keras.layers.MaxoutDense", "keras.layers.Highway"),
    **_removed("KRS204", urls.layer("Conv1D"), "Conv1D(..., dilation_rate=atrous_rate)",
               "keras.layers.AtrousConvolution1D", "keras.layers.AtrousConv1D",
               "keras.layers.convolutional.AtrousConvolution1D",
               "keras.layers.convolutional.AtrousConv1D", new="Conv1D"),
    **_removed("KRS204", urls.layer("Conv2D"), "Conv2D(..., dilation_rate=atrous_rate)",
               "keras.layers.AtrousConvolution2D", "keras.layers.AtrousConv2D",
               "keras.layers.convolutional.AtrousConvolution2D",
               "keras.layers.convolutional.AtrousConv2D", new="Conv2D"),
    **_removed("KRS102", urls.MERGING, "Add / Multiply / Concatenate / Average / Maximum / Dot "
               "(functions add, multiply, concatenate, average, maximum, dot)",
               "keras.layers.Merge", "keras.layers.core.Merge", "keras.engine.Merge",
               "keras.engine.topology.Merge", "keras.models.Merge", "keras.legacy.layers.Merge",
               "keras.engine.merge", "keras.engine.topology.merge", "keras.layers.core.merge"),
    **_removed("KRS104", urls.MODEL, "keras.engine.network.Network (or keras.models.Model)",
               "keras.engine.topology.Container", "keras.engine.Container"),
    **_removed("KRS104", urls.REGULARIZERS, "keras.regularizers.l1_l2", _REGULARIZERS + "l1l2",
               new="l1_l2"),
    **_removed("KRS104", urls.REGULARIZERS, "keras.regularizers.l1 passed as activity_regularizer=",
               _REGULARIZERS + "activity_l1"),
    **_removed("KRS104", urls.REGULARIZERS, "keras.regularizers.l2 passed as activity_regularizer=",
               _REGULARIZERS + "activity_l2"),
    **_removed("KRS104", urls.REGULARIZERS,
               "keras.regularizers.l1_l2 passed as activity_regularizer=",
               _REGULARIZERS + "activity_l1l2"),
    **_removed("KRS104", urls.REGULARIZERS, "keras.regularizers.L1L2",
               _REGULARIZERS + "WeightRegularizer", _REGULARIZERS + "ActivityRegularizer",
               _REGULARIZERS + "L1L2Regularizer"),
    **_removed("KRS104", urls.REGULARIZERS, "nothing: removed (write a custom regularizer)",
               _REGULARIZERS + "EigenvalueRegularizer"),
    **_removed("KRS104", urls.UTILS, "numpy argmax over the last axis (or model.predict_classes)",
               _NP_UTILS + "probas_to_classes", _NP_UTILS + "categorical_probas_to_classes"),
    **_removed("KRS104", urls.UTILS, "nothing: removed numpy helper", _NP_UTILS + "accuracy",
               _NP_UTILS + "binary_logloss", _NP_UTILS + "multiclass_logloss"),
    **_removed("KRS104", urls.UTILS, "keras.utils.conv_utils.conv_output_length "
               "(parameter border_mode renamed padding)", _NP_UTILS + "conv_output_length",
               _NP_UTILS + "conv_input_length"),
    **_removed("KRS104", urls.UTILS, "keras.utils.conv_utils.convert_kernel(kernel) (no "
               "dim_ordering)", _NP_UTILS + "convert_kernel"),
    **_removed("KRS104", urls.UTILS, "keras.layers.deserialize(config, custom_objects)",
               "keras.utils.layer_utils.layer_from_config"),
    **_removed("KRS104", urls.UTILS, "model.count_params()",
               "keras.utils.layer_utils.count_total_params"),
    **_removed("KRS104", urls.UTILS, "numpy or h5py directly", "keras.utils.io_utils.save_array",
               "keras.utils.io_utils.load_array"),
    **_removed("KRS104", urls.OPTIMIZERS, "keras.optimizers.deserialize(config)",
               "keras.optimizers.optimizer_from_config", "keras.models.optimizer_from_config"),
    **_removed("KRS104", urls.UTILS, "keras.utils.generic_utils.deserialize_keras_object, or the "
               "module's get()", "keras.utils.generic_utils.get_from_module",
               *(f"keras.{module}.get_from_module" for module in (
                   "activations", "constraints", "metrics", "objectives", "optimizers",
                   "regularizers", "initializations"))),
    **_removed("KRS104", urls.BACKEND_ERA, "K.less", _BACKEND + "lesser", new="less"),
    **_removed("KRS104", urls.BACKEND_ERA, "K.less_equal", _BACKEND + "lesser_equal",
               new="less_equal"),
    **_removed("KRS104", urls.BACKEND_ERA, "K.conv2d_transpose(x, kernel, output_shape, strides, "
               "padding, data_format)", _BACKEND + "deconv2d"),
    **_removed("KRS104", urls.BACKEND_ERA, "K.conv2d(x, kernel, dilation_rate=rate, ...)",
               _BACKEND + "atrous_conv2d"),
    **_removed("KRS104", urls.BACKEND_ERA, "K.temporal_padding(x, padding=(left_pad, right_pad))",
               _BACKEND + "asymmetric_temporal_padding"),
    **_removed("KRS104", urls.BACKEND_ERA, "K.spatial_2d_padding(x, padding=((top_pad, "
               "bottom_pad), (left_pad, right_pad)))", _BACKEND + "asymmetric_spatial_2d_padding"),
    **_removed("KRS104", urls.BACKEND_ERA, "nothing: Keras 2 converts Keras 1 weights on load",
               _BACKEND + "legacy_weight_ordering", _BACKEND + "set_legacy_weight_ordering"),
    **_removed("KRS204", urls.BACKEND_UTILS, "K.image_data_format() ('channels_first' / "
               "'channels_last')", _BACKEND + "image_dim_ordering"),
    **_removed("KRS204", urls.BACKEND_UTILS, "K.set_image_data_format('channels_first' / "
               "'channels_last')", _BACKEND + "set_image_dim_ordering"),
    **_removed("KRS106", urls.METRICS, "a metric function of your own",
               *("keras.metrics." + name for name in REMOVED_METRICS)),
    **_removed("KRS902", urls.CONSTRAINTS, "keras.constraints.max_norm",
               "keras.constraints.maxnorm", new="max_norm"),
    **_removed("KRS902", urls.CONSTRAINTS, "keras.constraints.non_neg", "keras.constraints.nonneg",
               new="non_neg"),
    **_removed("KRS902", urls.CONSTRAINTS, "keras.constraints.unit_norm",
               "keras.constraints.unitnorm", new="unit_norm"),
}

# Layer classes removed from every Keras 2 module, whichever Keras 1 module named them.
REMOVED_LAYERS = frozenset(["TimeDistributedDense", "ParametricSoftplus", "SReLU"])

# Base classes that make a class a Keras custom layer (by canonical short name).
LAYER_BASES = frozenset(["Layer", "Recurrent", "ConvRecurrent2D", *LAYERS, *ALIASES])
RECURRENT_BASES = frozenset(["Recurrent", "SimpleRNN", "GRU", "LSTM", "ConvRecurrent2D"])

# Keras 1.2.2 constructor parameters in positional order, by Keras 2 class name: tells what a
# Keras 1 positional argument meant, so the message can name its Keras 2 keyword.
KERAS1_POSITIONAL = {
    "Dense": ("output_dim", "init", "activation", "weights", "W_regularizer", "b_regularizer",
              "activity_regularizer", "W_constraint", "b_constraint", "bias", "input_dim"),
    "Dropout": ("p", "noise_shape", "seed"),
    "SpatialDropout1D": ("p",),
    "SpatialDropout2D": ("p", "dim_ordering"),
    "SpatialDropout3D": ("p", "dim_ordering"),
    "GaussianNoise": ("sigma",),
    "GaussianDropout": ("p",),
    "Embedding": ("input_dim", "output_dim", "init", "input_length", "W_regularizer",
                  "activity_regularizer", "W_constraint", "mask_zero", "weights", "dropout"),
    "BatchNormalization": ("epsilon", "mode", "axis", "momentum", "weights", "beta_init",
                           "gamma_init", "gamma_regularizer", "beta_regularizer"),
    "PReLU": ("init", "weights", "shared_axes"),
    "SimpleRNN": ("output_dim", "init", "inner_init", "activation", "W_regularizer",
                  "U_regularizer", "b_regularizer", "dropout_W", "dropout_U"),
    "GRU": ("output_dim", "init", "inner_init", "activation", "inner_activation", "W_regularizer",
            "U_regularizer", "b_regularizer", "dropout_W", "dropout_U"),
    "LSTM": ("output_dim", "init", "inner_init", "forget_bias_init", "activation",
             "inner_activation", "W_regularizer", "U_regularizer", "b_regularizer", "dropout_W",
             "dropout_U"),
    "ConvLSTM2D": ("nb_filter", "nb_row", "nb_col", "init", "inner_init", "forget_bias_init",
                   "activation", "inner_activation", "dim_ordering", "border_mode", "subsample",
                   "W_regularizer", "U_regularizer", "b_regularizer", "dropout_W", "dropout_U"),
    "Conv1D": ("nb_filter", "filter_length", "init", "activation", "weights", "border_mode",
               "subsample_length", "W_regularizer", "b_regularizer", "activity_regularizer",
               "W_constraint", "b_constraint", "bias", "input_dim", "input_length"),
    "Conv2D": ("nb_filter", "nb_row", "nb_col", "init", "activation", "weights", "border_mode",
               "subsample", "dim_ordering", "W_regularizer", "b_regularizer",
               "activity_regularizer", "W_constraint", "b_constraint", "bias"),
    "Conv2DTranspose": ("nb_filter", "nb_row", "nb_col", "output_shape", "init", "activation",
                        "weights", "border_mode", "subsample", "dim_ordering", "W_regularizer",
                        "b_regularizer", "activity_regularizer", "W_constraint", "b_constraint",
                        "bias"),
    "SeparableConv2D": ("nb_filter", "nb_row", "nb_col", "init", "activation", "weights",
                        "border_mode", "subsample", "depth_multiplier", "dim_ordering",
                        "depthwise_regularizer", "pointwise_regularizer", "b_regularizer",
                        "activity_regularizer", "depthwise_constraint", "pointwise_constraint",
                        "b_constraint", "bias"),
    "Conv3D": ("nb_filter", "kernel_dim1", "kernel_dim2", "kernel_dim3", "init", "activation",
               "weights", "border_mode", "subsample", "dim_ordering", "W_regularizer",
               "b_regularizer", "activity_regularizer", "W_constraint", "b_constraint", "bias"),
    "UpSampling1D": ("length",),
    "UpSampling2D": ("size", "dim_ordering"),
    "UpSampling3D": ("size", "dim_ordering"),
    "ZeroPadding2D": ("padding", "dim_ordering"),
    "ZeroPadding3D": ("padding", "dim_ordering"),
    "Cropping2D": ("cropping", "dim_ordering"),
    "Cropping3D": ("cropping", "dim_ordering"),
    "MaxPooling2D": ("pool_size", "strides", "border_mode", "dim_ordering"),
    "AveragePooling2D": ("pool_size", "strides", "border_mode", "dim_ordering"),
    "MaxPooling3D": ("pool_size", "strides", "border_mode", "dim_ordering"),
    "AveragePooling3D": ("pool_size", "strides", "border_mode", "dim_ordering"),
    "Lambda": ("function", "output_shape", "arguments"),
}
KERAS1_POSITIONAL["LocallyConnected1D"] = KERAS1_POSITIONAL["Conv1D"]
KERAS1_POSITIONAL["LocallyConnected2D"] = KERAS1_POSITIONAL["Conv2D"]
# By Keras 1 name where it differs from that of the Keras 2 class: the Atrous layers took
# atrous_rate after the strides.
KERAS1_POSITIONAL["AtrousConvolution1D"] = KERAS1_POSITIONAL["AtrousConv1D"] = (
    *KERAS1_POSITIONAL["Conv1D"][:7], "atrous_rate", *KERAS1_POSITIONAL["Conv1D"][7:13])
KERAS1_POSITIONAL["AtrousConvolution2D"] = KERAS1_POSITIONAL["AtrousConv2D"] = (
    *KERAS1_POSITIONAL["Conv2D"][:8], "atrous_rate", *KERAS1_POSITIONAL["Conv2D"][8:])
OPTIMIZER_BASES = frozenset(["Optimizer", "SGD", "RMSprop", "Adagrad", "Adadelta", "Adam", "Adamax",
                             "Nadam"])

# The versions a test of `keras.__version__` is worked out for (keras2_lint.guards): the last
# Keras 1 and the Keras 2 this catalogue follows.
KERAS1_VERSION = "1.2.2"
KERAS2_VERSION = "2.2.4"

# The package every Keras qualified name starts with: front-ends resolve names to it and
# may skip a file that never mentions it.
PACKAGE = "keras"
# `self.<method>(...)` calls a custom layer makes that its ClassInfo.self_calls describe.
SELF_CALLS = frozenset({"add_weight"})
