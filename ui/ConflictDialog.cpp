#include "ConflictDialog.h"

#include "RemoteFolderProxy.h"
#include "storage/DavPath.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using daas::storage::ConflictChoice;
using daas::storage::Transfer;

namespace daas::ui {

namespace {

QString describe(qint64 size, const QDateTime &modified)
{
    const QString s = size >= 0 ? QLocale().formattedDataSize(size) : ConflictDialog::tr("size unknown");
    const QString m = modified.isValid() ? QLocale().toString(modified.toLocalTime(), QLocale::ShortFormat)
                                         : ConflictDialog::tr("date unknown");
    return ConflictDialog::tr("%1, modified %2").arg(s, m);
}

} // namespace

ConflictDialog::ConflictDialog(Transfer *transfer, int othersWaiting, QWidget *parent)
    : QDialog(parent)
    , m_id(transfer->id())
    , m_all(new QCheckBox(tr("&Apply to all conflicts of these transfers"), this))
    , m_others(new QLabel(this))
{
    setObjectName(QStringLiteral("conflictDialog"));
    const bool upload = transfer->toStorage();
    const bool copy = transfer->direction() == Transfer::Direction::Copy;
    const QString name = upload ? storage::davpath::nameOf(transfer->remotePath())
                                : QFileInfo(transfer->localPath()).fileName();
    setWindowTitle(tr("File already exists"));
    const QString remoteParent = storage::davpath::parentOf(transfer->remotePath());
    const QString remoteFolder =
        remoteParent.isEmpty() ? tr("Storage") : storage::davpath::nameOf(remoteParent);

    auto *icon = new QLabel(this);
    icon->setPixmap(RemoteFolderProxy::iconFor(name, false).pixmap(48, 48));
    auto *title =
        new QLabel(upload ? tr("<b>%1</b> is already in the storage folder “%2”.")
                                .arg(name.toHtmlEscaped(), remoteFolder.toHtmlEscaped())
                          : tr("<b>%1</b> is already in the folder %2 on this computer.")
                                .arg(name.toHtmlEscaped(),
                                     QFileInfo(transfer->localPath()).absolutePath().toHtmlEscaped()),
                   this);
    title->setObjectName(QStringLiteral("conflictTitle"));
    title->setWordWrap(true);

    const QFileInfo local(transfer->localPath());
    const storage::DavResource &remote = transfer->remoteInfo();
    // a copy's other side is the datafile as the catalogue describes it
    const QString localText = copy ? describe(transfer->origin().size, transfer->origin().modified)
                                   : describe(local.exists() ? local.size() : -1, local.lastModified());
    const QString remoteText = describe(remote.size, remote.lastModified);
    auto *grid = new QGridLayout;
    auto *existingHead = new QLabel(tr("Already there:"), this);
    auto *newHead = new QLabel(copy     ? tr("From the catalogue:")
                               : upload ? tr("From this computer:")
                                        : tr("From the storage:"),
                               this);
    auto *existing = new QLabel(upload ? remoteText : localText, this);
    auto *incoming = new QLabel(upload ? localText : remoteText, this);
    existing->setObjectName(QStringLiteral("existing"));
    incoming->setObjectName(QStringLiteral("incoming"));
    grid->addWidget(existingHead, 0, 0);
    grid->addWidget(existing, 0, 1);
    grid->addWidget(newHead, 1, 0);
    grid->addWidget(incoming, 1, 1);
    grid->setColumnStretch(1, 1);

    m_others->setObjectName(QStringLiteral("othersWaiting"));
    setOthersWaiting(othersWaiting);

    auto *buttons = new QDialogButtonBox(this);
    m_keepBoth = buttons->addButton(tr("&Keep both"), QDialogButtonBox::AcceptRole);
    m_overwrite = buttons->addButton(tr("&Overwrite"), QDialogButtonBox::DestructiveRole);
    m_skip = buttons->addButton(tr("&Skip"), QDialogButtonBox::RejectRole);
    m_keepNewer = buttons->addButton(tr("Keep &newer"), QDialogButtonBox::ActionRole);
    m_keepNewer->setObjectName(QStringLiteral("keepNewer"));
    m_keepNewer->setToolTip(tr("Whichever of the two was modified last is kept; the other is replaced or the "
                               "transfer skipped."));
    m_keepBoth->setObjectName(QStringLiteral("keepBoth"));
    m_overwrite->setObjectName(QStringLiteral("overwrite"));
    m_skip->setObjectName(QStringLiteral("skip"));
    m_keepBoth->setToolTip(tr("The new file is saved as “%1 (1)” beside the existing one.").arg(name));
    m_keepBoth->setDefault(true);
    connect(m_keepBoth, &QPushButton::clicked, this, [this] { choose(ConflictChoice::Rename); });
    connect(m_overwrite, &QPushButton::clicked, this, [this] { choose(ConflictChoice::Overwrite); });
    connect(m_skip, &QPushButton::clicked, this, [this] { choose(ConflictChoice::Skip); });
    connect(m_keepNewer, &QPushButton::clicked, this, [this] { choose(ConflictChoice::KeepNewer); });

    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addWidget(title, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(grid);
    layout->addWidget(m_others);
    layout->addWidget(m_all);
    layout->addWidget(buttons);
    setMinimumWidth(440);
}

void ConflictDialog::setOthersWaiting(int n)
{
    m_others->setText(tr("%n more file(s) of these transfers are also already there.", nullptr, n));
    m_others->setVisible(n > 0);
}

void ConflictDialog::reject()
{
    if (!m_decided) {
        m_decided = true;
        Q_EMIT decided(m_id, ConflictChoice::Skip, m_all->isChecked());
    }
    QDialog::reject();
}

QPushButton *ConflictDialog::button(ConflictChoice choice) const
{
    switch (choice) {
    case ConflictChoice::Overwrite:
        return m_overwrite;
    case ConflictChoice::Skip:
        return m_skip;
    case ConflictChoice::Rename:
        return m_keepBoth;
    case ConflictChoice::KeepNewer:
        return m_keepNewer;
    default:
        return nullptr;
    }
}

void ConflictDialog::choose(ConflictChoice choice)
{
    if (m_decided)
        return;
    m_decided = true;
    Q_EMIT decided(m_id, choice, m_all->isChecked());
    accept();
}

} // namespace daas::ui
