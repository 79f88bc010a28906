// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "roomstack.h"

#include "core/history/historystore.h"
#include "core/history/roomhistoryrecorder.h"
#include "core/models/presetthumbnails.h"
#include "core/session/roomsession.h"
#include "core/session/roomsessionlist.h"
#include "gui/console/roomconsole.h"
#include "gui/console/roomlistpanel.h"
#include "gui/credentials/savedrooms.h"
#include "gui/dialogs/connectdialog.h"
#include "gui/pages/camerapage.h"
#include "gui/pages/overviewpage.h"
#include "gui/panels/eventlogpanel.h"
#include "gui/presenters/dialogpresenter.h"

#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

RoomStack::RoomStack(RoomSessionList *rooms, CredentialStore *store, DialogPresenter *presenter,
                     QWidget *parent)
    : QWidget(parent)
    , m_rooms(rooms)
    , m_store(store)
    , m_presenter(presenter)
{
    Q_ASSERT(rooms);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(u"shellSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    m_roomList = new RoomListPanel(m_rooms, m_presenter, m_splitter);
    m_roomList->setObjectName(u"roomListPanel"_s);
    m_stack = new QStackedWidget(m_splitter);
    m_stack->setObjectName(u"consoleStack"_s);
    m_overview = new OverviewPage(m_rooms, m_presenter, m_stack);
    m_overview->setObjectName(u"overviewPage"_s);
    m_stack->addWidget(m_overview);
    m_splitter->addWidget(m_roomList);
    m_splitter->addWidget(m_stack);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({ 210, 1030 });
    layout->addWidget(m_splitter);

    connect(m_roomList, &RoomListPanel::currentRoomChanged, this, &RoomStack::showRoom);
    connect(m_roomList, &RoomListPanel::addRequested, this, &RoomStack::addRoom);
    connect(m_overview, &OverviewPage::roomActivated, this, &RoomStack::showRoom);
    connect(m_stack, &QStackedWidget::currentChanged, this, &RoomStack::onStackChanged);
    connect(m_rooms, &RoomSessionList::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) {
                for (int row = first; row <= last; ++row)
                    addConsole(m_rooms->session(row));
                updateRoomListVisibility();
                Q_EMIT roomsChanged();
            });
    connect(m_rooms, &RoomSessionList::rowsAboutToBeRemoved, this,
            [this](const QModelIndex &, int first, int last) {
                for (int row = first; row <= last; ++row) {
                    delete consoleOf(m_rooms->session(row));
                    // A room removed from RoomDeck takes its preset pictures with it.
                    if (!m_demo)
                        PresetThumbnails().removeRoom(m_rooms->entry(row).id);
                }
            });
    connect(m_rooms, &RoomSessionList::rowsRemoved, this, [this] {
        updateRoomListVisibility();
        Q_EMIT roomsChanged();
    });
    connect(m_rooms, &RoomSessionList::rowsMoved, this, &RoomStack::roomsChanged);
    connect(m_rooms, &RoomSessionList::dataChanged, this,
            [this](const QModelIndex &from, const QModelIndex &to, const QList<int> &roles) {
                if (!roles.isEmpty() && !roles.contains(RoomSessionList::NameRole))
                    return;
                for (int row = from.row(); row <= to.row(); ++row)
                    if (RoomConsole *c = consoleOf(m_rooms->session(row)))
                        c->setRoomName(m_rooms->entry(row).name);
                Q_EMIT roomsChanged();
                Q_EMIT titleChanged();
            });
    for (int row = 0; row < m_rooms->count(); ++row)
        addConsole(m_rooms->session(row));
    updateRoomListVisibility();
}

RoomStack::~RoomStack()
{
    // The views go before the list and the sessions they show.
    m_rooms->disconnect(this);
    m_stack->disconnect(this);
    for (RoomConsole *c : consoles())
        delete c;
    delete m_splitter;
}

void RoomStack::addConsole(RoomSession *session)
{
    if (!session || consoleOf(session))
        return;
    auto *console = new RoomConsole(session, m_store, m_presenter, m_stack);
    console->setDemoMode(m_demo);
    attachHistory(console);
    const RoomEntry entry = m_rooms->entry(m_rooms->rowOf(session));
    console->setRoomName(entry.name);
    console->cameraPage()->setRoomId(entry.id);
    // Each room keeps its own dial history (a demo room's address changes every start).
    if (!m_demo && !entry.address.isEmpty())
        console->setHistoryRoom(entry.address + u'#' + entry.instance);
    {
        const QSettings settings;
        console->restoreLayout(settings);
    }
    connect(console, &RoomConsole::titleChanged, this, [this, console] {
        if (console == this->console())
            Q_EMIT titleChanged();
    });
    connect(console, &RoomConsole::statusChanged, this, [this, console] {
        if (console == this->console())
            Q_EMIT statusChanged();
    });
    m_stack->addWidget(console);
    if (!m_lastConsole)
        showRoom(session);
}

void RoomStack::onStackChanged()
{
    if (auto *shown = qobject_cast<RoomConsole *>(m_stack->currentWidget()))
        m_lastConsole = shown;
    m_rooms->setCurrent(aimedConsole() ? aimedConsole()->session() : nullptr);
    if (console())
        m_roomList->setCurrentRoom(aimedConsole() ? aimedConsole()->session() : nullptr);
    Q_EMIT currentChanged();
}

RoomConsole *RoomStack::console() const
{
    if (auto *shown = qobject_cast<RoomConsole *>(m_stack->currentWidget()))
        return shown;
    return m_lastConsole;
}

RoomConsole *RoomStack::aimedConsole() const
{
    return isOverviewShown() ? nullptr : console();
}

RoomConsole *RoomStack::consoleOf(const RoomSession *session) const
{
    for (RoomConsole *c : consoles())
        if (c->session() == session)
            return c;
    return nullptr;
}

QList<RoomConsole *> RoomStack::consoles() const
{
    QList<RoomConsole *> list;
    for (int i = 0; i < m_stack->count(); ++i)
        if (auto *c = qobject_cast<RoomConsole *>(m_stack->widget(i)))
            list.append(c);
    return list;
}

void RoomStack::showRoom(RoomSession *session)
{
    if (RoomConsole *c = consoleOf(session)) {
        m_lastConsole = c;
        m_stack->setCurrentWidget(c);
        m_roomList->setCurrentRoom(session);
        m_rooms->setCurrent(session);
    }
}

void RoomStack::showOverview()
{
    if (m_rooms->count() >= 2)
        m_stack->setCurrentWidget(m_overview);
}

bool RoomStack::isOverviewShown() const
{
    return m_stack->currentWidget() == m_overview;
}

void RoomStack::stepRoom(int delta)
{
    const int count = m_rooms->count();
    if (count < 2)
        return;
    const int row = aimedConsole() ? m_rooms->rowOf(aimedConsole()->session()) : -1;
    showRoom(m_rooms->session(((row < 0 ? (delta > 0 ? -1 : 0) : row) + delta + count) % count));
}

void RoomStack::addRoom()
{
    ConnectDialogSetup setup;
    {
        QSettings settings;
        setup.savedRooms = SavedRooms::load(settings);
    }
    setup.store = m_store;
    const std::optional<ConnectionRequest> request = m_presenter->askForConnection(window(), setup);
    if (!request)
        return;
    RoomEntry entry;
    entry.name = request->name;
    entry.address = request->addressText;
    entry.instance = request->instance;
    entry.role = request->credentials.role;
    RoomSession *session = m_rooms->add(entry);
    showRoom(session);
    if (RoomConsole *c = consoleOf(session))
        c->connectToRoom(*request);
}

void RoomStack::updateRoomListVisibility()
{
    // One room: the window is its console, as before there were many.
    const bool many = m_rooms->count() >= 2;
    m_roomList->setVisible(many);
    if (!many && isOverviewShown() && m_lastConsole)
        m_stack->setCurrentWidget(m_lastConsole);
}

void RoomStack::setPresenter(DialogPresenter *presenter)
{
    m_presenter = presenter;
    m_roomList->setPresenter(presenter);
    m_overview->setPresenter(presenter);
    for (RoomConsole *c : consoles()) {
        c->setPresenter(presenter);
        attachHistory(c);
    }
}

void RoomStack::setHistoryStore(HistoryStore *store)
{
    m_history = store;
    for (RoomConsole *c : consoles())
        attachHistory(c);
}

void RoomStack::attachHistory(RoomConsole *console)
{
    auto *log = console->findChild<EventLogPanel *>();
    if (!log)
        return;
    QPointer<RoomSession> session = console->session();
    log->setHistory(m_history, m_presenter, [this, session] {
        History::RoomKey key = RoomHistoryRecorder::keyOf(session);
        if (key.address.isEmpty() && session) {
            // Not connected yet in this start: the saved room's address is the same key.
            const RoomEntry entry = m_rooms->entry(m_rooms->rowOf(session));
            const RoomAddress address = entry.roomAddress();
            if (address.isValid()) {
                key.address = address.keyText();
                key.instance = address.instance;
            }
        }
        return key;
    });
}

void RoomStack::setDemoMode(bool demo)
{
    m_demo = demo;
    for (RoomConsole *c : consoles()) {
        c->setDemoMode(demo);
        if (demo)
            c->setHistoryRoom({}); // a demo room's address is new every start
    }
}

bool RoomStack::isAddressBookSettled() const
{
    const QList<RoomConsole *> all = consoles();
    return std::all_of(all.begin(), all.end(),
                       [](const RoomConsole *c) { return c->isAddressBookSettled(); });
}
