use domain::Invalid;
use storage::StorageError;
use thiserror::Error;

/// Why a use case refused or failed. The web layer maps each to a status code;
/// no variant carries personal data.
#[derive(Debug, Error)]
pub enum AppError {
    #[error(transparent)]
    Invalid(#[from] Invalid),
    #[error("not found")]
    NotFound,
    #[error("{0}")]
    Conflict(&'static str),
    #[error("not signed in")]
    Unauthenticated,
    #[error("wrong e-mail or password")]
    BadCredentials,
    #[error("too many attempts; wait a minute and try again")]
    RateLimited,
    #[error("you do not have permission to do that")]
    Forbidden,
    #[error("{0}")]
    Refused(&'static str),
    /// A legal hold (this one) covers what was to be erased.
    #[error("legal hold #{0} covers this person's data; release it first")]
    Held(i64),
    /// The person's data is restricted (Art. 18) by this hold: kept, not processed.
    #[error("the person has asked for restriction (hold #{0}): their data is kept but not processed")]
    Restricted(i64),
    /// A phone number or personnummer was written under this many e-mail addresses.
    #[error("the number was written under {0} different e-mail addresses: search for it and choose one")]
    Ambiguous(usize),
    /// The organisation's regime does not allow this retention rule.
    #[error("{0}")]
    RetentionRefused(domain::retention::RegimeRefusal),
    #[error("storage failure: {0}")]
    Storage(StorageError),
    #[error("internal error: {0}")]
    Internal(&'static str),
}

impl From<StorageError> for AppError {
    fn from(err: StorageError) -> Self {
        match err {
            StorageError::NotFound => Self::NotFound,
            other => Self::Storage(other),
        }
    }
}
