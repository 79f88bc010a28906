// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include <QPointer>
#include <QWidget>

class CredentialStore;
class DialogPresenter;
class HistoryStore;
class OverviewPage;
class QSplitter;
class QStackedWidget;
class RoomConsole;
class RoomListPanel;
class RoomSession;
class RoomSessionList;

//! The shell's rooms: the room list beside a stack of the overview and one RoomConsole per row
//! of a RoomSessionList, kept in step with the list (rows added, removed, renamed). Knows which
//! room the operator looks at; with one room the room list is hidden and the window is that
//! room's console.
class RoomStack final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoomStack)

public:
    RoomStack(RoomSessionList *rooms, CredentialStore *store, DialogPresenter *presenter,
              QWidget *parent = nullptr);
    ~RoomStack() override;

    RoomSessionList *rooms() const { return m_rooms; }
    RoomListPanel *roomList() const { return m_roomList; }
    OverviewPage *overview() const { return m_overview; }

    //! The console of the room the operator looks at (the last one while on the overview;
    //! nullptr while there is no room).
    RoomConsole *console() const;
    //! The console the room actions aim at: none while the overview is shown.
    RoomConsole *aimedConsole() const;
    RoomConsole *consoleOf(const RoomSession *session) const;
    QList<RoomConsole *> consoles() const;

    void showRoom(RoomSession *session);
    //! Shows the overview of every room (while there are two or more).
    void showOverview();
    bool isOverviewShown() const;
    //! Shows the next (`delta` 1) or previous (-1) room, round the list.
    void stepRoom(int delta);
    //! Asks for a room through the connect dialog, adds it and connects to it.
    void addRoom();

    void setPresenter(DialogPresenter *presenter);
    //! Demo rooms: marked as such, and their throw-away addresses keep no dial history.
    void setDemoMode(bool demo);
    bool isAddressBookSettled() const;
    //! Every console's event log offers `store`'s history of its room (nullptr: none).
    void setHistoryStore(HistoryStore *store);

Q_SIGNALS:
    //! The operator now looks at another room or at the overview.
    void currentChanged();
    //! The shown console's title changed.
    void titleChanged();
    //! The shown console's status text changed.
    void statusChanged();
    //! Rooms were added, removed, moved or renamed.
    void roomsChanged();

private:
    void addConsole(RoomSession *session);
    void onStackChanged();
    void updateRoomListVisibility();
    void attachHistory(RoomConsole *console);

    RoomSessionList *m_rooms = nullptr;
    CredentialStore *m_store = nullptr;
    DialogPresenter *m_presenter = nullptr;
    QPointer<HistoryStore> m_history;
    QSplitter *m_splitter = nullptr;
    RoomListPanel *m_roomList = nullptr;
    QStackedWidget *m_stack = nullptr;
    OverviewPage *m_overview = nullptr;
    QPointer<RoomConsole> m_lastConsole; //!< the room shown last (the menus' room)
    bool m_demo = false;
};
