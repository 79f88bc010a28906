// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors

// JsonSpans: finding a member's value and an array's elements in JSON text as written, and
// refusing what is not well formed (the caller then parses the whole as before).

#include "core/protocol/jsonspans.h"

#include <QTest>

using namespace Qt::StringLiterals;

class tst_JsonSpans final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsAMembersValue_data();
    void findsAMembersValue();
    void walksAnArray_data();
    void walksAnArray();
    void stopsWhenAskedAndOnEveryCutOfAValidText();
};

void tst_JsonSpans::findsAMembersValue_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("value"); // "<none>" when not found

    QTest::newRow("first") << R"({"a":1,"b":2})"_ba
                           << "a"_ba
                           << "1"_ba;
    QTest::newRow("last, spaces") << "{ \"a\" : [1, {\"x\": \"]\"}] ,\n \"b\" : \"v\" }"_ba
                                  << "b"_ba
                                  << R"("v")"_ba;
    QTest::newRow("after a nested array") << R"({"a":[[1,2],{"k":[3]}],"abook":[{"p":"}"}]})"_ba
                                          << "abook"_ba
                                          << R"([{"p":"}"}])"_ba;
    QTest::newRow("escaped quote in a string") << R"({"a":"x\"y","b":true})"_ba
                                               << "b"_ba
                                               << "true"_ba;
    QTest::newRow("key only nested") << R"({"a":{"abook":[1]}})"_ba
                                     << "abook"_ba
                                     << "<none>"_ba;
    QTest::newRow("absent") << R"({"a":1})"_ba
                            << "b"_ba
                            << "<none>"_ba;
    QTest::newRow("empty object") << "{}"_ba
                                  << "a"_ba
                                  << "<none>"_ba;
    QTest::newRow("not an object") << "[1]"_ba
                                   << "a"_ba
                                   << "<none>"_ba;
    QTest::newRow("unclosed string") << R"({"a":"x)"_ba
                                     << "a"_ba
                                     << "<none>"_ba;
    QTest::newRow("brackets of two kinds") << R"({"a":[1},"b":2})"_ba
                                           << "b"_ba
                                           << "<none>"_ba;
    QTest::newRow("missing colon") << R"({"a" 1,"b":2})"_ba
                                   << "b"_ba
                                   << "<none>"_ba;
    // As Qt's parser does, a raw control character in a string is let through.
    QTest::newRow("control character in a string") << "{\"a\":\"x\ny\",\"b\":2}"_ba
                                                   << "b"_ba
                                                   << "2"_ba;
}

void tst_JsonSpans::findsAMembersValue()
{
    QFETCH(QByteArray, json);
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, value);
    const std::optional<JsonSpans::Span> span = JsonSpans::member(json, key);
    if (value == "<none>") {
        QVERIFY(!span);
        return;
    }
    QVERIFY(span);
    QCOMPARE(json.mid(span->begin, span->end - span->begin), value);
}

void tst_JsonSpans::walksAnArray_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("wellFormed");
    QTest::addColumn<QList<QByteArray>>("elements");

    QTest::newRow("empty") << "[ ]"_ba << true << QList<QByteArray> {};
    QTest::newRow("mixed") << R"([{"a":"],"}, 5 ,"s",[1,[2]],null])"_ba << true
                           << QList<QByteArray> { R"({"a":"],"})", "5", R"("s")", "[1,[2]]",
                                                  "null" };
    QTest::newRow("trailing comma") << "[1,]"_ba << false << QList<QByteArray> { "1" };
    QTest::newRow("unclosed") << R"([{"a":1},{"b":)"_ba << false
                              << QList<QByteArray> { R"({"a":1})" };
    QTest::newRow("text after it") << "[1] x"_ba << false << QList<QByteArray> { "1" };
    QTest::newRow("not an array") << R"({"a":1})"_ba << false << QList<QByteArray> {};
}

void tst_JsonSpans::walksAnArray()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, wellFormed);
    QFETCH(QList<QByteArray>, elements);
    QList<QByteArray> seen;
    const bool ok = JsonSpans::forEachElement(json, [&seen](QByteArrayView e) {
        seen.append(e.toByteArray());
        return true;
    });
    QCOMPARE(ok, wellFormed);
    QCOMPARE(seen, elements);
}

void tst_JsonSpans::stopsWhenAskedAndOnEveryCutOfAValidText()
{
    const QByteArray json = R"({"requestId":"7","abook":[{"peerId":"a@x","peerDn":"A \"q\""},)"
                            R"({"peerId":"b@x","tags":["}"]}],"result":true})"_ba;
    const std::optional<JsonSpans::Span> abook = JsonSpans::member(json, "abook");
    QVERIFY(abook);
    const QByteArray array = json.mid(abook->begin, abook->end - abook->begin);
    int calls = 0;
    QVERIFY(!JsonSpans::forEachElement(array, [&calls](QByteArrayView) { return ++calls < 1; }));
    QCOMPARE(calls, 1);
    QVERIFY(JsonSpans::forEachElement(array, [](QByteArrayView) { return true; }));
    // Every proper prefix of the array is refused, and of the object up to the member's value;
    // nothing reads past the end (the asan preset runs this too).
    for (qsizetype n = 0; n < array.size(); ++n)
        QVERIFY2(!JsonSpans::forEachElement(QByteArrayView(array).first(n),
                                            [](QByteArrayView) { return true; }),
                 array.first(n).constData());
    // (A literal or number cut short is the parser's to refuse: the scan does not read them.)
    const qsizetype resultStart = json.indexOf("true");
    QVERIFY(JsonSpans::member(QByteArrayView(json).first(resultStart + 4), "result"));
    for (qsizetype n = 0; n < resultStart; ++n) {
        const std::optional<JsonSpans::Span> cut
            = JsonSpans::member(QByteArrayView(json).first(n), "result");
        QVERIFY2(!cut, json.first(n).constData());
    }
}

QTEST_GUILESS_MAIN(tst_JsonSpans)
#include "tst_jsonspans.moc"
