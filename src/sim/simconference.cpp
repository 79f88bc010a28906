// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "simconference.h"

#include "core/protocol/ids.h"
#include "simaddressbook.h"

#include <algorithm>

using namespace Qt::StringLiterals;

SimRoster::SimRoster(SimHost &host)
    : m_host(host)
{ }

bool SimRoster::isUserId(const QString &peerId)
{
    const RoomIds::Kind kind = RoomIds::kindOf(peerId);
    return kind == RoomIds::Kind::PeerId || kind == RoomIds::Kind::CallId
        || kind == RoomIds::Kind::InstanceId;
}

QString SimRoster::instanceOf(const QString &callId) const
{
    if (RoomIds::kindOf(callId) == RoomIds::Kind::InstanceId)
        return callId;
    // A stable instance per user, so that a participant list reads the same every time.
    return callId + u'/'
        + u"%1"_s.arg(uint(qHash(callId.toLower(), 0x5eed)), 8, 16, QLatin1Char('0'));
}

QString SimRoster::callIdOf(const QString &peerId) const
{
    const QString callId = RoomIds::toCallId(peerId, m_host.serverName());
    return callId.isEmpty() ? peerId : callId;
}

SimParticipant SimRoster::participant(const QString &callId, const QString &peerDn, bool self) const
{
    SimParticipant p;
    p.peerId = instanceOf(callId);
    p.peerDn = peerDn.isEmpty() ? m_host.addressBook().displayNameFor(callId) : peerDn;
    p.self = self;
    // Most people join with camera and microphone on; a few arrive muted.
    const size_t h = qHash(callId.toLower());
    p.mic = h % 5 == 0 ? 1 : 2;
    p.video = h % 7 == 0 ? 1 : 2;
    return p;
}

void SimRoster::seed(SimConference *conference, int count) const
{
    // Other people already in a conference we join: available contacts when the book has
    // them, otherwise users from the server directory; the same conference, the same people.
    const QList<SimContact> &book = m_host.addressBook().contacts();
    const size_t start = qHash(conference->confId);
    for (int i = 0, added = 0; added < count && i < 400; ++i) {
        QString callId;
        QString dn;
        if (!book.isEmpty()) {
            const SimContact &c = book.at(int((start + size_t(i) * 7) % size_t(book.size())));
            if (c.status != 1)
                continue;
            callId = c.peerId;
            dn = c.peerDn;
        } else {
            const int n = int((start + size_t(i)) % 900) + 1;
            callId = u"user%1@%2"_s.arg(n, 4, 10, QLatin1Char('0')).arg(m_host.serverName());
            dn = SimAddressBook::generatedName(n);
        }
        if (std::any_of(
                conference->participants.cbegin(), conference->participants.cend(),
                [&](const SimParticipant &p) { return RoomIds::sameUser(p.peerId, callId); }))
            continue;
        conference->participants.append(participant(callId, dn, false));
        ++added;
    }
}

SimParticipant *SimRoster::find(SimConference &conference, const QString &peerId) const
{
    const bool instance = RoomIds::kindOf(peerId) == RoomIds::Kind::InstanceId;
    for (SimParticipant &p : conference.participants) {
        if (instance ? p.peerId.compare(peerId, Qt::CaseInsensitive) == 0
                     : RoomIds::sameUser(p.peerId, callIdOf(peerId)))
            return &p;
    }
    return nullptr;
}

QString SimRoster::joinUrl(const QString &confId) const
{
    return u"https://%1/c/%2"_s.arg(m_host.serverName(), confId.section(u'@', 0, 0));
}

QJsonObject SimRoster::toJson(const SimParticipant &p) const
{
    return {
        { u"peerId"_s, p.peerId },
        { u"peerDn"_s, p.peerDn },
        { u"mic"_s, p.self ? m_host.selfMic() : p.mic },
        { u"video"_s, p.self ? m_host.selfVideo() : p.video },
        { u"role"_s, p.role },
        { u"broadcast"_s, p.broadcast },
        { u"slideShow"_s, false },
        { u"leaderType"_s, p.owner ? 1 : (p.moderator ? 2 : 0) },
        { u"pinned"_s, false },
        { u"recordingMe"_s, p.recordingMe },
        { u"recordingByMe"_s, false },
        { u"isInWaitingRoom"_s, p.waiting },
    };
}
