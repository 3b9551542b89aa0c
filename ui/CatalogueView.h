#pragma once

#include "catalogue/Entities.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;
class QToolButton;
class QHBoxLayout;

namespace daas::identity {
class Account;
}
namespace daas::catalogue {
class PagedListingModel;
}
namespace daas::storage {
class StorageSession;
class Transfer;
} // namespace daas::storage

namespace daas::ui {

class MessageBar;
class DownloadsPanel;

// Browsing the catalogue: my investigations → datasets → datafiles, one level at a time in one table,
// with a breadcrumb to go back up, a filter, Download (and Upload into a dataset), and "Copy to my storage…"
// of the selected datasets or datafiles when the facility offers storage.
class CatalogueView : public QWidget
{
    Q_OBJECT
public:
    enum class Level { Investigations, Datasets, Datafiles };

    CatalogueView(identity::Account *account, DownloadsPanel *downloads, QWidget *parent = nullptr);

    void showInvestigations();
    // Forgets what was shown (after signing out): nothing of the previous user stays on screen.
    void clear();
    void openRow(int row);
    void refresh();
    void goUp();
    void downloadSelection();
    void uploadFile();
    // The user's storage (the Files area's session), or nullptr while there is none: "Copy to my storage…"
    // is enabled only with one.
    void setStorage(storage::StorageSession *storage);
    // "Copy to my storage…": asks for the storage folder (CopyToStorageDialog), then queues the copies in the
    // storage's transfer queue, where their progress shows.
    void copySelectionToStorage();
    QAction *copyToStorageAction() const { return m_copyAction; }
    // "Process on the cluster…" on one dataset, where the cluster sees the storage: the dataset is copied
    // into the storage as above, then processRequested() names its folder there and the copies under way.
    void setProcessingAvailable(bool available);
    void processSelectionOnCluster();
    QAction *processOnClusterAction() const { return m_processAction; }

    Level level() const { return m_level; }
    QTableView *table() const { return m_table; }
    catalogue::PagedListingModel *model() const { return m_model; }
    QLineEdit *filterEdit() const { return m_filter; }
    QString errorText() const;
    // Open, Download, Copy to my storage, Upload, Up, Refresh: in the table's context menu and in the main
    // window's menu.
    QList<QAction *> catalogueActions() const;

Q_SIGNALS:
    void levelChanged(daas::ui::CatalogueView::Level level);
    void processRequested(const QString &storageFolder, const QList<daas::storage::Transfer *> &copies);

private:
    void setModel(catalogue::PagedListingModel *model, Level level);
    void updateBreadcrumb();
    void fitColumns();
    void updateActions();
    void showDetails();
    void startCopy(const QList<qint64> &datasets, const QList<qint64> &datafiles, const QString &folder,
                   bool thenProcess = false);
    // The selected rows' datasets or datafiles (by the level shown), their names and total size (-1:
    // unknown).
    struct Selection
    {
        QList<qint64> datasets;
        QList<qint64> datafiles;
        QString single; // the name of the last one
        qint64 bytes = 0;
    };
    Selection selection() const;
    void askFolderAndCopy(const Selection &chosen, bool thenProcess);

    identity::Account *m_account;
    DownloadsPanel *m_downloads;
    Level m_level = Level::Investigations;
    catalogue::Investigation m_investigation;
    catalogue::Dataset m_dataset;

    QHBoxLayout *m_crumbs;
    QLineEdit *m_filter;
    QTimer *m_filterDelay;
    QAction *m_openAction;
    QAction *m_downloadAction;
    QAction *m_uploadAction;
    QAction *m_copyAction;
    QAction *m_processAction;
    QAction *m_upAction;
    QAction *m_refreshAction;
    QToolButton *m_download;
    QToolButton *m_upload;
    QToolButton *m_copy;
    QPointer<storage::StorageSession> m_storage;
    bool m_processingAvailable = false;
    MessageBar *m_message;
    QTableView *m_table;
    QLabel *m_details;
    QLabel *m_count;
    catalogue::PagedListingModel *m_model = nullptr;
};

} // namespace daas::ui
