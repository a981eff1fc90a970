// Retention in a browser: the admin records a legal basis, sets a rule for a module,
// sees it in force and in the preview; axe on the settings page and the public
// privacy page that quotes the rules.
import { test, after, before } from "node:test";
import assert from "node:assert/strict";
import { startServer, launchBrowser, axeViolations, signIn } from "./support.mjs";

let server, browser;

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

test("an admin sets a retention rule with its legal basis; axe passes", async (t) => {
  t.diagnostic(`backend ${server.backend}`);
  const context = await browser.newContext({ locale: "sv-SE" });
  const page = await context.newPage();
  await signIn(page, server.url, "admin@e2e.se");

  await page.getByRole("link", { name: "Gallring" }).click();
  await page.getByRole("heading", { name: "Gällande regler" }).waitFor();
  assert.deepEqual(await axeViolations(page), [], "retention settings");

  await page.getByLabel("Referens (till exempel gallringsbeslut KS 2024/117)").fill("Gallringsbeslut KS 2025/12");
  await page.getByLabel("Kortaste tillåtna tid (dagar)").fill("90");
  await page.getByRole("button", { name: "Lägg till rättslig grund" }).click();
  await page.getByRole("listitem").filter({ hasText: "Gallringsbeslut KS 2025/12 · minst 90 dagar" }).waitFor();

  await page.getByLabel("Område").selectOption({ label: "E-post" });
  await page.getByLabel("Spara (dagar)").fill("400");
  await page.getByLabel("Räknat från").selectOption("closed");
  await page.getByLabel("Sedan").selectOption("delete");
  await page.getByLabel("Rättslig grund").selectOption({ label: "Gallringsbeslut KS 2025/12 · minst 90 dagar" });
  await page.getByLabel("Motivering").first().fill("Nytt gallringsbeslut för e-post");
  await page.getByRole("button", { name: "Spara regeln" }).click();
  const rules = page.getByRole("region", { name: "Gällande regler" });
  const row = rules.getByRole("row", { name: /E-post.*Samtal, ärenden och inlägg/ });
  await row.getByRole("cell", { name: "400 dagar", exact: true }).waitFor();
  await row.getByRole("cell", { name: "Gallringsbeslut KS 2025/12", exact: true }).waitFor();
  await page.getByRole("region", { name: "Ändringar" }).getByText("Nytt gallringsbeslut för e-post").waitFor();
  assert.deepEqual(await axeViolations(page), [], "retention settings with a rule");

  // The register of requests and person search.
  await page.getByRole("link", { name: "Begäranden" }).click();
  await page.getByLabel("E-postadress").fill("kim@example.se");
  await page.getByRole("button", { name: "Registrera" }).click();
  await page.getByRole("cell", { name: "kim@example.se" }).waitFor();
  assert.deepEqual(await axeViolations(page), [], "requests");
  // The identity checklist, then completion: an access request answers with the export.
  await page.getByLabel("Adressen eller numret begäran kom från finns i våra uppgifter").check();
  await page.getByLabel(/Identiteten styrkt/).check();
  await page.getByRole("button", { name: "Spara kontrollen" }).click();
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Slutför" }).click();
  assert.match((await download).suggestedFilename(), /^registerutdrag-\d+\.zip$/);
  await page.goto(server.url + "/requests");
  await page.getByRole("cell", { name: "Besvarad" }).waitFor();

  // The privacy setup: a sub-processor, listed in the record of processing.
  await page.getByRole("link", { name: "Dataskydd" }).click();
  await page.getByLabel("Kontakt till dataskyddsombudet").fill("Dataskyddsombudet, dso@e2e.se");
  await page.getByRole("button", { name: "Spara" }).first().click();
  await page.getByLabel("Namn").fill("Drift i Norr AB");
  await page.getByLabel("Tjänst").fill("Drift av servern");
  await page.getByLabel("Kategorier av uppgifter").fill("allt i Samtal");
  await page.getByLabel("Land").fill("SE");
  await page.getByRole("button", { name: "Lägg till underbiträde" }).click();
  await page.getByRole("cell", { name: "Drift i Norr AB" }).waitFor();
  assert.deepEqual(await axeViolations(page), [], "privacy setup");
  await page.getByRole("link", { name: "Personsökning" }).click();
  await page.getByLabel("E-post, telefon, personnummer, namn eller besökarnummer").fill("kim@example.se");
  await page.getByRole("button", { name: "Sök" }).click();
  // The registered request names the person: found through the registry, by a POST (no URL).
  await page.getByRole("heading", { name: "Ett ställe innehåller personens uppgifter" }).waitFor();
  await page.getByRole("cell", { name: "Registrerad begäran" }).waitFor();
  await page.getByRole("cell", { name: "den registrerades e-post" }).waitFor();
  assert.ok(!page.url().includes("kim"), "the identifier is not in the URL");
  assert.deepEqual(await axeViolations(page), [], "person search");
  // A hold on the person from the search result, listed on the retention page.
  const hold = page.getByRole("region", { name: "Bevara eller begränsa" });
  await hold.getByLabel("Motivering").fill("Tvist om bygglovet");
  await hold.getByRole("button", { name: "Besluta om bevarande" }).click();
  await page.getByRole("cell", { name: "E-postadress: kim@example.se" }).waitFor();
  assert.deepEqual(await axeViolations(page), [], "retention settings with a hold on a person");

  await page.getByRole("link", { name: "Registerförteckning" }).click();
  await page.getByRole("heading", { name: "Tidsfrister för radering" }).waitFor();
  await page.getByText(/Drift i Norr AB/).waitFor();
  assert.deepEqual(await axeViolations(page), [], "record of processing");

  await page.goto(server.url + "/privacy/e2e");
  await page.getByText("E-post, samtal, ärenden och inlägg: raderas 400 dagar efter avslut.").waitFor();
  assert.deepEqual(await axeViolations(page), [], "privacy page");
  await context.close();
});
