// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include <QFrame>
#include <QPointer>
#include <QTimer>

#include <memory>

class DeviceState;
class QLabel;
class RoomController;
class ServerAccountState;

namespace Ui {
class RoomHeader;
}

//! The always-visible status card at the top of the main window: connection state, the
//! room's name and address, its app state, the role badge, the logged-in TrueConf ID and
//! server, the last error (with "Sign in again" while the room wants a new sign-in) and, while
//! reconnecting, a countdown with "Retry now" and "Cancel"; the microphone and camera mute. Every
//! value is shown in words and colour; the widget only reads the controller's properties and
//! reports button presses.
class RoomHeader final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoomHeader)

public:
    explicit RoomHeader(QWidget *parent = nullptr);
    ~RoomHeader() override;

    void setController(RoomController *controller);
    //! Where the room's server connection comes from (getConnected / serverConnected).
    void setServerAccount(ServerAccountState *account);
    //! Where the microphone and camera mute come from; shown at a glance while signed in.
    void setDevices(DeviceState *devices);
    //! The operator's name for the room ("Board room"), shown with its address.
    void setRoomLabel(const QString &label);
    //! Shows `indicator` (a small label the caller keeps up to date) after the mute icons.
    void addIndicator(QWidget *indicator);

    //! Shows a failure the controller does not track (a refused command, a login result) until
    //! it is dismissed or replaced; the controller's own error takes precedence.
    void showProblem(const QString &text);
    void clearProblem();
    QString problem() const { return m_problem; }

    //! The server as shown: from getConnected, else the TrueConf ID's domain.
    static QString serverText(const QString &trueConfId, const QString &server, int port,
                              bool service);

Q_SIGNALS:
    //! The operator pressed "Retry now".
    void retryRequested();
    //! The operator pressed "Cancel" while reconnecting.
    void cancelReconnectRequested();
    //! The operator asked to sign in again; `secret` is empty to reuse the last one.
    void signInRequested(const QString &secret);

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
    void refreshDevices();
    void applyStaticStyle();

    std::unique_ptr<Ui::RoomHeader> m_ui;
    QPointer<RoomController> m_controller;
    QPointer<ServerAccountState> m_account;
    QPointer<DeviceState> m_devices;
    QLabel *m_micIcon = nullptr; //!< microphone mute at a glance
    QLabel *m_cameraIcon = nullptr;
    QString m_roomLabel;
    QString m_problem;
    QString m_signInText; //!< the sign-in button's own text (it reads "Reclaim" when displaced)
    QTimer m_countdownTimer;
    bool m_restyling = true; //!< also true until the constructor has set up the form
};
