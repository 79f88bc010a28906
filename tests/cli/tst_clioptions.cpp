// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "cli/cliformat.h"
#include "cli/clioptions.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Action = CliParseResult::Action;
using Command = CliOptions::Command;

namespace {

CliParseResult parse(const QStringList &args, const QProcessEnvironment &env = {})
{
    return CliCommandLine::parse(QStringList { u"roomdeckctl"_s } + args, env);
}

QProcessEnvironment envWith(const QString &name, const QString &value)
{
    QProcessEnvironment env;
    env.insert(name, value);
    return env;
}

} // namespace

class tst_CliOptions final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void commands_data();
    void commands();
    void connection();
    void secrets();
    void usageErrors_data();
    void usageErrors();
    void helpListsCommandsAndExitCodes();
    void tableAlignsColumns();
    void fieldsAlignValues();
    void contactsFilterAndRows();
    void participantRows();

private:
    QTemporaryDir m_dir;
    QString m_logo;
    QString m_empty;
};

void tst_CliOptions::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_logo = m_dir.filePath(u"logo.png"_s);
    m_empty = m_dir.filePath(u"empty.png"_s);
    // A real PNG: upload-logo checks the image itself (roomdeck_image), not the name.
    QImage pixels(4, 2, QImage::Format_RGB32);
    pixels.fill(Qt::darkCyan);
    QVERIFY(pixels.save(m_logo, "PNG"));
    QFile empty(m_empty);
    QVERIFY(empty.open(QIODevice::WriteOnly));
}

void tst_CliOptions::commands_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<Command>("command");

    const QStringList room { u"--room"_s, u"10.0.0.5:8088"_s };
    QTest::newRow("status") << room + QStringList { u"status"_s } << Command::Status;
    QTest::newRow("abook") << room + QStringList { u"abook"_s, u"--filter"_s, u"ali"_s }
                           << Command::Abook;
    QTest::newRow("call") << room + QStringList { u"call"_s, u"alice@video.example.net"_s }
                          << Command::Call;
    QTest::newRow("call conference")
        << room + QStringList { u"call"_s, u"\\c\\weekly"_s } << Command::Call;
    QTest::newRow("accept") << room + QStringList { u"accept"_s } << Command::Accept;
    QTest::newRow("reject") << room + QStringList { u"reject"_s } << Command::Reject;
    QTest::newRow("hangup") << room + QStringList { u"hangup"_s, u"--all"_s } << Command::Hangup;
    QTest::newRow("participants") << room + QStringList { u"participants"_s }
                                  << Command::Participants;
    QTest::newRow("reset-logo") << room + QStringList { u"reset-logo"_s } << Command::ResetLogo;
    QTest::newRow("reboot") << room + QStringList { u"reboot"_s } << Command::Reboot;
    QTest::newRow("shutdown") << room + QStringList { u"shutdown"_s, u"--app"_s }
                              << Command::Shutdown;
    QTest::newRow("send") << room + QStringList { u"send"_s, u"{\"method\":\"getMicMute\"}"_s }
                          << Command::Send;
    QTest::newRow("watch") << room + QStringList { u"watch"_s, u"--for"_s, u"2.5"_s }
                           << Command::Watch;
    QTest::newRow("snapshot") << room
            + QStringList { u"snapshot"_s, QDir::temp().filePath(u"room.jpg"_s), u"--peer"_s,
                            u"alice@video.example.net/1"_s }
                              << Command::Snapshot;
    QTest::newRow("options after the command")
        << QStringList { u"status"_s, u"--json"_s, u"--room"_s, u"10.0.0.5"_s } << Command::Status;
}

void tst_CliOptions::commands()
{
    QFETCH(QStringList, args);
    QFETCH(Command, command);
    const CliParseResult r = parse(args);
    QCOMPARE(r.action, Action::Run);
    QVERIFY2(r.text.isEmpty(), qPrintable(r.text));
    QCOMPARE(r.options.command, command);
    QCOMPARE(r.options.timeoutMs, CliOptions::kDefaultTimeoutSecs * 1000);
    QCOMPARE(r.options.credentials.kind, RoomController::Credentials::Kind::Unsecured);
    // Read-only commands sign in as User so they never sign out an operator's Administrator
    // session (one connection per mode, room-api.md §3.6).
    const bool readOnly = command == Command::Status || command == Command::Abook
        || command == Command::Participants || command == Command::Watch
        || command == Command::Snapshot;
    QCOMPARE(r.options.credentials.role, readOnly ? Room::Role::User : Room::Role::Admin);
    const CliParseResult admin = parse(args + QStringList { u"--role"_s, u"admin"_s });
    QCOMPARE(admin.options.credentials.role, Room::Role::Admin);
}

void tst_CliOptions::connection()
{
    CliParseResult r
        = parse({ u"--room"_s, u"10.0.0.5:8088"_s, u"-t"_s, u"second"_s, u"--timeout"_s, u"0.5"_s,
                  u"--json"_s, u"--role"_s, u"USER"_s, u"status"_s });
    QCOMPARE(r.action, Action::Run);
    QCOMPARE(r.options.address.host, u"10.0.0.5"_s);
    QCOMPARE(r.options.address.webPort, quint16(8088));
    QCOMPARE(r.options.address.instance, u"second"_s);
    QVERIFY(!r.options.address.hasWsOverride());
    QCOMPARE(r.options.timeoutMs, 500);
    QVERIFY(r.options.json);
    QCOMPARE(r.options.credentials.role, Room::Role::User);

    // A room's QR-code link: the PIN signs in as User and is not part of the address.
    r = parse({ u"--room"_s, u"http://10.0.0.5:8088/4711ab"_s, u"call"_s, u"bob"_s });
    QCOMPARE(r.action, Action::Run);
    QCOMPARE(r.options.address.host, u"10.0.0.5"_s);
    QCOMPARE(r.options.address.webPort, quint16(8088));
    QCOMPARE(r.options.credentials.kind, RoomController::Credentials::Kind::Secret);
    QCOMPARE(r.options.credentials.secret, u"4711ab"_s);
    QCOMPARE(r.options.credentials.role, Room::Role::User);
    QVERIFY(!r.options.address.displayText().contains(u"4711ab"_s));

    r = parse({ u"--ws"_s, u"ws://10.0.0.5:8765"_s, u"status"_s });
    QCOMPARE(r.action, Action::Run);
    QVERIFY(r.options.address.hasWsOverride());
    QCOMPARE(r.options.address.wsOverride.port(), 8765);

    r = parse({ u"--room"_s, u"10.0.0.5"_s, u"send"_s,
                u"{\"method\":\"setMicMute\",\"mute\":true,\"requestId\":\"mine\"}"_s });
    QCOMPARE(r.options.method, u"setMicMute"_s);
    QCOMPARE(r.options.params, (QJsonObject { { u"mute"_s, true } }));

    r = parse({ u"--room"_s, u"10.0.0.5"_s, u"watch"_s, u"--event"_s, u"myEvent"_s, u"--event"_s,
                u"appStateChanged"_s });
    QCOMPARE(r.options.events, (QStringList { u"myEvent"_s, u"appStateChanged"_s }));
    QCOMPARE(r.options.watchForMs, -1);

    r = parse({ u"--room"_s, u"10.0.0.5"_s, u"upload-logo"_s, m_logo, u"--mode"_s, u"1"_s });
    QCOMPARE(r.action, Action::Run);
    QCOMPARE(r.options.filePath, m_logo);
    QCOMPARE(r.options.logoMode, 1);
}

void tst_CliOptions::secrets()
{
    const QStringList status { u"--room"_s, u"10.0.0.5"_s, u"status"_s };
    CliParseResult r = parse(status + QStringList { u"--pin"_s, u"4711"_s });
    QCOMPARE(r.options.credentials.kind, RoomController::Credentials::Kind::Secret);
    QCOMPARE(r.options.credentials.secret, u"4711"_s);

    r = parse(status, envWith(u"ROOMDECK_PIN"_s, u"from-env"_s));
    QCOMPARE(r.options.credentials.secret, u"from-env"_s);
    r = parse(status, envWith(u"ROOMDECK_PASSWORD"_s, u"pass-env"_s));
    QCOMPARE(r.options.credentials.secret, u"pass-env"_s);
    // The command line wins over the environment.
    r = parse(status + QStringList { u"--password"_s, u"typed"_s },
              envWith(u"ROOMDECK_PIN"_s, u"from-env"_s));
    QCOMPARE(r.options.credentials.secret, u"typed"_s);

    QProcessEnvironment both = envWith(u"ROOMDECK_PIN"_s, u"p1n"_s);
    both.insert(u"ROOMDECK_PASSWORD"_s, u"pa55"_s);
    r = parse(status, both);
    QCOMPARE(r.action, Action::Error);
    QVERIFY(!r.text.contains(u"p1n"_s) && !r.text.contains(u"pa55"_s));

    r = parse(status + QStringList { u"--pin"_s, u"s3cr3t"_s, u"--password"_s, u"s3cr3t2"_s });
    QCOMPARE(r.action, Action::Error);
    QVERIFY(!r.text.contains(u"s3cr3t"_s));
}

void tst_CliOptions::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");

    const QString room = u"--room"_s;
    const QString host = u"10.0.0.5"_s;
    QTest::newRow("nothing") << QStringList {} << u"no command"_s;
    QTest::newRow("no room") << QStringList { u"status"_s } << u"--room"_s;
    QTest::newRow("room and ws") << QStringList { room, host, u"--ws"_s, u"ws://h:1"_s,
                                                  u"status"_s }
                                 << u"not both"_s;
    QTest::newRow("bad room") << QStringList { room, u"ftp://x"_s, u"status"_s } << u"ftp"_s;
    QTest::newRow("ws not ws") << QStringList { u"--ws"_s, u"http://h:1"_s, u"status"_s }
                               << u"ws://"_s;
    QTest::newRow("instance with ws")
        << QStringList { u"--ws"_s, u"ws://h:1"_s, u"-t"_s, u"x"_s, u"status"_s }
        << u"--instance"_s;
    QTest::newRow("unknown command") << QStringList { room, host, u"dance"_s } << u"dance"_s;
    QTest::newRow("unknown option")
        << QStringList { room, host, u"--frobnicate"_s, u"status"_s } << u"frobnicate"_s;
    QTest::newRow("extra argument")
        << QStringList { room, host, u"status"_s, u"now"_s } << u"now"_s;
    QTest::newRow("call without id") << QStringList { room, host, u"call"_s } << u"call"_s;
    QTest::newRow("call bad id") << QStringList { room, host, u"call"_s, u"a b"_s } << u"spaces"_s;
    QTest::newRow("call bad id 2")
        << QStringList { room, host, u"call"_s, u"@@"_s } << u"TrueConf ID"_s;
    QTest::newRow("option of another command")
        << QStringList { room, host, u"status"_s, u"--all"_s } << u"hangup"_s;
    QTest::newRow("bad role") << QStringList { room, host, u"--role"_s, u"root"_s, u"status"_s }
                              << u"root"_s;
    QTest::newRow("bad timeout") << QStringList { room, host, u"--timeout"_s, u"-1"_s, u"status"_s }
                                 << u"--timeout"_s;
    QTest::newRow("zero timeout") << QStringList { room, host, u"--timeout"_s, u"0"_s, u"status"_s }
                                  << u"--timeout"_s;
    QTest::newRow("bad for") << QStringList { room, host, u"watch"_s, u"--for"_s, u"soon"_s }
                             << u"--for"_s;
    QTest::newRow("empty pin") << QStringList { room, host, u"--pin"_s, QString(), u"status"_s }
                               << u"--pin"_s;
    QTest::newRow("send not json")
        << QStringList { room, host, u"send"_s, u"{method"_s } << u"not JSON"_s;
    QTest::newRow("send array") << QStringList { room, host, u"send"_s, u"[1]"_s }
                                << u"JSON object"_s;
    QTest::newRow("send no method")
        << QStringList { room, host, u"send"_s, u"{\"x\":1}"_s } << u"method"_s;
    QTest::newRow("logo mode") << QStringList { room,       host,        u"upload-logo"_s,
                                                u"x.png"_s, u"--mode"_s, u"2"_s }
                               << u"--mode"_s;
    QTest::newRow("logo missing") << QStringList { room, host, u"upload-logo"_s,
                                                   u"/nonexistent.png"_s }
                                  << u"does not exist"_s;
}

void tst_CliOptions::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    const CliParseResult r = parse(args);
    QCOMPARE(r.action, Action::Error);
    QVERIFY2(r.text.contains(mentions), qPrintable(r.text));
    QVERIFY2(!r.text.contains(u'\n'), qPrintable(r.text));

    const CliParseResult empty = parse({ u"--room"_s, u"h"_s, u"upload-logo"_s, m_empty });
    QCOMPARE(empty.action, Action::Error);
    QVERIFY(empty.text.contains(u"empty"_s));
}

void tst_CliOptions::helpListsCommandsAndExitCodes()
{
    const CliParseResult r = parse({ u"--help"_s });
    QCOMPARE(r.action, Action::Help);
    for (const char *command : { "status",     "abook",    "call ID",      "accept",
                                 "reject",     "hangup",   "participants", "upload-logo FILE",
                                 "reset-logo", "reboot",   "shutdown",     "send JSON",
                                 "watch",      "--filter", "--all",        "--mode",
                                 "--for",      "--event",  "ROOMDECK_PIN", "ROOMDECK_PASSWORD" })
        QVERIFY2(r.text.contains(QLatin1String(command)), command);
    for (const char *command : { "snapshot FILE.jpg", "--peer" })
        QVERIFY2(r.text.contains(QLatin1String(command)), command);
    for (const char *code : { "\n  0 ", "\n  2 ", "\n  3 ", "\n  4 ", "\n  5 ", "\n  6 " })
        QVERIFY2(r.text.contains(QLatin1String(code)), code);
    QCOMPARE(parse({ u"--version"_s }).action, Action::Version);
}

void tst_CliOptions::tableAlignsColumns()
{
    const QString text = CliFormat::table({ u"ID"_s, u"NAME"_s, u"STATE"_s },
                                          { { u"alice@example.net"_s, u"Alice"_s, u"Available"_s },
                                            { u"bob"_s, u"Bob Builder"_s, u"Offline"_s } });
    QCOMPARE(text,
             u"ID                 NAME         STATE\n"
             "alice@example.net  Alice        Available\n"
             "bob                Bob Builder  Offline\n"_s);
}

void tst_CliOptions::fieldsAlignValues()
{
    QCOMPARE(CliFormat::fields({ { u"Room"_s, u"10.0.0.5:80"_s },
                                 { u"Version"_s, QString() },
                                 { u"TrueConf ID"_s, u"room@srv"_s } }),
             u"Room         10.0.0.5:80\nTrueConf ID  room@srv\n"_s);
}

void tst_CliOptions::contactsFilterAndRows()
{
    const QJsonArray book {
        QJsonObject { { u"peerId"_s, u"alice@srv"_s },
                      { u"peerDn"_s, u"Alice A."_s },
                      { u"status"_s, 1 },
                      { u"extStatus"_s, 2 } },
        QJsonObject {
            { u"peerId"_s, u"bob@srv"_s }, { u"peerDn"_s, u"Bob"_s }, { u"status"_s, 0 } },
    };
    QCOMPARE(CliFormat::filterContacts(book, {}).size(), 2);
    QCOMPARE(CliFormat::filterContacts(book, u"ALI"_s).size(), 1);
    QCOMPARE(CliFormat::filterContacts(book, u"bob"_s).first().toObject().value(u"peerId"_s),
             u"bob@srv"_s);
    QCOMPARE(CliFormat::filterContacts(book, u"nobody"_s).size(), 0);

    const QList<QStringList> rows = CliFormat::contactRows(book);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).mid(0, 2), (QStringList { u"alice@srv"_s, u"Alice A."_s }));
    QCOMPARE(rows.at(0).at(2), Room::extStatusText(2));
    QCOMPARE(rows.at(1).at(2), Room::peerStatusText(0));
}

void tst_CliOptions::participantRows()
{
    const QJsonArray participants {
        QJsonObject { { u"peerId"_s, u"alice@srv/1"_s },
                      { u"peerDn"_s, u"Alice"_s },
                      { u"mic"_s, 2 },
                      { u"video"_s, 1 },
                      { u"role"_s, 2 } },
        QJsonObject { { u"peerId"_s, u"bob@srv/2"_s }, { u"peerDn"_s, u"Bob"_s } },
    };
    const QList<QStringList> rows = CliFormat::participantRows(participants);
    QCOMPARE(rows.at(0),
             (QStringList { u"alice@srv/1"_s, u"Alice"_s, Room::mediaStateText(2),
                            Room::mediaStateText(1), Room::participantRoleText(2) }));
    QCOMPARE(rows.at(1), (QStringList { u"bob@srv/2"_s, u"Bob"_s, u"-"_s, u"-"_s, u"-"_s }));
}

QTEST_GUILESS_MAIN(tst_CliOptions)
#include "tst_clioptions.moc"
