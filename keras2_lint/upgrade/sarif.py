"""``--format sarif``: the run as one SARIF 2.1.0 log, the format GitHub code scanning reads.

* ``tool.driver.rules`` holds every rule of the catalogue (its code, symbol, title as the short
  description, why as the full one, its documentation URL as ``helpUri``, its docs/rules.md
  section as help, its level and whether it is on by default), then E902 and E999;
* each site is a result with its rule's level, its message (and in a rewrite why it was left
  for a person), and a region: its line, and its column counted in characters from 1
  (``columnKind`` ``unicodeCodePoints``: ``Site.column`` counts UTF-8 bytes as flake8 prints,
  so the character column is the one given);
* a file that could not be read or parsed is a result too, of rule E902 or E999, level
  ``error``: it fails the gate as it fails ``--check``, so code scanning shows it;
* a site in a notebook cell is placed on the notebook's first line (the file's own lines are
  its JSON, and GitHub wants a line); its cell, line and column lead the message and are in
  the result's ``properties``.
"""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Iterable, List
from urllib.parse import quote

import keras2_lint
from keras2_lint import docs
from keras2_lint.rules import RULES, SEVERITY_TEXT
from keras2_lint.upgrade import report
from keras2_lint.upgrade.python_files import FileResult

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
VERSION = "2.1.0"


def rule_descriptor(rule) -> dict:
    return {
        "id": rule.code,
        "name": rule.symbol,
        "shortDescription": {"text": rule.title},
        "fullDescription": {"text": rule.why},
        "helpUri": rule.url,
        "help": {"text": f"{rule.title} ({SEVERITY_TEXT[rule.severity]}). {rule.why} "
                         f"Documentation: {rule.url}",
                 "markdown": docs.rule_section(rule)},
        "defaultConfiguration": {"level": report.LEVELS[rule.severity],
                                 "enabled": rule.default_enabled},
        "properties": {"tags": ["keras", "keras2-migration", rule.severity.value]},
    }


def error_descriptor(code: str) -> dict:
    return {"id": code, "shortDescription": {"text": report.ERROR_TITLES[code]},
            "defaultConfiguration": {"level": "error"}}


def descriptors() -> List[dict]:
    return [rule_descriptor(rule) for rule in RULES] + [
        error_descriptor(code) for code in report.ERROR_TITLES]


def uri(path: str) -> str:
    """The path as a URI reference: relative as given (``/`` between parts, escaped), or an
    absolute path's ``file:`` URI."""
    if os.path.isabs(path):
        return Path(path).as_uri()
    return quote(report.posix_path(path))


def location(path: str, line: int, column=None) -> dict:
    region = {"startLine": line}
    if column is not None:
        region["startColumn"] = column
    return {"physicalLocation": {"artifactLocation": {"uri": uri(path)}, "region": region}}


def site_result(path: str, site, rewriting: bool, index: dict) -> dict:
    result = {"ruleId": site.code, "ruleIndex": index[site.code],
              "level": report.level(site.code),
              "message": {"text": report.cell_prefix(site) + report.message(site, rewriting)}}
    cell = report.cell(site)
    if cell is None:
        result["locations"] = [location(path, site.line, report.characters(site))]
    else:
        result["locations"] = [location(path, 1)]
        result["properties"] = {"cell": cell, "cellLine": site.line,
                                "cellColumn": report.characters(site) or site.column}
    return result


def error_result(result: FileResult, index: dict) -> dict:
    code = report.error_code(result)
    line, column = report.error_position(result)
    return {"ruleId": code, "ruleIndex": index[code], "level": "error",
            "message": {"text": result.error},
            "locations": [location(result.path, line, column)]}


def log(results: Iterable[FileResult], rewriting: bool) -> dict:
    """The SARIF log of a run; in a rewrite, of the sites it left for a person (at their place
    in the rewritten file)."""
    rules = descriptors()
    index = {rule["id"]: number for number, rule in enumerate(rules)}
    found = []
    for result in results:
        if result.error is not None:
            found.append(error_result(result, index))
        found += [site_result(result.path, site, rewriting, index) for site in result.sites]
    driver = {"name": "keras2-upgrade", "version": keras2_lint.__version__, "rules": rules}
    return {"$schema": SCHEMA, "version": VERSION,
            "runs": [{"tool": {"driver": driver}, "columnKind": "unicodeCodePoints",
                      "results": found}]}


def lines(results: Iterable[FileResult], rewriting: bool) -> List[str]:
    return [json.dumps(log(results, rewriting), indent=2)]
