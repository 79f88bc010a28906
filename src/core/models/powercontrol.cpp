// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "powercontrol.h"

#include "core/controller/roomcontroller.h"

using namespace Qt::StringLiterals;

PowerControl::PowerControl(RoomController *controller, QObject *parent)
    : QObject(parent)
    , m_controller(controller)
{ }

QString PowerControl::methodOf(Command command)
{
    switch (command) {
    case Command::RestartComputer:
        return u"rebootSystem"_s;
    case Command::ShutDownComputer:
        return u"shutdownSystem"_s;
    case Command::QuitApp:
        return u"shutdown"_s;
    }
    return {};
}

quint64 PowerControl::run(Command command, bool endConferenceForAll, QObject *context, Done done)
{
    if (!m_controller)
        return 0;
    const QString method = methodOf(command);
    const auto finished = [done](const RequestOutcome &o) {
        if (done)
            done(Stage::PowerCommand, o);
    };
    if (!endConferenceForAll)
        return m_controller->sendRequest(method, {}, context, finished);
    if (command == Command::QuitApp) // shutdown ends the conference for everyone itself
        return m_controller->sendRequest(method, { { u"forAll"_s, true } }, context, finished);
    QPointer<RoomController> controller = m_controller;
    return m_controller->sendRequest(
        u"hangUp"_s, { { u"forAll"_s, true } }, context,
        [controller, method, context, done, finished](const RequestOutcome &o) {
            if (!o.ok() || !controller) {
                if (done)
                    done(Stage::EndingConference, o);
                return;
            }
            controller->sendRequest(method, {}, context, finished);
        });
}
