// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include <QLoggingCategory>
#include <QString>
#include <QStringList>

//! The emulator's developer log ("roomdeck.sim").
Q_DECLARE_LOGGING_CATEGORY(lcSim)

//! Strict mode's record of a client's conduct: protocol violations (room-api.md) and
//! departures from RoomDeck's own conventions that the protocol allows (notes). Outside strict
//! mode nothing is recorded.
class SimStrictLog final
{
public:
    explicit SimStrictLog(bool strict)
        : m_strict(strict)
    { }

    bool isStrict() const { return m_strict; }
    void violation(const QString &text);
    void note(const QString &text);

    QStringList violations() const { return m_violations; }
    QStringList notes() const { return m_notes; }
    void clear()
    {
        m_violations.clear();
        m_notes.clear();
    }

private:
    bool m_strict = false;
    QStringList m_violations;
    QStringList m_notes;
};
