// Samtal agent inbox: a WebSocket to /inbox/ws; all text is inserted with textContent.
"use strict";
(function () {
  var rootEl = document.getElementById("inbox");
  if (!rootEl) { return; }
  var T = JSON.parse(document.getElementById("inbox-i18n").textContent);
  var me = Number(rootEl.getAttribute("data-me"));
  var list = document.getElementById("conversations");
  var heading = document.getElementById("view-heading");
  var meta = document.getElementById("view-meta");
  var actions = document.getElementById("view-actions");
  var messages = document.getElementById("messages");
  var composer = document.getElementById("composer");
  var reply = document.getElementById("reply");
  var internal = document.getElementById("internal");
  var errorEl = document.getElementById("composer-error");
  var typingEl = document.getElementById("visitor-typing");
  var connection = document.getElementById("connection");
  var presence = document.getElementById("presence");
  var dialog = document.getElementById("sensitive-dialog");
  var current = null, seen = {}, lastSeq = 0, ws = null, retry = 0;
  // A reply sent and not yet acknowledged: it stays in the box until the server stores it.
  var pending = null;

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text !== undefined) { e.textContent = text; }
    return e;
  }
  function send(frame) { if (ws && ws.readyState === 1) { ws.send(JSON.stringify(frame)); } }

  function connect() {
    ws = new WebSocket(location.origin.replace(/^http/, "ws") + "/inbox/ws");
    ws.onopen = function () {
      retry = 0; connection.textContent = "";
      send({ type: "presence", status: presence.value });
      if (current) { send({ type: "open", conversation: current, last_seq: lastSeq }); }
    };
    ws.onmessage = function (e) {
      var f = JSON.parse(e.data);
      if (f.type === "inbox") { renderList(f.conversations); }
      else if (f.type === "conversation") { renderConversation(f); }
      else if (f.type === "message") { if (f.message.conversation === current) { addMessage(f.message); } }
      else if (f.type === "activity" && f.conversation !== current) {
        var b = list.querySelector('[data-id="' + Number(f.conversation) + '"]');
        if (b && !b.classList.contains("unread")) { b.classList.add("unread"); b.appendChild(el("span", { class: "badge" }, " • " + T.unread)); }
      }
      else if (f.type === "typing" && f.conversation === current && f.by === "visitor") { typingEl.textContent = f.typing ? T.typing : ""; }
      else if (f.type === "closed" && f.conversation === current) { meta.textContent = T.closed; }
      else if (f.type === "masked") { if (f.message.conversation === current) { replaceMessage(f.message); } }
      else if (f.type === "error" && f.code === "sensitive_unconfirmed" && pending && f.conversation === pending.conversation) { askSensitive(f.kinds); }
      else if (f.type === "error") { errorEl.hidden = false; errorEl.textContent = f.message; }
      else if (f.type === "ack") {
        errorEl.hidden = true;
        if (pending && f.conversation === pending.conversation) {
          if (reply.value.trim() === pending.body) { reply.value = ""; internal.checked = false; }
          pending = null;
        }
      }
    };
    ws.onclose = function () {
      connection.textContent = T.reconnecting;
      retry = Math.min(retry + 1, 6);
      setTimeout(connect, 500 * Math.pow(2, retry - 1));
    };
  }

  function renderList(items) {
    list.textContent = "";
    items.forEach(function (c) {
      var li = el("li");
      var label = "#" + c.id + " " + (c.name || T.visitor) + " – " + (c.flow_name ? c.flow_name + ", " : "") + (T["status_" + c.status] || c.status);
      var b = el("button", { type: "button", class: "open-conversation", "data-id": c.id }, label);
      if (c.id === current) { b.setAttribute("aria-current", "true"); }
      li.appendChild(b);
      list.appendChild(li);
    });
    if (!items.length) { list.appendChild(el("li", { class: "hint" }, T.empty)); }
  }

  document.addEventListener("click", function (e) {
    var b = e.target.closest && e.target.closest(".open-conversation");
    if (!b) { return; }
    current = Number(b.getAttribute("data-id")); seen = {}; lastSeq = 0;
    messages.textContent = ""; typingEl.textContent = "";
    send({ type: "open", conversation: current, last_seq: 0 });
  });

  function renderConversation(f) {
    current = f.conversation;
    heading.textContent = "#" + f.conversation + " " + (f.name || T.visitor);
    meta.textContent = (T["status_" + f.status] || f.status) + (f.email ? " · " + f.email : "");
    actions.hidden = false;
    document.getElementById("accept").hidden = !(f.status === "queued" || f.status === "offline");
    composer.hidden = f.status === "closed";
    showHoldPanel(f);
    f.messages.forEach(addMessage);
    heading.focus();
    suggestGuides();
  }

  // Admins and the DPO may hold the open conversation, or everything about its visitor.
  function showHoldPanel(f) {
    var panel = document.getElementById("hold-panel");
    if (!panel) { return; }
    document.getElementById("hold-target-id").value = String(Number(f.conversation));
    document.getElementById("hold-identifier").value = f.email || "";
    document.getElementById("hold-person-choice").hidden = !f.email;
    document.getElementById("hold-on-conversation").checked = true;
    panel.hidden = false;
  }

  // Guides that match what the visitor wrote; "insert" puts a guide's text in the reply box.
  var guideBox = document.getElementById("guide-suggestions");
  var guideList = document.getElementById("guide-list");
  var guideTimer = null;
  function suggestGuides() {
    if (guideTimer) { clearTimeout(guideTimer); }
    guideTimer = setTimeout(function () {
      var asked = current;
      fetch("/inbox/conversations/" + Number(asked) + "/guides", { credentials: "same-origin" })
        .then(function (r) { return r.ok ? r.json() : []; })
        .then(function (guides) {
          if (asked !== current) { return; }
          guideList.textContent = "";
          guides.forEach(function (g) {
            var li = el("li", {}, g.title + (g.internal ? " (" + T.internal_guide + ") " : " "));
            var b = el("button", { type: "button", class: "insert-guide" }, T.insert_guide);
            b.appendChild(el("span", { class: "visually-hidden" }, ": " + g.title));
            b.addEventListener("click", function () {
              reply.value = reply.value ? reply.value + "\n\n" + g.body : g.body;
              reply.focus();
            });
            li.appendChild(b);
            guideList.appendChild(li);
          });
          guideBox.hidden = guides.length === 0;
        })
        .catch(function () { guideBox.hidden = true; });
    }, 300);
  }

  function kindName(f) { return T.kinds[f.category || f.kind] || f.category || f.kind; }
  // An organisation's number is not personal data: shown, never offered for masking.
  function maskable(findings) { return (findings || []).filter(function (f) { return f.kind !== "organisationsnummer"; }); }
  // "personnummer, telefonnummer och uppgift om hälsa"
  function kindList(codes) {
    var names = codes.map(function (c) { return T.kinds[c] || c; });
    return names.length > 1 ? names.slice(0, -1).join(", ") + " " + T.list_and + " " + names[names.length - 1] : names.join("");
  }

  // Findings are byte spans in the UTF-8 body: highlight them without ever parsing HTML.
  function highlighted(body, findings) {
    var frag = document.createDocumentFragment();
    var bytes = new TextEncoder().encode(body), dec = new TextDecoder(), pos = 0;
    (findings || []).slice().sort(function (a, b) { return a.start - b.start; }).forEach(function (f) {
      if (f.start < pos) { return; }
      frag.appendChild(document.createTextNode(dec.decode(bytes.slice(pos, f.start))));
      var label = kindName(f);
      var mark = el("mark", { class: "finding", title: label }, dec.decode(bytes.slice(f.start, f.end)));
      mark.appendChild(el("span", { class: "visually-hidden" }, " (" + T.finding + " " + label + ")"));
      frag.appendChild(mark);
      pos = f.end;
    });
    frag.appendChild(document.createTextNode(dec.decode(bytes.slice(pos))));
    return frag;
  }

  function renderMessage(m) {
    var cls = "msg " + m.sender + (m.internal ? " internal" : "");
    var li = el("div", { class: cls, "data-seq": m.seq });
    var who = m.internal ? T.note : (m.sender === "visitor" ? T.visitor : (m.agent_id === me ? T.you : T.agent));
    li.appendChild(el("span", { class: "who" }, who + ": "));
    var body = el("span", { class: "body" });
    body.appendChild(highlighted(m.body, m.findings));
    li.appendChild(body);
    if (m.file) {
      li.appendChild(document.createTextNode(" "));
      li.appendChild(el("a", { href: "/inbox/files/" + Number(m.file), download: "" }, T.download));
    }
    var found = maskable(m.findings);
    if (found.length) {
      var tools = el("div", { class: "actions mask-tools" });
      found.forEach(function (f) {
        var b = el("button", { type: "button", class: "mask" }, T.mask_kind.replace("{kind}", kindName(f)));
        b.addEventListener("click", function () { send({ type: "mask", conversation: m.conversation, seq: m.seq, start: f.start, end: f.end }); });
        tools.appendChild(b);
      });
      if (found.length > 1) {
        var all = el("button", { type: "button", class: "mask" }, T.mask_all);
        all.addEventListener("click", function () { send({ type: "mask", conversation: m.conversation, seq: m.seq, all: true }); });
        tools.appendChild(all);
      }
      li.appendChild(tools);
    }
    return li;
  }

  function addMessage(m) {
    if (seen[m.seq]) { return; }
    seen[m.seq] = true; lastSeq = Math.max(lastSeq, m.seq);
    messages.appendChild(renderMessage(m));
    messages.scrollTop = messages.scrollHeight;
    if (m.sender === "visitor" && !m.internal) { suggestGuides(); }
  }

  // A masked message replaces its old version in place.
  function replaceMessage(m) {
    var old = messages.querySelector('[data-seq="' + Number(m.seq) + '"]');
    if (old) { old.replaceWith(renderMessage(m)); }
  }

  // The server found sensitive data in the reply: ask (the text stays), then send confirmed.
  function askSensitive(kinds) {
    document.getElementById("sensitive-text").textContent = T.sensitive_ask.replace("{kinds}", kindList(kinds || []));
    dialog.showModal();
  }
  document.getElementById("sensitive-send").addEventListener("click", function () {
    dialog.close();
    if (pending) { send({ type: "send", conversation: pending.conversation, body: pending.body, internal: pending.internal, confirm_sensitive: true }); }
  });
  document.getElementById("sensitive-edit").addEventListener("click", function () { dialog.close(); });
  dialog.addEventListener("close", function () { reply.focus(); });

  composer.addEventListener("submit", function (e) {
    e.preventDefault();
    var text = reply.value.trim();
    if (!text || !current) { return; }
    pending = { conversation: current, body: text, internal: internal.checked };
    send({ type: "send", conversation: current, body: text, internal: internal.checked });
  });
  reply.addEventListener("keydown", function (e) {
    if (e.key === "Enter" && !e.shiftKey) { e.preventDefault(); composer.requestSubmit(); }
  });
  document.getElementById("saved").addEventListener("change", function (e) {
    if (e.target.value) { reply.value = e.target.value; e.target.value = ""; reply.focus(); }
  });
  document.getElementById("accept").addEventListener("click", function () {
    send({ type: "accept", conversation: current });
    send({ type: "open", conversation: current, last_seq: lastSeq });
  });
  document.getElementById("close-conversation").addEventListener("click", function () { send({ type: "close", conversation: current }); });
  document.getElementById("transfer").addEventListener("click", function () {
    var v = document.getElementById("transfer-to").value;
    if (!v) { return; }
    var parts = v.split(":");
    send({ type: "transfer", conversation: current, to_agent: parts[0] === "agent" ? Number(parts[1]) : null, to_flow: parts[0] === "flow" ? Number(parts[1]) : null });
  });
  presence.addEventListener("change", function () { send({ type: "presence", status: presence.value }); });
  connect();
}());
