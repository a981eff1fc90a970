//! The knowledge base: categories, guides with every saved version, images, feedback,
//! and the search index of published guides (SQLite FTS5 or a PostgreSQL tsvector, as
//! for the forum).

use crate::forum::TermMatch;
use crate::{Db, OrgScope, OrgWrite, Result};
use domain::Timestamp;
use domain::org::Language;

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow, serde::Serialize)]
pub struct KbCategoryRow {
    pub id: i64,
    pub slug: String,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow, serde::Serialize)]
pub struct GuideRow {
    pub id: i64,
    pub category_id: Option<i64>,
    pub slug: String,
    pub title: String,
    pub body: String,
    pub visibility: String,
    pub status: String,
    pub revision: i64,
    pub updated_by: Option<i64>,
    pub created_at: i64,
    pub updated_at: i64,
    pub published_at: Option<i64>,
    pub helpful: i64,
    pub not_helpful: i64,
}

const GUIDE_COLUMNS: &str = "id, category_id, slug, title, body, visibility, status, revision, updated_by, \
    created_at, updated_at, published_at, helpful, not_helpful";

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow, serde::Serialize)]
pub struct RevisionRow {
    pub revision: i64,
    pub title: String,
    pub body: String,
    pub edited_by: Option<i64>,
    pub created_at: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow, serde::Serialize)]
pub struct FeedbackRow {
    pub helpful: bool,
    pub comment: Option<String>,
    pub created_at: i64,
}

/// A guide's content as saved (checked by the caller).
pub struct GuideContent<'a> {
    pub category: Option<i64>,
    pub title: &'a str,
    pub body: &'a str,
    pub visibility: &'a str,
}

/// Which guides a listing or search may show.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Audience {
    /// Published public guides.
    Public,
    /// Published guides, public and internal (staff).
    Staff,
    /// Every guide, drafts too (the editor's list).
    Editors,
}

impl Audience {
    fn condition(self) -> &'static str {
        match self {
            Audience::Public => "status = 'published' AND visibility = 'public'",
            Audience::Staff => "status = 'published'",
            Audience::Editors => "1 = 1",
        }
    }
}

impl OrgScope<'_> {
    pub async fn kb_categories(&self) -> Result<Vec<KbCategoryRow>> {
        Ok(on_pool!(self.db, |pool| sqlx::query_as(
            "SELECT id, slug, name FROM kb_categories WHERE org_id = $1 ORDER BY name, id"
        )
        .bind(self.org.0)
        .fetch_all(pool)
        .await)?)
    }

    /// Guides for an audience, by category then title (at most 2,000: the help front page and the editor's list).
    pub async fn guides(&self, audience: Audience) -> Result<Vec<GuideRow>> {
        let sql = format!(
            "SELECT {GUIDE_COLUMNS} FROM guides WHERE org_id = $1 AND {} ORDER BY category_id, title, id LIMIT 2000",
            audience.condition()
        );
        Ok(on_pool!(self.db, |pool| sqlx::query_as(sqlx::AssertSqlSafe(sql.clone()))
            .bind(self.org.0)
            .fetch_all(pool)
            .await)?)
    }

    pub async fn guide(&self, id: i64) -> Result<Option<GuideRow>> {
        let sql = format!("SELECT {GUIDE_COLUMNS} FROM guides WHERE org_id = $1 AND id = $2");
        Ok(on_pool!(self.db, |pool| sqlx::query_as(sqlx::AssertSqlSafe(sql.clone()))
            .bind(self.org.0)
            .bind(id)
            .fetch_optional(pool)
            .await)?)
    }

    pub async fn guide_by_slug(&self, slug: &str) -> Result<Option<GuideRow>> {
        let sql = format!("SELECT {GUIDE_COLUMNS} FROM guides WHERE org_id = $1 AND slug = $2");
        Ok(on_pool!(self.db, |pool| sqlx::query_as(sqlx::AssertSqlSafe(sql.clone()))
            .bind(self.org.0)
            .bind(slug)
            .fetch_optional(pool)
            .await)?)
    }

    /// Every saved version of a guide, newest first.
    pub async fn guide_revisions(&self, guide: i64) -> Result<Vec<RevisionRow>> {
        Ok(on_pool!(self.db, |pool| sqlx::query_as(
            "SELECT revision, title, body, edited_by, created_at FROM guide_revisions \
             WHERE org_id = $1 AND guide_id = $2 ORDER BY revision DESC"
        )
        .bind(self.org.0)
        .bind(guide)
        .fetch_all(pool)
        .await)?)
    }

    /// An image's bytes and type.
    pub async fn guide_image(&self, id: i64) -> Result<Option<(Vec<u8>, String)>> {
        Ok(on_pool!(self.db, |pool| sqlx::query_as(
            "SELECT content, content_type FROM guide_images WHERE org_id = $1 AND id = $2"
        )
        .bind(self.org.0)
        .bind(id)
        .fetch_optional(pool)
        .await)?)
    }

    /// Whether a published public guide shows the image at `url` (as `url)` or `url "title")`).
    pub async fn image_in_public_guide(&self, url: &str) -> Result<bool> {
        let exact = format!("%({url})%");
        let titled = format!("%({url} %");
        let found: Option<i64> = on_pool!(self.db, |pool| sqlx::query_scalar(
            "SELECT id FROM guides WHERE org_id = $1 AND status = 'published' AND visibility = 'public' \
             AND (body LIKE $2 OR body LIKE $3) LIMIT 1"
        )
        .bind(self.org.0)
        .bind(&exact)
        .bind(&titled)
        .fetch_optional(pool)
        .await)?;
        Ok(found.is_some())
    }

    /// The newest feedback on a guide.
    pub async fn guide_feedback(&self, guide: i64, limit: i64) -> Result<Vec<FeedbackRow>> {
        Ok(on_pool!(self.db, |pool| sqlx::query_as(
            "SELECT helpful, comment, created_at FROM guide_feedback WHERE org_id = $1 AND guide_id = $2 \
             ORDER BY id DESC LIMIT $3"
        )
        .bind(self.org.0)
        .bind(guide)
        .bind(limit)
        .fetch_all(pool)
        .await)?)
    }

    /// Published guides matching the terms, best first (public ones only for `Audience::Public`).
    pub async fn search_guides(
        &self,
        terms: &[String],
        matching: TermMatch,
        audience: Audience,
        limit: i64,
    ) -> Result<Vec<GuideRow>> {
        if terms.is_empty() {
            return Ok(Vec::new());
        }
        let cols = GUIDE_COLUMNS.split(", ").map(|c| format!("g.{c}")).collect::<Vec<_>>().join(", ");
        let public_only = audience == Audience::Public;
        Ok(match self.db {
            Db::Sqlite(db) => {
                let mut required = vec![crate::forum::sqlite_org_token(self.org.0)];
                if public_only {
                    required.push(PUBLIC_TOKEN.to_owned());
                }
                let matcher = matching.fts5(&required, terms);
                let sql = format!(
                    "SELECT {cols} FROM (SELECT rowid AS id, rank FROM guide_search WHERE guide_search MATCH $2 \
                     ORDER BY rank LIMIT $3) s JOIN guides g ON g.id = s.id \
                     WHERE g.org_id = $1 AND g.status = 'published' ORDER BY s.rank, g.id"
                );
                sqlx::query_as(sqlx::AssertSqlSafe(sql))
                    .bind(self.org.0)
                    .bind(matcher)
                    .bind(limit)
                    .fetch_all(&db.reads)
                    .await?
            }
            Db::Postgres(pool) => {
                let sql = format!(
                    "SELECT {cols} FROM guide_search s JOIN guides g ON g.id = s.guide_id, \
                     to_tsquery('simple', $2) q \
                     WHERE s.org_id = $1 AND s.terms @@ q AND ($4 = FALSE OR s.public) AND g.status = 'published' \
                     ORDER BY ts_rank(s.terms, q, 1) DESC, g.id LIMIT $3"
                );
                sqlx::query_as(sqlx::AssertSqlSafe(sql))
                    .bind(self.org.0)
                    .bind(matching.tsquery(terms))
                    .bind(limit)
                    .bind(public_only)
                    .fetch_all(pool)
                    .await?
            }
        })
    }
}

/// The token a public guide's search document carries (the analyser never produces `_`).
const PUBLIC_TOKEN: &str = "_pub_";

impl OrgWrite {
    pub async fn create_kb_category(&mut self, slug: &str, name: &str) -> Result<i64> {
        let (org, now) = (self.org.0, Timestamp::now().micros());
        Ok(on_tx!(&mut self.tx, |conn| sqlx::query_scalar(
            "INSERT INTO kb_categories (org_id, slug, name, created_at) VALUES ($1, $2, $3, $4) RETURNING id"
        )
        .bind(org)
        .bind(slug)
        .bind(name)
        .bind(now)
        .fetch_one(conn)
        .await)?)
    }

    /// Whether a category of this organisation exists (a guide may name only its own).
    async fn require_kb_category(&mut self, id: i64) -> Result<()> {
        let org = self.org.0;
        let found: Option<i64> = on_tx!(&mut self.tx, |conn| sqlx::query_scalar(
            "SELECT id FROM kb_categories WHERE org_id = $1 AND id = $2"
        )
        .bind(org)
        .bind(id)
        .fetch_optional(conn)
        .await)?;
        found.map(|_| ()).ok_or(crate::StorageError::NotFound)
    }

    /// A new draft (revision 1, kept in the history).
    pub async fn insert_guide(&mut self, slug: &str, content: &GuideContent<'_>, by: domain::UserId) -> Result<i64> {
        if let Some(category) = content.category {
            self.require_kb_category(category).await?;
        }
        let (org, now) = (self.org.0, Timestamp::now().micros());
        let id: i64 = on_tx!(&mut self.tx, |conn| {
            sqlx::query_scalar(
            "INSERT INTO guides (org_id, category_id, slug, title, body, visibility, status, revision, created_by, \
             updated_by, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, 'draft', 1, $7, $7, $8, $8) RETURNING id"
        )
        .bind(org)
        .bind(content.category)
        .bind(slug)
        .bind(content.title)
        .bind(content.body)
        .bind(content.visibility)
        .bind(by.0)
        .bind(now)
        .fetch_one(conn)
        .await
        })?;
        self.add_revision(id, 1, content, by).await?;
        Ok(id)
    }

    /// Saves a new version of a guide; returns its revision number.
    pub async fn update_guide(&mut self, id: i64, content: &GuideContent<'_>, by: domain::UserId) -> Result<i64> {
        if let Some(category) = content.category {
            self.require_kb_category(category).await?;
        }
        let (org, now) = (self.org.0, Timestamp::now().micros());
        let revision: Option<i64> = on_tx!(&mut self.tx, |conn| sqlx::query_scalar(
            "UPDATE guides SET category_id = $3, title = $4, body = $5, visibility = $6, revision = revision + 1, \
             updated_by = $7, updated_at = $8 WHERE org_id = $1 AND id = $2 RETURNING revision"
        )
        .bind(org)
        .bind(id)
        .bind(content.category)
        .bind(content.title)
        .bind(content.body)
        .bind(content.visibility)
        .bind(by.0)
        .bind(now)
        .fetch_optional(conn)
        .await)?;
        let revision = revision.ok_or(crate::StorageError::NotFound)?;
        self.add_revision(id, revision, content, by).await?;
        Ok(revision)
    }

    async fn add_revision(
        &mut self,
        guide: i64,
        revision: i64,
        content: &GuideContent<'_>,
        by: domain::UserId,
    ) -> Result<()> {
        let (org, now) = (self.org.0, Timestamp::now().micros());
        on_tx!(&mut self.tx, |conn| sqlx::query(
            "INSERT INTO guide_revisions (org_id, guide_id, revision, title, body, edited_by, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7)"
        )
        .bind(org)
        .bind(guide)
        .bind(revision)
        .bind(content.title)
        .bind(content.body)
        .bind(by.0)
        .bind(now)
        .execute(conn)
        .await
        .map(|r| r.rows_affected()))?;
        Ok(())
    }

    /// Publishes or withdraws a guide (the first publication is remembered).
    pub async fn set_guide_status(&mut self, id: i64, status: &str) -> Result<()> {
        let (org, now) = (self.org.0, Timestamp::now().micros());
        let changed = on_tx!(&mut self.tx, |conn| {
            sqlx::query(
            "UPDATE guides SET status = $3, published_at = CASE WHEN $3 = 'published' THEN COALESCE(published_at, $4) \
             ELSE published_at END WHERE org_id = $1 AND id = $2"
        )
        .bind(org)
        .bind(id)
        .bind(status)
        .bind(now)
        .execute(conn)
        .await
        .map(|r| r.rows_affected())
        })?;
        crate::error::found(changed)
    }

    pub async fn delete_guide(&mut self, id: i64) -> Result<()> {
        if let crate::db::Tx::Sqlite(tx) = &mut self.tx {
            sqlx::query("DELETE FROM guide_search WHERE rowid = $1").bind(id).execute(&mut **tx).await?;
        }
        self.delete_row("guides", id).await
    }

    /// Rebuilds a guide's search document from what it says now: published guides
    /// only, public ones marked so.
    pub async fn reindex_guide(&mut self, id: i64, language: Language) -> Result<()> {
        let org = self.org.0;
        let row: Option<(String, String, String, String)> = on_tx!(&mut self.tx, |conn| sqlx::query_as(
            "SELECT title, body, visibility, status FROM guides WHERE org_id = $1 AND id = $2"
        )
        .bind(org)
        .bind(id)
        .fetch_optional(conn)
        .await)?;
        let document = row.filter(|(_, _, _, status)| status == "published").map(|(title, body, visibility, _)| {
            // The title counts twice, as in the forum: it names the subject.
            let title = domain::search::index_terms(&title, language);
            (format!("{title} {title} {}", domain::search::index_terms(&body, language)), visibility == "public")
        });
        match &mut self.tx {
            crate::db::Tx::Sqlite(tx) => {
                sqlx::query("DELETE FROM guide_search WHERE rowid = $1").bind(id).execute(&mut **tx).await?;
                if let Some((terms, public)) = document {
                    let tokens = crate::forum::sqlite_org_token(org);
                    let tokens = if public { format!("{tokens} {PUBLIC_TOKEN}") } else { tokens };
                    sqlx::query("INSERT INTO guide_search (rowid, terms) VALUES ($1, $2)")
                        .bind(id)
                        .bind(format!("{tokens} {terms}"))
                        .execute(&mut **tx)
                        .await?;
                }
            }
            crate::db::Tx::Postgres(tx) => match document {
                None => {
                    sqlx::query("DELETE FROM guide_search WHERE guide_id = $1").bind(id).execute(&mut **tx).await?;
                }
                Some((terms, public)) => {
                    sqlx::query(
                        "INSERT INTO guide_search (guide_id, org_id, public, terms) VALUES ($1, $2, $3, \
                         to_tsvector('simple', $4)) ON CONFLICT (guide_id) DO UPDATE SET public = excluded.public, \
                         terms = excluded.terms",
                    )
                    .bind(id)
                    .bind(org)
                    .bind(public)
                    .bind(&terms)
                    .execute(&mut **tx)
                    .await?;
                }
            },
        }
        Ok(())
    }

    pub async fn insert_guide_image(
        &mut self,
        content: &[u8],
        content_type: &str,
        (width, height): (u32, u32),
        by: domain::UserId,
    ) -> Result<i64> {
        let (org, now) = (self.org.0, Timestamp::now().micros());
        Ok(on_tx!(&mut self.tx, |conn| sqlx::query_scalar(
            "INSERT INTO guide_images (org_id, content, content_type, width, height, created_by, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id"
        )
        .bind(org)
        .bind(content)
        .bind(content_type)
        .bind(i64::from(width))
        .bind(i64::from(height))
        .bind(by.0)
        .bind(now)
        .fetch_one(conn)
        .await)?)
    }

    /// Records a vote and its (already masked) comment, and counts it on the guide.
    pub async fn add_guide_feedback(&mut self, guide: i64, helpful: bool, comment: Option<&str>) -> Result<()> {
        let (org, now) = (self.org.0, Timestamp::now().micros());
        let counted = on_tx!(&mut self.tx, |conn| sqlx::query(
            "UPDATE guides SET helpful = helpful + CASE WHEN $3 THEN 1 ELSE 0 END, \
             not_helpful = not_helpful + CASE WHEN $3 THEN 0 ELSE 1 END WHERE org_id = $1 AND id = $2"
        )
        .bind(org)
        .bind(guide)
        .bind(helpful)
        .execute(conn)
        .await
        .map(|r| r.rows_affected()))?;
        crate::error::found(counted)?;
        on_tx!(&mut self.tx, |conn| sqlx::query(
            "INSERT INTO guide_feedback (org_id, guide_id, helpful, comment, created_at) VALUES ($1, $2, $3, $4, $5)"
        )
        .bind(org)
        .bind(guide)
        .bind(helpful)
        .bind(comment)
        .bind(now)
        .execute(conn)
        .await
        .map(|r| r.rows_affected()))?;
        Ok(())
    }
}
