<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- English plural forms of the app's counted messages ("1 result", "21 results").
     Compile with `make translations`; the .qm beside this file is committed. -->
<TS version="2.1" language="en">
<context>
    <name>SearchPanel</name>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>Wrote %n row(s) to {path}.</source>
        <translation>
            <numerusform>Wrote %n row to {path}.</numerusform>
            <numerusform>Wrote %n rows to {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItemCommands</name>
    <message numerus="yes">
        <source>Exported %n row(s) to {path}.</source>
        <translation>
            <numerusform>Exported %n row to {path}.</numerusform>
            <numerusform>Exported %n rows to {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FiguresTable</name>
    <message numerus="yes">
        <source>Copied %n row(s) with their sources</source>
        <translation>
            <numerusform>Copied %n row with its source</numerusform>
            <numerusform>Copied %n rows with their sources</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShortlistNotes</name>
    <message numerus="yes">
        <source>Added %n item(s) to the shortlist.</source>
        <translation>
            <numerusform>Added %n item to the shortlist.</numerusform>
            <numerusform>Added %n items to the shortlist.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Took %n item(s) off the shortlist.</source>
        <translation>
            <numerusform>Took %n item off the shortlist.</numerusform>
            <numerusform>Took %n items off the shortlist.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HoverText</name>
    <message numerus="yes">
        <source>%n doubtful figure(s) not drawn (see the figures table)</source>
        <translation>
            <numerusform>%n doubtful figure not drawn (see the figures table)</numerusform>
            <numerusform>%n doubtful figures not drawn (see the figures table)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>largest values only: %n more item(s) not shown</source>
        <translation>
            <numerusform>largest values only: %n more item not shown</numerusform>
            <numerusform>largest values only: %n more items not shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) without period or value not plotted</source>
        <translation>
            <numerusform>%n figure without period or value not plotted</numerusform>
            <numerusform>%n figures without period or value not plotted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} — over time, %n value(s)</source>
        <translation>
            <numerusform>{name} — over time, %n value</numerusform>
            <numerusform>{name} — over time, %n values</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} — %n item(s) compared</source>
        <translation>
            <numerusform>{name} — %n item compared</numerusform>
            <numerusform>{name} — %n items compared</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapPane</name>
    <message numerus="yes">
        <source>%n park(s) placed here by their sources</source>
        <translation>
            <numerusform>%n park placed here by its sources</numerusform>
            <numerusform>%n parks placed here by their sources</numerusform>
        </translation>
    </message>
</context>
</TS>
