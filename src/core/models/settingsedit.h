// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#pragma once

#include "core/controller/requestoutcome.h"
#include "core/models/settingscatalogue.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QStringList>

class RoomSettings;

//! An operator's edit of the room's settings: pending changes against the room's values.
//!
//! - setValue() checks the value by its type and range (SettingsCatalogue) and whether the
//!   operator may change it now; a bad value is refused with a reason and not kept.
//! - apply() sends ONE setSettings with every pending change; the room answers for all.
//!   Accepted: the pending changes are done (the room's settingsChanged bring the values).
//!   Refused: nothing changed on the room and every row shows the room's value again; the
//!   refused setting (named by the reply's `setting`, else found in the error text, else the
//!   microphone level for "Invalid state") and the reason are kept for the editor to show.
//! - A settingsChanged from elsewhere for a row with a pending change keeps both: the row's
//!   room value is the new one and isConflicting() says the edit was made against an older one.
//!
//! Signal order: rowsChanged() when the set of settings changes (loaded / forgotten);
//! rowChanged(name) for a room value, pending edit or refusal of one row; applying() when
//! apply() has sent, then exactly one of applied() / refused().
class SettingsEdit final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsEdit)

public:
    explicit SettingsEdit(RoomSettings *settings, QObject *parent = nullptr);

    //! Every setting the room reports: documented ones in catalogue order, then the others by
    //! name.
    QStringList names() const;
    SettingsCatalogue::Spec spec(const QString &name) const;
    QJsonValue roomValue(const QString &name) const;
    //! The pending value if any, else the room's.
    QJsonValue shownValue(const QString &name) const;
    bool isPending(const QString &name) const { return m_pending.contains(name); }
    //! The room changed this setting since the pending edit was made.
    bool isConflicting(const QString &name) const;
    //! Why the operator may not change this setting now (empty when they may).
    QString readOnlyReason(const QString &name) const;
    QJsonObject pending() const { return m_pending; }
    bool hasPending() const { return !m_pending.isEmpty(); }
    bool isApplying() const { return m_applying != 0; }

    //! Sets a pending value; the room's own value drops the pending change. Returns why not
    //! (translated; nothing changes then) or an empty string.
    QString setValue(const QString &name, const QJsonValue &value);
    //! Forgets the pending change of `name` / of every setting.
    void revert(const QString &name);
    void revertAll();
    //! Sends every pending change in one setSettings. Returns the request handle; 0 when there
    //! is nothing to send or it was refused locally (then refused() follows).
    quint64 apply();

    //! The setting the last refusal named (empty if none) and why it was refused.
    QString refusedName() const { return m_refusedName; }
    QJsonValue refusedValue() const { return m_refusedValue; }
    QString refusalText() const { return m_refusalText; }
    //! The outcome of the last apply() (its status says who refused: the room or RoomDeck).
    RequestOutcome lastOutcome() const { return m_lastOutcome; }

Q_SIGNALS:
    //! The set of settings changed (loaded, forgotten): rebuild every row.
    void rowsChanged();
    //! One row's room value, pending value, conflict or refusal changed.
    void rowChanged(const QString &name);
    //! apply() has sent the changes.
    void applying();
    //! The room accepted every change (their values arrive as settingsChanged).
    void applied(const QStringList &names);
    //! Nothing was changed; `name` is the refused setting when known, `text` is readable.
    void refused(const QString &name, const QString &text);

private:
    void onChanged(const QString &name, const QJsonValue &value);
    void onOutcome(const RequestOutcome &o, const QJsonObject &sent);
    void clearRefusal();
    QString refusedSettingOf(const RequestOutcome &o, const QJsonObject &sent) const;

    QPointer<RoomSettings> m_settings;
    QJsonObject m_pending;
    //! The room's value when each pending edit was made (for conflicts).
    QHash<QString, QJsonValue> m_base;
    quint64 m_applying = 0;
    QString m_refusedName;
    QJsonValue m_refusedValue;
    QString m_refusalText;
    RequestOutcome m_lastOutcome;
};
