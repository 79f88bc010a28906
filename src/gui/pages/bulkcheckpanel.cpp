// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "bulkcheckpanel.h"

#include "core/roomtext.h"
#include "core/session/readinesscheck.h"
#include "core/session/roomsession.h"
#include "core/session/roomsessionlist.h"
#include "gui/pages/checkpage.h"
#include "gui/widgets/svgicon.h"

#include <QHeaderView>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

enum Column { RoomColumn, ResultColumn, DetailColumn, TimeColumn, ColumnCount };

//! The worst item's "Item: detail", or what the check does now.
QString summaryOf(const ReadinessCheck *check)
{
    const ReadinessCheck::Result &r = check->current();
    if (check->isRunning()) {
        int done = 0;
        for (const ReadinessCheck::ItemResult &i : r.items)
            done += i.at.isValid() ? 1 : 0;
        return BulkCheckPanel::tr("Checking… (%1 of %2)").arg(done).arg(r.items.size());
    }
    const ReadinessCheck::Verdict worst = r.overall();
    if (worst == ReadinessCheck::Verdict::Green)
        return BulkCheckPanel::tr("Every item OK");
    QStringList problems;
    for (const ReadinessCheck::ItemResult &i : r.items)
        if (i.verdict == worst)
            problems.append(BulkCheckPanel::tr("%1: %2").arg(ReadinessCheck::itemName(i.item),
                                                             RoomText::bounded(i.detail, 200)));
    return problems.join(u" · "_s);
}

} // namespace

BulkCheckPanel::BulkCheckPanel(RoomSessionList *rooms, QWidget *parent)
    : QWidget(parent)
    , m_rooms(rooms)
{
    m_button = new QPushButton(SvgIcon::icon(u"retry"_s), tr("Check Rooms"), parent);
    m_button->setObjectName(u"bulkCheckButton"_s);
    m_button->setAccessibleName(tr("Check the selected rooms"));
    m_button->setToolTip(tr("Check the connection, camera, microphone, speaker and audio delay "
                            "of every selected room; the audio tests are skipped in a call"));
    m_list = new QTreeWidget(this);
    m_list->setObjectName(u"bulkCheckList"_s);
    m_list->setAccessibleName(tr("Check results per room"));
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels({ tr("Room"), tr("Result"), tr("Detail"), tr("Time") });
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setWordWrap(false);
    QHeaderView *header = m_list->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(RoomColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(ResultColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(DetailColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(TimeColumn, QHeaderView::ResizeToContents);
    header->resizeSection(RoomColumn, 160);
    // The header and four rooms, then it scrolls: the tiles above keep their room.
    m_list->setMaximumHeight(fontMetrics().height() * 7 + 8);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    connect(m_button, &QPushButton::clicked, this, &BulkCheckPanel::checkSelected);
    hide();
    updateButton();
}

BulkCheckPanel::~BulkCheckPanel() = default;

void BulkCheckPanel::setSelection(const QList<RoomSession *> &rooms)
{
    m_selection.clear();
    for (RoomSession *s : rooms)
        m_selection.append(s);
    updateButton();
}

int BulkCheckPanel::runningCount() const
{
    int n = 0;
    for (const QPointer<RoomSession> &s : m_batch)
        n += s && s->readiness() && s->readiness()->isRunning() ? 1 : 0;
    return n;
}

void BulkCheckPanel::checkSelected()
{
    m_batch.clear();
    for (const QPointer<RoomSession> &s : std::as_const(m_selection)) {
        if (!s || !s->readiness())
            continue;
        track(s);
        m_batch.append(s);
        s->readiness()->start(); // one running already (its page) simply goes on
    }
    if (m_batch.isEmpty())
        return;
    show();
    updateButton();
}

void BulkCheckPanel::track(RoomSession *session)
{
    if (m_tracked.contains(session))
        return;
    m_tracked.append(session);
    auto *row = new QTreeWidgetItem(m_list);
    row->setData(RoomColumn, Qt::UserRole, QVariant::fromValue<QObject *>(session));
    ReadinessCheck *check = session->readiness();
    const auto update = [this, session] {
        showRow(session);
    };
    connect(check, &ReadinessCheck::started, this, update);
    connect(check, &ReadinessCheck::itemChanged, this, update);
    connect(check, &ReadinessCheck::finished, this, [this, session] {
        showRow(session);
        updateButton();
        if (m_batch.contains(session) && runningCount() == 0)
            Q_EMIT allFinished();
    });
    connect(session, &QObject::destroyed, this, [this, row] {
        delete row;
        m_tracked.removeAll(nullptr);
        m_batch.removeAll(nullptr);
        updateButton();
    });
    showRow(session);
}

void BulkCheckPanel::showRow(RoomSession *session)
{
    const int index = int(m_tracked.indexOf(session));
    QTreeWidgetItem *row = m_list->topLevelItem(index);
    if (!row || !session->readiness())
        return;
    const ReadinessCheck *check = session->readiness();
    const ReadinessCheck::Verdict verdict
        = check->isRunning() ? ReadinessCheck::Verdict::Running : check->current().overall();
    const int entry = m_rooms->rowOf(session);
    const QString name = entry >= 0 ? RoomText::name(m_rooms->entry(entry).name) : QString();
    row->setText(RoomColumn, name);
    row->setToolTip(RoomColumn, name);
    row->setIcon(ResultColumn, CheckPage::iconOf(verdict));
    row->setText(ResultColumn, ReadinessCheck::verdictName(verdict));
    row->setForeground(ResultColumn, StatusColors::text(CheckPage::toneOf(verdict), palette()));
    const QString detail = summaryOf(check);
    row->setText(DetailColumn, detail);
    row->setToolTip(DetailColumn, detail);
    const QDateTime at = check->isRunning() ? QDateTime() : check->current().finishedAt;
    row->setText(TimeColumn, at.isValid() ? at.toLocalTime().toString(u"HH:mm:ss"_s) : QString());
    row->setData(RoomColumn, Qt::AccessibleTextRole,
                 tr("%1: %2, %3").arg(name, ReadinessCheck::verdictName(verdict), detail));
}

void BulkCheckPanel::updateButton()
{
    bool any = false;
    for (const QPointer<RoomSession> &s : m_selection)
        any |= s && s->readiness() && !s->readiness()->isRunning();
    m_button->setEnabled(any);
}
