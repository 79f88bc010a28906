// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "demoroom.h"

#include "core/logging.h"
#include "core/models/callsession.h"
#include "core/models/conferencemoderation.h"
#include "core/models/participantlistmodel.h"
#include "core/models/peerlistmodel.h"
#include "core/session/roomsession.h"
#include "gui/console/roomconsole.h"
#include "sim/roomsimulator.h"
#include "sim/simcallhistory.h"
#include "sim/simcontentshare.h"
#include "sim/simdatacontainers.h"
#include "sim/simndi.h"
#include "sim/simscheduler.h"

#include "sim/simmoderation.h"
#include <QDateTime>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

constexpr int kScenarioLengthMs = 180000;
constexpr double kChurnPerSecond = 0.5;
constexpr auto kDemoServer = u"sim.trueconf.local";

RoomSimulator::Options simulatorOptions(const DemoRoom::Options &demo)
{
    RoomSimulator::Options options;
    options.address = QHostAddress::LocalHost; // never reachable from the network
    options.webPort = 0;
    options.wsPort = 0;
    options.httpPort = 0;
    options.peers = demo.peers;
    options.peerDn = demo.roomName;
    options.peerId = demo.peerId;
    options.seed = demo.seed;
    options.proLicence = demo.proLicence;
    options.presenceChurnPerSecond = demo.lively ? kChurnPerSecond : 0;
    options.ringDelayMs = 2500;
    return options;
}

//! A morning's worth of meetings and calls, so that the idle console has something to show:
//! a meeting running, one starting within the hour, and one missed call not yet seen.
void seedHistoryAndMeetings(RoomSimulator &sim)
{
    SimScheduler &scheduler = sim.scheduler();
    const QString server = QString::fromUtf16(kDemoServer);
    scheduler.schedule(u"ops-standup"_s, u"Operations stand-up"_s, u"lea.muller@"_s + server,
                       -10 * 60, 30 * 60);
    scheduler.schedule(u"project-review"_s, u"Project review"_s, u"kenji.watanabe@"_s + server,
                       40 * 60, 60 * 60);
    scheduler.schedule(u"customer-demo"_s, u"Customer demo"_s, u"maria.garcia@"_s + server,
                       26 * 3600, 45 * 60);

    SimCallHistory &history = sim.callHistory();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const auto call = [&](SimCallHistory::Type type, const QString &user, const QString &name,
                          qint64 agoSecs, int duration, bool viewed) {
        SimCallHistory::Entry e;
        e.type = type;
        e.peerId = user + u'@' + server;
        e.peerDn = name;
        e.startTime = now - agoSecs;
        e.duration = duration;
        e.viewed = viewed;
        history.record(e);
    };
    using Type = SimCallHistory::Type;
    call(Type::Outgoing, u"kenji.watanabe"_s, u"Kenji Watanabe"_s, 26 * 3600, 14 * 60, true);
    call(Type::Incoming, u"lea.muller"_s, u"Lea Müller"_s, 3 * 3600, 23 * 60 + 12, true);
    call(Type::Outgoing, u"oscar.lindqvist"_s, u"Oscar Lindqvist"_s, 2 * 3600, 0, true);
    call(Type::Missed, u"maria.garcia"_s, u"Maria Garcia"_s, 35 * 60, 0, false);

    // The room's speed-dial list, as another console of the room would have saved it.
    using Favourite = std::pair<QString, QString>;
    const QList<Favourite> seeds { { u"\\c\\ops-standup"_s, u"Operations stand-up"_s },
                                   { u"lea.muller@"_s + server, u"Lea (facilities)"_s },
                                   { u"kenji.watanabe@"_s + server, QString() } };
    QJsonArray favourites;
    for (const Favourite &f : seeds) {
        QJsonObject entry;
        entry.insert(u"id"_s, f.first);
        if (!f.second.isEmpty())
            entry.insert(u"label"_s, f.second);
        favourites.append(entry);
    }
    const QJsonObject document { { u"favourites"_s, favourites },
                                 { u"version"_s, 1 },
                                 { u"revision"_s, 1 },
                                 { u"writer"_s, u"demo"_s } };
    sim.dataContainers().save(
        u"roomdeck.favourites"_s,
        QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Compact)));
}

} // namespace

DemoRoom::DemoRoom(QObject *parent)
    : DemoRoom(Options {}, parent)
{ }

DemoRoom::DemoRoom(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_simulator(new RoomSimulator(simulatorOptions(options), this))
{
    m_scenarioLoop.setInterval(kScenarioLengthMs);
    connect(&m_scenarioLoop, &QTimer::timeout, this, &DemoRoom::playScenario);
}

QList<DemoRoom::FleetRoom> DemoRoom::fleet(Stage first, bool holdStill, bool lively)
{
    const auto room = [lively](const QString &name, const QString &peerId, quint32 seed) {
        Options o;
        o.lively = lively;
        o.roomName = name;
        o.peerId = peerId;
        o.seed = seed;
        return o;
    };
    FleetRoom boardroom { room(tr("Boardroom"), u"boardroom@sim.trueconf.local"_s, 1), first };
    boardroom.options.scenario = false;
    FleetRoom huddle { room(tr("Huddle room 2"), u"huddle2@sim.trueconf.local"_s, 2),
                       holdStill ? Stage::Idle : Stage::Conference };
    huddle.options.scenario = false;
    huddle.options.otherSettings = true;
    FleetRoom training { room(tr("Training room"), u"training@sim.trueconf.local"_s, 3),
                         holdStill ? Stage::Idle : Stage::Incoming };
    training.options.proLicence = false;
    return { boardroom, huddle, training };
}

DemoRoom::~DemoRoom()
{
    m_simulator->stop();
}

bool DemoRoom::start(QString *error)
{
    if (m_simulator->isRunning())
        return true;
    if (!m_simulator->start(error))
        return false;
    seedHistoryAndMeetings(*m_simulator);
    // The content page: NDI sending with a second output, and a short deck of slides.
    m_simulator->ndi().setEnabled(true);
    m_simulator->ndi().addDevice(u"podium"_s);
    for (const QString &title : { tr("Agenda"), tr("Quarterly results"), tr("Roadmap") })
        m_simulator->contentShare().addSlide(
            m_simulator->addFile(title + u".png"_s, SimContentShare::slidePicture(title)));
    // Set up by somebody else: the huddle room's settings differ (profiles have something to show).
    if (m_options.otherSettings) {
        m_simulator->changeSetting(u"showTime"_s, false);
        m_simulator->changeSetting(u"defaultP2PMatrix"_s, 1);
        m_simulator->changeSetting(u"highlightActiveSpeakers"_s, true);
        m_simulator->changeSetting(u"audioPlayLevel"_s, 0.8);
    }
    if (m_options.lively && m_options.scenario) {
        playScenario();
        m_scenarioLoop.start();
    }
    return true;
}

void DemoRoom::playScenario()
{
    QFile file(u":/roomdeck/demo/scenario.json"_s);
    QString error;
    if (!file.open(QIODevice::ReadOnly) || !m_simulator->loadScenario(file.readAll(), &error))
        qCWarning(lcGui).noquote() << "demo scenario not loaded:" << error;
}

void DemoRoom::stop()
{
    m_scenarioLoop.stop();
    m_simulator->stop();
}

bool DemoRoom::isRunning() const
{
    return m_simulator->isRunning();
}

RoomAddress DemoRoom::address() const
{
    if (!m_simulator->isRunning())
        return {};
    return RoomAddress::parse(u"127.0.0.1:"_s + QString::number(m_simulator->webPort()));
}

RoomController::Credentials DemoRoom::credentials(Room::Role role)
{
    return RoomController::Credentials::unsecured(role == Room::Role::None ? Room::Role::Admin
                                                                           : role);
}

QString DemoRoom::trueConfId() const
{
    return m_simulator->options().peerId;
}

std::optional<DemoRoom::Stage> DemoRoom::stageFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n.isEmpty() || n == u"idle"_s)
        return Stage::Idle;
    if (n == u"incoming"_s)
        return Stage::Incoming;
    if (n == u"outgoing"_s)
        return Stage::Outgoing;
    if (n == u"conference"_s)
        return Stage::Conference;
    return std::nullopt;
}

void DemoRoom::stage(Stage stage, RoomConsole *window)
{
    if (stage == Stage::Idle || !window)
        return;
    const QPointer<RoomConsole> target(window);
    const auto tryEnter = [this, stage, target] {
        if (!m_staged && target && target->controller()->isReady()
            && target->isAddressBookSettled()) {
            m_staged = true;
            enterStage(stage, target);
        }
    };
    connect(window->controller(), &RoomController::startupCompleted, this, tryEnter);
    connect(window->peerModel(), &PeerListModel::loadedChanged, this, tryEnter);
}

void DemoRoom::enterStage(Stage stage, RoomConsole *window)
{
    switch (stage) {
    case Stage::Idle:
        return;
    case Stage::Incoming:
        m_simulator->simulateIncomingCall(u"maria.garcia@"_s + kDemoServer, u"Maria Garcia"_s);
        return;
    case Stage::Outgoing:
        // Nobody answers during the picture: the room keeps ringing.
        m_simulator->setCallTiming(600000, 600000);
        window->placeCall(u"kenji.watanabe@"_s + kDemoServer);
        return;
    case Stage::Conference: {
        // The real flow: the window dials, the simulated server answers, people join.
        m_simulator->setCallTiming(50, 20000);
        window->placeCall(u"\\c\\Weekly operations sync"_s);
        const QPointer<RoomSimulator> sim(m_simulator);
        // Once: the conferences the operator joins later are quiet ones.
        connect(
            window->callSession(), &CallSession::conferenceStarted, this,
            [sim] {
                if (!sim)
                    return;
                // The owner lets the room moderate: the operator can switch, remove and admit.
                sim->moderation().roomMadeModerator(true);
                sim->moderation().waitingRoom().setEnabled(true);
                sim->simulateParticipantJoin(u"lea.muller@"_s + kDemoServer, u"Lea Müller"_s);
                sim->simulateParticipantJoin(u"kenji.watanabe@"_s + kDemoServer,
                                             u"Kenji Watanabe"_s);
                // Somebody knocks: in the waiting room, and another asks to join.
                sim->moderation().waitingRoom().participantWaits(u"omar.haddad@"_s + kDemoServer,
                                                                 u"Omar Haddad"_s);
                sim->simulateJoinRequest(u"maria.garcia@"_s + kDemoServer, u"Maria Garcia"_s);
                // Shortly after joining Lea asks in the chat, so the operator has one to answer.
                QTimer::singleShot(1500, sim, [sim] {
                    sim->simulateIncomingGroupChat(u"lea.muller@"_s + kDemoServer,
                                                   u"Can you hear us?"_s, u"Lea Müller"_s);
                });
            },
            Qt::SingleShotConnection);
        return;
    }
    }
}

bool DemoRoom::hasReached(Stage stage, const RoomConsole &window) const
{
    const CallSession::Phase phase = window.callSession()->phase();
    switch (stage) {
    case Stage::Idle:
        return true;
    case Stage::Incoming:
        return phase == CallSession::Phase::Incoming;
    case Stage::Outgoing:
        return phase == CallSession::Phase::Outgoing;
    case Stage::Conference:
        return phase == CallSession::Phase::InConference
            && window.participantModel()->rowCount() == m_simulator->participants().size()
            && m_simulator->participants().size() >= 6
            // The knock has arrived, and the room knows it may moderate.
            && window.session()->moderation()->requests().size() >= 2
            && window.session()->moderation()->standing().moderator
            // A few seconds on the clock look like a call in progress.
            && window.callSession()->durationSecs() >= 3;
    }
    return false;
}
