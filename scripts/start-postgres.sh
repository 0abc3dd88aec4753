#!/usr/bin/env bash
# Install (Debian's package) and start a PostgreSQL server on loopback for the store tests,
# then print the URL the tests read from FLASHPOINT_TEST_PG_URL. Idempotent; needs root.
set -euo pipefail

if ! command -v pg_lsclusters >/dev/null 2>&1 || [ -z "$(ls /usr/lib/postgresql 2>/dev/null)" ]; then
  echo "installing PostgreSQL from Debian's packages" >&2
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
fi

version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -qx "$version main"; then
  pg_createcluster "$version" main >&2
fi
if ! pg_lsclusters -h | awk -v v="$version" '$1==v && $2=="main" {print $4}' | grep -qx online; then
  pg_ctlcluster "$version" main start >&2
fi
port=$(pg_lsclusters -h | awk -v v="$version" '$1==v && $2=="main" {print $3}')

# A login role and database of our own; created once, reused afterwards.
su postgres -c "psql -q -p $port -tAc \"SELECT 1 FROM pg_roles WHERE rolname='flashpoint'\"" | grep -q 1 ||
  su postgres -c "psql -q -p $port -c \"CREATE ROLE flashpoint LOGIN PASSWORD 'flashpoint' CREATEDB\"" >&2
su postgres -c "psql -q -p $port -tAc \"SELECT 1 FROM pg_database WHERE datname='flashpoint_test'\"" | grep -q 1 ||
  su postgres -c "psql -q -p $port -c \"CREATE DATABASE flashpoint_test OWNER flashpoint\"" >&2

echo "postgresql://flashpoint:flashpoint@127.0.0.1:$port/flashpoint_test"
