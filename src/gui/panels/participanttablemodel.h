// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include <QIcon>
#include <QIdentityProxyModel>

//! ParticipantListModel as a table: Name, Microphone, Camera, Role. Microphone and camera show
//! an icon and the state in words, so colour is never the only cue. Row for row the same as
//! the source; a change in any role of a row repaints the whole row.
class ParticipantTableModel final : public QIdentityProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ParticipantTableModel)

public:
    enum Column { NameColumn, MicColumn, VideoColumn, RoleColumn, ColumnCount };

    explicit ParticipantTableModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *source) override;
    //! The room's own TrueConf ID: its row is marked "(this room)" and shown in bold.
    void setSelfId(const QString &trueConfId);

    int columnCount(const QModelIndex &parent = {}) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &idx) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    //! The icon for a microphone or camera state (0 none, 1 muted, 2 on, -1 unknown).
    static QString mediaIcon(bool camera, int state);

private:
    QIcon icon(const QString &name) const;
    bool isSelf(const QModelIndex &source) const;

    mutable QHash<QString, QIcon> m_icons;
    QString m_selfId;
    QMetaObject::Connection m_rowChanges;
};
