#!/usr/bin/env bash
# Validates docker-compose.yml with `docker compose config` (no daemon needed). Machines without
# the compose plugin get it built from the Go module proxy into .tools/docker (once).
set -euo pipefail
cd "$(dirname "$0")/.."
COMPOSE_VERSION=v2.40.3
if ! docker compose version >/dev/null 2>&1; then
  export DOCKER_CONFIG="$PWD/.tools/docker"
  plugin="$DOCKER_CONFIG/cli-plugins/docker-compose"
  if [ ! -x "$plugin" ]; then
    echo "compose: building the docker compose plugin $COMPOSE_VERSION from the Go module proxy"
    dir=$(go mod download -json "github.com/docker/compose/v2@$COMPOSE_VERSION" | python3 -c 'import json,sys; print(json.load(sys.stdin)["Dir"])')
    work=$(mktemp -d)
    cp -r "$dir/." "$work" && chmod -R u+w "$work"
    mkdir -p "$(dirname "$plugin")"
    (cd "$work" && go build -o "$plugin" ./cmd)
    rm -rf "$work"
  fi
fi
# The compose file requires NEO4J_PASSWORD (no default password); a placeholder lets the check run.
NEO4J_PASSWORD="${NEO4J_PASSWORD:-compose-check-placeholder}" docker compose config -q
echo "compose: docker-compose.yml is valid ($(docker compose version --short 2>/dev/null || echo plugin))"
