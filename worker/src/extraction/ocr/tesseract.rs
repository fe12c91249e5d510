//! The local Tesseract (`RFP_OCR=tesseract`), through its command-line programs.
//!
//! Each page to read is rendered to a grey image by poppler's `pdftoppm` and read by
//! `tesseract`; both run through [`crate::sandbox::run`] with the extraction's
//! memory cap (`RFP_EXTRACT_MEMORY_MB`) and what is left of the page's time budget
//! (`RFP_OCR_PAGE_TIMEOUT_SECS`), and the whole document within
//! `RFP_OCR_TIMEOUT_SECS`. A crash, a runaway allocation or a loop in either program
//! takes only that program with it.
//!
//! - The resolution is 300 dpi, lowered so that a page's longer side is at most
//!   [`MAX_SIDE_PX`] pixels: a page declared two hundred inches wide renders as a
//!   normal image instead of gigabytes.
//! - The page image never passes through this process whole: `pdftoppm` writes it to
//!   a pipe that is relayed to `tesseract`'s standard input 64 KiB at a time
//!   ([`sandbox::run_piped`]), so it lives in the two children, under their memory
//!   cap, and not in the worker (or the API that embeds it), 16 pages of up to 25 MB
//!   at a time.
//! - A page that renders white (seen as it passes) is not read: Tesseract is stopped.
//! - Tesseract answers TSV, whose word confidences tell a page read upside down or
//!   sideways (mean confidence under [`LOW_CONFIDENCE`]); such a page is asked for its
//!   orientation (`--psm 0`, the `osd` data) and, turned, read again by Tesseract with
//!   `--psm 1`, which turns it itself: the page is rendered again rather than kept.
//! - The programs of one document draw on one CPU allowance, `RFP_OCR_TIMEOUT_SECS` of
//!   CPU time ([`CpuMeter`]): pages read at once spend it as fast as the cores they
//!   hold, so a document whose pages make Tesseract spin fails with
//!   `document_timeout` once it has cost that much, not after every page has used its
//!   wall-clock budget on a core of its own.
//! - Each Tesseract uses one thread (`OMP_THREAD_LIMIT=1`), and at most
//!   `RFP_WORKER_CONCURRENCY` pages are read at once in the process, whatever the
//!   number of jobs.

use std::collections::BTreeSet;
use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use async_trait::async_trait;
use bytes::Bytes;
use futures::StreamExt;
use tokio::sync::Semaphore;

use rfp_shared::settings::{Settings, SettingsError};

use super::{Ocr, OcrError, PagesRead, Scan};
use crate::sandbox::{self, Bounds, CpuMeter, Output, Piped, Relay, RunError};

/// The resolution pages are rendered at, unless that makes them too large.
pub const DPI: u32 = 300;
/// The longest side of a rendered page, in pixels (an A3 page at 300 dpi is 4,961).
pub const MAX_SIDE_PX: u32 = 5000;
/// Below this mean word confidence a page is asked for its orientation.
pub const LOW_CONFIDENCE: f64 = 50.0;
/// Fewer dark pixels than this and a rendered page is blank.
const MIN_INK_PIXELS: usize = 64;

/// The local Tesseract and poppler's renderer.
#[derive(Debug)]
pub struct Tesseract {
    languages: String,
    /// Whether the orientation data (`osd`) is installed.
    osd: bool,
    page_timeout: Duration,
    timeout: Duration,
    max_pages: usize,
    memory_mib: u64,
    parallel: usize,
    slots: Arc<Semaphore>,
    /// Each owner's share of the page slots (`Settings::owner_slots`), so one owner's
    /// scans (however many jobs of it run) leave a slot to the others, as its jobs do.
    owners: OwnerSlots,
}

/// Page slots per owner: at most `share` of one owner's pages are read at once. An
/// owner's entry lives while one of its pages holds or waits for it.
#[derive(Debug)]
pub(crate) struct OwnerSlots {
    share: usize,
    slots: std::sync::Mutex<std::collections::HashMap<String, Arc<Semaphore>>>,
}

impl OwnerSlots {
    pub(crate) fn new(share: usize) -> Self {
        Self {
            share: share.max(1),
            slots: std::sync::Mutex::new(std::collections::HashMap::new()),
        }
    }

    /// The semaphore of `owner`'s pages; entries nobody holds any more are dropped on
    /// the way, so the map holds only the owners at work.
    pub(crate) fn of(&self, owner: &str) -> Arc<Semaphore> {
        let mut slots = self.slots.lock().unwrap_or_else(|e| e.into_inner());
        slots.retain(|_, s| Arc::strong_count(s) > 1);
        slots
            .entry(owner.to_owned())
            .or_insert_with(|| Arc::new(Semaphore::new(self.share)))
            .clone()
    }
}

/// The Debian package that brings a Tesseract language (`chi_sim` →
/// `tesseract-ocr-chi-sim`).
fn language_package(language: &str) -> String {
    format!(
        "tesseract-ocr-{}",
        language.to_ascii_lowercase().replace('_', "-")
    )
}

/// Runs `program --flag` at start-up; a missing program is one line naming its package.
fn probe(program: &str, flag: &str, package: &str) -> Result<std::process::Output, SettingsError> {
    std::process::Command::new(program)
        .arg(flag)
        .stdin(std::process::Stdio::null())
        .output()
        .map_err(|e| {
            SettingsError::new(
                "RFP_OCR",
                if e.kind() == std::io::ErrorKind::NotFound {
                    format!(
                        "`tesseract` needs the program {program}, which is not installed (apt-get install {package})"
                    )
                } else {
                    format!("`tesseract` needs the program {program}, which cannot be run: {e}")
                },
            )
        })
}

impl Tesseract {
    /// Checks that `pdfinfo`, `pdftoppm` and `tesseract` run and that Tesseract has
    /// every language of `RFP_OCR_LANGUAGES`.
    pub fn from_settings(settings: &Settings) -> Result<Self, SettingsError> {
        probe("pdfinfo", "-v", "poppler-utils")?;
        probe("pdftoppm", "-v", "poppler-utils")?;
        let listed = probe("tesseract", "--list-langs", "tesseract-ocr")?;
        // Tesseract 4 and 5 list on stdout; some builds on stderr.
        let text = format!(
            "{}\n{}",
            String::from_utf8_lossy(&listed.stdout),
            String::from_utf8_lossy(&listed.stderr)
        );
        let installed: BTreeSet<&str> = text
            .lines()
            .filter(|l| !l.contains(' ') && !l.trim().is_empty())
            .map(str::trim)
            .collect();
        for language in settings.ocr_languages.split('+') {
            if !installed.contains(language) {
                return Err(SettingsError::new(
                    "RFP_OCR_LANGUAGES",
                    format!(
                        "names `{language}`, which Tesseract does not have (apt-get install {}; installed: {})",
                        language_package(language),
                        installed
                            .iter()
                            .filter(|l| **l != "osd")
                            .copied()
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                ));
            }
        }
        let parallel = settings.worker_concurrency.max(1);
        Ok(Self {
            languages: settings.ocr_languages.clone(),
            osd: installed.contains("osd"),
            page_timeout: settings.ocr_page_timeout(),
            timeout: settings.ocr_timeout(),
            max_pages: settings.ocr_max_pages,
            memory_mib: settings.extract_memory_mb,
            parallel,
            slots: Arc::new(Semaphore::new(parallel)),
            owners: OwnerSlots::new(settings.owner_slots()),
        })
    }

    /// The error of a program of page `page` (0-based) that did not answer.
    fn failed(&self, program: &str, page: usize, out: &Output, max_output: u64) -> OcrError {
        let stderr = String::from_utf8_lossy(&out.stderr);
        let said = stderr
            .lines()
            .rev()
            .find(|l| !l.trim().is_empty())
            .unwrap_or("")
            .trim();
        #[cfg(unix)]
        let killed = std::os::unix::process::ExitStatusExt::signal(&out.status).is_some();
        #[cfg(not(unix))]
        let killed = false;
        OcrError::Rejected(if (out.stdout.len() as u64) >= max_output {
            format!(
                "page {}: {program} answered more than {max_output} bytes",
                page + 1
            )
        } else if sandbox::ran_out_of_memory(&out.stderr) || (killed && self.memory_mib > 0) {
            format!(
                "page {}: {program} needed more than its memory budget of {} MiB (RFP_EXTRACT_MEMORY_MB)",
                page + 1,
                self.memory_mib
            )
        } else {
            format!(
                "page {}: {program} failed ({}): {said}",
                page + 1,
                out.status
            )
        })
    }

    /// What a program that could not finish comes to for page `page` (0-based).
    fn stopped(&self, program: &str, page: usize, e: RunError) -> OcrError {
        match e {
            RunError::Timeout => OcrError::PageTimeout {
                page: page + 1,
                limit: self.page_timeout,
            },
            RunError::Cpu { used, allowance } => OcrError::Cpu {
                page: page + 1,
                used,
                limit: allowance,
            },
            RunError::Spawn(e) => OcrError::Unavailable(format!("cannot run {program}: {e}")),
        }
    }

    /// The bounds of a program of a page: what is left of its budget, the memory cap,
    /// the document's CPU meter.
    fn bounds(&self, max_output: u64, deadline: Instant, meter: &Arc<CpuMeter>) -> Bounds {
        Bounds {
            timeout: deadline.saturating_duration_since(Instant::now()),
            memory_mib: self.memory_mib,
            max_output,
            cpu: Some(meter.clone()),
        }
    }

    fn command(program: &str, args: &[&str]) -> tokio::process::Command {
        let mut cmd = tokio::process::Command::new(program);
        cmd.args(args).env("OMP_THREAD_LIMIT", "1");
        cmd
    }

    /// The size of every page in points, from `pdfinfo`.
    async fn page_sizes(
        &self,
        bytes: &Bytes,
        meter: &Arc<CpuMeter>,
    ) -> Result<Vec<(f64, f64)>, OcrError> {
        let max_output = 64 << 20;
        let bounds = self.bounds(max_output, Instant::now() + self.page_timeout, meter);
        let cmd = Self::command("pdfinfo", &["-f", "1", "-l", "1000000", "-"]);
        let out = sandbox::run(cmd, bytes.clone(), bounds)
            .await
            .map_err(|e| self.stopped("pdfinfo", 0, e))?;
        if !out.status.success() || (out.stdout.len() as u64) >= max_output {
            return Err(match self.failed("pdfinfo", 0, &out, max_output) {
                OcrError::Rejected(why) => OcrError::Rejected(why.replacen("page 1: ", "", 1)),
                other => other,
            });
        }
        Ok(parse_page_sizes(&String::from_utf8_lossy(&out.stdout)))
    }

    /// Renders `sheet`'s page and has `tesseract ARGS` read it as it is rendered: its
    /// answer, or `None` for a page with no ink.
    async fn render_into(
        &self,
        sheet: &Sheet<'_>,
        tesseract: &[&str],
        max_output: u64,
    ) -> Result<Option<Vec<u8>>, OcrError> {
        let Sheet {
            bytes,
            page,
            dpi,
            deadline,
            meter,
        } = *sheet;
        let number = (page + 1).to_string();
        let dpi = dpi.to_string();
        let render = Self::command(
            "pdftoppm",
            &[
                "-f",
                &number,
                "-l",
                &number,
                "-r",
                &dpi,
                "-gray",
                "-singlefile",
                "-q",
                "-",
            ],
        );
        let read = Self::command("tesseract", tesseract);
        let max_image = u64::from(MAX_SIDE_PX) * u64::from(MAX_SIDE_PX) + 4096;
        let bounds = self.bounds(max_output, deadline, meter);
        if bounds.timeout.is_zero() {
            return Err(self.stopped("pdftoppm", page, RunError::Timeout));
        }
        let mut ink = Ink::new(MIN_INK_PIXELS);
        let Piped { first, second, cut } =
            sandbox::run_piped(render, bytes.clone(), read, bounds, max_image, &mut ink)
                .await
                .map_err(|e| self.stopped("pdftoppm and tesseract", page, e))?;
        if cut {
            return Err(OcrError::Rejected(format!(
                "page {}: pdftoppm answered more than {max_image} bytes",
                page + 1
            )));
        }
        if !first.status.success() {
            return Err(self.failed("pdftoppm", page, &first, max_image));
        }
        if !ink.is_image() {
            return Err(OcrError::Rejected(format!(
                "page {}: pdftoppm gave no image",
                page + 1
            )));
        }
        if !ink.wanted() {
            return Ok(None);
        }
        let Some(out) = second else {
            return Err(OcrError::Rejected(format!(
                "page {}: tesseract gave no answer",
                page + 1
            )));
        };
        if !out.status.success() || (out.stdout.len() as u64) >= max_output {
            return Err(self.failed("tesseract", page, &out, max_output));
        }
        Ok(Some(out.stdout))
    }

    /// Renders and reads one page (0-based) of `size` points.
    async fn read_page(
        &self,
        bytes: &Bytes,
        page: usize,
        size: (f64, f64),
        meter: &Arc<CpuMeter>,
        owner: Option<&Arc<Semaphore>>,
    ) -> Result<String, OcrError> {
        // The owner's share first, then a slot of the process: an owner waiting on its
        // share holds no slot another owner could use.
        let _share = match owner {
            Some(share) => Some(share.acquire().await.expect("never closed")),
            None => None,
        };
        let _slot = self.slots.acquire().await.expect("never closed");
        let dpi = resolution(size);
        let sheet = Sheet {
            bytes,
            page,
            dpi,
            deadline: Instant::now() + self.page_timeout,
            meter,
        };
        let dpi_arg = dpi.to_string();
        let read = |psm: &'static str| {
            [
                "stdin",
                "stdout",
                "-l",
                self.languages.as_str(),
                "--psm",
                psm,
                "--dpi",
                dpi_arg.as_str(),
                "tsv",
            ]
        };
        let tsv = |out: Vec<u8>| Recognised::from_tsv(&String::from_utf8_lossy(&out));
        let Some(first) = self
            .render_into(&sheet, &read("3"), 64 << 20)
            .await?
            .map(tsv)
        else {
            return Ok(String::new());
        };
        if !self.osd || first.words < 3 || first.confidence >= LOW_CONFIDENCE {
            return Ok(first.text);
        }
        let osd = ["stdin", "stdout", "--psm", "0", "--dpi", dpi_arg.as_str()];
        let osd = self.render_into(&sheet, &osd, 1 << 20).await;
        if osd
            .ok()
            .flatten()
            .is_none_or(|o| parse_rotation(&String::from_utf8_lossy(&o)).is_none())
        {
            return Ok(first.text);
        }
        // `--psm 1` detects the orientation again and reads the page turned upright.
        let second = self
            .render_into(&sheet, &read("1"), 64 << 20)
            .await?
            .map(tsv)
            .unwrap_or_default();
        Ok(if second.confidence > first.confidence {
            second.text
        } else {
            first.text
        })
    }
}

#[async_trait]
impl Ocr for Tesseract {
    fn name(&self) -> &'static str {
        "tesseract"
    }

    fn reads_pages(&self) -> bool {
        true
    }

    async fn read(&self, scan: Scan<'_>) -> Result<PagesRead, OcrError> {
        // One allowance for every program of the document, at once or in turn.
        let meter = CpuMeter::new(self.timeout);
        let meter = &meter;
        let work = async {
            let sizes = self.page_sizes(scan.bytes, meter).await?;
            let wanted: Vec<usize> = match scan.pages {
                Some(pages) => pages.iter().copied().filter(|&p| p < sizes.len()).collect(),
                None => (0..sizes.len()).collect(),
            };
            let skipped = wanted.len().saturating_sub(self.max_pages);
            let share = scan.owner.map(|o| self.owners.of(o));
            let share = share.as_ref();
            let mut pages = vec![None; sizes.len()];
            let mut reads = futures::stream::iter(wanted.into_iter().take(self.max_pages))
                .map(|page| {
                    let size = sizes[page];
                    async move {
                        (
                            page,
                            self.read_page(scan.bytes, page, size, meter, share).await,
                        )
                    }
                })
                .buffer_unordered(self.parallel);
            while let Some((page, text)) = reads.next().await {
                pages[page] = Some(text?);
            }
            Ok(PagesRead { pages, skipped })
        };
        let read = tokio::time::timeout(self.timeout, work)
            .await
            .map_err(|_| OcrError::Timeout(self.timeout));
        metrics::histogram!("rfp_ocr_cpu_seconds", "engine" => "tesseract")
            .record(meter.used().as_secs_f64());
        read?
    }
}

/// One page being read: the document, the page (0-based), its resolution, the end of
/// its time budget and the document's CPU meter.
#[derive(Clone, Copy)]
struct Sheet<'a> {
    bytes: &'a Bytes,
    page: usize,
    dpi: u32,
    deadline: Instant,
    meter: &'a Arc<CpuMeter>,
}

/// The resolution a page of `size` points is rendered at.
pub fn resolution((width, height): (f64, f64)) -> u32 {
    let side = width.max(height);
    if !side.is_finite() || side <= 0.0 {
        return DPI;
    }
    let fit = (f64::from(MAX_SIDE_PX) * 72.0 / side).floor();
    (fit.clamp(1.0, f64::from(DPI))) as u32
}

/// `Page    3 size: 612 x 792 pts (letter)` lines of `pdfinfo -f 1 -l N`, in order.
fn parse_page_sizes(info: &str) -> Vec<(f64, f64)> {
    let mut sizes = Vec::new();
    for line in info.lines() {
        let Some(rest) = line.strip_prefix("Page") else {
            continue;
        };
        let Some((number, size)) = rest.split_once(" size:") else {
            continue;
        };
        let Ok(number) = number.trim().parse::<usize>() else {
            continue;
        };
        let mut dims = size.split_whitespace();
        let (Some(w), Some("x"), Some(h)) = (dims.next(), dims.next(), dims.next()) else {
            continue;
        };
        let (Ok(w), Ok(h)) = (w.parse::<f64>(), h.parse::<f64>()) else {
            continue;
        };
        if number == sizes.len() + 1 {
            sizes.push((w, h));
        }
    }
    sizes
}

/// `Rotate: 180` of `tesseract --psm 0`: the clockwise turn that makes the page upright.
fn parse_rotation(osd: &str) -> Option<u32> {
    let turn: u32 = osd
        .lines()
        .find_map(|l| l.strip_prefix("Rotate:"))?
        .trim()
        .parse()
        .ok()?;
    matches!(turn, 90 | 180 | 270).then_some(turn)
}

/// A page as Tesseract read it.
#[derive(Debug, Default, PartialEq)]
struct Recognised {
    text: String,
    words: usize,
    /// The mean confidence of its words (0 to 100).
    confidence: f64,
}

impl Recognised {
    /// Lines from Tesseract's TSV: words of a line joined by spaces, a blank line
    /// between paragraphs.
    fn from_tsv(tsv: &str) -> Self {
        let mut text = String::new();
        let mut last: Option<(&str, &str, &str)> = None;
        let mut words = 0usize;
        let mut total = 0.0;
        for row in tsv.lines().skip(1) {
            let cols: Vec<&str> = row.split('\t').collect();
            if cols.len() < 12 || cols[0] != "5" {
                continue;
            }
            let word = cols[11].trim();
            if word.is_empty() {
                continue;
            }
            let here = (cols[2], cols[3], cols[4]);
            match last {
                Some(prev) if prev == here => text.push(' '),
                Some(prev) if (prev.0, prev.1) == (here.0, here.1) => text.push('\n'),
                Some(_) => text.push_str("\n\n"),
                None => {}
            }
            last = Some(here);
            text.push_str(word);
            if let Ok(conf) = cols[10].parse::<f64>()
                && conf >= 0.0
            {
                words += 1;
                total += conf;
            }
        }
        let confidence = if words == 0 {
            0.0
        } else {
            total / words as f64
        };
        Self {
            text,
            words,
            confidence,
        }
    }
}

/// Looks at a binary PGM (`P5`, 8 bits, as `pdftoppm -gray` writes it) as it passes
/// on its way to Tesseract: reads its header and counts dark pixels, holding nothing
/// but the header.
#[derive(Debug)]
struct Ink {
    /// The header so far, until it is whole (a few dozen bytes; at most
    /// [`Ink::MAX_HEADER`]).
    header: Vec<u8>,
    /// Pixels still to come, once the header is read.
    pixels_left: Option<u64>,
    dark: usize,
    enough: usize,
    bad: bool,
}

impl Ink {
    const MAX_HEADER: usize = 1024;

    fn new(enough: usize) -> Self {
        Self {
            header: Vec::new(),
            pixels_left: None,
            dark: 0,
            enough,
            bad: false,
        }
    }

    /// Whether a whole PGM header was seen.
    fn is_image(&self) -> bool {
        self.pixels_left.is_some() && !self.bad
    }

    /// `(pixels, where they start)` once `header` holds a whole `P5` header of 8 bits.
    fn parse_header(header: &[u8]) -> Result<Option<(u64, usize)>, ()> {
        let mut fields = Vec::with_capacity(4);
        let mut at = 0;
        while fields.len() < 4 {
            while at < header.len() && header[at].is_ascii_whitespace() {
                at += 1;
            }
            if header.get(at) == Some(&b'#') {
                while at < header.len() && header[at] != b'\n' {
                    at += 1;
                }
                if at == header.len() {
                    return Ok(None);
                }
                continue;
            }
            let start = at;
            while at < header.len() && !header[at].is_ascii_whitespace() {
                at += 1;
            }
            // A field is whole once whitespace follows it.
            if at == header.len() {
                return Ok(None);
            }
            fields.push(std::str::from_utf8(&header[start..at]).map_err(|_| ())?);
        }
        let number = |f: &str| f.parse::<u64>().map_err(|_| ());
        let (width, height, max) = (number(fields[1])?, number(fields[2])?, number(fields[3])?);
        if fields[0] != "P5" || max != 255 {
            return Err(());
        }
        Ok(Some((width.checked_mul(height).ok_or(())?, at + 1)))
    }

    fn count(&mut self, pixels: &[u8]) {
        let Some(left) = self.pixels_left.as_mut() else {
            return;
        };
        let take = pixels
            .len()
            .min(usize::try_from(*left).unwrap_or(usize::MAX));
        *left -= take as u64;
        if self.dark < self.enough {
            self.dark += pixels[..take].iter().filter(|&&p| p < 128).count();
        }
    }
}

impl Relay for Ink {
    fn chunk(&mut self, bytes: &[u8]) {
        if self.bad {
            return;
        }
        if self.pixels_left.is_some() {
            return self.count(bytes);
        }
        let room = Self::MAX_HEADER.saturating_sub(self.header.len());
        let seen = self.header.len();
        self.header
            .extend_from_slice(&bytes[..bytes.len().min(room)]);
        match Self::parse_header(&self.header) {
            Ok(Some((pixels, start))) => {
                self.pixels_left = Some(pixels);
                let header = std::mem::take(&mut self.header);
                self.count(&header[start..]);
                // What of this chunk lay past the header buffer.
                self.count(&bytes[(header.len() - seen).min(bytes.len())..]);
            }
            Ok(None) if self.header.len() < Self::MAX_HEADER => {}
            Ok(None) | Err(()) => self.bad = true,
        }
    }

    /// A page with at least `enough` dark pixels is read.
    fn wanted(&self) -> bool {
        self.is_image() && self.dark >= self.enough
    }
}

/// Whether `program` can be found on `PATH` (for tests that need the OCR programs).
pub fn installed(program: &str) -> bool {
    std::env::var_os("PATH").is_some_and(|paths| {
        std::env::split_paths(&paths).any(|dir| Path::new(&dir).join(program).is_file())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn one_owners_pages_leave_a_slot_to_another_owner_and_the_map_forgets_idle_owners() {
        // Two page slots in the process, a share of one per owner (the default with a
        // worker concurrency of 2): in the order `read_page` takes them.
        let slots = Arc::new(Semaphore::new(2));
        let owners = OwnerSlots::new(1);
        let a = owners.of("alice");
        let a_share = a.clone().try_acquire_owned().unwrap();
        let a_slot = slots.clone().try_acquire_owned().unwrap();
        // Alice's second page waits on her share, holding no slot of the process.
        assert!(a.clone().try_acquire_owned().is_err());
        assert_eq!(slots.available_permits(), 1);
        // Bob's page gets the slot Alice's scan left.
        let b = owners.of("bob");
        let b_share = b.clone().try_acquire_owned().unwrap();
        let b_slot = slots.clone().try_acquire_owned().unwrap();
        assert!(
            Arc::ptr_eq(&a, &owners.of("alice")),
            "one semaphore per owner"
        );
        drop((a_share, a_slot, b_share, b_slot, a, b));
        // Nobody holds them any more: the next look-up drops both entries.
        owners.of("carol");
        let held: Vec<String> = owners.slots.lock().unwrap().keys().cloned().collect();
        assert_eq!(held, ["carol"]);
    }

    #[test]
    fn pages_render_at_300_dpi_unless_too_large() {
        assert_eq!(resolution((612.0, 792.0)), 300);
        assert_eq!(resolution((842.0, 1191.0)), 300); // A3
        // A page 200 inches on a side renders 5,000 pixels wide, not 60,000.
        assert_eq!(resolution((14_400.0, 14_400.0)), 25);
        assert_eq!(resolution((0.0, 0.0)), 300);
        assert_eq!(resolution((f64::NAN, 10.0)), 300);
        assert_eq!(resolution((1e12, 1.0)), 1);
    }

    #[test]
    fn pdfinfo_sizes_are_read_in_page_order() {
        let info = "Pages:           3\nPage    1 size:  612 x 792 pts (letter)\nPage    1 rot:   0\n\
                    Page    2 size:  792 x 612 pts (letter)\nPage    3 size:  384 x 470.88 pts\n";
        assert_eq!(
            parse_page_sizes(info),
            vec![(612.0, 792.0), (792.0, 612.0), (384.0, 470.88)]
        );
    }

    #[test]
    fn tsv_words_become_lines_and_paragraphs() {
        let tsv = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n\
                   1\t1\t0\t0\t0\t0\t0\t0\t10\t10\t-1\t\n\
                   5\t1\t1\t1\t1\t1\t0\t0\t1\t1\t90\tClosing\n\
                   5\t1\t1\t1\t1\t2\t0\t0\t1\t1\t80\tdate\n\
                   5\t1\t1\t1\t2\t1\t0\t0\t1\t1\t70\t3 May\n\
                   5\t1\t1\t2\t1\t1\t0\t0\t1\t1\t60\tBudget\n\
                   5\t1\t2\t1\t1\t1\t0\t0\t1\t1\t-1\t \n";
        let r = Recognised::from_tsv(tsv);
        assert_eq!(r.text, "Closing date\n3 May\n\nBudget");
        assert_eq!(r.words, 4);
        assert!((r.confidence - 75.0).abs() < 1e-9);
    }

    #[test]
    fn the_orientation_is_read_from_osd() {
        let osd = "Page number: 0\nOrientation in degrees: 180\nRotate: 180\nOrientation confidence: 32.56\n";
        assert_eq!(parse_rotation(osd), Some(180));
        assert_eq!(parse_rotation("Rotate: 0\n"), None);
        assert_eq!(
            parse_rotation("Too few characters. Skipping this page\n"),
            None
        );
    }

    /// `image` fed to an [`Ink`] in chunks of `size` bytes.
    fn ink_of(image: &[u8], size: usize, enough: usize) -> Ink {
        let mut ink = Ink::new(enough);
        for chunk in image.chunks(size) {
            ink.chunk(chunk);
        }
        ink
    }

    #[test]
    fn ink_is_counted_as_the_image_passes_whatever_the_chunks() {
        // 3 wide, 2 high, a comment in the header: 4 dark pixels.
        let image = b"P5\n# pdftoppm\n3 2\n255\n\x01\x02\xff\x04\x05\xff";
        for size in 1..=image.len() {
            let ink = ink_of(image, size, 4);
            assert!(ink.is_image() && ink.wanted(), "chunks of {size}");
            assert!(!ink_of(image, size, 5).wanted(), "chunks of {size}");
        }
        // Bytes past the declared pixels are not counted.
        let mut longer = image.to_vec();
        longer.extend_from_slice(&[0; 100]);
        assert!(!ink_of(&longer, 7, 5).wanted());
        // A white page has no ink; anything else is no image.
        let white = [b"P5 4 4 255\n".as_slice(), &[255; 16]].concat();
        assert!(ink_of(&white, 5, 1).is_image() && !ink_of(&white, 5, 1).wanted());
        assert!(
            !ink_of(b"P6\n1 1\n255\n\x01\x02\x03", 4, 1).is_image(),
            "colour"
        );
        assert!(!ink_of(b"P5\n3 2\n", 4, 1).is_image(), "no header end");
        assert!(!ink_of(&[b'#'; 5000], 512, 1).is_image(), "endless header");
        assert!(!ink_of(b"P5\n99999999999 99999999999 255\n", 4, 1).is_image());
    }

    #[test]
    fn a_language_names_its_debian_package() {
        assert_eq!(language_package("fra"), "tesseract-ocr-fra");
        assert_eq!(language_package("chi_sim"), "tesseract-ocr-chi-sim");
    }
}
