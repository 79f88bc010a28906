// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "core/controller/roomcontroller.h"
#include "gui/dialogs/connectdialog.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class DialogPresenter;
class EventLogModel;
class QLabel;

namespace Ui {
class MainWindow;
}

//! The operator console: the room header (state in words and colour), the event log, and
//! the session actions. Views read RoomController properties; applyCapabilities() is the one
//! place that decides what the operator may trigger.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(RoomController *controller, QWidget *parent = nullptr);
    ~MainWindow() override;

    //! Replaces the presenter that asks modal questions (tests script their own).
    void setDialogPresenter(std::unique_ptr<DialogPresenter> presenter);
    DialogPresenter *dialogPresenter() const { return m_presenter.get(); }

    //! The size a new window opens with (and --screenshot uses).
    static QSize defaultSize() { return { 1100, 720 }; }

    RoomController *controller() const { return m_controller; }
    EventLogModel *eventLog() const { return m_eventLog; }

    //! Marks the window as showing the built-in simulated room (title and status bar), and
    //! keeps its throw-away address out of the remembered settings.
    void setDemoMode(bool demo);
    bool isDemoMode() const { return m_demo; }

    //! Connects to a room and remembers the address (never the secret) for the next dialog.
    void connectToRoom(const ConnectionRequest &request);
    //! Opens the connect dialog (through the presenter) and connects when accepted.
    void showConnectDialog();

    //! Derives every action's visibility and enabled state from the controller's state and
    //! capabilities.
    void applyCapabilities();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void updateTitle();
    void updateStatusBar();
    void showAbout();
    void restoreSettings();
    void saveSettings() const;
    ConnectionRequest rememberedRequest() const;

    std::unique_ptr<Ui::MainWindow> m_ui;
    QPointer<RoomController> m_controller;
    EventLogModel *m_eventLog = nullptr;
    std::unique_ptr<DialogPresenter> m_presenter;
    QLabel *m_endpointLabel = nullptr;
    QLabel *m_demoLabel = nullptr;
    bool m_demo = false;
    bool m_sessionUp = false; //!< capabilities include ViewStatus
};
