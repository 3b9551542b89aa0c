#include "jobs/JobTemplateLibrary.h"

#include "support/Logging.h"
#include "support/SafePath.h"
#include "support/Worker.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace daas::jobs {

namespace {

const QString bundledPrefix = u"bundled/"_s;
const QString userPrefix = u"user/"_s;

void scanFolder(const QString &root, const QString &prefix, TemplateLibrary::Listing &listing)
{
    QList<JobTemplate> found;
    const QDir dir(root);
    // hidden folders are templates being written (saveAsTemplate)
    for (const QString &name : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        Result<JobTemplate> t = JobTemplate::load(dir.filePath(name));
        if (!t) {
            listing.problems << t.error();
            continue;
        }
        t.value().id = prefix + name;
        found << std::move(t).value();
    }
    std::sort(found.begin(), found.end(), [](const JobTemplate &a, const JobTemplate &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    listing.templates += found;
}

} // namespace

QString TemplateLibrary::defaultUserRoot()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/job-templates"_s;
}

TemplateLibrary::TemplateLibrary(QString bundledRoot, QString userRoot)
    : m_bundledRoot(std::move(bundledRoot))
    , m_userRoot(std::move(userRoot))
{}

TemplateLibrary::Listing TemplateLibrary::scan() const
{
    Listing listing;
    scanFolder(m_bundledRoot, bundledPrefix, listing);
    scanFolder(m_userRoot, userPrefix, listing);
    return listing;
}

void TemplateLibrary::scan(QObject *context, std::function<void(const Listing &)> then) const
{
    support::onWorker<Listing>(context, [library = *this] { return library.scan(); }, std::move(then));
}

Result<JobTemplate> TemplateLibrary::find(const QString &id) const
{
    QString root;
    QString name;
    if (id.startsWith(bundledPrefix)) {
        root = m_bundledRoot;
        name = id.mid(bundledPrefix.size());
    } else if (id.startsWith(userPrefix)) {
        root = m_userRoot;
        name = id.mid(userPrefix.size());
    }
    if (root.isEmpty() || !support::checkedFileName(name) || !QFileInfo(root + u'/' + name).isDir())
        return Error(Error::Kind::NotFound, tr("There is no job template “%1”.").arg(id));
    Result<JobTemplate> t = JobTemplate::load(root + u'/' + name);
    if (t)
        t.value().id = id;
    return t;
}

QString TemplateLibrary::folderNameFor(const QString &name)
{
    QString folder;
    for (const QChar c : name.normalized(QString::NormalizationForm_KD).toLower()) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            folder += c;
        else if (c.isLetterOrNumber() && c.unicode() > 0x7f)
            folder += c; // letters of other scripts stay (Ψ, 日)
        else if (c.isMark())
            continue; // accents after KD decomposition: "é" → "e"
        else if (!folder.isEmpty() && !folder.endsWith(u'-'))
            folder += u'-';
    }
    while (folder.endsWith(u'-'))
        folder.chop(1);
    folder.truncate(60);
    return folder.isEmpty() ? u"template"_s : folder;
}

Result<JobTemplate> TemplateLibrary::saveAsTemplate(const JobRequest &request, const QString &name,
                                                    const QString &notes) const
{
    JobTemplate t;
    t.name = name.trimmed();
    t.notes = notes;
    t.scriptFileName = u"job.sh"_s;
    t.script = request.script;
    t.resources.cpus = std::max(1, request.cpus);
    t.resources.memoryMb = std::max<qint64>(0, request.memoryMb);
    t.resources.timeLimitMinutes = std::max(0, request.timeLimitMinutes);
    t.resources.partition = request.partition;
    return saveUserTemplate(t);
}

Result<JobTemplate> TemplateLibrary::saveAsTemplate(const JobSubmission &submission,
                                                    const QString &name) const
{
    if (submission.templateId.isEmpty())
        return saveAsTemplate(submission.request, name);
    Result<JobTemplate> original = find(submission.templateId);
    if (!original) {
        qCInfo(lcJobs) << "template" << submission.templateId << "is gone; saving the submitted script";
        return saveAsTemplate(submission.request, name);
    }
    JobTemplate t = std::move(original).value();
    t.name = name.trimmed();
    for (TemplateParameter &p : t.parameters)
        if (submission.parameters.contains(p.id))
            p.defaultValue = submission.parameters.value(p.id);
    const JobRequest &r = submission.request;
    t.resources.cpus = std::max(1, r.cpus);
    t.resources.memoryMb = std::max<qint64>(0, r.memoryMb);
    t.resources.timeLimitMinutes = std::max(0, r.timeLimitMinutes);
    t.resources.partition = r.partition;
    return saveUserTemplate(t);
}

Result<JobTemplate> TemplateLibrary::saveUserTemplate(JobTemplate t) const
{
    // the same checks as any template: what is saved here must load again
    Result<JobTemplate> checked = JobTemplate::fromJson(QJsonDocument(t.toJson()).toJson(), t.script);
    if (!checked)
        return Error(Error::Kind::InvalidInput,
                     tr("This job cannot be made into a template: %1").arg(checked.error().detail()),
                     checked.error().detail());
    if (!QDir().mkpath(m_userRoot))
        return Error(Error::Kind::Storage, tr("The folder for your job templates, %1, could not be made.")
                                               .arg(QDir::toNativeSeparators(m_userRoot)));
    const QString base = folderNameFor(t.name);
    QString folder = base;
    for (int n = 2; QFileInfo::exists(m_userRoot + u'/' + folder); ++n)
        folder = base + u'-' + QString::number(n);
    // written in a hidden folder, then renamed: a half-written template never shows in the list
    const QString staging = m_userRoot + u"/.saving-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!QDir().mkpath(staging))
        return Error(Error::Kind::Storage,
                     tr("The template could not be saved in %1.").arg(QDir::toNativeSeparators(m_userRoot)));
    if (const Error e = t.save(staging)) {
        QDir(staging).removeRecursively();
        return e;
    }
    const QString target = m_userRoot + u'/' + folder;
    if (!QDir().rename(staging, target)) {
        QDir(staging).removeRecursively();
        return Error(Error::Kind::Storage,
                     tr("The template could not be saved as %1.").arg(QDir::toNativeSeparators(target)));
    }
    return find(userPrefix + folder);
}

} // namespace daas::jobs
