// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "climoderation.h"

#include "cli/cliformat.h"
#include "core/logging.h"
#include "core/models/conferencemoderation.h"
#include "core/models/participantlistmodel.h"
#include "core/protocol/ids.h"
#include "core/session/roomsession.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;
using Command = CliOptions::Command;
using Device = ConferenceModeration::Device;

namespace {

Device deviceOf(const QString &word)
{
    if (word == u"camera"_s)
        return Device::Camera;
    if (word == u"speaker"_s)
        return Device::Speaker;
    return Device::Microphone;
}

} // namespace

CliModeration::CliModeration(RoomController *controller, const CliOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_session(new RoomSession(controller, RoomSession::Parts::None, this))
    , m_participants(new ParticipantListModel(this))
    , m_moderation(new ConferenceModeration(this))
{
    m_moderation->setParticipants(m_participants);
    m_session->attach(m_participants);
    m_session->attach(m_moderation);
}

CliModeration::~CliModeration() = default;

bool CliModeration::handles(Command command)
{
    switch (command) {
    case Command::Participants:
    case Command::Kick:
    case Command::RemoteMute:
    case Command::RemoteUnmute:
    case Command::Moderator:
    case Command::Invite:
    case Command::AcceptJoin:
    case Command::RefuseJoin:
        return true;
    default:
        return false;
    }
}

QString CliModeration::parseArguments(Command command, const QStringList &args, CliOptions *options)
{
    const QString name = CliOptions::commandName(command);
    const auto checkId = [&](const QString &id) {
        const QString why = RoomIds::validationError(id);
        return why.isEmpty() ? QString() : tr("%1: %2").arg(name, why);
    };
    switch (command) {
    case Command::Kick:
    case Command::AcceptJoin:
    case Command::RefuseJoin:
        if (args.size() != 1)
            return tr("%1 takes one ID").arg(name);
        break;
    case Command::RemoteMute:
    case Command::RemoteUnmute: {
        const QString device = args.value(1).toLower();
        if (args.size() != 2
            || (device != u"mic"_s && device != u"camera"_s && device != u"speaker"_s))
            return tr("%1 takes an ID and mic, camera or speaker").arg(name);
        options->device = device;
        break;
    }
    case Command::Moderator: {
        const QString on = args.value(1).toLower();
        if (args.size() != 2 || (on != u"on"_s && on != u"off"_s))
            return tr("moderator takes an ID and on or off");
        options->moderatorOn = on == u"on"_s;
        break;
    }
    case Command::Invite:
        if (args.isEmpty())
            return tr("invite takes one ID or more");
        break;
    default:
        return {};
    }
    const QStringList ids = command == Command::Invite ? args : args.mid(0, 1);
    for (const QString &id : ids)
        if (const QString why = checkId(id.trimmed()); !why.isEmpty())
            return why;
    for (const QString &id : ids)
        options->peerIds.append(id.trimmed());
    return {};
}

QString CliModeration::helpText()
{
    return tr("  kick ID                 remove a participant from the conference\n"
              "  remote-mute ID mic|camera|speaker, remote-unmute ID mic|camera|speaker\n"
              "                          turn a participant's device off or on\n"
              "  moderator ID on|off     make a participant a moderator, or not (owner)\n"
              "  invite ID...            invite people to the running conference\n"
              "  accept-join ID, refuse-join ID\n"
              "                          answer somebody who asks to join the conference\n");
}

QJsonArray CliModeration::participantsJson(const QJsonArray &participants)
{
    QJsonArray list;
    for (const QJsonValue &v : participants) {
        QJsonObject o = Redact::object(v.toObject());
        const ParticipantListModel::Participant p = ParticipantListModel::Participant::fromJson(o);
        o.insert(u"moderator"_s, p.isModerator());
        o.insert(u"waiting"_s, p.waiting);
        list.append(o);
    }
    return list;
}

void CliModeration::finishWith(const RequestOutcome &outcome, const QString &human,
                               const QJsonObject &json)
{
    if (outcome.ok())
        Q_EMIT succeeded(human, json);
    else
        Q_EMIT failed(outcome);
}

void CliModeration::run()
{
    RoomController *c = m_session->controller();
    const Room::AppState state = c->appState();
    if (m_options.command == Command::Participants && state != Room::AppState::Conference
        && state != Room::AppState::Unknown) {
        // Not an error: "who is in the call" has an answer when there is no call.
        Q_EMIT succeeded(tr("The room is not in a call or conference."),
                         { { u"confId"_s, QString() }, { u"participants"_s, QJsonArray() } });
        return;
    }
    if (state != Room::AppState::Conference && m_options.command != Command::Participants) {
        act(); // refused locally with the reason
        return;
    }
    m_moderation->refresh(this, [this] { readParticipants(); });
}

void CliModeration::readParticipants()
{
    m_session->controller()->sendRequest(
        u"getConferenceParticipants"_s, {}, this, [this](const RequestOutcome &o) {
            if (!o.ok()) {
                Q_EMIT failed(o);
                return;
            }
            m_reply = o.reply;
            m_participants->setParticipants(o.reply.value(u"confId"_s).toString(),
                                            o.reply.value(u"participants"_s).toArray());
            act();
        });
}

QString CliModeration::inConference(const QString &peerId) const
{
    // "lea" means lea on the room's own server (§6: a PeerId).
    const QString server = RoomIds::parse(m_session->controller()->trueConfId()).server;
    const QString callId = RoomIds::toCallId(peerId, server);
    const int row = m_participants->rowOf(callId.isEmpty() ? peerId : callId);
    return row >= 0 ? m_participants->participant(row).peerId : peerId;
}

void CliModeration::act()
{
    const QString id = m_options.peerIds.value(0);
    const QString who = m_moderation->nameOf(inConference(id));
    const auto json = [&](const QString &command) {
        return QJsonObject { { u"ok"_s, true },
                             { u"command"_s, command },
                             { u"peerId"_s, inConference(id) } };
    };
    const auto done = [this](const QString &human, const QJsonObject &j) {
        return [this, human, j](const RequestOutcome &o) {
            finishWith(o, human, j);
        };
    };
    switch (m_options.command) {
    case Command::Participants: {
        const QJsonArray participants = m_reply.value(u"participants"_s).toArray();
        const QJsonObject out { { u"confId"_s, m_reply.value(u"confId"_s).toString() },
                                { u"participants"_s, participantsJson(participants) } };
        if (participants.isEmpty())
            Q_EMIT succeeded(tr("No participants reported."), out);
        else
            Q_EMIT succeeded(
                CliFormat::table({ tr("ID"), tr("NAME"), tr("MIC"), tr("VIDEO"), tr("ROLE") },
                                 CliFormat::participantRows(participants)),
                out);
        return;
    }
    case Command::Kick:
        m_moderation->kick(
            inConference(id), this,
            done(tr("%1 was removed from the conference.").arg(who), json(u"kick"_s)));
        return;
    case Command::RemoteMute:
    case Command::RemoteUnmute: {
        const bool on = m_options.command == Command::RemoteUnmute;
        QJsonObject j = json(on ? u"remote-unmute"_s : u"remote-mute"_s);
        j.insert(u"device"_s, m_options.device);
        m_moderation->turnRemote(deviceOf(m_options.device), inConference(id), on, this,
                                 done(on ? tr("Turned on: %1 of %2.").arg(m_options.device, who)
                                         : tr("Turned off: %1 of %2.").arg(m_options.device, who),
                                      j));
        return;
    }
    case Command::Moderator: {
        QJsonObject j = json(u"moderator"_s);
        j.insert(u"moderator"_s, m_options.moderatorOn);
        m_moderation->setModerator(inConference(id), m_options.moderatorOn, this,
                                   done(m_options.moderatorOn
                                            ? tr("%1 is a moderator now.").arg(who)
                                            : tr("%1 is no longer a moderator.").arg(who),
                                        j));
        return;
    }
    case Command::Invite:
        inviteNext(0);
        return;
    case Command::AcceptJoin:
        m_moderation->acceptPeer(id, this,
                                 done(tr("%1 may join.").arg(who), json(u"accept-join"_s)));
        return;
    case Command::RefuseJoin:
        m_moderation->rejectPeer(id, this,
                                 done(tr("%1 was refused.").arg(who), json(u"refuse-join"_s)));
        return;
    default:
        return;
    }
}

void CliModeration::inviteNext(int index)
{
    if (index >= m_options.peerIds.size()) {
        QJsonArray invited;
        for (const QString &id : std::as_const(m_options.peerIds))
            invited.append(id);
        Q_EMIT succeeded(
            tr("Invited: %1.").arg(m_options.peerIds.join(u", "_s)),
            { { u"ok"_s, true }, { u"command"_s, u"invite"_s }, { u"invited"_s, invited } });
        return;
    }
    m_moderation->inviteToConference(m_options.peerIds.at(index), this,
                                     [this, index](const RequestOutcome &o) {
                                         if (o.ok())
                                             inviteNext(index + 1);
                                         else
                                             Q_EMIT failed(o);
                                     });
}
