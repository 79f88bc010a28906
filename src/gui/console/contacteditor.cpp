// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "contacteditor.h"

#include "core/controller/roomcontroller.h" // RoomIds: what can be added
#include "core/models/peerlistmodel.h"
#include "gui/presenters/dialogpresenter.h"

#include <QWidget>

ContactEditor::ContactEditor(PeerListModel *peers, DialogPresenter *presenter, QWidget *window)
    : QObject(window)
    , m_peers(peers)
    , m_presenter(presenter)
    , m_window(window)
{ }

void ContactEditor::add(const QString &suggestion)
{
    const std::optional<QString> id
        = m_presenter->askText(m_window, tr("Add to Address Book"),
                               tr("TrueConf ID to add (user or user@server):"), suggestion);
    if (!id || id->trimmed().isEmpty() || !m_peers)
        return;
    const QString peerId = id->trimmed();
    const RoomIds::Kind kind = RoomIds::kindOf(peerId);
    if (kind != RoomIds::Kind::PeerId && kind != RoomIds::Kind::CallId
        && kind != RoomIds::Kind::InstanceId) {
        const QString reason = RoomIds::validationError(peerId);
        Q_EMIT problem(
            tr("Cannot add “%1”: %2")
                .arg(peerId,
                     reason.isEmpty() ? tr("only a person's TrueConf ID can be added") : reason));
        return;
    }
    const std::optional<QString> name = m_presenter->askText(
        m_window, tr("Add to Address Book"),
        tr("Name to show for %1 (leave empty for the server's name):").arg(peerId), {});
    if (!name || !m_peers)
        return;
    Q_EMIT requested(m_peers->requestAdd(peerId, name->trimmed()),
                     tr("Adding %1 to the address book").arg(peerId));
}

void ContactEditor::remove(const QString &peerId, const QString &display)
{
    if (peerId.isEmpty() || !m_peers)
        return;
    if (!m_presenter->confirm(m_window, tr("Remove from Address Book"),
                              tr("Remove %1 from the room's address book?").arg(display)))
        return;
    if (m_peers)
        Q_EMIT requested(m_peers->requestRemove(peerId),
                         tr("Removing %1 from the address book").arg(peerId));
}

void ContactEditor::rename(const QString &peerId, const QString &currentName)
{
    if (peerId.isEmpty() || !m_peers)
        return;
    const std::optional<QString> name = m_presenter->askText(
        m_window, tr("Rename Contact"), tr("New name for %1:").arg(peerId), currentName);
    if (!name || name->trimmed().isEmpty() || !m_peers)
        return;
    Q_EMIT requested(m_peers->requestRename(peerId, name->trimmed()),
                     tr("Renaming %1").arg(peerId));
}
