//! Claude (or any tool-capable model) on Amazon Bedrock, through the Converse API.
//!
//! The client comes from the standard `aws-config` chain, so
//! `AWS_ENDPOINT_URL_BEDROCK_RUNTIME` sends it to an emulator or the project's fake
//! server unchanged. The SDK's own retries are off: [`super::llm`] retries within the
//! job's budget and counts the attempts it records. Each call forces the
//! `record_rfp_analysis` tool, whose input schema is the answer's schema.

use std::collections::HashMap;
use std::time::Duration;

use async_trait::async_trait;
use aws_sdk_bedrockruntime::error::ProvideErrorMetadata;
use aws_sdk_bedrockruntime::types::{
    ContentBlock, ConversationRole, ConverseOutput, InferenceConfiguration, Message,
    SpecificToolChoice, StopReason, SystemContentBlock, Tool, ToolChoice, ToolConfiguration,
    ToolInputSchema, ToolSpecification,
};
use aws_smithy_types::{Document, Number};
use serde_json::Value;

use rfp_shared::ports::ModelError;
use rfp_shared::settings::Settings;

use super::llm::{Chat, ChatReply, ChatRequest, Role, Stop, TOOL_NAME, is_too_long};

/// The Converse API as a [`Chat`].
pub struct Bedrock {
    client: aws_sdk_bedrockruntime::Client,
    model_id: String,
    inference: InferenceConfiguration,
    timeout: Duration,
}

impl Bedrock {
    /// A client from `config` (the process's AWS configuration, or a test's).
    pub fn new(config: &aws_types::SdkConfig, settings: &Settings) -> Self {
        let timeout = settings.model_timeout();
        let conf = aws_sdk_bedrockruntime::config::Builder::from(config)
            .retry_config(aws_smithy_types::retry::RetryConfig::disabled())
            .timeout_config(
                aws_smithy_types::timeout::TimeoutConfig::builder()
                    .connect_timeout(Duration::from_secs(5))
                    .operation_attempt_timeout(timeout)
                    .build(),
            )
            .build();
        let inference = InferenceConfiguration::builder()
            .max_tokens(settings.model_max_tokens as i32)
            .temperature(settings.model_temperature)
            .set_top_p(settings.model_top_p)
            .build();
        Self {
            client: aws_sdk_bedrockruntime::Client::from_conf(conf),
            model_id: settings.bedrock_model_id.clone(),
            inference,
            timeout,
        }
    }

    fn tool_config(&self, schema: &Value) -> Result<ToolConfiguration, ModelError> {
        let build = |e: aws_smithy_types::error::operation::BuildError| {
            ModelError::Invalid(format!("cannot build the request: {e}"))
        };
        let spec = ToolSpecification::builder()
            .name(TOOL_NAME)
            .description("Record the analysis of the RFP document, with every key the output format asks for.")
            .input_schema(ToolInputSchema::Json(to_document(schema)))
            .build()
            .map_err(build)?;
        ToolConfiguration::builder()
            .tools(Tool::ToolSpec(spec))
            .tool_choice(ToolChoice::Tool(
                SpecificToolChoice::builder()
                    .name(TOOL_NAME)
                    .build()
                    .map_err(build)?,
            ))
            .build()
            .map_err(build)
    }
}

#[async_trait]
impl Chat for Bedrock {
    async fn send(&self, request: &ChatRequest) -> Result<ChatReply, ModelError> {
        let mut messages = Vec::with_capacity(request.messages.len());
        for (role, text) in &request.messages {
            let role = match role {
                Role::User => ConversationRole::User,
                Role::Assistant => ConversationRole::Assistant,
            };
            messages.push(
                Message::builder()
                    .role(role)
                    .content(ContentBlock::Text(text.clone()))
                    .build()
                    .map_err(|e| ModelError::Invalid(format!("cannot build the request: {e}")))?,
            );
        }
        let call = self
            .client
            .converse()
            .model_id(&self.model_id)
            .system(SystemContentBlock::Text(request.system.clone()))
            .set_messages(Some(messages))
            .tool_config(self.tool_config(&request.tool_schema)?)
            .inference_config(self.inference.clone())
            .send();
        let output = match tokio::time::timeout(self.timeout, call).await {
            Err(_) => return Err(ModelError::Timeout),
            Ok(Err(e)) => return Err(classify(e)),
            Ok(Ok(output)) => output,
        };

        let mut text = String::new();
        let mut tool_input = None;
        if let Some(ConverseOutput::Message(message)) = output.output() {
            for block in message.content() {
                match block {
                    ContentBlock::Text(t) => {
                        if !text.is_empty() {
                            text.push('\n');
                        }
                        text.push_str(t);
                    }
                    // The forced tool's call; a server that names its tool call
                    // otherwise is taken at its first one.
                    ContentBlock::ToolUse(tool)
                        if tool.name() == TOOL_NAME || tool_input.is_none() =>
                    {
                        tool_input = Some(to_json(tool.input()));
                    }
                    _ => {}
                }
            }
        }
        let stop = match output.stop_reason() {
            StopReason::EndTurn | StopReason::StopSequence => Stop::EndTurn,
            StopReason::ToolUse => Stop::ToolUse,
            StopReason::MaxTokens => Stop::MaxTokens,
            other => Stop::Other(other.as_str().to_owned()),
        };
        let usage = output.usage();
        Ok(ChatReply {
            text,
            tool_input,
            stop,
            input_tokens: usage.map_or(0, |u| u.input_tokens().max(0) as u64),
            output_tokens: usage.map_or(0, |u| u.output_tokens().max(0) as u64),
        })
    }

    fn model_id(&self) -> &str {
        &self.model_id
    }

    fn engine(&self) -> &'static str {
        "bedrock"
    }

    fn provider(&self) -> &'static str {
        "aws-bedrock"
    }
}

/// Sorts a failed call into what the worker does next.
fn classify<R: std::fmt::Debug>(
    e: aws_smithy_runtime_api::client::result::SdkError<
        aws_sdk_bedrockruntime::operation::converse::ConverseError,
        R,
    >,
) -> ModelError {
    use aws_smithy_runtime_api::client::result::SdkError;
    match e {
        SdkError::TimeoutError(_) => ModelError::Timeout,
        SdkError::ServiceError(service) => {
            let err = service.into_err();
            let code = err.code().unwrap_or("Unknown").to_owned();
            let message = err.message().unwrap_or("").to_owned();
            let detail = format!("{code}: {message}");
            match code.as_str() {
                "ThrottlingException" | "ServiceQuotaExceededException" => {
                    ModelError::throttled(detail)
                }
                "ValidationException" if is_too_long(&message) => ModelError::InputTooLong(detail),
                "AccessDeniedException" | "UnrecognizedClientException" => {
                    ModelError::AuthFailed(detail)
                }
                "ResourceNotFoundException" => ModelError::NotFound(detail),
                "ValidationException" => ModelError::Invalid(detail),
                "ModelTimeoutException" => ModelError::Timeout,
                // InternalServerException, ServiceUnavailableException, ModelNotReady…,
                // ModelErrorException and anything new: worth another attempt.
                _ => ModelError::Unavailable(detail),
            }
        }
        other => ModelError::Unavailable(
            aws_smithy_types::error::display::DisplayErrorContext(&other).to_string(),
        ),
    }
}

/// serde_json to the SDK's document type.
pub fn to_document(value: &Value) -> Document {
    match value {
        Value::Null => Document::Null,
        Value::Bool(b) => Document::Bool(*b),
        Value::Number(n) => Document::Number(if let Some(u) = n.as_u64() {
            Number::PosInt(u)
        } else if let Some(i) = n.as_i64() {
            Number::NegInt(i)
        } else {
            Number::Float(n.as_f64().unwrap_or(0.0))
        }),
        Value::String(s) => Document::String(s.clone()),
        Value::Array(a) => Document::Array(a.iter().map(to_document).collect()),
        Value::Object(o) => Document::Object(
            o.iter()
                .map(|(k, v)| (k.clone(), to_document(v)))
                .collect::<HashMap<_, _>>(),
        ),
    }
}

/// The SDK's document type to serde_json.
pub fn to_json(document: &Document) -> Value {
    match document {
        Document::Null => Value::Null,
        Document::Bool(b) => Value::Bool(*b),
        Document::Number(Number::PosInt(u)) => Value::from(*u),
        Document::Number(Number::NegInt(i)) => Value::from(*i),
        Document::Number(Number::Float(f)) => {
            serde_json::Number::from_f64(*f).map_or(Value::Null, Value::Number)
        }
        Document::String(s) => Value::String(s.clone()),
        Document::Array(a) => Value::Array(a.iter().map(to_json).collect()),
        Document::Object(o) => {
            Value::Object(o.iter().map(|(k, v)| (k.clone(), to_json(v))).collect())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn documents_round_trip() {
        let v = json!({ "a": [1, -2, 2.5, "s", null, true, { "b": {} }] });
        assert_eq!(to_json(&to_document(&v)), v);
    }

    #[test]
    fn too_long_messages_are_recognised() {
        assert!(is_too_long("Input is too long for requested model."));
        assert!(is_too_long(
            "prompt is too long: 215000 tokens > 200000 maximum"
        ));
        assert!(!is_too_long(
            "Malformed input request: temperature must be <= 1"
        ));
    }
}
