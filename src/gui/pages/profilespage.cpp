// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "profilespage.h"

#include "core/models/roomsettings.h"
#include "core/models/settingscatalogue.h"
#include "core/roomtext.h"
#include "core/session/roomsession.h"
#include "core/session/roomsessionlist.h"
#include "gui/presenters/dialogpresenter.h"
#include "gui/widgets/profilesourcebox.h"
#include "gui/widgets/svgicon.h"

#include <QCheckBox>
#include <QDir>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using Kind = ProfileDiff::Kind;

namespace {

//! A file name made of the room's label: letters, digits and dashes only.
QString suggestedFileName(const QString &roomName)
{
    QString base;
    for (const QChar c : roomName.left(60))
        base += c.isLetterOrNumber() ? c.toLower() : u'-';
    while (base.contains(u"--"_s))
        base.replace(u"--"_s, u"-"_s);
    base = base.trimmed();
    if (base.startsWith(u'-'))
        base.remove(0, 1);
    if (base.endsWith(u'-'))
        base.chop(1);
    return (base.isEmpty() ? u"room"_s : base) + u"-profile.json"_s;
}

} // namespace

ProfilesPage::ProfilesPage(RoomSession *session, DialogPresenter *presenter, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_presenter(presenter)
    , m_rooms(session ? qobject_cast<RoomSessionList *>(session->parent()) : nullptr)
{
    setObjectName(u"profilesPage"_s);
    m_saveButton = new QPushButton(tr("Save Profile…"), this);
    m_saveButton->setObjectName(u"saveProfileButton"_s);
    m_saveButton->setToolTip(tr("Save this room's settings and branding state to a file"));
    m_saveButton->setAccessibleName(tr("Save this room's settings profile"));

    m_left = new ProfileSourceBox(m_rooms, presenter, this);
    m_left->setObjectName(u"leftSourceBox"_s);
    m_left->setAccessibleName(tr("Left side of the comparison"));
    m_right = new ProfileSourceBox(m_rooms, presenter, this);
    m_right->setObjectName(u"rightSourceBox"_s);
    m_right->setAccessibleName(tr("Right side of the comparison"));
    auto *leftLabel = new QLabel(tr("&Left:"), this);
    leftLabel->setBuddy(m_left);
    auto *rightLabel = new QLabel(tr("Ri&ght:"), this);
    rightLabel->setBuddy(m_right);

    m_onlyDifferences = new QCheckBox(tr("&Only differences"), this);
    m_onlyDifferences->setObjectName(u"onlyDifferencesBox"_s);
    m_onlyDifferences->setToolTip(tr("Hide the settings both sides have alike"));
    m_onlyDifferences->setAccessibleName(tr("Show only the settings that differ"));
    m_onlyDifferences->setChecked(true);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"compareSummaryLabel"_s);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);

    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(u"compareTable"_s);
    m_table->setAccessibleName(tr("Settings side by side"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setMinimumSectionSize(60);
    // Small screens: the header and a row or two are enough; the table grows with the window.
    m_table->setMinimumHeight(m_table->fontMetrics().lineSpacing() * 4);

    m_applyButton = new QPushButton(tr("Apply Left &to Right…"), this);
    m_applyButton->setObjectName(u"applyLeftToRightButton"_s);
    m_applyButton->setToolTip(
        tr("Change the right room's settings to the left side's values "
           "(only those that differ; settings kept per room are left alone)"));
    m_applyButton->setAccessibleName(tr("Apply the left side's settings to the right room"));
    m_result = new QLabel(this);
    m_result->setObjectName(u"profileResultLabel"_s);
    m_result->setTextFormat(Qt::PlainText); // room names and the rooms' own error texts
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // The line is there from the start: a result never pushes the table up.
    m_result->setMinimumHeight(m_result->fontMetrics().lineSpacing());
    m_result->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    auto *sources = new QGridLayout;
    sources->addWidget(leftLabel, 0, 0);
    sources->addWidget(m_left, 0, 1);
    sources->addWidget(rightLabel, 0, 2);
    sources->addWidget(m_right, 0, 3);
    sources->setColumnStretch(1, 1);
    sources->setColumnStretch(3, 1);
    auto *filter = new QHBoxLayout;
    filter->addWidget(m_onlyDifferences);
    filter->addWidget(m_summary, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_result, 1);
    bottom->addWidget(m_saveButton, 0, Qt::AlignTop);
    bottom->addWidget(m_applyButton, 0, Qt::AlignTop);
    // In a scroll area: on a small screen (a call banner showing too) the page scrolls instead
    // of making the window taller than the screen.
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->addLayout(sources);
    layout->addLayout(filter);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    setTabOrder(m_left, m_right);
    setTabOrder(m_right, m_onlyDifferences);
    setTabOrder(m_onlyDifferences, m_table);
    setTabOrder(m_table, m_saveButton);
    setTabOrder(m_saveButton, m_applyButton);

    // This room on the left, the next other room on the right.
    m_left->setRoom(session);
    if (m_rooms) {
        for (int row = 0; row < m_rooms->count(); ++row)
            if (m_rooms->session(row) != session && m_right->setRoom(m_rooms->session(row)))
                break;
    }
    connect(m_saveButton, &QPushButton::clicked, this, &ProfilesPage::saveProfile);
    connect(m_applyButton, &QPushButton::clicked, this, &ProfilesPage::applyLeftToRight);
    connect(m_left, &ProfileSourceBox::sourceChanged, this, &ProfilesPage::refresh);
    connect(m_right, &ProfileSourceBox::sourceChanged, this, &ProfilesPage::refresh);
    connect(m_onlyDifferences, &QCheckBox::toggled, this, &ProfilesPage::refresh);
    if (session && session->settings()) {
        connect(session->settings(), &RoomSettings::loaded, this, &ProfilesPage::updateActions);
        connect(session->settings(), &RoomSettings::forgotten, this, &ProfilesPage::updateActions);
    }
    refresh();
}

ProfilesPage::~ProfilesPage() = default;

QString ProfilesPage::pageTitle() const
{
    return tr("Profiles");
}

QIcon ProfilesPage::pageIcon() const
{
    return SvgIcon::icon(u"copy"_s);
}

void ProfilesPage::setPresenter(DialogPresenter *presenter)
{
    m_presenter = presenter;
    m_left->setPresenter(presenter);
    m_right->setPresenter(presenter);
}

void ProfilesPage::applyCapabilities(Permissions::Capabilities capabilities)
{
    m_caps = capabilities;
    updateActions();
}

void ProfilesPage::refresh()
{
    const RoomProfile left = m_left->profile();
    const RoomProfile right = m_right->profile();
    m_diff = ProfileDiff::compare(left, right);
    const QString leftName = m_left->label();
    const QString rightName = m_right->label();
    m_table->setHorizontalHeaderLabels({ tr("Setting"), leftName, rightName });
    m_table->horizontalHeaderItem(1)->setToolTip(leftName);
    m_table->horizontalHeaderItem(2)->setToolTip(rightName);

    const int scrolled = m_table->verticalScrollBar()->value();
    const bool only = m_onlyDifferences->isChecked();
    QList<const ProfileDiff::Row *> shown;
    int kept = 0;
    for (const ProfileDiff::Row &r : m_diff.rows()) {
        if (r.kind != Kind::Same && !r.notApplied.isEmpty())
            ++kept;
        if (!only || r.kind != Kind::Same)
            shown.append(&r);
    }
    m_table->setRowCount(int(shown.size()));
    // A soft tint over the theme's base colour, readable in light and dark themes alike.
    const QColor tint(255, 179, 0, 70);
    const QColor faintTint(128, 128, 128, 30);
    for (int i = 0; i < shown.size(); ++i) {
        const ProfileDiff::Row &r = *shown.at(i);
        // The catalogue's words ("Clock", "Equal windows"); the wire name stays in the tooltip.
        const SettingsCatalogue::Spec spec = SettingsCatalogue::spec(r.name);
        QString name = RoomText::name(SettingsCatalogue::label(spec));
        if (!r.notApplied.isEmpty())
            name = tr("%1 (kept per room)").arg(name);
        auto *nameItem = new QTableWidgetItem(name);
        const QString kindText = ProfileDiff::kindText(r.kind);
        QString tip = RoomText::name(r.name) + u" — "_s + kindText;
        if (!r.notApplied.isEmpty())
            tip += u"\n"_s + tr("Never applied: %1").arg(r.notApplied);
        nameItem->setToolTip(tip);
        const auto valueItem = [&](const QJsonValue &v) {
            auto *item = new QTableWidgetItem(
                v.isUndefined() ? u"—"_s : RoomText::name(SettingsCatalogue::display(spec, v)));
            item->setToolTip(item->text());
            if (v.isUndefined())
                item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            return item;
        };
        QTableWidgetItem *leftItem = valueItem(r.left);
        QTableWidgetItem *rightItem = valueItem(r.right);
        if (r.kind != Kind::Same) {
            QFont bold = m_table->font();
            bold.setBold(true);
            for (QTableWidgetItem *item : { nameItem, leftItem, rightItem }) {
                // Kept per room: different, but nothing to do about it; a fainter tint.
                item->setBackground(r.notApplied.isEmpty() ? tint : faintTint);
                if (r.notApplied.isEmpty())
                    item->setFont(bold);
            }
        }
        if (!r.notApplied.isEmpty())
            nameItem->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        m_table->setItem(i, 0, nameItem);
        m_table->setItem(i, 1, leftItem);
        m_table->setItem(i, 2, rightItem);
    }
    m_table->verticalScrollBar()->setValue(scrolled);

    const int differences = m_diff.differenceCount();
    if (left.isEmpty() || right.isEmpty())
        m_summary->setText(tr("Waiting for the room's settings…"));
    else if (differences == 0)
        m_summary->setText(tr("Both sides have the same settings."));
    else
        m_summary->setText(
            tr("%n difference(s)", nullptr, differences)
            + (kept > 0 ? QString(u", "_s + tr("%n kept per room", nullptr, kept)) : QString()));
    updateActions();
}

void ProfilesPage::updateActions()
{
    const bool signedIn = m_caps.testFlag(Permissions::Capability::ViewStatus);
    m_saveButton->setEnabled(signedIn && !RoomProfile::capture(m_session, {}).isEmpty());
    RoomSession *target = m_right->session();
    const bool possible = !m_running && target && target != m_left->session()
        && !ProfileApply::plan(m_left->profile(), target).changes.isEmpty();
    m_applyButton->setEnabled(possible);
}

void ProfilesPage::saveProfile()
{
    const int row = m_rooms ? m_rooms->rowOf(m_session) : -1;
    const QString name = row >= 0 ? RoomText::name(m_rooms->entry(row).name)
                                  : (m_session && m_session->controller()
                                         ? RoomText::name(m_session->controller()->roomName())
                                         : QString());
    const RoomProfile profile = RoomProfile::capture(m_session, name);
    if (profile.isEmpty() || !m_presenter)
        return;
    const QString path = m_presenter->saveFileName(this, tr("Save Settings Profile"),
                                                   QDir::home().filePath(suggestedFileName(name)),
                                                   tr("RoomDeck profiles (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!profile.save(path, &error)) {
        m_presenter->showError(this, tr("Save Settings Profile"), error);
        return;
    }
    m_result->setText(tr("Saved %n setting(s) to %1", nullptr, int(profile.settings.size()))
                          .arg(QDir::toNativeSeparators(path)));
}

void ProfilesPage::applyLeftToRight()
{
    RoomSession *target = m_right->session();
    if (!target || m_running || !m_presenter)
        return;
    const RoomProfile profile = m_left->profile();
    const ProfileApply::Plan plan = ProfileApply::plan(profile, target);
    if (plan.changes.isEmpty())
        return;
    const QString targetName = m_right->label();
    QStringList lines;
    for (auto it = plan.changes.constBegin(); it != plan.changes.constEnd(); ++it) {
        const SettingsCatalogue::Spec spec = SettingsCatalogue::spec(it.key());
        lines.append(
            RoomText::name(SettingsCatalogue::label(spec)) + u": "_s
            + RoomText::name(SettingsCatalogue::display(spec, plan.current.value(it.key())))
            + u" → "_s + RoomText::name(SettingsCatalogue::display(spec, it.value())));
    }
    // The first line carries no room text, so a name never makes the question rich text.
    const QString question
        = tr("Change %n setting(s) in the right room?", nullptr, int(plan.changes.size()))
        + u"\n\n"_s + targetName + u"\n"_s + lines.join(u'\n');
    if (!m_presenter->confirm(this, tr("Apply Profile"), question))
        return;
    m_result->setText(tr("Applying to %1…").arg(targetName));
    m_running = ProfileApply::apply(
        profile, { target }, this, [this, targetName](const QList<ProfileApply::Result> &results) {
            m_running = nullptr;
            const ProfileApply::Result r = results.value(0);
            m_result->setText(tr("%1: %2").arg(targetName, ProfileApply::resultText(r)));
            updateActions();
            Q_EMIT applyFinished(r);
        });
    updateActions();
}
