"""Keras 2.2.4's own Keras 1 converters, applied to stand-ins, and its Keras 2 signatures.

``keras/legacy/interfaces.py`` of the real Keras 2.2.4 wheel (downloaded once and cached by
:mod:`tests.keras_legacy_table`) is loaded by path; its ``legacy_*_support`` decorators are
applied to a stand-in that records the arguments it is finally given. ``AtrousConvolution1D``
and ``AtrousConvolution2D``, plain functions of ``keras/legacy/layers.py`` that forward to
``Conv1D``/``Conv2D``, are run from their own source in a stand-in package whose ``layers``
hold those decorated stand-ins. Nothing else of Keras is imported: the interfaces need only
six and numpy.

The signatures of Keras 2.2.4's classes and methods are read from the source with :mod:`ast`,
so two calls can be compared as Keras would see them: every parameter bound, defaults filled
in (:func:`bound`).
"""
from __future__ import annotations

import ast
import importlib.util
import inspect
import pathlib
import subprocess
import sys
import tarfile
import tempfile
import types
import warnings
from functools import lru_cache
from typing import Dict, List, Optional, Tuple

from tests.keras_legacy_table import (FUNCTION_BODY, _cache_root, keras_224_source_dir,
                                      legacy_keyword_pairs)

METHODS = ("fit_generator", "evaluate_generator", "predict_generator")
ATROUS = {"AtrousConvolution1D": "Conv1D", "AtrousConvolution2D": "Conv2D",
          "AtrousConv1D": "Conv1D", "AtrousConv2D": "Conv2D"}
_PACKAGE = "_keras224_standin"


class Default:
    """A default that is not a literal (``K.floatx()``, ...), equal to itself by its text."""

    def __init__(self, text: str):
        self.text = text

    def __eq__(self, other):
        return isinstance(other, Default) and other.text == self.text

    def __hash__(self):
        return hash(self.text)

    def __repr__(self):
        return f"<default {self.text}>"


class Recorded:
    """The arguments a stand-in was finally called with (``self`` left out)."""

    def __init__(self, name: str, args: tuple, kwargs: dict):
        self.name = name
        self.args = tuple(args)
        self.kwargs = dict(kwargs)

    def __repr__(self):
        return f"{self.name}(*{self.args!r}, **{self.kwargs!r})"


class Converted:
    """What Keras 2.2.4 made of a call: the arguments the Keras 2 code receives, the warnings
    it gave, or the exception it raised instead."""

    def __init__(self, recorded: Optional[Recorded], warned: List[str],
                 raised: Optional[Exception] = None):
        self.recorded = recorded
        self.warned = warned
        self.raised = raised


# -- the source ----------------------------------------------------------------------------
@lru_cache(maxsize=None)
def source_dir() -> pathlib.Path:
    return keras_224_source_dir()


@lru_cache(maxsize=None)
def keras1_source_dir() -> pathlib.Path:
    """The ``keras`` package of the Keras 1.2.2 sdist, downloaded from PyPI once and cached."""
    directory = _cache_root() / "keras-1.2.2"
    if not (directory / "keras" / "layers").is_dir():
        with tempfile.TemporaryDirectory() as downloads:
            subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps",
                            "--no-binary", ":all:", "--disable-pip-version-check",
                            "keras==1.2.2", "-d", downloads], check=True, timeout=900)
            [archive] = pathlib.Path(downloads).glob("[Kk]eras-1.2.2.tar.gz")
            staging = pathlib.Path(tempfile.mkdtemp(dir=_cache_root()))
            with tarfile.open(archive) as tar:
                members = [member for member in tar.getmembers() if member.isfile()
                           and member.name.endswith(".py") and "/keras/" in member.name]
                for member in members:
                    target = staging / member.name.split("/", 1)[1]
                    target.parent.mkdir(parents=True, exist_ok=True)
                    target.write_bytes(tar.extractfile(member).read())
            staging.replace(directory)
    return directory


@lru_cache(maxsize=None)
def pairs():
    return legacy_keyword_pairs(source_dir())


@lru_cache(maxsize=None)
def interfaces() -> types.ModuleType:
    path = source_dir() / "keras" / "legacy" / "interfaces.py"
    spec = importlib.util.spec_from_file_location(f"{_PACKAGE}_interfaces", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@lru_cache(maxsize=None)
def decorators() -> Dict[str, str]:
    """The legacy decorator of each callable of the table (the Atrous functions: that of the
    layer they forward to)."""
    found = {}
    for pair in pairs():
        if pair.decorator != FUNCTION_BODY:
            found[pair.callable_name] = pair.decorator
    return found


# -- stand-ins -----------------------------------------------------------------------------
def _standin(name: str):
    def record(*args, **kwargs):
        return Recorded(name, args[1:], kwargs)
    record.__name__ = name
    return record


def _self_of(name: str):
    return type(name, (), {})()


def _decorated(name: str):
    """The stand-in of ``name`` behind its Keras 2.2.4 decorator."""
    decorator = getattr(interfaces(), decorators()[name])
    wrapped = decorator(_standin(name))
    return lambda *args, **kwargs: wrapped(_self_of(name), *args, **kwargs)


@lru_cache(maxsize=None)
def _atrous_functions() -> Dict[str, object]:
    """Keras 2.2.4's Atrous functions, run from their source in a stand-in package."""
    path = source_dir() / "keras" / "legacy" / "layers.py"
    tree = ast.parse(path.read_text(encoding="utf-8"))
    functions = [node for node in tree.body
                 if isinstance(node, ast.FunctionDef) and node.name.startswith("Atrous")]
    layers = types.ModuleType(f"{_PACKAGE}.layers")
    layers.Conv1D, layers.Conv2D = _decorated("Conv1D"), _decorated("Conv2D")
    for name in (_PACKAGE, f"{_PACKAGE}.legacy"):
        package = types.ModuleType(name)
        package.__path__ = []
        sys.modules.setdefault(name, package)
    sys.modules[f"{_PACKAGE}.layers"] = layers
    namespace = {"__name__": f"{_PACKAGE}.legacy.layers", "__package__": f"{_PACKAGE}.legacy",
                 "warnings": warnings}
    exec(compile(ast.Module(functions, []), str(path), "exec"), namespace)
    found = {function.name: namespace[function.name] for function in functions}
    found["AtrousConv1D"] = found["AtrousConvolution1D"]
    found["AtrousConv2D"] = found["AtrousConvolution2D"]
    return found


def keras2_target(name: str) -> str:
    """The Keras 2 class whose arguments a call of ``name`` ends as."""
    return ATROUS.get(name, name)


def convert(name: str, args: tuple, kwargs: dict) -> Converted:
    """Keras 2.2.4's converters applied to a call of ``name``."""
    if name in ATROUS:
        function = _atrous_functions()[name]
    elif name in decorators():
        function = _decorated(name)
    else:  # no Keras 1 keyword of it is converted
        function = lambda *args, **kwargs: Recorded(name, args, kwargs)  # noqa: E731
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            recorded = function(*args, **dict(kwargs))
        except (TypeError, ValueError) as error:
            return Converted(None, [str(w.message) for w in caught], error)
    return Converted(recorded, [str(w.message) for w in caught])


# -- signatures ----------------------------------------------------------------------------
def _default(node: ast.expr):
    try:
        return ast.literal_eval(node)
    except ValueError:
        return Default(ast.unparse(node))


def _signature(function: ast.FunctionDef) -> inspect.Signature:
    arguments = function.args
    positional = arguments.posonlyargs + arguments.args
    defaults = [None] * (len(positional) - len(arguments.defaults)) + arguments.defaults
    parameters = []
    for argument, default in list(zip(positional, defaults))[1:]:  # self
        parameters.append(inspect.Parameter(
            argument.arg, inspect.Parameter.POSITIONAL_OR_KEYWORD,
            default=inspect.Parameter.empty if default is None else _default(default)))
    if arguments.vararg:
        parameters.append(inspect.Parameter(arguments.vararg.arg,
                                            inspect.Parameter.VAR_POSITIONAL))
    for argument, default in zip(arguments.kwonlyargs, arguments.kw_defaults):
        parameters.append(inspect.Parameter(
            argument.arg, inspect.Parameter.KEYWORD_ONLY,
            default=inspect.Parameter.empty if default is None else _default(default)))
    if arguments.kwarg:
        parameters.append(inspect.Parameter(arguments.kwarg.arg, inspect.Parameter.VAR_KEYWORD))
    return inspect.Signature(parameters)


@lru_cache(maxsize=None)
def _definitions(root: Optional[pathlib.Path] = None) -> Tuple[
        Dict[str, ast.ClassDef], Dict[str, str], Dict[str, ast.FunctionDef]]:
    """Every class of Keras 2.2.4 (or the Keras under ``root``) by name, the module-level
    aliases, and Model's methods."""
    classes: Dict[str, ast.ClassDef] = {}
    aliases: Dict[str, str] = {}
    for path in sorted(((root or source_dir()) / "keras").rglob("*.py")):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # invalid escapes of Keras's own docstrings
            tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in tree.body:
            if isinstance(node, ast.ClassDef):
                classes.setdefault(node.name, node)
            elif (isinstance(node, ast.Assign) and isinstance(node.value, ast.Name)
                  and all(isinstance(target, ast.Name) for target in node.targets)):
                for target in node.targets:
                    aliases.setdefault(target.id, node.value.id)
    methods = {node.name: node for node in classes["Model"].body
               if isinstance(node, ast.FunctionDef)}
    return classes, aliases, methods


def _base_name(node: ast.expr) -> str:
    return node.attr if isinstance(node, ast.Attribute) else getattr(node, "id", "")


@lru_cache(maxsize=None)
def signature(name: str, root: Optional[pathlib.Path] = None) -> inspect.Signature:
    """Keras 2.2.4's (or the Keras under ``root``'s) signature of a class's constructor (its
    own or the first base's that has one) or of a Model method."""
    classes, aliases, methods = _definitions(root)
    if name in METHODS:
        return _signature(methods[name])
    while name not in classes:
        name = aliases[name]
    node = classes[name]
    for statement in node.body:
        if isinstance(statement, ast.FunctionDef) and statement.name == "__init__":
            return _signature(statement)
    return signature(_base_name(node.bases[0]), root)


def keras1_signature(name: str) -> Optional[inspect.Signature]:
    """Keras 1.2.2's signature of a class's constructor, None when it has no such class."""
    classes, aliases, _ = _definitions(keras1_source_dir())
    known = name in classes or name in aliases
    return signature(name, keras1_source_dir()) if known else None


#: The convolutions' rank: Keras 2.2.4's _Conv reads an int n of these parameters as
#: ``conv_utils.normalize_tuple`` does, as n repeated rank times.
RANKS = {"Conv1D": 1, "Conv2D": 2, "Conv3D": 3, "Conv2DTranspose": 2, "SeparableConv2D": 2}
NORMALIZED = ("kernel_size", "strides", "dilation_rate")


def bound(name: str, args: tuple, kwargs: dict) -> Dict[str, object]:
    """Every parameter of ``name``'s Keras 2.2.4 signature as a call gives it, defaults filled
    in, and a convolution's int sizes as the tuples Keras reads them as (raises TypeError when
    the call does not fit the signature)."""
    arguments = signature(name).bind(*args, **kwargs)
    arguments.apply_defaults()
    found = dict(arguments.arguments)
    rank = RANKS.get(canonical(name))
    for parameter in NORMALIZED if rank else ():
        if isinstance(found.get(parameter), int):
            found[parameter] = (found[parameter],) * rank
    return found


def canonical(name: str) -> str:
    """The class a name of Keras 2.2.4 stands for (aliases followed)."""
    classes, aliases, methods = _definitions()
    while name not in classes and name not in methods and name in aliases:
        name = aliases[name]
    return name
