"""Project-file settings for CLI options: found, checked, typed, and where each came from.

`corpus_command` (in `relradar.cli_options`) calls `apply_project` for every command that
reads a corpus; `relradar config` shows the same resolution.
"""

from __future__ import annotations

import inspect
from enum import Enum
from pathlib import Path
from typing import Annotated, Any

import typer

from relradar.cli_options import SHARED_NAMES

# Shared options a project file cannot set: they belong to one run, or are secrets.
NOT_IN_PROJECT = frozenset({"debug", "config", "no_config", "salt"})
PROJECT_KEYS = SHARED_NAMES - NOT_IN_PROJECT
# Options that exclude each other: giving one on the command line drops the others' settings.
EXCLUSIVE = (frozenset({"label_col", "labels"}),)


def _given(ctx: typer.Context, name: str) -> str | None:
    """Where the user gave this parameter ('command line', 'env X'), or None for a default."""
    source = ctx.get_parameter_source(name)
    if source is None or source.name not in ("COMMANDLINE", "ENVIRONMENT"):
        return None
    if source.name == "ENVIRONMENT":
        param = next((p for p in ctx.command.params if p.name == name), None)
        return f"env {getattr(param, 'envvar', '') or ''}".strip()
    return "command line"


def project_file(config: Path | None, no_config: bool) -> Any:
    """The project file in force: --config / RELRADAR_CONFIG, else the nearest one."""
    from relradar.project import find_project_file, load_project_file

    if no_config:
        return None
    if config is not None:
        if not config.is_file():
            from relradar.errors import InputError

            raise InputError(f"{config}: no such project file", "check --config or "
                             "RELRADAR_CONFIG")
        return load_project_file(config, PROJECT_KEYS, _general_problem)
    found = find_project_file()
    return load_project_file(found, PROJECT_KEYS, _general_problem) if found is not None \
        else None


def _general_problem(name: str, value: Any, where: str) -> str | None:
    """What is wrong with a general setting's value (its type, its range), or None; --format
    is left to the command, whose formats differ."""
    from relradar.cli_options import shared_parameters
    from relradar.errors import InputError

    param = next((p for p in shared_parameters(("table",), "table", "") if p.name == name),
                 None)
    if param is None or name == "format":
        return None
    try:
        coerce_setting(name, value, param.annotation, where)
    except InputError as exc:
        return exc.message
    return None


def _raise_all(problems: list[Any], project: Any) -> None:
    """One problem as it was raised (with its own hint); several as one line listing all."""
    from relradar.errors import InputError
    from relradar.project import line_of

    if len(problems) == 1:
        raise problems[0]
    if problems:
        messages = sorted((p.message for p in problems), key=line_of)
        raise InputError("; ".join(messages), f"fix {project.path}, or run with --no-config")


def _base_type(annotation: Any) -> tuple[Any, bool]:
    """(the plain type, whether it is a list) of an `Annotated[T | None, ...]`."""
    import types
    import typing

    if typing.get_origin(annotation) is Annotated:
        annotation = typing.get_args(annotation)[0]
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        annotation = next(a for a in typing.get_args(annotation) if a is not type(None))
    if typing.get_origin(annotation) is list:
        return typing.get_args(annotation)[0], True
    return annotation, False


def coerce_setting(name: str, value: Any, annotation: Any, where: str) -> Any:
    """A project-file value as the option's type; a wrong type is an error at its line."""
    from relradar.errors import InputError

    kind, is_list = _base_type(annotation)
    if name == "customer_role" and isinstance(value, list):
        value = ",".join(str(v) for v in value)
    if is_list:
        return [coerce_setting(name, v, kind, where) for v in
                (value if isinstance(value, list) else [value])]
    flag = "--" + name.replace("_", "-")
    if isinstance(kind, type) and issubclass(kind, Enum):
        choices = [m.value for m in kind]
        if value not in choices:
            raise InputError(f"{where}: {name} = {value!r} is not one of {', '.join(choices)}",
                             f"see relradar COMMAND --help for {flag}")
        return kind(value)
    expected = {bool: "true or false", int: "a whole number", float: "a number",
                str: "a string", Path: "a path (string)"}.get(kind, str(kind))
    ok = (isinstance(value, bool) if kind is bool else
          isinstance(value, int) and not isinstance(value, bool) if kind is int else
          isinstance(value, (int, float)) and not isinstance(value, bool) if kind is float else
          isinstance(value, str))
    if not ok:
        raise InputError(f"{where}: {name} must be {expected}, not {value!r}",
                         f"it sets {flag}")
    if name in ("jobs", "limit") and value < 0:
        what = "one per core" if name == "jobs" else "all customers"
        raise InputError(f"{where}: {name} must be 0 ({what}) or more, not {value}",
                         f"it sets {flag}")
    return Path(value) if kind is Path else float(value) if kind is float else value


def apply_project(ctx: typer.Context, project: Any, section: str,
                  params: dict[str, inspect.Parameter], values: dict[str, Any]
                  ) -> dict[str, str]:
    """Fill every option the user did not give from the project file; return the sources.

    `values` (option name -> value as parsed) is updated in place.
    """
    from relradar.errors import InputError
    from relradar.hints import did_you_mean

    sources: dict[str, str] = {}
    problems: list[InputError] = []          # every one reported at once
    given = {name: _given(ctx, name) for name in params}
    skipped = {name for group in EXCLUSIVE if any(given.get(n) for n in group) for name in group}
    if project is not None:
        allowed = (set(params) - NOT_IN_PROJECT) | {"columns"}
        for key, setting in project.sections.get(section, {}).items():
            if key not in allowed:
                problems.append(InputError(f"{setting.where}: [{section}] has no setting "
                                           f"{key!r}{did_you_mean(key, allowed)}",
                                           f"see relradar {section} --help"))
    for name, param in params.items():
        if given[name]:
            sources[name] = given[name] or ""
            continue
        setting = None if project is None or name in NOT_IN_PROJECT or name in skipped \
            else project.setting(section, name)
        if setting is None:
            sources[name] = "default"
            continue
        try:
            values[name] = coerce_setting(name, setting.value, param.annotation,
                                          setting.where)
        except InputError as exc:
            problems.append(exc)
        sources[name] = setting.where
    _raise_all(problems, project)
    return sources
