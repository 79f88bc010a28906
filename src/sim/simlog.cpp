// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "simlog.h"

Q_LOGGING_CATEGORY(lcSim, "roomdeck.sim", QtInfoMsg)

void SimStrictLog::violation(const QString &text)
{
    if (!m_strict)
        return;
    qCInfo(lcSim) << "protocol violation:" << text;
    m_violations.append(text);
}

void SimStrictLog::note(const QString &text)
{
    if (!m_strict)
        return;
    qCInfo(lcSim) << "note:" << text;
    m_notes.append(text);
}
