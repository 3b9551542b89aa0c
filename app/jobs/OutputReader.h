#pragma once

#include "support/Error.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>

namespace daas::storage {
class WebDavClient;
}

namespace daas::jobs {

class BatchProvider;

// Reads parts of one file that may be growing (a job's stdout or stderr), from wherever it can be reached.
class OutputReader : public QObject
{
    Q_OBJECT
public:
    struct Chunk
    {
        QByteArray data;
        qint64 offset = 0;    // where `data` starts in the file
        qint64 fileSize = -1; // -1: not known
    };
    using Done = std::function<void(const Result<Chunk> &)>;
    using Cancel = std::function<void()>;

    using QObject::QObject;

    // Up to maxBytes from `offset`; a negative offset asks for the last maxBytes bytes of the file (the chunk
    // says where they start). A read at or past the end is not an error: no data, and the size when known. A
    // file that is not there (yet) is Error::Kind::NotFound. `done` runs once, on this object's thread and on
    // a later turn of its event loop, unless the returned Cancel ran first.
    virtual Cancel read(qint64 offset, qint64 maxBytes, Done done) = 0;
    // For the log and the view: "storage: alice/run/out.txt", "cluster: /home/alice/out.txt".
    virtual QString where() const = 0;
};

// The output file on the persistent storage, read with ranged GETs (the cluster mounts the storage).
class StorageOutputReader : public OutputReader
{
    Q_OBJECT
public:
    // `path`: in the store (relative to the client's root).
    StorageOutputReader(storage::WebDavClient *client, QString path, QObject *parent = nullptr);
    Cancel read(qint64 offset, qint64 maxBytes, Done done) override;
    QString where() const override;
    QString path() const { return m_path; }

private:
    QPointer<storage::WebDavClient> m_client;
    QString m_path;
};

// The output file read on the cluster by the scheduler's back-end (BatchProvider::readFile: SSH back-ends;
// Slurm REST answers Unsupported).
class ClusterOutputReader : public OutputReader
{
    Q_OBJECT
public:
    ClusterOutputReader(BatchProvider *provider, QString path, QObject *parent = nullptr);
    Cancel read(qint64 offset, qint64 maxBytes, Done done) override;
    QString where() const override;

private:
    QPointer<BatchProvider> m_provider;
    QString m_path;
};

// Where a job's output file (a path on the cluster) is read from.
class OutputLocation
{
    Q_DECLARE_TR_FUNCTIONS(daas::jobs::OutputLocation)

public:
    bool onStorage = false;
    QString path; // in the store when onStorage, else the cluster path

    // Below the profile's batch.storageMount ("{user}" filled in with `user`): the path in the store.
    // Elsewhere: the cluster path as it is. '.' and '..' are resolved first; a path that starts below the
    // mount and leaves it with '..' is refused (Error::Kind::UnsafePath), as is a relative path and a mount
    // that needs a user name that is missing or not a plain name.
    static Result<OutputLocation> of(const QString &clusterPath, const QString &storageMount,
                                     const QString &user);
    // Whether a folder on the cluster is the (resolved) mount itself: the storage's top folder, which of()
    // does not answer for (an output file is below it).
    static bool isMount(const QString &clusterFolder, const QString &resolvedMount);
};

// The reader for a job's output file: the storage when the file is below the mount and a storage client is
// given, else the cluster through `provider`. Errors: the path is refused (OutputLocation::of), or neither
// can reach it.
Result<std::unique_ptr<OutputReader>> makeOutputReader(const QString &clusterPath,
                                                       const QString &storageMount, const QString &user,
                                                       storage::WebDavClient *storage,
                                                       BatchProvider *provider);

} // namespace daas::jobs
