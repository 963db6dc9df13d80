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
    <name>Explanations</name>
    <message>
        <source>Starts a new build stage from a base: an image, an earlier stage, or scratch (the empty filesystem). AS names the stage, so later stages can build on it or copy from it.</source>
        <translation>Beginnt eine neue Build-Stage auf einer Basis: einem Image, einer früheren Stage oder scratch (dem leeren Dateisystem). AS benennt die Stage, sodass spätere Stages auf ihr aufbauen oder aus ihr kopieren können.</translation>
    </message>
    <message>
        <source>Runs a command while building and keeps the files it changes as a new layer of the stage. --mount gives the command extra files for this one run.</source>
        <translation>Führt beim Bauen einen Befehl aus und behält die Dateien, die er ändert, als neue Schicht der Stage. --mount gibt dem Befehl für diesen einen Lauf zusätzliche Dateien.</translation>
    </message>
    <message>
        <source>The default command of a container of this image; arguments to docker run replace it. Only the last CMD of a stage counts.</source>
        <translation>Der Standardbefehl eines Containers dieses Images; Argumente von docker run ersetzen ihn. Nur das letzte CMD einer Stage zählt.</translation>
    </message>
    <message>
        <source>Adds key=value metadata to the image: a version, the source repository, the authors.</source>
        <translation>Fügt dem Image Metadaten als schlüssel=wert hinzu: eine Version, das Quell-Repository, die Autoren.</translation>
    </message>
    <message>
        <source>Deprecated: names the image&apos;s author. Use LABEL org.opencontainers.image.authors instead.</source>
        <translation>Veraltet: nennt den Autor des Images. Verwenden Sie stattdessen LABEL org.opencontainers.image.authors.</translation>
    </message>
    <message>
        <source>Documents the network ports the container listens on. It does not publish them; docker run -p does.</source>
        <translation>Dokumentiert die Netzwerk-Ports, auf denen der Container lauscht. Es veröffentlicht sie nicht; das tut docker run -p.</translation>
    </message>
    <message>
        <source>Sets environment variables for the rest of the stage and for its containers; stages built on this one inherit them.</source>
        <translation>Setzt Umgebungsvariablen für den Rest der Stage und ihre Container; Stages, die auf dieser aufbauen, erben sie.</translation>
    </message>
    <message>
        <source>Copies files from the build context, a URL or a Git repository into the stage and unpacks local tar archives. Prefer COPY unless you need that.</source>
        <translation>Kopiert Dateien aus dem Build-Kontext, von einer URL oder aus einem Git-Repository in die Stage und entpackt lokale tar-Archive. Verwenden Sie lieber COPY, wenn Sie das nicht brauchen.</translation>
    </message>
    <message>
        <source>Copies files into the stage: from the build context, or with --from from another stage or an image. Only the paths it names are copied.</source>
        <translation>Kopiert Dateien in die Stage: aus dem Build-Kontext oder mit --from aus einer anderen Stage oder einem Image. Nur die genannten Pfade werden kopiert.</translation>
    </message>
    <message>
        <source>The program a container of this image runs; CMD and the arguments to docker run become its arguments.</source>
        <translation>Das Programm, das ein Container dieses Images ausführt; CMD und die Argumente von docker run werden zu seinen Argumenten.</translation>
    </message>
    <message>
        <source>Marks a path as a mount point for volumes. Changes a later instruction makes under it are discarded.</source>
        <translation>Markiert einen Pfad als Einhängepunkt für Volumes. Änderungen späterer Anweisungen darunter werden verworfen.</translation>
    </message>
    <message>
        <source>Sets the user (and group) the following RUN, CMD and ENTRYPOINT run as. A runtime image that does not run as root is safer.</source>
        <translation>Legt den Benutzer (und die Gruppe) fest, als der die folgenden RUN, CMD und ENTRYPOINT laufen. Ein Laufzeit-Image, das nicht als root läuft, ist sicherer.</translation>
    </message>
    <message>
        <source>Sets the working directory of the instructions that follow and of the container; it is created when missing.</source>
        <translation>Legt das Arbeitsverzeichnis der folgenden Anweisungen und des Containers fest; fehlt es, wird es angelegt.</translation>
    </message>
    <message>
        <source>Declares a build argument, set with docker build --build-arg. Before the first FROM it is global, and only FROM lines can use it.</source>
        <translation>Deklariert ein Build-Argument, gesetzt mit docker build --build-arg. Vor dem ersten FROM ist es global, und nur FROM-Zeilen können es verwenden.</translation>
    </message>
    <message>
        <source>Registers an instruction that runs later, in a stage that builds FROM this one, not here.</source>
        <translation>Registriert eine Anweisung, die später läuft: in einer Stage, die FROM dieser baut, nicht hier.</translation>
    </message>
    <message>
        <source>The signal docker stop sends to the container&apos;s main process.</source>
        <translation>Das Signal, das docker stop an den Hauptprozess des Containers sendet.</translation>
    </message>
    <message>
        <source>A command Docker runs in the container now and then to tell whether it is still healthy.</source>
        <translation>Ein Befehl, den Docker ab und zu im Container ausführt, um zu prüfen, ob er noch gesund ist.</translation>
    </message>
    <message>
        <source>Replaces the shell (/bin/sh -c) that runs the shell form of RUN, CMD and ENTRYPOINT.</source>
        <translation>Ersetzt die Shell (/bin/sh -c), die die Shell-Form von RUN, CMD und ENTRYPOINT ausführt.</translation>
    </message>
    <message>
        <source>Copies from another stage (by name or index), an image or a named build context instead of the build context. Only the paths named here cross over; nothing else of that stage reaches this one.</source>
        <translation>Kopiert aus einer anderen Stage (per Name oder Index), einem Image oder einem benannten Build-Kontext statt aus dem Build-Kontext. Nur die hier genannten Pfade wechseln hinüber; sonst erreicht nichts von jener Stage diese.</translation>
    </message>
    <message>
        <source>Gives this one RUN extra files: a bind mount of a stage or of the build context, a cache, a secret or an SSH agent. Nothing mounted is kept in the image.</source>
        <translation>Gibt diesem einen RUN zusätzliche Dateien: ein Bind-Mount einer Stage oder des Build-Kontexts, einen Cache, ein Secret oder einen SSH-Agenten. Nichts Eingehängtes bleibt im Image.</translation>
    </message>
    <message>
        <source>The platform of the base image, such as linux/arm64, when it is not the platform being built for.</source>
        <translation>Die Plattform des Basis-Images, etwa linux/arm64, wenn sie nicht die Plattform ist, für die gebaut wird.</translation>
    </message>
    <message>
        <source>Copies into a layer of its own that does not depend on the layers before it, so it can be reused when the base changes. The files are the same.</source>
        <translation>Kopiert in eine eigene Schicht, die nicht von den Schichten davor abhängt, sodass sie wiederverwendet werden kann, wenn sich die Basis ändert. Die Dateien sind dieselben.</translation>
    </message>
    <message>
        <source>Sets the owner or the permissions of the copied files.</source>
        <translation>Legt Besitzer oder Rechte der kopierten Dateien fest.</translation>
    </message>
    <message>
        <source>Dockerfile reference: %1 (F1 opens it)</source>
        <translation>Dockerfile-Referenz: %1 (F1 öffnet sie)</translation>
    </message>
    <message>
        <source>A dev stage is the full environment: compilers, package managers and every dependency. A developer builds it with --target and works inside it, usually with the source mounted.</source>
        <translation>Eine Entwicklungs-Stage ist die vollständige Umgebung: Compiler, Paketmanager und alle Abhängigkeiten. Entwickler bauen sie mit --target und arbeiten darin, meist mit eingehängtem Quelltext.</translation>
    </message>
    <message>
        <source>A debugging stage adds debuggers and tools. It is built only with --target, because these tools must never reach the production image.</source>
        <translation>Eine Debugging-Stage fügt Debugger und Werkzeuge hinzu. Sie wird nur mit --target gebaut, weil diese Werkzeuge nie ins Produktions-Image gelangen dürfen.</translation>
    </message>
    <message>
        <source>The runtime stage is the image that ships: only the application and what it needs to run. It starts from a small base and copies in just the artifacts, so it is smaller to pull and offers less to an attacker.</source>
        <translation>Die Laufzeit-Stage ist das Image, das ausgeliefert wird: nur die Anwendung und was sie zum Laufen braucht. Sie beginnt auf einer kleinen Basis und kopiert nur die Artefakte hinein; so ist sie schneller geladen und bietet Angreifern weniger.</translation>
    </message>
    <message>
        <source>Marked in the file by the comment “# stagecraft: role=%1” above FROM (a filled badge): it travels with the Dockerfile and changes nothing in the image.</source>
        <translation>In der Datei markiert durch den Kommentar „# stagecraft: role=%1“ über FROM (ein gefülltes Abzeichen): Er reist mit dem Dockerfile und ändert nichts am Image.</translation>
    </message>
    <message>
        <source>Inferred from the name “%1” (a dashed badge): nothing in the file says so. Stage &gt; Role marks it explicitly.</source>
        <translation>Aus dem Namen „%1“ abgeleitet (ein gestricheltes Abzeichen): Nichts in der Datei sagt es. Stage &gt; Rolle markiert sie ausdrücklich.</translation>
    </message>
    <message>
        <source>Inferred because it is the last stage, the one docker build builds by default (a dashed badge). Stage &gt; Role marks a role explicitly.</source>
        <translation>Abgeleitet, weil es die letzte Stage ist, die docker build standardmäßig baut (ein gestricheltes Abzeichen). Stage &gt; Rolle markiert eine Rolle ausdrücklich.</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>Rolle: %1</translation>
    </message>
    <message>
        <source>The build target: docker build builds this stage.</source>
        <translation>Das Build-Ziel: docker build baut diese Stage.</translation>
    </message>
    <message>
        <source>Skipped when building %1: the target needs nothing from it.</source>
        <translation>Beim Bauen von %1 übersprungen: Das Ziel braucht nichts von ihr.</translation>
    </message>
    <message>
        <source>The empty filesystem: a stage FROM scratch starts with no files at all.</source>
        <translation>Das leere Dateisystem: Eine Stage FROM scratch beginnt ganz ohne Dateien.</translation>
    </message>
    <message>
        <source>An image from a registry. A stage FROM it starts with its whole filesystem; COPY --from takes only the paths it names.</source>
        <translation>Ein Image aus einer Registry. Eine Stage FROM diesem Image beginnt mit seinem ganzen Dateisystem; COPY --from nimmt nur die genannten Pfade.</translation>
    </message>
    <message>
        <source>FROM %1 (line %2)</source>
        <translation>FROM %1 (Zeile %2)</translation>
    </message>
    <message>
        <source>%1 starts from the empty filesystem: nothing crosses this edge.</source>
        <translation>%1 beginnt mit dem leeren Dateisystem: Nichts wechselt über diese Kante.</translation>
    </message>
    <message>
        <source>%1 builds on the stage %2 and inherits its whole filesystem: everything %2 installed is in %1 too.</source>
        <translation>%1 baut auf der Stage %2 auf und erbt ihr ganzes Dateisystem: Alles, was %2 installiert hat, ist auch in %1.</translation>
    </message>
    <message>
        <source>%1 starts with the whole filesystem of the image %2, with its environment and settings.</source>
        <translation>%1 beginnt mit dem ganzen Dateisystem des Images %2, mit dessen Umgebung und Einstellungen.</translation>
    </message>
    <message>
        <source>COPY --from=%1 (line %2)</source>
        <translation>COPY --from=%1 (Zeile %2)</translation>
    </message>
    <message>
        <source>Only the paths this COPY names cross from %1 into %2; nothing else of %1 reaches it.</source>
        <translation>Nur die Pfade, die dieses COPY nennt, wechseln von %1 nach %2; sonst erreicht nichts von %1 diese Stage.</translation>
    </message>
    <message>
        <source>Only %1 crosses from %2, into %3 of %4; nothing else of %2 reaches %4.</source>
        <translation>Nur %1 wechselt von %2 nach %3 in %4; sonst erreicht nichts von %2 die Stage %4.</translation>
    </message>
    <message>
        <source>RUN --mount from=%1 (line %2)</source>
        <translation>RUN --mount from=%1 (Zeile %2)</translation>
    </message>
    <message>
        <source>the whole of %1</source>
        <translation>ganz %1</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 aus %2</translation>
    </message>
    <message>
        <source>its target</source>
        <translation>sein Ziel</translation>
    </message>
    <message>
        <source>While this one RUN runs, a cache seeded with %1 is mounted at %2; nothing of it is copied into %3.</source>
        <translation>Während dieses eine RUN läuft, ist ein mit %1 befüllter Cache unter %2 eingehängt; nichts davon wird nach %3 kopiert.</translation>
    </message>
    <message>
        <source>While this one RUN runs, %1 is mounted at %2 (read-only unless rw): %3 can read it, but nothing is copied into its image.</source>
        <translation>Während dieses eine RUN läuft, ist %1 unter %2 eingehängt (schreibgeschützt, außer mit rw): %3 kann es lesen, aber nichts wird in sein Image kopiert.</translation>
    </message>
    <message>
        <source>Induced by an ONBUILD trigger of %1: it runs when %2 builds FROM %1.</source>
        <translation>Ausgelöst durch einen ONBUILD-Trigger von %1: Er läuft, wenn %2 FROM %1 baut.</translation>
    </message>
    <message>
        <source>A build stage is one FROM line and the instructions after it, up to the next FROM. Each stage is an image of its own; one Dockerfile can hold several, and each box on the graph is one of them.</source>
        <translation>Eine Build-Stage ist eine FROM-Zeile und die Anweisungen danach, bis zum nächsten FROM. Jede Stage ist ein eigenes Image; ein Dockerfile kann mehrere enthalten, und jeder Kasten im Graphen ist eine davon.</translation>
    </message>
    <message>
        <source>FROM names the base a stage starts from: an image, an earlier stage, or scratch. AS gives the stage a name, which later stages use in FROM (to build on it) and in COPY --from (to take files from it).</source>
        <translation>FROM nennt die Basis, auf der eine Stage beginnt: ein Image, eine frühere Stage oder scratch. AS gibt der Stage einen Namen, den spätere Stages in FROM (um auf ihr aufzubauen) und in COPY --from (um Dateien aus ihr zu nehmen) verwenden.</translation>
    </message>
    <message>
        <source>Splitting the work into stages keeps each image to its purpose: dev holds the tools to build and work, debugging adds a debugger, and runtime is what ships.</source>
        <translation>Die Aufteilung in Stages hält jedes Image bei seinem Zweck: dev enthält die Werkzeuge zum Bauen und Arbeiten, debugging fügt einen Debugger hinzu, und runtime wird ausgeliefert.</translation>
    </message>
    <message>
        <source>The runtime image has none of the compilers, package caches and debuggers of the other stages. Fewer files make it smaller to pull and to store, and leave less to patch and less for an attacker to use.</source>
        <translation>Das Laufzeit-Image enthält keine Compiler, Paket-Caches und Debugger der anderen Stages. Weniger Dateien machen es kleiner beim Laden und Speichern und lassen weniger zu patchen und weniger für Angreifer.</translation>
    </message>
    <message>
        <source>docker build --target NAME builds that stage and only the stages it needs; the others are skipped. Without --target, the last stage is built.</source>
        <translation>docker build --target NAME baut diese Stage und nur die Stages, die sie braucht; die anderen werden übersprungen. Ohne --target wird die letzte Stage gebaut.</translation>
    </message>
    <message>
        <source>COPY --from=NAME copies files out of another stage. Only the paths it names cross over: this is how the runtime stage takes the built application without anything else of dev.</source>
        <translation>COPY --from=NAME kopiert Dateien aus einer anderen Stage. Nur die genannten Pfade wechseln hinüber: So nimmt die Laufzeit-Stage die gebaute Anwendung ohne irgendetwas anderes aus dev.</translation>
    </message>
    <message>
        <source>Hover over an instruction keyword, a role badge or an arrow of the graph for an explanation; F1 on a keyword opens Docker&apos;s reference. Help &gt; Take the Tour shows this tour again.</source>
        <translation>Fahren Sie mit der Maus über ein Anweisungswort, ein Rollen-Abzeichen oder einen Pfeil des Graphen, um eine Erklärung zu sehen; F1 auf einem Schlüsselwort öffnet die Docker-Referenz. Hilfe &gt; Rundgang zeigt diesen Rundgang erneut.</translation>
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
    <name>QuickFixes</name>
    <message>
        <source>There is no quick fix for this problem.</source>
        <translation>Für dieses Problem gibt es keine Schnellkorrektur.</translation>
    </message>
    <message>
        <source>The document cannot be changed right now.</source>
        <translation>Das Dokument kann gerade nicht geändert werden.</translation>
    </message>
    <message>
        <source>%1 (not possible: %2)</source>
        <translation>%1 (nicht möglich: %2)</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>die Datei ist schreibgeschützt</translation>
    </message>
    <message>
        <source>Quick Fix</source>
        <translation>Schnellkorrektur</translation>
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
    <message>
        <source>A virtualenv in dev, debugpy for debugging, a slim runtime with the app and its virtualenv</source>
        <translation>Ein virtualenv in dev, debugpy zum Debuggen, eine schlanke Laufzeit mit der App und ihrem virtualenv</translation>
    </message>
    <message>
        <source>A static binary on distroless; debugging runs it under Delve</source>
        <translation>Ein statisches Binary auf distroless; debugging führt es unter Delve aus</translation>
    </message>
    <message>
        <source>dev builds dist/; runtime keeps only production dependencies and the built files</source>
        <translation>dev baut dist/; runtime behält nur die Produktionsabhängigkeiten und die gebauten Dateien</translation>
    </message>
    <message>
        <source>A cargo release build on distroless with glibc; gdb for debugging</source>
        <translation>Ein cargo-Release-Build auf distroless mit glibc; gdb zum Debuggen</translation>
    </message>
    <message>
        <source>Maven and the JDK build the jar; runtime has only a JRE; JDWP for debugging</source>
        <translation>Maven und das JDK bauen das jar; runtime hat nur eine JRE; JDWP zum Debuggen</translation>
    </message>
    <message>
        <source>The SDK publishes; runtime has only the ASP.NET Core runtime; vsdbg for debugging</source>
        <translation>Das SDK veröffentlicht; runtime hat nur die ASP.NET-Core-Laufzeit; vsdbg zum Debuggen</translation>
    </message>
    <message>
        <source>CMake builds the binary; runtime has it and the C++ runtime; gdb and valgrind</source>
        <translation>CMake baut das Binary; runtime hat es und die C++-Laufzeit; gdb und valgrind</translation>
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
    <message>
        <source>With --screenshot: show step N of the guided tour.</source>
        <translation>Mit --screenshot: Schritt N des Rundgangs zeigen.</translation>
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
    <message>
        <source>Dockerfile Reference: %1</source>
        <translation>Dockerfile-Referenz: %1</translation>
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
    <message>
        <source>a carriage return that does not end a line</source>
        <translation>einen Wagenrücklauf, der keine Zeile beendet</translation>
    </message>
    <message>
        <source>the character %1</source>
        <translation>das Zeichen %1</translation>
    </message>
    <message>
        <source>The editor shows %1 in place of characters it cannot hold.</source>
        <translation>Der Editor zeigt %1 anstelle von Zeichen, die er nicht aufnehmen kann.</translation>
    </message>
    <message>
        <source>%1 holds %2 at line %3, column %4, which the editor cannot hold: it shows %5 in place of such characters. Stagecraft opened the file read-only and will not rewrite it.</source>
        <translation>%1 enthält in Zeile %3, Spalte %4 %2. Der Editor kann solche Zeichen nicht aufnehmen und zeigt an ihrer Stelle %5. Stagecraft hat die Datei schreibgeschützt geöffnet und wird sie nicht überschreiben.</translation>
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
    <message>
        <source>Cannot draw the diagram for %1: not enough memory for a picture of this size.</source>
        <translation>Das Diagramm für %1 kann nicht gezeichnet werden: nicht genug Speicher für ein Bild dieser Größe.</translation>
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
    <message>
        <source>Quick fix (context menu): %1</source>
        <translation>Schnellkorrektur (Kontextmenü): %1</translation>
    </message>
    <message>
        <source>Take the &amp;Tour</source>
        <translation>&amp;Rundgang</translation>
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
    <message>
        <source>Quick Fix</source>
        <translation>Schnellkorrektur</translation>
    </message>
    <message>
        <source>Go to Problem</source>
        <translation>Zum Problem gehen</translation>
    </message>
    <message>
        <source>Select a problem to fix</source>
        <translation>Wählen Sie ein Problem zum Korrigieren aus</translation>
    </message>
    <message>
        <source>There is no quick fix for this problem</source>
        <translation>Für dieses Problem gibt es keine Schnellkorrektur</translation>
    </message>
    <message>
        <source>Not possible: %1</source>
        <translation>Nicht möglich: %1</translation>
    </message>
    <message>
        <source>Quick fix: %1</source>
        <translation>Schnellkorrektur: %1</translation>
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
<context>
    <name>stagecraft::app::StartPage</name>
    <message>
        <source>Start page</source>
        <translation>Startseite</translation>
    </message>
    <message>
        <source>Stagecraft</source>
        <translation>Stagecraft</translation>
    </message>
    <message>
        <source>See and shape multistage Dockerfiles: the text and the graph of its build stages, kept in agreement as you type.</source>
        <translation>Mehrstufige Dockerfiles sehen und gestalten: der Text und der Graph seiner Build-Stages, beim Tippen stets im Einklang.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Open a Dockerfile…</source>
        <translation>Ein Dockerfile öffnen …</translation>
    </message>
    <message>
        <source>A Dockerfile, *.Dockerfile or Containerfile</source>
        <translation>Ein Dockerfile, *.Dockerfile oder Containerfile</translation>
    </message>
    <message>
        <source>New Empty Dockerfile</source>
        <translation>Neues leeres Dockerfile</translation>
    </message>
    <message>
        <source>Start from a blank file</source>
        <translation>Mit einer leeren Datei beginnen</translation>
    </message>
    <message>
        <source>Take the Tour</source>
        <translation>Rundgang</translation>
    </message>
    <message>
        <source>New to multistage builds? Learn stages, dev, debugging and runtime, ‑‑target and COPY ‑‑from on a Python example</source>
        <translation>Neu bei mehrstufigen Builds? Lernen Sie Stages, dev, debugging und runtime, ‑‑target und COPY ‑‑from an einem Python-Beispiel</translation>
    </message>
    <message>
        <source>Recent Files</source>
        <translation>Zuletzt geöffnete Dateien</translation>
    </message>
    <message>
        <source>Files you open appear here.</source>
        <translation>Dateien, die Sie öffnen, erscheinen hier.</translation>
    </message>
    <message>
        <source>New from Template</source>
        <translation>Neu aus Vorlage</translation>
    </message>
    <message>
        <source>Not found: %1</source>
        <translation>Nicht gefunden: %1</translation>
    </message>
</context>
<context>
    <name>stagecraft::app::Tour</name>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Skip Tour</source>
        <translation>Rundgang überspringen</translation>
    </message>
    <message>
        <source>Guided tour</source>
        <translation>Rundgang</translation>
    </message>
    <message>
        <source>End the tour (Esc). Help &gt; Take the Tour shows it again.</source>
        <translation>Den Rundgang beenden (Esc). Hilfe &gt; Rundgang zeigt ihn erneut.</translation>
    </message>
    <message>
        <source>The previous step (Left arrow)</source>
        <translation>Der vorige Schritt (Pfeil links)</translation>
    </message>
    <message>
        <source>The next step (Right arrow or Enter)</source>
        <translation>Der nächste Schritt (Pfeil rechts oder Eingabe)</translation>
    </message>
    <message>
        <source>What a stage is</source>
        <translation>Was eine Stage ist</translation>
    </message>
    <message>
        <source>This file has one stage: %1.</source>
        <translation>Diese Datei hat eine Stage: %1.</translation>
    </message>
    <message>
        <source>This file has %1 stages: %2.</source>
        <translation>Diese Datei hat %1 Stages: %2.</translation>
    </message>
    <message>
        <source>Explanations where you are</source>
        <translation>Erklärungen dort, wo Sie sind</translation>
    </message>
    <message>
        <source>FROM and AS</source>
        <translation>FROM und AS</translation>
    </message>
    <message>
        <source>the empty filesystem (scratch)</source>
        <translation>dem leeren Dateisystem (scratch)</translation>
    </message>
    <message>
        <source>the stage %1</source>
        <translation>der Stage %1</translation>
    </message>
    <message>
        <source>the image %1</source>
        <translation>dem Image %1</translation>
    </message>
    <message>
        <source>Line %1, %2, starts the stage &lt;b&gt;%3&lt;/b&gt; from %4.</source>
        <translation>Zeile %1, %2, beginnt die Stage &lt;b&gt;%3&lt;/b&gt; auf %4.</translation>
    </message>
    <message>
        <source>%1 builds on the earlier stage &lt;b&gt;%2&lt;/b&gt;: it starts with all of its files.</source>
        <translation>%1 baut auf der früheren Stage &lt;b&gt;%2&lt;/b&gt; auf: Sie beginnt mit all deren Dateien.</translation>
    </message>
    <message>
        <source>Dev, debugging and runtime</source>
        <translation>Entwicklung, Debugging und Laufzeit</translation>
    </message>
    <message>
        <source>This file has no dev or debugging stage yet: Stage &gt; Role marks one.</source>
        <translation>Diese Datei hat noch keine Entwicklungs- oder Debugging-Stage: Stage &gt; Rolle markiert eine.</translation>
    </message>
    <message>
        <source>The badge on a box shows its role: filled when a “# stagecraft: role=…” comment above FROM marks it, dashed when Stagecraft infers it from the name.</source>
        <translation>Das Abzeichen eines Kastens zeigt seine Rolle: gefüllt, wenn ein Kommentar „# stagecraft: role=…“ über FROM sie markiert, gestrichelt, wenn Stagecraft sie aus dem Namen ableitet.</translation>
    </message>
    <message>
        <source>Why the runtime image is smaller and safer</source>
        <translation>Warum das Laufzeit-Image kleiner und sicherer ist</translation>
    </message>
    <message>
        <source>the other stages</source>
        <translation>die anderen Stages</translation>
    </message>
    <message>
        <source>Here &lt;b&gt;%1&lt;/b&gt; starts FROM scratch: it holds only what it copies in.</source>
        <translation>Hier beginnt &lt;b&gt;%1&lt;/b&gt; FROM scratch: Sie enthält nur, was sie hineinkopiert.</translation>
    </message>
    <message>
        <source>Here &lt;b&gt;%1&lt;/b&gt; builds FROM &lt;b&gt;%2&lt;/b&gt;, so it inherits everything %2 installed. Starting it from a small image and copying in only what it needs (COPY --from) would make it smaller.</source>
        <translation>Hier baut &lt;b&gt;%1&lt;/b&gt; FROM &lt;b&gt;%2&lt;/b&gt; und erbt damit alles, was %2 installiert hat. Auf einem kleinen Image zu beginnen und nur das Nötige hineinzukopieren (COPY --from), würde sie kleiner machen.</translation>
    </message>
    <message>
        <source>Here &lt;b&gt;%1&lt;/b&gt; starts FROM %2, not from %3: nothing of %3 comes along unless it is copied.</source>
        <translation>Hier beginnt &lt;b&gt;%1&lt;/b&gt; FROM %2, nicht auf %3: Nichts von %3 kommt mit, außer es wird kopiert.</translation>
    </message>
    <message>
        <source>Building one stage: --target</source>
        <translation>Eine Stage bauen: --target</translation>
    </message>
    <message>
        <source>Here %1 builds &lt;b&gt;%2&lt;/b&gt;, the last stage.</source>
        <translation>Hier baut %1 &lt;b&gt;%2&lt;/b&gt;, die letzte Stage.</translation>
    </message>
    <message>
        <source>%1 builds %2 and skips the rest.</source>
        <translation>%1 baut %2 und überspringt den Rest.</translation>
    </message>
    <message>
        <source>Choose a target in the Build Plan: the graph fades the stages it skips.</source>
        <translation>Wählen Sie im Build-Plan ein Ziel: Der Graph blendet die übersprungenen Stages ab.</translation>
    </message>
    <message>
        <source>Taking only what is needed: COPY --from</source>
        <translation>Nur das Nötige nehmen: COPY --from</translation>
    </message>
    <message>
        <source>Here line %1, %2, copies only %3 from &lt;b&gt;%4&lt;/b&gt; into &lt;b&gt;%5&lt;/b&gt;: the arrow between them on the graph.</source>
        <translation>Hier kopiert Zeile %1, %2, nur %3 aus &lt;b&gt;%4&lt;/b&gt; nach &lt;b&gt;%5&lt;/b&gt;: der Pfeil zwischen ihnen im Graphen.</translation>
    </message>
    <message>
        <source>the paths it names</source>
        <translation>die genannten Pfade</translation>
    </message>
    <message>
        <source>This file copies nothing between stages yet.</source>
        <translation>Diese Datei kopiert noch nichts zwischen Stages.</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Fertig</translation>
    </message>
</context>
</TS>
