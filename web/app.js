/* sitrep dashboard: reads the JSON API of `sitrep serve` (docs/api.md) and draws the time
 * series (uPlot), the actor network (Cytoscape.js), the dyad history, the event list and
 * the evidence behind one event. Every piece of stored text reaches the page through
 * textContent or attribute values, never as markup. The view lives in the URL's query
 * string, so a view can be shared and reloaded. */
"use strict";

const FILTERS = ["actor", "country", "code", "quad", "status", "from", "to", "said_by", "outlet"];
const QUAD_NAMES = ["unknown", "verbal cooperation", "material cooperation", "verbal conflict",
                    "material conflict"];
const QUAD_COLOURS = ["#8a96a3", "#2e9e5b", "#2b6cb0", "#dd8a2e", "#c53030"];
const PAGE = 50;

const $ = (sel) => document.querySelector(sel);

/* An element with attributes and children (strings become text nodes). */
function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v !== null && v !== undefined) e.setAttribute(k, String(v));
  }
  for (const c of children) {
    if (c === null || c === undefined) continue;
    e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return e;
}

function showError(msg) {
  const p = $("#error");
  p.textContent = msg;
  p.hidden = !msg;
}

async function api(path, params) {
  const q = new URLSearchParams(params || {}).toString();
  const r = await fetch(path + (q ? "?" + q : ""), { headers: { Accept: "application/json" } });
  const body = await r.json().catch(() => ({ error: "the answer is not JSON" }));
  if (!r.ok) throw new Error(body.error || ("HTTP " + r.status));
  return body;
}

/* ---- the view in the URL ---- */

function readState() {
  const u = new URLSearchParams(location.search);
  const s = {};
  for (const k of [...FILTERS, "dyad", "after", "a", "b", "event"]) {
    const v = u.get(k);
    if (v) s[k] = v;
  }
  return s;
}

function writeState(s, push) {
  const u = new URLSearchParams();
  for (const [k, v] of Object.entries(s)) if (v !== undefined && v !== "") u.set(k, v);
  const url = location.pathname + (u.toString() ? "?" + u.toString() : "");
  if (push) history.pushState(null, "", url); else history.replaceState(null, "", url);
}

let state = readState();
/* Events pages go by cursor: each answer names the cursor of the next page (next_after),
   which the URL keeps as "after"; the cursors of the pages before this one (this visit)
   are kept here for "previous", which goes back to the first page when there are none. */
let cursors = [];

function filterParams(withDyad) {
  const p = {};
  for (const k of FILTERS) if (state[k]) p[k] = state[k];
  if (withDyad && state.dyad) p.dyad = state.dyad;
  return p;
}

function fillForm() {
  const f = $("#filters");
  for (const k of FILTERS) f.elements[k].value = state[k] || "";
  const [a, b] = (state.dyad || "").split(",");
  f.elements.dyad_a.value = a || "";
  f.elements.dyad_b.value = b || "";
}

function readForm() {
  const f = $("#filters");
  const s = {};
  for (const k of FILTERS) {
    let v = f.elements[k].value.trim();
    if (["actor", "country", "said_by"].includes(k)) v = v.toUpperCase();
    if (v) s[k] = v;
  }
  const a = f.elements.dyad_a.value.trim().toUpperCase();
  const b = f.elements.dyad_b.value.trim().toUpperCase();
  if (a && b) { s.dyad = a + "," + b; s.a = a; s.b = b; }
  return s;
}

function updateDownloads() {
  for (const fmt of ["csv", "jsonl"]) {
    const q = new URLSearchParams({ ...filterParams(true), format: fmt });
    const a = $("#dl-" + fmt);
    a.href = "/api/events?" + q.toString();
    a.setAttribute("download", "sitrep-events." + fmt);
  }
}

/* ---- time series ---- */

let plot = null;

function monthTime(m) {
  const [y, mo] = m.split("-").map(Number);
  return Date.UTC(y, mo - 1, 1) / 1000;
}

function drawSeries(stats) {
  const months = stats.months.filter((m) => /^\d{4}-\d{2}$/.test(m.month));
  const data = [months.map((m) => monthTime(m.month))];
  for (let q = 1; q <= 4; q++) data.push(months.map((m) => m.quad[String(q)] || 0));
  data.push(months.map((m) => Math.round(m.goldstein * 10) / 10));
  const box = $("#timeseries");
  const opts = {
    width: Math.max(box.clientWidth, 300),
    height: 260,
    scales: { x: { time: true }, g: { auto: true } },
    series: [
      {},
      ...[1, 2, 3, 4].map((q) => ({ label: "Q" + q + " " + QUAD_NAMES[q], stroke: QUAD_COLOURS[q],
                                     width: 2, points: { show: true } })),
      { label: "Goldstein sum", stroke: "#52606d", dash: [6, 4], width: 1.5, scale: "g" },
    ],
    axes: [{}, { label: "events" }, { side: 1, scale: "g", label: "Goldstein", grid: { show: false } }],
  };
  if (plot) plot.destroy();
  box.textContent = "";
  plot = new uPlot(opts, data, box);
  box.dataset.points = String(months.length);
  box.dataset.events = String(months.reduce((n, m) => n + m.events, 0));
  box.dataset.series = String(opts.series.length - 1);
}

/* ---- network ---- */

let cy = null;
window.sitrepDashboard = { cy: null };

function drawNetwork(net) {
  const maxEv = Math.max(1, ...net.nodes.map((n) => n.events));
  const maxEdge = Math.max(1, ...net.edges.map((e) => e.events));
  const elements = [
    ...net.nodes.map((n) => ({ data: { id: n.id, label: n.id, name: n.name || "",
                                       size: 16 + 34 * Math.sqrt(n.events / maxEv) } })),
    ...net.edges.map((e, i) => ({ data: { id: "e" + i, source: e.source, target: e.target,
                                          events: e.events, width: 1 + 7 * (e.events / maxEdge),
                                          colour: QUAD_COLOURS[e.main_quad] || QUAD_COLOURS[0] } })),
  ];
  if (cy) cy.destroy();
  cy = cytoscape({
    container: $("#network"),
    elements,
    style: [
      { selector: "node", style: { width: "data(size)", height: "data(size)", label: "data(label)",
                                   "font-size": 13, "background-color": "#9aa5b1", "text-margin-y": 3,
                                   "text-valign": "bottom", color: "#1f2933" } },
      { selector: "edge", style: { width: "data(width)", "line-color": "data(colour)",
                                   "target-arrow-color": "data(colour)",
                                   "target-arrow-shape": "triangle", "curve-style": "bezier",
                                   opacity: 0.85 } },
      { selector: "edge:selected", style: { opacity: 1, "underlay-color": "#1f2933",
                                            "underlay-opacity": 0.25, "underlay-padding": 4 } },
    ],
    layout: { name: "cose", animate: false, randomize: false, nodeRepulsion: 9000,
              idealEdgeLength: 70, fit: true, padding: 20 },
  });
  cy.on("tap", "edge", (evt) => {
    const e = evt.target.data();
    openDyad(e.source, e.target, true);
  });
  window.sitrepDashboard.cy = cy; /* for the browser test and the console */
  const box = $("#network");
  box.dataset.nodes = String(cy.nodes().length);
  box.dataset.edges = String(cy.edges().length);
  $("#network-summary").textContent = `(${cy.nodes().length} actors, ${cy.edges().length} links)`;
}

/* ---- dyad history ---- */

function eventLine(e) {
  return [el("span", { class: "quad quad-" + e.quad_class, title: QUAD_NAMES[e.quad_class] || "" }),
          el("span", { class: "when" }, e.date || "(undated)"),
          `${e.source} → ${e.target}  ${e.cameo} ${e.event_name || ""}`];
}

async function loadDyad() {
  const list = $("#dyad-events");
  const params = filterParams(false);
  delete params.actor; /* the pair is the actor filter here */
  if (state.a && state.b) { params.a = state.a; params.b = state.b; }
  const tl = await api("/api/timeline", params);
  list.textContent = "";
  if (!tl.a) {
    $("#dyad-title").textContent = "(no pair of actors yet)";
    return;
  }
  const name = (x) => x.code + (x.name ? ` (${x.name})` : "");
  $("#dyad-title").textContent = `${name(tl.a)} ↔ ${name(tl.b)}: ${tl.events.length} events, ` +
                                 `${tl.mentions} mentions`;
  list.dataset.a = tl.a.code;
  list.dataset.b = tl.b.code;
  for (const e of tl.events) {
    const bits = [e.status, `${e.num_mentions} mention${e.num_mentions === 1 ? "" : "s"}`];
    if (e.goldstein !== null) bits.push(`Goldstein ${e.goldstein > 0 ? "+" : ""}${e.goldstein}`);
    if (e.said_by) bits.push("according to " + e.said_by);
    if (e.outlets) bits.push("sources: " + e.outlets);
    const li = el("li", { "data-id": e.id }, ...eventLine(e), el("span", { class: "detail" }, bits.join("; ")));
    li.addEventListener("click", () => openEvent(e.id, true));
    list.append(li);
  }
}

function openDyad(a, b, push) {
  state.a = a;
  state.b = b;
  state.dyad = a + "," + b;
  delete state.after;
  cursors = [];
  fillForm();
  writeState(state, push);
  refresh(false);
}

/* ---- events ---- */

async function loadEvents() {
  const params = { ...filterParams(true), limit: PAGE };
  if (state.after) params.after = state.after;
  const res = await api("/api/events", params);
  const body = $("#events tbody");
  body.textContent = "";
  for (const e of res.events) {
    const tr = el("tr", { "data-id": e.id },
      el("td", null, e.date || "—"),
      el("td", { title: e.source_name || "" }, e.source),
      el("td", { title: e.target_name || "" }, e.target),
      el("td", null, e.cameo),
      el("td", null, el("span", { class: "quad quad-" + e.quad_class }), e.event_name || ""),
      el("td", null, e.status || ""),
      el("td", null, e.said_by || ""),
      el("td", null, e.num_mentions),
      el("td", null, e.outlets || ""));
    tr.addEventListener("click", () => openEvent(e.id, true));
    body.append(tr);
  }
  const more = res.next_after ? ", more" : "";
  if (!state.after || cursors.length) { /* the position is known */
    const first = cursors.length * PAGE;
    $("#events-summary").textContent = `(${res.count ? first + 1 : 0}–${first + res.count}${more})`;
  } else {
    const d = res.events.length ? res.events[0].date || "undated" : "the end";
    $("#events-summary").textContent = `(from ${d}${more})`;
  }
  $("#prev").disabled = !state.after;
  $("#next").disabled = !res.next_after;
  $("#next").onclick = () => {
    cursors.push(state.after || "");
    state.after = res.next_after;
    writeState(state, true);
    loadEvents().catch(fail);
  };
  $("#prev").onclick = () => {
    state.after = cursors.pop() || undefined;
    writeState(state, true);
    loadEvents().catch(fail);
  };
  markSelected();
}

/* ---- evidence ---- */

function fact(dl, term, value) {
  if (value === null || value === undefined || value === "") return;
  dl.append(el("dt", null, term), value instanceof Node ? el("dd", null, value) : el("dd", null, String(value)));
}

function articleLink(url) {
  /* only web addresses become links: a javascript: or data: URL stays text */
  if (typeof url === "string" && /^https?:\/\//i.test(url)) {
    return el("a", { href: url, rel: "noopener noreferrer nofollow", target: "_blank" }, url);
  }
  return url ? document.createTextNode(url) : null;
}

async function openEvent(id, push) {
  state.event = String(id);
  writeState(state, push);
  markSelected();
  const box = $("#evidence");
  const res = await api("/api/events/" + encodeURIComponent(id));
  const e = res.event;
  box.textContent = "";
  box.dataset.event = String(e.id);
  box.append(el("h3", null, ...eventLine(e)));
  const top = el("dl", { class: "facts" });
  fact(top, "Quad class", QUAD_NAMES[e.quad_class]);
  fact(top, "Goldstein", e.goldstein);
  fact(top, "Status", e.status);
  fact(top, "Said by", e.said_by);
  fact(top, "Mentions", `${e.num_mentions} in ${e.num_documents} documents, ${e.num_outlets} outlets`);
  box.append(top);
  for (const m of res.mentions) {
    const sentence = el("p", { class: "sentence" });
    for (const part of m.parts) {
      sentence.append(part.role ? el("mark", { class: "part-" + part.role, title: part.role }, part.text)
                                : document.createTextNode(part.text));
    }
    const dl = el("dl", { class: "facts" });
    fact(dl, "Source", m.source.text);
    fact(dl, "Target", m.target.text);
    fact(dl, "Verb", m.verb.text);
    fact(dl, "Claimant", m.said_by ? [m.said_by.code, m.said_by.text].filter(Boolean).join(" — ") : "");
    fact(dl, "Status", m.status + (m.status_cue ? ` (cue: “${m.status_cue}”)` : ""));
    fact(dl, "Date", (m.date || "—") + (m.date_precision ? ` (${m.date_precision}` +
         (m.date_cue ? `, from “${m.date_cue}”` : "") + ")" : ""));
    fact(dl, "Article", m.title);
    fact(dl, "Outlet", m.outlet);
    fact(dl, "Published", m.doc_date);
    fact(dl, "Link", articleLink(m.url));
    fact(dl, "Document", `${m.doc_id}, sentence ${m.sentence}`);
    fact(dl, "Dictionary", m.verb_entry);
    box.append(el("div", { class: "mention", "data-mention": m.id }, sentence, dl));
  }
}

function markSelected() {
  for (const row of document.querySelectorAll("[data-id]")) {
    row.classList.toggle("selected", row.dataset.id === state.event);
  }
}

/* ---- putting it together ---- */

function fail(err) {
  showError(String(err.message || err));
  document.body.dataset.ready = "error";
}

async function refresh(all) {
  showError("");
  document.body.dataset.ready = "0";
  updateDownloads();
  /* the time series follows the filters; the summary and the network are the whole store */
  const jobs = [loadDyad(), loadEvents(), api("/api/series", filterParams(true)).then(drawSeries)];
  if (all) {
    jobs.push(api("/api/stats").then((st) => {
      const c = st.counts;
      $("#summary").textContent = `${c.documents} documents, ${c.events} events, ` +
                                  `${c.mentions} mentions, ${c.actors} actors (${st.backend})`;
    }));
    jobs.push(api("/api/network").then(drawNetwork));
  }
  if (state.event) jobs.push(openEvent(state.event, false));
  await Promise.all(jobs);
  document.body.dataset.ready = "1";
}

let completing = null;
async function complete(input) {
  const q = input.value.trim();
  if (!q || q === completing) return;
  completing = q;
  const res = await api("/api/actors", { q, limit: 10 }).catch(() => ({ actors: [] }));
  const list = $("#actor-list");
  list.textContent = "";
  for (const a of res.actors) list.append(el("option", { value: a.code }, a.name || a.code));
}

function start() {
  fillForm();
  const f = $("#filters");
  f.addEventListener("submit", (ev) => {
    ev.preventDefault();
    state = readForm();
    cursors = [];
    writeState(state, true);
    refresh(false).catch(fail);
  });
  f.addEventListener("reset", () => {
    state = {};
    cursors = [];
    writeState(state, true);
    setTimeout(() => refresh(false).catch(fail), 0);
  });
  for (const name of ["actor", "dyad_a", "dyad_b", "said_by"]) {
    f.elements[name].addEventListener("input", (ev) => complete(ev.target));
  }
  window.addEventListener("popstate", () => {
    state = readState();
    /* back one page: its cursor is the last kept; anything else starts the count again */
    if (cursors.length && (state.after || "") === cursors[cursors.length - 1]) cursors.pop();
    else cursors = [];
    fillForm();
    refresh(false).catch(fail);
  });
  refresh(true).catch(fail);
}

document.addEventListener("DOMContentLoaded", start);
