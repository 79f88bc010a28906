// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "cli/clioptions.h"
#include "core/controller/requestoutcome.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>

class ConferenceModeration;
class ParticipantListModel;
class RoomSession;

//! roomdeckctl's conference commands on a signed-in controller, through the core's typed verbs
//! (ConferenceModeration), never raw wire sends but for reading the participants:
//! participants, kick ID, remote-mute / remote-unmute ID mic|camera|speaker, moderator ID
//! on|off, invite ID..., accept-join ID, refuse-join ID. The conference and its participants
//! are read first, so that the room's standing decides before anything is sent and a
//! participant given by TrueConf ID is addressed by the instance in the conference. Ends in
//! exactly one of succeeded() or failed().
class CliModeration final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliModeration)

public:
    CliModeration(RoomController *controller, const CliOptions &options, QObject *parent = nullptr);
    ~CliModeration() override;

    //! True for the commands this class runs.
    static bool handles(CliOptions::Command command);
    //! Checks and stores the command's arguments; the error (one line), or empty when fine.
    static QString parseArguments(CliOptions::Command command, const QStringList &args,
                                  CliOptions *options);
    //! The commands' part of --help.
    static QString helpText();
    //! The participants for --json: the room's objects with `moderator` and `waiting` added.
    static QJsonArray participantsJson(const QJsonArray &participants);

    //! Runs the command (the controller is signed in and has completed its startup).
    void run();

Q_SIGNALS:
    //! Done: `human` for people, `json` for --json.
    void succeeded(const QString &human, const QJsonObject &json);
    //! The command ended in `outcome` (not a reply).
    void failed(const RequestOutcome &outcome);

private:
    void readParticipants();
    void act();
    void inviteNext(int index);
    //! The id the conference knows `peerId` by (its instance), else `peerId` itself.
    QString inConference(const QString &peerId) const;
    void finishWith(const RequestOutcome &outcome, const QString &human, const QJsonObject &json);

    CliOptions m_options;
    RoomSession *m_session = nullptr;
    ParticipantListModel *m_participants = nullptr;
    ConferenceModeration *m_moderation = nullptr;
    QJsonObject m_reply; //!< getConferenceParticipants
};
