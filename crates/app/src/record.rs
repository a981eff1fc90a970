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
        let setup = self.privacy_setup_of(org.id).await?;
        let purposes: Vec<Value> = setup
            .purposes
            .iter()
            .filter(|(m, _, _)| modules.contains(&m.as_str()))
            .map(|(m, text, _)| json!({"module": m.as_str(), "purpose": text}))
            .collect();
        let mut processors: Vec<Value> = setup
            .sub_processors
            .iter()
            .map(|p| {
                json!({"name": p.name, "service": p.service, "data_categories": p.data_categories,
                       "country": p.country, "transfer_mechanism": p.transfer_mechanism, "listed": "by_staff"})
            })
            .collect();
        processors.extend(setup.endpoints.iter().map(|e| {
            json!({"name": e.host, "service": match e.service { "imap" => "IMAP mailbox polled for mail", _ => "mail relay for outbound mail" },
                   "data_categories": "e-mail addresses, names and messages", "country": e.country.clone().unwrap_or_else(|| if e.is_local() { "local network".into() } else { "not stated".into() }),
                   "transfer_mechanism": if e.inside_eea() { "within_eea" } else { "not stated" }, "listed": "from_configuration"})
        }));
        let transfers: Vec<Value> = setup
            .sub_processors
            .iter()
            .filter(|p| !domain::processors::in_eu_eea(&p.country))
            .map(|p| json!({"name": p.name, "country": p.country, "transfer_mechanism": p.transfer_mechanism}))
            .chain(setup.endpoints.iter().filter(|e| !e.inside_eea()).map(|e| {
                json!({"name": e.host, "country": e.country.clone().unwrap_or_else(|| "not stated".into()), "transfer_mechanism": "not stated"})
            }))
            .collect();
        Ok(json!({
            "format": "samtal-record",
            "version": 1,
            "controller": {"name": org.name, "regime": org.regime.as_str(),
                           "dpo_contact": if setup.profile.dpo_contact.is_empty() { Value::Null } else { setup.profile.dpo_contact.clone().into() },
                           "eu_eea_only": setup.profile.eu_only},
            "generated_at": domain::Timestamp::now().rfc3339(),
            "purposes": purposes,
            "modules_in_use": modules,
            "data": categories,
            "retention": retention,
            "recipients": ["the organisation's own staff, by role (admin, agent, dpo)"],
            "sub_processors": processors,
            "transfers_outside_eu": transfers,
            "security_measures": SECURITY_MEASURES,
        }))
    }
}
