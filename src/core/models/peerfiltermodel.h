// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include <QPointer>
#include <QSortFilterProxyModel>

class PeerListModel;

//! Filters a PeerListModel by name and id as the operator types (case-insensitive, every
//! word must match) and sorts by presence (available first), then by name.
//!
//! While frozen (the operator points at or works in the list) rows stay where they are:
//! presence still updates in place, new contacts are appended at the end, and the one
//! re-sort happens on thaw. Typing a filter is the operator's own act and sorts at once.
class PeerFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PeerFilterModel)
    Q_PROPERTY(QString filterText READ filterText WRITE setFilterText NOTIFY filterTextChanged)

public:
    explicit PeerFilterModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;

    QString filterText() const { return m_text; }
    void setFilterText(const QString &text);

    bool isFrozen() const { return m_frozen; }
    //! Holds the order still (true) or re-sorts and re-filters once and follows again (false).
    void setFrozen(bool frozen);

Q_SIGNALS:
    //! The filter text changed.
    void filterTextChanged(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    //! The source when it is a PeerListModel: sorting and filtering read its rows directly
    //! (a 20,000-row sort compares about 300,000 pairs).
    QPointer<PeerListModel> m_peers;
    QString m_text;
    QStringList m_words;
    bool m_frozen = false;
};
