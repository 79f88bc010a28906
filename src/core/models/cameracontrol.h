// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "core/controller/requestoutcome.h"
#include "core/session/roomsessionpart.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <functional>

struct RoomMessage;

//! The room's camera (room-api.md §7.5): pan/tilt/zoom capabilities and positions
//! (getPtzControls, ptzControlsChanged), hold-to-move, absolute positions, defaults; the
//! room's camera presets (getAllVideoCapturerPresets and friends, with their events); and
//! far-end camera control in a conference (requests in and out, cameras this room controls).
//!
//! Hold-to-move: startMove() sends the direction, stopMove() sends ptzStop. A camera never
//! keeps moving by itself: ptzStop is also sent when the role or the app state changes, when
//! the part is detached from its session, and by a watchdog when no stopMove() follows within
//! watchdogInterval() of the last startMove() or keepMoving(). A lost connection cannot carry a
//! ptzStop: the part forgets the move and sends ptzStop first thing after the next sign-in.
//!
//!   state    | startMove(d) (continuous axis) | stopMove / loss path / watchdog
//!   Idle     | send d -> Moving(d)            | nothing sent
//!   Moving(d)| same d: send d again, re-arm; | send ptzStop -> Idle
//!            | other: ptzStop, send d         |
//! On a non-continuous axis a startMove() is one step and the state stays Idle.
//!
//! Every verb ends in exactly one RequestOutcome, given to its `done` (when set) and, when not
//! ok, to failed(). A verb the role, the app state or the camera does not allow is refused
//! locally (status RefusedLocally, nothing sent), delivered from the event loop.
//!
//! Preset shapes are not published (catalogue: "no source lists fields"). The reading chosen,
//! tolerant of near variants: a preset is {presetId, name} (presetId may also come as `id`,
//! a number, name as `presetName`); getAllVideoCapturerPresets answers `presets` (or
//! `presetList`/`videoCapturerPresets`); events carry `presetId`. After any preset event the
//! list is read again, so whatever shape the event has, the list ends up as the room has it.
//! Camera-control lists answer `callIdList` with strings (or objects with callId/peerId).
class CameraControl final : public QObject, public RoomSessionPart
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CameraControl)

public:
    enum class Direction { Left, Right, Up, Down, ZoomIn, ZoomOut };
    Q_ENUM(Direction)
    enum class Axis { Pan, Tilt, Zoom };
    Q_ENUM(Axis)

    struct AxisState
    {
        bool supported = false;
        bool continuous = true;
        int minValue = 0;
        int maxValue = 0;
        int current = 0;
        int defValue = 0;
        int step = 1;
    };

    struct Preset
    {
        QString id;
        QString name;
    };

    using Done = std::function<void(const RequestOutcome &outcome)>;

    static constexpr int kDefaultWatchdogMs = 4000;
    //! The longest preset name RoomDeck sends.
    static constexpr int kMaxPresetName = 64;

    explicit CameraControl(QObject *parent = nullptr);
    ~CameraControl() override;

    // RoomSessionPart
    QStringList roomEvents() const override;
    void handleRoomEvent(const RoomMessage &event) override;
    void resyncAfterSignIn() override;
    void forgetRoom() override;
    void connectionStateChanged(RoomController::ConnectionState state) override;
    void appStateChanged(Room::AppState previous, Room::AppState current) override;
    void roleChanged(Room::Role role) override;

    //! How long a move may go without stopMove() before the watchdog sends ptzStop.
    void setWatchdogInterval(int msecs);
    int watchdogInterval() const { return m_watchdog.interval(); }

    // --- PTZ -------------------------------------------------------------------------------
    bool ptzKnown() const { return m_ptzKnown; }
    AxisState axis(Axis axis) const;
    static Axis axisOf(Direction direction);
    //! Any axis supported.
    bool hasPtz() const;
    QString cameraName() const { return m_cameraName; }
    //! A hold-to-move is in progress (a continuous direction sent, no ptzStop yet).
    bool isMoving() const { return m_moving; }

    quint64 startMove(Direction direction, Done done = {});
    //! Sends ptzStop when a move is in progress; returns 0 (sends nothing) otherwise.
    quint64 stopMove(Done done = {});
    //! The operator still holds the move: re-arms the watchdog (nothing is sent). A view
    //! calls this while its button is down, so a long hold keeps moving while a release that
    //! never arrives (a view that froze or vanished) still ends in ptzStop. False when no
    //! move is in progress.
    bool keepMoving();
    quint64 setPosition(Axis axis, int position, Done done = {});
    quint64 setDefaults(Done done = {});
    void refreshPtz();

    // --- presets ---------------------------------------------------------------------------
    QList<Preset> presets() const { return m_presets; }
    //! The id of the preset called `name` (exact match first, then case-insensitive); empty
    //! when there is none.
    QString presetIdByName(const QString &name) const;
    //! The last preset the room said it applied (empty when unknown or moved since).
    QString currentPresetId() const { return m_currentPreset; }
    bool presetsKnown() const { return m_presetsKnown; }
    void refreshPresets(Done done = {});
    //! Saves the camera's current position as a new preset called `name`.
    quint64 addPreset(const QString &name, Done done = {});
    quint64 applyPreset(const QString &presetId, Done done = {});
    //! Stores the camera's current position in the preset.
    quint64 updatePreset(const QString &presetId, Done done = {});
    quint64 renamePreset(const QString &presetId, const QString &name, Done done = {});
    quint64 removePreset(const QString &presetId, Done done = {});

    // --- far-end camera control (in a conference) --------------------------------------------
    //! Participants asking to control this room's camera.
    QStringList incomingRequests() const { return m_incoming; }
    //! Participants whose camera this room asked to control, not answered yet.
    QStringList outgoingRequests() const { return m_outgoing; }
    //! Participants whose camera this room controls.
    QStringList controlledCameras() const { return m_controlled; }
    quint64 requestControl(const QString &callId, Done done = {});
    quint64 acceptRequest(const QString &callId, Done done = {});
    quint64 rejectRequest(const QString &callId, Done done = {});
    //! One step of the remote camera (the API has no remote stop).
    quint64 moveRemote(const QString &callId, Direction direction, Done done = {});

    //! Wire method of a local / remote direction.
    static QString methodOf(Direction direction);
    static QString remoteMethodOf(Direction direction);

Q_SIGNALS:
    //! Capabilities or positions of the PTZ axes changed (or became unknown).
    void ptzChanged();
    //! A hold-to-move started or ended.
    void movingChanged(bool moving);
    //! The watchdog ended a move nobody released.
    void watchdogStopped();
    //! The preset list changed.
    void presetsChanged();
    //! The room applied a preset.
    void presetApplied(const QString &presetId);
    //! A participant asks to control the room's camera.
    void controlRequested(const QString &callId);
    //! The incoming, outgoing or controlled lists changed.
    void farEndChanged();
    //! A participant answered this room's request to control their camera.
    void controlAnswered(const QString &callId, bool accepted);
    //! A verb ended in anything but a reply.
    void failed(const RequestOutcome &outcome);

protected:
    void controllerChanged(RoomController *previous) override;

private:
    //! Why a verb (a far-end one with `farEnd`) cannot be sent now; empty when it can.
    QString refusal(bool farEnd) const;
    quint64 send(const QString &method, const QJsonObject &params, Done done);
    //! A background read: its outcome goes to `handler` only, never to failed().
    void read(const QString &method, Done handler);
    quint64 refuse(const QString &method, const QString &why, Done done);
    void finish(const RequestOutcome &outcome, const Done &done);
    void setMoving(bool moving);
    //! ptzStop for a move nobody will release, over `controller` (the current one by default).
    void stopFromLossPath(RoomController *controller = nullptr);
    void applyPtz(const QJsonObject &o);
    void applyPresets(const QJsonObject &reply);
    void refreshFarEnd();
    void clearFarEnd();
    static QStringList callIds(const QJsonObject &reply);
    static bool addTo(QStringList *list, const QString &callId);

    bool m_ptzKnown = false;
    AxisState m_pan;
    AxisState m_tilt;
    AxisState m_zoom;
    QString m_cameraName;
    QString m_cameraKey; //!< name + description, to notice a camera change
    bool m_moving = false;
    //! The connection broke during a held move: ptzStop goes out after the next sign-in.
    bool m_stopOwed = false;
    Direction m_direction = Direction::Left;
    QTimer m_watchdog;

    bool m_presetsKnown = false;
    QList<Preset> m_presets;
    QString m_currentPreset;

    QStringList m_incoming;
    QStringList m_outgoing;
    QStringList m_controlled;
};
