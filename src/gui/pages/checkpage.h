// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "core/session/readinesscheck.h"
#include "gui/console/roompage.h"
#include "gui/widgets/statuscolors.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;
class RoomSession;

//! The room's "Check" page: "Check the room" runs the session's ReadinessCheck and lists its
//! items with a state icon and the verdict in words (never colour alone), the detail (room
//! texts bounded, elided, whole in the tooltip) and when each ended; the line above says when
//! the room was last checked. The rows are fixed (one per item): nothing moves while a check
//! runs. Both roles; Cancel stops a running check (and the test it started).
class CheckPage final : public QWidget, public RoomPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckPage)

public:
    CheckPage(RoomSession *session, DialogPresenter *presenter, QWidget *parent = nullptr);
    ~CheckPage() override;

    // RoomPage
    QWidget *pageWidget() override { return this; }
    QString pageName() const override { return QStringLiteral("check"); }
    QString pageTitle() const override;
    QIcon pageIcon() const override;
    Permissions::Capability requiredCapability() const override
    {
        return Permissions::Capability::None;
    }
    void applyCapabilities(Permissions::Capabilities capabilities) override;
    void setPresenter(DialogPresenter *) override { }

    QPushButton *checkButton() const { return m_checkButton; }
    QPushButton *cancelButton() const { return m_cancelButton; }
    QTreeWidget *itemView() const { return m_items; }
    QLabel *summaryLabel() const { return m_summary; }

    //! The tone and state-dot icon of a verdict (shared with the overview's bulk check).
    static StatusColors::Tone toneOf(ReadinessCheck::Verdict verdict);
    static QIcon iconOf(ReadinessCheck::Verdict verdict);
    //! "Last check: 14:05 · Problem" / "Not checked yet" / "Checking…".
    static QString summaryText(const ReadinessCheck *check);

private:
    void showItem(int index);
    void showAll();
    void updateActions();

    QPointer<RoomSession> m_session;
    ReadinessCheck *m_check = nullptr;
    QPushButton *m_checkButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_items = nullptr;
};
