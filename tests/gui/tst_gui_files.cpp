// GUI: the Files area and the storage transfers, driven like a user would (keys, drops, dialog buttons),
// against a real Apache mod_dav. With DAAS_SCREENSHOT_DIR set, the windows are saved there as PNGs.

#include "Breadcrumb.h"
#include "ConflictDialog.h"
#include "Dialogs.h"
#include "DragPayload.h"
#include "EnglishTranslator.h"
#include "FileBrowser.h"
#include "IcatEmulatorProcess.h"
#include "LocalFiles.h"
#include "MainWindow.h"
#include "MessageBar.h"
#include "PasswordPrompt.h"
#include "RemoteFolderProxy.h"
#include "SignInDialog.h"
#include "TransferDelegate.h"
#include "TransferPanel.h"
#include "UseOnComputerDialog.h"
#include "dav/DavServer.h"
#include "dav/StorageProfile.h"
#include "identity/Account.h"
#include "storage/RemoteFolderModel.h"
#include "storage/TransferQueue.h"
#include "storage/WebDavClient.h" // RemoteFolderModel.h needs DavJob complete
#include "support/Settings.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QPointer>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace daas;
using daas::storage::RemoteFolderModel;
using daas::storage::Transfer;

namespace {

constexpr int slow = 30000; // generous: the machine is shared

using testing::readFile;
using testing::writeFile;

QStringList namesIn(const QAbstractItemModel *model)
{
    QStringList out;
    for (int r = 0; r < model->rowCount(); ++r)
        out << model->index(r, 0).data().toString();
    return out;
}

void shoot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("DAAS_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    w->grab().save(dir + u'/' + name + QStringLiteral(".png"));
}

} // namespace

// Slots are defined below the class (moc and raw strings do not mix).
class TestGuiFiles : public QObject
{
    Q_OBJECT

    std::unique_ptr<testing::ApacheDavServer> m_server;
    std::unique_ptr<identity::Account> m_account;
    std::unique_ptr<QWidget> m_window; // browser and panel side by side, as in the main window
    ui::FileBrowser *m_browser = nullptr;
    ui::TransferPanel *m_panel = nullptr;
    std::unique_ptr<QTemporaryDir> m_local;

    QString onServer(const QString &path) const { return m_server->dataDir() + u'/' + path; }
    QString local(const QString &name) const { return m_local->filePath(name); }
    void openBrowser();
    void waitListed();
    QPoint emptyArea() const;
    static void dropOn(QWidget *viewport, const QPoint &pos, QMimeData *data, Qt::DropAction action,
                       Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    bool waitIdle(int timeout = slow);

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void browseSortAndKeyboard();
    void detailAndIconViews();
    void createFolderAndRenameInPlace();
    void renameRefusedWithASentence();
    void deleteAsksFirst();
    void dropLocalFilesAndAFolder();
    void dragWithinMovesAndCtrlCopies();
    void dragOutStagesLocalFiles();
    void conflictKeepBothAndApplyToAll();
    void conflictKeepNewerForAll();
    void transfersAtOnceIsKept();
    void passwordAskedMidQueueThenCarriesOn();
    void rowButtonsPauseResumeCancelRetry();
    void serverErrorIsOneSentence();
    void refusedEntriesAreNoticed();
    void downloadAsZipAndExtractHere();
    void filesAreaAfterSignIn();
    void copyLinkPutsEncodedAddresses();
    void useOnComputerShowsTheAddressAndMounts();
};

void TestGuiFiles::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(testing::installEnglishTranslator());
}

void TestGuiFiles::init()
{
    m_local = std::make_unique<QTemporaryDir>();
    m_server = std::make_unique<testing::ApacheDavServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorLog()));
    m_account = std::make_unique<identity::Account>(testing::storageOnlyProfile(m_server->rootUrl()));
    m_account->setServiceLogin({m_server->user(), m_server->password()});
}

void TestGuiFiles::cleanup()
{
    m_window.reset();
    m_browser = nullptr;
    m_panel = nullptr;
    m_account.reset();
    m_server.reset();
    m_local.reset();
    // a queue file of one test must not come back in the next
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
}

void TestGuiFiles::openBrowser()
{
    m_window = std::make_unique<QWidget>();
    m_browser = new ui::FileBrowser(m_account.get(), m_window.get());
    m_panel = new ui::TransferPanel(m_browser->queue(), m_window.get());
    m_browser->setTransferPanel(m_panel);
    m_browser->queue()->setRetryBaseDelayMs(100);
    auto *layout = new QHBoxLayout(m_window.get());
    layout->addWidget(m_browser, 3);
    layout->addWidget(m_panel, 2);
    m_window->resize(1180, 640);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    // shortcuts (F2, Delete, Backspace...) need the window to be the active one
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    waitListed();
}

void TestGuiFiles::waitListed()
{
    QTRY_VERIFY_WITH_TIMEOUT(!m_browser->isLoading(), slow);
}

QPoint TestGuiFiles::emptyArea() const
{
    // below the last row: the folder shown, not one of its entries
    QWidget *vp = m_browser->currentView()->viewport();
    return QPoint(vp->width() / 2, vp->height() - 8);
}

void TestGuiFiles::dropOn(QWidget *viewport, const QPoint &pos, QMimeData *data, Qt::DropAction action,
                          Qt::KeyboardModifiers modifiers)
{
    QDragEnterEvent enter(pos, Qt::CopyAction | Qt::MoveAction, data, Qt::LeftButton, modifiers);
    enter.setDropAction(action);
    QApplication::sendEvent(viewport, &enter);
    QDragMoveEvent move(pos, Qt::CopyAction | Qt::MoveAction, data, Qt::LeftButton, modifiers);
    move.setDropAction(action);
    QApplication::sendEvent(viewport, &move);
    QDropEvent drop(pos, Qt::CopyAction | Qt::MoveAction, data, Qt::LeftButton, modifiers);
    drop.setDropAction(action);
    QApplication::sendEvent(viewport, &drop);
}

bool TestGuiFiles::waitIdle(int timeout)
{
    storage::TransferQueue *q = m_browser->queue();
    return QTest::qWaitFor([q] { return !q->transfers().isEmpty() && q->isIdle(); }, timeout);
}

void TestGuiFiles::browseSortAndKeyboard()
{
    QVERIFY(m_server->makeDir(QStringLiteral("analysis/2026")));
    QVERIFY(m_server->makeDir(QStringLiteral("Zeta folder")));
    QVERIFY(m_server->putFile(QStringLiteral("b.txt"), "bbb"));
    QVERIFY(m_server->putFile(QStringLiteral("run10.nxs"), QByteArray(3000, 'x')));
    QVERIFY(m_server->putFile(QStringLiteral("run2.nxs"), QByteArray(20, 'x')));
    QVERIFY(m_server->putFile(QStringLiteral("analysis/fit.py"), "print(1)\n"));
    openBrowser();
    ui::RemoteFolderProxy *proxy = m_browser->proxy();
    // folders first, then natural order: run2 before run10
    QCOMPARE(namesIn(proxy),
             (QStringList{QStringLiteral("analysis"), QStringLiteral("Zeta folder"), QStringLiteral("b.txt"),
                          QStringLiteral("run2.nxs"), QStringLiteral("run10.nxs")}));
    // by size, largest first: the folders stay on top
    m_browser->detailView()->sortByColumn(RemoteFolderModel::SizeColumn, Qt::DescendingOrder);
    QCOMPARE(namesIn(proxy).mid(2),
             (QStringList{QStringLiteral("run10.nxs"), QStringLiteral("run2.nxs"), QStringLiteral("b.txt")}));
    QVERIFY(namesIn(proxy).mid(0, 2).contains(QStringLiteral("analysis")));
    m_browser->detailView()->sortByColumn(RemoteFolderModel::NameColumn, Qt::AscendingOrder);
    QCOMPARE(m_browser->statusText(), QStringLiteral("2 folders, 3 files"));

    // Enter opens a folder, Backspace goes back up and lands on it, Alt+Up too
    QTreeView *view = m_browser->detailView();
    view->setFocus();
    view->setCurrentIndex(m_browser->indexOf(QStringLiteral("analysis")));
    QTest::keyClick(view, Qt::Key_Return);
    QTRY_COMPARE(m_browser->folder(), QStringLiteral("analysis"));
    waitListed();
    QCOMPARE(namesIn(proxy), (QStringList{QStringLiteral("2026"), QStringLiteral("fit.py")}));
    QCOMPARE(m_browser->breadcrumb()->crumbs().size(), 2);
    QCOMPARE(m_browser->breadcrumb()->crumbs().last()->text(), QStringLiteral("analysis"));
    view->setCurrentIndex(m_browser->indexOf(QStringLiteral("2026")));
    QTest::keyClick(view, Qt::Key_Return);
    QTRY_COMPARE(m_browser->folder(), QStringLiteral("analysis/2026"));
    waitListed();
    QCOMPARE(m_browser->statusText(),
             QStringLiteral("This folder is empty. Drop files here to upload them."));
    QTest::keyClick(view, Qt::Key_Up, Qt::AltModifier);
    QTRY_COMPARE(m_browser->folder(), QStringLiteral("analysis"));
    waitListed();
    QTest::keyClick(view, Qt::Key_Backspace);
    QTRY_COMPARE(m_browser->folder(), QString());
    waitListed();
    QCOMPARE(m_browser->selectedResources().size(), 1);
    QCOMPARE(m_browser->selectedResources().first().name, QStringLiteral("analysis"));
    // a click on the breadcrumb's root from deep down
    m_browser->setFolder(QStringLiteral("analysis/2026"));
    waitListed();
    m_browser->breadcrumb()->crumbs().first()->click();
    QTRY_COMPARE(m_browser->folder(), QString());
    waitListed();

    // F5 lists again: a file that arrived meanwhile shows up
    QVERIFY(m_server->putFile(QStringLiteral("new-on-server.txt"), "n"));
    QTest::keyClick(view, Qt::Key_F5);
    QTRY_VERIFY_WITH_TIMEOUT(m_browser->indexOf(QStringLiteral("new-on-server.txt")).isValid(), slow);
}

void TestGuiFiles::detailAndIconViews()
{
    QVERIFY(m_server->makeDir(QStringLiteral("results")));
    QVERIFY(m_server->putFile(QStringLiteral("spectrum.png"), "png"));
    QVERIFY(m_server->putFile(QStringLiteral("reduce.py"), "py"));
    QVERIFY(m_server->putFile(QStringLiteral("run.nxs"), "nxs"));
    QVERIFY(m_server->putFile(QStringLiteral("bundle.tar.gz"), "tgz"));
    openBrowser();
    // a type icon per row, different for a folder, a picture, code, data and an archive
    QSet<qint64> icons;
    for (const QString &name :
         {QStringLiteral("results"), QStringLiteral("spectrum.png"), QStringLiteral("reduce.py"),
          QStringLiteral("run.nxs"), QStringLiteral("bundle.tar.gz")}) {
        const QIcon icon = m_browser->indexOf(name).data(Qt::DecorationRole).value<QIcon>();
        QVERIFY2(!icon.isNull(), qPrintable(name));
        icons.insert(icon.cacheKey());
    }
    QCOMPARE(icons.size(), 5);
    shoot(m_window.get(), QStringLiteral("files-details"));

    QAction *toggle = m_browser->action(QStringLiteral("iconView"));
    QVERIFY(m_browser->currentView() == m_browser->detailView());
    m_browser->select({QStringLiteral("reduce.py")});
    toggle->trigger();
    QVERIFY(m_browser->isIconMode());
    QVERIFY(m_browser->currentView() == m_browser->iconView());
    QVERIFY(m_browser->iconView()->isVisible());
    // the selection carries over
    QCOMPARE(m_browser->selectedResources().size(), 1);
    QCOMPARE(m_browser->selectedResources().first().name, QStringLiteral("reduce.py"));
    QCOMPARE(m_browser->iconView()->viewMode(), QListView::IconMode);
    // Enter in the icon view opens too
    m_browser->iconView()->setFocus();
    m_browser->iconView()->setCurrentIndex(m_browser->indexOf(QStringLiteral("results")));
    shoot(m_window.get(), QStringLiteral("files-icons"));
    QTest::keyClick(m_browser->iconView(), Qt::Key_Return);
    QTRY_COMPARE(m_browser->folder(), QStringLiteral("results"));
    toggle->trigger();
    QVERIFY(!m_browser->isIconMode());
}

void TestGuiFiles::createFolderAndRenameInPlace()
{
    QVERIFY(m_server->putFile(QStringLiteral("b.txt"), "bbb"));
    openBrowser();
    QTreeView *view = m_browser->detailView();
    view->setFocus();
    m_browser->action(QStringLiteral("newFolder"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(onServer(QStringLiteral("New folder"))).isDir(), slow);
    // the new folder's name is open for typing
    QTRY_VERIFY_WITH_TIMEOUT(m_browser->isEditing(), slow);
    auto *editor = view->viewport()->findChild<QLineEdit *>();
    QVERIFY(editor);
    QCOMPARE(editor->text(), QStringLiteral("New folder"));
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("Results 2026"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(onServer(QStringLiteral("Results 2026"))).isDir(), slow);
    QVERIFY(!QFileInfo::exists(onServer(QStringLiteral("New folder"))));
    QTRY_VERIFY_WITH_TIMEOUT(m_browser->indexOf(QStringLiteral("Results 2026")).isValid(), slow);
    QTRY_COMPARE(m_browser->selectedResources().value(0).name, QStringLiteral("Results 2026"));

    // F2 on a file renames it in place
    m_browser->select({QStringLiteral("b.txt")});
    view->setFocus();
    QTest::keyClick(view, Qt::Key_F2);
    QTRY_VERIFY(m_browser->isEditing());
    QTRY_VERIFY(m_browser->isEditing());
    editor = nullptr;
    for (QLineEdit *e : view->viewport()->findChildren<QLineEdit *>())
        if (e->isVisible())
            editor = e;
    QVERIFY(editor);
    editor->setText(QStringLiteral("c.txt"));
    QTest::keyClick(editor, Qt::Key_Enter);
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(onServer(QStringLiteral("c.txt"))), slow);
    QVERIFY(!QFileInfo::exists(onServer(QStringLiteral("b.txt"))));
    QCOMPARE(readFile(onServer(QStringLiteral("c.txt"))), QByteArray("bbb"));
    QTRY_VERIFY_WITH_TIMEOUT(m_browser->indexOf(QStringLiteral("c.txt")).isValid(), slow);
    QVERIFY(!m_browser->messageBar()->isVisible());
}

void TestGuiFiles::renameRefusedWithASentence()
{
    QVERIFY(m_server->putFile(QStringLiteral("a.txt"), "a"));
    QVERIFY(m_server->putFile(QStringLiteral("b.txt"), "b"));
    openBrowser();
    // onto an existing name: refused before anything is sent, and said
    m_browser->rename(QStringLiteral("a.txt"), QStringLiteral("b.txt"));
    QCOMPARE(m_browser->messageBar()->text(),
             QStringLiteral("There is already an entry called “b.txt” in this folder."));
    m_browser->rename(QStringLiteral("a.txt"), QStringLiteral("x:y.txt"));
    QCOMPARE(
        m_browser->messageBar()->text(),
        QStringLiteral("“x:y.txt” cannot be used as a name: names may not contain “/” or be “.” or “..”."));
    QCOMPARE(readFile(onServer(QStringLiteral("a.txt"))), QByteArray("a"));
    QCOMPARE(readFile(onServer(QStringLiteral("b.txt"))), QByteArray("b"));

    // a name that looks like markup is shown as it is, not rendered
    const QString markup = QStringLiteral("<img src=x onerror=1>.txt");
    QVERIFY(m_server->putFile(markup, "m"));
    m_browser->refresh();
    waitListed();
    m_browser->rename(QStringLiteral("a.txt"), markup);
    QCOMPARE(m_browser->messageBar()->text(),
             QStringLiteral("There is already an entry called “%1” in this folder.").arg(markup));
    QCOMPARE(m_browser->messageBar()->findChild<QLabel *>()->textFormat(), Qt::PlainText);
}

void TestGuiFiles::deleteAsksFirst()
{
    QVERIFY(m_server->putFile(QStringLiteral("keep.txt"), "k"));
    QVERIFY(m_server->putFile(QStringLiteral("old.txt"), "o"));
    QVERIFY(m_server->putFile(QStringLiteral("old folder/inside.txt"), "i"));
    openBrowser();
    m_browser->select({QStringLiteral("old.txt"), QStringLiteral("old folder")});
    QCOMPARE(m_browser->selectedResources().size(), 2);
    QTreeView *view = m_browser->detailView();
    view->setFocus();
    // "No": nothing happens
    const int asked = ui::Dialogs::confirmCount();
    ui::Dialogs::setNextConfirm(false);
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(ui::Dialogs::confirmCount(), asked + 1);
    QVERIFY(QFileInfo::exists(onServer(QStringLiteral("old.txt"))));
    QVERIFY(QFileInfo::exists(onServer(QStringLiteral("old folder/inside.txt"))));
    // "Yes": both go, the folder with what is in it; the other file stays
    ui::Dialogs::setNextConfirm(true);
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(ui::Dialogs::confirmCount(), asked + 2);
    QTRY_VERIFY_WITH_TIMEOUT(!QFileInfo::exists(onServer(QStringLiteral("old.txt"))), slow);
    QTRY_VERIFY_WITH_TIMEOUT(!QFileInfo::exists(onServer(QStringLiteral("old folder"))), slow);
    QVERIFY(QFileInfo::exists(onServer(QStringLiteral("keep.txt"))));
    QTRY_COMPARE_WITH_TIMEOUT(namesIn(m_browser->proxy()), QStringList{QStringLiteral("keep.txt")}, slow);
    // the server's record, once the "Yes" has been carried out: one DELETE each, both carried out; a "No"
    // that deleted anyway would show as two more (the second ones finding nothing: 404)
    QStringList deletes;
    QTRY_VERIFY_WITH_TIMEOUT((deletes = m_server->accessLog().filter(QStringLiteral("DELETE "))).size() >= 2,
                             slow);
    QVERIFY2(deletes.size() == 2 && deletes.filter(QStringLiteral(" 204 ")).size() == 2,
             qPrintable(deletes.join(u'\n')));
}

void TestGuiFiles::dropLocalFilesAndAFolder()
{
    QVERIFY(m_server->makeDir(QStringLiteral("inbox")));
    openBrowser();
    const QByteArray big(3 * 1024 * 1024 + 17, 'q');
    QVERIFY(writeFile(local(QStringLiteral("notes.txt")), "field notes\n"));
    QVERIFY(writeFile(local(QStringLiteral("run42/raw/MAR42.nxs")), big));
    QVERIFY(writeFile(local(QStringLiteral("run42/readme.md")), "# run 42\n"));
    QVERIFY(QDir().mkpath(local(QStringLiteral("run42/empty"))));

    // onto the empty area: into the folder shown
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(local(QStringLiteral("notes.txt"))),
                  QUrl::fromLocalFile(local(QStringLiteral("run42")))});
    dropOn(m_browser->detailView()->viewport(), emptyArea(), &data, Qt::CopyAction);
    QTRY_VERIFY_WITH_TIMEOUT(waitIdle(), slow);
    for (Transfer *t : m_browser->queue()->transfers())
        QVERIFY2(t->state() == Transfer::State::Done, qPrintable(t->error().detail()));
    QCOMPARE(readFile(onServer(QStringLiteral("notes.txt"))), QByteArray("field notes\n"));
    QCOMPARE(readFile(onServer(QStringLiteral("run42/raw/MAR42.nxs"))), big);
    QCOMPARE(readFile(onServer(QStringLiteral("run42/readme.md"))), QByteArray("# run 42\n"));
    QVERIFY(QFileInfo(onServer(QStringLiteral("run42/empty"))).isDir());
    // the listing follows by itself
    QTRY_VERIFY_WITH_TIMEOUT(m_browser->indexOf(QStringLiteral("run42")).isValid(), slow);
    QTRY_VERIFY_WITH_TIMEOUT(m_browser->indexOf(QStringLiteral("notes.txt")).isValid(), slow);
    QTRY_COMPARE(m_panel->summary(), QStringLiteral("All 3 files transferred."));
    shoot(m_window.get(), QStringLiteral("files-after-drop"));

    // onto a folder row: into that folder
    QVERIFY(writeFile(local(QStringLiteral("letter.txt")), "dear inbox"));
    QMimeData one;
    one.setUrls({QUrl::fromLocalFile(local(QStringLiteral("letter.txt")))});
    const QRect inbox = m_browser->detailView()->visualRect(m_browser->indexOf(QStringLiteral("inbox")));
    dropOn(m_browser->detailView()->viewport(), inbox.center(), &one, Qt::CopyAction);
    QTRY_COMPARE_WITH_TIMEOUT(readFile(onServer(QStringLiteral("inbox/letter.txt"))),
                              QByteArray("dear inbox"), slow);
    // the originals stay
    QVERIFY(QFileInfo::exists(local(QStringLiteral("letter.txt"))));
    QVERIFY(QFileInfo::exists(local(QStringLiteral("run42/raw/MAR42.nxs"))));
}

void TestGuiFiles::dragWithinMovesAndCtrlCopies()
{
    QVERIFY(m_server->makeDir(QStringLiteral("target")));
    QVERIFY(m_server->putFile(QStringLiteral("move-me.txt"), "moving"));
    QVERIFY(m_server->putFile(QStringLiteral("copy-me.txt"), "copying"));
    QVERIFY(m_server->putFile(QStringLiteral("folder/deep.txt"), "deep"));
    openBrowser();
    QTreeView *view = m_browser->detailView();
    auto dragOf = [this](const QStringList &names) {
        QModelIndexList rows;
        for (const QString &n : names)
            rows << m_browser->indexOf(n);
        return std::unique_ptr<QMimeData>(m_browser->proxy()->mimeData(rows));
    };
    auto targetPos = [this, view] {
        return view->visualRect(m_browser->indexOf(QStringLiteral("target"))).center();
    };

    std::unique_ptr<QMimeData> moving = dragOf({QStringLiteral("move-me.txt"), QStringLiteral("folder")});
    QVERIFY(moving->hasFormat(ui::RemoteFolderProxy::internalMimeType()));
    dropOn(view->viewport(), targetPos(), moving.get(), Qt::MoveAction);
    QTRY_COMPARE_WITH_TIMEOUT(readFile(onServer(QStringLiteral("target/move-me.txt"))), QByteArray("moving"),
                              slow);
    QTRY_COMPARE_WITH_TIMEOUT(readFile(onServer(QStringLiteral("target/folder/deep.txt"))),
                              QByteArray("deep"), slow);
    QVERIFY(!QFileInfo::exists(onServer(QStringLiteral("move-me.txt"))));
    QVERIFY(!QFileInfo::exists(onServer(QStringLiteral("folder"))));
    QTRY_VERIFY_WITH_TIMEOUT(!m_browser->indexOf(QStringLiteral("move-me.txt")).isValid(), slow);
    waitListed();

    // with Ctrl: a copy, the original stays
    std::unique_ptr<QMimeData> copying = dragOf({QStringLiteral("copy-me.txt")});
    dropOn(view->viewport(), targetPos(), copying.get(), Qt::CopyAction, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(readFile(onServer(QStringLiteral("target/copy-me.txt"))), QByteArray("copying"),
                              slow);
    QCOMPARE(readFile(onServer(QStringLiteral("copy-me.txt"))), QByteArray("copying"));
    waitListed();

    // a second copy onto the same folder: refused, said, nothing overwritten
    QVERIFY(m_server->putFile(QStringLiteral("target/copy-me.txt"), "already there"));
    copying = dragOf({QStringLiteral("copy-me.txt")});
    dropOn(view->viewport(), targetPos(), copying.get(), Qt::CopyAction, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(
        m_browser->messageBar()->text(),
        QStringLiteral("“copy-me.txt” was not copied: “target” already has an entry of that name."), slow);
    QCOMPARE(readFile(onServer(QStringLiteral("target/copy-me.txt"))), QByteArray("already there"));

    // a folder cannot go into itself
    m_browser->moveOrCopy({QStringLiteral("target")}, QStringLiteral("target"), false);
    QCOMPARE(m_browser->messageBar()->text(),
             QStringLiteral("“target” cannot be moved or copied into itself."));
}

void TestGuiFiles::dragOutStagesLocalFiles()
{
    QVERIFY(m_server->putFile(QStringLiteral("plot.png"), QByteArray(50000, 'p')));
    QVERIFY(m_server->putFile(QStringLiteral("set/a.dat"), "A"));
    QVERIFY(m_server->putFile(QStringLiteral("set/sub/b.dat"), "B"));
    openBrowser();
    m_browser->select({QStringLiteral("plot.png"), QStringLiteral("set")});
    QModelIndexList rows{m_browser->indexOf(QStringLiteral("plot.png")),
                         m_browser->indexOf(QStringLiteral("set"))};
    std::unique_ptr<QMimeData> mime(m_browser->proxy()->mimeData(rows));
    auto *payload = qobject_cast<ui::DragPayload *>(mime.get());
    QVERIFY(payload);
    QVERIFY(payload->hasUrls());
    // nothing is fetched while the drag stays inside
    QVERIFY(!payload->isStaging());
    QVERIFY(m_browser->queue()->transfers().isEmpty());
    // leaving the list starts the downloads
    QEvent leave(QEvent::DragLeave);
    QApplication::sendEvent(m_browser->detailView()->viewport(), &leave);
    QVERIFY(payload->isStaging());
    QTRY_VERIFY_WITH_TIMEOUT(payload->isReady(), slow);
    // the drop hands over local files with the server's bytes
    const QList<QUrl> urls = payload->urls();
    QCOMPARE(urls.size(), 2);
    QVERIFY(urls.at(0).isLocalFile());
    QCOMPARE(QFileInfo(urls.at(0).toLocalFile()).fileName(), QStringLiteral("plot.png"));
    QCOMPARE(readFile(urls.at(0).toLocalFile()), QByteArray(50000, 'p'));
    const QDir set(urls.at(1).toLocalFile());
    QCOMPARE(set.dirName(), QStringLiteral("set"));
    QCOMPARE(readFile(set.filePath(QStringLiteral("a.dat"))), QByteArray("A"));
    QCOMPARE(readFile(set.filePath(QStringLiteral("sub/b.dat"))), QByteArray("B"));
    QVERIFY(
        urls.at(0).toLocalFile().startsWith(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)));

    // dropped before a file has arrived: only what is there is handed over, and the user is told
    QVERIFY(m_server->putFile(QStringLiteral("huge.bin"), QByteArray(8 * 1024 * 1024, 'h')));
    m_browser->refresh();
    waitListed();
    std::unique_ptr<QMimeData> late(
        m_browser->proxy()->mimeData({m_browser->indexOf(QStringLiteral("huge.bin"))}));
    auto *latePayload = qobject_cast<ui::DragPayload *>(late.get());
    latePayload->startStaging();
    m_browser->queue()->pauseAll(); // held back, as if the network were slow
    QCOMPARE(latePayload->urls(), QList<QUrl>());
    QCOMPARE(m_browser->messageBar()->text(),
             QStringLiteral(
                 "huge.bin was still downloading when you dropped it, so it was not handed over. Drop it "
                 "again in a moment; its progress is under Transfers."));
}

void TestGuiFiles::conflictKeepBothAndApplyToAll()
{
    QVERIFY(m_server->putFile(QStringLiteral("data.txt"), "old data"));
    openBrowser();
    // (a different size: the core takes a same-size file written within 2 s of its own PUT for that PUT)
    QVERIFY(writeFile(local(QStringLiteral("data.txt")), "newer data"));
    m_browser->upload({local(QStringLiteral("data.txt"))}, QString());
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->conflictDialog() != nullptr, slow);
    ui::ConflictDialog *dialog = m_panel->conflictDialog();
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("existing"))
                ->text()
                .contains(QLocale().formattedDataSize(8)));
    shoot(dialog, QStringLiteral("conflict-dialog"));
    shoot(m_window.get(), QStringLiteral("files-conflict"));
    QTest::mouseClick(dialog->button(storage::ConflictChoice::Rename), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(readFile(onServer(QStringLiteral("data (1).txt"))), QByteArray("newer data"),
                              slow);
    QCOMPARE(readFile(onServer(QStringLiteral("data.txt"))), QByteArray("old data"));
    QTRY_VERIFY(waitIdle());

    // three at once, "apply to all" + Overwrite: one question for all three
    QStringList files;
    for (const char *n : {"x.txt", "y.txt", "z.txt"}) {
        const QString name = QString::fromLatin1(n);
        QVERIFY(m_server->putFile(name, "server"));
        QVERIFY(writeFile(local(name), "mine, longer"));
        files << local(name);
    }
    m_browser->upload(files, QString());
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->conflictDialog() != nullptr, slow);
    dialog = m_panel->conflictDialog();
    dialog->applyToAll()->setChecked(true);
    QTest::mouseClick(dialog->button(storage::ConflictChoice::Overwrite), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(waitIdle(), slow);
    for (const char *n : {"x.txt", "y.txt", "z.txt"})
        QCOMPARE(readFile(onServer(QString::fromLatin1(n))), QByteArray("mine, longer"));
    // every transfer has finished (waitIdle), so every question that was going to be asked has been: the one
    // answered was the only one, and none is left over for a transfer already decided
    QVERIFY(m_panel->conflictDialog() == nullptr);
    QVERIFY(m_window->findChildren<ui::ConflictDialog *>().isEmpty());
}

void TestGuiFiles::conflictKeepNewerForAll()
{
    // "fresh.txt": this computer's copy is newer → replaces the server's; "stale.txt": the server's is newer
    // → kept, the transfer skipped
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto age = [](const QString &path, const QDateTime &when) {
        QFile f(path);
        return f.open(QIODevice::ReadWrite) && f.setFileTime(when, QFileDevice::FileModificationTime);
    };
    QVERIFY(m_server->putFile(QStringLiteral("fresh.txt"), "server, old"));
    QVERIFY(m_server->putFile(QStringLiteral("stale.txt"), "server, new"));
    QVERIFY(age(onServer(QStringLiteral("fresh.txt")), now.addDays(-2)));
    QVERIFY(age(onServer(QStringLiteral("stale.txt")), now.addSecs(-60)));
    QVERIFY(writeFile(local(QStringLiteral("fresh.txt")), "mine, newest"));
    QVERIFY(writeFile(local(QStringLiteral("stale.txt")), "mine, oldest"));
    QVERIFY(age(local(QStringLiteral("stale.txt")), now.addDays(-5)));
    openBrowser();
    m_browser->upload({local(QStringLiteral("fresh.txt")), local(QStringLiteral("stale.txt"))}, QString());
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->conflictDialog() != nullptr, slow);
    ui::ConflictDialog *dialog = m_panel->conflictDialog();
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(dialog->button(storage::ConflictChoice::KeepNewer)->isVisible());
    dialog->applyToAll()->setChecked(true);
    QTest::mouseClick(dialog->button(storage::ConflictChoice::KeepNewer), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(waitIdle(), slow);
    QCOMPARE(readFile(onServer(QStringLiteral("fresh.txt"))), QByteArray("mine, newest"));
    QCOMPARE(readFile(onServer(QStringLiteral("stale.txt"))), QByteArray("server, new"));
    QVERIFY(!QFile::exists(onServer(QStringLiteral("stale (1).txt"))));
    // all finished (waitIdle): one question for both, none left over
    QVERIFY(m_panel->conflictDialog() == nullptr);
    QVERIFY(m_window->findChildren<ui::ConflictDialog *>().isEmpty());
}

void TestGuiFiles::transfersAtOnceIsKept()
{
    struct Forget
    {
        ~Forget() { support::Settings::remove(support::keys::parallelTransfers); }
    } forget;
    support::Settings::remove(support::keys::parallelTransfers);
    openBrowser();
    auto *atOnce = m_panel->findChild<QSpinBox *>(QStringLiteral("parallelTransfers"));
    QVERIFY(atOnce);
    QCOMPARE(atOnce->value(), 3);
    QCOMPARE(m_browser->queue()->maxParallel(), 3);
    atOnce->setFocus();
    QTest::keyClick(atOnce, Qt::Key_Up);
    QTest::keyClick(atOnce, Qt::Key_Up);
    QCOMPARE(m_browser->queue()->maxParallel(), 5);

    // a new window (the next start of the client) runs five at once from the start
    m_window.reset();
    openBrowser();
    QCOMPARE(m_browser->queue()->maxParallel(), 5);
    QCOMPARE(m_panel->findChild<QSpinBox *>(QStringLiteral("parallelTransfers"))->value(), 5);

    // a hand-edited settings file cannot ask for more than the box offers
    support::Settings::setValue(support::keys::parallelTransfers, 40);
    m_window.reset();
    openBrowser();
    QCOMPARE(m_browser->queue()->maxParallel(), ui::TransferPanel::maxParallel);
}

void TestGuiFiles::passwordAskedMidQueueThenCarriesOn()
{
    openBrowser();
    m_browser->queue()->setMaxParallel(1);
    QStringList files;
    for (int i = 1; i <= 4; ++i) {
        const QString name = QStringLiteral("part%1.dat").arg(i);
        QVERIFY(writeFile(local(name), QByteArray(1000 * i, char('0' + i))));
        files << local(name);
    }
    // the server starts refusing the kept password as soon as the first file is in
    bool changed = false;
    QObject guard;
    connect(m_browser->queue(), &storage::TransferQueue::transferChanged, &guard,
            [this, &changed](Transfer *t) {
                if (t->state() == Transfer::State::Done && !std::exchange(changed, true))
                    m_server->setPassword(QStringLiteral("changed-pw"));
            });
    m_browser->upload(files, QString());
    QTRY_VERIFY_WITH_TIMEOUT(m_window->findChild<ui::PasswordPrompt *>() != nullptr, slow);
    ui::PasswordPrompt *prompt = m_window->findChild<ui::PasswordPrompt *>();
    QTRY_VERIFY(prompt->isVisible());
    QCOMPARE(prompt->userName(), m_server->user());
    shoot(prompt, QStringLiteral("password-prompt"));
    QTest::keyClicks(prompt->passwordField(), QStringLiteral("changed-pw"));
    QTest::keyClick(prompt->passwordField(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(waitIdle(), slow);
    for (int i = 1; i <= 4; ++i)
        QCOMPARE(readFile(onServer(QStringLiteral("part%1.dat").arg(i))),
                 QByteArray(1000 * i, char('0' + i)));
    for (Transfer *t : m_browser->queue()->transfers())
        QCOMPARE(t->state(), Transfer::State::Done);
    // the account keeps the new one (other services use it), and it was asked once
    QCOMPARE(m_account->serviceLogin().password, QStringLiteral("changed-pw"));
    QTRY_VERIFY(m_window->findChild<ui::PasswordPrompt *>() == nullptr);
}

void TestGuiFiles::rowButtonsPauseResumeCancelRetry()
{
    const qint64 size = 96LL * 1024 * 1024;
    // no two blocks alike: a resume from the wrong offset shows in the content, not only in the size
    QVERIFY(writeFile(local(QStringLiteral("big.bin")), testing::patternedBytes(size)));
    openBrowser();
    m_browser->upload({local(QStringLiteral("big.bin"))}, QString());
    QListView *list = m_panel->view();
    QTRY_COMPARE_WITH_TIMEOUT(m_panel->model()->rowCount(), 1, slow);
    const QModelIndex row = m_panel->model()->index(0);
    auto click = [list, row](ui::TransferListModel::Action action) {
        const auto actions =
            ui::TransferListModel::Actions(row.data(ui::TransferListModel::ActionsRole).toInt());
        for (const auto &[rect, a] : ui::TransferDelegate::buttons(list->visualRect(row), actions))
            if (a == action) {
                QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
                return true;
            }
        return false;
    };
    auto state = [row] { return Transfer::State(row.data(ui::TransferListModel::StateRole).toInt()); };
    QTRY_VERIFY_WITH_TIMEOUT(state() == Transfer::State::Running, slow);
    QVERIFY(click(ui::TransferListModel::Pause));
    QTRY_COMPARE_WITH_TIMEOUT(state(), Transfer::State::Paused, slow);
    QVERIFY(row.data(ui::TransferListModel::StatusRole).toString().startsWith(QStringLiteral("Paused at")));
    // the panel's buttons follow at once: nothing left to pause, one to resume
    QVERIFY(m_panel->findChild<QToolButton *>(QStringLiteral("resumeAll"))->isEnabled());
    QVERIFY(!m_panel->findChild<QToolButton *>(QStringLiteral("pauseAll"))->isEnabled());
    shoot(m_window.get(), QStringLiteral("transfers-paused"));
    QVERIFY(click(ui::TransferListModel::Resume));
    QTRY_VERIFY_WITH_TIMEOUT(state() == Transfer::State::Running || state() == Transfer::State::Done, slow);
    QTRY_COMPARE_WITH_TIMEOUT(state(), Transfer::State::Done, 120000);
    QCOMPARE(QFileInfo(onServer(QStringLiteral("big.bin"))).size(), size);
    QCOMPARE(testing::sha256Of(onServer(QStringLiteral("big.bin"))),
             testing::sha256Of(local(QStringLiteral("big.bin"))));

    // cancel: the second row stops and nothing of it is kept on the server
    m_browser->upload({local(QStringLiteral("big.bin"))}, QStringLiteral("elsewhere"));
    QTRY_COMPARE_WITH_TIMEOUT(m_panel->model()->rowCount(), 2, slow);
    const QModelIndex second = m_panel->model()->index(1);
    QTRY_VERIFY_WITH_TIMEOUT(Transfer::State(second.data(ui::TransferListModel::StateRole).toInt()) ==
                                 Transfer::State::Running,
                             slow);
    m_panel->trigger(1, ui::TransferListModel::Cancel);
    QTRY_COMPARE_WITH_TIMEOUT(Transfer::State(second.data(ui::TransferListModel::StateRole).toInt()),
                              Transfer::State::Cancelled, slow);
    QVERIFY(!QFileInfo::exists(onServer(QStringLiteral("elsewhere/big.bin"))));

    // retry: a download of a file that is not there fails with a sentence; once it is there, Retry gets it
    m_panel->clearFinished();
    QCOMPARE(m_panel->model()->rowCount(), 0);
    m_browser->queue()->addDownload(QStringLiteral("later.txt"), local(QStringLiteral("later.txt")));
    const QModelIndex third = m_panel->model()->index(0);
    QTRY_COMPARE_WITH_TIMEOUT(Transfer::State(third.data(ui::TransferListModel::StateRole).toInt()),
                              Transfer::State::Failed, slow);
    QCOMPARE(third.data(ui::TransferListModel::StatusRole).toString(),
             QStringLiteral("“later.txt” is no longer on the storage server. Refresh the folder."));
    QVERIFY(m_server->putFile(QStringLiteral("later.txt"), "here now"));
    QTRY_VERIFY(TestGuiFiles::waitIdle());
    m_panel->view()->update();
    QVERIFY([&] {
        const auto actions =
            ui::TransferListModel::Actions(third.data(ui::TransferListModel::ActionsRole).toInt());
        for (const auto &[rect, a] : ui::TransferDelegate::buttons(list->visualRect(third), actions))
            if (a == ui::TransferListModel::Retry) {
                QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
                return true;
            }
        return false;
    }());
    QTRY_COMPARE_WITH_TIMEOUT(Transfer::State(third.data(ui::TransferListModel::StateRole).toInt()),
                              Transfer::State::Done, slow);
    QCOMPARE(readFile(local(QStringLiteral("later.txt"))), QByteArray("here now"));
}

void TestGuiFiles::serverErrorIsOneSentence()
{
    QVERIFY(m_server->putFile(QStringLiteral("vanishing.txt"), "v"));
    openBrowser();
    // someone else deletes it meanwhile; the rename here then meets a 404
    QVERIFY(QFile::remove(onServer(QStringLiteral("vanishing.txt"))));
    m_browser->rename(QStringLiteral("vanishing.txt"), QStringLiteral("renamed.txt"));
    QTRY_COMPARE_WITH_TIMEOUT(
        m_browser->messageBar()->text(),
        QStringLiteral("“vanishing.txt” is no longer on the storage server. Refresh the folder."), slow);
    shoot(m_window.get(), QStringLiteral("files-error"));
    // the server gone: a sentence too, never a status code or a URL
    m_server->stop();
    m_browser->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!m_browser->isLoading(), slow);
    const QString text = m_browser->messageBar()->text();
    QVERIFY2(!text.isEmpty() && !text.contains(QStringLiteral("http")) &&
                 !text.contains(QStringLiteral("HTTP")) && text.endsWith(u'.'),
             qPrintable(text));
    QCOMPARE(m_browser->statusText(), QStringLiteral("This folder could not be listed."));
}

void TestGuiFiles::refusedEntriesAreNoticed()
{
    QVERIFY(m_server->putFile(QStringLiteral("fine.txt"), "f"));
    QVERIFY(m_server->putFile(QStringLiteral("con:flict.txt"), "c"));
    openBrowser();
    QCOMPARE(namesIn(m_browser->proxy()), QStringList{QStringLiteral("fine.txt")});
    QTRY_VERIFY(m_browser->noticeBar()->isVisible());
    QVERIFY2(m_browser->noticeBar()->text().startsWith(QStringLiteral("1 entry in this folder is not shown")),
             qPrintable(m_browser->noticeBar()->text()));
    QVERIFY(m_browser->noticeBar()->text().contains(QStringLiteral("colon")));
}

void TestGuiFiles::downloadAsZipAndExtractHere()
{
    QVERIFY(m_server->putFile(QStringLiteral("pack/one.txt"), "one"));
    QVERIFY(m_server->putFile(QStringLiteral("pack/two/three.txt"), "three"));
    openBrowser();
    m_browser->select({QStringLiteral("pack")});
    const QString zip = local(QStringLiteral("pack.zip"));
    ui::Dialogs::setNextSaveFile(zip);
    m_browser->action(QStringLiteral("downloadZip"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(zip), slow);
    QTRY_COMPARE_WITH_TIMEOUT(
        Transfer::State(m_panel->model()->index(0).data(ui::TransferListModel::StateRole).toInt()),
        Transfer::State::Done, slow);
    QVERIFY(m_panel->model()->index(0).data(ui::TransferListModel::StatusRole).toString().contains(zip));

    // the same archive unpacked into another folder of the store
    QVERIFY(m_server->makeDir(QStringLiteral("unpacked")));
    m_browser->setFolder(QStringLiteral("unpacked"));
    waitListed();
    ui::Dialogs::setNextFile(zip);
    m_browser->action(QStringLiteral("extract"))->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(readFile(onServer(QStringLiteral("unpacked/pack/two/three.txt"))),
                              QByteArray("three"), slow);
    QTRY_COMPARE_WITH_TIMEOUT(readFile(onServer(QStringLiteral("unpacked/pack/one.txt"))), QByteArray("one"),
                              slow);
    QTRY_VERIFY_WITH_TIMEOUT(m_browser->indexOf(QStringLiteral("pack")).isValid(), slow);
}

void TestGuiFiles::filesAreaAfterSignIn()
{
    testing::IcatEmulatorProcess icat;
    QVERIFY2(icat.isRunning(), qPrintable(icat.log()));
    // the demo's way: a storage URL with the user's name in it; alice's home on this server
    QVERIFY(m_server->makeDir(QStringLiteral("alice")));
    QVERIFY(m_server->putFile(QStringLiteral("alice/hello.txt"), "hi"));
    facility::FacilityProfile profile = icat.profile();
    profile.storageUrl = QUrl(m_server->rootUrl().toString() + QStringLiteral("%7Buser%7D/"));
    profile.storageAuth = QStringLiteral("basic");
    QVERIFY(profile.storageUrlNeedsUser());
    identity::Account account(profile);
    ui::MainWindow window(&account);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.areas()->count(), 1); // not before sign-in
    QVERIFY(window.files() == nullptr);
    window.signIn();
    QTRY_VERIFY(window.signInDialog() && window.signInDialog()->field(QStringLiteral("password")));
    window.signInDialog()->field(QStringLiteral("username"))->setText(QStringLiteral("alice"));
    window.signInDialog()->field(QStringLiteral("password"))->setText(QStringLiteral("alice-pw"));
    window.signInDialog()->submit();
    QTRY_VERIFY_WITH_TIMEOUT(window.files() != nullptr, slow);
    QCOMPARE(window.areas()->count(), 2);
    QCOMPARE(window.areas()->tabText(1), QStringLiteral("Files"));
    QCOMPARE(window.files()->client()->root(),
             QUrl(m_server->rootUrl().toString() + QStringLiteral("alice/")));
    // alice/alice-pw is not this server's user: the password is asked, and then her home shows
    window.areas()->setCurrentWidget(window.files());
    // (the test server knows one user, not alice; the demo server has alice with her sign-in password)
    QTRY_VERIFY_WITH_TIMEOUT(window.findChild<ui::PasswordPrompt *>() != nullptr, slow);
    ui::PasswordPrompt *prompt = window.findChild<ui::PasswordPrompt *>();
    QCOMPARE(prompt->userName(), QStringLiteral("alice"));
    prompt->reject();
    QTRY_VERIFY_WITH_TIMEOUT(!window.files()->isLoading(), slow);
    QCOMPARE(window.files()->messageBar()->text(), QStringLiteral("You did not give the storage password."));
    // the transfers share the one Transfers dock with the catalogue downloads
    auto *dock = window.findChild<QDockWidget *>(QStringLiteral("transfersDock"));
    QVERIFY(dock);
    QVERIFY(dock->widget()->findChild<ui::TransferPanel *>() == window.transfers());
    // signing out takes the area away (the next user has another store)
    QAction *signOut = nullptr;
    for (QAction *a : window.findChildren<QAction *>())
        if (a->text() == QStringLiteral("Sign &out"))
            signOut = a;
    QVERIFY(signOut);
    signOut->trigger();
    QTRY_VERIFY(window.files() == nullptr);
    QCOMPARE(window.areas()->count(), 1);
    if (window.signInDialog())
        window.signInDialog()->reject();
}

void TestGuiFiles::copyLinkPutsEncodedAddresses()
{
    QVERIFY(m_server->putFile(QStringLiteral("run 42/ü #1.nxs"), "x"));
    QVERIFY(m_server->putFile(QStringLiteral("notes?.txt"), "y"));
    openBrowser();
    const QString base = m_server->rootUrl().toString();
    QTreeView *view = m_browser->detailView();
    view->setFocus();
    m_browser->select({QStringLiteral("run 42"), QStringLiteral("notes?.txt")});
    QApplication::clipboard()->clear();
    QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    // in the view's order (folders first), one per line, every reserved character encoded
    QTRY_COMPARE(QApplication::clipboard()->text(),
                 base + QStringLiteral("run%2042/\n") + base + QStringLiteral("notes%3F.txt"));
    QCOMPARE(m_browser->messageBar()->text(), QStringLiteral("2 links copied."));

    m_browser->setFolder(QStringLiteral("run 42"));
    waitListed();
    m_browser->select({QStringLiteral("ü #1.nxs")});
    m_browser->action(QStringLiteral("copyLink"))->trigger();
    const QString link = base + QStringLiteral("run%2042/%C3%BC%20%231.nxs");
    QCOMPARE(QApplication::clipboard()->text(), link);
    QCOMPARE(m_browser->messageBar()->text(), QStringLiteral("Link copied: ") + link);
    // a link to pass on: no user name (nor password) in it
    QVERIFY(!QApplication::clipboard()->text().contains(m_server->user()));

    // nothing selected: this folder's own link
    m_browser->select({});
    m_browser->action(QStringLiteral("copyLink"))->trigger();
    QCOMPARE(QApplication::clipboard()->text(), base + QStringLiteral("run%2042/"));
}

void TestGuiFiles::useOnComputerShowsTheAddressAndMounts()
{
    using Dialog = ui::UseOnComputerDialog;
    // what the other systems are told: the https address itself, the way their own clients take it
    const QUrl tls(QStringLiteral("https://store.example.org/dav/"));
    QCOMPARE(Dialog::addressFor(Dialog::Os::Windows, tls, QStringLiteral("alice")).toString(),
             tls.toString());
    QVERIFY(Dialog::steps(Dialog::Os::Windows, tls).contains(QStringLiteral("Map network drive")));
    QVERIFY(Dialog::steps(Dialog::Os::MacOs, tls).contains(QStringLiteral("Connect to Server")));
    QCOMPARE(Dialog::addressFor(Dialog::Os::Linux, tls, QStringLiteral("alice")).toString(),
             QStringLiteral("davs://alice@store.example.org/dav/"));

    // a gio that records how it was called and what it read, then fails the way gio does
    const QString bin = local(QStringLiteral("bin"));
    QVERIFY(QDir().mkpath(bin));
    const QString record = local(QStringLiteral("gio-args")), input = local(QStringLiteral("gio-stdin"));
    const QByteArray script = "#!/bin/sh\nprintf '%s\\n' \"$@\" > '" + record.toUtf8() + "'\ncat > '" +
                              input.toUtf8() +
                              "'\nprintf 'Password: ' >&2\n"
                              "echo \"gio: $2: Location is already mounted\" >&2\nexit 2\n";
    QVERIFY(writeFile(bin + QStringLiteral("/gio"), script));
    QVERIFY(QFile::setPermissions(bin + QStringLiteral("/gio"), QFile::ReadOwner | QFile::WriteOwner |
                                                                    QFile::ExeOwner | QFile::ExeOther |
                                                                    QFile::ReadOther));
    const QByteArray path = qgetenv("PATH");
    qputenv("PATH", QByteArray(bin.toUtf8() + ':' + path));
    auto restorePath = qScopeGuard([path] { qputenv("PATH", path); });

    openBrowser();
    m_browser->action(QStringLiteral("useOnComputer"))->trigger();
    QPointer<Dialog> dialog = m_browser->useOnComputerDialog();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    const QString address = QStringLiteral("dav://davuser@127.0.0.1:%1/dav/").arg(m_server->port());
    QCOMPARE(dialog->addressField()->text(), address);
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("steps"))->text().contains(u"gio mount " + address));
    dialog->findChild<QPushButton *>(QStringLiteral("copyAddress"))->click();
    QCOMPARE(QApplication::clipboard()->text(), address);
    QVERIFY(dialog->mountButton());
    shoot(dialog, QStringLiteral("files-use-on-this-computer"));

    QSignalSpy finished(dialog.data(), &Dialog::mountFinished);
    dialog->mountButton()->click();
    QVERIFY(finished.wait(slow));
    QCOMPARE(finished.first().first().toBool(), false);
    // gio's own sentence, without its question before it
    QCOMPARE(dialog->resultLabel()->text(),
             QStringLiteral("It could not be mounted: gio: %1: Location is already mounted").arg(address));
    QVERIFY(dialog->mountButton()->isEnabled());                  // the user may try again
    QCOMPARE(dialog->resultLabel()->textFormat(), Qt::PlainText); // gio's words are not markup
    // the password went to gio's standard input, never onto its command line
    QCOMPARE(readFile(record), QByteArray("mount\n") + address.toUtf8() + '\n');
    QCOMPARE(readFile(input), m_server->password().toUtf8() + '\n');
    shoot(dialog, QStringLiteral("files-mount-failed"));

    // a gio that works
    QVERIFY(writeFile(bin + QStringLiteral("/gio"), "#!/bin/sh\ncat > /dev/null\nexit 0\n"));
    dialog->mountButton()->click();
    QVERIFY(finished.wait(slow));
    QCOMPARE(finished.last().first().toBool(), true);
    QVERIFY(dialog->resultLabel()->text().startsWith(QStringLiteral("Mounted.")));
    QVERIFY(!dialog->mountButton()->isEnabled());
    dialog->close();
    QTRY_VERIFY(!dialog);

    // no gio on this machine: the address and the steps, without a button that cannot work
    qputenv("PATH", local(QStringLiteral("empty")).toUtf8());
    m_browser->useOnComputer();
    QVERIFY(m_browser->useOnComputerDialog());
    QVERIFY(!m_browser->useOnComputerDialog()->mountButton());
    QCOMPARE(m_browser->useOnComputerDialog()->addressField()->text(), address);
    m_browser->useOnComputerDialog()->close();
}

QTEST_MAIN(TestGuiFiles)
#include "tst_gui_files.moc"
