#include "jobs/JobsSession.h"
#include "support/Redaction.h"

#include "facility/FacilityProfile.h"
#include "identity/Account.h"
#include "jobs/LsfSshProvider.h"
#include "jobs/SlurmRestProvider.h"
#include "jobs/SlurmSshProvider.h"
#include "jobs/SlurmTokenSource.h"
#include "storage/StorageSession.h"

using namespace Qt::StringLiterals;

namespace daas::jobs {

namespace {

// Where a job runs when its request names no folder: "jobs" in the user's storage where the cluster mounts
// it.
QString defaultWorkingDirectory(identity::Account *account)
{
    const QString mount = JobsSession::resolvedStorageMount(account->profile().batchStorageMount,
                                                            storage::StorageSession::storeOwner(account));
    return mount.isEmpty() ? QString() : mount + u"/jobs"_s;
}

Result<BatchProvider *> slurmRest(identity::Account *account, QObject *parent)
{
    const facility::FacilityProfile &profile = account->profile();
    SlurmTokenSource *tokens = nullptr;
    if (profile.batchTokenUrl.isValid()) {
        tokens = new ServiceSlurmTokenSource(account, profile.batchTokenUrl);
    } else if (qEnvironmentVariableIsSet("DAAS_SLURM_TOKEN")) {
        // a token the user made on the cluster (`scontrol token`), for facilities without a token service
        tokens = new FixedSlurmTokenSource(qEnvironmentVariable("DAAS_SLURM_TOKEN"));
    } else {
        return Error(
            Error::Kind::Authentication,
            JobsSession::tr("This facility's cluster takes a Slurm token and names no token service: "
                            "make one on the cluster with 'scontrol token' and set DAAS_SLURM_TOKEN."));
    }
    SlurmRestProvider::Options options;
    options.url = profile.batchUrl;
    options.tlsTrust = account->tlsTrust();
    options.defaultWorkingDirectory = defaultWorkingDirectory(account);
    return static_cast<BatchProvider *>(new SlurmRestProvider(options, tokens, parent));
}

} // namespace

Result<BatchProvider *> JobsSession::createProvider(identity::Account *account, QObject *parent)
{
    const facility::FacilityProfile &profile = account->profile();
    if (profile.batchType.isEmpty() || !profile.batchUrl.isValid())
        return Error(Error::Kind::Unsupported, tr("This facility offers no batch cluster."));
    if (profile.batchType == u"slurm-rest"_s)
        return slurmRest(account, parent);
    if (profile.batchType == u"slurm-ssh"_s || profile.batchType == u"lsf-ssh"_s) {
        // ssh://[user@]login-node[:port]; without a user, the user's ssh configuration (or local name)
        // decides. The provider asks for a host key or a passphrase through its signals
        // (hostKeyDecisionNeeded, secretNeeded): whoever shows the jobs answers them.
        const std::optional<SshEndpoint> endpoint = SshEndpoint::fromUrl(profile.batchUrl);
        if (!endpoint)
            return Error(Error::Kind::InvalidInput,
                         tr("The facility's batch address %1 is not an ssh://user@host address.")
                             .arg(support::redacted(profile.batchUrl)));
        if (profile.batchType == u"slurm-ssh"_s)
            return static_cast<BatchProvider *>(new SlurmSshProvider(*endpoint, {}, parent));
        return static_cast<BatchProvider *>(new LsfSshProvider(*endpoint, {}, parent));
    }
    return Error(Error::Kind::Unsupported,
                 tr("This client cannot reach a %1 cluster yet.").arg(profile.batchType));
}

} // namespace daas::jobs
