// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "callbanner.h"

#include "ui_callbanner.h"

#include "core/controller/roomcontroller.h"
#include "core/roomtext.h"
#include "gui/panels/conferencepanel.h"
#include "gui/widgets/statuscolors.h"
#include "gui/widgets/svgicon.h"
#include "gui/widgets/textstyle.h"

#include <QAccessible>
#include <QApplication>
#include <QEvent>

using namespace Qt::StringLiterals;
using StatusColors::Tone;

CallBanner::CallBanner(QWidget *parent)
    : QFrame(parent)
    , m_ui(std::make_unique<Ui::CallBanner>())
{
    m_ui->setupUi(this);
    TextStyle::scale(m_ui->callerLabel, 1.3);
    TextStyle::bold(m_ui->captionLabel);
    for (QToolButton *b : { m_ui->acceptButton, m_ui->rejectButton, m_ui->cancelCallButton }) {
        b->setIconSize(QSize(20, 20));
        b->setMinimumHeight(34);
    }
    m_ringTimer.setInterval(1000);
    connect(&m_ringTimer, &QTimer::timeout, this, &CallBanner::updateRinging);
    connect(m_ui->dismissButton, &QToolButton::clicked, this, &CallBanner::dismiss);
    setMode(Mode::Hidden);
}

CallBanner::~CallBanner() = default;

void CallBanner::setActions(QAction *accept, QAction *reject, QAction *cancel)
{
    m_ui->acceptButton->setDefaultAction(accept);
    m_ui->rejectButton->setDefaultAction(reject);
    m_ui->cancelCallButton->setDefaultAction(cancel);
}

QString CallBanner::incomingDetail(int type, const QString &title)
{
    if (title.isEmpty())
        return Room::conferenceTypeText(type);
    return tr("Invitation to “%1” (%2)").arg(RoomText::name(title), Room::conferenceTypeText(type));
}

void CallBanner::showIncoming(const QString &caller, const QString &detail)
{
    m_ui->captionLabel->setText(tr("Incoming call"));
    m_ui->callerLabel->setText(caller);
    m_ui->detailLabel->setText(detail);
    const bool fresh = m_mode != Mode::Incoming;
    setMode(Mode::Incoming);
    if (fresh) {
        // Screen readers announce it like a notification, once per call.
        QAccessibleEvent event(this, QAccessible::Alert);
        QAccessible::updateAccessibility(&event);
    }
}

void CallBanner::showOutgoing(const QString &callee)
{
    m_ui->captionLabel->setText(tr("Outgoing call"));
    m_ui->callerLabel->setText(tr("Calling %1…").arg(callee));
    if (m_mode != Mode::Outgoing)
        m_since = QDateTime::currentDateTimeUtc();
    setMode(Mode::Outgoing);
    updateRinging();
}

void CallBanner::showRejected(const QString &callee, const QString &reason)
{
    m_ui->captionLabel->setText(tr("The call did not connect"));
    m_ui->callerLabel->setText(callee);
    m_ui->detailLabel->setText(reason);
    setMode(Mode::Rejected);
}

void CallBanner::showEnded(const QString &call, const QString &reason)
{
    m_ui->captionLabel->setText(tr("The call ended"));
    m_ui->callerLabel->setText(call);
    m_ui->detailLabel->setText(reason);
    setMode(Mode::Ended);
}

void CallBanner::dismiss()
{
    setMode(Mode::Hidden);
}

void CallBanner::setMode(Mode mode)
{
    m_mode = mode;
    m_ui->acceptButton->setVisible(mode == Mode::Incoming);
    m_ui->rejectButton->setVisible(mode == Mode::Incoming);
    m_ui->cancelCallButton->setVisible(mode == Mode::Outgoing);
    m_ui->dismissButton->setVisible(mode == Mode::Rejected || mode == Mode::Ended);
    if (mode == Mode::Outgoing)
        m_ringTimer.start();
    else
        m_ringTimer.stop();
    applyStyle();
    setVisible(mode != Mode::Hidden);
}

void CallBanner::updateRinging()
{
    if (m_mode != Mode::Outgoing)
        return;
    const qint64 secs = std::max<qint64>(0, m_since.secsTo(QDateTime::currentDateTimeUtc()));
    m_ui->detailLabel->setText(
        tr("Ringing for %1 — waiting for an answer").arg(ConferencePanel::durationText(secs)));
}

void CallBanner::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (!m_restyling && event->type() == QEvent::PaletteChange)
        applyStyle();
}

void CallBanner::applyStyle()
{
    m_restyling = true;
    const QPalette pal = QApplication::palette(this);
    QString sheet;
    QColor text = pal.color(QPalette::WindowText);
    QColor secondary = StatusColors::text(Tone::Neutral, pal);
    QString icon;
    switch (m_mode) {
    case Mode::Incoming: {
        // The one thing on screen that must not be missed: a saturated fill, white text.
        sheet = StatusColors::cardSheet(u"CallBanner"_s, pal, StatusColors::fill(Tone::Info),
                                        StatusColors::fill(Tone::Info));
        const auto button = [](const QString &name, const QColor &fill) {
            return u"QToolButton#%1 { background-color: %2; color: white; border: 1px solid %3;"
                   " border-radius: 5px; padding: 4px 14px; font-weight: bold; }"
                   " QToolButton#%1:hover { background-color: %3; }"
                   " QToolButton#%1:focus { border: 2px solid white; }"_s.arg(
                       name, fill.name(), fill.darker(125).name());
        };
        sheet += button(u"acceptButton"_s, StatusColors::fill(Tone::Good));
        sheet += button(u"rejectButton"_s, StatusColors::fill(Tone::Bad));
        text = Qt::white;
        secondary = QColor(0xdc, 0xe8, 0xf7);
        icon = u"incoming-call"_s;
        break;
    }
    case Mode::Outgoing:
        sheet = StatusColors::cardSheet(u"CallBanner"_s, pal, StatusColors::text(Tone::Good, pal));
        icon = u"outgoing-call"_s;
        break;
    case Mode::Rejected:
        sheet = StatusColors::cardSheet(u"CallBanner"_s, pal, StatusColors::text(Tone::Bad, pal));
        icon = u"warning"_s;
        break;
    case Mode::Ended:
        sheet = StatusColors::cardSheet(u"CallBanner"_s, pal, StatusColors::text(Tone::Busy, pal));
        icon = u"warning"_s;
        break;
    case Mode::Hidden:
        break;
    }
    if (styleSheet() != sheet)
        setStyleSheet(sheet);
    StatusColors::setForeground(m_ui->callerLabel, text);
    StatusColors::setForeground(m_ui->detailLabel, secondary);
    StatusColors::setForeground(m_ui->captionLabel,
                                m_mode == Mode::Rejected    ? StatusColors::text(Tone::Bad, pal)
                                    : m_mode == Mode::Ended ? StatusColors::text(Tone::Busy, pal)
                                                            : secondary);
    if (!icon.isEmpty())
        m_ui->bannerIconLabel->setPixmap(SvgIcon::pixmap(
            icon, m_mode == Mode::Rejected || m_mode == Mode::Ended ? QSize(24, 24) : QSize(32, 32),
            devicePixelRatioF()));
    m_restyling = false;
}
