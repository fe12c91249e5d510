//! Changing a proposal's package: one turn per package within the process, one
//! conditional write of the whole list retried on a fresh read when another write won,
//! the dropped documents' bytes reclaimed after it, and the rules of adding a document
//! or replacing the main one.

use bytes::Bytes;

use rfp_shared::domain::{DocumentRef, DocumentRole, Proposal};
use rfp_shared::ids::BlobKey;

use crate::AppState;
use crate::error::{ApiError, ProblemCode};

/// How often a change of a package is tried against writes that won the race.
const CHANGE_ATTEMPTS: u32 = 12;

/// One turn per package among this process's requests. Every change of a package is
/// a conditional write, which is all that two processes need; within one process the
/// turns also keep concurrent uploads from racing each other to the store at all,
/// which an emulator whose conditional writes are not atomic (moto lost one of six
/// concurrent annexes about one run in four) needs, and which saves refused writes.
#[derive(Clone, Default)]
pub struct PackageTurns(
    std::sync::Arc<
        std::sync::Mutex<
            std::collections::HashMap<
                rfp_shared::ids::ProposalId,
                std::sync::Arc<tokio::sync::Mutex<()>>,
            >,
        >,
    >,
);

impl PackageTurns {
    /// The turn of `id`'s package; entries nobody holds are dropped on the way.
    pub(crate) fn of(
        &self,
        id: rfp_shared::ids::ProposalId,
    ) -> std::sync::Arc<tokio::sync::Mutex<()>> {
        let mut turns = self.0.lock().unwrap_or_else(|e| e.into_inner());
        turns.retain(|_, t| std::sync::Arc::strong_count(t) > 1);
        turns.entry(id).or_default().clone()
    }
}

/// Changes the proposal's package by `change` (given the package as it stands), as one
/// conditional write; if another write changed the package meanwhile, reads it again
/// and tries again. Then deletes the bytes (and the kept text) of the documents the
/// change dropped, so deleted and replaced documents cost no storage.
pub(super) async fn change_package(
    state: &AppState,
    proposal: Proposal,
    change: impl Fn(&Proposal) -> Result<(DocumentRef, Vec<DocumentRef>), ApiError>,
) -> Result<Proposal, ApiError> {
    let turn = state.package_turns.of(proposal.id);
    let held = turn.lock().await;
    // Read again inside the turn: the caller's copy may be a turn old.
    let proposal = state
        .backends
        .store
        .get_proposal(proposal.id)
        .await?
        .ok_or_else(ApiError::not_found)?;
    let (stored, dropped) = write_package(state, proposal, change).await?;
    drop(held);
    if !dropped.is_empty() {
        reclaim(state, stored.id, dropped).await;
    }
    Ok(stored)
}

/// The proposal as written, and the documents of the package it replaced that the new
/// one no longer holds.
async fn write_package(
    state: &AppState,
    mut proposal: Proposal,
    change: impl Fn(&Proposal) -> Result<(DocumentRef, Vec<DocumentRef>), ApiError>,
) -> Result<(Proposal, Vec<DocumentRef>), ApiError> {
    let store = &state.backends.store;
    // Writers of one package take turns: each refused write waits a jittered,
    // growing pause (5 ms to 200 ms) before it reads again.
    let pause = rfp_shared::backoff::Backoff::new(
        std::time::Duration::from_millis(5),
        std::time::Duration::from_millis(200),
    );
    for attempt in 1..=CHANGE_ATTEMPTS {
        let (main, others) = change(&proposal)?;
        let expected = proposal.package_sha256();
        match store
            .set_package(proposal.id, expected.as_deref(), main, others)
            .await
        {
            Err(rfp_shared::ports::StoreError::PackageChanged(_)) => {
                tokio::time::sleep(pause.nth(attempt)).await;
                proposal = store
                    .get_proposal(proposal.id)
                    .await?
                    .ok_or_else(ApiError::not_found)?;
            }
            other => {
                let stored = other?;
                let kept: std::collections::HashSet<&str> =
                    stored.package().iter().map(|d| d.sha256.as_str()).collect();
                let dropped = proposal
                    .package()
                    .into_iter()
                    .filter(|d| !kept.contains(d.sha256.as_str()))
                    .cloned()
                    .collect();
                return Ok((stored, dropped));
            }
        }
    }
    Err(rfp_shared::ports::StoreError::PackageChanged(proposal.id).into())
}

/// Deletes the stored bytes and kept text of `dropped` documents that the proposal, as
/// read again now, does not hold (a concurrent upload of the same bytes may have put
/// them back). The package change is already recorded, so a failure here is logged and
/// counted, not answered: the bytes then stay until the proposal is deleted. An upload
/// that raced this deletion puts its bytes back after its own write (see
/// [`ensure_stored`]).
async fn reclaim(state: &AppState, id: rfp_shared::ids::ProposalId, dropped: Vec<DocumentRef>) {
    let current = match state.backends.store.get_proposal(id).await {
        Ok(Some(p)) => p,
        // Deleted meanwhile: its deletion took every blob.
        Ok(None) => return,
        Err(e) => {
            tracing::warn!(proposal_id = %id, error = %e, "Could not read the proposal again; its dropped documents' bytes stay until it is deleted.");
            metrics::counter!("rfp_blob_reclaim_failures_total").increment(1);
            return;
        }
    };
    let held: std::collections::HashSet<&str> = current
        .package()
        .iter()
        .map(|d| d.sha256.as_str())
        .collect();
    let blobs = &state.backends.blobs;
    for d in dropped.iter().filter(|d| !held.contains(d.sha256.as_str())) {
        let text = BlobKey::for_text(id, &d.sha256);
        for key in [&d.key, &text] {
            match blobs.delete(key).await {
                Ok(()) => metrics::counter!("rfp_blobs_reclaimed_total").increment(1),
                Err(e) => {
                    tracing::warn!(proposal_id = %id, key = %key, error = %e, "Could not delete a dropped document's bytes; they stay until the proposal is deleted.");
                    metrics::counter!("rfp_blob_reclaim_failures_total").increment(1);
                }
            }
        }
    }
}

/// After an upload's package write: its bytes are in the store. A deletion of the same
/// bytes dropped from the package a moment before (by another request) may have taken
/// them between this upload's `put` and its write; they are put back.
pub(super) async fn ensure_stored(
    state: &AppState,
    document: &DocumentRef,
    bytes: Bytes,
) -> Result<(), ApiError> {
    let blobs = &state.backends.blobs;
    if !blobs.exists(&document.key).await? {
        blobs
            .put(&document.key, bytes, &document.content_type)
            .await?;
    }
    Ok(())
}

/// Adds `document` to the package by its role, within the limits.
pub(super) async fn add_to_package(
    state: &AppState,
    proposal: Proposal,
    document: DocumentRef,
) -> Result<Proposal, ApiError> {
    let (max_documents, max_bytes) = (state.max_documents, state.max_package_bytes);
    change_package(state, proposal, |p| {
        let package = p.package();
        if let Some(same) = package.iter().find(|d| d.sha256 == document.sha256) {
            return Err(ApiError::new(
                ProblemCode::DuplicateDocument,
                format!(
                    "The package already holds this file, as document {} ({}).",
                    same.id(),
                    same.role.as_str()
                ),
            ));
        }
        let Some(main) = p.document.clone() else {
            return match document.role {
                DocumentRole::Rfp => Ok((document.clone(), Vec::new())),
                _ => Err(ApiError::new(
                    ProblemCode::NoDocument,
                    "Upload the main document (role `rfp`) before its annexes, amendments and clarifications.",
                )),
            };
        };
        if document.role == DocumentRole::Rfp {
            return Err(ApiError::new(
                ProblemCode::RfpExists,
                format!(
                    "The proposal already has its main document ({}); replace it with PUT /api/proposals/{}/rfp, or upload this one as an annex, amendment or clarification.",
                    main.label(),
                    p.id
                ),
            ));
        }
        if package.len() >= max_documents {
            return Err(ApiError::new(
                ProblemCode::TooManyDocuments,
                format!(
                    "The package already holds {} documents, the limit (RFP_MAX_DOCUMENTS); delete one first.",
                    package.len()
                ),
            ));
        }
        let total: u64 = package.iter().map(|d| d.size).sum();
        if total + document.size > max_bytes {
            return Err(ApiError::new(
                ProblemCode::PackageTooLarge,
                format!(
                    "The package's documents would total {} bytes, over the limit of {max_bytes} (RFP_MAX_PACKAGE_BYTES).",
                    total + document.size
                ),
            ));
        }
        let mut others = p.documents.clone();
        others.push(document.clone());
        Ok((main, others))
    })
    .await
}

/// Makes `document` the main one, keeping the rest of the package (a supplement with
/// the same bytes becomes the main document instead of being held twice).
pub(super) async fn replace_main(
    state: &AppState,
    proposal: Proposal,
    document: DocumentRef,
) -> Result<Proposal, ApiError> {
    let max_bytes = state.max_package_bytes;
    change_package(state, proposal, |p| {
        let others: Vec<DocumentRef> = p
            .documents
            .iter()
            .filter(|d| d.sha256 != document.sha256)
            .cloned()
            .collect();
        // The new main document counts against the package's limit like any other.
        let total = others.iter().map(|d| d.size).sum::<u64>() + document.size;
        if total > max_bytes {
            return Err(ApiError::new(
                ProblemCode::PackageTooLarge,
                format!(
                    "The package's documents would total {total} bytes, over the limit of {max_bytes} (RFP_MAX_PACKAGE_BYTES); delete an annex first."
                ),
            ));
        }
        Ok((document.clone(), others))
    })
    .await
}
