-- mtrs session schema, version 2.
-- Where a peer was last seen in a message (chat space and id, message id): what a peer
-- known only by a min access hash needs to be named (inputPeerUserFromMessage). All three
-- are NULL or none is.
ALTER TABLE peer ADD COLUMN seen_space INTEGER;
ALTER TABLE peer ADD COLUMN seen_id INTEGER;
ALTER TABLE peer ADD COLUMN seen_msg INTEGER;

-- peer_username is now exact: each upsert that sets a peer's usernames deletes the
-- peer's other rows, found through this index. Stale rows of version 1 are dropped.
CREATE INDEX peer_username_by_peer ON peer_username (space, id);
DELETE FROM peer_username
WHERE NOT EXISTS (
    SELECT 1 FROM peer AS p
    WHERE p.space = peer_username.space AND p.id = peer_username.id
      AND instr(char(31) || p.usernames || char(31), char(31) || peer_username.username || char(31)) > 0
);
