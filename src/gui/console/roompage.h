// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "core/permissions/permissions.h"

#include <QIcon>
#include <QString>

class DialogPresenter;
class QWidget;

//! One page of a RoomConsole (branding, server, power, security, ...). A page gets its room's
//! session and the presenter in its constructor; the console keeps its pages in a list, shows
//! a page only while its capability is granted and hands every capability change to it.
class RoomPage
{
public:
    RoomPage() = default;
    RoomPage(const RoomPage &) = delete;
    RoomPage &operator=(const RoomPage &) = delete;
    virtual ~RoomPage() = default;

    //! The widget the console puts in its page tabs.
    virtual QWidget *pageWidget() = 0;
    //! A stable name for --page and tests ("branding").
    virtual QString pageName() const = 0;
    virtual QString pageTitle() const = 0;
    virtual QIcon pageIcon() const = 0;
    //! The page exists only while this is granted (None: always).
    virtual Permissions::Capability requiredCapability() const = 0;
    //! Enables what the operator may trigger now.
    virtual void applyCapabilities(Permissions::Capabilities capabilities) = 0;
    //! Modal questions go through `presenter` from now on (tests script their own).
    virtual void setPresenter(DialogPresenter *presenter) = 0;
};
