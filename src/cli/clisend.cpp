// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "clisend.h"

#include "cli/cliformat.h"
#include "core/controller/roomcontroller.h"
#include "core/logging.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

//! The requestId of a frame as text ("" when none or not JSON).
QString requestIdOf(const QByteArray &frame)
{
    const QJsonObject o = QJsonDocument::fromJson(frame).object();
    const QJsonValue id = o.value(u"requestId"_s);
    return id.isString() ? id.toString() : id.isDouble() ? id.toVariant().toString() : QString();
}

} // namespace

CliSend::CliSend(RoomController *controller, const CliOptions &options, Write write,
                 Succeeded succeeded, Failed failed, QObject *parent)
    : QObject(parent)
    , m_controller(controller)
    , m_options(options)
    , m_write(std::move(write))
    , m_succeeded(std::move(succeeded))
    , m_failed(std::move(failed))
{ }

void CliSend::run()
{
    if (m_options.raw) {
        connect(m_controller, &RoomController::frameSent, this, &CliSend::onFrameSent);
        connect(m_controller, &RoomController::frameReceived, this, &CliSend::onFrameReceived);
    }
    connect(m_controller, &RoomController::requestFinished, this, &CliSend::onRequestFinished);
    m_sending = true;
    m_handle = m_controller->sendRequest(m_options.method, m_options.params);
}

void CliSend::onFrameSent(const QByteArray &frame)
{
    // The request's frame: the first one of its method once run() has sent it (the frame
    // may go out inside sendRequest(), before its handle is known).
    if (m_done || !m_sending)
        return;
    const QJsonObject o = QJsonDocument::fromJson(frame).object();
    if (o.value(u"method"_s).toString() != m_options.method)
        return;
    m_sending = false;
    m_requestId = requestIdOf(frame);
    m_write(frameLine(true, frame));
}

void CliSend::onFrameReceived(const QByteArray &frame)
{
    if (m_done || m_requestId.isEmpty() || requestIdOf(frame) != m_requestId)
        return;
    m_write(frameLine(false, frame));
}

void CliSend::onRequestFinished(const RequestOutcome &outcome)
{
    if (m_done || outcome.id != m_handle)
        return;
    m_done = true;
    if (!outcome.ok()) {
        m_failed(outcome);
        return;
    }
    const QJsonObject safe = Redact::object(outcome.reply);
    m_write(m_options.json
                ? CliFormat::jsonLine(safe)
                : QString::fromUtf8(QJsonDocument(safe).toJson(QJsonDocument::Indented)));
    m_succeeded();
}

QString CliSend::frameLine(bool sent, const QByteArray &frame)
{
    return (sent ? u"-> "_s : u"<- "_s) + CliFormat::terminalSafe(Redact::frame(frame)) + u'\n';
}

QString CliSend::parseArguments(const QStringList &args, const QString &file, bool fileSet,
                                CliOptions *o)
{
    if (fileSet) {
        if (!args.isEmpty())
            return tr("send: give the request either as an argument or with --file, not both");
        if (file.isEmpty())
            return tr("send: --file takes a file name, or - for standard input");
        o->requestFile = file;
        return {};
    }
    if (args.size() != 1)
        return args.isEmpty()
            ? tr("send needs a request: send JSON or send --file FILE (try --help)")
            : tr("send takes one argument, got %1").arg(args.size());
    return takeRequest(args.first().toUtf8(), tr("the argument"), o);
}

QString CliSend::takeRequest(const QByteArray &json, const QString &source, CliOptions *o)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Line and column (from 1) of where the parser stopped, as an editor shows them.
        const QByteArray before = json.left(parseError.offset);
        const qsizetype line = before.count('\n') + 1;
        const qsizetype column = parseError.offset - (before.lastIndexOf('\n') + 1) + 1;
        return tr("send: %1 is not JSON: %2 at line %3, column %4")
            .arg(source, parseError.errorString())
            .arg(line)
            .arg(column);
    }
    if (!doc.isObject())
        return tr("send: %1 must be a JSON object such as '{\"method\":\"getMicMute\"}'")
            .arg(source);
    QJsonObject request = doc.object();
    o->method = request.value(u"method"_s).toString();
    if (o->method.isEmpty())
        return tr("send: the request needs a \"method\" string");
    // roomdeckctl numbers its requests itself so that the reply can be matched.
    request.remove(u"method"_s);
    request.remove(u"requestId"_s);
    o->params = request;
    return {};
}

QString CliSend::readRequestFile(CliOptions *o, QIODevice *standardInput)
{
    const bool stdinFile = o->requestFile == u"-"_s;
    const QString name = stdinFile ? tr("standard input") : o->requestFile;
    QFile file;
    QIODevice *device = standardInput;
    if (!stdinFile) {
        file.setFileName(o->requestFile);
        if (!file.open(QIODevice::ReadOnly))
            return tr("send: cannot read %1: %2").arg(name, file.errorString());
        device = &file;
    } else if (!device || (!device->isOpen() && !device->open(QIODevice::ReadOnly))) {
        return tr("send: cannot read standard input");
    }
    // One byte more than the limit tells a file at the limit from a larger one.
    QByteArray json;
    while (json.size() <= kMaxRequestBytes) {
        const QByteArray chunk = device->read(kMaxRequestBytes + 1 - json.size());
        if (chunk.isEmpty())
            break; // the end (a pipe's read may return less than asked before it)
        json += chunk;
    }
    if (json.size() > kMaxRequestBytes)
        return tr("send: %1 is larger than %2 KiB").arg(name).arg(kMaxRequestBytes / 1024);
    if (json.trimmed().isEmpty())
        return tr("send: %1 is empty").arg(name);
    return takeRequest(json, name, o);
}
