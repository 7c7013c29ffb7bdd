/* browser_test.js: the dashboard in headless Chromium (Debian's), driven by playwright-core,
 * against a live `sitrep serve` on the example store plus a hostile article: the time
 * series is drawn, the network has as many nodes and edges as the API gives, clicking an
 * edge opens that dyad, opening an event highlights its source, target and verb, filters
 * survive a reload, no script from the article runs and its markup shows as text, and the
 * page raises no error (a Content-Security-Policy violation would be one). It saves a
 * screenshot to $SITREP_SCREENSHOT (default: the temporary folder). */
"use strict";
const { spawn, execFileSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const http = require("http");

const SITREP = process.env.SITREP;
const SOURCE = process.env.SITREP_SOURCE;
const CHROMIUM = process.env.CHROMIUM || "/usr/bin/chromium";
const SLOW = ["1", "ON", "TRUE"].includes(String(process.env.SITREP_SANITIZED).toUpperCase()) ? 4 : 1;
const failures = [];
function check(cond, msg) {
  if (!cond) {
    console.log("FAIL: " + msg);
    failures.push(msg);
  }
  return cond;
}

function getJSON(port, p) {
  return new Promise((resolve, reject) => {
    http.get({ host: "127.0.0.1", port, path: p }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (c) => (body += c));
      res.on("end", () => {
        try { resolve(JSON.parse(body)); } catch (e) { reject(new Error(p + ": " + body.slice(0, 200))); }
      });
    }).on("error", reject);
  });
}

function startServer(db) {
  return new Promise((resolve, reject) => {
    const proc = spawn(SITREP, ["serve", "--db", db, "--port", "0"], { stdio: ["ignore", "ignore", "pipe"] });
    let err = "";
    const timer = setTimeout(() => reject(new Error("the server did not start: " + err)), 20000 * SLOW);
    proc.stderr.on("data", (c) => {
      err += c;
      const m = /on http:\/\/[^:]+:(\d+)\//.exec(err);
      if (m) { clearTimeout(timer); resolve({ proc, port: Number(m[1]) }); }
    });
    proc.on("exit", (code) => reject(new Error("the server exited (" + code + "): " + err)));
  });
}

/* 120 synthetic events over a few days (more than two pages of 50), loaded with
 * `sitrep load` into a store of their own; the page walks them by next and previous, and
 * each page shows what the API gives for its cursor. */
async function checkPaging(page, ready, tmp) {
  const db = path.join(tmp, "paging.db");
  const lines = [];
  for (let i = 0; i < 120; i++) {
    const src = "P" + String(i % 7).padStart(2, "0"), tgt = "Q" + String(i % 11).padStart(2, "0");
    lines.push(JSON.stringify({
      doc_id: "doc-" + Math.floor(i / 4), sentence: i % 4, sentence_span: [0, 20], sentence_text: null,
      source: { code: src, country: src, role: null, text: src, span: [0, 3] },
      target: { code: tgt, country: tgt, role: null, text: tgt, span: [4, 7] },
      cameo: ["040", "042", "190", "112"][i % 4], verb: { text: "met", span: [8, 11] },
      date: i % 10 === 0 ? null : "2024-05-0" + (1 + (i % 3)), date_precision: "day",
      status: "asserted", said_by: null, outlet: "Outlet", url: "https://x.example/" + i }));
  }
  fs.writeFileSync(path.join(tmp, "paging.jsonl"), lines.join("\n") + "\n");
  execFileSync(SITREP, ["load", "-q", "--db", db, path.join(tmp, "paging.jsonl")]);
  const { proc, port } = await startServer(db);
  try {
    const ids = (res) => res.events.map((e) => e.id).join(",");
    const shown = () => page.$$eval("#events tbody tr", (tr) => tr.map((x) => x.dataset.id).join(","));
    const p1 = await getJSON(port, "/api/events?limit=50");
    const p2 = await getJSON(port, "/api/events?limit=50&after=" + encodeURIComponent(p1.next_after));
    const p3 = await getJSON(port, "/api/events?limit=50&after=" + encodeURIComponent(p2.next_after));
    check(p1.events.length === 50 && p2.events.length === 50 && p3.events.length === 20 &&
          p3.next_after === null, "the API's pages of the paging store");
    const showing = async (want, what) => {
      await page.waitForFunction((w) => [...document.querySelectorAll("#events tbody tr")]
        .map((x) => x.dataset.id).join(",") === w, want).catch(() => {});
      check(await shown() === want, `${what}: the table shows ${await shown()}, the API ${want}`);
    };
    const summary = () => page.$eval("#events-summary", (x) => x.textContent);
    await page.goto(`http://127.0.0.1:${port}/`);
    await ready();
    await showing(ids(p1), "first page");
    check(await summary() === "(1–50, more)", "first page summary: " + await summary());
    check(await page.$eval("#prev", (b) => b.disabled), "previous enabled on the first page");
    await page.click("#next");
    await showing(ids(p2), "second page");
    check(new URL(page.url()).searchParams.get("after") === p1.next_after, "the cursor is not in the URL: " + page.url());
    check(await summary() === "(51–100, more)", "second page summary: " + await summary());
    await page.click("#next");
    await showing(ids(p3), "third page");
    check(await summary() === "(101–120)", "last page summary: " + await summary());
    check(await page.$eval("#next", (b) => b.disabled), "next enabled on the last page");
    await page.click("#prev");
    await showing(ids(p2), "back to the second page");
    await page.reload();
    await ready();
    await showing(ids(p2), "the second page reloaded from its URL");
    await page.click("#prev");
    await showing(ids(p1), "previous from a reloaded page");
  } finally {
    proc.kill("SIGTERM");
  }
}

async function main() {
  let pw;
  try {
    pw = require("playwright-core");
  } catch (e) {
    console.log("FAIL: playwright-core is not installed (run scripts/setup, which runs npm ci)");
    process.exit(1);
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "sitrep-browser-"));
  const db = path.join(tmp, "store.db");
  execFileSync(SITREP, ["ingest", "-q", "--db", db, path.join(SOURCE, "examples"),
                        path.join(SOURCE, "tests/serve/hostile.jsonl")]);
  const { proc, port } = await startServer(db);
  const base = `http://127.0.0.1:${port}`;
  const browser = await pw.chromium.launch({ executablePath: CHROMIUM, headless: true,
                                             args: ["--no-sandbox", "--disable-gpu"] });
  const exitCode = new Promise((resolve) => proc.on("exit", (code, sig) => resolve(code === null ? sig : code)));
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1600 } });
    page.setDefaultTimeout(20000 * SLOW);
    const errors = [];
    page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
    page.on("pageerror", (e) => errors.push(String(e)));
    const ready = async () => {
      await page.waitForSelector('body[data-ready="1"], body[data-ready="error"]', { state: "attached" });
      const r = await page.evaluate(() => [document.body.dataset.ready, document.querySelector("#error").textContent]);
      if (r[0] !== "1") throw new Error(`the page failed on ${page.url()}: ${r[1]}`);
    };

    // ---- the time series ----
    await page.goto(base + "/");
    await ready();
    const stats = await getJSON(port, "/api/stats");
    const months = stats.months.filter((m) => /^\d{4}-\d{2}$/.test(m.month)).length;
    const series = await page.evaluate(() => {
      const box = document.querySelector("#timeseries");
      const c = box.querySelector("canvas");
      if (!c) return null;
      const px = c.getContext("2d").getImageData(0, 0, c.width, c.height).data;
      let ink = 0;
      for (let i = 3; i < px.length; i += 4) if (px[i] > 0) ink++;
      return { points: Number(box.dataset.points), series: Number(box.dataset.series), ink,
               w: c.width, labels: [...box.querySelectorAll(".u-legend .u-label")].map((x) => x.textContent) };
    });
    check(series !== null, "no time-series canvas");
    if (series) {
      check(series.points === months, `time series has ${series.points} months, the API ${months}`);
      check(series.series === 5, `time series has ${series.series} series, want 4 quad classes + Goldstein`);
      check(series.ink > 2000, `the time-series canvas is blank (${series.ink} painted pixels)`);
      check(series.labels.some((l) => /Goldstein/.test(l)), `no Goldstein series in ${series.labels}`);
    }
    // ... and it follows the filters of the URL
    const drawn = () => page.evaluate(() => Number(document.querySelector("#timeseries").dataset.events));
    const dated = (ms) => ms.filter((m) => /^\d{4}-\d{2}$/.test(m.month)).reduce((n, m) => n + m.events, 0);
    const whole = await drawn();
    check(whole === dated(stats.months), `the time series draws ${whole} events, the store has ${dated(stats.months)}`);
    await page.goto(base + "/?quad=4");
    await ready();
    const q4Series = dated((await getJSON(port, "/api/series?quad=4")).months);
    const q4drawn = await drawn();
    check(q4drawn === q4Series && q4Series > 0 && q4Series < whole,
          `with quad=4 the time series draws ${q4drawn} events, want ${q4Series} (of ${whole})`);
    await page.goto(base + "/");
    await ready();

    // ---- the network: node and edge counts as the API gives ----
    const net = await getJSON(port, "/api/network");
    const counts = await page.evaluate(() => {
      const b = document.querySelector("#network");
      return { nodes: Number(b.dataset.nodes), edges: Number(b.dataset.edges),
               canvas: b.querySelectorAll("canvas").length };
    });
    check(counts.nodes === net.nodes.length && counts.edges === net.edges.length,
          `network shows ${counts.nodes} nodes / ${counts.edges} edges, the API ${net.nodes.length} / ${net.edges.length}`);
    check(counts.canvas > 0, "the network is not drawn");

    // ---- clicking an edge opens that dyad ----
    const pick = net.edges.find((e) => e.source === "PER" && e.target === "BOL") || net.edges[0];
    // points on the edge: its midpoint, then points nearer either end (a node or another
    // edge may lie over one of them)
    const points = await page.evaluate(([s, t]) => {
      const cy = window.sitrepDashboard.cy;
      const edge = cy.edges().filter((e) => e.data("source") === s && e.data("target") === t)[0];
      const r = document.querySelector("#network").getBoundingClientRect();
      const a = edge.renderedSourceEndpoint(), b = edge.renderedTargetEndpoint(), m = edge.renderedMidpoint();
      const at = (p) => ({ x: r.left + p.x, y: r.top + p.y });
      const lerp = (f, p, q) => ({ x: p.x + f * (q.x - p.x), y: p.y + f * (q.y - p.y) });
      return [at(m), at(lerp(0.5, a, m)), at(lerp(0.5, m, b))];
    }, [pick.source, pick.target]);
    let clicked = false;
    for (const [k, point] of points.entries()) {
      await page.mouse.click(point.x, point.y);
      // (the first point is the likeliest: on a loaded machine the sanitized server may
      // take long to answer, and a second click would land on another edge meanwhile)
      clicked = await page.waitForFunction(([s, t]) => {
        const l = document.querySelector("#dyad-events");
        return l.dataset.a === s && l.dataset.b === t && document.body.dataset.ready === "1";
      }, [pick.source, pick.target], { timeout: (k === 0 ? 15000 : 3000) * SLOW }).then(() => true, () => false);
      if (clicked) break;
    }
    check(clicked, `clicking the edge ${pick.source}->${pick.target} at ${JSON.stringify(points)} did not open the dyad`);
    const tl = await getJSON(port, `/api/timeline?a=${pick.source}&b=${pick.target}`);
    const shown = await page.$$eval("#dyad-events li", (li) => li.map((x) => Number(x.dataset.id)));
    check(JSON.stringify(shown) === JSON.stringify(tl.events.map((e) => e.id)),
          `after clicking ${pick.source}->${pick.target}: dyad list ${shown}, API ${tl.events.map((e) => e.id)}`);
    check(page.url().includes(`a=${pick.source}`) && page.url().includes(`b=${pick.target}`),
          "the clicked dyad is not in the URL: " + page.url());

    // ---- opening an event highlights source, target and verb ----
    let opened = 0;
    for (const e of tl.events) {
      const one = await getJSON(port, `/api/events/${e.id}`);
      const m = one.mentions[0];
      const roles = m.parts.filter((p) => p.role).map((p) => p.role);
      if (roles.length < 3) continue;
      await page.click(`#dyad-events li[data-id="${e.id}"]`);
      await page.waitForSelector(`#evidence[data-event="${e.id}"] .sentence`);
      const marks = await page.$$eval(`#evidence .mention[data-mention="${m.id}"] mark`,
                                      (ms) => ms.map((x) => [x.className, x.textContent]));
      const want = m.parts.filter((p) => p.role).map((p) => ["part-" + p.role, p.text]);
      check(JSON.stringify(marks) === JSON.stringify(want), `event ${e.id}: marks ${JSON.stringify(marks)}, want ${JSON.stringify(want)}`);
      for (const role of ["source", "target", "verb"]) {
        check(marks.some(([c, t]) => c === "part-" + role && t === m[role].text),
              `event ${e.id}: ${role} '${m[role].text}' not highlighted`);
      }
      const sentence = await page.$eval(`#evidence .mention[data-mention="${m.id}"] .sentence`, (p) => p.textContent);
      check(sentence === m.sentence_text, `event ${e.id}: sentence shown differs`);
      check(page.url().includes(`event=${e.id}`), "the open event is not in the URL");
      opened++;
      break;
    }
    check(opened === 1, "no event of the dyad has all three spans to highlight");
    const shot = process.env.SITREP_SCREENSHOT || path.join(tmp, "dashboard.png");
    await page.screenshot({ path: shot, fullPage: true });
    check(fs.statSync(shot).size > 20000, "the screenshot is too small");
    console.log("screenshot: " + shot);

    // ---- filters live in the URL; downloads follow them ----
    await page.goto(base + "/?quad=4&status=reported");
    await ready();
    const q4 = await getJSON(port, "/api/events?quad=4&status=reported");
    const rows = await page.$$eval("#events tbody tr", (tr) => tr.map((x) => Number(x.dataset.id)));
    check(JSON.stringify(rows) === JSON.stringify(q4.events.map((e) => e.id)),
          `?quad=4&status=reported shows ${rows}, the API ${q4.events.map((e) => e.id)}`);
    check(await page.$eval('select[name="quad"]', (s) => s.value) === "4", "quad filter not restored from the URL");
    const csvHref = await page.$eval("#dl-csv", (a) => a.getAttribute("href"));
    check(/format=csv/.test(csvHref) && /quad=4/.test(csvHref), "CSV link: " + csvHref);
    const csv = await (await page.request.get(base + csvHref)).text();
    check(csv.trim().split("\n").length === q4.events.length + 1, "CSV download rows != events");
    await page.selectOption('select[name="quad"]', "1");
    await page.click('#filters button[type="submit"]');
    await page.waitForFunction(() => location.search.includes("quad=1") && document.body.dataset.ready === "1");
    await page.reload();
    await ready();
    check(await page.$eval('select[name="quad"]', (s) => s.value) === "1", "filter lost on reload");

    // ---- hostile article: markup shows as text, no script runs ----
    const hostile = (await getJSON(port, "/api/events?actor=DEU")).events[0];
    check(hostile && /<script>/.test(hostile.outlets), "the hostile article's event is not stored");
    if (hostile) {
      await page.goto(`${base}/?a=FRA&b=DEU&actor=FRA&event=${hostile.id}`);
      await ready();
      await page.waitForSelector(`#evidence[data-event="${hostile.id}"] .sentence`);
      await page.waitForTimeout(300);
      const probe = await page.evaluate(() => ({
        pwned: window.__pwned === undefined ? null : String(window.__pwned),
        scripts: [...document.scripts].map((s) => s.getAttribute("src")),
        imgs: document.querySelectorAll("img").length,
        handlers: document.querySelectorAll("[onerror], [onload], [onclick]").length,
        evidence: document.querySelector("#evidence").textContent,
        table: document.querySelector("#events").textContent,
        dyad: document.querySelector("#dyad-events").textContent,
      }));
      check(probe.pwned === null, "an injected script ran: window.__pwned = " + probe.pwned);
      check(probe.scripts.length === 3 && probe.scripts.every((s) => s && s.startsWith("/")),
            "unexpected script elements: " + probe.scripts);
      check(probe.imgs === 0 && probe.handlers === 0, `injected elements: ${probe.imgs} img, ${probe.handlers} handlers`);
      check(probe.evidence.includes("<script>window.__pwned='text'</script>"), "sentence markup not shown as text");
      check(probe.evidence.includes(`<img src=x onerror="window.__pwned='img'">`), "onerror markup not shown as text");
      check(probe.evidence.includes("Evil <script>window.__pwned='outlet'</script> Wire"), "outlet markup not shown as text");
      check(probe.evidence.includes(`Hostile <img src=x onerror="window.__pwned='title'"> title`), "title markup not shown as text");
      check(probe.table.includes("<script>window.__pwned='outlet'</script>"), "outlet not shown as text in the table");
      check(probe.dyad.includes("<script>"), "outlet not shown as text in the dyad history");
    }
    // ---- the events pages go by cursor ----
    await checkPaging(page, ready, tmp);
    check(errors.length === 0, "the page reported errors: " + errors.slice(0, 5).join(" | "));
  } finally {
    await browser.close();
    proc.kill("SIGTERM");
    const code = await exitCode;
    check(code === 0, "the server's exit status after SIGTERM: " + code);
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  if (failures.length) {
    console.log(`serve browser: ${failures.length} failure(s)`);
    process.exit(1);
  }
  console.log("serve browser: all checks passed");
}

main().catch((e) => {
  console.log("FAIL: " + (e && e.stack || e));
  process.exit(1);
});
