// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "profileapplydialog.h"

#include "core/models/roomsettings.h"
#include "core/models/settingscatalogue.h"
#include "core/roomtext.h"
#include "core/session/roomsession.h"
#include "core/session/roomsessionlist.h"
#include "gui/widgets/profilesourcebox.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using Status = ProfileApply::Status;

ProfileApplyDialog::ProfileApplyDialog(RoomSessionList *rooms, const QList<RoomSession *> &targets,
                                       DialogPresenter *presenter, QWidget *parent)
    : QDialog(parent)
    , m_rooms(rooms)
{
    setObjectName(u"profileApplyDialog"_s);
    setWindowTitle(tr("Apply Profile"));
    for (RoomSession *s : targets)
        m_targets.append(s);

    m_source = new ProfileSourceBox(rooms, presenter, this);
    m_source->setObjectName(u"profileSourceBox"_s);
    m_source->setAccessibleName(tr("Settings to apply"));
    auto *sourceLabel = new QLabel(tr("&Settings from:"), this);
    sourceLabel->setBuddy(m_source);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(u"profilePreviewTree"_s);
    m_tree->setAccessibleName(tr("What changes in each room"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({ tr("Room / setting"), tr("Change") });
    m_tree->header()->setSectionResizeMode(QHeaderView::Stretch);
    m_tree->setTextElideMode(Qt::ElideMiddle);
    m_tree->setWordWrap(false);
    m_tree->setUniformRowHeights(true);

    m_summary = new QLabel(this);
    m_summary->setObjectName(u"profileApplySummary"_s);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setMinimumHeight(m_summary->fontMetrics().lineSpacing() * 2);
    m_summary->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_applyButton = m_buttons->addButton(tr("&Apply"), QDialogButtonBox::AcceptRole);
    m_applyButton->setObjectName(u"profileApplyButton"_s);
    m_applyButton->setToolTip(tr("Change in each room the settings listed under it"));
    m_applyButton->setDefault(true);
    // Accepting is applying: the dialog stays open to show the results.
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ProfileApplyDialog::apply);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *sourceRow = new QHBoxLayout;
    sourceRow->addWidget(sourceLabel);
    sourceRow->addWidget(m_source, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(sourceRow);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_buttons);

    // The first room that is not a target is the natural source.
    if (rooms)
        for (int row = 0; row < rooms->count(); ++row)
            if (!targets.contains(rooms->session(row)) && m_source->setRoom(rooms->session(row)))
                break;
    connect(m_source, &ProfileSourceBox::sourceChanged, this, &ProfileApplyDialog::refreshPreview);
    for (RoomSession *s : targets) {
        if (!s)
            continue;
        if (RoomSettings *settings = s->settings()) {
            connect(settings, &RoomSettings::loaded, this, &ProfileApplyDialog::refreshPreview);
            connect(settings, &RoomSettings::changed, this, &ProfileApplyDialog::refreshPreview);
            connect(settings, &RoomSettings::forgotten, this, &ProfileApplyDialog::refreshPreview);
        }
        connect(s, &QObject::destroyed, this, &ProfileApplyDialog::refreshPreview,
                Qt::QueuedConnection);
    }
    resize(560, 420);
    refreshPreview();
}

ProfileApplyDialog::~ProfileApplyDialog() = default;

QList<RoomSession *> ProfileApplyDialog::targets() const
{
    QList<RoomSession *> out;
    for (const QPointer<RoomSession> &s : m_targets)
        if (s)
            out.append(s);
    return out;
}

QString ProfileApplyDialog::nameOf(RoomSession *session) const
{
    const int row = m_rooms ? m_rooms->rowOf(session) : -1;
    return row >= 0 ? RoomText::name(m_rooms->entry(row).name) : tr("(removed room)");
}

void ProfileApplyDialog::refreshPreview()
{
    if (m_done || m_running)
        return;
    const RoomProfile profile = m_source->profile();
    m_tree->clear();
    int roomsToChange = 0;
    int changes = 0;
    for (RoomSession *s : targets()) {
        const ProfileApply::Plan plan = ProfileApply::plan(profile, s);
        auto *room = new QTreeWidgetItem(m_tree);
        room->setText(0, nameOf(s));
        room->setToolTip(0, room->text(0));
        room->setData(0, Qt::UserRole, QVariant::fromValue<quintptr>(quintptr(s)));
        QFont bold = room->font(0);
        bold.setBold(true);
        room->setFont(0, bold);
        if (s == m_source->session())
            room->setText(1, tr("the source itself: nothing to change"));
        else if (!plan.known)
            room->setText(1, tr("not connected: will be skipped"));
        else if (plan.changes.isEmpty())
            room->setText(1,
                          plan.notPermitted.isEmpty() ? tr("nothing to change")
                                                      : tr("not permitted at this level"));
        else
            room->setText(1, tr("%n change(s)", nullptr, int(plan.changes.size())));
        if (!plan.changes.isEmpty() && s != m_source->session()) {
            ++roomsToChange;
            changes += int(plan.changes.size());
        }
        for (auto it = plan.changes.constBegin(); it != plan.changes.constEnd(); ++it) {
            auto *item = new QTreeWidgetItem(room);
            const SettingsCatalogue::Spec spec = SettingsCatalogue::spec(it.key());
            item->setText(0, RoomText::name(SettingsCatalogue::label(spec)));
            item->setToolTip(0, RoomText::name(it.key()));
            item->setText(
                1,
                RoomText::name(SettingsCatalogue::display(spec, plan.current.value(it.key())))
                    + u" → "_s + RoomText::name(SettingsCatalogue::display(spec, it.value())));
            item->setToolTip(1, item->text(1));
        }
        const auto note = [room](const QStringList &names, const QString &why) {
            for (const QString &name : names) {
                auto *item = new QTreeWidgetItem(room);
                item->setText(0, RoomText::name(name));
                item->setText(1, why);
                item->setToolTip(1, why);
                item->setDisabled(true);
            }
        };
        note(plan.notPermitted, tr("not permitted at this level"));
        for (const QString &name : plan.roomSpecific)
            note({ name }, tr("kept per room: %1").arg(RoomProfile::roomSpecificReason(name)));
    }
    m_tree->expandAll();
    if (profile.isEmpty())
        m_summary->setText(tr("The source's settings are not known yet."));
    else
        m_summary->setText(tr("%n setting change(s) in total", nullptr, changes) + u", "_s
                           + tr("%n room(s) to change", nullptr, roomsToChange));
    m_applyButton->setEnabled(roomsToChange > 0 && !profile.isEmpty());
}

void ProfileApplyDialog::apply()
{
    if (m_running || m_done || !m_applyButton->isEnabled())
        return;
    const RoomProfile profile = m_source->profile();
    QList<RoomSession *> rooms = targets();
    rooms.removeAll(m_source->session());
    m_appliedTo.clear();
    for (RoomSession *s : std::as_const(rooms))
        m_appliedTo.append(s);
    m_source->setEnabled(false);
    m_applyButton->setEnabled(false);
    m_summary->setText(tr("Applying to %n room(s)…", nullptr, int(rooms.size())));
    m_running = ProfileApply::apply(profile, rooms, this,
                                    [this](const QList<ProfileApply::Result> &results) {
                                        m_running = nullptr;
                                        showResults(results);
                                        Q_EMIT applied(results);
                                    });
}

void ProfileApplyDialog::showResults(const QList<ProfileApply::Result> &results)
{
    m_done = true;
    int ok = 0;
    for (int index = 0; index < results.size(); ++index) {
        const ProfileApply::Result &r = results.at(index);
        const quintptr key = quintptr(m_appliedTo.value(index));
        const QString text = ProfileApply::resultText(r);
        const bool fine = r.status == Status::Applied || r.status == Status::NothingToChange;
        ok += fine ? 1 : 0;
        for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
            QTreeWidgetItem *room = m_tree->topLevelItem(i);
            if (room->data(0, Qt::UserRole).value<quintptr>() != key)
                continue;
            room->setText(1, text);
            room->setToolTip(1, text);
            if (!fine)
                room->setForeground(1, QColor(0xc6, 0x28, 0x28));
        }
    }
    m_summary->setText(
        tr("Done: %1 of %2 room(s) have the profile's settings.", nullptr, int(results.size()))
            .arg(ok)
            .arg(results.size()));
}
