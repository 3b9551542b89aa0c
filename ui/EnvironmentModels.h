#pragma once

#include "cloud/Environment.h"

#include <QAbstractListModel>
#include <QAbstractTableModel>
#include <QStyledItemDelegate>

namespace daas::ui {

// The templates a user can launch, one card each (TemplateCardDelegate paints them).
class TemplateModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        DescriptionRole = Qt::UserRole + 1,
        SoftwareRole,
        SizeRole, // "4 CPUs · 8 GiB memory · 40 GiB disk · up to 14 days"
        IdRole,
    };

    using QAbstractListModel::QAbstractListModel;
    void setTemplates(const QList<cloud::EnvironmentTemplate> &templates);
    const QList<cloud::EnvironmentTemplate> &templates() const { return m_templates; }
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

    // "4 CPUs · 8 GiB memory · 40 GiB disk · up to 14 days": the parts the cloud gave.
    static QString sizeSummary(const cloud::EnvironmentTemplate &t);

private:
    QList<cloud::EnvironmentTemplate> m_templates;
};

// A template as a card: its name in bold, the description, the software and the machine's size.
class TemplateCardDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

// The user's environments with what the client knows beyond the cloud's word: whether the desktop answers
// (Ready, with its console) and the last problem seen while following it.
class EnvironmentModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, TemplateColumn, StateColumn, EndsColumn, AddressColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        StateRole,    // int(cloud::EnvironmentState)
        ProgressRole, // 0..100 while on the way to Ready, -1 otherwise
        ProblemRole,  // a sentence, or empty
    };

    struct Row
    {
        cloud::Environment environment;
        cloud::ConsoleEndpoint endpoint; // valid once Ready
        QString problem;
    };

    using QAbstractTableModel::QAbstractTableModel;

    // The cloud's list: rows it no longer lists go, a desktop known to answer stays Ready while the cloud
    // still calls the machine running.
    void setListed(const QList<cloud::Environment> &environments);
    void update(const cloud::Environment &environment);
    void setReady(const QString &id, const cloud::ConsoleEndpoint &endpoint);
    void setProblem(const QString &id, const QString &problem);
    void remove(const QString &id);
    void clear();
    int rowOf(const QString &id) const;
    const Row *find(const QString &id) const;
    const Row &at(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QString stateText(const cloud::Environment &environment);
    static int progress(const cloud::Environment &environment);

private:
    void changed(int row);
    QList<Row> m_rows;
};

// The state column: a progress bar with the state's words while an environment is on its way (pending →
// booting → desktop starting) or being removed; plain words otherwise.
class StateDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
};

} // namespace daas::ui
