<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>rd::gui::ActivityPane</name>
    <message numerus="yes">
        <source>%1 wrote %n other review(s).</source>
        <translation>
            <numerusform>%1 wrote %n other review.</numerusform>
            <numerusform>%1 wrote %n other reviews.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::gui::ChartClicks</name>
    <message numerus="yes">
        <source>%1: %n complaint(s) — click to open them in the queue</source>
        <translation>
            <numerusform>%1: %n complaint — click to open it in the queue</numerusform>
            <numerusform>%1: %n complaints — click to open them in the queue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n complaint(s) this week — click to open them in the queue</source>
        <translation>
            <numerusform>%1: %n complaint this week — click to open it in the queue</numerusform>
            <numerusform>%1: %n complaints this week — click to open them in the queue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::gui::CoverageModel</name>
    <message numerus="yes">
        <source>%n template(s)</source>
        <translation>
            <numerusform>%n template</numerusform>
            <numerusform>%n templates</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::gui::DetailPane</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n other negative review(s))</source>
        <translation>
            <numerusform>(%n other negative review)</numerusform>
            <numerusform>(%n other negative reviews)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::gui::EvaluationView</name>
    <message numerus="yes">
        <source>%n labelled review(s) not found in the database and not scored, e.g. %1.</source>
        <translation>
            <numerusform>%n labelled review not found in the database and not scored: %1.</numerusform>
            <numerusform>%n labelled reviews not found in the database and not scored, e.g. %1.</numerusform>
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
    <name>rd::gui::LiveTestPanel</name>
    <message numerus="yes">
        <source>%n star(s)</source>
        <translation>
            <numerusform>%n star</numerusform>
            <numerusform>%n stars</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::gui::QueueModel</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mo</source>
        <translation>
            <numerusform>%n mo</numerusform>
            <numerusform>%n mo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n y</source>
        <translation>
            <numerusform>%n y</numerusform>
            <numerusform>%n y</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::gui::ReportPanels</name>
    <message numerus="yes">
        <source>%1 · %2: %n complaint(s), %3 – %4</source>
        <translation>
            <numerusform>%1 · %2: %n complaint, %3 – %4</numerusform>
            <numerusform>%1 · %2: %n complaints, %3 – %4</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::gui::ReportWindow</name>
    <message numerus="yes">
        <source>%1: %n complaint(s) · computed in %2 ms · click a bar, a row, a phrase or an alert to open its reviews in the queue</source>
        <translation>
            <numerusform>%1: %n complaint · computed in %2 ms · click a bar, a row, a phrase or an alert to open its reviews in the queue</numerusform>
            <numerusform>%1: %n complaints · computed in %2 ms · click a bar, a row, a phrase or an alert to open its reviews in the queue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Report: %1 (%n review(s))</source>
        <translation>
            <numerusform>Report: %1 (%n review)</numerusform>
            <numerusform>Report: %1 (%n reviews)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Alert: %1 · %2 (%n review(s))</source>
        <translation>
            <numerusform>Alert: %1 · %2 (%n review)</numerusform>
            <numerusform>Alert: %1 · %2 (%n reviews)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::gui::RuleEditorWindow</name>
    <message numerus="yes">
        <source>Not saved: the rule file has %n error(s); nothing was written. %1</source>
        <translation>
            <numerusform>Not saved: the rule file has %n error; nothing was written. %1</numerusform>
            <numerusform>Not saved: the rule file has %n errors; nothing was written. %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Re-classified %n review(s) with rules %1. A person&apos;s corrections were kept.</source>
        <translation>
            <numerusform>Re-classified %n review with rules %1. A person&apos;s corrections were kept.</numerusform>
            <numerusform>Re-classified %n reviews with rules %1. A person&apos;s corrections were kept.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::gui::TemplateEditorWindow</name>
    <message numerus="yes">
        <source>%n cell(s) without a template</source>
        <translation>
            <numerusform>%n cell without a template</numerusform>
            <numerusform>%n cells without a template</numerusform>
        </translation>
    </message>
</context>
</TS>
