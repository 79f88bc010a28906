// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "core/controller/roomcontroller.h"
#include "gui/dialogs/connectdialog.h"

#include <QHash>
#include <QIcon>
#include <QMainWindow>
#include <QPointer>

#include <memory>
#include <optional>
#include <vector>

class BrandingPanel;
class BrandingState;
class CallSession;
class CredentialStore;
class DialogPresenter;
class EventLogModel;
class ParticipantListModel;
class PeerListModel;
class PowerPanel;
class QLabel;
class QShortcut;
class QSystemTrayIcon;
class RoomSession;
class SecurityPanel;
class SecurityState;
class ServerAccountState;
class ServerPanel;

namespace Ui {
class MainWindow;
}

//! The operator console: the room header, the call banner, the address book, the dial field,
//! the conference panel, the event log and the pages an administrator gets. Views read the
//! controller and its models; applyCapabilities() is the one place that decides what the
//! operator may trigger and which admin-only pages and commands exist at all.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(RoomController *controller, QWidget *parent = nullptr);
    ~MainWindow() override;

    //! Replaces the presenter that asks modal questions (tests script their own).
    void setDialogPresenter(std::unique_ptr<DialogPresenter> presenter);
    DialogPresenter *dialogPresenter() const { return m_presenter.get(); }

    //! The size a new window opens with (and --screenshot uses).
    static QSize defaultSize() { return { 1240, 760 }; }

    RoomController *controller() const { return m_controller; }
    RoomSession *session() const { return m_session; }
    EventLogModel *eventLog() const { return m_eventLog; }
    PeerListModel *peerModel() const { return m_peers; }
    ParticipantListModel *participantModel() const { return m_participants; }
    CallSession *callSession() const { return m_call; }
    ServerAccountState *serverAccount() const { return m_account; }
    BrandingState *branding() const { return m_branding; }
    SecurityState *security() const { return m_security; }
    //! The administrator's pages (they are tabs only while their capability is granted).
    BrandingPanel *brandingPanel() const { return m_brandingPanel; }
    ServerPanel *serverPanel() const { return m_serverPanel; }
    PowerPanel *powerPanel() const { return m_powerPanel; }
    SecurityPanel *securityPanel() const { return m_securityPanel; }
    CredentialStore *credentialStore() const { return m_store; }

    //! Marks the window as showing the built-in simulated room (title and status bar), and
    //! keeps its throw-away address out of the remembered settings.
    void setDemoMode(bool demo);
    bool isDemoMode() const { return m_demo; }

    //! Connects to a room and remembers it (never the secret; that goes to the keychain when
    //! the operator asked for it). With `lookUpSecret` the keychain is asked first.
    void connectToRoom(const ConnectionRequest &request);
    //! Opens the connect dialog (through the presenter) and connects when accepted.
    void showConnectDialog();

    //! Calls `peerId` from the room (when the room may call now).
    void placeCall(const QString &peerId);

    //! Adds a page to the page tabs that exists only while `required` is granted (None =
    //! always). Admin pages (branding, server, power, security) plug in here.
    void addPage(QWidget *page, const QString &title, const QIcon &icon,
                 Permissions::Capability required);
    //! True while `page` is one of the tabs.
    bool isPageShown(QWidget *page) const;
    //! Makes the page called `name` ("console", "branding", "server", "power", "security") the
    //! current tab; false while it does not exist (an admin page at User level, say).
    bool showPage(const QString &name);

    //! True once the address book has loaded or failed to (what --screenshot waits for).
    bool isAddressBookSettled() const;

    //! Derives every action's visibility and enabled state, and the admin pages, from the
    //! controller's capabilities (and the call in progress).
    void applyCapabilities();

Q_SIGNALS:
    //! The operator asked to restart RoomDeck now (after choosing another language); the
    //! program starts itself again with the same arguments and closes this window.
    void restartRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    struct Page
    {
        QPointer<QWidget> widget;
        QString title;
        QIcon icon;
        Permissions::Capability required = Permissions::Capability::None;
    };

    void setUpActions();
    void setUpPanels();
    void setUpAdminPages();
    void setUpLanguageMenu();
    //! True when ending the conference for everyone is the room's to do.
    bool mayEndConferenceForAll() const;
    void updateTitle();
    void updateStatusBar();
    void updateCallBanner();
    void updateKeyringLabel();
    void showAbout();
    void restoreSettings();
    void saveSettings() const;
    ConnectionRequest rememberedRequest() const;
    //! Puts the room first in the recent rooms and applies the request's secret policy;
    //! returns the room as remembered.
    SavedRoom rememberRoom(const ConnectionRequest &request);
    void setSecretRemembered(const SavedRoom &room, bool remembered);
    //! This console changed the protection of its own mode: the secret in the keychain (and
    //! the one "Sign in again" would use) no longer opens the room.
    void forgetStaleSecret();

    //! The room answered only on the default port: asks before signing in there.
    void askAboutFallback(const QUrl &wsUrl, const QString &reason);

    void onEscape();
    //! True unless the room is in a conference and the operator declines to end it.
    bool confirmEndingConference();
    //! Ctrl+H: as Hang Up, but a call in progress ends only after asking (as with Esc).
    void hangUpFromKeyboard();
    void hangUp(bool forAll);
    void signInAgain(const QString &secret);
    void signInAsAdministrator();
    void sendTone(const QString &symbol);
    void addContact();
    void removeContact();
    void renameContact();
    void onIncomingCall(const QString &peerId, const QString &peerDn, int type,
                        const QString &title);
    void onRequestFinished(const RequestOutcome &outcome);
    //! Sends a command on the operator's behalf; a failure is shown in the header as `what`.
    void track(quint64 handle, const QString &what);
    //! As track(), for call, accept, reject and hang up: until the room's state moves on (or
    //! the command fails) no second one can be sent, so a double click sends one command.
    void trackCallCommand(quint64 handle, const QString &what);
    void endCallCommand();
    QString displayNameFor(const QString &peerId) const;

    std::unique_ptr<Ui::MainWindow> m_ui;
    QPointer<RoomController> m_controller;
    RoomSession *m_session = nullptr;
    EventLogModel *m_eventLog = nullptr;
    PeerListModel *m_peers = nullptr;
    ParticipantListModel *m_participants = nullptr;
    CallSession *m_call = nullptr;
    ServerAccountState *m_account = nullptr;
    BrandingState *m_branding = nullptr;
    SecurityState *m_security = nullptr;
    CredentialStore *m_store = nullptr;
    BrandingPanel *m_brandingPanel = nullptr;
    ServerPanel *m_serverPanel = nullptr;
    PowerPanel *m_powerPanel = nullptr;
    SecurityPanel *m_securityPanel = nullptr;
    std::unique_ptr<DialogPresenter> m_presenter;
    QLabel *m_endpointLabel = nullptr;
    QLabel *m_keyringLabel = nullptr;
    QLabel *m_demoLabel = nullptr;
    QShortcut *m_escapeShortcut = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    std::vector<Page> m_pages;
    QAction *m_cancelCallAction = nullptr;
    QHash<quint64, QString> m_tracked; //!< request handle -> what the operator asked for
    quint64 m_callHandle = 0; //!< the call request awaiting its reply
    quint64 m_callCommand = 0; //!< the call/accept/reject/hangUp the room has not acted on
    QString m_callTarget; //!< its callee
    bool m_abookFailed = false;
    bool m_demo = false;
    bool m_sessionUp = false; //!< capabilities include ViewStatus
    //! What the last successful sign-in used, for "Sign in again" (memory only).
    std::optional<RoomController::Credentials> m_goodCredentials;
    std::optional<SavedRoom> m_currentRoom; //!< the room connected to, as remembered
    //! Recent rooms as they were before this connection: restored when the operator declines
    //! a fallback endpoint, so a wrong address is not remembered.
    std::optional<QList<SavedRoom>> m_roomsBeforeConnect;
    RoomController::Credentials m_requestedCredentials;
};
