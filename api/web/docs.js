// The API reference at /docs: renders /openapi.json (OpenAPI 3.1) with plain DOM
// calls, so it works offline and under the same strict content security policy as
// the upload page. Operations are grouped by tag, each with its parameters, request
// body, responses and their schemas (references resolved, cycles cut).
"use strict";

const el = (tag, attrs = {}, ...children) => {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === "class") e.className = v; else e.setAttribute(k, v);
  }
  for (const c of children) e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return e;
};

function resolve(doc, schema, seen = new Set()) {
  if (!schema || typeof schema !== "object") return schema;
  if (schema.$ref) {
    if (seen.has(schema.$ref)) return { title: schema.$ref.split("/").pop() };
    const target = schema.$ref.replace(/^#\//, "").split("/")
      .reduce((o, k) => (o ? o[k.replace(/~1/g, "/").replace(/~0/g, "~")] : undefined), doc);
    return { ...resolve(doc, target, new Set([...seen, schema.$ref])), title: schema.$ref.split("/").pop() };
  }
  return schema;
}

function typeOf(schema) {
  if (!schema) return "";
  if (schema.title && !schema.type) return schema.title;
  const t = Array.isArray(schema.type) ? schema.type.join(" | ") : schema.type;
  if (t === "array" && schema.items) return `array of ${typeOf(schema.items)}`;
  if (schema.enum) return `${t || "one"} of ${schema.enum.map((v) => JSON.stringify(v)).join(", ")}`;
  if (schema.oneOf || schema.anyOf) return (schema.oneOf || schema.anyOf).map(typeOf).join(" | ");
  return [t, schema.format ? `(${schema.format})` : ""].filter(Boolean).join(" ") || schema.title || "object";
}

// A schema's fields as a nested list, at most a few levels deep.
function schemaList(doc, schema, depth = 0, seen = new Set()) {
  const s = resolve(doc, schema, seen);
  if (!s || depth > 3) return el("span", {}, typeOf(s));
  const props = s.properties || (s.items && resolve(doc, s.items, seen) || {}).properties;
  if (!props) return el("span", { class: "hint" }, typeOf(s));
  const required = new Set(s.required || (s.items && resolve(doc, s.items, seen) || {}).required || []);
  const ul = el("ul");
  for (const [name, p] of Object.entries(props)) {
    const rp = resolve(doc, p, seen);
    const li = el("li", {}, el("code", {}, name), " ", el("span", { class: "hint" }, typeOf(rp) + (required.has(name) ? ", required" : "")));
    if (rp && rp.description) li.append(" — ", rp.description);
    const nested = rp && (rp.properties || (rp.items && resolve(doc, rp.items, seen) || {}).properties);
    if (nested && depth < 3) li.append(schemaList(doc, p, depth + 1, new Set([...seen, p.$ref].filter(Boolean))));
    ul.append(li);
  }
  return ul;
}

function operation(doc, method, path, op) {
  const id = `${method}-${path}`.replace(/[^a-zA-Z0-9]+/g, "-");
  const card = el("section", { class: "card operation", id });
  card.append(el("h3", {}, el("code", {}, `${method.toUpperCase()} ${path}`)));
  if (op.summary) card.append(el("p", {}, op.summary));
  if (op.description && op.description !== op.summary) card.append(el("p", { class: "hint" }, op.description));
  if (op.security && op.security.length) {
    card.append(el("p", { class: "hint" }, `Authentication: ${op.security.map((s) => Object.keys(s).join(" + ") || "none").join(" or ")}`));
  }
  const params = op.parameters || [];
  if (params.length) {
    card.append(el("h4", {}, "Parameters"));
    const ul = el("ul");
    for (const raw of params) {
      const p = resolve(doc, raw);
      const li = el("li", {}, el("code", {}, p.name), " ", el("span", { class: "hint" }, `${p.in}, ${typeOf(resolve(doc, p.schema))}${p.required ? ", required" : ""}`));
      if (p.description) li.append(" — ", p.description);
      ul.append(li);
    }
    card.append(ul);
  }
  if (op.requestBody) {
    const body = resolve(doc, op.requestBody);
    card.append(el("h4", {}, "Request body"));
    for (const [type, media] of Object.entries(body.content || {})) {
      card.append(el("p", {}, el("code", {}, type)), schemaList(doc, media.schema));
    }
  }
  card.append(el("h4", {}, "Responses"));
  const ul = el("ul");
  for (const [status, raw] of Object.entries(op.responses || {})) {
    const r = resolve(doc, raw);
    const li = el("li", {}, el("strong", {}, status), " ", r.description || "");
    for (const [type, media] of Object.entries(r.content || {})) {
      li.append(" ", el("code", {}, type));
      if (status.startsWith("2") && media.schema) li.append(schemaList(doc, media.schema));
    }
    ul.append(li);
  }
  card.append(ul);
  return card;
}

async function main() {
  const doc = await (await fetch("/openapi.json")).json();
  document.getElementById("api-title").textContent = `${doc.info.title} ${doc.info.version}`;
  const groups = new Map();
  for (const [path, item] of Object.entries(doc.paths || {})) {
    for (const method of ["get", "put", "post", "delete", "patch", "head", "options"]) {
      const op = item[method];
      if (!op) continue;
      const tag = (op.tags && op.tags[0]) || "other";
      if (!groups.has(tag)) groups.set(tag, []);
      groups.get(tag).push([method, path, op]);
    }
  }
  const toc = document.getElementById("toc");
  const ops = document.getElementById("operations");
  for (const [tag, list] of groups) {
    toc.append(el("h3", {}, tag));
    const links = el("ul");
    ops.append(el("h2", {}, tag));
    for (const [method, path, op] of list) {
      const card = operation(doc, method, path, op);
      ops.append(card);
      links.append(el("li", {}, el("a", { href: `#${card.id}` }, `${method.toUpperCase()} ${path}`)));
    }
    toc.append(links);
  }
}

main().catch((e) => {
  document.getElementById("operations").append(el("p", { class: "card error" }, `The reference could not be read: ${e.message}`));
});
