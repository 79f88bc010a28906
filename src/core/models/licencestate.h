// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "core/session/roomsessionpart.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>

//! The room application's licence (room-api.md §7.8, §11 "System, licence, updates"): the
//! licence type (getLicenseType: Free or PRO, with its dates), the licence server status
//! (getLicenseServerStatus) and the tariff restrictions of the server account
//! (getTariffRestrictions; before it answers, getSystemInfo's permissionsInfo), followed
//! live through licenseStatusChanged and tariffRestrictionsChanged.
//!
//! featureAvailability() is the one pure answer to "does this room have feature X": the PRO
//! features of TrueConf's Free/PRO comparison (custom logo, background, NDI) need a PRO
//! licence; the slideshow needs the account's tariff to allow it (canUseSlideShow) and a
//! PRO licence. Pages use it to say "needs PRO" instead of letting the room refuse.
class LicenceState final : public QObject, public RoomSessionPart
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LicenceState)

public:
    enum class Type { Unknown, Free, Pro, Other };
    Q_ENUM(Type)
    enum class Feature { Logo, Background, Ndi, SlideShow };
    Q_ENUM(Feature)
    enum class Availability { Unknown, Available, NeedsPro, NotInTariff };
    Q_ENUM(Availability)

    struct Licence
    {
        Type type = Type::Unknown;
        QString typeName; //!< the room's word for it, bounded ("PRO", "FREE", ...)
        QString startDate;
        QString endDate;
    };

    explicit LicenceState(QObject *parent = nullptr);

    // RoomSessionPart
    QStringList roomEvents() const override;
    void handleRoomEvent(const RoomMessage &event) override;
    void resyncAfterSignIn() override { refresh(); }
    void forgetRoom() override;

    //! Reads the licence type, the licence server status and the tariff restrictions.
    void refresh();

    Licence licence() const { return m_licence; }
    //! -1 until known. The meanings are the emulator's (0 none in use, 1 connected,
    //! 2 unreachable); any other value is shown as a number.
    int serverStatus() const { return m_serverStatus; }
    //! The tariff restrictions as the room sent them (empty until known).
    QJsonObject restrictions() const { return m_restrictions; }

    Availability availability(Feature feature) const
    {
        return featureAvailability(feature, m_licence.type, m_restrictions);
    }
    //! Why `feature` can't be used on this room ("Needs a PRO licence", ...); empty when it
    //! can or when that is not known yet (the room stays the judge).
    QString blocker(Feature feature) const;

    //! Pure: whether `feature` is available with licence `type` and tariff `restrictions`.
    static Availability featureAvailability(Feature feature, Type type,
                                            const QJsonObject &restrictions);
    static Type typeFromWire(const QJsonValue &value);
    static QString typeText(Type type);
    static QString featureText(Feature feature);
    static QString availabilityText(Availability availability);
    static QString serverStatusText(int status);
    //! The restrictions as readable (label, value) rows, in a fixed order; fields the room
    //! sent that RoomDeck does not know follow under their own (bounded) names.
    static QList<QPair<QString, QString>> restrictionRows(const QJsonObject &restrictions);

Q_SIGNALS:
    //! The licence, the server status or the restrictions changed.
    void changed();
    //! The three reads of a refresh() ended (answered or not).
    void refreshed();

private:
    void applyLicence(const QJsonObject &reply, const QJsonValue &type);
    void applyRestrictions(const QJsonObject &fields);

    void readEnded();

    int m_pendingReads = 0;
    Licence m_licence;
    int m_serverStatus = -1;
    QJsonObject m_restrictions;
    bool m_restrictionsFromRoom = false; //!< getTariffRestrictions or its event, not systemInfo
};
