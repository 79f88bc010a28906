// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "core/session/roomsessionpart.h"

#include "core/protocol/enums.h"

#include <QObject>
#include <QPointer>

class RoomController;
struct RequestOutcome;
struct RoomMessage;

//! The room's protection and licence as an administrator manages them (room-api.md §4.2,
//! §7.8): getAuthInfo per mode, setAuthParams (the room generates PINs; a password is the
//! administrator's), clearTokens, the hardware key and licence activation.
//!
//! When the caller changes the protection of its own mode the room answers with fresh tokens;
//! the controller keeps the session with them (RoomController::adoptProtectionChange), so the
//! console reconnects with the new secret, never the old one.
class SecurityState final : public QObject, public RoomSessionPart
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecurityState)

public:
    struct ModeProtection
    {
        bool known = false;
        Room::Protection type = Room::Protection::Unsecured;
        QString pin; //!< only for PIN protection, only to an Administrator
    };

    struct Licence
    {
        bool known = false; //!< a licenseActivation event arrived
        int status = -1;
        QString tariff;
        QString startDate;
        QString endDate;
    };

    enum class Operation { Protection, Tokens, HardwareKey, Licence };
    Q_ENUM(Operation)

    explicit SecurityState(QObject *parent = nullptr);

    //! Reads getAuthInfo (both roles) and, for an Administrator, the hardware key.
    void refresh();

    // RoomSessionPart
    QStringList roomEvents() const override { return { QStringLiteral("licenseActivation") }; }
    void handleRoomEvent(const RoomMessage &event) override { onEvent(event); }
    void resyncAfterSignIn() override { refresh(); }
    void roleChanged(Room::Role role) override;

    ModeProtection protection(Room::Role role) const;
    QString hardwareKey() const { return m_hardwareKey; }
    Licence licence() const { return m_licence; }
    //! "Password", "PIN ••••••" (or "PIN 4821" with `revealPin`), "PIN", "No protection",
    //! "Not known yet".
    static QString protectionText(const ModeProtection &protection, bool revealPin = false);
    //! What a PIN looks like while it is not revealed.
    static QString maskedPin();
    static QString protectionTypeText(Room::Protection type);
    //! The last licenseActivation in words.
    static QString licenceText(const Licence &licence);

    //! Why `type` cannot be set for `role` now (local rules of §4.2), empty when it can.
    QString protectionProblem(Room::Role role, Room::Protection type,
                              const QString &password) const;

    //! setAuthParams; `password` only for Password. The outcome arrives in protectionChanged()
    //! or failed(). Returns the request handle (0 when refused locally with failed()).
    quint64 setProtection(Room::Role role, Room::Protection type, const QString &password = {});
    quint64 clearTokens();
    quint64 readHardwareKey();
    quint64 activateLicence(const QString &key);

Q_SIGNALS:
    //! getAuthInfo answered, or a change was applied.
    void changed();
    //! setAuthParams succeeded; `newPin` is the PIN the room generated (PIN protection only).
    void protectionChanged(Room::Role role, Room::Protection type, const QString &newPin);
    void tokensCleared();
    void hardwareKeyChanged(const QString &key);
    //! activateLicense replied with `status` (the event with the details may follow).
    void licenceActivationReplied(int status);
    //! The licenseActivation event arrived.
    void licenceChanged();
    //! A command failed; `text` is readable ("Changing the protection failed: Access denied").
    void failed(SecurityState::Operation operation, const QString &text);

private:
    void onEvent(const RoomMessage &event);
    void parseAuthInfo(const QJsonObject &reply);
    void report(Operation operation, const RequestOutcome &outcome);

    ModeProtection m_admin;
    ModeProtection m_user;
    QString m_hardwareKey;
    Licence m_licence;
};
