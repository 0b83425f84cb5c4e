// GramJS (npm `telegram`, layer 198) against mtrs-testdc, through its public API.
//
// Usage: node gramjs_roundtrip.js CONFIG.json PHASE   (NODE_PATH must reach `telegram`)
//
// CONFIG.json as for kurigram_roundtrip.py: dcs [{id, ip, port}], start_dc,
// rsa_public_key_pem, bot_token, bot_id, api_id, api_hash, username, username_id,
// file {id, access_hash, file_reference (hex), dc_id, size}, string_out.
//
// PHASE:
//   login   a new StringSession on start_dc: sign in as the bot (USER_MIGRATE to its home
//           DC), getMe, resolve the username, download the file from its DC, write the
//           session string to string_out
//   resume  the saved string: getMe, resolve
//
// Patched: the test DC's RSA key is added to the keys GramJS knows, and connections go to
// the port of the DC they name (see testDcConnection), and StringSession.save writes ports
// above 32767 (see below). Prints one JSON object.

"use strict";
const crypto = require("crypto");
const fs = require("fs");
const bigInt = require("big-integer");
const { TelegramClient, Api } = require("telegram");
const { StringSession } = require("telegram/sessions");
const RSA = require("telegram/crypto/RSA");
const { Logger, LogLevel } = require("telegram/extensions/Logger");
const { PromisedNetSockets } = require("telegram/extensions");
const { ConnectionTCPFull } = require("telegram/network");

function tlBytes(buf) {
  const head = buf.length < 254
    ? Buffer.from([buf.length])
    : Buffer.from([254, buf.length & 255, (buf.length >> 8) & 255, (buf.length >> 16) & 255]);
  const out = Buffer.concat([head, buf]);
  return Buffer.concat([out, Buffer.alloc((4 - (out.length % 4)) % 4)]);
}

function installKey(pem) {
  const jwk = crypto.createPublicKey(pem).export({ format: "jwk" });
  const n = Buffer.from(jwk.n, "base64url");
  const e = Buffer.from(jwk.e, "base64url");
  const digest = crypto.createHash("sha1").update(Buffer.concat([tlBytes(n), tlBytes(e)])).digest();
  const fingerprint = digest.subarray(12, 20).readBigInt64LE(0);
  RSA._serverKeys.set(fingerprint.toString(), {
    n: bigInt(BigInt("0x" + n.toString("hex")).toString()),
    e: Number(BigInt("0x" + e.toString("hex"))),
  });
}

// GramJS dials port 80 (443 with WSS) whatever the DC option says, as Telegram listens
// there; the test DC's listeners are on ephemeral ports, so its connections are pointed at
// the listener of the DC they name.
function testDcConnection(cfg) {
  const byId = new Map(cfg.dcs.map((d) => [d.id, d]));
  return class TestDcConnection extends ConnectionTCPFull {
    constructor(opts) {
      const d = byId.get(opts.dcId);
      super(d ? { ...opts, ip: d.ip, port: d.port } : opts);
    }
  };
}

// StringSession.save writes the port as a signed 16-bit number and throws above 32767 (the
// test DC's ephemeral ports); written as its two's complement it gives the same two bytes
// as the unsigned port, which is what a reader of the format sees.
const save = StringSession.prototype.save;
StringSession.prototype.save = function () {
  const port = this._port;
  if (port > 32767) this._port = port - 65536;
  try {
    return save.call(this);
  } finally {
    this._port = port;
  }
};

function client(cfg, session) {
  return new TelegramClient(new StringSession(session), cfg.api_id, cfg.api_hash, {
    connectionRetries: 1,
    requestRetries: 2,
    retryDelay: 0,
    useWSS: false,
    connection: testDcConnection(cfg),
    networkSocket: PromisedNetSockets,
    baseLogger: new Logger(process.env.GRAMJS_LOG || LogLevel.ERROR),
  });
}

async function login(cfg) {
  const c = client(cfg, "");
  const start = cfg.dcs.find((d) => d.id === cfg.start_dc);
  c.session.setDC(start.id, start.ip, start.port);
  await c.start({ botAuthToken: cfg.bot_token });
  const me = await c.getMe();
  if (Number(me.id) !== cfg.bot_id || !me.bot) throw new Error("getMe: " + me.id);
  const entity = await c.getEntity(cfg.username);
  const f = cfg.file;
  const data = await c.downloadFile(
    new Api.InputDocumentFileLocation({
      id: bigInt(String(f.id)),
      accessHash: bigInt(String(f.access_hash)),
      fileReference: Buffer.from(f.file_reference, "hex"),
      thumbSize: "",
    }),
    { dcId: f.dc_id, fileSize: bigInt(String(f.size)) },
  );
  const sha256 = crypto.createHash("sha256").update(data).digest("hex");
  fs.writeFileSync(cfg.string_out, c.session.save());
  const homeDc = c.session.dcId;
  await c.disconnect();
  return { me: Number(me.id), home_dc: homeDc, resolved: Number(entity.id), sha256 };
}

async function resume(cfg) {
  const c = client(cfg, fs.readFileSync(cfg.string_out, "utf8").trim());
  await c.connect();
  if (!(await c.isUserAuthorized())) throw new Error("resumed session is not authorized");
  const me = await c.getMe();
  const entity = await c.getEntity(cfg.username);
  const homeDc = c.session.dcId;
  await c.disconnect();
  return { me: Number(me.id), home_dc: homeDc, resolved: Number(entity.id) };
}

async function main() {
  const cfg = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
  installKey(cfg.rsa_public_key_pem);
  const phase = { login, resume }[process.argv[3]];
  const result = await phase(cfg);
  process.stdout.write(JSON.stringify(result) + "\n");
  process.exit(0);
}

main().catch((e) => {
  console.error(e && e.stack ? e.stack : e);
  process.exit(1);
});
