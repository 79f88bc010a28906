// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "core/controller/requestoutcome.h"
#include "core/session/roomsessionpart.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QRect>
#include <QSize>
#include <QStringList>

#include <functional>
#include <optional>

class RoomSettings;
struct RoomMessage;

//! The room's main screen (room-api.md §7.6-7.8, §9.10, catalogue "Layout and video slots"):
//!  - the widget switches: the show* settings, changed through RoomSettings (setSettings), and
//!    for an administrator what the room says it shows (getInfoWidgetsState, admin-only: never
//!    sent at User level) kept live by the show* events;
//!  - the default layouts (defaultP2PMatrix / defaultMultiConfMatrix) with readable names;
//!  - the monitors (getMonitorsInfo, from the startup burst; monitorsInfoUpdated;
//!    changeCurrentMonitor);
//!  - in a call or conference, the video matrix (getVideoMatrix, videoMatrixChanged): the
//!    layout type and the slots on the main window in order, the hidden slots and the slots on
//!    extra monitors, with verbs to change the type, reorder, show / hide, swap, move a slot to
//!    a monitor and take it back.
//!
//! Every verb ends in exactly one RequestOutcome, given to its `done` (when set) and, when not
//! ok, to failed(). Refused locally (status RefusedLocally, nothing sent, delivered from the
//! event loop): not signed in; a matrix verb outside a call or conference; an unknown slot,
//! monitor or layout type; moving a slot to the monitor the room's window is on; reading the
//! info widgets at User level. Names from the room are bounded (RoomText::name).
//!
//! Signal order: getMonitorsInfo / monitorsInfoUpdated -> monitorsChanged(); getVideoMatrix /
//! videoMatrixChanged / slot events -> matrixChanged(); show* settings, getInfoWidgetsState,
//! show* events -> widgetsChanged(); default-layout settings -> layoutsChanged(); leaving the
//! call -> matrixChanged() (empty); disconnected -> every *Changed() once, all unknown.
class ScreenLayout final : public QObject, public RoomSessionPart
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScreenLayout)

public:
    //! The main-screen widgets; InfoWidgets is the switch over all info widgets (no
    //! getInfoWidgetsState field of its own).
    enum class Widget {
        Logo,
        Clock,
        ConnectionInfo,
        CurrentUser,
        IncomingRequests,
        UpcomingMeetings,
        InfoWidgets,
    };
    Q_ENUM(Widget)

    struct Monitor
    {
        int index = 0;
        QString name;
        bool primary = false;
        bool ignored = false;
        QRect geometry;
    };

    struct Slot
    {
        QString callId; //!< "#self:0" for the room's own camera
        QString peerDn;
        QRect rect; //!< on the main window (empty when not on it)
        int monitor = -1; //!< the extra monitor it is on (-1: none)
    };

    struct Matrix
    {
        bool known = false;
        int type = -1;
        QSize window;
        QList<Slot> shown; //!< on the main window, in the order the layout fills them
        QList<Slot> hidden;
        QList<Slot> external; //!< on extra monitors
        //! Every slot: shown, then hidden, then external.
        QList<Slot> all() const { return shown + hidden + external; }
        const Slot *find(const QString &callId) const;
    };

    using Done = std::function<void(const RequestOutcome &outcome)>;

    static constexpr int kMaxSlots = 100;
    static constexpr int kMaxMonitors = 16;
    //! The layout types room-api.md §9.10 describes (0-4).
    static constexpr int kLayoutTypes = 5;
    static constexpr const char *kSelfSlot = "#self:0";

    //! Widget switches and default layouts go through `settings` (the session's).
    explicit ScreenLayout(RoomSettings *settings, QObject *parent = nullptr);

    // RoomSessionPart
    QStringList roomEvents() const override;
    void handleRoomEvent(const RoomMessage &event) override;
    void resyncAfterSignIn() override;
    void forgetRoom() override;
    void appStateChanged(Room::AppState previous, Room::AppState current) override;
    void roleChanged(Room::Role role) override;

    // --- widgets -------------------------------------------------------------------------
    static QList<Widget> widgets();
    //! The show* setting of `widget`.
    static QString settingOf(Widget widget);
    //! The getInfoWidgetsState field of `widget` (empty for InfoWidgets).
    static QString stateFieldOf(Widget widget);
    static QString widgetName(Widget widget);
    //! The switch as the room's settings have it (nullopt while not known).
    std::optional<bool> isSwitchedOn(Widget widget) const;
    //! What the room says it shows (getInfoWidgetsState; administrator only; nullopt while
    //! not known, and always for InfoWidgets).
    std::optional<bool> isDisplayed(Widget widget) const;
    //! Whether the widget is on the room's screen: what the room says when known, else what
    //! the switches make of it (the info widgets need InfoWidgets on too).
    bool appearsOnScreen(Widget widget) const;
    quint64 setWidget(Widget widget, bool on, Done done = {});
    //! Reads getInfoWidgetsState again (refused locally at User level).
    quint64 refreshWidgetState(Done done = {});

    // --- default layouts ---------------------------------------------------------------
    static QString layoutName(int type);
    //! The default layout of a call (false) or a group conference (true).
    std::optional<int> defaultLayout(bool group) const;
    quint64 setDefaultLayout(bool group, int type, Done done = {});

    // --- monitors ----------------------------------------------------------------------
    bool monitorsKnown() const { return m_monitorsKnown; }
    QList<Monitor> monitors() const { return m_monitors; }
    int currentMonitor() const { return m_currentMonitor; }
    const Monitor *monitor(int index) const;
    quint64 refreshMonitors(Done done = {});
    //! Moves the room's window to monitor `index`.
    quint64 setCurrentMonitor(int index, Done done = {});

    // --- video matrix (in a call or conference) -----------------------------------------
    Matrix matrix() const { return m_matrix; }
    quint64 refreshMatrix(Done done = {});
    quint64 setMatrixType(int type, Done done = {});
    //! changeVideoMatrix: `type` with the slots `order` first, in that order.
    quint64 setSlotOrder(int type, const QStringList &order, Done done = {});
    quint64 showSlot(const QString &callId, Done done = {});
    quint64 hideSlot(const QString &callId, Done done = {});
    quint64 swapSlots(const QString &callId1, const QString &callId2, Done done = {});
    quint64 moveSlotToMonitor(const QString &callId, int monitorIndex, Done done = {});
    quint64 removeSlotFromMonitor(int monitorIndex, Done done = {});

Q_SIGNALS:
    //! A widget switch or what the room shows changed (or became unknown).
    void widgetsChanged();
    //! A default layout changed (or became unknown).
    void layoutsChanged();
    //! The monitor list or the current monitor changed.
    void monitorsChanged();
    //! The video matrix changed (or is gone: the call ended).
    void matrixChanged();
    //! A verb ended in anything but a reply.
    void failed(const RequestOutcome &outcome);

private:
    //! Why a verb cannot be sent now (empty when it can); `inCall` for the matrix verbs.
    QString refusal(bool inCall) const;
    quint64 send(const QString &method, const QJsonObject &params, Done done);
    quint64 refuse(const QString &method, const QString &why, Done done);
    void finish(const RequestOutcome &outcome, const Done &done);
    quint64 matrixVerb(const QString &method, const QJsonObject &params, const QStringList &slotIds,
                       Done done);
    void applyMonitors(const QJsonObject &body);
    void applyMatrix(const QJsonObject &body);
    void applyWidgetState(const QJsonObject &reply);
    void clearMatrix();
    void onSettingChanged(const QString &name);

    QPointer<RoomSettings> m_settings;
    bool m_monitorsKnown = false;
    QList<Monitor> m_monitors;
    int m_currentMonitor = -1;
    Matrix m_matrix;
    QHash<int, bool> m_displayed; //!< Widget -> what getInfoWidgetsState said
};
