#!/usr/bin/env bash
# Rewrites the golden files of the core tests (tests/data/graph/*.stages.json, tests/data/lint/*.after.Dockerfile) from the
# current build, after an intended change. Review `git diff tests/data` before committing:
# never bless output you have not read.
set -euo pipefail
cd "$(dirname "$0")/.."
STAGECRAFT_UPDATE_REFERENCES=1 ./dev test -R '^(graph|export|edit_operations|lint)$' "$@"
git --no-pager diff --stat -- tests/data || true
