// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "settingspage.h"

#include "core/models/roomsettings.h"
#include "core/models/settingsedit.h"
#include "core/roomtext.h"
#include "core/session/roomsession.h"
#include "gui/widgets/statuscolors.h"
#include "gui/widgets/svgicon.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <limits>

using namespace Qt::StringLiterals;
using Catalogue = SettingsCatalogue;
using Type = SettingsCatalogue::Type;

namespace {

constexpr int kNameRole = Qt::UserRole + 1;

int toInt(double d)
{
    return int(qBound(double(std::numeric_limits<int>::min()), d,
                      double(std::numeric_limits<int>::max())));
}

} // namespace

SettingsPage::SettingsPage(RoomSession *session, DialogPresenter *presenter, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_settings(session ? session->settings() : nullptr)
    , m_presenter(presenter)
{
    setObjectName(u"settingsPage"_s);
    m_edit = new SettingsEdit(m_settings, this);

    // In a scroll area like the other pages: on a small screen the window still fits.
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    m_searchEdit = new QLineEdit;
    m_searchEdit->setObjectName(u"settingsSearchEdit"_s);
    m_searchEdit->setAccessibleName(tr("Search the settings"));
    m_searchEdit->setPlaceholderText(tr("Search by name or value"));
    m_searchEdit->setToolTip(tr("Shows only the settings whose label, name or value contains "
                                "this text"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->setMaxLength(RoomText::kNameLength);
    layout->addWidget(m_searchEdit);

    // The tree scrolls inside: on a small screen the page keeps its buttons in view.
    m_tree = new QTreeWidget;
    m_tree->setObjectName(u"settingsTree"_s);
    m_tree->setAccessibleName(tr("The room's settings"));
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({ tr("Setting"), tr("Value"), tr("Note") });
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(false);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setTextElideMode(Qt::ElideRight);
    m_tree->setMinimumHeight(fontMetrics().height() * 6);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setSectionResizeMode(LabelColumn, QHeaderView::Interactive);
    m_tree->header()->setSectionResizeMode(ValueColumn, QHeaderView::Interactive);
    m_tree->setColumnWidth(LabelColumn, fontMetrics().averageCharWidth() * 34);
    m_tree->setColumnWidth(ValueColumn, fontMetrics().averageCharWidth() * 24);
    layout->addWidget(m_tree, 1);

    // One line kept for the outcome, shown or not: nothing moves when it appears.
    m_outcomeLabel = new QLabel;
    m_outcomeLabel->setObjectName(u"settingsOutcomeLabel"_s);
    m_outcomeLabel->setAccessibleName(tr("Outcome of the last apply"));
    m_outcomeLabel->setTextFormat(Qt::PlainText);
    m_outcomeLabel->setWordWrap(true);
    m_outcomeLabel->setMinimumHeight(fontMetrics().lineSpacing() * 2);
    m_outcomeLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    layout->addWidget(m_outcomeLabel);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_revertButton = new QPushButton(tr("Re&vert"));
    m_revertButton->setObjectName(u"settingsRevertButton"_s);
    m_revertButton->setToolTip(tr("Forget the changes not applied yet: show the room's values"));
    m_revertButton->setAccessibleName(tr("Revert the changes"));
    m_applyButton = new QPushButton(tr("Appl&y"));
    m_applyButton->setObjectName(u"settingsApplyButton"_s);
    m_applyButton->setToolTip(tr("Send every change to the room at once; the room takes all "
                                 "of them or none"));
    m_applyButton->setAccessibleName(tr("Apply the changes"));
    buttons->addWidget(m_revertButton);
    buttons->addWidget(m_applyButton);
    layout->addLayout(buttons);

    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(m_searchEdit, &QLineEdit::textChanged, this, &SettingsPage::applyFilter);
    connect(m_applyButton, &QPushButton::clicked, this, [this] {
        const int count = int(m_edit->pending().size());
        if (m_edit->apply() != 0)
            showOutcome(tr("Applying %n change(s)…", nullptr, count), false);
    });
    connect(m_revertButton, &QPushButton::clicked, this, [this] {
        m_edit->revertAll();
        showOutcome({}, false);
    });
    connect(m_edit, &SettingsEdit::rowsChanged, this, &SettingsPage::rebuild);
    connect(m_edit, &SettingsEdit::rowChanged, this, [this](const QString &name) {
        updateRow(name);
        // AGC decides whether the microphone level is the operator's.
        if (name == QLatin1String(RoomSettings::kAgc))
            updateRow(QLatin1String(RoomSettings::kCapturerLevel));
        updateButtons();
    });
    connect(m_edit, &SettingsEdit::applying, this, &SettingsPage::updateButtons);
    connect(m_edit, &SettingsEdit::applied, this, [this](const QStringList &names) {
        showOutcome(tr("The room accepted %n change(s).", nullptr, int(names.size())), false);
        updateButtons();
    });
    connect(m_edit, &SettingsEdit::refused, this, [this](const QString &name, const QString &why) {
        if (name.isEmpty()) {
            showOutcome(tr("The room refused the changes and changed nothing: %1").arg(why), true);
        } else {
            const Catalogue::Spec s = m_edit->spec(name);
            showOutcome(
                tr("The room refused the changes and changed nothing: %1 = %2 (%3)")
                    .arg(Catalogue::label(s), Catalogue::display(s, m_edit->refusedValue()), why),
                true);
            if (QTreeWidgetItem *row = m_rows.value(name))
                m_tree->scrollToItem(row);
        }
        updateButtons();
    });
    rebuild();
}

SettingsPage::~SettingsPage() = default;

QString SettingsPage::pageTitle() const
{
    return tr("Settings");
}

QIcon SettingsPage::pageIcon() const
{
    return SvgIcon::icon(u"settings"_s);
}

void SettingsPage::applyCapabilities(Permissions::Capabilities caps)
{
    m_caps = caps;
    // The role decides which rows are read-only.
    for (auto it = m_rows.constBegin(); it != m_rows.constEnd(); ++it)
        updateRow(it.key());
    updateButtons();
}

QWidget *SettingsPage::editorOf(const QString &name) const
{
    QTreeWidgetItem *row = m_rows.value(name);
    return row ? m_tree->itemWidget(row, ValueColumn) : nullptr;
}

void SettingsPage::rebuild()
{
    m_tree->clear();
    m_rows.clear();
    QHash<int, QTreeWidgetItem *> groups;
    const QStringList names = m_edit->names();
    // Groups in their display order, each only when it has a setting.
    for (int g = int(Catalogue::Group::Audio); g <= int(Catalogue::Group::Other); ++g) {
        for (const QString &name : names) {
            if (int(m_edit->spec(name).group) != g)
                continue;
            if (!groups.contains(g)) {
                auto *group
                    = new QTreeWidgetItem(m_tree, { Catalogue::groupName(Catalogue::Group(g)) });
                QFont bold = group->font(LabelColumn);
                bold.setBold(true);
                group->setFont(LabelColumn, bold);
                group->setFirstColumnSpanned(true);
                group->setFlags(Qt::ItemIsEnabled);
                group->setExpanded(true);
                groups.insert(g, group);
            }
            const Catalogue::Spec s = m_edit->spec(name);
            auto *row = new QTreeWidgetItem(groups.value(g), { Catalogue::label(s) });
            row->setData(LabelColumn, kNameRole, name);
            m_rows.insert(name, row);
            m_tree->setItemWidget(row, ValueColumn, createEditor(name));
            updateRow(name);
        }
    }
    if (names.isEmpty())
        showOutcome(m_settings && m_settings->isKnown() ? tr("The room reports no settings.")
                                                        : tr("The room's settings are not known "
                                                             "yet."),
                    false);
    else if (!m_edit->hasPending() && m_edit->refusalText().isEmpty())
        showOutcome({}, false);
    // The labels fit (up to a third of a wide page; the rest elides, the tooltip has it all).
    int widest = 0;
    for (auto it = m_rows.constBegin(); it != m_rows.constEnd(); ++it)
        widest = qMax(widest, fontMetrics().horizontalAdvance(it.value()->text(LabelColumn)));
    const int room = widest + m_tree->indentation() * 2 + m_tree->iconSize().width() + 16;
    m_tree->setColumnWidth(
        LabelColumn,
        qBound(fontMetrics().averageCharWidth() * 24, room, fontMetrics().averageCharWidth() * 44));
    // Keyboard: search, the tree, every editor top to bottom, then Revert and Apply.
    QWidget *previous = m_tree;
    for (const QString &name : names) {
        if (QWidget *editor = editorOf(name)) {
            setTabOrder(previous, editor);
            previous = editor;
        }
    }
    setTabOrder(previous, m_revertButton);
    setTabOrder(m_revertButton, m_applyButton);
    applyFilter();
    updateButtons();
}

bool SettingsPage::eventFilter(QObject *watched, QEvent *event)
{
    // An editor reached with Tab brings its row into view.
    if (event->type() == QEvent::FocusIn)
        if (QTreeWidgetItem *row = m_rows.value(watched->property("settingName").toString())) {
            m_tree->setCurrentItem(row);
            m_tree->scrollToItem(row);
        }
    return QWidget::eventFilter(watched, event);
}

QWidget *SettingsPage::createEditor(const QString &name)
{
    const Catalogue::Spec s = m_edit->spec(name);
    const QString label = Catalogue::label(s);
    QWidget *editor = nullptr;
    switch (s.type) {
    case Type::Bool: {
        auto *box = new QCheckBox;
        connect(box, &QCheckBox::toggled, this,
                [this, name](bool on) { commit(name, QJsonValue(on)); });
        editor = box;
        break;
    }
    case Type::Enum: {
        auto *combo = new QComboBox;
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(12);
        for (const Catalogue::Choice &c : s.choices)
            combo->addItem(QCoreApplication::translate("SettingsCatalogue", c.label), c.value);
        connect(combo, &QComboBox::activated, this, [this, name, combo](int index) {
            commit(name, QJsonValue(combo->itemData(index).toInt()));
        });
        editor = combo;
        break;
    }
    case Type::Int: {
        auto *spin = new QSpinBox;
        spin->setRange(toInt(s.minimum), toInt(s.maximum));
        spin->setKeyboardTracking(false);
        connect(spin, &QSpinBox::valueChanged, this,
                [this, name](int v) { commit(name, QJsonValue(v)); });
        editor = spin;
        break;
    }
    case Type::Float: {
        auto *spin = new QDoubleSpinBox;
        const bool level = s.minimum == 0 && s.maximum == 1;
        spin->setDecimals(level ? 3 : 4);
        spin->setSingleStep(level ? 0.05 : 1);
        spin->setRange(level ? 0 : -1e9, level ? 1 : 1e9);
        spin->setKeyboardTracking(false);
        connect(spin, &QDoubleSpinBox::valueChanged, this,
                [this, name](double v) { commit(name, QJsonValue(v)); });
        editor = spin;
        break;
    }
    case Type::String:
    case Type::Json: {
        auto *line = new QLineEdit;
        line->setMaxLength(Catalogue::kMaxText);
        connect(line, &QLineEdit::editingFinished, this, [this, name, line] {
            if (!line->isModified())
                return;
            line->setModified(false);
            QString why;
            const std::optional<QJsonValue> v
                = Catalogue::parse(m_edit->spec(name), line->text(), &why);
            if (!v) {
                showOutcome(why, true);
                showValue(name);
                return;
            }
            commit(name, *v);
        });
        editor = line;
        break;
    }
    }
    editor->setObjectName(u"setting_"_s + name);
    editor->setAccessibleName(label);
    editor->setFocusPolicy(Qt::StrongFocus);
    editor->setProperty("settingName", name);
    editor->installEventFilter(this);
    return editor;
}

void SettingsPage::showValue(const QString &name)
{
    QWidget *editor = editorOf(name);
    if (!editor)
        return;
    const Catalogue::Spec s = m_edit->spec(name);
    const QJsonValue v = m_edit->shownValue(name);
    const QSignalBlocker block(editor);
    if (auto *box = qobject_cast<QCheckBox *>(editor)) {
        box->setChecked(v.toBool());
        box->setText(Catalogue::display(s, v));
    } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        int index = combo->findData(v.toInt());
        if (index < 0 || !v.isDouble()) {
            // A value the spec does not name: shown as it is, never hidden.
            combo->addItem(tr("%1 (not described)").arg(Catalogue::plainText(v)), v.toInt());
            index = combo->count() - 1;
        }
        combo->setCurrentIndex(index);
    } else if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        spin->setValue(toInt(v.toDouble()));
    } else if (auto *dspin = qobject_cast<QDoubleSpinBox *>(editor)) {
        dspin->setValue(v.toDouble());
    } else if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        // Text being typed stays; the note says what the room has.
        if (!(line->hasFocus() && line->isModified())) {
            line->setText(Catalogue::plainText(v));
            line->setCursorPosition(0);
        }
    }
}

void SettingsPage::commit(const QString &name, const QJsonValue &value)
{
    const QString why = m_edit->setValue(name, value);
    if (!why.isEmpty()) {
        showOutcome(why, true);
        showValue(name);
    }
}

void SettingsPage::updateRow(const QString &name)
{
    QTreeWidgetItem *row = m_rows.value(name);
    if (!row)
        return;
    showValue(name);
    const Catalogue::Spec s = m_edit->spec(name);
    const QString readOnly = m_edit->readOnlyReason(name);
    const bool pending = m_edit->isPending(name);
    const QString room = Catalogue::display(s, m_edit->roomValue(name));

    QString note;
    StatusColors::Tone tone = StatusColors::Tone::Neutral;
    if (m_edit->refusedName() == name) {
        note = tr("Refused: %1 (%2)")
                   .arg(Catalogue::display(s, m_edit->refusedValue()), m_edit->refusalText());
        tone = StatusColors::Tone::Bad;
    } else if (pending && m_edit->isConflicting(name)) {
        note = tr("Changed on the room meanwhile to %1; yours not applied yet").arg(room);
        tone = StatusColors::Tone::Busy;
    } else if (pending) {
        note = tr("Changed, not applied yet (the room has %1)").arg(room);
        tone = StatusColors::Tone::Info;
    } else if (!readOnly.isEmpty()) {
        note = readOnly;
    }
    row->setText(NoteColumn, note);
    row->setToolTip(NoteColumn, note);
    row->setForeground(NoteColumn,
                       tone == StatusColors::Tone::Neutral
                           ? palette().brush(QPalette::Text)
                           : QBrush(StatusColors::text(tone, palette())));
    QFont font = row->font(LabelColumn);
    font.setBold(pending);
    row->setFont(LabelColumn, font);
    // A mark in a place kept for it: refused or conflicting, changed, or nothing (no shift).
    static const QIcon none = [] {
        QPixmap blank(16, 16);
        blank.fill(Qt::transparent);
        return QIcon(blank);
    }();
    row->setIcon(LabelColumn,
                 tone == StatusColors::Tone::Bad || tone == StatusColors::Tone::Busy
                     ? SvgIcon::icon(u"warning"_s)
                     : pending ? SvgIcon::icon(u"rename"_s)
                               : none);

    QString tip = s.documented
        ? tr("%1 (%2)").arg(Catalogue::label(s), name)
        : tr("%1: not described by the room's API; edited as a raw value").arg(name);
    if (!readOnly.isEmpty())
        tip += u"\n"_s + tr("Read-only: %1").arg(readOnly);
    if (s.type == Type::Int || s.type == Type::Float)
        if (s.documented && s.maximum < 1e9)
            tip += u"\n"_s
                + tr("From %1 to %2")
                      .arg(Catalogue::plainText(s.minimum), Catalogue::plainText(s.maximum));
    row->setToolTip(LabelColumn, tip);
    if (QWidget *editor = editorOf(name)) {
        const bool ready = m_caps.testFlag(Permissions::Capability::ViewStatus);
        editor->setEnabled(ready && readOnly.isEmpty() && !m_edit->isApplying());
        editor->setToolTip(tip);
    }
}

void SettingsPage::updateButtons()
{
    const bool ready = m_caps.testFlag(Permissions::Capability::ViewStatus);
    m_applyButton->setEnabled(ready && m_edit->hasPending() && !m_edit->isApplying());
    m_revertButton->setEnabled(m_edit->hasPending() && !m_edit->isApplying());
    for (auto it = m_rows.constBegin(); it != m_rows.constEnd(); ++it)
        if (QWidget *editor = editorOf(it.key()))
            editor->setEnabled(ready && m_edit->readOnlyReason(it.key()).isEmpty()
                               && !m_edit->isApplying());
}

void SettingsPage::applyFilter()
{
    const QString needle = m_searchEdit->text().trimmed();
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_tree->topLevelItem(g);
        int shown = 0;
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem *row = group->child(i);
            const QString name = row->data(LabelColumn, kNameRole).toString();
            const Catalogue::Spec s = m_edit->spec(name);
            const QJsonValue v = m_edit->shownValue(name);
            const bool match = needle.isEmpty()
                || Catalogue::label(s).contains(needle, Qt::CaseInsensitive)
                || name.contains(needle, Qt::CaseInsensitive)
                || Catalogue::display(s, v).contains(needle, Qt::CaseInsensitive)
                || Catalogue::plainText(v).contains(needle, Qt::CaseInsensitive);
            row->setHidden(!match);
            shown += match ? 1 : 0;
        }
        group->setHidden(shown == 0);
    }
}

void SettingsPage::showOutcome(const QString &text, bool problem)
{
    StatusColors::showMessage(m_outcomeLabel, RoomText::bounded(text),
                              problem ? StatusColors::Tone::Bad : StatusColors::Tone::Neutral);
    // The line keeps its room while empty (showMessage hides it).
    m_outcomeLabel->setVisible(true);
}
