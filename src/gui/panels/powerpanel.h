// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "core/permissions/permissions.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class DialogPresenter;
class PowerControl;
class RoomController;

namespace Ui {
class PowerPanel;
}

//! The administrator's Power page: restart or shut down the room's PC (rebootSystem,
//! shutdownSystem) and quit the room application (shutdown). Each asks first; during a call
//! or conference the question says so and, where the room may end the conference for
//! everyone, offers to do that first.
class PowerPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PowerPanel)

public:
    enum class Action { Reboot, ShutDownComputer, QuitApp };
    Q_ENUM(Action)

    explicit PowerPanel(QWidget *parent = nullptr);
    ~PowerPanel() override;

    void setUp(RoomController *controller, DialogPresenter *presenter);
    void setPresenter(DialogPresenter *presenter) { m_presenter = presenter; }
    void applyCapabilities(Permissions::Capabilities caps);
    //! Whether "end the conference for all" may be offered (the main window knows who owns
    //! the conference).
    void setEndForAllAllowed(bool allowed) { m_endForAll = allowed; }

    //! Asks and, when confirmed, sends the command. False when nothing was sent.
    bool request(Action action);

private:
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
