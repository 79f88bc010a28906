// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "gui/console/roompage.h"

#include "core/controller/requestoutcome.h"
#include "core/permissions/permissions.h"

#include <QPointer>
#include <QWidget>

class ChatState;
class DialogPresenter;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class RoomSession;

//! The chat of the room's call (ChatState): the messages with names and times (own messages
//! marked, failed sends marked with the reason), a recipient chooser (Everyone in a group
//! conference, or one participant), a one-line text field (Enter sends) and Send, and the
//! outcome of the last send in words. Room texts are shown as plain text, never rich text.
//!
//! Unread messages: while the page is not being read, its tab says "Chat (2)"; the page is
//! read when it is shown in the active window, and then ChatState::markRead(). New messages
//! scroll into view only when the view is at its end; when the operator has scrolled up the
//! view stays where it is and a "New messages" button (always taking its room, so nothing
//! moves) leads down. The page never sends a wire method itself.
class ChatPage final : public QWidget, public RoomPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChatPage)

public:
    ChatPage(RoomSession *session, DialogPresenter *presenter, QWidget *parent = nullptr);
    ~ChatPage() override;

    // RoomPage
    QWidget *pageWidget() override { return this; }
    QString pageName() const override { return QStringLiteral("chat"); }
    QString pageTitle() const override;
    QIcon pageIcon() const override;
    Permissions::Capability requiredCapability() const override
    {
        return Permissions::Capability::ViewStatus;
    }
    void applyCapabilities(Permissions::Capabilities caps) override;
    void setPresenter(DialogPresenter *presenter) override { m_presenter = presenter; }

    //! Sends the text field's text to the chosen recipient.
    void send();
    //! Chooses the recipient: empty for everyone, else a participant's id. False when the
    //! chooser does not offer it.
    bool chooseRecipient(const QString &peerId);
    //! The chooser's current recipient (empty: everyone).
    QString recipient() const;

Q_SIGNALS:
    //! The page's title or tooltip changed ("Chat (2)"); its tab shows it already.
    void titleChanged();

protected:
    bool event(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void rebuildRecipients();
    void updateSendState();
    void updateTitle();
    //! Marks the chat read when the operator can see it.
    void readIfSeen();
    void onRowsAboutToBeInserted();
    void onRowsInserted();
    void scrollToEnd();
    void showOutcome(const QString &to, const RequestOutcome &outcome);
    void updateStatus();

    QPointer<RoomSession> m_session;
    QPointer<ChatState> m_chat;
    DialogPresenter *m_presenter = nullptr;
    Permissions::Capabilities m_caps;
    QLabel *m_statusLabel = nullptr;
    QListView *m_view = nullptr;
    QPushButton *m_newMessagesButton = nullptr;
    QComboBox *m_recipientBox = nullptr;
    QLineEdit *m_messageEdit = nullptr;
    QPushButton *m_sendButton = nullptr;
    QLabel *m_outcomeLabel = nullptr;
    bool m_wasAtEnd = true;
};
