// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QString>

class FrameSource;
class RoomController;

//! roomdeckctl snapshot: one frame of a room's camera (or a participant's) through
//! FrameSource, written atomically (QSaveFile: the file is whole or untouched). A picture that
//! is not a JPEG is refused and nothing is written. Ends in exactly one finished(), never from
//! inside start().
class CliSnapshot final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliSnapshot)

public:
    CliSnapshot(RoomController *controller, const QString &peerId, const QString &path,
                int timeoutMs, QObject *parent = nullptr);
    ~CliSnapshot() override;

    //! Why `path` cannot take a snapshot (empty when it can): checked before connecting.
    static QString fileProblem(const QString &path);

    void start();

Q_SIGNALS:
    //! `exitCode` is a CliExit value; `text` the line for people (the error when not 0);
    //! `json` the --json document on success.
    void finished(int exitCode, const QString &text, const QJsonObject &json);

private:
    void onFetched();
    void end(int exitCode, const QString &text, const QJsonObject &json = {});

    QPointer<RoomController> m_controller;
    FrameSource *m_source = nullptr;
    QString m_path;
    bool m_done = false;
};
