// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "checkpage.h"

#include "core/roomtext.h"
#include "core/session/roomsession.h"
#include "gui/widgets/svgicon.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

enum Column { ItemColumn, ResultColumn, DetailColumn, TimeColumn, ColumnCount };

} // namespace

CheckPage::CheckPage(RoomSession *session, DialogPresenter *, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_check(session ? session->readiness() : nullptr)
{
    setObjectName(u"checkPage"_s);
    m_checkButton = new QPushButton(SvgIcon::icon(u"retry"_s), tr("Check the Room"), this);
    m_checkButton->setObjectName(u"checkButton"_s);
    m_checkButton->setAccessibleName(tr("Check the room"));
    m_checkButton->setToolTip(
        tr("Check the connection, server, login, camera, microphone, speaker and audio delay. "
           "The audio tests are skipped during a call."));
    m_cancelButton = new QPushButton(SvgIcon::icon(u"reject"_s), tr("Cancel"), this);
    m_cancelButton->setObjectName(u"cancelCheckButton"_s);
    m_cancelButton->setAccessibleName(tr("Cancel the check"));
    m_cancelButton->setToolTip(tr("Stop the check and the test it is running"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"checkSummaryLabel"_s);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);

    m_items = new QTreeWidget(this);
    m_items->setObjectName(u"checkItemView"_s);
    m_items->setAccessibleName(tr("Check results"));
    m_items->setColumnCount(ColumnCount);
    m_items->setHeaderLabels({ tr("Item"), tr("Result"), tr("Detail"), tr("Time") });
    m_items->setRootIsDecorated(false);
    m_items->setUniformRowHeights(true);
    m_items->setSelectionMode(QAbstractItemView::SingleSelection);
    m_items->setTextElideMode(Qt::ElideRight);
    m_items->setWordWrap(false);
    QHeaderView *header = m_items->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(ItemColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ResultColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(DetailColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(TimeColumn, QHeaderView::ResizeToContents);
    header->setMinimumSectionSize(40);
    for (ReadinessCheck::Item item : ReadinessCheck::items()) {
        auto *row = new QTreeWidgetItem(m_items);
        row->setText(ItemColumn, ReadinessCheck::itemName(item));
        // An icon from the start: the names stay where they are when the verdicts come.
        row->setIcon(ItemColumn, iconOf(ReadinessCheck::Verdict::Pending));
    }

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_checkButton);
    bar->addWidget(m_cancelButton);
    bar->addWidget(m_summary, 1);
    // Like the other pages: no margins of its own, and a list that may shrink to a few rows,
    // so the page never makes the console taller than a small screen.
    m_items->setMinimumHeight(fontMetrics().height() * 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_items, 1);

    if (m_check) {
        connect(m_checkButton, &QPushButton::clicked, m_check, [this] { m_check->start(); });
        connect(m_cancelButton, &QPushButton::clicked, m_check, &ReadinessCheck::cancel);
        connect(m_check, &ReadinessCheck::started, this, &CheckPage::showAll);
        connect(m_check, &ReadinessCheck::itemChanged, this, &CheckPage::showItem);
        connect(m_check, &ReadinessCheck::finished, this, &CheckPage::showAll);
    }
    showAll();
}

CheckPage::~CheckPage() = default;

QString CheckPage::pageTitle() const
{
    return tr("Check");
}

QIcon CheckPage::pageIcon() const
{
    return SvgIcon::icon(u"mark-seen"_s);
}

void CheckPage::applyCapabilities(Permissions::Capabilities)
{
    updateActions();
}

StatusColors::Tone CheckPage::toneOf(ReadinessCheck::Verdict verdict)
{
    switch (verdict) {
    case ReadinessCheck::Verdict::Green:
        return StatusColors::Tone::Good;
    case ReadinessCheck::Verdict::Amber:
        return StatusColors::Tone::Busy;
    case ReadinessCheck::Verdict::Red:
        return StatusColors::Tone::Bad;
    case ReadinessCheck::Verdict::Running:
        return StatusColors::Tone::Info;
    case ReadinessCheck::Verdict::Pending:
        break;
    }
    return StatusColors::Tone::Neutral;
}

QIcon CheckPage::iconOf(ReadinessCheck::Verdict verdict)
{
    return SvgIcon::icon(StatusColors::dotIcon(toneOf(verdict)));
}

QString CheckPage::summaryText(const ReadinessCheck *check)
{
    if (!check)
        return {};
    if (check->isRunning())
        return tr("Checking…");
    const ReadinessCheck::Result &last = check->lastResult();
    if (!last.isValid())
        return tr("Not checked yet");
    const QString when = last.finishedAt.toLocalTime().toString(u"HH:mm:ss"_s);
    const QString verdict = ReadinessCheck::verdictName(last.overall());
    return last.cancelled ? tr("Last check: %1 · %2 (cancelled)").arg(when, verdict)
                          : tr("Last check: %1 · %2").arg(when, verdict);
}

void CheckPage::showItem(int index)
{
    QTreeWidgetItem *row = m_items->topLevelItem(index);
    if (!m_check || !row || index >= m_check->current().items.size())
        return;
    const ReadinessCheck::ItemResult &r = m_check->current().items.at(index);
    const QString verdict = ReadinessCheck::verdictName(r.verdict);
    row->setIcon(ItemColumn, iconOf(r.verdict));
    row->setText(ResultColumn, verdict);
    row->setForeground(ResultColumn, StatusColors::text(toneOf(r.verdict), palette()));
    const QString detail = RoomText::bounded(r.detail, 500);
    row->setText(DetailColumn, detail);
    row->setToolTip(DetailColumn, detail);
    row->setText(TimeColumn,
                 r.at.isValid() ? r.at.toLocalTime().toString(u"HH:mm:ss"_s) : QString());
    const QString name = ReadinessCheck::itemName(r.item);
    row->setToolTip(ItemColumn, tr("%1: %2").arg(name, verdict));
    row->setData(ItemColumn, Qt::AccessibleTextRole,
                 detail.isEmpty() ? tr("%1: %2").arg(name, verdict)
                                  : tr("%1: %2, %3").arg(name, verdict, detail));
}

void CheckPage::showAll()
{
    if (m_check)
        for (int i = 0; i < m_items->topLevelItemCount(); ++i)
            showItem(i);
    m_summary->setText(summaryText(m_check));
    updateActions();
}

void CheckPage::updateActions()
{
    const bool running = m_check && m_check->isRunning();
    m_checkButton->setEnabled(m_check && !running);
    m_cancelButton->setEnabled(running);
}
