#pragma once

// What every fuzz target shares: a QCoreApplication (tr(), QSaveFile's temp names) made once, logging off
// (a warning per input would cost more than the parsing), FreeRDP's too, and the input as Qt types.

#include <QByteArray>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QString>

#include <cstddef>
#include <cstdint>

namespace daas::fuzz {

inline void initialise()
{
    // FreeRDP logs each complaint about an input to stderr, and asks for the time zone from disk (stat,
    // realpath) for every settings object: both cost more than the parsing (99 inputs a second before)
    qputenv("WLOG_LEVEL", "OFF");
    qputenv("TZ", "UTC");
    static int argc = 1;
    static char name[] = "daas-fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("*=false"));
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &message) {
        // Q_ASSERT and qFatal still end the run (libFuzzer reports them as crashes)
        if (type == QtFatalMsg) {
            fprintf(stderr, "qFatal: %s\n", qPrintable(message));
            abort();
        }
    });
}

// The input as bytes, not copied (valid for one call of LLVMFuzzerTestOneInput).
inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace daas::fuzz

#define DAAS_FUZZ_INITIALISE                                                                                 \
    extern "C" int LLVMFuzzerInitialize(int *, char ***)                                                     \
    {                                                                                                        \
        daas::fuzz::initialise();                                                                            \
        return 0;                                                                                            \
    }
