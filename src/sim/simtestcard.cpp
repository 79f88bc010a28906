// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "simtestcard.h"

#include <QBuffer>
#include <QColor>
#include <QImage>

#include <algorithm>
#include <cmath>
#include <iterator>

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

//! A 5 x 7 bitmap font: one byte per row, top first, bit 4 the leftmost pixel. Upper-case
//! letters, digits and a little punctuation; other characters draw as '?'.
struct Glyph
{
    char c;
    unsigned char rows[7];
};

const Glyph kFont[] = {
    { 'A', { 0x0E, 0x11, 0x11, 0x1F, 0x11, 0x11, 0x11 } },
    { 'B', { 0x1E, 0x11, 0x11, 0x1E, 0x11, 0x11, 0x1E } },
    { 'C', { 0x0E, 0x11, 0x10, 0x10, 0x10, 0x11, 0x0E } },
    { 'D', { 0x1C, 0x12, 0x11, 0x11, 0x11, 0x12, 0x1C } },
    { 'E', { 0x1F, 0x10, 0x10, 0x1E, 0x10, 0x10, 0x1F } },
    { 'F', { 0x1F, 0x10, 0x10, 0x1E, 0x10, 0x10, 0x10 } },
    { 'G', { 0x0E, 0x11, 0x10, 0x17, 0x11, 0x11, 0x0F } },
    { 'H', { 0x11, 0x11, 0x11, 0x1F, 0x11, 0x11, 0x11 } },
    { 'I', { 0x0E, 0x04, 0x04, 0x04, 0x04, 0x04, 0x0E } },
    { 'J', { 0x07, 0x02, 0x02, 0x02, 0x02, 0x12, 0x0C } },
    { 'K', { 0x11, 0x12, 0x14, 0x18, 0x14, 0x12, 0x11 } },
    { 'L', { 0x10, 0x10, 0x10, 0x10, 0x10, 0x10, 0x1F } },
    { 'M', { 0x11, 0x1B, 0x15, 0x15, 0x11, 0x11, 0x11 } },
    { 'N', { 0x11, 0x11, 0x19, 0x15, 0x13, 0x11, 0x11 } },
    { 'O', { 0x0E, 0x11, 0x11, 0x11, 0x11, 0x11, 0x0E } },
    { 'P', { 0x1E, 0x11, 0x11, 0x1E, 0x10, 0x10, 0x10 } },
    { 'Q', { 0x0E, 0x11, 0x11, 0x11, 0x15, 0x12, 0x0D } },
    { 'R', { 0x1E, 0x11, 0x11, 0x1E, 0x14, 0x12, 0x11 } },
    { 'S', { 0x0F, 0x10, 0x10, 0x0E, 0x01, 0x01, 0x1E } },
    { 'T', { 0x1F, 0x04, 0x04, 0x04, 0x04, 0x04, 0x04 } },
    { 'U', { 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x0E } },
    { 'V', { 0x11, 0x11, 0x11, 0x11, 0x11, 0x0A, 0x04 } },
    { 'W', { 0x11, 0x11, 0x11, 0x15, 0x15, 0x15, 0x0A } },
    { 'X', { 0x11, 0x11, 0x0A, 0x04, 0x0A, 0x11, 0x11 } },
    { 'Y', { 0x11, 0x11, 0x11, 0x0A, 0x04, 0x04, 0x04 } },
    { 'Z', { 0x1F, 0x01, 0x02, 0x04, 0x08, 0x10, 0x1F } },
    { '0', { 0x0E, 0x11, 0x13, 0x15, 0x19, 0x11, 0x0E } },
    { '1', { 0x04, 0x0C, 0x04, 0x04, 0x04, 0x04, 0x0E } },
    { '2', { 0x0E, 0x11, 0x01, 0x02, 0x04, 0x08, 0x1F } },
    { '3', { 0x1F, 0x02, 0x04, 0x02, 0x01, 0x11, 0x0E } },
    { '4', { 0x02, 0x06, 0x0A, 0x12, 0x1F, 0x02, 0x02 } },
    { '5', { 0x1F, 0x10, 0x1E, 0x01, 0x01, 0x11, 0x0E } },
    { '6', { 0x06, 0x08, 0x10, 0x1E, 0x11, 0x11, 0x0E } },
    { '7', { 0x1F, 0x01, 0x02, 0x04, 0x08, 0x08, 0x08 } },
    { '8', { 0x0E, 0x11, 0x11, 0x0E, 0x11, 0x11, 0x0E } },
    { '9', { 0x0E, 0x11, 0x11, 0x0F, 0x01, 0x02, 0x0C } },
    { ' ', { 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00 } },
    { '-', { 0x00, 0x00, 0x00, 0x1F, 0x00, 0x00, 0x00 } },
    { '+', { 0x00, 0x04, 0x04, 0x1F, 0x04, 0x04, 0x00 } },
    { '.', { 0x00, 0x00, 0x00, 0x00, 0x00, 0x0C, 0x0C } },
    { ':', { 0x00, 0x0C, 0x0C, 0x00, 0x0C, 0x0C, 0x00 } },
    { '/', { 0x00, 0x01, 0x02, 0x04, 0x08, 0x10, 0x00 } },
    { '_', { 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x1F } },
    { '%', { 0x18, 0x19, 0x02, 0x04, 0x08, 0x13, 0x03 } },
    { '?', { 0x0E, 0x11, 0x01, 0x02, 0x04, 0x00, 0x04 } },
};

const Glyph &glyph(QChar ch)
{
    const char c = ch.toUpper().toLatin1();
    for (const Glyph &g : kFont)
        if (g.c == c && c != 0)
            return g;
    return kFont[std::size(kFont) - 1];
}

//! Width in pixels of `text` drawn at `scale`.
int textWidth(const QString &text, int scale)
{
    return int(text.size()) * 6 * scale - scale;
}

//! `text` with its top-left corner at (x, y); each font pixel a `scale` x `scale` square.
void drawText(QImage &image, int x, int y, const QString &text, int scale, QRgb color)
{
    for (const QChar ch : text) {
        const Glyph &g = glyph(ch);
        for (int row = 0; row < 7; ++row)
            for (int col = 0; col < 5; ++col)
                if (g.rows[row] & (0x10 >> col))
                    fillRect(image, x + col * scale, y + row * scale, scale, scale, color);
        x += 6 * scale;
    }
}

//! The scene in front of the camera at world point (wx, wy): the colour bars (repeating
//! sideways, so that panning never runs out of picture) with the moving bar, on a
//! chequered wall above and below.
QRgb scene(double wx, double wy, const QRgb bars[7], int barWidth, int movingX)
{
    if (wy < 0 || wy >= kBarsHeight) {
        const int cell = (int(std::floor(wx / 30)) + int(std::floor(wy / 30))) & 1;
        return cell ? qRgb(70, 70, 78) : qRgb(110, 110, 118);
    }
    const int x = int(std::floor(wx));
    const int wrapped = ((x % SimTestCard::kWidth) + SimTestCard::kWidth) % SimTestCard::kWidth;
    if (wrapped >= movingX && wrapped < movingX + 10)
        return qRgb(255, 255, 255);
    const int bar = std::min(6, wrapped / barWidth);
    if (wy < kBarsHeight * 2 / 3)
        return bars[bar];
    // A lower strip with the bars reversed and darker: tilting visibly moves the edge.
    const QRgb c = bars[6 - bar];
    return qRgb(qRed(c) / 2, qGreen(c) / 2, qBlue(c) / 2);
}

void drawTime(QImage &image, const QTime &time, QRgb lit)
{
    const int digits[6] = { time.hour() / 10,   time.hour() % 10,   time.minute() / 10,
                            time.minute() % 10, time.second() / 10, time.second() % 10 };
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
}

//! The main window's video matrix, scaled into a 128x72 map at the top right.
void drawLayout(QImage &image, const QList<QRect> &rects, int type)
{
    constexpr int w = 128;
    constexpr int h = 72;
    const int x0 = SimTestCard::kWidth - w - 6;
    const int y0 = 6;
    fillRect(image, x0 - 2, y0 - 2, w + 4, h + 4, qRgb(0, 0, 0));
    for (const QRect &r : rects) {
        if (r.isEmpty())
            continue;
        const int x = x0 + r.x() * w / 1920;
        const int y = y0 + r.y() * h / 1080;
        const int sw = std::max(2, r.width() * w / 1920);
        const int sh = std::max(2, r.height() * h / 1080);
        fillRect(image, x, y, sw, sh, qRgb(255, 255, 255));
        fillRect(image, x + 1, y + 1, sw - 2, sh - 2, qRgb(40, 90, 160));
    }
    const QString text = QStringLiteral("L%1 %2").arg(type).arg(rects.size());
    fillRect(image, x0 - 2, y0 + h + 2, textWidth(text, 2) + 6, 18, qRgb(0, 0, 0));
    drawText(image, x0 + 1, y0 + h + 5, text, 2, qRgb(255, 255, 255));
}

QByteArray encode(const QImage &image, int quality)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "JPG", quality))
        return {};
    return bytes;
}

} // namespace

namespace SimTestCard {

QByteArray jpeg(const Input &in)
{
    QImage image(kWidth, kHeight, QImage::Format_RGB32);
    if (in.cameraOff) {
        // What a muted camera sends: black. The clock still runs, dimly, so that a client
        // can tell a live feed of a muted camera from a frozen one.
        image.fill(qRgb(8, 8, 10));
        const QString text = QStringLiteral("CAMERA OFF");
        drawText(image, (kWidth - textWidth(text, 4)) / 2, 80, text, 4, qRgb(150, 150, 150));
        drawTime(image, in.time, qRgb(50, 50, 50));
        return encode(image, in.quality);
    }

    QRgb bars[7] = { qRgb(235, 235, 235), qRgb(235, 235, 16), qRgb(16, 235, 235), qRgb(16, 235, 16),
                     qRgb(235, 16, 235),  qRgb(235, 16, 16),  qRgb(16, 16, 235) };
    if (in.hue >= 0) {
        // Participants get the bars in their own hue, so that feeds are told apart.
        for (int i = 0; i < 7; ++i)
            bars[i] = QColor::fromHsv((in.hue + i * 12) % 360, 160, qGray(bars[i]) / 2 + 110).rgb();
    }
    const int barWidth = (kWidth + 6) / 7;
    const int movingX = int((in.frame * 8) % kWidth);
    // The camera's view of the scene: pan and tilt move it (about 1.5 px per degree), zoom
    // magnifies it (up to twice at the longest focal length). Untransformed, this is the
    // plain card.
    const double z = in.showPtz ? 1.0 + std::clamp(in.zoom - 100, 0, 900) / 900.0 : 1.0;
    const double panPx = in.showPtz ? in.pan * 1.5 : 0;
    const double tiltPx = in.showPtz ? in.tilt * 1.5 : 0;
    const double cx = kWidth / 2.0;
    const double cy = kBarsHeight / 2.0;
    for (int y = 0; y < kBarsHeight; ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        const double wy = cy + (y + 0.5 - cy) / z - tiltPx;
        for (int x = 0; x < kWidth; ++x)
            line[x] = scene(cx + (x + 0.5 - cx) / z + panPx, wy, bars, barWidth, movingX);
    }
    fillRect(image, 0, kBarsHeight, kWidth, kHeight - kBarsHeight, qRgb(24, 24, 28));
    if (in.clock) {
        drawTime(image, in.time, qRgb(120, 230, 120));
        drawClockFace(image, kWidth - 60, kBarsHeight + 45, 38, in.time);
    }
    if (in.layoutType >= 0)
        drawLayout(image, in.layoutSlots, in.layoutType);

    if (in.showPtz) {
        const QString ptz
            = QStringLiteral("PAN %1 TILT %2 ZOOM %3").arg(in.pan).arg(in.tilt).arg(in.zoom);
        QString preset;
        if (!in.presetName.isEmpty())
            preset = QStringLiteral("PRESET ") + in.presetName.left(24);
        const int boxWidth = std::max(textWidth(ptz, 2), textWidth(preset, 2)) + 12;
        fillRect(image, 4, 4, boxWidth, preset.isEmpty() ? 26 : 46, qRgb(0, 0, 0));
        drawText(image, 10, 10, ptz, 2, qRgb(255, 255, 255));
        if (!preset.isEmpty())
            drawText(image, 10, 30, preset, 2, qRgb(255, 220, 80));
    }
    return encode(image, in.quality);
}

QByteArray jpeg(quint64 frame, const QTime &time, int hue, int quality)
{
    Input in;
    in.frame = frame;
    in.time = time;
    in.hue = hue;
    in.quality = quality;
    return jpeg(in);
}

} // namespace SimTestCard
