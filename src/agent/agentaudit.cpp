// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "agentaudit.h"

#include "core/history/historystore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

Q_LOGGING_CATEGORY(lcAudit, "roomdeck.agent.audit")

//! Texts from a room or a client are bounded before they reach the log.
constexpr qsizetype kMaxField = 300;

QString bounded(const QString &text)
{
    return text.size() > kMaxField ? text.left(kMaxField) + u"…"_s : text;
}

} // namespace

bool AgentAudit::open(const QString &path, QString *error)
{
    if (path.isEmpty())
        return true;
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        *error = QCoreApplication::translate("AgentAudit", "cannot open the audit log %1: %2")
                     .arg(path, m_file.errorString());
        return false;
    }
    m_file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner
                          | QFileDevice::ReadGroup);
    return true;
}

QByteArray AgentAudit::line(const Entry &entry, const QDateTime &time)
{
    QJsonObject o {
        { u"time"_s, time.toUTC().toString(Qt::ISODateWithMs) },
        { u"operator"_s, bounded(entry.operatorName) },
        { u"room"_s, entry.room },
        { u"method"_s, bounded(entry.method) },
        { u"outcome"_s, entry.outcome },
    };
    if (!entry.error.isEmpty())
        o.insert(u"error"_s, bounded(entry.error));
    // Compact JSON escapes control characters and newlines: one entry stays one line.
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

void AgentAudit::setHistory(HistoryStore *history)
{
    m_history = history;
}

void AgentAudit::record(const Entry &entry)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (m_history) {
        History::CommandRecord r;
        r.timeMs = now.toMSecsSinceEpoch();
        r.room = entry.roomKey;
        if (r.room.address.isEmpty())
            r.room.address = entry.room;
        r.user = bounded(entry.operatorName);
        r.method = bounded(entry.method);
        r.outcome = entry.outcome;
        r.errorText = bounded(entry.error);
        r.latencyMs = entry.latencyMs;
        m_history->append(std::move(r)); // queued: never waits for the disk
    }
    const QByteArray text = line(entry, now) + '\n';
    ++m_recorded;
    if (!m_file.isOpen()) {
        std::fputs("roomdeck-agent: audit ", stdout);
        std::fwrite(text.constData(), 1, size_t(text.size()), stdout);
        std::fflush(stdout);
        return;
    }
    if (m_file.write(text) == text.size() && m_file.flush())
        return;
    if (m_failures++ == 0)
        qCWarning(lcAudit).noquote() << "cannot write the audit log" << m_file.fileName() << ":"
                                     << m_file.errorString() << "(the relay goes on)";
}
