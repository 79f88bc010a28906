// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include <QList>
#include <QPointer>
#include <QWidget>

class QPushButton;
class QTreeWidget;
class RoomSession;
class RoomSessionList;

//! The overview's "Check Rooms": runs each selected room's ReadinessCheck at once and lists a
//! result per room below the tiles (room name, the verdict with its icon and in words, the
//! worst item's detail, the time). A row appears when its room is checked and then follows
//! that room's check, also one started on the room's own Check page. The panel is hidden until
//! the first bulk check.
class BulkCheckPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkCheckPanel)

public:
    //! `rooms` must outlive the panel.
    explicit BulkCheckPanel(RoomSessionList *rooms, QWidget *parent = nullptr);
    ~BulkCheckPanel() override;

    //! The "Check Rooms" button, for the overview's button bar.
    QPushButton *button() const { return m_button; }
    QTreeWidget *resultView() const { return m_list; }
    //! The rooms the button would check (the overview's selection).
    void setSelection(const QList<RoomSession *> &rooms);
    //! Starts the check in every selected room not being checked already.
    void checkSelected();
    //! Rooms of the last bulk check still being checked.
    int runningCount() const;

Q_SIGNALS:
    //! Every room of the last bulk check has finished.
    void allFinished();

private:
    void track(RoomSession *session);
    void showRow(RoomSession *session);
    void updateButton();

    RoomSessionList *m_rooms;
    QPushButton *m_button = nullptr;
    QTreeWidget *m_list = nullptr;
    QList<QPointer<RoomSession>> m_selection;
    QList<QPointer<RoomSession>> m_tracked; //!< the rows, in order
    QList<QPointer<RoomSession>> m_batch; //!< the last bulk check's rooms
};
