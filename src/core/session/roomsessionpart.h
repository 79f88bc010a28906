// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "core/controller/roomcontroller.h"

#include <QPointer>
#include <QStringList>

class RoomSession;

//! One per-room state object as a RoomSession sees it: the room events it handles and what
//! it does when the session signs in, loses the room, or changes role or app state. The
//! session is the only thing that feeds a part; a part never connects to the controller's
//! event signal itself. A part that is detached (or never attached) has no controller: its
//! verbs refuse locally and it receives nothing.
class RoomSessionPart
{
public:
    RoomSessionPart() = default;
    RoomSessionPart(const RoomSessionPart &) = delete;
    RoomSessionPart &operator=(const RoomSessionPart &) = delete;
    //! Detaches from the session first, so a part may be destroyed before its session.
    virtual ~RoomSessionPart();

    //! The room events (wire names) this part handles; the session routes exactly these to
    //! handleRoomEvent(). `allEvents()` wants every event (the event log).
    virtual QStringList roomEvents() const = 0;
    virtual void handleRoomEvent(const RoomMessage &event) = 0;

    //! Signed in and resynchronised (after the startup burst): fetch what the part shows.
    virtual void resyncAfterSignIn() { }
    //! The session no longer reaches the room (Disconnected): forget what the room said.
    virtual void forgetRoom() { }
    //! Every connection state, for parts that show more than "gone" (the call's Unknown).
    virtual void connectionStateChanged(RoomController::ConnectionState) { }
    virtual void appStateChanged(Room::AppState /*previous*/, Room::AppState /*current*/) { }
    virtual void roleChanged(Room::Role) { }

    RoomController *controller() const;
    RoomSession *session() const;

    //! The wildcard for roomEvents().
    static QStringList allEvents() { return { QStringLiteral("*") }; }

protected:
    //! Called when the part is attached to (`controller` set) or detached from (nullptr) a
    //! session; a part that subscribes to more of the controller (the event log's diagnostics)
    //! does it here and drops it again on nullptr.
    virtual void controllerChanged(RoomController * /*previous*/) { }

private:
    friend class RoomSession;
    QPointer<RoomController> m_controller;
    QPointer<RoomSession> m_session;
};
