#pragma once

#include "jobs/BatchJob.h"
#include "support/Error.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace daas::jobs {

// One typed value a template asks for.
struct TemplateParameter
{
    enum class Type { Text, Integer, Number, Choice, Dataset, Folder, File };

    QString id; // lower case, digits and '_', starting with a letter: it is the script's variable name
    QString label;
    Type type = Type::Text;
    QString defaultValue;
    bool required = false;
    QStringList choices;           // Type::Choice only
    std::optional<double> minimum; // Integer and Number
    std::optional<double> maximum;
    QString help; // one sentence under the field

    static QString typeKey(Type type); // "text", "integer", …
    static std::optional<Type> typeFromKey(const QString &key);
    QString shownLabel() const { return label.isEmpty() ? id : label; }
};

// What the template asks the scheduler for unless the user changes it.
struct TemplateResources
{
    int cpus = 1;
    qint64 memoryMb = 0;      // 0: the scheduler's default
    int timeLimitMinutes = 0; // 0: the partition's default
    QString partition;        // empty: the scheduler's default
};

// A job template: a folder with `template.json` and a script.
//
//   {"name": "Mantid reduction", "notes": "Markdown…", "script": "reduce.sh",
//    "parameters": [{"id": "input", "label": "Input folder", "type": "folder", "required": true}, …],
//    "resources": {"cpus": 4, "memoryMb": 8000, "timeLimitMinutes": 60, "partition": ""}}
//
// How parameter values reach the script (render()). Values never become shell code. Each parameter is set as
// a shell variable (and exported, so programs the script starts read it from their environment) in a block
// that render() adds after the shebang and the scheduler's #SBATCH/#BSUB lines:
//
//   export input='/data/run 42'
//
// The value stands in single quotes, the only shell quoting in which no character is special, and a quote
// inside it is written '\''. In the script's text, {{input}} stands for ${input}: an expansion, whose result
// the shell never parses again — `$(rm -rf ~)` given as a value stays those characters wherever {{input}} is
// (in double quotes, a here-document, an argument). Pasting the quoted value itself in place of {{input}}
// would not be safe: inside double quotes or an unquoted here-document the shell would run what the quotes
// were meant to protect, and the client cannot reliably tell where a placeholder stands in a shell script.
// So a template writes "{{input}}" (double-quoted, like any shell variable) where a value may hold spaces,
// and programs it starts read os.environ["input"] rather than having values pasted into their code.
// Placeholders are refused on #SBATCH/#BSUB lines (the scheduler does not expand variables there; resources
// are fields of the request), and values are one line of text.
class JobTemplate
{
    Q_DECLARE_TR_FUNCTIONS(daas::jobs::JobTemplate)

public:
    static constexpr qint64 maxFileSize = 1 << 20;
    static constexpr auto manifestName = "template.json";

    // Reads and checks the folder's template.json and its script. The error names the bad field
    // ("parameters[2].type: must be one of text, integer, …").
    static Result<JobTemplate> load(const QString &folder);
    // The same checks on a manifest and the script's text (`folder` is only for messages).
    static Result<JobTemplate> fromJson(const QByteArray &manifest, const QString &script,
                                        const QString &folder = {});

    QString id;     // set by the library: "bundled/shell", "user/my-reduction"
    QString folder; // where it was loaded from
    QString name;
    QString notes; // Markdown
    QString scriptFileName;
    QString script; // with its {{placeholders}}
    QList<TemplateParameter> parameters;
    TemplateResources resources;

    std::optional<TemplateParameter> parameter(const QString &id) const;
    // The values render() uses: the given ones checked against their types, the defaults for the rest.
    // Unknown ids are refused (a mistyped --param would otherwise be ignored).
    Result<QMap<QString, QString>> resolve(const QMap<QString, QString> &values) const;
    // The job: the script with the parameter block and {{id}} → ${id}, the template's resources, its name.
    Result<JobRequest> render(const QMap<QString, QString> &values) const;

    QJsonObject toJson() const;
    // Writes template.json and the script into `folder` (which must exist), each atomically.
    Error save(const QString &folder) const;

    // A single-quoted shell word of `value` ('it'\''s').
    static QString shellQuoted(const QString &value);
};

} // namespace daas::jobs
