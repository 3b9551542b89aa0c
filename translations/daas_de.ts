<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>daas::Error</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>%1 said: “%2”.</source>
        <translation>%1 sagte: „%2“.</translation>
    </message>
</context>
<context>
    <name>daas::catalogue</name>
    <message>
        <source>The downloaded archive could not be opened.</source>
        <translation>Das heruntergeladene Archiv ließ sich nicht öffnen.</translation>
    </message>
    <message>
        <source>RB %1</source>
        <translation>RB %1</translation>
    </message>
    <message>
        <source>The catalogue gave an answer that could not be read.</source>
        <translation>Der Katalog gab eine Antwort, die nicht gelesen werden konnte.</translation>
    </message>
    <message>
        <source>%1: the path leads outside the chosen folder</source>
        <translation>%1: Der Pfad führt aus dem gewählten Ordner hinaus</translation>
    </message>
    <message>
        <source>%1: not a file of the catalogue&apos;s archive layout</source>
        <translation>%1: gehört nicht zum Archivaufbau des Katalogs</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
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
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
</context>
<context>
    <name>daas::catalogue::DownloadJob</name>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The download stopped and could not be resumed</source>
        <translation>Der Download wurde unterbrochen und konnte nicht fortgesetzt werden</translation>
    </message>
    <message>
        <source>The downloaded file %1 has the wrong size; nothing was saved. Try again.</source>
        <translation>Die heruntergeladene Datei %1 hat die falsche Größe; nichts wurde gespeichert. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The downloaded file %1 was damaged on the way; nothing was saved. Try again.</source>
        <translation>Die heruntergeladene Datei %1 wurde unterwegs beschädigt; nichts wurde gespeichert. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The file %1 could not be found in the catalogue</source>
        <translation>Die Datei %1 wurde im Katalog nicht gefunden</translation>
    </message>
    <message>
        <source>The data service did not resume the download of %1 where it stopped. Try again later.</source>
        <translation>Der Datendienst hat den Download von %1 nicht dort fortgesetzt, wo er stehen blieb. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The data service sent more than the catalogue&apos;s size of %1; nothing was saved.</source>
        <translation>Der Datendienst schickte mehr als die im Katalog verzeichnete Größe von %1; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost.</source>
        <translation>Die Verbindung zu %1 ist abgebrochen.</translation>
    </message>
    <message>
        <source>The facility keeps sending %1 back to tape before it can be downloaded. Try again later.</source>
        <translation>Die Facility lagert %1 immer wieder auf Band aus, bevor der Download möglich ist. Versuchen Sie es später erneut.</translation>
    </message>
</context>
<context>
    <name>daas::catalogue::IdsRestore</name>
    <message>
        <source>The data service could not prepare the download</source>
        <translation>Der Datendienst konnte den Download nicht vorbereiten</translation>
    </message>
    <message numerus="yes">
        <source>The facility did not restore the data from tape within %n minute(s). Try again later.</source>
        <translation>
            <numerusform>Die Facility hat die Daten nicht innerhalb von %n Minute vom Band zurückgeholt. Versuchen Sie es später erneut.</numerusform>
            <numerusform>Die Facility hat die Daten nicht innerhalb von %n Minuten vom Band zurückgeholt. Versuchen Sie es später erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>The data service could not say whether the data is ready</source>
        <translation>Der Datendienst konnte nicht sagen, ob die Daten bereitstehen</translation>
    </message>
</context>
<context>
    <name>daas::catalogue::IdsStream</name>
    <message>
        <source>The data service did not resume “%1” where it stopped.</source>
        <translation>Der Datendienst hat „%1“ nicht dort fortgesetzt, wo er stehen blieb.</translation>
    </message>
    <message>
        <source>The data service sent more than the catalogue&apos;s size of “%1”.</source>
        <translation>Der Datendienst schickte mehr als die im Katalog verzeichnete Größe von „%1“.</translation>
    </message>
    <message>
        <source>The data service did not send “%1”</source>
        <translation>Der Datendienst hat „%1“ nicht geschickt</translation>
    </message>
    <message>
        <source>The data service</source>
        <translation>Der Datendienst</translation>
    </message>
    <message>
        <source>The connection to %1 was lost.</source>
        <translation>Die Verbindung zu %1 ist abgebrochen.</translation>
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
    <message>
        <source>Not loaded</source>
        <translation>Nicht geladen</translation>
    </message>
</context>
<context>
    <name>daas::catalogue::UploadJob</name>
    <message>
        <source>Could not read %1.</source>
        <translation>%1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The file needs a name in the catalogue.</source>
        <translation>Die Datei braucht einen Namen im Katalog.</translation>
    </message>
    <message>
        <source>The dataset already has a file called %1. Rename the file and upload it again.</source>
        <translation>Der Datensatz hat schon eine Datei namens %1. Benennen Sie die Datei um und laden Sie sie erneut hoch.</translation>
    </message>
    <message>
        <source>The data service did not confirm that %1 arrived intact; check the file in the catalogue.</source>
        <translation>Der Datendienst hat nicht bestätigt, dass %1 unversehrt ankam; prüfen Sie die Datei im Katalog.</translation>
    </message>
</context>
<context>
    <name>daas::catalogue::Walker</name>
    <message>
        <source>%1: links are not extracted</source>
        <translation>%1: Verknüpfungen werden nicht entpackt</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Could not write %1: the disk may be full.</source>
        <translation>%1 konnte nicht geschrieben werden: Der Datenträger ist vielleicht voll.</translation>
    </message>
    <message>
        <source>The downloaded archive was refused as a ZIP bomb: “%1” unpacks to more than %2 times its packed size. Nothing of it was kept.</source>
        <translation>Das heruntergeladene Archiv wurde als ZIP-Bombe abgelehnt: „%1“ entpackt sich auf mehr als das %2-Fache seiner gepackten Größe. Nichts davon wurde behalten.</translation>
    </message>
    <message>
        <source>The downloaded archive was refused: it unpacks to more than %1, the room there is for it. Nothing of it was kept.</source>
        <translation>Das heruntergeladene Archiv wurde abgelehnt: Entpackt belegt es mehr als %1, den Platz, der dafür vorhanden ist. Nichts davon wurde behalten.</translation>
    </message>
    <message>
        <source>The downloaded archive is damaged: “%1” unpacks to more than it declares. Nothing of it was kept.</source>
        <translation>Das heruntergeladene Archiv ist beschädigt: „%1“ entpackt sich auf mehr, als es angibt. Nichts davon wurde behalten.</translation>
    </message>
    <message>
        <source>The downloaded archive could not be opened.</source>
        <translation>Das heruntergeladene Archiv ließ sich nicht öffnen.</translation>
    </message>
</context>
<context>
    <name>daas::cli::CliContext</name>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>ICAT account type (default simple).</source>
        <translation>ICAT-Kontotyp (Standard: simple).</translation>
    </message>
    <message>
        <source>User name.</source>
        <translation>Benutzername.</translation>
    </message>
    <message>
        <source>Read the password from standard input.</source>
        <translation>Das Passwort von der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>Only rows containing this text.</source>
        <translation>Nur Zeilen, die diesen Text enthalten.</translation>
    </message>
    <message>
        <source>At most this many rows (default 1000).</source>
        <translation>Höchstens so viele Zeilen (Standard 1000).</translation>
    </message>
    <message>
        <source>Datafile id.</source>
        <translation>Kennung der Datei.</translation>
    </message>
    <message>
        <source>Dataset id.</source>
        <translation>Kennung des Datensatzes.</translation>
    </message>
    <message>
        <source>Investigation id.</source>
        <translation>Kennung des Experiments.</translation>
    </message>
    <message>
        <source>Destination folder.</source>
        <translation>Zielordner.</translation>
    </message>
    <message>
        <source>Datafile format id.</source>
        <translation>Kennung des Dateiformats.</translation>
    </message>
    <message>
        <source>What to do (see above).</source>
        <translation>Was zu tun ist (siehe oben).</translation>
    </message>
    <message>
        <source>Give a command; see &apos;daas --help&apos;.</source>
        <translation>Geben Sie einen Befehl an; siehe „daas --help“.</translation>
    </message>
    <message>
        <source>There is no command &apos;%1&apos;; see &apos;daas --help&apos;.</source>
        <translation>Es gibt keinen Befehl „%1“; siehe „daas --help“.</translation>
    </message>
    <message>
        <source>Try &apos;daas --help&apos;.</source>
        <translation>Siehe „daas --help“.</translation>
    </message>
    <message>
        <source>Give one numeric id as the argument.</source>
        <translation>Geben Sie genau eine numerische Kennung als Argument an.</translation>
    </message>
    <message>
        <source>--%1 needs a positive number.</source>
        <translation>--%1 braucht eine positive Zahl.</translation>
    </message>
    <message>
        <source>You are not signed in. Run &apos;daas login&apos; first.</source>
        <translation>Sie sind nicht angemeldet. Führen Sie zuerst „daas login“ aus.</translation>
    </message>
    <message>
        <source>Your session has ended. Run &apos;daas login&apos; again.</source>
        <translation>Ihre Sitzung ist abgelaufen. Führen Sie „daas login“ erneut aus.</translation>
    </message>
    <message>
        <source>Give --password-stdin to read the password from a pipe.</source>
        <translation>Geben Sie --password-stdin an, um das Passwort aus einer Pipe zu lesen.</translation>
    </message>
    <message>
        <source>login needs --user.</source>
        <translation>login braucht --user.</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Passwort: </translation>
    </message>
    <message>
        <source>%1: </source>
        <translation>%1: </translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation>Bei %1 als %2 angemeldet.</translation>
    </message>
    <message>
        <source>The facility has no account type &apos;%1&apos;; it offers: %2.</source>
        <translation>Die Facility hat keinen Kontotyp „%1“; sie bietet: %2.</translation>
    </message>
    <message>
        <source>You were not signed in.</source>
        <translation>Sie waren nicht angemeldet.</translation>
    </message>
    <message>
        <source>The session had already ended; it is forgotten here too.</source>
        <translation>Die Sitzung war bereits abgelaufen; sie ist auch hier vergessen.</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>Abgemeldet.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 received</source>
        <translation>%1 empfangen</translation>
    </message>
    <message>
        <source>refused (it would have been written outside the folder): %1</source>
        <translation>abgelehnt (es wäre außerhalb des Ordners geschrieben worden): %1</translation>
    </message>
    <message>
        <source>download needs --to FOLDER.</source>
        <translation>download braucht --to ORDNER.</translation>
    </message>
    <message>
        <source>download needs one of --datafile ID, --dataset ID, --investigation ID.</source>
        <translation>download braucht eines von --datafile ID, --dataset ID, --investigation ID.</translation>
    </message>
    <message>
        <source>upload needs FILE --dataset ID --format-id ID.</source>
        <translation>upload braucht DATEI --dataset ID --format-id ID.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Die Datei %1 gibt es nicht.</translation>
    </message>
    <message>
        <source>Seconds to wait (default 600).</source>
        <translation>Sekunden zu warten (Standard 600).</translation>
    </message>
    <message>
        <source>Also print the desktop&apos;s password.</source>
        <translation>Auch das Passwort des Desktops ausgeben.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>CPUS</source>
        <translation>CPUS</translation>
    </message>
    <message>
        <source>MEMORY</source>
        <translation>SPEICHER</translation>
    </message>
    <message>
        <source>DISK</source>
        <translation>PLATTE</translation>
    </message>
    <message>
        <source>SOFTWARE</source>
        <translation>SOFTWARE</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ZUSTAND</translation>
    </message>
    <message>
        <source>TEMPLATE</source>
        <translation>VORLAGE</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <source>ENDS</source>
        <translation>ENDET</translation>
    </message>
    <message>
        <source>Launched “%1” (%2). &apos;daas env wait %2&apos; returns once its desktop answers.</source>
        <translation>„%1“ (%2) gestartet. „daas env wait %2“ kehrt zurück, sobald ihr Desktop antwortet.</translation>
    </message>
    <message>
        <source>There is no machine template &apos;%1&apos;; &apos;daas env templates&apos; lists them.</source>
        <translation>Es gibt keine Maschinenvorlage „%1“; „daas env templates“ listet sie auf.</translation>
    </message>
    <message>
        <source>Environment %1 is being deleted.</source>
        <translation>Umgebung %1 wird gelöscht.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Environment %1 is ready; &apos;daas env console %1&apos; shows where its desktop is.</source>
        <translation>Umgebung %1 ist bereit; „daas env console %1“ zeigt, wo ihr Desktop ist.</translation>
    </message>
    <message>
        <source>password: %1</source>
        <translation>Passwort: %1</translation>
    </message>
    <message>
        <source>The desktop has a password; --show-password prints it.</source>
        <translation>Der Desktop hat ein Passwort; --show-password gibt es aus.</translation>
    </message>
    <message>
        <source>Facility password for %1 at %2: </source>
        <translation>Facility-Passwort für %1 bei %2: </translation>
    </message>
    <message>
        <source>No password was typed.</source>
        <translation>Es wurde kein Passwort eingegeben.</translation>
    </message>
    <message>
        <source>&apos;daas env&apos; needs one of: %1.</source>
        <translation>„daas env“ braucht eines von: %1.</translation>
    </message>
    <message>
        <source>There is no &apos;daas env %1&apos;; use one of: %2.</source>
        <translation>Es gibt kein „daas env %1“; verwenden Sie eines von: %2.</translation>
    </message>
    <message>
        <source>&apos;daas env %1&apos; takes no argument.</source>
        <translation>„daas env %1“ nimmt kein Argument.</translation>
    </message>
    <message>
        <source>&apos;daas env %1&apos; needs one environment id.</source>
        <translation>„daas env %1“ braucht genau eine Kennung einer Umgebung.</translation>
    </message>
    <message>
        <source>&apos;daas env launch&apos; needs the new environment&apos;s name.</source>
        <translation>„daas env launch“ braucht den Namen der neuen Umgebung.</translation>
    </message>
    <message>
        <source>&apos;daas env launch&apos; needs --template ID; &apos;daas env templates&apos; lists them.</source>
        <translation>„daas env launch“ braucht --template ID; „daas env templates“ listet die Vorlagen auf.</translation>
    </message>
    <message>
        <source>%1 offers no analysis environments.</source>
        <translation>%1 bietet keine Analyseumgebungen an.</translation>
    </message>
    <message>
        <source>Storage: replace files that exist at the target.</source>
        <translation>Speicher: Dateien ersetzen, die am Ziel bereits vorhanden sind.</translation>
    </message>
    <message>
        <source>Storage: rm removes folders with their contents.</source>
        <translation>Speicher: rm entfernt Ordner mit ihrem Inhalt.</translation>
    </message>
    <message>
        <source>The facility %1 offers no storage.</source>
        <translation>Die Facility %1 bietet keinen Speicher an.</translation>
    </message>
    <message>
        <source>Storage user name: </source>
        <translation>Speicher-Benutzername: </translation>
    </message>
    <message>
        <source>Give the storage user name with --user or DAAS_STORAGE_USER, or run &apos;daas login&apos; first.</source>
        <translation>Geben Sie den Speicher-Benutzernamen mit --user oder DAAS_STORAGE_USER an, oder führen Sie zuerst „daas login“ aus.</translation>
    </message>
    <message>
        <source>The storage server did not accept the password.</source>
        <translation>Der Speicherserver hat das Passwort nicht akzeptiert.</translation>
    </message>
    <message>
        <source>Storage password for %1: </source>
        <translation>Speicher-Passwort für %1: </translation>
    </message>
    <message>
        <source>There is no storage password for %1: set DAAS_STORAGE_PASSWORD, run &apos;daas login&apos;, or run on a terminal.</source>
        <translation>Kein Speicher-Passwort für %1: Setzen Sie DAAS_STORAGE_PASSWORD, führen Sie „daas login“ aus oder starten Sie den Befehl in einem Terminal.</translation>
    </message>
    <message>
        <source>%1 of %2, %3 of %4 files</source>
        <translation>%1 von %2, %3 von %4 Dateien</translation>
    </message>
    <message>
        <source>%1 already exists; give --overwrite to replace it.</source>
        <translation>%1 ist bereits vorhanden; geben Sie --overwrite an, um es zu ersetzen.</translation>
    </message>
    <message>
        <source>%1 already exists on the storage server; give --overwrite to replace it.</source>
        <translation>%1 ist auf dem Speicherserver bereits vorhanden; geben Sie --overwrite an, um es zu ersetzen.</translation>
    </message>
    <message>
        <source>%1 was not transferred.</source>
        <translation>%1 wurde nicht übertragen.</translation>
    </message>
    <message>
        <source>ls takes at most one path.</source>
        <translation>ls nimmt höchstens einen Pfad.</translation>
    </message>
    <message>
        <source>daas: an entry with an unsafe name was left out: %1</source>
        <translation>daas: Ein Eintrag mit unsicherem Namen wurde ausgelassen: %1</translation>
    </message>
    <message>
        <source>get needs REMOTE and optionally LOCAL.</source>
        <translation>get braucht REMOTE und optional LOCAL.</translation>
    </message>
    <message>
        <source>get needs a file or folder, not the whole store.</source>
        <translation>get braucht eine Datei oder einen Ordner, nicht den ganzen Speicher.</translation>
    </message>
    <message>
        <source>put needs LOCAL... and REMOTE.</source>
        <translation>put braucht LOCAL... und REMOTE.</translation>
    </message>
    <message>
        <source>There is no file or folder %1.</source>
        <translation>Eine Datei oder einen Ordner %1 gibt es nicht.</translation>
    </message>
    <message>
        <source>%1 is a file on the storage server, not a folder.</source>
        <translation>%1 ist auf dem Speicherserver eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <source>daas: %1 is a link; links are not uploaded.</source>
        <translation>daas: %1 ist eine Verknüpfung; Verknüpfungen werden nicht hochgeladen.</translation>
    </message>
    <message>
        <source>mkdir needs at least one path.</source>
        <translation>mkdir braucht mindestens einen Pfad.</translation>
    </message>
    <message>
        <source>The store&apos;s root exists already.</source>
        <translation>Die oberste Ebene des Speichers gibt es bereits.</translation>
    </message>
    <message>
        <source>rm needs at least one path.</source>
        <translation>rm braucht mindestens einen Pfad.</translation>
    </message>
    <message>
        <source>rm does not remove the whole store.</source>
        <translation>rm entfernt nicht den ganzen Speicher.</translation>
    </message>
    <message>
        <source>%1 is a folder; give --recursive to remove it with its contents.</source>
        <translation>%1 ist ein Ordner; geben Sie --recursive an, um ihn mit seinem Inhalt zu entfernen.</translation>
    </message>
    <message>
        <source>mv needs FROM and TO.</source>
        <translation>mv braucht FROM und TO.</translation>
    </message>
    <message>
        <source>cp needs FROM and TO.</source>
        <translation>cp braucht FROM und TO.</translation>
    </message>
    <message>
        <source>The store&apos;s root cannot be moved or copied.</source>
        <translation>Die oberste Ebene des Speichers kann nicht verschoben oder kopiert werden.</translation>
    </message>
    <message>
        <source>%1 cannot go into itself.</source>
        <translation>%1 kann nicht in sich selbst verschoben oder kopiert werden.</translation>
    </message>
    <message>
        <source>Without one &apos;daas login&apos; cannot keep your session; the storage commands still work with the password in DAAS_STORAGE_PASSWORD, or typed when they ask on a terminal.</source>
        <translation>Ohne ihn kann „daas login“ Ihre Sitzung nicht aufbewahren; die Speicherbefehle funktionieren weiterhin mit dem Passwort in DAAS_STORAGE_PASSWORD oder wenn Sie es auf einem Terminal auf Nachfrage eingeben.</translation>
    </message>
    <message>
        <source>%1 cannot be uploaded: its name cannot be used on the storage server.</source>
        <translation>%1 kann nicht hochgeladen werden: Sein Name ist auf dem Speicherserver nicht verwendbar.</translation>
    </message>
    <message>
        <source>env console: the desktop&apos;s vnc or rdp (default: what it prefers).</source>
        <translation>env console: vnc oder rdp des Desktops (Standard: was er bevorzugt).</translation>
    </message>
    <message>
        <source>env rdp-file: the file to write (default ./daas-env-ID.rdp).</source>
        <translation>env rdp-file: die zu schreibende Datei (Standard ./daas-env-ID.rdp).</translation>
    </message>
    <message>
        <source>Environment %1 offers no %2 desktop; &apos;daas env console %1&apos; shows the one it has.</source>
        <translation>Umgebung %1 bietet keinen %2-Desktop an; „daas env console %1“ zeigt den vorhandenen.</translation>
    </message>
    <message>
        <source>--protocol goes with &apos;daas env console&apos;.</source>
        <translation>--protocol gehört zu „daas env console“.</translation>
    </message>
    <message>
        <source>--protocol is vnc or rdp.</source>
        <translation>--protocol ist vnc oder rdp.</translation>
    </message>
    <message>
        <source>--output goes with &apos;daas env rdp-file&apos;.</source>
        <translation>--output gehört zu „daas env rdp-file“.</translation>
    </message>
    <message>
        <source>--output needs a file name.</source>
        <translation>--output braucht einen Dateinamen.</translation>
    </message>
    <message>
        <source>Machine template id (daas env templates), or job template (daas jobs templates).</source>
        <translation>Kennung der Maschinenvorlage (daas env templates) oder der Jobvorlage (daas jobs templates).</translation>
    </message>
    <message>
        <source>jobs submit --template: a parameter&apos;s value.</source>
        <translation>jobs submit --template: der Wert eines Parameters.</translation>
    </message>
    <message>
        <source>jobs output: the error file instead of the output.</source>
        <translation>jobs output: die Fehlerdatei statt der Ausgabe.</translation>
    </message>
    <message>
        <source>jobs output: go on printing what the job writes until it ends.</source>
        <translation>jobs output: weiter ausgeben, was der Job schreibt, bis er endet.</translation>
    </message>
    <message>
        <source>jobs list: also jobs that ended more than a day ago.</source>
        <translation>jobs list: auch Jobs, die vor mehr als einem Tag geendet haben.</translation>
    </message>
    <message>
        <source>jobs submit: the job&apos;s name.</source>
        <translation>jobs submit: der Name des Jobs.</translation>
    </message>
    <message>
        <source>jobs submit: the partition (queue).</source>
        <translation>jobs submit: die Partition (Warteschlange).</translation>
    </message>
    <message>
        <source>jobs submit: cores.</source>
        <translation>jobs submit: Kerne.</translation>
    </message>
    <message>
        <source>jobs submit: memory in MB.</source>
        <translation>jobs submit: Arbeitsspeicher in MB.</translation>
    </message>
    <message>
        <source>jobs submit: time limit in minutes.</source>
        <translation>jobs submit: Zeitlimit in Minuten.</translation>
    </message>
    <message>
        <source>jobs submit: the working folder on the cluster.</source>
        <translation>jobs submit: der Arbeitsordner auf dem Cluster.</translation>
    </message>
    <message>
        <source>jobs submit: submit held.</source>
        <translation>jobs submit: zurückgehalten einreichen.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>PARTITION</source>
        <translation>PARTITION</translation>
    </message>
    <message>
        <source>MAX MINUTES</source>
        <translation>MAX. MINUTEN</translation>
    </message>
    <message>
        <source>NODES</source>
        <translation>KNOTEN</translation>
    </message>
    <message>
        <source>JOB</source>
        <translation>JOB</translation>
    </message>
    <message>
        <source>SUBMITTED</source>
        <translation>EINGEREICHT</translation>
    </message>
    <message>
        <source>EXIT</source>
        <translation>EXIT</translation>
    </message>
    <message>
        <source>The scheduler no longer knows job %1; this is what was last seen.</source>
        <translation>Der Scheduler kennt den Job %1 nicht mehr; dies ist der zuletzt gesehene Stand.</translation>
    </message>
    <message>
        <source>The job was not submitted</source>
        <translation>Der Job wurde nicht eingereicht</translation>
    </message>
    <message>
        <source>The scheduler says: %1</source>
        <translation>Der Scheduler meldet: %1</translation>
    </message>
    <message>
        <source>Job %1: %2 asked.</source>
        <translation>Job %1: %2 angefordert.</translation>
    </message>
    <message>
        <source>[bytes %1 to %2 not shown]</source>
        <translation>[Bytes %1 bis %2 nicht angezeigt]</translation>
    </message>
    <message>
        <source>There is no job %1 of yours on the cluster.</source>
        <translation>Auf dem Cluster gibt es keinen Job %1 von Ihnen.</translation>
    </message>
    <message>
        <source>Job %1: %2</source>
        <translation>Job %1: %2</translation>
    </message>
    <message>
        <source>Job %1 did not finish within %2 s.</source>
        <translation>Job %1 wurde nicht innerhalb von %2 s beendet.</translation>
    </message>
    <message>
        <source>PARAMETERS</source>
        <translation>PARAMETER</translation>
    </message>
    <message>
        <source>The script %1 could not be read.</source>
        <translation>Das Skript %1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The script %1 is larger than 4 MB.</source>
        <translation>Das Skript %1 ist größer als 4 MB.</translation>
    </message>
    <message>
        <source>&apos;daas jobs %1&apos; needs a job id.</source>
        <translation>„daas jobs %1“ braucht die Kennung eines Jobs.</translation>
    </message>
    <message>
        <source>Use &apos;daas jobs %1&apos;.</source>
        <translation>Verwenden Sie „daas jobs %1“.</translation>
    </message>
    <message>
        <source>The login node %1 is new to this computer; its %2 key is %3.</source>
        <translation>Der Login-Knoten %1 ist diesem Computer unbekannt; sein %2-Schlüssel hat den Fingerabdruck %3.</translation>
    </message>
    <message>
        <source>Trust it (yes/no)? </source>
        <translation>Ihm vertrauen (yes/no)? </translation>
    </message>
    <message>
        <source>--param takes NAME=VALUE, not &apos;%1&apos;.</source>
        <translation>--param nimmt NAME=VALUE, nicht „%1“.</translation>
    </message>
    <message>
        <source>&apos;daas jobs submit&apos; needs a script file (&apos;-&apos; reads standard input) or --template.</source>
        <translation>„daas jobs submit“ braucht eine Skriptdatei („-“ liest die Standardeingabe) oder --template.</translation>
    </message>
    <message>
        <source>--%1 needs a catalogue id (a positive number), not &apos;%2&apos;.</source>
        <translation>--%1 braucht eine Katalogkennung (eine positive Zahl), nicht „%2“.</translation>
    </message>
    <message>
        <source>copy-to-storage takes --dataset ID or --datafile ID, and --to FOLDER.</source>
        <translation>copy-to-storage nimmt --dataset ID oder --datafile ID, und --to ORDNER.</translation>
    </message>
    <message>
        <source>copy-to-storage needs --dataset ID or --datafile ID.</source>
        <translation>copy-to-storage braucht --dataset ID oder --datafile ID.</translation>
    </message>
    <message numerus="yes">
        <source>Copying %n file(s) into %1</source>
        <translation>
            <numerusform>%n Datei wird nach %1 kopiert</numerusform>
            <numerusform>%n Dateien werden nach %1 kopiert</numerusform>
        </translation>
    </message>
    <message>
        <source>DAaaS Desktop on the command line.

Commands:
  facility add ADDRESS|FILE               a facility&apos;s profile: from https://HOST/.well-known/
                                          daas-facility.json (ADDRESS may be just HOST), or a file
  facility list | remove ID | refresh ID  (refresh: from its address again)
  login [--authenticator A] --user U [--password-stdin]
  whoami | logout
  investigations [--filter TEXT] [--limit N]
  datasets INVESTIGATION_ID [--filter TEXT] [--limit N]
  datafiles DATASET_ID [--filter TEXT] [--limit N]
  download (--datafile ID | --dataset ID | --investigation ID) --to FOLDER
  upload FILE --dataset ID --format-id ID
  env templates | list                    analysis environments (--json)
  env launch NAME --template ID | delete ID
  env wait ID [--timeout S]               until its desktop answers (default 600 s)
  env console ID [--protocol vnc|rdp] [--show-password]
                                          where its desktop is (host:port or URL)
  env rdp-file ID [--output FILE]         a .rdp file for the system&apos;s RDP client
  (env: --user U, else the user of &apos;daas login&apos;; the password from DAAS_CLOUD_PASSWORD,
  the keychain or a prompt)
  ls [PATH] | get REMOTE [LOCAL] | put LOCAL... REMOTE   (storage; --overwrite)
  mkdir PATH... | rm PATH... [--recursive] | mv FROM TO | cp FROM TO
  copy-to-storage (--dataset ID | --datafile ID)... [--to FOLDER] [--overwrite]
                                          from the catalogue into the storage (default
                                          folder: datasets), without a local copy
  (storage: --user, DAAS_STORAGE_USER or the one &apos;daas login&apos; kept; the password from
  DAAS_STORAGE_PASSWORD, the keychain (&apos;daas login&apos;) or a prompt)
  jobs partitions | list [--all] | templates   the batch cluster (--json)
  jobs submit (SCRIPT|- | --template T [--param NAME=VALUE]...) [--name N] [--partition P]
       [--cpus N] [--memory MB] [--time MIN] [--workdir DIR] [--hold]   prints the job id
  jobs show ID | cancel ID | hold ID | release ID
  jobs output ID [--errors] [--follow]    its output file (--follow: until the job ends)
  jobs wait ID [--timeout S]              until it ends: exit 0 if it completed, 6 if not

Exit codes: 0 ok, 1 usage, 2 sign-in or session, 3 not found or not allowed,
4 network or server, 5 local file or unsafe path, 6 the job did not complete.</source>
        <translation>DAaaS Desktop auf der Kommandozeile.

Befehle:
  facility add ADRESSE|DATEI              Profil einer Facility: von https://HOST/.well-known/
                                          daas-facility.json (ADRESSE darf nur HOST sein), oder Datei
  facility list | remove ID | refresh ID  (refresh: erneut von ihrer Adresse)
  login [--authenticator A] --user U [--password-stdin]
  whoami | logout
  investigations [--filter TEXT] [--limit N]
  datasets INVESTIGATION_ID [--filter TEXT] [--limit N]
  datafiles DATASET_ID [--filter TEXT] [--limit N]
  download (--datafile ID | --dataset ID | --investigation ID) --to ORDNER
  upload DATEI --dataset ID --format-id ID
  env templates | list                    Analyseumgebungen (--json)
  env launch NAME --template ID | delete ID
  env wait ID [--timeout S]               bis ihr Desktop antwortet (Standard 600 s)
  env console ID [--protocol vnc|rdp] [--show-password]
                                          wo ihr Desktop ist (host:port oder URL)
  env rdp-file ID [--output DATEI]        eine .rdp-Datei für den RDP-Client des Systems
  (env: --user U, sonst der Benutzer von „daas login“; das Passwort aus DAAS_CLOUD_PASSWORD,
  dem Schlüsselbund oder einer Abfrage)
  ls [PATH] | get REMOTE [LOCAL] | put LOCAL... REMOTE   (Speicher; --overwrite)
  mkdir PATH... | rm PATH... [--recursive] | mv FROM TO | cp FROM TO
  copy-to-storage (--dataset ID | --datafile ID)... [--to ORDNER] [--overwrite]
                                          aus dem Katalog in den Speicher (Standardordner:
                                          datasets), ohne lokale Kopie
  (Speicher: --user, DAAS_STORAGE_USER oder der von „daas login“ aufbewahrte; das Passwort aus
  DAAS_STORAGE_PASSWORD, dem Schlüsselbund („daas login“) oder einer Abfrage)
  jobs partitions | list [--all] | templates   der Rechencluster (--json)
  jobs submit (SKRIPT|- | --template T [--param NAME=VALUE]...) [--name N] [--partition P]
       [--cpus N] [--memory MB] [--time MIN] [--workdir DIR] [--hold]   gibt die Job-Kennung aus
  jobs show ID | cancel ID | hold ID | release ID
  jobs output ID [--errors] [--follow]    seine Ausgabedatei (--follow: bis der Job endet)
  jobs wait ID [--timeout S]              bis er endet: Exit 0, wenn abgeschlossen, sonst 6

Exit-Codes: 0 OK, 1 Aufruf, 2 Anmeldung oder Sitzung, 3 nicht gefunden oder nicht erlaubt,
4 Netzwerk oder Server, 5 lokale Datei oder unsicherer Pfad, 6 Job nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>A facility profile file, the id of a facility you added, or &apos;demo&apos;.</source>
        <translation>Eine Facility-Profildatei, die Kennung einer hinzugefügten Facility oder „demo“.</translation>
    </message>
    <message>
        <source>facility add: trust the server&apos;s certificate if its SHA-256 fingerprint is this one.</source>
        <translation>facility add: dem Zertifikat des Servers vertrauen, wenn sein SHA-256-Fingerabdruck dieser ist.</translation>
    </message>
    <message>
        <source>No facility is configured. Add yours with &apos;daas facility add ADDRESS&apos;, give --facility with a profile file, or start the demo with &apos;packaging/dev run&apos;.</source>
        <translation>Es ist keine Facility eingerichtet. Fügen Sie Ihre mit „daas facility add ADRESSE“ hinzu, geben Sie --facility mit einer Profildatei an oder starten Sie die Demo mit „packaging/dev run“.</translation>
    </message>
    <message>
        <source>There is no datafile %1 in the catalogue, or you are not allowed to see it.</source>
        <translation>Die Datei %1 gibt es im Katalog nicht, oder Sie dürfen sie nicht sehen.</translation>
    </message>
    <message>
        <source>There is no dataset %1 in the catalogue, or you are not allowed to see it.</source>
        <translation>Den Datensatz %1 gibt es im Katalog nicht, oder Sie dürfen ihn nicht sehen.</translation>
    </message>
    <message>
        <source>There is no investigation %1 in the catalogue, or you are not allowed to see it.</source>
        <translation>Das Experiment %1 gibt es im Katalog nicht, oder Sie dürfen es nicht sehen.</translation>
    </message>
    <message>
        <source>No password for %1: run &apos;daas login&apos;, set DAAS_CLOUD_PASSWORD or run on a terminal.</source>
        <translation>Kein Passwort für %1: Führen Sie „daas login“ aus, setzen Sie DAAS_CLOUD_PASSWORD oder starten Sie den Befehl in einem Terminal.</translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation>%1 (Kennung %2)</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>The certificate of %1 (port %2) is not trusted: %3</source>
        <translation>Dem Zertifikat von %1 (Port %2) wird nicht vertraut: %3</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Ausgestellt für: %1</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>Ausgestellt von: %1</translation>
    </message>
    <message>
        <source>Valid: %1 to %2</source>
        <translation>Gültig: %1 bis %2</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>SHA-256-Fingerabdruck: %1</translation>
    </message>
    <message>
        <source>The certificate&apos;s fingerprint is not the one given with --trust-certificate, so it is not trusted.</source>
        <translation>Der Fingerabdruck des Zertifikats ist nicht der mit --trust-certificate angegebene, daher wird dem Zertifikat nicht vertraut.</translation>
    </message>
    <message>
        <source>Trust it only if your facility confirms this fingerprint.</source>
        <translation>Vertrauen Sie ihm nur, wenn Ihre Facility diesen Fingerabdruck bestätigt.</translation>
    </message>
    <message>
        <source>Run on a terminal to decide, or give --trust-certificate FINGERPRINT.</source>
        <translation>Starten Sie den Befehl in einem Terminal, um zu entscheiden, oder geben Sie --trust-certificate FINGERABDRUCK an.</translation>
    </message>
    <message>
        <source>Add this facility (yes/no)? </source>
        <translation>Diese Facility hinzufügen (yes/no)? </translation>
    </message>
    <message>
        <source>Nothing was added.</source>
        <translation>Nichts wurde hinzugefügt.</translation>
    </message>
    <message>
        <source>Added %1; use it with --facility %2 or &apos;daas login --facility %2&apos;.</source>
        <translation>%1 hinzugefügt; verwenden Sie sie mit --facility %2 oder „daas login --facility %2“.</translation>
    </message>
    <message>
        <source>local demo</source>
        <translation>lokale Demo</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>No facility is known yet; add yours with &apos;daas facility add ADDRESS&apos;.</source>
        <translation>Es ist noch keine Facility bekannt; fügen Sie Ihre mit „daas facility add ADRESSE“ hinzu.</translation>
    </message>
    <message>
        <source>CATALOGUE</source>
        <translation>KATALOG</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>QUELLE</translation>
    </message>
    <message>
        <source>&apos;daas facility&apos; needs one of: %1.</source>
        <translation>„daas facility“ braucht eines von: %1.</translation>
    </message>
    <message>
        <source>There is no &apos;daas facility %1&apos;; use one of: %2.</source>
        <translation>Es gibt kein „daas facility %1“; verwenden Sie eines von: %2.</translation>
    </message>
    <message>
        <source>&apos;daas facility list&apos; takes no argument.</source>
        <translation>„daas facility list“ nimmt kein Argument.</translation>
    </message>
    <message>
        <source>&apos;daas facility add&apos; needs an address or a profile file.</source>
        <translation>„daas facility add“ braucht eine Adresse oder eine Profildatei.</translation>
    </message>
    <message>
        <source>&apos;daas facility %1&apos; needs a facility id.</source>
        <translation>„daas facility %1“ braucht die Kennung einer Facility.</translation>
    </message>
    <message>
        <source>--trust-certificate goes with &apos;daas facility add&apos; or &apos;refresh&apos;.</source>
        <translation>--trust-certificate gehört zu „daas facility add“ oder „refresh“.</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 entfernt.</translation>
    </message>
    <message>
        <source>The facility “%1” was not added from an address, so it cannot be refreshed; &apos;daas facility list&apos; shows where each came from.</source>
        <translation>Die Facility „%1“ wurde nicht von einer Adresse hinzugefügt und kann daher nicht aktualisiert werden; „daas facility list“ zeigt, woher jede stammt.</translation>
    </message>
    <message>
        <source>The facility is restoring these files from tape; waiting until they are online (Ctrl+C stops).</source>
        <translation>Die Facility holt diese Dateien vom Band zurück; es wird gewartet, bis sie online sind (Strg+C bricht ab).</translation>
    </message>
    <message>
        <source>still restoring from tape (%1 so far)</source>
        <translation>wird noch vom Band zurückgeholt (bisher %1)</translation>
    </message>
    <message>
        <source>Job %1 has not started yet, so it has written nothing; add --follow to wait for its output.</source>
        <translation>Job %1 wurde noch nicht gestartet und hat daher nichts geschrieben; mit --follow wird auf seine Ausgabe gewartet.</translation>
    </message>
    <message>
        <source>There is nothing at %1 on the storage server.</source>
        <translation>Auf dem Speicherserver gibt es nichts unter %1.</translation>
    </message>
</context>
<context>
    <name>daas::cloud</name>
    <message>
        <source>OpenNebula sent an answer that could not be read.</source>
        <translation>OpenNebula schickte eine Antwort, die nicht gelesen werden konnte.</translation>
    </message>
    <message>
        <source>%1 offers no analysis environments.</source>
        <translation>%1 bietet keine Analyseumgebungen an.</translation>
    </message>
    <message>
        <source>The cloud sent a document that could not be read.</source>
        <translation>Die Cloud schickte ein Dokument, das nicht gelesen werden konnte.</translation>
    </message>
</context>
<context>
    <name>daas::cloud::DesktopConnector</name>
    <message>
        <source>This environment&apos;s desktop cannot be reached with %1.</source>
        <translation>Der Desktop dieser Umgebung ist mit %1 nicht erreichbar.</translation>
    </message>
</context>
<context>
    <name>daas::cloud::DesktopProbe</name>
    <message>
        <source>The desktop at %1 did not answer.</source>
        <translation>Der Desktop unter %1 hat nicht geantwortet.</translation>
    </message>
    <message>
        <source>The desktop at %1 does not answer yet.</source>
        <translation>Der Desktop unter %1 antwortet noch nicht.</translation>
    </message>
    <message>
        <source>The desktop behind %1 does not answer yet.</source>
        <translation>Der Desktop hinter %1 antwortet noch nicht.</translation>
    </message>
    <message>
        <source>The environment has no console address.</source>
        <translation>Die Umgebung hat keine Konsolenadresse.</translation>
    </message>
    <message>
        <source>Something other than a remote desktop answers at %1.</source>
        <translation>Unter %1 antwortet etwas anderes als ein entfernter Desktop.</translation>
    </message>
    <message>
        <source>The environment offers no RDP desktop.</source>
        <translation>Die Umgebung bietet keinen RDP-Desktop an.</translation>
    </message>
</context>
<context>
    <name>daas::cloud::EnvironmentWatcher</name>
    <message>
        <source>The cloud connection was closed.</source>
        <translation>Die Verbindung zur Cloud wurde geschlossen.</translation>
    </message>
    <message>
        <source>The environment “%1” failed to start. Remove it and launch a new one; if it fails again, contact the facility&apos;s support.</source>
        <translation>Die Umgebung „%1“ konnte nicht starten. Entfernen Sie sie und starten Sie eine neue; scheitert auch diese, wenden Sie sich an den Support der Facility.</translation>
    </message>
    <message>
        <source>The environment “%1” has been removed.</source>
        <translation>Die Umgebung „%1“ wurde entfernt.</translation>
    </message>
    <message>
        <source>The environment “%1” is switched off. Resume it to use its desktop.</source>
        <translation>Die Umgebung „%1“ ist ausgeschaltet. Setzen Sie sie fort, um ihren Desktop zu nutzen.</translation>
    </message>
    <message numerus="yes">
        <source>The environment “%1” is running but its desktop did not answer within %n minute(s). Try again later, or remove it and launch a new one.</source>
        <translation>
            <numerusform>Die Umgebung „%1“ läuft, aber ihr Desktop hat nicht innerhalb von %n Minute geantwortet. Versuchen Sie es später erneut, oder entfernen Sie sie und starten Sie eine neue.</numerusform>
            <numerusform>Die Umgebung „%1“ läuft, aber ihr Desktop hat nicht innerhalb von %n Minuten geantwortet. Versuchen Sie es später erneut, oder entfernen Sie sie und starten Sie eine neue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The environment “%1” did not start within %n minute(s). The cloud may be busy: try again later, or remove it and launch a new one.</source>
        <translation>
            <numerusform>Die Umgebung „%1“ ist nicht innerhalb von %n Minute gestartet. Die Cloud ist vielleicht ausgelastet: Versuchen Sie es später erneut, oder entfernen Sie sie und starten Sie eine neue.</numerusform>
            <numerusform>Die Umgebung „%1“ ist nicht innerhalb von %n Minuten gestartet. Die Cloud ist vielleicht ausgelastet: Versuchen Sie es später erneut, oder entfernen Sie sie und starten Sie eine neue.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>daas::cloud::OpenNebulaProvider</name>
    <message>
        <source>OpenNebula</source>
        <translation>OpenNebula</translation>
    </message>
    <message>
        <source>OpenNebula refused the request. This OpenNebula version may not be supported.</source>
        <translation>OpenNebula hat die Anfrage abgelehnt. Diese OpenNebula-Version wird vielleicht nicht unterstützt.</translation>
    </message>
    <message>
        <source>OpenNebula no longer accepts your session. Sign in again.</source>
        <translation>OpenNebula akzeptiert Ihre Sitzung nicht mehr. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an OpenNebula machine id.</source>
        <translation>„%1“ ist keine Kennung einer OpenNebula-Maschine.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an OpenNebula template.</source>
        <translation>„%1“ ist keine OpenNebula-Vorlage.</translation>
    </message>
</context>
<context>
    <name>daas::cloud::OpenStackProvider</name>
    <message>
        <source>OpenStack did not accept your credentials. Check them, or create a new application credential if yours has expired.</source>
        <translation>OpenStack hat Ihre Anmeldedaten nicht akzeptiert. Prüfen Sie sie, oder legen Sie neue Anwendungs-Zugangsdaten an, falls Ihre abgelaufen sind.</translation>
    </message>
    <message>
        <source>The OpenStack identity service gave no token.</source>
        <translation>Der OpenStack-Identitätsdienst gab kein Token.</translation>
    </message>
    <message>
        <source>OpenStack image service</source>
        <translation>OpenStack-Abbilddienst</translation>
    </message>
    <message>
        <source>OpenStack compute service</source>
        <translation>OpenStack-Rechendienst</translation>
    </message>
    <message>
        <source>%1 refused the request; the image or flavour may no longer exist. Refresh the list and try again.</source>
        <translation>%1 hat die Anfrage abgelehnt; das Abbild oder die Ausstattung gibt es vielleicht nicht mehr. Aktualisieren Sie die Liste und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The machine cannot do this in its current state. Wait until it has finished what it is doing and try again.</source>
        <translation>Die Maschine kann das in ihrem jetzigen Zustand nicht. Warten Sie, bis sie fertig ist, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 refused: your project&apos;s quota does not allow this. Remove a machine or ask the facility&apos;s support.</source>
        <translation>%1 hat abgelehnt: Das Kontingent Ihres Projekts lässt das nicht zu. Entfernen Sie eine Maschine oder fragen Sie den Support der Facility.</translation>
    </message>
    <message>
        <source>This OpenStack cloud offers no %1 service in your project.</source>
        <translation>Diese OpenStack-Cloud bietet in Ihrem Projekt keinen Dienst „%1“ an.</translation>
    </message>
    <message>
        <source>OpenStack pointed to another server.</source>
        <translation>OpenStack verwies auf einen anderen Server.</translation>
    </message>
    <message>
        <source>OpenStack no longer accepts your session. Sign in again.</source>
        <translation>OpenStack akzeptiert Ihre Sitzung nicht mehr. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>OpenStack sent an answer that could not be read.</source>
        <translation>OpenStack schickte eine Antwort, die nicht gelesen werden konnte.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an OpenStack image and flavour.</source>
        <translation>„%1“ ist kein OpenStack-Abbild mit Ausstattung.</translation>
    </message>
    <message>
        <source>Your OpenStack account is not a member of any project, so it cannot run machines. Ask the facility&apos;s support to add you to a project.</source>
        <translation>Ihr OpenStack-Konto ist in keinem Projekt Mitglied und kann daher keine Maschinen betreiben. Bitten Sie den Support der Facility, Sie einem Projekt hinzuzufügen.</translation>
    </message>
    <message>
        <source>Your OpenStack account belongs to several projects (%1), and the facility profile does not say which one to use. Ask the facility for a profile that names the project (&quot;cloud&quot;: {&quot;project&quot;: …}).</source>
        <translation>Ihr OpenStack-Konto gehört zu mehreren Projekten (%1), und das Facility-Profil gibt nicht an, welches davon verwendet werden soll. Bitten Sie die Facility um ein Profil, das das Projekt nennt (&quot;cloud&quot;: {&quot;project&quot;: …}).</translation>
    </message>
    <message>
        <source>The OpenStack identity service gave a token for no project, which cannot run machines.</source>
        <translation>Der OpenStack-Identitätsdienst gab ein Token ohne Projekt, mit dem sich keine Maschinen betreiben lassen.</translation>
    </message>
    <message>
        <source>This cloud&apos;s OpenStack compute service is too old for this program, which needs microversion %1 or later.</source>
        <translation>Der OpenStack-Rechendienst dieser Cloud ist zu alt für dieses Programm, das Microversion %1 oder neuer braucht.</translation>
    </message>
    <message>
        <source>%1 does not have this machine or image (any more).</source>
        <translation>%1 hat diese Maschine oder dieses Abbild nicht (mehr).</translation>
    </message>
</context>
<context>
    <name>daas::cloud::XmlRpc</name>
    <message>
        <source>The cloud service sent an answer that could not be read.</source>
        <translation>Der Cloud-Dienst schickte eine Antwort, die nicht gelesen werden konnte.</translation>
    </message>
</context>
<context>
    <name>daas::cloud::opennebula</name>
    <message>
        <source>OpenNebula did not accept the user name and password. Check them and sign in again.</source>
        <translation>OpenNebula hat Benutzername und Passwort nicht akzeptiert. Prüfen Sie sie und melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>OpenNebula does not allow you to do this. Ask the facility&apos;s support for access.</source>
        <translation>OpenNebula erlaubt Ihnen das nicht. Bitten Sie den Support der Facility um Zugang.</translation>
    </message>
    <message>
        <source>The machine cannot do this in its current state. Wait until it has finished what it is doing and try again.</source>
        <translation>Die Maschine kann das in ihrem jetzigen Zustand nicht. Warten Sie, bis sie fertig ist, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The machine is locked by an administrator. Try again later or ask the facility&apos;s support.</source>
        <translation>Die Maschine ist von einem Administrator gesperrt. Versuchen Sie es später erneut oder fragen Sie den Support der Facility.</translation>
    </message>
    <message>
        <source>OpenNebula has no room for this machine now (quota or capacity). Try a smaller template or later.</source>
        <translation>OpenNebula hat gerade keinen Platz für diese Maschine (Kontingent oder Kapazität). Versuchen Sie eine kleinere Vorlage oder später.</translation>
    </message>
    <message>
        <source>OpenNebula did not understand the request. This OpenNebula version may not be supported.</source>
        <translation>OpenNebula hat die Anfrage nicht verstanden. Diese OpenNebula-Version wird vielleicht nicht unterstützt.</translation>
    </message>
    <message>
        <source>OpenNebula reported an internal error. Try again later.</source>
        <translation>OpenNebula meldete einen internen Fehler. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The machine %1 has not been placed on a host yet. Wait until it is running.</source>
        <translation>Die Maschine %1 wurde noch keinem Host zugewiesen. Warten Sie, bis sie läuft.</translation>
    </message>
    <message>
        <source>The machine %1 has no VNC or RDP desktop. Ask the facility&apos;s support to enable one in its template.</source>
        <translation>Die Maschine %1 hat keinen VNC- oder RDP-Desktop. Bitten Sie den Support der Facility, einen in ihrer Vorlage einzurichten.</translation>
    </message>
    <message>
        <source>OpenNebula does not have this machine or template (any more).</source>
        <translation>OpenNebula hat diese Maschine oder Vorlage nicht (mehr).</translation>
    </message>
</context>
<context>
    <name>daas::cloud::openstack</name>
    <message>
        <source>The OpenStack identity service sent an answer that could not be read.</source>
        <translation>Der OpenStack-Identitätsdienst schickte eine Antwort, die nicht gelesen werden konnte.</translation>
    </message>
    <message>
        <source>OpenStack gave a console address that could not be used.</source>
        <translation>OpenStack gab eine Konsolenadresse, die nicht verwendet werden konnte.</translation>
    </message>
</context>
<context>
    <name>daas::facility</name>
    <message>
        <source>The facility profile is not valid: %1: %2</source>
        <translation>Das Facility-Profil ist ungültig: %1: %2</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>must be an object with a &quot;url&quot;</source>
        <translation>muss ein Objekt mit einer „url“ sein</translation>
    </message>
    <message>
        <source>must be an http or https URL</source>
        <translation>muss eine http- oder https-URL sein</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>muss eines von %1 sein</translation>
    </message>
    <message>
        <source>is not a known field (a typo?)</source>
        <translation>ist kein bekanntes Feld (ein Tippfehler?)</translation>
    </message>
    <message>
        <source>must be a text</source>
        <translation>muss ein Text sein</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>The archive %1 holds an unsafe entry “%2”, so nothing of it was imported.</source>
        <translation>Das Archiv %1 enthält den unsicheren Eintrag „%2“, daher wurde nichts daraus importiert.</translation>
    </message>
    <message>
        <source>The facility profile could not be saved.</source>
        <translation>Das Facility-Profil konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>may hold {user} only in its path</source>
        <translation>darf {user} nur im Pfad enthalten</translation>
    </message>
</context>
<context>
    <name>daas::facility::FacilityFetch</name>
    <message>
        <source>Type the address of your facility&apos;s profile.</source>
        <translation>Geben Sie die Adresse des Profils Ihrer Facility ein.</translation>
    </message>
    <message>
        <source>“%1” is not an address of a facility profile.</source>
        <translation>„%1“ ist keine Adresse eines Facility-Profils.</translation>
    </message>
    <message>
        <source>The profile must come over a secure connection: give an https:// address.</source>
        <translation>Das Profil muss über eine sichere Verbindung kommen: Geben Sie eine https://-Adresse an.</translation>
    </message>
    <message>
        <source>Give the profile&apos;s address without a user name or password in it.</source>
        <translation>Geben Sie die Adresse des Profils ohne Benutzernamen oder Passwort darin an.</translation>
    </message>
    <message>
        <source>Catalogue (ICAT): %1</source>
        <translation>Katalog (ICAT): %1</translation>
    </message>
    <message>
        <source>Data service (IDS): %1</source>
        <translation>Datendienst (IDS): %1</translation>
    </message>
    <message>
        <source>Analysis environments (%1): %2</source>
        <translation>Analyseumgebungen (%1): %2</translation>
    </message>
    <message>
        <source>Storage (WebDAV): %1</source>
        <translation>Speicher (WebDAV): %1</translation>
    </message>
    <message>
        <source>Batch cluster (%1): %2</source>
        <translation>Rechencluster (%1): %2</translation>
    </message>
    <message>
        <source>The answer from %1 is too large to be a facility profile.</source>
        <translation>Die Antwort von %1 ist zu groß für ein Facility-Profil.</translation>
    </message>
    <message>
        <source>%1 sent the profile&apos;s address on to %2, which is not a secure (https) address, so it was not followed.</source>
        <translation>%1 hat die Adresse des Profils an %2 weitergeleitet, die keine sichere (https-)Adresse ist; der Weiterleitung wurde daher nicht gefolgt.</translation>
    </message>
    <message>
        <source>%1 sent the profile&apos;s address on too many times.</source>
        <translation>%1 hat die Adresse des Profils zu oft weitergeleitet.</translation>
    </message>
    <message>
        <source>The facility profile could not be fetched from %1: %2</source>
        <translation>Das Facility-Profil konnte nicht von %1 abgerufen werden: %2</translation>
    </message>
    <message>
        <source>%1 did not give a valid facility profile: %2</source>
        <translation>%1 lieferte kein gültiges Facility-Profil: %2</translation>
    </message>
    <message>
        <source>The facility profile is not valid: id: “demo” is kept for the local demo facility</source>
        <translation>Das Facility-Profil ist ungültig: id: „demo“ ist der lokalen Demo-Facility vorbehalten</translation>
    </message>
</context>
<context>
    <name>daas::facility::FacilityProfile</name>
    <message>
        <source>must be a JSON object</source>
        <translation>muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>may hold only letters, digits, &apos;-&apos; and &apos;_&apos;</source>
        <translation>darf nur Buchstaben, Ziffern, „-“ und „_“ enthalten</translation>
    </message>
    <message>
        <source>The facility profile %1 could not be read.</source>
        <translation>Das Facility-Profil %1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The facility profile is not valid JSON (line %1, column %2): %3</source>
        <translation>Das Facility-Profil ist kein gültiges JSON (Zeile %1, Spalte %2): %3</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>is longer than 64 characters</source>
        <translation>ist länger als 64 Zeichen</translation>
    </message>
    <message>
        <source>The facility profile %1 is too large to be one.</source>
        <translation>Die Datei %1 ist zu groß für ein Facility-Profil.</translation>
    </message>
    <message>
        <source>must be an %1 URL</source>
        <translation>muss eine URL vom Typ %1 sein</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>is only used with the type slurm-rest</source>
        <translation>wird nur beim Typ slurm-rest verwendet</translation>
    </message>
    <message>
        <source>must be an absolute path on the cluster</source>
        <translation>muss ein absoluter Pfad auf dem Cluster sein</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>is for OpenStack clouds only</source>
        <translation>gilt nur für OpenStack-Clouds</translation>
    </message>
    <message>
        <source>must be a text that is not empty</source>
        <translation>muss ein nicht leerer Text sein</translation>
    </message>
    <message>
        <source>must be a host name with an optional :port</source>
        <translation>muss ein Rechnername mit optionalem :Port sein</translation>
    </message>
</context>
<context>
    <name>daas::facility::FacilityRegistry</name>
    <message>
        <source>The local demo facility is not running. Start it with “packaging/dev run”.</source>
        <translation>Die lokale Demo-Facility läuft nicht. Starten Sie sie mit „packaging/dev run“.</translation>
    </message>
    <message>
        <source>The facility profile %1 could not be read.</source>
        <translation>Das Facility-Profil %1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The facility profile %1 is too large to be one.</source>
        <translation>Die Datei %1 ist zu groß für ein Facility-Profil.</translation>
    </message>
    <message>
        <source>%1 is not a facility profile: choose a .json file or a .zip or .tar.gz archive.</source>
        <translation>%1 ist kein Facility-Profil: Wählen Sie eine .json-Datei oder ein .zip- oder .tar.gz-Archiv.</translation>
    </message>
    <message>
        <source>The facility profile is not valid: id: “demo” is kept for the local demo facility</source>
        <translation>Das Facility-Profil ist ungültig: id: „demo“ ist der lokalen Demo-Facility vorbehalten</translation>
    </message>
    <message>
        <source>certs/%1 in %2 is not a PEM certificate.</source>
        <translation>certs/%1 in %2 ist kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>There is no imported facility “%1”.</source>
        <translation>Es gibt keine importierte Facility „%1“.</translation>
    </message>
    <message>
        <source>The imported facility “%1” could not be removed.</source>
        <translation>Die importierte Facility „%1“ konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Give the archive a name ending in .zip or .tar.gz.</source>
        <translation>Geben Sie dem Archiv einen Namen, der auf .zip oder .tar.gz endet.</translation>
    </message>
    <message>
        <source>The facility profile could not be exported to %1.</source>
        <translation>Das Facility-Profil konnte nicht nach %1 exportiert werden.</translation>
    </message>
    <message>
        <source>The facility you chose, “%1”, cannot be used: %2 The local demo facility is used instead; choose your facility again.</source>
        <translation>Die gewählte Facility „%1“ kann nicht verwendet werden: %2 Stattdessen wird die lokale Demo-Facility verwendet; wählen Sie Ihre Facility erneut.</translation>
    </message>
    <message>
        <source>The facility you chose, “%1”, cannot be used: %2 Choose your facility again.</source>
        <translation>Die gewählte Facility „%1“ kann nicht verwendet werden: %2 Wählen Sie Ihre Facility erneut.</translation>
    </message>
    <message>
        <source>There is no facility “%1”: give a profile file or the id of one you added (daas facility list).</source>
        <translation>Es gibt keine Facility „%1“: Geben Sie eine Profildatei oder die Kennung einer hinzugefügten Facility an (daas facility list).</translation>
    </message>
</context>
<context>
    <name>daas::facility::ProfileArchive</name>
    <message>
        <source>The archive %1 holds an unsafe entry “%2”, so nothing of it was imported.</source>
        <translation>Das Archiv %1 enthält den unsicheren Eintrag „%2“, daher wurde nichts daraus importiert.</translation>
    </message>
    <message>
        <source>The archive %1 unpacks to more than %2 times its packed size (a ZIP bomb?), so nothing of it was imported.</source>
        <translation>Das Archiv %1 entpackt sich auf mehr als das %2-Fache seiner gepackten Größe (eine ZIP-Bombe?), daher wurde nichts daraus importiert.</translation>
    </message>
    <message>
        <source>The archive %1 unpacks to more than %2, far more than a facility profile holds, so nothing of it was imported.</source>
        <translation>Das Archiv %1 entpackt sich auf mehr als %2, weit mehr, als ein Facility-Profil enthält, daher wurde nichts daraus importiert.</translation>
    </message>
    <message>
        <source>%1 could not be read as a facility profile archive (.zip or .tar.gz).</source>
        <translation>%1 konnte nicht als Archiv eines Facility-Profils (.zip oder .tar.gz) gelesen werden.</translation>
    </message>
    <message>
        <source>The archive %1 holds no facility.json.</source>
        <translation>Das Archiv %1 enthält keine facility.json.</translation>
    </message>
    <message>
        <source>The archive %1 holds too many files to be a facility profile.</source>
        <translation>Das Archiv %1 enthält zu viele Dateien für ein Facility-Profil.</translation>
    </message>
    <message>
        <source>The facility.json in %1 is too large to be a profile.</source>
        <translation>Die facility.json in %1 ist zu groß für ein Profil.</translation>
    </message>
    <message>
        <source>The certificate %1 in %2 is too large.</source>
        <translation>Das Zertifikat %1 in %2 ist zu groß.</translation>
    </message>
</context>
<context>
    <name>daas::identity</name>
    <message>
        <source>Nothing is saved in the keychain for this account.</source>
        <translation>Für dieses Konto ist im Schlüsselbund nichts gespeichert.</translation>
    </message>
    <message>
        <source>The keychain did not allow access.</source>
        <translation>Der Schlüsselbund hat den Zugriff nicht erlaubt.</translation>
    </message>
    <message>
        <source>No keychain is available on this computer, so the password cannot be remembered.</source>
        <translation>Auf diesem Computer ist kein Schlüsselbund verfügbar, daher kann das Passwort nicht gemerkt werden.</translation>
    </message>
    <message>
        <source>The keychain reported an error.</source>
        <translation>Der Schlüsselbund meldete einen Fehler.</translation>
    </message>
    <message>
        <source>The data service</source>
        <translation>Der Datendienst</translation>
    </message>
    <message>
        <source>The catalogue</source>
        <translation>Der Katalog</translation>
    </message>
    <message>
        <source>%1 gave an answer that could not be read.</source>
        <translation>%1 gab eine Antwort, die nicht gelesen werden konnte.</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>You are not allowed to see this.</source>
        <translation>Sie dürfen das nicht sehen.</translation>
    </message>
    <message>
        <source>Something with this name already exists there.</source>
        <translation>Dort gibt es schon etwas mit diesem Namen.</translation>
    </message>
    <message>
        <source>%1 did not understand the request.</source>
        <translation>%1 hat die Anfrage nicht verstanden.</translation>
    </message>
    <message>
        <source>%1 refused the request: %2</source>
        <translation>%1 hat die Anfrage abgelehnt: %2</translation>
    </message>
    <message>
        <source>The data is being restored from the archive. Try again later.</source>
        <translation>Die Daten werden aus dem Archiv wiederhergestellt. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>%1 does not support this.</source>
        <translation>%1 unterstützt das nicht.</translation>
    </message>
    <message>
        <source>%1 reported an internal error.</source>
        <translation>%1 meldete einen internen Fehler.</translation>
    </message>
    <message>
        <source>No keychain service is running or answering on this computer (a Secret Service such as gnome-keyring or KWallet), so nothing can be kept in it. Start one and try again.</source>
        <translation>Auf diesem Computer läuft oder antwortet kein Schlüsselbunddienst (ein Secret Service wie gnome-keyring oder KWallet), daher kann nichts darin aufbewahrt werden. Starten Sie einen und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>It does not exist in the catalogue (or it was removed).</source>
        <translation>Es ist im Katalog nicht vorhanden (oder wurde entfernt).</translation>
    </message>
    <message>
        <source>The data service has no such data, or you are not allowed to see it.</source>
        <translation>Der Datendienst hat diese Daten nicht, oder Sie dürfen sie nicht sehen.</translation>
    </message>
    <message>
        <source>Some of your files on this computer could not be removed: %1</source>
        <translation>Einige Ihrer Dateien auf diesem Computer konnten nicht entfernt werden: %1</translation>
    </message>
</context>
<context>
    <name>daas::identity::IcatProperties</name>
    <message>
        <source>The catalogue gave an answer that could not be read.</source>
        <translation>Der Katalog gab eine Antwort, die nicht gelesen werden konnte.</translation>
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
        <translation>Der Katalog gab eine Antwort, die nicht gelesen werden konnte.</translation>
    </message>
    <message>
        <source>You are signed out, so this could not be done.</source>
        <translation>Sie sind abgemeldet, daher konnte das nicht ausgeführt werden.</translation>
    </message>
</context>
<context>
    <name>daas::jobs::BatchJob</name>
    <message>
        <source>Queued</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Zurückgehalten</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Laufend</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Completing</source>
        <translation>Wird abgeschlossen</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Zeitlimit überschritten</translation>
    </message>
    <message>
        <source>Out of memory</source>
        <translation>Kein Speicher mehr</translation>
    </message>
    <message>
        <source>No longer known</source>
        <translation>Nicht mehr bekannt</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Waiting for resources</source>
        <translation>Wartet auf Ressourcen</translation>
    </message>
    <message>
        <source>Waiting: jobs with a higher priority go first</source>
        <translation>Wartet: Jobs mit höherer Priorität kommen zuerst</translation>
    </message>
    <message>
        <source>Waiting for the jobs it depends on</source>
        <translation>Wartet auf die Jobs, von denen er abhängt</translation>
    </message>
    <message>
        <source>Will never start: a job it depends on failed</source>
        <translation>Startet nie: Ein Job, von dem er abhängt, ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Held by you</source>
        <translation>Von Ihnen zurückgehalten</translation>
    </message>
    <message>
        <source>Held by an administrator</source>
        <translation>Von einem Administrator zurückgehalten</translation>
    </message>
    <message>
        <source>Waiting for its start time</source>
        <translation>Wartet auf seine Startzeit</translation>
    </message>
    <message>
        <source>Waiting: the partition is down</source>
        <translation>Wartet: Die Partition ist ausgefallen</translation>
    </message>
    <message>
        <source>Waiting: the partition is inactive</source>
        <translation>Wartet: Die Partition ist inaktiv</translation>
    </message>
    <message>
        <source>Will not start: its time limit exceeds the partition&apos;s</source>
        <translation>Startet nicht: Sein Zeitlimit überschreitet das der Partition</translation>
    </message>
    <message>
        <source>Waiting: the nodes it needs are not available</source>
        <translation>Wartet: Die benötigten Knoten sind nicht verfügbar</translation>
    </message>
    <message>
        <source>Waiting: you have as many jobs running as allowed</source>
        <translation>Wartet: Sie haben so viele laufende Jobs wie erlaubt</translation>
    </message>
    <message>
        <source>Waiting: your group&apos;s CPU limit is reached</source>
        <translation>Wartet: Das CPU-Limit Ihrer Gruppe ist erreicht</translation>
    </message>
    <message>
        <source>Ended with a non-zero exit code</source>
        <translation>Mit einem Exit-Code ungleich null beendet</translation>
    </message>
    <message>
        <source>Reached its time limit</source>
        <translation>Hat sein Zeitlimit erreicht</translation>
    </message>
    <message>
        <source>Ran out of memory</source>
        <translation>Hatte keinen Speicher mehr</translation>
    </message>
    <message>
        <source>Ended by a signal</source>
        <translation>Durch ein Signal beendet</translation>
    </message>
</context>
<context>
    <name>daas::jobs::BatchProvider</name>
    <message>
        <source>Files on the cluster cannot be read through %1 here: %2</source>
        <translation>Dateien auf dem Cluster können hier nicht über %1 gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>daas::jobs::ClusterOutputReader</name>
    <message>
        <source>The cluster is no longer connected.</source>
        <translation>Der Cluster ist nicht mehr verbunden.</translation>
    </message>
</context>
<context>
    <name>daas::jobs::FixedSlurmTokenSource</name>
    <message>
        <source>The Slurm token is not one: it names no user. Get a new one with &quot;scontrol token&quot; on the cluster.</source>
        <translation>Das Slurm-Token ist keines: Es nennt keinen Benutzer. Holen Sie sich mit „scontrol token“ auf dem Cluster ein neues.</translation>
    </message>
</context>
<context>
    <name>daas::jobs::JobJournalFile</name>
    <message>
        <source>must be text</source>
        <translation>muss Text sein</translation>
    </message>
    <message>
        <source>must be a date and time (ISO 8601)</source>
        <translation>muss ein Datum mit Uhrzeit sein (ISO 8601)</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>must be a list of texts</source>
        <translation>muss eine Liste von Texten sein</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>“%1” is not a job state</source>
        <translation>„%1“ ist kein Jobstatus</translation>
    </message>
    <message>
        <source>The job history in %1 could not be read, so jobs of this session will not be kept in it. Check the file&apos;s permissions.</source>
        <translation>Der Jobverlauf in %1 konnte nicht gelesen werden, daher werden die Jobs dieser Sitzung nicht darin festgehalten. Prüfen Sie die Berechtigungen der Datei.</translation>
    </message>
    <message>
        <source>The job history in %1 was written by a newer version of DAaaS Desktop. This version leaves it as it is and does not keep this session&apos;s jobs in it.</source>
        <translation>Der Jobverlauf in %1 wurde von einer neueren Version von DAaaS Desktop geschrieben. Diese Version lässt ihn unverändert und hält die Jobs dieser Sitzung nicht darin fest.</translation>
    </message>
    <message>
        <source>The job history in %1 is damaged and could not be moved aside, so jobs of this session will not be kept in it.</source>
        <translation>Der Jobverlauf in %1 ist beschädigt und konnte nicht beiseitegelegt werden, daher werden die Jobs dieser Sitzung nicht darin festgehalten.</translation>
    </message>
    <message>
        <source>The job history was damaged (perhaps by a crash or a full disk) and could not be read. It was kept as %1 and a new history was started.</source>
        <translation>Der Jobverlauf war beschädigt (vielleicht durch einen Absturz oder einen vollen Datenträger) und konnte nicht gelesen werden. Er wurde als %1 aufbewahrt und ein neuer Verlauf wurde begonnen.</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>kein Objekt</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) of the job history could not be read and are left out. The file as it was is kept as %1.</source>
        <translation>
            <numerusform>%n Job des Jobverlaufs konnte nicht gelesen werden und wird ausgelassen. Die Datei im vorherigen Zustand wird als %1 aufbewahrt.</numerusform>
            <numerusform>%n Jobs des Jobverlaufs konnten nicht gelesen werden und werden ausgelassen. Die Datei im vorherigen Zustand wird als %1 aufbewahrt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) of the job history could not be read, and the file could not be copied aside, so jobs of this session will not be kept in it.</source>
        <translation>
            <numerusform>%n Job des Jobverlaufs konnte nicht gelesen werden, und die Datei konnte nicht beiseitekopiert werden, daher werden die Jobs dieser Sitzung nicht darin festgehalten.</numerusform>
            <numerusform>%n Jobs des Jobverlaufs konnten nicht gelesen werden, und die Datei konnte nicht beiseitekopiert werden, daher werden die Jobs dieser Sitzung nicht darin festgehalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>The job history could not be saved in %1. Check that the disk has space and that the folder can be written.</source>
        <translation>Der Jobverlauf konnte nicht in %1 gespeichert werden. Prüfen Sie, ob der Datenträger Platz hat und der Ordner beschreibbar ist.</translation>
    </message>
</context>
<context>
    <name>daas::jobs::JobTemplate</name>
    <message>
        <source>The job template cannot be used: %1</source>
        <translation>Die Jobvorlage kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>The job template in %1 cannot be used: %2</source>
        <translation>Die Jobvorlage in %1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>is larger than 1 MiB</source>
        <translation>ist größer als 1 MiB</translation>
    </message>
    <message>
        <source>is not a field of a job template (a spelling mistake?)</source>
        <translation>ist kein Feld einer Jobvorlage (ein Tippfehler?)</translation>
    </message>
    <message>
        <source>must be from %1 to %2</source>
        <translation>muss zwischen %1 und %2 liegen</translation>
    </message>
    <message>
        <source>must be one line of text, without control characters</source>
        <translation>muss eine Textzeile ohne Steuerzeichen sein</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>must be a whole number, not “%1”</source>
        <translation>muss eine ganze Zahl sein, nicht „%1“</translation>
    </message>
    <message>
        <source>must be a number, not “%1”</source>
        <translation>muss eine Zahl sein, nicht „%1“</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>muss eines von %1 sein</translation>
    </message>
    <message>
        <source>is missing or cannot be read</source>
        <translation>fehlt oder kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the file “%1” is missing or cannot be read</source>
        <translation>die Datei „%1“ fehlt oder kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the file “%1” %2</source>
        <translation>die Datei „%1“ %2</translation>
    </message>
    <message>
        <source>the file “%1” is not UTF-8 text</source>
        <translation>die Datei „%1“ ist kein UTF-8-Text</translation>
    </message>
    <message>
        <source>is not valid JSON (%1 at byte %2)</source>
        <translation>ist kein gültiges JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>must hold a JSON object</source>
        <translation>muss ein JSON-Objekt enthalten</translation>
    </message>
    <message>
        <source>must be a name that is not empty</source>
        <translation>muss ein nicht leerer Name sein</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>muss Text sein</translation>
    </message>
    <message>
        <source>must name the script file of the template</source>
        <translation>muss die Skriptdatei der Vorlage nennen</translation>
    </message>
    <message>
        <source>“%1” must be a file name in the template&apos;s folder</source>
        <translation>„%1“ muss ein Dateiname im Ordner der Vorlage sein</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>muss eine Liste sein</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>“%1” must start with a lower-case letter and hold only lower-case letters, digits and “_” (it is the script&apos;s variable name)</source>
        <translation>„%1“ muss mit einem Kleinbuchstaben beginnen und darf nur Kleinbuchstaben, Ziffern und „_“ enthalten (es ist der Variablenname im Skript)</translation>
    </message>
    <message>
        <source>“%1” is used twice</source>
        <translation>„%1“ wird zweimal verwendet</translation>
    </message>
    <message>
        <source>“%1” must be one of text, integer, number, choice, dataset, folder, file</source>
        <translation>„%1“ muss eines von text, integer, number, choice, dataset, folder, file sein</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>must list the values to choose from</source>
        <translation>muss die auswählbaren Werte auflisten</translation>
    </message>
    <message>
        <source>must be a list of texts that are not empty</source>
        <translation>muss eine Liste nicht leerer Texte sein</translation>
    </message>
    <message>
        <source>is only for parameters of type choice</source>
        <translation>gilt nur für Parameter vom Typ choice</translation>
    </message>
    <message>
        <source>is only for parameters of type integer or number</source>
        <translation>gilt nur für Parameter vom Typ integer oder number</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>muss eine Zahl sein</translation>
    </message>
    <message>
        <source>must be text or a number</source>
        <translation>muss Text oder eine Zahl sein</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>muss eine ganze Zahl zwischen %1 und %2 sein</translation>
    </message>
    <message>
        <source>must be a partition&apos;s name</source>
        <translation>muss der Name einer Partition sein</translation>
    </message>
    <message>
        <source>“%1” must start with “#!” (for example #!/bin/bash)</source>
        <translation>„%1“ muss mit „#!“ beginnen (zum Beispiel #!/bin/bash)</translation>
    </message>
    <message>
        <source>line %1: {{%2}} is not one of the template&apos;s parameters</source>
        <translation>Zeile %1: {{%2}} ist keiner der Parameter der Vorlage</translation>
    </message>
    <message>
        <source>line %1: {{%2}} cannot stand in a scheduler directive (the scheduler does not fill it in); use the template&apos;s resources</source>
        <translation>Zeile %1: {{%2}} kann nicht in einer Scheduler-Direktive stehen (der Scheduler setzt es nicht ein); verwenden Sie die Ressourcen der Vorlage</translation>
    </message>
    <message>
        <source>“%1” is not a parameter of the template “%2”.</source>
        <translation>„%1“ ist kein Parameter der Vorlage „%2“.</translation>
    </message>
    <message>
        <source>The template could not be saved in %1. Check that the disk has space and that the folder can be written.</source>
        <translation>Die Vorlage konnte nicht in %1 gespeichert werden. Prüfen Sie, ob der Datenträger Platz hat und der Ordner beschreibbar ist.</translation>
    </message>
</context>
<context>
    <name>daas::jobs::JobsSession</name>
    <message>
        <source>Making the working folder %1 in your storage…</source>
        <translation>Der Arbeitsordner %1 wird in Ihrem Speicher angelegt…</translation>
    </message>
    <message>
        <source>The job&apos;s working folder could not be made</source>
        <translation>Der Arbeitsordner des Jobs konnte nicht angelegt werden</translation>
    </message>
    <message>
        <source>Submitting…</source>
        <translation>Wird eingereicht…</translation>
    </message>
    <message>
        <source>The scheduler has not said where this job&apos;s output goes.</source>
        <translation>Der Scheduler hat nicht mitgeteilt, wohin die Ausgabe dieses Jobs geht.</translation>
    </message>
    <message>
        <source>This facility&apos;s cluster takes a Slurm token and names no token service: make one on the cluster with &apos;scontrol token&apos; and set DAAS_SLURM_TOKEN.</source>
        <translation>Der Rechencluster dieser Facility verlangt ein Slurm-Token und nennt keinen Token-Dienst: Erzeugen Sie eines auf dem Cluster mit „scontrol token“ und setzen Sie DAAS_SLURM_TOKEN.</translation>
    </message>
    <message>
        <source>This facility offers no batch cluster.</source>
        <translation>Diese Facility bietet keinen Rechencluster an.</translation>
    </message>
    <message>
        <source>The facility&apos;s batch address %1 is not an ssh://user@host address.</source>
        <translation>Die Batch-Adresse %1 der Facility ist keine ssh://user@host-Adresse.</translation>
    </message>
    <message>
        <source>This client cannot reach a %1 cluster yet.</source>
        <translation>Dieser Client kann noch keinen %1-Cluster erreichen.</translation>
    </message>
</context>
<context>
    <name>daas::jobs::Lsf</name>
    <message>
        <source>The job has no script.</source>
        <translation>Der Job hat kein Skript.</translation>
    </message>
    <message>
        <source>%1 cannot hold a line break or a double quote for LSF.</source>
        <translation>%1 darf für LSF keinen Zeilenumbruch und kein doppeltes Anführungszeichen enthalten.</translation>
    </message>
    <message>
        <source>The job name</source>
        <translation>Der Jobname</translation>
    </message>
    <message>
        <source>The queue</source>
        <translation>Die Warteschlange</translation>
    </message>
    <message>
        <source>The project</source>
        <translation>Das Projekt</translation>
    </message>
    <message>
        <source>The working folder</source>
        <translation>Der Arbeitsordner</translation>
    </message>
    <message>
        <source>The output file</source>
        <translation>Die Ausgabedatei</translation>
    </message>
    <message>
        <source>The error file</source>
        <translation>Die Fehlerdatei</translation>
    </message>
    <message>
        <source>A job needs at least one node and one core.</source>
        <translation>Ein Job braucht mindestens einen Knoten und einen Kern.</translation>
    </message>
    <message>
        <source>LSF did not accept the job.</source>
        <translation>LSF hat den Job nicht angenommen.</translation>
    </message>
    <message>
        <source>bjobs answered something that is not its JSON.</source>
        <translation>bjobs hat etwas geantwortet, das nicht sein JSON ist.</translation>
    </message>
    <message>
        <source>bjobs answered in columns the client does not know.</source>
        <translation>bjobs hat in Spalten geantwortet, die der Client nicht kennt.</translation>
    </message>
    <message>
        <source>bjobs answered a line the client cannot read.</source>
        <translation>bjobs hat eine Zeile geantwortet, die der Client nicht lesen kann.</translation>
    </message>
</context>
<context>
    <name>daas::jobs::LsfSshProvider</name>
    <message>
        <source>Asking LSF for its queues…</source>
        <translation>LSF wird nach seinen Warteschlangen gefragt…</translation>
    </message>
    <message>
        <source>LSF did not list its queues.</source>
        <translation>LSF hat seine Warteschlangen nicht aufgelistet.</translation>
    </message>
    <message>
        <source>Submitting the job to LSF…</source>
        <translation>Der Job wird bei LSF eingereicht…</translation>
    </message>
    <message>
        <source>LSF did not list the jobs.</source>
        <translation>LSF hat die Jobs nicht aufgelistet.</translation>
    </message>
    <message>
        <source>Asking LSF for your jobs…</source>
        <translation>LSF wird nach Ihren Jobs gefragt…</translation>
    </message>
    <message>
        <source>Asking LSF about job %1…</source>
        <translation>LSF wird nach Job %1 gefragt…</translation>
    </message>
    <message>
        <source>LSF does not know job %1 (any more).</source>
        <translation>LSF kennt Job %1 nicht (mehr).</translation>
    </message>
    <message>
        <source>Cancelling job %1…</source>
        <translation>Job %1 wird abgebrochen…</translation>
    </message>
    <message>
        <source>LSF did not cancel job %1.</source>
        <translation>LSF hat Job %1 nicht abgebrochen.</translation>
    </message>
    <message>
        <source>Holding job %1…</source>
        <translation>Job %1 wird zurückgehalten…</translation>
    </message>
    <message>
        <source>Releasing job %1…</source>
        <translation>Job %1 wird freigegeben…</translation>
    </message>
    <message>
        <source>LSF did not hold job %1.</source>
        <translation>LSF hat Job %1 nicht zurückgehalten.</translation>
    </message>
    <message>
        <source>LSF did not release job %1.</source>
        <translation>LSF hat Job %1 nicht freigegeben.</translation>
    </message>
</context>
<context>
    <name>daas::jobs::OutputLocation</name>
    <message>
        <source>The output file “%1” is not a full path on the cluster.</source>
        <translation>Die Ausgabedatei „%1“ ist kein vollständiger Pfad auf dem Cluster.</translation>
    </message>
    <message>
        <source>The cluster&apos;s storage folder (%1) needs a user name, and “%2” is not one.</source>
        <translation>Der Speicherordner des Clusters (%1) braucht einen Benutzernamen, und „%2“ ist keiner.</translation>
    </message>
    <message>
        <source>The facility&apos;s storage folder on the cluster (%1) is not a full path.</source>
        <translation>Der Speicherordner der Facility auf dem Cluster (%1) ist kein vollständiger Pfad.</translation>
    </message>
    <message>
        <source>The output file “%1” leaves the storage folder %2 with “..”; it is not read.</source>
        <translation>Die Ausgabedatei „%1“ verlässt den Speicherordner %2 mit „..“; sie wird nicht gelesen.</translation>
    </message>
    <message>
        <source>The output file “%1” has a name the storage cannot serve.</source>
        <translation>Die Ausgabedatei „%1“ hat einen Namen, den der Speicher nicht bereitstellen kann.</translation>
    </message>
    <message>
        <source>The output file “%1” cannot be read: it is not on the storage, and the cluster is not connected.</source>
        <translation>Die Ausgabedatei „%1“ kann nicht gelesen werden: Sie ist nicht im Speicher, und der Cluster ist nicht verbunden.</translation>
    </message>
</context>
<context>
    <name>daas::jobs::OutputTail</name>
    <message>
        <source>The output file is no longer there. It is shown again when it comes back.</source>
        <translation>Die Ausgabedatei ist nicht mehr vorhanden. Sie wird wieder angezeigt, sobald sie zurückkommt.</translation>
    </message>
    <message>
        <source>The output file got shorter (it was truncated or written anew): it is shown again from its end.</source>
        <translation>Die Ausgabedatei ist kürzer geworden (sie wurde gekürzt oder neu geschrieben): Sie wird wieder ab ihrem Ende angezeigt.</translation>
    </message>
    <message>
        <source>The output file was replaced by another: it is shown again from its end.</source>
        <translation>Die Ausgabedatei wurde durch eine andere ersetzt: Sie wird wieder ab ihrem Ende angezeigt.</translation>
    </message>
    <message>
        <source>The job&apos;s output file is not there (%1): the job wrote none, or it was moved or removed since.</source>
        <translation>Die Ausgabedatei des Jobs ist nicht vorhanden (%1): Der Job hat keine geschrieben, oder sie wurde inzwischen verschoben oder gelöscht.</translation>
    </message>
</context>
<context>
    <name>daas::jobs::ServiceSlurmTokenSource</name>
    <message>
        <source>Not signed in.</source>
        <translation>Nicht angemeldet.</translation>
    </message>
    <message>
        <source>The cluster&apos;s token service needs your password. Sign in again.</source>
        <translation>Der Token-Dienst des Clusters braucht Ihr Passwort. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The cluster&apos;s token service could not be reached</source>
        <translation>Der Token-Dienst des Clusters war nicht erreichbar</translation>
    </message>
    <message>
        <source>The cluster&apos;s token service did not accept your user name and password.</source>
        <translation>Der Token-Dienst des Clusters hat Ihren Benutzernamen und Ihr Passwort nicht angenommen.</translation>
    </message>
    <message>
        <source>The cluster&apos;s token service</source>
        <translation>Der Token-Dienst des Clusters</translation>
    </message>
    <message>
        <source>The cluster&apos;s token service gave an answer that is not a token.</source>
        <translation>Der Token-Dienst des Clusters hat eine Antwort gegeben, die kein Token ist.</translation>
    </message>
</context>
<context>
    <name>daas::jobs::SlurmRest</name>
    <message>
        <source>Slurm sent an empty answer for %1.</source>
        <translation>Slurm hat eine leere Antwort für %1 gesendet.</translation>
    </message>
    <message>
        <source>Slurm&apos;s answer for %1 could not be read: it is cut short or not JSON.</source>
        <translation>Die Antwort von Slurm für %1 konnte nicht gelesen werden: Sie ist abgeschnitten oder kein JSON.</translation>
    </message>
    <message>
        <source>Slurm&apos;s answer for %1 is not what its API describes.</source>
        <translation>Die Antwort von Slurm für %1 entspricht nicht der Beschreibung seiner API.</translation>
    </message>
    <message>
        <source>the list of jobs</source>
        <translation>die Liste der Jobs</translation>
    </message>
    <message>
        <source>Slurm&apos;s list of jobs is not what its API describes.</source>
        <translation>Die Jobliste von Slurm entspricht nicht der Beschreibung seiner API.</translation>
    </message>
    <message>
        <source>the list of partitions</source>
        <translation>die Liste der Partitionen</translation>
    </message>
    <message>
        <source>Slurm&apos;s list of partitions is not what its API describes.</source>
        <translation>Die Partitionsliste von Slurm entspricht nicht der Beschreibung seiner API.</translation>
    </message>
    <message>
        <source>The script must start with a line such as #!/bin/bash that names its interpreter.</source>
        <translation>Das Skript muss mit einer Zeile wie #!/bin/bash beginnen, die seinen Interpreter nennt.</translation>
    </message>
    <message>
        <source>Choose the folder on the cluster the job runs in.</source>
        <translation>Wählen Sie den Ordner auf dem Cluster, in dem der Job läuft.</translation>
    </message>
    <message>
        <source>the submitted job</source>
        <translation>den eingereichten Job</translation>
    </message>
    <message>
        <source>Slurm accepted the job but did not say its number.</source>
        <translation>Slurm hat den Job angenommen, aber seine Nummer nicht mitgeteilt.</translation>
    </message>
    <message>
        <source>This cluster&apos;s Slurm (REST API v0.0.38) cannot release a held job. Release it with &quot;scontrol release&quot; on the cluster.</source>
        <translation>Das Slurm dieses Clusters (REST-API v0.0.38) kann keinen zurückgehaltenen Job freigeben. Geben Sie ihn mit „scontrol release“ auf dem Cluster frei.</translation>
    </message>
</context>
<context>
    <name>daas::jobs::SlurmRestProvider</name>
    <message>
        <source>There is no Slurm token to sign in to the cluster with.</source>
        <translation>Es gibt kein Slurm-Token, mit dem Sie sich am Cluster anmelden könnten.</translation>
    </message>
    <message>
        <source>Getting a token for the cluster…</source>
        <translation>Token für den Cluster wird geholt…</translation>
    </message>
    <message>
        <source>Your token for the cluster has expired and no new one could be had. Sign in again.</source>
        <translation>Ihr Token für den Cluster ist abgelaufen, und es konnte kein neues geholt werden. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The cluster did not accept your Slurm token. Sign in again, or get a new token with &quot;scontrol token&quot; on the cluster.</source>
        <translation>Der Cluster hat Ihr Slurm-Token nicht angenommen. Melden Sie sich erneut an, oder holen Sie sich mit „scontrol token“ auf dem Cluster ein neues Token.</translation>
    </message>
    <message>
        <source>Waiting for Slurm…</source>
        <translation>Warten auf Slurm…</translation>
    </message>
    <message>
        <source>its API description</source>
        <translation>seine API-Beschreibung</translation>
    </message>
    <message>
        <source>This cluster&apos;s Slurm REST API is a version this client does not speak (it speaks v0.0.38 to v0.0.42).</source>
        <translation>Die Slurm-REST-API dieses Clusters hat eine Version, die dieser Client nicht spricht (er spricht v0.0.38 bis v0.0.42).</translation>
    </message>
    <message>
        <source>Could not list the cluster&apos;s partitions.</source>
        <translation>Die Partitionen des Clusters konnten nicht aufgelistet werden.</translation>
    </message>
    <message>
        <source>Slurm did not accept the job.</source>
        <translation>Slurm hat den Job nicht angenommen.</translation>
    </message>
    <message>
        <source>Could not list your jobs.</source>
        <translation>Ihre Jobs konnten nicht aufgelistet werden.</translation>
    </message>
    <message>
        <source>Slurm does not know job %1. Finished jobs are forgotten a few minutes after they end.</source>
        <translation>Slurm kennt Job %1 nicht. Beendete Jobs werden einige Minuten nach ihrem Ende vergessen.</translation>
    </message>
    <message>
        <source>Could not read job %1.</source>
        <translation>Job %1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Slurm does not know job %1.</source>
        <translation>Slurm kennt Job %1 nicht.</translation>
    </message>
    <message>
        <source>Could not cancel job %1.</source>
        <translation>Job %1 konnte nicht abgebrochen werden.</translation>
    </message>
    <message>
        <source>the cancelled job</source>
        <translation>den abgebrochenen Job</translation>
    </message>
    <message>
        <source>Could not hold job %1.</source>
        <translation>Job %1 konnte nicht zurückgehalten werden.</translation>
    </message>
    <message>
        <source>Could not release job %1.</source>
        <translation>Job %1 konnte nicht freigegeben werden.</translation>
    </message>
    <message>
        <source>the changed job</source>
        <translation>den geänderten Job</translation>
    </message>
</context>
<context>
    <name>daas::jobs::SlurmSsh</name>
    <message>
        <source>The job has no script.</source>
        <translation>Der Job hat kein Skript.</translation>
    </message>
    <message>
        <source>The job name</source>
        <translation>Der Jobname</translation>
    </message>
    <message>
        <source>The partition</source>
        <translation>Die Partition</translation>
    </message>
    <message>
        <source>The account</source>
        <translation>Das Konto</translation>
    </message>
    <message>
        <source>The working folder</source>
        <translation>Der Arbeitsordner</translation>
    </message>
    <message>
        <source>The output file</source>
        <translation>Die Ausgabedatei</translation>
    </message>
    <message>
        <source>The error file</source>
        <translation>Die Fehlerdatei</translation>
    </message>
    <message>
        <source>%1 cannot hold a line break or a double quote for Slurm.</source>
        <translation>%1 darf für Slurm keinen Zeilenumbruch und kein doppeltes Anführungszeichen enthalten.</translation>
    </message>
    <message>
        <source>A job needs at least one node and one core.</source>
        <translation>Ein Job braucht mindestens einen Knoten und einen Kern.</translation>
    </message>
    <message>
        <source>Slurm did not accept the job.</source>
        <translation>Slurm hat den Job nicht angenommen.</translation>
    </message>
    <message>
        <source>Submitted batch job %1</source>
        <translation>Job %1 eingereicht</translation>
    </message>
    <message>
        <source>squeue answered a line the client cannot read.</source>
        <translation>squeue hat eine Zeile geantwortet, die der Client nicht lesen kann.</translation>
    </message>
    <message>
        <source>scontrol answered something the client cannot read.</source>
        <translation>scontrol hat etwas geantwortet, das der Client nicht lesen kann.</translation>
    </message>
    <message>
        <source>sacct answered a line the client cannot read.</source>
        <translation>sacct hat eine Zeile geantwortet, die der Client nicht lesen kann.</translation>
    </message>
</context>
<context>
    <name>daas::jobs::SlurmSshProvider</name>
    <message>
        <source>Asking Slurm for its partitions…</source>
        <translation>Slurm wird nach seinen Partitionen gefragt…</translation>
    </message>
    <message>
        <source>Slurm did not list its partitions.</source>
        <translation>Slurm hat seine Partitionen nicht aufgelistet.</translation>
    </message>
    <message>
        <source>Submitting the job to Slurm…</source>
        <translation>Der Job wird bei Slurm eingereicht…</translation>
    </message>
    <message>
        <source>Asking Slurm for your jobs…</source>
        <translation>Slurm wird nach Ihren Jobs gefragt…</translation>
    </message>
    <message>
        <source>Slurm did not list your jobs.</source>
        <translation>Slurm hat Ihre Jobs nicht aufgelistet.</translation>
    </message>
    <message>
        <source>Asking Slurm about job %1…</source>
        <translation>Slurm wird nach Job %1 gefragt…</translation>
    </message>
    <message>
        <source>Slurm did not show job %1.</source>
        <translation>Slurm hat Job %1 nicht angezeigt.</translation>
    </message>
    <message>
        <source>Slurm does not know job %1 (any more).</source>
        <translation>Slurm kennt Job %1 nicht (mehr).</translation>
    </message>
    <message>
        <source>Cancelling job %1…</source>
        <translation>Job %1 wird abgebrochen…</translation>
    </message>
    <message>
        <source>Slurm did not cancel job %1.</source>
        <translation>Slurm hat Job %1 nicht abgebrochen.</translation>
    </message>
    <message>
        <source>Holding job %1…</source>
        <translation>Job %1 wird zurückgehalten…</translation>
    </message>
    <message>
        <source>Releasing job %1…</source>
        <translation>Job %1 wird freigegeben…</translation>
    </message>
    <message>
        <source>Slurm did not hold job %1.</source>
        <translation>Slurm hat Job %1 nicht zurückgehalten.</translation>
    </message>
    <message>
        <source>Slurm did not release job %1.</source>
        <translation>Slurm hat Job %1 nicht freigegeben.</translation>
    </message>
</context>
<context>
    <name>daas::jobs::SshBatchProvider</name>
    <message>
        <source>&quot;%1&quot; is not a %2 job id.</source>
        <translation>„%1“ ist keine %2-Jobkennung.</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>Exit-Code %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file name.</source>
        <translation>„%1“ ist kein Dateiname.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>%1 does not exist on the cluster (yet).</source>
        <translation>%1 existiert auf dem Cluster (noch) nicht.</translation>
    </message>
    <message>
        <source>Could not read %1 on the cluster.</source>
        <translation>%1 konnte auf dem Cluster nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>daas::jobs::SshConnection</name>
    <message>
        <source>No OpenSSH client (ssh) was found on this computer. Install OpenSSH (on Windows: the optional feature &quot;OpenSSH Client&quot;) to reach the cluster.</source>
        <translation>Auf diesem Computer wurde kein OpenSSH-Client (ssh) gefunden. Installieren Sie OpenSSH (unter Windows: das optionale Feature „OpenSSH-Client“), um den Cluster zu erreichen.</translation>
    </message>
    <message>
        <source>The cluster&apos;s address &quot;%1&quot; is not a host name.</source>
        <translation>Die Adresse des Clusters „%1“ ist kein Hostname.</translation>
    </message>
    <message>
        <source>The SSH client could not be started: %1</source>
        <translation>Der SSH-Client konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>%1 on %2 did not finish within %3 seconds.</source>
        <translation>%1 auf %2 wurde nicht innerhalb von %3 Sekunden beendet.</translation>
    </message>
    <message>
        <source>%1 on %2 printed more than %3 MB; it was stopped.</source>
        <translation>%1 auf %2 hat mehr als %3 MB ausgegeben; es wurde gestoppt.</translation>
    </message>
    <message>
        <source>The SSH client stopped unexpectedly while talking to %1.</source>
        <translation>Der SSH-Client wurde während der Verbindung mit %1 unerwartet beendet.</translation>
    </message>
    <message>
        <source>%1 did not accept your SSH key or password.</source>
        <translation>%1 hat Ihren SSH-Schlüssel oder Ihr Passwort nicht angenommen.</translation>
    </message>
    <message>
        <source>The cluster&apos;s login node %1 was not found.</source>
        <translation>Der Login-Knoten %1 des Clusters wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>%1 refused the SSH connection.</source>
        <translation>%1 hat die SSH-Verbindung abgelehnt.</translation>
    </message>
    <message>
        <source>%1 did not answer the SSH connection in time.</source>
        <translation>%1 hat auf die SSH-Verbindung nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>Could not log in to %1 over SSH.</source>
        <translation>Anmeldung an %1 über SSH nicht möglich.</translation>
    </message>
    <message>
        <source>THE HOST KEY OF %1 HAS CHANGED since you trusted it (it now presents %2). Someone may be intercepting the connection, so nothing was sent. If the facility confirms that the key was changed, remove the old key of %1 from %3 and connect again.</source>
        <translation>DER HOSTSCHLÜSSEL VON %1 HAT SICH GEÄNDERT, seit Sie ihm vertraut haben (er legt jetzt %2 vor). Möglicherweise fängt jemand die Verbindung ab, daher wurde nichts gesendet. Wenn die Facility bestätigt, dass der Schlüssel geändert wurde, entfernen Sie den alten Schlüssel von %1 aus %3 und verbinden Sie sich erneut.</translation>
    </message>
    <message>
        <source>another key</source>
        <translation>einen anderen Schlüssel</translation>
    </message>
    <message>
        <source>%1 is not known yet, and ssh-keyscan (OpenSSH) was not found to read its host key.</source>
        <translation>%1 ist noch nicht bekannt, und ssh-keyscan (OpenSSH) wurde nicht gefunden, um seinen Hostschlüssel zu lesen.</translation>
    </message>
    <message>
        <source>Could not read the host key of %1.</source>
        <translation>Der Hostschlüssel von %1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Not connected to %1: its host key (%2 %3) was not trusted.</source>
        <translation>Nicht mit %1 verbunden: Seinem Hostschlüssel (%2 %3) wurde nicht vertraut.</translation>
    </message>
</context>
<context>
    <name>daas::jobs::SshJobScript</name>
    <message>
        <source>&quot;%1&quot; is not an environment variable (NAME=value).</source>
        <translation>„%1“ ist keine Umgebungsvariable (NAME=Wert).</translation>
    </message>
</context>
<context>
    <name>daas::jobs::SshKnownHosts</name>
    <message>
        <source>Could not remember the host key in %1: %2</source>
        <translation>Der Hostschlüssel konnte nicht in %1 gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>daas::jobs::StorageOutputReader</name>
    <message>
        <source>The storage is no longer connected.</source>
        <translation>Der Speicher ist nicht mehr verbunden.</translation>
    </message>
</context>
<context>
    <name>daas::jobs::TemplateLibrary</name>
    <message>
        <source>There is no job template “%1”.</source>
        <translation>Es gibt keine Jobvorlage „%1“.</translation>
    </message>
    <message>
        <source>This job cannot be made into a template: %1</source>
        <translation>Aus diesem Job kann keine Vorlage gemacht werden: %1</translation>
    </message>
    <message>
        <source>The folder for your job templates, %1, could not be made.</source>
        <translation>Der Ordner für Ihre Jobvorlagen, %1, konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The template could not be saved in %1.</source>
        <translation>Die Vorlage konnte nicht in %1 gespeichert werden.</translation>
    </message>
    <message>
        <source>The template could not be saved as %1.</source>
        <translation>Die Vorlage konnte nicht als %1 gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>daas::remote::RdpConnectionFile</name>
    <message>
        <source>This is not a usable connection file: %1</source>
        <translation>Dies ist keine verwendbare Verbindungsdatei: %1</translation>
    </message>
    <message>
        <source>it is too large.</source>
        <translation>Sie ist zu groß.</translation>
    </message>
    <message>
        <source>Could not read the connection file.</source>
        <translation>Die Verbindungsdatei konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>its settings could not be read.</source>
        <translation>Ihre Einstellungen konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>it names no computer (“full address”).</source>
        <translation>Sie nennt keinen Computer („full address“).</translation>
    </message>
    <message>
        <source>the computer&apos;s name “%1” is not valid.</source>
        <translation>Der Computername „%1“ ist ungültig.</translation>
    </message>
    <message>
        <source>the computer&apos;s name is too long.</source>
        <translation>Der Computername ist zu lang.</translation>
    </message>
    <message>
        <source>its port is not between 1 and 65535.</source>
        <translation>Der Port liegt nicht zwischen 1 und 65535.</translation>
    </message>
    <message>
        <source>Could not open the connection file “%1”.</source>
        <translation>Die Verbindungsdatei „%1“ konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The desktop&apos;s address or the user name cannot be written into a connection file.</source>
        <translation>Die Adresse des Desktops oder der Benutzername lässt sich nicht in eine Verbindungsdatei schreiben.</translation>
    </message>
    <message>
        <source>The desktop has no address to write into a connection file.</source>
        <translation>Der Desktop hat keine Adresse, die in eine Verbindungsdatei geschrieben werden könnte.</translation>
    </message>
    <message>
        <source>Could not make the connection file.</source>
        <translation>Die Verbindungsdatei konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Could not save the connection file “%1”. Check the folder and free disk space.</source>
        <translation>Die Verbindungsdatei „%1“ konnte nicht gespeichert werden. Prüfen Sie den Ordner und den freien Speicherplatz.</translation>
    </message>
</context>
<context>
    <name>daas::remote::RdpErrors</name>
    <message>
        <source>An administrator or another program ended this remote desktop session.</source>
        <translation>Ein Administrator oder ein anderes Programm hat diese Remote-Desktop-Sitzung beendet.</translation>
    </message>
    <message>
        <source>An administrator or another program signed this session out.</source>
        <translation>Ein Administrator oder ein anderes Programm hat diese Sitzung abgemeldet.</translation>
    </message>
    <message>
        <source>The server ended an idle session. Connect again to carry on.</source>
        <translation>Der Server hat eine inaktive Sitzung beendet. Verbinden Sie sich erneut, um weiterzumachen.</translation>
    </message>
    <message>
        <source>The server ended the session because signing in took too long.</source>
        <translation>Der Server hat die Sitzung beendet, weil die Anmeldung zu lange gedauert hat.</translation>
    </message>
    <message>
        <source>Another session took over this desktop. Connect again to take it back.</source>
        <translation>Eine andere Sitzung hat diesen Desktop übernommen. Verbinden Sie sich erneut, um ihn zurückzuholen.</translation>
    </message>
    <message>
        <source>The remote computer ran out of memory.</source>
        <translation>Dem entfernten Computer ist der Arbeitsspeicher ausgegangen.</translation>
    </message>
    <message>
        <source>The remote desktop refused the connection.</source>
        <translation>Der entfernte Desktop hat die Verbindung abgelehnt.</translation>
    </message>
    <message>
        <source>This account may not use remote desktop on this computer.</source>
        <translation>Dieses Konto darf Remote-Desktop auf diesem Computer nicht verwenden.</translation>
    </message>
    <message>
        <source>The remote desktop asks for the password to be typed again.</source>
        <translation>Der entfernte Desktop verlangt, dass das Passwort erneut eingegeben wird.</translation>
    </message>
    <message>
        <source>The session was disconnected from the remote side.</source>
        <translation>Die Sitzung wurde von der Gegenseite getrennt.</translation>
    </message>
    <message>
        <source>You signed out of the remote desktop.</source>
        <translation>Sie haben sich vom entfernten Desktop abgemeldet.</translation>
    </message>
    <message>
        <source>The remote desktop&apos;s session crashed. Connect again.</source>
        <translation>Die Sitzung des entfernten Desktops ist abgestürzt. Verbinden Sie sich erneut.</translation>
    </message>
    <message>
        <source>The remote computer has no licence server for remote desktop sessions. Tell the facility&apos;s support.</source>
        <translation>Der entfernte Computer hat keinen Lizenzserver für Remote-Desktop-Sitzungen. Melden Sie das dem Support der Facility.</translation>
    </message>
    <message>
        <source>The remote computer has no licence left for another remote desktop session.</source>
        <translation>Der entfernte Computer hat keine Lizenz mehr für eine weitere Remote-Desktop-Sitzung.</translation>
    </message>
    <message>
        <source>The remote desktop did not accept the user name or password.</source>
        <translation>Der entfernte Desktop hat Benutzername oder Passwort nicht angenommen.</translation>
    </message>
    <message>
        <source>The password was not accepted.</source>
        <translation>Das Passwort wurde nicht angenommen.</translation>
    </message>
    <message>
        <source>The remote desktop needs a user name and password.</source>
        <translation>Der entfernte Desktop braucht einen Benutzernamen und ein Passwort.</translation>
    </message>
    <message>
        <source>The password has expired. Change it with the facility, then connect again.</source>
        <translation>Das Passwort ist abgelaufen. Ändern Sie es bei der Facility und verbinden Sie sich dann erneut.</translation>
    </message>
    <message>
        <source>The password must be changed before this account can sign in.</source>
        <translation>Das Passwort muss geändert werden, bevor sich dieses Konto anmelden kann.</translation>
    </message>
    <message>
        <source>The account is locked after too many wrong passwords. Ask the facility&apos;s support.</source>
        <translation>Das Konto ist nach zu vielen falschen Passwörtern gesperrt. Fragen Sie den Support der Facility.</translation>
    </message>
    <message>
        <source>The account has expired.</source>
        <translation>Das Konto ist abgelaufen.</translation>
    </message>
    <message>
        <source>The account is disabled.</source>
        <translation>Das Konto ist deaktiviert.</translation>
    </message>
    <message>
        <source>The account may not sign in now or from here (an account restriction).</source>
        <translation>Das Konto darf sich jetzt oder von hier aus nicht anmelden (eine Kontobeschränkung).</translation>
    </message>
    <message>
        <source>The remote desktop denied access to this account.</source>
        <translation>Der entfernte Desktop hat diesem Konto den Zugriff verweigert.</translation>
    </message>
    <message>
        <source>The remote desktop&apos;s host name is unknown. Check the environment&apos;s address.</source>
        <translation>Der Rechnername des entfernten Desktops ist unbekannt. Prüfen Sie die Adresse der Umgebung.</translation>
    </message>
    <message>
        <source>Could not set up an encrypted connection to the remote desktop.</source>
        <translation>Es konnte keine verschlüsselte Verbindung zum entfernten Desktop aufgebaut werden.</translation>
    </message>
    <message>
        <source>The remote desktop and this viewer found no kind of security they both accept (NLA, TLS or RDP).</source>
        <translation>Der entfernte Desktop und dieser Viewer haben keine Sicherheitsart gefunden, die beide akzeptieren (NLA, TLS oder RDP).</translation>
    </message>
    <message>
        <source>Connecting was cancelled.</source>
        <translation>Der Verbindungsaufbau wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The remote desktop did not finish setting up the session in time.</source>
        <translation>Der entfernte Desktop hat die Sitzung nicht rechtzeitig eingerichtet.</translation>
    </message>
    <message>
        <source>The remote desktop ended the session because of a protocol error. Connect again; if it keeps happening, restart the environment.</source>
        <translation>Der entfernte Desktop hat die Sitzung wegen eines Protokollfehlers beendet. Verbinden Sie sich erneut; wenn das wieder geschieht, starten Sie die Umgebung neu.</translation>
    </message>
    <message>
        <source>The connection to the remote desktop was lost. Check the network; the viewer tries to reconnect.</source>
        <translation>Die Verbindung zum entfernten Desktop ist unterbrochen. Prüfen Sie das Netzwerk; der Viewer versucht, sich neu zu verbinden.</translation>
    </message>
    <message>
        <source>Could not reach the remote desktop. The environment may still be starting; try again in a minute.</source>
        <translation>Der entfernte Desktop ist nicht erreichbar. Die Umgebung startet vielleicht noch; versuchen Sie es in einer Minute erneut.</translation>
    </message>
    <message>
        <source>The remote desktop closed the connection while it was being set up. Check that this address serves RDP; if it does, restart the environment.</source>
        <translation>Der entfernte Desktop hat die Verbindung während des Aufbaus geschlossen. Prüfen Sie, ob unter dieser Adresse RDP angeboten wird; wenn ja, starten Sie die Umgebung neu.</translation>
    </message>
    <message>
        <source>The RD Gateway %1 did not accept the user name or password.</source>
        <translation>Das RD-Gateway %1 hat Benutzername oder Passwort nicht angenommen.</translation>
    </message>
    <message>
        <source>The RD Gateway&apos;s address %1 is unknown. Check the address.</source>
        <translation>Die Adresse %1 des RD-Gateways ist unbekannt. Prüfen Sie die Adresse.</translation>
    </message>
    <message>
        <source>Could not reach the RD Gateway %1. Check the network and try again later.</source>
        <translation>Das RD-Gateway %1 ist nicht erreichbar. Prüfen Sie das Netzwerk und versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Could not set up an encrypted connection to the RD Gateway %1.</source>
        <translation>Es konnte keine verschlüsselte Verbindung zum RD-Gateway %1 aufgebaut werden.</translation>
    </message>
    <message>
        <source>Connecting to the RD Gateway %1 was cancelled.</source>
        <translation>Der Verbindungsaufbau zum RD-Gateway %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The RD Gateway %1 refused the connection to the remote desktop or closed it while it was being set up. Check the gateway&apos;s address; if it is right, ask the facility&apos;s support.</source>
        <translation>Das RD-Gateway %1 hat die Verbindung zum entfernten Desktop abgelehnt oder während des Aufbaus geschlossen. Prüfen Sie die Adresse des Gateways; wenn sie stimmt, fragen Sie den Support der Facility.</translation>
    </message>
</context>
<context>
    <name>daas::remote::RdpWorker</name>
    <message>
        <source>Could not start the remote desktop connection.</source>
        <translation>Die Verbindung zum entfernten Desktop konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>The remote desktop&apos;s certificate was not accepted. The connection was not opened.</source>
        <translation>Das Zertifikat des entfernten Desktops wurde nicht akzeptiert. Die Verbindung wurde nicht geöffnet.</translation>
    </message>
    <message>
        <source>Signing in to the remote desktop was cancelled.</source>
        <translation>Die Anmeldung am entfernten Desktop wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The remote desktop announced a screen size this viewer cannot show. Ask the environment&apos;s administrator to check its display settings.</source>
        <translation>Der entfernte Desktop meldet eine Bildschirmgröße, die dieser Viewer nicht anzeigen kann. Bitten Sie die Verwaltung der Umgebung, die Anzeigeeinstellungen zu prüfen.</translation>
    </message>
    <message>
        <source>The certificate of the RD Gateway %1 was not accepted. The connection was not opened.</source>
        <translation>Das Zertifikat des RD-Gateways %1 wurde nicht akzeptiert. Die Verbindung wurde nicht geöffnet.</translation>
    </message>
    <message>
        <source>Signing in to the RD Gateway %1 was cancelled.</source>
        <translation>Die Anmeldung am RD-Gateway %1 wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>daas::remote::VncCertificateProbe</name>
    <message>
        <source>Could not read the remote desktop&apos;s certificate.</source>
        <translation>Das Zertifikat des entfernten Desktops konnte nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>daas::remote::VncFailureLog</name>
    <message>
        <source>The VNC server</source>
        <translation>Der VNC-Server</translation>
    </message>
    <message>
        <source>The remote desktop announced a screen size this viewer cannot show. Ask the environment&apos;s administrator to check its display settings.</source>
        <translation>Der entfernte Desktop meldet eine Bildschirmgröße, die dieser Viewer nicht anzeigen kann. Bitten Sie die Verwaltung der Umgebung, die Anzeigeeinstellungen zu prüfen.</translation>
    </message>
    <message>
        <source>The remote desktop sent something this viewer cannot read, so the connection was closed and not tried again. Restart the environment; if it happens again, tell the facility&apos;s support.</source>
        <translation>Der entfernte Desktop hat etwas gesendet, das dieser Viewer nicht lesen kann; die Verbindung wurde daher geschlossen und nicht erneut versucht. Starten Sie die Umgebung neu; wenn das wieder geschieht, wenden Sie sich an den Support der Einrichtung.</translation>
    </message>
    <message>
        <source>The remote desktop did not accept the password. Check it and connect again.</source>
        <translation>Der entfernte Desktop hat das Passwort nicht angenommen. Prüfen Sie es und verbinden Sie sich erneut.</translation>
    </message>
    <message>
        <source>The remote desktop refused the connection. Try again in a few minutes; if it keeps refusing, restart the environment.</source>
        <translation>Der entfernte Desktop hat die Verbindung abgelehnt. Versuchen Sie es in einigen Minuten erneut; wenn er weiter ablehnt, starten Sie die Umgebung neu.</translation>
    </message>
    <message>
        <source>The remote desktop&apos;s certificate could not be verified. The connection was not opened.</source>
        <translation>Das Zertifikat des entfernten Desktops konnte nicht geprüft werden. Die Verbindung wurde nicht geöffnet.</translation>
    </message>
    <message>
        <source>The remote desktop asks for a kind of sign-in this viewer does not support.</source>
        <translation>Der entfernte Desktop verlangt eine Anmeldeart, die dieser Viewer nicht unterstützt.</translation>
    </message>
    <message>
        <source>The connection to the remote desktop was lost. Check the network; the viewer tries to reconnect.</source>
        <translation>Die Verbindung zum entfernten Desktop ist unterbrochen. Prüfen Sie das Netzwerk; der Viewer versucht, sich neu zu verbinden.</translation>
    </message>
    <message>
        <source>The remote desktop closed the connection while it was being set up. Try again; if it keeps happening, restart the environment.</source>
        <translation>Der entfernte Desktop hat die Verbindung während des Aufbaus geschlossen. Versuchen Sie es erneut; wenn das wieder geschieht, starten Sie die Umgebung neu.</translation>
    </message>
</context>
<context>
    <name>daas::remote::VncSession</name>
    <message>
        <source>The remote desktop&apos;s certificate is not trusted (SHA-256 fingerprint %1). Trust it only if the facility confirms this fingerprint.</source>
        <translation>Dem Zertifikat des entfernten Desktops wird nicht vertraut (SHA-256-Fingerabdruck %1). Vertrauen Sie ihm nur, wenn die Einrichtung diesen Fingerabdruck bestätigt.</translation>
    </message>
    <message>
        <source>The remote desktop host “%1” is unknown. Check the environment&apos;s address.</source>
        <translation>Der Rechner „%1“ des entfernten Desktops ist unbekannt. Prüfen Sie die Adresse der Umgebung.</translation>
    </message>
</context>
<context>
    <name>daas::remote::VncTrustStore</name>
    <message>
        <source>Could not remember the certificate. Check free disk space.</source>
        <translation>Das Zertifikat konnte nicht gespeichert werden. Prüfen Sie den freien Speicherplatz.</translation>
    </message>
</context>
<context>
    <name>daas::remote::VncWorker</name>
    <message>
        <source>Could not reach the remote desktop at %1:%2. The environment may still be starting; try again in a minute.</source>
        <translation>Der entfernte Desktop unter %1:%2 ist nicht erreichbar. Die Umgebung startet vielleicht noch; versuchen Sie es in einer Minute erneut.</translation>
    </message>
</context>
<context>
    <name>daas::remote::WebSocketTunnel</name>
    <message>
        <source>Could not prepare the console connection.</source>
        <translation>Die Konsolenverbindung konnte nicht vorbereitet werden.</translation>
    </message>
    <message>
        <source>The console proxy answered in an unexpected format.</source>
        <translation>Der Konsolen-Proxy hat in einem unerwarteten Format geantwortet.</translation>
    </message>
    <message>
        <source>Could not open the console connection. The console link may have expired; open the console again.</source>
        <translation>Die Konsolenverbindung konnte nicht geöffnet werden. Der Konsolenlink ist vielleicht abgelaufen; öffnen Sie die Konsole erneut.</translation>
    </message>
</context>
<context>
    <name>daas::storage</name>
    <message>
        <source>The storage server did not accept your sign-in. Sign in again.</source>
        <translation>Der Speicherserver hat Ihre Anmeldung nicht akzeptiert. Melden Sie sich erneut an.</translation>
    </message>
</context>
<context>
    <name>daas::storage::AccountStorageCredentials</name>
    <message>
        <source>The storage server needs your password.</source>
        <translation>Der Speicherserver braucht Ihr Passwort.</translation>
    </message>
    <message>
        <source>You did not give the storage password.</source>
        <translation>Sie haben das Speicher-Passwort nicht eingegeben.</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again to carry on with your files.</source>
        <translation>Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an, um mit Ihren Dateien weiterzumachen.</translation>
    </message>
</context>
<context>
    <name>daas::storage::CatalogueCopy</name>
    <message>
        <source>“%1” was not copied: your storage is full. Delete files or ask the facility for more space.</source>
        <translation>„%1“ wurde nicht kopiert: Ihr Speicher ist voll. Löschen Sie Dateien oder bitten Sie die Facility um mehr Platz.</translation>
    </message>
    <message>
        <source>“%1” was not copied</source>
        <translation>„%1“ wurde nicht kopiert</translation>
    </message>
    <message>
        <source>The storage server accepted “%1” before it had all of it.</source>
        <translation>Der Speicherserver hat „%1“ angenommen, bevor er die Datei vollständig hatte.</translation>
    </message>
    <message>
        <source>“%1” did not arrive as the catalogue describes it (its CRC-32 checksum differs), so it was not kept. The data service may hold a damaged copy: tell the facility if this happens again.</source>
        <translation>„%1“ ist nicht so angekommen, wie der Katalog die Datei beschreibt (ihre CRC-32-Prüfsumme weicht ab), und wurde daher nicht behalten. Der Datendienst hat womöglich eine beschädigte Kopie: Geben Sie der Facility Bescheid, wenn das erneut passiert.</translation>
    </message>
    <message>
        <source>“%1” did not arrive whole on the storage server. It will be sent again.</source>
        <translation>„%1“ ist nicht vollständig auf dem Speicherserver angekommen. Die Datei wird erneut gesendet.</translation>
    </message>
</context>
<context>
    <name>daas::storage::CatalogueCopyPlan</name>
    <message>
        <source>“%1” has no size in the catalogue, so it cannot be streamed into the storage; download it instead.</source>
        <translation>„%1“ hat im Katalog keine Größe und kann daher nicht direkt in den Speicher übertragen werden; laden Sie die Datei stattdessen herunter.</translation>
    </message>
    <message>
        <source>“%1” was not copied: its name cannot be used in the storage.</source>
        <translation>„%1“ wurde nicht kopiert: Der Name kann im Speicher nicht verwendet werden.</translation>
    </message>
    <message>
        <source>The datafile %1 could not be read from the catalogue</source>
        <translation>Die Datei %1 konnte nicht aus dem Katalog gelesen werden</translation>
    </message>
    <message>
        <source>The dataset %1 could not be read from the catalogue</source>
        <translation>Der Datensatz %1 konnte nicht aus dem Katalog gelesen werden</translation>
    </message>
    <message>
        <source>The dataset “%1” was not copied: its name cannot be used as a folder name in the storage.</source>
        <translation>Der Datensatz „%1“ wurde nicht kopiert: Sein Name kann im Speicher nicht als Ordnername verwendet werden.</translation>
    </message>
    <message>
        <source>The files of the dataset “%1” could not be listed</source>
        <translation>Die Dateien des Datensatzes „%1“ konnten nicht aufgelistet werden</translation>
    </message>
    <message>
        <source>The storage folder “%1” cannot be used: %2</source>
        <translation>Der Speicherordner „%1“ kann nicht verwendet werden: %2</translation>
    </message>
</context>
<context>
    <name>daas::storage::DavJob</name>
    <message>
        <source>The storage server did not answer with a WebDAV listing.</source>
        <translation>Der Speicherserver hat nicht mit einer WebDAV-Auflistung geantwortet.</translation>
    </message>
    <message>
        <source>The storage server did not describe “%1”.</source>
        <translation>Der Speicherserver hat keine Angaben zu „%1“ geliefert.</translation>
    </message>
</context>
<context>
    <name>daas::storage::DavRangeRead</name>
    <message>
        <source>The storage server sent another part of “%1” than was asked for.</source>
        <translation>Der Speicherserver hat einen anderen Teil von „%1“ geschickt als angefordert.</translation>
    </message>
    <message>
        <source>The storage server does not send parts of files, so “%1” cannot be read from where it was left off.</source>
        <translation>Der Speicherserver schickt keine Teile von Dateien, daher kann „%1“ nicht dort weitergelesen werden, wo das Lesen aufgehört hat.</translation>
    </message>
    <message>
        <source>The storage server does not send parts of files, so only the beginning of “%1” could be read.</source>
        <translation>Der Speicherserver schickt keine Teile von Dateien, daher konnte nur der Anfang von „%1“ gelesen werden.</translation>
    </message>
</context>
<context>
    <name>daas::storage::ExtractUploadJob</name>
    <message>
        <source>“%1” is not an archive that can be read.</source>
        <translation>„%1“ ist kein lesbares Archiv.</translation>
    </message>
    <message>
        <source>links are not extracted.</source>
        <translation>Verknüpfungen werden nicht entpackt.</translation>
    </message>
    <message>
        <source>it would leave the folder.</source>
        <translation>Der Pfad führt aus dem Ordner hinaus.</translation>
    </message>
    <message>
        <source>it could not be read from the archive.</source>
        <translation>Der Eintrag konnte nicht aus dem Archiv gelesen werden.</translation>
    </message>
    <message>
        <source>a file of that name is already there.</source>
        <translation>Eine Datei dieses Namens ist bereits vorhanden.</translation>
    </message>
</context>
<context>
    <name>daas::storage::MultistatusParser</name>
    <message>
        <source>The storage server&apos;s listing ended too early. Try again.</source>
        <translation>Die Auflistung des Speicherservers endete zu früh. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The storage server did not answer with a WebDAV listing.</source>
        <translation>Der Speicherserver hat nicht mit einer WebDAV-Auflistung geantwortet.</translation>
    </message>
    <message>
        <source>The storage server sent a listing that cannot be read.</source>
        <translation>Der Speicherserver schickte eine Auflistung, die nicht gelesen werden kann.</translation>
    </message>
    <message>
        <source>The storage server listed an entry without an address.</source>
        <translation>Der Speicherserver hat einen Eintrag ohne Adresse aufgeführt.</translation>
    </message>
    <message>
        <source>The storage server listed an entry that is not in this folder.</source>
        <translation>Der Speicherserver hat einen Eintrag aufgeführt, der nicht in diesem Ordner liegt.</translation>
    </message>
    <message>
        <source>The storage server could not describe “%1”.</source>
        <translation>Der Speicherserver konnte keine Angaben zu „%1“ liefern.</translation>
    </message>
    <message>
        <source>The storage server listed this folder a second time under another address; that entry was left out.</source>
        <translation>Der Speicherserver hat diesen Ordner ein zweites Mal unter einer anderen Adresse aufgeführt; dieser Eintrag wurde ausgelassen.</translation>
    </message>
    <message>
        <source>The storage server listed “%1” a second time or under another address; that entry was left out.</source>
        <translation>Der Speicherserver hat „%1“ ein zweites Mal oder unter einer anderen Adresse aufgeführt; dieser Eintrag wurde ausgelassen.</translation>
    </message>
</context>
<context>
    <name>daas::storage::RemoteFolderModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
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
    <name>daas::storage::StorageSession</name>
    <message>
        <source>The facility %1 offers no storage.</source>
        <translation>Die Facility %1 bietet keinen Speicher an.</translation>
    </message>
    <message>
        <source>The storage address of this facility needs your user name. Sign in again.</source>
        <translation>Die Speicheradresse dieser Facility braucht Ihren Benutzernamen. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The folder %1 could not be created on this computer.</source>
        <translation>Der Ordner %1 konnte auf diesem Computer nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The storage folder could not be made</source>
        <translation>Der Speicherordner konnte nicht angelegt werden</translation>
    </message>
    <message>
        <source>A folder called “%1” is already in the storage folder, so the file was not copied there.</source>
        <translation>Im Speicherordner gibt es bereits einen Ordner namens „%1“, daher wurde die Datei nicht dorthin kopiert.</translation>
    </message>
    <message>
        <source>A folder called “%1” is already in the storage folder, so the file was not moved there.</source>
        <translation>Im Speicherordner gibt es bereits einen Ordner namens „%1“, daher wurde die Datei nicht dorthin verschoben.</translation>
    </message>
    <message>
        <source>A folder called “%1” is already in the storage folder, so the file was not uploaded there.</source>
        <translation>Im Speicherordner gibt es bereits einen Ordner namens „%1“, daher wurde die Datei nicht dorthin hochgeladen.</translation>
    </message>
</context>
<context>
    <name>daas::storage::Transfer</name>
    <message>
        <source>“%1” is a folder. Download it as a .zip instead.</source>
        <translation>„%1“ ist ein Ordner. Laden Sie ihn stattdessen als .zip herunter.</translation>
    </message>
    <message>
        <source>The storage server resumed “%1” at the wrong place.</source>
        <translation>Der Speicherserver hat „%1“ an der falschen Stelle fortgesetzt.</translation>
    </message>
    <message>
        <source>“%1” arrived incomplete. It will be tried again.</source>
        <translation>„%1“ kam unvollständig an. Es wird erneut versucht.</translation>
    </message>
    <message>
        <source>“%1” is no longer on this computer.</source>
        <translation>„%1“ ist nicht mehr auf diesem Computer.</translation>
    </message>
    <message>
        <source>“%1” could not be read.</source>
        <translation>„%1“ konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>“%1” did not arrive whole on the storage server. It will be sent again.</source>
        <translation>„%1“ ist nicht vollständig auf dem Speicherserver angekommen. Die Datei wird erneut gesendet.</translation>
    </message>
    <message>
        <source>“%1” can be copied from the catalogue only while you are signed in to it.</source>
        <translation>„%1“ kann nur aus dem Katalog kopiert werden, solange Sie dort angemeldet sind.</translation>
    </message>
    <message>
        <source>The storage server does not take the name “%1”, so “%2” was not copied.</source>
        <translation>Der Speicherserver nimmt den Namen „%1“ nicht an, daher wurde „%2“ nicht kopiert.</translation>
    </message>
    <message>
        <source>A folder called “%1” is already in the folder on this computer, so the file was not downloaded there.</source>
        <translation>Im Ordner auf diesem Computer gibt es bereits einen Ordner namens „%1“, daher wurde die Datei nicht dorthin heruntergeladen.</translation>
    </message>
</context>
<context>
    <name>daas::storage::TransferQueue</name>
    <message>
        <source>The list of transfers could not be read.</source>
        <translation>Die Liste der Übertragungen konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The list of transfers could not be saved in %1, so unfinished transfers will not carry on after a restart. Check that the disk has space and that the folder can be written.</source>
        <translation>Die Liste der Übertragungen konnte nicht in %1 gespeichert werden; unfertige Übertragungen werden daher nach einem Neustart nicht fortgesetzt. Prüfen Sie, ob der Datenträger Platz hat und der Ordner beschreibbar ist.</translation>
    </message>
</context>
<context>
    <name>daas::storage::WebDavClient</name>
    <message>
        <source>The storage server did not answer.</source>
        <translation>Der Speicherserver hat nicht geantwortet.</translation>
    </message>
    <message>
        <source>this folder</source>
        <translation>dieser Ordner</translation>
    </message>
    <message>
        <source>The storage server did not accept your sign-in. Sign in again.</source>
        <translation>Der Speicherserver hat Ihre Anmeldung nicht akzeptiert. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>You are not allowed to change or read %1 on the storage server.</source>
        <translation>Auf dem Speicherserver darf %1 von Ihnen weder gelesen noch geändert werden.</translation>
    </message>
    <message>
        <source>%1 is no longer on the storage server. Refresh the folder.</source>
        <translation>Auf dem Speicherserver ist %1 nicht mehr vorhanden. Aktualisieren Sie den Ordner.</translation>
    </message>
    <message>
        <source>%1 already exists on the storage server.</source>
        <translation>Auf dem Speicherserver ist %1 bereits vorhanden.</translation>
    </message>
    <message>
        <source>The storage server does not allow this on %1.</source>
        <translation>Auf dem Speicherserver kann %1 so nicht bearbeitet werden.</translation>
    </message>
    <message>
        <source>The folder for %1 does not exist on the storage server. Refresh and try again.</source>
        <translation>Auf dem Speicherserver fehlt der Ordner, in dem %1 liegen soll. Aktualisieren Sie die Ansicht und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 was changed or already exists on the storage server. Refresh and choose again.</source>
        <translation>Auf dem Speicherserver wurde %1 geändert oder ist bereits vorhanden. Aktualisieren Sie die Ansicht und wählen Sie erneut.</translation>
    </message>
    <message>
        <source>The storage server refused %1: it is too large.</source>
        <translation>Der Speicherserver hat abgelehnt, da %1 zu groß ist.</translation>
    </message>
    <message>
        <source>%1 is locked on the storage server by someone else. Try again later.</source>
        <translation>Auf dem Speicherserver ist %1 von jemand anderem gesperrt. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>%1 could not be moved: the target folder may be missing. Refresh and try again.</source>
        <translation>Auf dem Speicherserver konnte %1 nicht verschoben werden: Vielleicht fehlt der Zielordner. Aktualisieren Sie die Ansicht und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Your storage is full. Delete files or ask the facility for more space.</source>
        <translation>Ihr Speicher ist voll. Löschen Sie Dateien oder bitten Sie die Facility um mehr Platz.</translation>
    </message>
    <message>
        <source>The storage server</source>
        <translation>Der Speicherserver</translation>
    </message>
    <message>
        <source>This address is not a WebDAV storage server.</source>
        <translation>Unter dieser Adresse ist kein WebDAV-Speicherserver.</translation>
    </message>
    <message>
        <source>The storage address %1 is not encrypted (http), so your password is not sent to it. Ask the facility for its https address.</source>
        <translation>Die Speicheradresse %1 ist nicht verschlüsselt (http), daher wird Ihr Passwort nicht dorthin gesendet. Fragen Sie die Facility nach ihrer https-Adresse.</translation>
    </message>
</context>
<context>
    <name>daas::storage::ZipDownloadJob</name>
    <message>
        <source>The archive “%1” could not be created.</source>
        <translation>Das Archiv „%1“ konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The archive could not be written. Is the disk full?</source>
        <translation>Das Archiv konnte nicht geschrieben werden. Ist der Datenträger voll?</translation>
    </message>
    <message>
        <source>The archive could not be put in place.</source>
        <translation>Das Archiv konnte nicht am Zielort abgelegt werden.</translation>
    </message>
    <message>
        <source>“%1” arrived incomplete.</source>
        <translation>„%1“ kam unvollständig an.</translation>
    </message>
</context>
<context>
    <name>daas::storage::davpath</name>
    <message>
        <source>The storage server listed an entry that cannot be shown: %1</source>
        <translation>Der Speicherserver hat einen Eintrag aufgeführt, der nicht angezeigt werden kann: %1</translation>
    </message>
    <message>
        <source>the address is malformed.</source>
        <translation>Die Adresse ist fehlerhaft.</translation>
    </message>
    <message>
        <source>it points to another server.</source>
        <translation>Er verweist auf einen anderen Server.</translation>
    </message>
    <message>
        <source>it lies outside your storage.</source>
        <translation>Er liegt außerhalb Ihres Speichers.</translation>
    </message>
</context>
<context>
    <name>daas::support</name>
    <message>
        <source>%1 refused the connection. The service may be down.</source>
        <translation>%1 hat die Verbindung abgelehnt. Der Dienst ist vielleicht nicht erreichbar.</translation>
    </message>
    <message>
        <source>The server %1 could not be found. Check the network.</source>
        <translation>Der Server %1 wurde nicht gefunden. Prüfen Sie das Netzwerk.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost.</source>
        <translation>Die Verbindung zu %1 ist abgebrochen.</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be established: its certificate is not trusted.</source>
        <translation>Die sichere Verbindung zu %1 kam nicht zustande: Seinem Zertifikat wird nicht vertraut.</translation>
    </message>
    <message>
        <source>The network proxy failed. Check the proxy settings.</source>
        <translation>Der Netzwerk-Proxy ist fehlgeschlagen. Prüfen Sie die Proxy-Einstellungen.</translation>
    </message>
    <message>
        <source>The request to %1 failed.</source>
        <translation>Die Anfrage an %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>%1 did not accept the credentials.</source>
        <translation>%1 hat die Anmeldedaten nicht akzeptiert.</translation>
    </message>
    <message>
        <source>%1 does not allow this.</source>
        <translation>%1 erlaubt das nicht.</translation>
    </message>
    <message>
        <source>%1 could not find it. It may have been removed.</source>
        <translation>%1 konnte es nicht finden. Vielleicht wurde es entfernt.</translation>
    </message>
    <message>
        <source>%1 refused: it conflicts with what is there now.</source>
        <translation>%1 hat abgelehnt: Es widerspricht dem, was jetzt dort ist.</translation>
    </message>
    <message>
        <source>%1 refused: it is too large.</source>
        <translation>%1 hat abgelehnt: Es ist zu groß.</translation>
    </message>
    <message>
        <source>%1 has no space left.</source>
        <translation>%1 hat keinen Platz mehr.</translation>
    </message>
    <message>
        <source>%1 does not support this.</source>
        <translation>%1 unterstützt das nicht.</translation>
    </message>
    <message>
        <source>%1 is busy or unavailable. Try again later.</source>
        <translation>%1 ist ausgelastet oder nicht verfügbar. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>%1 reported an internal error.</source>
        <translation>%1 meldete einen internen Fehler.</translation>
    </message>
    <message>
        <source>%1 gave an unexpected answer (%2).</source>
        <translation>%1 gab eine unerwartete Antwort (%2).</translation>
    </message>
    <message>
        <source>The name “%1” cannot be used for a local file: %2</source>
        <translation>Der Name „%1“ kann nicht für eine lokale Datei verwendet werden: %2</translation>
    </message>
    <message>
        <source>it is empty.</source>
        <translation>Er ist leer.</translation>
    </message>
    <message>
        <source>it refers to a folder above.</source>
        <translation>Er verweist auf einen übergeordneten Ordner.</translation>
    </message>
    <message>
        <source>it contains a folder separator.</source>
        <translation>Er enthält ein Pfadtrennzeichen.</translation>
    </message>
    <message>
        <source>it contains a control character.</source>
        <translation>Er enthält ein Steuerzeichen.</translation>
    </message>
    <message>
        <source>it ends with a space or a dot.</source>
        <translation>Er endet mit einem Leerzeichen oder Punkt.</translation>
    </message>
    <message>
        <source>it is a reserved device name.</source>
        <translation>Er ist ein reservierter Gerätename.</translation>
    </message>
    <message>
        <source>it contains a colon.</source>
        <translation>Er enthält einen Doppelpunkt.</translation>
    </message>
    <message>
        <source>it is too long.</source>
        <translation>Er ist zu lang.</translation>
    </message>
    <message>
        <source>it is an absolute path.</source>
        <translation>Er ist ein absoluter Pfad.</translation>
    </message>
    <message>
        <source>it starts with a drive letter.</source>
        <translation>Er beginnt mit einem Laufwerksbuchstaben.</translation>
    </message>
    <message>
        <source>it leaves the chosen folder.</source>
        <translation>Er führt aus dem gewählten Ordner hinaus.</translation>
    </message>
    <message>
        <source>%1 gave an answer that could not be read.</source>
        <translation>%1 gab eine Antwort, die nicht gelesen werden konnte.</translation>
    </message>
    <message numerus="yes">
        <source>The server %1 did not answer within %n second(s). Check the network connection, or try again later.</source>
        <translation>
            <numerusform>Der Server %1 hat nicht innerhalb von %n Sekunde geantwortet. Prüfen Sie die Netzwerkverbindung, oder versuchen Sie es später erneut.</numerusform>
            <numerusform>Der Server %1 hat nicht innerhalb von %n Sekunden geantwortet. Prüfen Sie die Netzwerkverbindung, oder versuchen Sie es später erneut.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>daas::support::PartFile</name>
    <message>
        <source>“%1” could not be put in place on this computer.</source>
        <translation>„%1“ konnte auf diesem Computer nicht am Zielort abgelegt werden.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space, then try “%1” again.</source>
        <translation>Der Datenträger ist voll. Geben Sie Speicherplatz frei und versuchen Sie es dann mit „%1“ erneut.</translation>
    </message>
    <message>
        <source>“%1” could not be written on this computer.</source>
        <translation>„%1“ konnte auf diesem Computer nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>daas::support::TlsTrustStore</name>
    <message>
        <source>The certificate of %1 (port %2) is not trusted. Its SHA-256 fingerprint is %3. Trust it only if your facility confirms this fingerprint.</source>
        <translation>Dem Zertifikat von %1 (Port %2) wird nicht vertraut. Sein SHA-256-Fingerabdruck ist %3. Vertrauen Sie ihm nur, wenn Ihre Facility diesen Fingerabdruck bestätigt.</translation>
    </message>
</context>
<context>
    <name>daas::ui::AddFacilityDialog</name>
    <message>
        <source>&amp;Fetch</source>
        <translation>A&amp;brufen</translation>
    </message>
    <message>
        <source>Add a Facility</source>
        <translation>Facility hinzufügen</translation>
    </message>
    <message>
        <source>Type the address your facility gives for its profile, or just its host name (for example facility.example).</source>
        <translation>Geben Sie die Adresse ein, die Ihre Facility für ihr Profil angibt, oder nur ihren Hostnamen (zum Beispiel facility.example).</translation>
    </message>
    <message>
        <source>Profile address</source>
        <translation>Adresse des Profils</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Add This Facility</source>
        <translation>Diese Facility &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Fetching %1…</source>
        <translation>%1 wird abgerufen…</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>It replaces the facility “%1” you added before.</source>
        <translation>Sie ersetzt die zuvor hinzugefügte Facility „%1“.</translation>
    </message>
    <message>
        <source>Check that these are your facility&apos;s services, then add it.</source>
        <translation>Prüfen Sie, ob dies die Dienste Ihrer Facility sind, und fügen Sie sie dann hinzu.</translation>
    </message>
    <message>
        <source>Refresh a Facility</source>
        <translation>Facility aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Keep the New Profile</source>
        <translation>&amp;Neues Profil behalten</translation>
    </message>
</context>
<context>
    <name>daas::ui::Breadcrumb</name>
    <message>
        <source>Folder path</source>
        <translation>Ordnerpfad</translation>
    </message>
    <message>
        <source>The top of your storage</source>
        <translation>Die oberste Ebene Ihres Speichers</translation>
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
        <translation>Liste filtern</translation>
    </message>
    <message>
        <source>&amp;Download…</source>
        <translation>&amp;Herunterladen…</translation>
    </message>
    <message>
        <source>Download the selection</source>
        <translation>Auswahl herunterladen</translation>
    </message>
    <message>
        <source>&amp;Upload…</source>
        <translation>Hoch&amp;laden…</translation>
    </message>
    <message>
        <source>Upload a file into this dataset</source>
        <translation>Eine Datei in diesen Datensatz hochladen</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>My investigations</source>
        <translation>Meine Experimente</translation>
    </message>
    <message>
        <source>Download the whole investigation</source>
        <translation>Das ganze Experiment herunterladen</translation>
    </message>
    <message>
        <source>Download the whole dataset</source>
        <translation>Den ganzen Datensatz herunterladen</translation>
    </message>
    <message>
        <source>Download the selected files</source>
        <translation>Die ausgewählten Dateien herunterladen</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 bytes, CRC32 %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 Byte, CRC32 %3</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>Select what to download first.</source>
        <translation>Wählen Sie zuerst aus, was heruntergeladen werden soll.</translation>
    </message>
    <message>
        <source>Download into folder</source>
        <translation>In Ordner herunterladen</translation>
    </message>
    <message>
        <source>Upload a file into %1</source>
        <translation>Eine Datei in %1 hochladen</translation>
    </message>
    <message>
        <source>This facility lists no file formats to upload with.</source>
        <translation>Diese Facility nennt keine Dateiformate zum Hochladen.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Show what the selected row contains</source>
        <translation>Zeigen, was die ausgewählte Zeile enthält</translation>
    </message>
    <message>
        <source>Upload a file from this computer into this dataset</source>
        <translation>Eine Datei von diesem Computer in diesen Datensatz hochladen</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Back to the level above</source>
        <translation>Zurück zur Ebene darüber</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>You are in %1</source>
        <translation>Sie sind in %1</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Gehe zu %1</translation>
    </message>
    <message>
        <source>Copy to &amp;my storage…</source>
        <translation>In &amp;meinen Speicher kopieren…</translation>
    </message>
    <message>
        <source>Copy the selection to my storage</source>
        <translation>Die Auswahl in meinen Speicher kopieren</translation>
    </message>
    <message>
        <source>This facility offers no storage to copy into</source>
        <translation>Diese Facility bietet keinen Speicher an, in den kopiert werden könnte</translation>
    </message>
    <message>
        <source>Open an investigation to copy its datasets into your storage</source>
        <translation>Öffnen Sie ein Experiment, um seine Datensätze in Ihren Speicher zu kopieren</translation>
    </message>
    <message>
        <source>Copy the selected datasets into your storage, for your analysis environments and batch jobs</source>
        <translation>Die ausgewählten Datensätze in Ihren Speicher kopieren, für Ihre Analyseumgebungen und Batch-Jobs</translation>
    </message>
    <message>
        <source>Copy the selected files into your storage, for your analysis environments and batch jobs</source>
        <translation>Die ausgewählten Dateien in Ihren Speicher kopieren, für Ihre Analyseumgebungen und Batch-Jobs</translation>
    </message>
    <message>
        <source>Select what to copy first.</source>
        <translation>Wählen Sie zuerst aus, was kopiert werden soll.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dataset(s)</source>
        <translation>
            <numerusform>%n Datensatz</numerusform>
            <numerusform>%n Datensätze</numerusform>
        </translation>
    </message>
    <message>
        <source>the top folder of your storage</source>
        <translation>die oberste Ebene Ihres Speichers</translation>
    </message>
    <message>
        <source>The dataset goes into “%1”, with its folders.</source>
        <translation>Der Datensatz kommt mit seinen Ordnern nach „%1“.</translation>
    </message>
    <message>
        <source>Each dataset goes into a folder of its own in %1.</source>
        <translation>Jeder Datensatz kommt in einen eigenen Ordner in %1.</translation>
    </message>
    <message>
        <source>The file is saved as “%1”.</source>
        <translation>Die Datei wird als „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>The files go into %1.</source>
        <translation>Die Dateien kommen nach %1.</translation>
    </message>
    <message>
        <source>Listing what to copy…</source>
        <translation>Ermittle, was kopiert werden soll…</translation>
    </message>
    <message>
        <source>“%1” in your storage</source>
        <translation>„%1“ in Ihrem Speicher</translation>
    </message>
    <message>
        <source>Nothing was copied.</source>
        <translation>Nichts wurde kopiert.</translation>
    </message>
    <message numerus="yes">
        <source>Copying %n file(s) into %1. Their progress is in Transfers.</source>
        <translation>
            <numerusform>%n Datei wird nach %1 kopiert. Den Fortschritt sehen Sie unter Übertragungen.</numerusform>
            <numerusform>%n Dateien werden nach %1 kopiert. Den Fortschritt sehen Sie unter Übertragungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more file(s) were left out for the same kind of reason.</source>
        <translation>
            <numerusform>%n weitere Datei wurde aus dem gleichen Grund ausgelassen.</numerusform>
            <numerusform>%n weitere Dateien wurden aus dem gleichen Grund ausgelassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Process on the cluster…</source>
        <translation>Auf dem Cluster ve&amp;rarbeiten…</translation>
    </message>
    <message>
        <source>Copy the selected dataset into your storage and start a job on it</source>
        <translation>Den ausgewählten Datensatz in Ihren Speicher kopieren und einen Job damit starten</translation>
    </message>
    <message>
        <source>Select one dataset to process.</source>
        <translation>Wählen Sie einen Datensatz zum Verarbeiten aus.</translation>
    </message>
    <message>
        <source>The dataset goes into “%1”, with its folders; the cluster reads it there. New job opens with it as the input.</source>
        <translation>Der Datensatz kommt mit seinen Ordnern nach „%1“; der Cluster liest ihn dort. „Neuer Job“ öffnet sich mit ihm als Eingabe.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
</context>
<context>
    <name>daas::ui::CertificateDecisionBox</name>
    <message>
        <source>The remote desktop %1 (port %2)</source>
        <translation>Der entfernte Desktop %1 (Port %2)</translation>
    </message>
    <message>
        <source>Certificate Changed</source>
        <translation>Zertifikat geändert</translation>
    </message>
    <message>
        <source>%1 presented a different certificate from the one you trusted before. This happens when the machine was rebuilt, and also when someone intercepts the connection.

New SHA-256 fingerprint:
%2

Connect only if your facility confirms the new fingerprint.</source>
        <translation>%1 hat ein anderes Zertifikat vorgelegt als das, dem Sie zuvor vertraut haben. Das geschieht, wenn die Maschine neu aufgesetzt wurde, aber auch, wenn jemand die Verbindung abfängt.

Neuer SHA-256-Fingerabdruck:
%2

Verbinden Sie sich nur, wenn Ihre Facility den neuen Fingerabdruck bestätigt.</translation>
    </message>
    <message>
        <source>Untrusted Certificate</source>
        <translation>Nicht vertrauenswürdiges Zertifikat</translation>
    </message>
    <message>
        <source>%1 presented a certificate that is not trusted.

SHA-256 fingerprint:
%2

Trust it only if your facility confirms this fingerprint. The decision is remembered for this desktop.</source>
        <translation>%1 hat ein Zertifikat vorgelegt, dem nicht vertraut wird.

SHA-256-Fingerabdruck:
%2

Vertrauen Sie ihm nur, wenn Ihre Facility diesen Fingerabdruck bestätigt. Die Entscheidung wird für diesen Desktop gespeichert.</translation>
    </message>
    <message>
        <source>Trust the New Certificate</source>
        <translation>Dem neuen Zertifikat vertrauen</translation>
    </message>
    <message>
        <source>Trust and Connect</source>
        <translation>Vertrauen und verbinden</translation>
    </message>
    <message>
        <source>The RD Gateway %1 (port %2), through which the remote desktop is reached,</source>
        <translation>Das RD-Gateway %1 (Port %2), über das der entfernte Desktop erreicht wird,</translation>
    </message>
    <message>
        <source>RD Gateway Certificate Changed</source>
        <translation>Zertifikat des RD-Gateways geändert</translation>
    </message>
    <message>
        <source>Untrusted RD Gateway Certificate</source>
        <translation>Nicht vertrauenswürdiges Zertifikat des RD-Gateways</translation>
    </message>
    <message>
        <source>%1 presented a certificate that is not trusted.

SHA-256 fingerprint:
%2

Trust it only if your facility confirms this fingerprint. The decision is remembered for this gateway.</source>
        <translation>%1 hat ein Zertifikat vorgelegt, dem nicht vertraut wird.

SHA-256-Fingerabdruck:
%2

Vertrauen Sie ihm nur, wenn Ihre Facility diesen Fingerabdruck bestätigt. Die Entscheidung wird für dieses Gateway gespeichert.</translation>
    </message>
</context>
<context>
    <name>daas::ui::CloudPasswordDialog</name>
    <message>
        <source>Password for Analysis Environments</source>
        <translation>Passwort für Analyseumgebungen</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>&amp;Anmelden</translation>
    </message>
</context>
<context>
    <name>daas::ui::ConflictDialog</name>
    <message>
        <source>size unknown</source>
        <translation>Größe unbekannt</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>Datum unbekannt</translation>
    </message>
    <message>
        <source>%1, modified %2</source>
        <translation>%1, geändert %2</translation>
    </message>
    <message>
        <source>&amp;Apply to all conflicts of these transfers</source>
        <translation>Für &amp;alle Konflikte dieser Übertragungen übernehmen</translation>
    </message>
    <message>
        <source>File already exists</source>
        <translation>Datei existiert bereits</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is already in the storage folder “%2”.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; ist bereits im Speicherordner „%2“.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is already in the folder %2 on this computer.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; ist bereits im Ordner %2 auf diesem Computer.</translation>
    </message>
    <message>
        <source>Already there:</source>
        <translation>Bereits vorhanden:</translation>
    </message>
    <message>
        <source>From this computer:</source>
        <translation>Von diesem Computer:</translation>
    </message>
    <message>
        <source>From the storage:</source>
        <translation>Aus dem Speicher:</translation>
    </message>
    <message>
        <source>&amp;Keep both</source>
        <translation>&amp;Beide behalten</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>Übers&amp;pringen</translation>
    </message>
    <message>
        <source>The new file is saved as “%1 (1)” beside the existing one.</source>
        <translation>Die neue Datei wird als „%1 (1)“ neben der vorhandenen gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>%n more file(s) of these transfers are also already there.</source>
        <translation>
            <numerusform>%n weitere Datei dieser Übertragungen ist ebenfalls schon vorhanden.</numerusform>
            <numerusform>%n weitere Dateien dieser Übertragungen sind ebenfalls schon vorhanden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Keep &amp;newer</source>
        <translation>&amp;Neuere behalten</translation>
    </message>
    <message>
        <source>Whichever of the two was modified last is kept; the other is replaced or the transfer skipped.</source>
        <translation>Die zuletzt geänderte der beiden Dateien wird behalten; die andere wird ersetzt oder die Übertragung übersprungen.</translation>
    </message>
    <message>
        <source>From the catalogue:</source>
        <translation>Aus dem Katalog:</translation>
    </message>
</context>
<context>
    <name>daas::ui::CopyToStorageDialog</name>
    <message>
        <source>Copy to my storage</source>
        <translation>In meinen Speicher kopieren</translation>
    </message>
    <message>
        <source>Copy %1 (%2) into your storage.</source>
        <translation>%1 (%2) in Ihren Speicher kopieren.</translation>
    </message>
    <message>
        <source>Copy %1 into your storage.</source>
        <translation>%1 in Ihren Speicher kopieren.</translation>
    </message>
    <message>
        <source>The data goes from the data service straight into your storage, without a copy on this computer. Your analysis environments and batch jobs see it there.</source>
        <translation>Die Daten gehen vom Datendienst direkt in Ihren Speicher, ohne Kopie auf diesem Computer. Ihre Analyseumgebungen und Batch-Jobs finden sie dort.</translation>
    </message>
    <message>
        <source>Storage folder</source>
        <translation>Speicherordner</translation>
    </message>
    <message>
        <source>the top folder of your storage</source>
        <translation>die oberste Ebene Ihres Speichers</translation>
    </message>
    <message>
        <source>A folder in your storage, such as “datasets” or “projects/kagome”. It is made if it is not there.</source>
        <translation>Ein Ordner in Ihrem Speicher, etwa „datasets“ oder „projects/kagome“. Er wird angelegt, wenn es ihn noch nicht gibt.</translation>
    </message>
    <message>
        <source>Into &amp;folder:</source>
        <translation>In &amp;Ordner:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
</context>
<context>
    <name>daas::ui::DownloadsPanel</name>
    <message>
        <source>Progress of %1</source>
        <translation>Fortschritt von %1</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Startet…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel %1</source>
        <translation>%1 abbrechen</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 received</source>
        <translation>%1 empfangen</translation>
    </message>
    <message>
        <source>Cancelled; nothing was kept.</source>
        <translation>Abgebrochen; nichts wurde behalten.</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Gespeichert als %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) saved in %1</source>
        <translation>
            <numerusform>%n Datei in %1 gespeichert</numerusform>
            <numerusform>%n Dateien in %1 gespeichert</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused, because they would have been written outside the folder: %1</source>
        <translation>Abgelehnt, weil sie außerhalb des Ordners geschrieben worden wären: %1</translation>
    </message>
    <message>
        <source>Uploaded and verified.</source>
        <translation>Hochgeladen und geprüft.</translation>
    </message>
    <message>
        <source>C&amp;lear finished</source>
        <translation>Beendete &amp;entfernen</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Im Ordner zeigen</translation>
    </message>
    <message>
        <source>The facility is restoring these files from tape…</source>
        <translation>Die Facility holt diese Dateien vom Band zurück…</translation>
    </message>
    <message>
        <source>The facility is restoring these files from tape… (waiting for %1)</source>
        <translation>Die Facility holt diese Dateien vom Band zurück… (wartet seit %1)</translation>
    </message>
</context>
<context>
    <name>daas::ui::EnvironmentModel</name>
    <message>
        <source>Waiting for the cloud</source>
        <translation>Wartet auf die Cloud</translation>
    </message>
    <message>
        <source>Starting the desktop</source>
        <translation>Desktop startet</translation>
    </message>
    <message>
        <source>Booting</source>
        <translation>Startet</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Removing</source>
        <translation>Wird entfernt</translation>
    </message>
    <message>
        <source>Switched off</source>
        <translation>Ausgeschaltet</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Environment %1</source>
        <translation>Umgebung %1</translation>
    </message>
    <message>
        <source>No end date</source>
        <translation>Kein Enddatum</translation>
    </message>
    <message>
        <source>%1 (the cloud says %2)</source>
        <translation>%1 (laut Cloud: %2)</translation>
    </message>
    <message numerus="yes">
        <source>Removed automatically in %n hour(s)</source>
        <translation>
            <numerusform>Wird in %n Stunde automatisch entfernt</numerusform>
            <numerusform>Wird in %n Stunden automatisch entfernt</numerusform>
        </translation>
    </message>
    <message>
        <source>Past its end date</source>
        <translation>Enddatum überschritten</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Maschine</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Endet</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Not answering</source>
        <translation>Antwortet nicht</translation>
    </message>
</context>
<context>
    <name>daas::ui::EnvironmentsView</name>
    <message>
        <source>&amp;Launch…</source>
        <translation>&amp;Starten…</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Start a new environment</source>
        <translation>Neue Umgebung starten</translation>
    </message>
    <message>
        <source>Your environments</source>
        <translation>Ihre Umgebungen</translation>
    </message>
    <message>
        <source>You have no environments yet. Pick a machine on the left and launch it; its desktop opens here in a tab once it is ready.</source>
        <translation>Sie haben noch keine Umgebung. Wählen Sie links eine Maschine und starten Sie sie; ihr Desktop öffnet sich in einem Tab, sobald er bereit ist.</translation>
    </message>
    <message>
        <source>Machines you can launch</source>
        <translation>Maschinen, die Sie starten können</translation>
    </message>
    <message>
        <source>Launch a new environment from the selected machine</source>
        <translation>Eine neue Umgebung aus der gewählten Maschine starten</translation>
    </message>
    <message>
        <source>Open the desktop of the selected environment in a tab</source>
        <translation>Den Desktop der gewählten Umgebung in einem Tab öffnen</translation>
    </message>
    <message>
        <source>Remove the selected environment and its machine</source>
        <translation>Die gewählte Umgebung und ihre Maschine entfernen</translation>
    </message>
    <message>
        <source>Ask the cloud again for the machines and your environments</source>
        <translation>Die Cloud erneut nach Maschinen und Ihren Umgebungen fragen</translation>
    </message>
    <message>
        <source>Your session was resumed, so DAaaS Desktop does not know your password. Type your facility password to use analysis environments.</source>
        <translation>Ihre Sitzung wurde fortgesetzt, daher kennt DAaaS Desktop Ihr Passwort nicht. Geben Sie Ihr Facility-Passwort ein, um Analyseumgebungen zu nutzen.</translation>
    </message>
    <message>
        <source>Sign in to use analysis environments.</source>
        <translation>Melden Sie sich an, um Analyseumgebungen zu nutzen.</translation>
    </message>
    <message>
        <source>Analysis environments need your facility password. Choose Refresh to type it.</source>
        <translation>Analyseumgebungen brauchen Ihr Facility-Passwort. Wählen Sie „Aktualisieren“, um es einzugeben.</translation>
    </message>
    <message>
        <source>The cloud did not accept your password. Type your facility password again.</source>
        <translation>Die Cloud hat Ihr Passwort nicht akzeptiert. Geben Sie Ihr Facility-Passwort erneut ein.</translation>
    </message>
    <message>
        <source>Sign in again to launch environments.</source>
        <translation>Melden Sie sich erneut an, um Umgebungen zu starten.</translation>
    </message>
    <message>
        <source>Delete Environment</source>
        <translation>Umgebung löschen</translation>
    </message>
    <message>
        <source>Delete “%1”? The machine and everything on its own disks are removed for good; files in your persistent storage stay.</source>
        <translation>„%1“ löschen? Die Maschine und alles auf ihren eigenen Platten wird endgültig entfernt; Dateien in Ihrem dauerhaften Speicher bleiben.</translation>
    </message>
    <message>
        <source>Connect with &amp;VNC</source>
        <translation>Mit &amp;VNC verbinden</translation>
    </message>
    <message>
        <source>Connect with &amp;RDP</source>
        <translation>Mit &amp;RDP verbinden</translation>
    </message>
    <message>
        <source>Choose how to connect: VNC or RDP</source>
        <translation>Verbindungsart wählen: VNC oder RDP</translation>
    </message>
    <message>
        <source>Connection protocol</source>
        <translation>Verbindungsprotokoll</translation>
    </message>
    <message>
        <source>&amp;Connect (%1)</source>
        <translation>&amp;Verbinden (%1)</translation>
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
        <translation>Welche Facility nutzen Sie? Sie können das später ändern.</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>Facilities</translation>
    </message>
    <message>
        <source>Open profile &amp;file…</source>
        <translation>Profil&amp;datei öffnen…</translation>
    </message>
    <message>
        <source>Open a facility profile</source>
        <translation>Ein Facility-Profil öffnen</translation>
    </message>
    <message>
        <source>Facility profiles (*.json)</source>
        <translation>Facility-Profile (*.json)</translation>
    </message>
    <message>
        <source>%1
Catalogue: %2</source>
        <translation>%1
Katalog: %2</translation>
    </message>
    <message>
        <source>&amp;Use this facility</source>
        <translation>Diese Facility &amp;verwenden</translation>
    </message>
    <message>
        <source>No facility has been added yet. Add yours from the address of its profile (your facility&apos;s web pages give it), or open a profile file it sent you.</source>
        <translation>Es wurde noch keine Facility hinzugefügt. Fügen Sie Ihre über die Adresse ihres Profils hinzu (die Webseiten Ihrer Facility nennen sie), oder öffnen Sie eine Profildatei, die sie Ihnen geschickt hat.</translation>
    </message>
    <message>
        <source>Added from %1</source>
        <translation>Hinzugefügt von %1</translation>
    </message>
    <message>
        <source>&amp;Add from address…</source>
        <translation>Von &amp;Adresse hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Fetch this facility&apos;s profile again from the address it was added from</source>
        <translation>Das Profil dieser Facility erneut von der Adresse abrufen, von der sie hinzugefügt wurde</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>Forget this facility on this computer</source>
        <translation>Diese Facility auf diesem Computer vergessen</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Remove a Facility</source>
        <translation>Facility entfernen</translation>
    </message>
    <message>
        <source>Remove “%1” from this computer?</source>
        <translation>„%1“ von diesem Computer entfernen?</translation>
    </message>
    <message>
        <source>Its profile, and certificates that came with it, are forgotten here. Your data at the facility is not touched; you can add it again later.</source>
        <translation>Das Profil und die mitgelieferten Zertifikate werden hier vergessen. Ihre Daten bei der Facility bleiben unberührt; Sie können die Facility später erneut hinzufügen.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
</context>
<context>
    <name>daas::ui::FileBrowser</name>
    <message numerus="yes">
        <source>…and %n more problem(s).</source>
        <translation>
            <numerusform>…und %n weiteres Problem.</numerusform>
            <numerusform>…und %n weitere Probleme.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your storage at %1</source>
        <translation>Ihr Speicher bei %1</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>&amp;Nach oben</translation>
    </message>
    <message>
        <source>Go to the folder above (Backspace)</source>
        <translation>Zum übergeordneten Ordner (Rücktaste)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the folder, or the file in its application</source>
        <translation>Den Ordner öffnen oder die Datei in ihrer Anwendung</translation>
    </message>
    <message>
        <source>&amp;New folder</source>
        <translation>&amp;Neuer Ordner</translation>
    </message>
    <message>
        <source>Create a folder here and name it</source>
        <translation>Hier einen Ordner anlegen und benennen</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>Rename the selected entry (F2)</source>
        <translation>Den gewählten Eintrag umbenennen (F2)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Delete the selection from your storage (Delete)</source>
        <translation>Die Auswahl aus Ihrem Speicher löschen (Entf)</translation>
    </message>
    <message>
        <source>&amp;Download…</source>
        <translation>&amp;Herunterladen…</translation>
    </message>
    <message>
        <source>Download the selection into a folder on this computer</source>
        <translation>Die Auswahl in einen Ordner auf diesem Computer herunterladen</translation>
    </message>
    <message>
        <source>&amp;Upload files…</source>
        <translation>Dateien ho&amp;chladen…</translation>
    </message>
    <message>
        <source>Upload files from this computer into this folder (or drop them here)</source>
        <translation>Dateien von diesem Computer in diesen Ordner hochladen (oder hier ablegen)</translation>
    </message>
    <message>
        <source>Download as .&amp;zip…</source>
        <translation>Als .&amp;zip herunterladen…</translation>
    </message>
    <message>
        <source>Download the selection (or this folder) as one .zip file</source>
        <translation>Die Auswahl (oder diesen Ordner) als eine .zip-Datei herunterladen</translation>
    </message>
    <message>
        <source>E&amp;xtract here…</source>
        <translation>Hier &amp;entpacken…</translation>
    </message>
    <message>
        <source>Unpack an archive from this computer into this folder</source>
        <translation>Ein Archiv von diesem Computer in diesen Ordner entpacken</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>List this folder again (F5)</source>
        <translation>Diesen Ordner neu einlesen (F5)</translation>
    </message>
    <message>
        <source>&amp;Icons</source>
        <translation>&amp;Symbole</translation>
    </message>
    <message>
        <source>Show large icons instead of details</source>
        <translation>Große Symbole statt Details zeigen</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Files and folders</source>
        <translation>Dateien und Ordner</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>Show details instead of large icons</source>
        <translation>Details statt großer Symbole zeigen</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) in this folder are not shown, because the server described them in a way that is not safe to use on this computer: %1</source>
        <translation>
            <numerusform>%n Eintrag in diesem Ordner wird nicht gezeigt, weil der Server ihn so beschreibt, dass er auf diesem Computer nicht sicher verwendet werden kann: %1</numerusform>
            <numerusform>%n Einträge in diesem Ordner werden nicht gezeigt, weil der Server sie so beschreibt, dass sie auf diesem Computer nicht sicher verwendet werden können: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loading… %n entry(ies) so far</source>
        <translation>
            <numerusform>Wird geladen… bisher %n Eintrag</numerusform>
            <numerusform>Wird geladen… bisher %n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>This folder could not be listed.</source>
        <translation>Dieser Ordner konnte nicht aufgelistet werden.</translation>
    </message>
    <message>
        <source>This folder is empty. Drop files here to upload them.</source>
        <translation>Dieser Ordner ist leer. Legen Sie Dateien hier ab, um sie hochzuladen.</translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s)</source>
        <translation>
            <numerusform>%n Ordner</numerusform>
            <numerusform>%n Ordner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n ausgewählt</numerusform>
            <numerusform>%n ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 used, %2 free</source>
        <translation>%1 belegt, %2 frei</translation>
    </message>
    <message>
        <source>%1 free</source>
        <translation>%1 frei</translation>
    </message>
    <message>
        <source>Opening “%1” once it has downloaded (see Transfers).</source>
        <translation>„%1“ wird geöffnet, sobald es heruntergeladen ist (siehe Übertragungen).</translation>
    </message>
    <message>
        <source>New folder</source>
        <translation>Neuer Ordner</translation>
    </message>
    <message>
        <source>“%1” cannot be used as a name: names may not contain “/” or be “.” or “..”.</source>
        <translation>„%1“ kann nicht als Name verwendet werden: Namen dürfen kein „/“ enthalten und nicht „.“ oder „..“ sein.</translation>
    </message>
    <message>
        <source>There is already an entry called “%1” in this folder.</source>
        <translation>In diesem Ordner gibt es bereits einen Eintrag namens „%1“.</translation>
    </message>
    <message>
        <source>Delete the folder “%1” and everything in it from your storage? This cannot be undone.</source>
        <translation>Den Ordner „%1“ mit seinem ganzen Inhalt aus Ihrem Speicher löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete “%1” from your storage? This cannot be undone.</source>
        <translation>„%1“ aus Ihrem Speicher löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n entries from your storage? Folders are deleted with everything in them. This cannot be undone.</source>
        <translation>
            <numerusform>Diesen Eintrag aus Ihrem Speicher löschen? Ordner werden mit ihrem ganzen Inhalt gelöscht. Das lässt sich nicht rückgängig machen.</numerusform>
            <numerusform>Diese %n Einträge aus Ihrem Speicher löschen? Ordner werden mit ihrem ganzen Inhalt gelöscht. Das lässt sich nicht rückgängig machen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete from storage</source>
        <translation>Aus dem Speicher löschen</translation>
    </message>
    <message>
        <source>Download into folder</source>
        <translation>In Ordner herunterladen</translation>
    </message>
    <message>
        <source>Upload files into “%1”</source>
        <translation>Dateien nach „%1“ hochladen</translation>
    </message>
    <message>
        <source>“%1” was not uploaded: its name cannot be used on the storage server.</source>
        <translation>„%1“ wurde nicht hochgeladen: Sein Name kann auf dem Speicherserver nicht verwendet werden.</translation>
    </message>
    <message>
        <source>%1 is no longer on this computer.</source>
        <translation>%1 ist nicht mehr auf diesem Computer.</translation>
    </message>
    <message>
        <source>“%1” cannot be moved or copied into itself.</source>
        <translation>„%1“ kann nicht in sich selbst verschoben oder kopiert werden.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>“%1” was not copied: “%2” already has an entry of that name.</source>
        <translation>„%1“ wurde nicht kopiert: In „%2“ gibt es bereits einen Eintrag dieses Namens.</translation>
    </message>
    <message>
        <source>“%1” was not moved: “%2” already has an entry of that name.</source>
        <translation>„%1“ wurde nicht verschoben: In „%2“ gibt es bereits einen Eintrag dieses Namens.</translation>
    </message>
    <message>
        <source>Entries cannot be moved between two different storages. Download them, then upload them.</source>
        <translation>Einträge können nicht zwischen zwei verschiedenen Speichern verschoben werden. Laden Sie sie herunter und dann wieder hoch.</translation>
    </message>
    <message>
        <source>Download as .zip</source>
        <translation>Als .zip herunterladen</translation>
    </message>
    <message>
        <source>ZIP archives (*.zip)</source>
        <translation>ZIP-Archive (*.zip)</translation>
    </message>
    <message>
        <source>Extract an archive into “%1”</source>
        <translation>Ein Archiv nach „%1“ entpacken</translation>
    </message>
    <message>
        <source>Archives (*.zip *.tar *.tar.gz *.tgz *.tar.bz2 *.tar.xz)</source>
        <translation>Archive (*.zip *.tar *.tar.gz *.tgz *.tar.bz2 *.tar.xz)</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) of the archive were not extracted: %1</source>
        <translation>
            <numerusform>%n Eintrag des Archivs wurde nicht entpackt: %1</numerusform>
            <numerusform>%n Einträge des Archivs wurden nicht entpackt: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was still downloading when you dropped it, so it was not handed over. Drop it again in a moment; its progress is under Transfers.</source>
        <translation>%1 wurde beim Ablegen noch heruntergeladen und deshalb nicht übergeben. Legen Sie es gleich noch einmal ab; den Fortschritt sehen Sie unter Übertragungen.</translation>
    </message>
    <message>
        <source>Copy &amp;link</source>
        <translation>Lin&amp;k kopieren</translation>
    </message>
    <message>
        <source>Copy the web address of the selection (or of this folder)</source>
        <translation>Die Webadresse der Auswahl (oder dieses Ordners) kopieren</translation>
    </message>
    <message>
        <source>Use on this &amp;computer…</source>
        <translation>Auf diesem Computer &amp;verwenden…</translation>
    </message>
    <message>
        <source>Open your storage in this computer&apos;s own file manager</source>
        <translation>Ihren Speicher im Dateimanager dieses Computers öffnen</translation>
    </message>
    <message>
        <source>Link copied: %1</source>
        <translation>Link kopiert: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) copied.</source>
        <translation>
            <numerusform>%n Link kopiert.</numerusform>
            <numerusform>%n Links kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Process on the cluster…</source>
        <translation>Auf dem Cluster ve&amp;rarbeiten…</translation>
    </message>
    <message>
        <source>Start a batch job with the selected folder (or this one) as its input</source>
        <translation>Einen Batch-Job mit dem ausgewählten Ordner (oder diesem) als Eingabe starten</translation>
    </message>
</context>
<context>
    <name>daas::ui::IdleWarning</name>
    <message>
        <source>&amp;Stay signed in</source>
        <translation>&amp;Angemeldet bleiben</translation>
    </message>
    <message>
        <source>Signing out</source>
        <translation>Abmeldung</translation>
    </message>
    <message>
        <source>Keeps you signed in on this shared computer.</source>
        <translation>Hält Sie auf diesem gemeinsam genutzten Computer angemeldet.</translation>
    </message>
    <message>
        <source>Nobody has used DAaaS Desktop for a while. This computer is shared, so you will be signed out and everything of yours removed from it.</source>
        <translation>DAaaS Desktop wurde eine Weile nicht benutzt. Dieser Computer wird gemeinsam genutzt, daher werden Sie abgemeldet, und alles von Ihnen wird von ihm entfernt.</translation>
    </message>
    <message numerus="yes">
        <source>Signing out in %n s</source>
        <translation>
            <numerusform>Abmeldung in %n s</numerusform>
            <numerusform>Abmeldung in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>These transfers will not finish:</source>
        <translation>Diese Übertragungen werden nicht abgeschlossen:</translation>
    </message>
</context>
<context>
    <name>daas::ui::JobListModel</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (signal %2)</source>
        <translation>%1 (Signal %2)</translation>
    </message>
    <message>
        <source>The scheduler says: %1</source>
        <translation>Der Scheduler meldet: %1</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>Partition</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Eingereicht</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Run time</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Exit code</source>
        <translation>Exit-Code</translation>
    </message>
</context>
<context>
    <name>daas::ui::JobOutputView</name>
    <message>
        <source>&amp;Follow</source>
        <translation>&amp;Mitverfolgen</translation>
    </message>
    <message>
        <source>Job output</source>
        <translation>Ausgabe des Jobs</translation>
    </message>
    <message>
        <source>Job errors</source>
        <translation>Fehler des Jobs</translation>
    </message>
    <message>
        <source>Keep the newest output in view</source>
        <translation>Die neueste Ausgabe im Blick behalten</translation>
    </message>
    <message>
        <source>The scheduler has not said where this output goes yet.</source>
        <translation>Der Scheduler hat noch nicht mitgeteilt, wohin diese Ausgabe geschrieben wird.</translation>
    </message>
    <message>
        <source>[… %1 not shown: the start of a large file]</source>
        <translation>[… %1 nicht angezeigt: der Anfang einer großen Datei]</translation>
    </message>
    <message>
        <source>[The file was replaced or shortened: %1]</source>
        <translation>[Die Datei wurde ersetzt oder gekürzt: %1]</translation>
    </message>
    <message>
        <source>Waiting for the job to write %1</source>
        <translation>Warten, bis der Job in %1 schreibt</translation>
    </message>
    <message>
        <source>Following %1</source>
        <translation>%1 wird mitverfolgt</translation>
    </message>
    <message>
        <source>%1 — the job has ended; this is all of it</source>
        <translation>%1 — der Job ist beendet; das ist der vollständige Inhalt</translation>
    </message>
</context>
<context>
    <name>daas::ui::JobsView</name>
    <message>
        <source>Your batch jobs</source>
        <translation>Ihre Batch-Jobs</translation>
    </message>
    <message>
        <source>All jobs</source>
        <translation>Alle Jobs</translation>
    </message>
    <message>
        <source>Queued and running</source>
        <translation>Wartend und laufend</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>Zei&amp;gen:</translation>
    </message>
    <message>
        <source>Job details</source>
        <translation>Details des Jobs</translation>
    </message>
    <message>
        <source>Job script</source>
        <translation>Jobskript</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Skript</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Stop waiting for this command</source>
        <translation>Nicht länger auf diesen Befehl warten</translation>
    </message>
    <message>
        <source>The job list could not be brought up to date</source>
        <translation>Die Jobliste konnte nicht aktualisiert werden</translation>
    </message>
    <message>
        <source>&amp;New job…</source>
        <translation>&amp;Neuer Job…</translation>
    </message>
    <message>
        <source>Write or choose a job and submit it</source>
        <translation>Einen Job schreiben oder auswählen und einreichen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Ask the scheduler now</source>
        <translation>Den Scheduler jetzt abfragen</translation>
    </message>
    <message>
        <source>&amp;Cancel job</source>
        <translation>Job a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Stop the selected job</source>
        <translation>Den ausgewählten Job abbrechen</translation>
    </message>
    <message>
        <source>&amp;Hold</source>
        <translation>&amp;Zurückhalten</translation>
    </message>
    <message>
        <source>Keep the selected job from starting</source>
        <translation>Verhindern, dass der ausgewählte Job startet</translation>
    </message>
    <message>
        <source>Re&amp;lease</source>
        <translation>&amp;Freigeben</translation>
    </message>
    <message>
        <source>Let the selected job start</source>
        <translation>Den ausgewählten Job starten lassen</translation>
    </message>
    <message>
        <source>Re&amp;submit…</source>
        <translation>&amp;Erneut einreichen…</translation>
    </message>
    <message>
        <source>Submit the selected job again</source>
        <translation>Den ausgewählten Job erneut einreichen</translation>
    </message>
    <message>
        <source>Make &amp;template…</source>
        <translation>&amp;Vorlage erstellen…</translation>
    </message>
    <message>
        <source>Keep the selected job as a template for new jobs</source>
        <translation>Den ausgewählten Job als Vorlage für neue Jobs aufbewahren</translation>
    </message>
    <message>
        <source>Open output &amp;folder</source>
        <translation>Ausgabe&amp;ordner öffnen</translation>
    </message>
    <message>
        <source>Show the folder of the job&apos;s output in Files</source>
        <translation>Den Ordner mit der Ausgabe des Jobs im Bereich Dateien zeigen</translation>
    </message>
    <message>
        <source>Asking the scheduler…</source>
        <translation>Frage den Scheduler…</translation>
    </message>
    <message>
        <source>Updated at %1 · next check in %2 s</source>
        <translation>Aktualisiert um %1 · nächste Abfrage in %2 s</translation>
    </message>
    <message>
        <source>The scheduler has not answered yet.</source>
        <translation>Der Scheduler hat noch nicht geantwortet.</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s)</source>
        <translation>
            <numerusform>%n Job</numerusform>
            <numerusform>%n Jobs</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a job to see its details, script and output.</source>
        <translation>Wählen Sie einen Job aus, um seine Details, sein Skript und seine Ausgabe zu sehen.</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Scheduler&apos;s state</source>
        <translation>Zustand laut Scheduler</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>Partition</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Cores</source>
        <translation>Kerne</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>Zeitlimit</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Eingereicht</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Exit code</source>
        <translation>Exit-Code</translation>
    </message>
    <message>
        <source>%1, ended by signal %2</source>
        <translation>%1, durch Signal %2 beendet</translation>
    </message>
    <message>
        <source>Working folder</source>
        <translation>Arbeitsordner</translation>
    </message>
    <message>
        <source>Output file</source>
        <translation>Ausgabedatei</translation>
    </message>
    <message>
        <source>Error file</source>
        <translation>Fehlerdatei</translation>
    </message>
    <message>
        <source>The scheduler did not give this job&apos;s script.</source>
        <translation>Der Scheduler hat das Skript dieses Jobs nicht geliefert.</translation>
    </message>
    <message>
        <source>It stops at once; what it has written so far stays.</source>
        <translation>Er wird sofort beendet; was er bisher geschrieben hat, bleibt erhalten.</translation>
    </message>
    <message>
        <source>It leaves the queue and will not run.</source>
        <translation>Er verlässt die Warteschlange und wird nicht ausgeführt.</translation>
    </message>
    <message>
        <source>Cancel job</source>
        <translation>Job abbrechen</translation>
    </message>
    <message>
        <source>Cancel job %1 “%2”? %3</source>
        <translation>Job %1 „%2“ abbrechen? %3</translation>
    </message>
    <message>
        <source>Job %1 could not be cancelled</source>
        <translation>Job %1 konnte nicht abgebrochen werden</translation>
    </message>
    <message>
        <source>Cancelling job %1…</source>
        <translation>Job %1 wird abgebrochen…</translation>
    </message>
    <message>
        <source>Job %1 could not be held</source>
        <translation>Job %1 konnte nicht zurückgehalten werden</translation>
    </message>
    <message>
        <source>Job %1 could not be released</source>
        <translation>Job %1 konnte nicht freigegeben werden</translation>
    </message>
    <message>
        <source>Holding job %1…</source>
        <translation>Job %1 wird zurückgehalten…</translation>
    </message>
    <message>
        <source>Releasing job %1…</source>
        <translation>Job %1 wird freigegeben…</translation>
    </message>
    <message>
        <source>Make template</source>
        <translation>Vorlage erstellen</translation>
    </message>
    <message>
        <source>Name of the new template:</source>
        <translation>Name der neuen Vorlage:</translation>
    </message>
    <message>
        <source>The template was not made</source>
        <translation>Die Vorlage wurde nicht erstellt</translation>
    </message>
    <message>
        <source>The template “%1” is ready: New job offers it.</source>
        <translation>Die Vorlage „%1“ ist bereit: „Neuer Job“ bietet sie an.</translation>
    </message>
</context>
<context>
    <name>daas::ui::LaunchDialog</name>
    <message>
        <source>Launch %1</source>
        <translation>%1 starten</translation>
    </message>
    <message>
        <source>Software: %1</source>
        <translation>Software: %1</translation>
    </message>
    <message>
        <source>Name of the new environment</source>
        <translation>Name der neuen Umgebung</translation>
    </message>
    <message>
        <source>&amp;Launch</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Give the environment a name, so you can tell it from your others.</source>
        <translation>Geben Sie der Umgebung einen Namen, damit Sie sie von Ihren anderen unterscheiden können.</translation>
    </message>
    <message>
        <source>A name may not contain quotes, backslashes, brackets or control characters.</source>
        <translation>Ein Name darf keine Anführungszeichen, umgekehrten Schrägstriche, eckigen Klammern oder Steuerzeichen enthalten.</translation>
    </message>
</context>
<context>
    <name>daas::ui::MainWindow</name>
    <message>
        <source>Transfers</source>
        <translation>Übertragungen</translation>
    </message>
    <message>
        <source>Session status</source>
        <translation>Sitzungsstatus</translation>
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
        <translation>&lt;b&gt;DAaaS Desktop&lt;/b&gt; %1&lt;br&gt;Ihre Experimente, Daten und Analyseumgebungen bei %2.</translation>
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
        <source>Signed out</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Facility</translation>
    </message>
    <message>
        <source>&amp;Catalogue</source>
        <translation>&amp;Katalog</translation>
    </message>
    <message>
        <source>Session expired — sign in to continue</source>
        <translation>Sitzung abgelaufen — zum Fortfahren anmelden</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>Environments</source>
        <translation>Umgebungen</translation>
    </message>
    <message>
        <source>Environment ready</source>
        <translation>Umgebung bereit</translation>
    </message>
    <message>
        <source>The desktop of “%1” is ready. Choose Connect to open it.</source>
        <translation>Der Desktop von „%1“ ist bereit. Wählen Sie „Verbinden“, um ihn zu öffnen.</translation>
    </message>
    <message>
        <source>Desktops</source>
        <translation>Desktops</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Catalogue downloads</source>
        <translation>Katalog-Downloads</translation>
    </message>
    <message>
        <source>Open Connection File</source>
        <translation>Verbindungsdatei öffnen</translation>
    </message>
    <message>
        <source>&amp;Open Connection File…</source>
        <translation>Verbindungsdatei ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Remote desktop connection files (*.rdp)</source>
        <translation>Remote-Desktop-Verbindungsdateien (*.rdp)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The batch cluster cannot be used</source>
        <translation>Der Rechencluster kann nicht verwendet werden</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <source>Job %1 %2</source>
        <translation>Job %1: %2</translation>
    </message>
    <message>
        <source>Job %1 has ended.</source>
        <translation>Job %1 ist beendet.</translation>
    </message>
    <message>
        <source>“%1” has ended: %2.</source>
        <translation>„%1“ ist beendet: %2.</translation>
    </message>
    <message>
        <source>Unknown cluster login node</source>
        <translation>Unbekannter Login-Knoten des Clusters</translation>
    </message>
    <message>
        <source>This computer has not met %1 before. Its %2 key has the fingerprint

%3

Trust it only if your facility publishes the same fingerprint.</source>
        <translation>Dieser Computer kennt %1 noch nicht. Sein %2-Schlüssel hat den Fingerabdruck

%3

Vertrauen Sie ihm nur, wenn Ihre Facility denselben Fingerabdruck veröffentlicht.</translation>
    </message>
    <message>
        <source>Trust this key</source>
        <translation>Diesem Schlüssel vertrauen</translation>
    </message>
    <message>
        <source>Do not connect</source>
        <translation>Nicht verbinden</translation>
    </message>
    <message>
        <source>Batch cluster</source>
        <translation>Rechencluster</translation>
    </message>
    <message>
        <source>That was not accepted. %1</source>
        <translation>Das wurde nicht akzeptiert. %1</translation>
    </message>
    <message>
        <source>Job %1 submitted.</source>
        <translation>Job %1 eingereicht.</translation>
    </message>
    <message>
        <source>Job %1 submitted. The scheduler says: %2</source>
        <translation>Job %1 eingereicht. Der Scheduler meldet: %2</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again.</source>
        <translation>Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>Weitere Aktionen</translation>
    </message>
    <message>
        <source>F&amp;iles</source>
        <translation>Date&amp;ien</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>%1 anzeigen</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkombinationen</translation>
    </message>
    <message>
        <source>Download of %1</source>
        <translation>Download von %1</translation>
    </message>
    <message>
        <source>Upload of %1</source>
        <translation>Upload von %1</translation>
    </message>
    <message>
        <source>Copy to %1</source>
        <translation>Kopie nach %1</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>These transfers will not finish:</source>
        <translation>Diese Übertragungen werden nicht abgeschlossen:</translation>
    </message>
    <message>
        <source>This computer is shared: signing out stops them and removes what they kept here.</source>
        <translation>Dieser Computer wird gemeinsam genutzt: Das Abmelden bricht sie ab und entfernt, was sie hier abgelegt haben.</translation>
    </message>
    <message>
        <source>Stop them and sign out</source>
        <translation>Abbrechen und abmelden</translation>
    </message>
    <message>
        <source>Stay signed in</source>
        <translation>Angemeldet bleiben</translation>
    </message>
    <message>
        <source>You were signed out because this shared computer was left unused.</source>
        <translation>Sie wurden abgemeldet, weil dieser gemeinsam genutzte Computer nicht benutzt wurde.</translation>
    </message>
    <message>
        <source>Catalogue transfer of %1</source>
        <translation>Katalog-Übertragung von %1</translation>
    </message>
    <message>
        <source>Signing out ends the session they use: they stop, and their unfinished files are removed.</source>
        <translation>Das Abmelden beendet die Sitzung, die sie nutzen: Sie brechen ab, und ihre unfertigen Dateien werden entfernt.</translation>
    </message>
</context>
<context>
    <name>daas::ui::MessageBar</name>
    <message>
        <source>Dismiss message</source>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>daas::ui::NewJobDialog</name>
    <message>
        <source>Submit &amp;held (start it later with Release)</source>
        <translation>&amp;Zurückgehalten einreichen (später mit „Freigeben“ starten)</translation>
    </message>
    <message>
        <source>New job</source>
        <translation>Neuer Job</translation>
    </message>
    <message>
        <source>A name to find it by</source>
        <translation>Ein Name, unter dem Sie ihn wiederfinden</translation>
    </message>
    <message>
        <source>The cluster&apos;s default</source>
        <translation>Standard des Clusters</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>The partition&apos;s default</source>
        <translation>Standard der Partition</translation>
    </message>
    <message>
        <source>Your home folder on the cluster</source>
        <translation>Ihr Home-Ordner auf dem Cluster</translation>
    </message>
    <message>
        <source>Start from</source>
        <translation>Grundlage</translation>
    </message>
    <message>
        <source>A script of my own</source>
        <translation>Ein eigenes Skript</translation>
    </message>
    <message>
        <source>About this template</source>
        <translation>Über diese Vorlage</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Partition:</source>
        <translation>&amp;Partition:</translation>
    </message>
    <message>
        <source>&amp;Cores:</source>
        <translation>&amp;Kerne:</translation>
    </message>
    <message>
        <source>&amp;Memory:</source>
        <translation>Speic&amp;her:</translation>
    </message>
    <message>
        <source>&amp;Time limit:</source>
        <translation>Zeit&amp;limit:</translation>
    </message>
    <message>
        <source>&amp;Working folder:</source>
        <translation>&amp;Arbeitsordner:</translation>
    </message>
    <message>
        <source>Job script</source>
        <translation>Jobskript</translation>
    </message>
    <message>
        <source>What will be submitted</source>
        <translation>Was eingereicht wird</translation>
    </message>
    <message>
        <source>&amp;Job</source>
        <translation>&amp;Job</translation>
    </message>
    <message>
        <source>&amp;Script</source>
        <translation>&amp;Skript</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>S&amp;ubmit</source>
        <translation>&amp;Einreichen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Start &amp;from:</source>
        <translation>&amp;Grundlage:</translation>
    </message>
    <message>
        <source>my-job</source>
        <translation>mein-job</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (Standard)</translation>
    </message>
    <message numerus="yes">
        <source>at most %n minute(s)</source>
        <translation>
            <numerusform>höchstens %n Minute</numerusform>
            <numerusform>höchstens %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>The script must start with a line such as “#!/bin/bash” that says what runs it.</source>
        <translation>Das Skript muss mit einer Zeile wie „#!/bin/bash“ beginnen, die angibt, was es ausführt.</translation>
    </message>
    <message>
        <source>The job was not submitted</source>
        <translation>Der Job wurde nicht eingereicht</translation>
    </message>
    <message>
        <source>Submitting…</source>
        <translation>Wird eingereicht…</translation>
    </message>
    <message>
        <source>%1 (mine)</source>
        <translation>%1 (eigene)</translation>
    </message>
    <message>
        <source>There is no job template “%1”.</source>
        <translation>Es gibt keine Jobvorlage „%1“.</translation>
    </message>
    <message>
        <source>A folder on the cluster</source>
        <translation>Ein Ordner auf dem Cluster</translation>
    </message>
    <message>
        <source>A file on the cluster</source>
        <translation>Eine Datei auf dem Cluster</translation>
    </message>
    <message>
        <source>A dataset&apos;s folder on the cluster</source>
        <translation>Der Ordner eines Datensatzes auf dem Cluster</translation>
    </message>
    <message>
        <source>%1 (required):</source>
        <translation>%1 (erforderlich):</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>a copy was removed from Transfers before it finished</source>
        <translation>eine Kopie wurde aus den Übertragungen entfernt, bevor sie fertig war</translation>
    </message>
    <message>
        <source>the copy of “%1” was cancelled</source>
        <translation>die Kopie von „%1“ wurde abgebrochen</translation>
    </message>
    <message>
        <source>The input did not reach your storage: %1. Retry it in Transfers, or choose another input.</source>
        <translation>Die Eingabe ist nicht in Ihrem Speicher angekommen: %1. Versuchen Sie es unter Übertragungen erneut, oder wählen Sie eine andere Eingabe.</translation>
    </message>
    <message numerus="yes">
        <source>The input is being copied into your storage: %1 of %n file(s) done. Submit waits until the copy is complete.</source>
        <translation>
            <numerusform>Die Eingabe wird in Ihren Speicher kopiert: %1 von %n Datei fertig. „Einreichen“ wartet, bis die Kopie vollständig ist.</numerusform>
            <numerusform>Die Eingabe wird in Ihren Speicher kopiert: %1 von %n Dateien fertig. „Einreichen“ wartet, bis die Kopie vollständig ist.</numerusform>
        </translation>
    </message>
    <message>
        <source>The input is in your storage.</source>
        <translation>Die Eingabe ist in Ihrem Speicher.</translation>
    </message>
</context>
<context>
    <name>daas::ui::PasswordPrompt</name>
    <message>
        <source>Password needed</source>
        <translation>Passwort erforderlich</translation>
    </message>
    <message>
        <source>%1 asks for your password again. Your transfers wait and carry on once it is accepted.</source>
        <translation>%1 fragt erneut nach Ihrem Passwort. Ihre Übertragungen warten und laufen weiter, sobald es angenommen ist.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Weiter</translation>
    </message>
</context>
<context>
    <name>daas::ui::ProfileCertificateBox</name>
    <message>
        <source>Untrusted Certificate</source>
        <translation>Nicht vertrauenswürdiges Zertifikat</translation>
    </message>
    <message>
        <source>The server %1 (port %2), where the facility profile is, presented a certificate that is not trusted.

Issued to: %3
Issued by: %4
Valid: %5 to %6

SHA-256 fingerprint:
%7

Trust it only if your facility confirms this fingerprint. The decision is remembered for this server.</source>
        <translation>Der Server %1 (Port %2), auf dem das Facility-Profil liegt, hat ein Zertifikat vorgelegt, dem nicht vertraut wird.

Ausgestellt für: %3
Ausgestellt von: %4
Gültig: %5 bis %6

SHA-256-Fingerabdruck:
%7

Vertrauen Sie ihm nur, wenn Ihre Facility diesen Fingerabdruck bestätigt. Die Entscheidung wird für diesen Server gespeichert.</translation>
    </message>
    <message>
        <source>Trust and Fetch</source>
        <translation>Vertrauen und abrufen</translation>
    </message>
</context>
<context>
    <name>daas::ui::RemoteSignInDialog</name>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>Passwort im Schlüsselbund des Systems &amp;merken</translation>
    </message>
    <message>
        <source>Sign In to the Remote Desktop</source>
        <translation>Am entfernten Desktop anmelden</translation>
    </message>
    <message>
        <source>The remote desktop %1 asks you to sign in.</source>
        <translation>Der entfernte Desktop %1 bittet Sie, sich anzumelden.</translation>
    </message>
    <message>
        <source>The password was not accepted. Check it and try again.</source>
        <translation>Das Passwort wurde nicht angenommen. Prüfen Sie es und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domäne</translation>
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
        <source>&amp;Domain:</source>
        <translation>&amp;Domäne:</translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Sign In to the RD Gateway</source>
        <translation>Am RD-Gateway anmelden</translation>
    </message>
    <message>
        <source>The RD Gateway %1, through which the remote desktop is reached, asks you to sign in.</source>
        <translation>Das RD-Gateway %1, über das der entfernte Desktop erreicht wird, bittet Sie, sich anzumelden.</translation>
    </message>
</context>
<context>
    <name>daas::ui::RemoteView</name>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung…</translation>
    </message>
    <message>
        <source>Connection lost: %1
Reconnecting (attempt %2)…</source>
        <translation>Verbindung abgebrochen: %1
Verbinde erneut (Versuch %2)…</translation>
    </message>
    <message>
        <source>Disconnected.</source>
        <translation>Getrennt.</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Nicht verbunden: %1</translation>
    </message>
    <message>
        <source>Check the remote desktop&apos;s certificate to go on.</source>
        <translation>Prüfen Sie das Zertifikat des entfernten Desktops, um fortzufahren.</translation>
    </message>
    <message>
        <source>Sign in to the remote desktop to go on.</source>
        <translation>Melden Sie sich am entfernten Desktop an, um fortzufahren.</translation>
    </message>
    <message>
        <source>Check the RD Gateway&apos;s certificate to go on.</source>
        <translation>Prüfen Sie das Zertifikat des RD-Gateways, um fortzufahren.</translation>
    </message>
    <message>
        <source>Sign in to the RD Gateway to go on.</source>
        <translation>Melden Sie sich am RD-Gateway an, um fortzufahren.</translation>
    </message>
</context>
<context>
    <name>daas::ui::SessionTabs</name>
    <message>
        <source>Scale to Fit</source>
        <translation>An Fenster anpassen</translation>
    </message>
    <message>
        <source>Actual Size</source>
        <translation>Originalgröße</translation>
    </message>
    <message>
        <source>Resize Desktop to Window</source>
        <translation>Desktop-Auflösung an Fenster anpassen</translation>
    </message>
    <message>
        <source>Full Screen</source>
        <translation>Vollbild</translation>
    </message>
    <message>
        <source>Grab Keyboard</source>
        <translation>Tastatur abfangen</translation>
    </message>
    <message>
        <source>Send all keys, including shortcuts, to the remote desktop</source>
        <translation>Alle Tasten einschließlich Tastenkombinationen an den entfernten Desktop senden</translation>
    </message>
    <message>
        <source>Send Ctrl+Alt+Del</source>
        <translation>Strg+Alt+Entf senden</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Neu verbinden</translation>
    </message>
    <message>
        <source>Save as Connection File…</source>
        <translation>Als Verbindungsdatei speichern…</translation>
    </message>
    <message>
        <source>Save this desktop as a .rdp file for the system&apos;s own remote desktop client</source>
        <translation>Diesen Desktop als .rdp-Datei für den systemeigenen Remote-Desktop-Client speichern</translation>
    </message>
    <message>
        <source>Save as Connection File</source>
        <translation>Als Verbindungsdatei speichern</translation>
    </message>
    <message>
        <source>Remote desktop connection files (*.rdp)</source>
        <translation>Remote-Desktop-Verbindungsdateien (*.rdp)</translation>
    </message>
    <message>
        <source>Close Desktop</source>
        <translation>Desktop schließen</translation>
    </message>
    <message>
        <source>Close %1</source>
        <translation>%1 schließen</translation>
    </message>
</context>
<context>
    <name>daas::ui::SettingsDialog</name>
    <message>
        <source>This computer is &amp;shared by several people</source>
        <translation>Dieser Computer wird von mehreren Personen &amp;gemeinsam genutzt</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Systemsprache (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The language of DAaaS Desktop, used from its next start.</source>
        <translation>Die Sprache von DAaaS Desktop, verwendet ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>A new language takes effect the next time DAaaS Desktop starts.</source>
        <translation>Eine neue Sprache wird beim nächsten Start von DAaaS Desktop wirksam.</translation>
    </message>
    <message>
        <source>On a shared computer nobody is remembered, signing out removes everything of the person, and an idle session is signed out.</source>
        <translation>Auf einem gemeinsam genutzten Computer merkt sich DAaaS Desktop niemanden, beim Abmelden wird alles der jeweiligen Person entfernt, und eine ungenutzte Sitzung wird abgemeldet.</translation>
    </message>
    <message>
        <source>Your facility has set this computer up as a shared workstation.</source>
        <translation>Ihre Facility hat diesen Computer als gemeinsam genutzten Arbeitsplatz eingerichtet.</translation>
    </message>
    <message>
        <source>Nobody is remembered, signing out removes your passwords, settings and files kept by DAaaS Desktop, and you are signed out when the computer is left unused.</source>
        <translation>DAaaS Desktop merkt sich niemanden, beim Abmelden werden Ihre von DAaaS Desktop aufbewahrten Passwörter, Einstellungen und Dateien entfernt, und Sie werden abgemeldet, wenn der Computer nicht benutzt wird.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Sign out after this many minutes without use</source>
        <translation>Nach so vielen Minuten ohne Benutzung abmelden</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Shared workstation</source>
        <translation>Gemeinsam genutzter Arbeitsplatz</translation>
    </message>
    <message>
        <source>Sign out when &amp;unused for:</source>
        <translation>Bei &amp;Nichtbenutzung abmelden nach:</translation>
    </message>
</context>
<context>
    <name>daas::ui::ShortcutsDialog</name>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkombinationen</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkombinationen</translation>
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
    <message>
        <source>Asking the facility how to sign in…</source>
        <translation>Frage die Facility, wie man sich anmeldet…</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
</context>
<context>
    <name>daas::ui::TemplateModel</name>
    <message numerus="yes">
        <source>up to %n day(s)</source>
        <translation>
            <numerusform>bis zu %n Tag</numerusform>
            <numerusform>bis zu %n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>up to %n hour(s)</source>
        <translation>
            <numerusform>bis zu %n Stunde</numerusform>
            <numerusform>bis zu %n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 GiB memory</source>
        <translation>%1 GiB Speicher</translation>
    </message>
    <message>
        <source>%1 MiB memory</source>
        <translation>%1 MiB Speicher</translation>
    </message>
    <message numerus="yes">
        <source>%n CPU(s)</source>
        <translation>
            <numerusform>%n CPU</numerusform>
            <numerusform>%n CPUs</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 GiB disk</source>
        <translation>%1 GiB Platte</translation>
    </message>
    <message>
        <source>Software: %1</source>
        <translation>Software: %1</translation>
    </message>
</context>
<context>
    <name>daas::ui::TransferDelegate</name>
    <message>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>daas::ui::TransferListModel</name>
    <message numerus="yes">
        <source>%n s left</source>
        <translation>
            <numerusform>noch %n s</numerusform>
            <numerusform>noch %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min left</source>
        <translation>
            <numerusform>noch %n min</numerusform>
            <numerusform>noch %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min left</source>
        <translation>noch %1 h %2 min</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>Waiting to try again: %1</source>
        <translation>Wartet auf einen neuen Versuch: %1</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Paused at %1</source>
        <translation>Angehalten bei %1</translation>
    </message>
    <message>
        <source>Already there: waiting for your choice</source>
        <translation>Bereits vorhanden: wartet auf Ihre Entscheidung</translation>
    </message>
    <message>
        <source>Trying again shortly: %1</source>
        <translation>Gleich neuer Versuch: %1</translation>
    </message>
    <message>
        <source>Uploaded to your storage as “%1”</source>
        <translation>In Ihren Speicher hochgeladen als „%1“</translation>
    </message>
    <message>
        <source>Uploaded to “%1” as “%2”</source>
        <translation>Nach „%1“ hochgeladen als „%2“</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Gespeichert als %1</translation>
    </message>
    <message>
        <source>Cancelled; nothing was kept.</source>
        <translation>Abgebrochen; nichts wurde behalten.</translation>
    </message>
    <message>
        <source>Skipped: already there.</source>
        <translation>Übersprungen: bereits vorhanden.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>%1 → storage: %2</source>
        <translation>%1 → Speicher: %2</translation>
    </message>
    <message>
        <source>storage: %1 → %2</source>
        <translation>Speicher: %1 → %2</translation>
    </message>
    <message>
        <source>into your storage</source>
        <translation>in Ihren Speicher</translation>
    </message>
    <message>
        <source>into “%1”</source>
        <translation>nach „%1“</translation>
    </message>
    <message>
        <source>Checksum verified · copied %1</source>
        <translation>Prüfsumme bestätigt · kopiert %1</translation>
    </message>
    <message>
        <source>No checksum in the catalogue: size checked only · copied %1</source>
        <translation>Keine Prüfsumme im Katalog: nur die Größe geprüft · kopiert %1</translation>
    </message>
    <message>
        <source>catalogue: %1 → storage: %2</source>
        <translation>Katalog: %1 → Speicher: %2</translation>
    </message>
</context>
<context>
    <name>daas::ui::TransferPanel</name>
    <message numerus="yes">
        <source>%n file(s) saved in %1</source>
        <translation>
            <numerusform>%n Datei gespeichert in %1</numerusform>
            <numerusform>%n Dateien gespeichert in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) extracted into your storage.</source>
        <translation>
            <numerusform>%n Datei in Ihren Speicher entpackt.</numerusform>
            <numerusform>%n Dateien in Ihren Speicher entpackt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not extracted: %1</source>
        <translation>Nicht entpackt: %1</translation>
    </message>
    <message>
        <source>Storage transfers</source>
        <translation>Speicher-Übertragungen</translation>
    </message>
    <message>
        <source>Progress of all storage transfers</source>
        <translation>Fortschritt aller Speicher-Übertragungen</translation>
    </message>
    <message>
        <source>Pause all</source>
        <translation>Alle anhalten</translation>
    </message>
    <message>
        <source>Resume all</source>
        <translation>Alle fortsetzen</translation>
    </message>
    <message>
        <source>Clear finished</source>
        <translation>Beendete entfernen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Storage&lt;/b&gt;</source>
        <translation>&lt;b&gt;Speicher&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No storage transfers. Drop files on the Files area to upload them.</source>
        <translation>Keine Speicher-Übertragungen. Legen Sie Dateien im Bereich Dateien ab, um sie hochzuladen.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be transferred; retry them or clear the list.</source>
        <translation>
            <numerusform>%n Datei konnte nicht übertragen werden; versuchen Sie es erneut oder leeren Sie die Liste.</numerusform>
            <numerusform>%n Dateien konnten nicht übertragen werden; versuchen Sie es erneut oder leeren Sie die Liste.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n file(s) transferred.</source>
        <translation>
            <numerusform>Die Datei wurde übertragen.</numerusform>
            <numerusform>Alle %n Dateien übertragen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n file(s)</source>
        <translation>
            <numerusform>%1 von %n Datei</numerusform>
            <numerusform>%1 von %n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Ab&amp;brechen</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Im &amp;Ordner zeigen</translation>
    </message>
    <message>
        <source>Transfers at once</source>
        <translation>Gleichzeitige Übertragungen</translation>
    </message>
    <message>
        <source>How many storage transfers run at the same time</source>
        <translation>Wie viele Speicherübertragungen gleichzeitig laufen</translation>
    </message>
    <message>
        <source>at &amp;once</source>
        <translation>&amp;gleichzeitig</translation>
    </message>
</context>
<context>
    <name>daas::ui::UseOnComputerDialog</name>
    <message>
        <source>&lt;p&gt;In File Explorer, right-click &lt;b&gt;This PC&lt;/b&gt; and choose &lt;b&gt;Map network drive…&lt;/b&gt;. Pick a drive letter, enter the address above as the folder, tick &lt;b&gt;Connect using different credentials&lt;/b&gt; and sign in with your facility user name and password.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Klicken Sie im Explorer mit der rechten Maustaste auf &lt;b&gt;Dieser PC&lt;/b&gt; und wählen Sie &lt;b&gt;Netzlaufwerk verbinden…&lt;/b&gt;. Wählen Sie einen Laufwerksbuchstaben, geben Sie die Adresse oben als Ordner ein, kreuzen Sie &lt;b&gt;Verbindung mit anderen Anmeldeinformationen herstellen&lt;/b&gt; an und melden Sie sich mit Ihrem Benutzernamen und Passwort der Einrichtung an.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;In the Finder, choose &lt;b&gt;Go ▸ Connect to Server…&lt;/b&gt; (⌘K), enter the address above and press &lt;b&gt;Connect&lt;/b&gt;. Sign in with your facility user name and password; the storage then appears under &lt;b&gt;Locations&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wählen Sie im Finder &lt;b&gt;Gehe zu ▸ Mit Server verbinden…&lt;/b&gt; (⌘K), geben Sie die Adresse oben ein und klicken Sie auf &lt;b&gt;Verbinden&lt;/b&gt;. Melden Sie sich mit Ihrem Benutzernamen und Passwort der Einrichtung an; der Speicher erscheint dann unter &lt;b&gt;Orte&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;In Files, choose &lt;b&gt;Other Locations&lt;/b&gt;, enter the address above under &lt;b&gt;Connect to Server&lt;/b&gt; and press &lt;b&gt;Connect&lt;/b&gt;. The storage then appears in the side bar.&lt;/p&gt;&lt;p&gt;Or in a terminal:&lt;br&gt;&lt;code&gt;%1&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wählen Sie in Dateien &lt;b&gt;Andere Orte&lt;/b&gt;, geben Sie die Adresse oben unter &lt;b&gt;Mit Server verbinden&lt;/b&gt; ein und klicken Sie auf &lt;b&gt;Verbinden&lt;/b&gt;. Der Speicher erscheint dann in der Seitenleiste.&lt;/p&gt;&lt;p&gt;Oder in einem Terminal:&lt;br&gt;&lt;code&gt;%1&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Use your storage on this computer</source>
        <translation>Ihren Speicher auf diesem Computer verwenden</translation>
    </message>
    <message>
        <source>Your storage can also be opened by this computer&apos;s own file manager, like a network drive:</source>
        <translation>Ihr Speicher lässt sich auch im Dateimanager dieses Computers öffnen, wie ein Netzlaufwerk:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Mount now</source>
        <translation>Jetzt &amp;einbinden</translation>
    </message>
    <message>
        <source>Run “gio mount” for this address</source>
        <translation>„gio mount“ für diese Adresse ausführen</translation>
    </message>
    <message>
        <source>Mounting…</source>
        <translation>Wird eingebunden…</translation>
    </message>
    <message>
        <source>Mounted. Your storage is now in the file manager&apos;s side bar.</source>
        <translation>Eingebunden. Ihr Speicher ist jetzt in der Seitenleiste des Dateimanagers.</translation>
    </message>
    <message>
        <source>It could not be mounted: %1</source>
        <translation>Er konnte nicht eingebunden werden: %1</translation>
    </message>
    <message>
        <source>gio ended with code %1.</source>
        <translation>gio endete mit dem Code %1.</translation>
    </message>
    <message>
        <source>It could not be mounted: gio did not start.</source>
        <translation>Er konnte nicht eingebunden werden: gio ließ sich nicht starten.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>DAaaS Desktop</source>
        <translation>DAaaS Desktop</translation>
    </message>
    <message>
        <source>A remote desktop connection file (.rdp) to open.</source>
        <translation>Eine Remote-Desktop-Verbindungsdatei (.rdp), die geöffnet werden soll.</translation>
    </message>
    <message>
        <source>A facility profile file, the id of a facility you added, or &apos;demo&apos;.</source>
        <translation>Eine Facility-Profildatei, die Kennung einer hinzugefügten Facility oder „demo“.</translation>
    </message>
</context>
</TS>
