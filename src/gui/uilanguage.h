// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include <QList>
#include <QLocale>
#include <QString>

class QCoreApplication;
class QSettings;

//! The language of RoomDeck's texts: the system's (LANG / LC_MESSAGES) unless the operator
//! chose one in Settings ▸ Language. The choice lives in QSettings ("ui/language": "" for the
//! system's, else a code such as "ru"); translations are the .qm files embedded at :/i18n.
namespace UiLanguage {

struct Choice
{
    QString code; //!< "" = the system's language, "en", "ru", "de"
    QString name; //!< in that language: "Русский"; the system entry names the system language
};

//! The system's language, then English and every embedded translation.
QList<Choice> choices();
//! The menu entry for the system's language: "System language (Deutsch)"; "(English)" for the
//! C/POSIX locale, whose texts are English.
QString systemChoiceName(const QLocale &system);
//! The saved choice ("" when none).
QString savedChoice(const QSettings &settings);
void saveChoice(QSettings &settings, const QString &code);
//! The locale texts and number formats use for `code` ("" = the system's).
QLocale localeFor(const QString &code);
//! Where Qt's own catalogues (qtbase_de.qm, ...) are.
QString qtTranslationsPath();
//! Installs RoomDeck's translator for `code` on `app`, with Qt's own catalogue for the same
//! language (its standard buttons and dialogs), and makes its locale the default; returns false
//! when RoomDeck has no translation for it (English then, Qt's texts too).
bool install(QCoreApplication &app, const QString &code);

} // namespace UiLanguage
