// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "gui/dialogs/connectdialog.h"

#include <QString>
#include <QStringList>

#include <optional>

class CredentialStore;
class QAbstractItemModel;
class QWidget;

//! What the connect dialog starts from.
struct ConnectDialogSetup
{
    ConnectionRequest suggestion; //!< pre-filled fields (never a secret)
    QList<SavedRoom> savedRooms; //!< recent rooms, most recent first
    CredentialStore *store = nullptr; //!< keychain for remembered secrets; may be null
};

//! Every modal question the GUI asks goes through here, so that tests substitute a scripted
//! presenter and never block in a modal loop (ARCHITECTURE.md, pattern 6).
class DialogPresenter
{
public:
    DialogPresenter() = default;
    virtual ~DialogPresenter();
    Q_DISABLE_COPY_MOVE(DialogPresenter)

    //! Asks where to connect; nullopt when cancelled.
    virtual std::optional<ConnectionRequest> askForConnection(QWidget *parent,
                                                              const ConnectDialogSetup &setup)
        = 0;
    //! Asks for one line of text (e.g. a contact's name), pre-filled with `text`; nullopt
    //! when cancelled.
    virtual std::optional<QString> askText(QWidget *parent, const QString &title,
                                           const QString &label, const QString &text)
        = 0;
    //! Asks for a PIN or password (hidden input); nullopt when cancelled.
    virtual std::optional<QString> askSecret(QWidget *parent, const QString &title,
                                             const QString &label)
        = 0;
    virtual void showInformation(QWidget *parent, const QString &title, const QString &text) = 0;
    virtual void showError(QWidget *parent, const QString &title, const QString &text) = 0;
    //! A yes/no question; true for yes.
    virtual bool confirm(QWidget *parent, const QString &title, const QString &question) = 0;
    //! A question with several answers (`choices`, the first being the recommended one) and
    //! Cancel; returns the index of the answer, or -1 for Cancel.
    virtual int choose(QWidget *parent, const QString &title, const QString &text,
                       const QStringList &choices)
        = 0;
    //! A file to write; empty when cancelled.
    virtual QString saveFileName(QWidget *parent, const QString &title,
                                 const QString &suggestedPath, const QString &filter)
        = 0;
    //! A file to read; empty when cancelled.
    virtual QString openFileName(QWidget *parent, const QString &title, const QString &directory,
                                 const QString &filter)
        = 0;
    //! Somebody to pick from `contacts` (a PeerListModel; searchable) or typed as a TrueConf
    //! ID; nullopt when cancelled. By default asks for the ID as text (askText).
    virtual std::optional<QString> askContact(QWidget *parent, const QString &title,
                                              QAbstractItemModel *contacts);
};

//! The real thing: ConnectDialog, QInputDialog, QMessageBox and QFileDialog.
class WidgetDialogPresenter final : public DialogPresenter
{
public:
    WidgetDialogPresenter() = default;
    Q_DISABLE_COPY_MOVE(WidgetDialogPresenter)

    std::optional<ConnectionRequest> askForConnection(QWidget *parent,
                                                      const ConnectDialogSetup &setup) override;
    std::optional<QString> askText(QWidget *parent, const QString &title, const QString &label,
                                   const QString &text) override;
    std::optional<QString> askSecret(QWidget *parent, const QString &title,
                                     const QString &label) override;
    void showInformation(QWidget *parent, const QString &title, const QString &text) override;
    void showError(QWidget *parent, const QString &title, const QString &text) override;
    bool confirm(QWidget *parent, const QString &title, const QString &question) override;
    int choose(QWidget *parent, const QString &title, const QString &text,
               const QStringList &choices) override;
    QString saveFileName(QWidget *parent, const QString &title, const QString &suggestedPath,
                         const QString &filter) override;
    QString openFileName(QWidget *parent, const QString &title, const QString &directory,
                         const QString &filter) override;
    std::optional<QString> askContact(QWidget *parent, const QString &title,
                                      QAbstractItemModel *contacts) override;
};
