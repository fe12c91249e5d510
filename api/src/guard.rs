//! What keeps a web page in the user's browser from using the service against them.
//!
//! - **Loopback mode** (`RFP_AUTH=none`) trusts whoever can reach the port, which is
//!   only this machine's programs, until a web page whose domain its owner re-points
//!   at 127.0.0.1 (DNS rebinding) talks to it as "its own" origin. So in that mode a
//!   request must name a loopback host in `Host` (`localhost` and `*.localhost`,
//!   `127.0.0.0/8`, `[::1]`, any port) or one of `RFP_ALLOWED_HOSTS`; others get 421
//!   `host_not_allowed`. And a request that changes something (any method but `GET`,
//!   `HEAD`, `OPTIONS`) sent by a page of another origin (its `Origin` is not this
//!   host, nor one of `RFP_CORS_ORIGINS`; or, without `Origin`, `Sec-Fetch-Site:
//!   cross-site`) gets 403 `cross_origin_refused`, as local development servers do.
//!   Programs (`rfp`, curl) send neither header and are not affected.
//! - **Every response** carries `X-Content-Type-Options: nosniff`, and one that set no
//!   content security policy of its own (API answers and exports; the page sets its
//!   own) gets `default-src 'none'; frame-ancestors 'none'; sandbox`, so an export
//!   opened in a browser can neither be sniffed into HTML nor run anything.

use std::net::IpAddr;
use std::sync::Arc;

use axum::extract::{Request, State};
use axum::http::{HeaderValue, Method, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use rfp_shared::settings::{AuthMode, Settings, SettingsError};

use crate::error::{ApiError, ProblemCode};

/// The policy of responses that set none: nothing loads, nothing runs.
const API_CSP: &str = "default-src 'none'; frame-ancestors 'none'; sandbox";

/// A host a request may name besides the loopback ones: a name, and the port if the
/// entry gave one.
#[derive(Debug, Clone, PartialEq, Eq)]
struct AllowedHost {
    name: String,
    port: Option<u16>,
}

/// Loopback mode's checks of `Host` and `Origin`; `None` when credentials are required
/// (a token, not the network, then says who calls).
#[derive(Debug, Clone)]
pub struct LoopbackGuard {
    hosts: Arc<Vec<AllowedHost>>,
    /// `RFP_CORS_ORIGINS`: origins the operator lets call the API from a browser.
    origins: Arc<Vec<String>>,
}

impl LoopbackGuard {
    pub fn from_settings(settings: &Settings) -> Result<Option<Self>, SettingsError> {
        let hosts = parse_allowed_hosts(settings.allowed_hosts.as_deref().unwrap_or(""))?;
        if settings.auth != AuthMode::None {
            return Ok(None);
        }
        let origins = settings
            .cors_origins
            .as_deref()
            .unwrap_or("")
            .split(',')
            .map(|o| o.trim().trim_end_matches('/').to_ascii_lowercase())
            .filter(|o| !o.is_empty())
            .collect();
        Ok(Some(Self {
            hosts: Arc::new(hosts),
            origins: Arc::new(origins),
        }))
    }

    /// Why `request` is refused, if it is.
    fn check(&self, request: &Request) -> Result<(), ApiError> {
        // HTTP/2 carries the host as `:authority`, which hyper puts in the URI.
        let host = request
            .headers()
            .get(header::HOST)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned)
            .or_else(|| request.uri().authority().map(|a| a.as_str().to_owned()));
        let Some((name, port)) = host.as_deref().and_then(split_host) else {
            return Err(ApiError::new(
                ProblemCode::HostNotAllowed,
                "The request names no valid Host; this service answers only to loopback host names.",
            ));
        };
        if !self.host_allowed(&name, port) {
            return Err(ApiError::new(
                ProblemCode::HostNotAllowed,
                format!(
                    "Without credentials (RFP_AUTH=none) this service answers only to loopback host names (localhost, 127.0.0.1, [::1]), not {:?}; add it to RFP_ALLOWED_HOSTS if it is yours.",
                    rfp_shared::domain::clean_label(&name, 100)
                ),
            ));
        }
        if matches!(
            *request.method(),
            Method::GET | Method::HEAD | Method::OPTIONS
        ) {
            return Ok(());
        }
        let headers = request.headers();
        match headers.get(header::ORIGIN).map(|v| v.to_str()) {
            Some(Ok(origin)) => {
                let origin = origin.trim().trim_end_matches('/').to_ascii_lowercase();
                let same = origin_host(&origin)
                    .is_some_and(|(o_name, o_port)| o_name == name && o_port == port);
                if same || self.origins.iter().any(|o| *o == origin || o == "*") {
                    Ok(())
                } else {
                    Err(cross_origin())
                }
            }
            Some(Err(_)) => Err(cross_origin()),
            None => match headers.get("sec-fetch-site").and_then(|v| v.to_str().ok()) {
                Some("cross-site") => Err(cross_origin()),
                _ => Ok(()),
            },
        }
    }

    fn host_allowed(&self, name: &str, port: Option<u16>) -> bool {
        is_loopback_name(name)
            || self
                .hosts
                .iter()
                .any(|h| h.name == name && h.port.is_none_or(|p| Some(p) == port))
    }
}

fn cross_origin() -> ApiError {
    ApiError::new(
        ProblemCode::CrossOriginRefused,
        "A page of another origin may not change anything here (RFP_AUTH=none); add its origin to RFP_CORS_ORIGINS if it is yours.",
    )
}

/// `localhost`, a name under `.localhost` (which browsers resolve to loopback
/// themselves, RFC 6761), or a loopback address.
fn is_loopback_name(name: &str) -> bool {
    if name == "localhost" || name.ends_with(".localhost") {
        return true;
    }
    let bare = name.trim_start_matches('[').trim_end_matches(']');
    bare.parse::<IpAddr>().is_ok_and(|ip| ip.is_loopback())
}

/// A `Host` value as its lower-case name (an IPv6 address keeps its brackets) and
/// port; `None` when it is not one.
fn split_host(host: &str) -> Option<(String, Option<u16>)> {
    let host = host.trim().to_ascii_lowercase();
    let (name, port) = if host.starts_with('[') {
        let end = host.find(']')?;
        let rest = &host[end + 1..];
        let port = match rest.strip_prefix(':') {
            Some(p) => Some(p.parse().ok()?),
            None if rest.is_empty() => None,
            None => return None,
        };
        (host[..=end].to_owned(), port)
    } else {
        match host.rsplit_once(':') {
            Some((n, p)) => (n.to_owned(), Some(p.parse().ok()?)),
            None => (host.clone(), None),
        }
    };
    let name = name.trim_end_matches('.').to_owned();
    let valid = !name.is_empty()
        && name.bytes().all(|b| {
            b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b'_' | b'[' | b']' | b':')
        });
    valid.then_some((name, port))
}

/// The host and port of an origin (`scheme://host[:port]`), with the scheme's default
/// port spelled out as a `Host` header leaves it out: `None` for the default.
fn origin_host(origin: &str) -> Option<(String, Option<u16>)> {
    let (scheme, rest) = origin.split_once("://")?;
    let (name, port) = split_host(rest)?;
    let default = match scheme {
        "http" => 80,
        "https" => 443,
        _ => return None,
    };
    Some((name, port.filter(|p| *p != default)))
}

fn parse_allowed_hosts(list: &str) -> Result<Vec<AllowedHost>, SettingsError> {
    list.split(',')
        .map(str::trim)
        .filter(|h| !h.is_empty())
        .map(|h| {
            split_host(h)
                .filter(|(name, _)| !name.contains('/'))
                .map(|(name, port)| AllowedHost { name, port })
                .ok_or_else(|| {
                    SettingsError::new(
                        "RFP_ALLOWED_HOSTS",
                        format!("`{h}` is not a host name with an optional port, like rfp.internal or rfp.internal:8080"),
                    )
                })
        })
        .collect()
}

/// The middleware of loopback mode: refuses what [`LoopbackGuard::check`] refuses.
pub async fn loopback(
    State(guard): State<LoopbackGuard>,
    request: Request,
    next: Next,
) -> Response {
    match guard.check(&request) {
        Ok(()) => next.run(request).await,
        Err(e) => {
            metrics::counter!("rfp_http_guard_refusals_total", "code" => e.code.code())
                .increment(1);
            // Refused before the request-id layer: the answer still names its request
            // (the caller's id when it sent a sound one), as every problem does.
            let id = request
                .headers()
                .get("x-request-id")
                .filter(|v| v.len() <= 128 && v.to_str().is_ok_and(|s| !s.is_empty()))
                .cloned()
                .unwrap_or_else(|| {
                    HeaderValue::from_str(&uuid::Uuid::new_v4().to_string())
                        .expect("a UUID is a header value")
                });
            tracing::info!(code = e.code.code(), method = %request.method(), "Refused a request in loopback mode.");
            let mut response = e.into_response();
            response.headers_mut().insert("x-request-id", id);
            response
        }
    }
}

/// The middleware of every response: `nosniff`, and a closed content security policy
/// where the response set none.
pub async fn security_headers(request: Request, next: Next) -> Response {
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    if !headers.contains_key(header::CONTENT_SECURITY_POLICY) {
        headers.insert(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(API_CSP),
        );
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    fn guard(hosts: &str, origins: &str) -> LoopbackGuard {
        LoopbackGuard {
            hosts: Arc::new(parse_allowed_hosts(hosts).unwrap()),
            origins: Arc::new(
                origins
                    .split(',')
                    .filter(|o| !o.is_empty())
                    .map(str::to_owned)
                    .collect(),
            ),
        }
    }

    fn request(method: &str, host: Option<&str>, headers: &[(&str, &str)]) -> Request {
        let mut b = Request::builder().method(method).uri("/api/proposals");
        if let Some(h) = host {
            b = b.header(header::HOST, h);
        }
        for (k, v) in headers {
            b = b.header(*k, *v);
        }
        b.body(axum::body::Body::empty()).unwrap()
    }

    fn code(r: Result<(), ApiError>) -> Option<&'static str> {
        r.err().map(|e| e.code.code())
    }

    #[test]
    fn loopback_hosts_pass_and_rebound_names_do_not() {
        let g = guard("", "");
        for host in [
            "localhost",
            "localhost:8080",
            "LOCALHOST:8080",
            "app.localhost:3000",
            "127.0.0.1",
            "127.0.0.1:8080",
            "127.1.2.3:9",
            "[::1]",
            "[::1]:8080",
        ] {
            assert_eq!(
                code(g.check(&request("GET", Some(host), &[]))),
                None,
                "{host}"
            );
        }
        for host in [
            "attacker.example",
            "attacker.example:8080",
            "127.0.0.1.nip.io:8080",
            "localhost.attacker.example",
            "10.0.0.1:8080",
            "[::2]:8080",
            "0.0.0.0:8080",
            "local host",
            "",
        ] {
            assert_eq!(
                code(g.check(&request("GET", Some(host), &[]))),
                Some("host_not_allowed"),
                "{host}"
            );
        }
        assert_eq!(
            code(g.check(&request("GET", None, &[]))),
            Some("host_not_allowed")
        );
    }

    #[test]
    fn allowed_hosts_are_the_exceptions_with_their_port_if_given() {
        let g = guard("rfp.internal, devbox:8080", "");
        assert_eq!(
            code(g.check(&request("GET", Some("rfp.internal:1"), &[]))),
            None
        );
        assert_eq!(
            code(g.check(&request("GET", Some("devbox:8080"), &[]))),
            None
        );
        assert_eq!(
            code(g.check(&request("GET", Some("devbox:9090"), &[]))),
            Some("host_not_allowed")
        );
        let bad = parse_allowed_hosts("http://x/").unwrap_err();
        assert!(bad.to_string().contains("RFP_ALLOWED_HOSTS"), "{bad}");
    }

    #[test]
    fn writes_from_another_origin_are_refused_and_same_origin_ones_pass() {
        let g = guard("", "https://app.example.org");
        let host = Some("127.0.0.1:8080");
        let post = |h: &[(&str, &str)]| code(g.check(&request("POST", host, h)));
        assert_eq!(post(&[]), None, "a program sends no Origin");
        assert_eq!(post(&[("origin", "http://127.0.0.1:8080")]), None);
        assert_eq!(post(&[("origin", "https://app.example.org")]), None);
        assert_eq!(
            post(&[("origin", "http://localhost:8080")]),
            Some("cross_origin_refused")
        );
        assert_eq!(
            post(&[("origin", "http://127.0.0.1:3000")]),
            Some("cross_origin_refused")
        );
        assert_eq!(post(&[("origin", "null")]), Some("cross_origin_refused"));
        assert_eq!(
            post(&[("sec-fetch-site", "cross-site")]),
            Some("cross_origin_refused")
        );
        assert_eq!(post(&[("sec-fetch-site", "same-origin")]), None);
        // Reads are not refused for their origin: without CORS the page cannot read them.
        assert_eq!(
            code(g.check(&request("GET", host, &[("origin", "http://evil.example")]))),
            None
        );
        for method in ["PUT", "PATCH", "DELETE"] {
            assert_eq!(
                code(g.check(&request(method, host, &[("origin", "http://evil.example")]))),
                Some("cross_origin_refused"),
                "{method}"
            );
        }
        let default_port = guard("", "");
        assert_eq!(
            code(default_port.check(&request(
                "POST",
                Some("localhost"),
                &[("origin", "http://localhost:80")]
            ))),
            None
        );
    }
}
