// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "gui/console/roompage.h"

#include "core/models/screenlayout.h"
#include "core/permissions/permissions.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class DialogPresenter;
class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QTreeWidget;
class RoomScreenPreview;
class RoomSession;

//! The room's main screen: a preview showing which widgets are on (and, in a call, the main
//! window's video slots), the widget switches (applied at once through the room's settings),
//! the default layouts of calls and group conferences with a pictogram each, the room's
//! monitors (name, resolution, primary, where the room's window is; move the window), and
//! during a call the layout type and the slots with show / hide, swap, move to a monitor and
//! back. Everything is always there (disabled when it does not apply), so nothing moves when
//! a call starts or ends. The page never sends a wire method itself: ScreenLayout does.
class ScreenPage final : public QWidget, public RoomPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScreenPage)

public:
    ScreenPage(RoomSession *session, DialogPresenter *presenter, QWidget *parent = nullptr);

    // RoomPage
    QWidget *pageWidget() override { return this; }
    QString pageName() const override { return QStringLiteral("screen"); }
    QString pageTitle() const override;
    QIcon pageIcon() const override;
    Permissions::Capability requiredCapability() const override
    {
        return Permissions::Capability::ViewStatus;
    }
    void applyCapabilities(Permissions::Capabilities caps) override;
    void setPresenter(DialogPresenter *presenter) override { m_presenter = presenter; }

    RoomScreenPreview *preview() const { return m_preview; }
    QCheckBox *widgetSwitch(ScreenLayout::Widget widget) const
    {
        return m_switches.value(int(widget));
    }
    //! A pictogram of layout `type` (§9.10), `size` pixels.
    static QPixmap layoutPictogram(int type, const QSize &size);

private:
    QGroupBox *buildWidgets();
    QGroupBox *buildLayouts();
    QGroupBox *buildMonitors();
    QGroupBox *buildMatrix();
    void updateWidgets();
    void updateLayouts();
    void updateMonitors();
    void updateMatrix();
    void updateEnabled();
    void showOutcome(const RequestOutcome &outcome);
    //! The verbs' common `done`: shows a failure, says nothing on success.
    ScreenLayout::Done reporter();
    QString selectedSlot() const;
    QString slotName(const ScreenLayout::Slot &slot) const;
    QString monitorName(int index) const;

    QPointer<RoomSession> m_session;
    QPointer<ScreenLayout> m_screen;
    DialogPresenter *m_presenter = nullptr;
    Permissions::Capabilities m_caps;

    RoomScreenPreview *m_preview = nullptr;
    QLabel *m_widgetsNote = nullptr;
    QHash<int, QCheckBox *> m_switches; //!< Widget -> its switch
    QComboBox *m_p2pLayout = nullptr;
    QComboBox *m_groupLayout = nullptr;
    QTreeWidget *m_monitorView = nullptr;
    QPushButton *m_currentMonitorButton = nullptr;
    QGroupBox *m_matrixBox = nullptr;
    QLabel *m_matrixNote = nullptr;
    QComboBox *m_matrixType = nullptr;
    QTreeWidget *m_slotView = nullptr;
    QPushButton *m_hideButton = nullptr;
    QComboBox *m_swapWith = nullptr;
    QPushButton *m_swapButton = nullptr;
    QComboBox *m_monitorChoice = nullptr;
    QPushButton *m_moveButton = nullptr;
    QPushButton *m_backButton = nullptr;
    QLabel *m_statusLabel = nullptr;
};
