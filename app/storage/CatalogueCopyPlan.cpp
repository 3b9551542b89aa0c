#include "storage/CatalogueCopyPlan.h"

#include "catalogue/CatalogueQueries.h"
#include "catalogue/Entities.h"
#include "catalogue/IcatSearch.h"
#include "identity/Account.h"
#include "storage/DavPath.h"
#include "storage/StorageSession.h"
#include "support/SafePath.h"

#include <QPointer>
#include <QSet>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace daas::storage {

namespace {

// rows per ICAT search: far below maxEntities (10,000 in the example configuration)
constexpr qint64 pageSize = 1000;

// The listing, one request at a time, on the context's thread; deletes itself when done.
class PlanWalk : public QObject
{
    Q_DECLARE_TR_FUNCTIONS(daas::storage::CatalogueCopyPlan)
public:
    PlanWalk(identity::Account *account, QList<qint64> datasets, QList<qint64> datafiles, QObject *context,
             std::function<void(const Result<CatalogueCopyPlan> &)> then)
        : QObject(context)
        , m_account(account)
        , m_datasets(std::move(datasets))
        , m_datafiles(std::move(datafiles))
        , m_context(context)
        , m_then(std::move(then))
    {}

    CatalogueCopyPlan plan;

    void next()
    {
        if (!m_datafiles.isEmpty())
            return single(m_datafiles.takeFirst());
        if (!m_datasets.isEmpty())
            return dataset(m_datasets.takeFirst());
        std::sort(plan.folders.begin(), plan.folders.end(), [](const QString &a, const QString &b) {
            const qsizetype da = a.count(u'/'), db = b.count(u'/');
            return da < db || (da == db && a < b);
        });
        plan.folders.removeDuplicates();
        done(plan);
    }

private:
    void done(const Result<CatalogueCopyPlan> &result)
    {
        if (m_context)
            m_then(result);
        deleteLater();
    }

    void add(const catalogue::Datafile &f, const QString &folder, const QString &relative,
             const QString &shown)
    {
        if (f.fileSize < 0) {
            plan.leftOut << Error(Error::Kind::Unsupported,
                                  tr("“%1” has no size in the catalogue, so it cannot be streamed into the "
                                     "storage; download it instead.")
                                      .arg(shown),
                                  u"datafile %1 without fileSize"_s.arg(f.id));
            return;
        }
        const Result<QString> path = davpath::checked(davpath::join(folder, relative));
        if (!path || path.value() == folder) {
            plan.leftOut << Error(
                Error::Kind::UnsafePath,
                tr("“%1” was not copied: its name cannot be used in the storage.").arg(shown),
                u"datafile %1: %2"_s.arg(f.id).arg(path ? u"empty"_s : path.error().userText()));
            return;
        }
        // folders inside the name ("raw/MAR25123.nxs") are made like the dataset's own
        for (QString p = davpath::parentOf(path.value()); p.size() > folder.size(); p = davpath::parentOf(p))
            plan.folders << p;
        plan.files.append({CatalogueOrigin{f.id, f.name, f.fileSize, f.checksum, f.modTime}, path.value()});
    }

    void single(qint64 id)
    {
        catalogue::icatGet(m_account->icat(), this, u"Datafile"_s, id,
                           [this, id](const Result<QJsonObject> &r) {
                               if (!r)
                                   return done(r.error().prefixed(
                                       tr("The datafile %1 could not be read from the catalogue").arg(id)));
                               const catalogue::Datafile f = catalogue::Datafile::fromJson(r.value());
                               // chosen on its own: into the folder, under the last part of its name
                               add(f, plan.folder, f.name.section(u'/', -1), f.name);
                               next();
                           });
    }

    void dataset(qint64 id)
    {
        catalogue::icatGet(
            m_account->icat(), this, u"Dataset"_s, id, [this, id](const Result<QJsonObject> &r) {
                if (!r)
                    return done(r.error().prefixed(
                        tr("The dataset %1 could not be read from the catalogue").arg(id)));
                const catalogue::Dataset ds = catalogue::Dataset::fromJson(r.value());
                // the dataset's name is one folder: "a/b" is not a path the catalogue meant
                const Result<QString> name = support::checkedFileName(ds.name);
                if (!name) {
                    plan.leftOut << Error(
                        Error::Kind::UnsafePath,
                        tr("The dataset “%1” was not copied: its name cannot be used as a folder "
                           "name in the storage.")
                            .arg(ds.name),
                        u"dataset %1: %2"_s.arg(id).arg(name.error().userText()));
                    return next();
                }
                ++plan.datasets;
                const QString folder = davpath::join(plan.folder, name.value());
                plan.folders << folder;
                page(ds, folder, 0);
            });
    }

    void page(const catalogue::Dataset &ds, const QString &folder, qint64 offset)
    {
        catalogue::icatSearch(
            m_account->icat(), this, catalogue::queries::datafiles(ds.id, {}, offset, pageSize),
            [this, ds, folder, offset](const Result<QJsonArray> &r) {
                if (!r)
                    return done(r.error().prefixed(
                        tr("The files of the dataset “%1” could not be listed").arg(ds.name)));
                for (const QJsonValue &row : r.value()) {
                    const catalogue::Datafile f =
                        catalogue::Datafile::fromJson(row.toObject().value(u"Datafile"_s).toObject());
                    add(f, folder, f.name, ds.name + u'/' + f.name);
                }
                if (r->size() < pageSize)
                    return next();
                page(ds, folder, offset + pageSize);
            });
    }

    identity::Account *m_account;
    QList<qint64> m_datasets;
    QList<qint64> m_datafiles;
    QPointer<QObject> m_context;
    std::function<void(const Result<CatalogueCopyPlan> &)> m_then;
};

} // namespace

qint64 CatalogueCopyPlan::totalBytes() const
{
    qint64 sum = 0;
    for (const auto &[origin, path] : files)
        sum += std::max<qint64>(0, origin.size);
    return sum;
}

void CatalogueCopyPlan::make(identity::Account *account, const QList<qint64> &datasetIds,
                             const QList<qint64> &datafileIds, const QString &folder, QObject *context,
                             std::function<void(const Result<CatalogueCopyPlan> &)> then)
{
    const Result<QString> target = davpath::checked(folder);
    if (!target) {
        const Error error(
            Error::Kind::InvalidInput,
            PlanWalk::tr("The storage folder “%1” cannot be used: %2").arg(folder, target.error().userText()),
            target.error().detail());
        // answered later, as every other outcome is
        QTimer::singleShot(0, context, [then = std::move(then), error] { then(error); });
        return;
    }
    auto *walk = new PlanWalk(account, datasetIds, datafileIds, context, std::move(then));
    walk->plan.folder = target.value();
    walk->plan.folders = StorageSession::stepsTo(target.value());
    walk->next();
}

} // namespace daas::storage
