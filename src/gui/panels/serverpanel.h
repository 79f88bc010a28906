// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "core/permissions/permissions.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class DialogPresenter;
class RoomController;
class ServerAccountState;
struct RequestOutcome;

namespace Ui {
class ServerPanel;
}

//! The administrator's Server page: which TrueConf server the room is connected to
//! (getConnected), connecting it to a TrueConf Server (port 4307 unless told otherwise) or
//! to TrueConf Online, and the room's own account: log in (with the encryptPassword switch
//! LDAP / Active Directory servers need off), the login result in words, log out.
class ServerPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerPanel)

public:
    explicit ServerPanel(QWidget *parent = nullptr);
    ~ServerPanel() override;

    void setUp(RoomController *controller, ServerAccountState *account, DialogPresenter *presenter);
    void setPresenter(DialogPresenter *presenter) { m_presenter = presenter; }
    void applyCapabilities(Permissions::Capabilities caps);

    //! What the buttons do; false when nothing was sent.
    bool connectRoom();
    bool logIn();
    bool logOut();

private:
    void updateState();
    void updateEnabled();
    void onOutcome(const RequestOutcome &outcome, const QString &what);

    std::unique_ptr<Ui::ServerPanel> m_ui;
    QPointer<RoomController> m_controller;
    QPointer<ServerAccountState> m_account;
    DialogPresenter *m_presenter = nullptr;
    Permissions::Capabilities m_caps;
    bool m_loginPending = false;
};
