// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include <QObject>

class QAction;
class QMenu;
class QSystemTrayIcon;
class QWidget;
class RoomSession;
class RoomStack;

//! The tray: a message naming the room when a call rings in a room the operator is not
//! looking at (or a room raises an alert while the window is in the background), and a menu
//! that answers or declines each ringing room by name. The menu and the notifications exist
//! without a system tray too (shown in the tray only where there is one).
class RoomTray final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoomTray)

public:
    //! `window` is raised from the tray; `quitAction` ends the menu.
    RoomTray(RoomStack *stack, QWidget *window, QAction *quitAction);
    ~RoomTray() override;

    //! The tray icon's menu, rebuilt each time it opens.
    QMenu *menu() const { return m_menu; }
    //! Rebuilds the menu from the rooms that ring now.
    void rebuildMenu();
    //! Whether the platform shows a tray icon.
    bool hasIcon() const { return m_icon != nullptr; }

Q_SIGNALS:
    //! The operator is told `text` under `title` (in the tray, where there is one).
    void notified(const QString &title, const QString &text);

private:
    void onIncomingCall(RoomSession *session, const QString &peerId, const QString &peerDn);
    void onAlert(RoomSession *session, const QString &text);
    void notify(const QString &title, const QString &text, bool warning);
    QString roomName(const RoomSession *session) const;
    void showWindow();

    RoomStack *m_stack = nullptr;
    QWidget *m_window = nullptr;
    QAction *m_quitAction = nullptr;
    QMenu *m_menu = nullptr;
    QSystemTrayIcon *m_icon = nullptr;
};
