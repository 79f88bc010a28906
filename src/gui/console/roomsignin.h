// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "core/controller/roomcontroller.h"
#include "gui/credentials/savedrooms.h"
#include "gui/dialogs/connectdialog.h"

#include <QObject>
#include <QPointer>

#include <optional>

class CredentialStore;
class DialogPresenter;
class EventLogModel;
class QWidget;

//! Signing one console in to its room, and remembering the room: the connect dialog, the
//! secret from the keychain (read, written, forgotten when the room's protection changed),
//! Recent rooms, the question before signing in on a default port only, "Sign in again" with
//! the credentials that last worked, and stepping up to Administrator. Secrets live in memory
//! and the keychain only, never in settings or logs.
class RoomSignIn final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoomSignIn)

public:
    RoomSignIn(RoomController *controller, EventLogModel *log, CredentialStore *store,
               DialogPresenter *presenter, QWidget *dialogParent);

    void setPresenter(DialogPresenter *presenter) { m_presenter = presenter; }
    //! A simulated room: its throw-away address is never remembered.
    void setDemoMode(bool demo) { m_demo = demo; }

    //! Connects to a room and remembers it (never the secret; that goes to the keychain when
    //! the operator asked for it). With `lookUpSecret` the keychain is asked first.
    void connectToRoom(const ConnectionRequest &request);
    //! Opens the connect dialog (through the presenter) and connects when accepted.
    void showConnectDialog();
    //! Signs in again on the open connection: with `secret`, or as last time.
    void signInAgain(const QString &secret);
    //! Asks for the administrator's secret and signs in with it.
    void signInAsAdministrator();
    //! This console changed the protection of its own mode: the secret in the keychain (and
    //! the one "Sign in again" would use) no longer opens the room.
    void forgetStaleSecret();

    //! The room connected to, as remembered.
    std::optional<SavedRoom> currentRoom() const { return m_currentRoom; }

Q_SIGNALS:
    //! A connection to `room` starts.
    void roomChosen(const SavedRoom &room);

private:
    //! The room answered only on the default port: asks before signing in there.
    void askAboutFallback(const QUrl &wsUrl, const QString &reason);
    ConnectionRequest rememberedRequest() const;
    //! Puts the room first in the recent rooms and applies the request's secret policy;
    //! returns the room as remembered.
    SavedRoom rememberRoom(const ConnectionRequest &request);
    void setSecretRemembered(const SavedRoom &room, bool remembered);

    QPointer<RoomController> m_controller;
    QPointer<EventLogModel> m_eventLog;
    CredentialStore *m_store = nullptr;
    DialogPresenter *m_presenter = nullptr;
    QWidget *m_dialogParent = nullptr;
    bool m_demo = false;
    //! What the last successful sign-in used, for "Sign in again" (memory only).
    std::optional<RoomController::Credentials> m_goodCredentials;
    std::optional<SavedRoom> m_currentRoom;
    //! Recent rooms as they were before this connection: restored when the operator declines
    //! a fallback endpoint, so a wrong address is not remembered.
    std::optional<QList<SavedRoom>> m_roomsBeforeConnect;
    RoomController::Credentials m_requestedCredentials;
};
