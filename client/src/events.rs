//! The job's server-sent events (`…/analysis-events`): the stream opened, resumed
//! after an event id, and read event by event as the bytes arrive.

use reqwest::{Method, StatusCode};
use serde_json::Value;

use crate::{Client, Error};

/// The largest event the stream may hold while it waits for the event's end.
const MAX_EVENT_BYTES: usize = 16 << 20;

impl Client {
    /// `GET /api/proposals/{id}/analysis-events`: the server-sent events of the job.
    pub async fn events(&self, id: &str) -> Result<Events, Error> {
        self.events_from(id, None).await
    }

    /// The event stream resumed after the event `last_id` (`Last-Event-ID`).
    pub async fn events_from(&self, id: &str, last_id: Option<&str>) -> Result<Events, Error> {
        let mut r = self.request(Method::GET, &format!("/api/proposals/{id}/analysis-events"));
        if let Some(last) = last_id {
            r = r.header("last-event-id", last);
        }
        let response = r.send().await.map_err(|source| self.unreachable(source))?;
        if response.status() != StatusCode::OK {
            let status = response.status().as_u16();
            // A problem; any other answer is not the stream.
            self.answer(response).await?;
            return Err(Error::Unexpected {
                base: self.base.clone(),
                status,
                why: "not an event stream".into(),
            });
        }
        Ok(Events {
            response,
            buffer: EventBuffer::default(),
        })
    }
}

/// One server-sent event.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Event {
    /// `status`, `completed`, `failed` (`message` when the server names none).
    pub event: String,
    pub id: Option<String>,
    pub data: String,
}

impl Event {
    /// The data as JSON.
    pub fn json(&self) -> Option<Value> {
        serde_json::from_str(&self.data).ok()
    }
}

/// The events of one stream, read as they arrive.
pub struct Events {
    response: reqwest::Response,
    buffer: EventBuffer,
}

impl Events {
    /// The next event; `None` once the server ends the stream.
    pub async fn next(&mut self) -> Result<Option<Event>, Error> {
        loop {
            if let Some(event) = self.buffer.take() {
                if event.data.is_empty() && event.id.is_none() {
                    continue; // a keep-alive comment or an empty block
                }
                return Ok(Some(event));
            }
            if self.buffer.bytes.len() > MAX_EVENT_BYTES {
                return Err(Error::Unexpected {
                    base: self.response.url().to_string(),
                    status: 200,
                    why: format!("an event of over {MAX_EVENT_BYTES} bytes"),
                });
            }
            match self.response.chunk().await {
                Ok(Some(chunk)) => self.buffer.push(&chunk),
                Ok(None) => return Ok(None),
                Err(source) => {
                    return Err(Error::Unreachable {
                        base: self.response.url().to_string(),
                        source,
                    });
                }
            }
        }
    }
}

/// The bytes of a stream not yet made into events. Bytes, not text, so a character
/// split across two chunks survives; `searched` is how far a blank line was looked
/// for, so each byte is looked at once however slowly an event arrives.
#[derive(Debug, Default)]
struct EventBuffer {
    bytes: Vec<u8>,
    searched: usize,
}

impl EventBuffer {
    /// Appends a chunk; carriage returns go (lines end with LF or CRLF here).
    fn push(&mut self, chunk: &[u8]) {
        self.bytes
            .extend(chunk.iter().copied().filter(|&b| b != b'\r'));
    }

    /// The first complete event block (up to a blank line), removed from the buffer.
    fn take(&mut self) -> Option<Event> {
        let from = self.searched.saturating_sub(1);
        let Some(at) = self.bytes[from..].windows(2).position(|w| w == b"\n\n") else {
            self.searched = self.bytes.len();
            return None;
        };
        let end = from + at;
        let block = String::from_utf8_lossy(&self.bytes[..end]).into_owned();
        self.bytes.drain(..end + 2);
        self.searched = 0;
        Some(parse_event(&block))
    }
}

/// One event block's fields.
fn parse_event(block: &str) -> Event {
    let mut event = Event {
        event: "message".into(),
        ..Event::default()
    };
    let mut data = Vec::new();
    for line in block.lines() {
        if line.starts_with(':') {
            continue;
        }
        let (field, value) = line.split_once(':').unwrap_or((line, ""));
        let value = value.strip_prefix(' ').unwrap_or(value);
        match field {
            "event" => event.event = value.to_owned(),
            "id" => event.id = Some(value.to_owned()),
            "data" => data.push(value),
            _ => {}
        }
    }
    event.data = data.join("\n");
    event
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn server_sent_events_are_split_on_blank_lines() {
        let mut buffer = EventBuffer::default();
        // Fed in pieces, one of them inside a two-byte character.
        let stream = "event: status\nid: 3\ndata: {\"a\":\"é\"}\n\n: keep-alive\n\nevent: completed\r\ndata: x\r\ndata: y\r\n\r\nevent: par"
            .as_bytes();
        let split = stream.iter().position(|&b| b == 0xc3).unwrap() + 1;
        buffer.push(&stream[..split]);
        assert_eq!(buffer.take(), None, "the first event is not complete yet");
        buffer.push(&stream[split..]);
        let first = buffer.take().unwrap();
        assert_eq!(
            (first.event.as_str(), first.id.as_deref()),
            ("status", Some("3"))
        );
        assert_eq!(first.json().unwrap()["a"], "é");
        let comment = buffer.take().unwrap();
        assert!(comment.data.is_empty() && comment.id.is_none());
        let last = buffer.take().unwrap();
        assert_eq!(
            (last.event.as_str(), last.data.as_str()),
            ("completed", "x\ny")
        );
        assert_eq!(buffer.take(), None, "an unfinished block waits");
        assert_eq!(buffer.bytes, b"event: par");
    }
}
