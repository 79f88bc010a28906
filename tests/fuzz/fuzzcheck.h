// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include <QByteArray>
#include <QString>

#include <cstdio>
#include <cstdlib>

//! An invariant of a fuzz harness: on failure prints what was broken and aborts, which
//! libFuzzer reports as a crash and keeps the input as an artifact.
#define FUZZ_CHECK(condition, detail)                                                              \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            std::fprintf(stderr, "FUZZ_CHECK failed at %s:%d: %s\n  %s\n", __FILE__, __LINE__,     \
                         #condition, QString(detail).toUtf8().constData());                        \
            std::abort();                                                                          \
        }                                                                                          \
    } while (false)

//! The fuzzer's bytes as a QByteArray (no copy; valid during the call).
inline QByteArray fuzzBytes(const uint8_t *data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
}
