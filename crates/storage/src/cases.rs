//! E-mail case rows: inboxes, cases, their messages and attachments.

use crate::{Db, OrgScope, OrgWrite, Result};
use domain::cases::{CaseStatus, Direction, RuleField};
use domain::{CaseId, GroupId, InboxId, Timestamp, UserId};

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct InboxRow {
    pub id: i64,
    pub org_id: i64,
    pub address: String,
    pub name: String,
    pub signature: String,
    pub auto_reply: bool,
}

const INBOX_COLUMNS: &str = "id, org_id, address, name, signature, auto_reply";

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct CaseRow {
    pub id: i64,
    pub inbox_id: i64,
    pub number: i64,
    pub subject: String,
    pub status: String,
    pub assignee_id: Option<i64>,
    pub group_id: Option<i64>,
    pub customer_email: Option<String>,
    pub customer_name: Option<String>,
    pub created_at: i64,
    pub last_message_at: i64,
    pub closed_at: Option<i64>,
    /// Set when retention anonymised it.
    pub anonymised_at: Option<i64>,
}

impl CaseRow {
    pub fn case_id(&self) -> CaseId {
        CaseId(self.id)
    }
    pub fn status(&self) -> CaseStatus {
        self.status.parse().unwrap_or(CaseStatus::Open)
    }
}

const CASE_COLUMNS: &str = "id, inbox_id, number, subject, status, assignee_id, group_id, customer_email, customer_name, \
    created_at, last_message_at, closed_at, anonymised_at";

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct CaseMessageRow {
    pub id: i64,
    pub case_id: i64,
    pub direction: String,
    pub header_message_id: Option<String>,
    pub from_address: Option<String>,
    pub from_name: Option<String>,
    pub reply_to: Option<String>,
    pub subject: String,
    pub body_text: String,
    pub body_html: Option<String>,
    pub findings: String,
    pub author_id: Option<i64>,
    pub automatic: bool,
    pub size_bytes: i64,
    pub created_at: i64,
}

const MESSAGE_COLUMNS: &str = "id, case_id, direction, header_message_id, from_address, from_name, reply_to, \
    subject, body_text, body_html, findings, author_id, automatic, size_bytes, created_at";

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct InboxRuleRow {
    pub id: i64,
    pub inbox_id: i64,
    pub match_field: String,
    pub pattern: String,
    pub assignee_id: Option<i64>,
    pub group_id: Option<i64>,
    pub tag: Option<String>,
}

/// What a routing rule does to a new case.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RuleAction {
    pub assignee: Option<UserId>,
    pub group: Option<GroupId>,
    pub tag: Option<String>,
}

/// Which cases to list.
#[derive(Debug, Clone, Default)]
pub struct CaseFilter {
    pub status: Option<CaseStatus>,
    pub assignee: Option<UserId>,
    pub inbox: Option<InboxId>,
    pub tag: Option<String>,
    pub group: Option<GroupId>,
    /// Only cases routed to a group this user belongs to.
    pub groups_of: Option<UserId>,
}

/// A message to add to a case.
#[derive(Debug, Clone)]
pub struct NewCaseMessage<'a> {
    pub direction: Direction,
    pub header_message_id: Option<&'a str>,
    pub from_address: Option<&'a str>,
    pub from_name: Option<&'a str>,
    pub reply_to: Option<&'a str>,
    pub subject: &'a str,
    pub body_text: &'a str,
    pub body_html: Option<&'a str>,
    pub findings: &'a str,
    pub author: Option<UserId>,
    pub automatic: bool,
    pub size_bytes: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct AttachmentInfo {
    pub id: i64,
    pub case_message_id: i64,
    pub file_name: String,
    pub content_type: String,
    pub size_bytes: i64,
}

impl Db {
    /// The inbox an address belongs to, in whichever organisation (for mail intake).
    pub async fn inbox_by_address(&self, address: &str) -> Result<Option<InboxRow>> {
        let sql = format!("SELECT {INBOX_COLUMNS} FROM mail_inboxes WHERE address = $1");
        Ok(on_pool!(self, |pool| sqlx::query_as(sqlx::AssertSqlSafe(sql))
            .bind(address.to_ascii_lowercase())
            .fetch_optional(pool)
            .await)?)
    }
}

impl OrgScope<'_> {
    pub async fn inboxes(&self) -> Result<Vec<InboxRow>> {
        let sql = format!("SELECT {INBOX_COLUMNS} FROM mail_inboxes WHERE org_id = $1 ORDER BY name, id");
        Ok(on_pool!(self.db, |pool| {
            sqlx::query_as(sqlx::AssertSqlSafe(sql)).bind(self.org.0).fetch_all(pool).await
        })?)
    }

    /// Cases, most recent activity first; `status` filters when given.
    pub async fn cases(&self, status: Option<CaseStatus>, limit: i64) -> Result<Vec<CaseRow>> {
        self.find_cases(&CaseFilter { status, ..Default::default() }, limit).await
    }

    /// Cases matching every given filter, most recent activity first.
    pub async fn find_cases(&self, filter: &CaseFilter, limit: i64) -> Result<Vec<CaseRow>> {
        // Each filter is a fixed fragment with its own parameter; an unused one compares the
        // parameter to itself, so the placeholders keep their numbers.
        let status = if filter.status.is_some() { "status = $2" } else { "$2 = $2" };
        let assignee = if filter.assignee.is_some() { "assignee_id = $3" } else { "$3 = $3" };
        let inbox = if filter.inbox.is_some() { "inbox_id = $4" } else { "$4 = $4" };
        let tag = if filter.tag.is_some() {
            "EXISTS (SELECT 1 FROM case_tags t WHERE t.case_id = cases.id AND t.tag = $5)"
        } else {
            "$5 = $5"
        };
        let group = if filter.group.is_some() { "group_id = $7" } else { "$7 = $7" };
        let groups_of = if filter.groups_of.is_some() {
            "group_id IN (SELECT m.group_id FROM agent_group_members m WHERE m.org_id = $1 AND m.user_id = $8)"
        } else {
            "$8 = $8"
        };
        let sql = format!(
            "SELECT {CASE_COLUMNS} FROM cases WHERE org_id = $1 AND {status} AND {assignee} AND {inbox} AND {tag} \
             AND {group} AND {groups_of} ORDER BY last_message_at DESC, id DESC LIMIT $6"
        );
        Ok(on_pool!(self.db, |pool| {
            sqlx::query_as(sqlx::AssertSqlSafe(sql))
                .bind(self.org.0)
                .bind(filter.status.map_or("", CaseStatus::as_str))
                .bind(filter.assignee.map_or(0, |u| u.0))
                .bind(filter.inbox.map_or(0, |i| i.0))
                .bind(filter.tag.clone().unwrap_or_default())
                .bind(limit)
                .bind(filter.group.map_or(0, |g| g.0))
                .bind(filter.groups_of.map_or(0, |u| u.0))
                .fetch_all(pool)
                .await
        })?)
    }

    /// An inbox's routing rules in the order they are tried.
    pub async fn inbox_rules(&self, inbox: InboxId) -> Result<Vec<InboxRuleRow>> {
        Ok(on_pool!(self.db, |pool| {
            sqlx::query_as(
                "SELECT id, inbox_id, match_field, pattern, assignee_id, group_id, tag FROM inbox_rules \
                 WHERE org_id = $1 AND inbox_id = $2 ORDER BY id",
            )
            .bind(self.org.0)
            .bind(inbox.0)
            .fetch_all(pool)
            .await
        })?)
    }

    pub async fn case_tags(&self, case: CaseId) -> Result<Vec<String>> {
        Ok(on_pool!(self.db, |pool| {
            sqlx::query_scalar("SELECT tag FROM case_tags WHERE org_id = $1 AND case_id = $2 ORDER BY tag")
                .bind(self.org.0)
                .bind(case.0)
                .fetch_all(pool)
                .await
        })?)
    }

    pub async fn case(&self, id: CaseId) -> Result<Option<CaseRow>> {
        let sql = format!("SELECT {CASE_COLUMNS} FROM cases WHERE org_id = $1 AND id = $2");
        Ok(on_pool!(self.db, |pool| {
            sqlx::query_as(sqlx::AssertSqlSafe(sql)).bind(self.org.0).bind(id.0).fetch_optional(pool).await
        })?)
    }

    pub async fn case_messages(&self, case: CaseId) -> Result<Vec<CaseMessageRow>> {
        let sql = format!("SELECT {MESSAGE_COLUMNS} FROM case_messages WHERE org_id = $1 AND case_id = $2 ORDER BY id");
        Ok(on_pool!(self.db, |pool| {
            sqlx::query_as(sqlx::AssertSqlSafe(sql)).bind(self.org.0).bind(case.0).fetch_all(pool).await
        })?)
    }

    /// Attachments of a case's messages (without their content).
    pub async fn case_attachments(&self, case: CaseId) -> Result<Vec<AttachmentInfo>> {
        Ok(on_pool!(self.db, |pool| {
            sqlx::query_as(
                "SELECT a.id, a.case_message_id, a.file_name, a.content_type, a.size_bytes FROM case_attachments a \
                 JOIN case_messages m ON m.id = a.case_message_id WHERE a.org_id = $1 AND m.case_id = $2 ORDER BY a.id",
            )
            .bind(self.org.0)
            .bind(case.0)
            .fetch_all(pool)
            .await
        })?)
    }

    /// One attachment with its content.
    pub async fn case_attachment(&self, id: i64) -> Result<Option<(AttachmentInfo, Vec<u8>)>> {
        let row: Option<crate::db::WithContent<AttachmentInfo>> = on_pool!(self.db, |pool| {
            sqlx::query_as(
                "SELECT id, case_message_id, file_name, content_type, size_bytes, content FROM case_attachments \
                 WHERE org_id = $1 AND id = $2",
            )
            .bind(self.org.0)
            .bind(id)
            .fetch_optional(pool)
            .await
        })?;
        Ok(row.map(crate::db::WithContent::into_parts))
    }
}

impl OrgWrite {
    pub async fn create_inbox(&mut self, address: &str, name: &str, auto_reply: bool) -> Result<InboxId> {
        let (org, now) = (self.org.0, Timestamp::now().micros());
        let id: i64 = on_tx!(&mut self.tx, |conn| {
            sqlx::query_scalar(
                "INSERT INTO mail_inboxes (org_id, address, name, auto_reply, created_at) VALUES ($1, $2, $3, $4, $5) \
                 RETURNING id",
            )
            .bind(org)
            .bind(address)
            .bind(name)
            .bind(auto_reply)
            .bind(now)
            .fetch_one(conn)
            .await
        })?;
        Ok(InboxId(id))
    }

    /// Replaces an inbox's name, signature and auto-reply setting.
    pub async fn update_inbox(&mut self, inbox: InboxId, name: &str, signature: &str, auto_reply: bool) -> Result<()> {
        let org = self.org.0;
        let changed = on_tx!(&mut self.tx, |conn| {
            sqlx::query(
                "UPDATE mail_inboxes SET name = $3, signature = $4, auto_reply = $5 WHERE org_id = $1 AND id = $2",
            )
            .bind(org)
            .bind(inbox.0)
            .bind(name)
            .bind(signature)
            .bind(auto_reply)
            .execute(conn)
            .await
            .map(|r| r.rows_affected())
        })?;
        crate::error::found(changed)
    }

    /// The case that holds a message with one of these Message-IDs (the last id first).
    pub async fn case_by_header_ids(&mut self, ids: &[String]) -> Result<Option<CaseRow>> {
        let org = self.org.0;
        let sql = format!(
            "SELECT {CASE_COLUMNS} FROM cases WHERE org_id = $1 AND id = (SELECT case_id FROM case_messages \
             WHERE org_id = $1 AND header_message_id = $2 ORDER BY id DESC LIMIT 1)"
        );
        for id in ids.iter().rev().take(20) {
            let found: Option<CaseRow> = on_tx!(&mut self.tx, |conn| {
                sqlx::query_as(sqlx::AssertSqlSafe(sql.clone())).bind(org).bind(id).fetch_optional(conn).await
            })?;
            if found.is_some() {
                return Ok(found);
            }
        }
        Ok(None)
    }

    pub async fn case_by_number(&mut self, number: i64) -> Result<Option<CaseRow>> {
        let org = self.org.0;
        let sql = format!("SELECT {CASE_COLUMNS} FROM cases WHERE org_id = $1 AND number = $2");
        Ok(on_tx!(&mut self.tx, |conn| {
            sqlx::query_as(sqlx::AssertSqlSafe(sql)).bind(org).bind(number).fetch_optional(conn).await
        })?)
    }

    /// A new case with the organisation's next number.
    pub async fn create_case(
        &mut self,
        inbox: InboxId,
        subject: &str,
        customer_email: Option<&str>,
        customer_name: Option<&str>,
    ) -> Result<(CaseId, i64)> {
        let (org, now) = (self.org.0, Timestamp::now().micros());
        let number: i64 = on_tx!(&mut self.tx, |conn| {
            sqlx::query_scalar(
                "INSERT INTO case_counters (org_id, last_number) VALUES ($1, 1) \
                 ON CONFLICT (org_id) DO UPDATE SET last_number = case_counters.last_number + 1 RETURNING last_number",
            )
            .bind(org)
            .fetch_one(conn)
            .await
        })?;
        let id: i64 = on_tx!(&mut self.tx, |conn| {
            sqlx::query_scalar(
                "INSERT INTO cases (org_id, inbox_id, number, subject, status, customer_email, customer_name, \
                 created_at, last_message_at) VALUES ($1, $2, $3, $4, 'new', $5, $6, $7, $7) RETURNING id",
            )
            .bind(org)
            .bind(inbox.0)
            .bind(number)
            .bind(subject)
            .bind(customer_email)
            .bind(customer_name)
            .bind(now)
            .fetch_one(conn)
            .await
        })?;
        Ok((CaseId(id), number))
    }

    pub async fn add_case_message(&mut self, case: CaseId, m: &NewCaseMessage<'_>) -> Result<i64> {
        let (org, now) = (self.org.0, Timestamp::now().micros());
        Ok(on_tx!(&mut self.tx, |conn| {
            sqlx::query_scalar(
                "INSERT INTO case_messages (org_id, case_id, direction, header_message_id, from_address, from_name, \
                 reply_to, subject, body_text, body_html, findings, author_id, automatic, size_bytes, created_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) RETURNING id",
            )
            .bind(org)
            .bind(case.0)
            .bind(m.direction.as_str())
            .bind(m.header_message_id)
            .bind(m.from_address)
            .bind(m.from_name)
            .bind(m.reply_to)
            .bind(m.subject)
            .bind(m.body_text)
            .bind(m.body_html)
            .bind(m.findings)
            .bind(m.author.map(|u| u.0))
            .bind(m.automatic)
            .bind(m.size_bytes)
            .bind(now)
            .fetch_one(conn)
            .await
        })?)
    }

    pub async fn add_case_attachment(
        &mut self,
        message: i64,
        file_name: &str,
        content_type: &str,
        content: &[u8],
    ) -> Result<i64> {
        let (org, now) = (self.org.0, Timestamp::now().micros());
        Ok(on_tx!(&mut self.tx, |conn| {
            sqlx::query_scalar(
                "INSERT INTO case_attachments (org_id, case_message_id, file_name, content_type, size_bytes, content, \
                 created_at) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
            )
            .bind(org)
            .bind(message)
            .bind(file_name)
            .bind(content_type)
            .bind(content.len() as i64)
            .bind(content)
            .bind(now)
            .fetch_one(conn)
            .await
        })?)
    }

    /// A message of a case, locked for the rest of the transaction.
    pub async fn case_message_for_update(&mut self, id: i64) -> Result<Option<CaseMessageRow>> {
        let org = self.org.0;
        let lock = self.tx.row_lock();
        let sql = format!("SELECT {MESSAGE_COLUMNS} FROM case_messages WHERE org_id = $1 AND id = $2{lock}");
        Ok(on_tx!(&mut self.tx, |conn| {
            sqlx::query_as(sqlx::AssertSqlSafe(sql.clone())).bind(org).bind(id).fetch_optional(conn).await
        })?)
    }

    /// Replaces a message's texts and findings (masking).
    pub async fn replace_case_message_text(
        &mut self,
        id: i64,
        subject: &str,
        body_text: &str,
        body_html: Option<&str>,
        findings: &str,
    ) -> Result<()> {
        let org = self.org.0;
        let changed = on_tx!(&mut self.tx, |conn| {
            sqlx::query(
                "UPDATE case_messages SET subject = $3, body_text = $4, body_html = $5, findings = $6 \
                 WHERE org_id = $1 AND id = $2",
            )
            .bind(org)
            .bind(id)
            .bind(subject)
            .bind(body_text)
            .bind(body_html)
            .bind(findings)
            .execute(conn)
            .await
            .map(|r| r.rows_affected())
        })?;
        crate::error::found(changed)
    }

    pub async fn set_case_subject(&mut self, case: CaseId, subject: &str) -> Result<()> {
        self.set_text("cases", "subject", case.0, subject).await
    }

    /// An attachment (without its content) and the case it belongs to, locked for the
    /// rest of the transaction.
    pub async fn case_attachment_for_update(&mut self, id: i64) -> Result<Option<(CaseId, AttachmentInfo)>> {
        let org = self.org.0;
        let lock = self.tx.row_lock();
        let sql = format!(
            "SELECT id, case_message_id, file_name, content_type, size_bytes FROM case_attachments \
             WHERE org_id = $1 AND id = $2{lock}"
        );
        let info: Option<AttachmentInfo> = on_tx!(&mut self.tx, |conn| {
            sqlx::query_as(sqlx::AssertSqlSafe(sql.clone())).bind(org).bind(id).fetch_optional(conn).await
        })?;
        let Some(info) = info else { return Ok(None) };
        let case: i64 = on_tx!(&mut self.tx, |conn| {
            sqlx::query_scalar("SELECT case_id FROM case_messages WHERE org_id = $1 AND id = $2")
                .bind(org)
                .bind(info.case_message_id)
                .fetch_one(conn)
                .await
        })?;
        Ok(Some((CaseId(case), info)))
    }

    pub async fn rename_case_attachment(&mut self, id: i64, name: &str) -> Result<()> {
        self.set_text("case_attachments", "file_name", id, name).await
    }

    /// A case's status, locked for the rest of the transaction (PostgreSQL row lock;
    /// SQLite's write lock is already held).
    pub async fn case_status_for_update(&mut self, case: CaseId) -> Result<String> {
        let org = self.org.0;
        let lock = self.tx.row_lock();
        let sql = format!("SELECT status FROM cases WHERE org_id = $1 AND id = $2{lock}");
        let status: Option<String> = on_tx!(&mut self.tx, |conn| {
            sqlx::query_scalar(sqlx::AssertSqlSafe(sql.clone())).bind(org).bind(case.0).fetch_optional(conn).await
        })?;
        status.ok_or(crate::StorageError::NotFound)
    }

    pub async fn set_case_status(&mut self, case: CaseId, status: CaseStatus) -> Result<()> {
        let (org, now) = (self.org.0, Timestamp::now().micros());
        let closed_at = (status == CaseStatus::Closed).then_some(now);
        let changed = on_tx!(&mut self.tx, |conn| {
            sqlx::query("UPDATE cases SET status = $3, closed_at = $4 WHERE org_id = $1 AND id = $2")
                .bind(org)
                .bind(case.0)
                .bind(status.as_str())
                .bind(closed_at)
                .execute(conn)
                .await
                .map(|r| r.rows_affected())
        })?;
        crate::error::found(changed)
    }

    pub async fn add_inbox_rule(
        &mut self,
        inbox: InboxId,
        field: RuleField,
        pattern: &str,
        action: &RuleAction,
    ) -> Result<i64> {
        let (org, now) = (self.org.0, Timestamp::now().micros());
        let found: Option<i64> = on_tx!(&mut self.tx, |conn| {
            sqlx::query_scalar("SELECT id FROM mail_inboxes WHERE org_id = $1 AND id = $2")
                .bind(org)
                .bind(inbox.0)
                .fetch_optional(conn)
                .await
        })?;
        found.ok_or(crate::StorageError::NotFound)?;
        Ok(on_tx!(&mut self.tx, |conn| {
            sqlx::query_scalar(
                "INSERT INTO inbox_rules (org_id, inbox_id, match_field, pattern, assignee_id, group_id, tag, created_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
            )
            .bind(org)
            .bind(inbox.0)
            .bind(field.as_str())
            .bind(pattern)
            .bind(action.assignee.map(|u| u.0))
            .bind(action.group.map(|g| g.0))
            .bind(action.tag.as_deref())
            .bind(now)
            .fetch_one(conn)
            .await
        })?)
    }

    pub async fn delete_inbox_rule(&mut self, rule: i64) -> Result<()> {
        self.delete_row("inbox_rules", rule).await
    }

    /// Replaces a case's tags.
    pub async fn set_case_tags(&mut self, case: CaseId, tags: &[String]) -> Result<()> {
        let org = self.org.0;
        on_tx!(&mut self.tx, |conn| {
            sqlx::query("DELETE FROM case_tags WHERE org_id = $1 AND case_id = $2")
                .bind(org)
                .bind(case.0)
                .execute(conn)
                .await
                .map(|r| r.rows_affected())
        })?;
        for tag in tags {
            on_tx!(&mut self.tx, |conn| {
                sqlx::query("INSERT INTO case_tags (org_id, case_id, tag) VALUES ($1, $2, $3)")
                    .bind(org)
                    .bind(case.0)
                    .bind(tag)
                    .execute(conn)
                    .await
                    .map(|r| r.rows_affected())
            })?;
        }
        Ok(())
    }

    pub async fn assign_case(&mut self, case: CaseId, assignee: Option<UserId>) -> Result<()> {
        let org = self.org.0;
        let changed = on_tx!(&mut self.tx, |conn| {
            sqlx::query("UPDATE cases SET assignee_id = $3 WHERE org_id = $1 AND id = $2")
                .bind(org)
                .bind(case.0)
                .bind(assignee.map(|u| u.0))
                .execute(conn)
                .await
                .map(|r| r.rows_affected())
        })?;
        crate::error::found(changed)
    }

    /// Routes a case to a group (or to none).
    pub async fn set_case_group(&mut self, case: CaseId, group: Option<GroupId>) -> Result<()> {
        let org = self.org.0;
        let changed = on_tx!(&mut self.tx, |conn| {
            sqlx::query(
                "UPDATE cases SET group_id = $3 WHERE org_id = $1 AND id = $2 \
                 AND ($3 IS NULL OR EXISTS (SELECT 1 FROM agent_groups g WHERE g.org_id = $1 AND g.id = $3))",
            )
            .bind(org)
            .bind(case.0)
            .bind(group.map(|g| g.0))
            .execute(conn)
            .await
            .map(|r| r.rows_affected())
        })?;
        crate::error::found(changed)
    }

    /// A customer wrote: the case is active again (a closed or waiting case reopens).
    pub async fn case_customer_wrote(&mut self, case: CaseId) -> Result<()> {
        let (org, now) = (self.org.0, Timestamp::now().micros());
        on_tx!(&mut self.tx, |conn| {
            sqlx::query(
                "UPDATE cases SET last_message_at = $3, closed_at = NULL, \
                 status = CASE WHEN status = 'new' THEN 'new' ELSE 'open' END WHERE org_id = $1 AND id = $2",
            )
            .bind(org)
            .bind(case.0)
            .bind(now)
            .execute(conn)
            .await
            .map(|r| r.rows_affected())
        })?;
        Ok(())
    }
}
