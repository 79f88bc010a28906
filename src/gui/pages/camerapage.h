// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "gui/console/roompage.h"

#include "core/models/cameracontrol.h"
#include "core/models/presetthumbnails.h"
#include "core/permissions/permissions.h"

#include <QHash>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class DialogPresenter;
class QComboBox;
class QGridLayout;
class QGroupBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSlider;
class QToolButton;
class RoomSession;
class SelfView;

//! The room's camera: a large self-view area (selfViewSlot: the frames view goes there), a PTZ
//! pad with hold-to-move (press = startMove, release = stopMove), zoom, Home (defaults),
//! absolute sliders for the axes the camera has, preset buttons (apply on click; save, update,
//! rename, remove) each with an empty thumbnail slot, and far-end camera control during a
//! conference (requests to answer, cameras this room controls).
//!
//! A held move ends (stopMove) on release, when the pad loses focus, when the window is
//! deactivated, when the page hides (another page, another room) and when the room goes away
//! (CameraControl forgets it); CameraControl's watchdog covers the rest. The page never sends
//! a wire method itself.
class CameraPage final : public QWidget, public RoomPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CameraPage)

public:
    CameraPage(RoomSession *session, DialogPresenter *presenter, QWidget *parent = nullptr);
    ~CameraPage() override;

    // RoomPage
    QWidget *pageWidget() override { return this; }
    QString pageName() const override { return QStringLiteral("camera"); }
    QString pageTitle() const override;
    QIcon pageIcon() const override;
    Permissions::Capability requiredCapability() const override
    {
        return Permissions::Capability::Devices;
    }
    void applyCapabilities(Permissions::Capabilities caps) override;
    void setPresenter(DialogPresenter *presenter) override { m_presenter = presenter; }

    //! The area at the top with the self-view.
    QWidget *selfViewSlot() const { return m_selfViewSlot; }
    SelfView *selfView() const { return m_selfView; }
    //! The room's id in RoomDeck's room list: the key of its preset pictures on this PC.
    void setRoomId(const QString &roomId);
    //! Where the preset pictures are kept (tests); default PresetThumbnails::defaultDirectory().
    void setThumbnailDirectory(const QString &directory);
    //! The thumbnail slot of a preset (nullptr when there is no such preset).
    QLabel *presetThumbnailSlot(const QString &presetId) const;

    //! Saves the current position as a new preset (asks for its name).
    void saveNewPreset();
    void updatePreset(const QString &presetId);
    void renamePreset(const QString &presetId);
    void removePreset(const QString &presetId);

protected:
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildPad(QGridLayout *grid);
    QGroupBox *buildPresets();
    QGroupBox *buildFarEnd();
    QToolButton *holdButton(CameraControl::Direction direction, const QString &text,
                            const QString &name);
    void release();
    void startHeartbeat();
    void updatePtz();
    void rebuildPresets();
    void updateFarEnd();
    void updateEnabled();
    void showOutcome(const RequestOutcome &outcome);
    QString participantName(const QString &callId) const;
    //! The self-view's picture if it is live and fresh (what the camera sees now); else empty.
    QByteArray currentPicture() const;
    void storePicture(const QString &presetId, const QByteArray &jpeg);
    void showThumbnail(QLabel *label, const QString &presetId) const;
    QString selectedCallId(QListWidget *list) const;

    QPointer<RoomSession> m_session;
    QPointer<CameraControl> m_camera;
    DialogPresenter *m_presenter = nullptr;
    Permissions::Capabilities m_caps;

    QWidget *m_selfViewSlot = nullptr;
    SelfView *m_selfView = nullptr;
    QString m_roomId;
    PresetThumbnails m_pictures;
    //! New presets' pictures, by name, until the room lists the preset with its id.
    QHash<QString, QByteArray> m_pendingPictures;
    QWidget *m_pad = nullptr;
    QHash<CameraControl::Direction, QToolButton *> m_moveButtons;
    //! While a move button is held: tells the camera the operator still holds it.
    QTimer m_holdHeartbeat;
    QPushButton *m_homeButton = nullptr;
    QSlider *m_sliders[3] = {};
    QLabel *m_cameraLabel = nullptr;
    QLabel *m_statusLabel = nullptr;

    QWidget *m_presetGrid = nullptr;
    QPushButton *m_saveButton = nullptr;
    QHash<QString, QLabel *> m_thumbnails;

    QGroupBox *m_farEnd = nullptr;
    QListWidget *m_incomingList = nullptr;
    QListWidget *m_controlledList = nullptr;
    QComboBox *m_participantCombo = nullptr;
    QPushButton *m_acceptButton = nullptr;
    QPushButton *m_declineButton = nullptr;
    QPushButton *m_requestButton = nullptr;
    QList<QToolButton *> m_remoteButtons;
};
