// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "gui/console/roompage.h"

#include <QPointer>
#include <QWidget>

class ContentShare;
class DialogPresenter;
class LicenceState;
class NdiState;
class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class RoomSession;
struct RequestOutcome;

//! The room's content page: NDI output (on / off, the NDI devices with create and delete),
//! the slideshow (slides added from PNG or JPEG files, remove, start / stop, previous /
//! next, the current slide marked) and the broadcast picture (show a picture instead of
//! the camera, stop). Features the room's licence lacks say "needs PRO" and stay off.
//! Everything the room names is bounded and shown as plain text.
class ContentPage final : public QWidget, public RoomPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContentPage)

public:
    ContentPage(RoomSession *session, DialogPresenter *presenter, QWidget *parent = nullptr);
    ~ContentPage() override;

    // RoomPage
    QWidget *pageWidget() override { return this; }
    QString pageName() const override { return QStringLiteral("content"); }
    QString pageTitle() const override;
    QIcon pageIcon() const override;
    Permissions::Capability requiredCapability() const override
    {
        return Permissions::Capability::ViewStatus;
    }
    void applyCapabilities(Permissions::Capabilities capabilities) override;
    void setPresenter(DialogPresenter *presenter) override { m_presenter = presenter; }

    //! Asks for a file (through the presenter) and adds it as a slide / shows it as the
    //! broadcast picture. False when nothing was chosen or sent.
    bool addSlide();
    bool showPicture();

private:
    QWidget *buildNdi();
    QWidget *buildSlides();
    QWidget *buildPicture();
    void updateNdi();
    void updateSlides();
    void updateEnabled();
    void report(const RequestOutcome &outcome);
    void setStatus(const QString &text, bool problem);
    QString chooseImage(const QString &title);

    QPointer<NdiState> m_ndi;
    QPointer<ContentShare> m_content;
    QPointer<LicenceState> m_licence;
    DialogPresenter *m_presenter = nullptr;
    bool m_allowed = false;

    QCheckBox *m_ndiSwitch = nullptr;
    QLabel *m_ndiNote = nullptr;
    QListWidget *m_ndiDevices = nullptr;
    QLineEdit *m_ndiName = nullptr;
    QPushButton *m_ndiCreate = nullptr;
    QPushButton *m_ndiDelete = nullptr;

    QLabel *m_slidesNote = nullptr;
    QListWidget *m_slides = nullptr;
    QPushButton *m_slideAdd = nullptr;
    QPushButton *m_slideRemove = nullptr;
    QPushButton *m_slideStart = nullptr;
    QPushButton *m_slidePrev = nullptr;
    QPushButton *m_slideNext = nullptr;

    QLabel *m_pictureState = nullptr;
    QPushButton *m_pictureShow = nullptr;
    QPushButton *m_pictureStop = nullptr;

    QLabel *m_status = nullptr;
};
