"""Vega-Lite chart specs (built with altair) for the report's data; one spec per chart.

Specs carry their data inline, so a page or vl-convert can draw them without any file or
network access.
"""

from __future__ import annotations

from typing import Any

from relradar.report import ALL_BRANDS, CLOSENESS, MOVES, VALENCES

MOVE_COLOURS = ("#2e7d32", "#1565c0", "#ef6c00")
KIND_COLOURS = {"change": "#c62828", "no_new_signal": "#424242", "same_type": "#90caf9"}
KIND_DRAW_ORDER = {"same_type": 0, "change": 1, "no_new_signal": 2}   # grey dashes on top
KIND_LABELS = {"change": "change of type", "no_new_signal": "no new signal",
               "same_type": "same type"}
SIDE_COLOURS = ("#90a4ae", "#d84315")
WIDTH = 560
# 26 distinct colours (tableau20 and six more) so no two types share one; undetermined is grey
PALETTE = ("#4e79a7", "#a0cbe8", "#f28e2b", "#ffbe7d", "#59a14f", "#8cd17d", "#b6992d",
           "#f1ce63", "#499894", "#86bcb6", "#e15759", "#ff9d9a", "#79706e", "#d37295",
           "#fabfd2", "#b07aa1", "#d4a6c8", "#9d7660", "#d7b5a6", "#17becf", "#393b79",
           "#637939", "#8c6d31", "#843c39", "#7b4173", "#3182bd")
UNDETERMINED_COLOUR = "#c8c8c8"


def type_colours(type_order: list[str], shown: set[str] | None = None) -> Any:
    """One fixed colour per type, the same in every chart of the report; the legend lists
    only the types the chart shows."""
    alt = _alt()
    colour = {t: PALETTE[i % len(PALETTE)]
              for i, t in enumerate(t for t in type_order if t != "undetermined")}
    colour["undetermined"] = UNDETERMINED_COLOUR
    domain = [t for t in [*colour] if shown is None or t in shown]
    return alt.Scale(domain=domain, range=[colour[t] for t in domain])


def _alt() -> Any:
    import altair as alt

    alt.data_transformers.disable_max_rows()
    return alt


def _spec(chart: Any) -> dict[str, Any]:
    spec: dict[str, Any] = chart.to_dict()
    return spec


def portfolio_map(rows: list[dict[str, Any]], with_brands: bool) -> dict[str, Any]:
    """Types placed by valence (columns) and closeness (rows), sized by customers, coloured by
    the strategy that fits them; one panel per brand when there are brands."""
    alt = _alt()
    valence_labels = "[" + ", ".join(f"'{v}'" for v in VALENCES) + "][datum.value]"
    closeness_labels = "[" + ", ".join(f"'{c}'" for c in CLOSENESS) + "][datum.value]"
    base = alt.Chart().encode(
        x=alt.X("x:Q", title="valence", scale=alt.Scale(domain=[-0.5, 3.5]),
                axis=alt.Axis(values=list(range(len(VALENCES))), labelExpr=valence_labels,
                              grid=False, tickBand="extent")),
        y=alt.Y("y:Q", title="closeness", scale=alt.Scale(domain=[-0.55, 1.55]),
                axis=alt.Axis(values=list(range(len(CLOSENESS))), labelExpr=closeness_labels,
                              grid=False, labelAngle=-90)),
    )
    points = base.mark_circle(opacity=0.85, stroke="white").encode(
        size=alt.Size("customers:Q", scale=alt.Scale(range=[40, 700], zero=True),
                      legend=alt.Legend(title="customers", format="d", tickMinStep=1)),
        color=alt.Color("move:N", scale=alt.Scale(domain=list(MOVES), range=list(MOVE_COLOURS)),
                        legend=alt.Legend(title="strategy",
                                          labelExpr="replace(datum.label, '_', ' ')")),
        tooltip=["label:N", "customers:Q", alt.Tooltip("share:Q", format=".1%"),
                 "distressed:Q", "valence:N", "closeness:N", "intensity:N", "move:N"],
    )
    labels = base.mark_text(align="left", dx=14, fontSize=10).encode(
        text=alt.Text("label:N"))
    # cell borders drawn from constants, so every facet panel gets them without extra data
    rules = [alt.Chart().mark_rule(color="#ddd").encode(x=alt.datum(v)) for v in (0.5, 1.5, 2.5)]
    rules.append(alt.Chart().mark_rule(color="#ddd").encode(y=alt.datum(0.5)))
    if with_brands:
        brand_rows = [r for r in rows if r["brand"] != ALL_BRANDS]
        chart = alt.layer(*rules, points, labels, data=alt.Data(values=brand_rows)).properties(
            width=440, height=300).facet(facet=alt.Facet("brand:N", title=None), columns=2)
    else:
        chart = alt.layer(*rules, points, labels, data=alt.Data(values=rows)).properties(
            width=WIDTH + 200, height=420)
    return _spec(chart)


def type_shares(rows: list[dict[str, Any]], type_order: list[str]) -> dict[str, Any]:
    """A heat map: share of each brand's customers in each type, with the percentage written."""
    alt = _alt()
    brands = list(dict.fromkeys(r["brand"] for r in rows))
    present = [t for t in type_order if any(r["type"] == t for r in rows)]
    base = alt.Chart(alt.Data(values=rows)).encode(
        x=alt.X("brand:N", sort=brands, title=None, axis=alt.Axis(labelAngle=-30)),
        y=alt.Y("type:N", sort=present, title=None),
    )
    cells = base.mark_rect().encode(
        color=alt.Color("share:Q", scale=alt.Scale(scheme="blues"),
                        legend=alt.Legend(format=".0%", title="share")),
        tooltip=["brand:N", "type:N", "customers:Q", alt.Tooltip("share:Q", format=".1%")])
    text = base.mark_text(fontSize=10).encode(
        text=alt.Text("share:Q", format=".0%"),
        color=alt.condition("datum.share > 0.3", alt.value("white"), alt.value("black")))
    return _spec(alt.layer(cells, text).properties(width=max(120, 90 * len(brands)),
                                                   height=18 * len(present)))


def distress_engagement(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Per type: the share in distress, and engagement (ratcheting up / steady / dialling down)."""
    alt = _alt()
    order = [r["type"] for r in rows]
    long_rows = [{"type": r["type"], "engagement": d, "share": r[d], "customers": r["customers"]}
                 for r in rows for d in ("ratcheting_up", "steady", "dialling_down")]
    height = 18 * len(rows)
    distress = alt.Chart(alt.Data(values=rows)).mark_bar(color="#c62828").encode(
        x=alt.X("distress_share:Q", title="share in distress", axis=alt.Axis(format="%"),
                scale=alt.Scale(domain=[0, 1])),
        y=alt.Y("type:N", sort=order, title=None),
        tooltip=["type:N", "customers:Q", "distressed:Q",
                 alt.Tooltip("distress_share:Q", format=".1%")],
    ).properties(width=220, height=height)
    engagement = alt.Chart(alt.Data(values=long_rows)).mark_bar().encode(
        x=alt.X("share:Q", stack="normalize", title="engagement", axis=alt.Axis(format="%")),
        y=alt.Y("type:N", sort=order, title=None, axis=alt.Axis(labels=False)),
        color=alt.Color("engagement:N", sort=["ratcheting_up", "steady", "dialling_down"],
                        scale=alt.Scale(domain=["ratcheting_up", "steady", "dialling_down"],
                                        range=["#2e7d32", "#bdbdbd", "#ef6c00"])),
        order=alt.Order("engagement_order:Q"),
        tooltip=["type:N", "engagement:N", alt.Tooltip("share:Q", format=".1%")],
    ).transform_calculate(
        engagement_order="indexof(['ratcheting_up', 'steady', 'dialling_down'], "
                         "datum.engagement)"
    ).properties(width=260, height=height)
    return _spec(alt.hconcat(distress, engagement))


def trend_shares(trend: dict[str, Any], type_order: list[str]) -> dict[str, Any]:
    """Each period's customers split by type, as stacked areas of shares."""
    alt = _alt()
    rows = [{**r, "order": type_order.index(r["type"]) if r["type"] in type_order else 99}
            for r in trend["shares"]]
    chart = alt.Chart(alt.Data(values=rows)).mark_area(
        line=True, point=len(trend["periods"]) < 2).encode(
        x=alt.X("period:O", sort=trend["periods"], title=None),
        y=alt.Y("share:Q", stack="normalize", title="share of the period's customers",
                axis=alt.Axis(format="%")),
        color=alt.Color("type:N", scale=type_colours(type_order,
                                                     {r["type"] for r in rows if r["customers"]}),
                        legend=alt.Legend(columns=2, title="type")),
        order=alt.Order("order:Q"),
        tooltip=["period:O", "type:N", "customers:Q", alt.Tooltip("share:Q", format=".1%")],
    ).properties(width=WIDTH, height=300)
    return _spec(chart)


def _flow_lines(flows: list[dict[str, Any]], left: str, right: str,
                x_order: list[str], type_order: list[str], title: str) -> dict[str, Any]:
    """Lines from (period or side, type) to (next period or side, type), as wide as the number
    of customers, coloured by kind: a real change, no new signal, or the same type."""
    alt = _alt()
    points = []
    for i, flow in enumerate(flows):
        for end, x_field, type_field in (("from", left, "from"), ("to", right, "to")):
            points.append({"flow": i, "end": end, "x": flow[x_field], "type": flow[type_field],
                           "layer": KIND_DRAW_ORDER.get(flow["kind"], 1),
                           "kind": KIND_LABELS.get(flow["kind"], flow["kind"]),
                           "from": flow["from"], "to": flow["to"],
                           "customers": flow["customers"]})
    kinds = [KIND_LABELS[k] for k in KIND_COLOURS]
    present = [t for t in type_order if any(p["type"] == t for p in points)]
    points.sort(key=lambda p: p["layer"])
    chart = alt.Chart(alt.Data(values=points)).mark_line(opacity=0.6).encode(
        x=alt.X("x:O", sort=x_order, title=title, axis=alt.Axis(labelAngle=0)),
        y=alt.Y("type:N", sort=present, title=None),
        detail="flow:N",
        color=alt.Color("kind:N", scale=alt.Scale(domain=kinds, range=list(KIND_COLOURS.values())),
                        legend=alt.Legend(title="kind")),
        strokeDash=alt.StrokeDash("kind:N", scale=alt.Scale(domain=kinds,
                                                            range=[[1, 0], [4, 3], [1, 0]]),
                                  legend=alt.Legend(title="kind")),   # merged with colour
        strokeWidth=alt.StrokeWidth("customers:Q", scale=alt.Scale(range=[1.5, 14]),
                                    legend=alt.Legend(title="customers")),
        tooltip=["from:N", "to:N", "kind:N", "customers:Q"],
    ).properties(width=min(WIDTH + 200, max(240, 90 * len(x_order))),
                 height=max(120, 22 * len(present)))
    return _spec(chart)


def trend_flows(trend: dict[str, Any], type_order: list[str]) -> dict[str, Any]:
    return _flow_lines(trend["flows"], "from_period", "to_period", trend["periods"], type_order,
                       "period")


def event_shares(event: dict[str, Any], brands: list[str]) -> dict[str, Any]:
    """Before and after an event, share per type, for all customers and for each brand."""
    alt = _alt()
    order = list(dict.fromkeys(r["type"] for r in event["shares"]))
    bars = alt.Chart(alt.Data(values=event["shares"])).mark_bar().encode(
        x=alt.X("share:Q", title="share", axis=alt.Axis(format="%")),
        y=alt.Y("type:N", sort=order, title=None),
        yOffset=alt.YOffset("side:N", sort=["before", "after"]),
        color=alt.Color("side:N", sort=["before", "after"],
                        scale=alt.Scale(domain=["before", "after"], range=list(SIDE_COLOURS))),
        tooltip=["brand:N", "side:N", "type:N", "customers:Q",
                 alt.Tooltip("share:Q", format=".1%")],
    ).properties(width=200, height=alt.Step(8))
    panels = [ALL_BRANDS, *brands]
    chart = bars.facet(facet=alt.Facet("brand:N", sort=panels, title=None),
                       columns=3 if brands else 1).resolve_scale(y="independent")
    return _spec(chart)


def event_flows(event: dict[str, Any], type_order: list[str]) -> dict[str, Any]:
    flows = [{**s, "before": "before", "after": "after"} for s in event["shifts"]]
    return _flow_lines(flows, "before", "after", ["before", "after"], type_order,
                       f"{event['event']} ({event['date']})")


def rule_breaks(rows: list[dict[str, Any]], type_order: list[str]) -> dict[str, Any]:
    """Customers who report each broken rule, split by their type."""
    alt = _alt()
    rules = list(dict.fromkeys(r["rule"] for r in rows))
    chart = alt.Chart(alt.Data(values=rows)).mark_bar().encode(
        x=alt.X("customers:Q", title="customers", stack="zero",
                axis=alt.Axis(tickMinStep=1, format="d",
                              labelExpr="datum.value % 1 ? '' : datum.label")),
        y=alt.Y("rule:N", sort=rules, title=None),
        color=alt.Color("type:N", scale=type_colours(type_order, {r["type"] for r in rows}),
                        legend=alt.Legend(columns=2, title="type")),
        tooltip=["rule:N", "type:N", "customers:Q"],
    ).properties(width=WIDTH - 160, height=22 * len(rules))
    return _spec(chart)


def chart_specs(data: dict[str, Any], type_order: list[str]) -> dict[str, dict[str, Any]]:
    """Every chart of the report, by a stable name (used for element ids and PNG file names)."""
    seen = {r["type"] for r in data["type_shares"]}
    if data["trends"]:
        seen |= {r["type"] for r in data["trends"]["shares"]}
    for event in data["events"]:
        seen |= {r["type"] for r in event["shares"]}
    type_order = [t for t in type_order if t in seen]     # legends list only types that occur
    specs: dict[str, dict[str, Any]] = {}
    if data["portfolio_map"]:            # no chart without data: the page says so instead
        specs["portfolio-map"] = portfolio_map(data["portfolio_map"], bool(data["brands"]))
    if data["type_shares"]:
        specs["type-shares"] = type_shares(data["type_shares"], type_order)
        specs["distress-engagement"] = distress_engagement(data["distress_engagement"])
    if data["trends"]:
        specs["trend-shares"] = trend_shares(data["trends"], type_order)
        if data["trends"]["flows"]:
            specs["trend-flows"] = trend_flows(data["trends"], type_order)
    for i, event in enumerate(data["events"], 1):
        specs[f"event-{i}-shares"] = event_shares(event, data["brands"])
        if event["shifts"]:
            specs[f"event-{i}-flows"] = event_flows(event, type_order)
    if data["rule_rows"]:
        specs["rule-breaks"] = rule_breaks(data["rule_rows"], type_order)
    return specs
