"""Telethon receives updates from mtrs-testdc, through Telethon's public API only.

Usage: telethon_updates.py CONFIG.json

CONFIG.json (written by the Rust test `interop_updates` of mtrs-testdc):
  dcs            [{"id", "ip", "port"}], the cluster's main listeners
  control        "host:port" of the cluster's control interface
  rsa_public_key_pem, bot_token, bot_id, api_id, api_hash
  bot_dc         the bot's home DC
  session        path of the Telethon SQLite session file
  senders        user ids that send the bot messages (through the control interface)

The script signs in as the bot and registers an `events.NewMessage` handler. Through the
control interface (`send_message`) it has a user send the bot a message, waits for the
handler to see it, and again from another user; it disconnects, has a message sent while
it is away, connects again with the same session and calls `catch_up()` (Telethon's
updates.getDifference) and waits for that message; a last one is sent while it is
connected again. Every message the handler saw is printed, once per call, as JSON:
{"received": [{"text", "id", "sender_id", "out"}], "injected": [{"text", "id", "pts"}]}.
Exits non-zero on any failure (a message not seen within 20 s).
"""

import asyncio
import json
import logging
import os
import socket
import sys

from telethon import TelegramClient, events
from telethon.crypto import rsa as telethon_rsa
from telethon.network import connection as conns
from telethon.sessions import SQLiteSession

WAIT = 20


class Control:
    """The test DC's control interface: JSON lines over TCP."""

    def __init__(self, address):
        host, port = address.rsplit(":", 1)
        self.sock = socket.create_connection((host, int(port)))
        self.lines = self.sock.makefile("rw", encoding="utf-8", newline="\n")

    def ask(self, **request):
        self.lines.write(json.dumps(request) + "\n")
        self.lines.flush()
        answer = json.loads(self.lines.readline())
        if not answer["ok"]:
            raise RuntimeError(answer["error"])
        return answer


def make_client(cfg, catch_up=False):
    # With catch_up, Telethon loads the update state saved in the session on connect and
    # fetches what it missed (updates.getDifference).
    return TelegramClient(
        SQLiteSession(cfg["session"]),
        cfg["api_id"],
        cfg["api_hash"],
        connection=conns.ConnectionTcpFull,
        connection_retries=1,
        retry_delay=0,
        request_retries=3,
        timeout=20,
        catch_up=catch_up,
    )


async def main():
    with open(sys.argv[1]) as fh:
        cfg = json.load(fh)
    if os.environ.get("MTRS_INTEROP_DEBUG"):
        logging.basicConfig(level=logging.DEBUG, stream=sys.stderr)
    telethon_rsa.add_key(cfg["rsa_public_key_pem"], old=False)
    control = Control(cfg["control"])
    received = []
    injected = []
    arrived = asyncio.Condition()

    async def on_message(event):
        received.append(
            {
                "text": event.raw_text,
                "id": event.id,
                "sender_id": event.sender_id,
                "out": event.out,
            }
        )
        async with arrived:
            arrived.notify_all()

    async def seen(text):
        async with arrived:
            await asyncio.wait_for(
                arrived.wait_for(lambda: any(r["text"] == text for r in received)), WAIT
            )

    def send(sender, text):
        answer = control.ask(cmd="send_message", to=cfg["bot_id"], text=text, **{"from": sender})
        injected.append({"text": text, "id": answer["id"], "pts": answer["pts"]})

    first, second = cfg["senders"][0], cfg["senders"][1]
    client = make_client(cfg)
    home = next(d for d in cfg["dcs"] if d["id"] == cfg["bot_dc"])
    client.session.set_dc(home["id"], home["ip"], home["port"])
    client.add_event_handler(on_message, events.NewMessage)
    await client.start(bot_token=cfg["bot_token"])
    me = await client.get_me()
    assert me.id == cfg["bot_id"] and me.bot, me
    # Make sure the update state is known before the first push.
    await client.catch_up()

    send(first, "live one")
    await seen("live one")
    send(second, "live two")
    await seen("live two")
    await client.disconnect()

    send(first, "while away")
    client = make_client(cfg, catch_up=True)
    client.add_event_handler(on_message, events.NewMessage)
    await client.connect()
    assert await client.is_user_authorized(), "the saved session is not authorized"
    await client.catch_up()
    await seen("while away")

    send(second, "back again")
    await seen("back again")
    # One more round trip: a duplicate of anything would have been handled by now.
    await client.catch_up()
    await client.get_me()
    await client.disconnect()
    print(json.dumps({"received": received, "injected": injected}))


if __name__ == "__main__":
    asyncio.run(main())
