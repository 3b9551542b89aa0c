#include "ShortcutsDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QShortcut>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace daas::ui {

namespace {

QString plain(QString text)
{
    text.remove(QRegularExpression(u"&(?!&)"_s));
    if (text.endsWith(u'…'))
        text.chop(1);
    return text;
}

// The area (a tab of the window's "areas") or else the menu an action is found in.
QString groupOf(QObject *object, QTabWidget *areas)
{
    for (QObject *o = object; o; o = o->parent())
        if (areas)
            if (const int i = areas->indexOf(qobject_cast<QWidget *>(o)); i >= 0)
                return plain(areas->tabText(i));
    if (auto *action = qobject_cast<QAction *>(object))
        for (QObject *o : action->associatedObjects())
            if (auto *menu = qobject_cast<QMenu *>(o); menu && !menu->title().isEmpty())
                return plain(menu->title());
    return ShortcutsDialog::tr("General");
}

} // namespace

ShortcutsDialog::ShortcutsDialog(QWidget *window, QWidget *parent)
    : QDialog(parent)
    , m_list(new QTreeWidget(this))
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    setObjectName(u"shortcutsDialog"_s);
    resize(520, 560);
    m_list->setObjectName(u"shortcutList"_s);
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Action"), tr("Keys")});
    m_list->setAccessibleName(tr("Keyboard shortcuts"));
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);

    auto *areas = window->findChild<QTabWidget *>(u"areas"_s);
    QMap<QString, QTreeWidgetItem *> groups;
    QSet<QString> seen;
    auto add = [&](QObject *owner, const QString &text, const QKeySequence &key) {
        const QString group = groupOf(owner, areas);
        const QString keyText = key.toString(QKeySequence::NativeText);
        if (seen.contains(group + u'\n' + text + u'\n' + keyText))
            return;
        seen.insert(group + u'\n' + text + u'\n' + keyText);
        QTreeWidgetItem *&parentItem = groups[group];
        if (!parentItem) {
            parentItem = new QTreeWidgetItem(m_list, {group});
            QFont bold = parentItem->font(0);
            bold.setBold(true);
            parentItem->setFont(0, bold);
            parentItem->setFirstColumnSpanned(true);
        }
        new QTreeWidgetItem(parentItem, {text, keyText});
    };
    for (QAction *action : window->findChildren<QAction *>()) {
        if (!action->isVisible()) // Alt+6…9 with fewer areas, an action of a service not offered
            continue;
        QString text = plain(action->text());
        if (text.isEmpty())
            text = action->toolTip();
        for (const QKeySequence &key : action->shortcuts())
            add(action, text, key);
    }
    for (QShortcut *shortcut : window->findChildren<QShortcut *>())
        for (const QKeySequence &key : shortcut->keys())
            add(shortcut, shortcut->whatsThis().isEmpty() ? shortcut->objectName() : shortcut->whatsThis(),
                key);
    m_list->expandAll();
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);
    m_list->sortItems(0, Qt::AscendingOrder);
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
}

} // namespace daas::ui
