//! Who is calling: a JWT verified against its issuer's JWKS (Cognito user pools and
//! any OpenID provider), or an API key compared with the stored hashes.
//!
//! - `RFP_AUTH=none`: no credentials; the caller names itself in `x-rfp-owner`
//!   (default `local`) and may administer prompts. Only allowed when the API listens
//!   on loopback: [`check_exposure`] refuses to start otherwise.
//! - `RFP_AUTH=required`: every `/api` request carries `Authorization: Bearer …`
//!   (a JWT or an API key; the scheme in any case) or `x-api-key`. The owner is the
//!   token's `sub`, or `key:<id>` for a key (two namespaces: a subject never reads
//!   a key's proposals); another owner's proposals answer 404. With
//!   `RFP_JWT_TENANT_CLAIM`, a token carrying that claim owns what its organisation
//!   owns (`org:<value>`, a third namespace): its members share proposals, profiles
//!   and workspaces, and the history names each member by `sub`. Prompt administration needs the
//!   admin group in the token's groups, or a key marked `admin`.
//!
//! JWTs: RS256/384/512, PS256 and ES256/384 only (never HS* or `none`); `iss` must
//! equal `RFP_JWT_ISSUER`; `aud` must contain `RFP_JWT_AUDIENCE`, or `client_id`
//! equal it (Cognito access tokens carry no `aud`); `exp` is required and `nbf`, when
//! present, checked (60 s leeway both).
//! Keys are fetched from the JWKS URL, cached, refreshed hourly and on an unknown
//! `kid` (at most every 30 s, so a flood of forged kids cannot flood the issuer).
//!
//! API keys are `rfpk_` + 43 random characters. Only their SHA-256 is configured:
//! a key is random and long, so a fast hash is as good as a slow one here, and the
//! comparison is constant-time.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::extract::{FromRequestParts, Request, State};
use axum::http::header;
use axum::http::request::Parts;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use jsonwebtoken::jwk::{AlgorithmParameters, JwkSet};
use jsonwebtoken::{Algorithm, DecodingKey, Validation};
use serde::Deserialize;
use sha2::{Digest, Sha256};
use tokio::sync::Mutex;

use rfp_shared::ids::Owner;
use rfp_shared::settings::{AuthMode, Settings, SettingsError};

use crate::error::ApiError;
use crate::error::ProblemCode;

/// The header that names the caller while authentication is off.
pub const OWNER_HEADER: &str = "x-rfp-owner";

/// What an API key's owner name starts with, so that key ids and JWT subjects are
/// two namespaces: the key `alice` owns what `key:alice` owns, never what the token
/// subject `alice` owns.
pub const KEY_OWNER_PREFIX: &str = "key:";

/// The owner of what the API key `id` creates.
pub fn key_owner(id: &str) -> Owner {
    Owner::parse(&format!("{KEY_OWNER_PREFIX}{id}")).expect("key ids are checked at start-up")
}
/// The header a service client may carry its API key in.
pub const API_KEY_HEADER: &str = "x-api-key";
/// The prefix of every API key this service makes.
pub const API_KEY_PREFIX: &str = "rfpk_";

/// The authenticated caller, put in the request's extensions by [`authenticate`].
#[derive(Debug, Clone)]
pub struct Identity {
    /// Whose proposals the caller reads and writes: the token's organisation (with
    /// `RFP_JWT_TENANT_CLAIM`), else the token's subject or the key's owner.
    pub owner: Owner,
    /// Who the caller is, for the workspace's history: the subject, `key:<id>`, or
    /// the `x-rfp-owner` name without authentication.
    pub subject: String,
    /// May administer prompts.
    pub admin: bool,
}

/// Refuses `RFP_AUTH=none` unless the API listens on loopback only.
pub fn check_exposure(settings: &Settings) -> Result<(), SettingsError> {
    check_exposure_of(settings.auth, settings.listen_addr)
}

fn check_exposure_of(auth: AuthMode, addr: SocketAddr) -> Result<(), SettingsError> {
    if auth == AuthMode::None && !addr.ip().is_loopback() {
        return Err(SettingsError::new(
            "RFP_AUTH",
            format!(
                "is `none`, but the API would listen on {addr} (RFP_LISTEN_ADDR), which is not loopback: \
                 anyone who reaches it could read and change every proposal. Set RFP_AUTH=required \
                 (with RFP_JWT_ISSUER and RFP_JWT_AUDIENCE, or RFP_API_KEYS), or listen on 127.0.0.1"
            ),
        ));
    }
    Ok(())
}

/// One configured API key: its id (the owner of what it creates) and hash.
#[derive(Clone, Debug)]
struct ApiKey {
    id: String,
    sha256: [u8; 32],
    admin: bool,
}

/// Parses `RFP_API_KEYS`: `id:sha256hex[:admin]`, comma-separated.
fn parse_api_keys(text: &str) -> Result<Vec<ApiKey>, SettingsError> {
    let bad = |why: String| SettingsError::new("RFP_API_KEYS", why);
    let mut keys = Vec::new();
    for entry in text.split(',').map(str::trim).filter(|e| !e.is_empty()) {
        let parts: Vec<&str> = entry.split(':').collect();
        let (id, hash, admin) = match parts[..] {
            [id, hash] => (id, hash, false),
            [id, hash, "admin"] => (id, hash, true),
            _ => {
                return Err(bad(format!(
                    "entry `{}` is not `id:sha256hex` or `id:sha256hex:admin`",
                    parts.first().unwrap_or(&"")
                )));
            }
        };
        let owner_ok = Owner::parse(id).is_ok() && !id.is_empty();
        if !owner_ok {
            return Err(bad(format!("key id `{id}` is not a valid owner name")));
        }
        let mut sha256 = [0u8; 32];
        hex::decode_to_slice(hash, &mut sha256).map_err(|_| {
            bad(format!(
                "the hash of key `{id}` is not 64 hexadecimal digits (a SHA-256)"
            ))
        })?;
        if keys.iter().any(|k: &ApiKey| k.id == id) {
            return Err(bad(format!("key id `{id}` appears twice")));
        }
        keys.push(ApiKey {
            id: id.to_owned(),
            sha256,
            admin,
        });
    }
    Ok(keys)
}

/// A new API key and the `RFP_API_KEYS` entry that accepts it.
pub fn new_api_key(id: &str, admin: bool) -> Result<(String, String), SettingsError> {
    use base64::Engine;
    let mut random = [0u8; 32];
    random[..16].copy_from_slice(uuid::Uuid::new_v4().as_bytes());
    random[16..].copy_from_slice(uuid::Uuid::new_v4().as_bytes());
    let key = format!(
        "{API_KEY_PREFIX}{}",
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(random)
    );
    let entry = format!(
        "{id}:{}{}",
        hex::encode(Sha256::digest(key.as_bytes())),
        if admin { ":admin" } else { "" }
    );
    // The entry must load: the same checks as at start-up.
    parse_api_keys(&entry)?;
    Ok((key, entry))
}

/// Verifies credentials; shared by every request.
#[derive(Clone)]
pub struct Authenticator {
    mode: AuthMode,
    keys: Arc<Vec<ApiKey>>,
    jwt: Option<Arc<JwtVerifier>>,
}

impl Authenticator {
    pub fn from_settings(settings: &Settings) -> Result<Self, SettingsError> {
        check_exposure(settings)?;
        let keys = parse_api_keys(
            settings
                .api_keys
                .as_ref()
                .map_or("", rfp_shared::settings::Secret::expose),
        )?;
        let jwt = match (&settings.jwt_issuer, &settings.jwt_audience) {
            (Some(issuer), Some(audience)) if !issuer.trim().is_empty() => {
                let issuer = issuer.trim().to_owned();
                let jwks_url = settings
                    .jwt_jwks_url
                    .clone()
                    .filter(|u| !u.trim().is_empty())
                    .unwrap_or_else(|| {
                        format!("{}/.well-known/jwks.json", issuer.trim_end_matches('/'))
                    });
                let parsed = reqwest::Url::parse(&jwks_url).map_err(|e| {
                    SettingsError::new("RFP_JWT_JWKS_URL", format!("`{jwks_url}`: {e}"))
                })?;
                if !matches!(parsed.scheme(), "https" | "http") {
                    return Err(SettingsError::new(
                        "RFP_JWT_JWKS_URL",
                        format!("`{jwks_url}` is not an http(s) URL"),
                    ));
                }
                Some(Arc::new(JwtVerifier {
                    issuer,
                    audience: audience.trim().to_owned(),
                    jwks_url,
                    admin_group: settings.auth_admin_group.clone(),
                    tenant_claim: settings
                        .jwt_tenant_claim
                        .clone()
                        .map(|c| c.trim().to_owned())
                        .filter(|c| !c.is_empty()),
                    http: reqwest::Client::builder()
                        .timeout(Duration::from_secs(5))
                        .build()
                        .expect("an HTTP client builds"),
                    cache: Mutex::new(KeyCache::default()),
                }))
            }
            _ => None,
        };
        Ok(Self {
            mode: settings.auth,
            keys: Arc::new(keys),
            jwt,
        })
    }

    pub fn mode(&self) -> AuthMode {
        self.mode
    }

    /// The caller of a request, or why it is refused.
    pub async fn identify(&self, parts: &Parts) -> Result<Identity, ApiError> {
        if self.mode == AuthMode::None {
            return owner_from_header(parts).map(|owner| Identity {
                subject: owner.as_str().to_owned(),
                owner,
                admin: true,
            });
        }
        let bearer = parts
            .headers
            .get(header::AUTHORIZATION)
            .map(|v| {
                // The scheme is case-insensitive (RFC 9110 §11.1).
                v.to_str()
                    .ok()
                    .and_then(|v| v.trim_start().split_once(' '))
                    .filter(|(scheme, _)| scheme.eq_ignore_ascii_case("bearer"))
                    .map(|(_, token)| token.trim())
                    .ok_or_else(|| {
                        unauthorized("The Authorization header is not `Bearer <token>`.")
                    })
            })
            .transpose()?;
        let key = parts
            .headers
            .get(API_KEY_HEADER)
            .map(|v| {
                v.to_str()
                    .map(str::trim)
                    .map_err(|_| unauthorized("The API key is not valid."))
            })
            .transpose()?;
        match (bearer, key) {
            (Some(token), _) if token.starts_with(API_KEY_PREFIX) => self.by_key(token),
            (Some(token), _) => match &self.jwt {
                Some(jwt) => jwt.verify(token).await,
                None => Err(unauthorized(
                    "This API accepts API keys only, and the bearer token is not one.",
                )),
            },
            (None, Some(key)) => self.by_key(key),
            (None, None) => Err(unauthorized(
                "Credentials are required: `Authorization: Bearer <token>` or `x-api-key`.",
            )),
        }
    }

    fn by_key(&self, key: &str) -> Result<Identity, ApiError> {
        let digest: [u8; 32] = Sha256::digest(key.as_bytes()).into();
        // Look at every key, and compare without an early exit, so the time taken
        // says nothing about how close a guess came.
        let mut found = None;
        for k in self.keys.iter() {
            let same = k
                .sha256
                .iter()
                .zip(digest.iter())
                .fold(0u8, |acc, (a, b)| acc | (a ^ b))
                == 0;
            if same {
                found = Some(k);
            }
        }
        let k = found.ok_or_else(|| unauthorized("The API key is not valid."))?;
        let owner = key_owner(&k.id);
        Ok(Identity {
            subject: owner.as_str().to_owned(),
            owner,
            admin: k.admin,
        })
    }
}

fn owner_from_header(parts: &Parts) -> Result<Owner, ApiError> {
    let Some(value) = parts.headers.get(OWNER_HEADER) else {
        return Ok(Owner::parse("local").expect("valid owner"));
    };
    value
        .to_str()
        .ok()
        .and_then(|v| Owner::parse(v.trim()).ok())
        .ok_or_else(|| {
            ApiError::new(
                ProblemCode::InvalidOwner,
                format!("The {OWNER_HEADER} header is not a valid owner name."),
            )
        })
}

fn unauthorized(detail: impl Into<String>) -> ApiError {
    ApiError {
        challenge: true,
        ..ApiError::new(ProblemCode::Unauthorized, detail)
    }
}

/// The middleware of the `/api` routes: identifies the caller or answers 401.
pub async fn authenticate(
    State(auth): State<Authenticator>,
    request: Request,
    next: Next,
) -> Response {
    let (mut parts, body) = request.into_parts();
    match auth.identify(&parts).await {
        Ok(identity) => {
            parts.extensions.insert(identity);
            next.run(Request::from_parts(parts, body)).await
        }
        Err(e) => e.into_response(),
    }
}

/// What an organisation's owner name starts with (`RFP_JWT_TENANT_CLAIM`): a third
/// namespace beside subjects and keys.
pub const ORG_OWNER_PREFIX: &str = "org:";

/// The caller, as the middleware identified it.
pub struct Caller(pub Owner);

/// The caller with who they are (for the workspace's history).
pub struct Member {
    pub owner: Owner,
    pub subject: String,
}

impl<S: Send + Sync> FromRequestParts<S> for Member {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        identity(parts).map(|i| Member {
            owner: i.owner,
            subject: i.subject,
        })
    }
}

impl<S: Send + Sync> FromRequestParts<S> for Caller {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        identity(parts).map(|i| Caller(i.owner))
    }
}

/// A caller allowed to administer prompts; others get 403.
pub struct Admin(pub Owner);

impl<S: Send + Sync> FromRequestParts<S> for Admin {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        let i = identity(parts)?;
        if !i.admin {
            return Err(ApiError::new(
                ProblemCode::Forbidden,
                "Prompt administration is for members of the admin group (RFP_AUTH_ADMIN_GROUP) and admin keys.",
            ));
        }
        Ok(Admin(i.owner))
    }
}

fn identity(parts: &Parts) -> Result<Identity, ApiError> {
    parts.extensions.get::<Identity>().cloned().ok_or_else(|| {
        ApiError::internal(std::io::Error::other(
            "a route that needs the caller is outside the authentication middleware",
        ))
    })
}

/// Verifies JWTs against the issuer's published keys.
struct JwtVerifier {
    issuer: String,
    audience: String,
    jwks_url: String,
    admin_group: String,
    /// `RFP_JWT_TENANT_CLAIM`: the claim naming the caller's organisation.
    tenant_claim: Option<String>,
    http: reqwest::Client,
    cache: Mutex<KeyCache>,
}

#[derive(Default)]
struct KeyCache {
    keys: HashMap<String, (DecodingKey, Option<Algorithm>)>,
    fetched: Option<Instant>,
    tried: Option<Instant>,
}

/// Keys are fetched again after this long, whatever happens.
const KEYS_TTL: Duration = Duration::from_secs(3600);
/// An unknown `kid` fetches the keys again, at most this often.
const KEYS_REFETCH: Duration = Duration::from_secs(30);

const ALLOWED: &[Algorithm] = &[
    Algorithm::RS256,
    Algorithm::RS384,
    Algorithm::RS512,
    Algorithm::PS256,
    Algorithm::ES256,
    Algorithm::ES384,
];

#[derive(Deserialize)]
struct Claims {
    sub: String,
    #[serde(default)]
    aud: Option<serde_json::Value>,
    #[serde(default)]
    client_id: Option<String>,
    #[serde(default, rename = "cognito:groups")]
    cognito_groups: Vec<String>,
    #[serde(default)]
    groups: Vec<String>,
    #[serde(default)]
    roles: Vec<String>,
    /// Every other claim, for `RFP_JWT_TENANT_CLAIM`.
    #[serde(flatten)]
    other: HashMap<String, serde_json::Value>,
}

impl JwtVerifier {
    async fn verify(&self, token: &str) -> Result<Identity, ApiError> {
        let header = jsonwebtoken::decode_header(token)
            .map_err(|e| unauthorized(format!("The bearer token is not a valid JWT: {e}.")))?;
        if !ALLOWED.contains(&header.alg) {
            return Err(unauthorized(format!(
                "Tokens signed with {:?} are not accepted; RS256 or ES256 are.",
                header.alg
            )));
        }
        let kid = header.kid.clone().unwrap_or_default();
        let (key, key_alg) = self.key(&kid).await?;
        if key_alg.is_some_and(|a| a != header.alg) {
            return Err(unauthorized(
                "The token's algorithm is not its key's algorithm.",
            ));
        }
        let mut validation = Validation::new(header.alg);
        validation.set_issuer(&[&self.issuer]);
        validation.set_required_spec_claims(&["exp", "iss", "sub"]);
        validation.validate_aud = false; // checked below: `aud` or Cognito's `client_id`
        validation.validate_nbf = true; // with the same leeway as `exp`
        validation.leeway = 60;
        let data = jsonwebtoken::decode::<Claims>(token, &key, &validation).map_err(|e| {
            use jsonwebtoken::errors::ErrorKind;
            unauthorized(match e.kind() {
                ErrorKind::ExpiredSignature => "The token has expired.".to_owned(),
                ErrorKind::ImmatureSignature => "The token is not valid yet (`nbf`).".to_owned(),
                ErrorKind::InvalidIssuer => "The token is from another issuer.".to_owned(),
                ErrorKind::InvalidSignature => "The token's signature is not valid.".to_owned(),
                ErrorKind::MissingRequiredClaim(c) => format!("The token has no `{c}` claim."),
                _ => format!("The token is not valid: {e}."),
            })
        })?;
        let claims = data.claims;
        let audience_ok = match &claims.aud {
            Some(serde_json::Value::String(a)) => *a == self.audience,
            Some(serde_json::Value::Array(list)) => {
                list.iter().any(|a| a.as_str() == Some(&self.audience))
            }
            _ => false,
        } || claims.client_id.as_deref() == Some(&self.audience);
        if !audience_ok {
            return Err(unauthorized("The token is meant for another audience."));
        }
        // API keys' owners are `key:<id>`: a subject in that namespace would read a
        // key's proposals, so none is taken.
        let owner = Owner::parse(&claims.sub)
            .ok()
            .filter(|_| {
                !claims.sub.starts_with(KEY_OWNER_PREFIX)
                    && !claims.sub.starts_with(ORG_OWNER_PREFIX)
            })
            .ok_or_else(|| unauthorized("The token's `sub` is not a usable owner name."))?;
        let admin = [&claims.cognito_groups, &claims.groups, &claims.roles]
            .iter()
            .any(|g| g.contains(&self.admin_group));
        let subject = owner.as_str().to_owned();
        let owner = match self
            .tenant_claim
            .as_deref()
            .and_then(|c| claims.other.get(c))
        {
            None | Some(serde_json::Value::Null) => owner,
            Some(serde_json::Value::String(org)) if !org.trim().is_empty() => {
                Owner::parse(&format!("{ORG_OWNER_PREFIX}{}", org.trim())).map_err(|_| {
                    unauthorized("The token's organisation claim is not a usable owner name.")
                })?
            }
            Some(_) => {
                return Err(unauthorized(
                    "The token's organisation claim (RFP_JWT_TENANT_CLAIM) is not a text.",
                ));
            }
        };
        Ok(Identity {
            owner,
            subject,
            admin,
        })
    }

    /// The key named `kid` (or the only key, for tokens without a `kid`).
    async fn key(&self, kid: &str) -> Result<(DecodingKey, Option<Algorithm>), ApiError> {
        let mut cache = self.cache.lock().await;
        let stale = cache.fetched.is_none_or(|t| t.elapsed() > KEYS_TTL);
        let missing = lookup(&cache, kid).is_none();
        let may_try = cache.tried.is_none_or(|t| t.elapsed() > KEYS_REFETCH);
        if (stale || missing) && may_try {
            cache.tried = Some(Instant::now());
            match self.fetch().await {
                Ok(keys) => {
                    cache.keys = keys;
                    cache.fetched = Some(Instant::now());
                }
                Err(e) => {
                    tracing::warn!(url = %self.jwks_url, error = %e, "Cannot fetch the JWT signing keys.");
                    if cache.fetched.is_none() {
                        return Err(ApiError {
                            retry_after: Some(Duration::from_secs(5)),
                            ..ApiError::new(
                                ProblemCode::AuthUnavailable,
                                "The token issuer's keys cannot be fetched; try again shortly.",
                            )
                        });
                    }
                }
            }
        }
        lookup(&cache, kid).ok_or_else(|| {
            unauthorized("The token was signed with a key the issuer does not publish.")
        })
    }

    async fn fetch(&self) -> Result<HashMap<String, (DecodingKey, Option<Algorithm>)>, String> {
        let set: JwkSet = self
            .http
            .get(&self.jwks_url)
            .send()
            .await
            .and_then(|r| r.error_for_status())
            .map_err(|e| e.to_string())?
            .json()
            .await
            .map_err(|e| e.to_string())?;
        let mut keys = HashMap::new();
        for jwk in &set.keys {
            // Only signing keys of the allowed kinds; others are skipped, not fatal.
            if !matches!(
                jwk.algorithm,
                AlgorithmParameters::RSA(_) | AlgorithmParameters::EllipticCurve(_)
            ) {
                continue;
            }
            let alg = jwk
                .common
                .key_algorithm
                .and_then(|a| a.to_string().parse::<Algorithm>().ok());
            if let Ok(key) = DecodingKey::from_jwk(jwk) {
                let kid = jwk.common.key_id.clone().unwrap_or_default();
                keys.insert(kid, (key, alg));
            }
        }
        if keys.is_empty() {
            return Err("the key set holds no RSA or EC signing key".into());
        }
        Ok(keys)
    }
}

fn lookup(cache: &KeyCache, kid: &str) -> Option<(DecodingKey, Option<Algorithm>)> {
    match cache.keys.get(kid) {
        Some(k) => Some(k.clone()),
        // A token without a `kid` is accepted only when there is one key to try.
        None if kid.is_empty() && cache.keys.len() == 1 => cache.keys.values().next().cloned(),
        None => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn none_is_refused_off_loopback() {
        let lo: SocketAddr = "127.0.0.1:8080".parse().unwrap();
        let lo6: SocketAddr = "[::1]:8080".parse().unwrap();
        let any: SocketAddr = "0.0.0.0:8080".parse().unwrap();
        assert!(check_exposure_of(AuthMode::None, lo).is_ok());
        assert!(check_exposure_of(AuthMode::None, lo6).is_ok());
        let e = check_exposure_of(AuthMode::None, any).unwrap_err();
        assert_eq!(e.setting, "RFP_AUTH");
        assert!(e.reason.contains("0.0.0.0:8080"), "{e}");
        assert!(check_exposure_of(AuthMode::Required, any).is_ok());
    }

    #[test]
    fn a_new_key_is_accepted_by_its_entry_and_nothing_else_is() {
        let (key, entry) = new_api_key("billing-bot", true).unwrap();
        assert!(key.starts_with(API_KEY_PREFIX) && key.len() > 40);
        assert!(!entry.contains(&key), "the entry holds no secret");
        let auth = Authenticator {
            mode: AuthMode::Required,
            keys: Arc::new(parse_api_keys(&entry).unwrap()),
            jwt: None,
        };
        let who = auth.by_key(&key).unwrap();
        assert_eq!(who.owner.as_str(), "key:billing-bot");
        assert!(who.admin);
        assert!(auth.by_key(&format!("{key}x")).is_err());
    }

    #[test]
    fn bad_key_entries_name_the_setting() {
        for bad in ["ci", "ci:abcd", "ci:zz:admin", "a:00:b:c"] {
            let e = parse_api_keys(bad).unwrap_err();
            assert_eq!(e.setting, "RFP_API_KEYS", "{bad}: {e}");
        }
        let hash = "0".repeat(64);
        assert!(parse_api_keys(&format!("a:{hash},a:{hash}")).is_err());
        assert_eq!(
            parse_api_keys(&format!("a:{hash}, b:{hash}:admin"))
                .unwrap()
                .len(),
            2
        );
    }
}
