// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors

// RoomIds: every function takes any text; the kinds, call ids and validation agree.
#include "core/protocol/ids.h"
#include "fuzzcheck.h"

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString id = QString::fromUtf8(fuzzBytes(data, size));
    const RoomIds::Parsed p = RoomIds::parse(id);
    using Kind = RoomIds::Kind;

    FUZZ_CHECK(RoomIds::kindOf(id) == p.kind, id);
    FUZZ_CHECK(RoomIds::isCallable(id) == (p.kind != Kind::Invalid), id);
    FUZZ_CHECK(RoomIds::validationError(id).isEmpty() == RoomIds::isCallable(id), id);
    FUZZ_CHECK(RoomIds::parse(id.trimmed()).kind == p.kind, id);

    const QString callId = RoomIds::toCallId(id, u"srv.example"_s);
    const bool user
        = p.kind == Kind::PeerId || p.kind == Kind::CallId || p.kind == Kind::InstanceId;
    FUZZ_CHECK(callId.isEmpty() == !user, id);
    if (user) {
        FUZZ_CHECK(RoomIds::kindOf(callId) == Kind::CallId, id + u" -> "_s + callId);
        FUZZ_CHECK(RoomIds::toCallId(callId) == callId, id + u" -> "_s + callId);
        FUZZ_CHECK(RoomIds::sameUser(id, id), id);
        if (p.kind != Kind::PeerId)
            FUZZ_CHECK(RoomIds::sameUser(id, callId), id + u" -> "_s + callId);
        const QString stripped = RoomIds::stripInstance(id);
        FUZZ_CHECK(RoomIds::kindOf(stripped) != Kind::InstanceId, id + u" -> "_s + stripped);
    }
    if (p.kind == Kind::ConferenceCall) {
        // conferenceCall() trims the name; what it makes parses back to that name.
        const RoomIds::Parsed again = RoomIds::parse(RoomIds::conferenceCall(p.conference));
        FUZZ_CHECK(again.kind == Kind::ConferenceCall && again.conference == p.conference.trimmed(),
                   id);
    }
    (void)RoomIds::conferenceCall(id);
    return 0;
}
