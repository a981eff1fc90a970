//! Staff sign-in, sessions and API-token authentication.

use crate::authz::Via;
use crate::secrets::{random_token, token_hash};
use crate::{App, AppError, Principal, Result, passwords};
use domain::audit::{Action, Actor, DetailValue, NewEvent, Target};
use domain::staff::{Email, PasswordPolicy};
use domain::{Timestamp, TokenId};
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};
use sha2::{Digest, Sha256};
use std::num::NonZeroU32;

/// Sign-in throttles, per client address and per account, in memory on each node.
pub(crate) struct SignInLimits {
    per_client: DefaultKeyedRateLimiter<String>,
    per_account: DefaultKeyedRateLimiter<String>,
}

impl SignInLimits {
    pub(crate) fn new() -> Self {
        let per_minute = |n| Quota::per_minute(NonZeroU32::new(n).expect("non-zero quota"));
        Self { per_client: RateLimiter::keyed(per_minute(20)), per_account: RateLimiter::keyed(per_minute(5)) }
    }
}

/// A fresh session: the token goes into the cookie and is never stored in clear.
#[derive(Debug)]
pub struct SignedIn {
    pub session_token: String,
    pub must_change_password: bool,
}

/// What the sign-in form sends.
pub struct SignInAttempt<'a> {
    pub org_slug: &'a str,
    pub email: &'a str,
    pub password: &'a str,
    /// The client's address, used only as a throttling key in memory.
    pub client: &'a str,
}

impl App {
    /// Signs a staff member in. A wrong password, an unknown e-mail, an unknown
    /// organisation and a deactivated account all give the same answer, after
    /// the same amount of work.
    pub async fn sign_in(&self, attempt: SignInAttempt<'_>) -> Result<SignedIn> {
        let limits = &self.inner.sign_in_limits;
        let account_key =
            hex::encode(Sha256::digest(format!("{}\n{}", attempt.org_slug, attempt.email.trim().to_lowercase())));
        let throttled = limits.per_client.check_key(&attempt.client.to_owned()).is_err()
            || limits.per_account.check_key(&account_key).is_err();

        let org = self.db().org_by_slug(attempt.org_slug.trim()).await?;
        let email = Email::parse(attempt.email).ok();
        let account = match (&org, &email) {
            (Some(org), Some(email)) => self.db().org(org.id).user_by_email(email).await?,
            _ => None,
        };

        if throttled {
            if let Some(org) = &org {
                let mut event = NewEvent::new(Actor::Anonymous, Action::SignInThrottled);
                if let Some(account) = &account {
                    event = event.target(Target::user(account.user.id));
                }
                let mut w = self.db().write(org.id).await?;
                w.audit(event).await?;
                w.commit().await?;
            }
            return Err(AppError::RateLimited);
        }

        let stored = match &account {
            Some(a) => a.password_hash.clone(),
            None => passwords::dummy_hash().await,
        };
        let password_ok = passwords::verify(attempt.password.to_owned(), stored).await;

        let (Some(org), Some(account)) = (org, account) else {
            return Err(AppError::BadCredentials);
        };
        if !password_ok || !account.user.active {
            let mut w = self.db().write(org.id).await?;
            w.audit(
                NewEvent::new(Actor::Anonymous, Action::SignInFailed)
                    .target(Target::user(account.user.id))
                    .detail("reason", DetailValue::Code(if password_ok { "inactive" } else { "password" })),
            )
            .await?;
            w.commit().await?;
            return Err(AppError::BadCredentials);
        }

        let token = random_token();
        let expires_at = self.session_expiry(Timestamp::now(), Timestamp::now());
        let mut w = self.db().write(org.id).await?;
        w.insert_session(&token_hash(&token), account.user.id, expires_at).await?;
        w.audit(NewEvent::new(Actor::Staff(account.user.id.0), Action::SignIn).target(Target::user(account.user.id)))
            .await?;
        w.commit().await?;
        Ok(SignedIn { session_token: token, must_change_password: account.user.must_change_password })
    }

    fn session_expiry(&self, created_at: Timestamp, now: Timestamp) -> Timestamp {
        let cfg = self.config();
        let idle = now.plus_seconds(cfg.session_idle.as_secs() as i64);
        let absolute = created_at.plus_seconds(cfg.session_absolute.as_secs() as i64);
        idle.min(absolute)
    }

    /// The staff member behind a session cookie, sliding its idle deadline.
    pub async fn authenticate_session(&self, token: &str) -> Result<Option<Principal>> {
        if token.len() < 32 || token.len() > 128 {
            return Ok(None);
        }
        let now = Timestamp::now();
        let Some(session) = self.db().session_by_token_hash(&token_hash(token), now).await? else {
            return Ok(None);
        };
        // Write at most once a minute per session.
        if now.micros() - session.last_seen_at.micros() > 60 * Timestamp::MICROS_PER_SECOND {
            let expires_at = self.session_expiry(session.created_at, now);
            self.db().touch_session(session.id, now, expires_at).await?;
        }
        Ok(Some(Principal { user: session.user, via: Via::Session }))
    }

    /// The staff member behind an API bearer token.
    pub async fn authenticate_token(&self, token: &str) -> Result<Option<Principal>> {
        if !token.starts_with(TOKEN_PREFIX) || token.len() > 128 {
            return Ok(None);
        }
        let Some(record) = self.db().token_by_hash(&token_hash(token)).await? else {
            return Ok(None);
        };
        let now = Timestamp::now();
        if record.last_used_at.is_none_or(|t| now.micros() - t.micros() > 60 * Timestamp::MICROS_PER_SECOND) {
            self.db().touch_token(record.id, now).await?;
        }
        Ok(Some(Principal { user: record.user, via: Via::ApiToken(record.id) }))
    }

    /// Ends the session on the server; the cookie alone is then worthless.
    pub async fn sign_out(&self, principal: &Principal, session_token: &str) -> Result<()> {
        let mut w = self.db().write(principal.org_id()).await?;
        w.audit(NewEvent::new(principal.actor(), Action::SignOut).target(Target::user(principal.user.id))).await?;
        w.commit().await?;
        self.db().delete_session(&token_hash(session_token)).await?;
        Ok(())
    }

    /// Changes one's own password; other sessions of the account end.
    pub async fn change_password(
        &self,
        principal: &Principal,
        current_session_token: &str,
        current: &str,
        new: &str,
    ) -> Result<()> {
        let scope = self.db().org(principal.org_id());
        let account = scope.user_with_secret(principal.user.id).await?.ok_or(AppError::NotFound)?;
        if !passwords::verify(current.to_owned(), account.password_hash).await {
            return Err(AppError::BadCredentials);
        }
        if current == new {
            return Err(AppError::Refused("the new password must differ from the current one"));
        }
        PasswordPolicy::check(new, &account.user.email)?;
        let hash = passwords::hash(new.to_owned()).await?;
        let mut w = self.db().write(principal.org_id()).await?;
        w.set_password(account.user.id, &hash, false).await?;
        w.delete_other_sessions(account.user.id, &token_hash(current_session_token)).await?;
        w.audit(NewEvent::new(principal.actor(), Action::PasswordChanged).target(Target::user(account.user.id)))
            .await?;
        w.commit().await?;
        Ok(())
    }

    /// Creates an API token acting as `principal`'s account; returns it once.
    pub async fn create_token_for(&self, principal: &Principal, label: &str) -> Result<(TokenId, String)> {
        self.issue_token(principal.org_id(), principal.user.id, label, principal.actor()).await
    }

    pub(crate) async fn issue_token(
        &self,
        org: domain::OrgId,
        user: domain::UserId,
        label: &str,
        actor: Actor,
    ) -> Result<(TokenId, String)> {
        let label = domain::error::bounded_text("label", label, 80)?;
        let token = format!("{TOKEN_PREFIX}{}", random_token());
        let mut w = self.db().write(org).await?;
        let id = w.insert_token(user, &label, &token_hash(&token)).await?;
        w.audit(
            NewEvent::new(actor, Action::TokenCreated)
                .target(Target::token(id))
                .detail("user", DetailValue::Id(user.0)),
        )
        .await?;
        w.commit().await?;
        Ok((id, token))
    }
}

/// API tokens start with this, so a leaked one is recognisable by secret scanners.
pub const TOKEN_PREFIX: &str = "samtal_";
