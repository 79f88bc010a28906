// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include <QDateTime>
#include <QFrame>
#include <QTimer>

#include <memory>

class QAction;

namespace Ui {
class CallBanner;
}

//! The strip under the room header that says what the room's phone is doing: an incoming call
//! (caller, kind of call, Accept / Decline, in a colour that cannot be missed), an outgoing
//! call ("Calling Bob…", ringing time, Cancel), why the last call did not connect, or that a
//! call ended while RoomDeck could not see it.
class CallBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallBanner)

public:
    enum class Mode { Hidden, Incoming, Outgoing, Rejected, Ended };
    Q_ENUM(Mode)

    explicit CallBanner(QWidget *parent = nullptr);
    ~CallBanner() override;

    //! The buttons show MainWindow's actions (their enabled state included).
    void setActions(QAction *accept, QAction *reject, QAction *cancel);

    //! What kind of call rings in: "Video call" or "Invitation to “Weekly” (Role-based)".
    static QString incomingDetail(int type, const QString &title);

    void showIncoming(const QString &caller, const QString &detail);
    void showOutgoing(const QString &callee);
    void showRejected(const QString &callee, const QString &reason);
    //! A call ended without the operator seeing it end (connection or server lost); stays
    //! until dismissed.
    void showEnded(const QString &call, const QString &reason);
    void dismiss();
    Mode mode() const { return m_mode; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void setMode(Mode mode);
    void applyStyle();
    void updateRinging();

    std::unique_ptr<Ui::CallBanner> m_ui;
    Mode m_mode = Mode::Hidden;
    QDateTime m_since;
    QTimer m_ringTimer;
    bool m_restyling = false;
};
