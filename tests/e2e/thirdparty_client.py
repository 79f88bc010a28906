#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 RoomDeck contributors
"""A client that shares no code with RoomDeck: Python's urllib and the websocket-client library
(Debian python3-websocket). It starts the roomdeck-sim program, then follows only the public
protocol: read config.json from the web port, open the WebSocket, setUsedApiVersion, auth with
the PIN, and ask for the app state. Exit code 0 on success; a one-line reason otherwise.
Prints "N passed, M failed" so CI can count its checks."""

import json
import re
import subprocess
import sys
import urllib.error
import urllib.request

import websocket  # python3-websocket

SIM = sys.argv[1]
PIN = "4321"
checks = []


def check(name, ok, detail=""):
    checks.append((name, bool(ok)))
    print(("PASS   " if ok else "FAIL!  ") + name + (": " + detail if detail and not ok else ""))


def request(ws, payload):
    ws.send(json.dumps(payload))
    while True:
        frame = json.loads(ws.recv())
        if frame.get("method") != "event" and frame.get("requestId") == payload.get("requestId"):
            return frame


proc = subprocess.Popen([SIM, "--web-port", "0", "--wsport", "0", "--httpport", "0",
                         "--pin", PIN], stdout=subprocess.PIPE, text=True)
try:
    web_port = None
    for _ in range(10):
        line = proc.stdout.readline()
        m = re.search(r"web port (\d+)", line)
        if m:
            web_port = int(m.group(1))
            break
    check("roomdeck-sim prints its web port", web_port)

    url = "http://127.0.0.1:%d/public/default/config.json" % web_port
    with urllib.request.urlopen(url, timeout=5) as r:
        config = json.load(r)
    ws_port = config["config"]["websocket"]["port"]
    http_port = config["config"]["http"]["port"]
    check("config.json names the WebSocket and HTTP ports",
          isinstance(ws_port, int) and isinstance(http_port, int))

    try:
        urllib.request.urlopen("http://127.0.0.1:%d/public/other/config.json" % web_port, timeout=5)
        check("unknown instance is 404", False)
    except urllib.error.HTTPError as e:
        check("unknown instance is 404", e.code == 404, str(e.code))

    ws = websocket.create_connection("ws://127.0.0.1:%d" % ws_port, timeout=5)
    reply = request(ws, {"method": "getAppState", "requestId": "early"})
    check("commands before auth are refused",
          reply["result"] is False and reply["error"] == "Not authorized", json.dumps(reply))

    reply = request(ws, {"method": "setUsedApiVersion", "requestId": "1", "version": "1"})
    check("setUsedApiVersion 1 accepted", reply["result"] is True, json.dumps(reply))

    reply = request(ws, {"method": "auth", "requestId": "2", "type": "secured",
                         "credentials": "0000"})
    check("wrong PIN refused with resultCode 3",
          reply["result"] is False and reply.get("resultCode") == 3, json.dumps(reply))

    reply = request(ws, {"method": "auth", "requestId": "3", "type": "secured",
                         "credentials": PIN})
    check("PIN accepted", reply["result"] is True and reply.get("resultCode") == 0, json.dumps(reply))
    check("auth issues a token and an HTTP token",
          reply.get("token") and reply.get("tokenForHttpServer"))

    reply = request(ws, {"method": "getAppState", "requestId": 4})
    check("getAppState answers with appState and the HTTP port",
          reply["result"] is True and reply["appState"] == 3
          and reply["embeddedHttpPort"] == http_port and reply["requestId"] == 4,
          json.dumps(reply))

    ws.send("this is not json")
    frame = json.loads(ws.recv())
    check("malformed frame answered with Invalid JSON",
          frame == {"method": "", "requestId": "", "result": False, "error": "Invalid JSON"},
          json.dumps(frame))
    ws.close()
finally:
    proc.terminate()
    try:
        proc.wait(timeout=5)
    except subprocess.TimeoutExpired:
        proc.kill()

failed = sum(1 for _, ok in checks if not ok)
print("%d passed, %d failed" % (len(checks) - failed, failed))
sys.exit(1 if failed or proc.returncode not in (0, -15) else 0)
