#pragma once

#include "catalogue/PagedListingModel.h"

namespace daas::identity {
class IcatSession;
}

namespace daas::catalogue {

// Column numbers, shared by the GUI's delegates and the tests
namespace columns {
enum Investigation { InvReference, InvTitle, InvInstrument, InvStart, InvEnd, InvSize, InvFiles, InvCount };
enum Dataset { DsName, DsType, DsStart, DsSize, DsFiles, DsEnd, DsCount };
enum Datafile { DfName, DfFormat, DfSize, DfModified, DfCount };
} // namespace columns

// The three levels a scientist browses, each a lazy PagedListingModel over its ICAT queries (sent through
// the session, so an expired session is re-established and the page arrives after the new sign-in). The
// session must outlive the model. Qt::UserRole (PagedListingModel::IdRole) is the entity id to drill down
// or download with; EntityRole holds the parsed Investigation / Dataset / Datafile.

// The signed-in user's own investigations (through InvestigationUser), newest first; 50 a page.
class InvestigationsModel : public PagedListingModel
{
    Q_OBJECT
public:
    explicit InvestigationsModel(identity::IcatSession *session, QObject *parent = nullptr);
};

// The datasets of one investigation, by name; 100 a page.
class DatasetsModel : public PagedListingModel
{
    Q_OBJECT
public:
    DatasetsModel(identity::IcatSession *session, qint64 investigationId, QObject *parent = nullptr);
    qint64 investigationId() const { return m_investigationId; }

private:
    qint64 m_investigationId;
};

// The datafiles of one dataset, by name; 500 a page.
class DatafilesModel : public PagedListingModel
{
    Q_OBJECT
public:
    DatafilesModel(identity::IcatSession *session, qint64 datasetId, QObject *parent = nullptr);
    qint64 datasetId() const { return m_datasetId; }

private:
    qint64 m_datasetId;
};

} // namespace daas::catalogue
