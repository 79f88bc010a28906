// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "requestending.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <utility>

namespace RequestEnding {

PendingRequests::Callback guarded(QObject *context, PendingRequests::Callback done)
{
    if (!done)
        return {};
    if (!context)
        return done;
    return [guard = QPointer<QObject>(context), done = std::move(done)](const RequestOutcome &o) {
        if (guard)
            done(o);
    };
}

void refuseLater(QObject *owner, const QString &method, const QString &why, QObject *context,
                 PendingRequests::Callback done, std::function<void(const RequestOutcome &)> first)
{
    RequestOutcome o;
    o.method = method;
    o.status = RequestOutcome::Status::RefusedLocally;
    o.errorText = why;
    QTimer::singleShot(0, owner,
                       [o, first = std::move(first), done = guarded(context, std::move(done))] {
                           if (first)
                               first(o);
                           if (done)
                               done(o);
                       });
}

} // namespace RequestEnding
