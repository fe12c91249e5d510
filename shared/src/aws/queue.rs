//! The job queue on SQS: long polling, batch receive, visibility changes as the
//! heartbeat, delete after the outcome is durable, `ApproximateReceiveCount` as the
//! attempt number, and the trace id as a message attribute. Dead-lettering is SQS's
//! redrive policy (set by `setup` or `deploy/`).

use std::time::Duration;

use async_trait::async_trait;
use aws_sdk_sqs::types::{MessageAttributeValue, MessageSystemAttributeName, QueueAttributeName};
use chrono::{TimeZone, Utc};

use super::describe;
use crate::domain::JobMessage;
use crate::ports::{Delivery, JobQueue, QueueDepth, QueueError};

/// The AWS [`JobQueue`].
#[derive(Clone, Debug)]
pub struct SqsQueue {
    client: aws_sdk_sqs::Client,
    url: String,
    dlq_url: Option<String>,
    visibility: Duration,
}

impl SqsQueue {
    pub fn new(
        client: aws_sdk_sqs::Client,
        url: impl Into<String>,
        dlq_url: Option<String>,
        visibility: Duration,
    ) -> Self {
        Self {
            client,
            url: url.into(),
            dlq_url,
            visibility,
        }
    }

    fn backend(&self, operation: &'static str, message: String) -> QueueError {
        QueueError::Backend {
            operation,
            queue: self.url.clone(),
            source: message.into(),
        }
    }

    /// Sends a raw body (tests use it for poison messages).
    pub async fn send_raw(&self, body: String) -> Result<String, QueueError> {
        let out = self
            .client
            .send_message()
            .queue_url(&self.url)
            .message_body(body)
            .send()
            .await
            .map_err(|e| self.backend("send", describe(&e)))?;
        Ok(out.message_id.unwrap_or_default())
    }

    async fn count(&self, url: &str, attribute: QueueAttributeName) -> Result<u64, QueueError> {
        let out = self
            .client
            .get_queue_attributes()
            .queue_url(url)
            .attribute_names(attribute.clone())
            .send()
            .await
            .map_err(|e| self.backend("depth", describe(&e)))?;
        Ok(out
            .attributes
            .and_then(|a| a.get(&attribute).and_then(|v| v.parse().ok()))
            .unwrap_or(0))
    }
}

/// The receipt is no longer ours: it expired or the message is gone.
fn receipt_gone(code: Option<&str>) -> bool {
    matches!(
        code,
        Some(
            "ReceiptHandleIsInvalid"
                | "InvalidParameterValue"
                | "MessageNotInflight"
                | "AWS.SimpleQueueService.MessageNotInflight"
        )
    )
}

#[async_trait]
impl JobQueue for SqsQueue {
    async fn send(&self, message: &JobMessage) -> Result<String, QueueError> {
        let body =
            serde_json::to_string(message).map_err(|e| self.backend("send", e.to_string()))?;
        let trace = MessageAttributeValue::builder()
            .data_type("String")
            .string_value(&message.trace_id)
            .build()
            .map_err(|e| self.backend("send", e.to_string()))?;
        let out = self
            .client
            .send_message()
            .queue_url(&self.url)
            .message_body(body)
            .message_attributes("trace_id", trace)
            .send()
            .await
            .map_err(|e| self.backend("send", describe(&e)))?;
        Ok(out.message_id.unwrap_or_default())
    }

    async fn receive(&self, max: usize, wait: Duration) -> Result<Vec<Delivery>, QueueError> {
        let out = self
            .client
            .receive_message()
            .queue_url(&self.url)
            .max_number_of_messages(max.clamp(1, 10) as i32)
            .wait_time_seconds(wait.as_secs().min(20) as i32)
            .visibility_timeout(self.visibility.as_secs() as i32)
            .message_system_attribute_names(MessageSystemAttributeName::All)
            .message_attribute_names("All")
            .send()
            .await
            .map_err(|e| self.backend("receive", describe(&e)))?;
        Ok(out
            .messages
            .unwrap_or_default()
            .into_iter()
            .filter_map(|m| {
                let attrs = m.attributes.unwrap_or_default();
                let count = attrs
                    .get(&MessageSystemAttributeName::ApproximateReceiveCount)
                    .and_then(|v| v.parse().ok())
                    .unwrap_or(1);
                let sent_at = attrs
                    .get(&MessageSystemAttributeName::SentTimestamp)
                    .and_then(|v| v.parse::<i64>().ok())
                    .and_then(|ms| Utc.timestamp_millis_opt(ms).single())
                    .unwrap_or_else(Utc::now);
                Some(Delivery {
                    message_id: m.message_id?,
                    receipt: m.receipt_handle?,
                    body: m.body.unwrap_or_default(),
                    receive_count: count,
                    sent_at,
                })
            })
            .collect())
    }

    async fn set_visibility(
        &self,
        delivery: &Delivery,
        visibility: Duration,
    ) -> Result<(), QueueError> {
        use aws_sdk_sqs::error::ProvideErrorMetadata;
        match self
            .client
            .change_message_visibility()
            .queue_url(&self.url)
            .receipt_handle(&delivery.receipt)
            .visibility_timeout(visibility.as_secs().min(43_200) as i32)
            .send()
            .await
        {
            Ok(_) => Ok(()),
            Err(e) if receipt_gone(e.code()) => Err(QueueError::ReceiptInvalid {
                message_id: delivery.message_id.clone(),
            }),
            Err(e) => Err(self.backend("change visibility", describe(&e))),
        }
    }

    /// SQS cannot reset a message's receive count: a copy is sent with the delay,
    /// then the original deleted. A crash in between leaves two messages of one job,
    /// which the store's fencing makes harmless (the second delivery is dropped).
    async fn defer(&self, delivery: &Delivery, delay: Duration) -> Result<(), QueueError> {
        self.client
            .send_message()
            .queue_url(&self.url)
            .message_body(&delivery.body)
            .delay_seconds(delay.as_secs().min(900) as i32)
            .send()
            .await
            .map_err(|e| self.backend("defer", describe(&e)))?;
        self.delete(delivery).await
    }

    async fn delete(&self, delivery: &Delivery) -> Result<(), QueueError> {
        use aws_sdk_sqs::error::ProvideErrorMetadata;
        match self
            .client
            .delete_message()
            .queue_url(&self.url)
            .receipt_handle(&delivery.receipt)
            .send()
            .await
        {
            Ok(_) => Ok(()),
            Err(e) if receipt_gone(e.code()) => Err(QueueError::ReceiptInvalid {
                message_id: delivery.message_id.clone(),
            }),
            Err(e) => Err(self.backend("delete", describe(&e))),
        }
    }

    async fn depth(&self) -> Result<QueueDepth, QueueError> {
        let visible = self
            .count(&self.url, QueueAttributeName::ApproximateNumberOfMessages)
            .await?;
        let in_flight = self
            .count(
                &self.url,
                QueueAttributeName::ApproximateNumberOfMessagesNotVisible,
            )
            .await?;
        // Dead letters the sweeper handled are hidden, not gone: count both.
        let dead_letters = match &self.dlq_url {
            Some(dlq) => {
                self.count(dlq, QueueAttributeName::ApproximateNumberOfMessages)
                    .await?
                    + self
                        .count(
                            dlq,
                            QueueAttributeName::ApproximateNumberOfMessagesNotVisible,
                        )
                        .await?
            }
            None => 0,
        };
        Ok(QueueDepth {
            visible,
            in_flight,
            dead_letters,
            oldest_age: None,
        })
    }

    async fn receive_dead_letters(&self, max: usize) -> Result<Vec<Delivery>, QueueError> {
        let Some(dlq) = &self.dlq_url else {
            return Ok(Vec::new());
        };
        let out = self
            .client
            .receive_message()
            .queue_url(dlq)
            .max_number_of_messages(max.clamp(1, 10) as i32)
            .wait_time_seconds(0)
            .visibility_timeout(60)
            .message_system_attribute_names(MessageSystemAttributeName::All)
            .send()
            .await
            .map_err(|e| self.backend("receive dead letters", describe(&e)))?;
        Ok(out
            .messages
            .unwrap_or_default()
            .into_iter()
            .filter_map(|m| {
                let attrs = m.attributes.unwrap_or_default();
                Some(Delivery {
                    message_id: m.message_id?,
                    receipt: m.receipt_handle?,
                    body: m.body.unwrap_or_default(),
                    receive_count: attrs
                        .get(&MessageSystemAttributeName::ApproximateReceiveCount)
                        .and_then(|v| v.parse().ok())
                        .unwrap_or(1),
                    sent_at: attrs
                        .get(&MessageSystemAttributeName::SentTimestamp)
                        .and_then(|v| v.parse::<i64>().ok())
                        .and_then(|ms| Utc.timestamp_millis_opt(ms).single())
                        .unwrap_or_else(Utc::now),
                })
            })
            .collect())
    }

    async fn dead_letter_handled(&self, delivery: &Delivery) -> Result<(), QueueError> {
        let Some(dlq) = &self.dlq_url else {
            return Ok(());
        };
        // Kept for inspection; hidden for as long as SQS allows: 12 hours in all,
        // counted from the receive (which hid it for a minute).
        self.client
            .change_message_visibility()
            .queue_url(dlq)
            .receipt_handle(&delivery.receipt)
            .visibility_timeout(43_200 - 60)
            .send()
            .await
            .map(|_| ())
            .map_err(|e| self.backend("hide handled dead letter", describe(&e)))
    }
}
