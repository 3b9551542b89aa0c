#include "TransferPanel.h"
#include "ThemedIcon.h"

#include "ConflictDialog.h"
#include "TaskbarProgress.h"
#include "TransferDelegate.h"
#include "storage/TransferQueue.h"
#include "support/Settings.h"

#include <QDesktopServices>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QProgressBar>
#include <QSpinBox>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

using daas::storage::Transfer;
using daas::storage::TransferQueue;
using State = daas::storage::Transfer::State;

namespace daas::ui {

TransferPanel::TransferPanel(TransferQueue *queue, QWidget *parent)
    : QWidget(parent)
    , m_queue(queue)
    , m_model(new TransferListModel(queue, this))
    , m_delegate(new TransferDelegate(this))
    , m_view(new QListView(this))
    , m_total(new QLabel(this))
    , m_totalBar(new QProgressBar(this))
    , m_taskbar(new TaskbarProgress(this, this))
    , m_pauseAll(new QToolButton(this))
    , m_resumeAll(new QToolButton(this))
    , m_clear(new QToolButton(this))
    , m_parallel(new QSpinBox(this))
{
    setObjectName(QStringLiteral("transferPanel"));
    m_view->setObjectName(QStringLiteral("transferList"));
    m_view->setAccessibleName(tr("Storage transfers"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(m_delegate);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setMouseTracking(true);
    m_view->setUniformItemSizes(true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(m_view, &QWidget::customContextMenuRequested, this, &TransferPanel::contextMenu);
    connect(m_delegate, &TransferDelegate::actionTriggered, this,
            [this](int row, TransferListModel::Action action) { m_model->trigger(row, action); });

    m_total->setObjectName(QStringLiteral("transferTotal"));
    m_total->setWordWrap(true);
    m_totalBar->setObjectName(QStringLiteral("transferTotalBar"));
    m_totalBar->setTextVisible(false);
    m_totalBar->setMaximumHeight(8);
    m_totalBar->setRange(0, 1000);
    m_totalBar->setAccessibleName(tr("Progress of all storage transfers"));

    auto setUp = [](QToolButton *b, const char *icon, const QString &text, const QString &name) {
        b->setIcon(themedIcon(QString::fromLatin1(icon)));
        b->setText(text);
        b->setObjectName(name);
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        b->setAutoRaise(true);
    };
    setUp(m_pauseAll, ":/icons/pause.svg", tr("Pause all"), QStringLiteral("pauseAll"));
    setUp(m_resumeAll, ":/icons/resume.svg", tr("Resume all"), QStringLiteral("resumeAll"));
    setUp(m_clear, ":/icons/clear.svg", tr("Clear finished"), QStringLiteral("clearFinishedTransfers"));
    connect(m_pauseAll, &QToolButton::clicked, this, &TransferPanel::pauseAll);
    connect(m_resumeAll, &QToolButton::clicked, this, &TransferPanel::resumeAll);
    connect(m_clear, &QToolButton::clicked, this, &TransferPanel::clearFinished);

    // how many run at once: more helps many small files on a far server, fewer leaves bandwidth to others
    m_parallel->setObjectName(QStringLiteral("parallelTransfers"));
    m_parallel->setRange(minParallel, maxParallel);
    m_parallel->setValue(queue->maxParallel());
    m_parallel->setAccessibleName(tr("Transfers at once"));
    m_parallel->setToolTip(tr("How many storage transfers run at the same time"));
    auto *parallelLabel = new QLabel(tr("at &once"), this);
    parallelLabel->setBuddy(m_parallel);
    connect(m_parallel, &QSpinBox::valueChanged, this, [this](int n) {
        m_queue->setMaxParallel(n);
        support::Settings::setValue(support::keys::parallelTransfers, n);
    });

    auto *heading = new QLabel(tr("<b>Storage</b>"), this);
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(2);
    buttons->addWidget(heading);
    buttons->addStretch();
    buttons->addSpacing(8);
    buttons->addWidget(m_parallel);
    buttons->addWidget(parallelLabel);
    buttons->addWidget(m_pauseAll);
    buttons->addWidget(m_resumeAll);
    buttons->addWidget(m_clear);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 0);
    layout->setSpacing(4);
    layout->addLayout(buttons);
    layout->addWidget(m_total);
    layout->addWidget(m_totalBar);
    layout->addWidget(m_view, 1);

    connect(m_model, &TransferListModel::summaryChanged, this, &TransferPanel::updateSummary);
    connect(queue, &TransferQueue::transferAdded, this, [this] { Q_EMIT activity(); });
    connect(queue, &TransferQueue::conflictRaised, this, [this](Transfer *t) {
        if (!m_conflicts.contains(t->id()))
            m_conflicts.append(t->id());
        if (m_dialog)
            m_dialog->setOthersWaiting(int(m_conflicts.size()) - 1);
        else
            showNextConflict();
    });
    updateSummary();
}

int TransferPanel::savedParallel()
{
    return std::clamp(support::Settings::value(support::keys::parallelTransfers), minParallel, maxParallel);
}

void TransferPanel::showNextConflict()
{
    while (!m_conflicts.isEmpty()) {
        Transfer *t = m_queue->transfer(m_conflicts.first());
        if (t && t->state() == State::WaitingForDecision)
            break;
        m_conflicts.removeFirst(); // decided meanwhile ("apply to all") or cancelled
    }
    if (m_conflicts.isEmpty())
        return;
    Transfer *t = m_queue->transfer(m_conflicts.first());
    m_dialog = new ConflictDialog(t, int(m_conflicts.size()) - 1, window());
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &ConflictDialog::decided, this,
            [this](int id, storage::ConflictChoice choice, bool all) {
                m_conflicts.removeAll(id);
                m_queue->resolveConflict(id, choice, all);
            });
    connect(m_dialog, &QDialog::finished, this, [this] {
        m_dialog = nullptr;
        // the next one after this dialog has gone
        QMetaObject::invokeMethod(this, &TransferPanel::showNextConflict, Qt::QueuedConnection);
    });
    m_dialog->open();
}

ConflictDialog *TransferPanel::conflictDialog() const
{
    return m_dialog;
}

QString TransferPanel::summary() const
{
    return m_total->text();
}

void TransferPanel::updateSummary()
{
    int files = 0;
    int finished = 0;
    int failed = 0;
    for (const Transfer *t : m_queue->transfers()) {
        ++files;
        finished += t->isFinished() ? 1 : 0;
        failed += t->state() == State::Failed ? 1 : 0;
    }
    const qint64 done = m_queue->totalBytesDone();
    const qint64 total = m_queue->totalBytes();
    QString text;
    if (files == 0) {
        text = tr("No storage transfers. Drop files on the Files area to upload them.");
    } else if (finished == files) {
        text = failed > 0
                   ? tr("%n file(s) could not be transferred; retry them or clear the list.", nullptr, failed)
                   : tr("All %n file(s) transferred.", nullptr, files);
    } else {
        text =
            tr("%1 of %n file(s)", nullptr, files).arg(finished) + QStringLiteral(" · ") +
            TransferListModel::progressText(done, total, m_queue->bytesPerSecond(), m_queue->secondsLeft());
    }
    m_total->setText(text);
    m_totalBar->setValue(total > 0 ? int(done * 1000 / total) : (files > 0 && finished == files ? 1000 : 0));
    m_totalBar->setVisible(files > 0);
    m_taskbar->setProgress(total > 0 ? double(done) / double(total) : 0.0, files > 0 && finished < files,
                           files - finished);
    bool anyPaused = false;
    bool anyActive = false;
    for (const Transfer *t : m_queue->transfers()) {
        anyPaused = anyPaused || t->state() == State::Paused;
        anyActive = anyActive || (!t->isFinished() && t->state() != State::Paused);
    }
    m_pauseAll->setEnabled(anyActive);
    m_resumeAll->setEnabled(anyPaused);
    m_clear->setEnabled(m_model->rowCount() > m_model->unfinishedCount());
}

void TransferPanel::pauseAll()
{
    m_queue->pauseAll();
}

void TransferPanel::resumeAll()
{
    m_queue->resumeAll();
}

void TransferPanel::clearFinished()
{
    m_model->clearFinished();
}

void TransferPanel::contextMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (!index.isValid())
        return;
    QList<int> rows;
    for (const QModelIndex &i : m_view->selectionModel()->selectedRows())
        rows << i.row();
    if (!rows.contains(index.row()))
        rows = {index.row()};
    TransferListModel::Actions possible;
    for (int r : std::as_const(rows))
        possible |=
            TransferListModel::Actions(m_model->index(r).data(TransferListModel::ActionsRole).toInt());
    // popup(), not exec(): no nested event loop
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    auto add = [&](TransferListModel::Action a, const char *icon, const QString &text) {
        QAction *act = menu->addAction(themedIcon(QString::fromLatin1(icon)), text, this, [this, rows, a] {
            for (int r : rows)
                m_model->trigger(r, a);
        });
        act->setEnabled(possible.testFlag(a));
    };
    add(TransferListModel::Pause, ":/icons/pause.svg", tr("&Pause"));
    add(TransferListModel::Resume, ":/icons/resume.svg", tr("&Resume"));
    add(TransferListModel::Retry, ":/icons/retry.svg", tr("Re&try"));
    add(TransferListModel::Cancel, ":/icons/cancel.svg", tr("&Cancel"));
    const QString local = index.data(TransferListModel::LocalPathRole).toString();
    if (!local.isEmpty() && !index.data(TransferListModel::UploadRole).toBool() &&
        State(index.data(TransferListModel::StateRole).toInt()) == State::Done) {
        menu->addSeparator();
        menu->addAction(tr("Show in &folder"), this, [local] {
            QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(local).absolutePath()));
        });
    }
    menu->popup(m_view->viewport()->mapToGlobal(pos));
}

} // namespace daas::ui
