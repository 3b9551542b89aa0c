<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
    <name>daas::ui::CatalogueView</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
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
</TS>
