#!/bin/sh
# The api stand-in: says which commit it was built from.
echo "dify-api stand-in, commit ${COMMIT_SHA:-unknown}, $(grep -v '^#' /app/api/.venv/lib/installed.txt)"
