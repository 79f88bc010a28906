// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "roomcalling.h"

#include "core/controller/roomcontroller.h" // RoomIds
#include "core/models/callpolicy.h"
#include "core/models/callsession.h"
#include "core/models/eventlogmodel.h"
#include "core/models/favourites.h"
#include "core/models/peerlistmodel.h"
#include "core/roomtext.h"
#include "core/session/roomsession.h"
#include "gui/dialogs/autoanswerdialog.h"
#include "gui/dialogs/createconferencedialog.h"
#include "gui/panels/addressbookpanel.h"
#include "gui/panels/dialpanel.h"
#include "gui/panels/favouritespanel.h"
#include "gui/presenters/dialogpresenter.h"
#include "gui/widgets/roomheader.h"
#include "gui/widgets/statuscolors.h"
#include "gui/widgets/svgicon.h"

#include <QAction>
#include <QLabel>
#include <QSplitter>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;
using Cap = Permissions::Capability;

RoomCalling::RoomCalling(RoomSession *session, DialogPresenter *presenter, const Parts &parts,
                         PlaceCall placeCall, QObject *parent)
    : QObject(parent ? parent : parts.console)
    , m_session(session)
    , m_presenter(presenter)
    , m_parts { parts.console, parts.dial, parts.addressBook, parts.header }
    , m_placeCall(std::move(placeCall))
{
    Favourites *favourites = session->favourites();
    CallPolicy *policy = session->callPolicy();

    m_panel = new FavouritesPanel(presenter, parts.console);
    m_panel->setFavourites(favourites);
    if (parts.panelHost)
        parts.panelHost->insertWidget(0, m_panel);
    connect(m_panel, &FavouritesPanel::callRequested, this,
            [this](const QString &id) { m_placeCall(id, {}); });

    m_createConference = new QAction(tr("Create Co&nference…"), this);
    m_createConference->setObjectName(u"createConferenceAction"_s);
    m_createConference->setToolTip(
        tr("Start a group conference owned by the room and invite people to it"));
    connect(m_createConference, &QAction::triggered, this, &RoomCalling::showCreateConference);

    m_dnd = new QAction(tr("Do Not Dis&turb"), this);
    m_dnd->setObjectName(u"doNotDisturbAction"_s);
    m_dnd->setCheckable(true);
    m_dnd->setToolTip(tr("Decline every incoming call to this room, on every console"));
    connect(m_dnd, &QAction::triggered, this, [this](bool on) {
        if (!m_session || !m_session->callPolicy())
            return;
        // The switch shows the room's policy, never the click: back until the room says so.
        m_dnd->setChecked(!on);
        m_session->callPolicy()->setDoNotDisturb(on);
    });

    m_autoAnswer = new QAction(tr("Auto-Answer Li&st…"), this);
    m_autoAnswer->setObjectName(u"autoAnswerAction"_s);
    m_autoAnswer->setToolTip(tr("The callers whose calls this room answers at once"));
    connect(m_autoAnswer, &QAction::triggered, this, &RoomCalling::showAutoAnswer);

    m_addToFavourites = new QAction(tr("Add to &Favourites"), this);
    m_addToFavourites->setObjectName(u"addToFavouritesAction"_s);
    m_addToFavourites->setToolTip(tr("Add this contact to the room's favourites"));
    if (parts.addressBook) {
        parts.addressBook->addContactMenuAction(m_addToFavourites);
        connect(m_addToFavourites, &QAction::triggered, this, [this] {
            if (!m_parts.addressBook)
                return;
            const QString id = m_parts.addressBook->contextPeerId();
            if (!id.isEmpty() && m_session)
                m_session->favourites()->add(id,
                                             m_parts.addressBook->currentPeerId() == id
                                                 ? m_parts.addressBook->currentPeerName()
                                                 : QString());
        });
        connect(parts.addressBook, &AddressBookPanel::currentPeerChanged, this,
                &RoomCalling::updateCandidate);
    }
    if (parts.dial) {
        connect(parts.dial, &DialPanel::targetChanged, this, &RoomCalling::updateCandidate);
        parts.dial->addCompletionSource(favourites, Favourites::IdRole, Favourites::LabelRole);
        parts.dial->addCompletionSource(session->addressBook(), PeerListModel::PeerIdRole,
                                        PeerListModel::DisplayNameRole);
    }

    // A sign beside the mute icons (its words in the tooltip, the room list and the Call
    // menu): it keeps its place while hidden, so it must stay small in every language.
    m_dndLabel = new QLabel;
    m_dndLabel->setObjectName(u"doNotDisturbLabel"_s);
    m_dndLabel->setToolTip(tr("Incoming calls to this room are declined (Call ▸ Do Not Disturb)"));
    m_dndLabel->setAccessibleName(tr("Do not disturb is on"));
    m_dndLabel->setContentsMargins(6, 0, 0, 0); // apart from the mute icons
    m_dndLabel->setPixmap(
        SvgIcon::pixmap(u"presence-busy"_s, QSize(16, 16), m_dndLabel->devicePixelRatioF()));
    QSizePolicy keep = m_dndLabel->sizePolicy();
    keep.setRetainSizeWhenHidden(true); // appearing moves nothing in the header
    m_dndLabel->setSizePolicy(keep);
    m_dndLabel->hide();
    if (parts.header)
        parts.header->addIndicator(m_dndLabel);
    else
        m_dndLabel->setParent(parts.console);

    connect(policy, &CallPolicy::changed, this, &RoomCalling::updatePolicy);
    connect(policy, &CallPolicy::failed, this, &RoomCalling::showProblem);
    connect(policy, &CallPolicy::passwordRequired, this, &RoomCalling::askPassword);
    connect(favourites, &Favourites::failed, this, &RoomCalling::showProblem);
    connect(favourites, &Favourites::changed, this, &RoomCalling::updateCandidate);
    updatePolicy();
    updateCandidate();
}

RoomCalling::~RoomCalling() = default;

FavouritesPanel *RoomCalling::favouritesPanel() const
{
    return m_panel;
}

QLabel *RoomCalling::doNotDisturbIndicator() const
{
    return m_dndLabel;
}

void RoomCalling::setPresenter(DialogPresenter *presenter)
{
    if (!presenter)
        return;
    m_presenter = presenter;
    if (m_panel)
        m_panel->setPresenter(presenter);
}

void RoomCalling::callPlaced(const QString &peerId)
{
    m_lastDialled = peerId.trimmed();
}

void RoomCalling::showProblem(const QString &text)
{
    if (m_parts.header)
        m_parts.header->showProblem(RoomText::bounded(text));
}

void RoomCalling::applyCapabilities()
{
    if (!m_panel)
        return;
    RoomController *c = m_session ? m_session->controller() : nullptr;
    const Permissions::Capabilities caps = c ? c->capabilities() : Permissions::Capabilities();
    m_createConference->setEnabled(caps.testFlag(Cap::Call));
    m_panel->setCallEnabled(caps.testFlag(Cap::Call));
    updatePolicy();
}

void RoomCalling::updateCandidate()
{
    if (!m_session || !m_panel)
        return;
    QString id;
    QString label;
    if (m_parts.dial && m_parts.dial->isTargetValid()) {
        id = m_parts.dial->target();
        const int row = m_session->addressBook()->rowOf(id);
        if (row >= 0)
            label = m_session->addressBook()->contact(row).peerDn;
    } else if (m_parts.addressBook) {
        id = m_parts.addressBook->currentPeerId();
        label = m_parts.addressBook->currentPeerName();
    }
    m_panel->setCandidate(id, label);
    const Favourites *favourites = m_session->favourites();
    m_addToFavourites->setEnabled(favourites->isLoaded());
}

void RoomCalling::updatePolicy()
{
    if (!m_dndLabel)
        return;
    CallPolicy *policy = m_session ? m_session->callPolicy() : nullptr;
    const bool known = policy && policy->isKnown();
    const bool on = known && policy->doNotDisturb();
    m_dnd->setEnabled(known);
    m_dnd->setChecked(on);
    m_autoAnswer->setEnabled(known);
    m_dndLabel->setVisible(on);
    StatusColors::setForeground(
        m_dndLabel, StatusColors::text(StatusColors::Tone::Busy, m_dndLabel->palette()));
}

void RoomCalling::showCreateConference()
{
    if (!m_session)
        return;
    auto *dialog = new CreateConferenceDialog(
        m_session->addressBook(), m_session->controller()->trueConfId(), m_parts.console);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (!m_session)
            return;
        const QString title = dialog->title();
        const QString what = tr("Creating the conference “%1”").arg(RoomText::name(title));
        QPointer<RoomCalling> self(this);
        m_session->call()->createConference(
            title, dialog->type(), dialog->invitees(), dialog->options(), this,
            [self, what](const RequestOutcome &o) {
                if (!self || !self->m_session)
                    return;
                self->m_session->eventLog()->logCommand(what, o);
                if (!o.ok())
                    self->showProblem(tr("%1 failed: %2").arg(what, o.errorText));
            });
    });
    dialog->open();
}

void RoomCalling::showAutoAnswer()
{
    if (!m_session || !m_session->callPolicy()->isKnown())
        return;
    auto *dialog = new AutoAnswerDialog(m_session->callPolicy()->autoAnswerIds(), m_parts.console);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (m_session)
            m_session->callPolicy()->setAutoAnswerIds(dialog->ids());
    });
    dialog->open();
}

void RoomCalling::askPassword(const QString &conference, bool wrong)
{
    // Only the console that dialled asks; every console hears the room's refusal.
    if (m_lastDialled.compare(conference, Qt::CaseInsensitive) != 0)
        return;
    m_lastDialled.clear();
    // Not from inside the event's delivery: the question may open a modal dialog.
    QTimer::singleShot(0, this, [this, conference, wrong] {
        const QString name = RoomText::name(RoomIds::parse(conference).conference);
        const std::optional<QString> pin = m_presenter->askSecret(
            m_parts.console, tr("Conference Password"),
            wrong ? tr("The password for “%1” was wrong. Password:").arg(name)
                  : tr("The conference “%1” is protected by a password. Password:").arg(name));
        if (pin && !pin->isEmpty())
            callWhenReady(conference, *pin);
    });
}

void RoomCalling::callWhenReady(const QString &conference, const QString &pin)
{
    CallSession *call = m_session ? m_session->call() : nullptr;
    if (!call)
        return;
    if (call->readiness() == CallSession::Readiness::Ready) {
        m_placeCall(conference, pin);
        return;
    }
    // The room's refusal is followed by its return to "ready" (appState 3): call then, once.
    auto *once = new QObject(this);
    const auto fired = std::make_shared<bool>(false);
    connect(call, &CallSession::changed, once, [this, once, fired, call, conference, pin] {
        const CallSession::Readiness r = call->readiness();
        if (*fired || r == CallSession::Readiness::Busy || r == CallSession::Readiness::Unknown)
            return;
        *fired = true;
        once->deleteLater();
        if (r == CallSession::Readiness::Ready)
            m_placeCall(conference, pin);
        // Otherwise the room went away: the operator dials again.
    });
}
