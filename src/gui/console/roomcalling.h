// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class AddressBookPanel;
class CallPolicy;
class DialPanel;
class DialogPresenter;
class FavouritesPanel;
class QAction;
class QLabel;
class QSplitter;
class QWidget;
class RoomHeader;
class RoomSession;

//! One console's calling extras, wired beside RoomConsole so that the console keeps its size:
//! the room's favourites (a FavouritesPanel in the console, "Add to Favourites" on the address
//! book, completion in the dial field), Create Conference… (Room menu), Do Not Disturb and the
//! auto-answer list (Call menu, an indicator in the header), and the password prompt of a
//! protected conference this console dialled (asked through the presenter, masked; the
//! password goes into the next `call` and nowhere else: not logged, not remembered).
class RoomCalling final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoomCalling)

public:
    //! Places a call as the console does (its banner, its log line), with a password.
    using PlaceCall = std::function<void(const QString &peerId, const QString &pin)>;

    struct Parts
    {
        QWidget *console = nullptr; //!< parent of dialogs
        DialPanel *dial = nullptr;
        AddressBookPanel *addressBook = nullptr;
        RoomHeader *header = nullptr;
        QSplitter *panelHost = nullptr; //!< the favourites panel goes first in it
    };

    RoomCalling(RoomSession *session, DialogPresenter *presenter, const Parts &parts,
                PlaceCall placeCall, QObject *parent = nullptr);
    ~RoomCalling() override;

    void setPresenter(DialogPresenter *presenter);
    //! The console placed a call to `peerId` (a password prompt is for this console only).
    void callPlaced(const QString &peerId);
    //! Derives the actions' states (the console's applyCapabilities()).
    void applyCapabilities();

    //! The Room menu's and the Call menu's part (nullptr = a separator).
    QList<QAction *> roomActions() const { return { nullptr, m_createConference }; }
    QList<QAction *> callActions() const { return { nullptr, m_dnd, m_autoAnswer }; }
    FavouritesPanel *favouritesPanel() const;
    QAction *createConferenceAction() const { return m_createConference; }
    QAction *doNotDisturbAction() const { return m_dnd; }
    QAction *autoAnswerAction() const { return m_autoAnswer; }
    QAction *addToFavouritesAction() const { return m_addToFavourites; }
    //! The header's "Do not disturb" indicator.
    QLabel *doNotDisturbIndicator() const;

    //! Opens Create Conference (window-modal, not blocking); sends when accepted.
    void showCreateConference();
    void showAutoAnswer();

private:
    void updateCandidate();
    void updatePolicy();
    void askPassword(const QString &conference, bool wrong);
    void callWhenReady(const QString &conference, const QString &pin);
    void showProblem(const QString &text);

    QPointer<RoomSession> m_session;
    DialogPresenter *m_presenter = nullptr;
    //! The console's widgets, which may go before this object while the console closes.
    struct Guarded
    {
        QPointer<QWidget> console;
        QPointer<DialPanel> dial;
        QPointer<AddressBookPanel> addressBook;
        QPointer<RoomHeader> header;
    } m_parts;
    PlaceCall m_placeCall;
    QPointer<FavouritesPanel> m_panel;
    QPointer<QLabel> m_dndLabel;
    QAction *m_createConference = nullptr;
    QAction *m_dnd = nullptr;
    QAction *m_autoAnswer = nullptr;
    QAction *m_addToFavourites = nullptr;
    QString m_lastDialled; //!< what this console called last (a conference may ask for a password)
};
