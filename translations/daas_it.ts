<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
<context>
    <name>daas::Error</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 said: “%2”.</source>
        <translation>%1 ha risposto: “%2”.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annullato.</translation>
    </message>
</context>
<context>
    <name>daas::catalogue</name>
    <message>
        <source>The downloaded archive could not be opened.</source>
        <translation>Non è stato possibile aprire l’archivio scaricato.</translation>
    </message>
    <message>
        <source>RB %1</source>
        <translation>RB %1</translation>
    </message>
    <message>
        <source>The catalogue gave an answer that could not be read.</source>
        <translation>Il catalogo ha dato una risposta illeggibile.</translation>
    </message>
    <message>
        <source>%1: the path leads outside the chosen folder</source>
        <translation>%1: il percorso porta fuori dalla cartella scelta</translation>
    </message>
    <message>
        <source>%1: not a file of the catalogue&apos;s archive layout</source>
        <translation>%1: non è un file previsto dallo schema d’archivio del catalogo</translation>
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
        <translation>File</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dimensione</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modificato</translation>
    </message>
</context>
<context>
    <name>daas::catalogue::DatasetsListing</name>
    <message>
        <source>Dataset</source>
        <translation>Dataset</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dimensione</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>File</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fine</translation>
    </message>
</context>
<context>
    <name>daas::catalogue::DownloadJob</name>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>Non è stato possibile creare la cartella %1.</translation>
    </message>
    <message>
        <source>The file %1 could not be found in the catalogue</source>
        <translation>Il file %1 non è stato trovato nel catalogo</translation>
    </message>
    <message>
        <source>The data service did not resume the download of %1 where it stopped. Try again later.</source>
        <translation>Il servizio dati non ha ripreso il download di %1 dal punto in cui si era fermato. Riprova più tardi.</translation>
    </message>
    <message>
        <source>The data service sent more than the catalogue&apos;s size of %1; nothing was saved.</source>
        <translation>Il servizio dati ha inviato più della dimensione di %1 indicata nel catalogo; non è stato salvato nulla.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost.</source>
        <translation>La connessione a %1 si è interrotta.</translation>
    </message>
    <message>
        <source>The download stopped and could not be resumed</source>
        <translation>Il download si è interrotto e non è stato possibile riprenderlo</translation>
    </message>
    <message>
        <source>The downloaded file %1 has the wrong size; nothing was saved. Try again.</source>
        <translation>Il file scaricato %1 ha una dimensione errata; non è stato salvato nulla. Riprova.</translation>
    </message>
    <message>
        <source>The downloaded file %1 was damaged on the way; nothing was saved. Try again.</source>
        <translation>Il file scaricato %1 si è danneggiato durante il trasferimento; non è stato salvato nulla. Riprova.</translation>
    </message>
    <message>
        <source>The facility keeps sending %1 back to tape before it can be downloaded. Try again later.</source>
        <translation>La struttura continua a riportare %1 su nastro prima che possa essere scaricato. Riprova più tardi.</translation>
    </message>
</context>
<context>
    <name>daas::catalogue::IdsRestore</name>
    <message>
        <source>The data service could not prepare the download</source>
        <translation>Il servizio dati non è riuscito a preparare il download</translation>
    </message>
    <message numerus="yes">
        <source>The facility did not restore the data from tape within %n minute(s). Try again later.</source>
        <translation>
            <numerusform>La struttura non ha ripristinato i dati dal nastro entro %n minuto. Riprova più tardi.</numerusform>
            <numerusform>La struttura non ha ripristinato i dati dal nastro entro %n minuti. Riprova più tardi.</numerusform>
        </translation>
    </message>
    <message>
        <source>The data service could not say whether the data is ready</source>
        <translation>Il servizio dati non ha saputo indicare se i dati sono pronti</translation>
    </message>
</context>
<context>
    <name>daas::catalogue::IdsStream</name>
    <message>
        <source>The data service did not resume “%1” where it stopped.</source>
        <translation>Il servizio dati non ha ripreso “%1” dal punto in cui si era fermato.</translation>
    </message>
    <message>
        <source>The data service sent more than the catalogue&apos;s size of “%1”.</source>
        <translation>Il servizio dati ha inviato più della dimensione di “%1” indicata nel catalogo.</translation>
    </message>
    <message>
        <source>The data service did not send “%1”</source>
        <translation>Il servizio dati non ha inviato “%1”</translation>
    </message>
    <message>
        <source>The data service</source>
        <translation>Il servizio dati</translation>
    </message>
    <message>
        <source>The connection to %1 was lost.</source>
        <translation>La connessione a %1 si è interrotta.</translation>
    </message>
</context>
<context>
    <name>daas::catalogue::InvestigationsListing</name>
    <message>
        <source>Experiment</source>
        <translation>Esperimento</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Strumento</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fine</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dimensione</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>File</translation>
    </message>
</context>
<context>
    <name>daas::catalogue::PagedListingModel</name>
    <message>
        <source>Not loaded</source>
        <translation>Non caricato</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Caricamento…</translation>
    </message>
</context>
<context>
    <name>daas::catalogue::UploadJob</name>
    <message>
        <source>Could not read %1.</source>
        <translation>Impossibile leggere %1.</translation>
    </message>
    <message>
        <source>The file needs a name in the catalogue.</source>
        <translation>Il file ha bisogno di un nome nel catalogo.</translation>
    </message>
    <message>
        <source>The dataset already has a file called %1. Rename the file and upload it again.</source>
        <translation>Il dataset contiene già un file chiamato %1. Rinomina il file e caricalo di nuovo.</translation>
    </message>
    <message>
        <source>The data service did not confirm that %1 arrived intact; check the file in the catalogue.</source>
        <translation>Il servizio dati non ha confermato che %1 sia arrivato integro; controlla il file nel catalogo.</translation>
    </message>
</context>
<context>
    <name>daas::catalogue::Walker</name>
    <message>
        <source>%1: links are not extracted</source>
        <translation>%1: i collegamenti non vengono estratti</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Impossibile scrivere %1.</translation>
    </message>
    <message>
        <source>Could not write %1: the disk may be full.</source>
        <translation>Impossibile scrivere %1: il disco potrebbe essere pieno.</translation>
    </message>
    <message>
        <source>The downloaded archive was refused as a ZIP bomb: “%1” unpacks to more than %2 times its packed size. Nothing of it was kept.</source>
        <translation>L’archivio scaricato è stato rifiutato come bomba ZIP: “%1”, decompresso, occupa più di %2 volte la sua dimensione compressa. Non ne è stato conservato nulla.</translation>
    </message>
    <message>
        <source>The downloaded archive was refused: it unpacks to more than %1, the room there is for it. Nothing of it was kept.</source>
        <translation>L’archivio scaricato è stato rifiutato: decompresso occupa più di %1, lo spazio disponibile per esso. Non ne è stato conservato nulla.</translation>
    </message>
    <message>
        <source>The downloaded archive is damaged: “%1” unpacks to more than it declares. Nothing of it was kept.</source>
        <translation>L’archivio scaricato è danneggiato: “%1”, decompresso, occupa più di quanto dichiara. Non ne è stato conservato nulla.</translation>
    </message>
    <message>
        <source>The downloaded archive could not be opened.</source>
        <translation>Non è stato possibile aprire l’archivio scaricato.</translation>
    </message>
</context>
<context>
    <name>daas::cli::CliContext</name>
    <message>
        <source>Print JSON.</source>
        <translation>Stampa in JSON.</translation>
    </message>
    <message>
        <source>ICAT account type (default simple).</source>
        <translation>Tipo di account ICAT (predefinito: simple).</translation>
    </message>
    <message>
        <source>User name.</source>
        <translation>Nome utente.</translation>
    </message>
    <message>
        <source>Read the password from standard input.</source>
        <translation>Legge la password dallo standard input.</translation>
    </message>
    <message>
        <source>Only rows containing this text.</source>
        <translation>Solo le righe che contengono questo testo.</translation>
    </message>
    <message>
        <source>At most this many rows (default 1000).</source>
        <translation>Al massimo questo numero di righe (predefinito: 1000).</translation>
    </message>
    <message>
        <source>Datafile id.</source>
        <translation>Identificativo del file di dati.</translation>
    </message>
    <message>
        <source>Dataset id.</source>
        <translation>Identificativo del dataset.</translation>
    </message>
    <message>
        <source>Investigation id.</source>
        <translation>Identificativo dell’esperimento.</translation>
    </message>
    <message>
        <source>Destination folder.</source>
        <translation>Cartella di destinazione.</translation>
    </message>
    <message>
        <source>Datafile format id.</source>
        <translation>Identificativo del formato del file di dati.</translation>
    </message>
    <message>
        <source>Machine template id (daas env templates), or job template (daas jobs templates).</source>
        <translation>Identificativo del modello di macchina (daas env templates) o modello di job (daas jobs templates).</translation>
    </message>
    <message>
        <source>jobs submit --template: a parameter&apos;s value.</source>
        <translation>jobs submit --template: il valore di un parametro.</translation>
    </message>
    <message>
        <source>jobs output: the error file instead of the output.</source>
        <translation>jobs output: il file degli errori invece dell’output.</translation>
    </message>
    <message>
        <source>jobs output: go on printing what the job writes until it ends.</source>
        <translation>jobs output: continua a stampare ciò che il job scrive finché non termina.</translation>
    </message>
    <message>
        <source>Seconds to wait (default 600).</source>
        <translation>Secondi di attesa (predefinito: 600).</translation>
    </message>
    <message>
        <source>Also print the desktop&apos;s password.</source>
        <translation>Stampa anche la password del desktop.</translation>
    </message>
    <message>
        <source>env console: the desktop&apos;s vnc or rdp (default: what it prefers).</source>
        <translation>env console: il desktop vnc o rdp (predefinito: quello che preferisce).</translation>
    </message>
    <message>
        <source>env rdp-file: the file to write (default ./daas-env-ID.rdp).</source>
        <translation>env rdp-file: il file da scrivere (predefinito: ./daas-env-ID.rdp).</translation>
    </message>
    <message>
        <source>Storage: replace files that exist at the target.</source>
        <translation>Spazio di archiviazione: sostituisce i file già presenti nella destinazione.</translation>
    </message>
    <message>
        <source>Storage: rm removes folders with their contents.</source>
        <translation>Spazio di archiviazione: rm rimuove le cartelle con il loro contenuto.</translation>
    </message>
    <message>
        <source>jobs list: also jobs that ended more than a day ago.</source>
        <translation>jobs list: anche i job terminati da più di un giorno.</translation>
    </message>
    <message>
        <source>jobs submit: the job&apos;s name.</source>
        <translation>jobs submit: il nome del job.</translation>
    </message>
    <message>
        <source>jobs submit: the partition (queue).</source>
        <translation>jobs submit: la partizione (coda).</translation>
    </message>
    <message>
        <source>jobs submit: cores.</source>
        <translation>jobs submit: core.</translation>
    </message>
    <message>
        <source>jobs submit: memory in MB.</source>
        <translation>jobs submit: memoria in MB.</translation>
    </message>
    <message>
        <source>jobs submit: time limit in minutes.</source>
        <translation>jobs submit: limite di tempo in minuti.</translation>
    </message>
    <message>
        <source>jobs submit: the working folder on the cluster.</source>
        <translation>jobs submit: la cartella di lavoro sul cluster.</translation>
    </message>
    <message>
        <source>jobs submit: submit held.</source>
        <translation>jobs submit: invia il job bloccato.</translation>
    </message>
    <message>
        <source>What to do (see above).</source>
        <translation>Cosa fare (vedi sopra).</translation>
    </message>
    <message>
        <source>Give a command; see &apos;daas --help&apos;.</source>
        <translation>Indica un comando; vedi &apos;daas --help&apos;.</translation>
    </message>
    <message>
        <source>There is no command &apos;%1&apos;; see &apos;daas --help&apos;.</source>
        <translation>Il comando &apos;%1&apos; non esiste; vedi &apos;daas --help&apos;.</translation>
    </message>
    <message>
        <source>Try &apos;daas --help&apos;.</source>
        <translation>Prova &apos;daas --help&apos;.</translation>
    </message>
    <message>
        <source>Give one numeric id as the argument.</source>
        <translation>Indica un solo identificativo numerico come argomento.</translation>
    </message>
    <message>
        <source>--%1 needs a positive number.</source>
        <translation>--%1 richiede un numero positivo.</translation>
    </message>
    <message>
        <source>You are not signed in. Run &apos;daas login&apos; first.</source>
        <translation>Non hai effettuato l’accesso. Esegui prima &apos;daas login&apos;.</translation>
    </message>
    <message>
        <source>Your session has ended. Run &apos;daas login&apos; again.</source>
        <translation>La tua sessione è terminata. Esegui di nuovo &apos;daas login&apos;.</translation>
    </message>
    <message>
        <source>Storage user name: </source>
        <translation>Nome utente dello spazio di archiviazione: </translation>
    </message>
    <message>
        <source>Give the storage user name with --user or DAAS_STORAGE_USER, or run &apos;daas login&apos; first.</source>
        <translation>Indica il nome utente dello spazio di archiviazione con --user o DAAS_STORAGE_USER, oppure esegui prima &apos;daas login&apos;.</translation>
    </message>
    <message>
        <source>Storage password for %1: </source>
        <translation>Password dello spazio di archiviazione per %1: </translation>
    </message>
    <message>
        <source>There is no storage password for %1: set DAAS_STORAGE_PASSWORD, run &apos;daas login&apos;, or run on a terminal.</source>
        <translation>Nessuna password dello spazio di archiviazione per %1: imposta DAAS_STORAGE_PASSWORD, esegui &apos;daas login&apos; oppure esegui il comando in un terminale.</translation>
    </message>
    <message>
        <source>Give --password-stdin to read the password from a pipe.</source>
        <translation>Indica --password-stdin per leggere la password da una pipe.</translation>
    </message>
    <message>
        <source>login needs --user.</source>
        <translation>login richiede --user.</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Password: </translation>
    </message>
    <message>
        <source>%1: </source>
        <translation>%1: </translation>
    </message>
    <message>
        <source>Without one &apos;daas login&apos; cannot keep your session; the storage commands still work with the password in DAAS_STORAGE_PASSWORD, or typed when they ask on a terminal.</source>
        <translation>Senza di esso &apos;daas login&apos; non può conservare la sessione; i comandi dello spazio di archiviazione funzionano comunque con la password in DAAS_STORAGE_PASSWORD, o digitata quando la chiedono in un terminale.</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation>Accesso a %1 effettuato come %2.</translation>
    </message>
    <message>
        <source>The facility has no account type &apos;%1&apos;; it offers: %2.</source>
        <translation>La struttura non ha il tipo di account &apos;%1&apos;; offre: %2.</translation>
    </message>
    <message>
        <source>You were not signed in.</source>
        <translation>Non avevi effettuato l’accesso.</translation>
    </message>
    <message>
        <source>The session had already ended; it is forgotten here too.</source>
        <translation>La sessione era già terminata; viene dimenticata anche qui.</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>Disconnesso.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 di %2</translation>
    </message>
    <message>
        <source>%1 received</source>
        <translation>%1 ricevuti</translation>
    </message>
    <message>
        <source>refused (it would have been written outside the folder): %1</source>
        <translation>rifiutato (sarebbe stato scritto fuori dalla cartella): %1</translation>
    </message>
    <message>
        <source>download needs --to FOLDER.</source>
        <translation>download richiede --to CARTELLA.</translation>
    </message>
    <message>
        <source>download needs one of --datafile ID, --dataset ID, --investigation ID.</source>
        <translation>download richiede uno tra --datafile ID, --dataset ID, --investigation ID.</translation>
    </message>
    <message>
        <source>upload needs FILE --dataset ID --format-id ID.</source>
        <translation>upload richiede FILE --dataset ID --format-id ID.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Il file %1 non esiste.</translation>
    </message>
    <message>
        <source>Environment %1 offers no %2 desktop; &apos;daas env console %1&apos; shows the one it has.</source>
        <translation>L’ambiente %1 non offre un desktop %2; &apos;daas env console %1&apos; mostra quello che ha.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOME</translation>
    </message>
    <message>
        <source>CPUS</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>MEMORY</source>
        <translation>MEMORIA</translation>
    </message>
    <message>
        <source>DISK</source>
        <translation>DISCO</translation>
    </message>
    <message>
        <source>SOFTWARE</source>
        <translation>SOFTWARE</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATO</translation>
    </message>
    <message>
        <source>TEMPLATE</source>
        <translation>MODELLO</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>INDIRIZZO</translation>
    </message>
    <message>
        <source>ENDS</source>
        <translation>TERMINA</translation>
    </message>
    <message>
        <source>Launched “%1” (%2). &apos;daas env wait %2&apos; returns once its desktop answers.</source>
        <translation>“%1” avviato (%2). &apos;daas env wait %2&apos; ritorna quando il suo desktop risponde.</translation>
    </message>
    <message>
        <source>There is no machine template &apos;%1&apos;; &apos;daas env templates&apos; lists them.</source>
        <translation>Il modello di macchina &apos;%1&apos; non esiste; &apos;daas env templates&apos; elenca quelli disponibili.</translation>
    </message>
    <message>
        <source>Environment %1 is being deleted.</source>
        <translation>L’ambiente %1 è in fase di eliminazione.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Environment %1 is ready; &apos;daas env console %1&apos; shows where its desktop is.</source>
        <translation>L’ambiente %1 è pronto; &apos;daas env console %1&apos; mostra dove si trova il suo desktop.</translation>
    </message>
    <message>
        <source>password: %1</source>
        <translation>password: %1</translation>
    </message>
    <message>
        <source>The desktop has a password; --show-password prints it.</source>
        <translation>Il desktop ha una password; --show-password la stampa.</translation>
    </message>
    <message>
        <source>Facility password for %1 at %2: </source>
        <translation>Password della struttura per %1 su %2: </translation>
    </message>
    <message>
        <source>No password was typed.</source>
        <translation>Non è stata digitata alcuna password.</translation>
    </message>
    <message>
        <source>&apos;daas env&apos; needs one of: %1.</source>
        <translation>&apos;daas env&apos; richiede uno tra: %1.</translation>
    </message>
    <message>
        <source>There is no &apos;daas env %1&apos;; use one of: %2.</source>
        <translation>&apos;daas env %1&apos; non esiste; usa uno tra: %2.</translation>
    </message>
    <message>
        <source>&apos;daas env %1&apos; takes no argument.</source>
        <translation>&apos;daas env %1&apos; non accetta argomenti.</translation>
    </message>
    <message>
        <source>&apos;daas env %1&apos; needs one environment id.</source>
        <translation>&apos;daas env %1&apos; richiede un identificativo di ambiente.</translation>
    </message>
    <message>
        <source>&apos;daas env launch&apos; needs the new environment&apos;s name.</source>
        <translation>&apos;daas env launch&apos; richiede il nome del nuovo ambiente.</translation>
    </message>
    <message>
        <source>&apos;daas env launch&apos; needs --template ID; &apos;daas env templates&apos; lists them.</source>
        <translation>&apos;daas env launch&apos; richiede --template ID; &apos;daas env templates&apos; elenca i modelli.</translation>
    </message>
    <message>
        <source>--protocol goes with &apos;daas env console&apos;.</source>
        <translation>--protocol va usato con &apos;daas env console&apos;.</translation>
    </message>
    <message>
        <source>--protocol is vnc or rdp.</source>
        <translation>--protocol è vnc o rdp.</translation>
    </message>
    <message>
        <source>--output goes with &apos;daas env rdp-file&apos;.</source>
        <translation>--output va usato con &apos;daas env rdp-file&apos;.</translation>
    </message>
    <message>
        <source>--output needs a file name.</source>
        <translation>--output richiede un nome di file.</translation>
    </message>
    <message>
        <source>%1 offers no analysis environments.</source>
        <translation>%1 non offre ambienti di analisi.</translation>
    </message>
    <message>
        <source>The facility %1 offers no storage.</source>
        <translation>La struttura %1 non offre spazio di archiviazione.</translation>
    </message>
    <message>
        <source>The storage server did not accept the password.</source>
        <translation>Il server di archiviazione non ha accettato la password.</translation>
    </message>
    <message>
        <source>%1 of %2, %3 of %4 files</source>
        <translation>%1 di %2, %3 di %4 file</translation>
    </message>
    <message>
        <source>%1 already exists; give --overwrite to replace it.</source>
        <translation>%1 esiste già; indica --overwrite per sostituirlo.</translation>
    </message>
    <message>
        <source>%1 already exists on the storage server; give --overwrite to replace it.</source>
        <translation>%1 esiste già sul server di archiviazione; indica --overwrite per sostituirlo.</translation>
    </message>
    <message>
        <source>%1 was not transferred.</source>
        <translation>%1 non è stato trasferito.</translation>
    </message>
    <message>
        <source>ls takes at most one path.</source>
        <translation>ls accetta al massimo un percorso.</translation>
    </message>
    <message>
        <source>daas: an entry with an unsafe name was left out: %1</source>
        <translation>daas: è stata tralasciata una voce con un nome non sicuro: %1</translation>
    </message>
    <message>
        <source>get needs REMOTE and optionally LOCAL.</source>
        <translation>get richiede REMOTO e, facoltativamente, LOCALE.</translation>
    </message>
    <message>
        <source>get needs a file or folder, not the whole store.</source>
        <translation>get richiede un file o una cartella, non l’intero spazio di archiviazione.</translation>
    </message>
    <message>
        <source>put needs LOCAL... and REMOTE.</source>
        <translation>put richiede LOCALE... e REMOTO.</translation>
    </message>
    <message>
        <source>There is no file or folder %1.</source>
        <translation>Il file o la cartella %1 non esiste.</translation>
    </message>
    <message>
        <source>%1 is a file on the storage server, not a folder.</source>
        <translation>%1 è un file sul server di archiviazione, non una cartella.</translation>
    </message>
    <message>
        <source>daas: %1 is a link; links are not uploaded.</source>
        <translation>daas: %1 è un collegamento; i collegamenti non vengono caricati.</translation>
    </message>
    <message>
        <source>%1 cannot be uploaded: its name cannot be used on the storage server.</source>
        <translation>Impossibile caricare %1: il suo nome non può essere usato sul server di archiviazione.</translation>
    </message>
    <message>
        <source>mkdir needs at least one path.</source>
        <translation>mkdir richiede almeno un percorso.</translation>
    </message>
    <message>
        <source>The store&apos;s root exists already.</source>
        <translation>La radice dello spazio di archiviazione esiste già.</translation>
    </message>
    <message>
        <source>rm needs at least one path.</source>
        <translation>rm richiede almeno un percorso.</translation>
    </message>
    <message>
        <source>rm does not remove the whole store.</source>
        <translation>rm non rimuove l’intero spazio di archiviazione.</translation>
    </message>
    <message>
        <source>%1 is a folder; give --recursive to remove it with its contents.</source>
        <translation>%1 è una cartella; indica --recursive per rimuoverla con il suo contenuto.</translation>
    </message>
    <message>
        <source>mv needs FROM and TO.</source>
        <translation>mv richiede ORIGINE e DESTINAZIONE.</translation>
    </message>
    <message>
        <source>cp needs FROM and TO.</source>
        <translation>cp richiede ORIGINE e DESTINAZIONE.</translation>
    </message>
    <message>
        <source>The store&apos;s root cannot be moved or copied.</source>
        <translation>La radice dello spazio di archiviazione non può essere spostata né copiata.</translation>
    </message>
    <message>
        <source>%1 cannot go into itself.</source>
        <translation>%1 non può essere spostato dentro se stesso.</translation>
    </message>
    <message>
        <source>--%1 needs a catalogue id (a positive number), not &apos;%2&apos;.</source>
        <translation>--%1 richiede un identificativo del catalogo (un numero positivo), non &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>copy-to-storage takes --dataset ID or --datafile ID, and --to FOLDER.</source>
        <translation>copy-to-storage accetta --dataset ID o --datafile ID, e --to CARTELLA.</translation>
    </message>
    <message>
        <source>copy-to-storage needs --dataset ID or --datafile ID.</source>
        <translation>copy-to-storage richiede --dataset ID o --datafile ID.</translation>
    </message>
    <message numerus="yes">
        <source>Copying %n file(s) into %1</source>
        <translation>
            <numerusform>Copia di %n file in %1</numerusform>
            <numerusform>Copia di %n file in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>PARTITION</source>
        <translation>PARTIZIONE</translation>
    </message>
    <message>
        <source>MAX MINUTES</source>
        <translation>MINUTI MAX</translation>
    </message>
    <message>
        <source>NODES</source>
        <translation>NODI</translation>
    </message>
    <message>
        <source>JOB</source>
        <translation>JOB</translation>
    </message>
    <message>
        <source>SUBMITTED</source>
        <translation>INVIATO</translation>
    </message>
    <message>
        <source>EXIT</source>
        <translation>USCITA</translation>
    </message>
    <message>
        <source>The scheduler no longer knows job %1; this is what was last seen.</source>
        <translation>Lo scheduler non conosce più il job %1; questo è l’ultimo stato osservato.</translation>
    </message>
    <message>
        <source>The job was not submitted</source>
        <translation>Il job non è stato inviato</translation>
    </message>
    <message>
        <source>The scheduler says: %1</source>
        <translation>Lo scheduler dice: %1</translation>
    </message>
    <message>
        <source>Job %1: %2 asked.</source>
        <translation>Job %1: %2 richiesto.</translation>
    </message>
    <message>
        <source>[bytes %1 to %2 not shown]</source>
        <translation>[byte da %1 a %2 non mostrati]</translation>
    </message>
    <message>
        <source>There is no job %1 of yours on the cluster.</source>
        <translation>Sul cluster non c’è nessun tuo job %1.</translation>
    </message>
    <message>
        <source>Job %1: %2</source>
        <translation>Job %1: %2</translation>
    </message>
    <message>
        <source>Job %1 did not finish within %2 s.</source>
        <translation>Il job %1 non è terminato entro %2 s.</translation>
    </message>
    <message>
        <source>PARAMETERS</source>
        <translation>PARAMETRI</translation>
    </message>
    <message>
        <source>The script %1 could not be read.</source>
        <translation>Impossibile leggere lo script %1.</translation>
    </message>
    <message>
        <source>The script %1 is larger than 4 MB.</source>
        <translation>Lo script %1 supera i 4 MB.</translation>
    </message>
    <message>
        <source>&apos;daas jobs %1&apos; needs a job id.</source>
        <translation>&apos;daas jobs %1&apos; richiede l’identificativo di un job.</translation>
    </message>
    <message>
        <source>Use &apos;daas jobs %1&apos;.</source>
        <translation>Usa &apos;daas jobs %1&apos;.</translation>
    </message>
    <message>
        <source>The login node %1 is new to this computer; its %2 key is %3.</source>
        <translation>Il nodo di login %1 è sconosciuto a questo computer; la sua chiave %2 è %3.</translation>
    </message>
    <message>
        <source>Trust it (yes/no)? </source>
        <translation>Considerarlo attendibile (yes/no)? </translation>
    </message>
    <message>
        <source>--param takes NAME=VALUE, not &apos;%1&apos;.</source>
        <translation>--param accetta NOME=VALORE, non &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>&apos;daas jobs submit&apos; needs a script file (&apos;-&apos; reads standard input) or --template.</source>
        <translation>&apos;daas jobs submit&apos; richiede un file di script (&apos;-&apos; legge lo standard input) oppure --template.</translation>
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
        <translation>DAaaS Desktop dalla riga di comando.

Comandi:
  facility add ADDRESS|FILE               il profilo di una struttura: da https://HOST/.well-known/
                                          daas-facility.json (ADDRESS può essere solo HOST), o da un file
  facility list | remove ID | refresh ID  (refresh: di nuovo dal suo indirizzo)
  login [--authenticator A] --user U [--password-stdin]
  whoami | logout
  investigations [--filter TEXT] [--limit N]
  datasets INVESTIGATION_ID [--filter TEXT] [--limit N]
  datafiles DATASET_ID [--filter TEXT] [--limit N]
  download (--datafile ID | --dataset ID | --investigation ID) --to FOLDER
  upload FILE --dataset ID --format-id ID
  env templates | list                    ambienti di analisi (--json)
  env launch NAME --template ID | delete ID
  env wait ID [--timeout S]               finché il suo desktop risponde (predefinito 600 s)
  env console ID [--protocol vnc|rdp] [--show-password]
                                          dove si trova il suo desktop (host:porta o URL)
  env rdp-file ID [--output FILE]         un file .rdp per il client RDP del sistema
  (env: --user U, altrimenti l’utente di &apos;daas login&apos;; la password da DAAS_CLOUD_PASSWORD,
  dal portachiavi o da una richiesta)
  ls [PATH] | get REMOTE [LOCAL] | put LOCAL... REMOTE   (archiviazione; --overwrite)
  mkdir PATH... | rm PATH... [--recursive] | mv FROM TO | cp FROM TO
  copy-to-storage (--dataset ID | --datafile ID)... [--to FOLDER] [--overwrite]
                                          dal catalogo allo spazio di archiviazione
                                          (cartella predefinita: datasets), senza copia locale
  (archiviazione: --user, DAAS_STORAGE_USER o quello conservato da &apos;daas login&apos;; la password da
  DAAS_STORAGE_PASSWORD, dal portachiavi (&apos;daas login&apos;) o da una richiesta)
  jobs partitions | list [--all] | templates   il cluster di calcolo (--json)
  jobs submit (SCRIPT|- | --template T [--param NAME=VALUE]...) [--name N] [--partition P]
       [--cpus N] [--memory MB] [--time MIN] [--workdir DIR] [--hold]   stampa l’id del job
  jobs show ID | cancel ID | hold ID | release ID
  jobs output ID [--errors] [--follow]    il suo file di output (--follow: finché il job termina)
  jobs wait ID [--timeout S]              finché termina: uscita 0 se è stato completato, altrimenti 6

Codici di uscita: 0 ok, 1 uso errato, 2 accesso o sessione, 3 non trovato o non consentito,
4 rete o server, 5 file locale o percorso non sicuro, 6 il job non è stato completato.</translation>
    </message>
    <message>
        <source>A facility profile file, the id of a facility you added, or &apos;demo&apos;.</source>
        <translation>Un file di profilo della struttura, l’identificativo di una struttura che hai aggiunto, oppure &apos;demo&apos;.</translation>
    </message>
    <message>
        <source>facility add: trust the server&apos;s certificate if its SHA-256 fingerprint is this one.</source>
        <translation>facility add: considera attendibile il certificato del server se la sua impronta SHA-256 è questa.</translation>
    </message>
    <message>
        <source>No facility is configured. Add yours with &apos;daas facility add ADDRESS&apos;, give --facility with a profile file, or start the demo with &apos;packaging/dev run&apos;.</source>
        <translation>Nessuna struttura configurata. Aggiungi la tua con &apos;daas facility add INDIRIZZO&apos;, indica --facility con un file di profilo, oppure avvia la demo con &apos;packaging/dev run&apos;.</translation>
    </message>
    <message>
        <source>There is no datafile %1 in the catalogue, or you are not allowed to see it.</source>
        <translation>Il file di dati %1 non esiste nel catalogo, oppure non hai il permesso di vederlo.</translation>
    </message>
    <message>
        <source>There is no dataset %1 in the catalogue, or you are not allowed to see it.</source>
        <translation>Il dataset %1 non esiste nel catalogo, oppure non hai il permesso di vederlo.</translation>
    </message>
    <message>
        <source>There is no investigation %1 in the catalogue, or you are not allowed to see it.</source>
        <translation>L’esperimento %1 non esiste nel catalogo, oppure non hai il permesso di vederlo.</translation>
    </message>
    <message>
        <source>No password for %1: run &apos;daas login&apos;, set DAAS_CLOUD_PASSWORD or run on a terminal.</source>
        <translation>Nessuna password per %1: esegui &apos;daas login&apos;, imposta DAAS_CLOUD_PASSWORD o esegui il comando in un terminale.</translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation>%1 (id %2)</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>Da: %1</translation>
    </message>
    <message>
        <source>The certificate of %1 (port %2) is not trusted: %3</source>
        <translation>Il certificato di %1 (porta %2) non è attendibile: %3</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Soggetto: %1</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>Emittente: %1</translation>
    </message>
    <message>
        <source>Valid: %1 to %2</source>
        <translation>Valido: dal %1 al %2</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>Impronta SHA-256: %1</translation>
    </message>
    <message>
        <source>The certificate&apos;s fingerprint is not the one given with --trust-certificate, so it is not trusted.</source>
        <translation>L’impronta del certificato non è quella indicata con --trust-certificate, quindi il certificato non è attendibile.</translation>
    </message>
    <message>
        <source>Trust it only if your facility confirms this fingerprint.</source>
        <translation>Consideralo attendibile solo se la tua struttura conferma questa impronta.</translation>
    </message>
    <message>
        <source>Run on a terminal to decide, or give --trust-certificate FINGERPRINT.</source>
        <translation>Esegui il comando in un terminale per decidere, oppure indica --trust-certificate IMPRONTA.</translation>
    </message>
    <message>
        <source>Add this facility (yes/no)? </source>
        <translation>Aggiungere questa struttura (yes/no)? </translation>
    </message>
    <message>
        <source>Nothing was added.</source>
        <translation>Non è stato aggiunto nulla.</translation>
    </message>
    <message>
        <source>Added %1; use it with --facility %2 or &apos;daas login --facility %2&apos;.</source>
        <translation>%1 aggiunta; usala con --facility %2 o &apos;daas login --facility %2&apos;.</translation>
    </message>
    <message>
        <source>local demo</source>
        <translation>demo locale</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>No facility is known yet; add yours with &apos;daas facility add ADDRESS&apos;.</source>
        <translation>Non è ancora nota alcuna struttura; aggiungi la tua con &apos;daas facility add INDIRIZZO&apos;.</translation>
    </message>
    <message>
        <source>CATALOGUE</source>
        <translation>CATALOGO</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>ORIGINE</translation>
    </message>
    <message>
        <source>&apos;daas facility&apos; needs one of: %1.</source>
        <translation>&apos;daas facility&apos; richiede uno tra: %1.</translation>
    </message>
    <message>
        <source>There is no &apos;daas facility %1&apos;; use one of: %2.</source>
        <translation>&apos;daas facility %1&apos; non esiste; usa uno tra: %2.</translation>
    </message>
    <message>
        <source>&apos;daas facility list&apos; takes no argument.</source>
        <translation>&apos;daas facility list&apos; non accetta argomenti.</translation>
    </message>
    <message>
        <source>&apos;daas facility add&apos; needs an address or a profile file.</source>
        <translation>&apos;daas facility add&apos; richiede un indirizzo o un file di profilo.</translation>
    </message>
    <message>
        <source>&apos;daas facility %1&apos; needs a facility id.</source>
        <translation>&apos;daas facility %1&apos; richiede l’identificativo di una struttura.</translation>
    </message>
    <message>
        <source>--trust-certificate goes with &apos;daas facility add&apos; or &apos;refresh&apos;.</source>
        <translation>--trust-certificate si usa con &apos;daas facility add&apos; o &apos;refresh&apos;.</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 rimossa.</translation>
    </message>
    <message>
        <source>The facility “%1” was not added from an address, so it cannot be refreshed; &apos;daas facility list&apos; shows where each came from.</source>
        <translation>La struttura “%1” non è stata aggiunta da un indirizzo, quindi non può essere aggiornata; &apos;daas facility list&apos; mostra da dove proviene ciascuna.</translation>
    </message>
    <message>
        <source>The facility is restoring these files from tape; waiting until they are online (Ctrl+C stops).</source>
        <translation>La struttura sta ripristinando questi file dal nastro; in attesa che siano online (Ctrl+C interrompe).</translation>
    </message>
    <message>
        <source>still restoring from tape (%1 so far)</source>
        <translation>ripristino dal nastro ancora in corso (finora %1)</translation>
    </message>
    <message>
        <source>Job %1 has not started yet, so it has written nothing; add --follow to wait for its output.</source>
        <translation>Il job %1 non è ancora partito, quindi non ha scritto nulla; aggiungere --follow per attenderne l’output.</translation>
    </message>
    <message>
        <source>There is nothing at %1 on the storage server.</source>
        <translation>Non c’è nulla in %1 sul server di archiviazione.</translation>
    </message>
</context>
<context>
    <name>daas::cloud</name>
    <message>
        <source>OpenNebula sent an answer that could not be read.</source>
        <translation>OpenNebula ha inviato una risposta illeggibile.</translation>
    </message>
    <message>
        <source>%1 offers no analysis environments.</source>
        <translation>%1 non offre ambienti di analisi.</translation>
    </message>
    <message>
        <source>The cloud sent a document that could not be read.</source>
        <translation>Il cloud ha inviato un documento illeggibile.</translation>
    </message>
</context>
<context>
    <name>daas::cloud::DesktopConnector</name>
    <message>
        <source>This environment&apos;s desktop cannot be reached with %1.</source>
        <translation>Il desktop di questo ambiente non è raggiungibile con %1.</translation>
    </message>
</context>
<context>
    <name>daas::cloud::DesktopProbe</name>
    <message>
        <source>The desktop at %1 did not answer.</source>
        <translation>Il desktop su %1 non ha risposto.</translation>
    </message>
    <message>
        <source>The desktop at %1 does not answer yet.</source>
        <translation>Il desktop su %1 non risponde ancora.</translation>
    </message>
    <message>
        <source>The environment offers no RDP desktop.</source>
        <translation>L’ambiente non offre un desktop RDP.</translation>
    </message>
    <message>
        <source>The desktop behind %1 does not answer yet.</source>
        <translation>Il desktop dietro %1 non risponde ancora.</translation>
    </message>
    <message>
        <source>The environment has no console address.</source>
        <translation>L’ambiente non ha un indirizzo di console.</translation>
    </message>
    <message>
        <source>Something other than a remote desktop answers at %1.</source>
        <translation>Su %1 risponde qualcosa che non è un desktop remoto.</translation>
    </message>
</context>
<context>
    <name>daas::cloud::EnvironmentWatcher</name>
    <message>
        <source>The cloud connection was closed.</source>
        <translation>La connessione al cloud è stata chiusa.</translation>
    </message>
    <message>
        <source>The environment “%1” failed to start. Remove it and launch a new one; if it fails again, contact the facility&apos;s support.</source>
        <translation>L’ambiente “%1” non è riuscito ad avviarsi. Rimuovilo e avviane uno nuovo; se non riesce di nuovo, contatta l’assistenza della struttura.</translation>
    </message>
    <message>
        <source>The environment “%1” has been removed.</source>
        <translation>L’ambiente “%1” è stato rimosso.</translation>
    </message>
    <message>
        <source>The environment “%1” is switched off. Resume it to use its desktop.</source>
        <translation>L’ambiente “%1” è spento. Riprendilo per usare il suo desktop.</translation>
    </message>
    <message numerus="yes">
        <source>The environment “%1” is running but its desktop did not answer within %n minute(s). Try again later, or remove it and launch a new one.</source>
        <translation>
            <numerusform>L’ambiente “%1” è in esecuzione ma il suo desktop non ha risposto entro %n minuto. Riprova più tardi, oppure rimuovilo e avviane uno nuovo.</numerusform>
            <numerusform>L’ambiente “%1” è in esecuzione ma il suo desktop non ha risposto entro %n minuti. Riprova più tardi, oppure rimuovilo e avviane uno nuovo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The environment “%1” did not start within %n minute(s). The cloud may be busy: try again later, or remove it and launch a new one.</source>
        <translation>
            <numerusform>L’ambiente “%1” non si è avviato entro %n minuto. Il cloud potrebbe essere occupato: riprova più tardi, oppure rimuovilo e avviane uno nuovo.</numerusform>
            <numerusform>L’ambiente “%1” non si è avviato entro %n minuti. Il cloud potrebbe essere occupato: riprova più tardi, oppure rimuovilo e avviane uno nuovo.</numerusform>
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
        <translation>OpenNebula ha rifiutato la richiesta. Questa versione di OpenNebula potrebbe non essere supportata.</translation>
    </message>
    <message>
        <source>OpenNebula no longer accepts your session. Sign in again.</source>
        <translation>OpenNebula non accetta più la tua sessione. Accedi di nuovo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an OpenNebula machine id.</source>
        <translation>&quot;%1&quot; non è un identificativo di macchina OpenNebula.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an OpenNebula template.</source>
        <translation>&quot;%1&quot; non è un modello OpenNebula.</translation>
    </message>
</context>
<context>
    <name>daas::cloud::OpenStackProvider</name>
    <message>
        <source>OpenStack did not accept your credentials. Check them, or create a new application credential if yours has expired.</source>
        <translation>OpenStack non ha accettato le tue credenziali. Controllale, oppure crea una nuova application credential se la tua è scaduta.</translation>
    </message>
    <message>
        <source>The OpenStack identity service gave no token.</source>
        <translation>Il servizio di identità di OpenStack non ha fornito alcun token.</translation>
    </message>
    <message>
        <source>OpenStack image service</source>
        <translation>Servizio immagini di OpenStack</translation>
    </message>
    <message>
        <source>OpenStack compute service</source>
        <translation>Servizio di calcolo di OpenStack</translation>
    </message>
    <message>
        <source>%1 refused the request; the image or flavour may no longer exist. Refresh the list and try again.</source>
        <translation>%1 ha rifiutato la richiesta; l’immagine o il flavour potrebbero non esistere più. Aggiorna l’elenco e riprova.</translation>
    </message>
    <message>
        <source>The machine cannot do this in its current state. Wait until it has finished what it is doing and try again.</source>
        <translation>La macchina non può farlo nel suo stato attuale. Attendi che abbia terminato ciò che sta facendo e riprova.</translation>
    </message>
    <message>
        <source>%1 refused: your project&apos;s quota does not allow this. Remove a machine or ask the facility&apos;s support.</source>
        <translation>%1 ha rifiutato: la quota del tuo progetto non lo consente. Rimuovi una macchina o rivolgiti all’assistenza della struttura.</translation>
    </message>
    <message>
        <source>This OpenStack cloud offers no %1 service in your project.</source>
        <translation>Questo cloud OpenStack non offre alcun servizio %1 nel tuo progetto.</translation>
    </message>
    <message>
        <source>OpenStack pointed to another server.</source>
        <translation>OpenStack ha rimandato a un altro server.</translation>
    </message>
    <message>
        <source>OpenStack no longer accepts your session. Sign in again.</source>
        <translation>OpenStack non accetta più la tua sessione. Accedi di nuovo.</translation>
    </message>
    <message>
        <source>OpenStack sent an answer that could not be read.</source>
        <translation>OpenStack ha inviato una risposta illeggibile.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an OpenStack image and flavour.</source>
        <translation>&quot;%1&quot; non è un’immagine e un flavour di OpenStack.</translation>
    </message>
    <message>
        <source>Your OpenStack account is not a member of any project, so it cannot run machines. Ask the facility&apos;s support to add you to a project.</source>
        <translation>Il tuo account OpenStack non è membro di alcun progetto, quindi non può avviare macchine. Chiedi all’assistenza della struttura di aggiungerti a un progetto.</translation>
    </message>
    <message>
        <source>Your OpenStack account belongs to several projects (%1), and the facility profile does not say which one to use. Ask the facility for a profile that names the project (&quot;cloud&quot;: {&quot;project&quot;: …}).</source>
        <translation>Il tuo account OpenStack appartiene a più progetti (%1) e il profilo della struttura non indica quale usare. Chiedi alla struttura un profilo che indichi il progetto (&quot;cloud&quot;: {&quot;project&quot;: …}).</translation>
    </message>
    <message>
        <source>The OpenStack identity service gave a token for no project, which cannot run machines.</source>
        <translation>Il servizio di identità di OpenStack ha fornito un token non legato ad alcun progetto, con cui non si possono avviare macchine.</translation>
    </message>
    <message>
        <source>This cloud&apos;s OpenStack compute service is too old for this program, which needs microversion %1 or later.</source>
        <translation>Il servizio di calcolo di OpenStack di questo cloud è troppo vecchio per questo programma, che richiede la microversione %1 o successiva.</translation>
    </message>
    <message>
        <source>%1 does not have this machine or image (any more).</source>
        <translation>%1 non ha (più) questa macchina o immagine.</translation>
    </message>
</context>
<context>
    <name>daas::cloud::XmlRpc</name>
    <message>
        <source>The cloud service sent an answer that could not be read.</source>
        <translation>Il servizio cloud ha inviato una risposta illeggibile.</translation>
    </message>
</context>
<context>
    <name>daas::cloud::opennebula</name>
    <message>
        <source>OpenNebula did not accept the user name and password. Check them and sign in again.</source>
        <translation>OpenNebula non ha accettato il nome utente e la password. Controllali e accedi di nuovo.</translation>
    </message>
    <message>
        <source>OpenNebula does not allow you to do this. Ask the facility&apos;s support for access.</source>
        <translation>OpenNebula non ti consente di farlo. Chiedi l’accesso all’assistenza della struttura.</translation>
    </message>
    <message>
        <source>The machine cannot do this in its current state. Wait until it has finished what it is doing and try again.</source>
        <translation>La macchina non può farlo nel suo stato attuale. Attendi che abbia terminato ciò che sta facendo e riprova.</translation>
    </message>
    <message>
        <source>The machine is locked by an administrator. Try again later or ask the facility&apos;s support.</source>
        <translation>La macchina è bloccata da un amministratore. Riprova più tardi o rivolgiti all’assistenza della struttura.</translation>
    </message>
    <message>
        <source>OpenNebula has no room for this machine now (quota or capacity). Try a smaller template or later.</source>
        <translation>OpenNebula al momento non ha spazio per questa macchina (quota o capacità). Prova un modello più piccolo o riprova più tardi.</translation>
    </message>
    <message>
        <source>OpenNebula did not understand the request. This OpenNebula version may not be supported.</source>
        <translation>OpenNebula non ha compreso la richiesta. Questa versione di OpenNebula potrebbe non essere supportata.</translation>
    </message>
    <message>
        <source>OpenNebula reported an internal error. Try again later.</source>
        <translation>OpenNebula ha segnalato un errore interno. Riprova più tardi.</translation>
    </message>
    <message>
        <source>The machine %1 has no VNC or RDP desktop. Ask the facility&apos;s support to enable one in its template.</source>
        <translation>La macchina %1 non ha un desktop VNC o RDP. Chiedi all’assistenza della struttura di abilitarne uno nel suo modello.</translation>
    </message>
    <message>
        <source>The machine %1 has not been placed on a host yet. Wait until it is running.</source>
        <translation>La macchina %1 non è ancora stata assegnata a un host. Attendi che sia in esecuzione.</translation>
    </message>
    <message>
        <source>OpenNebula does not have this machine or template (any more).</source>
        <translation>OpenNebula non ha (più) questa macchina o questo modello.</translation>
    </message>
</context>
<context>
    <name>daas::cloud::openstack</name>
    <message>
        <source>The OpenStack identity service sent an answer that could not be read.</source>
        <translation>Il servizio di identità di OpenStack ha inviato una risposta illeggibile.</translation>
    </message>
    <message>
        <source>OpenStack gave a console address that could not be used.</source>
        <translation>OpenStack ha fornito un indirizzo di console inutilizzabile.</translation>
    </message>
</context>
<context>
    <name>daas::facility</name>
    <message>
        <source>The facility profile is not valid: %1: %2</source>
        <translation>Il profilo della struttura non è valido: %1: %2</translation>
    </message>
    <message>
        <source>is not a known field (a typo?)</source>
        <translation>non è un campo noto (un errore di battitura?)</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>manca</translation>
    </message>
    <message>
        <source>must be an object with a &quot;url&quot;</source>
        <translation>deve essere un oggetto con un &quot;url&quot;</translation>
    </message>
    <message>
        <source>must be an http or https URL</source>
        <translation>deve essere un URL http o https</translation>
    </message>
    <message>
        <source>may hold {user} only in its path</source>
        <translation>può contenere {user} solo nel percorso</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>deve essere uno tra %1</translation>
    </message>
    <message>
        <source>must be a text</source>
        <translation>deve essere un testo</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>non deve essere vuoto</translation>
    </message>
    <message>
        <source>The archive %1 holds an unsafe entry “%2”, so nothing of it was imported.</source>
        <translation>L’archivio %1 contiene una voce non sicura “%2”, quindi non è stato importato nulla.</translation>
    </message>
    <message>
        <source>The facility profile could not be saved.</source>
        <translation>Impossibile salvare il profilo della struttura.</translation>
    </message>
</context>
<context>
    <name>daas::facility::FacilityFetch</name>
    <message>
        <source>Type the address of your facility&apos;s profile.</source>
        <translation>Digita l’indirizzo del profilo della tua struttura.</translation>
    </message>
    <message>
        <source>“%1” is not an address of a facility profile.</source>
        <translation>“%1” non è l’indirizzo di un profilo di struttura.</translation>
    </message>
    <message>
        <source>The profile must come over a secure connection: give an https:// address.</source>
        <translation>Il profilo deve arrivare tramite una connessione sicura: indica un indirizzo https://.</translation>
    </message>
    <message>
        <source>Give the profile&apos;s address without a user name or password in it.</source>
        <translation>Indica l’indirizzo del profilo senza nome utente né password.</translation>
    </message>
    <message>
        <source>Catalogue (ICAT): %1</source>
        <translation>Catalogo (ICAT): %1</translation>
    </message>
    <message>
        <source>Data service (IDS): %1</source>
        <translation>Servizio dati (IDS): %1</translation>
    </message>
    <message>
        <source>Analysis environments (%1): %2</source>
        <translation>Ambienti di analisi (%1): %2</translation>
    </message>
    <message>
        <source>Storage (WebDAV): %1</source>
        <translation>Spazio di archiviazione (WebDAV): %1</translation>
    </message>
    <message>
        <source>Batch cluster (%1): %2</source>
        <translation>Cluster di calcolo (%1): %2</translation>
    </message>
    <message>
        <source>The answer from %1 is too large to be a facility profile.</source>
        <translation>La risposta di %1 è troppo grande per essere un profilo di struttura.</translation>
    </message>
    <message>
        <source>%1 sent the profile&apos;s address on to %2, which is not a secure (https) address, so it was not followed.</source>
        <translation>%1 ha reindirizzato l’indirizzo del profilo a %2, che non è un indirizzo sicuro (https), quindi il reindirizzamento non è stato seguito.</translation>
    </message>
    <message>
        <source>%1 sent the profile&apos;s address on too many times.</source>
        <translation>%1 ha reindirizzato l’indirizzo del profilo troppe volte.</translation>
    </message>
    <message>
        <source>The facility profile could not be fetched from %1: %2</source>
        <translation>Impossibile recuperare il profilo della struttura da %1: %2</translation>
    </message>
    <message>
        <source>%1 did not give a valid facility profile: %2</source>
        <translation>%1 non ha fornito un profilo di struttura valido: %2</translation>
    </message>
    <message>
        <source>The facility profile is not valid: id: “demo” is kept for the local demo facility</source>
        <translation>Il profilo della struttura non è valido: id: “demo” è riservato alla struttura demo locale</translation>
    </message>
</context>
<context>
    <name>daas::facility::FacilityProfile</name>
    <message>
        <source>The facility profile is not valid JSON (line %1, column %2): %3</source>
        <translation>Il profilo della struttura non è un JSON valido (riga %1, colonna %2): %3</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>deve essere un oggetto JSON</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>deve essere un oggetto</translation>
    </message>
    <message>
        <source>is longer than 64 characters</source>
        <translation>supera i 64 caratteri</translation>
    </message>
    <message>
        <source>may hold only letters, digits, &apos;-&apos; and &apos;_&apos;</source>
        <translation>può contenere solo lettere, cifre, &apos;-&apos; e &apos;_&apos;</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>manca</translation>
    </message>
    <message>
        <source>must be an %1 URL</source>
        <translation>deve essere un URL %1</translation>
    </message>
    <message>
        <source>is only used with the type slurm-rest</source>
        <translation>si usa solo con il tipo slurm-rest</translation>
    </message>
    <message>
        <source>must be an absolute path on the cluster</source>
        <translation>deve essere un percorso assoluto sul cluster</translation>
    </message>
    <message>
        <source>The facility profile %1 could not be read.</source>
        <translation>Impossibile leggere il profilo della struttura %1.</translation>
    </message>
    <message>
        <source>The facility profile %1 is too large to be one.</source>
        <translation>Il profilo della struttura %1 è troppo grande per essere tale.</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>deve essere true o false</translation>
    </message>
    <message>
        <source>is for OpenStack clouds only</source>
        <translation>vale solo per i cloud OpenStack</translation>
    </message>
    <message>
        <source>must be a text that is not empty</source>
        <translation>deve essere un testo non vuoto</translation>
    </message>
    <message>
        <source>must be a host name with an optional :port</source>
        <translation>deve essere un nome host con un :porta facoltativo</translation>
    </message>
</context>
<context>
    <name>daas::facility::FacilityRegistry</name>
    <message>
        <source>The local demo facility is not running. Start it with “packaging/dev run”.</source>
        <translation>La struttura demo locale non è in esecuzione. Avviala con “packaging/dev run”.</translation>
    </message>
    <message>
        <source>The facility you chose, “%1”, cannot be used: %2 The local demo facility is used instead; choose your facility again.</source>
        <translation>La struttura che hai scelto, “%1”, non può essere usata: %2 Al suo posto viene usata la struttura demo locale; scegli di nuovo la tua struttura.</translation>
    </message>
    <message>
        <source>The facility you chose, “%1”, cannot be used: %2 Choose your facility again.</source>
        <translation>La struttura che hai scelto, “%1”, non può essere usata: %2 Scegli di nuovo la tua struttura.</translation>
    </message>
    <message>
        <source>The facility profile %1 could not be read.</source>
        <translation>Impossibile leggere il profilo della struttura %1.</translation>
    </message>
    <message>
        <source>The facility profile %1 is too large to be one.</source>
        <translation>Il profilo della struttura %1 è troppo grande per essere tale.</translation>
    </message>
    <message>
        <source>%1 is not a facility profile: choose a .json file or a .zip or .tar.gz archive.</source>
        <translation>%1 non è un profilo di struttura: scegli un file .json oppure un archivio .zip o .tar.gz.</translation>
    </message>
    <message>
        <source>The facility profile is not valid: id: “demo” is kept for the local demo facility</source>
        <translation>Il profilo della struttura non è valido: id: “demo” è riservato alla struttura demo locale</translation>
    </message>
    <message>
        <source>certs/%1 in %2 is not a PEM certificate.</source>
        <translation>certs/%1 in %2 non è un certificato PEM.</translation>
    </message>
    <message>
        <source>There is no imported facility “%1”.</source>
        <translation>Non esiste alcuna struttura importata “%1”.</translation>
    </message>
    <message>
        <source>The imported facility “%1” could not be removed.</source>
        <translation>Impossibile rimuovere la struttura importata “%1”.</translation>
    </message>
    <message>
        <source>Give the archive a name ending in .zip or .tar.gz.</source>
        <translation>Dai all’archivio un nome che termini con .zip o .tar.gz.</translation>
    </message>
    <message>
        <source>The facility profile could not be exported to %1.</source>
        <translation>Impossibile esportare il profilo della struttura in %1.</translation>
    </message>
    <message>
        <source>There is no facility “%1”: give a profile file or the id of one you added (daas facility list).</source>
        <translation>La struttura “%1” non esiste: indica un file di profilo o l’identificativo di una struttura che hai aggiunto (daas facility list).</translation>
    </message>
</context>
<context>
    <name>daas::facility::ProfileArchive</name>
    <message>
        <source>The archive %1 holds an unsafe entry “%2”, so nothing of it was imported.</source>
        <translation>L’archivio %1 contiene una voce non sicura “%2”, quindi non è stato importato nulla.</translation>
    </message>
    <message>
        <source>The archive %1 unpacks to more than %2 times its packed size (a ZIP bomb?), so nothing of it was imported.</source>
        <translation>L’archivio %1, decompresso, occupa più di %2 volte la sua dimensione compressa (una bomba ZIP?), quindi non è stato importato nulla.</translation>
    </message>
    <message>
        <source>The archive %1 unpacks to more than %2, far more than a facility profile holds, so nothing of it was imported.</source>
        <translation>L’archivio %1, decompresso, occupa più di %2, molto più di quanto contenga un profilo di struttura, quindi non è stato importato nulla.</translation>
    </message>
    <message>
        <source>%1 could not be read as a facility profile archive (.zip or .tar.gz).</source>
        <translation>Impossibile leggere %1 come archivio di profilo di struttura (.zip o .tar.gz).</translation>
    </message>
    <message>
        <source>The archive %1 holds no facility.json.</source>
        <translation>L’archivio %1 non contiene alcun facility.json.</translation>
    </message>
    <message>
        <source>The archive %1 holds too many files to be a facility profile.</source>
        <translation>L’archivio %1 contiene troppi file per essere un profilo di struttura.</translation>
    </message>
    <message>
        <source>The facility.json in %1 is too large to be a profile.</source>
        <translation>Il facility.json in %1 è troppo grande per essere un profilo.</translation>
    </message>
    <message>
        <source>The certificate %1 in %2 is too large.</source>
        <translation>Il certificato %1 in %2 è troppo grande.</translation>
    </message>
</context>
<context>
    <name>daas::identity</name>
    <message>
        <source>Nothing is saved in the keychain for this account.</source>
        <translation>Nel portachiavi non è salvato nulla per questo account.</translation>
    </message>
    <message>
        <source>The keychain did not allow access.</source>
        <translation>Il portachiavi non ha consentito l’accesso.</translation>
    </message>
    <message>
        <source>No keychain is available on this computer, so the password cannot be remembered.</source>
        <translation>Su questo computer non è disponibile alcun portachiavi, quindi la password non può essere memorizzata.</translation>
    </message>
    <message>
        <source>No keychain service is running or answering on this computer (a Secret Service such as gnome-keyring or KWallet), so nothing can be kept in it. Start one and try again.</source>
        <translation>Su questo computer nessun servizio portachiavi è in esecuzione o risponde (un Secret Service come gnome-keyring o KWallet), quindi non vi si può conservare nulla. Avviane uno e riprova.</translation>
    </message>
    <message>
        <source>The keychain reported an error.</source>
        <translation>Il portachiavi ha segnalato un errore.</translation>
    </message>
    <message>
        <source>The data service</source>
        <translation>Il servizio dati</translation>
    </message>
    <message>
        <source>The catalogue</source>
        <translation>Il catalogo</translation>
    </message>
    <message>
        <source>%1 gave an answer that could not be read.</source>
        <translation>%1 ha dato una risposta illeggibile.</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>La tua sessione è terminata. Accedi di nuovo.</translation>
    </message>
    <message>
        <source>You are not allowed to see this.</source>
        <translation>Non hai il permesso di vederlo.</translation>
    </message>
    <message>
        <source>Something with this name already exists there.</source>
        <translation>Lì esiste già qualcosa con questo nome.</translation>
    </message>
    <message>
        <source>%1 did not understand the request.</source>
        <translation>%1 non ha compreso la richiesta.</translation>
    </message>
    <message>
        <source>%1 refused the request: %2</source>
        <translation>%1 ha rifiutato la richiesta: %2</translation>
    </message>
    <message>
        <source>The data is being restored from the archive. Try again later.</source>
        <translation>I dati vengono ripristinati dall’archivio. Riprova più tardi.</translation>
    </message>
    <message>
        <source>%1 does not support this.</source>
        <translation>%1 non lo supporta.</translation>
    </message>
    <message>
        <source>%1 reported an internal error.</source>
        <translation>%1 ha segnalato un errore interno.</translation>
    </message>
    <message>
        <source>It does not exist in the catalogue (or it was removed).</source>
        <translation>Non esiste nel catalogo (o è stato rimosso).</translation>
    </message>
    <message>
        <source>The data service has no such data, or you are not allowed to see it.</source>
        <translation>Il servizio dati non ha questi dati, oppure non hai il permesso di vederli.</translation>
    </message>
    <message>
        <source>Some of your files on this computer could not be removed: %1</source>
        <translation>Impossibile rimuovere alcuni dei tuoi file su questo computer: %1</translation>
    </message>
</context>
<context>
    <name>daas::identity::IcatProperties</name>
    <message>
        <source>The catalogue gave an answer that could not be read.</source>
        <translation>Il catalogo ha dato una risposta illeggibile.</translation>
    </message>
</context>
<context>
    <name>daas::identity::IcatSession</name>
    <message>
        <source>The user name or password is not correct.</source>
        <translation>Il nome utente o la password non sono corretti.</translation>
    </message>
    <message>
        <source>The catalogue gave an answer that could not be read.</source>
        <translation>Il catalogo ha dato una risposta illeggibile.</translation>
    </message>
    <message>
        <source>You are signed out, so this could not be done.</source>
        <translation>Sei disconnesso, quindi non è stato possibile farlo.</translation>
    </message>
</context>
<context>
    <name>daas::jobs::BatchJob</name>
    <message>
        <source>Queued</source>
        <translation>In coda</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Bloccato</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>In esecuzione</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Sospeso</translation>
    </message>
    <message>
        <source>Completing</source>
        <translation>In completamento</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completato</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Non riuscito</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annullato</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Tempo scaduto</translation>
    </message>
    <message>
        <source>Out of memory</source>
        <translation>Memoria esaurita</translation>
    </message>
    <message>
        <source>No longer known</source>
        <translation>Non più noto</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Sconosciuto</translation>
    </message>
    <message>
        <source>Waiting for resources</source>
        <translation>In attesa di risorse</translation>
    </message>
    <message>
        <source>Waiting: jobs with a higher priority go first</source>
        <translation>In attesa: i job con priorità più alta hanno la precedenza</translation>
    </message>
    <message>
        <source>Waiting for the jobs it depends on</source>
        <translation>In attesa dei job da cui dipende</translation>
    </message>
    <message>
        <source>Will never start: a job it depends on failed</source>
        <translation>Non partirà mai: un job da cui dipende non è riuscito</translation>
    </message>
    <message>
        <source>Held by you</source>
        <translation>Bloccato da te</translation>
    </message>
    <message>
        <source>Held by an administrator</source>
        <translation>Bloccato da un amministratore</translation>
    </message>
    <message>
        <source>Waiting for its start time</source>
        <translation>In attesa dell’orario di avvio</translation>
    </message>
    <message>
        <source>Waiting: the partition is down</source>
        <translation>In attesa: la partizione non è disponibile</translation>
    </message>
    <message>
        <source>Waiting: the partition is inactive</source>
        <translation>In attesa: la partizione non è attiva</translation>
    </message>
    <message>
        <source>Will not start: its time limit exceeds the partition&apos;s</source>
        <translation>Non partirà: il suo limite di tempo supera quello della partizione</translation>
    </message>
    <message>
        <source>Waiting: the nodes it needs are not available</source>
        <translation>In attesa: i nodi necessari non sono disponibili</translation>
    </message>
    <message>
        <source>Waiting: you have as many jobs running as allowed</source>
        <translation>In attesa: hai già in esecuzione il numero massimo di job consentito</translation>
    </message>
    <message>
        <source>Waiting: your group&apos;s CPU limit is reached</source>
        <translation>In attesa: è stato raggiunto il limite di CPU del tuo gruppo</translation>
    </message>
    <message>
        <source>Ended with a non-zero exit code</source>
        <translation>Terminato con un codice di uscita diverso da zero</translation>
    </message>
    <message>
        <source>Reached its time limit</source>
        <translation>Ha raggiunto il limite di tempo</translation>
    </message>
    <message>
        <source>Ran out of memory</source>
        <translation>Ha esaurito la memoria</translation>
    </message>
    <message>
        <source>Ended by a signal</source>
        <translation>Terminato da un segnale</translation>
    </message>
</context>
<context>
    <name>daas::jobs::BatchProvider</name>
    <message>
        <source>Files on the cluster cannot be read through %1 here: %2</source>
        <translation>I file sul cluster non possono essere letti qui tramite %1: %2</translation>
    </message>
</context>
<context>
    <name>daas::jobs::ClusterOutputReader</name>
    <message>
        <source>The cluster is no longer connected.</source>
        <translation>Il cluster non è più connesso.</translation>
    </message>
</context>
<context>
    <name>daas::jobs::FixedSlurmTokenSource</name>
    <message>
        <source>The Slurm token is not one: it names no user. Get a new one with &quot;scontrol token&quot; on the cluster.</source>
        <translation>Il token Slurm non è valido: non indica alcun utente. Ottienine uno nuovo con &quot;scontrol token&quot; sul cluster.</translation>
    </message>
</context>
<context>
    <name>daas::jobs::JobJournalFile</name>
    <message>
        <source>must be text</source>
        <translation>deve essere un testo</translation>
    </message>
    <message>
        <source>must be a date and time (ISO 8601)</source>
        <translation>deve essere una data e un’ora (ISO 8601)</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>deve essere un numero intero</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>deve essere true o false</translation>
    </message>
    <message>
        <source>must be a list of texts</source>
        <translation>deve essere un elenco di testi</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>deve essere un oggetto</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>manca</translation>
    </message>
    <message>
        <source>“%1” is not a job state</source>
        <translation>“%1” non è uno stato di job</translation>
    </message>
    <message>
        <source>The job history in %1 could not be read, so jobs of this session will not be kept in it. Check the file&apos;s permissions.</source>
        <translation>Impossibile leggere la cronologia dei job in %1, quindi i job di questa sessione non vi verranno conservati. Controlla i permessi del file.</translation>
    </message>
    <message>
        <source>The job history in %1 was written by a newer version of DAaaS Desktop. This version leaves it as it is and does not keep this session&apos;s jobs in it.</source>
        <translation>La cronologia dei job in %1 è stata scritta da una versione più recente di DAaaS Desktop. Questa versione la lascia com’è e non vi conserva i job di questa sessione.</translation>
    </message>
    <message>
        <source>The job history in %1 is damaged and could not be moved aside, so jobs of this session will not be kept in it.</source>
        <translation>La cronologia dei job in %1 è danneggiata e non è stato possibile spostarla da parte, quindi i job di questa sessione non vi verranno conservati.</translation>
    </message>
    <message>
        <source>The job history was damaged (perhaps by a crash or a full disk) and could not be read. It was kept as %1 and a new history was started.</source>
        <translation>La cronologia dei job era danneggiata (forse per un arresto anomalo o un disco pieno) e non è stato possibile leggerla. È stata conservata come %1 ed è stata avviata una nuova cronologia.</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>non è un oggetto</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) of the job history could not be read and are left out. The file as it was is kept as %1.</source>
        <translation>
            <numerusform>%n job della cronologia non è stato possibile leggerlo ed è stato tralasciato. Il file originale è conservato come %1.</numerusform>
            <numerusform>%n job della cronologia non è stato possibile leggerli e sono stati tralasciati. Il file originale è conservato come %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) of the job history could not be read, and the file could not be copied aside, so jobs of this session will not be kept in it.</source>
        <translation>
            <numerusform>%n job della cronologia non è stato possibile leggerlo e non è stato possibile copiare da parte il file, quindi i job di questa sessione non vi verranno conservati.</numerusform>
            <numerusform>%n job della cronologia non è stato possibile leggerli e non è stato possibile copiare da parte il file, quindi i job di questa sessione non vi verranno conservati.</numerusform>
        </translation>
    </message>
    <message>
        <source>The job history could not be saved in %1. Check that the disk has space and that the folder can be written.</source>
        <translation>Impossibile salvare la cronologia dei job in %1. Controlla che il disco abbia spazio e che la cartella sia scrivibile.</translation>
    </message>
</context>
<context>
    <name>daas::jobs::JobTemplate</name>
    <message>
        <source>The job template cannot be used: %1</source>
        <translation>Il modello di job non può essere usato: %1</translation>
    </message>
    <message>
        <source>The job template in %1 cannot be used: %2</source>
        <translation>Il modello di job in %1 non può essere usato: %2</translation>
    </message>
    <message>
        <source>is larger than 1 MiB</source>
        <translation>supera 1 MiB</translation>
    </message>
    <message>
        <source>is not a field of a job template (a spelling mistake?)</source>
        <translation>non è un campo di un modello di job (un errore di ortografia?)</translation>
    </message>
    <message>
        <source>must be from %1 to %2</source>
        <translation>deve essere compreso tra %1 e %2</translation>
    </message>
    <message>
        <source>must be one line of text, without control characters</source>
        <translation>deve essere una sola riga di testo, senza caratteri di controllo</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>è obbligatorio</translation>
    </message>
    <message>
        <source>must be a whole number, not “%1”</source>
        <translation>deve essere un numero intero, non “%1”</translation>
    </message>
    <message>
        <source>must be a number, not “%1”</source>
        <translation>deve essere un numero, non “%1”</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>deve essere uno tra %1</translation>
    </message>
    <message>
        <source>is missing or cannot be read</source>
        <translation>manca o non può essere letto</translation>
    </message>
    <message>
        <source>the file “%1” is missing or cannot be read</source>
        <translation>il file “%1” manca o non può essere letto</translation>
    </message>
    <message>
        <source>the file “%1” %2</source>
        <translation>il file “%1” %2</translation>
    </message>
    <message>
        <source>the file “%1” is not UTF-8 text</source>
        <translation>il file “%1” non è testo UTF-8</translation>
    </message>
    <message>
        <source>is not valid JSON (%1 at byte %2)</source>
        <translation>non è un JSON valido (%1 al byte %2)</translation>
    </message>
    <message>
        <source>must hold a JSON object</source>
        <translation>deve contenere un oggetto JSON</translation>
    </message>
    <message>
        <source>must be a name that is not empty</source>
        <translation>deve essere un nome non vuoto</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>deve essere un testo</translation>
    </message>
    <message>
        <source>must name the script file of the template</source>
        <translation>deve indicare il file di script del modello</translation>
    </message>
    <message>
        <source>“%1” must be a file name in the template&apos;s folder</source>
        <translation>“%1” deve essere un nome di file nella cartella del modello</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>deve essere un elenco</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>deve essere un oggetto</translation>
    </message>
    <message>
        <source>“%1” must start with a lower-case letter and hold only lower-case letters, digits and “_” (it is the script&apos;s variable name)</source>
        <translation>“%1” deve iniziare con una lettera minuscola e contenere solo lettere minuscole, cifre e “_” (è il nome della variabile dello script)</translation>
    </message>
    <message>
        <source>“%1” is used twice</source>
        <translation>“%1” è usato due volte</translation>
    </message>
    <message>
        <source>“%1” must be one of text, integer, number, choice, dataset, folder, file</source>
        <translation>“%1” deve essere uno tra text, integer, number, choice, dataset, folder, file</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>deve essere true o false</translation>
    </message>
    <message>
        <source>must list the values to choose from</source>
        <translation>deve elencare i valori tra cui scegliere</translation>
    </message>
    <message>
        <source>must be a list of texts that are not empty</source>
        <translation>deve essere un elenco di testi non vuoti</translation>
    </message>
    <message>
        <source>is only for parameters of type choice</source>
        <translation>vale solo per i parametri di tipo choice</translation>
    </message>
    <message>
        <source>is only for parameters of type integer or number</source>
        <translation>vale solo per i parametri di tipo integer o number</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>deve essere un numero</translation>
    </message>
    <message>
        <source>must be text or a number</source>
        <translation>deve essere un testo o un numero</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>deve essere un numero intero da %1 a %2</translation>
    </message>
    <message>
        <source>must be a partition&apos;s name</source>
        <translation>deve essere il nome di una partizione</translation>
    </message>
    <message>
        <source>“%1” must start with “#!” (for example #!/bin/bash)</source>
        <translation>“%1” deve iniziare con “#!” (per esempio #!/bin/bash)</translation>
    </message>
    <message>
        <source>line %1: {{%2}} is not one of the template&apos;s parameters</source>
        <translation>riga %1: {{%2}} non è uno dei parametri del modello</translation>
    </message>
    <message>
        <source>line %1: {{%2}} cannot stand in a scheduler directive (the scheduler does not fill it in); use the template&apos;s resources</source>
        <translation>riga %1: {{%2}} non può comparire in una direttiva dello scheduler (lo scheduler non lo sostituisce); usa le risorse del modello</translation>
    </message>
    <message>
        <source>“%1” is not a parameter of the template “%2”.</source>
        <translation>“%1” non è un parametro del modello “%2”.</translation>
    </message>
    <message>
        <source>The template could not be saved in %1. Check that the disk has space and that the folder can be written.</source>
        <translation>Impossibile salvare il modello in %1. Controlla che il disco abbia spazio e che la cartella sia scrivibile.</translation>
    </message>
</context>
<context>
    <name>daas::jobs::JobsSession</name>
    <message>
        <source>Making the working folder %1 in your storage…</source>
        <translation>Creazione della cartella di lavoro %1 nel tuo spazio di archiviazione…</translation>
    </message>
    <message>
        <source>The job&apos;s working folder could not be made</source>
        <translation>Impossibile creare la cartella di lavoro del job</translation>
    </message>
    <message>
        <source>Submitting…</source>
        <translation>Invio…</translation>
    </message>
    <message>
        <source>The scheduler has not said where this job&apos;s output goes.</source>
        <translation>Lo scheduler non ha indicato dove va l’output di questo job.</translation>
    </message>
    <message>
        <source>This facility&apos;s cluster takes a Slurm token and names no token service: make one on the cluster with &apos;scontrol token&apos; and set DAAS_SLURM_TOKEN.</source>
        <translation>Il cluster di questa struttura accetta un token Slurm e non indica alcun servizio di token: creane uno sul cluster con &apos;scontrol token&apos; e imposta DAAS_SLURM_TOKEN.</translation>
    </message>
    <message>
        <source>This facility offers no batch cluster.</source>
        <translation>Questa struttura non offre un cluster di calcolo.</translation>
    </message>
    <message>
        <source>The facility&apos;s batch address %1 is not an ssh://user@host address.</source>
        <translation>L’indirizzo batch %1 della struttura non è un indirizzo ssh://utente@host.</translation>
    </message>
    <message>
        <source>This client cannot reach a %1 cluster yet.</source>
        <translation>Questo client non può ancora raggiungere un cluster %1.</translation>
    </message>
</context>
<context>
    <name>daas::jobs::Lsf</name>
    <message>
        <source>The job has no script.</source>
        <translation>Il job non ha uno script.</translation>
    </message>
    <message>
        <source>%1 cannot hold a line break or a double quote for LSF.</source>
        <translation>%1 non può contenere un a capo o delle virgolette doppie per LSF.</translation>
    </message>
    <message>
        <source>The job name</source>
        <translation>Il nome del job</translation>
    </message>
    <message>
        <source>The queue</source>
        <translation>La coda</translation>
    </message>
    <message>
        <source>The project</source>
        <translation>Il progetto</translation>
    </message>
    <message>
        <source>The working folder</source>
        <translation>La cartella di lavoro</translation>
    </message>
    <message>
        <source>The output file</source>
        <translation>Il file di output</translation>
    </message>
    <message>
        <source>The error file</source>
        <translation>Il file degli errori</translation>
    </message>
    <message>
        <source>A job needs at least one node and one core.</source>
        <translation>Un job ha bisogno di almeno un nodo e un core.</translation>
    </message>
    <message>
        <source>LSF did not accept the job.</source>
        <translation>LSF non ha accettato il job.</translation>
    </message>
    <message>
        <source>bjobs answered something that is not its JSON.</source>
        <translation>bjobs ha risposto con qualcosa che non è il suo JSON.</translation>
    </message>
    <message>
        <source>bjobs answered in columns the client does not know.</source>
        <translation>bjobs ha risposto con colonne che il client non conosce.</translation>
    </message>
    <message>
        <source>bjobs answered a line the client cannot read.</source>
        <translation>bjobs ha risposto con una riga che il client non sa leggere.</translation>
    </message>
</context>
<context>
    <name>daas::jobs::LsfSshProvider</name>
    <message>
        <source>Asking LSF for its queues…</source>
        <translation>Richiesta delle code a LSF…</translation>
    </message>
    <message>
        <source>LSF did not list its queues.</source>
        <translation>LSF non ha elencato le sue code.</translation>
    </message>
    <message>
        <source>Submitting the job to LSF…</source>
        <translation>Invio del job a LSF…</translation>
    </message>
    <message>
        <source>LSF did not list the jobs.</source>
        <translation>LSF non ha elencato i job.</translation>
    </message>
    <message>
        <source>Asking LSF for your jobs…</source>
        <translation>Richiesta dei tuoi job a LSF…</translation>
    </message>
    <message>
        <source>Asking LSF about job %1…</source>
        <translation>Richiesta a LSF sul job %1…</translation>
    </message>
    <message>
        <source>LSF does not know job %1 (any more).</source>
        <translation>LSF non conosce (più) il job %1.</translation>
    </message>
    <message>
        <source>Cancelling job %1…</source>
        <translation>Annullamento del job %1…</translation>
    </message>
    <message>
        <source>LSF did not cancel job %1.</source>
        <translation>LSF non ha annullato il job %1.</translation>
    </message>
    <message>
        <source>Holding job %1…</source>
        <translation>Blocco del job %1…</translation>
    </message>
    <message>
        <source>Releasing job %1…</source>
        <translation>Sblocco del job %1…</translation>
    </message>
    <message>
        <source>LSF did not hold job %1.</source>
        <translation>LSF non ha bloccato il job %1.</translation>
    </message>
    <message>
        <source>LSF did not release job %1.</source>
        <translation>LSF non ha sbloccato il job %1.</translation>
    </message>
</context>
<context>
    <name>daas::jobs::OutputLocation</name>
    <message>
        <source>The output file “%1” is not a full path on the cluster.</source>
        <translation>Il file di output “%1” non è un percorso completo sul cluster.</translation>
    </message>
    <message>
        <source>The cluster&apos;s storage folder (%1) needs a user name, and “%2” is not one.</source>
        <translation>La cartella di archiviazione del cluster (%1) richiede un nome utente, e “%2” non lo è.</translation>
    </message>
    <message>
        <source>The facility&apos;s storage folder on the cluster (%1) is not a full path.</source>
        <translation>La cartella di archiviazione della struttura sul cluster (%1) non è un percorso completo.</translation>
    </message>
    <message>
        <source>The output file “%1” leaves the storage folder %2 with “..”; it is not read.</source>
        <translation>Il file di output “%1” esce dalla cartella di archiviazione %2 con “..”; non viene letto.</translation>
    </message>
    <message>
        <source>The output file “%1” has a name the storage cannot serve.</source>
        <translation>Il file di output “%1” ha un nome che lo spazio di archiviazione non può servire.</translation>
    </message>
    <message>
        <source>The output file “%1” cannot be read: it is not on the storage, and the cluster is not connected.</source>
        <translation>Il file di output “%1” non può essere letto: non si trova nello spazio di archiviazione e il cluster non è connesso.</translation>
    </message>
</context>
<context>
    <name>daas::jobs::OutputTail</name>
    <message>
        <source>The output file is no longer there. It is shown again when it comes back.</source>
        <translation>Il file di output non c’è più. Verrà mostrato di nuovo quando ricomparirà.</translation>
    </message>
    <message>
        <source>The output file got shorter (it was truncated or written anew): it is shown again from its end.</source>
        <translation>Il file di output si è accorciato (è stato troncato o riscritto): viene mostrato di nuovo dalla fine.</translation>
    </message>
    <message>
        <source>The output file was replaced by another: it is shown again from its end.</source>
        <translation>Il file di output è stato sostituito da un altro: viene mostrato di nuovo dalla fine.</translation>
    </message>
    <message>
        <source>The job&apos;s output file is not there (%1): the job wrote none, or it was moved or removed since.</source>
        <translation>Il file di output del job non c’è (%1): il job non ne ha scritto nessuno, oppure è stato spostato o eliminato nel frattempo.</translation>
    </message>
</context>
<context>
    <name>daas::jobs::ServiceSlurmTokenSource</name>
    <message>
        <source>Not signed in.</source>
        <translation>Accesso non effettuato.</translation>
    </message>
    <message>
        <source>The cluster&apos;s token service needs your password. Sign in again.</source>
        <translation>Il servizio token del cluster richiede la tua password. Accedi di nuovo.</translation>
    </message>
    <message>
        <source>The cluster&apos;s token service could not be reached</source>
        <translation>Impossibile raggiungere il servizio token del cluster</translation>
    </message>
    <message>
        <source>The cluster&apos;s token service did not accept your user name and password.</source>
        <translation>Il servizio token del cluster non ha accettato il tuo nome utente e la tua password.</translation>
    </message>
    <message>
        <source>The cluster&apos;s token service</source>
        <translation>Il servizio token del cluster</translation>
    </message>
    <message>
        <source>The cluster&apos;s token service gave an answer that is not a token.</source>
        <translation>Il servizio token del cluster ha dato una risposta che non è un token.</translation>
    </message>
</context>
<context>
    <name>daas::jobs::SlurmRest</name>
    <message>
        <source>Slurm sent an empty answer for %1.</source>
        <translation>Slurm ha inviato una risposta vuota per %1.</translation>
    </message>
    <message>
        <source>Slurm&apos;s answer for %1 could not be read: it is cut short or not JSON.</source>
        <translation>Impossibile leggere la risposta di Slurm per %1: è troncata o non è JSON.</translation>
    </message>
    <message>
        <source>Slurm&apos;s answer for %1 is not what its API describes.</source>
        <translation>La risposta di Slurm per %1 non corrisponde a quanto descritto dalla sua API.</translation>
    </message>
    <message>
        <source>the list of jobs</source>
        <translation>l’elenco dei job</translation>
    </message>
    <message>
        <source>Slurm&apos;s list of jobs is not what its API describes.</source>
        <translation>L’elenco dei job di Slurm non corrisponde a quanto descritto dalla sua API.</translation>
    </message>
    <message>
        <source>the list of partitions</source>
        <translation>l’elenco delle partizioni</translation>
    </message>
    <message>
        <source>Slurm&apos;s list of partitions is not what its API describes.</source>
        <translation>L’elenco delle partizioni di Slurm non corrisponde a quanto descritto dalla sua API.</translation>
    </message>
    <message>
        <source>The script must start with a line such as #!/bin/bash that names its interpreter.</source>
        <translation>Lo script deve iniziare con una riga come #!/bin/bash che indica il suo interprete.</translation>
    </message>
    <message>
        <source>Choose the folder on the cluster the job runs in.</source>
        <translation>Scegli la cartella sul cluster in cui viene eseguito il job.</translation>
    </message>
    <message>
        <source>the submitted job</source>
        <translation>il job inviato</translation>
    </message>
    <message>
        <source>Slurm accepted the job but did not say its number.</source>
        <translation>Slurm ha accettato il job ma non ne ha indicato il numero.</translation>
    </message>
    <message>
        <source>This cluster&apos;s Slurm (REST API v0.0.38) cannot release a held job. Release it with &quot;scontrol release&quot; on the cluster.</source>
        <translation>Lo Slurm di questo cluster (REST API v0.0.38) non può sbloccare un job bloccato. Sbloccalo con &quot;scontrol release&quot; sul cluster.</translation>
    </message>
</context>
<context>
    <name>daas::jobs::SlurmRestProvider</name>
    <message>
        <source>There is no Slurm token to sign in to the cluster with.</source>
        <translation>Non c’è alcun token Slurm con cui accedere al cluster.</translation>
    </message>
    <message>
        <source>Getting a token for the cluster…</source>
        <translation>Richiesta di un token per il cluster…</translation>
    </message>
    <message>
        <source>Your token for the cluster has expired and no new one could be had. Sign in again.</source>
        <translation>Il tuo token per il cluster è scaduto e non è stato possibile ottenerne uno nuovo. Accedi di nuovo.</translation>
    </message>
    <message>
        <source>The cluster did not accept your Slurm token. Sign in again, or get a new token with &quot;scontrol token&quot; on the cluster.</source>
        <translation>Il cluster non ha accettato il tuo token Slurm. Accedi di nuovo, oppure ottieni un nuovo token con &quot;scontrol token&quot; sul cluster.</translation>
    </message>
    <message>
        <source>Waiting for Slurm…</source>
        <translation>In attesa di Slurm…</translation>
    </message>
    <message>
        <source>its API description</source>
        <translation>la descrizione della sua API</translation>
    </message>
    <message>
        <source>This cluster&apos;s Slurm REST API is a version this client does not speak (it speaks v0.0.38 to v0.0.42).</source>
        <translation>La REST API di Slurm di questo cluster è in una versione che questo client non supporta (supporta dalla v0.0.38 alla v0.0.42).</translation>
    </message>
    <message>
        <source>Could not list the cluster&apos;s partitions.</source>
        <translation>Impossibile elencare le partizioni del cluster.</translation>
    </message>
    <message>
        <source>Slurm did not accept the job.</source>
        <translation>Slurm non ha accettato il job.</translation>
    </message>
    <message>
        <source>Could not list your jobs.</source>
        <translation>Impossibile elencare i tuoi job.</translation>
    </message>
    <message>
        <source>Slurm does not know job %1. Finished jobs are forgotten a few minutes after they end.</source>
        <translation>Slurm non conosce il job %1. I job terminati vengono dimenticati pochi minuti dopo la fine.</translation>
    </message>
    <message>
        <source>Could not read job %1.</source>
        <translation>Impossibile leggere il job %1.</translation>
    </message>
    <message>
        <source>Slurm does not know job %1.</source>
        <translation>Slurm non conosce il job %1.</translation>
    </message>
    <message>
        <source>Could not cancel job %1.</source>
        <translation>Impossibile annullare il job %1.</translation>
    </message>
    <message>
        <source>the cancelled job</source>
        <translation>il job annullato</translation>
    </message>
    <message>
        <source>Could not hold job %1.</source>
        <translation>Impossibile bloccare il job %1.</translation>
    </message>
    <message>
        <source>Could not release job %1.</source>
        <translation>Impossibile sbloccare il job %1.</translation>
    </message>
    <message>
        <source>the changed job</source>
        <translation>il job modificato</translation>
    </message>
</context>
<context>
    <name>daas::jobs::SlurmSsh</name>
    <message>
        <source>The job has no script.</source>
        <translation>Il job non ha uno script.</translation>
    </message>
    <message>
        <source>The job name</source>
        <translation>Il nome del job</translation>
    </message>
    <message>
        <source>The partition</source>
        <translation>La partizione</translation>
    </message>
    <message>
        <source>The account</source>
        <translation>L’account</translation>
    </message>
    <message>
        <source>The working folder</source>
        <translation>La cartella di lavoro</translation>
    </message>
    <message>
        <source>The output file</source>
        <translation>Il file di output</translation>
    </message>
    <message>
        <source>The error file</source>
        <translation>Il file degli errori</translation>
    </message>
    <message>
        <source>%1 cannot hold a line break or a double quote for Slurm.</source>
        <translation>%1 non può contenere un a capo o delle virgolette doppie per Slurm.</translation>
    </message>
    <message>
        <source>A job needs at least one node and one core.</source>
        <translation>Un job ha bisogno di almeno un nodo e un core.</translation>
    </message>
    <message>
        <source>Slurm did not accept the job.</source>
        <translation>Slurm non ha accettato il job.</translation>
    </message>
    <message>
        <source>Submitted batch job %1</source>
        <translation>Job batch %1 inviato</translation>
    </message>
    <message>
        <source>squeue answered a line the client cannot read.</source>
        <translation>squeue ha risposto con una riga che il client non sa leggere.</translation>
    </message>
    <message>
        <source>scontrol answered something the client cannot read.</source>
        <translation>scontrol ha risposto con qualcosa che il client non sa leggere.</translation>
    </message>
    <message>
        <source>sacct answered a line the client cannot read.</source>
        <translation>sacct ha risposto con una riga che il client non sa leggere.</translation>
    </message>
</context>
<context>
    <name>daas::jobs::SlurmSshProvider</name>
    <message>
        <source>Asking Slurm for its partitions…</source>
        <translation>Richiesta delle partizioni a Slurm…</translation>
    </message>
    <message>
        <source>Slurm did not list its partitions.</source>
        <translation>Slurm non ha elencato le sue partizioni.</translation>
    </message>
    <message>
        <source>Submitting the job to Slurm…</source>
        <translation>Invio del job a Slurm…</translation>
    </message>
    <message>
        <source>Asking Slurm for your jobs…</source>
        <translation>Richiesta dei tuoi job a Slurm…</translation>
    </message>
    <message>
        <source>Slurm did not list your jobs.</source>
        <translation>Slurm non ha elencato i tuoi job.</translation>
    </message>
    <message>
        <source>Asking Slurm about job %1…</source>
        <translation>Richiesta a Slurm sul job %1…</translation>
    </message>
    <message>
        <source>Slurm did not show job %1.</source>
        <translation>Slurm non ha mostrato il job %1.</translation>
    </message>
    <message>
        <source>Slurm does not know job %1 (any more).</source>
        <translation>Slurm non conosce (più) il job %1.</translation>
    </message>
    <message>
        <source>Cancelling job %1…</source>
        <translation>Annullamento del job %1…</translation>
    </message>
    <message>
        <source>Slurm did not cancel job %1.</source>
        <translation>Slurm non ha annullato il job %1.</translation>
    </message>
    <message>
        <source>Holding job %1…</source>
        <translation>Blocco del job %1…</translation>
    </message>
    <message>
        <source>Releasing job %1…</source>
        <translation>Sblocco del job %1…</translation>
    </message>
    <message>
        <source>Slurm did not hold job %1.</source>
        <translation>Slurm non ha bloccato il job %1.</translation>
    </message>
    <message>
        <source>Slurm did not release job %1.</source>
        <translation>Slurm non ha sbloccato il job %1.</translation>
    </message>
</context>
<context>
    <name>daas::jobs::SshBatchProvider</name>
    <message>
        <source>&quot;%1&quot; is not a %2 job id.</source>
        <translation>&quot;%1&quot; non è un identificativo di job %2.</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>codice di uscita %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file name.</source>
        <translation>&quot;%1&quot; non è un nome di file.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lettura di %1…</translation>
    </message>
    <message>
        <source>%1 does not exist on the cluster (yet).</source>
        <translation>%1 non esiste (ancora) sul cluster.</translation>
    </message>
    <message>
        <source>Could not read %1 on the cluster.</source>
        <translation>Impossibile leggere %1 sul cluster.</translation>
    </message>
</context>
<context>
    <name>daas::jobs::SshConnection</name>
    <message>
        <source>No OpenSSH client (ssh) was found on this computer. Install OpenSSH (on Windows: the optional feature &quot;OpenSSH Client&quot;) to reach the cluster.</source>
        <translation>Su questo computer non è stato trovato alcun client OpenSSH (ssh). Installa OpenSSH (su Windows: la funzionalità facoltativa &quot;Client OpenSSH&quot;) per raggiungere il cluster.</translation>
    </message>
    <message>
        <source>The cluster&apos;s address &quot;%1&quot; is not a host name.</source>
        <translation>L’indirizzo del cluster &quot;%1&quot; non è un nome host.</translation>
    </message>
    <message>
        <source>The SSH client could not be started: %1</source>
        <translation>Impossibile avviare il client SSH: %1</translation>
    </message>
    <message>
        <source>%1 on %2 did not finish within %3 seconds.</source>
        <translation>%1 su %2 non è terminato entro %3 secondi.</translation>
    </message>
    <message>
        <source>%1 on %2 printed more than %3 MB; it was stopped.</source>
        <translation>%1 su %2 ha stampato più di %3 MB; è stato interrotto.</translation>
    </message>
    <message>
        <source>The SSH client stopped unexpectedly while talking to %1.</source>
        <translation>Il client SSH si è interrotto inaspettatamente mentre comunicava con %1.</translation>
    </message>
    <message>
        <source>%1 did not accept your SSH key or password.</source>
        <translation>%1 non ha accettato la tua chiave SSH o la tua password.</translation>
    </message>
    <message>
        <source>The cluster&apos;s login node %1 was not found.</source>
        <translation>Il nodo di login %1 del cluster non è stato trovato.</translation>
    </message>
    <message>
        <source>%1 refused the SSH connection.</source>
        <translation>%1 ha rifiutato la connessione SSH.</translation>
    </message>
    <message>
        <source>%1 did not answer the SSH connection in time.</source>
        <translation>%1 non ha risposto in tempo alla connessione SSH.</translation>
    </message>
    <message>
        <source>Could not log in to %1 over SSH.</source>
        <translation>Impossibile accedere a %1 tramite SSH.</translation>
    </message>
    <message>
        <source>THE HOST KEY OF %1 HAS CHANGED since you trusted it (it now presents %2). Someone may be intercepting the connection, so nothing was sent. If the facility confirms that the key was changed, remove the old key of %1 from %3 and connect again.</source>
        <translation>LA CHIAVE HOST DI %1 È CAMBIATA da quando l’hai considerata attendibile (ora presenta %2). Qualcuno potrebbe intercettare la connessione, quindi non è stato inviato nulla. Se la struttura conferma che la chiave è stata cambiata, rimuovi la vecchia chiave di %1 da %3 e connettiti di nuovo.</translation>
    </message>
    <message>
        <source>another key</source>
        <translation>un’altra chiave</translation>
    </message>
    <message>
        <source>%1 is not known yet, and ssh-keyscan (OpenSSH) was not found to read its host key.</source>
        <translation>%1 non è ancora noto, e ssh-keyscan (OpenSSH) non è stato trovato per leggerne la chiave host.</translation>
    </message>
    <message>
        <source>Could not read the host key of %1.</source>
        <translation>Impossibile leggere la chiave host di %1.</translation>
    </message>
    <message>
        <source>Not connected to %1: its host key (%2 %3) was not trusted.</source>
        <translation>Non connesso a %1: la sua chiave host (%2 %3) non è stata considerata attendibile.</translation>
    </message>
</context>
<context>
    <name>daas::jobs::SshJobScript</name>
    <message>
        <source>&quot;%1&quot; is not an environment variable (NAME=value).</source>
        <translation>&quot;%1&quot; non è una variabile d’ambiente (NOME=valore).</translation>
    </message>
</context>
<context>
    <name>daas::jobs::SshKnownHosts</name>
    <message>
        <source>Could not remember the host key in %1: %2</source>
        <translation>Impossibile memorizzare la chiave host in %1: %2</translation>
    </message>
</context>
<context>
    <name>daas::jobs::StorageOutputReader</name>
    <message>
        <source>The storage is no longer connected.</source>
        <translation>Lo spazio di archiviazione non è più connesso.</translation>
    </message>
</context>
<context>
    <name>daas::jobs::TemplateLibrary</name>
    <message>
        <source>There is no job template “%1”.</source>
        <translation>Il modello di job “%1” non esiste.</translation>
    </message>
    <message>
        <source>This job cannot be made into a template: %1</source>
        <translation>Questo job non può essere trasformato in un modello: %1</translation>
    </message>
    <message>
        <source>The folder for your job templates, %1, could not be made.</source>
        <translation>Impossibile creare la cartella per i tuoi modelli di job, %1.</translation>
    </message>
    <message>
        <source>The template could not be saved in %1.</source>
        <translation>Impossibile salvare il modello in %1.</translation>
    </message>
    <message>
        <source>The template could not be saved as %1.</source>
        <translation>Impossibile salvare il modello come %1.</translation>
    </message>
</context>
<context>
    <name>daas::remote::RdpConnectionFile</name>
    <message>
        <source>This is not a usable connection file: %1</source>
        <translation>Questo non è un file di connessione utilizzabile: %1</translation>
    </message>
    <message>
        <source>it is too large.</source>
        <translation>è troppo grande.</translation>
    </message>
    <message>
        <source>Could not read the connection file.</source>
        <translation>Impossibile leggere il file di connessione.</translation>
    </message>
    <message>
        <source>its settings could not be read.</source>
        <translation>impossibile leggerne le impostazioni.</translation>
    </message>
    <message>
        <source>it names no computer (“full address”).</source>
        <translation>non indica alcun computer (“full address”).</translation>
    </message>
    <message>
        <source>the computer&apos;s name “%1” is not valid.</source>
        <translation>il nome del computer “%1” non è valido.</translation>
    </message>
    <message>
        <source>the computer&apos;s name is too long.</source>
        <translation>il nome del computer è troppo lungo.</translation>
    </message>
    <message>
        <source>its port is not between 1 and 65535.</source>
        <translation>la sua porta non è compresa tra 1 e 65535.</translation>
    </message>
    <message>
        <source>Could not open the connection file “%1”.</source>
        <translation>Impossibile aprire il file di connessione “%1”.</translation>
    </message>
    <message>
        <source>The desktop&apos;s address or the user name cannot be written into a connection file.</source>
        <translation>L’indirizzo del desktop o il nome utente non possono essere scritti in un file di connessione.</translation>
    </message>
    <message>
        <source>The desktop has no address to write into a connection file.</source>
        <translation>Il desktop non ha un indirizzo da scrivere in un file di connessione.</translation>
    </message>
    <message>
        <source>Could not make the connection file.</source>
        <translation>Impossibile creare il file di connessione.</translation>
    </message>
    <message>
        <source>Could not save the connection file “%1”. Check the folder and free disk space.</source>
        <translation>Impossibile salvare il file di connessione “%1”. Controlla la cartella e lo spazio libero su disco.</translation>
    </message>
</context>
<context>
    <name>daas::remote::RdpErrors</name>
    <message>
        <source>An administrator or another program ended this remote desktop session.</source>
        <translation>Un amministratore o un altro programma ha terminato questa sessione di desktop remoto.</translation>
    </message>
    <message>
        <source>An administrator or another program signed this session out.</source>
        <translation>Un amministratore o un altro programma ha disconnesso questa sessione.</translation>
    </message>
    <message>
        <source>The server ended an idle session. Connect again to carry on.</source>
        <translation>Il server ha terminato una sessione inattiva. Connettiti di nuovo per continuare.</translation>
    </message>
    <message>
        <source>The server ended the session because signing in took too long.</source>
        <translation>Il server ha terminato la sessione perché l’accesso ha richiesto troppo tempo.</translation>
    </message>
    <message>
        <source>Another session took over this desktop. Connect again to take it back.</source>
        <translation>Un’altra sessione ha preso il controllo di questo desktop. Connettiti di nuovo per riprenderlo.</translation>
    </message>
    <message>
        <source>The remote computer ran out of memory.</source>
        <translation>Il computer remoto ha esaurito la memoria.</translation>
    </message>
    <message>
        <source>The remote desktop refused the connection.</source>
        <translation>Il desktop remoto ha rifiutato la connessione.</translation>
    </message>
    <message>
        <source>This account may not use remote desktop on this computer.</source>
        <translation>Questo account non può usare il desktop remoto su questo computer.</translation>
    </message>
    <message>
        <source>The remote desktop asks for the password to be typed again.</source>
        <translation>Il desktop remoto chiede di digitare di nuovo la password.</translation>
    </message>
    <message>
        <source>The session was disconnected from the remote side.</source>
        <translation>La sessione è stata disconnessa dal lato remoto.</translation>
    </message>
    <message>
        <source>You signed out of the remote desktop.</source>
        <translation>Sei uscito dal desktop remoto.</translation>
    </message>
    <message>
        <source>The remote desktop&apos;s session crashed. Connect again.</source>
        <translation>La sessione del desktop remoto si è arrestata in modo anomalo. Connettiti di nuovo.</translation>
    </message>
    <message>
        <source>The remote computer has no licence server for remote desktop sessions. Tell the facility&apos;s support.</source>
        <translation>Il computer remoto non ha un server di licenze per le sessioni di desktop remoto. Informa l’assistenza della struttura.</translation>
    </message>
    <message>
        <source>The remote computer has no licence left for another remote desktop session.</source>
        <translation>Il computer remoto non ha più licenze per un’altra sessione di desktop remoto.</translation>
    </message>
    <message>
        <source>The remote desktop did not accept the user name or password.</source>
        <translation>Il desktop remoto non ha accettato il nome utente o la password.</translation>
    </message>
    <message>
        <source>The password was not accepted.</source>
        <translation>La password non è stata accettata.</translation>
    </message>
    <message>
        <source>The remote desktop needs a user name and password.</source>
        <translation>Il desktop remoto richiede un nome utente e una password.</translation>
    </message>
    <message>
        <source>The password has expired. Change it with the facility, then connect again.</source>
        <translation>La password è scaduta. Cambiala presso la struttura, poi connettiti di nuovo.</translation>
    </message>
    <message>
        <source>The password must be changed before this account can sign in.</source>
        <translation>La password deve essere cambiata prima che questo account possa accedere.</translation>
    </message>
    <message>
        <source>The account is locked after too many wrong passwords. Ask the facility&apos;s support.</source>
        <translation>L’account è bloccato dopo troppe password errate. Rivolgiti all’assistenza della struttura.</translation>
    </message>
    <message>
        <source>The account has expired.</source>
        <translation>L’account è scaduto.</translation>
    </message>
    <message>
        <source>The account is disabled.</source>
        <translation>L’account è disattivato.</translation>
    </message>
    <message>
        <source>The account may not sign in now or from here (an account restriction).</source>
        <translation>L’account non può accedere ora o da qui (una restrizione dell’account).</translation>
    </message>
    <message>
        <source>The remote desktop denied access to this account.</source>
        <translation>Il desktop remoto ha negato l’accesso a questo account.</translation>
    </message>
    <message>
        <source>The remote desktop&apos;s host name is unknown. Check the environment&apos;s address.</source>
        <translation>Il nome host del desktop remoto è sconosciuto. Controlla l’indirizzo dell’ambiente.</translation>
    </message>
    <message>
        <source>Could not set up an encrypted connection to the remote desktop.</source>
        <translation>Impossibile stabilire una connessione cifrata con il desktop remoto.</translation>
    </message>
    <message>
        <source>The remote desktop and this viewer found no kind of security they both accept (NLA, TLS or RDP).</source>
        <translation>Il desktop remoto e questo visualizzatore non hanno trovato alcun tipo di sicurezza accettato da entrambi (NLA, TLS o RDP).</translation>
    </message>
    <message>
        <source>Connecting was cancelled.</source>
        <translation>La connessione è stata annullata.</translation>
    </message>
    <message>
        <source>The remote desktop did not finish setting up the session in time.</source>
        <translation>Il desktop remoto non ha completato in tempo la preparazione della sessione.</translation>
    </message>
    <message>
        <source>The remote desktop ended the session because of a protocol error. Connect again; if it keeps happening, restart the environment.</source>
        <translation>Il desktop remoto ha terminato la sessione a causa di un errore di protocollo. Connettiti di nuovo; se continua a succedere, riavvia l’ambiente.</translation>
    </message>
    <message>
        <source>The connection to the remote desktop was lost. Check the network; the viewer tries to reconnect.</source>
        <translation>La connessione al desktop remoto si è interrotta. Controlla la rete; il visualizzatore tenta di riconnettersi.</translation>
    </message>
    <message>
        <source>Could not reach the remote desktop. The environment may still be starting; try again in a minute.</source>
        <translation>Impossibile raggiungere il desktop remoto. L’ambiente potrebbe essere ancora in avvio; riprova tra un minuto.</translation>
    </message>
    <message>
        <source>The remote desktop closed the connection while it was being set up. Check that this address serves RDP; if it does, restart the environment.</source>
        <translation>Il desktop remoto ha chiuso la connessione durante la preparazione. Controlla che questo indirizzo offra RDP; in tal caso, riavvia l’ambiente.</translation>
    </message>
    <message>
        <source>The RD Gateway %1 did not accept the user name or password.</source>
        <translation>Il gateway RD %1 non ha accettato il nome utente o la password.</translation>
    </message>
    <message>
        <source>The RD Gateway&apos;s address %1 is unknown. Check the address.</source>
        <translation>L’indirizzo %1 del gateway RD è sconosciuto. Controlla l’indirizzo.</translation>
    </message>
    <message>
        <source>Could not reach the RD Gateway %1. Check the network and try again later.</source>
        <translation>Impossibile raggiungere il gateway RD %1. Controlla la rete e riprova più tardi.</translation>
    </message>
    <message>
        <source>Could not set up an encrypted connection to the RD Gateway %1.</source>
        <translation>Impossibile stabilire una connessione cifrata con il gateway RD %1.</translation>
    </message>
    <message>
        <source>Connecting to the RD Gateway %1 was cancelled.</source>
        <translation>La connessione al gateway RD %1 è stata annullata.</translation>
    </message>
    <message>
        <source>The RD Gateway %1 refused the connection to the remote desktop or closed it while it was being set up. Check the gateway&apos;s address; if it is right, ask the facility&apos;s support.</source>
        <translation>Il gateway RD %1 ha rifiutato la connessione al desktop remoto o l’ha chiusa mentre veniva stabilita. Controlla l’indirizzo del gateway; se è corretto, chiedi al supporto della tua struttura.</translation>
    </message>
</context>
<context>
    <name>daas::remote::RdpWorker</name>
    <message>
        <source>Could not start the remote desktop connection.</source>
        <translation>Impossibile avviare la connessione al desktop remoto.</translation>
    </message>
    <message>
        <source>The remote desktop&apos;s certificate was not accepted. The connection was not opened.</source>
        <translation>Il certificato del desktop remoto non è stato accettato. La connessione non è stata aperta.</translation>
    </message>
    <message>
        <source>Signing in to the remote desktop was cancelled.</source>
        <translation>L’accesso al desktop remoto è stato annullato.</translation>
    </message>
    <message>
        <source>The remote desktop announced a screen size this viewer cannot show. Ask the environment&apos;s administrator to check its display settings.</source>
        <translation>Il desktop remoto ha annunciato una dimensione dello schermo che questo visualizzatore non può mostrare. Chiedi all’amministratore dell’ambiente di controllarne le impostazioni dello schermo.</translation>
    </message>
    <message>
        <source>The certificate of the RD Gateway %1 was not accepted. The connection was not opened.</source>
        <translation>Il certificato del gateway RD %1 non è stato accettato. La connessione non è stata aperta.</translation>
    </message>
    <message>
        <source>Signing in to the RD Gateway %1 was cancelled.</source>
        <translation>L’accesso al gateway RD %1 è stato annullato.</translation>
    </message>
</context>
<context>
    <name>daas::remote::VncCertificateProbe</name>
    <message>
        <source>Could not read the remote desktop&apos;s certificate.</source>
        <translation>Impossibile leggere il certificato del desktop remoto.</translation>
    </message>
</context>
<context>
    <name>daas::remote::VncFailureLog</name>
    <message>
        <source>The VNC server</source>
        <translation>Il server VNC</translation>
    </message>
    <message>
        <source>The remote desktop announced a screen size this viewer cannot show. Ask the environment&apos;s administrator to check its display settings.</source>
        <translation>Il desktop remoto ha annunciato una dimensione dello schermo che questo visualizzatore non può mostrare. Chiedi all’amministratore dell’ambiente di controllarne le impostazioni dello schermo.</translation>
    </message>
    <message>
        <source>The remote desktop sent something this viewer cannot read, so the connection was closed and not tried again. Restart the environment; if it happens again, tell the facility&apos;s support.</source>
        <translation>Il desktop remoto ha inviato qualcosa che questo visualizzatore non sa leggere, quindi la connessione è stata chiusa e non è stata ritentata. Riavvia l’ambiente; se succede di nuovo, informa l’assistenza della struttura.</translation>
    </message>
    <message>
        <source>The remote desktop did not accept the password. Check it and connect again.</source>
        <translation>Il desktop remoto non ha accettato la password. Controllala e connettiti di nuovo.</translation>
    </message>
    <message>
        <source>The remote desktop refused the connection. Try again in a few minutes; if it keeps refusing, restart the environment.</source>
        <translation>Il desktop remoto ha rifiutato la connessione. Riprova tra qualche minuto; se continua a rifiutarla, riavvia l’ambiente.</translation>
    </message>
    <message>
        <source>The remote desktop&apos;s certificate could not be verified. The connection was not opened.</source>
        <translation>Impossibile verificare il certificato del desktop remoto. La connessione non è stata aperta.</translation>
    </message>
    <message>
        <source>The remote desktop asks for a kind of sign-in this viewer does not support.</source>
        <translation>Il desktop remoto richiede un tipo di accesso che questo visualizzatore non supporta.</translation>
    </message>
    <message>
        <source>The connection to the remote desktop was lost. Check the network; the viewer tries to reconnect.</source>
        <translation>La connessione al desktop remoto si è interrotta. Controlla la rete; il visualizzatore tenta di riconnettersi.</translation>
    </message>
    <message>
        <source>The remote desktop closed the connection while it was being set up. Try again; if it keeps happening, restart the environment.</source>
        <translation>Il desktop remoto ha chiuso la connessione durante la preparazione. Riprova; se continua a succedere, riavvia l’ambiente.</translation>
    </message>
</context>
<context>
    <name>daas::remote::VncSession</name>
    <message>
        <source>The remote desktop host “%1” is unknown. Check the environment&apos;s address.</source>
        <translation>L’host del desktop remoto “%1” è sconosciuto. Controlla l’indirizzo dell’ambiente.</translation>
    </message>
    <message>
        <source>The remote desktop&apos;s certificate is not trusted (SHA-256 fingerprint %1). Trust it only if the facility confirms this fingerprint.</source>
        <translation>Il certificato del desktop remoto non è attendibile (impronta SHA-256 %1). Consideralo attendibile solo se la struttura conferma questa impronta.</translation>
    </message>
</context>
<context>
    <name>daas::remote::VncTrustStore</name>
    <message>
        <source>Could not remember the certificate. Check free disk space.</source>
        <translation>Impossibile memorizzare il certificato. Controlla lo spazio libero su disco.</translation>
    </message>
</context>
<context>
    <name>daas::remote::VncWorker</name>
    <message>
        <source>Could not reach the remote desktop at %1:%2. The environment may still be starting; try again in a minute.</source>
        <translation>Impossibile raggiungere il desktop remoto su %1:%2. L’ambiente potrebbe essere ancora in avvio; riprova tra un minuto.</translation>
    </message>
</context>
<context>
    <name>daas::remote::WebSocketTunnel</name>
    <message>
        <source>Could not prepare the console connection.</source>
        <translation>Impossibile preparare la connessione alla console.</translation>
    </message>
    <message>
        <source>The console proxy answered in an unexpected format.</source>
        <translation>Il proxy della console ha risposto in un formato inatteso.</translation>
    </message>
    <message>
        <source>Could not open the console connection. The console link may have expired; open the console again.</source>
        <translation>Impossibile aprire la connessione alla console. Il collegamento alla console potrebbe essere scaduto; apri di nuovo la console.</translation>
    </message>
</context>
<context>
    <name>daas::storage</name>
    <message>
        <source>The storage server did not accept your sign-in. Sign in again.</source>
        <translation>Il server di archiviazione non ha accettato il tuo accesso. Accedi di nuovo.</translation>
    </message>
</context>
<context>
    <name>daas::storage::AccountStorageCredentials</name>
    <message>
        <source>The storage server needs your password.</source>
        <translation>Il server di archiviazione richiede la tua password.</translation>
    </message>
    <message>
        <source>You did not give the storage password.</source>
        <translation>Non hai indicato la password dello spazio di archiviazione.</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again to carry on with your files.</source>
        <translation>La tua sessione è terminata. Accedi di nuovo per continuare a lavorare con i tuoi file.</translation>
    </message>
</context>
<context>
    <name>daas::storage::CatalogueCopy</name>
    <message>
        <source>“%1” was not copied: your storage is full. Delete files or ask the facility for more space.</source>
        <translation>“%1” non è stato copiato: il tuo spazio di archiviazione è pieno. Elimina dei file o chiedi più spazio alla struttura.</translation>
    </message>
    <message>
        <source>“%1” was not copied</source>
        <translation>“%1” non è stato copiato</translation>
    </message>
    <message>
        <source>The storage server accepted “%1” before it had all of it.</source>
        <translation>Il server di archiviazione ha accettato “%1” prima di averlo ricevuto per intero.</translation>
    </message>
    <message>
        <source>“%1” did not arrive as the catalogue describes it (its CRC-32 checksum differs), so it was not kept. The data service may hold a damaged copy: tell the facility if this happens again.</source>
        <translation>“%1” non è arrivato come lo descrive il catalogo (il suo checksum CRC-32 è diverso), quindi non è stato conservato. Il servizio dati potrebbe avere una copia danneggiata: informa la struttura se succede di nuovo.</translation>
    </message>
    <message>
        <source>“%1” did not arrive whole on the storage server. It will be sent again.</source>
        <translation>“%1” non è arrivato integro sul server di archiviazione. Verrà inviato di nuovo.</translation>
    </message>
</context>
<context>
    <name>daas::storage::CatalogueCopyPlan</name>
    <message>
        <source>“%1” has no size in the catalogue, so it cannot be streamed into the storage; download it instead.</source>
        <translation>“%1” non ha una dimensione nel catalogo, quindi non può essere trasferito direttamente nello spazio di archiviazione; scaricalo invece.</translation>
    </message>
    <message>
        <source>“%1” was not copied: its name cannot be used in the storage.</source>
        <translation>“%1” non è stato copiato: il suo nome non può essere usato nello spazio di archiviazione.</translation>
    </message>
    <message>
        <source>The datafile %1 could not be read from the catalogue</source>
        <translation>Impossibile leggere dal catalogo il file di dati %1</translation>
    </message>
    <message>
        <source>The dataset %1 could not be read from the catalogue</source>
        <translation>Impossibile leggere dal catalogo il dataset %1</translation>
    </message>
    <message>
        <source>The dataset “%1” was not copied: its name cannot be used as a folder name in the storage.</source>
        <translation>Il dataset “%1” non è stato copiato: il suo nome non può essere usato come nome di cartella nello spazio di archiviazione.</translation>
    </message>
    <message>
        <source>The files of the dataset “%1” could not be listed</source>
        <translation>Impossibile elencare i file del dataset “%1”</translation>
    </message>
    <message>
        <source>The storage folder “%1” cannot be used: %2</source>
        <translation>La cartella di archiviazione “%1” non può essere usata: %2</translation>
    </message>
</context>
<context>
    <name>daas::storage::DavJob</name>
    <message>
        <source>The storage server did not answer with a WebDAV listing.</source>
        <translation>Il server di archiviazione non ha risposto con un elenco WebDAV.</translation>
    </message>
    <message>
        <source>The storage server did not describe “%1”.</source>
        <translation>Il server di archiviazione non ha descritto “%1”.</translation>
    </message>
</context>
<context>
    <name>daas::storage::DavRangeRead</name>
    <message>
        <source>The storage server sent another part of “%1” than was asked for.</source>
        <translation>Il server di archiviazione ha inviato una parte di “%1” diversa da quella richiesta.</translation>
    </message>
    <message>
        <source>The storage server does not send parts of files, so “%1” cannot be read from where it was left off.</source>
        <translation>Il server di archiviazione non invia parti di file, quindi “%1” non può essere letto dal punto in cui si era interrotto.</translation>
    </message>
    <message>
        <source>The storage server does not send parts of files, so only the beginning of “%1” could be read.</source>
        <translation>Il server di archiviazione non invia parti di file, quindi è stato possibile leggere solo l’inizio di “%1”.</translation>
    </message>
</context>
<context>
    <name>daas::storage::ExtractUploadJob</name>
    <message>
        <source>“%1” is not an archive that can be read.</source>
        <translation>“%1” non è un archivio leggibile.</translation>
    </message>
    <message>
        <source>links are not extracted.</source>
        <translation>i collegamenti non vengono estratti.</translation>
    </message>
    <message>
        <source>it would leave the folder.</source>
        <translation>uscirebbe dalla cartella.</translation>
    </message>
    <message>
        <source>it could not be read from the archive.</source>
        <translation>non è stato possibile leggerlo dall’archivio.</translation>
    </message>
    <message>
        <source>a file of that name is already there.</source>
        <translation>esiste già un file con quel nome.</translation>
    </message>
</context>
<context>
    <name>daas::storage::MultistatusParser</name>
    <message>
        <source>The storage server&apos;s listing ended too early. Try again.</source>
        <translation>L’elenco del server di archiviazione è terminato troppo presto. Riprova.</translation>
    </message>
    <message>
        <source>The storage server did not answer with a WebDAV listing.</source>
        <translation>Il server di archiviazione non ha risposto con un elenco WebDAV.</translation>
    </message>
    <message>
        <source>The storage server sent a listing that cannot be read.</source>
        <translation>Il server di archiviazione ha inviato un elenco illeggibile.</translation>
    </message>
    <message>
        <source>The storage server listed an entry without an address.</source>
        <translation>Il server di archiviazione ha elencato una voce senza indirizzo.</translation>
    </message>
    <message>
        <source>The storage server listed an entry that is not in this folder.</source>
        <translation>Il server di archiviazione ha elencato una voce che non si trova in questa cartella.</translation>
    </message>
    <message>
        <source>The storage server listed this folder a second time under another address; that entry was left out.</source>
        <translation>Il server di archiviazione ha elencato questa cartella una seconda volta con un altro indirizzo; quella voce è stata tralasciata.</translation>
    </message>
    <message>
        <source>The storage server listed “%1” a second time or under another address; that entry was left out.</source>
        <translation>Il server di archiviazione ha elencato “%1” una seconda volta o con un altro indirizzo; quella voce è stata tralasciata.</translation>
    </message>
    <message>
        <source>The storage server could not describe “%1”.</source>
        <translation>Il server di archiviazione non ha potuto descrivere “%1”.</translation>
    </message>
</context>
<context>
    <name>daas::storage::RemoteFolderModel</name>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dimensione</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modificato</translation>
    </message>
</context>
<context>
    <name>daas::storage::StorageSession</name>
    <message>
        <source>The facility %1 offers no storage.</source>
        <translation>La struttura %1 non offre spazio di archiviazione.</translation>
    </message>
    <message>
        <source>The storage address of this facility needs your user name. Sign in again.</source>
        <translation>L’indirizzo dello spazio di archiviazione di questa struttura richiede il tuo nome utente. Accedi di nuovo.</translation>
    </message>
    <message>
        <source>The folder %1 could not be created on this computer.</source>
        <translation>Impossibile creare la cartella %1 su questo computer.</translation>
    </message>
    <message>
        <source>The storage folder could not be made</source>
        <translation>Impossibile creare la cartella di archiviazione</translation>
    </message>
    <message>
        <source>A folder called “%1” is already in the storage folder, so the file was not copied there.</source>
        <translation>Nella cartella di archiviazione c’è già una cartella chiamata “%1”, quindi il file non vi è stato copiato.</translation>
    </message>
    <message>
        <source>A folder called “%1” is already in the storage folder, so the file was not moved there.</source>
        <translation>Nella cartella di archiviazione c’è già una cartella chiamata “%1”, quindi il file non vi è stato spostato.</translation>
    </message>
    <message>
        <source>A folder called “%1” is already in the storage folder, so the file was not uploaded there.</source>
        <translation>Nella cartella di archiviazione c’è già una cartella chiamata “%1”, quindi il file non vi è stato caricato.</translation>
    </message>
</context>
<context>
    <name>daas::storage::Transfer</name>
    <message>
        <source>“%1” is a folder. Download it as a .zip instead.</source>
        <translation>“%1” è una cartella. Scaricala invece come .zip.</translation>
    </message>
    <message>
        <source>The storage server resumed “%1” at the wrong place.</source>
        <translation>Il server di archiviazione ha ripreso “%1” dal punto sbagliato.</translation>
    </message>
    <message>
        <source>“%1” arrived incomplete. It will be tried again.</source>
        <translation>“%1” è arrivato incompleto. Verrà ritentato.</translation>
    </message>
    <message>
        <source>“%1” is no longer on this computer.</source>
        <translation>“%1” non è più su questo computer.</translation>
    </message>
    <message>
        <source>“%1” could not be read.</source>
        <translation>Impossibile leggere “%1”.</translation>
    </message>
    <message>
        <source>“%1” did not arrive whole on the storage server. It will be sent again.</source>
        <translation>“%1” non è arrivato integro sul server di archiviazione. Verrà inviato di nuovo.</translation>
    </message>
    <message>
        <source>“%1” can be copied from the catalogue only while you are signed in to it.</source>
        <translation>“%1” può essere copiato dal catalogo solo mentre vi hai effettuato l’accesso.</translation>
    </message>
    <message>
        <source>The storage server does not take the name “%1”, so “%2” was not copied.</source>
        <translation>Il server di archiviazione non accetta il nome “%1”, quindi “%2” non è stato copiato.</translation>
    </message>
    <message>
        <source>A folder called “%1” is already in the folder on this computer, so the file was not downloaded there.</source>
        <translation>Nella cartella di questo computer c’è già una cartella chiamata “%1”, quindi il file non vi è stato scaricato.</translation>
    </message>
</context>
<context>
    <name>daas::storage::TransferQueue</name>
    <message>
        <source>The list of transfers could not be saved in %1, so unfinished transfers will not carry on after a restart. Check that the disk has space and that the folder can be written.</source>
        <translation>Impossibile salvare l’elenco dei trasferimenti in %1, quindi i trasferimenti non completati non proseguiranno dopo un riavvio. Controlla che il disco abbia spazio e che la cartella sia scrivibile.</translation>
    </message>
    <message>
        <source>The list of transfers could not be read.</source>
        <translation>Impossibile leggere l’elenco dei trasferimenti.</translation>
    </message>
</context>
<context>
    <name>daas::storage::WebDavClient</name>
    <message>
        <source>The storage server did not answer.</source>
        <translation>Il server di archiviazione non ha risposto.</translation>
    </message>
    <message>
        <source>this folder</source>
        <translation>questa cartella</translation>
    </message>
    <message>
        <source>The storage server did not accept your sign-in. Sign in again.</source>
        <translation>Il server di archiviazione non ha accettato il tuo accesso. Accedi di nuovo.</translation>
    </message>
    <message>
        <source>You are not allowed to change or read %1 on the storage server.</source>
        <translation>Non hai il permesso di modificare o leggere %1 sul server di archiviazione.</translation>
    </message>
    <message>
        <source>%1 is no longer on the storage server. Refresh the folder.</source>
        <translation>%1 non è più sul server di archiviazione. Aggiorna la cartella.</translation>
    </message>
    <message>
        <source>%1 already exists on the storage server.</source>
        <translation>%1 esiste già sul server di archiviazione.</translation>
    </message>
    <message>
        <source>The storage server does not allow this on %1.</source>
        <translation>Il server di archiviazione non consente questa operazione su %1.</translation>
    </message>
    <message>
        <source>The folder for %1 does not exist on the storage server. Refresh and try again.</source>
        <translation>La cartella di %1 non esiste sul server di archiviazione. Aggiorna e riprova.</translation>
    </message>
    <message>
        <source>%1 was changed or already exists on the storage server. Refresh and choose again.</source>
        <translation>%1 è stato modificato o esiste già sul server di archiviazione. Aggiorna e scegli di nuovo.</translation>
    </message>
    <message>
        <source>The storage server refused %1: it is too large.</source>
        <translation>Il server di archiviazione ha rifiutato %1: è troppo grande.</translation>
    </message>
    <message>
        <source>%1 is locked on the storage server by someone else. Try again later.</source>
        <translation>%1 è bloccato sul server di archiviazione da qualcun altro. Riprova più tardi.</translation>
    </message>
    <message>
        <source>%1 could not be moved: the target folder may be missing. Refresh and try again.</source>
        <translation>Impossibile spostare %1: la cartella di destinazione potrebbe mancare. Aggiorna e riprova.</translation>
    </message>
    <message>
        <source>Your storage is full. Delete files or ask the facility for more space.</source>
        <translation>Il tuo spazio di archiviazione è pieno. Elimina dei file o chiedi più spazio alla struttura.</translation>
    </message>
    <message>
        <source>The storage server</source>
        <translation>Il server di archiviazione</translation>
    </message>
    <message>
        <source>The storage address %1 is not encrypted (http), so your password is not sent to it. Ask the facility for its https address.</source>
        <translation>L’indirizzo di archiviazione %1 non è cifrato (http), quindi la tua password non gli viene inviata. Chiedi alla struttura il suo indirizzo https.</translation>
    </message>
    <message>
        <source>This address is not a WebDAV storage server.</source>
        <translation>Questo indirizzo non è un server di archiviazione WebDAV.</translation>
    </message>
</context>
<context>
    <name>daas::storage::ZipDownloadJob</name>
    <message>
        <source>The archive “%1” could not be created.</source>
        <translation>Impossibile creare l’archivio “%1”.</translation>
    </message>
    <message>
        <source>The archive could not be written. Is the disk full?</source>
        <translation>Impossibile scrivere l’archivio. Il disco è pieno?</translation>
    </message>
    <message>
        <source>The archive could not be put in place.</source>
        <translation>Impossibile mettere l’archivio al suo posto.</translation>
    </message>
    <message>
        <source>“%1” arrived incomplete.</source>
        <translation>“%1” è arrivato incompleto.</translation>
    </message>
</context>
<context>
    <name>daas::storage::davpath</name>
    <message>
        <source>The storage server listed an entry that cannot be shown: %1</source>
        <translation>Il server di archiviazione ha elencato una voce che non può essere mostrata: %1</translation>
    </message>
    <message>
        <source>the address is malformed.</source>
        <translation>l’indirizzo non è valido.</translation>
    </message>
    <message>
        <source>it points to another server.</source>
        <translation>punta a un altro server.</translation>
    </message>
    <message>
        <source>it lies outside your storage.</source>
        <translation>si trova fuori dal tuo spazio di archiviazione.</translation>
    </message>
</context>
<context>
    <name>daas::support</name>
    <message>
        <source>%1 refused the connection. The service may be down.</source>
        <translation>%1 ha rifiutato la connessione. Il servizio potrebbe non essere attivo.</translation>
    </message>
    <message>
        <source>The server %1 could not be found. Check the network.</source>
        <translation>Il server %1 non è stato trovato. Controlla la rete.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost.</source>
        <translation>La connessione a %1 si è interrotta.</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 non ha risposto in tempo.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annullato.</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be established: its certificate is not trusted.</source>
        <translation>Impossibile stabilire la connessione sicura con %1: il suo certificato non è attendibile.</translation>
    </message>
    <message>
        <source>%1 gave an answer that could not be read.</source>
        <translation>%1 ha dato una risposta illeggibile.</translation>
    </message>
    <message>
        <source>The network proxy failed. Check the proxy settings.</source>
        <translation>Il proxy di rete non ha funzionato. Controlla le impostazioni del proxy.</translation>
    </message>
    <message numerus="yes">
        <source>The server %1 did not answer within %n second(s). Check the network connection, or try again later.</source>
        <translation>
            <numerusform>Il server %1 non ha risposto entro %n secondo. Controlla la connessione di rete o riprova più tardi.</numerusform>
            <numerusform>Il server %1 non ha risposto entro %n secondi. Controlla la connessione di rete o riprova più tardi.</numerusform>
        </translation>
    </message>
    <message>
        <source>The request to %1 failed.</source>
        <translation>La richiesta a %1 non è riuscita.</translation>
    </message>
    <message>
        <source>%1 did not accept the credentials.</source>
        <translation>%1 non ha accettato le credenziali.</translation>
    </message>
    <message>
        <source>%1 does not allow this.</source>
        <translation>%1 non lo consente.</translation>
    </message>
    <message>
        <source>%1 could not find it. It may have been removed.</source>
        <translation>%1 non l’ha trovato. Potrebbe essere stato rimosso.</translation>
    </message>
    <message>
        <source>%1 refused: it conflicts with what is there now.</source>
        <translation>%1 ha rifiutato: è in conflitto con ciò che c’è ora.</translation>
    </message>
    <message>
        <source>%1 refused: it is too large.</source>
        <translation>%1 ha rifiutato: è troppo grande.</translation>
    </message>
    <message>
        <source>%1 has no space left.</source>
        <translation>%1 non ha più spazio.</translation>
    </message>
    <message>
        <source>%1 does not support this.</source>
        <translation>%1 non lo supporta.</translation>
    </message>
    <message>
        <source>%1 is busy or unavailable. Try again later.</source>
        <translation>%1 è occupato o non disponibile. Riprova più tardi.</translation>
    </message>
    <message>
        <source>%1 reported an internal error.</source>
        <translation>%1 ha segnalato un errore interno.</translation>
    </message>
    <message>
        <source>%1 gave an unexpected answer (%2).</source>
        <translation>%1 ha dato una risposta inattesa (%2).</translation>
    </message>
    <message>
        <source>The name “%1” cannot be used for a local file: %2</source>
        <translation>Il nome “%1” non può essere usato per un file locale: %2</translation>
    </message>
    <message>
        <source>it is empty.</source>
        <translation>è vuoto.</translation>
    </message>
    <message>
        <source>it refers to a folder above.</source>
        <translation>fa riferimento a una cartella superiore.</translation>
    </message>
    <message>
        <source>it contains a folder separator.</source>
        <translation>contiene un separatore di cartelle.</translation>
    </message>
    <message>
        <source>it contains a control character.</source>
        <translation>contiene un carattere di controllo.</translation>
    </message>
    <message>
        <source>it ends with a space or a dot.</source>
        <translation>termina con uno spazio o un punto.</translation>
    </message>
    <message>
        <source>it is a reserved device name.</source>
        <translation>è un nome di dispositivo riservato.</translation>
    </message>
    <message>
        <source>it contains a colon.</source>
        <translation>contiene due punti.</translation>
    </message>
    <message>
        <source>it is too long.</source>
        <translation>è troppo lungo.</translation>
    </message>
    <message>
        <source>it is an absolute path.</source>
        <translation>è un percorso assoluto.</translation>
    </message>
    <message>
        <source>it starts with a drive letter.</source>
        <translation>inizia con una lettera di unità.</translation>
    </message>
    <message>
        <source>it leaves the chosen folder.</source>
        <translation>esce dalla cartella scelta.</translation>
    </message>
</context>
<context>
    <name>daas::support::PartFile</name>
    <message>
        <source>“%1” could not be put in place on this computer.</source>
        <translation>Impossibile mettere “%1” al suo posto su questo computer.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space, then try “%1” again.</source>
        <translation>Il disco è pieno. Libera un po’ di spazio, poi riprova “%1”.</translation>
    </message>
    <message>
        <source>“%1” could not be written on this computer.</source>
        <translation>Impossibile scrivere “%1” su questo computer.</translation>
    </message>
</context>
<context>
    <name>daas::support::TlsTrustStore</name>
    <message>
        <source>The certificate of %1 (port %2) is not trusted. Its SHA-256 fingerprint is %3. Trust it only if your facility confirms this fingerprint.</source>
        <translation>Il certificato di %1 (porta %2) non è attendibile. La sua impronta SHA-256 è %3. Consideralo attendibile solo se la tua struttura conferma questa impronta.</translation>
    </message>
</context>
<context>
    <name>daas::ui::AddFacilityDialog</name>
    <message>
        <source>&amp;Fetch</source>
        <translation>&amp;Recupera</translation>
    </message>
    <message>
        <source>Add a Facility</source>
        <translation>Aggiungi una struttura</translation>
    </message>
    <message>
        <source>Type the address your facility gives for its profile, or just its host name (for example facility.example).</source>
        <translation>Digita l’indirizzo che la tua struttura indica per il suo profilo, o solo il suo nome host (per esempio facility.example).</translation>
    </message>
    <message>
        <source>Profile address</source>
        <translation>Indirizzo del profilo</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Indirizzo:</translation>
    </message>
    <message>
        <source>&amp;Add This Facility</source>
        <translation>A&amp;ggiungi questa struttura</translation>
    </message>
    <message>
        <source>Fetching %1…</source>
        <translation>Recupero di %1…</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>Da: %1</translation>
    </message>
    <message>
        <source>It replaces the facility “%1” you added before.</source>
        <translation>Sostituisce la struttura “%1” che avevi aggiunto in precedenza.</translation>
    </message>
    <message>
        <source>Check that these are your facility&apos;s services, then add it.</source>
        <translation>Controlla che questi siano i servizi della tua struttura, poi aggiungila.</translation>
    </message>
    <message>
        <source>Refresh a Facility</source>
        <translation>Aggiorna una struttura</translation>
    </message>
    <message>
        <source>&amp;Keep the New Profile</source>
        <translation>&amp;Mantieni il nuovo profilo</translation>
    </message>
</context>
<context>
    <name>daas::ui::Breadcrumb</name>
    <message>
        <source>Folder path</source>
        <translation>Percorso della cartella</translation>
    </message>
    <message>
        <source>The top of your storage</source>
        <translation>La radice del tuo spazio di archiviazione</translation>
    </message>
</context>
<context>
    <name>daas::ui::CatalogueView</name>
    <message>
        <source>Filter…</source>
        <translation>Filtra…</translation>
    </message>
    <message>
        <source>Filter the list</source>
        <translation>Filtra l’elenco</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Apri</translation>
    </message>
    <message>
        <source>Show what the selected row contains</source>
        <translation>Mostra il contenuto della riga selezionata</translation>
    </message>
    <message>
        <source>&amp;Download…</source>
        <translation>&amp;Scarica…</translation>
    </message>
    <message>
        <source>&amp;Upload…</source>
        <translation>&amp;Carica…</translation>
    </message>
    <message>
        <source>Upload a file from this computer into this dataset</source>
        <translation>Carica un file da questo computer in questo dataset</translation>
    </message>
    <message>
        <source>Copy to &amp;my storage…</source>
        <translation>Copia nel &amp;mio spazio di archiviazione…</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Indietro</translation>
    </message>
    <message>
        <source>Back to the level above</source>
        <translation>Torna al livello superiore</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ggiorna</translation>
    </message>
    <message>
        <source>Download the selection</source>
        <translation>Scarica la selezione</translation>
    </message>
    <message>
        <source>Copy the selection to my storage</source>
        <translation>Copia la selezione nel mio spazio di archiviazione</translation>
    </message>
    <message>
        <source>Upload a file into this dataset</source>
        <translation>Carica un file in questo dataset</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Catalogo</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Caricamento…</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n elemento</numerusform>
            <numerusform>%n elementi</numerusform>
        </translation>
    </message>
    <message>
        <source>You are in %1</source>
        <translation>Ti trovi in %1</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Vai a %1</translation>
    </message>
    <message>
        <source>My investigations</source>
        <translation>I miei esperimenti</translation>
    </message>
    <message>
        <source>Download the whole investigation</source>
        <translation>Scarica l’intero esperimento</translation>
    </message>
    <message>
        <source>Download the whole dataset</source>
        <translation>Scarica l’intero dataset</translation>
    </message>
    <message>
        <source>Download the selected files</source>
        <translation>Scarica i file selezionati</translation>
    </message>
    <message>
        <source>This facility offers no storage to copy into</source>
        <translation>Questa struttura non offre uno spazio di archiviazione in cui copiare</translation>
    </message>
    <message>
        <source>Open an investigation to copy its datasets into your storage</source>
        <translation>Apri un esperimento per copiarne i dataset nel tuo spazio di archiviazione</translation>
    </message>
    <message>
        <source>Copy the selected datasets into your storage, for your analysis environments and batch jobs</source>
        <translation>Copia i dataset selezionati nel tuo spazio di archiviazione, per i tuoi ambienti di analisi e i tuoi job</translation>
    </message>
    <message>
        <source>Copy the selected files into your storage, for your analysis environments and batch jobs</source>
        <translation>Copia i file selezionati nel tuo spazio di archiviazione, per i tuoi ambienti di analisi e i tuoi job</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 bytes, CRC32 %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 byte, CRC32 %3</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non registrato</translation>
    </message>
    <message>
        <source>Select what to download first.</source>
        <translation>Seleziona prima cosa scaricare.</translation>
    </message>
    <message>
        <source>Download into folder</source>
        <translation>Scarica nella cartella</translation>
    </message>
    <message>
        <source>Select what to copy first.</source>
        <translation>Seleziona prima cosa copiare.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dataset(s)</source>
        <translation>
            <numerusform>%n dataset</numerusform>
            <numerusform>%n dataset</numerusform>
        </translation>
    </message>
    <message>
        <source>the top folder of your storage</source>
        <translation>la radice del tuo spazio di archiviazione</translation>
    </message>
    <message>
        <source>The dataset goes into “%1”, with its folders.</source>
        <translation>Il dataset va in “%1”, con le sue cartelle.</translation>
    </message>
    <message>
        <source>Each dataset goes into a folder of its own in %1.</source>
        <translation>Ogni dataset va in una propria cartella in %1.</translation>
    </message>
    <message>
        <source>The file is saved as “%1”.</source>
        <translation>Il file viene salvato come “%1”.</translation>
    </message>
    <message>
        <source>The files go into %1.</source>
        <translation>I file vanno in %1.</translation>
    </message>
    <message>
        <source>Listing what to copy…</source>
        <translation>Ricerca di cosa copiare…</translation>
    </message>
    <message>
        <source>“%1” in your storage</source>
        <translation>“%1” nel tuo spazio di archiviazione</translation>
    </message>
    <message>
        <source>Nothing was copied.</source>
        <translation>Non è stato copiato nulla.</translation>
    </message>
    <message numerus="yes">
        <source>Copying %n file(s) into %1. Their progress is in Transfers.</source>
        <translation>
            <numerusform>Copia di %n file in %1. L’avanzamento è in Trasferimenti.</numerusform>
            <numerusform>Copia di %n file in %1. L’avanzamento è in Trasferimenti.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more file(s) were left out for the same kind of reason.</source>
        <translation>
            <numerusform>%n altro file è stato tralasciato per un motivo dello stesso tipo.</numerusform>
            <numerusform>Altri %n file sono stati tralasciati per un motivo dello stesso tipo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Upload a file into %1</source>
        <translation>Carica un file in %1</translation>
    </message>
    <message>
        <source>This facility lists no file formats to upload with.</source>
        <translation>Questa struttura non elenca alcun formato di file con cui caricare.</translation>
    </message>
    <message>
        <source>&amp;Process on the cluster…</source>
        <translation>Ela&amp;bora sul cluster…</translation>
    </message>
    <message>
        <source>Copy the selected dataset into your storage and start a job on it</source>
        <translation>Copia il dataset selezionato nel tuo spazio di archiviazione e avvia un job su di esso</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Indietro</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Trova</translation>
    </message>
    <message>
        <source>Select one dataset to process.</source>
        <translation>Seleziona un solo dataset da elaborare.</translation>
    </message>
    <message>
        <source>The dataset goes into “%1”, with its folders; the cluster reads it there. New job opens with it as the input.</source>
        <translation>Il dataset va in “%1”, con le sue cartelle; il cluster lo legge da lì. Nuovo job si apre con il dataset come input.</translation>
    </message>
</context>
<context>
    <name>daas::ui::CertificateDecisionBox</name>
    <message>
        <source>The remote desktop %1 (port %2)</source>
        <translation>Il desktop remoto %1 (porta %2)</translation>
    </message>
    <message>
        <source>Certificate Changed</source>
        <translation>Certificato cambiato</translation>
    </message>
    <message>
        <source>%1 presented a different certificate from the one you trusted before. This happens when the machine was rebuilt, and also when someone intercepts the connection.

New SHA-256 fingerprint:
%2

Connect only if your facility confirms the new fingerprint.</source>
        <translation>%1 ha presentato un certificato diverso da quello che avevi considerato attendibile. Succede quando la macchina è stata ricostruita, ma anche quando qualcuno intercetta la connessione.

Nuova impronta SHA-256:
%2

Connettiti solo se la tua struttura conferma la nuova impronta.</translation>
    </message>
    <message>
        <source>Untrusted Certificate</source>
        <translation>Certificato non attendibile</translation>
    </message>
    <message>
        <source>%1 presented a certificate that is not trusted.

SHA-256 fingerprint:
%2

Trust it only if your facility confirms this fingerprint. The decision is remembered for this desktop.</source>
        <translation>%1 ha presentato un certificato non attendibile.

Impronta SHA-256:
%2

Consideralo attendibile solo se la tua struttura conferma questa impronta. La decisione viene ricordata per questo desktop.</translation>
    </message>
    <message>
        <source>Trust the New Certificate</source>
        <translation>Considera attendibile il nuovo certificato</translation>
    </message>
    <message>
        <source>Trust and Connect</source>
        <translation>Considera attendibile e connetti</translation>
    </message>
    <message>
        <source>The RD Gateway %1 (port %2), through which the remote desktop is reached,</source>
        <translation>Il gateway RD %1 (porta %2), attraverso cui si raggiunge il desktop remoto,</translation>
    </message>
    <message>
        <source>RD Gateway Certificate Changed</source>
        <translation>Certificato del gateway RD cambiato</translation>
    </message>
    <message>
        <source>Untrusted RD Gateway Certificate</source>
        <translation>Certificato del gateway RD non attendibile</translation>
    </message>
    <message>
        <source>%1 presented a certificate that is not trusted.

SHA-256 fingerprint:
%2

Trust it only if your facility confirms this fingerprint. The decision is remembered for this gateway.</source>
        <translation>%1 ha presentato un certificato non attendibile.

Impronta SHA-256:
%2

Consideralo attendibile solo se la tua struttura conferma questa impronta. La decisione viene ricordata per questo gateway.</translation>
    </message>
</context>
<context>
    <name>daas::ui::CloudPasswordDialog</name>
    <message>
        <source>Password for Analysis Environments</source>
        <translation>Password per gli ambienti di analisi</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Utente:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>&amp;Accedi</translation>
    </message>
</context>
<context>
    <name>daas::ui::ConflictDialog</name>
    <message>
        <source>size unknown</source>
        <translation>dimensione sconosciuta</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>data sconosciuta</translation>
    </message>
    <message>
        <source>%1, modified %2</source>
        <translation>%1, modificato il %2</translation>
    </message>
    <message>
        <source>&amp;Apply to all conflicts of these transfers</source>
        <translation>&amp;Applica a tutti i conflitti di questi trasferimenti</translation>
    </message>
    <message>
        <source>File already exists</source>
        <translation>Il file esiste già</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Spazio di archiviazione</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is already in the storage folder “%2”.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; è già nella cartella di archiviazione “%2”.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is already in the folder %2 on this computer.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; è già nella cartella %2 su questo computer.</translation>
    </message>
    <message>
        <source>Already there:</source>
        <translation>Già presente:</translation>
    </message>
    <message>
        <source>From the catalogue:</source>
        <translation>Dal catalogo:</translation>
    </message>
    <message>
        <source>From this computer:</source>
        <translation>Da questo computer:</translation>
    </message>
    <message>
        <source>From the storage:</source>
        <translation>Dallo spazio di archiviazione:</translation>
    </message>
    <message>
        <source>&amp;Keep both</source>
        <translation>&amp;Mantieni entrambi</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>S&amp;ovrascrivi</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>&amp;Salta</translation>
    </message>
    <message>
        <source>Keep &amp;newer</source>
        <translation>Mantieni il più &amp;recente</translation>
    </message>
    <message>
        <source>Whichever of the two was modified last is kept; the other is replaced or the transfer skipped.</source>
        <translation>Viene mantenuto quello dei due modificato per ultimo; l’altro viene sostituito oppure il trasferimento viene saltato.</translation>
    </message>
    <message>
        <source>The new file is saved as “%1 (1)” beside the existing one.</source>
        <translation>Il nuovo file viene salvato come “%1 (1)” accanto a quello esistente.</translation>
    </message>
    <message numerus="yes">
        <source>%n more file(s) of these transfers are also already there.</source>
        <translation>
            <numerusform>Anche %n altro file di questi trasferimenti è già presente.</numerusform>
            <numerusform>Anche altri %n file di questi trasferimenti sono già presenti.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>daas::ui::CopyToStorageDialog</name>
    <message>
        <source>Copy to my storage</source>
        <translation>Copia nel mio spazio di archiviazione</translation>
    </message>
    <message>
        <source>Copy %1 (%2) into your storage.</source>
        <translation>Copia %1 (%2) nel tuo spazio di archiviazione.</translation>
    </message>
    <message>
        <source>Copy %1 into your storage.</source>
        <translation>Copia %1 nel tuo spazio di archiviazione.</translation>
    </message>
    <message>
        <source>The data goes from the data service straight into your storage, without a copy on this computer. Your analysis environments and batch jobs see it there.</source>
        <translation>I dati vanno dal servizio dati direttamente nel tuo spazio di archiviazione, senza una copia su questo computer. I tuoi ambienti di analisi e i tuoi job li trovano lì.</translation>
    </message>
    <message>
        <source>Storage folder</source>
        <translation>Cartella di archiviazione</translation>
    </message>
    <message>
        <source>the top folder of your storage</source>
        <translation>la radice del tuo spazio di archiviazione</translation>
    </message>
    <message>
        <source>A folder in your storage, such as “datasets” or “projects/kagome”. It is made if it is not there.</source>
        <translation>Una cartella nel tuo spazio di archiviazione, come “datasets” o “projects/kagome”. Viene creata se non esiste.</translation>
    </message>
    <message>
        <source>Into &amp;folder:</source>
        <translation>Nella carte&amp;lla:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copia</translation>
    </message>
</context>
<context>
    <name>daas::ui::DownloadsPanel</name>
    <message>
        <source>C&amp;lear finished</source>
        <translation>&amp;Rimuovi completati</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Mostra nella cartella</translation>
    </message>
    <message>
        <source>Progress of %1</source>
        <translation>Avanzamento di %1</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Avvio…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Cancel %1</source>
        <translation>Annulla %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 di %2</translation>
    </message>
    <message>
        <source>%1 received</source>
        <translation>%1 ricevuti</translation>
    </message>
    <message>
        <source>Cancelled; nothing was kept.</source>
        <translation>Annullato; non è stato conservato nulla.</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Salvato come %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) saved in %1</source>
        <translation>
            <numerusform>%n file salvato in %1</numerusform>
            <numerusform>%n file salvati in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused, because they would have been written outside the folder: %1</source>
        <translation>Rifiutati perché sarebbero stati scritti fuori dalla cartella: %1</translation>
    </message>
    <message>
        <source>Uploaded and verified.</source>
        <translation>Caricato e verificato.</translation>
    </message>
    <message>
        <source>The facility is restoring these files from tape…</source>
        <translation>La struttura sta ripristinando questi file dal nastro…</translation>
    </message>
    <message>
        <source>The facility is restoring these files from tape… (waiting for %1)</source>
        <translation>La struttura sta ripristinando questi file dal nastro… (in attesa da %1)</translation>
    </message>
</context>
<context>
    <name>daas::ui::EnvironmentModel</name>
    <message>
        <source>Waiting for the cloud</source>
        <translation>In attesa del cloud</translation>
    </message>
    <message>
        <source>Starting the desktop</source>
        <translation>Avvio del desktop</translation>
    </message>
    <message>
        <source>Booting</source>
        <translation>Avvio del sistema</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Pronto</translation>
    </message>
    <message>
        <source>Removing</source>
        <translation>Rimozione in corso</translation>
    </message>
    <message>
        <source>Switched off</source>
        <translation>Spento</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Non riuscito</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Rimosso</translation>
    </message>
    <message>
        <source>Environment %1</source>
        <translation>Ambiente %1</translation>
    </message>
    <message>
        <source>Not answering</source>
        <translation>Non risponde</translation>
    </message>
    <message>
        <source>No end date</source>
        <translation>Nessuna data di fine</translation>
    </message>
    <message>
        <source>%1 (the cloud says %2)</source>
        <translation>%1 (il cloud indica %2)</translation>
    </message>
    <message numerus="yes">
        <source>Removed automatically in %n hour(s)</source>
        <translation>
            <numerusform>Rimosso automaticamente tra %n ora</numerusform>
            <numerusform>Rimosso automaticamente tra %n ore</numerusform>
        </translation>
    </message>
    <message>
        <source>Past its end date</source>
        <translation>Oltre la data di fine</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Macchina</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
</context>
<context>
    <name>daas::ui::EnvironmentsView</name>
    <message>
        <source>&amp;Launch…</source>
        <translation>&amp;Avvia…</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Connetti</translation>
    </message>
    <message>
        <source>Connect with &amp;VNC</source>
        <translation>Connetti con &amp;VNC</translation>
    </message>
    <message>
        <source>Connect with &amp;RDP</source>
        <translation>Connetti con &amp;RDP</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Elimina…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ggiorna</translation>
    </message>
    <message>
        <source>Start a new environment</source>
        <translation>Avvia un nuovo ambiente</translation>
    </message>
    <message>
        <source>Your environments</source>
        <translation>I tuoi ambienti</translation>
    </message>
    <message>
        <source>You have no environments yet. Pick a machine on the left and launch it; its desktop opens here in a tab once it is ready.</source>
        <translation>Non hai ancora ambienti. Scegli una macchina a sinistra e avviala; il suo desktop si apre qui in una scheda quando è pronto.</translation>
    </message>
    <message>
        <source>Machines you can launch</source>
        <translation>Macchine che puoi avviare</translation>
    </message>
    <message>
        <source>Launch a new environment from the selected machine</source>
        <translation>Avvia un nuovo ambiente dalla macchina selezionata</translation>
    </message>
    <message>
        <source>Open the desktop of the selected environment in a tab</source>
        <translation>Apri in una scheda il desktop dell’ambiente selezionato</translation>
    </message>
    <message>
        <source>Choose how to connect: VNC or RDP</source>
        <translation>Scegli come connetterti: VNC o RDP</translation>
    </message>
    <message>
        <source>Connection protocol</source>
        <translation>Protocollo di connessione</translation>
    </message>
    <message>
        <source>Remove the selected environment and its machine</source>
        <translation>Rimuovi l’ambiente selezionato e la sua macchina</translation>
    </message>
    <message>
        <source>Ask the cloud again for the machines and your environments</source>
        <translation>Chiedi di nuovo al cloud le macchine e i tuoi ambienti</translation>
    </message>
    <message>
        <source>Your session was resumed, so DAaaS Desktop does not know your password. Type your facility password to use analysis environments.</source>
        <translation>La tua sessione è stata ripresa, quindi DAaaS Desktop non conosce la tua password. Digita la password della struttura per usare gli ambienti di analisi.</translation>
    </message>
    <message>
        <source>Sign in to use analysis environments.</source>
        <translation>Accedi per usare gli ambienti di analisi.</translation>
    </message>
    <message>
        <source>Analysis environments need your facility password. Choose Refresh to type it.</source>
        <translation>Gli ambienti di analisi richiedono la password della struttura. Scegli Aggiorna per digitarla.</translation>
    </message>
    <message>
        <source>The cloud did not accept your password. Type your facility password again.</source>
        <translation>Il cloud non ha accettato la tua password. Digita di nuovo la password della struttura.</translation>
    </message>
    <message>
        <source>Sign in again to launch environments.</source>
        <translation>Accedi di nuovo per avviare ambienti.</translation>
    </message>
    <message>
        <source>Delete Environment</source>
        <translation>Elimina ambiente</translation>
    </message>
    <message>
        <source>Delete “%1”? The machine and everything on its own disks are removed for good; files in your persistent storage stay.</source>
        <translation>Eliminare “%1”? La macchina e tutto ciò che si trova sui suoi dischi vengono rimossi definitivamente; i file nel tuo spazio di archiviazione persistente restano.</translation>
    </message>
    <message>
        <source>&amp;Connect (%1)</source>
        <translation>&amp;Connetti (%1)</translation>
    </message>
</context>
<context>
    <name>daas::ui::FacilityChooser</name>
    <message>
        <source>Choose your facility</source>
        <translation>Scegli la tua struttura</translation>
    </message>
    <message>
        <source>Which facility&apos;s services do you use? You can change this later.</source>
        <translation>Quali servizi della struttura usi? Puoi cambiarlo in seguito.</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>Strutture</translation>
    </message>
    <message>
        <source>%1
Catalogue: %2</source>
        <translation>%1
Catalogo: %2</translation>
    </message>
    <message>
        <source>&amp;Use this facility</source>
        <translation>&amp;Usa questa struttura</translation>
    </message>
    <message>
        <source>Open profile &amp;file…</source>
        <translation>Apri &amp;file di profilo…</translation>
    </message>
    <message>
        <source>Open a facility profile</source>
        <translation>Apri un profilo di struttura</translation>
    </message>
    <message>
        <source>Facility profiles (*.json)</source>
        <translation>Profili di struttura (*.json)</translation>
    </message>
    <message>
        <source>No facility has been added yet. Add yours from the address of its profile (your facility&apos;s web pages give it), or open a profile file it sent you.</source>
        <translation>Non è stata ancora aggiunta alcuna struttura. Aggiungi la tua dall’indirizzo del suo profilo (lo indicano le pagine web della tua struttura), oppure apri un file di profilo che ti ha inviato.</translation>
    </message>
    <message>
        <source>Added from %1</source>
        <translation>Aggiunta da %1</translation>
    </message>
    <message>
        <source>&amp;Add from address…</source>
        <translation>Aggiungi da &amp;indirizzo…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ggiorna</translation>
    </message>
    <message>
        <source>Fetch this facility&apos;s profile again from the address it was added from</source>
        <translation>Recupera di nuovo il profilo di questa struttura dall’indirizzo da cui è stata aggiunta</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Rimuovi</translation>
    </message>
    <message>
        <source>Forget this facility on this computer</source>
        <translation>Dimentica questa struttura su questo computer</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Im&amp;postazioni…</translation>
    </message>
    <message>
        <source>Remove a Facility</source>
        <translation>Rimuovi una struttura</translation>
    </message>
    <message>
        <source>Remove “%1” from this computer?</source>
        <translation>Rimuovere “%1” da questo computer?</translation>
    </message>
    <message>
        <source>Its profile, and certificates that came with it, are forgotten here. Your data at the facility is not touched; you can add it again later.</source>
        <translation>Il suo profilo e i certificati arrivati con esso vengono dimenticati qui. I tuoi dati presso la struttura non vengono toccati; potrai aggiungerla di nuovo in seguito.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Rimuovi</translation>
    </message>
</context>
<context>
    <name>daas::ui::FileBrowser</name>
    <message numerus="yes">
        <source>…and %n more problem(s).</source>
        <translation>
            <numerusform>…e %n altro problema.</numerusform>
            <numerusform>…e altri %n problemi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your storage at %1</source>
        <translation>Il tuo spazio di archiviazione su %1</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>S&amp;u</translation>
    </message>
    <message>
        <source>Go to the folder above (Backspace)</source>
        <translation>Vai alla cartella superiore (Backspace)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Apri</translation>
    </message>
    <message>
        <source>Open the folder, or the file in its application</source>
        <translation>Apri la cartella, o il file con la sua applicazione</translation>
    </message>
    <message>
        <source>&amp;New folder</source>
        <translation>&amp;Nuova cartella</translation>
    </message>
    <message>
        <source>Create a folder here and name it</source>
        <translation>Crea una cartella qui e assegnale un nome</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Rinomina</translation>
    </message>
    <message>
        <source>Rename the selected entry (F2)</source>
        <translation>Rinomina la voce selezionata (F2)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Elimina…</translation>
    </message>
    <message>
        <source>Delete the selection from your storage (Delete)</source>
        <translation>Elimina la selezione dal tuo spazio di archiviazione (Canc)</translation>
    </message>
    <message>
        <source>&amp;Download…</source>
        <translation>&amp;Scarica…</translation>
    </message>
    <message>
        <source>Download the selection into a folder on this computer</source>
        <translation>Scarica la selezione in una cartella su questo computer</translation>
    </message>
    <message>
        <source>&amp;Upload files…</source>
        <translation>&amp;Carica file…</translation>
    </message>
    <message>
        <source>Upload files from this computer into this folder (or drop them here)</source>
        <translation>Carica file da questo computer in questa cartella (o trascinali qui)</translation>
    </message>
    <message>
        <source>Download as .&amp;zip…</source>
        <translation>Scarica come .&amp;zip…</translation>
    </message>
    <message>
        <source>Download the selection (or this folder) as one .zip file</source>
        <translation>Scarica la selezione (o questa cartella) come un unico file .zip</translation>
    </message>
    <message>
        <source>E&amp;xtract here…</source>
        <translation>Es&amp;trai qui…</translation>
    </message>
    <message>
        <source>Unpack an archive from this computer into this folder</source>
        <translation>Estrai un archivio da questo computer in questa cartella</translation>
    </message>
    <message>
        <source>Copy &amp;link</source>
        <translation>Copia co&amp;llegamento</translation>
    </message>
    <message>
        <source>Copy the web address of the selection (or of this folder)</source>
        <translation>Copia l’indirizzo web della selezione (o di questa cartella)</translation>
    </message>
    <message>
        <source>Use on this &amp;computer…</source>
        <translation>Usa su questo c&amp;omputer…</translation>
    </message>
    <message>
        <source>Open your storage in this computer&apos;s own file manager</source>
        <translation>Apri il tuo spazio di archiviazione nel gestore file di questo computer</translation>
    </message>
    <message>
        <source>&amp;Process on the cluster…</source>
        <translation>Ela&amp;bora sul cluster…</translation>
    </message>
    <message>
        <source>Start a batch job with the selected folder (or this one) as its input</source>
        <translation>Avvia un job con la cartella selezionata (o questa) come input</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ggiorna</translation>
    </message>
    <message>
        <source>List this folder again (F5)</source>
        <translation>Elenca di nuovo questa cartella (F5)</translation>
    </message>
    <message>
        <source>&amp;Icons</source>
        <translation>&amp;Icone</translation>
    </message>
    <message>
        <source>Show large icons instead of details</source>
        <translation>Mostra icone grandi invece dei dettagli</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Spazio di archiviazione</translation>
    </message>
    <message>
        <source>Files and folders</source>
        <translation>File e cartelle</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Dettagli</translation>
    </message>
    <message>
        <source>Show details instead of large icons</source>
        <translation>Mostra i dettagli invece delle icone grandi</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) in this folder are not shown, because the server described them in a way that is not safe to use on this computer: %1</source>
        <translation>
            <numerusform>%n voce di questa cartella non è mostrata, perché il server l’ha descritta in un modo non sicuro da usare su questo computer: %1</numerusform>
            <numerusform>%n voci di questa cartella non sono mostrate, perché il server le ha descritte in un modo non sicuro da usare su questo computer: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loading… %n entry(ies) so far</source>
        <translation>
            <numerusform>Caricamento… %n voce finora</numerusform>
            <numerusform>Caricamento… %n voci finora</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Caricamento…</translation>
    </message>
    <message>
        <source>This folder could not be listed.</source>
        <translation>Impossibile elencare questa cartella.</translation>
    </message>
    <message>
        <source>This folder is empty. Drop files here to upload them.</source>
        <translation>Questa cartella è vuota. Trascina qui dei file per caricarli.</translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s)</source>
        <translation>
            <numerusform>%n cartella</numerusform>
            <numerusform>%n cartelle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n selezionato</numerusform>
            <numerusform>%n selezionati</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 used, %2 free</source>
        <translation>%1 usati, %2 liberi</translation>
    </message>
    <message>
        <source>%1 free</source>
        <translation>%1 liberi</translation>
    </message>
    <message>
        <source>Opening “%1” once it has downloaded (see Transfers).</source>
        <translation>“%1” verrà aperto quando sarà scaricato (vedi Trasferimenti).</translation>
    </message>
    <message>
        <source>New folder</source>
        <translation>Nuova cartella</translation>
    </message>
    <message>
        <source>“%1” cannot be used as a name: names may not contain “/” or be “.” or “..”.</source>
        <translation>“%1” non può essere usato come nome: i nomi non possono contenere “/” né essere “.” o “..”.</translation>
    </message>
    <message>
        <source>There is already an entry called “%1” in this folder.</source>
        <translation>In questa cartella c’è già una voce chiamata “%1”.</translation>
    </message>
    <message>
        <source>Delete the folder “%1” and everything in it from your storage? This cannot be undone.</source>
        <translation>Eliminare dal tuo spazio di archiviazione la cartella “%1” e tutto il suo contenuto? L’operazione non può essere annullata.</translation>
    </message>
    <message>
        <source>Delete “%1” from your storage? This cannot be undone.</source>
        <translation>Eliminare “%1” dal tuo spazio di archiviazione? L’operazione non può essere annullata.</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n entries from your storage? Folders are deleted with everything in them. This cannot be undone.</source>
        <translation>
            <numerusform>Eliminare %n voce dal tuo spazio di archiviazione? Le cartelle vengono eliminate con tutto il loro contenuto. L’operazione non può essere annullata.</numerusform>
            <numerusform>Eliminare queste %n voci dal tuo spazio di archiviazione? Le cartelle vengono eliminate con tutto il loro contenuto. L’operazione non può essere annullata.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete from storage</source>
        <translation>Elimina dallo spazio di archiviazione</translation>
    </message>
    <message>
        <source>Download into folder</source>
        <translation>Scarica nella cartella</translation>
    </message>
    <message>
        <source>Upload files into “%1”</source>
        <translation>Carica file in “%1”</translation>
    </message>
    <message>
        <source>%1 is no longer on this computer.</source>
        <translation>%1 non è più su questo computer.</translation>
    </message>
    <message>
        <source>“%1” was not uploaded: its name cannot be used on the storage server.</source>
        <translation>“%1” non è stato caricato: il suo nome non può essere usato sul server di archiviazione.</translation>
    </message>
    <message>
        <source>“%1” cannot be moved or copied into itself.</source>
        <translation>“%1” non può essere spostato o copiato dentro se stesso.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <source>“%1” was not copied: “%2” already has an entry of that name.</source>
        <translation>“%1” non è stato copiato: “%2” contiene già una voce con quel nome.</translation>
    </message>
    <message>
        <source>“%1” was not moved: “%2” already has an entry of that name.</source>
        <translation>“%1” non è stato spostato: “%2” contiene già una voce con quel nome.</translation>
    </message>
    <message>
        <source>Entries cannot be moved between two different storages. Download them, then upload them.</source>
        <translation>Le voci non possono essere spostate tra due spazi di archiviazione diversi. Scaricale, poi caricale.</translation>
    </message>
    <message>
        <source>Download as .zip</source>
        <translation>Scarica come .zip</translation>
    </message>
    <message>
        <source>ZIP archives (*.zip)</source>
        <translation>Archivi ZIP (*.zip)</translation>
    </message>
    <message>
        <source>Extract an archive into “%1”</source>
        <translation>Estrai un archivio in “%1”</translation>
    </message>
    <message>
        <source>Archives (*.zip *.tar *.tar.gz *.tgz *.tar.bz2 *.tar.xz)</source>
        <translation>Archivi (*.zip *.tar *.tar.gz *.tgz *.tar.bz2 *.tar.xz)</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) of the archive were not extracted: %1</source>
        <translation>
            <numerusform>%n voce dell’archivio non è stata estratta: %1</numerusform>
            <numerusform>%n voci dell’archivio non sono state estratte: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was still downloading when you dropped it, so it was not handed over. Drop it again in a moment; its progress is under Transfers.</source>
        <translation>%1 era ancora in download quando l’hai rilasciato, quindi non è stato consegnato. Rilascialo di nuovo tra un momento; il suo avanzamento è in Trasferimenti.</translation>
    </message>
    <message>
        <source>Link copied: %1</source>
        <translation>Collegamento copiato: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) copied.</source>
        <translation>
            <numerusform>%n collegamento copiato.</numerusform>
            <numerusform>%n collegamenti copiati.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>daas::ui::IdleWarning</name>
    <message>
        <source>&amp;Stay signed in</source>
        <translation>&amp;Resta connesso</translation>
    </message>
    <message>
        <source>Signing out</source>
        <translation>Disconnessione</translation>
    </message>
    <message>
        <source>Keeps you signed in on this shared computer.</source>
        <translation>Ti mantiene connesso su questo computer condiviso.</translation>
    </message>
    <message>
        <source>Nobody has used DAaaS Desktop for a while. This computer is shared, so you will be signed out and everything of yours removed from it.</source>
        <translation>Nessuno usa DAaaS Desktop da un po’. Questo computer è condiviso, quindi verrai disconnesso e tutto ciò che è tuo verrà rimosso da questo computer.</translation>
    </message>
    <message numerus="yes">
        <source>Signing out in %n s</source>
        <translation>
            <numerusform>Disconnessione tra %n s</numerusform>
            <numerusform>Disconnessione tra %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>These transfers will not finish:</source>
        <translation>Questi trasferimenti non verranno completati:</translation>
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
        <translation>%1 (segnale %2)</translation>
    </message>
    <message>
        <source>The scheduler says: %1</source>
        <translation>Lo scheduler dice: %1</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>Partizione</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Inviato</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Avviato</translation>
    </message>
    <message>
        <source>Run time</source>
        <translation>Durata</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Nodi</translation>
    </message>
    <message>
        <source>Exit code</source>
        <translation>Codice di uscita</translation>
    </message>
</context>
<context>
    <name>daas::ui::JobOutputView</name>
    <message>
        <source>&amp;Follow</source>
        <translation>&amp;Segui</translation>
    </message>
    <message>
        <source>Job output</source>
        <translation>Output del job</translation>
    </message>
    <message>
        <source>Job errors</source>
        <translation>Errori del job</translation>
    </message>
    <message>
        <source>Keep the newest output in view</source>
        <translation>Mantieni in vista l’output più recente</translation>
    </message>
    <message>
        <source>The scheduler has not said where this output goes yet.</source>
        <translation>Lo scheduler non ha ancora indicato dove va questo output.</translation>
    </message>
    <message>
        <source>[… %1 not shown: the start of a large file]</source>
        <translation>[… %1 non mostrati: l’inizio di un file grande]</translation>
    </message>
    <message>
        <source>[The file was replaced or shortened: %1]</source>
        <translation>[Il file è stato sostituito o accorciato: %1]</translation>
    </message>
    <message>
        <source>Waiting for the job to write %1</source>
        <translation>In attesa che il job scriva %1</translation>
    </message>
    <message>
        <source>Following %1</source>
        <translation>Lettura continua di %1</translation>
    </message>
    <message>
        <source>%1 — the job has ended; this is all of it</source>
        <translation>%1 — il job è terminato; questo è tutto</translation>
    </message>
</context>
<context>
    <name>daas::ui::JobsView</name>
    <message>
        <source>Your batch jobs</source>
        <translation>I tuoi job</translation>
    </message>
    <message>
        <source>All jobs</source>
        <translation>Tutti i job</translation>
    </message>
    <message>
        <source>Queued and running</source>
        <translation>In coda e in esecuzione</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminati</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostra</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostra:</translation>
    </message>
    <message>
        <source>Job details</source>
        <translation>Dettagli del job</translation>
    </message>
    <message>
        <source>Job script</source>
        <translation>Script del job</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Script</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Output</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errori</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Interrompi</translation>
    </message>
    <message>
        <source>Stop waiting for this command</source>
        <translation>Smetti di attendere questo comando</translation>
    </message>
    <message>
        <source>The job list could not be brought up to date</source>
        <translation>Impossibile aggiornare l’elenco dei job</translation>
    </message>
    <message>
        <source>&amp;New job…</source>
        <translation>&amp;Nuovo job…</translation>
    </message>
    <message>
        <source>Write or choose a job and submit it</source>
        <translation>Scrivi o scegli un job e invialo</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ggiorna</translation>
    </message>
    <message>
        <source>Ask the scheduler now</source>
        <translation>Interroga subito lo scheduler</translation>
    </message>
    <message>
        <source>&amp;Cancel job</source>
        <translation>&amp;Annulla job</translation>
    </message>
    <message>
        <source>Stop the selected job</source>
        <translation>Interrompi il job selezionato</translation>
    </message>
    <message>
        <source>&amp;Hold</source>
        <translation>&amp;Blocca</translation>
    </message>
    <message>
        <source>Keep the selected job from starting</source>
        <translation>Impedisci l’avvio del job selezionato</translation>
    </message>
    <message>
        <source>Re&amp;lease</source>
        <translation>Sbl&amp;occa</translation>
    </message>
    <message>
        <source>Let the selected job start</source>
        <translation>Consenti l’avvio del job selezionato</translation>
    </message>
    <message>
        <source>Re&amp;submit…</source>
        <translation>&amp;Reinvia…</translation>
    </message>
    <message>
        <source>Submit the selected job again</source>
        <translation>Invia di nuovo il job selezionato</translation>
    </message>
    <message>
        <source>Make &amp;template…</source>
        <translation>Crea mo&amp;dello…</translation>
    </message>
    <message>
        <source>Keep the selected job as a template for new jobs</source>
        <translation>Conserva il job selezionato come modello per nuovi job</translation>
    </message>
    <message>
        <source>Open output &amp;folder</source>
        <translation>Apri la &amp;cartella di output</translation>
    </message>
    <message>
        <source>Show the folder of the job&apos;s output in Files</source>
        <translation>Mostra in File la cartella dell’output del job</translation>
    </message>
    <message>
        <source>Asking the scheduler…</source>
        <translation>Interrogazione dello scheduler…</translation>
    </message>
    <message>
        <source>Updated at %1 · next check in %2 s</source>
        <translation>Aggiornato alle %1 · prossimo controllo tra %2 s</translation>
    </message>
    <message>
        <source>The scheduler has not answered yet.</source>
        <translation>Lo scheduler non ha ancora risposto.</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s)</source>
        <translation>
            <numerusform>%n job</numerusform>
            <numerusform>%n job</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a job to see its details, script and output.</source>
        <translation>Seleziona un job per vederne i dettagli, lo script e l’output.</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Scheduler&apos;s state</source>
        <translation>Stato nello scheduler</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utente</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>Partizione</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Nodi</translation>
    </message>
    <message>
        <source>Cores</source>
        <translation>Core</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>Limite di tempo</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minuti</numerusform>
        </translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Inviato</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Avviato</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminato</translation>
    </message>
    <message>
        <source>Exit code</source>
        <translation>Codice di uscita</translation>
    </message>
    <message>
        <source>%1, ended by signal %2</source>
        <translation>%1, terminato dal segnale %2</translation>
    </message>
    <message>
        <source>Working folder</source>
        <translation>Cartella di lavoro</translation>
    </message>
    <message>
        <source>Output file</source>
        <translation>File di output</translation>
    </message>
    <message>
        <source>Error file</source>
        <translation>File degli errori</translation>
    </message>
    <message>
        <source>The scheduler did not give this job&apos;s script.</source>
        <translation>Lo scheduler non ha fornito lo script di questo job.</translation>
    </message>
    <message>
        <source>It stops at once; what it has written so far stays.</source>
        <translation>Si interrompe subito; ciò che ha scritto finora resta.</translation>
    </message>
    <message>
        <source>It leaves the queue and will not run.</source>
        <translation>Esce dalla coda e non verrà eseguito.</translation>
    </message>
    <message>
        <source>Cancel job</source>
        <translation>Annulla job</translation>
    </message>
    <message>
        <source>Cancel job %1 “%2”? %3</source>
        <translation>Annullare il job %1 “%2”? %3</translation>
    </message>
    <message>
        <source>Job %1 could not be cancelled</source>
        <translation>Impossibile annullare il job %1</translation>
    </message>
    <message>
        <source>Cancelling job %1…</source>
        <translation>Annullamento del job %1…</translation>
    </message>
    <message>
        <source>Job %1 could not be held</source>
        <translation>Impossibile bloccare il job %1</translation>
    </message>
    <message>
        <source>Job %1 could not be released</source>
        <translation>Impossibile sbloccare il job %1</translation>
    </message>
    <message>
        <source>Holding job %1…</source>
        <translation>Blocco del job %1…</translation>
    </message>
    <message>
        <source>Releasing job %1…</source>
        <translation>Sblocco del job %1…</translation>
    </message>
    <message>
        <source>Make template</source>
        <translation>Crea modello</translation>
    </message>
    <message>
        <source>Name of the new template:</source>
        <translation>Nome del nuovo modello:</translation>
    </message>
    <message>
        <source>The template was not made</source>
        <translation>Il modello non è stato creato</translation>
    </message>
    <message>
        <source>The template “%1” is ready: New job offers it.</source>
        <translation>Il modello “%1” è pronto: Nuovo job lo propone.</translation>
    </message>
</context>
<context>
    <name>daas::ui::LaunchDialog</name>
    <message>
        <source>Launch %1</source>
        <translation>Avvia %1</translation>
    </message>
    <message>
        <source>Software: %1</source>
        <translation>Software: %1</translation>
    </message>
    <message>
        <source>Name of the new environment</source>
        <translation>Nome del nuovo ambiente</translation>
    </message>
    <message>
        <source>&amp;Launch</source>
        <translation>&amp;Avvia</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>Give the environment a name, so you can tell it from your others.</source>
        <translation>Dai un nome all’ambiente, così potrai distinguerlo dagli altri.</translation>
    </message>
    <message>
        <source>A name may not contain quotes, backslashes, brackets or control characters.</source>
        <translation>Un nome non può contenere virgolette, barre rovesciate, parentesi o caratteri di controllo.</translation>
    </message>
</context>
<context>
    <name>daas::ui::MainWindow</name>
    <message>
        <source>Transfers</source>
        <translation>Trasferimenti</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Catalogo</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Struttura</translation>
    </message>
    <message>
        <source>Session status</source>
        <translation>Stato della sessione</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again to carry on where you were.</source>
        <translation>La tua sessione è terminata. Accedi di nuovo per continuare da dove eri rimasto.</translation>
    </message>
    <message>
        <source>Environments</source>
        <translation>Ambienti</translation>
    </message>
    <message>
        <source>Environment ready</source>
        <translation>Ambiente pronto</translation>
    </message>
    <message>
        <source>The desktop of “%1” is ready. Choose Connect to open it.</source>
        <translation>Il desktop di “%1” è pronto. Scegli Connetti per aprirlo.</translation>
    </message>
    <message>
        <source>Desktops</source>
        <translation>Desktop</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Open Connection File</source>
        <translation>Apri file di connessione</translation>
    </message>
    <message>
        <source>Catalogue downloads</source>
        <translation>Download dal catalogo</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>File</translation>
    </message>
    <message>
        <source>The batch cluster cannot be used</source>
        <translation>Il cluster di calcolo non può essere usato</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Job %1 %2</source>
        <translation>Job %1 %2</translation>
    </message>
    <message>
        <source>Job %1 has ended.</source>
        <translation>Il job %1 è terminato.</translation>
    </message>
    <message>
        <source>“%1” has ended: %2.</source>
        <translation>“%1” è terminato: %2.</translation>
    </message>
    <message>
        <source>Unknown cluster login node</source>
        <translation>Nodo di login del cluster sconosciuto</translation>
    </message>
    <message>
        <source>This computer has not met %1 before. Its %2 key has the fingerprint

%3

Trust it only if your facility publishes the same fingerprint.</source>
        <translation>Questo computer non ha mai incontrato %1. La sua chiave %2 ha l’impronta

%3

Considerala attendibile solo se la tua struttura pubblica la stessa impronta.</translation>
    </message>
    <message>
        <source>Trust this key</source>
        <translation>Considera attendibile questa chiave</translation>
    </message>
    <message>
        <source>Do not connect</source>
        <translation>Non connettere</translation>
    </message>
    <message>
        <source>Batch cluster</source>
        <translation>Cluster di calcolo</translation>
    </message>
    <message>
        <source>That was not accepted. %1</source>
        <translation>Non è stato accettato. %1</translation>
    </message>
    <message>
        <source>Job %1 submitted.</source>
        <translation>Job %1 inviato.</translation>
    </message>
    <message>
        <source>Job %1 submitted. The scheduler says: %2</source>
        <translation>Job %1 inviato. Lo scheduler dice: %2</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Open Connection File…</source>
        <translation>&amp;Apri file di connessione…</translation>
    </message>
    <message>
        <source>Remote desktop connection files (*.rdp)</source>
        <translation>File di connessione desktop remoto (*.rdp)</translation>
    </message>
    <message>
        <source>Show &amp;transfers</source>
        <translation>Mostra &amp;trasferimenti</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;Catalogue</source>
        <translation>&amp;Catalogo</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>Acco&amp;unt</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>&amp;Accedi…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Disconnetti</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>&amp;About DAaaS Desktop</source>
        <translation>&amp;Informazioni su DAaaS Desktop</translation>
    </message>
    <message>
        <source>About DAaaS Desktop</source>
        <translation>Informazioni su DAaaS Desktop</translation>
    </message>
    <message>
        <source>&lt;b&gt;DAaaS Desktop&lt;/b&gt; %1&lt;br&gt;Your experiments, data and analysis environments at %2.</source>
        <translation>&lt;b&gt;DAaaS Desktop&lt;/b&gt; %1&lt;br&gt;I tuoi esperimenti, dati e ambienti di analisi su %2.</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Accesso effettuato come %1</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Accesso in corso…</translation>
    </message>
    <message>
        <source>Session expired — sign in to continue</source>
        <translation>Sessione scaduta — accedi per continuare</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Disconnesso</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again.</source>
        <translation>La tua sessione è terminata. Accedi di nuovo.</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>Altre azioni</translation>
    </message>
    <message>
        <source>F&amp;iles</source>
        <translation>F&amp;ile</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Impostazioni…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Mostra %1</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>Download of %1</source>
        <translation>Download di %1</translation>
    </message>
    <message>
        <source>Upload of %1</source>
        <translation>Caricamento di %1</translation>
    </message>
    <message>
        <source>Copy to %1</source>
        <translation>Copia in %1</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Disconnetti</translation>
    </message>
    <message>
        <source>These transfers will not finish:</source>
        <translation>Questi trasferimenti non verranno completati:</translation>
    </message>
    <message>
        <source>This computer is shared: signing out stops them and removes what they kept here.</source>
        <translation>Questo computer è condiviso: disconnettendoti, i trasferimenti vengono interrotti e ciò che hanno salvato qui viene rimosso.</translation>
    </message>
    <message>
        <source>Stop them and sign out</source>
        <translation>Interrompili e disconnetti</translation>
    </message>
    <message>
        <source>Stay signed in</source>
        <translation>Resta connesso</translation>
    </message>
    <message>
        <source>You were signed out because this shared computer was left unused.</source>
        <translation>Sei stato disconnesso perché questo computer condiviso è rimasto inutilizzato.</translation>
    </message>
    <message>
        <source>Catalogue transfer of %1</source>
        <translation>Trasferimento di %1 con il catalogo</translation>
    </message>
    <message>
        <source>Signing out ends the session they use: they stop, and their unfinished files are removed.</source>
        <translation>La disconnessione chiude la sessione che usano: i trasferimenti vengono interrotti e i loro file incompleti vengono rimossi.</translation>
    </message>
</context>
<context>
    <name>daas::ui::MessageBar</name>
    <message>
        <source>Dismiss message</source>
        <translation>Chiudi il messaggio</translation>
    </message>
</context>
<context>
    <name>daas::ui::NewJobDialog</name>
    <message>
        <source>Submit &amp;held (start it later with Release)</source>
        <translation>Invia &amp;bloccato (avvialo in seguito con Sblocca)</translation>
    </message>
    <message>
        <source>New job</source>
        <translation>Nuovo job</translation>
    </message>
    <message>
        <source>A name to find it by</source>
        <translation>Un nome con cui ritrovarlo</translation>
    </message>
    <message>
        <source>The cluster&apos;s default</source>
        <translation>Il valore predefinito del cluster</translation>
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
        <translation>Il valore predefinito della partizione</translation>
    </message>
    <message>
        <source>Your home folder on the cluster</source>
        <translation>La tua cartella home sul cluster</translation>
    </message>
    <message>
        <source>Start from</source>
        <translation>Parti da</translation>
    </message>
    <message>
        <source>A script of my own</source>
        <translation>Un mio script</translation>
    </message>
    <message>
        <source>About this template</source>
        <translation>Informazioni su questo modello</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Partition:</source>
        <translation>&amp;Partizione:</translation>
    </message>
    <message>
        <source>&amp;Cores:</source>
        <translation>&amp;Core:</translation>
    </message>
    <message>
        <source>&amp;Memory:</source>
        <translation>&amp;Memoria:</translation>
    </message>
    <message>
        <source>&amp;Time limit:</source>
        <translation>Limite di &amp;tempo:</translation>
    </message>
    <message>
        <source>&amp;Working folder:</source>
        <translation>Cartella di &amp;lavoro:</translation>
    </message>
    <message>
        <source>Job script</source>
        <translation>Script del job</translation>
    </message>
    <message>
        <source>What will be submitted</source>
        <translation>Cosa verrà inviato</translation>
    </message>
    <message>
        <source>&amp;Job</source>
        <translation>&amp;Job</translation>
    </message>
    <message>
        <source>&amp;Script</source>
        <translation>&amp;Script</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Anteprima</translation>
    </message>
    <message>
        <source>S&amp;ubmit</source>
        <translation>&amp;Invia</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Interrompi</translation>
    </message>
    <message>
        <source>Start &amp;from:</source>
        <translation>Parti &amp;da:</translation>
    </message>
    <message>
        <source>my-job</source>
        <translation>mio-job</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (predefinito)</translation>
    </message>
    <message numerus="yes">
        <source>at most %n minute(s)</source>
        <translation>
            <numerusform>al massimo %n minuto</numerusform>
            <numerusform>al massimo %n minuti</numerusform>
        </translation>
    </message>
    <message>
        <source>The script must start with a line such as “#!/bin/bash” that says what runs it.</source>
        <translation>Lo script deve iniziare con una riga come “#!/bin/bash” che indica cosa lo esegue.</translation>
    </message>
    <message>
        <source>The job was not submitted</source>
        <translation>Il job non è stato inviato</translation>
    </message>
    <message>
        <source>Submitting…</source>
        <translation>Invio…</translation>
    </message>
    <message>
        <source>%1 (mine)</source>
        <translation>%1 (mio)</translation>
    </message>
    <message>
        <source>There is no job template “%1”.</source>
        <translation>Il modello di job “%1” non esiste.</translation>
    </message>
    <message>
        <source>A folder on the cluster</source>
        <translation>Una cartella sul cluster</translation>
    </message>
    <message>
        <source>A file on the cluster</source>
        <translation>Un file sul cluster</translation>
    </message>
    <message>
        <source>A dataset&apos;s folder on the cluster</source>
        <translation>La cartella di un dataset sul cluster</translation>
    </message>
    <message>
        <source>%1 (required):</source>
        <translation>%1 (obbligatorio):</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>a copy was removed from Transfers before it finished</source>
        <translation>una copia è stata rimossa da Trasferimenti prima di essere completata</translation>
    </message>
    <message>
        <source>the copy of “%1” was cancelled</source>
        <translation>la copia di “%1” è stata annullata</translation>
    </message>
    <message>
        <source>The input did not reach your storage: %1. Retry it in Transfers, or choose another input.</source>
        <translation>L’input non ha raggiunto il tuo spazio di archiviazione: %1. Riprova in Trasferimenti, oppure scegli un altro input.</translation>
    </message>
    <message numerus="yes">
        <source>The input is being copied into your storage: %1 of %n file(s) done. Submit waits until the copy is complete.</source>
        <translation>
            <numerusform>L’input viene copiato nel tuo spazio di archiviazione: %1 di %n file completati. L’invio attende il completamento della copia.</numerusform>
            <numerusform>L’input viene copiato nel tuo spazio di archiviazione: %1 di %n file completati. L’invio attende il completamento della copia.</numerusform>
        </translation>
    </message>
    <message>
        <source>The input is in your storage.</source>
        <translation>L’input è nel tuo spazio di archiviazione.</translation>
    </message>
</context>
<context>
    <name>daas::ui::PasswordPrompt</name>
    <message>
        <source>Password needed</source>
        <translation>Password necessaria</translation>
    </message>
    <message>
        <source>%1 asks for your password again. Your transfers wait and carry on once it is accepted.</source>
        <translation>%1 chiede di nuovo la tua password. I tuoi trasferimenti attendono e riprendono appena viene accettata.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nome utente:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continua</translation>
    </message>
</context>
<context>
    <name>daas::ui::ProfileCertificateBox</name>
    <message>
        <source>Untrusted Certificate</source>
        <translation>Certificato non attendibile</translation>
    </message>
    <message>
        <source>The server %1 (port %2), where the facility profile is, presented a certificate that is not trusted.

Issued to: %3
Issued by: %4
Valid: %5 to %6

SHA-256 fingerprint:
%7

Trust it only if your facility confirms this fingerprint. The decision is remembered for this server.</source>
        <translation>Il server %1 (porta %2), dove si trova il profilo della struttura, ha presentato un certificato non attendibile.

Rilasciato a: %3
Rilasciato da: %4
Valido: dal %5 al %6

Impronta SHA-256:
%7

Consideralo attendibile solo se la tua struttura conferma questa impronta. La decisione viene ricordata per questo server.</translation>
    </message>
    <message>
        <source>Trust and Fetch</source>
        <translation>Considera attendibile e recupera</translation>
    </message>
</context>
<context>
    <name>daas::ui::RemoteSignInDialog</name>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>&amp;Ricorda la password nel portachiavi di sistema</translation>
    </message>
    <message>
        <source>Sign In to the Remote Desktop</source>
        <translation>Accedi al desktop remoto</translation>
    </message>
    <message>
        <source>The remote desktop %1 asks you to sign in.</source>
        <translation>Il desktop remoto %1 ti chiede di accedere.</translation>
    </message>
    <message>
        <source>The password was not accepted. Check it and try again.</source>
        <translation>La password non è stata accettata. Controllala e riprova.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nome utente</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nome utente:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Dominio:</translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation>Accedi</translation>
    </message>
    <message>
        <source>Sign In to the RD Gateway</source>
        <translation>Accedi al gateway RD</translation>
    </message>
    <message>
        <source>The RD Gateway %1, through which the remote desktop is reached, asks you to sign in.</source>
        <translation>Il gateway RD %1, attraverso cui si raggiunge il desktop remoto, ti chiede di accedere.</translation>
    </message>
</context>
<context>
    <name>daas::ui::RemoteView</name>
    <message>
        <source>Check the remote desktop&apos;s certificate to go on.</source>
        <translation>Controlla il certificato del desktop remoto per proseguire.</translation>
    </message>
    <message>
        <source>Sign in to the remote desktop to go on.</source>
        <translation>Accedi al desktop remoto per proseguire.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connessione…</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Accesso in corso…</translation>
    </message>
    <message>
        <source>Connection lost: %1
Reconnecting (attempt %2)…</source>
        <translation>Connessione persa: %1
Riconnessione (tentativo %2)…</translation>
    </message>
    <message>
        <source>Disconnected.</source>
        <translation>Disconnesso.</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Non connesso: %1</translation>
    </message>
    <message>
        <source>Check the RD Gateway&apos;s certificate to go on.</source>
        <translation>Controlla il certificato del gateway RD per continuare.</translation>
    </message>
    <message>
        <source>Sign in to the RD Gateway to go on.</source>
        <translation>Accedi al gateway RD per continuare.</translation>
    </message>
</context>
<context>
    <name>daas::ui::SessionTabs</name>
    <message>
        <source>Scale to Fit</source>
        <translation>Adatta alla finestra</translation>
    </message>
    <message>
        <source>Actual Size</source>
        <translation>Dimensioni reali</translation>
    </message>
    <message>
        <source>Resize Desktop to Window</source>
        <translation>Ridimensiona il desktop alla finestra</translation>
    </message>
    <message>
        <source>Full Screen</source>
        <translation>Schermo intero</translation>
    </message>
    <message>
        <source>Grab Keyboard</source>
        <translation>Cattura tastiera</translation>
    </message>
    <message>
        <source>Send all keys, including shortcuts, to the remote desktop</source>
        <translation>Invia tutti i tasti, comprese le scorciatoie, al desktop remoto</translation>
    </message>
    <message>
        <source>Send Ctrl+Alt+Del</source>
        <translation>Invia Ctrl+Alt+Canc</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Riconnetti</translation>
    </message>
    <message>
        <source>Save as Connection File…</source>
        <translation>Salva come file di connessione…</translation>
    </message>
    <message>
        <source>Save this desktop as a .rdp file for the system&apos;s own remote desktop client</source>
        <translation>Salva questo desktop come file .rdp per il client di desktop remoto del sistema</translation>
    </message>
    <message>
        <source>Save as Connection File</source>
        <translation>Salva come file di connessione</translation>
    </message>
    <message>
        <source>Remote desktop connection files (*.rdp)</source>
        <translation>File di connessione desktop remoto (*.rdp)</translation>
    </message>
    <message>
        <source>Close Desktop</source>
        <translation>Chiudi desktop</translation>
    </message>
    <message>
        <source>Close %1</source>
        <translation>Chiudi %1</translation>
    </message>
</context>
<context>
    <name>daas::ui::SettingsDialog</name>
    <message>
        <source>This computer is &amp;shared by several people</source>
        <translation>Questo computer è &amp;condiviso da più persone</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Lingua di sistema (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>The language of DAaaS Desktop, used from its next start.</source>
        <translation>La lingua di DAaaS Desktop, usata dal prossimo avvio.</translation>
    </message>
    <message>
        <source>A new language takes effect the next time DAaaS Desktop starts.</source>
        <translation>Una nuova lingua ha effetto al prossimo avvio di DAaaS Desktop.</translation>
    </message>
    <message>
        <source>On a shared computer nobody is remembered, signing out removes everything of the person, and an idle session is signed out.</source>
        <translation>Su un computer condiviso nessuno viene ricordato, la disconnessione rimuove tutto ciò che appartiene alla persona e una sessione inattiva viene disconnessa.</translation>
    </message>
    <message>
        <source>Your facility has set this computer up as a shared workstation.</source>
        <translation>La tua struttura ha configurato questo computer come postazione condivisa.</translation>
    </message>
    <message>
        <source>Nobody is remembered, signing out removes your passwords, settings and files kept by DAaaS Desktop, and you are signed out when the computer is left unused.</source>
        <translation>Nessuno viene ricordato, la disconnessione rimuove le tue password, le impostazioni e i file conservati da DAaaS Desktop, e vieni disconnesso quando il computer rimane inutilizzato.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Sign out after this many minutes without use</source>
        <translation>Disconnetti dopo questo numero di minuti di inutilizzo</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <source>Shared workstation</source>
        <translation>Postazione condivisa</translation>
    </message>
    <message>
        <source>Sign out when &amp;unused for:</source>
        <translation>Disconnetti se &amp;inutilizzato per:</translation>
    </message>
</context>
<context>
    <name>daas::ui::ShortcutsDialog</name>
    <message>
        <source>General</source>
        <translation>Generale</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasti</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Scorciatoie da tastiera</translation>
    </message>
</context>
<context>
    <name>daas::ui::SignInDialog</name>
    <message>
        <source>&amp;Remember me on this computer</source>
        <translation>&amp;Ricordami su questo computer</translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation>Accedi a %1</translation>
    </message>
    <message>
        <source>Sign in with your facility account to see your experiments and their data.</source>
        <translation>Accedi con il tuo account della struttura per vedere i tuoi esperimenti e i loro dati.</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Accedi</translation>
    </message>
    <message>
        <source>Account type</source>
        <translation>Tipo di account</translation>
    </message>
    <message>
        <source>Keeps the password in this computer&apos;s keychain, never in a file.</source>
        <translation>Conserva la password nel portachiavi di questo computer, mai in un file.</translation>
    </message>
    <message>
        <source>Account &amp;type:</source>
        <translation>&amp;Tipo di account:</translation>
    </message>
    <message>
        <source>%1 Check the network, then close and open this window again.</source>
        <translation>%1 Controlla la rete, poi chiudi e riapri questa finestra.</translation>
    </message>
    <message>
        <source>Asking the facility how to sign in…</source>
        <translation>Richiesta alla struttura delle modalità di accesso…</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nome utente:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Please fill in every field.</source>
        <translation>Compila tutti i campi.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Accesso in corso…</translation>
    </message>
</context>
<context>
    <name>daas::ui::TemplateModel</name>
    <message numerus="yes">
        <source>up to %n day(s)</source>
        <translation>
            <numerusform>fino a %n giorno</numerusform>
            <numerusform>fino a %n giorni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>up to %n hour(s)</source>
        <translation>
            <numerusform>fino a %n ora</numerusform>
            <numerusform>fino a %n ore</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 GiB memory</source>
        <translation>%1 GiB di memoria</translation>
    </message>
    <message>
        <source>%1 MiB memory</source>
        <translation>%1 MiB di memoria</translation>
    </message>
    <message numerus="yes">
        <source>%n CPU(s)</source>
        <translation>
            <numerusform>%n CPU</numerusform>
            <numerusform>%n CPU</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 GiB disk</source>
        <translation>%1 GiB di disco</translation>
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
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Riprendi</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Riprova</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
</context>
<context>
    <name>daas::ui::TransferListModel</name>
    <message numerus="yes">
        <source>%n s left</source>
        <translation>
            <numerusform>%n s rimanente</numerusform>
            <numerusform>%n s rimanenti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min left</source>
        <translation>
            <numerusform>%n min rimanente</numerusform>
            <numerusform>%n min rimanenti</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min left</source>
        <translation>%1 h %2 min rimanenti</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 di %2</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>Waiting to try again: %1</source>
        <translation>In attesa di un nuovo tentativo: %1</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>In attesa</translation>
    </message>
    <message>
        <source>Paused at %1</source>
        <translation>In pausa a %1</translation>
    </message>
    <message>
        <source>Already there: waiting for your choice</source>
        <translation>Già presente: in attesa della tua scelta</translation>
    </message>
    <message>
        <source>Trying again shortly: %1</source>
        <translation>Nuovo tentativo a breve: %1</translation>
    </message>
    <message>
        <source>into your storage</source>
        <translation>nel tuo spazio di archiviazione</translation>
    </message>
    <message>
        <source>into “%1”</source>
        <translation>in “%1”</translation>
    </message>
    <message>
        <source>Checksum verified · copied %1</source>
        <translation>Checksum verificato · copiato %1</translation>
    </message>
    <message>
        <source>No checksum in the catalogue: size checked only · copied %1</source>
        <translation>Nessun checksum nel catalogo: verificata solo la dimensione · copiato %1</translation>
    </message>
    <message>
        <source>Uploaded to your storage as “%1”</source>
        <translation>Caricato nel tuo spazio di archiviazione come “%1”</translation>
    </message>
    <message>
        <source>Uploaded to “%1” as “%2”</source>
        <translation>Caricato in “%1” come “%2”</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Salvato come %1</translation>
    </message>
    <message>
        <source>Cancelled; nothing was kept.</source>
        <translation>Annullato; non è stato conservato nulla.</translation>
    </message>
    <message>
        <source>Skipped: already there.</source>
        <translation>Saltato: già presente.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Avvio…</translation>
    </message>
    <message>
        <source>catalogue: %1 → storage: %2</source>
        <translation>catalogo: %1 → spazio di archiviazione: %2</translation>
    </message>
    <message>
        <source>%1 → storage: %2</source>
        <translation>%1 → spazio di archiviazione: %2</translation>
    </message>
    <message>
        <source>storage: %1 → %2</source>
        <translation>spazio di archiviazione: %1 → %2</translation>
    </message>
</context>
<context>
    <name>daas::ui::TransferPanel</name>
    <message numerus="yes">
        <source>%n file(s) saved in %1</source>
        <translation>
            <numerusform>%n file salvato in %1</numerusform>
            <numerusform>%n file salvati in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) extracted into your storage.</source>
        <translation>
            <numerusform>%n file estratto nel tuo spazio di archiviazione.</numerusform>
            <numerusform>%n file estratti nel tuo spazio di archiviazione.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not extracted: %1</source>
        <translation>Non estratto: %1</translation>
    </message>
    <message>
        <source>Storage transfers</source>
        <translation>Trasferimenti dello spazio di archiviazione</translation>
    </message>
    <message>
        <source>Progress of all storage transfers</source>
        <translation>Avanzamento di tutti i trasferimenti dello spazio di archiviazione</translation>
    </message>
    <message>
        <source>Pause all</source>
        <translation>Metti tutto in pausa</translation>
    </message>
    <message>
        <source>Resume all</source>
        <translation>Riprendi tutto</translation>
    </message>
    <message>
        <source>Clear finished</source>
        <translation>Rimuovi completati</translation>
    </message>
    <message>
        <source>Transfers at once</source>
        <translation>Trasferimenti simultanei</translation>
    </message>
    <message>
        <source>How many storage transfers run at the same time</source>
        <translation>Quanti trasferimenti dello spazio di archiviazione vengono eseguiti contemporaneamente</translation>
    </message>
    <message>
        <source>at &amp;once</source>
        <translation>con&amp;temporaneamente</translation>
    </message>
    <message>
        <source>&lt;b&gt;Storage&lt;/b&gt;</source>
        <translation>&lt;b&gt;Spazio di archiviazione&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No storage transfers. Drop files on the Files area to upload them.</source>
        <translation>Nessun trasferimento dello spazio di archiviazione. Trascina dei file nell’area File per caricarli.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be transferred; retry them or clear the list.</source>
        <translation>
            <numerusform>%n file non è stato trasferito; riprova o svuota l’elenco.</numerusform>
            <numerusform>%n file non sono stati trasferiti; riprova o svuota l’elenco.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n file(s) transferred.</source>
        <translation>
            <numerusform>%n file trasferito.</numerusform>
            <numerusform>Tutti i %n file sono stati trasferiti.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n file(s)</source>
        <translation>
            <numerusform>%1 di %n file</numerusform>
            <numerusform>%1 di %n file</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausa</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Riprendi</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>Ripro&amp;va</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Mostra nella &amp;cartella</translation>
    </message>
</context>
<context>
    <name>daas::ui::UseOnComputerDialog</name>
    <message>
        <source>&lt;p&gt;In File Explorer, right-click &lt;b&gt;This PC&lt;/b&gt; and choose &lt;b&gt;Map network drive…&lt;/b&gt;. Pick a drive letter, enter the address above as the folder, tick &lt;b&gt;Connect using different credentials&lt;/b&gt; and sign in with your facility user name and password.&lt;/p&gt;</source>
        <translation>&lt;p&gt;In Esplora file, fai clic con il pulsante destro su &lt;b&gt;Questo PC&lt;/b&gt; e scegli &lt;b&gt;Connetti unità di rete…&lt;/b&gt;. Scegli una lettera di unità, inserisci come cartella l’indirizzo qui sopra, seleziona &lt;b&gt;Connetti con credenziali diverse&lt;/b&gt; e accedi con il nome utente e la password della struttura.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;In the Finder, choose &lt;b&gt;Go ▸ Connect to Server…&lt;/b&gt; (⌘K), enter the address above and press &lt;b&gt;Connect&lt;/b&gt;. Sign in with your facility user name and password; the storage then appears under &lt;b&gt;Locations&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Nel Finder, scegli &lt;b&gt;Vai ▸ Connessione al server…&lt;/b&gt; (⌘K), inserisci l’indirizzo qui sopra e premi &lt;b&gt;Connetti&lt;/b&gt;. Accedi con il nome utente e la password della struttura; lo spazio di archiviazione compare poi sotto &lt;b&gt;Posizioni&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;In Files, choose &lt;b&gt;Other Locations&lt;/b&gt;, enter the address above under &lt;b&gt;Connect to Server&lt;/b&gt; and press &lt;b&gt;Connect&lt;/b&gt;. The storage then appears in the side bar.&lt;/p&gt;&lt;p&gt;Or in a terminal:&lt;br&gt;&lt;code&gt;%1&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;In File, scegli &lt;b&gt;Altre posizioni&lt;/b&gt;, inserisci l’indirizzo qui sopra in &lt;b&gt;Connetti al server&lt;/b&gt; e premi &lt;b&gt;Connetti&lt;/b&gt;. Lo spazio di archiviazione compare poi nella barra laterale.&lt;/p&gt;&lt;p&gt;Oppure in un terminale:&lt;br&gt;&lt;code&gt;%1&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Use your storage on this computer</source>
        <translation>Usa il tuo spazio di archiviazione su questo computer</translation>
    </message>
    <message>
        <source>Your storage can also be opened by this computer&apos;s own file manager, like a network drive:</source>
        <translation>Il tuo spazio di archiviazione può essere aperto anche dal gestore file di questo computer, come un’unità di rete:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Indirizzo:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copia</translation>
    </message>
    <message>
        <source>&amp;Mount now</source>
        <translation>&amp;Monta ora</translation>
    </message>
    <message>
        <source>Run “gio mount” for this address</source>
        <translation>Esegui “gio mount” per questo indirizzo</translation>
    </message>
    <message>
        <source>Mounting…</source>
        <translation>Montaggio…</translation>
    </message>
    <message>
        <source>Mounted. Your storage is now in the file manager&apos;s side bar.</source>
        <translation>Montato. Il tuo spazio di archiviazione ora è nella barra laterale del gestore file.</translation>
    </message>
    <message>
        <source>It could not be mounted: %1</source>
        <translation>Impossibile montarlo: %1</translation>
    </message>
    <message>
        <source>gio ended with code %1.</source>
        <translation>gio è terminato con il codice %1.</translation>
    </message>
    <message>
        <source>It could not be mounted: gio did not start.</source>
        <translation>Impossibile montarlo: gio non si è avviato.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A remote desktop connection file (.rdp) to open.</source>
        <translation>Un file di connessione di desktop remoto (.rdp) da aprire.</translation>
    </message>
    <message>
        <source>DAaaS Desktop</source>
        <translation>DAaaS Desktop</translation>
    </message>
    <message>
        <source>A facility profile file, the id of a facility you added, or &apos;demo&apos;.</source>
        <translation>Un file di profilo della struttura, l’identificativo di una struttura che hai aggiunto, oppure &apos;demo&apos;.</translation>
    </message>
</context>
</TS>
