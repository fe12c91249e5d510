//! The contract every adapter set must keep, run against the embedded adapters (the
//! AWS adapters run the same functions against an emulator when one is configured).

use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;
use chrono::Utc;
use rfp_shared::domain::{AnalysisStatus, DocumentRef, JobMessage, Proposal};
use rfp_shared::embedded::{Db, DirBlobs, SqliteQueue, SqliteStore};
use rfp_shared::ids::{BlobKey, JobId, Owner, ProposalId};
use rfp_shared::ports::{BlobError, Blobs, JobQueue, Store, StoreError};
use rfp_shared::state::{Event, TransitionError};

fn document() -> DocumentRef {
    DocumentRef {
        bucket: "local".into(),
        key: BlobKey::for_document(ProposalId::new(), "ab"),
        sha256: "ab".into(),
        content_type: "application/pdf".into(),
        size: 3,
        filename: Some("rfp.pdf".into()),
        uploaded_at: Utc::now(),
        role: Default::default(),
        issued_on: None,
    }
}

fn message() -> JobMessage {
    JobMessage {
        v: JobMessage::VERSION,
        job_id: JobId::new(),
        proposal_id: rfp_shared::ids::ProposalId::new(),
        owner: Owner::parse("alice").unwrap(),
        document: document(),
        documents: Vec::new(),
        requested_at: Utc::now(),
        trace_id: "trace-1".into(),
        callback_url: None,
    }
}

struct Embedded {
    _dir: tempfile::TempDir,
    db_path: std::path::PathBuf,
    store: SqliteStore,
    queue: SqliteQueue,
    blobs: DirBlobs,
}

fn embedded(visibility: Duration, max_receives: u32) -> Embedded {
    rfp_shared::telemetry::init_for_tests();
    let dir = tempfile::tempdir().unwrap();
    let db_path = dir.path().join("db.sqlite3");
    let db = Db::open(&db_path).unwrap();
    Embedded {
        store: SqliteStore::new(db.clone()),
        queue: SqliteQueue::new(
            db,
            "jobs",
            visibility,
            max_receives,
            Duration::from_millis(10),
        ),
        blobs: DirBlobs::open(&dir.path().join("blobs")).unwrap(),
        db_path,
        _dir: dir,
    }
}

// ---- the contract, written against the ports ----

async fn store_contract(store: &dyn Store) {
    let alice = Owner::parse("alice").unwrap();
    let bob = Owner::parse("bob").unwrap();
    let mut ids = Vec::new();
    for i in 0..5 {
        let p = Proposal::new(alice.clone(), format!("p{i}"), Utc::now());
        store.create_proposal(&p).await.unwrap();
        ids.push(p.id);
    }
    let theirs = Proposal::new(bob.clone(), "b".into(), Utc::now());
    store.create_proposal(&theirs).await.unwrap();
    assert!(matches!(
        store.create_proposal(&theirs).await,
        Err(StoreError::AlreadyExists(_))
    ));

    // Listing pages through the owner's proposals only, newest first.
    let first = store.list_proposals(&alice, 3, None).await.unwrap();
    assert_eq!(first.items.len(), 3);
    let rest = store
        .list_proposals(&alice, 3, first.next_cursor.as_deref())
        .await
        .unwrap();
    assert_eq!(rest.items.len(), 2);
    assert_eq!(rest.next_cursor, None);
    let listed: Vec<_> = first
        .items
        .iter()
        .chain(&rest.items)
        .map(|p| p.id)
        .collect();
    let mut newest_first = ids.clone();
    newest_first.reverse();
    assert_eq!(listed, newest_first);

    // A document, then a job fenced by its id.
    let id = ids[0];
    let doc = document();
    let p = store.set_document(id, doc.clone()).await.unwrap();
    assert_eq!(p.document, Some(doc));
    let job = JobId::new();
    let enqueue = |job_id| Event::Enqueue {
        job_id,
        at: Utc::now(),
        trace_id: "t".into(),
        document_sha256: "ab".into(),
        callback_url: None,
    };
    store.apply(id, enqueue(job)).await.unwrap();
    match store.apply(id, enqueue(JobId::new())).await {
        Err(StoreError::Transition(TransitionError::InFlight { job_id })) => {
            assert_eq!(job_id, job)
        }
        other => panic!("expected InFlight, got {other:?}"),
    }
    store
        .apply(
            id,
            Event::Start {
                job_id: job,
                attempt: 1,
                worker: "w".into(),
                at: Utc::now(),
            },
        )
        .await
        .unwrap();
    let stale = store
        .apply(
            id,
            Event::Complete {
                job_id: JobId::new(),
                result: serde_json::json!({}),
                at: Utc::now(),
            },
        )
        .await;
    assert!(matches!(
        stale,
        Err(StoreError::Transition(TransitionError::Stale { .. }))
    ));
    let done = store
        .apply(
            id,
            Event::Complete {
                job_id: job,
                result: serde_json::json!({"summary": {}}),
                at: Utc::now(),
            },
        )
        .await
        .unwrap();
    assert_eq!(done.analysis.status, AnalysisStatus::Completed);
    let fetched = store.get_proposal(id).await.unwrap().unwrap();
    assert_eq!(fetched, done);

    assert!(store.delete_proposal(id).await.unwrap());
    assert!(!store.delete_proposal(id).await.unwrap());
    assert_eq!(store.get_proposal(id).await.unwrap(), None);
    assert!(matches!(
        store.apply(id, enqueue(JobId::new())).await,
        Err(StoreError::NotFound(_))
    ));
    store.ping().await.unwrap();

    request_contract(store).await;
    package_contract(store).await;
}

/// Analysis requests: decided and recorded in one step, the same way on every backend.
async fn request_contract(store: &dyn Store) {
    use rfp_shared::ports::Requested;
    use rfp_shared::state::AnalysisRequest;
    let alice = Owner::parse("alice").unwrap();
    let p = Proposal::new(alice.clone(), "r".into(), Utc::now());
    store.create_proposal(&p).await.unwrap();
    let request = |owner: &Owner, force| AnalysisRequest {
        owner: owner.clone(),
        job_id: JobId::new(),
        at: Utc::now(),
        trace_id: "trace".into(),
        force,
        callback_url: None,
    };
    let mallory = Owner::parse("mallory").unwrap();
    assert!(matches!(
        store
            .request_analysis(p.id, &request(&mallory, false))
            .await,
        Err(StoreError::NotFound(_))
    ));
    assert!(matches!(
        store.request_analysis(p.id, &request(&alice, false)).await,
        Err(StoreError::NoDocument(_))
    ));
    let doc = document();
    store.set_document(p.id, doc.clone()).await.unwrap();
    assert!(matches!(
        store
            .request_analysis(p.id, &request(&mallory, false))
            .await,
        Err(StoreError::NotFound(_))
    ));

    let first = request(&alice, false);
    let Requested::Enqueued(queued) = store.request_analysis(p.id, &first).await.unwrap() else {
        panic!("not enqueued")
    };
    assert_eq!(queued.analysis.job_id, Some(first.job_id));
    assert_eq!(queued.analysis.status, AnalysisStatus::Queued);
    assert_eq!(
        queued.analysis.document_sha256.as_deref(),
        Some(doc.sha256.as_str())
    );
    let message = JobMessage::for_current_job(&queued).unwrap();
    assert_eq!(
        (message.job_id, message.document.key.clone()),
        (first.job_id, doc.key.clone())
    );

    // In flight: the same job, even when forced.
    for force in [false, true] {
        let Requested::Existing(same) = store
            .request_analysis(p.id, &request(&alice, force))
            .await
            .unwrap()
        else {
            panic!("a second job")
        };
        assert_eq!(same.analysis.job_id, Some(first.job_id));
    }
    let job = first.job_id;
    store
        .apply(
            p.id,
            Event::Start {
                job_id: job,
                attempt: 1,
                worker: "w".into(),
                at: Utc::now(),
            },
        )
        .await
        .unwrap();
    store
        .apply(
            p.id,
            Event::Complete {
                job_id: job,
                result: serde_json::json!({"summary": {}}),
                at: Utc::now(),
            },
        )
        .await
        .unwrap();

    // Analysed: the result stands unless forced.
    let Requested::Existing(done) = store
        .request_analysis(p.id, &request(&alice, false))
        .await
        .unwrap()
    else {
        panic!("re-analysed")
    };
    assert_eq!(done.analysis.status, AnalysisStatus::Completed);
    let forced = request(&alice, true);
    let Requested::Enqueued(again) = store.request_analysis(p.id, &forced).await.unwrap() else {
        panic!("force ignored")
    };
    assert_eq!(again.analysis.job_id, Some(forced.job_id));
}

/// A package: its writes are fenced by the package the caller read, its identity
/// decides whether an analysis is due, and a change ends the job of the old one.
async fn package_contract(store: &dyn Store) {
    use rfp_shared::domain::DocumentRole;
    use rfp_shared::ports::Requested;
    use rfp_shared::state::AnalysisRequest;
    let alice = Owner::parse("alice").unwrap();
    let p = Proposal::new(alice.clone(), "package".into(), Utc::now());
    store.create_proposal(&p).await.unwrap();
    let request = || AnalysisRequest {
        owner: alice.clone(),
        job_id: JobId::new(),
        at: Utc::now(),
        trace_id: "trace".into(),
        force: false,
        callback_url: None,
    };
    let main = document();
    let amendment = DocumentRef {
        sha256: "cd".into(),
        key: BlobKey::for_document(p.id, "cd"),
        role: DocumentRole::Amendment,
        issued_on: chrono::NaiveDate::from_ymd_opt(2027, 3, 1),
        ..document()
    };

    let set = store
        .set_package(p.id, None, main.clone(), Vec::new())
        .await
        .unwrap();
    assert_eq!(
        set.package_sha256().as_deref(),
        Some("ab"),
        "one document: its own hash"
    );
    assert!(
        matches!(
            store
                .set_package(p.id, None, main.clone(), Vec::new())
                .await,
            Err(StoreError::PackageChanged(_))
        ),
        "a write from a stale read is refused"
    );
    let Requested::Enqueued(q) = store.request_analysis(p.id, &request()).await.unwrap() else {
        panic!("not enqueued")
    };
    let job = q.analysis.job_id.unwrap();
    let start = Event::Start {
        job_id: job,
        attempt: 1,
        worker: "w".into(),
        at: Utc::now(),
    };
    store.apply(p.id, start).await.unwrap();
    let done = Event::Complete {
        job_id: job,
        result: serde_json::json!({"summary": {}}),
        at: Utc::now(),
    };
    store.apply(p.id, done).await.unwrap();
    assert!(matches!(
        store.request_analysis(p.id, &request()).await.unwrap(),
        Requested::Existing(_)
    ));

    // An amendment makes a new package, so a new analysis is due.
    let two = store
        .set_package(p.id, Some("ab"), main.clone(), vec![amendment.clone()])
        .await
        .unwrap();
    assert_eq!(two.documents, vec![amendment.clone()]);
    let package = two.package_sha256().unwrap();
    assert_ne!(package, "ab");
    let Requested::Enqueued(q) = store.request_analysis(p.id, &request()).await.unwrap() else {
        panic!("a changed package was not analysed again")
    };
    assert_eq!(
        q.analysis.document_sha256.as_deref(),
        Some(package.as_str())
    );
    let message = JobMessage::for_current_job(&q).unwrap();
    assert_eq!(message.package_sha256(), package);
    assert_eq!(message.documents, vec![amendment.clone()]);
    let read = store.get_proposal(p.id).await.unwrap().unwrap();
    assert_eq!(
        read.package_sha256(),
        Some(package.clone()),
        "read back whole"
    );

    // Removing it while its job is queued ends that job in the same write.
    let back = store
        .set_package(p.id, Some(&package), main.clone(), Vec::new())
        .await
        .unwrap();
    assert_eq!(back.analysis.status, AnalysisStatus::Failed);
    assert_eq!(
        back.analysis.error.as_ref().map(|e| e.code.as_str()),
        Some(rfp_shared::state::DOCUMENT_REPLACED)
    );
    assert_eq!(back.package_sha256().as_deref(), Some("ab"));
}

/// `visibility` must be the queue's visibility timeout; `max_receives` its redrive count (2).
async fn queue_contract(queue: &dyn JobQueue, visibility: Duration) {
    let msg = message();
    queue.send(&msg).await.unwrap();

    let got = queue.receive(10, Duration::from_secs(1)).await.unwrap();
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].receive_count, 1);
    let parsed: JobMessage = serde_json::from_str(&got[0].body).unwrap();
    assert_eq!(parsed, msg);

    // Invisible while held; the heartbeat keeps it so past the original timeout.
    assert!(queue.receive(10, Duration::ZERO).await.unwrap().is_empty());
    queue.set_visibility(&got[0], visibility * 3).await.unwrap();
    tokio::time::sleep(visibility + Duration::from_millis(300)).await;
    assert!(queue.receive(10, Duration::ZERO).await.unwrap().is_empty());

    // Released at once, it comes back with a higher receive count and a new receipt.
    queue.set_visibility(&got[0], Duration::ZERO).await.unwrap();
    let again = queue.receive(10, Duration::from_secs(1)).await.unwrap();
    assert_eq!(again.len(), 1);
    assert_eq!(again[0].receive_count, 2);
    // (A stale receipt may still delete on SQS; correctness rests on the store's
    // fencing by job id, not on the queue refusing old receipts.)

    // After its last allowed delivery it is dead-lettered, not delivered a third time.
    tokio::time::sleep(visibility + Duration::from_millis(300)).await;
    assert!(
        queue
            .receive(10, Duration::from_millis(500))
            .await
            .unwrap()
            .is_empty()
    );
    let depth = queue.depth().await.unwrap();
    assert_eq!(
        (depth.visible, depth.in_flight, depth.dead_letters),
        (0, 0, 1)
    );

    // Deferred, a message comes back after its delay as if never received.
    queue.send(&message()).await.unwrap();
    let got = queue.receive(10, Duration::from_secs(1)).await.unwrap();
    assert_eq!(got[0].receive_count, 1);
    queue.defer(&got[0], Duration::from_secs(1)).await.unwrap();
    assert!(queue.receive(10, Duration::ZERO).await.unwrap().is_empty());
    let back = queue.receive(10, Duration::from_secs(3)).await.unwrap();
    assert_eq!(back.len(), 1);
    assert_eq!(back[0].receive_count, 1, "a deferral is not a delivery");
    assert_eq!(back[0].body, got[0].body);
    queue.delete(&back[0]).await.unwrap();

    // Delete removes for good.
    queue.send(&message()).await.unwrap();
    let got = queue.receive(10, Duration::from_secs(1)).await.unwrap();
    queue.delete(&got[0]).await.unwrap();
    queue
        .set_visibility(&got[0], Duration::ZERO)
        .await
        .unwrap_err();
    assert!(
        queue
            .receive(10, Duration::from_millis(200))
            .await
            .unwrap()
            .is_empty()
    );
}

async fn blob_contract(blobs: &dyn Blobs) {
    let key = BlobKey::parse("documents/abc").unwrap();
    assert!(!blobs.exists(&key).await.unwrap());
    assert!(matches!(blobs.get(&key).await, Err(BlobError::NotFound(_))));
    blobs
        .put(&key, Bytes::from_static(b"%PDF-1.7"), "application/pdf")
        .await
        .unwrap();
    assert!(blobs.exists(&key).await.unwrap());
    assert_eq!(
        blobs.get(&key).await.unwrap(),
        Bytes::from_static(b"%PDF-1.7")
    );
    blobs
        .put(&key, Bytes::from_static(b"again"), "text/plain")
        .await
        .unwrap();
    assert_eq!(blobs.get(&key).await.unwrap(), Bytes::from_static(b"again"));
    blobs.ping().await.unwrap();

    // A proposal's objects go together, and only they.
    for k in ["documents/p1/a", "documents/p1/b", "documents/p2/a"] {
        let k = BlobKey::parse(k).unwrap();
        blobs
            .put(&k, Bytes::from_static(b"x"), "text/plain")
            .await
            .unwrap();
    }
    let p1 = BlobKey::parse("documents/p1").unwrap();
    assert_eq!(blobs.delete_prefix(&p1).await.unwrap(), 2);
    assert!(
        !blobs
            .exists(&BlobKey::parse("documents/p1/a").unwrap())
            .await
            .unwrap()
    );
    assert!(
        blobs
            .exists(&BlobKey::parse("documents/p2/a").unwrap())
            .await
            .unwrap()
    );
    assert!(blobs.exists(&key).await.unwrap());
    assert_eq!(blobs.delete_prefix(&p1).await.unwrap(), 0);

    // One object goes alone; deleting what is not there is no error.
    let other = BlobKey::parse("documents/p2/b").unwrap();
    blobs
        .put(&other, Bytes::from_static(b"y"), "text/plain")
        .await
        .unwrap();
    blobs
        .delete(&BlobKey::parse("documents/p2/a").unwrap())
        .await
        .unwrap();
    assert!(
        !blobs
            .exists(&BlobKey::parse("documents/p2/a").unwrap())
            .await
            .unwrap()
    );
    assert!(blobs.exists(&other).await.unwrap());
    blobs
        .delete(&BlobKey::parse("documents/p2/a").unwrap())
        .await
        .unwrap();
}

// ---- embedded ----

#[tokio::test]
async fn embedded_store_keeps_the_contract() {
    let e = embedded(Duration::from_secs(1), 2);
    store_contract(&e.store).await;
}

#[tokio::test]
async fn embedded_queue_keeps_the_contract() {
    let e = embedded(Duration::from_secs(1), 2);
    queue_contract(&e.queue, Duration::from_secs(1)).await;
}

#[tokio::test]
async fn embedded_blobs_keep_the_contract() {
    let e = embedded(Duration::from_secs(1), 2);
    blob_contract(&e.blobs).await;
}

#[tokio::test]
async fn a_waiting_receive_wakes_as_soon_as_a_message_is_sent() {
    let e = embedded(Duration::from_secs(30), 5);
    let queue = Arc::new(e.queue.clone());
    let waiter = {
        let queue = queue.clone();
        tokio::spawn(async move { queue.receive(1, Duration::from_secs(10)).await })
    };
    tokio::time::sleep(Duration::from_millis(100)).await;
    let sent = std::time::Instant::now();
    queue.send(&message()).await.unwrap();
    let got = waiter.await.unwrap().unwrap();
    assert_eq!(got.len(), 1);
    assert!(sent.elapsed() < Duration::from_secs(5));
}

/// Separate `Db` handles on one file stand in for separate processes: each has its
/// own connections and writer lock, so only SQLite's file locking orders them.
#[tokio::test]
async fn several_handles_on_one_database_never_deliver_a_message_twice_at_once() {
    let e = embedded(Duration::from_secs(60), 5);
    let queues: Vec<SqliteQueue> = (0..4)
        .map(|_| {
            SqliteQueue::new(
                Db::open(&e.db_path).unwrap(),
                "jobs",
                Duration::from_secs(60),
                5,
                Duration::from_millis(5),
            )
        })
        .collect();
    for _ in 0..200 {
        e.queue.send(&message()).await.unwrap();
    }
    let mut tasks = Vec::new();
    for q in queues {
        tasks.push(tokio::spawn(async move {
            let mut ids = Vec::new();
            loop {
                let got = q.receive(7, Duration::from_millis(100)).await.unwrap();
                if got.is_empty() {
                    return ids;
                }
                for d in got {
                    q.delete(&d).await.unwrap();
                    ids.push(d.message_id);
                }
            }
        }));
    }
    let mut all = Vec::new();
    for t in tasks {
        all.extend(t.await.unwrap());
    }
    let total = all.len();
    all.sort();
    all.dedup();
    assert_eq!((total, all.len()), (200, 200));
}

/// Writes that arrive together share one transaction; one that fails must not undo
/// the others, and each caller must get its own answer.
#[tokio::test]
async fn concurrent_writes_succeed_or_fail_one_by_one() {
    let e = embedded(Duration::from_secs(30), 5);
    let store = Arc::new(e.store.clone());
    let owner = Owner::parse("alice").unwrap();
    let existing = Proposal::new(owner.clone(), "taken".into(), Utc::now());
    store.create_proposal(&existing).await.unwrap();
    let mut tasks = Vec::new();
    for i in 0..200 {
        let store = store.clone();
        let p = if i % 2 == 0 {
            existing.clone()
        } else {
            Proposal::new(owner.clone(), format!("p{i}"), Utc::now())
        };
        tasks.push(tokio::spawn(async move { store.create_proposal(&p).await }));
    }
    let (mut created, mut refused) = (0, 0);
    for t in tasks {
        match t.await.unwrap() {
            Ok(()) => created += 1,
            Err(StoreError::AlreadyExists(_)) => refused += 1,
            Err(other) => panic!("{other}"),
        }
    }
    assert_eq!((created, refused), (100, 100));
    let all = store.list_proposals(&owner, 1000, None).await.unwrap();
    assert_eq!(all.items.len(), 101);
}

// ---- AWS, against the emulator named by RFP_TEST_MOTO_URL ----

use rfp_shared::aws::emulator;

async fn aws_fixture(test: &str) -> Option<emulator::Fixture> {
    let url = emulator::url(test)?;
    Some(
        emulator::fixture(
            &url,
            &[
                ("RFP_VISIBILITY_TIMEOUT_SECS", "2"),
                ("RFP_MAX_RECEIVES", "2"),
            ],
        )
        .await,
    )
}

#[tokio::test]
async fn aws_store_keeps_the_contract() {
    let Some(f) = aws_fixture("aws_store_keeps_the_contract").await else {
        return;
    };
    store_contract(f.backends.store.as_ref()).await;
}

#[tokio::test]
async fn aws_queue_keeps_the_contract() {
    let Some(f) = aws_fixture("aws_queue_keeps_the_contract").await else {
        return;
    };
    queue_contract(f.backends.queue.as_ref(), Duration::from_secs(2)).await;
}

#[tokio::test]
async fn aws_blobs_keep_the_contract() {
    let Some(f) = aws_fixture("aws_blobs_keep_the_contract").await else {
        return;
    };
    blob_contract(f.backends.blobs.as_ref()).await;
}

async fn prompt_contract(store: &dyn Store) {
    use rfp_shared::domain::{PromptItem, PromptQuery};
    let query = PromptQuery::rfp_analysis();
    assert_eq!(store.find_prompt(&query).await.unwrap(), None);
    let prompt =
        |id: &str, version: u32, section: &str, sub: &str, categories: &[&str], active: bool| {
            PromptItem {
                id: id.into(),
                version,
                name: Some(format!("{id} v{version}")),
                section: section.into(),
                sub_section: sub.into(),
                categories: categories.iter().map(|c| c.to_string()).collect(),
                is_active: active,
                system_prompt: format!("system of {id} v{version}"),
                user_prompt_template: "Read {rfp_text}".into(),
                output_format: "JSON".into(),
            }
        };
    let rfp = "RFP / Call for Proposals";
    for p in [
        prompt(
            "a0000000-0000-4000-8000-000000000001",
            1,
            "proposal_writer",
            "step-2",
            &[rfp],
            true,
        ),
        prompt(
            "a0000000-0000-4000-8000-000000000002",
            1,
            "proposal_writer",
            "step-1",
            &["Concept Note"],
            true,
        ),
        prompt(
            "a0000000-0000-4000-8000-000000000003",
            3,
            "proposal_writer",
            "step-1",
            &[rfp],
            false,
        ),
        prompt(
            "a0000000-0000-4000-8000-000000000004",
            2,
            "proposal_writer",
            "step-1",
            &["Other", rfp],
            true,
        ),
        prompt(
            "a0000000-0000-4000-8000-000000000005",
            1,
            "reviewer",
            "step-1",
            &[rfp],
            true,
        ),
    ] {
        store.put_prompt(&p).await.unwrap();
    }
    let found = store
        .find_prompt(&query)
        .await
        .unwrap()
        .expect("the active RFP prompt");
    assert_eq!(
        (found.id.as_str(), found.version),
        ("a0000000-0000-4000-8000-000000000004", 2)
    );
    assert_eq!(
        found.system_prompt,
        "system of a0000000-0000-4000-8000-000000000004 v2"
    );

    // Administration: a version is created once, listed, and (de)activated in place.
    let third = "a0000000-0000-4000-8000-000000000003";
    let err = store
        .create_prompt(&prompt(
            third,
            3,
            "proposal_writer",
            "step-1",
            &[rfp],
            false,
        ))
        .await
        .unwrap_err();
    assert!(
        matches!(err, StoreError::PromptExists { version: 3, .. }),
        "{err}"
    );
    store
        .create_prompt(&prompt(
            third,
            4,
            "proposal_writer",
            "step-1",
            &[rfp],
            false,
        ))
        .await
        .unwrap();
    let versions: Vec<u32> = store
        .list_prompts(Some(third))
        .await
        .unwrap()
        .iter()
        .map(|p| p.version)
        .collect();
    assert_eq!(versions, [3, 4]);
    assert_eq!(store.list_prompts(None).await.unwrap().len(), 6);
    let activated = store.set_prompt_active(third, 4, true).await.unwrap();
    assert!(activated.is_active);
    assert_eq!(activated.system_prompt, format!("system of {third} v4"));
    let found = store.find_prompt(&query).await.unwrap().unwrap();
    assert_eq!(
        (found.id.as_str(), found.version),
        (third, 4),
        "the highest active version"
    );
    store.set_prompt_active(third, 4, false).await.unwrap();
    let found = store.find_prompt(&query).await.unwrap().unwrap();
    assert_eq!(found.version, 2, "back to the other active prompt");
    let missing = store.set_prompt_active(third, 9, true).await.unwrap_err();
    assert!(
        matches!(missing, StoreError::PromptNotFound { version: 9, .. }),
        "{missing}"
    );
}

#[tokio::test]
async fn embedded_store_resolves_the_active_prompt() {
    let e = embedded(Duration::from_secs(1), 2);
    prompt_contract(&e.store).await;
}

#[tokio::test]
async fn aws_store_resolves_the_active_prompt() {
    let Some(f) = aws_fixture("aws_store_resolves_the_active_prompt").await else {
        return;
    };
    prompt_contract(f.backends.store.as_ref()).await;
}

/// A prompt item as the original admin tools wrote it (no index attribute), among
/// others, is the one found; `migrate-prompts` then indexes it so no Scan is needed.
#[tokio::test]
async fn aws_store_finds_an_original_format_prompt_item() {
    use aws_sdk_dynamodb::types::AttributeValue as A;
    use rfp_shared::domain::PromptQuery;
    let Some(f) = aws_fixture("aws_store_finds_an_original_format_prompt_item").await else {
        return;
    };
    let table = f.settings.table_name.clone().unwrap();
    let put = |id: &str, sk: &str, sub: &str, active: bool, system: &str| {
        f.clients
            .dynamodb
            .put_item()
            .table_name(&table)
            .item("PK", A::S(format!("prompt#{id}")))
            .item("SK", A::S(sk.into()))
            .item("name", A::S("RFP analysis".into()))
            .item("section", A::S("proposal_writer".into()))
            .item("sub_section", A::S(sub.into()))
            .item(
                "categories",
                A::L(vec![A::S("RFP / Call for Proposals".into())]),
            )
            .item("is_active", A::Bool(active))
            .item("system_prompt", A::S(system.into()))
            .item(
                "user_prompt_template",
                A::S("Analyse:\n{{rfp_text}}".into()),
            )
            .item("output_format", A::S("```json {...}```".into()))
            .item("created_at", A::S("2024-06-01T10:00:00Z".into()))
            .send()
    };
    put(
        "11111111-1111-4111-8111-111111111111",
        "version#1",
        "step-1",
        false,
        "old",
    )
    .await
    .unwrap();
    put(
        "22222222-2222-4222-8222-222222222222",
        "version#4",
        "step-1",
        true,
        "the one",
    )
    .await
    .unwrap();
    put(
        "33333333-3333-4333-8333-333333333333",
        "version#9",
        "step-2",
        true,
        "other step",
    )
    .await
    .unwrap();
    let store = rfp_shared::aws::DynamoStore::new(f.clients.dynamodb.clone(), table.clone(), None);
    let found = store
        .find_prompt(&PromptQuery::rfp_analysis())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        (found.version, found.system_prompt.as_str()),
        (4, "the one")
    );
    assert_eq!(found.user_prompt_template, "Analyse:\n{{rfp_text}}");

    assert_eq!(store.migrate_prompts().await.unwrap(), 2);
    assert_eq!(
        store.migrate_prompts().await.unwrap(),
        0,
        "migration is idempotent"
    );
    let before = f.clients.counter.snapshot();
    let again = store
        .find_prompt(&PromptQuery::rfp_analysis())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(again, found);
    let after = f.clients.counter.snapshot();
    assert_eq!(
        after.get("DynamoDB.Scan"),
        before.get("DynamoDB.Scan"),
        "no Scan once indexed"
    );

    // Activating an original item through the admin API changes only its flag and
    // index key: attributes the original tools wrote stay.
    let old = "11111111-1111-4111-8111-111111111111";
    store.set_prompt_active(old, 1, true).await.unwrap();
    let item = f
        .clients
        .dynamodb
        .get_item()
        .table_name(&table)
        .key("PK", A::S(format!("prompt#{old}")))
        .key("SK", A::S("version#1".into()))
        .send()
        .await
        .unwrap()
        .item
        .unwrap();
    assert_eq!(item["created_at"], A::S("2024-06-01T10:00:00Z".into()));
    assert_eq!(item["is_active"], A::Bool(true));
    assert_eq!(
        item["active_prompt_key"],
        A::S("proposal_writer#step-1".into())
    );
}

/// The proposal item keeps the original attribute names, with the analysis as a map.
#[tokio::test]
async fn aws_proposal_items_keep_the_original_shape() {
    use aws_sdk_dynamodb::types::AttributeValue as A;
    let Some(f) = aws_fixture("aws_proposal_items_keep_the_original_shape").await else {
        return;
    };
    let store = f.backends.store.as_ref();
    let p = Proposal::new(Owner::parse("alice").unwrap(), "t".into(), Utc::now());
    store.create_proposal(&p).await.unwrap();
    let job = JobId::new();
    store
        .apply(
            p.id,
            Event::Enqueue {
                job_id: job,
                at: Utc::now(),
                trace_id: "t".into(),
                document_sha256: "ab".into(),
                callback_url: None,
            },
        )
        .await
        .unwrap();
    store
        .apply(
            p.id,
            Event::Start {
                job_id: job,
                attempt: 1,
                worker: "w".into(),
                at: Utc::now(),
            },
        )
        .await
        .unwrap();
    let big = "x".repeat(400 * 1024);
    let result =
        serde_json::json!({ "summary": { "title": "T" }, "extracted_data": { "deadlines": [] } });
    store
        .apply(
            p.id,
            Event::Complete {
                job_id: job,
                result: result.clone(),
                at: Utc::now(),
            },
        )
        .await
        .unwrap();
    let item = f
        .clients
        .dynamodb
        .get_item()
        .table_name(f.settings.table_name.as_deref().unwrap())
        .key("PK", A::S(format!("PROPOSAL#{}", p.id)))
        .key("SK", A::S("METADATA".into()))
        .send()
        .await
        .unwrap()
        .item
        .unwrap();
    assert_eq!(item["rfp_analysis_status"], A::S("completed".into()));
    let analysis = item["rfp_analysis"].as_m().unwrap();
    assert!(analysis["summary"].as_m().is_ok() && analysis["extracted_data"].as_m().is_ok());

    // A result over the item size limit goes to S3; reading it back is transparent.
    let job2 = JobId::new();
    store
        .apply(
            p.id,
            Event::Enqueue {
                job_id: job2,
                at: Utc::now(),
                trace_id: "t".into(),
                document_sha256: "ab".into(),
                callback_url: None,
            },
        )
        .await
        .unwrap();
    store
        .apply(
            p.id,
            Event::Start {
                job_id: job2,
                attempt: 1,
                worker: "w".into(),
                at: Utc::now(),
            },
        )
        .await
        .unwrap();
    let large = serde_json::json!({ "summary": { "narrative": big }, "extracted_data": {} });
    store
        .apply(
            p.id,
            Event::Complete {
                job_id: job2,
                result: large.clone(),
                at: Utc::now(),
            },
        )
        .await
        .unwrap();
    let read = store.get_proposal(p.id).await.unwrap().unwrap();
    assert_eq!(read.analysis.result, Some(large));
}
