// The Jobs area against a real Slurm 24.11 (slurmrestd with JWT) whose jobs run in a folder a real Apache
// mod_dav serves as the user's storage, as the demo facility and a facility that mounts the storage on its
// cluster do: New job from a bundled template, the job followed to Completed in the list, its output read
// over WebDAV while it is written; Cancel (confirmed) of a running job; Release of a held job, Resubmit,
// Make template and Open output folder; the journal keeps the jobs after the session is made again (a
// restarted client).

#include "ClusterOnStorage.h"
#include "Dialogs.h"
#include "facility/FacilityProfile.h"
#include "identity/Account.h"
#include "jobs/JobListModel.h"
#include "jobs/JobOutputView.h"
#include "jobs/JobTemplateLibrary.h"
#include "jobs/JobsSession.h"
#include "jobs/JobsView.h"
#include "jobs/NewJobDialog.h"
#include "jobs/SlurmRestProvider.h"
#include "jobs/SlurmTokenSource.h"
#include "storage/StorageSession.h"

#include <QDir>
#include <QJsonDocument>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace daas;
using daas::jobs::JobState;

namespace {

void shoot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("DAAS_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    w->grab().save(dir + u'/' + name + u".png"_s);
}

} // namespace

class TestGuiJobs : public QObject
{
    Q_OBJECT

private:
    testing::ClusterOnStorage m_facility;
    std::unique_ptr<identity::Account> m_account;
    QTemporaryDir m_state;

    // A client's session as MainWindow makes it: the REST back-end, the journal in m_state, the storage.
    jobs::JobsSession *newSession(QObject *parent)
    {
        jobs::SlurmRestProvider::Options options;
        options.url = m_facility.cluster().restUrl();
        options.defaultWorkingDirectory = m_facility.storage().dataDir();
        auto *provider =
            new jobs::SlurmRestProvider(options, new jobs::FixedSlurmTokenSource(m_facility.token()));
        auto *session =
            new jobs::JobsSession(m_account.get(), provider, m_state.filePath(u"journal.json"_s), parent);
        session->setStorage(
            new storage::StorageSession(m_account.get(), m_facility.storage().user(), session));
        jobs::JobsSession::PollOptions fast;
        fast.activeIntervalMs = 500;
        fast.backgroundIntervalMs = 500;
        fast.idleIntervalMs = 2000;
        session->setPollOptions(fast);
        return session;
    }

    // The Jobs area on screen as the main window shows it, its session polling
    static bool showAndStart(ui::JobsView &view, jobs::JobsSession *session)
    {
        view.resize(1200, 800);
        view.show();
        session->start();
        return QTest::qWaitForWindowExposed(&view);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // templates made here go to the test's own folder
        const QString failed = m_facility.start();
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        const QByteArray json = QJsonDocument(m_facility.profile(u"gui-jobs"_s, u"Jobs test"_s)).toJson();
        Result<facility::FacilityProfile> profile = facility::FacilityProfile::fromJson(json);
        QVERIFY2(profile, qPrintable(profile.error().userText()));
        m_account = std::make_unique<identity::Account>(profile.value());
        m_account->setServiceLogin({m_facility.storage().user(), m_facility.storage().password()});
    }

    void cleanupTestCase() { m_facility.stop(); }

    void submitFromTemplateFollowOutputAndCancel()
    {
        QWidget window;
        jobs::JobsSession *session = newSession(&window);
        ui::JobsView view(session);
        QVERIFY(showAndStart(view, session));

        // New job from the bundled shell template, into the storage's jobs folder (made by the session)
        ui::NewJobDialog dialog(session, &view);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.templatesLoaded(), 30000); // read by a worker
        QVERIFY2(dialog.templateIds().contains(u"bundled/shell"_s),
                 qPrintable(dialog.templateIds().join(u',')));
        dialog.chooseTemplate(u"bundled/shell"_s);
        dialog.nameEdit()->setText(u"gui-run"_s);
        QVERIFY(dialog.request());
        dialog.show();
        dialog.tabs()->setCurrentIndex(2); // the preview: what will be sent
        QTRY_VERIFY(dialog.previewText().contains(u"\"name\""_s));
        shoot(&dialog, u"jobs-new-job-preview"_s);
        QSignalSpy submitted(&dialog, &ui::NewJobDialog::submitted);
        dialog.submit();
        QVERIFY2(submitted.wait(30000), qPrintable(dialog.messageText()));
        const QString id = submitted.first().first().toString();
        QVERIFY(!id.isEmpty());

        // the list shows it and follows it to Completed; its output is read over WebDAV as it is written
        QTRY_VERIFY_WITH_TIMEOUT(view.model()->rowOf(id) >= 0, 10000);
        view.selectJob(id);
        view.detailTabs()->setCurrentWidget(view.outputView());
        QTRY_VERIFY_WITH_TIMEOUT(
            session->job(id).state == JobState::Running || jobs::isFinished(session->job(id).state), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!view.outputView()->text().isEmpty(), 30000);
        QVERIFY2(view.outputView()->statusText().contains(u"storage"_s, Qt::CaseInsensitive),
                 qPrintable(view.outputView()->statusText()));
        shoot(&view, u"jobs-running-output"_s);
        QTRY_VERIFY_WITH_TIMEOUT(jobs::isFinished(session->job(id).state), 90000);
        QCOMPARE(session->job(id).state, JobState::Completed);
        QTRY_VERIFY_WITH_TIMEOUT(view.outputView()->statusText().contains(u"ended"_s), 30000);
        const QString shown = view.outputView()->text();
        // what the job wrote, byte for byte, as the file on the cluster has it
        QFile file(session->job(id).standardOutput);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(session->job(id).standardOutput));
        QCOMPARE(shown + u'\n', QString::fromUtf8(file.readAll()));
        shoot(&view, u"jobs-completed"_s);

        // a long job, cancelled after the question
        ui::NewJobDialog second(session, &view);
        second.setRequest([] {
            jobs::JobRequest r;
            r.name = u"to-cancel"_s;
            r.script = u"#!/bin/bash\necho waiting\nsleep 600\n"_s;
            return r;
        }());
        QSignalSpy submitted2(&second, &ui::NewJobDialog::submitted);
        second.submit();
        QVERIFY2(submitted2.wait(30000), qPrintable(second.messageText()));
        const QString longId = submitted2.first().first().toString();
        QTRY_VERIFY_WITH_TIMEOUT(view.model()->rowOf(longId) >= 0, 10000);
        view.selectJob(longId);
        QTRY_VERIFY_WITH_TIMEOUT(session->job(longId).state == JobState::Running, 30000);
        const int asked = ui::Dialogs::confirmCount();
        ui::Dialogs::setNextConfirm(true);
        view.cancelSelected();
        QCOMPARE(ui::Dialogs::confirmCount(), asked + 1);
        QTRY_VERIFY_WITH_TIMEOUT(session->job(longId).state == JobState::Cancelled, 30000);
        shoot(&view, u"jobs-cancelled"_s);
    }

    // "Process on the cluster…" from Files: the folder (as the cluster sees it) becomes the template's input,
    // even when it is given before the template library has been read.
    void processOnTheClusterFillsTheInput()
    {
        QWidget window;
        jobs::JobsSession *session = newSession(&window);
        ui::NewJobDialog dialog(session);
        const QString folder = session->clusterPathFor(u"/runs/run 42"_s);
        QCOMPARE(folder, m_facility.storage().dataDir() + u"/runs/run 42"_s);
        dialog.setInput(folder);
        dialog.chooseTemplate(u"bundled/mantid-reduction"_s);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.templatesLoaded(), 30000); // read by a worker
        auto *input = dialog.findChild<QLineEdit *>(u"param_input"_s);
        QVERIFY(input);
        QCOMPARE(input->text(), folder);
        const Result<jobs::JobRequest> request = dialog.request();
        QVERIFY2(request, qPrintable(request.error().userText()));
        QVERIFY2(request->script.contains(u"export input='%1'"_s.arg(folder)), qPrintable(request->script));
    }

    // The other actions on a selected job, each enabled only where it applies: Release of a job submitted
    // held, Resubmit (New job with the same request), Make template (a user template New job then offers)
    // and Open output folder (the folder in Files).
    void releaseResubmitTemplateAndOutputFolder()
    {
        QWidget window;
        jobs::JobsSession *session = newSession(&window);
        ui::JobsView view(session);
        QVERIFY(showAndStart(view, session));

        ui::NewJobDialog dialog(session, &view);
        jobs::JobRequest request;
        request.name = u"held-then-released"_s;
        request.script = u"#!/bin/bash\necho started\nsleep 600\n"_s;
        request.hold = true;
        dialog.setRequest(request);
        QSignalSpy submitted(&dialog, &ui::NewJobDialog::submitted);
        dialog.submit();
        QVERIFY2(submitted.wait(30000), qPrintable(dialog.messageText()));
        const QString id = submitted.first().first().toString();
        QTRY_VERIFY_WITH_TIMEOUT(view.model()->rowOf(id) >= 0, 10000);
        view.selectJob(id);
        QTRY_COMPARE_WITH_TIMEOUT(session->job(id).state, JobState::Held, 30000);
        // the state column says why, once
        QTRY_COMPARE(view.model()->index(view.model()->rowOf(id), ui::JobListModel::State).data().toString(),
                     u"Held by you"_s);
        QTRY_VERIFY(view.action(u"releaseJob"_s)->isEnabled());
        QVERIFY(!view.action(u"holdJob"_s)->isEnabled()); // held already
        QVERIFY(view.action(u"cancelJob"_s)->isEnabled());
        shoot(&view, u"jobs-held"_s);

        view.action(u"releaseJob"_s)->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(session->job(id).state, JobState::Running, 30000);
        QTRY_VERIFY(!view.action(u"releaseJob"_s)->isEnabled());
        QVERIFY(!view.action(u"holdJob"_s)->isEnabled()); // running: nothing to hold back
        QVERIFY(view.messageText().isEmpty());

        // Resubmit: New job with what was submitted, not held this time
        QSignalSpy again(&view, &ui::JobsView::newJobRequested);
        QVERIFY(view.action(u"resubmitJob"_s)->isEnabled());
        view.action(u"resubmitJob"_s)->trigger();
        QCOMPARE(again.size(), 1);
        const auto resubmitted = again.first().first().value<jobs::JobRequest>();
        QCOMPARE(resubmitted.script, request.script);
        QCOMPARE(resubmitted.name, request.name);
        QVERIFY(!resubmitted.hold);

        // Make template: named by the user, then in the library New job reads
        const QString templateName = u"Released sleeper %1"_s.arg(id);
        ui::Dialogs::setNextText(templateName);
        view.action(u"makeTemplate"_s)->trigger();
        QVERIFY2(view.messageText().contains(templateName), qPrintable(view.messageText()));
        const jobs::TemplateLibrary library;
        std::optional<jobs::JobTemplate> made;
        for (const jobs::JobTemplate &t : library.scan().templates)
            if (t.name == templateName)
                made = t;
        QVERIFY(made.has_value());
        QVERIFY(made->id.startsWith(u"user/"_s));
        QVERIFY(made->script.contains(u"sleep 600"_s));
        QVERIFY(QDir(jobs::TemplateLibrary::defaultUserRoot() + u'/' + made->id.mid(5)).removeRecursively());

        // Open output folder: the job's output is in the storage's top folder (where the cluster mounts it)
        QSignalSpy folder(&view, &ui::JobsView::storageFolderRequested);
        QVERIFY(view.action(u"openOutputFolder"_s)->isEnabled());
        view.action(u"openOutputFolder"_s)->trigger();
        QCOMPARE(folder.size(), 1);
        QCOMPARE(folder.first().first().toString(),
                 session->storagePathFor(session->job(id).standardOutput.section(u'/', 0, -2)));
        QVERIFY(session->job(id).standardOutput.startsWith(m_facility.storage().dataDir() + u'/'));

        ui::Dialogs::setNextConfirm(true);
        view.cancelSelected();
        QTRY_COMPARE_WITH_TIMEOUT(session->job(id).state, JobState::Cancelled, 30000);
    }

    void aRestartedClientFindsItsJobs()
    {
        // the same journal, a new session: the jobs are there before the scheduler is asked
        QWidget window;
        jobs::JobsSession *session = newSession(&window);
        QTRY_VERIFY_WITH_TIMEOUT(session->jobs().size() >= 2, 10000);
        bool completed = false, cancelled = false;
        for (const jobs::BatchJob &j : session->jobs()) {
            completed = completed || (j.name == u"gui-run"_s && j.state == JobState::Completed);
            cancelled = cancelled || (j.name == u"to-cancel"_s && j.state == JobState::Cancelled);
        }
        QVERIFY(completed && cancelled);
        QVERIFY(session->requestOf(session->jobs().constLast().id).has_value());
    }
};

QTEST_MAIN(TestGuiJobs)
#include "tst_gui_jobs.moc"
