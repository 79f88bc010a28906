// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "gui/dialogs/connectdialog.h"

#include <QTest>

using namespace Qt::StringLiterals;

class tst_ConnectRequest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void savedRoomKeepsNoPassword();
};

void tst_ConnectRequest::savedRoomKeepsNoPassword()
{
    // The remembered room goes to QSettings: a password typed into the address stays out.
    for (const QString &typed :
         { u"ws://op:s3cret@10.0.0.1:8765"_s, u"http://op:s3cret@10.0.0.1:88/?cfg=b"_s }) {
        ConnectionRequest r;
        r.addressText = typed;
        const QString saved = r.savedRoom().address;
        QVERIFY2(!saved.contains(u"s3cret"_s), qPrintable(saved));
        QVERIFY2(!saved.contains(u'@'), qPrintable(saved));
        QVERIFY2(saved.contains(u"10.0.0.1"_s), qPrintable(saved));
    }
    ConnectionRequest plain;
    plain.addressText = u"192.168.1.20:8088"_s;
    QCOMPARE(plain.savedRoom().address, u"192.168.1.20:8088"_s);
}

QTEST_MAIN(tst_ConnectRequest)
#include "tst_connectrequest.moc"
