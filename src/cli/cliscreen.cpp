// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "cliscreen.h"

#include "cli/cliformat.h"
#include "core/models/roomsettings.h"
#include "core/models/screenlayout.h"
#include "core/session/roomsession.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

using Widget = ScreenLayout::Widget;

//! The widgets' names on the command line.
const QList<QPair<QString, Widget>> &widgetNames()
{
    static const QList<QPair<QString, Widget>> names = {
        { u"clock"_s, Widget::Clock },
        { u"logo"_s, Widget::Logo },
        { u"connection-info"_s, Widget::ConnectionInfo },
        { u"current-user"_s, Widget::CurrentUser },
        { u"incoming-requests"_s, Widget::IncomingRequests },
        { u"upcoming-meetings"_s, Widget::UpcomingMeetings },
        { u"info-widgets"_s, Widget::InfoWidgets },
    };
    return names;
}

QString onOff(bool on)
{
    return on ? u"on"_s : u"off"_s;
}

} // namespace

CliScreen::CliScreen(RoomController *controller, const CliOptions &options, Succeeded succeeded,
                     Failed failed, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_session(new RoomSession(controller, RoomSession::Parts::None, this))
    , m_settings(new RoomSettings(this))
    , m_screen(new ScreenLayout(m_settings, this))
    , m_succeeded(std::move(succeeded))
    , m_failed(std::move(failed))
{ }

CliScreen::~CliScreen()
{
    // The parts go before the session they are attached to.
    delete m_screen;
    delete m_settings;
}

bool CliScreen::handles(CliOptions::Command command)
{
    using Command = CliOptions::Command;
    return command == Command::Layout || command == Command::Monitors
        || command == Command::Widgets;
}

QString CliScreen::parse(CliOptions &o, const QStringList &args)
{
    if (o.command != CliOptions::Command::Widgets) {
        if (!args.isEmpty())
            return tr("%1 takes no arguments")
                .arg(o.command == CliOptions::Command::Layout ? u"layout"_s : u"monitors"_s);
        return {};
    }
    if (args.isEmpty())
        return {};
    QStringList names;
    for (const auto &[name, widget] : widgetNames())
        names.append(name);
    if (args.size() != 2 || !names.contains(args.first())
        || (args.at(1) != u"on"_s && args.at(1) != u"off"_s))
        return tr("widgets takes nothing (list) or NAME on|off; NAME is one of %1")
            .arg(names.join(u", "_s));
    o.arguments = args;
    return {};
}

void CliScreen::run()
{
    // Attached to a signed-in session the parts take the settings and monitors the sign-in
    // read; whatever is missing they read themselves.
    connect(m_settings, &RoomSettings::loaded, this, &CliScreen::start);
    connect(m_screen, &ScreenLayout::monitorsChanged, this, &CliScreen::start);
    m_session->attach(m_settings);
    m_session->attach(m_screen);
    start();
}

void CliScreen::start()
{
    if (m_started || !m_settings->isKnown() || !m_screen->monitorsKnown())
        return;
    m_started = true;
    switch (m_options.command) {
    case CliOptions::Command::Monitors:
        monitors();
        return;
    case CliOptions::Command::Layout:
        layout();
        return;
    default:
        widgets();
        return;
    }
}

void CliScreen::monitors()
{
    QJsonArray list;
    QList<QStringList> rows;
    for (const ScreenLayout::Monitor &m : m_screen->monitors()) {
        const bool current = m.index == m_screen->currentMonitor();
        list.append(QJsonObject { { u"index"_s, m.index },
                                  { u"name"_s, m.name },
                                  { u"width"_s, m.geometry.width() },
                                  { u"height"_s, m.geometry.height() },
                                  { u"primary"_s, m.primary },
                                  { u"current"_s, current } });
        rows.append({ QString::number(m.index), CliFormat::terminalSafe(m.name),
                      u"%1x%2"_s.arg(m.geometry.width()).arg(m.geometry.height()),
                      m.primary ? tr("yes") : QString(), current ? tr("yes") : QString() });
    }
    const QString human = rows.isEmpty()
        ? tr("The room reports no monitors.")
        : CliFormat::table(
              { tr("INDEX"), tr("NAME"), tr("RESOLUTION"), tr("PRIMARY"), tr("WINDOW") }, rows)
              .trimmed();
    m_succeeded(human,
                { { u"monitors"_s, list }, { u"currentMonitor"_s, m_screen->currentMonitor() } });
}

QJsonObject CliScreen::defaultsJson() const
{
    return { { u"defaultP2PMatrix"_s, m_screen->defaultLayout(false).value_or(-1) },
             { u"defaultMultiConfMatrix"_s, m_screen->defaultLayout(true).value_or(-1) } };
}

QString CliScreen::defaultsText() const
{
    const auto name = [this](bool group) {
        const std::optional<int> type = m_screen->defaultLayout(group);
        return type ? ScreenLayout::layoutName(*type) : tr("not known");
    };
    return tr("Default layouts: calls: %1; group conferences: %2").arg(name(false), name(true));
}

void CliScreen::layout()
{
    if (m_session->controller()->appState() != Room::AppState::Conference) {
        QJsonObject json = defaultsJson();
        json.insert(u"inCall"_s, false);
        m_succeeded(tr("Not in a call.") + u'\n' + defaultsText(), json);
        return;
    }
    m_screen->refreshMatrix([this](const RequestOutcome &o) {
        if (!o.ok()) {
            m_failed(o);
            return;
        }
        const ScreenLayout::Matrix m = m_screen->matrix();
        QJsonArray slots_;
        QList<QStringList> rows;
        const auto add = [&](const QList<ScreenLayout::Slot> &list, const QString &where) {
            for (const ScreenLayout::Slot &s : list) {
                QString place = where;
                if (s.monitor >= 0)
                    place = tr("monitor %1").arg(s.monitor);
                slots_.append(QJsonObject { { u"callId"_s, s.callId },
                                            { u"peerDn"_s, s.peerDn },
                                            { u"where"_s, place },
                                            { u"monitor"_s, s.monitor } });
                rows.append({ CliFormat::terminalSafe(s.callId), CliFormat::terminalSafe(s.peerDn),
                              place });
            }
        };
        add(m.shown, tr("main window"));
        add(m.hidden, tr("hidden"));
        add(m.external, QString());
        QJsonObject json = defaultsJson();
        json.insert(u"inCall"_s, true);
        json.insert(u"matrixType"_s, m.type);
        json.insert(u"slots"_s, slots_);
        const QString human
            = tr("Layout: %1 (%2)").arg(ScreenLayout::layoutName(m.type)).arg(m.type) + u'\n'
            + CliFormat::table({ tr("SLOT"), tr("NAME"), tr("WHERE") }, rows) + defaultsText();
        m_succeeded(human, json);
    });
}

void CliScreen::widgets()
{
    if (m_options.arguments.size() == 2) {
        const QString name = m_options.arguments.first();
        const bool on = m_options.arguments.at(1) == u"on"_s;
        Widget widget = Widget::Clock;
        for (const auto &[n, w] : widgetNames())
            if (n == name)
                widget = w;
        m_screen->setWidget(widget, on, [this, name, on](const RequestOutcome &o) {
            if (!o.ok()) {
                m_failed(o);
                return;
            }
            m_succeeded(u"%1: %2"_s.arg(name, onOff(on)),
                        { { u"widget"_s, name }, { u"on"_s, on } });
        });
        return;
    }
    QJsonObject json;
    QList<QStringList> rows;
    for (const auto &[name, widget] : widgetNames()) {
        const std::optional<bool> on = m_screen->isSwitchedOn(widget);
        json.insert(name, on ? QJsonValue(*on) : QJsonValue());
        rows.append({ name, on ? onOff(*on) : tr("not known") });
    }
    m_succeeded(CliFormat::table({ tr("WIDGET"), tr("SWITCH") }, rows).trimmed(),
                { { u"widgets"_s, json } });
}
