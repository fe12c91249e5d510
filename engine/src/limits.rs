//! What bounds an analysis: the flag that stops it, and the caps on what it collects
//! and writes. Its time is linear in the text and every value it writes is bounded,
//! whatever the document; these are the numbers behind that promise.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

/// Longest value the analyzer writes (a title, an item's text), in characters: a
/// document made of one enormous line must not make an enormous result.
pub const MAX_VALUE_CHARS: usize = 500;
/// At most this many dated entries are collected from one document.
pub const MAX_DATES: usize = 60;
/// At most this many amounts are collected from one document.
pub const MAX_AMOUNTS: usize = 200;
/// Most requirements one document yields; a longer matrix says so in the notes.
pub const MAX_REQUIREMENTS: usize = 400;
/// Most evaluation criteria one document yields.
pub const MAX_CRITERIA: usize = 60;

/// The analysis was stopped before it ended (its job's time spent, or the worker
/// stopping).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stopped;

/// When an analysis must stop: a flag its caller sets, looked at every line and every
/// few hundred matches within a line, so a stop takes effect within milliseconds.
/// (It was called `Budget`, beside the budget the money module reads.)
#[derive(Debug, Clone, Default)]
pub struct StopFlag {
    stopped: Arc<AtomicBool>,
}

impl StopFlag {
    /// Asks the analysis to stop at its next check.
    pub fn stop(&self) {
        self.stopped.store(true, Ordering::Relaxed);
    }

    /// A guard that stops the analysis when dropped.
    pub fn stop_on_drop(&self) -> impl Drop + use<> {
        struct Guard(StopFlag);
        impl Drop for Guard {
            fn drop(&mut self) {
                self.0.stop();
            }
        }
        Guard(self.clone())
    }

    /// `Err(Stopped)` once [`StopFlag::stop`] was called.
    pub(crate) fn check(&self) -> Result<(), Stopped> {
        if self.stopped.load(Ordering::Relaxed) {
            Err(Stopped)
        } else {
            Ok(())
        }
    }
}

/// `text` cut to at most `max` characters, at a character boundary (so a piece of a
/// document stays a verbatim piece of it). The same as `rfp_shared::domain::cap_chars`,
/// which the engine cannot borrow without building the service's dependencies.
pub fn cap_chars(text: &str, max: usize) -> &str {
    match text.char_indices().nth(max) {
        Some((at, _)) => &text[..at],
        None => text,
    }
}

/// `text`'s first `max` bytes at most, cut at a character boundary.
pub(crate) fn cap_bytes(text: &str, max: usize) -> &str {
    &text[..text.floor_char_boundary(max)]
}
