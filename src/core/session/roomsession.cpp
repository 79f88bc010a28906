// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "roomsession.h"

#include "core/http/framesource.h"
#include "core/inspector/framelog.h"
#include "core/inspector/rawrequest.h"
#include "core/models/appupdate.h"
#include "core/models/brandingstate.h"
#include "core/models/callhistory.h"
#include "core/models/callpolicy.h"
#include "core/models/callsession.h"
#include "core/models/cameracontrol.h"
#include "core/models/chatstate.h"
#include "core/models/conferencemoderation.h"
#include "core/models/contentshare.h"
#include "core/models/devicestate.h"
#include "core/models/eventlogmodel.h"
#include "core/models/favourites.h"
#include "core/models/licencestate.h"
#include "core/models/meetingschedule.h"
#include "core/models/ndistate.h"
#include "core/models/participantlistmodel.h"
#include "core/models/peerlistmodel.h"
#include "core/models/powercontrol.h"
#include "core/models/roomsettings.h"
#include "core/models/screenlayout.h"
#include "core/models/securitystate.h"
#include "core/models/serveraccountstate.h"
#include "core/session/readinesscheck.h"
#include "core/session/roomnotices.h"
#include "roomnotices.h"
#include "roomsessionpart.h"

#include <algorithm>

using namespace Qt::StringLiterals;

RoomSession::RoomSession(const RoomController::Options &options, Parts parts, QObject *parent)
    : QObject(parent)
    , m_controller(new RoomController(options, this))
    , m_ownsController(true)
{
    setUp(parts);
}

RoomSession::RoomSession(RoomController *controller, Parts parts, QObject *parent)
    : QObject(parent)
    , m_controller(controller)
{
    Q_ASSERT(controller);
    setUp(parts);
}

RoomSession::~RoomSession()
{
    // Parts owned by this session are children and go with it; parts owned elsewhere must not
    // call back into a session that is half destroyed.
    for (RoomSessionPart *part : m_parts) {
        part->m_session = nullptr;
        part->m_controller = nullptr;
    }
    m_parts.clear();
    m_routes.clear();
}

void RoomSession::setUp(Parts parts)
{
    m_appState = m_controller->appState();
    connect(m_controller, &RoomController::eventReceived, this, &RoomSession::onEvent);
    connect(m_controller, &RoomController::startupCompleted, this,
            &RoomSession::onStartupCompleted);
    connect(m_controller, &RoomController::connectionStateChanged, this,
            &RoomSession::onConnectionState);
    connect(m_controller, &RoomController::appStateChanged, this, &RoomSession::onAppState);
    connect(m_controller, &RoomController::roleChanged, this, &RoomSession::onRole);
    m_notices = new RoomNotices(this);
    if (parts == Parts::None)
        return;

    // The event log first: it describes an event with the names the address book and the
    // participant list still hold before they apply it.
    m_eventLog = new EventLogModel(this);
    m_addressBook = new PeerListModel(this);
    m_participants = new ParticipantListModel(this);
    m_call = new CallSession(this);
    m_account = new ServerAccountState(this);
    m_branding = new BrandingState(this);
    m_security = new SecurityState(this);
    m_power = new PowerControl(m_controller, this);
    m_camera = new CameraControl(this);
    m_eventLog->setNameSources(m_participants, m_addressBook);
    for (RoomSessionPart *part : std::initializer_list<RoomSessionPart *> {
             m_eventLog, m_addressBook, m_participants, m_call, m_account, m_branding, m_security,
             m_camera })
        attach(part);
    m_settings = new RoomSettings(this);
    m_devices = new DeviceState(this);
    attach(m_settings);
    attach(m_devices);
    m_history = new CallHistory(this);
    m_meetings = new MeetingSchedule(this);
    attach(m_history);
    attach(m_meetings);
    m_moderation = new ConferenceModeration(this);
    m_moderation->setParticipants(m_participants);
    attach(m_moderation);
    attach(m_chat = new ChatState(this));
    attach(m_favourites = new Favourites(this));
    attach(m_callPolicy = new CallPolicy(this));
    attach(m_ndi = new NdiState(this));
    attach(m_content = new ContentShare(this));
    attach(m_licence = new LicenceState(this));
    attach(m_appUpdate = new AppUpdate(this));
    attach(m_screen = new ScreenLayout(m_settings, this));
    attach(m_readiness = new ReadinessCheck(this));
    attach(m_frameLog = new FrameLog(this));
    attach(m_rawRequest = new RawRequest(this));
    // The room's camera picture follows the camera's mute switch: while the camera is off
    // nothing is fetched and the views say so (instead of showing the room's black card).
    connect(m_devices, &DeviceState::changed, this, [this] {
        const bool off = m_devices->isMuted(DeviceState::Device::Camera).value_or(false);
        if (m_controller && (off || FrameSources::existsFor(m_controller)))
            FrameSources::of(m_controller)->setCameraMuted(off);
    });
}

void RoomSession::attach(RoomSessionPart *part)
{
    Q_ASSERT(part);
    if (isAttached(part))
        return;
    if (part->m_session)
        part->m_session->detach(part);
    m_parts.push_back(part);
    m_routes.clear();
    RoomController *previous = part->m_controller;
    part->m_session = this;
    part->m_controller = m_controller;
    part->controllerChanged(previous);
    // A part that joins a session already signed in catches up now, as it would have at the
    // sign-in (a session over a controller that is connected, a part attached later).
    if (m_controller->isReady())
        part->resyncAfterSignIn();
}

void RoomSession::detach(RoomSessionPart *part)
{
    const auto it = std::find(m_parts.begin(), m_parts.end(), part);
    if (it == m_parts.end())
        return;
    m_parts.erase(it);
    m_routes.clear();
    RoomController *previous = part->m_controller;
    part->m_session = nullptr;
    part->m_controller = nullptr;
    part->controllerChanged(previous);
}

bool RoomSession::isAttached(const RoomSessionPart *part) const
{
    return std::find(m_parts.begin(), m_parts.end(), part) != m_parts.end();
}

const std::vector<RoomSessionPart *> &RoomSession::routeFor(const QString &event)
{
    auto it = m_routes.find(event);
    if (it != m_routes.end())
        return *it;
    std::vector<RoomSessionPart *> route;
    for (RoomSessionPart *part : m_parts) {
        const QStringList names = part->roomEvents();
        if (names.contains(event) || names.contains(u"*"_s))
            route.push_back(part);
    }
    return *m_routes.insert(event, std::move(route));
}

template<typename F> void RoomSession::forEachPart(const std::vector<RoomSessionPart *> &parts, F f)
{
    // A copy: a part may attach or detach parts (or close the session) while it is told.
    const std::vector<RoomSessionPart *> snapshot = parts;
    const QPointer<RoomSession> alive(this);
    for (RoomSessionPart *part : snapshot) {
        if (!alive)
            return;
        if (isAttached(part))
            f(part);
    }
}

void RoomSession::onEvent(const RoomMessage &event)
{
    forEachPart(routeFor(event.event), [&event](RoomSessionPart *p) { p->handleRoomEvent(event); });
}

void RoomSession::onStartupCompleted()
{
    forEachPart(m_parts, [](RoomSessionPart *p) { p->resyncAfterSignIn(); });
}

void RoomSession::onConnectionState(RoomController::ConnectionState state)
{
    forEachPart(m_parts, [state](RoomSessionPart *p) {
        p->connectionStateChanged(state);
        if (state == RoomController::ConnectionState::Disconnected)
            p->forgetRoom();
    });
}

void RoomSession::onAppState(Room::AppState state)
{
    const Room::AppState previous = m_appState;
    m_appState = state;
    forEachPart(m_parts, [=](RoomSessionPart *p) { p->appStateChanged(previous, state); });
}

void RoomSession::onRole(Room::Role role)
{
    forEachPart(m_parts, [role](RoomSessionPart *p) { p->roleChanged(role); });
}
