// Slurm's JSON: slurmrestd answers (jobs, partitions, submit, openapi versions, errors and warnings) and
// `squeue --json` / `sacct --json` over SSH (jobs/SlurmRestDocuments, jobs/SlurmSshParsers).
#include "FuzzSupport.h"

#include "jobs/SlurmRestDocuments.h"
#include "jobs/SlurmSshParsers.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;
using namespace daas::jobs;

DAAS_FUZZ_INITIALISE

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = daas::fuzz::bytes(data, size);
    (void)SlurmRest::parseJobs(body);
    (void)SlurmRest::parsePartitions(body);
    (void)SlurmRest::parseSubmit(body);
    const auto object = SlurmRest::parseObject(body, u"fuzz"_s);
    if (object) {
        (void)SlurmRest::chooseVersion(*object);
        (void)SlurmRest::messages(*object);
        (void)SlurmRest::cancelRefusal(*object);
        for (const QJsonValue &job : object->value(u"jobs"_s).toArray()) {
            (void)SlurmRest::jobFromJson(job.toObject());
            (void)SlurmRest::number(job.toObject().value(u"time_limit"_s));
        }
    }
    (void)SlurmSsh::parseJson(body);
    return 0;
}
