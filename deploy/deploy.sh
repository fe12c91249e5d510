#!/usr/bin/env bash
# Builds the images, pushes them to ECR and deploys deploy/template.yaml.
# Never run from the machine this was written on (no Docker engine, no AWS account);
# Checked with ShellCheck in CI.
#
#   STACK=rfp-prod VPC_ID=vpc-… PRIVATE_SUBNETS=subnet-a,subnet-b PUBLIC_SUBNETS=subnet-c,subnet-d \
#   CERTIFICATE_ARN=arn:aws:acm:… deploy/deploy.sh
#
# Optional: AWS_REGION (default from the AWS CLI config), BEDROCK_MODEL_ID and
# BEDROCK_FOUNDATION_MODEL_ID, ALARM_TOPIC_ARN, WORKER_MIN_TASKS, WORKER_MAX_TASKS,
# TAG (default: the git commit).
set -euo pipefail
cd "$(dirname "$0")/.."

: "${STACK:?set STACK, the CloudFormation stack name}"
: "${VPC_ID:?set VPC_ID}"
: "${PRIVATE_SUBNETS:?set PRIVATE_SUBNETS (comma-separated subnet ids of the tasks)}"
: "${PUBLIC_SUBNETS:?set PUBLIC_SUBNETS (comma-separated subnet ids of the load balancer)}"
: "${CERTIFICATE_ARN:?set CERTIFICATE_ARN (ACM certificate of the HTTPS listener)}"
region="${AWS_REGION:-$(aws configure get region)}"
account="$(aws sts get-caller-identity --query Account --output text)"
tag="${TAG:-$(git rev-parse --short HEAD)}"
registry="$account.dkr.ecr.$region.amazonaws.com"

aws ecr get-login-password --region "$region" | docker login --username AWS --password-stdin "$registry"
# OCR=tesseract builds the worker with Tesseract (the worker-ocr target) and sets the
# stack's Ocr parameter; OCR=textract only sets the parameter.
for target in api worker; do
  repo="rfp-analyzer-$target"
  stage="$target"
  [ "$target" = worker ] && [ "${OCR:-}" = tesseract ] && stage=worker-ocr
  aws ecr describe-repositories --region "$region" --repository-names "$repo" >/dev/null 2>&1 \
    || aws ecr create-repository --region "$region" --repository-name "$repo" \
         --image-scanning-configuration scanOnPush=true --image-tag-mutability IMMUTABLE >/dev/null
  docker build --target "$stage" -t "$registry/$repo:$tag" .
  docker push "$registry/$repo:$tag"
done

params=(
  "VpcId=$VPC_ID"
  "PrivateSubnetIds=$PRIVATE_SUBNETS"
  "PublicSubnetIds=$PUBLIC_SUBNETS"
  "CertificateArn=$CERTIFICATE_ARN"
  "ApiImage=$registry/rfp-analyzer-api:$tag"
  "WorkerImage=$registry/rfp-analyzer-worker:$tag"
)
[ -n "${BEDROCK_MODEL_ID:-}" ] && params+=("BedrockModelId=$BEDROCK_MODEL_ID")
[ -n "${BEDROCK_FOUNDATION_MODEL_ID:-}" ] && params+=("BedrockFoundationModelId=$BEDROCK_FOUNDATION_MODEL_ID")
[ -n "${ALARM_TOPIC_ARN:-}" ] && params+=("AlarmTopicArn=$ALARM_TOPIC_ARN")
[ -n "${OCR:-}" ] && params+=("Ocr=$OCR")
# Authentication: a Cognito user pool (issuer + app client id) and/or API key hashes.
[ -n "${JWT_ISSUER:-}" ] && params+=("JwtIssuer=$JWT_ISSUER")
[ -n "${JWT_AUDIENCE:-}" ] && params+=("JwtAudience=$JWT_AUDIENCE")
[ -n "${API_KEYS:-}" ] && params+=("ApiKeys=$API_KEYS")
[ -n "${CORS_ORIGINS:-}" ] && params+=("CorsOrigins=$CORS_ORIGINS")
[ -n "${WORKER_MIN_TASKS:-}" ] && params+=("WorkerMinTasks=$WORKER_MIN_TASKS")
[ -n "${WORKER_MAX_TASKS:-}" ] && params+=("WorkerMaxTasks=$WORKER_MAX_TASKS")

aws cloudformation deploy --region "$region" --stack-name "$STACK" \
  --template-file deploy/template.yaml --capabilities CAPABILITY_IAM \
  --no-fail-on-empty-changeset --parameter-overrides "${params[@]}"
aws cloudformation describe-stacks --region "$region" --stack-name "$STACK" \
  --query 'Stacks[0].Outputs' --output table
