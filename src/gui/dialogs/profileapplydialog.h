// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "core/session/profileapply.h"

#include <QDialog>
#include <QList>
#include <QPointer>

class DialogPresenter;
class ProfileSourceBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTreeWidget;
class RoomSession;
class RoomSessionList;

//! The overview's "Apply Profile…" for the selected rooms: choose the source (an open room or
//! a profile file), see per room what would change (a count, and the settings with their old
//! and new values as children; settings kept per room and rooms that are not connected say so),
//! then Apply sends one setSettings per room (ProfileApply) and each room's row shows its result.
//! The preview follows the rooms' settings live until Apply. Never modal by itself: the overview
//! open()s it.
class ProfileApplyDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileApplyDialog)

public:
    //! `rooms` and `presenter` must outlive the dialog; `targets` are the rooms to change.
    ProfileApplyDialog(RoomSessionList *rooms, const QList<RoomSession *> &targets,
                       DialogPresenter *presenter, QWidget *parent = nullptr);
    ~ProfileApplyDialog() override;

    ProfileSourceBox *sourceBox() const { return m_source; }
    QTreeWidget *previewTree() const { return m_tree; }
    QPushButton *applyButton() const { return m_applyButton; }
    QLabel *summaryLabel() const { return m_summary; }
    //! The rooms still in the dialog (a removed room drops out).
    QList<RoomSession *> targets() const;

    //! Sends the profile to every target room.
    void apply();

Q_SIGNALS:
    //! Apply ended; one result per target room, in their order.
    void applied(const QList<ProfileApply::Result> &results);

private:
    void refreshPreview();
    void showResults(const QList<ProfileApply::Result> &results);
    QString nameOf(RoomSession *session) const;

    RoomSessionList *m_rooms;
    QList<QPointer<RoomSession>> m_targets;
    ProfileSourceBox *m_source = nullptr;
    QTreeWidget *m_tree = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_applyButton = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPointer<ProfileApply> m_running;
    QList<const QObject *> m_appliedTo; //!< the rooms asked, in the results' order
    bool m_done = false; //!< results are on screen: the preview stays as it was applied
};
