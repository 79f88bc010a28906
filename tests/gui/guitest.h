// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "core/controller/roomcontroller.h"
#include "gui/console/roomconsole.h"
#include "gui/mainwindow.h"
#include "gui/presenters/dialogpresenter.h"
#include "sim/roomsimulator.h"

#include <QLabel>
#include <QStringList>
#include <QTranslator>
#include <QWidget>

#include <deque>
#include <memory>

//! Helpers shared by the GUI tests: a presenter that answers from a script, widget finders,
//! and a fixture that puts a MainWindow in front of a strict simulator on 127.0.0.1.
namespace GuiTest {

constexpr int kTimeout = 10000;

//! Answers modal questions from a script instead of opening dialogs.
class ScriptedPresenter final : public DialogPresenter
{
public:
    ScriptedPresenter() = default;
    Q_DISABLE_COPY_MOVE(ScriptedPresenter)

    std::deque<std::optional<ConnectionRequest>> connectAnswers;
    //! Answers to askText / askSecret, in order; a null QString() answers "Cancel".
    QStringList textAnswers;
    QStringList secretAnswers;
    bool confirmAnswer = true;
    //! Answer to choose(): an index into its choices, -1 = Cancel.
    int chooseAnswer = 0;
    QStringList lastChoices; //!< the choices the last choose() offered
    QString lastText; //!< the text of the last confirm() / choose()
    //! Answers to openFileName, in order (empty = cancelled).
    QStringList openAnswers;
    //! Answers to saveFileName, in order (empty = cancelled).
    QStringList saveAnswers;
    int connectAsked = 0;
    ConnectDialogSetup lastSetup;
    QStringList asked; //!< titles of every question and message, in order

    std::optional<ConnectionRequest> askForConnection(QWidget *,
                                                      const ConnectDialogSetup &setup) override;
    std::optional<QString> askText(QWidget *, const QString &title, const QString &,
                                   const QString &) override;
    std::optional<QString> askSecret(QWidget *, const QString &title, const QString &) override;
    void showInformation(QWidget *, const QString &title, const QString &) override;
    void showError(QWidget *, const QString &title, const QString &) override;
    bool confirm(QWidget *, const QString &title, const QString &) override;
    int choose(QWidget *, const QString &title, const QString &text,
               const QStringList &choices) override;
    QString saveFileName(QWidget *, const QString &, const QString &, const QString &) override;
    QString openFileName(QWidget *, const QString &, const QString &, const QString &) override;
};

//! The child called `name`; aborts the test binary when there is none.
template<typename T> T *find(const QObject *root, const char *name)
{
    auto *child = root->findChild<T *>(QLatin1String(name));
    if (!child)
        qFatal("no child %s", name);
    return child;
}

inline QString labelText(const QObject *root, const char *name)
{
    return find<QLabel>(root, name)->text();
}

//! Saves `widget` as NAME.png into $ROOMDECK_TEST_SHOTS when that is set (for looking at
//! what a test saw); does nothing otherwise.
void saveShot(QWidget *widget, const QString &name);

//! RoomDeck's catalogue and Qt's for one language, installed while this lives ("en": none).
class Catalogues final
{
public:
    explicit Catalogues(const QString &code);
    ~Catalogues();
    Q_DISABLE_COPY_MOVE(Catalogues)

private:
    QTranslator m_own;
    QTranslator m_qt;
};

//! Isolated QSettings for the test binary (test mode, own application name), cleared.
void initSettings(const QString &applicationName);

//! A strict simulator, a controller with fast options and a shown MainWindow with a scripted
//! presenter. connect() signs in and waits for the address book.
struct Fixture
{
    explicit Fixture(RoomSimulator::Options options = {});
    ~Fixture();
    Q_DISABLE_COPY_MOVE(Fixture)

    //! Connects as `role` (unsecured unless `secret`) and waits until the room is loaded and
    //! its address book has arrived. False on timeout.
    bool connect(Room::Role role = Room::Role::Admin, const QString &secret = {});
    ConnectionRequest request(Room::Role role, const QString &secret = {}) const;
    //! A round-trip barrier instead of a fixed wait: sends a harmless request (getAppState)
    //! and waits for its reply. The room reads frames in order, so whatever the window sent
    //! before has reached the simulator when this returns true.
    bool roundTrip();

    std::unique_ptr<RoomSimulator> sim;
    std::unique_ptr<RoomController> controller;
    std::unique_ptr<MainWindow> window;
    ScriptedPresenter *presenter = nullptr;
};

//! The admin-only methods (room-api.md §4.1) `sim` has received, in order.
QStringList adminOnlyMethodsSent(const RoomSimulator &sim);

//! An address-book contact object as rooms send it.
QJsonObject contact(const QString &peerId, const QString &peerDn, int status, int extStatus,
                    bool editable = true);

} // namespace GuiTest
