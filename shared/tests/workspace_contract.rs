//! The workspace's part of the store contract, on both backends: one conditional write
//! per version with its history entry, refused when someone else wrote first; bodies
//! too large for a DynamoDB item; deletion with the proposal.

use std::sync::Arc;

use chrono::Utc;
use rfp_shared::aws::{RequestCounter, emulator};
use rfp_shared::domain::Proposal;
use rfp_shared::embedded::{Db, SqliteStore};
use rfp_shared::ids::{Owner, ProposalId};
use rfp_shared::ports::{Store, StoreError};
use rfp_shared::workspace::{Change, HistoryEntry, RowEdit, RowStatus, Stamp, Workspace};
use serde_json::json;

fn stamp(by: &str) -> Stamp {
    Stamp {
        by: by.into(),
        at: Utc::now(),
    }
}

fn entry(version: u64, by: &str, target: &str) -> HistoryEntry {
    HistoryEntry {
        version,
        stamp: stamp(by),
        changes: vec![Change {
            kind: "row".into(),
            target: target.into(),
            before: json!(null),
            after: json!({ "owner": by }),
        }],
    }
}

fn with_row(ws: &Workspace, id: &str, owner: &str, note: Option<String>) -> Workspace {
    let mut next = ws.clone();
    next.rows.insert(
        id.into(),
        RowEdit {
            owner: Some(owner.into()),
            status: RowStatus::InProgress,
            note,
            text: format!("Statement of {id}"),
            ..RowEdit::default()
        },
    );
    next
}

async fn workspace_contract(store: Arc<dyn Store>, counter: Option<&RequestCounter>) {
    let p = Proposal::new(Owner::parse("team").unwrap(), "Call".into(), Utc::now());
    store.create_proposal(&p).await.unwrap();
    let empty = store.get_workspace(p.id).await.unwrap();
    assert_eq!(empty, Workspace::default());
    assert!(
        store
            .workspace_history(p.id, 10, None)
            .await
            .unwrap()
            .is_empty()
    );

    // The first write, then a second on top of it.
    let v1 = with_row(&empty, "REQ-1", "ana", None);
    store
        .put_workspace(p.id, 0, &v1, &entry(1, "ana", "REQ-1"))
        .await
        .unwrap();
    let read = store.get_workspace(p.id).await.unwrap();
    assert_eq!(read.version, 1);
    assert_eq!(read.rows["REQ-1"].owner.as_deref(), Some("ana"));
    // A writer that read version 0 is refused, and nothing of its write lands.
    let stale = with_row(&empty, "REQ-2", "bo", None);
    let err = store
        .put_workspace(p.id, 0, &stale, &entry(1, "bo", "REQ-2"))
        .await
        .unwrap_err();
    assert!(matches!(err, StoreError::WorkspaceChanged(_)), "{err:?}");
    assert!(
        !store
            .get_workspace(p.id)
            .await
            .unwrap()
            .rows
            .contains_key("REQ-2")
    );

    // Ten writers racing from version 1: exactly one lands, the others are refused.
    let mut racers = Vec::new();
    for i in 0..10 {
        let store = store.clone();
        let base = read.clone();
        racers.push(tokio::spawn(async move {
            let who = format!("racer{i}");
            let ws = with_row(&base, &format!("REQ-R{i}"), &who, None);
            store
                .put_workspace(p.id, 1, &ws, &entry(2, &who, &format!("REQ-R{i}")))
                .await
        }));
    }
    let mut landed = 0;
    for r in racers {
        match r.await.unwrap() {
            Ok(()) => landed += 1,
            Err(StoreError::WorkspaceChanged(_)) => {}
            Err(e) => panic!("{e:?}"),
        }
    }
    assert_eq!(landed, 1);
    let v2 = store.get_workspace(p.id).await.unwrap();
    assert_eq!(v2.version, 2);
    let racer_rows = v2.rows.keys().filter(|k| k.starts_with("REQ-R")).count();
    assert_eq!(racer_rows, 1, "one racer's write, whole");

    // A body too large for a DynamoDB item (400 rows with 1,000-character notes).
    let mut big = v2.clone();
    for i in 0..400 {
        big = with_row(&big, &format!("REQ-B{i:03}"), "cy", Some("é".repeat(1000)));
    }
    assert!(serde_json::to_vec(&big).unwrap().len() > 400 * 1024);
    store
        .put_workspace(p.id, 2, &big, &entry(3, "cy", "many"))
        .await
        .unwrap();
    let read = store.get_workspace(p.id).await.unwrap();
    assert_eq!(read.version, 3);
    assert_eq!(read.rows.len(), big.rows.len());
    assert_eq!(
        read.rows["REQ-B399"].note.as_deref().map(str::len),
        Some(2000)
    );
    // DynamoDB keeps that body in S3, and says where, so the next write deletes it.
    assert_eq!(
        read.stored_at.is_some(),
        counter.is_some(),
        "{:?}",
        read.stored_at
    );
    // And a small one after it again.
    let small = with_row(
        &Workspace {
            version: 3,
            stored_at: read.stored_at.clone(),
            ..Workspace::default()
        },
        "REQ-S",
        "di",
        None,
    );
    store
        .put_workspace(p.id, 3, &small, &entry(4, "di", "REQ-S"))
        .await
        .unwrap();
    let read = store.get_workspace(p.id).await.unwrap();
    assert_eq!(read.rows.len(), 1);
    assert_eq!(read.stored_at, None, "a small body is in the item");

    // The history: newest first, paged by version.
    let all = store.workspace_history(p.id, 10, None).await.unwrap();
    let versions: Vec<u64> = all.iter().map(|e| e.version).collect();
    assert_eq!(versions, [4, 3, 2, 1]);
    assert_eq!(all[3].stamp.by, "ana");
    let page = store.workspace_history(p.id, 2, Some(3)).await.unwrap();
    assert_eq!(page.iter().map(|e| e.version).collect::<Vec<_>>(), [2, 1]);

    // What one edit costs: a read of the workspace and one write (on DynamoDB, one
    // GetItem and one TransactWriteItems, nothing else).
    let before = counter.map(RequestCounter::snapshot);
    let read = store.get_workspace(p.id).await.unwrap();
    let next = with_row(&read, "REQ-C", "ed", None);
    store
        .put_workspace(p.id, read.version, &next, &entry(5, "ed", "REQ-C"))
        .await
        .unwrap();
    if let (Some(c), Some(before)) = (counter, before) {
        let after = c.snapshot();
        let used: Vec<(String, u64)> = after
            .iter()
            .map(|(k, v)| (k.clone(), v - before.get(k).copied().unwrap_or(0)))
            .filter(|(_, n)| *n > 0)
            .collect();
        eprintln!("requests for one workspace edit: {used:?}");
        assert_eq!(
            used,
            [
                ("DynamoDB.GetItem".to_owned(), 1),
                ("DynamoDB.TransactWriteItems".to_owned(), 1)
            ]
        );
    }

    // No workspace for a proposal that does not exist.
    let err = store
        .put_workspace(ProposalId::new(), 0, &v1, &entry(1, "ana", "REQ-1"))
        .await
        .unwrap_err();
    assert!(matches!(err, StoreError::NotFound(_)), "{err:?}");

    // Deleted with the proposal.
    store.delete_workspace(p.id).await.unwrap();
    assert_eq!(
        store.get_workspace(p.id).await.unwrap(),
        Workspace::default()
    );
    assert!(
        store
            .workspace_history(p.id, 10, None)
            .await
            .unwrap()
            .is_empty()
    );
    // The proposal itself is untouched by it.
    assert!(store.get_proposal(p.id).await.unwrap().is_some());
}

#[tokio::test]
async fn embedded_workspace_keeps_the_contract() {
    let dir = tempfile::tempdir().unwrap();
    let db = Db::open(&dir.path().join("rfp.db")).unwrap();
    workspace_contract(Arc::new(SqliteStore::new(db)), None).await;
}

#[tokio::test]
async fn aws_workspace_keeps_the_contract() {
    let Some(url) = emulator::url("aws_workspace_keeps_the_contract") else {
        return;
    };
    let f = emulator::fixture(&url, &[]).await;
    workspace_contract(f.backends.store.clone(), Some(&f.clients.counter)).await;
}
