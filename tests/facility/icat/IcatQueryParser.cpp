// IcatQuery's parsing (see IcatQuery.h for the grammar): the tokeniser, the recursive descent, and the
// checks ICAT makes of the names a query uses, with its words.

#include "IcatQuery.h"
#include "IcatQueryExpr.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace daas::emulator {

namespace {

struct Token
{
    enum class Kind { Ident, String, Number, Param, Timestamp, Symbol, End };
    Kind kind = Kind::End;
    QString text;
    qsizetype pos = 0;
};

std::variant<QList<Token>, IcatFailure> tokenize(const QString &q)
{
    QList<Token> out;
    qsizetype i = 0;
    const qsizetype n = q.size();
    while (i < n) {
        const QChar c = q.at(i);
        if (c.isSpace()) {
            ++i;
            continue;
        }
        Token t;
        t.pos = i;
        if (c.isLetter() || c == u'_') {
            qsizetype j = i;
            while (j < n && (q.at(j).isLetterOrNumber() || q.at(j) == u'_'))
                ++j;
            t.kind = Token::Kind::Ident;
            t.text = q.mid(i, j - i);
            i = j;
        } else if (c.isDigit()) {
            qsizetype j = i;
            while (j < n && q.at(j).isDigit())
                ++j;
            t.kind = Token::Kind::Number;
            t.text = q.mid(i, j - i);
            i = j;
        } else if (c == u'\'') {
            QString s;
            qsizetype j = i + 1;
            bool closed = false;
            while (j < n) {
                if (q.at(j) == u'\'') {
                    if (j + 1 < n && q.at(j + 1) == u'\'') {
                        s += u'\'';
                        j += 2;
                        continue;
                    }
                    closed = true;
                    ++j;
                    break;
                }
                s += q.at(j++);
            }
            if (!closed)
                return badParameter(u"Unterminated string starting at position %1"_s.arg(i));
            t.kind = Token::Kind::String;
            t.text = s;
            i = j;
        } else if (c == u':') {
            qsizetype j = i + 1;
            while (j < n && (q.at(j).isLetterOrNumber() || q.at(j) == u'_'))
                ++j;
            t.kind = Token::Kind::Param;
            t.text = q.mid(i + 1, j - i - 1);
            i = j;
        } else if (c == u'{') {
            const qsizetype close = q.indexOf(u'}', i);
            static const QRegularExpression ts(u"^\\{ts (\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2})\\}$"_s);
            const auto m = ts.match(close < 0 ? QString() : q.mid(i, close - i + 1));
            if (!m.hasMatch())
                return badParameter(
                    u"Timestamp literal at position %1 must be {ts yyyy-MM-dd HH:mm:ss}"_s.arg(i));
            t.kind = Token::Kind::Timestamp;
            t.text = m.captured(1);
            i = close + 1;
        } else {
            static const QStringList two = {u"<>"_s, u"<="_s, u">="_s, u"!="_s};
            const QString pair = q.mid(i, 2);
            t.kind = Token::Kind::Symbol;
            if (two.contains(pair)) {
                t.text = pair;
                i += 2;
            } else if (QStringLiteral("(),.=<>*").contains(c)) {
                t.text = c;
                ++i;
            } else {
                return badParameter(u"Unexpected character '%1' at position %2 in query"_s.arg(c).arg(i));
            }
        }
        out.append(t);
    }
    out.append(Token{Token::Kind::End, QString(), n});
    return out;
}
} // namespace

class QueryParser
{
public:
    explicit QueryParser(QList<Token> tokens)
        : m_t(std::move(tokens))
    {}

    std::optional<IcatFailure> parseSearch(IcatQuery &q)
    {
        expectKeyword(u"SELECT"_s);
        if (acceptKeyword(u"DISTINCT"_s))
            q.m_distinct = true;
        if (peekKeyword(u"COUNT"_s)) {
            next();
            expectSymbol(u"("_s);
            if (acceptKeyword(u"DISTINCT"_s))
                q.m_distinct = true;
            q.m_select = IcatQuery::SelectKind::Count;
            q.m_selectPaths.append(parsePath());
            expectSymbol(u")"_s);
        } else {
            q.m_selectPaths.append(parsePath());
            while (acceptSymbol(u","_s))
                q.m_selectPaths.append(parsePath());
            const bool fields = q.m_selectPaths.size() > 1 || !q.m_selectPaths.first().steps.isEmpty();
            q.m_select = fields ? IcatQuery::SelectKind::Fields : IcatQuery::SelectKind::Entity;
        }
        expectKeyword(u"FROM"_s);
        q.m_entity = expectIdent();
        acceptKeyword(u"AS"_s);
        q.m_alias = expectIdent().toLower();
        while (peekKeyword(u"JOIN"_s) || peekKeyword(u"LEFT"_s) || peekKeyword(u"INNER"_s)) {
            if (acceptKeyword(u"LEFT"_s))
                acceptKeyword(u"OUTER"_s);
            else
                acceptKeyword(u"INNER"_s);
            expectKeyword(u"JOIN"_s);
            IcatQuery::Join j;
            j.path = parsePath();
            acceptKeyword(u"AS"_s);
            j.alias = expectIdent().toLower();
            q.m_joins.append(j);
        }
        if (acceptKeyword(u"WHERE"_s))
            q.m_where = parseOr();
        if (acceptKeyword(u"ORDER"_s)) {
            expectKeyword(u"BY"_s);
            do {
                IcatQuery::Order o;
                o.expr = parseValue();
                if (acceptKeyword(u"DESC"_s))
                    o.descending = true;
                else
                    acceptKeyword(u"ASC"_s);
                q.m_order.append(o);
            } while (acceptSymbol(u","_s));
        }
        parseTail(q);
        if (!m_error && peek().kind != Token::Kind::End)
            fail(u"Unexpected '%1' at position %2 in query"_s.arg(peek().text).arg(peek().pos));
        return m_error;
    }

    std::optional<IcatFailure> parseGet(IcatQuery &q)
    {
        q.m_entity = expectIdent();
        if (peek().kind == Token::Kind::Ident && !peekKeyword(u"INCLUDE"_s)) {
            acceptKeyword(u"AS"_s);
            q.m_alias = expectIdent().toLower();
        }
        parseTail(q);
        if (!m_error && peek().kind != Token::Kind::End)
            fail(u"Unexpected '%1' at position %2 in query"_s.arg(peek().text).arg(peek().pos));
        return m_error;
    }

private:
    void parseTail(IcatQuery &q)
    {
        bool sawLimit = false, sawInclude = false;
        while (!m_error) {
            if (!sawLimit && acceptKeyword(u"LIMIT"_s)) {
                sawLimit = true;
                q.m_hasLimit = true;
                q.m_offset = expectNumber();
                if (!acceptSymbol(u","_s)) {
                    fail(u"LIMIT needs two values, an offset and a count, as in LIMIT 0, 100"_s);
                    return;
                }
                if (acceptSymbol(u"*"_s))
                    q.m_count = -1;
                else
                    q.m_count = expectNumber();
            } else if (!sawInclude && acceptKeyword(u"INCLUDE"_s)) {
                sawInclude = true;
                if (peek().kind == Token::Kind::Number && peek().text == u"1") {
                    next();
                    q.m_includeOne = true;
                    continue;
                }
                do {
                    Path p = parsePath();
                    QString alias;
                    if (acceptKeyword(u"AS"_s) ||
                        (peek().kind == Token::Kind::Ident && !peekKeyword(u"LIMIT"_s)))
                        alias = expectIdent().toLower();
                    q.m_includes.append({p, alias});
                } while (acceptSymbol(u","_s));
            } else {
                return;
            }
        }
    }

    ExprPtr parseOr()
    {
        ExprPtr left = parseAnd();
        while (acceptKeyword(u"OR"_s)) {
            auto e = std::make_shared<Expr>();
            e->kind = Expr::Kind::Or;
            e->kids = {left, parseAnd()};
            left = e;
        }
        return left;
    }
    ExprPtr parseAnd()
    {
        ExprPtr left = parseNot();
        while (acceptKeyword(u"AND"_s)) {
            auto e = std::make_shared<Expr>();
            e->kind = Expr::Kind::And;
            e->kids = {left, parseNot()};
            left = e;
        }
        return left;
    }
    ExprPtr parseNot()
    {
        if (acceptKeyword(u"NOT"_s)) {
            auto e = std::make_shared<Expr>();
            e->kind = Expr::Kind::Not;
            e->kids = {parseNot()};
            return e;
        }
        return parsePredicate();
    }
    ExprPtr parsePredicate()
    {
        if (acceptSymbol(u"("_s)) {
            ExprPtr inner = parseOr();
            expectSymbol(u")"_s);
            return inner;
        }
        ExprPtr left = parseValue();
        auto e = std::make_shared<Expr>();
        const bool negated = acceptKeyword(u"NOT"_s);
        if (acceptKeyword(u"LIKE"_s)) {
            e->kind = Expr::Kind::Like;
            e->kids = {left, parseValue()};
        } else if (acceptKeyword(u"IN"_s)) {
            e->kind = Expr::Kind::In;
            e->kids = {left};
            expectSymbol(u"("_s);
            do
                e->kids.append(parseValue());
            while (acceptSymbol(u","_s));
            expectSymbol(u")"_s);
        } else if (!negated && acceptKeyword(u"IS"_s)) {
            e->kind = Expr::Kind::IsNull;
            e->negated = acceptKeyword(u"NOT"_s);
            expectKeyword(u"NULL"_s);
            e->kids = {left};
            return e;
        } else if (!negated && peek().kind == Token::Kind::Symbol &&
                   QStringList{u"="_s, u"<>"_s, u"!="_s, u"<"_s, u">"_s, u"<="_s, u">="_s}.contains(
                       peek().text)) {
            e->kind = Expr::Kind::Compare;
            e->op = next().text;
            e->kids = {left, parseValue()};
            return e;
        } else {
            fail(u"Expected a comparison at position %1 in query"_s.arg(peek().pos));
            return e;
        }
        e->negated = negated;
        return e;
    }
    ExprPtr parseValue()
    {
        auto e = std::make_shared<Expr>();
        const Token &t = peek();
        switch (t.kind) {
        case Token::Kind::String:
            e->kind = Expr::Kind::Literal;
            e->literal = next().text;
            return e;
        case Token::Kind::Number:
            e->kind = Expr::Kind::Literal;
            e->literal = next().text.toLongLong();
            return e;
        case Token::Kind::Timestamp:
            e->kind = Expr::Kind::Literal;
            e->literal = QDateTime::fromString(next().text, u"yyyy-MM-dd HH:mm:ss"_s).toUTC();
            return e;
        case Token::Kind::Param:
            if (t.text != u"user") {
                fail(u"Unknown parameter :%1 (only :user is defined)"_s.arg(t.text));
                return e;
            }
            next();
            e->kind = Expr::Kind::User;
            return e;
        case Token::Kind::Ident:
            if (peekKeyword(u"TRUE"_s) || peekKeyword(u"FALSE"_s)) {
                e->kind = Expr::Kind::Literal;
                e->literal = next().text.toUpper() == u"TRUE";
                return e;
            }
            if ((peekKeyword(u"LOWER"_s) || peekKeyword(u"UPPER"_s)) && peekAt(1).text == u"(") {
                e->kind = next().text.toUpper() == u"LOWER" ? Expr::Kind::Lower : Expr::Kind::Upper;
                expectSymbol(u"("_s);
                e->kids = {parseValue()};
                expectSymbol(u")"_s);
                return e;
            }
            e->kind = Expr::Kind::PathValue;
            e->path = parsePath();
            return e;
        default:
            fail(u"Expected a value at position %1 in query"_s.arg(t.pos));
            return e;
        }
    }
    Path parsePath()
    {
        Path p;
        p.alias = expectIdent().toLower();
        while (acceptSymbol(u"."_s))
            p.steps.append(expectIdent());
        return p;
    }

    const Token &peek() const { return m_t.at(std::min(m_i, m_t.size() - 1)); }
    const Token &peekAt(qsizetype k) const { return m_t.at(std::min(m_i + k, m_t.size() - 1)); }
    const Token &next() { return m_t.at(std::min(m_i++, m_t.size() - 1)); }
    bool peekKeyword(const QString &kw) const
    {
        return peek().kind == Token::Kind::Ident && peek().text.compare(kw, Qt::CaseInsensitive) == 0;
    }
    bool acceptKeyword(const QString &kw)
    {
        if (m_error || !peekKeyword(kw))
            return false;
        next();
        return true;
    }
    bool acceptSymbol(const QString &s)
    {
        if (m_error || peek().kind != Token::Kind::Symbol || peek().text != s)
            return false;
        next();
        return true;
    }
    void expectKeyword(const QString &kw)
    {
        if (!acceptKeyword(kw))
            fail(u"Expected %1 at position %2 in query"_s.arg(kw).arg(peek().pos));
    }
    void expectSymbol(const QString &s)
    {
        if (!acceptSymbol(s))
            fail(u"Expected '%1' at position %2 in query"_s.arg(s).arg(peek().pos));
    }
    QString expectIdent()
    {
        if (m_error || peek().kind != Token::Kind::Ident) {
            fail(u"Expected a name at position %1 in query"_s.arg(peek().pos));
            return QString();
        }
        return next().text;
    }
    qint64 expectNumber()
    {
        if (m_error || peek().kind != Token::Kind::Number) {
            fail(u"Expected a number at position %1 in query"_s.arg(peek().pos));
            return 0;
        }
        return next().text.toLongLong();
    }
    void fail(const QString &message)
    {
        if (!m_error)
            m_error = badParameter(message);
    }

    QList<Token> m_t;
    qsizetype m_i = 0;
    std::optional<IcatFailure> m_error;
};

std::variant<IcatQuery, IcatFailure> IcatQuery::parseSearch(const QString &text)
{
    auto tokens = tokenize(text);
    if (auto *f = std::get_if<IcatFailure>(&tokens))
        return *f;
    IcatQuery q;
    QueryParser parser(std::get<QList<Token>>(std::move(tokens)));
    if (auto f = parser.parseSearch(q))
        return *f;
    // the names a query uses, checked where ICAT checks them, with its words: its own parser for FROM,
    // JOIN and SELECT (FromClause.java), JPQL (EclipseLink, through JpqlChecker) for WHERE and ORDER BY
    if (!CatalogueModel::isKnownType(q.m_entity))
        return badParameter(u"No information to determine type of %1 in the FROM clause"_s.arg(q.m_entity));
    if ((q.m_includeOne || !q.m_includes.isEmpty()) && q.m_select != SelectKind::Entity)
        return badParameter(u"INCLUDE is only valid for one quantity in the SELECT clause"_s);
    if (auto f = q.checkNames(text))
        return *f;
    if (auto f = q.buildIncludeTree())
        return *f;
    return q;
}

std::variant<IcatQuery, IcatFailure> IcatQuery::parseGet(const QString &text)
{
    auto tokens = tokenize(text);
    if (auto *f = std::get_if<IcatFailure>(&tokens))
        return *f;
    IcatQuery q;
    QueryParser parser(std::get<QList<Token>>(std::move(tokens)));
    if (auto f = parser.parseGet(q))
        return *f;
    if (!CatalogueModel::isKnownType(q.m_entity))
        return badParameter(u"%1 is not an ICAT entity"_s.arg(q.m_entity)); // EntityInfoHandler.getClass
    if (q.m_hasLimit)
        return badParameter(u"LIMIT is not allowed when getting one object by id"_s);
    if (auto f = q.buildIncludeTree())
        return *f;
    return q;
}

namespace {

// ICAT's attributes of every entity (EntityBaseBean) besides the schema's own
bool isCommonAttribute(const QString &name)
{
    return name == u"id" || name == u"createId" || name == u"createTime" || name == u"modId" ||
           name == u"modTime";
}

// What JpqlChecker hands EclipseLink: the query's tokens up to LIMIT or INCLUDE joined by single spaces,
// as ICAT's Tokenizer made them: keywords upper-cased, strings without their quotes ('' undoubled)
QString jpqlEcho(const QString &text)
{
    static const QSet<QString> keywords{
        u"SELECT"_s, u"DISTINCT"_s, u"FROM"_s,  u"WHERE"_s, u"JOIN"_s,  u"LEFT"_s,   u"OUTER"_s,
        u"INNER"_s,  u"AS"_s,       u"AND"_s,   u"OR"_s,    u"NOT"_s,   u"LIKE"_s,   u"IN"_s,
        u"IS"_s,     u"NULL"_s,     u"ORDER"_s, u"BY"_s,    u"ASC"_s,   u"DESC"_s,   u"COUNT"_s,
        u"LOWER"_s,  u"UPPER"_s,    u"TRUE"_s,  u"FALSE"_s, u"LIMIT"_s, u"INCLUDE"_s};
    QStringList tokens;
    QString word;
    auto flush = [&] {
        if (word.isEmpty())
            return;
        tokens << (keywords.contains(word.toUpper()) ? word.toUpper() : word);
        word.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\'') {
            flush();
            QString str;
            for (++i; i < text.size(); ++i) {
                if (text.at(i) == u'\'' && i + 1 < text.size() && text.at(i + 1) == u'\'')
                    str += text.at(++i);
                else if (text.at(i) == u'\'')
                    break;
                else
                    str += text.at(i);
            }
            tokens << str;
        } else if (c.isSpace()) {
            flush();
        } else if (c == u',' || c == u'(' || c == u')') {
            flush();
            tokens << QString(c);
        } else {
            word += c;
        }
    }
    flush();
    const qsizetype end =
        std::min(tokens.indexOf(u"LIMIT"_s) < 0 ? tokens.size() : tokens.indexOf(u"LIMIT"_s),
                 tokens.indexOf(u"INCLUDE"_s) < 0 ? tokens.size() : tokens.indexOf(u"INCLUDE"_s));
    return tokens.mid(0, end).join(u' ');
}

void collectPaths(const Expr *e, QList<const Path *> &out)
{
    if (!e)
        return;
    if (e->kind == Expr::Kind::PathValue)
        out.append(&e->path);
    for (const ExprPtr &k : e->kids)
        collectPaths(k.get(), out);
}

} // namespace

std::optional<IcatFailure> IcatQuery::checkNames(const QString &text) const
{
    const auto &schema = CatalogueModel::schema();
    QHash<QString, QString> types{{m_alias, m_entity}}; // identification variable -> entity
    for (const Join &j : m_joins) {
        if (!types.contains(j.path.alias))
            return badParameter(
                u"idVar '%1' referenced in the FROM clause is not defined."_s.arg(j.path.alias.toUpper()));
        QString type = types.value(j.path.alias);
        for (const QString &step : j.path.steps) {
            const EntitySchema &s = schema.value(type);
            if (s.refs.contains(step))
                type = s.refs.value(step);
            else if (s.collections.contains(step))
                type = s.collections.value(step).first;
            else
                return badParameter(u"%1 has no relationship field %2"_s.arg(type, step));
        }
        types.insert(j.alias, type);
    }
    for (const Path &p : m_selectPaths) {
        if (!types.contains(p.alias))
            return badParameter(
                u"idVar '%1' referenced in the SELECT clause is not defined in the FROM clause."_s.arg(
                    p.alias.toUpper()));
        QString type = types.value(p.alias);
        for (qsizetype i = 0; i < p.steps.size(); ++i) {
            const QString &step = p.steps.at(i);
            const EntitySchema &s = schema.value(type);
            if (s.refs.contains(step))
                type = s.refs.value(step);
            else if (s.collections.contains(step))
                type = s.collections.value(step).first;
            else if ((s.fields.contains(step) || isCommonAttribute(step)) && i + 1 == p.steps.size())
                break;
            else
                return badParameter(u"%1 has no field %2"_s.arg(type, step));
        }
    }
    // WHERE and ORDER BY go to JPQL as they are: EclipseLink refuses a path that names no attribute or
    // single-valued relation, and ICAT hands its words back as BAD_PARAMETER (JpqlChecker.checkJPQL)
    QList<const Path *> paths;
    collectPaths(m_where.get(), paths);
    for (const Order &o : m_order)
        collectPaths(o.expr.get(), paths);
    for (const Path *p : std::as_const(paths)) {
        QString problem;
        if (!types.contains(p->alias)) {
            problem = u"The identification variable '%1' is not defined in the FROM clause."_s.arg(p->alias);
        } else {
            QString type = types.value(p->alias);
            for (qsizetype i = 0; i < p->steps.size() && problem.isEmpty(); ++i) {
                const QString &step = p->steps.at(i);
                const EntitySchema &s = schema.value(type);
                if (s.refs.contains(step))
                    type = s.refs.value(step);
                else if (!((s.fields.contains(step) || isCommonAttribute(step)) && i + 1 == p->steps.size()))
                    problem =
                        u"The state field path '%1' cannot be resolved to a valid type."_s.arg(p->text());
            }
        }
        if (problem.isEmpty())
            continue;
        const QString jpql = jpqlEcho(text);
        const qsizetype at = jpql.indexOf(p->text(), 0, Qt::CaseInsensitive);
        return badParameter(u"An exception occurred while creating a query in EntityManager: \n"
                            u"Exception Description: Problem compiling [%1]. \n[%2, %3] %4"_s.arg(jpql)
                                .arg(std::max<qsizetype>(at, 0))
                                .arg(std::max<qsizetype>(at, 0) + p->text().size())
                                .arg(problem));
    }
    return std::nullopt;
}

std::optional<IcatFailure> IcatQuery::buildIncludeTree()
{
    const auto &schema = CatalogueModel::schema();
    if (m_includeOne) {
        for (auto it = schema.value(m_entity).refs.cbegin(); it != schema.value(m_entity).refs.cend(); ++it)
            m_includeTree.children.insert(it.key(), {});
        return std::nullopt;
    }
    // include aliases name a node of the tree, so that "INCLUDE ds.datafiles df, df.parameters" nests
    QHash<QString, QPair<IncludeNode *, QString>> nodes; // alias -> (node, type)
    nodes.insert(m_alias, {&m_includeTree, m_entity});
    for (const auto &[path, alias] : std::as_const(m_includes)) {
        if (!nodes.contains(path.alias))
            return badParameter(u"variable %1 mentioned in INCLUDE clause is not defined"_s.arg(path.alias));
        auto [node, type] = nodes.value(path.alias);
        for (const QString &step : path.steps) {
            const EntitySchema &s = schema.value(type);
            if (s.refs.contains(step))
                type = s.refs.value(step);
            else if (s.collections.contains(step))
                type = s.collections.value(step).first;
            else
                return badParameter(u"Problem with INCLUDE clause: %1 is not a field of %2"_s.arg(
                    step, type)); // IncludeClause
            node = &node->children[step];
        }
        if (!alias.isEmpty())
            nodes.insert(alias, {node, type});
    }
    return std::nullopt;
}

} // namespace daas::emulator
