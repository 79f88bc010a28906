// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include <QPointer>
#include <QWidget>

class CallHistory;
class DialogPresenter;
class HomeRows;
class MeetingSchedule;
class QLabel;
class QListView;
class QModelIndex;
class QStackedWidget;
class QToolButton;
class QVBoxLayout;
class RoomSession;

//! The idle console's home view: the room's meetings (today's and the next days', a Join
//! button on every row, running ones marked), its recent calls (direction, name, time,
//! duration; missed calls in red and in words; a Call button, double-click or Enter;
//! "Mark all seen"; "Clear history" for administrators, after a question) and a slot for the
//! favourites. Rows come from the session's MeetingSchedule and CallHistory, which change
//! them in place: a refresh never moves the selection or what is under the pointer.
//!
//! Every call leaves through callRequested() (the console places it, as for the dial field):
//! a meeting is joined by calling \c\ID, a recent call is called back by its peer's id (or its
//! conference's).
class HomePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HomePanel)

public:
    explicit HomePanel(QWidget *parent = nullptr);
    ~HomePanel() override;

    //! The room whose meetings and calls are shown (nullptr: none); questions go through
    //! `presenter`.
    void setSession(RoomSession *session);
    void setPresenter(DialogPresenter *presenter) { m_presenter = presenter; }
    //! Puts the favourites widget (built elsewhere) into its slot; nullptr empties it.
    void setFavouritesWidget(QWidget *widget);
    QWidget *favouritesWidget() const { return m_favourites; }

    QListView *meetingView() const { return m_meetingView; }
    QListView *recentView() const { return m_recentView; }

    //! Joins the meeting in `row` of the meeting list / calls back the call in `row` of the
    //! recents (as the row's button does).
    void joinMeeting(int row);
    void callBack(int row);

Q_SIGNALS:
    //! The operator wants the room to call `peerId` (a TrueConf ID or \c\conference).
    void callRequested(const QString &peerId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateState();
    void markAllSeen();
    void clearHistory();
    void applyStyle();

    QPointer<RoomSession> m_session;
    QPointer<CallHistory> m_history;
    QPointer<MeetingSchedule> m_meetings;
    DialogPresenter *m_presenter = nullptr;

    QLabel *m_meetingsLabel = nullptr;
    QStackedWidget *m_meetingStack = nullptr;
    QListView *m_meetingView = nullptr;
    QLabel *m_meetingEmptyLabel = nullptr;
    HomeRows *m_meetingRows = nullptr;

    QLabel *m_recentsLabel = nullptr;
    QToolButton *m_markSeenButton = nullptr;
    QToolButton *m_clearButton = nullptr;
    QStackedWidget *m_recentStack = nullptr;
    QListView *m_recentView = nullptr;
    QLabel *m_recentEmptyLabel = nullptr;
    HomeRows *m_recentRows = nullptr;

    QWidget *m_favouritesSlot = nullptr;
    QVBoxLayout *m_favouritesLayout = nullptr;
    QPointer<QWidget> m_favourites;
};
