// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "core/models/roomprofile.h"
#include "core/session/profileapply.h"
#include "gui/console/roompage.h"

#include <QPointer>
#include <QWidget>

class DialogPresenter;
class ProfileSourceBox;
class QCheckBox;
class QLabel;
class QPushButton;
class QTableWidget;
class RoomSession;
class RoomSessionList;

//! The room's settings profiles (issue #16): "Save Profile…" writes this room's settings and
//! branding state to a file; above it, two sources side by side — this room on the left, another
//! open room or a profile file on the right (either side can be any of them) — one row per
//! setting, differences highlighted, "Only differences" to hide the rest, and the settings that
//! belong to one room marked as never applied. "Apply Left to Right…" sends the left side's
//! differing values to the right room in one atomic setSettings, after a confirmation that lists
//! them, and shows the room's answer. The other rooms are those of the list that owns the
//! session (none for a lone session: then only files).
class ProfilesPage final : public QWidget, public RoomPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfilesPage)

public:
    ProfilesPage(RoomSession *session, DialogPresenter *presenter, QWidget *parent = nullptr);
    ~ProfilesPage() override;

    // RoomPage
    QWidget *pageWidget() override { return this; }
    QString pageName() const override { return QStringLiteral("profiles"); }
    QString pageTitle() const override;
    QIcon pageIcon() const override;
    Permissions::Capability requiredCapability() const override
    {
        return Permissions::Capability::ViewStatus;
    }
    void applyCapabilities(Permissions::Capabilities capabilities) override;
    void setPresenter(DialogPresenter *presenter) override;

    ProfileSourceBox *leftBox() const { return m_left; }
    ProfileSourceBox *rightBox() const { return m_right; }
    QTableWidget *table() const { return m_table; }
    QCheckBox *onlyDifferencesBox() const { return m_onlyDifferences; }
    QPushButton *applyButton() const { return m_applyButton; }
    QPushButton *saveButton() const { return m_saveButton; }
    QLabel *resultLabel() const { return m_result; }
    //! The comparison on screen.
    const ProfileDiff &diff() const { return m_diff; }

    //! Asks for a file and saves this room's profile there.
    void saveProfile();
    //! Applies the left side to the right room, after a confirmation.
    void applyLeftToRight();

Q_SIGNALS:
    //! "Apply Left to Right" ended with the right room's result.
    void applyFinished(const ProfileApply::Result &result);

private:
    void refresh();
    void updateActions();

    RoomSession *m_session;
    DialogPresenter *m_presenter;
    RoomSessionList *m_rooms = nullptr;
    ProfileSourceBox *m_left = nullptr;
    ProfileSourceBox *m_right = nullptr;
    QTableWidget *m_table = nullptr;
    QCheckBox *m_onlyDifferences = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_applyButton = nullptr;
    QLabel *m_result = nullptr;
    ProfileDiff m_diff;
    QPointer<ProfileApply> m_running;
    Permissions::Capabilities m_caps;
};
