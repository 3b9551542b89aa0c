// The translations reach the user: for each way the core makes a translatable sentence (a class's tr, a
// file's own tr helper for its free functions), a German and a French translator change what the user
// reads. lupdate files a message under the class or namespace it is written in; a helper that looked the
// text up under another name left about thirty sentences in English whatever the language.

#include "TestPaths.h"
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

#include <QDir>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include <functional>
#include <map>

using namespace daas;

namespace {

using Sentence = std::function<QString()>;

QUrl root()
{
    return QUrl(QStringLiteral("https://dav.example.org/dav/"));
}

const QStringList &shippedLanguages()
{
    static const QStringList languages{QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("es"),
                                       QStringLiteral("it"), QStringLiteral("ja")};
    return languages;
}

// How many plural forms each catalogue's numerus messages need: written down here rather than asked of Qt,
// so the check does not share a mistake with the code that makes the .qm files. English has its own
// catalogue for the plurals of the source text.
const std::map<QString, int> &pluralForms()
{
    static const std::map<QString, int> forms{
        {QStringLiteral("en"), 2}, {QStringLiteral("de"), 2}, {QStringLiteral("fr"), 2},
        {QStringLiteral("es"), 2}, {QStringLiteral("it"), 2}, {QStringLiteral("ja"), 1},
    };
    return forms;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?[1-9n]"));
    QStringList found;
    for (const QRegularExpressionMatch &m : pattern.globalMatch(text))
        found << m.captured();
    found.removeDuplicates();
    found.sort();
    return found;
}

// A keyboard accelerator: a '&' before a character, not "&&" (a literal ampersand) nor an entity.
bool hasAccelerator(const QString &text)
{
    static const QRegularExpression entity(QStringLiteral("&(#[0-9]+|#x[0-9a-fA-F]+|[a-zA-Z]+);"));
    QString rest = text;
    rest.remove(entity);
    rest.remove(QStringLiteral("&&"));
    const qsizetype at = rest.indexOf(QLatin1Char('&'));
    return at >= 0 && at + 1 < rest.size() && !rest.at(at + 1).isSpace();
}

struct CatalogueMessage
{
    QString context;
    QString source;
    bool numerus = false;
    bool unfinished = false;
    QStringList forms; // the translation, or its plural forms
};

// Reads a Qt Linguist catalogue (.ts) as it is on disk; returns what could not be read in error.
QList<CatalogueMessage> readCatalogue(const QString &path, QString *language, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<CatalogueMessage> messages;
    QString context;
    CatalogueMessage message;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == u"message")
            messages << message;
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"TS") {
            *language = xml.attributes().value(u"language").toString();
        } else if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            message = CatalogueMessage{context, {}, xml.attributes().value(u"numerus") == u"yes", false, {}};
        } else if (name == u"source") {
            message.source = xml.readElementText();
        } else if (name == u"translation") {
            message.unfinished = xml.attributes().value(u"type") == u"unfinished";
            if (!message.numerus)
                message.forms << xml.readElementText();
        } else if (name == u"numerusform") {
            message.forms << xml.readElementText();
        } else if (name != u"context") {
            xml.skipCurrentElement(); // comments, locations
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("line %1: %2").arg(xml.lineNumber()).arg(xml.errorString());
    return messages;
}

// What is wrong with one message of a catalogue, as "context / “source”: problem" lines (the source cut
// to its first line, so that the CLI's help does not fill the report).
QStringList problemsOf(const CatalogueMessage &m, int formsNeeded)
{
    QStringList problems;
    QString source = m.source.section(QLatin1Char('\n'), 0, 0);
    if (source.size() > 100 || source.size() < m.source.size())
        source = source.left(100) + QStringLiteral("…");
    const auto problem = [&](const QString &what) {
        problems << QStringLiteral("%1 / “%2”: %3").arg(m.context, source, what);
    };
    if (m.unfinished) {
        problem(QStringLiteral("unfinished"));
        return problems;
    }
    if (m.numerus && m.forms.size() != formsNeeded)
        problem(
            QStringLiteral("%1 plural form(s), the language needs %2").arg(m.forms.size()).arg(formsNeeded));
    const QStringList wanted = placeholders(m.source);
    for (qsizetype i = 0; i < m.forms.size(); ++i) {
        const QString &form = m.forms.at(i);
        const QString which = m.numerus ? QStringLiteral(" (plural form %1)").arg(i + 1) : QString();
        if (form.trimmed().isEmpty()) {
            problem(QStringLiteral("empty translation") + which);
            continue;
        }
        QStringList expected = wanted;
        // A singular form may say "the file" instead of "1 file"; the last (general) form must show the
        // number.
        if (m.numerus && i + 1 < m.forms.size() && !placeholders(form).contains(QStringLiteral("%n")))
            expected.removeAll(QStringLiteral("%n"));
        const QStringList got = placeholders(form);
        if (got != expected)
            problem(QStringLiteral("placeholders %1 in the source, %2 in the translation%3")
                        .arg(wanted.join(QLatin1Char(' ')), got.join(QLatin1Char(' ')), which));
        if (hasAccelerator(m.source) != hasAccelerator(form))
            problem(QStringLiteral("an accelerator '&' in only one of source and translation%1: “%2”")
                        .arg(which, form));
    }
    return problems;
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
        for (const QString &language : shippedLanguages()) {
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
                // "Size": the first column, "File", is also "File" in Italian
                return model.headerData(2, Qt::Horizontal, Qt::DisplayRole).toString();
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
        QVERIFY(translator.load(daas::test::paths::buildDir() + QStringLiteral("/translations/daas_") +
                                language + QStringLiteral(".qm")));
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
        QVERIFY(french.load(daas::test::paths::buildDir() + QStringLiteral("/translations/daas_fr.qm")));
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
        QTest::newRow("Spanish") << QLocale(QLocale::Spanish, QLocale::Spain)
                                 << QStringLiteral(":/i18n/daas_es.qm") << QStringLiteral("6 elementos");
        QTest::newRow("Italian") << QLocale(QLocale::Italian, QLocale::Italy)
                                 << QStringLiteral(":/i18n/daas_it.qm") << QStringLiteral("6 elementi");
        QTest::newRow("Japanese (one plural form)")
            << QLocale(QLocale::Japanese, QLocale::Japan) << QStringLiteral(":/i18n/daas_ja.qm")
            << QStringLiteral("6 項目");
        QTest::newRow("Korean (none of ours)")
            << QLocale(QLocale::Korean, QLocale::SouthKorea) << QStringLiteral(":/i18n/daas_en.qm")
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

    // Each catalogue as the translators left it: lrelease quietly ships an unfinished or empty message as the
    // English text, a missing plural form as nothing, and a lost %1 as a sentence without its name, so these
    // are found here, by file, context and source.
    void everyCatalogueIsComplete_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(daas::test::paths::sourceDir() + QStringLiteral("/translations"));
        const QStringList files = dir.entryList({QStringLiteral("daas_*.ts")}, QDir::Files, QDir::Name);
        for (const QString &file : files)
            QTest::newRow(qPrintable(file)) << dir.filePath(file);
    }
    void everyCatalogueIsComplete()
    {
        QFETCH(QString, path);
        QString language;
        QString error;
        const QList<CatalogueMessage> messages = readCatalogue(path, &language, &error);
        QVERIFY2(error.isEmpty(), qPrintable(path + QStringLiteral(": ") + error));
        QVERIFY2(!messages.isEmpty(), qPrintable(path + QStringLiteral(": no messages")));
        const auto forms = pluralForms().find(language);
        QVERIFY2(forms != pluralForms().end(),
                 qPrintable(
                     QStringLiteral("%1: no plural table entry for the language “%2”").arg(path, language)));
        QStringList problems;
        for (const CatalogueMessage &m : messages)
            problems << problemsOf(m, forms->second);
        // QTest cuts long messages: the first problems in full, then how many more
        constexpr qsizetype shown = 15;
        const QString file = QFileInfo(path).fileName() + QStringLiteral(": ");
        QString report = file + QString::number(problems.size()) + QStringLiteral(" problem(s)");
        for (const QString &p : problems.mid(0, shown))
            report += QLatin1Char('\n') + file + p;
        if (problems.size() > shown)
            report += QStringLiteral("\n%1… and %2 more").arg(file).arg(problems.size() - shown);
        QVERIFY2(problems.isEmpty(), qPrintable(report));
    }

    // The check above finds each kind of mistake it looks for, and lets pass what a translator may do.
    void theCatalogueCheckFindsMistakes_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<bool>("numerus");
        QTest::addColumn<QStringList>("forms");
        QTest::addColumn<int>("formsNeeded");
        QTest::addColumn<QString>("problem"); // empty: none
        const auto row = [](const char *name, const char *source, bool numerus, const QStringList &forms,
                            int needed, const char *problem) {
            QTest::newRow(name) << QString::fromUtf8(source) << numerus << forms << needed
                                << QString::fromUtf8(problem);
        };
        row("complete", "Copy %1 of %2", false, {QStringLiteral("Copiar %1 de %2")}, 2, "");
        row("placeholder lost", "Copy %1 of %2", false, {QStringLiteral("Copiar %1")}, 2, "placeholders");
        row("placeholder added", "Copy", false, {QStringLiteral("Copiar %1")}, 2, "placeholders");
        row("%L1 is not %1", "%L1 free", false, {QStringLiteral("%1 libres")}, 2, "placeholders");
        row("empty", "Copy", false, {QString()}, 2, "empty translation");
        row("accelerator lost", "&Open", false, {QStringLiteral("Abrir")}, 2, "accelerator");
        row("accelerator added", "Open", false, {QStringLiteral("&Abrir")}, 2, "accelerator");
        row("a literal && is no accelerator", "Q&&A", false, {QStringLiteral("&Preguntas")}, 2,
            "accelerator");
        row("Japanese accelerator", "&Open", false, {QStringLiteral("開く(&O)")}, 1, "");
        row("too few plural forms", "%n file(s)", true, {QStringLiteral("%n archivos")}, 2, "plural form");
        row("too many plural forms", "%n file(s)", true,
            {QStringLiteral("%n ファイル"), QStringLiteral("%n ファイル")}, 1, "plural form");
        row("singular without the number", "All %n file(s) transferred.", true,
            {QStringLiteral("Le fichier a été transféré."),
             QStringLiteral("Les %n fichiers ont été transférés.")},
            2, "");
        row("plural without the number", "%n file(s)", true,
            {QStringLiteral("%n archivo"), QStringLiteral("archivos")}, 2, "placeholders");
        row("%n in a plural's other arguments", "%n file(s) in %1", true,
            {QStringLiteral("%n archivo"), QStringLiteral("%n archivos en %1")}, 2, "placeholders");
    }
    void theCatalogueCheckFindsMistakes()
    {
        QFETCH(QString, source);
        QFETCH(bool, numerus);
        QFETCH(QStringList, forms);
        QFETCH(int, formsNeeded);
        QFETCH(QString, problem);
        const QStringList problems =
            problemsOf(CatalogueMessage{QStringLiteral("Ctx"), source, numerus, false, forms}, formsNeeded);
        if (problem.isEmpty()) {
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
            return;
        }
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().startsWith(QStringLiteral("Ctx / “") + source + QStringLiteral("”: ")),
                 qPrintable(problems.first()));
        QVERIFY2(problems.first().contains(problem), qPrintable(problems.first()));
    }

    // Every language the client ships has a catalogue, and every catalogue is one of them (or the English
    // plurals): a language added to CMake without its table entry here, or a file nobody ships, is found.
    void theCataloguesAreTheShippedLanguages()
    {
        const QDir dir(daas::test::paths::sourceDir() + QStringLiteral("/translations"));
        QStringList found;
        for (const QString &file : dir.entryList({QStringLiteral("daas_*.ts")}, QDir::Files, QDir::Name))
            found << file.mid(5, file.size() - 8);
        QStringList expected = shippedLanguages();
        expected << QStringLiteral("en");
        expected.sort();
        found.sort();
        QCOMPARE(found, expected);
        for (const QString &language : std::as_const(expected))
            QVERIFY2(pluralForms().count(language) == 1, qPrintable(language));
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
        cli.start(daas::test::paths::cli(), {QStringLiteral("no-such-command")});
        QVERIFY(cli.waitForFinished(30000));
        QCOMPARE(cli.exitCode(), 1);
        QVERIFY2(cli.readAllStandardError().contains("Es gibt keinen Befehl"), "the error is in German");
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
