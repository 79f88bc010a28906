// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

class QTimer;
class RoomSimulator;

//! A recording of a room session (`roomdeck-sim --replay FILE`), in the format RoomDeck's
//! protocol inspector and roomdeckctl write: UTF-8 JSON lines, a header first
//!
//!   {"format":"roomdeck-recording","version":1,"room":"127.0.0.1:8766","instance":"",
//!    "trueconfId":"room@x","started":"2026-12-05T10:14:00.123Z"}
//!
//! then one frame a line: {"t":1234,"dir":"out"|"in","frame":{...}} (t = ms since started;
//! a frame that was not JSON is kept as {"t":..,"dir":..,"text":"<not JSON, N bytes>"}).
//!
//! What a replay uses is the room's side ("in"): its events, timed from the recording's first
//! successful sign-in (the auth reply with result true), and its replies, per method in
//! recorded order. The connection's own commands (auth, setUsedApiVersion, HTTP tokens) are
//! never replayed: their frames are redacted and the simulator signs clients in itself.
//! authorizationNeeded events are left out too (they would sign the replaying client out).
//!
//! Reading is bounded (kMaxFileBytes, kMaxLineBytes). A missing or unknown header and a newer
//! version are errors; a line that cannot be used (not JSON, no frame, a method the catalogue
//! does not know, ...) is skipped and reported with its line number in summary().
class SimReplay final
{
    Q_DECLARE_TR_FUNCTIONS(SimReplay)

public:
    static constexpr qint64 kMaxFileBytes = 64 * 1024 * 1024;
    static constexpr qint64 kMaxLineBytes = 1024 * 1024;
    static constexpr int kVersion = 1;
    static constexpr int kMaxSkippedListed = 1000;

    struct Event
    {
        qint64 at = 0; //!< ms after the first successful sign-in (never negative)
        QByteArray frame; //!< the event frame, compact JSON
        int line = 0;
    };

    struct Skipped
    {
        int line = 0;
        QString reason; //!< terminal-safe: room texts in it are escaped and cut
    };

    struct Recording
    {
        QJsonObject header;
        QList<Event> events; //!< sorted by `at` (stable)
        //! Replies per method, in recorded order, without their requestId.
        QHash<QString, QList<QJsonObject>> replies;
        int replyCount = 0;
        int requestCount = 0; //!< "out" frames (read, never used)
        int connectionReplies = 0; //!< replies of auth, tokens, ...: never replayed
        bool signInFound = false; //!< false: events count from the recording's start
        QList<Skipped> skipped; //!< the first kMaxSkippedListed of them
        int skippedCount = 0;

        //! A few lines for stderr: N events, M replies over K methods, skipped lines with
        //! their reasons (at most a few listed per reason).
        QString summary() const;
    };

    //! Reads a whole recording; false and a readable *error (with the line number where one
    //! applies) when it is no recording this simulator can play.
    static bool parse(const QByteArray &data, Recording *recording, QString *error);
    static bool readFile(const QString &path, Recording *recording, QString *error);
    //! Methods whose replies are never replayed (the connection's own commands).
    static bool isConnectionMethod(const QString &method);
};

//! Plays a SimReplay::Recording on a room: the events at their offsets from the first client's
//! sign-in (divided by the speed factor), the recorded replies on request (recordedReply()).
class SimReplayPlayer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimReplayPlayer)

public:
    explicit SimReplayPlayer(RoomSimulator &room, QObject *parent = nullptr);
    ~SimReplayPlayer() override;

    //! Replaces what plays. The clock starts at the next sign-in, or at once when `signedIn`
    //! (a client is signed in already).
    void load(const SimReplay::Recording &recording, bool signedIn);
    bool isLoaded() const { return m_loaded; }
    const SimReplay::Recording &recording() const { return m_recording; }
    //! > 0; 2 plays twice as fast.
    void setSpeed(double speed);
    //! A client has signed in: the first one starts the clock.
    void clientSignedIn();
    //! The room stopped: no further event goes out.
    void halt();
    //! The recorded reply for `method` (unused ones in order, then the last again); false
    //! when the recording holds none (the simulator answers itself).
    bool recordedReply(const QString &method, QJsonObject *reply);

Q_SIGNALS:
    //! Every recorded event has been sent.
    void finished(int events);

private:
    void tick();
    qint64 dueAt(const SimReplay::Event &event) const;

    RoomSimulator &m_room;
    SimReplay::Recording m_recording;
    QHash<QString, int> m_used; //!< replies used per method
    QTimer *m_timer = nullptr;
    QElapsedTimer m_clock;
    double m_speed = 1.0;
    int m_next = 0; //!< the next event to send
    bool m_loaded = false;
    bool m_started = false;
};
