// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "simtestcard.h"

#include <QBuffer>
#include <QColor>
#include <QImage>

#include <cmath>

namespace {

constexpr int kBarsHeight = 180;
constexpr double kPi = 3.14159265358979323846;

void fillRect(QImage &image, int x, int y, int w, int h, QRgb color)
{
    const int x0 = qMax(0, x);
    const int x1 = qMin(image.width(), x + w);
    for (int row = qMax(0, y); row < qMin(image.height(), y + h); ++row) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(row));
        for (int col = x0; col < x1; ++col)
            line[col] = color;
    }
}

//! A line with a square brush of `thickness` pixels.
void drawLine(QImage &image, double x0, double y0, double x1, double y1, int thickness, QRgb color)
{
    const int steps = int(std::ceil(std::max(std::fabs(x1 - x0), std::fabs(y1 - y0)))) + 1;
    for (int i = 0; i <= steps; ++i) {
        const double t = double(i) / steps;
        const int x = int(std::lround(x0 + (x1 - x0) * t));
        const int y = int(std::lround(y0 + (y1 - y0) * t));
        fillRect(image, x - thickness / 2, y - thickness / 2, thickness, thickness, color);
    }
}

//! Seven-segment digit with its top-left corner at (x, y), 22 x 40 pixels.
void drawDigit(QImage &image, int x, int y, int digit, QRgb color)
{
    // Segments a b c d e f g, as bits of a mask per digit.
    static const int masks[10] = { 0x3f, 0x06, 0x5b, 0x4f, 0x66, 0x6d, 0x7d, 0x07, 0x7f, 0x6f };
    constexpr int w = 22;
    constexpr int h = 40;
    constexpr int t = 4;
    const int m = masks[qBound(0, digit, 9)];
    const int half = h / 2;
    if (m & 0x01)
        fillRect(image, x, y, w, t, color); // a
    if (m & 0x02)
        fillRect(image, x + w - t, y, t, half, color); // b
    if (m & 0x04)
        fillRect(image, x + w - t, y + half, t, half, color); // c
    if (m & 0x08)
        fillRect(image, x, y + h - t, w, t, color); // d
    if (m & 0x10)
        fillRect(image, x, y + half, t, half, color); // e
    if (m & 0x20)
        fillRect(image, x, y, t, half, color); // f
    if (m & 0x40)
        fillRect(image, x, y + half - t / 2, w, t, color); // g
}

void drawClockFace(QImage &image, int cx, int cy, int radius, const QTime &time)
{
    const QRgb white = qRgb(240, 240, 240);
    for (int deg = 0; deg < 360; deg += 2) {
        const double a = deg * kPi / 180.0;
        fillRect(image, cx + int(std::lround(radius * std::cos(a))) - 1,
                 cy + int(std::lround(radius * std::sin(a))) - 1, 2, 2, white);
    }
    const auto hand = [&](double fraction, double length, int thickness, QRgb color) {
        const double a = fraction * 2 * kPi - kPi / 2;
        drawLine(image, cx, cy, cx + length * std::cos(a), cy + length * std::sin(a), thickness,
                 color);
    };
    const double seconds = time.second() + time.msec() / 1000.0;
    const double minutes = time.minute() + seconds / 60.0;
    hand((time.hour() % 12 + minutes / 60.0) / 12.0, radius * 0.5, 4, white);
    hand(minutes / 60.0, radius * 0.8, 3, white);
    hand(seconds / 60.0, radius * 0.9, 1, qRgb(230, 60, 60));
}

} // namespace

namespace SimTestCard {

QByteArray jpeg(quint64 frame, const QTime &time, int hue, int quality)
{
    QImage image(kWidth, kHeight, QImage::Format_RGB32);
    static const QRgb bars[7]
        = { qRgb(235, 235, 235), qRgb(235, 235, 16), qRgb(16, 235, 235), qRgb(16, 235, 16),
            qRgb(235, 16, 235),  qRgb(235, 16, 16),  qRgb(16, 16, 235) };
    const int barWidth = (kWidth + 6) / 7;
    for (int i = 0; i < 7; ++i) {
        QRgb color = bars[i];
        if (hue >= 0) {
            // Participants get the bars in their own hue, so that feeds are told apart.
            const QColor c = QColor::fromHsv((hue + i * 12) % 360, 160, qGray(bars[i]) / 2 + 110);
            color = c.rgb();
        }
        fillRect(image, i * barWidth, 0, barWidth, kBarsHeight, color);
    }
    // Moving bar: every fetch gives a visibly different frame.
    fillRect(image, int((frame * 8) % kWidth), 0, 10, kBarsHeight, qRgb(255, 255, 255));
    fillRect(image, 0, kBarsHeight, kWidth, kHeight - kBarsHeight, qRgb(24, 24, 28));

    const int digits[6] = { time.hour() / 10,   time.hour() % 10,   time.minute() / 10,
                            time.minute() % 10, time.second() / 10, time.second() % 10 };
    const QRgb lit = qRgb(120, 230, 120);
    int x = 24;
    for (int i = 0; i < 6; ++i) {
        drawDigit(image, x, 205, digits[i], lit);
        x += 30;
        if (i == 1 || i == 3) {
            fillRect(image, x, 215, 4, 4, lit);
            fillRect(image, x, 233, 4, 4, lit);
            x += 14;
        }
    }
    drawClockFace(image, kWidth - 60, kBarsHeight + 45, 38, time);

    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "JPG", quality))
        return {};
    return bytes;
}

} // namespace SimTestCard
