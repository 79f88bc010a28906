// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "roomsessionpart.h"

#include "roomsession.h"

RoomSessionPart::~RoomSessionPart()
{
    if (m_session)
        m_session->detach(this);
}

RoomController *RoomSessionPart::controller() const
{
    return m_controller;
}

RoomSession *RoomSessionPart::session() const
{
    return m_session;
}
