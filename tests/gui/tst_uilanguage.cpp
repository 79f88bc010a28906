// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "gui/uilanguage.h"
#include "guitest.h"

#include <QAction>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
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
    void systemEntryAlwaysNamesALanguage();
    void menuSavesTheChoice();
    void menuOffersRestartNow();
    void englishSaysOneRoomAndThreeRooms();
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

void TestUiLanguage::systemEntryAlwaysNamesALanguage()
{
    // LANG=C (or POSIX): no "System language ()" with an empty name.
    QCOMPARE(UiLanguage::systemChoiceName(QLocale::c()), u"System language (English)"_s);
    QCOMPARE(UiLanguage::systemChoiceName(QLocale(QLocale::German, QLocale::Germany)),
             u"System language (Deutsch)"_s);
    QCOMPARE(UiLanguage::systemChoiceName(QLocale(QLocale::Russian, QLocale::Russia)),
             u"System language (Русский)"_s);
    for (const UiLanguage::Choice &c : UiLanguage::choices())
        QVERIFY2(!c.name.contains(u"()"_s) && !c.name.trimmed().isEmpty(), qPrintable(c.name));
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

void TestUiLanguage::menuOffersRestartNow()
{
    Fixture f;
    QSignalSpy restart(f.window.get(), &MainWindow::restartRequested);
    auto *german = find<QAction>(f.window.get(), "languageAction_de");
    auto *english = find<QAction>(f.window.get(), "languageAction_en");
    auto *system = find<QAction>(f.window.get(), "languageAction_system");

    f.presenter->chooseAnswer = 1; // "Later": the choice is saved, nothing restarts
    german->trigger();
    QCOMPARE(f.presenter->asked.constLast(), MainWindow::tr("Language"));
    QCOMPARE(f.presenter->lastChoices,
             (QStringList { MainWindow::tr("Restart Now"), MainWindow::tr("Later") }));
    QVERIFY(f.presenter->lastText.contains(u"Deutsch"_s));
    QCOMPARE(restart.count(), 0);
    QCOMPARE(UiLanguage::savedChoice(QSettings()), u"de"_s);

    f.presenter->chooseAnswer = -1; // Cancel keeps the session too
    english->trigger();
    QCOMPARE(restart.count(), 0);
    QCOMPARE(UiLanguage::savedChoice(QSettings()), u"en"_s);

    f.presenter->chooseAnswer = 0; // "Restart Now"
    system->trigger();
    QCOMPARE(restart.count(), 1);
    QCOMPARE(UiLanguage::savedChoice(QSettings()), QString());
}

void TestUiLanguage::englishSaysOneRoomAndThreeRooms()
{
    const auto rooms = [](int n) {
        return QCoreApplication::translate("MainWindow", "%n room(s)", nullptr, n);
    };
    QCOMPARE(rooms(3), u"3 room(s)"_s); // no catalogue yet: the source text
    // English is the source language (install says so), yet its plural forms are right.
    QVERIFY(!UiLanguage::install(*QCoreApplication::instance(), u"en"_s));
    QCOMPARE(rooms(1), u"1 room"_s);
    QCOMPARE(rooms(3), u"3 rooms"_s);
    QCOMPARE(QCoreApplication::translate("OverviewPage", "End the call in %n room(s)?", nullptr, 2),
             u"End the call in 2 rooms?"_s);
    // Only the plurals: every other text stays the source's.
    QCOMPARE(QCoreApplication::translate("PowerPanel", "Power"), u"Power"_s);
}

void TestUiLanguage::installTranslates()
{
    QCOMPARE(QCoreApplication::translate("PowerPanel", "Power"), u"Power"_s);
    QVERIFY(UiLanguage::install(*QCoreApplication::instance(), u"de"_s));
    QCOMPARE(QLocale().name(), u"de_DE"_s);
    QCOMPARE(QCoreApplication::translate("PowerPanel", "Power"), u"Ein/Aus"_s);
    QVERIFY(QCoreApplication::translate("Room", "In a conference") != u"In a conference"_s);

    // Qt's own standard buttons follow (Debian's qt6-translations-l10n provides them).
    QVERIFY2(QFileInfo::exists(UiLanguage::qtTranslationsPath() + u"/qtbase_de.qm"_s),
             "qtbase_de.qm is missing: install qt6-translations-l10n (packaging/setup-debian.sh)");
    QDialogButtonBox box(QDialogButtonBox::Cancel | QDialogButtonBox::Yes | QDialogButtonBox::No);
    QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), u"Abbrechen"_s);
    QCOMPARE(box.button(QDialogButtonBox::Yes)->text().remove(u'&'), u"Ja"_s);
    QCOMPARE(box.button(QDialogButtonBox::No)->text().remove(u'&'), u"Nein"_s);
}

QTEST_MAIN(TestUiLanguage)
#include "tst_uilanguage.moc"
