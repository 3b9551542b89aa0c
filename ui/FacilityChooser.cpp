#include "FacilityChooser.h"
#include "ThemedIcon.h"

#include "Dialogs.h"
#include "facility/FacilityRegistry.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace daas::facility;

namespace daas::ui {

FacilityChooser::FacilityChooser(QWidget *parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Choose your facility"));
    setMinimumSize(460, 300);
    auto *intro = new QLabel(tr("Which facility's services do you use? You can change this later."), this);
    intro->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("chooserError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: ") +
                           readableOn(QColor(0x7a, 0x1f, 0x24), palette()).name());
    m_error->hide();
    m_list->setAccessibleName(tr("Facilities"));
    if (auto demo = FacilityRegistry::localDemo())
        m_profiles.append({QStringLiteral("demo"), *demo});
    for (const FacilityProfile &p : FacilityRegistry::bundled())
        m_profiles.append({p.id, p});
    for (const auto &[key, p] : std::as_const(m_profiles)) {
        auto *item = new QListWidgetItem(p.name, m_list);
        item->setToolTip(p.description.isEmpty() ? p.icatUrl.host() : p.description);
    }
    m_list->setCurrentRow(0);
    auto *details = new QLabel(this);
    details->setObjectName(QStringLiteral("chooserDetails"));
    details->setWordWrap(true);
    details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto showDetails = [this, details](int row) {
        if (row < 0 || row >= m_profiles.size())
            return details->clear();
        const FacilityProfile &p = m_profiles.at(row).second;
        details->setText(tr("%1\nCatalogue: %2").arg(p.description, p.icatUrl.host()).trimmed());
    };
    connect(m_list, &QListWidget::currentRowChanged, this, showDetails);
    showDetails(m_list->currentRow());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Use this facility"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_profiles.isEmpty());
    auto *open = buttons->addButton(tr("Open profile &file…"), QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(details);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &FacilityChooser::choose);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(open, &QPushButton::clicked, this, &FacilityChooser::openFile);
    connect(m_list, &QListWidget::itemActivated, this, &FacilityChooser::choose);
}

void FacilityChooser::choose()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_profiles.size())
        return;
    FacilityRegistry::setCurrent(m_profiles.at(row).first);
    m_chosen = m_profiles.at(row).second;
    accept();
}

void FacilityChooser::openFile()
{
    const QString path =
        Dialogs::chooseFile(this, tr("Open a facility profile"), QString(), tr("Facility profiles (*.json)"));
    if (path.isEmpty())
        return;
    Result<FacilityProfile> p = FacilityProfile::fromFile(path);
    if (!p) {
        m_error->setText(p.error().userText());
        m_error->show();
        return;
    }
    FacilityRegistry::setCurrent(path);
    m_chosen = p.value();
    accept();
}

} // namespace daas::ui
