//! Password hashing with Argon2id at the OWASP/ASVS parameters (19 MiB, t=2, p=1).
//! Hashing runs on the blocking pool so that sign-in never stalls live traffic.

use crate::{AppError, Result};
use argon2::password_hash::phc::PasswordHash;
use argon2::password_hash::{PasswordHasher, PasswordVerifier};
use argon2::{Algorithm, Argon2, Params, Version};
use std::sync::OnceLock;

fn hasher() -> Argon2<'static> {
    let params = Params::new(19 * 1024, 2, 1, Some(32)).expect("valid Argon2 parameters");
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

pub async fn hash(password: String) -> Result<String> {
    tokio::task::spawn_blocking(move || {
        hasher()
            .hash_password(password.as_bytes())
            .map(|h| h.to_string())
            .map_err(|_| AppError::Internal("password hashing failed"))
    })
    .await
    .map_err(|_| AppError::Internal("password hashing task failed"))?
}

/// Whether `password` matches `stored`. A malformed stored hash never matches.
pub async fn verify(password: String, stored: String) -> bool {
    tokio::task::spawn_blocking(move || {
        PasswordHash::new(&stored)
            .map(|parsed| hasher().verify_password(password.as_bytes(), &parsed).is_ok())
            .unwrap_or(false)
    })
    .await
    .unwrap_or(false)
}

/// A real hash of a random password, verified against when the account does not
/// exist, so an unknown e-mail takes as long to refuse as a wrong password.
pub async fn dummy_hash() -> String {
    static DUMMY: OnceLock<String> = OnceLock::new();
    if let Some(h) = DUMMY.get() {
        return h.clone();
    }
    let h = hash(crate::secrets::random_token()).await.unwrap_or_default();
    DUMMY.get_or_init(|| h).clone()
}
