// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "core/controller/roomcontroller.h"

#include <QObject>
#include <QString>

#include <functional>

namespace QKeychain {
class Job;
}

//! PINs and passwords in the operating system's keychain (Secret Service on Linux, via
//! QtKeychain), never in QSettings or any file. Every operation is asynchronous and ends in
//! exactly one callback. Without a keychain service the operations fail with
//! Status::Unavailable and a readable reason; there is no plaintext fallback.
class CredentialStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialStore)

public:
    enum class Status {
        Ok,
        NotFound, //!< read/remove: nothing stored under the key
        Unavailable, //!< no keychain service (e.g. no Secret Service on the session bus)
        Failed, //!< the keychain refused or failed; `error` says why
    };
    Q_ENUM(Status)

    enum class Availability { Unknown, Available, Unavailable };
    Q_ENUM(Availability)

    struct Result
    {
        Status status = Status::Failed;
        QString secret; //!< read only
        QString error; //!< readable; empty for Ok
        bool ok() const { return status == Status::Ok; }
    };
    using Callback = std::function<void(const Result &)>;

    //! `service` names RoomDeck's entries in the keychain (tests use their own).
    explicit CredentialStore(const QString &service, QObject *parent = nullptr);
    ~CredentialStore() override;

    QString service() const { return m_service; }

    //! Each calls `callback` once (unless `context` is gone by then).
    void read(const QString &key, QObject *context, Callback callback);
    void write(const QString &key, const QString &secret, QObject *context, Callback callback);
    void remove(const QString &key, QObject *context, Callback callback);

    //! Finds out once whether a keychain service answers; availabilityChanged() reports it.
    //! Every operation's outcome also updates availability.
    void probe();
    Availability availability() const { return m_availability; }
    bool isAvailable() const { return m_availability == Availability::Available; }
    //! Why the keychain cannot be used (empty while available or unknown).
    QString unavailableReason() const { return m_reason; }

    //! The keychain entry of a room's secret for a role: address, instance and role, never
    //! the secret itself.
    static QString keyFor(const QString &address, const QString &instance, Room::Role role);

Q_SIGNALS:
    //! The keychain turned out to be (un)available; `reason` is readable when it is not.
    void availabilityChanged(CredentialStore::Availability availability, const QString &reason);

private:
    void run(QKeychain::Job *job, QObject *context, Callback callback);
    void setAvailability(Availability availability, const QString &reason);
    Result finishJob(int error, const QString &errorString, const QString &secret);

    QString m_service;
    Availability m_availability = Availability::Unknown;
    QString m_reason;
    bool m_probing = false;
};
