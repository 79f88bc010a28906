// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include <QDialog>
#include <QStringList>

class QLineEdit;
class QListWidget;
class QPushButton;

//! Edits the room's auto-answer list (CallPolicy): the TrueConf IDs whose calls the room
//! answers at once. Only gathers the list; the console saves it when accepted.
class AutoAnswerDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AutoAnswerDialog)

public:
    explicit AutoAnswerDialog(const QStringList &ids, QWidget *parent = nullptr);
    ~AutoAnswerDialog() override;

    QStringList ids() const;
    //! Adds the id in the field (or `id`); false when it is not a valid user id.
    bool addId(const QString &id = {});

private:
    void updateState();

    QListWidget *m_list = nullptr;
    QLineEdit *m_edit = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
};
