// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
//
// Branding benchmark: checking a large image before upload (read + full decode), then the
// whole upload to a simulated room's HTTP server and setBackground, five times each. Prints
// figures; asserts only that the work was done (never timings).
#include "benchutil.h"
#include "core/controller/roomcontroller.h"
#include "core/http/brandingupload.h"
#include "image/imagefilecheck.h"
#include "simroom.h"
#include "testimages.h"

#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTemporaryDir dir;
    // Noise defeats compression: a 2560 × 1440 PNG of about 11 MB, a worst case for a
    // background under the 20 MiB limit.
    const QString path = dir.filePath(u"background.png"_s);
    const QByteArray png = TestImages::png({ 2560, 1440 }, true);
    if (!TestImages::write(path, png))
        return 1;
    std::printf("image: 2560x1440 PNG, %.1f MiB\n", png.size() / 1048576.0);

    QList<double> checkMs;
    qint64 rssPeak = 0;
    const qint64 rssBefore = Bench::rssKiB();
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer t;
        t.start();
        const ImageFileCheck check = ImageFileCheck::inspect(path, 20 * 1024 * 1024);
        checkMs << t.nsecsElapsed() / 1e6;
        rssPeak = std::max(rssPeak, Bench::rssKiB());
        if (!check.ok()) {
            std::printf("check failed: %s\n", qPrintable(check.problem));
            return 1;
        }
    }
    std::printf("check (read + decode): median %.1f ms; RSS +%.1f MiB while a check is held\n",
                Bench::percentile(checkMs, 50), (rssPeak - rssBefore) / 1024.0);

    RoomSimulator::Options options;
    options.maxUploadBytes = 32 * 1024 * 1024;
    auto sim = SimRoom::start(options);
    RoomController controller(SimRoom::fastOptions());
    QSignalSpy ready(&controller, &RoomController::startupCompleted);
    controller.connectToRoom(SimRoom::addressOf(*sim), RoomController::Credentials::unsecured());
    if (!ready.wait(10000))
        return 1;
    BrandingUpload upload(&controller);
    QList<double> uploadMs;
    for (int i = 0; i < 5; ++i) {
        QSignalSpy done(&upload, &BrandingUpload::succeeded);
        QSignalSpy failed(&upload, &BrandingUpload::failed);
        QElapsedTimer t;
        t.start();
        upload.startData(BrandingUpload::Target::Background, png, u"background.png"_s,
                         u"image/png"_s);
        if (!done.wait(30000)) {
            std::printf("upload failed: %s\n",
                        failed.isEmpty() ? "timeout" : qPrintable(failed.first().at(1).toString()));
            return 1;
        }
        uploadMs << t.nsecsElapsed() / 1e6;
    }
    std::printf("upload + setBackground over loopback (token, POST, FileId, apply): median "
                "%.1f ms, %.0f MiB/s\n",
                Bench::percentile(uploadMs, 50),
                png.size() / 1048576.0 / (Bench::percentile(uploadMs, 50) / 1000.0));
    return 0;
}
