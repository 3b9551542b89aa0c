#pragma once

#include "facility/FacilityProfile.h"
#include "support/TlsTrustStore.h"

#include <QDialog>
#include <QMessageBox>
#include <QPointer>
#include <QUrl>

class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPushButton;

namespace daas::facility {
class FacilityFetch;
}

namespace daas::ui {

// "Trust this certificate?" for the server a facility profile comes from: host, port, subject, issuer,
// validity and the SHA-256 fingerprint to compare with what the facility publishes; the whole certificate
// in the details. The decision is TlsTrustStore's (this certificate, this host and port), as for the
// catalogue's servers.
class ProfileCertificateBox : public QMessageBox
{
    Q_OBJECT
public:
    ProfileCertificateBox(const support::UntrustedCertificate &certificate, QWidget *parent = nullptr);
    bool trusted() const { return clickedButton() == m_trust; }

private:
    QAbstractButton *m_trust;
};

// Adds a facility from the address of its profile: the user types it ("facility.example" or a full https
// URL), the profile is fetched (FacilityFetch), an untrusted certificate is asked about, and the profile is
// shown (name, description, services with their hosts) before "Add" keeps it. Asynchronous throughout.
class AddFacilityDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AddFacilityDialog(QWidget *parent = nullptr);
    // Fetches a facility's profile again from the address it was added from: the new profile is shown
    // (and a changed certificate asked about) before it replaces the one kept.
    void refreshFrom(const QUrl &source);
    // The profile kept when the dialog was accepted.
    std::optional<facility::FacilityProfile> added() const { return m_added; }

    QLineEdit *addressField() const { return m_address; }
    QPushButton *fetchButton() const { return m_fetchButton; }
    QPushButton *addButton() const { return m_addButton; }
    // The certificate question while it is open (tests answer it).
    ProfileCertificateBox *certificateBox() const { return m_certificateBox; }
    QString statusText() const;
    QString profileText() const;

private:
    void fetch();
    void fetched(const facility::FacilityProfile &profile, const QUrl &source);
    void failed(const Error &error);
    void add();
    void showStatus(const QString &text, bool isError);

    QNetworkAccessManager *m_network;
    facility::FacilityFetch *m_fetch;
    QLineEdit *m_address;
    QPushButton *m_fetchButton;
    QPushButton *m_addButton;
    QLabel *m_status;
    QLabel *m_profile;
    QPointer<ProfileCertificateBox> m_certificateBox;
    QUrl m_url;
    std::optional<facility::FacilityProfile> m_fetched;
    QUrl m_source;
    std::optional<facility::FacilityProfile> m_added;
};

} // namespace daas::ui
