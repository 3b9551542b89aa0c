#pragma once

// The factories the GUI started with; new code constructs the models of CatalogueModels.h directly.
#include "catalogue/CatalogueModels.h"

namespace daas::catalogue {

inline InvestigationsModel *makeInvestigationsModel(identity::IcatSession *session, QObject *parent)
{
    return new InvestigationsModel(session, parent);
}

inline DatasetsModel *makeDatasetsModel(identity::IcatSession *session, qint64 investigationId,
                                        QObject *parent)
{
    return new DatasetsModel(session, investigationId, parent);
}

inline DatafilesModel *makeDatafilesModel(identity::IcatSession *session, qint64 datasetId, QObject *parent)
{
    return new DatafilesModel(session, datasetId, parent);
}

} // namespace daas::catalogue
