// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "core/models/eventlogmodel.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class EventLogFilterModel;
class QAction;
class QSettings;

namespace Ui {
class EventLogPanel;
}

//! The operator's event log: a table (Time / Kind / What happened) over EventLogModel that
//! follows the newest entry unless the operator scrolled up, a kind filter (presence changes
//! hidden unless asked for), a search box, a raw-JSON details pane for the selected entry,
//! Copy and Clear. Tab leaves the table (it moves between widgets, not cells).
class EventLogPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventLogPanel)

public:
    explicit EventLogPanel(QWidget *parent = nullptr);
    ~EventLogPanel() override;

    void setModel(EventLogModel *model);
    EventLogModel *model() const { return m_model; }
    EventLogFilterModel *filterModel() const { return m_filter; }

    QAction *copyAction() const { return m_copyAction; }
    QAction *clearAction() const { return m_clearAction; }

    //! True while new entries scroll into view (the operator has not scrolled up).
    bool isFollowingNewest() const { return m_followNewest; }
    bool isRawJsonVisible() const;
    void setRawJsonVisible(bool visible);

    //! Layout preferences only (pane visibility, splitter); never log content.
    void saveSettings(QSettings &settings) const;
    void restoreSettings(const QSettings &settings);

    //! The selected entries as text, one per line (with their JSON while it is shown).
    QString selectionAsText() const;

private:
    void copySelection();
    void updateDetails();
    void updateCount();
    void updateActions();
    void applyKindFilter();
    void applySearch(const QString &text);
    void sizeColumns();

    std::unique_ptr<Ui::EventLogPanel> m_ui;
    QPointer<EventLogModel> m_model;
    EventLogFilterModel *m_filter = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_clearAction = nullptr;
    bool m_followNewest = true;
    int m_trimmedPixels = 0; //!< height of rows trimmed above the view, not yet scrolled back
};
