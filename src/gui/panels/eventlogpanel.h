// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "core/models/eventlogmodel.h"

#include "core/history/historyrecords.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>

class DialogPresenter;
class EventLogFilterModel;
class HistoryStore;
class HistoryTableModel;
class QAbstractItemModel;
class QAction;
class QSettings;
class QTimer;

namespace Ui {
class EventLogPanel;
}

//! The operator's event log: a table (Time / Kind / What happened) over EventLogModel that
//! follows the newest entry unless the operator scrolled up, a kind filter (presence changes
//! hidden unless asked for), a search box, a raw-JSON details pane for the selected entry,
//! Copy and Clear. Tab leaves the table (it moves between widgets, not cells).
//!
//! With a HistoryStore (setHistory), a source box offers the room's durable history as well:
//! the same table, filters, copy and JSON pane over HistoryTableModel (paged: every day kept on
//! this computer, searched in the database), an Export to CSV, and a line that says when the
//! history is paused (a full disk, a locked file) while the console works on.
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

    //! Offers `store`'s history of the room `room` names (read each time the history is
    //! shown or refreshed: a room can be re-pointed); `presenter` asks where to export.
    void setHistory(HistoryStore *store, DialogPresenter *presenter,
                    std::function<History::RoomKey()> room);
    bool isShowingHistory() const;
    void setShowingHistory(bool on);
    HistoryTableModel *historyModel() const { return m_history; }
    QAction *exportAction() const { return m_exportAction; }
    //! Reads rows written since (the panel does it every second while the history is shown).
    void refreshHistory();
    //! Writes the history rows the filters select to `path` as CSV; false and *error if not.
    bool exportHistory(const QString &path, QString *error);

private:
    void showModel(QAbstractItemModel *model);
    void applyHistoryFilter();
    void updateHistoryStatus();
    void exportHistoryAsked();
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
    QAction *m_exportAction = nullptr;
    HistoryTableModel *m_history = nullptr;
    QPointer<HistoryStore> m_store;
    DialogPresenter *m_presenter = nullptr; // the console's, which outlives the panel
    std::function<History::RoomKey()> m_room;
    QTimer *m_refreshTimer = nullptr;
    QTimer *m_searchTimer = nullptr;
    bool m_followNewest = true;
    int m_trimmedPixels = 0; //!< height of rows trimmed above the view, not yet scrolled back
};
