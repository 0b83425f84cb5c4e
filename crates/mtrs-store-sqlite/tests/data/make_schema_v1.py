"""Writes tests/data/schema_v1.session: an mtrs session at schema version 1.

Built with Python's sqlite3 straight from migrations/001_initial.sql, independently of the
Rust code, so the test that opens it checks the store against the schema as documented.
Run from the crate directory: python3 tests/data/make_schema_v1.py
"""
import os
import sqlite3
import struct

out = "tests/data/schema_v1.session"
if os.path.exists(out):
    os.remove(out)
conn = sqlite3.connect(out)
conn.executescript(open("migrations/001_initial.sql").read())
conn.execute("PRAGMA user_version = 1")
conn.execute("PRAGMA application_id = %d" % 0x6D747273)
conn.execute(
    "INSERT INTO session (id, home_dc, user_id, bot, first_name, last_name, username,"
    " test_mode, api_id, takeout_id, pts, qts, state_date, seq)"
    " VALUES (0, 2, 6100200300, 0, 'Fixture', NULL, 'fixture_user', 0, 12345, NULL,"
    " 4242, 1, 1700000000, 9)"
)
key = bytes(range(256))
salt = struct.pack("<qqq", 0x0102030405060708, 1700000000, 1700001800)
conn.execute(
    "INSERT INTO dc VALUES (2, '149.154.167.51', 443, ?, NULL, NULL, x'', -3, 0)", (key,)
)
conn.execute(
    "INSERT INTO dc VALUES (4, '149.154.167.91', 443, ?, NULL, NULL, ?, 0, 1)",
    (bytes(reversed(key)), salt),
)
conn.execute("INSERT INTO dc_option VALUES (0, 4, '149.154.167.92', 443, 2, NULL)")
conn.execute("INSERT INTO channel_state VALUES (1234567890, 55)")
sep = "\x1f"
conn.execute(
    "INSERT INTO peer VALUES (2, 1234567890, 3, -77, 0, 'fixturechan', NULL, 1700000000)"
)
conn.execute(
    "INSERT INTO peer VALUES (0, 777, 0, 5555, 0, ?, '15550100', 1700000001)",
    ("first_name" + sep + "second_name",),
)
conn.execute("INSERT INTO peer_username VALUES ('fixturechan', 2, 1234567890)")
conn.execute("INSERT INTO peer_username VALUES ('first_name', 0, 777)")
conn.execute("INSERT INTO peer_username VALUES ('second_name', 0, 777)")
# A stale row (the peer no longer has this name): lookups must ignore it.
conn.execute("INSERT INTO peer_username VALUES ('old_name', 0, 777)")
conn.commit()
conn.execute("PRAGMA journal_mode = DELETE")
conn.execute("VACUUM")
conn.close()
print("wrote", out, os.path.getsize(out), "bytes")
