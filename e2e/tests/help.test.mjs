// The knowledge base: the public help pages (axe), search before you ask in the widget,
// and an internal guide suggested to the agent and inserted into a reply.
import { test, after, before } from "node:test";
import assert from "node:assert/strict";
import { startServer, startHostSite, launchBrowser, axeViolations, signIn } from "./support.mjs";

let server, host, browser;

before(async () => {
  server = await startServer({ nodes: 2 });
  await server.api("POST", "/chat/flows", { slug: "hjalp", name: "Hjälp", welcome_sv: "Välkommen!" });
  const topic = await server.api("POST", "/guides/categories", { name: "Bygga och bo" });
  const guide = await server.api("POST", "/guides", { title: "Så söker du bygglov", category_id: topic.id, visibility: "public",
    body: "## Ansökan\n\nAnsök om **bygglov** i e-tjänsten. Handläggningen tar oftast tio veckor.\n\n- Ritningar\n- Situationsplan" });
  await server.api("PUT", `/guides/${guide.id}/status`, { status: "published" });
  const internal = await server.api("POST", "/guides", { title: "Rutin för strandskydd", visibility: "internal",
    body: "Kontrollera strandskyddet i kartan innan du svarar om bygglov nära vatten." });
  await server.api("PUT", `/guides/${internal.id}/status`, { status: "published" });
  host = await startHostSite(server.url, "e2e", "hjalp");
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  host?.stop();
  await server?.stop();
});

test("a visitor finds a guide on the help pages and in the widget; the agent gets an internal guide; axe passes", async (t) => {
  t.diagnostic(`backend ${server.backend}`);
  const context = await browser.newContext({ locale: "sv-SE" });
  const page = await context.newPage();
  await page.goto(server.url + "/help/e2e/");
  await page.getByRole("heading", { name: "Bygga och bo" }).waitFor();
  assert.equal(await page.getByText("Rutin för strandskydd").count(), 0, "internal guides are not public");
  assert.deepEqual(await axeViolations(page), [], "help front page");
  await page.getByRole("link", { name: "Så söker du bygglov" }).click();
  await page.getByRole("heading", { name: "Ansökan" }).waitFor();
  assert.deepEqual(await axeViolations(page), [], "guide page");
  await page.getByLabel("Ja").check();
  await page.getByRole("button", { name: "Skicka" }).click();
  await page.getByText("Tack för ditt svar!").waitFor();
  await page.getByLabel("Sök i vägledningar och forumet").first().fill("bygglovet");
  await page.getByRole("button", { name: "Sök" }).first().click();
  await page.getByRole("link", { name: "Så söker du bygglov" }).waitFor();
  assert.deepEqual(await axeViolations(page), [], "help search");

  // Search before you ask: the widget offers the guide as the question is typed.
  const agentContext = await browser.newContext({ locale: "sv-SE" });
  const agent = await agentContext.newPage();
  const agentNode = server.urls[server.urls.length - 1];
  await signIn(agent, agentNode, "agent@e2e.se");
  await agent.goto(agentNode + "/inbox");
  await agent.getByLabel("Min status").selectOption("online");

  const visitor = await context.newPage();
  await visitor.goto(host.url);
  await visitor.getByRole("button", { name: "Chatta med oss" }).click();
  const question = visitor.getByLabel("Vad gäller din fråga? (frivilligt)");
  await question.fill("Hur söker jag bygglov för ett hus nära vatten och strandskydd?");
  const offered = visitor.getByRole("link", { name: "Så söker du bygglov" });
  await offered.waitFor();
  assert.equal(await offered.getAttribute("href"), server.url + "/help/e2e/guides/sa-soker-du-bygglov");
  assert.equal(await visitor.getByText("Rutin för strandskydd").count(), 0, "no internal guide in the widget");
  assert.deepEqual(await axeViolations(visitor), [], "widget with suggestions");
  await visitor.getByRole("button", { name: "Starta chatten" }).click();
  await visitor.getByRole("log").getByText("Hur söker jag bygglov för ett hus nära vatten och strandskydd?").waitFor();

  // The agent opens it and inserts the internal guide into the reply.
  await agent.getByRole("button", { name: /#\d+ .*Hjälp, i kö/ }).click();
  await agent.getByRole("button", { name: "Ta emot" }).click();
  await agent.getByRole("heading", { name: "Förslag ur vägledningarna" }).waitFor();
  await agent.getByRole("button", { name: /Infoga i svaret.*Rutin för strandskydd/ }).click();
  const reply = agent.getByLabel("Svar", { exact: true });
  assert.match(await reply.inputValue(), /Kontrollera strandskyddet/);
  assert.deepEqual(await axeViolations(agent), [], "inbox with suggestions");

  // The staff's guide pages.
  await agent.goto(agentNode + "/guides");
  await agent.getByRole("link", { name: "Så söker du bygglov" }).click();
  await agent.getByText("1 tyckte att den hjälpte").waitFor();
  assert.deepEqual(await axeViolations(agent), [], "guide editor");
  await agent.goto(agentNode + "/guides");
  assert.deepEqual(await axeViolations(agent), [], "guide list");
  await agentContext.close();
  await context.close();
});
