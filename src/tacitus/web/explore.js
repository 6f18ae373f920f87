/* Explore: relations between two actors or countries over time, and the busiest dyads. */
"use strict";

const $ = (id) => document.getElementById(id);
const PAGE = 25;
let shownEvents = 0;

function state() {
  return { a: $("a").value.trim().toUpperCase(), b: $("b").value.trim().toUpperCase(),
           both: $("both").checked, by: $("by").value, start: $("start").value,
           end: $("end").value, minconf: $("minconf").value || "0" };
}

function pairLabel(s) {
  const a = s.a || "any actor", b = s.b || "any actor";
  return s.both ? `${a} ↔ ${b}` : `${a} → ${b}`;
}

function query(s) {
  return { source: s.a, target: s.b, symmetric: s.both, start: s.start, end: s.end,
           min_confidence: s.minconf };
}

function remember(s) {
  const url = new URL(window.location.href);
  url.search = "";
  for (const [k, v] of Object.entries(s)) if (v !== "" && v !== false) url.searchParams.set(k, v === true ? "1" : v);
  window.history.replaceState(null, "", url);
}

function summarise(rows, s) {
  const events = rows.reduce((n, r) => n + r.events, 0);
  const sum = rows.reduce((n, r) => n + r.goldstein_sum, 0);
  const conflict = rows.reduce((n, r) => n + r.verbal_conflict + r.material_conflict, 0);
  if (!events) return `No events between ${pairLabel(s)} match these filters.`;
  return `${events} events between ${pairLabel(s)} in ${rows.length} ${s.by}s with events ` +
    `(${rows[0].period} to ${rows[rows.length - 1].period}); ` +
    `Goldstein sum ${fmt(sum, 1)}, mean ${fmt(sum / events, 2)} per event; ` +
    `${Math.round(100 * conflict / events)}% conflict.`;
}

function eventRow(e) {
  const link = `/read?article=${encodeURIComponent(e.article_id)}&event=${encodeURIComponent(e.event_id)}`;
  return el("tr", {},
    el("td", {}, e.date || "–"), el("td", {}, e.source_code), el("td", {}, e.target_code),
    el("td", {}, el("span", { class: "swatch", style: "background:" + (QUADS[e.quad_class] || {}).color }), e.cameo_code),
    el("td", {}, e.cameo_name), el("td", { class: "num" }, fmt(e.goldstein, 1)),
    el("td", {}, e.plover_event || "–"), el("td", { class: "num" }, plain(e.confidence, 2)),
    el("td", { class: "words" }, short(e.sentence_text, 160)),
    el("td", {}, el("a", { href: link, title: e.article_title || e.article_id }, short(e.article_title || e.article_id, 40))));
}

async function loadEvents(s, append) {
  const answer = await api("/api/events", { ...query(s), limit: PAGE, offset: append ? shownEvents : 0 });
  const rows = answer.data.map(eventRow);
  if (append) $("events").querySelector("tbody").append(...rows);
  else fillTable($("events"), ["Date", "Source", "Target", "CAMEO", "Event", "Goldstein", "PLOVER", "Conf.", "Sentence", "Article"], rows);
  shownEvents = (append ? shownEvents : 0) + answer.data.length;
  $("events-head").textContent = `Events between ${pairLabel(s)} (${shownEvents} of ${answer.meta.total})`;
  $("more").hidden = answer.meta.next_offset === null;
}

async function load() {
  const s = state();
  remember(s);
  setStatus($("status"), "Loading…");
  try {
    const [series, codes] = await Promise.all([
      api("/api/dyads", { ...query(s), by: s.by, combine: true, limit: 5000 }),
      api("/api/codes", { ...query(s), limit: 12 }),
      loadEvents(s, false)]);
    $("summary").textContent = summarise(series.data, s);
    if (chartsAvailable()) {
      const periods = fillPeriods(series.data, s.by);
      drawQuads($("chart-quads"), periods, pairLabel(s), s.by);
      drawGoldstein($("chart-goldstein"), periods, pairLabel(s), s.by);
      drawCodes($("chart-codes"), codes.data, pairLabel(s));
    }
    setStatus($("status"), "");
  } catch (err) {
    setStatus($("status"), err.message, true);
  }
}

async function loadNetwork() {
  const s = state();
  const answer = await api("/api/network", { start: s.start, end: s.end, limit: 24 });
  if (chartsAvailable()) {
    drawNetwork($("chart-network"), answer.data, (a, b) => {
      $("a").value = a;
      $("b").value = b || "";
      load();
    });
  }
  return answer.data;
}

async function init() {
  const params = new URLSearchParams(window.location.search);
  for (const key of ["a", "b", "by", "start", "end", "minconf"]) if (params.get(key)) $(key).value = params.get(key);
  if (params.has("both")) $("both").checked = params.get("both") === "1";
  $("controls").addEventListener("submit", (ev) => { ev.preventDefault(); load(); loadNetwork().catch(() => {}); });
  $("more").addEventListener("click", () => loadEvents(state(), true).catch((e) => setStatus($("status"), e.message, true)));
  if (!chartsAvailable()) setStatus($("status"), "Charts need the plotly Python package (pip install plotly); tables still work.", true);
  try {
    const [actors, edges] = await Promise.all([api("/api/actors", { limit: 200 }), loadNetwork()]);
    $("actor-list").replaceChildren(...actors.data.map((a) => el("option", { value: a.code }, `${a.name || ""} (${a.events} events)`)));
    if (!params.get("a") && !params.get("b") && edges.length) {
      $("a").value = edges[0].source;
      $("b").value = edges[0].target;
    }
  } catch (err) {
    setStatus($("status"), err.message, true);
  }
  await load();
}

init();
