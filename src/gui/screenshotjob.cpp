// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "screenshotjob.h"

#include "core/controller/roomcontroller.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QImageWriter>
#include <QPixmap>
#include <QWidget>

using namespace Qt::StringLiterals;

ScreenshotJob::ScreenshotJob(RoomController *controller, QWidget *window, const QString &path,
                             QObject *parent)
    : QObject(parent)
    , m_controller(controller)
    , m_window(window)
    , m_path(path)
{
    m_deadline.setSingleShot(true);
    m_poll.setInterval(50);
    connect(&m_poll, &QTimer::timeout, this, &ScreenshotJob::poll);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        const QString seconds = QString::number(m_deadlineMs / 1000.0, 'g', 3);
        if (m_controller && m_controller->isReady()) {
            // The room did answer: what is missing is the window's data (e.g. the address book).
            finish(Result::NotReady,
                   tr("connected, but the room's data was not ready to show within %1 s")
                       .arg(seconds));
            return;
        }
        const QString state = m_controller
            ? RoomController::connectionStateText(m_controller->connectionState()).toLower()
            : QString();
        finish(Result::NotConnected,
               tr("the room was not connected within %1 s (still: %2)").arg(seconds, state));
    });
}

void ScreenshotJob::start()
{
    if (!m_controller || !m_window) {
        finish(Result::NotConnected, tr("nothing to connect"));
        return;
    }
    connect(m_controller, &RoomController::startupCompleted, this, &ScreenshotJob::onReady);
    connect(m_controller, &RoomController::connectionFailed, this,
            [this](RoomLocator::Error, const QString &reason) {
                finish(Result::NotConnected, reason);
            });
    connect(m_controller, &RoomController::authenticationFailed, this,
            [this](const QString &reason) { finish(Result::NotConnected, reason); });
    connect(m_controller, &RoomController::authorizationNeeded, this,
            [this](int, const QString &text) { finish(Result::NotConnected, text); });
    m_deadline.start(m_deadlineMs);
    if (m_controller->isReady())
        onReady();
}

void ScreenshotJob::onReady()
{
    if (m_done || m_grabScheduled)
        return;
    if (m_ready && !m_ready()) {
        m_poll.start();
        return;
    }
    m_poll.stop();
    m_grabScheduled = true;
    // Let the views take in the burst of signals, lay out and paint before grabbing.
    QTimer::singleShot(m_settleMs, this, &ScreenshotJob::grab);
}

void ScreenshotJob::poll()
{
    if (m_controller && m_controller->isReady())
        onReady();
}

void ScreenshotJob::grab()
{
    if (m_done)
        return;
    if (!m_window) {
        finish(Result::WriteFailed, tr("the window is gone"));
        return;
    }
    const QImage image = m_window->grab().toImage();
    if (image.isNull()) {
        finish(Result::WriteFailed, tr("the window could not be captured"));
        return;
    }
    QImageWriter writer(m_path, "png");
    if (!writer.write(image)) {
        finish(
            Result::WriteFailed,
            tr("cannot write %1: %2").arg(QDir::toNativeSeparators(m_path), writer.errorString()));
        return;
    }
    finish(Result::Written, m_path);
}

void ScreenshotJob::finish(Result result, const QString &message)
{
    if (m_done)
        return;
    m_done = true;
    m_deadline.stop();
    m_poll.stop();
    Q_EMIT finished(result, message);
}
