// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "tilethumbnails.h"

#include "core/http/framesource.h"
#include "core/session/roomsession.h"
#include "core/session/roomsessionlist.h"

#include <QBuffer>
#include <QImageReader>

using namespace Qt::StringLiterals;
using State = FrameSource::State;

TileThumbnails::TileThumbnails(RoomSessionList *rooms, QObject *parent)
    : QObject(parent)
    , m_rooms(rooms)
{
    connect(m_rooms, &QAbstractItemModel::rowsInserted, this, &TileThumbnails::sync);
    connect(m_rooms, &QAbstractItemModel::rowsRemoved, this, &TileThumbnails::sync);
    connect(m_rooms, &QAbstractItemModel::modelReset, this, &TileThumbnails::sync);
    sync();
}

TileThumbnails::~TileThumbnails()
{
    for (const Entry &e : std::as_const(m_entries))
        if (e.source)
            e.source->setSubscriberRate(this, 0);
}

void TileThumbnails::setActive(bool active)
{
    if (m_active == active)
        return;
    m_active = active;
    for (const Entry &e : std::as_const(m_entries))
        if (e.source)
            e.source->setSubscriberRate(this, m_active ? kRate : 0);
}

void TileThumbnails::sync()
{
    QHash<const RoomSession *, Entry> next;
    for (int row = 0; row < m_rooms->count(); ++row) {
        RoomSession *session = m_rooms->session(row);
        if (!session)
            continue;
        auto it = m_entries.find(session);
        if (it != m_entries.end() && it->session && it->source) {
            next.insert(session, *it);
            m_entries.erase(it);
            continue;
        }
        Entry e;
        e.session = session;
        e.source = FrameSources::of(session->controller())->source();
        connect(e.source, &FrameSource::frame, this,
                [this, s = QPointer<RoomSession>(session)](const QByteArray &jpeg) {
                    if (s)
                        onFrame(s, jpeg);
                });
        connect(e.source, &FrameSource::stateChanged, this,
                [this, s = QPointer<RoomSession>(session)](FrameSource::State state) {
                    if (!s)
                        return;
                    auto entry = m_entries.find(s.data());
                    if (entry == m_entries.end())
                        return;
                    if (state != State::Live && state != State::Loading && state != State::Idle)
                        entry->image = {};
                    Q_EMIT changed(s);
                });
        if (m_active)
            e.source->setSubscriberRate(this, kRate);
        next.insert(session, e);
    }
    // Rooms that left: their sources stop hearing from this object.
    for (const Entry &gone : std::as_const(m_entries))
        if (gone.source) {
            gone.source->setSubscriberRate(this, 0);
            gone.source->disconnect(this);
        }
    m_entries = next;
}

void TileThumbnails::onFrame(RoomSession *session, const QByteArray &jpeg)
{
    auto it = m_entries.find(session);
    if (it == m_entries.end() || !m_active)
        return; // nobody sees it
    // A source shared with a faster view (the Camera page at 5/s) brings more frames than a
    // thumbnail shows: one per period is decoded, the rest skipped.
    if (it->age.isValid() && it->age.elapsed() < qint64(1000 / kRate * 0.8))
        return;
    QBuffer buffer;
    buffer.setData(jpeg);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, "JPG");
    const QSize full = reader.size();
    if (full.isValid() && m_decodeSize.width() < full.width())
        reader.setScaledSize(full.scaled(m_decodeSize, Qt::KeepAspectRatio));
    it->image = reader.read();
    it->age.start();
    ++m_decoded;
    Q_EMIT changed(session);
}

QImage TileThumbnails::thumbnail(const RoomSession *session) const
{
    return m_entries.value(session).image;
}

bool TileThumbnails::isStale(const RoomSession *session) const
{
    const auto it = m_entries.constFind(session);
    return it != m_entries.constEnd() && !it->image.isNull() && it->age.isValid()
        && it->age.elapsed() > kStaleAfterMs;
}

FrameSource *TileThumbnails::sourceOf(const RoomSession *session) const
{
    return m_entries.value(session).source;
}

QString TileThumbnails::placeholder(const RoomSession *session) const
{
    const auto it = m_entries.constFind(session);
    if (it == m_entries.constEnd() || !it->source)
        return tr("No camera");
    if (!it->image.isNull())
        return {};
    switch (it->source->state()) {
    case State::CameraOff:
        return tr("Camera off");
    case State::Unauthorized:
        return tr("Not authorized");
    case State::NotFound:
        return tr("No picture");
    case State::BrokenFrame:
        return tr("Broken picture");
    case State::Unreachable:
        return tr("Unreachable");
    case State::NotConnected:
        return tr("Not signed in");
    case State::Idle:
    case State::Loading:
    case State::Live:
        return tr("Loading…");
    }
    return {};
}
