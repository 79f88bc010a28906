// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "clicamera.h"

#include "cli/cliformat.h"
#include "core/models/cameracontrol.h"
#include "core/session/roomsession.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

CliCamera::CliCamera(RoomController *controller, const CliOptions &options, Succeeded succeeded,
                     Failed failed, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_session(new RoomSession(controller, RoomSession::Parts::None, this))
    , m_camera(new CameraControl(this))
    , m_succeeded(std::move(succeeded))
    , m_failed(std::move(failed))
{ }

CliCamera::~CliCamera()
{
    // The part goes before the session it is attached to.
    delete m_camera;
}

void CliCamera::run()
{
    // Attached to a signed-in session the part reads the camera and its presets at once.
    m_session->attach(m_camera);
    m_camera->refreshPresets([this](const RequestOutcome &o) {
        if (o.ok())
            onPresets();
        else
            m_failed(o);
    });
}

QJsonObject CliCamera::presetJson(const QString &id, const QString &name) const
{
    return { { u"id"_s, id }, { u"name"_s, name } };
}

void CliCamera::refuse(const QString &method, const QString &why)
{
    RequestOutcome o;
    o.method = method;
    o.status = RequestOutcome::Status::RefusedLocally;
    o.errorText = why;
    m_failed(o);
}

void CliCamera::onPresets()
{
    using Action = CliOptions::PresetAction;
    const QString name = m_options.presetName;
    const QString id = name.isEmpty() ? QString() : m_camera->presetIdByName(name);
    switch (m_options.presetAction) {
    case Action::List: {
        QJsonArray presets;
        QList<QStringList> rows;
        for (const CameraControl::Preset &p : m_camera->presets()) {
            presets.append(presetJson(p.id, p.name));
            rows.append({ p.id, p.name });
        }
        const QString human = rows.isEmpty()
            ? tr("No camera presets.")
            : CliFormat::table({ tr("ID"), tr("NAME") }, rows).trimmed();
        m_succeeded(human, { { u"presets"_s, presets } });
        return;
    }
    case Action::Apply:
        if (id.isEmpty()) {
            refuse(u"applyVideoCapturerPreset"_s,
                   tr("the room has no preset called “%1”").arg(name));
            return;
        }
        m_camera->applyPreset(id, [this, id](const RequestOutcome &o) {
            if (!o.ok())
                return m_failed(o);
            QString shown;
            for (const CameraControl::Preset &p : m_camera->presets())
                if (p.id == id)
                    shown = p.name;
            m_succeeded(tr("Applied camera preset “%1”.").arg(shown),
                        { { u"ok"_s, true }, { u"preset"_s, presetJson(id, shown) } });
        });
        return;
    case Action::Save:
        if (!id.isEmpty()) {
            m_camera->updatePreset(id, [this, id, name](const RequestOutcome &o) {
                if (!o.ok())
                    return m_failed(o);
                m_succeeded(tr("Updated camera preset “%1” to the current position.").arg(name),
                            { { u"ok"_s, true },
                              { u"created"_s, false },
                              { u"preset"_s, presetJson(id, name) } });
            });
            return;
        }
        m_camera->addPreset(name, [this, name](const RequestOutcome &o) {
            if (!o.ok())
                return m_failed(o);
            // The room's reply may carry the new id (as a string or a number).
            const QJsonValue v = o.reply.value(u"presetId"_s);
            const QString newId = v.isDouble() ? QString::number(v.toInteger()) : v.toString();
            m_succeeded(tr("Saved the current position as camera preset “%1”.").arg(name),
                        { { u"ok"_s, true },
                          { u"created"_s, true },
                          { u"preset"_s, presetJson(newId, name) } });
        });
        return;
    }
}
