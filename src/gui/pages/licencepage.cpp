// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "licencepage.h"

#include "core/controller/requestoutcome.h"
#include "core/models/appupdate.h"
#include "core/models/licencestate.h"
#include "core/session/roomsession.h"
#include "gui/widgets/statuscolors.h"
#include "gui/widgets/svgicon.h"

#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QLabel *wrappingLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText); // the room's words are never markup
    label->setObjectName(name);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

QTreeWidget *table(const QStringList &headers, const QString &name, const QString &accessible,
                   QWidget *parent)
{
    auto *t = new QTreeWidget(parent);
    t->setObjectName(name);
    t->setAccessibleName(accessible);
    t->setRootIsDecorated(false);
    t->setHeaderLabels(headers);
    t->setTextElideMode(Qt::ElideRight);
    t->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    t->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    t->header()->setStretchLastSection(false);
    return t;
}

QPushButton *button(const QString &text, const QString &tip, const QString &name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setToolTip(tip);
    b->setAccessibleName(text);
    b->setObjectName(name);
    return b;
}

} // namespace

LicencePage::LicencePage(RoomSession *session, DialogPresenter *presenter, QWidget *parent)
    : QWidget(parent)
    , m_licence(session->licence())
    , m_update(session->appUpdate())
    , m_presenter(presenter)
{
    setObjectName(u"licencePage"_s);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *inner = new QWidget(scroll);
    auto *column = new QVBoxLayout(inner);
    column->setContentsMargins(0, 0, 0, 0); // narrow screens: room for the buttons, not margins
    column->addWidget(buildLicence());
    column->addWidget(buildUpdate());
    // The restrictions last: the longest list, and the one that may grow.
    auto *restrictionsBox = new QGroupBox(tr("Tariff restrictions"), inner);
    auto *restrictionsColumn = new QVBoxLayout(restrictionsBox);
    m_restrictions = table({ tr("Restriction"), tr("Value") }, u"tariffRestrictionList"_s,
                           tr("Tariff restrictions"), restrictionsBox);
    m_restrictions->setToolTip(tr("What the room's server account allows"));
    m_restrictions->setMinimumHeight(120);
    restrictionsColumn->addWidget(m_restrictions);
    column->addWidget(restrictionsBox, 1);
    scroll->setWidget(inner);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    if (m_licence)
        connect(m_licence, &LicenceState::changed, this, &LicencePage::updateLicence);
    if (m_update) {
        connect(m_update, &AppUpdate::changed, this, &LicencePage::updateUpdate);
        connect(m_update, &AppUpdate::progressChanged, this, &LicencePage::updateUpdate);
        connect(m_update, &AppUpdate::failed, this,
                [this](const RequestOutcome &o) { setStatus(o.errorText, true); });
        connect(m_update, &AppUpdate::updateFailed, this,
                [this](const QString &text, bool cancelled) { setStatus(text, !cancelled); });
        connect(m_update, &AppUpdate::finished, this, [this](const QString &version) {
            setStatus(version.isEmpty()
                          ? tr("The update is downloaded; the room installs it")
                          : tr("Version %1 is downloaded; the room installs it").arg(version),
                      false);
        });
    }
    updateLicence();
    updateUpdate();
}

LicencePage::~LicencePage() = default;

QString LicencePage::pageTitle() const
{
    return tr("Licence");
}

QIcon LicencePage::pageIcon() const
{
    return SvgIcon::icon(u"licence"_s);
}

QWidget *LicencePage::buildLicence()
{
    auto *box = new QGroupBox(tr("Licence"), this);
    auto *column = new QVBoxLayout(box);
    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_type = wrappingLabel(box, u"licenceTypeLabel"_s);
    m_server = wrappingLabel(box, u"licenceServerLabel"_s);
    form->addRow(tr("Licence type:"), m_type);
    form->addRow(tr("Licence server:"), m_server);
    column->addLayout(form);
    m_features = table({ tr("PRO feature"), tr("This room") }, u"licenceFeatureList"_s,
                       tr("PRO features of this room"), box);
    m_features->setToolTip(tr("Which features of TrueConf Room PRO this room has"));
    // Four rows and the header, whatever the font: the list never scrolls nor leaves a gap.
    m_features->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_features->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_features->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);
    column->addWidget(m_features);
    return box;
}

QWidget *LicencePage::buildUpdate()
{
    auto *box = new QGroupBox(tr("Application update"), this);
    auto *grid = new QGridLayout(box);
    m_updateState = wrappingLabel(box, u"updateStateLabel"_s);
    m_progress = new QProgressBar(box);
    m_progress->setObjectName(u"updateProgressBar"_s);
    m_progress->setRange(0, 100);
    m_progress->setAccessibleName(tr("Update progress"));
    m_check = button(tr("Check"), tr("Ask the room whether an update is available"),
                     u"updateCheckButton"_s, box);
    m_start = button(tr("Update"), tr("Download and install the update on the room"),
                     u"updateStartButton"_s, box);
    m_cancel
        = button(tr("Cancel Update"), tr("Stop the running update"), u"updateCancelButton"_s, box);
    m_status = wrappingLabel(box, u"updateStatusLabel"_s);
    grid->addWidget(m_updateState, 0, 0, 1, 3);
    grid->addWidget(m_progress, 1, 0, 1, 3);
    grid->addWidget(m_check, 2, 0);
    grid->addWidget(m_start, 2, 1);
    grid->addWidget(m_cancel, 2, 2);
    grid->addWidget(m_status, 3, 0, 1, 3);
    connect(m_check, &QPushButton::clicked, this, [this] {
        if (m_update)
            m_update->check([this](const RequestOutcome &o) {
                if (o.ok())
                    setStatus({}, false);
            });
    });
    connect(m_start, &QPushButton::clicked, this, [this] {
        if (m_update)
            m_update->start([this](const RequestOutcome &o) {
                if (o.ok())
                    setStatus({}, false);
            });
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_update)
            m_update->cancel();
    });
    return box;
}

void LicencePage::applyCapabilities(Permissions::Capabilities capabilities)
{
    m_allowed = capabilities.testFlag(Permissions::Capability::ViewStatus);
    updateUpdate();
}

void LicencePage::updateLicence()
{
    if (!m_licence)
        return;
    const LicenceState::Licence l = m_licence->licence();
    QString type = LicenceState::typeText(l.type);
    if (l.type == LicenceState::Type::Other && !l.typeName.isEmpty())
        type = l.typeName;
    if (!l.endDate.isEmpty())
        type = tr("%1, valid until %2").arg(type, l.endDate);
    m_type->setText(type);
    m_server->setText(LicenceState::serverStatusText(m_licence->serverStatus()));

    m_features->clear();
    for (LicenceState::Feature f :
         { LicenceState::Feature::Logo, LicenceState::Feature::Background,
           LicenceState::Feature::Ndi, LicenceState::Feature::SlideShow }) {
        const LicenceState::Availability a = m_licence->availability(f);
        auto *item = new QTreeWidgetItem(
            m_features, { LicenceState::featureText(f), LicenceState::availabilityText(a) });
        const StatusColors::Tone tone = a == LicenceState::Availability::Available
            ? StatusColors::Tone::Good
            : a == LicenceState::Availability::Unknown ? StatusColors::Tone::Neutral
                                                       : StatusColors::Tone::Bad;
        item->setForeground(1, StatusColors::text(tone, palette()));
    }
    m_restrictions->clear();
    const auto rows = LicenceState::restrictionRows(m_licence->restrictions());
    for (const auto &[label, value] : rows) {
        auto *item = new QTreeWidgetItem(m_restrictions, { label, value });
        item->setToolTip(0, label);
        item->setToolTip(1, value);
    }
    if (rows.isEmpty())
        new QTreeWidgetItem(m_restrictions, { tr("Not known yet"), QString() });
}

void LicencePage::updateUpdate()
{
    if (!m_update)
        return;
    const AppUpdate::State state = m_update->state();
    QString text = AppUpdate::stateText(state);
    if (state == AppUpdate::State::Available && !m_update->newVersion().isEmpty())
        text = tr("Version %1 is available").arg(m_update->newVersion());
    else if (state == AppUpdate::State::Downloading && !m_update->newVersion().isEmpty())
        text = tr("Updating to version %1").arg(m_update->newVersion());
    if (!m_update->currentVersion().isEmpty())
        text += u"\n"_s + tr("The room runs version %1").arg(m_update->currentVersion());
    m_updateState->setText(text);
    const bool running = state == AppUpdate::State::Downloading;
    m_progress->setValue(running ? m_update->progress() : 0);
    m_progress->setEnabled(running);
    m_check->setEnabled(m_allowed && !running);
    m_start->setEnabled(m_allowed && state == AppUpdate::State::Available);
    m_cancel->setEnabled(m_allowed && running);
}

void LicencePage::setStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    StatusColors::setForeground(
        m_status,
        StatusColors::text(problem ? StatusColors::Tone::Bad : StatusColors::Tone::Neutral,
                           palette()));
}
