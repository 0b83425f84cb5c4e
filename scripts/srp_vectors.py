#!/usr/bin/env python3
"""Known-answer vectors for Telegram's 2FA SRP check, made with Telethon's own code.

    python3 -m venv .venv && .venv/bin/pip install -r tests/interop/requirements.txt
    .venv/bin/python scripts/srp_vectors.py > crates/mtrs-crypto/tests/data/srp_telethon.json

The client side (x = PH2, v = g^x, A and M1) comes from `telethon.password`
(`compute_hash`, `compute_digest`, `compute_check`), with `os.urandom` inside that module
replaced by a function returning the vector's fixed secret `a`. The server side is the
formula of core.telegram.org/api/srp written out here in plain Python integers:
k = H(p | g), B = (k·v + g^b) mod p for a fixed secret `b`. Every input is derived from a
label with SHA256, so running the script again gives the same file.
"""

import hashlib
import json
import sys

import telethon
from telethon import password as tpw
from telethon.tl import types

P_HEX = (
    "c71caeb9c6b1c9048e6c522f70f13f73980d40238e3e21c14934d037563d930f"
    "48198a0aa7c14058229493d22530f4dbfa336f6e0ac925139543aed44cce7c37"
    "20fd51f69458705ac68cd4fe6b6b13abdc9746512969328454f18faf8c595f64"
    "2477fe96bb2a941d5bcd1d4ac8cc49880708fa9b378e3c4f3a9060bee67cf9a4"
    "a4a695811051907e162753b56b0f6b410dba74d8a84b2a14b3144e0ef1284754"
    "fd17ed950d5965b4b9dd46582db1178d169c6bc465b0d6ff9ca3928fef5b9ae4"
    "e418fc15e83ebea0f87fa9ff5eed70050ded2849f47bf959d956850ce929851f"
    "0d8115f635b105ee2e4e15d04b2454bf6f4fadf034b10403119cd8e3b92fcc5b"
)
P = bytes.fromhex(P_HEX)


def derive(label: str, n: int) -> bytes:
    out = b""
    i = 0
    while len(out) < n:
        out += hashlib.sha256(f"mtrs srp vector {label} {i}".encode()).digest()
        i += 1
    return out[:n]


def vector(name: str, password: str, g: int, salt1_len: int, salt2_len: int, srp_id: int):
    salt1 = derive(name + " salt1", salt1_len)
    salt2 = derive(name + " salt2", salt2_len)
    a = derive(name + " a", 256)
    b = derive(name + " b", 256)
    algo = types.PasswordKdfAlgoSHA256SHA256PBKDF2HMACSHA512iter100000SHA256ModPow(
        salt1=salt1, salt2=salt2, g=g, p=P
    )
    x = tpw.compute_hash(algo, password)
    v = tpw.compute_digest(algo, password)

    # Server side: B = (k·v + g^b) mod p.
    p = int.from_bytes(P, "big")
    k = int.from_bytes(hashlib.sha256(P + g.to_bytes(256, "big")).digest(), "big")
    big_b = (k * int.from_bytes(v, "big") + pow(g, int.from_bytes(b, "big"), p)) % p
    srp_b = big_b.to_bytes(256, "big")

    request = types.account.Password(
        has_recovery=False,
        has_secure_values=False,
        has_password=True,
        current_algo=algo,
        srp_B=srp_b,
        srp_id=srp_id,
        new_algo=types.PasswordKdfAlgoUnknown(),
        new_secure_algo=types.SecurePasswordKdfAlgoUnknown(),
        secure_random=b"",
    )
    original = tpw.os.urandom
    tpw.os.urandom = lambda n: a if n == 256 else original(n)
    try:
        check = tpw.compute_check(request, password)
    finally:
        tpw.os.urandom = original
    assert check.srp_id == srp_id
    return {
        "name": name,
        "password_utf8_hex": password.encode("utf-8").hex(),
        "g": g,
        "p": P.hex(),
        "salt1": salt1.hex(),
        "salt2": salt2.hex(),
        "srp_id": srp_id,
        "x": x.hex(),
        "v": v.hex(),
        "b": b.hex(),
        "srp_B": srp_b.hex(),
        "a": a.hex(),
        "A": check.A.hex(),
        "M1": check.M1.hex(),
    }


def main():
    vectors = [
        vector("ascii", "hunter2", 3, 40, 16, 1234567890123),
        vector("empty", "", 4, 40, 16, -1),
        vector("unicode", "пароль 🔑 ключ", 3, 40, 16, 0x7FFFFFFFFFFFFFFF),
        vector("long", "correct horse battery staple " * 8, 7, 72, 32, 42),
        vector("short-salts", "pw", 3, 8, 8, -9000000000000000000),
    ]
    doc = {
        "source": "scripts/srp_vectors.py with Telethon " + telethon.__version__
        + " (telethon.password.compute_hash / compute_digest / compute_check; "
        "os.urandom fixed to `a`); B = (k*v + g^b) mod p computed by the script",
        "vectors": vectors,
    }
    json.dump(doc, sys.stdout, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
