// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "conferencepanel.h"

#include "ui_conferencepanel.h"

#include "core/controller/roomcontroller.h"
#include "core/models/callsession.h"
#include "core/models/conferencemoderation.h"
#include "core/models/participantlistmodel.h"
#include "core/roomtext.h"
#include "core/session/roomsession.h"
#include "gui/panels/homepanel.h"
#include "gui/panels/participantactions.h"
#include "gui/panels/participanttablemodel.h"
#include "gui/widgets/callbanner.h"
#include "gui/widgets/peertext.h"
#include "gui/widgets/requestbanner.h"
#include "gui/widgets/statuscolors.h"
#include "gui/widgets/svgicon.h"
#include "gui/widgets/textstyle.h"

#include <QApplication>
#include <QFontDatabase>
#include <QHeaderView>
#include <QToolButton>

using namespace Qt::StringLiterals;
using StatusColors::Tone;

ConferencePanel::ConferencePanel(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ConferencePanel>())
    , m_table(new ParticipantTableModel(this))
{
    m_ui->setupUi(this);
    TextStyle::scale(m_ui->conferenceTitleLabel, 1.25);
    // Digits of equal width: the running time must not jiggle.
    m_ui->durationLabel->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    TextStyle::scale(m_ui->durationLabel, 1.25);
    TextStyle::bold(m_ui->participantsLabel);

    QTreeView *view = m_ui->participantView;
    view->setModel(m_table);
    m_banner = new RequestBanner(this);
    m_ui->conferenceLayout->insertWidget(0, m_banner);
    m_actions = new ParticipantActions(view, this);
    m_ui->participantsLayout->addWidget(m_actions);
    view->header()->setStretchLastSection(false);
    view->header()->setSectionResizeMode(ParticipantTableModel::NameColumn, QHeaderView::Stretch);
    // The name gets what is left: the other columns are as wide as their usual words.
    const QFontMetrics fm = view->fontMetrics();
    constexpr int kIconAndPadding = 40;
    int mediaWidth = fm.horizontalAdvance(tr("Microphone"));
    for (int state = 0; state <= 2; ++state)
        mediaWidth = std::max(mediaWidth, fm.horizontalAdvance(Room::mediaStateText(state)));
    for (int column :
         { int(ParticipantTableModel::MicColumn), int(ParticipantTableModel::VideoColumn) }) {
        view->header()->setSectionResizeMode(column, QHeaderView::Interactive);
        view->setColumnWidth(column, mediaWidth + kIconAndPadding);
    }
    view->header()->setSectionResizeMode(ParticipantTableModel::RoleColumn,
                                         QHeaderView::Interactive);
    view->setColumnWidth(ParticipantTableModel::RoleColumn,
                         std::max(fm.horizontalAdvance(Room::participantRoleText(1)),
                                  fm.horizontalAdvance(Room::participantRoleText(2)))
                             + kIconAndPadding);
    view->header()->setMinimumSectionSize(fm.averageCharWidth() * 6);

    // Square keys, big enough to hit with a touch screen on the room's desk.
    const int key = std::max(34, fm.height() * 2);
    for (QToolButton *button : m_ui->keypadGroupBox->findChildren<QToolButton *>()) {
        button->setFixedSize(key, key);
        TextStyle::scale(button, 1.2);
        button->setToolTip(tr("Send the tone %1").arg(button->text()));
        connect(button, &QToolButton::clicked, this,
                [this, button] { Q_EMIT toneRequested(button->text()); });
    }

    m_durationTimer.setInterval(1000);
    connect(&m_durationTimer, &QTimer::timeout, this, &ConferencePanel::updateDuration);
    connect(m_table, &QAbstractItemModel::rowsInserted, this,
            &ConferencePanel::updateParticipantCount);
    connect(m_table, &QAbstractItemModel::rowsRemoved, this,
            &ConferencePanel::updateParticipantCount);
    connect(m_table, &QAbstractItemModel::modelReset, this,
            &ConferencePanel::updateParticipantCount);

    // While idle, the room's meetings and recent calls fill the space of the participants.
    m_home = new HomePanel(m_ui->idlePage);
    m_home->setObjectName(u"homePanel"_s);
    m_ui->idleLayout->addWidget(m_home, 1);

    applyStyle();
    setKeypadEnabled(false);
    refresh();
}

ConferencePanel::~ConferencePanel() = default;

void ConferencePanel::setSession(CallSession *session, ParticipantListModel *participants)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_participants = participants;
    m_table->setSourceModel(participants);
    if (session)
        connect(session, &CallSession::changed, this, &ConferencePanel::refresh);
    refresh();
}

void ConferencePanel::setSession(RoomSession *session, DialogPresenter *presenter)
{
    setSession(session->call(), session->participants());
    ConferenceModeration *moderation = session->moderation();
    m_banner->setModeration(moderation);
    m_actions->setSession(session, presenter);
    connect(moderation, &ConferenceModeration::failed, this, &ConferencePanel::problem);
}

void ConferencePanel::setPresenter(DialogPresenter *presenter)
{
    m_actions->setPresenter(presenter);
}

QTreeView *ConferencePanel::participantView() const
{
    return m_ui->participantView;
}

void ConferencePanel::setKeypadEnabled(bool enabled)
{
    m_ui->keypadGroupBox->setEnabled(enabled);
}

bool ConferencePanel::isKeypadEnabled() const
{
    return m_ui->keypadGroupBox->isEnabled();
}

QString ConferencePanel::toneCallId(const CallSession &session)
{
    const bool p2p = session.conferenceType() == int(Room::ConferenceType::PeerToPeer);
    if (p2p && !session.peerId().isEmpty())
        return session.peerId();
    return session.conferenceId().isEmpty() ? session.peerId() : session.conferenceId();
}

QString ConferencePanel::durationText(qint64 secs)
{
    const qint64 h = secs / 3600;
    const qint64 m = (secs / 60) % 60;
    const qint64 s = secs % 60;
    if (h > 0)
        return u"%1:%2:%3"_s.arg(h).arg(m, 2, 10, QLatin1Char('0')).arg(s, 2, 10, QLatin1Char('0'));
    return u"%1:%2"_s.arg(m).arg(s, 2, 10, QLatin1Char('0'));
}

void ConferencePanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyStyle();
}

void ConferencePanel::applyStyle()
{
    const QPalette pal = QApplication::palette(this);
    StatusColors::setForeground(m_ui->conferenceDetailLabel,
                                StatusColors::text(Tone::Neutral, pal));
    StatusColors::setForeground(m_ui->idleLabel, StatusColors::text(Tone::Neutral, pal));
    StatusColors::setForeground(m_ui->durationLabel, StatusColors::text(Tone::Info, pal));
}

void ConferencePanel::refresh()
{
    using Phase = CallSession::Phase;
    const Phase phase = m_session ? m_session->phase() : Phase::Idle;
    QString title;
    QString detail;
    QString icon = u"idle-call"_s;
    const QString who
        = m_session ? PeerText::person(m_session->peerId(), m_session->peerDn()) : QString();
    switch (phase) {
    case Phase::Idle: {
        using Readiness = CallSession::Readiness;
        const Readiness readiness = m_session ? m_session->readiness() : Readiness::NotConnected;
        // Never "free for a call" unless the room said so on a live connection.
        if (readiness == Readiness::NotConnected)
            title = tr("Not connected to the room");
        else if (readiness == Readiness::SignedOut)
            title = tr("Call state unknown");
        else
            title = tr("No call in progress");
        if (m_session && !m_session->lastRejectText().isEmpty() && readiness == Readiness::Ready)
            detail = tr("The last call was not answered: %1").arg(m_session->lastRejectText());
        else if (readiness == Readiness::Ready)
            detail = tr("The room is free for a call.");
        else
            detail = CallSession::readinessText(readiness);
        break;
    }
    case Phase::Unknown:
        icon = u"warning"_s;
        title = tr("Call state unknown");
        detail = tr("Last known: a call with %1.").arg(m_session->callDescription());
        break;
    case Phase::Outgoing:
        icon = u"outgoing-call"_s;
        title = who;
        detail = tr("Ringing: waiting for an answer");
        break;
    case Phase::Incoming:
        icon = u"call"_s;
        title = who;
        detail = tr("Calling the room: %1")
                     .arg(CallBanner::incomingDetail(m_session->callType(),
                                                     m_session->conferenceTitle()));
        break;
    case Phase::InConference:
    case Phase::Ending: {
        icon = u"conference"_s;
        const int type = m_session->conferenceType();
        const bool p2p = type == int(Room::ConferenceType::PeerToPeer);
        if (!m_session->conferenceTitle().isEmpty())
            title = RoomText::name(m_session->conferenceTitle());
        else if (p2p && !who.isEmpty())
            title = tr("Call with %1").arg(who);
        else
            title = tr("In a conference");
        QStringList parts;
        parts << (type >= 0 ? tr("Type: %1").arg(Room::conferenceTypeText(type))
                            : tr("Type: not reported"));
        if (!m_session->conferenceOwner().isEmpty())
            parts << tr("Owner: %1").arg(RoomText::name(m_session->conferenceOwner()));
        if (!m_session->conferenceId().isEmpty())
            parts << tr("ID: %1").arg(RoomText::name(m_session->conferenceId()));
        detail = parts.join(u"  ·  "_s);
        if (phase == Phase::Ending)
            title = tr("Ending: %1").arg(title);
        break;
    }
    }
    m_ui->conferenceTitleLabel->setText(title);
    m_ui->conferenceDetailLabel->setText(detail);
    m_ui->conferenceIconLabel->setPixmap(SvgIcon::pixmap(icon, QSize(24, 24), devicePixelRatioF()));

    const bool inCall = phase == Phase::InConference || phase == Phase::Ending;
    m_ui->participantStack->setCurrentWidget(inCall ? m_ui->participantsPage : m_ui->idlePage);
    m_ui->participantsLabel->setVisible(inCall);
    m_banner->setInCall(inCall);
    QString idle;
    if (phase == Phase::Unknown)
        idle = tr("RoomDeck shows the room's call and its participants again once it is "
                  "connected and signed in.");
    else if (phase != Phase::Idle)
        idle = tr("Participants appear here once the call is answered.");
    else if (!m_session || m_session->readiness() != CallSession::Readiness::Ready)
        idle = tr("Participants appear here during a call.");
    // Ready and idle: the meetings, recents and favourites below say how to start a call.
    m_ui->idleLabel->setText(idle);
    m_ui->idleLabel->setVisible(!idle.isEmpty());
    // The keypad is for a call: while there is none its width goes to the home lists.
    m_ui->keypadGroupBox->setVisible(phase != Phase::Idle);
    if (inCall && !m_durationTimer.isActive())
        m_durationTimer.start();
    else if (!inCall)
        m_durationTimer.stop();
    updateDuration();
    updateParticipantCount();
}

void ConferencePanel::updateDuration()
{
    const bool inCall = m_session && m_session->phase() == CallSession::Phase::InConference;
    const QString text = inCall ? durationText(m_session->durationSecs()) : QString();
    m_ui->durationLabel->setText(text);
    m_ui->durationLabel->setAccessibleDescription(inCall ? tr("The call has lasted %1").arg(text)
                                                         : QString());
}

void ConferencePanel::updateParticipantCount()
{
    const int n = m_table->rowCount();
    m_ui->participantsLabel->setText(tr("Participants (%1)").arg(n));
}
