// The translations reach the user: for each way the core makes a translatable sentence (a class's tr, a
// file's own tr helper for its free functions), a German and a French translator change what the user
// reads. lupdate files a message under the class or namespace it is written in; a helper that looked the
// text up under another name left about thirty sentences in English whatever the language.

#include "catalogue/CatalogueModels.h"
#include "cloud/OpenNebulaDocuments.h"
#include "cloud/OpenStackDocuments.h"
#include "facility/FacilityProfile.h"
#include "facility/FacilityRegistry.h"
#include "identity/Account.h"
#include "identity/IcatSession.h"
#include "jobs/BatchJob.h"
#include "storage/DavPath.h"
#include "storage/MultistatusParser.h"
#include "storage/StorageSession.h"
#include "support/Error.h"
#include "support/NetworkError.h"
#include "support/Settings.h"
#include "support/Translations.h"

#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <functional>

using namespace daas;

namespace {

using Sentence = std::function<QString()>;

QUrl root()
{
    return QUrl(QStringLiteral("https://dav.example.org/dav/"));
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void everySourceOfSentencesIsTranslated_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<Sentence>("sentence");
        for (const QString &language : {QStringLiteral("de"), QStringLiteral("fr")}) {
            const auto row = [&](const char *name, Sentence s) {
                QTest::newRow(qPrintable(language + QLatin1Char(' ') + QLatin1String(name))) << language << s;
            };
            row("davpath (free functions)", [] {
                return storage::davpath::fromHref(root(), root(),
                                                  QStringLiteral("https://elsewhere.example.org/x"))
                    .error()
                    .userText();
            });
            row("MultistatusParser (class)", [] {
                storage::MultistatusParser p(root(), root(), QString());
                p.addData("<?xml version=\"1.0\"?><D:multistatus xmlns:D=\"DAV:\"><D:response>");
                return p.finish().userText();
            });
            row("FacilityProfile (class)",
                [] { return facility::FacilityProfile::fromJson("{}").error().userText(); });
            row("FacilityRegistry (class)", [this] {
                const QString path = m_dir.filePath(QStringLiteral("not-an-archive.zip"));
                QFile f(path);
                f.open(QIODevice::WriteOnly);
                f.write("this is no zip");
                f.close();
                return facility::FacilityRegistry::importFrom(path).error().userText();
            });
            row("IcatProperties (class)",
                [] { return identity::IcatProperties::fromJson("[1]").error().userText(); });
            row("catalogue listing headers (classes)", [] {
                facility::FacilityProfile profile;
                profile.id = profile.name = QStringLiteral("t");
                identity::Account account(profile);
                catalogue::DatafilesModel model(account.icat(), 1);
                return model.headerData(0, Qt::Horizontal, Qt::DisplayRole).toString();
            });
            row("opennebula documents (free functions)", [] {
                return cloud::opennebula::errorFromResult(0x0100, QStringLiteral("[one.vm.info] denied"),
                                                          QStringLiteral("one.vm.info"))
                    .userText();
            });
            row("support network (free functions, plural)",
                [] { return support::timeoutError(root(), 30000).userText(); });
            row("a server's own message beside ours", [] {
                return Error::cancelled()
                    .withServerMessage(QStringLiteral("OpenNebula"), QStringLiteral("x"))
                    .userText();
            });
            row("StorageSession (class)", [] {
                facility::FacilityProfile profile;
                profile.id = profile.name = QStringLiteral("t");
                identity::Account account(profile);
                return storage::StorageSession(&account, QStringLiteral("alice")).problem().userText();
            });
            row("jobs (BatchJob and its states)", [] { return jobs::stateText(jobs::JobState::TimedOut); });
            row("openstack documents (free functions)",
                [] { return cloud::openstack::tokenFromBody(QJsonObject()).error().userText(); });
        }
    }

    void everySourceOfSentencesIsTranslated()
    {
        QFETCH(QString, language);
        QFETCH(Sentence, sentence);
        const QString english = sentence();
        QVERIFY(!english.isEmpty());
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(DAAS_QM_DIR "/daas_%1.qm").arg(language)));
        QCoreApplication::installTranslator(&translator);
        const QString translated = sentence();
        QCoreApplication::removeTranslator(&translator);
        QVERIFY2(translated != english, qPrintable(QStringLiteral("still English: ") + english));
    }

    void refusedNamesFollowTheLanguagesPunctuation()
    {
        const auto labelled = [] { return Error::labelled(QStringLiteral("a.nxs"), QStringLiteral("why")); };
        QCOMPARE(labelled(), QStringLiteral("a.nxs: why"));
        QTranslator french;
        QVERIFY(french.load(QStringLiteral(DAAS_QM_DIR "/daas_fr.qm")));
        QCoreApplication::installTranslator(&french);
        const QString inFrench = labelled();
        QCoreApplication::removeTranslator(&french);
        QCOMPARE(inFrench, QStringLiteral("a.nxs : why"));
    }

    // What the executables do at start, with the resources they link: the user's language, else English
    // plurals. (The files were once embedded under a name the loader never asked for, so the client spoke
    // untranslated English in every language while every test that loaded the .qm files by path passed.)
    void theClientFindsItsTranslations_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("items");
        QTest::newRow("German") << QLocale(QLocale::German, QLocale::Germany)
                                << QStringLiteral(":/i18n/daas_de.qm") << QStringLiteral("6 Einträge");
        QTest::newRow("French") << QLocale(QLocale::French, QLocale::France)
                                << QStringLiteral(":/i18n/daas_fr.qm") << QStringLiteral("6 éléments");
        QTest::newRow("C locale") << QLocale::c() << QStringLiteral(":/i18n/daas_en.qm")
                                  << QStringLiteral("6 items");
        QTest::newRow("Japanese (none of ours)")
            << QLocale(QLocale::Japanese, QLocale::Japan) << QStringLiteral(":/i18n/daas_en.qm")
            << QStringLiteral("6 items");
    }
    void theClientFindsItsTranslations()
    {
        QFETCH(QLocale, locale);
        QFETCH(QString, file);
        QFETCH(QString, items);
        const QLocale before;
        QLocale::setDefault(locale);
        const QString loaded = support::installTranslations();
        const QString text = QCoreApplication::translate("daas::ui::CatalogueView", "%n item(s)", nullptr, 6);
        QLocale::setDefault(before);
        support::installTranslations();
        QCOMPARE(loaded, file);
        QCOMPARE(text, items);
    }

    // The Settings dialog's language wins over the system's; one the build does not carry (an older
    // version's choice) is ignored, and the system's language counts again.
    void theChosenLanguageWinsOverTheSystems()
    {
        const QLocale before;
        QVERIFY(support::availableLanguages().contains(QStringLiteral("fr")));
        QVERIFY(support::availableLanguages().contains(QStringLiteral("en")));
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        support::Settings::setValue(support::keys::language, QStringLiteral("fr"));
        const QString chosen = support::installTranslations();
        const QString chosenText =
            QCoreApplication::translate("daas::ui::CatalogueView", "%n item(s)", nullptr, 6);
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        support::Settings::setValue(support::keys::language, QStringLiteral("xx"));
        const QString unknown = support::installTranslations();
        support::Settings::remove(support::keys::language);
        QLocale::setDefault(before);
        support::installTranslations();
        QCOMPARE(chosen, QStringLiteral(":/i18n/daas_fr.qm"));
        QCOMPARE(chosenText, QStringLiteral("6 éléments"));
        QCOMPARE(unknown, QStringLiteral(":/i18n/daas_de.qm"));
    }

    void theCliSpeaksTheUsersLanguage()
    {
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("LC_ALL"));
        env.remove(QStringLiteral("LC_MESSAGES"));
        env.remove(QStringLiteral("LANGUAGE"));
        env.insert(QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8"));
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(DAAS_CLI_PATH), {QStringLiteral("no-such-command")});
        QVERIFY(cli.waitForFinished(30000));
        QCOMPARE(cli.exitCode(), 1);
        QVERIFY2(cli.readAllStandardError().contains("Es gibt keinen Befehl"), "the error is in German");
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
