// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "core/controller/roomcontroller.h"
#include "gui/dialogs/connectdialog.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>
#include <vector>

class BrandingPanel;
class CameraPage;
class PageNavigator;
class ContactEditor;
class BrandingState;
class CallSession;
class CredentialStore;
class DialogPresenter;
class EventLogModel;
class InCallStrip;
class QWidgetAction;
class ParticipantListModel;
class PeerListModel;
class PowerPanel;
class QSettings;
class QShortcut;
class RoomCalling;
class RoomPage;
class RoomSession;
class RoomSignIn;
class SecurityPanel;
class SecurityState;
class ServerAccountState;
class ServerPanel;

namespace Ui {
class RoomConsole;
}

//! One room's console: the room header, the call banner, the address book, the dial field,
//! the conference panel, the event log and the room's pages, with the per-room state behind
//! them (the call command in flight, the credentials that worked, the room as remembered).
//! It reads its RoomSession and sends nothing itself but through the session's typed verbs.
//! applyCapabilities() is the one place that decides what the operator may trigger here and
//! which pages exist. The room's actions (call, hang up, sign in as administrator, ...)
//! belong to the console; the shell shows the current console's actions in its menus.
class RoomConsole final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoomConsole)

public:
    RoomConsole(RoomSession *session, CredentialStore *store, DialogPresenter *presenter,
                QWidget *parent = nullptr);
    ~RoomConsole() override;

    RoomSession *session() const { return m_session; }
    RoomController *controller() const { return m_controller; }
    EventLogModel *eventLog() const { return m_eventLog; }
    PeerListModel *peerModel() const { return m_peers; }
    ParticipantListModel *participantModel() const { return m_participants; }
    CallSession *callSession() const { return m_call; }
    ServerAccountState *serverAccount() const { return m_account; }
    BrandingState *branding() const { return m_branding; }
    SecurityState *security() const { return m_security; }
    BrandingPanel *brandingPanel() const { return m_brandingPanel; }
    ServerPanel *serverPanel() const { return m_serverPanel; }
    PowerPanel *powerPanel() const { return m_powerPanel; }
    SecurityPanel *securityPanel() const { return m_securityPanel; }
    CameraPage *cameraPage() const { return m_cameraPage; }
    CredentialStore *credentialStore() const { return m_store; }

    //! Modal questions go through `presenter` from now on (the shell owns it).
    void setPresenter(DialogPresenter *presenter);

    //! Marks the console as showing a built-in simulated room: its throw-away address stays
    //! out of the remembered settings.
    void setDemoMode(bool demo);
    bool isDemoMode() const { return m_demo; }

    //! Connects to a room and remembers it (never the secret; that goes to the keychain when
    //! the operator asked for it). With `lookUpSecret` the keychain is asked first.
    void connectToRoom(const ConnectionRequest &request);
    //! Opens the connect dialog (through the presenter) and connects when accepted.
    void showConnectDialog();
    RoomSignIn *signIn() const { return m_signIn; }
    //! Calls `peerId` from the room (when the room may call now).
    void placeCall(const QString &peerId) { placeCallWithPin(peerId, {}); }
    //! As placeCall(), with a protected conference's password (sent, never kept).
    void placeCallWithPin(const QString &peerId, const QString &pin);
    //! The favourites, Create Conference, do not disturb and auto-answer wiring.
    RoomCalling *calling() const { return m_calling; }

    //! Adds a page that exists only while its capability is granted. The console owns it.
    void addPage(RoomPage *page);
    //! True while `page` is one of the tabs.
    bool isPageShown(QWidget *page) const;
    //! Makes the page called `name` ("console", or a RoomPage's pageName()) the current tab;
    //! false while it does not exist (an admin page at User level, say).
    bool showPage(const QString &name);

    //! True once the address book has loaded or failed to (what --screenshot waits for).
    bool isAddressBookSettled() const;

    //! Derives every action's visibility and enabled state, and the pages, from the
    //! controller's capabilities (and the call in progress).
    void applyCapabilities();

    //! The Room menu's part that belongs to this room (nullptr = a separator).
    QList<QAction *> roomActions() const;
    //! The Call menu.
    QList<QAction *> callActions() const;
    //! Answers / declines the ringing call, the outcome shown in this console.
    QAction *acceptAction() const;
    QAction *rejectAction() const;
    //! The toolbar's part that belongs to this room (nullptr = a separator).
    QList<QAction *> toolBarActions() const;

    //! What the room is called here: the operator's name for it, else the room's own.
    QString roomTitle() const;
    //! The operator's name for the room (the room list's); empty: as remembered or the room's.
    void setRoomName(const QString &name);
    //! Which room's dial history the dial field offers (an address; empty: the shared one).
    void setHistoryRoom(const QString &room);
    //! The endpoint line of the status bar; `warning` when it deserves a warning tint.
    QString endpointText(bool *warning = nullptr) const;

    void restoreLayout(const QSettings &settings);
    void saveLayout(QSettings &settings) const;

    //! The size the console is laid out for (the window's default size).
    static QSize defaultSize() { return { 1240, 760 }; }

Q_SIGNALS:
    //! roomTitle() changed.
    void titleChanged();
    //! endpointText() changed.
    void statusChanged();
    //! A call rings in: `who` in words. The shell tells the operator which room it is.
    void incomingCall(const QString &who);

private:
    struct Page
    {
        QPointer<QWidget> widget;
        RoomPage *page = nullptr;
    };

    void setUpActions();
    void setUpPanels();
    void setUpPages();
    bool mayEndConferenceForAll() const;
    void updateCallBanner();
    void onEscape();
    bool confirmEndingConference();
    void hangUpFromKeyboard();
    void hangUp(bool forAll);
    void sendTone(const QString &symbol);
    void onIncomingCall(const QString &peerId, const QString &peerDn, int type,
                        const QString &title);
    void onRequestFinished(const RequestOutcome &outcome);
    void track(quint64 handle, const QString &what);
    void trackCallCommand(quint64 handle, const QString &what);
    void endCallCommand();
    QString displayNameFor(const QString &peerId) const;

    std::unique_ptr<Ui::RoomConsole> m_ui;
    RoomSession *m_session = nullptr;
    QPointer<RoomController> m_controller;
    EventLogModel *m_eventLog = nullptr;
    PeerListModel *m_peers = nullptr;
    ParticipantListModel *m_participants = nullptr;
    CallSession *m_call = nullptr;
    ServerAccountState *m_account = nullptr;
    BrandingState *m_branding = nullptr;
    SecurityState *m_security = nullptr;
    CredentialStore *m_store = nullptr;
    DialogPresenter *m_presenter = nullptr;
    BrandingPanel *m_brandingPanel = nullptr;
    ServerPanel *m_serverPanel = nullptr;
    PowerPanel *m_powerPanel = nullptr;
    SecurityPanel *m_securityPanel = nullptr;
    CameraPage *m_cameraPage = nullptr;
    PageNavigator *m_navigator = nullptr;
    RoomSignIn *m_signIn = nullptr;
    RoomCalling *m_calling = nullptr;
    ContactEditor *m_contacts = nullptr;
    InCallStrip *m_inCallStrip = nullptr; //!< owned by m_inCallStripAction
    QWidgetAction *m_inCallStripAction = nullptr;
    QString m_roomName;
    QShortcut *m_escapeShortcut = nullptr;
    QAction *m_cancelCallAction = nullptr;
    std::vector<Page> m_pages;
    QHash<quint64, QString> m_tracked; //!< request handle -> what the operator asked for
    quint64 m_callHandle = 0; //!< the call request awaiting its reply
    quint64 m_callCommand = 0; //!< the call/accept/reject/hangUp the room has not acted on
    QString m_callTarget; //!< its callee
    bool m_abookFailed = false;
    bool m_demo = false;
    bool m_sessionUp = false; //!< capabilities include ViewStatus
};
