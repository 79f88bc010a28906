// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "requestoutcome.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

QString RequestOutcome::statusName(Status status)
{
    switch (status) {
    case Status::Reply:
        return u"reply"_s;
    case Status::ErrorReply:
        return u"error"_s;
    case Status::Timeout:
        return u"timeout"_s;
    case Status::Disconnected:
        return u"disconnected"_s;
    case Status::RefusedLocally:
        return u"refused"_s;
    }
    return {};
}

QString RequestOutcome::summary() const
{
    if (ok())
        return QCoreApplication::translate("RequestOutcome", "%1: done").arg(method);
    return QCoreApplication::translate("RequestOutcome", "%1: %2").arg(method, errorText);
}
