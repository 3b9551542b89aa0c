#include "TransferDelegate.h"
#include "ThemedIcon.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

using Action = daas::ui::TransferListModel::Action;
using State = daas::storage::Transfer::State;

namespace daas::ui {

namespace {
constexpr int margin = 6;
constexpr int buttonSize = 24;
constexpr int iconSize = 20;
constexpr int barHeight = 6;
} // namespace

QIcon TransferDelegate::iconOf(Action action)
{
    switch (action) {
    case TransferListModel::Pause:
        return themedIcon(QStringLiteral(":/icons/pause.svg"));
    case TransferListModel::Resume:
        return themedIcon(QStringLiteral(":/icons/resume.svg"));
    case TransferListModel::Retry:
        return themedIcon(QStringLiteral(":/icons/retry.svg"));
    case TransferListModel::Cancel:
        return themedIcon(QStringLiteral(":/icons/cancel.svg"));
    default:
        return {};
    }
}

QString TransferDelegate::textOf(Action action)
{
    switch (action) {
    case TransferListModel::Pause:
        return tr("Pause");
    case TransferListModel::Resume:
        return tr("Resume");
    case TransferListModel::Retry:
        return tr("Retry");
    case TransferListModel::Cancel:
        return tr("Cancel");
    default:
        return {};
    }
}

QList<std::pair<QRect, Action>> TransferDelegate::buttons(const QRect &rowRect,
                                                          TransferListModel::Actions actions)
{
    QList<std::pair<QRect, Action>> out;
    int right = rowRect.right() - margin;
    const int top = rowRect.top() + (rowRect.height() - buttonSize) / 2;
    // rightmost first: cancel, then the state's own action
    for (Action a : {TransferListModel::Cancel, TransferListModel::Retry, TransferListModel::Resume,
                     TransferListModel::Pause}) {
        if (!actions.testFlag(a))
            continue;
        out.append({QRect(right - buttonSize + 1, top, buttonSize, buttonSize), a});
        right -= buttonSize + 4;
    }
    return out;
}

QSize TransferDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const int line = option.fontMetrics.height();
    return QSize(240, margin + line + 4 + barHeight + 4 + line + margin);
}

void TransferDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    opt.text.clear();
    opt.icon = QIcon();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, opt.widget);

    const auto state = State(index.data(TransferListModel::StateRole).toInt());
    const auto actions = TransferListModel::Actions(index.data(TransferListModel::ActionsRole).toInt());
    const QList<std::pair<QRect, Action>> btns = buttons(option.rect, actions);
    const int buttonsLeft = btns.isEmpty() ? option.rect.right() - margin : btns.last().first.left() - 6;
    const QRect r = option.rect;
    const int line = option.fontMetrics.height();

    painter->save();
    const bool upload = index.data(TransferListModel::UploadRole).toBool();
    const QIcon icon =
        themedIcon(upload ? QStringLiteral(":/icons/upload.svg") : QStringLiteral(":/icons/download.svg"));
    const QRect iconRect(r.left() + margin, r.top() + margin, iconSize, iconSize);
    icon.paint(painter, iconRect, Qt::AlignCenter,
               state == State::Cancelled || state == State::Skipped ? QIcon::Disabled : QIcon::Normal);

    const int textLeft = iconRect.right() + margin + 2;
    const int textWidth = qMax(10, buttonsLeft - textLeft);
    const QPalette::ColorRole textRole =
        opt.state.testFlag(QStyle::State_Selected) ? QPalette::HighlightedText : QPalette::Text;
    QFont bold = option.font;
    bold.setWeight(QFont::DemiBold);
    painter->setFont(bold);
    painter->setPen(opt.palette.color(textRole));
    const QRect nameRect(textLeft, r.top() + margin, textWidth, line);
    painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(bold).elidedText(index.data().toString(), Qt::ElideMiddle, textWidth));

    // the bar: thin, drawn by hand so it looks the same in every style and fits a narrow dock
    const QRect bar(textLeft, nameRect.bottom() + 5, textWidth, barHeight);
    const qint64 done = index.data(TransferListModel::BytesDoneRole).toLongLong();
    const qint64 total = index.data(TransferListModel::BytesTotalRole).toLongLong();
    QColor fill(0x1f, 0x5f, 0x8b);
    if (state == State::Failed)
        fill = QColor(0xb0, 0x30, 0x30);
    else if (state == State::Done)
        fill = QColor(0x2e, 0x7d, 0x4f);
    else if (state == State::Paused || state == State::WaitingForDecision || state == State::Cancelled ||
             state == State::Skipped)
        fill = QColor(0x8a, 0x94, 0x9e);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(0xdd, 0xe3, 0xe9));
    painter->drawRoundedRect(bar, 3, 3);
    double fraction = total > 0 ? double(done) / double(total) : 0;
    if (state == State::Done)
        fraction = 1;
    if (fraction > 0) {
        QRect filled = bar;
        filled.setWidth(qMax(barHeight, int(bar.width() * qMin(1.0, fraction))));
        painter->setBrush(fill);
        painter->drawRoundedRect(filled, 3, 3);
    }

    painter->setFont(option.font);
    QColor statusColor = opt.palette.color(textRole);
    if (state == State::Failed && !opt.state.testFlag(QStyle::State_Selected))
        statusColor = readableOn(QColor(0x7a, 0x1f, 0x24), opt.palette);
    else if (!opt.state.testFlag(QStyle::State_Selected))
        statusColor = opt.palette.color(QPalette::PlaceholderText);
    painter->setPen(statusColor);
    const QRect statusRect(textLeft, bar.bottom() + 4, textWidth, line);
    painter->drawText(statusRect, Qt::AlignLeft | Qt::AlignVCenter,
                      option.fontMetrics.elidedText(index.data(TransferListModel::StatusRole).toString(),
                                                    Qt::ElideRight, textWidth));

    for (const auto &[rect, action] : btns) {
        const bool hover = opt.state.testFlag(QStyle::State_MouseOver) && opt.widget &&
                           rect.contains(opt.widget->mapFromGlobal(QCursor::pos()));
        if (hover) {
            painter->setPen(Qt::NoPen);
            painter->setBrush(opt.palette.color(QPalette::Midlight));
            painter->drawRoundedRect(rect, 4, 4);
        }
        iconOf(action).paint(painter, rect.adjusted(4, 4, -4, -4));
    }
    painter->restore();
}

bool TransferDelegate::editorEvent(QEvent *event, QAbstractItemModel *model,
                                   const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() == QEvent::MouseButtonRelease) {
        auto *me = static_cast<QMouseEvent *>(event);
        if (me->button() == Qt::LeftButton) {
            const auto actions =
                TransferListModel::Actions(index.data(TransferListModel::ActionsRole).toInt());
            for (const auto &[rect, action] : buttons(option.rect, actions)) {
                if (rect.contains(me->position().toPoint())) {
                    Q_EMIT actionTriggered(index.row(), action);
                    return true;
                }
            }
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

bool TransferDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                                 const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() == QEvent::ToolTip) {
        const auto actions = TransferListModel::Actions(index.data(TransferListModel::ActionsRole).toInt());
        for (const auto &[rect, action] : buttons(option.rect, actions)) {
            if (rect.contains(event->pos())) {
                QToolTip::showText(event->globalPos(), textOf(action), view);
                return true;
            }
        }
        // the whole status, which may have been elided
        QToolTip::showText(event->globalPos(),
                           index.data(Qt::ToolTipRole).toString() + u'\n' +
                               index.data(TransferListModel::StatusRole).toString(),
                           view);
        return true;
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

} // namespace daas::ui
