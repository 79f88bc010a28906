// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "requestbanner.h"

#include "gui/widgets/elidinglabel.h"
#include "gui/widgets/svgicon.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

using namespace Qt::StringLiterals;
using Kind = ConferenceModeration::RequestKind;

RequestBanner::RequestBanner(QWidget *parent)
    : QFrame(parent)
    , m_content(new QWidget(this))
    , m_icon(new QLabel(m_content))
    , m_text(new ElidingLabel(m_content))
    , m_more(new QLabel(m_content))
    , m_accept(new QPushButton(m_content))
    , m_refuse(new QPushButton(m_content))
{
    setObjectName(u"requestBanner"_s);
    setAccessibleName(tr("Requests"));
    auto *outer = new QHBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 4);
    outer->addWidget(m_content);
    auto *row = new QHBoxLayout(m_content);
    row->setContentsMargins(8, 4, 8, 4);
    row->setSpacing(8);
    m_icon->setPixmap(SvgIcon::pixmap(u"call"_s, QSize(20, 20), devicePixelRatioF()));
    m_text->setObjectName(u"requestTextLabel"_s);
    m_more->setObjectName(u"requestMoreLabel"_s);
    m_more->setTextFormat(Qt::PlainText);
    m_accept->setObjectName(u"requestAcceptButton"_s);
    m_refuse->setObjectName(u"requestRefuseButton"_s);
    m_accept->setAccessibleName(tr("Accept the request"));
    m_refuse->setAccessibleName(tr("Refuse the request"));
    row->addWidget(m_icon);
    row->addWidget(m_text, 1);
    row->addWidget(m_more);
    row->addWidget(m_accept);
    row->addWidget(m_refuse);
    m_content->setAutoFillBackground(true);
    m_content->setBackgroundRole(QPalette::AlternateBase);
    // The row keeps its place while empty: nothing below it moves when a request comes.
    QSizePolicy keep = m_content->sizePolicy();
    keep.setRetainSizeWhenHidden(true);
    m_content->setSizePolicy(keep);
    connect(m_accept, &QPushButton::clicked, this, &RequestBanner::accept);
    connect(m_refuse, &QPushButton::clicked, this, &RequestBanner::refuse);
    // Sized for the longest words, so that changing requests never changes the height.
    m_accept->setText(tr("Accept"));
    m_refuse->setText(tr("Refuse"));
    m_content->setMinimumHeight(m_content->sizeHint().height());
    refresh();
    setVisible(false);
}

void RequestBanner::setModeration(ConferenceModeration *moderation)
{
    if (m_moderation)
        disconnect(m_moderation, nullptr, this, nullptr);
    m_moderation = moderation;
    if (moderation) {
        connect(moderation, &ConferenceModeration::requestsChanged, this, &RequestBanner::refresh);
        // An answer that failed leaves its request: the buttons come back.
        connect(moderation, &ConferenceModeration::commandFinished, this, &RequestBanner::refresh);
    }
    refresh();
}

void RequestBanner::setInCall(bool inCall)
{
    setVisible(inCall);
}

std::optional<ConferenceModeration::Request> RequestBanner::current() const
{
    if (!m_moderation || m_moderation->requests().isEmpty())
        return std::nullopt;
    return m_moderation->requests().first();
}

QString RequestBanner::text() const
{
    return m_text->text();
}

void RequestBanner::refresh()
{
    const std::optional<ConferenceModeration::Request> r = current();
    const bool focused = m_content->isAncestorOf(focusWidget());
    m_content->setVisible(r.has_value());
    if (!r) {
        m_text->clear();
        return;
    }
    const int more = int(m_moderation->requests().size()) - 1;
    m_text->setText(ConferenceModeration::requestText(*r));
    m_text->setAccessibleName(m_text->text());
    m_more->setText(more > 0 ? tr("+%n more", nullptr, more) : QString());
    QString yes = tr("Accept");
    QString no = tr("Refuse");
    switch (r->kind) {
    case Kind::JoinRequest:
        break;
    case Kind::WaitingRoom:
        yes = tr("Admit");
        break;
    case Kind::Podium:
        yes = tr("Let speak");
        no = tr("Decline");
        break;
    case Kind::Recording:
        yes = tr("Allow");
        no = tr("Deny");
        break;
    case Kind::PodiumInvitation:
        no = tr("Decline");
        break;
    }
    m_accept->setText(yes);
    m_refuse->setText(no);
    m_accept->setEnabled(true);
    m_refuse->setEnabled(true);
    m_accept->setToolTip(tr("%1: %2").arg(yes, m_text->text()));
    m_refuse->setToolTip(tr("%1: %2").arg(no, m_text->text()));
    if (focused && !m_content->isAncestorOf(focusWidget()))
        m_accept->setFocus(Qt::OtherFocusReason); // the next request keeps the keyboard here
}

void RequestBanner::accept()
{
    answer(true);
}

void RequestBanner::refuse()
{
    answer(false);
}

void RequestBanner::answer(bool yes)
{
    const std::optional<ConferenceModeration::Request> r = current();
    if (!r)
        return;
    ConferenceModeration *m = m_moderation;
    // One answer per request: the buttons wait for it (refresh() gives them back).
    m_accept->setEnabled(false);
    m_refuse->setEnabled(false);
    switch (r->kind) {
    case Kind::JoinRequest:
        yes ? m->acceptPeer(r->peerId) : m->rejectPeer(r->peerId);
        break;
    case Kind::WaitingRoom:
        yes ? m->admit(r->peerId) : m->refuse(r->peerId);
        break;
    case Kind::Podium:
        yes ? m->acceptRequestToPodium(r->peerId) : m->rejectRequestToPodium(r->peerId);
        break;
    case Kind::Recording:
        yes ? m->allowRecord(r->peerId) : m->denyRecord(r->peerId);
        break;
    case Kind::PodiumInvitation:
        yes ? m->acceptInvitationToPodium() : m->rejectInvitationToPodium();
        break;
    }
}
