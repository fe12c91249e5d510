//! Validated identifiers. Each has a parsing constructor so that a malformed id is
//! rejected where it enters the system (an HTTP path, a queue message), never deep
//! inside an adapter.

use std::fmt;

use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// Why an identifier was refused.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("invalid {kind}: {reason}")]
pub struct InvalidId {
    pub kind: &'static str,
    pub reason: &'static str,
}

macro_rules! uuid_id {
    ($(#[$doc:meta])* $name:ident, $kind:literal) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord, utoipa::ToSchema)]
        #[serde(try_from = "String", into = "String")]
        pub struct $name(Uuid);

        impl $name {
            /// A new, time-ordered (UUIDv7) identifier.
            pub fn new() -> Self {
                Self(Uuid::now_v7())
            }

            pub fn parse(s: &str) -> Result<Self, InvalidId> {
                Uuid::parse_str(s)
                    .map(Self)
                    .map_err(|_| InvalidId { kind: $kind, reason: "not a UUID" })
            }
        }

        impl Default for $name {
            fn default() -> Self {
                Self::new()
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.fmt(f)
            }
        }

        impl TryFrom<String> for $name {
            type Error = InvalidId;
            fn try_from(s: String) -> Result<Self, Self::Error> {
                Self::parse(&s)
            }
        }

        impl From<$name> for String {
            fn from(id: $name) -> String {
                id.to_string()
            }
        }
    };
}

uuid_id!(
    /// Identifies a proposal (the unit a user works on; it holds one current RFP).
    ProposalId,
    "proposal id"
);
uuid_id!(
    /// Identifies one analysis job. Every status write is fenced by it.
    JobId,
    "job id"
);

/// Who a proposal belongs to: a token's subject, an API key's id, or a fixed name
/// when authentication is off.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(try_from = "String", into = "String")]
pub struct Owner(String);

impl Owner {
    pub fn parse(s: &str) -> Result<Self, InvalidId> {
        let invalid = |reason| InvalidId {
            kind: "owner",
            reason,
        };
        if s.is_empty() {
            return Err(invalid("empty"));
        }
        if s.len() > 256 {
            return Err(invalid("longer than 256 bytes"));
        }
        if s.chars().any(char::is_control) {
            return Err(invalid("contains control characters"));
        }
        Ok(Self(s.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Owner {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl TryFrom<String> for Owner {
    type Error = InvalidId;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        Self::parse(&s)
    }
}

impl From<Owner> for String {
    fn from(o: Owner) -> String {
        o.0
    }
}

/// A key in the blob store (an S3 object key, or a path below the data directory).
/// Restricted to a safe alphabet so that the directory adapter can never be led
/// outside its root.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(try_from = "String", into = "String")]
pub struct BlobKey(String);

impl BlobKey {
    pub fn parse(s: &str) -> Result<Self, InvalidId> {
        let invalid = |reason| InvalidId {
            kind: "blob key",
            reason,
        };
        if s.is_empty() || s.len() > 512 {
            return Err(invalid("must be 1 to 512 bytes"));
        }
        if s.starts_with('/') || s.ends_with('/') {
            return Err(invalid("must not start or end with '/'"));
        }
        if s.split('/')
            .any(|part| part.is_empty() || part == "." || part == "..")
        {
            return Err(invalid("has an empty, '.' or '..' segment"));
        }
        if !s
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'/' | b'-' | b'_' | b'.'))
        {
            return Err(invalid("may hold only ASCII letters, digits and / - _ ."));
        }
        Ok(Self(s.to_owned()))
    }

    /// The key of a proposal's document, by its content. Under the proposal, not
    /// shared between proposals: a document's hash is no key to anyone else's copy,
    /// and deleting a proposal deletes what is under [`Self::proposal_documents`].
    pub fn for_document(proposal: ProposalId, sha256_hex: &str) -> Self {
        Self(format!("documents/{proposal}/{sha256_hex}"))
    }

    /// Where a proposal's documents are.
    pub fn proposal_documents(proposal: ProposalId) -> Self {
        Self(format!("documents/{proposal}"))
    }

    /// The extracted text of a proposal's document, kept for a re-analysis.
    pub fn for_text(proposal: ProposalId, sha256_hex: &str) -> Self {
        Self(format!("text/{proposal}/{sha256_hex}.json"))
    }

    /// Where a proposal's kept texts are.
    pub fn proposal_texts(proposal: ProposalId) -> Self {
        Self(format!("text/{proposal}"))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for BlobKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl TryFrom<String> for BlobKey {
    type Error = InvalidId;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        Self::parse(&s)
    }
}

impl From<BlobKey> for String {
    fn from(k: BlobKey) -> String {
        k.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blob_keys_cannot_escape_their_root() {
        for bad in [
            "",
            "/etc/passwd",
            "a/../b",
            "a//b",
            "a/./b",
            "a b",
            "a/",
            "..",
            "ä",
        ] {
            assert!(BlobKey::parse(bad).is_err(), "{bad:?} was accepted");
        }
        assert!(BlobKey::parse("documents/ab12.pdf").is_ok());
    }

    #[test]
    fn ids_round_trip_through_their_text_form() {
        let id = ProposalId::new();
        assert_eq!(ProposalId::parse(&id.to_string()).unwrap(), id);
        assert!(ProposalId::parse("not-a-uuid").is_err());
        assert!(Owner::parse("").is_err());
        assert!(Owner::parse("team\nb").is_err());
    }
}
