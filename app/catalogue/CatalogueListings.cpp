#include "catalogue/CatalogueListings.h"

#include "catalogue/CatalogueQueries.h"
#include "catalogue/Entities.h"
#include "catalogue/IcatSearch.h"
#include "identity/IcatSession.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace daas::catalogue {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("daas::catalogue", text);
}

QString date(const QDateTime &dt)
{
    return dt.isValid() ? QLocale().toString(dt.toLocalTime().date(), QLocale::ShortFormat) : QString();
}

QString number(qint64 n)
{
    return n < 0 ? QString() : QLocale().toString(n);
}

// The page sizes ICAT is asked for never exceed its maxEntities (from /icat/properties)
qint64 clampPage(identity::IcatSession *s, qint64 count)
{
    return std::min<qint64>(count, std::max(1, s->properties().maxEntities));
}

class SessionListing : public Listing
{
public:
    explicit SessionListing(identity::IcatSession *session)
        : m_session(session)
    {}
    void count(QObject *context, const QString &filter,
               std::function<void(const Result<qint64> &)> done) override
    {
        icatCount(m_session, context, countQuery(filter), std::move(done));
    }
    void page(QObject *context, const QString &filter, qint64 offset, qint64 n,
              std::function<void(const Result<QJsonArray> &)> done) override
    {
        icatSearch(m_session, context, pageQuery(filter, offset, clampPage(m_session, n)), std::move(done));
    }

protected:
    virtual QString countQuery(const QString &filter) const = 0;
    virtual QString pageQuery(const QString &filter, qint64 offset, qint64 n) const = 0;
    identity::IcatSession *m_session;
};

class InvestigationsListing : public SessionListing
{
public:
    using SessionListing::SessionListing;
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

class DatasetsListing : public SessionListing
{
public:
    DatasetsListing(identity::IcatSession *s, qint64 investigationId)
        : SessionListing(s)
        , m_id(investigationId)
    {}
    QStringList headers() const override
    {
        return {tr("Dataset"), tr("Type"), tr("Start"), tr("Size"), tr("Files")};
    }
    QString countQuery(const QString &f) const override { return queries::countDatasets(m_id, f); }
    QString pageQuery(const QString &f, qint64 o, qint64 n) const override
    {
        return queries::datasets(m_id, f, o, n);
    }
    Row row(const QJsonValue &v) const override
    {
        const Dataset d = Dataset::fromJson(v.toObject().value(u"Dataset"_s).toObject());
        return {d.id,
                {d.name, d.type, date(d.startDate), formatSize(d.fileSize), number(d.fileCount)},
                {d.name, d.type, d.startDate, d.fileSize, d.fileCount},
                QVariant::fromValue(d)};
    }

private:
    qint64 m_id;
};

class DatafilesListing : public SessionListing
{
public:
    DatafilesListing(identity::IcatSession *s, qint64 datasetId)
        : SessionListing(s)
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

PagedListingModel *makeInvestigationsModel(identity::IcatSession *session, QObject *parent)
{
    return new PagedListingModel(std::make_unique<InvestigationsListing>(session), parent);
}

PagedListingModel *makeDatasetsModel(identity::IcatSession *session, qint64 investigationId, QObject *parent)
{
    return new PagedListingModel(std::make_unique<DatasetsListing>(session, investigationId), parent);
}

PagedListingModel *makeDatafilesModel(identity::IcatSession *session, qint64 datasetId, QObject *parent)
{
    return new PagedListingModel(std::make_unique<DatafilesListing>(session, datasetId), parent);
}

} // namespace daas::catalogue
