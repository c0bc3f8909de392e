"""The report page (jinja2, autoescaped) with Vega, Vega-Lite and vega-embed inlined, and PNGs.

The page loads nothing from the network: the chart libraries come from vl-convert's bundle,
the chart data is inside each spec, and customer data sits in a JSON script block that the
page's own script reads and renders with textContent.
"""

from __future__ import annotations

import os
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from relradar.errors import UsageError

EXTRA_HINT = "install the report extra: pip install 'relradar[report]'"


def _require() -> None:
    """The report libraries are an optional extra; say how to get them instead of a traceback."""
    missing = []
    for module in ("altair", "vl_convert", "jinja2"):
        try:
            __import__(module)
        except ImportError:
            missing.append(module.replace("_", "-"))
    if missing:
        raise UsageError(f"relradar report needs {', '.join(missing)}", EXTRA_HINT)


@lru_cache(maxsize=1)
def vega_bundle() -> str:
    """vega + vega-lite + vega-embed as one classic script (globals vegaEmbed, vega, vegaLite).

    vl-convert builds the bundle in about three seconds; it is kept in the user's cache folder
    (per vl-convert and Vega-Lite version) so later reports skip that."""
    import vl_convert

    version = vegalite_version()
    cached = _cache_file(f"vega-bundle-{vl_convert.__version__}-{version or 'latest'}.js")
    if cached is not None and cached.is_file():
        return cached.read_text(encoding="utf-8")
    bundle = str(vl_convert.javascript_bundle(vl_version=version))
    if cached is not None:
        try:
            cached.parent.mkdir(parents=True, exist_ok=True)
            partial = cached.with_name(f".{cached.name}.{os.getpid()}.tmp")
            partial.write_text(bundle, encoding="utf-8")
            os.replace(partial, cached)
        except OSError:
            pass                       # a read-only home: build it again next time
    return bundle


def _cache_file(name: str) -> Path | None:
    """Where a cached file lives: RELRADAR_CACHE_DIR, else the XDG cache folder; None when
    RELRADAR_NO_CACHE is set."""
    if os.environ.get("RELRADAR_NO_CACHE"):
        return None
    folder = os.environ.get("RELRADAR_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"),
        "relradar")
    return Path(folder) / name


def vegalite_version() -> str | None:
    """The Vega-Lite version altair writes specs for, when vl-convert ships it."""
    import altair
    import vl_convert

    major_minor = ".".join(altair.SCHEMA_VERSION.lstrip("v").split(".")[:2])
    return major_minor if major_minor in vl_convert.get_vegalite_versions() else None


def _template_text(name: str) -> str:
    return resources.files("relradar").joinpath("templates", name).read_text(encoding="utf-8")


def render_html(data: dict[str, Any], specs: dict[str, dict[str, Any]],
                title: str = "relradar report") -> str:
    """The whole self-contained page as a string."""
    _require()
    import jinja2
    from markupsafe import Markup

    env = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined,
                             trim_blocks=True, lstrip_blocks=True)
    env.policies["json.dumps_kwargs"] = {"sort_keys": False, "separators": (",", ":"),
                                         "ensure_ascii": False}
    template = env.from_string(_template_text("report.html.j2"))
    summary = data["provenance"]["summary"]
    return template.render(
        data=data, specs=specs, title=title, summary=summary,
        has_sentiment=any("sentiment" in c for c in data["customers"]),
        vega_bundle=Markup(_script_safe(vega_bundle())),
        page_script=Markup(_script_safe(_template_text("report.js"))),
    )


def _script_safe(code: str) -> str:
    """Library code inside <script>: a literal "</script" would end the block early."""
    return code.replace("</script", "<\\/script")


def chart_specs(data: dict[str, Any], type_order: list[str]) -> dict[str, dict[str, Any]]:
    _require()
    from relradar import report_charts

    specs = report_charts.chart_specs(data, type_order)
    return specs


def png_images(specs: dict[str, dict[str, Any]], scale: float = 2.0) -> dict[str, bytes]:
    """One PNG per chart (vl-convert, no browser), by file name, for slides and e-mails
    without HTML; the caller writes them (atomically: an earlier chart survives a full disk)."""
    _require()
    import vl_convert

    version = vegalite_version()
    kwargs: dict[str, Any] = {"scale": scale}
    if version:
        kwargs["vl_version"] = version
    return {f"{name}.png": vl_convert.vegalite_to_png(spec, **kwargs)
            for name, spec in specs.items()}
