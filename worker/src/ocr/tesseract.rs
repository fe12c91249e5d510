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
//! - A page that renders white is not given to Tesseract.
//! - Tesseract answers TSV, whose word confidences tell a page read upside down or
//!   sideways (mean confidence under [`LOW_CONFIDENCE`]); such a page is asked for its
//!   orientation (`--psm 0`, the `osd` data), turned, and read again.
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
use crate::sandbox::{self, Bounds, RunError};

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
        })
    }

    /// Runs one program of a page within what is left of the page's budget.
    async fn run(
        &self,
        program: &str,
        args: &[&str],
        input: Bytes,
        max_output: u64,
        page: usize,
        deadline: Instant,
    ) -> Result<Vec<u8>, OcrError> {
        let mut cmd = tokio::process::Command::new(program);
        cmd.args(args).env("OMP_THREAD_LIMIT", "1");
        let bounds = Bounds {
            timeout: deadline.saturating_duration_since(Instant::now()),
            memory_mib: self.memory_mib,
            max_output,
        };
        let timed_out = || OcrError::PageTimeout {
            page: page + 1,
            limit: self.page_timeout,
        };
        if bounds.timeout.is_zero() {
            return Err(timed_out());
        }
        let out = match sandbox::run(cmd, input, bounds).await {
            Ok(out) => out,
            Err(RunError::Timeout) => return Err(timed_out()),
            Err(RunError::Spawn(e)) => {
                return Err(OcrError::Unavailable(format!("cannot run {program}: {e}")));
            }
        };
        if out.status.success() && (out.stdout.len() as u64) < max_output {
            return Ok(out.stdout);
        }
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
        Err(OcrError::Rejected(
            if (out.stdout.len() as u64) >= max_output {
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
            },
        ))
    }

    /// The size of every page in points, from `pdfinfo`.
    async fn page_sizes(&self, bytes: &Bytes) -> Result<Vec<(f64, f64)>, OcrError> {
        let deadline = Instant::now() + self.page_timeout;
        let out = self
            .run(
                "pdfinfo",
                &["-f", "1", "-l", "1000000", "-"],
                bytes.clone(),
                64 << 20,
                0,
                deadline,
            )
            .await
            .map_err(|e| match e {
                OcrError::Rejected(why) => OcrError::Rejected(why.replacen("page 1: ", "", 1)),
                other => other,
            })?;
        Ok(parse_page_sizes(&String::from_utf8_lossy(&out)))
    }

    /// Renders and reads one page (0-based) of `size` points.
    async fn read_page(
        &self,
        bytes: &Bytes,
        page: usize,
        size: (f64, f64),
    ) -> Result<String, OcrError> {
        let _slot = self.slots.acquire().await.expect("never closed");
        let deadline = Instant::now() + self.page_timeout;
        let dpi = resolution(size);
        let number = (page + 1).to_string();
        let dpi_arg = dpi.to_string();
        let max_image = u64::from(MAX_SIDE_PX) * u64::from(MAX_SIDE_PX) + 4096;
        let image = self
            .run(
                "pdftoppm",
                &[
                    "-f",
                    &number,
                    "-l",
                    &number,
                    "-r",
                    &dpi_arg,
                    "-gray",
                    "-singlefile",
                    "-q",
                    "-",
                ],
                bytes.clone(),
                max_image,
                page,
                deadline,
            )
            .await?;
        let image = Bytes::from(image);
        let Some(grey) = Grey::parse(&image) else {
            return Err(OcrError::Rejected(format!(
                "page {}: pdftoppm gave no image",
                page + 1
            )));
        };
        if !grey.has_ink(MIN_INK_PIXELS) {
            return Ok(String::new());
        }
        let first = self.recognise(image.clone(), page, dpi, deadline).await?;
        if !self.osd || first.words < 3 || first.confidence >= LOW_CONFIDENCE {
            return Ok(first.text);
        }
        let osd = self
            .run(
                "tesseract",
                &["stdin", "stdout", "--psm", "0", "--dpi", &dpi_arg],
                image.clone(),
                1 << 20,
                page,
                deadline,
            )
            .await;
        let Some(turn) = osd
            .ok()
            .and_then(|o| parse_rotation(&String::from_utf8_lossy(&o)))
        else {
            return Ok(first.text);
        };
        let turned = Bytes::from(grey.rotated(turn).encode());
        let second = self.recognise(turned, page, dpi, deadline).await?;
        Ok(if second.confidence > first.confidence {
            second.text
        } else {
            first.text
        })
    }

    async fn recognise(
        &self,
        image: Bytes,
        page: usize,
        dpi: u32,
        deadline: Instant,
    ) -> Result<Recognised, OcrError> {
        let dpi = dpi.to_string();
        let tsv = self
            .run(
                "tesseract",
                &[
                    "stdin",
                    "stdout",
                    "-l",
                    &self.languages,
                    "--psm",
                    "3",
                    "--dpi",
                    &dpi,
                    "tsv",
                ],
                image,
                64 << 20,
                page,
                deadline,
            )
            .await?;
        Ok(Recognised::from_tsv(&String::from_utf8_lossy(&tsv)))
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
        let work = async {
            let sizes = self.page_sizes(scan.bytes).await?;
            let wanted: Vec<usize> = match scan.pages {
                Some(pages) => pages.iter().copied().filter(|&p| p < sizes.len()).collect(),
                None => (0..sizes.len()).collect(),
            };
            let skipped = wanted.len().saturating_sub(self.max_pages);
            let mut pages = vec![None; sizes.len()];
            let mut reads = futures::stream::iter(wanted.into_iter().take(self.max_pages))
                .map(|page| {
                    let size = sizes[page];
                    async move { (page, self.read_page(scan.bytes, page, size).await) }
                })
                .buffer_unordered(self.parallel);
            while let Some((page, text)) = reads.next().await {
                pages[page] = Some(text?);
            }
            Ok(PagesRead { pages, skipped })
        };
        tokio::time::timeout(self.timeout, work)
            .await
            .map_err(|_| OcrError::Timeout(self.timeout))?
    }
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

/// A binary PGM (`P5`, 8 bits), as `pdftoppm -gray` writes it: the rendered page's
/// pixels are borrowed, not copied; only a turned page owns new ones.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Grey<'a> {
    width: usize,
    height: usize,
    pixels: std::borrow::Cow<'a, [u8]>,
}

impl<'a> Grey<'a> {
    fn parse(bytes: &'a [u8]) -> Option<Self> {
        let mut fields = Vec::with_capacity(4);
        let mut at = 0;
        while fields.len() < 4 {
            while at < bytes.len() && bytes[at].is_ascii_whitespace() {
                at += 1;
            }
            if bytes.get(at) == Some(&b'#') {
                while at < bytes.len() && bytes[at] != b'\n' {
                    at += 1;
                }
                continue;
            }
            let start = at;
            while at < bytes.len() && !bytes[at].is_ascii_whitespace() {
                at += 1;
            }
            if start == at {
                return None;
            }
            fields.push(std::str::from_utf8(&bytes[start..at]).ok()?);
        }
        let (width, height, max): (usize, usize, usize) = (
            fields[1].parse().ok()?,
            fields[2].parse().ok()?,
            fields[3].parse().ok()?,
        );
        if fields[0] != "P5" || max != 255 {
            return None;
        }
        let pixels = bytes.get(at + 1..at + 1 + width.checked_mul(height)?)?;
        Some(Self {
            width,
            height,
            pixels: pixels.into(),
        })
    }

    /// Whether at least `enough` pixels are dark (it stops counting there).
    fn has_ink(&self, enough: usize) -> bool {
        self.pixels
            .iter()
            .filter(|&&p| p < 128)
            .take(enough)
            .count()
            >= enough
    }

    /// Turned `degrees` clockwise (90, 180 or 270).
    fn rotated(&self, degrees: u32) -> Grey<'static> {
        let (w, h) = (self.width, self.height);
        let mut pixels = vec![0u8; w * h];
        let (nw, nh) = if degrees == 180 { (w, h) } else { (h, w) };
        for y in 0..h {
            for x in 0..w {
                let (nx, ny) = match degrees {
                    90 => (h - 1 - y, x),
                    180 => (w - 1 - x, h - 1 - y),
                    _ => (y, w - 1 - x),
                };
                pixels[ny * nw + nx] = self.pixels[y * w + x];
            }
        }
        Grey {
            width: nw,
            height: nh,
            pixels: pixels.into(),
        }
    }

    fn encode(&self) -> Vec<u8> {
        let mut out = format!("P5\n{} {}\n255\n", self.width, self.height).into_bytes();
        out.extend_from_slice(&self.pixels);
        out
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

    #[test]
    fn a_grey_image_turns_and_round_trips() {
        // 3 wide, 2 high: 1 2 3 / 4 5 6
        let g = Grey::parse(b"P5\n# pdftoppm\n3 2\n255\n\x01\x02\x03\x04\x05\x06").unwrap();
        assert_eq!((g.width, g.height), (3, 2));
        assert_eq!(g.rotated(180).pixels, vec![6, 5, 4, 3, 2, 1]);
        let r = g.rotated(90);
        assert_eq!(
            (r.width, r.height, r.pixels.clone()),
            (2, 3, vec![4, 1, 5, 2, 6, 3].into())
        );
        assert_eq!(r.rotated(270), g);
        assert_eq!(Grey::parse(&g.encode()), Some(g.clone()));
        assert!(g.has_ink(6) && !g.has_ink(7));
        assert_eq!(Grey::parse(b"P5\n3 2\n255\n\x01"), None, "short data");
        assert_eq!(Grey::parse(b"P6\n1 1\n255\n\x01\x02\x03"), None, "colour");
    }

    #[test]
    fn a_language_names_its_debian_package() {
        assert_eq!(language_package("fra"), "tesseract-ocr-fra");
        assert_eq!(language_package("chi_sim"), "tesseract-ocr-chi-sim");
    }
}
