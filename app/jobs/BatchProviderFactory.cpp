#include "jobs/JobsSession.h"

#include "facility/FacilityProfile.h"
#include "identity/Account.h"

using namespace Qt::StringLiterals;

namespace daas::jobs {

Result<BatchProvider *> JobsSession::createProvider(identity::Account *account, QObject *parent)
{
    Q_UNUSED(parent);
    const facility::FacilityProfile &profile = account->profile();
    if (profile.batchType.isEmpty() || !profile.batchUrl.isValid())
        return Error(Error::Kind::Unsupported, tr("This facility offers no batch cluster."));
    return Error(Error::Kind::Unsupported,
                 tr("This client cannot reach a %1 cluster yet.").arg(profile.batchType));
}

} // namespace daas::jobs
