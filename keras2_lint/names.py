"""Keras qualified names: how the catalogue canonicalises and looks them up."""
from __future__ import annotations

import functools
from typing import FrozenSet, Iterable, Optional, Tuple

from keras2_lint import tables

_LAYER_MODULE_PREFIXES = ("keras.layers", "keras.engine", "keras.legacy")


def in_package(qualname: str) -> bool:
    """Whether a qualified name (module or attribute) is in the Keras package."""
    return qualname == tables.PACKAGE or qualname.startswith(tables.PACKAGE + ".")


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
            return tables.Removal("KRS902", new, tables.LAYERS[new].url, new=new)
        if name in tables.REMOVED_LAYERS:
            return tables.NAMES["keras.layers." + name]
    return None


def lookup_module(qualname: str) -> Optional[tuple]:
    """(module, entry) for the longest prefix of ``qualname`` that is a Keras 1 module."""
    module = qualname
    while "." in module:
        if module in tables.MODULES:
            return module, tables.MODULES[module]
        module = module.rpartition(".")[0]
    return None


def layer_spec(qualname: str) -> Optional[tables.Callable]:
    module, name = split_name(qualname)
    if not is_layer_module(module):
        return None
    return tables.LAYERS.get(tables.ALIASES.get(name, name))


_MERGES_AND_LAYER_BASES = tables.MERGE_NAMES | tables.LAYER_BASES


def knows(qualname: str) -> bool:
    """Whether the catalogue has anything to say about this Keras qualified name."""
    module, name = split_name(qualname)
    return bool(lookup_module(qualname) or lookup_name(qualname) or layer_spec(qualname)
                or canonical_function(qualname) in tables.FUNCTIONS
                or (is_layer_module(module) and name in _MERGES_AND_LAYER_BASES)
                or (module == "keras.optimizers" and name in tables.OPTIMIZER_BASES))


def leads_anywhere(qualname: str) -> bool:
    """Whether a name bound to this Keras qualified name can lead to a finding: a class
    (``Activation``, ``Sequential``) only if the catalogue's words spell it, its attributes
    being no Keras names the catalogue knows; a module or function always."""
    name = qualname.rpartition(".")[2]
    return not name[:1].isupper() or name in catalogue_words()


def star_qualname(modules, name: str) -> Tuple[str, str]:
    """What ``name`` resolves to when ``from <module> import *`` ran for each of ``modules``
    (in order): the last module the catalogue knows the name in, else the last module.
    Returns the qualified name and the module it came from."""
    for module in reversed(modules):
        if knows(f"{module}.{name}"):
            return f"{module}.{name}", module
    return f"{modules[-1]}.{name}", modules[-1]


@functools.lru_cache(maxsize=None)
def catalogue_words() -> FrozenSet[str]:
    """Every identifier in a Keras name the catalogue has something to say about.

    A name that ``from keras... import *`` brought in yields a finding only if its attribute
    chain spells one of these: the catalogue's names end in one, its modules pass through them.
    """
    words = set(tables.MERGE_NAMES) | tables.REMOVED_LAYERS | tables.LAYER_BASES \
        | tables.OPTIMIZER_BASES | tables.RECURRENT_BASES
    for table in (tables.LAYERS, tables.ALIASES, tables.MODERNISE_ALIASES, tables.NAMES,
                  tables.FUNCTIONS, tables.MODULES):
        for qualname in table:
            words.update(qualname.split("."))  # canonical_function keeps the last one
    return frozenset(words)


def words_to_find(keras_names: Iterable[str], star_imported: bool) -> FrozenSet[str]:
    """The identifiers a statement must spell for the catalogue to find anything in it: the
    package's name, the methods checked on any receiver, the names the file binds to Keras,
    and after a Keras ``import *``, the catalogue's own words."""
    words = {tables.PACKAGE, *tables.METHODS, *keras_names}
    if star_imported:
        words |= catalogue_words()
    return frozenset(words)
