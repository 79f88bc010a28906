// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "framelog.h"

#include "core/logging.h"
#include "core/roomtext.h"

#include <QJsonDocument>
#include <QLocale>

#include <cctype>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

QString requestIdText(const QJsonValue &v)
{
    if (v.isString())
        return RoomText::name(v.toString());
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 17);
    return {};
}

QString notJsonText(qsizetype bytes)
{
    return u"<not JSON, %1 bytes>"_s.arg(bytes);
}

QString addressText(const RoomAddress &a)
{
    if (a.hasWsOverride())
        return a.wsOverride.toString();
    if (a.host.isEmpty())
        return {};
    const QString host = a.host.contains(u':') ? u"["_s + a.host + u"]"_s : a.host;
    return host + u":"_s + QString::number(a.webPort);
}

} // namespace

FrameLog::FrameLog(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_clock.start();
}

FrameLog::~FrameLog() = default;

int FrameLog::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_frames.size());
}

int FrameLog::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FrameLog::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Request:
        return tr("request");
    case Kind::Reply:
        return tr("reply");
    case Kind::Event:
        return tr("event");
    case Kind::Unparsable:
        break;
    }
    return tr("not JSON");
}

QVariant FrameLog::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const Frame &f = frame(index.row());
    const bool pending = f.kind == Kind::Request && f.pairSerial < 0
        && m_pending.contains(f.requestId) && m_pending.value(f.requestId) == f.serial;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return f.wallTime.toLocalTime().toString(u"HH:mm:ss.zzz"_s);
        case DirectionColumn:
            return f.direction == Direction::Out ? u"→"_s : u"←"_s;
        case KindColumn:
            return kindName(f.kind);
        case NameColumn:
            return f.name;
        case RequestIdColumn:
            return f.requestId;
        case LatencyColumn:
            if (f.latencyMs >= 0)
                return tr("%1 ms").arg(f.latencyMs);
            if (f.kind != Kind::Request)
                return QString();
            // Pending until the reply comes; "no reply" once the room went away without one.
            return pending ? tr("pending") : tr("no reply");
        case SizeColumn:
            return tr("%1 B").arg(QLocale().toString(f.size));
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == DirectionColumn)
            return f.direction == Direction::Out ? tr("Sent to the room")
                                                 : tr("Received from the room");
        if (index.column() == LatencyColumn && pending)
            return tr("No reply yet");
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == LatencyColumn || index.column() == SizeColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (index.column() == DirectionColumn)
            return int(Qt::AlignCenter);
        return {};
    case KindRole:
        return int(f.kind);
    case DirectionRole:
        return int(f.direction);
    case NameRole:
        return f.name;
    case RequestIdRole:
        return f.requestId;
    case JsonRole:
        return f.json;
    case LatencyRole:
        return f.latencyMs;
    case PairRowRole:
        return pairRow(index.row());
    case SizeRole:
        return f.size;
    case WallTimeRole:
        return f.wallTime;
    case PendingRole:
        return pending;
    default:
        return {};
    }
}

QVariant FrameLog::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case DirectionColumn:
        return tr("Dir");
    case KindColumn:
        return tr("Kind");
    case NameColumn:
        return tr("Method / event");
    case RequestIdColumn:
        return tr("Request ID");
    case LatencyColumn:
        return tr("Latency");
    case SizeColumn:
        return tr("Size");
    default:
        return {};
    }
}

void FrameLog::controllerChanged(RoomController *)
{
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    RoomController *c = controller();
    if (!c)
        return;
    m_connections = {
        connect(c, &RoomController::frameSent, this,
                [this](const QByteArray &utf8) { addFrame(Direction::Out, utf8); }),
        connect(c, &RoomController::frameReceived, this,
                [this](const QByteArray &utf8) { addFrame(Direction::In, utf8); }),
    };
}

void FrameLog::forgetRoom()
{
    // Requests that were on the wire when the room went away will never be answered.
    if (m_pending.isEmpty())
        return;
    QList<int> rows;
    for (qint64 serial : std::as_const(m_pending))
        rows.append(rowOfSerial(serial));
    m_pending.clear();
    for (int row : std::as_const(rows))
        if (row >= 0)
            Q_EMIT dataChanged(index(row, LatencyColumn), index(row, LatencyColumn));
    Q_EMIT figuresChanged();
}

FrameLog::Origin FrameLog::origin() const
{
    Origin o = m_origin;
    if (const RoomController *c = controller()) {
        const RoomAddress a = c->address();
        o.room = addressText(a);
        o.instance = a.hasWsOverride() || a.instance == u"default"_s ? QString() : a.instance;
        o.trueConfId = c->trueConfId();
        o.role = c->role() != Room::Role::None ? c->role() : o.role;
    }
    return o;
}

void FrameLog::addFrame(Direction direction, const QByteArray &utf8)
{
    if (m_paused) {
        ++m_missed;
        Q_EMIT figuresChanged();
        return;
    }
    Frame f;
    f.wallTime = QDateTime::currentDateTimeUtc();
    f.monoMs = m_clock.elapsed();
    f.direction = direction;
    f.size = int(qMin<qsizetype>(utf8.size(), std::numeric_limits<int>::max()));
    if (utf8.size() > kLargeFrameBytes) {
        keepSummary(std::move(f), utf8);
        return;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(utf8, &error);
    if (error.error == QJsonParseError::NoError && doc.isObject()) {
        const QJsonObject o = doc.object();
        // Redact::frame masks secret keys and every remembered secret (a PIN a room echoes).
        f.json = Redact::frame(utf8);
        const QString method = o.value(u"method"_s).toString();
        if (direction == Direction::Out)
            f.kind = Kind::Request;
        else
            f.kind = method == u"event"_s ? Kind::Event : Kind::Reply;
        f.name = RoomText::name(f.kind == Kind::Event ? o.value(u"event"_s).toString() : method);
        f.requestId = requestIdText(o.value(u"requestId"_s));
    } else {
        f.kind = Kind::Unparsable;
        f.json = notJsonText(utf8.size());
    }
    keep(std::move(f));
}

namespace {

//! The string (or number) value of the top-level `key` in a JSON object's text, found without
//! parsing it: inside a JSON string every quote is escaped, so `"key":` is a key. Bounded.
QString scanValue(const QByteArray &utf8, const char *key)
{
    const QByteArray needle = QByteArray("\"") + key + "\":";
    const qsizetype at = utf8.indexOf(needle);
    if (at < 0)
        return {};
    qsizetype i = at + needle.size();
    while (i < utf8.size() && (utf8.at(i) == ' ' || utf8.at(i) == '\t'))
        ++i;
    QByteArray value;
    if (i < utf8.size() && utf8.at(i) == '"') {
        for (++i; i < utf8.size() && utf8.at(i) != '"' && value.size() < 128; ++i)
            value += utf8.at(i) == '\\' ? '?' : utf8.at(i);
    } else {
        for (; i < utf8.size() && value.size() < 32
             && (std::isdigit(static_cast<unsigned char>(utf8.at(i))) || utf8.at(i) == '-');
             ++i)
            value += utf8.at(i);
    }
    return RoomText::name(QString::fromUtf8(value));
}

} // namespace

void FrameLog::keepSummary(Frame f, const QByteArray &utf8)
{
    // Parsing and keeping a large frame whole (a 20,000-contact address book) would cost many
    // times its size; its name, request id and size are what the inspector shows of it.
    const QString method = scanValue(utf8, "method");
    if (f.direction == Direction::Out)
        f.kind = Kind::Request;
    else
        f.kind = method == u"event"_s ? Kind::Event : Kind::Reply;
    f.name = f.kind == Kind::Event ? scanValue(utf8, "event") : method;
    f.requestId = scanValue(utf8, "requestId");
    QJsonObject summary { { u"method"_s, method },
                          { u"roomdeck"_s,
                            tr("%1 bytes, too large to keep whole").arg(utf8.size()) } };
    if (f.kind == Kind::Event)
        summary.insert(u"event"_s, f.name);
    if (!f.requestId.isEmpty())
        summary.insert(u"requestId"_s, f.requestId);
    f.json = QString::fromUtf8(QJsonDocument(summary).toJson(QJsonDocument::Compact));
    keep(std::move(f));
}

void FrameLog::addRecorded(Direction direction, qint64 tMs, const QDateTime &started,
                           const QJsonObject &frame, int notJsonBytes)
{
    Frame f;
    f.wallTime = started.addMSecs(tMs).toUTC();
    f.monoMs = tMs;
    f.direction = direction;
    if (notJsonBytes >= 0) {
        f.kind = Kind::Unparsable;
        f.size = notJsonBytes;
        f.json = notJsonText(notJsonBytes);
    } else {
        const QByteArray compact = QJsonDocument(frame).toJson(QJsonDocument::Compact);
        f.size = int(compact.size());
        f.json = Redact::frame(compact);
        const QString method = frame.value(u"method"_s).toString();
        if (direction == Direction::Out)
            f.kind = Kind::Request;
        else
            f.kind = method == u"event"_s ? Kind::Event : Kind::Reply;
        f.name
            = RoomText::name(f.kind == Kind::Event ? frame.value(u"event"_s).toString() : method);
        f.requestId = requestIdText(frame.value(u"requestId"_s));
    }
    keep(std::move(f));
}

void FrameLog::pair(Frame &f)
{
    if (f.requestId.isEmpty())
        return;
    if (f.kind == Kind::Request) {
        // The controller never reuses a requestId; a hand-made recording might: the newest wins.
        m_pending.insert(f.requestId, f.serial);
        return;
    }
    if (f.kind != Kind::Reply)
        return;
    const auto it = m_pending.find(f.requestId);
    if (it == m_pending.end())
        return;
    const int row = rowOfSerial(it.value());
    m_pending.erase(it);
    if (row < 0)
        return;
    Frame &request = m_frames[std::size_t(row)];
    request.pairSerial = f.serial;
    request.latencyMs = qMax<qint64>(0, f.monoMs - request.monoMs);
    f.pairSerial = request.serial;
    f.latencyMs = request.latencyMs;
    Q_EMIT dataChanged(index(row, LatencyColumn), index(row, LatencyColumn));
}

qint64 FrameLog::costOf(const Frame &f)
{
    return qint64(f.json.size() + f.name.size() + f.requestId.size()) * qint64(sizeof(QChar));
}

void FrameLog::keep(Frame f)
{
    f.serial = m_nextSerial++;
    pair(f);
    const qint64 cost = costOf(f);
    // A frame larger than the whole budget is counted, never kept, and evicts nothing.
    if (cost > m_limits.maxBytes || m_limits.maxFrames <= 0) {
        ++m_dropped;
        Q_EMIT figuresChanged();
        return;
    }
    // Room for the new row first: never more than the limits, even for a moment.
    while (
        !m_frames.empty()
        && (int(m_frames.size()) >= m_limits.maxFrames || m_keptBytes + cost > m_limits.maxBytes))
        dropOldest();
    const int row = int(m_frames.size());
    beginInsertRows({}, row, row);
    m_keptBytes += cost;
    m_frames.push_back(std::move(f));
    endInsertRows();
    Q_EMIT figuresChanged();
}

void FrameLog::dropOldest()
{
    beginRemoveRows({}, 0, 0);
    const Frame &f = m_frames.front();
    if (f.kind == Kind::Request && m_pending.value(f.requestId, -1) == f.serial)
        m_pending.remove(f.requestId);
    m_keptBytes -= costOf(f);
    m_frames.pop_front();
    ++m_dropped;
    endRemoveRows();
}

int FrameLog::rowOfSerial(qint64 serial) const
{
    if (serial < 0 || m_frames.empty())
        return -1;
    const qint64 row = serial - m_frames.front().serial;
    return row >= 0 && row < qint64(m_frames.size()) ? int(row) : -1;
}

int FrameLog::pairRow(int row) const
{
    if (row < 0 || row >= rowCount())
        return -1;
    return rowOfSerial(frame(row).pairSerial);
}

void FrameLog::setLimits(const Limits &limits)
{
    m_limits = limits;
    while (!m_frames.empty()
           && (int(m_frames.size()) > m_limits.maxFrames || m_keptBytes > m_limits.maxBytes))
        dropOldest();
    Q_EMIT figuresChanged();
}

void FrameLog::setPaused(bool paused)
{
    if (m_paused == paused)
        return;
    m_paused = paused;
    Q_EMIT pausedChanged(paused);
    Q_EMIT figuresChanged();
}

void FrameLog::clear()
{
    beginResetModel();
    m_frames.clear();
    m_pending.clear();
    m_keptBytes = 0;
    m_dropped = 0;
    m_missed = 0;
    endResetModel();
    Q_EMIT figuresChanged();
}

QString FrameLog::limitsText() const
{
    const QLocale locale;
    const auto mib = [&locale](qint64 bytes) {
        return locale.toString(double(bytes) / (1024.0 * 1024.0), 'f', 1);
    };
    QString text = tr("%1 frames · %2 MiB of %3 MiB · %4 dropped")
                       .arg(locale.toString(qint64(m_frames.size())), mib(m_keptBytes),
                            locale.toString(double(m_limits.maxBytes) / (1024.0 * 1024.0), 'g', 3),
                            locale.toString(m_dropped));
    if (m_paused || m_missed > 0)
        text += tr(" · %1 missed while paused").arg(locale.toString(m_missed));
    return text;
}

QJsonObject FrameLog::object(int row) const
{
    if (row < 0 || row >= rowCount() || frame(row).kind == Kind::Unparsable)
        return {};
    return QJsonDocument::fromJson(frame(row).json.toUtf8()).object();
}

QString FrameLog::indentedJson(int row) const
{
    if (row < 0 || row >= rowCount())
        return {};
    const Frame &f = frame(row);
    const QJsonDocument doc = QJsonDocument::fromJson(f.json.toUtf8());
    if (f.kind == Kind::Unparsable || !doc.isObject())
        return f.json;
    return QString::fromUtf8(doc.toJson(QJsonDocument::Indented)).trimmed();
}

QString FrameLog::shellQuote(const QString &text)
{
    QString quoted = text;
    quoted.replace(u"'"_s, u"'\\''"_s);
    return u"'"_s + quoted + u"'"_s;
}

QJsonObject FrameLog::requestObject(int row) const
{
    if (row < 0 || row >= rowCount() || frame(row).kind != Kind::Request)
        return {};
    QJsonObject request = object(row);
    request.remove(u"requestId"_s);
    return request;
}

QString FrameLog::sendCommand(int row) const
{
    // roomdeckctl numbers its requests itself.
    const QJsonObject request = requestObject(row);
    if (request.isEmpty())
        return {};
    const Origin o = origin();
    QStringList words { u"roomdeckctl"_s };
    if (o.room.startsWith(u"ws://"_s, Qt::CaseInsensitive)) {
        words << u"--ws"_s << shellQuote(o.room);
    } else if (!o.room.isEmpty()) {
        words << u"--room"_s << shellQuote(o.room);
        if (!o.instance.isEmpty() && o.instance != u"default"_s)
            words << u"--instance"_s << shellQuote(o.instance);
    }
    // send signs in as Administrator unless told otherwise.
    if (o.role == Room::Role::User)
        words << u"--role"_s << u"user"_s;
    words << u"send"_s
          << shellQuote(QString::fromUtf8(QJsonDocument(request).toJson(QJsonDocument::Compact)));
    return words.join(u' ');
}

QString FrameLog::requestText(int row) const
{
    const QJsonObject request = requestObject(row);
    if (request.isEmpty())
        return {};
    return QString::fromUtf8(QJsonDocument(request).toJson(QJsonDocument::Indented)).trimmed();
}
