#pragma once

#include "catalogue/PagedListingModel.h"

namespace daas::identity {
class IcatSession;
}

namespace daas::catalogue {

// The three levels a scientist browses: my investigations → their datasets → their datafiles.
// Each model owns its listing; the session must outlive the model.
PagedListingModel *makeInvestigationsModel(identity::IcatSession *session, QObject *parent);
PagedListingModel *makeDatasetsModel(identity::IcatSession *session, qint64 investigationId, QObject *parent);
PagedListingModel *makeDatafilesModel(identity::IcatSession *session, qint64 datasetId, QObject *parent);

// Column numbers, shared by the GUI's delegates and the tests
namespace columns {
enum Investigation { InvReference, InvTitle, InvInstrument, InvStart, InvEnd, InvSize, InvFiles, InvCount };
enum Dataset { DsName, DsType, DsStart, DsSize, DsFiles, DsCount };
enum Datafile { DfName, DfFormat, DfSize, DfModified, DfCount };
} // namespace columns

} // namespace daas::catalogue
