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
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    page.on("console", (m) => { if (m.type() === "error") seen.console.push(m.text()); });
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
    await page.setInputFiles("#file", process.env.RFP_FILE);
    await page.click("#analyse");
    await page.waitForSelector("#analysis:not([hidden]), #error:not([hidden])", { timeout: 60000 });
    const out = await page.evaluate(() => {
      const t = (id) => document.getElementById(id).textContent.trim();
      const rows = (id) => [...document.querySelectorAll(`#${id} tbody tr`)]
        .map((r) => [...r.cells].map((c) => c.textContent.trim()));
      return {
        error: document.getElementById("error").hidden ? null : t("error"),
        title: t("title"), donor: t("donor"), deadline: t("deadline"), budget: t("budget"),
        deadlines: rows("deadlines"), criteria: rows("criteria"),
        quotes: [...document.querySelectorAll("#quotes li")].map((li) => li.textContent.trim()),
        quoteCounts: t("quote-counts"), query: t("semantic-query"),
        stage: t("stage"), percent: t("percent"), seen: window.__seen,
      };
    });
    await page.screenshot({ path: process.env.SCREENSHOT, fullPage: true });
    Object.assign(seen, out, { stages: out.seen.stages, percents: out.seen.percents });
    delete seen.seen;
  } finally {
    await browser.close();
  }
  console.log(JSON.stringify(seen));
}

main().catch((e) => { console.error(e); process.exit(1); });
