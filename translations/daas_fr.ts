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
    <message>
        <source>%1 said: “%2”.</source>
        <translation>%1 a répondu : « %2 ».</translation>
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
        <source>%1: the path leads outside the chosen folder</source>
        <translation>%1 : le chemin sort du dossier choisi</translation>
    </message>
    <message>
        <source>%1: not a file of the catalogue&apos;s archive layout</source>
        <translation>%1 : n’est pas un fichier de la structure d’archive du catalogue</translation>
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
        <source>The download stopped and could not be resumed</source>
        <translation>Le téléchargement s’est interrompu et n’a pas pu être repris</translation>
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
        <translation>Le fichier %1 est introuvable dans le catalogue</translation>
    </message>
    <message>
        <source>The data service did not resume the download of %1 where it stopped. Try again later.</source>
        <translation>Le service de données n’a pas repris le téléchargement de %1 là où il s’était arrêté. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The data service sent more than the catalogue&apos;s size of %1; nothing was saved.</source>
        <translation>Le service de données a envoyé plus que la taille de %1 indiquée par le catalogue ; rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost.</source>
        <translation>La connexion à %1 a été perdue.</translation>
    </message>
    <message>
        <source>The facility keeps sending %1 back to tape before it can be downloaded. Try again later.</source>
        <translation>L’installation renvoie sans cesse %1 sur bande avant que le téléchargement puisse commencer. Réessayez plus tard.</translation>
    </message>
</context>
<context>
    <name>daas::catalogue::IdsRestore</name>
    <message>
        <source>The data service could not prepare the download</source>
        <translation>Le service de données n’a pas pu préparer le téléchargement</translation>
    </message>
    <message numerus="yes">
        <source>The facility did not restore the data from tape within %n minute(s). Try again later.</source>
        <translation>
            <numerusform>L’installation n’a pas restauré les données depuis la bande en %n minute. Réessayez plus tard.</numerusform>
            <numerusform>L’installation n’a pas restauré les données depuis la bande en %n minutes. Réessayez plus tard.</numerusform>
        </translation>
    </message>
    <message>
        <source>The data service could not say whether the data is ready</source>
        <translation>Le service de données n’a pas pu indiquer si les données sont prêtes</translation>
    </message>
</context>
<context>
    <name>daas::catalogue::IdsStream</name>
    <message>
        <source>The data service did not resume “%1” where it stopped.</source>
        <translation>Le service de données n’a pas repris « %1 » là où il s’était arrêté.</translation>
    </message>
    <message>
        <source>The data service sent more than the catalogue&apos;s size of “%1”.</source>
        <translation>Le service de données a envoyé plus que la taille de « %1 » indiquée par le catalogue.</translation>
    </message>
    <message>
        <source>The data service did not send “%1”</source>
        <translation>Le service de données n’a pas envoyé « %1 »</translation>
    </message>
    <message>
        <source>The data service</source>
        <translation>Le service de données</translation>
    </message>
    <message>
        <source>The connection to %1 was lost.</source>
        <translation>La connexion à %1 a été perdue.</translation>
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
        <translation>Le fichier doit avoir un nom dans le catalogue.</translation>
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
        <source>Could not write %1.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
    <message>
        <source>Could not write %1: the disk may be full.</source>
        <translation>Impossible d’écrire %1 : le disque est peut-être plein.</translation>
    </message>
    <message>
        <source>The downloaded archive was refused as a ZIP bomb: “%1” unpacks to more than %2 times its packed size. Nothing of it was kept.</source>
        <translation>L’archive téléchargée a été refusée comme bombe ZIP : la taille décompressée de « %1 » dépasse %2 fois sa taille compressée. Rien n’en a été conservé.</translation>
    </message>
    <message>
        <source>The downloaded archive was refused: it unpacks to more than %1, the room there is for it. Nothing of it was kept.</source>
        <translation>L’archive téléchargée a été refusée : décompressée, elle dépasse %1, la place disponible pour elle. Rien n’en a été conservé.</translation>
    </message>
    <message>
        <source>The downloaded archive is damaged: “%1” unpacks to more than it declares. Nothing of it was kept.</source>
        <translation>L’archive téléchargée est endommagée : la taille décompressée de « %1 » dépasse celle déclarée. Rien n’en a été conservé.</translation>
    </message>
    <message>
        <source>The downloaded archive could not be opened.</source>
        <translation>L’archive téléchargée n’a pas pu être ouverte.</translation>
    </message>
</context>
<context>
    <name>daas::cli::CliContext</name>
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
    <message>
        <source>Seconds to wait (default 600).</source>
        <translation>Secondes d’attente (600 par défaut).</translation>
    </message>
    <message>
        <source>Also print the desktop&apos;s password.</source>
        <translation>Afficher aussi le mot de passe du bureau.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>CPUS</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>MEMORY</source>
        <translation>MÉMOIRE</translation>
    </message>
    <message>
        <source>DISK</source>
        <translation>DISQUE</translation>
    </message>
    <message>
        <source>SOFTWARE</source>
        <translation>LOGICIELS</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <source>TEMPLATE</source>
        <translation>MODÈLE</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <source>ENDS</source>
        <translation>FIN</translation>
    </message>
    <message>
        <source>Launched “%1” (%2). &apos;daas env wait %2&apos; returns once its desktop answers.</source>
        <translation>« %1 » (%2) lancé. « daas env wait %2 » rend la main dès que son bureau répond.</translation>
    </message>
    <message>
        <source>There is no machine template &apos;%1&apos;; &apos;daas env templates&apos; lists them.</source>
        <translation>Il n’y a pas de modèle de machine « %1 » ; « daas env templates » les liste.</translation>
    </message>
    <message>
        <source>Environment %1 is being deleted.</source>
        <translation>L’environnement %1 est en cours de suppression.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Environment %1 is ready; &apos;daas env console %1&apos; shows where its desktop is.</source>
        <translation>L’environnement %1 est prêt ; « daas env console %1 » indique où se trouve son bureau.</translation>
    </message>
    <message>
        <source>password: %1</source>
        <translation>mot de passe : %1</translation>
    </message>
    <message>
        <source>The desktop has a password; --show-password prints it.</source>
        <translation>Le bureau a un mot de passe ; --show-password l’affiche.</translation>
    </message>
    <message>
        <source>Facility password for %1 at %2: </source>
        <translation>Mot de passe de l’installation pour %1 à %2 : </translation>
    </message>
    <message>
        <source>No password was typed.</source>
        <translation>Aucun mot de passe n’a été saisi.</translation>
    </message>
    <message>
        <source>&apos;daas env&apos; needs one of: %1.</source>
        <translation>« daas env » attend l’une de ces commandes : %1.</translation>
    </message>
    <message>
        <source>There is no &apos;daas env %1&apos;; use one of: %2.</source>
        <translation>« daas env %1 » n’existe pas ; utilisez l’une de : %2.</translation>
    </message>
    <message>
        <source>&apos;daas env %1&apos; takes no argument.</source>
        <translation>« daas env %1 » ne prend pas d’argument.</translation>
    </message>
    <message>
        <source>&apos;daas env %1&apos; needs one environment id.</source>
        <translation>« daas env %1 » attend un identifiant d’environnement.</translation>
    </message>
    <message>
        <source>&apos;daas env launch&apos; needs the new environment&apos;s name.</source>
        <translation>« daas env launch » attend le nom du nouvel environnement.</translation>
    </message>
    <message>
        <source>&apos;daas env launch&apos; needs --template ID; &apos;daas env templates&apos; lists them.</source>
        <translation>« daas env launch » attend --template ID ; « daas env templates » liste les modèles.</translation>
    </message>
    <message>
        <source>%1 offers no analysis environments.</source>
        <translation>%1 ne propose pas d’environnements d’analyse.</translation>
    </message>
    <message>
        <source>Storage: replace files that exist at the target.</source>
        <translation>Stockage : remplacer les fichiers qui existent déjà à la destination.</translation>
    </message>
    <message>
        <source>Storage: rm removes folders with their contents.</source>
        <translation>Stockage : rm supprime les dossiers avec leur contenu.</translation>
    </message>
    <message>
        <source>The facility %1 offers no storage.</source>
        <translation>L’installation %1 ne propose pas de stockage.</translation>
    </message>
    <message>
        <source>Storage user name: </source>
        <translation>Nom d’utilisateur du stockage : </translation>
    </message>
    <message>
        <source>Give the storage user name with --user or DAAS_STORAGE_USER, or run &apos;daas login&apos; first.</source>
        <translation>Indiquez le nom d’utilisateur du stockage avec --user ou DAAS_STORAGE_USER, ou lancez d’abord « daas login ».</translation>
    </message>
    <message>
        <source>The storage server did not accept the password.</source>
        <translation>Le serveur de stockage n’a pas accepté le mot de passe.</translation>
    </message>
    <message>
        <source>Storage password for %1: </source>
        <translation>Mot de passe du stockage pour %1 : </translation>
    </message>
    <message>
        <source>There is no storage password for %1: set DAAS_STORAGE_PASSWORD, run &apos;daas login&apos;, or run on a terminal.</source>
        <translation>Pas de mot de passe du stockage pour %1 : définissez DAAS_STORAGE_PASSWORD, exécutez « daas login » ou lancez la commande dans un terminal.</translation>
    </message>
    <message>
        <source>%1 of %2, %3 of %4 files</source>
        <translation>%1 sur %2, %3 sur %4 fichiers</translation>
    </message>
    <message>
        <source>%1 already exists; give --overwrite to replace it.</source>
        <translation>%1 existe déjà ; indiquez --overwrite pour le remplacer.</translation>
    </message>
    <message>
        <source>%1 already exists on the storage server; give --overwrite to replace it.</source>
        <translation>%1 existe déjà sur le serveur de stockage ; indiquez --overwrite pour le remplacer.</translation>
    </message>
    <message>
        <source>%1 was not transferred.</source>
        <translation>%1 n’a pas été transféré.</translation>
    </message>
    <message>
        <source>ls takes at most one path.</source>
        <translation>ls prend au plus un chemin.</translation>
    </message>
    <message>
        <source>daas: an entry with an unsafe name was left out: %1</source>
        <translation>daas: une entrée au nom dangereux a été ignorée : %1</translation>
    </message>
    <message>
        <source>get needs REMOTE and optionally LOCAL.</source>
        <translation>get attend REMOTE et éventuellement LOCAL.</translation>
    </message>
    <message>
        <source>get needs a file or folder, not the whole store.</source>
        <translation>get attend un fichier ou un dossier, pas tout le stockage.</translation>
    </message>
    <message>
        <source>put needs LOCAL... and REMOTE.</source>
        <translation>put attend LOCAL... et REMOTE.</translation>
    </message>
    <message>
        <source>There is no file or folder %1.</source>
        <translation>Il n’y a ni fichier ni dossier %1.</translation>
    </message>
    <message>
        <source>%1 is a file on the storage server, not a folder.</source>
        <translation>%1 est un fichier sur le serveur de stockage, pas un dossier.</translation>
    </message>
    <message>
        <source>daas: %1 is a link; links are not uploaded.</source>
        <translation>daas: %1 est un lien ; les liens ne sont pas envoyés.</translation>
    </message>
    <message>
        <source>mkdir needs at least one path.</source>
        <translation>mkdir attend au moins un chemin.</translation>
    </message>
    <message>
        <source>The store&apos;s root exists already.</source>
        <translation>La racine du stockage existe déjà.</translation>
    </message>
    <message>
        <source>rm needs at least one path.</source>
        <translation>rm attend au moins un chemin.</translation>
    </message>
    <message>
        <source>rm does not remove the whole store.</source>
        <translation>rm ne supprime pas tout le stockage.</translation>
    </message>
    <message>
        <source>%1 is a folder; give --recursive to remove it with its contents.</source>
        <translation>%1 est un dossier ; indiquez --recursive pour le supprimer avec son contenu.</translation>
    </message>
    <message>
        <source>mv needs FROM and TO.</source>
        <translation>mv attend FROM et TO.</translation>
    </message>
    <message>
        <source>cp needs FROM and TO.</source>
        <translation>cp attend FROM et TO.</translation>
    </message>
    <message>
        <source>The store&apos;s root cannot be moved or copied.</source>
        <translation>La racine du stockage ne peut être ni déplacée ni copiée.</translation>
    </message>
    <message>
        <source>%1 cannot go into itself.</source>
        <translation>%1 ne peut pas être déplacé ou copié dans lui-même.</translation>
    </message>
    <message>
        <source>Without one &apos;daas login&apos; cannot keep your session; the storage commands still work with the password in DAAS_STORAGE_PASSWORD, or typed when they ask on a terminal.</source>
        <translation>Sans lui, « daas login » ne peut pas conserver votre session ; les commandes de stockage fonctionnent toujours avec le mot de passe dans DAAS_STORAGE_PASSWORD, ou saisi quand elles le demandent dans un terminal.</translation>
    </message>
    <message>
        <source>%1 cannot be uploaded: its name cannot be used on the storage server.</source>
        <translation>Impossible de téléverser %1 : son nom n’est pas utilisable sur le serveur de stockage.</translation>
    </message>
    <message>
        <source>env console: the desktop&apos;s vnc or rdp (default: what it prefers).</source>
        <translation>env console : vnc ou rdp du bureau (par défaut : celui qu’il préfère).</translation>
    </message>
    <message>
        <source>env rdp-file: the file to write (default ./daas-env-ID.rdp).</source>
        <translation>env rdp-file : le fichier à écrire (par défaut ./daas-env-ID.rdp).</translation>
    </message>
    <message>
        <source>Environment %1 offers no %2 desktop; &apos;daas env console %1&apos; shows the one it has.</source>
        <translation>L’environnement %1 ne propose pas de bureau %2 ; « daas env console %1 » indique celui dont il dispose.</translation>
    </message>
    <message>
        <source>--protocol goes with &apos;daas env console&apos;.</source>
        <translation>--protocol s’utilise avec « daas env console ».</translation>
    </message>
    <message>
        <source>--protocol is vnc or rdp.</source>
        <translation>--protocol vaut vnc ou rdp.</translation>
    </message>
    <message>
        <source>--output goes with &apos;daas env rdp-file&apos;.</source>
        <translation>--output s’utilise avec « daas env rdp-file ».</translation>
    </message>
    <message>
        <source>--output needs a file name.</source>
        <translation>--output attend un nom de fichier.</translation>
    </message>
    <message>
        <source>Machine template id (daas env templates), or job template (daas jobs templates).</source>
        <translation>Identifiant du modèle de machine (daas env templates) ou du modèle de tâche (daas jobs templates).</translation>
    </message>
    <message>
        <source>jobs submit --template: a parameter&apos;s value.</source>
        <translation>jobs submit --template : la valeur d’un paramètre.</translation>
    </message>
    <message>
        <source>jobs output: the error file instead of the output.</source>
        <translation>jobs output : le fichier d’erreurs au lieu de la sortie.</translation>
    </message>
    <message>
        <source>jobs output: go on printing what the job writes until it ends.</source>
        <translation>jobs output : continuer d’afficher ce que la tâche écrit jusqu’à sa fin.</translation>
    </message>
    <message>
        <source>jobs list: also jobs that ended more than a day ago.</source>
        <translation>jobs list : aussi les tâches terminées depuis plus d’un jour.</translation>
    </message>
    <message>
        <source>jobs submit: the job&apos;s name.</source>
        <translation>jobs submit : le nom de la tâche.</translation>
    </message>
    <message>
        <source>jobs submit: the partition (queue).</source>
        <translation>jobs submit : la partition (file d’attente).</translation>
    </message>
    <message>
        <source>jobs submit: cores.</source>
        <translation>jobs submit : cœurs.</translation>
    </message>
    <message>
        <source>jobs submit: memory in MB.</source>
        <translation>jobs submit : mémoire en Mo.</translation>
    </message>
    <message>
        <source>jobs submit: time limit in minutes.</source>
        <translation>jobs submit : limite de temps en minutes.</translation>
    </message>
    <message>
        <source>jobs submit: the working folder on the cluster.</source>
        <translation>jobs submit : le dossier de travail sur le cluster.</translation>
    </message>
    <message>
        <source>jobs submit: submit held.</source>
        <translation>jobs submit : soumettre la tâche retenue.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>PARTITION</source>
        <translation>PARTITION</translation>
    </message>
    <message>
        <source>MAX MINUTES</source>
        <translation>MINUTES MAX</translation>
    </message>
    <message>
        <source>NODES</source>
        <translation>NŒUDS</translation>
    </message>
    <message>
        <source>JOB</source>
        <translation>TÂCHE</translation>
    </message>
    <message>
        <source>SUBMITTED</source>
        <translation>SOUMISSION</translation>
    </message>
    <message>
        <source>EXIT</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>The scheduler no longer knows job %1; this is what was last seen.</source>
        <translation>L’ordonnanceur ne connaît plus la tâche %1 ; voici ce qui a été vu en dernier.</translation>
    </message>
    <message>
        <source>The job was not submitted</source>
        <translation>La tâche n’a pas été soumise</translation>
    </message>
    <message>
        <source>The scheduler says: %1</source>
        <translation>L’ordonnanceur indique : %1</translation>
    </message>
    <message>
        <source>Job %1: %2 asked.</source>
        <translation>Tâche %1 : %2 demandé.</translation>
    </message>
    <message>
        <source>[bytes %1 to %2 not shown]</source>
        <translation>[octets %1 à %2 non affichés]</translation>
    </message>
    <message>
        <source>There is no job %1 of yours on the cluster.</source>
        <translation>Vous n’avez pas de tâche %1 sur le cluster.</translation>
    </message>
    <message>
        <source>Job %1: %2</source>
        <translation>Tâche %1 : %2</translation>
    </message>
    <message>
        <source>Job %1 did not finish within %2 s.</source>
        <translation>La tâche %1 ne s’est pas terminée en %2 s.</translation>
    </message>
    <message>
        <source>PARAMETERS</source>
        <translation>PARAMÈTRES</translation>
    </message>
    <message>
        <source>The script %1 could not be read.</source>
        <translation>Le script %1 n’a pas pu être lu.</translation>
    </message>
    <message>
        <source>The script %1 is larger than 4 MB.</source>
        <translation>Le script %1 dépasse 4 Mo.</translation>
    </message>
    <message>
        <source>&apos;daas jobs %1&apos; needs a job id.</source>
        <translation>« daas jobs %1 » attend un identifiant de tâche.</translation>
    </message>
    <message>
        <source>Use &apos;daas jobs %1&apos;.</source>
        <translation>Utilisez « daas jobs %1 ».</translation>
    </message>
    <message>
        <source>The login node %1 is new to this computer; its %2 key is %3.</source>
        <translation>Le nœud de connexion %1 est inconnu de cet ordinateur ; l’empreinte de sa clé %2 est %3.</translation>
    </message>
    <message>
        <source>Trust it (yes/no)? </source>
        <translation>L’approuver (yes/no) ? </translation>
    </message>
    <message>
        <source>--param takes NAME=VALUE, not &apos;%1&apos;.</source>
        <translation>--param attend NAME=VALUE, pas « %1 ».</translation>
    </message>
    <message>
        <source>&apos;daas jobs submit&apos; needs a script file (&apos;-&apos; reads standard input) or --template.</source>
        <translation>« daas jobs submit » attend un fichier de script (« - » lit l’entrée standard) ou --template.</translation>
    </message>
    <message>
        <source>--%1 needs a catalogue id (a positive number), not &apos;%2&apos;.</source>
        <translation>--%1 attend un identifiant du catalogue (un nombre positif), pas « %2 ».</translation>
    </message>
    <message>
        <source>copy-to-storage takes --dataset ID or --datafile ID, and --to FOLDER.</source>
        <translation>copy-to-storage attend --dataset ID ou --datafile ID, et --to DOSSIER.</translation>
    </message>
    <message>
        <source>copy-to-storage needs --dataset ID or --datafile ID.</source>
        <translation>copy-to-storage attend --dataset ID ou --datafile ID.</translation>
    </message>
    <message numerus="yes">
        <source>Copying %n file(s) into %1</source>
        <translation>
            <numerusform>Copie de %n fichier dans %1</numerusform>
            <numerusform>Copie de %n fichiers dans %1</numerusform>
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
        <translation>DAaaS Desktop en ligne de commande.

Commandes :
  facility add ADDRESS|FILE               le profil d’une installation : depuis https://HOST/.well-known/
                                          daas-facility.json (ADDRESS peut n’être que HOST), ou un fichier
  facility list | remove ID | refresh ID  (refresh : de nouveau depuis son adresse)
  login [--authenticator A] --user U [--password-stdin]
  whoami | logout
  investigations [--filter TEXT] [--limit N]
  datasets INVESTIGATION_ID [--filter TEXT] [--limit N]
  datafiles DATASET_ID [--filter TEXT] [--limit N]
  download (--datafile ID | --dataset ID | --investigation ID) --to FOLDER
  upload FILE --dataset ID --format-id ID
  env templates | list                    environnements d’analyse (--json)
  env launch NAME --template ID | delete ID
  env wait ID [--timeout S]               jusqu’à ce que son bureau réponde (600 s par défaut)
  env console ID [--protocol vnc|rdp] [--show-password]
                                          où se trouve son bureau (hôte:port ou URL)
  env rdp-file ID [--output FILE]         un fichier .rdp pour le client RDP du système
  (env : --user U, sinon l’utilisateur de « daas login » ; le mot de passe de DAAS_CLOUD_PASSWORD,
  du trousseau ou d’une invite)
  ls [PATH] | get REMOTE [LOCAL] | put LOCAL... REMOTE   (stockage ; --overwrite)
  mkdir PATH... | rm PATH... [--recursive] | mv FROM TO | cp FROM TO
  copy-to-storage (--dataset ID | --datafile ID)... [--to FOLDER] [--overwrite]
                                          du catalogue vers le stockage (dossier par
                                          défaut : datasets), sans copie locale
  (stockage : --user, DAAS_STORAGE_USER ou celui conservé par « daas login » ; le mot de passe de
  DAAS_STORAGE_PASSWORD, du trousseau (« daas login ») ou d’une invite)
  jobs partitions | list [--all] | templates   le cluster de calcul (--json)
  jobs submit (SCRIPT|- | --template T [--param NAME=VALUE]...) [--name N] [--partition P]
       [--cpus N] [--memory MB] [--time MIN] [--workdir DIR] [--hold]   affiche l’identifiant de la tâche
  jobs show ID | cancel ID | hold ID | release ID
  jobs output ID [--errors] [--follow]    son fichier de sortie (--follow : jusqu’à la fin de la tâche)
  jobs wait ID [--timeout S]              jusqu’à sa fin : code 0 si elle a abouti, 6 sinon

Codes de sortie : 0 ok, 1 utilisation, 2 connexion ou session, 3 introuvable ou non autorisé,
4 réseau ou serveur, 5 fichier local ou chemin dangereux, 6 la tâche n’a pas abouti.</translation>
    </message>
    <message>
        <source>A facility profile file, the id of a facility you added, or &apos;demo&apos;.</source>
        <translation>Un fichier de profil d’installation, l’identifiant d’une installation que vous avez ajoutée, ou « demo ».</translation>
    </message>
    <message>
        <source>facility add: trust the server&apos;s certificate if its SHA-256 fingerprint is this one.</source>
        <translation>facility add : approuver le certificat du serveur si son empreinte SHA-256 est celle-ci.</translation>
    </message>
    <message>
        <source>No facility is configured. Add yours with &apos;daas facility add ADDRESS&apos;, give --facility with a profile file, or start the demo with &apos;packaging/dev run&apos;.</source>
        <translation>Aucune installation n’est configurée. Ajoutez la vôtre avec « daas facility add ADRESSE », indiquez --facility avec un fichier de profil, ou lancez la démo avec « packaging/dev run ».</translation>
    </message>
    <message>
        <source>There is no datafile %1 in the catalogue, or you are not allowed to see it.</source>
        <translation>Le fichier de données %1 n’existe pas dans le catalogue, ou vous n’êtes pas autorisé à le voir.</translation>
    </message>
    <message>
        <source>There is no dataset %1 in the catalogue, or you are not allowed to see it.</source>
        <translation>Le jeu de données %1 n’existe pas dans le catalogue, ou vous n’êtes pas autorisé à le voir.</translation>
    </message>
    <message>
        <source>There is no investigation %1 in the catalogue, or you are not allowed to see it.</source>
        <translation>L’expérience %1 n’existe pas dans le catalogue, ou vous n’êtes pas autorisé à la voir.</translation>
    </message>
    <message>
        <source>No password for %1: run &apos;daas login&apos;, set DAAS_CLOUD_PASSWORD or run on a terminal.</source>
        <translation>Pas de mot de passe pour %1 : exécutez « daas login », définissez DAAS_CLOUD_PASSWORD ou lancez la commande dans un terminal.</translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation>%1 (identifiant %2)</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>Provenance : %1</translation>
    </message>
    <message>
        <source>The certificate of %1 (port %2) is not trusted: %3</source>
        <translation>Le certificat de %1 (port %2) n’est pas approuvé : %3</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Sujet : %1</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>Émetteur : %1</translation>
    </message>
    <message>
        <source>Valid: %1 to %2</source>
        <translation>Valide du %1 au %2</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>Empreinte SHA-256 : %1</translation>
    </message>
    <message>
        <source>The certificate&apos;s fingerprint is not the one given with --trust-certificate, so it is not trusted.</source>
        <translation>L’empreinte du certificat n’est pas celle indiquée avec --trust-certificate ; il n’est donc pas approuvé.</translation>
    </message>
    <message>
        <source>Trust it only if your facility confirms this fingerprint.</source>
        <translation>Ne l’approuvez que si votre installation confirme cette empreinte.</translation>
    </message>
    <message>
        <source>Run on a terminal to decide, or give --trust-certificate FINGERPRINT.</source>
        <translation>Lancez la commande dans un terminal pour décider, ou indiquez --trust-certificate EMPREINTE.</translation>
    </message>
    <message>
        <source>Add this facility (yes/no)? </source>
        <translation>Ajouter cette installation (yes/no) ? </translation>
    </message>
    <message>
        <source>Nothing was added.</source>
        <translation>Rien n’a été ajouté.</translation>
    </message>
    <message>
        <source>Added %1; use it with --facility %2 or &apos;daas login --facility %2&apos;.</source>
        <translation>Installation %1 ajoutée ; utilisez-la avec --facility %2 ou « daas login --facility %2 ».</translation>
    </message>
    <message>
        <source>local demo</source>
        <translation>démo locale</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>No facility is known yet; add yours with &apos;daas facility add ADDRESS&apos;.</source>
        <translation>Aucune installation n’est encore connue ; ajoutez la vôtre avec « daas facility add ADRESSE ».</translation>
    </message>
    <message>
        <source>CATALOGUE</source>
        <translation>CATALOGUE</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>PROVENANCE</translation>
    </message>
    <message>
        <source>&apos;daas facility&apos; needs one of: %1.</source>
        <translation>« daas facility » attend l’une de ces commandes : %1.</translation>
    </message>
    <message>
        <source>There is no &apos;daas facility %1&apos;; use one of: %2.</source>
        <translation>« daas facility %1 » n’existe pas ; utilisez l’une de : %2.</translation>
    </message>
    <message>
        <source>&apos;daas facility list&apos; takes no argument.</source>
        <translation>« daas facility list » ne prend pas d’argument.</translation>
    </message>
    <message>
        <source>&apos;daas facility add&apos; needs an address or a profile file.</source>
        <translation>« daas facility add » attend une adresse ou un fichier de profil.</translation>
    </message>
    <message>
        <source>&apos;daas facility %1&apos; needs a facility id.</source>
        <translation>« daas facility %1 » attend un identifiant d’installation.</translation>
    </message>
    <message>
        <source>--trust-certificate goes with &apos;daas facility add&apos; or &apos;refresh&apos;.</source>
        <translation>--trust-certificate va avec « daas facility add » ou « refresh ».</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>Installation %1 supprimée.</translation>
    </message>
    <message>
        <source>The facility “%1” was not added from an address, so it cannot be refreshed; &apos;daas facility list&apos; shows where each came from.</source>
        <translation>L’installation « %1 » n’a pas été ajoutée depuis une adresse ; elle ne peut donc pas être actualisée. « daas facility list » indique la provenance de chacune.</translation>
    </message>
    <message>
        <source>The facility is restoring these files from tape; waiting until they are online (Ctrl+C stops).</source>
        <translation>L’installation restaure ces fichiers depuis la bande ; attente de leur mise en ligne (Ctrl+C pour arrêter).</translation>
    </message>
    <message>
        <source>still restoring from tape (%1 so far)</source>
        <translation>restauration depuis la bande toujours en cours (déjà %1)</translation>
    </message>
    <message>
        <source>Job %1 has not started yet, so it has written nothing; add --follow to wait for its output.</source>
        <translation>La tâche %1 n’a pas encore démarré et n’a donc rien écrit ; ajoutez --follow pour attendre sa sortie.</translation>
    </message>
    <message>
        <source>There is nothing at %1 on the storage server.</source>
        <translation>Il n’y a rien à %1 sur le serveur de stockage.</translation>
    </message>
</context>
<context>
    <name>daas::cloud</name>
    <message>
        <source>OpenNebula sent an answer that could not be read.</source>
        <translation>OpenNebula a envoyé une réponse illisible.</translation>
    </message>
    <message>
        <source>%1 offers no analysis environments.</source>
        <translation>%1 ne propose pas d’environnements d’analyse.</translation>
    </message>
    <message>
        <source>The cloud sent a document that could not be read.</source>
        <translation>Le cloud a envoyé un document illisible.</translation>
    </message>
</context>
<context>
    <name>daas::cloud::DesktopConnector</name>
    <message>
        <source>This environment&apos;s desktop cannot be reached with %1.</source>
        <translation>Le bureau de cet environnement n’est pas joignable en %1.</translation>
    </message>
</context>
<context>
    <name>daas::cloud::DesktopProbe</name>
    <message>
        <source>The desktop at %1 did not answer.</source>
        <translation>Le bureau à %1 n’a pas répondu.</translation>
    </message>
    <message>
        <source>The desktop at %1 does not answer yet.</source>
        <translation>Le bureau à %1 ne répond pas encore.</translation>
    </message>
    <message>
        <source>The desktop behind %1 does not answer yet.</source>
        <translation>Le bureau derrière %1 ne répond pas encore.</translation>
    </message>
    <message>
        <source>The environment has no console address.</source>
        <translation>L’environnement n’a pas d’adresse de console.</translation>
    </message>
    <message>
        <source>Something other than a remote desktop answers at %1.</source>
        <translation>Autre chose qu’un bureau distant répond à %1.</translation>
    </message>
    <message>
        <source>The environment offers no RDP desktop.</source>
        <translation>L’environnement ne propose pas de bureau RDP.</translation>
    </message>
</context>
<context>
    <name>daas::cloud::EnvironmentWatcher</name>
    <message>
        <source>The cloud connection was closed.</source>
        <translation>La connexion au cloud a été fermée.</translation>
    </message>
    <message>
        <source>The environment “%1” failed to start. Remove it and launch a new one; if it fails again, contact the facility&apos;s support.</source>
        <translation>L’environnement « %1 » n’a pas pu démarrer. Supprimez-le et lancez-en un nouveau ; en cas de nouvel échec, contactez le support de l’installation.</translation>
    </message>
    <message>
        <source>The environment “%1” has been removed.</source>
        <translation>L’environnement « %1 » a été supprimé.</translation>
    </message>
    <message>
        <source>The environment “%1” is switched off. Resume it to use its desktop.</source>
        <translation>L’environnement « %1 » est éteint. Reprenez-le pour utiliser son bureau.</translation>
    </message>
    <message numerus="yes">
        <source>The environment “%1” is running but its desktop did not answer within %n minute(s). Try again later, or remove it and launch a new one.</source>
        <translation>
            <numerusform>L’environnement « %1 » fonctionne mais son bureau n’a pas répondu en %n minute. Réessayez plus tard, ou supprimez-le et lancez-en un nouveau.</numerusform>
            <numerusform>L’environnement « %1 » fonctionne mais son bureau n’a pas répondu en %n minutes. Réessayez plus tard, ou supprimez-le et lancez-en un nouveau.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The environment “%1” did not start within %n minute(s). The cloud may be busy: try again later, or remove it and launch a new one.</source>
        <translation>
            <numerusform>L’environnement « %1 » n’a pas démarré en %n minute. Le cloud est peut-être occupé : réessayez plus tard, ou supprimez-le et lancez-en un nouveau.</numerusform>
            <numerusform>L’environnement « %1 » n’a pas démarré en %n minutes. Le cloud est peut-être occupé : réessayez plus tard, ou supprimez-le et lancez-en un nouveau.</numerusform>
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
        <translation>OpenNebula a refusé la requête. Cette version d’OpenNebula n’est peut-être pas prise en charge.</translation>
    </message>
    <message>
        <source>OpenNebula no longer accepts your session. Sign in again.</source>
        <translation>OpenNebula n’accepte plus votre session. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an OpenNebula machine id.</source>
        <translation>« %1 » n’est pas un identifiant de machine OpenNebula.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an OpenNebula template.</source>
        <translation>« %1 » n’est pas un modèle OpenNebula.</translation>
    </message>
</context>
<context>
    <name>daas::cloud::OpenStackProvider</name>
    <message>
        <source>OpenStack did not accept your credentials. Check them, or create a new application credential if yours has expired.</source>
        <translation>OpenStack n’a pas accepté vos identifiants. Vérifiez-les, ou créez un nouvel identifiant d’application si le vôtre a expiré.</translation>
    </message>
    <message>
        <source>The OpenStack identity service gave no token.</source>
        <translation>Le service d’identité OpenStack n’a pas donné de jeton.</translation>
    </message>
    <message>
        <source>OpenStack image service</source>
        <translation>service d’images OpenStack</translation>
    </message>
    <message>
        <source>OpenStack compute service</source>
        <translation>service de calcul OpenStack</translation>
    </message>
    <message>
        <source>%1 refused the request; the image or flavour may no longer exist. Refresh the list and try again.</source>
        <translation>%1 a refusé la requête ; l’image ou le gabarit n’existe peut-être plus. Actualisez la liste et réessayez.</translation>
    </message>
    <message>
        <source>The machine cannot do this in its current state. Wait until it has finished what it is doing and try again.</source>
        <translation>La machine ne peut pas faire cela dans son état actuel. Attendez qu’elle ait terminé et réessayez.</translation>
    </message>
    <message>
        <source>%1 refused: your project&apos;s quota does not allow this. Remove a machine or ask the facility&apos;s support.</source>
        <translation>%1 a refusé : le quota de votre projet ne le permet pas. Supprimez une machine ou demandez au support de l’installation.</translation>
    </message>
    <message>
        <source>This OpenStack cloud offers no %1 service in your project.</source>
        <translation>Ce cloud OpenStack ne propose pas de %1 dans votre projet.</translation>
    </message>
    <message>
        <source>OpenStack pointed to another server.</source>
        <translation>OpenStack a renvoyé vers un autre serveur.</translation>
    </message>
    <message>
        <source>OpenStack no longer accepts your session. Sign in again.</source>
        <translation>OpenStack n’accepte plus votre session. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>OpenStack sent an answer that could not be read.</source>
        <translation>OpenStack a envoyé une réponse illisible.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an OpenStack image and flavour.</source>
        <translation>« %1 » n’est pas une image et un gabarit OpenStack.</translation>
    </message>
    <message>
        <source>Your OpenStack account is not a member of any project, so it cannot run machines. Ask the facility&apos;s support to add you to a project.</source>
        <translation>Votre compte OpenStack n’est membre d’aucun projet ; il ne peut donc pas lancer de machines. Demandez au support de l’installation de vous ajouter à un projet.</translation>
    </message>
    <message>
        <source>Your OpenStack account belongs to several projects (%1), and the facility profile does not say which one to use. Ask the facility for a profile that names the project (&quot;cloud&quot;: {&quot;project&quot;: …}).</source>
        <translation>Votre compte OpenStack appartient à plusieurs projets (%1), et le profil d’installation n’indique pas lequel utiliser. Demandez à l’installation un profil qui nomme le projet (&quot;cloud&quot;: {&quot;project&quot;: …}).</translation>
    </message>
    <message>
        <source>The OpenStack identity service gave a token for no project, which cannot run machines.</source>
        <translation>Le service d’identité OpenStack a donné un jeton qui n’est lié à aucun projet et ne permet donc pas de lancer de machines.</translation>
    </message>
    <message>
        <source>This cloud&apos;s OpenStack compute service is too old for this program, which needs microversion %1 or later.</source>
        <translation>Le service de calcul OpenStack de ce cloud est trop ancien pour ce programme, qui nécessite la microversion %1 ou ultérieure.</translation>
    </message>
    <message>
        <source>%1 does not have this machine or image (any more).</source>
        <translation>%1 n’a pas (plus) cette machine ou cette image.</translation>
    </message>
</context>
<context>
    <name>daas::cloud::XmlRpc</name>
    <message>
        <source>The cloud service sent an answer that could not be read.</source>
        <translation>Le service cloud a envoyé une réponse illisible.</translation>
    </message>
</context>
<context>
    <name>daas::cloud::opennebula</name>
    <message>
        <source>OpenNebula did not accept the user name and password. Check them and sign in again.</source>
        <translation>OpenNebula n’a pas accepté le nom d’utilisateur et le mot de passe. Vérifiez-les et reconnectez-vous.</translation>
    </message>
    <message>
        <source>OpenNebula does not allow you to do this. Ask the facility&apos;s support for access.</source>
        <translation>OpenNebula ne vous permet pas de faire cela. Demandez l’accès au support de l’installation.</translation>
    </message>
    <message>
        <source>The machine cannot do this in its current state. Wait until it has finished what it is doing and try again.</source>
        <translation>La machine ne peut pas faire cela dans son état actuel. Attendez qu’elle ait terminé et réessayez.</translation>
    </message>
    <message>
        <source>The machine is locked by an administrator. Try again later or ask the facility&apos;s support.</source>
        <translation>La machine est verrouillée par un administrateur. Réessayez plus tard ou demandez au support de l’installation.</translation>
    </message>
    <message>
        <source>OpenNebula has no room for this machine now (quota or capacity). Try a smaller template or later.</source>
        <translation>OpenNebula n’a pas de place pour cette machine maintenant (quota ou capacité). Essayez un modèle plus petit ou plus tard.</translation>
    </message>
    <message>
        <source>OpenNebula did not understand the request. This OpenNebula version may not be supported.</source>
        <translation>OpenNebula n’a pas compris la requête. Cette version d’OpenNebula n’est peut-être pas prise en charge.</translation>
    </message>
    <message>
        <source>OpenNebula reported an internal error. Try again later.</source>
        <translation>OpenNebula a signalé une erreur interne. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The machine %1 has not been placed on a host yet. Wait until it is running.</source>
        <translation>La machine %1 n’a pas encore été placée sur un hôte. Attendez qu’elle fonctionne.</translation>
    </message>
    <message>
        <source>The machine %1 has no VNC or RDP desktop. Ask the facility&apos;s support to enable one in its template.</source>
        <translation>La machine %1 n’a pas de bureau VNC ou RDP. Demandez au support de l’installation d’en activer un dans son modèle.</translation>
    </message>
    <message>
        <source>OpenNebula does not have this machine or template (any more).</source>
        <translation>OpenNebula n’a pas (plus) cette machine ou ce modèle.</translation>
    </message>
</context>
<context>
    <name>daas::cloud::openstack</name>
    <message>
        <source>The OpenStack identity service sent an answer that could not be read.</source>
        <translation>Le service d’identité OpenStack a envoyé une réponse illisible.</translation>
    </message>
    <message>
        <source>OpenStack gave a console address that could not be used.</source>
        <translation>OpenStack a donné une adresse de console inutilisable.</translation>
    </message>
</context>
<context>
    <name>daas::facility</name>
    <message>
        <source>The facility profile is not valid: %1: %2</source>
        <translation>Le profil d’installation n’est pas valide : %1 : %2</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>est absent</translation>
    </message>
    <message>
        <source>must be an object with a &quot;url&quot;</source>
        <translation>doit être un objet avec une « url »</translation>
    </message>
    <message>
        <source>must be an http or https URL</source>
        <translation>doit être une URL http ou https</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>doit être l’une des valeurs %1</translation>
    </message>
    <message>
        <source>is not a known field (a typo?)</source>
        <translation>n’est pas un champ connu (une faute de frappe ?)</translation>
    </message>
    <message>
        <source>must be a text</source>
        <translation>doit être un texte</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>The archive %1 holds an unsafe entry “%2”, so nothing of it was imported.</source>
        <translation>L’archive %1 contient une entrée dangereuse « %2 » ; rien n’en a été importé.</translation>
    </message>
    <message>
        <source>The facility profile could not be saved.</source>
        <translation>Le profil d’installation n’a pas pu être enregistré.</translation>
    </message>
    <message>
        <source>may hold {user} only in its path</source>
        <translation>ne peut contenir {user} que dans son chemin</translation>
    </message>
</context>
<context>
    <name>daas::facility::FacilityFetch</name>
    <message>
        <source>Type the address of your facility&apos;s profile.</source>
        <translation>Saisissez l’adresse du profil de votre installation.</translation>
    </message>
    <message>
        <source>“%1” is not an address of a facility profile.</source>
        <translation>« %1 » n’est pas une adresse de profil d’installation.</translation>
    </message>
    <message>
        <source>The profile must come over a secure connection: give an https:// address.</source>
        <translation>Le profil doit arriver par une connexion sécurisée : indiquez une adresse https://.</translation>
    </message>
    <message>
        <source>Give the profile&apos;s address without a user name or password in it.</source>
        <translation>Indiquez l’adresse du profil sans nom d’utilisateur ni mot de passe.</translation>
    </message>
    <message>
        <source>Catalogue (ICAT): %1</source>
        <translation>Catalogue (ICAT) : %1</translation>
    </message>
    <message>
        <source>Data service (IDS): %1</source>
        <translation>Service de données (IDS) : %1</translation>
    </message>
    <message>
        <source>Analysis environments (%1): %2</source>
        <translation>Environnements d’analyse (%1) : %2</translation>
    </message>
    <message>
        <source>Storage (WebDAV): %1</source>
        <translation>Stockage (WebDAV) : %1</translation>
    </message>
    <message>
        <source>Batch cluster (%1): %2</source>
        <translation>Cluster de calcul (%1) : %2</translation>
    </message>
    <message>
        <source>The answer from %1 is too large to be a facility profile.</source>
        <translation>La réponse de %1 est trop grande pour être un profil d’installation.</translation>
    </message>
    <message>
        <source>%1 sent the profile&apos;s address on to %2, which is not a secure (https) address, so it was not followed.</source>
        <translation>%1 a redirigé l’adresse du profil vers %2, qui n’est pas une adresse sécurisée (https) ; la redirection n’a donc pas été suivie.</translation>
    </message>
    <message>
        <source>%1 sent the profile&apos;s address on too many times.</source>
        <translation>%1 a redirigé l’adresse du profil trop de fois.</translation>
    </message>
    <message>
        <source>The facility profile could not be fetched from %1: %2</source>
        <translation>Le profil d’installation n’a pas pu être récupéré depuis %1 : %2</translation>
    </message>
    <message>
        <source>%1 did not give a valid facility profile: %2</source>
        <translation>%1 n’a pas fourni de profil d’installation valide : %2</translation>
    </message>
    <message>
        <source>The facility profile is not valid: id: “demo” is kept for the local demo facility</source>
        <translation>Le profil d’installation n’est pas valide : id : « demo » est réservé à l’installation de démonstration locale</translation>
    </message>
</context>
<context>
    <name>daas::facility::FacilityProfile</name>
    <message>
        <source>must be a JSON object</source>
        <translation>doit être un objet JSON</translation>
    </message>
    <message>
        <source>may hold only letters, digits, &apos;-&apos; and &apos;_&apos;</source>
        <translation>ne peut contenir que des lettres, des chiffres, « - » et « _ »</translation>
    </message>
    <message>
        <source>The facility profile %1 could not be read.</source>
        <translation>Le profil d’installation %1 n’a pas pu être lu.</translation>
    </message>
    <message>
        <source>The facility profile is not valid JSON (line %1, column %2): %3</source>
        <translation>Le profil d’installation n’est pas du JSON valide (ligne %1, colonne %2) : %3</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <source>is longer than 64 characters</source>
        <translation>dépasse 64 caractères</translation>
    </message>
    <message>
        <source>The facility profile %1 is too large to be one.</source>
        <translation>Le fichier %1 est trop grand pour être un profil d’installation.</translation>
    </message>
    <message>
        <source>must be an %1 URL</source>
        <translation>doit être une URL %1</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>est absent</translation>
    </message>
    <message>
        <source>is only used with the type slurm-rest</source>
        <translation>n’est utilisé qu’avec le type slurm-rest</translation>
    </message>
    <message>
        <source>must be an absolute path on the cluster</source>
        <translation>doit être un chemin absolu sur le cluster</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>doit être true ou false</translation>
    </message>
    <message>
        <source>is for OpenStack clouds only</source>
        <translation>n’est valable que pour les clouds OpenStack</translation>
    </message>
    <message>
        <source>must be a text that is not empty</source>
        <translation>doit être un texte non vide</translation>
    </message>
    <message>
        <source>must be a host name with an optional :port</source>
        <translation>doit être un nom d’hôte suivi éventuellement de :port</translation>
    </message>
</context>
<context>
    <name>daas::facility::FacilityRegistry</name>
    <message>
        <source>The local demo facility is not running. Start it with “packaging/dev run”.</source>
        <translation>L’installation de démonstration locale n’est pas lancée. Démarrez-la avec « packaging/dev run ».</translation>
    </message>
    <message>
        <source>The facility profile %1 could not be read.</source>
        <translation>Le profil d’installation %1 n’a pas pu être lu.</translation>
    </message>
    <message>
        <source>The facility profile %1 is too large to be one.</source>
        <translation>Le fichier %1 est trop grand pour être un profil d’installation.</translation>
    </message>
    <message>
        <source>%1 is not a facility profile: choose a .json file or a .zip or .tar.gz archive.</source>
        <translation>%1 n’est pas un profil d’installation : choisissez un fichier .json ou une archive .zip ou .tar.gz.</translation>
    </message>
    <message>
        <source>The facility profile is not valid: id: “demo” is kept for the local demo facility</source>
        <translation>Le profil d’installation n’est pas valide : id : « demo » est réservé à l’installation de démonstration locale</translation>
    </message>
    <message>
        <source>certs/%1 in %2 is not a PEM certificate.</source>
        <translation>certs/%1 dans %2 n’est pas un certificat PEM.</translation>
    </message>
    <message>
        <source>There is no imported facility “%1”.</source>
        <translation>Il n’y a pas d’installation importée « %1 ».</translation>
    </message>
    <message>
        <source>The imported facility “%1” could not be removed.</source>
        <translation>L’installation importée « %1 » n’a pas pu être supprimée.</translation>
    </message>
    <message>
        <source>Give the archive a name ending in .zip or .tar.gz.</source>
        <translation>Donnez à l’archive un nom se terminant par .zip ou .tar.gz.</translation>
    </message>
    <message>
        <source>The facility profile could not be exported to %1.</source>
        <translation>Le profil d’installation n’a pas pu être exporté vers %1.</translation>
    </message>
    <message>
        <source>The facility you chose, “%1”, cannot be used: %2 The local demo facility is used instead; choose your facility again.</source>
        <translation>L’installation choisie, « %1 », ne peut pas être utilisée : %2 L’installation de démonstration locale est utilisée à la place ; choisissez à nouveau votre installation.</translation>
    </message>
    <message>
        <source>The facility you chose, “%1”, cannot be used: %2 Choose your facility again.</source>
        <translation>L’installation choisie, « %1 », ne peut pas être utilisée : %2 Choisissez à nouveau votre installation.</translation>
    </message>
    <message>
        <source>There is no facility “%1”: give a profile file or the id of one you added (daas facility list).</source>
        <translation>L’installation « %1 » n’existe pas : indiquez un fichier de profil ou l’identifiant d’une installation que vous avez ajoutée (daas facility list).</translation>
    </message>
</context>
<context>
    <name>daas::facility::ProfileArchive</name>
    <message>
        <source>The archive %1 holds an unsafe entry “%2”, so nothing of it was imported.</source>
        <translation>L’archive %1 contient une entrée dangereuse « %2 » ; rien n’en a été importé.</translation>
    </message>
    <message>
        <source>The archive %1 unpacks to more than %2 times its packed size (a ZIP bomb?), so nothing of it was imported.</source>
        <translation>Décompressée, l’archive %1 dépasse %2 fois sa taille compressée (une bombe ZIP ?) ; rien n’en a donc été importé.</translation>
    </message>
    <message>
        <source>The archive %1 unpacks to more than %2, far more than a facility profile holds, so nothing of it was imported.</source>
        <translation>Décompressée, l’archive %1 dépasse %2, bien plus que ce que contient un profil d’installation ; rien n’en a donc été importé.</translation>
    </message>
    <message>
        <source>%1 could not be read as a facility profile archive (.zip or .tar.gz).</source>
        <translation>%1 n’a pas pu être lu comme archive de profil d’installation (.zip ou .tar.gz).</translation>
    </message>
    <message>
        <source>The archive %1 holds no facility.json.</source>
        <translation>L’archive %1 ne contient pas de facility.json.</translation>
    </message>
    <message>
        <source>The archive %1 holds too many files to be a facility profile.</source>
        <translation>L’archive %1 contient trop de fichiers pour être un profil d’installation.</translation>
    </message>
    <message>
        <source>The facility.json in %1 is too large to be a profile.</source>
        <translation>Le fichier facility.json de %1 est trop grand pour être un profil.</translation>
    </message>
    <message>
        <source>The certificate %1 in %2 is too large.</source>
        <translation>Le certificat %1 dans %2 est trop grand.</translation>
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
    <message>
        <source>No keychain service is running or answering on this computer (a Secret Service such as gnome-keyring or KWallet), so nothing can be kept in it. Start one and try again.</source>
        <translation>Aucun service de trousseau ne fonctionne ou ne répond sur cet ordinateur (un Secret Service comme gnome-keyring ou KWallet), rien ne peut donc y être conservé. Démarrez-en un et réessayez.</translation>
    </message>
    <message>
        <source>It does not exist in the catalogue (or it was removed).</source>
        <translation>Cela n’existe pas dans le catalogue (ou a été supprimé).</translation>
    </message>
    <message>
        <source>The data service has no such data, or you are not allowed to see it.</source>
        <translation>Le service de données ne dispose pas de ces données, ou vous n’êtes pas autorisé à les voir.</translation>
    </message>
    <message>
        <source>Some of your files on this computer could not be removed: %1</source>
        <translation>Certains de vos fichiers sur cet ordinateur n’ont pas pu être supprimés : %1</translation>
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
    <name>daas::jobs::BatchJob</name>
    <message>
        <source>Queued</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Retenue</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendue</translation>
    </message>
    <message>
        <source>Completing</source>
        <translation>En cours d’achèvement</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Temps dépassé</translation>
    </message>
    <message>
        <source>Out of memory</source>
        <translation>Mémoire épuisée</translation>
    </message>
    <message>
        <source>No longer known</source>
        <translation>N’est plus connue</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Waiting for resources</source>
        <translation>En attente de ressources</translation>
    </message>
    <message>
        <source>Waiting: jobs with a higher priority go first</source>
        <translation>En attente : les tâches plus prioritaires passent d’abord</translation>
    </message>
    <message>
        <source>Waiting for the jobs it depends on</source>
        <translation>En attente des tâches dont elle dépend</translation>
    </message>
    <message>
        <source>Will never start: a job it depends on failed</source>
        <translation>Ne démarrera jamais : une tâche dont elle dépend a échoué</translation>
    </message>
    <message>
        <source>Held by you</source>
        <translation>Retenue par vous</translation>
    </message>
    <message>
        <source>Held by an administrator</source>
        <translation>Retenue par un administrateur</translation>
    </message>
    <message>
        <source>Waiting for its start time</source>
        <translation>En attente de son heure de début</translation>
    </message>
    <message>
        <source>Waiting: the partition is down</source>
        <translation>En attente : la partition est hors service</translation>
    </message>
    <message>
        <source>Waiting: the partition is inactive</source>
        <translation>En attente : la partition est inactive</translation>
    </message>
    <message>
        <source>Will not start: its time limit exceeds the partition&apos;s</source>
        <translation>Ne démarrera pas : sa limite de temps dépasse celle de la partition</translation>
    </message>
    <message>
        <source>Waiting: the nodes it needs are not available</source>
        <translation>En attente : les nœuds nécessaires ne sont pas disponibles</translation>
    </message>
    <message>
        <source>Waiting: you have as many jobs running as allowed</source>
        <translation>En attente : vous avez autant de tâches en cours que permis</translation>
    </message>
    <message>
        <source>Waiting: your group&apos;s CPU limit is reached</source>
        <translation>En attente : la limite de CPU de votre groupe est atteinte</translation>
    </message>
    <message>
        <source>Ended with a non-zero exit code</source>
        <translation>Terminée avec un code de sortie non nul</translation>
    </message>
    <message>
        <source>Reached its time limit</source>
        <translation>A atteint sa limite de temps</translation>
    </message>
    <message>
        <source>Ran out of memory</source>
        <translation>A manqué de mémoire</translation>
    </message>
    <message>
        <source>Ended by a signal</source>
        <translation>Arrêtée par un signal</translation>
    </message>
</context>
<context>
    <name>daas::jobs::BatchProvider</name>
    <message>
        <source>Files on the cluster cannot be read through %1 here: %2</source>
        <translation>Les fichiers du cluster ne peuvent pas être lus ici via %1 : %2</translation>
    </message>
</context>
<context>
    <name>daas::jobs::ClusterOutputReader</name>
    <message>
        <source>The cluster is no longer connected.</source>
        <translation>Le cluster n’est plus connecté.</translation>
    </message>
</context>
<context>
    <name>daas::jobs::FixedSlurmTokenSource</name>
    <message>
        <source>The Slurm token is not one: it names no user. Get a new one with &quot;scontrol token&quot; on the cluster.</source>
        <translation>Le jeton Slurm n’en est pas un : il ne nomme aucun utilisateur. Obtenez-en un nouveau avec « scontrol token » sur le cluster.</translation>
    </message>
</context>
<context>
    <name>daas::jobs::JobJournalFile</name>
    <message>
        <source>must be text</source>
        <translation>doit être du texte</translation>
    </message>
    <message>
        <source>must be a date and time (ISO 8601)</source>
        <translation>doit être une date et une heure (ISO 8601)</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>doit être un nombre entier</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>doit être true ou false</translation>
    </message>
    <message>
        <source>must be a list of texts</source>
        <translation>doit être une liste de textes</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>est absent</translation>
    </message>
    <message>
        <source>“%1” is not a job state</source>
        <translation>« %1 » n’est pas un état de tâche</translation>
    </message>
    <message>
        <source>The job history in %1 could not be read, so jobs of this session will not be kept in it. Check the file&apos;s permissions.</source>
        <translation>L’historique des tâches dans %1 n’a pas pu être lu ; les tâches de cette session n’y seront donc pas conservées. Vérifiez les permissions du fichier.</translation>
    </message>
    <message>
        <source>The job history in %1 was written by a newer version of DAaaS Desktop. This version leaves it as it is and does not keep this session&apos;s jobs in it.</source>
        <translation>L’historique des tâches dans %1 a été écrit par une version plus récente de DAaaS Desktop. Cette version le laisse tel quel et n’y conserve pas les tâches de cette session.</translation>
    </message>
    <message>
        <source>The job history in %1 is damaged and could not be moved aside, so jobs of this session will not be kept in it.</source>
        <translation>L’historique des tâches dans %1 est endommagé et n’a pas pu être mis de côté ; les tâches de cette session n’y seront donc pas conservées.</translation>
    </message>
    <message>
        <source>The job history was damaged (perhaps by a crash or a full disk) and could not be read. It was kept as %1 and a new history was started.</source>
        <translation>L’historique des tâches était endommagé (peut-être par un plantage ou un disque plein) et n’a pas pu être lu. Il a été conservé sous %1 et un nouvel historique a été commencé.</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>pas un objet</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) of the job history could not be read and are left out. The file as it was is kept as %1.</source>
        <translation>
            <numerusform>%n tâche de l’historique n’a pas pu être lue et est ignorée. Le fichier tel qu’il était est conservé sous %1.</numerusform>
            <numerusform>%n tâches de l’historique n’ont pas pu être lues et sont ignorées. Le fichier tel qu’il était est conservé sous %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) of the job history could not be read, and the file could not be copied aside, so jobs of this session will not be kept in it.</source>
        <translation>
            <numerusform>%n tâche de l’historique n’a pas pu être lue et le fichier n’a pas pu être copié de côté ; les tâches de cette session n’y seront donc pas conservées.</numerusform>
            <numerusform>%n tâches de l’historique n’ont pas pu être lues et le fichier n’a pas pu être copié de côté ; les tâches de cette session n’y seront donc pas conservées.</numerusform>
        </translation>
    </message>
    <message>
        <source>The job history could not be saved in %1. Check that the disk has space and that the folder can be written.</source>
        <translation>L’historique des tâches n’a pas pu être enregistré dans %1. Vérifiez que le disque a de la place et que le dossier est accessible en écriture.</translation>
    </message>
</context>
<context>
    <name>daas::jobs::JobTemplate</name>
    <message>
        <source>The job template cannot be used: %1</source>
        <translation>Le modèle de tâche ne peut pas être utilisé : %1</translation>
    </message>
    <message>
        <source>The job template in %1 cannot be used: %2</source>
        <translation>Le modèle de tâche dans %1 ne peut pas être utilisé : %2</translation>
    </message>
    <message>
        <source>is larger than 1 MiB</source>
        <translation>dépasse 1 Mio</translation>
    </message>
    <message>
        <source>is not a field of a job template (a spelling mistake?)</source>
        <translation>n’est pas un champ d’un modèle de tâche (une faute de frappe ?)</translation>
    </message>
    <message>
        <source>must be from %1 to %2</source>
        <translation>doit être compris entre %1 et %2</translation>
    </message>
    <message>
        <source>must be one line of text, without control characters</source>
        <translation>doit être une ligne de texte, sans caractères de contrôle</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <source>must be a whole number, not “%1”</source>
        <translation>doit être un nombre entier, pas « %1 »</translation>
    </message>
    <message>
        <source>must be a number, not “%1”</source>
        <translation>doit être un nombre, pas « %1 »</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>doit être l’une des valeurs %1</translation>
    </message>
    <message>
        <source>is missing or cannot be read</source>
        <translation>est absent ou illisible</translation>
    </message>
    <message>
        <source>the file “%1” is missing or cannot be read</source>
        <translation>le fichier « %1 » est absent ou illisible</translation>
    </message>
    <message>
        <source>the file “%1” %2</source>
        <translation>le fichier « %1 » %2</translation>
    </message>
    <message>
        <source>the file “%1” is not UTF-8 text</source>
        <translation>le fichier « %1 » n’est pas du texte UTF-8</translation>
    </message>
    <message>
        <source>is not valid JSON (%1 at byte %2)</source>
        <translation>n’est pas du JSON valide (%1 à l’octet %2)</translation>
    </message>
    <message>
        <source>must hold a JSON object</source>
        <translation>doit contenir un objet JSON</translation>
    </message>
    <message>
        <source>must be a name that is not empty</source>
        <translation>doit être un nom non vide</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>doit être du texte</translation>
    </message>
    <message>
        <source>must name the script file of the template</source>
        <translation>doit nommer le fichier de script du modèle</translation>
    </message>
    <message>
        <source>“%1” must be a file name in the template&apos;s folder</source>
        <translation>« %1 » doit être un nom de fichier dans le dossier du modèle</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>doit être une liste</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <source>“%1” must start with a lower-case letter and hold only lower-case letters, digits and “_” (it is the script&apos;s variable name)</source>
        <translation>« %1 » doit commencer par une lettre minuscule et ne contenir que des lettres minuscules, des chiffres et « _ » (c’est le nom de variable du script)</translation>
    </message>
    <message>
        <source>“%1” is used twice</source>
        <translation>« %1 » est utilisé deux fois</translation>
    </message>
    <message>
        <source>“%1” must be one of text, integer, number, choice, dataset, folder, file</source>
        <translation>« %1 » doit être l’un de text, integer, number, choice, dataset, folder, file</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>doit être true ou false</translation>
    </message>
    <message>
        <source>must list the values to choose from</source>
        <translation>doit lister les valeurs proposées</translation>
    </message>
    <message>
        <source>must be a list of texts that are not empty</source>
        <translation>doit être une liste de textes non vides</translation>
    </message>
    <message>
        <source>is only for parameters of type choice</source>
        <translation>ne s’applique qu’aux paramètres de type choice</translation>
    </message>
    <message>
        <source>is only for parameters of type integer or number</source>
        <translation>ne s’applique qu’aux paramètres de type integer ou number</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>doit être un nombre</translation>
    </message>
    <message>
        <source>must be text or a number</source>
        <translation>doit être du texte ou un nombre</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>doit être un nombre entier compris entre %1 et %2</translation>
    </message>
    <message>
        <source>must be a partition&apos;s name</source>
        <translation>doit être le nom d’une partition</translation>
    </message>
    <message>
        <source>“%1” must start with “#!” (for example #!/bin/bash)</source>
        <translation>« %1 » doit commencer par « #! » (par exemple #!/bin/bash)</translation>
    </message>
    <message>
        <source>line %1: {{%2}} is not one of the template&apos;s parameters</source>
        <translation>ligne %1 : {{%2}} n’est pas l’un des paramètres du modèle</translation>
    </message>
    <message>
        <source>line %1: {{%2}} cannot stand in a scheduler directive (the scheduler does not fill it in); use the template&apos;s resources</source>
        <translation>ligne %1 : {{%2}} ne peut pas figurer dans une directive de l’ordonnanceur (l’ordonnanceur ne le remplace pas) ; utilisez les ressources du modèle</translation>
    </message>
    <message>
        <source>“%1” is not a parameter of the template “%2”.</source>
        <translation>« %1 » n’est pas un paramètre du modèle « %2 ».</translation>
    </message>
    <message>
        <source>The template could not be saved in %1. Check that the disk has space and that the folder can be written.</source>
        <translation>Le modèle n’a pas pu être enregistré dans %1. Vérifiez que le disque a de la place et que le dossier est accessible en écriture.</translation>
    </message>
</context>
<context>
    <name>daas::jobs::JobsSession</name>
    <message>
        <source>Making the working folder %1 in your storage…</source>
        <translation>Création du dossier de travail %1 dans votre stockage…</translation>
    </message>
    <message>
        <source>The job&apos;s working folder could not be made</source>
        <translation>Le dossier de travail de la tâche n’a pas pu être créé</translation>
    </message>
    <message>
        <source>Submitting…</source>
        <translation>Soumission…</translation>
    </message>
    <message>
        <source>The scheduler has not said where this job&apos;s output goes.</source>
        <translation>L’ordonnanceur n’a pas indiqué où va la sortie de cette tâche.</translation>
    </message>
    <message>
        <source>This facility&apos;s cluster takes a Slurm token and names no token service: make one on the cluster with &apos;scontrol token&apos; and set DAAS_SLURM_TOKEN.</source>
        <translation>Le cluster de cette installation demande un jeton Slurm et n’indique aucun service de jetons : créez-en un sur le cluster avec « scontrol token » et définissez DAAS_SLURM_TOKEN.</translation>
    </message>
    <message>
        <source>This facility offers no batch cluster.</source>
        <translation>Cette installation ne propose pas de cluster de calcul.</translation>
    </message>
    <message>
        <source>The facility&apos;s batch address %1 is not an ssh://user@host address.</source>
        <translation>L’adresse de calcul %1 de l’installation n’est pas une adresse ssh://user@host.</translation>
    </message>
    <message>
        <source>This client cannot reach a %1 cluster yet.</source>
        <translation>Ce client ne peut pas encore joindre un cluster %1.</translation>
    </message>
</context>
<context>
    <name>daas::jobs::Lsf</name>
    <message>
        <source>The job has no script.</source>
        <translation>La tâche n’a pas de script.</translation>
    </message>
    <message>
        <source>%1 cannot hold a line break or a double quote for LSF.</source>
        <translation>%1 ne peut contenir ni saut de ligne ni guillemet double pour LSF.</translation>
    </message>
    <message>
        <source>The job name</source>
        <translation>Le nom de la tâche</translation>
    </message>
    <message>
        <source>The queue</source>
        <translation>La file d’attente</translation>
    </message>
    <message>
        <source>The project</source>
        <translation>Le projet</translation>
    </message>
    <message>
        <source>The working folder</source>
        <translation>Le dossier de travail</translation>
    </message>
    <message>
        <source>The output file</source>
        <translation>Le fichier de sortie</translation>
    </message>
    <message>
        <source>The error file</source>
        <translation>Le fichier d’erreurs</translation>
    </message>
    <message>
        <source>A job needs at least one node and one core.</source>
        <translation>Une tâche a besoin d’au moins un nœud et un cœur.</translation>
    </message>
    <message>
        <source>LSF did not accept the job.</source>
        <translation>LSF n’a pas accepté la tâche.</translation>
    </message>
    <message>
        <source>bjobs answered something that is not its JSON.</source>
        <translation>bjobs a répondu quelque chose qui n’est pas son JSON.</translation>
    </message>
    <message>
        <source>bjobs answered in columns the client does not know.</source>
        <translation>bjobs a répondu avec des colonnes que le client ne connaît pas.</translation>
    </message>
    <message>
        <source>bjobs answered a line the client cannot read.</source>
        <translation>bjobs a répondu une ligne que le client ne sait pas lire.</translation>
    </message>
</context>
<context>
    <name>daas::jobs::LsfSshProvider</name>
    <message>
        <source>Asking LSF for its queues…</source>
        <translation>Demande de ses files d’attente à LSF…</translation>
    </message>
    <message>
        <source>LSF did not list its queues.</source>
        <translation>LSF n’a pas listé ses files d’attente.</translation>
    </message>
    <message>
        <source>Submitting the job to LSF…</source>
        <translation>Soumission de la tâche à LSF…</translation>
    </message>
    <message>
        <source>LSF did not list the jobs.</source>
        <translation>LSF n’a pas listé les tâches.</translation>
    </message>
    <message>
        <source>Asking LSF for your jobs…</source>
        <translation>Demande de vos tâches à LSF…</translation>
    </message>
    <message>
        <source>Asking LSF about job %1…</source>
        <translation>Demande à LSF concernant la tâche %1…</translation>
    </message>
    <message>
        <source>LSF does not know job %1 (any more).</source>
        <translation>LSF ne connaît pas (plus) la tâche %1.</translation>
    </message>
    <message>
        <source>Cancelling job %1…</source>
        <translation>Annulation de la tâche %1…</translation>
    </message>
    <message>
        <source>LSF did not cancel job %1.</source>
        <translation>LSF n’a pas annulé la tâche %1.</translation>
    </message>
    <message>
        <source>Holding job %1…</source>
        <translation>Retenue de la tâche %1…</translation>
    </message>
    <message>
        <source>Releasing job %1…</source>
        <translation>Libération de la tâche %1…</translation>
    </message>
    <message>
        <source>LSF did not hold job %1.</source>
        <translation>LSF n’a pas retenu la tâche %1.</translation>
    </message>
    <message>
        <source>LSF did not release job %1.</source>
        <translation>LSF n’a pas libéré la tâche %1.</translation>
    </message>
</context>
<context>
    <name>daas::jobs::OutputLocation</name>
    <message>
        <source>The output file “%1” is not a full path on the cluster.</source>
        <translation>Le fichier de sortie « %1 » n’est pas un chemin complet sur le cluster.</translation>
    </message>
    <message>
        <source>The cluster&apos;s storage folder (%1) needs a user name, and “%2” is not one.</source>
        <translation>Le dossier de stockage du cluster (%1) a besoin d’un nom d’utilisateur, et « %2 » n’en est pas un.</translation>
    </message>
    <message>
        <source>The facility&apos;s storage folder on the cluster (%1) is not a full path.</source>
        <translation>Le dossier de stockage de l’installation sur le cluster (%1) n’est pas un chemin complet.</translation>
    </message>
    <message>
        <source>The output file “%1” leaves the storage folder %2 with “..”; it is not read.</source>
        <translation>Le fichier de sortie « %1 » sort du dossier de stockage %2 avec « .. » ; il n’est pas lu.</translation>
    </message>
    <message>
        <source>The output file “%1” has a name the storage cannot serve.</source>
        <translation>Le fichier de sortie « %1 » a un nom que le stockage ne peut pas servir.</translation>
    </message>
    <message>
        <source>The output file “%1” cannot be read: it is not on the storage, and the cluster is not connected.</source>
        <translation>Le fichier de sortie « %1 » ne peut pas être lu : il n’est pas sur le stockage et le cluster n’est pas connecté.</translation>
    </message>
</context>
<context>
    <name>daas::jobs::OutputTail</name>
    <message>
        <source>The output file is no longer there. It is shown again when it comes back.</source>
        <translation>Le fichier de sortie n’existe plus. Il sera de nouveau affiché quand il reviendra.</translation>
    </message>
    <message>
        <source>The output file got shorter (it was truncated or written anew): it is shown again from its end.</source>
        <translation>Le fichier de sortie a raccourci (il a été tronqué ou réécrit) : il est de nouveau affiché à partir de sa fin.</translation>
    </message>
    <message>
        <source>The output file was replaced by another: it is shown again from its end.</source>
        <translation>Le fichier de sortie a été remplacé par un autre : il est de nouveau affiché à partir de sa fin.</translation>
    </message>
    <message>
        <source>The job&apos;s output file is not there (%1): the job wrote none, or it was moved or removed since.</source>
        <translation>Le fichier de sortie de la tâche est absent (%1) : la tâche n’en a écrit aucun, ou il a été déplacé ou supprimé depuis.</translation>
    </message>
</context>
<context>
    <name>daas::jobs::ServiceSlurmTokenSource</name>
    <message>
        <source>Not signed in.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <source>The cluster&apos;s token service needs your password. Sign in again.</source>
        <translation>Le service de jetons du cluster a besoin de votre mot de passe. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>The cluster&apos;s token service could not be reached</source>
        <translation>Le service de jetons du cluster n’a pas pu être joint</translation>
    </message>
    <message>
        <source>The cluster&apos;s token service did not accept your user name and password.</source>
        <translation>Le service de jetons du cluster n’a pas accepté votre nom d’utilisateur et votre mot de passe.</translation>
    </message>
    <message>
        <source>The cluster&apos;s token service</source>
        <translation>Le service de jetons du cluster</translation>
    </message>
    <message>
        <source>The cluster&apos;s token service gave an answer that is not a token.</source>
        <translation>Le service de jetons du cluster a donné une réponse qui n’est pas un jeton.</translation>
    </message>
</context>
<context>
    <name>daas::jobs::SlurmRest</name>
    <message>
        <source>Slurm sent an empty answer for %1.</source>
        <translation>Slurm a envoyé une réponse vide pour %1.</translation>
    </message>
    <message>
        <source>Slurm&apos;s answer for %1 could not be read: it is cut short or not JSON.</source>
        <translation>La réponse de Slurm pour %1 n’a pas pu être lue : elle est tronquée ou n’est pas du JSON.</translation>
    </message>
    <message>
        <source>Slurm&apos;s answer for %1 is not what its API describes.</source>
        <translation>La réponse de Slurm pour %1 ne correspond pas à ce que décrit son API.</translation>
    </message>
    <message>
        <source>the list of jobs</source>
        <translation>la liste des tâches</translation>
    </message>
    <message>
        <source>Slurm&apos;s list of jobs is not what its API describes.</source>
        <translation>La liste des tâches de Slurm ne correspond pas à ce que décrit son API.</translation>
    </message>
    <message>
        <source>the list of partitions</source>
        <translation>la liste des partitions</translation>
    </message>
    <message>
        <source>Slurm&apos;s list of partitions is not what its API describes.</source>
        <translation>La liste des partitions de Slurm ne correspond pas à ce que décrit son API.</translation>
    </message>
    <message>
        <source>The script must start with a line such as #!/bin/bash that names its interpreter.</source>
        <translation>Le script doit commencer par une ligne telle que #!/bin/bash qui nomme son interpréteur.</translation>
    </message>
    <message>
        <source>Choose the folder on the cluster the job runs in.</source>
        <translation>Choisissez le dossier du cluster dans lequel la tâche s’exécute.</translation>
    </message>
    <message>
        <source>the submitted job</source>
        <translation>la tâche soumise</translation>
    </message>
    <message>
        <source>Slurm accepted the job but did not say its number.</source>
        <translation>Slurm a accepté la tâche mais n’a pas indiqué son numéro.</translation>
    </message>
    <message>
        <source>This cluster&apos;s Slurm (REST API v0.0.38) cannot release a held job. Release it with &quot;scontrol release&quot; on the cluster.</source>
        <translation>Le Slurm de ce cluster (API REST v0.0.38) ne peut pas libérer une tâche retenue. Libérez-la avec « scontrol release » sur le cluster.</translation>
    </message>
</context>
<context>
    <name>daas::jobs::SlurmRestProvider</name>
    <message>
        <source>There is no Slurm token to sign in to the cluster with.</source>
        <translation>Il n’y a pas de jeton Slurm pour se connecter au cluster.</translation>
    </message>
    <message>
        <source>Getting a token for the cluster…</source>
        <translation>Obtention d’un jeton pour le cluster…</translation>
    </message>
    <message>
        <source>Your token for the cluster has expired and no new one could be had. Sign in again.</source>
        <translation>Votre jeton pour le cluster a expiré et aucun nouveau n’a pu être obtenu. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>The cluster did not accept your Slurm token. Sign in again, or get a new token with &quot;scontrol token&quot; on the cluster.</source>
        <translation>Le cluster n’a pas accepté votre jeton Slurm. Reconnectez-vous, ou obtenez un nouveau jeton avec « scontrol token » sur le cluster.</translation>
    </message>
    <message>
        <source>Waiting for Slurm…</source>
        <translation>En attente de Slurm…</translation>
    </message>
    <message>
        <source>its API description</source>
        <translation>sa description d’API</translation>
    </message>
    <message>
        <source>This cluster&apos;s Slurm REST API is a version this client does not speak (it speaks v0.0.38 to v0.0.42).</source>
        <translation>L’API REST Slurm de ce cluster est dans une version que ce client ne parle pas (il parle v0.0.38 à v0.0.42).</translation>
    </message>
    <message>
        <source>Could not list the cluster&apos;s partitions.</source>
        <translation>Impossible de lister les partitions du cluster.</translation>
    </message>
    <message>
        <source>Slurm did not accept the job.</source>
        <translation>Slurm n’a pas accepté la tâche.</translation>
    </message>
    <message>
        <source>Could not list your jobs.</source>
        <translation>Impossible de lister vos tâches.</translation>
    </message>
    <message>
        <source>Slurm does not know job %1. Finished jobs are forgotten a few minutes after they end.</source>
        <translation>Slurm ne connaît pas la tâche %1. Les tâches terminées sont oubliées quelques minutes après leur fin.</translation>
    </message>
    <message>
        <source>Could not read job %1.</source>
        <translation>Impossible de lire la tâche %1.</translation>
    </message>
    <message>
        <source>Slurm does not know job %1.</source>
        <translation>Slurm ne connaît pas la tâche %1.</translation>
    </message>
    <message>
        <source>Could not cancel job %1.</source>
        <translation>Impossible d’annuler la tâche %1.</translation>
    </message>
    <message>
        <source>the cancelled job</source>
        <translation>la tâche annulée</translation>
    </message>
    <message>
        <source>Could not hold job %1.</source>
        <translation>Impossible de retenir la tâche %1.</translation>
    </message>
    <message>
        <source>Could not release job %1.</source>
        <translation>Impossible de libérer la tâche %1.</translation>
    </message>
    <message>
        <source>the changed job</source>
        <translation>la tâche modifiée</translation>
    </message>
</context>
<context>
    <name>daas::jobs::SlurmSsh</name>
    <message>
        <source>The job has no script.</source>
        <translation>La tâche n’a pas de script.</translation>
    </message>
    <message>
        <source>The job name</source>
        <translation>Le nom de la tâche</translation>
    </message>
    <message>
        <source>The partition</source>
        <translation>La partition</translation>
    </message>
    <message>
        <source>The account</source>
        <translation>Le compte</translation>
    </message>
    <message>
        <source>The working folder</source>
        <translation>Le dossier de travail</translation>
    </message>
    <message>
        <source>The output file</source>
        <translation>Le fichier de sortie</translation>
    </message>
    <message>
        <source>The error file</source>
        <translation>Le fichier d’erreurs</translation>
    </message>
    <message>
        <source>%1 cannot hold a line break or a double quote for Slurm.</source>
        <translation>%1 ne peut contenir ni saut de ligne ni guillemet double pour Slurm.</translation>
    </message>
    <message>
        <source>A job needs at least one node and one core.</source>
        <translation>Une tâche a besoin d’au moins un nœud et un cœur.</translation>
    </message>
    <message>
        <source>Slurm did not accept the job.</source>
        <translation>Slurm n’a pas accepté la tâche.</translation>
    </message>
    <message>
        <source>Submitted batch job %1</source>
        <translation>Tâche %1 soumise</translation>
    </message>
    <message>
        <source>squeue answered a line the client cannot read.</source>
        <translation>squeue a répondu une ligne que le client ne sait pas lire.</translation>
    </message>
    <message>
        <source>scontrol answered something the client cannot read.</source>
        <translation>scontrol a répondu quelque chose que le client ne sait pas lire.</translation>
    </message>
    <message>
        <source>sacct answered a line the client cannot read.</source>
        <translation>sacct a répondu une ligne que le client ne sait pas lire.</translation>
    </message>
</context>
<context>
    <name>daas::jobs::SlurmSshProvider</name>
    <message>
        <source>Asking Slurm for its partitions…</source>
        <translation>Demande de ses partitions à Slurm…</translation>
    </message>
    <message>
        <source>Slurm did not list its partitions.</source>
        <translation>Slurm n’a pas listé ses partitions.</translation>
    </message>
    <message>
        <source>Submitting the job to Slurm…</source>
        <translation>Soumission de la tâche à Slurm…</translation>
    </message>
    <message>
        <source>Asking Slurm for your jobs…</source>
        <translation>Demande de vos tâches à Slurm…</translation>
    </message>
    <message>
        <source>Slurm did not list your jobs.</source>
        <translation>Slurm n’a pas listé vos tâches.</translation>
    </message>
    <message>
        <source>Asking Slurm about job %1…</source>
        <translation>Demande à Slurm concernant la tâche %1…</translation>
    </message>
    <message>
        <source>Slurm did not show job %1.</source>
        <translation>Slurm n’a pas affiché la tâche %1.</translation>
    </message>
    <message>
        <source>Slurm does not know job %1 (any more).</source>
        <translation>Slurm ne connaît pas (plus) la tâche %1.</translation>
    </message>
    <message>
        <source>Cancelling job %1…</source>
        <translation>Annulation de la tâche %1…</translation>
    </message>
    <message>
        <source>Slurm did not cancel job %1.</source>
        <translation>Slurm n’a pas annulé la tâche %1.</translation>
    </message>
    <message>
        <source>Holding job %1…</source>
        <translation>Retenue de la tâche %1…</translation>
    </message>
    <message>
        <source>Releasing job %1…</source>
        <translation>Libération de la tâche %1…</translation>
    </message>
    <message>
        <source>Slurm did not hold job %1.</source>
        <translation>Slurm n’a pas retenu la tâche %1.</translation>
    </message>
    <message>
        <source>Slurm did not release job %1.</source>
        <translation>Slurm n’a pas libéré la tâche %1.</translation>
    </message>
</context>
<context>
    <name>daas::jobs::SshBatchProvider</name>
    <message>
        <source>&quot;%1&quot; is not a %2 job id.</source>
        <translation>« %1 » n’est pas un identifiant de tâche %2.</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>code de sortie %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file name.</source>
        <translation>« %1 » n’est pas un nom de fichier.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>%1 does not exist on the cluster (yet).</source>
        <translation>%1 n’existe pas (encore) sur le cluster.</translation>
    </message>
    <message>
        <source>Could not read %1 on the cluster.</source>
        <translation>Impossible de lire %1 sur le cluster.</translation>
    </message>
</context>
<context>
    <name>daas::jobs::SshConnection</name>
    <message>
        <source>No OpenSSH client (ssh) was found on this computer. Install OpenSSH (on Windows: the optional feature &quot;OpenSSH Client&quot;) to reach the cluster.</source>
        <translation>Aucun client OpenSSH (ssh) n’a été trouvé sur cet ordinateur. Installez OpenSSH (sous Windows : la fonctionnalité facultative « Client OpenSSH ») pour joindre le cluster.</translation>
    </message>
    <message>
        <source>The cluster&apos;s address &quot;%1&quot; is not a host name.</source>
        <translation>L’adresse du cluster « %1 » n’est pas un nom d’hôte.</translation>
    </message>
    <message>
        <source>The SSH client could not be started: %1</source>
        <translation>Le client SSH n’a pas pu être démarré : %1</translation>
    </message>
    <message>
        <source>%1 on %2 did not finish within %3 seconds.</source>
        <translation>%1 sur %2 ne s’est pas terminé en %3 secondes.</translation>
    </message>
    <message>
        <source>%1 on %2 printed more than %3 MB; it was stopped.</source>
        <translation>%1 sur %2 a affiché plus de %3 Mo ; il a été arrêté.</translation>
    </message>
    <message>
        <source>The SSH client stopped unexpectedly while talking to %1.</source>
        <translation>Le client SSH s’est arrêté de manière inattendue pendant l’échange avec %1.</translation>
    </message>
    <message>
        <source>%1 did not accept your SSH key or password.</source>
        <translation>%1 n’a pas accepté votre clé SSH ou votre mot de passe.</translation>
    </message>
    <message>
        <source>The cluster&apos;s login node %1 was not found.</source>
        <translation>Le nœud de connexion %1 du cluster est introuvable.</translation>
    </message>
    <message>
        <source>%1 refused the SSH connection.</source>
        <translation>%1 a refusé la connexion SSH.</translation>
    </message>
    <message>
        <source>%1 did not answer the SSH connection in time.</source>
        <translation>%1 n’a pas répondu à temps à la connexion SSH.</translation>
    </message>
    <message>
        <source>Could not log in to %1 over SSH.</source>
        <translation>Impossible de se connecter à %1 par SSH.</translation>
    </message>
    <message>
        <source>THE HOST KEY OF %1 HAS CHANGED since you trusted it (it now presents %2). Someone may be intercepting the connection, so nothing was sent. If the facility confirms that the key was changed, remove the old key of %1 from %3 and connect again.</source>
        <translation>LA CLÉ D’HÔTE DE %1 A CHANGÉ depuis que vous lui avez fait confiance (il présente maintenant %2). Quelqu’un intercepte peut-être la connexion ; rien n’a donc été envoyé. Si l’installation confirme que la clé a été changée, supprimez l’ancienne clé de %1 de %3 et connectez-vous à nouveau.</translation>
    </message>
    <message>
        <source>another key</source>
        <translation>une autre clé</translation>
    </message>
    <message>
        <source>%1 is not known yet, and ssh-keyscan (OpenSSH) was not found to read its host key.</source>
        <translation>%1 n’est pas encore connu, et ssh-keyscan (OpenSSH) est introuvable pour lire sa clé d’hôte.</translation>
    </message>
    <message>
        <source>Could not read the host key of %1.</source>
        <translation>Impossible de lire la clé d’hôte de %1.</translation>
    </message>
    <message>
        <source>Not connected to %1: its host key (%2 %3) was not trusted.</source>
        <translation>Non connecté à %1 : sa clé d’hôte (%2 %3) n’a pas été approuvée.</translation>
    </message>
</context>
<context>
    <name>daas::jobs::SshJobScript</name>
    <message>
        <source>&quot;%1&quot; is not an environment variable (NAME=value).</source>
        <translation>« %1 » n’est pas une variable d’environnement (NOM=valeur).</translation>
    </message>
</context>
<context>
    <name>daas::jobs::SshKnownHosts</name>
    <message>
        <source>Could not remember the host key in %1: %2</source>
        <translation>Impossible de mémoriser la clé d’hôte dans %1 : %2</translation>
    </message>
</context>
<context>
    <name>daas::jobs::StorageOutputReader</name>
    <message>
        <source>The storage is no longer connected.</source>
        <translation>Le stockage n’est plus connecté.</translation>
    </message>
</context>
<context>
    <name>daas::jobs::TemplateLibrary</name>
    <message>
        <source>There is no job template “%1”.</source>
        <translation>Le modèle de tâche « %1 » n’existe pas.</translation>
    </message>
    <message>
        <source>This job cannot be made into a template: %1</source>
        <translation>Cette tâche ne peut pas être transformée en modèle : %1</translation>
    </message>
    <message>
        <source>The folder for your job templates, %1, could not be made.</source>
        <translation>Le dossier de vos modèles de tâche, %1, n’a pas pu être créé.</translation>
    </message>
    <message>
        <source>The template could not be saved in %1.</source>
        <translation>Le modèle n’a pas pu être enregistré dans %1.</translation>
    </message>
    <message>
        <source>The template could not be saved as %1.</source>
        <translation>Le modèle n’a pas pu être enregistré sous %1.</translation>
    </message>
</context>
<context>
    <name>daas::remote::RdpConnectionFile</name>
    <message>
        <source>This is not a usable connection file: %1</source>
        <translation>Ce fichier de connexion n’est pas utilisable : %1</translation>
    </message>
    <message>
        <source>it is too large.</source>
        <translation>il est trop volumineux.</translation>
    </message>
    <message>
        <source>Could not read the connection file.</source>
        <translation>Impossible de lire le fichier de connexion.</translation>
    </message>
    <message>
        <source>its settings could not be read.</source>
        <translation>ses réglages n’ont pas pu être lus.</translation>
    </message>
    <message>
        <source>it names no computer (“full address”).</source>
        <translation>il n’indique aucun ordinateur (« full address »).</translation>
    </message>
    <message>
        <source>the computer&apos;s name “%1” is not valid.</source>
        <translation>le nom de l’ordinateur « %1 » n’est pas valide.</translation>
    </message>
    <message>
        <source>the computer&apos;s name is too long.</source>
        <translation>le nom de l’ordinateur est trop long.</translation>
    </message>
    <message>
        <source>its port is not between 1 and 65535.</source>
        <translation>son port n’est pas compris entre 1 et 65535.</translation>
    </message>
    <message>
        <source>Could not open the connection file “%1”.</source>
        <translation>Impossible d’ouvrir le fichier de connexion « %1 ».</translation>
    </message>
    <message>
        <source>The desktop&apos;s address or the user name cannot be written into a connection file.</source>
        <translation>L’adresse du bureau ou le nom d’utilisateur ne peut pas être écrit dans un fichier de connexion.</translation>
    </message>
    <message>
        <source>The desktop has no address to write into a connection file.</source>
        <translation>Le bureau n’a pas d’adresse à écrire dans un fichier de connexion.</translation>
    </message>
    <message>
        <source>Could not make the connection file.</source>
        <translation>Impossible de créer le fichier de connexion.</translation>
    </message>
    <message>
        <source>Could not save the connection file “%1”. Check the folder and free disk space.</source>
        <translation>Impossible d’enregistrer le fichier de connexion « %1 ». Vérifiez le dossier et l’espace disque disponible.</translation>
    </message>
</context>
<context>
    <name>daas::remote::RdpErrors</name>
    <message>
        <source>An administrator or another program ended this remote desktop session.</source>
        <translation>Un administrateur ou un autre programme a mis fin à cette session de bureau distant.</translation>
    </message>
    <message>
        <source>An administrator or another program signed this session out.</source>
        <translation>Un administrateur ou un autre programme a fermé cette session.</translation>
    </message>
    <message>
        <source>The server ended an idle session. Connect again to carry on.</source>
        <translation>Le serveur a mis fin à une session inactive. Reconnectez-vous pour continuer.</translation>
    </message>
    <message>
        <source>The server ended the session because signing in took too long.</source>
        <translation>Le serveur a mis fin à la session parce que la connexion a pris trop de temps.</translation>
    </message>
    <message>
        <source>Another session took over this desktop. Connect again to take it back.</source>
        <translation>Une autre session a pris le contrôle de ce bureau. Reconnectez-vous pour le reprendre.</translation>
    </message>
    <message>
        <source>The remote computer ran out of memory.</source>
        <translation>L’ordinateur distant n’a plus de mémoire disponible.</translation>
    </message>
    <message>
        <source>The remote desktop refused the connection.</source>
        <translation>Le bureau distant a refusé la connexion.</translation>
    </message>
    <message>
        <source>This account may not use remote desktop on this computer.</source>
        <translation>Ce compte n’est pas autorisé à utiliser le bureau distant sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The remote desktop asks for the password to be typed again.</source>
        <translation>Le bureau distant demande que le mot de passe soit saisi à nouveau.</translation>
    </message>
    <message>
        <source>The session was disconnected from the remote side.</source>
        <translation>La session a été déconnectée par le côté distant.</translation>
    </message>
    <message>
        <source>You signed out of the remote desktop.</source>
        <translation>Vous vous êtes déconnecté du bureau distant.</translation>
    </message>
    <message>
        <source>The remote desktop&apos;s session crashed. Connect again.</source>
        <translation>La session du bureau distant s’est arrêtée brutalement. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>The remote computer has no licence server for remote desktop sessions. Tell the facility&apos;s support.</source>
        <translation>L’ordinateur distant n’a pas de serveur de licences pour les sessions de bureau distant. Signalez-le au support de l’installation.</translation>
    </message>
    <message>
        <source>The remote computer has no licence left for another remote desktop session.</source>
        <translation>L’ordinateur distant n’a plus de licence disponible pour une autre session de bureau distant.</translation>
    </message>
    <message>
        <source>The remote desktop did not accept the user name or password.</source>
        <translation>Le bureau distant n’a pas accepté le nom d’utilisateur ou le mot de passe.</translation>
    </message>
    <message>
        <source>The password was not accepted.</source>
        <translation>Le mot de passe n’a pas été accepté.</translation>
    </message>
    <message>
        <source>The remote desktop needs a user name and password.</source>
        <translation>Le bureau distant a besoin d’un nom d’utilisateur et d’un mot de passe.</translation>
    </message>
    <message>
        <source>The password has expired. Change it with the facility, then connect again.</source>
        <translation>Le mot de passe a expiré. Changez-le auprès de l’installation, puis reconnectez-vous.</translation>
    </message>
    <message>
        <source>The password must be changed before this account can sign in.</source>
        <translation>Le mot de passe doit être changé avant que ce compte puisse se connecter.</translation>
    </message>
    <message>
        <source>The account is locked after too many wrong passwords. Ask the facility&apos;s support.</source>
        <translation>Le compte est verrouillé après trop de mots de passe erronés. Demandez au support de l’installation.</translation>
    </message>
    <message>
        <source>The account has expired.</source>
        <translation>Le compte a expiré.</translation>
    </message>
    <message>
        <source>The account is disabled.</source>
        <translation>Le compte est désactivé.</translation>
    </message>
    <message>
        <source>The account may not sign in now or from here (an account restriction).</source>
        <translation>Le compte ne peut pas se connecter maintenant ou depuis cet endroit (une restriction du compte).</translation>
    </message>
    <message>
        <source>The remote desktop denied access to this account.</source>
        <translation>Le bureau distant a refusé l’accès à ce compte.</translation>
    </message>
    <message>
        <source>The remote desktop&apos;s host name is unknown. Check the environment&apos;s address.</source>
        <translation>Le nom d’hôte du bureau distant est inconnu. Vérifiez l’adresse de l’environnement.</translation>
    </message>
    <message>
        <source>Could not set up an encrypted connection to the remote desktop.</source>
        <translation>Impossible d’établir une connexion chiffrée avec le bureau distant.</translation>
    </message>
    <message>
        <source>The remote desktop and this viewer found no kind of security they both accept (NLA, TLS or RDP).</source>
        <translation>Le bureau distant et cette visionneuse n’ont trouvé aucun type de sécurité accepté par les deux (NLA, TLS ou RDP).</translation>
    </message>
    <message>
        <source>Connecting was cancelled.</source>
        <translation>L’établissement de la connexion a été annulé.</translation>
    </message>
    <message>
        <source>The remote desktop did not finish setting up the session in time.</source>
        <translation>Le bureau distant n’a pas terminé à temps la mise en place de la session.</translation>
    </message>
    <message>
        <source>The remote desktop ended the session because of a protocol error. Connect again; if it keeps happening, restart the environment.</source>
        <translation>Le bureau distant a mis fin à la session à cause d’une erreur de protocole. Reconnectez-vous ; si cela se reproduit, redémarrez l’environnement.</translation>
    </message>
    <message>
        <source>The connection to the remote desktop was lost. Check the network; the viewer tries to reconnect.</source>
        <translation>La connexion au bureau distant a été perdue. Vérifiez le réseau ; la visionneuse tente de se reconnecter.</translation>
    </message>
    <message>
        <source>Could not reach the remote desktop. The environment may still be starting; try again in a minute.</source>
        <translation>Impossible de joindre le bureau distant. L’environnement est peut-être encore en cours de démarrage ; réessayez dans une minute.</translation>
    </message>
    <message>
        <source>The remote desktop closed the connection while it was being set up. Check that this address serves RDP; if it does, restart the environment.</source>
        <translation>Le bureau distant a fermé la connexion pendant son établissement. Vérifiez que cette adresse propose bien RDP ; si c’est le cas, redémarrez l’environnement.</translation>
    </message>
    <message>
        <source>The RD Gateway %1 did not accept the user name or password.</source>
        <translation>La passerelle RD %1 n’a pas accepté le nom d’utilisateur ou le mot de passe.</translation>
    </message>
    <message>
        <source>The RD Gateway&apos;s address %1 is unknown. Check the address.</source>
        <translation>L’adresse %1 de la passerelle RD est inconnue. Vérifiez l’adresse.</translation>
    </message>
    <message>
        <source>Could not reach the RD Gateway %1. Check the network and try again later.</source>
        <translation>Impossible de joindre la passerelle RD %1. Vérifiez le réseau et réessayez plus tard.</translation>
    </message>
    <message>
        <source>Could not set up an encrypted connection to the RD Gateway %1.</source>
        <translation>Impossible d’établir une connexion chiffrée avec la passerelle RD %1.</translation>
    </message>
    <message>
        <source>Connecting to the RD Gateway %1 was cancelled.</source>
        <translation>La connexion à la passerelle RD %1 a été annulée.</translation>
    </message>
    <message>
        <source>The RD Gateway %1 refused the connection to the remote desktop or closed it while it was being set up. Check the gateway&apos;s address; if it is right, ask the facility&apos;s support.</source>
        <translation>La passerelle RD %1 a refusé la connexion au bureau distant ou l’a fermée pendant son établissement. Vérifiez l’adresse de la passerelle ; si elle est correcte, contactez le support de votre installation.</translation>
    </message>
</context>
<context>
    <name>daas::remote::RdpWorker</name>
    <message>
        <source>Could not start the remote desktop connection.</source>
        <translation>Impossible de démarrer la connexion au bureau distant.</translation>
    </message>
    <message>
        <source>The remote desktop&apos;s certificate was not accepted. The connection was not opened.</source>
        <translation>Le certificat du bureau distant n’a pas été accepté. La connexion n’a pas été ouverte.</translation>
    </message>
    <message>
        <source>Signing in to the remote desktop was cancelled.</source>
        <translation>La connexion au bureau distant a été annulée.</translation>
    </message>
    <message>
        <source>The remote desktop announced a screen size this viewer cannot show. Ask the environment&apos;s administrator to check its display settings.</source>
        <translation>Le bureau distant annonce une taille d’écran que cette visionneuse ne peut pas afficher. Demandez à l’administrateur de l’environnement de vérifier ses réglages d’affichage.</translation>
    </message>
    <message>
        <source>The certificate of the RD Gateway %1 was not accepted. The connection was not opened.</source>
        <translation>Le certificat de la passerelle RD %1 n’a pas été accepté. La connexion n’a pas été ouverte.</translation>
    </message>
    <message>
        <source>Signing in to the RD Gateway %1 was cancelled.</source>
        <translation>L’identification auprès de la passerelle RD %1 a été annulée.</translation>
    </message>
</context>
<context>
    <name>daas::remote::VncCertificateProbe</name>
    <message>
        <source>Could not read the remote desktop&apos;s certificate.</source>
        <translation>Impossible de lire le certificat du bureau distant.</translation>
    </message>
</context>
<context>
    <name>daas::remote::VncFailureLog</name>
    <message>
        <source>The VNC server</source>
        <translation>Le serveur VNC</translation>
    </message>
    <message>
        <source>The remote desktop announced a screen size this viewer cannot show. Ask the environment&apos;s administrator to check its display settings.</source>
        <translation>Le bureau distant annonce une taille d’écran que cette visionneuse ne peut pas afficher. Demandez à l’administrateur de l’environnement de vérifier ses réglages d’affichage.</translation>
    </message>
    <message>
        <source>The remote desktop sent something this viewer cannot read, so the connection was closed and not tried again. Restart the environment; if it happens again, tell the facility&apos;s support.</source>
        <translation>Le bureau distant a envoyé des données que cette visionneuse ne sait pas lire ; la connexion a donc été fermée et n’a pas été retentée. Redémarrez l’environnement ; si cela se reproduit, prévenez le support de l’installation.</translation>
    </message>
    <message>
        <source>The remote desktop did not accept the password. Check it and connect again.</source>
        <translation>Le bureau distant n’a pas accepté le mot de passe. Vérifiez-le et reconnectez-vous.</translation>
    </message>
    <message>
        <source>The remote desktop refused the connection. Try again in a few minutes; if it keeps refusing, restart the environment.</source>
        <translation>Le bureau distant a refusé la connexion. Réessayez dans quelques minutes ; s’il continue de refuser, redémarrez l’environnement.</translation>
    </message>
    <message>
        <source>The remote desktop&apos;s certificate could not be verified. The connection was not opened.</source>
        <translation>Le certificat du bureau distant n’a pas pu être vérifié. La connexion n’a pas été ouverte.</translation>
    </message>
    <message>
        <source>The remote desktop asks for a kind of sign-in this viewer does not support.</source>
        <translation>Le bureau distant demande un type de connexion que cette visionneuse ne prend pas en charge.</translation>
    </message>
    <message>
        <source>The connection to the remote desktop was lost. Check the network; the viewer tries to reconnect.</source>
        <translation>La connexion au bureau distant a été perdue. Vérifiez le réseau ; la visionneuse tente de se reconnecter.</translation>
    </message>
    <message>
        <source>The remote desktop closed the connection while it was being set up. Try again; if it keeps happening, restart the environment.</source>
        <translation>Le bureau distant a fermé la connexion pendant son établissement. Réessayez ; si cela se reproduit, redémarrez l’environnement.</translation>
    </message>
</context>
<context>
    <name>daas::remote::VncSession</name>
    <message>
        <source>The remote desktop&apos;s certificate is not trusted (SHA-256 fingerprint %1). Trust it only if the facility confirms this fingerprint.</source>
        <translation>Le certificat du bureau distant n’est pas approuvé (empreinte SHA-256 %1). Ne l’approuvez que si l’installation confirme cette empreinte.</translation>
    </message>
    <message>
        <source>The remote desktop host “%1” is unknown. Check the environment&apos;s address.</source>
        <translation>L’hôte du bureau distant « %1 » est inconnu. Vérifiez l’adresse de l’environnement.</translation>
    </message>
</context>
<context>
    <name>daas::remote::VncTrustStore</name>
    <message>
        <source>Could not remember the certificate. Check free disk space.</source>
        <translation>Impossible d’enregistrer le certificat. Vérifiez l’espace disque disponible.</translation>
    </message>
</context>
<context>
    <name>daas::remote::VncWorker</name>
    <message>
        <source>Could not reach the remote desktop at %1:%2. The environment may still be starting; try again in a minute.</source>
        <translation>Impossible de joindre le bureau distant à l’adresse %1:%2. L’environnement est peut-être encore en cours de démarrage ; réessayez dans une minute.</translation>
    </message>
</context>
<context>
    <name>daas::remote::WebSocketTunnel</name>
    <message>
        <source>Could not prepare the console connection.</source>
        <translation>Impossible de préparer la connexion à la console.</translation>
    </message>
    <message>
        <source>The console proxy answered in an unexpected format.</source>
        <translation>Le proxy de la console a répondu dans un format inattendu.</translation>
    </message>
    <message>
        <source>Could not open the console connection. The console link may have expired; open the console again.</source>
        <translation>Impossible d’ouvrir la connexion à la console. Le lien de la console a peut-être expiré ; rouvrez la console.</translation>
    </message>
</context>
<context>
    <name>daas::storage</name>
    <message>
        <source>The storage server did not accept your sign-in. Sign in again.</source>
        <translation>Le serveur de stockage n’a pas accepté vos identifiants. Reconnectez-vous.</translation>
    </message>
</context>
<context>
    <name>daas::storage::AccountStorageCredentials</name>
    <message>
        <source>The storage server needs your password.</source>
        <translation>Le serveur de stockage a besoin de votre mot de passe.</translation>
    </message>
    <message>
        <source>You did not give the storage password.</source>
        <translation>Vous n’avez pas saisi le mot de passe du stockage.</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again to carry on with your files.</source>
        <translation>Votre session a pris fin. Reconnectez-vous pour continuer avec vos fichiers.</translation>
    </message>
</context>
<context>
    <name>daas::storage::CatalogueCopy</name>
    <message>
        <source>“%1” was not copied: your storage is full. Delete files or ask the facility for more space.</source>
        <translation>« %1 » n’a pas été copié : votre stockage est plein. Supprimez des fichiers ou demandez plus d’espace à l’installation.</translation>
    </message>
    <message>
        <source>“%1” was not copied</source>
        <translation>« %1 » n’a pas été copié</translation>
    </message>
    <message>
        <source>The storage server accepted “%1” before it had all of it.</source>
        <translation>Le serveur de stockage a accepté « %1 » avant de l’avoir reçu en entier.</translation>
    </message>
    <message>
        <source>“%1” did not arrive as the catalogue describes it (its CRC-32 checksum differs), so it was not kept. The data service may hold a damaged copy: tell the facility if this happens again.</source>
        <translation>« %1 » n’est pas arrivé tel que le catalogue le décrit (sa somme de contrôle CRC-32 diffère) ; il n’a donc pas été conservé. Le service de données détient peut-être une copie endommagée : prévenez l’installation si cela se reproduit.</translation>
    </message>
    <message>
        <source>“%1” did not arrive whole on the storage server. It will be sent again.</source>
        <translation>« %1 » n’est pas arrivé complet sur le serveur de stockage. Il sera renvoyé.</translation>
    </message>
</context>
<context>
    <name>daas::storage::CatalogueCopyPlan</name>
    <message>
        <source>“%1” has no size in the catalogue, so it cannot be streamed into the storage; download it instead.</source>
        <translation>« %1 » n’a pas de taille dans le catalogue ; il ne peut donc pas être transféré directement dans le stockage. Téléchargez-le plutôt.</translation>
    </message>
    <message>
        <source>“%1” was not copied: its name cannot be used in the storage.</source>
        <translation>« %1 » n’a pas été copié : son nom ne peut pas être utilisé dans le stockage.</translation>
    </message>
    <message>
        <source>The datafile %1 could not be read from the catalogue</source>
        <translation>Le fichier de données %1 n’a pas pu être lu dans le catalogue</translation>
    </message>
    <message>
        <source>The dataset %1 could not be read from the catalogue</source>
        <translation>Le jeu de données %1 n’a pas pu être lu dans le catalogue</translation>
    </message>
    <message>
        <source>The dataset “%1” was not copied: its name cannot be used as a folder name in the storage.</source>
        <translation>Le jeu de données « %1 » n’a pas été copié : son nom ne peut pas servir de nom de dossier dans le stockage.</translation>
    </message>
    <message>
        <source>The files of the dataset “%1” could not be listed</source>
        <translation>Les fichiers du jeu de données « %1 » n’ont pas pu être listés</translation>
    </message>
    <message>
        <source>The storage folder “%1” cannot be used: %2</source>
        <translation>Le dossier de stockage « %1 » ne peut pas être utilisé : %2</translation>
    </message>
</context>
<context>
    <name>daas::storage::DavJob</name>
    <message>
        <source>The storage server did not answer with a WebDAV listing.</source>
        <translation>Le serveur de stockage n’a pas répondu par une liste WebDAV.</translation>
    </message>
    <message>
        <source>The storage server did not describe “%1”.</source>
        <translation>Le serveur de stockage n’a fourni aucune description de « %1 ».</translation>
    </message>
</context>
<context>
    <name>daas::storage::DavRangeRead</name>
    <message>
        <source>The storage server sent another part of “%1” than was asked for.</source>
        <translation>Le serveur de stockage a envoyé une autre partie de « %1 » que celle demandée.</translation>
    </message>
    <message>
        <source>The storage server does not send parts of files, so “%1” cannot be read from where it was left off.</source>
        <translation>Le serveur de stockage n’envoie pas de parties de fichiers ; « %1 » ne peut donc pas être lu à partir de l’endroit où la lecture s’était arrêtée.</translation>
    </message>
    <message>
        <source>The storage server does not send parts of files, so only the beginning of “%1” could be read.</source>
        <translation>Le serveur de stockage n’envoie pas de parties de fichiers ; seul le début de « %1 » a donc pu être lu.</translation>
    </message>
</context>
<context>
    <name>daas::storage::ExtractUploadJob</name>
    <message>
        <source>“%1” is not an archive that can be read.</source>
        <translation>« %1 » n’est pas une archive lisible.</translation>
    </message>
    <message>
        <source>links are not extracted.</source>
        <translation>les liens ne sont pas extraits.</translation>
    </message>
    <message>
        <source>it would leave the folder.</source>
        <translation>le chemin sort du dossier.</translation>
    </message>
    <message>
        <source>it could not be read from the archive.</source>
        <translation>impossible de le lire dans l’archive.</translation>
    </message>
    <message>
        <source>a file of that name is already there.</source>
        <translation>un fichier de ce nom existe déjà.</translation>
    </message>
</context>
<context>
    <name>daas::storage::MultistatusParser</name>
    <message>
        <source>The storage server&apos;s listing ended too early. Try again.</source>
        <translation>La liste du serveur de stockage s’est arrêtée trop tôt. Réessayez.</translation>
    </message>
    <message>
        <source>The storage server did not answer with a WebDAV listing.</source>
        <translation>Le serveur de stockage n’a pas répondu par une liste WebDAV.</translation>
    </message>
    <message>
        <source>The storage server sent a listing that cannot be read.</source>
        <translation>Le serveur de stockage a envoyé une liste illisible.</translation>
    </message>
    <message>
        <source>The storage server listed an entry without an address.</source>
        <translation>Le serveur de stockage a listé une entrée sans adresse.</translation>
    </message>
    <message>
        <source>The storage server listed an entry that is not in this folder.</source>
        <translation>Le serveur de stockage a listé une entrée qui n’est pas dans ce dossier.</translation>
    </message>
    <message>
        <source>The storage server could not describe “%1”.</source>
        <translation>Le serveur de stockage n’a pas pu décrire « %1 ».</translation>
    </message>
    <message>
        <source>The storage server listed this folder a second time under another address; that entry was left out.</source>
        <translation>Le serveur de stockage a listé ce dossier une seconde fois sous une autre adresse ; cette entrée a été ignorée.</translation>
    </message>
    <message>
        <source>The storage server listed “%1” a second time or under another address; that entry was left out.</source>
        <translation>Le serveur de stockage a listé « %1 » une seconde fois ou sous une autre adresse ; cette entrée a été ignorée.</translation>
    </message>
</context>
<context>
    <name>daas::storage::RemoteFolderModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
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
    <name>daas::storage::StorageSession</name>
    <message>
        <source>The facility %1 offers no storage.</source>
        <translation>L’installation %1 ne propose pas de stockage.</translation>
    </message>
    <message>
        <source>The storage address of this facility needs your user name. Sign in again.</source>
        <translation>L’adresse de stockage de cette installation a besoin de votre nom d’utilisateur. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>The folder %1 could not be created on this computer.</source>
        <translation>Le dossier %1 n’a pas pu être créé sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The storage folder could not be made</source>
        <translation>Le dossier de stockage n’a pas pu être créé</translation>
    </message>
    <message>
        <source>A folder called “%1” is already in the storage folder, so the file was not copied there.</source>
        <translation>Un dossier nommé « %1 » se trouve déjà dans le dossier de stockage ; le fichier n’y a donc pas été copié.</translation>
    </message>
    <message>
        <source>A folder called “%1” is already in the storage folder, so the file was not moved there.</source>
        <translation>Un dossier nommé « %1 » se trouve déjà dans le dossier de stockage ; le fichier n’y a donc pas été déplacé.</translation>
    </message>
    <message>
        <source>A folder called “%1” is already in the storage folder, so the file was not uploaded there.</source>
        <translation>Un dossier nommé « %1 » se trouve déjà dans le dossier de stockage ; le fichier n’y a donc pas été téléversé.</translation>
    </message>
</context>
<context>
    <name>daas::storage::Transfer</name>
    <message>
        <source>“%1” is a folder. Download it as a .zip instead.</source>
        <translation>« %1 » est un dossier. Téléchargez-le plutôt en .zip.</translation>
    </message>
    <message>
        <source>The storage server resumed “%1” at the wrong place.</source>
        <translation>Le serveur de stockage a repris « %1 » au mauvais endroit.</translation>
    </message>
    <message>
        <source>“%1” arrived incomplete. It will be tried again.</source>
        <translation>« %1 » est arrivé incomplet. Le transfert sera relancé.</translation>
    </message>
    <message>
        <source>“%1” is no longer on this computer.</source>
        <translation>« %1 » n’est plus sur cet ordinateur.</translation>
    </message>
    <message>
        <source>“%1” could not be read.</source>
        <translation>Impossible de lire « %1 ».</translation>
    </message>
    <message>
        <source>“%1” did not arrive whole on the storage server. It will be sent again.</source>
        <translation>« %1 » n’est pas arrivé complet sur le serveur de stockage. Il sera renvoyé.</translation>
    </message>
    <message>
        <source>“%1” can be copied from the catalogue only while you are signed in to it.</source>
        <translation>« %1 » ne peut être copié depuis le catalogue que si vous y êtes connecté.</translation>
    </message>
    <message>
        <source>The storage server does not take the name “%1”, so “%2” was not copied.</source>
        <translation>Le serveur de stockage n’accepte pas le nom « %1 » ; « %2 » n’a donc pas été copié.</translation>
    </message>
    <message>
        <source>A folder called “%1” is already in the folder on this computer, so the file was not downloaded there.</source>
        <translation>Un dossier nommé « %1 » se trouve déjà dans le dossier de cet ordinateur ; le fichier n’y a donc pas été téléchargé.</translation>
    </message>
</context>
<context>
    <name>daas::storage::TransferQueue</name>
    <message>
        <source>The list of transfers could not be read.</source>
        <translation>La liste des transferts n’a pas pu être lue.</translation>
    </message>
    <message>
        <source>The list of transfers could not be saved in %1, so unfinished transfers will not carry on after a restart. Check that the disk has space and that the folder can be written.</source>
        <translation>La liste des transferts n’a pas pu être enregistrée dans %1 : les transferts inachevés ne reprendront donc pas après un redémarrage. Vérifiez que le disque a de la place et que le dossier est accessible en écriture.</translation>
    </message>
</context>
<context>
    <name>daas::storage::WebDavClient</name>
    <message>
        <source>The storage server did not answer.</source>
        <translation>Le serveur de stockage n’a pas répondu.</translation>
    </message>
    <message>
        <source>this folder</source>
        <translation>ce dossier</translation>
    </message>
    <message>
        <source>The storage server did not accept your sign-in. Sign in again.</source>
        <translation>Le serveur de stockage n’a pas accepté vos identifiants. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>You are not allowed to change or read %1 on the storage server.</source>
        <translation>Vous n’êtes pas autorisé à modifier ou à lire %1 sur le serveur de stockage.</translation>
    </message>
    <message>
        <source>%1 is no longer on the storage server. Refresh the folder.</source>
        <translation>Le serveur de stockage ne contient plus %1. Actualisez le dossier.</translation>
    </message>
    <message>
        <source>%1 already exists on the storage server.</source>
        <translation>Le serveur de stockage contient déjà %1.</translation>
    </message>
    <message>
        <source>The storage server does not allow this on %1.</source>
        <translation>Le serveur de stockage n’autorise pas cette opération sur %1.</translation>
    </message>
    <message>
        <source>The folder for %1 does not exist on the storage server. Refresh and try again.</source>
        <translation>Le dossier parent de %1 n’existe pas sur le serveur de stockage. Actualisez et réessayez.</translation>
    </message>
    <message>
        <source>%1 was changed or already exists on the storage server. Refresh and choose again.</source>
        <translation>Sur le serveur de stockage, %1 a été modifié ou existe déjà. Actualisez et choisissez à nouveau.</translation>
    </message>
    <message>
        <source>The storage server refused %1: it is too large.</source>
        <translation>Le serveur de stockage a refusé %1 : c’est trop volumineux.</translation>
    </message>
    <message>
        <source>%1 is locked on the storage server by someone else. Try again later.</source>
        <translation>Sur le serveur de stockage, %1 est verrouillé par quelqu’un d’autre. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>%1 could not be moved: the target folder may be missing. Refresh and try again.</source>
        <translation>Impossible de déplacer %1 : le dossier cible est peut-être absent. Actualisez et réessayez.</translation>
    </message>
    <message>
        <source>Your storage is full. Delete files or ask the facility for more space.</source>
        <translation>Votre stockage est plein. Supprimez des fichiers ou demandez plus d’espace à l’installation.</translation>
    </message>
    <message>
        <source>The storage server</source>
        <translation>Le serveur de stockage</translation>
    </message>
    <message>
        <source>This address is not a WebDAV storage server.</source>
        <translation>Cette adresse n’est pas celle d’un serveur de stockage WebDAV.</translation>
    </message>
    <message>
        <source>The storage address %1 is not encrypted (http), so your password is not sent to it. Ask the facility for its https address.</source>
        <translation>L’adresse de stockage %1 n’est pas chiffrée (http) : votre mot de passe ne lui est donc pas envoyé. Demandez à l’installation son adresse https.</translation>
    </message>
</context>
<context>
    <name>daas::storage::ZipDownloadJob</name>
    <message>
        <source>The archive “%1” could not be created.</source>
        <translation>L’archive « %1 » n’a pas pu être créée.</translation>
    </message>
    <message>
        <source>The archive could not be written. Is the disk full?</source>
        <translation>L’archive n’a pas pu être écrite. Le disque est-il plein ?</translation>
    </message>
    <message>
        <source>The archive could not be put in place.</source>
        <translation>L’archive n’a pas pu être mise en place.</translation>
    </message>
    <message>
        <source>“%1” arrived incomplete.</source>
        <translation>« %1 » est arrivé incomplet.</translation>
    </message>
</context>
<context>
    <name>daas::storage::davpath</name>
    <message>
        <source>The storage server listed an entry that cannot be shown: %1</source>
        <translation>Le serveur de stockage a listé une entrée qui ne peut pas être affichée : %1</translation>
    </message>
    <message>
        <source>the address is malformed.</source>
        <translation>l’adresse est mal formée.</translation>
    </message>
    <message>
        <source>it points to another server.</source>
        <translation>elle pointe vers un autre serveur.</translation>
    </message>
    <message>
        <source>it lies outside your storage.</source>
        <translation>elle se trouve hors de votre stockage.</translation>
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
        <translation>Le nom « %1 » ne peut pas être utilisé pour un fichier local : %2</translation>
    </message>
    <message>
        <source>it is empty.</source>
        <translation>il est vide.</translation>
    </message>
    <message>
        <source>it refers to a folder above.</source>
        <translation>il désigne un dossier parent.</translation>
    </message>
    <message>
        <source>it contains a folder separator.</source>
        <translation>il contient un séparateur de dossiers.</translation>
    </message>
    <message>
        <source>it contains a control character.</source>
        <translation>il contient un caractère de contrôle.</translation>
    </message>
    <message>
        <source>it ends with a space or a dot.</source>
        <translation>il se termine par un espace ou un point.</translation>
    </message>
    <message>
        <source>it is a reserved device name.</source>
        <translation>c’est un nom de périphérique réservé.</translation>
    </message>
    <message>
        <source>it contains a colon.</source>
        <translation>il contient un deux-points.</translation>
    </message>
    <message>
        <source>it is too long.</source>
        <translation>il est trop long.</translation>
    </message>
    <message>
        <source>it is an absolute path.</source>
        <translation>c’est un chemin absolu.</translation>
    </message>
    <message>
        <source>it starts with a drive letter.</source>
        <translation>il commence par une lettre de lecteur.</translation>
    </message>
    <message>
        <source>it leaves the chosen folder.</source>
        <translation>il sort du dossier choisi.</translation>
    </message>
    <message>
        <source>%1 gave an answer that could not be read.</source>
        <translation>%1 a donné une réponse illisible.</translation>
    </message>
    <message numerus="yes">
        <source>The server %1 did not answer within %n second(s). Check the network connection, or try again later.</source>
        <translation>
            <numerusform>Le serveur %1 n’a pas répondu en %n seconde. Vérifiez la connexion réseau, ou réessayez plus tard.</numerusform>
            <numerusform>Le serveur %1 n’a pas répondu en %n secondes. Vérifiez la connexion réseau, ou réessayez plus tard.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>daas::support::PartFile</name>
    <message>
        <source>“%1” could not be put in place on this computer.</source>
        <translation>« %1 » n’a pas pu être mis en place sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space, then try “%1” again.</source>
        <translation>Le disque est plein. Libérez de l’espace, puis réessayez avec « %1 ».</translation>
    </message>
    <message>
        <source>“%1” could not be written on this computer.</source>
        <translation>« %1 » n’a pas pu être écrit sur cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>daas::support::TlsTrustStore</name>
    <message>
        <source>The certificate of %1 (port %2) is not trusted. Its SHA-256 fingerprint is %3. Trust it only if your facility confirms this fingerprint.</source>
        <translation>Le certificat de %1 (port %2) n’est pas approuvé. Son empreinte SHA-256 est %3. Ne l’approuvez que si votre installation confirme cette empreinte.</translation>
    </message>
</context>
<context>
    <name>daas::ui::AddFacilityDialog</name>
    <message>
        <source>&amp;Fetch</source>
        <translation>&amp;Récupérer</translation>
    </message>
    <message>
        <source>Add a Facility</source>
        <translation>Ajouter une installation</translation>
    </message>
    <message>
        <source>Type the address your facility gives for its profile, or just its host name (for example facility.example).</source>
        <translation>Saisissez l’adresse que votre installation indique pour son profil, ou simplement son nom d’hôte (par exemple facility.example).</translation>
    </message>
    <message>
        <source>Profile address</source>
        <translation>Adresse du profil</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>&amp;Add This Facility</source>
        <translation>A&amp;jouter cette installation</translation>
    </message>
    <message>
        <source>Fetching %1…</source>
        <translation>Récupération de %1…</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>Provenance : %1</translation>
    </message>
    <message>
        <source>It replaces the facility “%1” you added before.</source>
        <translation>Elle remplace l’installation « %1 » que vous aviez ajoutée auparavant.</translation>
    </message>
    <message>
        <source>Check that these are your facility&apos;s services, then add it.</source>
        <translation>Vérifiez qu’il s’agit bien des services de votre installation, puis ajoutez-la.</translation>
    </message>
    <message>
        <source>Refresh a Facility</source>
        <translation>Actualiser une installation</translation>
    </message>
    <message>
        <source>&amp;Keep the New Profile</source>
        <translation>&amp;Garder le nouveau profil</translation>
    </message>
</context>
<context>
    <name>daas::ui::Breadcrumb</name>
    <message>
        <source>Folder path</source>
        <translation>Chemin du dossier</translation>
    </message>
    <message>
        <source>The top of your storage</source>
        <translation>Le haut de votre espace de stockage</translation>
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
        <translation>
            <numerusform>%n élément</numerusform>
            <numerusform>%n éléments</numerusform>
        </translation>
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
    <message>
        <source>Copy to &amp;my storage…</source>
        <translation>Copier dans &amp;mon stockage…</translation>
    </message>
    <message>
        <source>Copy the selection to my storage</source>
        <translation>Copier la sélection dans mon stockage</translation>
    </message>
    <message>
        <source>This facility offers no storage to copy into</source>
        <translation>Cette installation ne propose pas de stockage où copier</translation>
    </message>
    <message>
        <source>Open an investigation to copy its datasets into your storage</source>
        <translation>Ouvrez une expérience pour copier ses jeux de données dans votre stockage</translation>
    </message>
    <message>
        <source>Copy the selected datasets into your storage, for your analysis environments and batch jobs</source>
        <translation>Copier les jeux de données sélectionnés dans votre stockage, pour vos environnements d’analyse et vos tâches de calcul</translation>
    </message>
    <message>
        <source>Copy the selected files into your storage, for your analysis environments and batch jobs</source>
        <translation>Copier les fichiers sélectionnés dans votre stockage, pour vos environnements d’analyse et vos tâches de calcul</translation>
    </message>
    <message>
        <source>Select what to copy first.</source>
        <translation>Sélectionnez d’abord ce qu’il faut copier.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n fichier</numerusform>
            <numerusform>%n fichiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dataset(s)</source>
        <translation>
            <numerusform>%n jeu de données</numerusform>
            <numerusform>%n jeux de données</numerusform>
        </translation>
    </message>
    <message>
        <source>the top folder of your storage</source>
        <translation>le dossier racine de votre stockage</translation>
    </message>
    <message>
        <source>The dataset goes into “%1”, with its folders.</source>
        <translation>Le jeu de données va dans « %1 », avec ses dossiers.</translation>
    </message>
    <message>
        <source>Each dataset goes into a folder of its own in %1.</source>
        <translation>Chaque jeu de données va dans son propre dossier dans %1.</translation>
    </message>
    <message>
        <source>The file is saved as “%1”.</source>
        <translation>Le fichier est enregistré sous « %1 ».</translation>
    </message>
    <message>
        <source>The files go into %1.</source>
        <translation>Les fichiers vont dans %1.</translation>
    </message>
    <message>
        <source>Listing what to copy…</source>
        <translation>Recensement de ce qu’il faut copier…</translation>
    </message>
    <message>
        <source>“%1” in your storage</source>
        <translation>« %1 » dans votre stockage</translation>
    </message>
    <message>
        <source>Nothing was copied.</source>
        <translation>Rien n’a été copié.</translation>
    </message>
    <message numerus="yes">
        <source>Copying %n file(s) into %1. Their progress is in Transfers.</source>
        <translation>
            <numerusform>Copie de %n fichier dans %1. Sa progression est sous Transferts.</numerusform>
            <numerusform>Copie de %n fichiers dans %1. Leur progression est sous Transferts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more file(s) were left out for the same kind of reason.</source>
        <translation>
            <numerusform>%n autre fichier a été ignoré pour une raison du même genre.</numerusform>
            <numerusform>%n autres fichiers ont été ignorés pour une raison du même genre.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Process on the cluster…</source>
        <translation>Tra&amp;iter sur le cluster…</translation>
    </message>
    <message>
        <source>Copy the selected dataset into your storage and start a job on it</source>
        <translation>Copier le jeu de données sélectionné dans votre stockage et lancer une tâche dessus</translation>
    </message>
    <message>
        <source>Select one dataset to process.</source>
        <translation>Sélectionnez un seul jeu de données à traiter.</translation>
    </message>
    <message>
        <source>The dataset goes into “%1”, with its folders; the cluster reads it there. New job opens with it as the input.</source>
        <translation>Le jeu de données va dans « %1 », avec ses dossiers ; le cluster l’y lit. « Nouvelle tâche » s’ouvre avec lui comme entrée.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
</context>
<context>
    <name>daas::ui::CertificateDecisionBox</name>
    <message>
        <source>The remote desktop %1 (port %2)</source>
        <translation>Le bureau distant %1 (port %2)</translation>
    </message>
    <message>
        <source>Certificate Changed</source>
        <translation>Certificat modifié</translation>
    </message>
    <message>
        <source>%1 presented a different certificate from the one you trusted before. This happens when the machine was rebuilt, and also when someone intercepts the connection.

New SHA-256 fingerprint:
%2

Connect only if your facility confirms the new fingerprint.</source>
        <translation>%1 a présenté un certificat différent de celui que vous aviez approuvé auparavant. Cela arrive quand la machine a été reconstruite, mais aussi quand quelqu’un intercepte la connexion.

Nouvelle empreinte SHA-256 :
%2

Ne vous connectez que si votre installation confirme la nouvelle empreinte.</translation>
    </message>
    <message>
        <source>Untrusted Certificate</source>
        <translation>Certificat non approuvé</translation>
    </message>
    <message>
        <source>%1 presented a certificate that is not trusted.

SHA-256 fingerprint:
%2

Trust it only if your facility confirms this fingerprint. The decision is remembered for this desktop.</source>
        <translation>%1 a présenté un certificat qui n’est pas approuvé.

Empreinte SHA-256 :
%2

Ne l’approuvez que si votre installation confirme cette empreinte. La décision est mémorisée pour ce bureau.</translation>
    </message>
    <message>
        <source>Trust the New Certificate</source>
        <translation>Approuver le nouveau certificat</translation>
    </message>
    <message>
        <source>Trust and Connect</source>
        <translation>Approuver et se connecter</translation>
    </message>
    <message>
        <source>The RD Gateway %1 (port %2), through which the remote desktop is reached,</source>
        <translation>La passerelle RD %1 (port %2), par laquelle on atteint le bureau distant,</translation>
    </message>
    <message>
        <source>RD Gateway Certificate Changed</source>
        <translation>Certificat de la passerelle RD modifié</translation>
    </message>
    <message>
        <source>Untrusted RD Gateway Certificate</source>
        <translation>Certificat de passerelle RD non approuvé</translation>
    </message>
    <message>
        <source>%1 presented a certificate that is not trusted.

SHA-256 fingerprint:
%2

Trust it only if your facility confirms this fingerprint. The decision is remembered for this gateway.</source>
        <translation>%1 a présenté un certificat qui n’est pas approuvé.

Empreinte SHA-256 :
%2

Ne l’approuvez que si votre installation confirme cette empreinte. La décision est mémorisée pour cette passerelle.</translation>
    </message>
</context>
<context>
    <name>daas::ui::CloudPasswordDialog</name>
    <message>
        <source>Password for Analysis Environments</source>
        <translation>Mot de passe pour les environnements d’analyse</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>&amp;Se connecter</translation>
    </message>
</context>
<context>
    <name>daas::ui::ConflictDialog</name>
    <message>
        <source>size unknown</source>
        <translation>taille inconnue</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>date inconnue</translation>
    </message>
    <message>
        <source>%1, modified %2</source>
        <translation>%1, modifié le %2</translation>
    </message>
    <message>
        <source>&amp;Apply to all conflicts of these transfers</source>
        <translation>&amp;Appliquer à tous les conflits de ces transferts</translation>
    </message>
    <message>
        <source>File already exists</source>
        <translation>Le fichier existe déjà</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is already in the storage folder “%2”.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; se trouve déjà dans le dossier de stockage « %2 ».</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is already in the folder %2 on this computer.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; se trouve déjà dans le dossier %2 de cet ordinateur.</translation>
    </message>
    <message>
        <source>Already there:</source>
        <translation>Déjà présent :</translation>
    </message>
    <message>
        <source>From this computer:</source>
        <translation>De cet ordinateur :</translation>
    </message>
    <message>
        <source>From the storage:</source>
        <translation>Du stockage :</translation>
    </message>
    <message>
        <source>&amp;Keep both</source>
        <translation>&amp;Garder les deux</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>&amp;Remplacer</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>&amp;Ignorer</translation>
    </message>
    <message>
        <source>The new file is saved as “%1 (1)” beside the existing one.</source>
        <translation>Le nouveau fichier est enregistré sous « %1 (1) » à côté de l’existant.</translation>
    </message>
    <message numerus="yes">
        <source>%n more file(s) of these transfers are also already there.</source>
        <translation>
            <numerusform>%n autre fichier de ces transferts est lui aussi déjà présent.</numerusform>
            <numerusform>%n autres fichiers de ces transferts sont eux aussi déjà présents.</numerusform>
        </translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Stockage</translation>
    </message>
    <message>
        <source>Keep &amp;newer</source>
        <translation>Garder la plus réce&amp;nte</translation>
    </message>
    <message>
        <source>Whichever of the two was modified last is kept; the other is replaced or the transfer skipped.</source>
        <translation>Celle des deux qui a été modifiée en dernier est gardée ; l’autre est remplacée ou le transfert est ignoré.</translation>
    </message>
    <message>
        <source>From the catalogue:</source>
        <translation>Du catalogue :</translation>
    </message>
</context>
<context>
    <name>daas::ui::CopyToStorageDialog</name>
    <message>
        <source>Copy to my storage</source>
        <translation>Copier dans mon stockage</translation>
    </message>
    <message>
        <source>Copy %1 (%2) into your storage.</source>
        <translation>Copier %1 (%2) dans votre stockage.</translation>
    </message>
    <message>
        <source>Copy %1 into your storage.</source>
        <translation>Copier %1 dans votre stockage.</translation>
    </message>
    <message>
        <source>The data goes from the data service straight into your storage, without a copy on this computer. Your analysis environments and batch jobs see it there.</source>
        <translation>Les données vont du service de données directement dans votre stockage, sans copie sur cet ordinateur. Vos environnements d’analyse et vos tâches de calcul les y trouvent.</translation>
    </message>
    <message>
        <source>Storage folder</source>
        <translation>Dossier de stockage</translation>
    </message>
    <message>
        <source>the top folder of your storage</source>
        <translation>le dossier racine de votre stockage</translation>
    </message>
    <message>
        <source>A folder in your storage, such as “datasets” or “projects/kagome”. It is made if it is not there.</source>
        <translation>Un dossier de votre stockage, par exemple « datasets » ou « projects/kagome ». Il est créé s’il n’existe pas.</translation>
    </message>
    <message>
        <source>Into &amp;folder:</source>
        <translation>Dans le &amp;dossier :</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
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
        <translation>
            <numerusform>%n fichier enregistré dans %1</numerusform>
            <numerusform>%n fichiers enregistrés dans %1</numerusform>
        </translation>
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
    <message>
        <source>The facility is restoring these files from tape…</source>
        <translation>L’installation restaure ces fichiers depuis la bande…</translation>
    </message>
    <message>
        <source>The facility is restoring these files from tape… (waiting for %1)</source>
        <translation>L’installation restaure ces fichiers depuis la bande… (en attente depuis %1)</translation>
    </message>
</context>
<context>
    <name>daas::ui::EnvironmentModel</name>
    <message>
        <source>Waiting for the cloud</source>
        <translation>En attente du cloud</translation>
    </message>
    <message>
        <source>Starting the desktop</source>
        <translation>Démarrage du bureau</translation>
    </message>
    <message>
        <source>Booting</source>
        <translation>Démarrage</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Removing</source>
        <translation>Suppression</translation>
    </message>
    <message>
        <source>Switched off</source>
        <translation>Éteint</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Environment %1</source>
        <translation>Environnement %1</translation>
    </message>
    <message>
        <source>No end date</source>
        <translation>Sans date de fin</translation>
    </message>
    <message>
        <source>%1 (the cloud says %2)</source>
        <translation>%1 (selon le cloud : %2)</translation>
    </message>
    <message numerus="yes">
        <source>Removed automatically in %n hour(s)</source>
        <translation>
            <numerusform>Supprimé automatiquement dans %n heure</numerusform>
            <numerusform>Supprimé automatiquement dans %n heures</numerusform>
        </translation>
    </message>
    <message>
        <source>Past its end date</source>
        <translation>Date de fin dépassée</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Machine</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Not answering</source>
        <translation>Ne répond pas</translation>
    </message>
</context>
<context>
    <name>daas::ui::EnvironmentsView</name>
    <message>
        <source>&amp;Launch…</source>
        <translation>&amp;Lancer…</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Connecter</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Start a new environment</source>
        <translation>Lancer un nouvel environnement</translation>
    </message>
    <message>
        <source>Your environments</source>
        <translation>Vos environnements</translation>
    </message>
    <message>
        <source>You have no environments yet. Pick a machine on the left and launch it; its desktop opens here in a tab once it is ready.</source>
        <translation>Vous n’avez pas encore d’environnement. Choisissez une machine à gauche et lancez-la ; son bureau s’ouvre ici dans un onglet dès qu’il est prêt.</translation>
    </message>
    <message>
        <source>Machines you can launch</source>
        <translation>Machines que vous pouvez lancer</translation>
    </message>
    <message>
        <source>Launch a new environment from the selected machine</source>
        <translation>Lancer un nouvel environnement à partir de la machine choisie</translation>
    </message>
    <message>
        <source>Open the desktop of the selected environment in a tab</source>
        <translation>Ouvrir le bureau de l’environnement choisi dans un onglet</translation>
    </message>
    <message>
        <source>Remove the selected environment and its machine</source>
        <translation>Supprimer l’environnement choisi et sa machine</translation>
    </message>
    <message>
        <source>Ask the cloud again for the machines and your environments</source>
        <translation>Redemander au cloud les machines et vos environnements</translation>
    </message>
    <message>
        <source>Your session was resumed, so DAaaS Desktop does not know your password. Type your facility password to use analysis environments.</source>
        <translation>Votre session a été reprise, DAaaS Desktop ne connaît donc pas votre mot de passe. Saisissez le mot de passe de l’installation pour utiliser les environnements d’analyse.</translation>
    </message>
    <message>
        <source>Sign in to use analysis environments.</source>
        <translation>Connectez-vous pour utiliser les environnements d’analyse.</translation>
    </message>
    <message>
        <source>Analysis environments need your facility password. Choose Refresh to type it.</source>
        <translation>Les environnements d’analyse ont besoin du mot de passe de l’installation. Choisissez « Actualiser » pour le saisir.</translation>
    </message>
    <message>
        <source>The cloud did not accept your password. Type your facility password again.</source>
        <translation>Le cloud n’a pas accepté votre mot de passe. Saisissez à nouveau le mot de passe de l’installation.</translation>
    </message>
    <message>
        <source>Sign in again to launch environments.</source>
        <translation>Reconnectez-vous pour lancer des environnements.</translation>
    </message>
    <message>
        <source>Delete Environment</source>
        <translation>Supprimer l’environnement</translation>
    </message>
    <message>
        <source>Delete “%1”? The machine and everything on its own disks are removed for good; files in your persistent storage stay.</source>
        <translation>Supprimer « %1 » ? La machine et tout ce qui se trouve sur ses propres disques sont supprimés définitivement ; les fichiers de votre stockage persistant restent.</translation>
    </message>
    <message>
        <source>Connect with &amp;VNC</source>
        <translation>Se connecter avec &amp;VNC</translation>
    </message>
    <message>
        <source>Connect with &amp;RDP</source>
        <translation>Se connecter avec &amp;RDP</translation>
    </message>
    <message>
        <source>Choose how to connect: VNC or RDP</source>
        <translation>Choisir le mode de connexion : VNC ou RDP</translation>
    </message>
    <message>
        <source>Connection protocol</source>
        <translation>Protocole de connexion</translation>
    </message>
    <message>
        <source>&amp;Connect (%1)</source>
        <translation>&amp;Connecter (%1)</translation>
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
    <message>
        <source>No facility has been added yet. Add yours from the address of its profile (your facility&apos;s web pages give it), or open a profile file it sent you.</source>
        <translation>Aucune installation n’a encore été ajoutée. Ajoutez la vôtre depuis l’adresse de son profil (les pages web de votre installation l’indiquent), ou ouvrez un fichier de profil qu’elle vous a envoyé.</translation>
    </message>
    <message>
        <source>Added from %1</source>
        <translation>Ajoutée depuis %1</translation>
    </message>
    <message>
        <source>&amp;Add from address…</source>
        <translation>A&amp;jouter depuis une adresse…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Fetch this facility&apos;s profile again from the address it was added from</source>
        <translation>Récupérer à nouveau le profil de cette installation depuis l’adresse d’où elle a été ajoutée</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Forget this facility on this computer</source>
        <translation>Oublier cette installation sur cet ordinateur</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Remove a Facility</source>
        <translation>Supprimer une installation</translation>
    </message>
    <message>
        <source>Remove “%1” from this computer?</source>
        <translation>Supprimer « %1 » de cet ordinateur ?</translation>
    </message>
    <message>
        <source>Its profile, and certificates that came with it, are forgotten here. Your data at the facility is not touched; you can add it again later.</source>
        <translation>Son profil, et les certificats qui l’accompagnaient, sont oubliés ici. Vos données auprès de l’installation ne sont pas touchées ; vous pourrez l’ajouter de nouveau plus tard.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
</context>
<context>
    <name>daas::ui::FileBrowser</name>
    <message numerus="yes">
        <source>…and %n more problem(s).</source>
        <translation>
            <numerusform>…et %n autre problème.</numerusform>
            <numerusform>…et %n autres problèmes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your storage at %1</source>
        <translation>Votre stockage chez %1</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>&amp;Remonter</translation>
    </message>
    <message>
        <source>Go to the folder above (Backspace)</source>
        <translation>Aller au dossier parent (Retour arrière)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Open the folder, or the file in its application</source>
        <translation>Ouvrir le dossier, ou le fichier dans son application</translation>
    </message>
    <message>
        <source>&amp;New folder</source>
        <translation>&amp;Nouveau dossier</translation>
    </message>
    <message>
        <source>Create a folder here and name it</source>
        <translation>Créer un dossier ici et le nommer</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>Re&amp;nommer</translation>
    </message>
    <message>
        <source>Rename the selected entry (F2)</source>
        <translation>Renommer l’entrée sélectionnée (F2)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Delete the selection from your storage (Delete)</source>
        <translation>Supprimer la sélection de votre stockage (Suppr)</translation>
    </message>
    <message>
        <source>&amp;Download…</source>
        <translation>&amp;Télécharger…</translation>
    </message>
    <message>
        <source>Download the selection into a folder on this computer</source>
        <translation>Télécharger la sélection dans un dossier de cet ordinateur</translation>
    </message>
    <message>
        <source>&amp;Upload files…</source>
        <translation>&amp;Envoyer des fichiers…</translation>
    </message>
    <message>
        <source>Upload files from this computer into this folder (or drop them here)</source>
        <translation>Envoyer des fichiers de cet ordinateur dans ce dossier (ou les déposer ici)</translation>
    </message>
    <message>
        <source>Download as .&amp;zip…</source>
        <translation>Télécharger en .&amp;zip…</translation>
    </message>
    <message>
        <source>Download the selection (or this folder) as one .zip file</source>
        <translation>Télécharger la sélection (ou ce dossier) en un seul fichier .zip</translation>
    </message>
    <message>
        <source>E&amp;xtract here…</source>
        <translation>E&amp;xtraire ici…</translation>
    </message>
    <message>
        <source>Unpack an archive from this computer into this folder</source>
        <translation>Décompresser une archive de cet ordinateur dans ce dossier</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Actua&amp;liser</translation>
    </message>
    <message>
        <source>List this folder again (F5)</source>
        <translation>Relister ce dossier (F5)</translation>
    </message>
    <message>
        <source>&amp;Icons</source>
        <translation>&amp;Icônes</translation>
    </message>
    <message>
        <source>Show large icons instead of details</source>
        <translation>Afficher de grandes icônes au lieu des détails</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Stockage</translation>
    </message>
    <message>
        <source>Files and folders</source>
        <translation>Fichiers et dossiers</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <source>Show details instead of large icons</source>
        <translation>Afficher les détails au lieu des grandes icônes</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) in this folder are not shown, because the server described them in a way that is not safe to use on this computer: %1</source>
        <translation>
            <numerusform>%n entrée de ce dossier n’est pas affichée, car le serveur la décrit d’une façon qui n’est pas sûre sur cet ordinateur : %1</numerusform>
            <numerusform>%n entrées de ce dossier ne sont pas affichées, car le serveur les décrit d’une façon qui n’est pas sûre sur cet ordinateur : %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loading… %n entry(ies) so far</source>
        <translation>
            <numerusform>Chargement… %n entrée pour l’instant</numerusform>
            <numerusform>Chargement… %n entrées pour l’instant</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>This folder could not be listed.</source>
        <translation>Ce dossier n’a pas pu être listé.</translation>
    </message>
    <message>
        <source>This folder is empty. Drop files here to upload them.</source>
        <translation>Ce dossier est vide. Déposez des fichiers ici pour les envoyer.</translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s)</source>
        <translation>
            <numerusform>%n dossier</numerusform>
            <numerusform>%n dossiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n fichier</numerusform>
            <numerusform>%n fichiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n sélectionné</numerusform>
            <numerusform>%n sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 used, %2 free</source>
        <translation>%1 utilisés, %2 libres</translation>
    </message>
    <message>
        <source>%1 free</source>
        <translation>%1 libres</translation>
    </message>
    <message>
        <source>Opening “%1” once it has downloaded (see Transfers).</source>
        <translation>« %1 » s’ouvrira une fois téléchargé (voir Transferts).</translation>
    </message>
    <message>
        <source>New folder</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <source>“%1” cannot be used as a name: names may not contain “/” or be “.” or “..”.</source>
        <translation>« %1 » ne peut pas servir de nom : un nom ne peut pas contenir « / » ni être « . » ou « .. ».</translation>
    </message>
    <message>
        <source>There is already an entry called “%1” in this folder.</source>
        <translation>Ce dossier contient déjà une entrée nommée « %1 ».</translation>
    </message>
    <message>
        <source>Delete the folder “%1” and everything in it from your storage? This cannot be undone.</source>
        <translation>Supprimer de votre stockage le dossier « %1 » et tout son contenu ? Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Delete “%1” from your storage? This cannot be undone.</source>
        <translation>Supprimer « %1 » de votre stockage ? Cette action est irréversible.</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n entries from your storage? Folders are deleted with everything in them. This cannot be undone.</source>
        <translation>
            <numerusform>Supprimer cette entrée de votre stockage ? Les dossiers sont supprimés avec tout leur contenu. Cette action est irréversible.</numerusform>
            <numerusform>Supprimer ces %n entrées de votre stockage ? Les dossiers sont supprimés avec tout leur contenu. Cette action est irréversible.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete from storage</source>
        <translation>Supprimer du stockage</translation>
    </message>
    <message>
        <source>Download into folder</source>
        <translation>Télécharger dans le dossier</translation>
    </message>
    <message>
        <source>Upload files into “%1”</source>
        <translation>Envoyer des fichiers dans « %1 »</translation>
    </message>
    <message>
        <source>“%1” was not uploaded: its name cannot be used on the storage server.</source>
        <translation>« %1 » n’a pas été envoyé : son nom ne peut pas être utilisé sur le serveur de stockage.</translation>
    </message>
    <message>
        <source>%1 is no longer on this computer.</source>
        <translation>%1 n’est plus sur cet ordinateur.</translation>
    </message>
    <message>
        <source>“%1” cannot be moved or copied into itself.</source>
        <translation>« %1 » ne peut pas être déplacé ou copié dans lui-même.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>“%1” was not copied: “%2” already has an entry of that name.</source>
        <translation>« %1 » n’a pas été copié : « %2 » contient déjà une entrée de ce nom.</translation>
    </message>
    <message>
        <source>“%1” was not moved: “%2” already has an entry of that name.</source>
        <translation>« %1 » n’a pas été déplacé : « %2 » contient déjà une entrée de ce nom.</translation>
    </message>
    <message>
        <source>Entries cannot be moved between two different storages. Download them, then upload them.</source>
        <translation>Les entrées ne peuvent pas être déplacées entre deux stockages différents. Téléchargez-les, puis envoyez-les.</translation>
    </message>
    <message>
        <source>Download as .zip</source>
        <translation>Télécharger en .zip</translation>
    </message>
    <message>
        <source>ZIP archives (*.zip)</source>
        <translation>Archives ZIP (*.zip)</translation>
    </message>
    <message>
        <source>Extract an archive into “%1”</source>
        <translation>Extraire une archive dans « %1 »</translation>
    </message>
    <message>
        <source>Archives (*.zip *.tar *.tar.gz *.tgz *.tar.bz2 *.tar.xz)</source>
        <translation>Archives (*.zip *.tar *.tar.gz *.tgz *.tar.bz2 *.tar.xz)</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) of the archive were not extracted: %1</source>
        <translation>
            <numerusform>%n entrée de l’archive n’a pas été extraite : %1</numerusform>
            <numerusform>%n entrées de l’archive n’ont pas été extraites : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was still downloading when you dropped it, so it was not handed over. Drop it again in a moment; its progress is under Transfers.</source>
        <translation>%1 était encore en cours de téléchargement quand vous l’avez déposé ; il n’a donc pas été transmis. Déposez-le de nouveau dans un instant ; sa progression est sous Transferts.</translation>
    </message>
    <message>
        <source>Copy &amp;link</source>
        <translation>&amp;Copier le lien</translation>
    </message>
    <message>
        <source>Copy the web address of the selection (or of this folder)</source>
        <translation>Copier l&apos;adresse web de la sélection (ou de ce dossier)</translation>
    </message>
    <message>
        <source>Use on this &amp;computer…</source>
        <translation>&amp;Utiliser sur cet ordinateur…</translation>
    </message>
    <message>
        <source>Open your storage in this computer&apos;s own file manager</source>
        <translation>Ouvrir votre stockage dans le gestionnaire de fichiers de cet ordinateur</translation>
    </message>
    <message>
        <source>Link copied: %1</source>
        <translation>Lien copié : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) copied.</source>
        <translation>
            <numerusform>%n lien copié.</numerusform>
            <numerusform>%n liens copiés.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Process on the cluster…</source>
        <translation>Tr&amp;aiter sur le cluster…</translation>
    </message>
    <message>
        <source>Start a batch job with the selected folder (or this one) as its input</source>
        <translation>Lancer une tâche de calcul avec le dossier sélectionné (ou celui-ci) comme entrée</translation>
    </message>
</context>
<context>
    <name>daas::ui::IdleWarning</name>
    <message>
        <source>&amp;Stay signed in</source>
        <translation>&amp;Rester connecté</translation>
    </message>
    <message>
        <source>Signing out</source>
        <translation>Déconnexion</translation>
    </message>
    <message>
        <source>Keeps you signed in on this shared computer.</source>
        <translation>Vous maintient connecté sur cet ordinateur partagé.</translation>
    </message>
    <message>
        <source>Nobody has used DAaaS Desktop for a while. This computer is shared, so you will be signed out and everything of yours removed from it.</source>
        <translation>Personne n’a utilisé DAaaS Desktop depuis un moment. Cet ordinateur est partagé : vous allez être déconnecté et tout ce qui vous appartient en sera supprimé.</translation>
    </message>
    <message numerus="yes">
        <source>Signing out in %n s</source>
        <translation>
            <numerusform>Déconnexion dans %n s</numerusform>
            <numerusform>Déconnexion dans %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>These transfers will not finish:</source>
        <translation>Ces transferts ne se termineront pas :</translation>
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
        <translation>%1 (signal %2)</translation>
    </message>
    <message>
        <source>The scheduler says: %1</source>
        <translation>L’ordonnanceur indique : %1</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>Partition</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Soumission</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Run time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Nœuds</translation>
    </message>
    <message>
        <source>Exit code</source>
        <translation>Code de sortie</translation>
    </message>
</context>
<context>
    <name>daas::ui::JobOutputView</name>
    <message>
        <source>&amp;Follow</source>
        <translation>Sui&amp;vre</translation>
    </message>
    <message>
        <source>Job output</source>
        <translation>Sortie de la tâche</translation>
    </message>
    <message>
        <source>Job errors</source>
        <translation>Erreurs de la tâche</translation>
    </message>
    <message>
        <source>Keep the newest output in view</source>
        <translation>Garder visible la sortie la plus récente</translation>
    </message>
    <message>
        <source>The scheduler has not said where this output goes yet.</source>
        <translation>L’ordonnanceur n’a pas encore indiqué où cette sortie est écrite.</translation>
    </message>
    <message>
        <source>[… %1 not shown: the start of a large file]</source>
        <translation>[… %1 non affichés : le début d’un gros fichier]</translation>
    </message>
    <message>
        <source>[The file was replaced or shortened: %1]</source>
        <translation>[Le fichier a été remplacé ou raccourci : %1]</translation>
    </message>
    <message>
        <source>Waiting for the job to write %1</source>
        <translation>En attente d’une écriture de la tâche dans %1</translation>
    </message>
    <message>
        <source>Following %1</source>
        <translation>Suivi de %1</translation>
    </message>
    <message>
        <source>%1 — the job has ended; this is all of it</source>
        <translation>%1 — la tâche est terminée ; voici tout le contenu</translation>
    </message>
</context>
<context>
    <name>daas::ui::JobsView</name>
    <message>
        <source>Your batch jobs</source>
        <translation>Vos tâches de calcul</translation>
    </message>
    <message>
        <source>All jobs</source>
        <translation>Toutes les tâches</translation>
    </message>
    <message>
        <source>Queued and running</source>
        <translation>En attente et en cours</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminées</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>Affic&amp;her :</translation>
    </message>
    <message>
        <source>Job details</source>
        <translation>Détails de la tâche</translation>
    </message>
    <message>
        <source>Job script</source>
        <translation>Script de la tâche</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Script</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop waiting for this command</source>
        <translation>Ne plus attendre cette commande</translation>
    </message>
    <message>
        <source>The job list could not be brought up to date</source>
        <translation>La liste des tâches n’a pas pu être mise à jour</translation>
    </message>
    <message>
        <source>&amp;New job…</source>
        <translation>&amp;Nouvelle tâche…</translation>
    </message>
    <message>
        <source>Write or choose a job and submit it</source>
        <translation>Écrire ou choisir une tâche et la soumettre</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Ask the scheduler now</source>
        <translation>Interroger l’ordonnanceur maintenant</translation>
    </message>
    <message>
        <source>&amp;Cancel job</source>
        <translation>Annuler la &amp;tâche</translation>
    </message>
    <message>
        <source>Stop the selected job</source>
        <translation>Arrêter la tâche sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Hold</source>
        <translation>&amp;Retenir</translation>
    </message>
    <message>
        <source>Keep the selected job from starting</source>
        <translation>Empêcher la tâche sélectionnée de démarrer</translation>
    </message>
    <message>
        <source>Re&amp;lease</source>
        <translation>&amp;Libérer</translation>
    </message>
    <message>
        <source>Let the selected job start</source>
        <translation>Laisser démarrer la tâche sélectionnée</translation>
    </message>
    <message>
        <source>Re&amp;submit…</source>
        <translation>Re&amp;soumettre…</translation>
    </message>
    <message>
        <source>Submit the selected job again</source>
        <translation>Soumettre à nouveau la tâche sélectionnée</translation>
    </message>
    <message>
        <source>Make &amp;template…</source>
        <translation>Créer un &amp;modèle…</translation>
    </message>
    <message>
        <source>Keep the selected job as a template for new jobs</source>
        <translation>Garder la tâche sélectionnée comme modèle pour de nouvelles tâches</translation>
    </message>
    <message>
        <source>Open output &amp;folder</source>
        <translation>Ouvrir le &amp;dossier de sortie</translation>
    </message>
    <message>
        <source>Show the folder of the job&apos;s output in Files</source>
        <translation>Afficher le dossier de la sortie de la tâche dans la zone Fichiers</translation>
    </message>
    <message>
        <source>Asking the scheduler…</source>
        <translation>Interrogation de l’ordonnanceur…</translation>
    </message>
    <message>
        <source>Updated at %1 · next check in %2 s</source>
        <translation>Mis à jour à %1 · prochaine vérification dans %2 s</translation>
    </message>
    <message>
        <source>The scheduler has not answered yet.</source>
        <translation>L’ordonnanceur n’a pas encore répondu.</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s)</source>
        <translation>
            <numerusform>%n tâche</numerusform>
            <numerusform>%n tâches</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a job to see its details, script and output.</source>
        <translation>Sélectionnez une tâche pour voir ses détails, son script et sa sortie.</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Scheduler&apos;s state</source>
        <translation>État selon l’ordonnanceur</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>Partition</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Nœuds</translation>
    </message>
    <message>
        <source>Cores</source>
        <translation>Cœurs</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>Limite de temps</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Soumission</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Exit code</source>
        <translation>Code de sortie</translation>
    </message>
    <message>
        <source>%1, ended by signal %2</source>
        <translation>%1, arrêtée par le signal %2</translation>
    </message>
    <message>
        <source>Working folder</source>
        <translation>Dossier de travail</translation>
    </message>
    <message>
        <source>Output file</source>
        <translation>Fichier de sortie</translation>
    </message>
    <message>
        <source>Error file</source>
        <translation>Fichier d’erreurs</translation>
    </message>
    <message>
        <source>The scheduler did not give this job&apos;s script.</source>
        <translation>L’ordonnanceur n’a pas fourni le script de cette tâche.</translation>
    </message>
    <message>
        <source>It stops at once; what it has written so far stays.</source>
        <translation>Elle s’arrête immédiatement ; ce qu’elle a écrit jusqu’ici est conservé.</translation>
    </message>
    <message>
        <source>It leaves the queue and will not run.</source>
        <translation>Elle quitte la file d’attente et ne sera pas exécutée.</translation>
    </message>
    <message>
        <source>Cancel job</source>
        <translation>Annuler la tâche</translation>
    </message>
    <message>
        <source>Cancel job %1 “%2”? %3</source>
        <translation>Annuler la tâche %1 « %2 » ? %3</translation>
    </message>
    <message>
        <source>Job %1 could not be cancelled</source>
        <translation>La tâche %1 n’a pas pu être annulée</translation>
    </message>
    <message>
        <source>Cancelling job %1…</source>
        <translation>Annulation de la tâche %1…</translation>
    </message>
    <message>
        <source>Job %1 could not be held</source>
        <translation>La tâche %1 n’a pas pu être retenue</translation>
    </message>
    <message>
        <source>Job %1 could not be released</source>
        <translation>La tâche %1 n’a pas pu être libérée</translation>
    </message>
    <message>
        <source>Holding job %1…</source>
        <translation>Retenue de la tâche %1…</translation>
    </message>
    <message>
        <source>Releasing job %1…</source>
        <translation>Libération de la tâche %1…</translation>
    </message>
    <message>
        <source>Make template</source>
        <translation>Créer un modèle</translation>
    </message>
    <message>
        <source>Name of the new template:</source>
        <translation>Nom du nouveau modèle :</translation>
    </message>
    <message>
        <source>The template was not made</source>
        <translation>Le modèle n’a pas été créé</translation>
    </message>
    <message>
        <source>The template “%1” is ready: New job offers it.</source>
        <translation>Le modèle « %1 » est prêt : « Nouvelle tâche » le propose.</translation>
    </message>
</context>
<context>
    <name>daas::ui::LaunchDialog</name>
    <message>
        <source>Launch %1</source>
        <translation>Lancer %1</translation>
    </message>
    <message>
        <source>Software: %1</source>
        <translation>Logiciels : %1</translation>
    </message>
    <message>
        <source>Name of the new environment</source>
        <translation>Nom du nouvel environnement</translation>
    </message>
    <message>
        <source>&amp;Launch</source>
        <translation>&amp;Lancer</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Give the environment a name, so you can tell it from your others.</source>
        <translation>Donnez un nom à l’environnement, pour le distinguer de vos autres.</translation>
    </message>
    <message>
        <source>A name may not contain quotes, backslashes, brackets or control characters.</source>
        <translation>Un nom ne peut contenir ni guillemets, ni barres obliques inverses, ni crochets, ni caractères de contrôle.</translation>
    </message>
</context>
<context>
    <name>daas::ui::MainWindow</name>
    <message>
        <source>Transfers</source>
        <translation>Transferts</translation>
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
    <message>
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>Environments</source>
        <translation>Environnements</translation>
    </message>
    <message>
        <source>Environment ready</source>
        <translation>Environnement prêt</translation>
    </message>
    <message>
        <source>The desktop of “%1” is ready. Choose Connect to open it.</source>
        <translation>Le bureau de « %1 » est prêt. Choisissez « Connecter » pour l’ouvrir.</translation>
    </message>
    <message>
        <source>Desktops</source>
        <translation>Bureaux</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>Catalogue downloads</source>
        <translation>Téléchargements du catalogue</translation>
    </message>
    <message>
        <source>Open Connection File</source>
        <translation>Ouvrir un fichier de connexion</translation>
    </message>
    <message>
        <source>&amp;Open Connection File…</source>
        <translation>&amp;Ouvrir un fichier de connexion…</translation>
    </message>
    <message>
        <source>Remote desktop connection files (*.rdp)</source>
        <translation>Fichiers de connexion de bureau distant (*.rdp)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The batch cluster cannot be used</source>
        <translation>Le cluster de calcul ne peut pas être utilisé</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Job %1 %2</source>
        <translation>Tâche %1 : %2</translation>
    </message>
    <message>
        <source>Job %1 has ended.</source>
        <translation>La tâche %1 est terminée.</translation>
    </message>
    <message>
        <source>“%1” has ended: %2.</source>
        <translation>Fin de « %1 » : %2.</translation>
    </message>
    <message>
        <source>Unknown cluster login node</source>
        <translation>Nœud de connexion du cluster inconnu</translation>
    </message>
    <message>
        <source>This computer has not met %1 before. Its %2 key has the fingerprint

%3

Trust it only if your facility publishes the same fingerprint.</source>
        <translation>Cet ordinateur ne connaît pas encore %1. Sa clé %2 a pour empreinte

%3

Ne l’approuvez que si votre installation publie la même empreinte.</translation>
    </message>
    <message>
        <source>Trust this key</source>
        <translation>Approuver cette clé</translation>
    </message>
    <message>
        <source>Do not connect</source>
        <translation>Ne pas se connecter</translation>
    </message>
    <message>
        <source>Batch cluster</source>
        <translation>Cluster de calcul</translation>
    </message>
    <message>
        <source>That was not accepted. %1</source>
        <translation>Cela n’a pas été accepté. %1</translation>
    </message>
    <message>
        <source>Job %1 submitted.</source>
        <translation>Tâche %1 soumise.</translation>
    </message>
    <message>
        <source>Job %1 submitted. The scheduler says: %2</source>
        <translation>Tâche %1 soumise. L’ordonnanceur indique : %2</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again.</source>
        <translation>Votre session a expiré. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>Plus d’actions</translation>
    </message>
    <message>
        <source>F&amp;iles</source>
        <translation>F&amp;ichiers</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Afficher %1</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Download of %1</source>
        <translation>Téléchargement de %1</translation>
    </message>
    <message>
        <source>Upload of %1</source>
        <translation>Envoi de %1</translation>
    </message>
    <message>
        <source>Copy to %1</source>
        <translation>Copie vers %1</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Déconnexion</translation>
    </message>
    <message>
        <source>These transfers will not finish:</source>
        <translation>Ces transferts ne se termineront pas :</translation>
    </message>
    <message>
        <source>This computer is shared: signing out stops them and removes what they kept here.</source>
        <translation>Cet ordinateur est partagé : se déconnecter les arrête et supprime ce qu’ils ont conservé ici.</translation>
    </message>
    <message>
        <source>Stop them and sign out</source>
        <translation>Les arrêter et se déconnecter</translation>
    </message>
    <message>
        <source>Stay signed in</source>
        <translation>Rester connecté</translation>
    </message>
    <message>
        <source>You were signed out because this shared computer was left unused.</source>
        <translation>Vous avez été déconnecté parce que cet ordinateur partagé est resté inutilisé.</translation>
    </message>
    <message>
        <source>Catalogue transfer of %1</source>
        <translation>Transfert de %1 depuis le catalogue</translation>
    </message>
    <message>
        <source>Signing out ends the session they use: they stop, and their unfinished files are removed.</source>
        <translation>Se déconnecter met fin à la session qu’ils utilisent : ils s’arrêtent, et leurs fichiers inachevés sont supprimés.</translation>
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
    <name>daas::ui::NewJobDialog</name>
    <message>
        <source>Submit &amp;held (start it later with Release)</source>
        <translation>Soumettre &amp;retenue (à lancer plus tard avec « Libérer »)</translation>
    </message>
    <message>
        <source>New job</source>
        <translation>Nouvelle tâche</translation>
    </message>
    <message>
        <source>A name to find it by</source>
        <translation>Un nom pour la retrouver</translation>
    </message>
    <message>
        <source>The cluster&apos;s default</source>
        <translation>Valeur par défaut du cluster</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> Mo</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>The partition&apos;s default</source>
        <translation>Valeur par défaut de la partition</translation>
    </message>
    <message>
        <source>Your home folder on the cluster</source>
        <translation>Votre dossier personnel sur le cluster</translation>
    </message>
    <message>
        <source>Start from</source>
        <translation>À partir de</translation>
    </message>
    <message>
        <source>A script of my own</source>
        <translation>Un script personnel</translation>
    </message>
    <message>
        <source>About this template</source>
        <translation>À propos de ce modèle</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Partition:</source>
        <translation>&amp;Partition :</translation>
    </message>
    <message>
        <source>&amp;Cores:</source>
        <translation>&amp;Cœurs :</translation>
    </message>
    <message>
        <source>&amp;Memory:</source>
        <translation>&amp;Mémoire :</translation>
    </message>
    <message>
        <source>&amp;Time limit:</source>
        <translation>&amp;Limite de temps :</translation>
    </message>
    <message>
        <source>&amp;Working folder:</source>
        <translation>Dossier de tra&amp;vail :</translation>
    </message>
    <message>
        <source>Job script</source>
        <translation>Script de la tâche</translation>
    </message>
    <message>
        <source>What will be submitted</source>
        <translation>Ce qui sera soumis</translation>
    </message>
    <message>
        <source>&amp;Job</source>
        <translation>&amp;Tâche</translation>
    </message>
    <message>
        <source>&amp;Script</source>
        <translation>&amp;Script</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <source>S&amp;ubmit</source>
        <translation>S&amp;oumettre</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Start &amp;from:</source>
        <translation>À partir &amp;de :</translation>
    </message>
    <message>
        <source>my-job</source>
        <translation>ma-tache</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (par défaut)</translation>
    </message>
    <message numerus="yes">
        <source>at most %n minute(s)</source>
        <translation>
            <numerusform>au plus %n minute</numerusform>
            <numerusform>au plus %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>The script must start with a line such as “#!/bin/bash” that says what runs it.</source>
        <translation>Le script doit commencer par une ligne comme « #!/bin/bash » qui indique ce qui l’exécute.</translation>
    </message>
    <message>
        <source>The job was not submitted</source>
        <translation>La tâche n’a pas été soumise</translation>
    </message>
    <message>
        <source>Submitting…</source>
        <translation>Soumission…</translation>
    </message>
    <message>
        <source>%1 (mine)</source>
        <translation>%1 (personnel)</translation>
    </message>
    <message>
        <source>There is no job template “%1”.</source>
        <translation>Le modèle de tâche « %1 » n’existe pas.</translation>
    </message>
    <message>
        <source>A folder on the cluster</source>
        <translation>Un dossier sur le cluster</translation>
    </message>
    <message>
        <source>A file on the cluster</source>
        <translation>Un fichier sur le cluster</translation>
    </message>
    <message>
        <source>A dataset&apos;s folder on the cluster</source>
        <translation>Le dossier d’un jeu de données sur le cluster</translation>
    </message>
    <message>
        <source>%1 (required):</source>
        <translation>%1 (obligatoire) :</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1 :</translation>
    </message>
    <message>
        <source>a copy was removed from Transfers before it finished</source>
        <translation>une copie a été retirée des Transferts avant d’être terminée</translation>
    </message>
    <message>
        <source>the copy of “%1” was cancelled</source>
        <translation>la copie de « %1 » a été annulée</translation>
    </message>
    <message>
        <source>The input did not reach your storage: %1. Retry it in Transfers, or choose another input.</source>
        <translation>L’entrée n’est pas arrivée dans votre stockage : %1. Relancez-la sous Transferts, ou choisissez une autre entrée.</translation>
    </message>
    <message numerus="yes">
        <source>The input is being copied into your storage: %1 of %n file(s) done. Submit waits until the copy is complete.</source>
        <translation>
            <numerusform>L’entrée est en cours de copie dans votre stockage : %1 sur %n fichier. « Soumettre » attend la fin de la copie.</numerusform>
            <numerusform>L’entrée est en cours de copie dans votre stockage : %1 sur %n fichiers. « Soumettre » attend la fin de la copie.</numerusform>
        </translation>
    </message>
    <message>
        <source>The input is in your storage.</source>
        <translation>L’entrée est dans votre stockage.</translation>
    </message>
</context>
<context>
    <name>daas::ui::PasswordPrompt</name>
    <message>
        <source>Password needed</source>
        <translation>Mot de passe requis</translation>
    </message>
    <message>
        <source>%1 asks for your password again. Your transfers wait and carry on once it is accepted.</source>
        <translation>%1 redemande votre mot de passe. Vos transferts attendent et reprennent dès qu’il est accepté.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nom d’utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuer</translation>
    </message>
</context>
<context>
    <name>daas::ui::ProfileCertificateBox</name>
    <message>
        <source>Untrusted Certificate</source>
        <translation>Certificat non approuvé</translation>
    </message>
    <message>
        <source>The server %1 (port %2), where the facility profile is, presented a certificate that is not trusted.

Issued to: %3
Issued by: %4
Valid: %5 to %6

SHA-256 fingerprint:
%7

Trust it only if your facility confirms this fingerprint. The decision is remembered for this server.</source>
        <translation>Le serveur %1 (port %2), où se trouve le profil d’installation, a présenté un certificat qui n’est pas approuvé.

Délivré à : %3
Délivré par : %4
Valide du %5 au %6

Empreinte SHA-256 :
%7

Ne l’approuvez que si votre installation confirme cette empreinte. La décision est mémorisée pour ce serveur.</translation>
    </message>
    <message>
        <source>Trust and Fetch</source>
        <translation>Approuver et récupérer</translation>
    </message>
</context>
<context>
    <name>daas::ui::RemoteSignInDialog</name>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>&amp;Retenir le mot de passe dans le trousseau du système</translation>
    </message>
    <message>
        <source>Sign In to the Remote Desktop</source>
        <translation>Se connecter au bureau distant</translation>
    </message>
    <message>
        <source>The remote desktop %1 asks you to sign in.</source>
        <translation>Le bureau distant %1 vous demande de vous connecter.</translation>
    </message>
    <message>
        <source>The password was not accepted. Check it and try again.</source>
        <translation>Le mot de passe n’a pas été accepté. Vérifiez-le et réessayez.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d&apos;&amp;utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Domaine :</translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Sign In to the RD Gateway</source>
        <translation>Se connecter à la passerelle RD</translation>
    </message>
    <message>
        <source>The RD Gateway %1, through which the remote desktop is reached, asks you to sign in.</source>
        <translation>La passerelle RD %1, par laquelle on atteint le bureau distant, vous demande de vous identifier.</translation>
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
        <translation>Connexion perdue : %1
Reconnexion (tentative %2)…</translation>
    </message>
    <message>
        <source>Disconnected.</source>
        <translation>Déconnecté.</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Non connecté : %1</translation>
    </message>
    <message>
        <source>Check the remote desktop&apos;s certificate to go on.</source>
        <translation>Vérifiez le certificat du bureau distant pour continuer.</translation>
    </message>
    <message>
        <source>Sign in to the remote desktop to go on.</source>
        <translation>Connectez-vous au bureau distant pour continuer.</translation>
    </message>
    <message>
        <source>Check the RD Gateway&apos;s certificate to go on.</source>
        <translation>Vérifiez le certificat de la passerelle RD pour continuer.</translation>
    </message>
    <message>
        <source>Sign in to the RD Gateway to go on.</source>
        <translation>Identifiez-vous auprès de la passerelle RD pour continuer.</translation>
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
        <translation>Adapter la résolution du bureau à la fenêtre</translation>
    </message>
    <message>
        <source>Full Screen</source>
        <translation>Plein écran</translation>
    </message>
    <message>
        <source>Grab Keyboard</source>
        <translation>Capturer le clavier</translation>
    </message>
    <message>
        <source>Send all keys, including shortcuts, to the remote desktop</source>
        <translation>Envoyer toutes les touches, raccourcis compris, au bureau distant</translation>
    </message>
    <message>
        <source>Send Ctrl+Alt+Del</source>
        <translation>Envoyer Ctrl+Alt+Suppr</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Se reconnecter</translation>
    </message>
    <message>
        <source>Save as Connection File…</source>
        <translation>Enregistrer comme fichier de connexion…</translation>
    </message>
    <message>
        <source>Save this desktop as a .rdp file for the system&apos;s own remote desktop client</source>
        <translation>Enregistrer ce bureau dans un fichier .rdp pour le client de bureau distant du système</translation>
    </message>
    <message>
        <source>Save as Connection File</source>
        <translation>Enregistrer comme fichier de connexion</translation>
    </message>
    <message>
        <source>Remote desktop connection files (*.rdp)</source>
        <translation>Fichiers de connexion de bureau distant (*.rdp)</translation>
    </message>
    <message>
        <source>Close Desktop</source>
        <translation>Fermer le bureau</translation>
    </message>
    <message>
        <source>Close %1</source>
        <translation>Fermer %1</translation>
    </message>
</context>
<context>
    <name>daas::ui::SettingsDialog</name>
    <message>
        <source>This computer is &amp;shared by several people</source>
        <translation>Cet ordinateur est &amp;partagé par plusieurs personnes</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Langue du système (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The language of DAaaS Desktop, used from its next start.</source>
        <translation>La langue de DAaaS Desktop, utilisée dès son prochain démarrage.</translation>
    </message>
    <message>
        <source>A new language takes effect the next time DAaaS Desktop starts.</source>
        <translation>Une nouvelle langue prend effet au prochain démarrage de DAaaS Desktop.</translation>
    </message>
    <message>
        <source>On a shared computer nobody is remembered, signing out removes everything of the person, and an idle session is signed out.</source>
        <translation>Sur un ordinateur partagé, personne n’est mémorisé, la déconnexion supprime tout ce qui appartient à la personne, et une session inactive est déconnectée.</translation>
    </message>
    <message>
        <source>Your facility has set this computer up as a shared workstation.</source>
        <translation>Votre installation a configuré cet ordinateur comme poste de travail partagé.</translation>
    </message>
    <message>
        <source>Nobody is remembered, signing out removes your passwords, settings and files kept by DAaaS Desktop, and you are signed out when the computer is left unused.</source>
        <translation>Personne n’est mémorisé, la déconnexion supprime vos mots de passe, paramètres et fichiers conservés par DAaaS Desktop, et vous êtes déconnecté lorsque l’ordinateur reste inutilisé.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Sign out after this many minutes without use</source>
        <translation>Se déconnecter après ce nombre de minutes sans utilisation</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Shared workstation</source>
        <translation>Poste de travail partagé</translation>
    </message>
    <message>
        <source>Sign out when &amp;unused for:</source>
        <translation>Se déconnecter après une &amp;inactivité de :</translation>
    </message>
</context>
<context>
    <name>daas::ui::ShortcutsDialog</name>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
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
    <name>daas::ui::TemplateModel</name>
    <message numerus="yes">
        <source>up to %n day(s)</source>
        <translation>
            <numerusform>jusqu’à %n jour</numerusform>
            <numerusform>jusqu’à %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>up to %n hour(s)</source>
        <translation>
            <numerusform>jusqu’à %n heure</numerusform>
            <numerusform>jusqu’à %n heures</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 GiB memory</source>
        <translation>%1 Gio de mémoire</translation>
    </message>
    <message>
        <source>%1 MiB memory</source>
        <translation>%1 Mio de mémoire</translation>
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
        <translation>%1 Gio de disque</translation>
    </message>
    <message>
        <source>Software: %1</source>
        <translation>Logiciels : %1</translation>
    </message>
</context>
<context>
    <name>daas::ui::TransferDelegate</name>
    <message>
        <source>Pause</source>
        <translation>Suspendre</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>daas::ui::TransferListModel</name>
    <message numerus="yes">
        <source>%n s left</source>
        <translation>
            <numerusform>encore %n s</numerusform>
            <numerusform>encore %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min left</source>
        <translation>
            <numerusform>encore %n min</numerusform>
            <numerusform>encore %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min left</source>
        <translation>encore %1 h %2 min</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>Waiting to try again: %1</source>
        <translation>En attente d’un nouvel essai : %1</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Paused at %1</source>
        <translation>Suspendu à %1</translation>
    </message>
    <message>
        <source>Already there: waiting for your choice</source>
        <translation>Déjà présent : en attente de votre choix</translation>
    </message>
    <message>
        <source>Trying again shortly: %1</source>
        <translation>Nouvel essai dans un instant : %1</translation>
    </message>
    <message>
        <source>Uploaded to your storage as “%1”</source>
        <translation>Envoyé dans votre stockage sous « %1 »</translation>
    </message>
    <message>
        <source>Uploaded to “%1” as “%2”</source>
        <translation>Envoyé dans « %1 » sous « %2 »</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Enregistré sous %1</translation>
    </message>
    <message>
        <source>Cancelled; nothing was kept.</source>
        <translation>Annulé ; rien n’a été conservé.</translation>
    </message>
    <message>
        <source>Skipped: already there.</source>
        <translation>Ignoré : déjà présent.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>%1 → storage: %2</source>
        <translation>%1 → stockage : %2</translation>
    </message>
    <message>
        <source>storage: %1 → %2</source>
        <translation>stockage : %1 → %2</translation>
    </message>
    <message>
        <source>into your storage</source>
        <translation>dans votre stockage</translation>
    </message>
    <message>
        <source>into “%1”</source>
        <translation>dans « %1 »</translation>
    </message>
    <message>
        <source>Checksum verified · copied %1</source>
        <translation>Somme de contrôle vérifiée · copié %1</translation>
    </message>
    <message>
        <source>No checksum in the catalogue: size checked only · copied %1</source>
        <translation>Pas de somme de contrôle dans le catalogue : taille vérifiée uniquement · copié %1</translation>
    </message>
    <message>
        <source>catalogue: %1 → storage: %2</source>
        <translation>catalogue : %1 → stockage : %2</translation>
    </message>
</context>
<context>
    <name>daas::ui::TransferPanel</name>
    <message numerus="yes">
        <source>%n file(s) saved in %1</source>
        <translation>
            <numerusform>%n fichier enregistré dans %1</numerusform>
            <numerusform>%n fichiers enregistrés dans %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) extracted into your storage.</source>
        <translation>
            <numerusform>%n fichier extrait dans votre stockage.</numerusform>
            <numerusform>%n fichiers extraits dans votre stockage.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not extracted: %1</source>
        <translation>Non extrait : %1</translation>
    </message>
    <message>
        <source>Storage transfers</source>
        <translation>Transferts du stockage</translation>
    </message>
    <message>
        <source>Progress of all storage transfers</source>
        <translation>Progression de tous les transferts du stockage</translation>
    </message>
    <message>
        <source>Pause all</source>
        <translation>Tout suspendre</translation>
    </message>
    <message>
        <source>Resume all</source>
        <translation>Tout reprendre</translation>
    </message>
    <message>
        <source>Clear finished</source>
        <translation>Effacer les terminés</translation>
    </message>
    <message>
        <source>&lt;b&gt;Storage&lt;/b&gt;</source>
        <translation>&lt;b&gt;Stockage&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No storage transfers. Drop files on the Files area to upload them.</source>
        <translation>Aucun transfert du stockage. Déposez des fichiers dans la zone Fichiers pour les envoyer.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be transferred; retry them or clear the list.</source>
        <translation>
            <numerusform>%n fichier n’a pas pu être transféré ; réessayez ou videz la liste.</numerusform>
            <numerusform>%n fichiers n’ont pas pu être transférés ; réessayez ou videz la liste.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n file(s) transferred.</source>
        <translation>
            <numerusform>Le fichier a été transféré.</numerusform>
            <numerusform>Les %n fichiers ont été transférés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n file(s)</source>
        <translation>
            <numerusform>%1 sur %n fichier</numerusform>
            <numerusform>%1 sur %n fichiers</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Suspendre</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>Réess&amp;ayer</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Afficher dans le &amp;dossier</translation>
    </message>
    <message>
        <source>Transfers at once</source>
        <translation>Transferts simultanés</translation>
    </message>
    <message>
        <source>How many storage transfers run at the same time</source>
        <translation>Nombre de transferts de stockage exécutés en même temps</translation>
    </message>
    <message>
        <source>at &amp;once</source>
        <translation>en &amp;même temps</translation>
    </message>
</context>
<context>
    <name>daas::ui::UseOnComputerDialog</name>
    <message>
        <source>&lt;p&gt;In File Explorer, right-click &lt;b&gt;This PC&lt;/b&gt; and choose &lt;b&gt;Map network drive…&lt;/b&gt;. Pick a drive letter, enter the address above as the folder, tick &lt;b&gt;Connect using different credentials&lt;/b&gt; and sign in with your facility user name and password.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Dans l&apos;Explorateur de fichiers, cliquez avec le bouton droit sur &lt;b&gt;Ce PC&lt;/b&gt; et choisissez &lt;b&gt;Connecter un lecteur réseau…&lt;/b&gt;. Choisissez une lettre de lecteur, saisissez l&apos;adresse ci-dessus comme dossier, cochez &lt;b&gt;Se connecter à l&apos;aide d&apos;informations d&apos;identification différentes&lt;/b&gt; et connectez-vous avec votre nom d&apos;utilisateur et votre mot de passe de l&apos;installation.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;In the Finder, choose &lt;b&gt;Go ▸ Connect to Server…&lt;/b&gt; (⌘K), enter the address above and press &lt;b&gt;Connect&lt;/b&gt;. Sign in with your facility user name and password; the storage then appears under &lt;b&gt;Locations&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Dans le Finder, choisissez &lt;b&gt;Aller ▸ Se connecter au serveur…&lt;/b&gt; (⌘K), saisissez l&apos;adresse ci-dessus et cliquez sur &lt;b&gt;Se connecter&lt;/b&gt;. Connectez-vous avec votre nom d&apos;utilisateur et votre mot de passe de l&apos;installation ; le stockage apparaît alors sous &lt;b&gt;Emplacements&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;In Files, choose &lt;b&gt;Other Locations&lt;/b&gt;, enter the address above under &lt;b&gt;Connect to Server&lt;/b&gt; and press &lt;b&gt;Connect&lt;/b&gt;. The storage then appears in the side bar.&lt;/p&gt;&lt;p&gt;Or in a terminal:&lt;br&gt;&lt;code&gt;%1&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Dans Fichiers, choisissez &lt;b&gt;Autres emplacements&lt;/b&gt;, saisissez l&apos;adresse ci-dessus sous &lt;b&gt;Connexion à un serveur&lt;/b&gt; et cliquez sur &lt;b&gt;Se connecter&lt;/b&gt;. Le stockage apparaît alors dans le panneau latéral.&lt;/p&gt;&lt;p&gt;Ou dans un terminal :&lt;br&gt;&lt;code&gt;%1&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Use your storage on this computer</source>
        <translation>Utiliser votre stockage sur cet ordinateur</translation>
    </message>
    <message>
        <source>Your storage can also be opened by this computer&apos;s own file manager, like a network drive:</source>
        <translation>Votre stockage peut aussi être ouvert par le gestionnaire de fichiers de cet ordinateur, comme un lecteur réseau :</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Mount now</source>
        <translation>&amp;Monter maintenant</translation>
    </message>
    <message>
        <source>Run “gio mount” for this address</source>
        <translation>Exécuter « gio mount » pour cette adresse</translation>
    </message>
    <message>
        <source>Mounting…</source>
        <translation>Montage…</translation>
    </message>
    <message>
        <source>Mounted. Your storage is now in the file manager&apos;s side bar.</source>
        <translation>Monté. Votre stockage est maintenant dans le panneau latéral du gestionnaire de fichiers.</translation>
    </message>
    <message>
        <source>It could not be mounted: %1</source>
        <translation>Le montage a échoué : %1</translation>
    </message>
    <message>
        <source>gio ended with code %1.</source>
        <translation>gio s&apos;est terminé avec le code %1.</translation>
    </message>
    <message>
        <source>It could not be mounted: gio did not start.</source>
        <translation>Le montage a échoué : gio n&apos;a pas démarré.</translation>
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
        <translation>Un fichier de connexion de bureau distant (.rdp) à ouvrir.</translation>
    </message>
    <message>
        <source>A facility profile file, the id of a facility you added, or &apos;demo&apos;.</source>
        <translation>Un fichier de profil d’installation, l’identifiant d’une installation que vous avez ajoutée, ou « demo ».</translation>
    </message>
</context>
</TS>
