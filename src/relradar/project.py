"""The project file: `relradar.toml`, or `[tool.relradar]` in pyproject.toml.

Found from the working directory upward, it holds what a team would otherwise repeat on every
command line (inputs, column mapping, roles, lexicons, language, scoring thresholds, check
gates), so a CI job can run `relradar check` with no flags. Flags override it. Relative paths
in it are relative to the file's folder, so it works from any subfolder.

    files = ["chats.csv", "emails.jsonl"]
    lexicon = ["ours.yaml"]
    language = "en"
    customer_role = ["customer", "member"]

    [columns]            # the --*-col flags: id, text, time, role, brand, language, label
    brand = "brand"

    [scoring]            # thresholds of the lexicon's scoring section
    min_share = 0.4

    [check]              # settings for one command: its own options or any of the above
    labels = "labels.csv"
    min_accuracy = 0.7
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from relradar.errors import InputError
from relradar.hints import did_you_mean

FILE_NAME = "relradar.toml"
COMMANDS = ("classify", "explain", "trends", "check", "report", "suggest")
COLUMN_KEYS = {"id": "id_col", "text": "text_col", "time": "time_col", "role": "role_col",
               "brand": "brand_col", "language": "language_col", "label": "label_col"}
PATH_KEYS = frozenset({"files", "lexicon", "labels", "junit", "output"})
# Settings that must not live in a file that is committed to a repository.
SECRET_KEYS = {"salt": "keep the salt out of files: set RELRADAR_SALT or pass --salt"}


@dataclass(frozen=True)
class Setting:
    value: Any
    where: str           # "relradar.toml:12"


@dataclass(frozen=True)
class ProjectFile:
    path: Path
    general: dict[str, Setting] = field(default_factory=dict)
    sections: dict[str, dict[str, Setting]] = field(default_factory=dict)
    scoring: dict[str, Setting] = field(default_factory=dict)

    def setting(self, section: str | None, name: str) -> Setting | None:
        """A command's own section first, then the general settings."""
        if section is not None and name in self.sections.get(section, {}):
            return self.sections[section][name]
        return self.general.get(name)

    def scoring_overrides(self) -> dict[str, float]:
        return {name: float(s.value) for name, s in self.scoring.items()}


def find_project_file(start: Path | None = None) -> Path | None:
    """The nearest relradar.toml, or pyproject.toml with [tool.relradar], from `start` up."""
    folder = (start or Path.cwd()).resolve()
    for candidate in (folder, *folder.parents):
        own = candidate / FILE_NAME
        if own.is_file():
            return own
        pyproject = candidate / "pyproject.toml"
        if pyproject.is_file() and _has_tool_table(pyproject):
            return pyproject
    return None


def _has_tool_table(path: Path) -> bool:
    """Whether pyproject.toml holds relradar settings, however it spells them ([tool.relradar],
    [tool."relradar"], tool.relradar.jobs = 2, [tool] with relradar.jobs = 2)."""
    try:
        text = path.read_bytes().decode("utf-8", "replace")
    except OSError:
        return False
    try:
        return _tool_table(tomllib.loads(text)) is not None
    except tomllib.TOMLDecodeError:     # still ours if it names the table: reported on loading
        lines = _Lines(text, TOOL_TABLE)
        return bool(lines.table_at or lines.keys)


def _tool_table(data: dict[str, Any]) -> Any:
    """The value of tool.relradar in a parsed pyproject.toml, or None."""
    tool = data.get("tool")
    return tool.get("relradar") if isinstance(tool, dict) else None


TOOL_TABLE = ("tool", "relradar")       # where pyproject.toml keeps relradar's settings
KEY_PART_RE = re.compile(r"""\s*(?:([A-Za-z0-9_-]+)|"((?:[^"\\]|\\.)*)"|'([^']*)')\s*""")
HEADER_RE = re.compile(r"\s*\[\[?")
HEADER_END_RE = re.compile(r"\]\]?\s*(#.*)?$")
MULTILINE_QUOTES = ('"""', "'''")


def _dotted_key(line: str, start: int) -> tuple[tuple[str, ...], int] | None:
    """The parts of the TOML key at `start` (tool."relradar".jobs: tool, relradar, jobs) and
    where it ends, or None when no key starts there."""
    parts: list[str] = []
    while (found := KEY_PART_RE.match(line, start)) is not None:
        parts.append(next(group for group in found.groups() if group is not None))
        start = found.end()
        if not line.startswith(".", start):
            return tuple(parts), start
        start += 1
    return None


class _Lines:
    """Line numbers of tables and keys, for messages and `relradar config` (tomllib keeps
    none). Names are relative to `prefix` (tool.relradar in pyproject.toml), however the file
    spells them: quoted parts, dotted keys (tool.relradar.jobs = 2, classify.limit = 5)."""

    def __init__(self, text: str, prefix: tuple[str, ...] = ()) -> None:
        self.prefix = prefix
        self.table_at: dict[str, int] = {}
        self.keys: dict[tuple[str, str], int] = {}
        table: tuple[str, ...] = ()
        in_string = ""          # the quotes of a multi-line string still open
        for number, line in enumerate(text.splitlines(), 1):
            if in_string:
                if line.count(in_string) % 2:
                    in_string = ""
                continue
            header = HEADER_RE.match(line)
            key = _dotted_key(line, header.end() if header else 0)
            if key is None:
                continue
            parts, end = key
            if header:
                if HEADER_END_RE.match(line, end):
                    table = parts
                    self._table(parts, number)
            elif line.startswith("=", end):
                self._key(table, parts, number)
                in_string = next((q for q in MULTILINE_QUOTES if line.count(q, end) % 2), "")

    def _relative(self, path: tuple[str, ...]) -> str | None:
        """A table's name under the prefix ('' for the prefix itself), or None outside it."""
        if path[:len(self.prefix)] != self.prefix:
            return None
        return ".".join(path[len(self.prefix):])

    def _table(self, path: tuple[str, ...], number: int) -> None:
        name = self._relative(path)
        if name is not None:
            self.table_at.setdefault(name, number)

    def _key(self, table: tuple[str, ...], parts: tuple[str, ...], number: int) -> None:
        path = table + parts
        for depth in range(len(table) + 1, len(path) + 1):   # the tables a dotted key opens,
            self._table(path[:depth], number)                 # and an inline table's own
        owner = self._relative(path[:-1])
        if owner is not None:
            self.keys.setdefault((owner, path[-1]), number)

    def line(self, table: str, key: str) -> int | None:
        """The key's line; for a key that is a table ([classify.extra]) its header's, or the
        first header under it ([classify.extra.more]); else the line of the table, or of the
        nearest table around it (a key inside an inline table)."""
        sub = f"{table}.{key}".lstrip(".")
        parts = table.split(".") if table else []
        around = (".".join(parts[:depth]) for depth in range(len(parts), -1, -1))
        return (self.keys.get((table, key)) or self.table_at.get(sub)
                or next((n for name, n in self.table_at.items() if name.startswith(sub + ".")),
                        None)
                or next((self.table_at[name] for name in around if name in self.table_at),
                        None))


def load_project_file(path: Path, known: frozenset[str],
                      check: Callable[[str, Any, str], str | None] | None = None
                      ) -> ProjectFile:
    """Read and check a project file; `known` are the general setting names, and `check`
    (name, value, file:line -> a problem or None) checks a general setting's value.

    Every problem is reported at once, each with file:line.
    """
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read the project file ({exc.strerror})",
                         "check the path given with --config or RELRADAR_CONFIG") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:       # TOML is UTF-8 by definition
        line_start = raw.rfind(b"\n", 0, exc.start) + 1
        number = raw.count(b"\n", 0, exc.start) + 1
        raise InputError(f"{_display(path)}:{number}: the project file is not valid UTF-8 "
                         f"(byte 0x{raw[exc.start]:02x} at column {exc.start - line_start + 1})",
                         f"save {_display(path)} as UTF-8, or run with --no-config") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise InputError(f"{path}: not valid TOML ({exc})", "fix the file") from None
    lines = _Lines(text, TOOL_TABLE if path.name == "pyproject.toml" else ())
    name = _display(path)
    problems: list[str] = []

    def where(table: str, key: str) -> str:
        number = lines.line(table, key)
        return f"{name}:{number}" if number else name

    if path.name == "pyproject.toml":
        data = _tool_table(data)
        if data is None:
            data = {}
        elif not isinstance(data, dict):
            raise InputError(f"{where('', '')}: tool.relradar must be a table, not {data!r}",
                             f"fix {name}, or run with --no-config")

    def settings(table: str, values: dict[str, Any], allowed: frozenset[str] | None
                 ) -> dict[str, Setting]:
        out: dict[str, Setting] = {}
        for key, value in values.items():
            if key in SECRET_KEYS:
                problems.append(f"{where(table, key)}: {key!r} is not allowed in a project "
                                f"file; {SECRET_KEYS[key]}")
                continue
            if key == "columns" and isinstance(value, dict):
                for col, col_value in value.items():
                    if col not in COLUMN_KEYS:
                        sub = f"{table}.columns".lstrip(".")
                        problems.append(f"{where(sub, col)}: unknown column {col!r}"
                                        f"{did_you_mean(col, COLUMN_KEYS)} (columns: "
                                        f"{', '.join(COLUMN_KEYS)})")
                        continue
                    out[COLUMN_KEYS[col]] = Setting(col_value,
                                                    where(f"{table}.columns".lstrip("."), col))
                continue
            if allowed is not None and key not in allowed:
                problems.append(f"{where(table, key)}: unknown setting {key!r}"
                                f"{did_you_mean(key, allowed | {'columns'})}")
                continue
            if key in PATH_KEYS:
                value = _paths(value, path.parent)
            out[key] = Setting(value, where(table, key))
        return out

    general_values = {k: v for k, v in data.items()
                      if k not in COMMANDS and k != "scoring"}
    general = settings("", general_values, known)
    if check is not None:
        for key, setting in general.items():
            why = check(key, setting.value, setting.where)
            if why is not None:
                problems.append(why)
    sections: dict[str, dict[str, Setting]] = {}
    for command in COMMANDS:
        table = data.get(command)
        if table is None:
            continue
        if not isinstance(table, dict):
            problems.append(f"{where(command, command)}: [{command}] must be a table")
            continue
        sections[command] = settings(command, table, None)   # checked by the command
    scoring: dict[str, Setting] = {}
    raw_scoring = data.get("scoring", {})
    if raw_scoring:
        from relradar.lexicon import SCORING_DEFAULTS, scoring_value_problem

        for key, value in (raw_scoring.items() if isinstance(raw_scoring, dict) else ()):
            spot = where("scoring", key)
            if key not in SCORING_DEFAULTS:
                problems.append(f"{spot}: unknown scoring threshold {key!r}"
                                f"{did_you_mean(key, SCORING_DEFAULTS)} (known: "
                                f"{', '.join(SCORING_DEFAULTS)})")
            elif (why := scoring_value_problem(key, value)) is not None:
                problems.append(f"{spot}: scoring.{why}")
            else:
                scoring[key] = Setting(value, spot)
    if problems:
        raise InputError("; ".join(sorted(problems, key=line_of)),
                         f"fix {name}, or run with --no-config")
    return ProjectFile(path=path, general=general, sections=sections, scoring=scoring)


def line_of(problem: str) -> int:
    """The line number in 'file:12: ...' (0 without one): problems are listed in file order."""
    found = re.search(r":(\d+): ", problem)
    return int(found.group(1)) if found else 0


def _display(path: Path) -> str:
    try:
        relative = os.path.relpath(path)
    except ValueError:
        return str(path)
    return relative if not relative.startswith("../../..") else str(path)


def _paths(value: Any, folder: Path) -> Any:
    """Paths relative to the project file's folder, shown relative to the working directory."""
    def one(item: Any) -> Any:
        if not isinstance(item, str) or item == "-" or Path(item).is_absolute():
            return item
        return _display(folder / item)

    return [one(v) for v in value] if isinstance(value, list) else one(value)
