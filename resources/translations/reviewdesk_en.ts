<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>rd::gui::ActivityPane</name>
    <message numerus="yes">
        <source>%1 wrote %n other review(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::gui::DetailPane</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n other negative review(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::gui::ImportDialog</name>
    <message numerus="yes">
        <source>The first %n row(s) read without problems.</source>
        <translation>
            <numerusform>The first %n row reads without problems.</numerusform>
            <numerusform>The first %n rows read without problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of the first %n row(s), these would be skipped:</source>
        <translation>
            <numerusform>Of the first %n row, these would be skipped:</numerusform>
            <numerusform>Of the first %n rows, these would be skipped:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) read</source>
        <translation>
            <numerusform>%n review read</numerusform>
            <numerusform>%n reviews read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new review(s) classified, %1 reply draft(s) written.</source>
        <translation>
            <numerusform>%n new review classified, %1 reply draft(s) written.</numerusform>
            <numerusform>%n new reviews classified, %1 reply draft(s) written.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::gui::QueueModel</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mo</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n y</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
