-- A session left idle inside a transaction (a client that stopped reading, a hung process) holds its
-- locks, its snapshot and a connection until someone ends it. The role the services connect as now
-- ends such a session after 60 s, for every session it opens, from a pool or from psql.
-- CURRENT_USER is the role of DATABASE_URL: the migrate Job runs with the services' database secret.
-- An ordinary role may set its own defaults, so no superuser is needed. The pools also send the same
-- limit with every connection (packages/db/src/pool.ts), since a role default does not follow a
-- change of role and pg_dump of one database does not carry it.
ALTER ROLE CURRENT_USER SET idle_in_transaction_session_timeout = '60s';
