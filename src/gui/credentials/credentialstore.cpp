// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "credentialstore.h"

#include "core/logging.h"

#include <QPointer>

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace {

// Looked up by probe(): a key nobody writes, so that "not found" proves the service answers.
const auto kProbeKey = u"roomdeck-keychain-probe"_s;

template<typename Job> Job *newJob(const QString &service, const QString &key)
{
    auto *job = new Job(service);
    job->setAutoDelete(true);
    // Never a plaintext file: without a keychain RoomDeck asks each time instead.
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}

} // namespace

CredentialStore::CredentialStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{ }

CredentialStore::~CredentialStore() = default;

QString CredentialStore::keyFor(const QString &address, const QString &instance, Room::Role role)
{
    const QString inst = instance.trimmed().isEmpty() ? u"default"_s : instance.trimmed();
    return u"%1/%2 as %3"_s.arg(address.trimmed().toLower(), inst.toLower(),
                                Room::roleWireName(role).isEmpty() ? u"auto"_s
                                                                   : Room::roleWireName(role));
}

CredentialStore::Result CredentialStore::finishJob(int error, const QString &errorString,
                                                   const QString &secret)
{
    Result r;
    switch (QKeychain::Error(error)) {
    case QKeychain::NoError:
        r.status = Status::Ok;
        r.secret = secret;
        setAvailability(Availability::Available, {});
        return r;
    case QKeychain::EntryNotFound:
        r.status = Status::NotFound;
        r.error = tr("Nothing is stored in the keyring for this room");
        setAvailability(Availability::Available, {});
        return r;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        r.status = Status::Unavailable;
        break;
    case QKeychain::OtherError:
        // QtKeychain reports a missing Secret Service (no session bus, no daemon) this way.
        r.status = Status::Unavailable;
        break;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        r.status = Status::Failed;
        r.error = tr("The keyring refused access: %1").arg(errorString);
        return r;
    }
    r.error = tr("No keyring service is available (Secret Service on the session D-Bus): %1. "
                 "RoomDeck will ask for the PIN or password each time.")
                  .arg(errorString.isEmpty() ? tr("no details") : errorString);
    setAvailability(Availability::Unavailable, r.error);
    return r;
}

void CredentialStore::run(QKeychain::Job *job, QObject *context, Callback callback)
{
    const QPointer<CredentialStore> self(this);
    connect(job, &QKeychain::Job::finished, context,
            [self, callback = std::move(callback)](QKeychain::Job *j) {
                const auto *readJob = qobject_cast<QKeychain::ReadPasswordJob *>(j);
                Result r;
                if (self)
                    r = self->finishJob(j->error(), j->errorString(),
                                        readJob ? readJob->textData() : QString());
                else
                    r.error = tr("The keyring request was abandoned");
                if (callback)
                    callback(r);
            });
    job->start();
}

void CredentialStore::read(const QString &key, QObject *context, Callback callback)
{
    run(newJob<QKeychain::ReadPasswordJob>(m_service, key), context, std::move(callback));
}

void CredentialStore::write(const QString &key, const QString &secret, QObject *context,
                            Callback callback)
{
    auto *job = newJob<QKeychain::WritePasswordJob>(m_service, key);
    job->setTextData(secret);
    run(job, context, std::move(callback));
}

void CredentialStore::remove(const QString &key, QObject *context, Callback callback)
{
    run(newJob<QKeychain::DeletePasswordJob>(m_service, key), context, std::move(callback));
}

void CredentialStore::probe()
{
    if (m_probing || m_availability != Availability::Unknown)
        return;
    m_probing = true;
    read(kProbeKey, this, [this](const Result &) { m_probing = false; });
}

void CredentialStore::setAvailability(Availability availability, const QString &reason)
{
    if (m_availability == availability && m_reason == reason)
        return;
    m_availability = availability;
    m_reason = reason;
    if (availability == Availability::Unavailable)
        qCInfo(lcGui).noquote() << "keyring unavailable:" << reason;
    Q_EMIT availabilityChanged(availability, reason);
}
