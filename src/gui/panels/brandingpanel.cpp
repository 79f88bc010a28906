// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "brandingpanel.h"

#include "ui_brandingpanel.h"

#include "core/session/roomsession.h"
#include "gui/widgets/svgicon.h"

#include "core/models/brandingstate.h"
#include "core/models/licencestate.h"
#include "gui/panels/brandingimageeditor.h"
#include "gui/widgets/roomscreenpreview.h"

using namespace Qt::StringLiterals;
using Target = BrandingUpload::Target;

BrandingPanel::BrandingPanel(RoomSession *session, DialogPresenter *presenter, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::BrandingPanel>())
{
    m_ui->setupUi(this);
    m_ui->brandingLayout->setStretch(0, 3);
    m_ui->brandingLayout->setStretch(1, 2);
    setUp(session->controller(), session->branding(), presenter);
    if (LicenceState *licence = session->licence()) {
        const auto follow = [this, licence] {
            m_ui->logoEditor->setLicenceBlocker(licence->blocker(LicenceState::Feature::Logo));
            m_ui->backgroundEditor->setLicenceBlocker(
                licence->blocker(LicenceState::Feature::Background));
        };
        connect(licence, &LicenceState::changed, this, follow);
        follow();
    }
}

BrandingPanel::~BrandingPanel() = default;

void BrandingPanel::setUp(RoomController *controller, BrandingState *state,
                          DialogPresenter *presenter)
{
    m_state = state;
    m_ui->logoEditor->setUp(Target::Logo, controller, state, presenter);
    m_ui->backgroundEditor->setUp(Target::Background, controller, state, presenter);
    connect(m_ui->logoEditor, &BrandingImageEditor::candidateChanged, this,
            &BrandingPanel::updatePreview);
    connect(m_ui->backgroundEditor, &BrandingImageEditor::candidateChanged, this,
            &BrandingPanel::updatePreview);
    connect(state, &BrandingState::logoChanged, this, &BrandingPanel::updatePreview);
    connect(state, &BrandingState::backgroundChanged, this, &BrandingPanel::updatePreview);
    updatePreview();
}

void BrandingPanel::setPresenter(DialogPresenter *presenter)
{
    m_ui->logoEditor->setPresenter(presenter);
    m_ui->backgroundEditor->setPresenter(presenter);
}

void BrandingPanel::applyCapabilities(Permissions::Capabilities caps)
{
    // The background is both roles' (room-api.md §4.1); the logo is the administrator's, and
    // at User level it is not there at all.
    const bool logo = caps.testFlag(Permissions::Capability::Branding);
    m_ui->logoEditor->setAllowed(logo);
    m_ui->logoEditor->setVisible(logo);
    m_ui->backgroundEditor->setAllowed(caps.testFlag(Permissions::Capability::Background));
}

BrandingImageEditor *BrandingPanel::logoEditor() const
{
    return m_ui->logoEditor;
}

BrandingImageEditor *BrandingPanel::backgroundEditor() const
{
    return m_ui->backgroundEditor;
}

RoomScreenPreview *BrandingPanel::preview() const
{
    return m_ui->screenPreview;
}

void BrandingPanel::updatePreview()
{
    const ImageFileCheck &logo = m_ui->logoEditor->candidate();
    const ImageFileCheck &background = m_ui->backgroundEditor->candidate();
    const int mode = m_ui->logoEditor->logoMode();
    m_ui->screenPreview->setLogo(logo.ok() ? logo.image : QImage(), mode);
    m_ui->screenPreview->setBackground(background.ok() ? background.image : QImage());

    QString logoPart;
    if (logo.ok())
        logoPart = mode == 0 ? tr("the chosen file, fitted into 440 × 82")
                             : tr("the chosen file, at its original size");
    else if (m_state && m_state->logo().isCustom)
        logoPart = tr("the room's custom logo (drawn as a placeholder)");
    else
        logoPart = tr("the room's default logo");
    QString backgroundPart;
    if (background.ok())
        backgroundPart = tr("the chosen file");
    else if (m_state && m_state->background().isCustom)
        backgroundPart = tr("the room's custom background (not drawn)");
    else
        backgroundPart = tr("the room's default background");
    const QString caption = tr("Logo: %1. Background: %2.").arg(logoPart, backgroundPart);
    m_ui->previewCaptionLabel->setText(caption);
    m_ui->screenPreview->setAccessibleDescription(caption);
}

QString BrandingPanel::pageTitle() const
{
    return tr("Branding");
}

QIcon BrandingPanel::pageIcon() const
{
    return SvgIcon::icon(u"image"_s);
}
