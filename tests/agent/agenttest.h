// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "agent/roomagent.h"
#include "sim/roomsimulator.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QWebSocket>

#include <memory>
#include <vector>

//! Helpers shared by the agent's tests: files, simulators and plain HTTP GETs.
namespace AgentTest {

//! Writes `content` to `path` with `mode` (e.g. 0600); false when it cannot.
bool writeFile(const QString &path, const QByteArray &content, int mode = 0644);

//! A rooms file naming `sims` as `names` (in order), each at site `site`.
QByteArray roomsJson(const std::vector<std::unique_ptr<RoomSimulator>> &sims,
                     const QStringList &names, const QString &site = QStringLiteral("HQ"));

//! `count` strict simulators on 127.0.0.1, each with its own TrueConf ID; with an
//! `adminPassword`, Administrator mode is protected by it.
std::vector<std::unique_ptr<RoomSimulator>> startSims(int count, const QString &adminPassword = {});
//! `sim`'s options with the ports it listens on now: read them before stopping it, to start
//! the room again on the same ports (SimRoom::start).
RoomSimulator::Options pinnedOptions(const RoomSimulator &sim);

//! GET `url`: the body, or a null QByteArray when there was no 200 within `timeoutMs`.
QByteArray get(const QUrl &url, int timeoutMs = 5000, QByteArray *contentType = nullptr);

//! The value of the sample `metric{room="ROOM"...}` in a Prometheus text, or NaN when absent.
double sample(const QByteArray &text, const QString &metric, const QString &room);

//! A secrets file giving every room of `names` the password `password` (Administrator).
QByteArray passwordSecretsJson(const QStringList &names, const QString &password);

//! The relay's test operators: alice (admin, kAlice) and, unless left out, bob (user, kBob).
inline const QString kAlice = QStringLiteral("alice-secret-1");
inline const QString kBob = QStringLiteral("bob-secret-12");
QByteArray operatorsJson(bool withBob = true);

//! An agent with the relay in front of `sims` (named `names`, each signed in as Administrator
//! with `roomPassword`, or unsecured as User without one), its files, audit log (audit.jsonl) and
//! history (history.sqlite) in
//! `dir`, on free ports, fast reconnects, no probes. Null (and a warning) when it does not start.
std::unique_ptr<RoomAgent> startRelayAgent(const QString &dir,
                                           const std::vector<std::unique_ptr<RoomSimulator>> &sims,
                                           const QStringList &names, const QString &roomPassword);
//! True once every room of `agent` is signed in (within 10 s).
bool waitAllRoomsReady(const RoomAgent &agent);

//! A raw WebSocket client of the relay, as a third-party client would be: it sends frames and
//! keeps every frame it receives.
class RelayClient final : public QObject
{
    Q_OBJECT

public:
    RelayClient();
    ~RelayClient() override;

    //! Opens ws://127.0.0.1:PORT; false when it does not open within the timeout.
    bool open(quint16 port);
    //! Sends `request` (a JSON object) as one text frame.
    void send(const QJsonObject &request);
    void sendText(const QString &text);
    //! Sends `request` and waits for the reply whose requestId equals its requestId;
    //! an empty object on timeout.
    QJsonObject call(const QJsonObject &request, int timeoutMs = 5000);
    //! Signs in with `secret` (and `role`, when given); the auth reply.
    QJsonObject signIn(const QString &secret, const QString &role = {});
    //! open(port) and signIn(secret), true when both succeed.
    bool openSignedIn(quint16 port, const QString &secret);
    //! Waits for a frame with method "event" and event `name`; empty on timeout.
    QJsonObject waitEvent(const QString &name, int timeoutMs = 5000);
    //! Waits until the relay closes the connection.
    bool waitClosed(int timeoutMs = 5000);
    void close();
    bool isOpen() const;
    QWebSocket *socket() const { return m_socket.get(); }
    QList<QJsonObject> frames; //!< every frame received, in order

private:
    std::unique_ptr<QWebSocket> m_socket;
    int m_nextId = 0;
};

} // namespace AgentTest
