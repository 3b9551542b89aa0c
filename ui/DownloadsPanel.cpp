#include "DownloadsPanel.h"
#include "ThemedIcon.h"

#include "catalogue/Entities.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QUrl>
#include <QVBoxLayout>

namespace daas::ui {

DownloadsPanel::DownloadsPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("downloadsPanel"));
    auto *content = new QWidget;
    m_rows = new QVBoxLayout(content);
    m_rows->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_clear = new QPushButton(tr("C&lear finished"), this);
    m_clear->setObjectName(QStringLiteral("clearFinished"));
    m_clear->setEnabled(false);
    connect(m_clear, &QPushButton::clicked, this, &DownloadsPanel::clearFinished);
    m_heading = new QLabel(this);
    m_heading->hide();
    auto *top = new QHBoxLayout;
    top->addWidget(m_heading);
    top->addStretch();
    top->addWidget(m_clear);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(scroll);
}

void DownloadsPanel::setHeading(const QString &heading)
{
    m_heading->setText(QStringLiteral("<b>%1</b>").arg(heading.toHtmlEscaped()));
    m_heading->setVisible(!heading.isEmpty());
    // aligned with the list above it
    layout()->setContentsMargins(heading.isEmpty() ? QMargins() : QMargins(6, 4, 6, 0));
}

void DownloadsPanel::clearFinished()
{
    for (QWidget *row : findChildren<QWidget *>(QStringLiteral("transferRow")))
        if (row->property("finished").toBool())
            row->deleteLater();
    m_clear->setEnabled(false);
}

QStringList DownloadsPanel::runningTransfers() const
{
    QStringList out;
    for (auto it = m_cancels.cbegin(); it != m_cancels.cend(); ++it)
        out << it.key()->findChild<QLabel *>(QStringLiteral("title"))->text();
    out.sort();
    return out;
}

void DownloadsPanel::cancelRunning()
{
    // a cancel may end its row at once (and so change the map): go through a copy
    const auto cancels = m_cancels;
    for (const auto &cancel : cancels)
        cancel();
}

void DownloadsPanel::rowFinished(QWidget *row, bool succeeded, const QString &text, const QString &folder)
{
    --m_running;
    m_cancels.remove(row);
    row->setProperty("finished", true);
    row->findChild<QPushButton *>(QStringLiteral("cancel"))->hide();
    auto *bar = row->findChild<QProgressBar *>(QStringLiteral("progress"));
    bar->setRange(0, 1);
    bar->setValue(succeeded ? 1 : 0);
    row->findChild<QLabel *>(QStringLiteral("status"))->setText(text);
    if (succeeded && !folder.isEmpty()) {
        auto *open = row->findChild<QLabel *>(QStringLiteral("open"));
        open->setText(QStringLiteral("<a href=\"%1\">%2</a>")
                          .arg(QUrl::fromLocalFile(folder).toString().toHtmlEscaped(), tr("Show in folder")));
        open->show();
    }
    m_clear->setEnabled(true);
}

QWidget *DownloadsPanel::addRow(const QString &label, QObject *job, std::function<void()> cancel)
{
    auto *row = new QWidget;
    row->setObjectName(QStringLiteral("transferRow"));
    auto *title = new QLabel(label, row);
    title->setObjectName(QStringLiteral("title"));
    auto *bar = new QProgressBar(row);
    bar->setObjectName(QStringLiteral("progress"));
    bar->setAccessibleName(tr("Progress of %1").arg(label));
    bar->setRange(0, 0);
    auto *status = new QLabel(tr("Starting…"), row);
    status->setObjectName(QStringLiteral("status"));
    status->setWordWrap(true);
    status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *open = new QLabel(row);
    open->setObjectName(QStringLiteral("open"));
    open->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    open->setOpenExternalLinks(true);
    open->hide();
    auto *cancelButton = new QPushButton(themedIcon(QStringLiteral(":/icons/cancel.svg")), tr("Cancel"), row);
    cancelButton->setObjectName(QStringLiteral("cancel"));
    cancelButton->setAccessibleName(tr("Cancel %1").arg(label));
    auto *grid = new QGridLayout(row);
    grid->addWidget(title, 0, 0);
    grid->addWidget(cancelButton, 0, 1, 2, 1);
    grid->addWidget(bar, 1, 0);
    grid->addWidget(status, 2, 0, 1, 2);
    grid->addWidget(open, 3, 0, 1, 2);
    m_rows->insertWidget(0, row);
    connect(cancelButton, &QPushButton::clicked, job, [cancel] { cancel(); });
    m_cancels.insert(row, std::move(cancel));
    ++m_running;
    Q_EMIT transferStarted();
    return row;
}

void DownloadsPanel::addDownload(catalogue::DownloadJob *job)
{
    const QString label = job->target().name;
    QWidget *row = addRow(label, job, [job] { job->cancel(); });
    auto *bar = row->findChild<QProgressBar *>(QStringLiteral("progress"));
    auto *status = row->findChild<QLabel *>(QStringLiteral("status"));
    connect(job, &catalogue::DownloadJob::progress, row, [bar, status](qint64 received, qint64 total) {
        if (total > 0) {
            bar->setRange(0, 1000);
            bar->setValue(int(received * 1000 / total));
            status->setText(
                tr("%1 of %2").arg(catalogue::formatSize(received), catalogue::formatSize(total)));
        } else {
            status->setText(tr("%1 received").arg(catalogue::formatSize(received)));
        }
    });
    // archived data: IDS restores it from tape before it can be sent; the row says so and keeps counting
    connect(job, &catalogue::DownloadJob::restoring, row, [bar, status] {
        bar->setRange(0, 0);
        status->setText(tr("The facility is restoring these files from tape…"));
    });
    connect(job, &catalogue::DownloadJob::restoreWaiting, row, [status](qint64 elapsedMs) {
        if (elapsedMs < 1000) // the first "not yet" comes at once: no "waiting for 0 s"
            return;
        status->setText(tr("The facility is restoring these files from tape… (waiting for %1)")
                            .arg(catalogue::formatDuration(elapsedMs / 1000)));
    });
    connect(job, &catalogue::DownloadJob::finished, row, [this, row, job, label](const Error &e) {
        QString text;
        QString folder;
        if (e) {
            text = e.kind() == Error::Kind::Cancelled ? tr("Cancelled; nothing was kept.") : e.userText();
        } else {
            const QStringList files = job->writtenFiles();
            folder = files.isEmpty() ? QString() : QFileInfo(files.first()).path();
            text = files.size() == 1 ? tr("Saved as %1").arg(QDir::toNativeSeparators(files.first()))
                                     : tr("%n file(s) saved in %1", nullptr, int(files.size()))
                                           .arg(QDir::toNativeSeparators(folder));
            if (!job->refusedEntries().isEmpty())
                text += u'\n' + tr("Refused, because they would have been written outside the folder: %1")
                                    .arg(job->refusedEntries().join(QStringLiteral("; ")));
        }
        rowFinished(row, !e, text, folder);
        job->deleteLater();
        Q_EMIT transferFinished(label + QStringLiteral(": ") + text,
                                bool(e) && e.kind() != Error::Kind::Cancelled);
    });
}

void DownloadsPanel::addUpload(catalogue::UploadJob *job, const QString &label)
{
    QWidget *row = addRow(label, job, [job] { job->cancel(); });
    auto *bar = row->findChild<QProgressBar *>(QStringLiteral("progress"));
    connect(job, &catalogue::UploadJob::progress, row, [bar](qint64 sent, qint64 total) {
        if (total > 0) {
            bar->setRange(0, 1000);
            bar->setValue(int(sent * 1000 / total));
        }
    });
    connect(job, &catalogue::UploadJob::finished, row, [this, row, job, label](const Error &e) {
        const QString text = e.kind() == Error::Kind::Cancelled ? tr("Cancelled; nothing was kept.")
                             : e                                ? e.userText()
                                                                : tr("Uploaded and verified.");
        rowFinished(row, !e, text, QString());
        job->deleteLater();
        Q_EMIT transferFinished(label + QStringLiteral(": ") + text,
                                bool(e) && e.kind() != Error::Kind::Cancelled);
    });
}

} // namespace daas::ui
