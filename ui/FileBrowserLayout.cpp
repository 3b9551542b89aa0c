// What the file browser is made of: its actions, toolbar, two views over one model, and context menu.
// (What the actions do: FileBrowser.cpp and FileBrowserOperations.cpp.)
#include "FileBrowser.h"
#include "ThemedIcon.h"

#include "Breadcrumb.h"
#include "ButtonText.h"
#include "MessageBar.h"
#include "RemoteFolderProxy.h"
#include "TransferPanel.h"
#include "storage/RemoteFolderModel.h"
#include "storage/WebDavClient.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

using daas::storage::RemoteFolderModel;

namespace daas::ui {

namespace {

// The icon view highlights a selected item's name only (Fusion), so its icon stays on the view's own
// background and is drawn in its normal colours: the selected ones are made readable on the highlight, and a
// folder lightened for a dark highlight vanished on the light background.
class IconViewDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (!(option->state & QStyle::State_Selected) || option->icon.isNull())
            return;
        const qreal scale = option->widget ? option->widget->devicePixelRatioF() : 1.0;
        const QPixmap normal = option->icon.pixmap(option->decorationSize, scale, QIcon::Normal);
        QIcon icon;
        icon.addPixmap(normal, QIcon::Normal);
        icon.addPixmap(normal, QIcon::Selected);
        option->icon = icon;
    }
};

} // namespace

void FileBrowser::buildActions()
{
    auto make = [this](const QString &name, const char *icon, const QString &text, const QString &tip,
                       QList<QKeySequence> keys, void (FileBrowser::*slot)()) {
        auto *a = new QAction(icon ? themedIcon(QString::fromLatin1(icon)) : QIcon(), text, this);
        a->setObjectName(name);
        a->setToolTip(tip);
        a->setShortcuts(keys);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        if (slot)
            connect(a, &QAction::triggered, this, slot);
        dropAppendedMnemonicOnButtons(a);
        addAction(a);
        m_actions.insert(name, a);
        return a;
    };
    make(QStringLiteral("up"), ":/icons/go-up.svg", tr("&Up"), tr("Go to the folder above (Backspace)"),
         {QKeySequence(Qt::ALT | Qt::Key_Up), QKeySequence(Qt::Key_Backspace)}, &FileBrowser::goUp);
    make(QStringLiteral("open"), nullptr, tr("&Open"), tr("Open the folder, or the file in its application"),
         {}, &FileBrowser::openSelected);
    make(QStringLiteral("newFolder"), ":/icons/new-folder.svg", tr("&New folder"),
         tr("Create a folder here and name it"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N)},
         &FileBrowser::newFolder);
    make(QStringLiteral("rename"), ":/icons/rename.svg", tr("&Rename"), tr("Rename the selected entry (F2)"),
         {QKeySequence(Qt::Key_F2)}, &FileBrowser::renameSelected);
    make(QStringLiteral("delete"), ":/icons/delete.svg", tr("&Delete…"),
         tr("Delete the selection from your storage (Delete)"), {QKeySequence::Delete},
         &FileBrowser::deleteSelected);
    make(QStringLiteral("download"), ":/icons/download.svg", tr("&Download…"),
         tr("Download the selection into a folder on this computer"), {QKeySequence(Qt::CTRL | Qt::Key_D)},
         &FileBrowser::downloadSelected);
    make(QStringLiteral("upload"), ":/icons/upload.svg", tr("&Upload files…"),
         tr("Upload files from this computer into this folder (or drop them here)"),
         {QKeySequence(Qt::CTRL | Qt::Key_U)}, &FileBrowser::uploadFiles);
    make(QStringLiteral("downloadZip"), ":/icons/zip.svg", tr("Download as .&zip…"),
         tr("Download the selection (or this folder) as one .zip file"), {}, &FileBrowser::downloadZip);
    make(QStringLiteral("extract"), ":/icons/extract.svg", tr("E&xtract here…"),
         tr("Unpack an archive from this computer into this folder"), {}, &FileBrowser::extractHere);
    make(QStringLiteral("copyLink"), nullptr, tr("Copy &link"),
         tr("Copy the web address of the selection (or of this folder)"),
         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C)}, &FileBrowser::copyLinks);
    make(QStringLiteral("useOnComputer"), ":/icons/connect.svg", tr("Use on this &computer…"),
         tr("Open your storage in this computer's own file manager"), {}, &FileBrowser::useOnComputer);
    make(QStringLiteral("processOnCluster"), ":/icons/jobs.svg", tr("&Process on the cluster…"),
         tr("Start a batch job with the selected folder (or this one) as its input"), {},
         &FileBrowser::processOnCluster)
        ->setVisible(false); // setProcessingAvailable() shows it where the facility has a cluster
    make(QStringLiteral("refresh"), ":/icons/refresh.svg", tr("Re&fresh"), tr("List this folder again (F5)"),
         {QKeySequence::Refresh}, &FileBrowser::refresh);
    QAction *icons =
        make(QStringLiteral("iconView"), ":/icons/view-icons.svg", tr("&Icons"),
             tr("Show large icons instead of details"), {QKeySequence(Qt::CTRL | Qt::Key_2)}, nullptr);
    icons->setCheckable(true);
    connect(icons, &QAction::toggled, this, &FileBrowser::setIconMode);
}

void FileBrowser::buildLayout()
{
    m_toolbar = new QToolBar(tr("Files"), this);
    m_toolbar->setObjectName(QStringLiteral("filesToolbar"));
    m_toolbar->setIconSize(QSize(20, 20));
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolbar->addAction(m_actions.value(QStringLiteral("up")));
    m_toolbar->addSeparator();
    m_toolbar->addAction(m_actions.value(QStringLiteral("newFolder")));
    m_toolbar->addAction(m_actions.value(QStringLiteral("upload")));
    m_toolbar->addAction(m_actions.value(QStringLiteral("download")));
    m_toolbar->addSeparator();
    // the less frequent ones as icons only, so the bar fits a laptop screen
    auto addIconOnly = [this](const char *name) {
        QAction *a = m_actions.value(QString::fromLatin1(name));
        m_toolbar->addAction(a);
        if (auto *b = qobject_cast<QToolButton *>(m_toolbar->widgetForAction(a)))
            b->setToolButtonStyle(Qt::ToolButtonIconOnly);
    };
    for (const char *name : {"rename", "delete", "downloadZip", "extract", "refresh"})
        addIconOnly(name);
    auto *spacer = new QWidget(this);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolbar->addWidget(spacer);
    addIconOnly("useOnComputer");
    addIconOnly("iconView");

    m_crumbs = new Breadcrumb(tr("Storage"), this);
    m_message = new MessageBar(this);
    m_notice = new MessageBar(this);
    m_notice->setObjectName(QStringLiteral("noticeBar"));

    auto setUpView = [this](QAbstractItemView *v) {
        v->setModel(m_proxy);
        v->setSelectionMode(QAbstractItemView::ExtendedSelection);
        v->setDragEnabled(true);
        v->setAcceptDrops(true);
        v->setDropIndicatorShown(true);
        v->setDragDropMode(QAbstractItemView::DragDrop);
        v->setDefaultDropAction(Qt::MoveAction);
        v->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
        v->setContextMenuPolicy(Qt::CustomContextMenu);
        v->viewport()->installEventFilter(this);
        connect(v, &QAbstractItemView::activated, this, &FileBrowser::openIndex);
        connect(v, &QWidget::customContextMenuRequested, this,
                [this, v](const QPoint &pos) { contextMenu(v, pos); });
    };
    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("detailView"));
    m_tree->setAccessibleName(tr("Files and folders"));
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setItemsExpandable(false);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSortingEnabled(true);
    m_tree->sortByColumn(RemoteFolderModel::NameColumn, Qt::AscendingOrder);
    m_tree->setIconSize(QSize(20, 20));
    setUpView(m_tree);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(RemoteFolderModel::NameColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(RemoteFolderModel::SizeColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(RemoteFolderModel::ModifiedColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setMinimumSectionSize(90);

    m_icons = new QListView(this);
    m_icons->setObjectName(QStringLiteral("iconView"));
    m_icons->setAccessibleName(tr("Files and folders"));
    m_icons->setViewMode(QListView::IconMode);
    m_icons->setMovement(QListView::Static);
    m_icons->setResizeMode(QListView::Adjust);
    m_icons->setWrapping(true);
    m_icons->setWordWrap(true);
    m_icons->setUniformItemSizes(true);
    m_icons->setIconSize(QSize(48, 48));
    m_icons->setGridSize(QSize(112, 96));
    m_icons->setSpacing(6);
    m_icons->setTextElideMode(Qt::ElideMiddle);
    setUpView(m_icons);
    m_icons->setItemDelegate(new IconViewDelegate(m_icons));
    m_icons->setSelectionModel(m_tree->selectionModel());
    connect(m_tree->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &FileBrowser::updateActions);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_tree);
    m_stack->addWidget(m_icons);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("filesStatus"));
    m_status->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(4);
    layout->addWidget(m_toolbar);
    layout->addWidget(m_crumbs);
    layout->addWidget(m_message);
    layout->addWidget(m_notice);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_status);
}

void FileBrowser::contextMenu(QAbstractItemView *view, const QPoint &pos)
{
    const QModelIndex index = view->indexAt(pos);
    if (!index.isValid())
        view->selectionModel()->clearSelection();
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    if (index.isValid()) {
        menu->addAction(m_actions.value(QStringLiteral("open")));
        menu->addSeparator();
        menu->addAction(m_actions.value(QStringLiteral("download")));
        menu->addAction(m_actions.value(QStringLiteral("downloadZip")));
        menu->addSeparator();
        menu->addAction(m_actions.value(QStringLiteral("copyLink")));
        menu->addAction(m_actions.value(QStringLiteral("processOnCluster")));
        menu->addSeparator();
        menu->addAction(m_actions.value(QStringLiteral("rename")));
        menu->addAction(m_actions.value(QStringLiteral("delete")));
    } else {
        menu->addAction(m_actions.value(QStringLiteral("newFolder")));
        menu->addAction(m_actions.value(QStringLiteral("upload")));
        menu->addAction(m_actions.value(QStringLiteral("extract")));
        menu->addAction(m_actions.value(QStringLiteral("downloadZip")));
        menu->addSeparator();
        menu->addAction(m_actions.value(QStringLiteral("copyLink")));
        menu->addAction(m_actions.value(QStringLiteral("useOnComputer")));
        menu->addAction(m_actions.value(QStringLiteral("processOnCluster")));
        menu->addAction(m_actions.value(QStringLiteral("refresh")));
    }
    menu->popup(view->viewport()->mapToGlobal(pos));
}

} // namespace daas::ui
