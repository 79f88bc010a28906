// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors

// WebSocketFrameReader: any bytes from a server give messages, pings, pongs, a close, or one
// error with its close code; the same in whatever pieces they arrive; text is valid UTF-8 and
// no message is over the limit. Also: isValidUtf8 agrees with Qt's UTF-8 decoder.
#include "core/transport/websocketframereader.h"
#include "fuzzcheck.h"

#include <QList>

using namespace Qt::StringLiterals;

namespace {

struct Outcome
{
    QList<WebSocketFrameReader::Event> events;
    WebSocketFrameReader::Error error = WebSocketFrameReader::Error::None;
    bool closed = false;
};

//! Feeds `stream` in pieces: sizes cycle through 1..`split` (split 0: all at once).
Outcome run(QByteArrayView stream, qint64 limit, int split)
{
    WebSocketFrameReader reader(limit);
    Outcome out;
    qsizetype at = 0;
    int piece = 1;
    while (at < stream.size()) {
        const qsizetype n
            = split == 0 ? stream.size() : std::min<qsizetype>(piece, stream.size() - at);
        const bool more = reader.feed(stream.sliced(at, n));
        at += n;
        piece = piece % std::max(split, 1) + 1;
        while (reader.hasEvent())
            out.events.append(reader.takeEvent());
        if (!more)
            break;
    }
    out.error = reader.error();
    out.closed = reader.closeReceived();
    FUZZ_CHECK((out.error == WebSocketFrameReader::Error::None) == (reader.closeCode() == 0),
               u"close code %1"_s.arg(reader.closeCode()));
    return out;
}

bool decoderSaysValid(QByteArrayView bytes)
{
    // A leading 'a' keeps a byte-order mark from being read as one.
    const QByteArray withA = QByteArray("a").append(bytes);
    return QString::fromUtf8(withA).toUtf8() == withA;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    const QByteArray all = fuzzBytes(data, size);
    const int split = quint8(all.at(0)) % 17;
    const qint64 limit = 1 + qint64(quint8(all.at(1))) * 64;
    const QByteArrayView stream = QByteArrayView(all).sliced(2);

    FUZZ_CHECK(WebSocketFrameReader::isValidUtf8(stream) == decoderSaysValid(stream),
               QString::fromLatin1(stream.toByteArray().toHex()));

    const Outcome whole = run(stream, limit, 0);
    const Outcome pieces = run(stream, limit, split == 0 ? 1 : split);
    FUZZ_CHECK(whole.error == pieces.error, u"error differs by split %1"_s.arg(split));
    FUZZ_CHECK(whole.closed == pieces.closed, u"close differs"_s);
    FUZZ_CHECK(whole.events.size() == pieces.events.size(), u"event count differs"_s);
    for (qsizetype i = 0; i < whole.events.size(); ++i) {
        const auto &a = whole.events.at(i);
        const auto &b = pieces.events.at(i);
        FUZZ_CHECK(a.kind == b.kind && a.payload == b.payload && a.closeCode == b.closeCode,
                   u"event %1 differs"_s.arg(i));
        switch (a.kind) {
        case WebSocketFrameReader::Event::Kind::Text:
            FUZZ_CHECK(decoderSaysValid(a.payload), u"text that is not UTF-8"_s);
            [[fallthrough]];
        case WebSocketFrameReader::Event::Kind::Binary:
            FUZZ_CHECK(a.payload.size() <= limit, u"message over the limit"_s);
            break;
        case WebSocketFrameReader::Event::Kind::Close:
            FUZZ_CHECK(i == whole.events.size() - 1, u"events after a close"_s);
            FUZZ_CHECK(a.closeCode == WebSocketFrameReader::kCloseNoStatus
                           || WebSocketFrameReader::isValidCloseCode(a.closeCode),
                       u"close code %1"_s.arg(a.closeCode));
            FUZZ_CHECK(a.payload.size() <= 123, u"close reason too long"_s);
            break;
        default:
            FUZZ_CHECK(a.payload.size() <= 125, u"control payload too long"_s);
            break;
        }
    }
    return 0;
}
