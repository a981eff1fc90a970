// Statistics: an admin sees this month's volumes and response times as charts with
// tables (Swedish and English), downloads a table as CSV; axe passes on the report pages.
import { test, after, before } from "node:test";
import assert from "node:assert/strict";
import { startServer, launchBrowser, axeViolations, signIn } from "./support.mjs";

let server, browser;

before(async () => {
  server = await startServer({ nodes: 2 });
  await server.api("POST", "/chat/flows", { slug: "bygglov", name: "Bygglov" });
  // Nobody is online: three visitors leave messages outside opening hours.
  for (const message of ["Hej, en fråga om bygglov.", "Hur lång tid tar det?", "Ring mig gärna."]) {
    const res = await fetch(server.url + "/chat/e2e/bygglov/conversations", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ language: "sv", message }),
    });
    assert.equal(res.status, 201, await res.text());
  }
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

test("an admin reads this month's statistics as charts with tables and exports them; axe passes", async (t) => {
  t.diagnostic(`backend ${server.backend}`);
  const context = await browser.newContext({ locale: "sv-SE" });
  const page = await context.newPage();
  const node = server.urls[server.urls.length - 1];
  await signIn(page, node, "admin@e2e.se");
  await page.getByRole("link", { name: "Statistik" }).click();
  await page.getByRole("heading", { name: "Statistik", level: 1 }).waitFor();

  // The summary says three offline messages; the day chart has named axes and a table.
  const summary = page.getByRole("table", { name: "Sammanfattning" });
  assert.equal(await summary.getByRole("row", { name: /Meddelanden utanför öppettid/ }).getByRole("cell").innerText(), "3");
  const chart = page.getByRole("img", { name: "Chattar per dag" });
  await chart.waitFor();
  assert.ok((await chart.locator("text").allTextContents()).includes("Datum"), "x axis named");
  const perHour = page.getByRole("table", { name: "Chattar per timme på dygnet" });
  const total = (await perHour.locator("tbody td").allInnerTexts()).reduce((sum, n) => sum + Number(n), 0);
  assert.equal(total, 3, "the hour table adds up to the chats");
  assert.deepEqual(await axeViolations(page), [], "chat report (sv)");

  // A table as CSV, with the session of the page.
  const href = await page.getByRole("link", { name: /^Ladda ner som CSV\W+Chattar per dag$/ }).getAttribute("href");
  const csv = await page.request.get(node + href);
  assert.equal(csv.status(), 200);
  assert.match(csv.headers()["content-disposition"], /statistik-chat-.*-days\.csv/);
  assert.match(await csv.text(), /^\uFEFFDatum,Chattar,Besvarade,/);

  // Another channel and English.
  await page.getByRole("navigation", { name: "Kanaler" }).getByRole("link", { name: "E-post" }).click();
  await page.getByRole("img", { name: "Ärenden per dag" }).waitFor();
  assert.deepEqual(await axeViolations(page), [], "mail report (sv)");
  await page.getByRole("button", { name: "English" }).click();
  await page.goto(node + "/reports/forum");
  await page.getByRole("img", { name: "Questions per day" }).waitFor();
  await page.getByRole("table", { name: "Per category" }).waitFor();
  assert.deepEqual(await axeViolations(page), [], "forum report (en)");
  await context.close();
});
