#pragma once

#include <QDialog>

class QTreeWidget;

namespace daas::ui {

// Help → Keyboard shortcuts: every key of `window`'s actions and shortcuts, grouped by the area or menu they
// belong to. Read from the actions themselves when the dialog opens, so the list cannot go stale.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(QWidget *window, QWidget *parent = nullptr);
    QTreeWidget *list() const { return m_list; }

private:
    QTreeWidget *m_list;
};

} // namespace daas::ui
