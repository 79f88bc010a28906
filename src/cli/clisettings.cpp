// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "clisettings.h"

#include "cli/cliformat.h"
#include "core/models/roomsettings.h"
#include "core/models/settingsedit.h"
#include "core/roomtext.h"
#include "core/session/roomsession.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

QString parseGet(const QStringList &args, CliOptions *o)
{
    if (args.size() > 1)
        return CliSettingsRun::tr("settings get takes at most one NAME");
    o->arguments = args;
    return {};
}

QString parseSet(const QStringList &args, CliOptions *o)
{
    if (args.isEmpty())
        return CliSettingsRun::tr("settings set takes NAME=VALUE...");
    for (const QString &a : args) {
        const qsizetype eq = a.indexOf(u'=');
        if (eq <= 0 || eq > RoomText::kNameLength)
            return CliSettingsRun::tr("settings set takes NAME=VALUE, not “%1”")
                .arg(CliFormat::terminalSafe(RoomText::bounded(a, 64)));
    }
    o->arguments = args;
    return {};
}

void runOwn(RoomController *controller, const CliOptions &options, CliSettings::Succeeded s,
            CliSettings::Failed f, QObject *parent)
{
    (new CliSettingsRun(controller, options, std::move(s), std::move(f), parent))->run();
}

} // namespace

const QList<CliSettings::SubVerb> &CliSettings::subVerbs()
{
    // One line per verb; other files add theirs here (settings export/diff/apply).
    static const QList<SubVerb> table = {
        { u"get"_s, parseGet, runOwn, true },
        { u"set"_s, parseSet, runOwn, false },
    };
    return table;
}

QString CliSettings::parse(const QStringList &args, CliOptions *o)
{
    QStringList names;
    for (const SubVerb &v : subVerbs())
        names.append(v.name);
    const QString usage = CliSettingsRun::tr("settings takes: %1").arg(names.join(u" | "_s));
    if (args.isEmpty())
        return usage;
    for (const SubVerb &v : subVerbs()) {
        if (v.name != args.first())
            continue;
        o->subcommand = v.name;
        return v.parse(args.mid(1), o);
    }
    return usage;
}

bool CliSettings::userRole(const CliOptions &o)
{
    for (const SubVerb &v : subVerbs())
        if (v.name == o.subcommand)
            return v.userRole;
    return false;
}

void CliSettings::run(RoomController *controller, const CliOptions &o, Succeeded succeeded,
                      Failed failed, QObject *parent)
{
    for (const SubVerb &v : subVerbs())
        if (v.name == o.subcommand)
            return v.run(controller, o, std::move(succeeded), std::move(failed), parent);
}

CliSettingsRun::CliSettingsRun(RoomController *controller, const CliOptions &options,
                               CliSettings::Succeeded succeeded, CliSettings::Failed failed,
                               QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_session(new RoomSession(controller, RoomSession::Parts::None, this))
    , m_settings(new RoomSettings(this))
    , m_edit(new SettingsEdit(m_settings, this))
    , m_succeeded(std::move(succeeded))
    , m_failed(std::move(failed))
{ }

CliSettingsRun::~CliSettingsRun()
{
    // The part goes before the session it is attached to.
    delete m_edit;
    delete m_settings;
}

void CliSettingsRun::run()
{
    // Attached to a signed-in session the part takes the startup burst's settings (or reads
    // them) at once.
    connect(m_settings, &RoomSettings::loaded, this, &CliSettingsRun::onLoaded);
    m_session->attach(m_settings);
}

void CliSettingsRun::onLoaded()
{
    if (m_started)
        return;
    m_started = true;
    if (m_options.subcommand == u"set"_s)
        set();
    else
        get();
}

void CliSettingsRun::refuse(const QString &why)
{
    RequestOutcome o;
    o.method = u"setSettings"_s;
    o.status = RequestOutcome::Status::RefusedLocally;
    o.errorText = why;
    m_failed(o);
}

void CliSettingsRun::get()
{
    const QStringList names = m_edit->names();
    if (!m_options.arguments.isEmpty()) {
        const QString name = m_options.arguments.first();
        if (!names.contains(name)) {
            RequestOutcome o;
            o.method = u"getSettings"_s;
            o.status = RequestOutcome::Status::RefusedLocally;
            o.errorText = tr("the room has no setting “%1”")
                              .arg(CliFormat::terminalSafe(RoomText::name(name)));
            return m_failed(o);
        }
        const QJsonValue v = m_settings->value(name);
        m_succeeded(CliFormat::terminalSafe(SettingsCatalogue::plainText(v)),
                    { { u"name"_s, name }, { u"value"_s, v } });
        return;
    }
    QStringList lines;
    QJsonObject all;
    for (const QString &name : names) {
        const QJsonValue v = m_settings->value(name);
        all.insert(name, v);
        lines.append(CliFormat::terminalSafe(RoomText::name(name)) + u" = "_s
                     + CliFormat::terminalSafe(SettingsCatalogue::plainText(v)));
    }
    m_succeeded(lines.join(u'\n'), { { u"settings"_s, all } });
}

void CliSettingsRun::set()
{
    for (const QString &a : m_options.arguments) {
        const qsizetype eq = a.indexOf(u'=');
        const QString name = a.left(eq).trimmed();
        if (!m_settings->values().contains(name))
            return refuse(tr("the room has no setting “%1”")
                              .arg(CliFormat::terminalSafe(RoomText::name(name))));
        QString why;
        const std::optional<QJsonValue> v
            = SettingsCatalogue::parse(m_settings->spec(name), a.mid(eq + 1), &why);
        if (!v)
            return refuse(CliFormat::terminalSafe(why));
        why = m_edit->setValue(name, *v);
        if (!why.isEmpty())
            return refuse(tr("%1: %2").arg(name, why));
    }
    if (!m_edit->hasPending()) {
        m_succeeded(tr("Nothing to change: the room has these values already."),
                    { { u"ok"_s, true }, { u"changed"_s, QJsonArray() } });
        return;
    }
    connect(m_edit, &SettingsEdit::applied, this, [this](const QStringList &names) {
        m_succeeded(tr("The room accepted: %1").arg(names.join(u", "_s)),
                    { { u"ok"_s, true }, { u"changed"_s, QJsonArray::fromStringList(names) } });
    });
    connect(m_edit, &SettingsEdit::refused, this, [this](const QString &name, const QString &) {
        RequestOutcome o = m_edit->lastOutcome();
        if (!name.isEmpty() && !o.errorText.contains(name))
            o.errorText = tr("%1 (refused setting: %2)").arg(o.errorText, name);
        m_failed(o);
    });
    m_edit->apply();
}
