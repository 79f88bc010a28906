// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "core/http/brandingupload.h"
#include "core/models/brandingstate.h"
#include "image/imagefilecheck.h"

#include <QGroupBox>
#include <QPointer>

#include <memory>

class DialogPresenter;
class RoomController;

namespace Ui {
class BrandingImageEditor;
}

//! One branding image of the room, the logo or the main-screen background: what the room
//! shows now (BrandingState), a file chosen and checked before anything is sent
//! (ImageFileCheck), the logo mode, "Upload and Apply" with progress and Cancel
//! (BrandingUpload), and "Reset to Default" after a confirmation.
class BrandingImageEditor final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BrandingImageEditor)

public:
    explicit BrandingImageEditor(QWidget *parent = nullptr);
    ~BrandingImageEditor() override;

    //! Binds the editor to one target; call once.
    void setUp(BrandingUpload::Target target, RoomController *controller, BrandingState *state,
               DialogPresenter *presenter);
    void setPresenter(DialogPresenter *presenter) { m_presenter = presenter; }

    //! Checks `path` and makes it the candidate (what "Choose…" does after the picker).
    void chooseFile(const QString &path);
    //! Whether the room's state allows changes now (the panel derives it from capabilities).
    void setAllowed(bool allowed);
    //! Why the room's licence keeps this image from being changed ("Needs a PRO licence"), shown
    //! beside the buttons; uploading is off while it is set. Empty: nothing keeps it.
    void setLicenceBlocker(const QString &reason);

    BrandingUpload::Target target() const { return m_target; }
    //! The checked candidate (ok() false when none or refused).
    const ImageFileCheck &candidate() const { return m_candidate; }
    int logoMode() const;
    BrandingUpload *upload() const { return m_upload; }

    //! Starts uploading the candidate; false when there is none or something is running.
    bool startUpload();
    void cancelUpload();
    //! Asks, then sends setDefaultLogo / setDefaultBackground.
    void resetToDefault();

Q_SIGNALS:
    //! The candidate image or the logo mode changed (the preview follows).
    void candidateChanged();
    //! An operation ended; `text` is what the status line says.
    void operationFinished(bool ok, const QString &text);

private:
    void browse();
    void updateCurrent();
    void updateWarning();
    void updateEnabled();
    void setStatus(const QString &text, bool problem);
    void onStage(BrandingUpload::Stage stage);

    std::unique_ptr<Ui::BrandingImageEditor> m_ui;
    BrandingUpload::Target m_target = BrandingUpload::Target::Logo;
    QPointer<RoomController> m_controller;
    QPointer<BrandingState> m_state;
    DialogPresenter *m_presenter = nullptr;
    BrandingUpload *m_upload = nullptr;
    ImageFileCheck m_candidate;
    quint64 m_resetHandle = 0;
    bool m_allowed = false;
    QString m_licenceBlocker;
};
