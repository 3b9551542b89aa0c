#include "jobs/OutputPattern.h"

using namespace Qt::StringLiterals;

namespace daas::jobs::OutputPattern {

namespace {

QString absoluteOn(const QString &path, const QString &workingDirectory)
{
    if (path.startsWith(u'/') || workingDirectory.isEmpty())
        return path;
    return workingDirectory.endsWith(u'/') ? QString(workingDirectory + path)
                                           : QString(workingDirectory + u'/' + path);
}

QString padded(const QString &value, int width)
{
    return width > 0 ? value.rightJustified(width, u'0') : value;
}

} // namespace

QString expandSlurm(const QString &pattern, const BatchJob &job)
{
    const bool isArray = !job.arrayJobId.isEmpty() && !job.arrayTaskId.isEmpty();
    QString p = pattern;
    if (p.isEmpty())
        p = isArray ? u"slurm-%A_%a.out"_s : u"slurm-%j.out"_s;
    // A backslash anywhere turns expansion off (sbatch: "\\ Do not process any of the replacement symbols").
    if (p.contains(u'\\')) {
        p.remove(u'\\');
        return absoluteOn(p, job.workingDirectory);
    }
    // The job id of an array task as Slurm numbers it is its own; %j in an array is that id, %A the array's.
    const QString jobId = job.id.contains(u'_') ? job.id.section(u'_', 0, 0) : job.id;
    const QString arrayId = isArray ? job.arrayJobId : jobId;
    // 4294967294 is Slurm's NO_VAL for the task index of a job that is not an array.
    const QString taskId = isArray ? job.arrayTaskId : u"4294967294"_s;
    const QString firstNode = job.nodes.section(u',', 0, 0).section(u'[', 0, 0).section(u'.', 0, 0);

    QString out;
    out.reserve(p.size() + 16);
    for (qsizetype i = 0; i < p.size(); ++i) {
        const QChar c = p.at(i);
        if (c != u'%' || i + 1 >= p.size()) {
            out += c;
            continue;
        }
        qsizetype j = i + 1;
        int width = 0;
        while (j < p.size() && p.at(j).isDigit()) {
            width = qMin(width * 10 + p.at(j).digitValue(), 10); // sbatch caps the width at 10
            ++j;
        }
        if (j >= p.size()) {
            out += p.mid(i);
            break;
        }
        const QChar k = p.at(j);
        QString value;
        bool known = true;
        switch (k.unicode()) {
        case '%':
            value = u"%"_s;
            break;
        case 'A':
            value = padded(arrayId, width);
            break;
        case 'a':
            value = padded(taskId, width);
            break;
        case 'J':
            value = padded(jobId, width) + u".batch"_s;
            break;
        case 'j':
            value = padded(jobId, width);
            break;
        case 'N':
            value = firstNode;
            break;
        case 'n':
        case 't':
            value = padded(u"0"_s, width);
            break;
        case 's':
            value = u"batch"_s;
            break;
        case 'u':
            value = job.user;
            break;
        case 'x':
            value = job.name;
            break;
        default:
            known = false;
        }
        if (known) {
            out += value;
            i = j;
        } else {
            out += c; // Slurm leaves an unknown "%q" as it is
        }
    }
    return absoluteOn(out, job.workingDirectory);
}

QString expandLsf(const QString &pattern, const BatchJob &job)
{
    if (pattern.isEmpty())
        return {};
    const QString jobId = job.id.section(u'[', 0, 0);
    QString out = pattern;
    out.replace(u"%J"_s, jobId);
    out.replace(u"%I"_s, job.arrayTaskId.isEmpty() ? u"0"_s : job.arrayTaskId);
    return absoluteOn(out, job.workingDirectory);
}

void fillSlurmPaths(BatchJob &job)
{
    job.standardOutput = expandSlurm(job.standardOutputPattern, job);
    job.standardError =
        job.standardErrorPattern.isEmpty() ? job.standardOutput : expandSlurm(job.standardErrorPattern, job);
}

} // namespace daas::jobs::OutputPattern
