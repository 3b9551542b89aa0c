#pragma once

#include "support/Error.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QSet>
#include <QVariant>

#include <functional>

namespace daas::catalogue {

// A listing the server pages for us: how to count it, how to fetch one page, how to turn a row of the
// answer into cells. The three catalogue levels are three listings on the same engine.
class Listing
{
public:
    virtual ~Listing() = default;
    virtual QStringList headers() const = 0;
    // Starts the COUNT; calls done exactly once (unless context dies).
    virtual void count(QObject *context, const QString &filter,
                       std::function<void(const Result<qint64> &)> done) = 0;
    virtual void page(QObject *context, const QString &filter, qint64 offset, qint64 count,
                      std::function<void(const Result<QJsonArray> &)> done) = 0;
    struct Row
    {
        qint64 id = 0;
        QVariantList display;  // one per header
        QVariantList sortKeys; // optional: raw values (sizes in bytes, dates) for tooltips and tests
        QVariant entity;       // the parsed entity, for the view's details
    };
    virtual Row row(const QJsonValue &value) const = 0;
};

// Lazy, sparse table model over a Listing: rowCount() is the server's COUNT; a page is fetched the first
// time data() touches one of its rows (the view only asks for what it shows), and at most maxPages pages
// stay in memory, least recently used evicted, so scrolling 100,000 rows never holds or fetches them all.
class PagedListingModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Roles { IdRole = Qt::UserRole + 1, LoadedRole, EntityRole, SortRole };

    explicit PagedListingModel(std::unique_ptr<Listing> listing, QObject *parent = nullptr);
    ~PagedListingModel() override;

    void setPageSize(int rows) { m_pageSize = rows; }
    int pageSize() const { return m_pageSize; }
    void setMaxPages(int pages) { m_maxPages = pages; }
    void setFilter(const QString &filter);
    QString filter() const { return m_filter; }
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // for tests and the benchmark
    int pagesInMemory() const { return int(m_pages.size()); }
    int pagesRequested() const { return m_pagesRequested; }
    bool isCounting() const { return m_counting; }

Q_SIGNALS:
    void countChanged(qint64 rows);
    void pageLoaded(int page);
    void errorOccurred(const daas::Error &error);

private:
    void requestPage(int page) const;
    void touch(int page) const;

    std::unique_ptr<Listing> m_listing;
    QString m_filter;
    qint64 m_rows = 0;
    int m_pageSize = 200;
    int m_maxPages = 24;
    bool m_counting = false;
    quint64 m_generation = 0; // answers to an earlier filter are dropped
    mutable QHash<int, QList<Listing::Row>> m_pages;
    mutable QList<int> m_recent; // most recent last
    mutable QSet<int> m_inFlight;
    mutable int m_pagesRequested = 0;
};

} // namespace daas::catalogue
