// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "agenttest.h"

#include "agent/agentmetrics.h"
#include "simroom.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>

#include <cmath>
#include <limits>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace AgentTest {

bool writeFile(const QString &path, const QByteArray &content, int mode)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(content) != content.size())
        return false;
    file.close();
    return ::chmod(QFile::encodeName(path).constData(), mode_t(mode)) == 0;
}

QByteArray roomsJson(const std::vector<std::unique_ptr<RoomSimulator>> &sims,
                     const QStringList &names, const QString &site)
{
    QJsonArray rooms;
    for (size_t i = 0; i < sims.size() && int(i) < names.size(); ++i)
        rooms.append(QJsonObject { { u"name"_s, names.at(int(i)) },
                                   { u"address"_s, u"127.0.0.1:%1"_s.arg(sims[i]->webPort()) },
                                   { u"site"_s, site },
                                   { u"tags"_s, QJsonArray { u"test"_s } } });
    return QJsonDocument(QJsonObject { { u"rooms"_s, rooms } }).toJson();
}

std::vector<std::unique_ptr<RoomSimulator>> startSims(int count)
{
    std::vector<std::unique_ptr<RoomSimulator>> sims;
    for (int i = 1; i <= count; ++i) {
        RoomSimulator::Options o;
        o.peerId = u"room%1@sim.trueconf.local"_s.arg(i);
        o.peerDn = u"Room %1"_s.arg(i);
        sims.push_back(SimRoom::start(o));
    }
    return sims;
}

RoomSimulator::Options pinnedOptions(const RoomSimulator &sim)
{
    RoomSimulator::Options o = sim.options();
    o.webPort = sim.webPort();
    o.wsPort = sim.wsPort();
    o.httpPort = sim.httpPort();
    return o;
}

QByteArray get(const QUrl &url, int timeoutMs, QByteArray *contentType)
{
    QNetworkAccessManager manager;
    QNetworkReply *reply = manager.get(QNetworkRequest(url));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(timeoutMs)) {
        reply->abort();
        reply->deleteLater();
        return {};
    }
    reply->deleteLater();
    if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
        return {};
    if (contentType)
        *contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    QByteArray body = reply->readAll();
    return body.isNull() ? QByteArray("") : body;
}

double sample(const QByteArray &text, const QString &metric, const QString &room)
{
    const QByteArray prefix
        = (metric + u"{room=\""_s + AgentMetrics::escapeLabelValue(room) + u"\""_s).toUtf8();
    for (const QByteArray &line : text.split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(line.lastIndexOf(' ') + 1).toDouble();
    }
    return std::numeric_limits<double>::quiet_NaN();
}

} // namespace AgentTest
