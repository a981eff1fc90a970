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
    /// Staff text holds sensitive data (these kinds: scanner kind codes, or Art. 9
    /// category codes) and the staff member has not confirmed sending it.
    #[error("the text seems to hold sensitive data ({}); send it again confirmed if it is meant", .0.join(", "))]
    SensitiveUnconfirmed(Vec<&'static str>),
    /// A stored item could not be masked.
    #[error("{}", .0.message())]
    MaskRefused(MaskRefusal),
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

/// Why a mask action did nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MaskRefusal {
    /// The text holds no finding to mask.
    NothingToMask,
    /// No finding at the span asked for: the text or its findings changed since they were shown.
    FindingChanged,
}

impl MaskRefusal {
    pub fn code(self) -> &'static str {
        match self {
            Self::NothingToMask => "nothing_to_mask",
            Self::FindingChanged => "finding_changed",
        }
    }

    fn message(self) -> &'static str {
        match self {
            Self::NothingToMask => "there is nothing to mask in it",
            Self::FindingChanged => "no finding at that place any more; reload and try again",
        }
    }
}
