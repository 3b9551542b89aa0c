#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>

namespace daas::emulator {

// One ICAT entity of the in-memory catalogue. Attributes are scalars (QString, qint64, double, bool,
// QDateTime); refs are many-to-one relations; collections are one-to-many.
struct Entity
{
    QString type;
    qint64 id = 0;
    QDateTime createTime;
    QString createId;
    QHash<QString, QVariant> fields;
    QHash<QString, Entity *> refs;
    QHash<QString, QList<Entity *>> collections;

    QVariant field(const QString &name) const { return fields.value(name); }
    Entity *ref(const QString &name) const { return refs.value(name); }
};

// What ICAT's schema says of a type: its attributes in declaration order, its many-to-one relations (with
// their target type) and its one-to-many collections (with the child type and the child's back reference).
struct EntitySchema
{
    QStringList fields;
    QHash<QString, QString> refs;                        // relation name -> target type
    QHash<QString, QPair<QString, QString>> collections; // name -> (child type, child's ref name)
    QStringList collectionOrder;
};

// The catalogue: schema, objects, the demo data, and the permission rule of a facility's ICAT:
// a user reads an investigation when an InvestigationUser links them to it, and the datasets and
// datafiles inside it; reference tables are public; root users read everything.
class CatalogueModel
{
public:
    CatalogueModel();

    static const QHash<QString, EntitySchema> &schema();
    static bool isKnownType(const QString &type) { return schema().contains(type); }

    void generateDemoData(const QString &facilityName, qint64 tomographyBytes = qint64(1) << 30);

    Entity *create(const QString &type);
    // changes whenever an object is created or linked: search caches compare it
    quint64 generation() const { return m_generation; }
    void link(Entity *child, const QString &refName, Entity *parent);
    // Takes an object out of the catalogue (IDS delete). Its memory stays, so nothing can dangle.
    void remove(Entity *entity);
    Entity *find(const QString &type, qint64 id) const;
    Entity *findById(qint64 id) const { return m_byId.value(id); }
    const QList<Entity *> &all(const QString &type) const;

    bool canRead(const Entity *entity, const QString &user) const;
    bool isRoot(const QString &user) const { return m_rootUsers.contains(user); }
    // a datafile's place in the store: generated content or a file written by IDS put
    QString storedPath(qint64 datafileId) const { return m_storedFiles.value(datafileId); }
    void setStoredPath(qint64 datafileId, const QString &path) { m_storedFiles.insert(datafileId, path); }
    // keeps Dataset/Investigation fileSize and fileCount consistent, as ICAT's triggers do
    void addToTotals(Entity *datafile, int sign);

    struct UserAccount
    {
        QString plugin;
        QString login;
        QString password;
        QString fullName;
    };
    const QList<UserAccount> &accounts() const { return m_accounts; }

private:
    Entity *makeUser(const QString &plugin, const QString &login, const QString &password,
                     const QString &fullName);
    void invalidateVisibility() const { m_visibleInvestigations.clear(); }

    qint64 m_nextId = 1;
    quint64 m_generation = 0;
    QHash<QString, QList<Entity *>> m_byType;
    QHash<qint64, Entity *> m_byId;
    std::vector<std::unique_ptr<Entity>> m_storage;
    QSet<QString> m_rootUsers;
    QList<UserAccount> m_accounts;
    QHash<qint64, QString> m_storedFiles;
    mutable QHash<QString, QSet<qint64>> m_visibleInvestigations;
};

} // namespace daas::emulator
