<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>daas::catalogue::IdsRestore</name>
    <message numerus="yes">
        <source>The facility did not restore the data from tape within %n minute(s). Try again later.</source>
        <translation>
            <numerusform>The facility did not restore the data from tape within %n minute. Try again later.</numerusform>
            <numerusform>The facility did not restore the data from tape within %n minutes. Try again later.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>daas::cli::CliContext</name>
    <message numerus="yes">
        <source>Copying %n file(s) into %1</source>
        <translation>
            <numerusform>Copying %n file into %1</numerusform>
            <numerusform>Copying %n files into %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>daas::cloud::EnvironmentWatcher</name>
    <message numerus="yes">
        <source>The environment “%1” is running but its desktop did not answer within %n minute(s). Try again later, or remove it and launch a new one.</source>
        <translation>
            <numerusform>The environment “%1” is running but its desktop did not answer within %n minute. Try again later, or remove it and launch a new one.</numerusform>
            <numerusform>The environment “%1” is running but its desktop did not answer within %n minutes. Try again later, or remove it and launch a new one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The environment “%1” did not start within %n minute(s). The cloud may be busy: try again later, or remove it and launch a new one.</source>
        <translation>
            <numerusform>The environment “%1” did not start within %n minute. The cloud may be busy: try again later, or remove it and launch a new one.</numerusform>
            <numerusform>The environment “%1” did not start within %n minutes. The cloud may be busy: try again later, or remove it and launch a new one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>daas::jobs::JobJournalFile</name>
    <message numerus="yes">
        <source>%n job(s) of the job history could not be read and are left out. The file as it was is kept as %1.</source>
        <translation>
            <numerusform>%n job of the job history could not be read and is left out. The file as it was is kept as %1.</numerusform>
            <numerusform>%n jobs of the job history could not be read and are left out. The file as it was is kept as %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) of the job history could not be read, and the file could not be copied aside, so jobs of this session will not be kept in it.</source>
        <translation>
            <numerusform>%n job of the job history could not be read, and the file could not be copied aside, so jobs of this session will not be kept in it.</numerusform>
            <numerusform>%n jobs of the job history could not be read, and the file could not be copied aside, so jobs of this session will not be kept in it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>daas::support</name>
    <message numerus="yes">
        <source>The server %1 did not answer within %n second(s). Check the network connection, or try again later.</source>
        <translation>
            <numerusform>The server %1 did not answer within %n second. Check the network connection, or try again later.</numerusform>
            <numerusform>The server %1 did not answer within %n seconds. Check the network connection, or try again later.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>daas::ui::CatalogueView</name>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dataset(s)</source>
        <translation>
            <numerusform>%n dataset</numerusform>
            <numerusform>%n datasets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copying %n file(s) into %1. Their progress is in Transfers.</source>
        <translation>
            <numerusform>Copying %n file into %1. Its progress is in Transfers.</numerusform>
            <numerusform>Copying %n files into %1. Their progress is in Transfers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more file(s) were left out for the same kind of reason.</source>
        <translation>
            <numerusform>%n more file was left out for the same kind of reason.</numerusform>
            <numerusform>%n more files were left out for the same kind of reason.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>daas::ui::ConflictDialog</name>
    <message numerus="yes">
        <source>%n more file(s) of these transfers are also already there.</source>
        <translation>
            <numerusform>%n more file of these transfers is also already there.</numerusform>
            <numerusform>%n more files of these transfers are also already there.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>daas::ui::DownloadsPanel</name>
    <message numerus="yes">
        <source>%n file(s) saved in %1</source>
        <translation>
            <numerusform>%n file saved in %1</numerusform>
            <numerusform>%n files saved in %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>daas::ui::EnvironmentModel</name>
    <message numerus="yes">
        <source>Removed automatically in %n hour(s)</source>
        <translation>
            <numerusform>Removed automatically in %n hour</numerusform>
            <numerusform>Removed automatically in %n hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>daas::ui::FileBrowser</name>
    <message numerus="yes">
        <source>…and %n more problem(s).</source>
        <translation>
            <numerusform>…and %n more problem.</numerusform>
            <numerusform>…and %n more problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) in this folder are not shown, because the server described them in a way that is not safe to use on this computer: %1</source>
        <translation>
            <numerusform>%n entry in this folder is not shown, because the server described it in a way that is not safe to use on this computer: %1</numerusform>
            <numerusform>%n entries in this folder are not shown, because the server described them in a way that is not safe to use on this computer: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loading… %n entry(ies) so far</source>
        <translation>
            <numerusform>Loading… %n entry so far</numerusform>
            <numerusform>Loading… %n entries so far</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s)</source>
        <translation>
            <numerusform>%n folder</numerusform>
            <numerusform>%n folders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n selected</numerusform>
            <numerusform>%n selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n entries from your storage? Folders are deleted with everything in them. This cannot be undone.</source>
        <translation>
            <numerusform>Delete this entry from your storage? Folders are deleted with everything in them. This cannot be undone.</numerusform>
            <numerusform>Delete these %n entries from your storage? Folders are deleted with everything in them. This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) of the archive were not extracted: %1</source>
        <translation>
            <numerusform>%n entry of the archive was not extracted: %1</numerusform>
            <numerusform>%n entries of the archive were not extracted: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) copied.</source>
        <translation>
            <numerusform>%n link copied.</numerusform>
            <numerusform>%n links copied.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>daas::ui::IdleWarning</name>
    <message numerus="yes">
        <source>Signing out in %n s</source>
        <translation>
            <numerusform>Signing out in %n s</numerusform>
            <numerusform>Signing out in %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>daas::ui::JobsView</name>
    <message numerus="yes">
        <source>%n job(s)</source>
        <translation>
            <numerusform>%n job</numerusform>
            <numerusform>%n jobs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>daas::ui::NewJobDialog</name>
    <message numerus="yes">
        <source>at most %n minute(s)</source>
        <translation>
            <numerusform>at most %n minute</numerusform>
            <numerusform>at most %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The input is being copied into your storage: %1 of %n file(s) done. Submit waits until the copy is complete.</source>
        <translation>
            <numerusform>The input is being copied into your storage: %1 of %n file done. Submit waits until the copy is complete.</numerusform>
            <numerusform>The input is being copied into your storage: %1 of %n files done. Submit waits until the copy is complete.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>daas::ui::TemplateModel</name>
    <message numerus="yes">
        <source>up to %n day(s)</source>
        <translation>
            <numerusform>up to %n day</numerusform>
            <numerusform>up to %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>up to %n hour(s)</source>
        <translation>
            <numerusform>up to %n hour</numerusform>
            <numerusform>up to %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n CPU(s)</source>
        <translation>
            <numerusform>%n CPU</numerusform>
            <numerusform>%n CPUs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>daas::ui::TransferListModel</name>
    <message numerus="yes">
        <source>%n s left</source>
        <translation>
            <numerusform>%n s left</numerusform>
            <numerusform>%n s left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min left</source>
        <translation>
            <numerusform>%n min left</numerusform>
            <numerusform>%n min left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>daas::ui::TransferPanel</name>
    <message numerus="yes">
        <source>%n file(s) saved in %1</source>
        <translation>
            <numerusform>%n file saved in %1</numerusform>
            <numerusform>%n files saved in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) extracted into your storage.</source>
        <translation>
            <numerusform>%n file extracted into your storage.</numerusform>
            <numerusform>%n files extracted into your storage.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be transferred; retry them or clear the list.</source>
        <translation>
            <numerusform>%n file could not be transferred; retry it or clear the list.</numerusform>
            <numerusform>%n files could not be transferred; retry them or clear the list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n file(s) transferred.</source>
        <translation>
            <numerusform>The file was transferred.</numerusform>
            <numerusform>All %n files transferred.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n file(s)</source>
        <translation>
            <numerusform>%1 of %n file</numerusform>
            <numerusform>%1 of %n files</numerusform>
        </translation>
    </message>
</context>
</TS>
