//! Prompt versions on the table: `PK=prompt#<uuid>`, `SK=version#<n>`, in the original
//! tools' format plus `active_prompt_key` (set only on active prompts: a sparse index),
//! read leniently; their operations, and the one-off migration that indexes old items.

use std::collections::HashMap;

use aws_sdk_dynamodb::operation::put_item::PutItemError;
use aws_sdk_dynamodb::operation::update_item::UpdateItemError;
use aws_sdk_dynamodb::types::{AttributeValue, ReturnValue};

use crate::aws::describe;
use crate::domain::{PromptItem, PromptQuery, pick_prompt};
use crate::ports::StoreError;

use super::{DynamoStore, Item, PROMPT_INDEX, backend};

impl DynamoStore {
    /// Adds `active_prompt_key` to prompt items written without it (by the original
    /// admin tools), and removes it from inactive ones. Idempotent; returns how many
    /// items changed. One Scan, for an operator to run once after an upgrade.
    pub async fn migrate_prompts(&self) -> Result<usize, StoreError> {
        let mut changed = 0;
        for item in self.scan_prompts().await? {
            let Some(p) = prompt_from_item(&item) else {
                continue;
            };
            let want = p.is_active.then(|| active_key(&p.section, &p.sub_section));
            let have = item
                .get("active_prompt_key")
                .and_then(|v| v.as_s().ok())
                .cloned();
            if want == have {
                continue;
            }
            let mut u = self
                .client
                .update_item()
                .table_name(&self.table)
                .set_key(Some(HashMap::from([
                    ("PK".to_owned(), item["PK"].clone()),
                    ("SK".to_owned(), item["SK"].clone()),
                ])));
            u = match want {
                Some(k) => u
                    .update_expression("SET active_prompt_key = :k")
                    .expression_attribute_values(":k", AttributeValue::S(k)),
                None => u.update_expression("REMOVE active_prompt_key"),
            };
            u.send()
                .await
                .map_err(|e| backend("migrate prompts", describe(&e)))?;
            changed += 1;
        }
        Ok(changed)
    }

    async fn scan_prompts(&self) -> Result<Vec<Item>, StoreError> {
        let mut items = Vec::new();
        let mut start: Option<Item> = None;
        loop {
            let out = self
                .client
                .scan()
                .table_name(&self.table)
                .filter_expression("begins_with(PK, :p)")
                .expression_attribute_values(":p", AttributeValue::S("prompt#".into()))
                .set_exclusive_start_key(start.take())
                .send()
                .await
                .map_err(|e| backend("scan prompts", describe(&e)))?;
            items.extend(out.items.unwrap_or_default());
            match out.last_evaluated_key {
                Some(k) if !k.is_empty() => start = Some(k),
                _ => return Ok(items),
            }
        }
    }

    pub(super) async fn put_prompt_op(&self, prompt: &PromptItem) -> Result<(), StoreError> {
        let item = prompt_item(prompt);
        self.client
            .put_item()
            .table_name(&self.table)
            .set_item(Some(item))
            .send()
            .await
            .map_err(|e| backend("put prompt", describe(&e)))?;
        Ok(())
    }

    pub(super) async fn create_prompt_op(&self, prompt: &PromptItem) -> Result<(), StoreError> {
        let result = self
            .client
            .put_item()
            .table_name(&self.table)
            .set_item(Some(prompt_item(prompt)))
            .condition_expression("attribute_not_exists(PK)")
            .send()
            .await;
        match result {
            Ok(_) => Ok(()),
            Err(e) => match e.into_service_error() {
                PutItemError::ConditionalCheckFailedException(_) => Err(StoreError::PromptExists {
                    id: prompt.id.clone(),
                    version: prompt.version,
                }),
                other => Err(backend(
                    "create prompt",
                    aws_smithy_types::error::display::DisplayErrorContext(&other).to_string(),
                )),
            },
        }
    }

    pub(super) async fn list_prompts_op(
        &self,
        id: Option<&str>,
    ) -> Result<Vec<PromptItem>, StoreError> {
        let items = match id {
            None => self.scan_prompts().await?,
            Some(id) => {
                let mut items = Vec::new();
                let mut start: Option<Item> = None;
                loop {
                    let out = self
                        .client
                        .query()
                        .table_name(&self.table)
                        .key_condition_expression("PK = :pk")
                        .expression_attribute_values(
                            ":pk",
                            AttributeValue::S(format!("prompt#{id}")),
                        )
                        .set_exclusive_start_key(start.take())
                        .send()
                        .await
                        .map_err(|e| backend("list prompt versions", describe(&e)))?;
                    items.extend(out.items.unwrap_or_default());
                    match out.last_evaluated_key {
                        Some(k) if !k.is_empty() => start = Some(k),
                        _ => break items,
                    }
                }
            }
        };
        let mut prompts: Vec<PromptItem> = items.iter().filter_map(prompt_from_item).collect();
        prompts.sort_by(|a, b| a.id.cmp(&b.id).then(a.version.cmp(&b.version)));
        Ok(prompts)
    }

    pub(super) async fn set_prompt_active_op(
        &self,
        id: &str,
        version: u32,
        active: bool,
    ) -> Result<PromptItem, StoreError> {
        // Only the flag and the sparse index key change. The key is made of the item's
        // section and sub-section, read first; the update's condition checks they
        // are still the same, so a concurrent edit cannot leave a wrong key.
        let update = if active {
            "SET is_active = :a, active_prompt_key = :k"
        } else {
            "SET is_active = :a REMOVE active_prompt_key"
        };
        let key = HashMap::from([
            ("PK".to_owned(), AttributeValue::S(format!("prompt#{id}"))),
            (
                "SK".to_owned(),
                AttributeValue::S(format!("version#{version}")),
            ),
        ]);
        let current = self
            .client
            .get_item()
            .table_name(&self.table)
            .set_key(Some(key.clone()))
            .consistent_read(true)
            .send()
            .await
            .map_err(|e| backend("read prompt", describe(&e)))?
            .item
            .and_then(|i| prompt_from_item(&i));
        let Some(current) = current else {
            return Err(StoreError::PromptNotFound {
                id: id.to_owned(),
                version,
            });
        };
        let mut u = self
            .client
            .update_item()
            .table_name(&self.table)
            .set_key(Some(key))
            .update_expression(update)
            // `section` is a reserved word in expressions.
            .condition_expression("attribute_exists(PK) AND #s = :s AND #ss = :ss")
            .expression_attribute_names("#s", "section")
            .expression_attribute_names("#ss", "sub_section")
            .expression_attribute_values(":a", AttributeValue::Bool(active))
            .expression_attribute_values(":s", AttributeValue::S(current.section.clone()))
            .expression_attribute_values(":ss", AttributeValue::S(current.sub_section.clone()))
            .return_values(ReturnValue::AllNew);
        if active {
            u = u.expression_attribute_values(
                ":k",
                AttributeValue::S(active_key(&current.section, &current.sub_section)),
            );
        }
        match u.send().await {
            Ok(out) => out
                .attributes
                .and_then(|i| prompt_from_item(&i))
                .ok_or_else(|| backend("activate prompt", "the updated item is not a prompt")),
            Err(e) => match e.into_service_error() {
                UpdateItemError::ConditionalCheckFailedException(_) => {
                    Err(StoreError::PromptNotFound {
                        id: id.to_owned(),
                        version,
                    })
                }
                other => Err(backend(
                    "activate prompt",
                    aws_smithy_types::error::display::DisplayErrorContext(&other).to_string(),
                )),
            },
        }
    }

    pub(super) async fn find_prompt_op(
        &self,
        query: &PromptQuery,
    ) -> Result<Option<PromptItem>, StoreError> {
        let out = self
            .client
            .query()
            .table_name(&self.table)
            .index_name(PROMPT_INDEX)
            .key_condition_expression("active_prompt_key = :k")
            .expression_attribute_values(
                ":k",
                AttributeValue::S(active_key(&query.section, &query.sub_section)),
            )
            .send()
            .await
            .map_err(|e| backend("find prompt", describe(&e)))?;
        let indexed: Vec<PromptItem> = out
            .items
            .unwrap_or_default()
            .iter()
            .filter_map(prompt_from_item)
            .collect();
        if let Some(p) = pick_prompt(query, indexed) {
            return Ok(Some(p));
        }
        // Items written by the original tools lack the index attribute. Find them the
        // slow way (the worker caches the answer), and say how to stop needing it.
        let found = pick_prompt(
            query,
            self.scan_prompts()
                .await?
                .iter()
                .filter_map(prompt_from_item)
                .collect(),
        );
        if let Some(p) = &found {
            tracing::warn!(prompt_id = %p.id, version = p.version,
                "Found the active prompt only by scanning the table; run `rfp-api migrate-prompts` once to index prompt items.");
        }
        Ok(found)
    }
}

/// The item of a prompt version, in the original format plus the sparse index key.
fn prompt_item(prompt: &PromptItem) -> Item {
    let mut item: Item = HashMap::from([
        (
            "PK".to_owned(),
            AttributeValue::S(format!("prompt#{}", prompt.id)),
        ),
        (
            "SK".to_owned(),
            AttributeValue::S(format!("version#{}", prompt.version)),
        ),
        (
            "section".to_owned(),
            AttributeValue::S(prompt.section.clone()),
        ),
        (
            "sub_section".to_owned(),
            AttributeValue::S(prompt.sub_section.clone()),
        ),
        (
            "categories".to_owned(),
            AttributeValue::L(
                prompt
                    .categories
                    .iter()
                    .cloned()
                    .map(AttributeValue::S)
                    .collect(),
            ),
        ),
        (
            "is_active".to_owned(),
            AttributeValue::Bool(prompt.is_active),
        ),
        (
            "system_prompt".to_owned(),
            AttributeValue::S(prompt.system_prompt.clone()),
        ),
        (
            "user_prompt_template".to_owned(),
            AttributeValue::S(prompt.user_prompt_template.clone()),
        ),
        (
            "output_format".to_owned(),
            AttributeValue::S(prompt.output_format.clone()),
        ),
    ]);
    if let Some(name) = &prompt.name {
        item.insert("name".into(), AttributeValue::S(name.clone()));
    }
    if prompt.is_active {
        item.insert(
            "active_prompt_key".into(),
            AttributeValue::S(active_key(&prompt.section, &prompt.sub_section)),
        );
    }
    item
}

fn active_key(section: &str, sub_section: &str) -> String {
    format!("{section}#{sub_section}")
}

/// Reads a prompt item, leniently: the original tools wrote `is_active` as a boolean
/// (sometimes a string or number) and `categories` as a list or a string set.
fn prompt_from_item(item: &Item) -> Option<PromptItem> {
    let s = |k: &str| item.get(k).and_then(|v| v.as_s().ok()).cloned();
    let id = s("PK")?.strip_prefix("prompt#")?.to_owned();
    let version = s("SK")
        .and_then(|sk| sk.strip_prefix("version#").and_then(|n| n.parse().ok()))
        .or_else(|| {
            item.get("version")
                .and_then(|v| v.as_n().ok())
                .and_then(|n| n.parse().ok())
        })
        .unwrap_or(0);
    let is_active = match item.get("is_active") {
        Some(AttributeValue::Bool(b)) => *b,
        Some(AttributeValue::S(v)) => v.eq_ignore_ascii_case("true"),
        Some(AttributeValue::N(n)) => n != "0",
        _ => false,
    };
    let categories = match item.get("categories") {
        Some(AttributeValue::L(l)) => l.iter().filter_map(|v| v.as_s().ok().cloned()).collect(),
        Some(AttributeValue::Ss(ss)) => ss.clone(),
        Some(AttributeValue::S(one)) => vec![one.clone()],
        _ => Vec::new(),
    };
    Some(PromptItem {
        id,
        version,
        name: s("name"),
        section: s("section")?,
        sub_section: s("sub_section")?,
        categories,
        is_active,
        system_prompt: s("system_prompt").unwrap_or_default(),
        user_prompt_template: s("user_prompt_template").unwrap_or_default(),
        output_format: s("output_format").unwrap_or_default(),
    })
}
