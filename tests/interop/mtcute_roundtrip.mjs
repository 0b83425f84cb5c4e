// mtcute (@mtcute/node 0.30.3, layer 227) against mtrs-testdc, through its public API.
//
// Usage: node mtcute_roundtrip.mjs CONFIG.json PHASE   (run from a folder whose
// node_modules has @mtcute/node, or with MTRS_MTCUTE_ROOT pointing at one)
//
// CONFIG.json as for gramjs_roundtrip.js. PHASE:
//   login   in-memory storage, default DC = start_dc: sign in as the bot (USER_MIGRATE to
//           its home DC), getMe, resolve the username, download the file from its DC,
//           export the session string to string_out
//   resume  import the saved string: getMe, resolve
//
// Configured, not patched: the default DC (defaultDcs) and the test DC's RSA key
// (addPublicKey). Prints one JSON object.

import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";

const root = process.env.MTRS_MTCUTE_ROOT || process.cwd();
const require = createRequire(pathToFileURL(root + "/").href);
// The ES module builds (require.resolve names the CommonJS ones beside them).
const esm = (name) => import(pathToFileURL(require.resolve(name).replace(/\.cjs$/, ".js")).href);
const mtcute = await esm("@mtcute/node");
const utils = await esm("@mtcute/core/utils.js");
const { TelegramClient, MemoryStorage, FileLocation } = mtcute;
// mtcute's TL longs are `long` package values.
const Long = require("long");

const cfg = JSON.parse(readFileSync(process.argv[2], "utf8"));
const phase = process.argv[3];

function client() {
  const start = cfg.dcs.find((d) => d.id === cfg.start_dc);
  const dc = { id: start.id, ipAddress: start.ip, port: start.port };
  const tg = new TelegramClient({
    apiId: cfg.api_id,
    apiHash: cfg.api_hash,
    storage: new MemoryStorage(),
    defaultDcs: { main: dc, media: { ...dc, mediaOnly: true } },
    logLevel: Number(process.env.MTCUTE_LOG || 1),
  });
  // Reading a PEM key only hashes it (SHA-1 for the fingerprint).
  const sha1 = { sha1: (data) => new Uint8Array(createHash("sha1").update(data).digest()) };
  utils.addPublicKey(sha1, cfg.rsa_public_key_pem);
  return tg;
}

async function login() {
  const tg = client();
  await tg.start({ botToken: cfg.bot_token });
  const me = await tg.getMe();
  if (me.id !== cfg.bot_id || !me.isBot) throw new Error("getMe: " + me.id);
  const user = await tg.getUser(cfg.username);
  const f = cfg.file;
  const location = new FileLocation(
    {
      _: "inputDocumentFileLocation",
      id: Long.fromString(String(f.id)),
      accessHash: Long.fromString(String(f.access_hash)),
      fileReference: Buffer.from(f.file_reference, "hex"),
      thumbSize: "",
    },
    f.size,
    f.dc_id,
  );
  const data = await tg.downloadAsBuffer(location);
  const sha256 = createHash("sha256").update(data).digest("hex");
  writeFileSync(cfg.string_out, await tg.exportSession());
  const homeDc = await tg.getPrimaryDcId();
  await tg.destroy();
  return { me: me.id, home_dc: homeDc, resolved: user.id, sha256 };
}

async function resume() {
  const tg = client();
  await tg.importSession(readFileSync(cfg.string_out, "utf8").trim(), true);
  await tg.connect();
  const me = await tg.getMe();
  const user = await tg.getUser(cfg.username);
  const homeDc = await tg.getPrimaryDcId();
  await tg.destroy();
  return { me: me.id, home_dc: homeDc, resolved: user.id };
}

const result = await { login, resume }[phase]();
process.stdout.write(JSON.stringify(result) + "\n");
process.exit(0);
