// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "brandingstate.h"

#include "core/controller/roomcontroller.h"

using namespace Qt::StringLiterals;

BrandingState::BrandingState(QObject *parent)
    : QObject(parent)
{ }

BrandingState::Image BrandingState::parse(const QJsonObject &o)
{
    Image i;
    i.known = true;
    i.isCustom = o.value(u"isCustomImage"_s).toBool(false);
    if (i.isCustom) {
        i.fileId = o.value(u"fileId"_s).toInt(-1);
        i.mode = o.value(u"mode"_s).toInt(0);
    }
    return i;
}

QString BrandingState::modeText(int mode)
{
    switch (mode) {
    case 0:
        return tr("fitted into 440×82 at the lower left");
    case 1:
        return tr("shown at its original size");
    default:
        return tr("mode %1").arg(mode);
    }
}

QString BrandingState::logoText(const Image &logo)
{
    if (!logo.known)
        return tr("Not known yet");
    if (!logo.isCustom)
        return tr("Default logo");
    return tr("Custom logo (%1)").arg(modeText(logo.mode));
}

QString BrandingState::fileText(const Image &image)
{
    if (!image.known || !image.isCustom || image.fileId < 0)
        return {};
    return tr("Stored on the room as file %1").arg(image.fileId);
}

QString BrandingState::backgroundText(const Image &background)
{
    if (!background.known)
        return tr("Not known yet");
    if (!background.isCustom)
        return tr("Default background");
    return tr("Custom background");
}

quint64 BrandingState::resetToDefault(Target target, QObject *context,
                                      std::function<void(const RequestOutcome &)> done)
{
    if (!controller())
        return 0;
    return controller()->sendRequest(target == Target::Logo ? u"setDefaultLogo"_s
                                                            : u"setDefaultBackground"_s,
                                     {}, context, std::move(done));
}

QStringList BrandingState::roomEvents() const
{
    return { u"logoImageChanged"_s, u"backgroundImageChanged"_s };
}

void BrandingState::roleChanged(Room::Role role)
{
    if (role == Room::Role::Admin && controller()->isAuthenticated())
        refresh();
    if (role != Room::Role::Admin && m_logo.known) {
        m_logo = {}; // the logo is admin-only: a User session does not know it
        Q_EMIT logoChanged();
    }
}

void BrandingState::refresh()
{
    if (!controller() || !controller()->isAuthenticated())
        return;
    if (controller()->role() == Room::Role::Admin) {
        controller()->sendRequest(u"getLogo"_s, {}, this, [this](const RequestOutcome &o) {
            if (!o.ok())
                return;
            m_logo = parse(o.reply);
            Q_EMIT logoChanged();
        });
    }
    controller()->sendRequest(u"getBackground"_s, {}, this, [this](const RequestOutcome &o) {
        if (!o.ok())
            return;
        m_background = parse(o.reply);
        m_background.mode = 0;
        Q_EMIT backgroundChanged();
    });
}

void BrandingState::onEvent(const RoomMessage &event)
{
    if (event.event == u"logoImageChanged"_s) {
        m_logo = parse(event.body);
        Q_EMIT logoChanged();
    } else if (event.event == u"backgroundImageChanged"_s) {
        m_background = parse(event.body);
        m_background.mode = 0;
        Q_EMIT backgroundChanged();
    }
}
