// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "core/controller/pendingrequests.h"
#include "core/session/roomsessionpart.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include <optional>

//! The room's media devices as the room reports them (room-api.md §7.5): the camera,
//! microphone and loudspeaker lists with the current one of each (getHardware,
//! hardwareChanged), the three mute switches (get*Mute after sign-in; audioCapturerMute,
//! audioRendererMute, videoCapturerMute), the choice of device (set*Capturer/Renderer, "none"
//! for no device), and the video and audio options of newer rooms: noise suppression, blur,
//! background replacement, crop, self-view rotation and the per-participant receiving level.
//!
//! The state follows the room, never the verbs: a change made on the room's own panel or by
//! another controller shows as soon as its event arrives, and a verb's reply changes nothing
//! by itself (but for the receiving level, which has no event). Unknown (not read yet, or the room
//! has gone) is distinct from off. An option a room refuses or does not report (an older build
//! answers "Unknown method", or a reply without the value) stays "not reported", and views hide it.
//!
//! Every verb ends in exactly one outcome, given to `done` (when given, unless `context` is
//! gone) and, when it is a failure, to failed(): the controller's (reply, error reply,
//! timeout, disconnected, refused locally) or a local refusal of ours (detached, the Devices
//! capability not granted, a value outside its set), which arrives from the event loop with
//! handle 0.
//!
//! Signals, per cause:
//!
//!   getHardware reply / hardwareChanged      hardwareChanged(), changed()
//!   get*Mute reply / *Mute event             muteChanged(device, muted), changed() (on change)
//!   option reply / option event              optionChanged(option), changed() (on change)
//!   setAudioReceivingLevel/get reply         receivingLevelChanged(peerId, level)
//!   disconnected                             everything unknown again; changed()
class DeviceState final : public QObject, public RoomSessionPart
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceState)

public:
    enum class Device { Microphone, Camera, Speaker };
    Q_ENUM(Device)
    enum class Option { NoiseSuppression, Blur, ReplaceBackground, Crop, SelfViewRotation };
    Q_ENUM(Option)

    struct Hardware
    {
        QString name;
        QString description; //!< the OS's device path or id; selects the device with `name`
        int type = 0;
        bool connected = true;
        bool operator==(const Hardware &o) const
        {
            return name == o.name && description == o.description;
        }
    };

    struct OptionState
    {
        bool reported = false; //!< the room answered with a value (else: hide the option)
        bool enabled = false; //!< the on/off options
        int value = 0; //!< SelfViewRotation: 0, 90, 180 or 270
        int fileId = -1; //!< ReplaceBackground: the image, when the room says
    };

    //! Receiving levels go from 0 (silent) to this (room-api.md leaves the range open; the
    //! emulator's choice, see SimMediaOptions).
    static constexpr int kMaxReceivingLevel = 100;

    explicit DeviceState(QObject *parent = nullptr);

    // RoomSessionPart
    QStringList roomEvents() const override;
    void handleRoomEvent(const RoomMessage &event) override;
    void resyncAfterSignIn() override { refresh(); }
    void forgetRoom() override;

    //! Reads the hardware, the mute switches and the options again; refreshed() follows
    //! once every read has ended (however it ended).
    void refresh();
    //! True while reads of refresh() have not all ended.
    bool isRefreshing() const { return m_refreshPending > 0; }

    // --- state --------------------------------------------------------------------------
    //! Muted / not muted; nullopt while not known.
    std::optional<bool> isMuted(Device device) const;
    bool isHardwareKnown() const { return m_hardwareKnown; }
    QList<Hardware> devices(Device device) const;
    //! The device in use; nullopt when none is selected ("none") or not known.
    std::optional<Hardware> current(Device device) const;
    OptionState option(Option option) const;
    //! The last level read or set for `peerId`; nullopt when not known.
    std::optional<int> receivingLevel(const QString &peerId) const;

    // --- verbs (each returns the request handle, 0 when refused locally) ----------------
    quint64 setMuted(Device device, bool muted, QObject *context = nullptr,
                     PendingRequests::Callback done = {});
    //! Selects `hardware` (by name and description) as the device of its kind.
    quint64 select(Device device, const Hardware &hardware, QObject *context = nullptr,
                   PendingRequests::Callback done = {});
    //! Selects no device of that kind ("none"/"none").
    quint64 selectNone(Device device, QObject *context = nullptr,
                       PendingRequests::Callback done = {});
    //! Turns an on/off option on or off. ReplaceBackground: only off (turning it on needs an
    //! image: setReplaceBackground()). SelfViewRotation: on is 90°, off 0°.
    quint64 setOptionEnabled(Option option, bool enabled, QObject *context = nullptr,
                             PendingRequests::Callback done = {});
    //! Background replacement with the uploaded image `fileId` (or off).
    quint64 setReplaceBackground(bool enabled, int fileId, QObject *context = nullptr,
                                 PendingRequests::Callback done = {});
    //! Self-view rotation: 0, 90, 180 or 270 degrees (anything else is refused locally).
    quint64 setSelfViewRotation(int degrees, QObject *context = nullptr,
                                PendingRequests::Callback done = {});
    //! Reads / sets how loud `peerId` is heard (0..kMaxReceivingLevel).
    quint64 readReceivingLevel(const QString &peerId, QObject *context = nullptr,
                               PendingRequests::Callback done = {});
    quint64 setReceivingLevel(const QString &peerId, int level, QObject *context = nullptr,
                              PendingRequests::Callback done = {});

    //! The wire methods the verbs and the refresh send (the role table test lists them).
    static QStringList methods();
    //! "Microphone", "Camera", "Speaker".
    static QString deviceName(Device device);
    //! The device's name inside a sentence ("microphone" in English; a German noun keeps its
    //! capital): never lowercase a translated name by code.
    static QString deviceNoun(Device device);
    //! "Noise suppression", ...
    static QString optionName(Option option);
    //! "Muted", "On", "Not known" for `muted`.
    static QString muteText(std::optional<bool> muted);
    //! The muted devices at a glance ("Microphone muted · Camera muted"); empty when none is
    //! muted or nothing is known.
    QString muteSummary() const;

Q_SIGNALS:
    //! Anything shown changed.
    void changed();
    //! A mute switch changed (or became known).
    void muteChanged(DeviceState::Device device, bool muted);
    //! The lists or the current devices changed.
    void hardwareChanged();
    //! An option changed (or became known, or turned out not to be reported).
    void optionChanged(DeviceState::Option option);
    //! A receiving level became known or changed.
    void receivingLevelChanged(const QString &peerId, int level);
    //! Every read of refresh() has ended.
    void refreshed();
    //! A command failed; `text` is readable ("Muting the microphone failed: Invalid state").
    void failed(const QString &text);

private:
    quint64 send(const QString &method, const QJsonObject &params, const QString &what,
                 QObject *context, PendingRequests::Callback done,
                 PendingRequests::Callback onOk = {});
    void refuseLater(const QString &method, const QString &text, const QString &what,
                     QObject *context, PendingRequests::Callback done);
    void readMute(Device device);
    void readOption(Option option, bool counted = false);
    void applyMute(Device device, const QJsonValue &value);
    void applyHardware(const QJsonObject &payload);
    //! Reads the option's value from a reply or event; false when it holds none.
    bool applyOption(Option option, const QJsonObject &payload);
    void setOptionState(Option option, const OptionState &state);
    void readEnded();

    std::optional<bool> m_mute[3];
    bool m_hardwareKnown = false;
    QList<Hardware> m_lists[3];
    std::optional<Hardware> m_current[3];
    OptionState m_options[5];
    QHash<QString, int> m_receivingLevels;
    int m_refreshPending = 0;
};
