// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "core/inspector/framelog.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

//! Recordings of a room's frames: UTF-8 JSON lines (.jsonl), shared by the inspector,
//! roomdeckctl and `roomdeck-sim --replay`.
//!
//!   {"format":"roomdeck-recording","version":1,"room":"127.0.0.1:8766","instance":"",
//!    "trueConfId":"room@x","started":"2026-12-05T10:14:00.123Z"}
//!   {"t":1234,"dir":"out","frame":{...}}          t = ms since started; dir out | in
//!   {"t":1240,"dir":"in","text":"<not JSON, 17 bytes>"}
//!
//! Every frame is redacted (Redact::object) on the way out and again on the way in. Readers
//! reject a missing or unknown header and versions above 1, skip blank lines, name the line of
//! a malformed one, and read at most kMaxFileBytes, each line at most kMaxLineBytes.
namespace FrameRecording {

constexpr int kVersion = 1;
constexpr qint64 kMaxFileBytes = 64 * 1024 * 1024;
constexpr qint64 kMaxLineBytes = 1024 * 1024;

struct Header
{
    QString room;
    QString instance;
    QString trueConfId;
    QDateTime started; //!< UTC
};

struct Line
{
    qint64 t = 0; //!< ms since the header's started
    FrameLog::Direction direction = FrameLog::Direction::Out;
    QJsonObject frame; //!< redacted; empty for a non-JSON frame
    int notJsonBytes = -1; //!< >= 0: the frame was not a JSON object, this many bytes
};

struct Recording
{
    Header header;
    QList<Line> lines;
};

//! The recording of `log` as JSON lines (its header from log.origin(), started = the first
//! row's time).
QByteArray toJsonLines(const FrameLog &log);
//! Writes `log` to `path` atomically; false with a readable `error`.
bool save(const FrameLog &log, const QString &path, QString *error);

//! Parses a whole recording; false with a readable `error` (a line number where one is at
//! fault).
bool parse(const QByteArray &data, Recording *recording, QString *error);
//! Reads `path` (bounded); false with a readable `error`.
bool read(const QString &path, Recording *recording, QString *error);
//! Loads `path` into `log` (cleared first) as a read-only source "Recording: NAME".
bool load(const QString &path, FrameLog *log, QString *error);
//! Fills `log` (cleared first) from `recording`; pairing and latency are rebuilt from `t`.
void fill(const Recording &recording, FrameLog *log);

} // namespace FrameRecording
