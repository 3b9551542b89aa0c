// jobs::JobTemplate and TemplateLibrary: a template is a folder with template.json and a script. Loading
// names the bad field; rendering checks values against their types and hands them to the script as shell
// variables, so hostile values stay text (the rendered scripts are run with bash to prove it); the bundled
// templates load, render and run with plain bash + coreutils + python3; "make template from this job" writes
// a template that loads again.
#include "jobs/JobTemplate.h"
#include "jobs/JobTemplateLibrary.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace daas;
using namespace daas::jobs;

namespace {

bool writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(content) == content.size();
}

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson();
}

QJsonObject minimal()
{
    return QJsonObject{{u"name"_s, u"Test"_s}, {u"script"_s, u"job.sh"_s}};
}

QJsonObject withParameter(const QJsonObject &parameter)
{
    QJsonObject o = minimal();
    o.insert(u"parameters"_s, QJsonArray{parameter});
    return o;
}

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs a rendered script with bash in `dir`, as slurmd would run the batch script.
Run runScript(const QString &script, const QString &dir)
{
    Run r;
    const QString file = dir + u"/rendered-job.sh"_s;
    if (!writeFile(file, script.toUtf8()))
        return r;
    QProcess bash;
    bash.setWorkingDirectory(dir);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"DAAS_DEMO_PAUSE"_s, u"0"_s);
    bash.setProcessEnvironment(env);
    bash.start(u"bash"_s, {file});
    if (!bash.waitForFinished(120000)) {
        bash.kill();
        bash.waitForFinished();
        r.err = u"did not finish"_s;
        return r;
    }
    r.exitCode = bash.exitStatus() == QProcess::NormalExit ? bash.exitCode() : -1;
    r.out = QString::fromUtf8(bash.readAllStandardOutput());
    r.err = QString::fromUtf8(bash.readAllStandardError());
    return r;
}

} // namespace

class TestJobsTemplates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void validationNamesTheField_data()
    {
        QTest::addColumn<QByteArray>("manifest");
        QTest::addColumn<QString>("script");
        QTest::addColumn<QString>("field");
        const QString ok = u"#!/bin/bash\necho hi\n"_s;
        QJsonObject o;

        QTest::newRow("not json") << QByteArray("{\"name\": ") << ok << u"template.json"_s;
        QTest::newRow("a list") << QByteArray("[]") << ok << u"template.json"_s;
        o = minimal();
        o.remove(u"name"_s);
        QTest::newRow("no name") << json(o) << ok << u"name"_s;
        o = minimal();
        o.insert(u"name"_s, u"  "_s);
        QTest::newRow("blank name") << json(o) << ok << u"name"_s;
        o = minimal();
        o.insert(u"notes"_s, 5);
        QTest::newRow("notes a number") << json(o) << ok << u"notes"_s;
        o = minimal();
        o.remove(u"script"_s);
        QTest::newRow("no script") << json(o) << ok << u"script"_s;
        o = minimal();
        o.insert(u"script"_s, u"../../bin/evil.sh"_s);
        QTest::newRow("script outside the folder") << json(o) << ok << u"script"_s;
        o = minimal();
        o.insert(u"colour"_s, u"red"_s);
        QTest::newRow("unknown field") << json(o) << ok << u"colour"_s;
        QTest::newRow("misspelt default") << json(withParameter({{u"id"_s, u"x"_s}, {u"defualt"_s, u"1"_s}}))
                                          << ok << u"parameters[0].defualt"_s;
        QTest::newRow("upper-case id")
            << json(withParameter({{u"id"_s, u"Input"_s}})) << ok << u"parameters[0].id"_s;
        QTest::newRow("id with a space")
            << json(withParameter({{u"id"_s, u"in put"_s}})) << ok << u"parameters[0].id"_s;
        QTest::newRow("id that is code")
            << json(withParameter({{u"id"_s, u"x;rm"_s}})) << ok << u"parameters[0].id"_s;
        o = minimal();
        o.insert(u"parameters"_s, QJsonArray{QJsonObject{{u"id"_s, u"a"_s}}, QJsonObject{{u"id"_s, u"a"_s}}});
        QTest::newRow("id used twice") << json(o) << ok << u"parameters[1].id"_s;
        QTest::newRow("unknown type") << json(withParameter({{u"id"_s, u"a"_s}, {u"type"_s, u"colour"_s}}))
                                      << ok << u"parameters[0].type"_s;
        QTest::newRow("choice without choices")
            << json(withParameter({{u"id"_s, u"a"_s}, {u"type"_s, u"choice"_s}})) << ok
            << u"parameters[0].choices"_s;
        QTest::newRow("choices of a text")
            << json(withParameter({{u"id"_s, u"a"_s}, {u"choices"_s, QJsonArray{u"x"_s}}})) << ok
            << u"parameters[0].choices"_s;
        QTest::newRow("default not a choice")
            << json(withParameter({{u"id"_s, u"a"_s},
                                   {u"type"_s, u"choice"_s},
                                   {u"choices"_s, QJsonArray{u"x"_s, u"y"_s}},
                                   {u"default"_s, u"z"_s}}))
            << ok << u"parameters[0].default"_s;
        QTest::newRow("integer default not a number")
            << json(withParameter({{u"id"_s, u"n"_s}, {u"type"_s, u"integer"_s}, {u"default"_s, u"ten"_s}}))
            << ok << u"parameters[0].default"_s;
        QTest::newRow("default out of range")
            << json(withParameter(
                   {{u"id"_s, u"n"_s}, {u"type"_s, u"integer"_s}, {u"default"_s, 50}, {u"max"_s, 10}}))
            << ok << u"parameters[0].default"_s;
        QTest::newRow("min of a text")
            << json(withParameter({{u"id"_s, u"a"_s}, {u"min"_s, 1}})) << ok << u"parameters[0].min"_s;
        QTest::newRow("required not a flag")
            << json(withParameter({{u"id"_s, u"a"_s}, {u"required"_s, u"yes"_s}})) << ok
            << u"parameters[0].required"_s;
        o = minimal();
        o.insert(u"resources"_s, QJsonObject{{u"cpus"_s, 0}});
        QTest::newRow("no cpus") << json(o) << ok << u"resources.cpus"_s;
        o.insert(u"resources"_s, QJsonObject{{u"memoryMb"_s, 1.5}});
        QTest::newRow("memory with a fraction") << json(o) << ok << u"resources.memoryMb"_s;
        o.insert(u"resources"_s, QJsonObject{{u"timeLimitMinutes"_s, -5}});
        QTest::newRow("negative time") << json(o) << ok << u"resources.timeLimitMinutes"_s;
        o.insert(u"resources"_s, QJsonObject{{u"gpus"_s, 1}});
        QTest::newRow("unknown resource") << json(o) << ok << u"resources.gpus"_s;
        o.insert(u"resources"_s, QJsonObject{{u"partition"_s, u"a b"_s}});
        QTest::newRow("partition with a space") << json(o) << ok << u"resources.partition"_s;
        QTest::newRow("script without #!") << json(minimal()) << u"echo hi\n"_s << u"script"_s;
        QTest::newRow("placeholder of no parameter")
            << json(withParameter({{u"id"_s, u"a"_s}})) << u"#!/bin/bash\necho {{a}}\necho {{b}}\n"_s
            << u"line 3: {{b}}"_s;
        QTest::newRow("placeholder in a directive")
            << json(withParameter({{u"id"_s, u"a"_s}})) << u"#!/bin/bash\n#SBATCH --job-name={{a}}\necho\n"_s
            << u"line 2: {{a}}"_s;
    }

    void validationNamesTheField()
    {
        QFETCH(QByteArray, manifest);
        QFETCH(QString, script);
        QFETCH(QString, field);
        const Result<JobTemplate> t = JobTemplate::fromJson(manifest, script, u"/templates/test"_s);
        QVERIFY(!t);
        QCOMPARE(t.error().kind(), Error::Kind::InvalidInput);
        QVERIFY2(t.error().userText().contains(field), qPrintable(t.error().userText()));
        QVERIFY2(t.error().userText().contains(QDir::toNativeSeparators(u"/templates/test"_s)),
                 qPrintable(t.error().userText()));
    }

    void loadingReadsTheFolder()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(u"t"_s);
        QDir().mkpath(folder);
        Result<JobTemplate> t = JobTemplate::load(folder);
        QVERIFY(!t);
        QVERIFY2(t.error().userText().contains(u"template.json"_s), qPrintable(t.error().userText()));

        QVERIFY(writeFile(folder + u"/template.json"_s, json(minimal())));
        t = JobTemplate::load(folder);
        QVERIFY(!t);
        QVERIFY2(t.error().userText().contains(u"job.sh"_s), qPrintable(t.error().userText()));

        QVERIFY(writeFile(folder + u"/job.sh"_s, QByteArray("#!/bin/bash\necho \xff\xfe\n")));
        t = JobTemplate::load(folder);
        QVERIFY(!t);
        QVERIFY2(t.error().userText().contains(u"UTF-8"_s), qPrintable(t.error().userText()));

        QVERIFY(writeFile(folder + u"/job.sh"_s, "#!/bin/bash\n" + QByteArray(2 << 20, '#')));
        t = JobTemplate::load(folder);
        QVERIFY(!t);
        QVERIFY2(t.error().userText().contains(u"1 MiB"_s), qPrintable(t.error().userText()));

        QVERIFY(writeFile(folder + u"/job.sh"_s, "#!/bin/bash\necho ok\n"));
        t = JobTemplate::load(folder);
        QVERIFY2(t, qPrintable(t.error().userText()));
        QCOMPARE(t->name, u"Test"_s);
        QCOMPARE(t->folder, folder);
        QCOMPARE(t->script, u"#!/bin/bash\necho ok\n"_s);
    }

    void renderingFillsInValuesAndResources()
    {
        QJsonObject o{
            {u"name"_s, u"Reduce"_s},
            {u"script"_s, u"run.sh"_s},
            {u"parameters"_s,
             QJsonArray{QJsonObject{{u"id"_s, u"input"_s}, {u"type"_s, u"folder"_s}, {u"required"_s, true}},
                        QJsonObject{{u"id"_s, u"steps"_s}, {u"type"_s, u"integer"_s}, {u"default"_s, 5}},
                        QJsonObject{{u"id"_s, u"ratio"_s}, {u"type"_s, u"number"_s}, {u"default"_s, 0.5}},
                        QJsonObject{{u"id"_s, u"mode"_s},
                                    {u"type"_s, u"choice"_s},
                                    {u"choices"_s, QJsonArray{u"fast"_s, u"full"_s}},
                                    {u"default"_s, u"fast"_s}}}},
            {u"resources"_s, QJsonObject{{u"cpus"_s, 4},
                                         {u"memoryMb"_s, 8000},
                                         {u"timeLimitMinutes"_s, 90},
                                         {u"partition"_s, u"long"_s}}}};
        const QString script =
            u"#!/bin/bash\n#SBATCH --exclusive\n\n# a comment\nset -e\n"
            u"reduce --input \"{{input}}\" --steps {{ steps }} --ratio {{ratio}} --{{mode}}\n"_s;
        Result<JobTemplate> t = JobTemplate::fromJson(json(o), script, u"/somewhere/mantid-reduce"_s);
        QVERIFY2(t, qPrintable(t.error().userText()));
        t.value().folder = u"/somewhere/mantid-reduce"_s;
        const Result<JobRequest> r = t->render({{u"input"_s, u"/data/run 42"_s}, {u"steps"_s, u" 07 "_s}});
        QVERIFY2(r, qPrintable(r.error().userText()));
        QCOMPARE(r->name, u"mantid-reduce"_s);
        QCOMPARE(r->cpus, 4);
        QCOMPARE(r->memoryMb, 8000);
        QCOMPARE(r->timeLimitMinutes, 90);
        QCOMPARE(r->partition, u"long"_s);
        // the block stands after the directives and leading comments (sbatch stops reading #SBATCH at the
        // first command), the placeholders are the variables
        QCOMPARE(r->script,
                 u"#!/bin/bash\n#SBATCH --exclusive\n\n# a comment\n"
                 u"# Parameters of the job template “Reduce”, set by DAaaS Desktop (each also in the "
                 u"environment).\n"
                 u"export input='/data/run 42'\nexport steps='7'\nexport ratio='0.5'\nexport mode='fast'\n\n"
                 u"set -e\nreduce --input \"${input}\" --steps ${steps} --ratio ${ratio} --${mode}\n"_s);
        QTemporaryDir dir;
        const Run run =
            runScript(QString(r->script).replace(u"reduce --input"_s, u"echo --input"_s), dir.path());
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, u"--input /data/run 42 --steps 7 --ratio 0.5 --fast\n"_s);
    }

    void valuesAreCheckedAgainstTheirTypes_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("says");
        QTest::newRow("unknown parameter") << u"colour"_s << u"red"_s << u"“colour” is not a parameter"_s;
        QTest::newRow("required left empty") << u"input"_s << u""_s << u"Input folder: is required"_s;
        QTest::newRow("integer with letters")
            << u"steps"_s << u"12abc"_s << u"Steps: must be a whole number"_s;
        QTest::newRow("integer with a fraction")
            << u"steps"_s << u"1.5"_s << u"Steps: must be a whole number"_s;
        QTest::newRow("integer above its maximum")
            << u"steps"_s << u"101"_s << u"Steps: must be from 1 to 100"_s;
        QTest::newRow("number that is not") << u"ratio"_s << u"nan"_s << u"ratio: must be a number"_s;
        QTest::newRow("not one of the choices")
            << u"mode"_s << u"slow"_s << u"mode: must be one of fast, full"_s;
        QTest::newRow("a line break") << u"label"_s << u"one\ntouch x"_s << u"label: must be one line"_s;
        QTest::newRow("a NUL") << u"label"_s << u"a\u0000b"_s << u"label: must be one line"_s;
    }

    void valuesAreCheckedAgainstTheirTypes()
    {
        QFETCH(QString, id);
        QFETCH(QString, value);
        QFETCH(QString, says);
        QJsonObject o = minimal();
        o.insert(u"parameters"_s, QJsonArray{QJsonObject{{u"id"_s, u"input"_s},
                                                         {u"label"_s, u"Input folder"_s},
                                                         {u"type"_s, u"folder"_s},
                                                         {u"required"_s, true},
                                                         {u"default"_s, u"/data"_s}},
                                             QJsonObject{{u"id"_s, u"steps"_s},
                                                         {u"label"_s, u"Steps"_s},
                                                         {u"type"_s, u"integer"_s},
                                                         {u"min"_s, 1},
                                                         {u"max"_s, 100}},
                                             QJsonObject{{u"id"_s, u"ratio"_s}, {u"type"_s, u"number"_s}},
                                             QJsonObject{{u"id"_s, u"mode"_s},
                                                         {u"type"_s, u"choice"_s},
                                                         {u"choices"_s, QJsonArray{u"fast"_s, u"full"_s}}},
                                             QJsonObject{{u"id"_s, u"label"_s}}});
        const Result<JobTemplate> t = JobTemplate::fromJson(json(o), u"#!/bin/bash\n"_s);
        QVERIFY2(t, qPrintable(t.error().userText()));
        QVERIFY(t->render({}));
        const Result<JobRequest> r = t->render({{id, value}});
        QVERIFY(!r);
        QCOMPARE(r.error().kind(), Error::Kind::InvalidInput);
        QVERIFY2(r.error().userText().contains(says), qPrintable(r.error().userText()));
    }

    void hostileValuesStayText_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("command substitution") << u"$(touch pwned)"_s;
        QTest::newRow("backticks") << u"`touch pwned`"_s;
        QTest::newRow("single quotes") << u"'; touch pwned; '"_s;
        QTest::newRow("double quotes") << u"\"; touch pwned; \""_s;
        QTest::newRow("both quotes") << u"a'b\"c'\\''d"_s;
        QTest::newRow("a variable") << u"${HOME} $PATH"_s;
        QTest::newRow("arithmetic") << u"$((6*7)) $[1+1]"_s;
        QTest::newRow("glob") << u"*"_s;
        QTest::newRow("backslashes") << u"C:\\Users\\x\\"_s;
        QTest::newRow("heredoc end") << u"EOF"_s;
        QTest::newRow("an option") << u"-n"_s;
        QTest::newRow("braces") << u"{{value}} }} {{"_s;
        QTest::newRow("unicode") << u"Ψ 日本 \u00e9"_s;
    }

    void hostileValuesStayText()
    {
        QFETCH(QString, value);
        // one placeholder in double quotes, in an unquoted here-document, in an assignment, a bare argument,
        // and the value read by python from the environment
        const QString script = u"#!/bin/bash\n#SBATCH --time=1\nset -eu\n"
                               u"printf '[%s]\\n' \"{{value}}\"\n"
                               u"cat <<EOF\n<{{value}}>\nEOF\n"
                               u"copy={{value}}\nprintf '(%s)\\n' \"$copy\"\n"
                               u"printf '%s' {{value}} >/dev/null\n"
                               u"python3 -c 'import os; print(\"{\" + os.environ[\"value\"] + \"}\")'\n"_s;
        const Result<JobTemplate> t =
            JobTemplate::fromJson(json(withParameter({{u"id"_s, u"value"_s}})), script, u"/t/hostile"_s);
        QVERIFY2(t, qPrintable(t.error().userText()));
        const Result<JobRequest> r = t->render({{u"value"_s, value}});
        QVERIFY2(r, qPrintable(r.error().userText()));
        // the value is written into the script once, single-quoted
        QVERIFY2(r->script.contains(u"\nexport value="_s + JobTemplate::shellQuoted(value) + u'\n'),
                 qPrintable(r->script));
        QTemporaryDir dir;
        const Run run = runScript(r->script, dir.path());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(!QFile::exists(dir.filePath(u"pwned"_s)), "a value ran as a command");
        QCOMPARE(run.out, u"[%1]\n<%1>\n(%1)\n{%1}\n"_s.arg(value));
    }

    void quotingIsTheShellsOwn()
    {
        QCOMPARE(JobTemplate::shellQuoted(u""_s), u"''"_s);
        QCOMPARE(JobTemplate::shellQuoted(u"it's"_s), u"'it'\\''s'"_s);
        QCOMPARE(JobTemplate::shellQuoted(u"$x \"y\""_s), u"'$x \"y\"'"_s);
    }

    void bundledTemplatesLoadRenderAndRun_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("says");   // a line the job must print
        QTest::addColumn<QString>("writes"); // a file it must leave in its working directory
        QTest::newRow("shell") << u"bundled/shell"_s << u"Step 3 of 3"_s << QString();
        QTest::newRow("python") << u"bundled/python"_s << u"step 15/15: pi ~ 3.14"_s << QString();
        QTest::newRow("mantid") << u"bundled/mantid-reduction"_s << u"NOTE: Mantid is not installed"_s
                                << u"reduced/MARI_Ei25_standin.csv"_s;
        QTest::newRow("ccp4") << u"bundled/ccp4-pipeline"_s << u"NOTE: CCP4 is not set up"_s
                              << u"ccp4-out/standin-summary.txt"_s;
    }

    void bundledTemplatesLoadRenderAndRun()
    {
        QFETCH(QString, id);
        QFETCH(QString, says);
        QFETCH(QString, writes);
        QTemporaryDir userRoot;
        const TemplateLibrary library(TemplateLibrary::defaultBundledRoot(), userRoot.path());
        const Result<JobTemplate> t = library.find(id);
        QVERIFY2(t, qPrintable(t.error().userText()));
        QCOMPARE(t->id, id);
        QVERIFY(!t->notes.isEmpty());
        QMap<QString, QString> values;
        if (id == u"bundled/shell"_s)
            values = {{u"steps"_s, u"3"_s}, {u"pause"_s, u"0"_s}};
        const Result<JobRequest> r = t->render(values);
        QVERIFY2(r, qPrintable(r.error().userText()));
        QVERIFY(r->script.startsWith(u"#!/bin/bash\n"_s));
        QVERIFY(r->cpus >= 1 && r->timeLimitMinutes > 0);
        if (id.contains(u"mantid"_s) || id.contains(u"ccp4"_s)) {
            const QString program = id.contains(u"mantid"_s) ? u"mantidpython"_s : u"aimless"_s;
            if (!QStandardPaths::findExecutable(program).isEmpty())
                QFAIL("this test expects a computer without Mantid and CCP4: the stand-in is what it checks");
        }
        QTemporaryDir dir;
        const Run run = runScript(r->script, dir.path());
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QVERIFY2(run.out.contains(says), qPrintable(run.out));
        QVERIFY2(run.out.count(u'\n') >= 4, qPrintable(run.out)); // lines to watch, not one at the end
        if (!writes.isEmpty())
            QVERIFY2(QFileInfo(dir.filePath(writes)).size() > 0, qPrintable(writes));
    }

    void theLibraryListsBundledAndUserTemplates()
    {
        QTemporaryDir userRoot;
        QVERIFY(writeFile(userRoot.filePath(u"mine/template.json"_s), json(minimal())));
        QVERIFY(writeFile(userRoot.filePath(u"mine/job.sh"_s), "#!/bin/bash\n"));
        QVERIFY(writeFile(userRoot.filePath(u"broken/template.json"_s), "{"));
        const TemplateLibrary library(TemplateLibrary::defaultBundledRoot(), userRoot.path());
        const TemplateLibrary::Listing listing = library.scan();
        QStringList ids;
        for (const JobTemplate &t : listing.templates)
            ids << t.id;
        QCOMPARE(ids.size(), 5);
        for (const QString &id : {u"bundled/shell"_s, u"bundled/python"_s, u"bundled/mantid-reduction"_s,
                                  u"bundled/ccp4-pipeline"_s, u"user/mine"_s})
            QVERIFY2(ids.contains(id), qPrintable(ids.join(u", "_s)));
        QVERIFY(ids.indexOf(u"user/mine"_s) > ids.indexOf(u"bundled/shell"_s));
        QCOMPARE(listing.problems.size(), 1);
        QVERIFY2(listing.problems.first().userText().contains(u"broken"_s),
                 qPrintable(listing.problems.first().userText()));
        QCOMPARE(library.find(u"user/../../etc"_s).error().kind(), Error::Kind::NotFound);
        QCOMPARE(library.find(u"shell"_s).error().kind(), Error::Kind::NotFound);
    }

    void aJobBecomesATemplate()
    {
        QTemporaryDir userRoot;
        const TemplateLibrary library(TemplateLibrary::defaultBundledRoot(),
                                      userRoot.path() + u"/templates"_s);
        JobRequest request;
        request.name = u"my-run"_s;
        request.script = u"#!/bin/bash\n#SBATCH --exclusive\necho \"${HOME}\"\n"_s;
        request.cpus = 8;
        request.memoryMb = 1234;
        request.timeLimitMinutes = 45;
        request.partition = u"long"_s;
        request.workingDirectory = u"/home/alice/out"_s;
        const Result<JobTemplate> saved =
            library.saveAsTemplate(request, u"My run: 2nd try!"_s, u"*notes*"_s);
        QVERIFY2(saved, qPrintable(saved.error().userText()));
        QCOMPARE(saved->id, u"user/my-run-2nd-try"_s);
        // only the manifest and the script: nothing of the job's outputs
        QCOMPARE(QDir(saved->folder).entryList(QDir::Files | QDir::Hidden, QDir::Name),
                 (QStringList{u"job.sh"_s, u"template.json"_s}));
        QCOMPARE(QDir(library.userRoot()).entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden),
                 QStringList{u"my-run-2nd-try"_s});
        const Result<JobTemplate> loaded = library.find(saved->id);
        QVERIFY(loaded);
        QCOMPARE(loaded->name, u"My run: 2nd try!"_s);
        QCOMPARE(loaded->notes, u"*notes*"_s);
        QCOMPARE(loaded->resources.cpus, 8);
        QCOMPARE(loaded->resources.memoryMb, 1234);
        QCOMPARE(loaded->resources.timeLimitMinutes, 45);
        QCOMPARE(loaded->resources.partition, u"long"_s);
        const Result<JobRequest> again = loaded->render({});
        QVERIFY(again);
        QCOMPARE(again->script, request.script);
        QCOMPARE(again->cpus, 8);

        // the same name again is another folder, never the first one replaced
        const Result<JobTemplate> second = library.saveAsTemplate(request, u"My run: 2nd try!"_s);
        QVERIFY(second);
        QCOMPARE(second->id, u"user/my-run-2nd-try-2"_s);
        // a name cannot lead out of the folder
        const Result<JobTemplate> sly = library.saveAsTemplate(request, u"../../etc/passwd"_s);
        QVERIFY(sly);
        QCOMPARE(sly->id, u"user/etc-passwd"_s);
        QVERIFY(sly->folder.startsWith(library.userRoot() + u'/'));

        // a script that holds what templates use for parameters cannot be a template without parameters
        request.script = u"#!/bin/bash\necho '{{name}}'\n"_s;
        const Result<JobTemplate> refused = library.saveAsTemplate(request, u"jinja"_s);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind(), Error::Kind::InvalidInput);
        QVERIFY2(refused.error().userText().contains(u"{{name}}"_s), qPrintable(refused.error().userText()));
    }

    void aJobFromATemplateBecomesThatTemplateWithItsValues()
    {
        QTemporaryDir userRoot;
        const TemplateLibrary library(TemplateLibrary::defaultBundledRoot(), userRoot.path());
        const Result<JobTemplate> shell = library.find(u"bundled/shell"_s);
        QVERIFY(shell);
        const QMap<QString, QString> values{{u"message"_s, u"it's $(late)"_s}, {u"steps"_s, u"4"_s}};
        JobSubmission submission;
        submission.templateId = shell->id;
        submission.parameters = values;
        submission.request = *shell->render(values);
        submission.request.cpus = 2;
        const Result<JobTemplate> saved = library.saveAsTemplate(submission, u"Four steps"_s);
        QVERIFY2(saved, qPrintable(saved.error().userText()));
        QCOMPARE(saved->script, shell->script); // placeholders kept
        QCOMPARE(saved->parameter(u"message"_s)->defaultValue, u"it's $(late)"_s);
        QCOMPARE(saved->parameter(u"steps"_s)->defaultValue, u"4"_s);
        QCOMPARE(saved->parameter(u"pause"_s)->defaultValue, shell->parameter(u"pause"_s)->defaultValue);
        QCOMPARE(saved->resources.cpus, 2);
        // rendered with its defaults, it is the job that was submitted
        const Result<JobRequest> again = saved->render({});
        QVERIFY(again);
        QCOMPARE(again->script.section(u'\n', 1),
                 submission.request.script.section(u'\n', 1).replace(u"“Shell job”"_s, u"“Four steps”"_s));
    }
};

QTEST_GUILESS_MAIN(TestJobsTemplates)
#include "tst_jobs_templates.moc"
