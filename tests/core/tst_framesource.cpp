// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "core/http/framesource.h"
#include "core/http/httptokenkeeper.h"
#include "simroom.h"

#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using State = FrameSource::State;

namespace {

// Every roomdeck.* log line of the test run, debug included.
QStringList g_logLines;
QtMessageHandler g_previousHandler = nullptr;
QLoggingCategory::CategoryFilter g_previousFilter = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &text)
{
    if (context.category && qstrncmp(context.category, "roomdeck.", 9) == 0) {
        g_logLines.append(text);
        if (type == QtDebugMsg || type == QtInfoMsg)
            return;
    }
    g_previousHandler(type, context, text);
}

void enableRoomDeckCategories(QLoggingCategory *category)
{
    if (g_previousFilter)
        g_previousFilter(category);
    if (qstrncmp(category->categoryName(), "roomdeck.", 9) == 0) {
        category->setEnabled(QtDebugMsg, true);
        category->setEnabled(QtInfoMsg, true);
    }
}

bool connectAndWait(RoomController &c, const RoomSimulator &sim)
{
    c.connectToRoom(SimRoom::addressOf(sim), RoomController::Credentials::unsecured());
    QSignalSpy spy(&c, &RoomController::startupCompleted);
    return c.isReady() || spy.wait(5000);
}

int tokenRequests(const RoomSimulator &sim)
{
    return int(sim.receivedMethods().count(u"getTokenForHttpServer"_s));
}

//! The HTTP tokens the room hands out, read from the replies the controller receives.
class TokenRecorder final : public QObject
{
public:
    explicit TokenRecorder(RoomController *c)
    {
        connect(c, &RoomController::requestFinished, this, [this](const RequestOutcome &o) {
            const QString token = o.reply.value(u"token"_s).toString();
            if (!token.isEmpty())
                tokens.append(token);
            const QString http = o.reply.value(u"tokenForHttpServer"_s).toString();
            if (!http.isEmpty())
                tokens.append(http);
        });
    }
    QStringList tokens;
};

void verifyNoTokenIn(const QStringList &texts, const QStringList &tokens)
{
    static const QRegularExpression unmasked(u"token=(?!\\*\\*\\*)"_s);
    for (const QString &line : texts) {
        QVERIFY2(!unmasked.match(line).hasMatch(), qPrintable(line));
        for (const QString &token : tokens)
            QVERIFY2(!line.contains(token), qPrintable(line));
    }
}

//! Runs one fetch and waits for its end; the state it left.
State fetchOne(FrameSource *source)
{
    QSignalSpy finished(source, &FrameSource::fetchFinished);
    source->fetchOnce();
    if (finished.isEmpty() && !finished.wait(5000))
        return State::Idle;
    return source->state();
}

} // namespace

//! FrameSource and HttpTokenKeeper against the simulator's built-in HTTP server (room-api.md
//! §3.4, §8, §10 i, r).
class tst_FrameSource final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void jpegMarkers();
    void framesAtTheRateWithOneToken();
    void adoptsTheSignInToken();
    void renewsTheTokenWhenItAges();
    void renewsOnceOn401();
    void unauthorizedAfterTwo401();
    void oneRequestInFlight();
    void rateZeroStops();
    void brokenFrameThenLiveAgain();
    void refusesOversizedFrames();
    void notFoundForUnknownPeer();
    void cameraMutedStopsFetching();
    void notConnectedThenResumes();
    void viewsShareOneSource();
};

void tst_FrameSource::initTestCase()
{
    qRegisterMetaType<RequestOutcome>();
    g_previousFilter = QLoggingCategory::installFilter(enableRoomDeckCategories);
    g_previousHandler = qInstallMessageHandler(captureMessage);
}

void tst_FrameSource::init()
{
    g_logLines.clear();
}

void tst_FrameSource::jpegMarkers()
{
    QVERIFY(FrameSource::looksLikeJpeg(QByteArray::fromHex("ffd8ffe000ffd9")));
    QVERIFY(FrameSource::looksLikeJpeg(QByteArray::fromHex("ffd8ffe000ffd90000"))); // padding
    QVERIFY(!FrameSource::looksLikeJpeg(QByteArray::fromHex("ffd8ffe00000"))); // truncated
    QVERIFY(!FrameSource::looksLikeJpeg("GIF89a...."));
    QVERIFY(!FrameSource::looksLikeJpeg({}));
    QVERIFY(!FrameSource::looksLikeJpeg(QByteArray::fromHex("ffd9")));
    QByteArray longTail = QByteArray::fromHex("ffd8ffe000ffd9") + QByteArray(100, 'x');
    QVERIFY(!FrameSource::looksLikeJpeg(longTail));
}

void tst_FrameSource::framesAtTheRateWithOneToken()
{
    auto sim = SimRoom::start();
    RoomController c(SimRoom::fastOptions());
    TokenRecorder recorder(&c);
    QVERIFY(connectAndWait(c, *sim));
    const int tokensBefore = tokenRequests(*sim);

    FrameSource *source = FrameSources::of(&c)->source();
    QCOMPARE(source->peerId(), u"#self:0"_s);
    QCOMPARE(source->state(), State::Idle);
    QSignalSpy frames(source, &FrameSource::frame);
    source->setRate(20);
    QCOMPARE(source->rate(), 20.0);
    QTRY_VERIFY_WITH_TIMEOUT(frames.size() >= 4, 10000);
    QCOMPARE(source->state(), State::Live);
    QVERIFY(source->errorText().isEmpty());
    for (int i = 0; i < frames.size(); ++i) {
        QVERIFY(FrameSource::looksLikeJpeg(frames.at(i).at(0).toByteArray()));
        QCOMPARE(frames.at(i).at(1).toLongLong(), qint64(i + 1));
    }
    QVERIFY(source->msecsSinceLastFrame() >= 0);
    // One token for every frame (it lives five minutes), not one per frame.
    QCOMPARE(tokenRequests(*sim) - tokensBefore, 1);
    source->setRate(0);
    verifyNoTokenIn(g_logLines, recorder.tokens);
    QCOMPARE(sim->violations(), QStringList());
}

void tst_FrameSource::adoptsTheSignInToken()
{
    auto sim = SimRoom::start();
    RoomController c(SimRoom::fastOptions());
    // The registry exists before the sign-in: it sees the auth reply's tokenForHttpServer.
    FrameSource *source = FrameSources::of(&c)->source();
    QVERIFY(connectAndWait(c, *sim));
    QVERIFY(!c.httpToken().isEmpty());
    QCOMPARE(fetchOne(source), State::Live);
    QCOMPARE(fetchOne(source), State::Live);
    QCOMPARE(tokenRequests(*sim), 0);
    QCOMPARE(source->sequence(), qint64(2));
}

void tst_FrameSource::renewsTheTokenWhenItAges()
{
    auto sim = SimRoom::start();
    RoomController c(SimRoom::fastOptions());
    QVERIFY(connectAndWait(c, *sim));
    FrameSources *sources = FrameSources::of(&c);
    // A token older than the reuse time is renewed before it is used again.
    sources->tokens()->setReuseMs(0);
    FrameSource *source = sources->source();
    for (int i = 0; i < 3; ++i)
        QCOMPARE(fetchOne(source), State::Live);
    QCOMPARE(tokenRequests(*sim), 3);
    QCOMPARE(sim->frameRequestCount(), quint64(3));
}

void tst_FrameSource::renewsOnceOn401()
{
    auto sim = SimRoom::start();
    RoomController c(SimRoom::fastOptions());
    QVERIFY(connectAndWait(c, *sim));
    FrameSource *source = FrameSources::of(&c)->source();
    QCOMPARE(fetchOne(source), State::Live);
    QCOMPARE(tokenRequests(*sim), 1);

    // The reused token ran out on its way: one fresh token, one retry, a frame.
    sim->setHttpTokenExpiries(1);
    QSignalSpy frames(source, &FrameSource::frame);
    QCOMPARE(fetchOne(source), State::Live);
    QCOMPARE(frames.size(), 1);
    QCOMPARE(tokenRequests(*sim), 2);
    QCOMPARE(sim->frameRequestCount(), quint64(3));
    // The fresh token is reused again afterwards.
    QCOMPARE(fetchOne(source), State::Live);
    QCOMPARE(tokenRequests(*sim), 2);
    QCOMPARE(sim->violations(), QStringList());
}

void tst_FrameSource::unauthorizedAfterTwo401()
{
    auto sim = SimRoom::start();
    RoomController c(SimRoom::fastOptions());
    TokenRecorder recorder(&c);
    QVERIFY(connectAndWait(c, *sim));
    FrameSource *source = FrameSources::of(&c)->source();
    sim->setHttpTokenExpiries(2);
    QSignalSpy frames(source, &FrameSource::frame);
    QCOMPARE(fetchOne(source), State::Unauthorized);
    QCOMPARE(frames.size(), 0);
    QCOMPARE(sim->frameRequestCount(), quint64(2));
    const QString text = source->errorText();
    QVERIFY2(text.contains(u"401"_s), qPrintable(text));
    QVERIFY(!recorder.tokens.isEmpty());
    verifyNoTokenIn({ text }, recorder.tokens);
    verifyNoTokenIn(g_logLines, recorder.tokens);

    // The next fetch starts afresh and succeeds.
    QCOMPARE(fetchOne(source), State::Live);
    QVERIFY(source->errorText().isEmpty());
}

void tst_FrameSource::oneRequestInFlight()
{
    auto sim = SimRoom::start();
    RoomController c(SimRoom::fastOptions());
    QVERIFY(connectAndWait(c, *sim));
    FrameSource *source = FrameSources::of(&c)->source();
    // A slow token and a high rate: requests would pile up if the source did not wait.
    sim->setReplyDelay(u"getTokenForHttpServer"_s, 200);
    FrameSources::of(&c)->tokens()->setReuseMs(0);
    int finished = 0;
    bool overlapped = false;
    connect(source, &FrameSource::fetchFinished, this, [&] {
        ++finished;
        overlapped |= sim->frameRequestCount() != quint64(finished);
    });
    source->fetchOnce();
    QVERIFY(source->isFetching());
    source->setRate(30);
    source->fetchOnce(); // ignored while a fetch runs
    QTRY_VERIFY_WITH_TIMEOUT(finished >= 4, 10000);
    source->setRate(0);
    QTRY_VERIFY(!source->isFetching());
    QVERIFY(!overlapped);
    QCOMPARE(sim->frameRequestCount(), quint64(finished));
    QCOMPARE(tokenRequests(*sim), finished);
}

void tst_FrameSource::rateZeroStops()
{
    auto sim = SimRoom::start();
    RoomController c(SimRoom::fastOptions());
    QVERIFY(connectAndWait(c, *sim));
    FrameSource *source = FrameSources::of(&c)->source();
    QSignalSpy frames(source, &FrameSource::frame);
    // Stopped while a fetch runs (from inside the frame signal, the fetch is still on): it
    // ends, and the source is Idle, not Live.
    bool wasFetching = false;
    connect(source, &FrameSource::frame, this, [&](const QByteArray &, qint64 sequence) {
        if (sequence == 2) {
            wasFetching = source->isFetching();
            source->setRate(0);
        }
    });
    source->setRate(20);
    QTRY_VERIFY_WITH_TIMEOUT(frames.size() >= 2, 10000);
    QVERIFY(wasFetching);
    QTRY_VERIFY(!source->isFetching());
    QVERIFY(!source->isScheduled());
    QCOMPARE(source->state(), State::Idle);
    const quint64 served = sim->frameRequestCount();

    // A round trip through the same HTTP server as a barrier: nothing more from the source.
    FrameSource other(&c);
    QCOMPARE(fetchOne(&other), State::Live);
    QCOMPARE(sim->frameRequestCount(), served + 1);
    QVERIFY(!source->isScheduled());
    QCOMPARE(frames.size(), int(source->sequence()));
}

void tst_FrameSource::brokenFrameThenLiveAgain()
{
    auto sim = SimRoom::start();
    RoomController c(SimRoom::fastOptions());
    QVERIFY(connectAndWait(c, *sim));
    FrameSource *source = FrameSources::of(&c)->source();
    QCOMPARE(fetchOne(source), State::Live);
    const QByteArray good = source->lastFrame();

    sim->setBrokenFrames(2);
    QSignalSpy frames(source, &FrameSource::frame);
    QSignalSpy states(source, &FrameSource::stateChanged);
    source->setRate(20);
    QTRY_VERIFY_WITH_TIMEOUT(frames.size() >= 1, 10000);
    source->setRate(0);
    QCOMPARE(states.first().at(0).value<State>(), State::BrokenFrame);
    QVERIFY2(states.first().at(1).toString().contains(u"not a JPEG"_s),
             qPrintable(states.first().at(1).toString()));
    // Broken bytes never reach a view: the sequence counts good frames only.
    QCOMPARE(frames.first().at(1).toLongLong(), qint64(2));
    QVERIFY(FrameSource::looksLikeJpeg(frames.first().at(0).toByteArray()));
    QVERIFY(source->lastFrame() != good);
}

void tst_FrameSource::refusesOversizedFrames()
{
    auto sim = SimRoom::start();
    RoomController c(SimRoom::fastOptions());
    QVERIFY(connectAndWait(c, *sim));
    FrameSource source(&c);
    source.setMaxFrameBytes(1000);
    QSignalSpy frames(&source, &FrameSource::frame);
    QCOMPARE(fetchOne(&source), State::BrokenFrame);
    QVERIFY2(source.errorText().contains(u"larger than"_s), qPrintable(source.errorText()));
    QCOMPARE(frames.size(), 0);
}

void tst_FrameSource::notFoundForUnknownPeer()
{
    auto sim = SimRoom::start();
    RoomController c(SimRoom::fastOptions());
    QVERIFY(connectAndWait(c, *sim));
    FrameSource *source = FrameSources::of(&c)->source(u"nobody@sim.trueconf.local"_s);
    QCOMPARE(fetchOne(source), State::NotFound);
    QVERIFY2(source->errorText().contains(u"nobody@sim.trueconf.local"_s),
             qPrintable(source->errorText()));
    // Errors are retried, but no faster than the retry interval.
    source->setRetryInterval(60000);
    source->setRate(30);
    QVERIFY(source->isScheduled());
    const quint64 served = sim->frameRequestCount();
    FrameSource other(&c);
    QCOMPARE(fetchOne(&other), State::Live);
    QCOMPARE(sim->frameRequestCount(), served + 1);
}

void tst_FrameSource::cameraMutedStopsFetching()
{
    auto sim = SimRoom::start();
    RoomController c(SimRoom::fastOptions());
    QVERIFY(connectAndWait(c, *sim));
    FrameSource *source = FrameSources::of(&c)->source();
    QSignalSpy frames(source, &FrameSource::frame);
    source->setRate(20);
    QTRY_VERIFY_WITH_TIMEOUT(frames.size() >= 1, 10000);

    FrameSources::of(&c)->setCameraMuted(true);
    QCOMPARE(source->state(), State::CameraOff);
    QVERIFY(!source->errorText().isEmpty());
    QVERIFY(!source->isFetching());
    QVERIFY(!source->isScheduled());
    const quint64 served = sim->frameRequestCount();
    QCOMPARE(fetchOne(source), State::CameraOff);
    QCOMPARE(sim->frameRequestCount(), served);

    const int before = int(frames.size());
    source->setCameraMuted(false);
    QTRY_VERIFY_WITH_TIMEOUT(frames.size() > before, 10000);
    QCOMPARE(source->state(), State::Live);
    source->setRate(0);
}

void tst_FrameSource::notConnectedThenResumes()
{
    auto sim = SimRoom::start();
    RoomController c(SimRoom::fastOptions());
    FrameSource *source = FrameSources::of(&c)->source();
    source->setRate(10);
    QCOMPARE(source->state(), State::NotConnected);
    QVERIFY(!source->errorText().isEmpty());
    QVERIFY(!source->isScheduled());

    QSignalSpy frames(source, &FrameSource::frame);
    QVERIFY(connectAndWait(c, *sim));
    QTRY_VERIFY_WITH_TIMEOUT(frames.size() >= 1, 10000);
    QCOMPARE(source->state(), State::Live);

    c.disconnectFromRoom();
    QCOMPARE(source->state(), State::NotConnected);
    QVERIFY(!source->isFetching());
    QVERIFY(!source->isScheduled());
}

void tst_FrameSource::viewsShareOneSource()
{
    RoomController c(SimRoom::fastOptions());
    RoomController other(SimRoom::fastOptions());
    FrameSources *sources = FrameSources::of(&c);
    QCOMPARE(FrameSources::of(&c), sources);
    QVERIFY(FrameSources::of(&other) != sources);
    QCOMPARE(FrameSources::of(nullptr), nullptr);
    FrameSource *self = sources->source();
    QCOMPARE(sources->source(u"#self:0"_s), self);
    QVERIFY(sources->source(u"alice@x"_s) != self);

    auto big = std::make_unique<QObject>();
    auto thumb = std::make_unique<QObject>();
    self->setSubscriberRate(big.get(), 5);
    self->setSubscriberRate(thumb.get(), 1);
    QCOMPARE(self->subscriberCount(), 2);
    QCOMPARE(self->rate(), 5.0);
    big.reset(); // a view that goes away drops out
    QCOMPARE(self->subscriberCount(), 1);
    QCOMPARE(self->rate(), 1.0);
    self->setRate(2);
    QCOMPARE(self->rate(), 2.0);
    self->setSubscriberRate(thumb.get(), 0);
    self->setRate(0);
    QCOMPARE(self->rate(), 0.0);
    QCOMPARE(self->subscriberCount(), 0);
    self->setRate(1000);
    QCOMPARE(self->rate(), FrameSource::kMaxRate);
    self->setRate(0);
}

QTEST_GUILESS_MAIN(tst_FrameSource)
#include "tst_framesource.moc"
