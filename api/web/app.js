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
    let problem = { code: String(r.status), detail: `${r.status} ${r.statusText}` };
    try {
      problem = await r.json();
    } catch (_) { /* not a problem document */ }
    const e = new Error(plain(problem.code, problem.detail));
    e.code = problem.code;
    throw e;
  }
  return r.status === 204 ? null : r.json();
}

// What a refusal or a failure means, in words for the person at the page.
const PLAIN = {
  unauthorized: "This service needs a key. Open “Credentials” above and paste the bearer token or API key you were given.",
  forbidden: "Your key is not allowed to do this.",
  unsupported_media_type: "This file cannot be read: upload a PDF, Word (DOCX), HTML, Markdown or text file.",
  payload_too_large: "This file is larger than the service accepts.",
  rate_limited: "Too many requests for now; wait a minute and try again.",
  uploads_busy: "The service is busy receiving other documents; try again in a moment.",
  document_no_text: "The document has no text the service can read (a scan without OCR?).",
  document_unreadable: "The document is damaged or not what its name says.",
  document_encrypted: "The document is password-protected.",
  analysis_timeout: "The analysis took too long and was stopped.",
  document_replaced: "The tender's documents changed during the analysis; analyse again.",
  rfp_exists: "This tender already has its main document; add this file as an annex, amendment or clarification.",
  duplicate_document: "This file is already part of the tender.",
  too_many_documents: "This tender has as many documents as the service allows; remove one first.",
  package_too_large: "The tender's documents together are larger than the service accepts.",
  invalid_role: "Choose whether the file is an annex, an amendment or a clarification.",
};

function plain(code, detail) {
  const said = PLAIN[code];
  return said ? `${said} (${code})` : `${detail || "Something went wrong"}${code ? ` (${code})` : ""}`;
}

function showProgress(status) {
  $("progress").hidden = false;
  $("progress").classList.toggle("failed", status.status === "failed" || status.stage === "failed");
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

// Where a quote is: its page, and in a package the document that says it.
function whereText(analysis, pointer, filename) {
  const page = pageOf(analysis, pointer);
  const packaged = Array.isArray((analysis.meta || {}).documents);
  const parts = [];
  if (packaged && filename) parts.push(filename);
  if (page) parts.push(`p. ${page}`);
  return parts.join(", ");
}

// The object a quote's pointer belongs to ("/a/0/quote" → the value at "/a/0").
function ownerOf(analysis, pointer) {
  return at(analysis, pointer.replace(/\/[^/]*$/, "")) || {};
}

function sourceCell(row, analysis, pointer, quote) {
  const td = cell(row, quote ? `“${quote}”` : "");
  const where = quote ? whereText(analysis, pointer, ownerOf(analysis, pointer).filename) : "";
  if (where) {
    const tag = document.createElement("span");
    tag.className = "page";
    tag.textContent = where;
    td.appendChild(tag);
  }
}

const NOT_FOUND = "Not found in the document";

// A fact with its quote under it (folded), and the page the quote is on.
function factItem(analysis, label, value, pointer, quote) {
  const li = document.createElement("li");
  if (label) {
    const b = document.createElement("strong");
    b.textContent = `${label}: `;
    li.appendChild(b);
  }
  li.appendChild(document.createTextNode(text(value)));
  if (quote) {
    const details = document.createElement("details");
    details.className = "source";
    const summary = document.createElement("summary");
    const where = whereText(analysis, pointer, ownerOf(analysis, pointer).filename);
    summary.textContent = where ? `Source, ${where}` : "Source";
    const block = document.createElement("blockquote");
    block.textContent = `“${quote}”`;
    details.append(summary, block);
    li.appendChild(details);
  }
  return li;
}

function fillList(id, items) {
  const ul = $(id);
  ul.replaceChildren(...items);
  if (!items.length) {
    const li = document.createElement("li");
    li.className = "notfound";
    li.textContent = NOT_FOUND;
    ul.appendChild(li);
  }
}

function statementItems(analysis, key) {
  const list = (analysis.extracted_data || {})[key];
  return (Array.isArray(list) ? list : []).map((item, i) =>
    typeof item === "string"
      ? factItem(analysis, null, item)
      : factItem(analysis, null, item.text ?? item.value ?? item.name, `/extracted_data/${key}/${i}/quote`, item.quote));
}

function emptyRow(tbody, columns) {
  const row = tbody.insertRow();
  const td = cell(row, NOT_FOUND);
  td.colSpan = columns;
  td.className = "notfound";
}

// "2027-03-15 17:00 CET" and how far away it is.
function deadlineText(analysis) {
  const data = analysis.extracted_data || {};
  const summary = analysis.summary || {};
  const list = Array.isArray(data.deadlines) ? data.deadlines : [];
  const d = list.find((x) => x && x.what === "submission") || (summary.deadline ? { date: summary.deadline } : null);
  if (!d || !d.date) return { text: NOT_FOUND, days: null };
  const shown = [d.date, d.time, d.time_zone].filter(Boolean).join(" ");
  const day = Date.parse(`${String(d.date).slice(0, 10)}T00:00:00`);
  const days = Number.isNaN(day) ? null : Math.round((day - Date.now()) / 86400000);
  return { text: shown, days };
}

function engineText(analysis) {
  const meta = analysis.meta || {};
  const engine = analysis.engine || meta.engine;
  if (engine === "extractive") {
    return `Read by the offline pattern reader (${meta.model_id || "extractive"}), not an LLM: it reports what plain patterns find in the text, with their quotes, and leaves the rest empty.`;
  }
  return engine ? `Analysed by ${engine}${meta.model_id ? ` (${meta.model_id})` : ""}.` : "";
}

// The compliance matrix's rows: the analysis's requirements, or (an analysis without
// them) its mandatory requirements as binding rows, as the export does.
function matrixRows(analysis) {
  const data = analysis.extracted_data || {};
  if (Array.isArray(data.requirements)) {
    return data.requirements.filter((r) => r && typeof r === "object" && r.text);
  }
  const list = Array.isArray(data.mandatory_requirements) ? data.mandatory_requirements : [];
  return list.map((r, i) => ({
    id: `MR-${i + 1}`, text: typeof r === "string" ? r : r && r.text, mandatory: true,
  })).filter((r) => r.text);
}

let matrix = [];

// Shows the rows the filters let through.
function showMatrix() {
  const mandatoryOnly = $("matrix-mandatory").checked;
  const category = $("matrix-category").value;
  const words = $("matrix-search").value.trim().toLowerCase().split(/\s+/).filter(Boolean);
  const shown = matrix.filter((r) => (!mandatoryOnly || r.mandatory !== false)
    && (!category || r.category === category)
    && words.every((w) => `${r.text} ${r.section || ""} ${r.id || ""} ${r.owner || ""}`.toLowerCase().includes(w))
    && workFilter(r));
  const tbody = $("matrix").querySelector("tbody");
  tbody.replaceChildren();
  for (const r of shown) {
    const row = tbody.insertRow();
    if (r.mandatory !== false) row.className = "mandatory";
    cell(row, r.id);
    cell(row, r.text);
    cell(row, r.modality ? `${r.modality}${r.mandatory === false ? "" : " (binding)"}` : "binding");
    cell(row, r.category);
    cell(row, r.section);
    cell(row, r.page);
    workCells(row, r);
  }
  if (!matrix.length) emptyRow(tbody, 7);
  $("matrix-count").textContent = `${shown.length} of ${matrix.length} requirements`;
}

function renderMatrix(analysis) {
  matrix = matrixRows(analysis);
  const categories = [...new Set(matrix.map((r) => r.category).filter(Boolean))].sort();
  const select = $("matrix-category");
  const options = categories.map((c) => {
    const o = document.createElement("option");
    o.value = c;
    o.textContent = c;
    return o;
  });
  const all = document.createElement("option");
  all.value = "";
  all.textContent = "All categories";
  select.replaceChildren(all, ...options);
  $("matrix-mandatory").checked = false;
  $("matrix-search").value = "";
  showMatrix();
}

let shownProposal = null;

// Fetches an export with the page's credentials and saves it under the name the
// service gives it.
async function download(what) {
  if (!shownProposal) return;
  $("error").hidden = true;
  try {
    const r = await fetch(`/api/proposals/${encodeURIComponent(shownProposal)}/${what}`, { headers: headers() });
    if (!r.ok) {
      let problem = { code: String(r.status), detail: `${r.status} ${r.statusText}` };
      try { problem = await r.json(); } catch (_) { /* not a problem document */ }
      throw new Error(plain(problem.code, problem.detail));
    }
    const named = /filename="([^"]+)"/.exec(r.headers.get("Content-Disposition") || "");
    const a = document.createElement("a");
    a.href = URL.createObjectURL(await r.blob());
    a.download = named ? named[1] : what.split("?")[0];
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 10000);
  } catch (e) {
    showError(e.message);
  }
}

const ROLES = { rfp: "Main document", annex: "Annex", amendment: "Amendment", clarification: "Clarification" };

// A role guessed from a file's name, for the person to correct.
function guessRole(name) {
  const n = name.toLowerCase();
  if (/amend|addend|corrig|modif|rectif|enmienda|avenant|errata/.test(n)) return "amendment";
  if (/q\s*&\s*a|question|clarif|faq|respuesta|réponse|reponse|chiarim/.test(n)) return "clarification";
  return "annex";
}

// One row per other document chosen, each with its role.
function listOthers() {
  const ul = $("others-list");
  ul.replaceChildren(...[...$("others").files].map((f, i) => {
    const li = document.createElement("li");
    const select = document.createElement("select");
    select.dataset.index = String(i);
    select.setAttribute("aria-label", `Role of ${f.name}`);
    for (const role of ["annex", "amendment", "clarification"]) {
      const o = document.createElement("option");
      o.value = role;
      o.textContent = ROLES[role];
      select.appendChild(o);
    }
    select.value = guessRole(f.name);
    li.append(document.createTextNode(`${f.name} `), select);
    return li;
  }));
}

async function addDocument(proposalId, file, role) {
  const ext = (file.name.split(".").pop() || "").toLowerCase();
  const type = file.type || TYPES[ext] || "application/octet-stream";
  return call("POST", `/api/proposals/${proposalId}/documents?role=${role}&filename=${encodeURIComponent(file.name)}`,
    file, type);
}

// A deadline two documents of the package state differently (no precedence settles
// it): the one shown and the other, each with its document and quote.
function conflictItem(c) {
  const li = document.createElement("li");
  const b = document.createElement("strong");
  b.textContent = `${c.field} (${c.differs} differs): `;
  const side = (s) => {
    const x = s || {};
    const quote = x.quote ? ` “${x.quote}”` : "";
    return `${text(x.value)} (${x.filename || x.document_id || "?"})${quote}`;
  };
  li.append(b, document.createTextNode(`shown ${side(c.shown)}; the other says ${side(c.other)}`));
  if (c.why) {
    const why = document.createElement("span");
    why.className = "page";
    why.textContent = c.why;
    li.appendChild(why);
  }
  return li;
}

function changeItem(field, before, after, from) {
  const li = document.createElement("li");
  const shown = (v) => (Array.isArray(v) ? `${v.length} items` : text(v));
  const b = document.createElement("strong");
  b.textContent = `${field}: `;
  li.append(b, document.createTextNode(`${shown(before)} → ${shown(after)}`));
  if (from) {
    const tag = document.createElement("span");
    tag.className = "page";
    tag.textContent = from;
    li.appendChild(tag);
  }
  return li;
}

// The package's documents, and what its amendments changed.
function renderPackage(analysis) {
  const meta = analysis.meta || {};
  const docs = Array.isArray(meta.documents) ? meta.documents : null;
  const tbody = $("package").querySelector("tbody");
  tbody.replaceChildren();
  const rows = docs || [{ filename: shownFilename, role: "rfp", pages: meta.pages, text_cache: meta.text_cache }];
  rows.forEach((d, i) => {
    const row = tbody.insertRow();
    cell(row, String(i + 1));
    cell(row, d.filename || d.id);
    cell(row, ROLES[d.role] || d.role);
    cell(row, d.pages);
    cell(row, d.text_cache === "hit" ? "kept from before" : "read now");
  });
  const changes = Array.isArray(analysis.changes) ? analysis.changes : [];
  $("changes").replaceChildren(...changes.map((c) =>
    changeItem(c.field, c.before, c.after, c.filename || c.document)));
  const conflicts = Array.isArray(analysis.conflicts) ? analysis.conflicts : [];
  $("doc-conflicts").replaceChildren(...conflicts.map(conflictItem));
  $("conflicts-title").hidden = !conflicts.length;
  const since = ((analysis.changed_since_previous || {}).fields) || [];
  $("since").replaceChildren(...since.map((f) => changeItem(f.field, f.before, f.after)));
  $("since-title").hidden = !since.length;
  $("changes-card").hidden = !changes.length && !since.length && !conflicts.length;
}

let shownFilename = null;

function render(analysis, proposalId) {
  shownProposal = proposalId;
  renderPackage(analysis);
  const summary = analysis.summary || {};
  const data = analysis.extracted_data || {};
  $("title").textContent = text(summary.title);
  $("engine").textContent = engineText(analysis);
  const deadline = deadlineText(analysis);
  $("deadline").textContent = deadline.text;
  if (deadline.days !== null) {
    const when = document.createElement("span");
    when.className = "countdown";
    when.textContent = deadline.days > 0 ? `in ${deadline.days} days`
      : deadline.days === 0 ? "today" : `${-deadline.days} days ago`;
    $("deadline").appendChild(when);
  }
  $("donor").textContent = summary.donor ? text(summary.donor) : NOT_FOUND;
  $("budget").textContent = budgetText(analysis);
  $("language").textContent = data.language ? text(data.language) : NOT_FOUND;
  $("focus").textContent = summary.key_focus ? text(summary.key_focus) : NOT_FOUND;
  $("narrative").textContent = analysis.narrative || "";

  const deadlines = $("deadlines").querySelector("tbody");
  deadlines.replaceChildren();
  const dl = Array.isArray(data.deadlines) ? data.deadlines : [];
  dl.forEach((d, i) => {
    const row = deadlines.insertRow();
    cell(row, d.what);
    cell(row, d.date);
    cell(row, [d.time, d.time_zone].filter(Boolean).join(" "));
    sourceCell(row, analysis, `/extracted_data/deadlines/${i}/quote`, d.quote);
  });
  if (!dl.length) emptyRow(deadlines, 4);

  // Budget: the range or ceiling, the call's total, what is not the budget.
  const b = data.budget || {};
  const budgetItems = [];
  if (b.min != null) budgetItems.push(factItem(analysis, "Minimum", `${b.currency || ""} ${Number(b.min).toLocaleString("en")}`.trim(), "/extracted_data/budget/min_quote", b.min_quote));
  if (b.max != null) budgetItems.push(factItem(analysis, "Maximum", `${b.currency || ""} ${Number(b.max).toLocaleString("en")}`.trim(), "/extracted_data/budget/quote", b.quote));
  if (b.total && b.total.amount != null) budgetItems.push(factItem(analysis, "Total for the call", `${b.total.currency || ""} ${Number(b.total.amount).toLocaleString("en")}`.trim(), "/extracted_data/budget/total/quote", b.total.quote));
  (Array.isArray(b.not_budget) ? b.not_budget : []).forEach((t, i) => budgetItems.push(
    factItem(analysis, "Not the budget", `${t.currency || ""} ${Number(t.amount).toLocaleString("en")} (${t.why})`.trim(), `/extracted_data/budget/not_budget/${i}/quote`, t.quote)));
  fillList("budget-details", budgetItems);

  fillList("eligibility", statementItems(analysis, "eligibility"));

  const sub = data.submission || {};
  const subItems = [];
  if (sub.method) subItems.push(factItem(analysis, "Method", sub.method, "/extracted_data/submission/quote", sub.quote));
  if (sub.address) subItems.push(factItem(analysis, "Where", sub.address));
  if (sub.format) subItems.push(factItem(analysis, "Format", sub.format, "/extracted_data/submission/format_quote", sub.format_quote));
  if (sub.language) subItems.push(factItem(analysis, "Language", sub.language, "/extracted_data/submission/language_quote", sub.language_quote));
  if (sub.page_limit != null) subItems.push(factItem(analysis, "Page limit", `${sub.page_limit} ${sub.page_limit === 1 ? "page" : "pages"}`, "/extracted_data/submission/page_limit_quote", sub.page_limit_quote));
  fillList("submission", subItems);

  const sections = Array.isArray(data.required_sections) ? data.required_sections : [];
  fillList("sections", sections.map((x, i) => typeof x === "string" ? factItem(analysis, null, x)
    : factItem(analysis, null,
      x.page_limit != null && !/page/i.test(String(x.name))
        ? `${x.name} (at most ${x.page_limit} ${x.page_limit === 1 ? "page" : "pages"})` : x.name,
      `/extracted_data/required_sections/${i}/quote`, x.quote)));

  const contacts = Array.isArray(data.contacts) ? data.contacts : [];
  fillList("contacts", contacts.map((c, i) => typeof c === "string" ? factItem(analysis, null, c)
    : factItem(analysis, null, [c.name, c.email, c.phone].filter(Boolean).join(" · "), `/extracted_data/contacts/${i}/quote`, c.quote)));

  fillList("geography", statementItems(analysis, "geographic_scope"));

  const notes = Array.isArray(data.notes) ? data.notes : [];
  $("notes").replaceChildren(...notes.map((n) => { const li = document.createElement("li"); li.textContent = text(n); return li; }));
  $("notes-card").hidden = !notes.length;

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
  if (!list.length) emptyRow(criteria, 3);

  renderMatrix(analysis);

  const report = ((analysis.meta || {}).quotes) || { pages: [], unverified_quotes: [] };
  $("quote-counts").textContent =
    `${report.verified ?? 0} of ${report.checked ?? 0} quotes found in the document`;
  const quotes = $("quotes");
  quotes.replaceChildren();
  const names = Object.fromEntries((((analysis.meta || {}).documents) || []).map((d) => [d.id, d.filename || d.id]));
  const items = [
    ...(report.pages || []).map((p) => ({ path: p.path, page: p.page, document: names[p.document_id] })),
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
    tag.textContent = q.unverified ? "not found in the document"
      : q.document ? `${q.document}, page ${q.page}` : `page ${q.page}`;
    li.appendChild(tag);
    quotes.appendChild(li);
  }
  $("semantic-query").textContent = text(analysis.semantic_query);
  const blob = new Blob([JSON.stringify(analysis, null, 2)], { type: "application/json" });
  $("download").href = URL.createObjectURL(blob);
  $("analysis").hidden = false;
  renderWorkspace(analysis, proposalId);
  renderFit(proposalId);
}

const VERDICTS = { go: "Go: nothing found against bidding", no_go: "No go", review: "Review: some facts need checking" };

// The go/no-go of the proposal shown for the caller's profile, or how to get one.
async function renderFit(proposalId) {
  const tbody = $("fit").querySelector("tbody");
  tbody.replaceChildren();
  $("fit-reasons").replaceChildren();
  $("fit-recommendation").textContent = "";
  let fit;
  try {
    fit = await call("GET", `/api/proposals/${encodeURIComponent(proposalId)}/fit`);
  } catch (e) {
    $("fit-none").hidden = e.code !== "profile_not_set";
    $("fit").hidden = true;
    if (e.code !== "profile_not_set") $("fit-recommendation").textContent = e.message;
    return;
  }
  if (proposalId !== shownProposal) return;
  $("fit-none").hidden = true;
  $("fit").hidden = false;
  $("fit-recommendation").textContent = VERDICTS[fit.recommendation] || fit.recommendation;
  $("fit-recommendation").className = `big verdict-${fit.recommendation}`;
  for (const reason of fit.reasons || []) {
    const li = document.createElement("li");
    li.textContent = reason;
    $("fit-reasons").appendChild(li);
  }
  for (const c of fit.checks || []) {
    const row = tbody.insertRow();
    row.className = `fit-${c.status}`;
    cell(row, c.name);
    cell(row, c.status);
    cell(row, c.why);
    const where = [c.document, c.page ? `p. ${c.page}` : null].filter(Boolean).join(", ");
    cell(row, c.quote ? `“${c.quote}”${where ? ` (${where})` : ""}` : "");
  }
}

// The caller's proposals, newest first; each opens its analysis.
async function loadHistory() {
  let page;
  try {
    page = await call("GET", "/api/proposals?limit=20");
  } catch (_) {
    return; // a key is needed first; the upload form says so when it is used
  }
  const items = (page.items || []).map((p) => {
    const li = document.createElement("li");
    const a = document.createElement("a");
    a.href = `#proposal=${encodeURIComponent(p.id)}`;
    a.textContent = p.title;
    a.dataset.proposal = p.id;
    const state = p.rfp_analysis_stale ? "out of date" : p.rfp_analysis_status;
    li.append(a, document.createTextNode(` — ${state}, ${String(p.updated_at).slice(0, 16).replace("T", " ")}`));
    return li;
  });
  $("history").replaceChildren(...items);
  $("history-card").hidden = !items.length;
}

// A proposal id as the service makes them (a UUID): anything else in the address is
// never put into a request path (`..%2F..%2Fmetrics` would fetch another route).
const PROPOSAL_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// Says whether the analysis shown is of the package as it is now.
function showStale(status) {
  $("stale").hidden = !status.stale;
}

// Shows the analysis of the proposal the address names (#proposal=ID).
async function openFromHash() {
  const m = /proposal=([^&]+)/.exec(location.hash);
  if (!m) return;
  let id = "";
  try {
    id = decodeURIComponent(m[1]);
  } catch (_) {
    // not an id either
  }
  if (!PROPOSAL_ID.test(id)) {
    showError("The address does not name a proposal (#proposal= takes a proposal's id).");
    return;
  }
  $("error").hidden = true;
  try {
    const proposal = await call("GET", `/api/proposals/${id}`);
    shownFilename = (proposal.document || {}).filename || null;
    const status = await call("GET", `/api/proposals/${id}/analysis-status`);
    showProgress(status);
    if (status.status === "completed") {
      render(status.rfp_analysis, id);
      showStale(status);
    } else if (status.status === "failed") {
      $("analysis").hidden = true;
      const e = status.error || {};
      showError(`The analysis failed: ${plain(e.code, e.message)}`);
    } else {
      $("analysis").hidden = true;
      const final = await follow(id);
      showProgress(final);
      if (final.status === "completed") {
        render(final.rfp_analysis, id);
        showStale(final);
      }
    }
  } catch (e) {
    showError(e.message);
  }
}

// The package shown, analysed again (after a document was added, replaced or deleted).
async function reanalyse() {
  if (!shownProposal) return;
  const id = shownProposal;
  $("reanalyse").disabled = true;
  $("error").hidden = true;
  try {
    const started = await call("POST", `/api/proposals/${id}/analyze-rfp`,
      JSON.stringify({ force: true }), "application/json");
    const final = started.rfp_analysis ? started : await follow(id);
    showProgress(final);
    if (final.status === "completed") {
      render(final.rfp_analysis, id);
      showStale(final);
    } else {
      const e = final.error || {};
      showError(`The analysis failed: ${plain(e.code, e.message)}`);
    }
  } catch (e) {
    showError(e.message);
  } finally {
    $("reanalyse").disabled = false;
  }
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
    try {
      await call("PUT", `/api/proposals/${proposal.id}/rfp?filename=${encodeURIComponent(file.name)}`,
        file, type);
      shownFilename = file.name;
      const roles = [...$("others-list").querySelectorAll("select")];
      for (const [i, other] of [...$("others").files].entries()) {
        await addDocument(proposal.id, other, roles[i] ? roles[i].value : guessRole(other.name));
      }
    } catch (e) {
      // A refused document leaves no empty proposal behind.
      await call("DELETE", `/api/proposals/${proposal.id}`).catch(() => {});
      throw e;
    }
    const started = await call("POST", `/api/proposals/${proposal.id}/analyze-rfp`);
    const final = started.rfp_analysis ? started : await follow(proposal.id);
    showProgress(final);
    // The address names the proposal: a reload or a shared link returns to it.
    history.replaceState(null, "", `#proposal=${encodeURIComponent(proposal.id)}`);
    if (final.status === "completed") {
      render(final.rfp_analysis, proposal.id);
      showStale(final);
    } else {
      const e = final.error || {};
      showError(`The analysis failed: ${plain(e.code, e.message)}`);
    }
    loadHistory();
  } catch (e) {
    showError(e.message);
    $("progress").classList.add("failed");
  } finally {
    $("analyse").disabled = false;
  }
}

// A document added to the package shown: uploaded, then the package analysed again.
async function addAndAnalyse(event) {
  event.preventDefault();
  const file = $("add-file").files[0];
  if (!file || !shownProposal) return;
  const id = shownProposal;
  $("add-button").disabled = true;
  $("error").hidden = true;
  try {
    await addDocument(id, file, $("add-role").value);
    const started = await call("POST", `/api/proposals/${id}/analyze-rfp`);
    const final = started.rfp_analysis ? started : await follow(id);
    showProgress(final);
    if (final.status === "completed") {
      render(final.rfp_analysis, id);
      showStale(final);
      $("add-form").reset();
    } else {
      const e = final.error || {};
      showError(`The analysis failed: ${plain(e.code, e.message)}`);
    }
  } catch (e) {
    showError(e.message);
  } finally {
    $("add-button").disabled = false;
  }
}

$("token").value = localStorage.getItem(TOKEN_KEY) || "";
$("upload").addEventListener("submit", analyse);
$("others").addEventListener("change", listOthers);
$("add-form").addEventListener("submit", addAndAnalyse);
$("reanalyse").addEventListener("click", reanalyse);
$("matrix-mandatory").addEventListener("change", showMatrix);
$("matrix-category").addEventListener("change", showMatrix);
$("matrix-search").addEventListener("input", showMatrix);
document.querySelectorAll("[data-download]").forEach((b) =>
  b.addEventListener("click", () => download(b.dataset.download)));
window.addEventListener("hashchange", openFromHash);
loadHistory();
openFromHash();
