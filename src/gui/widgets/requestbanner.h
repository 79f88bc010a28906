// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "core/models/conferencemoderation.h"

#include <QFrame>
#include <QPointer>

class ElidingLabel;
class QLabel;
class QPushButton;

//! The requests waiting for the operator in the room's conference, one at a time, above the
//! conference: "Maria Garcia asks to join — Accept / Refuse"; somebody in the waiting room
//! (Admit / Refuse), a request to speak (Let speak / Decline), to record (Allow / Deny), and
//! the owner inviting the room to the podium (Accept / Decline). Several queue: the oldest is
//! shown with how many more wait. The buttons are in the tab order; each answer is the
//! moderation's verb, its outcome logged by whoever listens to commandFinished. During a call
//! the banner keeps its height even when nothing waits, so the table never moves under the
//! pointer when a request comes or goes.
class RequestBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestBanner)

public:
    explicit RequestBanner(QWidget *parent = nullptr);

    void setModeration(ConferenceModeration *moderation);
    //! Shown (and its height kept) only while the room is in a call.
    void setInCall(bool inCall);

    //! The request shown; nullopt when none.
    std::optional<ConferenceModeration::Request> current() const;
    QPushButton *acceptButton() const { return m_accept; }
    QPushButton *refuseButton() const { return m_refuse; }
    QString text() const;

    void accept();
    void refuse();

private:
    void refresh();
    void answer(bool yes);

    QPointer<ConferenceModeration> m_moderation;
    QWidget *m_content = nullptr;
    QLabel *m_icon = nullptr;
    ElidingLabel *m_text = nullptr;
    QLabel *m_more = nullptr;
    QPushButton *m_accept = nullptr;
    QPushButton *m_refuse = nullptr;
};
