"""`relradar config`: the settings in force for a command and where each came from."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from relradar.cli_options import TableOrJson, cli_errors, shared_parameters
from relradar.cli_project import NOT_IN_PROJECT, coerce_setting, project_file
from relradar.cli_output import output_stream
from relradar.errors import UsageError
from relradar.project import COMMANDS


def settings_in_force(project: Any, command: str) -> dict[str, dict[str, Any]]:
    """Every corpus setting (value, source) for `command`, before any flag is given."""
    shared = {p.name: p for p in shared_parameters(("table",), "table", "")
              if p.name not in NOT_IN_PROJECT}
    out: dict[str, dict[str, Any]] = {}
    for name, param in shared.items():
        setting = project.setting(command, name) if project is not None else None
        if setting is None:
            default = param.default.value if hasattr(param.default, "value") else param.default
            out[name] = {"value": default, "source": "default"}
        else:
            value = coerce_setting(name, setting.value, param.annotation, setting.where)
            out[name] = {"value": _plain(value), "source": setting.where}
    for name, setting in (project.sections.get(command, {}) if project is not None
                          else {}).items():
        if name not in out:
            out[name] = {"value": _plain(setting.value), "source": setting.where}
    salt_from_env = bool(os.environ.get("RELRADAR_SALT"))
    out["salt"] = {"value": "(set)" if salt_from_env else None,
                   "source": "env RELRADAR_SALT" if salt_from_env else "default"}
    return out


def scoring_in_force(project: Any, settings: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """The lexicon's scoring thresholds, with the project file's overrides marked."""
    from relradar.cli_options import get_lexicon

    lexicon = get_lexicon([Path(p) for p in settings["lexicon"]["value"] or []],
                          bool(settings["no_default_lexicon"]["value"]),
                          str(settings["language"]["value"]))
    overrides = project.scoring if project is not None else {}
    return {name: {"value": overrides[name].value if name in overrides else value,
                   "source": overrides[name].where if name in overrides else "lexicon"}
            for name, value in lexicon.scoring.items()}


def _plain(value: Any) -> Any:
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, Path):
        return str(value)
    return getattr(value, "value", value)


@cli_errors
def config_command(
    command: Annotated[str, typer.Option("--command", "-c", metavar="NAME",
                                         help=f"Show the settings of one command "
                                              f"({', '.join(COMMANDS)}).")] = "classify",
    config: Annotated[Path | None, typer.Option("--config", metavar="PATH",
                                                envvar="RELRADAR_CONFIG", show_envvar=True,
                                                help="Project file to use.")] = None,
    no_config: Annotated[bool, typer.Option("--no-config", help="Ignore any project file.")
                         ] = False,
    fmt: Annotated[TableOrJson, typer.Option("--format", "-f", help="table or json.")
                   ] = TableOrJson.table,
    output: Annotated[Path | None, typer.Option("--output", "-o", metavar="PATH",
                                                help="Write to this file.")] = None,
) -> None:
    """The settings in force (project file, environment, defaults) and where each came from.

    Flags given to a command override what this shows.
    """
    if command not in COMMANDS:
        from relradar.hints import did_you_mean

        raise UsageError(f"unknown command {command!r}{did_you_mean(command, COMMANDS)}",
                         f"use one of {', '.join(COMMANDS)}")
    project = project_file(config, no_config)
    settings = settings_in_force(project, command)
    scoring = scoring_in_force(project, settings)
    where = str(project.path) if project is not None else None
    with output_stream(output) as out:
        if fmt is TableOrJson.json:
            json.dump({"project_file": where, "command": command, "settings": settings,
                       "scoring": scoring}, out, indent=2, ensure_ascii=False)
            out.write("\n")
            return
        from rich.table import Table
        from rich.text import Text

        from relradar.render import inert, make_console

        console = make_console(out)
        console.print(Text(f"project file: {where or 'none found'}; command: {command}"))
        table = Table(title="Settings", title_justify="left")
        for name in ("setting", "value", "from"):
            table.add_column(name)
        for name, item in {**settings, **{f"scoring.{k}": v for k, v in scoring.items()}
                           }.items():
            value = item["value"]
            shown = "" if value is None else ", ".join(map(str, value)) \
                if isinstance(value, list) else str(value).lower() \
                if isinstance(value, bool) else str(value)
            table.add_row(Text(name), Text(inert(shown)), Text(inert(item["source"])))
        console.print(table)
    if project is None and fmt is TableOrJson.table and output is None:
        sys.stderr.write("relradar: no relradar.toml or [tool.relradar] found from "
                         f"{Path.cwd()} upward; showing defaults\n")
