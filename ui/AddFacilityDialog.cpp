#include "AddFacilityDialog.h"

#include "facility/FacilityFetch.h"
#include "facility/FacilityRegistry.h"
#include "support/Redaction.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QVBoxLayout>

using namespace daas::facility;

namespace daas::ui {

ProfileCertificateBox::ProfileCertificateBox(const support::UntrustedCertificate &c, QWidget *parent)
    : QMessageBox(parent)
{
    setObjectName(QStringLiteral("profileCertificateBox"));
    setIcon(QMessageBox::Warning);
    setWindowTitle(tr("Untrusted Certificate"));
    setTextFormat(Qt::PlainText);
    setText(
        tr("The server %1 (port %2), where the facility profile is, presented a certificate that is not "
           "trusted.\n\n"
           "Issued to: %3\nIssued by: %4\nValid: %5 to %6\n\n"
           "SHA-256 fingerprint:\n%7\n\n"
           "Trust it only if your facility confirms this fingerprint. The decision is remembered for this "
           "server.")
            .arg(c.host)
            .arg(c.port)
            .arg(c.subject(), c.certificate.issuerDisplayName(),
                 QLocale().toString(c.certificate.effectiveDate().date(), QLocale::ShortFormat),
                 QLocale().toString(c.certificate.expiryDate().date(), QLocale::ShortFormat),
                 c.fingerprint()));
    QStringList why;
    for (const QSslError &e : c.errors)
        why << e.errorString();
    setDetailedText(why.join(u'\n') + u"\n\n" + c.certificate.toText());
    m_trust = addButton(tr("Trust and Fetch"), QMessageBox::AcceptRole);
    addButton(QMessageBox::Cancel);
    setDefaultButton(QMessageBox::Cancel);
}

AddFacilityDialog::AddFacilityDialog(QWidget *parent)
    : QDialog(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_fetch(new FacilityFetch(m_network, this))
    , m_address(new QLineEdit(this))
    , m_fetchButton(new QPushButton(tr("&Fetch"), this))
    , m_addButton(nullptr)
    , m_status(new QLabel(this))
    , m_profile(new QLabel(this))
{
    setObjectName(QStringLiteral("addFacilityDialog"));
    setWindowTitle(tr("Add a Facility"));
    setMinimumWidth(520);
    auto *intro = new QLabel(tr("Type the address your facility gives for its profile, or just its host name "
                                "(for example facility.example)."),
                             this);
    intro->setWordWrap(true);
    m_address->setPlaceholderText(QStringLiteral("https://facility.example/.well-known/daas-facility.json"));
    m_address->setAccessibleName(tr("Profile address"));
    auto *row = new QHBoxLayout;
    row->addWidget(m_address, 1);
    row->addWidget(m_fetchButton);
    auto *addressLabel = new QLabel(tr("&Address:"), this);
    addressLabel->setBuddy(m_address);
    m_status->setObjectName(QStringLiteral("addFacilityStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();
    m_profile->setObjectName(QStringLiteral("addFacilityProfile"));
    m_profile->setWordWrap(true);
    m_profile->setTextFormat(Qt::PlainText);
    m_profile->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_profile->setFrameShape(QFrame::StyledPanel);
    m_profile->setMargin(8);
    m_profile->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_addButton = buttons->button(QDialogButtonBox::Ok);
    m_addButton->setText(tr("&Add This Facility"));
    m_addButton->setEnabled(false);
    m_fetchButton->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(addressLabel);
    layout->addLayout(row);
    layout->addWidget(m_status);
    layout->addWidget(m_profile);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(m_fetchButton, &QPushButton::clicked, this, &AddFacilityDialog::fetch);
    connect(m_address, &QLineEdit::returnPressed, this, &AddFacilityDialog::fetch);
    connect(m_address, &QLineEdit::textEdited, this, [this] {
        // what is shown is for the address that was fetched: a new address needs a new fetch
        m_fetched.reset();
        m_addButton->setEnabled(false);
        m_addButton->setDefault(false);
        m_fetchButton->setDefault(true);
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &AddFacilityDialog::add);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_fetch, &FacilityFetch::fetched, this, &AddFacilityDialog::fetched);
    connect(m_fetch, &FacilityFetch::failed, this, &AddFacilityDialog::failed);
}

void AddFacilityDialog::refreshFrom(const QUrl &source)
{
    setWindowTitle(tr("Refresh a Facility"));
    m_addButton->setText(tr("&Keep the New Profile"));
    m_address->setText(source.toString());
    fetch();
}

QString AddFacilityDialog::statusText() const
{
    return m_status->isVisible() ? m_status->text() : QString();
}

QString AddFacilityDialog::profileText() const
{
    return m_profile->isVisible() ? m_profile->text() : QString();
}

void AddFacilityDialog::showStatus(const QString &text, bool isError)
{
    m_status->setText(text);
    m_status->setStyleSheet(isError ? QStringLiteral("color: #7a1f24") : QString());
    m_status->setVisible(!text.isEmpty());
    // a wrapped label's height is not in the layout's minimum: grow so that the whole sentence shows
    adjustSize();
}

void AddFacilityDialog::fetch()
{
    const Result<QUrl> url = FacilityFetch::addressFrom(m_address->text());
    m_fetched.reset();
    m_addButton->setEnabled(false);
    m_profile->hide();
    if (!url) {
        showStatus(url.error().userText(), true);
        return;
    }
    m_url = url.value();
    showStatus(tr("Fetching %1…").arg(support::redacted(m_url)), false);
    m_fetchButton->setEnabled(false);
    m_fetch->start(m_url);
}

void AddFacilityDialog::failed(const Error &error)
{
    m_fetchButton->setEnabled(true);
    const support::UntrustedCertificate c = m_fetch->rejectedCertificate();
    if (error.kind() != Error::Kind::Tls || c.isNull()) {
        showStatus(error.userText(), true);
        return;
    }
    // never accepted silently: the user compares the fingerprint and decides (window-modal, not exec())
    showStatus(error.userText(), true);
    auto *box = new ProfileCertificateBox(c, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_certificateBox = box;
    connect(box, &QMessageBox::finished, this, [this, box, c] {
        if (!box->trusted())
            return;
        support::TlsTrustStore::trust(c);
        showStatus(tr("Fetching %1…").arg(support::redacted(m_url)), false);
        m_fetchButton->setEnabled(false);
        m_fetch->start(m_url);
    });
    box->open();
}

void AddFacilityDialog::fetched(const FacilityProfile &profile, const QUrl &source)
{
    m_fetchButton->setEnabled(true);
    m_fetched = profile;
    m_source = source;
    QStringList lines{profile.name};
    if (!profile.description.isEmpty())
        lines << profile.description;
    lines << QString();
    lines << FacilityFetch::summary(profile);
    lines << QString() << tr("From: %1").arg(support::redacted(source));
    const bool replaces = bool(FacilityRegistry::resolve(profile.id));
    if (replaces)
        lines << tr("It replaces the facility “%1” you added before.").arg(profile.id);
    m_profile->setText(lines.join(u'\n'));
    m_profile->show();
    showStatus(tr("Check that these are your facility's services, then add it."), false);
    adjustSize(); // the profile's lines all in view
    m_addButton->setEnabled(true);
    m_addButton->setDefault(true);
    m_addButton->setFocus();
}

void AddFacilityDialog::add()
{
    if (!m_fetched)
        return;
    const Result<FacilityProfile> kept = FacilityRegistry::keepFetched(*m_fetched, m_source);
    if (!kept) {
        showStatus(kept.error().userText(), true);
        return;
    }
    m_added = kept.value();
    accept();
}

} // namespace daas::ui
