-- mtrs session schema, version 1.
-- One row: the snapshot's scalar fields and the account-wide update state.
CREATE TABLE session (
    id          INTEGER PRIMARY KEY CHECK (id = 0),
    home_dc     INTEGER NOT NULL,
    user_id     INTEGER,
    bot         INTEGER,
    first_name  TEXT,
    last_name   TEXT,
    username    TEXT,
    test_mode   INTEGER NOT NULL DEFAULT 0,
    api_id      INTEGER,
    takeout_id  INTEGER,
    pts         INTEGER,
    qts         INTEGER,
    state_date  INTEGER,
    seq         INTEGER
);

-- One row per known DC. server_salts: 24 bytes per salt (salt, valid_since, valid_until,
-- each i64 little endian).
CREATE TABLE dc (
    dc_id                  INTEGER PRIMARY KEY,
    address                TEXT,
    port                   INTEGER,
    auth_key               BLOB,
    temp_auth_key          BLOB,
    temp_expires_at        INTEGER,
    server_salts           BLOB NOT NULL,
    time_offset            INTEGER NOT NULL,
    authorization_imported INTEGER NOT NULL
);

-- help.getConfig dc_options, in order. flags: 1 ipv6, 2 media_only, 4 tcpo_only, 8 cdn,
-- 16 static, 32 this_port_only.
CREATE TABLE dc_option (
    position INTEGER PRIMARY KEY,
    dc_id    INTEGER NOT NULL,
    address  TEXT NOT NULL,
    port     INTEGER NOT NULL,
    flags    INTEGER NOT NULL,
    secret   BLOB
);

CREATE TABLE channel_state (
    channel_id INTEGER PRIMARY KEY,
    pts        INTEGER NOT NULL
);

-- The peer cache. space: 0 user, 1 chat, 2 channel. usernames: all of the peer's names
-- (normalised, the primary one first) joined by U+001F.
CREATE TABLE peer (
    space       INTEGER NOT NULL,
    id          INTEGER NOT NULL,
    kind        INTEGER NOT NULL,
    access_hash INTEGER NOT NULL,
    min         INTEGER NOT NULL,
    usernames   TEXT NOT NULL,
    phone       TEXT,
    updated_at  INTEGER NOT NULL,
    PRIMARY KEY (space, id)
) WITHOUT ROWID;
CREATE INDEX peer_by_phone ON peer (phone) WHERE phone IS NOT NULL;

-- Every username (primary or not) of every peer: a lookup is one search here plus one
-- primary-key search in peer. Rows are added as names are seen and never updated, so some
-- are stale (the peer was renamed, or another peer took the name): a lookup through this
-- table keeps only peers whose current usernames still contain the name. (No trigger
-- keeps it exact: a trigger on peer makes every upsert keep a statement journal, 1.5x
-- slower; and deleting a peer's old rows needs a second index on this table.)
CREATE TABLE peer_username (
    username TEXT NOT NULL,
    space    INTEGER NOT NULL,
    id       INTEGER NOT NULL,
    PRIMARY KEY (username, space, id)
) WITHOUT ROWID;
