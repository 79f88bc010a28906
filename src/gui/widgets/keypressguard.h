// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include <QAction>
#include <QEvent>

#include <functional>

//! Sends an action's keyboard shortcut to `onKey` instead of triggering the action; a click or
//! the menu item still triggers it. The guard belongs to the action.
class KeyPressGuard final : public QObject
{
public:
    KeyPressGuard(QAction *action, std::function<void()> onKey)
        : QObject(action)
        , m_onKey(std::move(onKey))
    {
        action->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::Shortcut)
            return QObject::eventFilter(watched, event);
        m_onKey();
        return true;
    }

private:
    std::function<void()> m_onKey;
};
