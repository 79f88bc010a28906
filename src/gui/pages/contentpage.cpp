// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "contentpage.h"

#include "core/controller/requestoutcome.h"
#include "core/models/contentshare.h"
#include "core/models/licencestate.h"
#include "core/models/ndistate.h"
#include "core/session/roomsession.h"
#include "gui/presenters/dialogpresenter.h"
#include "gui/widgets/statuscolors.h"
#include "gui/widgets/svgicon.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QLabel *wrappingLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText); // the room's names are never markup
    return label;
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

ContentPage::ContentPage(RoomSession *session, DialogPresenter *presenter, QWidget *parent)
    : QWidget(parent)
    , m_ndi(session->ndi())
    , m_content(session->content())
    , m_licence(session->licence())
    , m_presenter(presenter)
{
    setObjectName(u"contentPage"_s);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *inner = new QWidget(scroll);
    auto *column = new QVBoxLayout(inner);
    column->setContentsMargins(0, 0, 0, 0); // narrow screens: room for the buttons, not margins
    column->addWidget(buildNdi());
    column->addWidget(buildSlides());
    column->addWidget(buildPicture());
    m_status = wrappingLabel(inner);
    m_status->setObjectName(u"contentStatusLabel"_s);
    column->addWidget(m_status);
    column->addStretch(1);
    scroll->setWidget(inner);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    if (m_ndi) {
        connect(m_ndi, &NdiState::changed, this, &ContentPage::updateNdi);
        connect(m_ndi, &NdiState::failed, this, &ContentPage::report);
    }
    if (m_content) {
        connect(m_content, &ContentShare::changed, this, &ContentPage::updateSlides);
        connect(m_content, &ContentShare::failed, this, &ContentPage::report);
        connect(m_content, &ContentShare::uploadingChanged, this, [this](bool uploading) {
            if (uploading)
                setStatus(tr("Sending the file to the room…"), false);
            updateEnabled();
        });
    }
    if (m_licence)
        connect(m_licence, &LicenceState::changed, this, [this] {
            updateNdi();
            updateSlides();
        });
    updateNdi();
    updateSlides();
}

ContentPage::~ContentPage() = default;

QString ContentPage::pageTitle() const
{
    return tr("Content");
}

QIcon ContentPage::pageIcon() const
{
    return SvgIcon::icon(u"content"_s);
}

QWidget *ContentPage::buildNdi()
{
    auto *box = new QGroupBox(tr("NDI output"), this);
    auto *grid = new QGridLayout(box);
    m_ndiSwitch = new QCheckBox(tr("Send the room's picture as NDI"), box);
    m_ndiSwitch->setObjectName(u"ndiSwitch"_s);
    m_ndiSwitch->setToolTip(tr("Turns the room's NDI output on or off"));
    m_ndiSwitch->setAccessibleName(m_ndiSwitch->text());
    m_ndiNote = wrappingLabel(box);
    m_ndiNote->setObjectName(u"ndiNoteLabel"_s);
    m_ndiDevices = new QListWidget(box);
    m_ndiDevices->setObjectName(u"ndiDeviceList"_s);
    m_ndiDevices->setAccessibleName(tr("NDI devices"));
    m_ndiDevices->setToolTip(tr("The NDI sources this room sends"));
    m_ndiDevices->setMaximumHeight(110);
    m_ndiDevices->setTextElideMode(Qt::ElideRight);
    m_ndiName = new QLineEdit(box);
    m_ndiName->setObjectName(u"ndiNameEdit"_s);
    m_ndiName->setMaxLength(NdiState::kMaxDeviceIdLength);
    m_ndiName->setPlaceholderText(tr("New device name"));
    m_ndiName->setAccessibleName(tr("New NDI device name"));
    m_ndiName->setToolTip(tr("The name of a new NDI source on this room"));
    m_ndiCreate = button(tr("Create"), tr("Create an NDI device with this name"),
                         u"ndiCreateButton"_s, box);
    m_ndiDelete
        = button(tr("Delete"), tr("Delete the selected NDI device"), u"ndiDeleteButton"_s, box);
    grid->addWidget(m_ndiSwitch, 0, 0, 1, 3);
    grid->addWidget(m_ndiNote, 1, 0, 1, 3);
    grid->addWidget(m_ndiDevices, 2, 0, 1, 3);
    grid->addWidget(m_ndiName, 3, 0);
    grid->addWidget(m_ndiCreate, 3, 1);
    grid->addWidget(m_ndiDelete, 3, 2);
    // Receiving is not here: the room lists NDI sources among its cameras.
    auto *receive = wrappingLabel(box);
    receive->setObjectName(u"ndiReceiveLabel"_s);
    receive->setText(tr("To show an NDI source from the network, choose it as the room's camera "
                        "in Devices…"));
    grid->addWidget(receive, 4, 0, 1, 3);
    grid->setColumnStretch(0, 1);

    connect(m_ndiSwitch, &QCheckBox::clicked, this, [this](bool on) {
        if (!m_ndi)
            return;
        setStatus(on ? tr("Turning NDI on…") : tr("Turning NDI off…"), false);
        m_ndi->setEnabled(on, [this](const RequestOutcome &o) {
            if (o.ok())
                setStatus({}, false);
            updateNdi(); // a refusal puts the switch back where the room is
        });
    });
    const auto create = [this] {
        if (!m_ndi)
            return;
        const QString name = m_ndiName->text();
        m_ndi->createDevice(name, [this](const RequestOutcome &o) {
            if (o.ok()) {
                m_ndiName->clear();
                setStatus({}, false);
            }
        });
    };
    connect(m_ndiCreate, &QPushButton::clicked, this, create);
    connect(m_ndiName, &QLineEdit::returnPressed, this, create);
    connect(m_ndiName, &QLineEdit::textChanged, this, &ContentPage::updateEnabled);
    connect(m_ndiDevices, &QListWidget::currentRowChanged, this, &ContentPage::updateEnabled);
    connect(m_ndiDelete, &QPushButton::clicked, this, [this] {
        QListWidgetItem *item = m_ndiDevices->currentItem();
        if (!m_ndi || !item)
            return;
        m_ndi->deleteDevice(item->data(Qt::UserRole).toString());
    });
    return box;
}

QWidget *ContentPage::buildSlides()
{
    auto *box = new QGroupBox(tr("Slideshow"), this);
    auto *grid = new QGridLayout(box);
    m_slidesNote = wrappingLabel(box);
    m_slidesNote->setObjectName(u"slidesNoteLabel"_s);
    m_slides = new QListWidget(box);
    m_slides->setObjectName(u"slideList"_s);
    m_slides->setAccessibleName(tr("Slides"));
    m_slides->setToolTip(tr("The room's slides; the one shown now is marked"));
    m_slides->setMaximumHeight(150);
    m_slides->setTextElideMode(Qt::ElideMiddle);
    m_slideAdd = button(tr("Add…"), tr("Send a PNG or JPEG picture to the room as a slide"),
                        u"slideAddButton"_s, box);
    m_slideRemove = button(tr("Remove"), tr("Remove the selected slide from the room"),
                           u"slideRemoveButton"_s, box);
    m_slideStart
        = button(tr("Start"), tr("Start or stop showing the slides"), u"slideStartButton"_s, box);
    m_slidePrev = button(tr("Previous"), tr("Show the previous slide"), u"slidePrevButton"_s, box);
    m_slideNext = button(tr("Next"), tr("Show the next slide"), u"slideNextButton"_s, box);
    m_slidePrev->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    m_slideNext->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    grid->addWidget(m_slidesNote, 0, 0, 1, 3);
    grid->addWidget(m_slides, 1, 0, 1, 3);
    grid->addWidget(m_slideAdd, 2, 0);
    grid->addWidget(m_slideRemove, 2, 1);
    grid->addWidget(m_slideStart, 2, 2);
    grid->addWidget(m_slidePrev, 3, 0);
    grid->addWidget(m_slideNext, 3, 1);

    connect(m_slideAdd, &QPushButton::clicked, this, &ContentPage::addSlide);
    connect(m_slideRemove, &QPushButton::clicked, this, [this] {
        if (m_content && m_slides->currentRow() >= 0)
            m_content->removeSlide(m_slides->currentRow());
    });
    connect(m_slideStart, &QPushButton::clicked, this, [this] {
        if (!m_content)
            return;
        if (m_content->isStarted())
            m_content->stopSlideShow();
        else
            m_content->startSlideShow(qMax(0, m_slides->currentRow()));
    });
    connect(m_slidePrev, &QPushButton::clicked, this, [this] {
        if (m_content)
            m_content->showPreviousSlide();
    });
    connect(m_slideNext, &QPushButton::clicked, this, [this] {
        if (m_content)
            m_content->showNextSlide();
    });
    connect(m_slides, &QListWidget::currentRowChanged, this, &ContentPage::updateEnabled);
    connect(m_slides, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        if (m_content && m_content->isStarted())
            m_content->showSlide(m_slides->row(item));
    });
    return box;
}

QWidget *ContentPage::buildPicture()
{
    auto *box = new QGroupBox(tr("Broadcast picture"), this);
    auto *grid = new QGridLayout(box);
    m_pictureState = wrappingLabel(box);
    m_pictureState->setObjectName(u"pictureStateLabel"_s);
    m_pictureShow
        = button(tr("Show Picture…"), tr("Send a PNG or JPEG picture instead of the room's camera"),
                 u"pictureShowButton"_s, box);
    m_pictureStop = button(tr("Stop Picture"), tr("Send the room's camera again"),
                           u"pictureStopButton"_s, box);
    grid->addWidget(m_pictureState, 0, 0, 1, 2);
    grid->addWidget(m_pictureShow, 1, 0);
    grid->addWidget(m_pictureStop, 1, 1);
    connect(m_pictureShow, &QPushButton::clicked, this, &ContentPage::showPicture);
    connect(m_pictureStop, &QPushButton::clicked, this, [this] {
        if (m_content)
            m_content->stopPicture();
    });
    return box;
}

void ContentPage::applyCapabilities(Permissions::Capabilities capabilities)
{
    m_allowed = capabilities.testFlag(Permissions::Capability::ViewStatus);
    updateEnabled();
}

void ContentPage::updateNdi()
{
    if (!m_ndi)
        return;
    m_ndiSwitch->setChecked(m_ndi->isEnabled());
    // Always one line of text: the devices below never move when it changes.
    QString note = m_licence->blocker(LicenceState::Feature::Ndi);
    if (note.isEmpty())
        note = !m_ndi->isKnown() ? tr("Not known yet")
            : m_ndi->isEnabled() ? tr("NDI is on")
                                 : tr("NDI is off");
    m_ndiNote->setText(note);
    const QString selected = m_ndiDevices->currentItem()
        ? m_ndiDevices->currentItem()->data(Qt::UserRole).toString()
        : QString();
    m_ndiDevices->clear();
    for (const NdiState::Device &d : m_ndi->devices()) {
        const QString text = d.mixed ? tr("%1 (whole screen)").arg(d.displayName) : d.displayName;
        auto *item = new QListWidgetItem(text, m_ndiDevices);
        item->setData(Qt::UserRole, d.id);
        item->setToolTip(tr("NDI device %1").arg(d.id));
        if (d.id == selected)
            m_ndiDevices->setCurrentItem(item);
    }
    updateEnabled();
}

void ContentPage::updateSlides()
{
    if (!m_content)
        return;
    QString note = m_licence->blocker(LicenceState::Feature::SlideShow);
    if (note.isEmpty() && !m_content->isAvailable())
        note = tr("The room does not offer the slideshow now");
    if (note.isEmpty())
        note = m_content->isStarted()
            ? tr("Showing slide %1 of %2")
                  .arg(m_content->currentIndex() + 1)
                  .arg(m_content->slides().size())
            : tr("%n slide(s), not shown", nullptr, int(m_content->slides().size()));
    m_slidesNote->setText(note);
    const int row = m_slides->currentRow();
    m_slides->clear();
    const QList<ContentShare::Slide> slides = m_content->slides();
    for (int i = 0; i < slides.size(); ++i) {
        const bool current = i == m_content->currentIndex();
        const QString name
            = slides.at(i).name.isEmpty() ? tr("Slide %1").arg(i + 1) : slides.at(i).name;
        auto *item
            = new QListWidgetItem(current ? tr("▶ %1 (shown now)").arg(name) : name, m_slides);
        QFont font = item->font();
        font.setBold(current);
        item->setFont(font);
        item->setToolTip(name);
    }
    m_slides->setCurrentRow(qMin(row, int(slides.size()) - 1));
    m_slideStart->setText(m_content->isStarted() ? tr("Stop") : tr("Start"));
    m_slideStart->setAccessibleName(m_slideStart->text());
    const ContentShare::Picture picture = m_content->picture();
    m_pictureState->setText(
        picture.running ? tr("Showing %1 instead of the camera")
                              .arg(picture.fileName.isEmpty() ? tr("a picture") : picture.fileName)
                        : tr("The room sends its camera"));
    updateEnabled();
}

void ContentPage::updateEnabled()
{
    const bool ndiPro = m_licence->blocker(LicenceState::Feature::Ndi).isEmpty();
    const bool ndiOn = m_ndi && m_ndi->isEnabled();
    m_ndiSwitch->setEnabled(m_allowed && m_ndi && (ndiPro || ndiOn));
    m_ndiName->setEnabled(m_allowed && ndiOn && ndiPro);
    m_ndiCreate->setEnabled(m_allowed && ndiOn && ndiPro && !m_ndiName->text().trimmed().isEmpty());
    m_ndiDelete->setEnabled(m_allowed && ndiOn && m_ndiDevices->currentItem());

    const bool uploading = m_content && m_content->isUploading();
    const bool slidesOk = m_content && m_content->isAvailable()
        && m_licence->blocker(LicenceState::Feature::SlideShow).isEmpty();
    const bool started = m_content && m_content->isStarted();
    const int count = m_content ? int(m_content->slides().size()) : 0;
    const int current = m_content ? m_content->currentIndex() : -1;
    m_slideAdd->setEnabled(m_allowed && slidesOk && !uploading);
    m_slideRemove->setEnabled(m_allowed && m_slides->currentRow() >= 0);
    m_slideStart->setEnabled(m_allowed && (started || (slidesOk && count > 0)));
    m_slidePrev->setEnabled(m_allowed && started && current > 0);
    m_slideNext->setEnabled(m_allowed && started && current + 1 < count);
    m_pictureShow->setEnabled(m_allowed && m_content && !uploading);
    m_pictureStop->setEnabled(m_allowed && m_content && m_content->picture().running);
}

QString ContentPage::chooseImage(const QString &title)
{
    if (!m_presenter)
        return {};
    return m_presenter->openFileName(this, title, {},
                                     tr("Pictures (*.png *.jpg *.jpeg);;All files (*)"));
}

bool ContentPage::addSlide()
{
    if (!m_content)
        return false;
    const QString path = chooseImage(tr("Add a Slide"));
    if (path.isEmpty())
        return false;
    const QString problem = m_content->fileProblem(path);
    if (!problem.isEmpty()) {
        setStatus(problem, true);
        return false;
    }
    m_content->addSlideFile(path, [this](const RequestOutcome &o) {
        if (o.ok())
            setStatus(tr("The slide was added"), false);
    });
    return true;
}

bool ContentPage::showPicture()
{
    if (!m_content)
        return false;
    const QString path = chooseImage(tr("Show a Picture Instead of the Camera"));
    if (path.isEmpty())
        return false;
    const QString problem = m_content->fileProblem(path);
    if (!problem.isEmpty()) {
        setStatus(problem, true);
        return false;
    }
    m_content->startPictureFile(path, [this](const RequestOutcome &o) {
        if (o.ok())
            setStatus({}, false);
    });
    return true;
}

void ContentPage::report(const RequestOutcome &outcome)
{
    setStatus(outcome.errorText, true);
    updateNdi();
}

void ContentPage::setStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    StatusColors::setForeground(
        m_status,
        StatusColors::text(problem ? StatusColors::Tone::Bad : StatusColors::Tone::Neutral,
                           palette()));
}
