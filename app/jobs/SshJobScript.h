#pragma once

#include "support/Error.h"

#include <QString>
#include <QStringList>

#include <optional>

// What the SSH back-ends' job scripts share: a scheduler's directives (#SBATCH, #BSUB) right after the "#!"
// line, and the job's environment as `export` lines before the first command, after the script's own
// directives and comments (schedulers read directives only up to the first command).
namespace daas::jobs::SshJobScript {

// A directive's value, in double quotes when it has blanks; nullopt for a line break or a double quote,
// which would break the directive.
std::optional<QString> directiveValue(const QString &value);

// "NAME=value" -> "export NAME='value'"; an entry that is not one is refused with a sentence.
Result<QStringList> exports(const QStringList &environment);

// The script with `directives` after its "#!" line (first, when it has none) and `exports` before its first
// command; it ends with a line break.
QString assemble(const QString &script, const QStringList &directives, const QStringList &exports);

} // namespace daas::jobs::SshJobScript
