// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include <QHash>
#include <QPixmap>
#include <QStyledItemDelegate>

//! Paints one address-book row: a presence dot, the name, and "id · presence" below it. Every
//! row has the same height (the view uses uniform item sizes) and the dots are rendered once
//! per presence class and pixel ratio, so that 20,000 rows and presence storms stay cheap.
class PeerDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PeerDelegate)

public:
    explicit PeerDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    //! Shows the row's tooltip as plain text: it quotes the room's names and ids.
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

    //! The resource icon for a PeerListModel::PresenceClassRole value.
    static QString presenceIcon(const QString &presenceClass);
    //! The second line, "id · presence", fitted into `width` pixels of `metrics`.
    static QString detailLine(const QString &id, const QString &presence,
                              const QFontMetrics &metrics, int width);

private:
    const QPixmap &dot(const QString &presenceClass, qreal dpr) const;

    mutable QHash<QString, QPixmap> m_dots; //!< "class@dpr" -> pixmap
};
