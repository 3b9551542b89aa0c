#include "storage/TransferQueue.h"

#include "storage/DavPath.h"
#include "storage/WebDavClient.h"
#include "support/Crc32.h"
#include "support/Logging.h"
#include "support/SafePath.h"
#include "support/Worker.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

namespace daas::storage {

TransferQueue::TransferQueue(WebDavClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_stateFile(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                  QStringLiteral("/transfers.json"))
{
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(300);
    connect(&m_saveTimer, &QTimer::timeout, this, &TransferQueue::saveOnWorker);
}

void TransferQueue::saveNow()
{
    m_saveTimer.stop();
    saveOnWorker();
}

TransferQueue::~TransferQueue()
{
    // the newest state, now (a write still under way on a worker then finds it newer and leaves it)
    if (m_saveTimer.isActive() || m_saving || m_saveAgain)
        save();
}

Transfer *TransferQueue::add(Transfer::Direction direction, const QString &local, const QString &remote,
                             const std::function<void(Transfer *)> &setUp)
{
    auto *t = new Transfer(this, m_nextId++, direction, local, remote);
    if (setUp)
        setUp(t);
    m_transfers.append(t);
    m_wasBusy = true; // idle() follows even if it fails before it ever runs (the probe was refused)
    connect(t, &Transfer::changed, this, [this, t]() { onTransferChanged(t); });
    Q_EMIT transferAdded(t);
    scheduleSave();
    QTimer::singleShot(0, this, &TransferQueue::schedule);
    return t;
}

Transfer *TransferQueue::addDownload(const QString &remotePath, const QString &localFile)
{
    return add(Transfer::Direction::Download, localFile, remotePath);
}

Transfer *TransferQueue::addUpload(const QString &localFile, const QString &remotePath)
{
    return add(Transfer::Direction::Upload, localFile, remotePath);
}

Transfer *TransferQueue::addCopy(const CatalogueOrigin &origin, const QString &remotePath)
{
    const QString folder = davpath::parentOf(remotePath);
    for (Transfer *t : std::as_const(m_transfers))
        if (t->direction() == Transfer::Direction::Copy && !t->isFinished() &&
            t->origin().datafileId == origin.datafileId && davpath::parentOf(t->remotePath()) == folder)
            return t; // two copies of one datafile would write the same part file
    return add(Transfer::Direction::Copy, QString(), remotePath, [&origin, &remotePath](Transfer *t) {
        t->m_origin = origin;
        t->m_total = origin.size;
        // short and fixed: a datafile name near the file system's limit still fits, and a renamed target
        // (keep both) keeps its part
        t->m_copyPart = QStringLiteral(".daas-copy-%1-%2.part")
                            .arg(origin.datafileId)
                            .arg(support::Crc32::of(remotePath.toUtf8()), 8, 16, QLatin1Char('0'));
    });
}

void TransferQueue::setMaxParallel(int n)
{
    m_maxParallel = qMax(1, n);
    schedule();
}

int TransferQueue::retryDelayMs(int attempt) const
{
    return qMin(30000, m_retryBaseMs * (1 << qMin(attempt, 10)));
}

Transfer *TransferQueue::transfer(int id) const
{
    for (Transfer *t : m_transfers)
        if (t->id() == id)
            return t;
    return nullptr;
}

void TransferQueue::pause(int id)
{
    if (Transfer *t = transfer(id))
        t->pause();
}

void TransferQueue::resume(int id)
{
    if (Transfer *t = transfer(id); t && t->state() == Transfer::State::Paused) {
        m_wasBusy = true;
        t->setState(Transfer::State::Queued);
        schedule();
    }
}

void TransferQueue::cancel(int id)
{
    if (Transfer *t = transfer(id))
        t->cancel();
}

void TransferQueue::retry(int id)
{
    if (Transfer *t = transfer(id); t && (t->state() == Transfer::State::Failed)) {
        t->m_attempts = 0;
        t->m_renewedAuth = false;
        m_client->forgetFailedRenewal(); // the user asks again: so may the credentials
        m_wasBusy = true;
        t->setState(Transfer::State::Queued);
        schedule();
    }
}

void TransferQueue::pauseAll()
{
    for (Transfer *t : std::as_const(m_transfers))
        if (!t->isFinished())
            t->pause();
}

void TransferQueue::resumeAll()
{
    for (Transfer *t : std::as_const(m_transfers))
        if (t->state() == Transfer::State::Paused) {
            m_wasBusy = true;
            t->setState(Transfer::State::Queued);
        }
    schedule();
}

void TransferQueue::removeFinished()
{
    for (qsizetype i = m_transfers.size() - 1; i >= 0; --i) {
        if (m_transfers.at(i)->isFinished())
            m_transfers.takeAt(i)->deleteLater();
    }
    scheduleSave();
}

void TransferQueue::resolveConflict(int id, ConflictChoice choice, bool applyToAll)
{
    if (applyToAll && choice != ConflictChoice::Ask) {
        m_policy = choice;
        // the others already waiting get the same answer
        for (Transfer *t : std::as_const(m_transfers))
            if (t->id() != id && t->state() == Transfer::State::WaitingForDecision)
                t->decide(choice);
    }
    if (Transfer *t = transfer(id))
        t->decide(choice);
}

qint64 TransferQueue::totalBytesDone() const
{
    qint64 sum = 0;
    for (const Transfer *t : m_transfers)
        if (t->state() != Transfer::State::Skipped && t->state() != Transfer::State::Cancelled)
            sum += t->bytesDone();
    return sum;
}

qint64 TransferQueue::totalBytes() const
{
    qint64 sum = 0;
    for (const Transfer *t : m_transfers)
        if (t->state() != Transfer::State::Skipped && t->state() != Transfer::State::Cancelled)
            sum += qMax<qint64>(0, t->bytesTotal());
    return sum;
}

double TransferQueue::bytesPerSecond() const
{
    double sum = 0;
    for (const Transfer *t : m_transfers)
        sum += t->bytesPerSecond();
    return sum;
}

int TransferQueue::secondsLeft() const
{
    const double speed = bytesPerSecond();
    return speed > 1 ? int(double(totalBytes() - totalBytesDone()) / speed) : -1;
}

bool TransferQueue::isIdle() const
{
    for (const Transfer *t : m_transfers) {
        switch (t->state()) {
        case Transfer::State::Queued:
        case Transfer::State::Running:
        case Transfer::State::Retrying:
        case Transfer::State::WaitingForDecision:
            return false;
        default:
            break;
        }
    }
    return true;
}

void TransferQueue::schedule()
{
    if (!m_client->capabilities().probed) {
        // the probe is the session's cheap first request: no large body is sent before credentials work
        bool anyQueued = false;
        for (const Transfer *t : std::as_const(m_transfers))
            anyQueued = anyQueued || t->state() == Transfer::State::Queued;
        if (!anyQueued || m_probing)
            return;
        m_probing = true;
        m_client->probe(this, [this](const Error &error) {
            m_probing = false;
            if (error) {
                for (Transfer *t : std::as_const(m_transfers))
                    if (t->state() == Transfer::State::Queued) {
                        t->m_error = error;
                        t->setState(Transfer::State::Failed);
                    }
                return;
            }
            schedule();
        });
        return;
    }
    int running = 0;
    for (const Transfer *t : std::as_const(m_transfers))
        running += t->state() == Transfer::State::Running ? 1 : 0;
    for (Transfer *t : std::as_const(m_transfers)) {
        if (running >= m_maxParallel)
            break;
        if (t->state() == Transfer::State::Queued) {
            ++running;
            t->start();
        }
    }
}

void TransferQueue::onTransferChanged(Transfer *t)
{
    Q_EMIT transferChanged(t);
    if (t->state() != Transfer::State::Running) {
        scheduleSave();
        QTimer::singleShot(0, this, [this]() {
            schedule();
            const bool busy = !isIdle();
            if (m_wasBusy && !busy)
                Q_EMIT idle();
            m_wasBusy = busy;
        });
    } else {
        m_wasBusy = true;
    }
}

void TransferQueue::scheduleSave()
{
    if (!m_saveTimer.isActive())
        m_saveTimer.start();
}

QList<Transfer::Saved> TransferQueue::stateSnapshot() const
{
    QList<Transfer::Saved> unfinished;
    unfinished.reserve(m_transfers.size());
    for (const Transfer *t : m_transfers)
        if (!t->isFinished())
            unfinished.append(t->saved());
    return unfinished;
}

Error TransferQueue::writeState(const QString &stateFile, const QList<Transfer::Saved> &unfinished)
{
    QJsonArray list;
    for (const Transfer::Saved &t : unfinished)
        list.append(t.toJson());
    QDir().mkpath(QFileInfo(stateFile).absolutePath());
    QSaveFile f(stateFile);
    if (!f.open(QIODevice::WriteOnly) ||
        f.write(
            QJsonDocument(QJsonObject{{QStringLiteral("version"), 1}, {QStringLiteral("transfers"), list}})
                .toJson()) < 0 ||
        !f.commit())
        return Error(Error::Kind::Storage,
                     tr("The list of transfers could not be saved in %1, so unfinished transfers will not "
                        "carry on after a restart. Check that the disk has space and that the folder can be "
                        "written.")
                         .arg(QDir::toNativeSeparators(QFileInfo(stateFile).absolutePath())),
                     QStringLiteral("%1: %2").arg(stateFile, f.errorString()));
    return {};
}

Error TransferQueue::save() const
{
    const std::lock_guard lock(m_writes->mutex);
    m_writes->written = ++m_writes->taken;
    return writeState(m_stateFile, stateSnapshot());
}

void TransferQueue::saveOnWorker()
{
    if (m_saving) {
        m_saveAgain = true; // one write at a time; the newest state follows this one
        return;
    }
    m_saving = true;
    // the snapshot here (the transfers live on this thread) as plain values, the JSON and the write (and its
    // fsync) on a worker: with thousands of transfers queued they took this thread for a tenth of a second
    // at a time, and the JSON objects alone for 30 ms
    const quint64 number = ++m_writes->taken;
    support::onWorker<Error>(
        this,
        [writes = m_writes, number, file = m_stateFile, list = stateSnapshot()]() {
            const std::lock_guard lock(writes->mutex);
            if (writes->written > number)
                return Error(); // a newer state was written meanwhile (save() at the end)
            writes->written = number;
            return writeState(file, list);
        },
        [this](const Error &e) {
            m_saving = false;
            if (std::exchange(m_saveAgain, false))
                scheduleSave();
            if (!e) {
                m_saveFailing = false;
                return;
            }
            qCWarning(lcTransfer) << "could not keep the transfer queue:" << e.detail();
            if (!std::exchange(m_saveFailing, true))
                Q_EMIT stateNotSaved(e);
        });
}

Error TransferQueue::restore()
{
    QFile f(m_stateFile);
    if (!f.exists())
        return {};
    if (!f.open(QIODevice::ReadOnly))
        return Error(Error::Kind::Storage, tr("The list of transfers could not be read."), f.errorString());
    const QJsonArray list =
        QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("transfers")).toArray();
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        const QString local = o.value(QStringLiteral("local")).toString();
        const QString remote = o.value(QStringLiteral("remote")).toString();
        const QString direction = o.value(QStringLiteral("direction")).toString();
        Transfer *t = nullptr;
        if (direction == QLatin1String("copy")) {
            const CatalogueOrigin origin =
                CatalogueOrigin::fromJson(o.value(QStringLiteral("origin")).toObject());
            const QString part = o.value(QStringLiteral("copyPart")).toString();
            // a queue file is read back as untrusted as any other: one safe name for the part, a safe path
            if (origin.datafileId <= 0 || !davpath::checked(remote) || remote.isEmpty() ||
                !part.startsWith(QLatin1String(".daas-copy-")) || !support::checkedFileName(part))
                continue;
            t = add(Transfer::Direction::Copy, QString(), remote, [&](Transfer *c) {
                c->m_origin = origin;
                c->m_copyPart = part;
                c->m_copied =
                    CopyProgress{o.value(QStringLiteral("confirmed")).toInteger(),
                                 std::uint32_t(o.value(QStringLiteral("confirmedCrc")).toInteger())};
            });
        } else {
            if (local.isEmpty())
                continue;
            const bool download = direction == QLatin1String("download");
            t = add(download ? Transfer::Direction::Download : Transfer::Direction::Upload, local, remote);
        }
        t->m_expectedEtag = o.value(QStringLiteral("etag")).toString();
        t->m_partStamp = o.value(QStringLiteral("partStamp")).toString();
        t->m_putSentAt =
            QDateTime::fromString(o.value(QStringLiteral("putSentAt")).toString(), Qt::ISODateWithMs);
        t->m_total = o.value(QStringLiteral("total")).toInteger(-1);
        t->m_restored = true;
        if (o.value(QStringLiteral("paused")).toBool())
            t->m_state = Transfer::State::Paused;
    }
    return {};
}

} // namespace daas::storage
