#!/bin/sh
# Run by the postgres image once, on a new data volume: the application's role, the schema owner (which runs the
# migrations and owns the audit schema; a member of the application's role, never the other way round) and the
# database, owned by the schema owner. Neither role is a superuser, so that the audit schema's privileges hold.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
  -v app_password="$SHOKUBA_DB_PASSWORD" -v owner_password="$SHOKUBA_DB_OWNER_PASSWORD" <<'SQL'
CREATE ROLE shokuba LOGIN NOSUPERUSER PASSWORD :'app_password';
CREATE ROLE shokuba_owner LOGIN NOSUPERUSER PASSWORD :'owner_password';
GRANT shokuba TO shokuba_owner;
CREATE DATABASE shokuba OWNER shokuba_owner ENCODING 'UTF8' TEMPLATE template0;
SQL
