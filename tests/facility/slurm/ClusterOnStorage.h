#pragma once

// A facility whose cluster mounts the user's storage, as the demo facility and SCARF do: a real Apache
// mod_dav serves the storage and a real Slurm 24.11 runs its jobs in the folder Apache serves, so a job's
// output is read over WebDAV while it is written. Its profile names both (the catalogue answers nothing).
// Header-only: the suites that use it link daas_test_facility (Apache) and daas_test_slurm.

#include "SlurmCluster.h"
#include "dav/DavServer.h"

#include <QJsonObject>

#include <memory>

namespace daas::testing {

class ClusterOnStorage
{
public:
    // What did not start, or empty when both run and the cluster gave a token.
    QString start()
    {
        using namespace Qt::StringLiterals;
        if (!m_storage.start())
            return u"Apache: "_s + m_storage.errorLog();
        SlurmCluster::Options options;
        options.workDir = m_storage.dataDir();
        m_cluster = std::make_unique<SlurmCluster>(options);
        if (!m_cluster->start())
            return u"Slurm: "_s + m_cluster->errorText();
        m_token = m_cluster->token(3600);
        return m_token.isEmpty() ? u"Slurm gave no token"_s : QString();
    }

    void stop()
    {
        if (m_cluster)
            m_cluster->stop();
    }

    ApacheDavServer &storage() { return m_storage; }
    SlurmCluster &cluster() { return *m_cluster; }
    // A token for the REST API, valid for an hour.
    QString token() const { return m_token; }

    // The facility profile (as a file or a profile archive holds it) with this storage and this cluster.
    QJsonObject profile(const QString &id, const QString &name) const
    {
        using namespace Qt::StringLiterals;
        return {{u"id"_s, id},
                {u"name"_s, name},
                {u"icat"_s, QJsonObject{{u"url"_s, u"http://127.0.0.1:9/icat"_s}}},
                {u"ids"_s, QJsonObject{{u"url"_s, u"http://127.0.0.1:9/ids"_s}}},
                {u"storage"_s, QJsonObject{{u"url"_s, m_storage.rootUrl().toString()}}},
                {u"batch"_s, QJsonObject{{u"type"_s, u"slurm-rest"_s},
                                         {u"url"_s, m_cluster->restUrl().toString()},
                                         {u"storageMount"_s, m_storage.dataDir()}}}};
    }

private:
    ApacheDavServer m_storage;
    std::unique_ptr<SlurmCluster> m_cluster;
    QString m_token;
};

} // namespace daas::testing
