// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "roomdatacontainer.h"

#include "core/controller/requestending.h"
#include "core/controller/roomcontroller.h"
#include "core/logging.h"
#include "core/protocol/message.h"
#include "core/roomtext.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QTimer>
#include <QUuid>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

const QString kVersionKey = u"version"_s;
const QString kRevisionKey = u"revision"_s;
const QString kWriterKey = u"writer"_s;

} // namespace

RoomDataContainer::RoomDataContainer(const QString &containerName, QObject *parent)
    : QObject(parent)
    , m_name(containerName)
    , m_writer(QUuid::createUuid().toString(QUuid::WithoutBraces))
{ }

void RoomDataContainer::setController(RoomController *controller)
{
    m_controller = controller;
}

QString RoomDataContainer::encode(const QJsonObject &payload, int revision, const QString &writer)
{
    QJsonObject o = payload;
    o.insert(kVersionKey, kVersion);
    o.insert(kRevisionKey, revision);
    o.insert(kWriterKey, writer);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

void RoomDataContainer::setState(State state, const QString &problem)
{
    if (m_state == state && m_problem == problem)
        return;
    m_state = state;
    m_problem = problem;
    Q_EMIT stateChanged();
}

void RoomDataContainer::load()
{
    if (!m_controller || !m_controller->isAuthenticated())
        return;
    m_controller->sendRequest(
        u"loadData"_s, { { u"containerName"_s, m_name } }, this, [this](const RequestOutcome &o) {
            if (!o.ok()) {
                setState(State::LoadFailed,
                         tr("The room's shared data “%1” could not be read: %2")
                             .arg(m_name, RoomText::bounded(o.errorText)));
                return;
            }
            const QJsonValue data = o.reply.value(u"data"_s);
            if (!data.isString() && !data.isUndefined() && !data.isNull()) {
                setState(State::Unreadable,
                         tr("The room's shared data “%1” is not text; RoomDeck leaves it as it "
                            "is.")
                             .arg(m_name));
                return;
            }
            apply(data.toString(), false);
        });
}

void RoomDataContainer::forget()
{
    const bool had = !m_payload.isEmpty();
    m_payload = {};
    m_revision = 0;
    m_savesInFlight = 0;
    m_lastEdit = {};
    m_lastEditRevision = -1;
    setState(State::Unknown);
    if (had)
        Q_EMIT payloadChanged();
}

bool RoomDataContainer::handleEvent(const RoomMessage &event)
{
    if (event.body.value(u"containerName"_s).toString() != m_name)
        return false;
    if (event.event == u"dataDeleted"_s) {
        apply({}, true);
        return true;
    }
    if (event.event != u"dataSaved"_s)
        return false;
    apply(event.body.value(u"data"_s).toString(), true);
    return true;
}

void RoomDataContainer::apply(const QString &text, bool fromEvent)
{
    QJsonObject payload;
    int revision = 0;
    QString writer;
    if (!text.trimmed().isEmpty()) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
        const QJsonValue version = doc.object().value(kVersionKey);
        QString problem;
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            problem = tr("The room's shared data “%1” is not in RoomDeck's format; RoomDeck "
                         "leaves it as it is.")
                          .arg(m_name);
        else if (!version.isDouble() || version.toDouble() != std::floor(version.toDouble()))
            problem = tr("The room's shared data “%1” has no format version; RoomDeck leaves "
                         "it as it is.")
                          .arg(m_name);
        else if (version.toInt() > kVersion)
            problem = tr("The room's shared data “%1” was written by a newer RoomDeck (format "
                         "%2); this one leaves it as it is.")
                          .arg(m_name)
                          .arg(version.toInt());
        payload = doc.object();
        for (const QString &key : { kVersionKey, kRevisionKey, kWriterKey })
            payload.remove(key);
        if (problem.isEmpty() && m_validator) {
            const QString why = m_validator(payload);
            if (!why.isEmpty())
                problem = tr("The room's shared data “%1” cannot be read (%2); RoomDeck leaves "
                             "it as it is.")
                              .arg(m_name, RoomText::bounded(why, 200));
        }
        if (!problem.isEmpty()) {
            qCWarning(lcController) << "container" << m_name << "unreadable:" << problem;
            m_payload = {};
            m_lastEdit = {};
            setState(State::Unreadable, problem);
            Q_EMIT payloadChanged();
            return;
        }
        revision = doc.object().value(kRevisionKey).toInt(0);
        writer = doc.object().value(kWriterKey).toString();
    }

    // Another console's document: did it overwrite our last edit (same base revision)?
    Edit replay;
    if (fromEvent && writer != m_writer) {
        if (m_savesInFlight == 0 && m_lastEdit && revision == m_lastEditRevision)
            replay = m_lastEdit;
        if (m_savesInFlight == 0) {
            m_lastEdit = {};
            m_lastEditRevision = -1;
        }
    }
    const bool changed = m_payload != payload || m_state != State::Ready;
    const bool stateChanging = m_state != State::Ready || !m_problem.isEmpty();
    m_payload = payload;
    m_revision = revision;
    m_state = State::Ready;
    m_problem.clear();
    // The payload first: whoever hears "ready" reads the new one.
    if (changed)
        Q_EMIT payloadChanged();
    if (stateChanging)
        Q_EMIT stateChanged();
    if (replay) {
        const EditResult again = replay(m_payload);
        if (again.refusal.isEmpty() && again.payload != m_payload) {
            qCInfo(lcController) << "container" << m_name
                                 << "was overwritten by another console; saving our edit again";
            save(again.payload, replay, nullptr, {});
        }
    }
}

void RoomDataContainer::refuseLater(const QString &text, QObject *context,
                                    PendingRequests::Callback done)
{
    RequestEnding::refuseLater(this, u"saveData"_s, text, context, std::move(done));
}

quint64 RoomDataContainer::edit(Edit edit, QObject *context, PendingRequests::Callback done)
{
    if (!m_controller || !m_controller->isAuthenticated()) {
        refuseLater(tr("Not connected to a room"), context, std::move(done));
        return 0;
    }
    if (m_state != State::Ready) {
        refuseLater(m_state == State::Unknown ? tr("The room's shared data has not been read yet")
                                              : m_problem,
                    context, std::move(done));
        return 0;
    }
    const EditResult result = edit(m_payload);
    if (!result.refusal.isEmpty()) {
        refuseLater(result.refusal, context, std::move(done));
        return 0;
    }
    return save(result.payload, std::move(edit), context, std::move(done));
}

quint64 RoomDataContainer::overwrite(const QJsonObject &payload, QObject *context,
                                     PendingRequests::Callback done)
{
    if (!m_controller || !m_controller->isAuthenticated()) {
        refuseLater(tr("Not connected to a room"), context, std::move(done));
        return 0;
    }
    return save(payload, {}, context, std::move(done));
}

quint64 RoomDataContainer::save(const QJsonObject &payload, Edit replay, QObject *context,
                                PendingRequests::Callback done)
{
    const int revision = m_revision + 1;
    const QString text = encode(payload, revision, m_writer);
    ++m_savesInFlight;
    const bool hasContext = context != nullptr;
    QPointer<QObject> guard(context);
    return m_controller->sendRequest(
        u"saveData"_s,
        { { u"containerName"_s, m_name }, { u"data"_s, text }, { u"flags"_s, QString() } }, this,
        [this, text, revision, replay, guard, hasContext, done](const RequestOutcome &o) {
            m_savesInFlight = std::max(0, m_savesInFlight - 1);
            if (o.ok()) {
                // What the room holds now, whether or not its dataSaved comes back to us.
                apply(text, false);
                m_lastEdit = replay;
                m_lastEditRevision = replay ? revision : -1;
            }
            if (done && (guard || !hasContext))
                done(o);
        });
}
