#pragma once

#include "storage/DavResource.h"
#include "support/Error.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace daas::storage {

class DavJob;
class WebDavClient;

// One remote folder's listing for a view (the GUI sorts it with a QSortFilterProxyModel on SortRole).
// Rows arrive while the 207 is still being parsed, so a folder of 10,000 entries paints its first rows
// early. Entries the parser refused are not shown; refusedEntries() says why, for a notice above the view.
class RemoteFolderModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, SizeColumn, ModifiedColumn, ColumnCount };
    enum Role {
        ResourceRole = Qt::UserRole + 1, // DavResource
        PathRole,
        IsFolderRole,
        SortRole, // folders first, then by the column's value
    };

    explicit RemoteFolderModel(WebDavClient *client, QObject *parent = nullptr);
    ~RemoteFolderModel() override;

    QString folder() const { return m_folder; }
    // Lists `path` ("" is the store's root); an unsafe path is refused with an error.
    void setFolder(const QString &path);
    void refresh();
    bool isLoading() const { return m_job != nullptr; }
    const Error &error() const { return m_error; }
    QStringList refusedEntries() const { return m_refused; }
    DavResource resource(int row) const { return m_rows.value(row); }
    const DavResource &folderResource() const { return m_self; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void loaded();
    void loadFailed(const daas::Error &error);

private:
    void append(const QList<DavResource> &more);

    WebDavClient *m_client;
    QString m_folder;
    QList<DavResource> m_rows;
    DavResource m_self;
    QPointer<DavJob> m_job;
    Error m_error;
    QStringList m_refused;
};

} // namespace daas::storage
