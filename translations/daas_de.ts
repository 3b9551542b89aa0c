<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>daas::Error</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>daas::catalogue</name>
    <message>
        <source>The downloaded archive could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RB %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue gave an answer that could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>daas::catalogue::DatafilesListing</name>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
</context>
<context>
    <name>daas::catalogue::DatasetsListing</name>
    <message>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
</context>
<context>
    <name>daas::catalogue::DownloadJob</name>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: the disk may be full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download stopped and could not be resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The downloaded file %1 has the wrong size; nothing was saved. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The downloaded file %1 was damaged on the way; nothing was saved. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>daas::catalogue::InvestigationsListing</name>
    <message>
        <source>Experiment</source>
        <translation>Experiment</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
</context>
<context>
    <name>daas::catalogue::PagedListingModel</name>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
</context>
<context>
    <name>daas::catalogue::UploadJob</name>
    <message>
        <source>Could not read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data service did not confirm the upload intact; check the file in the catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>daas::catalogue::Walker</name>
    <message>
        <source>%1: links are not extracted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a file of the catalogue&apos;s archive layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: the disk may be full.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>daas::cli</name>
    <message>
        <source>Password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not signed in. Run &apos;daas login&apos; first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has ended. Run &apos;daas login&apos; again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login needs --user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the numeric id as the argument.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>download needs --to FOLDER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>download needs one of --datafile ID, --dataset ID, --investigation ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upload needs FILE --dataset ID --format-id ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DAaaS Desktop on the command line.

Commands:
  login [--authenticator A] --user U [--password-stdin]
  whoami | logout
  investigations [--filter TEXT]
  datasets INVESTIGATION_ID [--filter TEXT]
  datafiles DATASET_ID [--filter TEXT] [--limit N]
  download (--datafile ID | --dataset ID | --investigation ID) --to FOLDER
  upload FILE --dataset ID --format-id ID

Exit codes: 0 ok, 1 usage, 2 sign-in or session, 3 not found or not allowed,
4 network or server, 5 local file or unsafe path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No facility is configured. Give --facility with a profile file or a bundled facility, or start the demo with packaging/dev run.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>daas::facility</name>
    <message>
        <source>The facility profile is not valid: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object with a &quot;url&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing or not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an http or https URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local demo facility is not running. Start it with “packaging/dev run”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no facility “%1”: give a profile file or one of the bundled facilities.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>daas::facility::FacilityProfile</name>
    <message>
        <source>The facility profile is not valid JSON (line %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a known field (a typo?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>may hold only letters, digits, &apos;-&apos; and &apos;_&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a %1 URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The facility profile %1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>daas::identity</name>
    <message>
        <source>Nothing is saved in the keychain for this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not allow access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available on this computer, so the password cannot be remembered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain reported an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gave an answer that could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>You are not allowed to see this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is no longer in the catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something with this name already exists there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not understand the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the request: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data is being restored from the archive. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not support this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reported an internal error.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>daas::identity::IcatProperties</name>
    <message>
        <source>The catalogue gave an answer that could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>daas::identity::IcatSession</name>
    <message>
        <source>The user name or password is not correct.</source>
        <translation>Benutzername oder Passwort ist nicht korrekt.</translation>
    </message>
    <message>
        <source>The catalogue gave an answer that could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are signed out, so this could not be done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>daas::support</name>
    <message>
        <source>%1 refused the connection. The service may be down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 could not be found. Check the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be established: its certificate is not trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network proxy failed. Check the proxy settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request to %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not accept the credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not allow this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not find it. It may have been removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused: it conflicts with what is there now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused: it is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no space left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not support this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is busy or unavailable. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reported an internal error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gave an unexpected answer (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name “%1” cannot be used for a local file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it refers to a folder above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it contains a folder separator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it contains a control character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it ends with a space or a dot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a reserved device name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it contains a colon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is an absolute path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it starts with a drive letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it leaves the chosen folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>daas::ui::CatalogueView</name>
    <message>
        <source>Filter…</source>
        <translation>Filtern…</translation>
    </message>
    <message>
        <source>Filter the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Download…</source>
        <translation>&amp;Herunterladen…</translation>
    </message>
    <message>
        <source>Download the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Upload…</source>
        <translation>Hoch&amp;laden…</translation>
    </message>
    <message>
        <source>Upload a file into this dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>My investigations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download the whole investigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download the whole dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download the selected files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 bytes, CRC32 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select what to download first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download into folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload a file into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This facility lists no file formats to upload with.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>daas::ui::DownloadsPanel</name>
    <message>
        <source>Progress of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; nothing was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) saved in %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Refused, because they would have been written outside the folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploaded and verified.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>daas::ui::FacilityChooser</name>
    <message>
        <source>Choose your facility</source>
        <translation>Wählen Sie Ihre Einrichtung</translation>
    </message>
    <message>
        <source>Which facility&apos;s services do you use? You can change this later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open profile &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a facility profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facility profiles (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>daas::ui::MainWindow</name>
    <message>
        <source>Transfers</source>
        <translation>Übertragungen</translation>
    </message>
    <message>
        <source>DAaaS Desktop — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again to carry on where you were.</source>
        <translation>Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an, um dort weiterzumachen, wo Sie waren.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Show &amp;transfers</source>
        <translation>&amp;Übertragungen anzeigen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>&amp;Anmelden…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About DAaaS Desktop</source>
        <translation>Über DAaaS &amp;Desktop</translation>
    </message>
    <message>
        <source>About DAaaS Desktop</source>
        <translation>Über DAaaS Desktop</translation>
    </message>
    <message>
        <source>&lt;b&gt;DAaaS Desktop&lt;/b&gt; %1&lt;br&gt;Your experiments, data and analysis environments at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung…</translation>
    </message>
    <message>
        <source>Session ended — sign in to continue</source>
        <translation>Sitzung abgelaufen – zum Fortfahren anmelden</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Abgemeldet</translation>
    </message>
</context>
<context>
    <name>daas::ui::MessageBar</name>
    <message>
        <source>Dismiss message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>daas::ui::RemoteView</name>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung…</translation>
    </message>
    <message>
        <source>Connection lost: %1
Reconnecting (attempt %2)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>daas::ui::SessionTabs</name>
    <message>
        <source>Scale to Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resize Desktop to Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grab Keyboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send all keys, including shortcuts, to the remote desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send Ctrl+Alt+Del</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>daas::ui::SignInDialog</name>
    <message>
        <source>&amp;Remember me on this computer</source>
        <translation>Auf diesem &amp;Computer merken</translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation>Bei %1 anmelden</translation>
    </message>
    <message>
        <source>Sign in with your facility account to see your experiments and their data.</source>
        <translation>Melden Sie sich mit Ihrem Konto der Einrichtung an, um Ihre Experimente und deren Daten zu sehen.</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Account type</source>
        <translation>Kontotyp</translation>
    </message>
    <message>
        <source>Keeps the password in this computer&apos;s keychain, never in a file.</source>
        <translation>Bewahrt das Passwort im Schlüsselbund dieses Computers auf, nie in einer Datei.</translation>
    </message>
    <message>
        <source>Account &amp;type:</source>
        <translation>Konto&amp;typ:</translation>
    </message>
    <message>
        <source>%1 Check the network, then close and open this window again.</source>
        <translation>%1 Prüfen Sie das Netzwerk und öffnen Sie dieses Fenster dann erneut.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Please fill in every field.</source>
        <translation>Bitte füllen Sie alle Felder aus.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A facility profile file, a bundled facility&apos;s id, or &apos;demo&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DAaaS Desktop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
