// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "core/protocol/enums.h"
#include "core/protocol/ids.h"
#include "core/protocol/message.h"
#include "core/protocol/methodcatalogue.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaEnum>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QJsonArray loadTable(const QString &name)
{
    QFile f(QStringLiteral(ROOMDECK_TEST_DATA_DIR) + u"/codec/"_s + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open test data %s", qPrintable(f.fileName()));
    return QJsonDocument::fromJson(f.readAll()).array();
}

QString errorName(DecodeResult::Error e)
{
    switch (e) {
    case DecodeResult::Error::None:
        return u"None"_s;
    case DecodeResult::Error::Empty:
        return u"Empty"_s;
    case DecodeResult::Error::TooLarge:
        return u"TooLarge"_s;
    case DecodeResult::Error::TooDeep:
        return u"TooDeep"_s;
    case DecodeResult::Error::InvalidJson:
        return u"InvalidJson"_s;
    case DecodeResult::Error::NotAnObject:
        return u"NotAnObject"_s;
    case DecodeResult::Error::MissingMethod:
        return u"MissingMethod"_s;
    case DecodeResult::Error::BadFieldType:
        return u"BadFieldType"_s;
    }
    return {};
}

QString kindName(RoomMessage::Kind k)
{
    switch (k) {
    case RoomMessage::Kind::Request:
        return u"request"_s;
    case RoomMessage::Kind::Reply:
        return u"reply"_s;
    case RoomMessage::Kind::Event:
        return u"event"_s;
    }
    return {};
}

} // namespace

class tst_ProtocolCodec final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodeTable_data();
    void decodeTable();
    void hugeFrameRefusedBeforeParsing();
    void deepNestingRefused();
    void nestingDepthCountsOnlyStructure();
    void randomBytesNeverCrash();
    void invalidUtf8();
    void encodeRequestRoundTrip();
    void encodeReplyEchoesRequestId();
    void encodeEventShape();
    void decodeRequestKeepsRequestIdOnError();
    void catalogueCounts();
    void catalogueAdminOnlyMatchesSpec();
    void catalogueParamTypes();
    void ids_data();
    void ids();
    void idHelpers();
    void enumTexts();
    void unknownEnumValuesReadable();
};

void tst_ProtocolCodec::decodeTable_data()
{
    QTest::addColumn<QByteArray>("frame");
    QTest::addColumn<QJsonObject>("expect");
    const QJsonArray table = loadTable(u"frames.json"_s);
    QVERIFY(table.size() >= 25);
    for (const QJsonValue &v : table) {
        const QJsonObject row = v.toObject();
        QTest::newRow(qPrintable(row.value(u"name"_s).toString()))
            << row.value(u"frame"_s).toString().toUtf8() << row.value(u"expect"_s).toObject();
    }
}

void tst_ProtocolCodec::decodeTable()
{
    QFETCH(QByteArray, frame);
    QFETCH(QJsonObject, expect);
    const DecodeResult r = ProtocolCodec().decode(frame);
    if (expect.contains(u"decodeError"_s)) {
        QVERIFY(!r.ok());
        QCOMPARE(errorName(r.error), expect.value(u"decodeError"_s).toString());
        QVERIFY2(!r.reason.isEmpty(), "every decode error carries a reason");
        return;
    }
    QVERIFY2(r.ok(), qPrintable(r.reason));
    QCOMPARE(kindName(r.message.kind), expect.value(u"kind"_s).toString());
    if (expect.contains(u"method"_s))
        QCOMPARE(r.message.method, expect.value(u"method"_s).toString());
    if (expect.contains(u"event"_s))
        QCOMPARE(r.message.event, expect.value(u"event"_s).toString());
    if (expect.contains(u"requestId"_s))
        QCOMPARE(r.message.requestIdText(), expect.value(u"requestId"_s).toString());
    if (expect.contains(u"result"_s))
        QCOMPARE(r.message.result, expect.value(u"result"_s).toBool());
    if (expect.contains(u"error"_s))
        QCOMPARE(r.message.error, expect.value(u"error"_s).toString());
    if (r.message.isReply() && !r.message.result)
        QVERIFY(!r.message.error.isEmpty());
}

void tst_ProtocolCodec::hugeFrameRefusedBeforeParsing()
{
    ProtocolCodec codec(ProtocolCodec::Limits { 1024, 64 });
    QByteArray big = R"({"method":"event","event":"x","pad":")";
    big.append(QByteArray(4096, 'a'));
    big.append("\"}");
    const DecodeResult r = codec.decode(big);
    QCOMPARE(r.error, DecodeResult::Error::TooLarge);
    QVERIFY(r.reason.contains(u"1024"_s));

    // The default limit accepts a large but legitimate address book (8 MiB).
    QByteArray book = R"({"method":"getAbook","requestId":"1","result":true,"abook":[)";
    const QByteArray contact = R"({"peerId":"user00000@srv","peerDn":"User","status":1},)";
    while (book.size() < 8 * 1024 * 1024)
        book.append(contact);
    book.chop(1);
    book.append("]}");
    const DecodeResult ok = ProtocolCodec().decode(book);
    QVERIFY2(ok.ok(), qPrintable(ok.reason));
}

void tst_ProtocolCodec::deepNestingRefused()
{
    QByteArray deep = R"({"method":"event","event":"x","v":)";
    for (int i = 0; i < 100000; ++i)
        deep.append('[');
    const DecodeResult r = ProtocolCodec().decode(deep);
    QCOMPARE(r.error, DecodeResult::Error::TooDeep);

    QByteArray fine = R"({"method":"event","event":"x","v":)";
    for (int i = 0; i < 30; ++i)
        fine.append("{\"a\":");
    fine.append("1");
    for (int i = 0; i < 30; ++i)
        fine.append('}');
    fine.append('}');
    QVERIFY(ProtocolCodec().decode(fine).ok());
}

void tst_ProtocolCodec::nestingDepthCountsOnlyStructure()
{
    // (moc cannot read raw string literals inside macro arguments: plain literals here)
    const QByteArray quoted = "{\"a\":\"[[[[\\\"{{{\"}";
    QCOMPARE(ProtocolCodec::nestingDepth(quoted, 10), 1);
    QCOMPARE(ProtocolCodec::nestingDepth("[[[]]]", 10), 3);
    QCOMPARE(ProtocolCodec::nestingDepth("]]]]{", 10), 1);
    QCOMPARE(ProtocolCodec::nestingDepth("", 10), 0);
}

void tst_ProtocolCodec::randomBytesNeverCrash()
{
    QRandomGenerator rng(20261124);
    const ProtocolCodec codec;
    const QByteArray alphabet = R"({}[]":,\ 0123456789abcdefmethodeventresult-truefalsenull)";
    int decodedOk = 0;
    for (int i = 0; i < 3000; ++i) {
        QByteArray frame;
        const int len = int(rng.bounded(200));
        for (int j = 0; j < len; ++j)
            frame.append(i % 2 ? char(rng.bounded(256))
                               : alphabet.at(rng.bounded(alphabet.size())));
        const DecodeResult r = codec.decode(frame);
        if (r.ok())
            ++decodedOk;
        else
            QVERIFY(!r.reason.isEmpty());
    }
    QVERIFY(decodedOk < 3000);
}

void tst_ProtocolCodec::invalidUtf8()
{
    const QByteArray frame = "{\"method\":\"event\",\"event\":\"x\xff\xfe\"}";
    const DecodeResult r = ProtocolCodec().decode(frame);
    // Either refused with a reason or decoded with replacement characters; never a crash.
    QVERIFY(r.ok() || !r.reason.isEmpty());
}

void tst_ProtocolCodec::encodeRequestRoundTrip()
{
    const QByteArray frame
        = ProtocolCodec::encodeRequest(u"call"_s, { { u"peerId"_s, u"alice@srv"_s } }, u"rd-1"_s);
    const QJsonObject o = QJsonDocument::fromJson(frame).object();
    QCOMPARE(o.value(u"method"_s).toString(), u"call"_s);
    QCOMPARE(o.value(u"requestId"_s).toString(), u"rd-1"_s);
    QCOMPARE(o.value(u"peerId"_s).toString(), u"alice@srv"_s);
    QVERIFY(!frame.contains('\n'));

    const QByteArray noId = ProtocolCodec::encodeRequest(u"getAppState"_s, {}, {});
    QVERIFY(!QJsonDocument::fromJson(noId).object().contains(u"requestId"_s));

    const DecodeResult r = ProtocolCodec().decodeRequest(frame);
    QVERIFY(r.ok());
    QCOMPARE(r.message.method, u"call"_s);
    QCOMPARE(r.message.requestIdText(), u"rd-1"_s);
}

void tst_ProtocolCodec::encodeReplyEchoesRequestId()
{
    auto parse = [](const QByteArray &b) {
        return QJsonDocument::fromJson(b).object();
    };
    QCOMPARE(parse(ProtocolCodec::encodeReply(u"x"_s, QJsonValue(7), true)).value(u"requestId"_s),
             QJsonValue(7));
    QCOMPARE(parse(ProtocolCodec::encodeReply(u"x"_s, QJsonValue(), true)).value(u"requestId"_s),
             QJsonValue(QJsonValue::Null));
    QCOMPARE(parse(ProtocolCodec::encodeReply(u"x"_s, QJsonValue(QJsonValue::Undefined), true))
                 .value(u"requestId"_s),
             QJsonValue(u""_s));
    const QJsonObject err = parse(ProtocolCodec::encodeError(u""_s, u"é"_s, u"Invalid JSON"_s));
    QCOMPARE(err.value(u"result"_s), QJsonValue(false));
    QCOMPARE(err.value(u"error"_s).toString(), u"Invalid JSON"_s);
    QCOMPARE(err.value(u"requestId"_s).toString(), u"é"_s);
}

void tst_ProtocolCodec::encodeEventShape()
{
    const DecodeResult r = ProtocolCodec().decode(
        ProtocolCodec::encodeEvent(u"myEvent"_s, { { u"data"_s, u"hello"_s } }));
    QVERIFY(r.ok());
    QVERIFY(r.message.isEvent());
    QCOMPARE(r.message.event, u"myEvent"_s);
    QCOMPARE(r.message.body.value(u"data"_s).toString(), u"hello"_s);
}

void tst_ProtocolCodec::decodeRequestKeepsRequestIdOnError()
{
    const DecodeResult r = ProtocolCodec().decodeRequest(R"({"requestId":"r1","method":3})");
    QCOMPARE(r.error, DecodeResult::Error::BadFieldType);
    QCOMPARE(r.message.requestIdText(), u"r1"_s);
}

void tst_ProtocolCodec::catalogueCounts()
{
    const MethodCatalogue &c = MethodCatalogue::instance();
    QCOMPARE(c.methodCount(), 260);
    QCOMPARE(c.eventCount(), 180);
    QVERIFY(c.isMethod(u"auth"_s));
    QVERIFY(c.event(u"appStateChanged"_s));
    QVERIFY(c.method(u"login"_s) && c.event(u"login"_s)); // both a method and an event
    QVERIFY(!c.isMethod(u"noSuchMethod"_s));
}

void tst_ProtocolCodec::catalogueAdminOnlyMatchesSpec()
{
    // room-api.md §4.1, verbatim.
    QStringList expected
        = { u"connectToServer"_s, u"login"_s,           u"logout"_s,   u"connectToService"_s,
            u"getHardwareKey"_s,  u"activateLicense"_s, u"shutdown"_s, u"rebootSystem"_s,
            u"shutdownSystem"_s,  u"clearTokens"_s,     u"setLogo"_s,  u"getInfoWidgetsState"_s,
            u"setDefaultLogo"_s,  u"getLogo"_s };
    expected.sort();
    QCOMPARE(MethodCatalogue::instance().adminOnlyMethods(), expected);
    QVERIFY(!MethodCatalogue::instance().isAdminOnly(u"setBackground"_s));
    QVERIFY(!MethodCatalogue::instance().isAdminOnly(u"setAuthParams"_s));
    // isAdminOnly() answers from a table extracted at build time: it says what the whole
    // catalogue says, for every method and event name (login is both).
    const MethodCatalogue &c = MethodCatalogue::instance();
    for (const QString &name : c.methodNames() + c.eventNames()) {
        const MethodCatalogue::Entry *method = c.method(name);
        QCOMPARE(c.isAdminOnly(name),
                 method != nullptr && method->access == MethodCatalogue::Access::AdminOnly);
    }
    QVERIFY(!c.isAdminOnly(QString()));
    QVERIFY(!c.isAdminOnly(u"setlogo"_s));
}

void tst_ProtocolCodec::catalogueParamTypes()
{
    const MethodCatalogue::Entry *setLogo = MethodCatalogue::instance().method(u"setLogo"_s);
    QVERIFY(setLogo);
    bool sawFileId = false;
    for (const MethodCatalogue::Param &p : setLogo->params) {
        if (p.name == u"fileId"_s) {
            sawFileId = true;
            QCOMPARE(int(p.type), int(MethodCatalogue::ParamType::Int));
        }
    }
    QVERIFY(sawFileId);
    QCOMPARE(int(MethodCatalogue::parseParam(u"x"_s, u"bool"_s).type),
             int(MethodCatalogue::ParamType::Bool));
    QVERIFY(MethodCatalogue::parseParam(u"port"_s, u"int (default 4307)"_s).optional);
}

void tst_ProtocolCodec::ids_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("callId");
    for (const QJsonValue &v : loadTable(u"ids.json"_s)) {
        const QJsonObject o = v.toObject();
        const QString id = o.value(u"id"_s).toString();
        QTest::newRow(qPrintable(id.isEmpty() ? u"(empty)"_s : id))
            << id << o.value(u"kind"_s).toString() << o.value(u"callId"_s).toString();
    }
}

void tst_ProtocolCodec::ids()
{
    QFETCH(QString, id);
    QFETCH(QString, kind);
    QFETCH(QString, callId);
    static const QHash<RoomIds::Kind, QString> names = {
        { RoomIds::Kind::Invalid, u"Invalid"_s },
        { RoomIds::Kind::PeerId, u"PeerId"_s },
        { RoomIds::Kind::CallId, u"CallId"_s },
        { RoomIds::Kind::InstanceId, u"InstanceId"_s },
        { RoomIds::Kind::ConferenceId, u"ConferenceId"_s },
        { RoomIds::Kind::ConferenceCall, u"ConferenceCall"_s },
        { RoomIds::Kind::SipContact, u"SipContact"_s },
    };
    QCOMPARE(names.value(RoomIds::kindOf(id)), kind);
    QCOMPARE(RoomIds::toCallId(id, u"video.example.net"_s), callId);
    QCOMPARE(RoomIds::isCallable(id), kind != u"Invalid"_s);
    QCOMPARE(RoomIds::validationError(id).isEmpty(), kind != u"Invalid"_s);
}

void tst_ProtocolCodec::idHelpers()
{
    QVERIFY(RoomIds::sameUser(u"Alice@Srv/abc"_s, u"alice@srv"_s));
    QVERIFY(!RoomIds::sameUser(u"alice@srv"_s, u"bob@srv"_s));
    QCOMPARE(RoomIds::stripInstance(u"a@b/c"_s), u"a@b"_s);
    QCOMPARE(RoomIds::conferenceCall(u"demo"_s), u"\\c\\demo"_s);
    const RoomIds::Parsed p = RoomIds::parse(u"a@b/c"_s);
    QCOMPARE(p.user, u"a"_s);
    QCOMPARE(p.server, u"b"_s);
    QCOMPARE(p.instance, u"c"_s);
}

void tst_ProtocolCodec::enumTexts()
{
    for (int s = 0; s <= 6; ++s) {
        QVERIFY(!Room::appStateName(s).isEmpty());
        QVERIFY(!Room::appStateName(s).contains(u"unknown"_s));
    }
    QCOMPARE(Room::appStateName(3), u"Normal"_s);
    for (int c = 0; c <= 22; ++c)
        QVERIFY2(!Room::rejectCauseText(c).startsWith(u"unknown"_s),
                 qPrintable(QString::number(c)));
    for (int c = 1; c <= 8; ++c)
        QVERIFY(!Room::authNeededCauseText(c).startsWith(u"unknown"_s));
    for (int r : { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 65213 })
        QVERIFY(!Room::loginResultText(r).startsWith(u"unknown"_s));
    for (int s : { -1, 0, 1, 2, 5 })
        QVERIFY(!Room::peerStatusText(s).startsWith(u"unknown"_s));
    for (int s = -1; s <= 10; ++s)
        QVERIFY(!Room::extStatusText(s).startsWith(u"unknown"_s));
    for (int m = 0; m <= 2; ++m)
        QVERIFY(!Room::mediaStateText(m).startsWith(u"unknown"_s));
    for (int r = 0; r <= 5; ++r)
        QVERIFY(!Room::participantRoleText(r).startsWith(u"unknown"_s));
    QCOMPARE(Room::roleWireName(Room::Role::Admin), u"admin"_s);
    QCOMPARE(Room::roleFromWireName(u"USER"_s), Room::Role::User);
    Room::Protection p;
    QVERIFY(Room::protectionFromWireName(u"pin"_s, &p));
    QCOMPARE(p, Room::Protection::Pin);
    QVERIFY(!Room::protectionFromWireName(u"foo"_s, &p));
    QCOMPARE(Room::appStateFromInt(7), Room::AppState::Unknown);
}

void tst_ProtocolCodec::unknownEnumValuesReadable()
{
    QCOMPARE(Room::rejectCauseText(99), u"unknown (99)"_s);
    QCOMPARE(Room::appStateName(12), u"unknown (12)"_s);
    QCOMPARE(Room::authNeededCauseText(0), u"unknown (0)"_s);
}

QTEST_APPLESS_MAIN(tst_ProtocolCodec)
#include "tst_protocolcodec.moc"
