// GUI: the Files area and the storage transfers, driven like a user would (keys, drops, dialog buttons),
// against a real Apache mod_dav. With DAAS_SCREENSHOT_DIR set, the windows are saved there as PNGs.

#include "GuiFilesTest.h"

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
    // the selected folder keeps a visible icon: only its name is highlighted, its icon stays on the view's
    // background (once drawn in colours meant for the highlight, it vanished there, white on white)
    QListView *iconView = m_browser->iconView();
    const QModelIndex results = m_browser->indexOf(QStringLiteral("results"));
    QVERIFY(iconView->selectionModel()->isSelected(results));
    const QRect item = iconView->visualRect(results);
    const QRect iconArea = QRect(item.topLeft(), QSize(item.width(), iconView->iconSize().height()));
    const QImage shot = iconView->viewport()->grab().toImage();
    const int background = qGray(iconView->palette().color(QPalette::Base).rgb());
    int drawn = 0;
    for (int y = iconArea.top(); y <= iconArea.bottom(); ++y)
        for (int x = iconArea.left(); x <= iconArea.right(); ++x)
            if (shot.rect().contains(x, y) && qAbs(qGray(shot.pixel(x, y)) - background) > 60)
                ++drawn;
    QVERIFY2(drawn > 200, qPrintable(QString::number(drawn)));
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

QTEST_MAIN(TestGuiFiles)
