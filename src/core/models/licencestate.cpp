// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "licencestate.h"

#include "core/controller/requestoutcome.h"
#include "core/controller/roomcontroller.h"
#include "core/protocol/message.h"
#include "core/roomtext.h"

using namespace Qt::StringLiterals;

namespace {

struct Known
{
    QString key;
    const char *label;
};

const QList<Known> &knownRestrictions()
{
    static const QList<Known> list = {
        { u"tariffName"_s, QT_TRANSLATE_NOOP("LicenceState", "Server account tariff") },
        { u"p2p"_s, QT_TRANSLATE_NOOP("LicenceState", "Video calls") },
        { u"createMulti"_s, QT_TRANSLATE_NOOP("LicenceState", "Create group conferences") },
        { u"symMaxNumber"_s,
          QT_TRANSLATE_NOOP("LicenceState", "Participants, all on screen (symmetric)") },
        { u"asymMaxNumber"_s,
          QT_TRANSLATE_NOOP("LicenceState", "Participants, video lecture (asymmetric)") },
        { u"roleMaxNumber"_s, QT_TRANSLATE_NOOP("LicenceState", "Participants, role-based") },
        { u"rlMaxNumber"_s, QT_TRANSLATE_NOOP("LicenceState", "Listeners, role-based") },
        { u"canUseSlideShow"_s, QT_TRANSLATE_NOOP("LicenceState", "Slideshow") },
        { u"canUseDesktopSharing"_s, QT_TRANSLATE_NOOP("LicenceState", "Screen sharing") },
        { u"canChangeAddressBook"_s, QT_TRANSLATE_NOOP("LicenceState", "Change the address book") },
        { u"canEditGroups"_s, QT_TRANSLATE_NOOP("LicenceState", "Edit address book groups") },
        { u"canUseDialer"_s, QT_TRANSLATE_NOOP("LicenceState", "Dial numbers") },
    };
    return list;
}

constexpr int kMaxUnknownRows = 20;

QString valueText(const QJsonValue &v)
{
    if (v.isBool())
        return v.toBool() ? LicenceState::tr("yes") : LicenceState::tr("no");
    if (v.isDouble())
        return QString::number(v.toDouble());
    if (v.isString())
        return RoomText::name(v.toString());
    return LicenceState::tr("(not readable)");
}

} // namespace

LicenceState::LicenceState(QObject *parent)
    : QObject(parent)
{ }

QStringList LicenceState::roomEvents() const
{
    return { u"licenseStatusChanged"_s, u"tariffRestrictionsChanged"_s };
}

void LicenceState::forgetRoom()
{
    m_licence = {};
    m_serverStatus = -1;
    m_restrictions = {};
    m_restrictionsFromRoom = false;
    Q_EMIT changed();
}

void LicenceState::refresh()
{
    if (!controller() || !controller()->isAuthenticated())
        return;
    // What getSystemInfo said at sign-in serves until getTariffRestrictions answers.
    const QJsonObject permissions
        = controller()->systemInfo().value(u"permissionsInfo"_s).toObject();
    if (!permissions.isEmpty() && !m_restrictionsFromRoom) {
        m_restrictions = permissions;
        Q_EMIT changed();
    }
    m_pendingReads += 3;
    controller()->sendRequest(u"getLicenseType"_s, {}, this, [this](const RequestOutcome &o) {
        if (o.ok())
            applyLicence(o.reply, o.reply.value(u"value"_s));
        readEnded();
    });
    controller()->sendRequest(u"getLicenseServerStatus"_s, {}, this,
                              [this](const RequestOutcome &o) {
                                  if (o.ok()) {
                                      m_serverStatus = o.reply.value(u"status"_s).toInt(-1);
                                      Q_EMIT changed();
                                  }
                                  readEnded();
                              });
    controller()->sendRequest(u"getTariffRestrictions"_s, {}, this,
                              [this](const RequestOutcome &o) {
                                  if (o.ok())
                                      applyRestrictions(o.reply);
                                  readEnded();
                              });
}

void LicenceState::readEnded()
{
    if (m_pendingReads > 0 && --m_pendingReads == 0)
        Q_EMIT refreshed();
}

void LicenceState::handleRoomEvent(const RoomMessage &event)
{
    if (event.event == u"licenseStatusChanged"_s)
        applyLicence(event.body, event.body.value(u"pro"_s));
    else if (event.event == u"tariffRestrictionsChanged"_s)
        applyRestrictions(event.body);
}

void LicenceState::applyLicence(const QJsonObject &reply, const QJsonValue &type)
{
    m_licence.type = typeFromWire(type);
    m_licence.typeName = type.isString() ? RoomText::name(type.toString()) : QString();
    m_licence.startDate = RoomText::name(reply.value(u"start_date"_s).toString());
    m_licence.endDate = RoomText::name(reply.value(u"end_date"_s).toString());
    Q_EMIT changed();
}

void LicenceState::applyRestrictions(const QJsonObject &fields)
{
    static const QStringList envelope { u"method"_s, u"requestId"_s, u"result"_s, u"event"_s };
    QJsonObject r;
    for (auto it = fields.begin(); it != fields.end(); ++it)
        if (!envelope.contains(it.key()))
            r.insert(it.key(), it.value());
    m_restrictions = r;
    m_restrictionsFromRoom = true;
    Q_EMIT changed();
}

LicenceState::Type LicenceState::typeFromWire(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool() ? Type::Pro : Type::Free;
    if (value.isDouble()) // 0 Free, 1 PRO in the wrappers that send a number
        return value.toInt() == 1 ? Type::Pro : value.toInt() == 0 ? Type::Free : Type::Other;
    if (!value.isString())
        return Type::Unknown;
    const QString s = value.toString().trimmed();
    if (s.isEmpty())
        return Type::Unknown;
    if (s.compare(u"pro"_s, Qt::CaseInsensitive) == 0)
        return Type::Pro;
    if (s.compare(u"free"_s, Qt::CaseInsensitive) == 0)
        return Type::Free;
    return Type::Other;
}

LicenceState::Availability LicenceState::featureAvailability(Feature feature, Type type,
                                                             const QJsonObject &restrictions)
{
    if (feature == Feature::SlideShow) {
        const QJsonValue allowed = restrictions.value(u"canUseSlideShow"_s);
        if (allowed.isBool() && !allowed.toBool())
            return type == Type::Free ? Availability::NeedsPro : Availability::NotInTariff;
    }
    switch (type) {
    case Type::Unknown:
        return Availability::Unknown;
    case Type::Free:
        return Availability::NeedsPro;
    case Type::Pro:
    case Type::Other: // a named licence beyond PRO (a corporate one): the room decides
        return Availability::Available;
    }
    return Availability::Unknown;
}

QString LicenceState::typeText(Type type)
{
    switch (type) {
    case Type::Unknown:
        return tr("Not known yet");
    case Type::Free:
        return tr("Free");
    case Type::Pro:
        return tr("PRO");
    case Type::Other:
        return tr("Other");
    }
    return {};
}

QString LicenceState::blocker(Feature feature) const
{
    const Availability a = availability(feature);
    if (a == Availability::NeedsPro || a == Availability::NotInTariff)
        return availabilityText(a);
    return {};
}

QString LicenceState::featureText(Feature feature)
{
    switch (feature) {
    case Feature::Logo:
        return tr("Custom logo");
    case Feature::Background:
        return tr("Custom background");
    case Feature::Ndi:
        return tr("NDI output");
    case Feature::SlideShow:
        return tr("Slideshow");
    }
    return {};
}

QString LicenceState::availabilityText(Availability availability)
{
    switch (availability) {
    case Availability::Unknown:
        return tr("Not known yet");
    case Availability::Available:
        return tr("Available");
    case Availability::NeedsPro:
        return tr("Needs a PRO licence");
    case Availability::NotInTariff:
        return tr("Not in this tariff");
    }
    return {};
}

QString LicenceState::serverStatusText(int status)
{
    switch (status) {
    case -1:
        return tr("Not known yet");
    case 0:
        return tr("No licence server in use");
    case 1:
        return tr("Connected to the licence server");
    case 2:
        return tr("Licence server unreachable");
    default:
        return tr("Status %1").arg(status);
    }
}

QList<QPair<QString, QString>> LicenceState::restrictionRows(const QJsonObject &restrictions)
{
    QList<QPair<QString, QString>> rows;
    QStringList known;
    for (const Known &k : knownRestrictions()) {
        known.append(k.key);
        if (restrictions.contains(k.key))
            rows.append({ tr(k.label), valueText(restrictions.value(k.key)) });
    }
    int unknown = 0;
    for (auto it = restrictions.begin(); it != restrictions.end(); ++it) {
        if (known.contains(it.key()))
            continue;
        if (++unknown > kMaxUnknownRows)
            break;
        rows.append({ RoomText::name(it.key()), valueText(it.value()) });
    }
    return rows;
}
