// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "framefiltermodel.h"

#include "core/inspector/framelog.h"

FrameFilterModel::FrameFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{ }

void FrameFilterModel::setMethod(const QString &name)
{
    if (m_method == name.trimmed())
        return;
    m_method = name.trimmed();
    invalidateFilter();
}

void FrameFilterModel::setKind(int kind)
{
    if (m_kind == kind)
        return;
    m_kind = kind;
    invalidateFilter();
}

void FrameFilterModel::setRequestId(const QString &requestId)
{
    if (m_requestId == requestId.trimmed())
        return;
    m_requestId = requestId.trimmed();
    invalidateFilter();
}

void FrameFilterModel::setText(const QString &text)
{
    if (m_text == text.trimmed())
        return;
    m_text = text.trimmed();
    invalidateFilter();
}

bool FrameFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *source = sourceModel();
    if (!source)
        return false;
    const QModelIndex i = source->index(sourceRow, 0, sourceParent);
    if (m_kind >= 0 && source->data(i, FrameLog::KindRole).toInt() != m_kind)
        return false;
    const QString name = source->data(i, FrameLog::NameRole).toString();
    if (!m_method.isEmpty() && !name.contains(m_method, Qt::CaseInsensitive))
        return false;
    const QString requestId = source->data(i, FrameLog::RequestIdRole).toString();
    if (!m_requestId.isEmpty() && requestId.compare(m_requestId, Qt::CaseInsensitive) != 0)
        return false;
    if (m_text.isEmpty())
        return true;
    return name.contains(m_text, Qt::CaseInsensitive)
        || requestId.contains(m_text, Qt::CaseInsensitive)
        || source->data(i, FrameLog::JsonRole).toString().contains(m_text, Qt::CaseInsensitive);
}
