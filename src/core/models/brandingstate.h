// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "core/session/roomsessionpart.h"

#include "core/controller/requestoutcome.h"

#include <QObject>
#include <QPointer>

#include <functional>

class RoomController;
struct RoomMessage;

//! The room's branding as the room reports it (room-api.md §7.7): the custom logo (read with
//! getLogo, admin only, as soon as an Administrator session is established) and the
//! main-screen background (getBackground, both roles). Kept in sync by logoImageChanged and
//! backgroundImageChanged.
class BrandingState final : public QObject, public RoomSessionPart
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BrandingState)

public:
    struct Image
    {
        bool known = false; //!< false until the room answered
        bool isCustom = false;
        int fileId = -1; //!< custom images only
        int mode = 0; //!< logo only: 0 fit 440x82 lower-left, 1 original size
    };

    enum class Target { Logo, Background };
    Q_ENUM(Target)

    explicit BrandingState(QObject *parent = nullptr);
    //! Reads the logo (Administrator only) and the background again.
    void refresh();

    // RoomSessionPart
    QStringList roomEvents() const override;
    void handleRoomEvent(const RoomMessage &event) override { onEvent(event); }
    void resyncAfterSignIn() override { refresh(); }
    void roleChanged(Room::Role role) override;
    //! Back to the room's default logo or background (setDefaultLogo, admin only /
    //! setDefaultBackground); `done` gets the outcome. Returns the request handle.
    quint64 resetToDefault(Target target, QObject *context,
                           std::function<void(const RequestOutcome &)> done);

    Image logo() const { return m_logo; }
    Image background() const { return m_background; }

    //! Readable: "Default logo" / "Custom logo (fitted into 440×82)".
    static QString logoText(const Image &logo);
    static QString modeText(int mode);
    //! Readable: "Default background" / "Custom background".
    static QString backgroundText(const Image &background);
    //! For the curious (a tooltip): "Stored on the room as file 7"; empty for defaults.
    static QString fileText(const Image &image);

Q_SIGNALS:
    void logoChanged();
    void backgroundChanged();

private:
    void onEvent(const RoomMessage &event);
    static Image parse(const QJsonObject &o);

    Image m_logo;
    Image m_background;
};
