// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "simdatacontainers.h"

#include <QJsonArray>

#include <utility>

using namespace Qt::StringLiterals;

namespace {

//! The container a request names; empty when it names none usable.
QString containerOf(const QJsonObject &request)
{
    const QString name = request.value(u"containerName"_s).toString();
    if (name.trimmed().isEmpty() || name.size() > SimDataContainers::kMaxNameLength)
        return {};
    return name;
}

} // namespace

SimDataContainers::SimDataContainers(SimHost &host, std::function<void()> flush)
    : m_host(host)
    , m_flush(std::move(flush))
{ }

SimCommandTable SimDataContainers::commands()
{
    return {
        { u"saveData"_s,
          [this](const QJsonObject &r) {
              return saveData(r);
          } },
        { u"loadData"_s,
          [this](const QJsonObject &r) {
              return loadData(r);
          } },
        { u"deleteData"_s,
          [this](const QJsonObject &r) {
              return deleteData(r);
          } },
        { u"getAllUserContainersNames"_s,
          [this](const QJsonObject &) {
              return SimOutcome::ok(
                  { { u"containersNames"_s, QJsonArray::fromStringList(names()) } });
          } },
    };
}

QString SimDataContainers::data(const QString &containerName) const
{
    return m_containers.value(containerName);
}

bool SimDataContainers::contains(const QString &containerName) const
{
    return m_containers.contains(containerName);
}

QStringList SimDataContainers::names() const
{
    return m_containers.keys();
}

bool SimDataContainers::save(const QString &containerName, const QString &data,
                             const QString &flags)
{
    const bool saved
        = saveData(
              { { u"containerName"_s, containerName }, { u"data"_s, data }, { u"flags"_s, flags } })
              .isOk();
    if (m_flush)
        m_flush();
    return saved;
}

SimOutcome SimDataContainers::saveData(const QJsonObject &request)
{
    const QString name = containerOf(request);
    const QJsonValue data = request.value(u"data"_s);
    if (name.isEmpty() || !data.isString() || data.toString().toUtf8().size() > kMaxDataBytes
        || (!m_containers.contains(name) && m_containers.size() >= kMaxContainers))
        return SimOutcome::fail(SimError::invalidParameters());
    m_containers.insert(name, data.toString());
    m_host.emitEvent(u"dataSaved"_s,
                     { { u"containerName"_s, name },
                       { u"data"_s, data.toString() },
                       { u"flag"_s, request.value(u"flags"_s).toString() } });
    return SimOutcome::ok();
}

SimOutcome SimDataContainers::loadData(const QJsonObject &request) const
{
    const QString name = containerOf(request);
    if (name.isEmpty())
        return SimOutcome::fail(SimError::invalidParameters());
    return SimOutcome::ok(
        { { u"containerName"_s, name }, { u"data"_s, m_containers.value(name) } });
}

SimOutcome SimDataContainers::deleteData(const QJsonObject &request)
{
    const QString name = containerOf(request);
    if (name.isEmpty())
        return SimOutcome::fail(SimError::invalidParameters());
    if (m_containers.remove(name) > 0)
        m_host.emitEvent(u"dataDeleted"_s, { { u"containerName"_s, name } });
    return SimOutcome::ok();
}
