// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "svgicon.h"

#include <QFile>
#include <QGuiApplication>
#include <QHash>
#include <QIconEngine>
#include <QImage>
#include <QPainter>
#include <QPalette>
#include <QSvgRenderer>

using namespace Qt::StringLiterals;

namespace {

// The file's text with `currentColor` resolved; files are read once.
QByteArray svgText(const QString &file, const QColor &color)
{
    static QHash<QString, QByteArray> cache;
    auto it = cache.constFind(file);
    if (it == cache.constEnd()) {
        QFile f(file);
        it = cache.insert(file, f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray());
    }
    const QColor ink = color.isValid()
        ? color
        : QGuiApplication::palette().color(QPalette::Active, QPalette::WindowText);
    QByteArray text = *it;
    return text.replace("currentColor", ink.name().toLatin1());
}

QImage render(const QString &file, const QSize &pixelSize, QIcon::Mode mode,
              const QColor &color = {})
{
    QImage image(pixelSize, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QSvgRenderer renderer(svgText(file, color));
    if (!renderer.isValid() || pixelSize.isEmpty())
        return image;
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    // Keep the aspect ratio and centre the drawing in the requested box.
    QSizeF drawn = renderer.defaultSize();
    drawn.scale(pixelSize, Qt::KeepAspectRatio);
    const QRectF target((pixelSize.width() - drawn.width()) / 2.0,
                        (pixelSize.height() - drawn.height()) / 2.0, drawn.width(), drawn.height());
    if (mode == QIcon::Disabled)
        painter.setOpacity(0.35);
    renderer.render(&painter, target);
    painter.end();
    if (mode == QIcon::Disabled) {
        // Desaturate: a disabled action must not look like a live coloured one.
        for (int y = 0; y < image.height(); ++y) {
            auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
            for (int x = 0; x < image.width(); ++x) {
                const int grey = qGray(line[x]);
                line[x] = qRgba(grey, grey, grey, qAlpha(line[x]));
            }
        }
    }
    return image;
}

class SvgIconEngine final : public QIconEngine
{
public:
    explicit SvgIconEngine(const QString &file)
        : m_file(file)
    { }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        QImage image = render(m_file, rect.size() * dpr, mode);
        image.setDevicePixelRatio(dpr);
        painter->drawImage(rect, image);
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State) override
    {
        return QPixmap::fromImage(render(m_file, size, mode));
    }

    QIconEngine *clone() const override { return new SvgIconEngine(m_file); }
    QString key() const override { return u"RoomDeckSvgIconEngine"_s; }

private:
    QString m_file;
};

} // namespace

namespace SvgIcon {

QString path(const QString &name)
{
    return u":/roomdeck/icons/"_s + name + u".svg"_s;
}

QIcon icon(const QString &name)
{
    return QIcon(new SvgIconEngine(path(name)));
}

QPixmap pixmap(const QString &name, const QSize &size, qreal dpr, const QColor &color)
{
    QImage image = render(path(name), size * dpr, QIcon::Normal, color);
    image.setDevicePixelRatio(dpr);
    return QPixmap::fromImage(image);
}

} // namespace SvgIcon
