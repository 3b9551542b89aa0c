#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>

namespace daas::ui {

// What the file browser's views see of a RemoteFolderModel: sorted with folders first in either order
// (names in natural order: "run2" before "run10"), a type icon per row, the name editable in place (an edit
// becomes renameRequested, the model itself is never changed by it), and drops turned into requests
// (local files to upload, or entries of the same store to move or copy) for the FileBrowser to carry out.
class RemoteFolderProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    // Drag payload between views of the same store: the store's root URL, then one remote path per line.
    static QString internalMimeType();

    explicit RemoteFolderProxy(QObject *parent = nullptr);

    // The icon for a remote entry by its name (type from the extension); folders get the folder icon.
    static QIcon iconFor(const QString &name, bool isFolder);

    // The view asks the browser for the drag payload (which stages files for a drop outside).
    using MimeFactory = std::function<QMimeData *(const QModelIndexList &)>;
    void setMimeFactory(MimeFactory factory) { m_mimeFactory = std::move(factory); }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

Q_SIGNALS:
    void renameRequested(const QString &path, const QString &newName);
    // `targetFolder` is a remote path ("" for the store's root) or empty-with-current for the shown folder:
    // the browser resolves `onCurrent` to the folder it shows.
    void dropRequested(const QMimeData *data, Qt::DropAction action, const QString &targetFolder,
                       bool onCurrent);

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QCollator m_collator;
    MimeFactory m_mimeFactory;
};

} // namespace daas::ui
