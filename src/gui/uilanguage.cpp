// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "uilanguage.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace UiLanguage {

namespace {

const auto kKey = u"ui/language"_s;

QString nativeName(const QLocale &locale)
{
    QString name = locale.nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name.at(0).toUpper();
    return name;
}

} // namespace

QString systemChoiceName(const QLocale &system)
{
    // The C/POSIX locale has no language name; RoomDeck's texts are English there.
    const QString name = system.language() == QLocale::C ? u"English"_s : nativeName(system);
    if (name.isEmpty())
        return QCoreApplication::translate("UiLanguage", "System language");
    return QCoreApplication::translate("UiLanguage", "System language (%1)").arg(name);
}

QList<Choice> choices()
{
    QList<Choice> list;
    list.append({ QString(), systemChoiceName(QLocale::system()) });
    list.append({ u"en"_s, u"English"_s });
    const QStringList files
        = QDir(u":/i18n"_s).entryList({ u"roomdeck_*.qm"_s }, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QString code = file.mid(9, file.size() - 9 - 3); // roomdeck_XX.qm
        if (code == u"en"_s)
            continue; // the source language's plural forms, listed above
        list.append({ code, nativeName(QLocale(code)) });
    }
    return list;
}

QString savedChoice(const QSettings &settings)
{
    return settings.value(kKey).toString();
}

void saveChoice(QSettings &settings, const QString &code)
{
    if (code.isEmpty())
        settings.remove(kKey);
    else
        settings.setValue(kKey, code);
}

QLocale localeFor(const QString &code)
{
    return code.isEmpty() ? QLocale::system() : QLocale(code);
}

QString qtTranslationsPath()
{
    return QLibraryInfo::path(QLibraryInfo::TranslationsPath);
}

bool install(QCoreApplication &app, const QString &code)
{
    const QLocale locale = localeFor(code);
    QLocale::setDefault(locale);
    auto *own = new QTranslator(&app);
    const bool found = own->load(locale, u"roomdeck"_s, u"_"_s, u":/i18n"_s);
    if (!found || own->language().startsWith(u"en"_s)) {
        // English, then, and Qt's own buttons ("Cancel", "Yes") in English with it; the
        // English catalogue gives "1 room" and "3 rooms" for "%n room(s)" (already loaded
        // when the locale found it).
        if (found || own->load(u":/i18n/roomdeck_en.qm"_s))
            QCoreApplication::installTranslator(own);
        else
            delete own;
        return false;
    }
    // Qt's catalogues (Debian: qt6-translations-l10n) translate the standard buttons and
    // dialogs; without them "Abbrechen" stays "Cancel".
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, qtTranslationsPath()))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    QCoreApplication::installTranslator(own);
    return true;
}

} // namespace UiLanguage
