// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "simhost.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QRect>
#include <QStringList>

#include <functional>

class SimCalls;

//! The room's main screen (room-api.md §7.7, §7.8, catalogue "Layout and video slots"): its
//! monitors (getMonitorsInfo, changeCurrentMonitor, monitorsInfoUpdated), which info widgets
//! show (getInfoWidgetsState and the show* events, following the show* settings) and, in a
//! call or conference, the video matrix: one slot for the room's own camera ("#self:0") and
//! one per participant in the order the layout fills them, hidden slots, and slots moved to an
//! extra monitor (one slot per extra monitor; the room's window stays on the current one).
//!
//! Our decisions where the public material is silent: a layout starts as the default of its
//! kind (defaultP2PMatrix for a call, defaultMultiConfMatrix for a group conference);
//! getVideoMatrix outside a call answers an empty matrix (the catalogue's fields), the other
//! matrix methods there are "Invalid state"; an unknown slot, monitor or layout type
//! (published: 0-4, §9.10) is "Invalid parameters"; moving a slot to the monitor the room's
//! window is on is "Invalid parameters"; the info widgets other than the logo show only while
//! `showInfoWidgets` is on too. Slots follow participants joining and leaving, announced with
//! videoMatrixChanged right after the event that changed them once a client has read the
//! matrix in this call (clients that never look at the layout hear nothing new); changes by
//! the matrix methods are always announced.
class SimScreen final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimScreen)

public:
    static constexpr int kMaxPublishedType = 4;
    static constexpr const char *kSelfSlot = "#self:0";

    //! `flush` sends events raised outside a command (see SimDataContainers).
    SimScreen(SimHost &host, SimCalls &calls, std::function<void()> flush,
              QObject *parent = nullptr);

    SimCommandTable commands();
    //! Sees every event the room sends (before it goes out): participants, the call's start
    //! and end, settings the widgets follow.
    void follow(const QString &event, const QJsonObject &payload);

    // ---- control API (tests, scenarios, demo)
    QJsonArray monitors() const;
    int currentMonitor() const { return m_current; }
    //! Plugs in a monitor (monitorsInfoUpdated); returns its index.
    int addMonitor(const QString &name, int width, int height);
    //! Unplugs monitor `index` (not the last one); its slot returns to the matrix.
    bool removeMonitor(int index);
    //! getVideoMatrix's answer (also outside a call: an empty matrix).
    QJsonObject matrix() const;
    int matrixType() const { return m_type; }
    //! Every slot in the order the layout fills them (hidden and moved ones included).
    QStringList slotOrder() const { return m_order; }
    QStringList hiddenSlots() const { return m_hidden; }
    //! monitor index -> slot shown there.
    QHash<int, QString> externSlots() const { return m_extern; }
    QJsonObject infoWidgets() const;

    //! What the test card draws of the screen: the slots' rectangles on the 1920x1080 main
    //! window (empty outside a call) and whether the clock shows.
    struct Picture
    {
        QList<QRect> slotRects;
        int matrixType = -1;
        bool clock = true;
    };
    Picture picture() const;

    //! Geometry of `count` slots in layout `type` on a width x height window (§9.10).
    static QList<QRect> layoutRects(int type, int count, int width, int height);

private:
    struct Monitor
    {
        int index = 0;
        QString name;
        bool primary = false;
        QRect geometry;
    };

    bool inCall() const;
    //! The slots that exist now: own camera, then present participants (not the waiting room).
    QStringList presentSlots() const;
    //! Brings the order in line with who is present; true when anything changed.
    bool syncSlots();
    void scheduleSync();
    void announceMatrix();
    void announceMonitors();
    //! Puts the slot on monitor `index` back into the matrix (videoSlotRemovedFromMonitor).
    void releaseMonitor(int index);
    QString peerDnOf(const QString &slot) const;
    const Monitor *monitor(int index) const;
    QJsonObject monitorFields(int index) const;

    SimOutcome changeType(const QJsonObject &request);
    SimOutcome changeMatrix(const QJsonObject &request);
    SimOutcome showSlot(const QJsonObject &request);
    SimOutcome hideSlot(const QJsonObject &request);
    SimOutcome showHide(const QJsonObject &request, bool show);
    SimOutcome swap(const QJsonObject &request);
    SimOutcome moveToMonitor(const QJsonObject &request);
    SimOutcome removeFromMonitor(const QJsonObject &request);
    SimOutcome changeCurrentMonitor(const QJsonObject &request);

    SimHost &m_host;
    SimCalls &m_calls;
    std::function<void()> m_flush;
    QList<Monitor> m_monitors;
    int m_current = 0;
    int m_nextIndex = 0;
    bool m_wasInCall = false;
    bool m_syncScheduled = false;
    //! A client read the matrix (or changed it) in this call: roster changes are announced.
    bool m_matrixRead = false;
    int m_type = 1;
    QStringList m_order;
    QStringList m_hidden;
    QHash<int, QString> m_extern;
};
