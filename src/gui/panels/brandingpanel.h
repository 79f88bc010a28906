// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "core/permissions/permissions.h"

#include <QWidget>

#include <memory>

class BrandingImageEditor;
class BrandingState;
class DialogPresenter;
class RoomController;
class RoomScreenPreview;

namespace Ui {
class BrandingPanel;
}

//! The administrator's Branding page: the logo and the main-screen background editors and a
//! preview of the room's screen with the chosen images where the room puts them.
class BrandingPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BrandingPanel)

public:
    explicit BrandingPanel(QWidget *parent = nullptr);
    ~BrandingPanel() override;

    void setUp(RoomController *controller, BrandingState *state, DialogPresenter *presenter);
    void setPresenter(DialogPresenter *presenter);
    //! Enables the editors the capabilities allow (the page itself exists only with Branding).
    void applyCapabilities(Permissions::Capabilities caps);

    BrandingImageEditor *logoEditor() const;
    BrandingImageEditor *backgroundEditor() const;
    RoomScreenPreview *preview() const;

private:
    void updatePreview();

    std::unique_ptr<Ui::BrandingPanel> m_ui;
    BrandingState *m_state = nullptr;
};
