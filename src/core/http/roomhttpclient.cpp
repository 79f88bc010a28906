// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "roomhttpclient.h"

#include "core/controller/roomcontroller.h"
#include "core/logging.h"

#include <QFile>
#include <QFileInfo>
#include <QHttpMultiPart>
#include <QLocale>
#include <QMimeDatabase>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {

const QString kTokenMethod = u"getTokenForHttpServer"_s;

//! The URL for a log line: every secret query value (token=...) becomes "***".
QString loggableUrl(const QUrl &url)
{
    const QUrlQuery query(url);
    QUrlQuery safe;
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items)
        safe.addQueryItem(key, Redact::isSecretKey(key) ? u"***"_s : value);
    QUrl copy(url);
    copy.setQuery(safe);
    return copy.toString();
}

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes);
}

//! A file name made safe for a quoted Content-Disposition parameter.
QByteArray dispositionName(const QString &fileName)
{
    QByteArray name = fileName.toUtf8();
    name.replace('\\', "\\\\").replace('"', "\\\"").replace('\r', ' ').replace('\n', ' ');
    return name;
}

} // namespace

RoomHttpClient::RoomHttpClient(RoomController *controller, QObject *parent)
    : QObject(parent)
    , m_controller(controller)
    , m_network(new QNetworkAccessManager(this))
{
    // Rooms sit on the local network; a proxy from the environment would only get in the way.
    m_network->setProxy(QNetworkProxy::NoProxy);
}

RoomHttpClient::~RoomHttpClient()
{
    dropReply();
}

QString RoomHttpClient::fileProblem(const QString &path, qint64 maxBytes, Error *kind)
{
    Error error = Error::None;
    QString text;
    const QFileInfo info(path);
    // The name, as everywhere else the operator sees a file; the folder is theirs to know.
    const QString name = info.fileName().isEmpty() ? path : info.fileName();
    if (path.isEmpty()) {
        error = Error::FileUnreadable;
        text = tr("No file given");
    } else if (!info.exists()) {
        error = Error::FileUnreadable;
        text = tr("“%1” does not exist").arg(name);
    } else if (!info.isFile()) {
        error = Error::FileUnreadable;
        text = tr("“%1” is not a regular file").arg(name);
    } else if (!info.isReadable()) {
        error = Error::FileUnreadable;
        text = tr("“%1” cannot be read (no permission)").arg(name);
    } else if (info.size() == 0) {
        error = Error::FileEmpty;
        text = tr("“%1” is empty").arg(name);
    } else if (info.size() > maxBytes) {
        error = Error::FileTooLarge;
        text = tr("“%1” is too large to upload: %2, the limit is %3")
                   .arg(name, sizeText(info.size()), sizeText(maxBytes));
    }
    if (kind)
        *kind = error;
    return text;
}

bool RoomHttpClient::uploadFile(const QString &path)
{
    if (m_busy)
        return false;
    Error kind = Error::None;
    QString problem = fileProblem(path, m_maxBytes, &kind);
    QByteArray data;
    if (problem.isEmpty()) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly)) {
            // One byte more than allowed tells a file that grew since the check.
            data = file.read(m_maxBytes + 1);
            if (data.isEmpty() && file.error() != QFileDevice::NoError) {
                kind = Error::FileUnreadable;
                problem = tr("Cannot read “%1”: %2")
                              .arg(QFileInfo(path).fileName(), file.errorString());
            }
        } else {
            kind = Error::FileUnreadable;
            problem
                = tr("Cannot open “%1”: %2").arg(QFileInfo(path).fileName(), file.errorString());
        }
    }
    if (!problem.isEmpty()) {
        m_busy = true;
        ++m_generation;
        failLater(kind, problem);
        return true;
    }
    const QString mime = QMimeDatabase().mimeTypeForFileNameAndData(path, data).name();
    return uploadData(data, QFileInfo(path).fileName(), mime);
}

bool RoomHttpClient::uploadData(const QByteArray &data, const QString &fileName,
                                const QString &mimeType)
{
    if (m_busy)
        return false;
    m_busy = true;
    ++m_generation;
    m_retried = false;
    m_data = data;
    m_fileName = fileName.isEmpty() ? u"upload.bin"_s : fileName;
    m_mimeType = mimeType.isEmpty() ? u"application/octet-stream"_s : mimeType;
    if (data.isEmpty())
        failLater(Error::FileEmpty, tr("Nothing to upload: “%1” is empty").arg(m_fileName));
    else if (data.size() > m_maxBytes)
        failLater(Error::FileTooLarge,
                  tr("“%1” is too large to upload: %2, the limit is %3")
                      .arg(m_fileName, sizeText(data.size()), sizeText(m_maxBytes)));
    else
        requestToken();
    return true;
}

void RoomHttpClient::cancel()
{
    if (m_busy)
        fail(Error::Cancelled, tr("The upload was cancelled"));
}

void RoomHttpClient::requestToken()
{
    if (!m_controller || !m_controller->isAuthenticated()) {
        failLater(Error::NotConnected, tr("Not signed in to a room"));
        return;
    }
    // A fresh token for every attempt: they live five minutes (room-api.md §3.4).
    const quint64 generation = m_generation;
    m_controller->sendRequest(
        kTokenMethod, {}, this,
        [this, generation](const RequestOutcome &outcome) { onToken(generation, outcome); });
}

void RoomHttpClient::onToken(quint64 generation, const RequestOutcome &outcome)
{
    if (!m_busy || generation != m_generation)
        return; // the upload was cancelled meanwhile
    switch (outcome.status) {
    case RequestOutcome::Status::Reply: {
        const QString token = outcome.reply.value(u"token"_s).toString();
        if (token.isEmpty())
            fail(Error::TokenRefused, tr("The room sent no token for its HTTP server"));
        else
            post(token);
        return;
    }
    case RequestOutcome::Status::ErrorReply:
        fail(Error::TokenRefused,
             tr("The room refused a token for its HTTP server: %1").arg(outcome.errorText));
        return;
    case RequestOutcome::Status::Timeout:
        fail(Error::Timeout,
             tr("The room did not send a token for its HTTP server: %1").arg(outcome.errorText));
        return;
    case RequestOutcome::Status::Disconnected:
    case RequestOutcome::Status::RefusedLocally:
        fail(Error::NotConnected, outcome.errorText);
        return;
    }
}

void RoomHttpClient::post(const QString &token)
{
    const QString host = m_controller ? m_controller->webSocketUrl().host() : QString();
    const quint16 port = m_controller ? m_controller->httpPort() : 0;
    if (host.isEmpty() || port == 0) {
        fail(Error::NotConnected, tr("The room has not reported its HTTP server port"));
        return;
    }
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(host);
    url.setPort(port);
    url.setPath(u"/files/"_s);
    QUrlQuery query;
    query.addQueryItem(u"token"_s, QString::fromLatin1(QUrl::toPercentEncoding(token)));
    url.setQuery(query);
    m_token = token;

    QNetworkRequest request(url);
    request.setTransferTimeout(m_transferTimeoutMs);
    auto *multiPart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    QHttpPart part;
    part.setHeader(QNetworkRequest::ContentTypeHeader, m_mimeType);
    part.setRawHeader("Content-Disposition",
                      "form-data; name=\"file\"; filename=\"" + dispositionName(m_fileName) + '"');
    part.setBody(m_data);
    multiPart->append(part);

    qCInfo(lcHttp).noquote() << "POST" << loggableUrl(url) << "-" << m_fileName << m_data.size()
                             << "bytes" << (m_retried ? "(retry after HTTP 401)" : "");
    m_reply = m_network->post(request, multiPart);
    multiPart->setParent(m_reply);
    connect(m_reply, &QNetworkReply::uploadProgress, this, [this](qint64 sent, qint64 total) {
        // Qt closes every upload with a (0, 0) report, which would read as "back to zero".
        if (total > 0)
            Q_EMIT uploadProgress(sent, total);
    });
    connect(m_reply, &QNetworkReply::finished, this, &RoomHttpClient::onReplyFinished);
}

void RoomHttpClient::onReplyFinished()
{
    QNetworkReply *reply = m_reply.data();
    if (!reply)
        return;
    m_reply.clear();
    reply->deleteLater();

    const QUrl url = reply->url();
    const QString where = url.host() + u':' + QString::number(url.port());
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    qCInfo(lcHttp).noquote() << "HTTP" << status << "from" << loggableUrl(url);

    if (status == 401) {
        if (!m_retried) {
            // The token may have expired in flight; one fresh token settles that.
            m_retried = true;
            requestToken();
            return;
        }
        fail(Error::Unauthorized,
             tr("The room's HTTP server at %1 refused the upload (HTTP 401) twice, each time "
                "with a fresh token")
                 .arg(where));
        return;
    }
    if (status == 0) {
        const QNetworkReply::NetworkError error = reply->error();
        // cancel() disconnects the reply before aborting it, so a cancellation seen here is
        // the transfer timeout.
        if (error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError)
            fail(Error::Timeout,
                 tr("The upload to %1 stalled: nothing moved for %2 s")
                     .arg(where)
                     .arg(m_transferTimeoutMs / 1000.0, 0, 'g', 3));
        else
            fail(Error::NetworkError,
                 tr("Cannot reach the room's HTTP server at %1: %2")
                     .arg(where, reply->errorString()));
        return;
    }
    if (status < 200 || status >= 300) {
        const QString body = QString::fromUtf8(reply->read(200)).simplified();
        QString text = tr("The room's HTTP server at %1 refused the upload (HTTP %2)")
                           .arg(where)
                           .arg(status);
        if (!body.isEmpty())
            text += u": "_s + body;
        fail(Error::HttpError, text);
        return;
    }
    bool ok = false;
    const int fileId = reply->rawHeader("FileId").trimmed().toInt(&ok);
    if (!ok || fileId < 0) {
        fail(Error::BadResponse,
             tr("The room's HTTP server at %1 accepted the upload but sent no FileId").arg(where));
        return;
    }
    succeed(fileId);
}

void RoomHttpClient::succeed(int fileId)
{
    qCInfo(lcHttp) << "stored as FileId" << fileId;
    m_busy = false;
    ++m_generation;
    m_token.clear();
    m_data.clear();
    Q_EMIT finished(fileId);
}

void RoomHttpClient::fail(Error kind, const QString &text)
{
    // Qt's network error texts quote the URL, and with it the token.
    const QString safe = Redact::text(text, m_token);
    m_busy = false;
    ++m_generation;
    m_token.clear();
    m_data.clear();
    dropReply();
    qCInfo(lcHttp).noquote() << "upload failed:" << kind << safe;
    Q_EMIT failed(kind, safe);
}

void RoomHttpClient::failLater(Error kind, const QString &text)
{
    const quint64 generation = m_generation;
    QTimer::singleShot(0, this, [this, generation, kind, text] {
        if (m_busy && generation == m_generation)
            fail(kind, text);
    });
}

void RoomHttpClient::dropReply()
{
    if (QNetworkReply *reply = m_reply.data()) {
        m_reply.clear();
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}
