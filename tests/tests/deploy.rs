//! Cross-checks of what ships beside the code — `Dockerfile`, `docker-compose.yml`,
//! `deploy/template.yaml` — against the code itself: every environment variable they
//! set is a setting the binaries read (or a standard AWS one), every value parses as
//! that setting, every command and health check is a real subcommand of the binary
//! in that image, every `depends_on` and build target exists, and the numbers that
//! must agree (visibility timeout, receive count, grace period, index names) agree.
//! docs/settings.md lists exactly the declared settings, docs/api.md the error
//! codes. Nothing here needs Docker or AWS; a renamed setting or subcommand fails it.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;

use rfp_shared::settings::{SETTINGS, Settings};
use rfp_tests::process::binary;
use serde_yaml_ng::Value;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_owned()
}

fn read(path: &str) -> String {
    std::fs::read_to_string(root().join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn yaml(path: &str) -> Value {
    let mut v: Value =
        serde_yaml_ng::from_str(&read(path)).unwrap_or_else(|e| panic!("{path} is not YAML: {e}"));
    v.apply_merge().unwrap();
    v
}

/// Standard AWS SDK variables the binaries honour through `aws-config`, for the
/// services the code uses.
const AWS_VARIABLES: &[&str] = &[
    "AWS_REGION",
    "AWS_ACCESS_KEY_ID",
    "AWS_SECRET_ACCESS_KEY",
    "AWS_SESSION_TOKEN",
    "AWS_ENDPOINT_URL",
    "AWS_ENDPOINT_URL_DYNAMODB",
    "AWS_ENDPOINT_URL_SQS",
    "AWS_ENDPOINT_URL_S3",
    "AWS_ENDPOINT_URL_BEDROCK_RUNTIME",
    "RUST_LOG",
];

fn known_variable(name: &str) -> bool {
    SETTINGS.iter().any(|s| s.env == name) || AWS_VARIABLES.contains(&name)
}

/// `${NAME:-default}` → `default`; `${NAME}` → empty: the value compose would use with
/// nothing set in the environment.
fn interpolate(value: &str) -> String {
    let mut out = String::new();
    let mut rest = value;
    while let Some(start) = rest.find("${") {
        out.push_str(&rest[..start]);
        let Some(len) = rest[start..].find('}') else {
            break;
        };
        let inner = &rest[start + 2..start + len];
        out.push_str(inner.split_once(":-").map_or("", |(_, d)| d));
        rest = &rest[start + len + 1..];
    }
    out.push_str(rest);
    out
}

/// Whether `bin SUBCOMMAND --help` succeeds: the subcommand exists.
fn has_subcommand(bin: &str, sub: &str) -> bool {
    Command::new(binary(bin))
        .args([sub, "--help"])
        .output()
        .is_ok_and(|o| o.status.success())
}

/// The settings of an environment: it must load, as the binary would at start-up.
fn check_settings(what: &str, env: &BTreeMap<String, String>) {
    for name in env.keys() {
        assert!(
            known_variable(name),
            "{what} sets {name}, which no binary reads (a renamed setting?)"
        );
    }
    let settings: Vec<(String, String)> = env
        .iter()
        .filter(|(k, _)| SETTINGS.iter().any(|s| &s.env == k))
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    if let Err(e) = Settings::from_sources(None, settings) {
        panic!("{what}: the binaries would refuse to start: {e}");
    }
}

// ------------------------------------------------------------------ Dockerfile

struct Stage {
    name: String,
    base: String,
    lines: Vec<String>,
}

fn dockerfile_stages() -> Vec<Stage> {
    let text = read("Dockerfile").replace("\\\n", " ");
    let mut stages: Vec<Stage> = Vec::new();
    for line in text.lines().map(str::trim) {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(rest) = line.strip_prefix("FROM ") {
            let mut words = rest.split_whitespace();
            let base = words.next().unwrap().to_owned();
            let name = match (words.next(), words.next()) {
                (Some(a), Some(n)) if a.eq_ignore_ascii_case("as") => n.to_owned(),
                _ => String::new(),
            };
            stages.push(Stage {
                name,
                base,
                lines: Vec::new(),
            });
        } else if let Some(stage) = stages.last_mut() {
            stage.lines.push(line.to_owned());
        }
    }
    stages
}

/// The local paths that the root `Cargo.toml`'s `[patch.*]` sections point to.
fn patched_paths() -> Vec<String> {
    let manifest = read("Cargo.toml");
    let mut in_patch = false;
    let mut paths = Vec::new();
    for line in manifest.lines().map(str::trim) {
        if line.starts_with('[') {
            in_patch = line.starts_with("[patch.");
        } else if in_patch && let Some(at) = line.find("path = \"") {
            let rest = &line[at + "path = \"".len()..];
            paths.push(rest[..rest.find('"').expect("a closing quote")].to_owned());
        }
    }
    paths
}

#[test]
fn the_image_build_has_the_patched_dependencies_before_it_cooks() {
    // `cargo chef prepare` keeps the workspace's manifests, not a `[patch]` path
    // outside its members: without its own COPY, `cargo chef cook` cannot resolve.
    let paths = patched_paths();
    assert!(
        paths.iter().any(|p| p == "vendor/pdf-extract"),
        "the PDF patch is gone from Cargo.toml: {paths:?}"
    );
    let stages = dockerfile_stages();
    let builder = stages
        .iter()
        .find(|s| s.lines.iter().any(|l| l.contains("cargo chef cook")))
        .expect("a stage cooks the dependencies");
    let cook = builder
        .lines
        .iter()
        .position(|l| l.contains("cargo chef cook"))
        .unwrap();
    for path in paths {
        let copied = builder.lines[..cook].iter().any(|l| {
            let words: Vec<&str> = l.split_whitespace().collect();
            words.first() == Some(&"COPY")
                && words[1..words.len() - 1]
                    .iter()
                    .any(|src| path.starts_with(src.trim_end_matches('/')))
        });
        assert!(
            copied,
            "{}: `{path}` is not copied before `cargo chef cook`",
            builder.name
        );
    }
}

/// The instruction's JSON array (exec form), or a failure naming it.
fn exec_form(stage: &str, line: &str, instruction: &str) -> Vec<String> {
    let json = line[instruction.len()..].trim();
    serde_json::from_str(json).unwrap_or_else(|_| {
        panic!("{stage}: `{line}` is not in exec form (a JSON array), so SIGTERM would not reach the binary")
    })
}

#[test]
fn the_dockerfile_builds_non_root_images_in_exec_form_with_real_health_checks() {
    let stages = dockerfile_stages();
    let by_name: BTreeMap<&str, &Stage> = stages.iter().map(|s| (s.name.as_str(), s)).collect();
    let binaries = [
        ("api", "rfp-api"),
        ("worker", "rfp-worker"),
        ("fake-bedrock", "rfp-fake-bedrock"),
        ("fake-openai", "rfp-fake-openai"),
        ("worker-ocr", "rfp-worker"),
        ("api-ocr", "rfp-api"),
    ];
    for stage in &stages {
        if !by_name.contains_key(stage.base.as_str()) {
            let (_, tag) = stage
                .base
                .rsplit_once(':')
                .unwrap_or_else(|| panic!("base image {} has no tag", stage.base));
            assert!(
                !tag.contains("latest"),
                "base image {} is not pinned",
                stage.base
            );
        }
    }
    for (target, bin) in binaries {
        let stage = by_name
            .get(target)
            .unwrap_or_else(|| panic!("no `{target}` stage"));
        // USER is inherited from the stages it is built on.
        let mut user = None;
        let mut chain = Some(*stage);
        while let Some(s) = chain {
            if user.is_none() {
                user = s
                    .lines
                    .iter()
                    .rev()
                    .find_map(|l| l.strip_prefix("USER ").map(str::to_owned));
            }
            chain = by_name.get(s.base.as_str()).copied();
        }
        let user = user.unwrap_or_else(|| panic!("{target} runs as root (no USER)"));
        assert!(
            !user.starts_with("root") && !user.starts_with("0"),
            "{target} runs as {user}"
        );
        let path = format!("/usr/local/bin/{bin}");
        let entrypoint = stage
            .lines
            .iter()
            .find(|l| l.starts_with("ENTRYPOINT"))
            .unwrap_or_else(|| panic!("{target} has no ENTRYPOINT"));
        assert_eq!(
            exec_form(target, entrypoint, "ENTRYPOINT"),
            vec![path.clone()]
        );
        assert!(
            stage
                .lines
                .iter()
                .any(|l| l.starts_with("COPY") && l.ends_with(&path)),
            "{target} does not copy {bin} to {path}"
        );
        if let Some(cmd) = stage.lines.iter().find(|l| l.starts_with("CMD")) {
            let args = exec_form(target, cmd, "CMD");
            // The fakes take an address, not a subcommand.
            if !bin.starts_with("rfp-fake-") {
                assert!(
                    has_subcommand(bin, &args[0]),
                    "{target}: CMD {args:?}: {bin} has no such subcommand"
                );
            }
        }
        if let Some(hc) = stage.lines.iter().find(|l| l.starts_with("HEALTHCHECK")) {
            let json = &hc[hc.find("CMD").expect("HEALTHCHECK CMD")..];
            let args = exec_form(target, json, "CMD");
            assert_eq!(
                args[0], path,
                "{target}: the health check runs another binary"
            );
            assert!(
                has_subcommand(bin, &args[1]),
                "{target}: HEALTHCHECK {args:?}: {bin} has no such subcommand"
            );
        } else {
            assert!(target.starts_with("fake-"), "{target} has no HEALTHCHECK");
        }
        let env: BTreeMap<String, String> = stage
            .lines
            .iter()
            .filter_map(|l| l.strip_prefix("ENV "))
            .flat_map(|l| l.split_whitespace())
            .filter_map(|kv| kv.split_once('='))
            .map(|(k, v)| (k.to_owned(), v.to_owned()))
            .collect();
        check_settings(&format!("Dockerfile stage {target}"), &env);
    }
}

// ------------------------------------------------------------------ compose

fn image_binary(service: &Value) -> Option<&'static str> {
    let target = interpolate(service["build"]["target"].as_str()?);
    match target.as_str() {
        "api" | "api-ocr" => Some("rfp-api"),
        "worker" | "worker-ocr" => Some("rfp-worker"),
        "fake-bedrock" => Some("rfp-fake-bedrock"),
        "fake-openai" => Some("rfp-fake-openai"),
        other => panic!("build target {other} is not a Dockerfile stage of ours"),
    }
}

fn strings(v: &Value) -> Vec<String> {
    v.as_sequence()
        .map(|s| {
            s.iter()
                .map(|x| x.as_str().unwrap_or_default().to_owned())
                .collect()
        })
        .unwrap_or_default()
}

fn seconds(v: &str) -> u64 {
    v.trim_end_matches('s').parse().unwrap()
}

#[test]
fn the_compose_file_names_only_services_commands_and_settings_that_exist() {
    let compose = yaml("docker-compose.yml");
    let services = compose["services"].as_mapping().expect("services");
    let names: BTreeSet<&str> = services.keys().filter_map(Value::as_str).collect();
    let stages: BTreeSet<String> = dockerfile_stages().into_iter().map(|s| s.name).collect();
    for required in [
        "api",
        "worker",
        "init",
        "localstack",
        "moto",
        "fake-bedrock",
        "fake-openai",
    ] {
        assert!(names.contains(required), "no {required} service");
    }
    let volumes: BTreeSet<&str> = compose["volumes"]
        .as_mapping()
        .map(|m| m.keys().filter_map(Value::as_str).collect())
        .unwrap_or_default();

    for (name, service) in services {
        let name = name.as_str().unwrap();
        if let Some(deps) = service["depends_on"].as_mapping() {
            for (dep, how) in deps {
                let dep = dep.as_str().unwrap();
                assert!(
                    names.contains(dep),
                    "{name} depends on {dep}, which is not a service"
                );
                let condition = how["condition"].as_str().unwrap_or("service_started");
                if condition == "service_healthy" {
                    assert!(
                        !services[dep]["healthcheck"].is_null(),
                        "{name} waits for {dep} to be healthy, but {dep} has no health check"
                    );
                }
            }
        }
        for mount in strings(&service["volumes"]) {
            if let Some((volume, _)) = mount.split_once(':')
                && !volume.starts_with('.')
                && !volume.starts_with('/')
            {
                assert!(
                    volumes.contains(volume),
                    "{name} mounts undeclared volume {volume}"
                );
            }
        }
        let Some(bin) = image_binary(service) else {
            continue;
        };
        let target = service["build"]["target"].as_str().unwrap();
        // A target chosen by a variable names a stage with its default and with each
        // variant the comment above it offers (`worker` or `worker-ocr`).
        let mut targets = vec![interpolate(target)];
        if target.contains("${") {
            targets.push(format!("{}-ocr", interpolate(target)));
        }
        for target in targets {
            assert!(
                stages.contains(&target),
                "{name}: no Dockerfile stage {target}"
            );
        }
        assert!(
            service["image"].as_str().is_some(),
            "{name}: built images are named, so services share one build"
        );
        assert!(
            service["container_name"].is_null(),
            "{name}: a fixed container name prevents --scale"
        );
        let command = strings(&service["command"]);
        if !bin.starts_with("rfp-fake-") {
            assert!(
                !command.is_empty() && has_subcommand(bin, &command[0]),
                "{name}: command {command:?} is not a subcommand of {bin}"
            );
        }
        let test = strings(&service["healthcheck"]["test"]);
        if !test.is_empty() {
            assert_eq!(test[0], "CMD", "{name}: health check in exec form");
            assert_eq!(test[1], format!("/usr/local/bin/{bin}"));
            assert!(
                has_subcommand(bin, &test[2]),
                "{name}: health check {test:?}"
            );
        }
        let env: BTreeMap<String, String> = service["environment"]
            .as_mapping()
            .map(|m| {
                m.iter()
                    .map(|(k, v)| {
                        let v = match v {
                            Value::String(s) => s.clone(),
                            other => serde_yaml_ng::to_string(other).unwrap().trim().to_owned(),
                        };
                        (k.as_str().unwrap().to_owned(), interpolate(&v))
                    })
                    .collect()
            })
            .unwrap_or_default();
        check_settings(&format!("compose service {name}"), &env);
        if name == "worker" {
            let grace: u64 = env["RFP_SHUTDOWN_GRACE_SECS"].parse().unwrap();
            let stop = seconds(
                service["stop_grace_period"]
                    .as_str()
                    .expect("stop_grace_period"),
            );
            assert!(
                stop > grace,
                "the worker is killed ({stop} s) before its grace ({grace} s) ends"
            );
            assert!(
                service["ports"].is_null(),
                "a published port prevents --scale worker=N"
            );
        }
    }
    assert_eq!(
        strings(&services["init"]["command"]),
        ["setup"],
        "init creates the resources"
    );
}

// ------------------------------------------------------------------ CloudFormation

/// A template value: a plain string, or the name of the parameter/resource a `!Ref`
/// points at (as `Ref:Name`).
fn cfn_value(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Number(n) => n.to_string(),
        Value::Tagged(t) => format!("{}:{}", t.tag, cfn_value(&t.value)),
        other => serde_yaml_ng::to_string(other).unwrap(),
    }
}

/// A template value as the task would see it with the parameters' defaults: a
/// `!Ref` to a parameter gives its default; other references stand for a name or an
/// ARN the stack creates.
fn cfn_resolved(v: &Value, params: &Value, inputs: &BTreeMap<&str, &str>) -> String {
    match v {
        Value::Tagged(t) if t.tag == "Ref" => {
            let name = cfn_value(&t.value);
            if let Some(given) = inputs.get(name.as_str()) {
                return (*given).to_owned();
            }
            match &params[name.as_str()]["Default"] {
                Value::Null => format!("{name}-from-the-stack"),
                default => cfn_value(default),
            }
        }
        Value::Tagged(_) => "value-from-the-stack".to_owned(),
        other => cfn_value(other),
    }
}

#[test]
fn the_cloudformation_template_agrees_with_the_code() {
    let t = yaml("deploy/template.yaml");
    let resources = &t["Resources"];
    let params = &t["Parameters"];
    let binaries = [
        ("ApiTaskDefinition", "rfp-api"),
        ("WorkerTaskDefinition", "rfp-worker"),
    ];
    let mut worker_env = BTreeMap::new();
    // What a deployer must give: the API requires authentication, and a rule of the
    // template refuses a stack with no issuer and no keys (the defaults).
    let rule = serde_yaml_ng::to_string(&t["Rules"]["SomeCredentialIsAccepted"]).unwrap();
    assert!(
        rule.contains("JwtIssuer") && rule.contains("ApiKeys"),
        "{rule}"
    );
    let inputs = BTreeMap::from([
        (
            "JwtIssuer",
            "https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Example",
        ),
        ("JwtAudience", "example-app-client-id"),
    ]);
    for (task, bin) in binaries {
        let container = &resources[task]["Properties"]["ContainerDefinitions"][0];
        let command = strings(&container["Command"]);
        assert!(
            has_subcommand(bin, &command[0]),
            "{task}: command {command:?} is not a subcommand of {bin}"
        );
        let hc = strings(&container["HealthCheck"]["Command"]);
        assert_eq!(hc[1], format!("/usr/local/bin/{bin}"));
        assert!(has_subcommand(bin, &hc[2]), "{task}: health check {hc:?}");
        let mut resolved = BTreeMap::new();
        for var in container["Environment"].as_sequence().unwrap() {
            let name = var["Name"].as_str().unwrap().to_owned();
            assert!(
                known_variable(&name),
                "{task} sets {name}, which no binary reads"
            );
            if task == "WorkerTaskDefinition" {
                worker_env.insert(name.clone(), cfn_value(&var["Value"]));
            }
            resolved.insert(name, cfn_resolved(&var["Value"], params, &inputs));
        }
        check_settings(task, &resolved);
    }

    // The numbers that must agree.
    let queue = &resources["JobQueue"]["Properties"];
    assert_eq!(
        cfn_value(&queue["VisibilityTimeout"]),
        worker_env["RFP_VISIBILITY_TIMEOUT_SECS"],
        "the worker's heartbeat renews the queue's own visibility timeout"
    );
    assert_eq!(
        cfn_value(&queue["RedrivePolicy"]["maxReceiveCount"]),
        worker_env["RFP_MAX_RECEIVES"],
        "the worker fails a job on the delivery before the queue dead-letters it"
    );
    let worker = &resources["WorkerTaskDefinition"]["Properties"]["ContainerDefinitions"][0];
    let stop: u64 = cfn_value(&worker["StopTimeout"]).parse().unwrap();
    assert_eq!(
        worker_env["RFP_MODEL"], "bedrock",
        "production analyses with the model the role may invoke"
    );
    let grace: u64 = worker_env["RFP_SHUTDOWN_GRACE_SECS"].parse().unwrap();
    assert_eq!(stop, 120, "stopTimeout of 120 s");
    assert!(
        grace < stop,
        "the grace period ends before ECS kills the worker"
    );
    assert!(
        params["VisibilityTimeoutSeconds"]["MinValue"]
            .as_u64()
            .unwrap()
            >= 6,
        "a heartbeat every third of the timeout needs at least 2 s"
    );

    let indexes: BTreeSet<String> = resources["Table"]["Properties"]["GlobalSecondaryIndexes"]
        .as_sequence()
        .unwrap()
        .iter()
        .map(|i| i["IndexName"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(
        indexes,
        BTreeSet::from([
            rfp_shared::aws::OWNER_INDEX.to_owned(),
            rfp_shared::aws::PROMPT_INDEX.to_owned()
        ])
    );
    assert!(!cfn_value(&params["BedrockModelId"]["Default"]).is_empty());
    // Only the worker may call the model.
    let policy =
        |role: &str| serde_yaml_ng::to_string(&resources[role]["Properties"]["Policies"]).unwrap();
    assert!(policy("WorkerTaskRole").contains("bedrock:InvokeModel"));
    assert!(!policy("ApiTaskRole").contains("bedrock"));
    assert!(
        !policy("WorkerTaskRole").contains("dynamodb:*")
            && !policy("ApiTaskRole").contains("sqs:*")
    );
}

// ------------------------------------------------------------------ docs

/// The backticked upper-case names in the first column of docs/settings.md's tables.
fn readme_settings() -> BTreeSet<String> {
    let section = read("docs/settings.md");
    let mut names = BTreeSet::new();
    for line in section.lines().filter(|l| l.starts_with("| `")) {
        let first = line.split('|').nth(1).unwrap_or_default();
        for name in first.split('`').skip(1).step_by(2) {
            if name
                .chars()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
            {
                names.insert(name.to_owned());
            }
        }
    }
    names
}

#[test]
fn the_settings_page_lists_every_setting_and_no_other() {
    let documented = readme_settings();
    let declared: BTreeSet<String> = SETTINGS.iter().map(|s| s.env.to_owned()).collect();
    let missing: Vec<_> = declared.difference(&documented).collect();
    let unknown: Vec<_> = documented.difference(&declared).collect();
    assert!(
        missing.is_empty(),
        "settings without a row in docs/settings.md: {missing:?}"
    );
    assert!(
        unknown.is_empty(),
        "docs/settings.md documents what no binary reads: {unknown:?}"
    );
}

#[test]
fn the_settings_page_gives_each_setting_its_declared_default() {
    let page = read("docs/settings.md");
    let mut wrong = Vec::new();
    for line in page.lines().filter(|l| l.starts_with("| `")) {
        let cells: Vec<&str> = line.split('|').map(str::trim).collect();
        let (Some(name), Some(default)) = (cells.get(1), cells.get(2)) else {
            continue;
        };
        let Some(doc) = SETTINGS.iter().find(|s| *name == format!("`{}`", s.env)) else {
            continue;
        };
        let documented = default.trim_matches('`');
        let declared = doc.default.unwrap_or("—");
        if documented != declared {
            wrong.push(format!(
                "{}: page says {default}, declared {declared}",
                doc.env
            ));
        }
    }
    assert!(
        wrong.is_empty(),
        "docs/settings.md defaults differ: {wrong:#?}"
    );
}

/// The backticked words of `text` that could be codes (lower case, digits, `_`).
fn backticked_words(text: &str) -> BTreeSet<String> {
    text.split('`')
        .skip(1)
        .step_by(2)
        .filter(|w| {
            !w.is_empty()
                && w.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        })
        .map(str::to_owned)
        .collect()
}

#[test]
fn the_api_docs_document_every_error_code_and_list_no_other() {
    let readme = read("docs/api.md");
    let catalogue: BTreeSet<String> = rfp_api::problem::ProblemCode::ALL
        .iter()
        .map(|p| p.code().to_owned())
        .collect();
    let documented = backticked_words(&readme);
    let undocumented: Vec<_> = catalogue.difference(&documented).collect();
    assert!(
        undocumented.is_empty(),
        "API error codes docs/api.md never names: {undocumented:?}"
    );
    // The list of the HTTP API section names codes of the catalogue only (a
    // snake-case word there is a code; `cursor` or `wait` are parameters).
    let start = readme
        .find("\nError codes: ")
        .expect("docs/api.md lists the error codes");
    let list = &readme[start..];
    let list = &list[..list.find("\n\n").unwrap_or(list.len())];
    let unknown: Vec<_> = backticked_words(list)
        .into_iter()
        .filter(|c| c.contains('_') && !catalogue.contains(c))
        .collect();
    assert!(
        unknown.is_empty(),
        "docs/api.md's error codes that no ProblemCode has: {unknown:?}"
    );
}
