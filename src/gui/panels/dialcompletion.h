// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include <QAbstractListModel>
#include <QCompleter>
#include <QList>
#include <QPointer>
#include <QTimer>

//! What the dial field completes from: the ids (and names) of any number of source models —
//! the dial history, the room's favourites, its address book, and whatever is added later
//! (the room's recents) — in the order the sources were added, each id once. Matching is on
//! name and id together, any case, anywhere in them (DialCompleter); the field receives the id.
//! The list follows its sources (rows added, removed, renamed), rebuilt once per event-loop turn.
class DialCompletionModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DialCompletionModel)

public:
    enum Roles {
        IdRole = Qt::UserRole + 1, //!< QString: what the dial field receives
        SearchRole, //!< QString: name and id, what is matched
    };

    explicit DialCompletionModel(QObject *parent = nullptr);
    ~DialCompletionModel() override;

    //! Completes from `model`'s rows too: the id at `idRole`, the name (or -1: none) at
    //! `nameRole`. The model must outlive this one or be destroyed first (it is then dropped).
    void addSource(QAbstractItemModel *model, int idRole, int nameRole = -1);
    int sourceCount() const { return int(m_sources.size()); }
    //! Rebuilds now instead of on the next event-loop turn.
    void rebuild();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    struct Source
    {
        QPointer<QAbstractItemModel> model;
        int idRole = Qt::DisplayRole;
        int nameRole = -1;
    };
    struct Row
    {
        QString id;
        QString name;
    };
    void scheduleRebuild();

    QList<Source> m_sources;
    QList<Row> m_rows;
    QTimer m_rebuild;
};

//! A completer that matches DialCompletionModel::SearchRole and puts the id in the field.
class DialCompleter final : public QCompleter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DialCompleter)

public:
    explicit DialCompleter(QObject *parent = nullptr);
    ~DialCompleter() override;

    QString pathFromIndex(const QModelIndex &index) const override;
};
