// IcatQuery's evaluation (see IcatQuery.h): a parsed query run over the in-memory catalogue, paged and
// written out as ICAT writes entities; the parsing and ICAT's checks of names are in IcatQueryParser.cpp.

#include "IcatQuery.h"
#include "IcatQueryExpr.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace daas::emulator {

QString Path::text() const
{
    return steps.isEmpty() ? alias : alias + u'.' + steps.join(u'.');
}

namespace {

// Follows a path's steps from an entity: relations to entities, the last step may be an attribute.
QVariant pathValue(const Entity *e, const QStringList &steps)
{
    for (qsizetype i = 0; e && i < steps.size(); ++i) {
        const QString &s = steps.at(i);
        if (s == u"id")
            return i + 1 == steps.size() ? QVariant(e->id) : QVariant();
        if (Entity *r = e->ref(s)) {
            e = r;
            continue;
        }
        if (i + 1 == steps.size())
            return e->fields.value(s);
        return QVariant();
    }
    return e ? QVariant(e->id) : QVariant();
}

int compareValues(const QVariant &a, const QVariant &b)
{
    if (!a.isValid() || !b.isValid())
        return a.isValid() - b.isValid(); // nulls first
    const auto ta = a.typeId(), tb = b.typeId();
    if (ta == QMetaType::QDateTime || tb == QMetaType::QDateTime) {
        const QDateTime x = a.toDateTime(), y = b.toDateTime();
        return x < y ? -1 : (y < x ? 1 : 0);
    }
    const bool na =
        ta == QMetaType::LongLong || ta == QMetaType::Int || ta == QMetaType::Double || ta == QMetaType::Bool;
    const bool nb =
        tb == QMetaType::LongLong || tb == QMetaType::Int || tb == QMetaType::Double || tb == QMetaType::Bool;
    if (na && nb) {
        const double x = a.toDouble(), y = b.toDouble();
        return x < y ? -1 : (y < x ? 1 : 0);
    }
    return QString::compare(a.toString(), b.toString());
}

// Objects in a serialised entity, INCLUDEd descendants too: ICAT counts them all against maxEntities.
qint64 countEntities(const QJsonObject &o)
{
    qint64 n = 1;
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.value().isObject()) {
            n += countEntities(it.value().toObject());
        } else if (it.value().isArray()) {
            for (const QJsonValue &v : it.value().toArray())
                if (v.isObject())
                    n += countEntities(v.toObject());
        }
    }
    return n;
}

QRegularExpression likePattern(const QString &pattern)
{
    QString re = u"^"_s;
    for (const QChar c : pattern) {
        if (c == u'%')
            re += u".*"_s;
        else if (c == u'_')
            re += u'.';
        else
            re += QRegularExpression::escape(QString(c));
    }
    re += u'$';
    return QRegularExpression(re, QRegularExpression::DotMatchesEverythingOption);
}

struct Evaluator
{
    const QHash<QString, Entity *> &row;
    const QString &user;

    QVariant value(const Expr &e) const
    {
        switch (e.kind) {
        case Expr::Kind::Literal:
            return e.literal;
        case Expr::Kind::User:
            return user;
        case Expr::Kind::PathValue:
            return pathValue(row.value(e.path.alias), e.path.steps);
        case Expr::Kind::Lower: {
            const QVariant v = value(*e.kids.at(0));
            return v.isValid() ? QVariant(v.toString().toLower()) : QVariant();
        }
        case Expr::Kind::Upper: {
            const QVariant v = value(*e.kids.at(0));
            return v.isValid() ? QVariant(v.toString().toUpper()) : QVariant();
        }
        default:
            return truth(e);
        }
    }

    bool truth(const Expr &e) const
    {
        switch (e.kind) {
        case Expr::Kind::Or:
            return truth(*e.kids.at(0)) || truth(*e.kids.at(1));
        case Expr::Kind::And:
            return truth(*e.kids.at(0)) && truth(*e.kids.at(1));
        case Expr::Kind::Not:
            return !truth(*e.kids.at(0));
        case Expr::Kind::Compare: {
            const QVariant a = value(*e.kids.at(0)), b = value(*e.kids.at(1));
            if (!a.isValid() || !b.isValid())
                return false;
            const int c = compareValues(a, b);
            if (e.op == u"=")
                return c == 0;
            if (e.op == u"<>" || e.op == u"!=")
                return c != 0;
            if (e.op == u"<")
                return c < 0;
            if (e.op == u">")
                return c > 0;
            if (e.op == u"<=")
                return c <= 0;
            return c >= 0;
        }
        case Expr::Kind::Like: {
            const QVariant a = value(*e.kids.at(0)), b = value(*e.kids.at(1));
            if (!a.isValid() || !b.isValid())
                return false;
            return likePattern(b.toString()).match(a.toString()).hasMatch() != e.negated;
        }
        case Expr::Kind::In: {
            const QVariant a = value(*e.kids.at(0));
            if (!a.isValid())
                return false;
            bool found = false;
            for (qsizetype i = 1; i < e.kids.size() && !found; ++i)
                found = compareValues(a, value(*e.kids.at(i))) == 0;
            return found != e.negated;
        }
        case Expr::Kind::IsNull:
            return value(*e.kids.at(0)).isValid() == e.negated;
        default:
            return value(e).toBool();
        }
    }
};

} // namespace

QList<Entity *> IcatQuery::candidates(const CatalogueModel &model) const
{
    // A conjunct "alias.relation.id = N" at the top of WHERE: start from the parent's collection instead
    // of every object of the type (a 100,000-file dataset is then not one scan per page).
    QList<const Expr *> conjuncts;
    QList<const Expr *> stack;
    if (m_where)
        stack.append(m_where.get());
    while (!stack.isEmpty()) {
        const Expr *e = stack.takeLast();
        if (e->kind == Expr::Kind::And)
            stack << e->kids.at(0).get() << e->kids.at(1).get();
        else
            conjuncts.append(e);
    }
    const EntitySchema &s = CatalogueModel::schema().value(m_entity);
    for (const Expr *e : std::as_const(conjuncts)) {
        if (e->kind != Expr::Kind::Compare || e->op != u"=")
            continue;
        const Expr &l = *e->kids.at(0), &r = *e->kids.at(1);
        if (l.kind != Expr::Kind::PathValue || r.kind != Expr::Kind::Literal || l.path.alias != m_alias ||
            l.path.steps.size() != 2 || l.path.steps.at(1) != u"id" || !s.refs.contains(l.path.steps.at(0)))
            continue;
        const QString refName = l.path.steps.at(0);
        const Entity *parent = model.find(s.refs.value(refName), r.literal.toLongLong());
        if (!parent)
            return {};
        const EntitySchema &ps = CatalogueModel::schema().value(parent->type);
        for (auto it = ps.collections.cbegin(); it != ps.collections.cend(); ++it)
            if (it.value().first == m_entity && it.value().second == refName)
                return parent->collections.value(it.key());
    }
    return model.all(m_entity);
}

QList<QHash<QString, Entity *>> IcatQuery::rows(const CatalogueModel &model) const
{
    QList<QHash<QString, Entity *>> out;
    for (Entity *root : candidates(model)) {
        QList<QHash<QString, Entity *>> partial{{{m_alias, root}}};
        for (const Join &j : m_joins) {
            QList<QHash<QString, Entity *>> expanded;
            for (const auto &row : std::as_const(partial)) {
                QList<Entity *> current{row.value(j.path.alias)};
                for (const QString &step : j.path.steps) {
                    QList<Entity *> nextLevel;
                    for (Entity *e : std::as_const(current)) {
                        if (!e)
                            continue;
                        if (Entity *r = e->ref(step))
                            nextLevel.append(r);
                        else
                            nextLevel.append(e->collections.value(step));
                    }
                    current = nextLevel;
                }
                for (Entity *e : std::as_const(current)) {
                    auto r = row;
                    r.insert(j.alias, e);
                    expanded.append(r);
                }
            }
            partial = expanded;
        }
        out.append(partial);
    }
    return out;
}

std::variant<QJsonArray, IcatFailure> IcatQuery::search(const CatalogueModel &model, const QString &user,
                                                        int maxEntities, Cache *cache,
                                                        const QString &cacheKey) const
{
    QList<QHash<QString, Entity *>> matching;
    const bool cached =
        cache && !cacheKey.isEmpty() && cache->key == cacheKey && cache->generation == model.generation();
    if (cached)
        matching = cache->rows;
    else
        matching = matchingRows(model, user);
    if (cache && !cached && !cacheKey.isEmpty())
        *cache = Cache{cacheKey, model.generation(), matching};
    return page(model, user, maxEntities, matching);
}

QList<QHash<QString, Entity *>> IcatQuery::matchingRows(const CatalogueModel &model,
                                                        const QString &user) const
{
    QList<QHash<QString, Entity *>> matching;
    for (auto &row : rows(model)) {
        if (m_where && !Evaluator{row, user}.truth(*m_where))
            continue;
        // authorisation applies to what is selected, before LIMIT (so pages stay full)
        bool readable = true;
        for (const Path &p : m_selectPaths)
            readable = readable && model.canRead(row.value(p.alias), user);
        if (readable)
            matching.append(std::move(row));
    }
    if (!m_order.isEmpty()) {
        // decorate, sort, undecorate: each row's keys are evaluated once, not in every comparison
        QList<QPair<QVariantList, qsizetype>> keyed;
        keyed.reserve(matching.size());
        for (qsizetype i = 0; i < matching.size(); ++i) {
            QVariantList keys;
            for (const Order &o : m_order)
                keys.append(Evaluator{matching.at(i), user}.value(*o.expr));
            keyed.append({keys, i});
        }
        std::stable_sort(keyed.begin(), keyed.end(), [&](const auto &a, const auto &b) {
            for (qsizetype k = 0; k < m_order.size(); ++k) {
                const int c = compareValues(a.first.at(k), b.first.at(k));
                if (c != 0)
                    return m_order.at(k).descending ? c > 0 : c < 0;
            }
            return false;
        });
        QList<QHash<QString, Entity *>> sorted;
        sorted.reserve(matching.size());
        for (const auto &k : std::as_const(keyed))
            sorted.append(std::move(matching[k.second]));
        matching = std::move(sorted);
    }
    if (m_distinct) {
        QSet<QString> seen;
        QList<QHash<QString, Entity *>> unique;
        for (auto &row : matching) {
            QString key;
            for (const Path &p : m_selectPaths)
                key += pathValue(row.value(p.alias), p.steps).toString() + u'\x1f';
            if (!seen.contains(key)) {
                seen.insert(key);
                unique.append(std::move(row));
            }
        }
        matching = std::move(unique);
    }
    return matching;
}

std::variant<QJsonArray, IcatFailure> IcatQuery::page(const CatalogueModel &model, const QString &user,
                                                      int maxEntities,
                                                      const QList<QHash<QString, Entity *>> &matching) const
{
    const Path &selected = m_selectPaths.first();
    if (m_select == SelectKind::Count)
        return QJsonArray{qint64(matching.size())};

    qint64 from = m_hasLimit ? std::min<qint64>(m_offset, matching.size()) : 0;
    qint64 count = m_hasLimit && m_count >= 0 ? m_count : matching.size() - from;
    if (m_select == SelectKind::Entity && (!m_hasLimit || m_count < 0 || m_count > maxEntities) &&
        matching.size() - from > maxEntities)
        return IcatFailure{412, u"VALIDATION"_s,
                           u"attempt to process more than %1 entities"_s.arg(maxEntities)};
    count = std::min<qint64>(count, matching.size() - from);
    QJsonArray result;
    qint64 returned = 0;
    for (qint64 i = from; i < from + count; ++i) {
        const auto &row = matching.at(i);
        if (m_select == SelectKind::Entity) {
            const Entity *e = row.value(selected.alias);
            const QJsonObject json = entityToJson(model, e, m_includeTree, user);
            returned += countEntities(json);
            if (returned > maxEntities)
                return IcatFailure{412, u"VALIDATION"_s,
                                   u"attempt to return more than %1 entities"_s.arg(maxEntities)};
            result.append(QJsonObject{{e->type, json}});
        } else {
            QJsonArray columns;
            for (const Path &p : m_selectPaths) {
                const QVariant v = pathValue(row.value(p.alias), p.steps);
                columns.append(v.typeId() == QMetaType::QDateTime ? QJsonValue(icatDate(v.toDateTime()))
                                                                  : QJsonValue::fromVariant(v));
            }
            result.append(m_selectPaths.size() == 1 ? columns.at(0) : QJsonValue(columns));
        }
    }
    return result;
}

QJsonObject IcatQuery::serialise(const CatalogueModel &model, const Entity *entity, const QString &user) const
{
    return entityToJson(model, entity, m_includeTree, user);
}

QString icatDate(const QDateTime &dt)
{
    // yyyy-MM-dd'T'HH:mm:ss.SSSXXX: "Z" at offset zero, "+01:00" otherwise
    return dt.toString(Qt::ISODateWithMs);
}

QJsonObject entityToJson(const CatalogueModel &model, const Entity *e, const IncludeNode &include,
                         const QString &user)
{
    QJsonObject o;
    o.insert(u"id"_s, e->id);
    o.insert(u"createId"_s, e->createId);
    o.insert(u"createTime"_s, icatDate(e->createTime));
    o.insert(u"modId"_s, e->createId);
    o.insert(u"modTime"_s, icatDate(e->createTime));
    const EntitySchema &s = CatalogueModel::schema().value(e->type);
    for (const QString &f : s.fields) {
        const QVariant v = e->fields.value(f);
        if (!v.isValid())
            continue; // ICAT omits nulls
        if (v.typeId() == QMetaType::QDateTime)
            o.insert(f, icatDate(v.toDateTime()));
        else
            o.insert(f, QJsonValue::fromVariant(v));
    }
    for (auto it = include.children.cbegin(); it != include.children.cend(); ++it) {
        if (s.refs.contains(it.key())) {
            const Entity *r = e->ref(it.key());
            if (r && model.canRead(r, user))
                o.insert(it.key(), entityToJson(model, r, it.value(), user));
        }
    }
    for (const QString &c : s.collectionOrder) {
        QJsonArray items;
        auto node = include.children.constFind(c);
        if (node != include.children.cend()) {
            for (const Entity *child : e->collections.value(c))
                if (model.canRead(child, user)) // unreadable children are dropped silently, as ICAT does
                    items.append(entityToJson(model, child, node.value(), user));
        }
        o.insert(c, items);
    }
    return o;
}

} // namespace daas::emulator
