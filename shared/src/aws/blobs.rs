//! Documents in S3: server-side encryption on every object (SSE-S3, or SSE-KMS with
//! the configured key), with `content-type` and a `sha256` metadata entry.

use async_trait::async_trait;
use aws_sdk_s3::primitives::ByteStream;
use aws_sdk_s3::types::ServerSideEncryption;
use bytes::Bytes;
use sha2::{Digest, Sha256};

use super::describe;
use crate::ids::BlobKey;
use crate::ports::{BlobError, Blobs, PresignedPut};

/// The AWS [`Blobs`].
#[derive(Clone, Debug)]
pub struct S3Blobs {
    client: aws_sdk_s3::Client,
    bucket: String,
    kms_key_id: Option<String>,
}

fn backend(operation: &'static str, key: &BlobKey, message: String) -> BlobError {
    BlobError::Backend {
        operation,
        key: key.to_string(),
        source: message.into(),
    }
}

impl S3Blobs {
    pub fn new(
        client: aws_sdk_s3::Client,
        bucket: impl Into<String>,
        kms_key_id: Option<String>,
    ) -> Self {
        Self {
            client,
            bucket: bucket.into(),
            kms_key_id,
        }
    }
}

impl S3Blobs {
    /// The object, or the `range` of it (an HTTP `Range` value).
    async fn fetch(&self, key: &BlobKey, range: Option<String>) -> Result<Bytes, BlobError> {
        let out = self
            .client
            .get_object()
            .bucket(&self.bucket)
            .key(key.as_str())
            .set_range(range)
            .send()
            .await
            .map_err(|e| {
                if e.as_service_error().is_some_and(|s| s.is_no_such_key()) {
                    BlobError::NotFound(key.clone())
                } else {
                    backend("get", key, describe(&e))
                }
            })?;
        let body = out
            .body
            .collect()
            .await
            .map_err(|e| backend("get", key, e.to_string()))?;
        Ok(body.into_bytes())
    }
}

#[async_trait]
impl Blobs for S3Blobs {
    async fn put(&self, key: &BlobKey, bytes: Bytes, content_type: &str) -> Result<(), BlobError> {
        let sha256 = hex::encode(Sha256::digest(&bytes));
        let mut put = self
            .client
            .put_object()
            .bucket(&self.bucket)
            .key(key.as_str())
            .content_type(content_type)
            .metadata("sha256", sha256)
            .body(ByteStream::from(bytes));
        put = match &self.kms_key_id {
            Some(kms) => put
                .server_side_encryption(ServerSideEncryption::AwsKms)
                .ssekms_key_id(kms),
            None => put.server_side_encryption(ServerSideEncryption::Aes256),
        };
        put.send()
            .await
            .map_err(|e| backend("put", key, describe(&e)))?;
        Ok(())
    }

    async fn get(&self, key: &BlobKey) -> Result<Bytes, BlobError> {
        self.fetch(key, None).await
    }

    async fn exists(&self, key: &BlobKey) -> Result<bool, BlobError> {
        match self
            .client
            .head_object()
            .bucket(&self.bucket)
            .key(key.as_str())
            .send()
            .await
        {
            Ok(_) => Ok(true),
            Err(e) if e.as_service_error().is_some_and(|s| s.is_not_found()) => Ok(false),
            Err(e) => Err(backend("exists", key, describe(&e))),
        }
    }

    async fn delete(&self, key: &BlobKey) -> Result<(), BlobError> {
        // S3 answers 204 whether or not the object was there.
        self.client
            .delete_object()
            .bucket(&self.bucket)
            .key(key.as_str())
            .send()
            .await
            .map_err(|e| backend("delete", key, describe(&e)))?;
        Ok(())
    }

    async fn delete_prefix(&self, prefix: &BlobKey) -> Result<u64, BlobError> {
        let mut deleted = 0;
        let mut token = None;
        loop {
            let page = self
                .client
                .list_objects_v2()
                .bucket(&self.bucket)
                .prefix(format!("{prefix}/"))
                .set_continuation_token(token)
                .send()
                .await
                .map_err(|e| backend("list", prefix, describe(&e)))?;
            // One at a time: a proposal holds a few objects, and DeleteObjects needs
            // a checksum header some emulators handle differently.
            for key in page.contents().iter().filter_map(|o| o.key()) {
                self.client
                    .delete_object()
                    .bucket(&self.bucket)
                    .key(key)
                    .send()
                    .await
                    .map_err(|e| backend("delete", prefix, describe(&e)))?;
                deleted += 1;
            }
            match page.next_continuation_token() {
                Some(next) if page.is_truncated() == Some(true) => token = Some(next.to_owned()),
                _ => return Ok(deleted),
            }
        }
    }

    async fn size(&self, key: &BlobKey) -> Result<Option<u64>, BlobError> {
        match self
            .client
            .head_object()
            .bucket(&self.bucket)
            .key(key.as_str())
            .send()
            .await
        {
            Ok(out) => Ok(Some(out.content_length.unwrap_or(0).max(0) as u64)),
            Err(e) if e.as_service_error().is_some_and(|s| s.is_not_found()) => Ok(None),
            Err(e) => Err(backend("size", key, describe(&e))),
        }
    }

    async fn get_prefix(&self, key: &BlobKey, n: usize) -> Result<Bytes, BlobError> {
        let bytes = self
            .fetch(key, Some(format!("bytes=0-{}", n.max(1) - 1)))
            .await?;
        Ok(bytes.slice(..bytes.len().min(n)))
    }

    async fn presign_put(
        &self,
        key: &BlobKey,
        content_type: &str,
        sha256_hex: &str,
        expires: std::time::Duration,
    ) -> Result<Option<PresignedPut>, BlobError> {
        let digest = hex::decode(sha256_hex).map_err(|e| backend("presign", key, e.to_string()))?;
        let mut put = self
            .client
            .put_object()
            .bucket(&self.bucket)
            .key(key.as_str())
            .content_type(content_type)
            // S3 refuses a body whose SHA-256 is not this one.
            .checksum_sha256(aws_smithy_types::base64::encode(digest))
            .metadata("sha256", sha256_hex);
        put = match &self.kms_key_id {
            Some(kms) => put
                .server_side_encryption(ServerSideEncryption::AwsKms)
                .ssekms_key_id(kms),
            None => put.server_side_encryption(ServerSideEncryption::Aes256),
        };
        let config = aws_sdk_s3::presigning::PresigningConfig::expires_in(expires)
            .map_err(|e| backend("presign", key, e.to_string()))?;
        let presigned = put
            .presigned(config)
            .await
            .map_err(|e| backend("presign", key, describe(&e)))?;
        Ok(Some(PresignedPut {
            url: presigned.uri().to_owned(),
            headers: presigned
                .headers()
                .map(|(k, v)| (k.to_owned(), v.to_owned()))
                .collect(),
        }))
    }

    fn bucket(&self) -> &str {
        &self.bucket
    }

    async fn ping(&self) -> Result<(), BlobError> {
        self.client
            .head_bucket()
            .bucket(&self.bucket)
            .send()
            .await
            .map(|_| ())
            .map_err(|e| BlobError::Backend {
                operation: "ping",
                key: self.bucket.clone(),
                source: describe(&e).into(),
            })
    }
}
