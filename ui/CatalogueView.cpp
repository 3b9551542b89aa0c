#include "CatalogueView.h"
#include "ThemedIcon.h"

#include "ButtonText.h"
#include "CopyToStorageDialog.h"
#include "Dialogs.h"
#include "DownloadsPanel.h"
#include "MessageBar.h"
#include "catalogue/CatalogueListings.h"
#include "catalogue/CatalogueQueries.h"
#include "catalogue/IcatSearch.h"
#include "catalogue/IdsTransfers.h"
#include "identity/Account.h"
#include "identity/IcatSession.h"
#include "storage/DavPath.h"
#include "storage/StorageSession.h"
#include "support/Settings.h"

#include <QAction>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace daas::catalogue;
using namespace Qt::StringLiterals;

namespace daas::ui {

CatalogueView::CatalogueView(identity::Account *account, DownloadsPanel *downloads, QWidget *parent)
    : QWidget(parent)
    , m_account(account)
    , m_downloads(downloads)
    , m_crumbs(new QHBoxLayout)
    , m_filter(new QLineEdit(this))
    , m_filterDelay(new QTimer(this))
    , m_openAction(new QAction(this))
    , m_downloadAction(new QAction(this))
    , m_uploadAction(new QAction(this))
    , m_copyAction(new QAction(this))
    , m_processAction(new QAction(this))
    , m_upAction(new QAction(this))
    , m_refreshAction(new QAction(this))
    , m_download(new QToolButton(this))
    , m_upload(new QToolButton(this))
    , m_copy(new QToolButton(this))
    , m_message(new MessageBar(this))
    , m_table(new QTableView(this))
    , m_details(new QLabel(this))
    , m_count(new QLabel(this))
{
    m_filter->setPlaceholderText(tr("Filter…"));
    m_filter->setAccessibleName(tr("Filter the list"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMaximumWidth(320);
    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(300);
    m_openAction->setText(tr("&Open"));
    m_openAction->setToolTip(tr("Show what the selected row contains"));
    m_downloadAction->setText(tr("&Download…"));
    m_downloadAction->setIcon(themedIcon(QStringLiteral(":/icons/download.svg")));
    m_downloadAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_uploadAction->setText(tr("&Upload…"));
    m_uploadAction->setIcon(themedIcon(QStringLiteral(":/icons/upload.svg")));
    m_uploadAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_U));
    m_uploadAction->setToolTip(tr("Upload a file from this computer into this dataset"));
    m_copyAction->setText(tr("Copy to &my storage…"));
    m_copyAction->setIcon(themedIcon(QStringLiteral(":/icons/folder-item.svg")));
    m_copyAction->setObjectName(QStringLiteral("copyToStorage"));
    m_processAction->setText(tr("&Process on the cluster…"));
    m_processAction->setIcon(themedIcon(QStringLiteral(":/icons/jobs.svg")));
    m_processAction->setObjectName(QStringLiteral("processOnCluster"));
    m_processAction->setToolTip(tr("Copy the selected dataset into your storage and start a job on it"));
    m_upAction->setText(tr("&Back"));
    m_upAction->setIcon(themedIcon(QStringLiteral(":/icons/go-up.svg")));
    m_upAction->setShortcuts({QKeySequence(Qt::ALT | Qt::Key_Up), QKeySequence::Back});
    m_upAction->setToolTip(tr("Back to the level above"));
    m_refreshAction->setText(tr("&Refresh"));
    m_refreshAction->setIcon(themedIcon(QStringLiteral(":/icons/refresh.svg")));
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    for (QAction *a : catalogueActions())
        a->setShortcutContext(Qt::WindowShortcut);
    for (QAction *a : {m_downloadAction, m_copyAction, m_uploadAction})
        dropAppendedMnemonicOnButtons(a);
    m_download->setDefaultAction(m_downloadAction);
    m_download->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_download->setAccessibleName(tr("Download the selection"));
    m_copy->setDefaultAction(m_copyAction);
    m_copy->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_copy->setAccessibleName(tr("Copy the selection to my storage"));
    m_upload->setDefaultAction(m_uploadAction);
    m_upload->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_upload->setAccessibleName(tr("Upload a file into this dataset"));

    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->setAccessibleName(tr("Catalogue"));
    m_table->setTabKeyNavigation(false); // Tab leaves the table; the arrows move in it
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setMinimumHeight(m_details->fontMetrics().height() * 3);

    auto *bar = new QHBoxLayout;
    bar->addLayout(m_crumbs);
    bar->addStretch();
    bar->addWidget(m_filter);
    bar->addWidget(m_upload);
    bar->addWidget(m_copy);
    bar->addWidget(m_download);
    auto *footer = new QHBoxLayout;
    footer->addWidget(m_details, 1);
    footer->addWidget(m_count, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);
    layout->addLayout(footer);

    connect(m_filter, &QLineEdit::textChanged, m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_filterDelay, &QTimer::timeout, this, [this] {
        if (m_model)
            m_model->setFilter(m_filter->text());
    });
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex &index) { openRow(index.row()); });
    connect(m_openAction, &QAction::triggered, this, [this] { openRow(m_table->currentIndex().row()); });
    connect(m_downloadAction, &QAction::triggered, this, &CatalogueView::downloadSelection);
    connect(m_uploadAction, &QAction::triggered, this, &CatalogueView::uploadFile);
    connect(m_copyAction, &QAction::triggered, this, &CatalogueView::copySelectionToStorage);
    connect(m_processAction, &QAction::triggered, this, &CatalogueView::processSelectionOnCluster);
    connect(m_upAction, &QAction::triggered, this, &CatalogueView::goUp);
    connect(m_refreshAction, &QAction::triggered, this, &CatalogueView::refresh);

    // Backspace goes back up only from the table, where it cannot mean deleting a character
    auto *backspace = new QAction(tr("Back"), this);
    backspace->setShortcut(QKeySequence(Qt::Key_Backspace));
    backspace->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(backspace);
    connect(backspace, &QAction::triggered, this, &CatalogueView::goUp);
    auto *find = new QAction(tr("&Find"), this); // Ctrl+F: to the filter, its text selected
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(find);
    connect(find, &QAction::triggered, this, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu(this);
        menu.addActions(catalogueActions());
        menu.exec(m_table->viewport()->mapToGlobal(pos));
    });
    updateActions();
}

QList<QAction *> CatalogueView::catalogueActions() const
{
    return {m_openAction,   m_downloadAction, m_copyAction,   m_processAction,
            m_uploadAction, m_upAction,       m_refreshAction};
}

void CatalogueView::clear()
{
    if (m_model) {
        // answers still on their way for the old listing must not reach this view
        m_model->disconnect(this);
        m_model->deleteLater();
    }
    m_model = nullptr;
    QItemSelectionModel *oldSelection = m_table->selectionModel();
    m_table->setModel(nullptr);
    delete oldSelection;
    m_level = Level::Investigations;
    m_message->hide();
    m_details->clear();
    m_count->clear();
    m_filter->clear();
    updateBreadcrumb();
    updateActions();
}

void CatalogueView::fitColumns()
{
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    m_table->resizeColumnsToContents();
    const int widest = std::max(240, m_table->viewport()->width() / 2);
    const int padding = m_table->fontMetrics().averageCharWidth() * 2;
    for (int c = 0; c < header->count(); ++c)
        m_table->setColumnWidth(c, std::min(m_table->columnWidth(c) + padding, widest));
    // the column with the words a person scans (title, name) takes the room that is left
    const int words = m_level == Level::Investigations ? int(columns::InvTitle)
                      : m_level == Level::Datasets     ? int(columns::DsName)
                                                       : int(columns::DfName);
    header->setSectionResizeMode(words, QHeaderView::Stretch);
}

void CatalogueView::refresh()
{
    if (m_model)
        m_model->reload();
}

QString CatalogueView::errorText() const
{
    return m_message->text();
}

void CatalogueView::setModel(PagedListingModel *model, Level level)
{
    if (m_model) {
        // answers still on their way for the old listing must not reach this view
        m_model->disconnect(this);
        m_model->deleteLater();
    }
    m_model = model;
    m_level = level;
    m_message->hide();
    m_filter->blockSignals(true);
    m_filter->clear();
    m_filter->blockSignals(false);
    QItemSelectionModel *oldSelection = m_table->selectionModel();
    m_table->setModel(model);
    delete oldSelection; // the view does not delete the selection model it made for the old model
    m_count->setText(tr("Loading…"));
    connect(model, &PagedListingModel::errorOccurred, this,
            [this](const Error &e) { m_message->showMessage(e.userText()); });
    connect(model, &PagedListingModel::countChanged, this, [this](qint64 rows) {
        m_count->setText(tr("%n item(s)", nullptr, int(rows)));
        if (rows > 0 && !m_table->currentIndex().isValid())
            m_table->setCurrentIndex(m_model->index(0, 0));
    });
    // columns are fitted to the first page's contents, not to the "Loading…" placeholders (again after a
    // filter: the first page is a new one then)
    connect(model, &PagedListingModel::pageLoaded, this, [this](int page) {
        if (page != 0)
            return;
        fitColumns();
        showDetails();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CatalogueView::showDetails);
    model->reload();
    updateBreadcrumb();
    updateActions();
    m_details->clear();
    m_table->setFocus();
    Q_EMIT levelChanged(level);
}

void CatalogueView::showInvestigations()
{
    setModel(makeInvestigationsModel(m_account->icat(), this), Level::Investigations);
}

void CatalogueView::openRow(int row)
{
    if (!m_model || row < 0 || !m_model->data(m_model->index(row, 0), PagedListingModel::LoadedRole).toBool())
        return;
    const QVariant entity = m_model->data(m_model->index(row, 0), PagedListingModel::EntityRole);
    if (m_level == Level::Investigations) {
        m_investigation = entity.value<Investigation>();
        setModel(makeDatasetsModel(m_account->icat(), m_investigation.id, this), Level::Datasets);
    } else if (m_level == Level::Datasets) {
        m_dataset = entity.value<Dataset>();
        setModel(makeDatafilesModel(m_account->icat(), m_dataset.id, this), Level::Datafiles);
    } else {
        downloadSelection();
    }
}

void CatalogueView::goUp()
{
    if (m_level == Level::Datafiles)
        setModel(makeDatasetsModel(m_account->icat(), m_investigation.id, this), Level::Datasets);
    else if (m_level == Level::Datasets)
        showInvestigations();
}

void CatalogueView::updateBreadcrumb()
{
    while (QLayoutItem *item = m_crumbs->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    // the levels above are buttons that go there; where the user is, is plain bold text
    auto crumb = [this](const QString &text, std::function<void()> go, bool current) {
        if (current) {
            auto *here = new QLabel(text, this);
            QFont f = here->font();
            f.setBold(true);
            here->setFont(f);
            here->setContentsMargins(6, 0, 6, 0);
            here->setAccessibleName(tr("You are in %1").arg(text));
            m_crumbs->addWidget(here);
            return;
        }
        auto *b = new QToolButton(this);
        b->setText(text);
        b->setAutoRaise(true);
        b->setAccessibleName(tr("Go to %1").arg(text));
        connect(b, &QToolButton::clicked, this, [go = std::move(go)] { go(); });
        m_crumbs->addWidget(b);
    };
    auto separator = [this] { m_crumbs->addWidget(new QLabel(QStringLiteral("›"), this)); };
    crumb(tr("My investigations"), [this] { showInvestigations(); }, m_level == Level::Investigations);
    if (m_level == Level::Investigations)
        return;
    separator();
    crumb(
        m_investigation.reference(),
        [this] { setModel(makeDatasetsModel(m_account->icat(), m_investigation.id, this), Level::Datasets); },
        m_level == Level::Datasets);
    if (m_level == Level::Datasets)
        return;
    separator();
    crumb(m_dataset.name, [] {}, true);
}

void CatalogueView::updateActions()
{
    const bool listing = m_model != nullptr;
    m_openAction->setEnabled(listing);
    m_openAction->setVisible(m_level != Level::Datafiles);
    m_downloadAction->setEnabled(listing);
    m_uploadAction->setVisible(m_level == Level::Datafiles);
    m_uploadAction->setEnabled(listing && m_level == Level::Datafiles);
    m_upAction->setEnabled(listing && m_level != Level::Investigations);
    m_refreshAction->setEnabled(listing);
    m_download->setVisible(listing);
    m_upload->setVisible(listing && m_level == Level::Datafiles);
    m_downloadAction->setToolTip(m_level == Level::Investigations ? tr("Download the whole investigation")
                                 : m_level == Level::Datasets     ? tr("Download the whole dataset")
                                                                  : tr("Download the selected files"));
    // copies are of datasets and datafiles: an investigation is opened first
    m_copyAction->setEnabled(listing && m_storage && m_level != Level::Investigations);
    m_copy->setVisible(listing && m_storage);
    m_processAction->setVisible(m_processingAvailable && m_storage);
    m_processAction->setEnabled(listing && m_storage && m_processingAvailable && m_level == Level::Datasets);
    m_copyAction->setToolTip(
        !m_storage ? tr("This facility offers no storage to copy into")
        : m_level == Level::Investigations
            ? tr("Open an investigation to copy its datasets into your storage")
        : m_level == Level::Datasets
            ? tr("Copy the selected datasets into your storage, for your analysis "
                 "environments and batch jobs")
            : tr("Copy the selected files into your storage, for your analysis environments "
                 "and batch jobs"));
}

void CatalogueView::showDetails()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || !m_model->data(current, PagedListingModel::LoadedRole).toBool()) {
        m_details->clear();
        return;
    }
    const QVariant entity = m_model->data(m_model->index(current.row(), 0), PagedListingModel::EntityRole);
    if (m_level == Level::Investigations) {
        const auto i = entity.value<Investigation>();
        m_details->setText(
            QStringLiteral("<b>%1</b> · %2 · %3<br>%4")
                .arg(i.reference().toHtmlEscaped(), i.facility.toHtmlEscaped(),
                     i.instruments.join(QStringLiteral(", ")).toHtmlEscaped(),
                     (i.summary.isEmpty() ? i.title : i.title + QStringLiteral(". ") + i.summary)
                         .toHtmlEscaped()));
    } else if (m_level == Level::Datasets) {
        const auto d = entity.value<Dataset>();
        m_details->setText(
            QStringLiteral("<b>%1</b><br>%2").arg(d.name.toHtmlEscaped(), d.description.toHtmlEscaped()));
    } else {
        const auto f = entity.value<Datafile>();
        m_details->setText(tr("<b>%1</b><br>%2 bytes, CRC32 %3")
                               .arg(f.name.toHtmlEscaped(), QLocale().toString(f.fileSize),
                                    f.checksum.isEmpty() ? tr("not recorded") : f.checksum));
    }
}

void CatalogueView::downloadSelection()
{
    if (!m_model)
        return;
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        if (m_model->data(index, PagedListingModel::LoadedRole).toBool())
            rows.append(index.row());
    if (rows.isEmpty()) {
        m_message->showMessage(tr("Select what to download first."), MessageBar::Level::Info);
        return;
    }
    QString start = support::Settings::value(support::keys::downloadFolder);
    if (start.isEmpty())
        start = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    const QString folder = Dialogs::chooseFolder(this, tr("Download into folder"), start);
    if (folder.isEmpty())
        return;
    support::Settings::setValue(support::keys::downloadFolder, folder);
    for (int row : std::as_const(rows)) {
        const QVariant entity = m_model->data(m_model->index(row, 0), PagedListingModel::EntityRole);
        DownloadJob::Target target;
        if (m_level == Level::Investigations) {
            const auto i = entity.value<Investigation>();
            target = {DownloadJob::Kind::Investigation, i.id, i.reference(), -1, {}};
        } else if (m_level == Level::Datasets) {
            const auto d = entity.value<Dataset>();
            target = {DownloadJob::Kind::Dataset, d.id, d.name, -1, {}};
        } else {
            const auto f = entity.value<Datafile>();
            target = {DownloadJob::Kind::Datafile, f.id, f.name, f.fileSize, f.checksum};
        }
        auto *job = new DownloadJob(m_account, target, folder, m_downloads);
        m_downloads->addDownload(job);
        job->start();
    }
}

void CatalogueView::setStorage(storage::StorageSession *storage)
{
    m_storage = storage;
    updateActions();
}

CatalogueView::Selection CatalogueView::selection() const
{
    Selection chosen;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
        if (!m_model->data(index, PagedListingModel::LoadedRole).toBool())
            continue;
        const QVariant entity = m_model->data(m_model->index(index.row(), 0), PagedListingModel::EntityRole);
        qint64 size = -1;
        if (m_level == Level::Datasets) {
            const auto d = entity.value<Dataset>();
            chosen.datasets << d.id;
            chosen.single = d.name;
            size = d.fileSize;
        } else {
            const auto f = entity.value<Datafile>();
            chosen.datafiles << f.id;
            chosen.single = f.name;
            size = f.fileSize;
        }
        chosen.bytes = chosen.bytes < 0 || size < 0 ? -1 : chosen.bytes + size;
    }
    return chosen;
}

void CatalogueView::copySelectionToStorage()
{
    if (!m_model || !m_storage || m_level == Level::Investigations)
        return;
    const Selection chosen = selection();
    if (chosen.datasets.isEmpty() && chosen.datafiles.isEmpty()) {
        m_message->showMessage(tr("Select what to copy first."), MessageBar::Level::Info);
        return;
    }
    askFolderAndCopy(chosen, false);
}

void CatalogueView::setProcessingAvailable(bool available)
{
    m_processingAvailable = available;
    updateActions();
}

void CatalogueView::processSelectionOnCluster()
{
    if (!m_model || !m_storage || !m_processingAvailable || m_level != Level::Datasets)
        return;
    const Selection chosen = selection();
    if (chosen.datasets.size() != 1) {
        m_message->showMessage(tr("Select one dataset to process."), MessageBar::Level::Info);
        return;
    }
    askFolderAndCopy(chosen, true);
}

void CatalogueView::askFolderAndCopy(const Selection &chosen, bool thenProcess)
{
    const qsizetype count = chosen.datasets.size() + chosen.datafiles.size();
    const QString single = chosen.single;
    const QString what = count == 1                  ? QStringLiteral("“%1”").arg(single)
                         : chosen.datasets.isEmpty() ? tr("%n file(s)", nullptr, int(count))
                                                     : tr("%n dataset(s)", nullptr, int(count));
    // where it ends up, as the folder is typed: datasets keep their own folder, files go in as they are
    const bool isDatasets = !chosen.datasets.isEmpty();
    auto whereItGoes = [isDatasets, count, single, thenProcess](const QString &folder) {
        const QString base = folder.isEmpty() ? QString() : folder + u'/';
        const QString in = folder.isEmpty() ? tr("the top folder of your storage") : u"“%1/”"_s.arg(folder);
        if (isDatasets && count == 1 && thenProcess)
            return tr("The dataset goes into “%1”, with its folders; the cluster reads it there. New job "
                      "opens "
                      "with it as the input.")
                .arg(base + single + u'/');
        if (isDatasets && count == 1)
            return tr("The dataset goes into “%1”, with its folders.").arg(base + single + u'/');
        if (isDatasets)
            return tr("Each dataset goes into a folder of its own in %1.").arg(in);
        if (count == 1)
            return tr("The file is saved as “%1”.").arg(base + single.section(u'/', -1));
        return tr("The files go into %1.").arg(in);
    };
    auto *dialog = new CopyToStorageDialog(what, chosen.bytes, whereItGoes, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFolder(support::Settings::value(support::keys::copyToStorageFolder));
    connect(dialog, &QDialog::accepted, this, [this, dialog, chosen, thenProcess] {
        const QString folder = dialog->folder();
        support::Settings::setValue(support::keys::copyToStorageFolder, folder);
        startCopy(chosen.datasets, chosen.datafiles, folder, thenProcess);
    });
    dialog->open();
}

void CatalogueView::startCopy(const QList<qint64> &datasets, const QList<qint64> &datafiles,
                              const QString &folder, bool thenProcess)
{
    if (!m_storage)
        return;
    m_message->showMessage(tr("Listing what to copy…"), MessageBar::Level::Info);
    m_storage->copyFromCatalogue(
        datasets, datafiles, folder, this,
        [this, thenProcess](const Result<storage::CatalogueCopyPlan> &plan,
                            const QList<storage::Transfer *> &queued) {
            if (!plan) {
                m_message->showMessage(plan.error().userText());
                return;
            }
            // the dataset's own folder: the one the plan makes directly in the chosen folder
            if (thenProcess && plan->datasets == 1 && !plan->files.isEmpty()) {
                for (const QString &made : plan->folders)
                    if (storage::davpath::parentOf(made) == plan->folder) {
                        Q_EMIT processRequested(made, queued);
                        break;
                    }
            }
            const QString where = plan->folder.isEmpty() ? tr("the top folder of your storage")
                                                         : tr("“%1” in your storage").arg(plan->folder);
            QString text = queued.isEmpty()
                               ? tr("Nothing was copied.")
                               : tr("Copying %n file(s) into %1. Their progress is in Transfers.", nullptr,
                                    int(queued.size()))
                                     .arg(where);
            if (!plan->leftOut.isEmpty()) {
                text += u' ' + plan->leftOut.first().userText();
                if (plan->leftOut.size() > 1)
                    text += u' ' + tr("%n more file(s) were left out for the same kind of reason.", nullptr,
                                      int(plan->leftOut.size() - 1));
            }
            m_message->showMessage(text, plan->leftOut.isEmpty() ? MessageBar::Level::Info
                                                                 : MessageBar::Level::Error);
        });
}

void CatalogueView::uploadFile()
{
    if (m_level != Level::Datafiles)
        return;
    const QString file =
        Dialogs::chooseFile(this, tr("Upload a file into %1").arg(m_dataset.name), QString(), QString());
    if (file.isEmpty())
        return;
    // the file's format: the facility's formats, chosen by the file's extension where one matches
    const QString suffix = QFileInfo(file).suffix().toLower();
    icatSearch(m_account->icat(), this, queries::datafileFormats(m_investigation.facilityId),
               [this, file, suffix](const Result<QJsonArray> &r) {
                   if (!r || r->isEmpty()) {
                       m_message->showMessage(r ? tr("This facility lists no file formats to upload with.")
                                                : r.error().userText());
                       return;
                   }
                   qint64 formatId =
                       r->at(0)[QStringLiteral("DatafileFormat")][QStringLiteral("id")].toInteger();
                   for (const QJsonValue &v : r.value()) {
                       const QJsonObject f = v[QStringLiteral("DatafileFormat")].toObject();
                       const QString name = f[QStringLiteral("name")].toString();
                       if (name == suffix || (suffix == u"nxs" && name == u"nexus"))
                           formatId = f[QStringLiteral("id")].toInteger();
                   }
                   auto *job = new UploadJob(m_account, file, m_dataset.id, formatId, m_downloads);
                   m_downloads->addUpload(job, QFileInfo(file).fileName());
                   connect(job, &UploadJob::finished, this, [this](const Error &e) {
                       if (!e && m_model)
                           m_model->reload();
                   });
                   job->start();
               });
}

} // namespace daas::ui
