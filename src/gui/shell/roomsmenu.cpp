// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "roomsmenu.h"

#include "core/roomtext.h"
#include "core/session/roomsessionlist.h"
#include "gui/shell/roomstack.h"
#include "gui/widgets/svgicon.h"

using namespace Qt::StringLiterals;

RoomsMenu::RoomsMenu(RoomStack *stack, QWidget *parent)
    : QMenu(tr("Roo&ms"), parent)
    , m_stack(stack)
{
    setObjectName(u"roomsMenu"_s);
    connect(m_stack, &RoomStack::roomsChanged, this, &RoomsMenu::rebuild);
    rebuild();
}

void RoomsMenu::rebuild()
{
    clear();
    RoomSessionList *rooms = m_stack->rooms();
    const bool many = rooms->count() >= 2;
    QAction *overview = addAction(SvgIcon::icon(u"conference"_s), tr("&Overview"), m_stack,
                                  &RoomStack::showOverview);
    overview->setObjectName(u"overviewAction"_s);
    overview->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    overview->setEnabled(many);
    QAction *next = addAction(tr("&Next Room"), m_stack, [this] { m_stack->stepRoom(1); });
    next->setObjectName(u"nextRoomAction"_s);
    next->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Tab));
    next->setEnabled(many);
    QAction *previous = addAction(tr("&Previous Room"), m_stack, [this] { m_stack->stepRoom(-1); });
    previous->setObjectName(u"previousRoomAction"_s);
    previous->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Tab));
    previous->setEnabled(many);
    QAction *add = addAction(tr("&Add Room…"), m_stack, &RoomStack::addRoom);
    add->setObjectName(u"addRoomAction"_s);
    if (!many)
        return;
    addSeparator();
    for (int row = 0; row < rooms->count() && row < 9; ++row) {
        RoomSession *session = rooms->session(row);
        const QString name = rooms->data(rooms->index(row), Qt::DisplayRole).toString();
        // "&1 Board room": the digit is the mnemonic, Ctrl+digit the shortcut.
        QAction *room = addAction(tr("&%1 %2").arg(row + 1).arg(RoomText::name(name)), m_stack,
                                  [this, session] { m_stack->showRoom(session); });
        room->setObjectName(u"roomAction%1"_s.arg(row + 1));
        room->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + row)));
    }
}
