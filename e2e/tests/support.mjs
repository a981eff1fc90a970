// Test support: a real `samtal` server on a fresh database, a host site on another
// origin, and headless Chromium (Debian's package) driven by playwright-core.
import { spawn, execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import { chromium } from "playwright-core";

const here = dirname(fileURLToPath(import.meta.url));
export const bin = process.env.SAMTAL_BIN || join(here, "..", "..", "target", "debug", "samtal");
export const PASSWORD = "korrekt häst batteri häftklammer";

export function samtalCli(env, args, input) {
  return execFileSync(bin, args, { env: { ...process.env, ...env }, input, encoding: "utf8" });
}

/**
 * Starts `samtal serve` with an organisation, an admin and an agent: on a fresh SQLite
 * database, or, when SAMTAL_E2E_PG_URL names a PostgreSQL server, on a fresh database there
 * served by `nodes` processes (several nodes behind one database).
 */
export async function startServer({ nodes = 1 } = {}) {
  const dir = mkdtempSync(join(tmpdir(), "samtal-e2e-"));
  let databaseUrl = `sqlite://${dir}/samtal.db`;
  let dropDatabase = () => {};
  const pgAdmin = process.env.SAMTAL_E2E_PG_URL;
  if (pgAdmin) {
    const name = "samtal_e2e_" + process.pid + "_" + Date.now();
    execFileSync("psql", [pgAdmin, "-qAtc", `CREATE DATABASE ${name}`]);
    const u = new URL(pgAdmin);
    u.pathname = "/" + name;
    databaseUrl = u.toString();
    dropDatabase = () => execFileSync("psql", [pgAdmin, "-qAtc", `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`]);
  }
  const env = { SAMTAL_DATA_DIR: dir, DATABASE_URL: databaseUrl, SAMTAL_METRICS_LISTEN: "off", SAMTAL_LOG: "warn" };
  samtalCli(env, ["org", "create", "--slug", "e2e", "--name", "E2E kommun", "--regime", "public-authority"]);
  samtalCli(env, ["user", "create", "--org", "e2e", "--email", "admin@e2e.se", "--role", "admin", "--name", "Alva Admin", "--password-stdin"], PASSWORD + "\n");
  samtalCli(env, ["user", "create", "--org", "e2e", "--email", "agent@e2e.se", "--role", "agent", "--name", "Anna Agent", "--password-stdin"], PASSWORD + "\n");
  const token = samtalCli(env, ["token", "create", "--org", "e2e", "--user", "admin@e2e.se"]).trim();
  const children = [];
  const urls = [];
  const smtpAddrs = [];
  for (let i = 0; i < (pgAdmin ? nodes : 1); i++) {
    const child = spawn(bin, ["serve", "--listen", "127.0.0.1:0", "--smtp-listen", "127.0.0.1:0"], { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "inherit"] });
    children.push(child);
    urls.push(await new Promise((resolve, reject) => {
      let out = "";
      const timer = setTimeout(() => reject(new Error("server did not start: " + out)), 30000);
      child.stdout.on("data", (chunk) => {
        out += chunk;
        const smtp = out.match(/Receiving mail over SMTP on (\S+)/);
        if (smtp && !smtpAddrs[children.length - 1]) { smtpAddrs[children.length - 1] = smtp[1]; }
        const m = out.match(/Samtal is serving on (\S+)/);
        if (m) { clearTimeout(timer); resolve(m[1]); }
      });
      child.on("exit", (code) => reject(new Error("server exited " + code)));
    }));
  }
  const url = urls[0];
  const api = async (method, path, body) => {
    const res = await fetch(url + "/api/v1" + path, {
      method, headers: { authorization: "Bearer " + token, "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    if (!res.ok) { throw new Error(`${method} ${path}: ${res.status} ${text}`); }
    return text ? JSON.parse(text) : null;
  };
  const stop = async () => {
    await Promise.all(children.map((c) => new Promise((resolve) => { c.once("exit", resolve); c.kill("SIGTERM"); })));
    dropDatabase();
  };
  return { url, urls, smtp: smtpAddrs[0], backend: pgAdmin ? "postgres" : "sqlite", api, stop };
}

/** A plain HTML page on another origin that embeds the widget with one tag. */
export async function startHostSite(samtalUrl, org, flow, lang = "sv") {
  const html = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Kommunens webbplats</title></head>
<body><main><h1>Bygglov</h1><p>Här söker du bygglov.</p></main>
<script src="${samtalUrl}/widget.js" data-org="${org}" data-flow="${flow}" async></script></body></html>`;
  const server = createServer((req, res) => { res.writeHead(200, { "content-type": "text/html; charset=utf-8" }); res.end(html); });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${server.address().port}/`, stop: () => server.close() };
}

export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
      "--disable-component-update", "--disable-sync", "--disable-quic"],
  });
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** Signs a staff member of the e2e organisation in through the form at `baseUrl`. */
export async function signIn(page, baseUrl, email) {
  await page.goto(baseUrl + "/login?org=e2e");
  await page.getByLabel("E-postadress").fill(email);
  await page.getByLabel("Lösenord").fill(PASSWORD);
  await page.getByRole("button", { name: "Logga in" }).click();
}

/** axe-core violations on the page (run through DevTools, so the page's CSP does not block it). */
export async function axeViolations(page) {
  await page.evaluate(axeSource);
  const result = await page.evaluate(() => globalThis.axe.run(document, { resultTypes: ["violations"] }));
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
}

/** Delivers one message over SMTP to `addr` (host:port), as a mail server would. */
export async function deliverMail(addr, from, to, message) {
  const [host, port] = [addr.slice(0, addr.lastIndexOf(":")), Number(addr.slice(addr.lastIndexOf(":") + 1))];
  const socket = connect({ host, port });
  socket.setEncoding("utf8");
  let buffer = "";
  const replies = [];
  let waiting = null;
  socket.on("data", (chunk) => {
    buffer += chunk;
    let i;
    while ((i = buffer.indexOf("\r\n")) >= 0) {
      const line = buffer.slice(0, i);
      buffer = buffer.slice(i + 2);
      if (line[3] === " ") { replies.push(line); if (waiting) { const w = waiting; waiting = null; w(); } }
    }
  });
  const reply = () => new Promise((resolve) => {
    if (replies.length) { resolve(replies.shift()); } else { waiting = () => resolve(replies.shift()); }
  });
  const expect = async (code) => { const r = await reply(); if (!r.startsWith(code)) { throw new Error(`SMTP: expected ${code}, got ${r}`); } };
  await expect("220");
  for (const [line, code] of [["EHLO e2e", "250"], [`MAIL FROM:<${from}>`, "250"], [`RCPT TO:<${to}>`, "250"], ["DATA", "354"]]) {
    socket.write(line + "\r\n");
    await expect(code);
  }
  socket.write(message.replace(/\r?\n/g, "\r\n") + "\r\n.\r\n");
  await expect("250");
  socket.write("QUIT\r\n");
  await expect("221");
  socket.end();
}
