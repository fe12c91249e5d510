//! A document's text: what an upload really is and its text page by page
//! ([`extract`]), in a child process with a time budget and a memory bound
//! ([`sandbox`]), and scanned pages read by OCR ([`ocr`]: the local Tesseract or
//! Amazon Textract), and what the document says about itself besides its text
//! ([`layout`]: styles and properties). The crate root re-exports the three modules under their old
//! paths (`rfp_worker::extract`, …), which the API and the tests use.

pub mod extract;
pub mod layout;
mod markup;
mod numbering;
pub mod ocr;
mod pdf_lines;
pub mod sandbox;
