// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include <QSortFilterProxyModel>

//! The inspector's filters over a FrameLog: by method or event name, by kind, by request id and
//! by free text (in the redacted JSON). Every filter is case-insensitive; empty ones pass all.
class FrameFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FrameFilterModel)

public:
    explicit FrameFilterModel(QObject *parent = nullptr);

    //! Rows whose method/event name contains `name`.
    void setMethod(const QString &name);
    //! Rows of this kind (an int of FrameLog::Kind); -1 for every kind.
    void setKind(int kind);
    //! Rows with exactly this request id (a request and its reply).
    void setRequestId(const QString &requestId);
    //! Rows whose name, request id or redacted JSON contains `text`.
    void setText(const QString &text);

    QString method() const { return m_method; }
    int kind() const { return m_kind; }
    QString requestId() const { return m_requestId; }
    QString text() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_method;
    int m_kind = -1;
    QString m_requestId;
    QString m_text;
};
