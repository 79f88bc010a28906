// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors

// ProtocolCodec: any bytes decode to a message or an error, never a crash; what decodes keeps
// its invariants and decodes the same again after re-encoding. JsonSpans on the same bytes
// agrees with the parser.
#include "core/protocol/jsonspans.h"
#include "core/protocol/message.h"
#include "fuzzcheck.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

void checkDecoded(const ProtocolCodec &codec, const DecodeResult &r, bool request)
{
    (void)r.message.requestIdText();
    if (!r.ok()) {
        FUZZ_CHECK(!r.reason.isEmpty(), u"an error without a reason"_s);
        return;
    }
    const RoomMessage &m = r.message;
    FUZZ_CHECK(m.body.value(u"method"_s).isString(), u"ok without a string method"_s);
    FUZZ_CHECK(m.method == m.body.value(u"method"_s).toString(), m.method);
    if (request) {
        FUZZ_CHECK(m.isRequest(), m.method);
    } else if (m.isEvent()) {
        FUZZ_CHECK(m.method == u"event"_s && !m.event.isEmpty(), m.method);
    } else if (m.isReply()) {
        FUZZ_CHECK(m.body.value(u"result"_s).isBool(), m.method);
        FUZZ_CHECK(m.result == m.body.value(u"result"_s).toBool(), m.method);
    } else {
        FUZZ_CHECK(!m.body.contains(u"result"_s) && m.method != u"event"_s, m.method);
    }

    // What decoded once decodes again, the same, from its own re-encoding.
    const QByteArray again = QJsonDocument(m.body).toJson(QJsonDocument::Compact);
    const DecodeResult r2 = request ? codec.decodeRequest(again) : codec.decode(again);
    FUZZ_CHECK(r2.ok(), QString::fromUtf8(again) + u" -> "_s + r2.reason);
    FUZZ_CHECK(r2.message.kind == m.kind && r2.message.method == m.method
                   && r2.message.event == m.event && r2.message.result == m.result
                   && r2.message.error == m.error,
               QString::fromUtf8(again));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // Small limits so that the size and depth refusals are reached too.
    static const ProtocolCodec codec(ProtocolCodec::Limits { 4096, 16 });
    const QByteArray bytes = fuzzBytes(data, size);

    const int depth = ProtocolCodec::nestingDepth(bytes, codec.limits().maxDepth);
    FUZZ_CHECK(depth >= 0 && depth <= codec.limits().maxDepth + 1, QString::number(depth));

    const DecodeResult r = codec.decode(bytes);
    if (r.ok())
        FUZZ_CHECK(depth <= codec.limits().maxDepth, QString::number(depth));
    checkDecoded(codec, r, false);
    checkDecoded(codec, codec.decodeRequest(bytes), true);
    (void)codec.decode(QString::fromUtf8(bytes));

    // JsonSpans stays inside the text, and where the parser reads an array whole, the scan
    // finds the same elements, each of which parses on its own.
    if (const std::optional<JsonSpans::Span> s = JsonSpans::member(bytes, "abook"))
        FUZZ_CHECK(s->begin >= 0 && s->begin < s->end && s->end <= bytes.size(),
                   QString::number(s->begin) + u'-' + QString::number(s->end));
    qsizetype elements = 0;
    bool eachParses = true;
    const bool walked = JsonSpans::forEachElement(bytes, [&](QByteArrayView e) {
        ++elements;
        eachParses
            = eachParses && !QJsonDocument::fromJson('[' + e.toByteArray() + ']').array().isEmpty();
        return true;
    });
    const QJsonDocument parsed = QJsonDocument::fromJson(bytes);
    if (parsed.isArray()) {
        FUZZ_CHECK(walked, u"a valid array the scan refused"_s);
        FUZZ_CHECK(elements == parsed.array().size() && eachParses,
                   QString::number(elements) + u" elements"_s);
    }
    return 0;
}
