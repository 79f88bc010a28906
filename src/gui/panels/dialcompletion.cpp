// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "dialcompletion.h"

#include "core/roomtext.h"

#include <QHash>

using namespace Qt::StringLiterals;

DialCompletionModel::DialCompletionModel(QObject *parent)
    : QAbstractListModel(parent)
{
    m_rebuild.setSingleShot(true);
    m_rebuild.setInterval(0);
    connect(&m_rebuild, &QTimer::timeout, this, &DialCompletionModel::rebuild);
}

DialCompletionModel::~DialCompletionModel() = default;

void DialCompletionModel::addSource(QAbstractItemModel *model, int idRole, int nameRole)
{
    if (!model)
        return;
    m_sources.append({ model, idRole, nameRole });
    const auto schedule = [this] {
        scheduleRebuild();
    };
    connect(model, &QAbstractItemModel::rowsInserted, this, schedule);
    connect(model, &QAbstractItemModel::rowsRemoved, this, schedule);
    connect(model, &QAbstractItemModel::rowsMoved, this, schedule);
    connect(model, &QAbstractItemModel::modelReset, this, schedule);
    connect(model, &QAbstractItemModel::layoutChanged, this, schedule);
    connect(model, &QAbstractItemModel::destroyed, this, schedule);
    connect(model, &QAbstractItemModel::dataChanged, this,
            [this, idRole, nameRole](const QModelIndex &, const QModelIndex &,
                                     const QList<int> &roles) {
                // Presence churn changes other roles: only names and ids matter here.
                if (roles.isEmpty() || roles.contains(idRole) || roles.contains(nameRole)
                    || roles.contains(Qt::DisplayRole))
                    scheduleRebuild();
            });
    rebuild();
}

void DialCompletionModel::scheduleRebuild()
{
    if (!m_rebuild.isActive())
        m_rebuild.start();
}

void DialCompletionModel::rebuild()
{
    m_rebuild.stop();
    QList<Row> rows;
    QHash<QString, qsizetype> seen; //!< lower-case id -> row
    for (const Source &source : std::as_const(m_sources)) {
        if (!source.model)
            continue;
        const int count = source.model->rowCount();
        for (int r = 0; r < count; ++r) {
            const QModelIndex i = source.model->index(r, 0);
            const QString id = i.data(source.idRole).toString().trimmed();
            if (id.isEmpty())
                continue;
            QString name = source.nameRole >= 0 ? RoomText::name(i.data(source.nameRole).toString())
                                                : QString();
            if (name == id)
                name.clear();
            const auto known = seen.constFind(id.toLower());
            if (known != seen.cend()) {
                // Each id once; a name from a later source (the address book) still helps.
                if (rows.at(*known).name.isEmpty())
                    rows[*known].name = name;
                continue;
            }
            seen.insert(id.toLower(), rows.size());
            rows.append({ id, name });
        }
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int DialCompletionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant DialCompletionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return row.name.isEmpty() ? row.id : tr("%1 — %2").arg(row.name, row.id);
    case Qt::EditRole:
    case IdRole:
        return row.id;
    case SearchRole:
        return row.name.isEmpty() ? row.id : QString(row.name + u' ' + row.id);
    default:
        return {};
    }
}

DialCompleter::DialCompleter(QObject *parent)
    : QCompleter(parent)
{
    setCompletionRole(DialCompletionModel::SearchRole);
    setCaseSensitivity(Qt::CaseInsensitive);
    setFilterMode(Qt::MatchContains);
    setCompletionMode(QCompleter::PopupCompletion);
}

DialCompleter::~DialCompleter() = default;

QString DialCompleter::pathFromIndex(const QModelIndex &index) const
{
    return index.data(DialCompletionModel::IdRole).toString();
}
