#include "catalogue/PagedListingModel.h"

#include "support/Logging.h"

namespace daas::catalogue {

PagedListingModel::PagedListingModel(std::unique_ptr<Listing> listing, QObject *parent)
    : QAbstractTableModel(parent)
    , m_listing(std::move(listing))
    , m_headers(m_listing->headers()) // columnCount() runs for every index: no translating there
{}

PagedListingModel::~PagedListingModel() = default;

int PagedListingModel::pageSize() const
{
    return std::max(1, std::min(m_pageSize, m_listing->maxPageSize()));
}

void PagedListingModel::setPageSize(int rows)
{
    if (rows == m_pageSize)
        return;
    m_pageSize = std::max(1, rows);
    forgetPages();
}

void PagedListingModel::setMaxPages(int pages)
{
    m_maxPages = std::max(1, pages);
    evictLeastRecentlyUsed();
}

void PagedListingModel::evictLeastRecentlyUsed()
{
    while (m_pages.size() > m_maxPages) {
        auto oldest = std::min_element(m_pages.begin(), m_pages.end(),
                                       [](const Page &a, const Page &b) { return a.lastUsed < b.lastUsed; });
        m_pages.erase(oldest);
    }
}

void PagedListingModel::setFilter(const QString &filter)
{
    m_filter = filter;
    reload();
}

void PagedListingModel::forgetPages()
{
    ++m_pageGeneration;
    m_pages.clear();
    m_inFlight.clear();
    m_failed.clear();
    // the view asks again for what it shows: with the new filter or page size
    if (m_rows > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void PagedListingModel::reload()
{
    const quint64 generation = ++m_countGeneration;
    m_counting = true;
    forgetPages();
    m_listing->count(this, m_filter, [this, generation](const Result<qint64> &r) {
        if (generation != m_countGeneration)
            return;
        m_counting = false;
        if (!r) {
            Q_EMIT errorOccurred(r.error());
            return;
        }
        // pages that arrived meanwhile were asked for with this filter: they stay
        beginResetModel();
        m_rows = r.value();
        endResetModel();
        Q_EMIT countChanged(m_rows);
    });
}

int PagedListingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(std::min<qint64>(m_rows, std::numeric_limits<int>::max()));
}

int PagedListingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant PagedListingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return m_headers.value(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

QVariant PagedListingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int size = pageSize();
    const int page = index.row() / size;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        const bool failed = m_failed.contains(page);
        if (!failed) {
            requestPage(page);
            readAheadAfter(page);
        }
        if (role == Qt::DisplayRole && index.column() == 0)
            return failed ? tr("Not loaded") : tr("Loading…");
        if (role == LoadedRole)
            return false;
        return {};
    }
    it->lastUsed = ++m_clock;
    readAheadAfter(page);
    const int offset = index.row() % size;
    if (offset >= it->answer.size())
        return {}; // the listing shrank on the server since the count: shown empty until the next reload
    const Listing::Row &row = rowOf(*it, offset);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return row.display.value(index.column());
    case IdRole:
        return row.id;
    case LoadedRole:
        return true;
    case EntityRole:
        return row.entity;
    case SortRole:
        return row.sortKeys.value(index.column(), row.display.value(index.column()));
    default:
        return {};
    }
}

const Listing::Row &PagedListingModel::rowOf(Page &page, int offset) const
{
    std::optional<Listing::Row> &row = page.rows[offset];
    if (!row)
        row = m_listing->row(page.answer.at(offset));
    return *row;
}

void PagedListingModel::requestPage(int page) const
{
    if (m_inFlight.contains(page))
        return;
    m_inFlight.insert(page);
    ++m_pagesRequested;
    const quint64 generation = m_pageGeneration;
    // data() is const, but fetching what it was asked for is the model's whole purpose
    auto *self = const_cast<PagedListingModel *>(this);
    const int size = pageSize();
    qCDebug(lcIcat) << "requesting page" << page << "of" << size << "rows";
    m_listing->page(
        self, m_filter, qint64(page) * size, size,
        [self, page, generation](const Result<QJsonArray> &r) { self->pageArrived(page, generation, r); });
}

void PagedListingModel::readAheadAfter(int page) const
{
    const int size = pageSize();
    for (int next = page + 1; next <= page + m_readAhead && qint64(next) * size < m_rows; ++next) {
        if (!m_pages.contains(next) && !m_failed.contains(next))
            requestPage(next);
    }
}

void PagedListingModel::pageArrived(int page, quint64 generation, const Result<QJsonArray> &r)
{
    if (generation != m_pageGeneration)
        return;
    m_inFlight.remove(page);
    const int size = pageSize();
    const int first = page * size;
    const int last = int(std::min<qint64>(qint64(first) + size, m_rows)) - 1;
    if (!r) {
        m_failed.insert(page);
        if (last >= first)
            Q_EMIT dataChanged(index(first, 0), index(last, columnCount() - 1));
        Q_EMIT errorOccurred(r.error());
        return;
    }
    Page loaded;
    loaded.answer = r.value();
    loaded.rows.resize(loaded.answer.size());
    loaded.lastUsed = ++m_clock;
    m_pages.insert(page, std::move(loaded));
    evictLeastRecentlyUsed();
    if (last >= first)
        Q_EMIT dataChanged(index(first, 0), index(last, columnCount() - 1));
    Q_EMIT pageLoaded(page);
}

} // namespace daas::catalogue
