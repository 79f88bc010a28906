// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "simhost.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

//! The room's media devices (room-api.md §7.5): camera, microphone and loudspeaker lists
//! and selection (getHardware, set*Capturer/Renderer, hardwareChanged), the three mute
//! switches, and the PTZ camera (direction commands move an axis until ptzStop, in ticks
//! that each emit ptzControlsChanged; absolute positions; defaults).
//!
//! The device lists look like a Linux meeting-room PC: a PTZ conference camera, a webcam
//! with digital zoom only, a virtual camera and an unplugged one; a USB speakerphone, a
//! ceiling microphone and the onboard audio; HDMI output.
class SimDevices final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimDevices)

public:
    explicit SimDevices(SimHost &host, QObject *parent = nullptr);
    ~SimDevices() override;

    SimCommandTable commands();

    //! Own participant state (§9.8): 0 no device selected, 1 muted, 2 on.
    int selfMic() const;
    int selfVideo() const;
    //! getHardware / hardwareChanged payload.
    QJsonObject hardwareJson() const;
    //! getPtzControls / ptzControlsChanged payload.
    QJsonObject ptzJson() const;
    //! Somebody else switched the room's microphone (or camera): as setMicMute/setVideoMute.
    void setOwnMute(bool camera, bool mute);
    //! Stops PTZ movement without events (reboot, stop).
    void halt();

    //! Axis positions of the selected camera (0 for an axis it does not have).
    struct PtzPosition
    {
        int pan = 0;
        int tilt = 0;
        int zoom = 0;
    };
    PtzPosition ptzPosition() const;
    //! The selected camera's description (its identity for presets); empty when none.
    QString cameraKey() const;
    //! The selected camera has at least one PTZ axis.
    bool hasPtz() const;
    //! True when every supported axis can take its value of `position`.
    bool ptzReachable(const PtzPosition &position) const;
    //! Ends any movement and puts the supported axes at `position` (clamped to their ranges);
    //! emits ptzControlsChanged (presets).
    void moveTo(const PtzPosition &position);
    // What the camera sees, for the /frames/ test card (read only).
    int pan() const { return m_pan.current; }
    int tilt() const { return m_tilt.current; }
    int zoom() const { return m_zoom.current; }
    bool cameraMuted() const { return m_cameraMute; }
    //! The selected camera's name; empty when no camera is selected.
    QString currentCamera() const;

private:
    struct Device
    {
        QString name;
        QString description;
        int type = 0;
        bool connected = true;
        bool ptz = false; //!< cameras: motorized pan/tilt/zoom; else digital zoom only
    };

    struct Axis
    {
        bool support = false;
        bool continuous = true;
        int minValue = 0;
        int maxValue = 0;
        int defValue = 0;
        int step = 1;
        int current = 0;
        int moving = 0; //!< -1, 0, +1

        QJsonObject toJson() const;
    };

    enum class Kind { VideoCapturer, AudioCapturer, AudioRenderer };

    SimOutcome selectDevice(Kind kind, const QJsonObject &request);
    SimOutcome getMute(const bool *state) const;
    SimOutcome setMute(bool *state, const QString &event, const QJsonObject &request);
    SimOutcome move(Axis *axis, int direction);
    SimOutcome stop();
    SimOutcome setPosition(Axis *axis, const QJsonObject &request);
    SimOutcome setDefaults();
    void configurePtz();
    void tick();
    static QJsonArray listJson(const QList<Device> &devices);
    static void addCurrent(QJsonObject *o, const QString &prefix, const QList<Device> &devices,
                           int current);

    SimHost &m_host;
    QList<Device> m_cameras;
    QList<Device> m_microphones;
    QList<Device> m_speakers;
    int m_camera = 0; //!< index, -1 = none
    int m_microphone = 0;
    int m_speaker = 0;
    bool m_micMute = false;
    bool m_speakerMute = false;
    bool m_cameraMute = false;
    Axis m_pan;
    Axis m_tilt;
    Axis m_zoom;
    QTimer m_ptzTimer;
};
