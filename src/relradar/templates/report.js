// relradar report: draws the charts and runs the customers table. Customer text is only ever
// put into the page with textContent, never as HTML.
(function () {
  "use strict";
  var errors = [];
  function fail(where, err) {
    errors.push(where);
    document.body.dataset.errors = String(errors.length);
    console.error("relradar report: " + where + ": " + (err && err.message ? err.message : err));
  }
  function json(id) { return JSON.parse(document.getElementById(id).textContent); }
  function el(tag, text, cls) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (cls) node.className = cls;
    return node;
  }

  // ---------------------------------------------------------------- charts
  var specs = json("report-specs");
  var names = Object.keys(specs);
  var drawn = 0;
  names.forEach(function (name) {
    var target = document.getElementById("chart-" + name);
    if (!target) { fail("no place for chart " + name, ""); return; }
    window.vegaEmbed(target, specs[name], {renderer: "svg", actions: false})
      .then(function () {
        target.dataset.rendered = "true";
        drawn += 1;
        if (drawn === names.length) document.body.dataset.charts = String(drawn);
      })
      .catch(function (err) {
        target.appendChild(el("p", "This chart could not be drawn.", "chart-error"));
        fail("chart " + name, err);
      });
  });
  if (!names.length) document.body.dataset.charts = "0";

  // ---------------------------------------------------------------- customers
  var customers = json("report-customers");
  var typeLabels = json("report-types");
  var files = json("report-files");
  customers.forEach(function (c, i) { c.index = i; });
  var state = {sort: null, desc: false, shown: 100};
  var body = document.querySelector("#customers-table tbody");
  var typeSelect = document.getElementById("f-type");
  var present = {};
  customers.forEach(function (c) { present[c.type] = (present[c.type] || 0) + 1; });
  Object.keys(present).sort().forEach(function (t) {
    var option = el("option", t + " (" + present[t] + ")");
    option.value = t;
    typeSelect.appendChild(option);
  });
  function value(id) { var node = document.getElementById(id); return node ? node.value : ""; }
  function filtered() {
    var type = value("f-type"), brand = value("f-brand"), distress = value("f-distress");
    var minConf = parseFloat(value("f-conf")) || 0, id = value("f-id").toLowerCase();
    var hide = document.getElementById("f-hide").checked;
    var rows = customers.filter(function (c) {
      return (!type || c.type === type) && (!brand || c.brand === brand) &&
        (!distress || (distress === "yes") === c.distress) && c.confidence >= minConf &&
        (!hide || c.type !== "undetermined") && (!id || String(c.id).toLowerCase().indexOf(id) >= 0);
    });
    if (state.sort) {
      var key = state.sort, sign = state.desc ? -1 : 1;
      rows.sort(function (a, b) {
        var x = a[key], y = b[key];
        if (x === y) return a.index - b.index;
        if (x === null || x === undefined) return 1;
        if (y === null || y === undefined) return -1;
        return (x < y ? -1 : 1) * sign;
      });
    }
    return rows;
  }
  function signalsText(signals) {
    return Object.keys(signals).slice(0, 3).map(function (k) {
      return k + " " + signals[k].toFixed(1);
    }).join(", ");
  }
  function draw() {
    var rows = filtered();
    body.textContent = "";
    rows.slice(0, state.shown).forEach(function (c) {
      var tr = document.createElement("tr");
      var link = el("a", c.id);
      link.href = "#customer-" + c.index;
      var first = document.createElement("td");
      first.appendChild(link);
      tr.appendChild(first);
      if (document.getElementById("f-brand")) tr.appendChild(el("td", c.brand || ""));
      tr.appendChild(el("td", c.type));
      tr.appendChild(el("td", c.confidence.toFixed(2), "num"));
      tr.appendChild(el("td", c.messages, "num"));
      tr.appendChild(el("td", c.distress ? "yes" : "", c.distress ? "distress" : ""));
      tr.appendChild(el("td", c.engagement));
      if (document.querySelector('th[data-sort="sentiment"]'))
        tr.appendChild(el("td", c.sentiment === undefined ? "" : c.sentiment.toFixed(2), "num"));
      tr.appendChild(el("td", signalsText(c.signals)));
      body.appendChild(tr);
    });
    document.getElementById("f-count").textContent =
      "showing " + Math.min(state.shown, rows.length) + " of " + rows.length + " (" +
      customers.length + " customers)";
    document.getElementById("more").hidden = rows.length <= state.shown;
  }
  ["f-type", "f-brand", "f-distress", "f-conf", "f-hide", "f-id"].forEach(function (id) {
    var node = document.getElementById(id);
    if (node) node.addEventListener("input", function () { state.shown = 100; draw(); });
  });
  document.getElementById("more").addEventListener("click", function () {
    state.shown += 500; draw();
  });
  document.querySelectorAll("#customers-table th[data-sort]").forEach(function (th) {
    th.addEventListener("click", function () {
      var key = th.dataset.sort;
      state.desc = state.sort === key ? !state.desc : ["confidence", "messages", "distress",
                                                       "sentiment"].indexOf(key) >= 0;
      state.sort = key;
      draw();
    });
  });

  // ---------------------------------------------------------------- one customer's explanation
  var panel = document.getElementById("explanation");
  function kv(parent, label, text) {
    var p = el("p");
    p.appendChild(el("b", label + ": "));
    p.appendChild(document.createTextNode(text));
    parent.appendChild(p);
  }
  function explain(c) {
    panel.textContent = "";
    var head = el("h3", c.id + (c.brand ? " @ " + c.brand : "") + ": " +
                  (typeLabels[c.type] || c.type) + " (confidence " + c.confidence.toFixed(2) +
                  (c.runner_up ? ", runner-up " + c.runner_up : "") + ")");
    panel.appendChild(head);
    panel.appendChild(el("p", c.why));
    kv(panel, "messages", c.messages + (c.first_seen ? " from " + c.first_seen + " to " +
                                         c.last_seen : ""));
    kv(panel, "engagement", c.engagement);
    if (c.sentiment !== undefined) kv(panel, "sentiment", c.sentiment.toFixed(2));
    if (c.distress) kv(panel, "distress", c.distress_reasons.join("; "));
    var scores = Object.keys(c.type_scores).map(function (k) {
      return k + " " + c.type_scores[k].toFixed(2);
    });
    if (scores.length) kv(panel, "type scores", scores.join(", "));
    var signals = Object.keys(c.signals).map(function (k) {
      return k + " " + c.signals[k].toFixed(2);
    });
    if (signals.length) kv(panel, "signals", signals.join(", "));
    var rules = Object.keys(c.rules_broken);
    if (rules.length) kv(panel, "rules broken", rules.join(", "));
    if (c.evidence.length) panel.appendChild(el("b", "Evidence (strongest first)"));
    else panel.appendChild(el("p", "No evidence: no relational cue in this customer's messages.",
                              "muted"));
    c.evidence.forEach(function (row) {
      // kind, signal, weight, message, file, line, modifiers, before, term, after
      var box = el("div", null, "evidence");
      var quote = el("div");
      quote.appendChild(document.createTextNode(row[7]));
      quote.appendChild(el("mark", row[8]));
      quote.appendChild(document.createTextNode(row[9]));
      box.appendChild(quote);
      var where = files[row[4]] + (row[5] === null ? "" : ":" + row[5]);
      box.appendChild(el("div", (row[0] === "rule" ? "rule break " : "signal ") + row[1] + " " +
                         row[2].toFixed(2) + (row[6].length ? " (" + row[6].join("; ") + ")" : "") +
                         ", message " + row[3] + ", " + where, "small muted"));
      panel.appendChild(box);
    });
    panel.appendChild(el("p", "The strongest pieces of evidence only; `relradar explain FILE " +
                          "--customer ID` shows every message with its matched terms.",
                          "small muted"));
    panel.hidden = false;
  }
  function route() {
    var match = /^#customer-(\d+)$/.exec(window.location.hash);
    if (match && customers[+match[1]]) {
      explain(customers[+match[1]]);
      panel.scrollIntoView();
    }
  }
  window.addEventListener("hashchange", route);
  try { draw(); route(); } catch (err) { fail("customers table", err); }
  window.addEventListener("error", function (event) { fail("script", event.message); });
})();
