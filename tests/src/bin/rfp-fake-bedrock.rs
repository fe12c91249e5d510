//! The project's fake Bedrock Runtime as a server, for trying `RFP_MODEL=bedrock`
//! offline: it answers every Converse call with a tool call holding the offline
//! extractive analysis of the prompt's document.
//!
//! ```text
//! rfp-fake-bedrock [ADDR]        # default 127.0.0.1:4010
//! AWS_ENDPOINT_URL_BEDROCK_RUNTIME=http://127.0.0.1:4010 AWS_REGION=us-east-1 \
//!   AWS_ACCESS_KEY_ID=x AWS_SECRET_ACCESS_KEY=x RFP_MODEL=bedrock cargo run -p rfp-api
//! ```

use std::net::SocketAddr;

#[tokio::main]
async fn main() -> std::process::ExitCode {
    let arg = std::env::args().nth(1);
    let addr: SocketAddr = match arg.as_deref().unwrap_or("127.0.0.1:4010").parse() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("rfp-fake-bedrock: the address must be HOST:PORT ({e})");
            return std::process::ExitCode::from(2);
        }
    };
    let fake = rfp_tests::fake_bedrock::FakeBedrock::start_on(addr).await;
    println!("fake Bedrock Runtime listening on {}", fake.url);
    rfp_shared::shutdown::signal().await;
    std::process::ExitCode::SUCCESS
}
