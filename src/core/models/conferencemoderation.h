// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "core/controller/pendingrequests.h"
#include "core/session/roomsessionpart.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <optional>

class ParticipantListModel;

//! Running the room's conference (room-api.md §7.3, §7.4 and the catalogue's waiting room and
//! recording requests): what the room may do to the other participants, the requests waiting
//! for an answer, and what the conference owner does to the room.
//!
//! Permission is one pure function, permission(action, standing): the room's standing in the
//! conference (in one, its type, owner — conferenceOwner is the room's TrueConf ID — or
//! moderator — the room's participant row says so) decides each action, with a reason when it
//! is not allowed. With the owner not reported (or the room's own ID unknown) the room
//! decides: owner actions are allowed and the room's answer is shown. An "operator" role
//! exists on TrueConf servers but the API never says who holds it, so it is not modelled.
//!
//! Every verb ends in exactly one outcome, given to `done` (when given, unless `context` is
//! gone) and, when it is a failure, to failed(): the controller's (reply, error reply,
//! timeout, disconnected, refused locally) or a local refusal of ours (detached, or not
//! allowed by permission()), which arrives from the event loop with handle 0.
//!
//! Requests kept from events, each cleared as listed:
//!
//!   JoinRequest       requestInviteReceived      peerAccepted, newParticipantInConference
//!                                                of that user, acceptPeer/rejectPeer
//!                                                replied, conference end
//!   WaitingRoom       participantPresenceInWaitingRoomChanged / isInWaitingRoom rows
//!                                                (the participant list holds them)
//!   Podium            roleEventOccured role 3    any other role for that peer, answered
//!   Recording         recordRequest              recordRequestReply, allow/deny replied
//!   PodiumInvitation  roleEventOccured role 4    incomingPodiumInvitationRemoved, another
//!                     for the room itself        role for the room, answered
//!
//! The session's RoomNotices (JoinRequests) follows the join requests and the people waiting.
//!
//! Signals: requestsChanged() after every change of requests(), requestArrived() for each new
//! one (after requestsChanged); standingChanged() when the standing may have changed;
//! waitingRoomChanged(); deviceSwitchedByOwner() for mic/cameraStateChangedByConferenceOwner;
//! avatarChanged() for updateAvatar; failed() for every failure.
class ConferenceModeration final : public QObject, public RoomSessionPart
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConferenceModeration)

public:
    enum class Action {
        RemoteDevices, //!< turnRemoteMic / Camera / Speaker
        Remove, //!< kickPeer
        SetModerator, //!< setModeratorRole
        Invite, //!< inviteToConference
        AnswerJoinRequest, //!< acceptPeer / rejectPeer
        WaitingRoom, //!< setWaitingRoomState, admit / refuse somebody waiting
        ManagePodium, //!< inviteToPodium, kickFromPodium, answer requests to speak
        OwnPodium, //!< gotoPodium / leavePodium
        AnswerPodiumInvitation, //!< accept / rejectInvitationToPodium
        AnswerRecording, //!< allowRecord / denyRecord
    };
    Q_ENUM(Action)
    enum class Device { Microphone, Camera, Speaker };
    Q_ENUM(Device)
    enum class RequestKind { JoinRequest, WaitingRoom, Podium, Recording, PodiumInvitation };
    Q_ENUM(RequestKind)

    struct Request
    {
        RequestKind kind = RequestKind::JoinRequest;
        QString peerId; //!< as the room named them (CallId or InstanceId)
        QString peerDn; //!< bounded
        bool operator==(const Request &o) const { return kind == o.kind && peerId == o.peerId; }
    };

    //! The room's standing in its conference: what permission() decides from.
    struct Standing
    {
        bool inConference = false; //!< appState 5
        int confType = -1; //!< §9.7; -1 not reported
        bool ownerKnown = false; //!< conferenceOwner and the room's own ID both known
        bool owner = false;
        bool moderator = false;
        bool mayControl = true; //!< the connection has ConferenceControl
    };
    struct Verdict
    {
        bool allowed = false;
        QString reason; //!< why not, in words; empty when allowed
    };

    //! At most this many requests of each kind are kept (a room could send any number).
    static constexpr int kMaxRequests = 64;

    explicit ConferenceModeration(QObject *parent = nullptr);

    //! Where the room's own row and the waiting room's rows come from (the session's).
    void setParticipants(ParticipantListModel *participants);

    // RoomSessionPart
    QStringList roomEvents() const override;
    void handleRoomEvent(const RoomMessage &event) override;
    void forgetRoom() override;
    void appStateChanged(Room::AppState previous, Room::AppState current) override;
    void roleChanged(Room::Role) override { Q_EMIT standingChanged(); }
    void resyncAfterSignIn() override;

    //! Reads the conference's type, owner and waiting room again (getConferences); `done`
    //! follows however it ended (at once, from the event loop, outside a conference).
    void refresh(QObject *context = nullptr, std::function<void()> done = {});
    //! Takes the type, owner and waiting room from a getConferences reply or a
    //! conferenceCreated event.
    void applyConference(const QJsonObject &conference);

    // --- permission ----------------------------------------------------------------------
    //! The one rule: may the room do `action` now, and if not, why.
    static Verdict permission(Action action, const Standing &standing);
    Standing standing() const;
    Verdict verdict(Action action) const { return permission(action, standing()); }
    //! Whether the conference's waiting room is on (nullopt: not reported).
    std::optional<bool> isWaitingRoomEnabled() const { return m_waitingRoom; }
    //! The conference reported that its waiting room can be switched (newer rooms).
    bool isWaitingRoomSwitchable() const { return m_waitingRoomSwitchable; }

    // --- requests ------------------------------------------------------------------------
    QList<Request> requests() const;
    QList<Request> requests(RequestKind kind) const;
    //! "Maria Garcia asks to join", "Maria Garcia waits to be let in", ...
    static QString requestText(const Request &request);

    // --- verbs (each returns the request handle, 0 when refused locally) ----------------
    quint64 turnRemote(Device device, const QString &peerId, bool on, QObject *context = nullptr,
                       PendingRequests::Callback done = {});
    quint64 turnRemoteMic(const QString &peerId, bool on, QObject *context = nullptr,
                          PendingRequests::Callback done = {});
    quint64 turnRemoteCamera(const QString &peerId, bool on, QObject *context = nullptr,
                             PendingRequests::Callback done = {});
    quint64 turnRemoteSpeaker(const QString &peerId, bool on, QObject *context = nullptr,
                              PendingRequests::Callback done = {});
    quint64 kick(const QString &peerId, QObject *context = nullptr,
                 PendingRequests::Callback done = {});
    quint64 setModerator(const QString &peerId, bool moderator, QObject *context = nullptr,
                         PendingRequests::Callback done = {});
    quint64 inviteToConference(const QString &peerId, QObject *context = nullptr,
                               PendingRequests::Callback done = {});
    quint64 inviteToPodium(const QString &peerId, QObject *context = nullptr,
                           PendingRequests::Callback done = {});
    quint64 kickFromPodium(const QString &peerId, QObject *context = nullptr,
                           PendingRequests::Callback done = {});
    quint64 acceptRequestToPodium(const QString &peerId, QObject *context = nullptr,
                                  PendingRequests::Callback done = {});
    quint64 rejectRequestToPodium(const QString &peerId, QObject *context = nullptr,
                                  PendingRequests::Callback done = {});
    quint64 gotoPodium(QObject *context = nullptr, PendingRequests::Callback done = {});
    quint64 leavePodium(QObject *context = nullptr, PendingRequests::Callback done = {});
    quint64 acceptInvitationToPodium(QObject *context = nullptr,
                                     PendingRequests::Callback done = {});
    quint64 rejectInvitationToPodium(QObject *context = nullptr,
                                     PendingRequests::Callback done = {});
    quint64 allowRecord(const QString &peerId, QObject *context = nullptr,
                        PendingRequests::Callback done = {});
    quint64 denyRecord(const QString &peerId, QObject *context = nullptr,
                       PendingRequests::Callback done = {});
    quint64 setWaitingRoomState(bool enable, QObject *context = nullptr,
                                PendingRequests::Callback done = {});
    //! Lets somebody in from the waiting room (setParticipantPresenceInWaitingRoom false).
    quint64 admit(const QString &peerId, QObject *context = nullptr,
                  PendingRequests::Callback done = {});
    //! Turns somebody waiting away: the API has no verb of its own, so kickPeer (see
    //! SimWaitingRoom).
    quint64 refuse(const QString &peerId, QObject *context = nullptr,
                   PendingRequests::Callback done = {});
    quint64 acceptPeer(const QString &peerId, QObject *context = nullptr,
                       PendingRequests::Callback done = {});
    quint64 rejectPeer(const QString &peerId, QObject *context = nullptr,
                       PendingRequests::Callback done = {});

    //! The wire methods the verbs send (the role table test lists them).
    static QStringList methods();
    //! The name of a participant as this room knows it (participant list, else the id).
    QString nameOf(const QString &peerId) const;

Q_SIGNALS:
    //! requests() changed.
    void requestsChanged();
    //! A new request arrived (after requestsChanged()).
    void requestArrived(const ConferenceModeration::Request &request);
    //! standing() may have changed: re-ask verdict().
    void standingChanged();
    //! The conference's waiting room was switched (or reported).
    void waitingRoomChanged(bool enabled);
    //! The conference owner switched the room's microphone or camera.
    void deviceSwitchedByOwner(ConferenceModeration::Device device, bool muted);
    //! A contact's picture changed.
    void avatarChanged(const QString &peerId);
    //! A command failed; `text` is readable ("Removing Maria failed: Invalid state").
    void failed(const QString &text);
    //! Any verb ended (local refusals included): `what` says what the operator asked for.
    void commandFinished(const QString &what, const RequestOutcome &outcome);

protected:
    void controllerChanged(RoomController *previous) override;

private:
    quint64 send(Action action, const QString &method, const QJsonObject &params,
                 const QString &what, QObject *context, PendingRequests::Callback done,
                 std::function<void()> onOk = {});
    void refuseLater(const QString &method, const QString &text, const QString &what,
                     QObject *context, PendingRequests::Callback done);
    quint64 answer(RequestKind kind, Action action, const QString &method, const QString &peerId,
                   const QString &what, QObject *context, PendingRequests::Callback done);
    void addRequest(const Request &request);
    void removeRequests(RequestKind kind, const QString &peerId);
    void clearRequests();
    void syncWaiting();
    //! The session's join-request notice: count and the newest in words.
    void updateNotices();
    bool isSelf(const QString &peerId) const;

    QPointer<ParticipantListModel> m_participants;
    QList<Request> m_requests; //!< but WaitingRoom, which the participant list holds
    QList<Request> m_waiting;
    int m_confType = -1;
    QString m_owner;
    std::optional<bool> m_waitingRoom;
    bool m_waitingRoomSwitchable = false;
    bool m_inConference = false;
};

Q_DECLARE_METATYPE(ConferenceModeration::Request)
