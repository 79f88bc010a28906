// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "core/session/roomsession.h" // complete: signals carry RoomSession *
#include "gui/widgets/statuscolors.h"

#include <QModelIndex>
#include <QPointer>
#include <QStringList>
#include <QWidget>

class DialogPresenter;
class QAction;
class QListView;

class RoomSessionList;

//! What the room list and the overview say about one RoomSessionList row, in plain text (the
//! delegates paint exactly this; nothing is ever interpreted as rich text).
namespace RoomStatus {

//! The row's colour: a problem is Bad; otherwise the connection, then the app state.
StatusColors::Tone tone(const QModelIndex &index);
//! The state-dot tone for `tone` (a conference, Info, shows the Good dot).
StatusColors::Tone dotTone(StatusColors::Tone tone);
//! "Connecting…", "Free", "In a conference": the connection state until connected, then the
//! room's app state.
QString stateText(const QModelIndex &index);
//! "12:05" / "1:02:03" for a call's duration in seconds.
QString durationText(qint64 secs);

} // namespace RoomStatus

//! The room list beside the console: one row per room with a status dot, the name, the
//! state, the call partner and badges for missed calls, unread alerts and problems. Add Room…,
//! Rename…, Remove… and Move Up/Down act on the current row (buttons and context menu);
//! adding is the shell's (addRequested()), the rest goes through the model, with questions
//! through the DialogPresenter.
class RoomListPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoomListPanel)

public:
    //! `rooms` and `presenter` must outlive the panel.
    RoomListPanel(RoomSessionList *rooms, DialogPresenter *presenter, QWidget *parent = nullptr);
    ~RoomListPanel() override;

    //! Questions go through `presenter` from now on.
    void setPresenter(DialogPresenter *presenter) { m_presenter = presenter; }

    //! The room of the current row (nullptr when none).
    RoomSession *currentRoom() const;
    //! Makes `session`'s row current without emitting currentRoomChanged().
    void setCurrentRoom(RoomSession *session);

    QListView *view() const { return m_view; }
    //! The lines a row shows, top to bottom: name, then state and call partner.
    static QStringList rowLines(const QModelIndex &index);

Q_SIGNALS:
    //! The operator chose another room (click, keys, or the current row went away).
    void currentRoomChanged(RoomSession *session);
    //! The operator asked to add a room (the shell asks where).
    void addRequested();

private:
    void onCurrentChanged(const QModelIndex &current);
    void updateActions();
    void renameCurrent();
    void removeCurrent();
    void moveCurrent(int delta);
    int currentRow() const;

    RoomSessionList *m_rooms;
    DialogPresenter *m_presenter;
    QListView *m_view = nullptr;
    QAction *m_addAction = nullptr;
    QAction *m_renameAction = nullptr;
    QAction *m_removeAction = nullptr;
    QAction *m_moveUpAction = nullptr;
    QAction *m_moveDownAction = nullptr;
    QPointer<RoomSession> m_lastCurrent;
    bool m_settingCurrent = false;
};
