// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "dialpanel.h"

#include "ui_dialpanel.h"

#include "core/controller/roomcontroller.h"
#include "gui/panels/dialcompletion.h"
#include "gui/widgets/statuscolors.h"
#include "gui/widgets/textstyle.h"

#include <QAction>
#include <QApplication>
#include <QCompleter>
#include <QSettings>
#include <QStringListModel>
#include <QUrl>

using namespace Qt::StringLiterals;
using StatusColors::Tone;

namespace {

const auto kHistoryKey = u"dial/history"_s;

} // namespace

DialPanel::DialPanel(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::DialPanel>())
    , m_history(new QStringListModel(this))
    , m_completion(new DialCompletionModel(this))
    , m_completer(new DialCompleter(this))
{
    m_ui->setupUi(this);
    TextStyle::bold(m_ui->dialLabel);

    m_history->setStringList(QSettings().value(historyKey()).toStringList().mid(0, kMaxHistory));
    m_completion->addSource(m_history, Qt::DisplayRole);
    m_completer->setModel(m_completion);
    m_ui->dialEdit->setCompleter(m_completer);

    connect(m_ui->dialEdit, &QLineEdit::textChanged, this, &DialPanel::validate);
    connect(m_ui->dialEdit, &QLineEdit::returnPressed, this, [this] {
        // The completer's popup also ends in returnPressed; only a callable id dials.
        if (isTargetValid())
            Q_EMIT callRequested(target());
    });
    validate();
}

DialPanel::~DialPanel() = default;

void DialPanel::addCompletionSource(QAbstractItemModel *model, int idRole, int nameRole)
{
    m_completion->addSource(model, idRole, nameRole);
}

void DialPanel::setActions(QAction *call, QAction *hangUp, QAction *hangUpForAll)
{
    m_ui->callButton->setDefaultAction(call);
    m_ui->hangUpButton->setDefaultAction(hangUp);
    m_ui->hangUpAllButton->setDefaultAction(hangUpForAll);
}

QLineEdit *DialPanel::dialEdit() const
{
    return m_ui->dialEdit;
}

QString DialPanel::target() const
{
    return m_ui->dialEdit->text().trimmed();
}

void DialPanel::setTarget(const QString &id)
{
    m_ui->dialEdit->setText(id);
}

bool DialPanel::isTargetValid() const
{
    return !target().isEmpty() && RoomIds::isCallable(target());
}

QString DialPanel::validationError() const
{
    return target().isEmpty() ? QString() : RoomIds::validationError(target());
}

void DialPanel::rememberTarget(const QString &id)
{
    const QString trimmed = id.trimmed();
    if (trimmed.isEmpty())
        return;
    QStringList list = m_history->stringList();
    list.removeIf(
        [&trimmed](const QString &s) { return s.compare(trimmed, Qt::CaseInsensitive) == 0; });
    list.prepend(trimmed);
    list = list.mid(0, kMaxHistory);
    m_history->setStringList(list);
    QSettings().setValue(historyKey(), list);
}

void DialPanel::setHistoryRoom(const QString &room)
{
    if (room == m_historyRoom)
        return;
    m_historyRoom = room;
    m_history->setStringList(QSettings().value(historyKey()).toStringList().mid(0, kMaxHistory));
}

QString DialPanel::historyKey() const
{
    // One history per room; a room nobody named keeps the history rooms shared before.
    if (m_historyRoom.isEmpty())
        return kHistoryKey;
    return kHistoryKey + u'/'
        + QString::fromLatin1(QUrl::toPercentEncoding(m_historyRoom.left(512)));
}

QStringList DialPanel::history() const
{
    return m_history->stringList();
}

void DialPanel::focusDial()
{
    m_ui->dialEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->dialEdit->selectAll();
}

void DialPanel::setRoomBlocker(const QString &reason)
{
    if (m_blocker == reason)
        return;
    m_blocker = reason;
    validate();
}

void DialPanel::validate()
{
    const QString text = target();
    const QString error = validationError();
    QString status;
    Tone tone = Tone::Neutral;
    if (text.isEmpty()) {
        status = tr("Type a TrueConf ID or pick a contact; Enter or Ctrl+Enter calls.");
    } else if (!error.isEmpty()) {
        status = error;
        tone = Tone::Bad;
    } else if (!m_blocker.isEmpty()) {
        status = tr("Cannot call now: %1").arg(m_blocker);
        tone = Tone::Busy;
    } else {
        switch (RoomIds::kindOf(text)) {
        case RoomIds::Kind::ConferenceCall:
            status = tr("Joins the conference “%1”.").arg(RoomIds::parse(text).conference);
            break;
        case RoomIds::Kind::InstanceId:
            status = tr("Rings only this instance of the user.");
            break;
        case RoomIds::Kind::PeerId:
            status = tr("The room completes the server (user@server).");
            break;
        default:
            status = tr("Ready to call.");
            break;
        }
    }
    m_ui->dialStatusLabel->setText(status);
    StatusColors::setForeground(m_ui->dialStatusLabel,
                                StatusColors::text(tone, QApplication::palette(this)));
    Q_EMIT targetChanged(text);
}
