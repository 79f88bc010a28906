// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "simscreen.h"

#include "simcalls.h"
#include "simchecks.h"
#include "simconference.h"

#include <QTimer>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

constexpr int kWindowWidth = 1920;
constexpr int kWindowHeight = 1080;
constexpr int kMaxMonitors = 8;

QJsonObject rectJson(const QRect &r)
{
    return {
        { u"x"_s, r.x() }, { u"y"_s, r.y() }, { u"width"_s, r.width() }, { u"height"_s, r.height() }
    };
}

//! The show* setting each getInfoWidgetsState field follows.
const QList<QPair<QString, QString>> &widgetFields()
{
    static const QList<QPair<QString, QString>> fields = {
        { u"logoDisplaying"_s, u"showLogo"_s },
        { u"timeDisplaying"_s, u"showTime"_s },
        { u"connectInfoDisplaying"_s, u"showInfoConnect"_s },
        { u"currentUserInfoWidgetDisplaying"_s, u"showCurrentUserWidget"_s },
        { u"incomingRequestWidgetDisplaying"_s, u"showIncomingRequestWidget"_s },
        { u"upcomingMeetingsComponentDisplaying"_s, u"showUpcomingMeetings"_s },
    };
    return fields;
}

//! Settings that have an event of the same name (catalogue: show* events with {show}).
bool hasShowEvent(const QString &setting)
{
    return setting.startsWith(u"show"_s) && setting != u"showInfoWidgets"_s;
}

} // namespace

SimScreen::SimScreen(SimHost &host, SimCalls &calls, std::function<void()> flush, QObject *parent)
    : QObject(parent)
    , m_host(host)
    , m_calls(calls)
    , m_flush(std::move(flush))
{
    m_monitors = { { 0, u"HDMI-1"_s, true, QRect(0, 0, 1920, 1080) },
                   { 1, u"HDMI-2"_s, false, QRect(1920, 0, 1920, 1080) } };
    m_nextIndex = 2;
}

SimCommandTable SimScreen::commands()
{
    const auto inCallOnly = [this](SimOutcome (SimScreen::*verb)(const QJsonObject &)) {
        return [this, verb](const QJsonObject &r) {
            if (!inCall())
                return SimOutcome::fail(SimError::invalidState());
            syncSlots(); // whatever changed a moment ago counts already
            m_matrixRead = true;
            return (this->*verb)(r);
        };
    };
    return {
        { u"getMonitorsInfo"_s,
          [this](const QJsonObject &) {
              return SimOutcome::ok(
                  { { u"monitors"_s, monitors() }, { u"currentMonitor"_s, m_current } });
          } },
        { u"changeCurrentMonitor"_s,
          [this](const QJsonObject &r) {
              return changeCurrentMonitor(r);
          } },
        { u"getInfoWidgetsState"_s,
          [this](const QJsonObject &) {
              return SimOutcome::ok(infoWidgets());
          } },
        { u"getVideoMatrix"_s,
          [this](const QJsonObject &) {
              if (!inCall()) // no matrix: the catalogue's fields, empty
                  return SimOutcome::ok(SimChecks::neutralReply(u"getVideoMatrix"_s));
              syncSlots();
              m_matrixRead = true;
              return SimOutcome::ok(matrix());
          } },
        { u"changeVideoMatrixType"_s, inCallOnly(&SimScreen::changeType) },
        { u"changeVideoMatrix"_s, inCallOnly(&SimScreen::changeMatrix) },
        { u"showVideoSlot"_s, inCallOnly(&SimScreen::showSlot) },
        { u"hideVideoSlot"_s, inCallOnly(&SimScreen::hideSlot) },
        { u"swapVideoSlots"_s, inCallOnly(&SimScreen::swap) },
        { u"moveVideoSlotToMonitor"_s, inCallOnly(&SimScreen::moveToMonitor) },
        { u"removeVideoSlotFromMonitor"_s, inCallOnly(&SimScreen::removeFromMonitor) },
    };
}

// ---------------------------------------------------------------------------------------------
// Following the room

void SimScreen::follow(const QString &event, const QJsonObject &payload)
{
    if (event == u"settingsChanged"_s) {
        const QString name = payload.value(u"name"_s).toString();
        if (hasShowEvent(name))
            m_host.emitEvent(name, { { u"show"_s, payload.value(u"value"_s).toBool() } });
        return;
    }
    static const QStringList changesSlots = {
        u"appStateChanged"_s, u"newParticipantInConference"_s, u"participantLeftConference"_s,
        u"peerAccepted"_s,    u"conferenceCreated"_s,          u"conferenceDeleted"_s,
    };
    if (changesSlots.contains(event))
        scheduleSync();
}

void SimScreen::scheduleSync()
{
    if (m_syncScheduled)
        return;
    m_syncScheduled = true;
    // The event is on its way; the roster it announces is settled once the command or
    // control action that raised it has finished.
    QTimer::singleShot(0, this, [this] {
        m_syncScheduled = false;
        if (syncSlots() && m_flush)
            m_flush();
    });
}

bool SimScreen::inCall() const
{
    return m_host.appState() == 5 && m_calls.inConference();
}

QStringList SimScreen::presentSlots() const
{
    QStringList present { QLatin1String(kSelfSlot) };
    const SimConference *conf = m_calls.conference();
    if (!conf)
        return present;
    for (const SimParticipant &p : conf->participants)
        if (!p.self && !p.waiting && !present.contains(p.peerId))
            present.append(p.peerId);
    return present;
}

bool SimScreen::syncSlots()
{
    if (!inCall()) {
        m_wasInCall = false;
        m_matrixRead = false;
        m_order.clear();
        m_hidden.clear();
        m_extern.clear();
        return false;
    }
    bool changed = false;
    if (!m_wasInCall) {
        m_wasInCall = true;
        const QString setting
            = m_calls.isGroup() ? u"defaultMultiConfMatrix"_s : u"defaultP2PMatrix"_s;
        m_type = std::clamp(m_host.setting(setting).toInt(1), 0, kMaxPublishedType);
        m_order.clear();
        changed = true;
    }
    const QStringList present = presentSlots();
    for (const QString &slot : QStringList(m_order)) {
        if (present.contains(slot))
            continue;
        for (auto it = m_extern.cbegin(); it != m_extern.cend(); ++it)
            if (it.value() == slot) {
                releaseMonitor(it.key());
                break;
            }
        m_order.removeAll(slot);
        m_hidden.removeAll(slot);
        changed = true;
    }
    for (const QString &slot : present)
        if (!m_order.contains(slot)) {
            m_order.append(slot);
            changed = true;
        }
    if (changed && m_matrixRead)
        announceMatrix();
    return changed && m_matrixRead;
}

void SimScreen::announceMatrix()
{
    m_host.emitEvent(u"videoMatrixChanged"_s, matrix());
}

void SimScreen::announceMonitors()
{
    m_host.emitEvent(u"monitorsInfoUpdated"_s,
                     { { u"monitors"_s, monitors() }, { u"currentMonitor"_s, m_current } });
}

void SimScreen::releaseMonitor(int index)
{
    const QString slot = m_extern.take(index);
    if (slot.isEmpty())
        return;
    QJsonObject event = monitorFields(index);
    event.insert(u"callId"_s, slot);
    m_host.emitEvent(u"videoSlotRemovedFromMonitor"_s, event);
}

QString SimScreen::peerDnOf(const QString &slot) const
{
    if (slot == QLatin1String(kSelfSlot))
        return m_host.ownPeerDn();
    if (const SimConference *conf = m_calls.conference())
        for (const SimParticipant &p : conf->participants)
            if (p.peerId == slot)
                return p.peerDn;
    return {};
}

const SimScreen::Monitor *SimScreen::monitor(int index) const
{
    for (const Monitor &m : m_monitors)
        if (m.index == index)
            return &m;
    return nullptr;
}

QJsonObject SimScreen::monitorFields(int index) const
{
    const Monitor *m = monitor(index);
    return { { u"monitorIdx"_s, index },
             { u"monitorDisplayName"_s, m ? m->name : QString() },
             { u"monitorIsPrimary"_s, m && m->primary } };
}

// ---------------------------------------------------------------------------------------------
// What the room reports

QJsonArray SimScreen::monitors() const
{
    QJsonArray a;
    for (const Monitor &m : m_monitors) {
        QRect work = m.geometry;
        if (m.primary)
            work.setHeight(work.height() - 40); // the task bar
        a.append(QJsonObject { { u"index"_s, m.index },
                               { u"name"_s, m.name },
                               { u"primary"_s, m.primary },
                               { u"ignored"_s, false },
                               { u"geomMonitor"_s, rectJson(m.geometry) },
                               { u"geomWork"_s, rectJson(work) } });
    }
    return a;
}

QJsonObject SimScreen::infoWidgets() const
{
    const bool infoWidgets = m_host.setting(u"showInfoWidgets"_s).toBool(true);
    QJsonObject o;
    for (const auto &[field, setting] : widgetFields()) {
        const bool on = m_host.setting(setting).toBool(true);
        o.insert(field, setting == u"showLogo"_s ? on : on && infoWidgets);
    }
    return o;
}

QJsonObject SimScreen::matrix() const
{
    QJsonArray shown;
    QJsonArray hidden;
    QJsonArray extern_;
    if (inCall()) {
        QStringList visible;
        for (const QString &slot : m_order)
            if (!m_hidden.contains(slot) && !m_extern.values().contains(slot))
                visible.append(slot);
        const QList<QRect> rects
            = layoutRects(m_type, int(visible.size()), kWindowWidth, kWindowHeight);
        for (qsizetype i = 0; i < visible.size(); ++i) {
            const QRect &r = rects.at(i);
            shown.append(QJsonObject { { u"peerId"_s, visible.at(i) },
                                       { u"callId"_s, visible.at(i) },
                                       { u"peerDn"_s, peerDnOf(visible.at(i)) },
                                       { u"left"_s, r.x() },
                                       { u"top"_s, r.y() },
                                       { u"width"_s, r.width() },
                                       { u"height"_s, r.height() } });
        }
        for (const QString &slot : m_hidden)
            hidden.append(QJsonObject { { u"callId"_s, slot }, { u"peerDn"_s, peerDnOf(slot) } });
        QList<int> monitorsUsed = m_extern.keys();
        std::sort(monitorsUsed.begin(), monitorsUsed.end());
        for (int index : monitorsUsed) {
            QJsonObject o = monitorFields(index);
            o.insert(u"callId"_s, m_extern.value(index));
            o.insert(u"peerDn"_s, peerDnOf(m_extern.value(index)));
            extern_.append(o);
        }
    }
    return { { u"matrixType"_s, m_type },
             { u"mainWindowWidth"_s, kWindowWidth },
             { u"mainWindowHeight"_s, kWindowHeight },
             { u"selfViewMode"_s, 0 },
             { u"participants"_s, shown },
             { u"externVideoSlots"_s, extern_ },
             { u"hiddenVideoSlots"_s, hidden } };
}

SimScreen::Picture SimScreen::picture() const
{
    Picture p;
    p.clock = infoWidgets().value(u"timeDisplaying"_s).toBool();
    if (!inCall())
        return p;
    p.matrixType = m_type;
    for (const QJsonValue &v : matrix().value(u"participants"_s).toArray()) {
        const QJsonObject o = v.toObject();
        p.slotRects.append(QRect(o.value(u"left"_s).toInt(), o.value(u"top"_s).toInt(),
                                 o.value(u"width"_s).toInt(), o.value(u"height"_s).toInt()));
    }
    return p;
}

QList<QRect> SimScreen::layoutRects(int type, int count, int width, int height)
{
    QList<QRect> rects;
    if (count <= 0)
        return rects;
    if (count == 1 || type == 0) {
        rects.append(QRect(0, 0, width, height));
        while (rects.size() < count)
            rects.append(QRect()); // one window only: the others are not on screen
        return rects;
    }
    const int others = count - 1;
    switch (type) {
    case 2: { // one large upper-left, the rest to its right and below
        int k = 3; // the large one spans (k-1) x (k-1) cells: at least twice the others
        while (2 * k - 1 < others)
            ++k;
        const int w = width / k;
        const int h = height / k;
        rects.append(QRect(0, 0, (k - 1) * w, (k - 1) * h));
        for (int row = 0; row < k && rects.size() < count; ++row)
            rects.append(QRect((k - 1) * w, row * h, w, h));
        for (int col = 0; col < k - 1 && rects.size() < count; ++col)
            rects.append(QRect(col * w, (k - 1) * h, w, h));
        return rects;
    }
    case 3: { // one large top-centre, the rest in a row below
        const int bigH = height * 3 / 4;
        rects.append(QRect((width - width * 3 / 4) / 2, 0, width * 3 / 4, bigH));
        const int h = height - bigH;
        const int w = std::min(width / others, h * 16 / 9);
        const int x0 = (width - w * others) / 2;
        for (int i = 0; i < others; ++i)
            rects.append(QRect(x0 + i * w, bigH, w, h));
        return rects;
    }
    case 4: { // one large left, the rest in a column to the right
        const int bigW = width * 3 / 4;
        rects.append(QRect(0, 0, bigW, height));
        const int w = width - bigW;
        const int h = std::min(height / others, w * 9 / 16);
        const int y0 = (height - h * others) / 2;
        for (int i = 0; i < others; ++i)
            rects.append(QRect(bigW, y0 + i * h, w, h));
        return rects;
    }
    default: { // 1 and unpublished types: equal windows
        const int cols = int(std::ceil(std::sqrt(double(count))));
        const int rows = (count + cols - 1) / cols;
        const int w = width / cols;
        const int h = height / rows;
        for (int i = 0; i < count; ++i)
            rects.append(QRect((i % cols) * w, (i / cols) * h, w, h));
        return rects;
    }
    }
}

// ---------------------------------------------------------------------------------------------
// Commands

SimOutcome SimScreen::changeType(const QJsonObject &request)
{
    const int type = request.value(u"matrixType"_s).toInt(-1);
    if (type < 0 || type > kMaxPublishedType)
        return SimOutcome::fail(SimError::invalidParameters());
    if (type != m_type) {
        m_type = type;
        announceMatrix();
    }
    return SimOutcome::ok();
}

SimOutcome SimScreen::changeMatrix(const QJsonObject &request)
{
    const int type = request.value(u"matrixType"_s).toInt(-1);
    if (type < 0 || type > kMaxPublishedType)
        return SimOutcome::fail(SimError::invalidParameters());
    QStringList first;
    for (const QJsonValue &v : request.value(u"participants"_s).toArray()) {
        QString slot = v.toString();
        if (slot == u"VideoCaptureSlot"_s) // the older name of the own slot
            slot = QLatin1String(kSelfSlot);
        if (!m_order.contains(slot) || first.contains(slot))
            return SimOutcome::fail(SimError::invalidParameters());
        first.append(slot);
    }
    QStringList order = first;
    for (const QString &slot : m_order)
        if (!order.contains(slot))
            order.append(slot);
    if (type != m_type || order != m_order) {
        m_type = type;
        m_order = order;
        announceMatrix();
    }
    return SimOutcome::ok();
}

SimOutcome SimScreen::showSlot(const QJsonObject &request)
{
    return showHide(request, true);
}

SimOutcome SimScreen::hideSlot(const QJsonObject &request)
{
    return showHide(request, false);
}

SimOutcome SimScreen::showHide(const QJsonObject &request, bool show)
{
    const QString slot = request.value(u"callId"_s).toString();
    if (!m_order.contains(slot))
        return SimOutcome::fail(SimError::invalidParameters());
    if (show == !m_hidden.contains(slot))
        return SimOutcome::ok();
    if (show) {
        m_hidden.removeAll(slot);
    } else {
        if (const int on = m_extern.key(slot, -1); on >= 0)
            releaseMonitor(on);
        m_hidden.append(slot);
    }
    announceMatrix();
    return SimOutcome::ok();
}

SimOutcome SimScreen::swap(const QJsonObject &request)
{
    const qsizetype a = m_order.indexOf(request.value(u"callId1"_s).toString());
    const qsizetype b = m_order.indexOf(request.value(u"callId2"_s).toString());
    if (a < 0 || b < 0 || a == b)
        return SimOutcome::fail(SimError::invalidParameters());
    m_order.swapItemsAt(a, b);
    announceMatrix();
    return SimOutcome::ok();
}

SimOutcome SimScreen::moveToMonitor(const QJsonObject &request)
{
    const QString slot = request.value(u"callId"_s).toString();
    const int index = request.value(u"monitorIndex"_s).toInt(-1);
    if (!m_order.contains(slot) || !monitor(index) || index == m_current)
        return SimOutcome::fail(SimError::invalidParameters());
    if (m_extern.value(index) == slot)
        return SimOutcome::ok();
    if (const int on = m_extern.key(slot, -1); on >= 0)
        releaseMonitor(on);
    releaseMonitor(index);
    m_hidden.removeAll(slot);
    m_extern.insert(index, slot);
    QJsonObject event = monitorFields(index);
    event.insert(u"callId"_s, slot);
    event.insert(u"peerDn"_s, peerDnOf(slot));
    m_host.emitEvent(u"videoSlotMovedToMonitor"_s, event);
    announceMatrix();
    return SimOutcome::ok();
}

SimOutcome SimScreen::removeFromMonitor(const QJsonObject &request)
{
    const int index = request.value(u"monitorIndex"_s).toInt(-1);
    if (!m_extern.contains(index))
        return SimOutcome::fail(SimError::invalidParameters());
    releaseMonitor(index);
    announceMatrix();
    return SimOutcome::ok();
}

SimOutcome SimScreen::changeCurrentMonitor(const QJsonObject &request)
{
    const int index = request.value(u"monitorIndex"_s).toInt(-1);
    if (!monitor(index))
        return SimOutcome::fail(SimError::invalidParameters());
    if (index == m_current)
        return SimOutcome::ok();
    const bool hadSlot = m_extern.contains(index);
    releaseMonitor(index); // the room's window takes that screen
    m_current = index;
    announceMonitors();
    if (hadSlot)
        announceMatrix();
    return SimOutcome::ok();
}

// ---------------------------------------------------------------------------------------------
// Control API

int SimScreen::addMonitor(const QString &name, int width, int height)
{
    if (m_monitors.size() >= kMaxMonitors)
        return -1;
    int x = 0;
    for (const Monitor &m : m_monitors)
        x = std::max(x, m.geometry.right() + 1);
    const int index = m_nextIndex++;
    m_monitors.append({ index, name, false, QRect(x, 0, std::max(1, width), std::max(1, height)) });
    announceMonitors();
    if (m_flush)
        m_flush();
    return index;
}

bool SimScreen::removeMonitor(int index)
{
    const auto it = std::find_if(m_monitors.begin(), m_monitors.end(),
                                 [index](const Monitor &m) { return m.index == index; });
    if (it == m_monitors.end() || m_monitors.size() <= 1)
        return false;
    const bool wasPrimary = it->primary;
    m_monitors.erase(it);
    if (wasPrimary)
        m_monitors.first().primary = true;
    const bool hadSlot = m_extern.contains(index);
    releaseMonitor(index);
    if (m_current == index) // the window moves to the primary screen
        m_current = std::find_if(m_monitors.cbegin(), m_monitors.cend(), [](const Monitor &m) {
                        return m.primary;
                    })->index;
    announceMonitors();
    if (hadSlot && inCall())
        announceMatrix();
    if (m_flush)
        m_flush();
    return true;
}
