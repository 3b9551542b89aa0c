#include "jobs/JobsSession.h"

#include "facility/FacilityProfile.h"
#include "identity/Account.h"
#include "jobs/LsfSshProvider.h"
#include "jobs/SlurmSshProvider.h"

using namespace Qt::StringLiterals;

namespace daas::jobs {

Result<BatchProvider *> JobsSession::createProvider(identity::Account *account, QObject *parent)
{
    const facility::FacilityProfile &profile = account->profile();
    if (profile.batchType.isEmpty() || !profile.batchUrl.isValid())
        return Error(Error::Kind::Unsupported, tr("This facility offers no batch cluster."));
    if (profile.batchType == u"slurm-ssh"_s || profile.batchType == u"lsf-ssh"_s) {
        // ssh://[user@]login-node[:port]; without a user, the user's ssh configuration (or local name)
        // decides. The provider asks for a host key or a passphrase through its signals
        // (hostKeyDecisionNeeded, secretNeeded): whoever shows the jobs answers them.
        const std::optional<SshEndpoint> endpoint = SshEndpoint::fromUrl(profile.batchUrl);
        if (!endpoint)
            return Error(Error::Kind::InvalidInput,
                         tr("The facility's batch address %1 is not an ssh://user@host address.")
                             .arg(profile.batchUrl.toDisplayString()));
        if (profile.batchType == u"slurm-ssh"_s)
            return static_cast<BatchProvider *>(new SlurmSshProvider(*endpoint, {}, parent));
        return static_cast<BatchProvider *>(new LsfSshProvider(*endpoint, {}, parent));
    }
    return Error(Error::Kind::Unsupported,
                 tr("This client cannot reach a %1 cluster yet.").arg(profile.batchType));
}

} // namespace daas::jobs
