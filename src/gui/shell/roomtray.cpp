// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "roomtray.h"

#include "core/models/callsession.h"
#include "core/roomtext.h"
#include "core/session/roomsession.h"
#include "core/session/roomsessionlist.h"
#include "gui/console/roomconsole.h"
#include "gui/shell/roomstack.h"
#include "gui/widgets/peertext.h"
#include "gui/widgets/svgicon.h"

#include <QApplication>
#include <QMenu>
#include <QPointer>
#include <QSystemTrayIcon>

using namespace Qt::StringLiterals;

namespace {
constexpr int kMessageMs = 20000;
}

RoomTray::RoomTray(RoomStack *stack, QWidget *window, QAction *quitAction)
    : QObject(window)
    , m_stack(stack)
    , m_window(window)
    , m_quitAction(quitAction)
    , m_menu(new QMenu(window))
{
    setObjectName(u"roomTray"_s);
    m_menu->setObjectName(u"trayMenu"_s);
    connect(m_menu, &QMenu::aboutToShow, this, &RoomTray::rebuildMenu);
    RoomSessionList *rooms = m_stack->rooms();
    connect(rooms, &RoomSessionList::incomingCall, this, &RoomTray::onIncomingCall);
    connect(rooms, &RoomSessionList::alertRaised, this, &RoomTray::onAlert);
    rebuildMenu();
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_icon = new QSystemTrayIcon(window->windowIcon(), this);
    m_icon->setToolTip(tr("RoomDeck"));
    m_icon->setContextMenu(m_menu);
    connect(m_icon, &QSystemTrayIcon::messageClicked, this, &RoomTray::showWindow);
    m_icon->show();
}

RoomTray::~RoomTray()
{
    m_stack->rooms()->disconnect(this);
}

QString RoomTray::roomName(const RoomSession *session) const
{
    const RoomSessionList *rooms = m_stack->rooms();
    const int row = rooms->rowOf(session);
    return row < 0 ? QString()
                   : RoomText::name(rooms->data(rooms->index(row), Qt::DisplayRole).toString());
}

void RoomTray::onIncomingCall(RoomSession *session, const QString &peerId, const QString &peerDn)
{
    QApplication::alert(m_window);
    const QString room = roomName(session);
    if (room.isEmpty())
        return;
    const RoomConsole *aimed = m_stack->aimedConsole();
    const bool onScreen = m_window->isActiveWindow() && aimed && aimed->session() == session;
    if (!onScreen)
        notify(tr("Incoming call — %1").arg(room),
               tr("%1 is calling %2. Open RoomDeck to answer.")
                   .arg(PeerText::person(peerId, peerDn), room),
               false);
}

void RoomTray::onAlert(RoomSession *session, const QString &text)
{
    const QString room = roomName(session);
    if (!room.isEmpty() && !m_window->isActiveWindow())
        notify(room, text, true);
}

void RoomTray::notify(const QString &title, const QString &text, bool warning)
{
    if (m_icon)
        m_icon->showMessage(title, text,
                            warning ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information,
                            kMessageMs);
    Q_EMIT notified(title, text);
}

void RoomTray::rebuildMenu()
{
    // Rooms that ring can be answered from the tray, each named.
    m_menu->clear();
    const RoomSessionList *rooms = m_stack->rooms();
    for (int row = 0; row < rooms->count(); ++row) {
        RoomSession *session = rooms->session(row);
        const CallSession *call = session->call();
        if (!call || call->phase() != CallSession::Phase::Incoming)
            continue;
        const QString room = roomName(session);
        const QString who = PeerText::person(call->peerId(), call->peerDn());
        // Through the room's console, which shows the command's outcome; answering opens
        // the room.
        const QPointer<RoomConsole> target(m_stack->consoleOf(session));
        if (!target)
            continue;
        QAction *accept = m_menu->addAction(
            SvgIcon::icon(u"accept"_s), tr("Accept %1 in %2").arg(who, room), this, [this, target] {
                if (!target)
                    return;
                target->acceptAction()->trigger();
                m_stack->showRoom(target->session());
                showWindow();
            });
        accept->setObjectName(u"trayAcceptAction%1"_s.arg(row + 1));
        QAction *decline = m_menu->addAction(SvgIcon::icon(u"reject"_s),
                                             tr("Decline %1 in %2").arg(who, room), this, [target] {
                                                 if (target)
                                                     target->rejectAction()->trigger();
                                             });
        decline->setObjectName(u"trayDeclineAction%1"_s.arg(row + 1));
        m_menu->addSeparator();
    }
    m_menu->addAction(tr("Show RoomDeck"), this, &RoomTray::showWindow);
    if (m_quitAction)
        m_menu->addAction(m_quitAction);
}

void RoomTray::showWindow()
{
    m_window->showNormal();
    m_window->raise();
    m_window->activateWindow();
}
