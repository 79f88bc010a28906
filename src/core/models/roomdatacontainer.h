// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "core/controller/pendingrequests.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <optional>

class RoomController;
struct RoomMessage;

//! One of the room's data containers (saveData / loadData / deleteData, events dataSaved /
//! dataDeleted) holding a JSON document that every client of the room shares: what all
//! operator PCs (and the agent) must agree on lives IN THE ROOM, not in one PC's settings.
//! The owning part feeds it the container events and tells it when to load.
//!
//! The text stored is a JSON object: the owner's payload plus three envelope fields,
//! `version` (the format; a newer one than kVersion is left alone), `revision` (bumped by
//! every save) and `writer` (a random id per console, not a secret). Anything else (not JSON,
//! not an object, no integral version, a newer version, a payload the owner's validator
//! refuses) makes the container Unreadable: the problem is said in words, the text is kept
//! as it is, and edit() refuses locally; only overwrite() (the operator asked for it)
//! replaces it.
//!
//! Concurrent edits. The room offers no compare-and-swap, so an edit is a read-modify-write
//! on the latest document this console knows (the load after sign-in and every dataSaved
//! since), saved as revision + 1. Two consoles that edit at once both save the same
//! revision; the room keeps the later one. The console whose save was overwritten sees a
//! dataSaved from another writer carrying the revision it saved itself: it applies its edit
//! again on top of that document and saves once more (revision + 1), so both edits survive
//! ("both add at once: both entries end up in the list"). An edit that conflicts with itself
//! (both rename the same entry) ends with the later writer's value. A document with a newer
//! revision means the other console saw ours: nothing to do.
//!
//! Every edit() / overwrite() ends in exactly one outcome given to `done` (unless `context`
//! is gone): the save's, or a local refusal (no room, unreadable, the edit refused) from the
//! event loop with handle 0.
class RoomDataContainer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoomDataContainer)

public:
    static constexpr int kVersion = 1;

    enum class State {
        Unknown, //!< not read yet (or the room is gone)
        Ready, //!< read (an empty container reads as an empty document)
        Unreadable, //!< the room holds something this version cannot read; problem() says why
        LoadFailed, //!< loadData failed; problem() says why
    };
    Q_ENUM(State)

    //! Returns the payload's problem in words; empty when it is fine.
    using Validator = std::function<QString(const QJsonObject &payload)>;
    //! The edited payload, or a refusal in words (then nothing is saved).
    struct EditResult
    {
        QJsonObject payload;
        QString refusal;
    };
    using Edit = std::function<EditResult(const QJsonObject &payload)>;

    RoomDataContainer(const QString &containerName, QObject *parent = nullptr);

    QString containerName() const { return m_name; }
    void setValidator(Validator validator) { m_validator = std::move(validator); }
    void setController(RoomController *controller);

    State state() const { return m_state; }
    //! Why the container is Unreadable / LoadFailed, in words; empty otherwise.
    QString problem() const { return m_problem; }
    //! The payload (without the envelope); empty while not Ready.
    QJsonObject payload() const { return m_payload; }
    int revision() const { return m_revision; }

    //! Reads the container (after sign-in).
    void load();
    //! The room is gone: Unknown, nothing known.
    void forget();
    //! Applies dataSaved / dataDeleted of this container; false for anything else.
    bool handleEvent(const RoomMessage &event);

    //! Read-modify-write of the latest known payload (see the class comment).
    quint64 edit(Edit edit, QObject *context = nullptr, PendingRequests::Callback done = {});
    //! Replaces whatever the room holds (also an unreadable container) with `payload`.
    quint64 overwrite(const QJsonObject &payload, QObject *context = nullptr,
                      PendingRequests::Callback done = {});

    //! The text saved for `payload` at `revision` by `writer` (public for tests).
    static QString encode(const QJsonObject &payload, int revision, const QString &writer);

Q_SIGNALS:
    //! The payload changed (loaded, saved by this or another client, deleted).
    void payloadChanged();
    //! state() or problem() changed.
    void stateChanged();

private:
    void apply(const QString &text, bool fromEvent);
    void setState(State state, const QString &problem = {});
    quint64 save(const QJsonObject &payload, Edit replay, QObject *context,
                 PendingRequests::Callback done);
    void refuseLater(const QString &text, QObject *context, PendingRequests::Callback done);

    QString m_name;
    QString m_writer;
    Validator m_validator;
    QPointer<RoomController> m_controller;
    State m_state = State::Unknown;
    QString m_problem;
    QJsonObject m_payload;
    int m_revision = 0;
    int m_savesInFlight = 0;
    //! The last edit this console saved and at which revision, until another writer's
    //! document shows whether it survived.
    Edit m_lastEdit;
    int m_lastEditRevision = -1;
};
