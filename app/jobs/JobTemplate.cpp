#include "jobs/JobTemplate.h"

#include "support/SafePath.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStringDecoder>
#include <algorithm>

#include <cmath>

using namespace Qt::StringLiterals;

namespace daas::jobs {

namespace {

const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression re(uR"(\{\{\s*([^{}\s]*)\s*\}\})"_s);
    return re;
}

const QRegularExpression &idPattern()
{
    // lower case: no clash with the environment's PATH, HOME, SLURM_* (upper case by convention)
    static const QRegularExpression re(uR"(^[a-z][a-z0-9_]{0,63}$)"_s);
    return re;
}

bool isDirectiveLine(const QString &line)
{
    const QString t = line.trimmed();
    return t.startsWith(u"#SBATCH"_s) || t.startsWith(u"#BSUB"_s) || t.startsWith(u"#PBS"_s);
}

bool hasControlCharacters(const QString &value)
{
    return std::any_of(value.cbegin(), value.cend(),
                       [](QChar c) { return c.category() == QChar::Other_Control; });
}

Error invalid(const QString &folder, const QString &field, const QString &why)
{
    const QString what = Error::labelled(field, why);
    return Error(Error::Kind::InvalidInput,
                 folder.isEmpty() ? JobTemplate::tr("The job template cannot be used: %1").arg(what)
                                  : JobTemplate::tr("The job template in %1 cannot be used: %2")
                                        .arg(QDir::toNativeSeparators(folder), what),
                 what);
}

Result<QByteArray> readSmallFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error(Error::Kind::NotFound, f.errorString(), path);
    if (f.size() > JobTemplate::maxFileSize)
        return Error(Error::Kind::InvalidInput, JobTemplate::tr("is larger than 1 MiB"), path);
    return f.readAll();
}

// A whole number within `object` (a JSON number without a fraction), else the error's field is set.
std::optional<qint64> wholeNumber(const QJsonValue &v)
{
    if (!v.isDouble() || v.toDouble() != std::floor(v.toDouble()) || std::abs(v.toDouble()) > 1e15)
        return std::nullopt;
    return qint64(v.toDouble());
}

bool checkKeys(const QJsonObject &o, const QStringList &known, const QString &where, const QString &folder,
               Error &error)
{
    for (const QString &key : o.keys())
        if (!known.contains(key)) {
            error = invalid(folder, where.isEmpty() ? key : where + u'.' + key,
                            JobTemplate::tr("is not a field of a job template (a spelling mistake?)"));
            return false;
        }
    return true;
}

// A default or a value given as JSON: numbers become text ("4", "0.5").
std::optional<QString> valueText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 17);
    if (v.isUndefined() || v.isNull())
        return QString();
    return std::nullopt;
}

// The value as render() uses it (numbers in their plain form), or why it cannot be used.
Result<QString> checkedValue(const TemplateParameter &p, QString v)
{
    const QString label = p.shownLabel();
    auto refuse = [&](const QString &why) {
        return Error(Error::Kind::InvalidInput, Error::labelled(label, why), u"parameter %1"_s.arg(p.id));
    };
    auto range = [&p]() {
        return JobTemplate::tr("must be from %1 to %2")
            .arg(p.minimum ? QString::number(*p.minimum) : u"…"_s,
                 p.maximum ? QString::number(*p.maximum) : u"…"_s);
    };
    if (hasControlCharacters(v))
        return refuse(JobTemplate::tr("must be one line of text, without control characters"));
    if (p.type == TemplateParameter::Type::Integer || p.type == TemplateParameter::Type::Number)
        v = v.trimmed();
    if (v.isEmpty()) {
        if (p.required)
            return refuse(JobTemplate::tr("is required"));
        return v;
    }
    switch (p.type) {
    case TemplateParameter::Type::Integer: {
        bool ok = false;
        const qlonglong n = v.toLongLong(&ok);
        if (!ok)
            return refuse(JobTemplate::tr("must be a whole number, not “%1”").arg(v));
        if ((p.minimum && double(n) < *p.minimum) || (p.maximum && double(n) > *p.maximum))
            return refuse(range());
        return QString::number(n);
    }
    case TemplateParameter::Type::Number: {
        bool ok = false;
        const double x = v.toDouble(&ok);
        if (!ok || !std::isfinite(x))
            return refuse(JobTemplate::tr("must be a number, not “%1”").arg(v));
        if ((p.minimum && x < *p.minimum) || (p.maximum && x > *p.maximum))
            return refuse(range());
        return QString::number(x, 'g', 17);
    }
    case TemplateParameter::Type::Choice:
        if (!p.choices.contains(v))
            return refuse(JobTemplate::tr("must be one of %1").arg(p.choices.join(u", "_s)));
        return v;
    default:
        return v;
    }
}

} // namespace

QString TemplateParameter::typeKey(Type type)
{
    switch (type) {
    case Type::Text:
        return u"text"_s;
    case Type::Integer:
        return u"integer"_s;
    case Type::Number:
        return u"number"_s;
    case Type::Choice:
        return u"choice"_s;
    case Type::Dataset:
        return u"dataset"_s;
    case Type::Folder:
        return u"folder"_s;
    case Type::File:
        return u"file"_s;
    }
    return u"text"_s;
}

std::optional<TemplateParameter::Type> TemplateParameter::typeFromKey(const QString &key)
{
    for (Type t :
         {Type::Text, Type::Integer, Type::Number, Type::Choice, Type::Dataset, Type::Folder, Type::File})
        if (typeKey(t) == key)
            return t;
    return std::nullopt;
}

Result<JobTemplate> JobTemplate::load(const QString &folder)
{
    const QString manifestPath = folder + u'/' + QLatin1StringView(manifestName);
    const Result<QByteArray> manifest = readSmallFile(manifestPath);
    if (!manifest)
        return invalid(folder, QLatin1StringView(manifestName),
                       manifest.error().kind() == Error::Kind::NotFound ? tr("is missing or cannot be read")
                                                                        : manifest.error().userText());
    // the script's name is checked before it is read: it must be a file of this folder
    const QJsonObject root = QJsonDocument::fromJson(*manifest).object();
    const QString scriptName = root.value(u"script"_s).toString();
    QString script;
    if (!scriptName.isEmpty() && support::checkedFileName(scriptName)) {
        const Result<QByteArray> bytes = readSmallFile(folder + u'/' + scriptName);
        if (!bytes)
            return invalid(folder, u"script"_s,
                           bytes.error().kind() == Error::Kind::NotFound
                               ? tr("the file “%1” is missing or cannot be read").arg(scriptName)
                               : tr("the file “%1” %2").arg(scriptName, bytes.error().userText()));
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        script = utf8(*bytes);
        if (utf8.hasError())
            return invalid(folder, u"script"_s, tr("the file “%1” is not UTF-8 text").arg(scriptName));
    }
    Result<JobTemplate> t = fromJson(*manifest, script, folder);
    if (t)
        t.value().folder = folder;
    return t;
}

Result<JobTemplate> JobTemplate::fromJson(const QByteArray &manifest, const QString &script,
                                          const QString &folder)
{
    const QString file = QLatin1StringView(manifestName);
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(manifest, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return invalid(
            folder, file,
            tr("is not valid JSON (%1 at byte %2)").arg(parseError.errorString()).arg(parseError.offset));
    if (!doc.isObject())
        return invalid(folder, file, tr("must hold a JSON object"));
    const QJsonObject root = doc.object();
    Error error;
    if (!checkKeys(root, {u"name"_s, u"notes"_s, u"script"_s, u"parameters"_s, u"resources"_s}, {}, folder,
                   error))
        return error;

    JobTemplate t;
    t.name = root.value(u"name"_s).toString().trimmed();
    if (!root.value(u"name"_s).isString() || t.name.isEmpty())
        return invalid(folder, u"name"_s, tr("must be a name that is not empty"));
    if (root.contains(u"notes"_s) && !root.value(u"notes"_s).isString())
        return invalid(folder, u"notes"_s, tr("must be text"));
    t.notes = root.value(u"notes"_s).toString();
    t.scriptFileName = root.value(u"script"_s).toString();
    if (!root.value(u"script"_s).isString() || t.scriptFileName.isEmpty())
        return invalid(folder, u"script"_s, tr("must name the script file of the template"));
    if (!support::checkedFileName(t.scriptFileName))
        return invalid(folder, u"script"_s,
                       tr("“%1” must be a file name in the template's folder").arg(t.scriptFileName));

    // parameters
    const QJsonValue params = root.value(u"parameters"_s);
    if (!params.isUndefined() && !params.isArray())
        return invalid(folder, u"parameters"_s, tr("must be a list"));
    const QJsonArray list = params.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString field = u"parameters[%1]"_s.arg(i);
        if (!list.at(i).isObject())
            return invalid(folder, field, tr("must be an object"));
        const QJsonObject p = list.at(i).toObject();
        if (!checkKeys(p,
                       {u"id"_s, u"label"_s, u"type"_s, u"default"_s, u"required"_s, u"choices"_s, u"min"_s,
                        u"max"_s, u"help"_s},
                       field, folder, error))
            return error;
        TemplateParameter param;
        param.id = p.value(u"id"_s).toString();
        if (!idPattern().match(param.id).hasMatch())
            return invalid(
                folder, field + u".id"_s,
                tr("“%1” must start with a lower-case letter and hold only lower-case letters, digits "
                   "and “_” (it is the script's variable name)")
                    .arg(param.id));
        if (t.parameter(param.id))
            return invalid(folder, field + u".id"_s, tr("“%1” is used twice").arg(param.id));
        param.label = p.value(u"label"_s).toString();
        param.help = p.value(u"help"_s).toString();
        const std::optional<TemplateParameter::Type> type =
            TemplateParameter::typeFromKey(p.value(u"type"_s).toString(u"text"_s));
        if (!type)
            return invalid(folder, field + u".type"_s,
                           tr("“%1” must be one of text, integer, number, choice, dataset, folder, file")
                               .arg(p.value(u"type"_s).toString()));
        param.type = *type;
        if (p.contains(u"required"_s) && !p.value(u"required"_s).isBool())
            return invalid(folder, field + u".required"_s, tr("must be true or false"));
        param.required = p.value(u"required"_s).toBool();
        if (param.type == TemplateParameter::Type::Choice) {
            const QJsonArray choices = p.value(u"choices"_s).toArray();
            if (choices.isEmpty())
                return invalid(folder, field + u".choices"_s, tr("must list the values to choose from"));
            for (const QJsonValue &c : choices) {
                const std::optional<QString> text = valueText(c);
                if (!text || text->isEmpty() || hasControlCharacters(*text))
                    return invalid(folder, field + u".choices"_s,
                                   tr("must be a list of texts that are not empty"));
                param.choices << *text;
            }
        } else if (p.contains(u"choices"_s)) {
            return invalid(folder, field + u".choices"_s, tr("is only for parameters of type choice"));
        }
        for (const QString &bound : {u"min"_s, u"max"_s}) {
            if (!p.contains(bound))
                continue;
            if (param.type != TemplateParameter::Type::Integer &&
                param.type != TemplateParameter::Type::Number)
                return invalid(folder, field + u'.' + bound,
                               tr("is only for parameters of type integer or number"));
            if (!p.value(bound).isDouble())
                return invalid(folder, field + u'.' + bound, tr("must be a number"));
            (bound == u"min"_s ? param.minimum : param.maximum) = p.value(bound).toDouble();
        }
        const std::optional<QString> defaultValue = valueText(p.value(u"default"_s));
        if (!defaultValue)
            return invalid(folder, field + u".default"_s, tr("must be text or a number"));
        param.defaultValue = *defaultValue;
        // the default must be a value the parameter accepts (an empty one is "not given")
        if (!param.defaultValue.isEmpty()) {
            TemplateParameter optional = param;
            optional.required = false;
            if (const Result<QString> checked = checkedValue(optional, param.defaultValue); !checked)
                return invalid(folder, field + u".default"_s, checked.error().userText());
        }
        t.parameters << param;
    }

    // resources
    const QJsonValue resources = root.value(u"resources"_s);
    if (!resources.isUndefined() && !resources.isObject())
        return invalid(folder, u"resources"_s, tr("must be an object"));
    const QJsonObject r = resources.toObject();
    if (!checkKeys(r, {u"cpus"_s, u"memoryMb"_s, u"timeLimitMinutes"_s, u"partition"_s}, u"resources"_s,
                   folder, error))
        return error;
    struct Whole
    {
        QString key;
        qint64 least;
        qint64 most;
    };
    for (const Whole &w : {Whole{u"cpus"_s, 1, 100000}, Whole{u"memoryMb"_s, 0, 1LL << 40},
                           Whole{u"timeLimitMinutes"_s, 0, 10LL * 365 * 24 * 60}}) {
        if (!r.contains(w.key))
            continue;
        const std::optional<qint64> n = wholeNumber(r.value(w.key));
        if (!n || *n < w.least || *n > w.most)
            return invalid(folder, u"resources."_s + w.key,
                           tr("must be a whole number from %1 to %2").arg(w.least).arg(w.most));
        if (w.key == u"cpus"_s)
            t.resources.cpus = int(*n);
        else if (w.key == u"memoryMb"_s)
            t.resources.memoryMb = *n;
        else
            t.resources.timeLimitMinutes = int(*n);
    }
    if (r.contains(u"partition"_s) && !r.value(u"partition"_s).isString())
        return invalid(folder, u"resources.partition"_s, tr("must be text"));
    t.resources.partition = r.value(u"partition"_s).toString().trimmed();
    if (hasControlCharacters(t.resources.partition) || t.resources.partition.contains(u' '))
        return invalid(folder, u"resources.partition"_s, tr("must be a partition's name"));

    // the script
    t.script = script;
    if (!script.startsWith(u"#!"_s))
        return invalid(folder, u"script"_s,
                       tr("“%1” must start with “#!” (for example #!/bin/bash)").arg(t.scriptFileName));
    const QStringList lines = script.split(u'\n');
    for (qsizetype n = 0; n < lines.size(); ++n) {
        auto matches = placeholderPattern().globalMatch(lines.at(n));
        while (matches.hasNext()) {
            const QString id = matches.next().captured(1);
            const QString where = u"script"_s;
            if (!t.parameter(id))
                return invalid(
                    folder, where,
                    tr("line %1: {{%2}} is not one of the template's parameters").arg(n + 1).arg(id));
            if (isDirectiveLine(lines.at(n)))
                return invalid(
                    folder, where,
                    tr("line %1: {{%2}} cannot stand in a scheduler directive (the scheduler does not fill "
                       "it in); use the template's resources")
                        .arg(n + 1)
                        .arg(id));
        }
    }
    return t;
}

std::optional<TemplateParameter> JobTemplate::parameter(const QString &id) const
{
    for (const TemplateParameter &p : parameters)
        if (p.id == id)
            return p;
    return std::nullopt;
}

Result<QMap<QString, QString>> JobTemplate::resolve(const QMap<QString, QString> &values) const
{
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        if (!parameter(it.key()))
            return Error(Error::Kind::InvalidInput,
                         tr("“%1” is not a parameter of the template “%2”.").arg(it.key(), name));
    QMap<QString, QString> resolved;
    for (const TemplateParameter &p : parameters) {
        const Result<QString> v =
            checkedValue(p, values.contains(p.id) ? values.value(p.id) : p.defaultValue);
        if (!v)
            return v.error();
        resolved.insert(p.id, *v);
    }
    return resolved;
}

QString JobTemplate::shellQuoted(const QString &value)
{
    QString quoted = value;
    quoted.replace(u'\'', u"'\\''"_s);
    return u'\'' + quoted + u'\'';
}

Result<JobRequest> JobTemplate::render(const QMap<QString, QString> &values) const
{
    const Result<QMap<QString, QString>> resolved = resolve(values);
    if (!resolved)
        return resolved.error();

    QStringList lines = script.split(u'\n');
    // {{id}} → ${id}: the value arrives through the variable, never as text the shell parses
    for (QString &line : lines)
        line.replace(placeholderPattern(), u"${\\1}"_s);
    if (!parameters.isEmpty()) {
        // after the shebang, comments and blank lines: the scheduler reads its directives only up to the
        // first command
        qsizetype at = 1;
        while (at < lines.size() &&
               (lines.at(at).trimmed().isEmpty() || lines.at(at).trimmed().startsWith(u'#')))
            ++at;
        QStringList block;
        block
            << u"# Parameters of the job template “%1”, set by DAaaS Desktop (each also in the environment)."_s
                   .arg(name);
        for (const TemplateParameter &p : parameters)
            block << u"export %1=%2"_s.arg(p.id, shellQuoted(resolved->value(p.id)));
        block << QString();
        // keep a blank line between the directives and the block readable
        for (qsizetype i = 0; i < block.size(); ++i)
            lines.insert(at + i, block.at(i));
    }

    JobRequest request;
    request.name = QFileInfo(folder).fileName();
    if (request.name.isEmpty())
        request.name = name;
    request.script = lines.join(u'\n');
    request.cpus = resources.cpus;
    request.memoryMb = resources.memoryMb;
    request.timeLimitMinutes = resources.timeLimitMinutes;
    request.partition = resources.partition;
    return request;
}

QJsonObject JobTemplate::toJson() const
{
    QJsonObject root{{u"name"_s, name}, {u"script"_s, scriptFileName}};
    if (!notes.isEmpty())
        root.insert(u"notes"_s, notes);
    QJsonArray list;
    for (const TemplateParameter &p : parameters) {
        QJsonObject o{{u"id"_s, p.id}, {u"type"_s, TemplateParameter::typeKey(p.type)}};
        if (!p.label.isEmpty())
            o.insert(u"label"_s, p.label);
        if (!p.defaultValue.isEmpty())
            o.insert(u"default"_s, p.defaultValue);
        if (p.required)
            o.insert(u"required"_s, true);
        if (!p.choices.isEmpty())
            o.insert(u"choices"_s, QJsonArray::fromStringList(p.choices));
        if (p.minimum)
            o.insert(u"min"_s, *p.minimum);
        if (p.maximum)
            o.insert(u"max"_s, *p.maximum);
        if (!p.help.isEmpty())
            o.insert(u"help"_s, p.help);
        list.append(o);
    }
    if (!list.isEmpty())
        root.insert(u"parameters"_s, list);
    QJsonObject r{{u"cpus"_s, resources.cpus}};
    if (resources.memoryMb > 0)
        r.insert(u"memoryMb"_s, resources.memoryMb);
    if (resources.timeLimitMinutes > 0)
        r.insert(u"timeLimitMinutes"_s, resources.timeLimitMinutes);
    if (!resources.partition.isEmpty())
        r.insert(u"partition"_s, resources.partition);
    root.insert(u"resources"_s, r);
    return root;
}

Error JobTemplate::save(const QString &target) const
{
    const auto write = [&](const QString &fileName, const QByteArray &data) -> Error {
        QSaveFile f(target + u'/' + fileName);
        if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit())
            return Error(
                Error::Kind::Storage,
                tr("The template could not be saved in %1. Check that the disk has space and that the "
                   "folder can be written.")
                    .arg(QDir::toNativeSeparators(target)),
                u"%1/%2: %3"_s.arg(target, fileName, f.errorString()));
        return {};
    };
    if (const Error e = write(QLatin1StringView(manifestName), QJsonDocument(toJson()).toJson()))
        return e;
    if (const Error e = write(scriptFileName, script.toUtf8()))
        return e;
    QFile::setPermissions(target + u'/' + scriptFileName,
                          QFile::permissions(target + u'/' + scriptFileName) | QFileDevice::ExeOwner);
    return {};
}

} // namespace daas::jobs
