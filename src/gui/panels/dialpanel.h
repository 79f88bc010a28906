// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include <QWidget>

#include <memory>

class DialCompletionModel;
class QAbstractItemModel;
class QAction;
class QCompleter;
class QLineEdit;
class QStringListModel;

namespace Ui {
class DialPanel;
}

//! The dial field: a TrueConf ID validated as the operator types (RoomIds::validationError),
//! completed from the ids called before (QSettings "dial/history") and from any source added
//! with addCompletionSource() (favourites, the address book, recents), with the call buttons
//! beside it. The buttons show MainWindow's actions; the panel decides nothing about them.
class DialPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DialPanel)

public:
    static constexpr int kMaxHistory = 30;

    explicit DialPanel(QWidget *parent = nullptr);
    ~DialPanel() override;

    //! Shows these actions as the panel's buttons.
    void setActions(QAction *call, QAction *hangUp, QAction *hangUpForAll);

    QLineEdit *dialEdit() const;
    //! The trimmed text of the dial field.
    QString target() const;
    void setTarget(const QString &id);
    //! True when the field holds something the room's `call` accepts.
    bool isTargetValid() const;
    //! Why the field's content cannot be called (empty when it can, or when it is empty).
    QString validationError() const;

    //! Puts `id` first in the history (and the completer); keeps kMaxHistory entries.
    void rememberTarget(const QString &id);
    QStringList history() const;
    //! Keeps the history of `room` (its address, say); empty: the history of unnamed rooms.
    void setHistoryRoom(const QString &room);

    //! Completes from `model` too (after the history and the sources added before): the id at
    //! `idRole`, the name (matched as well; -1: none) at `nameRole`.
    void addCompletionSource(QAbstractItemModel *model, int idRole, int nameRole = -1);
    DialCompletionModel *completionModel() const { return m_completion; }
    QCompleter *completer() const { return m_completer; }

    //! Focuses the field with its text selected (Ctrl+L).
    void focusDial();

    //! Why the room cannot take a call now ("The room is in a call."); empty when it can. A
    //! valid ID then shows this instead of "Ready to call.".
    void setRoomBlocker(const QString &reason);

Q_SIGNALS:
    //! The field's text changed (validity may have changed).
    void targetChanged(const QString &target);
    //! Enter in the dial field with a callable id.
    void callRequested(const QString &target);

private:
    void validate();

    std::unique_ptr<Ui::DialPanel> m_ui;
    QString historyKey() const;

    QStringListModel *m_history = nullptr;
    QString m_historyRoom;
    DialCompletionModel *m_completion = nullptr;
    QCompleter *m_completer = nullptr;
    QString m_blocker;
};
