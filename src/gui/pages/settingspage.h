// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "gui/console/roompage.h"

#include "core/permissions/permissions.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class DialogPresenter;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;
class RoomSession;
class RoomSettings;
class SettingsEdit;

//! The room's settings (room-api.md §7.6) in a typed editor: every setting the room reports,
//! grouped (SettingsCatalogue), a switch for booleans, a list with readable names for
//! enumerations, a number with its range, a text field for texts and raw JSON for anything
//! else. A search filters by label, name and value. Changes are pending (marked) until Apply
//! sends them in one setSettings; the room's answer is the outcome line and, for a refusal,
//! the refused row. The room's own changes show at once; a row edited here and changed on the
//! room meanwhile is marked, never silently overwritten either way. Rows the operator may not
//! change are read-only with the reason in their tooltip.
class SettingsPage final : public QWidget, public RoomPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsPage)

public:
    enum Column { LabelColumn, ValueColumn, NoteColumn };

    SettingsPage(RoomSession *session, DialogPresenter *presenter, QWidget *parent = nullptr);
    ~SettingsPage() override;

    // RoomPage
    QWidget *pageWidget() override { return this; }
    QString pageName() const override { return QStringLiteral("settings"); }
    QString pageTitle() const override;
    QIcon pageIcon() const override;
    Permissions::Capability requiredCapability() const override
    {
        return Permissions::Capability::ViewStatus;
    }
    void applyCapabilities(Permissions::Capabilities caps) override;
    void setPresenter(DialogPresenter *presenter) override { m_presenter = presenter; }

    SettingsEdit *edit() const { return m_edit; }
    //! The row of `name` (nullptr when the room does not report it).
    QTreeWidgetItem *rowOf(const QString &name) const { return m_rows.value(name); }
    //! The editor widget of `name`'s row.
    QWidget *editorOf(const QString &name) const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuild();
    void updateRow(const QString &name);
    void updateButtons();
    void applyFilter();
    QWidget *createEditor(const QString &name);
    //! Shows the room's (or pending) value in the row's editor without echoing it back.
    void showValue(const QString &name);
    void commit(const QString &name, const QJsonValue &value);
    void showOutcome(const QString &text, bool problem);

    QPointer<RoomSession> m_session;
    QPointer<RoomSettings> m_settings;
    SettingsEdit *m_edit = nullptr;
    DialogPresenter *m_presenter = nullptr;
    Permissions::Capabilities m_caps;
    QLineEdit *m_searchEdit = nullptr;
    QTreeWidget *m_tree = nullptr;
    QLabel *m_outcomeLabel = nullptr;
    QPushButton *m_applyButton = nullptr;
    QPushButton *m_revertButton = nullptr;
    QHash<QString, QTreeWidgetItem *> m_rows;
};
