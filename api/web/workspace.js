// The bid team's workspace on the page: correct a fact in place, work the compliance
// matrix (owner, status, "not a requirement"), settle a conflict between a correction
// and a new analysis, carry a removed row's work to the row that replaced it.
// Every write sends the analysis's ETag as If-Match: when someone else changed it
// first (412), the page says so and shows the analysis as it now is.
"use strict";

const ME_KEY = "rfp-analyzer-me";
const ROW_STATUSES = { open: "Open", in_progress: "In progress", answered: "Answered", compliant: "Compliant", not_applicable: "Not applicable" };
const FACT_LABELS = { submission_deadline: "submission deadline", budget: "budget", title: "title", issuer: "issuer", questions_deadline: "questions deadline", page_limit: "page limit", submission_method: "submission method" };

let workspaceEtag = null;
let workspaceProposal = null;

async function patchWorkspace(path, body) {
  $("error").hidden = true;
  const r = await fetch(`/api/proposals/${encodeURIComponent(workspaceProposal)}/${path}`, {
    method: "PATCH",
    headers: headers({ "Content-Type": "application/json", "If-Match": workspaceEtag || "*" }),
    body: JSON.stringify(body),
  });
  let payload = {};
  try {
    payload = await r.json();
  } catch (_) { /* no body */ }
  if (r.status === 412) {
    const now = await call("GET", `/api/proposals/${encodeURIComponent(workspaceProposal)}/analysis`);
    render(now, workspaceProposal);
    showError("Someone else changed this analysis first. It is shown as it now is: make your change again.");
    return null;
  }
  if (!r.ok) {
    showError(plain(payload.code, payload.detail));
    return null;
  }
  render(payload, workspaceProposal);
  return payload;
}

function button(label, onClick, className = "secondary small") {
  const b = document.createElement("button");
  b.type = "button";
  b.className = className;
  b.textContent = label;
  b.addEventListener("click", onClick);
  return b;
}

function input(value, attrs = {}) {
  const i = document.createElement("input");
  i.value = value ?? "";
  Object.assign(i, attrs);
  return i;
}

// The "edited" mark of a corrected fact: who, when, and what the analysis read.
function editedBadge(marker) {
  const span = document.createElement("span");
  span.className = "edited";
  span.textContent = "edited";
  const was = marker.was == null ? "nothing" : text(marker.was.date ? [marker.was.date, marker.was.time, marker.was.time_zone].filter(Boolean).join(" ") : marker.was);
  span.title = `Corrected by ${marker.by} on ${String(marker.at).slice(0, 16).replace("T", " ")} UTC${marker.note ? `: ${marker.note}` : ""}. The analysis read ${was}.`;
  return span;
}

// The inputs of a fact's editor, and how to read the value back from them.
function factEditor(field, analysis) {
  const data = analysis.extracted_data || {};
  if (field === "submission_deadline") {
    const d = (data.deadlines || []).find((x) => x && x.what === "submission") || {};
    const date = input(d.date, { type: "date", ariaLabel: "Date" });
    const time = input(d.time, { type: "time", ariaLabel: "Time" });
    const zone = input(d.time_zone, { placeholder: "Time zone (CET)", ariaLabel: "Time zone", size: 8 });
    return { inputs: [date, time, zone], value: () => ({ date: date.value, time: time.value || null, time_zone: zone.value.trim() || null }) };
  }
  if (field === "budget") {
    const b = data.budget || {};
    const currency = input(b.currency, { placeholder: "EUR", ariaLabel: "Currency", size: 4 });
    const min = input(b.min, { type: "number", min: "0", placeholder: "min", ariaLabel: "Minimum" });
    const max = input(b.max, { type: "number", min: "0", placeholder: "max", ariaLabel: "Maximum" });
    const n = (i) => (i.value === "" ? null : Number(i.value));
    return { inputs: [currency, min, max], value: () => ({ currency: currency.value.trim().toUpperCase() || null, min: n(min), max: n(max) }) };
  }
  const current = field === "title" ? (analysis.summary || {}).title : (analysis.summary || {}).donor;
  const box = input(typeof current === "string" ? current : "", { ariaLabel: FACT_LABELS[field], size: 40 });
  return { inputs: [box], value: () => box.value };
}

// Adds an edit button (and the edited mark) to the element showing `field`.
function editable(id, field, analysis) {
  const el = $(id);
  const edited = ((analysis.workspace || {}).edited || {})[field];
  if (edited) el.appendChild(editedBadge(edited));
  const open = () => {
    const editor = factEditor(field, analysis);
    const note = input("", { placeholder: "Note (why)", ariaLabel: "Note", size: 24 });
    const form = document.createElement("form");
    form.className = "fact-editor";
    form.append(...editor.inputs, note,
      button("Save", () => form.requestSubmit(), "small"),
      button("Cancel", () => render(analysis, workspaceProposal)));
    if (edited) {
      form.appendChild(button("Back to the analysis's value", () =>
        patchWorkspace("analysis", { edits: [{ op: "revert", field }] })));
    }
    form.addEventListener("submit", (e) => {
      e.preventDefault();
      patchWorkspace("analysis", { edits: [{ op: "set", field, value: editor.value(), note: note.value.trim() || null }] });
    });
    el.replaceChildren(form);
    editor.inputs[0].focus();
  };
  const b = button("Edit", open, "link small");
  b.id = `${id}-edit`;
  b.setAttribute("aria-label", `Edit the ${FACT_LABELS[field]}`);
  el.appendChild(b);
}

function shownValue(v) {
  if (v == null) return "none";
  if (v.date) return [v.date, v.time, v.time_zone].filter(Boolean).join(" ");
  if (typeof v === "object") return [v.currency, v.min, v.max, v.total].filter((x) => x != null).join(" ");
  return String(v);
}

function renderConflicts(ws) {
  const list = $("conflicts");
  list.replaceChildren();
  for (const c of ws.conflicts || []) {
    const li = document.createElement("li");
    const source = (c.analysis_source || {}).filename || "the new analysis";
    li.appendChild(document.createTextNode(
      `You set the ${FACT_LABELS[c.field] || c.field} to ${shownValue(c.yours)} (${c.yours_by}); ${source} says ${shownValue(c.analysis)}. `));
    li.append(
      button("Keep mine", () => patchWorkspace("analysis", { edits: [{ op: "resolve", field: c.field, keep: "mine" }] })),
      button(`Use ${source}'s`, () => patchWorkspace("analysis", { edits: [{ op: "resolve", field: c.field, keep: "analysis" }] })));
    list.appendChild(li);
  }
  $("conflicts-card").hidden = !list.children.length;
}

function renderRemoved(ws) {
  const list = $("removed");
  list.replaceChildren();
  for (const r of ws.removed_rows || []) {
    const li = document.createElement("li");
    const who = [r.owner, ROW_STATUSES[r.status] || r.status].filter(Boolean).join(", ");
    li.appendChild(document.createTextNode(`${r.id} “${r.text}” (${who})`));
    if (r.likely_now) {
      li.appendChild(button(`Move its work to ${r.likely_now}`, () =>
        patchWorkspace("compliance-matrix", { move: [{ from: r.id, to: r.likely_now }] })));
    }
    list.appendChild(li);
  }
  $("removed-card").hidden = !list.children.length;
}

// The team's cell of a matrix row: owner, status, and "not a requirement".
function workCells(tr, r) {
  if (!r.id || r.id.startsWith("MR-")) {
    cell(tr, r.owner);
    return;
  }
  const save = (change) => patchWorkspace("compliance-matrix", { rows: [{ id: r.id, ...change }] });
  const owner = input(r.owner, { className: "owner", placeholder: "Owner", size: 8, ariaLabel: `Owner of ${r.id}` });
  owner.addEventListener("change", () => save({ owner: owner.value.trim() || null }));
  const status = document.createElement("select");
  status.className = "status";
  status.setAttribute("aria-label", `Status of ${r.id}`);
  for (const [value, label] of Object.entries(ROW_STATUSES)) {
    const o = document.createElement("option");
    o.value = value;
    o.textContent = label;
    status.appendChild(o);
  }
  status.value = r.status || "open";
  status.addEventListener("change", () => save({ status: status.value }));
  const hide = button("Not a requirement", () => save({ not_a_requirement: true }), "link small");
  hide.title = "Hide it from the matrix (kept and counted)";
  hide.setAttribute("aria-label", `${r.id} is not a requirement`);
  const td = document.createElement("td");
  td.className = "work";
  td.append(owner, status, hide);
  tr.appendChild(td);
}

// The team's filters of the matrix: a status, and "my rows".
function workFilter(r) {
  const status = $("matrix-status").value;
  const mine = $("matrix-mine").checked;
  const me = $("me").value.trim();
  return (!status || (r.status || "open") === status) && (!mine || (me && r.owner === me));
}

function renderWorkspace(analysis, proposalId) {
  const ws = analysis.workspace || {};
  workspaceEtag = ws.etag || null;
  workspaceProposal = proposalId;
  editable("deadline", "submission_deadline", analysis);
  editable("donor", "issuer", analysis);
  editable("budget", "budget", analysis);
  editable("title", "title", analysis);
  renderConflicts(ws);
  renderRemoved(ws);
  const hidden = (ws.rows || {}).hidden || 0;
  $("matrix-hidden").textContent = hidden ? `${hidden} marked not a requirement` : "";
}

document.addEventListener("DOMContentLoaded", () => {
  $("me").value = localStorage.getItem(ME_KEY) || "";
  $("me").addEventListener("change", () => {
    localStorage.setItem(ME_KEY, $("me").value.trim());
    showMatrix();
  });
  $("matrix-status").addEventListener("change", showMatrix);
  $("matrix-mine").addEventListener("change", showMatrix);
});
