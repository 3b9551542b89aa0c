// A network thread still leaving when the process exits (support/TlsLibrary.h), under ASan's leak check
// (built with the asan preset only: elsewhere nothing would check the exit). tls_exit_probe makes the race
// certain; without leaveTlsLibraryToProcessEnd() the thread's OpenSSL state is reported as leaked, which
// shows the probe meets the race the `daas` tool met under load.
#include <QProcess>
#include <QTest>

class TlsExit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void threadLeavingAtExit_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("leakReported");
        QTest::newRow("left to the process end")
            << QStringList{QStringLiteral("--leave-to-process-end")} << false;
        QTest::newRow("OpenSSL's clean-up at exit") << QStringList{} << true;
    }

    void threadLeavingAtExit()
    {
        QFETCH(QStringList, arguments);
        QFETCH(bool, leakReported);
        QProcess probe;
        // the leak check on, whatever the stage chose for the suites (the test command's ASan stage has it
        // off)
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ASAN_OPTIONS"),
                   env.value(QStringLiteral("ASAN_OPTIONS")) + QStringLiteral(":detect_leaks=1"));
        probe.setProcessEnvironment(env);
        probe.start(QStringLiteral(DAAS_TLS_EXIT_PROBE), arguments);
        QVERIFY2(probe.waitForFinished(120'000), qPrintable(probe.errorString()));
        const QByteArray errors = probe.readAllStandardError();
        QCOMPARE(probe.exitStatus(), QProcess::NormalExit);
        QCOMPARE(errors.contains("LeakSanitizer: detected memory leaks"), leakReported);
        if (leakReported)
            QVERIFY2(errors.contains("libcrypto"), errors.constData()); // the thread's OpenSSL state
        else
            QVERIFY2(probe.exitCode() == 0, errors.constData());
    }
};

QTEST_GUILESS_MAIN(TlsExit)
#include "tst_support_tls_exit.moc"
