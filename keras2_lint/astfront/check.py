"""Every finding of one module parsed by the stdlib ``ast``."""
from __future__ import annotations

import ast
from typing import Optional, Sequence


def mentions_keras(lines: Sequence[str]) -> bool:
    return "keras" in "".join(lines)  # one search in C, not a Python loop over the lines


def check_tree(tree: ast.AST, lines: Optional[Sequence[str]] = None,
               keras1_parts: Optional[list] = None) -> list:
    """All findings of one parsed module (used by the plugin, keras2-upgrade and tests).

    Given the module's lines, only the statements that name something the catalogue could
    report on are visited: the names the file binds to Keras are only known once it has been
    resolved, so it is resolved again, looking for more names, until none is new.

    Given ``keras1_parts``, what was visited on the Keras 1 side of a compatibility branch
    (statement lists and expressions, keras2_lint.guards) is appended to it.
    """
    # imported on first use: a run over Keras-free files never loads the catalogue
    from keras2_lint.astfront.lines import LineWords
    from keras2_lint.astfront.resolver import Resolver, keras_imports
    from keras2_lint.checks import FileReport
    from keras2_lint.names import words_to_find

    line_words = LineWords(lines) if lines is not None else None
    if line_words is None or not line_words.cover(tree) or ":=" in line_words.text:
        report = FileReport()  # a walrus binds inside expressions, which a skip would miss
        Resolver(report, keras1_parts=keras1_parts).run(tree)
        return report.finish()
    names, star = keras_imports(tree)
    words = words_to_find(names, star)
    while True:
        report, parts = FileReport(), None if keras1_parts is None else []
        resolver = Resolver(report, line_words.hits_before(words), parts)
        resolver.run(tree)
        names |= resolver.keras_names
        star = star or resolver.star_imported
        wanted = words_to_find(names, star)
        if wanted == words:
            if parts:
                keras1_parts.extend(parts)
            return report.finish()
        words = wanted
