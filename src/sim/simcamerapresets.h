// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "simdevices.h"
#include "simhost.h"

#include <QHash>
#include <QList>
#include <QString>

//! The room's camera presets (getAllVideoCapturerPresets and friends, room-api.md §11; newer
//! Room builds). No public source gives their shapes; the emulator's reading, which RoomDeck
//! tolerates variants of:
//!
//!   preset        {presetId:string, name:string, pan:int, tilt:int, zoom:int}
//!   getAll...     reply {presets:[preset...]} for the selected camera
//!   addPresetFromCurrentVideoCapturer {name?}          reply {presetId}; event ...Added{preset}
//!   addVideoCapturerPreset {name?, pan?, tilt?, zoom?} reply {presetId}; event ...Added{preset}
//!   applyVideoCapturerPreset {presetId}   the axes go there: ptzControlsChanged, ...Applied
//!   updatePresetFromCurrentVideoCapturer {presetId}    event ...Updated{preset}
//!   updateVideoCapturerPreset {presetId, name?, pan?, tilt?, zoom?}  event ...Updated{preset}
//!   removeVideoCapturerPreset {presetId}               event ...Removed{presetId}
//!
//! Presets belong to a camera (its description): another selected camera has its own list.
//! Refusals (§10): a missing or unknown presetId, an empty name, a position outside an axis
//! -> "Invalid parameters"; no camera with a PTZ axis selected -> "Invalid state".
class SimCameraPresets final
{
public:
    SimCameraPresets(SimHost &host, SimDevices &devices);

    SimCommandTable commands();

    //! The selected camera's presets as the wire has them.
    QJsonArray presetsJson() const;
    //! The name of the preset applied last on the selected camera (empty after a move).
    QString appliedName() const;

private:
    struct Preset
    {
        QString id;
        QString name;
        SimDevices::PtzPosition position;
    };

    SimOutcome add(const QJsonObject &request, bool fromCurrent);
    SimOutcome apply(const QJsonObject &request);
    SimOutcome update(const QJsonObject &request, bool fromCurrent);
    SimOutcome remove(const QJsonObject &request);
    //! The selected camera's preset named by request.presetId; *error says why there is none.
    Preset *find(const QJsonObject &request, QString *error);
    static QJsonObject toJson(const Preset &p);
    //! Reads pan/tilt/zoom over `position`; false when one is not an integer.
    static bool readPosition(const QJsonObject &request, SimDevices::PtzPosition *position);

    SimHost &m_host;
    SimDevices &m_devices;
    QHash<QString, QList<Preset>> m_presets; //!< camera description -> presets
    int m_nextId = 1;
};
