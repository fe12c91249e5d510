//! A token issuer of our own for the authentication tests: an RSA and a P-256 key
//! made at start (aws-lc-rs), their JWKS served on loopback at
//! `<issuer>/.well-known/jwks.json` like a Cognito user pool, and tokens signed here
//! by hand (RFC 7515), so the API's verifier is checked against an independent signer.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use aws_lc_rs::rand::SystemRandom;
use aws_lc_rs::signature::{self, EcdsaKeyPair, KeyPair, RsaKeyPair};
use axum::Router;
use axum::routing::get;
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;
use serde_json::{Value, json};

/// The issuer: its URL, keys and a count of JWKS fetches.
pub struct Issuer {
    pub url: String,
    rsa: RsaKeyPair,
    ec: EcdsaKeyPair,
    fetches: Arc<AtomicUsize>,
    _server: tokio::task::JoinHandle<()>,
}

/// Which key signs.
#[derive(Debug, Clone, Copy)]
pub enum Key {
    /// RS256, kid `rsa-1`.
    Rsa,
    /// ES256, kid `ec-1`.
    Ec,
}

impl Issuer {
    pub async fn start() -> Self {
        let rsa = RsaKeyPair::generate(aws_lc_rs::rsa::KeySize::Rsa2048).expect("an RSA key");
        let rng = SystemRandom::new();
        let pkcs8 = EcdsaKeyPair::generate_pkcs8(&signature::ECDSA_P256_SHA256_FIXED_SIGNING, &rng)
            .expect("a P-256 key");
        let ec =
            EcdsaKeyPair::from_pkcs8(&signature::ECDSA_P256_SHA256_FIXED_SIGNING, pkcs8.as_ref())
                .expect("the key just made");

        let modulus = rsa.public_key().modulus();
        let exponent = rsa.public_key().exponent();
        let point = ec.public_key().as_ref(); // 0x04 ‖ x ‖ y
        let jwks = json!({ "keys": [
            { "kty": "RSA", "kid": "rsa-1", "alg": "RS256", "use": "sig",
              "n": B64.encode(modulus.big_endian_without_leading_zero()),
              "e": B64.encode(exponent.big_endian_without_leading_zero()) },
            { "kty": "EC", "kid": "ec-1", "alg": "ES256", "use": "sig", "crv": "P-256",
              "x": B64.encode(&point[1..33]), "y": B64.encode(&point[33..65]) },
            // A key of another kind, which the verifier must skip, not choke on.
            { "kty": "oct", "kid": "hmac-1", "k": B64.encode(b"not for signing tokens") },
        ]});
        let fetches = Arc::new(AtomicUsize::new(0));
        let counted = fetches.clone();
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let app = Router::new().route(
            "/pool/.well-known/jwks.json",
            get(move || {
                counted.fetch_add(1, Ordering::SeqCst);
                let jwks = jwks.clone();
                async move { axum::Json(jwks) }
            }),
        );
        let server = tokio::spawn(async move {
            axum::serve(listener, app).await.unwrap();
        });
        Self {
            url: format!("http://{addr}/pool"),
            rsa,
            ec,
            fetches,
            _server: server,
        }
    }

    /// How many times the key set was fetched.
    pub fn fetches(&self) -> usize {
        self.fetches.load(Ordering::SeqCst)
    }

    /// Claims of a valid token for `sub` and `audience`, expiring in an hour.
    pub fn claims(&self, sub: &str, audience: &str) -> Value {
        let now = chrono::Utc::now().timestamp();
        json!({
            "iss": self.url, "sub": sub, "aud": audience,
            "iat": now, "exp": now + 3600, "token_use": "id",
        })
    }

    /// A token with `claims`, signed by `key`.
    pub fn sign(&self, key: Key, claims: &Value) -> String {
        let (alg, kid) = match key {
            Key::Rsa => ("RS256", "rsa-1"),
            Key::Ec => ("ES256", "ec-1"),
        };
        self.sign_with_header(
            key,
            &json!({ "alg": alg, "kid": kid, "typ": "JWT" }),
            claims,
        )
    }

    /// A token with this header (which may lie about the algorithm or key).
    pub fn sign_with_header(&self, key: Key, header: &Value, claims: &Value) -> String {
        let input = format!(
            "{}.{}",
            B64.encode(header.to_string()),
            B64.encode(claims.to_string())
        );
        let rng = SystemRandom::new();
        let signature = match key {
            Key::Rsa => {
                let mut sig = vec![0; self.rsa.public_modulus_len()];
                self.rsa
                    .sign(
                        &signature::RSA_PKCS1_SHA256,
                        &rng,
                        input.as_bytes(),
                        &mut sig,
                    )
                    .unwrap();
                sig
            }
            Key::Ec => self
                .ec
                .sign(&rng, input.as_bytes())
                .unwrap()
                .as_ref()
                .to_vec(),
        };
        format!("{input}.{}", B64.encode(signature))
    }
}

/// An HS256 token whose secret is the given text: what an attacker could make if a
/// verifier accepted symmetric algorithms with a public key as the secret.
pub fn hs256(secret: &[u8], header: &Value, claims: &Value) -> String {
    let input = format!(
        "{}.{}",
        B64.encode(header.to_string()),
        B64.encode(claims.to_string())
    );
    let key = aws_lc_rs::hmac::Key::new(aws_lc_rs::hmac::HMAC_SHA256, secret);
    let tag = aws_lc_rs::hmac::sign(&key, input.as_bytes());
    format!("{input}.{}", B64.encode(tag.as_ref()))
}
