// LSF's output over SSH: bjobs -json and -o wide text, bqueues, bsub's answer, and its times and states
// (jobs/LsfParsers).
#include "FuzzSupport.h"

#include "jobs/LsfParsers.h"

#include <QTimeZone>

using namespace daas::jobs;

DAAS_FUZZ_INITIALISE

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text = daas::fuzz::bytes(data, size);
    // a fixed "now": LSF writes times without a year
    static const QDateTime now(QDate(2026, 3, 1), QTime(12, 0), QTimeZone::UTC);
    (void)Lsf::parseJson(text, now);
    (void)Lsf::parseWide(text, now);
    (void)Lsf::parseQueues(text);
    (void)Lsf::parseSubmission(SshOutput{int(size % 3), text, text.left(size / 2)});
    const QString line = QString::fromUtf8(text.left(64));
    (void)Lsf::parseTime(line, now);
    (void)Lsf::jobState(line.left(8), line.mid(8));
    return 0;
}
