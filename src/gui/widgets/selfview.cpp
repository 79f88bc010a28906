// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "selfview.h"

#include <QBuffer>
#include <QEvent>
#include <QImageReader>
#include <QPainter>

using namespace Qt::StringLiterals;
using State = FrameSource::State;

namespace {

constexpr int kAspectW = 16;
constexpr int kAspectH = 9;

} // namespace

SelfView::SelfView(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setAccessibleName(tr("Camera picture"));
    m_ageTimer.setParent(this);
    m_ageTimer.setInterval(1000);
    connect(&m_ageTimer, &QTimer::timeout, this, qOverload<>(&QWidget::update));
}

SelfView::~SelfView()
{
    if (m_source)
        m_source->setSubscriberRate(this, 0);
}

void SelfView::setSource(FrameSource *source)
{
    if (m_source == source)
        return;
    if (m_source) {
        m_source->setSubscriberRate(this, 0);
        m_source->disconnect(this);
    }
    m_source = source;
    m_image = {};
    m_brokenImage = false;
    m_askedRate = 0;
    if (m_source) {
        connect(m_source, &FrameSource::frame, this, &SelfView::onFrame);
        connect(m_source, &FrameSource::stateChanged, this,
                [this](FrameSource::State state) { onState(state); });
    }
    updateRate();
    update();
}

void SelfView::setMode(Mode mode)
{
    if (m_mode == mode)
        return;
    m_mode = mode;
    updateGeometry();
    updateRate();
    update();
}

QSize SelfView::sizeHint() const
{
    return m_mode == Mode::Thumbnail ? QSize(160, 90) : QSize(480, 270);
}

QSize SelfView::minimumSizeHint() const
{
    return m_mode == Mode::Thumbnail ? QSize(64, 36) : QSize(160, 90);
}

int SelfView::heightForWidth(int width) const
{
    return width * kAspectH / kAspectW;
}

void SelfView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Minimizing hides nothing inside the window: the view watches its window's state.
    if (m_watchedWindow != window()) {
        if (m_watchedWindow)
            m_watchedWindow->removeEventFilter(this);
        m_watchedWindow = window();
        m_watchedWindow->installEventFilter(this);
    }
    updateRate();
}

void SelfView::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    updateRate();
}

bool SelfView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_watchedWindow && event->type() == QEvent::WindowStateChange)
        updateRate();
    return QWidget::eventFilter(watched, event);
}

void SelfView::updateRate()
{
    const bool seen = isVisible() && !(window() && window()->isMinimized());
    const double rate = !seen ? 0.0 : (m_mode == Mode::Thumbnail ? kThumbnailRate : kFullRate);
    if (m_source)
        m_source->setSubscriberRate(this, rate);
    m_askedRate = m_source ? rate : 0;
    if (seen && !m_image.isNull())
        m_ageTimer.start();
    else
        m_ageTimer.stop();
}

void SelfView::onFrame(const QByteArray &jpeg, qint64)
{
    if (m_askedRate <= 0)
        return; // nobody sees it (another view of the same source asked for it)
    QBuffer buffer;
    buffer.setData(jpeg);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, "JPG");
    if (m_mode == Mode::Thumbnail) {
        // The decoder scales while decoding (cheaper than decoding whole, then scaling).
        const QSize full = reader.size();
        const qreal dpr = devicePixelRatioF();
        const QSize want = (QSizeF(pictureRect().size()) * dpr).toSize();
        if (full.isValid() && want.width() > 0 && want.width() < full.width())
            reader.setScaledSize(full.scaled(want, Qt::KeepAspectRatio));
    }
    QImage image = reader.read();
    ++m_decoded;
    if (image.isNull()) {
        m_brokenImage = true;
        m_image = {};
        m_ageTimer.stop();
    } else {
        m_brokenImage = false;
        m_image = std::move(image);
        m_imageAge.start();
        if (!m_ageTimer.isActive())
            m_ageTimer.start();
    }
    update();
}

void SelfView::onState(FrameSource::State state)
{
    // A picture stays only while the feed is live (or about to be): any failure shows why.
    if (state != State::Live && state != State::Loading && state != State::Idle) {
        m_image = {};
        m_ageTimer.stop();
    }
    if (state != State::Live)
        m_brokenImage = false;
    update();
}

bool SelfView::isStale() const
{
    return !m_image.isNull() && m_imageAge.isValid() && m_imageAge.elapsed() > m_staleAfterMs;
}

QString SelfView::headline() const
{
    if (!m_source)
        return tr("No camera");
    if (m_brokenImage)
        return tr("Broken picture");
    switch (m_source->state()) {
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
    case State::Loading:
    case State::Live:
        return tr("Loading…");
    case State::Idle:
        return tr("Paused");
    }
    return {};
}

QString SelfView::placeholderText() const
{
    return m_image.isNull() ? headline() : QString();
}

QRect SelfView::pictureRect() const
{
    const QSize fitted = QSize(kAspectW, kAspectH).scaled(size(), Qt::KeepAspectRatio);
    return QRect(QPoint((width() - fitted.width()) / 2, (height() - fitted.height()) / 2), fitted);
}

void SelfView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QRect area = pictureRect();
    p.fillRect(area, QColor(20, 20, 24));
    if (!m_image.isNull()) {
        p.setRenderHint(QPainter::SmoothPixmapTransform, m_mode == Mode::Full);
        const QSize shown = m_image.size().scaled(area.size(), Qt::KeepAspectRatio);
        const QRect target(area.center() - QPoint(shown.width() / 2, shown.height() / 2), shown);
        p.drawImage(target, m_image);
        if (isStale()) {
            // An old frame must not pass for live: greyed, with its age.
            p.fillRect(target, QColor(60, 60, 60, 170));
            const qint64 secs = m_imageAge.elapsed() / 1000;
            const QString age = m_mode == Mode::Thumbnail
                ? tr("%1 s old").arg(secs)
                : tr("Last picture %n second(s) ago", nullptr, int(secs));
            p.setPen(Qt::white);
            p.drawText(target.adjusted(4, 4, -4, -4), Qt::AlignBottom | Qt::AlignLeft, age);
        }
        return;
    }
    // The placeholder: what is wrong, and in full mode why (the source's text, plain).
    p.setPen(QColor(220, 220, 220));
    QFont bold = font();
    bold.setWeight(QFont::DemiBold);
    if (m_mode == Mode::Full)
        bold.setPointSizeF(bold.pointSizeF() * 1.3);
    p.setFont(bold);
    const QRect inner = area.adjusted(8, 8, -8, -8);
    const QString detail
        = m_mode == Mode::Full && m_source && m_source->state() != State::Live && !m_brokenImage
        ? m_source->errorText()
        : QString();
    if (detail.isEmpty()) {
        p.drawText(inner, Qt::AlignCenter | Qt::TextWordWrap, headline());
        return;
    }
    const QRect top(inner.left(), inner.top(), inner.width(), inner.height() / 2 - 2);
    p.drawText(top, Qt::AlignHCenter | Qt::AlignBottom | Qt::TextWordWrap, headline());
    p.setFont(font());
    p.setPen(QColor(180, 180, 180));
    const QRect bottom(inner.left(), inner.top() + inner.height() / 2 + 2, inner.width(),
                       inner.height() / 2 - 2);
    p.drawText(bottom, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, detail);
}
