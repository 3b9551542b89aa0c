// GUI: sign in → browse → download, driven like a user would, against the ICAT/IDS emulator.
// With DAAS_SCREENSHOT_DIR set, the windows are saved there as PNGs for people to look at.

#include "CatalogueView.h"
#include "Dialogs.h"
#include "DownloadsPanel.h"
#include "EnglishTranslator.h"
#include "FacilityChooser.h"
#include "IcatEmulatorProcess.h"
#include "MainWindow.h"
#include "SignInDialog.h"
#include "TestPaths.h"
#include "catalogue/IdsTransfers.h"
#include "catalogue/PagedListingModel.h"
#include "facility/FacilityRegistry.h"
#include "identity/Account.h"
#include "identity/IcatSession.h"

#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include "support/Settings.h"

using namespace daas;
using catalogue::PagedListingModel;

class TestGuiCatalogue : public QObject
{
    Q_OBJECT

    std::unique_ptr<testing::IcatEmulatorProcess> m_emulator;

    static void shoot(QWidget *w, const QString &name)
    {
        const QString dir = qEnvironmentVariable("DAAS_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        QVERIFY(w->grab().save(dir + u'/' + name + QStringLiteral(".png")));
    }

    static int rowWhere(PagedListingModel *model, int column, const QString &text)
    {
        for (int r = 0; r < model->rowCount(); ++r)
            if (model->index(r, column).data().toString() == text)
                return r;
        return -1;
    }

    static void signInAs(ui::SignInDialog *dialog, const QString &user, const QString &password)
    {
        QTRY_VERIFY(dialog->field(QStringLiteral("username")) != nullptr);
        dialog->field(QStringLiteral("username"))->setText(user);
        dialog->field(QStringLiteral("password"))->setText(password);
        dialog->submit();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(testing::installEnglishTranslator()); // plural forms: "6 items"
        m_emulator = std::make_unique<testing::IcatEmulatorProcess>();
        QVERIFY2(m_emulator->isRunning(), qPrintable(m_emulator->log()));
    }

    void signInBrowseAndDownload()
    {
        identity::Account account(m_emulator->profile());
        ui::MainWindow window(&account);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.signIn();
        ui::SignInDialog *dialog = window.signInDialog();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->field(QStringLiteral("password")) != nullptr);

        // the authenticators ICAT lists, without the admin one; hidden keys are password fields
        QStringList offered;
        for (int i = 0; i < dialog->authenticatorBox()->count(); ++i)
            offered << dialog->authenticatorBox()->itemText(i);
        QCOMPARE(offered, (QStringList{QStringLiteral("simple"), QStringLiteral("Federal Id"),
                                       QStringLiteral("Anonymous")}));
        QCOMPARE(dialog->field(QStringLiteral("password"))->echoMode(), QLineEdit::Password);
        QCOMPARE(dialog->field(QStringLiteral("username"))->echoMode(), QLineEdit::Normal);

        signInAs(dialog, QStringLiteral("alice"), QStringLiteral("wrong"));
        QTRY_COMPARE(dialog->errorText(), QStringLiteral("The user name or password is not correct."));
        QVERIFY(dialog->isVisible());
        shoot(dialog, QStringLiteral("signin-error"));

        signInAs(dialog, QStringLiteral("alice"), QStringLiteral("alice-pw"));
        QTRY_VERIFY(window.signInDialog() == nullptr);
        QCOMPARE(window.sessionStatus(), QStringLiteral("Signed in as simple/alice"));

        // my investigations: ISIS RB numbers and Diamond visits, loaded lazily
        ui::CatalogueView *view = window.catalogue();
        QCOMPARE(view->level(), ui::CatalogueView::Level::Investigations);
        QTRY_VERIFY(view->model()->rowCount() > 10);
        QTRY_VERIFY(view->model()->index(0, 0).data(PagedListingModel::LoadedRole).toBool());
        const int visit = rowWhere(view->model(), 0, QStringLiteral("cm33866-2"));
        QVERIFY2(visit >= 0, "a Diamond visit is listed by its visit id");
        QVERIFY(view->model()->index(0, 0).data().toString().startsWith(QStringLiteral("RB ")));
        window.resize(1280, 760);
        shoot(&window, QStringLiteral("catalogue-investigations"));

        // the investigation with the kagome title → its datasets → its datafiles
        view->filterEdit()->setText(QStringLiteral("kagome"));
        QTRY_COMPARE(view->model()->rowCount(), 1);
        QTRY_VERIFY(view->model()->index(0, 0).data(PagedListingModel::LoadedRole).toBool());
        view->openRow(0);
        QCOMPARE(view->level(), ui::CatalogueView::Level::Datasets);
        QTRY_VERIFY(view->model()->rowCount() >= 2);
        QTRY_VERIFY(view->model()->index(0, 0).data(PagedListingModel::LoadedRole).toBool());
        const int runs = rowWhere(view->model(), 0, QStringLiteral("MARI run data"));
        QVERIFY(runs >= 0);
        shoot(&window, QStringLiteral("catalogue-datasets"));
        view->openRow(runs);
        QCOMPARE(view->level(), ui::CatalogueView::Level::Datafiles);
        QTRY_VERIFY(view->model()->rowCount() >= 3);
        QTRY_VERIFY(view->model()->index(0, 0).data(PagedListingModel::LoadedRole).toBool());
        QCOMPARE(view->model()->index(0, 0).data().toString(), QStringLiteral("MAR25100.raw"));
        QVERIFY(!view->model()->index(0, 2).data().toString().isEmpty()); // a size a person reads
        shoot(&window, QStringLiteral("catalogue-datafiles"));

        // download the first datafile into a folder "chosen" by the user
        QTemporaryDir target;
        view->table()->selectRow(0);
        ui::Dialogs::setNextFolder(target.path());
        view->downloadSelection();
        const QString file = target.filePath(QStringLiteral("MAR25100.raw"));
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(file), 20000);
        QCOMPARE(QFileInfo(file).size(),
                 view->model()->index(0, 2).data(PagedListingModel::SortRole).toLongLong());
        QVERIFY(!QFileInfo::exists(file + QStringLiteral(".part")));

        // back up one level and download the whole dataset
        view->goUp();
        QCOMPARE(view->level(), ui::CatalogueView::Level::Datasets);
        QTRY_VERIFY(view->model()->rowCount() >= 2);
        QTRY_VERIFY(view->model()->index(0, 0).data(PagedListingModel::LoadedRole).toBool());
        view->table()->selectRow(rowWhere(view->model(), 0, QStringLiteral("MARI run data")));
        ui::Dialogs::setNextFolder(target.path());
        view->downloadSelection();
        QTRY_COMPARE_WITH_TIMEOUT(window.downloads()->runningCount(), 0, 30000);
        const QDir datasetDir(target.filePath(QStringLiteral("MARI run data")));
        QVERIFY(datasetDir.exists());
        QVERIFY(datasetDir.entryList(QDir::Files).contains(QStringLiteral("MAR25100.raw")));
        QTRY_VERIFY(window.findChild<QDockWidget *>()->isVisible());
        shoot(&window, QStringLiteral("downloads"));
    }

    void cancelADownload()
    {
        identity::Account account(m_emulator->profile());
        ui::MainWindow window(&account);
        window.show();
        window.signIn();
        signInAs(window.signInDialog(), QStringLiteral("alice"), QStringLiteral("alice-pw"));
        QTRY_VERIFY(window.signInDialog() == nullptr);
        ui::CatalogueView *view = window.catalogue();
        // the investigation of about a gigabyte: it cannot be over before the first progress report
        view->filterEdit()->setText(QStringLiteral("multiferroic"));
        QTRY_COMPARE(view->model()->rowCount(), 1);
        QTRY_VERIFY(view->model()->index(0, 0).data(PagedListingModel::LoadedRole).toBool());
        view->table()->selectRow(0);
        QTemporaryDir target;
        ui::Dialogs::setNextFolder(target.path());
        view->downloadSelection();
        auto *job = window.downloads()->findChild<catalogue::DownloadJob *>();
        QVERIFY(job);
        auto *row = window.downloads()->findChild<QWidget *>(QStringLiteral("transferRow"));
        auto *cancel = row->findChild<QPushButton *>(QStringLiteral("cancel"));
        QVERIFY(cancel->isVisible());
        shoot(&window, QStringLiteral("downloads-running"));
        // the user presses Cancel while bytes are arriving
        connect(job, &catalogue::DownloadJob::progress, cancel, &QPushButton::click,
                Qt::SingleShotConnection);
        QTRY_COMPARE_WITH_TIMEOUT(window.downloads()->runningCount(), 0, 30000);
        QCOMPARE(row->findChild<QLabel *>(QStringLiteral("status"))->text(),
                 QStringLiteral("Cancelled; nothing was kept."));
        QVERIFY(!cancel->isVisible());
        QCOMPARE(QDir(target.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList());
        // "Clear finished" takes the ended row away
        auto *clear = window.downloads()->findChild<QPushButton *>(QStringLiteral("clearFinished"));
        QVERIFY(clear->isEnabled());
        clear->click();
        QTRY_VERIFY(window.downloads()->findChild<QWidget *>(QStringLiteral("transferRow")) == nullptr);
    }

    void signOutStopsTheCatalogueTransfers()
    {
        // a personal computer: the storage queue would wait for the next sign-in, but a catalogue download
        // runs on the session that ends, so a sign-out names it, asks, and stops it
        identity::Account account(m_emulator->profile());
        ui::MainWindow window(&account);
        window.show();
        window.signIn();
        signInAs(window.signInDialog(), QStringLiteral("alice"), QStringLiteral("alice-pw"));
        QTRY_VERIFY(window.signInDialog() == nullptr);
        ui::CatalogueView *view = window.catalogue();
        view->filterEdit()->setText(QStringLiteral("multiferroic"));
        QTRY_COMPARE(view->model()->rowCount(), 1);
        QTRY_VERIFY(view->model()->index(0, 0).data(PagedListingModel::LoadedRole).toBool());
        const QString name = view->model()->index(0, 0).data().toString();
        view->table()->selectRow(0);
        QTemporaryDir target;
        ui::Dialogs::setNextFolder(target.path());
        view->downloadSelection();
        auto *job = window.downloads()->findChild<catalogue::DownloadJob *>();
        QVERIFY(job);
        QPointer<QMessageBox> question;
        // the sign-out comes while bytes arrive, so the transfer is certainly running when it is asked
        connect(
            job, &catalogue::DownloadJob::progress, &window, [&window] { window.signOut(); },
            Qt::SingleShotConnection);
        QTRY_VERIFY_WITH_TIMEOUT(
            (question = window.findChild<QMessageBox *>(QStringLiteral("signOutQuestion"))), 30000);
        QVERIFY2(question->text().contains(QStringLiteral("Catalogue transfer of ") + name),
                 qPrintable(question->text()));
        QVERIFY2(question->informativeText().contains(QStringLiteral("session")),
                 qPrintable(question->informativeText()));
        QCOMPARE(window.downloads()->runningCount(), 1);
        shoot(question, QStringLiteral("sign-out-stops-catalogue-transfer"));
        QAbstractButton *stop = nullptr;
        for (QAbstractButton *b : question->buttons())
            if (question->buttonRole(b) == QMessageBox::AcceptRole)
                stop = b;
        QVERIFY(stop);
        stop->click();
        QTRY_COMPARE_WITH_TIMEOUT(window.downloads()->runningCount(), 0, 30000);
        QTRY_COMPARE(window.sessionStatus(), QStringLiteral("Signed out"));
        auto *row = window.downloads()->findChild<QWidget *>(QStringLiteral("transferRow"));
        QVERIFY(row == nullptr || row->findChild<QLabel *>(QStringLiteral("status"))->text() ==
                                      QStringLiteral("Cancelled; nothing was kept."));
        QCOMPARE(QDir(target.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList());
    }

    // two-level storage: the data is on tape; the download row says the facility restores it, keeps a
    // busy bar while it waits, can be cancelled, and downloads once the data is online
    void archivedDownloadWaitsForTheTapeRestore()
    {
        QVERIFY(m_emulator->admin(QStringLiteral("two-level"), QStringLiteral("on=1&restoreMs=-1")));
        auto resetEmulator = qScopeGuard([this] { m_emulator->admin(QStringLiteral("reset")); });
        identity::Account account(m_emulator->profile());
        ui::MainWindow window(&account);
        window.resize(1100, 700);
        window.show();
        window.signIn();
        signInAs(window.signInDialog(), QStringLiteral("alice"), QStringLiteral("alice-pw"));
        QTRY_VERIFY(window.signInDialog() == nullptr);
        ui::CatalogueView *view = window.catalogue();
        view->filterEdit()->setText(QStringLiteral("kagome"));
        QTRY_COMPARE(view->model()->rowCount(), 1);
        QTRY_VERIFY(view->model()->index(0, 0).data(PagedListingModel::LoadedRole).toBool());
        view->table()->selectRow(0);
        const QString restoring = QStringLiteral("The facility is restoring these files from tape…");
        for (const bool cancelIt : {true, false}) {
            QTemporaryDir target;
            ui::Dialogs::setNextFolder(target.path());
            view->downloadSelection();
            QWidget *row = window.downloads()->findChild<QWidget *>(QStringLiteral("transferRow"));
            QVERIFY(row);
            auto *job = window.downloads()->findChild<catalogue::DownloadJob *>();
            QVERIFY(job);
            auto *status = row->findChild<QLabel *>(QStringLiteral("status"));
            auto *bar = row->findChild<QProgressBar *>(QStringLiteral("progress"));
            // a first "not yet" from isPrepared: the row says how long it has waited
            QSignalSpy waited(job, &catalogue::DownloadJob::restoreWaiting);
            QVERIFY(waited.wait(15000));
            QVERIFY2(status->text().startsWith(restoring), qPrintable(status->text()));
            QCOMPARE(bar->maximum(), 0); // busy: no byte count while the tape is read
            if (cancelIt) {
                shoot(&window, QStringLiteral("downloads-restoring-from-tape"));
                row->findChild<QPushButton *>(QStringLiteral("cancel"))->click();
                QTRY_COMPARE(window.downloads()->runningCount(), 0);
                QCOMPARE(status->text(), QStringLiteral("Cancelled; nothing was kept."));
                QCOMPARE(
                    QDir(target.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                    QStringList());
                window.downloads()->findChild<QPushButton *>(QStringLiteral("clearFinished"))->click();
                QTRY_VERIFY(window.downloads()->findChild<QWidget *>(QStringLiteral("transferRow")) ==
                            nullptr);
                continue;
            }
            QVERIFY(m_emulator->admin(QStringLiteral("restore-now")));
            QTRY_COMPARE_WITH_TIMEOUT(window.downloads()->runningCount(), 0, 30000);
            QVERIFY2(status->text().contains(QStringLiteral("file(s) saved")) ||
                         status->text().contains(QStringLiteral("files saved")),
                     qPrintable(status->text()));
            QVERIFY(QFile::exists(target.filePath(QStringLiteral("MARI run data/MAR25100.raw"))));
            shoot(&window, QStringLiteral("downloads-restored-from-tape"));
        }
    }

    void signOutForgetsWhatWasShown()
    {
        identity::Account account(m_emulator->profile());
        ui::MainWindow window(&account);
        window.show();
        window.signIn();
        signInAs(window.signInDialog(), QStringLiteral("alice"), QStringLiteral("alice-pw"));
        QTRY_VERIFY(window.signInDialog() == nullptr);
        QTRY_VERIFY(window.catalogue()->model() && window.catalogue()->model()->rowCount() > 0);
        QAction *signOut = nullptr;
        for (QAction *menu : window.menuBar()->actions())
            for (QAction *a : menu->menu()->actions())
                if (a->text() == QStringLiteral("Sign &out"))
                    signOut = a;
        QVERIFY(signOut && signOut->isEnabled());
        signOut->trigger();
        QCOMPARE(window.sessionStatus(), QStringLiteral("Signed out"));
        QVERIFY(window.catalogue()->model() == nullptr);
        QVERIFY(window.catalogue()->table()->model() == nullptr);
        QVERIFY(window.signInDialog() != nullptr); // the way back in is offered at once
        QVERIFY(!signOut->isEnabled());
        // another user signs in and sees their own investigations
        signInAs(window.signInDialog(), QStringLiteral("bob"), QStringLiteral("bob-pw"));
        QTRY_VERIFY(window.signInDialog() == nullptr);
        QCOMPARE(window.sessionStatus(), QStringLiteral("Signed in as simple/bob"));
        QTRY_VERIFY(window.catalogue()->model() && window.catalogue()->model()->rowCount() > 0);
    }

    void facilityChooser()
    {
        // only real facilities are offered: the local demo facility if one runs and those the user added
        // (tst_gui_facility adds one from an address)
        ui::FacilityChooser chooser;
        chooser.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chooser));
        auto *list = chooser.findChild<QListWidget *>();
        QVERIFY(list);
        QCOMPARE(list->count(), facility::FacilityRegistry::available().size());
        QCOMPARE(list->currentRow(), list->count() > 0 ? 0 : -1);
        shoot(&chooser, QStringLiteral("facility-chooser"));

        // a file that is not a facility profile is refused inline; the chooser stays open
        QTemporaryDir dir;
        const QString bad = dir.filePath(QStringLiteral("not-a-profile.json"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"name\": 42");
        f.close();
        ui::Dialogs::setNextFile(bad);
        QPushButton *open = nullptr;
        for (QPushButton *b : chooser.findChildren<QPushButton *>())
            if (b->text().contains(QStringLiteral("profile")))
                open = b;
        QVERIFY(open);
        open->click();
        QVERIFY(chooser.isVisible());
        QVERIFY(!chooser.chosen());
        auto *error = chooser.findChild<QLabel *>(QStringLiteral("chooserError"));
        QVERIFY(error && error->isVisible() && !error->text().isEmpty());
        shoot(&chooser, QStringLiteral("facility-chooser-error"));

        // a real profile file is taken and remembered as the current facility
        const QString good = dir.filePath(QStringLiteral("emulated.json"));
        QFile g(good);
        QVERIFY(g.open(QIODevice::WriteOnly));
        g.write(m_emulator->profileJson());
        g.close();
        ui::Dialogs::setNextFile(good);
        open->click();
        QVERIFY(chooser.chosen());
        QCOMPARE(chooser.chosen()->icatUrl, m_emulator->icatUrl());
        QCOMPARE(support::Settings::value(support::keys::currentFacility), good);
        QCOMPARE(facility::FacilityRegistry::current()->icatUrl, m_emulator->icatUrl());
        support::Settings::remove(support::keys::currentFacility);
    }

    void sessionExpiresMidBrowse()
    {
        identity::Account account(m_emulator->profile());
        ui::MainWindow window(&account);
        window.show();
        window.signIn();
        signInAs(window.signInDialog(), QStringLiteral("alice"), QStringLiteral("alice-pw"));
        QTRY_VERIFY(window.signInDialog() == nullptr);
        ui::CatalogueView *view = window.catalogue();
        QTRY_VERIFY(view->model()->rowCount() > 10);

        QVERIFY(m_emulator->admin(QStringLiteral("expire-sessions")));
        view->filterEdit()->setText(QStringLiteral("cathode")); // the next request meets the ended session
        QTRY_VERIFY(window.signInDialog() != nullptr);
        QTRY_VERIFY(window.signInDialog()->errorText().contains(QStringLiteral("session has ended")));
        QCOMPARE(window.sessionStatus(), QStringLiteral("Session expired — sign in to continue"));
        shoot(window.signInDialog(), QStringLiteral("signin-session-ended"));

        signInAs(window.signInDialog(), QStringLiteral("alice"), QStringLiteral("alice-pw"));
        QTRY_VERIFY(window.signInDialog() == nullptr);
        // what the user was doing carries on: the filtered list arrives
        QTRY_COMPARE(view->model()->rowCount(), 1);
        QTRY_VERIFY(view->model()->index(0, 1).data().toString().contains(QStringLiteral("cathode")));
        QVERIFY(view->errorText().isEmpty());
    }

    void signInSpeaksGerman()
    {
        // the .qm built from translations/daas_de.ts, as the application embeds it
        QTranslator german;
        QVERIFY(german.load(daas::test::paths::buildDir() + QStringLiteral("/translations/daas_de.qm")));
        QCoreApplication::installTranslator(&german);
        identity::Account account(m_emulator->profile());
        ui::SignInDialog dialog(&account);
        dialog.show();
        QTRY_VERIFY(dialog.field(QStringLiteral("password")) != nullptr);
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Bei Test facility anmelden"));
        dialog.field(QStringLiteral("username"))->setText(QStringLiteral("alice"));
        dialog.field(QStringLiteral("password"))->setText(QStringLiteral("falsch"));
        dialog.submit();
        QTRY_COMPARE(dialog.errorText(), QStringLiteral("Benutzername oder Passwort ist nicht korrekt."));
        shoot(&dialog, QStringLiteral("signin-german"));
        QCoreApplication::removeTranslator(&german);
    }

    void givingUpSaysWhy()
    {
        identity::Account account(m_emulator->profile());
        ui::MainWindow window(&account);
        window.show();
        window.signIn();
        signInAs(window.signInDialog(), QStringLiteral("bob"), QStringLiteral("bob-pw"));
        QTRY_VERIFY(window.signInDialog() == nullptr);
        ui::CatalogueView *view = window.catalogue();
        QTRY_VERIFY(view->model()->rowCount() > 0);
        QVERIFY(m_emulator->admin(QStringLiteral("expire-sessions")));
        view->filterEdit()->setText(QStringLiteral("x"));
        QTRY_VERIFY(window.signInDialog() != nullptr);
        window.signInDialog()->reject();
        QTRY_VERIFY(view->errorText().contains(QStringLiteral("signed out")));
    }
};

QTEST_MAIN(TestGuiCatalogue)
#include "tst_gui_catalogue.moc"
