-- mtrs PostgreSQL session schema, version 2. Runs with search_path set to the namespace.
-- Where a peer was last seen in a message (chat space and id, message id): what a peer
-- known only by a min access hash needs to be named (inputPeerUserFromMessage). All three
-- are NULL or none is.
ALTER TABLE peer ADD COLUMN seen_space SMALLINT;
ALTER TABLE peer ADD COLUMN seen_id BIGINT;
ALTER TABLE peer ADD COLUMN seen_msg INTEGER;

-- peer_username is now exact: each upsert that sets a peer's usernames deletes the
-- peer's other rows, found through this index. Stale rows of version 1 are dropped.
CREATE INDEX peer_username_by_peer ON peer_username (name, space, id);
DELETE FROM peer_username AS u
WHERE NOT EXISTS (
    SELECT 1 FROM peer AS p
    WHERE p.name = u.name AND p.space = u.space AND p.id = u.id
      AND position(chr(31) || u.username || chr(31) IN chr(31) || p.usernames || chr(31)) > 0
);
