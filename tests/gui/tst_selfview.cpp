// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors

// The self-view against a real simulator: live pictures only while visible, a placeholder
// that says why there is no picture, and old pictures never shown as live.

#include "core/http/framesource.h"
#include "gui/widgets/selfview.h"
#include "guitest.h"
#include "simroom.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using State = FrameSource::State;

namespace {

//! A strict simulator and a controller signed in to it.
struct LiveRoom
{
    LiveRoom()
        : sim(SimRoom::start())
        , controller(SimRoom::fastOptions())
    { }

    bool connect()
    {
        QSignalSpy ready(&controller, &RoomController::startupCompleted);
        controller.connectToRoom(SimRoom::addressOf(*sim),
                                 RoomController::Credentials::unsecured());
        return ready.wait(GuiTest::kTimeout);
    }

    FrameSource *self() { return FrameSources::of(&controller)->source(); }

    std::unique_ptr<RoomSimulator> sim;
    RoomController controller;
};

bool shown(QWidget *w)
{
    w->show();
    return QTest::qWaitForWindowExposed(w);
}

} // namespace

class tst_SelfView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void livePicturesOnlyWhileVisible();
    void minimizedAsksForNothing();
    void hiddenViewsDecodeNothing();
    void thumbnailMode();
    void brokenJpegShowsAPlaceholder();
    void placeholders();
    void oldPictureIsNotShownAsLive();
};

void tst_SelfView::livePicturesOnlyWhileVisible()
{
    LiveRoom room;
    QVERIFY(room.connect());
    SelfView view;
    QCOMPARE(view.heightForWidth(480), 270);
    view.setSource(room.self());
    QCOMPARE(view.askedRate(), 0.0); // not shown yet
    QCOMPARE(room.self()->rate(), 0.0);
    view.resize(480, 270);
    QVERIFY(shown(&view));
    QCOMPARE(view.askedRate(), SelfView::kFullRate);
    QCOMPARE(room.self()->rate(), SelfView::kFullRate);
    QTRY_VERIFY_WITH_TIMEOUT(!view.image().isNull(), GuiTest::kTimeout);
    QCOMPARE(view.image().size(), QSize(480, 270));
    QCOMPARE(view.placeholderText(), QString());
    QVERIFY(!view.isStale());
    GuiTest::saveShot(&view, u"selfview-live"_s);

    view.hide();
    QCOMPARE(view.askedRate(), 0.0);
    QCOMPARE(room.self()->rate(), 0.0);
    QTRY_VERIFY(!room.self()->isFetching());
    QVERIFY(!room.self()->isScheduled());
    QCOMPARE(room.sim->violations(), QStringList());
}

void tst_SelfView::minimizedAsksForNothing()
{
    LiveRoom room;
    QVERIFY(room.connect());
    SelfView view;
    view.setSource(room.self());
    QVERIFY(shown(&view));
    QCOMPARE(view.askedRate(), SelfView::kFullRate);
    view.setWindowState(Qt::WindowMinimized);
    QTRY_COMPARE(view.askedRate(), 0.0);
    QCOMPARE(room.self()->rate(), 0.0);
    view.setWindowState(Qt::WindowNoState);
    QTRY_COMPARE(view.askedRate(), SelfView::kFullRate);
}

void tst_SelfView::hiddenViewsDecodeNothing()
{
    LiveRoom room;
    QVERIFY(room.connect());
    // Two views of one source: it runs once, at the visible view's rate.
    QWidget window;
    auto *seen = new SelfView(&window);
    auto *unseen = new SelfView(&window);
    seen->setSource(room.self());
    unseen->setSource(room.self());
    unseen->hide();
    window.resize(500, 300);
    QVERIFY(shown(&window));
    QCOMPARE(room.self()->subscriberCount(), 1);
    QSignalSpy frames(room.self(), &FrameSource::frame);
    QTRY_VERIFY_WITH_TIMEOUT(frames.size() >= 2, GuiTest::kTimeout);
    QVERIFY(seen->decodedCount() >= 2);
    QCOMPARE(unseen->decodedCount(), 0);
    QVERIFY(unseen->image().isNull());
}

void tst_SelfView::thumbnailMode()
{
    LiveRoom room;
    QVERIFY(room.connect());
    SelfView view;
    view.setMode(SelfView::Mode::Thumbnail);
    view.setSource(room.self());
    view.resize(160, 90);
    QVERIFY(shown(&view));
    QCOMPARE(view.askedRate(), SelfView::kThumbnailRate);
    QCOMPARE(room.self()->rate(), SelfView::kThumbnailRate);
    QTRY_VERIFY_WITH_TIMEOUT(!view.image().isNull(), GuiTest::kTimeout);
    // Decoded at the size shown, not at the room's 480 x 270.
    const qreal dpr = view.devicePixelRatioF();
    QVERIFY(view.image().width() <= int(160 * dpr));
}

void tst_SelfView::brokenJpegShowsAPlaceholder()
{
    LiveRoom room;
    QVERIFY(room.connect());
    SelfView view;
    view.setSource(room.self());
    QVERIFY(shown(&view));
    QTRY_VERIFY_WITH_TIMEOUT(!view.image().isNull(), GuiTest::kTimeout);

    room.sim->setBrokenFrames(1000);
    QTRY_COMPARE_WITH_TIMEOUT(room.self()->state(), State::BrokenFrame, GuiTest::kTimeout);
    // The last good picture is not shown under a broken feed.
    QVERIFY(view.image().isNull());
    QCOMPARE(view.placeholderText(), SelfView::tr("Broken picture"));
    GuiTest::saveShot(&view, u"selfview-broken"_s);

    room.sim->setBrokenFrames(0);
    QTRY_VERIFY_WITH_TIMEOUT(!view.image().isNull(), GuiTest::kTimeout);
    QCOMPARE(view.placeholderText(), QString());
}

void tst_SelfView::placeholders()
{
    LiveRoom room;
    SelfView view;
    view.setSource(room.self());
    QVERIFY(shown(&view));
    QCOMPARE(view.placeholderText(), SelfView::tr("Not signed in"));

    QVERIFY(room.connect());
    QTRY_VERIFY_WITH_TIMEOUT(!view.image().isNull(), GuiTest::kTimeout);

    room.self()->setCameraMuted(true);
    QCOMPARE(view.placeholderText(), SelfView::tr("Camera off"));
    QVERIFY(view.image().isNull());
    room.self()->setCameraMuted(false);
    QTRY_VERIFY_WITH_TIMEOUT(!view.image().isNull(), GuiTest::kTimeout);

    room.sim->setHttpTokenExpiries(1000);
    QTRY_COMPARE_WITH_TIMEOUT(view.placeholderText(), SelfView::tr("Not authorized"),
                              GuiTest::kTimeout);
    room.sim->setHttpTokenExpiries(0);

    SelfView stranger;
    stranger.setSource(FrameSources::of(&room.controller)->source(u"nobody@sim.trueconf.local"_s));
    QVERIFY(shown(&stranger));
    QTRY_COMPARE_WITH_TIMEOUT(stranger.placeholderText(), SelfView::tr("No picture"),
                              GuiTest::kTimeout);

    SelfView none;
    QCOMPARE(none.placeholderText(), SelfView::tr("No camera"));
}

void tst_SelfView::oldPictureIsNotShownAsLive()
{
    LiveRoom room;
    QVERIFY(room.connect());
    SelfView view;
    view.setSource(room.self());
    view.resize(480, 270);
    QVERIFY(shown(&view));
    QTRY_VERIFY_WITH_TIMEOUT(!view.image().isNull(), GuiTest::kTimeout);
    const QImage live = view.grab().toImage();

    // A picture older than the limit is greyed (here: every picture, as the limit is 0).
    view.setStaleAfterMs(0);
    QTRY_VERIFY(view.isStale());
    QCOMPARE(view.placeholderText(), QString());
    GuiTest::saveShot(&view, u"selfview-stale"_s);
    const QImage greyed = view.grab().toImage();
    // Greyed: the saturated colour bars lose most of their colour.
    const auto saturation = [](const QImage &image) {
        qint64 sum = 0;
        for (int x = 10; x < image.width() - 10; x += 7)
            sum += QColor(image.pixel(x, image.height() / 3)).hsvSaturation();
        return sum;
    };
    QVERIFY2(saturation(greyed) < saturation(live) * 2 / 3,
             qPrintable(u"%1 vs %2"_s.arg(saturation(greyed)).arg(saturation(live))));
}

QTEST_MAIN(tst_SelfView)
#include "tst_selfview.moc"
