#pragma once

#include "support/Error.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QSet>
#include <QVariant>

#include <functional>
#include <limits>
#include <memory>
#include <optional>

namespace daas::catalogue {

// A listing the server pages for us: how to count it, how to fetch one page, how to turn a row of the
// answer into cells. The three catalogue levels are three listings on the same engine.
class Listing
{
public:
    virtual ~Listing() = default;
    virtual QStringList headers() const = 0;
    // The largest page the server hands out (ICAT: maxEntities); the engine never asks for more.
    virtual int maxPageSize() const { return std::numeric_limits<int>::max(); }
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
// time data() touches one of its rows (the view only asks for what it shows), once: a page that failed is
// not asked for again until reload(). At most maxPages pages stay in memory, the least recently used
// evicted, so scrolling 100,000 rows never holds or fetches them all. Rows keep the server's order (the
// queries end their ORDER BY in the id), so the model does not sort. While a page is shown the next
// readAhead() pages are fetched too, so scrolling on finds its rows already there and the server works on the
// next page while this one is parsed.
class PagedListingModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Roles {
        IdRole = Qt::UserRole, // the entity's ICAT id (qint64), for drilling down and downloading
        LoadedRole,            // false while the row's page is on its way (or failed)
        EntityRole,            // the parsed Investigation / Dataset / Datafile
        SortRole,              // raw value of the cell: bytes, QDateTime, ...
    };

    explicit PagedListingModel(std::unique_ptr<Listing> listing, QObject *parent = nullptr);
    ~PagedListingModel() override;

    // Rows per request; capped by the listing's maxPageSize. Changing it drops the loaded pages.
    void setPageSize(int rows);
    int pageSize() const;
    void setMaxPages(int pages);
    int maxPages() const { return m_maxPages; }
    void setReadAhead(int pages) { m_readAhead = std::max(0, pages); }
    int readAhead() const { return m_readAhead; }
    // Filter changes reset the model and count again.
    void setFilter(const QString &filter);
    QString filter() const { return m_filter; }
    // Counts again and forgets every page (also the failed ones).
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
    // A page keeps the server's answer; a row's cells are made the first time the view shows it (a page of
    // 500 is parsed for the few dozen rows on screen, and turning dates and sizes into text costs as much
    // as the parsing).
    struct Page
    {
        QJsonArray answer;
        QList<std::optional<Listing::Row>> rows;
        quint64 lastUsed = 0;
    };
    const Listing::Row &rowOf(Page &page, int offset) const;
    void requestPage(int page) const;
    void readAheadAfter(int page) const;
    void pageArrived(int page, quint64 generation, const Result<QJsonArray> &result);
    void forgetPages();
    void evictLeastRecentlyUsed();

    std::unique_ptr<Listing> m_listing;
    QStringList m_headers;
    QString m_filter;
    qint64 m_rows = 0;
    int m_pageSize = 200;
    int m_maxPages = 24;
    int m_readAhead = 1;
    bool m_counting = false;
    quint64 m_countGeneration = 0; // a count for an earlier filter is dropped
    quint64 m_pageGeneration = 0;  // so is a page for an earlier filter or page size
    mutable QHash<int, Page> m_pages;
    mutable QSet<int> m_inFlight;
    mutable QSet<int> m_failed;
    mutable quint64 m_clock = 0;
    mutable int m_pagesRequested = 0;
};

} // namespace daas::catalogue
