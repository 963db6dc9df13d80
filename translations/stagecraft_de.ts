<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AddStageDialog</name>
    <message>
        <source>Add Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lowercase, e.g. builder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Base:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An earlier stage, or an image such as alpine:3.20</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Insert after:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export Stage Diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stages this target does not build are drawn faded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Build args:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KEY=VALUE KEY2=VALUE2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scale (PNG):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show external &amp;images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every &amp;instruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Configure Stagecraft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colour scheme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editor &amp;theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editor theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes effect when Stagecraft starts next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Font:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editor font</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Font &amp;size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editor font size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout &amp;direction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lay out &amp;afresh when a file opens (forget positions placed by hand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a recovery copy &amp;every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autosave interval in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While a document has unsaved changes, Stagecraft writes a recovery copy this often; after a crash it offers to restore it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>&amp;Python</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Node.js</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Java</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.&amp;NET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;C/C++</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>See and shape multistage Dockerfiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Dockerfile to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a picture of the window to PATH and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the file&apos;s stage diagram to PATH and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a light or dark palette instead of the system&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speak LANGUAGE (e.g. de, en) instead of the configured one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stagecraft::app::BuildPlanDock</name>
    <message>
        <source>Build Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME=value NAME2=value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stages that build, in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Builds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the command to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build &amp;args:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not NAME=value, left out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default (last stage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default (last stage: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (target)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feeds artifacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target builds on this stage: its files are in the image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only copied or mounted from: its files stay out of the image.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stagecraft::app::CanvasView</name>
    <message>
        <source>Overview of the stage graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Stage Building on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Stage Copying Files from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New stage name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;Upstream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;Downstream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit Graph to View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lay Out Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stage %1, built from %2, %n instruction(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stage selected. Arrow keys select a stage.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stagecraft::app::CodeEditor</name>
    <message>
        <source>Line numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dockerfile editor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stagecraft::app::Document</name>
    <message>
        <source>Typing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8 text; Stagecraft opened it read-only and will not rewrite it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document has no file to reload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the recovered text %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stagecraft::app::ExportDialog</name>
    <message>
        <source>Default (last stage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left to right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top to bottom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Dockerfile has errors; the diagram shows what Stagecraft recognises.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Stage Diagram</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stagecraft::app::InspectorDock</name>
    <message>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base stage or image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inferred from the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dev</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debugging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what this stage is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Base:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a stage on the canvas or put the cursor in its lines.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (stage %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (empty filesystem)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (image)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (marked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (inferred)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Depends on&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing (scratch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (ONBUILD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Used by&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Instructions&lt;/b&gt; (%1)&lt;/p&gt;&lt;pre&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stagecraft::app::MainWindow</name>
    <message>
        <source>No stage is referenced here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New from &amp;Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Diagram…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit in &amp;Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit Graph to View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;Upstream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;Downstream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lay Out Graph Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfold &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Configure Stagecraft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Stagecraft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editor &amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow System Colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, Column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Stagecraft %1&lt;/h3&gt;&lt;p&gt;See and shape multistage Dockerfiles.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on Qt %3) and KSyntaxHighlighting %4; layout by Graphviz.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Stagecraft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is large (%2 MB): the diagram and highlighting may lag behind typing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8: opened read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 mixes line endings; saving an edit writes them all as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Dockerfile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dockerfiles (Dockerfile *.Dockerfile Dockerfile.* Containerfile);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File Changed on Disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed on disk by another program since Stagecraft read it. Overwrite it with your text?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Dockerfile As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered unsaved work of %1; save to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an untitled document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover Unsaved Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stagecraft did not close cleanly and kept unsaved work:
%1

Recover the most recent, discard it all, or decide later?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed on disk and was reloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed on disk by another program, and you have unsaved changes.
Reload it (your changes are lost), or keep your text (saving it then overwrites the file, after asking)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reloaded %1 from disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept your text; saving will ask before overwriting the file on disk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stagecraft::app::OutlineDock</name>
    <message>
        <source>Outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stages in file order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, inferred</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stagecraft::app::ProblemsDock</name>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stagecraft::app::SettingsDialog</name>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the colour scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left to right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top to bottom</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stagecraft::app::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by action or key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the stage a reference names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F12, Ctrl+Click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete a stage name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the nearest stage in a direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift+Arrow keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the first / last stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home, End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected stage&apos;s text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the selected stage in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected stage&apos;s menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu, Shift+F10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Wheel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle button drag</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stagecraft::app::StageActions</name>
    <message>
        <source>&amp;Add Stage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;base Stage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as &amp;Dev</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as De&amp;bugging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as R&amp;untime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as &amp;No Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Infer Role from the Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Stage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Stage &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Stage Do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set as Build &amp;Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Des&amp;cription…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stagecraft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is used by %2. Deleting it leaves them referring to a stage that no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebase Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New base of %1 (an earlier stage or an image):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What %1 is for (written as the comment “# %2 …” above its FROM):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dev</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debugging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end of the file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
