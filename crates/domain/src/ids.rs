//! Typed row ids, so an organisation id can never be passed where a user id belongs.

use serde::{Deserialize, Serialize};
use std::fmt;

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub i64);

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.fmt(f)
            }
        }
    };
}

id_type!(
    /// An organisation (tenant).
    OrgId
);
id_type!(
    /// A staff account.
    UserId
);
id_type!(
    /// A data subject: the person the organisation serves.
    ContactId
);
id_type!(
    /// An API token.
    TokenId
);
id_type!(
    /// A chat flow.
    FlowId
);
id_type!(
    /// A chat conversation.
    ConversationId
);
id_type!(
    /// A forum post: a question or an answer.
    PostId
);
id_type!(
    /// A forum category.
    CategoryId
);
id_type!(
    /// A mail inbox (an address mail arrives at).
    InboxId
);
id_type!(
    /// An e-mail case.
    CaseId
);
id_type!(
    /// A group of agents that cases are routed to.
    GroupId
);
