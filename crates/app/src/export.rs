//! Access requests (Art. 15): one zip with everything held about a person, found by
//! e-mail address, phone number or personnummer. `export.json` (format `samtal-export`, version 1, documented in
//! `LÄSMIG.txt`), a readable `index.html`, the files the person sent, and the Art. 15
//! information generated from the live configuration. Identifiers of other people in
//! what staff wrote are masked.

use crate::authz::Handler;
use crate::people::Person;
use crate::retention::mask_identifiers;
use crate::{App, AppError, Result};
use domain::audit::{Action, DetailValue, NewEvent};
use domain::{CaseId, ConversationId, Timestamp};
use privacy::registry::{OnExport, PERSONAL, Subject};
use serde_json::{Value, json};
use std::io::Write;

/// The zip's bytes and what it holds.
pub struct Export {
    pub zip: Vec<u8>,
    pub json: Value,
}

const README: &str = "Samtal: utdrag av personuppgifter (registerutdrag enligt artikel 15 i dataskyddsförordningen)

export.json   allt som finns om dig, maskinläsbart (format samtal-export, version 1)
index.html    samma sak att läsa i en webbläsare
filer/        filer du har skickat (i chatten eller som bilagor till e-post)

export.json:
  organisation     den personuppgiftsansvariga organisationen
  subject          den e-postadress, det telefonnummer eller personnummer utdraget gäller
  information      ändamål, kategorier av uppgifter, mottagare, lagringstider, dina rättigheter
                   och var du kan klaga (artikel 15.1 a-h)
  chat             chattsamtal: tider, namn och e-post du angav, meddelanden (from: you, staff, system)
  cases            e-postärenden: ämne, meddelanden (direction: in = från dig, out = svar, note =
                   intern anteckning), bilagor
  forum            foruminlägg du har skrivit
  queued_mail      e-post till dig som väntar på att skickas
  contacts         kontaktuppgifter som organisationen har registrerat
Personuppgifter om andra personer i det personalen skrivit är ersatta med [e-post], [telefon] osv.
";

fn html_escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;").replace('\'', "&#39;")
}

fn at(micros: i64) -> String {
    Timestamp(micros).rfc3339()
}

/// A file name safe inside the zip.
fn zip_name(prefix: &str, id: i64, name: &str) -> String {
    let clean: String = name.chars().filter(|c| c.is_alphanumeric() || matches!(c, '.' | '-' | '_')).take(80).collect();
    format!("filer/{prefix}-{id}-{}", if clean.is_empty() { "fil".into() } else { clean })
}

impl App {
    /// The export for an access request (admin, DPO or the operator); audited with counts.
    pub async fn export_person(&self, handler: Handler<'_>, person: &Person) -> Result<Export> {
        handler.require()?;
        let (org, actor) = (handler.org(), handler.actor());
        let organisation = self.db().org_by_id(org).await?.ok_or(AppError::NotFound)?;
        let scope = self.db().org(org);
        let items = self.person_items_of(org, person).await?;
        let mut files: Vec<(String, Vec<u8>)> = Vec::new();

        let mut chat = Vec::new();
        for id in &items.conversations {
            let Some(conv) = scope.conversation(ConversationId(*id)).await? else { continue };
            let mut messages = Vec::new();
            for m in scope.messages_after(ConversationId(*id), 0, true).await? {
                let from = match m.sender.as_str() {
                    "visitor" => "you",
                    "agent" => "staff",
                    _ => "system",
                };
                let text = if from == "you" { m.body.clone() } else { mask_identifiers(&m.body) };
                let mut message = json!({"at": at(m.created_at), "from": from, "text": text});
                if let Some(file) = m.file_id
                    && let Some((info, content)) = scope.file(file).await?
                {
                    let path = zip_name("chatt", file, &info.file_name);
                    message["file"] = json!({"name": info.file_name, "path": path});
                    files.push((path, content));
                }
                messages.push(message);
            }
            chat.push(json!({
                "conversation": conv.id,
                "started_at": at(conv.created_at),
                "closed_at": conv.closed_at.map(at),
                "name": conv.visitor_name,
                "email": conv.visitor_email,
                "privacy_notice_version": conv.notice_version,
                "messages": messages,
            }));
        }

        let mut cases = Vec::new();
        for id in &items.cases {
            let Some(case) = scope.case(CaseId(*id)).await? else { continue };
            let attachments = scope.case_attachments(CaseId(*id)).await?;
            let mut messages = Vec::new();
            for m in scope.case_messages(CaseId(*id)).await? {
                let own = m.direction == "in";
                let mut files_of = Vec::new();
                for a in attachments.iter().filter(|a| a.case_message_id == m.id && own) {
                    if let Some((info, content)) = scope.case_attachment(a.id).await? {
                        let path = zip_name("arende", a.id, &info.file_name);
                        files_of.push(json!({"name": info.file_name, "path": path}));
                        files.push((path, content));
                    }
                }
                messages.push(json!({
                    "at": at(m.created_at),
                    "direction": m.direction,
                    "from": if own { m.from_address.clone() } else { None },
                    "subject": m.subject,
                    "text": if own { m.body_text.clone() } else { mask_identifiers(&m.body_text) },
                    "attachments": files_of,
                }));
            }
            cases.push(json!({
                "case": case.number,
                "subject": case.subject,
                "status": case.status,
                "name": case.customer_name,
                "email": case.customer_email,
                "created_at": at(case.created_at),
                "closed_at": case.closed_at.map(at),
                "messages": messages,
            }));
        }

        let mut forum = Vec::new();
        let posts = items.questions.iter().copied().chain(items.answers.iter().map(|(a, _)| *a));
        for id in posts {
            if let Some(p) = scope.forum_post(domain::PostId(id)).await? {
                forum.push(json!({
                    "post": p.id,
                    "question": p.question_id,
                    "title": p.title,
                    "text": p.body,
                    "name": p.author_name,
                    "email": p.author_email,
                    "status": p.status,
                    "written_at": at(p.created_at),
                    "privacy_notice_version": p.notice_version,
                }));
            }
        }
        let mut queued = Vec::new();
        for id in &items.queued_mail {
            if let Some(m) = scope.queued_mail(*id).await? {
                queued.push(json!({"subject": m.0, "queued_at": at(m.1)}));
            }
        }
        let mut contacts = Vec::new();
        for id in &items.contacts {
            if let Some(c) = scope.contact(domain::ContactId(*id)).await? {
                contacts.push(json!({
                    "name": c.display_name, "email": c.email, "phone": c.phone, "personnummer": c.personnummer,
                    "registered_at": at(c.created_at),
                }));
            }
        }

        let information = self.article_15_information(&organisation).await?;
        let export = json!({
            "format": "samtal-export",
            "version": 1,
            "generated_at": Timestamp::now().rfc3339(),
            "organisation": {"name": organisation.name, "slug": organisation.slug},
            "subject": match person {
                Person::Email(email) => json!({"email": email.as_str()}),
                Person::Number { kind, digits } => json!({ kind.as_str(): digits }),
            },
            "information": information,
            "chat": chat,
            "cases": cases,
            "forum": forum,
            "queued_mail": queued,
            "contacts": contacts,
        });
        let html = export_html(&export);
        let zip = (|| -> std::io::Result<Vec<u8>> {
            let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
            let options = zip::write::SimpleFileOptions::default();
            out.start_file("LÄSMIG.txt", options)?;
            out.write_all(README.as_bytes())?;
            out.start_file("export.json", options)?;
            out.write_all(serde_json::to_string_pretty(&export).unwrap_or_default().as_bytes())?;
            out.start_file("index.html", options)?;
            out.write_all(html.as_bytes())?;
            for (path, content) in &files {
                out.start_file(path.as_str(), options)?;
                out.write_all(content)?;
            }
            Ok(out.finish()?.into_inner())
        })()
        .map_err(|_| AppError::Internal("the export could not be written"))?;

        let mut w = self.db().write(org).await?;
        w.audit(
            NewEvent::new(actor, Action::PersonExported)
                .detail("conversations", DetailValue::Count(chat.len() as i64))
                .detail("cases", DetailValue::Count(cases.len() as i64))
                .detail("forum_posts", DetailValue::Count(forum.len() as i64))
                .detail("files", DetailValue::Count(files.len() as i64)),
        )
        .await?;
        w.commit().await?;
        Ok(Export { zip, json: export })
    }

    /// What Art. 15(1) a–h asks to be told, from the configuration in force.
    async fn article_15_information(&self, organisation: &domain::org::Organisation) -> Result<Value> {
        let mut categories: Vec<&str> = PERSONAL
            .iter()
            .filter(|c| c.subject == Subject::Contact && c.export == OnExport::Include)
            .map(|c| match c.category {
                privacy::registry::Category::Name => "namn",
                privacy::registry::Category::ContactDetail => "kontaktuppgifter (e-post, telefon)",
                privacy::registry::Category::Identifier => "personnummer",
                privacy::registry::Category::FreeText => "det du har skrivit och skickat",
                privacy::registry::Category::Technical => "tekniska uppgifter (sessionsnyckel)",
                privacy::registry::Category::SpecialCategory => "känsliga uppgifter",
            })
            .collect();
        categories.sort_unstable();
        categories.dedup();
        let retention: Vec<Value> = self
            .retention_statements(organisation)
            .await?
            .into_iter()
            .map(|r| {
                json!({
                    "module": r.module.as_str(), "scope": r.scope, "applies_to": r.applies.as_str(),
                    "days": r.terms.days, "counted_from": r.terms.clock.as_str(), "then": r.terms.action.as_str(),
                })
            })
            .collect();
        Ok(json!({
            "controller": organisation.name,
            "purposes": ["att besvara dina frågor och ärenden i chatt, e-post och forum"],
            "categories": categories,
            "recipients": ["organisationens handläggare; e-post skickas genom organisationens egen e-postserver"],
            "retention": retention,
            "rights": ["tillgång (artikel 15)", "rättelse (16)", "radering (17)", "begränsning (18)", "invändning (21)"],
            "complaint": "Integritetsskyddsmyndigheten (IMY), www.imy.se",
            "source": "uppgifterna kommer från dig själv",
            "automated_decisions": "inga",
        }))
    }
}

/// The export as a page to read: headings and text, every value escaped.
fn export_html(export: &Value) -> String {
    let mut out = String::from(
        "<!doctype html><html lang=\"sv\"><head><meta charset=\"utf-8\"><title>Registerutdrag</title></head><body>",
    );
    let text = |v: &Value| html_escape(v.as_str().unwrap_or_default());
    out.push_str(&format!(
        "<h1>Registerutdrag från {}</h1><p>Gäller {}. Skapat {}.</p>",
        text(&export["organisation"]["name"]),
        html_escape(
            export["subject"].as_object().and_then(|o| o.values().next()).and_then(Value::as_str).unwrap_or_default()
        ),
        text(&export["generated_at"])
    ));
    for (key, title) in [
        ("chat", "Chattsamtal"),
        ("cases", "E-postärenden"),
        ("forum", "Foruminlägg"),
        ("contacts", "Kontaktuppgifter"),
    ] {
        out.push_str(&format!("<h2>{title}</h2>"));
        let list = export[key].as_array().cloned().unwrap_or_default();
        if list.is_empty() {
            out.push_str("<p>Inga.</p>");
        }
        for item in list {
            out.push_str("<section><pre>");
            out.push_str(&html_escape(&serde_json::to_string_pretty(&item).unwrap_or_default()));
            out.push_str("</pre></section>");
        }
    }
    out.push_str("<h2>Information enligt artikel 15</h2><pre>");
    out.push_str(&html_escape(&serde_json::to_string_pretty(&export["information"]).unwrap_or_default()));
    out.push_str("</pre></body></html>");
    out
}
