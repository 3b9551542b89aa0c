// ui::FileOpenRequests: the files macOS asks the running client to open (QFileOpenEvent) are kept until
// the main window is there, then handed over in order; later ones go straight through.

#include "FileOpenRequests.h"

#include <QCoreApplication>
#include <QFileOpenEvent>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;

class TestFileOpenRequests : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keptUntilReceiverThenDirect();
    void urlIsNotAFile();
};

void TestFileOpenRequests::keptUntilReceiverThenDirect()
{
    daas::ui::FileOpenRequests requests;
    QFileOpenEvent first(u"/tmp/first.rdp"_s);
    QFileOpenEvent second(u"/tmp/second.rdp"_s);
    QCoreApplication::sendEvent(QCoreApplication::instance(), &first);
    QCoreApplication::sendEvent(QCoreApplication::instance(), &second);
    QCOMPARE(requests.pending(), (QStringList{u"/tmp/first.rdp"_s, u"/tmp/second.rdp"_s}));

    QStringList opened;
    requests.setReceiver([&opened](const QString &file) { opened.append(file); });
    QCOMPARE(opened, (QStringList{u"/tmp/first.rdp"_s, u"/tmp/second.rdp"_s}));
    QVERIFY(requests.pending().isEmpty());

    QFileOpenEvent third(u"/tmp/third.rdp"_s);
    QCoreApplication::sendEvent(QCoreApplication::instance(), &third);
    QCOMPARE(opened.size(), 3);
    QCOMPARE(opened.last(), u"/tmp/third.rdp"_s);
    QVERIFY(requests.pending().isEmpty());
}

void TestFileOpenRequests::urlIsNotAFile()
{
    daas::ui::FileOpenRequests requests;
    QFileOpenEvent url(QUrl(u"https://facility.example/"_s));
    QCoreApplication::sendEvent(QCoreApplication::instance(), &url);
    QVERIFY(requests.pending().isEmpty());
}

QTEST_GUILESS_MAIN(TestFileOpenRequests)
#include "tst_file_open_requests.moc"
