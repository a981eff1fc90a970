// E-mail cases in a browser: a mail delivered over SMTP becomes a case; the agent
// opens it, replies and notes; the admin's inbox settings; axe on every page.
import { test, after, before } from "node:test";
import assert from "node:assert/strict";
import { startServer, launchBrowser, axeViolations, deliverMail, signIn } from "./support.mjs";

let server, browser;

before(async () => {
  server = await startServer();
  await server.api("POST", "/inboxes", { address: "bygglov@e2e.se", name: "Bygglov" });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

test("a mailed question becomes a case the agent answers; axe passes", async (t) => {
  t.diagnostic(`backend ${server.backend}`);
  await deliverMail(server.smtp, "kim@example.se", "bygglov@e2e.se",
    "From: Kim <kim@example.se>\nTo: bygglov@e2e.se\nSubject: Carport\nMessage-ID: <e2e-1@example.se>\n" +
    "MIME-Version: 1.0\nContent-Type: multipart/alternative; boundary=b\n\n--b\nContent-Type: text/plain; charset=utf-8\n\n" +
    "Behöver jag bygglov för en carport?\n--b\nContent-Type: text/html; charset=utf-8\n\n" +
    "<p onclick=alert(1)>Behöver jag <b>bygglov</b>?</p><script>alert(1)</script><img src=https://tracker.example/p.gif>\n--b--");

  const context = await browser.newContext({ locale: "sv-SE" });
  const page = await context.newPage();
  const requests = [];
  page.on("request", (r) => requests.push(r.url()));
  await signIn(page, server.url, "admin@e2e.se");

  await page.goto(server.url + "/settings/groups");
  await page.getByLabel("Namn").fill("Bygglovsgruppen");
  await page.getByRole("button", { name: "Lägg till grupp" }).click();
  await page.getByRole("heading", { name: "Bygglovsgruppen" }).waitFor();
  await page.getByRole("checkbox").first().check();
  await page.getByRole("button", { name: "Spara" }).first().click();
  await page.getByRole("heading", { name: "Bygglovsgruppen" }).waitFor();
  assert.ok(await page.getByRole("checkbox").first().isChecked(), "membership saved");
  assert.deepEqual(await axeViolations(page), [], "agent groups");

  await page.goto(server.url + "/settings/inboxes");
  await page.getByRole("heading", { name: /Bygglov/ }).waitFor();
  assert.deepEqual(await axeViolations(page), [], "inbox settings");

  await page.goto(server.url + "/cases");
  await page.getByRole("link", { name: "Carport" }).click();
  await page.getByText("Behöver jag bygglov för en carport?").waitFor();
  await page.getByText("Visa HTML-versionen (rensad)").click();
  assert.deepEqual(await axeViolations(page), [], "case page");
  await page.getByLabel("Grupp").selectOption({ label: "Bygglovsgruppen" });
  await page.getByRole("button", { name: "Spara" }).nth(2).click();
  await page.goto(server.url + "/cases?group=mine");
  await page.getByRole("link", { name: "Carport" }).waitFor();
  assert.deepEqual(await axeViolations(page), [], "my groups' cases");
  await page.getByRole("link", { name: "Carport" }).click();
  await page.getByLabel(/Svar till/).fill("Nej, en carport under 15 kvadratmeter kräver inget bygglov.");
  await page.getByRole("button", { name: "Skicka svaret" }).click();
  await page.getByText("Väntar på kunden").first().waitFor();
  await page.getByLabel("Intern anteckning (skickas inte)").fill("Kontrollera detaljplanen.");
  await page.getByRole("button", { name: "Spara anteckningen" }).click();
  await page.getByText("Kontrollera detaljplanen.").waitFor();
  assert.deepEqual(await axeViolations(page), [], "case page after reply");
  assert.ok(requests.every((u) => u.startsWith(server.url)), "no remote content loaded: " + requests.filter((u) => !u.startsWith(server.url)));
  await context.close();
});
