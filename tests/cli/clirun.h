// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "cli/clioptions.h"
#include "cli/clirunner.h"
#include "sim/roomsimulator.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStringList>

#include <memory>

namespace CliTest {

//! One in-process roomdeckctl run: parsed as the program would, output into buffers.
class Run final
{
public:
    Run(const RoomSimulator &sim, const QStringList &args)
    {
        const CliParseResult parsed = CliCommandLine::parse(
            QStringList { QStringLiteral("roomdeckctl"), QStringLiteral("--room"),
                          QStringLiteral("127.0.0.1:") + QString::number(sim.webPort()) }
                + args,
            {});
        if (parsed.action != CliParseResult::Action::Run)
            qFatal("bad test command line: %s", qPrintable(parsed.text));
        m_out.open(QIODevice::WriteOnly);
        m_err.open(QIODevice::WriteOnly);
        runner = std::make_unique<CliRunner>(parsed.options, &m_out, &m_err);
        finished = std::make_unique<QSignalSpy>(runner.get(), &CliRunner::finished);
        runner->start();
    }

    //! Waits for the end; the exit code, or -1 when the run did not end in time.
    int wait(int msecs = 10000)
    {
        if (finished->isEmpty() && !finished->wait(msecs))
            return -1;
        return finished->first().first().toInt();
    }
    QString out() const { return QString::fromUtf8(m_out.data()); }
    QString err() const { return QString::fromUtf8(m_err.data()); }
    QJsonObject json() const { return QJsonDocument::fromJson(m_out.data()).object(); }

    std::unique_ptr<CliRunner> runner;
    std::unique_ptr<QSignalSpy> finished;

private:
    QBuffer m_out;
    QBuffer m_err;
};

} // namespace CliTest
