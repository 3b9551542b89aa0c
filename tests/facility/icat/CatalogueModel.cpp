#include "CatalogueModel.h"

#include <QTimeZone>

#include <random>

using namespace Qt::StringLiterals;

namespace daas::emulator {

namespace {

EntitySchema makeSchema(QStringList fields, QHash<QString, QString> refs,
                        QList<std::tuple<QString, QString, QString>> collections)
{
    EntitySchema s;
    s.fields = std::move(fields);
    s.refs = std::move(refs);
    for (const auto &[name, child, back] : collections) {
        s.collections.insert(name, {child, back});
        s.collectionOrder.append(name);
    }
    return s;
}

QHash<QString, EntitySchema> buildSchema()
{
    using L = QStringList;
    QHash<QString, EntitySchema> s;
    s.insert(u"Facility"_s,
             makeSchema(L{u"name"_s, u"fullName"_s, u"description"_s, u"url"_s, u"daysUntilRelease"_s}, {},
                        {{u"instruments"_s, u"Instrument"_s, u"facility"_s},
                         {u"investigations"_s, u"Investigation"_s, u"facility"_s},
                         {u"datafileFormats"_s, u"DatafileFormat"_s, u"facility"_s},
                         {u"datasetTypes"_s, u"DatasetType"_s, u"facility"_s},
                         {u"investigationTypes"_s, u"InvestigationType"_s, u"facility"_s}}));
    s.insert(u"Instrument"_s,
             makeSchema(L{u"name"_s, u"fullName"_s, u"description"_s, u"type"_s, u"url"_s},
                        {{u"facility"_s, u"Facility"_s}},
                        {{u"investigationInstruments"_s, u"InvestigationInstrument"_s, u"instrument"_s}}));
    s.insert(u"InvestigationType"_s,
             makeSchema(L{u"name"_s, u"description"_s}, {{u"facility"_s, u"Facility"_s}},
                        {{u"investigations"_s, u"Investigation"_s, u"type"_s}}));
    s.insert(u"DatasetType"_s, makeSchema(L{u"name"_s, u"description"_s}, {{u"facility"_s, u"Facility"_s}},
                                          {{u"datasets"_s, u"Dataset"_s, u"type"_s}}));
    s.insert(u"DatafileFormat"_s, makeSchema(L{u"name"_s, u"version"_s, u"type"_s, u"description"_s},
                                             {{u"facility"_s, u"Facility"_s}},
                                             {{u"datafiles"_s, u"Datafile"_s, u"datafileFormat"_s}}));
    s.insert(u"User"_s, makeSchema(L{u"name"_s, u"fullName"_s, u"givenName"_s, u"familyName"_s, u"email"_s,
                                     u"affiliation"_s, u"orcidId"_s},
                                   {}, {{u"investigationUsers"_s, u"InvestigationUser"_s, u"user"_s}}));
    s.insert(u"Investigation"_s,
             makeSchema(L{u"name"_s, u"visitId"_s, u"title"_s, u"summary"_s, u"doi"_s, u"startDate"_s,
                          u"endDate"_s, u"releaseDate"_s, u"fileSize"_s, u"fileCount"_s},
                        {{u"facility"_s, u"Facility"_s}, {u"type"_s, u"InvestigationType"_s}},
                        {{u"datasets"_s, u"Dataset"_s, u"investigation"_s},
                         {u"investigationUsers"_s, u"InvestigationUser"_s, u"investigation"_s},
                         {u"investigationInstruments"_s, u"InvestigationInstrument"_s, u"investigation"_s}}));
    s.insert(
        u"InvestigationUser"_s,
        makeSchema(L{u"role"_s}, {{u"user"_s, u"User"_s}, {u"investigation"_s, u"Investigation"_s}}, {}));
    s.insert(
        u"InvestigationInstrument"_s,
        makeSchema(L{}, {{u"instrument"_s, u"Instrument"_s}, {u"investigation"_s, u"Investigation"_s}}, {}));
    s.insert(u"Dataset"_s,
             makeSchema(L{u"name"_s, u"complete"_s, u"description"_s, u"doi"_s, u"location"_s, u"startDate"_s,
                          u"endDate"_s, u"fileSize"_s, u"fileCount"_s},
                        {{u"investigation"_s, u"Investigation"_s}, {u"type"_s, u"DatasetType"_s}},
                        {{u"datafiles"_s, u"Datafile"_s, u"dataset"_s}}));
    s.insert(u"Datafile"_s,
             makeSchema(L{u"name"_s, u"location"_s, u"fileSize"_s, u"checksum"_s, u"description"_s, u"doi"_s,
                          u"datafileCreateTime"_s, u"datafileModTime"_s},
                        {{u"dataset"_s, u"Dataset"_s}, {u"datafileFormat"_s, u"DatafileFormat"_s}}, {}));
    return s;
}

// A BST machine's ICAT writes summer dates with +01:00 and winter ones with Z: the client must parse offsets.
QDateTime ukTime(int y, int m, int d, int h = 9, int min = 0)
{
    const bool summer = m >= 4 && m <= 10;
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone::fromSecondsAheadOfUtc(summer ? 3600 : 0));
}

} // namespace

CatalogueModel::CatalogueModel()
{
    m_rootUsers.insert(u"simple/root"_s);
}

const QHash<QString, EntitySchema> &CatalogueModel::schema()
{
    static const QHash<QString, EntitySchema> s = buildSchema();
    return s;
}

Entity *CatalogueModel::create(const QString &type)
{
    ++m_generation;
    auto e = std::make_unique<Entity>();
    e->type = type;
    e->id = m_nextId++;
    e->createTime = ukTime(2024, 1, 15);
    e->createId = u"simple/root"_s;
    for (const QString &c : schema().value(type).collectionOrder)
        e->collections.insert(c, {});
    Entity *raw = e.get();
    m_storage.push_back(std::move(e));
    m_byType[type].append(raw);
    m_byId.insert(raw->id, raw);
    return raw;
}

void CatalogueModel::link(Entity *child, const QString &refName, Entity *parent)
{
    ++m_generation;
    child->refs.insert(refName, parent);
    const EntitySchema &ps = schema().value(parent->type);
    for (auto it = ps.collections.cbegin(); it != ps.collections.cend(); ++it) {
        if (it.value().first == child->type && it.value().second == refName) {
            parent->collections[it.key()].append(child);
            break;
        }
    }
    if (child->type == u"InvestigationUser")
        invalidateVisibility();
}

void CatalogueModel::remove(Entity *e)
{
    ++m_generation;
    for (auto ref = e->refs.cbegin(); ref != e->refs.cend(); ++ref) {
        Entity *parent = ref.value();
        if (!parent)
            continue;
        const EntitySchema &ps = schema().value(parent->type);
        for (auto it = ps.collections.cbegin(); it != ps.collections.cend(); ++it)
            if (it.value().first == e->type && it.value().second == ref.key())
                parent->collections[it.key()].removeOne(e);
    }
    m_byType[e->type].removeOne(e);
    m_byId.remove(e->id);
    m_storedFiles.remove(e->id);
    if (e->type == u"InvestigationUser")
        invalidateVisibility();
}

Entity *CatalogueModel::find(const QString &type, qint64 id) const
{
    Entity *e = m_byId.value(id);
    return e && e->type == type ? e : nullptr;
}

const QList<Entity *> &CatalogueModel::all(const QString &type) const
{
    static const QList<Entity *> none;
    auto it = m_byType.constFind(type);
    return it == m_byType.cend() ? none : it.value();
}

bool CatalogueModel::canRead(const Entity *e, const QString &user) const
{
    if (!e)
        return false;
    if (isRoot(user))
        return true;
    if (e->type == u"Investigation") {
        auto it = m_visibleInvestigations.find(user);
        if (it == m_visibleInvestigations.end()) {
            QSet<qint64> ids;
            for (const Entity *iu : all(u"InvestigationUser"_s)) {
                const Entity *u = iu->ref(u"user"_s);
                if (u && u->field(u"name"_s).toString() == user && iu->ref(u"investigation"_s))
                    ids.insert(iu->ref(u"investigation"_s)->id);
            }
            it = m_visibleInvestigations.insert(user, ids);
        }
        return it->contains(e->id);
    }
    if (e->type == u"Dataset" || e->type == u"InvestigationUser" || e->type == u"InvestigationInstrument")
        return canRead(e->ref(u"investigation"_s), user);
    if (e->type == u"Datafile")
        return canRead(e->ref(u"dataset"_s), user);
    return true; // reference tables and User are public, as in python-icat's init-icat.py rules
}

void CatalogueModel::addToTotals(Entity *df, int sign)
{
    const qint64 size = df->field(u"fileSize"_s).toLongLong() * sign;
    for (Entity *e = df->ref(u"dataset"_s); e; e = e->ref(u"investigation"_s)) {
        e->fields[u"fileSize"_s] = e->field(u"fileSize"_s).toLongLong() + size;
        e->fields[u"fileCount"_s] = e->field(u"fileCount"_s).toLongLong() + sign;
    }
}

Entity *CatalogueModel::makeUser(const QString &plugin, const QString &login, const QString &password,
                                 const QString &fullName)
{
    Entity *u = create(u"User"_s);
    u->fields[u"name"_s] = QString(plugin + u'/' + login);
    u->fields[u"fullName"_s] = fullName;
    u->fields[u"givenName"_s] = fullName.section(u' ', 0, 0);
    u->fields[u"familyName"_s] = fullName.section(u' ', -1);
    u->fields[u"email"_s] = QString(login + u"@example.org"_s);
    u->fields[u"affiliation"_s] = u"University of Examplebury"_s;
    m_accounts.append({plugin, login, password, fullName});
    return u;
}

// Demo accounts (authenticator / user / password), also printed by --help:
//   simple / alice / alice-pw   most investigations, ISIS and Diamond; the 100,000-file and 1 GiB datasets
//   simple / bob   / bob-pw     a few, some shared with alice
//   simple / root  / root-pw    root user: reads everything
//   ldap   / carol / carol-pw   local contact on a few
//   anon                        no credentials, sees no investigation
void CatalogueModel::generateDemoData(const QString &facilityName, qint64 tomographyBytes)
{
    std::mt19937 rng(20261125);
    auto pick = [&rng](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };

    Entity *alice = makeUser(u"simple"_s, u"alice"_s, u"alice-pw"_s, u"Alice Okafor"_s);
    Entity *bob = makeUser(u"simple"_s, u"bob"_s, u"bob-pw"_s, u"Bob Lindqvist"_s);
    makeUser(u"simple"_s, u"root"_s, u"root-pw"_s, u"Catalogue Administrator"_s);
    Entity *carol = makeUser(u"ldap"_s, u"carol"_s, u"carol-pw"_s, u"Carol Mensah"_s);

    struct FacilitySetup
    {
        Entity *facility;
        Entity *experiment;
        QHash<QString, Entity *> formats;
        QHash<QString, Entity *> datasetTypes;
    };
    auto makeFacility = [&](const QString &name, const QString &fullName, const QStringList &formats) {
        FacilitySetup f;
        f.facility = create(u"Facility"_s);
        f.facility->fields[u"name"_s] = name;
        f.facility->fields[u"fullName"_s] = fullName;
        f.facility->fields[u"daysUntilRelease"_s] = 1095;
        f.experiment = create(u"InvestigationType"_s);
        f.experiment->fields[u"name"_s] = u"experiment"_s;
        link(f.experiment, u"facility"_s, f.facility);
        for (const QString &fmt : formats) {
            Entity *e = create(u"DatafileFormat"_s);
            e->fields[u"name"_s] = fmt;
            e->fields[u"version"_s] = fmt == u"nexus" ? u"4.3"_s : u"1"_s;
            link(e, u"facility"_s, f.facility);
            f.formats.insert(fmt, e);
        }
        for (const QString &t : {u"raw"_s, u"reduced"_s, u"calibration"_s}) {
            Entity *e = create(u"DatasetType"_s);
            e->fields[u"name"_s] = t;
            link(e, u"facility"_s, f.facility);
            f.datasetTypes.insert(t, e);
        }
        return f;
    };
    FacilitySetup isis =
        makeFacility(facilityName.isEmpty() ? u"ISIS"_s : facilityName, u"ISIS Neutron and Muon Source"_s,
                     {u"raw"_s, u"nexus"_s, u"log"_s, u"nxspe"_s});
    FacilitySetup dls = makeFacility(u"DLS"_s, u"Diamond Light Source"_s, {u"nexus"_s, u"hdf5"_s, u"cbf"_s});

    struct Inst
    {
        const char *name, *full, *ext;
        int pad;
    };
    const Inst isisInstruments[] = {{"MAR", "MARI", "raw", 5},       {"WISH", "WISH", "nxs", 8},
                                    {"LET", "LET", "nxs", 8},        {"GEM", "GEM", "raw", 5},
                                    {"MER", "MERLIN", "raw", 5},     {"POL", "POLARIS", "nxs", 5},
                                    {"LARMOR", "LARMOR", "nxs", 8},  {"SANS2D", "SANS2D", "nxs", 8},
                                    {"ENGINX", "ENGIN-X", "nxs", 8}, {"IMAT", "IMAT", "nxs", 8}};
    QHash<QString, Entity *> instruments;
    for (const Inst &i : isisInstruments) {
        Entity *e = create(u"Instrument"_s);
        e->fields[u"name"_s] = QString::fromLatin1(i.name);
        e->fields[u"fullName"_s] = QString::fromLatin1(i.full);
        e->fields[u"type"_s] = u"neutron"_s;
        link(e, u"facility"_s, isis.facility);
        instruments.insert(QString::fromLatin1(i.name), e);
    }
    for (const char *b : {"i03", "i04", "i24", "b21"}) {
        Entity *e = create(u"Instrument"_s);
        e->fields[u"name"_s] = QString::fromLatin1(b);
        e->fields[u"fullName"_s] = QString::fromLatin1(b).toUpper();
        e->fields[u"type"_s] = u"beamline"_s;
        link(e, u"facility"_s, dls.facility);
        instruments.insert(QString::fromLatin1(b), e);
    }

    const QStringList isisTitles = {
        u"Magnetic excitations in the frustrated kagome antiferromagnet Cs2Cu3SnF12"_s,
        u"Phonon density of states of hydrogen-loaded palladium"_s,
        u"Crystal field excitations in Yb2Ti2O7"_s,
        u"Structural phase transitions in lithium-rich cathode materials"_s,
        u"In situ neutron diffraction of a cycling battery electrode"_s,
        u"Residual stress in additively manufactured turbine blades"_s,
        u"Hydration dynamics of lysozyme by quasielastic scattering"_s,
        u"Spin waves in the van der Waals magnet CrI3"_s,
        u"Lipid bilayer structure under hydrostatic pressure"_s,
        u"Magnetic structure of multiferroic BiFeO3"_s,
        u"Polymer chain conformation in ionic liquids"_s,
        u"Lithium diffusion in garnet solid electrolytes"_s,
        u"Hydrogen bonding in high-pressure ice VII"_s,
        u"Texture evolution in deformed titanium alloys"_s,
        u"Quantum spin liquid candidate NaYbSe2"_s,
        u"Nanoparticle self-assembly at the air-water interface"_s,
    };
    const QStringList dlsTitles = {
        u"Fragment screening of SARS-CoV-2 main protease"_s, u"Thermolysin ligand soaking series"_s,
        u"Insulin crystal quality screening"_s, u"Membrane transporter complex in lipid cubic phase"_s};

    auto addUser = [&](Entity *inv, Entity *user, const QString &role) {
        Entity *iu = create(u"InvestigationUser"_s);
        iu->fields[u"role"_s] = role;
        link(iu, u"user"_s, user);
        link(iu, u"investigation"_s, inv);
    };
    auto addInstrument = [&](Entity *inv, Entity *instrument) {
        Entity *ii = create(u"InvestigationInstrument"_s);
        link(ii, u"instrument"_s, instrument);
        link(ii, u"investigation"_s, inv);
    };
    auto addDataset = [&](Entity *inv, const QString &name, Entity *type, const QString &description) {
        Entity *ds = create(u"Dataset"_s);
        ds->fields[u"name"_s] = name;
        ds->fields[u"complete"_s] = true;
        ds->fields[u"description"_s] = description;
        ds->fields[u"startDate"_s] = inv->field(u"startDate"_s);
        ds->fields[u"endDate"_s] = inv->field(u"endDate"_s);
        ds->fields[u"fileSize"_s] = qint64(0);
        ds->fields[u"fileCount"_s] = qint64(0);
        link(ds, u"investigation"_s, inv);
        link(ds, u"type"_s, type);
        return ds;
    };
    auto addFile = [&](Entity *ds, const QString &name, qint64 size, Entity *format,
                       const QString &location) {
        Entity *df = create(u"Datafile"_s);
        df->fields[u"name"_s] = name;
        df->fields[u"fileSize"_s] = size;
        df->fields[u"location"_s] = location;
        df->fields[u"datafileCreateTime"_s] = ds->field(u"startDate"_s);
        df->fields[u"datafileModTime"_s] = ds->field(u"startDate"_s);
        link(df, u"dataset"_s, ds);
        link(df, u"datafileFormat"_s, format);
        addToTotals(df, +1);
        return df;
    };

    // ISIS: RB numbers, one instrument each, runs named <PREFIX><zero-padded run>.<ext>
    int run = 25100;
    for (int n = 0; n < isisTitles.size(); ++n) {
        const Inst &in = isisInstruments[n % std::size(isisInstruments)];
        const int year = 2023 + n % 4;
        // nothing in the future: this year's beamtimes have already run
        const int month = year == 2026 ? 1 + (n * 5) % 10 : 1 + (n * 5) % 12;
        Entity *inv = create(u"Investigation"_s);
        // RB numbers: two digits of the year, then the access route (0 direct, 1/2 rapid), then a serial
        inv->fields[u"name"_s] = QString::number((year % 100) * 100000 + (n % 3) * 10000 + 120 + n * 37);
        inv->fields[u"visitId"_s] = u"1"_s;
        inv->fields[u"title"_s] = isisTitles.at(n);
        inv->fields[u"summary"_s] = u"Beamtime on %1 in ISIS cycle %2_%3."_s.arg(QString::fromLatin1(in.full))
                                        .arg(year % 100)
                                        .arg(1 + n % 3);
        inv->fields[u"startDate"_s] = ukTime(year, month, 3 + n % 20);
        inv->fields[u"endDate"_s] = ukTime(year, month, 6 + n % 20, 18);
        inv->fields[u"releaseDate"_s] = ukTime(year + 3, month, 6 + n % 20);
        inv->fields[u"fileSize"_s] = qint64(0);
        inv->fields[u"fileCount"_s] = qint64(0);
        link(inv, u"facility"_s, isis.facility);
        link(inv, u"type"_s, isis.experiment);
        addInstrument(inv, instruments.value(QString::fromLatin1(in.name)));
        if (n != 5 && n != 11)
            addUser(inv, alice, n % 4 == 0 ? u"principal_experimenter"_s : u"experimenter"_s);
        if (n % 5 == 1 || n == 5)
            addUser(inv, bob, u"experimenter"_s);
        if (n % 7 == 3)
            addUser(inv, carol, u"local_contact"_s);

        const QString prefix = QString::fromLatin1(in.name);
        const QString cycle = u"cycle_%1_%2"_s.arg(year % 100).arg(1 + n % 3);
        Entity *raw = addDataset(inv, u"%1 run data"_s.arg(QString::fromLatin1(in.full)),
                                 isis.datasetTypes[u"raw"_s], u"Raw data as recorded by the instrument."_s);
        const int runs = pick(3, 8);
        for (int r = 0; r < runs; ++r, ++run) {
            const QString file = prefix + QString::number(run).rightJustified(in.pad, u'0') + u'.' +
                                 QString::fromLatin1(in.ext);
            addFile(raw, file, pick(40, 900) * 1024,
                    isis.formats[QString::fromLatin1(in.ext) == u"raw" ? u"raw"_s : u"nexus"_s],
                    u"\\\\isis\\inst$\\NDX%1\\Instrument\\data\\%2\\%3"_s.arg(QString::fromLatin1(in.full),
                                                                              cycle, file));
        }
        Entity *logs = addDataset(inv, u"Sample environment logs"_s, isis.datasetTypes[u"raw"_s],
                                  u"Temperature, field and pressure logs."_s);
        for (int r = 0; r < 2; ++r)
            addFile(logs, prefix + QString::number(run - r - 1).rightJustified(in.pad, u'0') + u".log"_s,
                    pick(2, 60) * 1024, isis.formats[u"log"_s], u"logs/%1"_s.arg(r));
        if (n % 2 == 0) {
            Entity *red = addDataset(inv, u"Reduced data"_s, isis.datasetTypes[u"reduced"_s],
                                     u"Reduced with Mantid."_s);
            addFile(red, prefix + QString::number(run - 1).rightJustified(in.pad, u'0') + u"_reduced.nxspe"_s,
                    pick(100, 2000) * 1024, isis.formats[u"nxspe"_s], u"reduced/0"_s);
        }
        // the scale cases: a long scan of 100,000 small files and a 1 GiB reconstruction
        if (n == 1) {
            Entity *scan = addDataset(inv, u"WISH long scan"_s, isis.datasetTypes[u"raw"_s],
                                      u"Sequential scan, one file per temperature step."_s);
            Entity *nexus = isis.formats[u"nexus"_s];
            for (int k = 0; k < 100000; ++k) {
                const QString file = u"WISH%1.nxs"_s.arg(100000 + k, 8, 10, QLatin1Char('0'));
                addFile(scan, file, 1024 + (k * 7919) % 3072, nexus, u"scan/"_s + file);
            }
        }
        if (n == 9) {
            Entity *tomo = addDataset(inv, u"Tomography reconstruction"_s, isis.datasetTypes[u"reduced"_s],
                                      u"Reconstructed volume."_s);
            addFile(tomo, u"IMAT00012345_recon.nxs"_s, tomographyBytes, isis.formats[u"nexus"_s],
                    u"tomo/IMAT00012345_recon.nxs"_s);
        }
    }

    // Diamond: proposal as name, visit as visitId
    const char *visits[][3] = {{"cm33866", "cm33866-2", "i03"},
                               {"mx23694", "mx23694-130", "i04"},
                               {"mx31440", "mx31440-7", "i24"},
                               {"nt5862", "nt5862-1", "b21"}};
    for (int n = 0; n < 4; ++n) {
        Entity *inv = create(u"Investigation"_s);
        inv->fields[u"name"_s] = QString::fromLatin1(visits[n][0]);
        inv->fields[u"visitId"_s] = QString::fromLatin1(visits[n][1]);
        inv->fields[u"title"_s] = dlsTitles.at(n);
        inv->fields[u"startDate"_s] = ukTime(2025, 2 + n * 2, 10, 8);
        inv->fields[u"endDate"_s] = ukTime(2025, 2 + n * 2, 11, 8);
        inv->fields[u"fileSize"_s] = qint64(0);
        inv->fields[u"fileCount"_s] = qint64(0);
        link(inv, u"facility"_s, dls.facility);
        link(inv, u"type"_s, dls.experiment);
        addInstrument(inv, instruments.value(QString::fromLatin1(visits[n][2])));
        addUser(inv, n == 3 ? bob : alice, u"experimenter"_s);
        for (const char *sample : {"xtal1", "xtal2"}) {
            Entity *ds = addDataset(inv, QString::fromLatin1(sample), dls.datasetTypes[u"raw"_s],
                                    u"Rotation data collection."_s);
            const QString base = QString::fromLatin1(sample) + u"_1"_s;
            addFile(ds, base + u"_master.h5"_s, pick(20, 80) * 1024, dls.formats[u"hdf5"_s],
                    u"/dls/%1/data/2025/%2/%3_master.h5"_s.arg(QString::fromLatin1(visits[n][2]),
                                                               QString::fromLatin1(visits[n][1]), base));
            for (int k = 1; k <= 3; ++k)
                addFile(ds, base + u"_%1.h5"_s.arg(k, 6, 10, QLatin1Char('0')), pick(500, 3000) * 1024,
                        dls.formats[u"hdf5"_s], u"/dls/data/%1_%2.h5"_s.arg(base).arg(k));
        }
    }
}

} // namespace daas::emulator
