// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include <QPointer>
#include <QWidget>

class DialogPresenter;
class Favourites;
class QAction;
class QLabel;
class QListView;
class QToolButton;

//! The room's speed-dial list (Favourites, shared by every console of the room): Call
//! (double-click, Enter), Add (the candidate the console offers: the dial field's id or the
//! address book's contact), Remove, Rename (asked through the presenter), Move up / down.
//! The panel sends nothing itself: every change is a Favourites verb, and the list redraws
//! when the room's document changes. Labels come from other consoles: elided, plain text.
class FavouritesPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FavouritesPanel)

public:
    explicit FavouritesPanel(DialogPresenter *presenter, QWidget *parent = nullptr);
    ~FavouritesPanel() override;

    void setFavourites(Favourites *favourites);
    //! Questions (Rename) go through `presenter` from now on.
    void setPresenter(DialogPresenter *presenter) { m_presenter = presenter; }
    //! What Add adds (an id and a label for it); empty id: Add is disabled.
    void setCandidate(const QString &id, const QString &label = {});
    //! Whether calls can be placed now (the Call action's state).
    void setCallEnabled(bool enabled);

    QListView *view() const { return m_view; }
    QAction *callAction() const { return m_call; }
    QAction *addAction() const { return m_add; }
    QAction *removeAction() const { return m_remove; }
    QAction *renameAction() const { return m_rename; }
    QAction *moveUpAction() const { return m_up; }
    QAction *moveDownAction() const { return m_down; }
    //! The id of the current row; empty when none.
    QString currentId() const;

Q_SIGNALS:
    //! The operator asked to call `id` (double-click, Enter, Call).
    void callRequested(const QString &id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateActions();
    void updateStatus();
    void moveCurrent(int delta);
    QToolButton *button(QAction *action);

    DialogPresenter *m_presenter = nullptr;
    QPointer<Favourites> m_favourites;
    QListView *m_view = nullptr;
    QLabel *m_status = nullptr;
    QAction *m_call = nullptr;
    QAction *m_add = nullptr;
    QAction *m_remove = nullptr;
    QAction *m_rename = nullptr;
    QAction *m_up = nullptr;
    QAction *m_down = nullptr;
    QString m_candidate;
    QString m_candidateLabel;
    bool m_callEnabled = false;
};
