<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AddStageDialog</name>
    <message>
        <source>Add Stage</source>
        <translation>Stage hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>lowercase, e.g. builder</source>
        <translation>kleingeschrieben, z. B. builder</translation>
    </message>
    <message>
        <source>&amp;Base:</source>
        <translation>&amp;Basis:</translation>
    </message>
    <message>
        <source>An earlier stage, or an image such as alpine:3.20</source>
        <translation>Eine frühere Stage oder ein Image wie alpine:3.20</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>&amp;Insert after:</source>
        <translation>&amp;Einfügen nach:</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export Stage Diagram</source>
        <translation>Stage-Diagramm exportieren</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>Stages this target does not build are drawn faded.</source>
        <translation>Stages, die dieses Ziel nicht baut, werden blass gezeichnet.</translation>
    </message>
    <message>
        <source>&amp;Build args:</source>
        <translation>&amp;Build-Argumente:</translation>
    </message>
    <message>
        <source>KEY=VALUE KEY2=VALUE2</source>
        <translation>SCHLÜSSEL=WERT SCHLÜSSEL2=WERT2</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Richtung:</translation>
    </message>
    <message>
        <source>&amp;Scale (PNG):</source>
        <translation>&amp;Skalierung (PNG):</translation>
    </message>
    <message>
        <source>Show &amp;legend</source>
        <translation>&amp;Legende zeigen</translation>
    </message>
    <message>
        <source>Show external &amp;images</source>
        <translation>Externe &amp;Images zeigen</translation>
    </message>
    <message>
        <source>Show every &amp;instruction</source>
        <translation>Jede &amp;Anweisung zeigen</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Configure Stagecraft</source>
        <translation>Stagecraft einrichten</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Erscheinungsbild</translation>
    </message>
    <message>
        <source>&amp;Colour scheme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>Colour scheme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>Editor &amp;theme:</source>
        <translation>Editor-&amp;Design:</translation>
    </message>
    <message>
        <source>Editor theme</source>
        <translation>Editor-Design</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Takes effect when Stagecraft starts next.</source>
        <translation>Wirkt beim nächsten Start von Stagecraft.</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>&amp;Font:</source>
        <translation>&amp;Schrift:</translation>
    </message>
    <message>
        <source>Editor font</source>
        <translation>Editor-Schrift</translation>
    </message>
    <message>
        <source>Font &amp;size:</source>
        <translation>Schrift&amp;größe:</translation>
    </message>
    <message>
        <source>Editor font size</source>
        <translation>Schriftgröße des Editors</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Stage graph</source>
        <translation>Stage-Graph</translation>
    </message>
    <message>
        <source>Layout &amp;direction:</source>
        <translation>Layout-&amp;Richtung:</translation>
    </message>
    <message>
        <source>Layout direction</source>
        <translation>Layout-Richtung</translation>
    </message>
    <message>
        <source>Lay out &amp;afresh when a file opens (forget positions placed by hand)</source>
        <translation>Beim Öffnen einer Datei &amp;neu anordnen (von Hand gesetzte Positionen vergessen)</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Keep a recovery copy &amp;every:</source>
        <translation>Wiederherstellungskopie &amp;alle:</translation>
    </message>
    <message>
        <source>Autosave interval in seconds</source>
        <translation>Intervall der automatischen Sicherung in Sekunden</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>While a document has unsaved changes, Stagecraft writes a recovery copy this often; after a crash it offers to restore it.</source>
        <translation>Solange ein Dokument ungespeicherte Änderungen hat, schreibt Stagecraft in diesem Abstand eine Wiederherstellungskopie; nach einem Absturz bietet es an, sie wiederherzustellen.</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>&amp;Python</source>
        <translation>&amp;Python</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>&amp;Node.js</source>
        <translation>&amp;Node.js</translation>
    </message>
    <message>
        <source>&amp;Rust</source>
        <translation>&amp;Rust</translation>
    </message>
    <message>
        <source>&amp;Java</source>
        <translation>&amp;Java</translation>
    </message>
    <message>
        <source>.&amp;NET</source>
        <translation>.&amp;NET</translation>
    </message>
    <message>
        <source>&amp;C/C++</source>
        <translation>&amp;C/C++</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>See and shape multistage Dockerfiles.</source>
        <translation>Mehrstufige Dockerfiles sehen und gestalten.</translation>
    </message>
    <message>
        <source>The Dockerfile to open.</source>
        <translation>Das zu öffnende Dockerfile.</translation>
    </message>
    <message>
        <source>Write a picture of the window to PATH and quit.</source>
        <translation>Ein Bild des Fensters nach PFAD schreiben und beenden.</translation>
    </message>
    <message>
        <source>Write the file&apos;s stage diagram to PATH and quit.</source>
        <translation>Das Stage-Diagramm der Datei nach PFAD schreiben und beenden.</translation>
    </message>
    <message>
        <source>Use a light or dark palette instead of the system&apos;s.</source>
        <translation>Eine helle oder dunkle Palette statt der des Systems verwenden.</translation>
    </message>
    <message>
        <source>Speak LANGUAGE (e.g. de, en) instead of the configured one.</source>
        <translation>SPRACHE (z. B. de, en) statt der eingestellten verwenden.</translation>
    </message>
</context>
<context>
    <name>stagecraft::app::BuildPlanDock</name>
    <message>
        <source>Build Plan</source>
        <translation>Build-Plan</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Build target</source>
        <translation>Build-Ziel</translation>
    </message>
    <message>
        <source>Build arguments</source>
        <translation>Build-Argumente</translation>
    </message>
    <message>
        <source>NAME=value NAME2=value</source>
        <translation>NAME=wert NAME2=wert</translation>
    </message>
    <message>
        <source>Image tag</source>
        <translation>Image-Tag</translation>
    </message>
    <message>
        <source>Stages that build, in order</source>
        <translation>Stages, die gebaut werden, in Reihenfolge</translation>
    </message>
    <message>
        <source>Builds</source>
        <translation>Baut</translation>
    </message>
    <message>
        <source>Its files</source>
        <translation>Ihre Dateien</translation>
    </message>
    <message>
        <source>Skipped stages</source>
        <translation>Übersprungene Stages</translation>
    </message>
    <message>
        <source>Build command</source>
        <translation>Build-Befehl</translation>
    </message>
    <message>
        <source>Copy the command to the clipboard</source>
        <translation>Den Befehl in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>Build &amp;args:</source>
        <translation>Build-&amp;Argumente:</translation>
    </message>
    <message>
        <source>T&amp;ag:</source>
        <translation>T&amp;ag:</translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation>Übersprungen:</translation>
    </message>
    <message>
        <source>Not NAME=value, left out: %1</source>
        <translation>Nicht NAME=wert, weggelassen: %1</translation>
    </message>
    <message>
        <source>Default (last stage)</source>
        <translation>Standard (letzte Stage)</translation>
    </message>
    <message>
        <source>Default (last stage: %1)</source>
        <translation>Standard (letzte Stage: %1)</translation>
    </message>
    <message>
        <source>%1 (not found)</source>
        <translation>%1 (nicht gefunden)</translation>
    </message>
    <message>
        <source> (target)</source>
        <translation> (Ziel)</translation>
    </message>
    <message>
        <source>in the image</source>
        <translation>im Image</translation>
    </message>
    <message>
        <source>feeds artifacts</source>
        <translation>liefert Artefakte</translation>
    </message>
    <message>
        <source>The target builds on this stage: its files are in the image.</source>
        <translation>Das Ziel baut auf dieser Stage auf: ihre Dateien sind im Image.</translation>
    </message>
    <message>
        <source>Only copied or mounted from: its files stay out of the image.</source>
        <translation>Nur kopiert oder eingehängt: ihre Dateien bleiben außerhalb des Images.</translation>
    </message>
</context>
<context>
    <name>stagecraft::app::CanvasView</name>
    <message>
        <source>Overview of the stage graph</source>
        <translation>Übersicht über den Stage-Graphen</translation>
    </message>
    <message>
        <source>Stage graph</source>
        <translation>Stage-Graph</translation>
    </message>
    <message>
        <source>New Stage Building on %1</source>
        <translation>Neue Stage, die auf %1 aufbaut</translation>
    </message>
    <message>
        <source>New Stage Copying Files from %1</source>
        <translation>Neue Stage, die Dateien aus %1 kopiert</translation>
    </message>
    <message>
        <source>New stage name</source>
        <translation>Neuer Stage-Name</translation>
    </message>
    <message>
        <source>Select &amp;Upstream</source>
        <translation>&amp;Vorgänger auswählen</translation>
    </message>
    <message>
        <source>Select &amp;Downstream</source>
        <translation>&amp;Nachfolger auswählen</translation>
    </message>
    <message>
        <source>&amp;Fit Graph to View</source>
        <translation>Graph in Ansicht &amp;einpassen</translation>
    </message>
    <message>
        <source>&amp;Lay Out Again</source>
        <translation>&amp;Neu anordnen</translation>
    </message>
    <message>
        <source>Image %1</source>
        <translation>Image %1</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>role %1</source>
        <translation>Rolle %1</translation>
    </message>
    <message>
        <source>No stage selected. Arrow keys select a stage.</source>
        <translation>Keine Stage ausgewählt. Die Pfeiltasten wählen eine Stage aus.</translation>
    </message>
    <message>
        <source>Stage %1, built from %2</source>
        <translation>Stage %1, gebaut aus %2</translation>
    </message>
    <message>
        <source>1 instruction</source>
        <translation>1 Anweisung</translation>
    </message>
    <message>
        <source>%1 instructions</source>
        <translation>%1 Anweisungen</translation>
    </message>
</context>
<context>
    <name>stagecraft::app::CodeEditor</name>
    <message>
        <source>Line numbers</source>
        <translation>Zeilennummern</translation>
    </message>
    <message>
        <source>Dockerfile editor</source>
        <translation>Dockerfile-Editor</translation>
    </message>
</context>
<context>
    <name>stagecraft::app::Document</name>
    <message>
        <source>Typing</source>
        <translation>Tippen</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8 text; Stagecraft opened it read-only and will not rewrite it.</source>
        <translation>%1 ist kein gültiger UTF-8-Text; Stagecraft hat die Datei schreibgeschützt geöffnet und wird sie nicht überschreiben.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The document has no file to reload.</source>
        <translation>Das Dokument hat keine Datei, die neu geladen werden könnte.</translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Cannot read the recovered text %1.</source>
        <translation>Der wiederhergestellte Text %1 kann nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>stagecraft::app::ExportDialog</name>
    <message>
        <source>Default (last stage)</source>
        <translation>Standard (letzte Stage)</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Left to right</source>
        <translation>Von links nach rechts</translation>
    </message>
    <message>
        <source>Top to bottom</source>
        <translation>Von oben nach unten</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Speichern …</translation>
    </message>
    <message>
        <source>The Dockerfile has errors; the diagram shows what Stagecraft recognises.</source>
        <translation>Das Dockerfile hat Fehler; das Diagramm zeigt, was Stagecraft erkennt.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Export Stage Diagram</source>
        <translation>Stage-Diagramm exportieren</translation>
    </message>
</context>
<context>
    <name>stagecraft::app::InspectorDock</name>
    <message>
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message>
        <source>Stage name</source>
        <translation>Stage-Name</translation>
    </message>
    <message>
        <source>Base stage or image</source>
        <translation>Basis-Stage oder -Image</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Inferred from the name</source>
        <translation>Aus dem Namen abgeleitet</translation>
    </message>
    <message>
        <source>Dev</source>
        <translation>Entwicklung</translation>
    </message>
    <message>
        <source>Debugging</source>
        <translation>Debugging</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>what this stage is for</source>
        <translation>wofür diese Stage da ist</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Base:</source>
        <translation>&amp;Basis:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Selected stage</source>
        <translation>Ausgewählte Stage</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a stage on the canvas or put the cursor in its lines.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wählen Sie eine Stage im Graphen aus oder setzen Sie den Cursor in ihre Zeilen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source> (stage %1)</source>
        <translation> (Stage %1)</translation>
    </message>
    <message>
        <source> (empty filesystem)</source>
        <translation> (leeres Dateisystem)</translation>
    </message>
    <message>
        <source> (image)</source>
        <translation> (Image)</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source> (marked)</source>
        <translation> (markiert)</translation>
    </message>
    <message>
        <source> (inferred)</source>
        <translation> (abgeleitet)</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Depends on&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Hängt ab von&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>stage %1</source>
        <translation>Stage %1</translation>
    </message>
    <message>
        <source>nothing (scratch)</source>
        <translation>nichts (scratch)</translation>
    </message>
    <message>
        <source>image %1</source>
        <translation>Image %1</translation>
    </message>
    <message>
        <source> (ONBUILD)</source>
        <translation> (ONBUILD)</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Used by&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Verwendet von&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Instructions&lt;/b&gt; (%1)&lt;/p&gt;&lt;pre&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Anweisungen&lt;/b&gt; (%1)&lt;/p&gt;&lt;pre&gt;</translation>
    </message>
</context>
<context>
    <name>stagecraft::app::MainWindow</name>
    <message>
        <source>No stage is referenced here.</source>
        <translation>Hier wird keine Stage referenziert.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Öffnen …</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>New from &amp;Template</source>
        <translation>Neu aus &amp;Vorlage</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter …</translation>
    </message>
    <message>
        <source>&amp;Export Diagram…</source>
        <translation>Diagramm &amp;exportieren …</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <source>&amp;Stage</source>
        <translation>&amp;Stage</translation>
    </message>
    <message>
        <source>Edit in &amp;Inspector</source>
        <translation>Im &amp;Inspektor bearbeiten</translation>
    </message>
    <message>
        <source>Rename Stage</source>
        <translation>Stage umbenennen</translation>
    </message>
    <message>
        <source>New name of %1:</source>
        <translation>Neuer Name für %1:</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Fit Graph to View</source>
        <translation>Graph in Ansicht &amp;einpassen</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>Select &amp;Upstream</source>
        <translation>&amp;Vorgänger auswählen</translation>
    </message>
    <message>
        <source>Select &amp;Downstream</source>
        <translation>&amp;Nachfolger auswählen</translation>
    </message>
    <message>
        <source>&amp;Lay Out Graph Again</source>
        <translation>Graph &amp;neu anordnen</translation>
    </message>
    <message>
        <source>Unfold &amp;All</source>
        <translation>Alles &amp;aufklappen</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Configure Stagecraft…</source>
        <translation>Stagecraft &amp;einrichten …</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Stagecraft</source>
        <translation>&amp;Über Stagecraft</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Editor &amp;Theme</source>
        <translation>Editor-&amp;Design</translation>
    </message>
    <message>
        <source>Follow System Colours</source>
        <translation>Systemfarben folgen</translation>
    </message>
    <message>
        <source>Line %1, Column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>1 stage</source>
        <translation>1 Stage</translation>
    </message>
    <message>
        <source>%1 stages</source>
        <translation>%1 Stages</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Stagecraft %1&lt;/h3&gt;&lt;p&gt;See and shape multistage Dockerfiles.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on Qt %3) and KSyntaxHighlighting %4; layout by Graphviz.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Stagecraft %1&lt;/h3&gt;&lt;p&gt;Mehrstufige Dockerfiles sehen und gestalten.&lt;/p&gt;&lt;p&gt;Gebaut mit Qt %2 (läuft mit Qt %3) und KSyntaxHighlighting %4; Layout mit Graphviz.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Stagecraft</source>
        <translation>Über Stagecraft</translation>
    </message>
    <message>
        <source>Open File</source>
        <translation>Datei öffnen</translation>
    </message>
    <message>
        <source>%1 is large (%2 MB): the diagram and highlighting may lag behind typing.</source>
        <translation>%1 ist groß (%2 MB): Diagramm und Hervorhebung können dem Tippen hinterherhinken.</translation>
    </message>
    <message>
        <source>Large File</source>
        <translation>Große Datei</translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8: opened read-only.</source>
        <translation>%1 ist kein gültiges UTF-8: schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>%1 mixes line endings; saving an edit writes them all as %2.</source>
        <translation>%1 mischt Zeilenenden; beim Speichern einer Änderung werden alle als %2 geschrieben.</translation>
    </message>
    <message>
        <source>Open Dockerfile</source>
        <translation>Dockerfile öffnen</translation>
    </message>
    <message>
        <source>Dockerfiles (Dockerfile *.Dockerfile Dockerfile.* Containerfile);;All files (*)</source>
        <translation>Dockerfiles (Dockerfile *.Dockerfile Dockerfile.* Containerfile);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>File Changed on Disk</source>
        <translation>Datei auf der Festplatte geändert</translation>
    </message>
    <message>
        <source>%1 was changed on disk by another program since Stagecraft read it. Overwrite it with your text?</source>
        <translation>%1 wurde von einem anderen Programm geändert, seit Stagecraft sie gelesen hat. Mit Ihrem Text überschreiben?</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Überschreiben</translation>
    </message>
    <message>
        <source>Save File</source>
        <translation>Datei speichern</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Save Dockerfile As</source>
        <translation>Dockerfile speichern unter</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them?</source>
        <translation>%1 hat ungespeicherte Änderungen. Speichern?</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Automatische Sicherung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Recovered unsaved work of %1; save to keep it.</source>
        <translation>Ungespeicherte Arbeit an %1 wiederhergestellt; speichern Sie, um sie zu behalten.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>an untitled document</source>
        <translation>ein unbenanntes Dokument</translation>
    </message>
    <message>
        <source>Recover Unsaved Work</source>
        <translation>Ungespeicherte Arbeit wiederherstellen</translation>
    </message>
    <message>
        <source>Stagecraft did not close cleanly and kept unsaved work:
%1

Recover the most recent, discard it all, or decide later?</source>
        <translation>Stagecraft wurde nicht sauber beendet und hat ungespeicherte Arbeit aufbewahrt:
%1

Die neueste wiederherstellen, alles verwerfen oder später entscheiden?</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>%1 changed on disk and was reloaded.</source>
        <translation>%1 wurde auf der Festplatte geändert und neu geladen.</translation>
    </message>
    <message>
        <source>%1 was changed on disk by another program, and you have unsaved changes.
Reload it (your changes are lost), or keep your text (saving it then overwrites the file, after asking)?</source>
        <translation>%1 wurde von einem anderen Programm geändert, und Sie haben ungespeicherte Änderungen.
Neu laden (Ihre Änderungen gehen verloren) oder Ihren Text behalten (Speichern überschreibt die Datei dann nach Rückfrage)?</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>Meinen behalten</translation>
    </message>
    <message>
        <source>Reloaded %1 from disk.</source>
        <translation>%1 von der Festplatte neu geladen.</translation>
    </message>
    <message>
        <source>Kept your text; saving will ask before overwriting the file on disk.</source>
        <translation>Ihr Text wurde behalten; beim Speichern wird vor dem Überschreiben der Datei gefragt.</translation>
    </message>
</context>
<context>
    <name>stagecraft::app::OutlineDock</name>
    <message>
        <source>Outline</source>
        <translation>Gliederung</translation>
    </message>
    <message>
        <source>Stages in file order</source>
        <translation>Stages in Dateireihenfolge</translation>
    </message>
    <message>
        <source>, inferred</source>
        <translation>, abgeleitet</translation>
    </message>
</context>
<context>
    <name>stagecraft::app::ProblemsDock</name>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Probleme (%1)</translation>
    </message>
</context>
<context>
    <name>stagecraft::app::SettingsDialog</name>
    <message>
        <source>Follow the system</source>
        <translation>Dem System folgen</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Follow the colour scheme</source>
        <translation>Dem Farbschema folgen</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Die Sprache des Systems</translation>
    </message>
    <message>
        <source>Left to right</source>
        <translation>Von links nach rechts</translation>
    </message>
    <message>
        <source>Top to bottom</source>
        <translation>Von oben nach unten</translation>
    </message>
</context>
<context>
    <name>stagecraft::app::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Filter by action or key…</source>
        <translation>Nach Aktion oder Taste filtern …</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>Tastenkürzel filtern</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Go to the stage a reference names</source>
        <translation>Zur referenzierten Stage springen</translation>
    </message>
    <message>
        <source>F12, Ctrl+Click</source>
        <translation>F12, Strg+Klick</translation>
    </message>
    <message>
        <source>Complete a stage name</source>
        <translation>Stage-Namen vervollständigen</translation>
    </message>
    <message>
        <source>Ctrl+Space</source>
        <translation>Strg+Leertaste</translation>
    </message>
    <message>
        <source>Stage graph</source>
        <translation>Stage-Graph</translation>
    </message>
    <message>
        <source>Select the nearest stage in a direction</source>
        <translation>Die nächste Stage in einer Richtung auswählen</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Pfeiltasten</translation>
    </message>
    <message>
        <source>Move the selected stages</source>
        <translation>Die ausgewählten Stages verschieben</translation>
    </message>
    <message>
        <source>Shift+Arrow keys</source>
        <translation>Umschalt+Pfeiltasten</translation>
    </message>
    <message>
        <source>Select the first / last stage</source>
        <translation>Die erste / letzte Stage auswählen</translation>
    </message>
    <message>
        <source>Home, End</source>
        <translation>Pos1, Ende</translation>
    </message>
    <message>
        <source>Edit the selected stage&apos;s text</source>
        <translation>Den Text der ausgewählten Stage bearbeiten</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Rename the selected stage in place</source>
        <translation>Die ausgewählte Stage direkt umbenennen</translation>
    </message>
    <message>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <source>Open the selected stage&apos;s menu</source>
        <translation>Das Menü der ausgewählten Stage öffnen</translation>
    </message>
    <message>
        <source>Menu, Shift+F10</source>
        <translation>Menü, Umschalt+F10</translation>
    </message>
    <message>
        <source>Clear the selection</source>
        <translation>Die Auswahl aufheben</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoomen</translation>
    </message>
    <message>
        <source>Ctrl+Wheel</source>
        <translation>Strg+Mausrad</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <source>Middle button drag</source>
        <translation>Mit der mittleren Taste ziehen</translation>
    </message>
</context>
<context>
    <name>stagecraft::app::StageActions</name>
    <message>
        <source>&amp;Add Stage…</source>
        <translation>Stage &amp;hinzufügen …</translation>
    </message>
    <message>
        <source>&amp;Rename Stage</source>
        <translation>Stage &amp;umbenennen</translation>
    </message>
    <message>
        <source>Re&amp;base Stage…</source>
        <translation>&amp;Basis der Stage ändern …</translation>
    </message>
    <message>
        <source>Mark as &amp;Dev</source>
        <translation>Als &amp;Entwicklung markieren</translation>
    </message>
    <message>
        <source>Mark as De&amp;bugging</source>
        <translation>Als De&amp;bugging markieren</translation>
    </message>
    <message>
        <source>Mark as R&amp;untime</source>
        <translation>Als &amp;Laufzeit markieren</translation>
    </message>
    <message>
        <source>Mark as &amp;No Role</source>
        <translation>Als &amp;ohne Rolle markieren</translation>
    </message>
    <message>
        <source>&amp;Infer Role from the Name</source>
        <translation>Rolle aus dem &amp;Namen ableiten</translation>
    </message>
    <message>
        <source>D&amp;uplicate Stage</source>
        <translation>Stage &amp;duplizieren</translation>
    </message>
    <message>
        <source>&amp;Delete Stage…</source>
        <translation>Stage &amp;löschen …</translation>
    </message>
    <message>
        <source>Move Stage &amp;Up</source>
        <translation>Stage nach &amp;oben</translation>
    </message>
    <message>
        <source>Move Stage Do&amp;wn</source>
        <translation>Stage nach &amp;unten</translation>
    </message>
    <message>
        <source>Set as Build &amp;Target</source>
        <translation>Als Build-&amp;Ziel festlegen</translation>
    </message>
    <message>
        <source>Edit Des&amp;cription…</source>
        <translation>Bes&amp;chreibung bearbeiten …</translation>
    </message>
    <message>
        <source>R&amp;ole</source>
        <translation>R&amp;olle</translation>
    </message>
    <message>
        <source>Stagecraft</source>
        <translation>Stagecraft</translation>
    </message>
    <message>
        <source>Delete Stage</source>
        <translation>Stage löschen</translation>
    </message>
    <message>
        <source>%1 is used by %2. Deleting it leaves them referring to a stage that no longer exists.</source>
        <translation>%1 wird von %2 verwendet. Nach dem Löschen verweisen diese auf eine Stage, die es nicht mehr gibt.</translation>
    </message>
    <message>
        <source>Delete Anyway</source>
        <translation>Trotzdem löschen</translation>
    </message>
    <message>
        <source>Rebase Stage</source>
        <translation>Basis der Stage ändern</translation>
    </message>
    <message>
        <source>New base of %1 (an earlier stage or an image):</source>
        <translation>Neue Basis für %1 (eine frühere Stage oder ein Image):</translation>
    </message>
    <message>
        <source>Edit Description</source>
        <translation>Beschreibung bearbeiten</translation>
    </message>
    <message>
        <source>What %1 is for (written as the comment “# %2 …” above its FROM):</source>
        <translation>Wofür %1 da ist (geschrieben als Kommentar „# %2 …“ über ihrem FROM):</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Dev</source>
        <translation>Entwicklung</translation>
    </message>
    <message>
        <source>Debugging</source>
        <translation>Debugging</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>The end of the file</source>
        <translation>Das Ende der Datei</translation>
    </message>
</context>
</TS>
