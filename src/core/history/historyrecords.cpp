// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "historyrecords.h"

#include <pwd.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace History {

QString localUserName()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty()) {
        if (const passwd *pw = getpwuid(geteuid()))
            name = QString::fromLocal8Bit(pw->pw_name);
    }
    return name.isEmpty() ? u"?"_s : name;
}

QString csvCell(const QString &value)
{
    QString v = value;
    if (!v.isEmpty()
        && (v.front() == u'=' || v.front() == u'+' || v.front() == u'-' || v.front() == u'@'
            || v.front() == u'\t' || v.front() == u'\r'))
        v.prepend(u'\'');
    if (v.contains(u',') || v.contains(u'"') || v.contains(u'\n') || v.contains(u'\r')) {
        v.replace(u"\""_s, u"\"\""_s);
        return u'"' + v + u'"';
    }
    return v;
}

namespace {

QByteArray line(const QStringList &cells)
{
    QString out;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            out += u',';
        out += csvCell(cells.at(i));
    }
    out += u"\r\n"_s;
    return out.toUtf8();
}

} // namespace

QByteArray csvHeader(Table table)
{
    switch (table) {
    case Table::Events:
        return line({ u"time"_s, u"room"_s, u"instance"_s, u"trueconf_id"_s, u"kind"_s, u"name"_s,
                      u"text"_s });
    case Table::Commands:
        return line({ u"time"_s, u"room"_s, u"instance"_s, u"trueconf_id"_s, u"user"_s, u"method"_s,
                      u"outcome"_s, u"error"_s, u"latency_ms"_s });
    case Table::Calls:
        return line({ u"time"_s, u"room"_s, u"instance"_s, u"trueconf_id"_s, u"peer_id"_s,
                      u"name"_s, u"direction"_s, u"result"_s, u"duration_s"_s });
    }
    return {};
}

QByteArray csvLine(const Row &r)
{
    const QString time = r.time().toString(Qt::ISODateWithMs);
    switch (r.table) {
    case Table::Events:
        return line({ time, r.room, r.instance, r.trueConfId, r.kind, r.name, r.text });
    case Table::Commands:
        return line({ time, r.room, r.instance, r.trueConfId, r.user, r.method, r.outcome,
                      r.errorText, r.latencyMs < 0 ? QString() : QString::number(r.latencyMs) });
    case Table::Calls:
        return line({ time, r.room, r.instance, r.trueConfId, r.peerId, r.displayName, r.direction,
                      r.result, QString::number(r.durationSecs) });
    }
    return {};
}

} // namespace History
