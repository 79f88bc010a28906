// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "core/protocol/message.h"
#include "simconnections.h"
#include "simhost.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <functional>

class QWebSocket;
class SimStrictLog;

//! Frames in: decodes each request, runs the checks of room-api.md §10 in their order
//! ((f) malformed frame, (b) authorization, (d) unknown method, (c) access level,
//! (e) parameters, (n) state), hands it to the command of its method and sends the reply
//! before the events the command caused. Commands that need the connection (auth, tokens)
//! come first; methods no part models get the catalogue's neutral reply (§10 s).
//!
//! Fault knob: setReplyDelay() delays (or swallows) the processing of one method; a request
//! whose delay runs out while the room is frozen waits for processDeferred().
class SimDispatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimDispatcher)

public:
    SimDispatcher(SimHost &host, SimConnections &connections, SimStrictLog &log,
                  QObject *parent = nullptr);
    ~SimDispatcher() override;

    void setCommands(const SimConnectionCommandTable &connectionCommands,
                     const SimCommandTable &commands);

    void handleFrame(QWebSocket *socket, const QByteArray &utf8, bool binary);

    //! A replay's recorded replies: asked for every request (other than the connection's own
    //! commands) that passed the checks of §10 up to the parameters; when it returns true,
    //! that reply goes out with the request's requestId and the command does not run.
    using RecordedReply = std::function<bool(const QString &method, QJsonObject *reply)>;
    void setRecordedReplies(RecordedReply recordedReply)
    {
        m_recordedReply = std::move(recordedReply);
    }

    //! -1 = never reply; 0 = no delay.
    void setReplyDelay(const QString &method, int msecs);
    //! Processes the requests whose delay ran out while the room was frozen.
    void processDeferred();
    void clearDeferred() { m_deferred.clear(); }
    //! Every request method received, in order (frames without a string method excluded).
    QStringList receivedMethods() const { return m_receivedMethods; }

Q_SIGNALS:
    //! A request frame with a string `method` arrived: emitted before any check.
    void requestReceived(const QString &method, const QJsonObject &request);
    //! A client signed in (an auth request succeeded); emitted after the reply went out.
    void clientSignedIn();

private:
    void process(QWebSocket *socket, const DecodeResult &decoded);

    SimHost &m_host;
    SimConnections &m_connections;
    SimStrictLog &m_log;
    ProtocolCodec m_codec;
    SimConnectionCommandTable m_connectionCommands;
    SimCommandTable m_commands;
    RecordedReply m_recordedReply;
    QHash<QString, int> m_replyDelays;
    //! Requests whose delay ran out while frozen; processed when the room thaws.
    QList<QPair<QPointer<QWebSocket>, DecodeResult>> m_deferred;
    QStringList m_receivedMethods;
};
