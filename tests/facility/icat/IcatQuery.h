#pragma once

#include "CatalogueModel.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>

#include <memory>
#include <optional>

namespace daas::emulator {

// The ICAT error a request ends in: HTTP status, ICAT code (BAD_PARAMETER, ...) and message.
struct IcatFailure
{
    int status = 400;
    QString code;
    QString message;
};

struct Path
{
    QString alias;     // lower-cased: identification variables are case-insensitive in ICAT
    QStringList steps; // relations and finally an attribute (or none: the entity itself)
    QString text() const;
};

struct Expr;
using ExprPtr = std::shared_ptr<Expr>;

struct IncludeNode
{
    QMap<QString, IncludeNode> children;
};

// clang-format off
// The JPQL subset of ICAT that the client sends (icat-ids.md §1.5), tokenised and parsed by recursive
// descent, then evaluated over the in-memory catalogue:
//
//   search   := SELECT [DISTINCT] select FROM Entity [AS] alias join* [WHERE or]
//               [ORDER BY value [ASC|DESC] (',' value [ASC|DESC])*] tail
//   select   := COUNT '(' [DISTINCT] path ')' | path (',' path)*
//   join     := [LEFT [OUTER] | INNER] JOIN path [AS] alias
//   tail     := (LIMIT int ',' (int | '*') | INCLUDE ('1' | path [[AS] alias] (',' path [[AS] alias])*))*
//               (each at most once, in either order)
//   or       := and (OR and)*
//   and      := not (AND not)*
//   not      := NOT not | pred
//   pred     := '(' or ')' | value (cmp value | [NOT] LIKE value | [NOT] IN '(' value (',' value)* ')'
//                                   | IS [NOT] NULL)
//   cmp      := '=' | '<>' | '!=' | '<' | '>' | '<=' | '>='
//   value    := path | LOWER '(' value ')' | UPPER '(' value ')' | 'string' ('' escapes a quote)
//               | integer | TRUE | FALSE | :user | {ts yyyy-MM-dd HH:mm:ss}
//   path     := alias ('.' name)*
//   get      := Entity [[AS] alias] [INCLUDE ...]          (entityManager with id=)
//
// LIKE knows % and _. Both LIMIT numbers are required (`LIMIT 10` is a BAD_PARAMETER, as in ICAT).
// Anything else is a BAD_PARAMETER too: the emulator refuses what it does not implement instead of
// guessing. The client's queries, for which this grammar exists:
//   SELECT DISTINCT i FROM Investigation i JOIN i.investigationUsers iu JOIN iu.user u WHERE u.name = :user
//     [AND (LOWER(i.title) LIKE '%x%' OR ...)] ORDER BY i.startDate DESC, i.id LIMIT 0, 50
//     INCLUDE i.investigationInstruments.instrument, i.facility, i.type
//   SELECT COUNT(DISTINCT i) FROM Investigation i JOIN ... WHERE u.name = :user [AND ...]
//   SELECT ds FROM Dataset ds WHERE ds.investigation.id = 123 ORDER BY ds.name, ds.id LIMIT 0, 100 INCLUDE ds.type
//   SELECT df FROM Datafile df WHERE df.dataset.id = 456 ORDER BY df.name, df.id LIMIT 0, 500
//     INCLUDE df.datafileFormat
//   SELECT u FROM User u WHERE u.name = :user
//   SELECT f FROM DatafileFormat f WHERE f.facility.name = 'ISIS' AND f.name = 'nexus'
// clang-format on
class IcatQuery
{
public:
    static std::variant<IcatQuery, IcatFailure> parseSearch(const QString &text);
    static std::variant<IcatQuery, IcatFailure> parseGet(const QString &text);

    // The rows of the last search before LIMIT, so paging through one query does not sort it again.
    struct Cache
    {
        QString key;
        quint64 generation = 0;
        QList<QHash<QString, Entity *>> rows;
    };
    // Runs a search as `user`: permission filter before LIMIT, maxEntities check, INCLUDE.
    std::variant<QJsonArray, IcatFailure> search(const CatalogueModel &model, const QString &user,
                                                 int maxEntities, Cache *cache = nullptr,
                                                 const QString &cacheKey = {}) const;
    // Serialises one object (get by id) with this query's INCLUDEs.
    QJsonObject serialise(const CatalogueModel &model, const Entity *entity, const QString &user) const;

    const QString &entityType() const { return m_entity; }

private:
    enum class SelectKind { Entity, Count, Fields };
    struct Join
    {
        Path path;
        QString alias;
    };
    struct Order
    {
        ExprPtr expr;
        bool descending = false;
    };

    friend class QueryParser;
    QList<QHash<QString, Entity *>> rows(const CatalogueModel &model) const;
    QList<Entity *> candidates(const CatalogueModel &model) const;
    QList<QHash<QString, Entity *>> matchingRows(const CatalogueModel &model, const QString &user) const;
    std::variant<QJsonArray, IcatFailure> page(const CatalogueModel &model, const QString &user,
                                               int maxEntities,
                                               const QList<QHash<QString, Entity *>> &matching) const;
    std::optional<IcatFailure> buildIncludeTree();
    std::optional<IcatFailure> checkNames(const QString &text) const;

    SelectKind m_select = SelectKind::Entity;
    bool m_distinct = false;
    QList<Path> m_selectPaths;
    QString m_entity;
    QString m_alias;
    QList<Join> m_joins;
    ExprPtr m_where;
    QList<Order> m_order;
    bool m_hasLimit = false;
    qint64 m_offset = 0;
    qint64 m_count = -1; // -1: '*'
    QList<QPair<Path, QString>> m_includes;
    bool m_includeOne = false;
    IncludeNode m_includeTree;
};

QJsonObject entityToJson(const CatalogueModel &model, const Entity *e, const IncludeNode &include,
                         const QString &user);
QString icatDate(const QDateTime &dt);

} // namespace daas::emulator
