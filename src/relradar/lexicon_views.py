"""`relradar types` and `relradar lexicon show`: the lexicon as tables or JSON."""

from __future__ import annotations

from typing import Any, TextIO

from relradar.errors import UsageError
from relradar.lexicon import Lexicon, TypeDef


def type_dict(tdef: TypeDef, lexicon: Lexicon, with_terms: bool = False) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": tdef.id, "label": tdef.label, "optional": tdef.optional,
        "expectations": tdef.expectations, "dimensions": tdef.dimensions,
        "signals": tdef.signals, "requires": [list(g) for g in tdef.requires],
        "strategy": {"move": tdef.move, "action": tdef.action}, "value": tdef.value,
        "rules": [{"id": rid, "importance": w,
                   "label": lexicon.rules[rid].label if rid in lexicon.rules else rid,
                   "expectation": lexicon.rules[rid].expectation if rid in lexicon.rules else ""}
                  for rid, w in tdef.rules.items()],
    }
    if with_terms:
        out["terms"] = {sid: lexicon.signals[sid].terms for sid in tdef.signals
                        if sid in lexicon.signals}
    return out


def render_types(lexicon: Lexicon, fmt: str, out: TextIO) -> None:
    types = list(lexicon.all_types.values())
    if fmt == "json":
        from relradar.render import write_json

        write_json([type_dict(t, lexicon) for t in types], out)
        return
    if fmt != "table":
        raise UsageError(f"--format {fmt} is not available here", "use table or json")
    from rich.table import Table
    from rich.text import Text

    from relradar.render import make_console

    table = Table(title=f"Relationship types ({lexicon.meta.get('name', '')})",
                  title_justify="left", show_lines=True)
    for name in ("type", "valence / closeness / intensity / power", "expectations", "strategy"):
        table.add_column(name)
    for t in types:
        dims = " / ".join(t.dimensions.get(d, "?") for d in ("valence", "closeness", "intensity",
                                                               "power"))
        name = t.id + (" (optional)" if t.optional else "")
        table.add_row(Text(name), Text(dims), Text(t.expectations),
                      Text(f"{t.move}: {t.action}"))
    make_console(out).print(table)


def render_lexicon(lexicon: Lexicon, type_id: str | None, fmt: str, out: TextIO) -> None:
    if type_id is not None and type_id not in lexicon.all_types:
        raise UsageError(f"unknown type {type_id!r}",
                         f"known: {', '.join(sorted(lexicon.all_types))}")
    types = [lexicon.all_types[type_id]] if type_id else list(lexicon.all_types.values())
    if fmt == "json":
        doc: dict[str, Any] = {"meta": lexicon.meta, "scoring": lexicon.scoring,
                               "types": [type_dict(t, lexicon, with_terms=True) for t in types]}
        if type_id is None:
            doc["signals"] = {sid: {"label": s.label, "valence": s.valence,
                                    "terms": len(s.terms)} for sid, s in lexicon.signals.items()}
            doc["rules"] = {rid: {"label": r.label, "expectation": r.expectation,
                                  "breaks": r.breaks} for rid, r in lexicon.rules.items()}
        from relradar.render import write_json

        write_json(doc, out)
        return
    if fmt != "table":
        raise UsageError(f"--format {fmt} is not available here", "use table or json")
    from rich.table import Table
    from rich.text import Text

    from relradar.render import make_console

    console = make_console(out)
    for t in types:
        table = Table(title=f"{t.id}: {t.label}", title_justify="left")
        for name in ("signal", "weight", "terms"):
            table.add_column(name)
        for sid, weight in t.signals.items():
            terms = lexicon.signals[sid].terms if sid in lexicon.signals else {}
            sample = ", ".join(list(terms)[:12]) + (f" … (+{len(terms) - 12})"
                                                    if len(terms) > 12 else "")
            table.add_row(Text(sid), Text(f"{weight:g}"), Text(sample or "(derived)"))
        console.print(table)
        for rid, importance in t.rules.items():
            rule = lexicon.rules.get(rid)
            if rule:
                console.print(Text(f"  rule {rid} (x{importance:g}): {rule.expectation}"))
