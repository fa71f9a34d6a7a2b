"""Neutral descriptions of code, built by each front-end from its own syntax tree.

The front-ends (stdlib ``ast`` for flake8, astroid for pylint) resolve names and fill these;
:mod:`keras2_lint.checks` judges them. An ``anchor`` is whatever position the front-end needs
to report a finding (for flake8 a ``(line, column)`` pair); the checks only pass it through.
"""
from __future__ import annotations

from typing import Any, Optional, Tuple

UNKNOWN = object()  # value of an argument that is not a literal


class Record:
    """A record compared, hashed and shown by its slots: what ``typing.NamedTuple`` gives,
    without the quarter of a millisecond building each such class costs at import."""

    __slots__ = ()

    def _values(self) -> tuple:
        return tuple(getattr(self, name) for name in self.__slots__)

    def __eq__(self, other) -> bool:
        return type(other) is type(self) and other._values() == self._values()

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__slots__)
        return f"{type(self).__name__}({fields})"


class Arg:
    """An argument expression: its source text and, when it is a literal, its value.

    A front-end may make it without its text (``None``): the text is then spelled the first
    time it is read, by the ``spell`` method of the front-end's subclass. Most arguments are
    never quoted in a message.
    """

    __slots__ = ("_text", "anchor", "value", "kind", "items", "dict_keys")

    def __init__(self, text: Optional[str], anchor: Any, value: Any = UNKNOWN,
                 kind: str = "other", items: Tuple["Arg", ...] = (),
                 dict_keys: Tuple[Any, ...] = ()):
        self._text = text
        self.anchor = anchor
        self.value = value
        self.kind = kind  # 'literal', 'tuple', 'list', 'dict', 'lambda', 'call', 'other'
        self.items = items  # elements of a tuple or list display
        self.dict_keys = dict_keys  # constant keys of a dict display

    @property
    def text(self) -> str:
        if self._text is None:
            self._text = self.spell()
        return self._text

    def spell(self) -> str:
        raise NotImplementedError("an Arg made without its text needs a subclass that spells it")

    def __repr__(self) -> str:
        return f"Arg({self.text!r}, {self.anchor!r}, kind={self.kind!r})"


class Reference(Record):
    """A name or attribute chain that resolves to Keras through the file's imports.

    ``origin`` is the qualified name the chain's first name is bound to (for a name from
    ``import *``, the star-imported module), and ``explicit`` says that binding was made by an
    import, so a finding on the origin itself was already reported at the import.
    """

    __slots__ = ("qualname", "anchor", "origin", "explicit", "source")

    def __init__(self, qualname: str, anchor: Any, origin: str = "", explicit: bool = False,
                 source: Any = None):
        self.qualname = qualname
        self.anchor = anchor
        self.origin = origin
        self.explicit = explicit
        self.source = source  # the front-end's node of the name or chain, for a rewrite


class Keyword:
    """A keyword argument. A front-end may make it without its value (``None``): the value is
    then described the first time it is read, by the ``describe`` method of the front-end's
    subclass. Most keywords are never reported."""

    __slots__ = ("name", "_value", "anchor")

    def __init__(self, name: str, value: Optional[Arg], anchor: Any):
        self.name = name
        self._value = value
        self.anchor = anchor

    @property
    def value(self) -> Arg:
        if self._value is None:
            self._value = self.describe()
        return self._value

    def describe(self) -> Arg:
        raise NotImplementedError("a Keyword made without its value needs a subclass that "
                                  "describes it")

    def __repr__(self) -> str:
        return f"Keyword({self.name!r}, {self.value!r}, {self.anchor!r})"


class Call(Record):
    """A call: either of a name resolving to Keras (``callee``) or of ``<receiver>.method``."""

    __slots__ = ("anchor", "callee", "method", "args", "keywords", "star_args", "source",
                 "star_kwargs")

    def __init__(self, anchor: Any, callee: Optional[Reference] = None,
                 method: Optional[str] = None, args: Tuple[Arg, ...] = (),
                 keywords: Tuple[Keyword, ...] = (), star_args: bool = False,
                 source: Any = None, star_kwargs: bool = False):
        self.anchor = anchor
        self.callee = callee
        self.method = method
        self.args = args
        self.keywords = keywords
        self.star_args = star_args  # *args: the positionals are not fully visible
        self.star_kwargs = star_kwargs  # a non-literal **kwargs: the keywords are not either
        self.source = source  # the front-end's node of the call, for a rewrite

    @property
    def hidden(self) -> bool:
        """Whether the call may pass arguments the code does not show."""
        return self.star_args or self.star_kwargs


class Method(Record):
    __slots__ = ("name", "params", "anchor")

    def __init__(self, name: str, params: Tuple[str, ...], anchor: Any):
        self.name = name
        self.params = params
        self.anchor = anchor


class AttributeStore(Record):
    """``self.<attr> = ...`` ('assign'), ``self.<attr>[k] = ...`` ('item') or
    ``self.<attr>.append(...)`` ('append') inside a method."""

    __slots__ = ("attr", "how", "anchor")

    def __init__(self, attr: str, how: str, anchor: Any):
        self.attr = attr
        self.how = how
        self.anchor = anchor


class ClassInfo(Record):
    """A class whose bases include a Keras class."""

    __slots__ = ("name", "bases", "methods", "stores", "self_calls")

    def __init__(self, name: str, bases: Tuple[str, ...], methods: Tuple[Method, ...] = (),
                 stores: Tuple[AttributeStore, ...] = (), self_calls: Tuple[Call, ...] = ()):
        self.name = name
        self.bases = bases
        self.methods = methods
        self.stores = stores
        self.self_calls = self_calls  # calls of self.<method>(...)


class Imported(Record):
    """A name an import statement binds: ``name`` is the imported name of ``from m import
    name``, or the dotted module of ``import a.b``; ``statement`` is the front-end's node."""

    __slots__ = ("statement", "name")

    def __init__(self, statement: Any, name: str):
        self.statement = statement
        self.name = name


class Finding(Record):
    """One Keras 1 form. ``fix`` is the rewrite that turns it into Keras 2 (a tuple of
    :class:`keras2_lint.fixes.Edit`) when that needs no judgement, else None; ``refusal`` says
    why a form a rule usually rewrites cannot be rewritten here."""

    __slots__ = ("code", "message", "anchor", "fix", "refusal")

    def __init__(self, code: str, message: str, anchor: Any, fix: Optional[tuple] = None,
                 refusal: str = ""):
        self.code = code
        self.message = message  # one line, without the code; ends with the documentation URL
        self.anchor = anchor
        self.fix = fix
        self.refusal = refusal

    @property
    def mechanical(self) -> bool:
        """A rewrite may apply it without a person's judgement."""
        return self.fix is not None

    def _values(self) -> tuple:
        # findings are the same when they report the same; their edits name the nodes of the
        # tree they were found in, which another parse of the same text does not share
        return (self.code, self.message, self.anchor, self.mechanical, self.refusal)

    def __repr__(self) -> str:
        return (f"Finding(code={self.code!r}, message={self.message!r}, anchor={self.anchor!r}, "
                f"mechanical={self.mechanical!r}, refusal={self.refusal!r})")
