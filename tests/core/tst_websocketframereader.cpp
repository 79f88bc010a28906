// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "core/transport/websocketframereader.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;

using Reader = WebSocketFrameReader;

namespace {

//! One server-to-client frame; `length` overrides the announced length (-1: the payload's).
QByteArray frame(quint8 opcode, const QByteArray &payload, bool fin = true, quint8 rsv = 0,
                 bool masked = false, qint64 length = -1, int lengthBytes = -1)
{
    const quint64 n = length < 0 ? quint64(payload.size()) : quint64(length);
    QByteArray out;
    out.append(char((fin ? 0x80 : 0) | (rsv << 4) | opcode));
    const quint8 mask = masked ? 0x80 : 0;
    if (lengthBytes < 0)
        lengthBytes = n < 126 ? 0 : n < 65536 ? 2 : 8;
    if (lengthBytes == 0) {
        out.append(char(mask | n));
    } else if (lengthBytes == 2) {
        out.append(char(mask | 126));
        out.append(char(n >> 8));
        out.append(char(n & 0xff));
    } else {
        out.append(char(mask | 127));
        for (int shift = 56; shift >= 0; shift -= 8)
            out.append(char((n >> shift) & 0xff));
    }
    if (masked)
        out.append(QByteArray(4, '\0')); // a zero key: the payload reads the same
    return out + payload;
}

QByteArray closePayload(quint16 code, const QByteArray &reason = {})
{
    QByteArray p;
    p.append(char(code >> 8));
    p.append(char(code & 0xff));
    return p + reason;
}

//! "text:PAYLOAD", "binary:...", "ping:...", "pong:...", "close:CODE:REASON", then
//! "error:CODE" when the reader stopped on one.
QStringList readAll(Reader &reader)
{
    QStringList out;
    while (reader.hasEvent()) {
        const Reader::Event e = reader.takeEvent();
        const QString payload = QString::fromUtf8(e.payload);
        switch (e.kind) {
        case Reader::Event::Kind::Text:
            out << u"text:"_s + payload;
            break;
        case Reader::Event::Kind::Binary:
            out << u"binary:"_s + payload;
            break;
        case Reader::Event::Kind::Ping:
            out << u"ping:"_s + payload;
            break;
        case Reader::Event::Kind::Pong:
            out << u"pong:"_s + payload;
            break;
        case Reader::Event::Kind::Close:
            out << u"close:%1:%2"_s.arg(e.closeCode).arg(payload);
            break;
        }
    }
    if (reader.error() != Reader::Error::None)
        out << u"error:%1"_s.arg(reader.closeCode());
    return out;
}

} // namespace

class tst_WebSocketFrameReader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void frames_data();
    void frames();
    void utf8_data();
    void utf8();
    void largeMessageIsBufferedOnce();
    void oversizedLengthIsRefusedBeforeBuffering();
    void nothingIsReadAfterClose();
};

void tst_WebSocketFrameReader::frames_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<Reader::Error>("error");

    const QByteArray zhe = "\xd0\x96"; // U+0416, two bytes
    QTest::newRow("text") << frame(1, "hello") << QStringList { u"text:hello"_s }
                          << Reader::Error::None;
    QTest::newRow("empty text") << frame(1, {}) << QStringList { u"text:"_s }
                                << Reader::Error::None;
    QTest::newRow("binary") << frame(2, "b") << QStringList { u"binary:b"_s }
                            << Reader::Error::None;
    QTest::newRow("16-bit length")
        << frame(1, QByteArray(300, 'x')) << QStringList { u"text:"_s + QString(300, u'x') }
        << Reader::Error::None;
    QTest::newRow("64-bit length")
        << frame(1, QByteArray(70000, 'y')) << QStringList { u"text:"_s + QString(70000, u'y') }
        << Reader::Error::None;
    QTest::newRow("non-minimal length accepted")
        << frame(1, "abc", true, 0, false, -1, 8) << QStringList { u"text:abc"_s }
        << Reader::Error::None;
    QTest::newRow("fragments with ping between")
        << frame(1, "he", false) + frame(9, "p") + frame(0, "llo", false) + frame(0, "!")
        << QStringList { u"ping:p"_s, u"text:hello!"_s } << Reader::Error::None;
    QTest::newRow("character split across frames")
        << frame(1, "a" + zhe.left(1), false) + frame(0, zhe.mid(1) + "b")
        << QStringList { u"text:a\u0416b"_s } << Reader::Error::None;
    QTest::newRow("pong") << frame(10, "42") << QStringList { u"pong:42"_s } << Reader::Error::None;
    QTest::newRow("close with reason")
        << frame(8, closePayload(1000, "bye")) << QStringList { u"close:1000:bye"_s }
        << Reader::Error::None;
    QTest::newRow("close without payload")
        << frame(8, {}) << QStringList { u"close:1005:"_s } << Reader::Error::None;
    QTest::newRow("close 4000") << frame(8, closePayload(4000)) << QStringList { u"close:4000:"_s }
                                << Reader::Error::None;

    QTest::newRow("masked") << frame(1, "hi", true, 0, true) << QStringList { u"error:1002"_s }
                            << Reader::Error::MaskedFrame;
    QTest::newRow("rsv1") << frame(1, "hi", true, 4) << QStringList { u"error:1002"_s }
                          << Reader::Error::ReservedBits;
    QTest::newRow("rsv3") << frame(1, "hi", true, 1) << QStringList { u"error:1002"_s }
                          << Reader::Error::ReservedBits;
    QTest::newRow("opcode 3") << frame(3, "hi") << QStringList { u"error:1002"_s }
                              << Reader::Error::UnknownOpcode;
    QTest::newRow("opcode 11") << frame(11, "hi") << QStringList { u"error:1002"_s }
                               << Reader::Error::UnknownOpcode;
    QTest::newRow("fragmented ping") << frame(9, "p", false) << QStringList { u"error:1002"_s }
                                     << Reader::Error::FragmentedControlFrame;
    QTest::newRow("126-byte ping")
        << frame(9, QByteArray(126, 'p')) << QStringList { u"error:1002"_s }
        << Reader::Error::ControlFrameTooLong;
    QTest::newRow("continuation without start") << frame(0, "x") << QStringList { u"error:1002"_s }
                                                << Reader::Error::ContinuationWithoutMessage;
    QTest::newRow("text inside unfinished text")
        << frame(1, "a", false) + frame(1, "b") << QStringList { u"error:1002"_s }
        << Reader::Error::MessageNotFinished;
    QTest::newRow("64-bit length with the top bit")
        << QByteArray("\x82\x7f\x80\x00\x00\x00\x00\x00\x00\x01", 10)
        << QStringList { u"error:1002"_s } << Reader::Error::LengthOutOfRange;
    QTest::newRow("invalid UTF-8")
        << frame(1, "caf\xc3\x28") << QStringList { u"error:1007"_s } << Reader::Error::InvalidUtf8;
    QTest::newRow("invalid UTF-8 across frames")
        << frame(1, "a\xd0", false) + frame(0, "b") << QStringList { u"error:1007"_s }
        << Reader::Error::InvalidUtf8;
    QTest::newRow("messages before an error are kept")
        << frame(1, "one") + frame(2, "two") + frame(1, "\xff")
        << QStringList { u"text:one"_s, u"binary:two"_s, u"error:1007"_s }
        << Reader::Error::InvalidUtf8;
    QTest::newRow("close of one byte") << frame(8, "\x03") << QStringList { u"error:1002"_s }
                                       << Reader::Error::InvalidClosePayload;
    QTest::newRow("close code 1005")
        << frame(8, closePayload(1005)) << QStringList { u"error:1002"_s }
        << Reader::Error::InvalidCloseCode;
    QTest::newRow("close code 999")
        << frame(8, closePayload(999)) << QStringList { u"error:1002"_s }
        << Reader::Error::InvalidCloseCode;
    QTest::newRow("close code 5000")
        << frame(8, closePayload(5000)) << QStringList { u"error:1002"_s }
        << Reader::Error::InvalidCloseCode;
    QTest::newRow("close reason not UTF-8")
        << frame(8, closePayload(1000, "\xc0\xaf")) << QStringList { u"error:1007"_s }
        << Reader::Error::InvalidCloseReason;
}

void tst_WebSocketFrameReader::frames()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, expected);
    QFETCH(Reader::Error, error);

    // Whole, one byte at a time, and in random pieces: the same events.
    Reader whole(1024 * 1024);
    whole.feed(bytes);
    QCOMPARE(readAll(whole), expected);
    QCOMPARE(whole.error(), error);

    Reader bytewise(1024 * 1024);
    QStringList got;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const bool more = bytewise.feed(QByteArrayView(bytes).sliced(i, 1));
        if (!more && bytewise.error() != Reader::Error::None)
            break;
        // Events come out as soon as their last byte is in.
        got += readAll(bytewise);
    }
    got += readAll(bytewise);
    QCOMPARE(got, expected);
    QCOMPARE(bytewise.error(), error);
    QVERIFY(!bytewise.isInsideFrameOrMessage());

    auto *random = QRandomGenerator::global();
    for (int round = 0; round < 20; ++round) {
        Reader pieces(1024 * 1024);
        for (qsizetype at = 0; at < bytes.size();) {
            const qsizetype n = std::min<qsizetype>(bytes.size() - at, random->bounded(1, 200));
            pieces.feed(QByteArrayView(bytes).sliced(at, n));
            at += n;
        }
        QCOMPARE(readAll(pieces), expected);
    }
}

void tst_WebSocketFrameReader::utf8_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("valid");
    QTest::newRow("ascii") << QByteArray("hello, world: {\"a\":1}") << true;
    QTest::newRow("two-byte") << QByteArray("\xd0\x96\xc2\xa9") << true;
    QTest::newRow("three-byte") << QByteArray("\xe2\x82\xac") << true;
    QTest::newRow("four-byte") << QByteArray("\xf0\x9f\x98\x80") << true;
    QTest::newRow("max code point") << QByteArray("\xf4\x8f\xbf\xbf") << true;
    QTest::newRow("noncharacter U+FFFE") << QByteArray("\xef\xbf\xbe") << true;
    QTest::newRow("above U+10FFFF") << QByteArray("\xf4\x90\x80\x80") << false;
    QTest::newRow("overlong slash") << QByteArray("\xc0\xaf") << false;
    QTest::newRow("overlong three-byte") << QByteArray("\xe0\x80\xaf") << false;
    QTest::newRow("overlong four-byte") << QByteArray("\xf0\x80\x80\xaf") << false;
    QTest::newRow("surrogate") << QByteArray("\xed\xa0\x80") << false;
    QTest::newRow("lone continuation") << QByteArray("a\x80") << false;
    QTest::newRow("truncated at end") << QByteArray("abcdefgh\xe2\x82") << false;
    QTest::newRow("0xff") << QByteArray("\xff") << false;
    QTest::newRow("after 8 ascii") << QByteArray("abcdefghijklmnop\xd0\x96xyz") << true;
}

void tst_WebSocketFrameReader::utf8()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, valid);
    QCOMPARE(Reader::isValidUtf8(bytes), valid);
}

void tst_WebSocketFrameReader::largeMessageIsBufferedOnce()
{
    // 3 MB in one frame, fed in 64 KiB pieces: the buffer is reserved once for the announced
    // size and handed out as it is (no growth, no copy on the way out).
    const QByteArray payload(3 * 1000 * 1000, 'z');
    const QByteArray bytes = frame(1, payload);
    Reader reader(16 * 1024 * 1024);
    for (qsizetype at = 0; at < bytes.size(); at += 64 * 1024)
        QVERIFY(reader.feed(
            QByteArrayView(bytes).sliced(at, std::min<qsizetype>(64 * 1024, bytes.size() - at))));
    QVERIFY(reader.hasEvent());
    const Reader::Event e = reader.takeEvent();
    QCOMPARE(e.kind, Reader::Event::Kind::Text);
    QCOMPARE(e.payload.size(), payload.size());
    QCOMPARE(e.payload.capacity(), payload.size());
    QVERIFY(e.payload == payload);
}

void tst_WebSocketFrameReader::oversizedLengthIsRefusedBeforeBuffering()
{
    // An announced length far beyond memory: refused on the header, nothing reserved.
    Reader reader(1024);
    QByteArray header = frame(1, {}, true, 0, false, 0x3fffffffffffffffLL, 8);
    QVERIFY(!reader.feed(QByteArray(header + "abc")));
    QCOMPARE(reader.error(), Reader::Error::MessageTooLarge);
    QCOMPARE(reader.closeCode(), quint16(1009));

    // The limit counts all the fragments of a message.
    Reader fragments(1024);
    QVERIFY(fragments.feed(frame(1, QByteArray(600, 'a'), false)));
    QVERIFY(!fragments.feed(frame(0, QByteArray(600, 'a'))));
    QCOMPARE(fragments.error(), Reader::Error::MessageTooLarge);

    // Exactly the limit is fine.
    Reader exact(1024);
    QVERIFY(exact.feed(frame(1, QByteArray(1024, 'a'))));
    QCOMPARE(readAll(exact), QStringList { u"text:"_s + QString(1024, u'a') });
}

void tst_WebSocketFrameReader::nothingIsReadAfterClose()
{
    Reader reader(1024);
    QVERIFY(!reader.feed(QByteArray(frame(8, closePayload(1001)) + frame(1, "late"))));
    QVERIFY(reader.closeReceived());
    QCOMPARE(reader.error(), Reader::Error::None);
    QCOMPARE(readAll(reader), QStringList { u"close:1001:"_s });
}

QTEST_APPLESS_MAIN(tst_WebSocketFrameReader)
#include "tst_websocketframereader.moc"
