// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "core/models/presetthumbnails.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QByteArray fakeJpeg(char fill, int size = 64)
{
    return QByteArray("\xFF\xD8") + QByteArray(size, fill) + QByteArray("\xFF\xD9");
}

QStringList filesUnder(const QString &dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << QDir(dir).relativeFilePath(it.next());
    return files;
}

} // namespace

class tst_PresetThumbnails : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripsPerRoomAndPreset()
    {
        QTemporaryDir dir;
        const PresetThumbnails store(dir.path());
        QVERIFY(!store.contains(u"room-a"_s, u"1"_s));
        QVERIFY(store.load(u"room-a"_s, u"1"_s).isEmpty());

        QVERIFY(store.save(u"room-a"_s, u"1"_s, fakeJpeg('a')));
        QVERIFY(store.save(u"room-b"_s, u"1"_s, fakeJpeg('b')));
        QCOMPARE(store.load(u"room-a"_s, u"1"_s), fakeJpeg('a'));
        QCOMPARE(store.load(u"room-b"_s, u"1"_s), fakeJpeg('b'));

        QVERIFY(store.save(u"room-a"_s, u"1"_s, fakeJpeg('c')));
        QCOMPARE(store.load(u"room-a"_s, u"1"_s), fakeJpeg('c'));

        QVERIFY(store.rename(u"room-a"_s, u"1"_s, u"7"_s));
        QVERIFY(!store.contains(u"room-a"_s, u"1"_s));
        QCOMPARE(store.load(u"room-a"_s, u"7"_s), fakeJpeg('c'));
        QVERIFY(!store.rename(u"room-a"_s, u"1"_s, u"8"_s));

        store.remove(u"room-a"_s, u"7"_s);
        QVERIFY(!store.contains(u"room-a"_s, u"7"_s));
        store.removeRoom(u"room-b"_s);
        QVERIFY(filesUnder(dir.path()).isEmpty());
    }

    void idsFromTheRoomNeverNameAPath()
    {
        QTemporaryDir dir;
        const QString store = dir.path() + u"/store"_s;
        const PresetThumbnails thumbnails(store);
        QVERIFY(thumbnails.save(u"../../room"_s, u"../../../etc/passwd"_s, fakeJpeg('x')));
        const QStringList files = filesUnder(dir.path());
        QCOMPARE(files.size(), 1);
        QVERIFY2(files.first().startsWith(u"store/"_s), qPrintable(files.first()));
        QVERIFY(!files.first().contains(u".."_s));
        QCOMPARE(thumbnails.load(u"../../room"_s, u"../../../etc/passwd"_s), fakeJpeg('x'));
    }

    void refusesWhatIsNotAJpegAndKeepsTheEarlierPicture()
    {
        QTemporaryDir dir;
        const PresetThumbnails store(dir.path());
        QVERIFY(store.save(u"room"_s, u"p"_s, fakeJpeg('a')));

        QString error;
        QVERIFY(!store.save(u"room"_s, u"p"_s, "<html>not a picture</html>", &error));
        QVERIFY(!error.isEmpty());
        error.clear();
        QVERIFY(!store.save(u"room"_s, u"p"_s, fakeJpeg('z', int(PresetThumbnails::kMaxBytes)),
                            &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(store.load(u"room"_s, u"p"_s), fakeJpeg('a'));
    }

    void keepsWhatTheFrameSourceTakesForAJpeg()
    {
        // A room's encoder may pad after the end-of-image marker; the frame source accepts
        // that picture, so its preset picture must be kept too.
        QTemporaryDir dir;
        const PresetThumbnails store(dir.path());
        const QByteArray padded = fakeJpeg('p') + QByteArray(2, '\0');
        QVERIFY(store.save(u"room"_s, u"p"_s, padded));
        QCOMPARE(store.load(u"room"_s, u"p"_s), padded);
    }

    void aDamagedFileReadsAsNone()
    {
        QTemporaryDir dir;
        const PresetThumbnails store(dir.path());
        QVERIFY(store.save(u"room"_s, u"p"_s, fakeJpeg('a')));
        const QStringList files = filesUnder(dir.path());
        QCOMPARE(files.size(), 1);
        QFile file(dir.filePath(files.first()));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("\xFF\xD8 cut short");
        file.close();
        QVERIFY(store.load(u"room"_s, u"p"_s).isEmpty());
    }

    void writeFailureIsReadable()
    {
        QTemporaryDir dir;
        QFile blocker(dir.filePath(u"file"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        // The store's directory would have to be created under a regular file.
        const PresetThumbnails store(dir.filePath(u"file/store"_s));
        QString error;
        QVERIFY(!store.save(u"room"_s, u"p"_s, fakeJpeg('a'), &error));
        QVERIFY(error.contains(u"file"_s));
    }
};

QTEST_GUILESS_MAIN(tst_PresetThumbnails)
#include "tst_presetthumbnails.moc"
