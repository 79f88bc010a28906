// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "clicheck.h"

#include "cli/cliformat.h"
#include "core/models/devicestate.h"
#include "core/session/roomsession.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

CliCheck::CliCheck(RoomController *controller, const CliOptions &options, Done done,
                   QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_session(new RoomSession(controller, RoomSession::Parts::None, this))
    , m_devices(new DeviceState(this))
    , m_check(new ReadinessCheck(this))
    , m_done(std::move(done))
{
    // Every step ends within --timeout (the check never waits longer for one answer).
    ReadinessCheck::Options o = m_check->options();
    o.stepTimeoutMs = qMin(o.stepTimeoutMs, options.timeoutMs);
    o.delayTimeoutMs = qMin(o.delayTimeoutMs, options.timeoutMs);
    m_check->setOptions(o);
    m_check->setDeviceSource(m_devices);
}

CliCheck::~CliCheck()
{
    // The parts go before the session they are attached to.
    delete m_check;
    delete m_devices;
}

QString CliCheck::helpText()
{
    return tr("  check                   check the room: connection, server, login, camera\n"
              "                          picture, microphone, speaker and audio delay, one\n"
              "                          line each; exits 0 when every item is OK, 1 on a\n"
              "                          warning, 7 on a problem (the audio tests are\n"
              "                          skipped during a call)\n");
}

int CliCheck::exitCodeOf(const ReadinessCheck::Result &result)
{
    switch (result.overall()) {
    case ReadinessCheck::Verdict::Green:
        return int(CliExit::Ok);
    case ReadinessCheck::Verdict::Amber:
        return int(CliExit::Differences);
    default:
        return int(CliExit::NotReady); // never 2: that is a usage error
    }
}

QString CliCheck::verdictWord(ReadinessCheck::Verdict verdict)
{
    switch (verdict) {
    case ReadinessCheck::Verdict::Pending:
        return u"pending"_s;
    case ReadinessCheck::Verdict::Running:
        return u"running"_s;
    case ReadinessCheck::Verdict::Green:
        return u"green"_s;
    case ReadinessCheck::Verdict::Amber:
        return u"amber"_s;
    case ReadinessCheck::Verdict::Red:
        break;
    }
    return u"red"_s;
}

QString CliCheck::itemWord(ReadinessCheck::Item item)
{
    switch (item) {
    case ReadinessCheck::Item::Connection:
        return u"connection"_s;
    case ReadinessCheck::Item::Server:
        return u"server"_s;
    case ReadinessCheck::Item::Login:
        return u"login"_s;
    case ReadinessCheck::Item::Camera:
        return u"camera"_s;
    case ReadinessCheck::Item::Microphone:
        return u"microphone"_s;
    case ReadinessCheck::Item::Speaker:
        return u"speaker"_s;
    case ReadinessCheck::Item::AudioDelay:
        break;
    }
    return u"audioDelay"_s;
}

void CliCheck::run()
{
    connect(m_check, &ReadinessCheck::finished, this, &CliCheck::report);
    // The camera and audio items look at the devices first: read them, then check.
    connect(m_devices, &DeviceState::refreshed, this, [this] {
        disconnect(m_devices, &DeviceState::refreshed, this, nullptr);
        m_check->start();
    });
    m_session->attach(m_devices); // signed in: reads at once
    m_session->attach(m_check);
    if (!m_devices->isRefreshing())
        m_check->start();
}

void CliCheck::report()
{
    const ReadinessCheck::Result &r = m_check->lastResult();
    QJsonArray items;
    QList<QStringList> rows;
    for (const ReadinessCheck::ItemResult &i : r.items) {
        items.append(QJsonObject { { u"item"_s, itemWord(i.item) },
                                   { u"verdict"_s, verdictWord(i.verdict) },
                                   { u"detail"_s, i.detail },
                                   { u"at"_s, i.at.toString(Qt::ISODateWithMs) } });
        rows.append({ ReadinessCheck::itemName(i.item), ReadinessCheck::verdictName(i.verdict),
                      CliFormat::terminalSafe(i.detail) });
    }
    const int code = exitCodeOf(r);
    const QString human
        = CliFormat::table({ tr("ITEM"), tr("RESULT"), tr("DETAIL") }, rows).trimmed() + u'\n'
        + tr("Overall: %1").arg(ReadinessCheck::verdictName(r.overall()));
    m_done(human,
           { { u"items"_s, items },
             { u"overall"_s, verdictWord(r.overall()) },
             { u"startedAt"_s, r.startedAt.toString(Qt::ISODateWithMs) },
             { u"finishedAt"_s, r.finishedAt.toString(Qt::ISODateWithMs) },
             { u"exitCode"_s, code } },
           code);
}
