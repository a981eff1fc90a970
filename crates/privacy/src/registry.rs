//! The personal-data registry: one declaration per column.
//!
//! Every column whose name suggests personal data (see [`looks_personal`]) must
//! appear here, either as [`PersonalColumn`] or, with a reason, as
//! [`NotPersonal`]. The integration test `privacy_registry` reads the live
//! schema on both backends and fails on an undeclared or stale column.

use serde::Serialize;

/// What kind of personal data a column holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    /// A person's name.
    Name,
    /// E-mail address, phone number, postal address.
    ContactDetail,
    /// A national identifier: personnummer, samordningsnummer.
    Identifier,
    /// Free text a person wrote, which may contain anything.
    FreeText,
    /// IP address, user agent, visitor token.
    Technical,
    /// GDPR Art. 9 data held in its own column.
    SpecialCategory,
}

/// Whose data it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Subject {
    /// The person the organisation serves (a row in `contacts`, or linked to one).
    Contact,
    /// A staff member of the organisation.
    Staff,
}

/// What an access export does with the column.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum OnExport {
    Include,
    /// Not given out (e.g. credentials), with the reason in the export's documentation.
    Omit,
}

/// What anonymisation does with the column.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum OnAnonymise {
    /// Replaced by a stable pseudonym per person ("Besökare 4711").
    Pseudonym,
    /// Set to NULL.
    Erase,
    /// Identifiers inside the text replaced by typed placeholders.
    MaskText,
    /// The whole row goes (files, queued mail).
    DeleteRow,
}

/// What erasure does with the column.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum OnErase {
    /// The whole row goes.
    DeleteRow,
    /// The value is set to NULL; the row stays (e.g. for statistics).
    Erase,
}

/// A column that holds personal data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct PersonalColumn {
    pub table: &'static str,
    pub column: &'static str,
    pub category: Category,
    pub subject: Subject,
    pub export: OnExport,
    pub anonymise: OnAnonymise,
    pub erase: OnErase,
}

/// A column whose name looks personal but is not, and why.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct NotPersonal {
    pub table: &'static str,
    pub column: &'static str,
    pub why: &'static str,
}

const fn personal(
    table: &'static str,
    column: &'static str,
    category: Category,
    subject: Subject,
    anonymise: OnAnonymise,
    erase: OnErase,
) -> PersonalColumn {
    PersonalColumn { table, column, category, subject, export: OnExport::Include, anonymise, erase }
}

use Category::*;
use OnAnonymise::*;
use Subject::*;

/// Every personal-data column in the schema.
pub static PERSONAL: &[PersonalColumn] = &[
    // Staff accounts.
    personal("users", "email", ContactDetail, Staff, Erase, OnErase::DeleteRow),
    personal("users", "display_name", Name, Staff, Pseudonym, OnErase::DeleteRow),
    personal("api_tokens", "label", FreeText, Staff, MaskText, OnErase::DeleteRow),
    // Data subjects.
    personal("contacts", "display_name", Name, Contact, Pseudonym, OnErase::DeleteRow),
    personal("contacts", "email", ContactDetail, Contact, Erase, OnErase::DeleteRow),
    personal("contacts", "phone", ContactDetail, Contact, Erase, OnErase::DeleteRow),
    personal("contacts", "personnummer", Identifier, Contact, Erase, OnErase::DeleteRow),
    // Live chat.
    personal("chat_visitors", "token_hash", Technical, Contact, Erase, OnErase::DeleteRow),
    personal("chat_conversations", "visitor_name", Name, Contact, Pseudonym, OnErase::Erase),
    personal("chat_conversations", "visitor_email", ContactDetail, Contact, Erase, OnErase::Erase),
    personal("chat_messages", "body", FreeText, Contact, MaskText, OnErase::DeleteRow),
    personal("chat_files", "file_name", FreeText, Contact, OnAnonymise::DeleteRow, OnErase::DeleteRow),
    personal("chat_files", "content", FreeText, Contact, OnAnonymise::DeleteRow, OnErase::DeleteRow),
    // Customer forum: what a visitor wrote and the name they chose; the e-mail for notifications.
    personal("forum_posts", "title", FreeText, Contact, MaskText, OnErase::DeleteRow),
    personal("forum_posts", "body", FreeText, Contact, MaskText, OnErase::DeleteRow),
    personal("forum_posts", "author_name", Name, Contact, Pseudonym, OnErase::DeleteRow),
    personal("forum_posts", "author_email", ContactDetail, Contact, Erase, OnErase::DeleteRow),
    // The search index holds the stems of the same text (rebuilt from forum_posts on every change).
    personal("forum_search", "terms", FreeText, Contact, MaskText, OnErase::DeleteRow),
    // E-mail cases: the customer's address and name, what they wrote, what was answered, files.
    personal("cases", "subject", FreeText, Contact, MaskText, OnErase::DeleteRow),
    personal("cases", "customer_email", ContactDetail, Contact, Erase, OnErase::DeleteRow),
    personal("cases", "customer_name", Name, Contact, Pseudonym, OnErase::DeleteRow),
    personal("case_messages", "header_message_id", Technical, Contact, Erase, OnErase::DeleteRow),
    personal("case_messages", "from_address", ContactDetail, Contact, Erase, OnErase::DeleteRow),
    personal("case_messages", "from_name", Name, Contact, Pseudonym, OnErase::DeleteRow),
    personal("case_messages", "reply_to", ContactDetail, Contact, Erase, OnErase::DeleteRow),
    personal("case_messages", "subject", FreeText, Contact, MaskText, OnErase::DeleteRow),
    personal("case_messages", "body_text", FreeText, Contact, MaskText, OnErase::DeleteRow),
    personal("case_messages", "body_html", FreeText, Contact, Erase, OnErase::DeleteRow),
    personal("case_attachments", "file_name", FreeText, Contact, OnAnonymise::DeleteRow, OnErase::DeleteRow),
    personal("case_attachments", "content", FreeText, Contact, OnAnonymise::DeleteRow, OnErase::DeleteRow),
    // Outbound mail waiting to be sent (a transcript holds the conversation's text).
    personal("mail_outbox", "recipient", ContactDetail, Contact, OnAnonymise::DeleteRow, OnErase::DeleteRow),
    personal("mail_outbox", "subject", FreeText, Contact, OnAnonymise::DeleteRow, OnErase::DeleteRow),
    personal("mail_outbox", "body", FreeText, Contact, OnAnonymise::DeleteRow, OnErase::DeleteRow),
    // Legal holds: the person's address (for holds on a contact) and the reason staff gave.
    personal("legal_holds", "email", ContactDetail, Contact, Erase, OnErase::Erase),
    personal("legal_holds", "reason", FreeText, Contact, MaskText, OnErase::Erase),
    // The register of data-subject requests: who asked, and why a deadline was extended.
    personal("dsr_requests", "subject_email", ContactDetail, Contact, Erase, OnErase::Erase),
    personal("dsr_requests", "extension_reason", FreeText, Contact, MaskText, OnErase::Erase),
    personal("dsr_requests", "closing_reason", FreeText, Contact, MaskText, OnErase::Erase),
    // The DPO's contact details, shown in notices and the record of processing.
    personal("privacy_profiles", "dpo_contact", ContactDetail, Staff, Erase, OnErase::Erase),
    // Readers' comments on guides: free text, identifiers masked at intake, no address stored.
    personal("guide_feedback", "comment", FreeText, Contact, MaskText, OnErase::Erase),
    // Retention rule changes: the reason an admin or DPO gave.
    personal("retention_rules", "reason", FreeText, Staff, MaskText, OnErase::Erase),
];

/// Tables that hold no personal data, and why. Statistics live here: they outlive
/// the conversations they count, so retention, export and erasure pass them by.
/// Every column of these tables is non-personal; none may be declared personal.
pub static NON_PERSONAL_TABLES: &[(&str, &str)] = &[
    (
        "stat_facts",
        "one statistics fact per conversation, case or forum question: module, flow/inbox/category id, \
         times in whole seconds, outcome and transfer count. The agent is a pseudonymous staff user id \
         (no name or address), dropped after the number of days the organisation chooses",
    ),
    ("stat_days", "statistics: which days' pre-aggregates are current"),
    ("stat_daily", "statistics: counts and durations per day, module, scope and pseudonymous agent id"),
    ("stat_settings", "statistics: how many days agent ids stay on the facts"),
];

/// Columns whose names look personal but hold no personal data.
pub static NOT_PERSONAL: &[NotPersonal] = &[
    NotPersonal {
        table: "organisations",
        column: "name",
        why: "the name of the organisation (a legal person), shown publicly",
    },
    NotPersonal { table: "chat_flows", column: "name", why: "the name of a chat flow, chosen by the organisation" },
    NotPersonal {
        table: "chat_files",
        column: "content_type",
        why: "a MIME type detected from the file's first bytes",
    },
    NotPersonal { table: "chat_notices", column: "body", why: "the organisation's privacy notice text" },
    NotPersonal { table: "forum_notices", column: "body", why: "the organisation's privacy notice text" },
    NotPersonal { table: "kb_categories", column: "name", why: "a knowledge-base topic, named by the organisation" },
    NotPersonal { table: "guides", column: "title", why: "a guide's title, written by staff" },
    NotPersonal { table: "guides", column: "body", why: "a guide staff wrote for the public or their colleagues" },
    NotPersonal { table: "guide_revisions", column: "title", why: "an earlier title of a guide" },
    NotPersonal { table: "guide_revisions", column: "body", why: "an earlier version of a guide staff wrote" },
    NotPersonal {
        table: "guide_images",
        column: "content",
        why: "an illustration staff uploaded for a guide, re-encoded without metadata",
    },
    NotPersonal { table: "guide_images", column: "content_type", why: "a MIME type" },
    NotPersonal {
        table: "sub_processors",
        column: "name",
        why: "a company the organisation uses as processor (a legal person)",
    },
    NotPersonal {
        table: "processing_purposes",
        column: "purpose",
        why: "the organisation's description of why it processes data",
    },
    NotPersonal {
        table: "mail_inboxes",
        column: "address",
        why: "the organisation's own functional mailbox (bygglov@kommun.se), where customers write",
    },
    NotPersonal { table: "mail_inboxes", column: "name", why: "an inbox's name, chosen by the organisation" },
    NotPersonal {
        table: "mail_inboxes",
        column: "signature",
        why: "the organisation's signature under replies (configuration, not a person's data)",
    },
    NotPersonal { table: "case_attachments", column: "content_type", why: "a MIME type" },
    NotPersonal { table: "forum_categories", column: "name", why: "a forum category, named by the organisation" },
    NotPersonal {
        table: "agent_groups",
        column: "name",
        why: "a team's name, chosen by the organisation (\"Bygglov\")",
    },
    NotPersonal {
        table: "imap_cursors",
        column: "error_code",
        why: "a fixed code for the last poll's outcome (\"login\"), never the server's words",
    },
    NotPersonal {
        table: "forum_categories",
        column: "description",
        why: "a forum category's description, written by the organisation",
    },
    NotPersonal {
        table: "forum_reports",
        column: "reason_code",
        why: "one of four fixed codes (spam, offensive, personal_data, other); a report holds no free text",
    },
    NotPersonal {
        table: "retention_legal_bases",
        column: "reference",
        why: "a decision or statute the organisation names (\"Gallringsbeslut KS 2024/117\")",
    },
    NotPersonal { table: "saved_replies", column: "title", why: "a staff template, written for reuse" },
    NotPersonal { table: "saved_replies", column: "body", why: "a staff template, written for reuse" },
    NotPersonal {
        table: "audit_events",
        column: "details",
        why: "ids, counts and fixed codes only; the type `DetailValue` admits no free text",
    },
];

/// Word parts of column names that suggest personal data.
const PERSONAL_NAME_PARTS: &[&str] = &[
    "name",
    "email",
    "mail",
    "phone",
    "tel",
    "mobile",
    "ip",
    "agent",
    "body",
    "text",
    "message",
    "note",
    "notes",
    "comment",
    "subject",
    "file",
    "filename",
    "address",
    "personnummer",
    "pnr",
    "ssn",
    "html",
    "content",
    "label",
    "signature",
    "reason",
    "details",
    "title",
    "description",
];

/// Whether a column's name suggests it may hold personal data.
pub fn looks_personal(column: &str) -> bool {
    let column = column.to_ascii_lowercase();
    let (prefixes, suffixes) = NOT_DATA_AFFIXES;
    if prefixes.iter().any(|p| column.starts_with(p)) || suffixes.iter().any(|s| column.ends_with(s)) {
        return false;
    }
    column.contains("user_agent") || column.split('_').any(|part| PERSONAL_NAME_PARTS.contains(&part))
}

/// Prefixes and suffixes of settings, flags, counts and foreign keys: `require_email` is
/// a yes/no setting and `agent_id` a reference; neither holds personal data itself.
const NOT_DATA_AFFIXES: (&[&str], &[&str]) =
    (&["require_", "keep_", "max_", "is_", "has_", "allow_"], &["_id", "_count", "_at", "_enabled"]);

/// How a column is declared, if at all.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Declaration {
    Personal(&'static PersonalColumn),
    NotPersonal(&'static NotPersonal),
}

/// Whether a table is declared to hold no personal data at all.
pub fn is_non_personal_table(table: &str) -> bool {
    NON_PERSONAL_TABLES.iter().any(|(t, _)| *t == table)
}

pub fn declaration(table: &str, column: &str) -> Option<Declaration> {
    PERSONAL
        .iter()
        .find(|c| c.table == table && c.column == column)
        .map(Declaration::Personal)
        .or_else(|| NOT_PERSONAL.iter().find(|c| c.table == table && c.column == column).map(Declaration::NotPersonal))
}

/// The personal columns of one table.
pub fn personal_columns(table: &str) -> impl Iterator<Item = &'static PersonalColumn> + '_ {
    PERSONAL.iter().filter(move |c| c.table == table)
}

/// Checks a schema (table, column pairs) against the registry.
/// Returns the undeclared personal-looking columns and the stale declarations.
pub fn audit_schema(schema: &[(String, String)]) -> SchemaReport {
    let undeclared = schema
        .iter()
        .filter(|(t, c)| looks_personal(c) && declaration(t, c).is_none() && !is_non_personal_table(t))
        .cloned()
        .collect();
    let exists = |t: &str, c: &str| schema.iter().any(|(st, sc)| st == t && sc == c);
    let stale = PERSONAL
        .iter()
        .map(|c| (c.table, c.column))
        .chain(NOT_PERSONAL.iter().map(|c| (c.table, c.column)))
        .filter(|(t, c)| !exists(t, c))
        .map(|(t, c)| (t.to_owned(), c.to_owned()))
        .chain(
            NON_PERSONAL_TABLES
                .iter()
                .filter(|(t, _)| !schema.iter().any(|(st, _)| st == t))
                .map(|(t, _)| ((*t).to_owned(), "*".to_owned())),
        )
        .collect();
    SchemaReport { undeclared, stale }
}

#[derive(Debug, Default, PartialEq, Eq)]
pub struct SchemaReport {
    /// Columns that look personal and are not in the registry.
    pub undeclared: Vec<(String, String)>,
    /// Registry entries naming a column the schema does not have.
    pub stale: Vec<(String, String)>,
}

impl SchemaReport {
    pub fn is_clean(&self) -> bool {
        self.undeclared.is_empty() && self.stale.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn name_heuristic_uses_whole_word_parts() {
        assert!(looks_personal("display_name"));
        assert!(looks_personal("client_ip"));
        assert!(looks_personal("user_agent"));
        assert!(!looks_personal("transcription_id"), "ip inside a word is not an IP");
        assert!(!looks_personal("created_at"));
        assert!(!looks_personal("recipient_count"));
        assert!(!looks_personal("require_email") && !looks_personal("agent_id"));
        assert!(looks_personal("visitor_email") && looks_personal("last_user_agent"));
    }

    #[test]
    fn flags_undeclared_and_stale_columns() {
        let schema = vec![("contacts".to_owned(), "email".to_owned()), ("widget_logs".to_owned(), "body".to_owned())];
        let report = audit_schema(&schema);
        assert_eq!(report.undeclared, vec![("widget_logs".to_owned(), "body".to_owned())]);
        assert!(report.stale.contains(&("contacts".to_owned(), "phone".to_owned())));
    }

    #[test]
    fn every_declaration_is_unique() {
        let mut seen = std::collections::HashSet::new();
        for (t, c) in
            PERSONAL.iter().map(|c| (c.table, c.column)).chain(NOT_PERSONAL.iter().map(|c| (c.table, c.column)))
        {
            assert!(seen.insert((t, c)), "{t}.{c} declared twice");
        }
    }
}
