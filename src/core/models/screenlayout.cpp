// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "screenlayout.h"

#include "core/controller/roomcontroller.h"
#include "core/models/roomsettings.h"
#include "core/protocol/message.h"
#include "core/roomtext.h"

#include <QJsonArray>
#include <QSet>
#include <QTimer>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

constexpr int kMaxCoordinate = 100000;

int intOf(const QJsonValue &v, int fallback = 0)
{
    const double d = v.toDouble(double(fallback));
    if (!std::isfinite(d) || std::fabs(d) > kMaxCoordinate)
        return fallback;
    return int(std::lround(d));
}

//! A slot id as text: rooms may send ids as strings or numbers.
QString idOf(const QJsonValue &v)
{
    if (v.isString())
        return RoomText::name(v.toString());
    if (v.isDouble())
        return QString::number(intOf(v));
    return {};
}

QRect rectOf(const QJsonObject &o)
{
    return QRect(intOf(o.value(u"x"_s)), intOf(o.value(u"y"_s)),
                 qMax(0, intOf(o.value(u"width"_s))), qMax(0, intOf(o.value(u"height"_s))));
}

//! A slot as videoMatrixChanged / getVideoMatrix list it: callId or peerId, peerDn, geometry.
ScreenLayout::Slot slotOf(const QJsonValue &v)
{
    ScreenLayout::Slot s;
    if (v.isString()) {
        s.callId = idOf(v);
        return s;
    }
    const QJsonObject o = v.toObject();
    s.callId = idOf(o.value(u"callId"_s));
    if (s.callId.isEmpty())
        s.callId = idOf(o.value(u"peerId"_s));
    s.peerDn = RoomText::name(o.value(u"peerDn"_s).toString());
    s.rect = QRect(intOf(o.value(u"left"_s)), intOf(o.value(u"top"_s)),
                   qMax(0, intOf(o.value(u"width"_s))), qMax(0, intOf(o.value(u"height"_s))));
    if (o.contains(u"monitorIdx"_s) || o.contains(u"monitorIndex"_s))
        s.monitor = intOf(o.contains(u"monitorIdx"_s) ? o.value(u"monitorIdx"_s)
                                                      : o.value(u"monitorIndex"_s),
                          -1);
    return s;
}

QList<ScreenLayout::Slot> slotsOf(const QJsonValue &v)
{
    QList<ScreenLayout::Slot> list;
    for (const QJsonValue &item : v.toArray()) {
        if (list.size() >= ScreenLayout::kMaxSlots)
            break;
        ScreenLayout::Slot s = slotOf(item);
        if (!s.callId.isEmpty())
            list.append(s);
    }
    return list;
}

} // namespace

const ScreenLayout::Slot *ScreenLayout::Matrix::find(const QString &callId) const
{
    for (const QList<Slot> *list : { &shown, &hidden, &external })
        for (const Slot &s : *list)
            if (s.callId == callId)
                return &s;
    return nullptr;
}

ScreenLayout::ScreenLayout(RoomSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    if (!m_settings)
        return;
    connect(m_settings, &RoomSettings::loaded, this, [this] {
        Q_EMIT widgetsChanged();
        Q_EMIT layoutsChanged();
    });
    connect(m_settings, &RoomSettings::forgotten, this, [this] {
        Q_EMIT widgetsChanged();
        Q_EMIT layoutsChanged();
    });
    connect(m_settings, &RoomSettings::changed, this,
            [this](const QString &name, const QJsonValue &) { onSettingChanged(name); });
}

QStringList ScreenLayout::roomEvents() const
{
    QStringList events {
        u"monitorsInfoUpdated"_s,
        u"videoMatrixChanged"_s,
        u"videoSlotMovedToMonitor"_s,
        u"videoSlotRemovedFromMonitor"_s,
    };
    for (Widget w : widgets())
        if (w != Widget::InfoWidgets)
            events.append(settingOf(w)); // the show* events carry {show}
    return events;
}

void ScreenLayout::handleRoomEvent(const RoomMessage &event)
{
    const QString &name = event.event;
    const QJsonObject &body = event.body;
    if (name == u"monitorsInfoUpdated"_s) {
        applyMonitors(body);
        return;
    }
    if (name == u"videoMatrixChanged"_s) {
        applyMatrix(body);
        return;
    }
    if (name == u"videoSlotMovedToMonitor"_s || name == u"videoSlotRemovedFromMonitor"_s) {
        // The videoMatrixChanged that follows has the whole picture; until then the slot is
        // where this event says.
        if (!m_matrix.known)
            return;
        const Slot moved = slotOf(body);
        if (moved.callId.isEmpty())
            return;
        Slot s;
        bool found = false;
        for (QList<Slot> *list : { &m_matrix.shown, &m_matrix.hidden, &m_matrix.external })
            for (qsizetype i = 0; i < list->size(); ++i)
                if (list->at(i).callId == moved.callId) {
                    s = list->takeAt(i);
                    found = true;
                    break;
                }
        if (!found)
            return;
        if (name == u"videoSlotMovedToMonitor"_s) {
            s.monitor = moved.monitor;
            s.rect = {};
            m_matrix.external.append(s);
        } else {
            s.monitor = -1;
            m_matrix.shown.append(s);
        }
        Q_EMIT matrixChanged();
        return;
    }
    for (Widget w : widgets()) {
        if (w == Widget::InfoWidgets || name != settingOf(w))
            continue;
        // Some of these events have no published payload: without {show} the state is
        // read again. What the room shows is the administrator's to see.
        if (!controller() || controller()->role() != Room::Role::Admin)
            return;
        if (!body.value(u"show"_s).isBool()) {
            refreshWidgetState();
            return;
        }
        if (isDisplayed(w) == body.value(u"show"_s).toBool())
            return;
        m_displayed.insert(int(w), body.value(u"show"_s).toBool());
        Q_EMIT widgetsChanged();
        return;
    }
}

void ScreenLayout::resyncAfterSignIn()
{
    const QJsonObject burst = controller() ? controller()->monitorsInfo() : QJsonObject();
    if (burst.contains(u"monitors"_s))
        applyMonitors(burst);
    else
        refreshMonitors();
    if (controller() && controller()->role() == Room::Role::Admin)
        refreshWidgetState();
    if (controller() && controller()->appState() == Room::AppState::Conference)
        refreshMatrix();
}

void ScreenLayout::forgetRoom()
{
    const bool hadMonitors = m_monitorsKnown || !m_monitors.isEmpty();
    m_monitorsKnown = false;
    m_monitors.clear();
    m_currentMonitor = -1;
    if (hadMonitors)
        Q_EMIT monitorsChanged();
    if (!m_displayed.isEmpty()) {
        m_displayed.clear();
        Q_EMIT widgetsChanged();
    }
    clearMatrix();
}

void ScreenLayout::appStateChanged(Room::AppState previous, Room::AppState current)
{
    if (current == Room::AppState::Conference && previous != current)
        refreshMatrix();
    else if (current != Room::AppState::Conference)
        clearMatrix();
}

void ScreenLayout::roleChanged(Room::Role role)
{
    if (role == Room::Role::Admin) {
        refreshWidgetState();
    } else if (!m_displayed.isEmpty()) {
        m_displayed.clear();
        Q_EMIT widgetsChanged();
    }
}

void ScreenLayout::onSettingChanged(const QString &name)
{
    if (name == u"defaultP2PMatrix"_s || name == u"defaultMultiConfMatrix"_s) {
        Q_EMIT layoutsChanged();
        return;
    }
    if (!name.startsWith(u"show"_s))
        return;
    Q_EMIT widgetsChanged();
    // What the room shows follows the switch; a room that sends no show* event is read again.
    if (controller() && controller()->isReady() && controller()->role() == Room::Role::Admin)
        refreshWidgetState();
}

// ---------------------------------------------------------------------------------------------
// Plumbing

QString ScreenLayout::refusal(bool inCall) const
{
    RoomController *c = controller();
    if (!c || !c->isReady())
        return tr("Not signed in to the room");
    if (inCall && c->appState() != Room::AppState::Conference)
        return tr("The layout can be changed only during a call or conference");
    return {};
}

quint64 ScreenLayout::send(const QString &method, const QJsonObject &params, Done done)
{
    return controller()->sendRequest(method, params, this,
                                     [this, done](const RequestOutcome &o) { finish(o, done); });
}

quint64 ScreenLayout::refuse(const QString &method, const QString &why, Done done)
{
    RequestOutcome o;
    o.method = method;
    o.status = RequestOutcome::Status::RefusedLocally;
    o.errorText = why;
    // From the event loop: a callback never runs inside the verb that was refused.
    QTimer::singleShot(0, this, [this, o, done] { finish(o, done); });
    return 0;
}

void ScreenLayout::finish(const RequestOutcome &outcome, const Done &done)
{
    if (done)
        done(outcome);
    if (!outcome.ok())
        Q_EMIT failed(outcome);
}

// ---------------------------------------------------------------------------------------------
// Widgets

QList<ScreenLayout::Widget> ScreenLayout::widgets()
{
    return { Widget::Clock,
             Widget::Logo,
             Widget::ConnectionInfo,
             Widget::CurrentUser,
             Widget::IncomingRequests,
             Widget::UpcomingMeetings,
             Widget::InfoWidgets };
}

QString ScreenLayout::settingOf(Widget widget)
{
    switch (widget) {
    case Widget::Logo:
        return u"showLogo"_s;
    case Widget::Clock:
        return u"showTime"_s;
    case Widget::ConnectionInfo:
        return u"showInfoConnect"_s;
    case Widget::CurrentUser:
        return u"showCurrentUserWidget"_s;
    case Widget::IncomingRequests:
        return u"showIncomingRequestWidget"_s;
    case Widget::UpcomingMeetings:
        return u"showUpcomingMeetings"_s;
    case Widget::InfoWidgets:
        return u"showInfoWidgets"_s;
    }
    return {};
}

QString ScreenLayout::stateFieldOf(Widget widget)
{
    switch (widget) {
    case Widget::Logo:
        return u"logoDisplaying"_s;
    case Widget::Clock:
        return u"timeDisplaying"_s;
    case Widget::ConnectionInfo:
        return u"connectInfoDisplaying"_s;
    case Widget::CurrentUser:
        return u"currentUserInfoWidgetDisplaying"_s;
    case Widget::IncomingRequests:
        return u"incomingRequestWidgetDisplaying"_s;
    case Widget::UpcomingMeetings:
        return u"upcomingMeetingsComponentDisplaying"_s;
    case Widget::InfoWidgets:
        return {};
    }
    return {};
}

QString ScreenLayout::widgetName(Widget widget)
{
    switch (widget) {
    case Widget::Logo:
        return tr("Logo");
    case Widget::Clock:
        return tr("Clock");
    case Widget::ConnectionInfo:
        return tr("Connection info");
    case Widget::CurrentUser:
        return tr("Current user");
    case Widget::IncomingRequests:
        return tr("Incoming requests");
    case Widget::UpcomingMeetings:
        return tr("Upcoming meetings");
    case Widget::InfoWidgets:
        return tr("Info widgets");
    }
    return {};
}

std::optional<bool> ScreenLayout::isSwitchedOn(Widget widget) const
{
    if (!m_settings || !m_settings->isKnown())
        return std::nullopt;
    const QJsonValue v = m_settings->value(settingOf(widget));
    if (!v.isBool())
        return std::nullopt;
    return v.toBool();
}

std::optional<bool> ScreenLayout::isDisplayed(Widget widget) const
{
    const auto it = m_displayed.constFind(int(widget));
    if (it == m_displayed.cend())
        return std::nullopt;
    return *it;
}

bool ScreenLayout::appearsOnScreen(Widget widget) const
{
    if (const std::optional<bool> shown = isDisplayed(widget))
        return *shown;
    const bool on = isSwitchedOn(widget).value_or(true);
    if (widget == Widget::Logo || widget == Widget::InfoWidgets)
        return on;
    return on && isSwitchedOn(Widget::InfoWidgets).value_or(true);
}

quint64 ScreenLayout::setWidget(Widget widget, bool on, Done done)
{
    if (QString why = refusal(false); !why.isEmpty())
        return refuse(u"setSettings"_s, why, std::move(done));
    if (!m_settings)
        return refuse(u"setSettings"_s, tr("The room's settings are not available"),
                      std::move(done));
    return m_settings->apply(QJsonObject { { settingOf(widget), on } }, this,
                             [this, done](const RequestOutcome &o) { finish(o, done); });
}

quint64 ScreenLayout::refreshWidgetState(Done done)
{
    const QString method = u"getInfoWidgetsState"_s;
    if (QString why = refusal(false); !why.isEmpty())
        return refuse(method, why, std::move(done));
    if (controller()->role() != Room::Role::Admin)
        return refuse(method, tr("Only an administrator can read which widgets the room shows"),
                      std::move(done));
    return controller()->sendRequest(method, {}, this, [this, done](const RequestOutcome &o) {
        if (o.ok())
            applyWidgetState(o.reply);
        if (done)
            done(o); // a background read: never failed()
    });
}

void ScreenLayout::applyWidgetState(const QJsonObject &reply)
{
    QHash<int, bool> displayed;
    for (Widget w : widgets()) {
        const QJsonValue v = reply.value(stateFieldOf(w));
        if (w != Widget::InfoWidgets && v.isBool())
            displayed.insert(int(w), v.toBool());
    }
    if (displayed == m_displayed)
        return;
    m_displayed = displayed;
    Q_EMIT widgetsChanged();
}

// ---------------------------------------------------------------------------------------------
// Default layouts

QString ScreenLayout::layoutName(int type)
{
    switch (type) {
    case 0:
        return tr("One window");
    case 1:
        return tr("Equal windows");
    case 2:
        return tr("Large upper left, others around");
    case 3:
        return tr("Large top centre, others below");
    case 4:
        return tr("Large left, others to the right");
    default:
        return tr("Layout %1").arg(type);
    }
}

std::optional<int> ScreenLayout::defaultLayout(bool group) const
{
    if (!m_settings || !m_settings->isKnown())
        return std::nullopt;
    const QJsonValue v
        = m_settings->value(group ? u"defaultMultiConfMatrix"_s : u"defaultP2PMatrix"_s);
    if (!v.isDouble())
        return std::nullopt;
    return intOf(v, -1);
}

quint64 ScreenLayout::setDefaultLayout(bool group, int type, Done done)
{
    if (QString why = refusal(false); !why.isEmpty())
        return refuse(u"setSettings"_s, why, std::move(done));
    if (type < 0 || type >= kLayoutTypes || !m_settings)
        return refuse(u"setSettings"_s, tr("Unknown layout"), std::move(done));
    const QString name = group ? u"defaultMultiConfMatrix"_s : u"defaultP2PMatrix"_s;
    return m_settings->apply(QJsonObject { { name, type } }, this,
                             [this, done](const RequestOutcome &o) { finish(o, done); });
}

// ---------------------------------------------------------------------------------------------
// Monitors

const ScreenLayout::Monitor *ScreenLayout::monitor(int index) const
{
    for (const Monitor &m : m_monitors)
        if (m.index == index)
            return &m;
    return nullptr;
}

quint64 ScreenLayout::refreshMonitors(Done done)
{
    const QString method = u"getMonitorsInfo"_s;
    if (QString why = refusal(false); !why.isEmpty())
        return refuse(method, why, std::move(done));
    return controller()->sendRequest(method, {}, this, [this, done](const RequestOutcome &o) {
        if (o.ok())
            applyMonitors(o.reply);
        if (done)
            done(o);
    });
}

void ScreenLayout::applyMonitors(const QJsonObject &body)
{
    QList<Monitor> list;
    for (const QJsonValue &v : body.value(u"monitors"_s).toArray()) {
        if (list.size() >= kMaxMonitors)
            break;
        const QJsonObject o = v.toObject();
        if (!o.value(u"index"_s).isDouble())
            continue;
        Monitor m;
        m.index = intOf(o.value(u"index"_s), -1);
        m.name = RoomText::name(o.value(u"name"_s).toString());
        m.primary = o.value(u"primary"_s).toBool();
        m.ignored = o.value(u"ignored"_s).toBool();
        m.geometry = rectOf(o.value(u"geomMonitor"_s).toObject());
        list.append(m);
    }
    m_monitors = list;
    m_currentMonitor = intOf(body.value(u"currentMonitor"_s), -1);
    m_monitorsKnown = true;
    Q_EMIT monitorsChanged();
}

quint64 ScreenLayout::setCurrentMonitor(int index, Done done)
{
    const QString method = u"changeCurrentMonitor"_s;
    if (QString why = refusal(false); !why.isEmpty())
        return refuse(method, why, std::move(done));
    if (!monitor(index))
        return refuse(method, tr("The room has no such monitor"), std::move(done));
    return send(method, { { u"monitorIndex"_s, index } }, std::move(done));
}

// ---------------------------------------------------------------------------------------------
// Video matrix

quint64 ScreenLayout::refreshMatrix(Done done)
{
    const QString method = u"getVideoMatrix"_s;
    if (QString why = refusal(true); !why.isEmpty())
        return refuse(method, why, std::move(done));
    return controller()->sendRequest(method, {}, this, [this, done](const RequestOutcome &o) {
        // A call that ended meanwhile answers "Invalid state": nothing to show then.
        if (o.ok() && controller() && controller()->appState() == Room::AppState::Conference)
            applyMatrix(o.reply);
        if (done)
            done(o);
    });
}

void ScreenLayout::applyMatrix(const QJsonObject &body)
{
    if (!controller() || controller()->appState() != Room::AppState::Conference)
        return; // a late event of a call that is over
    Matrix m;
    m.known = true;
    m.type = intOf(body.value(u"matrixType"_s), -1);
    m.window = QSize(qMax(0, intOf(body.value(u"mainWindowWidth"_s))),
                     qMax(0, intOf(body.value(u"mainWindowHeight"_s))));
    m.shown = slotsOf(body.value(u"participants"_s));
    m.hidden = slotsOf(body.value(u"hiddenVideoSlots"_s));
    m.external = slotsOf(body.value(u"externVideoSlots"_s));
    for (Slot &s : m.hidden)
        s.rect = {};
    for (Slot &s : m.external)
        s.rect = {};
    m_matrix = m;
    Q_EMIT matrixChanged();
}

void ScreenLayout::clearMatrix()
{
    if (!m_matrix.known)
        return;
    m_matrix = {};
    Q_EMIT matrixChanged();
}

quint64 ScreenLayout::matrixVerb(const QString &method, const QJsonObject &params,
                                 const QStringList &slotIds, Done done)
{
    if (QString why = refusal(true); !why.isEmpty())
        return refuse(method, why, std::move(done));
    for (const QString &id : slotIds)
        if (!m_matrix.find(id))
            return refuse(method, tr("No such video slot"), std::move(done));
    return send(method, params, std::move(done));
}

quint64 ScreenLayout::setMatrixType(int type, Done done)
{
    if (type < 0 || type >= kLayoutTypes)
        return refuse(u"changeVideoMatrixType"_s, tr("Unknown layout"), std::move(done));
    return matrixVerb(u"changeVideoMatrixType"_s, { { u"matrixType"_s, type } }, {},
                      std::move(done));
}

quint64 ScreenLayout::setSlotOrder(int type, const QStringList &order, Done done)
{
    if (type < 0 || type >= kLayoutTypes)
        return refuse(u"changeVideoMatrix"_s, tr("Unknown layout"), std::move(done));
    if (order.size() != QSet<QString>(order.cbegin(), order.cend()).size())
        return refuse(u"changeVideoMatrix"_s, tr("A video slot is listed twice"), std::move(done));
    return matrixVerb(
        u"changeVideoMatrix"_s,
        { { u"matrixType"_s, type }, { u"participants"_s, QJsonArray::fromStringList(order) } },
        order, std::move(done));
}

quint64 ScreenLayout::showSlot(const QString &callId, Done done)
{
    return matrixVerb(u"showVideoSlot"_s, { { u"callId"_s, callId } }, { callId }, std::move(done));
}

quint64 ScreenLayout::hideSlot(const QString &callId, Done done)
{
    return matrixVerb(u"hideVideoSlot"_s, { { u"callId"_s, callId } }, { callId }, std::move(done));
}

quint64 ScreenLayout::swapSlots(const QString &callId1, const QString &callId2, Done done)
{
    if (callId1 == callId2)
        return refuse(u"swapVideoSlots"_s, tr("Choose two different video slots"), std::move(done));
    return matrixVerb(u"swapVideoSlots"_s, { { u"callId1"_s, callId1 }, { u"callId2"_s, callId2 } },
                      { callId1, callId2 }, std::move(done));
}

quint64 ScreenLayout::moveSlotToMonitor(const QString &callId, int monitorIndex, Done done)
{
    const QString method = u"moveVideoSlotToMonitor"_s;
    if (!monitor(monitorIndex))
        return refuse(method, tr("The room has no such monitor"), std::move(done));
    if (monitorIndex == m_currentMonitor)
        return refuse(method, tr("The room's main window is on that monitor"), std::move(done));
    return matrixVerb(method, { { u"callId"_s, callId }, { u"monitorIndex"_s, monitorIndex } },
                      { callId }, std::move(done));
}

quint64 ScreenLayout::removeSlotFromMonitor(int monitorIndex, Done done)
{
    const QString method = u"removeVideoSlotFromMonitor"_s;
    const auto onIt
        = std::find_if(m_matrix.external.cbegin(), m_matrix.external.cend(),
                       [monitorIndex](const Slot &s) { return s.monitor == monitorIndex; });
    if (refusal(true).isEmpty() && onIt == m_matrix.external.cend())
        return refuse(method, tr("No video slot is on that monitor"), std::move(done));
    return matrixVerb(method, { { u"monitorIndex"_s, monitorIndex } }, {}, std::move(done));
}
