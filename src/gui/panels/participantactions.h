// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "core/models/conferencemoderation.h"

#include <QPointer>
#include <QWidget>

class DialogPresenter;
class ElidingLabel;
class QAction;
class QMenu;
class QTreeView;
class RoomSession;

//! What the operator can do to the participants of the room's conference, under the
//! participant table: a row of buttons for the selected participant (microphone, camera,
//! speaker, moderator, remove, podium) and one for the conference (admit or refuse somebody
//! waiting, invite, the waiting-room switch), the same actions in the table's context menu
//! (Menu key or Shift+F10), Delete to remove (after a question). Each action is enabled only
//! where ConferenceModeration::permission() allows it; otherwise its tooltip and the status
//! line under the buttons say why. Outcomes go to the event log (commandFinished); failures
//! reach the room header through ConferenceModeration::failed, which the console shows.
class ParticipantActions final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ParticipantActions)

public:
    explicit ParticipantActions(QTreeView *view, QWidget *parent = nullptr);
    ~ParticipantActions() override;

    void setSession(RoomSession *session, DialogPresenter *presenter);
    void setPresenter(DialogPresenter *presenter) { m_presenter = presenter; }

    enum class Id {
        Microphone,
        Camera,
        SpeakerOff,
        SpeakerOn,
        Moderator,
        Remove,
        InviteToPodium,
        RemoveFromPodium,
        TakePodium,
        LeavePodium,
        Admit,
        Refuse,
        Invite,
        WaitingRoom,
    };
    QAction *action(Id id) const;
    //! The menu the table's context menu shows (rebuilt for the row it opens on).
    QMenu *contextMenu() const { return m_menu; }
    //! Opens the context menu for the current row at `pos` (view coordinates); non-blocking.
    void showContextMenu(const QPoint &pos);
    //! The status line's text: why the actions are off, when they are.
    QString statusText() const;

    //! Recomputes every action's state (the session's signals call it).
    void refresh();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Row
    {
        bool valid = false;
        QString peerId;
        QString name;
        int mic = -1;
        int video = -1;
        bool moderator = false;
        bool waiting = false;
        bool self = false;
        bool broadcast = false;
    };
    Row currentRow() const;
    QAction *makeAction(Id id, const QString &name);
    void trigger(Id id);
    void removeSelected();
    void inviteSomebody();
    int rowOfPeer(const QString &peerId, int first, int last) const;
    void onRowsRemoved();
    void onRowsInserted(int first, int last);

    QTreeView *m_view = nullptr;
    //! The selected participant whose row went away (admitted from the waiting room, say): the
    //! selection follows them to their new row and never jumps to somebody else meanwhile.
    QString m_followPeer;
    QString m_selectedPeer; //!< who the operator selected (read after the selection settles)
    QPointer<RoomSession> m_session;
    QPointer<ConferenceModeration> m_moderation;
    DialogPresenter *m_presenter = nullptr;
    QList<QAction *> m_actions; //!< by Id
    QMenu *m_menu = nullptr;
    QMenu *m_speakerMenu = nullptr;
    QMenu *m_podiumMenu = nullptr;
    ElidingLabel *m_status = nullptr;
};
