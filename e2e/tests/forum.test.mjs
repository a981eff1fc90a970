// The public forum in a browser: a visitor asks without an account, a signed-in agent
// answers from the moderation view, the visitor finds the answer by search and manages
// the post through the private link. Every page passes axe-core.
import { test, after, before } from "node:test";
import assert from "node:assert/strict";
import { startServer, launchBrowser, axeViolations, signIn } from "./support.mjs";

let server, browser;

before(async () => {
  // On PostgreSQL two nodes serve one database: the visitor uses the first, the agent the second.
  server = await startServer({ nodes: 2 });
  await server.api("POST", "/forum/categories", { name: "Bygglov", description: "Bygga nytt, bygga till och riva." });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

test("a visitor asks, an agent answers, the visitor finds and manages the post; axe passes", async (t) => {
  t.diagnostic(`backend ${server.backend}, ${server.urls.length} node(s)`);
  const visitorContext = await browser.newContext({ locale: "sv-SE" });
  const visitor = await visitorContext.newPage();
  const requests = [];
  visitor.on("request", (r) => requests.push(r.url()));
  await visitor.goto(server.url + "/forum/e2e/");
  await visitor.getByRole("heading", { name: "Forum", level: 1 }).waitFor();
  assert.deepEqual(await axeViolations(visitor), [], "forum start page");

  await visitor.getByRole("link", { name: "Ställ en fråga" }).click();
  await visitor.getByText("Så behandlar vi dina uppgifter").waitFor();
  assert.deepEqual(await axeViolations(visitor), [], "ask form");
  // The browser's own validation would stop an empty form; the server's answer is tested over HTTP.
  await visitor.getByLabel("Kategori").selectOption({ label: "Bygglov" });
  await visitor.getByLabel("Rubrik").fill("Hur lång tid tar bygglovet för en carport?");
  await visitor.getByLabel("Din fråga").fill("Vi vill bygga en **carport** vid huset. Hur lång är handläggningstiden?");
  await visitor.getByLabel("Visningsnamn").fill("Kim");
  await visitor.getByLabel("E-postadress (frivillig)").fill("kim@example.se");
  await visitor.getByRole("button", { name: "Skicka frågan" }).click();
  await visitor.getByText("Ditt inlägg är publicerat.").waitFor();
  assert.deepEqual(await axeViolations(visitor), [], "posted page");
  const manageUrl = await visitor.locator("#manage-link").getAttribute("href");
  assert.match(manageUrl, /\/forum\/e2e\/manage\/[A-Za-z0-9_-]{43}$/);

  // The agent answers from the moderation view on the other node.
  const agentContext = await browser.newContext({ locale: "sv-SE" });
  const agent = await agentContext.newPage();
  const agentNode = server.urls[server.urls.length - 1];
  await signIn(agent, agentNode, "agent@e2e.se");
  await agent.goto(agentNode + "/moderation");
  assert.deepEqual(await axeViolations(agent), [], "moderation queue");
  await agent.getByRole("link", { name: "Hur lång tid tar bygglovet för en carport?" }).click();
  await agent.getByLabel("Ditt svar").fill("Handläggningstiden är högst **tio veckor** från komplett ansökan.");
  assert.deepEqual(await axeViolations(agent), [], "moderation question");
  await agent.getByRole("button", { name: "Publicera svaret" }).click();
  await agent.getByText("tio veckor").first().waitFor();

  // The visitor sees the official answer, first.
  await visitor.getByRole("link", { name: "Visa inlägget" }).click();
  await visitor.getByText("Svar från oss").waitFor();
  await visitor.getByText("tio veckor").waitFor();
  assert.deepEqual(await axeViolations(visitor), [], "question page");
  const helpful = visitor.getByRole("button", { name: "Hjälpsamt (0)" }).nth(1);
  await helpful.click();
  await visitor.getByRole("button", { name: "Du tyckte att det var hjälpsamt (1)" }).waitFor();

  // …and finds it again by search, with an inflected form.
  await visitor.getByLabel("Sök i forumet").fill("carportar");
  await visitor.getByRole("button", { name: "Sök" }).click();
  await visitor.getByRole("link", { name: "Hur lång tid tar bygglovet för en carport?" }).waitFor();
  assert.ok(await visitor.locator("mark").count() > 0, "the match is marked");
  assert.deepEqual(await axeViolations(visitor), [], "search results");

  // Through the private link the visitor removes their name.
  await visitor.goto(manageUrl);
  await visitor.getByText("Den här sidan är privat").waitFor();
  assert.deepEqual(await axeViolations(visitor), [], "management page");
  await visitor.getByRole("button", { name: "Ta bort mitt namn" }).click();
  await visitor.getByText("Inlägget visas nu som ”Anonym”").waitFor();
  await visitor.goto(server.url + "/forum/e2e/");
  await visitor.getByText("Anonym ·").waitFor();

  assert.ok(requests.every((u) => u.startsWith(server.url)), "no third-party request: " + requests.filter((u) => !u.startsWith(server.url)));
  await agentContext.close();
  await visitorContext.close();
});
