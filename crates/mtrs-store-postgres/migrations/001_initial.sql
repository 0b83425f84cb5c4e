-- mtrs PostgreSQL session schema, version 1. Runs with search_path set to the namespace.
-- Every table is keyed by the session name first: many sessions share one set of tables.

-- One row per session with a snapshot: its scalar fields and the account update state.
CREATE TABLE session (
    name        TEXT PRIMARY KEY,
    home_dc     INTEGER NOT NULL,
    user_id     BIGINT,
    bot         BOOLEAN,
    first_name  TEXT,
    last_name   TEXT,
    username    TEXT,
    test_mode   BOOLEAN NOT NULL DEFAULT FALSE,
    api_id      INTEGER,
    takeout_id  BIGINT,
    pts         INTEGER,
    qts         INTEGER,
    state_date  BIGINT,
    seq         INTEGER
);

-- One row per known DC of a session. server_salts: 24 bytes per salt (salt, valid_since,
-- valid_until, each i64 little endian), as in the SQLite store.
CREATE TABLE dc (
    name                   TEXT NOT NULL,
    dc_id                  INTEGER NOT NULL,
    address                TEXT,
    port                   INTEGER,
    auth_key               BYTEA,
    temp_auth_key          BYTEA,
    temp_expires_at        BIGINT,
    server_salts           BYTEA NOT NULL,
    time_offset            INTEGER NOT NULL,
    authorization_imported BOOLEAN NOT NULL,
    PRIMARY KEY (name, dc_id)
);

-- help.getConfig dc_options, in order. flags: 1 ipv6, 2 media_only, 4 tcpo_only, 8 cdn,
-- 16 static, 32 this_port_only.
CREATE TABLE dc_option (
    name     TEXT NOT NULL,
    position INTEGER NOT NULL,
    dc_id    INTEGER NOT NULL,
    address  TEXT NOT NULL,
    port     INTEGER NOT NULL,
    flags    INTEGER NOT NULL,
    secret   BYTEA,
    PRIMARY KEY (name, position)
);

CREATE TABLE channel_state (
    name       TEXT NOT NULL,
    channel_id BIGINT NOT NULL,
    pts        INTEGER NOT NULL,
    PRIMARY KEY (name, channel_id)
);

-- The peer cache. space: 0 user, 1 chat, 2 channel. usernames: all of the peer's names
-- (normalised, the primary one first) joined by U+001F.
CREATE TABLE peer (
    name        TEXT NOT NULL,
    space       SMALLINT NOT NULL,
    id          BIGINT NOT NULL,
    kind        SMALLINT NOT NULL,
    access_hash BIGINT NOT NULL,
    min         BOOLEAN NOT NULL,
    usernames   TEXT NOT NULL,
    phone       TEXT,
    updated_at  BIGINT NOT NULL,
    PRIMARY KEY (name, space, id)
);
CREATE INDEX peer_by_phone ON peer (name, phone) WHERE phone IS NOT NULL;

-- Every username a peer was seen with; rows are never updated, so a lookup keeps only
-- peers whose current usernames still contain the name (as in the SQLite store).
CREATE TABLE peer_username (
    name     TEXT NOT NULL,
    username TEXT NOT NULL,
    space    SMALLINT NOT NULL,
    id       BIGINT NOT NULL,
    PRIMARY KEY (name, username, space, id)
);

-- Who uses a session. A store takes the row at open (epoch + 1) and renews expires_at;
-- every write first takes a share lock on the row with its own epoch and an unexpired
-- lease, so a takeover (which updates the row) and a stale holder's write exclude each
-- other. last_used is set at open, at each renewal and at close.
CREATE TABLE lease (
    name        TEXT PRIMARY KEY,
    holder_host TEXT,
    holder_pid  INTEGER,
    instance    TEXT NOT NULL,
    epoch       BIGINT NOT NULL,
    expires_at  TIMESTAMPTZ NOT NULL,
    acquired_at TIMESTAMPTZ NOT NULL,
    last_used   TIMESTAMPTZ NOT NULL
);
