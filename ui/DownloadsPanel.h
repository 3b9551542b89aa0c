#pragma once

#include "catalogue/IdsTransfers.h"

#include <QHash>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace daas::ui {

// The transfers of this session: one row per download or upload with its progress, a Cancel button while
// it runs, and the outcome (where the files are, what was refused, or why it failed) when it ends.
class DownloadsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit DownloadsPanel(QWidget *parent = nullptr);
    void addDownload(catalogue::DownloadJob *job);
    void addUpload(catalogue::UploadJob *job, const QString &label);
    int runningCount() const { return m_running; }
    // The names of the transfers still running (a shared computer's sign-out lists them), and stopping them
    // all (their part files are removed as a Cancel does).
    QStringList runningTransfers() const;
    void cancelRunning();
    // Removes the rows of transfers that have ended.
    void clearFinished();
    // A title at the left of the panel's buttons, when it shares the Transfers dock with another list.
    void setHeading(const QString &heading);

Q_SIGNALS:
    void transferStarted();
    void transferFinished(const QString &summary, bool failed);

private:
    QWidget *addRow(const QString &label, QObject *job, std::function<void()> cancel);
    void rowFinished(QWidget *row, bool succeeded, const QString &text, const QString &folder);
    QPushButton *m_clear;
    QLabel *m_heading;
    QVBoxLayout *m_rows;
    int m_running = 0;
    QHash<QWidget *, std::function<void()>> m_cancels; // rows still running
};

} // namespace daas::ui
