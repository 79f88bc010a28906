// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "brandingimageeditor.h"

#include "ui_brandingimageeditor.h"

#include "core/controller/requestoutcome.h"
#include "core/controller/roomcontroller.h"
#include "core/http/roomhttpclient.h"
#include "core/logging.h"
#include "gui/presenters/dialogpresenter.h"
#include "gui/widgets/statuscolors.h"

#include <QDir>
#include <QLocale>
#include <QSettings>

using namespace Qt::StringLiterals;
using Target = BrandingUpload::Target;

namespace {

const auto kLastFolderKey = u"branding/lastFolder"_s;

} // namespace

BrandingImageEditor::BrandingImageEditor(QWidget *parent)
    : QGroupBox(parent)
    , m_ui(std::make_unique<Ui::BrandingImageEditor>())
{
    m_ui->setupUi(this);
    m_ui->progressBar->hide();
    m_ui->cancelButton->hide();
    m_ui->warningLabel->hide();
    m_ui->infoLabel->hide();
    m_ui->statusLabel->hide();
    m_ui->licenceLabel->hide();
    connect(m_ui->chooseButton, &QPushButton::clicked, this, &BrandingImageEditor::browse);
    connect(m_ui->uploadButton, &QPushButton::clicked, this, &BrandingImageEditor::startUpload);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &BrandingImageEditor::cancelUpload);
    connect(m_ui->resetButton, &QPushButton::clicked, this, &BrandingImageEditor::resetToDefault);
    connect(m_ui->fitRadio, &QRadioButton::toggled, this, [this] {
        updateWarning();
        Q_EMIT candidateChanged();
    });
}

BrandingImageEditor::~BrandingImageEditor() = default;

void BrandingImageEditor::setUp(Target target, RoomController *controller, BrandingState *state,
                                DialogPresenter *presenter)
{
    m_target = target;
    m_controller = controller;
    m_state = state;
    m_presenter = presenter;
    m_upload = new BrandingUpload(controller, this);

    const bool logo = target == Target::Logo;
    setTitle(logo ? tr("Logo") : tr("Main-screen background"));
    setObjectName(logo ? u"logoEditor"_s : u"backgroundEditor"_s);
    m_ui->modeCaptionLabel->setVisible(logo);
    m_ui->fitRadio->setVisible(logo);
    m_ui->originalRadio->setVisible(logo);
    m_ui->resetButton->setAccessibleDescription(
        logo ? tr("Puts the room's default logo back")
             : tr("Puts the room's default background back"));
    if (!logo) {
        // Both editors share one page: the background's Alt+letters differ from the logo's,
        // and its hidden fit/original choice takes none.
        m_ui->fileCaptionLabel->setText(tr("Ima&ge file:"));
        m_ui->uploadButton->setText(tr("Upload and &Apply"));
        m_ui->resetButton->setText(tr("Reset to Defau&lt…"));
        m_ui->fitRadio->setText(m_ui->fitRadio->accessibleName());
        m_ui->originalRadio->setText(m_ui->originalRadio->accessibleName());
    }

    connect(m_upload, &BrandingUpload::stageChanged, this, &BrandingImageEditor::onStage);
    connect(m_upload, &BrandingUpload::progress, this, [this](qint64 sent, qint64 total) {
        // Percent keeps the bar's range in int for any file size.
        m_ui->progressBar->setRange(0, 100);
        m_ui->progressBar->setValue(total > 0 ? int(sent * 100 / total) : 0);
        m_ui->progressBar->setFormat(tr("%p% of %1").arg(QLocale().formattedDataSize(total)));
    });
    connect(m_upload, &BrandingUpload::succeeded, this, [this](Target, int fileId) {
        const QString text = m_target == Target::Logo
            ? tr("The room now shows %1 as its logo (file %2).")
                  .arg(m_candidate.fileName)
                  .arg(fileId)
            : tr("The room now shows %1 as its background (file %2).")
                  .arg(m_candidate.fileName)
                  .arg(fileId);
        setStatus(text, false);
        Q_EMIT operationFinished(true, text);
    });
    connect(m_upload, &BrandingUpload::failed, this,
            [this](Target, const QString &text, bool cancelled) {
                const QString shown = cancelled
                    ? tr("Upload cancelled; the room still shows what it showed before.")
                    : tr("Not changed: %1").arg(text);
                setStatus(shown, !cancelled);
                Q_EMIT operationFinished(false, shown);
            });
    if (state) {
        connect(state, logo ? &BrandingState::logoChanged : &BrandingState::backgroundChanged, this,
                &BrandingImageEditor::updateCurrent);
    }
    updateCurrent();
    updateEnabled();
}

int BrandingImageEditor::logoMode() const
{
    return m_ui->originalRadio->isChecked() ? 1 : 0;
}

void BrandingImageEditor::browse()
{
    if (!m_presenter)
        return;
    QSettings settings;
    const QString folder = settings.value(kLastFolderKey, QDir::homePath()).toString();
    const QString path = m_presenter->openFileName(
        this, m_target == Target::Logo ? tr("Choose a Logo") : tr("Choose a Background"), folder,
        tr("Images (*.png *.jpg *.jpeg);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(kLastFolderKey, QFileInfo(path).absolutePath());
    chooseFile(path);
}

void BrandingImageEditor::chooseFile(const QString &path)
{
    m_candidate = ImageFileCheck::inspect(
        path, m_upload ? m_upload->maxUploadBytes() : RoomHttpClient::kDefaultMaxUploadBytes);
    m_ui->fileEdit->setText(QFileInfo(path).fileName());
    m_ui->fileEdit->setToolTip(QDir::toNativeSeparators(path));
    if (m_candidate.ok()) {
        StatusColors::showMessage(m_ui->infoLabel, m_candidate.summary(),
                                  StatusColors::Tone::Neutral);
        setStatus({}, false);
    } else {
        StatusColors::showMessage(m_ui->infoLabel, m_candidate.problem, StatusColors::Tone::Bad);
        qCInfo(lcGui).noquote() << "image refused before upload:" << m_candidate.problem;
    }
    updateWarning();
    updateEnabled();
    Q_EMIT candidateChanged();
}

void BrandingImageEditor::updateWarning()
{
    QString warning;
    if (m_target == Target::Logo && m_candidate.ok() && m_candidate.exceedsLogoArea()) {
        const QSize area = ImageFileCheck::kLogoArea;
        if (logoMode() == 0) {
            const QSize shown = m_candidate.logoSizeFor(0);
            warning = tr("Larger than the %1 × %2 logo area: the room shrinks it to %3 × %4 px.")
                          .arg(area.width())
                          .arg(area.height())
                          .arg(shown.width())
                          .arg(shown.height());
        } else {
            warning = tr("At its original size the logo covers more than the %1 × %2 logo area.")
                          .arg(area.width())
                          .arg(area.height());
        }
    }
    StatusColors::showMessage(m_ui->warningLabel, warning, StatusColors::Tone::Busy);
}

void BrandingImageEditor::updateCurrent()
{
    if (!m_state) {
        m_ui->currentLabel->setText(tr("Not known yet"));
        return;
    }
    const BrandingState::Image image
        = m_target == Target::Logo ? m_state->logo() : m_state->background();
    m_ui->currentLabel->setText(m_target == Target::Logo ? BrandingState::logoText(image)
                                                         : BrandingState::backgroundText(image));
    m_ui->currentLabel->setToolTip(BrandingState::fileText(image));
    updateEnabled();
}

void BrandingImageEditor::setAllowed(bool allowed)
{
    m_allowed = allowed;
    updateEnabled();
}

void BrandingImageEditor::setLicenceBlocker(const QString &reason)
{
    m_licenceBlocker = reason;
    m_ui->licenceLabel->setText(
        reason.isEmpty() ? QString() : tr("%1: this room can't show its own image.").arg(reason));
    m_ui->licenceLabel->setVisible(!reason.isEmpty());
    updateEnabled();
}

void BrandingImageEditor::updateEnabled()
{
    const bool busy = (m_upload && m_upload->isBusy()) || m_resetHandle != 0;
    m_ui->chooseButton->setEnabled(!busy);
    m_ui->fitRadio->setEnabled(!busy);
    m_ui->originalRadio->setEnabled(!busy);
    m_ui->uploadButton->setEnabled(m_allowed && m_licenceBlocker.isEmpty() && !busy
                                   && m_candidate.ok());
    const bool custom = m_state
        && (m_target == Target::Logo ? m_state->logo().isCustom : m_state->background().isCustom);
    m_ui->resetButton->setEnabled(m_allowed && !busy && custom);
    m_ui->cancelButton->setEnabled(m_upload && m_upload->canCancel());
}

bool BrandingImageEditor::startUpload()
{
    if (!m_upload || !m_candidate.ok() || !m_allowed || !m_licenceBlocker.isEmpty())
        return false;
    m_ui->progressBar->setRange(0, 0); // busy until the token arrives and bytes move
    m_ui->progressBar->setValue(0);
    const bool started = m_upload->startData(m_target, m_candidate.data, m_candidate.fileName,
                                             m_candidate.mimeType, logoMode());
    if (started)
        setStatus(tr("Uploading %1…").arg(m_candidate.fileName), false);
    return started;
}

void BrandingImageEditor::cancelUpload()
{
    if (m_upload)
        m_upload->cancel();
}

void BrandingImageEditor::onStage(BrandingUpload::Stage stage)
{
    const bool running = stage != BrandingUpload::Stage::Idle;
    m_ui->progressBar->setVisible(running);
    m_ui->cancelButton->setVisible(running);
    if (stage == BrandingUpload::Stage::Applying) {
        m_ui->progressBar->setRange(0, 100);
        m_ui->progressBar->setValue(100);
        setStatus(m_target == Target::Logo
                      ? tr("Uploaded; asking the room to show the logo…")
                      : tr("Uploaded; asking the room to show the background…"),
                  false);
    }
    updateEnabled();
}

void BrandingImageEditor::resetToDefault()
{
    if (!m_controller || !m_presenter || m_resetHandle != 0)
        return;
    const bool logo = m_target == Target::Logo;
    if (!m_presenter->confirm(this, logo ? tr("Reset Logo") : tr("Reset Background"),
                              logo ? tr("Remove the custom logo and show the room's default logo?")
                                   : tr("Remove the custom background and show the room's "
                                        "default background?")))
        return;
    if (!m_state)
        return;
    m_resetHandle = m_state->resetToDefault(
        logo ? BrandingState::Target::Logo : BrandingState::Target::Background, this,
        [this, logo](const RequestOutcome &o) {
            m_resetHandle = 0;
            const QString text = o.ok()
                ? (logo ? tr("The room shows its default logo again.")
                        : tr("The room shows its default background again."))
                : tr("Not reset: %1").arg(o.errorText);
            setStatus(text, !o.ok());
            updateEnabled();
            Q_EMIT operationFinished(o.ok(), text);
        });
    updateEnabled();
}

void BrandingImageEditor::setStatus(const QString &text, bool problem)
{
    StatusColors::showMessage(m_ui->statusLabel, text,
                              problem ? StatusColors::Tone::Bad : StatusColors::Tone::Neutral);
    m_ui->statusLabel->setAccessibleName(text);
}
