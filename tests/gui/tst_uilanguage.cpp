// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "gui/uilanguage.h"
#include "guitest.h"

#include <QAction>
#include <QCoreApplication>
#include <QSettings>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace GuiTest;

//! The interface language: the choices offered, the saved override, and that installing a
//! language really translates (run last: translators stay installed for the process).
class TestUiLanguage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void offersSystemEnglishRussianGerman();
    void menuSavesTheChoice();
    void installTranslates();
};

void TestUiLanguage::initTestCase()
{
    initSettings(u"tst_uilanguage"_s);
}

void TestUiLanguage::offersSystemEnglishRussianGerman()
{
    const QList<UiLanguage::Choice> choices = UiLanguage::choices();
    QStringList codes;
    QStringList names;
    for (const UiLanguage::Choice &c : choices) {
        codes << c.code;
        names << c.name;
    }
    QCOMPARE(codes, (QStringList { QString(), u"en"_s, u"de"_s, u"ru"_s }));
    QVERIFY2(names.first().startsWith(u"System language"_s), qPrintable(names.first()));
    QCOMPARE(names.at(2), u"Deutsch"_s);
    QCOMPARE(names.at(3), u"Русский"_s);
}

void TestUiLanguage::menuSavesTheChoice()
{
    Fixture f;
    auto *system = find<QAction>(f.window.get(), "languageAction_system");
    auto *russian = find<QAction>(f.window.get(), "languageAction_ru");
    QVERIFY(system->isChecked()); // nothing saved: the system's language
    russian->trigger();
    QVERIFY(russian->isChecked());
    QSettings settings;
    QCOMPARE(UiLanguage::savedChoice(settings), u"ru"_s);
    QCOMPARE(f.presenter->asked.constLast(), u"Language"_s); // "from the next start"
    system->trigger();
    QCOMPARE(UiLanguage::savedChoice(settings), QString());
    QVERIFY(!settings.contains(u"ui/language"_s));
}

void TestUiLanguage::installTranslates()
{
    QCOMPARE(QCoreApplication::translate("MainWindow", "Power"), u"Power"_s);
    QVERIFY(UiLanguage::install(*QCoreApplication::instance(), u"de"_s));
    QCOMPARE(QLocale().name(), u"de_DE"_s);
    QCOMPARE(QCoreApplication::translate("MainWindow", "Power"), u"Energie"_s);
    QVERIFY(QCoreApplication::translate("Room", "In a conference") != u"In a conference"_s);
}

QTEST_MAIN(TestUiLanguage)
#include "tst_uilanguage.moc"
