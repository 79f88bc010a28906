// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "core/history/historystore.h"
#include "gui/dialogs/connectdialog.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>
#include <vector>

class CredentialStore;
class DialogPresenter;
class QLabel;
class RoomConsole;
class OverviewPage;
class RoomController;
class RoomListPanel;
class RoomSession;
class RoomSessionList;
class RoomStack;
class RoomTray;

namespace Ui {
class MainWindow;
}

//! The shell: menus, toolbar, status bar and language around a RoomStack (the room list, the
//! overview and one RoomConsole per room), with the Rooms menu and the tray. Every room action
//! in the menus is the shown console's; updateActions() puts its actions in the menus and the
//! toolbar. With one room the window is that room's console; the room list and the overview
//! appear from the second room on.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    //! A shell over `rooms` (which the caller keeps): a console for every row, now and later.
    explicit MainWindow(RoomSessionList *rooms, QWidget *parent = nullptr);
    //! A shell with one room over `controller` (which the caller keeps).
    explicit MainWindow(RoomController *controller, QWidget *parent = nullptr);
    ~MainWindow() override;

    RoomSessionList *rooms() const { return m_rooms; }
    //! The console of the room the operator looks at (the last one while on the overview;
    //! nullptr while there is no room).
    RoomConsole *console() const;
    RoomConsole *consoleOf(const RoomSession *session) const;
    QList<RoomConsole *> consoles() const;
    //! Shows `session`'s console.
    void showRoom(RoomSession *session);
    //! Shows the overview of every room (while there are two or more).
    void showOverview();
    bool isOverviewShown() const;
    RoomStack *roomStack() const { return m_stack; }
    RoomListPanel *roomList() const;
    OverviewPage *overview() const;
    RoomTray *tray() const { return m_tray; }
    //! Adds a room through the connect dialog and connects to it.
    void addRoom();
    //! Whether every saved room is connected at start (a setting; on by default).
    static bool connectsAtStart();

    //! Replaces the presenter that asks modal questions (tests script their own).
    void setDialogPresenter(std::unique_ptr<DialogPresenter> presenter);
    DialogPresenter *dialogPresenter() const { return m_presenter.get(); }
    CredentialStore *credentialStore() const { return m_store; }

    //! The size a new window opens with (and --screenshot uses).
    static QSize defaultSize() { return { 1240, 760 }; }

    //! Marks the window as showing built-in simulated rooms (title and status bar), and
    //! keeps their throw-away addresses out of the remembered settings.
    void setDemoMode(bool demo);

    //! The rooms' durable history (which the caller keeps): every event log offers it,
    //! Settings > History… sets its limits and the status bar says when it is paused.
    void setHistoryStore(HistoryStore *store);
    HistoryStore *historyStore() const { return m_history; }
    //! Opens Settings > History… (window-modal; returns at once).
    void showHistorySettings();
    bool isDemoMode() const { return m_demo; }

    //! The current console connects to `request`'s room.
    void connectToRoom(const ConnectionRequest &request);
    //! True once every console's address book has loaded or failed to.
    bool isAddressBookSettled() const;

Q_SIGNALS:
    //! The operator asked to restart RoomDeck now (after choosing another language); the
    //! program starts itself again with the same arguments and closes this window.
    void restartRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void setUpStatusBar();
    void setUpLanguageMenu();
    //! The menus and the toolbar show the current console's actions.
    void updateActions();
    void updateTitle();
    void updateStatusBar();
    void updateKeyringLabel();
    void showAbout();
    void restoreSettings();
    void saveSettings() const;

    std::unique_ptr<Ui::MainWindow> m_ui;
    std::unique_ptr<RoomSessionList> m_ownRooms; //!< the list the shell made (controller form)
    RoomSessionList *m_rooms = nullptr;
    RoomStack *m_stack = nullptr;
    RoomTray *m_tray = nullptr;
    CredentialStore *m_store = nullptr;
    std::unique_ptr<DialogPresenter> m_presenter;
    QLabel *m_endpointLabel = nullptr;
    QLabel *m_keyringLabel = nullptr;
    QLabel *m_demoLabel = nullptr;
    QLabel *m_historyLabel = nullptr;
    QPointer<HistoryStore> m_history;
    bool m_demo = false;
};
