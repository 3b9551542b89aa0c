#include "FacilityChooser.h"
#include "FileOpenRequests.h"
#include "MainWindow.h"
#include "facility/FacilityRegistry.h"
#include "identity/Account.h"
#include "support/CoreDumps.h"
#include "support/Redaction.h"
#include "support/ReleaseMemory.h"
#include "support/TlsLibrary.h"
#include "support/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

using namespace daas;

int main(int argc, char **argv)
{
    // before anything holds a secret: no core file with the session in it, and no log line with one
    support::forbidCoreDumpsInReleaseBuilds();
    support::installRedactingMessageHandler();
    support::mapLargeBlocksApart();         // desktops closed give their surfaces back (ReleaseMemory.h)
    support::leaveTlsLibraryToProcessEnd(); // network threads may still be leaving at exit (TlsLibrary.h)
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("daas-desktop"));
    QApplication::setApplicationName(QStringLiteral("daas-desktop"));
    QApplication::setApplicationDisplayName(QStringLiteral("DAaaS Desktop"));
    QApplication::setApplicationVersion(QStringLiteral(DAAS_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("daas-desktop"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/daas.svg")));

    support::installTranslations();

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption facilityOption(
        QStringLiteral("facility"),
        QCoreApplication::translate("main",
                                    "A facility profile file, the id of a facility you added, or 'demo'."),
        QStringLiteral("profile"));
    parser.addOption(facilityOption);
    parser.addPositionalArgument(
        QStringLiteral("file"),
        QCoreApplication::translate("main", "A remote desktop connection file (.rdp) to open."),
        QStringLiteral("[file.rdp]"));
    parser.process(app);
    ui::FileOpenRequests fileOpens; // macOS: .rdp files from the Finder

    std::optional<facility::FacilityProfile> profile;
    if (parser.isSet(facilityOption)) {
        Result<facility::FacilityProfile> p =
            facility::FacilityRegistry::resolve(parser.value(facilityOption));
        if (!p) {
            QMessageBox::critical(nullptr, QCoreApplication::translate("main", "DAaaS Desktop"),
                                  p.error().userText());
            return 1;
        }
        profile = p.value();
    } else {
        Error problem;
        profile = facility::FacilityRegistry::current(&problem);
        if (problem) // the configured facility is gone or broken: say so before anything else is shown
            QMessageBox::warning(nullptr, QCoreApplication::translate("main", "DAaaS Desktop"),
                                 problem.userText());
    }
    if (!profile) {
        ui::FacilityChooser chooser;
        if (chooser.exec() != QDialog::Accepted || !chooser.chosen())
            return 0;
        profile = chooser.chosen();
    }

    identity::Account account(*profile);
    ui::MainWindow window(&account);
    window.show();
    // opened from the file manager (a command-line argument, or on macOS a file-open event that came while
    // the facility chooser was up): the desktop first; the facility's sign-in stays in the Account menu
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty() && fileOpens.pending().isEmpty())
        window.signIn();
    for (const QString &file : files)
        window.openConnectionFile(file);
    fileOpens.setReceiver([&window](const QString &file) { window.openConnectionFile(file); });
    return app.exec();
}
