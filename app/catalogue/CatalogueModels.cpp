#include "catalogue/CatalogueModels.h"

#include "catalogue/CatalogueQueries.h"
#include "catalogue/Entities.h"
#include "catalogue/IcatSearch.h"
#include "identity/IcatSession.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace daas::catalogue {

namespace {

QString date(const QDateTime &dt)
{
    // one zone for every row: toLocalTime() asks the C library, which reads /etc/localtime's status each time
    static const QTimeZone local = QTimeZone::systemTimeZone();
    return dt.isValid() ? QLocale().toString(dt.toTimeZone(local).date(), QLocale::ShortFormat) : QString();
}

QString number(qint64 n)
{
    return n < 0 ? QString() : QLocale().toString(n);
}

// One level of the catalogue as ICAT queries: the subclasses only say which query and which cells.
class IcatListing : public Listing
{
public:
    explicit IcatListing(identity::IcatSession *session)
        : m_session(session)
    {}
    int maxPageSize() const override { return std::max(1, m_session->properties().maxEntities); }
    void count(QObject *context, const QString &filter,
               std::function<void(const Result<qint64> &)> done) override
    {
        icatCount(m_session, context, countQuery(filter), std::move(done));
    }
    void page(QObject *context, const QString &filter, qint64 offset, qint64 n,
              std::function<void(const Result<QJsonArray> &)> done) override
    {
        icatSearch(m_session, context, pageQuery(filter, offset, n), std::move(done));
    }

protected:
    virtual QString countQuery(const QString &filter) const = 0;
    virtual QString pageQuery(const QString &filter, qint64 offset, qint64 n) const = 0;
    identity::IcatSession *m_session;
};

class InvestigationsListing : public IcatListing
{
    Q_DECLARE_TR_FUNCTIONS(daas::catalogue::InvestigationsListing)

public:
    using IcatListing::IcatListing;
    QStringList headers() const override
    {
        return {tr("Experiment"), tr("Title"), tr("Instrument"), tr("Start"),
                tr("End"),        tr("Size"),  tr("Files")};
    }
    QString countQuery(const QString &f) const override { return queries::countMyInvestigations(f); }
    QString pageQuery(const QString &f, qint64 o, qint64 n) const override
    {
        return queries::myInvestigations(f, o, n);
    }
    Row row(const QJsonValue &v) const override
    {
        const Investigation i = Investigation::fromJson(v.toObject().value(u"Investigation"_s).toObject());
        return {
            i.id,
            {i.reference(), i.title, i.instruments.join(u", "_s), date(i.startDate), date(i.endDate),
             formatSize(i.fileSize), number(i.fileCount)},
            {i.name, i.title, i.instruments.join(u", "_s), i.startDate, i.endDate, i.fileSize, i.fileCount},
            QVariant::fromValue(i)};
    }
};

class DatasetsListing : public IcatListing
{
    Q_DECLARE_TR_FUNCTIONS(daas::catalogue::DatasetsListing)

public:
    DatasetsListing(identity::IcatSession *s, qint64 investigationId)
        : IcatListing(s)
        , m_id(investigationId)
    {}
    QStringList headers() const override
    {
        return {tr("Dataset"), tr("Type"), tr("Start"), tr("Size"), tr("Files"), tr("End")};
    }
    QString countQuery(const QString &f) const override { return queries::countDatasets(m_id, f); }
    QString pageQuery(const QString &f, qint64 o, qint64 n) const override
    {
        return queries::datasets(m_id, f, o, n);
    }
    Row row(const QJsonValue &v) const override
    {
        const Dataset d = Dataset::fromJson(v.toObject().value(u"Dataset"_s).toObject());
        return {
            d.id,
            {d.name, d.type, date(d.startDate), formatSize(d.fileSize), number(d.fileCount), date(d.endDate)},
            {d.name, d.type, d.startDate, d.fileSize, d.fileCount, d.endDate},
            QVariant::fromValue(d)};
    }

private:
    qint64 m_id;
};

class DatafilesListing : public IcatListing
{
    Q_DECLARE_TR_FUNCTIONS(daas::catalogue::DatafilesListing)

public:
    DatafilesListing(identity::IcatSession *s, qint64 datasetId)
        : IcatListing(s)
        , m_id(datasetId)
    {}
    QStringList headers() const override { return {tr("File"), tr("Format"), tr("Size"), tr("Modified")}; }
    QString countQuery(const QString &f) const override { return queries::countDatafiles(m_id, f); }
    QString pageQuery(const QString &f, qint64 o, qint64 n) const override
    {
        return queries::datafiles(m_id, f, o, n);
    }
    Row row(const QJsonValue &v) const override
    {
        const Datafile d = Datafile::fromJson(v.toObject().value(u"Datafile"_s).toObject());
        return {d.id,
                {d.name, d.format, formatSize(d.fileSize), date(d.modTime)},
                {d.name, d.format, d.fileSize, d.modTime},
                QVariant::fromValue(d)};
    }

private:
    qint64 m_id;
};

} // namespace

InvestigationsModel::InvestigationsModel(identity::IcatSession *session, QObject *parent)
    : PagedListingModel(std::make_unique<InvestigationsListing>(session), parent)
{
    setPageSize(50);
}

DatasetsModel::DatasetsModel(identity::IcatSession *session, qint64 investigationId, QObject *parent)
    : PagedListingModel(std::make_unique<DatasetsListing>(session, investigationId), parent)
    , m_investigationId(investigationId)
{
    setPageSize(100);
}

DatafilesModel::DatafilesModel(identity::IcatSession *session, qint64 datasetId, QObject *parent)
    : PagedListingModel(std::make_unique<DatafilesListing>(session, datasetId), parent)
    , m_datasetId(datasetId)
{
    setPageSize(500);
}

} // namespace daas::catalogue
