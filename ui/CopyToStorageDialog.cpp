#include "CopyToStorageDialog.h"

#include "catalogue/Entities.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace daas::ui {

CopyToStorageDialog::CopyToStorageDialog(const QString &what, qint64 bytes,
                                         std::function<QString(const QString &)> whereItGoes, QWidget *parent)
    : QDialog(parent)
    , m_what(what)
    , m_whereItGoes(std::move(whereItGoes))
    , m_folder(new QLineEdit(this))
    , m_preview(new QLabel(this))
{
    setObjectName(QStringLiteral("copyToStorageDialog"));
    setWindowTitle(tr("Copy to my storage"));
    auto *intro =
        new QLabel(bytes >= 0 ? tr("Copy %1 (%2) into your storage.").arg(what, catalogue::formatSize(bytes))
                              : tr("Copy %1 into your storage.").arg(what),
                   this);
    intro->setWordWrap(true);
    auto *why =
        new QLabel(tr("The data goes from the data service straight into your storage, without a copy "
                      "on this computer. Your analysis environments and batch jobs see it there."),
                   this);
    why->setWordWrap(true);
    why->setForegroundRole(QPalette::PlaceholderText);
    m_folder->setObjectName(QStringLiteral("folder"));
    m_folder->setAccessibleName(tr("Storage folder"));
    m_folder->setPlaceholderText(tr("the top folder of your storage"));
    m_folder->setToolTip(
        tr("A folder in your storage, such as “datasets” or “projects/kagome”. It is made if it "
           "is not there."));
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Into &folder:"), m_folder);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::AcceptRole);
    m_copy->setObjectName(QStringLiteral("copy"));
    m_copy->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_folder, &QLineEdit::textChanged, this, &CopyToStorageDialog::updatePreview);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_preview);
    layout->addWidget(why);
    layout->addWidget(buttons);
    setMinimumWidth(460);
    updatePreview();
}

QString CopyToStorageDialog::folder() const
{
    QString f = m_folder->text().trimmed();
    while (f.startsWith(QLatin1Char('/')))
        f.remove(0, 1);
    while (f.endsWith(QLatin1Char('/')))
        f.chop(1);
    return f;
}

void CopyToStorageDialog::setFolder(const QString &folder)
{
    m_folder->setText(folder);
}

void CopyToStorageDialog::updatePreview()
{
    m_preview->setText(m_whereItGoes ? m_whereItGoes(folder()) : QString());
}

} // namespace daas::ui
