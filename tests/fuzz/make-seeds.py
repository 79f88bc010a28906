#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 RoomDeck contributors
#
# Writes the seed inputs of each fuzzer into corpus/<fuzzer>/seed-* from tests/data/codec,
# the method catalogue and a few hand-written inputs. Run it again after changing tests/data;
# inputs found by fuzzing (other names) are left alone.
import hashlib
import json
import pathlib

here = pathlib.Path(__file__).resolve().parent
root = here.parents[1]
frames = [f["frame"] for f in json.loads((root / "tests/data/codec/frames.json").read_text())]
ids = [i["id"] for i in json.loads((root / "tests/data/codec/ids.json").read_text())]
catalogue = json.loads((root / "src/core/protocol/room-api-catalogue.json").read_text())


def write(fuzzer, inputs):
    folder = here / "corpus" / fuzzer
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("seed-*"):
        old.unlink()
    for data in inputs:
        if isinstance(data, str):
            data = data.encode()
        name = "seed-" + hashlib.sha1(data).hexdigest()[:16]
        (folder / name).write_bytes(data)


def neutral(kind):
    kind = kind.split(" ")[0]
    return {"string": "x", "int": 1, "bool": True, "object": {}, "string[]": ["a"]}.get(kind, None)


requests = []
for entry in catalogue:
    if entry.get("kind") != "method":
        continue
    request = {"method": entry["name"], "requestId": "rd-1"}
    request.update({name: neutral(kind) for name, kind in entry["params"].items()})
    requests.append(json.dumps(request, ensure_ascii=False, separators=(",", ":")))

numbers = ['{"method":"x","requestId":1e300,"result":true}',
           '{"method":"x","requestId":-9.3e18,"result":true}',
           '{"method":"x","requestId":4.5,"result":false,"error":{"code":3}}',
           '{"method":"event","event":"login","result":1}',
           '{"method":"event","event":""}',
           '[[[[[[[[[[[[[[[[[[[[{}]]]]]]]]]]]]]]]]]]]]',
           '{"method":"a","s":"\\"[[[[[[[[[[[[[[[[[[[["}']
write("fuzz_codec", frames + numbers + requests[:40])
write("fuzz_ids", ids + ["\\c\\", "\\c\\a\\b", "#sip:", "#sip:@", "a@b/c/d", "a@b#vcs", "A@B/x"])
write("fuzz_roomaddress", [
    "192.168.1.20:8088", "10.0.0.1:88\nlobby", "[::1]:8088", "::1", "room-3.office.example:2233",
    "http://10.0.0.5:8088/?cfg=second", "http://10.1.1.1:88/public/third/config.json",
    "http://192.168.1.20:8088/4711ab", "http://op:s3cret@10.1.1.1:88/", "ws://op:s3cret@127.0.0.1:9000",
    "ws://10.0.0.9", "wss://10.0.0.1:8765", "10.0.0.1:99999", "10.0.0.1:0", "ftp://10.0.0.1",
    "http://h:1/?cfg=a%20b", "HTTP://room7/0042", "10.0.0.1:88\n../etc", "[fe80::1%eth0]:80"])
contacts = [
    '{"peerId":"alice@srv","peerDn":"Alice","status":1,"extStatus":0,"lastOnlineTime":0,'
    '"additionalStatus":"at lunch","isEditable":true}',
    '{"peerId":"bob","peerDn":"","status":2}',
    '[{"peerId":"bob@srv/inst","status":0},{"status":1,"extStatus":3},{"lastOnlineTime":1.7e9}]',
    '[{"peerId":"c"},{"lastOnlineTime":1e300},{"lastOnlineTime":-1e300},{"status":1e300}]',
    '[{"peerId":"c"},{"extStatus":-2147483649},{"status":2147483648},{"lastOnlineTime":9.3e18}]',
    '{"peerId":42,"peerDn":["x"]}',
    '[{"peerId":"Ünïcode@SRV"},{"peerDn":"Юля"}]']
write("fuzz_contact", contacts)
write("fuzz_redact", [
    "4711ab\0wrong PIN 4711AB (you sent 4711ab)",
    '\0{"method":"auth","type":"secured","credentials":"Pin-4711-Ümlaut","pin":"1"}',
    '{"method":"setPin","newPin":"9999","nested":{"token":"abc","accessToken":7,"key":[1,2]}}',
    '{"method":"x","list":[{"password":"p"},{"secret":null,"pin":false}]}',
    "s3cret\0ws://op:S3CRET@127.0.0.1:8765", "Straße\0STRASSE strasse straße",
    "pin-4711-ümlaut is not json"] + frames[:10])
write("fuzz_simchecks", requests + frames + [
    '{"method":"call","peerId":"\\\\c\\\\x"}', '{"method":"call","peerId":""}',
    '{"method":"setLogo","mode":2}', '{"method":"setLogo","mode":1e300}',
    '{"method":"toneDial","symbol":"12"}', '{"method":"createConference","confType":"role"}',
    '{"method":"acceptFile","id":2147483648}', '{"method":"acceptFile","id":-2147483648.0}',
    '{"method":"acceptFile","id":1.5}', '{"method":"acceptFile","id":1e-320}'])


def ws_frame(opcode, payload=b"", fin=True, rsv=0, masked=False):
    out = bytes([(0x80 if fin else 0) | (rsv << 4) | opcode])
    n = len(payload)
    mask = 0x80 if masked else 0
    if n < 126:
        out += bytes([mask | n])
    elif n < 65536:
        out += bytes([mask | 126]) + n.to_bytes(2, "big")
    else:
        out += bytes([mask | 127]) + n.to_bytes(8, "big")
    return out + (b"\0\0\0\0" if masked else b"") + payload


# fuzz_wsframes: a split byte, a limit byte, then the server's frames.
zhe = "Ж".encode()
write("fuzz_wsframes", [b"\x00\x10" + s for s in [
    ws_frame(1, frames[0].encode()),
    ws_frame(1, b"a" + zhe[:1], False) + ws_frame(9, b"p") + ws_frame(0, zhe[1:] + b"b"),
    ws_frame(2, b"bin") + ws_frame(10, b"42") + ws_frame(8, b"\x03\xe8bye"),
    ws_frame(1, b"x" * 300) + ws_frame(1, b"y" * 70000),
    ws_frame(1, b"caf\xc3\x28"), ws_frame(1, b"hi", masked=True), ws_frame(1, b"hi", rsv=4),
    ws_frame(5, b"?"), ws_frame(9, b"p", False), ws_frame(9, b"p" * 126), ws_frame(0, b"x"),
    ws_frame(1, b"a", False) + ws_frame(1, b"b"), ws_frame(8, b"\x03"),
    ws_frame(8, b"\x03\xed"), ws_frame(8, b"\x03\xe8\xc0\xaf"), ws_frame(8),
    b"\x81\x7f\x40\x00\x00\x00\x00\x00\x00\x00abc", b"\x81\x7f\x80\x00\x00\x00\x00\x00\x00\x01",
    "текст 😀".encode() ]] + [b"\x07\x00" + ws_frame(1, "Юля".encode() * 40, False) + ws_frame(0, b"!")])
