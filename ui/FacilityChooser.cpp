#include "FacilityChooser.h"
#include "ThemedIcon.h"

#include "AddFacilityDialog.h"
#include "Dialogs.h"
#include "facility/FacilityRegistry.h"
#include "support/Redaction.h"

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
    , m_empty(new QLabel(this))
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
    m_empty->setObjectName(QStringLiteral("chooserEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setText(tr("No facility has been added yet. Add yours from the address of its profile (your "
                        "facility's web pages give it), or open a profile file it sent you."));
    auto *details = new QLabel(this);
    details->setObjectName(QStringLiteral("chooserDetails"));
    details->setWordWrap(true);
    details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto showDetails = [this, details](int row) {
        if (row < 0 || row >= m_profiles.size())
            return details->clear();
        const FacilityProfile &p = m_profiles.at(row).second;
        QString text = tr("%1\nCatalogue: %2").arg(p.description, p.icatUrl.host()).trimmed();
        const QUrl source = FacilityRegistry::source(p.id);
        if (source.isValid())
            text += u'\n' + tr("Added from %1").arg(support::redacted(source));
        details->setText(text);
    };
    connect(m_list, &QListWidget::currentRowChanged, this, showDetails);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_use = buttons->button(QDialogButtonBox::Ok);
    m_use->setText(tr("&Use this facility"));
    m_addFromAddress = buttons->addButton(tr("&Add from address…"), QDialogButtonBox::ActionRole);
    m_addFromAddress->setObjectName(QStringLiteral("addFromAddress"));
    auto *open = buttons->addButton(tr("Open profile &file…"), QDialogButtonBox::ActionRole);
    reload({});
    showDetails(m_list->currentRow());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    m_empty->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    layout->addWidget(m_empty, 1); // in the list's place when there is none
    layout->addWidget(details);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &FacilityChooser::choose);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(open, &QPushButton::clicked, this, &FacilityChooser::openFile);
    connect(m_addFromAddress, &QPushButton::clicked, this, &FacilityChooser::addFromAddress);
    connect(m_list, &QListWidget::itemActivated, this, &FacilityChooser::choose);
}

void FacilityChooser::reload(const QString &selectId)
{
    m_profiles.clear();
    m_list->clear();
    // the local demo (when it runs) and the facilities the user added: nothing else is offered
    for (const FacilityProfile &p : FacilityRegistry::available())
        m_profiles.append({p.id, p});
    int select = 0;
    for (const auto &[key, p] : std::as_const(m_profiles)) {
        if (p.id == selectId)
            select = m_list->count();
        auto *item = new QListWidgetItem(p.name, m_list);
        item->setToolTip(p.description.isEmpty() ? p.icatUrl.host() : p.description);
    }
    m_list->setCurrentRow(m_profiles.isEmpty() ? -1 : select);
    m_list->setVisible(!m_profiles.isEmpty());
    m_empty->setVisible(m_profiles.isEmpty());
    m_use->setEnabled(!m_profiles.isEmpty());
    // Enter does what comes next: use the selected facility, or add one when there is none
    m_use->setDefault(!m_profiles.isEmpty());
    m_addFromAddress->setDefault(m_profiles.isEmpty());
    (m_profiles.isEmpty() ? static_cast<QWidget *>(m_addFromAddress) : m_list)->setFocus();
}

AddFacilityDialog *FacilityChooser::addDialog() const
{
    return m_addDialog;
}

void FacilityChooser::addFromAddress()
{
    auto *dialog = new AddFacilityDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_addDialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (const auto added = dialog->added()) {
            m_error->hide();
            reload(added->id);
        }
    });
    dialog->open();
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
