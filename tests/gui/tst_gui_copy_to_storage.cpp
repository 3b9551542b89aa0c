// GUI: "Copy to my storage…" from the Catalogue, driven like a user would (sign-in dialog, the toolbar
// button, the folder dialog, the Transfers dock), against the ICAT/IDS emulator and a real Apache mod_dav.
// With DAAS_SHOTS_DIR (or DAAS_SCREENSHOT_DIR) set, the window is saved there as PNGs: the dialog over the
// catalogue, a copy in progress, copies done.

#include "CatalogueView.h"
#include "CopyToStorageDialog.h"
#include "EnglishTranslator.h"
#include "EventLoopWait.h"
#include "FileBrowser.h"
#include "IcatEmulatorProcess.h"
#include "MainWindow.h"
#include "SignInDialog.h"
#include "TransferPanel.h"
#include "catalogue/PagedListingModel.h"
#include "dav/DavServer.h"
#include "identity/Account.h"
#include "identity/IcatSession.h"
#include "jobs/NewJobDialog.h"
#include "storage/StorageSession.h"
#include "storage/TransferQueue.h"
#include "support/Settings.h"

#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace daas;
using namespace Qt::StringLiterals;
using catalogue::PagedListingModel;
using storage::Transfer;

namespace {

constexpr int slow = 60000;

// the window, and a dialog over it where it would be on the screen (offscreen, each is its own image)
void shoot(QWidget *window, const QString &name, QWidget *over = nullptr)
{
    QString dir = qEnvironmentVariable("DAAS_SHOTS_DIR");
    if (dir.isEmpty())
        dir = qEnvironmentVariable("DAAS_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QImage image = window->grab().toImage();
    if (over) {
        QPainter p(&image);
        p.fillRect(image.rect(), QColor(0, 0, 0, 60));
        const QImage top = over->grab().toImage();
        p.drawImage((image.width() - top.width()) / 2, (image.height() - top.height()) / 3, top);
    }
    QVERIFY(image.save(dir + u'/' + name + u".png"_s));
}

int rowWhere(PagedListingModel *model, const QString &text)
{
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->index(r, 0).data().toString() == text)
            return r;
    return -1;
}

} // namespace

class TestGuiCopyToStorage : public QObject
{
    Q_OBJECT

    std::unique_ptr<testing::IcatEmulatorProcess> m_emulator;
    std::unique_ptr<testing::ApacheDavServer> m_dav;

    static void openInvestigation(ui::CatalogueView *view, const QString &filter)
    {
        view->showInvestigations();
        view->filterEdit()->setText(filter);
        QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 1, slow);
        QTRY_VERIFY(view->model()->index(0, 0).data(PagedListingModel::LoadedRole).toBool());
        view->openRow(0);
        QCOMPARE(view->level(), ui::CatalogueView::Level::Datasets);
        QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount() >= 2, slow);
        QTRY_VERIFY(view->model()->index(0, 0).data(PagedListingModel::LoadedRole).toBool());
    }

    // the toolbar's "Copy to my storage…" button, as the user sees it
    static QToolButton *copyButton(ui::CatalogueView *view)
    {
        for (QToolButton *b : view->findChildren<QToolButton *>())
            if (b->defaultAction() == view->copyToStorageAction())
                return b;
        return nullptr;
    }

    // The test store has its own user, not the catalogue's: its password replaces the sign-in's at once,
    // before the Files area makes its first request.
    void useTheTestStore(identity::Account &account)
    {
        connect(&account, &identity::Account::serviceLoginChanged, this, [this, &account] {
            if (account.serviceLogin().userName == u"alice"_s)
                account.setServiceLogin({m_dav->user(), m_dav->password()});
        });
    }

    // The window on the screen, alice signed in through its sign-in dialog.
    static void signInAsAlice(ui::MainWindow &window)
    {
        window.resize(1320, 780);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.signIn();
        QTRY_VERIFY(window.signInDialog() && window.signInDialog()->field(u"password"_s));
        window.signInDialog()->field(u"username"_s)->setText(u"alice"_s);
        window.signInDialog()->field(u"password"_s)->setText(u"alice-pw"_s);
        window.signInDialog()->submit();
        QTRY_VERIFY_WITH_TIMEOUT(window.signInDialog() == nullptr, slow);
    }

    static ui::CopyToStorageDialog *openDialog(ui::MainWindow &window, QAction *action = nullptr)
    {
        ui::CatalogueView *view = window.catalogue();
        if (action) {
            if (!action->isVisible() || !action->isEnabled())
                return nullptr;
            action->trigger();
        } else {
            QToolButton *button = copyButton(view);
            if (!button || !button->isVisible() || !button->isEnabled())
                return nullptr;
            QTest::mouseClick(button, Qt::LeftButton);
        }
        ui::CopyToStorageDialog *dialog = nullptr;
        (void)QTest::qWaitFor(
            [&] {
                dialog = window.findChild<ui::CopyToStorageDialog *>();
                return dialog && dialog->isVisible();
            },
            10000);
        return dialog;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(testing::installEnglishTranslator());
        // the folder chosen last is remembered: an earlier run's choice must not be this one's default
        support::Settings::remove(support::keys::copyToStorageFolder);
        m_emulator = std::make_unique<testing::IcatEmulatorProcess>();
        QVERIFY2(m_emulator->isRunning(), qPrintable(m_emulator->log()));
        m_dav = std::make_unique<testing::ApacheDavServer>();
        QVERIFY2(m_dav->start(), qPrintable(m_dav->errorLog()));
    }

    void cleanupTestCase()
    {
        m_dav.reset();
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    }

    void copyDatasetThenCancelABigOne()
    {
        facility::FacilityProfile profile = m_emulator->profile();
        profile.storageUrl = m_dav->rootUrl();
        profile.storageAuth = u"basic"_s;
        identity::Account account(profile);
        useTheTestStore(account);
        ui::MainWindow window(&account);
        signInAsAlice(window);
        if (QTest::currentTestFailed())
            return;
        QTRY_VERIFY_WITH_TIMEOUT(window.files() != nullptr, slow);
        storage::TransferQueue *queue = window.files()->queue();

        // investigations: the action is there, but a dataset or file is what gets copied
        ui::CatalogueView *view = window.catalogue();
        QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount() > 0, slow);
        QAction *action = view->copyToStorageAction();
        QVERIFY(window.catalogue()->catalogueActions().contains(action)); // context menu and Catalogue menu
        QVERIFY(!action->isEnabled());
        QCOMPARE(action->toolTip(), u"Open an investigation to copy its datasets into your storage"_s);

        // the kagome investigation's raw data, into datasets/kagome
        openInvestigation(view, u"kagome"_s);
        const int runs = rowWhere(view->model(), u"MARI run data"_s);
        QVERIFY(runs >= 0);
        const qint64 files = view->model()
                                 ->index(runs, 0)
                                 .data(PagedListingModel::EntityRole)
                                 .value<catalogue::Dataset>()
                                 .fileCount;
        QVERIFY(files >= 3);
        view->table()->selectRow(runs);
        QVERIFY(action->isEnabled());
        ui::CopyToStorageDialog *dialog = openDialog(window);
        QVERIFY(dialog);
        QCOMPARE(dialog->folderField()->text(), u"datasets"_s); // the default, at first
        dialog->folderField()->clear();
        QTest::keyClicks(dialog->folderField(), u"datasets/kagome"_s);
        QCOMPARE(dialog->findChild<QLabel *>(u"preview"_s)->text(),
                 u"The dataset goes into “datasets/kagome/MARI run data/”, with its folders."_s);
        shoot(&window, u"copy-to-storage-dialog"_s, dialog);
        QTest::mouseClick(dialog->copyButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(queue->transfers().size(), int(files), slow);
        // the Transfers dock shows them
        QTRY_VERIFY(window.findChild<QDockWidget *>(u"transfersDock"_s)->isVisible());
        QVERIFY(testing::waitInEventLoop([&] { return queue->isIdle(); }, slow));
        const QString folder = m_dav->dataDir() + u"/datasets/kagome/MARI run data"_s;
        for (const Transfer *t : queue->transfers()) {
            QVERIFY2(t->state() == Transfer::State::Done, qPrintable(t->error().userText()));
            QCOMPARE(QFileInfo(folder + u'/' + t->origin().name).size(), t->origin().size);
        }
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden).size(), int(files));
        ui::TransferListModel *rows = window.transfers()->model();
        QCOMPARE(rows->index(0, 0).data(ui::TransferListModel::StatusRole).toString(),
                 u"Checksum verified · copied into “datasets/kagome/MARI run data”"_s);
        shoot(&window, u"copy-to-storage-done"_s);

        // a gigabyte, with no checksum in the catalogue: in progress, then cancelled from its row
        window.transfers()->clearFinished();
        openInvestigation(view, u"multiferroic"_s);
        const int tomo = rowWhere(view->model(), u"Tomography reconstruction"_s);
        QVERIFY(tomo >= 0);
        view->table()->selectRow(tomo);
        dialog = openDialog(window);
        QVERIFY(dialog);
        QCOMPARE(dialog->folderField()->text(), u"datasets/kagome"_s); // the folder chosen last
        QTest::mouseClick(dialog->copyButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(queue->transfers().size(), 1, slow);
        Transfer *big = queue->transfers().first();
        QVERIFY(testing::waitInEventLoop([&] { return big->bytesDone() > 40 * 1024 * 1024; }, slow));
        QCOMPARE(big->state(), Transfer::State::Running);
        QTRY_COMPARE(rows->rowCount(), 1);
        const QString progress = rows->index(0, 0).data(ui::TransferListModel::StatusRole).toString();
        QVERIFY2(progress.contains(u" of 1.00 GiB"_s), qPrintable(progress));
        shoot(&window, u"copy-to-storage-progress"_s);
        window.transfers()->trigger(0, ui::TransferListModel::Cancel);
        QCOMPARE(big->state(), Transfer::State::Cancelled);
        // nothing of it stays in the storage, not even the hidden part file
        const QString tomoFolder = m_dav->dataDir() + u"/datasets/kagome/Tomography reconstruction"_s;
        QTRY_COMPARE_WITH_TIMEOUT(
            QDir(tomoFolder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList(),
            slow);
    }
    // "Process on the cluster…" on a dataset, where the cluster mounts the storage: the dataset is copied
    // into the storage, New job opens with its folder as the cluster sees it, and Submit waits for the copy
    // (a cancelled copy is said and keeps it waiting).
    void processADatasetOnTheCluster()
    {
        facility::FacilityProfile profile = m_emulator->profile();
        profile.storageUrl = m_dav->rootUrl();
        profile.storageAuth = u"basic"_s;
        // a scheduler that is never asked here: only the mount matters to the catalogue
        profile.batchType = u"slurm-rest"_s;
        profile.batchUrl = QUrl(u"http://127.0.0.1:9"_s);
        profile.batchStorageMount = u"/mnt/storage/{user}"_s;
        qputenv("DAAS_SLURM_TOKEN", "never-used"); // no token service in this profile
        identity::Account account(profile);
        useTheTestStore(account);
        ui::MainWindow window(&account);
        signInAsAlice(window);
        if (QTest::currentTestFailed())
            return;
        QTRY_VERIFY_WITH_TIMEOUT(window.files() != nullptr && window.jobs() != nullptr, slow);
        storage::TransferQueue *queue = window.files()->queue();
        ui::CatalogueView *view = window.catalogue();
        QAction *process = view->processOnClusterAction();
        QVERIFY(view->catalogueActions().contains(process));
        QVERIFY(process->isVisible());

        // a gigabyte: New job waits while it is copied; cancelled, it says so
        openInvestigation(view, u"multiferroic"_s);
        const int tomo = rowWhere(view->model(), u"Tomography reconstruction"_s);
        QVERIFY(tomo >= 0);
        view->table()->selectRow(tomo);
        ui::CopyToStorageDialog *dialog = openDialog(window, process);
        QVERIFY(dialog);
        dialog->folderField()->clear();
        QTest::keyClicks(dialog->folderField(), u"for-jobs"_s);
        QVERIFY(dialog->findChild<QLabel *>(u"preview"_s)
                    ->text()
                    .endsWith(u"New job opens with it as the input."_s));
        QTest::mouseClick(dialog->copyButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(window.newJobDialog() && window.newJobDialog()->isVisible(), slow);
        ui::NewJobDialog *job = window.newJobDialog();
        QTRY_VERIFY_WITH_TIMEOUT(job->templatesLoaded(), slow);
        auto *input = job->findChild<QLineEdit *>(u"param_input"_s);
        QVERIFY(input);
        QCOMPARE(input->text(), u"/mnt/storage/%1/for-jobs/Tomography reconstruction"_s.arg(m_dav->user()));
        QCOMPARE(queue->transfers().size(), 1);
        Transfer *big = queue->transfers().first();
        QVERIFY(!big->isFinished());
        auto *note = job->findChild<QLabel *>(u"inputNote"_s);
        QVERIFY(note && note->isVisible());
        QVERIFY2(note->text().startsWith(u"The input is being copied into your storage: 0 of 1 file done."_s),
                 qPrintable(note->text()));
        QVERIFY(job->isWaitingForInput());
        QVERIFY(!job->submitButton()->isEnabled());
        shoot(job, u"process-on-cluster-waiting"_s);
        window.transfers()->trigger(0, ui::TransferListModel::Cancel);
        QTRY_VERIFY(note->text().contains(u"was cancelled"_s));
        QVERIFY(!job->submitButton()->isEnabled());
        job->reject();
        QTRY_VERIFY(window.newJobDialog() == nullptr);

        // a dataset of small files: once they are in, Submit can go
        window.transfers()->clearFinished();
        openInvestigation(view, u"kagome"_s);
        const int runs = rowWhere(view->model(), u"MARI run data"_s);
        QVERIFY(runs >= 0);
        view->table()->selectRow(runs);
        dialog = openDialog(window, process);
        QVERIFY(dialog);
        QCOMPARE(dialog->folderField()->text(), u"for-jobs"_s);
        QTest::mouseClick(dialog->copyButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(window.newJobDialog() && window.newJobDialog()->isVisible(), slow);
        job = window.newJobDialog();
        QVERIFY(testing::waitInEventLoop([&] { return queue->isIdle(); }, slow));
        for (const Transfer *t : queue->transfers())
            QVERIFY2(t->state() == Transfer::State::Done, qPrintable(t->error().userText()));
        QTRY_VERIFY_WITH_TIMEOUT(job->templatesLoaded(), slow);
        QCOMPARE(job->findChild<QLineEdit *>(u"param_input"_s)->text(),
                 u"/mnt/storage/%1/for-jobs/MARI run data"_s.arg(m_dav->user()));
        QTRY_COMPARE(job->findChild<QLabel *>(u"inputNote"_s)->text(), u"The input is in your storage."_s);
        QVERIFY(!job->isWaitingForInput());
        QVERIFY(job->submitButton()->isEnabled());
        shoot(job, u"process-on-cluster-ready"_s);
        job->reject();
    }
};

QTEST_MAIN(TestGuiCopyToStorage)
#include "tst_gui_copy_to_storage.moc"
