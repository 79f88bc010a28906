// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors

// Contact::fromJson and mergePresence on any JSON: an object (read, then merged into itself)
// or an array of objects (the first read, the others merged in order, as
// usersStatusesChanged sends them).
#include "core/models/contact.h"
#include "fuzzcheck.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

void checkContact(const Contact &c)
{
    static const QStringList classes
        = { u"available"_s, u"busy"_s, u"away"_s, u"offline"_s, u"invalid"_s };
    FUZZ_CHECK(classes.contains(c.presenceClass()), c.presenceClass());
    (void)c.presenceRank();
    (void)c.presenceText();
    FUZZ_CHECK(!c.displayName().isEmpty() || c.peerId.isEmpty(), c.peerId);
    const QString key = Contact::key(c.peerId);
    FUZZ_CHECK(Contact::key(key) == key, c.peerId + u" -> "_s + key);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument doc = QJsonDocument::fromJson(fuzzBytes(data, size));
    QJsonArray objects;
    if (doc.isObject())
        objects = { doc.object(), doc.object() };
    else if (doc.isArray())
        objects = doc.array();
    if (objects.isEmpty())
        return 0;

    bool ok = false;
    const QJsonObject first = objects.first().toObject();
    Contact c = Contact::fromJson(first, &ok);
    FUZZ_CHECK(ok == (first.value(u"peerId"_s).isString() && !c.peerId.isEmpty()), c.peerId);
    checkContact(c);
    for (qsizetype i = 1; i < objects.size(); ++i) {
        const Contact before = c;
        c.mergePresence(objects.at(i).toObject());
        FUZZ_CHECK(c.peerId == before.peerId && c.isEditable == before.isEditable, c.peerId);
        checkContact(c);
        // Presence is state, not a delta: merging the same data twice changes nothing more.
        Contact twice = c;
        twice.mergePresence(objects.at(i).toObject());
        FUZZ_CHECK(twice == c, c.peerId);
    }
    return 0;
}
