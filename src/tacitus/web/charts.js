/* Explore's charts, drawn with plotly.js (served from the plotly Python package, offline).
   Every chart has a title, axis titles with units, and a legend or a key. */
"use strict";

const PLOT_CONFIG = { displaylogo: false, responsive: true,
  modeBarButtonsToRemove: ["select2d", "lasso2d", "autoScale2d"] };
const FONT = { family: "system-ui, -apple-system, 'Segoe UI', sans-serif", size: 13 };
const PERIOD_WORD = { day: "Day", week: "Week", month: "Month", quarter: "Quarter", year: "Year" };

const TITLE = (text) => ({ text, x: 0.02, xanchor: "left", y: 0.98, yanchor: "top", font: { size: 15 } });

const PERIOD_FORMAT = { day: "%d %b %Y", week: "%d %b %Y", month: "%b %Y", quarter: "Q%q %Y", year: "%Y" };
const COUNTS = ["events", "verbal_cooperation", "material_cooperation", "verbal_conflict",
  "material_conflict", "goldstein_sum"];

function addPeriods(iso, by, n) {
  const d = new Date(iso + "T00:00:00Z");
  if (by === "day") d.setUTCDate(d.getUTCDate() + n);
  else if (by === "week") d.setUTCDate(d.getUTCDate() + 7 * n);
  else if (by === "month") d.setUTCMonth(d.getUTCMonth() + n);
  else if (by === "quarter") d.setUTCMonth(d.getUTCMonth() + 3 * n);
  else d.setUTCFullYear(d.getUTCFullYear() + n);
  return d.toISOString().slice(0, 10);
}

/* Every period from the first to the last, with zeros where nothing happened. */
function fillPeriods(rows, by) {
  if (!rows.length) return rows;
  const known = new Map(rows.map((r) => [r.period, r]));
  const filled = [];
  const last = rows[rows.length - 1].period;
  for (let p = rows[0].period; p <= last && filled.length < 20000; p = addPeriods(p, by, 1)) {
    const zero = { period: p, goldstein_mean: null };
    for (const key of COUNTS) zero[key] = 0;
    filled.push(known.get(p) || zero);
  }
  return filled;
}

/* A date axis showing whole periods, half a period of room on each side. */
function periodAxis(layout, rows, by) {
  const first = Date.parse(rows[0].period + "T00:00:00Z");
  const half = (Date.parse(addPeriods(rows[0].period, by, 1) + "T00:00:00Z") - first) / 2;
  const last = Date.parse(rows[rows.length - 1].period + "T00:00:00Z");
  Object.assign(layout.xaxis, { type: "date", tickformat: PERIOD_FORMAT[by], hoverformat: PERIOD_FORMAT[by],
    range: [new Date(first - half).toISOString(), new Date(last + half).toISOString()] });
  if (rows.length <= 12) layout.xaxis.tickvals = rows.map((r) => r.period);
  return 1.6 * half;  // bar width in milliseconds: 80 % of a period
}

function chartsAvailable() { return typeof window.Plotly !== "undefined"; }

function noData(node, title, text) {
  node.replaceChildren(el("figcaption", {}, el("b", {}, title)), el("p", { class: "empty" }, text));
}

function baseLayout(title, xTitle, yTitle) {
  return { title: TITLE(title), font: FONT,
    margin: { l: 70, r: 20, t: 100, b: 60 }, height: 380,
    xaxis: { title: { text: xTitle }, automargin: true },
    yaxis: { title: { text: yTitle }, automargin: true, zeroline: true },
    legend: { orientation: "h", x: 0, y: 1.02, yanchor: "bottom", font: { size: 12 },
              traceorder: "normal" },
    hovermode: "x unified" };
}

/* Stacked bars: events per period by quad class. */
function drawQuads(node, rows, pair, by) {
  const title = `Events per ${by} between ${pair}, by quad class`;
  if (!rows.length) return noData(node, title, "No events match.");
  const x = rows.map((r) => r.period);
  const names = { 1: "verbal_cooperation", 2: "material_cooperation", 3: "verbal_conflict", 4: "material_conflict" };
  const traces = [1, 2, 3, 4].map((q) => ({ type: "bar", name: QUADS[q].name, x,
    y: rows.map((r) => r[names[q]]), marker: { color: QUADS[q].color },
    hovertemplate: "%{y} events<extra>" + QUADS[q].name + "</extra>" }));
  const layout = baseLayout(title, `${PERIOD_WORD[by]} (first day of the ${by})`, "Events (count)");
  layout.barmode = "stack";
  const width = periodAxis(layout, rows, by);
  for (const trace of traces) trace.width = width;
  Plotly.react(node, traces, layout, PLOT_CONFIG);
}

/* Bars: Goldstein sum per period (green above zero, red below), mean in the hover. */
function drawGoldstein(node, rows, pair, by) {
  const title = `Goldstein sum per ${by}, ${pair}`;
  if (!rows.length) return noData(node, title, "No events match.");
  const trace = { type: "bar", name: "Goldstein sum", x: rows.map((r) => r.period),
    y: rows.map((r) => r.goldstein_sum), customdata: rows.map((r) => [r.events, r.goldstein_mean]),
    marker: { color: rows.map((r) => (r.goldstein_sum >= 0 ? "#2a9d5c" : "#c8372d")) },
    hovertemplate: "sum %{y:+.1f} points<br>%{customdata[0]} events<extra></extra>" };
  const layout = baseLayout(title, `${PERIOD_WORD[by]} (first day of the ${by})`,
    "Goldstein sum (points)");
  trace.width = periodAxis(layout, rows, by);
  layout.showlegend = false;
  layout.annotations = [{ xref: "paper", yref: "paper", x: 0, y: 1.02, yanchor: "bottom", showarrow: false,
    xanchor: "left", font: { size: 12, color: "#444" },
    text: "Each event scores −10 (most conflictual) to +10 (most cooperative) · <span style='color:#2a9d5c'>■</span> sum > 0 · <span style='color:#c8372d'>■</span> sum < 0" }];
  Plotly.react(node, [trace], layout, PLOT_CONFIG);
}

/* Horizontal bars: the most used CAMEO codes, coloured by quad class. */
function drawCodes(node, rows, pair) {
  const title = `Top CAMEO event codes, ${pair}`;
  if (!rows.length) return noData(node, title, "No events match.");
  const ordered = [...rows].reverse();
  const traces = [1, 2, 3, 4].map((q) => {
    const mine = ordered.filter((r) => r.quad_class === q);
    return { type: "bar", orientation: "h", name: QUADS[q].name, marker: { color: QUADS[q].color },
      x: mine.map((r) => r.events), y: mine.map((r) => `${r.code} ${short(r.name, 34)}`),
      customdata: mine.map((r) => r.goldstein_sum),
      hovertemplate: "%{y}: %{x} events, Goldstein sum %{customdata:+.1f}<extra></extra>" };
  }).filter((t) => t.x.length);
  const layout = baseLayout(title, "Events (count)", "CAMEO code");
  layout.hovermode = "closest";
  layout.height = Math.max(340, 80 + rows.length * 22);
  layout.yaxis.categoryorder = "array";
  layout.yaxis.categoryarray = ordered.map((r) => `${r.code} ${short(r.name, 34)}`);
  layout.margin.l = 10;
  Plotly.react(node, traces, layout, PLOT_CONFIG);
}

function labelPosition([x, y]) {
  if (y > 0.7) return "top center";
  if (y < -0.7) return "bottom center";
  return x >= 0 ? "middle right" : "middle left";
}

/* The busiest dyads as a circular network: node size = events, edge width = events,
   edge colour = conflict share. Clicking a node or an edge chooses it. */
function drawNetwork(node, edges, onPick) {
  const title = `Actor network: the ${edges.length} busiest dyads`;
  if (!edges.length) return noData(node, "Actor network", "No dyads yet.");
  const pairs = new Map();
  for (const e of edges) {
    const key = [e.source, e.target].sort().join("|");
    const p = pairs.get(key) || { a: [e.source, e.target].sort()[0], b: [e.source, e.target].sort()[1], weight: 0, conflict: 0, lines: [] };
    p.weight += e.weight; p.conflict += e.conflict_share * e.weight;
    p.lines.push(`${e.source} → ${e.target}: ${e.weight} events, Goldstein ${fmt(e.goldstein_sum, 1)}`);
    pairs.set(key, p);
  }
  const totals = new Map();
  for (const p of pairs.values()) for (const n of [p.a, p.b]) totals.set(n, (totals.get(n) || 0) + p.weight);
  const names = [...totals.keys()].sort((x, y) => totals.get(y) - totals.get(x));
  const pos = new Map(names.map((n, i) => [n, [Math.cos(2 * Math.PI * i / names.length), Math.sin(2 * Math.PI * i / names.length)]]));
  const maxWeight = Math.max(...[...pairs.values()].map((p) => p.weight));
  const traces = [];
  const mid = { type: "scatter", mode: "markers", x: [], y: [], text: [], customdata: [],
    marker: { size: 14, color: "rgba(0,0,0,0.01)" }, hovertemplate: "%{text}<extra>click to explore</extra>", showlegend: false };
  for (const p of pairs.values()) {
    const share = p.conflict / p.weight;
    const [x0, y0] = pos.get(p.a), [x1, y1] = pos.get(p.b);
    traces.push({ type: "scatter", mode: "lines", x: [x0, x1], y: [y0, y1], hoverinfo: "skip", showlegend: false,
      line: { width: 1 + 9 * p.weight / maxWeight, color: `rgba(${Math.round(59 + 141 * share)},${Math.round(130 - 75 * share)},${Math.round(196 - 151 * share)},0.7)` } });
    mid.x.push((x0 + x1) / 2); mid.y.push((y0 + y1) / 2);
    mid.text.push(p.lines.join("<br>") + `<br>conflict share ${plain(share, 2)}`);
    mid.customdata.push([p.a, p.b]);
  }
  const maxTotal = Math.max(...totals.values());
  traces.push(mid, { type: "scatter", mode: "markers+text", showlegend: false,
    x: names.map((n) => pos.get(n)[0]), y: names.map((n) => pos.get(n)[1]), text: names,
    textposition: names.map((n) => labelPosition(pos.get(n))), textfont: { size: 11 },
    customdata: names.map((n) => [n, null, totals.get(n)]),
    marker: { size: names.map((n) => 10 + 26 * Math.sqrt(totals.get(n) / maxTotal)), color: "#334", line: { color: "#fff", width: 1 } },
    hovertemplate: "%{text}: %{customdata[2]} events in these dyads<extra>click to choose</extra>" });
  const layout = { title: TITLE(title), font: FONT, height: 480,
    margin: { l: 10, r: 10, t: 90, b: 10 }, hovermode: "closest", showlegend: false,
    xaxis: { visible: false, range: [-1.6, 1.6] }, yaxis: { visible: false, range: [-1.25, 1.25] },
    annotations: [{ xref: "paper", yref: "paper", x: 0, y: 1.02, yanchor: "bottom", showarrow: false, xanchor: "left",
      text: "Node size: the actor's events in these dyads · line width: events between the pair (both directions)<br>" +
        "Line colour: <span style='color:#3b82c4'>■</span> cooperation … <span style='color:#c8372d'>■</span> conflict (share of quad classes 3–4) · click a node or a line",
      font: { size: 11, color: "#444" } }] };
  Plotly.react(node, traces, layout, PLOT_CONFIG);
  node.removeAllListeners && node.removeAllListeners("plotly_click");
  node.on("plotly_click", (ev) => { const d = ev.points[0].customdata; if (d) onPick(d[0], d[1]); });
}
