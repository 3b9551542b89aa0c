<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>daas::Error</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 said: “%2”.</source>
        <translation>%1 respondió: «%2».</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
</context>
<context>
    <name>daas::catalogue</name>
    <message>
        <source>The downloaded archive could not be opened.</source>
        <translation>No se pudo abrir el archivo comprimido descargado.</translation>
    </message>
    <message>
        <source>RB %1</source>
        <translation>RB %1</translation>
    </message>
    <message>
        <source>The catalogue gave an answer that could not be read.</source>
        <translation>El catálogo dio una respuesta que no se pudo leer.</translation>
    </message>
    <message>
        <source>%1: the path leads outside the chosen folder</source>
        <translation>%1: la ruta sale de la carpeta elegida</translation>
    </message>
    <message>
        <source>%1: not a file of the catalogue&apos;s archive layout</source>
        <translation>%1: no sigue la estructura de los archivos comprimidos del catálogo</translation>
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
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modificado</translation>
    </message>
</context>
<context>
    <name>daas::catalogue::DatasetsListing</name>
    <message>
        <source>Dataset</source>
        <translation>Conjunto de datos</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Archivos</translation>
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
        <translation>No se pudo crear la carpeta %1.</translation>
    </message>
    <message>
        <source>The file %1 could not be found in the catalogue</source>
        <translation>No se encontró el archivo %1 en el catálogo</translation>
    </message>
    <message>
        <source>The data service did not resume the download of %1 where it stopped. Try again later.</source>
        <translation>El servicio de datos no reanudó la descarga de %1 donde se detuvo. Inténtelo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>The data service sent more than the catalogue&apos;s size of %1; nothing was saved.</source>
        <translation>El servicio de datos envió más que el tamaño de %1 según el catálogo; no se guardó nada.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost.</source>
        <translation>Se perdió la conexión con %1.</translation>
    </message>
    <message>
        <source>The download stopped and could not be resumed</source>
        <translation>La descarga se detuvo y no se pudo reanudar</translation>
    </message>
    <message>
        <source>The downloaded file %1 has the wrong size; nothing was saved. Try again.</source>
        <translation>El archivo descargado %1 tiene un tamaño incorrecto; no se guardó nada. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The downloaded file %1 was damaged on the way; nothing was saved. Try again.</source>
        <translation>El archivo descargado %1 se dañó por el camino; no se guardó nada. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The facility keeps sending %1 back to tape before it can be downloaded. Try again later.</source>
        <translation>La instalación sigue devolviendo %1 a la cinta antes de que se pueda descargar. Inténtelo de nuevo más tarde.</translation>
    </message>
</context>
<context>
    <name>daas::catalogue::IdsRestore</name>
    <message>
        <source>The data service could not prepare the download</source>
        <translation>El servicio de datos no pudo preparar la descarga</translation>
    </message>
    <message numerus="yes">
        <source>The facility did not restore the data from tape within %n minute(s). Try again later.</source>
        <translation>
            <numerusform>La instalación no restauró los datos desde la cinta en %n minuto. Inténtelo de nuevo más tarde.</numerusform>
            <numerusform>La instalación no restauró los datos desde la cinta en %n minutos. Inténtelo de nuevo más tarde.</numerusform>
        </translation>
    </message>
    <message>
        <source>The data service could not say whether the data is ready</source>
        <translation>El servicio de datos no pudo indicar si los datos están listos</translation>
    </message>
</context>
<context>
    <name>daas::catalogue::IdsStream</name>
    <message>
        <source>The data service did not resume “%1” where it stopped.</source>
        <translation>El servicio de datos no reanudó «%1» donde se detuvo.</translation>
    </message>
    <message>
        <source>The data service sent more than the catalogue&apos;s size of “%1”.</source>
        <translation>El servicio de datos envió más que el tamaño de «%1» según el catálogo.</translation>
    </message>
    <message>
        <source>The data service did not send “%1”</source>
        <translation>El servicio de datos no envió «%1»</translation>
    </message>
    <message>
        <source>The data service</source>
        <translation>El servicio de datos</translation>
    </message>
    <message>
        <source>The connection to %1 was lost.</source>
        <translation>Se perdió la conexión con %1.</translation>
    </message>
</context>
<context>
    <name>daas::catalogue::InvestigationsListing</name>
    <message>
        <source>Experiment</source>
        <translation>Experimento</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrumento</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
</context>
<context>
    <name>daas::catalogue::PagedListingModel</name>
    <message>
        <source>Not loaded</source>
        <translation>No cargado</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
</context>
<context>
    <name>daas::catalogue::UploadJob</name>
    <message>
        <source>Could not read %1.</source>
        <translation>No se pudo leer %1.</translation>
    </message>
    <message>
        <source>The file needs a name in the catalogue.</source>
        <translation>El archivo necesita un nombre en el catálogo.</translation>
    </message>
    <message>
        <source>The dataset already has a file called %1. Rename the file and upload it again.</source>
        <translation>El conjunto de datos ya tiene un archivo llamado %1. Cambie el nombre del archivo y vuelva a subirlo.</translation>
    </message>
    <message>
        <source>The data service did not confirm that %1 arrived intact; check the file in the catalogue.</source>
        <translation>El servicio de datos no confirmó que %1 llegara intacto; compruebe el archivo en el catálogo.</translation>
    </message>
</context>
<context>
    <name>daas::catalogue::Walker</name>
    <message>
        <source>%1: links are not extracted</source>
        <translation>%1: no se extraen los enlaces</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>No se pudo escribir %1.</translation>
    </message>
    <message>
        <source>Could not write %1: the disk may be full.</source>
        <translation>No se pudo escribir %1: puede que el disco esté lleno.</translation>
    </message>
    <message>
        <source>The downloaded archive was refused as a ZIP bomb: “%1” unpacks to more than %2 times its packed size. Nothing of it was kept.</source>
        <translation>Se rechazó el archivo comprimido descargado por ser una bomba ZIP: «%1» ocupa al desempaquetarse más de %2 veces su tamaño comprimido. No se conservó nada de él.</translation>
    </message>
    <message>
        <source>The downloaded archive was refused: it unpacks to more than %1, the room there is for it. Nothing of it was kept.</source>
        <translation>Se rechazó el archivo comprimido descargado: ocupa al desempaquetarse más de %1, el espacio que hay para él. No se conservó nada de él.</translation>
    </message>
    <message>
        <source>The downloaded archive is damaged: “%1” unpacks to more than it declares. Nothing of it was kept.</source>
        <translation>El archivo comprimido descargado está dañado: «%1» ocupa al desempaquetarse más de lo que declara. No se conservó nada de él.</translation>
    </message>
    <message>
        <source>The downloaded archive could not be opened.</source>
        <translation>No se pudo abrir el archivo comprimido descargado.</translation>
    </message>
</context>
<context>
    <name>daas::cli::CliContext</name>
    <message>
        <source>Print JSON.</source>
        <translation>Mostrar en JSON.</translation>
    </message>
    <message>
        <source>ICAT account type (default simple).</source>
        <translation>Tipo de cuenta ICAT (simple por defecto).</translation>
    </message>
    <message>
        <source>User name.</source>
        <translation>Nombre de usuario.</translation>
    </message>
    <message>
        <source>Read the password from standard input.</source>
        <translation>Leer la contraseña de la entrada estándar.</translation>
    </message>
    <message>
        <source>Only rows containing this text.</source>
        <translation>Solo las filas que contienen este texto.</translation>
    </message>
    <message>
        <source>At most this many rows (default 1000).</source>
        <translation>Como máximo este número de filas (1000 por defecto).</translation>
    </message>
    <message>
        <source>Datafile id.</source>
        <translation>Id del archivo de datos.</translation>
    </message>
    <message>
        <source>Dataset id.</source>
        <translation>Id del conjunto de datos.</translation>
    </message>
    <message>
        <source>Investigation id.</source>
        <translation>Id del experimento.</translation>
    </message>
    <message>
        <source>Destination folder.</source>
        <translation>Carpeta de destino.</translation>
    </message>
    <message>
        <source>Datafile format id.</source>
        <translation>Id del formato del archivo de datos.</translation>
    </message>
    <message>
        <source>Machine template id (daas env templates), or job template (daas jobs templates).</source>
        <translation>Id de la plantilla de máquina (daas env templates) o plantilla de trabajo (daas jobs templates).</translation>
    </message>
    <message>
        <source>jobs submit --template: a parameter&apos;s value.</source>
        <translation>jobs submit --template: el valor de un parámetro.</translation>
    </message>
    <message>
        <source>jobs output: the error file instead of the output.</source>
        <translation>jobs output: el archivo de errores en lugar de la salida.</translation>
    </message>
    <message>
        <source>jobs output: go on printing what the job writes until it ends.</source>
        <translation>jobs output: seguir mostrando lo que escribe el trabajo hasta que termine.</translation>
    </message>
    <message>
        <source>Seconds to wait (default 600).</source>
        <translation>Segundos de espera (600 por defecto).</translation>
    </message>
    <message>
        <source>Also print the desktop&apos;s password.</source>
        <translation>Mostrar también la contraseña del escritorio.</translation>
    </message>
    <message>
        <source>env console: the desktop&apos;s vnc or rdp (default: what it prefers).</source>
        <translation>env console: vnc o rdp para el escritorio (por defecto: el que prefiera).</translation>
    </message>
    <message>
        <source>env rdp-file: the file to write (default ./daas-env-ID.rdp).</source>
        <translation>env rdp-file: el archivo que se escribe (por defecto ./daas-env-ID.rdp).</translation>
    </message>
    <message>
        <source>Storage: replace files that exist at the target.</source>
        <translation>Almacenamiento: reemplazar los archivos que ya existen en el destino.</translation>
    </message>
    <message>
        <source>Storage: rm removes folders with their contents.</source>
        <translation>Almacenamiento: rm elimina las carpetas con su contenido.</translation>
    </message>
    <message>
        <source>jobs list: also jobs that ended more than a day ago.</source>
        <translation>jobs list: también los trabajos que terminaron hace más de un día.</translation>
    </message>
    <message>
        <source>jobs submit: the job&apos;s name.</source>
        <translation>jobs submit: el nombre del trabajo.</translation>
    </message>
    <message>
        <source>jobs submit: the partition (queue).</source>
        <translation>jobs submit: la partición (cola).</translation>
    </message>
    <message>
        <source>jobs submit: cores.</source>
        <translation>jobs submit: núcleos.</translation>
    </message>
    <message>
        <source>jobs submit: memory in MB.</source>
        <translation>jobs submit: memoria en MB.</translation>
    </message>
    <message>
        <source>jobs submit: time limit in minutes.</source>
        <translation>jobs submit: límite de tiempo en minutos.</translation>
    </message>
    <message>
        <source>jobs submit: the working folder on the cluster.</source>
        <translation>jobs submit: la carpeta de trabajo en el clúster.</translation>
    </message>
    <message>
        <source>jobs submit: submit held.</source>
        <translation>jobs submit: enviar retenido.</translation>
    </message>
    <message>
        <source>What to do (see above).</source>
        <translation>Qué hacer (véase arriba).</translation>
    </message>
    <message>
        <source>Give a command; see &apos;daas --help&apos;.</source>
        <translation>Indique una orden; véase «daas --help».</translation>
    </message>
    <message>
        <source>There is no command &apos;%1&apos;; see &apos;daas --help&apos;.</source>
        <translation>No existe la orden «%1»; véase «daas --help».</translation>
    </message>
    <message>
        <source>Try &apos;daas --help&apos;.</source>
        <translation>Pruebe «daas --help».</translation>
    </message>
    <message>
        <source>Give one numeric id as the argument.</source>
        <translation>Indique un único id numérico como argumento.</translation>
    </message>
    <message>
        <source>--%1 needs a positive number.</source>
        <translation>--%1 necesita un número positivo.</translation>
    </message>
    <message>
        <source>You are not signed in. Run &apos;daas login&apos; first.</source>
        <translation>No ha iniciado sesión. Ejecute primero «daas login».</translation>
    </message>
    <message>
        <source>Your session has ended. Run &apos;daas login&apos; again.</source>
        <translation>Su sesión ha terminado. Vuelva a ejecutar «daas login».</translation>
    </message>
    <message>
        <source>Storage user name: </source>
        <translation>Nombre de usuario del almacenamiento: </translation>
    </message>
    <message>
        <source>Give the storage user name with --user or DAAS_STORAGE_USER, or run &apos;daas login&apos; first.</source>
        <translation>Indique el nombre de usuario del almacenamiento con --user o DAAS_STORAGE_USER, o ejecute primero «daas login».</translation>
    </message>
    <message>
        <source>Storage password for %1: </source>
        <translation>Contraseña del almacenamiento para %1: </translation>
    </message>
    <message>
        <source>There is no storage password for %1: set DAAS_STORAGE_PASSWORD, run &apos;daas login&apos;, or run on a terminal.</source>
        <translation>No hay contraseña del almacenamiento para %1: defina DAAS_STORAGE_PASSWORD, ejecute «daas login» o ejecútelo en un terminal.</translation>
    </message>
    <message>
        <source>Give --password-stdin to read the password from a pipe.</source>
        <translation>Indique --password-stdin para leer la contraseña de una tubería.</translation>
    </message>
    <message>
        <source>login needs --user.</source>
        <translation>login necesita --user.</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Contraseña: </translation>
    </message>
    <message>
        <source>%1: </source>
        <translation>%1: </translation>
    </message>
    <message>
        <source>Without one &apos;daas login&apos; cannot keep your session; the storage commands still work with the password in DAAS_STORAGE_PASSWORD, or typed when they ask on a terminal.</source>
        <translation>Sin él, «daas login» no puede conservar su sesión; las órdenes de almacenamiento siguen funcionando con la contraseña en DAAS_STORAGE_PASSWORD o escrita cuando la piden en un terminal.</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation>Sesión iniciada en %1 como %2.</translation>
    </message>
    <message>
        <source>The facility has no account type &apos;%1&apos;; it offers: %2.</source>
        <translation>La instalación no tiene el tipo de cuenta «%1»; ofrece: %2.</translation>
    </message>
    <message>
        <source>You were not signed in.</source>
        <translation>No había iniciado sesión.</translation>
    </message>
    <message>
        <source>The session had already ended; it is forgotten here too.</source>
        <translation>La sesión ya había terminado; aquí también se ha olvidado.</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>Sesión cerrada.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1 received</source>
        <translation>%1 recibidos</translation>
    </message>
    <message>
        <source>refused (it would have been written outside the folder): %1</source>
        <translation>rechazado (se habría escrito fuera de la carpeta): %1</translation>
    </message>
    <message>
        <source>download needs --to FOLDER.</source>
        <translation>download necesita --to CARPETA.</translation>
    </message>
    <message>
        <source>download needs one of --datafile ID, --dataset ID, --investigation ID.</source>
        <translation>download necesita uno de --datafile ID, --dataset ID, --investigation ID.</translation>
    </message>
    <message>
        <source>upload needs FILE --dataset ID --format-id ID.</source>
        <translation>upload necesita ARCHIVO --dataset ID --format-id ID.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>No existe el archivo %1.</translation>
    </message>
    <message>
        <source>Environment %1 offers no %2 desktop; &apos;daas env console %1&apos; shows the one it has.</source>
        <translation>El entorno %1 no ofrece un escritorio %2; «daas env console %1» muestra el que tiene.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
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
        <translation>ESTADO</translation>
    </message>
    <message>
        <source>TEMPLATE</source>
        <translation>PLANTILLA</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>DIRECCIÓN</translation>
    </message>
    <message>
        <source>ENDS</source>
        <translation>FIN</translation>
    </message>
    <message>
        <source>Launched “%1” (%2). &apos;daas env wait %2&apos; returns once its desktop answers.</source>
        <translation>Se ha lanzado «%1» (%2). «daas env wait %2» vuelve en cuanto su escritorio responda.</translation>
    </message>
    <message>
        <source>There is no machine template &apos;%1&apos;; &apos;daas env templates&apos; lists them.</source>
        <translation>No existe la plantilla de máquina «%1»; «daas env templates» las muestra.</translation>
    </message>
    <message>
        <source>Environment %1 is being deleted.</source>
        <translation>Se está eliminando el entorno %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Environment %1 is ready; &apos;daas env console %1&apos; shows where its desktop is.</source>
        <translation>El entorno %1 está listo; «daas env console %1» muestra dónde está su escritorio.</translation>
    </message>
    <message>
        <source>password: %1</source>
        <translation>contraseña: %1</translation>
    </message>
    <message>
        <source>The desktop has a password; --show-password prints it.</source>
        <translation>El escritorio tiene contraseña; --show-password la muestra.</translation>
    </message>
    <message>
        <source>Facility password for %1 at %2: </source>
        <translation>Contraseña de la instalación para %1 en %2: </translation>
    </message>
    <message>
        <source>No password was typed.</source>
        <translation>No se escribió ninguna contraseña.</translation>
    </message>
    <message>
        <source>&apos;daas env&apos; needs one of: %1.</source>
        <translation>«daas env» necesita una de estas órdenes: %1.</translation>
    </message>
    <message>
        <source>There is no &apos;daas env %1&apos;; use one of: %2.</source>
        <translation>No existe «daas env %1»; use una de: %2.</translation>
    </message>
    <message>
        <source>&apos;daas env %1&apos; takes no argument.</source>
        <translation>«daas env %1» no admite argumentos.</translation>
    </message>
    <message>
        <source>&apos;daas env %1&apos; needs one environment id.</source>
        <translation>«daas env %1» necesita un id de entorno.</translation>
    </message>
    <message>
        <source>&apos;daas env launch&apos; needs the new environment&apos;s name.</source>
        <translation>«daas env launch» necesita el nombre del nuevo entorno.</translation>
    </message>
    <message>
        <source>&apos;daas env launch&apos; needs --template ID; &apos;daas env templates&apos; lists them.</source>
        <translation>«daas env launch» necesita --template ID; «daas env templates» las muestra.</translation>
    </message>
    <message>
        <source>--protocol goes with &apos;daas env console&apos;.</source>
        <translation>--protocol se usa con «daas env console».</translation>
    </message>
    <message>
        <source>--protocol is vnc or rdp.</source>
        <translation>--protocol es vnc o rdp.</translation>
    </message>
    <message>
        <source>--output goes with &apos;daas env rdp-file&apos;.</source>
        <translation>--output se usa con «daas env rdp-file».</translation>
    </message>
    <message>
        <source>--output needs a file name.</source>
        <translation>--output necesita un nombre de archivo.</translation>
    </message>
    <message>
        <source>%1 offers no analysis environments.</source>
        <translation>%1 no ofrece entornos de análisis.</translation>
    </message>
    <message>
        <source>The facility %1 offers no storage.</source>
        <translation>La instalación %1 no ofrece almacenamiento.</translation>
    </message>
    <message>
        <source>The storage server did not accept the password.</source>
        <translation>El servidor de almacenamiento no aceptó la contraseña.</translation>
    </message>
    <message>
        <source>%1 of %2, %3 of %4 files</source>
        <translation>%1 de %2, %3 de %4 archivos</translation>
    </message>
    <message>
        <source>%1 already exists; give --overwrite to replace it.</source>
        <translation>%1 ya existe; indique --overwrite para reemplazarlo.</translation>
    </message>
    <message>
        <source>%1 already exists on the storage server; give --overwrite to replace it.</source>
        <translation>%1 ya existe en el servidor de almacenamiento; indique --overwrite para reemplazarlo.</translation>
    </message>
    <message>
        <source>%1 was not transferred.</source>
        <translation>%1 no se transfirió.</translation>
    </message>
    <message>
        <source>ls takes at most one path.</source>
        <translation>ls admite como máximo una ruta.</translation>
    </message>
    <message>
        <source>daas: an entry with an unsafe name was left out: %1</source>
        <translation>daas: se omitió una entrada con un nombre no seguro: %1</translation>
    </message>
    <message>
        <source>get needs REMOTE and optionally LOCAL.</source>
        <translation>get necesita REMOTO y, opcionalmente, LOCAL.</translation>
    </message>
    <message>
        <source>get needs a file or folder, not the whole store.</source>
        <translation>get necesita un archivo o una carpeta, no todo el almacenamiento.</translation>
    </message>
    <message>
        <source>put needs LOCAL... and REMOTE.</source>
        <translation>put necesita LOCAL... y REMOTO.</translation>
    </message>
    <message>
        <source>There is no file or folder %1.</source>
        <translation>No existe ningún archivo ni carpeta %1.</translation>
    </message>
    <message>
        <source>%1 is a file on the storage server, not a folder.</source>
        <translation>%1 es un archivo en el servidor de almacenamiento, no una carpeta.</translation>
    </message>
    <message>
        <source>daas: %1 is a link; links are not uploaded.</source>
        <translation>daas: %1 es un enlace; los enlaces no se suben.</translation>
    </message>
    <message>
        <source>%1 cannot be uploaded: its name cannot be used on the storage server.</source>
        <translation>%1 no se puede subir: su nombre no se puede usar en el servidor de almacenamiento.</translation>
    </message>
    <message>
        <source>mkdir needs at least one path.</source>
        <translation>mkdir necesita al menos una ruta.</translation>
    </message>
    <message>
        <source>The store&apos;s root exists already.</source>
        <translation>La raíz del almacenamiento ya existe.</translation>
    </message>
    <message>
        <source>rm needs at least one path.</source>
        <translation>rm necesita al menos una ruta.</translation>
    </message>
    <message>
        <source>rm does not remove the whole store.</source>
        <translation>rm no elimina todo el almacenamiento.</translation>
    </message>
    <message>
        <source>%1 is a folder; give --recursive to remove it with its contents.</source>
        <translation>%1 es una carpeta; indique --recursive para eliminarla con su contenido.</translation>
    </message>
    <message>
        <source>mv needs FROM and TO.</source>
        <translation>mv necesita DE y A.</translation>
    </message>
    <message>
        <source>cp needs FROM and TO.</source>
        <translation>cp necesita DE y A.</translation>
    </message>
    <message>
        <source>The store&apos;s root cannot be moved or copied.</source>
        <translation>La raíz del almacenamiento no se puede mover ni copiar.</translation>
    </message>
    <message>
        <source>%1 cannot go into itself.</source>
        <translation>%1 no puede ir dentro de sí mismo.</translation>
    </message>
    <message>
        <source>--%1 needs a catalogue id (a positive number), not &apos;%2&apos;.</source>
        <translation>--%1 necesita un id del catálogo (un número positivo), no «%2».</translation>
    </message>
    <message>
        <source>copy-to-storage takes --dataset ID or --datafile ID, and --to FOLDER.</source>
        <translation>copy-to-storage admite --dataset ID o --datafile ID, y --to CARPETA.</translation>
    </message>
    <message>
        <source>copy-to-storage needs --dataset ID or --datafile ID.</source>
        <translation>copy-to-storage necesita --dataset ID o --datafile ID.</translation>
    </message>
    <message numerus="yes">
        <source>Copying %n file(s) into %1</source>
        <translation>
            <numerusform>Copiando %n archivo en %1</numerusform>
            <numerusform>Copiando %n archivos en %1</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>PARTITION</source>
        <translation>PARTICIÓN</translation>
    </message>
    <message>
        <source>MAX MINUTES</source>
        <translation>MINUTOS MÁX.</translation>
    </message>
    <message>
        <source>NODES</source>
        <translation>NODOS</translation>
    </message>
    <message>
        <source>JOB</source>
        <translation>TRABAJO</translation>
    </message>
    <message>
        <source>SUBMITTED</source>
        <translation>ENVIADO</translation>
    </message>
    <message>
        <source>EXIT</source>
        <translation>SALIDA</translation>
    </message>
    <message>
        <source>The scheduler no longer knows job %1; this is what was last seen.</source>
        <translation>El planificador ya no conoce el trabajo %1; esto es lo último que se vio.</translation>
    </message>
    <message>
        <source>The job was not submitted</source>
        <translation>El trabajo no se envió</translation>
    </message>
    <message>
        <source>The scheduler says: %1</source>
        <translation>El planificador dice: %1</translation>
    </message>
    <message>
        <source>Job %1: %2 asked.</source>
        <translation>Trabajo %1: se ha pedido %2.</translation>
    </message>
    <message>
        <source>[bytes %1 to %2 not shown]</source>
        <translation>[bytes %1 a %2 no mostrados]</translation>
    </message>
    <message>
        <source>There is no job %1 of yours on the cluster.</source>
        <translation>No tiene ningún trabajo %1 en el clúster.</translation>
    </message>
    <message>
        <source>Job %1: %2</source>
        <translation>Trabajo %1: %2</translation>
    </message>
    <message>
        <source>Job %1 did not finish within %2 s.</source>
        <translation>El trabajo %1 no terminó en %2 s.</translation>
    </message>
    <message>
        <source>PARAMETERS</source>
        <translation>PARÁMETROS</translation>
    </message>
    <message>
        <source>The script %1 could not be read.</source>
        <translation>No se pudo leer el script %1.</translation>
    </message>
    <message>
        <source>The script %1 is larger than 4 MB.</source>
        <translation>El script %1 ocupa más de 4 MB.</translation>
    </message>
    <message>
        <source>&apos;daas jobs %1&apos; needs a job id.</source>
        <translation>«daas jobs %1» necesita un id de trabajo.</translation>
    </message>
    <message>
        <source>Use &apos;daas jobs %1&apos;.</source>
        <translation>Use «daas jobs %1».</translation>
    </message>
    <message>
        <source>The login node %1 is new to this computer; its %2 key is %3.</source>
        <translation>El nodo de acceso %1 es nuevo para este equipo; su clave %2 es %3.</translation>
    </message>
    <message>
        <source>Trust it (yes/no)? </source>
        <translation>¿Confiar en él (yes/no)? </translation>
    </message>
    <message>
        <source>--param takes NAME=VALUE, not &apos;%1&apos;.</source>
        <translation>--param admite NOMBRE=VALOR, no «%1».</translation>
    </message>
    <message>
        <source>&apos;daas jobs submit&apos; needs a script file (&apos;-&apos; reads standard input) or --template.</source>
        <translation>«daas jobs submit» necesita un archivo de script («-» lee la entrada estándar) o --template.</translation>
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
        <translation>DAaaS Desktop en la línea de órdenes.

Órdenes:
  facility add DIRECCIÓN|ARCHIVO          el perfil de una instalación: desde https://HOST/.well-known/
                                          daas-facility.json (DIRECCIÓN puede ser solo HOST), o un archivo
  facility list | remove ID | refresh ID  (refresh: de nuevo desde su dirección)
  login [--authenticator A] --user U [--password-stdin]
  whoami | logout
  investigations [--filter TEXTO] [--limit N]
  datasets ID_EXPERIMENTO [--filter TEXTO] [--limit N]
  datafiles ID_CONJUNTO [--filter TEXTO] [--limit N]
  download (--datafile ID | --dataset ID | --investigation ID) --to CARPETA
  upload ARCHIVO --dataset ID --format-id ID
  env templates | list                    entornos de análisis (--json)
  env launch NOMBRE --template ID | delete ID
  env wait ID [--timeout S]               hasta que su escritorio responda (600 s por defecto)
  env console ID [--protocol vnc|rdp] [--show-password]
                                          dónde está su escritorio (host:puerto o URL)
  env rdp-file ID [--output ARCHIVO]      un archivo .rdp para el cliente RDP del sistema
  (env: --user U, si no el usuario de «daas login»; la contraseña de DAAS_CLOUD_PASSWORD,
  el llavero o una pregunta)
  ls [RUTA] | get REMOTO [LOCAL] | put LOCAL... REMOTO   (almacenamiento; --overwrite)
  mkdir RUTA... | rm RUTA... [--recursive] | mv DE A | cp DE A
  copy-to-storage (--dataset ID | --datafile ID)... [--to CARPETA] [--overwrite]
                                          del catálogo al almacenamiento (carpeta por
                                          defecto: datasets), sin copia local
  (almacenamiento: --user, DAAS_STORAGE_USER o el que guardó «daas login»; la contraseña de
  DAAS_STORAGE_PASSWORD, el llavero («daas login») o una pregunta)
  jobs partitions | list [--all] | templates   el clúster de cálculo (--json)
  jobs submit (SCRIPT|- | --template T [--param NOMBRE=VALOR]...) [--name N] [--partition P]
       [--cpus N] [--memory MB] [--time MIN] [--workdir DIR] [--hold]   muestra el id del trabajo
  jobs show ID | cancel ID | hold ID | release ID
  jobs output ID [--errors] [--follow]    su archivo de salida (--follow: hasta que el trabajo termine)
  jobs wait ID [--timeout S]              hasta que termine: sale con 0 si se completó, 6 si no

Códigos de salida: 0 correcto, 1 uso, 2 inicio de sesión o sesión, 3 no encontrado o no permitido,
4 red o servidor, 5 archivo local o ruta no segura, 6 el trabajo no se completó.</translation>
    </message>
    <message>
        <source>A facility profile file, the id of a facility you added, or &apos;demo&apos;.</source>
        <translation>Un archivo de perfil de instalación, el id de una instalación que haya añadido o «demo».</translation>
    </message>
    <message>
        <source>facility add: trust the server&apos;s certificate if its SHA-256 fingerprint is this one.</source>
        <translation>facility add: confiar en el certificado del servidor si su huella SHA-256 es esta.</translation>
    </message>
    <message>
        <source>No facility is configured. Add yours with &apos;daas facility add ADDRESS&apos;, give --facility with a profile file, or start the demo with &apos;packaging/dev run&apos;.</source>
        <translation>No hay ninguna instalación configurada. Añada la suya con «daas facility add DIRECCIÓN», indique --facility con un archivo de perfil o inicie la demostración con «packaging/dev run».</translation>
    </message>
    <message>
        <source>There is no datafile %1 in the catalogue, or you are not allowed to see it.</source>
        <translation>No existe el archivo de datos %1 en el catálogo, o no tiene permiso para verlo.</translation>
    </message>
    <message>
        <source>There is no dataset %1 in the catalogue, or you are not allowed to see it.</source>
        <translation>No existe el conjunto de datos %1 en el catálogo, o no tiene permiso para verlo.</translation>
    </message>
    <message>
        <source>There is no investigation %1 in the catalogue, or you are not allowed to see it.</source>
        <translation>No existe el experimento %1 en el catálogo, o no tiene permiso para verlo.</translation>
    </message>
    <message>
        <source>No password for %1: run &apos;daas login&apos;, set DAAS_CLOUD_PASSWORD or run on a terminal.</source>
        <translation>No hay contraseña para %1: ejecute «daas login», defina DAAS_CLOUD_PASSWORD o ejecútelo en un terminal.</translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation>%1 (id %2)</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>Origen: %1</translation>
    </message>
    <message>
        <source>The certificate of %1 (port %2) is not trusted: %3</source>
        <translation>El certificado de %1 (puerto %2) no es de confianza: %3</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Sujeto: %1</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>Emisor: %1</translation>
    </message>
    <message>
        <source>Valid: %1 to %2</source>
        <translation>Validez: del %1 al %2</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>Huella SHA-256: %1</translation>
    </message>
    <message>
        <source>The certificate&apos;s fingerprint is not the one given with --trust-certificate, so it is not trusted.</source>
        <translation>La huella del certificado no es la indicada con --trust-certificate, así que no es de confianza.</translation>
    </message>
    <message>
        <source>Trust it only if your facility confirms this fingerprint.</source>
        <translation>Confíe en él solo si su instalación confirma esta huella.</translation>
    </message>
    <message>
        <source>Run on a terminal to decide, or give --trust-certificate FINGERPRINT.</source>
        <translation>Ejecútelo en un terminal para decidir, o indique --trust-certificate HUELLA.</translation>
    </message>
    <message>
        <source>Add this facility (yes/no)? </source>
        <translation>¿Añadir esta instalación (yes/no)? </translation>
    </message>
    <message>
        <source>Nothing was added.</source>
        <translation>No se añadió nada.</translation>
    </message>
    <message>
        <source>Added %1; use it with --facility %2 or &apos;daas login --facility %2&apos;.</source>
        <translation>Se ha añadido %1; úsela con --facility %2 o «daas login --facility %2».</translation>
    </message>
    <message>
        <source>local demo</source>
        <translation>demostración local</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>No facility is known yet; add yours with &apos;daas facility add ADDRESS&apos;.</source>
        <translation>Todavía no se conoce ninguna instalación; añada la suya con «daas facility add DIRECCIÓN».</translation>
    </message>
    <message>
        <source>CATALOGUE</source>
        <translation>CATÁLOGO</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>ORIGEN</translation>
    </message>
    <message>
        <source>&apos;daas facility&apos; needs one of: %1.</source>
        <translation>«daas facility» necesita una de estas órdenes: %1.</translation>
    </message>
    <message>
        <source>There is no &apos;daas facility %1&apos;; use one of: %2.</source>
        <translation>No existe «daas facility %1»; use una de: %2.</translation>
    </message>
    <message>
        <source>&apos;daas facility list&apos; takes no argument.</source>
        <translation>«daas facility list» no admite argumentos.</translation>
    </message>
    <message>
        <source>&apos;daas facility add&apos; needs an address or a profile file.</source>
        <translation>«daas facility add» necesita una dirección o un archivo de perfil.</translation>
    </message>
    <message>
        <source>&apos;daas facility %1&apos; needs a facility id.</source>
        <translation>«daas facility %1» necesita un id de instalación.</translation>
    </message>
    <message>
        <source>--trust-certificate goes with &apos;daas facility add&apos; or &apos;refresh&apos;.</source>
        <translation>--trust-certificate se usa con «daas facility add» o «refresh».</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>Se ha eliminado %1.</translation>
    </message>
    <message>
        <source>The facility “%1” was not added from an address, so it cannot be refreshed; &apos;daas facility list&apos; shows where each came from.</source>
        <translation>La instalación «%1» no se añadió desde una dirección, así que no se puede actualizar; «daas facility list» muestra de dónde procede cada una.</translation>
    </message>
    <message>
        <source>The facility is restoring these files from tape; waiting until they are online (Ctrl+C stops).</source>
        <translation>La instalación está restaurando estos archivos desde la cinta; esperando a que estén disponibles (Ctrl+C lo detiene).</translation>
    </message>
    <message>
        <source>still restoring from tape (%1 so far)</source>
        <translation>aún se está restaurando desde la cinta (%1 hasta ahora)</translation>
    </message>
    <message>
        <source>Job %1 has not started yet, so it has written nothing; add --follow to wait for its output.</source>
        <translation>El trabajo %1 aún no ha empezado, así que no ha escrito nada; añada --follow para esperar su salida.</translation>
    </message>
    <message>
        <source>There is nothing at %1 on the storage server.</source>
        <translation>No hay nada en %1 en el servidor de almacenamiento.</translation>
    </message>
</context>
<context>
    <name>daas::cloud</name>
    <message>
        <source>OpenNebula sent an answer that could not be read.</source>
        <translation>OpenNebula envió una respuesta que no se pudo leer.</translation>
    </message>
    <message>
        <source>%1 offers no analysis environments.</source>
        <translation>%1 no ofrece entornos de análisis.</translation>
    </message>
    <message>
        <source>The cloud sent a document that could not be read.</source>
        <translation>La nube envió un documento que no se pudo leer.</translation>
    </message>
</context>
<context>
    <name>daas::cloud::DesktopConnector</name>
    <message>
        <source>This environment&apos;s desktop cannot be reached with %1.</source>
        <translation>No se puede acceder al escritorio de este entorno con %1.</translation>
    </message>
</context>
<context>
    <name>daas::cloud::DesktopProbe</name>
    <message>
        <source>The desktop at %1 did not answer.</source>
        <translation>El escritorio en %1 no respondió.</translation>
    </message>
    <message>
        <source>The desktop at %1 does not answer yet.</source>
        <translation>El escritorio en %1 aún no responde.</translation>
    </message>
    <message>
        <source>The environment offers no RDP desktop.</source>
        <translation>El entorno no ofrece un escritorio RDP.</translation>
    </message>
    <message>
        <source>The desktop behind %1 does not answer yet.</source>
        <translation>El escritorio detrás de %1 aún no responde.</translation>
    </message>
    <message>
        <source>The environment has no console address.</source>
        <translation>El entorno no tiene dirección de consola.</translation>
    </message>
    <message>
        <source>Something other than a remote desktop answers at %1.</source>
        <translation>En %1 responde algo que no es un escritorio remoto.</translation>
    </message>
</context>
<context>
    <name>daas::cloud::EnvironmentWatcher</name>
    <message>
        <source>The cloud connection was closed.</source>
        <translation>Se cerró la conexión con la nube.</translation>
    </message>
    <message>
        <source>The environment “%1” failed to start. Remove it and launch a new one; if it fails again, contact the facility&apos;s support.</source>
        <translation>El entorno «%1» no pudo iniciarse. Elimínelo y lance uno nuevo; si vuelve a fallar, póngase en contacto con el soporte de la instalación.</translation>
    </message>
    <message>
        <source>The environment “%1” has been removed.</source>
        <translation>Se ha eliminado el entorno «%1».</translation>
    </message>
    <message>
        <source>The environment “%1” is switched off. Resume it to use its desktop.</source>
        <translation>El entorno «%1» está apagado. Reanúdelo para usar su escritorio.</translation>
    </message>
    <message numerus="yes">
        <source>The environment “%1” is running but its desktop did not answer within %n minute(s). Try again later, or remove it and launch a new one.</source>
        <translation>
            <numerusform>El entorno «%1» está en marcha, pero su escritorio no respondió en %n minuto. Inténtelo de nuevo más tarde, o elimínelo y lance uno nuevo.</numerusform>
            <numerusform>El entorno «%1» está en marcha, pero su escritorio no respondió en %n minutos. Inténtelo de nuevo más tarde, o elimínelo y lance uno nuevo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The environment “%1” did not start within %n minute(s). The cloud may be busy: try again later, or remove it and launch a new one.</source>
        <translation>
            <numerusform>El entorno «%1» no se inició en %n minuto. Puede que la nube esté ocupada: inténtelo de nuevo más tarde, o elimínelo y lance uno nuevo.</numerusform>
            <numerusform>El entorno «%1» no se inició en %n minutos. Puede que la nube esté ocupada: inténtelo de nuevo más tarde, o elimínelo y lance uno nuevo.</numerusform>
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
        <translation>OpenNebula rechazó la solicitud. Puede que esta versión de OpenNebula no sea compatible.</translation>
    </message>
    <message>
        <source>OpenNebula no longer accepts your session. Sign in again.</source>
        <translation>OpenNebula ya no acepta su sesión. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an OpenNebula machine id.</source>
        <translation>«%1» no es un id de máquina de OpenNebula.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an OpenNebula template.</source>
        <translation>«%1» no es una plantilla de OpenNebula.</translation>
    </message>
</context>
<context>
    <name>daas::cloud::OpenStackProvider</name>
    <message>
        <source>OpenStack did not accept your credentials. Check them, or create a new application credential if yours has expired.</source>
        <translation>OpenStack no aceptó sus credenciales. Compruébelas o cree una nueva credencial de aplicación si la suya ha caducado.</translation>
    </message>
    <message>
        <source>The OpenStack identity service gave no token.</source>
        <translation>El servicio de identidad de OpenStack no dio ningún token.</translation>
    </message>
    <message>
        <source>OpenStack image service</source>
        <translation>servicio de imágenes de OpenStack</translation>
    </message>
    <message>
        <source>OpenStack compute service</source>
        <translation>servicio de cómputo de OpenStack</translation>
    </message>
    <message>
        <source>%1 refused the request; the image or flavour may no longer exist. Refresh the list and try again.</source>
        <translation>%1 rechazó la solicitud; puede que la imagen o el sabor ya no existan. Actualice la lista e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The machine cannot do this in its current state. Wait until it has finished what it is doing and try again.</source>
        <translation>La máquina no puede hacer esto en su estado actual. Espere a que termine lo que está haciendo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>%1 refused: your project&apos;s quota does not allow this. Remove a machine or ask the facility&apos;s support.</source>
        <translation>%1 lo rechazó: la cuota de su proyecto no lo permite. Elimine una máquina o consulte al soporte de la instalación.</translation>
    </message>
    <message>
        <source>This OpenStack cloud offers no %1 service in your project.</source>
        <translation>Esta nube OpenStack no ofrece ningún servicio %1 en su proyecto.</translation>
    </message>
    <message>
        <source>OpenStack pointed to another server.</source>
        <translation>OpenStack remitió a otro servidor.</translation>
    </message>
    <message>
        <source>OpenStack no longer accepts your session. Sign in again.</source>
        <translation>OpenStack ya no acepta su sesión. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>OpenStack sent an answer that could not be read.</source>
        <translation>OpenStack envió una respuesta que no se pudo leer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an OpenStack image and flavour.</source>
        <translation>«%1» no es una imagen y un sabor de OpenStack.</translation>
    </message>
    <message>
        <source>Your OpenStack account is not a member of any project, so it cannot run machines. Ask the facility&apos;s support to add you to a project.</source>
        <translation>Su cuenta de OpenStack no es miembro de ningún proyecto, así que no puede lanzar máquinas. Pida al soporte de la instalación que le añada a un proyecto.</translation>
    </message>
    <message>
        <source>Your OpenStack account belongs to several projects (%1), and the facility profile does not say which one to use. Ask the facility for a profile that names the project (&quot;cloud&quot;: {&quot;project&quot;: …}).</source>
        <translation>Su cuenta de OpenStack pertenece a varios proyectos (%1) y el perfil de la instalación no indica cuál usar. Pida a la instalación un perfil que nombre el proyecto (&quot;cloud&quot;: {&quot;project&quot;: …}).</translation>
    </message>
    <message>
        <source>The OpenStack identity service gave a token for no project, which cannot run machines.</source>
        <translation>El servicio de identidad de OpenStack dio un token sin proyecto, con el que no se pueden lanzar máquinas.</translation>
    </message>
    <message>
        <source>This cloud&apos;s OpenStack compute service is too old for this program, which needs microversion %1 or later.</source>
        <translation>El servicio de cómputo de OpenStack de esta nube es demasiado antiguo para este programa, que necesita la microversión %1 o posterior.</translation>
    </message>
    <message>
        <source>%1 does not have this machine or image (any more).</source>
        <translation>%1 no tiene (ya) esta máquina o imagen.</translation>
    </message>
</context>
<context>
    <name>daas::cloud::XmlRpc</name>
    <message>
        <source>The cloud service sent an answer that could not be read.</source>
        <translation>El servicio de nube envió una respuesta que no se pudo leer.</translation>
    </message>
</context>
<context>
    <name>daas::cloud::opennebula</name>
    <message>
        <source>OpenNebula did not accept the user name and password. Check them and sign in again.</source>
        <translation>OpenNebula no aceptó el nombre de usuario y la contraseña. Compruébelos y vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>OpenNebula does not allow you to do this. Ask the facility&apos;s support for access.</source>
        <translation>OpenNebula no le permite hacer esto. Solicite acceso al soporte de la instalación.</translation>
    </message>
    <message>
        <source>The machine cannot do this in its current state. Wait until it has finished what it is doing and try again.</source>
        <translation>La máquina no puede hacer esto en su estado actual. Espere a que termine lo que está haciendo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The machine is locked by an administrator. Try again later or ask the facility&apos;s support.</source>
        <translation>Un administrador ha bloqueado la máquina. Inténtelo de nuevo más tarde o consulte al soporte de la instalación.</translation>
    </message>
    <message>
        <source>OpenNebula has no room for this machine now (quota or capacity). Try a smaller template or later.</source>
        <translation>OpenNebula no tiene sitio para esta máquina ahora (cuota o capacidad). Pruebe una plantilla más pequeña o más tarde.</translation>
    </message>
    <message>
        <source>OpenNebula did not understand the request. This OpenNebula version may not be supported.</source>
        <translation>OpenNebula no entendió la solicitud. Puede que esta versión de OpenNebula no sea compatible.</translation>
    </message>
    <message>
        <source>OpenNebula reported an internal error. Try again later.</source>
        <translation>OpenNebula informó de un error interno. Inténtelo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>The machine %1 has no VNC or RDP desktop. Ask the facility&apos;s support to enable one in its template.</source>
        <translation>La máquina %1 no tiene escritorio VNC ni RDP. Pida al soporte de la instalación que active uno en su plantilla.</translation>
    </message>
    <message>
        <source>The machine %1 has not been placed on a host yet. Wait until it is running.</source>
        <translation>La máquina %1 aún no se ha asignado a un host. Espere a que esté en marcha.</translation>
    </message>
    <message>
        <source>OpenNebula does not have this machine or template (any more).</source>
        <translation>OpenNebula no tiene (ya) esta máquina o plantilla.</translation>
    </message>
</context>
<context>
    <name>daas::cloud::openstack</name>
    <message>
        <source>The OpenStack identity service sent an answer that could not be read.</source>
        <translation>El servicio de identidad de OpenStack envió una respuesta que no se pudo leer.</translation>
    </message>
    <message>
        <source>OpenStack gave a console address that could not be used.</source>
        <translation>OpenStack dio una dirección de consola que no se pudo usar.</translation>
    </message>
</context>
<context>
    <name>daas::facility</name>
    <message>
        <source>The facility profile is not valid: %1: %2</source>
        <translation>El perfil de la instalación no es válido: %1: %2</translation>
    </message>
    <message>
        <source>is not a known field (a typo?)</source>
        <translation>no es un campo conocido (¿una errata?)</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>must be an object with a &quot;url&quot;</source>
        <translation>debe ser un objeto con una «url»</translation>
    </message>
    <message>
        <source>must be an http or https URL</source>
        <translation>debe ser una URL http o https</translation>
    </message>
    <message>
        <source>may hold {user} only in its path</source>
        <translation>solo puede contener {user} en su ruta</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>debe ser uno de %1</translation>
    </message>
    <message>
        <source>must be a text</source>
        <translation>debe ser un texto</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>no debe estar vacío</translation>
    </message>
    <message>
        <source>The archive %1 holds an unsafe entry “%2”, so nothing of it was imported.</source>
        <translation>El archivo comprimido %1 contiene una entrada no segura «%2», así que no se importó nada de él.</translation>
    </message>
    <message>
        <source>The facility profile could not be saved.</source>
        <translation>No se pudo guardar el perfil de la instalación.</translation>
    </message>
</context>
<context>
    <name>daas::facility::FacilityFetch</name>
    <message>
        <source>Type the address of your facility&apos;s profile.</source>
        <translation>Escriba la dirección del perfil de su instalación.</translation>
    </message>
    <message>
        <source>“%1” is not an address of a facility profile.</source>
        <translation>«%1» no es una dirección de un perfil de instalación.</translation>
    </message>
    <message>
        <source>The profile must come over a secure connection: give an https:// address.</source>
        <translation>El perfil debe llegar por una conexión segura: indique una dirección https://.</translation>
    </message>
    <message>
        <source>Give the profile&apos;s address without a user name or password in it.</source>
        <translation>Indique la dirección del perfil sin nombre de usuario ni contraseña.</translation>
    </message>
    <message>
        <source>Catalogue (ICAT): %1</source>
        <translation>Catálogo (ICAT): %1</translation>
    </message>
    <message>
        <source>Data service (IDS): %1</source>
        <translation>Servicio de datos (IDS): %1</translation>
    </message>
    <message>
        <source>Analysis environments (%1): %2</source>
        <translation>Entornos de análisis (%1): %2</translation>
    </message>
    <message>
        <source>Storage (WebDAV): %1</source>
        <translation>Almacenamiento (WebDAV): %1</translation>
    </message>
    <message>
        <source>Batch cluster (%1): %2</source>
        <translation>Clúster de cálculo (%1): %2</translation>
    </message>
    <message>
        <source>The answer from %1 is too large to be a facility profile.</source>
        <translation>La respuesta de %1 es demasiado grande para ser un perfil de instalación.</translation>
    </message>
    <message>
        <source>%1 sent the profile&apos;s address on to %2, which is not a secure (https) address, so it was not followed.</source>
        <translation>%1 redirigió la dirección del perfil a %2, que no es una dirección segura (https), así que no se siguió.</translation>
    </message>
    <message>
        <source>%1 sent the profile&apos;s address on too many times.</source>
        <translation>%1 redirigió la dirección del perfil demasiadas veces.</translation>
    </message>
    <message>
        <source>The facility profile could not be fetched from %1: %2</source>
        <translation>No se pudo obtener el perfil de la instalación de %1: %2</translation>
    </message>
    <message>
        <source>%1 did not give a valid facility profile: %2</source>
        <translation>%1 no dio un perfil de instalación válido: %2</translation>
    </message>
    <message>
        <source>The facility profile is not valid: id: “demo” is kept for the local demo facility</source>
        <translation>El perfil de la instalación no es válido: id: «demo» está reservado para la instalación local de demostración</translation>
    </message>
</context>
<context>
    <name>daas::facility::FacilityProfile</name>
    <message>
        <source>The facility profile is not valid JSON (line %1, column %2): %3</source>
        <translation>El perfil de la instalación no es JSON válido (línea %1, columna %2): %3</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>debe ser un objeto JSON</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>debe ser un objeto</translation>
    </message>
    <message>
        <source>is longer than 64 characters</source>
        <translation>tiene más de 64 caracteres</translation>
    </message>
    <message>
        <source>may hold only letters, digits, &apos;-&apos; and &apos;_&apos;</source>
        <translation>solo puede contener letras, dígitos, «-» y «_»</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>must be an %1 URL</source>
        <translation>debe ser una URL %1</translation>
    </message>
    <message>
        <source>is only used with the type slurm-rest</source>
        <translation>solo se usa con el tipo slurm-rest</translation>
    </message>
    <message>
        <source>must be an absolute path on the cluster</source>
        <translation>debe ser una ruta absoluta en el clúster</translation>
    </message>
    <message>
        <source>The facility profile %1 could not be read.</source>
        <translation>No se pudo leer el perfil de instalación %1.</translation>
    </message>
    <message>
        <source>The facility profile %1 is too large to be one.</source>
        <translation>El perfil de instalación %1 es demasiado grande para serlo.</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>debe ser true o false</translation>
    </message>
    <message>
        <source>is for OpenStack clouds only</source>
        <translation>solo es para nubes OpenStack</translation>
    </message>
    <message>
        <source>must be a text that is not empty</source>
        <translation>debe ser un texto no vacío</translation>
    </message>
    <message>
        <source>must be a host name with an optional :port</source>
        <translation>debe ser un nombre de host con un :puerto opcional</translation>
    </message>
</context>
<context>
    <name>daas::facility::FacilityRegistry</name>
    <message>
        <source>The local demo facility is not running. Start it with “packaging/dev run”.</source>
        <translation>La instalación local de demostración no está en marcha. Iníciela con «packaging/dev run».</translation>
    </message>
    <message>
        <source>The facility you chose, “%1”, cannot be used: %2 The local demo facility is used instead; choose your facility again.</source>
        <translation>La instalación que eligió, «%1», no se puede usar: %2 Se usa en su lugar la instalación local de demostración; vuelva a elegir su instalación.</translation>
    </message>
    <message>
        <source>The facility you chose, “%1”, cannot be used: %2 Choose your facility again.</source>
        <translation>La instalación que eligió, «%1», no se puede usar: %2 Vuelva a elegir su instalación.</translation>
    </message>
    <message>
        <source>The facility profile %1 could not be read.</source>
        <translation>No se pudo leer el perfil de instalación %1.</translation>
    </message>
    <message>
        <source>The facility profile %1 is too large to be one.</source>
        <translation>El perfil de instalación %1 es demasiado grande para serlo.</translation>
    </message>
    <message>
        <source>%1 is not a facility profile: choose a .json file or a .zip or .tar.gz archive.</source>
        <translation>%1 no es un perfil de instalación: elija un archivo .json o un archivo comprimido .zip o .tar.gz.</translation>
    </message>
    <message>
        <source>The facility profile is not valid: id: “demo” is kept for the local demo facility</source>
        <translation>El perfil de la instalación no es válido: id: «demo» está reservado para la instalación local de demostración</translation>
    </message>
    <message>
        <source>certs/%1 in %2 is not a PEM certificate.</source>
        <translation>certs/%1 de %2 no es un certificado PEM.</translation>
    </message>
    <message>
        <source>There is no imported facility “%1”.</source>
        <translation>No existe la instalación importada «%1».</translation>
    </message>
    <message>
        <source>The imported facility “%1” could not be removed.</source>
        <translation>No se pudo eliminar la instalación importada «%1».</translation>
    </message>
    <message>
        <source>Give the archive a name ending in .zip or .tar.gz.</source>
        <translation>Dé al archivo comprimido un nombre que termine en .zip o .tar.gz.</translation>
    </message>
    <message>
        <source>The facility profile could not be exported to %1.</source>
        <translation>No se pudo exportar el perfil de la instalación a %1.</translation>
    </message>
    <message>
        <source>There is no facility “%1”: give a profile file or the id of one you added (daas facility list).</source>
        <translation>No existe la instalación «%1»: indique un archivo de perfil o el id de una que haya añadido (daas facility list).</translation>
    </message>
</context>
<context>
    <name>daas::facility::ProfileArchive</name>
    <message>
        <source>The archive %1 holds an unsafe entry “%2”, so nothing of it was imported.</source>
        <translation>El archivo comprimido %1 contiene una entrada no segura «%2», así que no se importó nada de él.</translation>
    </message>
    <message>
        <source>The archive %1 unpacks to more than %2 times its packed size (a ZIP bomb?), so nothing of it was imported.</source>
        <translation>El archivo comprimido %1 ocupa al desempaquetarse más de %2 veces su tamaño comprimido (¿una bomba ZIP?), así que no se importó nada de él.</translation>
    </message>
    <message>
        <source>The archive %1 unpacks to more than %2, far more than a facility profile holds, so nothing of it was imported.</source>
        <translation>El archivo comprimido %1 ocupa al desempaquetarse más de %2, mucho más de lo que contiene un perfil de instalación, así que no se importó nada de él.</translation>
    </message>
    <message>
        <source>%1 could not be read as a facility profile archive (.zip or .tar.gz).</source>
        <translation>%1 no se pudo leer como archivo comprimido de perfil de instalación (.zip o .tar.gz).</translation>
    </message>
    <message>
        <source>The archive %1 holds no facility.json.</source>
        <translation>El archivo comprimido %1 no contiene ningún facility.json.</translation>
    </message>
    <message>
        <source>The archive %1 holds too many files to be a facility profile.</source>
        <translation>El archivo comprimido %1 contiene demasiados archivos para ser un perfil de instalación.</translation>
    </message>
    <message>
        <source>The facility.json in %1 is too large to be a profile.</source>
        <translation>El facility.json de %1 es demasiado grande para ser un perfil.</translation>
    </message>
    <message>
        <source>The certificate %1 in %2 is too large.</source>
        <translation>El certificado %1 de %2 es demasiado grande.</translation>
    </message>
</context>
<context>
    <name>daas::identity</name>
    <message>
        <source>Nothing is saved in the keychain for this account.</source>
        <translation>No hay nada guardado en el llavero para esta cuenta.</translation>
    </message>
    <message>
        <source>The keychain did not allow access.</source>
        <translation>El llavero no permitió el acceso.</translation>
    </message>
    <message>
        <source>No keychain is available on this computer, so the password cannot be remembered.</source>
        <translation>No hay ningún llavero disponible en este equipo, así que no se puede recordar la contraseña.</translation>
    </message>
    <message>
        <source>No keychain service is running or answering on this computer (a Secret Service such as gnome-keyring or KWallet), so nothing can be kept in it. Start one and try again.</source>
        <translation>No hay ningún servicio de llavero en marcha o respondiendo en este equipo (un Secret Service como gnome-keyring o KWallet), así que no se puede guardar nada en él. Inicie uno e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The keychain reported an error.</source>
        <translation>El llavero informó de un error.</translation>
    </message>
    <message>
        <source>The data service</source>
        <translation>El servicio de datos</translation>
    </message>
    <message>
        <source>The catalogue</source>
        <translation>El catálogo</translation>
    </message>
    <message>
        <source>%1 gave an answer that could not be read.</source>
        <translation>%1 dio una respuesta que no se pudo leer.</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Su sesión ha terminado. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>You are not allowed to see this.</source>
        <translation>No tiene permiso para ver esto.</translation>
    </message>
    <message>
        <source>Something with this name already exists there.</source>
        <translation>Ya existe algo con este nombre ahí.</translation>
    </message>
    <message>
        <source>%1 did not understand the request.</source>
        <translation>%1 no entendió la solicitud.</translation>
    </message>
    <message>
        <source>%1 refused the request: %2</source>
        <translation>%1 rechazó la solicitud: %2</translation>
    </message>
    <message>
        <source>The data is being restored from the archive. Try again later.</source>
        <translation>Los datos se están restaurando desde el archivo. Inténtelo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>%1 does not support this.</source>
        <translation>%1 no admite esto.</translation>
    </message>
    <message>
        <source>%1 reported an internal error.</source>
        <translation>%1 informó de un error interno.</translation>
    </message>
    <message>
        <source>It does not exist in the catalogue (or it was removed).</source>
        <translation>No existe en el catálogo (o se ha eliminado).</translation>
    </message>
    <message>
        <source>The data service has no such data, or you are not allowed to see it.</source>
        <translation>El servicio de datos no tiene esos datos, o usted no tiene permiso para verlos.</translation>
    </message>
    <message>
        <source>Some of your files on this computer could not be removed: %1</source>
        <translation>Algunos de sus archivos en este equipo no se pudieron eliminar: %1</translation>
    </message>
</context>
<context>
    <name>daas::identity::IcatProperties</name>
    <message>
        <source>The catalogue gave an answer that could not be read.</source>
        <translation>El catálogo dio una respuesta que no se pudo leer.</translation>
    </message>
</context>
<context>
    <name>daas::identity::IcatSession</name>
    <message>
        <source>The user name or password is not correct.</source>
        <translation>El nombre de usuario o la contraseña no son correctos.</translation>
    </message>
    <message>
        <source>The catalogue gave an answer that could not be read.</source>
        <translation>El catálogo dio una respuesta que no se pudo leer.</translation>
    </message>
    <message>
        <source>You are signed out, so this could not be done.</source>
        <translation>Ha cerrado la sesión, así que no se pudo hacer esto.</translation>
    </message>
</context>
<context>
    <name>daas::jobs::BatchJob</name>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Retenido</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En ejecución</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendido</translation>
    </message>
    <message>
        <source>Completing</source>
        <translation>Finalizando</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Tiempo agotado</translation>
    </message>
    <message>
        <source>Out of memory</source>
        <translation>Sin memoria</translation>
    </message>
    <message>
        <source>No longer known</source>
        <translation>Ya no se conoce</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Waiting for resources</source>
        <translation>Esperando recursos</translation>
    </message>
    <message>
        <source>Waiting: jobs with a higher priority go first</source>
        <translation>En espera: los trabajos con mayor prioridad van primero</translation>
    </message>
    <message>
        <source>Waiting for the jobs it depends on</source>
        <translation>Esperando los trabajos de los que depende</translation>
    </message>
    <message>
        <source>Will never start: a job it depends on failed</source>
        <translation>No se iniciará nunca: falló un trabajo del que depende</translation>
    </message>
    <message>
        <source>Held by you</source>
        <translation>Retenido por usted</translation>
    </message>
    <message>
        <source>Held by an administrator</source>
        <translation>Retenido por un administrador</translation>
    </message>
    <message>
        <source>Waiting for its start time</source>
        <translation>Esperando su hora de inicio</translation>
    </message>
    <message>
        <source>Waiting: the partition is down</source>
        <translation>En espera: la partición no está disponible</translation>
    </message>
    <message>
        <source>Waiting: the partition is inactive</source>
        <translation>En espera: la partición está inactiva</translation>
    </message>
    <message>
        <source>Will not start: its time limit exceeds the partition&apos;s</source>
        <translation>No se iniciará: su límite de tiempo supera el de la partición</translation>
    </message>
    <message>
        <source>Waiting: the nodes it needs are not available</source>
        <translation>En espera: los nodos que necesita no están disponibles</translation>
    </message>
    <message>
        <source>Waiting: you have as many jobs running as allowed</source>
        <translation>En espera: tiene en ejecución tantos trabajos como se permite</translation>
    </message>
    <message>
        <source>Waiting: your group&apos;s CPU limit is reached</source>
        <translation>En espera: se ha alcanzado el límite de CPU de su grupo</translation>
    </message>
    <message>
        <source>Ended with a non-zero exit code</source>
        <translation>Terminó con un código de salida distinto de cero</translation>
    </message>
    <message>
        <source>Reached its time limit</source>
        <translation>Alcanzó su límite de tiempo</translation>
    </message>
    <message>
        <source>Ran out of memory</source>
        <translation>Se quedó sin memoria</translation>
    </message>
    <message>
        <source>Ended by a signal</source>
        <translation>Terminado por una señal</translation>
    </message>
</context>
<context>
    <name>daas::jobs::BatchProvider</name>
    <message>
        <source>Files on the cluster cannot be read through %1 here: %2</source>
        <translation>Los archivos del clúster no se pueden leer aquí mediante %1: %2</translation>
    </message>
</context>
<context>
    <name>daas::jobs::ClusterOutputReader</name>
    <message>
        <source>The cluster is no longer connected.</source>
        <translation>El clúster ya no está conectado.</translation>
    </message>
</context>
<context>
    <name>daas::jobs::FixedSlurmTokenSource</name>
    <message>
        <source>The Slurm token is not one: it names no user. Get a new one with &quot;scontrol token&quot; on the cluster.</source>
        <translation>El token de Slurm no es válido: no nombra a ningún usuario. Obtenga uno nuevo con «scontrol token» en el clúster.</translation>
    </message>
</context>
<context>
    <name>daas::jobs::JobJournalFile</name>
    <message>
        <source>must be text</source>
        <translation>debe ser texto</translation>
    </message>
    <message>
        <source>must be a date and time (ISO 8601)</source>
        <translation>debe ser una fecha y hora (ISO 8601)</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>debe ser un número entero</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>debe ser true o false</translation>
    </message>
    <message>
        <source>must be a list of texts</source>
        <translation>debe ser una lista de textos</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>debe ser un objeto</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>“%1” is not a job state</source>
        <translation>«%1» no es un estado de trabajo</translation>
    </message>
    <message>
        <source>The job history in %1 could not be read, so jobs of this session will not be kept in it. Check the file&apos;s permissions.</source>
        <translation>No se pudo leer el historial de trabajos en %1, así que los trabajos de esta sesión no se guardarán en él. Compruebe los permisos del archivo.</translation>
    </message>
    <message>
        <source>The job history in %1 was written by a newer version of DAaaS Desktop. This version leaves it as it is and does not keep this session&apos;s jobs in it.</source>
        <translation>El historial de trabajos en %1 lo escribió una versión más reciente de DAaaS Desktop. Esta versión lo deja como está y no guarda en él los trabajos de esta sesión.</translation>
    </message>
    <message>
        <source>The job history in %1 is damaged and could not be moved aside, so jobs of this session will not be kept in it.</source>
        <translation>El historial de trabajos en %1 está dañado y no se pudo apartar, así que los trabajos de esta sesión no se guardarán en él.</translation>
    </message>
    <message>
        <source>The job history was damaged (perhaps by a crash or a full disk) and could not be read. It was kept as %1 and a new history was started.</source>
        <translation>El historial de trabajos estaba dañado (quizá por un cierre inesperado o un disco lleno) y no se pudo leer. Se guardó como %1 y se empezó un historial nuevo.</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>no es un objeto</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) of the job history could not be read and are left out. The file as it was is kept as %1.</source>
        <translation>
            <numerusform>No se pudo leer %n trabajo del historial de trabajos y se ha omitido. El archivo tal como estaba se guarda como %1.</numerusform>
            <numerusform>No se pudieron leer %n trabajos del historial de trabajos y se han omitido. El archivo tal como estaba se guarda como %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) of the job history could not be read, and the file could not be copied aside, so jobs of this session will not be kept in it.</source>
        <translation>
            <numerusform>No se pudo leer %n trabajo del historial de trabajos y no se pudo apartar una copia del archivo, así que los trabajos de esta sesión no se guardarán en él.</numerusform>
            <numerusform>No se pudieron leer %n trabajos del historial de trabajos y no se pudo apartar una copia del archivo, así que los trabajos de esta sesión no se guardarán en él.</numerusform>
        </translation>
    </message>
    <message>
        <source>The job history could not be saved in %1. Check that the disk has space and that the folder can be written.</source>
        <translation>No se pudo guardar el historial de trabajos en %1. Compruebe que el disco tiene espacio y que se puede escribir en la carpeta.</translation>
    </message>
</context>
<context>
    <name>daas::jobs::JobTemplate</name>
    <message>
        <source>The job template cannot be used: %1</source>
        <translation>La plantilla de trabajo no se puede usar: %1</translation>
    </message>
    <message>
        <source>The job template in %1 cannot be used: %2</source>
        <translation>La plantilla de trabajo de %1 no se puede usar: %2</translation>
    </message>
    <message>
        <source>is larger than 1 MiB</source>
        <translation>ocupa más de 1 MiB</translation>
    </message>
    <message>
        <source>is not a field of a job template (a spelling mistake?)</source>
        <translation>no es un campo de una plantilla de trabajo (¿una errata?)</translation>
    </message>
    <message>
        <source>must be from %1 to %2</source>
        <translation>debe estar entre %1 y %2</translation>
    </message>
    <message>
        <source>must be one line of text, without control characters</source>
        <translation>debe ser una sola línea de texto, sin caracteres de control</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>es obligatorio</translation>
    </message>
    <message>
        <source>must be a whole number, not “%1”</source>
        <translation>debe ser un número entero, no «%1»</translation>
    </message>
    <message>
        <source>must be a number, not “%1”</source>
        <translation>debe ser un número, no «%1»</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>debe ser uno de %1</translation>
    </message>
    <message>
        <source>is missing or cannot be read</source>
        <translation>falta o no se puede leer</translation>
    </message>
    <message>
        <source>the file “%1” is missing or cannot be read</source>
        <translation>el archivo «%1» falta o no se puede leer</translation>
    </message>
    <message>
        <source>the file “%1” %2</source>
        <translation>el archivo «%1» %2</translation>
    </message>
    <message>
        <source>the file “%1” is not UTF-8 text</source>
        <translation>el archivo «%1» no es texto UTF-8</translation>
    </message>
    <message>
        <source>is not valid JSON (%1 at byte %2)</source>
        <translation>no es JSON válido (%1 en el byte %2)</translation>
    </message>
    <message>
        <source>must hold a JSON object</source>
        <translation>debe contener un objeto JSON</translation>
    </message>
    <message>
        <source>must be a name that is not empty</source>
        <translation>debe ser un nombre no vacío</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>debe ser texto</translation>
    </message>
    <message>
        <source>must name the script file of the template</source>
        <translation>debe nombrar el archivo de script de la plantilla</translation>
    </message>
    <message>
        <source>“%1” must be a file name in the template&apos;s folder</source>
        <translation>«%1» debe ser un nombre de archivo de la carpeta de la plantilla</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>debe ser una lista</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>debe ser un objeto</translation>
    </message>
    <message>
        <source>“%1” must start with a lower-case letter and hold only lower-case letters, digits and “_” (it is the script&apos;s variable name)</source>
        <translation>«%1» debe empezar por una letra minúscula y contener solo letras minúsculas, dígitos y «_» (es el nombre de la variable del script)</translation>
    </message>
    <message>
        <source>“%1” is used twice</source>
        <translation>«%1» se usa dos veces</translation>
    </message>
    <message>
        <source>“%1” must be one of text, integer, number, choice, dataset, folder, file</source>
        <translation>«%1» debe ser uno de text, integer, number, choice, dataset, folder, file</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>debe ser true o false</translation>
    </message>
    <message>
        <source>must list the values to choose from</source>
        <translation>debe enumerar los valores entre los que elegir</translation>
    </message>
    <message>
        <source>must be a list of texts that are not empty</source>
        <translation>debe ser una lista de textos no vacíos</translation>
    </message>
    <message>
        <source>is only for parameters of type choice</source>
        <translation>solo es para parámetros del tipo choice</translation>
    </message>
    <message>
        <source>is only for parameters of type integer or number</source>
        <translation>solo es para parámetros del tipo integer o number</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>debe ser un número</translation>
    </message>
    <message>
        <source>must be text or a number</source>
        <translation>debe ser texto o un número</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>debe ser un número entero entre %1 y %2</translation>
    </message>
    <message>
        <source>must be a partition&apos;s name</source>
        <translation>debe ser el nombre de una partición</translation>
    </message>
    <message>
        <source>“%1” must start with “#!” (for example #!/bin/bash)</source>
        <translation>«%1» debe empezar por «#!» (por ejemplo #!/bin/bash)</translation>
    </message>
    <message>
        <source>line %1: {{%2}} is not one of the template&apos;s parameters</source>
        <translation>línea %1: {{%2}} no es uno de los parámetros de la plantilla</translation>
    </message>
    <message>
        <source>line %1: {{%2}} cannot stand in a scheduler directive (the scheduler does not fill it in); use the template&apos;s resources</source>
        <translation>línea %1: {{%2}} no puede aparecer en una directiva del planificador (el planificador no lo rellena); use los recursos de la plantilla</translation>
    </message>
    <message>
        <source>“%1” is not a parameter of the template “%2”.</source>
        <translation>«%1» no es un parámetro de la plantilla «%2».</translation>
    </message>
    <message>
        <source>The template could not be saved in %1. Check that the disk has space and that the folder can be written.</source>
        <translation>No se pudo guardar la plantilla en %1. Compruebe que el disco tiene espacio y que se puede escribir en la carpeta.</translation>
    </message>
</context>
<context>
    <name>daas::jobs::JobsSession</name>
    <message>
        <source>Making the working folder %1 in your storage…</source>
        <translation>Creando la carpeta de trabajo %1 en su almacenamiento…</translation>
    </message>
    <message>
        <source>The job&apos;s working folder could not be made</source>
        <translation>No se pudo crear la carpeta de trabajo del trabajo</translation>
    </message>
    <message>
        <source>Submitting…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>The scheduler has not said where this job&apos;s output goes.</source>
        <translation>El planificador no ha indicado adónde va la salida de este trabajo.</translation>
    </message>
    <message>
        <source>This facility&apos;s cluster takes a Slurm token and names no token service: make one on the cluster with &apos;scontrol token&apos; and set DAAS_SLURM_TOKEN.</source>
        <translation>El clúster de esta instalación requiere un token de Slurm y no indica ningún servicio de tokens: cree uno en el clúster con «scontrol token» y defina DAAS_SLURM_TOKEN.</translation>
    </message>
    <message>
        <source>This facility offers no batch cluster.</source>
        <translation>Esta instalación no ofrece ningún clúster de cálculo.</translation>
    </message>
    <message>
        <source>The facility&apos;s batch address %1 is not an ssh://user@host address.</source>
        <translation>La dirección de cálculo de la instalación %1 no es una dirección ssh://usuario@host.</translation>
    </message>
    <message>
        <source>This client cannot reach a %1 cluster yet.</source>
        <translation>Este cliente aún no puede acceder a un clúster %1.</translation>
    </message>
</context>
<context>
    <name>daas::jobs::Lsf</name>
    <message>
        <source>The job has no script.</source>
        <translation>El trabajo no tiene script.</translation>
    </message>
    <message>
        <source>%1 cannot hold a line break or a double quote for LSF.</source>
        <translation>%1 no puede contener un salto de línea ni comillas dobles para LSF.</translation>
    </message>
    <message>
        <source>The job name</source>
        <translation>El nombre del trabajo</translation>
    </message>
    <message>
        <source>The queue</source>
        <translation>La cola</translation>
    </message>
    <message>
        <source>The project</source>
        <translation>El proyecto</translation>
    </message>
    <message>
        <source>The working folder</source>
        <translation>La carpeta de trabajo</translation>
    </message>
    <message>
        <source>The output file</source>
        <translation>El archivo de salida</translation>
    </message>
    <message>
        <source>The error file</source>
        <translation>El archivo de errores</translation>
    </message>
    <message>
        <source>A job needs at least one node and one core.</source>
        <translation>Un trabajo necesita al menos un nodo y un núcleo.</translation>
    </message>
    <message>
        <source>LSF did not accept the job.</source>
        <translation>LSF no aceptó el trabajo.</translation>
    </message>
    <message>
        <source>bjobs answered something that is not its JSON.</source>
        <translation>bjobs respondió algo que no es su JSON.</translation>
    </message>
    <message>
        <source>bjobs answered in columns the client does not know.</source>
        <translation>bjobs respondió en columnas que el cliente no conoce.</translation>
    </message>
    <message>
        <source>bjobs answered a line the client cannot read.</source>
        <translation>bjobs respondió una línea que el cliente no puede leer.</translation>
    </message>
</context>
<context>
    <name>daas::jobs::LsfSshProvider</name>
    <message>
        <source>Asking LSF for its queues…</source>
        <translation>Pidiendo a LSF sus colas…</translation>
    </message>
    <message>
        <source>LSF did not list its queues.</source>
        <translation>LSF no enumeró sus colas.</translation>
    </message>
    <message>
        <source>Submitting the job to LSF…</source>
        <translation>Enviando el trabajo a LSF…</translation>
    </message>
    <message>
        <source>LSF did not list the jobs.</source>
        <translation>LSF no enumeró los trabajos.</translation>
    </message>
    <message>
        <source>Asking LSF for your jobs…</source>
        <translation>Pidiendo a LSF sus trabajos…</translation>
    </message>
    <message>
        <source>Asking LSF about job %1…</source>
        <translation>Consultando a LSF sobre el trabajo %1…</translation>
    </message>
    <message>
        <source>LSF does not know job %1 (any more).</source>
        <translation>LSF no conoce (ya) el trabajo %1.</translation>
    </message>
    <message>
        <source>Cancelling job %1…</source>
        <translation>Cancelando el trabajo %1…</translation>
    </message>
    <message>
        <source>LSF did not cancel job %1.</source>
        <translation>LSF no canceló el trabajo %1.</translation>
    </message>
    <message>
        <source>Holding job %1…</source>
        <translation>Reteniendo el trabajo %1…</translation>
    </message>
    <message>
        <source>Releasing job %1…</source>
        <translation>Liberando el trabajo %1…</translation>
    </message>
    <message>
        <source>LSF did not hold job %1.</source>
        <translation>LSF no retuvo el trabajo %1.</translation>
    </message>
    <message>
        <source>LSF did not release job %1.</source>
        <translation>LSF no liberó el trabajo %1.</translation>
    </message>
</context>
<context>
    <name>daas::jobs::OutputLocation</name>
    <message>
        <source>The output file “%1” is not a full path on the cluster.</source>
        <translation>El archivo de salida «%1» no es una ruta completa en el clúster.</translation>
    </message>
    <message>
        <source>The cluster&apos;s storage folder (%1) needs a user name, and “%2” is not one.</source>
        <translation>La carpeta de almacenamiento del clúster (%1) necesita un nombre de usuario, y «%2» no lo es.</translation>
    </message>
    <message>
        <source>The facility&apos;s storage folder on the cluster (%1) is not a full path.</source>
        <translation>La carpeta de almacenamiento de la instalación en el clúster (%1) no es una ruta completa.</translation>
    </message>
    <message>
        <source>The output file “%1” leaves the storage folder %2 with “..”; it is not read.</source>
        <translation>El archivo de salida «%1» sale de la carpeta de almacenamiento %2 con «..»; no se lee.</translation>
    </message>
    <message>
        <source>The output file “%1” has a name the storage cannot serve.</source>
        <translation>El archivo de salida «%1» tiene un nombre que el almacenamiento no puede servir.</translation>
    </message>
    <message>
        <source>The output file “%1” cannot be read: it is not on the storage, and the cluster is not connected.</source>
        <translation>El archivo de salida «%1» no se puede leer: no está en el almacenamiento y el clúster no está conectado.</translation>
    </message>
</context>
<context>
    <name>daas::jobs::OutputTail</name>
    <message>
        <source>The output file is no longer there. It is shown again when it comes back.</source>
        <translation>El archivo de salida ya no está. Se volverá a mostrar cuando vuelva.</translation>
    </message>
    <message>
        <source>The output file got shorter (it was truncated or written anew): it is shown again from its end.</source>
        <translation>El archivo de salida se ha acortado (se truncó o se escribió de nuevo): se vuelve a mostrar desde su final.</translation>
    </message>
    <message>
        <source>The output file was replaced by another: it is shown again from its end.</source>
        <translation>El archivo de salida se sustituyó por otro: se vuelve a mostrar desde su final.</translation>
    </message>
    <message>
        <source>The job&apos;s output file is not there (%1): the job wrote none, or it was moved or removed since.</source>
        <translation>El archivo de salida del trabajo no está (%1): el trabajo no escribió ninguno, o se ha movido o eliminado desde entonces.</translation>
    </message>
</context>
<context>
    <name>daas::jobs::ServiceSlurmTokenSource</name>
    <message>
        <source>Not signed in.</source>
        <translation>No ha iniciado sesión.</translation>
    </message>
    <message>
        <source>The cluster&apos;s token service needs your password. Sign in again.</source>
        <translation>El servicio de tokens del clúster necesita su contraseña. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>The cluster&apos;s token service could not be reached</source>
        <translation>No se pudo acceder al servicio de tokens del clúster</translation>
    </message>
    <message>
        <source>The cluster&apos;s token service did not accept your user name and password.</source>
        <translation>El servicio de tokens del clúster no aceptó su nombre de usuario y contraseña.</translation>
    </message>
    <message>
        <source>The cluster&apos;s token service</source>
        <translation>El servicio de tokens del clúster</translation>
    </message>
    <message>
        <source>The cluster&apos;s token service gave an answer that is not a token.</source>
        <translation>El servicio de tokens del clúster dio una respuesta que no es un token.</translation>
    </message>
</context>
<context>
    <name>daas::jobs::SlurmRest</name>
    <message>
        <source>Slurm sent an empty answer for %1.</source>
        <translation>Slurm envió una respuesta vacía para %1.</translation>
    </message>
    <message>
        <source>Slurm&apos;s answer for %1 could not be read: it is cut short or not JSON.</source>
        <translation>No se pudo leer la respuesta de Slurm para %1: está incompleta o no es JSON.</translation>
    </message>
    <message>
        <source>Slurm&apos;s answer for %1 is not what its API describes.</source>
        <translation>La respuesta de Slurm para %1 no es lo que describe su API.</translation>
    </message>
    <message>
        <source>the list of jobs</source>
        <translation>la lista de trabajos</translation>
    </message>
    <message>
        <source>Slurm&apos;s list of jobs is not what its API describes.</source>
        <translation>La lista de trabajos de Slurm no es lo que describe su API.</translation>
    </message>
    <message>
        <source>the list of partitions</source>
        <translation>la lista de particiones</translation>
    </message>
    <message>
        <source>Slurm&apos;s list of partitions is not what its API describes.</source>
        <translation>La lista de particiones de Slurm no es lo que describe su API.</translation>
    </message>
    <message>
        <source>The script must start with a line such as #!/bin/bash that names its interpreter.</source>
        <translation>El script debe empezar con una línea como #!/bin/bash que nombre su intérprete.</translation>
    </message>
    <message>
        <source>Choose the folder on the cluster the job runs in.</source>
        <translation>Elija la carpeta del clúster en la que se ejecuta el trabajo.</translation>
    </message>
    <message>
        <source>the submitted job</source>
        <translation>el trabajo enviado</translation>
    </message>
    <message>
        <source>Slurm accepted the job but did not say its number.</source>
        <translation>Slurm aceptó el trabajo pero no indicó su número.</translation>
    </message>
    <message>
        <source>This cluster&apos;s Slurm (REST API v0.0.38) cannot release a held job. Release it with &quot;scontrol release&quot; on the cluster.</source>
        <translation>El Slurm de este clúster (API REST v0.0.38) no puede liberar un trabajo retenido. Libérelo con «scontrol release» en el clúster.</translation>
    </message>
</context>
<context>
    <name>daas::jobs::SlurmRestProvider</name>
    <message>
        <source>There is no Slurm token to sign in to the cluster with.</source>
        <translation>No hay ningún token de Slurm con el que iniciar sesión en el clúster.</translation>
    </message>
    <message>
        <source>Getting a token for the cluster…</source>
        <translation>Obteniendo un token para el clúster…</translation>
    </message>
    <message>
        <source>Your token for the cluster has expired and no new one could be had. Sign in again.</source>
        <translation>Su token para el clúster ha caducado y no se pudo obtener uno nuevo. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>The cluster did not accept your Slurm token. Sign in again, or get a new token with &quot;scontrol token&quot; on the cluster.</source>
        <translation>El clúster no aceptó su token de Slurm. Vuelva a iniciar sesión u obtenga un token nuevo con «scontrol token» en el clúster.</translation>
    </message>
    <message>
        <source>Waiting for Slurm…</source>
        <translation>Esperando a Slurm…</translation>
    </message>
    <message>
        <source>its API description</source>
        <translation>su descripción de la API</translation>
    </message>
    <message>
        <source>This cluster&apos;s Slurm REST API is a version this client does not speak (it speaks v0.0.38 to v0.0.42).</source>
        <translation>La API REST de Slurm de este clúster es de una versión que este cliente no habla (habla de la v0.0.38 a la v0.0.42).</translation>
    </message>
    <message>
        <source>Could not list the cluster&apos;s partitions.</source>
        <translation>No se pudieron enumerar las particiones del clúster.</translation>
    </message>
    <message>
        <source>Slurm did not accept the job.</source>
        <translation>Slurm no aceptó el trabajo.</translation>
    </message>
    <message>
        <source>Could not list your jobs.</source>
        <translation>No se pudieron enumerar sus trabajos.</translation>
    </message>
    <message>
        <source>Slurm does not know job %1. Finished jobs are forgotten a few minutes after they end.</source>
        <translation>Slurm no conoce el trabajo %1. Los trabajos terminados se olvidan unos minutos después de terminar.</translation>
    </message>
    <message>
        <source>Could not read job %1.</source>
        <translation>No se pudo leer el trabajo %1.</translation>
    </message>
    <message>
        <source>Slurm does not know job %1.</source>
        <translation>Slurm no conoce el trabajo %1.</translation>
    </message>
    <message>
        <source>Could not cancel job %1.</source>
        <translation>No se pudo cancelar el trabajo %1.</translation>
    </message>
    <message>
        <source>the cancelled job</source>
        <translation>el trabajo cancelado</translation>
    </message>
    <message>
        <source>Could not hold job %1.</source>
        <translation>No se pudo retener el trabajo %1.</translation>
    </message>
    <message>
        <source>Could not release job %1.</source>
        <translation>No se pudo liberar el trabajo %1.</translation>
    </message>
    <message>
        <source>the changed job</source>
        <translation>el trabajo modificado</translation>
    </message>
</context>
<context>
    <name>daas::jobs::SlurmSsh</name>
    <message>
        <source>The job has no script.</source>
        <translation>El trabajo no tiene script.</translation>
    </message>
    <message>
        <source>The job name</source>
        <translation>El nombre del trabajo</translation>
    </message>
    <message>
        <source>The partition</source>
        <translation>La partición</translation>
    </message>
    <message>
        <source>The account</source>
        <translation>La cuenta</translation>
    </message>
    <message>
        <source>The working folder</source>
        <translation>La carpeta de trabajo</translation>
    </message>
    <message>
        <source>The output file</source>
        <translation>El archivo de salida</translation>
    </message>
    <message>
        <source>The error file</source>
        <translation>El archivo de errores</translation>
    </message>
    <message>
        <source>%1 cannot hold a line break or a double quote for Slurm.</source>
        <translation>%1 no puede contener un salto de línea ni comillas dobles para Slurm.</translation>
    </message>
    <message>
        <source>A job needs at least one node and one core.</source>
        <translation>Un trabajo necesita al menos un nodo y un núcleo.</translation>
    </message>
    <message>
        <source>Slurm did not accept the job.</source>
        <translation>Slurm no aceptó el trabajo.</translation>
    </message>
    <message>
        <source>Submitted batch job %1</source>
        <translation>Trabajo por lotes %1 enviado</translation>
    </message>
    <message>
        <source>squeue answered a line the client cannot read.</source>
        <translation>squeue respondió una línea que el cliente no puede leer.</translation>
    </message>
    <message>
        <source>scontrol answered something the client cannot read.</source>
        <translation>scontrol respondió algo que el cliente no puede leer.</translation>
    </message>
    <message>
        <source>sacct answered a line the client cannot read.</source>
        <translation>sacct respondió una línea que el cliente no puede leer.</translation>
    </message>
</context>
<context>
    <name>daas::jobs::SlurmSshProvider</name>
    <message>
        <source>Asking Slurm for its partitions…</source>
        <translation>Pidiendo a Slurm sus particiones…</translation>
    </message>
    <message>
        <source>Slurm did not list its partitions.</source>
        <translation>Slurm no enumeró sus particiones.</translation>
    </message>
    <message>
        <source>Submitting the job to Slurm…</source>
        <translation>Enviando el trabajo a Slurm…</translation>
    </message>
    <message>
        <source>Asking Slurm for your jobs…</source>
        <translation>Pidiendo a Slurm sus trabajos…</translation>
    </message>
    <message>
        <source>Slurm did not list your jobs.</source>
        <translation>Slurm no enumeró sus trabajos.</translation>
    </message>
    <message>
        <source>Asking Slurm about job %1…</source>
        <translation>Consultando a Slurm sobre el trabajo %1…</translation>
    </message>
    <message>
        <source>Slurm did not show job %1.</source>
        <translation>Slurm no mostró el trabajo %1.</translation>
    </message>
    <message>
        <source>Slurm does not know job %1 (any more).</source>
        <translation>Slurm no conoce (ya) el trabajo %1.</translation>
    </message>
    <message>
        <source>Cancelling job %1…</source>
        <translation>Cancelando el trabajo %1…</translation>
    </message>
    <message>
        <source>Slurm did not cancel job %1.</source>
        <translation>Slurm no canceló el trabajo %1.</translation>
    </message>
    <message>
        <source>Holding job %1…</source>
        <translation>Reteniendo el trabajo %1…</translation>
    </message>
    <message>
        <source>Releasing job %1…</source>
        <translation>Liberando el trabajo %1…</translation>
    </message>
    <message>
        <source>Slurm did not hold job %1.</source>
        <translation>Slurm no retuvo el trabajo %1.</translation>
    </message>
    <message>
        <source>Slurm did not release job %1.</source>
        <translation>Slurm no liberó el trabajo %1.</translation>
    </message>
</context>
<context>
    <name>daas::jobs::SshBatchProvider</name>
    <message>
        <source>&quot;%1&quot; is not a %2 job id.</source>
        <translation>«%1» no es un id de trabajo de %2.</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>código de salida %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file name.</source>
        <translation>«%1» no es un nombre de archivo.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <source>%1 does not exist on the cluster (yet).</source>
        <translation>%1 no existe (aún) en el clúster.</translation>
    </message>
    <message>
        <source>Could not read %1 on the cluster.</source>
        <translation>No se pudo leer %1 en el clúster.</translation>
    </message>
</context>
<context>
    <name>daas::jobs::SshConnection</name>
    <message>
        <source>No OpenSSH client (ssh) was found on this computer. Install OpenSSH (on Windows: the optional feature &quot;OpenSSH Client&quot;) to reach the cluster.</source>
        <translation>No se encontró ningún cliente OpenSSH (ssh) en este equipo. Instale OpenSSH (en Windows: la característica opcional «Cliente OpenSSH») para acceder al clúster.</translation>
    </message>
    <message>
        <source>The cluster&apos;s address &quot;%1&quot; is not a host name.</source>
        <translation>La dirección del clúster «%1» no es un nombre de host.</translation>
    </message>
    <message>
        <source>The SSH client could not be started: %1</source>
        <translation>No se pudo iniciar el cliente SSH: %1</translation>
    </message>
    <message>
        <source>%1 on %2 did not finish within %3 seconds.</source>
        <translation>%1 en %2 no terminó en %3 segundos.</translation>
    </message>
    <message>
        <source>%1 on %2 printed more than %3 MB; it was stopped.</source>
        <translation>%1 en %2 mostró más de %3 MB; se detuvo.</translation>
    </message>
    <message>
        <source>The SSH client stopped unexpectedly while talking to %1.</source>
        <translation>El cliente SSH se detuvo inesperadamente mientras hablaba con %1.</translation>
    </message>
    <message>
        <source>%1 did not accept your SSH key or password.</source>
        <translation>%1 no aceptó su clave SSH ni su contraseña.</translation>
    </message>
    <message>
        <source>The cluster&apos;s login node %1 was not found.</source>
        <translation>No se encontró el nodo de acceso %1 del clúster.</translation>
    </message>
    <message>
        <source>%1 refused the SSH connection.</source>
        <translation>%1 rechazó la conexión SSH.</translation>
    </message>
    <message>
        <source>%1 did not answer the SSH connection in time.</source>
        <translation>%1 no respondió a tiempo a la conexión SSH.</translation>
    </message>
    <message>
        <source>Could not log in to %1 over SSH.</source>
        <translation>No se pudo iniciar sesión en %1 por SSH.</translation>
    </message>
    <message>
        <source>THE HOST KEY OF %1 HAS CHANGED since you trusted it (it now presents %2). Someone may be intercepting the connection, so nothing was sent. If the facility confirms that the key was changed, remove the old key of %1 from %3 and connect again.</source>
        <translation>LA CLAVE DE HOST DE %1 HA CAMBIADO desde que confió en ella (ahora presenta %2). Puede que alguien esté interceptando la conexión, así que no se envió nada. Si la instalación confirma que la clave se cambió, elimine la clave antigua de %1 de %3 y vuelva a conectarse.</translation>
    </message>
    <message>
        <source>another key</source>
        <translation>otra clave</translation>
    </message>
    <message>
        <source>%1 is not known yet, and ssh-keyscan (OpenSSH) was not found to read its host key.</source>
        <translation>%1 aún no es conocido y no se encontró ssh-keyscan (OpenSSH) para leer su clave de host.</translation>
    </message>
    <message>
        <source>Could not read the host key of %1.</source>
        <translation>No se pudo leer la clave de host de %1.</translation>
    </message>
    <message>
        <source>Not connected to %1: its host key (%2 %3) was not trusted.</source>
        <translation>No conectado a %1: no se confió en su clave de host (%2 %3).</translation>
    </message>
</context>
<context>
    <name>daas::jobs::SshJobScript</name>
    <message>
        <source>&quot;%1&quot; is not an environment variable (NAME=value).</source>
        <translation>«%1» no es una variable de entorno (NOMBRE=valor).</translation>
    </message>
</context>
<context>
    <name>daas::jobs::SshKnownHosts</name>
    <message>
        <source>Could not remember the host key in %1: %2</source>
        <translation>No se pudo recordar la clave de host en %1: %2</translation>
    </message>
</context>
<context>
    <name>daas::jobs::StorageOutputReader</name>
    <message>
        <source>The storage is no longer connected.</source>
        <translation>El almacenamiento ya no está conectado.</translation>
    </message>
</context>
<context>
    <name>daas::jobs::TemplateLibrary</name>
    <message>
        <source>There is no job template “%1”.</source>
        <translation>No existe la plantilla de trabajo «%1».</translation>
    </message>
    <message>
        <source>This job cannot be made into a template: %1</source>
        <translation>Este trabajo no se puede convertir en plantilla: %1</translation>
    </message>
    <message>
        <source>The folder for your job templates, %1, could not be made.</source>
        <translation>No se pudo crear la carpeta para sus plantillas de trabajo, %1.</translation>
    </message>
    <message>
        <source>The template could not be saved in %1.</source>
        <translation>No se pudo guardar la plantilla en %1.</translation>
    </message>
    <message>
        <source>The template could not be saved as %1.</source>
        <translation>No se pudo guardar la plantilla como %1.</translation>
    </message>
</context>
<context>
    <name>daas::remote::RdpConnectionFile</name>
    <message>
        <source>This is not a usable connection file: %1</source>
        <translation>Este no es un archivo de conexión utilizable: %1</translation>
    </message>
    <message>
        <source>it is too large.</source>
        <translation>es demasiado grande.</translation>
    </message>
    <message>
        <source>Could not read the connection file.</source>
        <translation>No se pudo leer el archivo de conexión.</translation>
    </message>
    <message>
        <source>its settings could not be read.</source>
        <translation>no se pudo leer su configuración.</translation>
    </message>
    <message>
        <source>it names no computer (“full address”).</source>
        <translation>no nombra ningún equipo («full address»).</translation>
    </message>
    <message>
        <source>the computer&apos;s name “%1” is not valid.</source>
        <translation>el nombre del equipo «%1» no es válido.</translation>
    </message>
    <message>
        <source>the computer&apos;s name is too long.</source>
        <translation>el nombre del equipo es demasiado largo.</translation>
    </message>
    <message>
        <source>its port is not between 1 and 65535.</source>
        <translation>su puerto no está entre 1 y 65535.</translation>
    </message>
    <message>
        <source>Could not open the connection file “%1”.</source>
        <translation>No se pudo abrir el archivo de conexión «%1».</translation>
    </message>
    <message>
        <source>The desktop&apos;s address or the user name cannot be written into a connection file.</source>
        <translation>La dirección del escritorio o el nombre de usuario no se pueden escribir en un archivo de conexión.</translation>
    </message>
    <message>
        <source>The desktop has no address to write into a connection file.</source>
        <translation>El escritorio no tiene ninguna dirección que escribir en un archivo de conexión.</translation>
    </message>
    <message>
        <source>Could not make the connection file.</source>
        <translation>No se pudo crear el archivo de conexión.</translation>
    </message>
    <message>
        <source>Could not save the connection file “%1”. Check the folder and free disk space.</source>
        <translation>No se pudo guardar el archivo de conexión «%1». Compruebe la carpeta y el espacio libre en disco.</translation>
    </message>
</context>
<context>
    <name>daas::remote::RdpErrors</name>
    <message>
        <source>An administrator or another program ended this remote desktop session.</source>
        <translation>Un administrador u otro programa terminó esta sesión de escritorio remoto.</translation>
    </message>
    <message>
        <source>An administrator or another program signed this session out.</source>
        <translation>Un administrador u otro programa cerró esta sesión.</translation>
    </message>
    <message>
        <source>The server ended an idle session. Connect again to carry on.</source>
        <translation>El servidor terminó una sesión inactiva. Vuelva a conectarse para continuar.</translation>
    </message>
    <message>
        <source>The server ended the session because signing in took too long.</source>
        <translation>El servidor terminó la sesión porque el inicio de sesión tardó demasiado.</translation>
    </message>
    <message>
        <source>Another session took over this desktop. Connect again to take it back.</source>
        <translation>Otra sesión tomó el control de este escritorio. Vuelva a conectarse para recuperarlo.</translation>
    </message>
    <message>
        <source>The remote computer ran out of memory.</source>
        <translation>El equipo remoto se quedó sin memoria.</translation>
    </message>
    <message>
        <source>The remote desktop refused the connection.</source>
        <translation>El escritorio remoto rechazó la conexión.</translation>
    </message>
    <message>
        <source>This account may not use remote desktop on this computer.</source>
        <translation>Esta cuenta no puede usar el escritorio remoto en este equipo.</translation>
    </message>
    <message>
        <source>The remote desktop asks for the password to be typed again.</source>
        <translation>El escritorio remoto pide que se vuelva a escribir la contraseña.</translation>
    </message>
    <message>
        <source>The session was disconnected from the remote side.</source>
        <translation>La sesión se desconectó desde el lado remoto.</translation>
    </message>
    <message>
        <source>You signed out of the remote desktop.</source>
        <translation>Ha cerrado la sesión del escritorio remoto.</translation>
    </message>
    <message>
        <source>The remote desktop&apos;s session crashed. Connect again.</source>
        <translation>La sesión del escritorio remoto falló. Vuelva a conectarse.</translation>
    </message>
    <message>
        <source>The remote computer has no licence server for remote desktop sessions. Tell the facility&apos;s support.</source>
        <translation>El equipo remoto no tiene servidor de licencias para sesiones de escritorio remoto. Avise al soporte de la instalación.</translation>
    </message>
    <message>
        <source>The remote computer has no licence left for another remote desktop session.</source>
        <translation>Al equipo remoto no le quedan licencias para otra sesión de escritorio remoto.</translation>
    </message>
    <message>
        <source>The remote desktop did not accept the user name or password.</source>
        <translation>El escritorio remoto no aceptó el nombre de usuario o la contraseña.</translation>
    </message>
    <message>
        <source>The password was not accepted.</source>
        <translation>No se aceptó la contraseña.</translation>
    </message>
    <message>
        <source>The remote desktop needs a user name and password.</source>
        <translation>El escritorio remoto necesita un nombre de usuario y una contraseña.</translation>
    </message>
    <message>
        <source>The password has expired. Change it with the facility, then connect again.</source>
        <translation>La contraseña ha caducado. Cámbiela con la instalación y vuelva a conectarse.</translation>
    </message>
    <message>
        <source>The password must be changed before this account can sign in.</source>
        <translation>Hay que cambiar la contraseña antes de que esta cuenta pueda iniciar sesión.</translation>
    </message>
    <message>
        <source>The account is locked after too many wrong passwords. Ask the facility&apos;s support.</source>
        <translation>La cuenta está bloqueada tras demasiadas contraseñas incorrectas. Consulte al soporte de la instalación.</translation>
    </message>
    <message>
        <source>The account has expired.</source>
        <translation>La cuenta ha caducado.</translation>
    </message>
    <message>
        <source>The account is disabled.</source>
        <translation>La cuenta está desactivada.</translation>
    </message>
    <message>
        <source>The account may not sign in now or from here (an account restriction).</source>
        <translation>La cuenta no puede iniciar sesión ahora o desde aquí (una restricción de la cuenta).</translation>
    </message>
    <message>
        <source>The remote desktop denied access to this account.</source>
        <translation>El escritorio remoto denegó el acceso a esta cuenta.</translation>
    </message>
    <message>
        <source>The remote desktop&apos;s host name is unknown. Check the environment&apos;s address.</source>
        <translation>El nombre de host del escritorio remoto es desconocido. Compruebe la dirección del entorno.</translation>
    </message>
    <message>
        <source>Could not set up an encrypted connection to the remote desktop.</source>
        <translation>No se pudo establecer una conexión cifrada con el escritorio remoto.</translation>
    </message>
    <message>
        <source>The remote desktop and this viewer found no kind of security they both accept (NLA, TLS or RDP).</source>
        <translation>El escritorio remoto y este visor no encontraron ningún tipo de seguridad que ambos acepten (NLA, TLS o RDP).</translation>
    </message>
    <message>
        <source>Connecting was cancelled.</source>
        <translation>Se canceló la conexión.</translation>
    </message>
    <message>
        <source>The remote desktop did not finish setting up the session in time.</source>
        <translation>El escritorio remoto no terminó de preparar la sesión a tiempo.</translation>
    </message>
    <message>
        <source>The remote desktop ended the session because of a protocol error. Connect again; if it keeps happening, restart the environment.</source>
        <translation>El escritorio remoto terminó la sesión por un error de protocolo. Vuelva a conectarse; si sigue ocurriendo, reinicie el entorno.</translation>
    </message>
    <message>
        <source>The connection to the remote desktop was lost. Check the network; the viewer tries to reconnect.</source>
        <translation>Se perdió la conexión con el escritorio remoto. Compruebe la red; el visor intenta volver a conectarse.</translation>
    </message>
    <message>
        <source>Could not reach the remote desktop. The environment may still be starting; try again in a minute.</source>
        <translation>No se pudo acceder al escritorio remoto. Puede que el entorno aún se esté iniciando; inténtelo de nuevo dentro de un minuto.</translation>
    </message>
    <message>
        <source>The remote desktop closed the connection while it was being set up. Check that this address serves RDP; if it does, restart the environment.</source>
        <translation>El escritorio remoto cerró la conexión mientras se establecía. Compruebe que esta dirección sirve RDP; si es así, reinicie el entorno.</translation>
    </message>
    <message>
        <source>The RD Gateway %1 did not accept the user name or password.</source>
        <translation>La puerta de enlace RD %1 no aceptó el nombre de usuario o la contraseña.</translation>
    </message>
    <message>
        <source>The RD Gateway&apos;s address %1 is unknown. Check the address.</source>
        <translation>La dirección %1 de la puerta de enlace RD es desconocida. Compruebe la dirección.</translation>
    </message>
    <message>
        <source>Could not reach the RD Gateway %1. Check the network and try again later.</source>
        <translation>No se pudo contactar con la puerta de enlace RD %1. Compruebe la red e inténtelo más tarde.</translation>
    </message>
    <message>
        <source>Could not set up an encrypted connection to the RD Gateway %1.</source>
        <translation>No se pudo establecer una conexión cifrada con la puerta de enlace RD %1.</translation>
    </message>
    <message>
        <source>Connecting to the RD Gateway %1 was cancelled.</source>
        <translation>Se canceló la conexión con la puerta de enlace RD %1.</translation>
    </message>
    <message>
        <source>The RD Gateway %1 refused the connection to the remote desktop or closed it while it was being set up. Check the gateway&apos;s address; if it is right, ask the facility&apos;s support.</source>
        <translation>La puerta de enlace RD %1 rechazó la conexión con el escritorio remoto o la cerró mientras se establecía. Compruebe la dirección de la puerta de enlace; si es correcta, consulte al soporte de su instalación.</translation>
    </message>
</context>
<context>
    <name>daas::remote::RdpWorker</name>
    <message>
        <source>Could not start the remote desktop connection.</source>
        <translation>No se pudo iniciar la conexión al escritorio remoto.</translation>
    </message>
    <message>
        <source>The remote desktop&apos;s certificate was not accepted. The connection was not opened.</source>
        <translation>No se aceptó el certificado del escritorio remoto. No se abrió la conexión.</translation>
    </message>
    <message>
        <source>Signing in to the remote desktop was cancelled.</source>
        <translation>Se canceló el inicio de sesión en el escritorio remoto.</translation>
    </message>
    <message>
        <source>The remote desktop announced a screen size this viewer cannot show. Ask the environment&apos;s administrator to check its display settings.</source>
        <translation>El escritorio remoto anunció un tamaño de pantalla que este visor no puede mostrar. Pida al administrador del entorno que compruebe su configuración de pantalla.</translation>
    </message>
    <message>
        <source>The certificate of the RD Gateway %1 was not accepted. The connection was not opened.</source>
        <translation>No se aceptó el certificado de la puerta de enlace RD %1. No se abrió la conexión.</translation>
    </message>
    <message>
        <source>Signing in to the RD Gateway %1 was cancelled.</source>
        <translation>Se canceló el inicio de sesión en la puerta de enlace RD %1.</translation>
    </message>
</context>
<context>
    <name>daas::remote::VncCertificateProbe</name>
    <message>
        <source>Could not read the remote desktop&apos;s certificate.</source>
        <translation>No se pudo leer el certificado del escritorio remoto.</translation>
    </message>
</context>
<context>
    <name>daas::remote::VncFailureLog</name>
    <message>
        <source>The VNC server</source>
        <translation>El servidor VNC</translation>
    </message>
    <message>
        <source>The remote desktop announced a screen size this viewer cannot show. Ask the environment&apos;s administrator to check its display settings.</source>
        <translation>El escritorio remoto anunció un tamaño de pantalla que este visor no puede mostrar. Pida al administrador del entorno que compruebe su configuración de pantalla.</translation>
    </message>
    <message>
        <source>The remote desktop sent something this viewer cannot read, so the connection was closed and not tried again. Restart the environment; if it happens again, tell the facility&apos;s support.</source>
        <translation>El escritorio remoto envió algo que este visor no puede leer, así que se cerró la conexión y no se volvió a intentar. Reinicie el entorno; si vuelve a ocurrir, avise al soporte de la instalación.</translation>
    </message>
    <message>
        <source>The remote desktop did not accept the password. Check it and connect again.</source>
        <translation>El escritorio remoto no aceptó la contraseña. Compruébela y vuelva a conectarse.</translation>
    </message>
    <message>
        <source>The remote desktop refused the connection. Try again in a few minutes; if it keeps refusing, restart the environment.</source>
        <translation>El escritorio remoto rechazó la conexión. Inténtelo de nuevo dentro de unos minutos; si sigue rechazándola, reinicie el entorno.</translation>
    </message>
    <message>
        <source>The remote desktop&apos;s certificate could not be verified. The connection was not opened.</source>
        <translation>No se pudo verificar el certificado del escritorio remoto. No se abrió la conexión.</translation>
    </message>
    <message>
        <source>The remote desktop asks for a kind of sign-in this viewer does not support.</source>
        <translation>El escritorio remoto pide un tipo de inicio de sesión que este visor no admite.</translation>
    </message>
    <message>
        <source>The connection to the remote desktop was lost. Check the network; the viewer tries to reconnect.</source>
        <translation>Se perdió la conexión con el escritorio remoto. Compruebe la red; el visor intenta volver a conectarse.</translation>
    </message>
    <message>
        <source>The remote desktop closed the connection while it was being set up. Try again; if it keeps happening, restart the environment.</source>
        <translation>El escritorio remoto cerró la conexión mientras se establecía. Inténtelo de nuevo; si sigue ocurriendo, reinicie el entorno.</translation>
    </message>
</context>
<context>
    <name>daas::remote::VncSession</name>
    <message>
        <source>The remote desktop host “%1” is unknown. Check the environment&apos;s address.</source>
        <translation>El host de escritorio remoto «%1» es desconocido. Compruebe la dirección del entorno.</translation>
    </message>
    <message>
        <source>The remote desktop&apos;s certificate is not trusted (SHA-256 fingerprint %1). Trust it only if the facility confirms this fingerprint.</source>
        <translation>El certificado del escritorio remoto no es de confianza (huella SHA-256 %1). Confíe en él solo si la instalación confirma esta huella.</translation>
    </message>
</context>
<context>
    <name>daas::remote::VncTrustStore</name>
    <message>
        <source>Could not remember the certificate. Check free disk space.</source>
        <translation>No se pudo recordar el certificado. Compruebe el espacio libre en disco.</translation>
    </message>
</context>
<context>
    <name>daas::remote::VncWorker</name>
    <message>
        <source>Could not reach the remote desktop at %1:%2. The environment may still be starting; try again in a minute.</source>
        <translation>No se pudo acceder al escritorio remoto en %1:%2. Puede que el entorno aún se esté iniciando; inténtelo de nuevo dentro de un minuto.</translation>
    </message>
</context>
<context>
    <name>daas::remote::WebSocketTunnel</name>
    <message>
        <source>Could not prepare the console connection.</source>
        <translation>No se pudo preparar la conexión a la consola.</translation>
    </message>
    <message>
        <source>The console proxy answered in an unexpected format.</source>
        <translation>El proxy de la consola respondió en un formato inesperado.</translation>
    </message>
    <message>
        <source>Could not open the console connection. The console link may have expired; open the console again.</source>
        <translation>No se pudo abrir la conexión a la consola. Puede que el enlace de la consola haya caducado; vuelva a abrir la consola.</translation>
    </message>
</context>
<context>
    <name>daas::storage</name>
    <message>
        <source>The storage server did not accept your sign-in. Sign in again.</source>
        <translation>El servidor de almacenamiento no aceptó su inicio de sesión. Vuelva a iniciar sesión.</translation>
    </message>
</context>
<context>
    <name>daas::storage::AccountStorageCredentials</name>
    <message>
        <source>The storage server needs your password.</source>
        <translation>El servidor de almacenamiento necesita su contraseña.</translation>
    </message>
    <message>
        <source>You did not give the storage password.</source>
        <translation>No indicó la contraseña del almacenamiento.</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again to carry on with your files.</source>
        <translation>Su sesión ha terminado. Vuelva a iniciar sesión para seguir con sus archivos.</translation>
    </message>
</context>
<context>
    <name>daas::storage::CatalogueCopy</name>
    <message>
        <source>“%1” was not copied: your storage is full. Delete files or ask the facility for more space.</source>
        <translation>«%1» no se copió: su almacenamiento está lleno. Elimine archivos o pida más espacio a la instalación.</translation>
    </message>
    <message>
        <source>“%1” was not copied</source>
        <translation>«%1» no se copió</translation>
    </message>
    <message>
        <source>The storage server accepted “%1” before it had all of it.</source>
        <translation>El servidor de almacenamiento aceptó «%1» antes de tenerlo completo.</translation>
    </message>
    <message>
        <source>“%1” did not arrive as the catalogue describes it (its CRC-32 checksum differs), so it was not kept. The data service may hold a damaged copy: tell the facility if this happens again.</source>
        <translation>«%1» no llegó tal como lo describe el catálogo (su suma de comprobación CRC-32 es distinta), así que no se conservó. Puede que el servicio de datos tenga una copia dañada: avise a la instalación si vuelve a ocurrir.</translation>
    </message>
    <message>
        <source>“%1” did not arrive whole on the storage server. It will be sent again.</source>
        <translation>«%1» no llegó completo al servidor de almacenamiento. Se enviará de nuevo.</translation>
    </message>
</context>
<context>
    <name>daas::storage::CatalogueCopyPlan</name>
    <message>
        <source>“%1” has no size in the catalogue, so it cannot be streamed into the storage; download it instead.</source>
        <translation>«%1» no tiene tamaño en el catálogo, así que no se puede transmitir al almacenamiento; descárguelo en su lugar.</translation>
    </message>
    <message>
        <source>“%1” was not copied: its name cannot be used in the storage.</source>
        <translation>«%1» no se copió: su nombre no se puede usar en el almacenamiento.</translation>
    </message>
    <message>
        <source>The datafile %1 could not be read from the catalogue</source>
        <translation>No se pudo leer del catálogo el archivo de datos %1</translation>
    </message>
    <message>
        <source>The dataset %1 could not be read from the catalogue</source>
        <translation>No se pudo leer del catálogo el conjunto de datos %1</translation>
    </message>
    <message>
        <source>The dataset “%1” was not copied: its name cannot be used as a folder name in the storage.</source>
        <translation>El conjunto de datos «%1» no se copió: su nombre no se puede usar como nombre de carpeta en el almacenamiento.</translation>
    </message>
    <message>
        <source>The files of the dataset “%1” could not be listed</source>
        <translation>No se pudieron enumerar los archivos del conjunto de datos «%1»</translation>
    </message>
    <message>
        <source>The storage folder “%1” cannot be used: %2</source>
        <translation>La carpeta de almacenamiento «%1» no se puede usar: %2</translation>
    </message>
</context>
<context>
    <name>daas::storage::DavJob</name>
    <message>
        <source>The storage server did not answer with a WebDAV listing.</source>
        <translation>El servidor de almacenamiento no respondió con un listado WebDAV.</translation>
    </message>
    <message>
        <source>The storage server did not describe “%1”.</source>
        <translation>El servidor de almacenamiento no describió «%1».</translation>
    </message>
</context>
<context>
    <name>daas::storage::DavRangeRead</name>
    <message>
        <source>The storage server sent another part of “%1” than was asked for.</source>
        <translation>El servidor de almacenamiento envió una parte de «%1» distinta de la solicitada.</translation>
    </message>
    <message>
        <source>The storage server does not send parts of files, so “%1” cannot be read from where it was left off.</source>
        <translation>El servidor de almacenamiento no envía partes de archivos, así que «%1» no se puede leer desde donde se dejó.</translation>
    </message>
    <message>
        <source>The storage server does not send parts of files, so only the beginning of “%1” could be read.</source>
        <translation>El servidor de almacenamiento no envía partes de archivos, así que solo se pudo leer el principio de «%1».</translation>
    </message>
</context>
<context>
    <name>daas::storage::ExtractUploadJob</name>
    <message>
        <source>“%1” is not an archive that can be read.</source>
        <translation>«%1» no es un archivo comprimido que se pueda leer.</translation>
    </message>
    <message>
        <source>links are not extracted.</source>
        <translation>no se extraen los enlaces.</translation>
    </message>
    <message>
        <source>it would leave the folder.</source>
        <translation>saldría de la carpeta.</translation>
    </message>
    <message>
        <source>it could not be read from the archive.</source>
        <translation>no se pudo leer del archivo comprimido.</translation>
    </message>
    <message>
        <source>a file of that name is already there.</source>
        <translation>ya hay un archivo con ese nombre.</translation>
    </message>
</context>
<context>
    <name>daas::storage::MultistatusParser</name>
    <message>
        <source>The storage server&apos;s listing ended too early. Try again.</source>
        <translation>El listado del servidor de almacenamiento terminó demasiado pronto. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The storage server did not answer with a WebDAV listing.</source>
        <translation>El servidor de almacenamiento no respondió con un listado WebDAV.</translation>
    </message>
    <message>
        <source>The storage server sent a listing that cannot be read.</source>
        <translation>El servidor de almacenamiento envió un listado que no se puede leer.</translation>
    </message>
    <message>
        <source>The storage server listed an entry without an address.</source>
        <translation>El servidor de almacenamiento enumeró una entrada sin dirección.</translation>
    </message>
    <message>
        <source>The storage server listed an entry that is not in this folder.</source>
        <translation>El servidor de almacenamiento enumeró una entrada que no está en esta carpeta.</translation>
    </message>
    <message>
        <source>The storage server listed this folder a second time under another address; that entry was left out.</source>
        <translation>El servidor de almacenamiento enumeró esta carpeta una segunda vez con otra dirección; esa entrada se omitió.</translation>
    </message>
    <message>
        <source>The storage server listed “%1” a second time or under another address; that entry was left out.</source>
        <translation>El servidor de almacenamiento enumeró «%1» una segunda vez o con otra dirección; esa entrada se omitió.</translation>
    </message>
    <message>
        <source>The storage server could not describe “%1”.</source>
        <translation>El servidor de almacenamiento no pudo describir «%1».</translation>
    </message>
</context>
<context>
    <name>daas::storage::RemoteFolderModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modificado</translation>
    </message>
</context>
<context>
    <name>daas::storage::StorageSession</name>
    <message>
        <source>The facility %1 offers no storage.</source>
        <translation>La instalación %1 no ofrece almacenamiento.</translation>
    </message>
    <message>
        <source>The storage address of this facility needs your user name. Sign in again.</source>
        <translation>La dirección de almacenamiento de esta instalación necesita su nombre de usuario. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>The folder %1 could not be created on this computer.</source>
        <translation>No se pudo crear la carpeta %1 en este equipo.</translation>
    </message>
    <message>
        <source>The storage folder could not be made</source>
        <translation>No se pudo crear la carpeta de almacenamiento</translation>
    </message>
    <message>
        <source>A folder called “%1” is already in the storage folder, so the file was not copied there.</source>
        <translation>Ya hay una carpeta llamada «%1» en la carpeta de almacenamiento, así que el archivo no se copió allí.</translation>
    </message>
    <message>
        <source>A folder called “%1” is already in the storage folder, so the file was not moved there.</source>
        <translation>Ya hay una carpeta llamada «%1» en la carpeta de almacenamiento, así que el archivo no se movió allí.</translation>
    </message>
    <message>
        <source>A folder called “%1” is already in the storage folder, so the file was not uploaded there.</source>
        <translation>Ya hay una carpeta llamada «%1» en la carpeta de almacenamiento, así que el archivo no se subió allí.</translation>
    </message>
</context>
<context>
    <name>daas::storage::Transfer</name>
    <message>
        <source>“%1” is a folder. Download it as a .zip instead.</source>
        <translation>«%1» es una carpeta. Descárguela como .zip en su lugar.</translation>
    </message>
    <message>
        <source>The storage server resumed “%1” at the wrong place.</source>
        <translation>El servidor de almacenamiento reanudó «%1» en el lugar equivocado.</translation>
    </message>
    <message>
        <source>“%1” arrived incomplete. It will be tried again.</source>
        <translation>«%1» llegó incompleto. Se volverá a intentar.</translation>
    </message>
    <message>
        <source>“%1” is no longer on this computer.</source>
        <translation>«%1» ya no está en este equipo.</translation>
    </message>
    <message>
        <source>“%1” could not be read.</source>
        <translation>No se pudo leer «%1».</translation>
    </message>
    <message>
        <source>“%1” did not arrive whole on the storage server. It will be sent again.</source>
        <translation>«%1» no llegó completo al servidor de almacenamiento. Se enviará de nuevo.</translation>
    </message>
    <message>
        <source>“%1” can be copied from the catalogue only while you are signed in to it.</source>
        <translation>«%1» solo se puede copiar desde el catálogo mientras tenga la sesión iniciada en él.</translation>
    </message>
    <message>
        <source>The storage server does not take the name “%1”, so “%2” was not copied.</source>
        <translation>El servidor de almacenamiento no acepta el nombre «%1», así que «%2» no se copió.</translation>
    </message>
    <message>
        <source>A folder called “%1” is already in the folder on this computer, so the file was not downloaded there.</source>
        <translation>Ya hay una carpeta llamada «%1» en la carpeta de este equipo, así que el archivo no se descargó allí.</translation>
    </message>
</context>
<context>
    <name>daas::storage::TransferQueue</name>
    <message>
        <source>The list of transfers could not be saved in %1, so unfinished transfers will not carry on after a restart. Check that the disk has space and that the folder can be written.</source>
        <translation>No se pudo guardar la lista de transferencias en %1, así que las transferencias sin terminar no continuarán tras un reinicio. Compruebe que el disco tiene espacio y que se puede escribir en la carpeta.</translation>
    </message>
    <message>
        <source>The list of transfers could not be read.</source>
        <translation>No se pudo leer la lista de transferencias.</translation>
    </message>
</context>
<context>
    <name>daas::storage::WebDavClient</name>
    <message>
        <source>The storage server did not answer.</source>
        <translation>El servidor de almacenamiento no respondió.</translation>
    </message>
    <message>
        <source>this folder</source>
        <translation>esta carpeta</translation>
    </message>
    <message>
        <source>The storage server did not accept your sign-in. Sign in again.</source>
        <translation>El servidor de almacenamiento no aceptó su inicio de sesión. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>You are not allowed to change or read %1 on the storage server.</source>
        <translation>No tiene permiso para modificar ni leer %1 en el servidor de almacenamiento.</translation>
    </message>
    <message>
        <source>%1 is no longer on the storage server. Refresh the folder.</source>
        <translation>%1 ya no está en el servidor de almacenamiento. Actualice la carpeta.</translation>
    </message>
    <message>
        <source>%1 already exists on the storage server.</source>
        <translation>%1 ya existe en el servidor de almacenamiento.</translation>
    </message>
    <message>
        <source>The storage server does not allow this on %1.</source>
        <translation>El servidor de almacenamiento no permite esto en %1.</translation>
    </message>
    <message>
        <source>The folder for %1 does not exist on the storage server. Refresh and try again.</source>
        <translation>La carpeta de %1 no existe en el servidor de almacenamiento. Actualice e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>%1 was changed or already exists on the storage server. Refresh and choose again.</source>
        <translation>%1 se modificó o ya existe en el servidor de almacenamiento. Actualice y vuelva a elegir.</translation>
    </message>
    <message>
        <source>The storage server refused %1: it is too large.</source>
        <translation>El servidor de almacenamiento rechazó %1: es demasiado grande.</translation>
    </message>
    <message>
        <source>%1 is locked on the storage server by someone else. Try again later.</source>
        <translation>Otra persona ha bloqueado %1 en el servidor de almacenamiento. Inténtelo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>%1 could not be moved: the target folder may be missing. Refresh and try again.</source>
        <translation>No se pudo mover %1: puede que falte la carpeta de destino. Actualice e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Your storage is full. Delete files or ask the facility for more space.</source>
        <translation>Su almacenamiento está lleno. Elimine archivos o pida más espacio a la instalación.</translation>
    </message>
    <message>
        <source>The storage server</source>
        <translation>El servidor de almacenamiento</translation>
    </message>
    <message>
        <source>The storage address %1 is not encrypted (http), so your password is not sent to it. Ask the facility for its https address.</source>
        <translation>La dirección de almacenamiento %1 no está cifrada (http), así que no se le envía su contraseña. Pida a la instalación su dirección https.</translation>
    </message>
    <message>
        <source>This address is not a WebDAV storage server.</source>
        <translation>Esta dirección no es un servidor de almacenamiento WebDAV.</translation>
    </message>
</context>
<context>
    <name>daas::storage::ZipDownloadJob</name>
    <message>
        <source>The archive “%1” could not be created.</source>
        <translation>No se pudo crear el archivo comprimido «%1».</translation>
    </message>
    <message>
        <source>The archive could not be written. Is the disk full?</source>
        <translation>No se pudo escribir el archivo comprimido. ¿Está lleno el disco?</translation>
    </message>
    <message>
        <source>The archive could not be put in place.</source>
        <translation>No se pudo colocar el archivo comprimido en su sitio.</translation>
    </message>
    <message>
        <source>“%1” arrived incomplete.</source>
        <translation>«%1» llegó incompleto.</translation>
    </message>
</context>
<context>
    <name>daas::storage::davpath</name>
    <message>
        <source>The storage server listed an entry that cannot be shown: %1</source>
        <translation>El servidor de almacenamiento enumeró una entrada que no se puede mostrar: %1</translation>
    </message>
    <message>
        <source>the address is malformed.</source>
        <translation>la dirección está mal formada.</translation>
    </message>
    <message>
        <source>it points to another server.</source>
        <translation>apunta a otro servidor.</translation>
    </message>
    <message>
        <source>it lies outside your storage.</source>
        <translation>está fuera de su almacenamiento.</translation>
    </message>
</context>
<context>
    <name>daas::support</name>
    <message>
        <source>%1 refused the connection. The service may be down.</source>
        <translation>%1 rechazó la conexión. Puede que el servicio no esté disponible.</translation>
    </message>
    <message>
        <source>The server %1 could not be found. Check the network.</source>
        <translation>No se encontró el servidor %1. Compruebe la red.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost.</source>
        <translation>Se perdió la conexión con %1.</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 no respondió a tiempo.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be established: its certificate is not trusted.</source>
        <translation>No se pudo establecer la conexión segura con %1: su certificado no es de confianza.</translation>
    </message>
    <message>
        <source>%1 gave an answer that could not be read.</source>
        <translation>%1 dio una respuesta que no se pudo leer.</translation>
    </message>
    <message>
        <source>The network proxy failed. Check the proxy settings.</source>
        <translation>Falló el proxy de red. Compruebe la configuración del proxy.</translation>
    </message>
    <message numerus="yes">
        <source>The server %1 did not answer within %n second(s). Check the network connection, or try again later.</source>
        <translation>
            <numerusform>El servidor %1 no respondió en %n segundo. Compruebe la conexión de red o inténtelo de nuevo más tarde.</numerusform>
            <numerusform>El servidor %1 no respondió en %n segundos. Compruebe la conexión de red o inténtelo de nuevo más tarde.</numerusform>
        </translation>
    </message>
    <message>
        <source>The request to %1 failed.</source>
        <translation>Falló la solicitud a %1.</translation>
    </message>
    <message>
        <source>%1 did not accept the credentials.</source>
        <translation>%1 no aceptó las credenciales.</translation>
    </message>
    <message>
        <source>%1 does not allow this.</source>
        <translation>%1 no permite esto.</translation>
    </message>
    <message>
        <source>%1 could not find it. It may have been removed.</source>
        <translation>%1 no lo encontró. Puede que se haya eliminado.</translation>
    </message>
    <message>
        <source>%1 refused: it conflicts with what is there now.</source>
        <translation>%1 lo rechazó: entra en conflicto con lo que hay ahora.</translation>
    </message>
    <message>
        <source>%1 refused: it is too large.</source>
        <translation>%1 lo rechazó: es demasiado grande.</translation>
    </message>
    <message>
        <source>%1 has no space left.</source>
        <translation>A %1 no le queda espacio.</translation>
    </message>
    <message>
        <source>%1 does not support this.</source>
        <translation>%1 no admite esto.</translation>
    </message>
    <message>
        <source>%1 is busy or unavailable. Try again later.</source>
        <translation>%1 está ocupado o no disponible. Inténtelo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>%1 reported an internal error.</source>
        <translation>%1 informó de un error interno.</translation>
    </message>
    <message>
        <source>%1 gave an unexpected answer (%2).</source>
        <translation>%1 dio una respuesta inesperada (%2).</translation>
    </message>
    <message>
        <source>The name “%1” cannot be used for a local file: %2</source>
        <translation>El nombre «%1» no se puede usar para un archivo local: %2</translation>
    </message>
    <message>
        <source>it is empty.</source>
        <translation>está vacío.</translation>
    </message>
    <message>
        <source>it refers to a folder above.</source>
        <translation>hace referencia a una carpeta superior.</translation>
    </message>
    <message>
        <source>it contains a folder separator.</source>
        <translation>contiene un separador de carpetas.</translation>
    </message>
    <message>
        <source>it contains a control character.</source>
        <translation>contiene un carácter de control.</translation>
    </message>
    <message>
        <source>it ends with a space or a dot.</source>
        <translation>termina con un espacio o un punto.</translation>
    </message>
    <message>
        <source>it is a reserved device name.</source>
        <translation>es un nombre de dispositivo reservado.</translation>
    </message>
    <message>
        <source>it contains a colon.</source>
        <translation>contiene dos puntos.</translation>
    </message>
    <message>
        <source>it is too long.</source>
        <translation>es demasiado largo.</translation>
    </message>
    <message>
        <source>it is an absolute path.</source>
        <translation>es una ruta absoluta.</translation>
    </message>
    <message>
        <source>it starts with a drive letter.</source>
        <translation>empieza por una letra de unidad.</translation>
    </message>
    <message>
        <source>it leaves the chosen folder.</source>
        <translation>sale de la carpeta elegida.</translation>
    </message>
</context>
<context>
    <name>daas::support::PartFile</name>
    <message>
        <source>“%1” could not be put in place on this computer.</source>
        <translation>«%1» no se pudo colocar en su sitio en este equipo.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space, then try “%1” again.</source>
        <translation>El disco está lleno. Libere espacio y vuelva a intentar «%1».</translation>
    </message>
    <message>
        <source>“%1” could not be written on this computer.</source>
        <translation>«%1» no se pudo escribir en este equipo.</translation>
    </message>
</context>
<context>
    <name>daas::support::TlsTrustStore</name>
    <message>
        <source>The certificate of %1 (port %2) is not trusted. Its SHA-256 fingerprint is %3. Trust it only if your facility confirms this fingerprint.</source>
        <translation>El certificado de %1 (puerto %2) no es de confianza. Su huella SHA-256 es %3. Confíe en él solo si su instalación confirma esta huella.</translation>
    </message>
</context>
<context>
    <name>daas::ui::AddFacilityDialog</name>
    <message>
        <source>&amp;Fetch</source>
        <translation>&amp;Obtener</translation>
    </message>
    <message>
        <source>Add a Facility</source>
        <translation>Añadir una instalación</translation>
    </message>
    <message>
        <source>Type the address your facility gives for its profile, or just its host name (for example facility.example).</source>
        <translation>Escriba la dirección que su instalación indica para su perfil, o solo su nombre de host (por ejemplo facility.example).</translation>
    </message>
    <message>
        <source>Profile address</source>
        <translation>Dirección del perfil</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>&amp;Add This Facility</source>
        <translation>&amp;Añadir esta instalación</translation>
    </message>
    <message>
        <source>Fetching %1…</source>
        <translation>Obteniendo %1…</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>Origen: %1</translation>
    </message>
    <message>
        <source>It replaces the facility “%1” you added before.</source>
        <translation>Sustituye a la instalación «%1» que añadió antes.</translation>
    </message>
    <message>
        <source>Check that these are your facility&apos;s services, then add it.</source>
        <translation>Compruebe que estos son los servicios de su instalación y, después, añádala.</translation>
    </message>
    <message>
        <source>Refresh a Facility</source>
        <translation>Actualizar una instalación</translation>
    </message>
    <message>
        <source>&amp;Keep the New Profile</source>
        <translation>&amp;Guardar el nuevo perfil</translation>
    </message>
</context>
<context>
    <name>daas::ui::Breadcrumb</name>
    <message>
        <source>Folder path</source>
        <translation>Ruta de la carpeta</translation>
    </message>
    <message>
        <source>The top of your storage</source>
        <translation>La raíz de su almacenamiento</translation>
    </message>
</context>
<context>
    <name>daas::ui::CatalogueView</name>
    <message>
        <source>Filter…</source>
        <translation>Filtrar…</translation>
    </message>
    <message>
        <source>Filter the list</source>
        <translation>Filtrar la lista</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Show what the selected row contains</source>
        <translation>Mostrar lo que contiene la fila seleccionada</translation>
    </message>
    <message>
        <source>&amp;Download…</source>
        <translation>&amp;Descargar…</translation>
    </message>
    <message>
        <source>&amp;Upload…</source>
        <translation>&amp;Subir…</translation>
    </message>
    <message>
        <source>Upload a file from this computer into this dataset</source>
        <translation>Subir un archivo de este equipo a este conjunto de datos</translation>
    </message>
    <message>
        <source>Copy to &amp;my storage…</source>
        <translation>Copiar a &amp;mi almacenamiento…</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Volver</translation>
    </message>
    <message>
        <source>Back to the level above</source>
        <translation>Volver al nivel superior</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualizar</translation>
    </message>
    <message>
        <source>Download the selection</source>
        <translation>Descargar la selección</translation>
    </message>
    <message>
        <source>Copy the selection to my storage</source>
        <translation>Copiar la selección a mi almacenamiento</translation>
    </message>
    <message>
        <source>Upload a file into this dataset</source>
        <translation>Subir un archivo a este conjunto de datos</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Catálogo</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n elemento</numerusform>
            <numerusform>%n elementos</numerusform>
        </translation>
    </message>
    <message>
        <source>You are in %1</source>
        <translation>Está en %1</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Ir a %1</translation>
    </message>
    <message>
        <source>My investigations</source>
        <translation>Mis experimentos</translation>
    </message>
    <message>
        <source>Download the whole investigation</source>
        <translation>Descargar todo el experimento</translation>
    </message>
    <message>
        <source>Download the whole dataset</source>
        <translation>Descargar todo el conjunto de datos</translation>
    </message>
    <message>
        <source>Download the selected files</source>
        <translation>Descargar los archivos seleccionados</translation>
    </message>
    <message>
        <source>This facility offers no storage to copy into</source>
        <translation>Esta instalación no ofrece almacenamiento al que copiar</translation>
    </message>
    <message>
        <source>Open an investigation to copy its datasets into your storage</source>
        <translation>Abra un experimento para copiar sus conjuntos de datos a su almacenamiento</translation>
    </message>
    <message>
        <source>Copy the selected datasets into your storage, for your analysis environments and batch jobs</source>
        <translation>Copiar los conjuntos de datos seleccionados a su almacenamiento, para sus entornos de análisis y trabajos de cálculo</translation>
    </message>
    <message>
        <source>Copy the selected files into your storage, for your analysis environments and batch jobs</source>
        <translation>Copiar los archivos seleccionados a su almacenamiento, para sus entornos de análisis y trabajos de cálculo</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 bytes, CRC32 %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 bytes, CRC32 %3</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>no registrado</translation>
    </message>
    <message>
        <source>Select what to download first.</source>
        <translation>Seleccione primero qué descargar.</translation>
    </message>
    <message>
        <source>Download into folder</source>
        <translation>Descargar en la carpeta</translation>
    </message>
    <message>
        <source>Select what to copy first.</source>
        <translation>Seleccione primero qué copiar.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n archivo</numerusform>
            <numerusform>%n archivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dataset(s)</source>
        <translation>
            <numerusform>%n conjunto de datos</numerusform>
            <numerusform>%n conjuntos de datos</numerusform>
        </translation>
    </message>
    <message>
        <source>the top folder of your storage</source>
        <translation>la carpeta raíz de su almacenamiento</translation>
    </message>
    <message>
        <source>The dataset goes into “%1”, with its folders.</source>
        <translation>El conjunto de datos va a «%1», con sus carpetas.</translation>
    </message>
    <message>
        <source>Each dataset goes into a folder of its own in %1.</source>
        <translation>Cada conjunto de datos va a una carpeta propia en %1.</translation>
    </message>
    <message>
        <source>The file is saved as “%1”.</source>
        <translation>El archivo se guarda como «%1».</translation>
    </message>
    <message>
        <source>The files go into %1.</source>
        <translation>Los archivos van a %1.</translation>
    </message>
    <message>
        <source>Listing what to copy…</source>
        <translation>Enumerando lo que hay que copiar…</translation>
    </message>
    <message>
        <source>“%1” in your storage</source>
        <translation>«%1» en su almacenamiento</translation>
    </message>
    <message>
        <source>Nothing was copied.</source>
        <translation>No se copió nada.</translation>
    </message>
    <message numerus="yes">
        <source>Copying %n file(s) into %1. Their progress is in Transfers.</source>
        <translation>
            <numerusform>Copiando %n archivo a %1. Su progreso está en Transferencias.</numerusform>
            <numerusform>Copiando %n archivos a %1. Su progreso está en Transferencias.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more file(s) were left out for the same kind of reason.</source>
        <translation>
            <numerusform>Se omitió %n archivo más por el mismo tipo de motivo.</numerusform>
            <numerusform>Se omitieron %n archivos más por el mismo tipo de motivo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Upload a file into %1</source>
        <translation>Subir un archivo a %1</translation>
    </message>
    <message>
        <source>This facility lists no file formats to upload with.</source>
        <translation>Esta instalación no enumera ningún formato de archivo con el que subir.</translation>
    </message>
    <message>
        <source>&amp;Process on the cluster…</source>
        <translation>&amp;Procesar en el clúster…</translation>
    </message>
    <message>
        <source>Copy the selected dataset into your storage and start a job on it</source>
        <translation>Copiar el conjunto de datos seleccionado a su almacenamiento e iniciar un trabajo con él</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Select one dataset to process.</source>
        <translation>Seleccione un único conjunto de datos para procesar.</translation>
    </message>
    <message>
        <source>The dataset goes into “%1”, with its folders; the cluster reads it there. New job opens with it as the input.</source>
        <translation>El conjunto de datos va a «%1», con sus carpetas; el clúster lo lee ahí. «Nuevo trabajo» se abre con él como entrada.</translation>
    </message>
</context>
<context>
    <name>daas::ui::CertificateDecisionBox</name>
    <message>
        <source>The remote desktop %1 (port %2)</source>
        <translation>El escritorio remoto %1 (puerto %2)</translation>
    </message>
    <message>
        <source>Certificate Changed</source>
        <translation>Certificado cambiado</translation>
    </message>
    <message>
        <source>%1 presented a different certificate from the one you trusted before. This happens when the machine was rebuilt, and also when someone intercepts the connection.

New SHA-256 fingerprint:
%2

Connect only if your facility confirms the new fingerprint.</source>
        <translation>%1 presentó un certificado distinto del que aprobó anteriormente. Esto ocurre cuando se ha reconstruido la máquina, y también cuando alguien intercepta la conexión.

Nueva huella SHA-256:
%2

Conéctese solo si su instalación confirma la nueva huella.</translation>
    </message>
    <message>
        <source>Untrusted Certificate</source>
        <translation>Certificado no fiable</translation>
    </message>
    <message>
        <source>%1 presented a certificate that is not trusted.

SHA-256 fingerprint:
%2

Trust it only if your facility confirms this fingerprint. The decision is remembered for this desktop.</source>
        <translation>%1 presentó un certificado que no es de confianza.

Huella SHA-256:
%2

Confíe en él solo si su instalación confirma esta huella. La decisión se recuerda para este escritorio.</translation>
    </message>
    <message>
        <source>Trust the New Certificate</source>
        <translation>Confiar en el nuevo certificado</translation>
    </message>
    <message>
        <source>Trust and Connect</source>
        <translation>Confiar y conectar</translation>
    </message>
    <message>
        <source>The RD Gateway %1 (port %2), through which the remote desktop is reached,</source>
        <translation>La puerta de enlace RD %1 (puerto %2), a través de la cual se llega al escritorio remoto,</translation>
    </message>
    <message>
        <source>RD Gateway Certificate Changed</source>
        <translation>Certificado de la puerta de enlace RD cambiado</translation>
    </message>
    <message>
        <source>Untrusted RD Gateway Certificate</source>
        <translation>Certificado de puerta de enlace RD que no es de confianza</translation>
    </message>
    <message>
        <source>%1 presented a certificate that is not trusted.

SHA-256 fingerprint:
%2

Trust it only if your facility confirms this fingerprint. The decision is remembered for this gateway.</source>
        <translation>%1 presentó un certificado que no es de confianza.

Huella SHA-256:
%2

Confíe en él solo si su instalación confirma esta huella. La decisión se recuerda para esta puerta de enlace.</translation>
    </message>
</context>
<context>
    <name>daas::ui::CloudPasswordDialog</name>
    <message>
        <source>Password for Analysis Environments</source>
        <translation>Contraseña para los entornos de análisis</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
</context>
<context>
    <name>daas::ui::ConflictDialog</name>
    <message>
        <source>size unknown</source>
        <translation>tamaño desconocido</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>fecha desconocida</translation>
    </message>
    <message>
        <source>%1, modified %2</source>
        <translation>%1, modificado el %2</translation>
    </message>
    <message>
        <source>&amp;Apply to all conflicts of these transfers</source>
        <translation>&amp;Aplicar a todos los conflictos de estas transferencias</translation>
    </message>
    <message>
        <source>File already exists</source>
        <translation>El archivo ya existe</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Almacenamiento</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is already in the storage folder “%2”.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; ya está en la carpeta de almacenamiento «%2».</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is already in the folder %2 on this computer.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; ya está en la carpeta %2 de este equipo.</translation>
    </message>
    <message>
        <source>Already there:</source>
        <translation>Ya existente:</translation>
    </message>
    <message>
        <source>From the catalogue:</source>
        <translation>Del catálogo:</translation>
    </message>
    <message>
        <source>From this computer:</source>
        <translation>De este equipo:</translation>
    </message>
    <message>
        <source>From the storage:</source>
        <translation>Del almacenamiento:</translation>
    </message>
    <message>
        <source>&amp;Keep both</source>
        <translation>&amp;Conservar ambos</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>&amp;Sobrescribir</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>&amp;Omitir</translation>
    </message>
    <message>
        <source>Keep &amp;newer</source>
        <translation>Conservar el más &amp;reciente</translation>
    </message>
    <message>
        <source>Whichever of the two was modified last is kept; the other is replaced or the transfer skipped.</source>
        <translation>Se conserva el que se modificó por última vez; el otro se reemplaza o se omite la transferencia.</translation>
    </message>
    <message>
        <source>The new file is saved as “%1 (1)” beside the existing one.</source>
        <translation>El archivo nuevo se guarda como «%1 (1)» junto al existente.</translation>
    </message>
    <message numerus="yes">
        <source>%n more file(s) of these transfers are also already there.</source>
        <translation>
            <numerusform>%n archivo más de estas transferencias también está ya allí.</numerusform>
            <numerusform>%n archivos más de estas transferencias también están ya allí.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>daas::ui::CopyToStorageDialog</name>
    <message>
        <source>Copy to my storage</source>
        <translation>Copiar a mi almacenamiento</translation>
    </message>
    <message>
        <source>Copy %1 (%2) into your storage.</source>
        <translation>Copiar %1 (%2) a su almacenamiento.</translation>
    </message>
    <message>
        <source>Copy %1 into your storage.</source>
        <translation>Copiar %1 a su almacenamiento.</translation>
    </message>
    <message>
        <source>The data goes from the data service straight into your storage, without a copy on this computer. Your analysis environments and batch jobs see it there.</source>
        <translation>Los datos van del servicio de datos directamente a su almacenamiento, sin copia en este equipo. Sus entornos de análisis y trabajos de cálculo los ven allí.</translation>
    </message>
    <message>
        <source>Storage folder</source>
        <translation>Carpeta de almacenamiento</translation>
    </message>
    <message>
        <source>the top folder of your storage</source>
        <translation>la carpeta raíz de su almacenamiento</translation>
    </message>
    <message>
        <source>A folder in your storage, such as “datasets” or “projects/kagome”. It is made if it is not there.</source>
        <translation>Una carpeta de su almacenamiento, como «datasets» o «projects/kagome». Se crea si no existe.</translation>
    </message>
    <message>
        <source>Into &amp;folder:</source>
        <translation>En la &amp;carpeta:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
</context>
<context>
    <name>daas::ui::DownloadsPanel</name>
    <message>
        <source>C&amp;lear finished</source>
        <translation>&amp;Quitar los terminados</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Mostrar en la carpeta</translation>
    </message>
    <message>
        <source>Progress of %1</source>
        <translation>Progreso de %1</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel %1</source>
        <translation>Cancelar %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1 received</source>
        <translation>%1 recibidos</translation>
    </message>
    <message>
        <source>Cancelled; nothing was kept.</source>
        <translation>Cancelado; no se conservó nada.</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Guardado como %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) saved in %1</source>
        <translation>
            <numerusform>%n archivo guardado en %1</numerusform>
            <numerusform>%n archivos guardados en %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused, because they would have been written outside the folder: %1</source>
        <translation>Rechazados, porque se habrían escrito fuera de la carpeta: %1</translation>
    </message>
    <message>
        <source>Uploaded and verified.</source>
        <translation>Subido y verificado.</translation>
    </message>
    <message>
        <source>The facility is restoring these files from tape…</source>
        <translation>La instalación está restaurando estos archivos desde la cinta…</translation>
    </message>
    <message>
        <source>The facility is restoring these files from tape… (waiting for %1)</source>
        <translation>La instalación está restaurando estos archivos desde la cinta… (esperando desde hace %1)</translation>
    </message>
</context>
<context>
    <name>daas::ui::EnvironmentModel</name>
    <message>
        <source>Waiting for the cloud</source>
        <translation>Esperando a la nube</translation>
    </message>
    <message>
        <source>Starting the desktop</source>
        <translation>Iniciando el escritorio</translation>
    </message>
    <message>
        <source>Booting</source>
        <translation>Arrancando</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Removing</source>
        <translation>Eliminando</translation>
    </message>
    <message>
        <source>Switched off</source>
        <translation>Apagado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>Environment %1</source>
        <translation>Entorno %1</translation>
    </message>
    <message>
        <source>Not answering</source>
        <translation>No responde</translation>
    </message>
    <message>
        <source>No end date</source>
        <translation>Sin fecha de fin</translation>
    </message>
    <message>
        <source>%1 (the cloud says %2)</source>
        <translation>%1 (la nube dice %2)</translation>
    </message>
    <message numerus="yes">
        <source>Removed automatically in %n hour(s)</source>
        <translation>
            <numerusform>Se eliminará automáticamente en %n hora</numerusform>
            <numerusform>Se eliminará automáticamente en %n horas</numerusform>
        </translation>
    </message>
    <message>
        <source>Past its end date</source>
        <translation>Pasada su fecha de fin</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Máquina</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
</context>
<context>
    <name>daas::ui::EnvironmentsView</name>
    <message>
        <source>&amp;Launch…</source>
        <translation>&amp;Lanzar…</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <source>Connect with &amp;VNC</source>
        <translation>Conectar con &amp;VNC</translation>
    </message>
    <message>
        <source>Connect with &amp;RDP</source>
        <translation>Conectar con &amp;RDP</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualizar</translation>
    </message>
    <message>
        <source>Start a new environment</source>
        <translation>Iniciar un entorno nuevo</translation>
    </message>
    <message>
        <source>Your environments</source>
        <translation>Sus entornos</translation>
    </message>
    <message>
        <source>You have no environments yet. Pick a machine on the left and launch it; its desktop opens here in a tab once it is ready.</source>
        <translation>Aún no tiene entornos. Elija una máquina a la izquierda y láncela; su escritorio se abre aquí en una pestaña en cuanto esté listo.</translation>
    </message>
    <message>
        <source>Machines you can launch</source>
        <translation>Máquinas que puede lanzar</translation>
    </message>
    <message>
        <source>Launch a new environment from the selected machine</source>
        <translation>Lanzar un entorno nuevo a partir de la máquina seleccionada</translation>
    </message>
    <message>
        <source>Open the desktop of the selected environment in a tab</source>
        <translation>Abrir el escritorio del entorno seleccionado en una pestaña</translation>
    </message>
    <message>
        <source>Choose how to connect: VNC or RDP</source>
        <translation>Elegir cómo conectar: VNC o RDP</translation>
    </message>
    <message>
        <source>Connection protocol</source>
        <translation>Protocolo de conexión</translation>
    </message>
    <message>
        <source>Remove the selected environment and its machine</source>
        <translation>Eliminar el entorno seleccionado y su máquina</translation>
    </message>
    <message>
        <source>Ask the cloud again for the machines and your environments</source>
        <translation>Volver a pedir a la nube las máquinas y sus entornos</translation>
    </message>
    <message>
        <source>Your session was resumed, so DAaaS Desktop does not know your password. Type your facility password to use analysis environments.</source>
        <translation>Su sesión se reanudó, así que DAaaS Desktop no conoce su contraseña. Escriba la contraseña de su instalación para usar los entornos de análisis.</translation>
    </message>
    <message>
        <source>Sign in to use analysis environments.</source>
        <translation>Inicie sesión para usar los entornos de análisis.</translation>
    </message>
    <message>
        <source>Analysis environments need your facility password. Choose Refresh to type it.</source>
        <translation>Los entornos de análisis necesitan la contraseña de su instalación. Elija Actualizar para escribirla.</translation>
    </message>
    <message>
        <source>The cloud did not accept your password. Type your facility password again.</source>
        <translation>La nube no aceptó su contraseña. Vuelva a escribir la contraseña de su instalación.</translation>
    </message>
    <message>
        <source>Sign in again to launch environments.</source>
        <translation>Vuelva a iniciar sesión para lanzar entornos.</translation>
    </message>
    <message>
        <source>Delete Environment</source>
        <translation>Eliminar entorno</translation>
    </message>
    <message>
        <source>Delete “%1”? The machine and everything on its own disks are removed for good; files in your persistent storage stay.</source>
        <translation>¿Eliminar «%1»? La máquina y todo lo que hay en sus propios discos se eliminan definitivamente; los archivos de su almacenamiento persistente se conservan.</translation>
    </message>
    <message>
        <source>&amp;Connect (%1)</source>
        <translation>&amp;Conectar (%1)</translation>
    </message>
</context>
<context>
    <name>daas::ui::FacilityChooser</name>
    <message>
        <source>Choose your facility</source>
        <translation>Elija su instalación</translation>
    </message>
    <message>
        <source>Which facility&apos;s services do you use? You can change this later.</source>
        <translation>¿Los servicios de qué instalación usa? Puede cambiarlo más tarde.</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>Instalaciones</translation>
    </message>
    <message>
        <source>%1
Catalogue: %2</source>
        <translation>%1
Catálogo: %2</translation>
    </message>
    <message>
        <source>&amp;Use this facility</source>
        <translation>&amp;Usar esta instalación</translation>
    </message>
    <message>
        <source>Open profile &amp;file…</source>
        <translation>Abrir un &amp;archivo de perfil…</translation>
    </message>
    <message>
        <source>Open a facility profile</source>
        <translation>Abrir un perfil de instalación</translation>
    </message>
    <message>
        <source>Facility profiles (*.json)</source>
        <translation>Perfiles de instalación (*.json)</translation>
    </message>
    <message>
        <source>No facility has been added yet. Add yours from the address of its profile (your facility&apos;s web pages give it), or open a profile file it sent you.</source>
        <translation>Todavía no se ha añadido ninguna instalación. Añada la suya desde la dirección de su perfil (la indican las páginas web de su instalación) o abra un archivo de perfil que le haya enviado.</translation>
    </message>
    <message>
        <source>Added from %1</source>
        <translation>Añadida desde %1</translation>
    </message>
    <message>
        <source>&amp;Add from address…</source>
        <translation>Añadir &amp;desde una dirección…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualizar</translation>
    </message>
    <message>
        <source>Fetch this facility&apos;s profile again from the address it was added from</source>
        <translation>Volver a obtener el perfil de esta instalación de la dirección desde la que se añadió</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Forget this facility on this computer</source>
        <translation>Olvidar esta instalación en este equipo</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>Remove a Facility</source>
        <translation>Eliminar una instalación</translation>
    </message>
    <message>
        <source>Remove “%1” from this computer?</source>
        <translation>¿Eliminar «%1» de este equipo?</translation>
    </message>
    <message>
        <source>Its profile, and certificates that came with it, are forgotten here. Your data at the facility is not touched; you can add it again later.</source>
        <translation>El perfil de la instalación y los certificados que venían con él se olvidan aquí. Sus datos en la instalación no se tocan; puede volver a añadirla más tarde.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Eliminar</translation>
    </message>
</context>
<context>
    <name>daas::ui::FileBrowser</name>
    <message numerus="yes">
        <source>…and %n more problem(s).</source>
        <translation>
            <numerusform>…y %n problema más.</numerusform>
            <numerusform>…y %n problemas más.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your storage at %1</source>
        <translation>Su almacenamiento en %1</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>&amp;Arriba</translation>
    </message>
    <message>
        <source>Go to the folder above (Backspace)</source>
        <translation>Ir a la carpeta superior (Retroceso)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>A&amp;brir</translation>
    </message>
    <message>
        <source>Open the folder, or the file in its application</source>
        <translation>Abrir la carpeta, o el archivo en su aplicación</translation>
    </message>
    <message>
        <source>&amp;New folder</source>
        <translation>&amp;Nueva carpeta</translation>
    </message>
    <message>
        <source>Create a folder here and name it</source>
        <translation>Crear una carpeta aquí y darle nombre</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>Cambiar n&amp;ombre</translation>
    </message>
    <message>
        <source>Rename the selected entry (F2)</source>
        <translation>Cambiar el nombre de la entrada seleccionada (F2)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>Delete the selection from your storage (Delete)</source>
        <translation>Eliminar la selección de su almacenamiento (Supr)</translation>
    </message>
    <message>
        <source>&amp;Download…</source>
        <translation>&amp;Descargar…</translation>
    </message>
    <message>
        <source>Download the selection into a folder on this computer</source>
        <translation>Descargar la selección en una carpeta de este equipo</translation>
    </message>
    <message>
        <source>&amp;Upload files…</source>
        <translation>&amp;Subir archivos…</translation>
    </message>
    <message>
        <source>Upload files from this computer into this folder (or drop them here)</source>
        <translation>Subir archivos de este equipo a esta carpeta (o soltarlos aquí)</translation>
    </message>
    <message>
        <source>Download as .&amp;zip…</source>
        <translation>Descargar como .&amp;zip…</translation>
    </message>
    <message>
        <source>Download the selection (or this folder) as one .zip file</source>
        <translation>Descargar la selección (o esta carpeta) como un único archivo .zip</translation>
    </message>
    <message>
        <source>E&amp;xtract here…</source>
        <translation>E&amp;xtraer aquí…</translation>
    </message>
    <message>
        <source>Unpack an archive from this computer into this folder</source>
        <translation>Desempaquetar un archivo comprimido de este equipo en esta carpeta</translation>
    </message>
    <message>
        <source>Copy &amp;link</source>
        <translation>Copiar en&amp;lace</translation>
    </message>
    <message>
        <source>Copy the web address of the selection (or of this folder)</source>
        <translation>Copiar la dirección web de la selección (o de esta carpeta)</translation>
    </message>
    <message>
        <source>Use on this &amp;computer…</source>
        <translation>Usar en este e&amp;quipo…</translation>
    </message>
    <message>
        <source>Open your storage in this computer&apos;s own file manager</source>
        <translation>Abrir su almacenamiento en el gestor de archivos de este equipo</translation>
    </message>
    <message>
        <source>&amp;Process on the cluster…</source>
        <translation>&amp;Procesar en el clúster…</translation>
    </message>
    <message>
        <source>Start a batch job with the selected folder (or this one) as its input</source>
        <translation>Iniciar un trabajo de cálculo con la carpeta seleccionada (o esta) como entrada</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Act&amp;ualizar</translation>
    </message>
    <message>
        <source>List this folder again (F5)</source>
        <translation>Volver a enumerar esta carpeta (F5)</translation>
    </message>
    <message>
        <source>&amp;Icons</source>
        <translation>&amp;Iconos</translation>
    </message>
    <message>
        <source>Show large icons instead of details</source>
        <translation>Mostrar iconos grandes en lugar de detalles</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Almacenamiento</translation>
    </message>
    <message>
        <source>Files and folders</source>
        <translation>Archivos y carpetas</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>De&amp;talles</translation>
    </message>
    <message>
        <source>Show details instead of large icons</source>
        <translation>Mostrar detalles en lugar de iconos grandes</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) in this folder are not shown, because the server described them in a way that is not safe to use on this computer: %1</source>
        <translation>
            <numerusform>%n entrada de esta carpeta no se muestra, porque el servidor la describió de una forma que no es segura en este equipo: %1</numerusform>
            <numerusform>%n entradas de esta carpeta no se muestran, porque el servidor las describió de una forma que no es segura en este equipo: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loading… %n entry(ies) so far</source>
        <translation>
            <numerusform>Cargando… %n entrada hasta ahora</numerusform>
            <numerusform>Cargando… %n entradas hasta ahora</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>This folder could not be listed.</source>
        <translation>No se pudo enumerar esta carpeta.</translation>
    </message>
    <message>
        <source>This folder is empty. Drop files here to upload them.</source>
        <translation>Esta carpeta está vacía. Suelte archivos aquí para subirlos.</translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s)</source>
        <translation>
            <numerusform>%n carpeta</numerusform>
            <numerusform>%n carpetas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n archivo</numerusform>
            <numerusform>%n archivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n seleccionado</numerusform>
            <numerusform>%n seleccionados</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 used, %2 free</source>
        <translation>%1 usados, %2 libres</translation>
    </message>
    <message>
        <source>%1 free</source>
        <translation>%1 libres</translation>
    </message>
    <message>
        <source>Opening “%1” once it has downloaded (see Transfers).</source>
        <translation>«%1» se abrirá cuando se haya descargado (véase Transferencias).</translation>
    </message>
    <message>
        <source>New folder</source>
        <translation>Nueva carpeta</translation>
    </message>
    <message>
        <source>“%1” cannot be used as a name: names may not contain “/” or be “.” or “..”.</source>
        <translation>«%1» no se puede usar como nombre: los nombres no pueden contener «/» ni ser «.» o «..».</translation>
    </message>
    <message>
        <source>There is already an entry called “%1” in this folder.</source>
        <translation>Ya hay una entrada llamada «%1» en esta carpeta.</translation>
    </message>
    <message>
        <source>Delete the folder “%1” and everything in it from your storage? This cannot be undone.</source>
        <translation>¿Eliminar de su almacenamiento la carpeta «%1» y todo lo que contiene? Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>Delete “%1” from your storage? This cannot be undone.</source>
        <translation>¿Eliminar «%1» de su almacenamiento? Esta acción no se puede deshacer.</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n entries from your storage? Folders are deleted with everything in them. This cannot be undone.</source>
        <translation>
            <numerusform>¿Eliminar %n entrada de su almacenamiento? Las carpetas se eliminan con todo lo que contienen. Esta acción no se puede deshacer.</numerusform>
            <numerusform>¿Eliminar estas %n entradas de su almacenamiento? Las carpetas se eliminan con todo lo que contienen. Esta acción no se puede deshacer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete from storage</source>
        <translation>Eliminar del almacenamiento</translation>
    </message>
    <message>
        <source>Download into folder</source>
        <translation>Descargar en la carpeta</translation>
    </message>
    <message>
        <source>Upload files into “%1”</source>
        <translation>Subir archivos a «%1»</translation>
    </message>
    <message>
        <source>%1 is no longer on this computer.</source>
        <translation>%1 ya no está en este equipo.</translation>
    </message>
    <message>
        <source>“%1” was not uploaded: its name cannot be used on the storage server.</source>
        <translation>«%1» no se subió: su nombre no se puede usar en el servidor de almacenamiento.</translation>
    </message>
    <message>
        <source>“%1” cannot be moved or copied into itself.</source>
        <translation>«%1» no se puede mover ni copiar dentro de sí mismo.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <source>“%1” was not copied: “%2” already has an entry of that name.</source>
        <translation>«%1» no se copió: «%2» ya tiene una entrada con ese nombre.</translation>
    </message>
    <message>
        <source>“%1” was not moved: “%2” already has an entry of that name.</source>
        <translation>«%1» no se movió: «%2» ya tiene una entrada con ese nombre.</translation>
    </message>
    <message>
        <source>Entries cannot be moved between two different storages. Download them, then upload them.</source>
        <translation>No se pueden mover entradas entre dos almacenamientos distintos. Descárguelas y luego súbalas.</translation>
    </message>
    <message>
        <source>Download as .zip</source>
        <translation>Descargar como .zip</translation>
    </message>
    <message>
        <source>ZIP archives (*.zip)</source>
        <translation>Archivos ZIP (*.zip)</translation>
    </message>
    <message>
        <source>Extract an archive into “%1”</source>
        <translation>Extraer un archivo comprimido en «%1»</translation>
    </message>
    <message>
        <source>Archives (*.zip *.tar *.tar.gz *.tgz *.tar.bz2 *.tar.xz)</source>
        <translation>Archivos comprimidos (*.zip *.tar *.tar.gz *.tgz *.tar.bz2 *.tar.xz)</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) of the archive were not extracted: %1</source>
        <translation>
            <numerusform>No se extrajo %n entrada del archivo comprimido: %1</numerusform>
            <numerusform>No se extrajeron %n entradas del archivo comprimido: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was still downloading when you dropped it, so it was not handed over. Drop it again in a moment; its progress is under Transfers.</source>
        <translation>%1 aún se estaba descargando cuando lo soltó, así que no se entregó. Vuelva a soltarlo dentro de un momento; su progreso está en Transferencias.</translation>
    </message>
    <message>
        <source>Link copied: %1</source>
        <translation>Enlace copiado: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) copied.</source>
        <translation>
            <numerusform>%n enlace copiado.</numerusform>
            <numerusform>%n enlaces copiados.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>daas::ui::IdleWarning</name>
    <message>
        <source>&amp;Stay signed in</source>
        <translation>&amp;Mantener la sesión iniciada</translation>
    </message>
    <message>
        <source>Signing out</source>
        <translation>Cerrando sesión</translation>
    </message>
    <message>
        <source>Keeps you signed in on this shared computer.</source>
        <translation>Mantiene su sesión iniciada en este equipo compartido.</translation>
    </message>
    <message>
        <source>Nobody has used DAaaS Desktop for a while. This computer is shared, so you will be signed out and everything of yours removed from it.</source>
        <translation>Nadie ha usado DAaaS Desktop desde hace un rato. Este equipo es compartido, así que se cerrará su sesión y se eliminará de él todo lo suyo.</translation>
    </message>
    <message numerus="yes">
        <source>Signing out in %n s</source>
        <translation>
            <numerusform>La sesión se cerrará en %n s</numerusform>
            <numerusform>La sesión se cerrará en %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>These transfers will not finish:</source>
        <translation>Estas transferencias no terminarán:</translation>
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
        <translation>%1 (señal %2)</translation>
    </message>
    <message>
        <source>The scheduler says: %1</source>
        <translation>El planificador dice: %1</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>Partición</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Iniciado</translation>
    </message>
    <message>
        <source>Run time</source>
        <translation>Tiempo de ejecución</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Nodos</translation>
    </message>
    <message>
        <source>Exit code</source>
        <translation>Código de salida</translation>
    </message>
</context>
<context>
    <name>daas::ui::JobOutputView</name>
    <message>
        <source>&amp;Follow</source>
        <translation>&amp;Seguir</translation>
    </message>
    <message>
        <source>Job output</source>
        <translation>Salida del trabajo</translation>
    </message>
    <message>
        <source>Job errors</source>
        <translation>Errores del trabajo</translation>
    </message>
    <message>
        <source>Keep the newest output in view</source>
        <translation>Mantener a la vista la salida más reciente</translation>
    </message>
    <message>
        <source>The scheduler has not said where this output goes yet.</source>
        <translation>El planificador aún no ha indicado adónde va esta salida.</translation>
    </message>
    <message>
        <source>[… %1 not shown: the start of a large file]</source>
        <translation>[… %1 no mostrados: el principio de un archivo grande]</translation>
    </message>
    <message>
        <source>[The file was replaced or shortened: %1]</source>
        <translation>[El archivo se sustituyó o se acortó: %1]</translation>
    </message>
    <message>
        <source>Waiting for the job to write %1</source>
        <translation>Esperando a que el trabajo escriba %1</translation>
    </message>
    <message>
        <source>Following %1</source>
        <translation>Siguiendo %1</translation>
    </message>
    <message>
        <source>%1 — the job has ended; this is all of it</source>
        <translation>%1 — el trabajo ha terminado; esto es todo</translation>
    </message>
</context>
<context>
    <name>daas::ui::JobsView</name>
    <message>
        <source>Your batch jobs</source>
        <translation>Sus trabajos de cálculo</translation>
    </message>
    <message>
        <source>All jobs</source>
        <translation>Todos los trabajos</translation>
    </message>
    <message>
        <source>Queued and running</source>
        <translation>En cola y en ejecución</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminados</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Job details</source>
        <translation>Detalles del trabajo</translation>
    </message>
    <message>
        <source>Job script</source>
        <translation>Script del trabajo</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Script</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errores</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stop waiting for this command</source>
        <translation>Dejar de esperar a esta orden</translation>
    </message>
    <message>
        <source>The job list could not be brought up to date</source>
        <translation>No se pudo actualizar la lista de trabajos</translation>
    </message>
    <message>
        <source>&amp;New job…</source>
        <translation>&amp;Nuevo trabajo…</translation>
    </message>
    <message>
        <source>Write or choose a job and submit it</source>
        <translation>Escribir o elegir un trabajo y enviarlo</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualizar</translation>
    </message>
    <message>
        <source>Ask the scheduler now</source>
        <translation>Consultar ahora al planificador</translation>
    </message>
    <message>
        <source>&amp;Cancel job</source>
        <translation>&amp;Cancelar trabajo</translation>
    </message>
    <message>
        <source>Stop the selected job</source>
        <translation>Detener el trabajo seleccionado</translation>
    </message>
    <message>
        <source>&amp;Hold</source>
        <translation>&amp;Retener</translation>
    </message>
    <message>
        <source>Keep the selected job from starting</source>
        <translation>Impedir que el trabajo seleccionado se inicie</translation>
    </message>
    <message>
        <source>Re&amp;lease</source>
        <translation>&amp;Liberar</translation>
    </message>
    <message>
        <source>Let the selected job start</source>
        <translation>Dejar que el trabajo seleccionado se inicie</translation>
    </message>
    <message>
        <source>Re&amp;submit…</source>
        <translation>&amp;Volver a enviar…</translation>
    </message>
    <message>
        <source>Submit the selected job again</source>
        <translation>Enviar de nuevo el trabajo seleccionado</translation>
    </message>
    <message>
        <source>Make &amp;template…</source>
        <translation>Crear &amp;plantilla…</translation>
    </message>
    <message>
        <source>Keep the selected job as a template for new jobs</source>
        <translation>Guardar el trabajo seleccionado como plantilla para nuevos trabajos</translation>
    </message>
    <message>
        <source>Open output &amp;folder</source>
        <translation>Abrir la carpeta de &amp;salida</translation>
    </message>
    <message>
        <source>Show the folder of the job&apos;s output in Files</source>
        <translation>Mostrar la carpeta de la salida del trabajo en Archivos</translation>
    </message>
    <message>
        <source>Asking the scheduler…</source>
        <translation>Consultando al planificador…</translation>
    </message>
    <message>
        <source>Updated at %1 · next check in %2 s</source>
        <translation>Actualizado a las %1 · próxima comprobación en %2 s</translation>
    </message>
    <message>
        <source>The scheduler has not answered yet.</source>
        <translation>El planificador aún no ha respondido.</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s)</source>
        <translation>
            <numerusform>%n trabajo</numerusform>
            <numerusform>%n trabajos</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a job to see its details, script and output.</source>
        <translation>Seleccione un trabajo para ver sus detalles, su script y su salida.</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Scheduler&apos;s state</source>
        <translation>Estado según el planificador</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>Partición</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Nodos</translation>
    </message>
    <message>
        <source>Cores</source>
        <translation>Núcleos</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>Límite de tiempo</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Iniciado</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>Exit code</source>
        <translation>Código de salida</translation>
    </message>
    <message>
        <source>%1, ended by signal %2</source>
        <translation>%1, terminado por la señal %2</translation>
    </message>
    <message>
        <source>Working folder</source>
        <translation>Carpeta de trabajo</translation>
    </message>
    <message>
        <source>Output file</source>
        <translation>Archivo de salida</translation>
    </message>
    <message>
        <source>Error file</source>
        <translation>Archivo de errores</translation>
    </message>
    <message>
        <source>The scheduler did not give this job&apos;s script.</source>
        <translation>El planificador no dio el script de este trabajo.</translation>
    </message>
    <message>
        <source>It stops at once; what it has written so far stays.</source>
        <translation>Se detiene de inmediato; lo que haya escrito hasta ahora se conserva.</translation>
    </message>
    <message>
        <source>It leaves the queue and will not run.</source>
        <translation>Sale de la cola y no se ejecutará.</translation>
    </message>
    <message>
        <source>Cancel job</source>
        <translation>Cancelar trabajo</translation>
    </message>
    <message>
        <source>Cancel job %1 “%2”? %3</source>
        <translation>¿Cancelar el trabajo %1 «%2»? %3</translation>
    </message>
    <message>
        <source>Job %1 could not be cancelled</source>
        <translation>No se pudo cancelar el trabajo %1</translation>
    </message>
    <message>
        <source>Cancelling job %1…</source>
        <translation>Cancelando el trabajo %1…</translation>
    </message>
    <message>
        <source>Job %1 could not be held</source>
        <translation>No se pudo retener el trabajo %1</translation>
    </message>
    <message>
        <source>Job %1 could not be released</source>
        <translation>No se pudo liberar el trabajo %1</translation>
    </message>
    <message>
        <source>Holding job %1…</source>
        <translation>Reteniendo el trabajo %1…</translation>
    </message>
    <message>
        <source>Releasing job %1…</source>
        <translation>Liberando el trabajo %1…</translation>
    </message>
    <message>
        <source>Make template</source>
        <translation>Crear plantilla</translation>
    </message>
    <message>
        <source>Name of the new template:</source>
        <translation>Nombre de la nueva plantilla:</translation>
    </message>
    <message>
        <source>The template was not made</source>
        <translation>No se creó la plantilla</translation>
    </message>
    <message>
        <source>The template “%1” is ready: New job offers it.</source>
        <translation>La plantilla «%1» está lista: Nuevo trabajo la ofrece.</translation>
    </message>
</context>
<context>
    <name>daas::ui::LaunchDialog</name>
    <message>
        <source>Launch %1</source>
        <translation>Lanzar %1</translation>
    </message>
    <message>
        <source>Software: %1</source>
        <translation>Software: %1</translation>
    </message>
    <message>
        <source>Name of the new environment</source>
        <translation>Nombre del nuevo entorno</translation>
    </message>
    <message>
        <source>&amp;Launch</source>
        <translation>&amp;Lanzar</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Give the environment a name, so you can tell it from your others.</source>
        <translation>Dé un nombre al entorno para distinguirlo de los demás.</translation>
    </message>
    <message>
        <source>A name may not contain quotes, backslashes, brackets or control characters.</source>
        <translation>Un nombre no puede contener comillas, barras invertidas, corchetes ni caracteres de control.</translation>
    </message>
</context>
<context>
    <name>daas::ui::MainWindow</name>
    <message>
        <source>Transfers</source>
        <translation>Transferencias</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Catálogo</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Instalación</translation>
    </message>
    <message>
        <source>Session status</source>
        <translation>Estado de la sesión</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again to carry on where you were.</source>
        <translation>Su sesión ha terminado. Vuelva a iniciar sesión para seguir donde estaba.</translation>
    </message>
    <message>
        <source>Environments</source>
        <translation>Entornos</translation>
    </message>
    <message>
        <source>Environment ready</source>
        <translation>Entorno listo</translation>
    </message>
    <message>
        <source>The desktop of “%1” is ready. Choose Connect to open it.</source>
        <translation>El escritorio de «%1» está listo. Elija Conectar para abrirlo.</translation>
    </message>
    <message>
        <source>Desktops</source>
        <translation>Escritorios</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Open Connection File</source>
        <translation>Abrir archivo de conexión</translation>
    </message>
    <message>
        <source>Catalogue downloads</source>
        <translation>Descargas del catálogo</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <source>The batch cluster cannot be used</source>
        <translation>No se puede usar el clúster de cálculo</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Trabajos</translation>
    </message>
    <message>
        <source>Job %1 %2</source>
        <translation>Trabajo %1 %2</translation>
    </message>
    <message>
        <source>Job %1 has ended.</source>
        <translation>El trabajo %1 ha terminado.</translation>
    </message>
    <message>
        <source>“%1” has ended: %2.</source>
        <translation>«%1» ha terminado: %2.</translation>
    </message>
    <message>
        <source>Unknown cluster login node</source>
        <translation>Nodo de acceso al clúster desconocido</translation>
    </message>
    <message>
        <source>This computer has not met %1 before. Its %2 key has the fingerprint

%3

Trust it only if your facility publishes the same fingerprint.</source>
        <translation>Este equipo no conocía %1. Su clave %2 tiene la huella

%3

Confíe en ella solo si su instalación publica la misma huella.</translation>
    </message>
    <message>
        <source>Trust this key</source>
        <translation>Confiar en esta clave</translation>
    </message>
    <message>
        <source>Do not connect</source>
        <translation>No conectar</translation>
    </message>
    <message>
        <source>Batch cluster</source>
        <translation>Clúster de cálculo</translation>
    </message>
    <message>
        <source>That was not accepted. %1</source>
        <translation>No se aceptó. %1</translation>
    </message>
    <message>
        <source>Job %1 submitted.</source>
        <translation>Trabajo %1 enviado.</translation>
    </message>
    <message>
        <source>Job %1 submitted. The scheduler says: %2</source>
        <translation>Trabajo %1 enviado. El planificador dice: %2</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Open Connection File…</source>
        <translation>&amp;Abrir archivo de conexión…</translation>
    </message>
    <message>
        <source>Remote desktop connection files (*.rdp)</source>
        <translation>Archivos de conexión de escritorio remoto (*.rdp)</translation>
    </message>
    <message>
        <source>Show &amp;transfers</source>
        <translation>Mostrar &amp;transferencias</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Catalogue</source>
        <translation>&amp;Catálogo</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>C&amp;uenta</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>&amp;Iniciar sesión…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Cerrar sesión</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About DAaaS Desktop</source>
        <translation>&amp;Acerca de DAaaS Desktop</translation>
    </message>
    <message>
        <source>About DAaaS Desktop</source>
        <translation>Acerca de DAaaS Desktop</translation>
    </message>
    <message>
        <source>&lt;b&gt;DAaaS Desktop&lt;/b&gt; %1&lt;br&gt;Your experiments, data and analysis environments at %2.</source>
        <translation>&lt;b&gt;DAaaS Desktop&lt;/b&gt; %1&lt;br&gt;Sus experimentos, datos y entornos de análisis en %2.</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Sesión iniciada como %1</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>Session expired — sign in to continue</source>
        <translation>Sesión caducada — inicie sesión para continuar</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Sesión cerrada</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again.</source>
        <translation>Su sesión ha terminado. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>Más acciones</translation>
    </message>
    <message>
        <source>F&amp;iles</source>
        <translation>A&amp;rchivos</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Mostrar %1</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>Download of %1</source>
        <translation>Descarga de %1</translation>
    </message>
    <message>
        <source>Upload of %1</source>
        <translation>Subida de %1</translation>
    </message>
    <message>
        <source>Copy to %1</source>
        <translation>Copia a %1</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>These transfers will not finish:</source>
        <translation>Estas transferencias no terminarán:</translation>
    </message>
    <message>
        <source>This computer is shared: signing out stops them and removes what they kept here.</source>
        <translation>Este equipo es compartido: al cerrar la sesión se detienen y se elimina lo que guardaron aquí.</translation>
    </message>
    <message>
        <source>Stop them and sign out</source>
        <translation>Detenerlas y cerrar sesión</translation>
    </message>
    <message>
        <source>Stay signed in</source>
        <translation>Mantener la sesión iniciada</translation>
    </message>
    <message>
        <source>You were signed out because this shared computer was left unused.</source>
        <translation>Se cerró su sesión porque este equipo compartido se quedó sin usar.</translation>
    </message>
    <message>
        <source>Catalogue transfer of %1</source>
        <translation>Transferencia del catálogo de %1</translation>
    </message>
    <message>
        <source>Signing out ends the session they use: they stop, and their unfinished files are removed.</source>
        <translation>Al cerrar la sesión termina la sesión que usan: se detienen y se eliminan sus archivos sin terminar.</translation>
    </message>
</context>
<context>
    <name>daas::ui::MessageBar</name>
    <message>
        <source>Dismiss message</source>
        <translation>Descartar el mensaje</translation>
    </message>
</context>
<context>
    <name>daas::ui::NewJobDialog</name>
    <message>
        <source>Submit &amp;held (start it later with Release)</source>
        <translation>Enviar &amp;retenido (iniciarlo más tarde con Liberar)</translation>
    </message>
    <message>
        <source>New job</source>
        <translation>Nuevo trabajo</translation>
    </message>
    <message>
        <source>A name to find it by</source>
        <translation>Un nombre para encontrarlo</translation>
    </message>
    <message>
        <source>The cluster&apos;s default</source>
        <translation>El valor por defecto del clúster</translation>
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
        <translation>El valor por defecto de la partición</translation>
    </message>
    <message>
        <source>Your home folder on the cluster</source>
        <translation>Su carpeta personal en el clúster</translation>
    </message>
    <message>
        <source>Start from</source>
        <translation>Empezar desde</translation>
    </message>
    <message>
        <source>A script of my own</source>
        <translation>Un script propio</translation>
    </message>
    <message>
        <source>About this template</source>
        <translation>Acerca de esta plantilla</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Partition:</source>
        <translation>&amp;Partición:</translation>
    </message>
    <message>
        <source>&amp;Cores:</source>
        <translation>Nú&amp;cleos:</translation>
    </message>
    <message>
        <source>&amp;Memory:</source>
        <translation>&amp;Memoria:</translation>
    </message>
    <message>
        <source>&amp;Time limit:</source>
        <translation>&amp;Límite de tiempo:</translation>
    </message>
    <message>
        <source>&amp;Working folder:</source>
        <translation>Carpeta de tra&amp;bajo:</translation>
    </message>
    <message>
        <source>Job script</source>
        <translation>Script del trabajo</translation>
    </message>
    <message>
        <source>What will be submitted</source>
        <translation>Lo que se enviará</translation>
    </message>
    <message>
        <source>&amp;Job</source>
        <translation>&amp;Trabajo</translation>
    </message>
    <message>
        <source>&amp;Script</source>
        <translation>&amp;Script</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <source>S&amp;ubmit</source>
        <translation>Envi&amp;ar</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Start &amp;from:</source>
        <translation>Empe&amp;zar desde:</translation>
    </message>
    <message>
        <source>my-job</source>
        <translation>mi-trabajo</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (por defecto)</translation>
    </message>
    <message numerus="yes">
        <source>at most %n minute(s)</source>
        <translation>
            <numerusform>como máximo %n minuto</numerusform>
            <numerusform>como máximo %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>The script must start with a line such as “#!/bin/bash” that says what runs it.</source>
        <translation>El script debe empezar con una línea como «#!/bin/bash» que indique qué lo ejecuta.</translation>
    </message>
    <message>
        <source>The job was not submitted</source>
        <translation>El trabajo no se envió</translation>
    </message>
    <message>
        <source>Submitting…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>%1 (mine)</source>
        <translation>%1 (mía)</translation>
    </message>
    <message>
        <source>There is no job template “%1”.</source>
        <translation>No existe la plantilla de trabajo «%1».</translation>
    </message>
    <message>
        <source>A folder on the cluster</source>
        <translation>Una carpeta en el clúster</translation>
    </message>
    <message>
        <source>A file on the cluster</source>
        <translation>Un archivo en el clúster</translation>
    </message>
    <message>
        <source>A dataset&apos;s folder on the cluster</source>
        <translation>La carpeta de un conjunto de datos en el clúster</translation>
    </message>
    <message>
        <source>%1 (required):</source>
        <translation>%1 (obligatorio):</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>a copy was removed from Transfers before it finished</source>
        <translation>se quitó una copia de Transferencias antes de que terminara</translation>
    </message>
    <message>
        <source>the copy of “%1” was cancelled</source>
        <translation>se canceló la copia de «%1»</translation>
    </message>
    <message>
        <source>The input did not reach your storage: %1. Retry it in Transfers, or choose another input.</source>
        <translation>La entrada no llegó a su almacenamiento: %1. Reintente la copia en Transferencias o elija otra entrada.</translation>
    </message>
    <message numerus="yes">
        <source>The input is being copied into your storage: %1 of %n file(s) done. Submit waits until the copy is complete.</source>
        <translation>
            <numerusform>La entrada se está copiando a su almacenamiento: %1 de %n archivo completado. El envío espera hasta que la copia esté completa.</numerusform>
            <numerusform>La entrada se está copiando a su almacenamiento: %1 de %n archivos completados. El envío espera hasta que la copia esté completa.</numerusform>
        </translation>
    </message>
    <message>
        <source>The input is in your storage.</source>
        <translation>La entrada está en su almacenamiento.</translation>
    </message>
</context>
<context>
    <name>daas::ui::PasswordPrompt</name>
    <message>
        <source>Password needed</source>
        <translation>Se necesita la contraseña</translation>
    </message>
    <message>
        <source>%1 asks for your password again. Your transfers wait and carry on once it is accepted.</source>
        <translation>%1 vuelve a pedir su contraseña. Sus transferencias esperan y continúan en cuanto se acepte.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nombre de usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>C&amp;ontinuar</translation>
    </message>
</context>
<context>
    <name>daas::ui::ProfileCertificateBox</name>
    <message>
        <source>Untrusted Certificate</source>
        <translation>Certificado no fiable</translation>
    </message>
    <message>
        <source>The server %1 (port %2), where the facility profile is, presented a certificate that is not trusted.

Issued to: %3
Issued by: %4
Valid: %5 to %6

SHA-256 fingerprint:
%7

Trust it only if your facility confirms this fingerprint. The decision is remembered for this server.</source>
        <translation>El servidor %1 (puerto %2), donde está el perfil de la instalación, presentó un certificado que no es de confianza.

Emitido para: %3
Emitido por: %4
Validez: del %5 al %6

Huella SHA-256:
%7

Confíe en él solo si su instalación confirma esta huella. La decisión se recuerda para este servidor.</translation>
    </message>
    <message>
        <source>Trust and Fetch</source>
        <translation>Confiar y obtener</translation>
    </message>
</context>
<context>
    <name>daas::ui::RemoteSignInDialog</name>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>&amp;Recordar la contraseña en el llavero del sistema</translation>
    </message>
    <message>
        <source>Sign In to the Remote Desktop</source>
        <translation>Iniciar sesión en el escritorio remoto</translation>
    </message>
    <message>
        <source>The remote desktop %1 asks you to sign in.</source>
        <translation>El escritorio remoto %1 le pide que inicie sesión.</translation>
    </message>
    <message>
        <source>The password was not accepted. Check it and try again.</source>
        <translation>No se aceptó la contraseña. Compruébela e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nombre de usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Dominio:</translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Sign In to the RD Gateway</source>
        <translation>Iniciar sesión en la puerta de enlace RD</translation>
    </message>
    <message>
        <source>The RD Gateway %1, through which the remote desktop is reached, asks you to sign in.</source>
        <translation>La puerta de enlace RD %1, a través de la cual se llega al escritorio remoto, le pide que inicie sesión.</translation>
    </message>
</context>
<context>
    <name>daas::ui::RemoteView</name>
    <message>
        <source>Check the remote desktop&apos;s certificate to go on.</source>
        <translation>Compruebe el certificado del escritorio remoto para continuar.</translation>
    </message>
    <message>
        <source>Sign in to the remote desktop to go on.</source>
        <translation>Inicie sesión en el escritorio remoto para continuar.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>Connection lost: %1
Reconnecting (attempt %2)…</source>
        <translation>Conexión perdida: %1
Reconectando (intento %2)…</translation>
    </message>
    <message>
        <source>Disconnected.</source>
        <translation>Desconectado.</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>No conectado: %1</translation>
    </message>
    <message>
        <source>Check the RD Gateway&apos;s certificate to go on.</source>
        <translation>Compruebe el certificado de la puerta de enlace RD para continuar.</translation>
    </message>
    <message>
        <source>Sign in to the RD Gateway to go on.</source>
        <translation>Inicie sesión en la puerta de enlace RD para continuar.</translation>
    </message>
</context>
<context>
    <name>daas::ui::SessionTabs</name>
    <message>
        <source>Scale to Fit</source>
        <translation>Ajustar a la ventana</translation>
    </message>
    <message>
        <source>Actual Size</source>
        <translation>Tamaño real</translation>
    </message>
    <message>
        <source>Resize Desktop to Window</source>
        <translation>Ajustar el escritorio a la ventana</translation>
    </message>
    <message>
        <source>Full Screen</source>
        <translation>Pantalla completa</translation>
    </message>
    <message>
        <source>Grab Keyboard</source>
        <translation>Capturar el teclado</translation>
    </message>
    <message>
        <source>Send all keys, including shortcuts, to the remote desktop</source>
        <translation>Enviar todas las teclas, incluidos los atajos, al escritorio remoto</translation>
    </message>
    <message>
        <source>Send Ctrl+Alt+Del</source>
        <translation>Enviar Ctrl+Alt+Supr</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Reconectar</translation>
    </message>
    <message>
        <source>Save as Connection File…</source>
        <translation>Guardar como archivo de conexión…</translation>
    </message>
    <message>
        <source>Save this desktop as a .rdp file for the system&apos;s own remote desktop client</source>
        <translation>Guardar este escritorio como archivo .rdp para el cliente de escritorio remoto del propio sistema</translation>
    </message>
    <message>
        <source>Save as Connection File</source>
        <translation>Guardar como archivo de conexión</translation>
    </message>
    <message>
        <source>Remote desktop connection files (*.rdp)</source>
        <translation>Archivos de conexión de escritorio remoto (*.rdp)</translation>
    </message>
    <message>
        <source>Close Desktop</source>
        <translation>Cerrar escritorio</translation>
    </message>
    <message>
        <source>Close %1</source>
        <translation>Cerrar %1</translation>
    </message>
</context>
<context>
    <name>daas::ui::SettingsDialog</name>
    <message>
        <source>This computer is &amp;shared by several people</source>
        <translation>Este equipo lo comparten &amp;varias personas</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Idioma del sistema (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The language of DAaaS Desktop, used from its next start.</source>
        <translation>El idioma de DAaaS Desktop, que se usa a partir del próximo inicio.</translation>
    </message>
    <message>
        <source>A new language takes effect the next time DAaaS Desktop starts.</source>
        <translation>Un idioma nuevo se aplica la próxima vez que se inicie DAaaS Desktop.</translation>
    </message>
    <message>
        <source>On a shared computer nobody is remembered, signing out removes everything of the person, and an idle session is signed out.</source>
        <translation>En un equipo compartido no se recuerda a nadie, al cerrar sesión se elimina todo lo de la persona y las sesiones inactivas se cierran.</translation>
    </message>
    <message>
        <source>Your facility has set this computer up as a shared workstation.</source>
        <translation>Su instalación ha configurado este equipo como puesto de trabajo compartido.</translation>
    </message>
    <message>
        <source>Nobody is remembered, signing out removes your passwords, settings and files kept by DAaaS Desktop, and you are signed out when the computer is left unused.</source>
        <translation>No se recuerda a nadie, al cerrar sesión se eliminan sus contraseñas, su configuración y los archivos que guarda DAaaS Desktop, y su sesión se cierra cuando el equipo se queda sin usar.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Sign out after this many minutes without use</source>
        <translation>Cerrar sesión tras este número de minutos sin uso</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Shared workstation</source>
        <translation>Puesto de trabajo compartido</translation>
    </message>
    <message>
        <source>Sign out when &amp;unused for:</source>
        <translation>Cerrar sesión si no se &amp;usa durante:</translation>
    </message>
</context>
<context>
    <name>daas::ui::ShortcutsDialog</name>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
</context>
<context>
    <name>daas::ui::SignInDialog</name>
    <message>
        <source>&amp;Remember me on this computer</source>
        <translation>&amp;Recordarme en este equipo</translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation>Iniciar sesión en %1</translation>
    </message>
    <message>
        <source>Sign in with your facility account to see your experiments and their data.</source>
        <translation>Inicie sesión con la cuenta de su instalación para ver sus experimentos y sus datos.</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>Account type</source>
        <translation>Tipo de cuenta</translation>
    </message>
    <message>
        <source>Keeps the password in this computer&apos;s keychain, never in a file.</source>
        <translation>Guarda la contraseña en el llavero de este equipo, nunca en un archivo.</translation>
    </message>
    <message>
        <source>Account &amp;type:</source>
        <translation>&amp;Tipo de cuenta:</translation>
    </message>
    <message>
        <source>%1 Check the network, then close and open this window again.</source>
        <translation>%1 Compruebe la red y luego cierre y vuelva a abrir esta ventana.</translation>
    </message>
    <message>
        <source>Asking the facility how to sign in…</source>
        <translation>Preguntando a la instalación cómo iniciar sesión…</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nombre de usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Please fill in every field.</source>
        <translation>Rellene todos los campos.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
</context>
<context>
    <name>daas::ui::TemplateModel</name>
    <message numerus="yes">
        <source>up to %n day(s)</source>
        <translation>
            <numerusform>hasta %n día</numerusform>
            <numerusform>hasta %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>up to %n hour(s)</source>
        <translation>
            <numerusform>hasta %n hora</numerusform>
            <numerusform>hasta %n horas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 GiB memory</source>
        <translation>%1 GiB de memoria</translation>
    </message>
    <message>
        <source>%1 MiB memory</source>
        <translation>%1 MiB de memoria</translation>
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
        <translation>%1 GiB de disco</translation>
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
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>daas::ui::TransferListModel</name>
    <message numerus="yes">
        <source>%n s left</source>
        <translation>
            <numerusform>queda %n s</numerusform>
            <numerusform>quedan %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min left</source>
        <translation>
            <numerusform>queda %n min</numerusform>
            <numerusform>quedan %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min left</source>
        <translation>quedan %1 h %2 min</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>Waiting to try again: %1</source>
        <translation>Esperando para volver a intentarlo: %1</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Paused at %1</source>
        <translation>En pausa en %1</translation>
    </message>
    <message>
        <source>Already there: waiting for your choice</source>
        <translation>Ya existe: esperando su decisión</translation>
    </message>
    <message>
        <source>Trying again shortly: %1</source>
        <translation>Se volverá a intentar en breve: %1</translation>
    </message>
    <message>
        <source>into your storage</source>
        <translation>a su almacenamiento</translation>
    </message>
    <message>
        <source>into “%1”</source>
        <translation>a «%1»</translation>
    </message>
    <message>
        <source>Checksum verified · copied %1</source>
        <translation>Suma de comprobación verificada · copiado %1</translation>
    </message>
    <message>
        <source>No checksum in the catalogue: size checked only · copied %1</source>
        <translation>Sin suma de comprobación en el catálogo: solo se comprobó el tamaño · copiado %1</translation>
    </message>
    <message>
        <source>Uploaded to your storage as “%1”</source>
        <translation>Subido a su almacenamiento como «%1»</translation>
    </message>
    <message>
        <source>Uploaded to “%1” as “%2”</source>
        <translation>Subido a «%1» como «%2»</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Guardado como %1</translation>
    </message>
    <message>
        <source>Cancelled; nothing was kept.</source>
        <translation>Cancelado; no se conservó nada.</translation>
    </message>
    <message>
        <source>Skipped: already there.</source>
        <translation>Omitido: ya existe.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>catalogue: %1 → storage: %2</source>
        <translation>catálogo: %1 → almacenamiento: %2</translation>
    </message>
    <message>
        <source>%1 → storage: %2</source>
        <translation>%1 → almacenamiento: %2</translation>
    </message>
    <message>
        <source>storage: %1 → %2</source>
        <translation>almacenamiento: %1 → %2</translation>
    </message>
</context>
<context>
    <name>daas::ui::TransferPanel</name>
    <message numerus="yes">
        <source>%n file(s) saved in %1</source>
        <translation>
            <numerusform>%n archivo guardado en %1</numerusform>
            <numerusform>%n archivos guardados en %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) extracted into your storage.</source>
        <translation>
            <numerusform>%n archivo extraído en su almacenamiento.</numerusform>
            <numerusform>%n archivos extraídos en su almacenamiento.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not extracted: %1</source>
        <translation>No extraído: %1</translation>
    </message>
    <message>
        <source>Storage transfers</source>
        <translation>Transferencias del almacenamiento</translation>
    </message>
    <message>
        <source>Progress of all storage transfers</source>
        <translation>Progreso de todas las transferencias del almacenamiento</translation>
    </message>
    <message>
        <source>Pause all</source>
        <translation>Pausar todo</translation>
    </message>
    <message>
        <source>Resume all</source>
        <translation>Reanudar todo</translation>
    </message>
    <message>
        <source>Clear finished</source>
        <translation>Quitar los terminados</translation>
    </message>
    <message>
        <source>Transfers at once</source>
        <translation>Transferencias simultáneas</translation>
    </message>
    <message>
        <source>How many storage transfers run at the same time</source>
        <translation>Cuántas transferencias del almacenamiento se ejecutan a la vez</translation>
    </message>
    <message>
        <source>at &amp;once</source>
        <translation>a la &amp;vez</translation>
    </message>
    <message>
        <source>&lt;b&gt;Storage&lt;/b&gt;</source>
        <translation>&lt;b&gt;Almacenamiento&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No storage transfers. Drop files on the Files area to upload them.</source>
        <translation>No hay transferencias del almacenamiento. Suelte archivos en el área Archivos para subirlos.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be transferred; retry them or clear the list.</source>
        <translation>
            <numerusform>No se pudo transferir %n archivo; vuelva a intentarlo o vacíe la lista.</numerusform>
            <numerusform>No se pudieron transferir %n archivos; vuelva a intentarlo o vacíe la lista.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n file(s) transferred.</source>
        <translation>
            <numerusform>Se transfirió %n archivo.</numerusform>
            <numerusform>Se transfirieron los %n archivos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n file(s)</source>
        <translation>
            <numerusform>%1 de %n archivo</numerusform>
            <numerusform>%1 de %n archivos</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>Rein&amp;tentar</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Mostrar en la carp&amp;eta</translation>
    </message>
</context>
<context>
    <name>daas::ui::UseOnComputerDialog</name>
    <message>
        <source>&lt;p&gt;In File Explorer, right-click &lt;b&gt;This PC&lt;/b&gt; and choose &lt;b&gt;Map network drive…&lt;/b&gt;. Pick a drive letter, enter the address above as the folder, tick &lt;b&gt;Connect using different credentials&lt;/b&gt; and sign in with your facility user name and password.&lt;/p&gt;</source>
        <translation>&lt;p&gt;En el Explorador de archivos, haga clic con el botón derecho en &lt;b&gt;Este equipo&lt;/b&gt; y elija &lt;b&gt;Conectar a unidad de red…&lt;/b&gt;. Elija una letra de unidad, escriba la dirección de arriba como carpeta, marque &lt;b&gt;Conectar con otras credenciales&lt;/b&gt; e inicie sesión con el nombre de usuario y la contraseña de su instalación.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;In the Finder, choose &lt;b&gt;Go ▸ Connect to Server…&lt;/b&gt; (⌘K), enter the address above and press &lt;b&gt;Connect&lt;/b&gt;. Sign in with your facility user name and password; the storage then appears under &lt;b&gt;Locations&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;En el Finder, elija &lt;b&gt;Ir ▸ Conectarse al servidor…&lt;/b&gt; (⌘K), escriba la dirección de arriba y pulse &lt;b&gt;Conectar&lt;/b&gt;. Inicie sesión con el nombre de usuario y la contraseña de su instalación; el almacenamiento aparecerá entonces en &lt;b&gt;Ubicaciones&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;In Files, choose &lt;b&gt;Other Locations&lt;/b&gt;, enter the address above under &lt;b&gt;Connect to Server&lt;/b&gt; and press &lt;b&gt;Connect&lt;/b&gt;. The storage then appears in the side bar.&lt;/p&gt;&lt;p&gt;Or in a terminal:&lt;br&gt;&lt;code&gt;%1&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;En Archivos, elija &lt;b&gt;Otras ubicaciones&lt;/b&gt;, escriba la dirección de arriba en &lt;b&gt;Conectar al servidor&lt;/b&gt; y pulse &lt;b&gt;Conectar&lt;/b&gt;. El almacenamiento aparecerá entonces en la barra lateral.&lt;/p&gt;&lt;p&gt;O en un terminal:&lt;br&gt;&lt;code&gt;%1&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Use your storage on this computer</source>
        <translation>Usar su almacenamiento en este equipo</translation>
    </message>
    <message>
        <source>Your storage can also be opened by this computer&apos;s own file manager, like a network drive:</source>
        <translation>El gestor de archivos de este equipo también puede abrir su almacenamiento, como una unidad de red:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Mount now</source>
        <translation>&amp;Montar ahora</translation>
    </message>
    <message>
        <source>Run “gio mount” for this address</source>
        <translation>Ejecutar «gio mount» para esta dirección</translation>
    </message>
    <message>
        <source>Mounting…</source>
        <translation>Montando…</translation>
    </message>
    <message>
        <source>Mounted. Your storage is now in the file manager&apos;s side bar.</source>
        <translation>Montado. Su almacenamiento está ahora en la barra lateral del gestor de archivos.</translation>
    </message>
    <message>
        <source>It could not be mounted: %1</source>
        <translation>No se pudo montar: %1</translation>
    </message>
    <message>
        <source>gio ended with code %1.</source>
        <translation>gio terminó con el código %1.</translation>
    </message>
    <message>
        <source>It could not be mounted: gio did not start.</source>
        <translation>No se pudo montar: gio no se inició.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A remote desktop connection file (.rdp) to open.</source>
        <translation>Un archivo de conexión de escritorio remoto (.rdp) que abrir.</translation>
    </message>
    <message>
        <source>DAaaS Desktop</source>
        <translation>DAaaS Desktop</translation>
    </message>
    <message>
        <source>A facility profile file, the id of a facility you added, or &apos;demo&apos;.</source>
        <translation>Un archivo de perfil de instalación, el id de una instalación que haya añadido o «demo».</translation>
    </message>
</context>
</TS>
