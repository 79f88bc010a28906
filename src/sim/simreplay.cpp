// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "simreplay.h"

#include "core/protocol/methodcatalogue.h"
#include "roomsimulator.h"
#include "simlog.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>
#include <QTimer>

#include <algorithm>
#include <climits>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

//! A text from the recording made safe for a terminal: cut, quoted, every control or
//! formatting character (escapes, bidi overrides) written as \uXXXX.
QString safe(const QString &text)
{
    constexpr qsizetype kMax = 60;
    QString out = u"\""_s;
    for (qsizetype i = 0; i < text.size() && i < kMax; ++i) {
        const QChar c = text.at(i);
        if (!c.isPrint() || c.category() == QChar::Other_Format || c == u'"' || c == u'\\')
            out += u"\\u%1"_s.arg(uint(c.unicode()), 4, 16, QChar(u'0'));
        else
            out += c;
    }
    if (text.size() > kMax)
        out += u"…"_s;
    return out + u"\""_s;
}

//! A whole non-negative number of milliseconds, or -1.
qint64 offsetOf(const QJsonValue &v)
{
    if (!v.isDouble())
        return -1;
    const double d = v.toDouble();
    if (!std::isfinite(d) || d < 0 || d > 1e13 || std::floor(d) != d)
        return -1;
    return qint64(d);
}

} // namespace

bool SimReplay::isConnectionMethod(const QString &method)
{
    static const QStringList methods { u"auth"_s, u"setUsedApiVersion"_s,
                                       u"getTokenForHttpServer"_s, u"getAuthInfo"_s,
                                       u"setAuthParams"_s };
    return methods.contains(method);
}

bool SimReplay::parse(const QByteArray &data, Recording *recording, QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (data.size() > kMaxFileBytes)
        return fail(tr("the recording is larger than %1 MiB").arg(kMaxFileBytes / 1024 / 1024));

    Recording r;
    const auto skip = [&r](int line, const QString &reason) {
        ++r.skippedCount;
        if (r.skipped.size() < kMaxSkippedListed)
            r.skipped.append({ line, reason });
    };
    struct Pending
    {
        qint64 t = 0;
        QByteArray frame;
        int line = 0;
    };
    QList<Pending> events;
    qint64 signInAt = 0;
    bool haveHeader = false;
    const MethodCatalogue &catalogue = MethodCatalogue::instance();

    qsizetype pos = 0;
    int lineNo = 0;
    while (pos < data.size()) {
        qsizetype end = data.indexOf('\n', pos);
        if (end < 0)
            end = data.size();
        QByteArray line = data.mid(pos, end - pos);
        pos = end + 1;
        ++lineNo;
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        if (line.size() > kMaxLineBytes) {
            if (!haveHeader)
                return fail(
                    tr("line %1: not a RoomDeck recording (the header is missing)").arg(lineNo));
            skip(lineNo, tr("longer than %1 MiB").arg(kMaxLineBytes / 1024 / 1024));
            continue;
        }
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
        if (!haveHeader) {
            const QJsonObject header = doc.object();
            if (parseError.error != QJsonParseError::NoError || !doc.isObject()
                || header.value(u"format"_s) != u"roomdeck-recording"_s)
                return fail(tr("line %1: not a RoomDeck recording (the header with "
                               "\"format\":\"roomdeck-recording\" is missing)")
                                .arg(lineNo));
            const qint64 version = offsetOf(header.value(u"version"_s));
            if (version < 1)
                return fail(
                    tr("line %1: the recording's version is missing or invalid").arg(lineNo));
            if (version > kVersion)
                return fail(tr("line %1: recording version %2 is newer than this simulator "
                               "reads (%3)")
                                .arg(lineNo)
                                .arg(version)
                                .arg(kVersion));
            r.header = header;
            haveHeader = true;
            continue;
        }
        if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
            skip(lineNo,
                 parseError.error != QJsonParseError::NoError ? tr("not JSON (%1 at byte %2)")
                                                                    .arg(parseError.errorString())
                                                                    .arg(parseError.offset + 1)
                                                              : tr("not a JSON object"));
            continue;
        }
        const QJsonObject o = doc.object();
        const qint64 t = offsetOf(o.value(u"t"_s));
        const QString dir = o.value(u"dir"_s).toString();
        if (t < 0) {
            skip(lineNo, tr("no valid \"t\" (whole milliseconds)"));
            continue;
        }
        if (dir != u"in"_s && dir != u"out"_s) {
            skip(lineNo, tr("no valid \"dir\" (\"in\" or \"out\")"));
            continue;
        }
        const QJsonValue frameValue = o.value(u"frame"_s);
        if (!frameValue.isObject()) {
            if (o.value(u"text"_s).isString() && dir == u"out"_s)
                ++r.requestCount;
            else
                skip(lineNo,
                     o.value(u"text"_s).isString()
                         ? tr("the room sent a frame that was not JSON (not replayed)")
                         : tr("no \"frame\" object"));
            continue;
        }
        if (dir == u"out"_s) {
            ++r.requestCount;
            continue;
        }
        QJsonObject frame = frameValue.toObject();
        const QString method = frame.value(u"method"_s).toString();
        if (method.isEmpty()) {
            skip(lineNo, tr("a frame without a method"));
            continue;
        }
        if (method == u"event"_s) {
            const QString event = frame.value(u"event"_s).toString();
            if (event.isEmpty())
                skip(lineNo, tr("an event without a name"));
            else if (event == u"authorizationNeeded"_s)
                skip(lineNo,
                     tr("authorizationNeeded is not replayed (it would sign the client out)"));
            else
                events.append({ t, QJsonDocument(frame).toJson(QJsonDocument::Compact), lineNo });
            continue;
        }
        if (!frame.value(u"result"_s).isBool()) {
            skip(lineNo, tr("neither an event nor a reply (no \"result\")"));
            continue;
        }
        if (isConnectionMethod(method)) {
            if (method == u"auth"_s && frame.value(u"result"_s).toBool() && !r.signInFound) {
                r.signInFound = true;
                signInAt = t;
            }
            ++r.connectionReplies;
            continue;
        }
        if (!catalogue.isMethod(method)) {
            skip(lineNo, tr("a reply of unknown method %1").arg(safe(method)));
            continue;
        }
        frame.remove(u"requestId"_s);
        r.replies[method].append(frame);
        ++r.replyCount;
    }
    if (!haveHeader)
        return fail(tr("the recording is empty (no header line)"));

    for (const Pending &e : std::as_const(events)) {
        if (e.t < signInAt) {
            skip(e.line, tr("an event before the first sign-in"));
            continue;
        }
        r.events.append({ e.t - signInAt, e.frame, e.line });
    }
    std::stable_sort(r.events.begin(), r.events.end(),
                     [](const Event &a, const Event &b) { return a.at < b.at; });
    std::stable_sort(r.skipped.begin(), r.skipped.end(),
                     [](const Skipped &a, const Skipped &b) { return a.line < b.line; });
    *recording = std::move(r);
    return true;
}

bool SimReplay::readFile(const QString &path, Recording *recording, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("cannot read the recording %1: %2").arg(path, file.errorString());
        return false;
    }
    // Reads one byte beyond the bound, so that a larger file (or a pipe) is refused.
    const QByteArray data = file.read(kMaxFileBytes + 1);
    QString why;
    if (parse(data, recording, &why))
        return true;
    if (error)
        *error = tr("invalid recording %1: %2").arg(path, why);
    return false;
}

QString SimReplay::Recording::summary() const
{
    QStringList lines;
    lines.append(tr("replay: %n event(s)", nullptr, int(events.size())) + u", "_s
                 + tr("%n reply(ies)", nullptr, replyCount) + u" "_s
                 + tr("over %n method(s)", nullptr, int(replies.size())) + u"; "_s
                 + tr("%n sign-in or token reply(ies) and %1 request(s) not replayed", nullptr,
                      connectionReplies)
                       .arg(requestCount));
    if (!signInFound)
        lines.append(tr("replay: no successful sign-in in the recording: events count from its "
                        "start"));
    if (skippedCount > 0) {
        lines.append(tr("replay: %n line(s) skipped:", nullptr, skippedCount));
        constexpr int kListed = 20;
        for (qsizetype i = 0; i < skipped.size() && i < kListed; ++i)
            lines.append(tr("  line %1: %2").arg(skipped.at(i).line).arg(skipped.at(i).reason));
        if (skippedCount > kListed)
            lines.append(tr("  … and %n more", nullptr, skippedCount - kListed));
    }
    return lines.join(u'\n');
}

// ---------------------------------------------------------------------------------------------

SimReplayPlayer::SimReplayPlayer(RoomSimulator &room, QObject *parent)
    : QObject(parent)
    , m_room(room)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &SimReplayPlayer::tick);
}

SimReplayPlayer::~SimReplayPlayer() = default;

void SimReplayPlayer::load(const SimReplay::Recording &recording, bool signedIn)
{
    m_timer->stop();
    m_recording = recording;
    m_used.clear();
    m_next = 0;
    m_loaded = true;
    m_started = false;
    if (signedIn)
        clientSignedIn();
}

void SimReplayPlayer::setSpeed(double speed)
{
    if (speed > 0 && std::isfinite(speed))
        m_speed = speed;
}

void SimReplayPlayer::clientSignedIn()
{
    if (!m_loaded || m_started)
        return;
    m_started = true;
    m_clock.start();
    tick();
}

void SimReplayPlayer::halt()
{
    m_timer->stop();
}

qint64 SimReplayPlayer::dueAt(const SimReplay::Event &event) const
{
    return qint64(double(event.at) / m_speed);
}

void SimReplayPlayer::tick()
{
    const qint64 now = m_clock.elapsed();
    const QList<SimReplay::Event> &events = m_recording.events;
    while (m_next < events.size() && dueAt(events.at(m_next)) <= now) {
        const SimReplay::Event &event = events.at(m_next++);
        qCDebug(lcSim) << "replay: event of line" << event.line;
        m_room.sendRawFrame(event.frame);
    }
    if (m_next < events.size()) {
        m_timer->start(int(qMin<qint64>(dueAt(events.at(m_next)) - now, INT_MAX)));
        return;
    }
    Q_EMIT finished(int(events.size()));
}

bool SimReplayPlayer::recordedReply(const QString &method, QJsonObject *reply)
{
    if (!m_loaded)
        return false;
    const auto found = m_recording.replies.constFind(method);
    if (found == m_recording.replies.cend() || found->isEmpty())
        return false;
    int &used = m_used[method];
    *reply = found->at(qMin(used, int(found->size()) - 1));
    if (used < found->size())
        ++used;
    return true;
}
