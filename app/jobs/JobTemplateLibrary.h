#pragma once

#include "jobs/JobJournal.h"
#include "jobs/JobTemplate.h"

#include <QCoreApplication>
#include <QObject>

#include <functional>

namespace daas::jobs {

// The templates a user can start a job from: the ones bundled with the client (resources/job-templates/,
// compiled in under :/job-templates) and the user's own, one folder each in the app's data folder. Ids say
// which: "bundled/<folder>", "user/<folder>".
class TemplateLibrary
{
    Q_DECLARE_TR_FUNCTIONS(daas::jobs::TemplateLibrary)

public:
    static QString defaultBundledRoot() { return QStringLiteral(":/job-templates"); }
    // AppDataLocation/job-templates
    static QString defaultUserRoot();

    explicit TemplateLibrary(QString bundledRoot = defaultBundledRoot(),
                             QString userRoot = defaultUserRoot());

    QString bundledRoot() const { return m_bundledRoot; }
    QString userRoot() const { return m_userRoot; }

    struct Listing
    {
        QList<JobTemplate> templates; // bundled first, then the user's, each by name
        QList<Error> problems;        // templates that could not be loaded (named in the error)
    };
    // Reads every template folder (any thread; the user's folder may be on a slow network home).
    Listing scan() const;
    // scan() on a worker thread; then() runs on context's thread.
    void scan(QObject *context, std::function<void(const Listing &)> then) const;
    Result<JobTemplate> find(const QString &id) const;

    // "Make template from this job": a user template named `name` with the job's script and resources, no
    // parameters, and nothing of the job's outputs. Written into a new folder that appears whole or not at
    // all; the folder's name comes from `name` and never replaces another template.
    Result<JobTemplate> saveAsTemplate(const JobRequest &request, const QString &name,
                                       const QString &notes = {}) const;
    // The same for a job submitted from this client: from a template it knew, the template itself (script
    // with its placeholders, parameters) with the values used as the new defaults and the job's resources;
    // otherwise the job's script as it was submitted.
    Result<JobTemplate> saveAsTemplate(const JobSubmission &submission, const QString &name) const;

    // "My reduction (v2)!" → "my-reduction-v2".
    static QString folderNameFor(const QString &name);

private:
    Result<JobTemplate> saveUserTemplate(JobTemplate t) const;

    QString m_bundledRoot;
    QString m_userRoot;
};

} // namespace daas::jobs
