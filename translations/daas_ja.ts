<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>daas::Error</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 said: “%2”.</source>
        <translation>%1 からの応答:「%2」</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
</context>
<context>
    <name>daas::catalogue</name>
    <message>
        <source>The downloaded archive could not be opened.</source>
        <translation>ダウンロードしたアーカイブを開けませんでした。</translation>
    </message>
    <message>
        <source>RB %1</source>
        <translation>RB %1</translation>
    </message>
    <message>
        <source>The catalogue gave an answer that could not be read.</source>
        <translation>カタログから読み取れない応答が返されました。</translation>
    </message>
    <message>
        <source>%1: the path leads outside the chosen folder</source>
        <translation>%1: パスが選択したフォルダーの外を指しています</translation>
    </message>
    <message>
        <source>%1: not a file of the catalogue&apos;s archive layout</source>
        <translation>%1: カタログのアーカイブ構成に含まれないファイルです</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 時間 %2 分</translation>
    </message>
</context>
<context>
    <name>daas::catalogue::DatafilesListing</name>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>更新日時</translation>
    </message>
</context>
<context>
    <name>daas::catalogue::DatasetsListing</name>
    <message>
        <source>Dataset</source>
        <translation>データセット</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>ファイル数</translation>
    </message>
    <message>
        <source>End</source>
        <translation>終了</translation>
    </message>
</context>
<context>
    <name>daas::catalogue::DownloadJob</name>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>フォルダー %1 を作成できませんでした。</translation>
    </message>
    <message>
        <source>The file %1 could not be found in the catalogue</source>
        <translation>ファイル %1 がカタログに見つかりませんでした</translation>
    </message>
    <message>
        <source>The data service did not resume the download of %1 where it stopped. Try again later.</source>
        <translation>データサービスが %1 のダウンロードを中断した位置から再開しませんでした。後でもう一度お試しください。</translation>
    </message>
    <message>
        <source>The data service sent more than the catalogue&apos;s size of %1; nothing was saved.</source>
        <translation>データサービスから、カタログ上のサイズ (%1) を超えるデータが送られました。何も保存されていません。</translation>
    </message>
    <message>
        <source>The connection to %1 was lost.</source>
        <translation>%1 への接続が切断されました。</translation>
    </message>
    <message>
        <source>The download stopped and could not be resumed</source>
        <translation>ダウンロードが中断され、再開できませんでした</translation>
    </message>
    <message>
        <source>The downloaded file %1 has the wrong size; nothing was saved. Try again.</source>
        <translation>ダウンロードしたファイル %1 のサイズが正しくありません。何も保存されていません。もう一度お試しください。</translation>
    </message>
    <message>
        <source>The downloaded file %1 was damaged on the way; nothing was saved. Try again.</source>
        <translation>ダウンロードしたファイル %1 は転送中に破損しました。何も保存されていません。もう一度お試しください。</translation>
    </message>
    <message>
        <source>The facility keeps sending %1 back to tape before it can be downloaded. Try again later.</source>
        <translation>%1 がダウンロードできるようになる前に、施設が何度もテープに戻してしまいます。後でもう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>daas::catalogue::IdsRestore</name>
    <message>
        <source>The data service could not prepare the download</source>
        <translation>データサービスがダウンロードを準備できませんでした</translation>
    </message>
    <message numerus="yes">
        <source>The facility did not restore the data from tape within %n minute(s). Try again later.</source>
        <translation>
            <numerusform>施設が %n 分以内にデータをテープから復元しませんでした。後でもう一度お試しください。</numerusform>
        </translation>
    </message>
    <message>
        <source>The data service could not say whether the data is ready</source>
        <translation>データの準備ができているかどうかをデータサービスから確認できませんでした</translation>
    </message>
</context>
<context>
    <name>daas::catalogue::IdsStream</name>
    <message>
        <source>The data service did not resume “%1” where it stopped.</source>
        <translation>データサービスが「%1」を中断した位置から再開しませんでした。</translation>
    </message>
    <message>
        <source>The data service sent more than the catalogue&apos;s size of “%1”.</source>
        <translation>データサービスから、カタログ上の「%1」のサイズを超えるデータが送られました。</translation>
    </message>
    <message>
        <source>The data service did not send “%1”</source>
        <translation>データサービスが「%1」を送信しませんでした</translation>
    </message>
    <message>
        <source>The data service</source>
        <translation>データサービス</translation>
    </message>
    <message>
        <source>The connection to %1 was lost.</source>
        <translation>%1 への接続が切断されました。</translation>
    </message>
</context>
<context>
    <name>daas::catalogue::InvestigationsListing</name>
    <message>
        <source>Experiment</source>
        <translation>実験</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>装置</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>ファイル数</translation>
    </message>
</context>
<context>
    <name>daas::catalogue::PagedListingModel</name>
    <message>
        <source>Not loaded</source>
        <translation>未読み込み</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
</context>
<context>
    <name>daas::catalogue::UploadJob</name>
    <message>
        <source>Could not read %1.</source>
        <translation>%1 を読み取れませんでした。</translation>
    </message>
    <message>
        <source>The file needs a name in the catalogue.</source>
        <translation>カタログ上のファイル名が必要です。</translation>
    </message>
    <message>
        <source>The dataset already has a file called %1. Rename the file and upload it again.</source>
        <translation>このデータセットには %1 という名前のファイルが既にあります。ファイル名を変更してから、もう一度アップロードしてください。</translation>
    </message>
    <message>
        <source>The data service did not confirm that %1 arrived intact; check the file in the catalogue.</source>
        <translation>%1 が破損せずに届いたことをデータサービスが確認できませんでした。カタログ上のファイルを確認してください。</translation>
    </message>
</context>
<context>
    <name>daas::catalogue::Walker</name>
    <message>
        <source>%1: links are not extracted</source>
        <translation>%1: リンクは展開されません</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 に書き込めませんでした。</translation>
    </message>
    <message>
        <source>Could not write %1: the disk may be full.</source>
        <translation>%1 に書き込めませんでした。ディスクがいっぱいの可能性があります。</translation>
    </message>
    <message>
        <source>The downloaded archive was refused as a ZIP bomb: “%1” unpacks to more than %2 times its packed size. Nothing of it was kept.</source>
        <translation>ダウンロードしたアーカイブは ZIP 爆弾として拒否されました: 「%1」は展開すると圧縮サイズの %2 倍を超えます。何も保存されていません。</translation>
    </message>
    <message>
        <source>The downloaded archive was refused: it unpacks to more than %1, the room there is for it. Nothing of it was kept.</source>
        <translation>ダウンロードしたアーカイブは拒否されました: 展開すると、展開先で使用できる容量 (%1) を超えます。何も保存されていません。</translation>
    </message>
    <message>
        <source>The downloaded archive is damaged: “%1” unpacks to more than it declares. Nothing of it was kept.</source>
        <translation>ダウンロードしたアーカイブは破損しています: 「%1」は展開するとアーカイブに記録されたサイズを超えます。何も保存されていません。</translation>
    </message>
    <message>
        <source>The downloaded archive could not be opened.</source>
        <translation>ダウンロードしたアーカイブを開けませんでした。</translation>
    </message>
</context>
<context>
    <name>daas::cli::CliContext</name>
    <message>
        <source>Print JSON.</source>
        <translation>JSON で出力します。</translation>
    </message>
    <message>
        <source>ICAT account type (default simple).</source>
        <translation>ICAT のアカウント種別 (既定: simple)。</translation>
    </message>
    <message>
        <source>User name.</source>
        <translation>ユーザー名。</translation>
    </message>
    <message>
        <source>Read the password from standard input.</source>
        <translation>パスワードを標準入力から読み取ります。</translation>
    </message>
    <message>
        <source>Only rows containing this text.</source>
        <translation>このテキストを含む行のみ。</translation>
    </message>
    <message>
        <source>At most this many rows (default 1000).</source>
        <translation>最大行数 (既定: 1000)。</translation>
    </message>
    <message>
        <source>Datafile id.</source>
        <translation>データファイル ID。</translation>
    </message>
    <message>
        <source>Dataset id.</source>
        <translation>データセット ID。</translation>
    </message>
    <message>
        <source>Investigation id.</source>
        <translation>実験 ID。</translation>
    </message>
    <message>
        <source>Destination folder.</source>
        <translation>保存先フォルダー。</translation>
    </message>
    <message>
        <source>Datafile format id.</source>
        <translation>データファイル形式 ID。</translation>
    </message>
    <message>
        <source>Machine template id (daas env templates), or job template (daas jobs templates).</source>
        <translation>マシンテンプレート ID (daas env templates) またはジョブテンプレート (daas jobs templates)。</translation>
    </message>
    <message>
        <source>jobs submit --template: a parameter&apos;s value.</source>
        <translation>jobs submit --template: パラメーターの値。</translation>
    </message>
    <message>
        <source>jobs output: the error file instead of the output.</source>
        <translation>jobs output: 出力の代わりにエラーファイル。</translation>
    </message>
    <message>
        <source>jobs output: go on printing what the job writes until it ends.</source>
        <translation>jobs output: ジョブが終了するまで、ジョブの書き込む内容を出力し続けます。</translation>
    </message>
    <message>
        <source>Seconds to wait (default 600).</source>
        <translation>待機する秒数 (既定: 600)。</translation>
    </message>
    <message>
        <source>Also print the desktop&apos;s password.</source>
        <translation>デスクトップのパスワードも出力します。</translation>
    </message>
    <message>
        <source>env console: the desktop&apos;s vnc or rdp (default: what it prefers).</source>
        <translation>env console: デスクトップの vnc または rdp (既定: デスクトップの推奨するもの)。</translation>
    </message>
    <message>
        <source>env rdp-file: the file to write (default ./daas-env-ID.rdp).</source>
        <translation>env rdp-file: 書き込むファイル (既定: ./daas-env-ID.rdp)。</translation>
    </message>
    <message>
        <source>Storage: replace files that exist at the target.</source>
        <translation>ストレージ: 転送先に既にあるファイルを置き換えます。</translation>
    </message>
    <message>
        <source>Storage: rm removes folders with their contents.</source>
        <translation>ストレージ: rm でフォルダーを中身ごと削除します。</translation>
    </message>
    <message>
        <source>jobs list: also jobs that ended more than a day ago.</source>
        <translation>jobs list: 1 日以上前に終了したジョブも含めます。</translation>
    </message>
    <message>
        <source>jobs submit: the job&apos;s name.</source>
        <translation>jobs submit: ジョブ名。</translation>
    </message>
    <message>
        <source>jobs submit: the partition (queue).</source>
        <translation>jobs submit: パーティション (キュー)。</translation>
    </message>
    <message>
        <source>jobs submit: cores.</source>
        <translation>jobs submit: コア数。</translation>
    </message>
    <message>
        <source>jobs submit: memory in MB.</source>
        <translation>jobs submit: メモリ (MB)。</translation>
    </message>
    <message>
        <source>jobs submit: time limit in minutes.</source>
        <translation>jobs submit: 制限時間 (分)。</translation>
    </message>
    <message>
        <source>jobs submit: the working folder on the cluster.</source>
        <translation>jobs submit: クラスター上の作業フォルダー。</translation>
    </message>
    <message>
        <source>jobs submit: submit held.</source>
        <translation>jobs submit: 保留状態で投入します。</translation>
    </message>
    <message>
        <source>What to do (see above).</source>
        <translation>実行する操作 (上記参照)。</translation>
    </message>
    <message>
        <source>Give a command; see &apos;daas --help&apos;.</source>
        <translation>コマンドを指定してください。&apos;daas --help&apos; を参照してください。</translation>
    </message>
    <message>
        <source>There is no command &apos;%1&apos;; see &apos;daas --help&apos;.</source>
        <translation>コマンド &apos;%1&apos; はありません。&apos;daas --help&apos; を参照してください。</translation>
    </message>
    <message>
        <source>Try &apos;daas --help&apos;.</source>
        <translation>&apos;daas --help&apos; を参照してください。</translation>
    </message>
    <message>
        <source>Give one numeric id as the argument.</source>
        <translation>引数に数値の ID を 1 つ指定してください。</translation>
    </message>
    <message>
        <source>--%1 needs a positive number.</source>
        <translation>--%1 には正の数が必要です。</translation>
    </message>
    <message>
        <source>You are not signed in. Run &apos;daas login&apos; first.</source>
        <translation>サインインしていません。先に &apos;daas login&apos; を実行してください。</translation>
    </message>
    <message>
        <source>Your session has ended. Run &apos;daas login&apos; again.</source>
        <translation>セッションが終了しました。もう一度 &apos;daas login&apos; を実行してください。</translation>
    </message>
    <message>
        <source>Storage user name: </source>
        <translation>ストレージのユーザー名: </translation>
    </message>
    <message>
        <source>Give the storage user name with --user or DAAS_STORAGE_USER, or run &apos;daas login&apos; first.</source>
        <translation>ストレージのユーザー名を --user または DAAS_STORAGE_USER で指定するか、先に &apos;daas login&apos; を実行してください。</translation>
    </message>
    <message>
        <source>Storage password for %1: </source>
        <translation>%1 のストレージパスワード: </translation>
    </message>
    <message>
        <source>There is no storage password for %1: set DAAS_STORAGE_PASSWORD, run &apos;daas login&apos;, or run on a terminal.</source>
        <translation>%1 のストレージパスワードがありません。DAAS_STORAGE_PASSWORD を設定するか、&apos;daas login&apos; を実行するか、端末から実行してください。</translation>
    </message>
    <message>
        <source>Give --password-stdin to read the password from a pipe.</source>
        <translation>パイプからパスワードを読み取るには --password-stdin を指定してください。</translation>
    </message>
    <message>
        <source>login needs --user.</source>
        <translation>login には --user が必要です。</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>パスワード: </translation>
    </message>
    <message>
        <source>%1: </source>
        <translation>%1: </translation>
    </message>
    <message>
        <source>Without one &apos;daas login&apos; cannot keep your session; the storage commands still work with the password in DAAS_STORAGE_PASSWORD, or typed when they ask on a terminal.</source>
        <translation>キーチェーンがないと、&apos;daas login&apos; はセッションを保持できません。ストレージのコマンドは、DAAS_STORAGE_PASSWORD のパスワード、または端末で求められたときに入力したパスワードで引き続き使用できます。</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation>%1 に %2 としてサインインしました。</translation>
    </message>
    <message>
        <source>The facility has no account type &apos;%1&apos;; it offers: %2.</source>
        <translation>施設にアカウント種別 &apos;%1&apos; はありません。利用できる種別: %2。</translation>
    </message>
    <message>
        <source>You were not signed in.</source>
        <translation>サインインしていませんでした。</translation>
    </message>
    <message>
        <source>The session had already ended; it is forgotten here too.</source>
        <translation>セッションは既に終了していました。この端末からも削除しました。</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>サインアウトしました。</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 received</source>
        <translation>%1 受信</translation>
    </message>
    <message>
        <source>refused (it would have been written outside the folder): %1</source>
        <translation>拒否 (フォルダーの外に書き込まれるところでした): %1</translation>
    </message>
    <message>
        <source>download needs --to FOLDER.</source>
        <translation>download には --to FOLDER が必要です。</translation>
    </message>
    <message>
        <source>download needs one of --datafile ID, --dataset ID, --investigation ID.</source>
        <translation>download には --datafile ID、--dataset ID、--investigation ID のいずれかが必要です。</translation>
    </message>
    <message>
        <source>upload needs FILE --dataset ID --format-id ID.</source>
        <translation>upload には FILE --dataset ID --format-id ID が必要です。</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>ファイル %1 はありません。</translation>
    </message>
    <message>
        <source>Environment %1 offers no %2 desktop; &apos;daas env console %1&apos; shows the one it has.</source>
        <translation>環境 %1 には %2 デスクトップがありません。&apos;daas env console %1&apos; で利用可能なデスクトップを確認できます。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>CPUS</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>MEMORY</source>
        <translation>メモリ</translation>
    </message>
    <message>
        <source>DISK</source>
        <translation>ディスク</translation>
    </message>
    <message>
        <source>SOFTWARE</source>
        <translation>ソフトウェア</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>TEMPLATE</source>
        <translation>テンプレート</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>ENDS</source>
        <translation>終了日時</translation>
    </message>
    <message>
        <source>Launched “%1” (%2). &apos;daas env wait %2&apos; returns once its desktop answers.</source>
        <translation>「%1」(%2) を起動しました。デスクトップが応答すると &apos;daas env wait %2&apos; が戻ります。</translation>
    </message>
    <message>
        <source>There is no machine template &apos;%1&apos;; &apos;daas env templates&apos; lists them.</source>
        <translation>マシンテンプレート &apos;%1&apos; はありません。一覧は &apos;daas env templates&apos; で表示できます。</translation>
    </message>
    <message>
        <source>Environment %1 is being deleted.</source>
        <translation>環境 %1 を削除しています。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Environment %1 is ready; &apos;daas env console %1&apos; shows where its desktop is.</source>
        <translation>環境 %1 の準備ができました。デスクトップの接続先は &apos;daas env console %1&apos; で表示できます。</translation>
    </message>
    <message>
        <source>password: %1</source>
        <translation>パスワード: %1</translation>
    </message>
    <message>
        <source>The desktop has a password; --show-password prints it.</source>
        <translation>デスクトップにはパスワードがあります。--show-password で表示できます。</translation>
    </message>
    <message>
        <source>Facility password for %1 at %2: </source>
        <translation>%2 の %1 の施設パスワード: </translation>
    </message>
    <message>
        <source>No password was typed.</source>
        <translation>パスワードが入力されませんでした。</translation>
    </message>
    <message>
        <source>&apos;daas env&apos; needs one of: %1.</source>
        <translation>&apos;daas env&apos; には次のいずれかが必要です: %1。</translation>
    </message>
    <message>
        <source>There is no &apos;daas env %1&apos;; use one of: %2.</source>
        <translation>&apos;daas env %1&apos; はありません。次のいずれかを使用してください: %2。</translation>
    </message>
    <message>
        <source>&apos;daas env %1&apos; takes no argument.</source>
        <translation>&apos;daas env %1&apos; は引数を取りません。</translation>
    </message>
    <message>
        <source>&apos;daas env %1&apos; needs one environment id.</source>
        <translation>&apos;daas env %1&apos; には環境 ID を 1 つ指定してください。</translation>
    </message>
    <message>
        <source>&apos;daas env launch&apos; needs the new environment&apos;s name.</source>
        <translation>&apos;daas env launch&apos; には新しい環境の名前が必要です。</translation>
    </message>
    <message>
        <source>&apos;daas env launch&apos; needs --template ID; &apos;daas env templates&apos; lists them.</source>
        <translation>&apos;daas env launch&apos; には --template ID が必要です。一覧は &apos;daas env templates&apos; で表示できます。</translation>
    </message>
    <message>
        <source>--protocol goes with &apos;daas env console&apos;.</source>
        <translation>--protocol は &apos;daas env console&apos; と一緒に使用します。</translation>
    </message>
    <message>
        <source>--protocol is vnc or rdp.</source>
        <translation>--protocol は vnc または rdp です。</translation>
    </message>
    <message>
        <source>--output goes with &apos;daas env rdp-file&apos;.</source>
        <translation>--output は &apos;daas env rdp-file&apos; と一緒に使用します。</translation>
    </message>
    <message>
        <source>--output needs a file name.</source>
        <translation>--output にはファイル名が必要です。</translation>
    </message>
    <message>
        <source>%1 offers no analysis environments.</source>
        <translation>%1 は解析環境を提供していません。</translation>
    </message>
    <message>
        <source>The facility %1 offers no storage.</source>
        <translation>施設 %1 はストレージを提供していません。</translation>
    </message>
    <message>
        <source>The storage server did not accept the password.</source>
        <translation>ストレージサーバーがパスワードを受け付けませんでした。</translation>
    </message>
    <message>
        <source>%1 of %2, %3 of %4 files</source>
        <translation>%1 / %2、ファイル %3 / %4</translation>
    </message>
    <message>
        <source>%1 already exists; give --overwrite to replace it.</source>
        <translation>%1 は既に存在します。置き換えるには --overwrite を指定してください。</translation>
    </message>
    <message>
        <source>%1 already exists on the storage server; give --overwrite to replace it.</source>
        <translation>%1 はストレージサーバー上に既に存在します。置き換えるには --overwrite を指定してください。</translation>
    </message>
    <message>
        <source>%1 was not transferred.</source>
        <translation>%1 は転送されませんでした。</translation>
    </message>
    <message>
        <source>ls takes at most one path.</source>
        <translation>ls に指定できるパスは 1 つまでです。</translation>
    </message>
    <message>
        <source>daas: an entry with an unsafe name was left out: %1</source>
        <translation>daas: 安全でない名前の項目を除外しました: %1</translation>
    </message>
    <message>
        <source>get needs REMOTE and optionally LOCAL.</source>
        <translation>get には REMOTE と、必要に応じて LOCAL が必要です。</translation>
    </message>
    <message>
        <source>get needs a file or folder, not the whole store.</source>
        <translation>get にはストレージ全体ではなく、ファイルまたはフォルダーを指定してください。</translation>
    </message>
    <message>
        <source>put needs LOCAL... and REMOTE.</source>
        <translation>put には LOCAL... と REMOTE が必要です。</translation>
    </message>
    <message>
        <source>There is no file or folder %1.</source>
        <translation>ファイルまたはフォルダー %1 はありません。</translation>
    </message>
    <message>
        <source>%1 is a file on the storage server, not a folder.</source>
        <translation>%1 はストレージサーバー上のファイルで、フォルダーではありません。</translation>
    </message>
    <message>
        <source>daas: %1 is a link; links are not uploaded.</source>
        <translation>daas: %1 はリンクです。リンクはアップロードされません。</translation>
    </message>
    <message>
        <source>%1 cannot be uploaded: its name cannot be used on the storage server.</source>
        <translation>%1 はアップロードできません。その名前はストレージサーバーで使用できません。</translation>
    </message>
    <message>
        <source>mkdir needs at least one path.</source>
        <translation>mkdir には少なくとも 1 つのパスが必要です。</translation>
    </message>
    <message>
        <source>The store&apos;s root exists already.</source>
        <translation>ストレージのルートは既に存在します。</translation>
    </message>
    <message>
        <source>rm needs at least one path.</source>
        <translation>rm には少なくとも 1 つのパスが必要です。</translation>
    </message>
    <message>
        <source>rm does not remove the whole store.</source>
        <translation>rm でストレージ全体を削除することはできません。</translation>
    </message>
    <message>
        <source>%1 is a folder; give --recursive to remove it with its contents.</source>
        <translation>%1 はフォルダーです。中身ごと削除するには --recursive を指定してください。</translation>
    </message>
    <message>
        <source>mv needs FROM and TO.</source>
        <translation>mv には FROM と TO が必要です。</translation>
    </message>
    <message>
        <source>cp needs FROM and TO.</source>
        <translation>cp には FROM と TO が必要です。</translation>
    </message>
    <message>
        <source>The store&apos;s root cannot be moved or copied.</source>
        <translation>ストレージのルートは移動もコピーもできません。</translation>
    </message>
    <message>
        <source>%1 cannot go into itself.</source>
        <translation>%1 をそれ自身の中に入れることはできません。</translation>
    </message>
    <message>
        <source>--%1 needs a catalogue id (a positive number), not &apos;%2&apos;.</source>
        <translation>--%1 にはカタログ ID (正の数) が必要です。&apos;%2&apos; は使用できません。</translation>
    </message>
    <message>
        <source>copy-to-storage takes --dataset ID or --datafile ID, and --to FOLDER.</source>
        <translation>copy-to-storage には --dataset ID または --datafile ID と、--to FOLDER を指定します。</translation>
    </message>
    <message>
        <source>copy-to-storage needs --dataset ID or --datafile ID.</source>
        <translation>copy-to-storage には --dataset ID または --datafile ID が必要です。</translation>
    </message>
    <message numerus="yes">
        <source>Copying %n file(s) into %1</source>
        <translation>
            <numerusform>%n 個のファイルを %1 にコピーしています</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>PARTITION</source>
        <translation>パーティション</translation>
    </message>
    <message>
        <source>MAX MINUTES</source>
        <translation>最大時間 (分)</translation>
    </message>
    <message>
        <source>NODES</source>
        <translation>ノード</translation>
    </message>
    <message>
        <source>JOB</source>
        <translation>ジョブ</translation>
    </message>
    <message>
        <source>SUBMITTED</source>
        <translation>投入日時</translation>
    </message>
    <message>
        <source>EXIT</source>
        <translation>終了コード</translation>
    </message>
    <message>
        <source>The scheduler no longer knows job %1; this is what was last seen.</source>
        <translation>スケジューラーはジョブ %1 をもう認識していません。最後に確認された状態を表示します。</translation>
    </message>
    <message>
        <source>The job was not submitted</source>
        <translation>ジョブは投入されませんでした</translation>
    </message>
    <message>
        <source>The scheduler says: %1</source>
        <translation>スケジューラーからのメッセージ: %1</translation>
    </message>
    <message>
        <source>Job %1: %2 asked.</source>
        <translation>ジョブ %1: %2 を要求しました。</translation>
    </message>
    <message>
        <source>[bytes %1 to %2 not shown]</source>
        <translation>[バイト %1 から %2 は表示されていません]</translation>
    </message>
    <message>
        <source>There is no job %1 of yours on the cluster.</source>
        <translation>クラスター上にあなたのジョブ %1 はありません。</translation>
    </message>
    <message>
        <source>Job %1: %2</source>
        <translation>ジョブ %1: %2</translation>
    </message>
    <message>
        <source>Job %1 did not finish within %2 s.</source>
        <translation>ジョブ %1 は %2 秒以内に終了しませんでした。</translation>
    </message>
    <message>
        <source>PARAMETERS</source>
        <translation>パラメーター</translation>
    </message>
    <message>
        <source>The script %1 could not be read.</source>
        <translation>スクリプト %1 を読み取れませんでした。</translation>
    </message>
    <message>
        <source>The script %1 is larger than 4 MB.</source>
        <translation>スクリプト %1 は 4 MB を超えています。</translation>
    </message>
    <message>
        <source>&apos;daas jobs %1&apos; needs a job id.</source>
        <translation>&apos;daas jobs %1&apos; にはジョブ ID が必要です。</translation>
    </message>
    <message>
        <source>Use &apos;daas jobs %1&apos;.</source>
        <translation>&apos;daas jobs %1&apos; を使用してください。</translation>
    </message>
    <message>
        <source>The login node %1 is new to this computer; its %2 key is %3.</source>
        <translation>ログインノード %1 はこのコンピューターにとって初めての接続先です。%2 鍵は %3 です。</translation>
    </message>
    <message>
        <source>Trust it (yes/no)? </source>
        <translation>信頼しますか (yes/no)? </translation>
    </message>
    <message>
        <source>--param takes NAME=VALUE, not &apos;%1&apos;.</source>
        <translation>--param には NAME=VALUE を指定します。&apos;%1&apos; は使用できません。</translation>
    </message>
    <message>
        <source>&apos;daas jobs submit&apos; needs a script file (&apos;-&apos; reads standard input) or --template.</source>
        <translation>&apos;daas jobs submit&apos; にはスクリプトファイル (&apos;-&apos; で標準入力から読み取り) または --template が必要です。</translation>
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
        <translation>コマンドライン版 DAaaS Desktop

コマンド:
  facility add ADDRESS|FILE               施設プロファイル: https://HOST/.well-known/
                                          daas-facility.json から (ADDRESS は HOST のみでも可)、またはファイルから
  facility list | remove ID | refresh ID  (refresh: 同じアドレスから再取得)
  login [--authenticator A] --user U [--password-stdin]
  whoami | logout
  investigations [--filter TEXT] [--limit N]
  datasets INVESTIGATION_ID [--filter TEXT] [--limit N]
  datafiles DATASET_ID [--filter TEXT] [--limit N]
  download (--datafile ID | --dataset ID | --investigation ID) --to FOLDER
  upload FILE --dataset ID --format-id ID
  env templates | list                    解析環境 (--json)
  env launch NAME --template ID | delete ID
  env wait ID [--timeout S]               デスクトップが応答するまで待機 (既定 600 秒)
  env console ID [--protocol vnc|rdp] [--show-password]
                                          デスクトップの接続先 (host:port または URL)
  env rdp-file ID [--output FILE]         システムの RDP クライアント用 .rdp ファイル
  (env: --user U、省略時は &apos;daas login&apos; のユーザー。パスワードは DAAS_CLOUD_PASSWORD、
  キーチェーン、または入力プロンプトから)
  ls [PATH] | get REMOTE [LOCAL] | put LOCAL... REMOTE   (ストレージ; --overwrite)
  mkdir PATH... | rm PATH... [--recursive] | mv FROM TO | cp FROM TO
  copy-to-storage (--dataset ID | --datafile ID)... [--to FOLDER] [--overwrite]
                                          カタログからストレージへローカルにコピーせずに
                                          転送 (既定のフォルダー: datasets)
  (ストレージ: --user、DAAS_STORAGE_USER、または &apos;daas login&apos; で保存したユーザー。パスワードは
  DAAS_STORAGE_PASSWORD、キーチェーン (&apos;daas login&apos;)、または入力プロンプトから)
  jobs partitions | list [--all] | templates   バッチクラスター (--json)
  jobs submit (SCRIPT|- | --template T [--param NAME=VALUE]...) [--name N] [--partition P]
       [--cpus N] [--memory MB] [--time MIN] [--workdir DIR] [--hold]   ジョブ ID を出力
  jobs show ID | cancel ID | hold ID | release ID
  jobs output ID [--errors] [--follow]    出力ファイル (--follow: ジョブが終了するまで)
  jobs wait ID [--timeout S]              終了まで待機: 完了なら終了コード 0、それ以外は 6

終了コード: 0 正常、1 使い方の誤り、2 サインインまたはセッション、3 見つからないか許可されていない、
4 ネットワークまたはサーバー、5 ローカルファイルまたは安全でないパス、6 ジョブが完了しなかった。</translation>
    </message>
    <message>
        <source>A facility profile file, the id of a facility you added, or &apos;demo&apos;.</source>
        <translation>施設のプロファイルファイル、追加した施設の ID、または &apos;demo&apos;。</translation>
    </message>
    <message>
        <source>facility add: trust the server&apos;s certificate if its SHA-256 fingerprint is this one.</source>
        <translation>facility add: サーバーの証明書の SHA-256 フィンガープリントがこの値と一致する場合に、その証明書を信頼します。</translation>
    </message>
    <message>
        <source>No facility is configured. Add yours with &apos;daas facility add ADDRESS&apos;, give --facility with a profile file, or start the demo with &apos;packaging/dev run&apos;.</source>
        <translation>施設が設定されていません。&apos;daas facility add ADDRESS&apos; で施設を追加するか、--facility でプロファイルファイルを指定するか、&apos;packaging/dev run&apos; でデモを起動してください。</translation>
    </message>
    <message>
        <source>There is no datafile %1 in the catalogue, or you are not allowed to see it.</source>
        <translation>カタログにデータファイル %1 が存在しないか、表示する権限がありません。</translation>
    </message>
    <message>
        <source>There is no dataset %1 in the catalogue, or you are not allowed to see it.</source>
        <translation>カタログにデータセット %1 が存在しないか、表示する権限がありません。</translation>
    </message>
    <message>
        <source>There is no investigation %1 in the catalogue, or you are not allowed to see it.</source>
        <translation>カタログに実験 %1 が存在しないか、表示する権限がありません。</translation>
    </message>
    <message>
        <source>No password for %1: run &apos;daas login&apos;, set DAAS_CLOUD_PASSWORD or run on a terminal.</source>
        <translation>%1 のパスワードがありません。&apos;daas login&apos; を実行するか、DAAS_CLOUD_PASSWORD を設定するか、端末から実行してください。</translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation>%1 (ID %2)</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>取得元: %1</translation>
    </message>
    <message>
        <source>The certificate of %1 (port %2) is not trusted: %3</source>
        <translation>%1 (ポート %2) の証明書は信頼されていません: %3</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>発行先: %1</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>発行者: %1</translation>
    </message>
    <message>
        <source>Valid: %1 to %2</source>
        <translation>有効期間: %1 から %2</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>SHA-256 フィンガープリント: %1</translation>
    </message>
    <message>
        <source>The certificate&apos;s fingerprint is not the one given with --trust-certificate, so it is not trusted.</source>
        <translation>証明書のフィンガープリントが --trust-certificate で指定されたものと一致しないため、信頼しません。</translation>
    </message>
    <message>
        <source>Trust it only if your facility confirms this fingerprint.</source>
        <translation>施設がこのフィンガープリントを確認した場合にのみ信頼してください。</translation>
    </message>
    <message>
        <source>Run on a terminal to decide, or give --trust-certificate FINGERPRINT.</source>
        <translation>端末から実行して判断するか、--trust-certificate FINGERPRINT を指定してください。</translation>
    </message>
    <message>
        <source>Add this facility (yes/no)? </source>
        <translation>この施設を追加しますか (yes/no)? </translation>
    </message>
    <message>
        <source>Nothing was added.</source>
        <translation>何も追加されませんでした。</translation>
    </message>
    <message>
        <source>Added %1; use it with --facility %2 or &apos;daas login --facility %2&apos;.</source>
        <translation>%1 を追加しました。--facility %2 または &apos;daas login --facility %2&apos; で使用できます。</translation>
    </message>
    <message>
        <source>local demo</source>
        <translation>ローカルデモ</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>No facility is known yet; add yours with &apos;daas facility add ADDRESS&apos;.</source>
        <translation>登録されている施設はまだありません。&apos;daas facility add ADDRESS&apos; で施設を追加してください。</translation>
    </message>
    <message>
        <source>CATALOGUE</source>
        <translation>カタログ</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>取得元</translation>
    </message>
    <message>
        <source>&apos;daas facility&apos; needs one of: %1.</source>
        <translation>&apos;daas facility&apos; には次のいずれかが必要です: %1。</translation>
    </message>
    <message>
        <source>There is no &apos;daas facility %1&apos;; use one of: %2.</source>
        <translation>&apos;daas facility %1&apos; はありません。次のいずれかを使用してください: %2。</translation>
    </message>
    <message>
        <source>&apos;daas facility list&apos; takes no argument.</source>
        <translation>&apos;daas facility list&apos; は引数を取りません。</translation>
    </message>
    <message>
        <source>&apos;daas facility add&apos; needs an address or a profile file.</source>
        <translation>&apos;daas facility add&apos; にはアドレスまたはプロファイルファイルが必要です。</translation>
    </message>
    <message>
        <source>&apos;daas facility %1&apos; needs a facility id.</source>
        <translation>&apos;daas facility %1&apos; には施設 ID が必要です。</translation>
    </message>
    <message>
        <source>--trust-certificate goes with &apos;daas facility add&apos; or &apos;refresh&apos;.</source>
        <translation>--trust-certificate は &apos;daas facility add&apos; または &apos;refresh&apos; と一緒に使用します。</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 を削除しました。</translation>
    </message>
    <message>
        <source>The facility “%1” was not added from an address, so it cannot be refreshed; &apos;daas facility list&apos; shows where each came from.</source>
        <translation>施設「%1」はアドレスから追加されたものではないため、再取得できません。各施設の取得元は &apos;daas facility list&apos; で確認できます。</translation>
    </message>
    <message>
        <source>The facility is restoring these files from tape; waiting until they are online (Ctrl+C stops).</source>
        <translation>施設がこれらのファイルをテープから復元しています。オンラインになるまで待機します (Ctrl+C で中止)。</translation>
    </message>
    <message>
        <source>still restoring from tape (%1 so far)</source>
        <translation>テープから復元中 (経過時間: %1)</translation>
    </message>
    <message>
        <source>Job %1 has not started yet, so it has written nothing; add --follow to wait for its output.</source>
        <translation>ジョブ %1 はまだ開始されていないため、何も書き込んでいません。出力を待つには --follow を付けてください。</translation>
    </message>
    <message>
        <source>There is nothing at %1 on the storage server.</source>
        <translation>ストレージサーバーの %1 には何もありません。</translation>
    </message>
</context>
<context>
    <name>daas::cloud</name>
    <message>
        <source>OpenNebula sent an answer that could not be read.</source>
        <translation>OpenNebula から読み取れない応答が返されました。</translation>
    </message>
    <message>
        <source>%1 offers no analysis environments.</source>
        <translation>%1 は解析環境を提供していません。</translation>
    </message>
    <message>
        <source>The cloud sent a document that could not be read.</source>
        <translation>クラウドから読み取れないドキュメントが送られました。</translation>
    </message>
</context>
<context>
    <name>daas::cloud::DesktopConnector</name>
    <message>
        <source>This environment&apos;s desktop cannot be reached with %1.</source>
        <translation>この環境のデスクトップには %1 で接続できません。</translation>
    </message>
</context>
<context>
    <name>daas::cloud::DesktopProbe</name>
    <message>
        <source>The desktop at %1 did not answer.</source>
        <translation>%1 のデスクトップが応答しませんでした。</translation>
    </message>
    <message>
        <source>The desktop at %1 does not answer yet.</source>
        <translation>%1 のデスクトップはまだ応答しません。</translation>
    </message>
    <message>
        <source>The environment offers no RDP desktop.</source>
        <translation>この環境には RDP デスクトップがありません。</translation>
    </message>
    <message>
        <source>The desktop behind %1 does not answer yet.</source>
        <translation>%1 の先のデスクトップはまだ応答しません。</translation>
    </message>
    <message>
        <source>The environment has no console address.</source>
        <translation>この環境にはコンソールのアドレスがありません。</translation>
    </message>
    <message>
        <source>Something other than a remote desktop answers at %1.</source>
        <translation>%1 で応答しているのはリモートデスクトップではありません。</translation>
    </message>
</context>
<context>
    <name>daas::cloud::EnvironmentWatcher</name>
    <message>
        <source>The cloud connection was closed.</source>
        <translation>クラウドとの接続が閉じられました。</translation>
    </message>
    <message>
        <source>The environment “%1” failed to start. Remove it and launch a new one; if it fails again, contact the facility&apos;s support.</source>
        <translation>環境「%1」の起動に失敗しました。削除して新しい環境を起動してください。再度失敗する場合は、施設のサポートにお問い合わせください。</translation>
    </message>
    <message>
        <source>The environment “%1” has been removed.</source>
        <translation>環境「%1」は削除されました。</translation>
    </message>
    <message>
        <source>The environment “%1” is switched off. Resume it to use its desktop.</source>
        <translation>環境「%1」は停止しています。デスクトップを使用するには再開してください。</translation>
    </message>
    <message numerus="yes">
        <source>The environment “%1” is running but its desktop did not answer within %n minute(s). Try again later, or remove it and launch a new one.</source>
        <translation>
            <numerusform>環境「%1」は実行中ですが、デスクトップが %n 分以内に応答しませんでした。後でもう一度お試しいただくか、削除して新しい環境を起動してください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The environment “%1” did not start within %n minute(s). The cloud may be busy: try again later, or remove it and launch a new one.</source>
        <translation>
            <numerusform>環境「%1」が %n 分以内に起動しませんでした。クラウドが混雑している可能性があります。後でもう一度お試しいただくか、削除して新しい環境を起動してください。</numerusform>
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
        <translation>OpenNebula が要求を拒否しました。この OpenNebula のバージョンはサポートされていない可能性があります。</translation>
    </message>
    <message>
        <source>OpenNebula no longer accepts your session. Sign in again.</source>
        <translation>OpenNebula がセッションを受け付けなくなりました。もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an OpenNebula machine id.</source>
        <translation>&quot;%1&quot; は OpenNebula のマシン ID ではありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an OpenNebula template.</source>
        <translation>&quot;%1&quot; は OpenNebula のテンプレートではありません。</translation>
    </message>
</context>
<context>
    <name>daas::cloud::OpenStackProvider</name>
    <message>
        <source>OpenStack did not accept your credentials. Check them, or create a new application credential if yours has expired.</source>
        <translation>OpenStack が認証情報を受け付けませんでした。認証情報を確認するか、期限切れの場合は新しいアプリケーション認証情報を作成してください。</translation>
    </message>
    <message>
        <source>The OpenStack identity service gave no token.</source>
        <translation>OpenStack の認証サービスからトークンが返されませんでした。</translation>
    </message>
    <message>
        <source>OpenStack image service</source>
        <translation>OpenStack イメージサービス</translation>
    </message>
    <message>
        <source>OpenStack compute service</source>
        <translation>OpenStack コンピュートサービス</translation>
    </message>
    <message>
        <source>%1 refused the request; the image or flavour may no longer exist. Refresh the list and try again.</source>
        <translation>%1 が要求を拒否しました。イメージまたはフレーバーがもう存在しない可能性があります。一覧を更新して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The machine cannot do this in its current state. Wait until it has finished what it is doing and try again.</source>
        <translation>マシンは現在の状態ではこの操作を実行できません。処理が終わるまで待ってから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>%1 refused: your project&apos;s quota does not allow this. Remove a machine or ask the facility&apos;s support.</source>
        <translation>%1 が拒否しました: プロジェクトのクォータでは許可されていません。マシンを削除するか、施設のサポートにお問い合わせください。</translation>
    </message>
    <message>
        <source>This OpenStack cloud offers no %1 service in your project.</source>
        <translation>この OpenStack クラウドには、お使いのプロジェクトで %1 サービスがありません。</translation>
    </message>
    <message>
        <source>OpenStack pointed to another server.</source>
        <translation>OpenStack が別のサーバーを示しました。</translation>
    </message>
    <message>
        <source>OpenStack no longer accepts your session. Sign in again.</source>
        <translation>OpenStack がセッションを受け付けなくなりました。もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>OpenStack sent an answer that could not be read.</source>
        <translation>OpenStack から読み取れない応答が返されました。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an OpenStack image and flavour.</source>
        <translation>&quot;%1&quot; は OpenStack のイメージとフレーバーではありません。</translation>
    </message>
    <message>
        <source>Your OpenStack account is not a member of any project, so it cannot run machines. Ask the facility&apos;s support to add you to a project.</source>
        <translation>お使いの OpenStack アカウントはどのプロジェクトにも所属していないため、マシンを実行できません。プロジェクトに追加するよう施設のサポートに依頼してください。</translation>
    </message>
    <message>
        <source>Your OpenStack account belongs to several projects (%1), and the facility profile does not say which one to use. Ask the facility for a profile that names the project (&quot;cloud&quot;: {&quot;project&quot;: …}).</source>
        <translation>お使いの OpenStack アカウントは複数のプロジェクト (%1) に所属していますが、施設プロファイルには使用するプロジェクトが指定されていません。プロジェクトを指定したプロファイル (&quot;cloud&quot;: {&quot;project&quot;: …}) を施設に依頼してください。</translation>
    </message>
    <message>
        <source>The OpenStack identity service gave a token for no project, which cannot run machines.</source>
        <translation>OpenStack の認証サービスから、どのプロジェクトにも属さないトークンが返されました。このトークンではマシンを実行できません。</translation>
    </message>
    <message>
        <source>This cloud&apos;s OpenStack compute service is too old for this program, which needs microversion %1 or later.</source>
        <translation>このクラウドの OpenStack コンピュートサービスは古すぎるため、このプログラムでは使用できません。マイクロバージョン %1 以降が必要です。</translation>
    </message>
    <message>
        <source>%1 does not have this machine or image (any more).</source>
        <translation>%1 にこのマシンまたはイメージはありません (もう存在しません)。</translation>
    </message>
</context>
<context>
    <name>daas::cloud::XmlRpc</name>
    <message>
        <source>The cloud service sent an answer that could not be read.</source>
        <translation>クラウドサービスから読み取れない応答が返されました。</translation>
    </message>
</context>
<context>
    <name>daas::cloud::opennebula</name>
    <message>
        <source>OpenNebula did not accept the user name and password. Check them and sign in again.</source>
        <translation>OpenNebula がユーザー名とパスワードを受け付けませんでした。確認してから、もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>OpenNebula does not allow you to do this. Ask the facility&apos;s support for access.</source>
        <translation>OpenNebula ではこの操作は許可されていません。施設のサポートにアクセス権を申請してください。</translation>
    </message>
    <message>
        <source>The machine cannot do this in its current state. Wait until it has finished what it is doing and try again.</source>
        <translation>マシンは現在の状態ではこの操作を実行できません。処理が終わるまで待ってから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The machine is locked by an administrator. Try again later or ask the facility&apos;s support.</source>
        <translation>マシンは管理者によってロックされています。後でもう一度お試しいただくか、施設のサポートにお問い合わせください。</translation>
    </message>
    <message>
        <source>OpenNebula has no room for this machine now (quota or capacity). Try a smaller template or later.</source>
        <translation>OpenNebula には現在このマシンを配置する余裕がありません (クォータまたは容量)。より小さいテンプレートを選ぶか、後でお試しください。</translation>
    </message>
    <message>
        <source>OpenNebula did not understand the request. This OpenNebula version may not be supported.</source>
        <translation>OpenNebula が要求を理解できませんでした。この OpenNebula のバージョンはサポートされていない可能性があります。</translation>
    </message>
    <message>
        <source>OpenNebula reported an internal error. Try again later.</source>
        <translation>OpenNebula で内部エラーが発生しました。後でもう一度お試しください。</translation>
    </message>
    <message>
        <source>The machine %1 has no VNC or RDP desktop. Ask the facility&apos;s support to enable one in its template.</source>
        <translation>マシン %1 には VNC または RDP のデスクトップがありません。テンプレートで有効にするよう施設のサポートに依頼してください。</translation>
    </message>
    <message>
        <source>The machine %1 has not been placed on a host yet. Wait until it is running.</source>
        <translation>マシン %1 はまだホストに配置されていません。実行中になるまでお待ちください。</translation>
    </message>
    <message>
        <source>OpenNebula does not have this machine or template (any more).</source>
        <translation>OpenNebula にこのマシンまたはテンプレートはありません (もう存在しません)。</translation>
    </message>
</context>
<context>
    <name>daas::cloud::openstack</name>
    <message>
        <source>The OpenStack identity service sent an answer that could not be read.</source>
        <translation>OpenStack の認証サービスから読み取れない応答が返されました。</translation>
    </message>
    <message>
        <source>OpenStack gave a console address that could not be used.</source>
        <translation>OpenStack から使用できないコンソールアドレスが返されました。</translation>
    </message>
</context>
<context>
    <name>daas::facility</name>
    <message>
        <source>The facility profile is not valid: %1: %2</source>
        <translation>施設プロファイルが正しくありません: %1: %2</translation>
    </message>
    <message>
        <source>is not a known field (a typo?)</source>
        <translation>は不明なフィールドです (入力ミスの可能性があります)</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>が指定されていません</translation>
    </message>
    <message>
        <source>must be an object with a &quot;url&quot;</source>
        <translation>は &quot;url&quot; を持つオブジェクトである必要があります</translation>
    </message>
    <message>
        <source>must be an http or https URL</source>
        <translation>は http または https の URL である必要があります</translation>
    </message>
    <message>
        <source>may hold {user} only in its path</source>
        <translation>はパスの中にのみ {user} を含めることができます</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>は %1 のいずれかである必要があります</translation>
    </message>
    <message>
        <source>must be a text</source>
        <translation>はテキストである必要があります</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>は空にできません</translation>
    </message>
    <message>
        <source>The archive %1 holds an unsafe entry “%2”, so nothing of it was imported.</source>
        <translation>アーカイブ %1 に安全でない項目「%2」が含まれているため、何もインポートしませんでした。</translation>
    </message>
    <message>
        <source>The facility profile could not be saved.</source>
        <translation>施設プロファイルを保存できませんでした。</translation>
    </message>
</context>
<context>
    <name>daas::facility::FacilityFetch</name>
    <message>
        <source>Type the address of your facility&apos;s profile.</source>
        <translation>施設プロファイルのアドレスを入力してください。</translation>
    </message>
    <message>
        <source>“%1” is not an address of a facility profile.</source>
        <translation>「%1」は施設プロファイルのアドレスではありません。</translation>
    </message>
    <message>
        <source>The profile must come over a secure connection: give an https:// address.</source>
        <translation>プロファイルは安全な接続で取得する必要があります。https:// のアドレスを指定してください。</translation>
    </message>
    <message>
        <source>Give the profile&apos;s address without a user name or password in it.</source>
        <translation>プロファイルのアドレスは、ユーザー名やパスワードを含めずに指定してください。</translation>
    </message>
    <message>
        <source>Catalogue (ICAT): %1</source>
        <translation>カタログ (ICAT): %1</translation>
    </message>
    <message>
        <source>Data service (IDS): %1</source>
        <translation>データサービス (IDS): %1</translation>
    </message>
    <message>
        <source>Analysis environments (%1): %2</source>
        <translation>解析環境 (%1): %2</translation>
    </message>
    <message>
        <source>Storage (WebDAV): %1</source>
        <translation>ストレージ (WebDAV): %1</translation>
    </message>
    <message>
        <source>Batch cluster (%1): %2</source>
        <translation>バッチクラスター (%1): %2</translation>
    </message>
    <message>
        <source>The answer from %1 is too large to be a facility profile.</source>
        <translation>%1 からの応答が大きすぎるため、施設プロファイルとして扱えません。</translation>
    </message>
    <message>
        <source>%1 sent the profile&apos;s address on to %2, which is not a secure (https) address, so it was not followed.</source>
        <translation>%1 からプロファイルのアドレスが %2 にリダイレクトされましたが、安全な (https) アドレスではないため、リダイレクトに従いませんでした。</translation>
    </message>
    <message>
        <source>%1 sent the profile&apos;s address on too many times.</source>
        <translation>%1 からのリダイレクトが多すぎるため、プロファイルのアドレスをたどれませんでした。</translation>
    </message>
    <message>
        <source>The facility profile could not be fetched from %1: %2</source>
        <translation>%1 から施設プロファイルを取得できませんでした: %2</translation>
    </message>
    <message>
        <source>%1 did not give a valid facility profile: %2</source>
        <translation>%1 から有効な施設プロファイルが返されませんでした: %2</translation>
    </message>
    <message>
        <source>The facility profile is not valid: id: “demo” is kept for the local demo facility</source>
        <translation>施設プロファイルが正しくありません: id: 「demo」はローカルのデモ施設用に予約されています</translation>
    </message>
</context>
<context>
    <name>daas::facility::FacilityProfile</name>
    <message>
        <source>The facility profile is not valid JSON (line %1, column %2): %3</source>
        <translation>施設プロファイルが正しい JSON ではありません (%1 行目、%2 列目): %3</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>は JSON オブジェクトである必要があります</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>はオブジェクトである必要があります</translation>
    </message>
    <message>
        <source>is longer than 64 characters</source>
        <translation>が 64 文字を超えています</translation>
    </message>
    <message>
        <source>may hold only letters, digits, &apos;-&apos; and &apos;_&apos;</source>
        <translation>には英字、数字、&apos;-&apos;、&apos;_&apos; のみ使用できます</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>が指定されていません</translation>
    </message>
    <message>
        <source>must be an %1 URL</source>
        <translation>は %1 の URL である必要があります</translation>
    </message>
    <message>
        <source>is only used with the type slurm-rest</source>
        <translation>は種類 slurm-rest でのみ使用されます</translation>
    </message>
    <message>
        <source>must be an absolute path on the cluster</source>
        <translation>はクラスター上の絶対パスである必要があります</translation>
    </message>
    <message>
        <source>The facility profile %1 could not be read.</source>
        <translation>施設プロファイル %1 を読み取れませんでした。</translation>
    </message>
    <message>
        <source>The facility profile %1 is too large to be one.</source>
        <translation>施設プロファイル %1 は大きすぎるため、プロファイルとして扱えません。</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>は true または false である必要があります</translation>
    </message>
    <message>
        <source>is for OpenStack clouds only</source>
        <translation>は OpenStack クラウド専用です</translation>
    </message>
    <message>
        <source>must be a text that is not empty</source>
        <translation>は空でないテキストである必要があります</translation>
    </message>
    <message>
        <source>must be a host name with an optional :port</source>
        <translation>ホスト名（:ポートは省略可）でなければなりません</translation>
    </message>
</context>
<context>
    <name>daas::facility::FacilityRegistry</name>
    <message>
        <source>The local demo facility is not running. Start it with “packaging/dev run”.</source>
        <translation>ローカルのデモ施設が起動していません。「packaging/dev run」で起動してください。</translation>
    </message>
    <message>
        <source>The facility you chose, “%1”, cannot be used: %2 The local demo facility is used instead; choose your facility again.</source>
        <translation>選択した施設「%1」は使用できません: %2 代わりにローカルのデモ施設を使用します。施設をもう一度選択してください。</translation>
    </message>
    <message>
        <source>The facility you chose, “%1”, cannot be used: %2 Choose your facility again.</source>
        <translation>選択した施設「%1」は使用できません: %2 施設をもう一度選択してください。</translation>
    </message>
    <message>
        <source>The facility profile %1 could not be read.</source>
        <translation>施設プロファイル %1 を読み取れませんでした。</translation>
    </message>
    <message>
        <source>The facility profile %1 is too large to be one.</source>
        <translation>施設プロファイル %1 は大きすぎるため、プロファイルとして扱えません。</translation>
    </message>
    <message>
        <source>%1 is not a facility profile: choose a .json file or a .zip or .tar.gz archive.</source>
        <translation>%1 は施設プロファイルではありません。.json ファイル、または .zip か .tar.gz のアーカイブを選択してください。</translation>
    </message>
    <message>
        <source>The facility profile is not valid: id: “demo” is kept for the local demo facility</source>
        <translation>施設プロファイルが正しくありません: id: 「demo」はローカルのデモ施設用に予約されています</translation>
    </message>
    <message>
        <source>certs/%1 in %2 is not a PEM certificate.</source>
        <translation>%2 の certs/%1 は PEM 証明書ではありません。</translation>
    </message>
    <message>
        <source>There is no imported facility “%1”.</source>
        <translation>インポートされた施設「%1」はありません。</translation>
    </message>
    <message>
        <source>The imported facility “%1” could not be removed.</source>
        <translation>インポートされた施設「%1」を削除できませんでした。</translation>
    </message>
    <message>
        <source>Give the archive a name ending in .zip or .tar.gz.</source>
        <translation>アーカイブの名前は .zip または .tar.gz で終わるようにしてください。</translation>
    </message>
    <message>
        <source>The facility profile could not be exported to %1.</source>
        <translation>施設プロファイルを %1 にエクスポートできませんでした。</translation>
    </message>
    <message>
        <source>There is no facility “%1”: give a profile file or the id of one you added (daas facility list).</source>
        <translation>施設「%1」はありません。プロファイルファイルか、追加した施設の ID (daas facility list) を指定してください。</translation>
    </message>
</context>
<context>
    <name>daas::facility::ProfileArchive</name>
    <message>
        <source>The archive %1 holds an unsafe entry “%2”, so nothing of it was imported.</source>
        <translation>アーカイブ %1 に安全でない項目「%2」が含まれているため、何もインポートしませんでした。</translation>
    </message>
    <message>
        <source>The archive %1 unpacks to more than %2 times its packed size (a ZIP bomb?), so nothing of it was imported.</source>
        <translation>アーカイブ %1 は展開すると圧縮サイズの %2 倍を超えるため (ZIP 爆弾の可能性があります)、何もインポートしませんでした。</translation>
    </message>
    <message>
        <source>The archive %1 unpacks to more than %2, far more than a facility profile holds, so nothing of it was imported.</source>
        <translation>アーカイブ %1 は展開すると %2 を超え、施設プロファイルとしては大きすぎるため、何もインポートしませんでした。</translation>
    </message>
    <message>
        <source>%1 could not be read as a facility profile archive (.zip or .tar.gz).</source>
        <translation>%1 を施設プロファイルのアーカイブ (.zip または .tar.gz) として読み取れませんでした。</translation>
    </message>
    <message>
        <source>The archive %1 holds no facility.json.</source>
        <translation>アーカイブ %1 に facility.json が含まれていません。</translation>
    </message>
    <message>
        <source>The archive %1 holds too many files to be a facility profile.</source>
        <translation>アーカイブ %1 に含まれるファイルが多すぎるため、施設プロファイルとして扱えません。</translation>
    </message>
    <message>
        <source>The facility.json in %1 is too large to be a profile.</source>
        <translation>%1 の facility.json が大きすぎるため、プロファイルとして扱えません。</translation>
    </message>
    <message>
        <source>The certificate %1 in %2 is too large.</source>
        <translation>%2 の証明書 %1 が大きすぎます。</translation>
    </message>
</context>
<context>
    <name>daas::identity</name>
    <message>
        <source>Nothing is saved in the keychain for this account.</source>
        <translation>このアカウントについてキーチェーンには何も保存されていません。</translation>
    </message>
    <message>
        <source>The keychain did not allow access.</source>
        <translation>キーチェーンへのアクセスが許可されませんでした。</translation>
    </message>
    <message>
        <source>No keychain is available on this computer, so the password cannot be remembered.</source>
        <translation>このコンピューターではキーチェーンを利用できないため、パスワードを記憶できません。</translation>
    </message>
    <message>
        <source>No keychain service is running or answering on this computer (a Secret Service such as gnome-keyring or KWallet), so nothing can be kept in it. Start one and try again.</source>
        <translation>このコンピューターではキーチェーンサービス (gnome-keyring や KWallet などの Secret Service) が起動していないか応答しないため、何も保存できません。サービスを起動してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The keychain reported an error.</source>
        <translation>キーチェーンでエラーが発生しました。</translation>
    </message>
    <message>
        <source>The data service</source>
        <translation>データサービス</translation>
    </message>
    <message>
        <source>The catalogue</source>
        <translation>カタログ</translation>
    </message>
    <message>
        <source>%1 gave an answer that could not be read.</source>
        <translation>%1 から読み取れない応答が返されました。</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>セッションが終了しました。もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>You are not allowed to see this.</source>
        <translation>これを表示する権限がありません。</translation>
    </message>
    <message>
        <source>Something with this name already exists there.</source>
        <translation>同じ名前のものが既にそこにあります。</translation>
    </message>
    <message>
        <source>%1 did not understand the request.</source>
        <translation>%1 が要求を理解できませんでした。</translation>
    </message>
    <message>
        <source>%1 refused the request: %2</source>
        <translation>%1 が要求を拒否しました: %2</translation>
    </message>
    <message>
        <source>The data is being restored from the archive. Try again later.</source>
        <translation>データをアーカイブから復元しています。後でもう一度お試しください。</translation>
    </message>
    <message>
        <source>%1 does not support this.</source>
        <translation>%1 はこの操作をサポートしていません。</translation>
    </message>
    <message>
        <source>%1 reported an internal error.</source>
        <translation>%1 で内部エラーが発生しました。</translation>
    </message>
    <message>
        <source>It does not exist in the catalogue (or it was removed).</source>
        <translation>カタログに存在しません (または削除されました)。</translation>
    </message>
    <message>
        <source>The data service has no such data, or you are not allowed to see it.</source>
        <translation>データサービスにそのデータが存在しないか、表示する権限がありません。</translation>
    </message>
    <message>
        <source>Some of your files on this computer could not be removed: %1</source>
        <translation>このコンピューター上のあなたのファイルの一部を削除できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>daas::identity::IcatProperties</name>
    <message>
        <source>The catalogue gave an answer that could not be read.</source>
        <translation>カタログから読み取れない応答が返されました。</translation>
    </message>
</context>
<context>
    <name>daas::identity::IcatSession</name>
    <message>
        <source>The user name or password is not correct.</source>
        <translation>ユーザー名またはパスワードが正しくありません。</translation>
    </message>
    <message>
        <source>The catalogue gave an answer that could not be read.</source>
        <translation>カタログから読み取れない応答が返されました。</translation>
    </message>
    <message>
        <source>You are signed out, so this could not be done.</source>
        <translation>サインアウトしているため、この操作を実行できませんでした。</translation>
    </message>
</context>
<context>
    <name>daas::jobs::BatchJob</name>
    <message>
        <source>Queued</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>保留中</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>Completing</source>
        <translation>完了処理中</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>時間切れ</translation>
    </message>
    <message>
        <source>Out of memory</source>
        <translation>メモリ不足</translation>
    </message>
    <message>
        <source>No longer known</source>
        <translation>記録なし</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Waiting for resources</source>
        <translation>リソース待ち</translation>
    </message>
    <message>
        <source>Waiting: jobs with a higher priority go first</source>
        <translation>待機中: 優先度の高いジョブが先に実行されます</translation>
    </message>
    <message>
        <source>Waiting for the jobs it depends on</source>
        <translation>依存するジョブの終了待ち</translation>
    </message>
    <message>
        <source>Will never start: a job it depends on failed</source>
        <translation>開始されません: 依存するジョブが失敗しました</translation>
    </message>
    <message>
        <source>Held by you</source>
        <translation>ユーザーによる保留</translation>
    </message>
    <message>
        <source>Held by an administrator</source>
        <translation>管理者による保留</translation>
    </message>
    <message>
        <source>Waiting for its start time</source>
        <translation>開始時刻待ち</translation>
    </message>
    <message>
        <source>Waiting: the partition is down</source>
        <translation>待機中: パーティションが停止しています</translation>
    </message>
    <message>
        <source>Waiting: the partition is inactive</source>
        <translation>待機中: パーティションが非アクティブです</translation>
    </message>
    <message>
        <source>Will not start: its time limit exceeds the partition&apos;s</source>
        <translation>開始されません: 制限時間がパーティションの上限を超えています</translation>
    </message>
    <message>
        <source>Waiting: the nodes it needs are not available</source>
        <translation>待機中: 必要なノードを利用できません</translation>
    </message>
    <message>
        <source>Waiting: you have as many jobs running as allowed</source>
        <translation>待機中: 実行できるジョブ数の上限に達しています</translation>
    </message>
    <message>
        <source>Waiting: your group&apos;s CPU limit is reached</source>
        <translation>待機中: グループの CPU 上限に達しています</translation>
    </message>
    <message>
        <source>Ended with a non-zero exit code</source>
        <translation>0 以外の終了コードで終了しました</translation>
    </message>
    <message>
        <source>Reached its time limit</source>
        <translation>制限時間に達しました</translation>
    </message>
    <message>
        <source>Ran out of memory</source>
        <translation>メモリが不足しました</translation>
    </message>
    <message>
        <source>Ended by a signal</source>
        <translation>シグナルにより終了しました</translation>
    </message>
</context>
<context>
    <name>daas::jobs::BatchProvider</name>
    <message>
        <source>Files on the cluster cannot be read through %1 here: %2</source>
        <translation>ここでは %1 を通じてクラスター上のファイルを読み取れません: %2</translation>
    </message>
</context>
<context>
    <name>daas::jobs::ClusterOutputReader</name>
    <message>
        <source>The cluster is no longer connected.</source>
        <translation>クラスターとの接続が切れています。</translation>
    </message>
</context>
<context>
    <name>daas::jobs::FixedSlurmTokenSource</name>
    <message>
        <source>The Slurm token is not one: it names no user. Get a new one with &quot;scontrol token&quot; on the cluster.</source>
        <translation>この Slurm トークンは有効なトークンではありません (ユーザー名が含まれていません)。クラスター上で &quot;scontrol token&quot; を実行して新しいトークンを取得してください。</translation>
    </message>
</context>
<context>
    <name>daas::jobs::JobJournalFile</name>
    <message>
        <source>must be text</source>
        <translation>はテキストである必要があります</translation>
    </message>
    <message>
        <source>must be a date and time (ISO 8601)</source>
        <translation>は日時 (ISO 8601) である必要があります</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>は整数である必要があります</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>は true または false である必要があります</translation>
    </message>
    <message>
        <source>must be a list of texts</source>
        <translation>はテキストのリストである必要があります</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>はオブジェクトである必要があります</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>が指定されていません</translation>
    </message>
    <message>
        <source>“%1” is not a job state</source>
        <translation>「%1」はジョブの状態ではありません</translation>
    </message>
    <message>
        <source>The job history in %1 could not be read, so jobs of this session will not be kept in it. Check the file&apos;s permissions.</source>
        <translation>%1 のジョブ履歴を読み取れなかったため、このセッションのジョブは履歴に保存されません。ファイルのアクセス権を確認してください。</translation>
    </message>
    <message>
        <source>The job history in %1 was written by a newer version of DAaaS Desktop. This version leaves it as it is and does not keep this session&apos;s jobs in it.</source>
        <translation>%1 のジョブ履歴は新しいバージョンの DAaaS Desktop で書き込まれています。このバージョンでは履歴を変更せず、このセッションのジョブも保存しません。</translation>
    </message>
    <message>
        <source>The job history in %1 is damaged and could not be moved aside, so jobs of this session will not be kept in it.</source>
        <translation>%1 のジョブ履歴は破損しており、退避もできなかったため、このセッションのジョブは履歴に保存されません。</translation>
    </message>
    <message>
        <source>The job history was damaged (perhaps by a crash or a full disk) and could not be read. It was kept as %1 and a new history was started.</source>
        <translation>ジョブ履歴が破損していたため (クラッシュやディスク容量不足が原因の可能性があります)、読み取れませんでした。%1 として保存し、新しい履歴を開始しました。</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>オブジェクトではありません</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) of the job history could not be read and are left out. The file as it was is kept as %1.</source>
        <translation>
            <numerusform>ジョブ履歴のうち %n 件のジョブを読み取れなかったため、除外しました。元のファイルは %1 として保存してあります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) of the job history could not be read, and the file could not be copied aside, so jobs of this session will not be kept in it.</source>
        <translation>
            <numerusform>ジョブ履歴のうち %n 件のジョブを読み取れず、ファイルの退避もできなかったため、このセッションのジョブは履歴に保存されません。</numerusform>
        </translation>
    </message>
    <message>
        <source>The job history could not be saved in %1. Check that the disk has space and that the folder can be written.</source>
        <translation>ジョブ履歴を %1 に保存できませんでした。ディスクに空きがあり、フォルダーに書き込めることを確認してください。</translation>
    </message>
</context>
<context>
    <name>daas::jobs::JobTemplate</name>
    <message>
        <source>The job template cannot be used: %1</source>
        <translation>ジョブテンプレートを使用できません: %1</translation>
    </message>
    <message>
        <source>The job template in %1 cannot be used: %2</source>
        <translation>%1 のジョブテンプレートを使用できません: %2</translation>
    </message>
    <message>
        <source>is larger than 1 MiB</source>
        <translation>が 1 MiB を超えています</translation>
    </message>
    <message>
        <source>is not a field of a job template (a spelling mistake?)</source>
        <translation>はジョブテンプレートのフィールドではありません (スペルミスの可能性があります)</translation>
    </message>
    <message>
        <source>must be from %1 to %2</source>
        <translation>は %1 から %2 の範囲である必要があります</translation>
    </message>
    <message>
        <source>must be one line of text, without control characters</source>
        <translation>は制御文字を含まない 1 行のテキストである必要があります</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>は必須です</translation>
    </message>
    <message>
        <source>must be a whole number, not “%1”</source>
        <translation>は整数である必要があります (「%1」は使用できません)</translation>
    </message>
    <message>
        <source>must be a number, not “%1”</source>
        <translation>は数値である必要があります (「%1」は使用できません)</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>は %1 のいずれかである必要があります</translation>
    </message>
    <message>
        <source>is missing or cannot be read</source>
        <translation>が見つからないか、読み取れません</translation>
    </message>
    <message>
        <source>the file “%1” is missing or cannot be read</source>
        <translation>ファイル「%1」が見つからないか、読み取れません</translation>
    </message>
    <message>
        <source>the file “%1” %2</source>
        <translation>ファイル「%1」%2</translation>
    </message>
    <message>
        <source>the file “%1” is not UTF-8 text</source>
        <translation>ファイル「%1」は UTF-8 テキストではありません</translation>
    </message>
    <message>
        <source>is not valid JSON (%1 at byte %2)</source>
        <translation>は正しい JSON ではありません (バイト %2 で %1)</translation>
    </message>
    <message>
        <source>must hold a JSON object</source>
        <translation>は JSON オブジェクトを含む必要があります</translation>
    </message>
    <message>
        <source>must be a name that is not empty</source>
        <translation>は空でない名前である必要があります</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>はテキストである必要があります</translation>
    </message>
    <message>
        <source>must name the script file of the template</source>
        <translation>にはテンプレートのスクリプトファイル名を指定する必要があります</translation>
    </message>
    <message>
        <source>“%1” must be a file name in the template&apos;s folder</source>
        <translation>「%1」はテンプレートのフォルダー内のファイル名である必要があります</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>はリストである必要があります</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>はオブジェクトである必要があります</translation>
    </message>
    <message>
        <source>“%1” must start with a lower-case letter and hold only lower-case letters, digits and “_” (it is the script&apos;s variable name)</source>
        <translation>「%1」は英小文字で始まり、英小文字、数字、「_」のみを含む必要があります (スクリプトの変数名になります)</translation>
    </message>
    <message>
        <source>“%1” is used twice</source>
        <translation>「%1」が 2 回使用されています</translation>
    </message>
    <message>
        <source>“%1” must be one of text, integer, number, choice, dataset, folder, file</source>
        <translation>「%1」は text、integer、number、choice、dataset、folder、file のいずれかである必要があります</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>は true または false である必要があります</translation>
    </message>
    <message>
        <source>must list the values to choose from</source>
        <translation>には選択肢の値を列挙する必要があります</translation>
    </message>
    <message>
        <source>must be a list of texts that are not empty</source>
        <translation>は空でないテキストのリストである必要があります</translation>
    </message>
    <message>
        <source>is only for parameters of type choice</source>
        <translation>は種類 choice のパラメーターでのみ使用できます</translation>
    </message>
    <message>
        <source>is only for parameters of type integer or number</source>
        <translation>は種類 integer または number のパラメーターでのみ使用できます</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>は数値である必要があります</translation>
    </message>
    <message>
        <source>must be text or a number</source>
        <translation>はテキストまたは数値である必要があります</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>は %1 から %2 の整数である必要があります</translation>
    </message>
    <message>
        <source>must be a partition&apos;s name</source>
        <translation>はパーティション名である必要があります</translation>
    </message>
    <message>
        <source>“%1” must start with “#!” (for example #!/bin/bash)</source>
        <translation>「%1」は「#!」で始まる必要があります (例: #!/bin/bash)</translation>
    </message>
    <message>
        <source>line %1: {{%2}} is not one of the template&apos;s parameters</source>
        <translation>%1 行目: {{%2}} はテンプレートのパラメーターではありません</translation>
    </message>
    <message>
        <source>line %1: {{%2}} cannot stand in a scheduler directive (the scheduler does not fill it in); use the template&apos;s resources</source>
        <translation>%1 行目: {{%2}} はスケジューラーのディレクティブには使用できません (スケジューラーは値を埋め込みません)。テンプレートのリソースを使用してください</translation>
    </message>
    <message>
        <source>“%1” is not a parameter of the template “%2”.</source>
        <translation>「%1」はテンプレート「%2」のパラメーターではありません。</translation>
    </message>
    <message>
        <source>The template could not be saved in %1. Check that the disk has space and that the folder can be written.</source>
        <translation>テンプレートを %1 に保存できませんでした。ディスクに空きがあり、フォルダーに書き込めることを確認してください。</translation>
    </message>
</context>
<context>
    <name>daas::jobs::JobsSession</name>
    <message>
        <source>Making the working folder %1 in your storage…</source>
        <translation>ストレージに作業フォルダー %1 を作成しています…</translation>
    </message>
    <message>
        <source>The job&apos;s working folder could not be made</source>
        <translation>ジョブの作業フォルダーを作成できませんでした</translation>
    </message>
    <message>
        <source>Submitting…</source>
        <translation>投入しています…</translation>
    </message>
    <message>
        <source>The scheduler has not said where this job&apos;s output goes.</source>
        <translation>スケジューラーはこのジョブの出力先を示していません。</translation>
    </message>
    <message>
        <source>This facility&apos;s cluster takes a Slurm token and names no token service: make one on the cluster with &apos;scontrol token&apos; and set DAAS_SLURM_TOKEN.</source>
        <translation>この施設のクラスターは Slurm トークンを使用しますが、トークンサービスが指定されていません。クラスター上で &apos;scontrol token&apos; を実行してトークンを作成し、DAAS_SLURM_TOKEN に設定してください。</translation>
    </message>
    <message>
        <source>This facility offers no batch cluster.</source>
        <translation>この施設にはバッチクラスターがありません。</translation>
    </message>
    <message>
        <source>The facility&apos;s batch address %1 is not an ssh://user@host address.</source>
        <translation>施設のバッチアドレス %1 は ssh://user@host 形式のアドレスではありません。</translation>
    </message>
    <message>
        <source>This client cannot reach a %1 cluster yet.</source>
        <translation>このクライアントは %1 クラスターにはまだ接続できません。</translation>
    </message>
</context>
<context>
    <name>daas::jobs::Lsf</name>
    <message>
        <source>The job has no script.</source>
        <translation>ジョブにスクリプトがありません。</translation>
    </message>
    <message>
        <source>%1 cannot hold a line break or a double quote for LSF.</source>
        <translation>%1には、LSF の制約により改行や二重引用符を含めることができません。</translation>
    </message>
    <message>
        <source>The job name</source>
        <translation>ジョブ名</translation>
    </message>
    <message>
        <source>The queue</source>
        <translation>キュー</translation>
    </message>
    <message>
        <source>The project</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <source>The working folder</source>
        <translation>作業フォルダー</translation>
    </message>
    <message>
        <source>The output file</source>
        <translation>出力ファイル</translation>
    </message>
    <message>
        <source>The error file</source>
        <translation>エラーファイル</translation>
    </message>
    <message>
        <source>A job needs at least one node and one core.</source>
        <translation>ジョブには少なくとも 1 つのノードと 1 つのコアが必要です。</translation>
    </message>
    <message>
        <source>LSF did not accept the job.</source>
        <translation>LSF がジョブを受け付けませんでした。</translation>
    </message>
    <message>
        <source>bjobs answered something that is not its JSON.</source>
        <translation>bjobs から JSON 以外の応答が返されました。</translation>
    </message>
    <message>
        <source>bjobs answered in columns the client does not know.</source>
        <translation>bjobs からクライアントの認識できない列で応答が返されました。</translation>
    </message>
    <message>
        <source>bjobs answered a line the client cannot read.</source>
        <translation>bjobs からクライアントの読み取れない行が返されました。</translation>
    </message>
</context>
<context>
    <name>daas::jobs::LsfSshProvider</name>
    <message>
        <source>Asking LSF for its queues…</source>
        <translation>LSF にキューを問い合わせています…</translation>
    </message>
    <message>
        <source>LSF did not list its queues.</source>
        <translation>LSF からキューの一覧が返されませんでした。</translation>
    </message>
    <message>
        <source>Submitting the job to LSF…</source>
        <translation>LSF にジョブを投入しています…</translation>
    </message>
    <message>
        <source>LSF did not list the jobs.</source>
        <translation>LSF からジョブの一覧が返されませんでした。</translation>
    </message>
    <message>
        <source>Asking LSF for your jobs…</source>
        <translation>LSF にジョブを問い合わせています…</translation>
    </message>
    <message>
        <source>Asking LSF about job %1…</source>
        <translation>LSF にジョブ %1 を問い合わせています…</translation>
    </message>
    <message>
        <source>LSF does not know job %1 (any more).</source>
        <translation>LSF はジョブ %1 を認識していません (もう存在しません)。</translation>
    </message>
    <message>
        <source>Cancelling job %1…</source>
        <translation>ジョブ %1 をキャンセルしています…</translation>
    </message>
    <message>
        <source>LSF did not cancel job %1.</source>
        <translation>LSF はジョブ %1 をキャンセルしませんでした。</translation>
    </message>
    <message>
        <source>Holding job %1…</source>
        <translation>ジョブ %1 を保留にしています…</translation>
    </message>
    <message>
        <source>Releasing job %1…</source>
        <translation>ジョブ %1 の保留を解除しています…</translation>
    </message>
    <message>
        <source>LSF did not hold job %1.</source>
        <translation>LSF はジョブ %1 を保留にしませんでした。</translation>
    </message>
    <message>
        <source>LSF did not release job %1.</source>
        <translation>LSF はジョブ %1 の保留を解除しませんでした。</translation>
    </message>
</context>
<context>
    <name>daas::jobs::OutputLocation</name>
    <message>
        <source>The output file “%1” is not a full path on the cluster.</source>
        <translation>出力ファイル「%1」はクラスター上の完全なパスではありません。</translation>
    </message>
    <message>
        <source>The cluster&apos;s storage folder (%1) needs a user name, and “%2” is not one.</source>
        <translation>クラスターのストレージフォルダー (%1) にはユーザー名が必要ですが、「%2」はユーザー名ではありません。</translation>
    </message>
    <message>
        <source>The facility&apos;s storage folder on the cluster (%1) is not a full path.</source>
        <translation>クラスター上の施設のストレージフォルダー (%1) は完全なパスではありません。</translation>
    </message>
    <message>
        <source>The output file “%1” leaves the storage folder %2 with “..”; it is not read.</source>
        <translation>出力ファイル「%1」は「..」でストレージフォルダー %2 の外を指しているため、読み取りません。</translation>
    </message>
    <message>
        <source>The output file “%1” has a name the storage cannot serve.</source>
        <translation>出力ファイル「%1」の名前はストレージで扱えません。</translation>
    </message>
    <message>
        <source>The output file “%1” cannot be read: it is not on the storage, and the cluster is not connected.</source>
        <translation>出力ファイル「%1」を読み取れません。ストレージ上になく、クラスターにも接続されていません。</translation>
    </message>
</context>
<context>
    <name>daas::jobs::OutputTail</name>
    <message>
        <source>The output file is no longer there. It is shown again when it comes back.</source>
        <translation>出力ファイルがなくなりました。ファイルが再び現れたら、また表示します。</translation>
    </message>
    <message>
        <source>The output file got shorter (it was truncated or written anew): it is shown again from its end.</source>
        <translation>出力ファイルが短くなりました (切り詰められたか、新しく書き直されました)。末尾から表示し直します。</translation>
    </message>
    <message>
        <source>The output file was replaced by another: it is shown again from its end.</source>
        <translation>出力ファイルが別のファイルに置き換えられました。末尾から表示し直します。</translation>
    </message>
    <message>
        <source>The job&apos;s output file is not there (%1): the job wrote none, or it was moved or removed since.</source>
        <translation>ジョブの出力ファイルがありません (%1)。ジョブが何も書き込まなかったか、その後移動または削除されました。</translation>
    </message>
</context>
<context>
    <name>daas::jobs::ServiceSlurmTokenSource</name>
    <message>
        <source>Not signed in.</source>
        <translation>サインインしていません。</translation>
    </message>
    <message>
        <source>The cluster&apos;s token service needs your password. Sign in again.</source>
        <translation>クラスターのトークンサービスにはパスワードが必要です。もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>The cluster&apos;s token service could not be reached</source>
        <translation>クラスターのトークンサービスに接続できませんでした</translation>
    </message>
    <message>
        <source>The cluster&apos;s token service did not accept your user name and password.</source>
        <translation>クラスターのトークンサービスがユーザー名とパスワードを受け付けませんでした。</translation>
    </message>
    <message>
        <source>The cluster&apos;s token service</source>
        <translation>クラスターのトークンサービス</translation>
    </message>
    <message>
        <source>The cluster&apos;s token service gave an answer that is not a token.</source>
        <translation>クラスターのトークンサービスからトークンではない応答が返されました。</translation>
    </message>
</context>
<context>
    <name>daas::jobs::SlurmRest</name>
    <message>
        <source>Slurm sent an empty answer for %1.</source>
        <translation>%1 について Slurm から空の応答が返されました。</translation>
    </message>
    <message>
        <source>Slurm&apos;s answer for %1 could not be read: it is cut short or not JSON.</source>
        <translation>%1 についての Slurm の応答を読み取れませんでした。途中で切れているか、JSON ではありません。</translation>
    </message>
    <message>
        <source>Slurm&apos;s answer for %1 is not what its API describes.</source>
        <translation>%1 についての Slurm の応答が API の仕様と異なります。</translation>
    </message>
    <message>
        <source>the list of jobs</source>
        <translation>ジョブの一覧</translation>
    </message>
    <message>
        <source>Slurm&apos;s list of jobs is not what its API describes.</source>
        <translation>Slurm のジョブ一覧が API の仕様と異なります。</translation>
    </message>
    <message>
        <source>the list of partitions</source>
        <translation>パーティションの一覧</translation>
    </message>
    <message>
        <source>Slurm&apos;s list of partitions is not what its API describes.</source>
        <translation>Slurm のパーティション一覧が API の仕様と異なります。</translation>
    </message>
    <message>
        <source>The script must start with a line such as #!/bin/bash that names its interpreter.</source>
        <translation>スクリプトは #!/bin/bash のように、インタープリターを指定する行で始まる必要があります。</translation>
    </message>
    <message>
        <source>Choose the folder on the cluster the job runs in.</source>
        <translation>ジョブを実行するクラスター上のフォルダーを選択してください。</translation>
    </message>
    <message>
        <source>the submitted job</source>
        <translation>投入したジョブ</translation>
    </message>
    <message>
        <source>Slurm accepted the job but did not say its number.</source>
        <translation>Slurm はジョブを受け付けましたが、ジョブ番号を返しませんでした。</translation>
    </message>
    <message>
        <source>This cluster&apos;s Slurm (REST API v0.0.38) cannot release a held job. Release it with &quot;scontrol release&quot; on the cluster.</source>
        <translation>このクラスターの Slurm (REST API v0.0.38) は保留中のジョブを解除できません。クラスター上で &quot;scontrol release&quot; を実行して解除してください。</translation>
    </message>
</context>
<context>
    <name>daas::jobs::SlurmRestProvider</name>
    <message>
        <source>There is no Slurm token to sign in to the cluster with.</source>
        <translation>クラスターへのサインインに使う Slurm トークンがありません。</translation>
    </message>
    <message>
        <source>Getting a token for the cluster…</source>
        <translation>クラスターのトークンを取得しています…</translation>
    </message>
    <message>
        <source>Your token for the cluster has expired and no new one could be had. Sign in again.</source>
        <translation>クラスターのトークンの有効期限が切れ、新しいトークンを取得できませんでした。もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>The cluster did not accept your Slurm token. Sign in again, or get a new token with &quot;scontrol token&quot; on the cluster.</source>
        <translation>クラスターが Slurm トークンを受け付けませんでした。もう一度サインインするか、クラスター上で &quot;scontrol token&quot; を実行して新しいトークンを取得してください。</translation>
    </message>
    <message>
        <source>Waiting for Slurm…</source>
        <translation>Slurm の応答を待っています…</translation>
    </message>
    <message>
        <source>its API description</source>
        <translation>API の仕様</translation>
    </message>
    <message>
        <source>This cluster&apos;s Slurm REST API is a version this client does not speak (it speaks v0.0.38 to v0.0.42).</source>
        <translation>このクラスターの Slurm REST API は、このクライアントが対応していないバージョンです (対応バージョン: v0.0.38～v0.0.42)。</translation>
    </message>
    <message>
        <source>Could not list the cluster&apos;s partitions.</source>
        <translation>クラスターのパーティションを一覧表示できませんでした。</translation>
    </message>
    <message>
        <source>Slurm did not accept the job.</source>
        <translation>Slurm がジョブを受け付けませんでした。</translation>
    </message>
    <message>
        <source>Could not list your jobs.</source>
        <translation>ジョブを一覧表示できませんでした。</translation>
    </message>
    <message>
        <source>Slurm does not know job %1. Finished jobs are forgotten a few minutes after they end.</source>
        <translation>Slurm はジョブ %1 を認識していません。完了したジョブは終了の数分後に削除されます。</translation>
    </message>
    <message>
        <source>Could not read job %1.</source>
        <translation>ジョブ %1 を読み取れませんでした。</translation>
    </message>
    <message>
        <source>Slurm does not know job %1.</source>
        <translation>Slurm はジョブ %1 を認識していません。</translation>
    </message>
    <message>
        <source>Could not cancel job %1.</source>
        <translation>ジョブ %1 をキャンセルできませんでした。</translation>
    </message>
    <message>
        <source>the cancelled job</source>
        <translation>キャンセルしたジョブ</translation>
    </message>
    <message>
        <source>Could not hold job %1.</source>
        <translation>ジョブ %1 を保留にできませんでした。</translation>
    </message>
    <message>
        <source>Could not release job %1.</source>
        <translation>ジョブ %1 の保留を解除できませんでした。</translation>
    </message>
    <message>
        <source>the changed job</source>
        <translation>変更したジョブ</translation>
    </message>
</context>
<context>
    <name>daas::jobs::SlurmSsh</name>
    <message>
        <source>The job has no script.</source>
        <translation>ジョブにスクリプトがありません。</translation>
    </message>
    <message>
        <source>The job name</source>
        <translation>ジョブ名</translation>
    </message>
    <message>
        <source>The partition</source>
        <translation>パーティション</translation>
    </message>
    <message>
        <source>The account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>The working folder</source>
        <translation>作業フォルダー</translation>
    </message>
    <message>
        <source>The output file</source>
        <translation>出力ファイル</translation>
    </message>
    <message>
        <source>The error file</source>
        <translation>エラーファイル</translation>
    </message>
    <message>
        <source>%1 cannot hold a line break or a double quote for Slurm.</source>
        <translation>%1には、Slurm の制約により改行や二重引用符を含めることができません。</translation>
    </message>
    <message>
        <source>A job needs at least one node and one core.</source>
        <translation>ジョブには少なくとも 1 つのノードと 1 つのコアが必要です。</translation>
    </message>
    <message>
        <source>Slurm did not accept the job.</source>
        <translation>Slurm がジョブを受け付けませんでした。</translation>
    </message>
    <message>
        <source>Submitted batch job %1</source>
        <translation>バッチジョブ %1 を投入しました</translation>
    </message>
    <message>
        <source>squeue answered a line the client cannot read.</source>
        <translation>squeue からクライアントの読み取れない行が返されました。</translation>
    </message>
    <message>
        <source>scontrol answered something the client cannot read.</source>
        <translation>scontrol からクライアントの読み取れない応答が返されました。</translation>
    </message>
    <message>
        <source>sacct answered a line the client cannot read.</source>
        <translation>sacct からクライアントの読み取れない行が返されました。</translation>
    </message>
</context>
<context>
    <name>daas::jobs::SlurmSshProvider</name>
    <message>
        <source>Asking Slurm for its partitions…</source>
        <translation>Slurm にパーティションを問い合わせています…</translation>
    </message>
    <message>
        <source>Slurm did not list its partitions.</source>
        <translation>Slurm からパーティションの一覧が返されませんでした。</translation>
    </message>
    <message>
        <source>Submitting the job to Slurm…</source>
        <translation>Slurm にジョブを投入しています…</translation>
    </message>
    <message>
        <source>Asking Slurm for your jobs…</source>
        <translation>Slurm にジョブを問い合わせています…</translation>
    </message>
    <message>
        <source>Slurm did not list your jobs.</source>
        <translation>Slurm からジョブの一覧が返されませんでした。</translation>
    </message>
    <message>
        <source>Asking Slurm about job %1…</source>
        <translation>Slurm にジョブ %1 を問い合わせています…</translation>
    </message>
    <message>
        <source>Slurm did not show job %1.</source>
        <translation>Slurm からジョブ %1 の情報が返されませんでした。</translation>
    </message>
    <message>
        <source>Slurm does not know job %1 (any more).</source>
        <translation>Slurm はジョブ %1 を認識していません (もう存在しません)。</translation>
    </message>
    <message>
        <source>Cancelling job %1…</source>
        <translation>ジョブ %1 をキャンセルしています…</translation>
    </message>
    <message>
        <source>Slurm did not cancel job %1.</source>
        <translation>Slurm はジョブ %1 をキャンセルしませんでした。</translation>
    </message>
    <message>
        <source>Holding job %1…</source>
        <translation>ジョブ %1 を保留にしています…</translation>
    </message>
    <message>
        <source>Releasing job %1…</source>
        <translation>ジョブ %1 の保留を解除しています…</translation>
    </message>
    <message>
        <source>Slurm did not hold job %1.</source>
        <translation>Slurm はジョブ %1 を保留にしませんでした。</translation>
    </message>
    <message>
        <source>Slurm did not release job %1.</source>
        <translation>Slurm はジョブ %1 の保留を解除しませんでした。</translation>
    </message>
</context>
<context>
    <name>daas::jobs::SshBatchProvider</name>
    <message>
        <source>&quot;%1&quot; is not a %2 job id.</source>
        <translation>&quot;%1&quot; は %2 のジョブ ID ではありません。</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>終了コード %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file name.</source>
        <translation>&quot;%1&quot; はファイル名ではありません。</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 を読み取っています…</translation>
    </message>
    <message>
        <source>%1 does not exist on the cluster (yet).</source>
        <translation>%1 はクラスター上に (まだ) ありません。</translation>
    </message>
    <message>
        <source>Could not read %1 on the cluster.</source>
        <translation>クラスター上の %1 を読み取れませんでした。</translation>
    </message>
</context>
<context>
    <name>daas::jobs::SshConnection</name>
    <message>
        <source>No OpenSSH client (ssh) was found on this computer. Install OpenSSH (on Windows: the optional feature &quot;OpenSSH Client&quot;) to reach the cluster.</source>
        <translation>このコンピューターに OpenSSH クライアント (ssh) が見つかりません。クラスターに接続するには OpenSSH をインストールしてください (Windows ではオプション機能の「OpenSSH クライアント」)。</translation>
    </message>
    <message>
        <source>The cluster&apos;s address &quot;%1&quot; is not a host name.</source>
        <translation>クラスターのアドレス &quot;%1&quot; はホスト名ではありません。</translation>
    </message>
    <message>
        <source>The SSH client could not be started: %1</source>
        <translation>SSH クライアントを起動できませんでした: %1</translation>
    </message>
    <message>
        <source>%1 on %2 did not finish within %3 seconds.</source>
        <translation>%2 上の %1 が %3 秒以内に終了しませんでした。</translation>
    </message>
    <message>
        <source>%1 on %2 printed more than %3 MB; it was stopped.</source>
        <translation>%2 上の %1 が %3 MB を超える出力を行ったため、停止しました。</translation>
    </message>
    <message>
        <source>The SSH client stopped unexpectedly while talking to %1.</source>
        <translation>%1 との通信中に SSH クライアントが予期せず停止しました。</translation>
    </message>
    <message>
        <source>%1 did not accept your SSH key or password.</source>
        <translation>%1 が SSH 鍵またはパスワードを受け付けませんでした。</translation>
    </message>
    <message>
        <source>The cluster&apos;s login node %1 was not found.</source>
        <translation>クラスターのログインノード %1 が見つかりませんでした。</translation>
    </message>
    <message>
        <source>%1 refused the SSH connection.</source>
        <translation>%1 が SSH 接続を拒否しました。</translation>
    </message>
    <message>
        <source>%1 did not answer the SSH connection in time.</source>
        <translation>%1 が時間内に SSH 接続に応答しませんでした。</translation>
    </message>
    <message>
        <source>Could not log in to %1 over SSH.</source>
        <translation>SSH で %1 にログインできませんでした。</translation>
    </message>
    <message>
        <source>THE HOST KEY OF %1 HAS CHANGED since you trusted it (it now presents %2). Someone may be intercepting the connection, so nothing was sent. If the facility confirms that the key was changed, remove the old key of %1 from %3 and connect again.</source>
        <translation>%1 のホスト鍵が、信頼した時点から変更されています (現在の鍵: %2)。接続が傍受されている可能性があるため、何も送信していません。鍵が変更されたことを施設が認めた場合は、%3 から %1 の古い鍵を削除して、もう一度接続してください。</translation>
    </message>
    <message>
        <source>another key</source>
        <translation>別の鍵</translation>
    </message>
    <message>
        <source>%1 is not known yet, and ssh-keyscan (OpenSSH) was not found to read its host key.</source>
        <translation>%1 はまだ認識されておらず、ホスト鍵を読み取るための ssh-keyscan (OpenSSH) が見つかりませんでした。</translation>
    </message>
    <message>
        <source>Could not read the host key of %1.</source>
        <translation>%1 のホスト鍵を読み取れませんでした。</translation>
    </message>
    <message>
        <source>Not connected to %1: its host key (%2 %3) was not trusted.</source>
        <translation>%1 に接続していません: ホスト鍵 (%2 %3) が信頼されませんでした。</translation>
    </message>
</context>
<context>
    <name>daas::jobs::SshJobScript</name>
    <message>
        <source>&quot;%1&quot; is not an environment variable (NAME=value).</source>
        <translation>&quot;%1&quot; は環境変数 (NAME=value) ではありません。</translation>
    </message>
</context>
<context>
    <name>daas::jobs::SshKnownHosts</name>
    <message>
        <source>Could not remember the host key in %1: %2</source>
        <translation>ホスト鍵を %1 に記憶できませんでした: %2</translation>
    </message>
</context>
<context>
    <name>daas::jobs::StorageOutputReader</name>
    <message>
        <source>The storage is no longer connected.</source>
        <translation>ストレージとの接続が切れています。</translation>
    </message>
</context>
<context>
    <name>daas::jobs::TemplateLibrary</name>
    <message>
        <source>There is no job template “%1”.</source>
        <translation>ジョブテンプレート「%1」はありません。</translation>
    </message>
    <message>
        <source>This job cannot be made into a template: %1</source>
        <translation>このジョブからテンプレートを作成できません: %1</translation>
    </message>
    <message>
        <source>The folder for your job templates, %1, could not be made.</source>
        <translation>ジョブテンプレート用のフォルダー %1 を作成できませんでした。</translation>
    </message>
    <message>
        <source>The template could not be saved in %1.</source>
        <translation>テンプレートを %1 に保存できませんでした。</translation>
    </message>
    <message>
        <source>The template could not be saved as %1.</source>
        <translation>テンプレートを %1 として保存できませんでした。</translation>
    </message>
</context>
<context>
    <name>daas::remote::RdpConnectionFile</name>
    <message>
        <source>This is not a usable connection file: %1</source>
        <translation>使用できる接続ファイルではありません: %1</translation>
    </message>
    <message>
        <source>it is too large.</source>
        <translation>サイズが大きすぎます。</translation>
    </message>
    <message>
        <source>Could not read the connection file.</source>
        <translation>接続ファイルを読み取れませんでした。</translation>
    </message>
    <message>
        <source>its settings could not be read.</source>
        <translation>設定を読み取れませんでした。</translation>
    </message>
    <message>
        <source>it names no computer (“full address”).</source>
        <translation>接続先のコンピューター (「full address」) が指定されていません。</translation>
    </message>
    <message>
        <source>the computer&apos;s name “%1” is not valid.</source>
        <translation>コンピューター名「%1」が正しくありません。</translation>
    </message>
    <message>
        <source>the computer&apos;s name is too long.</source>
        <translation>コンピューター名が長すぎます。</translation>
    </message>
    <message>
        <source>its port is not between 1 and 65535.</source>
        <translation>ポートが 1 から 65535 の範囲にありません。</translation>
    </message>
    <message>
        <source>Could not open the connection file “%1”.</source>
        <translation>接続ファイル「%1」を開けませんでした。</translation>
    </message>
    <message>
        <source>The desktop&apos;s address or the user name cannot be written into a connection file.</source>
        <translation>デスクトップのアドレスまたはユーザー名を接続ファイルに書き込めません。</translation>
    </message>
    <message>
        <source>The desktop has no address to write into a connection file.</source>
        <translation>デスクトップには接続ファイルに書き込むアドレスがありません。</translation>
    </message>
    <message>
        <source>Could not make the connection file.</source>
        <translation>接続ファイルを作成できませんでした。</translation>
    </message>
    <message>
        <source>Could not save the connection file “%1”. Check the folder and free disk space.</source>
        <translation>接続ファイル「%1」を保存できませんでした。フォルダーとディスクの空き容量を確認してください。</translation>
    </message>
</context>
<context>
    <name>daas::remote::RdpErrors</name>
    <message>
        <source>An administrator or another program ended this remote desktop session.</source>
        <translation>管理者または別のプログラムがこのリモートデスクトップセッションを終了しました。</translation>
    </message>
    <message>
        <source>An administrator or another program signed this session out.</source>
        <translation>管理者または別のプログラムがこのセッションをサインアウトさせました。</translation>
    </message>
    <message>
        <source>The server ended an idle session. Connect again to carry on.</source>
        <translation>サーバーがアイドル状態のセッションを終了しました。続けるにはもう一度接続してください。</translation>
    </message>
    <message>
        <source>The server ended the session because signing in took too long.</source>
        <translation>サインインに時間がかかりすぎたため、サーバーがセッションを終了しました。</translation>
    </message>
    <message>
        <source>Another session took over this desktop. Connect again to take it back.</source>
        <translation>別のセッションがこのデスクトップを引き継ぎました。取り戻すにはもう一度接続してください。</translation>
    </message>
    <message>
        <source>The remote computer ran out of memory.</source>
        <translation>リモートコンピューターのメモリが不足しました。</translation>
    </message>
    <message>
        <source>The remote desktop refused the connection.</source>
        <translation>リモートデスクトップが接続を拒否しました。</translation>
    </message>
    <message>
        <source>This account may not use remote desktop on this computer.</source>
        <translation>このアカウントはこのコンピューターでリモートデスクトップを使用できません。</translation>
    </message>
    <message>
        <source>The remote desktop asks for the password to be typed again.</source>
        <translation>リモートデスクトップがパスワードの再入力を求めています。</translation>
    </message>
    <message>
        <source>The session was disconnected from the remote side.</source>
        <translation>リモート側でセッションが切断されました。</translation>
    </message>
    <message>
        <source>You signed out of the remote desktop.</source>
        <translation>リモートデスクトップからサインアウトしました。</translation>
    </message>
    <message>
        <source>The remote desktop&apos;s session crashed. Connect again.</source>
        <translation>リモートデスクトップのセッションがクラッシュしました。もう一度接続してください。</translation>
    </message>
    <message>
        <source>The remote computer has no licence server for remote desktop sessions. Tell the facility&apos;s support.</source>
        <translation>リモートコンピューターにリモートデスクトップセッション用のライセンスサーバーがありません。施設のサポートにお知らせください。</translation>
    </message>
    <message>
        <source>The remote computer has no licence left for another remote desktop session.</source>
        <translation>リモートコンピューターには、リモートデスクトップセッションを追加するためのライセンスが残っていません。</translation>
    </message>
    <message>
        <source>The remote desktop did not accept the user name or password.</source>
        <translation>リモートデスクトップがユーザー名またはパスワードを受け付けませんでした。</translation>
    </message>
    <message>
        <source>The password was not accepted.</source>
        <translation>パスワードが受け付けられませんでした。</translation>
    </message>
    <message>
        <source>The remote desktop needs a user name and password.</source>
        <translation>リモートデスクトップにはユーザー名とパスワードが必要です。</translation>
    </message>
    <message>
        <source>The password has expired. Change it with the facility, then connect again.</source>
        <translation>パスワードの有効期限が切れています。施設でパスワードを変更してから、もう一度接続してください。</translation>
    </message>
    <message>
        <source>The password must be changed before this account can sign in.</source>
        <translation>このアカウントでサインインするには、パスワードを変更する必要があります。</translation>
    </message>
    <message>
        <source>The account is locked after too many wrong passwords. Ask the facility&apos;s support.</source>
        <translation>パスワードを何度も間違えたため、アカウントがロックされています。施設のサポートにお問い合わせください。</translation>
    </message>
    <message>
        <source>The account has expired.</source>
        <translation>アカウントの有効期限が切れています。</translation>
    </message>
    <message>
        <source>The account is disabled.</source>
        <translation>アカウントが無効になっています。</translation>
    </message>
    <message>
        <source>The account may not sign in now or from here (an account restriction).</source>
        <translation>このアカウントは現在、またはこの場所からサインインできません (アカウントの制限)。</translation>
    </message>
    <message>
        <source>The remote desktop denied access to this account.</source>
        <translation>リモートデスクトップがこのアカウントのアクセスを拒否しました。</translation>
    </message>
    <message>
        <source>The remote desktop&apos;s host name is unknown. Check the environment&apos;s address.</source>
        <translation>リモートデスクトップのホスト名が不明です。環境のアドレスを確認してください。</translation>
    </message>
    <message>
        <source>Could not set up an encrypted connection to the remote desktop.</source>
        <translation>リモートデスクトップとの暗号化接続を確立できませんでした。</translation>
    </message>
    <message>
        <source>The remote desktop and this viewer found no kind of security they both accept (NLA, TLS or RDP).</source>
        <translation>リモートデスクトップとこのビューアーの両方が受け入れるセキュリティ方式 (NLA、TLS、RDP) がありませんでした。</translation>
    </message>
    <message>
        <source>Connecting was cancelled.</source>
        <translation>接続がキャンセルされました。</translation>
    </message>
    <message>
        <source>The remote desktop did not finish setting up the session in time.</source>
        <translation>リモートデスクトップが時間内にセッションの準備を完了しませんでした。</translation>
    </message>
    <message>
        <source>The remote desktop ended the session because of a protocol error. Connect again; if it keeps happening, restart the environment.</source>
        <translation>プロトコルエラーのため、リモートデスクトップがセッションを終了しました。もう一度接続してください。繰り返し発生する場合は、環境を再起動してください。</translation>
    </message>
    <message>
        <source>The connection to the remote desktop was lost. Check the network; the viewer tries to reconnect.</source>
        <translation>リモートデスクトップとの接続が切れました。ネットワークを確認してください。ビューアーは再接続を試みます。</translation>
    </message>
    <message>
        <source>Could not reach the remote desktop. The environment may still be starting; try again in a minute.</source>
        <translation>リモートデスクトップに接続できませんでした。環境がまだ起動中の可能性があります。1 分後にもう一度お試しください。</translation>
    </message>
    <message>
        <source>The remote desktop closed the connection while it was being set up. Check that this address serves RDP; if it does, restart the environment.</source>
        <translation>準備中にリモートデスクトップが接続を閉じました。このアドレスで RDP が提供されているか確認してください。提供されている場合は、環境を再起動してください。</translation>
    </message>
    <message>
        <source>The RD Gateway %1 did not accept the user name or password.</source>
        <translation>RD ゲートウェイ %1 はユーザー名またはパスワードを受け付けませんでした。</translation>
    </message>
    <message>
        <source>The RD Gateway&apos;s address %1 is unknown. Check the address.</source>
        <translation>RD ゲートウェイのアドレス %1 が見つかりません。アドレスを確認してください。</translation>
    </message>
    <message>
        <source>Could not reach the RD Gateway %1. Check the network and try again later.</source>
        <translation>RD ゲートウェイ %1 に接続できませんでした。ネットワークを確認し、後でもう一度お試しください。</translation>
    </message>
    <message>
        <source>Could not set up an encrypted connection to the RD Gateway %1.</source>
        <translation>RD ゲートウェイ %1 との暗号化された接続を確立できませんでした。</translation>
    </message>
    <message>
        <source>Connecting to the RD Gateway %1 was cancelled.</source>
        <translation>RD ゲートウェイ %1 への接続はキャンセルされました。</translation>
    </message>
    <message>
        <source>The RD Gateway %1 refused the connection to the remote desktop or closed it while it was being set up. Check the gateway&apos;s address; if it is right, ask the facility&apos;s support.</source>
        <translation>RD ゲートウェイ %1 がリモートデスクトップへの接続を拒否したか、確立中に閉じました。ゲートウェイのアドレスを確認し、正しければ施設のサポートに問い合わせてください。</translation>
    </message>
</context>
<context>
    <name>daas::remote::RdpWorker</name>
    <message>
        <source>Could not start the remote desktop connection.</source>
        <translation>リモートデスクトップ接続を開始できませんでした。</translation>
    </message>
    <message>
        <source>The remote desktop&apos;s certificate was not accepted. The connection was not opened.</source>
        <translation>リモートデスクトップの証明書が受け入れられなかったため、接続を開きませんでした。</translation>
    </message>
    <message>
        <source>Signing in to the remote desktop was cancelled.</source>
        <translation>リモートデスクトップへのサインインがキャンセルされました。</translation>
    </message>
    <message>
        <source>The remote desktop announced a screen size this viewer cannot show. Ask the environment&apos;s administrator to check its display settings.</source>
        <translation>リモートデスクトップが、このビューアーで表示できない画面サイズを通知しました。環境の管理者に表示設定の確認を依頼してください。</translation>
    </message>
    <message>
        <source>The certificate of the RD Gateway %1 was not accepted. The connection was not opened.</source>
        <translation>RD ゲートウェイ %1 の証明書は受け入れられませんでした。接続は開かれていません。</translation>
    </message>
    <message>
        <source>Signing in to the RD Gateway %1 was cancelled.</source>
        <translation>RD ゲートウェイ %1 へのサインインはキャンセルされました。</translation>
    </message>
</context>
<context>
    <name>daas::remote::VncCertificateProbe</name>
    <message>
        <source>Could not read the remote desktop&apos;s certificate.</source>
        <translation>リモートデスクトップの証明書を読み取れませんでした。</translation>
    </message>
</context>
<context>
    <name>daas::remote::VncFailureLog</name>
    <message>
        <source>The VNC server</source>
        <translation>VNC サーバー</translation>
    </message>
    <message>
        <source>The remote desktop announced a screen size this viewer cannot show. Ask the environment&apos;s administrator to check its display settings.</source>
        <translation>リモートデスクトップが、このビューアーで表示できない画面サイズを通知しました。環境の管理者に表示設定の確認を依頼してください。</translation>
    </message>
    <message>
        <source>The remote desktop sent something this viewer cannot read, so the connection was closed and not tried again. Restart the environment; if it happens again, tell the facility&apos;s support.</source>
        <translation>リモートデスクトップからこのビューアーで読み取れないデータが送られたため、接続を閉じ、再接続は行いませんでした。環境を再起動してください。再度発生する場合は、施設のサポートにお知らせください。</translation>
    </message>
    <message>
        <source>The remote desktop did not accept the password. Check it and connect again.</source>
        <translation>リモートデスクトップがパスワードを受け付けませんでした。確認してから、もう一度接続してください。</translation>
    </message>
    <message>
        <source>The remote desktop refused the connection. Try again in a few minutes; if it keeps refusing, restart the environment.</source>
        <translation>リモートデスクトップが接続を拒否しました。数分後にもう一度お試しください。拒否が続く場合は、環境を再起動してください。</translation>
    </message>
    <message>
        <source>The remote desktop&apos;s certificate could not be verified. The connection was not opened.</source>
        <translation>リモートデスクトップの証明書を検証できなかったため、接続を開きませんでした。</translation>
    </message>
    <message>
        <source>The remote desktop asks for a kind of sign-in this viewer does not support.</source>
        <translation>リモートデスクトップが、このビューアーでサポートされていないサインイン方式を要求しています。</translation>
    </message>
    <message>
        <source>The connection to the remote desktop was lost. Check the network; the viewer tries to reconnect.</source>
        <translation>リモートデスクトップとの接続が切れました。ネットワークを確認してください。ビューアーは再接続を試みます。</translation>
    </message>
    <message>
        <source>The remote desktop closed the connection while it was being set up. Try again; if it keeps happening, restart the environment.</source>
        <translation>準備中にリモートデスクトップが接続を閉じました。もう一度お試しください。繰り返し発生する場合は、環境を再起動してください。</translation>
    </message>
</context>
<context>
    <name>daas::remote::VncSession</name>
    <message>
        <source>The remote desktop host “%1” is unknown. Check the environment&apos;s address.</source>
        <translation>リモートデスクトップのホスト「%1」が不明です。環境のアドレスを確認してください。</translation>
    </message>
    <message>
        <source>The remote desktop&apos;s certificate is not trusted (SHA-256 fingerprint %1). Trust it only if the facility confirms this fingerprint.</source>
        <translation>リモートデスクトップの証明書は信頼されていません (SHA-256 フィンガープリント %1)。施設がこのフィンガープリントを確認した場合にのみ信頼してください。</translation>
    </message>
</context>
<context>
    <name>daas::remote::VncTrustStore</name>
    <message>
        <source>Could not remember the certificate. Check free disk space.</source>
        <translation>証明書を記憶できませんでした。ディスクの空き容量を確認してください。</translation>
    </message>
</context>
<context>
    <name>daas::remote::VncWorker</name>
    <message>
        <source>Could not reach the remote desktop at %1:%2. The environment may still be starting; try again in a minute.</source>
        <translation>%1:%2 のリモートデスクトップに接続できませんでした。環境がまだ起動中の可能性があります。1 分後にもう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>daas::remote::WebSocketTunnel</name>
    <message>
        <source>Could not prepare the console connection.</source>
        <translation>コンソール接続を準備できませんでした。</translation>
    </message>
    <message>
        <source>The console proxy answered in an unexpected format.</source>
        <translation>コンソールプロキシから予期しない形式の応答が返されました。</translation>
    </message>
    <message>
        <source>Could not open the console connection. The console link may have expired; open the console again.</source>
        <translation>コンソール接続を開けませんでした。コンソールのリンクの有効期限が切れている可能性があります。コンソールをもう一度開いてください。</translation>
    </message>
</context>
<context>
    <name>daas::storage</name>
    <message>
        <source>The storage server did not accept your sign-in. Sign in again.</source>
        <translation>ストレージサーバーがサインインを受け付けませんでした。もう一度サインインしてください。</translation>
    </message>
</context>
<context>
    <name>daas::storage::AccountStorageCredentials</name>
    <message>
        <source>The storage server needs your password.</source>
        <translation>ストレージサーバーにはパスワードが必要です。</translation>
    </message>
    <message>
        <source>You did not give the storage password.</source>
        <translation>ストレージのパスワードが入力されませんでした。</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again to carry on with your files.</source>
        <translation>セッションが終了しました。ファイルの操作を続けるには、もう一度サインインしてください。</translation>
    </message>
</context>
<context>
    <name>daas::storage::CatalogueCopy</name>
    <message>
        <source>“%1” was not copied: your storage is full. Delete files or ask the facility for more space.</source>
        <translation>「%1」はコピーされませんでした: ストレージがいっぱいです。ファイルを削除するか、施設に容量の追加を依頼してください。</translation>
    </message>
    <message>
        <source>“%1” was not copied</source>
        <translation>「%1」はコピーされませんでした</translation>
    </message>
    <message>
        <source>The storage server accepted “%1” before it had all of it.</source>
        <translation>ストレージサーバーが「%1」をすべて受け取る前に受け付けました。</translation>
    </message>
    <message>
        <source>“%1” did not arrive as the catalogue describes it (its CRC-32 checksum differs), so it was not kept. The data service may hold a damaged copy: tell the facility if this happens again.</source>
        <translation>「%1」はカタログの記述どおりに届かなかったため (CRC-32 チェックサムが異なります)、保存しませんでした。データサービス上のコピーが破損している可能性があります。再度発生する場合は施設にお知らせください。</translation>
    </message>
    <message>
        <source>“%1” did not arrive whole on the storage server. It will be sent again.</source>
        <translation>「%1」はストレージサーバーに完全には届きませんでした。もう一度送信します。</translation>
    </message>
</context>
<context>
    <name>daas::storage::CatalogueCopyPlan</name>
    <message>
        <source>“%1” has no size in the catalogue, so it cannot be streamed into the storage; download it instead.</source>
        <translation>「%1」はカタログにサイズが登録されていないため、ストレージへ直接転送できません。代わりにダウンロードしてください。</translation>
    </message>
    <message>
        <source>“%1” was not copied: its name cannot be used in the storage.</source>
        <translation>「%1」はコピーされませんでした: その名前はストレージで使用できません。</translation>
    </message>
    <message>
        <source>The datafile %1 could not be read from the catalogue</source>
        <translation>データファイル %1 をカタログから読み取れませんでした</translation>
    </message>
    <message>
        <source>The dataset %1 could not be read from the catalogue</source>
        <translation>データセット %1 をカタログから読み取れませんでした</translation>
    </message>
    <message>
        <source>The dataset “%1” was not copied: its name cannot be used as a folder name in the storage.</source>
        <translation>データセット「%1」はコピーされませんでした: その名前はストレージのフォルダー名として使用できません。</translation>
    </message>
    <message>
        <source>The files of the dataset “%1” could not be listed</source>
        <translation>データセット「%1」のファイルを一覧表示できませんでした</translation>
    </message>
    <message>
        <source>The storage folder “%1” cannot be used: %2</source>
        <translation>ストレージフォルダー「%1」は使用できません: %2</translation>
    </message>
</context>
<context>
    <name>daas::storage::DavJob</name>
    <message>
        <source>The storage server did not answer with a WebDAV listing.</source>
        <translation>ストレージサーバーから WebDAV の一覧が返されませんでした。</translation>
    </message>
    <message>
        <source>The storage server did not describe “%1”.</source>
        <translation>ストレージサーバーから「%1」の情報が返されませんでした。</translation>
    </message>
</context>
<context>
    <name>daas::storage::DavRangeRead</name>
    <message>
        <source>The storage server sent another part of “%1” than was asked for.</source>
        <translation>ストレージサーバーから、要求とは異なる「%1」の部分が送られました。</translation>
    </message>
    <message>
        <source>The storage server does not send parts of files, so “%1” cannot be read from where it was left off.</source>
        <translation>ストレージサーバーはファイルの部分転送に対応していないため、「%1」を中断した位置から読み取れません。</translation>
    </message>
    <message>
        <source>The storage server does not send parts of files, so only the beginning of “%1” could be read.</source>
        <translation>ストレージサーバーはファイルの部分転送に対応していないため、「%1」の先頭部分しか読み取れませんでした。</translation>
    </message>
</context>
<context>
    <name>daas::storage::ExtractUploadJob</name>
    <message>
        <source>“%1” is not an archive that can be read.</source>
        <translation>「%1」は読み取れるアーカイブではありません。</translation>
    </message>
    <message>
        <source>links are not extracted.</source>
        <translation>リンクは展開されません。</translation>
    </message>
    <message>
        <source>it would leave the folder.</source>
        <translation>フォルダーの外に出てしまいます。</translation>
    </message>
    <message>
        <source>it could not be read from the archive.</source>
        <translation>アーカイブから読み取れませんでした。</translation>
    </message>
    <message>
        <source>a file of that name is already there.</source>
        <translation>同じ名前のファイルが既にあります。</translation>
    </message>
</context>
<context>
    <name>daas::storage::MultistatusParser</name>
    <message>
        <source>The storage server&apos;s listing ended too early. Try again.</source>
        <translation>ストレージサーバーの一覧が途中で終わりました。もう一度お試しください。</translation>
    </message>
    <message>
        <source>The storage server did not answer with a WebDAV listing.</source>
        <translation>ストレージサーバーから WebDAV の一覧が返されませんでした。</translation>
    </message>
    <message>
        <source>The storage server sent a listing that cannot be read.</source>
        <translation>ストレージサーバーから読み取れない一覧が送られました。</translation>
    </message>
    <message>
        <source>The storage server listed an entry without an address.</source>
        <translation>ストレージサーバーの一覧にアドレスのない項目がありました。</translation>
    </message>
    <message>
        <source>The storage server listed an entry that is not in this folder.</source>
        <translation>ストレージサーバーの一覧に、このフォルダーにない項目がありました。</translation>
    </message>
    <message>
        <source>The storage server listed this folder a second time under another address; that entry was left out.</source>
        <translation>ストレージサーバーがこのフォルダーを別のアドレスで再度一覧に含めたため、その項目は除外しました。</translation>
    </message>
    <message>
        <source>The storage server listed “%1” a second time or under another address; that entry was left out.</source>
        <translation>ストレージサーバーが「%1」を重複して、または別のアドレスで一覧に含めたため、その項目は除外しました。</translation>
    </message>
    <message>
        <source>The storage server could not describe “%1”.</source>
        <translation>ストレージサーバーが「%1」の情報を返せませんでした。</translation>
    </message>
</context>
<context>
    <name>daas::storage::RemoteFolderModel</name>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>更新日時</translation>
    </message>
</context>
<context>
    <name>daas::storage::StorageSession</name>
    <message>
        <source>The facility %1 offers no storage.</source>
        <translation>施設 %1 はストレージを提供していません。</translation>
    </message>
    <message>
        <source>The storage address of this facility needs your user name. Sign in again.</source>
        <translation>この施設のストレージアドレスにはユーザー名が必要です。もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>The folder %1 could not be created on this computer.</source>
        <translation>このコンピューターにフォルダー %1 を作成できませんでした。</translation>
    </message>
    <message>
        <source>The storage folder could not be made</source>
        <translation>ストレージフォルダーを作成できませんでした</translation>
    </message>
    <message>
        <source>A folder called “%1” is already in the storage folder, so the file was not copied there.</source>
        <translation>ストレージフォルダーに「%1」という名前のフォルダーが既にあるため、ファイルはそこにコピーされませんでした。</translation>
    </message>
    <message>
        <source>A folder called “%1” is already in the storage folder, so the file was not moved there.</source>
        <translation>ストレージフォルダーに「%1」という名前のフォルダーが既にあるため、ファイルはそこに移動されませんでした。</translation>
    </message>
    <message>
        <source>A folder called “%1” is already in the storage folder, so the file was not uploaded there.</source>
        <translation>ストレージフォルダーに「%1」という名前のフォルダーが既にあるため、ファイルはそこにアップロードされませんでした。</translation>
    </message>
</context>
<context>
    <name>daas::storage::Transfer</name>
    <message>
        <source>“%1” is a folder. Download it as a .zip instead.</source>
        <translation>「%1」はフォルダーです。代わりに .zip としてダウンロードしてください。</translation>
    </message>
    <message>
        <source>The storage server resumed “%1” at the wrong place.</source>
        <translation>ストレージサーバーが「%1」を誤った位置から再開しました。</translation>
    </message>
    <message>
        <source>“%1” arrived incomplete. It will be tried again.</source>
        <translation>「%1」は不完全な状態で届きました。もう一度試行します。</translation>
    </message>
    <message>
        <source>“%1” is no longer on this computer.</source>
        <translation>「%1」はもうこのコンピューター上にありません。</translation>
    </message>
    <message>
        <source>“%1” could not be read.</source>
        <translation>「%1」を読み取れませんでした。</translation>
    </message>
    <message>
        <source>“%1” did not arrive whole on the storage server. It will be sent again.</source>
        <translation>「%1」はストレージサーバーに完全には届きませんでした。もう一度送信します。</translation>
    </message>
    <message>
        <source>“%1” can be copied from the catalogue only while you are signed in to it.</source>
        <translation>「%1」をカタログからコピーできるのは、カタログにサインインしている間だけです。</translation>
    </message>
    <message>
        <source>The storage server does not take the name “%1”, so “%2” was not copied.</source>
        <translation>ストレージサーバーが名前「%1」を受け付けないため、「%2」はコピーされませんでした。</translation>
    </message>
    <message>
        <source>A folder called “%1” is already in the folder on this computer, so the file was not downloaded there.</source>
        <translation>このコンピューターのフォルダーに「%1」という名前のフォルダーが既にあるため、ファイルはそこにダウンロードされませんでした。</translation>
    </message>
</context>
<context>
    <name>daas::storage::TransferQueue</name>
    <message>
        <source>The list of transfers could not be saved in %1, so unfinished transfers will not carry on after a restart. Check that the disk has space and that the folder can be written.</source>
        <translation>転送の一覧を %1 に保存できなかったため、未完了の転送は再起動後に再開されません。ディスクに空きがあり、フォルダーに書き込めることを確認してください。</translation>
    </message>
    <message>
        <source>The list of transfers could not be read.</source>
        <translation>転送の一覧を読み取れませんでした。</translation>
    </message>
</context>
<context>
    <name>daas::storage::WebDavClient</name>
    <message>
        <source>The storage server did not answer.</source>
        <translation>ストレージサーバーが応答しませんでした。</translation>
    </message>
    <message>
        <source>this folder</source>
        <translation>このフォルダー</translation>
    </message>
    <message>
        <source>The storage server did not accept your sign-in. Sign in again.</source>
        <translation>ストレージサーバーがサインインを受け付けませんでした。もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>You are not allowed to change or read %1 on the storage server.</source>
        <translation>ストレージサーバー上の %1 を変更または読み取る権限がありません。</translation>
    </message>
    <message>
        <source>%1 is no longer on the storage server. Refresh the folder.</source>
        <translation>%1 はもうストレージサーバー上にありません。フォルダーを更新してください。</translation>
    </message>
    <message>
        <source>%1 already exists on the storage server.</source>
        <translation>%1 はストレージサーバー上に既に存在します。</translation>
    </message>
    <message>
        <source>The storage server does not allow this on %1.</source>
        <translation>ストレージサーバーでは %1 に対するこの操作は許可されていません。</translation>
    </message>
    <message>
        <source>The folder for %1 does not exist on the storage server. Refresh and try again.</source>
        <translation>%1 のフォルダーがストレージサーバー上にありません。更新してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>%1 was changed or already exists on the storage server. Refresh and choose again.</source>
        <translation>%1 はストレージサーバー上で変更されたか、既に存在します。更新してから、もう一度選択してください。</translation>
    </message>
    <message>
        <source>The storage server refused %1: it is too large.</source>
        <translation>ストレージサーバーが %1 を拒否しました: サイズが大きすぎます。</translation>
    </message>
    <message>
        <source>%1 is locked on the storage server by someone else. Try again later.</source>
        <translation>%1 はストレージサーバー上で他のユーザーによってロックされています。後でもう一度お試しください。</translation>
    </message>
    <message>
        <source>%1 could not be moved: the target folder may be missing. Refresh and try again.</source>
        <translation>%1 を移動できませんでした: 移動先のフォルダーがない可能性があります。更新してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Your storage is full. Delete files or ask the facility for more space.</source>
        <translation>ストレージがいっぱいです。ファイルを削除するか、施設に容量の追加を依頼してください。</translation>
    </message>
    <message>
        <source>The storage server</source>
        <translation>ストレージサーバー</translation>
    </message>
    <message>
        <source>The storage address %1 is not encrypted (http), so your password is not sent to it. Ask the facility for its https address.</source>
        <translation>ストレージのアドレス %1 は暗号化されていない (http) ため、パスワードを送信しません。施設に https のアドレスを問い合わせてください。</translation>
    </message>
    <message>
        <source>This address is not a WebDAV storage server.</source>
        <translation>このアドレスは WebDAV ストレージサーバーではありません。</translation>
    </message>
</context>
<context>
    <name>daas::storage::ZipDownloadJob</name>
    <message>
        <source>The archive “%1” could not be created.</source>
        <translation>アーカイブ「%1」を作成できませんでした。</translation>
    </message>
    <message>
        <source>The archive could not be written. Is the disk full?</source>
        <translation>アーカイブを書き込めませんでした。ディスクがいっぱいではありませんか?</translation>
    </message>
    <message>
        <source>The archive could not be put in place.</source>
        <translation>アーカイブを所定の場所に配置できませんでした。</translation>
    </message>
    <message>
        <source>“%1” arrived incomplete.</source>
        <translation>「%1」は不完全な状態で届きました。</translation>
    </message>
</context>
<context>
    <name>daas::storage::davpath</name>
    <message>
        <source>The storage server listed an entry that cannot be shown: %1</source>
        <translation>ストレージサーバーの一覧に表示できない項目がありました: %1</translation>
    </message>
    <message>
        <source>the address is malformed.</source>
        <translation>アドレスの形式が正しくありません。</translation>
    </message>
    <message>
        <source>it points to another server.</source>
        <translation>別のサーバーを指しています。</translation>
    </message>
    <message>
        <source>it lies outside your storage.</source>
        <translation>ストレージの外にあります。</translation>
    </message>
</context>
<context>
    <name>daas::support</name>
    <message>
        <source>%1 refused the connection. The service may be down.</source>
        <translation>%1 が接続を拒否しました。サービスが停止している可能性があります。</translation>
    </message>
    <message>
        <source>The server %1 could not be found. Check the network.</source>
        <translation>サーバー %1 が見つかりませんでした。ネットワークを確認してください。</translation>
    </message>
    <message>
        <source>The connection to %1 was lost.</source>
        <translation>%1 との接続が切れました。</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 が時間内に応答しませんでした。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be established: its certificate is not trusted.</source>
        <translation>%1 との安全な接続を確立できませんでした: 証明書が信頼されていません。</translation>
    </message>
    <message>
        <source>%1 gave an answer that could not be read.</source>
        <translation>%1 から読み取れない応答が返されました。</translation>
    </message>
    <message>
        <source>The network proxy failed. Check the proxy settings.</source>
        <translation>ネットワークプロキシでエラーが発生しました。プロキシの設定を確認してください。</translation>
    </message>
    <message numerus="yes">
        <source>The server %1 did not answer within %n second(s). Check the network connection, or try again later.</source>
        <translation>
            <numerusform>サーバー %1 が %n 秒以内に応答しませんでした。ネットワーク接続を確認するか、後でもう一度お試しください。</numerusform>
        </translation>
    </message>
    <message>
        <source>The request to %1 failed.</source>
        <translation>%1 への要求が失敗しました。</translation>
    </message>
    <message>
        <source>%1 did not accept the credentials.</source>
        <translation>%1 が認証情報を受け付けませんでした。</translation>
    </message>
    <message>
        <source>%1 does not allow this.</source>
        <translation>%1 ではこの操作は許可されていません。</translation>
    </message>
    <message>
        <source>%1 could not find it. It may have been removed.</source>
        <translation>%1 で見つかりませんでした。削除された可能性があります。</translation>
    </message>
    <message>
        <source>%1 refused: it conflicts with what is there now.</source>
        <translation>%1 が拒否しました: 現在の内容と競合しています。</translation>
    </message>
    <message>
        <source>%1 refused: it is too large.</source>
        <translation>%1 が拒否しました: サイズが大きすぎます。</translation>
    </message>
    <message>
        <source>%1 has no space left.</source>
        <translation>%1 に空き容量がありません。</translation>
    </message>
    <message>
        <source>%1 does not support this.</source>
        <translation>%1 はこの操作をサポートしていません。</translation>
    </message>
    <message>
        <source>%1 is busy or unavailable. Try again later.</source>
        <translation>%1 はビジー状態か利用できません。後でもう一度お試しください。</translation>
    </message>
    <message>
        <source>%1 reported an internal error.</source>
        <translation>%1 で内部エラーが発生しました。</translation>
    </message>
    <message>
        <source>%1 gave an unexpected answer (%2).</source>
        <translation>%1 から予期しない応答が返されました (%2)。</translation>
    </message>
    <message>
        <source>The name “%1” cannot be used for a local file: %2</source>
        <translation>名前「%1」はローカルファイルには使用できません: %2</translation>
    </message>
    <message>
        <source>it is empty.</source>
        <translation>名前が空です。</translation>
    </message>
    <message>
        <source>it refers to a folder above.</source>
        <translation>上位のフォルダーを参照しています。</translation>
    </message>
    <message>
        <source>it contains a folder separator.</source>
        <translation>フォルダーの区切り文字が含まれています。</translation>
    </message>
    <message>
        <source>it contains a control character.</source>
        <translation>制御文字が含まれています。</translation>
    </message>
    <message>
        <source>it ends with a space or a dot.</source>
        <translation>末尾が空白またはピリオドです。</translation>
    </message>
    <message>
        <source>it is a reserved device name.</source>
        <translation>予約されたデバイス名です。</translation>
    </message>
    <message>
        <source>it contains a colon.</source>
        <translation>コロンが含まれています。</translation>
    </message>
    <message>
        <source>it is too long.</source>
        <translation>長すぎます。</translation>
    </message>
    <message>
        <source>it is an absolute path.</source>
        <translation>絶対パスです。</translation>
    </message>
    <message>
        <source>it starts with a drive letter.</source>
        <translation>ドライブ文字で始まっています。</translation>
    </message>
    <message>
        <source>it leaves the chosen folder.</source>
        <translation>選択したフォルダーの外に出ます。</translation>
    </message>
</context>
<context>
    <name>daas::support::PartFile</name>
    <message>
        <source>“%1” could not be put in place on this computer.</source>
        <translation>「%1」をこのコンピューター上の所定の場所に配置できませんでした。</translation>
    </message>
    <message>
        <source>The disk is full. Free some space, then try “%1” again.</source>
        <translation>ディスクがいっぱいです。空き容量を確保してから、「%1」をもう一度お試しください。</translation>
    </message>
    <message>
        <source>“%1” could not be written on this computer.</source>
        <translation>「%1」をこのコンピューターに書き込めませんでした。</translation>
    </message>
</context>
<context>
    <name>daas::support::TlsTrustStore</name>
    <message>
        <source>The certificate of %1 (port %2) is not trusted. Its SHA-256 fingerprint is %3. Trust it only if your facility confirms this fingerprint.</source>
        <translation>%1 (ポート %2) の証明書は信頼されていません。SHA-256 フィンガープリントは %3 です。施設がこのフィンガープリントを確認した場合にのみ信頼してください。</translation>
    </message>
</context>
<context>
    <name>daas::ui::AddFacilityDialog</name>
    <message>
        <source>&amp;Fetch</source>
        <translation>取得(&amp;F)</translation>
    </message>
    <message>
        <source>Add a Facility</source>
        <translation>施設の追加</translation>
    </message>
    <message>
        <source>Type the address your facility gives for its profile, or just its host name (for example facility.example).</source>
        <translation>施設が案内しているプロファイルのアドレス、またはホスト名のみ (例: facility.example) を入力してください。</translation>
    </message>
    <message>
        <source>Profile address</source>
        <translation>プロファイルのアドレス</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>アドレス(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Add This Facility</source>
        <translation>この施設を追加(&amp;A)</translation>
    </message>
    <message>
        <source>Fetching %1…</source>
        <translation>%1 を取得しています…</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>取得元: %1</translation>
    </message>
    <message>
        <source>It replaces the facility “%1” you added before.</source>
        <translation>以前に追加した施設「%1」を置き換えます。</translation>
    </message>
    <message>
        <source>Check that these are your facility&apos;s services, then add it.</source>
        <translation>これらが利用する施設のサービスであることを確認してから、追加してください。</translation>
    </message>
    <message>
        <source>Refresh a Facility</source>
        <translation>施設の更新</translation>
    </message>
    <message>
        <source>&amp;Keep the New Profile</source>
        <translation>新しいプロファイルを採用(&amp;K)</translation>
    </message>
</context>
<context>
    <name>daas::ui::Breadcrumb</name>
    <message>
        <source>Folder path</source>
        <translation>フォルダーのパス</translation>
    </message>
    <message>
        <source>The top of your storage</source>
        <translation>ストレージの最上位</translation>
    </message>
</context>
<context>
    <name>daas::ui::CatalogueView</name>
    <message>
        <source>Filter…</source>
        <translation>フィルター…</translation>
    </message>
    <message>
        <source>Filter the list</source>
        <translation>一覧を絞り込む</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>開く(&amp;O)</translation>
    </message>
    <message>
        <source>Show what the selected row contains</source>
        <translation>選択した行の内容を表示</translation>
    </message>
    <message>
        <source>&amp;Download…</source>
        <translation>ダウンロード(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Upload…</source>
        <translation>アップロード(&amp;U)…</translation>
    </message>
    <message>
        <source>Upload a file from this computer into this dataset</source>
        <translation>このコンピューターからこのデータセットにファイルをアップロード</translation>
    </message>
    <message>
        <source>Copy to &amp;my storage…</source>
        <translation>マイストレージにコピー(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>戻る(&amp;B)</translation>
    </message>
    <message>
        <source>Back to the level above</source>
        <translation>1 つ上の階層に戻る</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <source>Download the selection</source>
        <translation>選択項目をダウンロード</translation>
    </message>
    <message>
        <source>Copy the selection to my storage</source>
        <translation>選択項目をマイストレージにコピー</translation>
    </message>
    <message>
        <source>Upload a file into this dataset</source>
        <translation>このデータセットにファイルをアップロード</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>カタログ</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n 項目</numerusform>
        </translation>
    </message>
    <message>
        <source>You are in %1</source>
        <translation>現在の場所: %1</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>%1 に移動</translation>
    </message>
    <message>
        <source>My investigations</source>
        <translation>マイ実験</translation>
    </message>
    <message>
        <source>Download the whole investigation</source>
        <translation>実験全体をダウンロード</translation>
    </message>
    <message>
        <source>Download the whole dataset</source>
        <translation>データセット全体をダウンロード</translation>
    </message>
    <message>
        <source>Download the selected files</source>
        <translation>選択したファイルをダウンロード</translation>
    </message>
    <message>
        <source>This facility offers no storage to copy into</source>
        <translation>この施設にはコピー先のストレージがありません</translation>
    </message>
    <message>
        <source>Open an investigation to copy its datasets into your storage</source>
        <translation>データセットをストレージにコピーするには実験を開いてください</translation>
    </message>
    <message>
        <source>Copy the selected datasets into your storage, for your analysis environments and batch jobs</source>
        <translation>選択したデータセットをストレージにコピーし、解析環境やバッチジョブで使用できるようにします</translation>
    </message>
    <message>
        <source>Copy the selected files into your storage, for your analysis environments and batch jobs</source>
        <translation>選択したファイルをストレージにコピーし、解析環境やバッチジョブで使用できるようにします</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 bytes, CRC32 %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 バイト、CRC32 %3</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>記録なし</translation>
    </message>
    <message>
        <source>Select what to download first.</source>
        <translation>先にダウンロードする項目を選択してください。</translation>
    </message>
    <message>
        <source>Download into folder</source>
        <translation>ダウンロード先のフォルダー</translation>
    </message>
    <message>
        <source>Select what to copy first.</source>
        <translation>先にコピーする項目を選択してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n 個のファイル</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dataset(s)</source>
        <translation>
            <numerusform>%n 個のデータセット</numerusform>
        </translation>
    </message>
    <message>
        <source>the top folder of your storage</source>
        <translation>ストレージの最上位フォルダー</translation>
    </message>
    <message>
        <source>The dataset goes into “%1”, with its folders.</source>
        <translation>データセットはフォルダー構成ごと「%1」に保存されます。</translation>
    </message>
    <message>
        <source>Each dataset goes into a folder of its own in %1.</source>
        <translation>各データセットは %1 内のそれぞれのフォルダーに保存されます。</translation>
    </message>
    <message>
        <source>The file is saved as “%1”.</source>
        <translation>ファイルは「%1」として保存されます。</translation>
    </message>
    <message>
        <source>The files go into %1.</source>
        <translation>ファイルは %1 に保存されます。</translation>
    </message>
    <message>
        <source>Listing what to copy…</source>
        <translation>コピーする項目を一覧にしています…</translation>
    </message>
    <message>
        <source>“%1” in your storage</source>
        <translation>ストレージ内の「%1」</translation>
    </message>
    <message>
        <source>Nothing was copied.</source>
        <translation>何もコピーされませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>Copying %n file(s) into %1. Their progress is in Transfers.</source>
        <translation>
            <numerusform>%n 個のファイルを %1 にコピーしています。進行状況は「転送」で確認できます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more file(s) were left out for the same kind of reason.</source>
        <translation>
            <numerusform>ほかに %n 個のファイルが同様の理由で除外されました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Upload a file into %1</source>
        <translation>%1 にファイルをアップロード</translation>
    </message>
    <message>
        <source>This facility lists no file formats to upload with.</source>
        <translation>この施設にはアップロードに使用できるファイル形式が登録されていません。</translation>
    </message>
    <message>
        <source>&amp;Process on the cluster…</source>
        <translation>クラスターで処理(&amp;P)…</translation>
    </message>
    <message>
        <source>Copy the selected dataset into your storage and start a job on it</source>
        <translation>選択したデータセットをストレージにコピーし、それを入力としてジョブを開始</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>検索(&amp;F)</translation>
    </message>
    <message>
        <source>Select one dataset to process.</source>
        <translation>処理するデータセットを 1 つ選択してください。</translation>
    </message>
    <message>
        <source>The dataset goes into “%1”, with its folders; the cluster reads it there. New job opens with it as the input.</source>
        <translation>データセットはフォルダー構成ごと「%1」にコピーされ、クラスターはそこから読み取ります。そのデータセットを入力として「新しいジョブ」が開きます。</translation>
    </message>
</context>
<context>
    <name>daas::ui::CertificateDecisionBox</name>
    <message>
        <source>The remote desktop %1 (port %2)</source>
        <translation>リモートデスクトップ %1 (ポート %2)</translation>
    </message>
    <message>
        <source>Certificate Changed</source>
        <translation>証明書が変更されました</translation>
    </message>
    <message>
        <source>%1 presented a different certificate from the one you trusted before. This happens when the machine was rebuilt, and also when someone intercepts the connection.

New SHA-256 fingerprint:
%2

Connect only if your facility confirms the new fingerprint.</source>
        <translation>%1 から、以前に信頼した証明書とは異なる証明書が提示されました。これはマシンが再構築された場合に起こりますが、誰かが接続を傍受している場合にも起こります。

新しい SHA-256 フィンガープリント:
%2

施設が新しいフィンガープリントを確認した場合にのみ接続してください。</translation>
    </message>
    <message>
        <source>Untrusted Certificate</source>
        <translation>信頼されていない証明書</translation>
    </message>
    <message>
        <source>%1 presented a certificate that is not trusted.

SHA-256 fingerprint:
%2

Trust it only if your facility confirms this fingerprint. The decision is remembered for this desktop.</source>
        <translation>%1 から信頼されていない証明書が提示されました。

SHA-256 フィンガープリント:
%2

施設がこのフィンガープリントを確認した場合にのみ信頼してください。この判断はこのデスクトップについて記憶されます。</translation>
    </message>
    <message>
        <source>Trust the New Certificate</source>
        <translation>新しい証明書を信頼</translation>
    </message>
    <message>
        <source>Trust and Connect</source>
        <translation>信頼して接続</translation>
    </message>
    <message>
        <source>The RD Gateway %1 (port %2), through which the remote desktop is reached,</source>
        <translation>リモートデスクトップへの経路である RD ゲートウェイ %1 (ポート %2)</translation>
    </message>
    <message>
        <source>RD Gateway Certificate Changed</source>
        <translation>RD ゲートウェイの証明書が変更されました</translation>
    </message>
    <message>
        <source>Untrusted RD Gateway Certificate</source>
        <translation>信頼されていない RD ゲートウェイの証明書</translation>
    </message>
    <message>
        <source>%1 presented a certificate that is not trusted.

SHA-256 fingerprint:
%2

Trust it only if your facility confirms this fingerprint. The decision is remembered for this gateway.</source>
        <translation>%1 から信頼されていない証明書が提示されました。

SHA-256 フィンガープリント:
%2

施設がこのフィンガープリントを確認した場合にのみ信頼してください。この判断はこのゲートウェイについて記憶されます。</translation>
    </message>
</context>
<context>
    <name>daas::ui::CloudPasswordDialog</name>
    <message>
        <source>Password for Analysis Environments</source>
        <translation>解析環境のパスワード</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>ユーザー:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>サインイン(&amp;S)</translation>
    </message>
</context>
<context>
    <name>daas::ui::ConflictDialog</name>
    <message>
        <source>size unknown</source>
        <translation>サイズ不明</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>日付不明</translation>
    </message>
    <message>
        <source>%1, modified %2</source>
        <translation>%1、更新日時 %2</translation>
    </message>
    <message>
        <source>&amp;Apply to all conflicts of these transfers</source>
        <translation>これらの転送のすべての競合に適用(&amp;A)</translation>
    </message>
    <message>
        <source>File already exists</source>
        <translation>ファイルは既に存在します</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>ストレージ</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is already in the storage folder “%2”.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; はストレージフォルダー「%2」に既にあります。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is already in the folder %2 on this computer.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; はこのコンピューターのフォルダー %2 に既にあります。</translation>
    </message>
    <message>
        <source>Already there:</source>
        <translation>既存のファイル:</translation>
    </message>
    <message>
        <source>From the catalogue:</source>
        <translation>カタログから:</translation>
    </message>
    <message>
        <source>From this computer:</source>
        <translation>このコンピューターから:</translation>
    </message>
    <message>
        <source>From the storage:</source>
        <translation>ストレージから:</translation>
    </message>
    <message>
        <source>&amp;Keep both</source>
        <translation>両方を保持(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>上書き(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>スキップ(&amp;S)</translation>
    </message>
    <message>
        <source>Keep &amp;newer</source>
        <translation>新しい方を保持(&amp;N)</translation>
    </message>
    <message>
        <source>Whichever of the two was modified last is kept; the other is replaced or the transfer skipped.</source>
        <translation>2 つのうち最後に更新された方を保持します。もう一方は置き換えられるか、転送がスキップされます。</translation>
    </message>
    <message>
        <source>The new file is saved as “%1 (1)” beside the existing one.</source>
        <translation>新しいファイルは既存のファイルの隣に「%1 (1)」として保存されます。</translation>
    </message>
    <message numerus="yes">
        <source>%n more file(s) of these transfers are also already there.</source>
        <translation>
            <numerusform>これらの転送のうち、ほかに %n 個のファイルも既に存在します。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>daas::ui::CopyToStorageDialog</name>
    <message>
        <source>Copy to my storage</source>
        <translation>マイストレージにコピー</translation>
    </message>
    <message>
        <source>Copy %1 (%2) into your storage.</source>
        <translation>%1 (%2) をストレージにコピーします。</translation>
    </message>
    <message>
        <source>Copy %1 into your storage.</source>
        <translation>%1 をストレージにコピーします。</translation>
    </message>
    <message>
        <source>The data goes from the data service straight into your storage, without a copy on this computer. Your analysis environments and batch jobs see it there.</source>
        <translation>データはこのコンピューターを経由せず、データサービスから直接ストレージに転送されます。解析環境やバッチジョブからはストレージ上のデータを使用できます。</translation>
    </message>
    <message>
        <source>Storage folder</source>
        <translation>ストレージフォルダー</translation>
    </message>
    <message>
        <source>the top folder of your storage</source>
        <translation>ストレージの最上位フォルダー</translation>
    </message>
    <message>
        <source>A folder in your storage, such as “datasets” or “projects/kagome”. It is made if it is not there.</source>
        <translation>ストレージ内のフォルダー (例:「datasets」や「projects/kagome」)。存在しない場合は作成されます。</translation>
    </message>
    <message>
        <source>Into &amp;folder:</source>
        <translation>コピー先フォルダー(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
</context>
<context>
    <name>daas::ui::DownloadsPanel</name>
    <message>
        <source>C&amp;lear finished</source>
        <translation>完了した項目を消去(&amp;L)</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>フォルダーに表示</translation>
    </message>
    <message>
        <source>Progress of %1</source>
        <translation>%1 の進行状況</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>開始しています…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Cancel %1</source>
        <translation>%1 をキャンセル</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 received</source>
        <translation>%1 受信</translation>
    </message>
    <message>
        <source>Cancelled; nothing was kept.</source>
        <translation>キャンセルしました。何も保存されていません。</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>%1 として保存しました</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) saved in %1</source>
        <translation>
            <numerusform>%n 個のファイルを %1 に保存しました</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused, because they would have been written outside the folder: %1</source>
        <translation>フォルダーの外に書き込まれるため、拒否しました: %1</translation>
    </message>
    <message>
        <source>Uploaded and verified.</source>
        <translation>アップロードして検証しました。</translation>
    </message>
    <message>
        <source>The facility is restoring these files from tape…</source>
        <translation>施設がこれらのファイルをテープから復元しています…</translation>
    </message>
    <message>
        <source>The facility is restoring these files from tape… (waiting for %1)</source>
        <translation>施設がこれらのファイルをテープから復元しています… (待機時間: %1)</translation>
    </message>
</context>
<context>
    <name>daas::ui::EnvironmentModel</name>
    <message>
        <source>Waiting for the cloud</source>
        <translation>クラウドの応答待ち</translation>
    </message>
    <message>
        <source>Starting the desktop</source>
        <translation>デスクトップを起動中</translation>
    </message>
    <message>
        <source>Booting</source>
        <translation>起動中</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>準備完了</translation>
    </message>
    <message>
        <source>Removing</source>
        <translation>削除中</translation>
    </message>
    <message>
        <source>Switched off</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>削除済み</translation>
    </message>
    <message>
        <source>Environment %1</source>
        <translation>環境 %1</translation>
    </message>
    <message>
        <source>Not answering</source>
        <translation>応答なし</translation>
    </message>
    <message>
        <source>No end date</source>
        <translation>終了日なし</translation>
    </message>
    <message>
        <source>%1 (the cloud says %2)</source>
        <translation>%1 (クラウド上の状態: %2)</translation>
    </message>
    <message numerus="yes">
        <source>Removed automatically in %n hour(s)</source>
        <translation>
            <numerusform>%n 時間後に自動的に削除されます</numerusform>
        </translation>
    </message>
    <message>
        <source>Past its end date</source>
        <translation>終了日を過ぎています</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>マシン</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>終了日時</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
</context>
<context>
    <name>daas::ui::EnvironmentsView</name>
    <message>
        <source>&amp;Launch…</source>
        <translation>起動(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>接続(&amp;C)</translation>
    </message>
    <message>
        <source>Connect with &amp;VNC</source>
        <translation>VNC で接続(&amp;V)</translation>
    </message>
    <message>
        <source>Connect with &amp;RDP</source>
        <translation>RDP で接続(&amp;R)</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>削除(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <source>Start a new environment</source>
        <translation>新しい環境を起動</translation>
    </message>
    <message>
        <source>Your environments</source>
        <translation>環境一覧</translation>
    </message>
    <message>
        <source>You have no environments yet. Pick a machine on the left and launch it; its desktop opens here in a tab once it is ready.</source>
        <translation>環境はまだありません。左側でマシンを選んで起動してください。準備ができると、デスクトップがここのタブに開きます。</translation>
    </message>
    <message>
        <source>Machines you can launch</source>
        <translation>起動できるマシン</translation>
    </message>
    <message>
        <source>Launch a new environment from the selected machine</source>
        <translation>選択したマシンから新しい環境を起動</translation>
    </message>
    <message>
        <source>Open the desktop of the selected environment in a tab</source>
        <translation>選択した環境のデスクトップをタブで開く</translation>
    </message>
    <message>
        <source>Choose how to connect: VNC or RDP</source>
        <translation>接続方法を選択: VNC または RDP</translation>
    </message>
    <message>
        <source>Connection protocol</source>
        <translation>接続プロトコル</translation>
    </message>
    <message>
        <source>Remove the selected environment and its machine</source>
        <translation>選択した環境とそのマシンを削除</translation>
    </message>
    <message>
        <source>Ask the cloud again for the machines and your environments</source>
        <translation>マシンと環境の一覧をクラウドから再取得</translation>
    </message>
    <message>
        <source>Your session was resumed, so DAaaS Desktop does not know your password. Type your facility password to use analysis environments.</source>
        <translation>セッションが再開されたため、DAaaS Desktop はパスワードを保持していません。解析環境を使用するには施設のパスワードを入力してください。</translation>
    </message>
    <message>
        <source>Sign in to use analysis environments.</source>
        <translation>解析環境を使用するにはサインインしてください。</translation>
    </message>
    <message>
        <source>Analysis environments need your facility password. Choose Refresh to type it.</source>
        <translation>解析環境には施設のパスワードが必要です。「更新」を選んで入力してください。</translation>
    </message>
    <message>
        <source>The cloud did not accept your password. Type your facility password again.</source>
        <translation>クラウドがパスワードを受け付けませんでした。施設のパスワードをもう一度入力してください。</translation>
    </message>
    <message>
        <source>Sign in again to launch environments.</source>
        <translation>環境を起動するには、もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>Delete Environment</source>
        <translation>環境の削除</translation>
    </message>
    <message>
        <source>Delete “%1”? The machine and everything on its own disks are removed for good; files in your persistent storage stay.</source>
        <translation>「%1」を削除しますか? マシンとそのディスク上のすべてのデータは完全に削除されます。永続ストレージ内のファイルは残ります。</translation>
    </message>
    <message>
        <source>&amp;Connect (%1)</source>
        <translation>接続 (%1)(&amp;C)</translation>
    </message>
</context>
<context>
    <name>daas::ui::FacilityChooser</name>
    <message>
        <source>Choose your facility</source>
        <translation>施設の選択</translation>
    </message>
    <message>
        <source>Which facility&apos;s services do you use? You can change this later.</source>
        <translation>どの施設のサービスを利用しますか? 後で変更できます。</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>施設</translation>
    </message>
    <message>
        <source>%1
Catalogue: %2</source>
        <translation>%1
カタログ: %2</translation>
    </message>
    <message>
        <source>&amp;Use this facility</source>
        <translation>この施設を使用(&amp;U)</translation>
    </message>
    <message>
        <source>Open profile &amp;file…</source>
        <translation>プロファイルファイルを開く(&amp;F)…</translation>
    </message>
    <message>
        <source>Open a facility profile</source>
        <translation>施設プロファイルを開く</translation>
    </message>
    <message>
        <source>Facility profiles (*.json)</source>
        <translation>施設プロファイル (*.json)</translation>
    </message>
    <message>
        <source>No facility has been added yet. Add yours from the address of its profile (your facility&apos;s web pages give it), or open a profile file it sent you.</source>
        <translation>まだ施設が追加されていません。施設プロファイルのアドレス (施設の Web ページに記載されています) から追加するか、施設から送られたプロファイルファイルを開いてください。</translation>
    </message>
    <message>
        <source>Added from %1</source>
        <translation>%1 から追加</translation>
    </message>
    <message>
        <source>&amp;Add from address…</source>
        <translation>アドレスから追加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <source>Fetch this facility&apos;s profile again from the address it was added from</source>
        <translation>この施設のプロファイルを追加元のアドレスから再取得</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>削除(&amp;M)</translation>
    </message>
    <message>
        <source>Forget this facility on this computer</source>
        <translation>このコンピューターからこの施設を削除</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>Remove a Facility</source>
        <translation>施設の削除</translation>
    </message>
    <message>
        <source>Remove “%1” from this computer?</source>
        <translation>このコンピューターから「%1」を削除しますか?</translation>
    </message>
    <message>
        <source>Its profile, and certificates that came with it, are forgotten here. Your data at the facility is not touched; you can add it again later.</source>
        <translation>この施設のプロファイルと、一緒に取り込まれた証明書がこのコンピューターから削除されます。施設にあるデータには影響しません。後でもう一度追加できます。</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
</context>
<context>
    <name>daas::ui::FileBrowser</name>
    <message numerus="yes">
        <source>…and %n more problem(s).</source>
        <translation>
            <numerusform>…ほかに %n 件の問題があります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Your storage at %1</source>
        <translation>%1 のストレージ</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>上へ(&amp;U)</translation>
    </message>
    <message>
        <source>Go to the folder above (Backspace)</source>
        <translation>1 つ上のフォルダーに移動 (Backspace)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>開く(&amp;O)</translation>
    </message>
    <message>
        <source>Open the folder, or the file in its application</source>
        <translation>フォルダーを開くか、ファイルを関連付けられたアプリケーションで開く</translation>
    </message>
    <message>
        <source>&amp;New folder</source>
        <translation>新しいフォルダー(&amp;N)</translation>
    </message>
    <message>
        <source>Create a folder here and name it</source>
        <translation>ここにフォルダーを作成して名前を付ける</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>名前の変更(&amp;R)</translation>
    </message>
    <message>
        <source>Rename the selected entry (F2)</source>
        <translation>選択した項目の名前を変更 (F2)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>削除(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete the selection from your storage (Delete)</source>
        <translation>選択項目をストレージから削除 (Delete)</translation>
    </message>
    <message>
        <source>&amp;Download…</source>
        <translation>ダウンロード(&amp;D)…</translation>
    </message>
    <message>
        <source>Download the selection into a folder on this computer</source>
        <translation>選択項目をこのコンピューターのフォルダーにダウンロード</translation>
    </message>
    <message>
        <source>&amp;Upload files…</source>
        <translation>ファイルをアップロード(&amp;U)…</translation>
    </message>
    <message>
        <source>Upload files from this computer into this folder (or drop them here)</source>
        <translation>このコンピューターからこのフォルダーにファイルをアップロード (ここにドロップしても可)</translation>
    </message>
    <message>
        <source>Download as .&amp;zip…</source>
        <translation>.zip としてダウンロード(&amp;Z)…</translation>
    </message>
    <message>
        <source>Download the selection (or this folder) as one .zip file</source>
        <translation>選択項目 (またはこのフォルダー) を 1 つの .zip ファイルとしてダウンロード</translation>
    </message>
    <message>
        <source>E&amp;xtract here…</source>
        <translation>ここに展開(&amp;X)…</translation>
    </message>
    <message>
        <source>Unpack an archive from this computer into this folder</source>
        <translation>このコンピューター上のアーカイブをこのフォルダーに展開</translation>
    </message>
    <message>
        <source>Copy &amp;link</source>
        <translation>リンクをコピー(&amp;L)</translation>
    </message>
    <message>
        <source>Copy the web address of the selection (or of this folder)</source>
        <translation>選択項目 (またはこのフォルダー) の Web アドレスをコピー</translation>
    </message>
    <message>
        <source>Use on this &amp;computer…</source>
        <translation>このコンピューターで使用(&amp;C)…</translation>
    </message>
    <message>
        <source>Open your storage in this computer&apos;s own file manager</source>
        <translation>このコンピューターのファイルマネージャーでストレージを開く</translation>
    </message>
    <message>
        <source>&amp;Process on the cluster…</source>
        <translation>クラスターで処理(&amp;P)…</translation>
    </message>
    <message>
        <source>Start a batch job with the selected folder (or this one) as its input</source>
        <translation>選択したフォルダー (またはこのフォルダー) を入力としてバッチジョブを開始</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>更新(&amp;F)</translation>
    </message>
    <message>
        <source>List this folder again (F5)</source>
        <translation>このフォルダーを再読み込み (F5)</translation>
    </message>
    <message>
        <source>&amp;Icons</source>
        <translation>アイコン(&amp;I)</translation>
    </message>
    <message>
        <source>Show large icons instead of details</source>
        <translation>詳細の代わりに大きいアイコンを表示</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>ストレージ</translation>
    </message>
    <message>
        <source>Files and folders</source>
        <translation>ファイルとフォルダー</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>詳細(&amp;D)</translation>
    </message>
    <message>
        <source>Show details instead of large icons</source>
        <translation>大きいアイコンの代わりに詳細を表示</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) in this folder are not shown, because the server described them in a way that is not safe to use on this computer: %1</source>
        <translation>
            <numerusform>このフォルダーの %n 個の項目は、サーバーの記述がこのコンピューターで安全に扱えない形式のため表示していません: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loading… %n entry(ies) so far</source>
        <translation>
            <numerusform>読み込み中… これまでに %n 項目</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>This folder could not be listed.</source>
        <translation>このフォルダーを一覧表示できませんでした。</translation>
    </message>
    <message>
        <source>This folder is empty. Drop files here to upload them.</source>
        <translation>このフォルダーは空です。ファイルをここにドロップするとアップロードできます。</translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s)</source>
        <translation>
            <numerusform>%n 個のフォルダー</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n 個のファイル</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n 個を選択</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 used, %2 free</source>
        <translation>%1 使用、%2 空き</translation>
    </message>
    <message>
        <source>%1 free</source>
        <translation>%1 空き</translation>
    </message>
    <message>
        <source>Opening “%1” once it has downloaded (see Transfers).</source>
        <translation>「%1」はダウンロードが終わり次第開きます (「転送」を参照)。</translation>
    </message>
    <message>
        <source>New folder</source>
        <translation>新しいフォルダー</translation>
    </message>
    <message>
        <source>“%1” cannot be used as a name: names may not contain “/” or be “.” or “..”.</source>
        <translation>「%1」は名前として使用できません: 名前に「/」を含めたり、「.」や「..」にしたりすることはできません。</translation>
    </message>
    <message>
        <source>There is already an entry called “%1” in this folder.</source>
        <translation>このフォルダーには「%1」という名前の項目が既にあります。</translation>
    </message>
    <message>
        <source>Delete the folder “%1” and everything in it from your storage? This cannot be undone.</source>
        <translation>フォルダー「%1」とその中身をすべてストレージから削除しますか? この操作は元に戻せません。</translation>
    </message>
    <message>
        <source>Delete “%1” from your storage? This cannot be undone.</source>
        <translation>「%1」をストレージから削除しますか? この操作は元に戻せません。</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n entries from your storage? Folders are deleted with everything in them. This cannot be undone.</source>
        <translation>
            <numerusform>これら %n 個の項目をストレージから削除しますか? フォルダーは中身ごと削除されます。この操作は元に戻せません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete from storage</source>
        <translation>ストレージから削除</translation>
    </message>
    <message>
        <source>Download into folder</source>
        <translation>ダウンロード先のフォルダー</translation>
    </message>
    <message>
        <source>Upload files into “%1”</source>
        <translation>「%1」にファイルをアップロード</translation>
    </message>
    <message>
        <source>%1 is no longer on this computer.</source>
        <translation>%1 はもうこのコンピューター上にありません。</translation>
    </message>
    <message>
        <source>“%1” was not uploaded: its name cannot be used on the storage server.</source>
        <translation>「%1」はアップロードされませんでした: その名前はストレージサーバーで使用できません。</translation>
    </message>
    <message>
        <source>“%1” cannot be moved or copied into itself.</source>
        <translation>「%1」をそれ自身の中に移動またはコピーすることはできません。</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (コピー)</translation>
    </message>
    <message>
        <source>“%1” was not copied: “%2” already has an entry of that name.</source>
        <translation>「%1」はコピーされませんでした:「%2」に同じ名前の項目が既にあります。</translation>
    </message>
    <message>
        <source>“%1” was not moved: “%2” already has an entry of that name.</source>
        <translation>「%1」は移動されませんでした:「%2」に同じ名前の項目が既にあります。</translation>
    </message>
    <message>
        <source>Entries cannot be moved between two different storages. Download them, then upload them.</source>
        <translation>異なるストレージ間で項目を移動することはできません。ダウンロードしてから、アップロードしてください。</translation>
    </message>
    <message>
        <source>Download as .zip</source>
        <translation>.zip としてダウンロード</translation>
    </message>
    <message>
        <source>ZIP archives (*.zip)</source>
        <translation>ZIP アーカイブ (*.zip)</translation>
    </message>
    <message>
        <source>Extract an archive into “%1”</source>
        <translation>アーカイブを「%1」に展開</translation>
    </message>
    <message>
        <source>Archives (*.zip *.tar *.tar.gz *.tgz *.tar.bz2 *.tar.xz)</source>
        <translation>アーカイブ (*.zip *.tar *.tar.gz *.tgz *.tar.bz2 *.tar.xz)</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) of the archive were not extracted: %1</source>
        <translation>
            <numerusform>アーカイブの %n 個の項目は展開されませんでした: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was still downloading when you dropped it, so it was not handed over. Drop it again in a moment; its progress is under Transfers.</source>
        <translation>ドロップした時点で %1 はまだダウンロード中だったため、渡されませんでした。少し待ってからもう一度ドロップしてください。進行状況は「転送」で確認できます。</translation>
    </message>
    <message>
        <source>Link copied: %1</source>
        <translation>リンクをコピーしました: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) copied.</source>
        <translation>
            <numerusform>%n 個のリンクをコピーしました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>daas::ui::IdleWarning</name>
    <message>
        <source>&amp;Stay signed in</source>
        <translation>サインインしたままにする(&amp;S)</translation>
    </message>
    <message>
        <source>Signing out</source>
        <translation>サインアウト</translation>
    </message>
    <message>
        <source>Keeps you signed in on this shared computer.</source>
        <translation>この共有コンピューターでサインインしたままにします。</translation>
    </message>
    <message>
        <source>Nobody has used DAaaS Desktop for a while. This computer is shared, so you will be signed out and everything of yours removed from it.</source>
        <translation>しばらくの間 DAaaS Desktop が使用されていません。このコンピューターは共有されているため、サインアウトされ、あなたのデータはすべてこのコンピューターから削除されます。</translation>
    </message>
    <message numerus="yes">
        <source>Signing out in %n s</source>
        <translation>
            <numerusform>%n 秒後にサインアウトします</numerusform>
        </translation>
    </message>
    <message>
        <source>These transfers will not finish:</source>
        <translation>次の転送は完了しません:</translation>
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
        <translation>%1 (シグナル %2)</translation>
    </message>
    <message>
        <source>The scheduler says: %1</source>
        <translation>スケジューラーからのメッセージ: %1</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>ジョブ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>パーティション</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>投入日時</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始日時</translation>
    </message>
    <message>
        <source>Run time</source>
        <translation>実行時間</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>ノード</translation>
    </message>
    <message>
        <source>Exit code</source>
        <translation>終了コード</translation>
    </message>
</context>
<context>
    <name>daas::ui::JobOutputView</name>
    <message>
        <source>&amp;Follow</source>
        <translation>追従(&amp;F)</translation>
    </message>
    <message>
        <source>Job output</source>
        <translation>ジョブの出力</translation>
    </message>
    <message>
        <source>Job errors</source>
        <translation>ジョブのエラー</translation>
    </message>
    <message>
        <source>Keep the newest output in view</source>
        <translation>最新の出力を常に表示</translation>
    </message>
    <message>
        <source>The scheduler has not said where this output goes yet.</source>
        <translation>スケジューラーはこの出力の保存先をまだ示していません。</translation>
    </message>
    <message>
        <source>[… %1 not shown: the start of a large file]</source>
        <translation>[… %1 は表示していません: 大きなファイルの先頭部分]</translation>
    </message>
    <message>
        <source>[The file was replaced or shortened: %1]</source>
        <translation>[ファイルが置き換えられたか短くなりました: %1]</translation>
    </message>
    <message>
        <source>Waiting for the job to write %1</source>
        <translation>ジョブが %1 に書き込むのを待っています</translation>
    </message>
    <message>
        <source>Following %1</source>
        <translation>%1 を追従中</translation>
    </message>
    <message>
        <source>%1 — the job has ended; this is all of it</source>
        <translation>%1 — ジョブは終了しました。これが出力のすべてです</translation>
    </message>
</context>
<context>
    <name>daas::ui::JobsView</name>
    <message>
        <source>Your batch jobs</source>
        <translation>バッチジョブ</translation>
    </message>
    <message>
        <source>All jobs</source>
        <translation>すべてのジョブ</translation>
    </message>
    <message>
        <source>Queued and running</source>
        <translation>待機中と実行中</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>終了済み</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>表示(&amp;S):</translation>
    </message>
    <message>
        <source>Job details</source>
        <translation>ジョブの詳細</translation>
    </message>
    <message>
        <source>Job script</source>
        <translation>ジョブスクリプト</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>スクリプト</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>出力</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>Stop waiting for this command</source>
        <translation>このコマンドの待機を中止</translation>
    </message>
    <message>
        <source>The job list could not be brought up to date</source>
        <translation>ジョブの一覧を更新できませんでした</translation>
    </message>
    <message>
        <source>&amp;New job…</source>
        <translation>新しいジョブ(&amp;N)…</translation>
    </message>
    <message>
        <source>Write or choose a job and submit it</source>
        <translation>ジョブを作成または選択して投入</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <source>Ask the scheduler now</source>
        <translation>今すぐスケジューラーに問い合わせる</translation>
    </message>
    <message>
        <source>&amp;Cancel job</source>
        <translation>ジョブをキャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>Stop the selected job</source>
        <translation>選択したジョブを停止</translation>
    </message>
    <message>
        <source>&amp;Hold</source>
        <translation>保留(&amp;H)</translation>
    </message>
    <message>
        <source>Keep the selected job from starting</source>
        <translation>選択したジョブが開始されないようにする</translation>
    </message>
    <message>
        <source>Re&amp;lease</source>
        <translation>保留解除(&amp;L)</translation>
    </message>
    <message>
        <source>Let the selected job start</source>
        <translation>選択したジョブの開始を許可</translation>
    </message>
    <message>
        <source>Re&amp;submit…</source>
        <translation>再投入(&amp;S)…</translation>
    </message>
    <message>
        <source>Submit the selected job again</source>
        <translation>選択したジョブをもう一度投入</translation>
    </message>
    <message>
        <source>Make &amp;template…</source>
        <translation>テンプレートを作成(&amp;T)…</translation>
    </message>
    <message>
        <source>Keep the selected job as a template for new jobs</source>
        <translation>選択したジョブを新しいジョブ用のテンプレートとして保存</translation>
    </message>
    <message>
        <source>Open output &amp;folder</source>
        <translation>出力フォルダーを開く(&amp;F)</translation>
    </message>
    <message>
        <source>Show the folder of the job&apos;s output in Files</source>
        <translation>ジョブの出力フォルダーを「ファイル」で表示</translation>
    </message>
    <message>
        <source>Asking the scheduler…</source>
        <translation>スケジューラーに問い合わせています…</translation>
    </message>
    <message>
        <source>Updated at %1 · next check in %2 s</source>
        <translation>%1 に更新 · 次の確認まで %2 秒</translation>
    </message>
    <message>
        <source>The scheduler has not answered yet.</source>
        <translation>スケジューラーからまだ応答がありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s)</source>
        <translation>
            <numerusform>%n 件のジョブ</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a job to see its details, script and output.</source>
        <translation>ジョブを選択すると、詳細、スクリプト、出力が表示されます。</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>ジョブ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Scheduler&apos;s state</source>
        <translation>スケジューラー上の状態</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>パーティション</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>ノード</translation>
    </message>
    <message>
        <source>Cores</source>
        <translation>コア</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>制限時間</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分</numerusform>
        </translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>投入日時</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始日時</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>終了日時</translation>
    </message>
    <message>
        <source>Exit code</source>
        <translation>終了コード</translation>
    </message>
    <message>
        <source>%1, ended by signal %2</source>
        <translation>%1、シグナル %2 により終了</translation>
    </message>
    <message>
        <source>Working folder</source>
        <translation>作業フォルダー</translation>
    </message>
    <message>
        <source>Output file</source>
        <translation>出力ファイル</translation>
    </message>
    <message>
        <source>Error file</source>
        <translation>エラーファイル</translation>
    </message>
    <message>
        <source>The scheduler did not give this job&apos;s script.</source>
        <translation>スケジューラーからこのジョブのスクリプトが返されませんでした。</translation>
    </message>
    <message>
        <source>It stops at once; what it has written so far stays.</source>
        <translation>ジョブはすぐに停止します。それまでに書き込まれた内容は残ります。</translation>
    </message>
    <message>
        <source>It leaves the queue and will not run.</source>
        <translation>ジョブはキューから外れ、実行されません。</translation>
    </message>
    <message>
        <source>Cancel job</source>
        <translation>ジョブのキャンセル</translation>
    </message>
    <message>
        <source>Cancel job %1 “%2”? %3</source>
        <translation>ジョブ %1「%2」をキャンセルしますか? %3</translation>
    </message>
    <message>
        <source>Job %1 could not be cancelled</source>
        <translation>ジョブ %1 をキャンセルできませんでした</translation>
    </message>
    <message>
        <source>Cancelling job %1…</source>
        <translation>ジョブ %1 をキャンセルしています…</translation>
    </message>
    <message>
        <source>Job %1 could not be held</source>
        <translation>ジョブ %1 を保留にできませんでした</translation>
    </message>
    <message>
        <source>Job %1 could not be released</source>
        <translation>ジョブ %1 の保留を解除できませんでした</translation>
    </message>
    <message>
        <source>Holding job %1…</source>
        <translation>ジョブ %1 を保留にしています…</translation>
    </message>
    <message>
        <source>Releasing job %1…</source>
        <translation>ジョブ %1 の保留を解除しています…</translation>
    </message>
    <message>
        <source>Make template</source>
        <translation>テンプレートの作成</translation>
    </message>
    <message>
        <source>Name of the new template:</source>
        <translation>新しいテンプレートの名前:</translation>
    </message>
    <message>
        <source>The template was not made</source>
        <translation>テンプレートは作成されませんでした</translation>
    </message>
    <message>
        <source>The template “%1” is ready: New job offers it.</source>
        <translation>テンプレート「%1」の準備ができました。「新しいジョブ」で選択できます。</translation>
    </message>
</context>
<context>
    <name>daas::ui::LaunchDialog</name>
    <message>
        <source>Launch %1</source>
        <translation>%1 の起動</translation>
    </message>
    <message>
        <source>Software: %1</source>
        <translation>ソフトウェア: %1</translation>
    </message>
    <message>
        <source>Name of the new environment</source>
        <translation>新しい環境の名前</translation>
    </message>
    <message>
        <source>&amp;Launch</source>
        <translation>起動(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>Give the environment a name, so you can tell it from your others.</source>
        <translation>ほかの環境と区別できるように、環境に名前を付けてください。</translation>
    </message>
    <message>
        <source>A name may not contain quotes, backslashes, brackets or control characters.</source>
        <translation>名前には引用符、バックスラッシュ、括弧、制御文字は使用できません。</translation>
    </message>
</context>
<context>
    <name>daas::ui::MainWindow</name>
    <message>
        <source>Transfers</source>
        <translation>転送</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>カタログ</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>施設</translation>
    </message>
    <message>
        <source>Session status</source>
        <translation>セッションの状態</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again to carry on where you were.</source>
        <translation>セッションが終了しました。作業を続けるには、もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>Environments</source>
        <translation>環境</translation>
    </message>
    <message>
        <source>Environment ready</source>
        <translation>環境の準備完了</translation>
    </message>
    <message>
        <source>The desktop of “%1” is ready. Choose Connect to open it.</source>
        <translation>「%1」のデスクトップの準備ができました。開くには「接続」を選んでください。</translation>
    </message>
    <message>
        <source>Desktops</source>
        <translation>デスクトップ</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Open Connection File</source>
        <translation>接続ファイルを開く</translation>
    </message>
    <message>
        <source>Catalogue downloads</source>
        <translation>カタログのダウンロード</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>The batch cluster cannot be used</source>
        <translation>バッチクラスターを使用できません</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>ジョブ</translation>
    </message>
    <message>
        <source>Job %1 %2</source>
        <translation>ジョブ %1 %2</translation>
    </message>
    <message>
        <source>Job %1 has ended.</source>
        <translation>ジョブ %1 が終了しました。</translation>
    </message>
    <message>
        <source>“%1” has ended: %2.</source>
        <translation>「%1」が終了しました: %2。</translation>
    </message>
    <message>
        <source>Unknown cluster login node</source>
        <translation>不明なクラスターログインノード</translation>
    </message>
    <message>
        <source>This computer has not met %1 before. Its %2 key has the fingerprint

%3

Trust it only if your facility publishes the same fingerprint.</source>
        <translation>このコンピューターは %1 に初めて接続します。%2 鍵のフィンガープリントは次のとおりです。

%3

施設が同じフィンガープリントを公開している場合にのみ信頼してください。</translation>
    </message>
    <message>
        <source>Trust this key</source>
        <translation>この鍵を信頼</translation>
    </message>
    <message>
        <source>Do not connect</source>
        <translation>接続しない</translation>
    </message>
    <message>
        <source>Batch cluster</source>
        <translation>バッチクラスター</translation>
    </message>
    <message>
        <source>That was not accepted. %1</source>
        <translation>受け付けられませんでした。%1</translation>
    </message>
    <message>
        <source>Job %1 submitted.</source>
        <translation>ジョブ %1 を投入しました。</translation>
    </message>
    <message>
        <source>Job %1 submitted. The scheduler says: %2</source>
        <translation>ジョブ %1 を投入しました。スケジューラーからのメッセージ: %2</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open Connection File…</source>
        <translation>接続ファイルを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Remote desktop connection files (*.rdp)</source>
        <translation>リモートデスクトップ接続ファイル (*.rdp)</translation>
    </message>
    <message>
        <source>Show &amp;transfers</source>
        <translation>転送を表示(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Catalogue</source>
        <translation>カタログ(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>アカウント(&amp;A)</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>サインイン(&amp;I)…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>サインアウト(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About DAaaS Desktop</source>
        <translation>DAaaS Desktop について(&amp;A)</translation>
    </message>
    <message>
        <source>About DAaaS Desktop</source>
        <translation>DAaaS Desktop について</translation>
    </message>
    <message>
        <source>&lt;b&gt;DAaaS Desktop&lt;/b&gt; %1&lt;br&gt;Your experiments, data and analysis environments at %2.</source>
        <translation>&lt;b&gt;DAaaS Desktop&lt;/b&gt; %1&lt;br&gt;%2 の実験、データ、解析環境をご利用いただけます。</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>%1 としてサインイン中</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>サインインしています…</translation>
    </message>
    <message>
        <source>Session expired — sign in to continue</source>
        <translation>セッションの期限切れ — 続けるにはサインインしてください</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>サインアウトしました</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again.</source>
        <translation>セッションが終了しました。もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>その他の操作</translation>
    </message>
    <message>
        <source>F&amp;iles</source>
        <translation>ファイル(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>%1 を表示</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <source>Download of %1</source>
        <translation>%1 のダウンロード</translation>
    </message>
    <message>
        <source>Upload of %1</source>
        <translation>%1 のアップロード</translation>
    </message>
    <message>
        <source>Copy to %1</source>
        <translation>%1 へのコピー</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>サインアウト</translation>
    </message>
    <message>
        <source>These transfers will not finish:</source>
        <translation>次の転送は完了しません:</translation>
    </message>
    <message>
        <source>This computer is shared: signing out stops them and removes what they kept here.</source>
        <translation>このコンピューターは共有されています。サインアウトすると転送は停止され、転送によってこのコンピューターに保存されたものは削除されます。</translation>
    </message>
    <message>
        <source>Stop them and sign out</source>
        <translation>停止してサインアウト</translation>
    </message>
    <message>
        <source>Stay signed in</source>
        <translation>サインインしたままにする</translation>
    </message>
    <message>
        <source>You were signed out because this shared computer was left unused.</source>
        <translation>この共有コンピューターがしばらく使用されていなかったため、サインアウトしました。</translation>
    </message>
    <message>
        <source>Catalogue transfer of %1</source>
        <translation>%1 のカタログ転送</translation>
    </message>
    <message>
        <source>Signing out ends the session they use: they stop, and their unfinished files are removed.</source>
        <translation>サインアウトすると、これらの転送が使用しているセッションが終了します。転送は停止され、未完了のファイルは削除されます。</translation>
    </message>
</context>
<context>
    <name>daas::ui::MessageBar</name>
    <message>
        <source>Dismiss message</source>
        <translation>メッセージを閉じる</translation>
    </message>
</context>
<context>
    <name>daas::ui::NewJobDialog</name>
    <message>
        <source>Submit &amp;held (start it later with Release)</source>
        <translation>保留状態で投入(&amp;H) (後で「保留解除」で開始)</translation>
    </message>
    <message>
        <source>New job</source>
        <translation>新しいジョブ</translation>
    </message>
    <message>
        <source>A name to find it by</source>
        <translation>後で見つけやすい名前</translation>
    </message>
    <message>
        <source>The cluster&apos;s default</source>
        <translation>クラスターの既定値</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <source>The partition&apos;s default</source>
        <translation>パーティションの既定値</translation>
    </message>
    <message>
        <source>Your home folder on the cluster</source>
        <translation>クラスター上のホームフォルダー</translation>
    </message>
    <message>
        <source>Start from</source>
        <translation>作成元</translation>
    </message>
    <message>
        <source>A script of my own</source>
        <translation>独自のスクリプト</translation>
    </message>
    <message>
        <source>About this template</source>
        <translation>このテンプレートについて</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Partition:</source>
        <translation>パーティション(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Cores:</source>
        <translation>コア数(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Memory:</source>
        <translation>メモリ(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Time limit:</source>
        <translation>制限時間(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Working folder:</source>
        <translation>作業フォルダー(&amp;W):</translation>
    </message>
    <message>
        <source>Job script</source>
        <translation>ジョブスクリプト</translation>
    </message>
    <message>
        <source>What will be submitted</source>
        <translation>投入される内容</translation>
    </message>
    <message>
        <source>&amp;Job</source>
        <translation>ジョブ(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;Script</source>
        <translation>スクリプト(&amp;S)</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>プレビュー(&amp;V)</translation>
    </message>
    <message>
        <source>S&amp;ubmit</source>
        <translation>投入(&amp;U)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>Start &amp;from:</source>
        <translation>作成元(&amp;F):</translation>
    </message>
    <message>
        <source>my-job</source>
        <translation>my-job</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (既定)</translation>
    </message>
    <message numerus="yes">
        <source>at most %n minute(s)</source>
        <translation>
            <numerusform>最大 %n 分</numerusform>
        </translation>
    </message>
    <message>
        <source>The script must start with a line such as “#!/bin/bash” that says what runs it.</source>
        <translation>スクリプトは「#!/bin/bash」のように、実行するプログラムを示す行で始まる必要があります。</translation>
    </message>
    <message>
        <source>The job was not submitted</source>
        <translation>ジョブは投入されませんでした</translation>
    </message>
    <message>
        <source>Submitting…</source>
        <translation>投入しています…</translation>
    </message>
    <message>
        <source>%1 (mine)</source>
        <translation>%1 (自分用)</translation>
    </message>
    <message>
        <source>There is no job template “%1”.</source>
        <translation>ジョブテンプレート「%1」はありません。</translation>
    </message>
    <message>
        <source>A folder on the cluster</source>
        <translation>クラスター上のフォルダー</translation>
    </message>
    <message>
        <source>A file on the cluster</source>
        <translation>クラスター上のファイル</translation>
    </message>
    <message>
        <source>A dataset&apos;s folder on the cluster</source>
        <translation>クラスター上のデータセットのフォルダー</translation>
    </message>
    <message>
        <source>%1 (required):</source>
        <translation>%1 (必須):</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>a copy was removed from Transfers before it finished</source>
        <translation>完了する前にコピーが「転送」から削除されました</translation>
    </message>
    <message>
        <source>the copy of “%1” was cancelled</source>
        <translation>「%1」のコピーはキャンセルされました</translation>
    </message>
    <message>
        <source>The input did not reach your storage: %1. Retry it in Transfers, or choose another input.</source>
        <translation>入力がストレージにコピーされませんでした: %1。「転送」で再試行するか、別の入力を選んでください。</translation>
    </message>
    <message numerus="yes">
        <source>The input is being copied into your storage: %1 of %n file(s) done. Submit waits until the copy is complete.</source>
        <translation>
            <numerusform>入力をストレージにコピーしています: %n 個中 %1 個のファイルが完了しました。コピーが完了するまで投入は待機します。</numerusform>
        </translation>
    </message>
    <message>
        <source>The input is in your storage.</source>
        <translation>入力はストレージにあります。</translation>
    </message>
</context>
<context>
    <name>daas::ui::PasswordPrompt</name>
    <message>
        <source>Password needed</source>
        <translation>パスワードが必要です</translation>
    </message>
    <message>
        <source>%1 asks for your password again. Your transfers wait and carry on once it is accepted.</source>
        <translation>%1 がパスワードの再入力を求めています。転送は待機し、パスワードが受け付けられると再開します。</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>ユーザー名:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>続行(&amp;C)</translation>
    </message>
</context>
<context>
    <name>daas::ui::ProfileCertificateBox</name>
    <message>
        <source>Untrusted Certificate</source>
        <translation>信頼されていない証明書</translation>
    </message>
    <message>
        <source>The server %1 (port %2), where the facility profile is, presented a certificate that is not trusted.

Issued to: %3
Issued by: %4
Valid: %5 to %6

SHA-256 fingerprint:
%7

Trust it only if your facility confirms this fingerprint. The decision is remembered for this server.</source>
        <translation>施設プロファイルのあるサーバー %1 (ポート %2) から、信頼されていない証明書が提示されました。

発行先: %3
発行者: %4
有効期間: %5 から %6

SHA-256 フィンガープリント:
%7

施設がこのフィンガープリントを確認した場合にのみ信頼してください。この判断はこのサーバーについて記憶されます。</translation>
    </message>
    <message>
        <source>Trust and Fetch</source>
        <translation>信頼して取得</translation>
    </message>
</context>
<context>
    <name>daas::ui::RemoteSignInDialog</name>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>パスワードをシステムのキーチェーンに記憶(&amp;R)</translation>
    </message>
    <message>
        <source>Sign In to the Remote Desktop</source>
        <translation>リモートデスクトップへのサインイン</translation>
    </message>
    <message>
        <source>The remote desktop %1 asks you to sign in.</source>
        <translation>リモートデスクトップ %1 へのサインインが必要です。</translation>
    </message>
    <message>
        <source>The password was not accepted. Check it and try again.</source>
        <translation>パスワードが受け付けられませんでした。確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>ドメイン</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>ユーザー名(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>ドメイン(&amp;D):</translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation>サインイン</translation>
    </message>
    <message>
        <source>Sign In to the RD Gateway</source>
        <translation>RD ゲートウェイにサインイン</translation>
    </message>
    <message>
        <source>The RD Gateway %1, through which the remote desktop is reached, asks you to sign in.</source>
        <translation>リモートデスクトップへの経路である RD ゲートウェイ %1 がサインインを求めています。</translation>
    </message>
</context>
<context>
    <name>daas::ui::RemoteView</name>
    <message>
        <source>Check the remote desktop&apos;s certificate to go on.</source>
        <translation>続行するには、リモートデスクトップの証明書を確認してください。</translation>
    </message>
    <message>
        <source>Sign in to the remote desktop to go on.</source>
        <translation>続行するには、リモートデスクトップにサインインしてください。</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>接続しています…</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>サインインしています…</translation>
    </message>
    <message>
        <source>Connection lost: %1
Reconnecting (attempt %2)…</source>
        <translation>接続が切れました: %1
再接続しています (%2 回目)…</translation>
    </message>
    <message>
        <source>Disconnected.</source>
        <translation>切断されました。</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>未接続: %1</translation>
    </message>
    <message>
        <source>Check the RD Gateway&apos;s certificate to go on.</source>
        <translation>続行するには RD ゲートウェイの証明書を確認してください。</translation>
    </message>
    <message>
        <source>Sign in to the RD Gateway to go on.</source>
        <translation>続行するには RD ゲートウェイにサインインしてください。</translation>
    </message>
</context>
<context>
    <name>daas::ui::SessionTabs</name>
    <message>
        <source>Scale to Fit</source>
        <translation>ウィンドウに合わせる</translation>
    </message>
    <message>
        <source>Actual Size</source>
        <translation>実際のサイズ</translation>
    </message>
    <message>
        <source>Resize Desktop to Window</source>
        <translation>デスクトップをウィンドウのサイズに変更</translation>
    </message>
    <message>
        <source>Full Screen</source>
        <translation>全画面表示</translation>
    </message>
    <message>
        <source>Grab Keyboard</source>
        <translation>キーボードを占有</translation>
    </message>
    <message>
        <source>Send all keys, including shortcuts, to the remote desktop</source>
        <translation>ショートカットを含むすべてのキー入力をリモートデスクトップに送信</translation>
    </message>
    <message>
        <source>Send Ctrl+Alt+Del</source>
        <translation>Ctrl+Alt+Del を送信</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>再接続</translation>
    </message>
    <message>
        <source>Save as Connection File…</source>
        <translation>接続ファイルとして保存…</translation>
    </message>
    <message>
        <source>Save this desktop as a .rdp file for the system&apos;s own remote desktop client</source>
        <translation>このデスクトップを、システム標準のリモートデスクトップクライアント用の .rdp ファイルとして保存</translation>
    </message>
    <message>
        <source>Save as Connection File</source>
        <translation>接続ファイルとして保存</translation>
    </message>
    <message>
        <source>Remote desktop connection files (*.rdp)</source>
        <translation>リモートデスクトップ接続ファイル (*.rdp)</translation>
    </message>
    <message>
        <source>Close Desktop</source>
        <translation>デスクトップを閉じる</translation>
    </message>
    <message>
        <source>Close %1</source>
        <translation>%1 を閉じる</translation>
    </message>
</context>
<context>
    <name>daas::ui::SettingsDialog</name>
    <message>
        <source>This computer is &amp;shared by several people</source>
        <translation>このコンピューターを複数の人で共有する(&amp;S)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>システムの言語 (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>The language of DAaaS Desktop, used from its next start.</source>
        <translation>DAaaS Desktop の表示言語です。次回の起動時から使用されます。</translation>
    </message>
    <message>
        <source>A new language takes effect the next time DAaaS Desktop starts.</source>
        <translation>新しい言語は、次回 DAaaS Desktop を起動したときに有効になります。</translation>
    </message>
    <message>
        <source>On a shared computer nobody is remembered, signing out removes everything of the person, and an idle session is signed out.</source>
        <translation>共有コンピューターでは、ユーザーの情報は記憶されず、サインアウトするとその人のデータはすべて削除され、使用されていないセッションは自動的にサインアウトされます。</translation>
    </message>
    <message>
        <source>Your facility has set this computer up as a shared workstation.</source>
        <translation>施設がこのコンピューターを共有ワークステーションとして設定しています。</translation>
    </message>
    <message>
        <source>Nobody is remembered, signing out removes your passwords, settings and files kept by DAaaS Desktop, and you are signed out when the computer is left unused.</source>
        <translation>ユーザーの情報は記憶されません。サインアウトすると、DAaaS Desktop が保存したパスワード、設定、ファイルが削除されます。また、コンピューターが使用されていない状態が続くとサインアウトされます。</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <source>Sign out after this many minutes without use</source>
        <translation>サインアウトまでの未使用時間 (分)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>Shared workstation</source>
        <translation>共有ワークステーション</translation>
    </message>
    <message>
        <source>Sign out when &amp;unused for:</source>
        <translation>サインアウトまでの未使用時間(&amp;U):</translation>
    </message>
</context>
<context>
    <name>daas::ui::ShortcutsDialog</name>
    <message>
        <source>General</source>
        <translation>全般</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
</context>
<context>
    <name>daas::ui::SignInDialog</name>
    <message>
        <source>&amp;Remember me on this computer</source>
        <translation>このコンピューターにサインイン情報を記憶(&amp;R)</translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation>%1 へのサインイン</translation>
    </message>
    <message>
        <source>Sign in with your facility account to see your experiments and their data.</source>
        <translation>施設のアカウントでサインインすると、実験とそのデータを参照できます。</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>サインイン(&amp;S)</translation>
    </message>
    <message>
        <source>Account type</source>
        <translation>アカウントの種類</translation>
    </message>
    <message>
        <source>Keeps the password in this computer&apos;s keychain, never in a file.</source>
        <translation>パスワードはファイルではなく、このコンピューターのキーチェーンに保存されます。</translation>
    </message>
    <message>
        <source>Account &amp;type:</source>
        <translation>アカウントの種類(&amp;T):</translation>
    </message>
    <message>
        <source>%1 Check the network, then close and open this window again.</source>
        <translation>%1 ネットワークを確認してから、このウィンドウを閉じて開き直してください。</translation>
    </message>
    <message>
        <source>Asking the facility how to sign in…</source>
        <translation>施設にサインイン方法を問い合わせています…</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>ユーザー名(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <source>Please fill in every field.</source>
        <translation>すべての項目を入力してください。</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>サインインしています…</translation>
    </message>
</context>
<context>
    <name>daas::ui::TemplateModel</name>
    <message numerus="yes">
        <source>up to %n day(s)</source>
        <translation>
            <numerusform>最長 %n 日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>up to %n hour(s)</source>
        <translation>
            <numerusform>最長 %n 時間</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 GiB memory</source>
        <translation>メモリ %1 GiB</translation>
    </message>
    <message>
        <source>%1 MiB memory</source>
        <translation>メモリ %1 MiB</translation>
    </message>
    <message numerus="yes">
        <source>%n CPU(s)</source>
        <translation>
            <numerusform>%n CPU</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 GiB disk</source>
        <translation>ディスク %1 GiB</translation>
    </message>
    <message>
        <source>Software: %1</source>
        <translation>ソフトウェア: %1</translation>
    </message>
</context>
<context>
    <name>daas::ui::TransferDelegate</name>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>daas::ui::TransferListModel</name>
    <message numerus="yes">
        <source>%n s left</source>
        <translation>
            <numerusform>残り %n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min left</source>
        <translation>
            <numerusform>残り %n 分</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min left</source>
        <translation>残り %1 時間 %2 分</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>Waiting to try again: %1</source>
        <translation>再試行待ち: %1</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>Paused at %1</source>
        <translation>%1 で一時停止中</translation>
    </message>
    <message>
        <source>Already there: waiting for your choice</source>
        <translation>既に存在します: 選択を待っています</translation>
    </message>
    <message>
        <source>Trying again shortly: %1</source>
        <translation>まもなく再試行します: %1</translation>
    </message>
    <message>
        <source>into your storage</source>
        <translation>ストレージへ</translation>
    </message>
    <message>
        <source>into “%1”</source>
        <translation>「%1」へ</translation>
    </message>
    <message>
        <source>Checksum verified · copied %1</source>
        <translation>チェックサム検証済み · %1 にコピー</translation>
    </message>
    <message>
        <source>No checksum in the catalogue: size checked only · copied %1</source>
        <translation>カタログにチェックサムがないため、サイズのみ確認 · %1 にコピー</translation>
    </message>
    <message>
        <source>Uploaded to your storage as “%1”</source>
        <translation>ストレージに「%1」としてアップロードしました</translation>
    </message>
    <message>
        <source>Uploaded to “%1” as “%2”</source>
        <translation>「%1」に「%2」としてアップロードしました</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>%1 として保存しました</translation>
    </message>
    <message>
        <source>Cancelled; nothing was kept.</source>
        <translation>キャンセルしました。何も保存されていません。</translation>
    </message>
    <message>
        <source>Skipped: already there.</source>
        <translation>スキップしました: 既に存在します。</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>開始しています…</translation>
    </message>
    <message>
        <source>catalogue: %1 → storage: %2</source>
        <translation>カタログ: %1 → ストレージ: %2</translation>
    </message>
    <message>
        <source>%1 → storage: %2</source>
        <translation>%1 → ストレージ: %2</translation>
    </message>
    <message>
        <source>storage: %1 → %2</source>
        <translation>ストレージ: %1 → %2</translation>
    </message>
</context>
<context>
    <name>daas::ui::TransferPanel</name>
    <message numerus="yes">
        <source>%n file(s) saved in %1</source>
        <translation>
            <numerusform>%n 個のファイルを %1 に保存しました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) extracted into your storage.</source>
        <translation>
            <numerusform>%n 個のファイルをストレージに展開しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not extracted: %1</source>
        <translation>展開されませんでした: %1</translation>
    </message>
    <message>
        <source>Storage transfers</source>
        <translation>ストレージの転送</translation>
    </message>
    <message>
        <source>Progress of all storage transfers</source>
        <translation>ストレージのすべての転送の進行状況</translation>
    </message>
    <message>
        <source>Pause all</source>
        <translation>すべて一時停止</translation>
    </message>
    <message>
        <source>Resume all</source>
        <translation>すべて再開</translation>
    </message>
    <message>
        <source>Clear finished</source>
        <translation>完了した項目を消去</translation>
    </message>
    <message>
        <source>Transfers at once</source>
        <translation>同時転送数</translation>
    </message>
    <message>
        <source>How many storage transfers run at the same time</source>
        <translation>同時に実行するストレージ転送の数</translation>
    </message>
    <message>
        <source>at &amp;once</source>
        <translation>件同時(&amp;O)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Storage&lt;/b&gt;</source>
        <translation>&lt;b&gt;ストレージ&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No storage transfers. Drop files on the Files area to upload them.</source>
        <translation>ストレージの転送はありません。「ファイル」エリアにファイルをドロップするとアップロードできます。</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be transferred; retry them or clear the list.</source>
        <translation>
            <numerusform>%n 個のファイルを転送できませんでした。再試行するか、一覧を消去してください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n file(s) transferred.</source>
        <translation>
            <numerusform>%n 個のファイルをすべて転送しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n file(s)</source>
        <translation>
            <numerusform>%1 / %n 個のファイル</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>一時停止(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>再開(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>再試行(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>キャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>フォルダーに表示(&amp;F)</translation>
    </message>
</context>
<context>
    <name>daas::ui::UseOnComputerDialog</name>
    <message>
        <source>&lt;p&gt;In File Explorer, right-click &lt;b&gt;This PC&lt;/b&gt; and choose &lt;b&gt;Map network drive…&lt;/b&gt;. Pick a drive letter, enter the address above as the folder, tick &lt;b&gt;Connect using different credentials&lt;/b&gt; and sign in with your facility user name and password.&lt;/p&gt;</source>
        <translation>&lt;p&gt;エクスプローラーで &lt;b&gt;PC&lt;/b&gt; を右クリックし、&lt;b&gt;ネットワーク ドライブの割り当て…&lt;/b&gt; を選択します。ドライブ文字を選び、フォルダーに上記のアドレスを入力して &lt;b&gt;別の資格情報を使用して接続する&lt;/b&gt; をオンにし、施設のユーザー名とパスワードでサインインします。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;In the Finder, choose &lt;b&gt;Go ▸ Connect to Server…&lt;/b&gt; (⌘K), enter the address above and press &lt;b&gt;Connect&lt;/b&gt;. Sign in with your facility user name and password; the storage then appears under &lt;b&gt;Locations&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Finder で &lt;b&gt;移動 ▸ サーバへ接続…&lt;/b&gt; (⌘K) を選択し、上記のアドレスを入力して &lt;b&gt;接続&lt;/b&gt; を押します。施設のユーザー名とパスワードでサインインすると、ストレージが &lt;b&gt;場所&lt;/b&gt; に表示されます。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;In Files, choose &lt;b&gt;Other Locations&lt;/b&gt;, enter the address above under &lt;b&gt;Connect to Server&lt;/b&gt; and press &lt;b&gt;Connect&lt;/b&gt;. The storage then appears in the side bar.&lt;/p&gt;&lt;p&gt;Or in a terminal:&lt;br&gt;&lt;code&gt;%1&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;「ファイル」で &lt;b&gt;他の場所&lt;/b&gt; を選択し、&lt;b&gt;サーバーへ接続&lt;/b&gt; に上記のアドレスを入力して &lt;b&gt;接続&lt;/b&gt; を押します。ストレージがサイドバーに表示されます。&lt;/p&gt;&lt;p&gt;または端末で次を実行します:&lt;br&gt;&lt;code&gt;%1&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Use your storage on this computer</source>
        <translation>このコンピューターでストレージを使用</translation>
    </message>
    <message>
        <source>Your storage can also be opened by this computer&apos;s own file manager, like a network drive:</source>
        <translation>ストレージは、ネットワークドライブのように、このコンピューターのファイルマネージャーでも開くことができます:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>アドレス(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Mount now</source>
        <translation>今すぐマウント(&amp;M)</translation>
    </message>
    <message>
        <source>Run “gio mount” for this address</source>
        <translation>このアドレスに対して「gio mount」を実行</translation>
    </message>
    <message>
        <source>Mounting…</source>
        <translation>マウントしています…</translation>
    </message>
    <message>
        <source>Mounted. Your storage is now in the file manager&apos;s side bar.</source>
        <translation>マウントしました。ストレージはファイルマネージャーのサイドバーに表示されます。</translation>
    </message>
    <message>
        <source>It could not be mounted: %1</source>
        <translation>マウントできませんでした: %1</translation>
    </message>
    <message>
        <source>gio ended with code %1.</source>
        <translation>gio がコード %1 で終了しました。</translation>
    </message>
    <message>
        <source>It could not be mounted: gio did not start.</source>
        <translation>マウントできませんでした: gio を起動できませんでした。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A remote desktop connection file (.rdp) to open.</source>
        <translation>開くリモートデスクトップ接続ファイル (.rdp)。</translation>
    </message>
    <message>
        <source>DAaaS Desktop</source>
        <translation>DAaaS Desktop</translation>
    </message>
    <message>
        <source>A facility profile file, the id of a facility you added, or &apos;demo&apos;.</source>
        <translation>施設プロファイルのファイル、追加した施設の ID、または &apos;demo&apos;。</translation>
    </message>
</context>
</TS>
