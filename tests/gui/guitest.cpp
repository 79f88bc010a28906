// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "guitest.h"

#include "core/models/peerlistmodel.h"
#include "core/protocol/methodcatalogue.h"
#include "simroom.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

namespace GuiTest {

namespace {

std::optional<QString> takeAnswer(QStringList &answers)
{
    const QString answer = answers.isEmpty() ? QString() : answers.takeFirst();
    if (answer.isNull())
        return std::nullopt;
    return answer;
}

} // namespace

Catalogues::Catalogues(const QString &code)
{
    if (code == u"en"_s)
        return;
    const QLocale locale(code);
    QLocale::setDefault(locale);
    QVERIFY(m_own.load(locale, u"roomdeck"_s, u"_"_s, u":/i18n"_s));
    QCoreApplication::installTranslator(&m_own);
    if (m_qt.load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qt);
}

Catalogues::~Catalogues()
{
    QCoreApplication::removeTranslator(&m_own);
    QCoreApplication::removeTranslator(&m_qt);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

std::optional<ConnectionRequest>
ScriptedPresenter::askForConnection(QWidget *, const ConnectDialogSetup &setup)
{
    ++connectAsked;
    lastSetup = setup;
    asked << u"connect"_s;
    if (connectAnswers.empty())
        return std::nullopt;
    auto answer = connectAnswers.front();
    connectAnswers.pop_front();
    return answer;
}

std::optional<QString> ScriptedPresenter::askText(QWidget *, const QString &title, const QString &,
                                                  const QString &)
{
    asked << title;
    return takeAnswer(textAnswers);
}

std::optional<QString> ScriptedPresenter::askSecret(QWidget *, const QString &title,
                                                    const QString &)
{
    asked << title;
    return takeAnswer(secretAnswers);
}

void ScriptedPresenter::showInformation(QWidget *, const QString &title, const QString &)
{
    asked << title;
}

void ScriptedPresenter::showError(QWidget *, const QString &title, const QString &)
{
    asked << title;
}

bool ScriptedPresenter::confirm(QWidget *, const QString &title, const QString &text)
{
    asked << title;
    lastText = text;
    return confirmAnswer;
}

int ScriptedPresenter::choose(QWidget *, const QString &title, const QString &text,
                              const QStringList &choices)
{
    asked << title;
    lastText = text;
    lastChoices = choices;
    return chooseAnswer;
}

QString ScriptedPresenter::saveFileName(QWidget *, const QString &, const QString &,
                                        const QString &)
{
    return saveAnswers.isEmpty() ? QString() : saveAnswers.takeFirst();
}

QString ScriptedPresenter::openFileName(QWidget *, const QString &title, const QString &,
                                        const QString &)
{
    asked << title;
    return openAnswers.isEmpty() ? QString() : openAnswers.takeFirst();
}

void saveShot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("ROOMDECK_TEST_SHOTS");
    if (!dir.isEmpty() && widget)
        widget->grab().save(QDir(dir).filePath(name + u".png"_s));
}

void initSettings(const QString &applicationName)
{
    // Keeps geometry, recent rooms and dial history out of the developer's settings.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"RoomDeck"_s);
    QCoreApplication::setApplicationName(applicationName);
    QSettings().clear();
}

Fixture::Fixture(RoomSimulator::Options options)
    : sim(SimRoom::start(options))
    , controller(std::make_unique<RoomController>(SimRoom::fastOptions()))
    , window(std::make_unique<MainWindow>(controller.get()))
{
    auto scripted = std::make_unique<ScriptedPresenter>();
    presenter = scripted.get();
    window->setDialogPresenter(std::move(scripted));
    window->show();
}

Fixture::~Fixture()
{
    window.reset();
    controller.reset();
    sim.reset();
}

ConnectionRequest Fixture::request(Room::Role role, const QString &secret) const
{
    ConnectionRequest r;
    r.address = SimRoom::addressOf(*sim);
    r.addressText = r.address.displayText();
    r.credentials = secret.isEmpty() ? RoomController::Credentials::unsecured(role)
                                     : RoomController::Credentials::withSecret(secret, role);
    return r;
}

bool Fixture::connect(Room::Role role, const QString &secret)
{
    window->connectToRoom(request(role, secret));
    return QTest::qWaitFor(
        [this] { return controller->isReady() && window->isAddressBookSettled(); }, kTimeout);
}

bool Fixture::roundTrip()
{
    bool answered = false;
    QObject context;
    controller->sendRequest(u"getAppState"_s, {}, &context,
                            [&answered](const RequestOutcome &o) { answered = o.ok(); });
    return QTest::qWaitFor([&answered] { return answered; }, kTimeout);
}

QStringList adminOnlyMethodsSent(const RoomSimulator &sim)
{
    QStringList sent;
    for (const QString &m : sim.receivedMethods())
        if (MethodCatalogue::instance().isAdminOnly(m))
            sent << m;
    return sent;
}

QJsonObject contact(const QString &peerId, const QString &peerDn, int status, int extStatus,
                    bool editable)
{
    return { { u"peerId"_s, peerId },      { u"peerDn"_s, peerDn },
             { u"status"_s, status },      { u"extStatus"_s, extStatus },
             { u"lastOnlineTime"_s, 0 },   { u"additionalStatus"_s, u""_s },
             { u"isEditable"_s, editable } };
}

} // namespace GuiTest
