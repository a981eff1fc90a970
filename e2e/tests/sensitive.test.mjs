// Sensitive data in a browser: the case page highlights what the scanner found, a reply
// with an identifier is asked about in Swedish with the text kept, "Skicka ändå" sends
// it, and masking removes a personnummer from the page; the chat inbox asks in a dialog.
import { test, after, before } from "node:test";
import assert from "node:assert/strict";
import { startServer, startHostSite, launchBrowser, axeViolations, deliverMail, signIn } from "./support.mjs";

const PNR = "640823-3234";
let server, host, browser;

before(async () => {
  server = await startServer();
  await server.api("POST", "/inboxes", { address: "bygglov@e2e.se", name: "Bygglov" });
  await server.api("POST", "/chat/flows", { slug: "bygglov", name: "Bygglov" });
  host = await startHostSite(server.url, "e2e", "bygglov");
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  host?.stop();
  await server?.stop();
});

test("a case reply with an identifier is asked about, sent anyway, and the customer's number is masked", async (t) => {
  t.diagnostic(`backend ${server.backend}`);
  await deliverMail(server.smtp, "kim@example.se", "bygglov@e2e.se",
    "From: Kim <kim@example.se>\nTo: bygglov@e2e.se\nSubject: Altan\nMessage-ID: <e2e-pnr@example.se>\n" +
    "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n" +
    `Hej! Mitt personnummer är ${PNR}. Behöver jag bygglov för en altan?\n`);
  const context = await browser.newContext({ locale: "sv-SE" });
  const page = await context.newPage();
  await signIn(page, server.url, "agent@e2e.se");
  await page.goto(server.url + "/cases");
  await page.getByRole("link", { name: "Altan" }).click();

  // The stored finding is highlighted and named.
  const mark = page.locator("mark.finding", { hasText: PNR }).first();
  await mark.waitFor();
  assert.equal(await mark.getAttribute("title"), "personnummer");
  assert.deepEqual(await axeViolations(page), [], "case page with findings");

  // A reply with a phone number: asked about in Swedish, the text kept.
  const reply = "Hej Kim! Ring handläggaren på 070-123 45 67 så går vi igenom ritningen.";
  await page.getByLabel(/Svar till/).fill(reply);
  await page.getByRole("button", { name: "Skicka svaret" }).click();
  const question = page.getByRole("alert").filter({ hasText: "Texten ser ut att innehålla telefonnummer" });
  await question.waitFor();
  assert.equal(await page.getByLabel(/Svar till/).inputValue(), reply, "the text is kept");
  assert.equal(await page.locator(".msg.agent").count(), 0, "nothing was sent");
  assert.deepEqual(await axeViolations(page), [], "case page asking");
  await page.getByRole("button", { name: "Skicka ändå" }).click();
  await page.getByText("Väntar på kunden").first().waitFor();
  await page.locator(".msg.agent", { hasText: "Ring handläggaren" }).waitFor();

  // Masking the customer's personnummer takes it off the page.
  await page.locator(".msg.visitor").getByRole("button", { name: "Maskera personnummer" }).click();
  await page.locator(".msg.visitor", { hasText: "Mitt personnummer är [personnummer]." }).waitFor();
  assert.equal(await page.getByText(PNR).count(), 0, "the number is gone from the page");
  assert.equal((await page.content()).includes(PNR), false);
  assert.deepEqual(await axeViolations(page), [], "case page after masking");
  await context.close();
});

test("the chat inbox asks in a dialog before sending an identifier and keeps the text", async () => {
  const agentContext = await browser.newContext({ locale: "sv-SE" });
  const agent = await agentContext.newPage();
  await signIn(agent, server.url, "agent@e2e.se");
  await agent.goto(server.url + "/inbox");
  await agent.getByLabel("Min status").selectOption("online");

  const visitorContext = await browser.newContext({ locale: "sv-SE" });
  const visitor = await visitorContext.newPage();
  await visitor.goto(host.url);
  await visitor.getByRole("button", { name: "Chatta med oss" }).click();
  await visitor.getByRole("button", { name: "Starta chatten" }).click();
  const input = visitor.getByLabel("Meddelande");
  await input.fill("Hej! Jag undrar över min ansökan.");
  await input.press("Enter");

  await agent.getByRole("button", { name: /#\d+ .*Bygglov, i kö/ }).click();
  await agent.getByRole("button", { name: "Ta emot" }).click();
  await agent.getByRole("log").getByText("Hej! Jag undrar över min ansökan.").waitFor();
  const box = agent.getByLabel("Svar", { exact: true });
  const answer = `Jag hittar ansökan under ${PNR}.`;
  await box.fill(answer);
  await box.press("Enter");
  const dialog = agent.getByRole("dialog", { name: "Känsliga uppgifter" });
  await dialog.waitFor();
  await dialog.getByText("Texten ser ut att innehålla personnummer").waitFor();
  assert.deepEqual(await axeViolations(agent), [], "inbox asking");
  // "Ändra texten" closes the question and keeps the text; sending again asks again.
  await dialog.getByRole("button", { name: "Ändra texten" }).click();
  assert.equal(await box.inputValue(), answer);
  await visitor.waitForTimeout(300);
  assert.equal(await visitor.getByText(answer).count(), 0, "nothing was sent");
  await box.press("Enter");
  await dialog.getByRole("button", { name: "Skicka ändå" }).click();
  await visitor.getByRole("log").getByText(answer).waitFor();
  // The agent's own line, its personnummer highlighted.
  await agent.locator(".msg.agent", { hasText: "Jag hittar ansökan under" }).locator("mark.finding").waitFor();
  assert.equal(await box.inputValue(), "", "the box empties once the answer is stored");

  // The agent masks the number in their own line.
  await agent.getByRole("log").getByRole("button", { name: "Maskera personnummer" }).click();
  await agent.getByRole("log").getByText("Jag hittar ansökan under [personnummer].").waitFor();
  assert.deepEqual(await axeViolations(agent), [], "inbox after masking");
  await agentContext.close();
  await visitorContext.close();
});
