<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>MainWindow</name>
    <message>
        <source>ReviewDesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::gui::Application</name>
    <message>
        <source>Preparing the demo reviews…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ReviewDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review-management workbench for marketplace sellers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the database, wait until its first rows are shown and exit (exit code 0 when that worked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file to open (created when missing). Default: the last one used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo reviews could not be set up; starting with an empty database.

%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::gui::DemoDatabase</name>
    <message>
        <source>The demo reviews could not be imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo reviews are missing from this build (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::gui::MainWindow</name>
    <message>
        <source>Cannot open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ReviewDesk — %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
