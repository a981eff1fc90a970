//! The controller's privacy setup (admin and DPO): the DPO contact that notices quote,
//! the EU/EEA-only mode, the purpose texts of the record of processing, and the register
//! of sub-processors, to which the configured mail relay and IMAP servers are added
//! automatically. In EU/EEA-only mode an entry or an endpoint outside the EU/EEA is
//! refused: entries when added, endpoints when the mode is switched on and when the
//! server starts.

use crate::{App, AppError, Capability, Endpoint, Principal, Result};
use domain::audit::{Action, DetailValue, NewEvent};
use domain::org::Module;
use domain::processors::{EntryRefusal, TransferMechanism, check_entry, parse_country};
pub use storage::privacy_setup::{PrivacyProfile, SubProcessorRow};

/// What the settings page and the record of processing show.
#[derive(Debug, Clone)]
pub struct PrivacySetup {
    pub profile: PrivacyProfile,
    /// Per module: the purpose text in force and whether the organisation wrote it.
    pub purposes: Vec<(Module, String, bool)>,
    pub sub_processors: Vec<SubProcessorRow>,
    /// The configured outside services, listed automatically.
    pub endpoints: Vec<Endpoint>,
}

/// A sub-processor as staff enter it.
pub struct SubProcessorInput<'a> {
    pub name: &'a str,
    pub service: &'a str,
    pub data_categories: &'a str,
    pub country: &'a str,
    pub transfer_mechanism: &'a str,
}

/// The purpose a module serves, unless the organisation wrote its own.
pub fn default_purpose(module: Module) -> &'static str {
    match module {
        Module::Chat => "Att besvara frågor i chatten och föra statistik över hur kundtjänsten nås.",
        Module::Forum => "Att låta invånare och kunder ställa frågor och få svar offentligt i forumet.",
        Module::Email => "Att ta emot, handlägga och besvara ärenden som kommer in med e-post.",
        Module::KnowledgeBase => "Att ge självservice genom vägledningar och svar.",
    }
}

fn refusal(r: EntryRefusal) -> AppError {
    AppError::Refused(match r {
        EntryRefusal::OutsideEea => "the organisation keeps all processing inside the EU/EEA",
        EntryRefusal::MechanismRequired => "a country outside the EU/EEA needs a transfer mechanism",
        EntryRefusal::NotATransfer => "a country inside the EU/EEA makes no transfer: choose within_eea",
    })
}

impl App {
    pub async fn privacy_setup(&self, principal: &Principal) -> Result<PrivacySetup> {
        principal.require(Capability::HandlePersonalData)?;
        self.privacy_setup_of(principal.org_id()).await
    }

    pub(crate) async fn privacy_setup_of(&self, org: domain::OrgId) -> Result<PrivacySetup> {
        let scope = self.db().org(org);
        let written = scope.processing_purposes().await?;
        let purposes = Module::ALL
            .iter()
            .map(|m| match written.iter().find(|(module, _)| module == m.as_str()) {
                Some((_, text)) => (*m, text.clone(), true),
                None => (*m, default_purpose(*m).to_owned(), false),
            })
            .collect();
        Ok(PrivacySetup {
            profile: scope.privacy_profile().await?,
            purposes,
            sub_processors: scope.sub_processors().await?,
            endpoints: self.config().endpoints.clone(),
        })
    }

    /// Saves the DPO contact and the EU/EEA-only choice. Switching the mode on is refused
    /// while an entry or a configured endpoint lies outside the EU/EEA.
    pub async fn save_privacy_profile(&self, principal: &Principal, dpo_contact: &str, eu_only: bool) -> Result<()> {
        principal.require(Capability::HandlePersonalData)?;
        let dpo_contact = dpo_contact.trim();
        if dpo_contact.chars().count() > 300 || dpo_contact.contains(['\n', '\r', '{', '}']) {
            return Err(domain::Invalid::new("dpo_contact", domain::InvalidReason::BadFormat).into());
        }
        if eu_only {
            let setup = self.privacy_setup_of(principal.org_id()).await?;
            if setup.sub_processors.iter().any(|s| !domain::processors::in_eu_eea(&s.country)) {
                return Err(AppError::Refused("a sub-processor lies outside the EU/EEA: remove it first"));
            }
            if setup.endpoints.iter().any(|e| !e.inside_eea()) {
                return Err(AppError::Refused(
                    "a configured mail server is outside the EU/EEA or has no country in the configuration",
                ));
            }
        }
        let mut w = self.db().write(principal.org_id()).await?;
        w.set_privacy_profile(&PrivacyProfile { dpo_contact: dpo_contact.to_owned(), eu_only }).await?;
        w.audit(
            NewEvent::new(principal.actor(), Action::PrivacySetupChanged)
                .detail("eu_only", DetailValue::Flag(eu_only))
                .detail("dpo_contact", DetailValue::Flag(!dpo_contact.is_empty())),
        )
        .await?;
        w.commit().await?;
        Ok(())
    }

    /// Sets a module's purpose text for the record of processing; empty returns to the default.
    pub async fn set_processing_purpose(&self, principal: &Principal, module: Module, text: &str) -> Result<()> {
        principal.require(Capability::HandlePersonalData)?;
        let text = text.trim();
        if text.chars().count() > 2000 {
            return Err(domain::Invalid::new("purpose", domain::InvalidReason::TooLong { max: 2000 }).into());
        }
        let mut w = self.db().write(principal.org_id()).await?;
        w.set_processing_purpose(module.as_str(), text).await?;
        w.audit(
            NewEvent::new(principal.actor(), Action::PrivacySetupChanged)
                .detail("purpose", DetailValue::Code(module.as_str())),
        )
        .await?;
        w.commit().await?;
        Ok(())
    }

    pub async fn add_sub_processor(&self, principal: &Principal, input: &SubProcessorInput<'_>) -> Result<i64> {
        principal.require(Capability::HandlePersonalData)?;
        let name = domain::bounded_text("name", input.name, 200)?;
        let service = domain::bounded_text("service", input.service, 300)?;
        let categories = domain::bounded_text("data_categories", input.data_categories, 500)?;
        let country = parse_country(input.country)?;
        let mechanism: TransferMechanism = input.transfer_mechanism.parse()?;
        let profile = self.db().org(principal.org_id()).privacy_profile().await?;
        check_entry(&country, mechanism, profile.eu_only).map_err(refusal)?;
        let mut w = self.db().write(principal.org_id()).await?;
        let id = w
            .add_sub_processor(&storage::privacy_setup::NewSubProcessor {
                name: &name,
                service: &service,
                data_categories: &categories,
                country: &country,
                transfer_mechanism: mechanism.as_str(),
            })
            .await?;
        w.audit(
            NewEvent::new(principal.actor(), Action::SubProcessorAdded)
                .detail("id", DetailValue::Id(id))
                .detail("inside_eea", DetailValue::Flag(domain::processors::in_eu_eea(&country))),
        )
        .await?;
        w.commit().await?;
        Ok(id)
    }

    pub async fn remove_sub_processor(&self, principal: &Principal, id: i64) -> Result<()> {
        principal.require(Capability::HandlePersonalData)?;
        let mut w = self.db().write(principal.org_id()).await?;
        w.remove_sub_processor(id).await?;
        w.audit(NewEvent::new(principal.actor(), Action::SubProcessorRemoved).detail("id", DetailValue::Id(id)))
            .await?;
        w.commit().await?;
        Ok(())
    }

    /// At start-up: the configured endpoints that an EU/EEA-only organisation may not use,
    /// as (organisation slug, service, host).
    pub async fn endpoints_refused_by_eu_only(&self) -> Result<Vec<(String, &'static str, String)>> {
        let orgs = self.db().eu_only_orgs().await?;
        Ok(orgs
            .iter()
            .flat_map(|slug| {
                self.config()
                    .endpoints
                    .iter()
                    .filter(|e| !e.inside_eea())
                    .map(move |e| (slug.clone(), e.service, e.host.clone()))
            })
            .collect())
    }
}
