// GUI: a shared workstation (a beamline control room). A person signs in, uses the catalogue and the storage
// (a listing, a download, a drag out staged in the cache), leaves keychain entries and settings behind the
// way earlier runs and the CLI do, and signs out; then the keychain (the real gnome-keyring on the session's
// private bus, listed with secret-tool), the settings file, the data and cache folders and the process itself
// are listed, and anything of that person fails the test. The idle sign-out warns with a countdown first and
// any input cancels it. A personal computer keeps remembering as before. With DAAS_SCREENSHOT_DIR set, the
// Settings dialog and the idle warning are saved there as PNGs.

#include "CatalogueView.h"
#include "DragPayload.h"
#include "EnglishTranslator.h"
#include "FileBrowser.h"
#include "IcatEmulatorProcess.h"
#include "IdleWarning.h"
#include "MainWindow.h"
#include "RemoteFolderProxy.h"
#include "SettingsDialog.h"
#include "SignInDialog.h"
#include "TransferPanel.h"
#include "catalogue/PagedListingModel.h"
#include "dav/DemoDavServer.h"
#include "identity/Account.h"
#include "identity/CredentialStore.h"
#include "identity/IcatSession.h"
#include "identity/IdleSignOut.h"
#include "jobs/JobJournal.h"
#include "storage/DavPath.h"
#include "storage/StorageSession.h"
#include "storage/Transfer.h"
#include "storage/TransferQueue.h"
#include "support/Settings.h"
#include "support/Translations.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace daas;
using namespace Qt::StringLiterals;

namespace {

constexpr int slow = 30000; // generous: the machine is shared

void shoot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("DAAS_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    w->grab().save(dir + u'/' + name + u".png"_s);
}

// The items of the client's keychain service that belong to this test, as the Secret Service lists them
// (secret-tool prints each item's label, attributes and secret, an item per "[/N]" block): QtKeychain's
// libsecret backend files them under server=<service> with the key in "user". The test session's keyring is
// shared by every suite that runs beside this one (other facilities, other people called alice), so only
// the keys of this test's facility and the remote desktop's are kept.
QString keychainListing(const QString &facilityId)
{
    QProcess tool;
    tool.setProcessChannelMode(QProcess::MergedChannels);
    tool.start(u"secret-tool"_s,
               {u"search"_s, u"--all"_s, u"--unlock"_s, u"server"_s, identity::CredentialStore::service()});
    if (!tool.waitForFinished(15000))
        return u"<secret-tool did not answer>"_s;
    const QString all = QString::fromUtf8(tool.readAll());
    QString mine;
    static const QRegularExpression itemStart(uR"((?m)^\[/)"_s);
    for (const QString &item : all.split(itemStart, Qt::SkipEmptyParts)) {
        static const QRegularExpression user(uR"((?m)^attribute\.user = (.*)$)"_s);
        const QString key = user.match(item).captured(1);
        if (key.startsWith(facilityId + u'/') || key.startsWith(u"remote-desktop/"_s))
            mine += u"[/"_s + item;
    }
    return mine;
}

// Files below `dir` (names relative to it) whose path or content holds `needle`.
QStringList filesMentioning(const QString &dir, const QString &needle)
{
    QStringList out;
    for (QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
         it.hasNext();) {
        const QString path = it.next();
        QFile f(path);
        const bool inName = QDir(dir).relativeFilePath(path).contains(needle, Qt::CaseInsensitive);
        const bool inContent = f.open(QIODevice::ReadOnly) && f.readAll().contains(needle.toUtf8());
        if (inName || inContent)
            out << QDir(dir).relativeFilePath(path);
    }
    return out;
}

QStringList allFiles(const QString &dir)
{
    QStringList out;
    for (QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
         it.hasNext();)
        out << QDir(dir).relativeFilePath(it.next());
    return out;
}

QString settingsText()
{
    QSettings settings;
    settings.sync();
    QFile f(settings.fileName());
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace

class TestGuiSharedWorkstation : public QObject
{
    Q_OBJECT

    std::unique_ptr<testing::IcatEmulatorProcess> m_icat;
    std::unique_ptr<testing::DemoDavServer> m_dav;
    QTemporaryDir m_local;

    facility::FacilityProfile profile(bool forcedShared) const
    {
        facility::FacilityProfile p = m_icat->profile();
        p.storageUrl = QUrl(m_dav->homesUrl().toString() + u"%7Buser%7D/"_s);
        p.storageAuth = u"basic"_s;
        p.sharedWorkstation = forcedShared;
        return p;
    }
    Error keep(const QString &key, const QString &secret)
    {
        std::optional<Error> result;
        identity::CredentialStore::write(key, secret, this, [&](const Error &e) { result = e; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, slow))
            return Error(Error::Kind::Timeout, u"no answer from the keychain"_s);
        return *result;
    }
    Result<QString> kept(const QString &key)
    {
        std::optional<Result<QString>> result;
        identity::CredentialStore::read(key, this, [&](const Result<QString> &r) { result = r; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, slow))
            return Error(Error::Kind::Timeout, u"no answer from the keychain"_s);
        return *result;
    }
    static void signInAs(ui::MainWindow &window, const QString &user, const QString &password,
                         bool remember = false);

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void signOutLeavesNothingOfThePerson();
    void idleSignOutWarnsThenSignsOut();
    void personalComputerStillRemembers();
    void settingsDialogOffersWhatIsThere();
};

void TestGuiSharedWorkstation::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(testing::installEnglishTranslator());
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QFAIL("run under tests/facility/test-session.sh: it provides the Secret Service");
    QVERIFY(!QStandardPaths::findExecutable(u"secret-tool"_s).isEmpty());
}

void TestGuiSharedWorkstation::init()
{
    m_icat = std::make_unique<testing::IcatEmulatorProcess>();
    QVERIFY2(m_icat->isRunning(), qPrintable(m_icat->log()));
    m_dav = std::make_unique<testing::DemoDavServer>(
        QList<testing::DemoDavServer::User>{{u"alice"_s, u"alice-pw"_s}, {u"bob"_s, u"bob-pw"_s}});
    QVERIFY2(m_dav->start(), qPrintable(m_dav->errorLog()));
    QVERIFY(m_dav->addSamples());
}

void TestGuiSharedWorkstation::cleanup()
{
    m_dav.reset();
    m_icat.reset();
    // one test's settings and files must not reach the next one
    QSettings().clear();
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)).removeRecursively();
    qunsetenv("DAAS_IDLE_SIGNOUT_SECONDS");
    qunsetenv("DAAS_IDLE_WARNING_SECONDS");
}

void TestGuiSharedWorkstation::signInAs(ui::MainWindow &window, const QString &user, const QString &password,
                                        bool remember)
{
    window.signIn();
    QTRY_VERIFY_WITH_TIMEOUT(window.signInDialog() && window.signInDialog()->field(u"password"_s), slow);
    ui::SignInDialog *dialog = window.signInDialog();
    dialog->field(u"username"_s)->setText(user);
    dialog->field(u"password"_s)->setText(password);
    if (remember)
        dialog->findChild<QCheckBox *>(u"rememberMe"_s)->setChecked(true);
    dialog->submit();
    QTRY_VERIFY_WITH_TIMEOUT(window.files() != nullptr, slow);
}

void TestGuiSharedWorkstation::signOutLeavesNothingOfThePerson()
{
    const facility::FacilityProfile shared = profile(true);
    // What earlier runs left before the facility made this computer shared: "Remember me" (the password in
    // the keychain, the name in the settings), and `daas login` (the session id and the storage password in
    // the keychain, the storage user in the settings).
    const QString remembered = identity::CredentialStore::key(shared.id, u"simple"_s, u"alice"_s);
    const QString cliSession =
        identity::CredentialStore::key(shared.id, u"cli-session"_s, shared.icatUrl.toString());
    const QString storage = identity::CredentialStore::key(shared.id, u"storage"_s, u"alice"_s);
    QCOMPARE(keep(remembered, u"alice-pw"_s).kind(), Error::Kind::None);
    QCOMPARE(keep(cliSession, u"a-session-id-of-alice"_s).kind(), Error::Kind::None);
    QCOMPARE(keep(storage, u"alice-pw"_s).kind(), Error::Kind::None);
    support::Settings::setValue(support::keys::rememberMe, true);
    support::Settings::setValue(support::keys::lastUserName, u"alice"_s);
    QSettings().setValue(u"storage/user/"_s + shared.id, u"alice"_s);
    // the computer's own settings, which stay
    support::Settings::setValue(support::keys::parallelTransfers, 4);

    identity::Account account(shared);
    ui::MainWindow window(&account);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy signedOut(&window, &ui::MainWindow::signedOut);

    // a shared computer remembers nobody: the box is not offered, and the old remembered name is not shown
    window.signIn();
    QTRY_VERIFY_WITH_TIMEOUT(window.signInDialog() && window.signInDialog()->field(u"username"_s), slow);
    QVERIFY(window.signInDialog()->findChild<QCheckBox *>(u"rememberMe"_s)->isHidden());
    QVERIFY(window.signInDialog()->field(u"username"_s)->text().isEmpty());
    QVERIFY(window.signInDialog()->field(u"password"_s)->text().isEmpty());
    window.signInDialog()->close();
    QTRY_VERIFY(!window.signInDialog());
    signInAs(window, u"alice"_s, u"alice-pw"_s);

    // the catalogue lists her investigations
    QTRY_VERIFY_WITH_TIMEOUT(window.catalogue()->model() && window.catalogue()->model()->rowCount() > 0,
                             slow);
    // her storage: listed, a file downloaded (the queue keeps its state file), a drag out staged in the cache
    ui::FileBrowser *files = window.files();
    window.areas()->setCurrentWidget(files);
    QTRY_VERIFY_WITH_TIMEOUT(!files->isLoading() && files->proxy()->rowCount() > 0, slow);
    const QString sample = u"README.txt"_s; // "Hello alice, ..."
    QTRY_VERIFY_WITH_TIMEOUT(files->indexOf(sample).isValid(), slow);
    storage::Transfer *download = files->queue()->addDownload(storage::davpath::join(files->folder(), sample),
                                                              m_local.filePath(u"downloaded-"_s + sample));
    QTRY_VERIFY_WITH_TIMEOUT(download->state() == storage::Transfer::State::Done, slow);
    std::unique_ptr<QMimeData> mime(files->proxy()->mimeData({files->indexOf(sample)}));
    auto *payload = qobject_cast<ui::DragPayload *>(mime.get());
    QVERIFY(payload);
    QEvent leave(QEvent::DragLeave);
    QApplication::sendEvent(files->currentView()->viewport(), &leave);
    QTRY_VERIFY_WITH_TIMEOUT(payload->isReady(), slow);
    const QString staged = payload->urls().value(0).toLocalFile();
    QVERIFY2(staged.startsWith(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)),
             qPrintable(staged));
    // one transfer that will not finish: queued, paused
    QPointer<storage::Transfer> pending = files->queue()->addDownload(
        storage::davpath::join(files->folder(), sample), m_local.filePath(u"never-"_s + sample));
    files->queue()->pause(pending->id());
    QTRY_VERIFY_WITH_TIMEOUT(pending->state() == storage::Transfer::State::Paused, slow);
    // her choices as the views keep them, a remote desktop's remembered password, her job journal
    support::Settings::setValue(support::keys::downloadFolder,
                                QString(m_local.path() + u"/alice-downloads"_s));
    support::Settings::setValue(support::keys::copyToStorageFolder, u"alice-datasets"_s);
    QCOMPARE(
        keep(identity::CredentialStore::key(u"remote-desktop"_s, u"127.0.0.1"_s, u"alice"_s), u"vnc-pw"_s)
            .kind(),
        Error::Kind::None);
    {
        const QString journal = jobs::JobJournal::defaultPath(shared.id, u"alice"_s);
        QDir().mkpath(QFileInfo(journal).absolutePath());
        QSaveFile f(journal);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"jobs":[{"id":"17","user":"alice"}]})");
        QVERIFY(f.commit());
    }

    // before: the listings do show her (so that "nothing after" means something)
    const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QString cache = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    QTRY_VERIFY_WITH_TIMEOUT(!filesMentioning(data, u"alice"_s).isEmpty(), slow); // the queue saves soon
    QVERIFY(!allFiles(cache).isEmpty());
    QVERIFY(settingsText().contains(u"alice"_s));
    const QString before = keychainListing(shared.id);
    for (const QString &key : {remembered, cliSession, storage})
        QVERIFY2(before.contains(key), qPrintable(before));
    QVERIFY2(before.contains(u"remote-desktop/127.0.0.1/alice"_s), qPrintable(before));

    // sign out: the transfer that will not finish is named first
    window.signOut();
    QTRY_VERIFY(window.findChild<QMessageBox *>(u"signOutQuestion"_s));
    auto *question = window.findChild<QMessageBox *>(u"signOutQuestion"_s);
    QVERIFY2(question->text().contains(u"These transfers will not finish:"_s), qPrintable(question->text()));
    QVERIFY2(question->text().contains(sample), qPrintable(question->text()));
    shoot(question, u"shared-sign-out-question"_s);
    QAbstractButton *stop = nullptr;
    for (QAbstractButton *b : question->buttons())
        if (question->buttonRole(b) == QMessageBox::AcceptRole)
            stop = b;
    QVERIFY(stop);
    stop->click();
    QTRY_COMPARE_WITH_TIMEOUT(signedOut.count(), 1, slow);

    // the keychain: nothing of hers under the client's service
    const QString after = keychainListing(shared.id);
    QVERIFY2(!after.contains(u"alice"_s), qPrintable(after));
    QVERIFY2(!after.contains(cliSession), qPrintable(after));
    QCOMPARE(kept(remembered).error().kind(), Error::Kind::NotFound);
    // the settings: her keys gone, the computer's kept
    const QString text = settingsText();
    QVERIFY2(!text.contains(u"alice"_s), qPrintable(text));
    for (const QString &key : support::keys::perUserKeys())
        QVERIFY2(!QSettings().contains(key) && QSettings().childKeys().filter(key).isEmpty(),
                 qPrintable(key));
    QVERIFY(!QSettings().childGroups().contains(u"storage"_s) ||
            QSettings().value(u"storage/user/"_s + shared.id).isNull());
    QCOMPARE(support::Settings::value(support::keys::parallelTransfers), 4);
    // the data and cache folders: no file names her or holds her name; the queue, journal and staging gone
    QVERIFY2(filesMentioning(data, u"alice"_s).isEmpty(),
             qPrintable(filesMentioning(data, u"alice"_s).join(u", ")));
    QVERIFY2(filesMentioning(cache, u"alice"_s).isEmpty(),
             qPrintable(filesMentioning(cache, u"alice"_s).join(u", ")));
    QVERIFY(!QFileInfo::exists(staged));
    const QStringList cacheLeft = allFiles(cache);
    QVERIFY2(cacheLeft.isEmpty() || cacheLeft == QStringList{u"system-ca.pem"_s},
             qPrintable(cacheLeft.join(u", ")));
    QVERIFY(!QFileInfo::exists(jobs::JobJournal::defaultPath(shared.id, u"alice"_s)));
    QVERIFY(QDir(data).entryList({u"transfers*"_s}, QDir::Files).isEmpty());
    // the process: no session, no password, no views of hers, no keys it wrote left to remove
    QCOMPARE(account.icat()->state(), identity::IcatSession::State::SignedOut);
    QVERIFY(account.icat()->sessionId().isEmpty());
    QVERIFY(account.icat()->userName().isEmpty());
    QVERIFY(account.serviceLogin().userName.isEmpty() && account.serviceLogin().password.isEmpty());
    QVERIFY(identity::CredentialStore::keysWrittenHere().isEmpty());
    QVERIFY(window.files() == nullptr && window.transfers() == nullptr && window.jobs() == nullptr);
    QVERIFY(window.desktops() == nullptr && window.environments() == nullptr);
    QVERIFY(!window.catalogue()->model() || window.catalogue()->model()->rowCount() == 0);
    QCOMPARE(window.areas()->count(), 1);
    QCOMPARE(pending.isNull() ? 0 : 1, 0); // the stopped transfer went with her queue
    // the next person's sign-in dialog is empty
    QTRY_VERIFY_WITH_TIMEOUT(window.signInDialog() && window.signInDialog()->field(u"username"_s), slow);
    QVERIFY(window.signInDialog()->field(u"username"_s)->text().isEmpty());
    QVERIFY(window.signInDialog()->field(u"password"_s)->text().isEmpty());
    QVERIFY(window.signInDialog()->findChild<QCheckBox *>(u"rememberMe"_s)->isHidden());
}

void TestGuiSharedWorkstation::idleSignOutWarnsThenSignsOut()
{
    // shared by the settings this time (the profile does not say); idle times in seconds for the test
    support::Settings::setValue(support::keys::sharedWorkstation, true);
    qputenv("DAAS_IDLE_SIGNOUT_SECONDS", "1");
    qputenv("DAAS_IDLE_WARNING_SECONDS", "4");
    identity::Account account(profile(false));
    QVERIFY(account.isSharedWorkstation());
    ui::MainWindow window(&account);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy signedOut(&window, &ui::MainWindow::signedOut);
    signInAs(window, u"bob"_s, u"bob-pw"_s);
    QVERIFY(window.idleSignOut() && window.idleSignOut()->isRunning());

    // left alone: the warning counts down
    QTRY_VERIFY_WITH_TIMEOUT(window.idleWarning() != nullptr, slow);
    ui::IdleWarning *warning = window.idleWarning();
    QVERIFY2(warning->text().startsWith(u"Signing out in "_s), qPrintable(warning->text()));
    QVERIFY(warning->stayButton()->isVisible());
    shoot(warning, u"shared-idle-warning"_s);
    // any input cancels it: a key pressed in the main window
    QSignalSpy cancelled(window.idleSignOut(), &identity::IdleSignOut::warningCancelled);
    QTest::keyClick(&window, Qt::Key_Shift);
    QVERIFY(cancelled.count() == 1 || cancelled.wait(slow));
    QVERIFY(!window.idleWarning());
    QCOMPARE(account.icat()->state(), identity::IcatSession::State::SignedIn);
    QCOMPARE(signedOut.count(), 0);

    // left alone again: the warning, then the sign-out
    QTRY_VERIFY_WITH_TIMEOUT(window.idleWarning() != nullptr, slow);
    QTRY_COMPARE_WITH_TIMEOUT(signedOut.count(), 1, slow);
    QCOMPARE(account.icat()->state(), identity::IcatSession::State::SignedOut);
    QVERIFY(!window.idleWarning());
    QVERIFY(window.files() == nullptr);
    QVERIFY(!window.catalogue()->model() || window.catalogue()->model()->rowCount() == 0);
    QTRY_VERIFY_WITH_TIMEOUT(window.signInDialog() && window.signInDialog()->field(u"username"_s), slow);
    QVERIFY(window.signInDialog()->field(u"username"_s)->text().isEmpty());
    // signed out, nothing counts down
    QVERIFY(!window.idleSignOut());
}

void TestGuiSharedWorkstation::personalComputerStillRemembers()
{
    const facility::FacilityProfile personal = profile(false);
    identity::Account account(personal);
    QVERIFY(!account.isSharedWorkstation());
    ui::MainWindow window(&account);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy signedOut(&window, &ui::MainWindow::signedOut);
    signInAs(window, u"alice"_s, u"alice-pw"_s, true);
    QVERIFY(!window.idleSignOut()); // no idle sign-out on a personal computer
    const QString key = identity::CredentialStore::key(personal.id, u"simple"_s, u"alice"_s);
    QTRY_VERIFY_WITH_TIMEOUT(kept(key).value() == u"alice-pw"_s, slow);
    window.signOut();
    QTRY_COMPARE_WITH_TIMEOUT(signedOut.count(), 1, slow);
    // remembered as before: the password in the keychain, the name in the sign-in dialog
    QCOMPARE(kept(key).value(), u"alice-pw"_s);
    QCOMPARE(support::Settings::value(support::keys::lastUserName), u"alice"_s);
    QTRY_VERIFY_WITH_TIMEOUT(window.signInDialog() && window.signInDialog()->field(u"username"_s), slow);
    QCOMPARE(window.signInDialog()->field(u"username"_s)->text(), u"alice"_s);
    QVERIFY(window.signInDialog()->findChild<QCheckBox *>(u"rememberMe"_s)->isChecked());
    // the session is still ended at the server
    QCOMPARE(account.icat()->state(), identity::IcatSession::State::SignedOut);
    std::optional<Error> removed;
    identity::CredentialStore::remove(key, this, [&](const Error &e) { removed = e; });
    QTRY_VERIFY(removed.has_value());
}

void TestGuiSharedWorkstation::settingsDialogOffersWhatIsThere()
{
    // the languages are the catalogues embedded under :/i18n, no more, no less
    const QStringList embedded = QDir(u":/i18n"_s).entryList({u"daas_*.qm"_s});
    QVERIFY(embedded.contains(u"daas_de.qm"_s) && embedded.contains(u"daas_fr.qm"_s));
    ui::SettingsDialog forced(profile(true));
    QComboBox *language = forced.languageChoice();
    QCOMPARE(language->count(), embedded.size() + 1);
    QCOMPARE(language->itemData(0).toString(), QString()); // the system's, the default
    QCOMPARE(language->currentIndex(), 0);
    for (int i = 1; i < language->count(); ++i)
        QVERIFY2(embedded.contains(u"daas_"_s + language->itemData(i).toString() + u".qm"_s),
                 qPrintable(language->itemData(i).toString()));
    QCOMPARE(language->itemText(language->findData(u"de"_s)), u"Deutsch"_s);
    QCOMPARE(language->itemText(language->findData(u"fr"_s)), u"Français"_s);
    QCOMPARE(language->itemText(language->findData(u"en"_s)), u"English"_s);
    QVERIFY(forced.findChild<QLabel *>(u"languageNote"_s)->text().contains(u"next time"_s));
    // the facility made this computer shared: shown, not changeable
    QVERIFY(forced.sharedChoice()->isChecked());
    QVERIFY(!forced.sharedChoice()->isEnabled());
    QVERIFY(forced.idleMinutes()->isEnabled());
    QCOMPARE(forced.idleMinutes()->value(), 15);
    forced.show();
    QVERIFY(QTest::qWaitForWindowExposed(&forced));
    shoot(&forced, u"settings-dialog-forced-shared"_s);

    // a personal computer: the choice is the user's, and the idle time only counts when shared
    ui::SettingsDialog dialog(profile(false));
    QVERIFY(dialog.sharedChoice()->isEnabled());
    QVERIFY(!dialog.sharedChoice()->isChecked());
    QVERIFY(!dialog.idleMinutes()->isEnabled());
    dialog.sharedChoice()->setChecked(true);
    QVERIFY(dialog.idleMinutes()->isEnabled());
    dialog.idleMinutes()->setValue(5);
    dialog.languageChoice()->setCurrentIndex(dialog.languageChoice()->findData(u"fr"_s));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    shoot(&dialog, u"settings-dialog"_s);
    dialog.save();
    QCOMPARE(support::Settings::value(support::keys::language), u"fr"_s);
    QVERIFY(support::Settings::value(support::keys::sharedWorkstation));
    QCOMPARE(support::Settings::value(support::keys::idleSignOutMinutes), 5);
    // the next start speaks French whatever the system's language
    QCOMPARE(support::installTranslations(), u":/i18n/daas_fr.qm"_s);
    // back to the system's: the setting goes
    dialog.languageChoice()->setCurrentIndex(0);
    dialog.save();
    QVERIFY(!QSettings().contains(QLatin1String(support::keys::language.key)));
    QVERIFY(testing::installEnglishTranslator());
}

QTEST_MAIN(TestGuiSharedWorkstation)
#include "tst_gui_shared_workstation.moc"
