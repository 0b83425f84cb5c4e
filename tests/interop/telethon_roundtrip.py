"""Telethon against mtrs-testdc, through Telethon's public API only.

Usage: telethon_roundtrip.py CONFIG.json PHASE

CONFIG.json (written by the Rust test `interop` of mtrs-testdc):
  dcs            [{"id", "ip", "port"}], the cluster's main listeners
  start_dc       the DC the first connection goes to (the bot lives elsewhere)
  rsa_public_key_pem, bot_token, bot_id, api_id, api_hash
  username       a username to resolve, with "username_id" its user id
  file           {"id", "access_hash", "file_reference" (hex), "dc_id", "size"}
  session        path of the Telethon SQLite session file
  download_to    where to write the downloaded file
  transports     {PHASE: "full" | "abridged" | "intermediate" | "obfuscated"} (optional;
                 default "full")

PHASE:
  login   connect to start_dc, sign in as the bot (USER_MIGRATE to its home DC), get_me,
          resolve the username, download the file (FILE_MIGRATE to its DC), disconnect
  resume  open the saved session without updates (receive_updates=False), check it is
          authorized, get_me, resolve, ping (inside invokeWithoutUpdates), disconnect;
          with "pin_dc_address": true the session's DC is pointed at the test DC's
          listener first (for sessions converted from formats without addresses)
  legacy  a fresh session whose server key is registered as `old` (the older RSA
          scheme): connect to start_dc and call help.getNearestDc
  user    a fresh session signs in a user: send_code_request for "phone", sign_in with
          "code", and with "password" when the account asks for it; get_me is "user_id"

Prints one JSON object on stdout; exits non-zero on any failure.
"""

import asyncio
import json
import sys

from telethon import TelegramClient, functions, types
from telethon.crypto import rsa as telethon_rsa
from telethon.network import connection as conns
from telethon.sessions import SQLiteSession

TRANSPORTS = {
    "full": conns.ConnectionTcpFull,
    "abridged": conns.ConnectionTcpAbridged,
    "intermediate": conns.ConnectionTcpIntermediate,
    "obfuscated": conns.ConnectionTcpObfuscated,
}


def make_client(cfg, session_path, phase, receive_updates=True):
    transport = cfg.get("transports", {}).get(phase, "full")
    return TelegramClient(
        SQLiteSession(session_path),
        cfg["api_id"],
        cfg["api_hash"],
        receive_updates=receive_updates,
        connection=TRANSPORTS[transport],
        connection_retries=1,
        retry_delay=0,
        request_retries=3,
        timeout=20,
    )


def dc_of(cfg, dc_id):
    return next(d for d in cfg["dcs"] if d["id"] == dc_id)


async def login(cfg):
    client = make_client(cfg, cfg["session"], "login")
    start = dc_of(cfg, cfg["start_dc"])
    client.session.set_dc(start["id"], start["ip"], start["port"])
    await client.start(bot_token=cfg["bot_token"])
    me = await client.get_me()
    assert me.id == cfg["bot_id"] and me.bot, me
    home_dc = client.session.dc_id
    entity = await client.get_entity(cfg["username"])
    assert entity.id == cfg["username_id"], entity
    f = cfg["file"]
    location = types.InputDocumentFileLocation(
        id=f["id"],
        access_hash=f["access_hash"],
        file_reference=bytes.fromhex(f["file_reference"]),
        thumb_size="",
    )
    data = await client.download_file(location, file=bytes, file_size=f["size"])
    with open(cfg["download_to"], "wb") as out:
        out.write(data)
    await client.disconnect()
    return {"me": me.id, "home_dc": home_dc, "resolved": entity.id, "downloaded": len(data)}


async def resume(cfg):
    # Without updates, Telethon wraps every call in invokeWithoutUpdates, ping included.
    client = make_client(cfg, cfg["session"], "resume", receive_updates=False)
    if cfg.get("pin_dc_address"):
        # A session converted from a format without addresses names Telegram's; point its
        # DC at the test DC's listener (public API).
        d = dc_of(cfg, client.session.dc_id)
        client.session.set_dc(d["id"], d["ip"], d["port"])
    await client.connect()
    assert await client.is_user_authorized(), "saved session is not authorized"
    me = await client.get_me()
    assert me.id == cfg["bot_id"], me
    entity = await client.get_entity(cfg["username"])
    assert entity.id == cfg["username_id"], entity
    pong = await client(functions.PingRequest(ping_id=4242))
    assert pong.ping_id == 4242, pong
    dc = client.session.dc_id
    await client.disconnect()
    return {"me": me.id, "home_dc": dc, "resolved": entity.id, "ping": pong.ping_id}


async def user(cfg):
    # A user account: code login (PHONE_MIGRATE to the number's DC), and the 2FA password
    # through SRP when the account has one.
    from telethon.errors import SessionPasswordNeededError

    client = make_client(cfg, cfg["session"], "user")
    start = dc_of(cfg, cfg["start_dc"])
    client.session.set_dc(start["id"], start["ip"], start["port"])
    await client.connect()
    await client.send_code_request(cfg["phone"])
    try:
        await client.sign_in(cfg["phone"], cfg["code"])
    except SessionPasswordNeededError:
        await client.sign_in(password=cfg["password"])
    me = await client.get_me()
    assert me.id == cfg["user_id"] and not me.bot, me
    dc = client.session.dc_id
    await client.disconnect()
    return {"me": me.id, "home_dc": dc}


async def legacy(cfg):
    client = make_client(cfg, cfg["session"] + ".legacy", "legacy")
    start = dc_of(cfg, cfg["start_dc"])
    client.session.set_dc(start["id"], start["ip"], start["port"])
    await client.connect()
    nearest = await client(functions.help.GetNearestDcRequest())
    await client.disconnect()
    return {"this_dc": nearest.this_dc}


async def main():
    with open(sys.argv[1]) as fh:
        cfg = json.load(fh)
    phase = sys.argv[2]
    telethon_rsa.add_key(cfg["rsa_public_key_pem"], old=(phase == "legacy"))
    phases = {"login": login, "resume": resume, "legacy": legacy, "user": user}
    result = await phases[phase](cfg)
    print(json.dumps(result))


if __name__ == "__main__":
    asyncio.run(main())
