// The RFP Analyzer page: upload → analyse → follow the event stream → render.
// Plain JavaScript, no build step. The event stream is read with fetch (not
// EventSource) so that it can carry the Authorization header.
"use strict";

const $ = (id) => document.getElementById(id);
const TOKEN_KEY = "rfp-analyzer-token";

const TYPES = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  html: "text/html",
  htm: "text/html",
  md: "text/markdown",
  txt: "text/plain",
};

const STAGES = {
  not_started: "Waiting",
  queued: "Queued",
  fetching: "Fetching the document",
  extracting: "Reading the document",
  prompting: "Preparing the analysis",
  analyzing: "Analysing",
  saving: "Saving",
  retrying: "Retrying after a hiccup",
  completed: "Done",
  failed: "Failed",
};

function headers(extra = {}) {
  const token = $("token").value.trim();
  return token ? { ...extra, Authorization: `Bearer ${token}` } : extra;
}

async function call(method, path, body, type) {
  const init = { method, headers: headers(type ? { "Content-Type": type } : {}) };
  if (body !== undefined) init.body = body;
  const r = await fetch(path, init);
  if (!r.ok) {
    let detail = `${r.status} ${r.statusText}`;
    try {
      const problem = await r.json();
      detail = `${problem.detail} (${problem.code})`;
    } catch (_) { /* not a problem document */ }
    throw new Error(detail);
  }
  return r.status === 204 ? null : r.json();
}

function showProgress(status) {
  $("progress").hidden = false;
  $("stage").textContent = STAGES[status.stage] || status.stage;
  $("percent").textContent = `${status.progress} %`;
  $("bar").value = status.progress;
  $("message").textContent = status.attempts > 1 ? `Attempt ${status.attempts}` : "";
}

function showError(message) {
  $("error").hidden = false;
  $("error").textContent = message;
}

// Reads server-sent events from a fetch response; calls onEvent(name, id, data).
async function readEvents(response, onEvent) {
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += value;
    let end;
    while ((end = buffer.indexOf("\n\n")) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      let name = "message", id = null, data = "";
      for (const line of block.split("\n")) {
        if (line.startsWith(":")) continue; // keep-alive comment
        const colon = line.indexOf(":");
        const field = colon < 0 ? line : line.slice(0, colon);
        const val = colon < 0 ? "" : line.slice(colon + 1).replace(/^ /, "");
        if (field === "event") name = val;
        else if (field === "id") id = val;
        else if (field === "data") data += (data ? "\n" : "") + val;
      }
      if (data) onEvent(name, id, JSON.parse(data));
    }
  }
}

// Follows the analysis until it ends; reconnects (with Last-Event-ID) if the
// stream closes early.
async function follow(id) {
  let last = null;
  for (let tries = 0; tries < 20; tries++) {
    const h = headers(last ? { "Last-Event-ID": last } : {});
    const r = await fetch(`/api/proposals/${id}/analysis-events`, { headers: h });
    if (!r.ok) throw new Error(`The event stream answered ${r.status}.`);
    let final = null;
    await readEvents(r, (name, eventId, status) => {
      last = eventId;
      showProgress(status);
      if (name === "completed" || name === "failed") final = status;
    });
    if (final) return final;
    await new Promise((ok) => setTimeout(ok, 500));
  }
  throw new Error("The analysis did not finish; try again later.");
}

function text(value) {
  if (value === null || value === undefined || value === "") return "—";
  if (Array.isArray(value)) return value.map(text).join("; ");
  if (typeof value === "object") return "value" in value ? text(value.value) : JSON.stringify(value);
  return String(value);
}

function budgetText(analysis) {
  const b = (analysis.extracted_data || {}).budget;
  if (b && (b.min != null || b.max != null)) {
    const fmt = (n) => (n == null ? "?" : Number(n).toLocaleString("en"));
    const range = b.min === b.max || b.min == null || b.max == null
      ? fmt(b.max ?? b.min) : `${fmt(b.min)} – ${fmt(b.max)}`;
    return `${b.currency || ""} ${range}`.trim();
  }
  return text((analysis.summary || {}).budget_range);
}

// The value at a JSON pointer ("/a/0/b") inside obj.
function at(obj, pointer) {
  return pointer.split("/").slice(1)
    .map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"))
    .reduce((o, k) => (o == null ? undefined : o[k]), obj);
}

function pageOf(analysis, pointer) {
  const pages = (((analysis.meta || {}).quotes) || {}).pages || [];
  const hit = pages.find((p) => p.path === pointer);
  return hit ? hit.page : null;
}

function cell(row, value) {
  const td = document.createElement("td");
  td.textContent = text(value);
  row.appendChild(td);
  return td;
}

function sourceCell(row, analysis, pointer, quote) {
  const td = cell(row, quote ? `“${quote}”` : "");
  const page = quote ? pageOf(analysis, pointer) : null;
  if (page) {
    const tag = document.createElement("span");
    tag.className = "page";
    tag.textContent = `p. ${page}`;
    td.appendChild(tag);
  }
}

function render(analysis) {
  const summary = analysis.summary || {};
  const data = analysis.extracted_data || {};
  $("title").textContent = text(summary.title);
  $("donor").textContent = text(summary.donor);
  $("deadline").textContent = text(summary.deadline);
  $("budget").textContent = budgetText(analysis);
  $("focus").textContent = text(summary.key_focus);
  $("narrative").textContent = analysis.narrative || "";

  const deadlines = $("deadlines").querySelector("tbody");
  deadlines.replaceChildren();
  (Array.isArray(data.deadlines) ? data.deadlines : []).forEach((d, i) => {
    const row = deadlines.insertRow();
    cell(row, d.what);
    cell(row, d.date);
    cell(row, [d.time, d.time_zone].filter(Boolean).join(" "));
    sourceCell(row, analysis, `/extracted_data/deadlines/${i}/quote`, d.quote);
  });

  const criteria = $("criteria").querySelector("tbody");
  criteria.replaceChildren();
  const list = Array.isArray(data.evaluation_criteria) ? data.evaluation_criteria : [];
  list.forEach((c, i) => {
    const row = criteria.insertRow();
    if (typeof c === "string") {
      cell(row, c); cell(row, ""); cell(row, "");
      return;
    }
    cell(row, c.criterion);
    const weight = c.weight_percent != null ? `${c.weight_percent} %`
      : c.weight != null ? (typeof c.weight === "number" && c.weight <= 1 ? `${Math.round(c.weight * 100)} %` : c.weight)
      : c.points != null ? `${c.points} points` : null;
    cell(row, weight);
    sourceCell(row, analysis, `/extracted_data/evaluation_criteria/${i}/quote`, c.quote);
  });

  const report = ((analysis.meta || {}).quotes) || { pages: [], unverified_quotes: [] };
  $("quote-counts").textContent =
    `${report.verified ?? 0} of ${report.checked ?? 0} quotes found in the document`;
  const quotes = $("quotes");
  quotes.replaceChildren();
  const items = [
    ...(report.pages || []).map((p) => ({ path: p.path, page: p.page })),
    ...(report.unverified_quotes || []).map((u) => ({ path: u.path, unverified: true })),
  ];
  const shown = new Set();
  for (const q of items) {
    const quote = at(analysis, q.path);
    // One entry per quote, however many facts it supports.
    if (typeof quote !== "string" || shown.has(quote)) continue;
    shown.add(quote);
    const li = document.createElement("li");
    const block = document.createElement("blockquote");
    block.textContent = `“${quote}”`;
    li.appendChild(block);
    const tag = document.createElement("span");
    tag.className = q.unverified ? "unverified" : "page";
    tag.textContent = q.unverified ? "not found in the document" : `page ${q.page}`;
    li.appendChild(tag);
    quotes.appendChild(li);
  }
  $("semantic-query").textContent = text(analysis.semantic_query);
  const blob = new Blob([JSON.stringify(analysis, null, 2)], { type: "application/json" });
  $("download").href = URL.createObjectURL(blob);
  $("analysis").hidden = false;
}

async function analyse(event) {
  event.preventDefault();
  const file = $("file").files[0];
  if (!file) return;
  localStorage.setItem(TOKEN_KEY, $("token").value.trim());
  $("analyse").disabled = true;
  $("error").hidden = true;
  $("analysis").hidden = true;
  showProgress({ stage: "not_started", progress: 0, attempts: 0 });
  try {
    const proposal = await call("POST", "/api/proposals",
      JSON.stringify({ title: file.name.slice(0, 500) }), "application/json");
    const ext = (file.name.split(".").pop() || "").toLowerCase();
    const type = file.type || TYPES[ext] || "application/octet-stream";
    await call("PUT", `/api/proposals/${proposal.id}/rfp?filename=${encodeURIComponent(file.name)}`,
      file, type);
    const started = await call("POST", `/api/proposals/${proposal.id}/analyze-rfp`);
    const final = started.rfp_analysis ? started : await follow(proposal.id);
    showProgress(final);
    if (final.status === "completed") {
      render(final.rfp_analysis);
    } else {
      const e = final.error || {};
      showError(`The analysis failed: ${e.message || "unknown reason"} (${e.code || "?"})`);
    }
  } catch (e) {
    showError(e.message);
  } finally {
    $("analyse").disabled = false;
  }
}

$("token").value = localStorage.getItem(TOKEN_KEY) || "";
$("upload").addEventListener("submit", analyse);
