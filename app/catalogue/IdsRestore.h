#pragma once

#include "support/Error.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkReply;
class QTimer;

namespace daas::identity {
class Account;
}

namespace daas::catalogue {

// Waits for IDS to bring archived data online (two-level storage): prepareData with the selection,
// then isPrepared polled with a growing interval until it says true, and hands back the preparedId that
// getData then takes. IDS answers getData with 503 DataNotOnlineException until then, so a download that
// met one waits here. Every request has its own network timeout; the wait as a whole ends after
// `timeoutMs` and is then reported as a timeout (never as cancelled). cancel() stops it silently.
class IdsRestore : public QObject
{
    Q_OBJECT
public:
    // selection: the getData/prepareData id parameter, e.g. "datasetIds"; zip as getData would have zipped
    IdsRestore(identity::Account *account, QString idsParameter, qint64 id, bool zip,
               QObject *parent = nullptr);
    ~IdsRestore() override;

    // the first interval between polls (doubled after each "false", up to maxIntervalMs), and the limit
    void setPolling(int firstIntervalMs, int maxIntervalMs, qint64 timeoutMs);
    void start();
    void cancel();
    int polls() const { return m_polls; }

Q_SIGNALS:
    // another "not yet" from isPrepared; the next poll is in nextPollMs
    void waiting(qint64 elapsedMs, int nextPollMs);
    void ready(const QString &preparedId);
    void failed(const daas::Error &error);

private:
    void prepare();
    void poll();
    void scheduleNextPoll();
    void finish(const Error &error);
    QUrl idsUrl(const QString &call) const;

    identity::Account *m_account;
    QString m_parameter;
    qint64 m_id;
    bool m_zip;
    QString m_preparedId;
    QPointer<QNetworkReply> m_reply;
    QTimer *m_timer;
    QElapsedTimer m_clock;
    int m_interval = 1000;
    int m_firstInterval = 1000;
    int m_maxInterval = 60000;
    qint64 m_timeout = 12 * 3600 * 1000ll; // tape restores take hours; a day-long wait is the user's call
    int m_polls = 0;
    bool m_done = false;
};

} // namespace daas::catalogue
