// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "clicontent.h"

#include "cli/cliformat.h"
#include "core/models/appupdate.h"
#include "core/models/licencestate.h"
#include "core/models/ndistate.h"
#include "core/session/roomsession.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;
using Command = CliOptions::Command;

namespace {

QString availabilityWord(LicenceState::Availability a)
{
    switch (a) {
    case LicenceState::Availability::Available:
        return u"available"_s;
    case LicenceState::Availability::NeedsPro:
        return u"needs-pro"_s;
    case LicenceState::Availability::NotInTariff:
        return u"not-in-tariff"_s;
    case LicenceState::Availability::Unknown:
        break;
    }
    return u"unknown"_s;
}

QString typeWord(LicenceState::Type t)
{
    switch (t) {
    case LicenceState::Type::Free:
        return u"free"_s;
    case LicenceState::Type::Pro:
        return u"pro"_s;
    case LicenceState::Type::Other:
        return u"other"_s;
    case LicenceState::Type::Unknown:
        break;
    }
    return u"unknown"_s;
}

QString stateWord(AppUpdate::State s)
{
    switch (s) {
    case AppUpdate::State::UpToDate:
        return u"up-to-date"_s;
    case AppUpdate::State::Available:
        return u"available"_s;
    case AppUpdate::State::Downloading:
        return u"updating"_s;
    case AppUpdate::State::Unknown:
        break;
    }
    return u"unknown"_s;
}

RequestOutcome refusal(const QString &method, RequestOutcome::Status status, const QString &why)
{
    RequestOutcome o;
    o.method = method;
    o.status = status;
    o.errorText = why;
    return o;
}

} // namespace

CliContent::CliContent(RoomController *controller, const CliOptions &options, Succeeded succeeded,
                       Failed failed, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_session(new RoomSession(controller, RoomSession::Parts::None, this))
    , m_ndi(new NdiState(this))
    , m_licence(new LicenceState(this))
    , m_update(new AppUpdate(this))
    , m_succeeded(std::move(succeeded))
    , m_failed(std::move(failed))
{ }

CliContent::~CliContent()
{
    // The parts go before the session they are attached to.
    delete m_ndi;
    delete m_licence;
    delete m_update;
}

bool CliContent::handles(CliOptions::Command command)
{
    return command == Command::Ndi || command == Command::Licence || command == Command::Update;
}

QString CliContent::helpText()
{
    return tr("NDI, licence and updates (both roles):\n"
              "  ndi [on|off]            show the room's NDI output, or switch it on or off\n"
              "  ndi devices             the room's NDI devices\n"
              "  ndi create ID, ndi delete ID\n"
              "                          add or remove an NDI device (NDI must be on)\n"
              "  licence                 licence type, licence server, which PRO features\n"
              "                          the room has, and the tariff restrictions\n"
              "  update [check]          whether the room application has an update\n"
              "  update start, update cancel\n"
              "                          start or cancel the room application's update\n\n");
}

QString CliContent::parse(CliOptions &o, const QStringList &args)
{
    const QString sub = args.value(0);
    switch (o.command) {
    case Command::Ndi:
        if (args.isEmpty()
            || (args.size() == 1 && (sub == u"on"_s || sub == u"off"_s || sub == u"devices"_s))) {
            o.arguments = args;
            return {};
        }
        if (args.size() == 2 && (sub == u"create"_s || sub == u"delete"_s)) {
            const QString id = args.at(1).trimmed();
            if (id.isEmpty() || id.size() > NdiState::kMaxDeviceIdLength)
                return tr("ndi %1 takes a device ID of 1 to %2 characters")
                    .arg(sub)
                    .arg(NdiState::kMaxDeviceIdLength);
            o.arguments = { sub, id };
            return {};
        }
        return tr("ndi takes: nothing | on | off | devices | create ID | delete ID");
    case Command::Licence:
        return args.isEmpty() ? QString() : tr("licence takes no arguments");
    case Command::Update:
        if (args.isEmpty()
            || (args.size() == 1
                && (sub == u"check"_s || sub == u"start"_s || sub == u"cancel"_s))) {
            o.arguments = args;
            return {};
        }
        return tr("update takes: nothing | check | start | cancel");
    default:
        return {};
    }
}

void CliContent::run()
{
    switch (m_options.command) {
    case Command::Ndi:
        runNdi();
        return;
    case Command::Licence:
        runLicence();
        return;
    case Command::Update:
        runUpdate();
        return;
    default:
        m_failed(refusal(QString(), RequestOutcome::Status::RefusedLocally,
                         tr("not a content command")));
        return;
    }
}

void CliContent::finish(const RequestOutcome &o, const QString &human, const QJsonObject &json)
{
    if (o.ok())
        m_succeeded(human, json);
    else
        m_failed(o);
}

void CliContent::runNdi()
{
    // Attached to a signed-in session the part reads the room at once; refreshed() tells.
    connect(m_ndi, &NdiState::refreshed, this, [this] {
        disconnect(m_ndi, &NdiState::refreshed, this, nullptr);
        const QString sub = m_options.arguments.value(0);
        const QString id = m_options.arguments.value(1);
        const auto then = [this](const QString &human, const QString &method) {
            return [this, human, method](const RequestOutcome &o) {
                finish(o, human, { { u"ok"_s, true }, { u"method"_s, method } });
            };
        };
        if (sub == u"on"_s || sub == u"off"_s)
            m_ndi->setEnabled(
                sub == u"on"_s,
                then(sub == u"on"_s ? tr("NDI output is on.") : tr("NDI output is off."),
                     u"setNDIState"_s));
        else if (sub == u"create"_s)
            m_ndi->createDevice(id,
                                then(tr("NDI device %1 created.").arg(CliFormat::terminalSafe(id)),
                                     u"createNDIDevice"_s));
        else if (sub == u"delete"_s)
            m_ndi->deleteDevice(id,
                                then(tr("NDI device %1 deleted.").arg(CliFormat::terminalSafe(id)),
                                     u"deleteNDIDevice"_s));
        else
            printNdi(sub == u"devices"_s);
    });
    m_session->attach(m_ndi);
}

void CliContent::printNdi(bool devicesOnly)
{
    if (!m_ndi->isKnown() || !m_ndi->devicesKnown()) {
        m_failed(refusal(u"getNDIState"_s, RequestOutcome::Status::ErrorReply,
                         tr("the room did not tell its NDI state")));
        return;
    }
    QJsonArray devices;
    QList<QStringList> rows;
    for (const NdiState::Device &d : m_ndi->devices()) {
        devices.append(QJsonObject { { u"deviceId"_s, d.id },
                                     { u"displayName"_s, d.displayName },
                                     { u"mixed"_s, d.mixed } });
        rows.append({ CliFormat::terminalSafe(d.id), CliFormat::terminalSafe(d.displayName),
                      d.mixed ? tr("whole screen") : QString() });
    }
    const QString table = rows.isEmpty()
        ? tr("No NDI devices.")
        : CliFormat::table({ tr("ID"), tr("NAME"), tr("KIND") }, rows).trimmed();
    QString human = devicesOnly
        ? table
        : (m_ndi->isEnabled() ? tr("NDI output: on") : tr("NDI output: off")) + u"\n"_s + table;
    m_succeeded(human, { { u"enabled"_s, m_ndi->isEnabled() }, { u"devices"_s, devices } });
}

void CliContent::runLicence()
{
    connect(m_licence, &LicenceState::refreshed, this, [this] {
        disconnect(m_licence, &LicenceState::refreshed, this, nullptr);
        const LicenceState::Licence l = m_licence->licence();
        if (l.type == LicenceState::Type::Unknown) {
            m_failed(refusal(u"getLicenseType"_s, RequestOutcome::Status::ErrorReply,
                             tr("the room did not tell its licence")));
            return;
        }
        QJsonObject features;
        QList<QStringList> featureRows;
        const QList<QPair<LicenceState::Feature, QString>> all {
            { LicenceState::Feature::Logo, u"logo"_s },
            { LicenceState::Feature::Background, u"background"_s },
            { LicenceState::Feature::Ndi, u"ndi"_s },
            { LicenceState::Feature::SlideShow, u"slideshow"_s },
        };
        for (const auto &[feature, key] : all) {
            const LicenceState::Availability a = m_licence->availability(feature);
            features.insert(key, availabilityWord(a));
            featureRows.append(
                { LicenceState::featureText(feature), LicenceState::availabilityText(a) });
        }
        QList<QStringList> restrictionRows;
        for (const auto &[label, value] : LicenceState::restrictionRows(m_licence->restrictions()))
            restrictionRows.append(
                { CliFormat::terminalSafe(label), CliFormat::terminalSafe(value) });
        QString type = LicenceState::typeText(l.type);
        if (!l.endDate.isEmpty())
            type = tr("%1, valid until %2").arg(type, CliFormat::terminalSafe(l.endDate));
        QString human = tr("Licence: %1").arg(type) + u"\n"_s
            + tr("Licence server: %1")
                  .arg(LicenceState::serverStatusText(m_licence->serverStatus()))
            + u"\n\n"_s
            + CliFormat::table({ tr("PRO FEATURE"), tr("THIS ROOM") }, featureRows).trimmed();
        if (!restrictionRows.isEmpty())
            human += u"\n\n"_s
                + CliFormat::table({ tr("RESTRICTION"), tr("VALUE") }, restrictionRows).trimmed();
        m_succeeded(human,
                    { { u"type"_s, typeWord(l.type) },
                      { u"typeName"_s, l.typeName },
                      { u"startDate"_s, l.startDate },
                      { u"endDate"_s, l.endDate },
                      { u"serverStatus"_s, m_licence->serverStatus() },
                      { u"features"_s, features },
                      { u"restrictions"_s, m_licence->restrictions() } });
    });
    m_session->attach(m_licence);
}

void CliContent::runUpdate()
{
    // A part attached to a signed-in session checks at once; the command's own check is the
    // one whose outcome counts.
    m_session->attach(m_update);
    m_update->check([this](const RequestOutcome &o) {
        if (!o.ok()) {
            m_failed(o);
            return;
        }
        const QString sub = m_options.arguments.value(0);
        if (sub == u"start"_s)
            m_update->start([this](const RequestOutcome &r) {
                finish(r,
                       tr("The room is updating to version %1.")
                           .arg(CliFormat::terminalSafe(m_update->newVersion())),
                       { { u"ok"_s, true }, { u"method"_s, u"startUpdate"_s } });
            });
        else if (sub == u"cancel"_s)
            m_update->cancel([this](const RequestOutcome &r) {
                finish(r, tr("The update was cancelled."),
                       { { u"ok"_s, true }, { u"method"_s, u"cancelUpdate"_s } });
            });
        else
            printUpdate();
    });
}

void CliContent::printUpdate()
{
    QString human = AppUpdate::stateText(m_update->state());
    if (m_update->state() == AppUpdate::State::Available && !m_update->newVersion().isEmpty())
        human = tr("Version %1 is available").arg(CliFormat::terminalSafe(m_update->newVersion()));
    else if (m_update->state() == AppUpdate::State::Downloading)
        human = tr("Updating: %1 %").arg(m_update->progress());
    if (!m_update->currentVersion().isEmpty())
        human += u"\n"_s
            + tr("The room runs version %1")
                  .arg(CliFormat::terminalSafe(m_update->currentVersion()));
    m_succeeded(human,
                { { u"state"_s, stateWord(m_update->state()) },
                  { u"currentVersion"_s, m_update->currentVersion() },
                  { u"version"_s, m_update->newVersion() },
                  { u"progress"_s, m_update->progress() } });
}
