// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "cliformat.h"

#include "core/models/contact.h"
#include "core/models/participantlistmodel.h"
#include "core/protocol/enums.h"

#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace CliFormat {

namespace {

QString paddedLine(const QStringList &cells, const QList<qsizetype> &widths)
{
    QString line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            line += u"  "_s;
        line += i + 1 < cells.size() ? cells.at(i).leftJustified(widths.at(i)) : cells.at(i);
    }
    return line + u'\n';
}

//! Cells as they will be printed, so that the columns line up after escaping.
QStringList safeCells(const QStringList &cells)
{
    QStringList out;
    out.reserve(cells.size());
    for (const QString &cell : cells)
        out.append(terminalSafe(cell));
    return out;
}

bool needsEscape(char32_t c)
{
    if (c == u'\n')
        return false;
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f))
        return true;
    if (c >= 0xd800 && c <= 0xdfff) // a lone surrogate
        return true;
    switch (QChar::category(c)) {
    case QChar::Other_Format: // U+200B-U+200F, U+202A-U+202E, U+2060-U+2069, U+FEFF, ...
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        return false;
    }
}

} // namespace

QString terminalSafe(const QString &text)
{
    const auto clean = [](QChar c) {
        return !c.isSurrogate() && !needsEscape(c.unicode());
    };
    if (std::all_of(text.cbegin(), text.cend(), clean))
        return text; // the common case: nothing to do, no copy
    QString out;
    out.reserve(text.size() + 16);
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text.at(i).unicode();
        qsizetype units = 1;
        if (text.at(i).isHighSurrogate() && i + 1 < text.size()
            && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            units = 2;
        }
        if (!needsEscape(c)) {
            out += text.mid(i, units);
        } else if (c < 0x100) {
            out += u"\\x"_s + QString::number(uint(c), 16).toUpper().rightJustified(2, u'0');
        } else if (c < 0x10000) {
            out += u"\\u"_s + QString::number(uint(c), 16).toUpper().rightJustified(4, u'0');
        } else {
            out += u"\\U"_s + QString::number(uint(c), 16).toUpper().rightJustified(8, u'0');
        }
        i += units - 1;
    }
    return out;
}

QString table(const QStringList &headers, const QList<QStringList> &rows)
{
    QList<QStringList> safeRows;
    safeRows.reserve(rows.size());
    for (const QStringList &row : rows)
        safeRows.append(safeCells(row));
    QList<qsizetype> widths;
    for (const QString &h : headers)
        widths.append(h.size());
    for (const QStringList &row : std::as_const(safeRows))
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths.at(i), row.at(i).size());
    QString text = paddedLine(headers, widths);
    for (const QStringList &row : safeRows)
        text += paddedLine(row.mid(0, headers.size()), widths);
    return text;
}

QString fields(const Fields &list)
{
    qsizetype width = 0;
    for (const auto &[label, value] : list)
        if (!value.isEmpty())
            width = std::max(width, label.size());
    QString text;
    for (const auto &[label, value] : list)
        if (!value.isEmpty())
            text += label.leftJustified(width + 2) + terminalSafe(value) + u'\n';
    return text;
}

QString jsonLine(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) + u'\n';
}

QString jsonLine(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)) + u'\n';
}

QJsonArray filterContacts(const QJsonArray &contacts, const QString &filter)
{
    const QString needle = filter.trimmed();
    if (needle.isEmpty())
        return contacts;
    QJsonArray out;
    for (const QJsonValue &v : contacts) {
        const QJsonObject o = v.toObject();
        if (o.value(u"peerId"_s).toString().contains(needle, Qt::CaseInsensitive)
            || o.value(u"peerDn"_s).toString().contains(needle, Qt::CaseInsensitive))
            out.append(v);
    }
    return out;
}

QList<QStringList> contactRows(const QJsonArray &contacts)
{
    QList<QStringList> rows;
    for (const QJsonValue &v : contacts) {
        const Contact c = Contact::fromJson(v.toObject());
        rows.append({ c.peerId, c.peerDn, c.presenceText() });
    }
    return rows;
}

QList<QStringList> participantRows(const QJsonArray &participants)
{
    QList<QStringList> rows;
    for (const QJsonValue &v : participants) {
        const auto p = ParticipantListModel::Participant::fromJson(v.toObject());
        // -1 = the room did not say (a participant that has just joined).
        const auto media = [](int state) {
            return state < 0 ? u"-"_s : Room::mediaStateText(state);
        };
        // Role 0 ("unchanged") is what every participant of a non-role-based conference has.
        rows.append({ p.peerId, p.peerDn, media(p.mic), media(p.video),
                      p.role == 0 ? u"-"_s : Room::participantRoleText(p.role) });
    }
    return rows;
}

} // namespace CliFormat
