/* Tacitus pages: shared helpers (no dependencies). */
"use strict";

const QUADS = {
  1: { name: "Verbal cooperation", color: "#3b82c4" },
  2: { name: "Material cooperation", color: "#2a9d5c" },
  3: { name: "Verbal conflict", color: "#e69b22" },
  4: { name: "Material conflict", color: "#c8372d" },
};

/* GET or POST one API endpoint; resolve to the envelope, reject with its error message. */
async function api(path, params, body) {
  const url = new URL(path, window.location.origin);
  for (const [key, value] of Object.entries(params || {})) {
    if (value !== undefined && value !== null && value !== "") url.searchParams.set(key, value);
  }
  const init = body === undefined ? {} : {
    method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body),
  };
  const response = await fetch(url, init);
  const payload = await response.json().catch(() => null);
  if (!response.ok) {
    const message = payload && payload.error ? payload.error.message : response.statusText;
    throw new Error(message);
  }
  return payload;
}

/* Build an element: el("td", {class: "num"}, "text", child, …). */
function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else if (key === "dataset") Object.assign(node.dataset, value);
    else node.setAttribute(key, value === true ? "" : value);
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function fmt(value, digits) {
  if (value === null || value === undefined || value === "") return "–";
  if (typeof value === "number") {
    const text = value.toFixed(digits === undefined ? 2 : digits);
    return value > 0 && digits !== 0 ? "+" + text : text;
  }
  return String(value);
}

function plain(value, digits) {
  if (value === null || value === undefined) return "–";
  return typeof value === "number" ? value.toFixed(digits === undefined ? 2 : digits) : value;
}

function short(text, limit) {
  const clean = String(text || "").replace(/\s+/g, " ").trim();
  return clean.length <= limit ? clean : clean.slice(0, limit - 1) + "…";
}

function setStatus(node, text, isError) {
  node.textContent = text;
  node.classList.toggle("error", Boolean(isError));
}

/* Fill a <table> with a header row and body rows (arrays of cells: text or nodes). */
function fillTable(table, headers, rows) {
  table.replaceChildren(
    el("thead", {}, el("tr", {}, headers.map((h) => el("th", { scope: "col" }, h)))),
    el("tbody", {}, rows));
}
