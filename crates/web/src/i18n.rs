//! Swedish (default) and English UI texts from Fluent files in `locales/`.

use domain::org::Language;
use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader, langid};
use std::borrow::Cow;
use std::collections::HashMap;

fluent_templates::static_loader! {
    static LOCALES = {
        locales: "./locales",
        fallback_language: "sv",
        // No Unicode isolation marks around arguments: they confuse copy-paste and tests.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

static SV: LanguageIdentifier = langid!("sv");
static EN: LanguageIdentifier = langid!("en");

/// A translator for one language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tr(pub Language);

impl Tr {
    fn id(&self) -> &'static LanguageIdentifier {
        match self.0 {
            Language::Sv => &SV,
            Language::En => &EN,
        }
    }

    pub fn t(&self, key: &str) -> String {
        LOCALES.lookup(self.id(), key)
    }

    pub fn t1(&self, key: &str, name: &'static str, value: impl ToString) -> String {
        let mut args: HashMap<Cow<'static, str>, FluentValue> = HashMap::new();
        // Numbers go in as numbers, so that plural variants (`[1]`, `[one]`) select.
        let text = value.to_string();
        let value = match text.parse::<i64>() {
            Ok(n) => FluentValue::from(n),
            Err(_) => FluentValue::from(text),
        };
        args.insert(Cow::Borrowed(name), value);
        LOCALES.lookup_with_args(self.id(), key, &args)
    }

    /// A key built from parts, e.g. `tk("role-", "admin", "")` looks up `role-admin`.
    pub fn tk(&self, prefix: &str, key: &str, suffix: &str) -> String {
        self.t(&format!("{prefix}{}{suffix}", key))
    }

    pub fn code(&self) -> &'static str {
        self.0.as_str()
    }
}

/// Picks a language from an `Accept-Language` header; Swedish unless English is preferred.
pub fn from_accept_language(header: Option<&str>) -> Option<Language> {
    let header = header?;
    let mut best: Option<(f32, Language)> = None;
    for part in header.split(',') {
        let mut pieces = part.trim().split(';');
        let tag = pieces.next().unwrap_or("").trim().to_ascii_lowercase();
        let q = pieces.find_map(|p| p.trim().strip_prefix("q=").and_then(|q| q.parse::<f32>().ok())).unwrap_or(1.0);
        let lang = match tag.split('-').next() {
            Some("sv") => Language::Sv,
            Some("en") => Language::En,
            _ => continue,
        };
        if best.is_none_or(|(bq, _)| q > bq) {
            best = Some((q, lang));
        }
    }
    best.map(|(_, l)| l)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_exists_in_both_languages() {
        let sv = include_str!("../locales/sv/main.ftl");
        let en = include_str!("../locales/en/main.ftl");
        let keys = |s: &str| -> Vec<String> {
            let mut k: Vec<String> = s
                .lines()
                .filter(|l| !l.starts_with(' ') && !l.starts_with('#') && l.contains(" ="))
                .map(|l| l.split(" =").next().unwrap().trim().to_owned())
                .collect();
            k.sort();
            k
        };
        assert_eq!(keys(sv), keys(en));
        assert_eq!(Tr(Language::En).t("sign-in"), "Sign in");
        assert_eq!(Tr(Language::Sv).t("sign-in"), "Logga in");
    }

    /// Person search shows every table, column and item of the privacy registry in words:
    /// a table added to the registry needs its labels.
    #[test]
    fn every_registry_place_has_a_label() {
        use app::people::registry;
        for source in [include_str!("../locales/sv/main.ftl"), include_str!("../locales/en/main.ftl")] {
            let has = |key: String| source.lines().any(|l| l.starts_with(&format!("{key} =")));
            for (table, column) in registry::subject_columns() {
                assert!(has(format!("people-table-{}", table.table)), "people-table-{}", table.table);
                assert!(has(format!("people-field-{}", column.column)), "people-field-{}", column.column);
            }
            for item in registry::Item::ALL {
                assert!(has(format!("people-item-{}", item.as_str())), "people-item-{}", item.as_str());
            }
        }
    }

    #[test]
    fn accept_language() {
        assert_eq!(from_accept_language(Some("en-GB,en;q=0.9,sv;q=0.8")), Some(Language::En));
        assert_eq!(from_accept_language(Some("de, sv;q=0.5")), Some(Language::Sv));
        assert_eq!(from_accept_language(Some("de")), None);
    }
}
