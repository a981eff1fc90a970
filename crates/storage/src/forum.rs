//! Forum rows: settings, categories, notices, posts, reports and the search index.
//!
//! The search index holds one document per published question (its title, its
//! text and its published answers) as terms analysed in Rust
//! (`domain::search`), so SQLite FTS5 and PostgreSQL `tsvector` match alike.
//! Every change that can alter what is public re-indexes the question in the
//! same transaction.

use crate::{Backend, Db, OrgScope, OrgWrite, Result, StorageError};
use domain::forum::{ForumSettings, HoldReason, PostStatus, QuestionSort, ReportReason};
use domain::org::Language;
use domain::{CategoryId, PostId, Timestamp, UserId};

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct CategoryRow {
    pub id: i64,
    pub slug: String,
    pub name: String,
    pub description: String,
    pub position: i64,
    /// Published questions in the category.
    pub question_count: i64,
}

/// A post as stored, without its secret tokens.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct PostRow {
    pub id: i64,
    pub question_id: Option<i64>,
    pub category_id: Option<i64>,
    pub title: Option<String>,
    pub body: String,
    pub author_name: String,
    pub author_email: Option<String>,
    pub notify_on_answer: bool,
    pub staff_user_id: Option<i64>,
    pub official: bool,
    pub status: String,
    pub hold_code: Option<String>,
    pub notice_version: Option<i64>,
    pub findings: String,
    pub helpful_count: i64,
    pub answer_count: i64,
    pub accepted_answer_id: Option<i64>,
    pub open_report_count: i64,
    pub created_at: i64,
    pub edited_at: Option<i64>,
    pub last_activity_at: i64,
}

impl PostRow {
    pub fn post_id(&self) -> PostId {
        PostId(self.id)
    }
    pub fn status(&self) -> PostStatus {
        self.status.parse().unwrap_or(PostStatus::Hidden)
    }
    pub fn hold(&self) -> Option<HoldReason> {
        self.hold_code.as_deref().and_then(|c| c.parse().ok())
    }
    pub fn is_question(&self) -> bool {
        self.question_id.is_none()
    }
    /// The question this post belongs to (itself, for a question).
    pub fn thread_id(&self) -> PostId {
        PostId(self.question_id.unwrap_or(self.id))
    }
}

const POST_COLUMNS: &str = "id, question_id, category_id, title, body, author_name, author_email, notify_on_answer, \
    staff_user_id, official, status, hold_code, notice_version, findings, helpful_count, answer_count, \
    accepted_answer_id, open_report_count, created_at, edited_at, last_activity_at";

/// A post to store.
#[derive(Debug, Clone)]
pub struct NewPost<'a> {
    /// `None` for a question.
    pub question: Option<PostId>,
    /// Required for a question.
    pub category: Option<CategoryId>,
    pub title: Option<&'a str>,
    pub body: &'a str,
    pub author_name: &'a str,
    pub author_email: Option<&'a str>,
    pub notify_on_answer: bool,
    pub unsubscribe_token: Option<&'a str>,
    pub staff_user: Option<UserId>,
    pub official: bool,
    pub status: PostStatus,
    pub hold: Option<HoldReason>,
    pub manage_token_hash: &'a str,
    pub notice_version: Option<i64>,
    pub findings: &'a str,
}

/// Which questions to list.
#[derive(Debug, Clone, Copy)]
pub struct QuestionQuery {
    pub category: Option<CategoryId>,
    pub sort: QuestionSort,
    pub limit: i64,
    pub offset: i64,
}

impl OrgScope<'_> {
    pub async fn forum_settings(&self) -> Result<ForumSettings> {
        let row: Option<(String, String)> = on_pool!(self.db, |pool| {
            sqlx::query_as("SELECT moderation, blocked_words FROM forum_settings WHERE org_id = $1")
                .bind(self.org.0)
                .fetch_optional(pool)
                .await
        })?;
        Ok(match row {
            None => ForumSettings::default(),
            Some((moderation, words)) => ForumSettings {
                moderation: moderation.parse().map_err(|_| StorageError::Corrupt("forum_settings.moderation"))?,
                blocked_words: words.lines().filter(|w| !w.is_empty()).map(str::to_owned).collect(),
            },
        })
    }

    /// Categories in display order, with their number of published questions.
    pub async fn forum_categories(&self) -> Result<Vec<CategoryRow>> {
        let mut rows: Vec<CategoryRow> = on_pool!(self.db, |pool| {
            sqlx::query_as(
                "SELECT id, slug, name, description, position, CAST(0 AS BIGINT) AS question_count FROM forum_categories \
                 WHERE org_id = $1 ORDER BY position, name, id",
            )
            .bind(self.org.0)
            .fetch_all(pool)
            .await
        })?;
        // One pass over the published-questions index rather than one count per category.
        let counts: Vec<(Option<i64>, i64)> = on_pool!(self.db, |pool| {
            sqlx::query_as(
                "SELECT category_id, COUNT(*) FROM forum_posts WHERE org_id = $1 AND question_id IS NULL \
                 AND status = 'published' GROUP BY category_id",
            )
            .bind(self.org.0)
            .fetch_all(pool)
            .await
        })?;
        for row in &mut rows {
            row.question_count = counts.iter().find(|(c, _)| *c == Some(row.id)).map_or(0, |(_, n)| *n);
        }
        Ok(rows)
    }

    /// One category, without counts.
    pub async fn forum_category(&self, id: CategoryId) -> Result<Option<CategoryRow>> {
        Ok(on_pool!(self.db, |pool| {
            sqlx::query_as(
                "SELECT id, slug, name, description, position, CAST(0 AS BIGINT) AS question_count FROM forum_categories \
                 WHERE org_id = $1 AND id = $2",
            )
            .bind(self.org.0)
            .bind(id.0)
            .fetch_optional(pool)
            .await
        })?)
    }

    /// The current forum notice in a language: (version, text).
    pub async fn forum_notice(&self, language: Language) -> Result<Option<(i64, String)>> {
        Ok(on_pool!(self.db, |pool| {
            sqlx::query_as(
                "SELECT version, body FROM forum_notices WHERE org_id = $1 AND language = $2 \
                 ORDER BY version DESC LIMIT 1",
            )
            .bind(self.org.0)
            .bind(language.as_str())
            .fetch_optional(pool)
            .await
        })?)
    }

    /// One page of published questions and the number of them in total.
    pub async fn questions(&self, query: QuestionQuery) -> Result<(Vec<PostRow>, i64)> {
        let category_filter = if query.category.is_some() { "AND category_id = $2" } else { "AND $2 = $2" };
        let unanswered = if query.sort == QuestionSort::Unanswered { "AND answer_count = 0" } else { "" };
        let order = match query.sort {
            QuestionSort::Latest | QuestionSort::Unanswered => "last_activity_at DESC, id DESC",
            QuestionSort::Helpful => "helpful_count DESC, last_activity_at DESC, id DESC",
        };
        let filter = format!(
            "FROM forum_posts WHERE org_id = $1 AND question_id IS NULL AND status = 'published' \
             {category_filter} {unanswered}"
        );
        let list = format!("SELECT {POST_COLUMNS} {filter} ORDER BY {order} LIMIT $3 OFFSET $4");
        let count = format!("SELECT COUNT(*) {filter}");
        let category = query.category.map_or(0, |c| c.0);
        let rows: Vec<PostRow> = on_pool!(self.db, |pool| {
            sqlx::query_as(sqlx::AssertSqlSafe(list))
                .bind(self.org.0)
                .bind(category)
                .bind(query.limit)
                .bind(query.offset)
                .fetch_all(pool)
                .await
        })?;
        let total: i64 = on_pool!(self.db, |pool| {
            sqlx::query_scalar(sqlx::AssertSqlSafe(count)).bind(self.org.0).bind(category).fetch_one(pool).await
        })?;
        Ok((rows, total))
    }

    /// A post in any status.
    pub async fn forum_post(&self, id: PostId) -> Result<Option<PostRow>> {
        let sql = format!("SELECT {POST_COLUMNS} FROM forum_posts WHERE org_id = $1 AND id = $2");
        Ok(on_pool!(self.db, |pool| {
            sqlx::query_as(sqlx::AssertSqlSafe(sql)).bind(self.org.0).bind(id.0).fetch_optional(pool).await
        })?)
    }

    /// The answers to a question in any status, oldest first.
    pub async fn forum_answers(&self, question: PostId) -> Result<Vec<PostRow>> {
        let sql = format!(
            "SELECT {POST_COLUMNS} FROM forum_posts WHERE org_id = $1 AND question_id = $2 ORDER BY created_at, id"
        );
        Ok(on_pool!(self.db, |pool| {
            sqlx::query_as(sqlx::AssertSqlSafe(sql)).bind(self.org.0).bind(question.0).fetch_all(pool).await
        })?)
    }

    /// The post whose management link hashes to `hash`.
    pub async fn forum_post_by_manage_hash(&self, hash: &str) -> Result<Option<PostRow>> {
        let sql = format!("SELECT {POST_COLUMNS} FROM forum_posts WHERE org_id = $1 AND manage_token_hash = $2");
        Ok(on_pool!(self.db, |pool| {
            sqlx::query_as(sqlx::AssertSqlSafe(sql)).bind(self.org.0).bind(hash).fetch_optional(pool).await
        })?)
    }

    /// The question whose unsubscribe link carries `token`.
    pub async fn forum_post_by_unsubscribe(&self, token: &str) -> Result<Option<PostRow>> {
        let sql = format!("SELECT {POST_COLUMNS} FROM forum_posts WHERE org_id = $1 AND unsubscribe_token = $2");
        Ok(on_pool!(self.db, |pool| {
            sqlx::query_as(sqlx::AssertSqlSafe(sql)).bind(self.org.0).bind(token).fetch_optional(pool).await
        })?)
    }

    /// Posts waiting for a moderator or reported by visitors, oldest first.
    pub async fn moderation_queue(&self, limit: i64) -> Result<Vec<PostRow>> {
        let sql = format!(
            "SELECT {POST_COLUMNS} FROM forum_posts WHERE org_id = $1 AND (status = 'pending' OR open_report_count > 0) \
             ORDER BY created_at, id LIMIT $2"
        );
        Ok(on_pool!(self.db, |pool| {
            sqlx::query_as(sqlx::AssertSqlSafe(sql)).bind(self.org.0).bind(limit).fetch_all(pool).await
        })?)
    }

    /// Open reports of a post: (reason, how many).
    pub async fn open_reports(&self, post: PostId) -> Result<Vec<(String, i64)>> {
        Ok(on_pool!(self.db, |pool| {
            sqlx::query_as(
                "SELECT reason_code, COUNT(*) FROM forum_reports WHERE org_id = $1 AND post_id = $2 \
                 AND resolved_at IS NULL GROUP BY reason_code ORDER BY reason_code",
            )
            .bind(self.org.0)
            .bind(post.0)
            .fetch_all(pool)
            .await
        })?)
    }

    /// Published questions for the sitemap: (id, last activity), newest first.
    pub async fn sitemap_questions(&self, limit: i64) -> Result<Vec<(i64, i64)>> {
        Ok(on_pool!(self.db, |pool| {
            sqlx::query_as(
                "SELECT id, last_activity_at FROM forum_posts WHERE org_id = $1 AND question_id IS NULL \
                 AND status = 'published' ORDER BY last_activity_at DESC LIMIT $2",
            )
            .bind(self.org.0)
            .bind(limit)
            .fetch_all(pool)
            .await
        })?)
    }

    /// Published questions matching every term (or, with `TermMatch::Any`, any of them),
    /// best first. Returns at most `limit` questions after skipping `offset`.
    pub async fn search_questions(
        &self,
        terms: &[String],
        matching: TermMatch,
        limit: i64,
        offset: i64,
    ) -> Result<Vec<PostRow>> {
        if terms.is_empty() {
            return Ok(Vec::new());
        }
        let cols = POST_COLUMNS.split(", ").map(|c| format!("p.{c}")).collect::<Vec<_>>().join(", ");
        let rows: Vec<PostRow> = match self.db {
            Db::Sqlite(db) => {
                // Each term quoted: a term is letters and digits only, but quoting also
                // keeps FTS5 operators (AND, NEAR, *) in a query from being interpreted.
                let matcher = matching.fts5(&[sqlite_org_token(self.org.0)], terms);
                // Rank inside FTS5 first (its `rank` is bm25), then fetch the page's rows.
                let sql = format!(
                    "SELECT {cols} FROM (SELECT rowid AS id, rank FROM forum_search WHERE forum_search MATCH $2 \
                     ORDER BY rank LIMIT $3 OFFSET $4) s JOIN forum_posts p ON p.id = s.id \
                     WHERE p.org_id = $1 AND p.status = 'published' ORDER BY s.rank, p.id DESC"
                );
                sqlx::query_as(sqlx::AssertSqlSafe(sql))
                    .bind(self.org.0)
                    .bind(matcher)
                    .bind(limit)
                    .bind(offset)
                    .fetch_all(&db.reads)
                    .await?
            }
            Db::Postgres(pool) => {
                let sql = format!(
                    "SELECT {cols} FROM forum_search s JOIN forum_posts p ON p.id = s.question_id, \
                     to_tsquery('simple', $2) q \
                     WHERE s.org_id = $1 AND s.terms @@ q AND p.org_id = $1 AND p.status = 'published' \
                     ORDER BY ts_rank(s.terms, q, 1) DESC, p.id DESC LIMIT $3 OFFSET $4"
                );
                sqlx::query_as(sqlx::AssertSqlSafe(sql))
                    .bind(self.org.0)
                    .bind(matching.tsquery(terms))
                    .bind(limit)
                    .bind(offset)
                    .fetch_all(pool)
                    .await?
            }
        };
        Ok(rows)
    }
}

impl OrgWrite {
    pub async fn save_forum_settings(&mut self, settings: &ForumSettings) -> Result<()> {
        let org = self.org.0;
        let words = settings.blocked_words.join("\n");
        on_tx!(&mut self.tx, |conn| {
            sqlx::query(
                "INSERT INTO forum_settings (org_id, moderation, blocked_words) VALUES ($1, $2, $3) \
                 ON CONFLICT (org_id) DO UPDATE SET moderation = excluded.moderation, \
                 blocked_words = excluded.blocked_words",
            )
            .bind(org)
            .bind(settings.moderation.as_str())
            .bind(&words)
            .execute(conn)
            .await
            .map(|r| r.rows_affected())
        })?;
        Ok(())
    }

    pub async fn create_category(&mut self, slug: &str, name: &str, description: &str) -> Result<CategoryId> {
        let (org, now) = (self.org.0, Timestamp::now().micros());
        let id: i64 = on_tx!(&mut self.tx, |conn| {
            sqlx::query_scalar(
                "INSERT INTO forum_categories (org_id, slug, name, description, position, created_at) \
                 VALUES ($1, $2, $3, $4, (SELECT COALESCE(MAX(position), 0) + 1 FROM forum_categories \
                 WHERE org_id = $1), $5) RETURNING id",
            )
            .bind(org)
            .bind(slug)
            .bind(name)
            .bind(description)
            .bind(now)
            .fetch_one(conn)
            .await
        })?;
        Ok(CategoryId(id))
    }

    /// Stores a new version of the forum notice; returns its version number.
    pub async fn publish_forum_notice(&mut self, language: Language, body: &str) -> Result<i64> {
        let (org, now) = (self.org.0, Timestamp::now().micros());
        Ok(on_tx!(&mut self.tx, |conn| {
            sqlx::query_scalar(
                "INSERT INTO forum_notices (org_id, language, version, body, created_at) VALUES ($1, $2, \
                 (SELECT COALESCE(MAX(version), 0) + 1 FROM forum_notices WHERE org_id = $1 AND language = $2), $3, $4) \
                 RETURNING version",
            )
            .bind(org)
            .bind(language.as_str())
            .bind(body)
            .bind(now)
            .fetch_one(conn)
            .await
        })?)
    }

    /// A category of this organisation by id, or `NotFound`.
    pub async fn require_category(&mut self, id: CategoryId) -> Result<()> {
        let org = self.org.0;
        let found: Option<i64> = on_tx!(&mut self.tx, |conn| {
            sqlx::query_scalar("SELECT id FROM forum_categories WHERE org_id = $1 AND id = $2")
                .bind(org)
                .bind(id.0)
                .fetch_optional(conn)
                .await
        })?;
        found.map(|_| ()).ok_or(StorageError::NotFound)
    }

    /// A post read inside this transaction (any status).
    pub async fn locked_forum_post(&mut self, id: PostId) -> Result<PostRow> {
        let org = self.org.0;
        let sql = format!("SELECT {POST_COLUMNS} FROM forum_posts WHERE org_id = $1 AND id = $2");
        let row: Option<PostRow> = on_tx!(&mut self.tx, |conn| {
            sqlx::query_as(sqlx::AssertSqlSafe(sql)).bind(org).bind(id.0).fetch_optional(conn).await
        })?;
        row.ok_or(StorageError::NotFound)
    }

    pub async fn insert_post(&mut self, post: &NewPost<'_>) -> Result<PostId> {
        let (org, now) = (self.org.0, Timestamp::now().micros());
        let id: i64 = on_tx!(&mut self.tx, |conn| {
            sqlx::query_scalar(
                "INSERT INTO forum_posts (org_id, question_id, category_id, title, body, author_name, author_email, \
                 notify_on_answer, unsubscribe_token, staff_user_id, official, status, hold_code, manage_token_hash, \
                 notice_version, findings, created_at, last_activity_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $17) RETURNING id",
            )
            .bind(org)
            .bind(post.question.map(|q| q.0))
            .bind(post.category.map(|c| c.0))
            .bind(post.title)
            .bind(post.body)
            .bind(post.author_name)
            .bind(post.author_email)
            .bind(post.notify_on_answer)
            .bind(post.unsubscribe_token)
            .bind(post.staff_user.map(|u| u.0))
            .bind(post.official)
            .bind(post.status.as_str())
            .bind(post.hold.map(HoldReason::as_str))
            .bind(post.manage_token_hash)
            .bind(post.notice_version)
            .bind(post.findings)
            .bind(now)
            .fetch_one(conn)
            .await
        })?;
        Ok(PostId(id))
    }

    pub async fn set_post_status(&mut self, id: PostId, status: PostStatus) -> Result<()> {
        let org = self.org.0;
        on_tx!(&mut self.tx, |conn| {
            sqlx::query("UPDATE forum_posts SET status = $3, hold_code = NULL WHERE org_id = $1 AND id = $2")
                .bind(org)
                .bind(id.0)
                .bind(status.as_str())
                .execute(conn)
                .await
                .map(|r| r.rows_affected())
        })?;
        Ok(())
    }

    pub async fn edit_post(&mut self, id: PostId, title: Option<&str>, body: &str, findings: &str) -> Result<()> {
        let (org, now) = (self.org.0, Timestamp::now().micros());
        on_tx!(&mut self.tx, |conn| {
            sqlx::query(
                "UPDATE forum_posts SET title = COALESCE($3, title), body = $4, findings = $5, edited_at = $6 \
                 WHERE org_id = $1 AND id = $2",
            )
            .bind(org)
            .bind(id.0)
            .bind(title)
            .bind(body)
            .bind(findings)
            .bind(now)
            .execute(conn)
            .await
            .map(|r| r.rows_affected())
        })?;
        Ok(())
    }

    pub async fn move_question(&mut self, id: PostId, category: CategoryId) -> Result<()> {
        let org = self.org.0;
        on_tx!(&mut self.tx, |conn| {
            sqlx::query("UPDATE forum_posts SET category_id = $3 WHERE org_id = $1 AND id = $2 AND question_id IS NULL")
                .bind(org)
                .bind(id.0)
                .bind(category.0)
                .execute(conn)
                .await
                .map(|r| r.rows_affected())
        })?;
        Ok(())
    }

    pub async fn set_accepted_answer(&mut self, question: PostId, answer: Option<PostId>) -> Result<()> {
        let org = self.org.0;
        on_tx!(&mut self.tx, |conn| {
            sqlx::query("UPDATE forum_posts SET accepted_answer_id = $3 WHERE org_id = $1 AND id = $2")
                .bind(org)
                .bind(question.0)
                .bind(answer.map(|a| a.0))
                .execute(conn)
                .await
                .map(|r| r.rows_affected())
        })?;
        Ok(())
    }

    /// Recounts a question's published answers and moves its last activity to now when `touch`.
    pub async fn refresh_question(&mut self, question: PostId, touch: bool) -> Result<()> {
        let (org, now) = (self.org.0, Timestamp::now().micros());
        on_tx!(&mut self.tx, |conn| {
            sqlx::query(
                "UPDATE forum_posts SET answer_count = (SELECT COUNT(*) FROM forum_posts a WHERE a.question_id = $2 \
                 AND a.status = 'published'), last_activity_at = CASE WHEN $3 THEN $4 ELSE last_activity_at END \
                 WHERE org_id = $1 AND id = $2",
            )
            .bind(org)
            .bind(question.0)
            .bind(touch)
            .bind(now)
            .execute(conn)
            .await
            .map(|r| r.rows_affected())
        })?;
        Ok(())
    }

    /// Adds one helpful vote to a published post; returns the new count.
    pub async fn add_helpful_vote(&mut self, id: PostId) -> Result<i64> {
        let org = self.org.0;
        let count: Option<i64> = on_tx!(&mut self.tx, |conn| {
            sqlx::query_scalar(
                "UPDATE forum_posts SET helpful_count = helpful_count + 1 \
                 WHERE org_id = $1 AND id = $2 AND status = 'published' RETURNING helpful_count",
            )
            .bind(org)
            .bind(id.0)
            .fetch_optional(conn)
            .await
        })?;
        count.ok_or(StorageError::NotFound)
    }

    pub async fn add_report(&mut self, id: PostId, reason: ReportReason) -> Result<()> {
        let (org, now) = (self.org.0, Timestamp::now().micros());
        on_tx!(&mut self.tx, |conn| {
            sqlx::query("INSERT INTO forum_reports (org_id, post_id, reason_code, created_at) VALUES ($1, $2, $3, $4)")
                .bind(org)
                .bind(id.0)
                .bind(reason.as_str())
                .bind(now)
                .execute(conn)
                .await
                .map(|r| r.rows_affected())
        })?;
        self.count_open_reports(id).await
    }

    /// Marks every open report of a post as handled.
    pub async fn resolve_reports(&mut self, id: PostId) -> Result<()> {
        let (org, now) = (self.org.0, Timestamp::now().micros());
        on_tx!(&mut self.tx, |conn| {
            sqlx::query(
                "UPDATE forum_reports SET resolved_at = $3 WHERE org_id = $1 AND post_id = $2 AND resolved_at IS NULL",
            )
            .bind(org)
            .bind(id.0)
            .bind(now)
            .execute(conn)
            .await
            .map(|r| r.rows_affected())
        })?;
        self.count_open_reports(id).await
    }

    async fn count_open_reports(&mut self, id: PostId) -> Result<()> {
        let org = self.org.0;
        on_tx!(&mut self.tx, |conn| {
            sqlx::query(
                "UPDATE forum_posts SET open_report_count = (SELECT COUNT(*) FROM forum_reports r \
                 WHERE r.post_id = $2 AND r.resolved_at IS NULL) WHERE org_id = $1 AND id = $2",
            )
            .bind(org)
            .bind(id.0)
            .execute(conn)
            .await
            .map(|r| r.rows_affected())
        })?;
        Ok(())
    }

    /// Deletes a post (a question with its answers), its reports, queued mail and search entry.
    pub async fn delete_post(&mut self, id: PostId) -> Result<()> {
        let org = self.org.0;
        if let crate::db::Tx::Sqlite(tx) = &mut self.tx {
            // The FTS5 table has no foreign key to cascade through.
            sqlx::query("DELETE FROM forum_search WHERE rowid = $1").bind(id.0).execute(&mut **tx).await?;
        }
        on_tx!(&mut self.tx, |conn| {
            sqlx::query("DELETE FROM forum_posts WHERE org_id = $1 AND id = $2")
                .bind(org)
                .bind(id.0)
                .execute(conn)
                .await
                .map(|r| r.rows_affected())
        })?;
        Ok(())
    }

    /// Replaces the author's name by `pseudonym` and forgets their e-mail address.
    pub async fn anonymise_author(&mut self, id: PostId, pseudonym: &str) -> Result<()> {
        let org = self.org.0;
        on_tx!(&mut self.tx, |conn| {
            sqlx::query(
                "UPDATE forum_posts SET author_name = $3, author_email = NULL, notify_on_answer = $4, \
                 unsubscribe_token = NULL WHERE org_id = $1 AND id = $2",
            )
            .bind(org)
            .bind(id.0)
            .bind(pseudonym)
            .bind(false)
            .execute(conn)
            .await
            .map(|r| r.rows_affected())
        })?;
        Ok(())
    }

    /// The secret of a question's unsubscribe link, while notifications are on.
    pub async fn unsubscribe_token(&mut self, question: PostId) -> Result<Option<String>> {
        let org = self.org.0;
        let token: Option<Option<String>> = on_tx!(&mut self.tx, |conn| {
            sqlx::query_scalar("SELECT unsubscribe_token FROM forum_posts WHERE org_id = $1 AND id = $2")
                .bind(org)
                .bind(question.0)
                .fetch_optional(conn)
                .await
        })?;
        Ok(token.flatten())
    }

    /// Stops answer notifications for a question and forgets the e-mail address.
    pub async fn unsubscribe_question(&mut self, id: PostId) -> Result<()> {
        let org = self.org.0;
        on_tx!(&mut self.tx, |conn| {
            sqlx::query(
                "UPDATE forum_posts SET author_email = NULL, notify_on_answer = $3, unsubscribe_token = NULL \
                 WHERE org_id = $1 AND id = $2",
            )
            .bind(org)
            .bind(id.0)
            .bind(false)
            .execute(conn)
            .await
            .map(|r| r.rows_affected())
        })?;
        Ok(())
    }

    /// Rebuilds the search document of a question from what is public now: the
    /// question if published, with its published answers; otherwise removes it.
    pub async fn reindex_question(&mut self, question: PostId, language: Language) -> Result<()> {
        let org = self.org.0;
        let parts: Vec<(Option<String>, String)> = on_tx!(&mut self.tx, |conn| {
            sqlx::query_as(
                "SELECT title, body FROM forum_posts WHERE org_id = $1 AND status = 'published' \
                 AND (id = $2 AND question_id IS NULL OR question_id = $2 AND EXISTS (SELECT 1 FROM forum_posts q \
                 WHERE q.id = $2 AND q.status = 'published')) ORDER BY id",
            )
            .bind(org)
            .bind(question.0)
            .fetch_all(conn)
            .await
        })?;
        let mut terms = String::new();
        for (title, body) in &parts {
            // A title counts twice: both backends rank by term frequency, so a question
            // whose title names the subject outranks one that mentions it in passing.
            let title_terms = title.as_deref().map(|t| domain::search::index_terms(t, language));
            for text in [title_terms.clone(), title_terms, Some(domain::search::index_terms(body, language))]
                .into_iter()
                .flatten()
            {
                if !terms.is_empty() {
                    terms.push(' ');
                }
                terms.push_str(&text);
            }
        }
        match &mut self.tx {
            crate::db::Tx::Sqlite(tx) => {
                sqlx::query("DELETE FROM forum_search WHERE rowid = $1").bind(question.0).execute(&mut **tx).await?;
                if !parts.is_empty() {
                    sqlx::query("INSERT INTO forum_search (rowid, terms) VALUES ($1, $2)")
                        .bind(question.0)
                        .bind(format!("{} {terms}", sqlite_org_token(org)))
                        .execute(&mut **tx)
                        .await?;
                }
            }
            crate::db::Tx::Postgres(tx) => {
                if parts.is_empty() {
                    sqlx::query("DELETE FROM forum_search WHERE question_id = $1")
                        .bind(question.0)
                        .execute(&mut **tx)
                        .await?;
                } else {
                    sqlx::query(
                        "INSERT INTO forum_search (question_id, org_id, terms) VALUES ($1, $2, to_tsvector('simple', $3)) \
                         ON CONFLICT (question_id) DO UPDATE SET terms = excluded.terms",
                    )
                    .bind(question.0)
                    .bind(org)
                    .bind(&terms)
                    .execute(&mut **tx)
                    .await?;
                }
            }
        }
        Ok(())
    }
}

/// Whether a search needs every term or any of them (ranked, so the best match leads).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TermMatch {
    /// The help and forum search pages: precise.
    All,
    /// Suggestions from a whole question as typed: a document need not hold every word.
    Any,
}

impl TermMatch {
    /// An FTS5 query: the required tokens (organisation, audience) and the terms, each quoted
    /// so that FTS5 operators in a query are never interpreted.
    pub(crate) fn fts5(self, required: &[String], terms: &[String]) -> String {
        let quoted: Vec<String> = terms.iter().map(|t| format!("\"{}\"", t.replace('"', ""))).collect();
        let required = required.iter().map(|t| format!("\"{t}\"")).collect::<Vec<_>>().join(" ");
        match self {
            TermMatch::All => format!("{required} {}", quoted.join(" ")),
            TermMatch::Any => format!("{required} AND ({})", quoted.join(" OR ")),
        }
    }

    /// A PostgreSQL tsquery over pre-analysed terms (letters and digits only).
    pub(crate) fn tsquery(self, terms: &[String]) -> String {
        let clean: Vec<String> = terms
            .iter()
            .map(|t| t.chars().filter(|c| c.is_alphanumeric()).collect::<String>())
            .filter(|t| !t.is_empty())
            .map(|t| format!("'{t}'"))
            .collect();
        clean.join(if self == TermMatch::All { " & " } else { " | " })
    }
}

/// The token that confines an FTS5 document to its organisation.
pub(crate) fn sqlite_org_token(org: i64) -> String {
    format!("_o{org}_")
}

impl Db {
    /// Refreshes the query planner's statistics (and on PostgreSQL the visibility map)
    /// after a bulk load, as autovacuum or `PRAGMA optimize` would in a running system.
    pub async fn analyze(&self) -> Result<()> {
        match self {
            Db::Sqlite(db) => sqlx::query("ANALYZE").execute(&db.writes).await.map(|r| r.rows_affected())?,
            Db::Postgres(pool) => sqlx::query("VACUUM ANALYZE").execute(pool).await.map(|r| r.rows_affected())?,
        };
        Ok(())
    }

    /// Which backend answers a search (for the benchmark's report).
    pub fn search_engine(&self) -> &'static str {
        match self.backend() {
            Backend::Sqlite => "SQLite FTS5",
            Backend::Postgres => "PostgreSQL tsvector/GIN",
        }
    }
}
