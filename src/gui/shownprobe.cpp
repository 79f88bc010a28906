// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "shownprobe.h"

#include "core/controller/roomcontroller.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QFile>

using namespace Qt::StringLiterals;

ShownProbe::ShownProbe(RoomController *controller, QAbstractItemView *view,
                       std::function<bool()> loaded, QObject *parent)
    : QObject(parent)
    , m_controller(controller)
    , m_view(view)
    , m_loaded(std::move(loaded))
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        finish(false,
               tr("the address book was not shown within %1 s")
                   .arg(QString::number(m_deadlineMs / 1000.0, 'g', 3)));
    });
}

void ShownProbe::start()
{
    if (!m_controller || !m_view || !m_loaded) {
        finish(false, tr("nothing to show"));
        return;
    }
    connect(m_controller, &RoomController::connectionFailed, this,
            [this](RoomLocator::Error, const QString &reason) { finish(false, reason); });
    connect(m_controller, &RoomController::authenticationFailed, this,
            [this](const QString &reason) { finish(false, reason); });
    m_view->viewport()->installEventFilter(this);
    m_deadline.start(m_deadlineMs);
}

bool ShownProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_done && m_view && watched == m_view->viewport() && event->type() == QEvent::Paint
        && m_loaded()) {
        const int rows = m_view->model() ? m_view->model()->rowCount() : 0;
        // Reported once this paint has been done: the operator sees the book by then.
        QTimer::singleShot(0, this, [this, rows] { finish(true, {}, rows); });
    }
    return QObject::eventFilter(watched, event);
}

void ShownProbe::finish(bool ok, const QString &reason, int rows)
{
    if (m_done)
        return;
    m_done = true;
    m_deadline.stop();
    if (m_view)
        m_view->viewport()->removeEventFilter(this);
    if (ok)
        Q_EMIT shown(rows);
    else
        Q_EMIT failed(reason);
}

qint64 ShownProbe::peakResidentKiB()
{
    QFile f(u"/proc/self/status"_s);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return -1;
}
