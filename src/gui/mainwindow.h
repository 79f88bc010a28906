// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "gui/dialogs/connectdialog.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>
#include <vector>

class CredentialStore;
class DialogPresenter;
class QLabel;
class QStackedWidget;
class QSystemTrayIcon;
class RoomConsole;
class RoomController;
class RoomSession;

namespace Ui {
class MainWindow;
}

//! The shell: menus, toolbar, tray, status bar, language, and a stack of room consoles (one
//! RoomConsole per RoomSession). Every room action in the menus is the current console's;
//! updateActions() puts the current console's actions in the menus and the toolbar.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    //! A shell with no room yet.
    explicit MainWindow(QWidget *parent = nullptr);
    //! A shell with one room over `controller` (which the caller keeps).
    explicit MainWindow(RoomController *controller, QWidget *parent = nullptr);
    ~MainWindow() override;

    //! Adds a console for `session` (kept by the caller) and returns it.
    RoomConsole *addConsole(RoomSession *session);
    //! The console the operator looks at (nullptr while there is none).
    RoomConsole *console() const;
    QList<RoomConsole *> consoles() const;
    void setCurrentConsole(RoomConsole *console);

    //! Replaces the presenter that asks modal questions (tests script their own).
    void setDialogPresenter(std::unique_ptr<DialogPresenter> presenter);
    DialogPresenter *dialogPresenter() const { return m_presenter.get(); }
    CredentialStore *credentialStore() const { return m_store; }

    //! The size a new window opens with (and --screenshot uses).
    static QSize defaultSize() { return { 1240, 760 }; }

    //! Marks the window as showing built-in simulated rooms (title and status bar), and
    //! keeps their throw-away addresses out of the remembered settings.
    void setDemoMode(bool demo);
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
    void setUpTray();
    void setUpLanguageMenu();
    //! The menus and the toolbar show the current console's actions.
    void updateActions();
    void updateTitle();
    void updateStatusBar();
    void updateKeyringLabel();
    void onIncomingCall(RoomConsole *console, const QString &who);
    void showAbout();
    void restoreSettings();
    void saveSettings() const;

    std::unique_ptr<Ui::MainWindow> m_ui;
    QStackedWidget *m_stack = nullptr;
    std::vector<QPointer<RoomConsole>> m_consoles;
    std::vector<std::unique_ptr<RoomSession>> m_ownSessions; //!< sessions the shell made
    CredentialStore *m_store = nullptr;
    std::unique_ptr<DialogPresenter> m_presenter;
    QLabel *m_endpointLabel = nullptr;
    QLabel *m_keyringLabel = nullptr;
    QLabel *m_demoLabel = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    bool m_demo = false;
};
