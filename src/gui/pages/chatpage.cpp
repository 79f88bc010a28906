// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "chatpage.h"

#include "core/models/callsession.h"
#include "core/models/chatstate.h"
#include "core/models/participantlistmodel.h"
#include "core/roomtext.h"
#include "core/session/roomsession.h"
#include "gui/widgets/elidinglabel.h"
#include "gui/widgets/statuscolors.h"
#include "gui/widgets/svgicon.h"
#include "gui/widgets/textstyle.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

using Roles = ChatMessageModel::Roles;

//! One message as two plain-text lines: who to whom at what time (and how the send went),
//! then the text. Never rich text: whatever the room sent is shown as it is.
class ChatMessageDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static QString header(const QModelIndex &index)
    {
        const QString time
            = index.data(Roles::TimeRole).toDateTime().toLocalTime().toString(u"HH:mm"_s);
        const bool own = index.data(Roles::OwnRole).toBool();
        const bool group = index.data(Roles::GroupRole).toBool();
        const QString name = index.data(Roles::NameRole).toString();
        QString who;
        if (own && group)
            who = ChatPage::tr("You to everyone");
        else if (own)
            who = ChatPage::tr("You to %1").arg(name);
        else if (group)
            who = ChatPage::tr("%1 to everyone").arg(name);
        else
            who = ChatPage::tr("%1 to this room only").arg(name);
        QString line = time + u"  "_s + who;
        switch (ChatMessage::Delivery(index.data(Roles::DeliveryRole).toInt())) {
        case ChatMessage::Delivery::Sending:
            line += u"  · "_s + ChatPage::tr("sending…");
            break;
        case ChatMessage::Delivery::Failed:
            line += u"  · "_s
                + ChatPage::tr("not sent: %1").arg(index.data(Roles::ErrorRole).toString());
            break;
        default:
            break;
        }
        return line;
    }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->text
            = header(index) + QChar::LineSeparator + index.data(Roles::TextRole).toString();
        option->features |= QStyleOptionViewItem::WrapText;
        const auto delivery = ChatMessage::Delivery(index.data(Roles::DeliveryRole).toInt());
        if (delivery == ChatMessage::Delivery::Failed)
            option->palette.setColor(QPalette::Text,
                                     StatusColors::text(StatusColors::Tone::Bad, option->palette));
        else if (index.data(Roles::OwnRole).toBool())
            option->palette.setColor(QPalette::Text,
                                     StatusColors::text(StatusColors::Tone::Info, option->palette));
        if (index.data(Roles::OwnRole).toBool())
            option->displayAlignment = Qt::AlignRight | Qt::AlignVCenter;
    }
};

} // namespace

ChatPage::ChatPage(RoomSession *session, DialogPresenter *presenter, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_chat(session ? session->chat() : nullptr)
    , m_presenter(presenter)
{
    // In a scroll area like the other pages: on a small screen the window still fits.
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);

    auto *status = new ElidingLabel;
    status->setObjectName(u"chatStatusLabel"_s);
    status->setAccessibleName(tr("Chat status"));
    m_statusLabel = status;
    layout->addWidget(m_statusLabel);

    m_view = new QListView;
    m_view->setObjectName(u"chatMessageView"_s);
    m_view->setAccessibleName(tr("Chat messages"));
    m_view->setToolTip(tr("The messages of this call; yours are on the right"));
    m_view->setWordWrap(true);
    m_view->setUniformItemSizes(false);
    m_view->setResizeMode(QListView::Adjust);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTextElideMode(Qt::ElideNone);
    m_view->setItemDelegate(new ChatMessageDelegate(m_view));
    m_view->setSpacing(3);
    // Small screens: the page may shrink to a few lines of conversation.
    m_view->setMinimumHeight(fontMetrics().height() * 3);
    if (m_chat)
        m_view->setModel(m_chat->messages());
    layout->addWidget(m_view, 1);

    // Always takes its room (hidden or not): a message arriving moves nothing beside it.
    m_newMessagesButton = new QPushButton(tr("New messages ↓"));
    m_newMessagesButton->setObjectName(u"newMessagesButton"_s);
    m_newMessagesButton->setToolTip(tr("Show the newest messages"));
    m_newMessagesButton->setAccessibleName(tr("Show new messages"));
    QSizePolicy keep = m_newMessagesButton->sizePolicy();
    keep.setRetainSizeWhenHidden(true);
    m_newMessagesButton->setSizePolicy(keep);
    m_newMessagesButton->hide();
    connect(m_newMessagesButton, &QPushButton::clicked, this, &ChatPage::scrollToEnd);

    auto *recipientRow = new QHBoxLayout;
    auto *toLabel = new QLabel(tr("&To:"));
    recipientRow->addWidget(toLabel);
    m_recipientBox = new QComboBox;
    m_recipientBox->setObjectName(u"chatRecipientBox"_s);
    m_recipientBox->setAccessibleName(tr("Recipient"));
    m_recipientBox->setToolTip(tr("Who gets the message: everyone in the conference or one "
                                  "participant"));
    m_recipientBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_recipientBox->setMinimumContentsLength(18);
    toLabel->setBuddy(m_recipientBox);
    recipientRow->addWidget(m_recipientBox);
    recipientRow->addStretch(1);
    recipientRow->addWidget(m_newMessagesButton);
    layout->addLayout(recipientRow);
    auto *compose = new QHBoxLayout;
    m_messageEdit = new QLineEdit;
    m_messageEdit->setObjectName(u"chatMessageEdit"_s);
    m_messageEdit->setAccessibleName(tr("Message"));
    m_messageEdit->setPlaceholderText(tr("Write a message and press Enter"));
    m_messageEdit->setToolTip(
        tr("At most %1 characters; Enter sends").arg(ChatState::kMaxMessageLength));
    m_messageEdit->setMaxLength(ChatState::kMaxMessageLength);
    m_messageEdit->setClearButtonEnabled(true);
    compose->addWidget(m_messageEdit, 1);
    m_sendButton = new QPushButton(SvgIcon::icon(u"chat"_s), tr("Se&nd"));
    m_sendButton->setObjectName(u"chatSendButton"_s);
    m_sendButton->setAccessibleName(tr("Send the message"));
    compose->addWidget(m_sendButton);
    layout->addLayout(compose);

    // One line, always there: the outcome of the last send (or why nothing can be sent).
    auto *outcome = new ElidingLabel;
    outcome->setObjectName(u"chatOutcomeLabel"_s);
    outcome->setAccessibleName(tr("Outcome of the last message"));
    outcome->setMinimumHeight(fontMetrics().height());
    m_outcomeLabel = outcome;
    layout->addWidget(m_outcomeLabel);

    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    setTabOrder(m_view, m_recipientBox);
    setTabOrder(m_recipientBox, m_messageEdit);
    setTabOrder(m_messageEdit, m_sendButton);

    connect(m_messageEdit, &QLineEdit::returnPressed, this, &ChatPage::send);
    connect(m_sendButton, &QPushButton::clicked, this, &ChatPage::send);
    connect(m_messageEdit, &QLineEdit::textChanged, this, &ChatPage::updateSendState);
    connect(m_recipientBox, &QComboBox::currentIndexChanged, this, &ChatPage::updateSendState);
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        if (value >= m_view->verticalScrollBar()->maximum())
            m_newMessagesButton->hide();
    });

    if (m_chat) {
        ChatMessageModel *model = m_chat->messages();
        connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this,
                &ChatPage::onRowsAboutToBeInserted);
        connect(model, &QAbstractItemModel::rowsInserted, this, &ChatPage::onRowsInserted);
        connect(m_chat, &ChatState::unreadChanged, this, [this] {
            updateTitle();
            readIfSeen();
        });
        connect(m_chat, &ChatState::sendabilityChanged, this, [this] {
            rebuildRecipients();
            updateStatus();
        });
        connect(m_chat, &ChatState::conversationChanged, this, [this] {
            m_newMessagesButton->hide();
            m_outcomeLabel->clear();
            updateStatus();
        });
    }
    if (ParticipantListModel *p = session ? session->participants() : nullptr) {
        for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
            connect(p, signal, this, &ChatPage::rebuildRecipients);
        connect(p, &QAbstractItemModel::modelReset, this, &ChatPage::rebuildRecipients);
        connect(p, &QAbstractItemModel::dataChanged, this, &ChatPage::rebuildRecipients);
    }
    rebuildRecipients();
    updateStatus();
}

ChatPage::~ChatPage() = default;

QString ChatPage::pageTitle() const
{
    const int unread = m_chat ? m_chat->unreadCount() : 0;
    return unread > 0 ? tr("Chat (%1)").arg(unread) : tr("Chat");
}

QIcon ChatPage::pageIcon() const
{
    return SvgIcon::icon(u"chat"_s);
}

void ChatPage::applyCapabilities(Permissions::Capabilities caps)
{
    m_caps = caps;
    updateSendState();
}

QString ChatPage::recipient() const
{
    return m_recipientBox->currentData().toString();
}

bool ChatPage::chooseRecipient(const QString &peerId)
{
    const int index = m_recipientBox->findData(peerId);
    if (index < 0)
        return false;
    m_recipientBox->setCurrentIndex(index);
    return true;
}

void ChatPage::rebuildRecipients()
{
    const QString current = recipient();
    QList<QPair<QString, QString>> entries; // id (empty: everyone), text
    if (m_chat && m_chat->inGroupConference())
        entries.append({ QString(), tr("Everyone") });
    if (m_chat && !m_chat->callPeerId().isEmpty()) {
        const QString peer = m_chat->callPeerId();
        const CallSession *call = m_session ? m_session->call() : nullptr;
        const QString name = call && !call->peerDn().isEmpty() ? call->peerDn() : peer;
        entries.append({ peer, RoomText::name(name) });
    } else if (m_chat && m_chat->inGroupConference() && m_session && m_session->participants()) {
        const ParticipantListModel *p = m_session->participants();
        for (int row = 0; row < p->rowCount(); ++row) {
            const ParticipantListModel::Participant &who = p->participant(row);
            if (who.peerId.isEmpty() || m_chat->isOwnId(who.peerId))
                continue;
            entries.append(
                { who.peerId, RoomText::name(who.peerDn.isEmpty() ? who.peerId : who.peerDn) });
        }
    }
    bool same = entries.size() == m_recipientBox->count();
    for (int i = 0; same && i < entries.size(); ++i)
        same = m_recipientBox->itemData(i).toString() == entries.at(i).first
            && m_recipientBox->itemText(i) == entries.at(i).second;
    if (!same) {
        const QSignalBlocker block(m_recipientBox);
        m_recipientBox->clear();
        for (const auto &[id, text] : entries) {
            m_recipientBox->addItem(text, id);
            m_recipientBox->setItemData(
                m_recipientBox->count() - 1,
                TextStyle::plainToolTip(id.isEmpty() ? tr("Everyone in the conference") : id),
                Qt::ToolTipRole);
        }
        const int keep = m_recipientBox->findData(current);
        m_recipientBox->setCurrentIndex(keep >= 0 ? keep : 0);
    }
    updateSendState();
}

void ChatPage::updateSendState()
{
    const bool toEveryone = m_recipientBox->count() > 0 && recipient().isEmpty();
    QString why;
    if (!m_chat)
        why = tr("Not signed in to the room");
    else if (m_recipientBox->count() == 0)
        why = m_chat->sendRefusal(false).isEmpty()
            ? tr("Messages can be sent during a call or conference")
            : m_chat->sendRefusal(false);
    else
        why = m_chat->sendRefusal(toEveryone);
    const bool hasText = !m_messageEdit->text().trimmed().isEmpty();
    m_sendButton->setEnabled(why.isEmpty() && hasText);
    m_sendButton->setToolTip(why.isEmpty() ? tr("Send the message (Enter)") : why);
    m_recipientBox->setEnabled(m_recipientBox->count() > 0);
    m_messageEdit->setReadOnly(!why.isEmpty());
    m_messageEdit->setPlaceholderText(why.isEmpty() ? tr("Write a message and press Enter") : why);
}

void ChatPage::send()
{
    if (!m_chat || !m_sendButton->isEnabled())
        return;
    const QString text = m_messageEdit->text();
    const QString to = recipient();
    const QString toText = m_recipientBox->currentText();
    const QPointer<ChatPage> self(this);
    const auto done = [self, toText](const RequestOutcome &o) {
        if (self)
            self->showOutcome(toText, o);
    };
    m_outcomeLabel->setText(tr("Sending to %1…").arg(toText));
    StatusColors::setForeground(m_outcomeLabel, palette().color(QPalette::WindowText));
    if (to.isEmpty())
        m_chat->sendGroupMessage(text, done);
    else
        m_chat->sendMessage(to, text, done);
    m_messageEdit->clear();
    scrollToEnd();
}

void ChatPage::showOutcome(const QString &to, const RequestOutcome &outcome)
{
    if (outcome.ok()) {
        m_outcomeLabel->setText(tr("Sent to %1.").arg(to));
        StatusColors::setForeground(m_outcomeLabel,
                                    StatusColors::text(StatusColors::Tone::Good, palette()));
    } else {
        m_outcomeLabel->setText(
            tr("Not sent to %1: %2").arg(to, RoomText::bounded(outcome.errorText, 300)));
        StatusColors::setForeground(m_outcomeLabel,
                                    StatusColors::text(StatusColors::Tone::Bad, palette()));
    }
}

void ChatPage::updateStatus()
{
    QString text;
    const CallSession *call = m_session ? m_session->call() : nullptr;
    if (m_chat && m_chat->conversationId().isEmpty() && m_chat->messages()->rowCount() > 0)
        text = tr("Messages received outside a call.");
    else if (!m_chat || m_chat->conversationId().isEmpty())
        text = tr("No chat yet: messages of the next call or conference appear here.");
    else if (call && call->phase() == CallSession::Phase::InConference)
        text = tr("Chat of the current call: %1").arg(call->callDescription());
    else
        text = tr("Chat of the last call (read only until the next call starts).");
    m_statusLabel->setText(text);
}

void ChatPage::updateTitle()
{
    for (QWidget *w = parentWidget(); w; w = w->parentWidget()) {
        if (auto *tabs = qobject_cast<QTabWidget *>(w)) {
            const int index = tabs->indexOf(this);
            if (index >= 0) {
                tabs->setTabText(index, pageTitle());
                tabs->setTabToolTip(index,
                                    m_chat && m_chat->unreadCount() > 0
                                        ? TextStyle::plainToolTip(m_chat->latestUnread())
                                        : QString());
            }
            Q_EMIT titleChanged();
            return;
        }
    }
}

void ChatPage::readIfSeen()
{
    if (m_chat && m_chat->unreadCount() > 0 && isVisible() && isActiveWindow())
        m_chat->markRead();
}

void ChatPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    readIfSeen();
}

bool ChatPage::event(QEvent *event)
{
    // The window passes its activation on to its visible children.
    const bool result = QWidget::event(event);
    if (event->type() == QEvent::WindowActivate)
        readIfSeen();
    return result;
}

void ChatPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::ActivationChange)
        readIfSeen();
}

void ChatPage::onRowsAboutToBeInserted()
{
    const QScrollBar *bar = m_view->verticalScrollBar();
    m_wasAtEnd = bar->value() >= bar->maximum();
}

void ChatPage::onRowsInserted()
{
    if (m_chat && m_chat->conversationId().isEmpty())
        updateStatus();
    if (m_wasAtEnd)
        scrollToEnd();
    else
        m_newMessagesButton->show();
}

void ChatPage::scrollToEnd()
{
    m_view->scrollToBottom();
    m_newMessagesButton->hide();
}
