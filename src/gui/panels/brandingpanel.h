// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "gui/console/roompage.h"

#include "core/permissions/permissions.h"

#include <QWidget>

#include <memory>

class BrandingImageEditor;
class BrandingState;
class DialogPresenter;
class RoomSession;
class RoomController;
class RoomScreenPreview;

namespace Ui {
class BrandingPanel;
}

//! The administrator's Branding page: the logo and the main-screen background editors and a
//! preview of the room's screen with the chosen images where the room puts them.
class BrandingPanel final : public QWidget, public RoomPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BrandingPanel)

public:
    BrandingPanel(RoomSession *session, DialogPresenter *presenter, QWidget *parent = nullptr);
    ~BrandingPanel() override;

    void setPresenter(DialogPresenter *presenter) override;
    //! Enables the editors the capabilities allow (the page itself exists only with Branding).
    void applyCapabilities(Permissions::Capabilities caps) override;

    // RoomPage
    QWidget *pageWidget() override { return this; }
    QString pageName() const override { return QStringLiteral("branding"); }
    QString pageTitle() const override;
    QIcon pageIcon() const override;
    Permissions::Capability requiredCapability() const override
    {
        return Permissions::Capability::Background;
    }

    BrandingImageEditor *logoEditor() const;
    BrandingImageEditor *backgroundEditor() const;
    RoomScreenPreview *preview() const;

private:
    void setUp(RoomController *controller, BrandingState *state, DialogPresenter *presenter);
    void updatePreview();

    std::unique_ptr<Ui::BrandingPanel> m_ui;
    BrandingState *m_state = nullptr;
};
