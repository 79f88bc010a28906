// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "cliprofiles.h"

#include "cli/cliformat.h"
#include "core/models/roomprofile.h"
#include "core/models/roomsettings.h"
#include "core/session/profileapply.h"
#include "core/session/roomsession.h"

#include <QFileInfo>
#include <QJsonArray>

using namespace Qt::StringLiterals;
using Command = CliOptions::Command;

namespace {

QString kindWord(ProfileDiff::Kind kind)
{
    switch (kind) {
    case ProfileDiff::Kind::Same:
        return u"same"_s;
    case ProfileDiff::Kind::Different:
        return u"different"_s;
    case ProfileDiff::Kind::OnlyLeft:
        return u"onlyInFile"_s;
    case ProfileDiff::Kind::OnlyRight:
        break;
    }
    return u"onlyOnRoom"_s;
}

} // namespace

CliProfiles::CliProfiles(RoomController *controller, const CliOptions &options, Done done,
                         Failed failed, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_session(new RoomSession(controller, RoomSession::Parts::None, this))
    , m_settings(new RoomSettings(this))
    , m_done(std::move(done))
    , m_failed(std::move(failed))
{ }

CliProfiles::~CliProfiles()
{
    // The part goes before the session it is attached to.
    delete m_settings;
}

bool CliProfiles::handles(Command command)
{
    return command == Command::SettingsExport || command == Command::SettingsDiff
        || command == Command::SettingsApply;
}

QString CliProfiles::parseArguments(Command command, const QStringList &args, bool dryRun,
                                    CliOptions *o)
{
    const QString verb = CliOptions::commandName(command);
    if (args.size() != 1 || args.first().trimmed().isEmpty())
        return tr("%1 takes one argument: FILE").arg(verb);
    if (dryRun && command != Command::SettingsApply)
        return tr("--dry-run belongs to settings apply");
    o->filePath = args.first();
    o->dryRun = dryRun;
    if (command == Command::SettingsExport) {
        const QFileInfo dir(QFileInfo(o->filePath).absolutePath());
        if (!dir.isDir() || !dir.isWritable())
            return tr("%1: cannot write into %2").arg(verb, dir.filePath());
        return {};
    }
    RoomProfile profile;
    QString error;
    if (!RoomProfile::load(o->filePath, &profile, &error))
        return tr("%1: %2").arg(verb, error);
    return {};
}

QString CliProfiles::helpText()
{
    return tr("  settings export FILE    save the room's settings as a RoomDeck profile\n"
              "  settings diff FILE      compare the room's settings with a profile (exit 0:\n"
              "                          the same, 1: different; lists the differences)\n"
              "  settings apply FILE [--dry-run]\n"
              "                          change what differs from the profile in one atomic\n"
              "                          setSettings (--dry-run: only list it); settings\n"
              "                          that belong to one room (volume, bandwidth,\n"
              "                          language, ...) are never applied\n"
              "                          (export, diff and --dry-run sign in as user)\n");
}

void CliProfiles::run()
{
    connect(m_settings, &RoomSettings::loaded, this, &CliProfiles::onSettingsKnown);
    // Attached to a signed-in session, the part takes the startup burst's settings at once.
    m_session->attach(m_settings);
    if (m_settings->isKnown())
        onSettingsKnown();
}

void CliProfiles::onSettingsKnown()
{
    if (m_ran)
        return;
    m_ran = true;
    switch (m_options.command) {
    case Command::SettingsExport:
        exportProfile();
        return;
    case Command::SettingsDiff:
        diffProfile();
        return;
    default:
        applyProfile();
        return;
    }
}

void CliProfiles::exportProfile()
{
    const RoomController *c = m_session->controller();
    const RoomProfile profile = RoomProfile::capture(
        m_settings, nullptr, c ? c->trueConfId() : QString(), c ? c->roomName() : QString());
    QString error;
    if (!profile.save(m_options.filePath, &error)) {
        m_done(int(CliExit::Usage), CliFormat::terminalSafe(error),
               { { u"ok"_s, false }, { u"error"_s, error } });
        return;
    }
    m_done(int(CliExit::Ok),
           tr("Saved %n setting(s) to %1.", nullptr, int(profile.settings.size()))
               .arg(CliFormat::terminalSafe(m_options.filePath)),
           { { u"ok"_s, true },
             { u"file"_s, m_options.filePath },
             { u"settings"_s, int(profile.settings.size()) } });
}

void CliProfiles::diffProfile()
{
    RoomProfile file;
    QString error;
    if (!RoomProfile::load(m_options.filePath, &file, &error)) {
        m_done(int(CliExit::Usage), CliFormat::terminalSafe(error),
               { { u"ok"_s, false }, { u"error"_s, error } });
        return;
    }
    // Branding is compared only where both sides know it: the command reads no images.
    RoomProfile room = RoomProfile::capture(m_settings, nullptr, {}, {});
    file.branding.known = false;
    const ProfileDiff diff = ProfileDiff::compare(file, room);
    QJsonArray rows;
    for (const ProfileDiff::Row &r : diff.rows()) {
        if (r.kind == ProfileDiff::Kind::Same)
            continue;
        QJsonObject row { { u"name"_s, r.name },
                          { u"kind"_s, kindWord(r.kind) },
                          { u"applied"_s, r.notApplied.isEmpty() } };
        if (!r.left.isUndefined())
            row.insert(u"file"_s, r.left);
        if (!r.right.isUndefined())
            row.insert(u"room"_s, r.right);
        rows.append(row);
    }
    const QString human = diff.isSame()
        ? tr("The room has the profile's settings.")
        : QString(tr("%n difference(s) (file → room):", nullptr, diff.differenceCount()) + u'\n'
                  + CliFormat::terminalSafe(diff.lines().join(u'\n')));
    m_done(diff.isSame() ? int(CliExit::Ok) : int(CliExit::Differences), human,
           { { u"ok"_s, true }, { u"same"_s, diff.isSame() }, { u"differences"_s, rows } });
}

void CliProfiles::applyProfile()
{
    RoomProfile profile;
    QString error;
    if (!RoomProfile::load(m_options.filePath, &profile, &error)) {
        m_done(int(CliExit::Usage), CliFormat::terminalSafe(error),
               { { u"ok"_s, false }, { u"error"_s, error } });
        return;
    }
    const ProfileApply::Plan plan
        = ProfileApply::plan(profile, m_settings, m_session->controller());
    QStringList lines;
    QJsonObject changes;
    for (auto it = plan.changes.constBegin(); it != plan.changes.constEnd(); ++it) {
        lines.append(it.key() + u": "_s + RoomProfile::valueText(plan.current.value(it.key()))
                     + u" → "_s + RoomProfile::valueText(it.value()));
        changes.insert(it.key(), it.value());
    }
    for (const QString &name : plan.roomSpecific)
        lines.append(tr("%1: not applied (%2)").arg(name, RoomProfile::roomSpecificReason(name)));
    const QString list = CliFormat::terminalSafe(lines.join(u'\n'));
    if (m_options.dryRun) {
        m_done(int(CliExit::Ok),
               tr("Would change %n setting(s).", nullptr, int(plan.changes.size()))
                   + (list.isEmpty() ? QString() : QString(u'\n' + list)),
               { { u"ok"_s, true }, { u"dryRun"_s, true }, { u"changes"_s, changes } });
        return;
    }
    if (plan.changes.isEmpty()) {
        m_done(int(CliExit::Ok),
               tr("Nothing to change.") + (list.isEmpty() ? QString() : QString(u'\n' + list)),
               { { u"ok"_s, true },
                 { u"result"_s, u"NothingToChange"_s },
                 { u"changes"_s, changes } });
        return;
    }
    // One setSettings: the room takes all of it or none (a refusal ends as any other command's).
    ProfileApply::Result result;
    result.status = ProfileApply::Status::Applied;
    result.plan = plan;
    const QString text = ProfileApply::resultText(result);
    m_settings->apply(plan.changes, this, [this, list, changes, text](const RequestOutcome &o) {
        if (!o.ok()) {
            m_failed(o);
            return;
        }
        m_done(int(CliExit::Ok),
               CliFormat::terminalSafe(text) + (list.isEmpty() ? QString() : QString(u'\n' + list)),
               { { u"ok"_s, true }, { u"result"_s, u"Applied"_s }, { u"changes"_s, changes } });
    });
}
