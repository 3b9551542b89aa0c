// GUI: the facility chooser offers only real facilities (the local demo and what the user added), and adds
// one from the address of its profile, fetched from a real HTTPS server on loopback: the untrusted
// certificate is shown and decided on, the profile is shown before it is added. With DAAS_SCREENSHOT_DIR
// set, the windows are saved there as PNGs for people to look at.

#include "AddFacilityDialog.h"
#include "EnglishTranslator.h"
#include "FacilityChooser.h"
#include "HttpsTestServer.h"
#include "SettingsDialog.h"
#include "facility/FacilityRegistry.h"
#include "support/Settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace daas;
using namespace Qt::StringLiterals;
using facility::FacilityRegistry;

namespace {

const QByteArray profile =
    R"({"id":"lab","name":"Lab Facility","description":"Beamlines, data and analysis of the lab",)"
    R"("icat":{"url":"https://icat.lab.example/icat"},"ids":{"url":"https://ids.lab.example/ids"},)"
    R"("cloud":{"type":"openstack","url":"https://cloud.lab.example:5000/v3"},)"
    R"("storage":{"url":"https://dav.lab.example/home/{user}/"},)"
    R"("batch":{"type":"slurm-rest","url":"https://slurm.lab.example:6820"}})";

void shoot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("DAAS_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QVERIFY(w->grab().save(dir + u'/' + name + u".png"_s));
}

} // namespace

class TestGuiFacility : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QTemporaryDir m_runtime; // no local demo facility in this suite's runtime folder
    testing::TestIdentity m_id;
    std::unique_ptr<testing::HttpsTestServer> m_server;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(testing::installEnglishTranslator());
        QFile::setPermissions(m_runtime.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_runtime.path()));
        QVERIFY(!FacilityRegistry::localDemo());
        m_id = testing::makeTestIdentity(m_dir.path(), u"lab facility"_s);
        QVERIFY2(!m_id.isNull(), "openssl could not make a certificate");
        m_server = std::make_unique<testing::HttpsTestServer>(m_id);
        QVERIFY(m_server->port() != 0);
        m_server->answers.insert(u"/.well-known/daas-facility.json"_s, {200, "application/json", profile});
        m_server->answers.insert(u"/lab2.json"_s, {200, "application/json", profile});
        m_server->answers.insert(u"/retired.json"_s,
                                 {410, "text/plain", "This profile was retired; use lab2"});
    }
    void init()
    {
        QSettings().remove(u"tls"_s);
        QDir(FacilityRegistry::importedDir()).removeRecursively();
        support::Settings::remove(support::keys::currentFacility);
    }
    void cleanupTestCase()
    {
        QSettings().remove(u"tls"_s);
        QDir(FacilityRegistry::importedDir()).removeRecursively();
    }

    void nothingAddedMeansNothingOffered()
    {
        ui::FacilityChooser chooser;
        chooser.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chooser));
        auto *list = chooser.findChild<QListWidget *>();
        QVERIFY(list);
        QCOMPARE(list->count(), 0);
        QVERIFY(!list->isVisible());
        auto *empty = chooser.findChild<QLabel *>(u"chooserEmpty"_s);
        QVERIFY(empty && empty->isVisible());
        QVERIFY(chooser.addFromAddressButton()->isVisible());
        QVERIFY(chooser.addFromAddressButton()->isDefault()); // Enter adds one
        shoot(&chooser, u"facility-chooser-empty"_s);
    }

    void addFromAddressAskingAboutTheCertificate()
    {
        ui::FacilityChooser chooser;
        chooser.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chooser));
        chooser.addFromAddressButton()->click();
        ui::AddFacilityDialog *dialog = chooser.addDialog();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QVERIFY(!dialog->addButton()->isEnabled());

        // an http address is refused before anything is asked of the network
        dialog->addressField()->setText(u"http://127.0.0.1:%1/"_s.arg(m_server->port()));
        dialog->fetchButton()->click();
        QVERIFY2(dialog->statusText().contains(u"https"_s), qPrintable(dialog->statusText()));
        QCOMPARE(m_server->served, 0);

        // the host only: its well-known profile; the certificate is not trusted, so the user is asked
        dialog->addressField()->setText(u"127.0.0.1:%1"_s.arg(m_server->port()));
        dialog->fetchButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->certificateBox() != nullptr, 30000);
        ui::ProfileCertificateBox *box = dialog->certificateBox();
        QVERIFY(QTest::qWaitForWindowExposed(box));
        QVERIFY2(box->text().contains(m_id.opensslFingerprint), qPrintable(box->text()));
        QVERIFY(box->text().contains(u"daas test lab facility"_s)); // issued to
        QVERIFY(box->text().contains(u"127.0.0.1"_s));
        QCOMPARE(m_server->served, 0);
        QVERIFY(!dialog->addButton()->isEnabled());
        shoot(box, u"facility-add-certificate"_s);

        // "Cancel": nothing trusted, nothing fetched, the reason stays in the dialog
        box->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(dialog->certificateBox() == nullptr);
        QVERIFY2(dialog->statusText().contains(m_id.opensslFingerprint), qPrintable(dialog->statusText()));
        QVERIFY(!dialog->addButton()->isEnabled());
        QCOMPARE(m_server->served, 0);

        // asked again, and trusted this time: the profile is fetched and shown, not yet added
        dialog->fetchButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->certificateBox() != nullptr, 30000);
        QAbstractButton *trust = nullptr;
        for (QAbstractButton *b : dialog->certificateBox()->buttons())
            if (dialog->certificateBox()->buttonRole(b) == QMessageBox::AcceptRole)
                trust = b;
        QVERIFY(trust);
        trust->click();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->addButton()->isEnabled(), 30000);
        const QString shown = dialog->profileText();
        for (const QString &part :
             {u"Lab Facility"_s, u"icat.lab.example"_s, u"ids.lab.example"_s, u"cloud.lab.example:5000"_s,
              u"dav.lab.example"_s, u"slurm.lab.example:6820"_s, u"/.well-known/daas-facility.json"_s})
            QVERIFY2(shown.contains(part), qPrintable(part + u" not in: "_s + shown));
        QVERIFY(FacilityRegistry::available().isEmpty());
        shoot(dialog, u"facility-add-profile"_s);

        // added: the chooser lists it, selected, with where it came from
        dialog->addButton()->click();
        QTRY_VERIFY(chooser.addDialog() == nullptr);
        auto *list = chooser.findChild<QListWidget *>();
        QCOMPARE(list->count(), 1);
        QVERIFY(list->isVisible());
        QCOMPARE(list->currentItem()->text(), u"Lab Facility"_s);
        QCOMPARE(FacilityRegistry::source(u"lab"_s), m_server->url(u"/.well-known/daas-facility.json"_s));
        auto *details = chooser.findChild<QLabel *>(u"chooserDetails"_s);
        QVERIFY2(details->text().contains(u"well-known"_s), qPrintable(details->text()));
        shoot(&chooser, u"facility-chooser-added"_s);
        QPushButton *use = nullptr;
        for (QPushButton *b : chooser.findChildren<QPushButton *>())
            if (b->text() == u"&Use this facility"_s)
                use = b;
        QVERIFY(use && use->isEnabled());
        use->click();
        QCOMPARE(chooser.chosen()->id, u"lab"_s);
        QCOMPARE(FacilityRegistry::current()->id, u"lab"_s);
    }

    void refreshRemoveAndSettingsFromTheChooser()
    {
        support::TlsTrustStore::trust(u"127.0.0.1"_s, m_server->port(),
                                      m_id.certificate.digest(QCryptographicHash::Sha256));
        const QUrl source = m_server->url(u"/lab2.json"_s);
        const Result<facility::FacilityProfile> first = facility::FacilityProfile::fromJson(profile);
        QVERIFY(first);
        QVERIFY(FacilityRegistry::keepFetched(first.value(), source));
        // the facility renamed itself since it was added
        QByteArray renamed = profile;
        renamed.replace("\"Lab Facility\"", "\"Lab Facility North\"");
        m_server->answers.insert(u"/lab2.json"_s, {200, "application/json", renamed});

        ui::FacilityChooser chooser;
        chooser.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chooser));
        auto *list = chooser.findChild<QListWidget *>();
        QCOMPARE(list->count(), 1);
        QCOMPARE(list->currentItem()->text(), u"Lab Facility"_s);
        QVERIFY(chooser.refreshButton()->isEnabled());
        QVERIFY(chooser.removeButton()->isEnabled());

        // Refresh: fetched again from where it came from, shown before it replaces the one kept
        const int servedBefore = m_server->served;
        chooser.refreshButton()->click();
        ui::AddFacilityDialog *dialog = chooser.addDialog();
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->addButton()->isEnabled(), 30000);
        QCOMPARE(m_server->served, servedBefore + 1);
        QVERIFY2(dialog->profileText().contains(u"Lab Facility North"_s), qPrintable(dialog->profileText()));
        QVERIFY2(dialog->profileText().contains(u"replaces"_s), qPrintable(dialog->profileText()));
        QCOMPARE(list->currentItem()->text(), u"Lab Facility"_s); // nothing replaced before the user says so
        shoot(dialog, u"facility-refresh"_s);
        dialog->addButton()->click();
        QTRY_VERIFY(chooser.addDialog() == nullptr);
        QCOMPARE(list->count(), 1);
        QCOMPARE(list->currentItem()->text(), u"Lab Facility North"_s);
        QCOMPARE(FacilityRegistry::source(u"lab"_s), source);

        // Remove asks first; Cancel keeps it, Remove forgets it
        chooser.removeButton()->click();
        QTRY_VERIFY(chooser.removeQuestion() != nullptr);
        QVERIFY(QTest::qWaitForWindowExposed(chooser.removeQuestion()));
        QVERIFY(chooser.removeQuestion()->text().contains(u"Lab Facility North"_s));
        shoot(chooser.removeQuestion(), u"facility-remove-question"_s);
        chooser.removeQuestion()->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(chooser.removeQuestion() == nullptr);
        QCOMPARE(FacilityRegistry::available().size(), 1);
        chooser.removeButton()->click();
        QTRY_VERIFY(chooser.removeQuestion() != nullptr);
        QAbstractButton *yes = nullptr;
        for (QAbstractButton *b : chooser.removeQuestion()->buttons())
            if (chooser.removeQuestion()->buttonRole(b) == QMessageBox::DestructiveRole)
                yes = b;
        QVERIFY(yes);
        yes->click();
        QTRY_COMPARE(list->count(), 0);
        QVERIFY(FacilityRegistry::available().isEmpty());
        QVERIFY(!FacilityRegistry::source(u"lab"_s).isValid());
        QVERIFY(!chooser.removeButton()->isVisible());

        // the settings (the language above all) before any facility is chosen
        chooser.settingsButton()->click();
        ui::SettingsDialog *settings = nullptr;
        QTRY_VERIFY((settings = chooser.findChild<ui::SettingsDialog *>()) != nullptr);
        QVERIFY(QTest::qWaitForWindowExposed(settings));
        QVERIFY(settings->languageChoice()->count() >= 6);
        QVERIFY(settings->sharedChoice()->isEnabled()); // no profile forces it here
        shoot(&chooser, u"facility-chooser-after-remove"_s);
        settings->reject();
    }

    void refusalShowsTheServersWords()
    {
        support::TlsTrustStore::trust(u"127.0.0.1"_s, m_server->port(),
                                      m_id.certificate.digest(QCryptographicHash::Sha256));
        ui::AddFacilityDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.addressField()->setText(m_server->url(u"/retired.json"_s).toString());
        dialog.fetchButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.statusText().contains(u"This profile was retired; use lab2"_s),
                                 30000);
        QVERIFY(!dialog.addButton()->isEnabled());
        QVERIFY(dialog.certificateBox() == nullptr);
        shoot(&dialog, u"facility-add-refused"_s);
    }
};

QTEST_MAIN(TestGuiFacility)
#include "tst_gui_facility.moc"
