"""Derive the Keras 1 -> Keras 2 keyword table from the real Keras 2.2.4 source.

Keras 2.2.4 still accepts many Keras 1 keyword arguments through the
"legacy interface" decorators defined in ``keras/legacy/interfaces.py``.
This helper downloads the Keras 2.2.4 wheel (once, cached), and *parses* its
source with :mod:`ast` -- keras is never imported -- to list every
``(callable, Keras-1 keyword)`` pair that those shims convert.

The result is meant to be used by tests as an independent oracle for the
keyword tables of keras2-lint.

How the table is derived (all static, by simple names):

a. ``legacy_X = generate_legacy_interface(...)`` (or
   ``generate_legacy_method_interface(...)``) assignments in
   ``keras/legacy/interfaces.py`` give ``conversions=[(old, new), ...]`` and
   ``preprocessor=<function>``.
b. Each preprocessor (and, transitively, the module-level functions it calls
   by name) contributes the first argument of every ``kwargs.pop('<const>')``
   call, with ``new_keyword=None`` unless the keyword is also in
   ``conversions``.  Keys merely tested with ``in kwargs`` or subscripted are
   not collected.
c. A class whose ``__init__`` is decorated with ``@interfaces.legacy_X`` gets
   the pairs of ``legacy_X``; a decorated method other than ``__init__``
   (e.g. ``Model.fit_generator``) is reported under the method name.
d. A class without its own ``__init__`` inherits the pairs of its first base
   (by simple name) that has pairs, transitively.
e. Module-level aliases ``A = B`` / ``A = B = C`` copy the pairs of ``C``.
f. A module-level function ``F(*args, **kwargs)`` containing
   ``return C(*args, **kwargs)`` gets ``C``'s pairs plus the keywords it pops
   from ``kwargs`` itself (decorator :data:`FUNCTION_BODY`); the new keyword
   is known when the popped value is stored back with
   ``kwargs['<new>'] = <variable holding the popped value>``.
g. Names starting with ``_`` are dropped.

Run ``python tests/keras_legacy_table.py [SRC_DIR]`` to print the table.

Only the Python (3.9+) standard library is used.
"""

from __future__ import annotations

import ast
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile
import warnings
import zipfile
from typing import Dict, FrozenSet, Iterable, Iterator, List, NamedTuple, Optional, Set, Tuple

__all__ = [
    'CACHE_ENV_VAR',
    'FUNCTION_BODY',
    'KERAS_VERSION',
    'KerasSourceError',
    'LegacyPair',
    'keras_224_source_dir',
    'legacy_keyword_pairs',
]

KERAS_VERSION = '2.2.4'

#: Environment variable overriding the cache directory.
CACHE_ENV_VAR = 'KERAS2_LINT_CACHE'

#: ``decorator`` value of pairs that come from the body of a forwarding
#: function (e.g. ``atrous_rate`` popped in ``AtrousConvolution2D``) rather
#: than from a legacy interface decorator.
FUNCTION_BODY = '<function body>'

_INTERFACES_REL = pathlib.PurePosixPath('keras', 'legacy', 'interfaces.py')
_GENERATORS = ('generate_legacy_interface', 'generate_legacy_method_interface')
# Parameter order of generate_legacy_interface in Keras 2.2.4; only used if
# the definition cannot be found in the parsed file.
_DEFAULT_GENERATOR_PARAMS = ('allowed_positional_args', 'conversions',
                             'preprocessor', 'value_conversions', 'object_type')
_PIP_TIMEOUT_SECONDS = 900


class KerasSourceError(RuntimeError):
    """The Keras source could not be obtained or has an unexpected shape."""


class LegacyPair(NamedTuple):
    """One Keras 1 keyword converted by a Keras 2.2.4 legacy shim."""

    callable_name: str          # class, alias, function or method name
    module: str                 # dotted module defining callable_name
    old_keyword: str            # the Keras 1 keyword
    new_keyword: Optional[str]  # its Keras 2 name, None if dropped/reshaped
    decorator: str              # legacy_X interface, or FUNCTION_BODY


# --------------------------------------------------------------------------
# Obtaining the source
# --------------------------------------------------------------------------

def _cache_root() -> pathlib.Path:
    configured = os.environ.get(CACHE_ENV_VAR)
    if configured:
        return pathlib.Path(configured).expanduser()
    return pathlib.Path('~', '.cache', 'keras2-lint').expanduser()


def _download_wheel(dest: pathlib.Path) -> pathlib.Path:
    cmd = [sys.executable, '-m', 'pip', 'download',
           '--disable-pip-version-check',
           '--no-deps', '--only-binary', ':all:',
           'keras==' + KERAS_VERSION, '-d', str(dest)]
    try:
        proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                              universal_newlines=True, timeout=_PIP_TIMEOUT_SECONDS)
    except subprocess.TimeoutExpired as exc:
        raise KerasSourceError(
            'Timed out after %ss downloading the Keras %s wheel: %s'
            % (_PIP_TIMEOUT_SECONDS, KERAS_VERSION, ' '.join(cmd))) from exc
    except OSError as exc:
        raise KerasSourceError('Could not run pip to download the Keras %s wheel '
                               '(%s): %s' % (KERAS_VERSION, ' '.join(cmd), exc)) from exc
    if proc.returncode != 0:
        tail = '\n'.join(proc.stdout.strip().splitlines()[-20:])
        raise KerasSourceError(
            'Downloading the Keras %s wheel failed (exit status %d).\n'
            'Command: %s\nOutput (last lines):\n%s\n'
            'Network access to PyPI (or a configured index) is required the first '
            'time; alternatively pre-populate the cache (%s or ~/.cache/keras2-lint).'
            % (KERAS_VERSION, proc.returncode, ' '.join(cmd), tail, CACHE_ENV_VAR))
    wheels = sorted(dest.glob('*.whl'))
    if len(wheels) != 1:
        raise KerasSourceError('Expected exactly one wheel in %s after pip download, '
                               'found: %s' % (dest, [w.name for w in wheels] or 'none'))
    return wheels[0]


def keras_224_source_dir() -> pathlib.Path:
    """Return a directory containing the ``keras/`` package of Keras 2.2.4.

    The wheel is downloaded with pip and unpacked into the cache directory
    (``$KERAS2_LINT_CACHE`` or ``~/.cache/keras2-lint``) on first use; later
    calls reuse it.  Concurrent callers are safe: each unpacks into its own
    temporary directory which is then renamed into place atomically.
    """
    root = _cache_root()
    target = root / ('keras-' + KERAS_VERSION)
    marker = target.joinpath(*_INTERFACES_REL.parts)
    if marker.is_file():
        return target

    try:
        root.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise KerasSourceError('Cannot create cache directory %s: %s' % (root, exc)) from exc

    download_dir = pathlib.Path(tempfile.mkdtemp(prefix='.download-', dir=str(root)))
    extract_dir = pathlib.Path(tempfile.mkdtemp(prefix='.extract-', dir=str(root)))
    try:
        wheel = _download_wheel(download_dir)
        try:
            with zipfile.ZipFile(str(wheel)) as archive:
                archive.extractall(str(extract_dir))
        except (zipfile.BadZipFile, OSError) as exc:
            raise KerasSourceError('Cannot unpack %s: %s' % (wheel, exc)) from exc
        if not extract_dir.joinpath(*_INTERFACES_REL.parts).is_file():
            raise KerasSourceError('%s does not contain %s; is it really Keras %s?'
                                   % (wheel.name, _INTERFACES_REL, KERAS_VERSION))
        # mkdtemp() creates the directory as 0700; make the cache readable
        # like a normally created directory would be.
        os.chmod(str(extract_dir), 0o755)
        try:
            os.replace(str(extract_dir), str(target))
        except OSError as exc:
            # Another process most likely got there first; fine if complete.
            if not marker.is_file():
                raise KerasSourceError(
                    'Cannot move the unpacked wheel to %s (%s). If that directory '
                    'is stale or incomplete, delete it and retry.' % (target, exc)) from exc
    finally:
        shutil.rmtree(str(download_dir), ignore_errors=True)
        shutil.rmtree(str(extract_dir), ignore_errors=True)

    if not marker.is_file():
        raise KerasSourceError('%s is missing after unpacking into %s' % (marker, target))
    return target


# --------------------------------------------------------------------------
# AST helpers
# --------------------------------------------------------------------------

def _parse(path: pathlib.Path) -> ast.Module:
    try:
        source = path.read_text(encoding='utf-8')
    except (OSError, UnicodeDecodeError) as exc:
        raise KerasSourceError('Cannot read %s: %s' % (path, exc)) from exc
    with warnings.catch_warnings():
        # Old source: invalid escape sequences etc. are irrelevant here.
        warnings.simplefilter('ignore')
        try:
            return ast.parse(source, filename=str(path))
        except SyntaxError as exc:
            raise KerasSourceError('Cannot parse %s: %s' % (path, exc)) from exc


def _toplevel_statements(body: Iterable[ast.stmt]) -> Iterator[ast.stmt]:
    """Module-level statements, looking inside if/try/with blocks."""
    for node in body:
        yield node
        if isinstance(node, ast.If):
            yield from _toplevel_statements(node.body)
            yield from _toplevel_statements(node.orelse)
        elif isinstance(node, ast.Try):
            yield from _toplevel_statements(node.body)
            for handler in node.handlers:
                yield from _toplevel_statements(handler.body)
            yield from _toplevel_statements(node.orelse)
            yield from _toplevel_statements(node.finalbody)
        elif isinstance(node, (ast.With, ast.AsyncWith)):
            yield from _toplevel_statements(node.body)


def _terminal_name(node: ast.AST) -> Optional[str]:
    """``foo`` for ``foo`` and ``a.b.foo``; None otherwise."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


def _str_const(node: Optional[ast.AST]) -> Optional[str]:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _describe(node: ast.AST) -> str:
    try:
        return ast.unparse(node)  # Python 3.9+
    except Exception:  # pragma: no cover - defensive
        return ast.dump(node)


def _kwargs_param(func: ast.FunctionDef) -> str:
    """Name of the parameter holding the keyword dict of ``func``."""
    if func.args.kwarg is not None:
        return func.args.kwarg.arg
    positional = list(func.args.posonlyargs) + list(func.args.args)
    if len(positional) >= 2:  # preprocessor(args, kwargs)
        return positional[1].arg
    return 'kwargs'


def _is_pop_call(node: ast.AST, kwargs_name: str) -> Optional[str]:
    """The key of ``<kwargs_name>.pop('<key>', ...)``, else None."""
    if (isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == 'pop'
            and isinstance(node.func.value, ast.Name)
            and node.func.value.id == kwargs_name
            and node.args):
        return _str_const(node.args[0])
    return None


def _popped_keywords(func: ast.FunctionDef) -> List[str]:
    """Keys popped from the keyword dict in ``func``, in source order."""
    kwargs_name = _kwargs_param(func)
    found = []
    for node in ast.walk(func):
        key = _is_pop_call(node, kwargs_name)
        if key is not None:
            found.append((node.lineno, node.col_offset, key))
    return list(dict.fromkeys(key for _, _, key in sorted(found)))


def _popped_with_destination(func: ast.FunctionDef) -> Dict[str, Optional[str]]:
    """Map each popped key of ``func`` to the key it is stored back under.

    ``v = kwargs.pop('old')`` ... ``kwargs['new'] = v`` (or directly
    ``kwargs['new'] = kwargs.pop('old')``) maps ``old -> new``; keys stored
    under zero or several names map to None.
    """
    kwargs_name = _kwargs_param(func)
    var_sources: Dict[str, Set[str]] = {}
    for node in ast.walk(func):
        if isinstance(node, ast.Assign):
            key = _is_pop_call(node.value, kwargs_name)
            if key is None:
                continue
            for target in node.targets:
                if isinstance(target, ast.Name):
                    var_sources.setdefault(target.id, set()).add(key)
    destinations: Dict[str, Set[str]] = {}
    for node in ast.walk(func):
        if not isinstance(node, ast.Assign):
            continue
        sources: Set[str] = set()
        direct = _is_pop_call(node.value, kwargs_name)
        if direct is not None:
            sources.add(direct)
        elif isinstance(node.value, ast.Name):
            sources |= var_sources.get(node.value.id, set())
        if not sources:
            continue
        for target in node.targets:
            if (isinstance(target, ast.Subscript)
                    and isinstance(target.value, ast.Name)
                    and target.value.id == kwargs_name):
                new = _str_const(target.slice)  # Python 3.9+: no ast.Index
                if new is not None:
                    for old in sources:
                        destinations.setdefault(old, set()).add(new)
    result: Dict[str, Optional[str]] = {}
    for old in _popped_keywords(func):
        dest = destinations.get(old, set())
        result[old] = next(iter(dest)) if len(dest) == 1 else None
    return result


# --------------------------------------------------------------------------
# Step a/b: the legacy interfaces
# --------------------------------------------------------------------------

# (old_keyword, new_keyword, decorator)
_Entry = Tuple[str, Optional[str], str]


def _parse_conversions(node: ast.AST, where: str) -> List[Tuple[str, str]]:
    if isinstance(node, ast.Constant) and node.value is None:
        return []
    if not isinstance(node, (ast.List, ast.Tuple)):
        raise KerasSourceError('%s: conversions is not a literal list: %s'
                               % (where, _describe(node)))
    pairs = []
    for item in node.elts:
        if not (isinstance(item, (ast.Tuple, ast.List)) and len(item.elts) == 2):
            raise KerasSourceError('%s: unexpected conversions item: %s'
                                   % (where, _describe(item)))
        old, new = (_str_const(e) for e in item.elts)
        if old is None or new is None:
            raise KerasSourceError('%s: conversions item is not two strings: %s'
                                   % (where, _describe(item)))
        pairs.append((old, new))
    return pairs


def _legacy_interfaces(interfaces_py: pathlib.Path) -> Dict[str, List[_Entry]]:
    """``{'legacy_dense_support': [(old, new_or_None, 'legacy_dense_support'), ...]}``."""
    tree = _parse(interfaces_py)
    functions: Dict[str, ast.FunctionDef] = {}
    for node in _toplevel_statements(tree.body):
        if isinstance(node, ast.FunctionDef):
            functions[node.name] = node

    generator_def = functions.get(_GENERATORS[0])
    if generator_def is not None:
        param_names = tuple(a.arg for a in generator_def.args.posonlyargs + generator_def.args.args)
    else:
        param_names = _DEFAULT_GENERATOR_PARAMS

    def pops_transitively(name: str) -> List[str]:
        seen: Set[str] = set()
        ordered: List[str] = []
        todo = [name]
        while todo:
            current = todo.pop(0)
            if current in seen:
                continue
            seen.add(current)
            func = functions.get(current)
            if func is None:
                if current == name:
                    raise KerasSourceError('%s: preprocessor %r is not a module-level '
                                           'function' % (interfaces_py, name))
                continue
            for key in _popped_keywords(func):
                if key not in ordered:
                    ordered.append(key)
            for node in ast.walk(func):
                if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                        and node.func.id in functions):
                    todo.append(node.func.id)
        return ordered

    result: Dict[str, List[_Entry]] = {}
    for node in _toplevel_statements(tree.body):
        if not (isinstance(node, ast.Assign) and isinstance(node.value, ast.Call)):
            continue
        if _terminal_name(node.value.func) not in _GENERATORS:
            continue
        names = [t.id for t in node.targets if isinstance(t, ast.Name)]
        if not names:
            continue
        where = '%s:%d (%s)' % (interfaces_py, node.lineno, names[0])
        arguments: Dict[str, ast.AST] = {}
        for index, arg in enumerate(node.value.args):
            if index >= len(param_names) or isinstance(arg, ast.Starred):
                raise KerasSourceError('%s: unsupported positional argument %s'
                                       % (where, _describe(arg)))
            arguments[param_names[index]] = arg
        for keyword in node.value.keywords:
            if keyword.arg is None:
                raise KerasSourceError('%s: unsupported **kwargs in call' % where)
            arguments[keyword.arg] = keyword.value

        conversions = (_parse_conversions(arguments['conversions'], where)
                       if 'conversions' in arguments else [])
        preprocessor = None
        if 'preprocessor' in arguments:
            pre = arguments['preprocessor']
            if isinstance(pre, ast.Name):
                preprocessor = pre.id
            elif not (isinstance(pre, ast.Constant) and pre.value is None):
                raise KerasSourceError('%s: preprocessor is not a function name: %s'
                                       % (where, _describe(pre)))

        new_by_old: Dict[str, Optional[str]] = {}
        for old, new in conversions:
            new_by_old.setdefault(old, new)
        if preprocessor is not None:
            for old in pops_transitively(preprocessor):
                new_by_old.setdefault(old, None)
        for name in names:
            result[name] = [(old, new, name) for old, new in new_by_old.items()]

    if not result:
        raise KerasSourceError('No generate_legacy_interface(...) assignments found in %s'
                               % interfaces_py)
    return result


# --------------------------------------------------------------------------
# Step c-f: callables using the interfaces
# --------------------------------------------------------------------------

_Key = Tuple[str, str]  # (module, name)


class _ClassInfo(NamedTuple):
    bases: Tuple[str, ...]
    has_init: bool
    init_decorators: Tuple[str, ...]


class _ForwardInfo(NamedTuple):
    target: str
    own: Tuple[Tuple[str, Optional[str]], ...]


class _AliasInfo(NamedTuple):
    target: str


class _Opaque(NamedTuple):
    pass


def _module_name(src_dir: pathlib.Path, path: pathlib.Path) -> str:
    parts = list(path.relative_to(src_dir).with_suffix('').parts)
    if parts[-1] == '__init__':
        parts.pop()
    return '.'.join(parts)


def _legacy_decorators(func: ast.FunctionDef, interfaces: Dict[str, List[_Entry]],
                       where: str) -> List[str]:
    found = []
    for deco in func.decorator_list:
        name = _terminal_name(deco)
        if name is None:
            continue
        if name in interfaces:
            found.append(name)
        elif (isinstance(deco, ast.Attribute) and isinstance(deco.value, ast.Name)
              and deco.value.id == 'interfaces'):
            raise KerasSourceError('%s: decorator interfaces.%s is not defined in '
                                   'keras/legacy/interfaces.py' % (where, name))
    return found


def _forward_target(func: ast.FunctionDef) -> Optional[str]:
    """``C`` if ``func(*args, **kwargs)`` contains ``return C(*args, **kwargs)``."""
    if func.args.vararg is None or func.args.kwarg is None:
        return None
    vararg, kwarg = func.args.vararg.arg, func.args.kwarg.arg
    for node in ast.walk(func):
        if not (isinstance(node, ast.Return) and isinstance(node.value, ast.Call)):
            continue
        call = node.value
        target = _terminal_name(call.func)
        if (target is not None
                and len(call.args) == 1
                and isinstance(call.args[0], ast.Starred)
                and isinstance(call.args[0].value, ast.Name)
                and call.args[0].value.id == vararg
                and len(call.keywords) == 1
                and call.keywords[0].arg is None
                and isinstance(call.keywords[0].value, ast.Name)
                and call.keywords[0].value.id == kwarg):
            return target
    return None


def legacy_keyword_pairs(src_dir) -> List[LegacyPair]:
    """All (callable, Keras 1 keyword) pairs converted by Keras' legacy shims.

    ``src_dir`` is the directory containing the ``keras/`` package, e.g. the
    result of :func:`keras_224_source_dir`.  Returns a sorted list without
    duplicates.
    """
    src_dir = pathlib.Path(src_dir)
    interfaces_py = src_dir.joinpath(*_INTERFACES_REL.parts)
    if not interfaces_py.is_file():
        raise KerasSourceError('%s not found; %s is not a Keras source directory'
                               % (interfaces_py, src_dir))
    interfaces = _legacy_interfaces(interfaces_py)

    definitions: Dict[_Key, object] = {}
    by_name: Dict[str, List[_Key]] = {}
    methods: Set[LegacyPair] = set()

    package_dir = src_dir / 'keras'
    for path in sorted(package_dir.rglob('*.py')):
        if path.resolve() == interfaces_py.resolve():
            continue
        module = _module_name(src_dir, path)
        tree = _parse(path)
        for node in _toplevel_statements(tree.body):
            if isinstance(node, ast.ClassDef):
                has_init = False
                init_decorators: List[str] = []
                for item in node.body:
                    if not isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef)):
                        continue
                    where = '%s:%d (%s.%s)' % (path, item.lineno, node.name, item.name)
                    decorators = _legacy_decorators(item, interfaces, where)
                    if item.name == '__init__':
                        has_init = True
                        init_decorators = decorators
                    else:
                        for deco in decorators:
                            for old, new, origin in interfaces[deco]:
                                methods.add(LegacyPair(item.name, module, old, new, origin))
                bases = tuple(n for n in (_terminal_name(b) for b in node.bases) if n)
                definitions[(module, node.name)] = _ClassInfo(
                    bases, has_init, tuple(init_decorators))
                by_name.setdefault(node.name, []).append((module, node.name))
            elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                target = _forward_target(node)
                if target is None:
                    definitions[(module, node.name)] = _Opaque()
                else:
                    own = tuple(_popped_with_destination(node).items())
                    definitions[(module, node.name)] = _ForwardInfo(target, own)
                by_name.setdefault(node.name, []).append((module, node.name))
            elif isinstance(node, ast.Assign):
                targets = [t.id for t in node.targets if isinstance(t, ast.Name)]
                if isinstance(node.value, ast.Name):
                    info: object = _AliasInfo(node.value.id)
                else:
                    info = _Opaque()
                for name in targets:
                    definitions[(module, name)] = info
                    by_name.setdefault(name, []).append((module, name))

    memo: Dict[_Key, Optional[FrozenSet[_Entry]]] = {}
    in_progress: Set[_Key] = set()

    def resolve(name: str, module: str) -> Optional[FrozenSet[_Entry]]:
        """Pairs of ``name`` as seen from ``module`` (None: not legacy)."""
        if (module, name) in definitions:
            return pairs_of((module, name))
        # Imported name: look it up by simple name anywhere in keras/.
        found = [pairs_of(key) for key in dict.fromkeys(by_name.get(name, []))]
        found = [p for p in found if p is not None]
        if not found:
            return None
        return frozenset().union(*found)

    def pairs_of(key: _Key) -> Optional[FrozenSet[_Entry]]:
        if key in memo:
            return memo[key]
        if key in in_progress:  # cycle (e.g. X = X); give up on this path
            return None
        in_progress.add(key)
        module, _ = key
        info = definitions[key]
        result: Optional[FrozenSet[_Entry]] = None
        if isinstance(info, _ClassInfo):
            if info.init_decorators:
                result = frozenset(e for d in info.init_decorators for e in interfaces[d])
            elif not info.has_init:
                for base in info.bases:
                    inherited = resolve(base, module)
                    if inherited is not None:
                        result = inherited
                        break
        elif isinstance(info, _ForwardInfo):
            forwarded = resolve(info.target, module)
            if forwarded is not None:
                own = frozenset((old, new, FUNCTION_BODY) for old, new in info.own)
                result = forwarded | own
        elif isinstance(info, _AliasInfo):
            result = resolve(info.target, module)
        in_progress.discard(key)
        memo[key] = result
        return result

    pairs: Set[LegacyPair] = set(methods)
    for key in definitions:
        entries = pairs_of(key)
        if entries:
            module, name = key
            for old, new, origin in entries:
                pairs.add(LegacyPair(name, module, old, new, origin))

    return sorted((p for p in pairs if not p.callable_name.startswith('_')),
                  key=lambda p: (p.callable_name, p.module, p.old_keyword,
                                 p.new_keyword or '', p.new_keyword is None, p.decorator))


# --------------------------------------------------------------------------

def _main(argv: List[str]) -> int:
    src_dir = pathlib.Path(argv[0]) if argv else keras_224_source_dir()
    pairs = legacy_keyword_pairs(src_dir)
    print('# Keras %s legacy keyword pairs (source: %s)' % (KERAS_VERSION, src_dir))
    widths = [max([len(h)] + [len(str(getattr(p, h))) for p in pairs])
              for h in LegacyPair._fields]
    header = '  '.join(h.ljust(w) for h, w in zip(LegacyPair._fields, widths))
    print(header.rstrip())
    print('-' * len(header.rstrip()))
    for pair in pairs:
        print('  '.join(str(v).ljust(w) for v, w in zip(pair, widths)).rstrip())
    callables = sorted({(p.module, p.callable_name) for p in pairs})
    print()
    print('%d pairs, %d distinct (module, callable), %d distinct callable names'
          % (len(pairs), len(callables), len({p.callable_name for p in pairs})))
    return 0


if __name__ == '__main__':
    sys.exit(_main(sys.argv[1:]))
