#pragma once

#include "TransferListModel.h"

#include <QStyledItemDelegate>

namespace daas::ui {

// Paints one transfer as a card: direction icon, name, progress bar, a status line, and at the right the
// buttons that apply now (pause or resume or retry, and cancel), which are clickable.
class TransferDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // Where the row's buttons are (slot 0 is the rightmost), and which action each shows.
    static QList<std::pair<QRect, TransferListModel::Action>> buttons(const QRect &rowRect,
                                                                      TransferListModel::Actions actions);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

Q_SIGNALS:
    void actionTriggered(int row, daas::ui::TransferListModel::Action action);

private:
    static QIcon iconOf(TransferListModel::Action action);
    static QString textOf(TransferListModel::Action action);
};

} // namespace daas::ui
