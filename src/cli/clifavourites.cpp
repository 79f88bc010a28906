// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "clifavourites.h"

#include "core/controller/roomcontroller.h"

#include "cli/cliformat.h"
#include "core/models/callpolicy.h"
#include "core/models/callsession.h"
#include "core/models/favourites.h"
#include "core/protocol/ids.h"
#include "core/session/roomsession.h"

#include <QJsonArray>

#include <memory>

using namespace Qt::StringLiterals;
using Command = CliOptions::Command;

CliFavourites::CliFavourites(RoomController *controller, const CliOptions &options,
                             Succeeded succeeded, Failed failed, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_session(new RoomSession(controller, RoomSession::Parts::None, this))
    , m_succeeded(std::move(succeeded))
    , m_failed(std::move(failed))
{ }

CliFavourites::~CliFavourites()
{
    // The parts go before the session they are attached to.
    delete m_favourites;
    delete m_policy;
    delete m_call;
}

bool CliFavourites::handles(CliOptions::Command command)
{
    return command == Command::Favourites || command == Command::CreateConference
        || command == Command::Dnd;
}

QString CliFavourites::helpText()
{
    return tr("Calling (shared by every console of the room; both roles):\n"
              "  favourites list         the room's speed-dial list\n"
              "  favourites add ID [LABEL]\n"
              "                          add a TrueConf ID or \\c\\CONFERENCE to it\n"
              "  favourites remove ID    take it off the list\n"
              "  create-conference TITLE [--type symmetric|asymmetric|role] [--invite ID]...\n"
              "                          start a group conference owned by the room\n"
              "  dnd [on|off]            show or switch do not disturb (incoming calls are\n"
              "                          declined by every console that holds the room)\n"
              "  call \\c\\NAME takes a protected conference's password from\n"
              "  ROOMDECK_CONFERENCE_PIN (never from the command line)\n\n");
}

QString CliFavourites::parse(CliOptions &o, const QStringList &args)
{
    const QString sub = args.value(0);
    switch (o.command) {
    case Command::Favourites: {
        const QString usage = tr("favourites takes: list | add ID [LABEL] | remove ID");
        if ((sub == u"list"_s && args.size() == 1) || (sub == u"remove"_s && args.size() == 2)
            || (sub == u"add"_s && (args.size() == 2 || args.size() == 3))) {
            if (sub != u"list"_s) {
                const QString why = RoomIds::validationError(args.at(1));
                if (!why.isEmpty())
                    return tr("favourites %1: %2").arg(sub, why);
            }
            o.arguments = args;
            return {};
        }
        return usage;
    }
    case Command::CreateConference: {
        if (args.size() != 1 || args.first().trimmed().isEmpty())
            return tr("create-conference takes one TITLE (quote it when it has spaces)");
        if (!o.conferenceType.isEmpty() && o.conferenceType != u"symmetric"_s
            && o.conferenceType != u"asymmetric"_s && o.conferenceType != u"role"_s)
            return tr("--type takes symmetric, asymmetric or role, not “%1”").arg(o.conferenceType);
        for (const QString &id : std::as_const(o.invitees)) {
            const QString why = RoomIds::validationError(id);
            if (!why.isEmpty())
                return tr("--invite %1: %2").arg(id, why);
        }
        o.arguments = args;
        return {};
    }
    case Command::Dnd:
        if (args.size() > 1 || (!args.isEmpty() && sub != u"on"_s && sub != u"off"_s))
            return tr("dnd takes on or off (or nothing, to show it)");
        o.arguments = args;
        return {};
    default:
        return {};
    }
}

void CliFavourites::run()
{
    switch (m_options.command) {
    case Command::Favourites:
        runFavourites();
        return;
    case Command::CreateConference:
        runCreateConference();
        return;
    case Command::Dnd:
        runDnd();
        return;
    default:
        refuse(QString(), tr("not a calling command"));
        return;
    }
}

void CliFavourites::refuse(const QString &method, const QString &why)
{
    RequestOutcome o;
    o.method = method;
    o.status = RequestOutcome::Status::RefusedLocally;
    o.errorText = why;
    m_failed(o);
}

void CliFavourites::finish(const RequestOutcome &o, const QString &human, const QJsonObject &json)
{
    if (o.ok())
        m_succeeded(human, json);
    else
        m_failed(o);
}

void CliFavourites::whenRead(std::function<bool()> ready, std::function<void()> then)
{
    // Attached to a signed-in session a part reads the room at once; its changed() tells.
    auto *once = new QObject(this);
    const auto fired = std::make_shared<bool>(false);
    const auto check = [once, fired, ready, then] {
        if (*fired || !ready())
            return;
        *fired = true;
        once->deleteLater();
        then();
    };
    if (m_favourites)
        connect(m_favourites, &Favourites::changed, once, check);
    if (m_policy)
        connect(m_policy, &CallPolicy::changed, once, check);
    check();
}

void CliFavourites::runFavourites()
{
    m_favourites = new Favourites(this);
    m_session->attach(m_favourites);
    whenRead([this] { return m_favourites->isLoaded() || !m_favourites->problem().isEmpty(); },
             [this] {
                 if (!m_favourites->isLoaded()) {
                     refuse(u"loadData"_s, m_favourites->problem());
                     return;
                 }
                 const QString sub = m_options.arguments.value(0);
                 const QString id = m_options.arguments.value(1).trimmed();
                 const QJsonObject json { { u"ok"_s, true }, { u"id"_s, id } };
                 if (sub == u"add"_s) {
                     m_favourites->add(
                         id, m_options.arguments.value(2), this,
                         [this, id, json](const RequestOutcome &o) {
                             finish(o, tr("%1 is a favourite of the room now.").arg(id), json);
                         });
                 } else if (sub == u"remove"_s) {
                     m_favourites->remove(id, this, [this, id, json](const RequestOutcome &o) {
                         finish(o, tr("%1 is no longer a favourite of the room.").arg(id), json);
                     });
                 } else {
                     QJsonArray list;
                     QList<QStringList> rows;
                     for (const Favourites::Entry &e : m_favourites->entries()) {
                         list.append(QJsonObject { { u"id"_s, e.id }, { u"label"_s, e.label } });
                         rows.append({ e.id, e.label });
                     }
                     m_succeeded(rows.isEmpty()
                                     ? tr("The room has no favourites.")
                                     : CliFormat::table({ tr("ID"), tr("LABEL") }, rows).trimmed(),
                                 { { u"favourites"_s, list } });
                 }
             });
}

void CliFavourites::runDnd()
{
    m_policy = new CallPolicy(this);
    m_session->attach(m_policy);
    whenRead([this] { return m_policy->isKnown() || !m_policy->problem().isEmpty(); },
             [this] {
                 if (!m_policy->isKnown()) {
                     refuse(u"loadData"_s, m_policy->problem());
                     return;
                 }
                 const QString word = m_options.arguments.value(0);
                 if (word.isEmpty()) {
                     const bool on = m_policy->doNotDisturb();
                     m_succeeded(on ? tr("Do not disturb is on: the room declines incoming calls.")
                                    : tr("Do not disturb is off."),
                                 { { u"doNotDisturb"_s, on } });
                     return;
                 }
                 const bool on = word == u"on"_s;
                 m_policy->setDoNotDisturb(on, this, [this, on](const RequestOutcome &o) {
                     finish(o,
                            on ? tr("Do not disturb is on: the room declines incoming calls.")
                               : tr("Do not disturb is off."),
                            { { u"ok"_s, true }, { u"doNotDisturb"_s, on } });
                 });
             });
}

void CliFavourites::runCreateConference()
{
    RoomController *controller = m_session->controller();
    if (controller->appState() == Room::AppState::Unknown) {
        // Judge the room's state before sending (§5.2: from Normal only), not after.
        auto *once = new QObject(this);
        connect(controller, &RoomController::appStateChanged, once, [this, once] {
            delete once;
            runCreateConference();
        });
        return;
    }
    m_call = new CallSession(this);
    m_session->attach(m_call);
    const QString type
        = m_options.conferenceType.isEmpty() ? u"symmetric"_s : m_options.conferenceType;
    const Room::ConferenceType kind = type == u"role"_s ? Room::ConferenceType::RoleBased
        : type == u"asymmetric"_s                       ? Room::ConferenceType::Asymmetric
                                                        : Room::ConferenceType::Symmetric;
    const QString title = m_options.arguments.value(0).trimmed();
    m_call->createConference(
        title, kind, m_options.invitees, {}, this, [this, title, type](const RequestOutcome &o) {
            finish(o, tr("The room is starting the conference “%1”.").arg(title),
                   { { u"ok"_s, true },
                     { u"title"_s, title },
                     { u"type"_s, type },
                     { u"invited"_s, QJsonArray::fromStringList(m_options.invitees) } });
        });
}
