#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 RoomDeck contributors
"""A client that shares no code with RoomDeck: Python's urllib and the websocket-client library
(Debian python3-websocket). It starts the roomdeck-sim program, then follows only the public
protocol: read config.json from the web port, open the WebSocket, setUsedApiVersion, auth with
the PIN, and ask for the app state. A second room starts logged out and is driven the way
TrueConf's own example page and Python client do it (no requestId, auth without a role,
connectToServer, login, call, wait for conferenceCreated, hangUp with forAll).
Exit code 0 on success; a one-line reason otherwise.
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


def start_sim(*extra):
    proc = subprocess.Popen([SIM, "--web-port", "0", "--wsport", "0", "--httpport", "0"]
                            + list(extra), stdout=subprocess.PIPE, text=True)
    for _ in range(10):
        line = proc.stdout.readline()
        m = re.search(r"web port (\d+)", line)
        if m:
            return proc, int(m.group(1))
    return proc, None


def stop_sim(proc):
    proc.terminate()
    try:
        proc.wait(timeout=5)
    except subprocess.TimeoutExpired:
        proc.kill()


def next_frame(ws, accept, limit=40):
    """The next frame accept() likes, skipping others; None when none comes."""
    for _ in range(limit):
        try:
            frame = json.loads(ws.recv())
        except websocket.WebSocketTimeoutException:
            return None
        if accept(frame):
            return frame
    return None


def event(name, **fields):
    return lambda f: (f.get("method") == "event" and f.get("event") == name
                      and all(f.get(k) == v for k, v in fields.items()))


def reply_to(method):
    return lambda f: f.get("method") == method and "requestId" in f


def example_page_flow():
    proc, web_port = start_sim("--logged-out", "--server-delay", "50", "--ring-delay", "200")
    try:
        with urllib.request.urlopen("http://127.0.0.1:%d/public/default/config.json" % web_port,
                                    timeout=5) as r:
            ws_port = json.load(r)["config"]["websocket"]["port"]
        ws = websocket.create_connection("ws://127.0.0.1:%d" % ws_port, timeout=5)
        ws.send(json.dumps({"method": "setUsedApiVersion", "version": "1"}))
        frame = next_frame(ws, reply_to("setUsedApiVersion"))
        check("setUsedApiVersion without requestId is answered with requestId \"\"",
              frame and frame["result"] is True and frame["requestId"] == "", json.dumps(frame))
        ws.send(json.dumps({"method": "auth", "type": "unsecured"}))
        frame = next_frame(ws, reply_to("auth"))
        check("auth without a role succeeds (previleges sic)",
              frame and frame["result"] is True and frame.get("previleges") == 2, json.dumps(frame))
        for method in ("getAppState", "getSettings", "getSystemInfo", "getMonitorsInfo"):
            ws.send(json.dumps({"method": method}))
        frame = next_frame(ws, reply_to("getAppState"))
        check("a logged-out room reports appState 0", frame and frame["appState"] == 0,
              json.dumps(frame))

        ws.send(json.dumps({"method": "connectToServer", "server": "sim.trueconf.local",
                            "port": 4307}))
        frame = next_frame(ws, event("serverConnected"))
        check("connectToServer -> serverConnected", frame and frame["server"] == "sim.trueconf.local",
              json.dumps(frame))
        check("then appState 2 (login needed)",
              next_frame(ws, event("appStateChanged", appState=2)) is not None)

        ws.send(json.dumps({"method": "login", "login": "room101", "password": "room101",
                            "encryptPassword": True}))
        frame = next_frame(ws, event("login"))
        check("login -> login event with result 0",
              frame and frame["result"] == 0 and frame["peerId"].startswith("room101@"),
              json.dumps(frame))
        check("then appState 3", next_frame(ws, event("appStateChanged", appState=3)) is not None)

        ws.send(json.dumps({"method": "call", "peerId": "echotest@trueconf.com"}))
        frame = next_frame(ws, event("inviteSent"))
        check("call -> inviteSent", frame and frame["peerId"] == "echotest@trueconf.com",
              json.dumps(frame))
        created = next_frame(ws, event("conferenceCreated"))
        check("the callee answers: conferenceCreated",
              created and created["confType"] == 0 and created["peerId"] == "echotest@trueconf.com",
              json.dumps(created))
        check("then appState 5", next_frame(ws, event("appStateChanged", appState=5)) is not None)
        ws.send(json.dumps({"method": "getConferences"}))
        frame = next_frame(ws, reply_to("getConferences"))
        check("getConferences names the call",
              frame and created and frame.get("confId") == created["confId"]
              and frame.get("type") == "p2p", json.dumps(frame))

        ws.send(json.dumps({"method": "hangUp", "forAll": False}))
        check("hangUp -> appState 6", next_frame(ws, event("appStateChanged", appState=6)) is not None)
        frame = next_frame(ws, event("conferenceDeleted"))
        check("conferenceDeleted", frame and created and frame["confId"] == created["confId"],
              json.dumps(frame))
        check("back to appState 3", next_frame(ws, event("appStateChanged", appState=3)) is not None)

        ws.send(json.dumps({"method": "call", "peerId": "busy.bob@sim.trueconf.local"}))
        frame = next_frame(ws, event("rejectReceived"))
        check("calling busy* is refused with cause 2", frame and frame["cause"] == 2,
              json.dumps(frame))
        ws.close()
    finally:
        stop_sim(proc)


proc, web_port = start_sim("--pin", PIN)
try:
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
    stop_sim(proc)

example_page_flow()

failed = sum(1 for _, ok in checks if not ok)
print("%d passed, %d failed" % (len(checks) - failed, failed))
sys.exit(1 if failed or proc.returncode not in (0, -15) else 0)
