// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "core/models/roomprofile.h"

#include <QComboBox>
#include <QList>
#include <QMetaObject>
#include <QPointer>

class DialogPresenter;
class RoomSession;
class RoomSessionList;

//! Where a settings profile comes from: one of the open rooms (its live settings, captured
//! whenever asked) or a profile file. Lists every room of `rooms`, the files opened so far and
//! "Open a profile file…" last, which asks for a file through the presenter (a file that cannot
//! be read is reported and the choice stays as it was). sourceChanged() follows a new choice
//! and every change of the chosen room's settings or branding.
class ProfileSourceBox final : public QComboBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileSourceBox)

public:
    //! `rooms` (may be null) and `presenter` must outlive the box.
    ProfileSourceBox(RoomSessionList *rooms, DialogPresenter *presenter, QWidget *parent = nullptr);
    ~ProfileSourceBox() override;

    void setPresenter(DialogPresenter *presenter) { m_presenter = presenter; }

    //! Chooses `session`'s room; false when it is not in the list.
    bool setRoom(RoomSession *session);
    //! Reads `path` and chooses it; false (and an error through the presenter) when unreadable.
    bool openFile(const QString &path);

    //! The chosen room (null for a file).
    RoomSession *session() const;
    bool isFile() const;
    //! The chosen source's profile: a room's settings as they are now, or the file's.
    RoomProfile profile() const;
    //! A short plain-text name: the room's label, or the file's name.
    QString label() const;

Q_SIGNALS:
    //! Another source was chosen, or the chosen room's settings changed.
    void sourceChanged();

private:
    void rebuild();
    void onActivated(int index);
    void watch(RoomSession *session);

    RoomSessionList *m_rooms;
    DialogPresenter *m_presenter;
    QList<RoomProfile> m_files;
    QList<QString> m_fileNames;
    int m_lastIndex = -1;
    bool m_rebuilding = false;
    QList<QMetaObject::Connection> m_watching;
};
