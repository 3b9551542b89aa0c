// daas investigations | datasets ID | datafiles ID: the catalogue listings, as a table or as JSON.

#include "CliCommands.h"
#include "CliContext.h"

#include "catalogue/CatalogueQueries.h"
#include "catalogue/Entities.h"
#include "catalogue/IcatSearch.h"
#include "identity/IcatSession.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <memory>

using namespace Qt::StringLiterals;

namespace daas::cli {

namespace {

QString isoDate(const QDateTime &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

struct Listing
{
    std::function<QString(qint64 offset, qint64 count)> pageQuery;
    QString entity; // the key of each row in ICAT's answer
    QStringList headers;
    std::function<QStringList(const QJsonObject &)> row;
};

// Fetches the listing page by page (ICAT's maxEntities bounds a page) up to --limit rows, then prints it.
void listAll(CliContext &cli, Listing listing)
{
    qint64 limit = 0;
    if (!cli.positiveOption(u"limit"_s, 1000, limit))
        return;
    const qint64 pageSize = std::min<qint64>(500, cli.icat()->properties().maxEntities);
    auto rows = std::make_shared<QJsonArray>();
    auto next = std::make_shared<std::function<void()>>();
    *next = [&cli, listing = std::move(listing), limit, pageSize, rows, next] {
        const qint64 offset = rows->size();
        const qint64 wanted = std::min(pageSize, limit - offset);
        catalogue::icatSearch(cli.icat(), &cli, listing.pageQuery(offset, wanted),
                              [&cli, &listing, limit, wanted, rows, next](const Result<QJsonArray> &r) {
                                  if (!r) {
                                      *next = nullptr;
                                      return failWith(r.error());
                                  }
                                  for (const QJsonValue &v : r.value())
                                      rows->append(v.toObject().value(listing.entity));
                                  if (r->size() == wanted && rows->size() < limit)
                                      return (*next)();
                                  if (cli.json()) {
                                      out() << QJsonDocument(*rows).toJson(QJsonDocument::Indented);
                                  } else {
                                      QList<QStringList> table;
                                      for (const QJsonValue &v : std::as_const(*rows))
                                          table.append(listing.row(v.toObject()));
                                      printTable(table, listing.headers);
                                  }
                                  finish(Ok);
                                  *next =
                                      nullptr; // breaks the self-reference; `listing` dies with it, so last
                              });
    };
    (*next)();
}

} // namespace

void investigations(CliContext &cli)
{
    const QString filter = cli.value(u"filter"_s);
    listAll(cli, {[filter](qint64 o, qint64 n) { return catalogue::queries::myInvestigations(filter, o, n); },
                  u"Investigation"_s,
                  {u"ID"_s, u"EXPERIMENT"_s, u"INSTRUMENT"_s, u"START"_s, u"END"_s, u"TITLE"_s},
                  [](const QJsonObject &o) {
                      const auto i = catalogue::Investigation::fromJson(o);
                      return QStringList{QString::number(i.id),
                                         i.reference(),
                                         i.instruments.join(u", "_s),
                                         i.startDate.date().toString(Qt::ISODate),
                                         i.endDate.date().toString(Qt::ISODate),
                                         i.title};
                  }});
}

void datasets(CliContext &cli)
{
    qint64 id = 0;
    if (!cli.idArgument(id))
        return;
    const QString filter = cli.value(u"filter"_s);
    listAll(cli, {[id, filter](qint64 o, qint64 n) { return catalogue::queries::datasets(id, filter, o, n); },
                  u"Dataset"_s,
                  {u"ID"_s, u"TYPE"_s, u"FILES"_s, u"SIZE"_s, u"NAME"_s},
                  [](const QJsonObject &o) {
                      const auto d = catalogue::Dataset::fromJson(o);
                      return QStringList{QString::number(d.id), d.type, QString::number(d.fileCount),
                                         catalogue::formatSize(d.fileSize), d.name};
                  }});
}

void datafiles(CliContext &cli)
{
    qint64 id = 0;
    if (!cli.idArgument(id))
        return;
    const QString filter = cli.value(u"filter"_s);
    listAll(cli,
            {[id, filter](qint64 o, qint64 n) { return catalogue::queries::datafiles(id, filter, o, n); },
             u"Datafile"_s,
             {u"ID"_s, u"BYTES"_s, u"FORMAT"_s, u"MODIFIED"_s, u"NAME"_s},
             [](const QJsonObject &o) {
                 const auto f = catalogue::Datafile::fromJson(o);
                 return QStringList{QString::number(f.id), QString::number(f.fileSize), f.format,
                                    isoDate(f.modTime), f.name};
             }});
}

} // namespace daas::cli
