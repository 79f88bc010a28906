// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
//
// The hostile room's large cases (issue 12, defects 1 and 4) timed through the whole GUI: a
// MainWindow (offscreen, shown) signed in to the simulator in this process, which then sends
//  - one contactsAdded event listing 20,000 new contacts,
//  - an event with a 1 MB name, and five of them in a row,
//  - an error reply with a 1 MB error text.
// Each time runs from handing the frame to the simulator until the answer to a getAppState sent
// right behind it arrives: the reply travels behind the frame on the same socket, so the GUI
// has handled the frame by then. A small event is timed the same way as the baseline. Prints
// the figures; exit code 0 means the work was done, timings are never asserted.
#include "benchutil.h"
#include "core/models/peerlistmodel.h"
#include "gui/console/roomconsole.h"
#include "gui/mainwindow.h"
#include "simroom.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTimer>

#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;

namespace {

void say(const QString &line)
{
    std::fputs(qPrintable(u"bench_hostile: "_s + line + u'\n'), stdout);
    std::fflush(stdout);
}

QByteArray eventFrame(const QByteArray &name, const QByteArray &extra = {})
{
    return "{\"method\":\"event\",\"event\":\"" + name + "\"" + extra + "}";
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true); // no settings of a real operator are touched
    QApplication app(argc, argv);
    qRegisterMetaType<RequestOutcome>();

    auto sim = SimRoom::start();
    RoomController controller(SimRoom::fastOptions());
    MainWindow window(&controller);
    window.show();
    controller.connectToRoom(SimRoom::addressOf(*sim), RoomController::Credentials::unsecured());
    if (!Bench::waitUntil(
            [&] { return controller.isReady() && window.console()->peerModel()->isLoaded(); },
            20000)) {
        say(u"FAILED: not connected"_s);
        return 1;
    }
    const int bookBefore = window.console()->peerModel()->rowCount();
    // Every case must be handled on the same connection: a drop would hide the cost.
    int drops = 0;
    QObject::connect(&controller, &RoomController::connectionLost, &window,
                     [&](const QString &reason) {
                         ++drops;
                         say(u"connection lost: "_s + reason);
                     });

    int code = 0;
    // Sends `frames`, then a getAppState; returns ms until that reply (-1: none within 120 s).
    const auto timeThrough = [&](const QList<QByteArray> &frames) {
        bool ended = false;
        QEventLoop loop;
        QTimer::singleShot(120000, &loop, &QEventLoop::quit);
        QElapsedTimer timer;
        timer.start();
        for (const QByteArray &frame : frames)
            sim->sendRawFrame(frame);
        controller.sendRequest(
            u"getAppState"_s, {}, &loop,
            [&](const RequestOutcome &) {
                ended = true;
                loop.quit();
            },
            120000);
        loop.exec();
        if (!ended)
            return -1.0;
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        QCoreApplication::processEvents(); // the paints the frame caused
        return ms;
    };
    QList<double> baseline;
    for (int i = 0; i < 7; ++i)
        baseline.append(timeThrough({ eventFrame("benchTick", ",\"n\":1") }));
    const double base = Bench::percentile(baseline, 50);
    // On loopback the baseline is mostly TCP's delayed acknowledgement meeting Nagle's
    // algorithm (the room's reply waits for the ack of the event before it): it is printed,
    // and each case is also given without it.
    say(u"baseline (a small event and the request behind it): median %1 ms"_s.arg(base, 0, 'f', 2));
    const auto report = [&](const QString &what, double ms) {
        if (ms < 0) {
            say(u"FAILED: "_s + what + u": no answer within 120 s"_s);
            code = 1;
        } else {
            say(u"%1: %2 ms (%3 ms beyond the baseline)"_s.arg(what)
                    .arg(ms, 0, 'f', 1)
                    .arg(qMax(0.0, ms - base), 0, 'f', 1));
        }
    };

    // Defect 1: one contactsAdded listing 20,000 new contacts.
    const int added = 20000;
    QJsonArray contacts;
    for (int i = 0; i < added; ++i)
        contacts.append(QJsonObject { { u"peerId"_s, u"hostile%1@sim.trueconf.local"_s.arg(i) },
                                      { u"peerDn"_s, u"Hostile contact %1"_s.arg(i) },
                                      { u"status"_s, i % 3 },
                                      { u"extStatus"_s, i % 11 } });
    const QByteArray batch = QJsonDocument(QJsonObject { { u"method"_s, u"event"_s },
                                                         { u"event"_s, u"contactsAdded"_s },
                                                         { u"contacts"_s, contacts } })
                                 .toJson(QJsonDocument::Compact);
    report(u"one contactsAdded with %1 contacts (%2 MiB), handled by the GUI"_s.arg(added).arg(
               double(batch.size()) / 1048576.0, 0, 'f', 1),
           timeThrough({ batch }));
    if (window.console()->peerModel()->rowCount() != bookBefore + added) {
        say(u"FAILED: the book has %1 rows, not %2"_s.arg(window.console()->peerModel()->rowCount())
                .arg(bookBefore + added));
        code = 1;
    }

    // Defect 4: 1 MB texts from the room.
    const QByteArray bigName(1024 * 1024, 'E');
    report(u"an event with a 1 MB name"_s, timeThrough({ eventFrame(bigName) }));
    report(u"five events with a 1 MB name each"_s,
           timeThrough(QList<QByteArray>(5, eventFrame(bigName))));

    // An error reply with a 1 MB text, to a request the room otherwise never answers.
    sim->setReplyDelay(u"getMonitorsInfo"_s, -1);
    QString requestId;
    QObject context;
    QObject::connect(sim.get(), &RoomSimulator::requestReceived, &context,
                     [&](const QString &method, const QJsonObject &request) {
                         if (method == u"getMonitorsInfo"_s)
                             requestId = request.value(u"requestId"_s).toString();
                     });
    bool errorSeen = false;
    controller.sendRequest(u"getMonitorsInfo"_s, {}, &context,
                           [&](const RequestOutcome &o) { errorSeen = !o.ok(); });
    if (!Bench::waitUntil([&] { return !requestId.isEmpty(); }, 10000)) {
        say(u"FAILED: getMonitorsInfo did not reach the simulator"_s);
        code = 1;
    } else {
        const QByteArray errorText(1024 * 1024, 'x');
        report(u"an error reply with a 1 MB error text"_s,
               timeThrough({ R"({"method":"getMonitorsInfo","result":false,"requestId":")"
                             + requestId.toUtf8() + R"(","error":")" + errorText + R"("})" }));
        if (!errorSeen) {
            say(u"FAILED: the error reply did not end its request"_s);
            code = 1;
        }
    }
    if (drops > 0) {
        say(u"FAILED: the connection dropped %1 time(s)"_s.arg(drops));
        code = 1;
    }
    say(u"resident memory at the end: %1 MiB"_s.arg(double(Bench::rssKiB()) / 1024.0, 0, 'f', 1));
    if (code == 0)
        say(u"completed"_s);
    return code;
}
