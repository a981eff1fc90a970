//! The record of processing activities (Art. 30), generated from the live
//! configuration: the modules in use, the categories of data and of data subjects
//! from the privacy registry, the retention rules in force, the outside services this
//! installation connects to, and the security measures the product applies.

use crate::{App, Capability, Principal, Result};
use privacy::registry::{Category, PERSONAL, Subject};
use serde_json::{Value, json};

fn category_name(category: Category) -> &'static str {
    match category {
        Category::Name => "name",
        Category::ContactDetail => "contact_details",
        Category::Identifier => "national_identifier",
        Category::FreeText => "free_text",
        Category::Technical => "technical",
        Category::SpecialCategory => "special_category",
    }
}

/// What the product itself does to protect the data (stated as facts of the code).
const SECURITY_MEASURES: &[&str] = &[
    "passwords hashed with argon2id; session and API tokens stored only as hashes",
    "every organisation's data confined to it in every query; tenant isolation tested",
    "an append-only audit log with a hash chain per organisation",
    "identifiers and special categories flagged at intake by the sensitive-data scanner",
    "retention rules that delete or anonymise on schedule; legal holds",
    "SQLite secure_delete: erased content is overwritten on disk",
    "no outbound connection except the configured mail relay and IMAP servers; no third-party scripts, fonts or CDNs",
    "strict Content-Security-Policy, HttpOnly SameSite=Strict session cookies, cross-site requests refused",
];

impl App {
    /// The record for the principal's organisation (DPO, admin).
    pub async fn processing_record(&self, principal: &Principal) -> Result<Value> {
        if !principal.can(Capability::ReadAudit) && !principal.can(Capability::HandlePersonalData) {
            return Err(crate::AppError::Forbidden);
        }
        let org = self.db().org(principal.org_id()).organisation().await?;
        let modules: Vec<&str> =
            self.db().org(org.id).modules().await?.into_iter().filter(|(_, on)| *on).map(|(m, _)| m.as_str()).collect();
        let mut categories: Vec<Value> = Vec::new();
        for subject in [Subject::Contact, Subject::Staff] {
            let mut by_category: Vec<(&str, Vec<String>)> = Vec::new();
            for column in PERSONAL.iter().filter(|c| c.subject == subject) {
                let name = category_name(column.category);
                let place = format!("{}.{}", column.table, column.column);
                match by_category.iter_mut().find(|(n, _)| *n == name) {
                    Some((_, places)) => places.push(place),
                    None => by_category.push((name, vec![place])),
                }
            }
            categories.push(json!({
                "data_subjects": match subject { Subject::Contact => "customers_and_visitors", Subject::Staff => "staff" },
                "categories": by_category.into_iter().map(|(c, places)| json!({"category": c, "stored_in": places})).collect::<Vec<_>>(),
            }));
        }
        let retention: Vec<Value> = self
            .retention_statements(&org)
            .await?
            .into_iter()
            .map(|r| {
                json!({"module": r.module.as_str(), "scope": r.scope, "applies_to": r.applies.as_str(),
                       "days": r.terms.days, "counted_from": r.terms.clock.as_str(), "then": r.terms.action.as_str()})
            })
            .collect();
        let purposes: Vec<Value> = modules
            .iter()
            .map(|m| {
                json!({"module": m, "purpose": match *m {
                    "chat" => "answering questions in live chat",
                    "forum" => "a public question-and-answer forum",
                    "mail" => "handling errands that arrive by e-mail",
                    "knowledge_base" => "self-service guides",
                    _ => "customer service",
                }})
            })
            .collect();
        Ok(json!({
            "controller": {"name": org.name, "regime": org.regime.as_str()},
            "generated_at": domain::Timestamp::now().rfc3339(),
            "purposes": purposes,
            "modules_in_use": modules,
            "data": categories,
            "retention": retention,
            "recipients": self.config().endpoints,
            "transfers_outside_eu": if self.config().endpoints.is_empty() { "none" } else { "only to the configured services listed as recipients" },
            "security_measures": SECURITY_MEASURES,
        }))
    }
}
