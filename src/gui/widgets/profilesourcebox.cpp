// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "profilesourcebox.h"

#include "core/models/brandingstate.h"
#include "core/models/roomsettings.h"
#include "core/roomtext.h"
#include "core/session/roomsession.h"
#include "core/session/roomsessionlist.h"
#include "gui/presenters/dialogpresenter.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace {

enum Kind { RoomItem, FileItem, OpenItem };
constexpr int kKindRole = Qt::UserRole;
constexpr int kValueRole = Qt::UserRole + 1;

} // namespace

ProfileSourceBox::ProfileSourceBox(RoomSessionList *rooms, DialogPresenter *presenter,
                                   QWidget *parent)
    : QComboBox(parent)
    , m_rooms(rooms)
    , m_presenter(presenter)
{
    // Long room names and file names elide instead of widening the page.
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(12);
    setToolTip(tr("Where the settings come from: an open room or a profile file"));
    connect(this, &QComboBox::activated, this, &ProfileSourceBox::onActivated);
    if (m_rooms) {
        connect(m_rooms, &QAbstractItemModel::rowsInserted, this, &ProfileSourceBox::rebuild);
        connect(m_rooms, &QAbstractItemModel::rowsRemoved, this, &ProfileSourceBox::rebuild);
        connect(m_rooms, &QAbstractItemModel::rowsMoved, this, &ProfileSourceBox::rebuild);
        connect(m_rooms, &QAbstractItemModel::modelReset, this, &ProfileSourceBox::rebuild);
        connect(m_rooms, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
                    if (roles.isEmpty() || roles.contains(RoomSessionList::NameRole))
                        rebuild();
                });
    }
    rebuild();
}

ProfileSourceBox::~ProfileSourceBox() = default;

void ProfileSourceBox::rebuild()
{
    // Keep the choice across a rebuild: the same room, or the same file.
    const int kind = currentData(kKindRole).toInt();
    const QVariant value = currentData(kValueRole);
    m_rebuilding = true;
    clear();
    const int count = m_rooms ? m_rooms->count() : 0;
    for (int row = 0; row < count; ++row) {
        RoomSession *s = m_rooms->session(row);
        const QString name = RoomText::name(m_rooms->entry(row).name);
        addItem(name, int(RoomItem));
        setItemData(this->count() - 1, QVariant::fromValue<QObject *>(s), kValueRole);
        setItemData(this->count() - 1, name, Qt::ToolTipRole);
    }
    for (int i = 0; i < m_files.size(); ++i) {
        addItem(tr("File: %1").arg(m_fileNames.at(i)), int(FileItem));
        setItemData(this->count() - 1, i, kValueRole);
    }
    addItem(tr("Open a profile file…"), int(OpenItem));
    int index = -1;
    for (int i = 0; i < this->count() && value.isValid(); ++i)
        if (itemData(i, kKindRole).toInt() == kind && itemData(i, kValueRole) == value)
            index = i;
    setCurrentIndex(index >= 0 ? index : 0);
    m_lastIndex = currentIndex();
    m_rebuilding = false;
    watch(session());
    if (index < 0)
        Q_EMIT sourceChanged();
}

void ProfileSourceBox::onActivated(int index)
{
    if (m_rebuilding)
        return;
    if (itemData(index, kKindRole).toInt() == OpenItem) {
        setCurrentIndex(m_lastIndex);
        const QString path = m_presenter
            ? m_presenter->openFileName(window(), tr("Open a Settings Profile"), QDir::homePath(),
                                        tr("RoomDeck profiles (*.json);;All files (*)"))
            : QString();
        if (!path.isEmpty())
            openFile(path);
        return;
    }
    if (index == m_lastIndex)
        return;
    m_lastIndex = index;
    watch(session());
    Q_EMIT sourceChanged();
}

bool ProfileSourceBox::setRoom(RoomSession *target)
{
    for (int i = 0; i < count(); ++i) {
        if (itemData(i, kKindRole).toInt() == RoomItem
            && itemData(i, kValueRole).value<QObject *>() == target) {
            setCurrentIndex(i);
            onActivated(i);
            return true;
        }
    }
    return false;
}

bool ProfileSourceBox::openFile(const QString &path)
{
    RoomProfile profile;
    QString error;
    if (!RoomProfile::load(path, &profile, &error)) {
        if (m_presenter)
            m_presenter->showError(window(), tr("Open a Settings Profile"), error);
        return false;
    }
    m_files.append(profile);
    m_fileNames.append(RoomText::name(QFileInfo(path).fileName()));
    const int fileIndex = int(m_files.size()) - 1;
    rebuild();
    for (int i = 0; i < count(); ++i)
        if (itemData(i, kKindRole).toInt() == FileItem && itemData(i, kValueRole) == fileIndex) {
            setCurrentIndex(i);
            setItemData(i, QDir::toNativeSeparators(path), Qt::ToolTipRole);
            onActivated(i);
        }
    return true;
}

RoomSession *ProfileSourceBox::session() const
{
    if (currentData(kKindRole).toInt() != RoomItem)
        return nullptr;
    // Only a room still in the list: a removed room's item may outlive its session briefly.
    auto *s = static_cast<RoomSession *>(currentData(kValueRole).value<QObject *>());
    return m_rooms && m_rooms->rowOf(s) >= 0 ? s : nullptr;
}

bool ProfileSourceBox::isFile() const
{
    return currentData(kKindRole).toInt() == FileItem;
}

RoomProfile ProfileSourceBox::profile() const
{
    if (isFile())
        return m_files.value(currentData(kValueRole).toInt());
    return RoomProfile::capture(session(), label());
}

QString ProfileSourceBox::label() const
{
    if (isFile())
        return m_fileNames.value(currentData(kValueRole).toInt());
    return currentData(kKindRole).toInt() == RoomItem ? currentText() : QString();
}

void ProfileSourceBox::watch(RoomSession *s)
{
    for (const QMetaObject::Connection &c : std::as_const(m_watching))
        disconnect(c);
    m_watching.clear();
    if (!s)
        return;
    const auto changed = [this] {
        Q_EMIT sourceChanged();
    };
    if (RoomSettings *settings = s->settings()) {
        m_watching.append(connect(settings, &RoomSettings::loaded, this, changed));
        m_watching.append(connect(settings, &RoomSettings::changed, this, changed));
        m_watching.append(connect(settings, &RoomSettings::forgotten, this, changed));
    }
    if (BrandingState *b = s->branding()) {
        m_watching.append(connect(b, &BrandingState::logoChanged, this, changed));
        m_watching.append(connect(b, &BrandingState::backgroundChanged, this, changed));
    }
}
