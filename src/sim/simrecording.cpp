// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "simrecording.h"

#include "simcalls.h"

using namespace Qt::StringLiterals;

SimRecording::SimRecording(SimHost &host, SimCalls &calls)
    : m_host(host)
    , m_calls(calls)
{ }

SimCommandTable SimRecording::commands()
{
    return {
        { u"allowRecord"_s,
          [this](const QJsonObject &r) {
              return answer(r, true);
          } },
        { u"denyRecord"_s,
          [this](const QJsonObject &r) {
              return answer(r, false);
          } },
    };
}

bool SimRecording::request(const QString &peerId)
{
    SimConference *conference = m_calls.conference();
    SimParticipant *p = conference ? m_calls.roster().find(*conference, peerId) : nullptr;
    if (!p || p->self || p->waiting || p->recordingMe)
        return false;
    if (m_generation != m_calls.generation()) {
        m_asking.clear();
        m_generation = m_calls.generation();
    }
    m_asking.insert(p->peerId.toLower());
    m_host.emitEvent(u"recordRequest"_s,
                     { { u"peerId"_s, p->peerId },
                       { u"peerDn"_s, p->peerDn },
                       { u"confId"_s, conference->confId } });
    return true;
}

SimOutcome SimRecording::answer(const QJsonObject &request, bool allow)
{
    SimConference *conference = m_calls.conference();
    if (!conference)
        return SimOutcome::fail(SimError::invalidState());
    SimParticipant *p
        = m_calls.roster().find(*conference, request.value(u"peerId"_s).toString().trimmed());
    if (m_generation != m_calls.generation() || !p || !m_asking.remove(p->peerId.toLower()))
        return SimOutcome::fail(SimError::invalidParameters()); // nobody of that id asked
    m_host.emitEvent(u"recordRequestReply"_s,
                     { { u"peerId"_s, p->peerId },
                       { u"recordAllowed"_s, allow },
                       { u"confId"_s, conference->confId } });
    if (allow) {
        p->recordingMe = true;
        m_host.emitEvent(u"userRecordingMeStatusChanged"_s,
                         { { u"peerId"_s, p->peerId },
                           { u"status"_s, 1 },
                           { u"confId"_s, conference->confId } });
    }
    return SimOutcome::ok();
}
