// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "dialogpresenter.h"

#include "gui/dialogs/contactpicker.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>

DialogPresenter::~DialogPresenter() = default;

std::optional<QString> DialogPresenter::askContact(QWidget *parent, const QString &title,
                                                   QAbstractItemModel *)
{
    return askText(parent, title, ContactPicker::tr("TrueConf ID:"), {});
}

std::optional<QString> WidgetDialogPresenter::askContact(QWidget *parent, const QString &title,
                                                         QAbstractItemModel *contacts)
{
    ContactPicker picker(contacts, parent);
    picker.setWindowTitle(title);
    if (picker.exec() != QDialog::Accepted)
        return std::nullopt;
    return picker.peerId();
}

std::optional<ConnectionRequest>
WidgetDialogPresenter::askForConnection(QWidget *parent, const ConnectDialogSetup &setup)
{
    ConnectDialog dialog(parent);
    dialog.setSavedRooms(setup.savedRooms);
    dialog.setCredentialStore(setup.store);
    dialog.setSuggestion(setup.suggestion);
    if (dialog.exec() != QDialog::Accepted || !dialog.isInputValid())
        return std::nullopt;
    return dialog.request();
}

void WidgetDialogPresenter::showInformation(QWidget *parent, const QString &title,
                                            const QString &text)
{
    QMessageBox::information(parent, title, text);
}

void WidgetDialogPresenter::showError(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox::critical(parent, title, text);
}

bool WidgetDialogPresenter::confirm(QWidget *parent, const QString &title, const QString &question)
{
    return QMessageBox::question(parent, title, question, QMessageBox::Yes | QMessageBox::No,
                                 QMessageBox::No)
        == QMessageBox::Yes;
}

int WidgetDialogPresenter::choose(QWidget *parent, const QString &title, const QString &text,
                                  const QStringList &choices)
{
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Cancel, parent);
    QList<QPushButton *> buttons;
    for (const QString &choice : choices)
        buttons.append(box.addButton(choice, QMessageBox::AcceptRole));
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return int(buttons.indexOf(qobject_cast<QPushButton *>(box.clickedButton())));
}

QString WidgetDialogPresenter::saveFileName(QWidget *parent, const QString &title,
                                            const QString &suggestedPath, const QString &filter)
{
    return QFileDialog::getSaveFileName(parent, title, suggestedPath, filter);
}

QString WidgetDialogPresenter::openFileName(QWidget *parent, const QString &title,
                                            const QString &directory, const QString &filter)
{
    return QFileDialog::getOpenFileName(parent, title, directory, filter);
}

std::optional<QString> WidgetDialogPresenter::askText(QWidget *parent, const QString &title,
                                                      const QString &label, const QString &text)
{
    bool ok = false;
    const QString answer
        = QInputDialog::getText(parent, title, label, QLineEdit::Normal, text, &ok);
    if (!ok)
        return std::nullopt;
    return answer;
}

std::optional<QString> WidgetDialogPresenter::askSecret(QWidget *parent, const QString &title,
                                                        const QString &label)
{
    bool ok = false;
    const QString answer
        = QInputDialog::getText(parent, title, label, QLineEdit::Password, {}, &ok);
    if (!ok)
        return std::nullopt;
    return answer;
}
