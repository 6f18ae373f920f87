/* Read: an article with its actor mentions, event triggers and quotations highlighted. */
"use strict";

const $ = (id) => document.getElementById(id);
let model = null;   // the article on show, in one shape whether coded now or stored
let pinned = null;  // the record pinned in the detail panel

/* ------------------------------------------------------------------ two shapes → one model */

function actorOf(a) {
  if (!a) return null;
  return { code: a.code, name: a.name, country: a.country, sector: a.sector, how: a.how,
           confidence: a.confidence, role: a.role, text: a.span.text, field: a.span.field,
           start: a.span.start, end: a.span.end };
}

/* A CodedArticle from POST /api/code (records.to_dict). */
function fromCoded(coded) {
  return {
    article: coded.article, stored: false, warnings: coded.warnings || [],
    actors: coded.actors.map(actorOf),
    events: coded.events.map((e) => ({
      id: e.id, field: e.trigger.field, start: e.trigger.start, end: e.trigger.end,
      trigger: e.trigger.text, source: actorOf(e.source), target: actorOf(e.target),
      cameo: e.cameo, plover: e.plover, confidence: e.confidence, modality: e.modality,
      negated: e.negated, date: e.date, rule: e.rule, sentence: e.sentence.text,
      location: e.location ? e.location.name : null, quote: e.quote })),
    quotes: coded.quotes.map((q) => ({
      id: q.id, kind: q.kind, field: q.content.field, start: q.content.start,
      end: q.content.end, text: q.content.text, speaker: actorOf(q.speaker),
      cue: q.cue ? q.cue.text : null })),
  };
}

function rowActor(row, p, field) {
  if (row[p + "_start"] === null && row[p + "_code"] === null) return null;
  return { code: row[p + "_code"], name: row[p + "_name"], country: row[p + "_country"],
           sector: row[p + "_sector"], how: row[p + "_how"], confidence: row[p + "_confidence"],
           role: row[p + "_role"], text: row[p + "_text"], field: row[p + "_field"] || field,
           start: row[p + "_start"], end: row[p + "_end"] };
}

/* An article from GET /api/articles/{id} (stored rows). */
function fromStored(data) {
  return {
    article: { id: data.article.article_id, title: data.article.title, text: data.article.text,
               date: data.article.date, source: data.article.source, url: data.article.url },
    stored: true, warnings: data.article.warnings || [],
    actors: data.actors.map((a) => ({ code: a.code, name: a.name, country: a.country,
      sector: a.sector, how: a.how, confidence: a.confidence, role: a.role, text: a.text,
      field: a.field, start: a.start, end: a.end })),
    events: data.events.map((e) => ({
      id: e.event_id, field: e.trigger_field, start: e.trigger_start, end: e.trigger_end,
      trigger: e.trigger_text, source: rowActor(e, "source", e.trigger_field),
      target: rowActor(e, "target", e.trigger_field),
      cameo: { code: e.cameo_code, name: e.cameo_name, root: e.cameo_root,
               quad_class: e.quad_class, goldstein: e.goldstein },
      plover: { event: e.plover_event, mode: e.plover_mode, context: e.plover_context,
                score: e.plover_score, auxiliary: e.plover_auxiliary },
      confidence: e.confidence, modality: e.modality, negated: e.negated, date: e.date,
      rule: e.rule, sentence: e.sentence_text, location: e.location_name, quote: e.quote_id })),
    quotes: data.quotes.map((q) => ({
      id: q.quote_id, kind: q.kind, field: q.content_field, start: q.content_start,
      end: q.content_end, text: q.content_text, speaker: rowActor(q, "speaker", q.content_field),
      cue: q.cue_text })),
  };
}

/* ------------------------------------------------------------------ the highlighted text */

function marksOf(m, field) {
  const marks = [];
  m.actors.forEach((a, i) => { if (a.field === field) marks.push({ kind: "actor", i, s: a.start, e: a.end }); });
  m.events.forEach((e, i) => { if (e.field === field) marks.push({ kind: "event", i, s: e.start, e: e.end }); });
  m.quotes.forEach((q, i) => { if (q.field === field) marks.push({ kind: "quote", i, s: q.start, e: q.end }); });
  return marks.filter((k) => k.e > k.s);
}

function renderField(node, text, marks) {
  const cuts = new Set([0, text.length]);
  for (const k of marks) { cuts.add(Math.max(0, k.s)); cuts.add(Math.min(text.length, k.e)); }
  const points = [...cuts].sort((a, b) => a - b);
  const parts = [];
  for (let j = 0; j + 1 < points.length; j++) {
    const s = points[j], e = points[j + 1];
    const over = marks.filter((k) => k.s <= s && k.e >= e);
    const piece = text.slice(s, e);
    if (!over.length) { parts.push(piece); continue; }
    const ids = (kind) => over.filter((k) => k.kind === kind).map((k) => k.i);
    const events = ids("event"), actors = ids("actor"), quotes = ids("quote");
    const classes = ["m"];
    if (actors.length) classes.push("actor");
    if (quotes.length) classes.push("quote");
    if (events.length) classes.push("trigger", "q" + model.events[events[0]].cameo.quad_class);
    parts.push(el("span", { class: classes.join(" "), tabindex: events.length ? "0" : null,
      dataset: { s: String(s), e: String(e), ev: events.join(","), ac: actors.join(","),
                 qu: quotes.join(",") } }, piece));
  }
  node.replaceChildren(...parts);
}

/* ------------------------------------------------------------------ records, for people */

function actorLabel(a) {
  if (!a) return "–";
  return (a.code || "(unresolved)") + (a.name ? " · " + a.name : a.text ? " · “" + a.text + "”" : "");
}

function eventCard(e) {
  const quad = QUADS[e.cameo.quad_class] || { name: "?", color: "#888" };
  const plover = [e.plover.event, e.plover.mode, e.plover.context, e.plover.auxiliary]
    .filter(Boolean).join(" · ");
  return el("div", { class: "card event-card" },
    el("h3", {}, actorLabel(e.source), " → ", actorLabel(e.target)),
    el("dl", {},
      el("dt", {}, "CAMEO"), el("dd", {}, el("b", {}, e.cameo.code), " ", e.cameo.name, " (root ", e.cameo.root, ")"),
      el("dt", {}, "Quad class"), el("dd", {}, el("span", { class: "swatch", style: "background:" + quad.color }), e.cameo.quad_class, " ", quad.name),
      el("dt", {}, "Goldstein"), el("dd", { class: "goldstein" }, fmt(e.cameo.goldstein, 1)),
      el("dt", {}, "PLOVER"), el("dd", { class: "plover" }, plover || "–", e.plover.score !== null && e.plover.score !== undefined ? " (score " + plain(e.plover.score, 1) + ")" : ""),
      el("dt", {}, "Confidence"), el("dd", { class: "confidence" }, plain(e.confidence, 2)),
      el("dt", {}, "Modality"), el("dd", { class: "modality" }, e.modality + (e.negated ? " (negated)" : "")),
      el("dt", {}, "Date"), el("dd", {}, e.date || "–"),
      el("dt", {}, "Trigger"), el("dd", {}, "“" + e.trigger + "”"),
      e.location ? [el("dt", {}, "Place"), el("dd", {}, e.location)] : null,
      el("dt", {}, "Rule"), el("dd", { class: "muted" }, e.rule || "–")));
}

function actorCard(a) {
  return el("div", { class: "card actor-card" },
    el("h3", {}, "Actor ", a.code || "(unresolved)"),
    el("dl", {},
      el("dt", {}, "Mention"), el("dd", {}, "“" + a.text + "”"),
      el("dt", {}, "Name"), el("dd", {}, a.name || "–"),
      el("dt", {}, "Country · sector"), el("dd", {}, (a.country || "–") + " · " + (a.sector || "–")),
      a.role ? [el("dt", {}, "Role"), el("dd", {}, a.role)] : null,
      el("dt", {}, "Resolved by"), el("dd", {}, a.how || "–"),
      el("dt", {}, "Confidence"), el("dd", {}, plain(a.confidence, 2))));
}

function quoteCard(q) {
  return el("div", { class: "card quote-card" },
    el("h3", {}, "Quotation (", q.kind, ")"),
    el("dl", {},
      el("dt", {}, "Speaker"), el("dd", {}, actorLabel(q.speaker)),
      el("dt", {}, "Cue"), el("dd", {}, q.cue || "–"),
      el("dt", {}, "Words"), el("dd", {}, short(q.text, 300))));
}

function cardsFor(span) {
  const list = (key) => (span.dataset[key] ? span.dataset[key].split(",").map(Number) : []);
  return [...list("ev").map((i) => eventCard(model.events[i])),
          ...list("ac").map((i) => actorCard(model.actors[i])),
          ...list("qu").map((i) => quoteCard(model.quotes[i]))];
}

/* ------------------------------------------------------------------ hover, click, focus */

function clearFocus() {
  document.querySelectorAll(".doc .focus, .doc .src, .doc .tgt, #events .focus").forEach((n) => n.classList.remove("focus", "src", "tgt"));
}

function markSpan(field, start, end, cls) {
  if (start === null || start === undefined) return;
  const box = field === "title" ? $("doc-title") : $("doc-text");
  box.querySelectorAll("span.m").forEach((n) => {
    if (Number(n.dataset.s) >= start && Number(n.dataset.e) <= end) n.classList.add(cls);
  });
}

function focusEvent(i, scroll) {
  clearFocus();
  const e = model.events[i];
  markSpan(e.field, e.start, e.end, "focus");
  if (e.source) markSpan(e.source.field, e.source.start, e.source.end, "src");
  if (e.target) markSpan(e.target.field, e.target.start, e.target.end, "tgt");
  const row = document.querySelector(`#events tr[data-i="${i}"]`);
  if (row) row.classList.add("focus");
  if (scroll) {
    const first = document.querySelector(".doc span.focus");
    if (first) first.scrollIntoView({ block: "center" });
  }
}

function showTip(span, x, y) {
  const tip = $("tip");
  tip.replaceChildren(...cardsFor(span));
  tip.hidden = false;
  const width = tip.offsetWidth, height = tip.offsetHeight;
  tip.style.left = Math.min(x + 14, window.innerWidth - width - 8) + "px";
  const below = y + 18 + height <= window.innerHeight;
  tip.style.top = Math.max(8, below ? y + 18 : y - height - 12) + "px";
}

function pin(span) {
  pinned = span;
  $("detail").replaceChildren(...cardsFor(span));
  const ev = span.dataset.ev;
  if (ev) focusEvent(Number(ev.split(",")[0]), false);
}

function wireText() {
  for (const box of [$("doc-title"), $("doc-text")]) {
    box.addEventListener("mouseover", (ev) => {
      const span = ev.target.closest("span.m");
      if (!span) return;
      showTip(span, ev.clientX, ev.clientY);
      if (span.dataset.ev) focusEvent(Number(span.dataset.ev.split(",")[0]), false);
    });
    box.addEventListener("mousemove", (ev) => {
      const span = ev.target.closest("span.m");
      if (span && !$("tip").hidden) showTip(span, ev.clientX, ev.clientY);
    });
    box.addEventListener("mouseout", (ev) => {
      if (ev.target.closest("span.m")) { $("tip").hidden = true; if (pinned) pin(pinned); else clearFocus(); }
    });
    box.addEventListener("click", (ev) => { const span = ev.target.closest("span.m"); if (span) pin(span); });
    box.addEventListener("keydown", (ev) => {
      const span = ev.target.closest("span.m");
      if (span && (ev.key === "Enter" || ev.key === " ")) { ev.preventDefault(); pin(span); }
    });
  }
}

/* ------------------------------------------------------------------ tables */

function renderTables(m) {
  $("events-head").textContent = `Events (${m.events.length})`;
  fillTable($("events"), ["#", "Source", "Target", "CAMEO", "Event", "Quad", "Goldstein",
    "PLOVER", "Modality", "Conf.", "Date", "Trigger"],
    m.events.map((e, i) => el("tr", {
      "data-i": String(i), "data-id": e.id, tabindex: "0",
      onmouseenter: () => focusEvent(i, false), onclick: () => { focusEvent(i, true); $("detail").replaceChildren(eventCard(e)); } },
      el("td", { class: "num" }, i + 1), el("td", {}, e.source ? e.source.code : "–"),
      el("td", {}, e.target ? e.target.code : "–"), el("td", {}, e.cameo.code),
      el("td", {}, e.cameo.name),
      el("td", {}, el("span", { class: "swatch", style: "background:" + (QUADS[e.cameo.quad_class] || {}).color }), e.cameo.quad_class),
      el("td", { class: "num" }, fmt(e.cameo.goldstein, 1)),
      el("td", {}, [e.plover.event, e.plover.mode].filter(Boolean).join(" · ")),
      el("td", {}, e.modality), el("td", { class: "num" }, plain(e.confidence, 2)),
      el("td", {}, e.date || "–"), el("td", {}, e.trigger))));
  if (!m.events.length) $("events").replaceChildren(el("caption", {}, "No events were coded in this article."));
  $("quotes-head").textContent = `Quotations (${m.quotes.length})`;
  fillTable($("quotes"), ["Kind", "Speaker", "Code", "Cue", "Words"],
    m.quotes.map((q, i) => el("tr", { "data-i": String(i) },
      el("td", {}, q.kind), el("td", {}, q.speaker ? (q.speaker.name || q.speaker.text) : "?"),
      el("td", {}, q.speaker ? q.speaker.code || "" : ""), el("td", {}, q.cue || ""),
      el("td", { class: "words" }, short(q.text, 240)))));
  if (!m.quotes.length) $("quotes").replaceChildren(el("caption", {}, "No quotations."));
  $("warnings").replaceChildren(...m.warnings.map((w) => el("li", {}, w)));
}

function show(m) {
  model = m;
  pinned = null;
  const a = m.article;
  $("result").hidden = false;
  $("art-title").textContent = a.title || a.id;
  $("art-meta").textContent = [a.date || "no date", a.source, m.stored ? "stored article " + a.id : "coded just now",
    `${m.events.length} events · ${m.quotes.length} quotations · ${m.actors.length} actor mentions`]
    .filter(Boolean).join(" · ");
  renderField($("doc-title"), a.title || "", marksOf(m, "title"));
  renderField($("doc-text"), a.text || "", marksOf(m, "text"));
  renderTables(m);
  $("detail").replaceChildren(el("p", { class: "muted" }, "Hover over a highlight to see its coded record; click to pin it here."));
}

/* ------------------------------------------------------------------ loading */

async function codePasted() {
  const text = $("text").value;
  if (!text.trim()) { setStatus($("status"), "Paste an article's text first.", true); return; }
  setStatus($("status"), "Coding…");
  $("code").disabled = true;
  try {
    const body = { title: $("title").value, text, date: $("date").value || null };
    const answer = await api("/api/code", {}, body);
    show(fromCoded(answer.data));
    setStatus($("status"), `Coded: ${answer.meta.events} events, ${answer.meta.quotes} quotations.`);
  } catch (err) {
    setStatus($("status"), err.message, true);
  } finally {
    $("code").disabled = false;
  }
}

async function openStored(id, eventId) {
  setStatus($("status"), "Loading…");
  try {
    const answer = await api("/api/articles/" + encodeURIComponent(id));
    show(fromStored(answer.data));
    setStatus($("status"), "");
    const i = eventId ? model.events.findIndex((e) => e.id === eventId) : -1;
    if (i >= 0) { focusEvent(i, true); $("detail").replaceChildren(eventCard(model.events[i])); }
  } catch (err) {
    setStatus($("status"), err.message, true);
  }
}

async function fillPicker(query) {
  const answer = await api("/api/articles", { q: query, limit: 200 });
  const pick = $("pick");
  pick.replaceChildren(el("option", { value: "" },
    answer.meta.total ? `— choose one of ${answer.meta.total} stored articles —` : "— no stored articles match —"),
    ...answer.data.map((a) => el("option", { value: a.article_id },
      `${a.date || "no date"} · ${short(a.title || a.article_id, 70)} (${a.events} events)`)));
}

function readFile(file) {
  const reader = new FileReader();
  reader.onload = () => {
    const lines = String(reader.result).replace(/\r\n/g, "\n").split("\n");
    $("title").value = lines[0].trim();
    $("text").value = lines.slice(1).join("\n").trim();
  };
  reader.readAsText(file);
}

function init() {
  wireText();
  $("code").addEventListener("click", codePasted);
  $("pick").addEventListener("change", () => { if ($("pick").value) openStored($("pick").value); });
  let timer = null;
  $("pick-q").addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(() => fillPicker($("pick-q").value).catch((e) => setStatus($("status"), e.message, true)), 250);
  });
  $("file").addEventListener("change", () => { if ($("file").files[0]) readFile($("file").files[0]); });
  fillPicker("").catch((e) => setStatus($("status"), e.message, true));
  const params = new URLSearchParams(window.location.search);
  if (params.get("article")) {
    $("paste-box").open = false;
    openStored(params.get("article"), params.get("event"));
  }
}

init();
