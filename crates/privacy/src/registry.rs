//! The personal-data registry: one declaration per column, and per table how its rows
//! belong to a person.
//!
//! Every column whose name suggests personal data (see [`looks_personal`]) must
//! appear here, either as [`PersonalColumn`] or, with a reason, as
//! [`NotPersonal`]. The integration test `privacy_registry` reads the live
//! schema on both backends and fails on an undeclared or stale column.
//!
//! Person search, export, erasure and retention read these declarations; none of
//! them keeps a list of tables of its own. A column says how it names a person
//! ([`Finds`]), what an export does with it ([`OnExport`]), what anonymisation and
//! erasure do ([`OnAnonymise`], [`OnErase`]); a table says which item (conversation,
//! case, forum post, …) its rows belong to ([`Belongs`]) and which rows are the
//! person's own words ([`Own`]).

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

/// How a column names the person its row is about: what person search compares it with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Finds {
    /// The person's e-mail address (compared whole, in lower case).
    Email,
    /// The person's phone number (compared as digits in national form).
    Phone,
    /// The person's personnummer or samordningsnummer (compared as ten digits).
    Personnummer,
    /// The person's name (compared as a part, in lower case).
    Name,
    /// Free text: an e-mail address, phone number or personnummer written anywhere in it.
    Text,
    /// The chat widget's visitor number (compared whole).
    Visitor,
    /// Nothing: the row is reached through the item it belongs to.
    Nothing,
}

/// What an access export does with the column.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum OnExport {
    Include,
    /// The bytes go into the export's `filer/` folder, named by the row's `name` column.
    File {
        name: &'static str,
    },
    /// Not given out, and why (shown in the export's `left_out` list).
    Omit(&'static str),
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
    /// Kept: a number that names nobody once what it points to is anonymised.
    Keep,
}

/// What erasure does with the column.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum OnErase {
    /// The whole row goes (with its item, or as the item).
    DeleteRow,
    /// The value is set to NULL; the row stays.
    Erase,
    /// The value is set to the empty text (the column is NOT NULL); the row stays.
    Blank,
}

/// A column that holds personal data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct PersonalColumn {
    pub table: &'static str,
    pub column: &'static str,
    pub category: Category,
    pub subject: Subject,
    pub finds: Finds,
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

/// The unit that person search reports, export gathers and erasure removes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Item {
    Conversation,
    Case,
    /// A forum question or answer.
    ForumPost,
    Contact,
    QueuedMail,
    LegalHold,
    /// A data-subject request in the register.
    Request,
    /// A reader's comment on a guide.
    GuideFeedback,
}

impl Item {
    pub const ALL: [Item; 8] = [
        Item::Conversation,
        Item::Case,
        Item::ForumPost,
        Item::Contact,
        Item::QueuedMail,
        Item::LegalHold,
        Item::Request,
        Item::GuideFeedback,
    ];

    /// The table whose rows are the items.
    pub fn table(self) -> &'static str {
        match self {
            Item::Conversation => "chat_conversations",
            Item::Case => "cases",
            Item::ForumPost => "forum_posts",
            Item::Contact => "contacts",
            Item::QueuedMail => "mail_outbox",
            Item::LegalHold => "legal_holds",
            Item::Request => "dsr_requests",
            Item::GuideFeedback => "guide_feedback",
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Item::Conversation => "conversation",
            Item::Case => "case",
            Item::ForumPost => "forum_post",
            Item::Contact => "contact",
            Item::QueuedMail => "queued_mail",
            Item::LegalHold => "legal_hold",
            Item::Request => "request",
            Item::GuideFeedback => "guide_feedback",
        }
    }
}

/// How the rows of a table belong to an item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Belongs {
    /// Each row is an item.
    Item(Item),
    /// `column` holds the id of the item (chat_messages.conversation_id).
    Column { column: &'static str, item: Item },
    /// `column` holds the id of a row of `table`, whose `item_column` holds the item's id
    /// (case_attachments.case_message_id → case_messages.case_id).
    Through { column: &'static str, table: &'static str, item_column: &'static str, item: Item },
    /// The item's column `by` holds this row's id (chat_conversations.visitor_id → chat_visitors).
    Referenced { by: &'static str, item: Item },
    /// A search index whose document id is the item's id; rebuilt with the item.
    Index(Item),
}

impl Belongs {
    pub fn item(self) -> Item {
        match self {
            Belongs::Item(item)
            | Belongs::Column { item, .. }
            | Belongs::Through { item, .. }
            | Belongs::Referenced { item, .. }
            | Belongs::Index(item) => item,
        }
    }
}

/// Which rows of a table hold the person's own words. In other rows (what staff wrote)
/// an export masks identifiers in free text and leaves names and addresses out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Own {
    /// Every row.
    All,
    /// None: staff's records about the person.
    None,
    /// Rows whose `column` holds the fixed code `value`.
    When { column: &'static str, value: &'static str },
    /// Rows whose `column` is NULL (forum posts without a staff author).
    WhenNull(&'static str),
}

/// Whether retention reaches a table's rows with their item's rule, and if not why.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Retention {
    /// Anonymised or deleted with the item (conversation, case, forum question).
    WithItem,
    /// Not by age, and why.
    Not(&'static str),
}

/// A table holding data subjects' columns: how its rows belong to a person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct PersonalTable {
    pub table: &'static str,
    pub belongs: Belongs,
    pub own: Own,
    pub retention: Retention,
}

const fn personal(
    table: &'static str,
    column: &'static str,
    category: Category,
    subject: Subject,
    finds: Finds,
    anonymise: OnAnonymise,
    erase: OnErase,
) -> PersonalColumn {
    PersonalColumn { table, column, category, subject, finds, export: OnExport::Include, anonymise, erase }
}

impl PersonalColumn {
    /// Left out of an access export, for `why`.
    const fn omit(self, why: &'static str) -> Self {
        PersonalColumn { export: OnExport::Omit(why), ..self }
    }

    /// Exported as a file named by the row's `name` column.
    const fn file(self, name: &'static str) -> Self {
        PersonalColumn { export: OnExport::File { name }, ..self }
    }
}

use Category::*;
use OnAnonymise::*;
use Subject::*;

/// Staff's own data is not part of a data subject's export.
const STAFF_DATA: &str = "a staff member's data, not a data subject's";

/// Every personal-data column in the schema.
pub static PERSONAL: &[PersonalColumn] = &[
    // Staff accounts.
    personal("users", "email", ContactDetail, Staff, Finds::Nothing, Erase, OnErase::DeleteRow).omit(STAFF_DATA),
    personal("users", "display_name", Name, Staff, Finds::Nothing, Pseudonym, OnErase::DeleteRow).omit(STAFF_DATA),
    personal("api_tokens", "label", FreeText, Staff, Finds::Nothing, MaskText, OnErase::DeleteRow).omit(STAFF_DATA),
    // Data subjects.
    personal("contacts", "display_name", Name, Contact, Finds::Name, Pseudonym, OnErase::DeleteRow),
    personal("contacts", "email", ContactDetail, Contact, Finds::Email, Erase, OnErase::DeleteRow),
    personal("contacts", "phone", ContactDetail, Contact, Finds::Phone, Erase, OnErase::DeleteRow),
    personal("contacts", "personnummer", Identifier, Contact, Finds::Personnummer, Erase, OnErase::DeleteRow),
    // Live chat.
    personal("chat_visitors", "token_hash", Technical, Contact, Finds::Nothing, Erase, OnErase::DeleteRow)
        .omit("a hash of the chat widget's session key: a secret, not information about the person"),
    // The visitor number links a person's conversations; once the session key behind it is
    // erased (anonymisation) it names nobody.
    personal("chat_conversations", "visitor_id", Technical, Contact, Finds::Visitor, Keep, OnErase::DeleteRow),
    personal("chat_conversations", "visitor_name", Name, Contact, Finds::Name, Pseudonym, OnErase::DeleteRow),
    personal("chat_conversations", "visitor_email", ContactDetail, Contact, Finds::Email, Erase, OnErase::DeleteRow),
    personal("chat_messages", "body", FreeText, Contact, Finds::Text, MaskText, OnErase::DeleteRow),
    personal("chat_files", "file_name", FreeText, Contact, Finds::Text, OnAnonymise::DeleteRow, OnErase::DeleteRow),
    personal("chat_files", "content", FreeText, Contact, Finds::Nothing, OnAnonymise::DeleteRow, OnErase::DeleteRow)
        .file("file_name"),
    // Customer forum: what a visitor wrote and the name they chose; the e-mail for notifications.
    personal("forum_posts", "title", FreeText, Contact, Finds::Text, MaskText, OnErase::DeleteRow),
    personal("forum_posts", "body", FreeText, Contact, Finds::Text, MaskText, OnErase::DeleteRow),
    personal("forum_posts", "author_name", Name, Contact, Finds::Name, Pseudonym, OnErase::DeleteRow),
    personal("forum_posts", "author_email", ContactDetail, Contact, Finds::Email, Erase, OnErase::DeleteRow),
    // The search index holds the stems of the same text (rebuilt from forum_posts on every change).
    personal("forum_search", "terms", FreeText, Contact, Finds::Nothing, MaskText, OnErase::DeleteRow)
        .omit("word stems of the forum posts, which are exported as written"),
    // E-mail cases: the customer's address and name, what they wrote, what was answered, files.
    personal("cases", "subject", FreeText, Contact, Finds::Text, MaskText, OnErase::DeleteRow),
    personal("cases", "customer_email", ContactDetail, Contact, Finds::Email, Erase, OnErase::DeleteRow),
    personal("cases", "customer_name", Name, Contact, Finds::Name, Pseudonym, OnErase::DeleteRow),
    personal("case_messages", "header_message_id", Technical, Contact, Finds::Nothing, Erase, OnErase::DeleteRow),
    personal("case_messages", "from_address", ContactDetail, Contact, Finds::Email, Erase, OnErase::DeleteRow),
    personal("case_messages", "from_name", Name, Contact, Finds::Name, Pseudonym, OnErase::DeleteRow),
    personal("case_messages", "reply_to", ContactDetail, Contact, Finds::Email, Erase, OnErase::DeleteRow),
    personal("case_messages", "subject", FreeText, Contact, Finds::Text, MaskText, OnErase::DeleteRow),
    personal("case_messages", "body_text", FreeText, Contact, Finds::Text, MaskText, OnErase::DeleteRow),
    personal("case_messages", "body_html", FreeText, Contact, Finds::Text, Erase, OnErase::DeleteRow)
        .omit("the mail's HTML version: its text is exported as body_text, and the export opens nothing active"),
    personal(
        "case_attachments",
        "file_name",
        FreeText,
        Contact,
        Finds::Text,
        OnAnonymise::DeleteRow,
        OnErase::DeleteRow,
    ),
    personal(
        "case_attachments",
        "content",
        FreeText,
        Contact,
        Finds::Nothing,
        OnAnonymise::DeleteRow,
        OnErase::DeleteRow,
    )
    .file("file_name"),
    // Outbound mail waiting to be sent (a transcript holds the conversation's text).
    personal(
        "mail_outbox",
        "recipient",
        ContactDetail,
        Contact,
        Finds::Email,
        OnAnonymise::DeleteRow,
        OnErase::DeleteRow,
    ),
    personal("mail_outbox", "subject", FreeText, Contact, Finds::Text, OnAnonymise::DeleteRow, OnErase::DeleteRow),
    personal("mail_outbox", "body", FreeText, Contact, Finds::Text, OnAnonymise::DeleteRow, OnErase::DeleteRow),
    // Legal holds and restrictions on a person: the person's e-mail, phone or personnummer
    // (normalised), and the reason staff gave. Erasure is refused while one is active; a
    // released one goes with the person.
    personal("legal_holds", "person_key", Identifier, Contact, Finds::Nothing, Erase, OnErase::DeleteRow),
    personal("legal_holds", "reason", FreeText, Contact, Finds::Text, MaskText, OnErase::DeleteRow),
    // The register of data-subject requests: who asked, and why a deadline was extended. The
    // row stays after an erasure as proof that the request was answered (kind, dates, outcome).
    personal("dsr_requests", "subject_email", ContactDetail, Contact, Finds::Email, Erase, OnErase::Blank),
    personal("dsr_requests", "extension_reason", FreeText, Contact, Finds::Text, MaskText, OnErase::Erase),
    personal("dsr_requests", "closing_reason", FreeText, Contact, Finds::Text, MaskText, OnErase::Erase),
    // The DPO's contact details, shown in notices and the record of processing.
    personal("privacy_profiles", "dpo_contact", ContactDetail, Staff, Finds::Nothing, Erase, OnErase::Erase)
        .omit(STAFF_DATA),
    // Readers' comments on guides: free text, identifiers masked at intake, no address stored.
    personal("guide_feedback", "comment", FreeText, Contact, Finds::Text, MaskText, OnErase::DeleteRow),
    // Retention rule changes: the reason an admin or DPO gave.
    personal("retention_rules", "reason", FreeText, Staff, Finds::Nothing, MaskText, OnErase::Erase).omit(STAFF_DATA),
];

/// How the rows of each table with data subjects' columns belong to a person.
pub static TABLES: &[PersonalTable] = &[
    PersonalTable {
        table: "contacts",
        belongs: Belongs::Item(Item::Contact),
        own: Own::All,
        retention: Retention::Not("a person's contact record is erased or kept by data-subject requests, not by age"),
    },
    PersonalTable {
        table: "chat_conversations",
        belongs: Belongs::Item(Item::Conversation),
        own: Own::All,
        retention: Retention::WithItem,
    },
    PersonalTable {
        table: "chat_visitors",
        belongs: Belongs::Referenced { by: "visitor_id", item: Item::Conversation },
        own: Own::All,
        retention: Retention::WithItem,
    },
    PersonalTable {
        table: "chat_messages",
        belongs: Belongs::Column { column: "conversation_id", item: Item::Conversation },
        own: Own::When { column: "sender", value: "visitor" },
        retention: Retention::WithItem,
    },
    PersonalTable {
        table: "chat_files",
        belongs: Belongs::Column { column: "conversation_id", item: Item::Conversation },
        own: Own::All,
        retention: Retention::WithItem,
    },
    PersonalTable {
        table: "forum_posts",
        belongs: Belongs::Item(Item::ForumPost),
        own: Own::WhenNull("staff_user_id"),
        retention: Retention::WithItem,
    },
    PersonalTable {
        table: "forum_search",
        belongs: Belongs::Index(Item::ForumPost),
        own: Own::All,
        retention: Retention::Not("rebuilt from the anonymised posts in the same transaction"),
    },
    PersonalTable { table: "cases", belongs: Belongs::Item(Item::Case), own: Own::All, retention: Retention::WithItem },
    PersonalTable {
        table: "case_messages",
        belongs: Belongs::Column { column: "case_id", item: Item::Case },
        own: Own::When { column: "direction", value: "in" },
        retention: Retention::WithItem,
    },
    PersonalTable {
        table: "case_attachments",
        belongs: Belongs::Through {
            column: "case_message_id",
            table: "case_messages",
            item_column: "case_id",
            item: Item::Case,
        },
        own: Own::All,
        retention: Retention::WithItem,
    },
    PersonalTable {
        table: "mail_outbox",
        belongs: Belongs::Item(Item::QueuedMail),
        own: Own::None,
        retention: Retention::WithItem,
    },
    PersonalTable {
        table: "legal_holds",
        belongs: Belongs::Item(Item::LegalHold),
        own: Own::None,
        retention: Retention::Not("a hold is kept while it applies; it is what stops retention"),
    },
    PersonalTable {
        table: "dsr_requests",
        belongs: Belongs::Item(Item::Request),
        own: Own::None,
        retention: Retention::Not("the register of requests is kept as proof of how each was answered"),
    },
    PersonalTable {
        table: "guide_feedback",
        belongs: Belongs::Item(Item::GuideFeedback),
        own: Own::All,
        retention: Retention::Not("anonymous from the start: identifiers masked before storing, no address kept"),
    },
];

/// How a table's rows belong to a person, if the table holds data subjects' columns.
pub fn personal_table(table: &str) -> Option<&'static PersonalTable> {
    TABLES.iter().find(|t| t.table == table)
}

/// The data subjects' columns, table by table in registry order.
pub fn subject_columns() -> impl Iterator<Item = (&'static PersonalTable, &'static PersonalColumn)> {
    TABLES.iter().flat_map(|t| PERSONAL.iter().filter(move |c| c.table == t.table).map(move |c| (t, c)))
}

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

    #[test]
    fn every_data_subject_column_belongs_to_a_declared_table() {
        for column in PERSONAL.iter().filter(|c| c.subject == Subject::Contact) {
            assert!(personal_table(column.table).is_some(), "{}: how do its rows belong to a person?", column.table);
        }
        for table in TABLES {
            assert!(
                PERSONAL.iter().any(|c| c.table == table.table && c.subject == Subject::Contact),
                "{} is declared as a person's table but has no personal column",
                table.table
            );
        }
        for item in Item::ALL {
            assert_eq!(personal_table(item.table()).map(|t| t.belongs), Some(Belongs::Item(item)), "{item:?}");
        }
    }

    #[test]
    fn what_erasure_keeps_and_export_leaves_out_is_stated() {
        for (table, column) in subject_columns() {
            // A row that is not an item goes with its item: it cannot outlive the erasure.
            if !matches!(table.belongs, Belongs::Item(_)) {
                assert_eq!(column.erase, OnErase::DeleteRow, "{}.{}", column.table, column.column);
            }
            // A search index is derived text: never exported, never searched.
            if matches!(table.belongs, Belongs::Index(_)) {
                assert!(matches!(column.export, OnExport::Omit(_)) && column.finds == Finds::Nothing);
            }
            match column.export {
                OnExport::Omit(why) => assert!(why.len() > 20, "{}.{}: say why", column.table, column.column),
                OnExport::File { name } => assert!(
                    PERSONAL.iter().any(|c| c.table == column.table && c.column == name),
                    "{}.{name} names the file",
                    column.table
                ),
                OnExport::Include => {}
            }
        }
    }
}
