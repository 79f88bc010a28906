// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "roomconsole.h"

#include "contacteditor.h"
#include "roomcalling.h"
#include "roomsignin.h"

#include "ui_roomconsole.h"

#include "core/logging.h"
#include "core/models/brandingstate.h"
#include "core/models/callhistory.h"
#include "core/models/callsession.h"
#include "core/models/devicestate.h"
#include "core/models/eventlogmodel.h"
#include "core/models/participantlistmodel.h"
#include "core/models/peerlistmodel.h"
#include "core/models/roomsettings.h"
#include "core/models/securitystate.h"
#include "core/models/serveraccountstate.h"
#include "core/roomtext.h"
#include "core/session/roomsession.h"
#include "gui/credentials/credentialstore.h"
#include "gui/credentials/savedrooms.h"
#include "gui/pages/camerapage.h"
#include "gui/pages/chatpage.h"
#include "gui/pages/checkpage.h"
#include "gui/pages/contentpage.h"
#include "gui/pages/inspectorpage.h"
#include "gui/pages/licencepage.h"
#include "gui/pages/profilespage.h"
#include "gui/pages/screenpage.h"
#include "gui/pages/settingspage.h"
#include "gui/panels/brandingpanel.h"
#include "gui/panels/favouritespanel.h"
#include "gui/panels/homepanel.h"
#include "gui/panels/participanttablemodel.h"
#include "gui/panels/powerpanel.h"
#include "gui/panels/securitypanel.h"
#include "gui/panels/serverpanel.h"
#include "gui/presenters/dialogpresenter.h"
#include "gui/uilanguage.h"
#include "gui/widgets/incallstrip.h"
#include "gui/widgets/keypressguard.h"
#include "gui/widgets/pagenavigator.h"
#include "gui/widgets/peertext.h"
#include "gui/widgets/statuscolors.h"
#include "gui/widgets/svgicon.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QScreen>
#include <QSettings>
#include <QShortcut>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QWidgetAction>

using namespace Qt::StringLiterals;
using Cap = Permissions::Capability;

namespace {

const auto kBodySplitterKey = u"mainWindow/bodySplitter"_s;
const auto kConsoleSplitterKey = u"mainWindow/consoleSplitter"_s;

QString sourceText(RoomLocator::Source source)
{
    switch (source) {
    case RoomLocator::Source::Discovered:
        return RoomConsole::tr("ports read from config.json");
    case RoomLocator::Source::Override:
        return RoomConsole::tr("WebSocket address given directly");
    case RoomLocator::Source::Fallback:
        return RoomConsole::tr("default port assumed: config.json was unreachable");
    }
    return {};
}

} // namespace

RoomConsole::RoomConsole(RoomSession *session, CredentialStore *store, DialogPresenter *presenter,
                         QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::RoomConsole>())
    , m_session(session)
    , m_controller(session->controller())
    , m_eventLog(m_session->eventLog())
    , m_peers(m_session->addressBook())
    , m_participants(m_session->participants())
    , m_call(m_session->call())
    , m_account(m_session->serverAccount())
    , m_branding(m_session->branding())
    , m_security(m_session->security())
    , m_store(store)
    , m_presenter(presenter)
{
    Q_ASSERT(session && store && presenter);
    RoomController *controller = m_controller;
    m_ui->setupUi(this);
    m_signIn = new RoomSignIn(controller, m_eventLog, store, presenter, this);
    connect(m_signIn, &RoomSignIn::roomChosen, this, [this](const SavedRoom &room) {
        m_ui->roomHeader->setRoomLabel(room.name);
        m_abookFailed = false;
        Q_EMIT titleChanged();
    });

    setUpActions();
    setUpPanels();

    connect(controller, &RoomController::connectionStateChanged, this,
            &RoomConsole::applyCapabilities);
    connect(controller, &RoomController::capabilitiesChanged, this,
            &RoomConsole::applyCapabilities);
    connect(controller, &RoomController::appStateChanged, this, &RoomConsole::endCallCommand);
    connect(controller, &RoomController::appStateChanged, this, &RoomConsole::updateCallBanner);
    connect(controller, &RoomController::connectionStateChanged, this,
            &RoomConsole::endCallCommand);
    connect(controller, &RoomController::roomChanged, this, &RoomConsole::titleChanged);
    connect(controller, &RoomController::connectionStateChanged, this, &RoomConsole::statusChanged);
    connect(controller, &RoomController::requestFinished, this, &RoomConsole::onRequestFinished);
    connect(m_call, &CallSession::changed, this, &RoomConsole::updateCallBanner);
    connect(m_call, &CallSession::changed, this, &RoomConsole::applyCapabilities);
    connect(m_call, &CallSession::incomingCall, this, &RoomConsole::onIncomingCall);
    connect(m_call, &CallSession::callRejected, this,
            [this](const QString &peerId, const QString &reason) {
                m_ui->callBanner->showRejected(displayNameFor(peerId), reason);
            });
    connect(m_call, &CallSession::callLost, this,
            [this](const QString &call, const QString &reason) {
                m_ui->callBanner->showEnded(call, reason);
                m_eventLog->append(EventLogModel::Kind::Notice,
                                   tr("The call with %1 ended. %2").arg(call, reason));
            });
    connect(m_call, &CallSession::conferenceStarted, this,
            [this] { m_ui->pageTabWidget->setCurrentWidget(m_ui->consolePage); });
    connect(m_peers, &PeerListModel::loadedChanged, this, [this] { m_abookFailed = false; });
    connect(m_peers, &PeerListModel::loadFailed, this, [this](const QString &reason) {
        m_abookFailed = true;
        m_ui->roomHeader->showProblem(reason);
    });
    connect(m_account, &ServerAccountState::loginFinished, this,
            [this](int result, const QString &text) {
                if (result != int(Room::LoginResult::Success))
                    m_ui->roomHeader->showProblem(
                        tr("The room could not log in to its TrueConf server: %1").arg(text));
                else
                    m_ui->roomHeader->clearProblem(); // an earlier refusal is over
            });
    connect(m_security, &SecurityState::protectionChanged, this, [this](Room::Role role) {
        if (m_controller && role == m_controller->role())
            m_signIn->forgetStaleSecret();
    });
    connect(m_store, &CredentialStore::availabilityChanged, this, [this] {
        if (!m_store->isAvailable())
            m_eventLog->append(EventLogModel::Kind::Notice, m_store->unavailableReason());
    });

    setUpPages();
    updateCallBanner();
    applyCapabilities();
}

RoomConsole::~RoomConsole() = default;

void RoomConsole::setUpActions()
{
    Ui::RoomConsole &ui = *m_ui;
    ui.disconnectAction->setIcon(SvgIcon::icon(u"disconnect"_s));
    ui.retryAction->setIcon(SvgIcon::icon(u"retry"_s));
    ui.signInAdminAction->setIcon(SvgIcon::icon(u"sign-in"_s));
    ui.switchToUserAction->setIcon(SvgIcon::icon(u"switch-user"_s));
    ui.callAction->setIcon(SvgIcon::icon(u"call"_s));
    ui.acceptAction->setIcon(SvgIcon::icon(u"accept"_s));
    ui.rejectAction->setIcon(SvgIcon::icon(u"reject"_s));
    ui.hangUpAction->setIcon(SvgIcon::icon(u"hangup"_s));
    ui.hangUpForAllAction->setIcon(SvgIcon::icon(u"hangup-all"_s));
    ui.findAction->setIcon(SvgIcon::icon(u"search"_s));
    // Ctrl+Enter is the keypad's Enter too; F5 is the telephone-console habit.
    ui.callAction->setShortcuts({ QKeySequence(Qt::CTRL | Qt::Key_Return),
                                  QKeySequence(Qt::CTRL | Qt::Key_Enter),
                                  QKeySequence(Qt::Key_F5) });

    m_cancelCallAction = new QAction(SvgIcon::icon(u"hangup"_s), tr("&Cancel Call"), this);
    m_cancelCallAction->setObjectName(u"cancelCallAction"_s);
    m_cancelCallAction->setToolTip(tr("Stop ringing (Esc)"));

    // Esc hangs up with care: it first clears a field, cancels only a ringing call outright,
    // and asks before it ends a call that is in progress.
    m_escapeShortcut = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    m_escapeShortcut->setObjectName(u"escapeShortcut"_s);
    m_escapeShortcut->setContext(Qt::WindowShortcut);
    // Ctrl+H asks the same way (a key is pressed by accident more easily than a button is
    // clicked); the Hang Up button and menu item act at once.
    new KeyPressGuard(ui.hangUpAction, [this] { hangUpFromKeyboard(); });

    connect(m_escapeShortcut, &QShortcut::activated, this, &RoomConsole::onEscape);
    connect(ui.disconnectAction, &QAction::triggered, m_controller.data(),
            &RoomController::disconnectFromRoom);
    connect(ui.retryAction, &QAction::triggered, m_controller.data(), &RoomController::retryNow);
    connect(ui.signInAdminAction, &QAction::triggered, m_signIn,
            &RoomSignIn::signInAsAdministrator);
    connect(ui.switchToUserAction, &QAction::triggered, m_controller.data(),
            &RoomController::downgradeToUser);
    connect(ui.callAction, &QAction::triggered, this,
            [this] { placeCall(m_ui->dialPanel->target()); });
    connect(ui.acceptAction, &QAction::triggered, this,
            [this] { trackCallCommand(m_controller->accept(), tr("Accepting the call")); });
    connect(ui.rejectAction, &QAction::triggered, this,
            [this] { trackCallCommand(m_controller->reject(), tr("Declining the call")); });
    connect(ui.hangUpAction, &QAction::triggered, this, [this] { hangUp(false); });
    connect(m_cancelCallAction, &QAction::triggered, this, [this] { hangUp(false); });
    connect(ui.hangUpForAllAction, &QAction::triggered, this, [this] {
        if (m_presenter->confirm(this, tr("Hang Up for All"),
                                 tr("End the conference for every participant?")))
            hangUp(true);
    });
    // Both live on the console page: it comes to the front first.
    connect(ui.focusDialAction, &QAction::triggered, this, [this] {
        showPage(u"console"_s);
        m_ui->dialPanel->focusDial();
    });
    connect(ui.findAction, &QAction::triggered, this, [this] {
        showPage(u"console"_s);
        m_ui->addressBookPanel->focusSearch();
    });
}

void RoomConsole::hangUpFromKeyboard()
{
    if (!m_controller || !m_ui->hangUpAction->isEnabled())
        return;
    if (m_call->phase() != CallSession::Phase::Outgoing && !confirmEndingConference())
        return;
    hangUp(false);
}

bool RoomConsole::confirmEndingConference()
{
    // A key is pressed by accident more easily than a button is clicked: a call in progress
    // ends only after a question; ringing and anything else end at once.
    return m_controller->appState() != Room::AppState::Conference
        || m_presenter->confirm(this, tr("Hang Up"), tr("End the room's call now?"));
}

void RoomConsole::setUpPanels()
{
    Ui::RoomConsole &ui = *m_ui;
    ui.roomHeader->setController(m_controller);
    ui.roomHeader->setServerAccount(m_account);
    connect(ui.roomHeader, &RoomHeader::retryRequested, m_controller.data(),
            &RoomController::retryNow);
    connect(ui.roomHeader, &RoomHeader::cancelReconnectRequested, m_controller.data(),
            &RoomController::disconnectFromRoom);
    connect(ui.roomHeader, &RoomHeader::signInRequested, m_signIn, &RoomSignIn::signInAgain);

    ui.callBanner->setActions(ui.acceptAction, ui.rejectAction, m_cancelCallAction);
    // The in-call strip sits in the window's toolbar while this room is shown (the action owns
    // it); its shortcuts work on every page of the console, even when the bar has no room for it.
    m_inCallStrip = new InCallStrip;
    m_inCallStrip->setSession(m_session);
    m_inCallStripAction = new QWidgetAction(this);
    m_inCallStripAction->setDefaultWidget(m_inCallStrip);
    addActions(m_inCallStrip->shortcutActions());
    ui.roomHeader->setDevices(m_session->devices());
    connect(m_session->devices(), &DeviceState::failed, ui.roomHeader, &RoomHeader::showProblem);
    connect(m_session->settings(), &RoomSettings::failed, ui.roomHeader, &RoomHeader::showProblem);

    AddressBookPanel *book = ui.addressBookPanel;
    book->setModel(m_peers);
    connect(book, &AddressBookPanel::callRequested, this, &RoomConsole::placeCall);
    connect(book, &AddressBookPanel::currentPeerChanged, this, [this](const QString &peerId) {
        // Picking a contact by hand puts it in the dial field, ready for Ctrl+Enter; not while
        // a call rings or runs: then the field names the call's party.
        const auto app = m_controller->appState();
        const bool callUnderway = m_call->phase() != CallSession::Phase::Idle || m_callCommand != 0
            || app == Room::AppState::Wait || app == Room::AppState::Conference;
        if (!peerId.isEmpty() && m_ui->addressBookPanel->view()->hasFocus() && !callUnderway)
            m_ui->dialPanel->setTarget(peerId);
        applyCapabilities();
    });
    m_contacts = new ContactEditor(m_peers, m_presenter, this);
    connect(m_contacts, &ContactEditor::requested, this, &RoomConsole::track);
    connect(m_contacts, &ContactEditor::problem, ui.roomHeader, &RoomHeader::showProblem);
    connect(book->addContactAction(), &QAction::triggered, this, [this] {
        const DialPanel *dial = m_ui->dialPanel;
        m_contacts->add(dial->isTargetValid() ? dial->target() : QString());
    });
    connect(book->removeContactAction(), &QAction::triggered, this, [this] {
        const QString peerId = m_ui->addressBookPanel->currentPeerId();
        m_contacts->remove(peerId, displayNameFor(peerId));
    });
    connect(book->renameContactAction(), &QAction::triggered, this, [this] {
        m_contacts->rename(m_ui->addressBookPanel->currentPeerId(),
                           m_ui->addressBookPanel->currentPeerName());
    });

    ui.dialPanel->setActions(ui.callAction, ui.hangUpAction, ui.hangUpForAllAction);
    m_calling = new RoomCalling(
        m_session, m_presenter, { this, ui.dialPanel, book, ui.roomHeader, nullptr },
        [this](const QString &id, const QString &pin) { placeCallWithPin(id, pin); });
    // The idle console's home: meetings, recents and the room's favourites side by side; the
    // dial field completes from the recents as well.
    ui.conferencePanel->homePanel()->setFavouritesWidget(m_calling->favouritesPanel());
    ui.dialPanel->addCompletionSource(m_session->history(), CallHistory::CallBackIdRole,
                                      CallHistory::PeerNameRole);
    connect(ui.dialPanel, &DialPanel::callRequested, this, &RoomConsole::placeCall);
    connect(ui.dialPanel, &DialPanel::targetChanged, this, &RoomConsole::applyCapabilities);

    ui.conferencePanel->setSession(m_session, m_presenter);
    connect(ui.conferencePanel, &ConferencePanel::problem, ui.roomHeader, &RoomHeader::showProblem);
    connect(m_controller.data(), &RoomController::trueConfIdChanged,
            ui.conferencePanel->participantTable(), &ParticipantTableModel::setSelfId);
    connect(ui.conferencePanel, &ConferencePanel::toneRequested, this, &RoomConsole::sendTone);
    HomePanel *home = ui.conferencePanel->homePanel();
    home->setSession(m_session);
    home->setPresenter(m_presenter);
    connect(home, &HomePanel::callRequested, this, &RoomConsole::placeCall);

    ui.eventLogPanel->setModel(m_eventLog);

    // The pages are chosen at the side, grouped; the tab widget only holds them.
    ui.pageTabWidget->setTabIcon(ui.pageTabWidget->indexOf(ui.consolePage),
                                 SvgIcon::icon(u"call"_s));
    m_navigator = new PageNavigator(ui.pageTabWidget, this);
    ui.bodyLayout->insertWidget(0, m_navigator);
    ui.bodySplitter->setStretchFactor(0, 0);
    ui.bodySplitter->setStretchFactor(1, 1);
    ui.bodySplitter->setSizes({ 250, defaultSize().width() - 250 });
    ui.consoleSplitter->setStretchFactor(0, 3);
    ui.consoleSplitter->setStretchFactor(1, 2);
    ui.consoleSplitter->setSizes({ 300, 220 });
}

void RoomConsole::setUpPages()
{
    m_brandingPanel = new BrandingPanel(m_session, m_presenter, this);
    m_serverPanel = new ServerPanel(m_session, m_presenter, this);
    m_powerPanel = new PowerPanel(m_session, m_presenter, this);
    m_securityPanel = new SecurityPanel(m_session, m_presenter, this);
    m_cameraPage = new CameraPage(m_session, m_presenter, this);
    auto *chat = new ChatPage(m_session, m_presenter, this);
    auto *content = new ContentPage(m_session, m_presenter, this);
    auto *screen = new ScreenPage(m_session, m_presenter, this);
    auto *settings = new SettingsPage(m_session, m_presenter, this);
    auto *profiles = new ProfilesPage(m_session, m_presenter, this);
    auto *check = new CheckPage(m_session, m_presenter, this);
    auto *licence = new LicencePage(m_session, m_presenter, this);
    auto *inspector = new InspectorPage(m_session, m_presenter, this);
    // Both roles may change the background; the logo editor inside is the administrator's.
    for (RoomPage *page : std::initializer_list<RoomPage *> {
             m_cameraPage, m_brandingPanel, m_serverPanel, m_powerPanel, m_securityPanel, settings,
             content, licence, profiles, screen, check, chat, inspector })
        addPage(page);
    // What the operator does during a meeting, how the room looks and behaves, its system.
    m_navigator->setGroups({
        { tr("Meeting"), { m_ui->consolePage, chat, m_cameraPage, content } },
        { tr("Room"), { screen, m_brandingPanel, settings, profiles, check } },
        { tr("System"), { m_serverPanel, m_securityPanel, m_powerPanel, licence, inspector } },
    });
    connect(chat, &ChatPage::titleChanged, m_navigator, &PageNavigator::refresh);
}

void RoomConsole::setPresenter(DialogPresenter *presenter)
{
    if (!presenter)
        return;
    m_presenter = presenter;
    m_signIn->setPresenter(presenter);
    m_ui->conferencePanel->homePanel()->setPresenter(presenter);
    m_ui->conferencePanel->setPresenter(presenter);
    m_calling->setPresenter(presenter);
    m_contacts->setPresenter(presenter);
    for (const Page &page : m_pages)
        page.page->setPresenter(presenter);
}

void RoomConsole::setDemoMode(bool demo)
{
    m_demo = demo;
    m_signIn->setDemoMode(demo);
    Q_EMIT titleChanged();
}

void RoomConsole::addPage(RoomPage *page)
{
    if (!page || !page->pageWidget())
        return;
    QWidget *widget = page->pageWidget();
    widget->setObjectName(page->pageName() + u"Page"_s);
    widget->setParent(m_ui->pageTabWidget);
    widget->hide();
    m_pages.push_back({ widget, page });
    applyCapabilities();
}

bool RoomConsole::isPageShown(QWidget *page) const
{
    return page && m_ui->pageTabWidget->indexOf(page) >= 0;
}

bool RoomConsole::showPage(const QString &name)
{
    QWidget *widget = name == u"console"_s ? m_ui->consolePage : nullptr;
    for (const Page &page : m_pages)
        if (page.widget && page.page->pageName() == name)
            widget = page.widget;
    if (!widget || m_ui->pageTabWidget->indexOf(widget) < 0)
        return false;
    m_ui->pageTabWidget->setCurrentWidget(widget);
    return true;
}

bool RoomConsole::isAddressBookSettled() const
{
    return m_peers->isLoaded() || m_abookFailed;
}

// --- connecting ----------------------------------------------------------------------------

void RoomConsole::connectToRoom(const ConnectionRequest &request)
{
    m_signIn->connectToRoom(request);
}

void RoomConsole::showConnectDialog()
{
    m_signIn->showConnectDialog();
}

// --- calls ---------------------------------------------------------------------------------

void RoomConsole::placeCallWithPin(const QString &peerId, const QString &pin)
{
    const QString id = peerId.trimmed();
    if (!m_controller || !m_controller->capabilities().testFlag(Cap::Call) || id.isEmpty()
        || m_callCommand != 0)
        return;
    const QString invalid = RoomIds::validationError(id);
    if (!invalid.isEmpty()) {
        m_ui->roomHeader->showProblem(tr("Cannot call “%1”: %2").arg(id, invalid));
        return;
    }
    m_ui->dialPanel->setTarget(id);
    m_callTarget = id;
    m_calling->callPlaced(id);
    m_callHandle = m_controller->call(id, pin);
    m_callCommand = m_callHandle;
    applyCapabilities();
    // Shown at once: the room's inviteSent follows the reply, and the operator wants feedback.
    m_ui->callBanner->showOutgoing(displayNameFor(id));
}

void RoomConsole::hangUp(bool forAll)
{
    if (!m_controller)
        return;
    trackCallCommand(m_controller->hangUp(forAll),
                     forAll ? tr("Ending the conference for all") : tr("Hanging up"));
}

void RoomConsole::onEscape()
{
    if (auto *edit = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        edit && !edit->isReadOnly() && !edit->text().isEmpty()) {
        edit->clear();
        return;
    }
    if (!m_controller || !m_controller->capabilities().testFlag(Cap::HangUp))
        return;
    if (m_call->phase() == CallSession::Phase::Outgoing) {
        hangUp(false);
        return;
    }
    if (m_controller->appState() == Room::AppState::Conference && confirmEndingConference())
        hangUp(false);
}

void RoomConsole::sendTone(const QString &symbol)
{
    const QString callId = ConferencePanel::toneCallId(*m_call);
    if (!m_controller || callId.isEmpty())
        return;
    track(m_controller->toneDial(symbol, callId), tr("Sending the tone %1").arg(symbol));
}

void RoomConsole::onIncomingCall(const QString &peerId, const QString &peerDn, int type,
                                 const QString &title)
{
    Q_UNUSED(type)
    Q_UNUSED(title)
    updateCallBanner();
    Q_EMIT incomingCall(PeerText::person(peerId, peerDn));
}

void RoomConsole::updateCallBanner()
{
    CallBanner *banner = m_ui->callBanner;
    switch (m_call->phase()) {
    case CallSession::Phase::Incoming:
        banner->showIncoming(
            PeerText::person(m_call->peerId(), m_call->peerDn()),
            CallBanner::incomingDetail(m_call->callType(), m_call->conferenceTitle()));
        return;
    case CallSession::Phase::Outgoing:
        banner->showOutgoing(m_call->peerId().isEmpty()
                                 ? displayNameFor(m_callTarget)
                                 : PeerText::person(m_call->peerId(), m_call->peerDn()));
        return;
    case CallSession::Phase::InConference:
    case CallSession::Phase::Ending:
        if (banner->mode() != CallBanner::Mode::Ended)
            banner->dismiss();
        return;
    case CallSession::Phase::Unknown:
        // Ringing seen before the connection stopped is not ringing now.
        if (banner->mode() == CallBanner::Mode::Incoming
            || banner->mode() == CallBanner::Mode::Outgoing)
            banner->dismiss();
        return;
    case CallSession::Phase::Idle:
        break;
    }
    // Idle: a refusal stays until dismissed; ringing ends unless our call awaits its reply.
    const bool awaitingReply = m_callHandle != 0;
    if (banner->mode() == CallBanner::Mode::Incoming
        || (banner->mode() == CallBanner::Mode::Outgoing && !awaitingReply
            && m_controller->appState() != Room::AppState::Wait))
        banner->dismiss();
}

void RoomConsole::track(quint64 handle, const QString &what)
{
    if (handle != 0)
        m_tracked.insert(handle, what);
}

void RoomConsole::trackCallCommand(quint64 handle, const QString &what)
{
    track(handle, what);
    m_callCommand = handle;
    applyCapabilities();
}

void RoomConsole::endCallCommand()
{
    if (m_callCommand == 0)
        return;
    m_callCommand = 0;
    applyCapabilities();
}

void RoomConsole::onRequestFinished(const RequestOutcome &outcome)
{
    const QString why
        = RoomText::bounded(outcome.errorText.isEmpty() ? outcome.summary() : outcome.errorText);
    if (outcome.id == m_callCommand) {
        if (!outcome.ok()) {
            endCallCommand();
        } else {
            // The room's new state normally follows at once; should it not, the operator
            // gets the buttons back after a moment rather than never.
            const quint64 id = outcome.id;
            QTimer::singleShot(2000, this, [this, id] {
                if (m_callCommand == id)
                    endCallCommand();
            });
        }
    }
    if (outcome.id == m_callHandle) {
        m_callHandle = 0;
        m_eventLog->logCommand(tr("Calling %1").arg(displayNameFor(m_callTarget)), outcome);
        if (outcome.ok()) {
            m_ui->dialPanel->rememberTarget(m_callTarget);
        } else {
            m_ui->callBanner->showRejected(displayNameFor(m_callTarget),
                                           tr("The room refused the call: %1").arg(why));
        }
        updateCallBanner();
        return;
    }
    const auto it = m_tracked.constFind(outcome.id);
    if (it == m_tracked.constEnd())
        return;
    const QString what = *it;
    m_tracked.erase(it);
    m_eventLog->logCommand(what, outcome); // "who rebooted the room at 10:14" on this PC
    if (!outcome.ok())
        m_ui->roomHeader->showProblem(tr("%1 failed: %2").arg(what, why));
}

QString RoomConsole::displayNameFor(const QString &peerId) const
{
    const int row = m_peers->rowOf(peerId);
    if (row < 0)
        return peerId;
    return PeerText::person(m_peers->contact(row).peerId, m_peers->contact(row).peerDn);
}

// --- capabilities --------------------------------------------------------------------------

void RoomConsole::applyCapabilities()
{
    if (!m_controller)
        return;
    Ui::RoomConsole &ui = *m_ui;
    const auto state = m_controller->connectionState();
    const Permissions::Capabilities caps = m_controller->capabilities();
    const Room::Role role = m_controller->role();
    const CallSession::Phase phase = m_call->phase();
    using State = RoomController::ConnectionState;
    m_sessionUp = caps.testFlag(Cap::ViewStatus);
    m_calling->applyCapabilities();

    // Connect… stays available in every state: it replaces the current session.
    ui.disconnectAction->setEnabled(state != State::Disconnected);
    ui.retryAction->setVisible(state == State::Reconnecting);
    ui.retryAction->setEnabled(state == State::Reconnecting);

    // Role: an administrator may step down; a user may step up. Nothing else is shown.
    const bool admin = m_sessionUp && role == Room::Role::Admin;
    ui.switchToUserAction->setVisible(admin);
    ui.switchToUserAction->setEnabled(admin);
    ui.signInAdminAction->setVisible(m_sessionUp && role == Room::Role::User);
    ui.signInAdminAction->setEnabled(m_sessionUp && role == Room::Role::User);

    // Calls: the room's state decides (room-api.md §5.2), the call in progress refines it,
    // and nothing is sent twice while the room has not acted on the last command.
    const bool free = m_callCommand == 0;
    ui.dialPanel->setRoomBlocker(CallSession::readinessText(m_call->readiness()));
    ui.callAction->setEnabled(free && caps.testFlag(Cap::Call) && ui.dialPanel->isTargetValid());
    const bool answerable
        = free && caps.testFlag(Cap::Answer) && phase != CallSession::Phase::Outgoing;
    ui.acceptAction->setEnabled(answerable);
    ui.rejectAction->setEnabled(answerable);
    const bool canHangUp = free && caps.testFlag(Cap::HangUp);
    ui.hangUpAction->setEnabled(canHangUp);
    m_cancelCallAction->setEnabled(canHangUp);
    ui.hangUpForAllAction->setEnabled(canHangUp && mayEndConferenceForAll());
    ui.conferencePanel->setKeypadEnabled(caps.testFlag(Cap::ConferenceControl)
                                         && !ConferencePanel::toneCallId(*m_call).isEmpty());

    // Address book: live only while signed in on an open connection.
    AddressBookPanel *book = ui.addressBookPanel;
    const bool live = state == State::Loading || state == State::Connected;
    book->setLive(live, CallSession::readinessText(m_call->readiness()));
    const bool hasPeer = !book->currentPeerId().isEmpty();
    const bool canEdit = caps.testFlag(Cap::AddressBook);
    book->callPeerAction()->setEnabled(free && caps.testFlag(Cap::Call) && hasPeer);
    book->copyIdAction()->setEnabled(hasPeer);
    book->addContactAction()->setEnabled(canEdit);
    book->removeContactAction()->setEnabled(canEdit && hasPeer && book->isCurrentPeerEditable());
    book->renameContactAction()->setEnabled(canEdit && hasPeer && book->isCurrentPeerEditable());

    m_inCallStrip->applyCapabilities(caps);

    // Pages: enabled state inside; a page whose capability is not granted is not there at all.
    m_powerPanel->setEndForAllAllowed(caps.testFlag(Cap::HangUp) && mayEndConferenceForAll());
    for (const Page &page : m_pages) {
        if (!page.widget)
            continue;
        page.page->applyCapabilities(caps);
        const Cap required = page.page->requiredCapability();
        const bool wanted = required == Cap::None || caps.testFlag(required);
        const int index = ui.pageTabWidget->indexOf(page.widget);
        if (wanted && index < 0)
            ui.pageTabWidget->addTab(page.widget, page.page->pageIcon(), page.page->pageTitle());
        else if (!wanted && index >= 0)
            ui.pageTabWidget->removeTab(index);
        if (!wanted)
            page.widget->hide();
    }
    if (m_navigator)
        m_navigator->refresh();

    Q_EMIT statusChanged();
}

bool RoomConsole::mayEndConferenceForAll() const
{
    // Ending a group conference for everyone is the owner's right (moderators too, but the
    // API does not say who they are: with the owner unknown the room decides).
    if (!m_controller || m_controller->appState() != Room::AppState::Conference)
        return false;
    if (m_call->conferenceType() == int(Room::ConferenceType::PeerToPeer))
        return false;
    const QString owner = m_call->conferenceOwner();
    return owner.isEmpty() || m_controller->trueConfId().isEmpty()
        || RoomIds::sameUser(owner, m_controller->trueConfId());
}

// --- what the shell shows ------------------------------------------------------------------

QList<QAction *> RoomConsole::roomActions() const
{
    return QList<QAction *> { m_ui->disconnectAction, m_ui->retryAction, nullptr,
                              m_ui->signInAdminAction, m_ui->switchToUserAction }
    + m_calling->roomActions();
}

QAction *RoomConsole::acceptAction() const
{
    return m_ui->acceptAction;
}

QAction *RoomConsole::rejectAction() const
{
    return m_ui->rejectAction;
}

QList<QAction *> RoomConsole::callActions() const
{
    return QList<QAction *> { m_ui->callAction,      m_ui->acceptAction,       m_ui->rejectAction,
                              m_ui->hangUpAction,    m_ui->hangUpForAllAction, nullptr,
                              m_ui->focusDialAction, m_ui->findAction }
    + m_calling->callActions();
}

QList<QAction *> RoomConsole::toolBarActions() const
{
    return { m_ui->disconnectAction,  m_ui->retryAction,        nullptr,
             m_ui->signInAdminAction, m_ui->switchToUserAction, nullptr,
             m_inCallStripAction };
}

void RoomConsole::setHistoryRoom(const QString &room)
{
    m_ui->dialPanel->setHistoryRoom(room);
}

void RoomConsole::setRoomName(const QString &name)
{
    if (name == m_roomName)
        return;
    m_roomName = name;
    Q_EMIT titleChanged();
}

QString RoomConsole::roomTitle() const
{
    if (!m_roomName.trimmed().isEmpty())
        return RoomText::name(m_roomName.trimmed());
    const std::optional<SavedRoom> room = m_signIn->currentRoom();
    if (room && !room->name.trimmed().isEmpty())
        return RoomText::bounded(room->name.trimmed(), 120);
    return m_controller ? m_controller->roomName() : QString();
}

QString RoomConsole::endpointText(bool *warning) const
{
    if (warning)
        *warning = false;
    if (!m_controller || !m_sessionUp) {
        const auto state = m_controller ? m_controller->connectionState()
                                        : RoomController::ConnectionState::Disconnected;
        return state == RoomController::ConnectionState::Disconnected
            ? tr("Not connected")
            : RoomController::connectionStateText(state) + u"…"_s;
    }
    const RoomLocator::Source source = m_controller->endpointSource();
    QString text = tr("WebSocket %1 (%2)")
                       .arg(m_controller->webSocketUrl().toDisplayString(), sourceText(source));
    if (m_controller->httpPort() != 0)
        text += u"  ·  "_s + tr("HTTP port %1").arg(m_controller->httpPort());
    if (warning)
        *warning = source == RoomLocator::Source::Fallback;
    return text;
}

void RoomConsole::restoreLayout(const QSettings &settings)
{
    const QByteArray body = settings.value(kBodySplitterKey).toByteArray();
    if (!body.isEmpty())
        m_ui->bodySplitter->restoreState(body);
    const QByteArray console = settings.value(kConsoleSplitterKey).toByteArray();
    if (!console.isEmpty())
        m_ui->consoleSplitter->restoreState(console);
    m_ui->eventLogPanel->restoreSettings(settings);
}

void RoomConsole::saveLayout(QSettings &settings) const
{
    settings.setValue(kBodySplitterKey, m_ui->bodySplitter->saveState());
    settings.setValue(kConsoleSplitterKey, m_ui->consoleSplitter->saveState());
    m_ui->eventLogPanel->saveSettings(settings);
}
