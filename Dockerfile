# Images of rfp-api, rfp-worker and the fake model servers, from one build:
#   docker build --target api    -t rfp-api .
#   docker build --target worker -t rfp-worker .
#   docker build --target fake-bedrock -t rfp-fake-bedrock .
#   docker build --target fake-openai  -t rfp-fake-openai .
# Dependencies are compiled in their own layer (cargo-chef), so a code change rebuilds
# only the workspace's crates. The runtime is distroless (glibc, CA certificates, no
# shell), run as the non-root user; the health checks are the binaries' own
# `healthcheck` subcommands.

ARG RUST_VERSION=1.95

FROM rust:${RUST_VERSION}-slim-bookworm AS chef
RUN cargo install cargo-chef --locked --version 0.1.78
WORKDIR /src

FROM chef AS planner
COPY . .
RUN cargo chef prepare --recipe-path recipe.json

FROM chef AS builder
COPY --from=planner /src/recipe.json recipe.json
# A patched dependency (vendor/pdf-extract/PATCHED.md): the recipe names it in
# `[patch.crates-io]` but does not carry it, and cook compiles it with the others.
COPY vendor vendor
RUN cargo chef cook --profile container --locked --recipe-path recipe.json
COPY . .
RUN cargo build --profile container --locked \
        --bin rfp-api --bin rfp-worker --bin rfp-fake-bedrock --bin rfp-fake-openai \
    && mkdir -p /out/data \
    && cp target/container/rfp-api target/container/rfp-worker \
        target/container/rfp-fake-bedrock target/container/rfp-fake-openai /out/

FROM gcr.io/distroless/cc-debian12:nonroot AS runtime
ENV RFP_LOG_FORMAT=json \
    RFP_DATA_DIR=/data
COPY --from=builder --chown=65532:65532 /out/data /data
# distroless's `nonroot` user, by number so that orchestrators can verify it is not root.
USER 65532:65532

FROM runtime AS api
COPY --from=builder /out/rfp-api /usr/local/bin/rfp-api
ENV RFP_LISTEN_ADDR=0.0.0.0:8080
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=5s --start-period=10s --retries=3 \
    CMD ["/usr/local/bin/rfp-api", "healthcheck"]
ENTRYPOINT ["/usr/local/bin/rfp-api"]
CMD ["serve"]

FROM runtime AS worker
COPY --from=builder /out/rfp-worker /usr/local/bin/rfp-worker
ENV RFP_WORKER_HEALTH_ADDR=0.0.0.0:9090
EXPOSE 9090
HEALTHCHECK --interval=10s --timeout=5s --start-period=10s --retries=3 \
    CMD ["/usr/local/bin/rfp-worker", "healthcheck"]
ENTRYPOINT ["/usr/local/bin/rfp-worker"]
CMD ["run"]

FROM runtime AS fake-bedrock
COPY --from=builder /out/rfp-fake-bedrock /usr/local/bin/rfp-fake-bedrock
EXPOSE 4010
ENTRYPOINT ["/usr/local/bin/rfp-fake-bedrock"]
CMD ["0.0.0.0:4010"]

FROM runtime AS fake-openai
COPY --from=builder /out/rfp-fake-openai /usr/local/bin/rfp-fake-openai
EXPOSE 4011
ENTRYPOINT ["/usr/local/bin/rfp-fake-openai"]
CMD ["0.0.0.0:4011"]

# The OCR variant (RFP_OCR=tesseract): Debian's Tesseract with the languages of the
# service (English, French, Spanish, Portuguese, Italian, German) and poppler's
# renderer, on debian:bookworm-slim, since they need a shell-less but full userland
# (distroless has no package manager). Same user, data folder and entry points.
FROM docker.io/library/debian:bookworm-slim AS runtime-ocr
# Not pinned to versions (DL3008): the archive keeps only a suite's current version,
# so a pin would break the build at the next security update; the release is bookworm.
# hadolint ignore=DL3008
RUN set -eux; \
    apt-get update; \
    apt-get install -y --no-install-recommends ca-certificates poppler-utils tesseract-ocr \
        tesseract-ocr-eng tesseract-ocr-fra tesseract-ocr-spa tesseract-ocr-por \
        tesseract-ocr-ita tesseract-ocr-deu; \
    rm -rf /var/lib/apt/lists/*
ENV RFP_LOG_FORMAT=json \
    RFP_DATA_DIR=/data \
    RFP_OCR=tesseract \
    RFP_OCR_LANGUAGES=eng+fra+spa+por+ita+deu
COPY --from=builder --chown=65532:65532 /out/data /data
USER 65532:65532

FROM runtime-ocr AS worker-ocr
COPY --from=builder /out/rfp-worker /usr/local/bin/rfp-worker
ENV RFP_WORKER_HEALTH_ADDR=0.0.0.0:9090
EXPOSE 9090
HEALTHCHECK --interval=10s --timeout=5s --start-period=10s --retries=3 \
    CMD ["/usr/local/bin/rfp-worker", "healthcheck"]
ENTRYPOINT ["/usr/local/bin/rfp-worker"]
CMD ["run"]

# The API with its embedded worker reading scans: the no-cloud deployment.
FROM runtime-ocr AS api-ocr
COPY --from=builder /out/rfp-api /usr/local/bin/rfp-api
ENV RFP_LISTEN_ADDR=0.0.0.0:8080
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=5s --start-period=10s --retries=3 \
    CMD ["/usr/local/bin/rfp-api", "healthcheck"]
ENTRYPOINT ["/usr/local/bin/rfp-api"]
CMD ["serve"]
