// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "camerapage.h"

#include "core/http/framesource.h"
#include "core/models/participantlistmodel.h"
#include "core/roomtext.h"
#include "core/session/roomsession.h"
#include "gui/presenters/dialogpresenter.h"
#include "gui/widgets/selfview.h"
#include "gui/widgets/svgicon.h"

#include <algorithm>

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QImage>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPixmap>
#include <QPushButton>
#include <QScrollArea>
#include <QSlider>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

using Dir = CameraControl::Direction;
using Axis = CameraControl::Axis;

constexpr int kPresetColumns = 4;
constexpr int kPresetButtonChars = 24;
constexpr int kThumbnailWidth = 96;
constexpr int kThumbnailHeight = 54;

//! Arrow keys and +/- on the pad.
std::optional<Dir> directionOfKey(int key)
{
    switch (key) {
    case Qt::Key_Left:
        return Dir::Left;
    case Qt::Key_Right:
        return Dir::Right;
    case Qt::Key_Up:
        return Dir::Up;
    case Qt::Key_Down:
        return Dir::Down;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        return Dir::ZoomIn;
    case Qt::Key_Minus:
        return Dir::ZoomOut;
    default:
        return std::nullopt;
    }
}

} // namespace

CameraPage::CameraPage(RoomSession *session, DialogPresenter *presenter, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_camera(session ? session->camera() : nullptr)
    , m_presenter(presenter)
{
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);

    // Beats at a third of the watchdog's interval (see startHeartbeat()): a held button never
    // runs into it, a lost release does.
    connect(&m_holdHeartbeat, &QTimer::timeout, this, [this] {
        const bool held = std::any_of(m_moveButtons.cbegin(), m_moveButtons.cend(),
                                      [](const QToolButton *b) { return b->isDown(); });
        if (!held || !m_camera || !m_camera->keepMoving())
            m_holdHeartbeat.stop();
    });

    // The self-view goes here (the frames view); a large area at the top of the page.
    auto *selfView = new QFrame;
    selfView->setObjectName(u"selfViewSlot"_s);
    selfView->setFrameShape(QFrame::StyledPanel);
    // The picture at the room's own 480x270 at most, so that the pad stays in sight below it.
    selfView->setMinimumSize(240, 135);
    selfView->setMaximumHeight(272);
    selfView->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    auto *selfViewLayout = new QVBoxLayout(selfView);
    selfViewLayout->setContentsMargins(0, 0, 0, 0);
    m_selfView = new SelfView;
    m_selfView->setObjectName(u"cameraSelfView"_s);
    if (session && session->controller())
        m_selfView->setSource(FrameSources::of(session->controller())->source());
    selfViewLayout->addWidget(m_selfView);
    m_selfViewSlot = selfView;
    layout->addWidget(selfView);

    m_cameraLabel = new QLabel;
    m_cameraLabel->setObjectName(u"cameraLabel"_s);
    m_cameraLabel->setTextFormat(Qt::PlainText);
    layout->addWidget(m_cameraLabel);

    auto *controls = new QHBoxLayout;
    m_pad = new QWidget;
    m_pad->setObjectName(u"ptzPad"_s);
    m_pad->setFocusPolicy(Qt::StrongFocus);
    m_pad->setToolTip(tr("Hold a button (or an arrow key, + or -) to move the camera"));
    m_pad->installEventFilter(this);
    auto *grid = new QGridLayout(m_pad);
    buildPad(grid);
    controls->addWidget(m_pad);

    auto *sliders = new QGridLayout;
    const QString sliderTexts[] = { tr("Pan"), tr("Tilt"), tr("Zoom") };
    const char *sliderNames[] = { "panSlider", "tiltSlider", "zoomSlider" };
    for (int i = 0; i < 3; ++i) {
        auto *slider = new QSlider(Qt::Horizontal);
        slider->setObjectName(QLatin1String(sliderNames[i]));
        m_sliders[i] = slider;
        sliders->addWidget(new QLabel(sliderTexts[i]), i, 0);
        sliders->addWidget(slider, i, 1);
        slider->setAccessibleName(sliderTexts[i]);
        // Programmatic updates are blocked (updatePtz): every valueChanged here is the
        // operator's, and a drag sends one position, on release.
        connect(slider, &QSlider::valueChanged, this, [this, slider, i](int value) {
            if (m_camera && !slider->isSliderDown())
                m_camera->setPosition(Axis(i), value);
        });
        connect(slider, &QSlider::sliderReleased, this, [this, slider, i] {
            if (m_camera)
                m_camera->setPosition(Axis(i), slider->value());
        });
    }
    controls->addLayout(sliders, 1);
    layout->addLayout(controls);

    m_statusLabel = new QLabel;
    m_statusLabel->setObjectName(u"cameraStatusLabel"_s);
    m_statusLabel->setTextFormat(Qt::PlainText);
    m_statusLabel->setWordWrap(true);
    layout->addWidget(m_statusLabel);

    layout->addWidget(buildPresets());
    layout->addWidget(buildFarEnd());

    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the page reflows instead
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    if (m_camera) {
        connect(m_camera, &CameraControl::ptzChanged, this, &CameraPage::updatePtz);
        connect(m_camera, &CameraControl::presetsChanged, this, &CameraPage::rebuildPresets);
        connect(m_camera, &CameraControl::presetApplied, this, &CameraPage::rebuildPresets);
        connect(m_camera, &CameraControl::farEndChanged, this, &CameraPage::updateFarEnd);
        connect(m_camera, &CameraControl::failed, this, &CameraPage::showOutcome);
        connect(m_camera, &CameraControl::watchdogStopped, this, [this] {
            release();
            m_statusLabel->setText(tr("The camera was stopped: no release arrived in time"));
        });
        connect(m_camera, &CameraControl::movingChanged, this, [this](bool moving) {
            if (!moving)
                release();
        });
    }
    updatePtz();
    rebuildPresets();
    updateFarEnd();
}

CameraPage::~CameraPage()
{
    if (m_camera)
        m_camera->stopMove();
}

QString CameraPage::pageTitle() const
{
    return tr("Camera");
}

QIcon CameraPage::pageIcon() const
{
    return SvgIcon::icon(u"cam-on"_s);
}

QToolButton *CameraPage::holdButton(Dir direction, const QString &text, const QString &name)
{
    auto *button = new QToolButton;
    button->setObjectName(name);
    button->setText(text);
    button->setMinimumSize(44, 44);
    button->setFocusPolicy(Qt::NoFocus); // the pad keeps the focus and the keys
    connect(button, &QToolButton::pressed, this, [this, direction] {
        m_pad->setFocus(Qt::MouseFocusReason);
        if (m_camera) {
            m_camera->startMove(direction);
            startHeartbeat();
        }
    });
    connect(button, &QToolButton::released, this, [this] {
        if (m_camera)
            m_camera->stopMove();
    });
    m_moveButtons.insert(direction, button);
    return button;
}

void CameraPage::buildPad(QGridLayout *grid)
{
    QToolButton *up = holdButton(Dir::Up, u"▲"_s, u"ptzUpButton"_s);
    up->setToolTip(tr("Tilt up"));
    QToolButton *down = holdButton(Dir::Down, u"▼"_s, u"ptzDownButton"_s);
    down->setToolTip(tr("Tilt down"));
    QToolButton *left = holdButton(Dir::Left, u"◀"_s, u"ptzLeftButton"_s);
    left->setToolTip(tr("Pan left"));
    QToolButton *right = holdButton(Dir::Right, u"▶"_s, u"ptzRightButton"_s);
    right->setToolTip(tr("Pan right"));
    QToolButton *zoomIn = holdButton(Dir::ZoomIn, u"+"_s, u"zoomInButton"_s);
    zoomIn->setToolTip(tr("Zoom in"));
    QToolButton *zoomOut = holdButton(Dir::ZoomOut, u"−"_s, u"zoomOutButton"_s);
    zoomOut->setToolTip(tr("Zoom out"));
    m_homeButton = new QPushButton(tr("Home"));
    m_homeButton->setObjectName(u"ptzHomeButton"_s);
    m_homeButton->setToolTip(tr("Back to the camera's default position"));
    m_homeButton->setFocusPolicy(Qt::NoFocus);
    connect(m_homeButton, &QPushButton::clicked, this, [this] {
        if (m_camera)
            m_camera->setDefaults();
    });
    for (QToolButton *b : { up, down, left, right, zoomIn, zoomOut })
        b->setAccessibleName(b->toolTip());
    m_homeButton->setAccessibleName(m_homeButton->text());
    grid->addWidget(up, 0, 1);
    grid->addWidget(left, 1, 0);
    grid->addWidget(m_homeButton, 1, 1);
    grid->addWidget(right, 1, 2);
    grid->addWidget(down, 2, 1);
    grid->addWidget(zoomIn, 0, 3);
    grid->addWidget(zoomOut, 2, 3);
}

QGroupBox *CameraPage::buildPresets()
{
    auto *box = new QGroupBox(tr("Presets"));
    box->setObjectName(u"presetGroup"_s);
    auto *layout = new QVBoxLayout(box);
    m_presetGrid = new QWidget;
    m_presetGrid->setObjectName(u"presetGrid"_s);
    new QGridLayout(m_presetGrid);
    layout->addWidget(m_presetGrid);
    m_saveButton = new QPushButton(tr("Save Position as New Preset…"));
    m_saveButton->setObjectName(u"presetSaveButton"_s);
    m_saveButton->setAccessibleName(tr("Save position as new preset"));
    connect(m_saveButton, &QPushButton::clicked, this, &CameraPage::saveNewPreset);
    layout->addWidget(m_saveButton, 0, Qt::AlignLeft);
    return box;
}

QGroupBox *CameraPage::buildFarEnd()
{
    m_farEnd = new QGroupBox(tr("Far-end camera control"));
    m_farEnd->setObjectName(u"farEndGroup"_s);
    auto *grid = new QGridLayout(m_farEnd);

    grid->addWidget(new QLabel(tr("Asking to control this room's camera:")), 0, 0);
    m_incomingList = new QListWidget;
    m_incomingList->setObjectName(u"incomingControlList"_s);
    m_incomingList->setAccessibleName(tr("Requests to control this room's camera"));
    m_incomingList->setMaximumHeight(80);
    grid->addWidget(m_incomingList, 1, 0);
    auto *answers = new QHBoxLayout;
    m_acceptButton = new QPushButton(tr("Allow"));
    m_acceptButton->setObjectName(u"acceptControlButton"_s);
    m_declineButton = new QPushButton(tr("Decline"));
    m_declineButton->setObjectName(u"declineControlButton"_s);
    m_acceptButton->setAccessibleName(tr("Allow camera control"));
    m_declineButton->setAccessibleName(tr("Decline camera control"));
    answers->addWidget(m_acceptButton);
    answers->addWidget(m_declineButton);
    answers->addStretch();
    grid->addLayout(answers, 2, 0);
    connect(m_acceptButton, &QPushButton::clicked, this, [this] {
        const QString id = selectedCallId(m_incomingList);
        if (m_camera && !id.isEmpty())
            m_camera->acceptRequest(id);
    });
    connect(m_declineButton, &QPushButton::clicked, this, [this] {
        const QString id = selectedCallId(m_incomingList);
        if (m_camera && !id.isEmpty())
            m_camera->rejectRequest(id);
    });
    connect(m_incomingList, &QListWidget::currentRowChanged, this, &CameraPage::updateEnabled);

    grid->addWidget(new QLabel(tr("Cameras this room controls:")), 3, 0);
    m_controlledList = new QListWidget;
    m_controlledList->setObjectName(u"controlledCameraList"_s);
    m_controlledList->setAccessibleName(tr("Cameras this room controls"));
    m_controlledList->setMaximumHeight(80);
    grid->addWidget(m_controlledList, 4, 0);
    auto *remote = new QHBoxLayout;
    const std::pair<Dir, QString> steps[]
        = { { Dir::Left, u"◀"_s },  { Dir::Up, u"▲"_s },     { Dir::Down, u"▼"_s },
            { Dir::Right, u"▶"_s }, { Dir::ZoomIn, u"+"_s }, { Dir::ZoomOut, u"−"_s } };
    for (const auto &[direction, text] : steps) {
        auto *button = new QToolButton;
        button->setText(text);
        button->setObjectName(u"remote"_s + CameraControl::methodOf(direction).mid(3)
                              + u"Button"_s);
        button->setToolTip(tr("Move the selected camera one step"));
        button->setAccessibleName(button->toolTip() + u' ' + text);
        connect(button, &QToolButton::clicked, this, [this, d = direction] {
            const QString id = selectedCallId(m_controlledList);
            if (m_camera && !id.isEmpty())
                m_camera->moveRemote(id, d);
        });
        m_remoteButtons.append(button);
        remote->addWidget(button);
    }
    remote->addStretch();
    grid->addLayout(remote, 5, 0);
    connect(m_controlledList, &QListWidget::currentRowChanged, this, &CameraPage::updateEnabled);

    auto *ask = new QHBoxLayout;
    m_participantCombo = new QComboBox;
    m_participantCombo->setObjectName(u"controlParticipantCombo"_s);
    m_participantCombo->setAccessibleName(tr("Participant whose camera to control"));
    if (m_session && m_session->participants()) {
        ParticipantListModel *participants = m_session->participants();
        m_participantCombo->setModel(participants);
        for (const auto signal :
             { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
            connect(participants, signal, this, &CameraPage::updateEnabled);
        connect(participants, &QAbstractItemModel::modelReset, this, &CameraPage::updateEnabled);
    }
    m_requestButton = new QPushButton(tr("Ask to Control Camera"));
    m_requestButton->setObjectName(u"requestControlButton"_s);
    m_requestButton->setAccessibleName(m_requestButton->text());
    connect(m_requestButton, &QPushButton::clicked, this, [this] {
        const QString id
            = m_participantCombo->currentData(ParticipantListModel::PeerIdRole).toString();
        if (m_camera && !id.isEmpty())
            m_camera->requestControl(id);
    });
    ask->addWidget(new QLabel(tr("Participant:")));
    ask->addWidget(m_participantCombo, 1);
    ask->addWidget(m_requestButton);
    grid->addLayout(ask, 6, 0);
    return m_farEnd;
}

QLabel *CameraPage::presetThumbnailSlot(const QString &presetId) const
{
    return m_thumbnails.value(presetId);
}

void CameraPage::applyCapabilities(Permissions::Capabilities caps)
{
    m_caps = caps;
    if (!caps.testFlag(Permissions::Capability::Devices))
        release();
    updateEnabled();
}

bool CameraPage::event(QEvent *event)
{
    // The window passes its deactivation on to its visible children.
    if (event->type() == QEvent::WindowDeactivate)
        release();
    return QWidget::event(event);
}

void CameraPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::ActivationChange && !isActiveWindow())
        release();
    QWidget::changeEvent(event);
}

void CameraPage::hideEvent(QHideEvent *event)
{
    release(); // another page, another room, the window minimized
    QWidget::hideEvent(event);
}

bool CameraPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_pad) {
        switch (event->type()) {
        case QEvent::FocusOut:
            release();
            break;
        case QEvent::KeyPress:
        case QEvent::KeyRelease: {
            auto *key = static_cast<QKeyEvent *>(event);
            const std::optional<Dir> direction = directionOfKey(key->key());
            if (!direction)
                break;
            if (!key->isAutoRepeat() && m_camera) {
                QToolButton *button = m_moveButtons.value(*direction);
                if (event->type() == QEvent::KeyPress && button && button->isEnabled()) {
                    button->setDown(true);
                    m_camera->startMove(*direction);
                    startHeartbeat();
                } else if (event->type() == QEvent::KeyRelease) {
                    release();
                }
            }
            return true; // arrows move the camera here, not the focus
        }
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CameraPage::startHeartbeat()
{
    if (m_camera && m_camera->isMoving())
        m_holdHeartbeat.start(qMax(50, m_camera->watchdogInterval() / 3));
}

void CameraPage::release()
{
    m_holdHeartbeat.stop();
    for (QToolButton *button : std::as_const(m_moveButtons))
        button->setDown(false);
    if (m_camera)
        m_camera->stopMove();
}

void CameraPage::updatePtz()
{
    const bool known = m_camera && m_camera->ptzKnown();
    if (!known)
        m_cameraLabel->setText(tr("Camera: not known yet"));
    else if (!m_camera->hasPtz())
        m_cameraLabel->setText(tr("Camera: %1 (cannot pan, tilt or zoom)")
                                   .arg(RoomText::name(m_camera->cameraName())));
    else
        m_cameraLabel->setText(tr("Camera: %1").arg(RoomText::name(m_camera->cameraName())));
    for (int i = 0; i < 3; ++i) {
        QSlider *slider = m_sliders[i];
        if (slider->isSliderDown())
            continue;
        const CameraControl::AxisState a
            = known ? m_camera->axis(Axis(i)) : CameraControl::AxisState {};
        const QSignalBlocker block(slider);
        slider->setRange(a.minValue, a.maxValue);
        slider->setSingleStep(a.step);
        slider->setPageStep(qMax(a.step, (a.maxValue - a.minValue) / 10));
        slider->setValue(a.current);
    }
    updateEnabled();
}

void CameraPage::rebuildPresets()
{
    auto *grid = static_cast<QGridLayout *>(m_presetGrid->layout());
    while (QLayoutItem *item = grid->takeAt(0)) {
        // Later, not now: a preset's context menu may be open on the button (another
        // controller changed the list meanwhile).
        if (QWidget *w = item->widget()) {
            w->hide();
            w->setParent(nullptr);
            w->deleteLater();
        }
        delete item;
    }
    m_thumbnails.clear();
    const QList<CameraControl::Preset> presets
        = m_camera ? m_camera->presets() : QList<CameraControl::Preset> {};
    const QString current = m_camera ? m_camera->currentPresetId() : QString();
    for (int i = 0; i < presets.size(); ++i) {
        const CameraControl::Preset &p = presets.at(i);
        auto *cell = new QWidget;
        cell->setObjectName(u"presetCell"_s);
        auto *column = new QVBoxLayout(cell);
        column->setContentsMargins(2, 2, 2, 2);
        // The preset's thumbnail goes here (saved per preset on this PC).
        auto *thumbnail = new QLabel;
        thumbnail->setObjectName(u"presetThumbnail"_s);
        thumbnail->setProperty("presetId", p.id);
        thumbnail->setFixedSize(kThumbnailWidth, kThumbnailHeight);
        thumbnail->setFrameShape(QFrame::StyledPanel);
        thumbnail->setAlignment(Qt::AlignCenter);
        m_thumbnails.insert(p.id, thumbnail);
        if (const QByteArray pending = m_pendingPictures.take(p.name.toCaseFolded());
            !pending.isEmpty())
            storePicture(p.id, pending);
        showThumbnail(thumbnail, p.id);
        // The room's text: short on the button (the whole name in the tooltip), and an "&"
        // stays a character instead of becoming a mnemonic.
        const QString name = p.name.isEmpty() ? tr("(no name)") : p.name;
        auto *button
            = new QPushButton(RoomText::bounded(name, kPresetButtonChars).replace(u'&', u"&&"_s));
        button->setObjectName(u"presetButton"_s);
        button->setAccessibleName(tr("Preset %1").arg(name));
        button->setProperty("presetId", p.id);
        button->setCheckable(true);
        button->setChecked(p.id == current);
        button->setToolTip(
            tr("%1: click to apply; right-click to update, rename or remove").arg(name));
        const QString id = p.id;
        connect(button, &QPushButton::clicked, this, [this, id, button] {
            button->setChecked(m_camera && m_camera->currentPresetId() == id);
            if (m_camera)
                m_camera->applyPreset(id);
        });
        button->setContextMenuPolicy(Qt::ActionsContextMenu);
        auto *update = new QAction(tr("Update to Current Position"), button);
        update->setObjectName(u"presetUpdateAction"_s);
        connect(update, &QAction::triggered, this, [this, id] { updatePreset(id); });
        auto *rename = new QAction(tr("Rename…"), button);
        rename->setObjectName(u"presetRenameAction"_s);
        connect(rename, &QAction::triggered, this, [this, id] { renamePreset(id); });
        auto *remove = new QAction(tr("Remove"), button);
        remove->setObjectName(u"presetRemoveAction"_s);
        connect(remove, &QAction::triggered, this, [this, id] { removePreset(id); });
        button->addActions({ update, rename, remove });
        column->addWidget(thumbnail, 0, Qt::AlignHCenter);
        column->addWidget(button);
        grid->addWidget(cell, i / kPresetColumns, i % kPresetColumns);
    }
    if (presets.isEmpty()) {
        auto *none = new QLabel(tr("No presets yet: move the camera, then save its position."));
        none->setObjectName(u"noPresetsLabel"_s);
        grid->addWidget(none, 0, 0);
    }
    updateEnabled();
}

QString CameraPage::participantName(const QString &callId) const
{
    const ParticipantListModel *model = m_session ? m_session->participants() : nullptr;
    if (model) {
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, 0);
            if (index.data(ParticipantListModel::PeerIdRole).toString() == callId)
                return index.data(ParticipantListModel::DisplayNameRole).toString();
        }
    }
    return RoomText::name(callId);
}

QString CameraPage::selectedCallId(QListWidget *list) const
{
    const QListWidgetItem *item = list->currentItem();
    if (!item && list->count() == 1)
        item = list->item(0);
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void CameraPage::updateFarEnd()
{
    const auto fill = [this](QListWidget *list, const QStringList &ids) {
        const QString selected = selectedCallId(list);
        list->clear();
        for (const QString &id : ids) {
            auto *item = new QListWidgetItem(participantName(id), list);
            item->setData(Qt::UserRole, id);
            item->setToolTip(RoomText::name(id));
            if (id == selected)
                list->setCurrentItem(item);
        }
    };
    fill(m_incomingList, m_camera ? m_camera->incomingRequests() : QStringList {});
    fill(m_controlledList, m_camera ? m_camera->controlledCameras() : QStringList {});
    updateEnabled();
}

void CameraPage::updateEnabled()
{
    const bool devices
        = m_caps.testFlag(Permissions::Capability::Devices) && m_camera && m_camera->ptzKnown();
    for (auto it = m_moveButtons.cbegin(); it != m_moveButtons.cend(); ++it)
        it.value()->setEnabled(devices
                               && m_camera->axis(CameraControl::axisOf(it.key())).supported);
    m_homeButton->setEnabled(devices && m_camera->hasPtz());
    for (int i = 0; i < 3; ++i)
        m_sliders[i]->setEnabled(devices && m_camera->axis(Axis(i)).supported);
    m_saveButton->setEnabled(devices && m_camera->hasPtz());
    const auto buttons = m_presetGrid->findChildren<QPushButton *>(u"presetButton"_s);
    for (QPushButton *button : buttons)
        button->setEnabled(devices);

    const bool farEnd = m_caps.testFlag(Permissions::Capability::ConferenceControl);
    m_farEnd->setEnabled(farEnd);
    const bool incoming = !selectedCallId(m_incomingList).isEmpty();
    m_acceptButton->setEnabled(farEnd && incoming);
    m_declineButton->setEnabled(farEnd && incoming);
    const bool controlled = !selectedCallId(m_controlledList).isEmpty();
    for (QToolButton *button : std::as_const(m_remoteButtons))
        button->setEnabled(farEnd && controlled);
    m_requestButton->setEnabled(farEnd && m_participantCombo->count() > 0);
}

void CameraPage::showOutcome(const RequestOutcome &outcome)
{
    m_statusLabel->setText(
        tr("The camera command failed: %1").arg(RoomText::bounded(outcome.errorText, 300)));
}

void CameraPage::saveNewPreset()
{
    if (!m_camera || !m_presenter)
        return;
    const std::optional<QString> name
        = m_presenter->askText(this, tr("New Camera Preset"), tr("Name of the preset:"), QString());
    if (!name)
        return;
    // Saving under a name that exists updates that preset (the operator's intent is "this
    // place has this name").
    const QString existing = m_camera->presetIdByName(name->trimmed());
    if (!existing.isEmpty()) {
        updatePreset(existing);
        return;
    }
    // What the camera sees now is the preset's picture, kept until the room lists the preset
    // (its id comes with the list).
    const QByteArray picture = currentPicture();
    const QString key = name->trimmed().toCaseFolded();
    m_camera->addPreset(*name, [this, picture, key](const RequestOutcome &outcome) {
        if (!outcome.ok() || picture.isEmpty())
            return;
        m_pendingPictures.insert(key, picture);
        rebuildPresets();
    });
}

void CameraPage::updatePreset(const QString &presetId)
{
    if (!m_camera)
        return;
    const QByteArray picture = currentPicture();
    m_camera->updatePreset(presetId, [this, presetId, picture](const RequestOutcome &outcome) {
        if (outcome.ok() && !picture.isEmpty()) {
            storePicture(presetId, picture);
            showThumbnail(m_thumbnails.value(presetId), presetId);
        }
    });
}

void CameraPage::setRoomId(const QString &roomId)
{
    m_roomId = roomId;
    rebuildPresets();
}

void CameraPage::setThumbnailDirectory(const QString &directory)
{
    m_pictures = PresetThumbnails(directory);
    rebuildPresets();
}

QByteArray CameraPage::currentPicture() const
{
    const FrameSource *source = m_selfView ? m_selfView->source() : nullptr;
    if (!source || source->state() != FrameSource::State::Live || m_selfView->isStale())
        return {};
    return source->lastFrame();
}

void CameraPage::storePicture(const QString &presetId, const QByteArray &jpeg)
{
    QString error;
    if (!m_roomId.isEmpty() && !m_pictures.save(m_roomId, presetId, jpeg, &error))
        m_statusLabel->setText(tr("The preset's picture was not kept: %1").arg(error));
}

void CameraPage::showThumbnail(QLabel *label, const QString &presetId) const
{
    if (!label)
        return;
    QImage image;
    const QByteArray jpeg = m_roomId.isEmpty() ? QByteArray() : m_pictures.load(m_roomId, presetId);
    if (!jpeg.isEmpty() && image.loadFromData(jpeg, "JPEG")) {
        label->setPixmap(
            QPixmap::fromImage(image.scaled(label->size() * label->devicePixelRatioF(),
                                            Qt::KeepAspectRatio, Qt::SmoothTransformation)));
        label->setToolTip(tr("What the camera saw when the preset was saved"));
    } else {
        label->setText(u"—"_s);
        label->setToolTip(tr("No picture of this preset on this computer"));
    }
}

void CameraPage::renamePreset(const QString &presetId)
{
    if (!m_camera || !m_presenter)
        return;
    QString old;
    for (const CameraControl::Preset &p : m_camera->presets())
        if (p.id == presetId)
            old = p.name;
    const std::optional<QString> name
        = m_presenter->askText(this, tr("Rename Camera Preset"), tr("New name:"), old);
    if (name && *name != old)
        m_camera->renamePreset(presetId, *name);
}

void CameraPage::removePreset(const QString &presetId)
{
    if (!m_camera || !m_presenter)
        return;
    if (m_presenter->confirm(this, tr("Remove Camera Preset"),
                             tr("Remove this preset from the room?")))
        m_camera->removePreset(presetId, [this, presetId](const RequestOutcome &outcome) {
            if (outcome.ok() && !m_roomId.isEmpty())
                m_pictures.remove(m_roomId, presetId);
        });
}
