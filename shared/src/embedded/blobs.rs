//! Documents in a directory. Writes go to a temporary file in the same directory
//! tree, are flushed, then renamed into place, so a reader sees the whole object or
//! none of it, even if the process dies mid-write.

use std::io::Write;
use std::path::{Path, PathBuf};

use async_trait::async_trait;
use bytes::Bytes;

use crate::ids::BlobKey;
use crate::ports::{BlobError, Blobs};

/// The embedded [`Blobs`].
#[derive(Debug, Clone)]
pub struct DirBlobs {
    root: PathBuf,
}

impl DirBlobs {
    pub fn open(root: &Path) -> std::io::Result<Self> {
        std::fs::create_dir_all(root.join(".tmp"))?;
        Ok(Self {
            root: root.to_path_buf(),
        })
    }

    fn path(&self, key: &BlobKey) -> PathBuf {
        // BlobKey admits only safe segments, so this stays below the root.
        self.root.join(key.as_str())
    }
}

fn io_error(operation: &'static str, key: &BlobKey, e: std::io::Error) -> BlobError {
    if e.kind() == std::io::ErrorKind::NotFound {
        return BlobError::NotFound(key.clone());
    }
    BlobError::Backend {
        operation,
        key: key.to_string(),
        source: e.into(),
    }
}

#[async_trait]
impl Blobs for DirBlobs {
    async fn put(&self, key: &BlobKey, bytes: Bytes, _content_type: &str) -> Result<(), BlobError> {
        let path = self.path(key);
        let tmp_dir = self.root.join(".tmp");
        let key2 = key.clone();
        tokio::task::spawn_blocking(move || -> std::io::Result<()> {
            if let Some(parent) = path.parent() {
                std::fs::create_dir_all(parent)?;
            }
            let mut tmp = tempfile::NamedTempFile::new_in(&tmp_dir)?;
            tmp.write_all(&bytes)?;
            tmp.as_file().sync_data()?;
            tmp.persist(&path).map_err(|e| e.error)?;
            Ok(())
        })
        .await
        .map_err(|e| io_error("put", &key2, std::io::Error::other(e)))?
        .map_err(|e| io_error("put", key, e))
    }

    async fn get(&self, key: &BlobKey) -> Result<Bytes, BlobError> {
        tokio::fs::read(self.path(key))
            .await
            .map(Bytes::from)
            .map_err(|e| io_error("get", key, e))
    }

    async fn exists(&self, key: &BlobKey) -> Result<bool, BlobError> {
        match tokio::fs::metadata(self.path(key)).await {
            Ok(m) => Ok(m.is_file()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(false),
            Err(e) => Err(io_error("exists", key, e)),
        }
    }

    async fn delete(&self, key: &BlobKey) -> Result<(), BlobError> {
        match tokio::fs::remove_file(self.path(key)).await {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
            Err(e) => Err(io_error("delete", key, e)),
        }
    }

    async fn delete_prefix(&self, prefix: &BlobKey) -> Result<u64, BlobError> {
        let dir = self.path(prefix);
        let key = prefix.clone();
        tokio::task::spawn_blocking(move || -> std::io::Result<u64> {
            let count = match std::fs::read_dir(&dir) {
                Ok(entries) => entries.count() as u64,
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(0),
                Err(e) => return Err(e),
            };
            match std::fs::remove_dir_all(&dir) {
                Ok(()) => Ok(count),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(0),
                Err(e) => Err(e),
            }
        })
        .await
        .map_err(|e| io_error("delete", &key, std::io::Error::other(e)))?
        .map_err(|e| io_error("delete", prefix, e))
    }

    async fn size(&self, key: &BlobKey) -> Result<Option<u64>, BlobError> {
        match tokio::fs::metadata(self.path(key)).await {
            Ok(m) if m.is_file() => Ok(Some(m.len())),
            Ok(_) => Ok(None),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(io_error("size", key, e)),
        }
    }

    fn bucket(&self) -> &str {
        "local"
    }

    async fn ping(&self) -> Result<(), BlobError> {
        let root = BlobKey::parse(".tmp").expect("valid key");
        tokio::fs::metadata(self.root.join(".tmp"))
            .await
            .map(|_| ())
            .map_err(|e| io_error("ping", &root, e))
    }
}
