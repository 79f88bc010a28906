// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "settingsedit.h"

#include "core/models/roomsettings.h"
#include "core/roomtext.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

SettingsEdit::SettingsEdit(RoomSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    if (!settings)
        return;
    connect(settings, &RoomSettings::loaded, this, [this] {
        // A new sign-in: pending edits of settings the room no longer reports go.
        const QJsonObject values = m_settings->values();
        for (const QString &name : m_pending.keys())
            if (!values.contains(name))
                revert(name);
        Q_EMIT rowsChanged();
    });
    connect(settings, &RoomSettings::changed, this, &SettingsEdit::onChanged);
    connect(settings, &RoomSettings::forgotten, this, [this] {
        m_pending = {};
        m_base.clear();
        m_applying = 0;
        clearRefusal();
        Q_EMIT rowsChanged();
    });
}

QStringList SettingsEdit::names() const
{
    if (!m_settings)
        return {};
    const QJsonObject values = m_settings->values();
    QStringList out;
    for (const SettingsCatalogue::Spec &s : SettingsCatalogue::documented())
        if (values.contains(s.name))
            out.append(s.name);
    QStringList others;
    for (auto it = values.constBegin(); it != values.constEnd(); ++it)
        if (!SettingsCatalogue::spec(it.key()).documented)
            others.append(it.key());
    std::sort(others.begin(), others.end());
    return out + others;
}

SettingsCatalogue::Spec SettingsEdit::spec(const QString &name) const
{
    return m_settings ? m_settings->spec(name) : SettingsCatalogue::spec(name);
}

QJsonValue SettingsEdit::roomValue(const QString &name) const
{
    return m_settings ? m_settings->value(name) : QJsonValue(QJsonValue::Undefined);
}

QJsonValue SettingsEdit::shownValue(const QString &name) const
{
    return m_pending.contains(name) ? m_pending.value(name) : roomValue(name);
}

bool SettingsEdit::isConflicting(const QString &name) const
{
    return m_pending.contains(name)
        && !SettingsCatalogue::same(m_base.value(name), roomValue(name));
}

QString SettingsEdit::readOnlyReason(const QString &name) const
{
    if (!m_settings)
        return tr("Not connected to a room");
    // Judged on what the edit would leave behind: turning AGC off frees the microphone level.
    QJsonObject values = m_settings->values();
    for (auto it = m_pending.constBegin(); it != m_pending.constEnd(); ++it)
        values.insert(it.key(), it.value());
    return SettingsCatalogue::readOnlyReason(spec(name), values, m_settings->role());
}

QString SettingsEdit::setValue(const QString &name, const QJsonValue &value)
{
    if (!m_settings || !m_settings->values().contains(name))
        return tr("The room has no setting %1").arg(RoomText::name(name));
    if (const QString why = readOnlyReason(name); !why.isEmpty())
        return why;
    const SettingsCatalogue::Spec s = spec(name);
    if (const QString why = SettingsCatalogue::problemWith(s, value); !why.isEmpty())
        return why;
    clearRefusal();
    if (SettingsCatalogue::same(value, roomValue(name))) {
        revert(name);
        return {};
    }
    if (!m_pending.contains(name))
        m_base.insert(name, roomValue(name));
    m_pending.insert(name, value);
    Q_EMIT rowChanged(name);
    return {};
}

void SettingsEdit::revert(const QString &name)
{
    if (!m_pending.contains(name))
        return;
    m_pending.remove(name);
    m_base.remove(name);
    Q_EMIT rowChanged(name);
}

void SettingsEdit::revertAll()
{
    clearRefusal();
    for (const QString &name : m_pending.keys())
        revert(name);
}

void SettingsEdit::clearRefusal()
{
    if (m_refusedName.isEmpty() && m_refusalText.isEmpty())
        return;
    const QString name = m_refusedName;
    m_refusedName.clear();
    m_refusedValue = QJsonValue();
    m_refusalText.clear();
    if (!name.isEmpty())
        Q_EMIT rowChanged(name);
}

quint64 SettingsEdit::apply()
{
    if (!m_settings || m_pending.isEmpty() || m_applying)
        return 0;
    clearRefusal();
    const QJsonObject sent = m_pending;
    const quint64 id = m_settings->apply(
        sent, this, [this, sent](const RequestOutcome &o) { onOutcome(o, sent); });
    m_applying = id;
    if (id)
        Q_EMIT applying();
    return id;
}

void SettingsEdit::onOutcome(const RequestOutcome &o, const QJsonObject &sent)
{
    m_applying = 0;
    m_lastOutcome = o;
    if (o.ok()) {
        // The room answers before its settingsChanged: the edits are done now; a value the
        // operator changed again while the request was out stays pending.
        QStringList names;
        for (auto it = sent.constBegin(); it != sent.constEnd(); ++it) {
            names.append(it.key());
            if (SettingsCatalogue::same(m_pending.value(it.key()), it.value()))
                revert(it.key());
        }
        Q_EMIT applied(names);
        return;
    }
    // Atomic: nothing changed on the room, so every field shows the room's value again.
    const QString name = refusedSettingOf(o, sent);
    for (auto it = sent.constBegin(); it != sent.constEnd(); ++it)
        revert(it.key());
    m_refusedName = name;
    m_refusedValue = name.isEmpty() ? QJsonValue() : sent.value(name);
    m_refusalText = RoomText::bounded(o.errorText);
    if (!name.isEmpty())
        Q_EMIT rowChanged(name);
    Q_EMIT refused(name, m_refusalText);
}

QString SettingsEdit::refusedSettingOf(const RequestOutcome &o, const QJsonObject &sent) const
{
    // The emulator names it in the reply (room-api.md §10 p); a real room may name it in
    // its text; a local refusal names it in parentheses.
    const QString named = o.reply.value(u"setting"_s).toString();
    if (sent.contains(named))
        return named;
    for (auto it = sent.constBegin(); it != sent.constEnd(); ++it) {
        const QRegularExpression word(u"\\b"_s + QRegularExpression::escape(it.key()) + u"\\b"_s);
        if (word.match(o.errorText).hasMatch())
            return it.key();
    }
    if (o.errorText.contains(u"Invalid state"_s) && sent.contains(u"audioCapturerLevel"_s))
        return u"audioCapturerLevel"_s;
    if (sent.size() == 1)
        return sent.constBegin().key();
    return {};
}

void SettingsEdit::onChanged(const QString &name, const QJsonValue &value)
{
    // The room's value is the room's: shown at once; a pending edit stays and, when it was
    // made against another value, is marked conflicting (isConflicting()).
    if (m_pending.contains(name) && SettingsCatalogue::same(m_pending.value(name), value)
        && !m_applying)
        revert(name);
    Q_EMIT rowChanged(name);
}
