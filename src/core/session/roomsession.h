// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "core/controller/roomcontroller.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <vector>

class BrandingState;
class CallHistory;
class CallPolicy;
class CallSession;
class AppUpdate;
class CameraControl;
class ContentShare;
class LicenceState;
class NdiState;
class ConferenceModeration;
class ChatState;
class DeviceState;
class EventLogModel;
class FrameLog;
class MeetingSchedule;
class Favourites;
class ParticipantListModel;
class PeerListModel;
class PowerControl;
class RawRequest;
class ReadinessCheck;
class RoomSessionPart;
class RoomNotices;
class RoomSettings;
class ScreenLayout;
class SecurityState;
class ServerAccountState;

//! One room: its RoomController and every per-room state object (address book, call,
//! participants, event log, branding, server account, security, power, camera, settings,
//! devices). The
//! session is the one wiring between them: it routes each room event to the parts that declared it
//! (one table, built from RoomSessionPart::roomEvents()), tells them to refresh after every sign-in
//! and to clear when the room is gone, and passes on role and app-state changes. Parts can be
//! attached and detached at any time; the order they were attached in is the order they hear
//! things in (the event log first, so it names a contact before the address book forgets it).
//!
//! What a part hears, per controller signal:
//!
//!   eventReceived(e)             handleRoomEvent(e)   parts that list e.event (or "*")
//!   startupCompleted             resyncAfterSignIn()  every part
//!   connectionStateChanged(s)    connectionStateChanged(s), then forgetRoom() when s ==
//!   Disconnected appStateChanged(s)           appStateChanged(previous, s) roleChanged(r)
//!   roleChanged(r)
class RoomSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoomSession)

public:
    enum class Parts {
        Standard, //!< the session creates and attaches every state object
        None, //!< the caller attaches what it tests
    };

    //! A session with a controller of its own.
    explicit RoomSession(const RoomController::Options &options = {}, Parts parts = Parts::Standard,
                         QObject *parent = nullptr);
    //! A session over `controller`, which the caller keeps (it must outlive the session).
    explicit RoomSession(RoomController *controller, Parts parts = Parts::Standard,
                         QObject *parent = nullptr);
    ~RoomSession() override;

    RoomController *controller() const { return m_controller; }

    // The standard parts (nullptr with Parts::None).
    EventLogModel *eventLog() const { return m_eventLog; }
    PeerListModel *addressBook() const { return m_addressBook; }
    ParticipantListModel *participants() const { return m_participants; }
    CallSession *call() const { return m_call; }
    ServerAccountState *serverAccount() const { return m_account; }
    BrandingState *branding() const { return m_branding; }
    SecurityState *security() const { return m_security; }
    PowerControl *power() const { return m_power; }
    CameraControl *camera() const { return m_camera; }
    RoomSettings *settings() const { return m_settings; }
    ScreenLayout *screen() const { return m_screen; }
    DeviceState *devices() const { return m_devices; }
    CallHistory *history() const { return m_history; }
    MeetingSchedule *meetings() const { return m_meetings; }
    ConferenceModeration *moderation() const { return m_moderation; }
    ChatState *chat() const { return m_chat; }
    Favourites *favourites() const { return m_favourites; }
    CallPolicy *callPolicy() const { return m_callPolicy; }
    NdiState *ndi() const { return m_ndi; }
    ContentShare *content() const { return m_content; }
    LicenceState *licence() const { return m_licence; }
    AppUpdate *appUpdate() const { return m_appUpdate; }
    ReadinessCheck *readiness() const { return m_readiness; } //!< "Check the room"; its last result
    //! The protocol inspector: every frame in and out, redacted, bounded.
    FrameLog *frameLog() const { return m_frameLog; }
    //! The protocol inspector's hand-written requests.
    RawRequest *rawRequest() const { return m_rawRequest; }
    //! What waits for the operator here (join requests, missed calls, unread chat); the parts
    //! set it. Exists with Parts::None too.
    RoomNotices *notices() const { return m_notices; }

    //! Starts routing to `part` (after every part attached before it). A part belongs to one
    //! session at a time: attaching it here detaches it from any other.
    void attach(RoomSessionPart *part);
    //! Stops routing to `part` and takes its controller away (its verbs refuse from now on).
    void detach(RoomSessionPart *part);
    bool isAttached(const RoomSessionPart *part) const;
    int partCount() const { return int(m_parts.size()); }

private:
    void setUp(Parts parts);
    //! The parts that hear `event`, in attach order (cached per event name).
    const std::vector<RoomSessionPart *> &routeFor(const QString &event);
    void onEvent(const RoomMessage &event);
    void onStartupCompleted();
    void onConnectionState(RoomController::ConnectionState state);
    void onAppState(Room::AppState state);
    void onRole(Room::Role role);
    //! Calls `f` on each part in attach order; a part detached meanwhile is skipped.
    template<typename F> void forEachPart(const std::vector<RoomSessionPart *> &parts, F f);

    QPointer<RoomController> m_controller;
    bool m_ownsController = false;
    std::vector<RoomSessionPart *> m_parts;
    QHash<QString, std::vector<RoomSessionPart *>> m_routes; //!< event -> parts (a cache)
    Room::AppState m_appState = Room::AppState::None;

    EventLogModel *m_eventLog = nullptr;
    PeerListModel *m_addressBook = nullptr;
    ParticipantListModel *m_participants = nullptr;
    CallSession *m_call = nullptr;
    ServerAccountState *m_account = nullptr;
    BrandingState *m_branding = nullptr;
    SecurityState *m_security = nullptr;
    PowerControl *m_power = nullptr;
    CameraControl *m_camera = nullptr;
    RoomSettings *m_settings = nullptr;
    ScreenLayout *m_screen = nullptr;
    DeviceState *m_devices = nullptr;
    CallHistory *m_history = nullptr;
    MeetingSchedule *m_meetings = nullptr;
    ConferenceModeration *m_moderation = nullptr;
    ChatState *m_chat = nullptr;
    Favourites *m_favourites = nullptr;
    CallPolicy *m_callPolicy = nullptr;
    NdiState *m_ndi = nullptr;
    ContentShare *m_content = nullptr;
    LicenceState *m_licence = nullptr;
    AppUpdate *m_appUpdate = nullptr;
    ReadinessCheck *m_readiness = nullptr;
    FrameLog *m_frameLog = nullptr;
    RawRequest *m_rawRequest = nullptr;
    RoomNotices *m_notices = nullptr;
};
