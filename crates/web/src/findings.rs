//! Sensitive-data findings as staff see them: kind names in their language, stored
//! spans cut into highlighted pieces, and the findings a mask action can replace.

use crate::i18n::Tr;
use app::sensitive::Mask;

/// A kind's name (`personnummer`, `health`, …) in the staff member's language.
pub fn kind_name(tr: Tr, code: &str) -> String {
    tr.tk("finding-kind-", code, "")
}

/// Kind names for a sentence: "personnummer, telefonnummer och uppgift om hälsa".
pub fn kind_list(tr: Tr, codes: &[&str]) -> String {
    let names: Vec<String> = codes.iter().map(|c| kind_name(tr, c)).collect();
    match names.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} {} {last}", rest.join(", "), tr.t("list-and")),
        _ => names.join(""),
    }
}

/// A finding as stored with a text: its kind code (an Art. 9 finding's category) and
/// byte span in the scanned text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stored {
    pub code: String,
    pub start: usize,
    pub end: usize,
}

/// Stored findings from their JSON, in order; an organisation's number is not personal
/// data and is left out.
pub fn parse(json: &str) -> Vec<Stored> {
    let list: Vec<serde_json::Value> = serde_json::from_str(json).unwrap_or_default();
    let mut found: Vec<Stored> = list
        .iter()
        .filter_map(|f| {
            let kind = f.get("kind")?.as_str().filter(|k| *k != "organisationsnummer")?;
            let code = f.get("category").and_then(|c| c.as_str()).unwrap_or(kind);
            let span = |key: &str| f.get(key)?.as_u64().and_then(|n| usize::try_from(n).ok());
            Some(Stored { code: code.to_owned(), start: span("start")?, end: span("end")? })
        })
        .collect();
    found.sort_by_key(|f| f.start);
    found
}

/// A piece of a shown text; `finding` names the kind when the piece is one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment {
    pub text: String,
    pub finding: Option<String>,
}

/// `part` cut at the findings inside it; `part` begins at byte `offset` of the scanned
/// text. Spans that do not fit the text (it was changed since) are not marked.
pub fn segments(tr: Tr, part: &str, offset: usize, findings: &[Stored]) -> Vec<Segment> {
    let mut out = Vec::new();
    let mut pos = 0;
    for f in findings {
        let (Some(start), Some(end)) = (f.start.checked_sub(offset), f.end.checked_sub(offset)) else { continue };
        if start < pos
            || start >= end
            || end > part.len()
            || !part.is_char_boundary(start)
            || !part.is_char_boundary(end)
        {
            continue;
        }
        if start > pos {
            out.push(Segment { text: part[pos..start].to_owned(), finding: None });
        }
        out.push(Segment { text: part[start..end].to_owned(), finding: Some(kind_name(tr, &f.code)) });
        pos = end;
    }
    if pos < part.len() || out.is_empty() {
        out.push(Segment { text: part[pos..].to_owned(), finding: None });
    }
    out
}

/// A finding staff can mask: its span in the scanned text, kind name and the text found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Maskable {
    pub start: usize,
    pub end: usize,
    pub name: String,
    pub value: String,
}

/// The findings of `scanned` that fit it, as mask actions.
pub fn maskable(tr: Tr, scanned: &str, findings: &[Stored]) -> Vec<Maskable> {
    findings
        .iter()
        .filter_map(|f| {
            let value = scanned.get(f.start..f.end)?;
            Some(Maskable { start: f.start, end: f.end, name: kind_name(tr, &f.code), value: value.to_owned() })
        })
        .collect()
}

/// What a mask request names: every finding, or the one at the byte span `start`–`end`
/// the page or API listed.
pub fn mask_choice(all: bool, start: Option<usize>, end: Option<usize>) -> Result<Mask, app::AppError> {
    match (all, start, end) {
        (true, _, _) => Ok(Mask::All),
        (false, Some(start), Some(end)) => Ok(Mask::One { start, end }),
        _ => Err(domain::Invalid::new("finding", domain::InvalidReason::BadFormat).into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use domain::org::Language;

    #[test]
    fn stored_spans_become_marked_pieces_and_stale_ones_are_left_plain() {
        let tr = Tr(Language::Sv);
        let json = r#"[{"kind":"personnummer","category":null,"start":15,"end":26,"confidence":0.99},
            {"kind":"special_category","category":"health","start":32,"end":40,"confidence":0.85},
            {"kind":"organisationsnummer","category":null,"start":0,"end":3,"confidence":0.9},
            {"kind":"phone","category":null,"start":90,"end":99,"confidence":0.9}]"#;
        let found = parse(json);
        assert_eq!(found.len(), 3);
        let scanned = "Ämne\nMitt pnr 640823-3234, har diabetes.";
        let body = &scanned[6..];
        let pieces = segments(tr, body, 6, &found);
        let marked: Vec<(&str, Option<&str>)> =
            pieces.iter().map(|s| (s.text.as_str(), s.finding.as_deref())).collect();
        assert_eq!(
            marked,
            [
                ("Mitt pnr ", None),
                ("640823-3234", Some("personnummer")),
                (", har ", None),
                ("diabetes", Some("uppgift om hälsa")),
                (".", None)
            ]
        );
        assert_eq!(segments(tr, "Ämne", 0, &found), [Segment { text: "Ämne".into(), finding: None }]);
        assert_eq!(maskable(tr, scanned, &found).len(), 2);
        assert_eq!(
            kind_list(tr, &["personnummer", "phone", "health"]),
            "personnummer, telefonnummer och uppgift om hälsa"
        );
        assert_eq!(kind_list(Tr(Language::En), &["email"]), "e-mail address");
    }

    #[test]
    fn every_kind_is_named_in_both_languages() {
        for code in app::sensitive::KIND_CODES.iter().chain(&["special_category"]) {
            for language in [Language::Sv, Language::En] {
                let name = kind_name(Tr(language), code);
                assert!(!name.is_empty() && !name.contains("finding-kind"), "{code} in {language:?}: {name}");
            }
        }
    }
}
