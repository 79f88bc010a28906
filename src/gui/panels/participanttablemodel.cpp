// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "participanttablemodel.h"

#include "core/controller/roomcontroller.h"
#include "core/models/participantlistmodel.h"
#include "gui/widgets/svgicon.h"
#include "gui/widgets/textstyle.h"

#include <QFont>

using namespace Qt::StringLiterals;

ParticipantTableModel::ParticipantTableModel(QObject *parent)
    : QIdentityProxyModel(parent)
{ }

void ParticipantTableModel::setSourceModel(QAbstractItemModel *source)
{
    disconnect(m_rowChanges);
    QIdentityProxyModel::setSourceModel(source);
    if (!source)
        return;
    // The identity mapping only repaints column 0; every column derives from the row.
    m_rowChanges = connect(source, &QAbstractItemModel::dataChanged, this,
                           [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                               Q_EMIT dataChanged(index(topLeft.row(), 0),
                                                  index(bottomRight.row(), ColumnCount - 1));
                           });
}

void ParticipantTableModel::setSelfId(const QString &trueConfId)
{
    if (m_selfId == trueConfId)
        return;
    m_selfId = trueConfId;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, 0));
}

bool ParticipantTableModel::isSelf(const QModelIndex &source) const
{
    return !m_selfId.isEmpty()
        && RoomIds::sameUser(source.data(ParticipantListModel::PeerIdRole).toString(), m_selfId);
}

int ParticipantTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int ParticipantTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !sourceModel() ? 0 : sourceModel()->rowCount();
}

QModelIndex ParticipantTableModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || column >= ColumnCount || row >= rowCount())
        return {};
    return createIndex(row, column);
}

QModelIndex ParticipantTableModel::parent(const QModelIndex &) const
{
    return {};
}

QModelIndex ParticipantTableModel::sibling(int row, int column, const QModelIndex &) const
{
    return index(row, column);
}

bool ParticipantTableModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && rowCount() > 0;
}

QModelIndex ParticipantTableModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || !sourceModel())
        return {};
    return sourceModel()->index(proxyIndex.row(), 0);
}

QModelIndex ParticipantTableModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid())
        return {};
    return index(sourceIndex.row(), 0);
}

Qt::ItemFlags ParticipantTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QString ParticipantTableModel::mediaIcon(bool camera, int state)
{
    const QString device = camera ? u"cam-"_s : u"mic-"_s;
    switch (state) {
    case 2:
        return device + u"on"_s;
    case 1:
        return device + u"muted"_s;
    default:
        return device + u"none"_s;
    }
}

QIcon ParticipantTableModel::icon(const QString &name) const
{
    auto it = m_icons.constFind(name);
    if (it == m_icons.constEnd())
        it = m_icons.insert(name, SvgIcon::icon(name));
    return *it;
}

QVariant ParticipantTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !sourceModel())
        return {};
    const QModelIndex source = mapToSource(index);
    using P = ParticipantListModel;
    if (role == Qt::ToolTipRole) // it names the participant as the room does
        return TextStyle::plainToolTip(source.data(Qt::ToolTipRole).toString());
    switch (index.column()) {
    case NameColumn:
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
            const QString name = source.data(P::DisplayNameRole).toString();
            return isSelf(source) ? tr("%1 (this room)").arg(name) : name;
        }
        if (role == Qt::FontRole && isSelf(source)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case MicColumn:
    case VideoColumn: {
        const bool camera = index.column() == VideoColumn;
        if (role == Qt::DisplayRole)
            return source.data(camera ? P::VideoTextRole : P::MicTextRole);
        if (role == Qt::AccessibleTextRole)
            return (camera ? tr("Camera: %1") : tr("Microphone: %1"))
                .arg(source.data(camera ? P::VideoTextRole : P::MicTextRole).toString());
        if (role == Qt::DecorationRole)
            return icon(mediaIcon(camera, source.data(camera ? P::VideoRole : P::MicRole).toInt()));
        break;
    }
    case RoleColumn:
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
            // 0 ("unchanged") is what rooms send outside role-based conferences.
            if (source.data(P::WaitingRole).toBool())
                return tr("In the waiting room");
            const int r = source.data(P::RoleRole).toInt();
            QString text = r == 0 ? Room::participantRoleText(int(Room::ParticipantRole::Ordinary))
                                  : source.data(P::RoleTextRole).toString();
            if (source.data(P::ModeratorRole).toBool())
                text = tr("%1, moderator").arg(text);
            if (source.data(P::RecordingRole).toBool())
                text = tr("%1, records the room").arg(text);
            return text;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant ParticipantTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case MicColumn:
        return tr("Microphone");
    case VideoColumn:
        return tr("Camera");
    case RoleColumn:
        return tr("Role");
    default:
        return {};
    }
}
