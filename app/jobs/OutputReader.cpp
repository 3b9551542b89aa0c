#include "jobs/OutputReader.h"

#include "jobs/BatchProvider.h"
#include "storage/DavPath.h"
#include "storage/WebDavClient.h"
#include "support/SafePath.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace daas::jobs {

namespace {

// Runs `done` at most once, and never after cancel.
struct Once
{
    bool over = false;
};

OutputReader::Cancel answerLater(QObject *context, const OutputReader::Done &done, const Error &error)
{
    auto once = std::make_shared<Once>();
    QTimer::singleShot(0, context, [once, done, error] {
        if (!std::exchange(once->over, true))
            done(error);
    });
    return [once] { once->over = true; };
}

// "/a//b/./c/" → {"a", "b", "c"}; '..' is kept (resolved by resolved()).
QStringList segmentsOf(const QString &path)
{
    QStringList s;
    for (const QString &part : path.split(u'/', Qt::SkipEmptyParts))
        if (part != u"."_s)
            s << part;
    return s;
}

// '..' removes the segment before it; above the root it stays at the root, as in POSIX.
QStringList resolved(const QStringList &segments)
{
    QStringList out;
    for (const QString &s : segments) {
        if (s == u".."_s) {
            if (!out.isEmpty())
                out.removeLast();
        } else {
            out << s;
        }
    }
    return out;
}

bool startsWith(const QStringList &path, const QStringList &prefix)
{
    if (path.size() < prefix.size())
        return false;
    for (qsizetype i = 0; i < prefix.size(); ++i)
        if (path.at(i) != prefix.at(i))
            return false;
    return true;
}

} // namespace

// ---------------------------------------------------------------------------------------------------------

StorageOutputReader::StorageOutputReader(storage::WebDavClient *client, QString path, QObject *parent)
    : OutputReader(parent)
    , m_client(client)
    , m_path(std::move(path))
{}

QString StorageOutputReader::where() const
{
    return u"storage: "_s + m_path;
}

OutputReader::Cancel StorageOutputReader::read(qint64 offset, qint64 maxBytes, Done done)
{
    if (!m_client)
        return answerLater(this, done,
                           Error(Error::Kind::Internal, tr("The storage is no longer connected.")));
    auto once = std::make_shared<Once>();
    QPointer<storage::DavRangeRead> request = m_client->readRange(m_path, offset, maxBytes);
    connect(request, &storage::DavRangeRead::finished, this, [once, request, done] {
        if (std::exchange(once->over, true) || !request)
            return;
        const Result<storage::DavRange> &r = request->result();
        if (!r) {
            done(r.error());
            return;
        }
        done(Chunk{r->data, r->offset, r->fileSize});
    });
    return [once, request] {
        once->over = true;
        if (request)
            request->abort();
    };
}

// ---------------------------------------------------------------------------------------------------------

ClusterOutputReader::ClusterOutputReader(BatchProvider *provider, QString path, QObject *parent)
    : OutputReader(parent)
    , m_provider(provider)
    , m_path(std::move(path))
{}

QString ClusterOutputReader::where() const
{
    return u"cluster: "_s + m_path;
}

OutputReader::Cancel ClusterOutputReader::read(qint64 offset, qint64 maxBytes, Done done)
{
    if (!m_provider)
        return answerLater(this, done,
                           Error(Error::Kind::Internal, tr("The cluster is no longer connected.")));
    struct State
    {
        bool over = false;
        QPointer<BatchCall> call;
    };
    auto state = std::make_shared<State>();
    auto finish = [state, done](const Result<Chunk> &r) {
        if (!std::exchange(state->over, true))
            done(r);
    };
    auto readAt = [this, state, finish, maxBytes](qint64 at) {
        if (!m_provider) {
            finish(Error(Error::Kind::Internal, tr("The cluster is no longer connected.")));
            return;
        }
        state->call = m_provider->readFile(m_path, at, maxBytes,
                                           [finish, at](const Result<BatchProvider::FileChunk> &r) {
                                               if (!r) {
                                                   finish(r.error());
                                                   return;
                                               }
                                               finish(Chunk{r->data, at, r->fileSize});
                                           });
    };
    if (offset >= 0) {
        readAt(offset);
    } else {
        // the end of the file: its size first (one byte read), then the last maxBytes
        QPointer<ClusterOutputReader> self(this);
        state->call = m_provider->readFile(
            m_path, 0, 1, [self, state, finish, readAt, maxBytes](const Result<BatchProvider::FileChunk> &r) {
                if (state->over || !self)
                    return;
                if (!r) {
                    finish(r.error());
                    return;
                }
                if (r->fileSize < 0) {
                    // the back-end does not say the size: the beginning is all that can be shown
                    readAt(0);
                    return;
                }
                readAt(std::max<qint64>(0, r->fileSize - maxBytes));
            });
    }
    return [state] {
        state->over = true;
        if (state->call)
            state->call->cancel();
    };
}

// ---------------------------------------------------------------------------------------------------------

Result<OutputLocation> OutputLocation::of(const QString &clusterPath, const QString &storageMount,
                                          const QString &user)
{
    if (!clusterPath.startsWith(u'/'))
        return Error(Error::Kind::UnsafePath,
                     tr("The output file “%1” is not a full path on the cluster.").arg(clusterPath));
    OutputLocation location;
    location.path = clusterPath;
    if (storageMount.trimmed().isEmpty())
        return location;
    QString mount = storageMount.trimmed();
    if (mount.contains(u"{user}"_s)) {
        if (!support::checkedFileName(user))
            return Error(Error::Kind::InvalidInput,
                         tr("The cluster's storage folder (%1) needs a user name, and “%2” is not one.")
                             .arg(storageMount, user));
        mount.replace(u"{user}"_s, user);
    }
    const QStringList mountSegments = segmentsOf(mount);
    if (!mount.startsWith(u'/') || mountSegments.contains(u".."_s))
        return Error(
            Error::Kind::InvalidInput,
            tr("The facility's storage folder on the cluster (%1) is not a full path.").arg(storageMount));
    const QStringList raw = segmentsOf(clusterPath);
    const QStringList clean = resolved(raw);
    const bool namedBelow = startsWith(raw, mountSegments);
    const bool isBelow = startsWith(clean, mountSegments) && clean.size() > mountSegments.size();
    if (namedBelow && !isBelow)
        return Error(Error::Kind::UnsafePath,
                     tr("The output file “%1” leaves the storage folder %2 with “..”; it is not read.")
                         .arg(clusterPath, mount),
                     u"%1 resolves to /%2"_s.arg(clusterPath, clean.join(u'/')));
    if (!isBelow)
        return location; // elsewhere on the cluster
    const Result<QString> inStore = storage::davpath::checked(clean.mid(mountSegments.size()).join(u'/'));
    if (!inStore)
        return Error(Error::Kind::UnsafePath,
                     tr("The output file “%1” has a name the storage cannot serve.").arg(clusterPath),
                     inStore.error().detail());
    location.onStorage = true;
    location.path = *inStore;
    return location;
}

bool OutputLocation::isMount(const QString &clusterFolder, const QString &resolvedMount)
{
    return clusterFolder.startsWith(u'/') && !resolvedMount.isEmpty() &&
           segmentsOf(clusterFolder) == segmentsOf(resolvedMount);
}

Result<std::unique_ptr<OutputReader>> makeOutputReader(const QString &clusterPath,
                                                       const QString &storageMount, const QString &user,
                                                       storage::WebDavClient *storage,
                                                       BatchProvider *provider)
{
    const Result<OutputLocation> location = OutputLocation::of(clusterPath, storageMount, user);
    if (!location)
        return location.error();
    if (location->onStorage && storage)
        return std::unique_ptr<OutputReader>(std::make_unique<StorageOutputReader>(storage, location->path));
    if (provider)
        return std::unique_ptr<OutputReader>(std::make_unique<ClusterOutputReader>(provider, clusterPath));
    return Error(
        Error::Kind::Unsupported,
        OutputLocation::tr("The output file “%1” cannot be read: it is not on the storage, and the cluster "
                           "is not connected.")
            .arg(clusterPath));
}

} // namespace daas::jobs
