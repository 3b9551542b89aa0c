#include "EnvironmentModels.h"
#include "ThemedIcon.h"

#include <QApplication>
#include <QGuiApplication>
#include <QLocale>
#include <QPainter>
#include <QSet>
#include <QStyle>
#include <QStyleOptionProgressBar>

using daas::cloud::Environment;
using daas::cloud::EnvironmentState;
using daas::cloud::EnvironmentTemplate;

namespace daas::ui {

namespace {

QString lifetimeText(qint64 seconds)
{
    if (seconds >= 2 * 86400)
        return TemplateModel::tr("up to %n day(s)", nullptr, int(seconds / 86400));
    return TemplateModel::tr("up to %n hour(s)", nullptr, int(qMax<qint64>(1, seconds / 3600)));
}

QString memoryText(qint64 mib)
{
    if (mib >= 1024 && mib % 1024 == 0)
        return TemplateModel::tr("%1 GiB memory").arg(mib / 1024);
    if (mib >= 1024)
        return TemplateModel::tr("%1 GiB memory").arg(QLocale().toString(double(mib) / 1024.0, 'f', 1));
    return TemplateModel::tr("%1 MiB memory").arg(mib);
}

} // namespace

// ---------------------------------------------------------------------------------------------- templates

void TemplateModel::setTemplates(const QList<EnvironmentTemplate> &templates)
{
    beginResetModel();
    m_templates = templates;
    endResetModel();
}

int TemplateModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_templates.size());
}

QString TemplateModel::sizeSummary(const EnvironmentTemplate &t)
{
    QStringList parts;
    if (t.cpus > 0)
        parts << tr("%n CPU(s)", nullptr, t.cpus);
    if (t.memoryMiB > 0)
        parts << memoryText(t.memoryMiB);
    if (t.diskGiB > 0)
        parts << tr("%1 GiB disk").arg(t.diskGiB);
    if (t.lifetimeSeconds > 0)
        parts << lifetimeText(t.lifetimeSeconds);
    return parts.join(QStringLiteral(" · "));
}

QVariant TemplateModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_templates.size())
        return {};
    const EnvironmentTemplate &t = m_templates.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return t.name;
    case DescriptionRole:
        return t.description;
    case SoftwareRole:
        return t.software.join(QStringLiteral(", "));
    case SizeRole:
        return sizeSummary(t);
    case IdRole:
        return t.id;
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole: {
        QStringList lines{t.name, t.description};
        if (!t.software.isEmpty())
            lines << tr("Software: %1").arg(t.software.join(QStringLiteral(", ")));
        lines << sizeSummary(t);
        lines.removeAll(QString());
        return lines.join(u'\n');
    }
    default:
        return {};
    }
}

void TemplateCardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    painter->save();
    const QRect card = option.rect.adjusted(4, 3, -4, -3);
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette &pal = option.palette;
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(
        QPen(selected ? pal.color(QPalette::Highlight) : pal.color(QPalette::Mid), selected ? 2 : 1));
    // selected: the highlight a third over the view's colour, so the card's text (Text) stays readable on
    // light, dark and high-contrast palettes alike
    const QColor hl = pal.color(QPalette::Highlight), base = pal.color(QPalette::Base);
    const QColor tint =
        QColor::fromRgbF(base.redF() * 0.7f + hl.redF() * 0.3f, base.greenF() * 0.7f + hl.greenF() * 0.3f,
                         base.blueF() * 0.7f + hl.blueF() * 0.3f);
    painter->setBrush(selected ? tint : base);
    painter->drawRoundedRect(QRectF(card).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
    // a coloured edge, as on a card
    painter->setPen(Qt::NoPen);
    painter->setBrush(pal.color(QPalette::Highlight));
    painter->drawRoundedRect(QRectF(card.left() + 1, card.top() + 1, 5, card.height() - 2), 2, 2);

    const QRect text = card.adjusted(16, 8, -10, -8);
    QFont bold = option.font;
    bold.setBold(true);
    bold.setPointSizeF(option.font.pointSizeF() * 1.1);
    const QFontMetrics boldMetrics(bold);
    const QFontMetrics metrics(option.font);
    int y = text.top();
    painter->setPen(pal.color(QPalette::Text));
    painter->setFont(bold);
    painter->drawText(
        QRect(text.left(), y, text.width(), boldMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
        boldMetrics.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight, text.width()));
    y += boldMetrics.height() + 2;
    painter->setFont(option.font);
    const QString description = index.data(TemplateModel::DescriptionRole).toString();
    const QRect descriptionRect(text.left(), y, text.width(), metrics.height() * 2);
    painter->drawText(descriptionRect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, description);
    y += metrics.height() * 2 + 2;
    QColor dim = pal.color(QPalette::Text);
    dim.setAlphaF(0.7);
    painter->setPen(dim);
    const QString software = index.data(TemplateModel::SoftwareRole).toString();
    if (!software.isEmpty()) {
        painter->drawText(QRect(text.left(), y, text.width(), metrics.height()),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          metrics.elidedText(software, Qt::ElideRight, text.width()));
        y += metrics.height();
    }
    painter->drawText(
        QRect(text.left(), y, text.width(), metrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
        metrics.elidedText(index.data(TemplateModel::SizeRole).toString(), Qt::ElideRight, text.width()));
    if (option.state & QStyle::State_HasFocus) {
        QStyleOptionFocusRect focus;
        focus.initFrom(option.widget);
        focus.rect = card.adjusted(2, 2, -2, -2);
        QApplication::style()->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, option.widget);
    }
    painter->restore();
}

QSize TemplateCardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    QFont bold = option.font;
    bold.setBold(true);
    bold.setPointSizeF(option.font.pointSizeF() * 1.1);
    const int h = QFontMetrics(bold).height() + 2 + QFontMetrics(option.font).height() * 4 + 4 + 16 + 6;
    return {320, h};
}

// ------------------------------------------------------------------------------------------- environments

int EnvironmentModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EnvironmentModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int EnvironmentModel::rowOf(const QString &id) const
{
    for (int r = 0; r < m_rows.size(); ++r)
        if (m_rows.at(r).environment.id == id)
            return r;
    return -1;
}

const EnvironmentModel::Row *EnvironmentModel::find(const QString &id) const
{
    const int r = rowOf(id);
    return r < 0 ? nullptr : &m_rows.at(r);
}

void EnvironmentModel::changed(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void EnvironmentModel::setListed(const QList<Environment> &environments)
{
    QSet<QString> listed;
    for (const Environment &e : environments)
        listed.insert(e.id);
    for (int r = int(m_rows.size()) - 1; r >= 0; --r) {
        if (!listed.contains(m_rows.at(r).environment.id)) {
            beginRemoveRows({}, r, r);
            m_rows.removeAt(r);
            endRemoveRows();
        }
    }
    for (const Environment &e : environments)
        update(e);
}

void EnvironmentModel::update(const Environment &environment)
{
    const int r = rowOf(environment.id);
    if (r < 0) {
        if (environment.state == EnvironmentState::Deleted)
            return;
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
        m_rows.append(Row{environment, {}, {}});
        endInsertRows();
        return;
    }
    Row &row = m_rows[r];
    const bool wasReady = row.environment.state == EnvironmentState::Ready;
    const bool stillRunning = environment.state == EnvironmentState::Booting && environment.cloudRunning;
    Environment merged = environment;
    if (wasReady && (stillRunning || environment.state == EnvironmentState::Ready)) {
        merged.state = EnvironmentState::Ready; // the desktop answered; the cloud only says "running"
    } else if (environment.state != EnvironmentState::Ready) {
        row.endpoint = {};
    }
    if (merged.state != row.environment.state)
        row.problem.clear();
    // a list gives less than one machine's details: keep what is known
    if (merged.templateName.isEmpty())
        merged.templateName = row.environment.templateName;
    if (merged.address.isEmpty())
        merged.address = row.environment.address;
    if (!merged.expires.isValid())
        merged.expires = row.environment.expires;
    row.environment = merged;
    changed(r);
}

void EnvironmentModel::setReady(const QString &id, const cloud::ConsoleEndpoint &endpoint)
{
    const int r = rowOf(id);
    if (r < 0)
        return;
    m_rows[r].environment.state = EnvironmentState::Ready;
    m_rows[r].endpoint = endpoint;
    m_rows[r].problem.clear();
    changed(r);
}

void EnvironmentModel::setProblem(const QString &id, const QString &problem)
{
    const int r = rowOf(id);
    if (r < 0)
        return;
    m_rows[r].problem = problem;
    changed(r);
}

void EnvironmentModel::remove(const QString &id)
{
    const int r = rowOf(id);
    if (r < 0)
        return;
    beginRemoveRows({}, r, r);
    m_rows.removeAt(r);
    endRemoveRows();
}

void EnvironmentModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

QString EnvironmentModel::stateText(const Environment &e)
{
    switch (e.state) {
    case EnvironmentState::Pending:
        return tr("Waiting for the cloud");
    case EnvironmentState::Booting:
        return e.cloudRunning ? tr("Starting the desktop") : tr("Booting");
    case EnvironmentState::Ready:
        return tr("Ready");
    case EnvironmentState::Stopping:
        return tr("Removing");
    case EnvironmentState::Stopped:
        return tr("Switched off");
    case EnvironmentState::Failed:
        return tr("Failed");
    case EnvironmentState::Deleted:
        return tr("Removed");
    }
    return {};
}

int EnvironmentModel::progress(const Environment &e)
{
    switch (e.state) {
    case EnvironmentState::Pending:
        return 10;
    case EnvironmentState::Booting:
        return e.cloudRunning ? 75 : 40;
    case EnvironmentState::Stopping:
        return 50;
    default:
        return -1;
    }
}

QVariant EnvironmentModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    const Environment &e = row.environment;
    switch (role) {
    case IdRole:
        return e.id;
    case StateRole:
        return int(e.state);
    case ProgressRole:
        return row.problem.isEmpty() ? progress(e) : -1;
    case ProblemRole:
        return row.problem;
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return e.name.isEmpty() ? tr("Environment %1").arg(e.id) : e.name;
        case TemplateColumn:
            return e.templateName;
        case StateColumn:
            return row.problem.isEmpty() ? stateText(e) : tr("Not answering");
        case EndsColumn:
            return e.expires.isValid() ? QLocale().toString(e.expires.toLocalTime(), QLocale::NarrowFormat)
                                       : tr("No end date");
        case AddressColumn:
            return e.address;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == StateColumn) {
            QString tip = e.rawState.isEmpty() ? stateText(e)
                                               : tr("%1 (the cloud says %2)").arg(stateText(e), e.rawState);
            if (!row.problem.isEmpty())
                tip += u'\n' + row.problem;
            return tip;
        }
        if (index.column() == EndsColumn && e.expires.isValid()) {
            const qint64 left = QDateTime::currentDateTimeUtc().secsTo(e.expires);
            return left > 0 ? tr("Removed automatically in %n hour(s)", nullptr, int((left + 3599) / 3600))
                            : tr("Past its end date");
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == StateColumn && e.state == EnvironmentState::Failed)
            return readableOn(QColor(0x7a, 0x1f, 0x24), QGuiApplication::palette());
        if (index.column() == StateColumn && e.state == EnvironmentState::Ready)
            return readableOn(QColor(0x2e, 0x6b, 0x2e), QGuiApplication::palette());
        if (index.column() == EndsColumn && e.expires.isValid() &&
            QDateTime::currentDateTimeUtc().secsTo(e.expires) < 86400)
            return readableOn(QColor(0x9a, 0x5b, 0x00), QGuiApplication::palette()); // ends within a day
        return {};
    default:
        return {};
    }
}

QVariant EnvironmentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case TemplateColumn:
        return tr("Machine");
    case StateColumn:
        return tr("State");
    case EndsColumn:
        return tr("Ends");
    case AddressColumn:
        return tr("Address");
    }
    return {};
}

void StateDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const
{
    const int progress = index.data(EnvironmentModel::ProgressRole).toInt();
    if (progress < 0) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    QStyleOptionProgressBar bar;
    bar.initFrom(widget);
    bar.rect = option.rect.adjusted(3, 3, -3, -3);
    bar.minimum = 0;
    bar.maximum = 100;
    bar.progress = progress;
    bar.text = index.data(Qt::DisplayRole).toString() + QStringLiteral("…");
    bar.textVisible = true;
    bar.textAlignment = Qt::AlignCenter;
    bar.state |= QStyle::State_Horizontal;
    style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
}

} // namespace daas::ui
