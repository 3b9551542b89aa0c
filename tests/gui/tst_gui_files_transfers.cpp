// GUI, the Files area (see tst_gui_files.cpp): conflicts, the transfer queue and its row buttons, a password
// asked for mid-queue, errors in one sentence, ZIPs both ways, the area after sign-in, links and mounting.

#include "GuiFilesTest.h"

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

// A file dropped where a folder of its name is: no question (replacing would delete the folder), the row says
// why, the folder stays.
void TestGuiFiles::folderInTheWayIsSaidNotAsked()
{
    QVERIFY(m_server->putFile(QStringLiteral("run42/scan-1.nxs"), "the user's data"));
    openBrowser();
    QVERIFY(writeFile(local(QStringLiteral("run42")), QByteArray(9 * 1024 * 1024, 'r')));
    m_browser->upload({local(QStringLiteral("run42"))}, QString());
    QTRY_COMPARE_WITH_TIMEOUT(m_panel->model()->rowCount(), 1, slow);
    const QModelIndex row = m_panel->model()->index(0);
    QTRY_COMPARE_WITH_TIMEOUT(Transfer::State(row.data(ui::TransferListModel::StateRole).toInt()),
                              Transfer::State::Failed, slow);
    QVERIFY(m_panel->conflictDialog() == nullptr);
    QCOMPARE(row.data(ui::TransferListModel::StatusRole).toString(),
             QStringLiteral(
                 "A folder called “run42” is already in the storage folder, so the file was not uploaded "
                 "there."));
    QCOMPARE(readFile(onServer(QStringLiteral("run42/scan-1.nxs"))), QByteArray("the user's data"));
    shoot(m_window.get(), QStringLiteral("files-folder-in-the-way"));
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
