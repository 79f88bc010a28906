// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include <QFrame>
#include <QPointer>
#include <QTimer>

#include <memory>

class RoomController;

namespace Ui {
class RoomHeader;
}

//! The always-visible status card at the top of the main window: connection state, the
//! room's app state, the role badge, the logged-in TrueConf ID, the room address, the last
//! error and, while reconnecting, a countdown with "Retry now". Every value is shown in
//! words and colour; the widget only reads the controller's properties.
class RoomHeader final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoomHeader)

public:
    explicit RoomHeader(QWidget *parent = nullptr);
    ~RoomHeader() override;

    void setController(RoomController *controller);

Q_SIGNALS:
    //! The operator pressed "Retry now".
    void retryRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void refreshConnection();
    void refreshAppState();
    void refreshRole();
    void refreshAccount();
    void refreshError();
    void refreshCountdown();
    void applyStaticStyle();

    std::unique_ptr<Ui::RoomHeader> m_ui;
    QPointer<RoomController> m_controller;
    QTimer m_countdownTimer;
    bool m_restyling = true; //!< also true until the constructor has set up the form
};
