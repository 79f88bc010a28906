// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "participantactions.h"

#include "core/controller/roomcontroller.h"
#include "core/models/eventlogmodel.h"
#include "core/models/participantlistmodel.h"
#include "core/models/peerlistmodel.h"
#include "core/session/roomsession.h"
#include "gui/panels/participanttablemodel.h"
#include "gui/presenters/dialogpresenter.h"
#include "gui/widgets/elidinglabel.h"
#include "gui/widgets/svgicon.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHash>
#include <QKeyEvent>
#include <QMenu>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>
#include <algorithm>
#include <climits>

using namespace Qt::StringLiterals;
using Action = ConferenceModeration::Action;
using Verdict = ConferenceModeration::Verdict;

ParticipantActions::ParticipantActions(QTreeView *view, QWidget *parent)
    : QWidget(parent)
    , m_view(view)
    , m_menu(new QMenu(this))
    , m_speakerMenu(new QMenu(this))
    , m_podiumMenu(new QMenu(this))
    , m_status(new ElidingLabel(this))
{
    setObjectName(u"participantActions"_s);
    makeAction(Id::Microphone, u"remoteMicAction"_s);
    makeAction(Id::Camera, u"remoteCameraAction"_s);
    makeAction(Id::SpeakerOff, u"remoteSpeakerOffAction"_s)->setText(tr("Speaker off"));
    makeAction(Id::SpeakerOn, u"remoteSpeakerOnAction"_s)->setText(tr("Speaker on"));
    makeAction(Id::Moderator, u"moderatorAction"_s);
    makeAction(Id::Remove, u"removeParticipantAction"_s)->setText(tr("Remove…"));
    makeAction(Id::InviteToPodium, u"inviteToPodiumAction"_s)->setText(tr("Invite to the podium"));
    makeAction(Id::RemoveFromPodium, u"removeFromPodiumAction"_s)
        ->setText(tr("Take off the podium"));
    makeAction(Id::TakePodium, u"takePodiumAction"_s)->setText(tr("Take the podium"));
    makeAction(Id::LeavePodium, u"leavePodiumAction"_s)->setText(tr("Leave the podium"));
    makeAction(Id::Admit, u"admitAction"_s)->setText(tr("Admit"));
    makeAction(Id::Refuse, u"refuseAction"_s)->setText(tr("Refuse"));
    makeAction(Id::Invite, u"inviteAction"_s)->setText(tr("Invite…"));
    QAction *waiting = makeAction(Id::WaitingRoom, u"waitingRoomAction"_s);
    waiting->setText(tr("Waiting room"));
    waiting->setCheckable(true);

    m_speakerMenu->addActions({ action(Id::SpeakerOff), action(Id::SpeakerOn) });
    m_podiumMenu->addActions({ action(Id::InviteToPodium), action(Id::RemoveFromPodium),
                               action(Id::TakePodium), action(Id::LeavePodium) });

    // Stable names for assistive technology: the buttons' words change with the row.
    const QHash<QAction *, QString> names {
        { action(Id::Microphone), tr("Participant's microphone") },
        { action(Id::Camera), tr("Participant's camera") },
        { action(Id::Moderator), tr("Moderator role") },
        { action(Id::Remove), tr("Remove the participant") },
        { action(Id::Admit), tr("Admit from the waiting room") },
        { action(Id::Refuse), tr("Refuse from the waiting room") },
        { action(Id::Invite), tr("Invite to the conference") },
        { action(Id::WaitingRoom), tr("Waiting room") },
    };
    const auto button = [this, &names](QAction *a) {
        auto *b = new QToolButton(this);
        b->setDefaultAction(a);
        b->setAccessibleName(names.value(a));
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        b->setObjectName(a->objectName().replace(u"Action"_s, u"Button"_s));
        return b;
    };
    const auto menuButton = [this](const QString &text, const QString &name, QMenu *menu) {
        auto *b = new QToolButton(this);
        b->setText(text);
        b->setObjectName(name);
        b->setAccessibleName(text);
        b->setMenu(menu);
        b->setPopupMode(QToolButton::InstantPopup);
        return b;
    };
    auto *participantRow = new QHBoxLayout;
    participantRow->setSpacing(4);
    // Buttons whose words change with the row are as wide as their longer words: nothing
    // beside them moves when another participant is selected.
    const auto steady = [](QToolButton *b, const QStringList &texts) {
        int width = 0;
        for (const QString &text : texts)
            width = std::max(width, b->fontMetrics().horizontalAdvance(text));
        b->setMinimumWidth(width + b->sizeHint().width()
                           - b->fontMetrics().horizontalAdvance(b->text()));
        return b;
    };
    // The device switches are icons (their words are in the tooltip and the context menu): the
    // row has to fit beside the keypad in every language.
    const auto iconOnly = [](QToolButton *b, const QString &icon) {
        b->defaultAction()->setIcon(SvgIcon::icon(icon));
        b->setToolButtonStyle(Qt::ToolButtonIconOnly);
        return b;
    };
    participantRow->addWidget(iconOnly(button(action(Id::Microphone)), u"mic-on"_s));
    participantRow->addWidget(iconOnly(button(action(Id::Camera)), u"cam-on"_s));
    QToolButton *speaker = menuButton(tr("Speaker"), u"remoteSpeakerButton"_s, m_speakerMenu);
    speaker->setIcon(SvgIcon::icon(u"speaker-on"_s));
    speaker->setToolButtonStyle(Qt::ToolButtonIconOnly);
    speaker->setToolTip(tr("Turn the selected participant's loudspeaker off or on"));
    participantRow->addWidget(speaker);
    participantRow->addWidget(
        steady(button(action(Id::Moderator)), { tr("Make moderator"), tr("Remove moderator") }));
    participantRow->addWidget(button(action(Id::Remove)));
    participantRow->addStretch(1);

    auto *conferenceRow = new QHBoxLayout;
    conferenceRow->setSpacing(4);
    for (Id id : { Id::Admit, Id::Refuse, Id::Invite, Id::WaitingRoom })
        conferenceRow->addWidget(button(action(id)));
    QToolButton *podium = menuButton(tr("Podium"), u"podiumButton"_s, m_podiumMenu);
    podium->setToolTip(tr("The podium of a role-based conference"));
    conferenceRow->addWidget(podium);
    m_status->setObjectName(u"moderationStatusLabel"_s);
    m_status->setAccessibleName(tr("Why moderation is not available"));
    conferenceRow->addWidget(m_status, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(participantRow);
    layout->addLayout(conferenceRow);

    // The keyboard's ways to the same actions: Menu key (the view's context-menu event),
    // Shift+F10, and Delete for Remove (with the question).
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this,
            &ParticipantActions::showContextMenu);
    auto *menuKey = new QAction(this);
    menuKey->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F10));
    menuKey->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(menuKey);
    connect(menuKey, &QAction::triggered, this,
            [this] { showContextMenu(m_view->visualRect(m_view->currentIndex()).center()); });
    // Delete is the table's own key (not a shortcut the Remove button would claim
    // window-wide as well).
    m_view->installEventFilter(this);
    refresh();
}

ParticipantActions::~ParticipantActions() = default;

bool ParticipantActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->matches(QKeySequence::Delete)) {
        trigger(Id::Remove);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

QAction *ParticipantActions::makeAction(Id id, const QString &name)
{
    auto *a = new QAction(this);
    a->setObjectName(name);
    Q_ASSERT(m_actions.size() == int(id));
    m_actions.append(a);
    connect(a, &QAction::triggered, this, [this, id] { trigger(id); });
    return a;
}

QAction *ParticipantActions::action(Id id) const
{
    return m_actions.value(int(id));
}

QString ParticipantActions::statusText() const
{
    return m_status->text();
}

void ParticipantActions::setSession(RoomSession *session, DialogPresenter *presenter)
{
    if (m_moderation)
        disconnect(m_moderation, nullptr, this, nullptr);
    m_session = session;
    m_presenter = presenter;
    m_moderation = session ? session->moderation() : nullptr;
    if (m_moderation) {
        connect(m_moderation, &ConferenceModeration::standingChanged, this,
                &ParticipantActions::refresh);
        connect(m_moderation, &ConferenceModeration::waitingRoomChanged, this,
                &ParticipantActions::refresh);
        connect(m_moderation, &ConferenceModeration::commandFinished, session->eventLog(),
                &EventLogModel::logCommand);
    }
    if (QAbstractItemModel *model = m_view->model()) {
        connect(model, &QAbstractItemModel::dataChanged, this, &ParticipantActions::refresh);
        connect(model, &QAbstractItemModel::modelReset, this, &ParticipantActions::refresh);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &ParticipantActions::onRowsRemoved);
        connect(model, &QAbstractItemModel::rowsInserted, this,
                [this](const QModelIndex &, int first, int last) { onRowsInserted(first, last); });
    }
    if (m_view->selectionModel())
        connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
            // Who is selected is read a moment later: a row going away moves the
            // current row first, and that is nobody's aim (onRowsRemoved sorts it out).
            QTimer::singleShot(0, this, [this] {
                const Row row = currentRow();
                m_selectedPeer = row.valid ? row.peerId : QString();
                if (row.valid && !RoomIds::sameUser(row.peerId, m_followPeer))
                    m_followPeer.clear(); // the operator aimed at somebody else
            });
            refresh();
        });
    refresh();
}

int ParticipantActions::rowOfPeer(const QString &peerId, int first, int last) const
{
    auto *table = qobject_cast<ParticipantTableModel *>(m_view->model());
    if (!table || peerId.isEmpty())
        return -1;
    last = std::min(last, table->rowCount() - 1);
    for (int row = std::max(first, 0); row <= last; ++row) {
        // Admitted, the waiting id comes back as the instance in the conference.
        const QString id = table->mapToSource(table->index(row, 0))
                               .data(ParticipantListModel::PeerIdRole)
                               .toString();
        if (id == peerId || RoomIds::sameUser(id, peerId))
            return row;
    }
    return -1;
}

void ParticipantActions::onRowsRemoved()
{
    // The selected participant's row went away and Qt moved the current row to a neighbour:
    // an action would hit somebody else. Nobody is selected until the participant is back.
    if (!m_selectedPeer.isEmpty() && rowOfPeer(m_selectedPeer, 0, INT_MAX) < 0
        && m_view->selectionModel()) {
        m_followPeer = m_selectedPeer;
        m_view->selectionModel()->clearSelection();
        m_view->selectionModel()->setCurrentIndex({}, QItemSelectionModel::NoUpdate);
    }
    refresh();
}

void ParticipantActions::onRowsInserted(int first, int last)
{
    if (const int row = rowOfPeer(m_followPeer, first, last);
        row >= 0 && m_view->selectionModel()) {
        m_followPeer.clear();
        const QModelIndex index = m_view->model()->index(row, 0);
        m_view->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_view->scrollTo(index);
    }
    refresh();
}

ParticipantActions::Row ParticipantActions::currentRow() const
{
    Row row;
    const QModelIndex index = m_view->currentIndex();
    auto *table = qobject_cast<ParticipantTableModel *>(m_view->model());
    if (!index.isValid() || !table)
        return row;
    const QModelIndex source = table->mapToSource(index.siblingAtColumn(0));
    using P = ParticipantListModel;
    row.valid = source.isValid();
    row.peerId = source.data(P::PeerIdRole).toString();
    row.name = source.data(P::DisplayNameRole).toString();
    row.mic = source.data(P::MicRole).toInt();
    row.video = source.data(P::VideoRole).toInt();
    row.moderator = source.data(P::ModeratorRole).toBool();
    row.waiting = source.data(P::WaitingRole).toBool();
    row.broadcast = source.data(P::BroadcastRole).toBool();
    const QString own = m_session ? m_session->controller()->trueConfId() : QString();
    row.self = !own.isEmpty() && RoomIds::sameUser(row.peerId, own);
    return row;
}

void ParticipantActions::refresh()
{
    const Row row = currentRow();
    const auto verdict = [this](Action a) {
        return m_moderation ? m_moderation->verdict(a)
                            : Verdict { false, tr("Not connected to a room") };
    };
    // What the selected row allows, on top of the room's standing.
    const auto onRow = [&](Verdict v, bool needsParticipant) {
        if (!v.allowed)
            return v;
        if (!row.valid)
            return Verdict { false, tr("Select a participant first") };
        if (row.self)
            return Verdict { false, tr("That is this room: use its own controls") };
        if (needsParticipant && row.waiting)
            return Verdict { false, tr("%1 is still in the waiting room").arg(row.name) };
        if (!needsParticipant && !row.waiting)
            return Verdict { false, tr("%1 is not in the waiting room").arg(row.name) };
        return v;
    };
    const auto apply = [this](Id id, Verdict v, const QString &text, const QString &tip) {
        QAction *a = action(id);
        if (!text.isEmpty())
            a->setText(text);
        a->setEnabled(v.allowed);
        a->setToolTip(v.allowed ? tip : v.reason);
        a->setStatusTip(a->toolTip());
    };

    const Verdict devices = onRow(verdict(Action::RemoteDevices), true);
    const bool micOn = row.mic != 1;
    Verdict mic = devices;
    if (mic.allowed && row.mic == 0)
        mic = { false, tr("%1 has no microphone").arg(row.name) };
    apply(Id::Microphone, mic, micOn ? tr("Microphone off") : tr("Microphone on"),
          micOn ? tr("Turn off the microphone of %1").arg(row.name)
                : tr("Turn on the microphone of %1").arg(row.name));
    const bool cameraOn = row.video != 1;
    Verdict camera = devices;
    if (camera.allowed && row.video == 0)
        camera = { false, tr("%1 has no camera").arg(row.name) };
    apply(Id::Camera, camera, cameraOn ? tr("Camera off") : tr("Camera on"),
          cameraOn ? tr("Turn off the camera of %1").arg(row.name)
                   : tr("Turn on the camera of %1").arg(row.name));
    // The switches show the participant's state, as the table does (none, on, off).
    const auto stateIcon = [](const QString &device, int state) {
        return SvgIcon::icon(device
                             + (state == 0       ? u"-none"_s
                                    : state == 1 ? u"-muted"_s
                                                 : u"-on"_s));
    };
    action(Id::Microphone)->setIcon(stateIcon(u"mic"_s, row.valid ? row.mic : 2));
    action(Id::Camera)->setIcon(stateIcon(u"cam"_s, row.valid ? row.video : 2));
    apply(Id::SpeakerOff, devices, {}, tr("Turn off the loudspeaker of %1").arg(row.name));
    apply(Id::SpeakerOn, devices, {}, tr("Turn on the loudspeaker of %1").arg(row.name));
    apply(Id::Moderator, onRow(verdict(Action::SetModerator), true),
          row.moderator ? tr("Remove moderator") : tr("Make moderator"),
          row.moderator ? tr("Take the moderator role from %1").arg(row.name)
                        : tr("Let %1 moderate the conference").arg(row.name));
    const Verdict remove = onRow(verdict(Action::Remove), true);
    apply(Id::Remove, remove, {}, tr("Remove %1 from the conference (Delete)").arg(row.name));
    const Verdict podium = onRow(verdict(Action::ManagePodium), true);
    apply(Id::InviteToPodium, podium, {}, tr("Invite %1 to the podium").arg(row.name));
    apply(Id::RemoveFromPodium, podium, {}, tr("Take %1 off the podium").arg(row.name));
    const Verdict own = verdict(Action::OwnPodium);
    apply(Id::TakePodium, own, {}, tr("The room takes the podium"));
    apply(Id::LeavePodium, own, {}, tr("The room leaves the podium"));
    const Verdict waiting = onRow(verdict(Action::WaitingRoom), false);
    apply(Id::Admit, waiting, {}, tr("Let %1 in from the waiting room").arg(row.name));
    apply(Id::Refuse, waiting, {}, tr("Turn %1 away").arg(row.name));
    const Verdict invite = verdict(Action::Invite);
    apply(Id::Invite, invite, {}, tr("Invite somebody from the address book to the conference"));
    Verdict waitingRoom = verdict(Action::WaitingRoom);
    if (waitingRoom.allowed && m_moderation && !m_moderation->isWaitingRoomSwitchable())
        waitingRoom = { false, tr("This conference cannot switch a waiting room") };
    const bool on = m_moderation && m_moderation->isWaitingRoomEnabled().value_or(false);
    QAction *switchAction = action(Id::WaitingRoom);
    const QSignalBlocker blocker(switchAction);
    switchAction->setChecked(on);
    apply(Id::WaitingRoom, waitingRoom, {},
          on ? tr("Newcomers wait until admitted; click to let them in directly")
             : tr("Let newcomers wait until admitted"));

    // The status line: why the conference cannot be moderated from here (the room's
    // standing, not the selection).
    const Verdict standing = verdict(Action::Remove);
    m_status->setText(standing.allowed ? QString() : standing.reason);
}

void ParticipantActions::showContextMenu(const QPoint &pos)
{
    refresh();
    m_menu->clear();
    const Row row = currentRow();
    if (row.waiting) {
        m_menu->addActions({ action(Id::Admit), action(Id::Refuse) });
    } else {
        m_menu->addActions({ action(Id::Microphone), action(Id::Camera), action(Id::SpeakerOff),
                             action(Id::SpeakerOn) });
        m_menu->addSeparator();
        m_menu->addActions({ action(Id::Moderator), action(Id::Remove) });
        m_menu->addSeparator();
        m_menu->addMenu(m_podiumMenu)->setText(tr("Podium"));
    }
    m_menu->addSeparator();
    m_menu->addActions({ action(Id::Invite), action(Id::WaitingRoom) });
    // Disabled entries keep their reason visible on hover.
    m_menu->setToolTipsVisible(true);
    m_menu->popup(m_view->viewport()->mapToGlobal(pos));
}

void ParticipantActions::trigger(Id id)
{
    if (!m_moderation)
        return;
    const Row row = currentRow();
    ConferenceModeration *m = m_moderation;
    using Device = ConferenceModeration::Device;
    switch (id) {
    case Id::Microphone:
        m->turnRemote(Device::Microphone, row.peerId, row.mic == 1);
        return;
    case Id::Camera:
        m->turnRemote(Device::Camera, row.peerId, row.video == 1);
        return;
    case Id::SpeakerOff:
    case Id::SpeakerOn:
        m->turnRemote(Device::Speaker, row.peerId, id == Id::SpeakerOn);
        return;
    case Id::Moderator:
        m->setModerator(row.peerId, !row.moderator);
        return;
    case Id::Remove:
        removeSelected();
        return;
    case Id::InviteToPodium:
        m->inviteToPodium(row.peerId);
        return;
    case Id::RemoveFromPodium:
        m->kickFromPodium(row.peerId);
        return;
    case Id::TakePodium:
        m->gotoPodium();
        return;
    case Id::LeavePodium:
        m->leavePodium();
        return;
    case Id::Admit:
        m->admit(row.peerId);
        return;
    case Id::Refuse:
        m->refuse(row.peerId);
        return;
    case Id::Invite:
        inviteSomebody();
        return;
    case Id::WaitingRoom:
        m->setWaitingRoomState(!m->isWaitingRoomEnabled().value_or(false));
        refresh(); // the switch shows the room's state, not the click, until the room says
        return;
    }
}

void ParticipantActions::removeSelected()
{
    const Row row = currentRow();
    if (!action(Id::Remove)->isEnabled() || !m_presenter)
        return;
    if (!m_presenter->confirm(this, tr("Remove Participant"),
                              tr("Remove %1 from the conference?").arg(row.name)))
        return;
    m_moderation->kick(row.peerId);
}

void ParticipantActions::inviteSomebody()
{
    if (!m_presenter || !m_session)
        return;
    const std::optional<QString> id
        = m_presenter->askContact(this, tr("Invite to the Conference"), m_session->addressBook());
    if (id && !id->trimmed().isEmpty())
        m_moderation->inviteToConference(id->trimmed());
}
