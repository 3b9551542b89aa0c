// Slurm's text output over SSH: squeue's fixed format, scontrol show job, sacct --parsable2, sinfo, sbatch's
// answer and the version line (jobs/SlurmSshParsers).
#include "FuzzSupport.h"

#include "jobs/SlurmSshParsers.h"

using namespace daas::jobs;

DAAS_FUZZ_INITIALISE

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text = daas::fuzz::bytes(data, size);
    (void)SlurmSsh::parseFixed(text);
    (void)SlurmSsh::parseScontrolJob(text);
    (void)SlurmSsh::parseSacct(text);
    (void)SlurmSsh::parseSinfo(text);
    const QVersionNumber version = SlurmSsh::parseVersion(text);
    (void)SlurmSsh::listsJson(version);
    (void)SlurmSsh::knowsMe(version);
    (void)SlurmSsh::parseSubmission(SshOutput{int(size % 3), text, text.left(size / 2)});
    const QString line = QString::fromUtf8(text.left(64));
    (void)SlurmSsh::parseTime(line);
    (void)SlurmSsh::parseMinutes(line);
    return 0;
}
