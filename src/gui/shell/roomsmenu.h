// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include <QMenu>

class RoomStack;

//! The Rooms menu: the overview (Ctrl+0), the next and previous room (Ctrl+Tab,
//! Ctrl+Shift+Tab), adding a room, and the first nine rooms by name (Ctrl+1…9). Rebuilt
//! whenever the rooms change.
class RoomsMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoomsMenu)

public:
    explicit RoomsMenu(RoomStack *stack, QWidget *parent = nullptr);

private:
    void rebuild();

    RoomStack *m_stack = nullptr;
};
