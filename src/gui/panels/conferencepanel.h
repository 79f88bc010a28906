// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <memory>

class CallSession;
class HomePanel;
class DialogPresenter;
class ParticipantActions;
class ParticipantListModel;
class ParticipantTableModel;
class QTreeView;
class RequestBanner;
class RoomSession;

namespace Ui {
class ConferencePanel;
}

//! The room's call at a glance: title, type, owner and a live duration; the participants with
//! microphone, camera and role, updated as the room reports them; and a DTMF keypad. When the
//! room is idle the panel says how to start a call instead of showing an empty table. During a
//! call the requests waiting for the operator (join requests, the waiting room, requests to
//! speak or record) are a banner above it all, and the moderation actions sit under the table.
class ConferencePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConferencePanel)

public:
    explicit ConferencePanel(QWidget *parent = nullptr);
    ~ConferencePanel() override;

    void setSession(CallSession *session, ParticipantListModel *participants);
    //! The room's call, participants and the moderation of its conference (the request banner
    //! and the participant actions, whose questions go through `presenter`).
    void setSession(RoomSession *session, DialogPresenter *presenter);
    void setPresenter(DialogPresenter *presenter);
    RequestBanner *requestBanner() const { return m_banner; }
    ParticipantActions *participantActions() const { return m_actions; }
    QTreeView *participantView() const;
    ParticipantTableModel *participantTable() const { return m_table; }
    //! The home view shown while the room is idle (meetings, recents, favourites).
    HomePanel *homePanel() const { return m_home; }

    //! The keypad works only during a call; MainWindow::applyCapabilities() decides.
    void setKeypadEnabled(bool enabled);
    bool isKeypadEnabled() const;

    //! The call id toneDial needs: the peer's id in a P2P call, else the conference id.
    static QString toneCallId(const CallSession &session);
    //! "0:07", "12:34", "1:02:03".
    static QString durationText(qint64 secs);

Q_SIGNALS:
    //! A keypad key was pressed: one of 0-9 * #.
    void toneRequested(const QString &symbol);
    //! A moderation command failed: `text` for the room header's problem line.
    void problem(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void updateDuration();
    void updateParticipantCount();
    void applyStyle();

    std::unique_ptr<Ui::ConferencePanel> m_ui;
    QPointer<CallSession> m_session;
    QPointer<ParticipantListModel> m_participants;
    ParticipantTableModel *m_table = nullptr;
    HomePanel *m_home = nullptr;
    RequestBanner *m_banner = nullptr;
    ParticipantActions *m_actions = nullptr;
    QTimer m_durationTimer;
};
