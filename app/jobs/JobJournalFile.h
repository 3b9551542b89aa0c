#pragma once

#include "jobs/JobJournal.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace daas::jobs {

// The journal's file: JSON, {"format": "daas-job-journal", "version": 1, "facility", "user", "jobs": [...]}.
// Pure functions of their arguments, so that a worker thread can read and write it.
class JobJournalFile
{
    Q_DECLARE_TR_FUNCTIONS(daas::jobs::JobJournalFile)

public:
    static constexpr int version = 1;
    // A journal is a few MB at most; anything much larger is not one of ours.
    static constexpr qint64 maxSize = 256LL << 20;

    static QJsonObject toJson(const JournalEntry &entry);
    // Error names the bad field ("jobs[3].state").
    static Result<JournalEntry> fromJson(const QJsonObject &object);

    static QByteArray serialize(const QString &facilityId, const QString &clusterUser,
                                const QList<JournalEntry> &entries);

    struct Contents
    {
        QList<JournalEntry> entries;
        Error problem;        // reported to the user; the entries are still usable
        bool writable = true; // false: leave the file as it is (unreadable, or from a newer client)
        QString keptAs;       // where a damaged file was kept
    };
    // Reads `path`. A file that cannot be parsed is renamed aside ("<name>.damaged-<time>.json") and the
    // journal starts empty; one with unreadable entries is copied aside and its readable entries kept.
    static Contents read(const QString &path);
    // QSaveFile: the file is either the old or the new journal, never half of one.
    static Error write(const QString &path, const QByteArray &data);
};

} // namespace daas::jobs
