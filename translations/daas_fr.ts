<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>daas::Error</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
</context>
<context>
    <name>daas::catalogue</name>
    <message>
        <source>The downloaded archive could not be opened.</source>
        <translation>L’archive téléchargée n’a pas pu être ouverte.</translation>
    </message>
    <message>
        <source>RB %1</source>
        <translation>RB %1</translation>
    </message>
    <message>
        <source>The catalogue gave an answer that could not be read.</source>
        <translation>Le catalogue a donné une réponse illisible.</translation>
    </message>
    <message>
        <source>Could not save %1.</source>
        <translation>Impossible d’enregistrer %1.</translation>
    </message>
</context>
<context>
    <name>daas::catalogue::DatafilesListing</name>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modifié</translation>
    </message>
</context>
<context>
    <name>daas::catalogue::DatasetsListing</name>
    <message>
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
</context>
<context>
    <name>daas::catalogue::DownloadJob</name>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>Le dossier %1 n’a pas pu être créé.</translation>
    </message>
    <message>
        <source>Could not write in %1.</source>
        <translation>Impossible d’écrire dans %1.</translation>
    </message>
    <message>
        <source>Could not write %1: the disk may be full.</source>
        <translation>Impossible d’écrire %1 : le disque est peut-être plein.</translation>
    </message>
    <message>
        <source>The download stopped and could not be resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The downloaded file %1 has the wrong size; nothing was saved. Try again.</source>
        <translation>Le fichier téléchargé %1 n’a pas la bonne taille ; rien n’a été enregistré. Réessayez.</translation>
    </message>
    <message>
        <source>The downloaded file %1 was damaged on the way; nothing was saved. Try again.</source>
        <translation>Le fichier téléchargé %1 a été endommagé en route ; rien n’a été enregistré. Réessayez.</translation>
    </message>
    <message>
        <source>The file %1 could not be found in the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data service did not resume the download of %1 where it stopped. Try again later.</source>
        <translation>Le service de données n’a pas repris le téléchargement de %1 là où il s’était arrêté. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The data service sent more than the catalogue&apos;s size of %1; nothing was saved.</source>
        <translation>Le service de données a envoyé plus que la taille de %1 indiquée par le catalogue ; rien n’a été enregistré.</translation>
    </message>
</context>
<context>
    <name>daas::catalogue::InvestigationsListing</name>
    <message>
        <source>Experiment</source>
        <translation>Expérience</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
</context>
<context>
    <name>daas::catalogue::PagedListingModel</name>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Not loaded</source>
        <translation>Non chargé</translation>
    </message>
</context>
<context>
    <name>daas::catalogue::UploadJob</name>
    <message>
        <source>Could not read %1.</source>
        <translation>Impossible de lire %1.</translation>
    </message>
    <message>
        <source>The file needs a name in the catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dataset already has a file called %1. Rename the file and upload it again.</source>
        <translation>Le jeu de données contient déjà un fichier nommé %1. Renommez le fichier et téléversez-le à nouveau.</translation>
    </message>
    <message>
        <source>The data service did not confirm that %1 arrived intact; check the file in the catalogue.</source>
        <translation>Le service de données n’a pas confirmé que %1 est arrivé intact ; vérifiez le fichier dans le catalogue.</translation>
    </message>
</context>
<context>
    <name>daas::catalogue::Walker</name>
    <message>
        <source>%1: links are not extracted</source>
        <translation>%1 : les liens ne sont pas extraits</translation>
    </message>
    <message>
        <source>%1: not a file of the catalogue&apos;s archive layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
    <message>
        <source>Could not write %1: the disk may be full.</source>
        <translation>Impossible d’écrire %1 : le disque est peut-être plein.</translation>
    </message>
    <message>
        <source>%1: the path leads outside the chosen folder</source>
        <translation>%1 : le chemin sort du dossier choisi</translation>
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

Exit codes: 0 ok, 1 usage, 2 sign-in or session, 3 not found or not allowed,
4 network or server, 5 local file or unsafe path.</source>
        <translation>DAaaS Desktop en ligne de commande.

Commandes :
  login [--authenticator A] --user U [--password-stdin]
  whoami | logout
  investigations [--filter TEXT] [--limit N]
  datasets INVESTIGATION_ID [--filter TEXT] [--limit N]
  datafiles DATASET_ID [--filter TEXT] [--limit N]
  download (--datafile ID | --dataset ID | --investigation ID) --to FOLDER
  upload FILE --dataset ID --format-id ID

Codes de sortie : 0 succès, 1 utilisation, 2 connexion ou session, 3 introuvable ou non autorisé,
4 réseau ou serveur, 5 fichier local ou chemin dangereux.</translation>
    </message>
    <message>
        <source>A facility profile file, a bundled facility&apos;s id, or &apos;demo&apos;.</source>
        <translation>Un fichier de profil d’installation, l’identifiant d’une installation fournie, ou « demo ».</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Afficher en JSON.</translation>
    </message>
    <message>
        <source>ICAT account type (default simple).</source>
        <translation>Type de compte ICAT (par défaut simple).</translation>
    </message>
    <message>
        <source>User name.</source>
        <translation>Nom d’utilisateur.</translation>
    </message>
    <message>
        <source>Read the password from standard input.</source>
        <translation>Lire le mot de passe sur l’entrée standard.</translation>
    </message>
    <message>
        <source>Only rows containing this text.</source>
        <translation>Seulement les lignes contenant ce texte.</translation>
    </message>
    <message>
        <source>At most this many rows (default 1000).</source>
        <translation>Au plus ce nombre de lignes (par défaut 1000).</translation>
    </message>
    <message>
        <source>Datafile id.</source>
        <translation>Identifiant du fichier de données.</translation>
    </message>
    <message>
        <source>Dataset id.</source>
        <translation>Identifiant du jeu de données.</translation>
    </message>
    <message>
        <source>Investigation id.</source>
        <translation>Identifiant de l’expérience.</translation>
    </message>
    <message>
        <source>Destination folder.</source>
        <translation>Dossier de destination.</translation>
    </message>
    <message>
        <source>Datafile format id.</source>
        <translation>Identifiant du format de fichier.</translation>
    </message>
    <message>
        <source>What to do (see above).</source>
        <translation>Que faire (voir ci-dessus).</translation>
    </message>
    <message>
        <source>Give a command; see &apos;daas --help&apos;.</source>
        <translation>Indiquez une commande ; voir « daas --help ».</translation>
    </message>
    <message>
        <source>There is no command &apos;%1&apos;; see &apos;daas --help&apos;.</source>
        <translation>La commande « %1 » n’existe pas ; voir « daas --help ».</translation>
    </message>
    <message>
        <source>No facility is configured. Give --facility with a profile file or a bundled facility&apos;s id, or start the demo with &apos;packaging/dev run&apos;.</source>
        <translation>Aucune installation n’est configurée. Indiquez --facility avec un fichier de profil ou l’identifiant d’une installation fournie, ou lancez la démo avec « packaging/dev run ».</translation>
    </message>
    <message>
        <source>Try &apos;daas --help&apos;.</source>
        <translation>Essayez « daas --help ».</translation>
    </message>
    <message>
        <source>Give one numeric id as the argument.</source>
        <translation>Indiquez un seul identifiant numérique en argument.</translation>
    </message>
    <message>
        <source>--%1 needs a positive number.</source>
        <translation>--%1 attend un nombre positif.</translation>
    </message>
    <message>
        <source>You are not signed in. Run &apos;daas login&apos; first.</source>
        <translation>Vous n’êtes pas connecté. Lancez d’abord « daas login ».</translation>
    </message>
    <message>
        <source>Your session has ended. Run &apos;daas login&apos; again.</source>
        <translation>Votre session a expiré. Relancez « daas login ».</translation>
    </message>
    <message>
        <source>Give --password-stdin to read the password from a pipe.</source>
        <translation>Indiquez --password-stdin pour lire le mot de passe depuis un tube.</translation>
    </message>
    <message>
        <source>login needs --user.</source>
        <translation>login attend --user.</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Mot de passe : </translation>
    </message>
    <message>
        <source>%1: </source>
        <translation>%1 : </translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation>Connecté à %1 en tant que %2.</translation>
    </message>
    <message>
        <source>The facility has no account type &apos;%1&apos;; it offers: %2.</source>
        <translation>L’installation n’a pas de type de compte « %1 » ; elle propose : %2.</translation>
    </message>
    <message>
        <source>You were not signed in.</source>
        <translation>Vous n’étiez pas connecté.</translation>
    </message>
    <message>
        <source>The session had already ended; it is forgotten here too.</source>
        <translation>La session avait déjà expiré ; elle est aussi oubliée ici.</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>Déconnecté.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1 received</source>
        <translation>%1 reçus</translation>
    </message>
    <message>
        <source>refused (it would have been written outside the folder): %1</source>
        <translation>refusé (il aurait été écrit hors du dossier) : %1</translation>
    </message>
    <message>
        <source>download needs --to FOLDER.</source>
        <translation>download attend --to DOSSIER.</translation>
    </message>
    <message>
        <source>download needs one of --datafile ID, --dataset ID, --investigation ID.</source>
        <translation>download attend une option parmi --datafile ID, --dataset ID, --investigation ID.</translation>
    </message>
    <message>
        <source>upload needs FILE --dataset ID --format-id ID.</source>
        <translation>upload attend FICHIER --dataset ID --format-id ID.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Le fichier %1 n’existe pas.</translation>
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
        <source>must be an http or https URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a known field (a typo?)</source>
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
        <source>must be a JSON object</source>
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
    <message>
        <source>The facility profile is not valid JSON (line %1, column %2): %3</source>
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
        <translation>Rien n’est enregistré dans le trousseau pour ce compte.</translation>
    </message>
    <message>
        <source>The keychain did not allow access.</source>
        <translation>Le trousseau a refusé l’accès.</translation>
    </message>
    <message>
        <source>No keychain is available on this computer, so the password cannot be remembered.</source>
        <translation>Aucun trousseau n’est disponible sur cet ordinateur ; le mot de passe ne peut donc pas être mémorisé.</translation>
    </message>
    <message>
        <source>The keychain reported an error.</source>
        <translation>Le trousseau a signalé une erreur.</translation>
    </message>
    <message>
        <source>The data service</source>
        <translation>Le service de données</translation>
    </message>
    <message>
        <source>The catalogue</source>
        <translation>Le catalogue</translation>
    </message>
    <message>
        <source>%1 gave an answer that could not be read.</source>
        <translation>%1 a donné une réponse illisible.</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Votre session a expiré. Veuillez vous reconnecter.</translation>
    </message>
    <message>
        <source>You are not allowed to see this.</source>
        <translation>Vous n’êtes pas autorisé à voir ceci.</translation>
    </message>
    <message>
        <source>It is no longer in the catalogue.</source>
        <translation>Ce n’est plus dans le catalogue.</translation>
    </message>
    <message>
        <source>Something with this name already exists there.</source>
        <translation>Un élément de ce nom existe déjà à cet endroit.</translation>
    </message>
    <message>
        <source>%1 did not understand the request.</source>
        <translation>%1 n’a pas compris la requête.</translation>
    </message>
    <message>
        <source>%1 refused the request: %2</source>
        <translation>%1 a refusé la requête : %2</translation>
    </message>
    <message>
        <source>The data is being restored from the archive. Try again later.</source>
        <translation>Les données sont en cours de restauration depuis l’archive. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>%1 does not support this.</source>
        <translation>%1 ne le prend pas en charge.</translation>
    </message>
    <message>
        <source>%1 reported an internal error.</source>
        <translation>%1 a signalé une erreur interne.</translation>
    </message>
</context>
<context>
    <name>daas::identity::IcatProperties</name>
    <message>
        <source>The catalogue gave an answer that could not be read.</source>
        <translation>Le catalogue a donné une réponse illisible.</translation>
    </message>
</context>
<context>
    <name>daas::identity::IcatSession</name>
    <message>
        <source>The user name or password is not correct.</source>
        <translation>Le nom d&apos;utilisateur ou le mot de passe est incorrect.</translation>
    </message>
    <message>
        <source>The catalogue gave an answer that could not be read.</source>
        <translation>Le catalogue a donné une réponse illisible.</translation>
    </message>
    <message>
        <source>You are signed out, so this could not be done.</source>
        <translation>Vous êtes déconnecté ; cela n’a donc pas pu être fait.</translation>
    </message>
</context>
<context>
    <name>daas::support</name>
    <message>
        <source>%1 refused the connection. The service may be down.</source>
        <translation>%1 a refusé la connexion. Le service est peut-être arrêté.</translation>
    </message>
    <message>
        <source>The server %1 could not be found. Check the network.</source>
        <translation>Le serveur %1 est introuvable. Vérifiez le réseau.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost.</source>
        <translation>La connexion à %1 a été perdue.</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 n’a pas répondu à temps.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be established: its certificate is not trusted.</source>
        <translation>La connexion sécurisée à %1 n’a pas pu être établie : son certificat n’est pas approuvé.</translation>
    </message>
    <message>
        <source>The network proxy failed. Check the proxy settings.</source>
        <translation>Le proxy réseau a échoué. Vérifiez les paramètres du proxy.</translation>
    </message>
    <message>
        <source>The request to %1 failed.</source>
        <translation>La requête vers %1 a échoué.</translation>
    </message>
    <message>
        <source>%1 did not accept the credentials.</source>
        <translation>%1 n’a pas accepté les identifiants.</translation>
    </message>
    <message>
        <source>%1 does not allow this.</source>
        <translation>%1 ne le permet pas.</translation>
    </message>
    <message>
        <source>%1 could not find it. It may have been removed.</source>
        <translation>%1 ne l’a pas trouvé. Il a peut-être été supprimé.</translation>
    </message>
    <message>
        <source>%1 refused: it conflicts with what is there now.</source>
        <translation>%1 a refusé : cela entre en conflit avec l’existant.</translation>
    </message>
    <message>
        <source>%1 refused: it is too large.</source>
        <translation>%1 a refusé : c’est trop volumineux.</translation>
    </message>
    <message>
        <source>%1 has no space left.</source>
        <translation>%1 n’a plus d’espace libre.</translation>
    </message>
    <message>
        <source>%1 does not support this.</source>
        <translation>%1 ne le prend pas en charge.</translation>
    </message>
    <message>
        <source>%1 is busy or unavailable. Try again later.</source>
        <translation>%1 est occupé ou indisponible. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>%1 reported an internal error.</source>
        <translation>%1 a signalé une erreur interne.</translation>
    </message>
    <message>
        <source>%1 gave an unexpected answer (%2).</source>
        <translation>%1 a donné une réponse inattendue (%2).</translation>
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
    <name>daas::support::TlsTrustStore</name>
    <message>
        <source>The certificate of %1 (port %2) is not trusted. Its SHA-256 fingerprint is %3. Trust it only if your facility confirms this fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>daas::ui::CatalogueView</name>
    <message>
        <source>Filter…</source>
        <translation>Filtrer…</translation>
    </message>
    <message>
        <source>Filter the list</source>
        <translation>Filtrer la liste</translation>
    </message>
    <message>
        <source>&amp;Download…</source>
        <translation>&amp;Télécharger…</translation>
    </message>
    <message>
        <source>Download the selection</source>
        <translation>Télécharger la sélection</translation>
    </message>
    <message>
        <source>&amp;Upload…</source>
        <translation>&amp;Envoyer…</translation>
    </message>
    <message>
        <source>Upload a file into this dataset</source>
        <translation>Téléverser un fichier dans ce jeu de données</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation><numerusform>%n élément</numerusform><numerusform>%n éléments</numerusform></translation>
    </message>
    <message>
        <source>My investigations</source>
        <translation>Mes expériences</translation>
    </message>
    <message>
        <source>Download the whole investigation</source>
        <translation>Télécharger toute l’expérience</translation>
    </message>
    <message>
        <source>Download the whole dataset</source>
        <translation>Télécharger tout le jeu de données</translation>
    </message>
    <message>
        <source>Download the selected files</source>
        <translation>Télécharger les fichiers sélectionnés</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 bytes, CRC32 %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 octets, CRC32 %3</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non enregistré</translation>
    </message>
    <message>
        <source>Select what to download first.</source>
        <translation>Sélectionnez d’abord ce qu’il faut télécharger.</translation>
    </message>
    <message>
        <source>Download into folder</source>
        <translation>Télécharger dans le dossier</translation>
    </message>
    <message>
        <source>Upload a file into %1</source>
        <translation>Téléverser un fichier dans %1</translation>
    </message>
    <message>
        <source>This facility lists no file formats to upload with.</source>
        <translation>Cette installation ne propose aucun format de fichier pour le téléversement.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Show what the selected row contains</source>
        <translation>Afficher le contenu de la ligne sélectionnée</translation>
    </message>
    <message>
        <source>Upload a file from this computer into this dataset</source>
        <translation>Téléverser un fichier de cet ordinateur dans ce jeu de données</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <source>Back to the level above</source>
        <translation>Retour au niveau supérieur</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>You are in %1</source>
        <translation>Vous êtes dans %1</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Aller à %1</translation>
    </message>
</context>
<context>
    <name>daas::ui::DownloadsPanel</name>
    <message>
        <source>Progress of %1</source>
        <translation>Progression de %1</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel %1</source>
        <translation>Annuler %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1 received</source>
        <translation>%1 reçus</translation>
    </message>
    <message>
        <source>Cancelled; nothing was kept.</source>
        <translation>Annulé ; rien n’a été conservé.</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Enregistré sous %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) saved in %1</source>
        <translation><numerusform>%n fichier enregistré dans %1</numerusform><numerusform>%n fichiers enregistrés dans %1</numerusform></translation>
    </message>
    <message>
        <source>Refused, because they would have been written outside the folder: %1</source>
        <translation>Refusés, car ils auraient été écrits hors du dossier : %1</translation>
    </message>
    <message>
        <source>Uploaded and verified.</source>
        <translation>Téléversé et vérifié.</translation>
    </message>
    <message>
        <source>C&amp;lear finished</source>
        <translation>&amp;Effacer les terminés</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Afficher dans le dossier</translation>
    </message>
</context>
<context>
    <name>daas::ui::FacilityChooser</name>
    <message>
        <source>Choose your facility</source>
        <translation>Choisissez votre installation</translation>
    </message>
    <message>
        <source>Which facility&apos;s services do you use? You can change this later.</source>
        <translation>Quelle installation utilisez-vous ? Vous pourrez changer plus tard.</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>Installations</translation>
    </message>
    <message>
        <source>Open profile &amp;file…</source>
        <translation>Ouvrir un &amp;fichier de profil…</translation>
    </message>
    <message>
        <source>Open a facility profile</source>
        <translation>Ouvrir un profil d’installation</translation>
    </message>
    <message>
        <source>Facility profiles (*.json)</source>
        <translation>Profils d’installation (*.json)</translation>
    </message>
    <message>
        <source>%1
Catalogue: %2</source>
        <translation>%1
Catalogue : %2</translation>
    </message>
    <message>
        <source>&amp;Use this facility</source>
        <translation>&amp;Utiliser cette installation</translation>
    </message>
</context>
<context>
    <name>daas::ui::MainWindow</name>
    <message>
        <source>Transfers</source>
        <translation>Transferts</translation>
    </message>
    <message>
        <source>DAaaS Desktop — %1</source>
        <translation>DAaaS Desktop — %1</translation>
    </message>
    <message>
        <source>Session status</source>
        <translation>État de la session</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again to carry on where you were.</source>
        <translation>Votre session a expiré. Reconnectez-vous pour reprendre là où vous en étiez.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Show &amp;transfers</source>
        <translation>Afficher les &amp;transferts</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Compte</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>Se &amp;connecter…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About DAaaS Desktop</source>
        <translation>À &amp;propos de DAaaS Desktop</translation>
    </message>
    <message>
        <source>About DAaaS Desktop</source>
        <translation>À propos de DAaaS Desktop</translation>
    </message>
    <message>
        <source>&lt;b&gt;DAaaS Desktop&lt;/b&gt; %1&lt;br&gt;Your experiments, data and analysis environments at %2.</source>
        <translation>&lt;b&gt;DAaaS Desktop&lt;/b&gt; %1&lt;br&gt;Vos expériences, données et environnements d’analyse à %2.</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Connecté en tant que %1</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Déconnecté</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Installation</translation>
    </message>
    <message>
        <source>&amp;Catalogue</source>
        <translation>&amp;Catalogue</translation>
    </message>
    <message>
        <source>Session expired — sign in to continue</source>
        <translation>Session expirée — connectez-vous pour continuer</translation>
    </message>
</context>
<context>
    <name>daas::ui::MessageBar</name>
    <message>
        <source>Dismiss message</source>
        <translation>Fermer le message</translation>
    </message>
</context>
<context>
    <name>daas::ui::RemoteView</name>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Connection lost: %1
Reconnecting (attempt %2)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected.</source>
        <translation>Déconnecté.</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Non connecté : %1</translation>
    </message>
</context>
<context>
    <name>daas::ui::SessionTabs</name>
    <message>
        <source>Scale to Fit</source>
        <translation>Ajuster à la fenêtre</translation>
    </message>
    <message>
        <source>Actual Size</source>
        <translation>Taille réelle</translation>
    </message>
    <message>
        <source>Resize Desktop to Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full Screen</source>
        <translation>Plein écran</translation>
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
        <translation>Envoyer Ctrl+Alt+Suppr</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Se reconnecter</translation>
    </message>
</context>
<context>
    <name>daas::ui::SignInDialog</name>
    <message>
        <source>&amp;Remember me on this computer</source>
        <translation>Se souvenir de moi sur cet o&amp;rdinateur</translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation>Se connecter à %1</translation>
    </message>
    <message>
        <source>Sign in with your facility account to see your experiments and their data.</source>
        <translation>Connectez-vous avec votre compte de l&apos;installation pour voir vos expériences et leurs données.</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Se connecter</translation>
    </message>
    <message>
        <source>Account type</source>
        <translation>Type de compte</translation>
    </message>
    <message>
        <source>Keeps the password in this computer&apos;s keychain, never in a file.</source>
        <translation>Conserve le mot de passe dans le trousseau de cet ordinateur, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>Account &amp;type:</source>
        <translation>&amp;Type de compte :</translation>
    </message>
    <message>
        <source>%1 Check the network, then close and open this window again.</source>
        <translation>%1 Vérifiez le réseau, puis rouvrez cette fenêtre.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d&apos;&amp;utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <source>Please fill in every field.</source>
        <translation>Veuillez remplir tous les champs.</translation>
    </message>
    <message>
        <source>Asking the facility how to sign in…</source>
        <translation>Demande à l’installation comment se connecter…</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
</context>
<context>
    <name>daas::ui::VncView</name>
    <message>
        <source>Untrusted Certificate</source>
        <translation>Certificat non approuvé</translation>
    </message>
    <message>
        <source>The remote desktop %1 presented a certificate that is not trusted.

SHA-256 fingerprint:
%2

Trust it only if your facility confirms this fingerprint. The decision is remembered for this desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust and Connect</source>
        <translation>Approuver et se connecter</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A facility profile file, a bundled facility&apos;s id, or &apos;demo&apos;.</source>
        <translation>Un fichier de profil d’installation, l’identifiant d’une installation fournie, ou « demo ».</translation>
    </message>
    <message>
        <source>DAaaS Desktop</source>
        <translation>DAaaS Desktop</translation>
    </message>
</context>
</TS>
