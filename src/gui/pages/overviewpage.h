// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "core/session/bulkaction.h"
#include "core/session/roomsession.h" // complete: signals carry RoomSession *

#include <QList>
#include <QModelIndex>
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <QWidget>

class BulkCheckPanel;
class DialogPresenter;
class QLabel;
class AllRoomsLogModel;
class QListView;
class QPushButton;
class QTableView;

class RoomSessionList;
class TileThumbnails;

//! Every room at a glance: a grid of equal tiles (reflowing with the width) with name,
//! connection and app state in colour, call partner and live duration, role and problems.
//! Several tiles can be selected; Hang Up ends the call in every selected room that is in
//! one, after one confirmation, and Mute Microphones mutes every selected room's microphone;
//! both list a result per room below the grid. Tiles show microphone and camera mute. Double-click
//! or Enter opens a room (roomActivated()). Tiles never move when a room changes state.
class OverviewPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewPage)

public:
    //! `rooms` and `presenter` must outlive the page.
    OverviewPage(RoomSessionList *rooms, DialogPresenter *presenter, QWidget *parent = nullptr);
    ~OverviewPage() override;

    //! Questions go through `presenter` from now on.
    void setPresenter(DialogPresenter *presenter) { m_presenter = presenter; }

    QListView *view() const { return m_view; }
    //! The log across every room (double-click or Enter on an entry opens its room).
    QTableView *logView() const { return m_logView; }
    AllRoomsLogModel *log() const { return m_log; }
    //! The selected rooms, in list order.
    QList<RoomSession *> selectedRooms() const;
    //! The selected rooms in a call (what Hang Up acts on), in list order.
    QList<RoomSession *> selectedRoomsInCall() const;
    //! True while the duration timer runs (visible, and some room is in a call).
    bool isTicking() const { return m_tick.isActive(); }
    //! "Apply Profile…": opens a ProfileApplyDialog (a child of the page) for the selected rooms.
    QPushButton *applyProfileButton() const { return m_profileButton; }
    //! The tiles' camera thumbnails (1 frame per second while the page is on screen).
    TileThumbnails *thumbnails() const { return m_thumbs; }
    //! "Check Rooms" and its result per room (ReadinessCheck in each selected room).
    BulkCheckPanel *checkPanel() const { return m_checkPanel; }
    //! The lines a tile shows, top to bottom: name, state, call (partner and duration, or
    //! "No call"), role (with what is muted), problem ("" when fine). Plain text.
    static QStringList tileLines(const QModelIndex &index);

Q_SIGNALS:
    //! The operator opened `session`'s room (double-click or Enter on its tile).
    void roomActivated(RoomSession *session);
    //! A bulk hang-up ended; `results` as BulkAction gave them.
    void bulkHangUpFinished(const QList<BulkAction::Result> &results);
    //! A bulk "mute microphones" ended; `results` as BulkAction gave them.
    void bulkMuteFinished(const QList<BulkAction::Result> &results);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateActions();
    void updateTicking();
    void updateThumbnails();
    void hangUpSelected();
    void muteSelected();
    void showResults(const QList<BulkAction::Result> &results, const QStringList &names);
    void setUpLog();
    void openLogEntry(const QModelIndex &index);

    RoomSessionList *m_rooms;
    DialogPresenter *m_presenter;
    QListView *m_view = nullptr;
    AllRoomsLogModel *m_log = nullptr;
    QTableView *m_logView = nullptr;
    bool m_followNewest = true; //!< the log view was at its newest entry before rows came
    QPushButton *m_hangUpButton = nullptr;
    QPushButton *m_muteButton = nullptr;
    QPushButton *m_profileButton = nullptr;
    QLabel *m_resultLabel = nullptr;
    QTimer m_tick;
    QPointer<BulkAction> m_running;
    TileThumbnails *m_thumbs = nullptr;
    BulkCheckPanel *m_checkPanel = nullptr;
    QPointer<QWidget> m_watchedWindow; //!< minimized: no thumbnails
};
