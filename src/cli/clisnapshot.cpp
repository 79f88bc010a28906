// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "clisnapshot.h"

#include "cli/clioptions.h"
#include "core/http/framesource.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>
#include <QTimer>

using namespace Qt::StringLiterals;
using State = FrameSource::State;

CliSnapshot::CliSnapshot(RoomController *controller, const QString &peerId, const QString &path,
                         int timeoutMs, QObject *parent)
    : QObject(parent)
    , m_controller(controller)
    , m_source(
          new FrameSource(controller, peerId.isEmpty() ? FrameSource::selfPeerId() : peerId, this))
    , m_path(path)
{
    m_source->setTimeout(qMax(1, timeoutMs));
    connect(m_source, &FrameSource::fetchFinished, this, &CliSnapshot::onFetched);
}

CliSnapshot::~CliSnapshot() = default;

QString CliSnapshot::fileProblem(const QString &path)
{
    if (path.trimmed().isEmpty())
        return tr("no file given");
    const QFileInfo info(path);
    if (info.exists() && info.isDir())
        return tr("“%1” is a folder").arg(path);
    const QFileInfo folder(info.absolutePath());
    if (!folder.isDir())
        return tr("the folder of “%1” does not exist").arg(path);
    if (!folder.isWritable())
        return tr("the folder of “%1” is not writable").arg(path);
    return {};
}

void CliSnapshot::start()
{
    // fetchOnce() may end at once (not signed in): finished() must still come afterwards.
    QTimer::singleShot(0, this, [this] { m_source->fetchOnce(); });
}

void CliSnapshot::onFetched()
{
    const State state = m_source->state();
    const QString why = m_source->errorText();
    switch (state) {
    case State::Live:
        break;
    case State::BrokenFrame:
    case State::NotFound:
    case State::Unauthorized:
    case State::CameraOff:
        end(int(CliExit::Refused), tr("snapshot: %1; nothing was written").arg(why));
        return;
    case State::Unreachable:
    case State::NotConnected:
    case State::Idle:
    case State::Loading:
        end(int(CliExit::Unreachable),
            tr("snapshot: %1; nothing was written")
                .arg(why.isEmpty() ? FrameSource::stateName(state) : why));
        return;
    }
    const QByteArray jpeg = m_source->lastFrame();
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) || file.write(jpeg) != jpeg.size() || !file.commit()) {
        end(int(CliExit::Usage),
            tr("snapshot: cannot write “%1”: %2").arg(m_path, file.errorString()));
        return;
    }
    const QString shown = QDir::toNativeSeparators(m_path);
    end(int(CliExit::Ok),
        tr("Snapshot of %1 saved to %2 (%3).")
            .arg(m_source->peerId(), shown, QLocale().formattedDataSize(jpeg.size())),
        { { u"ok"_s, true },
          { u"file"_s, shown },
          { u"bytes"_s, jpeg.size() },
          { u"peerId"_s, m_source->peerId() } });
}

void CliSnapshot::end(int exitCode, const QString &text, const QJsonObject &json)
{
    if (m_done)
        return;
    m_done = true;
    Q_EMIT finished(exitCode, text, json);
}
