// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "roomsignin.h"

#include "core/logging.h"
#include "core/models/eventlogmodel.h"
#include "gui/credentials/credentialstore.h"
#include "gui/presenters/dialogpresenter.h"

#include <QSettings>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace {

QString secretKey(const SavedRoom &room)
{
    return CredentialStore::keyFor(room.address, room.instance, room.role);
}

} // namespace

RoomSignIn::RoomSignIn(RoomController *controller, EventLogModel *log, CredentialStore *store,
                       DialogPresenter *presenter, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_controller(controller)
    , m_eventLog(log)
    , m_store(store)
    , m_presenter(presenter)
    , m_dialogParent(dialogParent)
{
    // A room reached only on the default port may be another room: the operator decides
    // before anything signs in there (asked outside the transport's signal).
    controller->setFallbackNeedsConfirmation(true);
    connect(controller, &RoomController::fallbackNeedsConfirmation, this,
            &RoomSignIn::askAboutFallback, Qt::QueuedConnection);
    connect(controller, &RoomController::authenticated, this, [this](Room::Role role) {
        if (m_requestedCredentials.role == role || m_requestedCredentials.role == Room::Role::None)
            m_goodCredentials = m_requestedCredentials;
    });
}

void RoomSignIn::connectToRoom(const ConnectionRequest &request)
{
    if (!m_controller || !request.address.isValid())
        return;
    if (request.lookUpSecret && request.credentials.secret.isEmpty() && !m_demo) {
        ConnectionRequest next = request;
        next.lookUpSecret = false;
        m_store->read(secretKey(request.savedRoom()), this,
                      [this, next](const CredentialStore::Result &result) mutable {
                          if (result.ok())
                              next.credentials = RoomController::Credentials::withSecret(
                                  result.secret, next.credentials.role);
                          connectToRoom(next);
                      });
        return;
    }
    if (!m_demo) {
        QSettings settings;
        m_roomsBeforeConnect = SavedRooms::load(settings);
    }
    const SavedRoom room = m_demo ? request.savedRoom() : rememberRoom(request);
    m_currentRoom = room;
    Q_EMIT roomChosen(room);
    m_requestedCredentials = request.credentials;
    m_goodCredentials.reset();
    qCInfo(lcGui) << "connecting to" << request.address.displayText();
    m_controller->connectToRoom(request.address, request.credentials);
}

void RoomSignIn::askAboutFallback(const QUrl &wsUrl, const QString &reason)
{
    if (!m_controller || !m_controller->isAwaitingFallbackConfirmation())
        return;
    const QString address = m_controller->address().displayText();
    QString text = tr("RoomDeck could not read the room's settings at %1, so it does not know "
                      "which WebSocket port this room uses.")
                       .arg(address);
    if (!reason.isEmpty())
        text += u"\n\n"_s + reason;
    text += u"\n\n"_s
        + tr("Something answers on the default port %1. It may be a different room, or "
             "another instance on the same computer; signing in there could sign out its "
             "operator. Check the address shown on the room's screen.")
              .arg(wsUrl.toDisplayString());
    const int answer
        = m_presenter->choose(m_dialogParent, tr("Room Found Only on the Default Port"), text,
                              { tr("Sign In There"), tr("Do Not Connect") });
    if (!m_controller || !m_controller->isAwaitingFallbackConfirmation())
        return; // the connection went away meanwhile
    if (answer == 0) {
        m_eventLog->append(EventLogModel::Kind::Notice,
                           tr("Signing in on the default port %1: config.json at %2 could not "
                              "be read.")
                               .arg(wsUrl.toDisplayString(), address));
        m_controller->confirmFallback();
        return;
    }
    m_controller->disconnectFromRoom();
    m_eventLog->append(EventLogModel::Kind::Notice,
                       tr("Not connected: only the default port answered at %1, and that may "
                          "be another room. The address was not remembered.")
                           .arg(address));
    if (m_roomsBeforeConnect && m_currentRoom) {
        // The address typed was not this room's: Recent rooms (and the keychain) as before.
        QSettings settings;
        bool known = false;
        for (const SavedRoom &r : std::as_const(*m_roomsBeforeConnect))
            known = known || (r.sameRoom(*m_currentRoom) && r.role == m_currentRoom->role);
        if (!known)
            m_store->remove(secretKey(*m_currentRoom), this, {});
        SavedRooms::save(settings, *m_roomsBeforeConnect);
    }
}

void RoomSignIn::showConnectDialog()
{
    QSettings settings;
    ConnectDialogSetup setup;
    setup.suggestion = rememberedRequest();
    setup.savedRooms = SavedRooms::load(settings);
    setup.store = m_store;
    const std::optional<ConnectionRequest> request
        = m_presenter->askForConnection(m_dialogParent, setup);
    if (request)
        connectToRoom(*request);
}

ConnectionRequest RoomSignIn::rememberedRequest() const
{
    QSettings settings;
    ConnectionRequest r;
    const QList<SavedRoom> rooms = SavedRooms::load(settings);
    if (rooms.isEmpty())
        return r;
    const SavedRoom &last = rooms.first();
    r.addressText = last.address;
    r.instance = last.instance;
    r.name = last.name;
    r.credentials.role = last.role;
    r.secretPolicy = last.secretInKeyring ? ConnectionRequest::SecretPolicy::Remember
                                          : ConnectionRequest::SecretPolicy::Forget;
    r.address = RoomAddress::parse(r.addressText, r.instance);
    return r;
}

SavedRoom RoomSignIn::rememberRoom(const ConnectionRequest &request)
{
    SavedRoom room = request.savedRoom();
    if (request.addressText.isEmpty())
        return room;
    QSettings settings;
    const QList<SavedRoom> rooms = SavedRooms::load(settings);
    std::optional<SavedRoom> previous;
    for (const SavedRoom &r : rooms)
        if (r.sameRoom(room))
            previous = r;
    using Policy = ConnectionRequest::SecretPolicy;
    if (request.secretPolicy == Policy::Unchanged) {
        // --room and the like: the operator's saved entry (name, role, secret) stays as it is.
        if (previous)
            room = *previous;
        SavedRooms::save(settings, SavedRooms::remember(rooms, room));
        return room;
    }
    const bool hadSecret = previous && previous->secretInKeyring;
    const bool sameRole = previous && previous->role == room.role;
    // A secret belongs to one role: moving to another role leaves nothing behind.
    if (hadSecret && !sameRole)
        m_store->remove(secretKey(*previous), this, {});
    const bool keep
        = request.secretPolicy == Policy::Remember && !request.credentials.secret.isEmpty();
    room.secretInKeyring = hadSecret && sameRole && keep; // until the write confirms it
    SavedRooms::save(settings, SavedRooms::remember(rooms, room));

    if (keep) {
        m_store->write(secretKey(room), request.credentials.secret, this,
                       [this, room](const CredentialStore::Result &result) {
                           setSecretRemembered(room, result.ok());
                           if (!result.ok()) {
                               m_eventLog->append(
                                   EventLogModel::Kind::Notice,
                                   tr("The PIN or password was not saved: %1").arg(result.error));
                           }
                       });
    } else if (hadSecret && sameRole) {
        m_store->remove(secretKey(room), this, {});
    }
    return room;
}

void RoomSignIn::setSecretRemembered(const SavedRoom &room, bool remembered)
{
    QSettings settings;
    QList<SavedRoom> rooms = SavedRooms::load(settings);
    for (SavedRoom &r : rooms)
        if (r.sameRoom(room) && r.role == room.role)
            r.secretInKeyring = remembered;
    SavedRooms::save(settings, rooms);
}

void RoomSignIn::forgetStaleSecret()
{
    m_goodCredentials.reset();
    if (m_demo || !m_currentRoom)
        return;
    QSettings settings;
    for (const SavedRoom &r : SavedRooms::load(settings)) {
        if (!r.sameRoom(*m_currentRoom) || r.role != m_currentRoom->role || !r.secretInKeyring)
            continue;
        m_store->remove(secretKey(r), this, {});
        setSecretRemembered(r, false);
        m_eventLog->append(EventLogModel::Kind::Notice,
                           tr("The saved PIN or password of this room was forgotten: the room's "
                              "protection changed. RoomDeck asks for the new one next time."));
    }
}

void RoomSignIn::signInAgain(const QString &secret)
{
    if (!m_controller)
        return;
    RoomController::Credentials credentials = m_goodCredentials.value_or(m_requestedCredentials);
    if (!secret.isEmpty())
        credentials = RoomController::Credentials::withSecret(secret, credentials.role);
    m_requestedCredentials = credentials;
    m_controller->authenticate(credentials);
}

void RoomSignIn::signInAsAdministrator()
{
    if (!m_controller)
        return;
    const std::optional<QString> secret = m_presenter->askSecret(
        m_dialogParent, tr("Sign in as Administrator"),
        tr("Administrator password or PIN for %1.\nLeave it empty if administrator mode is not "
           "protected.")
            .arg(m_controller->roomName()));
    if (!secret)
        return;
    m_requestedCredentials = secret->isEmpty()
        ? RoomController::Credentials::unsecured(Room::Role::Admin)
        : RoomController::Credentials::withSecret(*secret, Room::Role::Admin);
    m_controller->authenticate(m_requestedCredentials);
}
