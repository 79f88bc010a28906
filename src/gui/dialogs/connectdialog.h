// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "core/controller/roomcontroller.h"
#include "core/http/agentdirectory.h"
#include "gui/credentials/savedrooms.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class CredentialStore;

namespace Ui {
class ConnectDialog;
}

//! What the operator asked to connect to. The secret lives only in `credentials` and only
//! in memory (and, with SecretPolicy::Remember, in the OS keychain); everything else may be
//! remembered in QSettings.
struct ConnectionRequest
{
    RoomAddress address;
    RoomController::Credentials credentials;
    QString addressText; //!< as typed, for the next dialog
    QString instance; //!< as typed (empty = default)
    QString name; //!< the operator's label for the room (may be empty)
    //! What to do with the room's entry in the keychain (the connect dialog's checkbox).
    enum class SecretPolicy {
        Unchanged, //!< leave the keychain and the remembered room as they are (--room, demo)
        Remember, //!< store the secret (an empty one forgets a stored one)
        Forget, //!< remove a stored secret
    };
    SecretPolicy secretPolicy = SecretPolicy::Unchanged;
    //! With an empty secret: look the secret up in the keychain before connecting (--room).
    bool lookUpSecret = false;

    //! The recent-rooms entry for this request (no secret).
    SavedRoom savedRoom() const;
};

//! Asks for a room address (validated live with RoomAddress::parse), an optional instance,
//! the role to sign in as and an optional PIN or password. Offers the recent rooms from
//! QSettings; their secrets come from the keychain when one is available, and the dialog says
//! so when none is.
class ConnectDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectDialog)

public:
    explicit ConnectDialog(QWidget *parent = nullptr);
    ~ConnectDialog() override;

    //! Pre-fills the fields (the secret never is).
    void setSuggestion(const ConnectionRequest &suggestion);
    //! Lists these rooms (most recent first). Forgetting one writes QSettings at once.
    void setSavedRooms(const QList<SavedRoom> &rooms);
    QList<SavedRoom> savedRooms() const { return m_rooms; }
    //! The keychain for remembered secrets; null or unavailable = none (the dialog says so).
    void setCredentialStore(CredentialStore *store);

    QString addressText() const;
    QString instance() const;
    //! Admin, User, or None for "Automatic".
    Room::Role role() const;
    void setRole(Room::Role role);

    //! True when the address parses; OK is enabled exactly then.
    bool isInputValid() const { return m_address.isValid(); }
    //! The readable reason the address is rejected (empty when valid).
    QString addressError() const { return m_error; }
    RoomAddress address() const { return m_address; }
    RoomController::Credentials credentials() const;
    ConnectionRequest request() const;

    //! Fills the fields from the saved room in row `row` (and its secret from the keychain).
    void selectSavedRoom(int row);

    //! Asks the address, as a roomdeck-agent's, for its rooms (asynchronously: the rooms list
    //! fills, or the status line says why not). The Rooms on This Agent button does this.
    void lookUpAgentRooms();
    //! The rooms of the last agent look-up (empty before one, after an error, or once the
    //! address changes).
    int agentRoomCount() const;
    //! Time limit of an agent look-up (tests use less).
    void setAgentTimeout(int msecs) { m_agentTimeoutMs = msecs; }

private:
    void validate();
    void onAddressEdited(const QString &text);
    //! Moves the PIN of a room link in the address field to the PIN field; true if it did.
    bool applyUserLink();
    void forgetSelectedRoom();
    void updateKeyringState();
    void setKeyringStatus(const QString &text, bool warning);
    void showAgentRooms(const AgentDirectory::Result &result);
    void chooseAgentRoom(int index);
    //! Forgets the agent's rooms (the address changed) and stops a look-up that still runs.
    void clearAgentRooms();
    void setAgentStatus(const QString &text, bool warning);

    std::unique_ptr<Ui::ConnectDialog> m_ui;
    QPointer<CredentialStore> m_store;
    QList<SavedRoom> m_rooms;
    RoomAddress m_address;
    QString m_error;
    //! The name and secret that came with a saved room or the suggestion (not typed): a new
    //! address typed by hand clears them, so room A's name and PIN never go to room B.
    QString m_filledName;
    bool m_secretFilled = false;
    qsizetype m_lastAddressSize = 0;
    quint64 m_secretLookup = 0; //!< the lookup whose answer may still fill the secret
    AgentDirectory *m_agent = nullptr; //!< asks an agent for its rooms (Rooms on This Agent)
    int m_agentTimeoutMs = 5000;
};
