#pragma once

#include "cloud/Environment.h"
#include "support/Error.h"

#include <QList>
#include <QObject>

namespace daas::cloud {

// A cloud that launches analysis environments (OpenNebula, OpenStack). Every call is asynchronous and
// answers with exactly one signal: its result signal, or failed() naming the operation (and the
// environment id where there is one). Results of several calls in flight may arrive in any order.
class EnvironmentProvider : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual QString providerName() const = 0; // "OpenNebula", "OpenStack": for messages

    virtual void listTemplates() = 0;
    virtual void listEnvironments() = 0;
    virtual void refresh(const QString &id) = 0;
    // name may be empty: the cloud picks one
    virtual void launch(const EnvironmentTemplate &environmentTemplate, const QString &name) = 0;
    virtual void remove(const QString &id) = 0;
    virtual void action(const QString &id, EnvironmentAction action) = 0;
    virtual void console(const QString &id) = 0;

Q_SIGNALS:
    void templatesListed(const QList<daas::cloud::EnvironmentTemplate> &templates);
    void environmentsListed(const QList<daas::cloud::Environment> &environments);
    void refreshed(const daas::cloud::Environment &environment);
    void launched(const daas::cloud::Environment &environment);
    void removeRequested(const QString &id); // the cloud accepted; refresh() follows the shutdown
    void actionRequested(const QString &id, daas::cloud::EnvironmentAction action);
    void consoleReady(const QString &id, const daas::cloud::ConsoleEndpoint &endpoint);
    void failed(daas::cloud::CloudOperation operation, const QString &id, const daas::Error &error);
};

} // namespace daas::cloud
