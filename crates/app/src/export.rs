//! Access requests (Art. 15): one zip with everything held about a person, found by
//! e-mail address, phone number or personnummer. `export.json` (format `samtal-export`, version 1, documented in
//! `LÄSMIG.txt`), a readable `index.html`, the files the person sent, and the Art. 15
//! information generated from the live configuration. Identifiers of other people in
//! what staff wrote are masked.

use crate::authz::Handler;
use crate::people::Person;
use crate::retention::mask_identifiers;
use crate::{App, AppError, Result};
use domain::Timestamp;
use domain::audit::{Action, DetailValue, NewEvent};
use privacy::registry::{self, Category, Item, OnExport, PERSONAL, Subject};
use serde_json::{Value, json};
use std::collections::BTreeMap;
use std::io::Write;
use storage::people::ExportValue;

/// The zip's bytes and what it holds.
pub struct Export {
    pub zip: Vec<u8>,
    pub json: Value,
}

const README: &str = "Samtal: utdrag av personuppgifter (registerutdrag enligt artikel 15 i dataskyddsförordningen)

export.json   allt som finns om dig, maskinläsbart (format samtal-export, version 2)
index.html    samma sak att läsa i en webbläsare
filer/        filer du har skickat (i chatten eller som bilagor till e-post)

export.json:
  organisation     den personuppgiftsansvariga organisationen
  subject          den e-postadress, det telefonnummer eller personnummer utdraget gäller
  information      ändamål, kategorier av uppgifter, mottagare, lagringstider, dina rättigheter
                   och var du kan klaga (artikel 15.1 a-h)
  items            det som finns om dig, post för post (kind: conversation = chattsamtal,
                   case = e-postärende, forum_post = foruminlägg, contact = kontaktuppgifter,
                   queued_mail = e-post som väntar på att skickas, legal_hold = bevarandebeslut,
                   request = din begäran, guide_feedback = kommentar till en vägledning);
                   i varje post tabellerna med alla rader och uppgifter (written_by: staff =
                   skrivet av personalen)
  left_out         uppgifter som inte lämnas ut, och varför
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
    /// Every item of the person, and in each every row and column the privacy registry
    /// declares, except the columns it leaves out (listed with the reason in `left_out`).
    pub async fn export_person(&self, handler: Handler<'_>, person: &Person) -> Result<Export> {
        handler.require()?;
        let (org, actor) = (handler.org(), handler.actor());
        let organisation = self.db().org_by_id(org).await?.ok_or(AppError::NotFound)?;
        let scope = self.db().org(org);
        let items = self.person_items_of(org, person).await?;
        let mut files: Vec<(String, Vec<u8>)> = Vec::new();
        let mut exported = Vec::new();
        for (item, ids) in &items.0 {
            let ids: Vec<i64> = ids.iter().copied().collect();
            let mut by_item: BTreeMap<i64, serde_json::Map<String, Value>> = BTreeMap::new();
            for table in registry::TABLES.iter().filter(|t| t.belongs.item() == *item) {
                for row in scope.export_rows(table, &ids).await? {
                    let mut fields = serde_json::Map::new();
                    fields.insert("id".into(), json!(row.id));
                    fields.insert("at".into(), json!(at(row.at)));
                    if !row.own {
                        fields.insert("written_by".into(), json!("staff"));
                    }
                    let name_of = |column: &str| {
                        row.values.iter().find_map(|(c, v)| match v {
                            ExportValue::Text(text) if c.column == column => Some(text.clone()),
                            _ => None,
                        })
                    };
                    for (column, value) in &row.values {
                        let value = match (value, column.export) {
                            (ExportValue::File(bytes), OnExport::File { name }) => {
                                let path = zip_name(table.table, row.id, &name_of(name).unwrap_or_default());
                                files.push((path.clone(), bytes.clone()));
                                json!({ "file": path })
                            }
                            // What staff wrote keeps no one else's identifiers.
                            (ExportValue::Text(text), _) if !row.own && column.category == Category::FreeText => {
                                json!(mask_identifiers(text))
                            }
                            (ExportValue::Text(text), _) => json!(text),
                            (ExportValue::File(_), _) => continue,
                        };
                        fields.insert(column.column.to_owned(), value);
                    }
                    let tables = by_item.entry(row.item_id).or_default();
                    let list = tables.entry(table.table.to_owned()).or_insert_with(|| json!([]));
                    if let Value::Array(rows) = list {
                        rows.push(Value::Object(fields));
                    }
                }
            }
            for (id, tables) in by_item {
                exported.push(json!({ "kind": item.as_str(), "id": id, "tables": tables }));
            }
        }
        let left_out: Vec<Value> = registry::subject_columns()
            .filter_map(|(table, column)| match column.export {
                OnExport::Omit(why) => Some(json!({ "table": table.table, "column": column.column, "why": why })),
                _ => None,
            })
            .collect();

        let information = self.article_15_information(&organisation).await?;
        let export = json!({
            "format": "samtal-export",
            "version": 2,
            "generated_at": Timestamp::now().rfc3339(),
            "organisation": {"name": organisation.name, "slug": organisation.slug},
            "subject": match person {
                Person::Email(email) => json!({"email": email.as_str()}),
                Person::Number { kind, digits } => json!({ kind.as_str(): digits }),
            },
            "information": information,
            "items": exported,
            "left_out": left_out,
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
        let mut event =
            NewEvent::new(actor, Action::PersonExported).detail("files", DetailValue::Count(files.len() as i64));
        for (item, ids) in &items.0 {
            event = event.detail(item.as_str(), DetailValue::Count(ids.len() as i64));
        }
        w.audit(event).await?;
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
    let items = export["items"].as_array().cloned().unwrap_or_default();
    for item in Item::ALL {
        let of_kind: Vec<&Value> = items.iter().filter(|i| i["kind"] == item.as_str()).collect();
        if of_kind.is_empty() {
            continue;
        }
        out.push_str(&format!("<h2>{}</h2>", item_heading(item)));
        for entry in of_kind {
            out.push_str(&format!("<section><h3>{} {}</h3>", item_heading(item), entry["id"]));
            for (table, rows) in entry["tables"].as_object().into_iter().flatten() {
                for row in rows.as_array().into_iter().flatten() {
                    out.push_str(&format!("<dl><dt>tabell</dt><dd>{}</dd>", html_escape(table)));
                    for (field, value) in row.as_object().into_iter().flatten() {
                        let shown = match value {
                            Value::String(s) => s.clone(),
                            other => other.to_string(),
                        };
                        out.push_str(&format!("<dt>{}</dt><dd>{}</dd>", html_escape(field), html_escape(&shown)));
                    }
                    out.push_str("</dl>");
                }
            }
            out.push_str("</section>");
        }
    }
    if items.is_empty() {
        out.push_str("<p>Inget finns om dig.</p>");
    }
    out.push_str("<h2>Information enligt artikel 15</h2><pre>");
    out.push_str(&html_escape(&serde_json::to_string_pretty(&export["information"]).unwrap_or_default()));
    out.push_str("</pre></body></html>");
    out
}

fn item_heading(item: Item) -> &'static str {
    match item {
        Item::Conversation => "Chattsamtal",
        Item::Case => "E-postärende",
        Item::ForumPost => "Foruminlägg",
        Item::Contact => "Kontaktuppgifter",
        Item::QueuedMail => "E-post som väntar på att skickas",
        Item::LegalHold => "Bevarandebeslut",
        Item::Request => "Begäran",
        Item::GuideFeedback => "Kommentar till en vägledning",
    }
}
