// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include <QMetaType>
#include <QString>
#include <QUrl>

//! Where a room is: the address shown on the room's screen (host and control-panel web port,
//! optionally an instance `-t NAME`), or an explicit `ws://HOST:PORT` that skips discovery.
struct RoomAddress
{
    static constexpr quint16 kDefaultWebPort = 80;
    static constexpr quint16 kDefaultWsPort = 8765;
    static constexpr quint16 kDefaultHttpPort = 8766;

    QString host;
    quint16 webPort = kDefaultWebPort;
    QString instance = QStringLiteral("default");
    QUrl wsOverride; //!< set for ws:// addresses: no config.json is read

    bool isValid() const { return !host.isEmpty(); }
    bool hasWsOverride() const { return wsOverride.isValid() && !wsOverride.isEmpty(); }

    //! http://HOST:WEBPORT/public/INSTANCE/config.json
    QUrl configUrl() const;
    //! ws://HOST:8765, the port rooms use unless it was busy at start-up.
    QUrl defaultWsUrl() const;
    //! A short form for display: "HOST:PORT", "HOST:PORT (instance NAME)" or the ws:// URL.
    QString displayText() const;
    //! "HOST:PORT" or the ws:// URL, never translated and without the instance: what the
    //! durable history keys a room by (the instance is kept beside it), the same in every
    //! language.
    QString keyText() const;

    //! Parses what an operator types: `HOST`, `HOST:PORT`, `[v6]:PORT`, `http://HOST:PORT/...`
    //! (an instance is taken from `cfg=NAME` or `/public/NAME/`), or `ws://HOST:PORT`.
    //! `instance` (when not empty) overrides the one in the text. Returns an invalid address and
    //! a readable `error` when the text is not an address.
    static RoomAddress parse(const QString &text, const QString &instance = {},
                             QString *error = nullptr);
    //! An instance name: 1-64 letters, digits, '.', '_' or '-'. (A
    //! roomdeck-agent gives each room one: its relayInstance, "Board-room" for "Board room".)
    static bool isValidInstance(const QString &name);
    //! A ws:// URL for an explicit WebSocket port.
    static RoomAddress fromWebSocketUrl(const QUrl &url);

    //! TrueConf's user link, `http://HOST:PORT/PIN` (what the QR code on a room's screen
    //! carries), split into the address and the PIN. `pin` is empty when `text` is no such link
    //! (then `address` is `text` unchanged). The PIN is a secret: callers use it to sign in
    //! (as User) and keep only `address`.
    struct UserLink
    {
        QString address;
        QString pin;
    };
    static UserLink splitUserLink(const QString &text);

    friend bool operator==(const RoomAddress &a, const RoomAddress &b)
    {
        return a.host == b.host && a.webPort == b.webPort && a.instance == b.instance
            && a.wsOverride == b.wsOverride;
    }
};
Q_DECLARE_METATYPE(RoomAddress)
