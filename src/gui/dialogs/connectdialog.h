// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "core/controller/roomcontroller.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ConnectDialog;
}

//! What the operator asked to connect to. The secret lives only in `credentials` and only
//! in memory; `addressText` and `instance` are what may be remembered.
struct ConnectionRequest
{
    RoomAddress address;
    RoomController::Credentials credentials;
    QString addressText; //!< as typed, for the next dialog
    QString instance; //!< as typed (empty = default)
};

//! Asks for a room address (validated live with RoomAddress::parse), an optional instance,
//! the role to sign in as and an optional PIN or password.
class ConnectDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectDialog)

public:
    explicit ConnectDialog(QWidget *parent = nullptr);
    ~ConnectDialog() override;

    //! Pre-fills the fields (the secret never is).
    void setSuggestion(const ConnectionRequest &suggestion);

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

private:
    void validate();

    std::unique_ptr<Ui::ConnectDialog> m_ui;
    RoomAddress m_address;
    QString m_error;
};
