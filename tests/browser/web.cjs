// Drives the API's web page in headless Chromium (Debian's, through playwright-core):
// upload an RFP, watch the progress, read the rendered analysis, take a screenshot.
// Run by tests/tests/browser.rs; prints one JSON line with what it saw.
"use strict";
const path = require("node:path");
const { chromium } = require(path.join(process.env.RFP_PLAYWRIGHT_DIR, "node_modules", "playwright-core"));

async function main() {
  const base = process.env.BASE_URL;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: [
      "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ],
  });
  const seen = { console: [], stages: [], percents: [] };
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    // The page asks for the caller's history on load; before a key is given, a
    // service that requires one answers 401, which Chromium logs. Nothing else may.
    page.on("console", (m) => {
      if (m.type() === "error" && !(seen.console.length === 0 && !seen.keyed && /status of 401/.test(m.text()))) {
        seen.console.push(m.text());
      }
    });
    page.on("pageerror", (e) => seen.console.push(String(e)));
    await page.goto(base + "/");
    // Record every stage and percentage the page shows while it follows the job.
    await page.evaluate(() => {
      window.__seen = { stages: [], percents: [] };
      new MutationObserver(() => {
        window.__seen.stages.push(document.getElementById("stage").textContent);
        window.__seen.percents.push(document.getElementById("percent").textContent);
      }).observe(document.getElementById("progress"), { subtree: true, childList: true, characterData: true });
    });
    if (process.env.TOKEN) {
      await page.click("#credentials summary");
      await page.fill("#token", process.env.TOKEN);
    }
    seen.keyed = true;
    // The organisation's profile, set through the API, so the page shows its go/no-go.
    seen.profileStatus = await page.evaluate(async (token) => {
      const h = { "Content-Type": "application/json", ...(token ? { Authorization: `Bearer ${token}` } : {}) };
      const profile = { legal_type: "ngo", country: "US", languages: ["en"], budget_min: 10000,
        budget_max: 200000, currency: "USD", min_days_to_prepare: 5 };
      return (await fetch("/api/profile", { method: "PUT", headers: h, body: JSON.stringify(profile) })).status;
    }, process.env.TOKEN || "");
    await page.setInputFiles("#file", process.env.RFP_FILE);
    if (process.env.ANNEX_FILE) {
      // Another document of the tender, its role guessed from its name.
      await page.setInputFiles("#others", process.env.ANNEX_FILE);
      seen.guessedRole = await page.evaluate(() => document.querySelector("#others-list select").value);
    }
    await page.click("#analyse");
    await page.waitForSelector("#analysis:not([hidden]), #error:not([hidden])", { timeout: 60000 });
    // Unfold the first eligibility statement's source.
    const summary = await page.$("#eligibility details summary");
    if (summary) await summary.click();
    const read = () => page.evaluate(() => {
      const t = (id) => document.getElementById(id).textContent.trim();
      const rows = (id) => [...document.querySelectorAll(`#${id} tbody tr`)]
        .map((r) => [...r.cells].map((c) => c.textContent.trim()));
      const items = (id) => [...document.querySelectorAll(`#${id} > li`)].map((li) => li.textContent.trim());
      const open = document.querySelector("#eligibility details[open] blockquote");
      return {
        error: document.getElementById("error").hidden ? null : t("error"),
        fit: { recommendation: t("fit-recommendation"), rows: rows("fit") },
        title: t("title"), engine: t("engine"), donor: t("donor"), deadline: t("deadline"), budget: t("budget"),
        deadlines: rows("deadlines"), criteria: rows("criteria"),
        budgetDetails: items("budget-details"), eligibility: items("eligibility"),
        submission: items("submission"), sections: items("sections"), contacts: items("contacts"),
        geography: items("geography"),
        notFound: [...document.querySelectorAll(".notfound")].map((e) => e.closest("section").querySelector("h3").textContent),
        openedSource: open ? open.textContent.trim() : null,
        quotes: [...document.querySelectorAll("#quotes li")].map((li) => li.textContent.trim()),
        quoteCounts: t("quote-counts"), query: t("semantic-query"),
        stage: t("stage"), percent: t("percent"), seen: window.__seen,
        history: [...document.querySelectorAll("#history li")].map((li) => li.textContent.trim()),
        hash: location.hash,
        documents: rows("package"),
      };
    });
    const out = await read();
    await page.screenshot({ path: process.env.SCREENSHOT, fullPage: true });
    Object.assign(seen, out, { stages: out.seen.stages, percents: out.seen.percents });
    delete seen.seen;
    delete seen.keyed;

    // The compliance matrix: all rows, then filtered, then its downloads.
    const matrixRows = () => page.evaluate(() => [...document.querySelectorAll("#matrix tbody tr")]
      .map((r) => ({ cells: [...r.cells].map((c) => c.textContent.trim()), mandatory: r.classList.contains("mandatory") })));
    const count = () => page.evaluate(() => document.getElementById("matrix-count").textContent.trim());
    seen.matrix = { all: await matrixRows(), allCount: await count() };
    await page.check("#matrix-mandatory");
    seen.matrix.mandatory = await matrixRows();
    await page.uncheck("#matrix-mandatory");
    seen.matrix.categories = await page.evaluate(() =>
      [...document.querySelectorAll("#matrix-category option")].map((o) => o.value));
    await page.selectOption("#matrix-category", "eligibility");
    seen.matrix.eligibility = await matrixRows();
    await page.selectOption("#matrix-category", "");
    await page.fill("#matrix-search", "work plan");
    seen.matrix.searched = await matrixRows();
    seen.matrix.searchedCount = await count();
    await page.fill("#matrix-search", "");
    const save = async (selector) => {
      const [file] = await Promise.all([page.waitForEvent("download", { timeout: 30000 }), page.click(selector)]);
      const bytes = require("node:fs").readFileSync(await file.path());
      return { name: file.suggestedFilename(), size: bytes.length, head: bytes.subarray(0, 2).toString("latin1"), text: bytes.toString("utf8").slice(0, 4000) };
    };
    const xlsx = await save('[data-download="compliance-matrix?format=xlsx"]');
    seen.downloads = {
      xlsx: { name: xlsx.name, size: xlsx.size, head: xlsx.head },
      csv: await save('[data-download="compliance-matrix?format=csv"]'),
      ics: await save('[data-download="deadlines.ics"]'),
      ocds: await save('[data-download="ocds"]'),
      outline: await save('[data-download="outline?format=docx"]'),
    };
    seen.afterDownloadsError = await page.evaluate(() =>
      document.getElementById("error").hidden ? null : document.getElementById("error").textContent);
    // A phone's width: nothing wider than the screen, the tables scroll inside.
    await page.setViewportSize({ width: 390, height: 844 });
    seen.narrowOverflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    if (process.env.SCREENSHOT_NARROW) {
      await page.screenshot({ path: process.env.SCREENSHOT_NARROW, fullPage: true });
    }
    // A reload returns to the same analysis, and the history lists it.
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.reload();
    await page.waitForSelector("#analysis:not([hidden])", { timeout: 30000 });
    await page.waitForSelector("#history li", { timeout: 30000 });
    const again = await read();
    seen.afterReload = { title: again.title, deadline: again.deadline, history: again.history, hash: again.hash };

    // An amendment published later: added to the tender, the package analysed again,
    // what it changed highlighted and each fact's document named.
    if (process.env.AMENDMENT_FILE) {
      await page.setInputFiles("#add-file", process.env.AMENDMENT_FILE);
      await page.selectOption("#add-role", "amendment");
      await page.click("#add-button");
      await page.waitForSelector("#changes-card:not([hidden]), #error:not([hidden])", { timeout: 60000 });
      const pkg = await page.evaluate(() => {
        const rows = (id) => [...document.querySelectorAll(`#${id} tbody tr`)]
          .map((r) => [...r.cells].map((c) => c.textContent.trim()));
        return {
          error: document.getElementById("error").hidden ? null : document.getElementById("error").textContent,
          documents: rows("package"),
          changes: [...document.querySelectorAll("#changes li")].map((li) => li.textContent.trim()),
          since: [...document.querySelectorAll("#since li")].map((li) => li.textContent.trim()),
          deadline: document.getElementById("deadline").textContent.trim(),
          deadlines: rows("deadlines"),
        };
      });
      if (process.env.SCREENSHOT_PACKAGE) {
        await page.screenshot({ path: process.env.SCREENSHOT_PACKAGE, fullPage: true });
      }
      seen.package = pkg;
    }

    // The package changed behind the page (another member deleted the annex): after a
    // reload the analysis says it is out of date, and analysing again clears that.
    if (process.env.AMENDMENT_FILE && process.env.ANNEX_FILE) {
      const id = decodeURIComponent((await page.evaluate(() => location.hash)).split("=")[1]);
      seen.stale = {};
      seen.stale.deleted = await page.evaluate(async ([id, token]) => {
        const h = token ? { Authorization: `Bearer ${token}` } : {};
        const list = await (await fetch(`/api/proposals/${id}/documents`, { headers: h })).json();
        const annex = list.documents.find((d) => d.role === "annex");
        return (await fetch(`/api/proposals/${id}/documents/${annex.id}`, { method: "DELETE", headers: h })).status;
      }, [id, process.env.TOKEN || ""]);
      await page.reload();
      await page.waitForSelector("#analysis:not([hidden])", { timeout: 30000 });
      seen.stale.shown = await page.evaluate(() => !document.getElementById("stale").hidden);
      if (process.env.SCREENSHOT_STALE) {
        await page.evaluate(() => window.scrollTo(0, 0));
        await page.locator("#stale").scrollIntoViewIfNeeded();
        await page.screenshot({ path: process.env.SCREENSHOT_STALE });
      }
      await page.click("#reanalyse");
      await page.waitForSelector("#stale[hidden]", { state: "attached", timeout: 60000 });
      seen.stale.afterReanalysis = await page.evaluate(() => ({
        shown: !document.getElementById("stale").hidden,
        error: document.getElementById("error").hidden ? null : document.getElementById("error").textContent,
        documents: document.querySelectorAll("#package tbody tr").length,
      }));
    }

    // The team's workspace: correct the deadline in place, give a matrix row an owner
    // and a status, reload: both are kept, the deadline marked edited.
    if (process.env.SCREENSHOT_WORKSPACE) {
      const patched = () => page.waitForResponse((r) => r.request().method() === "PATCH", { timeout: 30000 });
      seen.workspace = {};
      await page.click("#deadline-edit");
      await page.fill("#deadline input[type=date]", "2027-04-02");
      await page.fill("#deadline input[type=time]", "12:00");
      await page.fill('#deadline input[aria-label="Time zone"]', "CET");
      await page.fill('#deadline input[aria-label="Note"]', "confirmed by the buyer");
      const [saved] = await Promise.all([patched(), page.click('#deadline button:has-text("Save")')]);
      seen.workspace.factStatus = saved.status();
      await page.waitForSelector("#deadline .edited", { timeout: 30000 });
      const rowId = (await page.locator("#matrix tbody tr").first().locator("td").first().textContent()).trim();
      const row = () => page.locator("#matrix tbody tr", { hasText: rowId }).first();
      await row().locator("input.owner").fill("ana");
      const [owned] = await Promise.all([patched(), row().locator("input.owner").press("Tab")]);
      seen.workspace.ownerStatus = owned.status();
      await page.waitForFunction((id) => [...document.querySelectorAll("#matrix tbody tr")]
        .some((r) => r.cells[0].textContent.trim() === id && r.querySelector("input.owner").value === "ana"), rowId);
      const [statused] = await Promise.all([patched(), row().locator("select.status").selectOption("in_progress")]);
      seen.workspace.rowStatus = statused.status();
      await page.reload();
      await page.waitForSelector("#analysis:not([hidden])", { timeout: 30000 });
      await page.waitForSelector("#deadline .edited", { timeout: 30000 });
      seen.workspace.afterReload = await page.evaluate((id) => {
        const tr = [...document.querySelectorAll("#matrix tbody tr")].find((r) => r.cells[0].textContent.trim() === id);
        return {
          deadline: document.getElementById("deadline").textContent.trim(),
          edited: document.querySelector("#deadline .edited").title,
          row: id,
          owner: tr ? tr.querySelector("input.owner").value : null,
          status: tr ? tr.querySelector("select.status").value : null,
          error: document.getElementById("error").hidden ? null : document.getElementById("error").textContent,
        };
      }, rowId);
      // "My rows": the owner name the page remembers, and the status filter.
      await page.fill("#me", "ana");
      await page.press("#me", "Tab");
      await page.check("#matrix-mine");
      seen.workspace.mine = await page.evaluate(() => document.querySelectorAll("#matrix tbody tr").length);
      await page.uncheck("#matrix-mine");
      await page.selectOption("#matrix-status", "in_progress");
      seen.workspace.inProgress = await page.evaluate(() => document.querySelectorAll("#matrix tbody tr").length);
      await page.selectOption("#matrix-status", "");
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: process.env.SCREENSHOT_WORKSPACE });
      await page.locator("#matrix-card").scrollIntoViewIfNeeded();
      await page.screenshot({ path: process.env.SCREENSHOT_WORKSPACE.replace(/\.png$/, "-matrix.png") });
    }

    // An address that is not a proposal's id is refused by the page, and never becomes
    // a request path (`..%2F..%2Fmetrics` fetched /metrics).
    const requested = [];
    page.on("request", (r) => requested.push(new URL(r.url()).pathname));
    await page.goto(base + "/#proposal=..%2F..%2Fmetrics");
    await page.waitForSelector("#error:not([hidden])", { timeout: 30000 });
    seen.badAddress = {
      error: await page.evaluate(() => document.getElementById("error").textContent),
      requested,
    };

    // The API reference renders with every request off this machine refused.
    const docs = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const blocked = [];
    await docs.route("**/*", (route) => {
      const host = new URL(route.request().url()).hostname;
      if (host === "127.0.0.1" || host === "localhost" || host === "[::1]") return route.continue();
      blocked.push(route.request().url());
      return route.abort();
    });
    docs.on("pageerror", (e) => seen.console.push(`docs: ${e}`));
    await docs.goto(base + "/docs");
    await docs.waitForSelector("#operations .operation", { timeout: 30000 });
    seen.docs = await docs.evaluate(() => ({
      title: document.getElementById("api-title").textContent,
      operations: [...document.querySelectorAll("#operations .operation h3")].map((h) => h.textContent),
    }));
    seen.docs.blocked = blocked;
  } finally {
    await browser.close();
  }
  console.log(JSON.stringify(seen));
}

main().catch((e) => { console.error(e); process.exit(1); });
