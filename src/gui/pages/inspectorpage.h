// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "gui/console/roompage.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class FrameFilterModel;
class FrameLog;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class RoomSession;
struct RequestOutcome;

//! The room's protocol inspector: every frame in and out (the session's FrameLog: redacted,
//! paired, bounded) in a table with a details pane; a filter (free text, `method:NAME`,
//! `id:REQUEST-ID`) and a kind filter; Pause/Resume and Clear; copy a frame as JSON or as a
//! `roomdeckctl send` line; recordings saved and opened (a recording is shown read-only until
//! "Back to Live"); a request editor validated as you type (Send disabled while invalid,
//! "Edit and Resend" fills it from the selected request). "Open in Window" shows the same
//! room's inspector as a window of its own (a second screen); closing it leaves this page as
//! it was. Both roles; sending needs Capability::RawCommands.
class InspectorPage final : public QWidget, public RoomPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InspectorPage)

public:
    InspectorPage(RoomSession *session, DialogPresenter *presenter, QWidget *parent = nullptr);
    ~InspectorPage() override;

    // RoomPage
    QWidget *pageWidget() override { return this; }
    QString pageName() const override { return QStringLiteral("inspector"); }
    QString pageTitle() const override;
    QIcon pageIcon() const override;
    Permissions::Capability requiredCapability() const override
    {
        return Permissions::Capability::None;
    }
    void applyCapabilities(Permissions::Capabilities capabilities) override;
    void setPresenter(DialogPresenter *presenter) override;

    //! Opens this room's inspector as a window of its own and returns it.
    InspectorPage *openWindow();
    //! The log on show: the session's live one, or an opened recording.
    FrameLog *shownLog() const;
    FrameFilterModel *filterModel() const { return m_filter; }
    //! The source row of the selected frame, or -1.
    int currentRow() const;
    //! Selects the frame of source row `row` (when it passes the filters).
    void selectRow(int row);
    //! Opens a recording file (errors shown, never thrown); true when it is on show.
    bool openRecording(const QString &path);
    //! Saves the log on show to `path`; true on success (errors shown).
    bool saveRecording(const QString &path);
    void showLive();

    QTableView *frameView() const { return m_view; }

private:
    void buildUi();
    void connectLog(FrameLog *log);
    void sizeColumns();
    void applyFilterText(const QString &text);
    void showDetails();
    void updateFigures();
    void updateActions();
    void validate();
    void copyJson();
    void copyCommand();
    void editAndResend();
    void goToPair();
    void send();
    void showOutcome(const RequestOutcome &outcome);
    void askOpen();
    void askSave();
    void setStatus(const QString &text);
    QString roomTitle() const;

    QPointer<RoomSession> m_session;
    DialogPresenter *m_presenter = nullptr;
    FrameLog *m_live = nullptr;
    std::unique_ptr<FrameLog> m_recording;
    FrameFilterModel *m_filter = nullptr;
    bool m_canSend = false;
    bool m_followTail = true;
    quint64 m_sending = 0;

    QLineEdit *m_filterEdit = nullptr;
    QComboBox *m_kindCombo = nullptr;
    QPushButton *m_pauseButton = nullptr;
    QPushButton *m_clearButton = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_openButton = nullptr;
    QPushButton *m_liveButton = nullptr;
    QPushButton *m_windowButton = nullptr;
    QLabel *m_sourceLabel = nullptr;
    QLabel *m_limitsLabel = nullptr;
    QTableView *m_view = nullptr;
    QPlainTextEdit *m_details = nullptr;
    QPushButton *m_copyJsonButton = nullptr;
    QPushButton *m_copyCommandButton = nullptr;
    QPushButton *m_editButton = nullptr;
    QLabel *m_statusLabel = nullptr;
    QPlainTextEdit *m_editor = nullptr;
    QLabel *m_validationLabel = nullptr;
    QPushButton *m_sendButton = nullptr;
    QPlainTextEdit *m_result = nullptr;
    QMenu *m_menu = nullptr;
};
