/*
 * Samtal chat widget. Plain JavaScript, no build step, no dependencies.
 * Embed: <script src="https://SAMTAL/widget.js" data-org="SLUG" data-flow="FLOW" async></script>
 * Nothing is requested, and no cookie or storage is used, until the visitor opens the chat.
 * Every text from the server is inserted with textContent, never as HTML.
 */
(function () {
  "use strict";
  var script = document.currentScript || document.querySelector("script[data-org][data-flow]");
  if (!script || window.__samtalWidget) { return; }
  window.__samtalWidget = true;
  var base = new URL(script.src, location.href).origin;
  var org = script.getAttribute("data-org");
  var flow = script.getAttribute("data-flow");
  var pageLang = (document.documentElement.lang || "").toLowerCase().slice(0, 2);
  var lang = script.getAttribute("data-lang") || (pageLang === "en" ? "en" : "sv");
  var storeKey = "samtal:" + org + ":" + flow;

  var T = {
    sv: {
      open: "Chatta med oss", title: "Chatt", close: "Minimera chatten", start: "Starta chatten",
      ack: "Jag har läst informationen om hur mina personuppgifter behandlas", name: "Ditt namn",
      email: "Din e-postadress", optional: "(frivilligt)", message: "Meddelande", send: "Skicka",
      end: "Avsluta chatten", queue: "Du är nummer {n} i kön.", joined: "{name} har anslutit.",
      typing: "Handläggaren skriver …", closed: "Chatten är avslutad. Tack!", offline:
      "Just nu är chatten stängd. Lämna ett meddelande så återkommer vi.", leave: "Lämna meddelande",
      left: "Tack! Ditt meddelande är mottaget.", you: "Du", agent: "Handläggare", error: "Något gick fel: ",
      reconnecting: "Anslutningen bröts, återansluter …", transferred: "Du har kopplats vidare.",
      pnr: "Det ser ut som ett personnummer. Skicka ändå?", required: "Fyll i de obligatoriska fälten.",
      attach: "Bifoga fil", attached: "Filen är skickad.", transcript: "Mejla mig chatten", transcriptSend: "Skicka utskriften", transcriptQueued: "Utskriften skickas till din e-post.",
      question: "Vad gäller din fråga?", maybe: "Kanske finns svaret redan här:", guide: "Vägledning", forum: "Forumsvar"
    },
    en: {
      open: "Chat with us", title: "Chat", close: "Minimise the chat", start: "Start chatting",
      ack: "I have read how my personal data is processed", name: "Your name",
      email: "Your e-mail address", optional: "(optional)", message: "Message", send: "Send",
      end: "End the chat", queue: "You are number {n} in the queue.", joined: "{name} has joined.",
      typing: "The agent is typing …", closed: "The chat has ended. Thank you!", offline:
      "The chat is closed right now. Leave a message and we will get back to you.", leave: "Leave a message",
      left: "Thank you! Your message has been received.", you: "You", agent: "Agent", error: "Something went wrong: ",
      reconnecting: "Connection lost, reconnecting …", transferred: "You have been transferred.",
      pnr: "This looks like a Swedish personal identity number. Send anyway?", required: "Please fill in the required fields.",
      attach: "Attach a file", attached: "The file has been sent.", transcript: "E-mail me the chat", transcriptSend: "Send the transcript", transcriptQueued: "The transcript is on its way to your e-mail.",
      question: "What is your question about?", maybe: "The answer may already be here:", guide: "Guide", forum: "Forum answer"
    }
  };
  function t(key, vars) {
    var s = (T[lang] || T.sv)[key] || key;
    Object.keys(vars || {}).forEach(function (k) { s = s.replace("{" + k + "}", vars[k]); });
    return s;
  }
  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text !== undefined) { e.textContent = text; }
    return e;
  }

  // The widget lives in a shadow root so the host page's styles do not reach it.
  var host = el("div", { id: "samtal-widget" });
  document.body.appendChild(host);
  var root = host.attachShadow({ mode: "open" });
  root.appendChild(el("link", { rel: "stylesheet", href: base + "/widget.css" }));
  var launcher = el("button", { type: "button", class: "launcher", "aria-expanded": "false", "aria-controls": "samtal-panel" }, t("open"));
  root.appendChild(launcher);
  var panel = el("section", { id: "samtal-panel", class: "panel", role: "dialog", "aria-modal": "false", "aria-labelledby": "samtal-title", hidden: "" });
  root.appendChild(panel);

  var state = { config: null, token: null, conversation: null, lastSeq: 0, ws: null, ended: false, retry: 0, seen: {} };
  var log, input, status, typingNote;

  launcher.addEventListener("click", function () {
    if (panel.hidden) { openPanel(); } else { minimise(); }
  });
  panel.addEventListener("keydown", function (e) {
    if (e.key === "Escape") { minimise(); }
  });

  function minimise() {
    panel.hidden = true;
    launcher.setAttribute("aria-expanded", "false");
    launcher.focus();
  }

  function openPanel() {
    panel.hidden = false;
    launcher.setAttribute("aria-expanded", "true");
    if (state.config) { focusFirst(); return; }
    var saved = null;
    try { saved = JSON.parse(sessionStorage.getItem(storeKey) || "null"); } catch (e) { saved = null; }
    fetch(base + "/chat/" + encodeURIComponent(org) + "/" + encodeURIComponent(flow) + "/config?lang=" + lang)
      .then(function (r) { if (!r.ok) { throw new Error(r.status); } return r.json(); })
      .then(function (config) {
        state.config = config;
        if (saved && saved.token) {
          state.token = saved.token; state.conversation = saved.conversation;
          renderChat(); connect();
        } else if (config.open) { renderStart(); } else { renderOffline(); }
      })
      .catch(function (e) { renderError(String(e.message || e)); });
  }

  function header() {
    panel.textContent = "";
    var head = el("header");
    head.appendChild(el("h2", { id: "samtal-title", tabindex: "-1" }, (state.config && state.config.name) || t("title")));
    var min = el("button", { type: "button", class: "minimise", "aria-label": t("close") }, "×");
    min.addEventListener("click", minimise);
    head.appendChild(min);
    panel.appendChild(head);
  }

  function focusFirst() {
    var target = panel.querySelector("input, textarea, button.primary") || panel.querySelector("h2");
    if (target) { target.focus(); }
  }

  function field(form, id, label, type, required) {
    var wrap = el("p", { class: "field" });
    var l = el("label", { for: id }, label + (required ? "" : " " + t("optional")));
    var i = type === "textarea" ? el("textarea", { id: id, rows: "3" }) : el("input", { id: id, type: type });
    if (required) { i.required = true; i.setAttribute("aria-required", "true"); }
    wrap.appendChild(l); wrap.appendChild(i); form.appendChild(wrap);
    return i;
  }

  function notice(form) {
    var n = state.config.notice;
    if (!n) { return null; }
    form.appendChild(el("p", { class: "notice", id: "samtal-notice" }, n.body));
    if (!n.require_ack) { return null; }
    var wrap = el("p", { class: "ack" });
    var box = el("input", { type: "checkbox", id: "samtal-ack", required: "", "aria-describedby": "samtal-notice" });
    wrap.appendChild(box);
    wrap.appendChild(el("label", { for: "samtal-ack" }, t("ack")));
    form.appendChild(wrap);
    return box;
  }

  function renderStart() {
    header();
    var c = state.config;
    var form = el("form", { novalidate: "" });
    if (c.welcome) { form.appendChild(el("p", { class: "welcome" }, c.welcome)); }
    var ack = notice(form);
    var name = c.require_name ? field(form, "samtal-name", t("name"), "text", true) : null;
    var email = c.require_email ? field(form, "samtal-email", t("email"), "email", true) : null;
    var question = field(form, "samtal-question", t("question"), "textarea", false);
    var hints = el("div", { class: "suggestions", "aria-live": "polite" });
    form.appendChild(hints);
    suggestAsTyped(question, hints);
    var err = el("p", { class: "error", role: "alert" });
    form.appendChild(err);
    form.appendChild(el("button", { type: "submit", class: "primary" }, t("start")));
    form.addEventListener("submit", function (e) {
      e.preventDefault();
      if ((ack && !ack.checked) || (name && !name.value.trim()) || (email && !email.value.trim())) {
        err.textContent = t("required"); return;
      }
      state.pendingQuestion = question.value.trim();
      if (/\b(19|20)?\d{6}[-+ ]?\d{4}\b/.test(state.pendingQuestion) && !window.confirm(t("pnr"))) { return; }
      start({ name: name ? name.value : null, email: email ? email.value : null }, err);
    });
    panel.appendChild(form);
    focusFirst();
  }

  // "Search before you ask": guides and forum answers that match the question as it is
  // typed. The query goes to the organisation's own help search, which stores nothing.
  function suggestAsTyped(input, box) {
    var timer = null, asked = "";
    input.addEventListener("input", function () {
      if (timer) { clearTimeout(timer); }
      timer = setTimeout(function () {
        var q = input.value.trim();
        if (q === asked) { return; }
        asked = q;
        if (q.length < 3) { box.textContent = ""; return; }
        // The question goes in the body, never in a URL (proxies log URLs); plain text needs no preflight.
        fetch(base + "/help/" + encodeURIComponent(org) + "/suggest", { method: "POST", body: Array.from(q).slice(0, 200).join("") })
          .then(function (r) { return r.ok ? r.json() : []; })
          .then(function (list) {
            if (q !== asked) { return; }
            box.textContent = "";
            if (!list.length) { return; }
            box.appendChild(el("p", { class: "maybe" }, t("maybe")));
            var ul = el("ul");
            list.forEach(function (s) {
              var li = el("li");
              var a = el("a", { href: s.url, target: "_blank", rel: "noopener" }, s.title);
              li.appendChild(a);
              li.appendChild(document.createTextNode(" (" + t(s.kind === "guide" ? "guide" : "forum") + ")"));
              ul.appendChild(li);
            });
            box.appendChild(ul);
          })
          .catch(function () { box.textContent = ""; });
      }, 250);
    });
  }

  function renderOffline() {
    header();
    var form = el("form", { novalidate: "" });
    form.appendChild(el("p", { class: "welcome" }, t("offline")));
    var ack = notice(form);
    var name = field(form, "samtal-name", t("name"), "text", state.config.require_name);
    var email = field(form, "samtal-email", t("email"), "email", true);
    var text = field(form, "samtal-message", t("message"), "textarea", true);
    var err = el("p", { class: "error", role: "alert" });
    form.appendChild(err);
    form.appendChild(el("button", { type: "submit", class: "primary" }, t("leave")));
    form.addEventListener("submit", function (e) {
      e.preventDefault();
      if ((ack && !ack.checked) || !email.value.trim() || !text.value.trim()) { err.textContent = t("required"); return; }
      start({ name: name.value, email: email.value, message: text.value }, err, true);
    });
    panel.appendChild(form);
    focusFirst();
  }

  function start(fields, err, offline) {
    var n = state.config.notice;
    var body = { language: lang, name: fields.name || null, email: fields.email || null,
      notice_version: n ? n.version : null, message: fields.message || null };
    fetch(base + "/chat/" + encodeURIComponent(org) + "/" + encodeURIComponent(flow) + "/conversations", {
      method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body)
    }).then(function (r) {
      return r.json().then(function (j) { if (!r.ok) { throw new Error((j.error && j.error.message) || r.status); } return j; });
    }).then(function (j) {
      if (offline) { header(); var done = el("p", { role: "status", tabindex: "-1" }, t("left")); panel.appendChild(done); done.focus(); return; }
      state.token = j.token; state.conversation = j.conversation;
      try { sessionStorage.setItem(storeKey, JSON.stringify({ token: j.token, conversation: j.conversation })); } catch (e) { /* storage may be off */ }
      renderChat(); connect();
    }).catch(function (e) { err.textContent = t("error") + (e.message || e); });
  }

  function renderChat() {
    header();
    status = el("p", { class: "status", role: "status" });
    log = el("div", { class: "log", role: "log", "aria-live": "polite", "aria-label": t("title") });
    typingNote = el("p", { class: "typing", "aria-live": "off" });
    var form = el("form", { class: "compose" });
    var label = el("label", { for: "samtal-input", class: "visually-hidden" }, t("message"));
    input = el("textarea", { id: "samtal-input", rows: "2", maxlength: "4000" });
    var send = el("button", { type: "submit", class: "primary" }, t("send"));
    form.appendChild(label); form.appendChild(input); form.appendChild(send);
    var end = el("button", { type: "button", class: "end" }, t("end"));
    var mail = el("form", { class: "transcript" });
    var mailField = field(mail, "samtal-transcript-email", t("email"), "email", false);
    mail.appendChild(el("button", { type: "submit" }, t("transcriptSend")));
    mail.addEventListener("submit", function (e) {
      e.preventDefault();
      sendFrame({ type: "transcript", email: mailField.value.trim() || null });
    });
    if (state.config.upload_allowed) {
      var fileWrap = el("p", { class: "field attach" });
      var fileInput = el("input", { type: "file", id: "samtal-file", accept: "image/png,image/jpeg,application/pdf,text/plain" });
      fileWrap.appendChild(el("label", { for: "samtal-file" }, t("attach")));
      fileWrap.appendChild(fileInput);
      panel.appendChild(fileWrap);
      fileInput.addEventListener("change", function () {
        var file = fileInput.files[0];
        if (!file) { return; }
        fetch(base + "/chat/" + encodeURIComponent(org) + "/" + encodeURIComponent(flow) + "/conversations/" +
          state.conversation + "/files?name=" + encodeURIComponent(file.name), {
          method: "POST", headers: { "x-samtal-token": state.token }, body: file
        }).then(function (r) {
          return r.json().then(function (j) { if (!r.ok) { throw new Error((j.error && j.error.message) || r.status); } });
        }).then(function () { status.textContent = t("attached"); fileInput.value = ""; })
          .catch(function (e) { status.textContent = t("error") + (e.message || e); });
      });
    }
    var details = el("details", { class: "transcript-box" });
    details.appendChild(el("summary", {}, t("transcript")));
    details.appendChild(mail);
    panel.appendChild(status); panel.appendChild(log); panel.appendChild(typingNote); panel.appendChild(form); panel.appendChild(end); panel.appendChild(details);
    form.addEventListener("submit", function (e) { e.preventDefault(); submit(); });
    input.addEventListener("keydown", function (e) {
      if (e.key === "Enter" && !e.shiftKey) { e.preventDefault(); submit(); }
    });
    var typingTimer = null;
    input.addEventListener("input", function () {
      if (!typingTimer) { sendFrame({ type: "typing", typing: true }); }
      clearTimeout(typingTimer);
      typingTimer = setTimeout(function () { typingTimer = null; sendFrame({ type: "typing", typing: false }); }, 2000);
    });
    end.addEventListener("click", function () { sendFrame({ type: "close" }); });
    input.focus();
  }

  function submit() {
    var text = input.value.trim();
    if (!text || state.ended) { return; }
    // A gentle warning before an identity number is sent (the server scans it too).
    if (/\b(19|20)?\d{6}[-+ ]?\d{4}\b/.test(text) && !window.confirm(t("pnr"))) { return; }
    sendFrame({ type: "send", body: text, client_id: String(Date.now()) });
    input.value = "";
  }

  function sendFrame(frame) {
    if (state.ws && state.ws.readyState === 1) { state.ws.send(JSON.stringify(frame)); }
  }

  function connect() {
    var ws = new WebSocket(base.replace(/^http/, "ws") + "/chat/ws");
    state.ws = ws;
    ws.onopen = function () {
      state.retry = 0;
      ws.send(JSON.stringify({ type: "hello", token: state.token, conversation: state.conversation, last_seq: state.lastSeq }));
    };
    ws.onmessage = function (e) {
      var f; try { f = JSON.parse(e.data); } catch (x) { return; }
      if (f.type === "welcome") {
        status.textContent = f.queue_position > 0 ? t("queue", { n: f.queue_position }) : "";
        if (f.status === "closed") { ended(); }
        if (state.pendingQuestion) {
          sendFrame({ type: "send", body: state.pendingQuestion, client_id: String(Date.now()) });
          state.pendingQuestion = "";
        }
      } else if (f.type === "message") { addMessage(f.message); }
      else if (f.type === "queue") { status.textContent = t("queue", { n: f.position }); }
      else if (f.type === "agent_joined") { status.textContent = t("joined", { name: f.agent }); }
      else if (f.type === "typing" && f.by === "agent") { typingNote.textContent = f.typing ? t("typing") : ""; }
      else if (f.type === "transferred") { status.textContent = t("transferred"); }
      else if (f.type === "closed") { ended(); }
      else if (f.type === "transcript_queued") { status.textContent = t("transcriptQueued"); }
      else if (f.type === "error") {
        status.textContent = t("error") + f.message;
        if (f.code === "unauthenticated" || f.code === "not_found") { forget(); }
      }
    };
    ws.onclose = function () {
      if (state.ended || state.ws !== ws) { return; }
      status.textContent = t("reconnecting");
      state.retry = Math.min(state.retry + 1, 6);
      setTimeout(connect, 500 * Math.pow(2, state.retry - 1));
    };
  }

  function addMessage(m) {
    if (state.seen[m.seq]) { return; } // exactly once, also across reconnects
    state.seen[m.seq] = true;
    state.lastSeq = Math.max(state.lastSeq, m.seq);
    var item = el("div", { class: "msg " + m.sender });
    item.appendChild(el("span", { class: "who" }, (m.sender === "visitor" ? t("you") : t("agent")) + ": "));
    item.appendChild(el("span", { class: "body" }, m.body));
    log.appendChild(item);
    log.scrollTop = log.scrollHeight;
    if (m.sender === "agent") { typingNote.textContent = ""; }
  }

  function ended() {
    state.ended = true;
    status.textContent = t("closed");
    if (input) { input.disabled = true; }
    forget();
  }

  function forget() {
    try { sessionStorage.removeItem(storeKey); } catch (e) { /* ignore */ }
  }

  function renderError(message) {
    header();
    panel.appendChild(el("p", { role: "alert", class: "error" }, t("error") + message));
  }
}());
