"""keras2-upgrade: rewrite the mechanical Keras 1 forms of Python files into Keras 2 and report
what needs a person.

The command is a face of its own over the catalogue and the ``ast`` front-end
(:mod:`keras2_lint.astfront`): the findings carry their fixes, and these modules only turn
them into text edits and write them:

* :mod:`~keras2_lint.upgrade.text`: positions of the parser as offsets in the text;
* :mod:`~keras2_lint.upgrade.syntax`: the extents of call arguments and import names;
* :mod:`~keras2_lint.upgrade.edits`: text edits, applied together, and lists losing items;
* :mod:`~keras2_lint.upgrade.identifiers`: where each name of a module occurs;
* :mod:`~keras2_lint.upgrade.imports`: what a rewrite changes in import statements;
* :mod:`~keras2_lint.upgrade.planner`: the text edits of a module's fixes;
* :mod:`~keras2_lint.upgrade.rewrite`: a module's text rewritten until nothing is left to fix;
* :mod:`~keras2_lint.upgrade.python2`: a Python 2 text read, checked and rewritten through a
  Python 3 view of it (fissix);
* :mod:`~keras2_lint.upgrade.notebook_json`: where a notebook's cell sources lie in its JSON;
* :mod:`~keras2_lint.upgrade.notebooks`: a notebook's code cells read and rewritten as one module;
* :mod:`~keras2_lint.upgrade.selection`: which codes are on (flake8's select/ignore, noqa);
* :mod:`~keras2_lint.upgrade.files`: finding, reading and writing files;
* :mod:`~keras2_lint.upgrade.output`: what a run prints, by ``--format`` (flake8's lines);
* :mod:`~keras2_lint.upgrade.report`: what every format says of a result (levels, file errors);
* :mod:`~keras2_lint.upgrade.github`: GitHub workflow annotations (``--format github``);
* :mod:`~keras2_lint.upgrade.sarif`: a SARIF 2.1.0 log for code scanning (``--format sarif``);
* :mod:`~keras2_lint.upgrade.cli`: the command line.
"""
