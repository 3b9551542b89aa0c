#pragma once
// What IcatQueryParser.cpp builds and IcatQuery.cpp evaluates: the expression tree of a WHERE clause, and the
// failure both answer with, ICAT's BAD_PARAMETER.

#include "IcatQuery.h"

#include <QVariant>

namespace daas::emulator {

struct Expr
{
    enum class Kind { Or, And, Not, Compare, Like, In, IsNull, PathValue, Lower, Upper, Literal, User };
    Kind kind = Kind::Literal;
    QString op;
    bool negated = false;
    QList<ExprPtr> kids;
    Path path;
    QVariant literal;
};

inline IcatFailure badParameter(const QString &message)
{
    return {400, QStringLiteral("BAD_PARAMETER"), message};
}

} // namespace daas::emulator
