#pragma once

// Steps the catalogue suites share: sign in to the ICAT/IDS emulator, find a dataset through the client's
// own models, run a DownloadJob to its end.

#include "IcatEmulatorProcess.h"
#include "LocalFiles.h"
#include "catalogue/CatalogueListings.h"
#include "catalogue/CatalogueModels.h"
#include "catalogue/IdsTransfers.h"
#include "identity/Account.h"
#include "identity/IcatSession.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace daas::testing {

inline std::unique_ptr<identity::Account> signedIn(const IcatEmulatorProcess &emulator, const QString &user,
                                                   const QString &password)
{
    auto account = std::make_unique<identity::Account>(emulator.profile());
    identity::IcatSession *s = account->icat();
    QSignalSpy props(s, &identity::IcatSession::propertiesLoaded);
    s->loadProperties();
    if (!props.wait(10000))
        return nullptr;
    QSignalSpy in(s, &identity::IcatSession::signedIn);
    s->login(QStringLiteral("simple"),
             {{QStringLiteral("username"), user}, {QStringLiteral("password"), password}});
    if (!in.wait(10000))
        return nullptr;
    return account;
}

inline bool loaded(catalogue::PagedListingModel *m, int row)
{
    return m->data(m->index(row, 0), catalogue::PagedListingModel::LoadedRole).toBool();
}

// the id of the first row whose first column is `text`, after loading the first page
inline qint64 idOf(catalogue::PagedListingModel *m, const QString &text)
{
    for (int r = 0; r < m->rowCount(); ++r) {
        if (!QTest::qWaitFor([&] { return loaded(m, r); }, 10000))
            return 0;
        if (m->index(r, 0).data().toString() == text)
            return m->index(r, 0).data(catalogue::PagedListingModel::IdRole).toLongLong();
    }
    return 0;
}

inline qint64 datasetId(identity::Account *a, const QString &investigationFilter, const QString &dataset)
{
    auto *inv = catalogue::makeInvestigationsModel(a->icat(), a);
    inv->setFilter(investigationFilter);
    if (!QTest::qWaitFor([&] { return inv->rowCount() > 0; }, 10000) ||
        !QTest::qWaitFor([&] { return loaded(inv, 0); }, 10000))
        return 0;
    auto *ds = catalogue::makeDatasetsModel(
        a->icat(), inv->index(0, 0).data(catalogue::PagedListingModel::IdRole).toLongLong(), a);
    ds->reload();
    if (!QTest::qWaitFor([&] { return ds->rowCount() > 0; }, 10000))
        return 0;
    return idOf(ds, dataset);
}

// runs the job to its end (at most `waitMs`); `result` is what it finished with
inline std::unique_ptr<catalogue::DownloadJob> download(identity::Account *a,
                                                        catalogue::DownloadJob::Target t, const QString &dir,
                                                        Error &result, int waitMs = 60000)
{
    auto job = std::make_unique<catalogue::DownloadJob>(a, t, dir);
    QSignalSpy done(job.get(), &catalogue::DownloadJob::finished);
    job->start();
    if (done.isEmpty() && !done.wait(waitMs)) {
        result = Error(Error::Kind::Timeout, QStringLiteral("test: no finish"));
        return job;
    }
    result = done.first().first().value<Error>();
    return job;
}

} // namespace daas::testing
