// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors

// Redaction: a secret never survives in what Redact gives for logs, in any case.
// Input: "SECRET\0TEXT" (text() with that secret), and the whole input as a frame.
#include "core/logging.h"
#include "fuzzcheck.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

// Remembered once for the process; no '*' in it, so the mask cannot spell it.
const QString kRemembered = u"Pin-4711-Ümlaut"_s;

bool noSecretValues(const QJsonValue &v)
{
    if (v.isArray()) {
        for (const QJsonValue &e : v.toArray())
            if (!noSecretValues(e))
                return false;
    }
    if (!v.isObject())
        return true;
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (Redact::isSecretKey(it.key()) && !it.value().isBool() && !it.value().isNull()
            && it.value() != QJsonValue(u"***"_s))
            return false;
        if (!noSecretValues(it.value()))
            return false;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const bool remembered = (Redact::rememberSecret(kRemembered), true);
    (void)remembered;
    const QByteArray bytes = fuzzBytes(data, size);

    const qsizetype nul = bytes.indexOf('\0');
    const QString secret = QString::fromUtf8(nul < 0 ? QByteArray() : bytes.left(nul));
    const QString text = QString::fromUtf8(nul < 0 ? bytes : bytes.mid(nul + 1));
    const QString redacted = Redact::text(text, secret);
    FUZZ_CHECK(!redacted.contains(kRemembered, Qt::CaseInsensitive), redacted);
    if (!secret.isEmpty() && !secret.contains(QLatin1Char('*')))
        FUZZ_CHECK(!redacted.contains(secret, Qt::CaseInsensitive), secret + u" in "_s + redacted);

    const QString frame = Redact::frame(bytes);
    FUZZ_CHECK(!frame.contains(kRemembered, Qt::CaseInsensitive), frame);
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    if (doc.isObject()) {
        const QJsonObject masked = Redact::object(doc.object());
        FUZZ_CHECK(noSecretValues(masked), QString::fromUtf8(QJsonDocument(masked).toJson()));
        FUZZ_CHECK(masked.keys() == doc.object().keys(), frame);
    } else {
        // Not an object: nothing of the text is shown, only its size.
        FUZZ_CHECK(frame == u"<%1 bytes of non-JSON text>"_s.arg(bytes.size()), frame);
    }
    return 0;
}
