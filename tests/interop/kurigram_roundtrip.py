"""kurigram (Pyrogram's API) against mtrs-testdc, through its public API.

Usage: kurigram_roundtrip.py CONFIG.json PHASE

CONFIG.json (written by the Rust test `interop` of mtrs-testdc), as for
telethon_roundtrip.py: dcs [{"id", "ip", "port"}], start_dc, rsa_public_key_pem,
bot_token, bot_id, api_id, api_hash, username, username_id, file {...}, workdir,
string_out (where the login phase writes its exported session string).

PHASE:
  login   a new session starting on start_dc: sign in as the bot (USER_MIGRATE to its
          home DC), get_me, resolve the username, download the file from its DC (media
          session, exported authorization), export the session string, stop
  resume  start from the exported string in memory: get_me, resolve, stop

Only what cannot be configured is patched: Telegram's built-in addresses map to the test
DC's listeners and the test DC's RSA key is added to the known server keys. Prints one
JSON object on stdout; exits non-zero on any failure.
"""

import asyncio
import hashlib
import json
import logging
import struct
import sys

import rsa as pyrsa
from pyrogram import Client
from pyrogram.connection import connection as pyro_connection
from pyrogram.crypto import rsa as pyro_rsa
from pyrogram.file_id import FileId, FileType
from pyrogram.storage import sqlite_storage


def tl_bytes(data):
    """TL `bytes` serialization (length prefix, padding to 4)."""
    if len(data) < 254:
        out = bytes([len(data)]) + data
    else:
        out = b"\xfe" + len(data).to_bytes(3, "little") + data
    return out + b"\x00" * (-len(out) % 4)


def install_rsa_key(pem):
    key = pyrsa.PublicKey.load_pkcs1(pem.encode())
    n = key.n.to_bytes((key.n.bit_length() + 7) // 8, "big")
    e = key.e.to_bytes((key.e.bit_length() + 7) // 8, "big")
    digest = hashlib.sha1(tl_bytes(n) + tl_bytes(e)).digest()
    fingerprint = struct.unpack("<q", digest[-8:])[0]
    pyro_rsa.server_public_keys[fingerprint] = pyro_rsa.PublicKey(key.n, key.e)


def install_addresses(cfg):
    """Telegram's built-in DC addresses → the test DC's listeners."""
    by_id = {d["id"]: (d["ip"], d["port"]) for d in cfg["dcs"]}
    mapping = {}
    for table in (sqlite_storage.PROD, sqlite_storage.TEST):
        for dc_id, ip in table.items():
            if dc_id in by_id:
                mapping[ip] = by_id[dc_id]
    start = by_id[cfg["start_dc"]]
    # A new session starts at DC 2's built-in address: send it to start_dc instead.
    mapping["149.154.167.51"] = start
    mapping["149.154.167.40"] = start
    original = pyro_connection.Connection.__init__

    def init(self, dc_id, server_address, port, *args, **kwargs):
        if server_address in mapping:
            server_address, port = mapping[server_address]
        original(self, dc_id, server_address, port, *args, **kwargs)

    pyro_connection.Connection.__init__ = init


async def login(cfg):
    app = Client(
        "bot",
        api_id=cfg["api_id"],
        api_hash=cfg["api_hash"],
        bot_token=cfg["bot_token"],
        workdir=cfg["workdir"],
        no_updates=True,
    )
    await app.start()
    me = await app.get_me()
    assert me.id == cfg["bot_id"] and me.is_bot, me
    home_dc = await app.storage.dc_id()
    user = await app.get_users(cfg["username"])
    assert user.id == cfg["username_id"], user
    f = cfg["file"]
    file_id = FileId(
        file_type=FileType.DOCUMENT,
        dc_id=f["dc_id"],
        file_reference=bytes.fromhex(f["file_reference"]),
        media_id=f["id"],
        access_hash=f["access_hash"],
    ).encode()
    data = await app.download_media(file_id, in_memory=True)
    digest = hashlib.sha256(bytes(data.getbuffer())).hexdigest()
    string = await app.export_session_string()
    with open(cfg["string_out"], "w") as out:
        out.write(string)
    await app.stop()
    return {"me": me.id, "home_dc": home_dc, "resolved": user.id, "sha256": digest}


async def resume(cfg):
    with open(cfg["string_out"]) as f:
        string = f.read().strip()
    app = Client(
        "resumed",
        api_id=cfg["api_id"],
        api_hash=cfg["api_hash"],
        session_string=string,
        in_memory=True,
        no_updates=True,
    )
    await app.start()
    me = await app.get_me()
    assert me.id == cfg["bot_id"], me
    user = await app.get_users(cfg["username"])
    assert user.id == cfg["username_id"], user
    home_dc = await app.storage.dc_id()
    await app.stop()
    return {"me": me.id, "home_dc": home_dc, "resolved": user.id}


def main():
    logging.basicConfig(level=getattr(logging, __import__("os").environ.get("KURI_LOG", "WARNING")), stream=sys.stderr)
    cfg = json.load(open(sys.argv[1]))
    phase = sys.argv[2]
    install_rsa_key(cfg["rsa_public_key_pem"])
    install_addresses(cfg)
    result = asyncio.run({"login": login, "resume": resume}[phase](cfg))
    print(json.dumps(result))


if __name__ == "__main__":
    main()
