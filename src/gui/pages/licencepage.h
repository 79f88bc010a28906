// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "gui/console/roompage.h"

#include <QPointer>
#include <QWidget>

class AppUpdate;
class DialogPresenter;
class LicenceState;
class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;
class RoomSession;
struct RequestOutcome;

//! The room's licence and updates: the licence type (Free / PRO, with its dates), the
//! licence server status, which PRO features (logo, background, NDI, slideshow) this room
//! has, the tariff restrictions as a readable list, and the application update (check,
//! start, cancel, with a progress bar). Room texts are bounded and shown as plain text.
class LicencePage final : public QWidget, public RoomPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LicencePage)

public:
    LicencePage(RoomSession *session, DialogPresenter *presenter, QWidget *parent = nullptr);
    ~LicencePage() override;

    // RoomPage
    QWidget *pageWidget() override { return this; }
    QString pageName() const override { return QStringLiteral("licence"); }
    QString pageTitle() const override;
    QIcon pageIcon() const override;
    Permissions::Capability requiredCapability() const override
    {
        return Permissions::Capability::ViewStatus;
    }
    void applyCapabilities(Permissions::Capabilities capabilities) override;
    void setPresenter(DialogPresenter *presenter) override { m_presenter = presenter; }

private:
    QWidget *buildLicence();
    QWidget *buildUpdate();
    void updateLicence();
    void updateUpdate();
    void setStatus(const QString &text, bool problem);

    QPointer<LicenceState> m_licence;
    QPointer<AppUpdate> m_update;
    DialogPresenter *m_presenter = nullptr;
    bool m_allowed = false;

    QLabel *m_type = nullptr;
    QLabel *m_server = nullptr;
    QTreeWidget *m_features = nullptr;
    QTreeWidget *m_restrictions = nullptr;

    QLabel *m_updateState = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_check = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_status = nullptr;
};
