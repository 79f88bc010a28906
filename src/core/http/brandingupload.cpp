// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "brandingupload.h"

#include "core/controller/roomcontroller.h"
#include "core/logging.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

BrandingUpload::BrandingUpload(RoomController *controller, QObject *parent)
    : QObject(parent)
    , m_controller(controller)
    , m_http(new RoomHttpClient(controller, this))
{
    connect(m_http, &RoomHttpClient::uploadProgress, this, &BrandingUpload::progress);
    connect(m_http, &RoomHttpClient::finished, this, &BrandingUpload::onUploaded);
    connect(m_http, &RoomHttpClient::failed, this, &BrandingUpload::onUploadFailed);
}

BrandingUpload::~BrandingUpload() = default;

void BrandingUpload::setMaxUploadBytes(qint64 bytes)
{
    m_http->setMaxUploadBytes(bytes);
}

qint64 BrandingUpload::maxUploadBytes() const
{
    return m_http->maxUploadBytes();
}

void BrandingUpload::setTransferTimeout(int msecs)
{
    m_http->setTransferTimeout(msecs);
}

QString BrandingUpload::applyMethod(Target target)
{
    return target == Target::Logo ? u"setLogo"_s : u"setBackground"_s;
}

bool BrandingUpload::begin(Target target, int logoMode)
{
    if (isBusy() || !m_controller || m_http->isBusy())
        return false;
    m_target = target;
    m_logoMode = logoMode == 1 ? 1 : 0;
    m_uploadError = RoomHttpClient::Error::None;
    m_applyStatus = RequestOutcome::Status::Reply;
    setStage(Stage::Uploading);
    return true;
}

bool BrandingUpload::start(Target target, const QString &path, int logoMode)
{
    if (!begin(target, logoMode))
        return false;
    m_http->uploadFile(path);
    return true;
}

bool BrandingUpload::startData(Target target, const QByteArray &data, const QString &fileName,
                               const QString &mimeType, int logoMode)
{
    if (!begin(target, logoMode))
        return false;
    m_http->uploadData(data, fileName, mimeType);
    return true;
}

void BrandingUpload::cancel()
{
    if (m_stage == Stage::Uploading)
        m_http->cancel();
}

void BrandingUpload::onUploaded(int fileId)
{
    if (m_stage != Stage::Uploading)
        return;
    if (!m_controller) {
        onUploadFailed(RoomHttpClient::Error::NotConnected, tr("Not signed in to a room"));
        return;
    }
    setStage(Stage::Applying);
    QJsonObject params { { u"fileId"_s, fileId } };
    if (m_target == Target::Logo)
        params.insert(u"mode"_s, m_logoMode);
    m_controller->sendRequest(
        applyMethod(m_target), params, this,
        [this, fileId](const RequestOutcome &outcome) { onApplied(fileId, outcome); });
}

void BrandingUpload::onApplied(int fileId, const RequestOutcome &outcome)
{
    if (m_stage != Stage::Applying)
        return;
    const Target target = m_target;
    m_applyStatus = outcome.status;
    setStage(Stage::Idle);
    if (outcome.ok()) {
        qCInfo(lcHttp) << applyMethod(target) << "applied file" << fileId;
        Q_EMIT succeeded(target, fileId);
        return;
    }
    const QString text = target == Target::Logo
        ? tr("The room stored the image (file %1) but did not take it as its logo: %2")
        : tr("The room stored the image (file %1) but did not take it as its background: %2");
    Q_EMIT failed(target, text.arg(fileId).arg(outcome.errorText), false);
}

void BrandingUpload::onUploadFailed(RoomHttpClient::Error kind, const QString &text)
{
    if (m_stage != Stage::Uploading)
        return;
    const Target target = m_target;
    m_uploadError = kind;
    setStage(Stage::Idle);
    Q_EMIT failed(target, text, kind == RoomHttpClient::Error::Cancelled);
}

void BrandingUpload::setStage(Stage stage)
{
    if (m_stage == stage)
        return;
    m_stage = stage;
    Q_EMIT stageChanged(stage);
}
