//! Callbacks: when a job ends, the worker POSTs its outcome to the `callback_url`
//! the client gave to `analyze-rfp`.
//!
//! - **Signed**: `x-rfp-signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`
//!   with `RFP_CALLBACK_SECRET`, so the receiver can tell the body is ours and fresh.
//! - **SSRF guard**: only `https` (plain `http` too with `RFP_CALLBACK_ALLOW_PRIVATE`),
//!   no credentials in the URL, and every address the host resolves to must be public
//!   (not loopback, private, link-local — the cloud metadata endpoint —, CGNAT,
//!   multicast or unspecified) unless `RFP_CALLBACK_ALLOW_PRIVATE`. The API checks
//!   when it accepts the URL; the worker checks again when it delivers and connects
//!   to the address it checked (a host that re-resolves elsewhere gains nothing), and
//!   follows no redirects.
//! - **Retried**: 5xx, 429 and network errors, with jittered back-off (0.5 s doubling,
//!   6 attempts, about 30 s in all). Delivery is best effort from the worker's memory:
//!   a worker killed meanwhile loses it; the status stays readable through the API.

use std::net::{IpAddr, SocketAddr};
use std::time::Duration;

use backon::Retryable;
use rfp_shared::settings::Settings;

use rfp_shared::backoff::Backoff;

/// What the API and the worker need to know about callbacks.
#[derive(Clone, Debug)]
pub struct CallbackConfig {
    secret: Option<Vec<u8>>,
    pub allow_private: bool,
}

/// Why a callback URL is refused.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum Refused {
    #[error("callbacks are not enabled on this service (RFP_CALLBACK_SECRET is not set)")]
    Disabled,
    #[error("the callback URL is not valid: {0}")]
    Invalid(String),
    /// The address is kept for logs; the message does not say it, so that the API is
    /// no oracle of how names resolve inside its network.
    #[error(
        "the callback host is or resolves to a non-public address; only public hosts are called"
    )]
    Private(IpAddr),
    #[error("the callback host cannot be resolved: {0}")]
    Unresolved(String),
}

/// A checked callback target: the URL and the addresses it may be reached at.
#[derive(Debug)]
pub struct Target {
    pub url: reqwest::Url,
    host: String,
    addrs: Vec<SocketAddr>,
}

impl CallbackConfig {
    pub fn from_settings(s: &Settings) -> Self {
        Self {
            secret: s
                .callback_secret
                .as_ref()
                .map(|k| k.expose().as_bytes().to_vec()),
            allow_private: s.callback_allow_private,
        }
    }

    pub fn enabled(&self) -> bool {
        self.secret.is_some()
    }

    /// Checks `url` as a callback target: scheme, length, credentials, and the
    /// addresses its host resolves to.
    pub async fn check(&self, url: &str) -> Result<Target, Refused> {
        if !self.enabled() {
            return Err(Refused::Disabled);
        }
        if url.len() > 2048 {
            return Err(Refused::Invalid("longer than 2048 characters".into()));
        }
        let url = reqwest::Url::parse(url).map_err(|e| Refused::Invalid(e.to_string()))?;
        match url.scheme() {
            "https" => {}
            "http" if self.allow_private => {}
            other => {
                return Err(Refused::Invalid(format!(
                    "the scheme is `{other}`; callbacks go over https"
                )));
            }
        }
        if !url.username().is_empty() || url.password().is_some() {
            return Err(Refused::Invalid("credentials in the URL".into()));
        }
        let host = url
            .host_str()
            .ok_or_else(|| Refused::Invalid("no host".into()))?
            .trim_start_matches('[')
            .trim_end_matches(']')
            .to_owned();
        let port = url.port_or_known_default().unwrap_or(443);
        let addrs: Vec<SocketAddr> = match host.parse::<IpAddr>() {
            Ok(ip) => vec![SocketAddr::new(ip, port)],
            Err(_) => tokio::time::timeout(
                Duration::from_secs(5),
                tokio::net::lookup_host((host.as_str(), port)),
            )
            .await
            .map_err(|_| Refused::Unresolved(format!("{host}: no answer in 5 s")))?
            .map_err(|e| Refused::Unresolved(format!("{host}: {e}")))?
            .collect(),
        };
        if addrs.is_empty() {
            return Err(Refused::Unresolved(format!("{host}: no address")));
        }
        if !self.allow_private
            && let Some(bad) = addrs.iter().find(|a| !is_public(a.ip()))
        {
            return Err(Refused::Private(bad.ip()));
        }
        Ok(Target { url, host, addrs })
    }

    /// `t=…,v1=…` for `body` sent at `unix`.
    pub fn signature(&self, unix: i64, body: &[u8]) -> Option<String> {
        let secret = self.secret.as_ref()?;
        let key = aws_lc_rs::hmac::Key::new(aws_lc_rs::hmac::HMAC_SHA256, secret);
        let mut ctx = aws_lc_rs::hmac::Context::with_key(&key);
        ctx.update(unix.to_string().as_bytes());
        ctx.update(b".");
        ctx.update(body);
        Some(format!("t={unix},v1={}", hex::encode(ctx.sign().as_ref())))
    }

    /// Delivers `body` (the job's outcome) to `url`, checking it again and retrying;
    /// returns the attempts made, or why it gave up.
    pub async fn deliver(&self, url: &str, event: &str, body: Vec<u8>) -> Result<u32, String> {
        let target = self.check(url).await.map_err(|e| e.to_string())?;
        let http = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .timeout(Duration::from_secs(10))
            .resolve_to_addrs(&target.host, &target.addrs)
            .build()
            .map_err(|e| e.to_string())?;
        let delivery = uuid::Uuid::new_v4().to_string();
        let attempts = std::sync::atomic::AtomicU32::new(0);
        let send = || async {
            attempts.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            let unix = chrono::Utc::now().timestamp();
            let signature = self.signature(unix, &body).unwrap_or_default();
            let r = http
                .post(target.url.clone())
                .header("content-type", "application/json")
                .header("user-agent", "rfp-analyzer-callback/1")
                .header("x-rfp-event", event)
                .header("x-rfp-delivery", &delivery)
                .header("x-rfp-signature", signature)
                .body(body.clone())
                .send()
                .await
                .map_err(|e| (true, format!("{e}")))?;
            let status = r.status();
            if status.is_success() {
                Ok(())
            } else {
                let retry = status.is_server_error() || status.as_u16() == 429;
                Err((retry, format!("the receiver answered {status}")))
            }
        };
        let outcome = send
            .retry(
                Backoff::new(Duration::from_millis(500), Duration::from_secs(10))
                    .times(5)
                    .builder(),
            )
            .when(|(retry, _)| *retry)
            .await;
        let n = attempts.load(std::sync::atomic::Ordering::Relaxed);
        outcome
            .map(|()| n)
            .map_err(|(_, why)| format!("{why} (after {n} attempts)"))
    }
}

/// Whether `ip` is an address on the public internet.
pub fn is_public(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => {
            let [a, b, ..] = v4.octets();
            !(v4.is_loopback()
                || v4.is_private()
                || v4.is_link_local()
                || v4.is_unspecified()
                || v4.is_broadcast()
                || v4.is_multicast()
                || v4.is_documentation()
                || a == 0
                || (a == 100 && (64..128).contains(&b)) // CGNAT
                || (a == 192 && b == 0 && v4.octets()[2] == 0) // IETF protocol assignments
                || (a == 192 && b == 88 && v4.octets()[2] == 99) // 6to4 relay anycast
                || (a == 198 && (b == 18 || b == 19)) // benchmarking 198.18.0.0/15
                || a >= 240)
        }
        IpAddr::V6(v6) => {
            let s = v6.segments();
            let embedded = |hi: u16, lo: u16| {
                IpAddr::V4(std::net::Ipv4Addr::new(
                    (hi >> 8) as u8,
                    hi as u8,
                    (lo >> 8) as u8,
                    lo as u8,
                ))
            };
            // Forms that carry an IPv4 address are judged by it.
            if let Some(v4) = v6.to_ipv4_mapped() {
                return is_public(IpAddr::V4(v4)); // ::ffff:a.b.c.d
            }
            if s[..6] == [0x64, 0xff9b, 0, 0, 0, 0] {
                return is_public(embedded(s[6], s[7])); // NAT64 64:ff9b::/96
            }
            if s[0] == 0x2002 {
                return is_public(embedded(s[1], s[2])); // 6to4 2002::/16
            }
            let first = s[0];
            !(s[..6] == [0; 6] // ::/96: unspecified, loopback, IPv4-compatible (deprecated)
                || s[..5] == [0, 0, 0, 0, 0xffff] // ::ffff:0:a.b.c.d, IPv4-translated
                || s[..3] == [0x64, 0xff9b, 1] // local-use NAT64 64:ff9b:1::/48
                || s[..4] == [0x100, 0, 0, 0] // discard-only 100::/64
                || (first == 0x2001 && s[1] < 0x200) // 2001::/23 IETF assignments, Teredo 2001::/32
                || (first == 0x2001 && s[1] == 0x0db8) // documentation
                || v6.is_multicast()
                || (first & 0xfe00) == 0xfc00 // unique local
                || (first & 0xffc0) == 0xfe80 // link-local
                || (first & 0xffc0) == 0xfec0) // site-local (deprecated)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config(allow_private: bool) -> CallbackConfig {
        CallbackConfig {
            secret: Some(b"0123456789abcdef".to_vec()),
            allow_private,
        }
    }

    #[test]
    fn only_public_addresses_are_public() {
        for private in [
            "127.0.0.1",
            "10.1.2.3",
            "172.16.0.1",
            "192.168.1.1",
            "169.254.169.254",
            "100.64.0.1",
            "0.0.0.0",
            "255.255.255.255",
            "224.0.0.1",
            "::1",
            "::",
            "fc00::1",
            "fe80::1",
            "::ffff:127.0.0.1",
            "::ffff:169.254.169.254",
            // IPv6 forms embedding an IPv4 address, and special ranges.
            "::169.254.169.254",
            "::127.0.0.1",
            "::8.8.8.8",
            "::ffff:0:169.254.169.254",
            "::ffff:0:8.8.8.8",
            "64:ff9b::169.254.169.254",
            "64:ff9b::10.0.0.1",
            "64:ff9b:1::8.8.8.8",
            "2002:a9fe:a9fe::1",
            "2002:7f00:1::",
            "2001::1",
            "2001:0:4136:e378:8000:63bf:3fff:fdd2",
            "fec0::1",
            "100::1",
            "198.18.0.1",
            "198.19.255.255",
        ] {
            assert!(!is_public(private.parse().unwrap()), "{private}");
        }
        for public in [
            "8.8.8.8",
            "52.94.236.248",
            "2606:4700::1111",
            "64:ff9b::8.8.8.8",
            "2002:808:808::1",
        ] {
            assert!(is_public(public.parse().unwrap()), "{public}");
        }
    }

    #[tokio::test]
    async fn targets_are_checked_before_anything_is_sent() {
        let c = config(false);
        for (url, why) in [
            ("http://example.org/hook", "scheme"),
            ("ftp://example.org/hook", "scheme"),
            ("https://user:pw@example.org/hook", "credentials"),
            ("not a url", "not valid"),
            ("https://169.254.169.254/latest/meta-data", "non-public"),
            ("https://127.0.0.1:8443/hook", "non-public"),
            ("https://[::1]/hook", "non-public"),
            ("https://10.0.0.7/hook", "non-public"),
        ] {
            let e = c.check(url).await.unwrap_err().to_string();
            assert!(e.contains(why), "{url}: {e}");
        }
        assert!(config(true).check("http://127.0.0.1:9/hook").await.is_ok());
        let off = CallbackConfig {
            secret: None,
            allow_private: true,
        };
        assert_eq!(
            off.check("https://example.org").await.unwrap_err(),
            Refused::Disabled
        );
    }

    #[test]
    fn the_signature_is_an_hmac_of_the_time_and_body() {
        let c = config(false);
        let sig = c.signature(1_700_000_000, b"{}").unwrap();
        let key = aws_lc_rs::hmac::Key::new(aws_lc_rs::hmac::HMAC_SHA256, b"0123456789abcdef");
        let expected = aws_lc_rs::hmac::sign(&key, b"1700000000.{}");
        assert_eq!(
            sig,
            format!("t=1700000000,v1={}", hex::encode(expected.as_ref()))
        );
    }
}
