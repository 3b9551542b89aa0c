<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>daas::Error</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 said: “%2”.</source>
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
</context>
<context>
    <name>daas::catalogue::DatafilesListing</name>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>daas::catalogue::DatasetsListing</name>
    <message>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>daas::catalogue::DownloadJob</name>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 could not be found in the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data service did not resume the download of %1 where it stopped. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data service sent more than the catalogue&apos;s size of %1; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 was lost.</source>
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
    <name>daas::catalogue::IdsStream</name>
    <message>
        <source>The data service did not resume “%1” where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data service sent more than the catalogue&apos;s size of “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data service did not send “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 was lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>daas::catalogue::InvestigationsListing</name>
    <message>
        <source>Experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>daas::catalogue::PagedListingModel</name>
    <message>
        <source>Not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>daas::catalogue::UploadJob</name>
    <message>
        <source>Could not read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file needs a name in the catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dataset already has a file called %1. Rename the file and upload it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data service did not confirm that %1 arrived intact; check the file in the catalogue.</source>
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
        <source>%1: the path leads outside the chosen folder</source>
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
    <name>daas::cli::CliContext</name>
    <message>
        <source>DAaaS Desktop on the command line.

Commands:
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A facility profile file, a bundled facility&apos;s id, or &apos;demo&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICAT account type (default simple).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the password from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only rows containing this text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most this many rows (default 1000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datafile id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investigation id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datafile format id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine template id (daas env templates), or job template (daas jobs templates).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jobs submit --template: a parameter&apos;s value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jobs output: the error file instead of the output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jobs output: go on printing what the job writes until it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to wait (default 600).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also print the desktop&apos;s password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>env console: the desktop&apos;s vnc or rdp (default: what it prefers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>env rdp-file: the file to write (default ./daas-env-ID.rdp).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage: replace files that exist at the target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage: rm removes folders with their contents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jobs list: also jobs that ended more than a day ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jobs submit: the job&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jobs submit: the partition (queue).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jobs submit: cores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jobs submit: memory in MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jobs submit: time limit in minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jobs submit: the working folder on the cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jobs submit: submit held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do (see above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a command; see &apos;daas --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no command &apos;%1&apos;; see &apos;daas --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No facility is configured. Give --facility with a profile file or a bundled facility&apos;s id, or start the demo with &apos;packaging/dev run&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &apos;daas --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one numeric id as the argument.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a positive number.</source>
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
        <source>Storage user name: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the storage user name with --user or DAAS_STORAGE_USER, or run &apos;daas login&apos; first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no storage password for %1: set DAAS_STORAGE_PASSWORD, run &apos;daas login&apos;, or run on a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --password-stdin to read the password from a pipe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login needs --user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without one &apos;daas login&apos; cannot keep your session; the storage commands still work with the password in DAAS_STORAGE_PASSWORD, or typed when they ask on a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The facility has no account type &apos;%1&apos;; it offers: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You were not signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session had already ended; it is forgotten here too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out.</source>
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
        <source>refused (it would have been written outside the folder): %1</source>
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
        <source>upload needs FILE --dataset ID --format-id ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment %1 offers no %2 desktop; &apos;daas env console %1&apos; shows the one it has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MEMORY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DISK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOFTWARE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEMPLATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ENDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Launched “%1” (%2). &apos;daas env wait %2&apos; returns once its desktop answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no machine template &apos;%1&apos;; &apos;daas env templates&apos; lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment %1 is being deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment %1 is ready; &apos;daas env console %1&apos; shows where its desktop is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desktop has a password; --show-password prints it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password for %1: set DAAS_CLOUD_PASSWORD or run on a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facility password for %1 at %2: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password was typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;daas env&apos; needs one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no &apos;daas env %1&apos;; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;daas env %1&apos; takes no argument.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;daas env %1&apos; needs one environment id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;daas env launch&apos; needs the new environment&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;daas env launch&apos; needs --template ID; &apos;daas env templates&apos; lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--protocol goes with &apos;daas env console&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--protocol is vnc or rdp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--output goes with &apos;daas env rdp-file&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--output needs a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 offers no analysis environments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The facility %1 offers no storage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The storage server did not accept the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2, %3 of %4 files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; give --overwrite to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists on the storage server; give --overwrite to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not transferred.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ls takes at most one path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daas: an entry with an unsafe name was left out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>get needs REMOTE and optionally LOCAL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>get needs a file or folder, not the whole store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>put needs LOCAL... and REMOTE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file or folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a file on the storage server, not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daas: %1 is a link; links are not uploaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be uploaded: its name cannot be used on the storage server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mkdir needs at least one path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store&apos;s root exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rm needs at least one path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rm does not remove the whole store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder; give --recursive to remove it with its contents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mv needs FROM and TO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cp needs FROM and TO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store&apos;s root cannot be moved or copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot go into itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a catalogue id (a positive number), not &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy-to-storage takes --dataset ID or --datafile ID, and --to FOLDER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy-to-storage needs --dataset ID or --datafile ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copying %n file(s) into %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PARTITION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAX MINUTES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NODES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JOB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SUBMITTED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXIT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheduler no longer knows job %1; this is what was last seen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job was not submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheduler says: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1: %2 asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[bytes %1 to %2 not shown]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no job %1 of yours on the cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 did not finish within %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PARAMETERS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The script %1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The script %1 is larger than 4 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;daas jobs %1&apos; needs a job id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &apos;daas jobs %1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login node %1 is new to this computer; its %2 key is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust it (yes/no)? </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--param takes NAME=VALUE, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;daas jobs submit&apos; needs a script file (&apos;-&apos; reads standard input) or --template.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>daas::cloud</name>
    <message>
        <source>OpenNebula sent an answer that could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 offers no analysis environments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cloud sent a document that could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>daas::cloud::DesktopConnector</name>
    <message>
        <source>This environment&apos;s desktop cannot be reached with %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>daas::cloud::DesktopProbe</name>
    <message>
        <source>The desktop at %1 did not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desktop at %1 does not answer yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment offers no RDP desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desktop behind %1 does not answer yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment has no console address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something other than a remote desktop answers at %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>daas::cloud::EnvironmentWatcher</name>
    <message>
        <source>The cloud connection was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment “%1” failed to start. Remove it and launch a new one; if it fails again, contact the facility&apos;s support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment “%1” has been removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment “%1” is switched off. Resume it to use its desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The environment “%1” is running but its desktop did not answer within %n minute(s). Try again later, or remove it and launch a new one.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The environment “%1” did not start within %n minute(s). The cloud may be busy: try again later, or remove it and launch a new one.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>daas::cloud::OpenNebulaProvider</name>
    <message>
        <source>OpenNebula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenNebula refused the request. This OpenNebula version may not be supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenNebula no longer accepts your session. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an OpenNebula machine id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an OpenNebula template.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>daas::cloud::OpenStackProvider</name>
    <message>
        <source>OpenStack did not accept your credentials. Check them, or create a new application credential if yours has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OpenStack identity service gave no token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenStack image service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenStack compute service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer has this machine or image. Refresh the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the request; the image or flavour may no longer exist. Refresh the list and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The machine cannot do this in its current state. Wait until it has finished what it is doing and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused: your project&apos;s quota does not allow this. Remove a machine or ask the facility&apos;s support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This OpenStack cloud offers no %1 service in your project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenStack pointed to another server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenStack no longer accepts your session. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenStack sent an answer that could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an OpenStack image and flavour.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>daas::cloud::XmlRpc</name>
    <message>
        <source>The cloud service sent an answer that could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>daas::cloud::opennebula</name>
    <message>
        <source>OpenNebula did not accept the user name and password. Check them and sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenNebula does not allow you to do this. Ask the facility&apos;s support for access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenNebula no longer has this machine or template. Refresh the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The machine cannot do this in its current state. Wait until it has finished what it is doing and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The machine is locked by an administrator. Try again later or ask the facility&apos;s support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenNebula has no room for this machine now (quota or capacity). Try a smaller template or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenNebula did not understand the request. This OpenNebula version may not be supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenNebula reported an internal error. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The machine %1 has no VNC or RDP desktop. Ask the facility&apos;s support to enable one in its template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The machine %1 has not been placed on a host yet. Wait until it is running.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>daas::cloud::openstack</name>
    <message>
        <source>The OpenStack identity service sent an answer that could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenStack gave a console address that could not be used.</source>
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
        <source>is not a known field (a typo?)</source>
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
        <source>must be an http or https URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>may hold {user} only in its path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive %1 holds an unsafe entry “%2”, so nothing of it was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive %1 holds too many files to be a facility profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The facility.json in %1 is too large to be a profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate %1 in %2 is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read as a facility profile archive (.zip or .tar.gz).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive %1 holds no facility.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The facility profile could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>daas::facility::FacilityProfile</name>
    <message>
        <source>The facility profile is not valid JSON (line %1, column %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is longer than 64 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>may hold only letters, digits, &apos;-&apos; and &apos;_&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an %1 URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is only used with the type slurm-rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an absolute path on the cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The facility profile %1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The facility profile %1 is too large to be one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>daas::facility::FacilityRegistry</name>
    <message>
        <source>The local demo facility is not running. Start it with “packaging/dev run”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no facility “%1”: give a profile file or one of the bundled facilities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The facility you chose, “%1”, cannot be used: %2 The local demo facility is used instead; choose your facility again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The facility you chose, “%1”, cannot be used: %2 Choose your facility again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The facility profile %1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The facility profile %1 is too large to be one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a facility profile: choose a .json file or a .zip or .tar.gz archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The facility profile is not valid: id: “demo” is kept for the local demo facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certs/%1 in %2 is not a PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The facility profile could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no imported facility “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The imported facility “%1” could not be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the archive a name ending in .zip or .tar.gz.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The facility profile could not be exported to %1.</source>
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
        <source>No keychain service is running or answering on this computer (a Secret Service such as gnome-keyring or KWallet), so nothing can be kept in it. Start one and try again.</source>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
    <name>daas::jobs::BatchJob</name>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting: jobs with a higher priority go first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the jobs it depends on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will never start: a job it depends on failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held by an administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for its start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting: the partition is down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting: the partition is inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will not start: its time limit exceeds the partition&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting: the nodes it needs are not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting: you have as many jobs running as allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting: your group&apos;s CPU limit is reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended with a non-zero exit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached its time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ran out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended by a signal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>daas::jobs::BatchProvider</name>
    <message>
        <source>Files on the cluster cannot be read through %1 here: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>daas::jobs::ClusterOutputReader</name>
    <message>
        <source>The cluster is no longer connected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>daas::jobs::FixedSlurmTokenSource</name>
    <message>
        <source>The Slurm token is not one: it names no user. Get a new one with &quot;scontrol token&quot; on the cluster.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>daas::jobs::JobJournalFile</name>
    <message>
        <source>must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a date and time (ISO 8601)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a job state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job history in %1 could not be read, so jobs of this session will not be kept in it. Check the file&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job history in %1 was written by a newer version of DAaaS Desktop. This version leaves it as it is and does not keep this session&apos;s jobs in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job history in %1 is damaged and could not be moved aside, so jobs of this session will not be kept in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job history was damaged (perhaps by a crash or a full disk) and could not be read. It was kept as %1 and a new history was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) of the job history could not be read and are left out. The file as it was is kept as %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) of the job history could not be read, and the file could not be copied aside, so jobs of this session will not be kept in it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The job history could not be saved in %1. Check that the disk has space and that the folder can be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>daas::jobs::JobTemplate</name>
    <message>
        <source>The job template cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job template in %1 cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is larger than 1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a field of a job template (a spelling mistake?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one line of text, without control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing or cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file “%1” is missing or cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file “%1” %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file “%1” is not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not valid JSON (%1 at byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must hold a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a name that is not empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must name the script file of the template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be a file name in the template&apos;s folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must start with a lower-case letter and hold only lower-case letters, digits and “_” (it is the script&apos;s variable name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be one of text, integer, number, choice, dataset, folder, file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must list the values to choose from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of texts that are not empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is only for parameters of type choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is only for parameters of type integer or number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be text or a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a partition&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must start with “#!” (for example #!/bin/bash)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: {{%2}} is not one of the template&apos;s parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: {{%2}} cannot stand in a scheduler directive (the scheduler does not fill it in); use the template&apos;s resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a parameter of the template “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template could not be saved in %1. Check that the disk has space and that the folder can be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>daas::jobs::JobsSession</name>
    <message>
        <source>Making the working folder %1 in your storage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job&apos;s working folder could not be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheduler has not said where this job&apos;s output goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This facility&apos;s cluster takes a Slurm token and names no token service: make one on the cluster with &apos;scontrol token&apos; and set DAAS_SLURM_TOKEN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This facility offers no batch cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The facility&apos;s batch address %1 is not an ssh://user@host address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This client cannot reach a %1 cluster yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>daas::jobs::Lsf</name>
    <message>
        <source>The job has no script.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot hold a line break or a double quote for LSF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The working folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The error file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A job needs at least one node and one core.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LSF did not accept the job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bjobs answered something that is not its JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bjobs answered in columns the client does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bjobs answered a line the client cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>daas::jobs::LsfSshProvider</name>
    <message>
        <source>Asking LSF for its queues…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LSF did not list its queues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitting the job to LSF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LSF did not list the jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking LSF for your jobs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking LSF about job %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LSF does not know job %1 (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling job %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LSF did not cancel job %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holding job %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Releasing job %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LSF did not hold job %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LSF did not release job %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>daas::jobs::OutputLocation</name>
    <message>
        <source>The output file “%1” is not a full path on the cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster&apos;s storage folder (%1) needs a user name, and “%2” is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The facility&apos;s storage folder on the cluster (%1) is not a full path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output file “%1” leaves the storage folder %2 with “..”; it is not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output file “%1” has a name the storage cannot serve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output file “%1” cannot be read: it is not on the storage, and the cluster is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>daas::jobs::OutputTail</name>
    <message>
        <source>The output file is no longer there. It is shown again when it comes back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output file got shorter (it was truncated or written anew): it is shown again from its end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output file was replaced by another: it is shown again from its end.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>daas::jobs::ServiceSlurmTokenSource</name>
    <message>
        <source>Not signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster&apos;s token service needs your password. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster&apos;s token service could not be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster&apos;s token service did not accept your user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster&apos;s token service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster&apos;s token service gave an answer that is not a token.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>daas::jobs::SlurmRest</name>
    <message>
        <source>Slurm sent an empty answer for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slurm&apos;s answer for %1 could not be read: it is cut short or not JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slurm&apos;s answer for %1 is not what its API describes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list of jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slurm&apos;s list of jobs is not what its API describes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list of partitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slurm&apos;s list of partitions is not what its API describes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The script must start with a line such as #!/bin/bash that names its interpreter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder on the cluster the job runs in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the submitted job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slurm accepted the job but did not say its number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cluster&apos;s Slurm (REST API v0.0.38) cannot release a held job. Release it with &quot;scontrol release&quot; on the cluster.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>daas::jobs::SlurmRestProvider</name>
    <message>
        <source>There is no Slurm token to sign in to the cluster with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting a token for the cluster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your token for the cluster has expired and no new one could be had. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster did not accept your Slurm token. Sign in again, or get a new token with &quot;scontrol token&quot; on the cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for Slurm…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its API description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cluster&apos;s Slurm REST API is a version this client does not speak (it speaks v0.0.38 to v0.0.42).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the cluster&apos;s partitions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slurm did not accept the job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list your jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slurm does not know job %1. Finished jobs are forgotten a few minutes after they end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read job %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slurm does not know job %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not cancel job %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cancelled job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not hold job %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not release job %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the changed job</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>daas::jobs::SlurmSsh</name>
    <message>
        <source>The job has no script.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The working folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The error file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot hold a line break or a double quote for Slurm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A job needs at least one node and one core.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slurm did not accept the job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted batch job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>squeue answered a line the client cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scontrol answered something the client cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sacct answered a line the client cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>daas::jobs::SlurmSshProvider</name>
    <message>
        <source>Asking Slurm for its partitions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slurm did not list its partitions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitting the job to Slurm…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking Slurm for your jobs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slurm did not list your jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking Slurm about job %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slurm did not show job %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slurm does not know job %1 (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling job %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slurm did not cancel job %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holding job %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Releasing job %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slurm did not hold job %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slurm did not release job %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>daas::jobs::SshBatchProvider</name>
    <message>
        <source>&quot;%1&quot; is not a %2 job id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist on the cluster (yet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1 on the cluster.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>daas::jobs::SshConnection</name>
    <message>
        <source>No OpenSSH client (ssh) was found on this computer. Install OpenSSH (on Windows: the optional feature &quot;OpenSSH Client&quot;) to reach the cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster&apos;s address &quot;%1&quot; is not a host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SSH client could not be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 did not finish within %3 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 printed more than %3 MB; it was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SSH client stopped unexpectedly while talking to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not accept your SSH key or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster&apos;s login node %1 was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the SSH connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer the SSH connection in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not log in to %1 over SSH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>THE HOST KEY OF %1 HAS CHANGED since you trusted it (it now presents %2). Someone may be intercepting the connection, so nothing was sent. If the facility confirms that the key was changed, remove the old key of %1 from %3 and connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not known yet, and ssh-keyscan (OpenSSH) was not found to read its host key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the host key of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to %1: its host key (%2 %3) was not trusted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>daas::jobs::SshJobScript</name>
    <message>
        <source>&quot;%1&quot; is not an environment variable (NAME=value).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>daas::jobs::SshKnownHosts</name>
    <message>
        <source>Could not remember the host key in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>daas::jobs::StorageOutputReader</name>
    <message>
        <source>The storage is no longer connected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>daas::jobs::TemplateLibrary</name>
    <message>
        <source>There is no job template “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This job cannot be made into a template: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder for your job templates, %1, could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template could not be saved in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template could not be saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>daas::remote::RdpConnectionFile</name>
    <message>
        <source>This is not a usable connection file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the connection file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its settings could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it names no computer (“full address”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the computer&apos;s name “%1” is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the computer&apos;s name is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its port is not between 1 and 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the connection file “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desktop&apos;s address or the user name cannot be written into a connection file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desktop has no address to write into a connection file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not make the connection file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the connection file “%1”. Check the folder and free disk space.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>daas::remote::RdpErrors</name>
    <message>
        <source>An administrator or another program ended this remote desktop session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An administrator or another program signed this session out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server ended an idle session. Connect again to carry on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server ended the session because signing in took too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another session took over this desktop. Connect again to take it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remote computer ran out of memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remote desktop refused the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account may not use remote desktop on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remote desktop asks for the password to be typed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session was disconnected from the remote side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You signed out of the remote desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remote desktop&apos;s session crashed. Connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remote computer has no licence server for remote desktop sessions. Tell the facility&apos;s support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remote computer has no licence left for another remote desktop session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remote desktop did not accept the user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password was not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remote desktop needs a user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password has expired. Change it with the facility, then connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must be changed before this account can sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account is locked after too many wrong passwords. Ask the facility&apos;s support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account may not sign in now or from here (an account restriction).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remote desktop denied access to this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remote desktop&apos;s host name is unknown. Check the environment&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not set up an encrypted connection to the remote desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remote desktop and this viewer found no kind of security they both accept (NLA, TLS or RDP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remote desktop did not finish setting up the session in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remote desktop ended the session because of a protocol error. Connect again; if it keeps happening, restart the environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the remote desktop was lost. Check the network; the viewer tries to reconnect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach the remote desktop. The environment may still be starting; try again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remote desktop closed the connection while it was being set up. Check that this address serves RDP; if it does, restart the environment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>daas::remote::RdpWorker</name>
    <message>
        <source>Could not start the remote desktop connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remote desktop&apos;s certificate was not accepted. The connection was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in to the remote desktop was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remote desktop announced a screen size this viewer cannot show. Ask the environment&apos;s administrator to check its display settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>daas::remote::VncCertificateProbe</name>
    <message>
        <source>Could not read the remote desktop&apos;s certificate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>daas::remote::VncFailureLog</name>
    <message>
        <source>The VNC server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remote desktop announced a screen size this viewer cannot show. Ask the environment&apos;s administrator to check its display settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remote desktop sent something this viewer cannot read, so the connection was closed and not tried again. Restart the environment; if it happens again, tell the facility&apos;s support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remote desktop did not accept the password. Check it and connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remote desktop refused the connection. Try again in a few minutes; if it keeps refusing, restart the environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remote desktop&apos;s certificate could not be verified. The connection was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remote desktop asks for a kind of sign-in this viewer does not support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the remote desktop was lost. Check the network; the viewer tries to reconnect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remote desktop closed the connection while it was being set up. Try again; if it keeps happening, restart the environment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>daas::remote::VncSession</name>
    <message>
        <source>The remote desktop host “%1” is unknown. Check the environment&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remote desktop&apos;s certificate is not trusted (SHA-256 fingerprint %1). Trust it only if the facility confirms this fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>daas::remote::VncTrustStore</name>
    <message>
        <source>Could not remember the certificate. Check free disk space.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>daas::remote::VncWorker</name>
    <message>
        <source>Could not reach the remote desktop at %1:%2. The environment may still be starting; try again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>daas::remote::WebSocketTunnel</name>
    <message>
        <source>Could not prepare the console connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console proxy answered in an unexpected format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the console connection. The console link may have expired; open the console again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>daas::storage</name>
    <message>
        <source>The storage server did not accept your sign-in. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>daas::storage::AccountStorageCredentials</name>
    <message>
        <source>The storage server needs your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You did not give the storage password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again to carry on with your files.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>daas::storage::CatalogueCopy</name>
    <message>
        <source>“%1” was not copied: your storage is full. Delete files or ask the facility for more space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was not copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The storage server accepted “%1” before it had all of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” did not arrive as the catalogue describes it (its CRC-32 checksum differs), so it was not kept. The data service may hold a damaged copy: tell the facility if this happens again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” did not arrive whole on the storage server. It will be sent again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>daas::storage::CatalogueCopyPlan</name>
    <message>
        <source>“%1” has no size in the catalogue, so it cannot be streamed into the storage; download it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was not copied: its name cannot be used in the storage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The datafile %1 could not be read from the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dataset %1 could not be read from the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dataset “%1” was not copied: its name cannot be used as a folder name in the storage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The files of the dataset “%1” could not be listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The storage folder “%1” cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>daas::storage::DavJob</name>
    <message>
        <source>The storage server did not answer with a WebDAV listing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The storage server did not describe “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>daas::storage::DavRangeRead</name>
    <message>
        <source>The storage server sent another part of “%1” than was asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The storage server does not send parts of files, so “%1” cannot be read from where it was left off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The storage server does not send parts of files, so only the beginning of “%1” could be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>daas::storage::ExtractUploadJob</name>
    <message>
        <source>“%1” is not an archive that can be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>links are not extracted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it would leave the folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it could not be read from the archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file of that name is already there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>daas::storage::MultistatusParser</name>
    <message>
        <source>The storage server&apos;s listing ended too early. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The storage server did not answer with a WebDAV listing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The storage server sent a listing that cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The storage server listed an entry without an address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The storage server listed an entry that is not in this folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The storage server listed this folder a second time under another address; that entry was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The storage server listed “%1” a second time or under another address; that entry was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The storage server could not describe “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>daas::storage::RemoteFolderModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>daas::storage::StorageSession</name>
    <message>
        <source>The facility %1 offers no storage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The storage address of this facility needs your user name. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 could not be created on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The storage folder could not be made</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>daas::storage::Transfer</name>
    <message>
        <source>“%1” is a folder. Download it as a .zip instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The storage server resumed “%1” at the wrong place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” arrived incomplete. It will be tried again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is no longer on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” did not arrive whole on the storage server. It will be sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” can be copied from the catalogue only while you are signed in to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The storage server does not take the name “%1”, so “%2” was not copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder called “%1” is already in the storage folder, so the file was not copied there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>daas::storage::TransferQueue</name>
    <message>
        <source>The list of transfers could not be saved in %1, so unfinished transfers will not carry on after a restart. Check that the disk has space and that the folder can be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of transfers could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>daas::storage::WebDavClient</name>
    <message>
        <source>The storage server did not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The storage server did not accept your sign-in. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not allowed to change or read %1 on the storage server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer on the storage server. Refresh the folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists on the storage server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The storage server does not allow this on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder for %1 does not exist on the storage server. Refresh and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed or already exists on the storage server. Refresh and choose again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The storage server refused %1: it is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is locked on the storage server by someone else. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be moved: the target folder may be missing. Refresh and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your storage is full. Delete files or ask the facility for more space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The storage server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The storage address %1 is not encrypted (http), so your password is not sent to it. Ask the facility for its https address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address is not a WebDAV storage server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>daas::storage::ZipDownloadJob</name>
    <message>
        <source>The archive “%1” could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive could not be written. Is the disk full?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive could not be put in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” arrived incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>daas::storage::davpath</name>
    <message>
        <source>The storage server listed an entry that cannot be shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the address is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it points to another server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it lies outside your storage.</source>
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
        <source>%1 gave an answer that could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network proxy failed. Check the proxy settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The server %1 did not answer within %n second(s). Check the network connection, or try again later.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
    <name>daas::support::PartFile</name>
    <message>
        <source>“%1” could not be put in place on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full. Free some space, then try “%1” again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be written on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>daas::support::TlsTrustStore</name>
    <message>
        <source>The certificate of %1 (port %2) is not trusted. Its SHA-256 fingerprint is %3. Trust it only if your facility confirms this fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>daas::ui::Breadcrumb</name>
    <message>
        <source>Folder path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The top of your storage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>daas::ui::CatalogueView</name>
    <message>
        <source>Filter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what the selected row contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Download…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Upload…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload a file from this computer into this dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy to &amp;my storage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the level above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selection to my storage</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>You are in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation type="unfinished"></translation>
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
        <source>This facility offers no storage to copy into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an investigation to copy its datasets into your storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected datasets into your storage, for your analysis environments and batch jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected files into your storage, for your analysis environments and batch jobs</source>
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
        <source>Select what to copy first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dataset(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the top folder of your storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dataset goes into “%1”, with its folders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each dataset goes into a folder of its own in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is saved as “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The files go into %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing what to copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” in your storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copying %n file(s) into %1. Their progress is in Transfers.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more file(s) were left out for the same kind of reason.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
    <name>daas::ui::CertificateDecisionBox</name>
    <message>
        <source>The remote desktop gateway %1 (port %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remote desktop %1 (port %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 presented a different certificate from the one you trusted before. This happens when the machine was rebuilt, and also when someone intercepts the connection.

New SHA-256 fingerprint:
%2

Connect only if your facility confirms the new fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untrusted Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 presented a certificate that is not trusted.

SHA-256 fingerprint:
%2

Trust it only if your facility confirms this fingerprint. The decision is remembered for this desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust the New Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust and Connect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>daas::ui::CloudPasswordDialog</name>
    <message>
        <source>Password for Analysis Environments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>daas::ui::ConflictDialog</name>
    <message>
        <source>size unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, modified %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply to all conflicts of these transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is already in the storage folder “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is already in the folder %2 on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already there:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the catalogue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From this computer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the storage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;newer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whichever of the two was modified last is kept; the other is replaced or the transfer skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new file is saved as “%1 (1)” beside the existing one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more file(s) of these transfers are also already there.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>daas::ui::CopyToStorageDialog</name>
    <message>
        <source>Copy to my storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy %1 (%2) into your storage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy %1 into your storage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data goes from the data service straight into your storage, without a copy on this computer. Your analysis environments and batch jobs see it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the top folder of your storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder in your storage, such as “datasets” or “projects/kagome”. It is made if it is not there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Into &amp;folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>daas::ui::DownloadsPanel</name>
    <message>
        <source>C&amp;lear finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation type="unfinished"></translation>
    </message>
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
        <translation type="unfinished"></translation>
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
    <name>daas::ui::EnvironmentModel</name>
    <message>
        <source>Waiting for the cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switched off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the cloud says %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Removed automatically in %n hour(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Past its end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>daas::ui::EnvironmentsView</name>
    <message>
        <source>&amp;Launch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect with &amp;VNC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect with &amp;RDP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your environments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no environments yet. Pick a machine on the left and launch it; its desktop opens here in a tab once it is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machines you can launch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Launch a new environment from the selected machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the desktop of the selected environment in a tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how to connect: VNC or RDP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected environment and its machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the cloud again for the machines and your environments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session was resumed, so DAaaS Desktop does not know your password. Type your facility password to use analysis environments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to use analysis environments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis environments need your facility password. Choose Refresh to type it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cloud did not accept your password. Type your facility password again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again to launch environments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1”? The machine and everything on its own disks are removed for good; files in your persistent storage stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>daas::ui::FacilityChooser</name>
    <message>
        <source>Choose your facility</source>
        <translation type="unfinished"></translation>
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
        <source>%1
Catalogue: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use this facility</source>
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
    <name>daas::ui::FileBrowser</name>
    <message numerus="yes">
        <source>…and %n more problem(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Your storage at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the folder above (Backspace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the folder, or the file in its application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a folder here and name it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the selected entry (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selection from your storage (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Download…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download the selection into a folder on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Upload files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload files from this computer into this folder (or drop them here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download as .&amp;zip…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download the selection (or this folder) as one .zip file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xtract here…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpack an archive from this computer into this folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the web address of the selection (or of this folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use on this &amp;computer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open your storage in this computer&apos;s own file manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Process on the cluster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a batch job with the selected folder (or this one) as its input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List this folder again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Icons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show large icons instead of details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files and folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show details instead of large icons</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) in this folder are not shown, because the server described them in a way that is not safe to use on this computer: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loading… %n entry(ies) so far</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This folder could not be listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This folder is empty. Drop files here to upload them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 used, %2 free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening “%1” once it has downloaded (see Transfers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be used as a name: names may not contain “/” or be “.” or “..”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already an entry called “%1” in this folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the folder “%1” and everything in it from your storage? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1” from your storage? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n entries from your storage? Folders are deleted with everything in them. This cannot be undone.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete from storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download into folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload files into “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was not uploaded: its name cannot be used on the storage server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be moved or copied into itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was not copied: “%2” already has an entry of that name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was not moved: “%2” already has an entry of that name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries cannot be moved between two different storages. Download them, then upload them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download as .zip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZIP archives (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extract an archive into “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archives (*.zip *.tar *.tar.gz *.tgz *.tar.bz2 *.tar.xz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) of the archive were not extracted: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was still downloading when you dropped it, so it was not handed over. Drop it again in a moment; its progress is under Transfers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link copied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) copied.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>daas::ui::JobListModel</name>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (signal %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheduler says: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>daas::ui::JobOutputView</name>
    <message>
        <source>&amp;Follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the newest output in view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheduler has not said where this output goes yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[… %1 not shown: the start of a large file]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[The file was replaced or shortened: %1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the job to write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Following %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — the job has ended; this is all of it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>daas::ui::JobsView</name>
    <message>
        <source>Your batch jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued and running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop waiting for this command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job list could not be brought up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New job…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write or choose a job and submit it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the scheduler now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the selected job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the selected job from starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;lease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the selected job start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;submit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit the selected job again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make &amp;template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the selected job as a template for new jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open output &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the folder of the job&apos;s output in Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the scheduler…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated at %1 · next check in %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheduler has not answered yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n job(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Select a job to see its details, script and output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduler&apos;s state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, ended by signal %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheduler did not give this job&apos;s script.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It stops at once; what it has written so far stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It leaves the queue and will not run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel job %1 “%2”? %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 could not be cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling job %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 could not be held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 could not be released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holding job %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Releasing job %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template was not made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template “%1” is ready: New job offers it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>daas::ui::LaunchDialog</name>
    <message>
        <source>Launch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Software: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Launch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the environment a name, so you can tell it from your others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name may not contain quotes, backslashes, brackets or control characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>daas::ui::MainWindow</name>
    <message>
        <source>Transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DAaaS Desktop — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again to carry on where you were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desktop of “%1” is ready. Choose Connect to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Connection File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue downloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch cluster cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has ended: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown cluster login node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has not met %1 before. Its %2 key has the fingerprint

%3

Trust it only if your facility publishes the same fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust this key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That was not accepted. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 submitted. The scheduler says: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Connection File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote desktop connection files (*.rdp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About DAaaS Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About DAaaS Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;DAaaS Desktop&lt;/b&gt; %1&lt;br&gt;Your experiments, data and analysis environments at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session expired — sign in to continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation type="unfinished"></translation>
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
    <name>daas::ui::NewJobDialog</name>
    <message>
        <source>Submit &amp;held (start it later with Release)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name to find it by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster&apos;s default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partition&apos;s default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your home folder on the cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A script of my own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Partition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cores:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Memory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Working folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will be submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ubmit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>my-job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>at most %n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The script must start with a line such as “#!/bin/bash” that says what runs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job was not submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (mine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no job template “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder on the cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file on the cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dataset&apos;s folder on the cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>daas::ui::PasswordPrompt</name>
    <message>
        <source>Password needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asks for your password again. Your transfers wait and carry on once it is accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>daas::ui::RemoteSignInDialog</name>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign In to the Gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign In to the Remote Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remote desktop gateway %1 asks you to sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remote desktop %1 asks you to sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password was not accepted. Check it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>daas::ui::RemoteView</name>
    <message>
        <source>Check the remote desktop&apos;s certificate to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to the remote desktop to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Save as Connection File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this desktop as a .rdp file for the system&apos;s own remote desktop client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as Connection File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote desktop connection files (*.rdp)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>daas::ui::SignInDialog</name>
    <message>
        <source>&amp;Remember me on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with your facility account to see your experiments and their data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps the password in this computer&apos;s keychain, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Check the network, then close and open this window again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the facility how to sign in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please fill in every field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>daas::ui::TemplateModel</name>
    <message numerus="yes">
        <source>up to %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>up to %n hour(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 GiB memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MiB memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n CPU(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 GiB disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Software: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>daas::ui::TransferDelegate</name>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>daas::ui::TransferListModel</name>
    <message numerus="yes">
        <source>%n s left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to try again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already there: waiting for your choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trying again shortly: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>into your storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>into “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checksum verified · copied %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No checksum in the catalogue: size checked only · copied %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploaded to your storage as “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploaded to “%1” as “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; nothing was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: already there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catalogue: %1 → storage: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → storage: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storage: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>daas::ui::TransferPanel</name>
    <message numerus="yes">
        <source>%n file(s) saved in %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) extracted into your storage.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not extracted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress of all storage transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfers at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many storage transfers run at the same time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at &amp;once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Storage&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No storage transfers. Drop files on the Files area to upload them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be transferred; retry them or clear the list.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n file(s) transferred.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n file(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>daas::ui::UseOnComputerDialog</name>
    <message>
        <source>&lt;p&gt;In File Explorer, right-click &lt;b&gt;This PC&lt;/b&gt; and choose &lt;b&gt;Map network drive…&lt;/b&gt;. Pick a drive letter, enter the address above as the folder, tick &lt;b&gt;Connect using different credentials&lt;/b&gt; and sign in with your facility user name and password.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;In the Finder, choose &lt;b&gt;Go ▸ Connect to Server…&lt;/b&gt; (⌘K), enter the address above and press &lt;b&gt;Connect&lt;/b&gt;. Sign in with your facility user name and password; the storage then appears under &lt;b&gt;Locations&lt;/b&gt;.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;In Files, choose &lt;b&gt;Other Locations&lt;/b&gt;, enter the address above under &lt;b&gt;Connect to Server&lt;/b&gt; and press &lt;b&gt;Connect&lt;/b&gt;. The storage then appears in the side bar.&lt;/p&gt;&lt;p&gt;Or in a terminal:&lt;br&gt;&lt;code&gt;%1&lt;/code&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use your storage on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your storage can also be opened by this computer&apos;s own file manager, like a network drive:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mount now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run “gio mount” for this address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mounting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mounted. Your storage is now in the file manager&apos;s side bar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It could not be mounted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gio ended with code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It could not be mounted: gio did not start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A facility profile file, a bundled facility&apos;s id, or &apos;demo&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A remote desktop connection file (.rdp) to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DAaaS Desktop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
