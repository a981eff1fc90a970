// A visitor on another site chats with a signed-in agent, in two browser contexts.
import { test, after, before } from "node:test";
import assert from "node:assert/strict";
import { startServer, startHostSite, launchBrowser, axeViolations, signIn } from "./support.mjs";

let server, host, browser;

before(async () => {
  // On PostgreSQL two nodes serve one database: the visitor's widget talks to the first,
  // the agent works on the second.
  server = await startServer({ nodes: 2 });
  const flow = await server.api("POST", "/chat/flows", { slug: "bygglov", name: "Bygglov", welcome_sv: "Välkommen! Vi svarar om bygglov." });
  await server.api("POST", `/chat/flows/${flow.id}/notices`, { language: "sv", body: "Vi sparar chatten i 30 dagar och använder den bara för att besvara din fråga.", require_ack: true });
  host = await startHostSite(server.url, "e2e", "bygglov");
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  host?.stop();
  await server?.stop();
});

test(`a visitor chats with an agent end to end, and both views pass axe`, async (t) => {
  t.diagnostic(`backend ${server.backend}, ${server.urls.length} node(s)`);
  // The agent signs in and goes online.
  const agentContext = await browser.newContext({ locale: "sv-SE" });
  const agent = await agentContext.newPage();
  const agentNode = server.urls[server.urls.length - 1];
  await signIn(agent, agentNode, "agent@e2e.se");
  await agent.goto(agentNode + "/inbox");
  await agent.getByLabel("Min status").selectOption("online");

  // The visitor on the municipality's site: nothing requested or stored before opening.
  const visitorContext = await browser.newContext({ locale: "sv-SE" });
  const visitor = await visitorContext.newPage();
  const requests = [];
  visitor.on("request", (r) => requests.push(r.url()));
  await visitor.goto(host.url);
  const launcher = visitor.getByRole("button", { name: "Chatta med oss" });
  await launcher.waitFor();
  assert.deepEqual(requests.filter((u) => u.includes("/chat/")), [], "no chat request before opening");
  assert.equal(await visitor.evaluate(() => sessionStorage.length + localStorage.length + document.cookie.length), 0);
  assert.ok(requests.every((u) => u.startsWith(host.url) || u.startsWith(server.url)), "no third-party request: " + requests);

  await launcher.click();
  const ack = visitor.getByLabel("Jag har läst informationen om hur mina personuppgifter behandlas");
  await ack.waitFor();
  await visitor.getByText("Vi sparar chatten i 30 dagar").waitFor();
  // Starting without acknowledging is refused in the widget.
  await visitor.getByRole("button", { name: "Starta chatten" }).click();
  await visitor.getByText("Fyll i de obligatoriska fälten.").waitFor();
  await ack.check();
  await visitor.getByRole("button", { name: "Starta chatten" }).click();
  const input = visitor.getByLabel("Meddelande");
  await input.waitFor();
  assert.deepEqual(await axeViolations(visitor), [], "widget open");

  await input.fill("Hej! Hur lång tid tar ett bygglov?");
  await input.press("Enter");
  await visitor.getByRole("log").getByText("Hej! Hur lång tid tar ett bygglov?").waitFor();

  // The agent sees it in the queue, accepts and answers.
  await agent.getByRole("button", { name: /#\d+ .*Bygglov, i kö/ }).click();
  await agent.getByRole("button", { name: "Ta emot" }).click();
  await visitor.getByText("Anna Agent har anslutit.").waitFor();
  await agent.getByRole("log").getByText("Hej! Hur lång tid tar ett bygglov?").waitFor();
  await agent.getByLabel("Svar", { exact: true }).fill("Hej! Oftast inom tio veckor.");
  await agent.getByLabel("Svar", { exact: true }).press("Enter");
  await visitor.getByRole("log").getByText("Hej! Oftast inom tio veckor.").waitFor();

  // An internal note stays with the agents.
  await agent.getByLabel("Intern anteckning (syns inte för besökaren)").check();
  await agent.getByLabel("Svar", { exact: true }).fill("Kolla ärendet i diariet.");
  await agent.getByLabel("Svar", { exact: true }).press("Enter");
  await agent.getByRole("log").getByText("Kolla ärendet i diariet.").waitFor();
  await visitor.waitForTimeout(500);
  assert.equal(await visitor.getByText("Kolla ärendet i diariet.").count(), 0, "notes are never shown to the visitor");

  assert.deepEqual(await axeViolations(agent), [], "inbox");

  // The visitor ends the chat.
  await visitor.getByRole("button", { name: "Avsluta chatten" }).click();
  await visitor.getByText("Chatten är avslutad. Tack!").waitFor();
  // …and asks for the transcript by e-mail (queued in the outbox).
  await visitor.getByText("Mejla mig chatten").click();
  await visitor.getByLabel("Din e-postadress (frivilligt)").fill("eva@example.se");
  await visitor.getByRole("button", { name: "Skicka utskriften" }).click();
  await visitor.getByText("Utskriften skickas till din e-post.").waitFor();
  await agentContext.close();
  await visitorContext.close();
});
