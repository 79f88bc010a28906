// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "framerecording.h"

#include "core/logging.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

#include <cmath>

using namespace Qt::StringLiterals;

namespace FrameRecording {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FrameRecording)
};

const QString kFormat = u"roomdeck-recording"_s;

QString directionName(FrameLog::Direction d)
{
    return d == FrameLog::Direction::Out ? u"out"_s : u"in"_s;
}

//! Line and column (1-based) of `offset` in `text`.
QString lineColumn(const QByteArray &text, qsizetype offset)
{
    offset = qBound<qsizetype>(0, offset, text.size());
    const qsizetype lastBreak = text.lastIndexOf('\n', offset > 0 ? offset - 1 : 0);
    return Tr::tr("column %1").arg(offset - (lastBreak < 0 ? 0 : lastBreak + 1) + 1);
}

bool parseHeader(const QByteArray &line, Header *header, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
    const QJsonObject o = doc.object();
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()
        || o.value(u"format"_s).toString() != kFormat) {
        *error = Tr::tr("This is not a RoomDeck recording: its first line is not the "
                        "“roomdeck-recording” header.");
        return false;
    }
    const QJsonValue version = o.value(u"version"_s);
    if (!version.isDouble() || version.toDouble() != std::floor(version.toDouble())
        || version.toDouble() < 1) {
        *error = Tr::tr("The recording's header has no valid version.");
        return false;
    }
    if (version.toDouble() > kVersion) {
        *error = Tr::tr("The recording is of version %1; this RoomDeck reads version %2 only.")
                     .arg(qint64(version.toDouble()))
                     .arg(kVersion);
        return false;
    }
    header->room = o.value(u"room"_s).toString();
    header->instance = o.value(u"instance"_s).toString();
    header->trueConfId = o.value(u"trueConfId"_s).toString();
    header->started = QDateTime::fromString(o.value(u"started"_s).toString(), Qt::ISODateWithMs);
    if (!header->started.isValid()) {
        *error = Tr::tr("The recording's header has no valid “started” time.");
        return false;
    }
    header->started = header->started.toUTC();
    return true;
}

bool parseLine(const QByteArray &text, int number, Line *line, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = Tr::tr("Line %1 is not JSON: %2 at %3.")
                     .arg(number)
                     .arg(parseError.errorString(), lineColumn(text, parseError.offset));
        return false;
    }
    if (!doc.isObject()) {
        *error = Tr::tr("Line %1 is not a JSON object.").arg(number);
        return false;
    }
    const QJsonObject o = doc.object();
    const QJsonValue t = o.value(u"t"_s);
    if (!t.isDouble() || t.toDouble() < 0 || t.toDouble() != std::floor(t.toDouble())
        || t.toDouble() > 9.0e15) {
        *error = Tr::tr("Line %1 has no valid time “t” (whole milliseconds).").arg(number);
        return false;
    }
    line->t = qint64(t.toDouble());
    const QString dir = o.value(u"dir"_s).toString();
    if (dir != u"out"_s && dir != u"in"_s) {
        *error = Tr::tr("Line %1 has no valid direction “dir” (out or in).").arg(number);
        return false;
    }
    line->direction = dir == u"out"_s ? FrameLog::Direction::Out : FrameLog::Direction::In;
    const QJsonValue frame = o.value(u"frame"_s);
    if (frame.isObject()) {
        line->frame = Redact::object(frame.toObject());
        line->notJsonBytes = -1;
        return true;
    }
    const QString placeholder = o.value(u"text"_s).toString();
    if (o.value(u"text"_s).isString()) {
        // "<not JSON, N bytes>": the size is all that was kept.
        const QString digits = placeholder.section(u", "_s, 1).section(u' ', 0, 0);
        bool ok = false;
        const int bytes = digits.toInt(&ok);
        line->frame = {};
        line->notJsonBytes = ok && bytes >= 0 ? bytes : 0;
        return true;
    }
    *error = Tr::tr("Line %1 has neither a “frame” object nor a “text”.").arg(number);
    return false;
}

} // namespace

QByteArray toJsonLines(const FrameLog &log)
{
    const FrameLog::Origin origin = log.origin();
    const int rows = log.rowCount();
    const QDateTime started
        = rows > 0 ? log.frame(0).wallTime.toUTC() : QDateTime::currentDateTimeUtc();
    const qint64 firstMono = rows > 0 ? log.frame(0).monoMs : 0;
    QJsonObject header { { u"format"_s, kFormat },
                         { u"version"_s, kVersion },
                         { u"room"_s, origin.room },
                         { u"instance"_s, origin.instance },
                         { u"trueConfId"_s, origin.trueConfId },
                         { u"started"_s, started.toString(Qt::ISODateWithMs) } };
    QByteArray out = QJsonDocument(header).toJson(QJsonDocument::Compact);
    out += '\n';
    for (int row = 0; row < rows; ++row) {
        const FrameLog::Frame &f = log.frame(row);
        QJsonObject line { { u"t"_s, qMax<qint64>(0, f.monoMs - firstMono) },
                           { u"dir"_s, directionName(f.direction) } };
        const QJsonDocument doc = QJsonDocument::fromJson(f.json.toUtf8());
        if (f.kind != FrameLog::Kind::Unparsable && doc.isObject())
            line.insert(u"frame"_s, Redact::object(doc.object()));
        else
            line.insert(u"text"_s, u"<not JSON, %1 bytes>"_s.arg(f.size));
        out += QJsonDocument(line).toJson(QJsonDocument::Compact);
        out += '\n';
    }
    return out;
}

bool save(const FrameLog &log, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = Tr::tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    file.write(toJsonLines(log));
    if (!file.commit()) {
        *error = Tr::tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool parse(const QByteArray &data, Recording *recording, QString *error)
{
    *recording = {};
    if (data.size() > kMaxFileBytes) {
        *error = Tr::tr("The recording is larger than %1 MiB.").arg(kMaxFileBytes / (1024 * 1024));
        return false;
    }
    bool haveHeader = false;
    qsizetype start = 0;
    int number = 0;
    while (start < data.size()) {
        qsizetype end = data.indexOf('\n', start);
        if (end < 0)
            end = data.size();
        ++number;
        const qsizetype length = end - start;
        if (length > kMaxLineBytes + 1) { // a "\r" before the "\n" is not counted
            *error = Tr::tr("Line %1 is longer than %2 MiB.")
                         .arg(number)
                         .arg(kMaxLineBytes / (1024 * 1024));
            return false;
        }
        const QByteArray line = data.mid(start, length).trimmed();
        start = end + 1;
        if (line.size() > kMaxLineBytes) {
            *error = Tr::tr("Line %1 is longer than %2 MiB.")
                         .arg(number)
                         .arg(kMaxLineBytes / (1024 * 1024));
            return false;
        }
        if (line.isEmpty())
            continue;
        if (!haveHeader) {
            if (!parseHeader(line, &recording->header, error))
                return false;
            haveHeader = true;
            continue;
        }
        Line parsed;
        if (!parseLine(line, number, &parsed, error))
            return false;
        recording->lines.append(parsed);
    }
    if (!haveHeader) {
        *error = Tr::tr("The recording is empty: it has no “roomdeck-recording” header.");
        return false;
    }
    return true;
}

bool read(const QString &path, Recording *recording, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Tr::tr("Cannot open %1: %2").arg(path, file.errorString());
        return false;
    }
    if (file.size() > kMaxFileBytes) {
        *error = Tr::tr("The recording is larger than %1 MiB.").arg(kMaxFileBytes / (1024 * 1024));
        return false;
    }
    // Read one byte more than allowed: a file that grows meanwhile is still refused.
    const QByteArray data = file.read(kMaxFileBytes + 1);
    return parse(data, recording, error);
}

void fill(const Recording &recording, FrameLog *log)
{
    log->clear();
    FrameLog::Origin origin;
    origin.room = recording.header.room;
    origin.instance = recording.header.instance;
    origin.trueConfId = recording.header.trueConfId;
    log->setOrigin(origin);
    for (const Line &line : recording.lines)
        log->addRecorded(line.direction, line.t, recording.header.started, line.frame,
                         line.notJsonBytes);
}

bool load(const QString &path, FrameLog *log, QString *error)
{
    Recording recording;
    if (!read(path, &recording, error))
        return false;
    fill(recording, log);
    log->setSource(Tr::tr("Recording: %1").arg(QFileInfo(path).fileName()));
    return true;
}

} // namespace FrameRecording
