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
class SecurityState;

namespace Ui {
class SecurityPanel;
}

//! The administrator's Security page: each mode's protection (getAuthInfo) and changing it
//! (setAuthParams; a PIN the room generates is shown and can be copied), clearing tokens,
//! the copyable hardware key and licence activation with its result.
class QToolButton;

class SecurityPanel final : public QWidget, public RoomPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecurityPanel)

public:
    SecurityPanel(RoomSession *session, DialogPresenter *presenter, QWidget *parent = nullptr);
    ~SecurityPanel() override;

    void setPresenter(DialogPresenter *presenter) override { m_presenter = presenter; }
    void applyCapabilities(Permissions::Capabilities caps) override;

    // RoomPage
    QWidget *pageWidget() override { return this; }
    QString pageName() const override { return QStringLiteral("security"); }
    QString pageTitle() const override;
    QIcon pageIcon() const override;
    Permissions::Capability requiredCapability() const override
    {
        return Permissions::Capability::Security;
    }

    //! What the buttons do; false when nothing was sent.
    bool applyProtection();
    bool clearTokens();
    bool activateLicence();
    void copyHardwareKey();

protected:
    void hideEvent(QHideEvent *event) override;

private:
    void setUp(RoomController *controller, SecurityState *security, DialogPresenter *presenter);
    void updateState();
    void updateEnabled();
    void setStatus(class QLabel *label, const QString &text, bool problem);
    QString newPinText() const;
    void showNewPin();

    std::unique_ptr<Ui::SecurityPanel> m_ui;
    QPointer<RoomController> m_controller;
    QPointer<SecurityState> m_security;
    DialogPresenter *m_presenter = nullptr;
    Permissions::Capabilities m_caps;
    QString m_newPin; //!< the PIN the room generated last (shown until the page is left)
    QString m_newPinMode; //!< the mode m_newPin protects, for its status line
    QToolButton *m_revealButton = nullptr; //!< shows PINs in clear while checked
    bool m_busy = false;
};
