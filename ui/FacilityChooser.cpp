#include "FacilityChooser.h"
#include "ThemedIcon.h"

#include "AddFacilityDialog.h"
#include "Dialogs.h"
#include "SettingsDialog.h"
#include "facility/FacilityRegistry.h"
#include "support/Redaction.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

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
    connect(m_list, &QListWidget::currentRowChanged, this, &FacilityChooser::updateButtons);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_use = buttons->button(QDialogButtonBox::Ok);
    m_use->setText(tr("&Use this facility"));
    m_addFromAddress = buttons->addButton(tr("&Add from address…"), QDialogButtonBox::ActionRole);
    m_addFromAddress->setObjectName(QStringLiteral("addFromAddress"));
    auto *open = buttons->addButton(tr("Open profile &file…"), QDialogButtonBox::ActionRole);
    // what can be done to the selected facility, beside the list; the settings apply to every facility
    m_refresh = new QPushButton(tr("&Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("refreshFacility"));
    m_refresh->setToolTip(tr("Fetch this facility's profile again from the address it was added from"));
    m_remove = new QPushButton(tr("Re&move"), this);
    m_remove->setObjectName(QStringLiteral("removeFacility"));
    m_remove->setToolTip(tr("Forget this facility on this computer"));
    m_settings = new QPushButton(tr("&Settings…"), this);
    m_settings->setObjectName(QStringLiteral("chooserSettings"));
    auto *side = new QVBoxLayout;
    side->addWidget(m_refresh);
    side->addWidget(m_remove);
    side->addStretch(1);
    side->addWidget(m_settings);
    auto *listRow = new QHBoxLayout;
    auto *listColumn = new QVBoxLayout;
    listColumn->addWidget(m_list, 1);
    m_empty->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    listColumn->addWidget(m_empty, 1); // in the list's place when there is none
    listRow->addLayout(listColumn, 1);
    listRow->addLayout(side);
    reload({});
    showDetails(m_list->currentRow());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(listRow, 1);
    layout->addWidget(details);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &FacilityChooser::choose);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(open, &QPushButton::clicked, this, &FacilityChooser::openFile);
    connect(m_addFromAddress, &QPushButton::clicked, this, &FacilityChooser::addFromAddress);
    connect(m_refresh, &QPushButton::clicked, this, &FacilityChooser::refresh);
    connect(m_remove, &QPushButton::clicked, this, &FacilityChooser::remove);
    connect(m_settings, &QPushButton::clicked, this, &FacilityChooser::showSettings);
    updateButtons();
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
    updateButtons();
}

bool FacilityChooser::isImported(int row) const
{
    if (row < 0 || row >= m_profiles.size())
        return false;
    const QString id = m_profiles.at(row).second.id;
    const QList<FacilityProfile> imported = FacilityRegistry::imported();
    return std::any_of(imported.begin(), imported.end(),
                       [&id](const FacilityProfile &p) { return p.id == id; });
}

void FacilityChooser::updateButtons()
{
    if (!m_refresh) // during construction
        return;
    const int row = m_list->currentRow();
    const bool imported = isImported(row);
    m_remove->setEnabled(imported);
    m_refresh->setEnabled(imported && FacilityRegistry::source(m_profiles.at(row).second.id).isValid());
    // a facility the local demo provides is neither refreshed nor removed here; nothing to act on, no buttons
    m_refresh->setVisible(!m_profiles.isEmpty());
    m_remove->setVisible(!m_profiles.isEmpty());
}

void FacilityChooser::refresh()
{
    const int row = m_list->currentRow();
    if (!isImported(row))
        return;
    const QUrl source = FacilityRegistry::source(m_profiles.at(row).second.id);
    if (!source.isValid())
        return;
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
    dialog->refreshFrom(source);
}

void FacilityChooser::remove()
{
    const int row = m_list->currentRow();
    if (!isImported(row) || m_removeQuestion)
        return;
    const FacilityProfile profile = m_profiles.at(row).second;
    auto *box =
        new QMessageBox(QMessageBox::Question, tr("Remove a Facility"),
                        tr("Remove “%1” from this computer?").arg(profile.name), QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("removeFacilityQuestion"));
    box->setInformativeText(
        tr("Its profile, and certificates that came with it, are forgotten here. Your data at "
           "the facility is not touched; you can add it again later."));
    QPushButton *yes = box->addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, yes, id = profile.id] {
        if (box->clickedButton() != static_cast<QAbstractButton *>(yes))
            return;
        if (const Error e = FacilityRegistry::removeImported(id)) {
            m_error->setText(e.userText());
            m_error->show();
            return;
        }
        m_error->hide();
        reload({});
    });
    m_removeQuestion = box;
    box->open();
}

void FacilityChooser::showSettings()
{
    // no facility yet: only what the user chose counts (no profile forces a shared computer here)
    auto *dialog = new SettingsDialog(FacilityProfile{}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
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
