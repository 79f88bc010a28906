// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "core/controller/pendingrequests.h"
#include "core/models/settingscatalogue.h"
#include "core/session/roomsessionpart.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QObject>
#include <QVariantMap>

#include <optional>

//! The room's global settings held live (room-api.md §7.6): read with getSettings after every
//! sign-in, every settingsChanged{name, value} applied as it arrives, forgotten when the room
//! is gone. apply() sends setSettings; its reply is the outcome (a refusal changes nothing
//! here: the values change only when the room says so with settingsChanged).
//!
//! Volume and microphone level live here (§7.5): `audioPlayLevel` and `audioCapturerLevel`,
//! floats 0..1; the microphone level is read-only while `agcEnable` is true, and a change of
//! it is refused locally then (the room would refuse it with "Invalid state").
//!
//! Per setting (SettingsCatalogue): the security-related settings are the administrator's;
//! a User-level change of one is refused locally, nothing is sent (see SettingsCatalogue).
//!
//! Signal order: getSettings answered -> loaded(); settingsChanged -> changed(name, value);
//! disconnected -> forgotten().
class RoomSettings final : public QObject, public RoomSessionPart
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoomSettings)

public:
    static constexpr const char *kPlayLevel = "audioPlayLevel";
    static constexpr const char *kCapturerLevel = "audioCapturerLevel";
    static constexpr const char *kAgc = "agcEnable";

    explicit RoomSettings(QObject *parent = nullptr);

    // RoomSessionPart
    QStringList roomEvents() const override { return { QStringLiteral("settingsChanged") }; }
    void handleRoomEvent(const RoomMessage &event) override;
    //! Starts from the settings the controller's startup burst read (no second getSettings);
    //! reads them itself when the burst did not.
    void resyncAfterSignIn() override;
    void forgetRoom() override;

    //! Reads getSettings again.
    quint64 refresh();

    //! True once getSettings has answered (since the last sign-in).
    bool isKnown() const { return m_known; }
    //! Every setting as name -> value.
    QJsonObject values() const { return m_values; }
    //! One setting (undefined when the room has not reported it).
    QJsonValue value(const QString &name) const { return m_values.value(name); }

    //! Playback volume 0..1 (nullopt while not known).
    std::optional<double> playLevel() const;
    //! Microphone level 0..1 (nullopt while not known).
    std::optional<double> capturerLevel() const;
    //! Automatic gain control (nullopt while not known).
    std::optional<bool> agcEnabled() const;

    //! Sends setSettings with `changes`; `done` (when given, unless `context` is gone) gets the
    //! outcome. Returns the request handle; 0 when refused locally (then `done` and failed()
    //! follow from the event loop).
    quint64 apply(const QJsonObject &changes, QObject *context = nullptr,
                  PendingRequests::Callback done = {});
    quint64 apply(const QVariantMap &changes, QObject *context = nullptr,
                  PendingRequests::Callback done = {});
    //! audioPlayLevel = `level` (clamped to 0..1).
    quint64 setPlayLevel(double level, QObject *context = nullptr,
                         PendingRequests::Callback done = {});
    //! audioCapturerLevel = `level` (clamped to 0..1); refused locally while AGC is on.
    quint64 setCapturerLevel(double level, QObject *context = nullptr,
                             PendingRequests::Callback done = {});

    //! The room's bandwidth limits (getSystemInfo), or sane bounds while not known.
    SettingsCatalogue::Limits limits() const;
    //! The role of the connection (None while detached).
    Room::Role role() const;
    //! What RoomDeck knows of `name` (documented, else inferred from the room's value).
    SettingsCatalogue::Spec spec(const QString &name) const;

    //! Why `changes` cannot be sent now (empty when they can): an administrator's setting at
    //! User level, the microphone level while AGC is on (judged on the state the request would
    //! leave behind).
    QString problemWith(const QJsonObject &changes) const;

Q_SIGNALS:
    //! getSettings answered: every value may have changed.
    void loaded();
    //! The room changed one setting (settingsChanged).
    void changed(const QString &name, const QJsonValue &value);
    //! The room is gone: nothing is known any more.
    void forgotten();
    //! A command failed; `text` is readable ("Changing the settings failed: Invalid state").
    void failed(const QString &text);

private:
    //! Takes `values` (name -> value) as the room's settings.
    void adopt(const QJsonObject &values);
    void refuseLater(const QString &text, QObject *context, PendingRequests::Callback done);

    QJsonObject m_values;
    bool m_known = false;
};
