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
class PowerControl;
class RoomController;

namespace Ui {
class PowerPanel;
}

//! The administrator's Power page: restart or shut down the room's PC (rebootSystem,
//! shutdownSystem) and quit the room application (shutdown). Each asks first; during a call
//! or conference the question says so and, where the room may end the conference for
//! everyone, offers to do that first.
class PowerPanel final : public QWidget, public RoomPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PowerPanel)

public:
    enum class Action { Reboot, ShutDownComputer, QuitApp };
    Q_ENUM(Action)

    PowerPanel(RoomSession *session, DialogPresenter *presenter, QWidget *parent = nullptr);
    ~PowerPanel() override;

    void setPresenter(DialogPresenter *presenter) override { m_presenter = presenter; }
    void applyCapabilities(Permissions::Capabilities caps) override;

    // RoomPage
    QWidget *pageWidget() override { return this; }
    QString pageName() const override { return QStringLiteral("power"); }
    QString pageTitle() const override;
    QIcon pageIcon() const override;
    Permissions::Capability requiredCapability() const override
    {
        return Permissions::Capability::Power;
    }
    //! Whether "end the conference for all" may be offered (the main window knows who owns
    //! the conference).
    void setEndForAllAllowed(bool allowed) { m_endForAll = allowed; }

    //! Asks and, when confirmed, sends the command. False when nothing was sent.
    bool request(Action action);

private:
    void setUp(RoomController *controller, PowerControl *power, DialogPresenter *presenter);
    void send(Action action, bool endForAll);
    void setStatus(const QString &text, bool problem);
    void updateEnabled();

    std::unique_ptr<Ui::PowerPanel> m_ui;
    QPointer<RoomController> m_controller;
    PowerControl *m_power = nullptr;
    DialogPresenter *m_presenter = nullptr;
    Permissions::Capabilities m_caps;
    bool m_endForAll = false;
    bool m_busy = false;
};
