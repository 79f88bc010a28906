// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "screenpage.h"

#include "core/roomtext.h"
#include "core/session/roomsession.h"
#include "gui/widgets/roomscreenpreview.h"
#include "gui/widgets/svgicon.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QScrollArea>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

using Widget = ScreenLayout::Widget;
using Overlay = RoomScreenPreview::Overlay;

constexpr int kPreviewMaxWidth = 480;
const QSize kPictogram(40, 24);

std::optional<Overlay> overlayOf(Widget widget)
{
    switch (widget) {
    case Widget::Clock:
        return Overlay::Clock;
    case Widget::ConnectionInfo:
        return Overlay::ConnectionInfo;
    case Widget::CurrentUser:
        return Overlay::CurrentUser;
    case Widget::IncomingRequests:
        return Overlay::IncomingRequests;
    case Widget::UpcomingMeetings:
        return Overlay::UpcomingMeetings;
    case Widget::Logo:
    case Widget::InfoWidgets:
        return std::nullopt;
    }
    return std::nullopt;
}

QString tipOf(Widget widget)
{
    switch (widget) {
    case Widget::Logo:
        return ScreenPage::tr("The logo in the lower-left corner of the room's screen");
    case Widget::Clock:
        return ScreenPage::tr("The clock in the upper-right corner");
    case Widget::ConnectionInfo:
        return ScreenPage::tr("The room's address and ports, for connecting to it");
    case Widget::CurrentUser:
        return ScreenPage::tr("The TrueConf ID the room is signed in with");
    case Widget::IncomingRequests:
        return ScreenPage::tr("Requests that wait for an answer at the room");
    case Widget::UpcomingMeetings:
        return ScreenPage::tr("The room's next scheduled meetings");
    case Widget::InfoWidgets:
        return ScreenPage::tr("All info widgets at once (the logo has its own switch)");
    }
    return {};
}

bool slotIsHidden(const ScreenLayout::Matrix &matrix, const QString &callId)
{
    return std::any_of(matrix.hidden.cbegin(), matrix.hidden.cend(),
                       [&callId](const ScreenLayout::Slot &s) { return s.callId == callId; });
}

QTreeWidget *makeTree(const QStringList &headers, const QString &objectName,
                      const QString &accessibleName)
{
    auto *tree = new QTreeWidget;
    tree->setObjectName(objectName);
    tree->setAccessibleName(accessibleName);
    tree->setHeaderLabels(headers);
    tree->setRootIsDecorated(false);
    tree->setUniformRowHeights(true);
    tree->setTextElideMode(Qt::ElideMiddle);
    tree->header()->setStretchLastSection(false);
    tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < headers.size(); ++c)
        tree->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    tree->setMinimumHeight(90);
    tree->setMaximumHeight(150);
    return tree;
}

QPushButton *makeButton(const QString &text, const QString &objectName, const QString &tip)
{
    auto *button = new QPushButton(text);
    button->setObjectName(objectName);
    button->setToolTip(tip);
    button->setAccessibleName(text);
    return button;
}

} // namespace

ScreenPage::ScreenPage(RoomSession *session, DialogPresenter *presenter, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_screen(session ? session->screen() : nullptr)
    , m_presenter(presenter)
{
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(buildWidgets());
    layout->addWidget(buildLayouts());
    layout->addWidget(buildMonitors());
    layout->addWidget(buildMatrix());
    m_statusLabel = new QLabel;
    m_statusLabel->setObjectName(u"screenStatusLabel"_s);
    m_statusLabel->setTextFormat(Qt::PlainText);
    m_statusLabel->setWordWrap(true);
    layout->addWidget(m_statusLabel);
    layout->addStretch(1);

    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the page reflows instead
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    if (m_screen) {
        connect(m_screen, &ScreenLayout::widgetsChanged, this, &ScreenPage::updateWidgets);
        connect(m_screen, &ScreenLayout::layoutsChanged, this, &ScreenPage::updateLayouts);
        connect(m_screen, &ScreenLayout::monitorsChanged, this, [this] {
            updateMonitors();
            updateMatrix();
        });
        connect(m_screen, &ScreenLayout::matrixChanged, this, &ScreenPage::updateMatrix);
        connect(m_screen, &ScreenLayout::failed, this, &ScreenPage::showOutcome);
    }
    updateWidgets();
    updateLayouts();
    updateMonitors();
    updateMatrix();
}

QString ScreenPage::pageTitle() const
{
    return tr("Screen");
}

QIcon ScreenPage::pageIcon() const
{
    return SvgIcon::icon(u"screen"_s);
}

void ScreenPage::applyCapabilities(Permissions::Capabilities caps)
{
    m_caps = caps;
    updateWidgets();
    updateEnabled();
}

// ---------------------------------------------------------------------------------------------
// Building

QGroupBox *ScreenPage::buildWidgets()
{
    auto *box = new QGroupBox(tr("Main screen"));
    box->setObjectName(u"mainScreenBox"_s);
    auto *v = new QVBoxLayout(box);
    m_preview = new RoomScreenPreview;
    m_preview->setObjectName(u"screenPreview"_s);
    m_preview->setMaximumWidth(kPreviewMaxWidth);
    m_preview->setToolTip(tr("What the room's screen shows: the widgets that are on"));
    v->addWidget(m_preview); // centred by its own painting, at most kPreviewMaxWidth wide
    m_widgetsNote = new QLabel;
    m_widgetsNote->setObjectName(u"widgetsNote"_s);
    m_widgetsNote->setTextFormat(Qt::PlainText);
    m_widgetsNote->setWordWrap(true);
    v->addWidget(m_widgetsNote);
    auto *grid = new QGridLayout;
    const QList<Widget> widgets = ScreenLayout::widgets();
    for (qsizetype i = 0; i < widgets.size(); ++i) {
        const Widget w = widgets.at(i);
        auto *check = new QCheckBox(ScreenLayout::widgetName(w));
        check->setObjectName(ScreenLayout::settingOf(w) + u"Switch"_s);
        check->setToolTip(tipOf(w));
        check->setAccessibleName(ScreenLayout::widgetName(w));
        // clicked: the operator's, never the updates from the room.
        connect(check, &QCheckBox::clicked, this, [this, w](bool on) {
            if (m_screen)
                m_screen->setWidget(w, on, reporter());
        });
        m_switches.insert(int(w), check);
        grid->addWidget(check, int(i / 2), int(i % 2));
    }
    v->addLayout(grid);
    return box;
}

QGroupBox *ScreenPage::buildLayouts()
{
    auto *box = new QGroupBox(tr("Default layouts"));
    box->setObjectName(u"defaultLayoutsBox"_s);
    auto *form = new QFormLayout(box);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    const auto combo = [this](const QString &name, bool group, const QString &tip) {
        auto *c = new QComboBox;
        c->setObjectName(name);
        c->setToolTip(tip);
        c->setAccessibleName(tip);
        c->setIconSize(kPictogram);
        c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        c->setMinimumContentsLength(16);
        for (int type = 0; type < ScreenLayout::kLayoutTypes; ++type)
            c->addItem(QIcon(layoutPictogram(type, kPictogram)), ScreenLayout::layoutName(type),
                       type);
        connect(c, &QComboBox::activated, this, [this, c, group](int index) {
            if (m_screen)
                m_screen->setDefaultLayout(group, c->itemData(index).toInt(), reporter());
        });
        return c;
    };
    m_p2pLayout = combo(u"p2pLayoutCombo"_s, false, tr("The layout a call starts in"));
    m_groupLayout
        = combo(u"groupLayoutCombo"_s, true, tr("The layout a group conference starts in"));
    form->addRow(tr("Calls:"), m_p2pLayout);
    form->addRow(tr("Group conferences:"), m_groupLayout);
    return box;
}

QGroupBox *ScreenPage::buildMonitors()
{
    auto *box = new QGroupBox(tr("Monitors"));
    box->setObjectName(u"monitorsBox"_s);
    auto *v = new QVBoxLayout(box);
    m_monitorView = makeTree({ tr("Monitor"), tr("Resolution"), tr("Primary"), tr("Room window") },
                             u"monitorView"_s, tr("The room's monitors"));
    connect(m_monitorView, &QTreeWidget::itemSelectionChanged, this, &ScreenPage::updateEnabled);
    v->addWidget(m_monitorView);
    m_currentMonitorButton
        = makeButton(tr("Show the room's window here"), u"currentMonitorButton"_s,
                     tr("Move the room's main window to the selected monitor"));
    connect(m_currentMonitorButton, &QPushButton::clicked, this, [this] {
        const QTreeWidgetItem *item = m_monitorView->currentItem();
        if (m_screen && item)
            m_screen->setCurrentMonitor(item->data(0, Qt::UserRole).toInt(), reporter());
    });
    v->addWidget(m_currentMonitorButton, 0, Qt::AlignLeft);
    return box;
}

QGroupBox *ScreenPage::buildMatrix()
{
    m_matrixBox = new QGroupBox(tr("Layout in the call"));
    m_matrixBox->setObjectName(u"matrixBox"_s);
    auto *v = new QVBoxLayout(m_matrixBox);
    m_matrixNote = new QLabel;
    m_matrixNote->setObjectName(u"matrixNote"_s);
    m_matrixNote->setTextFormat(Qt::PlainText);
    m_matrixNote->setWordWrap(true);
    v->addWidget(m_matrixNote);

    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_matrixType = new QComboBox;
    m_matrixType->setObjectName(u"matrixTypeCombo"_s);
    m_matrixType->setToolTip(tr("The layout of the room's main window now"));
    m_matrixType->setAccessibleName(tr("Layout now"));
    m_matrixType->setIconSize(kPictogram);
    m_matrixType->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_matrixType->setMinimumContentsLength(16);
    for (int type = 0; type < ScreenLayout::kLayoutTypes; ++type)
        m_matrixType->addItem(QIcon(layoutPictogram(type, kPictogram)),
                              ScreenLayout::layoutName(type), type);
    connect(m_matrixType, &QComboBox::activated, this, [this](int index) {
        if (m_screen)
            m_screen->setMatrixType(m_matrixType->itemData(index).toInt(), reporter());
    });
    form->addRow(tr("Layout:"), m_matrixType);
    v->addLayout(form);

    m_slotView
        = makeTree({ tr("Video"), tr("Where") }, u"slotView"_s, tr("Video slots in the call"));
    connect(m_slotView, &QTreeWidget::itemSelectionChanged, this, &ScreenPage::updateEnabled);
    v->addWidget(m_slotView);

    auto *grid = new QGridLayout;
    m_hideButton = makeButton(tr("Hide"), u"hideSlotButton"_s,
                              tr("Take the selected video off the main window"));
    auto *showButton = makeButton(tr("Show"), u"showSlotButton"_s,
                                  tr("Put the selected hidden video back on the main window"));
    m_backButton = makeButton(tr("Back to the main window"), u"backSlotButton"_s,
                              tr("Bring the selected video back from its extra monitor"));
    connect(m_hideButton, &QPushButton::clicked, this, [this] {
        if (m_screen)
            m_screen->hideSlot(selectedSlot(), reporter());
    });
    connect(showButton, &QPushButton::clicked, this, [this] {
        if (m_screen)
            m_screen->showSlot(selectedSlot(), reporter());
    });
    connect(m_backButton, &QPushButton::clicked, this, [this] {
        const ScreenLayout::Slot *s = m_screen ? m_screen->matrix().find(selectedSlot()) : nullptr;
        if (s)
            m_screen->removeSlotFromMonitor(s->monitor, reporter());
    });
    m_swapWith = new QComboBox;
    m_swapWith->setObjectName(u"swapWithCombo"_s);
    m_swapWith->setAccessibleName(tr("Swap with"));
    m_swapWith->setToolTip(tr("The video to trade places with"));
    m_swapWith->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_swapWith->setMinimumContentsLength(12);
    m_swapButton = makeButton(tr("Swap"), u"swapSlotButton"_s,
                              tr("Let the selected video and the chosen one trade places"));
    connect(m_swapButton, &QPushButton::clicked, this, [this] {
        if (m_screen)
            m_screen->swapSlots(selectedSlot(), m_swapWith->currentData().toString(), reporter());
    });
    m_monitorChoice = new QComboBox;
    m_monitorChoice->setObjectName(u"slotMonitorCombo"_s);
    m_monitorChoice->setAccessibleName(tr("Extra monitor"));
    m_monitorChoice->setToolTip(tr("A monitor the room's window is not on"));
    m_monitorChoice->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_monitorChoice->setMinimumContentsLength(12);
    m_moveButton = makeButton(tr("Move to monitor"), u"moveSlotButton"_s,
                              tr("Show the selected video alone on the chosen monitor"));
    connect(m_moveButton, &QPushButton::clicked, this, [this] {
        if (m_screen)
            m_screen->moveSlotToMonitor(selectedSlot(), m_monitorChoice->currentData().toInt(),
                                        reporter());
    });
    grid->addWidget(m_hideButton, 0, 0);
    grid->addWidget(showButton, 0, 1);
    grid->addWidget(m_backButton, 0, 2);
    grid->addWidget(m_swapWith, 1, 0, 1, 2);
    grid->addWidget(m_swapButton, 1, 2);
    grid->addWidget(m_monitorChoice, 2, 0, 1, 2);
    grid->addWidget(m_moveButton, 2, 2);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    v->addLayout(grid);
    return m_matrixBox;
}

QPixmap ScreenPage::layoutPictogram(int type, const QSize &size)
{
    QPixmap pixmap(size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    const QRectF all(0.5, 0.5, size.width() - 1.0, size.height() - 1.0);
    p.setPen(QColor(0x1f, 0x5f, 0xae));
    p.setBrush(QColor(0x0b, 0x16, 0x24));
    p.drawRect(all);
    const double w = all.width();
    const double h = all.height();
    QList<QRectF> rects;
    switch (type) {
    case 0:
        rects = { all };
        break;
    case 2:
        rects = { { 0, 0, w * 2 / 3, h * 2 / 3 } };
        for (int i = 0; i < 3; ++i)
            rects.append({ w * 2 / 3, h * i / 3, w / 3, h / 3 });
        for (int i = 0; i < 2; ++i)
            rects.append({ w * i / 3, h * 2 / 3, w / 3, h / 3 });
        break;
    case 3:
        rects = { { w / 8, 0, w * 3 / 4, h * 3 / 4 } };
        for (int i = 0; i < 3; ++i)
            rects.append({ w / 8 + w * i / 4, h * 3 / 4, w / 4, h / 4 });
        break;
    case 4:
        rects = { { 0, 0, w * 3 / 4, h } };
        for (int i = 0; i < 3; ++i)
            rects.append({ w * 3 / 4, h * i / 3, w / 4, h / 3 });
        break;
    default: // 1, and the unpublished ones: equal windows
        for (int i = 0; i < 4; ++i)
            rects.append({ w * (i % 2) / 2, h * (i / 2) / 2, w / 2, h / 2 });
        break;
    }
    p.setPen(QColor(0xe8, 0xee, 0xf5));
    for (qsizetype i = 0; i < rects.size(); ++i) {
        p.setBrush(i == 0 ? QColor(0x2e, 0x8b, 0x57) : QColor(0x2b, 0x5a, 0x8c));
        p.drawRect(rects.at(i).translated(all.topLeft()).adjusted(1, 1, -1, -1));
    }
    return pixmap;
}

// ---------------------------------------------------------------------------------------------
// Updating

void ScreenPage::updateWidgets()
{
    const bool admin = m_caps.testFlag(Permissions::Capability::Branding);
    m_widgetsNote->setText(
        admin ? tr("The preview shows the widgets as the room reports them.")
              : tr("The preview shows the widgets as the room's settings have them; an "
                   "administrator sees what the room reports."));
    RoomScreenPreview::Overlays overlays;
    for (Widget w : ScreenLayout::widgets()) {
        QCheckBox *check = m_switches.value(int(w));
        const std::optional<bool> on = m_screen ? m_screen->isSwitchedOn(w) : std::nullopt;
        check->setChecked(on.value_or(false));
        check->setProperty("known", on.has_value());
        const bool shown = m_screen && on.has_value() && m_screen->appearsOnScreen(w);
        if (const std::optional<Overlay> overlay = overlayOf(w); overlay && shown)
            overlays |= *overlay;
    }
    m_preview->setOverlays(overlays);
    m_preview->setLogoShown(!m_screen || m_screen->appearsOnScreen(Widget::Logo));
    updateEnabled();
}

void ScreenPage::updateLayouts()
{
    for (QComboBox *c : { m_p2pLayout, m_groupLayout }) {
        const std::optional<int> type
            = m_screen ? m_screen->defaultLayout(c == m_groupLayout) : std::nullopt;
        if (!type) {
            c->setCurrentIndex(-1);
            continue;
        }
        int index = c->findData(*type);
        if (index < 0) { // a layout room-api.md does not describe: shown by its number
            c->addItem(QIcon(layoutPictogram(*type, kPictogram)), ScreenLayout::layoutName(*type),
                       *type);
            index = c->count() - 1;
        }
        c->setCurrentIndex(index);
    }
    updateEnabled();
}

void ScreenPage::updateMonitors()
{
    const int selected = m_monitorView->currentItem()
        ? m_monitorView->currentItem()->data(0, Qt::UserRole).toInt()
        : -1;
    m_monitorView->clear();
    if (m_screen) {
        for (const ScreenLayout::Monitor &m : m_screen->monitors()) {
            auto *item = new QTreeWidgetItem(m_monitorView);
            const QString name = m.name.isEmpty() ? tr("Monitor %1").arg(m.index + 1) : m.name;
            item->setText(0, name);
            item->setToolTip(0, name);
            item->setText(1,
                          m.geometry.isEmpty()
                              ? QString()
                              : tr("%1 × %2").arg(m.geometry.width()).arg(m.geometry.height()));
            item->setText(2, m.primary ? tr("Primary") : QString());
            item->setText(3, m.index == m_screen->currentMonitor() ? tr("Here") : QString());
            item->setData(0, Qt::UserRole, m.index);
            if (m.index == selected)
                m_monitorView->setCurrentItem(item);
        }
    }
    updateEnabled();
}

void ScreenPage::updateMatrix()
{
    const ScreenLayout::Matrix matrix = m_screen ? m_screen->matrix() : ScreenLayout::Matrix {};
    m_matrixNote->setText(matrix.known ? tr("The room's main window now; changes apply at once.")
                                       : tr("Available during a call or conference."));
    const QString selected = selectedSlot();
    m_slotView->clear();
    QList<QRect> rects;
    QStringList labels;
    for (const ScreenLayout::Slot &s : matrix.all()) {
        auto *item = new QTreeWidgetItem(m_slotView);
        item->setText(0, slotName(s));
        item->setToolTip(0, s.callId);
        QString where = tr("Main window");
        if (s.monitor >= 0)
            where = tr("Monitor: %1").arg(monitorName(s.monitor));
        else if (slotIsHidden(matrix, s.callId))
            where = tr("Hidden");
        else if (s.rect.isEmpty())
            where = tr("Not in this layout");
        item->setText(1, where);
        item->setData(0, Qt::UserRole, s.callId);
        if (s.callId == selected)
            m_slotView->setCurrentItem(item);
    }
    for (const ScreenLayout::Slot &s : matrix.shown) {
        rects.append(s.rect);
        labels.append(slotName(s));
    }
    m_preview->setVideoSlots(rects, labels, matrix.window);
    if (matrix.known) {
        int index = m_matrixType->findData(matrix.type);
        if (index < 0 && matrix.type >= 0) {
            m_matrixType->addItem(QIcon(layoutPictogram(matrix.type, kPictogram)),
                                  ScreenLayout::layoutName(matrix.type), matrix.type);
            index = m_matrixType->count() - 1;
        }
        m_matrixType->setCurrentIndex(index);
    } else {
        m_matrixType->setCurrentIndex(-1);
    }
    updateEnabled();
}

void ScreenPage::updateEnabled()
{
    const bool up = m_screen && m_caps.testFlag(Permissions::Capability::ViewStatus);
    for (Widget w : ScreenLayout::widgets()) {
        QCheckBox *check = m_switches.value(int(w));
        check->setEnabled(up && check->property("known").toBool());
    }
    m_p2pLayout->setEnabled(up && m_p2pLayout->currentIndex() >= 0);
    m_groupLayout->setEnabled(up && m_groupLayout->currentIndex() >= 0);

    const QTreeWidgetItem *monitorItem = m_monitorView->currentItem();
    m_currentMonitorButton->setEnabled(up && monitorItem
                                       && monitorItem->data(0, Qt::UserRole).toInt()
                                           != m_screen->currentMonitor());

    const ScreenLayout::Matrix matrix = m_screen ? m_screen->matrix() : ScreenLayout::Matrix {};
    const bool inCall = up && matrix.known;
    m_matrixType->setEnabled(inCall);
    m_slotView->setEnabled(inCall);
    const QString callId = selectedSlot();
    const ScreenLayout::Slot *slot = inCall ? matrix.find(callId) : nullptr;
    const bool external = slot && slot->monitor >= 0;
    const bool hidden = slot && slotIsHidden(matrix, callId);
    m_hideButton->setEnabled(slot && !hidden);
    if (auto *show = m_matrixBox->findChild<QPushButton *>(u"showSlotButton"_s))
        show->setEnabled(slot && hidden);
    m_backButton->setEnabled(external);

    const QString swapWith = m_swapWith->currentData().toString();
    m_swapWith->clear();
    if (slot)
        for (const ScreenLayout::Slot &s : matrix.all())
            if (s.callId != callId)
                m_swapWith->addItem(slotName(s), s.callId);
    m_swapWith->setCurrentIndex(qMax(0, m_swapWith->findData(swapWith)));
    m_swapWith->setEnabled(slot && m_swapWith->count() > 0);
    m_swapButton->setEnabled(slot && m_swapWith->count() > 0);

    const QVariant monitorWas = m_monitorChoice->currentData();
    m_monitorChoice->clear();
    if (slot)
        for (const ScreenLayout::Monitor &m : m_screen->monitors())
            if (m.index != m_screen->currentMonitor())
                m_monitorChoice->addItem(monitorName(m.index), m.index);
    m_monitorChoice->setCurrentIndex(qMax(0, m_monitorChoice->findData(monitorWas)));
    m_monitorChoice->setEnabled(slot && m_monitorChoice->count() > 0);
    m_moveButton->setEnabled(slot && m_monitorChoice->count() > 0);
}

ScreenLayout::Done ScreenPage::reporter()
{
    QPointer<ScreenPage> self(this);
    return [self](const RequestOutcome &o) {
        if (!self)
            return;
        if (o.ok()) {
            self->m_statusLabel->clear();
            return;
        }
        // The switches and lists go back to what the room has.
        self->updateWidgets();
        self->updateLayouts();
        self->updateMatrix();
    };
}

void ScreenPage::showOutcome(const RequestOutcome &outcome)
{
    m_statusLabel->setText(
        tr("The room's screen was not changed: %1").arg(RoomText::bounded(outcome.errorText, 300)));
}

QString ScreenPage::selectedSlot() const
{
    const QTreeWidgetItem *item = m_slotView->currentItem();
    return item ? item->data(0, Qt::UserRole).toString() : QString();
}

QString ScreenPage::slotName(const ScreenLayout::Slot &slot) const
{
    if (slot.callId == QLatin1String(ScreenLayout::kSelfSlot))
        return tr("This room's camera");
    return slot.peerDn.isEmpty() ? slot.callId : slot.peerDn;
}

QString ScreenPage::monitorName(int index) const
{
    const ScreenLayout::Monitor *m = m_screen ? m_screen->monitor(index) : nullptr;
    if (!m || m->name.isEmpty())
        return tr("Monitor %1").arg(index + 1);
    return m->name;
}
