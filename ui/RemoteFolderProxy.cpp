#include "RemoteFolderProxy.h"
#include "ThemedIcon.h"

#include "storage/DavPath.h"
#include "storage/RemoteFolderModel.h"
#include "storage/WebDavClient.h" // RemoteFolderModel.h needs DavJob complete

#include <QFileInfo>
#include <QIcon>
#include <QMimeData>
#include <QMimeDatabase>

using daas::storage::RemoteFolderModel;

namespace daas::ui {

namespace {

const QStringList &dataSuffixes()
{
    // instrument and analysis data a facility's users keep: NeXus/HDF5, raw runs, NetCDF, FITS, NumPy, MATLAB
    static const QStringList s = {QStringLiteral("nxs"), QStringLiteral("h5"),   QStringLiteral("hdf5"),
                                  QStringLiteral("hdf"), QStringLiteral("raw"),  QStringLiteral("nc"),
                                  QStringLiteral("cdf"), QStringLiteral("fits"), QStringLiteral("npy"),
                                  QStringLiteral("npz"), QStringLiteral("mat"),  QStringLiteral("dat"),
                                  QStringLiteral("cbf"), QStringLiteral("edf"),  QStringLiteral("nxspe")};
    return s;
}

const QStringList &codeSuffixes()
{
    static const QStringList s = {QStringLiteral("py"),    QStringLiteral("ipynb"), QStringLiteral("sh"),
                                  QStringLiteral("c"),     QStringLiteral("cpp"),   QStringLiteral("h"),
                                  QStringLiteral("m"),     QStringLiteral("jl"),    QStringLiteral("r"),
                                  QStringLiteral("f90"),   QStringLiteral("js"),    QStringLiteral("java"),
                                  QStringLiteral("slurm"), QStringLiteral("sbatch")};
    return s;
}

// "run2" before "run10", "Zeta" after "analysis": digit runs compare as numbers, the rest without case. Done
// here rather than with QCollator's numeric mode, which the C locale (and Qt without ICU) ignores.
int naturalCompare(const QString &a, const QString &b, const QCollator &collator)
{
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        const bool digits = a.at(i).isDigit() && b.at(j).isDigit();
        qsizetype i2 = i;
        qsizetype j2 = j;
        while (i2 < a.size() && a.at(i2).isDigit() == digits)
            ++i2;
        while (j2 < b.size() && b.at(j2).isDigit() == digits)
            ++j2;
        QStringView x = QStringView(a).mid(i, i2 - i);
        QStringView y = QStringView(b).mid(j, j2 - j);
        if (digits) {
            while (x.size() > 1 && x.front() == u'0')
                x = x.mid(1);
            while (y.size() > 1 && y.front() == u'0')
                y = y.mid(1);
            if (x.size() != y.size())
                return x.size() < y.size() ? -1 : 1;
            if (const int c = x.compare(y))
                return c;
        } else if (const int c = collator.compare(x.toString().toCaseFolded(), y.toString().toCaseFolded())) {
            return c;
        }
        i = i2;
        j = j2;
    }
    if ((a.size() - i) != (b.size() - j))
        return (a.size() - i) < (b.size() - j) ? -1 : 1;
    return collator.compare(a, b);
}

} // namespace

QString RemoteFolderProxy::internalMimeType()
{
    return QStringLiteral("application/x-daas-dav-paths");
}

RemoteFolderProxy::RemoteFolderProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    setSortRole(RemoteFolderModel::SortRole);
}

QIcon RemoteFolderProxy::iconFor(const QString &name, bool isFolder)
{
    static const QIcon folder = themedIcon(QStringLiteral(":/icons/folder-item.svg"));
    static const QIcon file = themedIcon(QStringLiteral(":/icons/file.svg"));
    static const QIcon text = themedIcon(QStringLiteral(":/icons/file-text.svg"));
    static const QIcon code = themedIcon(QStringLiteral(":/icons/file-code.svg"));
    static const QIcon image = themedIcon(QStringLiteral(":/icons/file-image.svg"));
    static const QIcon archive = themedIcon(QStringLiteral(":/icons/file-archive.svg"));
    static const QIcon data = themedIcon(QStringLiteral(":/icons/file-data.svg"));
    if (isFolder)
        return folder;
    const QString suffix = QFileInfo(name).suffix().toLower();
    if (dataSuffixes().contains(suffix))
        return data;
    if (codeSuffixes().contains(suffix))
        return code;
    static const QMimeDatabase db;
    const QMimeType type = db.mimeTypeForFile(name, QMimeDatabase::MatchExtension);
    const QString mime = type.name();
    if (mime.startsWith(QLatin1String("image/")))
        return image;
    for (const char *a : {"application/zip", "application/x-tar", "application/gzip", "application/x-bzip",
                          "application/x-xz", "application/x-7z-compressed", "application/x-compressed-tar"})
        if (type.inherits(QString::fromLatin1(a)))
            return archive;
    if (type.inherits(QStringLiteral("text/plain")) || mime == QLatin1String("application/pdf"))
        return text;
    return file;
}

QVariant RemoteFolderProxy::data(const QModelIndex &index, int role) const
{
    if (role == Qt::DecorationRole && index.column() == RemoteFolderModel::NameColumn)
        return iconFor(index.data(Qt::DisplayRole).toString(),
                       index.data(RemoteFolderModel::IsFolderRole).toBool());
    if (role == Qt::EditRole && index.column() == RemoteFolderModel::NameColumn)
        return index.data(Qt::DisplayRole);
    if (role == Qt::TextAlignmentRole && index.column() == RemoteFolderModel::SizeColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return QSortFilterProxyModel::data(index, role);
}

bool RemoteFolderProxy::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != RemoteFolderModel::NameColumn)
        return false;
    const QString newName = value.toString().trimmed();
    const QString path = index.data(RemoteFolderModel::PathRole).toString();
    if (newName.isEmpty() || newName == storage::davpath::nameOf(path))
        return false;
    // the listing changes when the server has done it
    Q_EMIT renameRequested(path, newName);
    return false;
}

Qt::ItemFlags RemoteFolderProxy::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QSortFilterProxyModel::flags(index);
    if (index.isValid() && index.column() == RemoteFolderModel::NameColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

QStringList RemoteFolderProxy::mimeTypes() const
{
    return {internalMimeType(), QStringLiteral("text/uri-list")};
}

QMimeData *RemoteFolderProxy::mimeData(const QModelIndexList &indexes) const
{
    QModelIndexList names;
    for (const QModelIndex &i : indexes)
        if (i.column() == RemoteFolderModel::NameColumn)
            names << i;
    return m_mimeFactory && !names.isEmpty() ? m_mimeFactory(names) : nullptr;
}

Qt::DropActions RemoteFolderProxy::supportedDropActions() const
{
    return Qt::CopyAction | Qt::MoveAction;
}

Qt::DropActions RemoteFolderProxy::supportedDragActions() const
{
    return Qt::CopyAction | Qt::MoveAction;
}

bool RemoteFolderProxy::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                        const QModelIndex &parent) const
{
    if (!data || (action != Qt::CopyAction && action != Qt::MoveAction))
        return false;
    if (parent.isValid() && !parent.data(RemoteFolderModel::IsFolderRole).toBool())
        return false;
    if (data->hasFormat(internalMimeType()))
        return true;
    const QList<QUrl> urls = data->urls();
    return !urls.isEmpty() &&
           std::all_of(urls.begin(), urls.end(), [](const QUrl &u) { return u.isLocalFile(); });
}

bool RemoteFolderProxy::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                     const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    // dropped on a folder row: into it; between rows or on the empty area: into the folder shown
    const QModelIndex target =
        parent.isValid() ? parent.siblingAtColumn(RemoteFolderModel::NameColumn) : parent;
    Q_EMIT dropRequested(data, action,
                         target.isValid() ? target.data(RemoteFolderModel::PathRole).toString() : QString(),
                         !target.isValid());
    // the browser carries it out and refreshes; the view must not remove the dragged rows itself
    return false;
}

bool RemoteFolderProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const bool leftFolder = left.data(RemoteFolderModel::IsFolderRole).toBool();
    const bool rightFolder = right.data(RemoteFolderModel::IsFolderRole).toBool();
    if (leftFolder != rightFolder)
        // folders stay on top whichever way the column is sorted
        return sortOrder() == Qt::AscendingOrder ? leftFolder : rightFolder;
    if (left.column() == RemoteFolderModel::NameColumn) {
        const int c = naturalCompare(left.data(Qt::DisplayRole).toString(),
                                     right.data(Qt::DisplayRole).toString(), m_collator);
        if (c != 0)
            return c < 0;
    } else {
        const QString l = left.data(RemoteFolderModel::SortRole).toString();
        const QString r = right.data(RemoteFolderModel::SortRole).toString();
        if (l != r)
            return l < r;
    }
    // equal keys: by name, so the order is stable
    return naturalCompare(left.siblingAtColumn(0).data().toString(),
                          right.siblingAtColumn(0).data().toString(), m_collator) < 0;
}

} // namespace daas::ui
