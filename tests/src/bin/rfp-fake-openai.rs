//! The project's fake OpenAI-compatible server, for trying `RFP_MODEL=openai` offline:
//! it answers every chat completion with a call of the forced tool (or JSON content)
//! holding the offline extractive analysis of the prompt's document.
//!
//! ```text
//! rfp-fake-openai [ADDR]        # default 127.0.0.1:4011
//! RFP_MODEL=openai OPENAI_BASE_URL=http://127.0.0.1:4011/v1 RFP_OPENAI_MODEL=fake cargo run -p rfp-api
//! ```
//!
//! `FAKE_OPENAI_API_KEY` makes it refuse (401) any other bearer token;
//! `FAKE_OPENAI_MODELS` (comma-separated) makes it answer 404 for any other model.

use std::net::SocketAddr;

#[tokio::main]
async fn main() -> std::process::ExitCode {
    let arg = std::env::args().nth(1);
    let addr: SocketAddr = match arg.as_deref().unwrap_or("127.0.0.1:4011").parse() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("rfp-fake-openai: the address must be HOST:PORT ({e})");
            return std::process::ExitCode::from(2);
        }
    };
    let fake = rfp_tests::fake_openai::FakeOpenAi::start_on(addr).await;
    if let Ok(key) = std::env::var("FAKE_OPENAI_API_KEY") {
        fake.require_key(&key);
    }
    if let Ok(models) = std::env::var("FAKE_OPENAI_MODELS") {
        let models: Vec<&str> = models.split(',').map(str::trim).collect();
        fake.models(&models);
    }
    println!("fake OpenAI-compatible server listening on {}", fake.url);
    // For the process tests, which read a started server's address from stderr.
    let addr = fake
        .url
        .trim_start_matches("http://")
        .trim_end_matches("/v1");
    eprintln!(
        "{}",
        serde_json::json!({ "message": "Fake server listening.", "addr": addr, "url": fake.url })
    );
    rfp_shared::shutdown::signal().await;
    std::process::ExitCode::SUCCESS
}
