#pragma once

#include "catalogue/Entities.h"

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

namespace daas::ui {

class MessageBar;
class DownloadsPanel;

// Browsing the catalogue: my investigations → datasets → datafiles, one level at a time in one table,
// with a breadcrumb to go back up, a filter, and Download (and Upload into a dataset).
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

    Level level() const { return m_level; }
    QTableView *table() const { return m_table; }
    catalogue::PagedListingModel *model() const { return m_model; }
    QLineEdit *filterEdit() const { return m_filter; }
    QString errorText() const;
    // Open, Download, Upload, Up, Refresh: in the table's context menu and in the main window's menu.
    QList<QAction *> catalogueActions() const;

Q_SIGNALS:
    void levelChanged(daas::ui::CatalogueView::Level level);

private:
    void setModel(catalogue::PagedListingModel *model, Level level);
    void updateBreadcrumb();
    void fitColumns();
    void updateActions();
    void showDetails();

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
    QAction *m_upAction;
    QAction *m_refreshAction;
    QToolButton *m_download;
    QToolButton *m_upload;
    MessageBar *m_message;
    QTableView *m_table;
    QLabel *m_details;
    QLabel *m_count;
    catalogue::PagedListingModel *m_model = nullptr;
};

} // namespace daas::ui
