#include "catalogue/PagedListingModel.h"

#include "support/Logging.h"

#include <QPointer>

namespace daas::catalogue {

PagedListingModel::PagedListingModel(std::unique_ptr<Listing> listing, QObject *parent)
    : QAbstractTableModel(parent)
    , m_listing(std::move(listing))
{}

PagedListingModel::~PagedListingModel() = default;

void PagedListingModel::setFilter(const QString &filter)
{
    m_filter = filter;
    reload();
}

void PagedListingModel::reload()
{
    const quint64 generation = ++m_generation;
    m_counting = true;
    m_listing->count(this, m_filter, [this, generation](const Result<qint64> &r) {
        if (generation != m_generation)
            return;
        m_counting = false;
        if (!r) {
            Q_EMIT errorOccurred(r.error());
            return;
        }
        beginResetModel();
        m_rows = r.value();
        m_pages.clear();
        m_recent.clear();
        m_inFlight.clear();
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
    return parent.isValid() ? 0 : int(m_listing->headers().size());
}

QVariant PagedListingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return m_listing->headers().value(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

void PagedListingModel::touch(int page) const
{
    m_recent.removeOne(page);
    m_recent.append(page);
    while (m_recent.size() > m_maxPages)
        m_pages.remove(m_recent.takeFirst());
}

QVariant PagedListingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int page = index.row() / m_pageSize;
    auto it = m_pages.constFind(page);
    if (it == m_pages.cend()) {
        requestPage(page);
        if (role == Qt::DisplayRole && index.column() == 0)
            return tr("Loading…");
        if (role == LoadedRole)
            return false;
        return {};
    }
    const int offset = index.row() % m_pageSize;
    if (offset >= it->size())
        return {}; // the listing shrank on the server since the count: shown empty until the next reload
    const Listing::Row &row = it->at(offset);
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

void PagedListingModel::requestPage(int page) const
{
    if (m_inFlight.contains(page))
        return;
    m_inFlight.insert(page);
    ++m_pagesRequested;
    const quint64 generation = m_generation;
    auto *self = const_cast<PagedListingModel *>(this);
    m_listing->page(self, m_filter, qint64(page) * m_pageSize, m_pageSize,
                    [self, page, generation](const Result<QJsonArray> &r) {
                        if (generation != self->m_generation)
                            return;
                        self->m_inFlight.remove(page);
                        if (!r) {
                            Q_EMIT self->errorOccurred(r.error());
                            return;
                        }
                        QList<Listing::Row> rows;
                        rows.reserve(r->size());
                        for (const QJsonValue &v : r.value())
                            rows.append(self->m_listing->row(v));
                        self->m_pages.insert(page, rows);
                        self->touch(page);
                        const int first = page * self->m_pageSize;
                        const int last = int(std::min<qint64>(first + self->m_pageSize, self->m_rows)) - 1;
                        if (last >= first)
                            Q_EMIT self->dataChanged(self->index(first, 0),
                                                     self->index(last, self->columnCount() - 1));
                        Q_EMIT self->pageLoaded(page);
                    });
}

} // namespace daas::catalogue
