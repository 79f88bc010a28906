// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "gui/console/roompage.h"

#include "core/permissions/permissions.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class DialogPresenter;
class RoomSession;
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
class ServerPanel final : public QWidget, public RoomPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerPanel)

public:
    ServerPanel(RoomSession *session, DialogPresenter *presenter, QWidget *parent = nullptr);
    ~ServerPanel() override;

    void setPresenter(DialogPresenter *presenter) override { m_presenter = presenter; }
    void applyCapabilities(Permissions::Capabilities caps) override;

    // RoomPage
    QWidget *pageWidget() override { return this; }
    QString pageName() const override { return QStringLiteral("server"); }
    QString pageTitle() const override;
    QIcon pageIcon() const override;
    Permissions::Capability requiredCapability() const override
    {
        return Permissions::Capability::ServerAccount;
    }

    //! What the buttons do; false when nothing was sent.
    bool connectRoom();
    bool logIn();
    bool logOut();

private:
    void setUp(RoomController *controller, ServerAccountState *account, DialogPresenter *presenter);
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
