// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "powerpanel.h"

#include "ui_powerpanel.h"

#include "core/session/roomsession.h"

#include "core/controller/requestoutcome.h"
#include "core/controller/roomcontroller.h"
#include "core/logging.h"
#include "core/models/powercontrol.h"
#include "gui/presenters/dialogpresenter.h"
#include "gui/widgets/statuscolors.h"
#include "gui/widgets/svgicon.h"

using namespace Qt::StringLiterals;

namespace {

struct Texts
{
    QString title;
    QString question;
    QString proceed; //!< the button that does it anyway
    QString endFirst; //!< the button that ends the conference for all first
    QString sending;
    QString done;
};

Texts textsFor(PowerPanel::Action action)
{
    switch (action) {
    case PowerPanel::Action::Reboot:
        return { PowerPanel::tr("Restart Room Computer"),
                 PowerPanel::tr("Restart the room's computer? The room is unavailable until it "
                                "has started again."),
                 PowerPanel::tr("Restart Anyway"),
                 PowerPanel::tr("End Conference for All, Then Restart"),
                 PowerPanel::tr("Asking the room to restart its computer…"),
                 PowerPanel::tr("The room computer is restarting; RoomDeck reconnects when it is "
                                "back.") };
    case PowerPanel::Action::ShutDownComputer:
        return { PowerPanel::tr("Shut Down Room Computer"),
                 PowerPanel::tr("Shut the room's computer down? Someone at the room has to switch "
                                "it on again."),
                 PowerPanel::tr("Shut Down Anyway"),
                 PowerPanel::tr("End Conference for All, Then Shut Down"),
                 PowerPanel::tr("Asking the room to shut its computer down…"),
                 PowerPanel::tr("The room computer is shutting down.") };
    case PowerPanel::Action::QuitApp:
        return { PowerPanel::tr("Quit Room Application"),
                 PowerPanel::tr("Quit TrueConf Room on the room's computer? It has to be started "
                                "again there before anyone can connect."),
                 PowerPanel::tr("Quit Anyway"),
                 PowerPanel::tr("End Conference for All, Then Quit"),
                 PowerPanel::tr("Asking the room application to quit…"),
                 PowerPanel::tr("The room application is quitting.") };
    }
    return {};
}

} // namespace

PowerPanel::PowerPanel(RoomSession *session, DialogPresenter *presenter, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::PowerPanel>())
{
    m_ui->setupUi(this);
    m_ui->rebootButton->setIcon(SvgIcon::icon(u"retry"_s));
    m_ui->shutdownSystemButton->setIcon(SvgIcon::icon(u"power"_s));
    m_ui->quitAppButton->setIcon(SvgIcon::icon(u"quit"_s));
    for (QPushButton *b : { m_ui->rebootButton, m_ui->shutdownSystemButton, m_ui->quitAppButton })
        b->setMinimumWidth(200);
    m_ui->powerStatusLabel->hide();
    connect(m_ui->rebootButton, &QPushButton::clicked, this, [this] { request(Action::Reboot); });
    connect(m_ui->shutdownSystemButton, &QPushButton::clicked, this,
            [this] { request(Action::ShutDownComputer); });
    connect(m_ui->quitAppButton, &QPushButton::clicked, this, [this] { request(Action::QuitApp); });
    setUp(session->controller(), session->power(), presenter);
}

PowerPanel::~PowerPanel() = default;

void PowerPanel::setUp(RoomController *controller, PowerControl *power, DialogPresenter *presenter)
{
    m_controller = controller;
    m_presenter = presenter;
    m_power = power;
    connect(controller, &RoomController::authenticated, this, [this] {
        m_busy = false;
        setStatus({}, false);
        updateEnabled();
    });
}

void PowerPanel::applyCapabilities(Permissions::Capabilities caps)
{
    m_caps = caps;
    updateEnabled();
}

void PowerPanel::updateEnabled()
{
    const bool allowed = m_caps.testFlag(Permissions::Capability::Power) && !m_busy;
    m_ui->rebootButton->setEnabled(allowed);
    m_ui->shutdownSystemButton->setEnabled(allowed);
    m_ui->quitAppButton->setEnabled(allowed);
}

bool PowerPanel::request(Action action)
{
    if (!m_controller || !m_presenter || m_busy || !m_caps.testFlag(Permissions::Capability::Power))
        return false;
    const Texts texts = textsFor(action);
    const Room::AppState state = m_controller->appState();
    const bool inCall = state == Room::AppState::Wait || state == Room::AppState::Conference;
    if (!inCall) {
        if (!m_presenter->confirm(this, texts.title, texts.question))
            return false;
        send(action, false);
        return true;
    }
    const QString warning = state == Room::AppState::Conference
        ? tr("A conference is in progress on the room.")
        : tr("The room is in a call right now.");
    QStringList choices;
    const bool offerEndForAll = m_endForAll && state == Room::AppState::Conference;
    if (offerEndForAll)
        choices << texts.endFirst;
    choices << texts.proceed;
    const int answer = m_presenter->choose(
        this, texts.title,
        warning + u"\n\n"_s + texts.question
            + (offerEndForAll ? QString()
                              : u"\n\n"_s + tr("The room leaves the call; the others stay in it.")),
        choices);
    if (answer < 0)
        return false;
    send(action, offerEndForAll && answer == 0);
    return true;
}

void PowerPanel::send(Action action, bool endForAll)
{
    const Texts texts = textsFor(action);
    m_busy = true;
    updateEnabled();
    setStatus(texts.sending, false);
    const auto command = action == Action::Reboot ? PowerControl::Command::RestartComputer
        : action == Action::ShutDownComputer      ? PowerControl::Command::ShutDownComputer
                                                  : PowerControl::Command::QuitApp;
    m_power->run(command, endForAll, this,
                 [this, texts](PowerControl::Stage stage, const RequestOutcome &o) {
                     if (o.ok()) {
                         setStatus(texts.done, false);
                         return; // the room goes away; authenticated() re-enables the buttons
                     }
                     m_busy = false;
                     updateEnabled();
                     setStatus(stage == PowerControl::Stage::EndingConference
                                   ? tr("The conference could not be ended, so nothing else "
                                        "was sent: %1")
                                         .arg(o.errorText)
                                   : tr("The room did not do it: %1").arg(o.errorText),
                               true);
                 });
}

void PowerPanel::setStatus(const QString &text, bool problem)
{
    StatusColors::showMessage(m_ui->powerStatusLabel, text,
                              problem ? StatusColors::Tone::Bad : StatusColors::Tone::Neutral);
}

QString PowerPanel::pageTitle() const
{
    return tr("Power");
}

QIcon PowerPanel::pageIcon() const
{
    return SvgIcon::icon(u"power"_s);
}
