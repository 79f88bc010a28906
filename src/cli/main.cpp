// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
//
// roomdeckctl: RoomDeck's core for scripts. The logic lives in roomdeck_cli_lib (CliRunner,
// CliCommandLine) so that tests run it in-process as well as through this program.

#include "cli/cliformat.h"
#include "cli/clioptions.h"
#include "cli/clirunner.h"
#include "core/logging.h"
#include "core/stopsignals.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QLoggingCategory>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

//! Diagnostics (-v, warnings) quote the room too: they are masked and escaped like every
//! other line roomdeckctl prints for people.
void printDiagnostic(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString line
        = CliFormat::terminalSafe(Redact::text(qFormatLogMessage(type, context, message)));
    std::fputs((line + u'\n').toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
}

} // namespace

int main(int argc, char *argv[])
{
    // Before QCoreApplication: threads Qt starts later inherit the blocked mask.
    StopSignals::blockInThisProcess();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"roomdeckctl"_s);
    QCoreApplication::setApplicationVersion(QString::fromLatin1(ROOMDECK_VERSION));
    QCoreApplication::setOrganizationName(u"RoomDeck"_s);
    // Messages follow the system language (LANG, LC_MESSAGES); --json keys never change.
    QTranslator translator;
    // English (or a language RoomDeck does not speak) still gets its plural forms.
    if (translator.load(QLocale(), u"roomdeck"_s, u"_"_s, u":/i18n"_s)
        || translator.load(u":/i18n/roomdeck_en.qm"_s))
        QCoreApplication::installTranslator(&translator);

    QFile out;
    QFile err;
    if (!out.open(stdout, QIODevice::WriteOnly) || !err.open(stderr, QIODevice::WriteOnly))
        return 1;

    const CliParseResult parsed
        = CliCommandLine::parse(app.arguments(), QProcessEnvironment::systemEnvironment());
    switch (parsed.action) {
    case CliParseResult::Action::Help:
    case CliParseResult::Action::Version:
        out.write((parsed.text + u'\n').toUtf8());
        return int(CliExit::Ok);
    case CliParseResult::Action::Error:
        err.write((u"roomdeckctl: "_s + CliFormat::terminalSafe(parsed.text) + u'\n').toUtf8());
        return int(CliExit::Usage);
    case CliParseResult::Action::Run:
        break;
    }

    // The core's progress lines are diagnostics; a script's stderr should carry only errors.
    // QT_LOGGING_RULES still overrides this.
    if (!parsed.options.verbose)
        QLoggingCategory::setFilterRules(u"roomdeck.*.info=false\nroomdeck.*.debug=false"_s);

    qInstallMessageHandler(printDiagnostic);
    StopSignals stopSignals;
    CliRunner runner(parsed.options, &out, &err);
    QObject::connect(&stopSignals, &StopSignals::stopRequested, &runner, &CliRunner::interrupt);
    QObject::connect(&runner, &CliRunner::finished, &app, &QCoreApplication::exit);
    QTimer::singleShot(0, &runner, &CliRunner::start);
    return QCoreApplication::exec();
}
