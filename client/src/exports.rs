//! The exports of an analysis (the matrix, the deadlines calendar, the OCDS release,
//! the response outline) as bytes, with whether the analysis they come from is out of
//! date.

use reqwest::Method;

use crate::{Client, Error};

/// The response header of an export of an out-of-date analysis.
pub const STALE_HEADER: &str = "x-rfp-analysis-stale";

/// Which export of an analysis.
#[derive(Debug, Clone, Copy)]
pub enum Export<'a> {
    /// The compliance matrix in a format: `json`, `csv`, `xlsx` or `md`.
    Matrix(&'a str),
    /// The deadlines as an iCalendar file.
    Deadlines,
    /// The analysis as an OCDS 1.1 release (JSON).
    Ocds,
    /// A response outline: `docx` or `md`.
    Outline(&'a str),
}

/// An export's bytes, and whether the analysis it comes from is out of date.
#[derive(Debug, Clone)]
pub struct Download {
    pub bytes: Vec<u8>,
    pub stale: bool,
}

impl Client {
    /// `GET /api/proposals/{id}/compliance-matrix?format=`: the matrix as the server
    /// wrote it (`json`, `csv`, `xlsx` or `md`), at most [`MAX_BODY_BYTES`](crate::MAX_BODY_BYTES).
    pub async fn compliance_matrix(&self, id: &str, format: &str) -> Result<Vec<u8>, Error> {
        Ok(self.export(id, Export::Matrix(format)).await?.bytes)
    }

    /// The analysis's deadlines as an iCalendar file (`text/calendar`).
    pub async fn deadlines_calendar(&self, id: &str) -> Result<String, Error> {
        let download = self.export(id, Export::Deadlines).await?;
        String::from_utf8(download.bytes).map_err(|e| Error::Unexpected {
            base: self.base.clone(),
            status: 200,
            why: format!("the calendar is not UTF-8: {e}"),
        })
    }

    /// An export of the analysis, with whether the service marked it out of date (the
    /// package changed after the analysis: `x-rfp-analysis-stale`).
    pub async fn export(&self, id: &str, export: Export<'_>) -> Result<Download, Error> {
        let request = match export {
            Export::Matrix(format) => self
                .request(
                    Method::GET,
                    &format!("/api/proposals/{id}/compliance-matrix"),
                )
                .query(&[("format", format)]),
            Export::Deadlines => {
                self.request(Method::GET, &format!("/api/proposals/{id}/deadlines.ics"))
            }
            Export::Ocds => self.request(Method::GET, &format!("/api/proposals/{id}/ocds")),
            Export::Outline(format) => self
                .request(Method::GET, &format!("/api/proposals/{id}/outline"))
                .query(&[("format", format)]),
        };
        let response = request
            .send()
            .await
            .map_err(|source| self.unreachable(source))?;
        let stale = response
            .headers()
            .get(STALE_HEADER)
            .is_some_and(|v| v.as_bytes().eq_ignore_ascii_case(b"true"));
        let (_, bytes, _) = self.read(response).await?;
        Ok(Download { bytes, stale })
    }
}
