// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 RoomDeck contributors
#include "gui/panels/peerdelegate.h"
#include "gui/widgets/callbanner.h"
#include "gui/widgets/elidinglabel.h"
#include "gui/widgets/roomheader.h"
#include "guitest.h"

#include <QApplication>
#include <QLabel>
#include <QLibraryInfo>
#include <QMetaEnum>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace GuiTest;

namespace {

//! The smallest screen RoomDeck must fit, in logical pixels: 1600 × 1000 at 200 % (800 × 500;
//! 1280 × 720 and 1366 × 768 at 125 % are larger), less a window frame and a desktop panel.
constexpr QSize kScreen { 800, 500 };
constexpr QSize kFrameAllowance { 20, 80 };
constexpr auto kServer = u"sim.trueconf.local";

//! True when `label` does not show all of its text: elided, wrapped into more lines than it has
//! room for, or wider than it is.
bool isCut(const QLabel *label)
{
    if (const auto *eliding = qobject_cast<const ElidingLabel *>(label))
        return eliding->isElided();
    if (label->wordWrap())
        return label->heightForWidth(label->width()) > label->height();
    return label->sizeHint().width() > label->width();
}

QString sizeText(const QSize &size)
{
    return u"%1×%2"_s.arg(size.width()).arg(size.height());
}

} // namespace

//! The window fits small screens in every language and role, and the header's texts are
//! shown whole at the default size.
class TestMainWindowLayout final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fitsASmallScreen_data();
    void fitsASmallScreen();
    void contactLineElidesTheIdNotThePresence();
};

void TestMainWindowLayout::initTestCase()
{
    initSettings(u"tst_mainwindow_layout"_s);
}

void TestMainWindowLayout::fitsASmallScreen_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("role");
    for (const QString &language : { u"en"_s, u"de"_s, u"ru"_s }) {
        QTest::addRow("%s admin", qPrintable(language)) << language << int(Room::Role::Admin);
        QTest::addRow("%s user", qPrintable(language)) << language << int(Room::Role::User);
    }
}

void TestMainWindowLayout::fitsASmallScreen()
{
    QFETCH(QString, language);
    QFETCH(int, role);
    const Catalogues catalogues(language);
    Fixture f;
    QVERIFY(f.connect(Room::Role(role)));
    MainWindow *w = f.window.get();
    w->resize(MainWindow::defaultSize());
    const QSize limit = kScreen - kFrameAllowance;
    const QString roleName = role == int(Room::Role::Admin) ? u"admin"_s : u"user"_s;
    const QStringList pages = role == int(Room::Role::Admin)
        ? QStringList { u"console"_s,  u"branding"_s, u"server"_s,   u"power"_s,   u"security"_s,
                        u"settings"_s, u"screen"_s,   u"content"_s,  u"licence"_s, u"profiles"_s,
                        u"check"_s,    u"chat"_s,     u"inspector"_s }
        : QStringList { u"console"_s,  u"settings"_s, u"screen"_s, u"content"_s,  u"licence"_s,
                        u"profiles"_s, u"check"_s,    u"chat"_s,   u"inspector"_s };
    for (const QString &page : pages) {
        QVERIFY2(w->console()->showPage(page), qPrintable(page));
        QCoreApplication::processEvents();
        const QSize hint = w->minimumSizeHint().expandedTo(w->minimumSize());
        saveShot(w, u"layout-%1-%2-%3"_s.arg(language, roleName, page));
        QVERIFY2(
            hint.width() <= limit.width() && hint.height() <= limit.height(),
            qPrintable(u"%1: minimum %2 exceeds %3"_s.arg(page, sizeText(hint), sizeText(limit))));
    }

    // A call rings: the banner joins the window, which still fits.
    QVERIFY(f.sim->simulateIncomingCall(u"carol@"_s + kServer, u"Carol King"_s));
    QTRY_COMPARE_WITH_TIMEOUT(find<CallBanner>(w, "callBanner")->mode(), CallBanner::Mode::Incoming,
                              kTimeout);
    QCoreApplication::processEvents();
    const QSize ringing = w->minimumSizeHint().expandedTo(w->minimumSize());
    QVERIFY2(
        ringing.width() <= limit.width() && ringing.height() <= limit.height(),
        qPrintable(u"ringing: minimum %1 exceeds %2"_s.arg(sizeText(ringing), sizeText(limit))));
    w->resize(limit);
    QCoreApplication::processEvents();
    saveShot(w, u"layout-%1-%2-small"_s.arg(language, roleName));
    w->resize(MainWindow::defaultSize());
    QCoreApplication::processEvents();

    // The header at the default width: every text it can show is shown whole.
    auto *header = find<RoomHeader>(w, "roomHeader");
    for (const QLabel *label : header->findChildren<QLabel *>()) {
        if (!label->isVisible() || label->text().isEmpty())
            continue;
        QVERIFY2(!isCut(label),
                 qPrintable(u"%1 “%2” is cut: %3 wide"_s.arg(label->objectName(), label->text(),
                                                             QString::number(label->width()))));
    }
    QStringList states;
    QStringList details { RoomHeader::tr("Not known while not signed in") };
    const QMetaEnum appStates = QMetaEnum::fromType<Room::AppState>();
    for (int i = 0; i < appStates.keyCount(); ++i) {
        states << Room::appStateName(appStates.value(i));
        details << Room::appStateDescription(appStates.value(i));
    }
    const QMetaEnum connectionStates = QMetaEnum::fromType<RoomController::ConnectionState>();
    QStringList connections;
    for (int i = 0; i < connectionStates.keyCount(); ++i)
        connections << RoomController::connectionStateText(
            RoomController::ConnectionState(connectionStates.value(i)));
    const QStringList roles { RoomHeader::tr("Full control of the room"),
                              RoomHeader::tr("Calls and devices only"),
                              RoomHeader::tr("Commands are not possible") };
    const QList<std::pair<const char *, QStringList>> texts {
        { "appStateLabel", states },
        { "appStateDetailLabel", details },
        { "connectionStateLabel", connections },
        { "roleDetailLabel", roles },
    };
    for (const auto &[name, candidates] : texts) {
        auto *label = find<QLabel>(header, name);
        const QString shown = label->text();
        for (const QString &text : candidates) {
            label->setText(text);
            QCoreApplication::processEvents(); // the layout follows a wrapping label's new height
            QVERIFY2(!isCut(label),
                     qPrintable(u"%1 cuts “%2”: %3 × %4"_s.arg(QLatin1String(name), text)
                                    .arg(label->width())
                                    .arg(label->height())));
        }
        label->setText(shown);
    }
}

void TestMainWindowLayout::contactLineElidesTheIdNotThePresence()
{
    const QFontMetrics fm(QApplication::font());
    const QString id = u"user0053@sim.trueconf.local"_s;
    for (const QString &presence :
         { u"Available (phone)"_s, u"Verfügbar (Telefon)"_s, u"Доступен (телефон)"_s }) {
        const QString whole = PeerDelegate::detailLine(id, presence, fm, 10000);
        QVERIFY(whole.startsWith(id) && whole.endsWith(presence));
        // Narrower than the whole line: the id is cut at its end, the presence stays whole.
        for (const int width :
             { fm.horizontalAdvance(whole) - 1, fm.horizontalAdvance(whole) * 3 / 4,
               fm.horizontalAdvance(presence) + fm.horizontalAdvance(u"user…"_s)
                   + fm.horizontalAdvance(u" · "_s) }) {
            const QString line = PeerDelegate::detailLine(id, presence, fm, width);
            QVERIFY2(line.endsWith(presence), qPrintable(line));
            QVERIFY2(line.startsWith(u"us"_s) && line.contains(u"…"_s), qPrintable(line));
            QVERIFY2(fm.horizontalAdvance(line) <= width, qPrintable(line));
        }
        // Far too narrow even for the presence: whatever is shown fits.
        const QString tiny = PeerDelegate::detailLine(id, presence, fm, 40);
        QVERIFY2(fm.horizontalAdvance(tiny) <= 40, qPrintable(tiny));
    }
    QCOMPARE(PeerDelegate::detailLine(id, QString(), fm, 10000), id);
}

QTEST_MAIN(TestMainWindowLayout)
#include "tst_mainwindow_layout.moc"
