#include "storage/RemoteFolderModel.h"

#include "storage/DavPath.h"
#include "storage/WebDavClient.h"

#include <QLocale>

namespace daas::storage {

RemoteFolderModel::RemoteFolderModel(WebDavClient *client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
{}

RemoteFolderModel::~RemoteFolderModel()
{
    if (m_job)
        m_job->abort();
}

void RemoteFolderModel::setFolder(const QString &path)
{
    const Result<QString> checked = davpath::checked(path);
    if (!checked) {
        m_error = checked.error();
        Q_EMIT loadFailed(m_error);
        return;
    }
    m_folder = *checked;
    refresh();
}

void RemoteFolderModel::refresh()
{
    if (m_job) {
        disconnect(m_job, nullptr, this, nullptr);
        m_job->abort();
    }
    beginResetModel();
    m_rows.clear();
    m_self = DavResource();
    m_error = Error();
    m_refused.clear();
    endResetModel();
    DavJob *job = m_client->list(m_folder);
    m_job = job;
    connect(job, &DavJob::childrenArrived, this, &RemoteFolderModel::append);
    connect(job, &DavJob::finished, this, [this, job]() {
        m_job = nullptr;
        m_self = job->self();
        for (const MultistatusParser::Refused &r : job->refused())
            m_refused << Error::labelled(r.href.left(200), r.error.userText());
        Q_EMIT loadingChanged(false);
        if (job->error()) {
            m_error = job->error();
            Q_EMIT loadFailed(m_error);
            return;
        }
        Q_EMIT loaded();
    });
    Q_EMIT loadingChanged(true);
}

void RemoteFolderModel::append(const QList<DavResource> &more)
{
    if (more.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size() - 1));
    m_rows += more;
    endInsertRows();
}

int RemoteFolderModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RemoteFolderModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RemoteFolderModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const DavResource &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return r.name;
        case SizeColumn:
            return r.isCollection || r.size < 0 ? QVariant() : QVariant(QLocale().formattedDataSize(r.size));
        case ModifiedColumn:
            return r.lastModified.isValid()
                       ? QLocale().toString(r.lastModified.toLocalTime(), QLocale::ShortFormat)
                       : QVariant();
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return r.path;
    case ResourceRole:
        return QVariant::fromValue(r);
    case PathRole:
        return r.path;
    case IsFolderRole:
        return r.isCollection;
    case SortRole: {
        const QString prefix = r.isCollection ? QStringLiteral("0") : QStringLiteral("1");
        switch (index.column()) {
        case SizeColumn:
            return QString(prefix +
                           QStringLiteral("%1").arg(qMax<qint64>(0, r.size), 20, 10, QLatin1Char('0')));
        case ModifiedColumn:
            return QString(prefix + r.lastModified.toUTC().toString(Qt::ISODate));
        default:
            return QString(prefix + r.name.toLower());
        }
    }
    default:
        return {};
    }
}

QVariant RemoteFolderModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case SizeColumn:
        return tr("Size");
    case ModifiedColumn:
        return tr("Modified");
    default:
        return {};
    }
}

Qt::ItemFlags RemoteFolderModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
    if (m_rows.at(index.row()).isCollection)
        f |= Qt::ItemIsDropEnabled;
    return f;
}

} // namespace daas::storage
