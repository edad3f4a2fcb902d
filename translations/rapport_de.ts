<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>ClientDataExport</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>d MMM yyyy, HH:mm</source>
        <translation>d. MMM yyyy, HH:mm</translation>
    </message>
    <message>
        <source>Wellbeing Score</source>
        <translation>Wohlbefindens-Wert</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Fragebogen</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>Fachperson</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Not Sharing</source>
        <translation>Nicht freigegeben</translation>
    </message>
    <message>
        <source>↑ improving</source>
        <translation>↑ steigend</translation>
    </message>
    <message>
        <source>→ stable</source>
        <translation>→ stabil</translation>
    </message>
    <message>
        <source>↓ declining</source>
        <translation>↓ sinkend</translation>
    </message>
    <message>
        <source>not enough results yet</source>
        <translation>noch nicht genug Ergebnisse</translation>
    </message>
    <message>
        <source>Rapport report for %1</source>
        <translation>Rapport-Bericht für %1</translation>
    </message>
    <message>
        <source>Exported %1. Private: this report holds your own scores and answers.</source>
        <translation>Exportiert am %1. Vertraulich: Dieser Bericht enthält Ihre eigenen Werte und Antworten.</translation>
    </message>
    <message>
        <source>Current scores</source>
        <translation>Aktuelle Werte</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Zuletzt</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Last completed</source>
        <translation>Zuletzt ausgefüllt</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>not available yet</source>
        <translation>noch nicht verfügbar</translation>
    </message>
    <message>
        <source>Professional Alliance with %1</source>
        <translation>Professionelle Arbeitsbeziehung mit %1</translation>
    </message>
    <message>
        <source>Professional Alliance with %1 (no longer connected)</source>
        <translation>Professionelle Arbeitsbeziehung mit %1 (nicht mehr verbunden)</translation>
    </message>
    <message>
        <source>%1 on a scale from %2 to %3</source>
        <translation>%1 auf einer Skala von %2 bis %3</translation>
    </message>
    <message>
        <source>Sharing with your professionals: Professional Alliance %1, Wellbeing Score %2.</source>
        <translation>Freigabe für Ihre Fachpersonen: Professionelle Arbeitsbeziehung %1, Wohlbefindens-Wert %2.</translation>
    </message>
    <message>
        <source>Wellbeing over time</source>
        <translation>Wohlbefinden im Zeitverlauf</translation>
    </message>
    <message>
        <source>Professional Alliance over time</source>
        <translation>Professionelle Arbeitsbeziehung im Zeitverlauf</translation>
    </message>
    <message>
        <source>Your check-ins and surveys</source>
        <translation>Ihre Check-ins und Umfragen</translation>
    </message>
    <message>
        <source>Nothing completed yet.</source>
        <translation>Noch nichts ausgefüllt.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Your sharing history</source>
        <translation>Ihr Freigabeverlauf</translation>
    </message>
    <message>
        <source>You have never shared a score.</source>
        <translation>Sie haben noch nie einen Wert freigegeben.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
</context>
<context>
    <name>DateText</name>
    <message>
        <source>d MMM yyyy</source>
        <extracomment>A date written out: day, abbreviated month, year (Qt&apos;s date format letters).</extracomment>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>d MMM yyyy, HH:mm</source>
        <extracomment>A date and a time of day (Qt&apos;s date format letters).</extracomment>
        <translation>d. MMM yyyy, HH:mm</translation>
    </message>
</context>
<context>
    <name>Rapport</name>
    <message>
        <source>fewer than %1 responses</source>
        <translation>weniger als %1 Antworten</translation>
    </message>
    <message>
        <source>The backup is damaged or has been altered (%1). Nothing was restored.</source>
        <translation>Die Sicherung ist beschädigt oder wurde verändert (%1). Es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <source>There is not enough disk space for the backup at %1.</source>
        <translation>Für die Sicherung unter %1 ist nicht genug Speicherplatz frei.</translation>
    </message>
    <message>
        <source>The backup could not be written to %1.</source>
        <translation>Die Sicherung konnte nicht nach %1 geschrieben werden.</translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation>Unter %1 gibt es keine Datei.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 is not a Rapport backup.</source>
        <translation>%1 ist keine Rapport-Sicherung.</translation>
    </message>
    <message>
        <source>the header is cut off</source>
        <translation>der Kopfteil ist abgeschnitten</translation>
    </message>
    <message>
        <source>the header has an impossible size</source>
        <translation>der Kopfteil hat eine unmögliche Größe</translation>
    </message>
    <message>
        <source>the header is not readable</source>
        <translation>der Kopfteil ist nicht lesbar</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of Rapport. Update Rapport to use it.</source>
        <translation>Diese Sicherung wurde mit einer neueren Rapport-Version erstellt. Aktualisieren Sie Rapport, um sie zu verwenden.</translation>
    </message>
    <message>
        <source>the key parameters are not valid</source>
        <translation>die Schlüsselparameter sind ungültig</translation>
    </message>
    <message>
        <source>That passphrase does not open this backup.</source>
        <translation>Diese Passphrase öffnet die Sicherung nicht.</translation>
    </message>
    <message>
        <source>the stream header is not valid</source>
        <translation>der Kopfteil des Datenstroms ist ungültig</translation>
    </message>
    <message>
        <source>Rapport cannot write a temporary file next to %1.</source>
        <translation>Rapport kann neben %1 keine temporäre Datei anlegen.</translation>
    </message>
    <message>
        <source>the file ends before its last part</source>
        <translation>die Datei endet vor ihrem letzten Teil</translation>
    </message>
    <message>
        <source>the file is cut off</source>
        <translation>die Datei ist abgeschnitten</translation>
    </message>
    <message>
        <source>a part has an impossible size</source>
        <translation>ein Teil hat eine unmögliche Größe</translation>
    </message>
    <message>
        <source>a part does not authenticate</source>
        <translation>ein Teil lässt sich nicht authentifizieren</translation>
    </message>
    <message>
        <source>the manifest is not valid</source>
        <translation>das Manifest ist ungültig</translation>
    </message>
    <message>
        <source>This backup holds a store from a newer version of Rapport (schema %1). Update Rapport to restore it.</source>
        <translation>Diese Sicherung enthält einen Datenspeicher einer neueren Rapport-Version (Schema %1). Aktualisieren Sie Rapport, um ihn wiederherzustellen.</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>Der Vorgang wurde abgebrochen.</translation>
    </message>
    <message>
        <source>there are unexpected bytes after the end</source>
        <translation>nach dem Ende folgen unerwartete Bytes</translation>
    </message>
    <message>
        <source>its contents do not match its manifest</source>
        <translation>der Inhalt passt nicht zum Manifest</translation>
    </message>
    <message>
        <source>A backup cannot replace the store itself.</source>
        <translation>Eine Sicherung kann nicht den Datenspeicher selbst ersetzen.</translation>
    </message>
    <message>
        <source>The store snapshot could not be read.</source>
        <translation>Die Momentaufnahme des Datenspeichers konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Rapport cannot write to %1.</source>
        <translation>Rapport kann nicht nach %1 schreiben.</translation>
    </message>
    <message>
        <source>The backup was cancelled. No file was written.</source>
        <translation>Die Sicherung wurde abgebrochen. Es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>A Rapport store already exists at %1. Choose another place, or restore over it from Rapport&apos;s admin mode.</source>
        <translation>Unter %1 gibt es bereits einen Rapport-Datenspeicher. Wählen Sie einen anderen Ort oder stellen Sie ihn im Administrationsmodus von Rapport wieder her.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The restored store failed its integrity check.</source>
        <translation>Der wiederhergestellte Datenspeicher hat die Integritätsprüfung nicht bestanden.</translation>
    </message>
    <message>
        <source>The current store could not be set aside; nothing was changed.</source>
        <translation>Der aktuelle Datenspeicher konnte nicht beiseitegelegt werden; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Choose a folder for the automatic backups.</source>
        <translation>Wählen Sie einen Ordner für die automatischen Sicherungen.</translation>
    </message>
    <message>
        <source>Keep between 1 and 1000 backups.</source>
        <translation>Behalten Sie zwischen 1 und 1000 Sicherungen.</translation>
    </message>
    <message>
        <source>Automatic backups need a backup passphrase.</source>
        <translation>Automatische Sicherungen brauchen eine Sicherungs-Passphrase.</translation>
    </message>
    <message>
        <source>Automatic backups are not set up.</source>
        <translation>Automatische Sicherungen sind nicht eingerichtet.</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be created.</source>
        <translation>Der Sicherungsordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The old backup %1 could not be removed.</source>
        <translation>Die alte Sicherung %1 konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <source>  made by Rapport %1 on %2, schema %3</source>
        <translation>  erstellt von Rapport %1 am %2, Schema %3</translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation>Maschinenlesbares JSON ausgeben.</translation>
    </message>
    <message>
        <source>Read the backup passphrase from the first line of FILE (default: $RAPPORT_BACKUP_PASSPHRASE).</source>
        <translation>Die Sicherungs-Passphrase aus der ersten Zeile von FILE lesen (Standard: $RAPPORT_BACKUP_PASSPHRASE).</translation>
    </message>
    <message>
        <source>The new store to restore into.</source>
        <translation>Der neue Datenspeicher, in den wiederhergestellt wird.</translation>
    </message>
    <message>
        <source>Folder for automatic backups.</source>
        <translation>Ordner für automatische Sicherungen.</translation>
    </message>
    <message>
        <source>daily or weekly.</source>
        <translation>daily (täglich) oder weekly (wöchentlich).</translation>
    </message>
    <message>
        <source>How many backups to keep.</source>
        <translation>Wie viele Sicherungen behalten werden.</translation>
    </message>
    <message>
        <source>Turn automatic backups off.</source>
        <translation>Automatische Sicherungen ausschalten.</translation>
    </message>
    <message>
        <source>The backup file.</source>
        <translation>Die Sicherungsdatei.</translation>
    </message>
    <message>
        <source>backup %1 needs one FILE.</source>
        <translation>backup %1 braucht genau eine FILE.</translation>
    </message>
    <message>
        <source>backup restore needs --to STORE (a new store; never the open one).</source>
        <translation>backup restore braucht --to STORE (einen neuen Datenspeicher, nie den geöffneten).</translation>
    </message>
    <message>
        <source>The backup is intact and the passphrase is right.</source>
        <translation>Die Sicherung ist unversehrt und die Passphrase ist richtig.</translation>
    </message>
    <message>
        <source>Restored into %1.</source>
        <translation>Wiederhergestellt nach %1.</translation>
    </message>
    <message>
        <source>Wrote the encrypted backup %1.</source>
        <translation>Die verschlüsselte Sicherung %1 wurde geschrieben.</translation>
    </message>
    <message>
        <source>--frequency must be daily or weekly.</source>
        <translation>--frequency muss daily oder weekly sein.</translation>
    </message>
    <message>
        <source>--keep needs a whole number.</source>
        <translation>--keep braucht eine ganze Zahl.</translation>
    </message>
    <message>
        <source>List or show the questionnaires (instruments list|show ID)</source>
        <translation>Fragebögen auflisten oder anzeigen (instruments list|show ID)</translation>
    </message>
    <message>
        <source>Score a set of answers (score ID --answers a,b,c...)</source>
        <translation>Antworten auswerten (score ID --answers a,b,c...)</translation>
    </message>
    <message>
        <source>Compute the trend of a series (trend ID --point DATE=SCORE ...)</source>
        <translation>Den Verlauf einer Reihe berechnen (trend ID --point DATE=SCORE ...)</translation>
    </message>
    <message>
        <source>Create a new encrypted store</source>
        <translation>Einen neuen verschlüsselten Datenspeicher anlegen</translation>
    </message>
    <message>
        <source>Change the store passphrase (passphrase change)</source>
        <translation>Die Passphrase des Datenspeichers ändern (passphrase change)</translation>
    </message>
    <message>
        <source>Add, list, rename or remove people (person add|list|rename|remove)</source>
        <translation>Personen hinzufügen, auflisten, umbenennen oder entfernen (person add|list|rename|remove)</translation>
    </message>
    <message>
        <source>Record a questionnaire (submit wellbeing|alliance)</source>
        <translation>Einen Fragebogen erfassen (submit wellbeing|alliance)</translation>
    </message>
    <message>
        <source>A client&apos;s sharing choices (sharing set|show|log)</source>
        <translation>Die Freigaben eines Klienten (sharing set|show|log)</translation>
    </message>
    <message>
        <source>Share requests (request add|answer|list)</source>
        <translation>Freigabeanfragen (request add|answer|list)</translation>
    </message>
    <message>
        <source>What a client or professional sees, or the anonymised HR figures (view client|professional ID, view hr)</source>
        <translation>Was ein Klient oder eine Fachperson sieht, oder die anonymisierten HR-Zahlen (view client|professional ID, view hr)</translation>
    </message>
    <message>
        <source>Check the store&apos;s integrity</source>
        <translation>Die Integrität des Datenspeichers prüfen</translation>
    </message>
    <message>
        <source>Encrypted backups (backup export|verify|restore|schedule|run-scheduled)</source>
        <translation>Verschlüsselte Sicherungen (backup export|verify|restore|schedule|run-scheduled)</translation>
    </message>
    <message>
        <source>Fill the store with a reproducible demo organisation</source>
        <translation>Den Datenspeicher mit einer reproduzierbaren Demo-Organisation füllen</translation>
    </message>
    <message>
        <source>Usage: rapport-cli [--store PATH] [--instruments DIR] COMMAND [options]</source>
        <translation>Aufruf: rapport-cli [--store PATH] [--instruments DIR] COMMAND [Optionen]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Globale Optionen:</translation>
    </message>
    <message>
        <source>Use the store at PATH instead of the default location</source>
        <translation>Den Datenspeicher unter PATH statt am Standardort verwenden</translation>
    </message>
    <message>
        <source>Load instrument definitions from DIR</source>
        <translation>Fragebogen-Definitionen aus DIR laden</translation>
    </message>
    <message>
        <source>Passphrases are never taken from the command line: use --passphrase-file FILE or the RAPPORT_PASSPHRASE environment variable.</source>
        <translation>Passphrasen werden nie von der Befehlszeile übernommen: Verwenden Sie --passphrase-file FILE oder die Umgebungsvariable RAPPORT_PASSPHRASE.</translation>
    </message>
    <message>
        <source>Run &apos;rapport-cli COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>„rapport-cli COMMAND --help“ zeigt die Optionen eines Befehls.</translation>
    </message>
    <message>
        <source>--store and --instruments need a value.</source>
        <translation>--store und --instruments brauchen einen Wert.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;.</source>
        <translation>unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>Try &apos;rapport-cli --help&apos; for more information.</source>
        <translation>Mehr Informationen mit „rapport-cli --help“.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Usage: %1%2</source>
        <translation>Aufruf: %1%2</translation>
    </message>
    <message>
        <source>Subcommands: %1</source>
        <translation>Unterbefehle: %1</translation>
    </message>
    <message>
        <source>expected one of: %1</source>
        <translation>erwartet wird eines von: %1</translation>
    </message>
    <message>
        <source>unknown subcommand &apos;%1&apos;; expected one of: %2</source>
        <translation>unbekannter Unterbefehl „%1“; erwartet wird eines von: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (YYYY-MM-DD) or an ISO 8601 time (YYYY-MM-DDTHH:MM[:SS][Z|±HH:MM]).</source>
        <translation>„%1“ ist kein Datum (JJJJ-MM-TT) und keine ISO-8601-Zeit (JJJJ-MM-TTTHH:MM[:SS][Z|±HH:MM]).</translation>
    </message>
    <message>
        <source>No answers were given (expected a list like 3,4,5).</source>
        <translation>Es wurden keine Antworten angegeben (erwartet wird eine Liste wie 3,4,5).</translation>
    </message>
    <message>
        <source>Too many answers (at most %1).</source>
        <translation>Zu viele Antworten (höchstens %1).</translation>
    </message>
    <message>
        <source>Answer %1 is empty.</source>
        <translation>Antwort %1 ist leer.</translation>
    </message>
    <message>
        <source>Answer %1 (&apos;%2&apos;) is not a whole number.</source>
        <translation>Antwort %1 („%2“) ist keine ganze Zahl.</translation>
    </message>
    <message>
        <source>Answer %1 (&apos;%2&apos;) is too large.</source>
        <translation>Antwort %1 („%2“) ist zu groß.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid date.</source>
        <translation>„%1“ ist kein gültiges Datum.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid time of day.</source>
        <translation>„%1“ ist keine gültige Uhrzeit.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has an invalid UTC offset (at most ±14:00).</source>
        <translation>„%1“ hat einen ungültigen UTC-Versatz (höchstens ±14:00).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a point: expected DATE=SCORE, like 2026-01-05=56.</source>
        <translation>„%1“ ist kein Punkt: erwartet wird DATUM=WERT, etwa 2026-01-05=56.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a score (a number like 56 or 5.4) in the point &apos;%2&apos;.</source>
        <translation>„%1“ ist kein Wert (eine Zahl wie 56 oder 5.4) im Punkt „%2“.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a language code (like en, de, is or de_CH).</source>
        <translation>„%1“ ist kein Sprachcode (wie en, de, is oder de_CH).</translation>
    </message>
    <message>
        <source>Read the store passphrase from the first line of FILE (default: $RAPPORT_PASSPHRASE).</source>
        <translation>Die Passphrase des Datenspeichers aus der ersten Zeile von FILE lesen (Standard: $RAPPORT_PASSPHRASE).</translation>
    </message>
    <message>
        <source>The passphrase file %1 cannot be read.</source>
        <translation>Die Passphrase-Datei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>No passphrase given: use --%1 FILE or set %2.</source>
        <translation>Keine Passphrase angegeben: Verwenden Sie --%1 FILE oder setzen Sie %2.</translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation>Die Passphrase ist leer.</translation>
    </message>
    <message>
        <source>Fill the store with a realistic, reproducible demo organisation (the same seed gives the same organisation).</source>
        <translation>Den Datenspeicher mit einer realistischen, reproduzierbaren Demo-Organisation füllen (derselbe Startwert ergibt dieselbe Organisation).</translation>
    </message>
    <message>
        <source>Employees (clients).</source>
        <translation>Mitarbeitende (Klienten).</translation>
    </message>
    <message>
        <source>Professionals.</source>
        <translation>Fachpersonen.</translation>
    </message>
    <message>
        <source>Months of history.</source>
        <translation>Monate Verlauf.</translation>
    </message>
    <message>
        <source>Random seed.</source>
        <translation>Zufalls-Startwert.</translation>
    </message>
    <message>
        <source>End of the history (YYYY-MM-DD or ISO 8601; default: now).</source>
        <translation>Ende des Verlaufs (JJJJ-MM-TT oder ISO 8601; Standard: jetzt).</translation>
    </message>
    <message>
        <source>--employees, --professionals, --months and --seed take whole numbers.</source>
        <translation>--employees, --professionals, --months und --seed erwarten ganze Zahlen.</translation>
    </message>
    <message>
        <source>Added %1 employees, %2 professionals, %3 wellbeing and %4 alliance submissions.</source>
        <translation>%1 Mitarbeitende, %2 Fachpersonen, %3 Wohlbefindens- und %4 Arbeitsbeziehungs-Antworten hinzugefügt.</translation>
    </message>
    <message>
        <source>A client with a rich history: %1</source>
        <translation>Ein Klient mit umfangreichem Verlauf: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid person id.</source>
        <translation>„%1“ ist keine gültige Personen-ID.</translation>
    </message>
    <message>
        <source>Only HR people see the HR view.</source>
        <translation>Nur Personen mit HR-Rolle sehen die HR-Ansicht.</translation>
    </message>
    <message>
        <source>Fewer than %1 employees have taken part: every figure is hidden to protect them.</source>
        <translation>Weniger als %1 Mitarbeitende haben teilgenommen: Zu ihrem Schutz sind alle Zahlen ausgeblendet.</translation>
    </message>
    <message>
        <source>Employees in the programme: %1</source>
        <translation>Mitarbeitende im Programm: %1</translation>
    </message>
    <message numerus="yes">
        <source>Took part in the last %n days: %1</source>
        <translation>
            <numerusform>In den letzten %n Tag teilgenommen: %1</numerusform>
            <numerusform>In den letzten %n Tagen teilgenommen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Caution: participation is low, so these figures may not represent the organisation.</source>
        <translation>Achtung: Die Beteiligung ist gering, daher bilden diese Zahlen die Organisation möglicherweise nicht ab.</translation>
    </message>
    <message>
        <source>Wellbeing (each participant&apos;s latest): %1</source>
        <translation>Wohlbefinden (jeweils letztes Ergebnis): %1</translation>
    </message>
    <message>
        <source>Trends (more than one submission): %1</source>
        <translation>Verlauf (mehr als eine Antwort): %1</translation>
    </message>
    <message>
        <source>improving: %1</source>
        <translation>steigend: %1</translation>
    </message>
    <message>
        <source>stable: %1</source>
        <translation>stabil: %1</translation>
    </message>
    <message>
        <source>declining: %1</source>
        <translation>sinkend: %1</translation>
    </message>
    <message>
        <source>Professional Alliance: %1</source>
        <translation>Professionelle Arbeitsbeziehung: %1</translation>
    </message>
    <message>
        <source>By month:</source>
        <translation>Nach Monat:</translation>
    </message>
    <message>
        <source>%1 (%2 people)</source>
        <translation>%1 (%2 Personen)</translation>
    </message>
    <message>
        <source>By team:</source>
        <translation>Nach Team:</translation>
    </message>
    <message>
        <source>%1, %2 people</source>
        <translation>%1, %2 Personen</translation>
    </message>
    <message>
        <source>The HR person asking (optional; must have role hr).</source>
        <translation>Die anfragende HR-Person (optional; muss die Rolle hr haben).</translation>
    </message>
    <message>
        <source>view hr takes no id: it shows the whole organisation (use --person for the HR person asking).</source>
        <translation>view hr nimmt keine ID: Es zeigt die ganze Organisation (mit --person die anfragende HR-Person angeben).</translation>
    </message>
    <message numerus="yes">
        <source>%n items</source>
        <translation>
            <numerusform>%n Aussage</numerusform>
            <numerusform>%n Aussagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n points</source>
        <translation>
            <numerusform>%n Punkt</numerusform>
            <numerusform>%n Punkte</numerusform>
        </translation>
    </message>
    <message>
        <source>sum of the answers</source>
        <translation>Summe der Antworten</translation>
    </message>
    <message>
        <source>mean of the answers</source>
        <translation>Mittelwert der Antworten</translation>
    </message>
    <message>
        <source>not enough data</source>
        <translation>nicht genug Daten</translation>
    </message>
    <message>
        <source>improving</source>
        <translation>steigend</translation>
    </message>
    <message>
        <source>stable</source>
        <translation>stabil</translation>
    </message>
    <message>
        <source>declining</source>
        <translation>sinkend</translation>
    </message>
    <message>
        <source>%1 (%2, version %3)</source>
        <translation>%1 (%2, Version %3)</translation>
    </message>
    <message>
        <source>Instructions:</source>
        <translation>Anleitung:</translation>
    </message>
    <message>
        <source>Time frame:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>Answer scale: %1 to %2</source>
        <translation>Antwortskala: %1 bis %2</translation>
    </message>
    <message>
        <source>Items:</source>
        <translation>Aussagen:</translation>
    </message>
    <message>
        <source>(reverse-scored)</source>
        <translation>(umgekehrt gewertet)</translation>
    </message>
    <message>
        <source>Dimensions:</source>
        <translation>Dimensionen:</translation>
    </message>
    <message>
        <source>Scoring: %1 × %2, from %3 to %4, shown with %5 decimal(s)</source>
        <translation>Auswertung: %1 × %2, von %3 bis %4, angezeigt mit %5 Nachkommastelle(n)</translation>
    </message>
    <message>
        <source>Each dimension is scored the same way from its own items.</source>
        <translation>Jede Dimension wird auf dieselbe Weise aus ihren eigenen Aussagen ausgewertet.</translation>
    </message>
    <message>
        <source>Brackets: none</source>
        <translation>Bereiche: keine</translation>
    </message>
    <message>
        <source>Brackets:</source>
        <translation>Bereiche:</translation>
    </message>
    <message>
        <source>Meaningful change: %1</source>
        <translation>Bedeutsame Veränderung: %1</translation>
    </message>
    <message>
        <source>Methodology:</source>
        <translation>Methodik:</translation>
    </message>
    <message>
        <source>(%1, scored %2 to %3)</source>
        <translation>(%1, gewertet von %2 bis %3)</translation>
    </message>
    <message>
        <source>rapport-cli instruments list|show ID [--json] [--language CODE]

Lists the available questionnaires, or shows one in full: instructions, answer scale, items, scoring, brackets and methodology.</source>
        <translation>rapport-cli instruments list|show ID [--json] [--language CODE]

Listet die verfügbaren Fragebögen auf oder zeigt einen vollständig an: Anleitung, Antwortskala, Aussagen, Auswertung, Bereiche und Methodik.</translation>
    </message>
    <message>
        <source>&apos;list&apos; or &apos;show&apos;.</source>
        <translation>„list“ oder „show“.</translation>
    </message>
    <message>
        <source>The instrument to show.</source>
        <translation>Der anzuzeigende Fragebogen.</translation>
    </message>
    <message>
        <source>instruments needs an action: list, or show ID.</source>
        <translation>instruments braucht eine Aktion: list oder show ID.</translation>
    </message>
    <message>
        <source>instruments list takes no arguments.</source>
        <translation>instruments list nimmt keine Argumente.</translation>
    </message>
    <message>
        <source>instruments show needs exactly one instrument id.</source>
        <translation>instruments show braucht genau eine Fragebogen-ID.</translation>
    </message>
    <message>
        <source>unknown instruments action &apos;%1&apos; (use list or show).</source>
        <translation>unbekannte instruments-Aktion „%1“ (verwenden Sie list oder show).</translation>
    </message>
    <message>
        <source>rapport-cli score ID --answers LIST [--json] [--language CODE]

Scores one set of answers (one per item, in order, e.g. 3,4,5,2,1) and shows the score, its bracket and any dimension sub-scores.</source>
        <translation>rapport-cli score ID --answers LIST [--json] [--language CODE]

Wertet einen Satz Antworten aus (eine pro Aussage, in Reihenfolge, z. B. 3,4,5,2,1) und zeigt den Wert, seinen Bereich und etwaige Teilwerte der Dimensionen.</translation>
    </message>
    <message>
        <source>The instrument, e.g. wellbeing-index.</source>
        <translation>Der Fragebogen, z. B. wellbeing-index.</translation>
    </message>
    <message>
        <source>The answers, comma-separated, one per item.</source>
        <translation>Die Antworten, durch Kommas getrennt, eine pro Aussage.</translation>
    </message>
    <message>
        <source>score needs exactly one instrument id.</source>
        <translation>score braucht genau eine Fragebogen-ID.</translation>
    </message>
    <message>
        <source>score needs --answers, e.g. --answers 3,4,5,2,1.</source>
        <translation>score braucht --answers, z. B. --answers 3,4,5,2,1.</translation>
    </message>
    <message>
        <source>rapport-cli trend ID --point DATE=SCORE [--point DATE=SCORE ...] [--json]

Fits a straight line through a person&apos;s scores over time and reports whether they are improving, stable or declining (by at least the instrument&apos;s meaningful change from the first to the last point). DATE is YYYY-MM-DD (taken as 12:00 UTC) or an ISO 8601 time such as 2026-01-05T09:30+01:00 (without an offset, UTC).</source>
        <translation>rapport-cli trend ID --point DATE=SCORE [--point DATE=SCORE ...] [--json]

Legt eine Gerade durch die Werte einer Person im Zeitverlauf und meldet, ob sie steigen, stabil sind oder sinken (um mindestens die bedeutsame Veränderung des Fragebogens vom ersten bis zum letzten Punkt). DATE ist JJJJ-MM-TT (als 12:00 UTC gewertet) oder eine ISO-8601-Zeit wie 2026-01-05T09:30+01:00 (ohne Versatz: UTC).</translation>
    </message>
    <message>
        <source>The instrument the scores belong to.</source>
        <translation>Der Fragebogen, zu dem die Werte gehören.</translation>
    </message>
    <message>
        <source>One submission: its date or time and its score (repeatable).</source>
        <translation>Eine Antwort: ihr Datum oder ihre Zeit und ihr Wert (wiederholbar).</translation>
    </message>
    <message>
        <source>trend needs exactly one instrument id.</source>
        <translation>trend braucht genau eine Fragebogen-ID.</translation>
    </message>
    <message>
        <source>The score %1 in &apos;%2&apos; is outside the range of %3 (%4 to %5).</source>
        <translation>Der Wert %1 in „%2“ liegt außerhalb des Bereichs von %3 (%4 bis %5).</translation>
    </message>
    <message>
        <source>%1: not enough data for a trend (%2; at least 2 are needed).</source>
        <translation>%1: nicht genug Daten für einen Verlauf (%2; mindestens 2 sind nötig).</translation>
    </message>
    <message>
        <source>%1: %2 (fitted change %3 over %4; a change of %5 is meaningful)</source>
        <translation>%1: %2 (angepasste Veränderung %3 über %4; eine Veränderung von %5 ist bedeutsam)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid %2 id.</source>
        <translation>„%1“ ist keine gültige %2-ID.</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Not Sharing</source>
        <translation>Nicht freigegeben</translation>
    </message>
    <message>
        <source>Create a new, empty encrypted store (at --store or the default place).</source>
        <translation>Einen neuen, leeren verschlüsselten Datenspeicher anlegen (unter --store oder am Standardort).</translation>
    </message>
    <message>
        <source>Use the cheapest key derivation: only for throwaway test stores.</source>
        <translation>Die günstigste Schlüsselableitung verwenden: nur für Wegwerf-Testdatenspeicher.</translation>
    </message>
    <message>
        <source>Created an encrypted store at %1.</source>
        <translation>Ein verschlüsselter Datenspeicher wurde unter %1 angelegt.</translation>
    </message>
    <message>
        <source>Change the store passphrase (the store is re-encrypted atomically).</source>
        <translation>Die Passphrase des Datenspeichers ändern (der Datenspeicher wird atomar neu verschlüsselt).</translation>
    </message>
    <message>
        <source>Read the new passphrase from the first line of FILE (default: $RAPPORT_NEW_PASSPHRASE).</source>
        <translation>Die neue Passphrase aus der ersten Zeile von FILE lesen (Standard: $RAPPORT_NEW_PASSPHRASE).</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation>Die Passphrase wurde geändert.</translation>
    </message>
    <message>
        <source>client, professional, hr or admin.</source>
        <translation>client, professional, hr oder admin.</translation>
    </message>
    <message>
        <source>The person&apos;s name.</source>
        <translation>Der Name der Person.</translation>
    </message>
    <message>
        <source>A client&apos;s team or department.</source>
        <translation>Das Team oder die Abteilung eines Klienten.</translation>
    </message>
    <message>
        <source>The person&apos;s id.</source>
        <translation>Die ID der Person.</translation>
    </message>
    <message>
        <source>--role must be client, professional, hr or admin.</source>
        <translation>--role muss client, professional, hr oder admin sein.</translation>
    </message>
    <message>
        <source>person add needs --role and --name.</source>
        <translation>person add braucht --role und --name.</translation>
    </message>
    <message>
        <source>person %1 needs one person id.</source>
        <translation>person %1 braucht eine Personen-ID.</translation>
    </message>
    <message>
        <source>person rename needs --name.</source>
        <translation>person rename braucht --name.</translation>
    </message>
    <message>
        <source>person</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Removed the person and all of their data.</source>
        <translation>Die Person und alle ihre Daten wurden entfernt.</translation>
    </message>
    <message>
        <source>Connect a client with a professional.</source>
        <translation>Einen Klienten mit einer Fachperson verbinden.</translation>
    </message>
    <message>
        <source>The client.</source>
        <translation>Der Klient.</translation>
    </message>
    <message>
        <source>The professional.</source>
        <translation>Die Fachperson.</translation>
    </message>
    <message>
        <source>connect needs a client id and a professional id.</source>
        <translation>connect braucht eine Klienten-ID und eine Fachpersonen-ID.</translation>
    </message>
    <message>
        <source>client</source>
        <translation>Klienten</translation>
    </message>
    <message>
        <source>professional</source>
        <translation>Fachpersonen</translation>
    </message>
    <message>
        <source>The client answering.</source>
        <translation>Der antwortende Klient.</translation>
    </message>
    <message>
        <source>The professional of the session (alliance).</source>
        <translation>Die Fachperson der Sitzung (Arbeitsbeziehung).</translation>
    </message>
    <message>
        <source>The answers, comma-separated.</source>
        <translation>Die Antworten, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>When it was answered (YYYY-MM-DD or ISO 8601).</source>
        <translation>Wann geantwortet wurde (JJJJ-MM-TT oder ISO 8601).</translation>
    </message>
    <message>
        <source>submit alliance needs --person, --professional and --answers.</source>
        <translation>submit alliance braucht --person, --professional und --answers.</translation>
    </message>
    <message>
        <source>submit wellbeing needs --person and --answers.</source>
        <translation>submit wellbeing braucht --person und --answers.</translation>
    </message>
    <message>
        <source>Saved. Score: %1</source>
        <translation>Gespeichert. Wert: %1</translation>
    </message>
    <message>
        <source>alliance or wellbeing.</source>
        <translation>alliance oder wellbeing.</translation>
    </message>
    <message>
        <source>Share or stop sharing.</source>
        <translation>Freigeben oder die Freigabe beenden.</translation>
    </message>
    <message>
        <source>sharing %1 needs --person.</source>
        <translation>sharing %1 braucht --person.</translation>
    </message>
    <message>
        <source>usage: sharing set --person ID --metric alliance|wellbeing on|off</source>
        <translation>Aufruf: sharing set --person ID --metric alliance|wellbeing on|off</translation>
    </message>
    <message>
        <source>Professional Alliance</source>
        <translation>Professionelle Arbeitsbeziehung</translation>
    </message>
    <message>
        <source>Wellbeing</source>
        <translation>Wohlbefinden</translation>
    </message>
    <message>
        <source>The professional asking.</source>
        <translation>Die anfragende Fachperson.</translation>
    </message>
    <message>
        <source>The client asked.</source>
        <translation>Der angefragte Klient.</translation>
    </message>
    <message>
        <source>alliance (default) or wellbeing.</source>
        <translation>alliance (Standard) oder wellbeing.</translation>
    </message>
    <message>
        <source>Whose requests to list.</source>
        <translation>Wessen Anfragen aufgelistet werden.</translation>
    </message>
    <message>
        <source>The request.</source>
        <translation>Die Anfrage.</translation>
    </message>
    <message>
        <source>The client&apos;s answer.</source>
        <translation>Die Antwort des Klienten.</translation>
    </message>
    <message>
        <source>request add needs --professional and --client.</source>
        <translation>request add braucht --professional und --client.</translation>
    </message>
    <message>
        <source>--metric must be alliance or wellbeing.</source>
        <translation>--metric muss alliance oder wellbeing sein.</translation>
    </message>
    <message>
        <source>usage: request answer REQUEST_ID accept|decline</source>
        <translation>Aufruf: request answer REQUEST_ID accept|decline</translation>
    </message>
    <message>
        <source>request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>request list needs --person.</source>
        <translation>request list braucht --person.</translation>
    </message>
    <message>
        <source>The person whose view to show.</source>
        <translation>Die Person, deren Ansicht gezeigt wird.</translation>
    </message>
    <message>
        <source>view %1 needs one id.</source>
        <translation>view %1 braucht eine ID.</translation>
    </message>
    <message>
        <source>Check the store&apos;s integrity and show its versions.</source>
        <translation>Die Integrität des Datenspeichers prüfen und seine Versionen zeigen.</translation>
    </message>
    <message>
        <source>The store is intact (schema %1, SQLCipher %2).</source>
        <translation>Der Datenspeicher ist unversehrt (Schema %1, SQLCipher %2).</translation>
    </message>
    <message>
        <source>Unknown key-derivation algorithm &quot;%1&quot;.</source>
        <translation>Unbekanntes Verfahren zur Schlüsselableitung „%1“.</translation>
    </message>
    <message>
        <source>The key-derivation cost recorded in the file is not valid.</source>
        <translation>Die in der Datei vermerkten Kosten der Schlüsselableitung sind ungültig.</translation>
    </message>
    <message>
        <source>The key-derivation salt recorded in the file is not valid.</source>
        <translation>Das in der Datei vermerkte Salt der Schlüsselableitung ist ungültig.</translation>
    </message>
    <message>
        <source>The cryptography library could not be initialised.</source>
        <translation>Die Kryptografie-Bibliothek konnte nicht initialisiert werden.</translation>
    </message>
    <message>
        <source>The key-derivation salt has the wrong size.</source>
        <translation>Das Salt der Schlüsselableitung hat die falsche Größe.</translation>
    </message>
    <message>
        <source>Not enough memory to derive the key (%1 MiB needed).</source>
        <translation>Nicht genug Arbeitsspeicher, um den Schlüssel abzuleiten (%1 MiB nötig).</translation>
    </message>
    <message>
        <source>The instrument &apos;%1&apos; cannot be used for demo data.</source>
        <translation>Der Fragebogen „%1“ kann nicht für Demodaten verwendet werden.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3 (it is %4).</source>
        <translation>%1 muss zwischen %2 und %3 liegen (ist %4).</translation>
    </message>
    <message>
        <source>The number of employees</source>
        <translation>Die Zahl der Mitarbeitenden</translation>
    </message>
    <message>
        <source>The number of professionals</source>
        <translation>Die Zahl der Fachpersonen</translation>
    </message>
    <message>
        <source>There cannot be more professionals (%1) than employees (%2).</source>
        <translation>Es kann nicht mehr Fachpersonen (%1) als Mitarbeitende (%2) geben.</translation>
    </message>
    <message>
        <source>The number of months</source>
        <translation>Die Zahl der Monate</translation>
    </message>
    <message>
        <source>The number of HR people</source>
        <translation>Die Zahl der HR-Personen</translation>
    </message>
    <message>
        <source>The number of administrators</source>
        <translation>Die Zahl der Administratoren</translation>
    </message>
    <message>
        <source>The number of years</source>
        <translation>Die Zahl der Jahre</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>Fachperson</translation>
    </message>
    <message>
        <source>HR</source>
        <translation>HR</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>dimension &apos;%1&apos; has no items</source>
        <translation>Dimension „%1“ hat keine Aussagen</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>%1: the top level must be a JSON object</source>
        <translation>%1: Die oberste Ebene muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>unbekanntes Feld</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>muss ein Array sein</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid id (use up to 64 lower-case letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;)</source>
        <translation>„%1“ ist keine gültige ID (bis zu 64 Kleinbuchstaben, Ziffern, „.“, „_“ und „-“)</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>must be at least %1</source>
        <translation>muss mindestens %1 sein</translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation>muss zwischen %1 und %2 liegen</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>muss eine Zahl sein</translation>
    </message>
    <message>
        <source>must be a text or an object of texts by language</source>
        <translation>muss ein Text oder ein Objekt mit Texten je Sprache sein</translation>
    </message>
    <message>
        <source>must have a text in at least one language</source>
        <translation>muss in mindestens einer Sprache einen Text haben</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a language code (like &quot;en&quot;, &quot;de&quot; or &quot;de_CH&quot;)</source>
        <translation>„%1“ ist kein Sprachcode (wie „en“, „de“ oder „de_CH“)</translation>
    </message>
    <message>
        <source>language &apos;%1&apos; is given twice</source>
        <translation>Sprache „%1“ ist doppelt angegeben</translation>
    </message>
    <message>
        <source>must be greater than scale.min (%1)</source>
        <translation>muss größer als scale.min (%1) sein</translation>
    </message>
    <message>
        <source>a scale may have at most %1 points</source>
        <translation>eine Skala darf höchstens %1 Punkte haben</translation>
    </message>
    <message>
        <source>%1 is outside the scale %2–%3</source>
        <translation>%1 liegt außerhalb der Skala %2–%3</translation>
    </message>
    <message>
        <source>point %1 is labelled twice</source>
        <translation>Punkt %1 ist doppelt beschriftet</translation>
    </message>
    <message>
        <source>the lowest point (%1) needs a label</source>
        <translation>der niedrigste Punkt (%1) braucht eine Beschriftung</translation>
    </message>
    <message>
        <source>the highest point (%1) needs a label</source>
        <translation>der höchste Punkt (%1) braucht eine Beschriftung</translation>
    </message>
    <message>
        <source>dimension &apos;%1&apos; is declared twice</source>
        <translation>Dimension „%1“ ist doppelt angegeben</translation>
    </message>
    <message>
        <source>must list at least one item</source>
        <translation>muss mindestens eine Aussage enthalten</translation>
    </message>
    <message>
        <source>may list at most %1 items</source>
        <translation>darf höchstens %1 Aussagen enthalten</translation>
    </message>
    <message>
        <source>item &apos;%1&apos; is listed twice</source>
        <translation>Aussage „%1“ ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>unknown dimension &apos;%1&apos;</source>
        <translation>unbekannte Dimension „%1“</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>must be &quot;sum&quot; or &quot;mean&quot;</source>
        <translation>muss „sum“ oder „mean“ sein</translation>
    </message>
    <message>
        <source>must be greater than 0</source>
        <translation>muss größer als 0 sein</translation>
    </message>
    <message>
        <source>must be greater than scoring.min (%1)</source>
        <translation>muss größer als scoring.min (%1) sein</translation>
    </message>
    <message>
        <source>must not exceed the score range (%1)</source>
        <translation>darf den Wertebereich (%1) nicht überschreiten</translation>
    </message>
    <message>
        <source>the %1 of %2 items all answered %3, times %4, is %5, not %6</source>
        <translation>%1 von %2 Aussagen, alle mit %3 beantwortet, mal %4, ergibt %5, nicht %6</translation>
    </message>
    <message>
        <source>bracket &apos;%1&apos; is listed twice</source>
        <translation>Bereich „%1“ ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>must not be below the bracket&apos;s min (%1)</source>
        <translation>darf nicht unter dem Minimum des Bereichs (%1) liegen</translation>
    </message>
    <message>
        <source>the first bracket must start at the lowest score (%1), not %2</source>
        <translation>der erste Bereich muss beim niedrigsten Wert (%1) beginnen, nicht bei %2</translation>
    </message>
    <message>
        <source>%1 is not above the previous bracket&apos;s max (%2): brackets must be sorted and must not overlap</source>
        <translation>%1 liegt nicht über dem Maximum des vorigen Bereichs (%2): Bereiche müssen sortiert sein und dürfen sich nicht überschneiden</translation>
    </message>
    <message>
        <source>%1 leaves a gap after the previous bracket&apos;s max (%2): with %3 decimal(s) the next bracket must start by %4</source>
        <translation>%1 lässt eine Lücke nach dem Maximum des vorigen Bereichs (%2): Bei %3 Nachkommastelle(n) muss der nächste Bereich spätestens bei %4 beginnen</translation>
    </message>
    <message>
        <source>%1 is above the highest score (%2)</source>
        <translation>%1 liegt über dem höchsten Wert (%2)</translation>
    </message>
    <message>
        <source>the last bracket must end at the highest score (%1), not %2</source>
        <translation>der letzte Bereich muss beim höchsten Wert (%1) enden, nicht bei %2</translation>
    </message>
    <message>
        <source>%1: not valid JSON: %2 (at byte %3)</source>
        <translation>%1: kein gültiges JSON: %2 (bei Byte %3)</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: Datei nicht vorhanden</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: too large for an instrument definition (more than %2 bytes)</source>
        <translation>%1: zu groß für eine Fragebogen-Definition (mehr als %2 Bytes)</translation>
    </message>
    <message>
        <source>The built-in instruments could not be loaded: %1</source>
        <translation>Die eingebauten Fragebögen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>The instrument folder &apos;%1&apos; does not exist.</source>
        <translation>Der Fragebogen-Ordner „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>The instrument folder &apos;%1&apos; has no definitions (*.json files).</source>
        <translation>Der Fragebogen-Ordner „%1“ enthält keine Definitionen (*.json-Dateien).</translation>
    </message>
    <message>
        <source>%1: id: instrument &apos;%2&apos; is already defined in %3</source>
        <translation>%1: id: Fragebogen „%2“ ist bereits in %3 definiert</translation>
    </message>
    <message>
        <source>The instrument &apos;%1&apos; is defined twice.</source>
        <translation>Der Fragebogen „%1“ ist doppelt definiert.</translation>
    </message>
    <message>
        <source>There is no instrument &apos;%1&apos;.</source>
        <translation>Es gibt keinen Fragebogen „%1“.</translation>
    </message>
    <message>
        <source>The instrument &apos;%1&apos; has no items.</source>
        <translation>Der Fragebogen „%1“ hat keine Aussagen.</translation>
    </message>
    <message>
        <source>The answer to item %1 is missing: %2 answers are needed, %3 were given.</source>
        <translation>Die Antwort auf Aussage %1 fehlt: %2 Antworten sind nötig, %3 wurden gegeben.</translation>
    </message>
    <message>
        <source>There is no item %1: the instrument has %2 items, %3 answers were given.</source>
        <translation>Es gibt keine Aussage %1: Der Fragebogen hat %2 Aussagen, %3 Antworten wurden gegeben.</translation>
    </message>
    <message>
        <source>The answer to item %1 is %2, outside the scale %3 to %4.</source>
        <translation>Die Antwort auf Aussage %1 ist %2 und liegt außerhalb der Skala %3 bis %4.</translation>
    </message>
    <message>
        <source>Only clients answer questionnaires.</source>
        <translation>Nur Klienten beantworten Fragebögen.</translation>
    </message>
    <message>
        <source>The alliance survey is about one professional: say which one.</source>
        <translation>Die Umfrage zur Arbeitsbeziehung betrifft eine Fachperson: Geben Sie an, welche.</translation>
    </message>
    <message>
        <source>The alliance survey can only be about a professional you are connected with.</source>
        <translation>Die Umfrage zur Arbeitsbeziehung kann nur eine Fachperson betreffen, mit der Sie verbunden sind.</translation>
    </message>
    <message>
        <source>This questionnaire is not about a professional.</source>
        <translation>Dieser Fragebogen betrifft keine Fachperson.</translation>
    </message>
    <message>
        <source>A questionnaire cannot be dated in the future.</source>
        <translation>Ein Fragebogen kann nicht in der Zukunft datiert sein.</translation>
    </message>
    <message>
        <source>Only clients have a client dashboard.</source>
        <translation>Nur Klienten haben eine Klienten-Übersicht.</translation>
    </message>
    <message>
        <source>Only professionals have a professional view.</source>
        <translation>Nur Fachpersonen haben eine Fachpersonen-Ansicht.</translation>
    </message>
    <message>
        <source>A connection joins a client with a professional.</source>
        <translation>Eine Verbindung verknüpft einen Klienten mit einer Fachperson.</translation>
    </message>
    <message>
        <source>These two are already connected.</source>
        <translation>Diese beiden sind bereits verbunden.</translation>
    </message>
    <message>
        <source>These two are not connected.</source>
        <translation>Diese beiden sind nicht verbunden.</translation>
    </message>
    <message>
        <source>There is no Rapport store at %1.</source>
        <translation>Unter %1 gibt es keinen Rapport-Datenspeicher.</translation>
    </message>
    <message>
        <source>Rapport cannot write to %1. Check the folder&apos;s permissions.</source>
        <translation>Rapport kann nicht nach %1 schreiben. Prüfen Sie die Berechtigungen des Ordners.</translation>
    </message>
    <message>
        <source>The store at %1 could not be opened.</source>
        <translation>Der Datenspeicher unter %1 konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Rapport was built without SQLCipher; the store cannot be encrypted.</source>
        <translation>Rapport wurde ohne SQLCipher gebaut; der Datenspeicher kann nicht verschlüsselt werden.</translation>
    </message>
    <message>
        <source>applying the key</source>
        <translation>beim Anwenden des Schlüssels</translation>
    </message>
    <message>
        <source>The encryption settings could not be applied.</source>
        <translation>Die Verschlüsselungseinstellungen konnten nicht angewendet werden.</translation>
    </message>
    <message>
        <source>The store file could not be decrypted: it is damaged or is not a Rapport store.</source>
        <translation>Die Datei des Datenspeichers konnte nicht entschlüsselt werden: Sie ist beschädigt oder kein Rapport-Datenspeicher.</translation>
    </message>
    <message>
        <source>Rapport cannot create %1.</source>
        <translation>Rapport kann %1 nicht anlegen.</translation>
    </message>
    <message>
        <source>Some pages of the store have been altered or damaged.</source>
        <translation>Einige Seiten des Datenspeichers wurden verändert oder beschädigt.</translation>
    </message>
    <message>
        <source>The store failed its integrity check.</source>
        <translation>Der Datenspeicher hat die Integritätsprüfung nicht bestanden.</translation>
    </message>
    <message>
        <source>There is not enough disk space to save this. Nothing was changed.</source>
        <translation>Es ist nicht genug Speicherplatz frei, um dies zu speichern. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The store cannot be written: its file or folder is read-only.</source>
        <translation>In den Datenspeicher kann nicht geschrieben werden: Seine Datei oder sein Ordner ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>The store is busy in another Rapport window. Try again.</source>
        <translation>Der Datenspeicher wird gerade in einem anderen Rapport-Fenster verwendet. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The store file is damaged.</source>
        <translation>Die Datei des Datenspeichers ist beschädigt.</translation>
    </message>
    <message>
        <source>That refers to something that does not exist.</source>
        <translation>Das verweist auf etwas, das nicht existiert.</translation>
    </message>
    <message>
        <source>That already exists.</source>
        <translation>Das existiert bereits.</translation>
    </message>
    <message>
        <source>That value is not allowed here.</source>
        <translation>Dieser Wert ist hier nicht zulässig.</translation>
    </message>
    <message>
        <source>The store could not be read or written (the file may have been moved, deleted or its disk removed).</source>
        <translation>Der Datenspeicher konnte nicht gelesen oder geschrieben werden (die Datei wurde vielleicht verschoben oder gelöscht, oder ihr Laufwerk wurde entfernt).</translation>
    </message>
    <message>
        <source>Unexpected database error %1.</source>
        <translation>Unerwarteter Datenbankfehler %1.</translation>
    </message>
    <message>
        <source>The transaction was already finished.</source>
        <translation>Die Transaktion war bereits abgeschlossen.</translation>
    </message>
    <message>
        <source>The score range of &apos;%1&apos; is too wide for the HR figures.</source>
        <translation>Der Wertebereich von „%1“ ist für die HR-Zahlen zu breit.</translation>
    </message>
    <message>
        <source>This store was written by a newer version of Rapport (schema %1; this version understands up to %2). Update Rapport to open it; the store was not changed.</source>
        <translation>Dieser Datenspeicher wurde von einer neueren Rapport-Version geschrieben (Schema %1; diese Version versteht bis %2). Aktualisieren Sie Rapport, um ihn zu öffnen; der Datenspeicher wurde nicht verändert.</translation>
    </message>
    <message>
        <source>There is no such person in this store.</source>
        <translation>Diese Person gibt es in diesem Datenspeicher nicht.</translation>
    </message>
    <message>
        <source>A person needs a name.</source>
        <translation>Eine Person braucht einen Namen.</translation>
    </message>
    <message>
        <source>That name is too long (200 characters at most).</source>
        <translation>Dieser Name ist zu lang (höchstens 200 Zeichen).</translation>
    </message>
    <message>
        <source>A name must have between 1 and 200 characters.</source>
        <translation>Ein Name muss zwischen 1 und 200 Zeichen haben.</translation>
    </message>
    <message>
        <source>Only a professional connected with this client can ask them to share.</source>
        <translation>Nur eine mit diesem Klienten verbundene Fachperson kann ihn um eine Freigabe bitten.</translation>
    </message>
    <message>
        <source>This client already shares that score.</source>
        <translation>Dieser Klient gibt diesen Wert bereits frei.</translation>
    </message>
    <message>
        <source>A request to share this score is already waiting for the client&apos;s answer.</source>
        <translation>Eine Anfrage zur Freigabe dieses Werts wartet bereits auf die Antwort des Klienten.</translation>
    </message>
    <message>
        <source>Only the client can answer a request to share.</source>
        <translation>Nur der Klient kann eine Freigabeanfrage beantworten.</translation>
    </message>
    <message>
        <source>This request has already been answered.</source>
        <translation>Diese Anfrage wurde bereits beantwortet.</translation>
    </message>
    <message>
        <source>There is no such share request.</source>
        <translation>Diese Freigabeanfrage gibt es nicht.</translation>
    </message>
    <message>
        <source>Only clients have sharing settings.</source>
        <translation>Nur Klienten haben Freigabe-Einstellungen.</translation>
    </message>
    <message>
        <source>Only the client can change what they share.</source>
        <translation>Nur der Klient kann ändern, was er freigibt.</translation>
    </message>
    <message>
        <source>That passphrase does not open this store. Check it and try again.</source>
        <translation>Diese Passphrase öffnet den Datenspeicher nicht. Prüfen Sie sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>This store is already open in another Rapport window. Close it there first.</source>
        <translation>Dieser Datenspeicher ist bereits in einem anderen Rapport-Fenster geöffnet. Schließen Sie ihn dort zuerst.</translation>
    </message>
    <message>
        <source>Rapport cannot write next to the store at %1. Check the folder&apos;s permissions.</source>
        <translation>Rapport kann nicht neben den Datenspeicher unter %1 schreiben. Prüfen Sie die Berechtigungen des Ordners.</translation>
    </message>
    <message>
        <source>A Rapport store already exists at %1.</source>
        <translation>Unter %1 gibt es bereits einen Rapport-Datenspeicher.</translation>
    </message>
    <message>
        <source>The passphrase could not be changed: the new store file could not be put in place. The old passphrase still applies.</source>
        <translation>Die Passphrase konnte nicht geändert werden: Die neue Datei des Datenspeichers konnte nicht an ihren Platz gebracht werden. Die alte Passphrase gilt weiterhin.</translation>
    </message>
    <message>
        <source>The store&apos;s key file is damaged (key check).</source>
        <translation>Die Schlüsseldatei des Datenspeichers ist beschädigt (Schlüsselprüfung).</translation>
    </message>
    <message>
        <source>The store&apos;s key file %1 is missing.</source>
        <translation>Die Schlüsseldatei %1 des Datenspeichers fehlt.</translation>
    </message>
    <message>
        <source>The store&apos;s key file %1 cannot be read.</source>
        <translation>Die Schlüsseldatei %1 des Datenspeichers kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The store&apos;s key file %1 is damaged.</source>
        <translation>Die Schlüsseldatei %1 des Datenspeichers ist beschädigt.</translation>
    </message>
    <message>
        <source>%1 is not a Rapport key file.</source>
        <translation>%1 ist keine Rapport-Schlüsseldatei.</translation>
    </message>
    <message>
        <source>This store was created by a newer version of Rapport. Update Rapport to open it.</source>
        <translation>Dieser Datenspeicher wurde mit einer neueren Rapport-Version angelegt. Aktualisieren Sie Rapport, um ihn zu öffnen.</translation>
    </message>
    <message>
        <source>Rapport cannot write to the folder %1.</source>
        <translation>Rapport kann nicht in den Ordner %1 schreiben.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>There is not enough disk space to write %1. Nothing was changed.</source>
        <translation>Es ist nicht genug Speicherplatz frei, um %1 zu schreiben. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The person or professional of this submission does not exist.</source>
        <translation>Die Person oder Fachperson dieser Antwort existiert nicht.</translation>
    </message>
    <message>
        <source>Show the instrument&apos;s texts in language CODE (en, de, is; default: the interface language, and en with --json).</source>
        <translation>Die Texte des Fragebogens in der Sprache CODE zeigen (en, de, is; Standard: die Sprache der Oberfläche, mit --json en).</translation>
    </message>
    <message>
        <source>The backup could not be written to %1 (%2).</source>
        <translation>Die Sicherung konnte nicht nach %1 geschrieben werden (%2).</translation>
    </message>
    <message>
        <source>The backup key has the wrong size.</source>
        <translation>Der Schlüssel der Sicherung hat die falsche Größe.</translation>
    </message>
    <message>
        <source>Ask the hub in RAPPORT_HUB_URL (as an HR login) instead of the local store.</source>
        <translation>Den Hub in RAPPORT_HUB_URL (mit einer HR-Anmeldung) statt des lokalen Datenspeichers abfragen.</translation>
    </message>
    <message>
        <source>view hr --hub takes no id and no --person: the hub login says who is asking.</source>
        <translation>view hr --hub nimmt keine ID und kein --person an: Die Hub-Anmeldung sagt, wer fragt.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a hub address: expected postgresql://LOGIN@HOST:PORT/DATABASE.</source>
        <translation>„%1“ ist keine Hub-Adresse: erwartet wird postgresql://LOGIN@HOST:PORT/DATABASE.</translation>
    </message>
    <message>
        <source>The hub address must not contain a password: put it in PGPASSWORD, ~/.pgpass or the file named by PGPASSFILE.</source>
        <translation>Die Hub-Adresse darf kein Passwort enthalten: Geben Sie es in PGPASSWORD, ~/.pgpass oder der in PGPASSFILE genannten Datei an.</translation>
    </message>
    <message>
        <source>The hub address has an invalid parameter &apos;%1&apos;.</source>
        <translation>Die Hub-Adresse enthält einen ungültigen Parameter „%1“.</translation>
    </message>
    <message>
        <source>No hub is configured: set %1 to postgresql://LOGIN@HOST:PORT/DATABASE.</source>
        <translation>Es ist kein Hub eingerichtet: Setzen Sie %1 auf postgresql://LOGIN@HOST:PORT/DATABASE.</translation>
    </message>
    <message>
        <source>Create or upgrade the hub schema in the database named by RAPPORT_HUB_URL. Run as the database owner; the password comes from PGPASSWORD, ~/.pgpass or PGPASSFILE.</source>
        <translation>Das Hub-Schema in der von RAPPORT_HUB_URL genannten Datenbank anlegen oder aktualisieren. Als Eigentümer der Datenbank ausführen; das Passwort kommt aus PGPASSWORD, ~/.pgpass oder PGPASSFILE.</translation>
    </message>
    <message>
        <source>hub init takes no arguments.</source>
        <translation>hub init nimmt keine Argumente an.</translation>
    </message>
    <message>
        <source>The hub is up to date (schema %1).</source>
        <translation>Der Hub ist auf dem neuesten Stand (Schema %1).</translation>
    </message>
    <message>
        <source>The hub schema went from version %1 to %2.</source>
        <translation>Das Hub-Schema wurde von Version %1 auf %2 gebracht.</translation>
    </message>
    <message>
        <source>Add a person to the hub with their own PostgreSQL login (as the hub owner or an admin login). The new login&apos;s password is taken from %1.</source>
        <translation>Eine Person mit eigener PostgreSQL-Anmeldung zum Hub hinzufügen (als Eigentümer des Hubs oder mit einer Admin-Anmeldung). Das Passwort der neuen Anmeldung wird aus %1 genommen.</translation>
    </message>
    <message>
        <source>The new PostgreSQL login (lower case).</source>
        <translation>Die neue PostgreSQL-Anmeldung (in Kleinbuchstaben).</translation>
    </message>
    <message>
        <source>The person&apos;s team (optional).</source>
        <translation>Das Team der Person (optional).</translation>
    </message>
    <message>
        <source>hub person add takes no arguments besides its options.</source>
        <translation>hub person add nimmt außer seinen Optionen keine Argumente an.</translation>
    </message>
    <message>
        <source>hub person add needs --role, --name and --login.</source>
        <translation>hub person add braucht --role, --name und --login.</translation>
    </message>
    <message>
        <source>unknown role &apos;%1&apos;: expected client, professional, hr or admin.</source>
        <translation>unbekannte Rolle „%1“: erwartet wird client, professional, hr oder admin.</translation>
    </message>
    <message>
        <source>set %1 to the new login&apos;s password (never on the command line).</source>
        <translation>Setzen Sie %1 auf das Passwort der neuen Anmeldung (nie auf der Befehlszeile).</translation>
    </message>
    <message>
        <source>Connect a client with a professional on the hub (as the hub owner or an admin login).</source>
        <translation>Einen Klienten auf dem Hub mit einer Fachperson verbinden (als Eigentümer des Hubs oder mit einer Admin-Anmeldung).</translation>
    </message>
    <message>
        <source>The client&apos;s id on the hub.</source>
        <translation>Die ID des Klienten auf dem Hub.</translation>
    </message>
    <message>
        <source>The professional&apos;s id on the hub.</source>
        <translation>Die ID der Fachperson auf dem Hub.</translation>
    </message>
    <message>
        <source>hub connect needs CLIENT_ID and PROFESSIONAL_ID.</source>
        <translation>hub connect braucht CLIENT_ID und PROFESSIONAL_ID.</translation>
    </message>
    <message>
        <source>They were connected already.</source>
        <translation>Sie waren bereits verbunden.</translation>
    </message>
    <message>
        <source>The hub at %1 refused the login (check the login name and the password in PGPASSWORD, ~/.pgpass or PGPASSFILE): %2</source>
        <translation>Der Hub unter %1 hat die Anmeldung abgelehnt (prüfen Sie den Anmeldenamen und das Passwort in PGPASSWORD, ~/.pgpass oder PGPASSFILE): %2</translation>
    </message>
    <message>
        <source>The hub at %1 cannot be reached: %2</source>
        <translation>Der Hub unter %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed, so Rapport cannot reach a hub. On Debian and Ubuntu, install the package libqt6sql6-psql.</source>
        <translation>Der PostgreSQL-Treiber von Qt (QPSQL) ist nicht installiert, daher kann Rapport keinen Hub erreichen. Installieren Sie unter Debian und Ubuntu das Paket libqt6sql6-psql.</translation>
    </message>
    <message>
        <source>The hub refused a request</source>
        <translation>Der Hub hat eine Anfrage abgelehnt</translation>
    </message>
    <message>
        <source>The hub computes the HR figures for Rapport&apos;s built-in Wellbeing Index and Professional Alliance; this organisation&apos;s instrument definitions differ from them.</source>
        <translation>Der Hub berechnet die HR-Zahlen für den eingebauten Wohlbefindens-Index und die Professionelle Arbeitsbeziehung von Rapport; die Fragebogen-Definitionen dieser Organisation weichen davon ab.</translation>
    </message>
    <message>
        <source>Only HR logins see the hub&apos;s HR figures: %1</source>
        <translation>Nur HR-Anmeldungen sehen die HR-Zahlen des Hubs: %1</translation>
    </message>
    <message>
        <source>The hub returned no HR figures.</source>
        <translation>Der Hub hat keine HR-Zahlen geliefert.</translation>
    </message>
    <message>
        <source>The hub&apos;s HR figures are not readable: %1</source>
        <translation>Die HR-Zahlen des Hubs sind nicht lesbar: %1</translation>
    </message>
    <message>
        <source>The hub was set up by a newer version of Rapport (hub schema %1; this version understands up to %2). Update Rapport; the hub was not changed.</source>
        <translation>Der Hub wurde von einer neueren Version von Rapport eingerichtet (Hub-Schema %1; diese Version versteht bis %2). Aktualisieren Sie Rapport; der Hub wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Badly named hub migration %1.</source>
        <translation>Falsch benannte Hub-Migration %1.</translation>
    </message>
    <message>
        <source>Cannot read the hub migration %1.</source>
        <translation>Die Hub-Migration %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The hub migrations are not numbered 1, 2, 3... without gaps.</source>
        <translation>Die Hub-Migrationen sind nicht lückenlos mit 1, 2, 3... nummeriert.</translation>
    </message>
    <message>
        <source>The hub&apos;s schema version %1 does not fit migration %2.</source>
        <translation>Die Schema-Version %1 des Hubs passt nicht zu Migration %2.</translation>
    </message>
    <message>
        <source>Hub migration %1 (%2) failed; the hub stays at schema %3: %4</source>
        <translation>Hub-Migration %1 (%2) ist fehlgeschlagen; der Hub bleibt bei Schema %3: %4</translation>
    </message>
    <message>
        <source>%1: only the hub owner or an admin login may do this (%2)</source>
        <translation>%1: Nur der Eigentümer des Hubs oder eine Admin-Anmeldung darf das (%2)</translation>
    </message>
    <message>
        <source>Cannot add %1 to the hub</source>
        <translation>%1 kann nicht zum Hub hinzugefügt werden</translation>
    </message>
    <message>
        <source>%1: the new login needs a password of at least 8 characters in RAPPORT_HUB_NEW_PASSWORD.</source>
        <translation>%1: Die neue Anmeldung braucht in RAPPORT_HUB_NEW_PASSWORD ein Passwort mit mindestens 8 Zeichen.</translation>
    </message>
    <message>
        <source>The hub login %1 is not a person on the hub.</source>
        <translation>Die Hub-Anmeldung %1 gehört zu keiner Person auf dem Hub.</translation>
    </message>
    <message>
        <source>Unknown role on the hub.</source>
        <translation>Unbekannte Rolle auf dem Hub.</translation>
    </message>
    <message>
        <source>There is no person %1 on the hub.</source>
        <translation>Auf dem Hub gibt es keine Person %1.</translation>
    </message>
    <message>
        <source>Cannot connect %1 with %2</source>
        <translation>%1 kann nicht mit %2 verbunden werden</translation>
    </message>
    <message>
        <source>%1: %2 is not a %3.</source>
        <translation>%1: %2 hat nicht die Rolle %3.</translation>
    </message>
    <message>
        <source>This store already holds people of its own. Join a new, empty store (created with rapport-cli init) to the hub.</source>
        <translation>Dieser Datenspeicher enthält bereits eigene Personen. Verbinden Sie einen neuen, leeren Datenspeicher (angelegt mit rapport-cli init) mit dem Hub.</translation>
    </message>
    <message>
        <source>This store is already joined to another hub person (login %1), not to %2.</source>
        <translation>Dieser Datenspeicher ist bereits mit einer anderen Hub-Person verbunden (Anmeldung %1), nicht mit %2.</translation>
    </message>
    <message>
        <source>This store is not joined to a hub: run rapport-cli hub join first (see docs/sync.md).</source>
        <translation>Dieser Datenspeicher ist mit keinem Hub verbunden: Führen Sie zuerst rapport-cli hub join aus (siehe docs/sync.md).</translation>
    </message>
    <message>
        <source>The hub login %1 is not the person this store is joined to (login %2).</source>
        <translation>Die Hub-Anmeldung %1 ist nicht die Person, mit der dieser Datenspeicher verbunden ist (Anmeldung %2).</translation>
    </message>
    <message>
        <source>The hub has no person with the login %1. Ask the hub administrator to add you (rapport-cli hub person add).</source>
        <translation>Auf dem Hub gibt es keine Person mit der Anmeldung %1. Bitten Sie die Verwaltung des Hubs, Sie hinzuzufügen (rapport-cli hub person add).</translation>
    </message>
    <message>
        <source>The connection to the hub was lost during sync.</source>
        <translation>Die Verbindung zum Hub ist während der Synchronisierung abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 Nothing was lost: %n change(s) wait in this store for the next sync.</source>
        <translation>
            <numerusform>%1 Es ging nichts verloren: %n Änderung wartet in diesem Datenspeicher auf die nächste Synchronisierung.</numerusform>
            <numerusform>%1 Es ging nichts verloren: %n Änderungen warten in diesem Datenspeicher auf die nächste Synchronisierung.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Nothing was lost; try again later.</source>
        <translation>%1 Es ging nichts verloren; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>hub join takes no arguments: the login comes from RAPPORT_HUB_URL.</source>
        <translation>hub join nimmt keine Argumente an: Die Anmeldung kommt aus RAPPORT_HUB_URL.</translation>
    </message>
    <message>
        <source>This store now belongs to the hub login %1 (%2, id %3). Sync with rapport-cli sync.</source>
        <translation>Dieser Datenspeicher gehört jetzt zur Hub-Anmeldung %1 (%2, ID %3). Synchronisieren Sie mit rapport-cli sync.</translation>
    </message>
    <message>
        <source>sync takes no arguments.</source>
        <translation>sync nimmt keine Argumente an.</translation>
    </message>
    <message>
        <source>Synced: %1 sent, %2 received, %3 removed.</source>
        <translation>Synchronisiert: %1 gesendet, %2 empfangen, %3 entfernt.</translation>
    </message>
    <message>
        <source>Exchange data with the hub this store is joined to (see hub join)</source>
        <translation>Daten mit dem Hub austauschen, mit dem dieser Datenspeicher verbunden ist (siehe hub join)</translation>
    </message>
    <message>
        <source>The store file is not a plain SQLite database.</source>
        <translation>Die Datei des Datenspeichers ist keine einfache SQLite-Datenbank.</translation>
    </message>
    <message>
        <source>The store file %1 was deleted or replaced while Rapport had it open. Nothing was saved. Close Rapport, then put the store back or restore a backup.</source>
        <translation>Die Datei des Datenspeichers %1 wurde gelöscht oder ersetzt, während Rapport sie geöffnet hatte. Es wurde nichts gespeichert. Schließen Sie Rapport, und legen Sie dann den Datenspeicher zurück oder stellen Sie eine Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The hub person and the binding do not match.</source>
        <translation>Die Hub-Person und die Verknüpfung passen nicht zusammen.</translation>
    </message>
    <message>
        <source>This store is already joined to another hub person (login %1). Use a new store (rapport-cli init) for %2.</source>
        <translation>Dieser Datenspeicher ist bereits mit einer anderen Hub-Person verbunden (Anmeldung %1). Verwenden Sie für %2 einen neuen Datenspeicher (rapport-cli init).</translation>
    </message>
    <message>
        <source>This store already holds that id for someone in another role; it cannot be joined to this hub person.</source>
        <translation>Dieser Datenspeicher enthält diese ID bereits für jemanden in einer anderen Rolle; er kann nicht mit dieser Hub-Person verbunden werden.</translation>
    </message>
    <message>
        <source>%1 bytes is not a valid page size.</source>
        <translation>%1 Byte sind keine gültige Seitengröße.</translation>
    </message>
    <message>
        <source>The store&apos;s key file is damaged (page size).</source>
        <translation>Die Schlüsseldatei des Datenspeichers ist beschädigt (Seitengröße).</translation>
    </message>
    <message>
        <source>Part of a bulk write failed, so none of it was saved.</source>
        <translation>Ein Teil eines Massenschreibvorgangs ist fehlgeschlagen, daher wurde nichts davon gespeichert.</translation>
    </message>
    <message>
        <source>Rapport will not connect to the hub at %1 with sslmode=%2: over a network the connection must be encrypted and the server&apos;s certificate checked, or someone on the way could read or change what is sent. Add sslmode=verify-full and sslrootcert=FILE (your organisation&apos;s CA certificate) to the hub address.</source>
        <translation>Rapport verbindet sich nicht mit sslmode=%2 mit dem Hub auf %1: Über ein Netzwerk muss die Verbindung verschlüsselt und das Zertifikat des Servers geprüft sein, sonst könnte jemand unterwegs mitlesen oder verändern, was gesendet wird. Ergänzen Sie die Hub-Adresse um sslmode=verify-full und sslrootcert=DATEI (das CA-Zertifikat Ihrer Organisation).</translation>
    </message>
    <message>
        <source>Connect a client with a professional (pending until the client accepts)</source>
        <translation>Eine Klientin oder einen Klienten mit einer Fachperson verbinden (wartet, bis die Person annimmt)</translation>
    </message>
    <message>
        <source>A client&apos;s connections: list them, accept or decline (connections list|accept|decline)</source>
        <translation>Die Verbindungen einer Klientin oder eines Klienten: auflisten, annehmen oder ablehnen (connections list|accept|decline)</translation>
    </message>
    <message>
        <source>waiting for your answer</source>
        <translation>wartet auf Ihre Antwort</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>There is no connection %1 for this client (give the connection&apos;s id or the professional&apos;s).</source>
        <translation>Für diese Person gibt es keine Verbindung %1 (geben Sie die ID der Verbindung oder die der Fachperson an).</translation>
    </message>
    <message>
        <source>No professionals are connected with this client.</source>
        <translation>Mit dieser Person ist keine Fachperson verbunden.</translation>
    </message>
    <message>
        <source>List a client&apos;s connections with professionals and whether each is accepted.</source>
        <translation>Listet die Verbindungen einer Klientin oder eines Klienten mit Fachpersonen auf und ob jede angenommen ist.</translation>
    </message>
    <message>
        <source>Accept a connection: the professional then sees what the client shares.</source>
        <translation>Eine Verbindung annehmen: Die Fachperson sieht dann, was die Person teilt.</translation>
    </message>
    <message>
        <source>Decline a connection: the professional sees nothing of the client.</source>
        <translation>Eine Verbindung ablehnen: Die Fachperson sieht nichts von der Person.</translation>
    </message>
    <message>
        <source>Accept every pending connection.</source>
        <translation>Alle wartenden Verbindungen annehmen.</translation>
    </message>
    <message>
        <source>The connection, by its id or by the professional&apos;s id.</source>
        <translation>Die Verbindung, über ihre ID oder die ID der Fachperson.</translation>
    </message>
    <message>
        <source>connections %1 needs --person.</source>
        <translation>connections %1 braucht --person.</translation>
    </message>
    <message>
        <source>usage: connections list --person ID</source>
        <translation>Aufruf: connections list --person ID</translation>
    </message>
    <message>
        <source>usage: connections accept --person ID (ID | --all)</source>
        <translation>Aufruf: connections accept --person ID (ID | --all)</translation>
    </message>
    <message>
        <source>usage: connections decline --person ID ID</source>
        <translation>Aufruf: connections decline --person ID ID</translation>
    </message>
    <message>
        <source>connection</source>
        <translation>Verbindungs</translation>
    </message>
    <message numerus="yes">
        <source>Accepted %n connection(s).</source>
        <translation>
            <numerusform>%n Verbindung angenommen.</numerusform>
            <numerusform>%n Verbindungen angenommen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Accepted: this professional now sees what you share.</source>
        <translation>Angenommen: Diese Fachperson sieht jetzt, was Sie freigeben.</translation>
    </message>
    <message>
        <source>Declined: this professional sees nothing of you.</source>
        <translation>Abgelehnt: Diese Fachperson sieht nichts von Ihnen.</translation>
    </message>
    <message>
        <source>Connected. The connection waits for the client to accept it; until then the professional sees nothing of them.</source>
        <translation>Verbunden. Die Verbindung wartet darauf, dass die Person sie annimmt; bis dahin sieht die Fachperson nichts von ihr.</translation>
    </message>
    <message>
        <source>Only clients answer connections.</source>
        <translation>Nur Klientinnen und Klienten beantworten Verbindungen.</translation>
    </message>
    <message>
        <source>A new connection is pending or accepted.</source>
        <translation>Eine neue Verbindung ist wartend oder angenommen.</translation>
    </message>
    <message>
        <source>Only the client answers a connection made for them.</source>
        <translation>Nur die Person selbst beantwortet eine für sie angelegte Verbindung.</translation>
    </message>
    <message>
        <source>There is no such connection.</source>
        <translation>Diese Verbindung gibt es nicht.</translation>
    </message>
    <message>
        <source>This professional is not one of yours.</source>
        <translation>Diese Fachperson gehört nicht zu Ihren.</translation>
    </message>
    <message>
        <source>Rapport can lock itself after 5, 10, 15, 30 or 60 minutes, or not at all.</source>
        <translation>Rapport kann sich nach 5, 10, 15, 30 oder 60 Minuten sperren oder gar nicht.</translation>
    </message>
    <message>
        <source>The check-in reminder must be between %1 and %2 days.</source>
        <translation>Die Check-in-Erinnerung muss zwischen %1 und %2 Tagen liegen.</translation>
    </message>
    <message>
        <source>Rapport</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>A request to share is waiting for your answer.</source>
        <translation>Eine Bitte um Freigabe wartet auf Ihre Antwort.</translation>
    </message>
    <message>
        <source>It is time for your Wellbeing check-in.</source>
        <translation>Es ist Zeit für Ihren Wohlbefindens-Check-in.</translation>
    </message>
    <message>
        <source>List the hub&apos;s connections and whether each client has accepted (as the hub owner or an admin login).</source>
        <translation>Die Verbindungen des Hubs auflisten und ob jede Person angenommen hat (als Eigentümer des Hubs oder mit einem Admin-Login).</translation>
    </message>
    <message>
        <source>waiting for the client</source>
        <translation>wartet auf die Person</translation>
    </message>
    <message>
        <source>The connections could not be read</source>
        <translation>Die Verbindungen konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>not an admin login</source>
        <translation>kein Admin-Login</translation>
    </message>
    <message>
        <source>Remove a person from the hub (as the hub owner or an admin login): their login stops working and everything of theirs on the hub is deleted.</source>
        <translation>Eine Person vom Hub entfernen (als Eigentümer des Hubs oder mit einem Admin-Login): Ihr Login funktioniert nicht mehr, und alles von ihr auf dem Hub wird gelöscht.</translation>
    </message>
    <message>
        <source>The person&apos;s id on the hub.</source>
        <translation>Die ID der Person auf dem Hub.</translation>
    </message>
    <message>
        <source>hub person remove needs PERSON_ID.</source>
        <translation>hub person remove braucht PERSON_ID.</translation>
    </message>
    <message>
        <source>Removed: the login %1 no longer works, and their data is gone from the hub.</source>
        <translation>Entfernt: Der Login %1 funktioniert nicht mehr, und die Daten der Person sind vom Hub gelöscht.</translation>
    </message>
    <message>
        <source>Cannot remove %1 from the hub</source>
        <translation>%1 kann nicht vom Hub entfernt werden</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Wellbeing Score</source>
        <translation>Wohlbefindens-Wert</translation>
    </message>
    <message>
        <source>A professional no longer in Rapport</source>
        <translation>Eine Fachperson, die nicht mehr in Rapport ist</translation>
    </message>
    <message>
        <source>Started sharing</source>
        <translation>Freigabe begonnen</translation>
    </message>
    <message>
        <source>Stopped sharing</source>
        <translation>Freigabe beendet</translation>
    </message>
    <message>
        <source>Connection with %1</source>
        <translation>Verbindung mit %1</translation>
    </message>
    <message>
        <source>a professional</source>
        <translation>einer Fachperson</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Date (UTC)</source>
        <translation>Datum (UTC)</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Fragebogen</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Sharing afterwards</source>
        <translation>Freigabe danach</translation>
    </message>
    <message>
        <source>Quiet hours start and end on the hour.</source>
        <translation>Ruhezeiten beginnen und enden zur vollen Stunde.</translation>
    </message>
    <message>
        <source>%1: the hub is older than this Rapport; run rapport-cli hub init as its owner to upgrade it (%2)</source>
        <translation>%1: Der Hub ist älter als dieses Rapport; führen Sie als sein Eigentümer rapport-cli hub init aus, um ihn zu aktualisieren (%2)</translation>
    </message>
    <message>
        <source>The hub&apos;s certificate authority %1 cannot be read: %2</source>
        <translation>Die Zertifizierungsstelle des Hubs %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot invite %1</source>
        <translation>%1 kann nicht eingeladen werden</translation>
    </message>
    <message>
        <source>%1: an invitation is valid for 1 to 90 days, not %2.</source>
        <translation>%1: Eine Einladung gilt 1 bis 90 Tage, nicht %2.</translation>
    </message>
    <message>
        <source>%1: there is no such person on the hub.</source>
        <translation>%1: Diese Person gibt es auf dem Hub nicht.</translation>
    </message>
    <message>
        <source>Cannot list the invitations</source>
        <translation>Die Einladungen können nicht aufgelistet werden</translation>
    </message>
    <message>
        <source>Cannot revoke the invitation %1</source>
        <translation>Die Einladung %1 kann nicht zurückgezogen werden</translation>
    </message>
    <message>
        <source>This is not a Rapport invitation. Use the file or the code your administrator sent.</source>
        <translation>Das ist keine Rapport-Einladung. Verwenden Sie die Datei oder den Code, den Ihre Administration geschickt hat.</translation>
    </message>
    <message>
        <source>This invitation code is damaged: paste it again, whole.</source>
        <translation>Dieser Einladungscode ist beschädigt: Fügen Sie ihn noch einmal vollständig ein.</translation>
    </message>
    <message>
        <source>This invitation was made by a newer Rapport. Update Rapport, then open it again.</source>
        <translation>Diese Einladung wurde mit einem neueren Rapport erstellt. Aktualisieren Sie Rapport und öffnen Sie sie dann erneut.</translation>
    </message>
    <message>
        <source>This invitation is incomplete or damaged. Ask your administrator for a new one.</source>
        <translation>Diese Einladung ist unvollständig oder beschädigt. Bitten Sie Ihre Administration um eine neue.</translation>
    </message>
    <message>
        <source>There is no invitation file at %1.</source>
        <translation>Unter %1 gibt es keine Einladungsdatei.</translation>
    </message>
    <message>
        <source>The invitation %1 cannot be read: %2</source>
        <translation>Die Einladung %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The invitation cannot be written to %1: %2</source>
        <translation>Die Einladung kann nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Take back an unused invitation: its one-time secret stops working at once.</source>
        <translation>Eine unbenutzte Einladung zurückziehen: Ihr Einmal-Geheimnis funktioniert sofort nicht mehr.</translation>
    </message>
    <message>
        <source>The invitation&apos;s id.</source>
        <translation>Die ID der Einladung.</translation>
    </message>
    <message>
        <source>hub invitations revoke needs the invitation&apos;s id.</source>
        <translation>hub invitations revoke braucht die ID der Einladung.</translation>
    </message>
    <message>
        <source>The invitation is revoked, unless it had been used already.</source>
        <translation>Die Einladung ist zurückgezogen, sofern sie nicht schon benutzt wurde.</translation>
    </message>
    <message>
        <source>Invite a person of the hub to join from their own computer (as the hub owner or an admin login): writes an invitation file with the hub&apos;s address, the certificate authority to trust, the person&apos;s login and a one-time secret that expires, and prints the same invitation as a code to paste. The person opens it with Rapport (Join an organisation) or rapport-cli hub join --invitation, and sets their own password. A new invitation replaces the person&apos;s hub password and their open invitations.</source>
        <translation>Eine Person des Hubs einladen, von ihrem eigenen Computer aus beizutreten (als Eigentümer des Hubs oder mit einem Admin-Login): schreibt eine Einladungsdatei mit der Adresse des Hubs, der zu vertrauenden Zertifizierungsstelle, dem Login der Person und einem ablaufenden Einmal-Geheimnis und gibt dieselbe Einladung als Code zum Einfügen aus. Die Person öffnet sie mit Rapport (Einer Organisation beitreten) oder rapport-cli hub join --invitation und legt ihr eigenes Passwort fest. Eine neue Einladung ersetzt das Hub-Passwort der Person und ihre offenen Einladungen.</translation>
    </message>
    <message>
        <source>Where to write the invitation file.</source>
        <translation>Wohin die Einladungsdatei geschrieben wird.</translation>
    </message>
    <message>
        <source>How many days the invitation works (1 to 90; default %1).</source>
        <translation>Wie viele Tage die Einladung gilt (1 bis 90; Standard %1).</translation>
    </message>
    <message>
        <source>The certificate authority (PEM) that signed the hub&apos;s certificate; default: the sslrootcert of RAPPORT_HUB_URL.</source>
        <translation>Die Zertifizierungsstelle (PEM), die das Zertifikat des Hubs signiert hat; Standard: das sslrootcert von RAPPORT_HUB_URL.</translation>
    </message>
    <message>
        <source>hub invite needs --person ID and --out FILE.</source>
        <translation>hub invite braucht --person ID und --out FILE.</translation>
    </message>
    <message>
        <source>--days takes a whole number of days.</source>
        <translation>--days nimmt eine ganze Zahl von Tagen.</translation>
    </message>
    <message>
        <source>The certificate %1 cannot be read: %2</source>
        <translation>Das Zertifikat %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Invitation for %1 written to %2; it works once, until %3. Hand it to them only. The same invitation as a code:</source>
        <translation>Einladung für %1 nach %2 geschrieben; sie funktioniert einmal, bis %3. Geben Sie sie nur dieser Person. Dieselbe Einladung als Code:</translation>
    </message>
    <message>
        <source>List the hub&apos;s invitations and what became of each (open, used, expired, revoked), as the hub owner or an admin login. hub invitations revoke ID takes one back.</source>
        <translation>Die Einladungen des Hubs auflisten und was aus jeder wurde (offen, benutzt, abgelaufen, zurückgezogen), als Eigentümer des Hubs oder mit einem Admin-Login. hub invitations revoke ID zieht eine zurück.</translation>
    </message>
    <message>
        <source>your administrator</source>
        <translation>Ihre Administration</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made for the hub&apos;s certificate.</source>
        <translation>Der Ordner %1 für das Zertifikat des Hubs kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The hub&apos;s certificate cannot be saved to %1: %2</source>
        <translation>Das Zertifikat des Hubs kann nicht unter %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>This invitation expired on %1. Ask %2 for a new one.</source>
        <translation>Diese Einladung ist am %1 abgelaufen. Bitten Sie %2 um eine neue.</translation>
    </message>
    <message>
        <source>Your hub password needs at least 8 characters.</source>
        <translation>Ihr Hub-Passwort braucht mindestens 8 Zeichen.</translation>
    </message>
    <message>
        <source>This invitation no longer works: it has been used, revoked, or replaced by a newer one. Ask %1 for a new invitation.</source>
        <translation>Diese Einladung funktioniert nicht mehr: Sie wurde benutzt, zurückgezogen oder durch eine neuere ersetzt. Bitten Sie %1 um eine neue Einladung.</translation>
    </message>
    <message>
        <source>The hub answered for another person than the invitation&apos;s.</source>
        <translation>Der Hub hat für eine andere Person geantwortet als die der Einladung.</translation>
    </message>
    <message>
        <source>This invitation is no longer open on the hub. Ask %1 for a new one.</source>
        <translation>Diese Einladung ist auf dem Hub nicht mehr offen. Bitten Sie %1 um eine neue.</translation>
    </message>
    <message>
        <source>An invitation file from your administrator (- for stdin).</source>
        <translation>Eine Einladungsdatei Ihrer Administration (- für die Standardeingabe).</translation>
    </message>
    <message>
        <source>Standard input cannot be read.</source>
        <translation>Die Standardeingabe kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Put your new hub password (at least 8 characters) in RAPPORT_HUB_NEW_PASSWORD; it replaces the invitation&apos;s one-time secret.</source>
        <translation>Geben Sie Ihr neues Hub-Passwort (mindestens 8 Zeichen) in RAPPORT_HUB_NEW_PASSWORD an; es ersetzt das Einmal-Geheimnis der Einladung.</translation>
    </message>
    <message>
        <source>No system keychain is available.</source>
        <translation>Kein Schlüsselbund des Systems ist verfügbar.</translation>
    </message>
    <message>
        <source>The passphrase for automatic backups is in the system keychain, which cannot be read now (%1). Unlock the keychain, or set a new passphrase for automatic backups.</source>
        <translation>Die Passphrase für automatische Sicherungen liegt im Schlüsselbund des Systems, der gerade nicht gelesen werden kann (%1). Entsperren Sie den Schlüsselbund oder legen Sie eine neue Passphrase für automatische Sicherungen fest.</translation>
    </message>
    <message>
        <source>The passphrase for automatic backups is no longer in the system keychain. Set a new one for automatic backups.</source>
        <translation>Die Passphrase für automatische Sicherungen ist nicht mehr im Schlüsselbund des Systems. Legen Sie eine neue für automatische Sicherungen fest.</translation>
    </message>
    <message>
        <source>HR overview for %1, published %2; the next month&apos;s figures follow on %3 (groups of at least %4 people)</source>
        <translation>HR-Übersicht für %1, veröffentlicht am %2; die Zahlen des nächsten Monats folgen am %3 (Gruppen von mindestens %4 Personen)</translation>
    </message>
    <message>
        <source>No month with answers has closed yet: the first HR figures are published on %1 (groups of at least %2 people)</source>
        <translation>Noch ist kein Monat mit Antworten abgeschlossen: Die ersten HR-Zahlen werden am %1 veröffentlicht (Gruppen von mindestens %2 Personen)</translation>
    </message>
    <message>
        <source>Took part in the month (a Wellbeing Index): %1</source>
        <translation>Im Monat teilgenommen (ein Wohlbefindens-Index): %1</translation>
    </message>
    <message>
        <source>Do not read or remember the hub password in the system keychain.</source>
        <translation>Das Hub-Passwort weder aus dem Schlüsselbund des Systems lesen noch dort merken.</translation>
    </message>
    <message>
        <source>Join this store (made with rapport-cli init) to the hub person whose login is in RAPPORT_HUB_URL, and pull what they may see. The hub password comes from PGPASSWORD, ~/.pgpass or PGPASSFILE. With --invitation, the hub, the login and a one-time secret come from an invitation (a file, or - to read a file or code from standard input), and your own new hub password from RAPPORT_HUB_NEW_PASSWORD replaces the secret; it is remembered in the system keychain, where there is one, unless you give --no-keychain.</source>
        <translation>Diesen Datenspeicher (mit rapport-cli init angelegt) mit der Hub-Person verbinden, deren Login in RAPPORT_HUB_URL steht, und abrufen, was sie sehen darf. Das Hub-Passwort kommt aus PGPASSWORD, ~/.pgpass oder PGPASSFILE. Mit --invitation kommen Hub, Login und ein Einmal-Geheimnis aus einer Einladung (einer Datei, oder - für eine Datei oder einen Code von der Standardeingabe), und Ihr eigenes neues Hub-Passwort aus RAPPORT_HUB_NEW_PASSWORD ersetzt das Geheimnis; es wird im Schlüsselbund des Systems gemerkt, wo es einen gibt, außer Sie geben --no-keychain an.</translation>
    </message>
    <message>
        <source>Your hub password is remembered in the system keychain; rapport-cli sync and Rapport use it from there.</source>
        <translation>Ihr Hub-Passwort ist im Schlüsselbund des Systems gemerkt; rapport-cli sync und Rapport nehmen es von dort.</translation>
    </message>
    <message>
        <source>Your hub password is not remembered (no system keychain, or --no-keychain): give it to rapport-cli sync with PGPASSWORD, ~/.pgpass or PGPASSFILE; Rapport asks for it.</source>
        <translation>Ihr Hub-Passwort ist nicht gemerkt (kein Schlüsselbund des Systems, oder --no-keychain): Geben Sie es rapport-cli sync mit PGPASSWORD, ~/.pgpass oder PGPASSFILE; Rapport fragt danach.</translation>
    </message>
    <message>
        <source>Send what this store&apos;s person owns that the hub lacks, and take in what the hub lets them see. An unreachable hub exits with code 7 and loses nothing. The hub password comes from PGPASSWORD, else from the system keychain (where hub join --invitation or Rapport remembered it), else from ~/.pgpass or PGPASSFILE.</source>
        <translation>Senden, was der Person dieses Datenspeichers gehört und dem Hub fehlt, und übernehmen, was der Hub sie sehen lässt. Ist der Hub nicht erreichbar, endet der Befehl mit Code 7, und nichts geht verloren. Das Hub-Passwort kommt aus PGPASSWORD, sonst aus dem Schlüsselbund des Systems (wo hub join --invitation oder Rapport es gemerkt hat), sonst aus ~/.pgpass oder PGPASSFILE.</translation>
    </message>
    <message>
        <source>Access to the system keychain was refused.</source>
        <translation>Der Zugriff auf den Schlüsselbund des Systems wurde abgelehnt.</translation>
    </message>
    <message>
        <source>The system keychain refused access: %1</source>
        <translation>Der Schlüsselbund des Systems hat den Zugriff verweigert: %1</translation>
    </message>
    <message>
        <source>The entry could not be removed from the system keychain: %1</source>
        <translation>Der Eintrag konnte nicht aus dem Schlüsselbund des Systems entfernt werden: %1</translation>
    </message>
    <message>
        <source>No system keychain is available: %1</source>
        <translation>Kein Schlüsselbund des Systems ist verfügbar: %1</translation>
    </message>
    <message>
        <source>The system keychain did not answer in time.</source>
        <translation>Der Schlüsselbund des Systems hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>This Rapport was built without support for the system keychain.</source>
        <translation>Dieses Rapport wurde ohne Unterstützung für den Schlüsselbund des Systems gebaut.</translation>
    </message>
    <message>
        <source>The hub did not say its minimum group size.</source>
        <translation>Der Hub hat seine Mindestgruppengröße nicht genannt.</translation>
    </message>
    <message>
        <source>The minimum group size is a whole number from %1 to %2.</source>
        <translation>Die Mindestgruppengröße ist eine ganze Zahl von %1 bis %2.</translation>
    </message>
    <message>
        <source>Cannot change %1 on the hub</source>
        <translation>%1 kann auf dem Hub nicht geändert werden</translation>
    </message>
    <message>
        <source>%1: the name is empty.</source>
        <translation>%1: Der Name ist leer.</translation>
    </message>
    <message>
        <source>%1: nobody on the hub has this id.</source>
        <translation>%1: Niemand auf dem Hub hat diese Kennung.</translation>
    </message>
    <message>
        <source>Rename a person on the hub or change their team (as the hub owner or an admin login); the next syncs carry it to every store.</source>
        <translation>Eine Person auf dem Hub umbenennen oder ihr Team ändern (als Hub-Eigentümer oder mit einer Administrationsanmeldung); die nächsten Synchronisierungen tragen das in jeden Speicher.</translation>
    </message>
    <message>
        <source>The new name (default: unchanged).</source>
        <translation>Der neue Name (Standard: unverändert).</translation>
    </message>
    <message>
        <source>The new team; an empty value removes the team (default: unchanged).</source>
        <translation>Das neue Team; ein leerer Wert entfernt das Team (Standard: unverändert).</translation>
    </message>
    <message>
        <source>hub person update needs PERSON_ID and --name or --team.</source>
        <translation>hub person update braucht PERSON_ID und --name oder --team.</translation>
    </message>
    <message>
        <source>Changed: %1, team %2.</source>
        <translation>Geändert: %1, Team %2.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>Show or set the organisation&apos;s settings on the hub (as the hub owner or an admin login): the smallest group HR figures may stand on. A new value applies from the next published month.</source>
        <translation>Die Einstellungen der Organisation auf dem Hub anzeigen oder setzen (als Hub-Eigentümer oder mit einer Administrationsanmeldung): die kleinste Gruppe, auf der HR-Zahlen beruhen dürfen. Ein neuer Wert gilt ab dem nächsten veröffentlichten Monat.</translation>
    </message>
    <message>
        <source>Set the minimum group size (%1 to %2).</source>
        <translation>Die Mindestgruppengröße setzen (%1 bis %2).</translation>
    </message>
    <message>
        <source>hub settings takes no arguments.</source>
        <translation>hub settings nimmt keine Argumente.</translation>
    </message>
    <message>
        <source>--minimum-group-size takes a whole number.</source>
        <translation>--minimum-group-size nimmt eine ganze Zahl.</translation>
    </message>
    <message>
        <source>Minimum group size for HR figures: %1</source>
        <translation>Mindestgruppengröße für HR-Zahlen: %1</translation>
    </message>
    <message>
        <source>Nobody on the hub has the id %1.</source>
        <translation>Niemand auf dem Hub hat die Kennung %1.</translation>
    </message>
    <message>
        <source>Set up and administer a shared PostgreSQL hub (hub init|person add|remove|update|connect|connections|disconnect|invite|invitations|settings|join)</source>
        <translation>Einen gemeinsamen PostgreSQL-Hub einrichten und verwalten (hub init|person add|remove|update|connect|connections|disconnect|invite|invitations|settings|join)</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>seit %1</translation>
    </message>
    <message>
        <source>Remove a connection between a client and a professional (as the hub owner or an admin login): the professional reads nothing more of the client from now on, and the next syncs remove it from both computers. The ids are in hub connections.</source>
        <translation>Eine Verbindung zwischen einer Klientin oder einem Klienten und einer Fachperson entfernen (als Eigentümer des Hubs oder mit einem Admin-Login): Die Fachperson liest ab sofort nichts mehr von der Person, und die nächsten Synchronisierungen entfernen die Verbindung von beiden Computern. Die IDs stehen in hub connections.</translation>
    </message>
    <message>
        <source>The connection&apos;s id on the hub.</source>
        <translation>Die ID der Verbindung auf dem Hub.</translation>
    </message>
    <message>
        <source>hub disconnect needs CONNECTION_ID.</source>
        <translation>hub disconnect braucht CONNECTION_ID.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid connection id.</source>
        <translation>„%1“ ist keine gültige Verbindungs-ID.</translation>
    </message>
    <message>
        <source>Removed: %1 and %2 are no longer connected.</source>
        <translation>Entfernt: %1 und %2 sind nicht mehr verbunden.</translation>
    </message>
    <message>
        <source>The hub at %1 did not make an encrypted connection with a certificate Rapport could check: %2</source>
        <translation>Der Hub unter %1 hat keine verschlüsselte Verbindung mit einem Zertifikat aufgebaut, das Rapport prüfen konnte: %2</translation>
    </message>
    <message>
        <source>Cannot remove the connection %1</source>
        <translation>Die Verbindung %1 kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>%1: the hub has no such connection.</source>
        <translation>%1: Der Hub hat keine solche Verbindung.</translation>
    </message>
    <message>
        <source>Type the hub&apos;s address: the server&apos;s name, then a slash and the database, such as hub.example.org/rapport.</source>
        <translation>Geben Sie die Adresse des Hubs ein: den Namen des Servers, dann einen Schrägstrich und die Datenbank, etwa hub.example.org/rapport.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a hub address. Type the server&apos;s name, then a slash and the database, such as hub.example.org/rapport or hub.example.org:5432/rapport.</source>
        <translation>„%1“ ist keine Hub-Adresse. Geben Sie den Namen des Servers ein, dann einen Schrägstrich und die Datenbank, etwa hub.example.org/rapport oder hub.example.org:5432/rapport.</translation>
    </message>
    <message>
        <source>Say which database the hub lives in: add a slash and its name to the address, such as %1/rapport.</source>
        <translation>Geben Sie an, in welcher Datenbank der Hub liegt: Ergänzen Sie die Adresse um einen Schrägstrich und ihren Namen, etwa %1/rapport.</translation>
    </message>
    <message>
        <source>Type the login that owns the hub&apos;s database.</source>
        <translation>Geben Sie das Login ein, dem die Datenbank des Hubs gehört.</translation>
    </message>
    <message>
        <source>The CA certificate %1 cannot be read.</source>
        <translation>Das CA-Zertifikat %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Type the password of %1.</source>
        <translation>Geben Sie das Passwort von %1 ein.</translation>
    </message>
    <message>
        <source>The hub at %1 is on another computer: choose its CA certificate file (from whoever set up the server), so that Rapport can check it is talking to your hub and nobody on the way can read along.</source>
        <translation>Der Hub unter %1 liegt auf einem anderen Computer: Wählen Sie die Datei seines CA-Zertifikats (von der Person, die den Server eingerichtet hat), damit Rapport prüfen kann, dass es mit Ihrem Hub spricht und niemand unterwegs mitlesen kann.</translation>
    </message>
    <message>
        <source>The hub at %1 refused the login %2: the password is wrong, the login or the database does not exist, or the server does not let this computer in. (%3)</source>
        <translation>Der Hub unter %1 hat das Login %2 abgelehnt: Das Passwort ist falsch, das Login oder die Datenbank existiert nicht, oder der Server lässt diesen Computer nicht zu. (%3)</translation>
    </message>
    <message>
        <source>The hub at %1 did not make an encrypted, checked connection: the server does not offer one, or its certificate was not signed by the CA certificate chosen. (%2)</source>
        <translation>Der Hub unter %1 hat keine verschlüsselte, geprüfte Verbindung aufgebaut: Der Server bietet keine an, oder sein Zertifikat wurde nicht mit dem gewählten CA-Zertifikat signiert. (%2)</translation>
    </message>
    <message>
        <source>Nothing answers at %1: check the server&apos;s name and port, that the database server is running, and that this computer may reach it. (%2)</source>
        <translation>Unter %1 antwortet nichts: Prüfen Sie Namen und Port des Servers, ob der Datenbankserver läuft und ob dieser Computer ihn erreichen darf. (%2)</translation>
    </message>
    <message>
        <source>%1 may log in, but does not own the database %2, so it cannot create or upgrade the hub. Use the login that owns the database. (%3)</source>
        <translation>%1 darf sich anmelden, aber die Datenbank %2 gehört ihm nicht, daher kann es den Hub nicht anlegen oder aktualisieren. Verwenden Sie das Login, dem die Datenbank gehört. (%3)</translation>
    </message>
    <message>
        <source>The hub has schema version %1, but %2 could not be made its administrator: %3</source>
        <translation>Der Hub hat die Schemaversion %1, aber %2 konnte nicht sein Administrator werden: %3</translation>
    </message>
    <message>
        <source>The hub refused the questionnaire answered on %1 (%2). It stays in this store; this sync stopped at it.</source>
        <translation>Der Hub hat den am %1 beantworteten Fragebogen abgelehnt (%2). Er bleibt in diesem Datenspeicher; diese Synchronisierung wurde bei ihm angehalten.</translation>
    </message>
    <message>
        <source>This store is joined to a hub, which takes no answers dated before you were added to it (%1).</source>
        <translation>Dieser Datenspeicher ist mit einem Hub verbunden, der keine Antworten annimmt, die vor Ihrer Aufnahme in den Hub datiert sind (%1).</translation>
    </message>
    <message>
        <source>The hub takes no alliance survey dated before the connection with this professional was made (%1).</source>
        <translation>Der Hub nimmt keine Allianz-Umfrage an, die vor dem Zustandekommen der Verbindung mit dieser Fachperson datiert ist (%1).</translation>
    </message>
    <message>
        <source>The folder for %1 cannot be created.</source>
        <translation>Der Ordner für %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The login items in the registry cannot be changed.</source>
        <translation>Die Anmeldeeinträge in der Registrierung können nicht geändert werden.</translation>
    </message>
    <message>
        <source>%1 cannot be removed: %2</source>
        <translation>%1 kann nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>What HR records: interventions (hr intervention add|list|remove)</source>
        <translation>Was die Personalabteilung erfasst: Maßnahmen (hr intervention add|list|remove)</translation>
    </message>
    <message>
        <source>not by team</source>
        <translation>nicht nach Team</translation>
    </message>
    <message>
        <source>Interventions:</source>
        <translation>Maßnahmen:</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>keine erfasst</translation>
    </message>
    <message>
        <source>before %1–%2: wellbeing %3, alliance %4, %5 participants a month</source>
        <translation>vorher %1–%2: Wohlbefinden %3, Allianz %4, %5 Teilnehmende pro Monat</translation>
    </message>
    <message>
        <source>after %1–%2: available after %3</source>
        <translation>nachher %1–%2: verfügbar nach dem %3</translation>
    </message>
    <message>
        <source>after %1–%2: wellbeing %3, alliance %4, %5 participants a month</source>
        <translation>nachher %1–%2: Wohlbefinden %3, Allianz %4, %5 Teilnehmende pro Monat</translation>
    </message>
    <message>
        <source>answered in both: %1; improved %2, stable %3, declined %4</source>
        <translation>in beiden geantwortet: %1; verbessert %2, stabil %3, verschlechtert %4</translation>
    </message>
    <message>
        <source>Caution: participation differs a lot between the two windows.</source>
        <translation>Vorsicht: Die Teilnahme unterscheidet sich zwischen den beiden Zeiträumen stark.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid %2 (expected YYYY-MM-DD).</source>
        <translation>„%1“ ist kein gültiges %2 (erwartet: JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <source>the whole organisation</source>
        <translation>die ganze Organisation</translation>
    </message>
    <message>
        <source>teams: %1</source>
        <translation>Teams: %1</translation>
    </message>
    <message>
        <source>Record an intervention: what the organisation did, when, and for whom.</source>
        <translation>Eine Maßnahme erfassen: was die Organisation getan hat, wann und für wen.</translation>
    </message>
    <message>
        <source>List the interventions HR recorded.</source>
        <translation>Die von der Personalabteilung erfassten Maßnahmen auflisten.</translation>
    </message>
    <message>
        <source>Remove an intervention recorded by mistake.</source>
        <translation>Eine versehentlich erfasste Maßnahme entfernen.</translation>
    </message>
    <message>
        <source>The HR person or administrator recording it.</source>
        <translation>Die Person aus der Personalabteilung oder der Administrator, die sie erfasst.</translation>
    </message>
    <message>
        <source>What was done.</source>
        <translation>Was getan wurde.</translation>
    </message>
    <message>
        <source>One of: %1.</source>
        <translation>Eines von: %1.</translation>
    </message>
    <message>
        <source>The first day (YYYY-MM-DD).</source>
        <translation>Der erste Tag (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>The last day, if it has one (YYYY-MM-DD).</source>
        <translation>Der letzte Tag, falls es einen gibt (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>A team it was for (repeat for several; none: the whole organisation).</source>
        <translation>Ein Team, für das sie gedacht war (mehrfach angeben für mehrere; keines: die ganze Organisation).</translation>
    </message>
    <message>
        <source>The intervention&apos;s id (see hr intervention list).</source>
        <translation>Die ID der Maßnahme (siehe hr intervention list).</translation>
    </message>
    <message>
        <source>usage: hr intervention list [--json]</source>
        <translation>Aufruf: hr intervention list [--json]</translation>
    </message>
    <message>
        <source>No interventions are recorded.</source>
        <translation>Es sind keine Maßnahmen erfasst.</translation>
    </message>
    <message>
        <source>hr intervention %1 needs --person (an HR person or an administrator).</source>
        <translation>hr intervention %1 braucht --person (eine Person aus der Personalabteilung oder einen Administrator).</translation>
    </message>
    <message>
        <source>usage: hr intervention remove --person ID ID</source>
        <translation>Aufruf: hr intervention remove --person ID ID</translation>
    </message>
    <message>
        <source>intervention</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Removed the intervention.</source>
        <translation>Die Maßnahme wurde entfernt.</translation>
    </message>
    <message>
        <source>usage: hr intervention add --person ID --title TEXT --kind KIND --start DATE [--end DATE] [--team NAME]...</source>
        <translation>Aufruf: hr intervention add --person ID --title TEXT --kind ART --start DATUM [--end DATUM] [--team NAME]...</translation>
    </message>
    <message>
        <source>unknown kind &apos;%1&apos;; expected one of: %2</source>
        <translation>unbekannte Art „%1“; erwartet eines von: %2</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>Anfangsdatum</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>Enddatum</translation>
    </message>
    <message>
        <source>Recorded: %1</source>
        <translation>Erfasst: %1</translation>
    </message>
    <message>
        <source>Manager check-ins</source>
        <translation>Gespräche mit Vorgesetzten</translation>
    </message>
    <message>
        <source>Wellness sessions</source>
        <translation>Angebote zum Wohlbefinden</translation>
    </message>
    <message>
        <source>Provider change</source>
        <translation>Anbieterwechsel</translation>
    </message>
    <message>
        <source>Workload change</source>
        <translation>Änderung der Arbeitslast</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Only HR people and administrators record interventions, and %1 is no one in this store.</source>
        <translation>Nur Personalverantwortliche und Administratoren erfassen Maßnahmen, und %1 ist niemand in diesem Speicher.</translation>
    </message>
    <message>
        <source>Only HR people and administrators record interventions.</source>
        <translation>Nur Personalverantwortliche und Administratoren erfassen Maßnahmen.</translation>
    </message>
    <message>
        <source>An intervention needs a title.</source>
        <translation>Eine Maßnahme braucht einen Titel.</translation>
    </message>
    <message>
        <source>The title is %1 characters long; keep it to %2.</source>
        <translation>Der Titel ist %1 Zeichen lang; höchstens %2 sind möglich.</translation>
    </message>
    <message>
        <source>An intervention needs a start date.</source>
        <translation>Eine Maßnahme braucht ein Anfangsdatum.</translation>
    </message>
    <message>
        <source>The end date (%1) is before the start date (%2).</source>
        <translation>Das Enddatum (%1) liegt vor dem Anfangsdatum (%2).</translation>
    </message>
    <message>
        <source>There is no team &apos;%1&apos;: no one in this store has a team yet.</source>
        <translation>Es gibt kein Team „%1“: In diesem Speicher hat noch niemand ein Team.</translation>
    </message>
    <message>
        <source>There is no team &apos;%1&apos;. The teams are: %2.</source>
        <translation>Es gibt kein Team „%1“. Die Teams sind: %2.</translation>
    </message>
    <message>
        <source>There is no intervention %1.</source>
        <translation>Es gibt keine Maßnahme %1.</translation>
    </message>
</context>
<context>
    <name>RapportUi</name>
    <message>
        <source>Rapport backups (*.rapport-backup);;All files (*)</source>
        <translation>Rapport-Sicherungen (*.rapport-backup);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export a backup</source>
        <translation>Sicherung exportieren</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Sicherung auswählen</translation>
    </message>
    <message>
        <source>Where should the restored store go?</source>
        <translation>Wohin soll der wiederhergestellte Datenspeicher?</translation>
    </message>
    <message>
        <source>Folder for automatic backups</source>
        <translation>Ordner für automatische Sicherungen</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>%1 konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Could not create the folder %1</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden</translation>
    </message>
    <message>
        <source>Could not create a temporary folder.</source>
        <translation>Es konnte kein temporärer Ordner angelegt werden.</translation>
    </message>
    <message>
        <source>otter kettle violet harbour</source>
        <translation>Otter Kessel Veilchen Hafen</translation>
    </message>
    <message>
        <source>The export for the screenshots did not finish.</source>
        <translation>Der Export für die Bildschirmfotos wurde nicht beendet.</translation>
    </message>
    <message>
        <source>The check for the screenshots did not finish.</source>
        <translation>Die Prüfung für die Bildschirmfotos wurde nicht beendet.</translation>
    </message>
    <message>
        <source>not the passphrase</source>
        <translation>nicht die Passphrase</translation>
    </message>
    <message>
        <source>Passphrase for this backup</source>
        <translation>Passphrase für diese Sicherung</translation>
    </message>
    <message>
        <source>Choose a passphrase for the backup. It is separate from the store&apos;s passphrase, and needed to verify or restore the backup: without it nobody, you included, can read the file.</source>
        <translation>Wählen Sie eine Passphrase für die Sicherung. Sie ist unabhängig von der Passphrase des Datenspeichers und wird zum Prüfen oder Wiederherstellen der Sicherung gebraucht: Ohne sie kann niemand die Datei lesen, auch Sie nicht.</translation>
    </message>
    <message>
        <source>otter kettle</source>
        <translation>Otter Kessel</translation>
    </message>
    <message>
        <source>Confirm it is you</source>
        <translation>Bestätigen Sie, dass Sie es sind</translation>
    </message>
    <message>
        <source>To export a backup, type the passphrase of this Rapport store again.</source>
        <translation>Um eine Sicherung zu exportieren, geben Sie die Passphrase dieses Rapport-Datenspeichers erneut ein.</translation>
    </message>
    <message>
        <source>Wrong passphrase</source>
        <translation>Falsche Passphrase</translation>
    </message>
    <message>
        <source>The backup is damaged</source>
        <translation>Die Sicherung ist beschädigt</translation>
    </message>
    <message>
        <source>Not a Rapport backup</source>
        <translation>Keine Rapport-Sicherung</translation>
    </message>
    <message>
        <source>Made by a newer Rapport</source>
        <translation>Von einer neueren Rapport-Version erstellt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Not enough disk space</source>
        <translation>Nicht genug Speicherplatz</translation>
    </message>
    <message>
        <source>Something is already there</source>
        <translation>Dort ist bereits etwas vorhanden</translation>
    </message>
    <message>
        <source>File not found</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <source>The store is in use</source>
        <translation>Der Datenspeicher wird verwendet</translation>
    </message>
    <message>
        <source>Cannot write there</source>
        <translation>Dorthin kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgegangen</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Made by Rapport</source>
        <translation>Erstellt von Rapport</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Schema-Version</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Rows in %1</source>
        <translation>Zeilen in %1</translation>
    </message>
    <message numerus="yes">
        <source>Made on %1 by Rapport %2 (schema %3), %n rows in all.</source>
        <translation>
            <numerusform>Erstellt am %1 von Rapport %2 (Schema %3), insgesamt %n Zeile.</numerusform>
            <numerusform>Erstellt am %1 von Rapport %2 (Schema %3), insgesamt %n Zeilen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The operation has not run.</source>
        <translation>Der Vorgang wurde nicht ausgeführt.</translation>
    </message>
    <message>
        <source>Restoring the backup over the current store…</source>
        <translation>Die Sicherung wird über den aktuellen Datenspeicher wiederhergestellt …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Sicherung wiederhergestellt</translation>
    </message>
    <message>
        <source>The store now holds the backup. %1</source>
        <translation>Der Datenspeicher enthält jetzt die Sicherung. %1</translation>
    </message>
    <message>
        <source>%1 The current store was left as it was.</source>
        <translation>%1 Der aktuelle Datenspeicher blieb unverändert.</translation>
    </message>
    <message>
        <source>No temporary folder for the demo: %1</source>
        <translation>Kein temporärer Ordner für die Demo: %1</translation>
    </message>
    <message>
        <source>Use several words that mean something only to you.</source>
        <translation>Verwenden Sie mehrere Wörter, die nur Ihnen etwas bedeuten.</translation>
    </message>
    <message>
        <source>Too weak: use at least %1 characters, better a few unrelated words.</source>
        <translation>Zu schwach: Verwenden Sie mindestens %1 Zeichen, besser ein paar Wörter ohne Zusammenhang.</translation>
    </message>
    <message>
        <source>Weak: add another word or two.</source>
        <translation>Schwach: Fügen Sie ein oder zwei Wörter hinzu.</translation>
    </message>
    <message>
        <source>Fair: one more word would make it strong.</source>
        <translation>Ausreichend: Ein weiteres Wort würde sie stark machen.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Stark.</translation>
    </message>
    <message>
        <source>Very strong.</source>
        <translation>Sehr stark.</translation>
    </message>
    <message>
        <source>Rapport — Professional view — %1 (demo)</source>
        <translation>Rapport — Fachpersonen-Ansicht — %1 (Demo)</translation>
    </message>
    <message>
        <source>Rapport — demo</source>
        <translation>Rapport — Demo</translation>
    </message>
    <message>
        <source>Alex Morgan</source>
        <translation>Alex Morgan</translation>
    </message>
    <message>
        <source>About your sessions with %1</source>
        <translation>Über Ihre Termine mit %1</translation>
    </message>
    <message>
        <source>your professional</source>
        <translation>Ihre Fachperson</translation>
    </message>
    <message>
        <source>Rapport: private wellbeing and professional-alliance tracking.</source>
        <translation>Rapport: vertrauliche Erfassung von Wohlbefinden und professioneller Arbeitsbeziehung.</translation>
    </message>
    <message>
        <source>Open the store at &lt;path&gt;.</source>
        <translation>Den Datenspeicher unter &lt;path&gt; öffnen.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Use the questionnaire definitions in &lt;dir&gt;.</source>
        <translation>Die Fragebogen-Definitionen in &lt;dir&gt; verwenden.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Open a throwaway demo organisation (removed on exit).</source>
        <translation>Eine Wegwerf-Demo-Organisation öffnen (wird beim Beenden entfernt).</translation>
    </message>
    <message>
        <source>Write pictures of each main screen to &lt;dir&gt; and exit.</source>
        <translation>Bilder jedes Hauptbildschirms nach &lt;dir&gt; schreiben und beenden.</translation>
    </message>
    <message>
        <source>Open in the mode of &lt;role&gt;: client, professional, hr or admin (with --person; with --demo, as one of the demo&apos;s people in that role).</source>
        <translation>Im Modus von &lt;role&gt; öffnen: client, professional, hr oder admin (mit --person; mit --demo als eine der Demo-Personen in dieser Rolle).</translation>
    </message>
    <message>
        <source>role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Open as the person with &lt;id&gt;, who must have the role given by --mode.</source>
        <translation>Als die Person mit &lt;id&gt; öffnen, die die mit --mode angegebene Rolle haben muss.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Show Rapport in &lt;language&gt; for this run: system, en (English), de (German) or is (Icelandic).</source>
        <translation>Rapport für diesen Start in &lt;language&gt; anzeigen: system, en (Englisch), de (Deutsch) oder is (Isländisch).</translation>
    </message>
    <message>
        <source>language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use system, en, de or is.</source>
        <translation>Unbekannte Sprache „%1“: Verwenden Sie system, en, de oder is.</translation>
    </message>
    <message>
        <source>Unknown mode &quot;%1&quot;: use client, professional, hr or admin.</source>
        <translation>Unbekannter Modus „%1“: Verwenden Sie client, professional, hr oder admin.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a person id (rapport-cli person list shows them).</source>
        <translation>„%1“ ist keine Personen-ID (rapport-cli person list zeigt sie an).</translation>
    </message>
    <message>
        <source>--person needs --mode, e.g. --mode professional.</source>
        <translation>--person braucht --mode, z. B. --mode professional.</translation>
    </message>
    <message>
        <source>--mode needs --person ID (or --demo).</source>
        <translation>--mode braucht --person ID (oder --demo).</translation>
    </message>
    <message>
        <source>%1 could not be deleted.</source>
        <translation>%1 konnte nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>Writes the HR (organisation) report: aggregated, anonymised figures with charts and a guide.</source>
        <translation>Schreibt den HR-Bericht (Organisation): zusammengefasste, anonymisierte Zahlen mit Diagrammen und einer Lesehilfe.</translation>
    </message>
    <message>
        <source>The report to write (only &apos;hr&apos; exists).</source>
        <translation>Der zu schreibende Bericht (nur „hr“ gibt es).</translation>
    </message>
    <message>
        <source>Write the report as a PDF to FILE.</source>
        <translation>Den Bericht als PDF nach FILE schreiben.</translation>
    </message>
    <message>
        <source>report takes one word, &apos;hr&apos; (report hr --pdf FILE).</source>
        <translation>report nimmt ein Wort, „hr“ (report hr --pdf FILE).</translation>
    </message>
    <message>
        <source>report hr needs --pdf FILE.</source>
        <translation>report hr braucht --pdf FILE.</translation>
    </message>
    <message>
        <source>report hr needs a GUI application to draw its charts.</source>
        <translation>report hr braucht eine grafische Anwendung, um seine Diagramme zu zeichnen.</translation>
    </message>
    <message>
        <source>Wrote the HR report to %1</source>
        <translation>Der HR-Bericht wurde nach %1 geschrieben</translation>
    </message>
    <message>
        <source>Printable reports (report hr --pdf FILE: the anonymised HR figures with charts)</source>
        <translation>Druckbare Berichte (report hr --pdf FILE: die anonymisierten HR-Zahlen mit Diagrammen)</translation>
    </message>
    <message>
        <source>Direction of each person&apos;s trend</source>
        <translation>Richtung des Verlaufs jeder Person</translation>
    </message>
    <message>
        <source>Organisation overview</source>
        <translation>Überblick über die Organisation</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Beteiligung</translation>
    </message>
    <message>
        <source>Employees in the programme</source>
        <translation>Mitarbeitende im Programm</translation>
    </message>
    <message numerus="yes">
        <source>Took part in the last %n days</source>
        <translation>
            <numerusform>In den letzten %n Tag teilgenommen</numerusform>
            <numerusform>In den letzten %n Tagen teilgenommen</numerusform>
        </translation>
    </message>
    <message>
        <source>Participation rate</source>
        <translation>Beteiligungsquote</translation>
    </message>
    <message>
        <source>Trends of people who answered more than once</source>
        <translation>Verlauf bei Personen, die mehr als einmal geantwortet haben</translation>
    </message>
    <message>
        <source>People with more than one answer</source>
        <translation>Personen mit mehr als einer Antwort</translation>
    </message>
    <message>
        <source>Wellbeing over time</source>
        <translation>Wohlbefinden im Zeitverlauf</translation>
    </message>
    <message>
        <source>%1 (%2 people)</source>
        <translation>%1 (%2 Personen)</translation>
    </message>
    <message>
        <source>No months yet.</source>
        <translation>Noch keine Monate.</translation>
    </message>
    <message>
        <source>Professional Alliance</source>
        <translation>Professionelle Arbeitsbeziehung</translation>
    </message>
    <message>
        <source>Average Professional Alliance score</source>
        <translation>Durchschnittlicher Wert der Professionellen Arbeitsbeziehung</translation>
    </message>
    <message>
        <source>%1 (dimension average)</source>
        <translation>%1 (Durchschnitt der Dimension)</translation>
    </message>
    <message>
        <source>By team</source>
        <translation>Nach Team</translation>
    </message>
    <message>
        <source>No teams are recorded for the employees in the programme.</source>
        <translation>Für die Mitarbeitenden im Programm sind keine Teams erfasst.</translation>
    </message>
    <message>
        <source>How to read this report</source>
        <translation>So lesen Sie diesen Bericht</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Improving</source>
        <translation>Steigend</translation>
    </message>
    <message>
        <source>Stable</source>
        <translation>Stabil</translation>
    </message>
    <message>
        <source>Declining</source>
        <translation>Sinkend</translation>
    </message>
    <message>
        <source>Fewer than %1 employees have answered a Wellbeing Index so far, so every figure on this page is hidden to protect them. Figures appear once at least %1 people have taken part.</source>
        <translation>Bisher haben weniger als %1 Mitarbeitende einen Wohlbefindens-Index ausgefüllt; zu ihrem Schutz sind daher alle Zahlen auf dieser Seite ausgeblendet. Die Zahlen erscheinen, sobald mindestens %1 Personen teilgenommen haben.</translation>
    </message>
    <message>
        <source>Caution: fewer than 30 % of employees have taken part. With low participation the figures may not represent the organisation, so read them with care and encourage people to take part.</source>
        <translation>Achtung: Weniger als 30 % der Mitarbeitenden haben teilgenommen. Bei geringer Beteiligung bilden die Zahlen die Organisation möglicherweise nicht ab; lesen Sie sie daher mit Vorsicht und ermutigen Sie zur Teilnahme.</translation>
    </message>
    <message>
        <source>What the figures mean</source>
        <translation>Was die Zahlen bedeuten</translation>
    </message>
    <message>
        <source>How strongly employees feel they trust and work well with their therapist or coach: the bond, the partnership on goals and tasks, and their confidence in the support.</source>
        <translation>Wie stark Mitarbeitende das Gefühl haben, ihrer Therapeutin, ihrem Therapeuten oder Coach zu vertrauen und gut mit ihnen zusammenzuarbeiten: die Bindung, die Zusammenarbeit an Zielen und Aufgaben und ihr Vertrauen in die Unterstützung.</translation>
    </message>
    <message>
        <source>Reading a decline</source>
        <translation>Einen Rückgang lesen</translation>
    </message>
    <message>
        <source>A steady fall in wellbeing can point to stress, heavy workloads or burnout, or to a restructuring or low morale. Look at what changed in that period.</source>
        <translation>Ein stetiger Rückgang des Wohlbefindens kann auf Stress, hohe Arbeitsbelastung oder Burnout hinweisen, oder auf eine Umstrukturierung oder gedrückte Stimmung. Sehen Sie sich an, was sich in diesem Zeitraum verändert hat.</translation>
    </message>
    <message>
        <source>Reading a low alliance</source>
        <translation>Eine schwache Arbeitsbeziehung lesen</translation>
    </message>
    <message>
        <source>A low or falling alliance suggests that employees and their providers are not a good fit. Consider reviewing provider assignments or training.</source>
        <translation>Eine schwache oder nachlassende Arbeitsbeziehung deutet darauf hin, dass Mitarbeitende und ihre Anbieter nicht gut zueinander passen. Erwägen Sie, die Zuordnung der Anbieter oder deren Schulung zu überprüfen.</translation>
    </message>
    <message>
        <source>Signals, not verdicts</source>
        <translation>Signale, keine Urteile</translation>
    </message>
    <message>
        <source>These figures are signals and support tools, never performance metrics. Cross-check them with other HR information (absence, turnover, staff surveys) and with conversations before acting. After acting (manager check-ins, wellness sessions, a change of provider), measure again and watch how the figures move.</source>
        <translation>Diese Zahlen sind Signale und Hilfsmittel, niemals Leistungskennzahlen. Gleichen Sie sie vor dem Handeln mit anderen HR-Informationen (Abwesenheit, Fluktuation, Mitarbeiterbefragungen) und mit Gesprächen ab. Messen Sie nach dem Handeln (Gespräche mit Führungskräften, Angebote zur Gesundheit, ein Wechsel des Anbieters) erneut und beobachten Sie, wie sich die Zahlen entwickeln.</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Datenschutz</translation>
    </message>
    <message>
        <source>Nobody&apos;s own answers are visible here. A figure that would come from fewer than %1 people reads &quot;%2&quot;. Low participation can skew the results, and sudden events take time to show.</source>
        <translation>Die eigenen Antworten einzelner Personen sind hier nicht sichtbar. Eine Zahl, die auf weniger als %1 Personen beruhen würde, lautet „%2“. Geringe Beteiligung kann die Ergebnisse verzerren, und plötzliche Ereignisse zeigen sich erst mit der Zeit.</translation>
    </message>
    <message>
        <source>Unlock at start with the first line of &lt;file&gt; instead of asking (for unattended runs).</source>
        <translation>Beim Start mit der ersten Zeile von &lt;Datei&gt; entsperren, statt nachzufragen (für unbeaufsichtigte Läufe).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Use the &lt;scheme&gt; colours: system (the default), light or dark.</source>
        <translation>Die Farben aus &lt;Schema&gt; verwenden: system (Standard), light oder dark.</translation>
    </message>
    <message>
        <source>scheme</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>Unknown palette &quot;%1&quot;: use system, light or dark.</source>
        <translation>Unbekannte Farbpalette „%1“: Verwenden Sie system, light oder dark.</translation>
    </message>
    <message>
        <source>Last synced %1</source>
        <translation>Zuletzt synchronisiert: %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Noch nicht synchronisiert</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Wird synchronisiert …</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Synchronisiert: %1</translation>
    </message>
    <message>
        <source>Offline — last synced %1</source>
        <translation>Offline – zuletzt synchronisiert: %1</translation>
    </message>
    <message>
        <source>Offline — not synced yet</source>
        <translation>Offline – noch nicht synchronisiert</translation>
    </message>
    <message>
        <source>Sync needs the hub password</source>
        <translation>Die Synchronisierung braucht das Hub-Passwort</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Synchronisierung fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>The hub cannot be reached. Nothing is lost: %n change(s) wait on this computer and go at the next sync.</source>
        <translation>
            <numerusform>Der Hub ist nicht erreichbar. Es geht nichts verloren: %n Änderung wartet auf diesem Computer und wird bei der nächsten Synchronisierung gesendet.</numerusform>
            <numerusform>Der Hub ist nicht erreichbar. Es geht nichts verloren: %n Änderungen warten auf diesem Computer und werden bei der nächsten Synchronisierung gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The hub cannot be reached. Nothing is lost: changes wait on this computer and go at the next sync.</source>
        <translation>Der Hub ist nicht erreichbar. Es geht nichts verloren: Änderungen warten auf diesem Computer und werden bei der nächsten Synchronisierung gesendet.</translation>
    </message>
    <message>
        <source>Rapport syncs with your organisation&apos;s hub after unlocking, after each change and every few minutes. Sync now: F5.</source>
        <translation>Rapport synchronisiert mit dem Hub Ihrer Organisation nach dem Entsperren, nach jeder Änderung und alle paar Minuten. Jetzt synchronisieren: F5.</translation>
    </message>
    <message>
        <source>Dana Brooks</source>
        <translation>Dana Brooks</translation>
    </message>
    <message>
        <source>Join the organisation of the invitation &lt;file&gt; your administrator sent (opening the file does the same).</source>
        <translation>Der Organisation der Einladung &lt;file&gt; beitreten, die Ihre Administration geschickt hat (das Öffnen der Datei tut dasselbe).</translation>
    </message>
    <message>
        <source>An invitation file (*.%1) to join an organisation with.</source>
        <translation>Eine Einladungsdatei (*.%1), um einer Organisation beizutreten.</translation>
    </message>
    <message>
        <source>--join cannot be combined with --demo or --screenshot.</source>
        <translation>--join lässt sich nicht mit --demo oder --screenshot verbinden.</translation>
    </message>
    <message>
        <source>Choose Sync now (F5) to enter the hub password.</source>
        <translation>Wählen Sie „Jetzt synchronisieren“ (F5), um das Hub-Passwort einzugeben.</translation>
    </message>
    <message>
        <source>Participants by bracket of their score in the month</source>
        <translation>Teilnehmende nach Bereich ihres Werts im Monat</translation>
    </message>
    <message>
        <source>Took part in the month (a Wellbeing Index)</source>
        <translation>Im Monat teilgenommen (ein Wohlbefindens-Index)</translation>
    </message>
    <message>
        <source>Wellbeing in the month</source>
        <translation>Wohlbefinden im Monat</translation>
    </message>
    <message>
        <source>Average of each participant&apos;s Wellbeing Index in the month</source>
        <translation>Durchschnitt des Wohlbefindens-Index jeder teilnehmenden Person im Monat</translation>
    </message>
    <message>
        <source>only groups of at least %1 people are shown · no individual is ever shown</source>
        <translation>nur Gruppen von mindestens %1 Personen werden gezeigt · niemals eine einzelne Person</translation>
    </message>
    <message>
        <source>No month with answers has closed yet: the first figures are published on %1 · %2</source>
        <translation>Noch ist kein Monat mit Antworten abgeschlossen: Die ersten Zahlen werden am %1 veröffentlicht · %2</translation>
    </message>
    <message>
        <source>Figures for %1, published %2 · the figures for %3 follow on %4 · %5</source>
        <translation>Zahlen für %1, veröffentlicht am %2 · die Zahlen für %3 folgen am %4 · %5</translation>
    </message>
    <message>
        <source>The Wellbeing Index is a short survey of how someone has felt recently; higher is better, and it is grouped into Poor, Moderate and Good. The figures are those of one closed month: each participant counts once, with the average of their answers in that month. A month&apos;s figures are published when it ends and never change afterwards. Trends compare each person&apos;s own answers over time and only count people who answered more than once.</source>
        <translation>Der Wohlbefindens-Index ist eine kurze Umfrage dazu, wie es jemandem in letzter Zeit ging; höher ist besser, eingeteilt in Niedrig, Mittel und Gut. Die Zahlen sind die eines abgeschlossenen Monats: Jede teilnehmende Person zählt einmal, mit dem Durchschnitt ihrer Antworten in diesem Monat. Die Zahlen eines Monats werden veröffentlicht, wenn er endet, und ändern sich danach nicht mehr. Trends vergleichen die eigenen Antworten jeder Person über die Zeit und zählen nur Personen, die mehr als einmal geantwortet haben.</translation>
    </message>
    <message>
        <source>Start minimised to the system tray, locked, only reminding (as started at login).</source>
        <translation>Minimiert im Infobereich starten, gesperrt, nur zum Erinnern (wie beim Start bei der Anmeldung).</translation>
    </message>
</context>
<context>
    <name>rapport::ui::AboutDialog</name>
    <message>
        <source>GNU LGPL version 3</source>
        <translation>GNU LGPL Version 3</translation>
    </message>
    <message>
        <source>Qt (the GNU GPL version 3, which the LGPL supplements)</source>
        <translation>Qt (die GNU GPL Version 3, die die LGPL ergänzt)</translation>
    </message>
    <message>
        <source>GNU GPL version 3</source>
        <translation>GNU GPL Version 3</translation>
    </message>
    <message>
        <source>BSD-style (3-clause)</source>
        <translation>BSD-artig (3 Klauseln)</translation>
    </message>
    <message>
        <source>ISC</source>
        <translation>ISC</translation>
    </message>
    <message>
        <source>CC0 1.0 (public domain dedication)</source>
        <translation>CC0 1.0 (Widmung an die Gemeinfreiheit)</translation>
    </message>
    <message>
        <source>About Rapport</source>
        <translation>Über Rapport</translation>
    </message>
    <message>
        <source>Rapport icon</source>
        <translation>Rapport-Symbol</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rapport %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Rapport %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Private wellbeing and professional-alliance tracking for employee wellbeing programmes. Your data stays encrypted on this computer; you decide what your professionals see.</source>
        <translation>Private Erfassung von Wohlbefinden und Arbeitsbeziehung für Programme zum Wohlbefinden von Mitarbeitenden. Ihre Daten bleiben verschlüsselt auf diesem Computer; Sie entscheiden, was Ihre Fachpersonen sehen.</translation>
    </message>
    <message>
        <source>Rapport is built with these components. Choose one to read its &amp;licence:</source>
        <translation>Rapport ist mit diesen Komponenten gebaut. Wählen Sie eine aus, um ihre &amp;Lizenz zu lesen:</translation>
    </message>
    <message>
        <source>Third-party components</source>
        <translation>Komponenten von Drittanbietern</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>Lizenztext</translation>
    </message>
    <message>
        <source>The licence text is missing from this installation. It is at %1</source>
        <translation>Der Lizenztext fehlt in dieser Installation. Sie finden ihn unter %1</translation>
    </message>
    <message>
        <source>BSD-style (2-clause)</source>
        <translation>BSD-artig (2 Klauseln)</translation>
    </message>
</context>
<context>
    <name>rapport::ui::AdminPanel</name>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Backups of this Rapport store, and the people in it. Nobody&apos;s answers or scores are shown in this mode.</source>
        <translation>Sicherungen dieses Rapport-Datenspeichers und die Personen darin. In diesem Modus werden keine Antworten oder Werte angezeigt.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>A backup is one encrypted file holding the whole store. It has its own passphrase, chosen when you export and separate from the store&apos;s: keep it safe, without it the backup cannot be restored.</source>
        <translation>Eine Sicherung ist eine verschlüsselte Datei mit dem gesamten Datenspeicher. Sie hat eine eigene Passphrase, die Sie beim Exportieren wählen und die von der des Datenspeichers getrennt ist: Bewahren Sie sie sicher auf, ohne sie kann die Sicherung nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>Export a backup…</source>
        <translation>Sicherung exportieren …</translation>
    </message>
    <message>
        <source>Verify a backup…</source>
        <translation>Sicherung prüfen …</translation>
    </message>
    <message>
        <source>Restore into a new store…</source>
        <translation>In einen neuen Datenspeicher wiederherstellen …</translation>
    </message>
    <message>
        <source>Restore over this store…</source>
        <translation>Über diesen Datenspeicher wiederherstellen …</translation>
    </message>
    <message>
        <source>Replaces the data in use with a backup, after asking. The current store is kept until the restored one has been checked.</source>
        <translation>Ersetzt nach Rückfrage die verwendeten Daten durch eine Sicherung. Der aktuelle Datenspeicher bleibt erhalten, bis der wiederhergestellte geprüft ist.</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>Automatische Sicherungen</translation>
    </message>
    <message>
        <source>Back up automatically while Rapport is open</source>
        <translation>Automatisch sichern, solange Rapport geöffnet ist</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Sicherungsordner</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen …</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <source>&amp;How often:</source>
        <translation>&amp;Wie oft:</translation>
    </message>
    <message>
        <source> newest backups</source>
        <translation> neueste Sicherungen</translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation>&amp;Behalten:</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Einstellungen speichern</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Names and roles only: administrators manage people but never see anyone&apos;s answers or scores.</source>
        <translation>Nur Namen und Rollen: Administratoren verwalten Personen, sehen aber nie Antworten oder Werte.</translation>
    </message>
    <message>
        <source>People in this store</source>
        <translation>Personen in diesem Datenspeicher</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <source>The people could not be read: %1</source>
        <translation>Die Personen konnten nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n people in this store.</source>
        <translation>
            <numerusform>%n Person in diesem Datenspeicher.</numerusform>
            <numerusform>%n Personen in diesem Datenspeicher.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last automatic backup: none yet.</source>
        <translation>Letzte automatische Sicherung: noch keine.</translation>
    </message>
    <message>
        <source>Automatic backups are off.</source>
        <translation>Automatische Sicherungen sind aus.</translation>
    </message>
    <message>
        <source>Last automatic backup: %1, succeeded: %2</source>
        <translation>Letzte automatische Sicherung: %1, erfolgreich: %2</translation>
    </message>
    <message>
        <source>Last automatic backup: %1, failed: %2</source>
        <translation>Letzte automatische Sicherung: %1, fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Confirm it is you</source>
        <translation>Bestätigen Sie, dass Sie es sind</translation>
    </message>
    <message>
        <source>Nothing was done.</source>
        <translation>Es wurde nichts getan.</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>Sicherungs-Passphrase</translation>
    </message>
    <message>
        <source>Type the passphrase that was chosen when this backup was made.</source>
        <translation>Geben Sie die Passphrase ein, die beim Erstellen dieser Sicherung gewählt wurde.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Rapport backup</source>
        <translation>Rapport-Sicherung</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <source>To export a backup, type the passphrase of this Rapport store again.</source>
        <translation>Um eine Sicherung zu exportieren, geben Sie die Passphrase dieses Rapport-Datenspeichers erneut ein.</translation>
    </message>
    <message>
        <source>rapport-%1.rapport-backup</source>
        <translation>rapport-%1.rapport-backup</translation>
    </message>
    <message>
        <source>Passphrase for this backup</source>
        <translation>Passphrase für diese Sicherung</translation>
    </message>
    <message>
        <source>Choose a passphrase for the backup. It is separate from the store&apos;s passphrase, and needed to verify or restore the backup: without it nobody, you included, can read the file.</source>
        <translation>Wählen Sie eine Passphrase für die Sicherung. Sie ist unabhängig von der Passphrase des Datenspeichers und wird zum Prüfen oder Wiederherstellen der Sicherung gebraucht: Ohne sie kann niemand die Datei lesen, auch Sie nicht.</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation>Sicherung wird geschrieben …</translation>
    </message>
    <message>
        <source>Backup written</source>
        <translation>Sicherung geschrieben</translation>
    </message>
    <message>
        <source>The whole store was written, encrypted, to %1.</source>
        <translation>Der gesamte Datenspeicher wurde verschlüsselt nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Sicherung wird geprüft …</translation>
    </message>
    <message>
        <source>The backup is sound</source>
        <translation>Die Sicherung ist in Ordnung</translation>
    </message>
    <message>
        <source>%1: the passphrase opens it, every byte is authentic, and the store inside passed its integrity check with the schema and row counts below.</source>
        <translation>%1: Die Passphrase öffnet sie, jedes Byte ist authentisch, und der enthaltene Datenspeicher hat die Integritätsprüfung mit dem Schema und den Zeilenzahlen unten bestanden.</translation>
    </message>
    <message>
        <source>To restore a backup, type the passphrase of this Rapport store again.</source>
        <translation>Um eine Sicherung wiederherzustellen, geben Sie die Passphrase dieses Rapport-Datenspeichers erneut ein.</translation>
    </message>
    <message>
        <source>%1-restored.%2</source>
        <translation>%1-wiederhergestellt.%2</translation>
    </message>
    <message>
        <source>A Rapport store already exists at %1.</source>
        <translation>Unter %1 gibt es bereits einen Rapport-Datenspeicher.</translation>
    </message>
    <message>
        <source>Choose another place; restoring never writes over a store from here.</source>
        <translation>Wählen Sie einen anderen Ort; von hier aus wird beim Wiederherstellen nie ein Datenspeicher überschrieben.</translation>
    </message>
    <message>
        <source>Passphrase for the restored store</source>
        <translation>Passphrase für den wiederhergestellten Datenspeicher</translation>
    </message>
    <message>
        <source>The restored store is locked with this passphrase. People will need it to open Rapport with the restored data.</source>
        <translation>Der wiederhergestellte Datenspeicher wird mit dieser Passphrase gesperrt. Alle brauchen sie, um Rapport mit den wiederhergestellten Daten zu öffnen.</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Sicherung wird wiederhergestellt …</translation>
    </message>
    <message>
        <source>Backup restored into a new store</source>
        <translation>Sicherung in einen neuen Datenspeicher wiederhergestellt</translation>
    </message>
    <message>
        <source>The new store is at %1. To use it, start Rapport with --store &quot;%1&quot;.</source>
        <translation>Der neue Datenspeicher liegt unter %1. Um ihn zu verwenden, starten Sie Rapport mit --store &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Restoring over the store in use is not available here.</source>
        <translation>Das Wiederherstellen über den verwendeten Datenspeicher ist hier nicht verfügbar.</translation>
    </message>
    <message>
        <source>Restore into a new store instead.</source>
        <translation>Stellen Sie stattdessen in einen neuen Datenspeicher wieder her.</translation>
    </message>
    <message>
        <source>To restore a backup over this store, type the passphrase of this Rapport store again.</source>
        <translation>Um eine Sicherung über diesen Datenspeicher wiederherzustellen, geben Sie die Passphrase dieses Rapport-Datenspeichers erneut ein.</translation>
    </message>
    <message>
        <source>The current store was not touched.</source>
        <translation>Der aktuelle Datenspeicher wurde nicht angetastet.</translation>
    </message>
    <message>
        <source>Replace the current store?</source>
        <translation>Aktuellen Datenspeicher ersetzen?</translation>
    </message>
    <message>
        <source>%1

Everything in the current store is replaced by this backup; what changed since it was made is lost. Rapport closes the store to do this. The current store is kept as a dated copy until the restored one has been checked, and is left as it was if anything fails.</source>
        <translation>%1

Alles im aktuellen Datenspeicher wird durch diese Sicherung ersetzt; was sich seit ihrer Erstellung geändert hat, geht verloren. Rapport schließt dafür den Datenspeicher. Der aktuelle Datenspeicher wird als datierte Kopie aufbewahrt, bis der wiederhergestellte geprüft ist, und bleibt unverändert, falls etwas fehlschlägt.</translation>
    </message>
    <message>
        <source>Replace the current store</source>
        <translation>Aktuellen Datenspeicher ersetzen</translation>
    </message>
    <message>
        <source>The restored store is locked with this passphrase. To keep the current passphrase, type it here again.</source>
        <translation>Der wiederhergestellte Datenspeicher wird mit dieser Passphrase gesperrt. Um die aktuelle Passphrase zu behalten, geben Sie sie hier erneut ein.</translation>
    </message>
    <message>
        <source>Restoring over the current store</source>
        <translation>Wiederherstellen über den aktuellen Datenspeicher</translation>
    </message>
    <message>
        <source>Rapport closes the store and restores the backup.</source>
        <translation>Rapport schließt den Datenspeicher und stellt die Sicherung wieder her.</translation>
    </message>
    <message>
        <source>Choose a folder for the automatic backups.</source>
        <translation>Wählen Sie einen Ordner für die automatischen Sicherungen.</translation>
    </message>
    <message>
        <source>Passphrase for automatic backups</source>
        <translation>Passphrase für automatische Sicherungen</translation>
    </message>
    <message>
        <source>Automatic backups are encrypted with this passphrase. It is kept inside the encrypted store so backups can run unattended; you need it to verify or restore them.</source>
        <translation>Automatische Sicherungen werden mit dieser Passphrase verschlüsselt. Sie wird im verschlüsselten Datenspeicher aufbewahrt, damit Sicherungen unbeaufsichtigt laufen können; Sie brauchen sie, um Sicherungen zu prüfen oder wiederherzustellen.</translation>
    </message>
    <message>
        <source>Not saved: automatic backups need a passphrase.</source>
        <translation>Nicht gespeichert: Automatische Sicherungen brauchen eine Passphrase.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved: automatic backups are on.</source>
        <translation>Gespeichert: Automatische Sicherungen sind an.</translation>
    </message>
    <message>
        <source>Saved: automatic backups are off.</source>
        <translation>Gespeichert: Automatische Sicherungen sind aus.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The passphrase for automatic backups is kept in the system keychain.</source>
        <translation>Die Passphrase für automatische Sicherungen wird im Schlüsselbund des Systems aufbewahrt.</translation>
    </message>
    <message>
        <source>The passphrase for automatic backups goes into the system keychain when it is set or next used.</source>
        <translation>Die Passphrase für automatische Sicherungen kommt in den Schlüsselbund des Systems, sobald sie festgelegt oder das nächste Mal verwendet wird.</translation>
    </message>
    <message>
        <source>No system keychain is available here, so the passphrase for automatic backups is kept inside the encrypted store.</source>
        <translation>Hier ist kein Schlüsselbund des Systems verfügbar, daher wird die Passphrase für automatische Sicherungen im verschlüsselten Datenspeicher aufbewahrt.</translation>
    </message>
    <message>
        <source>Automatic backups are encrypted with this passphrase. It is kept in the system keychain so backups can run unattended; you need it to verify or restore them.</source>
        <translation>Automatische Sicherungen werden mit dieser Passphrase verschlüsselt. Sie wird im Schlüsselbund des Systems aufbewahrt, damit Sicherungen unbeaufsichtigt laufen können; Sie brauchen sie, um Sicherungen zu prüfen oder wiederherzustellen.</translation>
    </message>
    <message>
        <source>The organisation&apos;s hub</source>
        <translation>Der Hub der Organisation</translation>
    </message>
    <message>
        <source>For the hub&apos;s owner: create the hub in a new database, or upgrade it after installing a newer Rapport.</source>
        <translation>Für den Eigentümer des Hubs: den Hub in einer neuen Datenbank anlegen oder ihn nach der Installation eines neueren Rapport aktualisieren.</translation>
    </message>
    <message>
        <source>Create or &amp;upgrade the hub…</source>
        <translation>Hub anlegen oder a&amp;ktualisieren…</translation>
    </message>
</context>
<context>
    <name>rapport::ui::AdminPeopleModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
</context>
<context>
    <name>rapport::ui::BackupPassphraseDialog</name>
    <message>
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <source>Confirm the new passphrase</source>
        <translation>Neue Passphrase bestätigen</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Stärke der Passphrase</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Confirm:</source>
        <translation>&amp;Bestätigen:</translation>
    </message>
    <message>
        <source>Use this passphrase</source>
        <translation>Diese Passphrase verwenden</translation>
    </message>
    <message>
        <source>Type the passphrase again.</source>
        <translation>Geben Sie die Passphrase erneut ein.</translation>
    </message>
    <message>
        <source>The passphrases match.</source>
        <translation>Die Passphrasen stimmen überein.</translation>
    </message>
    <message>
        <source>The passphrases do not match.</source>
        <translation>Die Passphrasen stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ClientDashboard</name>
    <message>
        <source>Your results are private. Professionals see a score only while you share it; your organisation never sees individual results.</source>
        <translation>Ihre Ergebnisse sind vertraulich. Fachpersonen sehen einen Wert nur, solange Sie ihn freigeben; Ihre Organisation sieht nie einzelne Ergebnisse.</translation>
    </message>
    <message>
        <source>Log a session</source>
        <translation>Termin erfassen</translation>
    </message>
    <message>
        <source>After a session, rate how the work with your professional is going.</source>
        <translation>Bewerten Sie nach einem Termin, wie die Zusammenarbeit mit Ihrer Fachperson läuft.</translation>
    </message>
    <message>
        <source>Your professionals, exporting your data, deleting it.</source>
        <translation>Ihre Fachpersonen, Ihre Daten exportieren oder löschen.</translation>
    </message>
    <message>
        <source>My &amp;professionals…</source>
        <translation>Meine &amp;Fachpersonen …</translation>
    </message>
    <message>
        <source>Export my data as &amp;CSV…</source>
        <translation>Meine Daten als &amp;CSV exportieren …</translation>
    </message>
    <message>
        <source>Export a PDF &amp;report…</source>
        <translation>PDF-&amp;Bericht exportieren …</translation>
    </message>
    <message>
        <source>&amp;Delete all my data…</source>
        <translation>Alle meine Daten &amp;löschen …</translation>
    </message>
    <message>
        <source>Check in now</source>
        <translation>Check-in starten</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>Hides this reminder. Rapport reminds you at most once a day.</source>
        <translation>Blendet diese Erinnerung aus. Rapport erinnert Sie höchstens einmal am Tag.</translation>
    </message>
    <message>
        <source>Wellbeing Score</source>
        <translation>Wohlbefindens-Wert</translation>
    </message>
    <message>
        <source>Wellbeing over time</source>
        <translation>Wohlbefinden im Zeitverlauf</translation>
    </message>
    <message>
        <source>Chart of your Wellbeing Score over time</source>
        <translation>Diagramm Ihres Wohlbefindens-Werts im Zeitverlauf</translation>
    </message>
    <message>
        <source>Professional Alliance over time</source>
        <translation>Professionelle Arbeitsbeziehung im Zeitverlauf</translation>
    </message>
    <message>
        <source>Chart of your Professional Alliance scores over time</source>
        <translation>Diagramm Ihrer Werte zur Professionellen Arbeitsbeziehung im Zeitverlauf</translation>
    </message>
    <message>
        <source>Your check-ins and surveys</source>
        <translation>Ihre Check-ins und Umfragen</translation>
    </message>
    <message>
        <source>You are not connected with a professional yet. Add one under My data → My professionals.</source>
        <translation>Sie sind noch mit keiner Fachperson verbunden. Fügen Sie eine unter Meine Daten → Meine Fachpersonen hinzu.</translation>
    </message>
    <message>
        <source>Trend: ↑ improving</source>
        <translation>Verlauf: ↑ steigend</translation>
    </message>
    <message>
        <source>Trend: → stable</source>
        <translation>Verlauf: → stabil</translation>
    </message>
    <message>
        <source>Trend: ↓ declining</source>
        <translation>Verlauf: ↓ sinkend</translation>
    </message>
    <message>
        <source>Trend: shown after your second result</source>
        <translation>Verlauf: wird ab Ihrem zweiten Ergebnis angezeigt</translation>
    </message>
    <message>
        <source>today (%1)</source>
        <translation>heute (%1)</translation>
    </message>
    <message>
        <source>yesterday (%1)</source>
        <translation>gestern (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n days ago (%1)</source>
        <translation>
            <numerusform>vor %n Tag (%1)</numerusform>
            <numerusform>vor %n Tagen (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not available yet — complete your first Wellbeing check-in.</source>
        <translation>Noch nicht verfügbar – machen Sie Ihren ersten Wohlbefindens-Check-in.</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Last check-in: %1</source>
        <translation>Letzter Check-in: %1</translation>
    </message>
    <message>
        <source>Professional Alliance</source>
        <translation>Professionelle Arbeitsbeziehung</translation>
    </message>
    <message>
        <source>Not available yet — you are not connected with a professional. Add yours under My data → My professionals, then complete the alliance survey after your next session.</source>
        <translation>Noch nicht verfügbar – Sie sind mit keiner Fachperson verbunden. Fügen Sie Ihre unter Meine Daten → Meine Fachpersonen hinzu und füllen Sie nach Ihrem nächsten Termin die Umfrage zur Arbeitsbeziehung aus.</translation>
    </message>
    <message>
        <source>Professional Alliance with %1</source>
        <translation>Professionelle Arbeitsbeziehung mit %1</translation>
    </message>
    <message>
        <source>Not available yet — complete the alliance survey after your next session.</source>
        <translation>Noch nicht verfügbar – füllen Sie nach Ihrem nächsten Termin die Umfrage zur Arbeitsbeziehung aus.</translation>
    </message>
    <message>
        <source>on a scale from %1 to %2</source>
        <translation>auf einer Skala von %1 bis %2</translation>
    </message>
    <message>
        <source>Last survey: %1</source>
        <translation>Letzte Umfrage: %1</translation>
    </message>
    <message>
        <source>One of your professionals</source>
        <translation>Eine Ihrer Fachpersonen</translation>
    </message>
    <message>
        <source>%1 asks you to share your Professional Alliance score.</source>
        <translation>%1 bittet Sie, Ihren Wert zur Professionellen Arbeitsbeziehung freizugeben.</translation>
    </message>
    <message>
        <source>%1 asks you to share your Wellbeing score.</source>
        <translation>%1 bittet Sie, Ihren Wohlbefindens-Wert freizugeben.</translation>
    </message>
    <message>
        <source>Time for a Wellbeing check-in: your last one was %1. Checking in every two to three weeks shows how you are doing over time.</source>
        <translation>Zeit für einen Wohlbefindens-Check-in: Ihr letzter war %1. Ein Check-in alle zwei bis drei Wochen zeigt, wie es Ihnen im Lauf der Zeit geht.</translation>
    </message>
    <message>
        <source>● Sharing</source>
        <translation>● Freigegeben</translation>
    </message>
    <message>
        <source>● Sharing: alliance only</source>
        <translation>● Freigegeben: nur Arbeitsbeziehung</translation>
    </message>
    <message>
        <source>● Sharing: wellbeing only</source>
        <translation>● Freigegeben: nur Wohlbefinden</translation>
    </message>
    <message>
        <source>● Not Sharing</source>
        <translation>● Nicht freigegeben</translation>
    </message>
    <message>
        <source>Choose which scores your professionals may see.</source>
        <translation>Wählen Sie, welche Werte Ihre Fachpersonen sehen dürfen.</translation>
    </message>
    <message>
        <source>Sharing settings, currently: %1</source>
        <translation>Freigabe-Einstellungen, derzeit: %1</translation>
    </message>
    <message>
        <source>The Wellbeing check-in is not available in this installation.</source>
        <translation>Der Wohlbefindens-Check-in ist in dieser Installation nicht verfügbar.</translation>
    </message>
    <message>
        <source>You are not connected with a professional yet, so there is no session to log.</source>
        <translation>Sie sind noch mit keiner Fachperson verbunden, daher gibt es keinen Termin zu erfassen.</translation>
    </message>
    <message>
        <source>Which professional was your session with?</source>
        <translation>Mit welcher Fachperson hatten Sie Ihren Termin?</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>The alliance survey is not available in this installation.</source>
        <translation>Die Umfrage zur Arbeitsbeziehung ist in dieser Installation nicht verfügbar.</translation>
    </message>
    <message>
        <source>About your sessions with %1</source>
        <translation>Über Ihre Termine mit %1</translation>
    </message>
    <message>
        <source>Your answers could not be saved: %1</source>
        <translation>Ihre Antworten konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>%1 (no longer connected)</source>
        <translation>%1 (nicht mehr verbunden)</translation>
    </message>
    <message>
        <source>A former professional</source>
        <translation>Eine frühere Fachperson</translation>
    </message>
    <message>
        <source>Export my data as CSV</source>
        <translation>Meine Daten als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Your data could not be exported: %1</source>
        <translation>Ihre Daten konnten nicht exportiert werden: %1</translation>
    </message>
    <message>
        <source>Saved your check-ins and surveys to %1 and your sharing history to %2.</source>
        <translation>Ihre Check-ins und Umfragen wurden in %1 gespeichert, Ihr Freigabeverlauf in %2.</translation>
    </message>
    <message>
        <source>Export a PDF report</source>
        <translation>PDF-Bericht exportieren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>The report could not be exported: %1</source>
        <translation>Der Bericht konnte nicht exportiert werden: %1</translation>
    </message>
    <message>
        <source>Saved your report to %1.</source>
        <translation>Ihr Bericht wurde in %1 gespeichert.</translation>
    </message>
    <message>
        <source>Rapport will erase you and everything that belongs to you from this computer: %1, %2, your sharing choices and their history, and any requests to share.</source>
        <translation>Rapport löscht Sie und alles, was zu Ihnen gehört, von diesem Computer: %1, %2, Ihre Freigabe-Entscheidungen und ihren Verlauf sowie alle Freigabeanfragen.</translation>
    </message>
    <message numerus="yes">
        <source>your %n check-ins and surveys</source>
        <translation>
            <numerusform>Ihren %n Check-in oder Ihre Umfrage</numerusform>
            <numerusform>Ihre %n Check-ins und Umfragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>your connections with %n professionals</source>
        <translation>
            <numerusform>Ihre Verbindung mit %n Fachperson</numerusform>
            <numerusform>Ihre Verbindungen mit %n Fachpersonen</numerusform>
        </translation>
    </message>
    <message>
        <source>All of your data has been deleted from Rapport.</source>
        <translation>Alle Ihre Daten wurden aus Rapport gelöscht.</translation>
    </message>
    <message>
        <source>Your dashboard</source>
        <translation>Ihre Übersicht</translation>
    </message>
    <message>
        <source>&amp;Wellbeing check-in</source>
        <translation>&amp;Wohlbefindens-Check-in</translation>
    </message>
    <message>
        <source>Log a &amp;session</source>
        <translation>Einen &amp;Termin erfassen</translation>
    </message>
    <message>
        <source>My &amp;data</source>
        <translation>Meine &amp;Daten</translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>Ansehen…</translation>
    </message>
    <message>
        <source>%1 has been connected with you and waits for your answer. Until you accept, they see nothing of you.</source>
        <translation>%1 wurde mit Ihnen verbunden und wartet auf Ihre Antwort. Bis Sie annehmen, sieht %1 nichts von Ihnen.</translation>
    </message>
    <message numerus="yes">
        <source>%n professionals have been connected with you and wait for your answer. Until you accept, they see nothing of you.</source>
        <translation>
            <numerusform>%n Fachperson wurde mit Ihnen verbunden und wartet auf Ihre Antwort. Bis Sie annehmen, sieht sie nichts von Ihnen.</numerusform>
            <numerusform>%n Fachpersonen wurden mit Ihnen verbunden und warten auf Ihre Antwort. Bis Sie annehmen, sehen sie nichts von Ihnen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::ClientDetailPanel</name>
    <message>
        <source>Request sharing</source>
        <translation>Freigabe anfragen</translation>
    </message>
    <message>
        <source>Alliance with you over time</source>
        <translation>Arbeitsbeziehung mit Ihnen im Zeitverlauf</translation>
    </message>
    <message>
        <source>Chart of the client&apos;s alliance scores about you, with each dimension</source>
        <translation>Diagramm der Werte des Klienten zur Arbeitsbeziehung mit Ihnen, mit jeder Dimension</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Wellbeing over time</source>
        <translation>Wohlbefinden im Zeitverlauf</translation>
    </message>
    <message>
        <source>Chart of the client&apos;s Wellbeing Score over time, with its bands</source>
        <translation>Diagramm des Wohlbefindens-Werts des Klienten im Zeitverlauf, mit seinen Bereichen</translation>
    </message>
    <message>
        <source>Wellbeing Score</source>
        <translation>Wohlbefindens-Wert</translation>
    </message>
    <message>
        <source>today (%1)</source>
        <translation>heute (%1)</translation>
    </message>
    <message>
        <source>yesterday (%1)</source>
        <translation>gestern (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n days ago (%1)</source>
        <translation>
            <numerusform>vor %n Tag (%1)</numerusform>
            <numerusform>vor %n Tagen (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Last updated %1</source>
        <translation>Zuletzt aktualisiert %1</translation>
    </message>
    <message>
        <source>Nothing shared has been submitted yet.</source>
        <translation>Es wurde noch nichts Freigegebenes übermittelt.</translation>
    </message>
    <message>
        <source>%1 does not share their scores with you. You can ask them to; the choice is theirs, and they can stop sharing at any time.</source>
        <translation>%1 gibt Ihnen die eigenen Werte nicht frei. Sie können darum bitten; die Entscheidung liegt bei der Person, und sie kann die Freigabe jederzeit beenden.</translation>
    </message>
    <message>
        <source>%1 does not share their Professional Alliance score with you.</source>
        <translation>%1 gibt Ihnen den Wert zur Professionellen Arbeitsbeziehung nicht frei.</translation>
    </message>
    <message>
        <source>%1 does not share their Wellbeing Score with you.</source>
        <translation>%1 gibt Ihnen den Wohlbefindens-Wert nicht frei.</translation>
    </message>
    <message>
        <source>Request pending</source>
        <translation>Anfrage ausstehend</translation>
    </message>
    <message>
        <source>Request alliance sharing</source>
        <translation>Freigabe der Arbeitsbeziehung anfragen</translation>
    </message>
    <message>
        <source>Request wellbeing sharing</source>
        <translation>Freigabe des Wohlbefindens anfragen</translation>
    </message>
    <message>
        <source>Request pending: you asked on %1. %2 sees it on their dashboard and decides.</source>
        <translation>Anfrage ausstehend: Sie haben am %1 angefragt. %2 sieht die Anfrage in der eigenen Übersicht und entscheidet.</translation>
    </message>
    <message>
        <source>%1 shares the alliance survey with you but has not completed one about your sessions yet.</source>
        <translation>%1 gibt Ihnen die Umfrage zur Arbeitsbeziehung frei, hat aber noch keine zu Ihren Terminen ausgefüllt.</translation>
    </message>
    <message>
        <source>↑ improving</source>
        <translation>↑ steigend</translation>
    </message>
    <message>
        <source>→ stable</source>
        <translation>→ stabil</translation>
    </message>
    <message>
        <source>↓ declining</source>
        <translation>↓ sinkend</translation>
    </message>
    <message>
        <source>shown after the second survey</source>
        <translation>ab der zweiten Umfrage angezeigt</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Alliance with you: %1&lt;/b&gt; of %2 · trend %3 · last survey %4</source>
        <translation>&lt;b&gt;Arbeitsbeziehung mit Ihnen: %1&lt;/b&gt; von %2 · Verlauf %3 · letzte Umfrage %4</translation>
    </message>
    <message>
        <source>Latest by dimension: %1</source>
        <translation>Zuletzt je Dimension: %1</translation>
    </message>
    <message>
        <source>%1 shares their Wellbeing Score with you but has not checked in yet.</source>
        <translation>%1 gibt Ihnen den Wohlbefindens-Wert frei, hat aber noch keinen Check-in gemacht.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Wellbeing Score: %1&lt;/b&gt; of %2</source>
        <translation>&lt;b&gt;Wohlbefindens-Wert: %1&lt;/b&gt; von %2</translation>
    </message>
    <message>
        <source> · last check-in %1</source>
        <translation> · letzter Check-in %1</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ConfirmPassphraseDialog</name>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation>Passphrase anzeigen</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Hide passphrase</source>
        <translation>Passphrase verbergen</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
</context>
<context>
    <name>rapport::ui::DeleteDataDialog</name>
    <message>
        <source>Delete all my data</source>
        <translation>Alle meine Daten löschen</translation>
    </message>
    <message>
        <source>Delete everything Rapport keeps about %1?</source>
        <translation>Alles löschen, was Rapport über %1 speichert?</translation>
    </message>
    <message>
        <source>This cannot be undone. If you want to keep a copy, close this and use Export my data first. Backups made earlier still contain your data until they are deleted.</source>
        <translation>Das kann nicht rückgängig gemacht werden. Wenn Sie eine Kopie behalten möchten, schließen Sie dieses Fenster und verwenden Sie zuerst „Meine Daten exportieren“. Früher erstellte Sicherungen enthalten Ihre Daten, bis sie gelöscht werden.</translation>
    </message>
    <message>
        <source>To confirm, type %1 below:</source>
        <translation>Geben Sie zur Bestätigung unten %1 ein:</translation>
    </message>
    <message>
        <source>DELETE</source>
        <translation>LÖSCHEN</translation>
    </message>
    <message>
        <source>Your data could not be deleted: %1</source>
        <translation>Ihre Daten konnten nicht gelöscht werden: %1</translation>
    </message>
</context>
<context>
    <name>rapport::ui::DesktopNotifier</name>
    <message>
        <source>Check in now</source>
        <translation>Check-in starten</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>Open Rapport</source>
        <translation>Rapport öffnen</translation>
    </message>
</context>
<context>
    <name>rapport::ui::FirstRunWizard</name>
    <message>
        <source>Welcome to Rapport</source>
        <translation>Willkommen bei Rapport</translation>
    </message>
    <message>
        <source>Rapport helps you keep an eye on how you are doing. A short Wellbeing check-in every few weeks shows your wellbeing over time, and after a session you can rate how the work with your professional is going.</source>
        <translation>Rapport hilft Ihnen, im Blick zu behalten, wie es Ihnen geht. Ein kurzer Wohlbefindens-Check-in alle paar Wochen zeigt Ihr Wohlbefinden im Zeitverlauf, und nach einem Termin können Sie bewerten, wie die Zusammenarbeit mit Ihrer Fachperson läuft.</translation>
    </message>
    <message>
        <source>&lt;b&gt;What stays private&lt;/b&gt;</source>
        <translation>&lt;b&gt;Was vertraulich bleibt&lt;/b&gt;</translation>
    </message>
    <message>
        <source>• Everything is stored encrypted on this computer, locked with a passphrase only you know.&lt;br&gt;• Your professionals see a score only if you choose to share it, and you can stop sharing at any time.&lt;br&gt;• Your employer, your manager and HR never see your individual answers or scores.</source>
        <translation>• Alles wird verschlüsselt auf diesem Computer gespeichert, geschützt durch eine Passphrase, die nur Sie kennen.&lt;br&gt;• Ihre Fachpersonen sehen einen Wert nur, wenn Sie ihn freigeben, und Sie können die Freigabe jederzeit beenden.&lt;br&gt;• Ihr Arbeitgeber, Ihre Führungskraft und die Personalabteilung sehen nie Ihre einzelnen Antworten oder Werte.</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation>Wählen Sie eine Passphrase</translation>
    </message>
    <message>
        <source>It protects your data on this computer. There is no way to recover it if you forget it, so pick something memorable.</source>
        <translation>Sie schützt Ihre Daten auf diesem Computer. Wenn Sie sie vergessen, lässt sie sich nicht wiederherstellen; wählen Sie daher etwas, das Sie sich gut merken können.</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Stärke der Passphrase</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Confirm:</source>
        <translation>&amp;Bestätigen:</translation>
    </message>
    <message>
        <source>Type the passphrase again.</source>
        <translation>Geben Sie die Passphrase erneut ein.</translation>
    </message>
    <message>
        <source>The passphrases match.</source>
        <translation>Die Passphrasen stimmen überein.</translation>
    </message>
    <message>
        <source>The passphrases do not match.</source>
        <translation>Die Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>It appears on your dashboard. It stays on this computer.</source>
        <translation>Er erscheint in Ihrer Übersicht. Er bleibt auf diesem Computer.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Rapport could not be set up: %1</source>
        <translation>Rapport konnte nicht eingerichtet werden: %1</translation>
    </message>
    <message>
        <source>Set up Rapport</source>
        <translation>Rapport einrichten</translation>
    </message>
    <message>
        <source>Start using Rapport</source>
        <translation>Rapport verwenden</translation>
    </message>
    <message>
        <source>&lt;b&gt;How do you want to use Rapport?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Wie möchten Sie Rapport nutzen?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Just for me, on this computer</source>
        <translation>&amp;Nur für mich, auf diesem Computer</translation>
    </message>
    <message>
        <source>&amp;Join my organisation: I have an invitation from its administrator</source>
        <translation>Meiner Organisation &amp;beitreten: Ich habe eine Einladung ihrer Administration</translation>
    </message>
    <message>
        <source>Open an invitation first.</source>
        <translation>Öffnen Sie zuerst eine Einladung.</translation>
    </message>
    <message>
        <source>S&amp;tart Rapport when I log in, locked in the tray, to remind me</source>
        <translation>Rapport bei der Anmeldung s&amp;tarten, gesperrt im Infobereich, um mich zu erinnern</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Start bei der Anmeldung</translation>
    </message>
    <message>
        <source>Rapport will not start when you log in: %1</source>
        <translation>Rapport wird bei der Anmeldung nicht gestartet: %1</translation>
    </message>
</context>
<context>
    <name>rapport::ui::HrBarChart</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>%1. %2.</source>
        <translation>%1. %2.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>%1: hidden</source>
        <translation>%1: verborgen</translation>
    </message>
</context>
<context>
    <name>rapport::ui::HrDashboard</name>
    <message>
        <source>Export PDF report</source>
        <translation>PDF-Bericht exportieren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Organisation overview</source>
        <translation>Überblick über die Organisation</translation>
    </message>
    <message>
        <source>Save these figures, the charts and the guide as a printable PDF</source>
        <translation>Diese Zahlen, die Diagramme und die Lesehilfe als druckbares PDF speichern</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Beteiligung</translation>
    </message>
    <message>
        <source>Employees in the programme</source>
        <translation>Mitarbeitende im Programm</translation>
    </message>
    <message numerus="yes">
        <source>Took part in the last %n days</source>
        <translation>
            <numerusform>In den letzten %n Tag teilgenommen</numerusform>
            <numerusform>In den letzten %n Tagen teilgenommen</numerusform>
        </translation>
    </message>
    <message>
        <source>Participation rate</source>
        <translation>Beteiligungsquote</translation>
    </message>
    <message>
        <source>Trends of people who answered more than once</source>
        <translation>Verlauf bei Personen, die mehr als einmal geantwortet haben</translation>
    </message>
    <message>
        <source>People with more than one answer</source>
        <translation>Personen mit mehr als einer Antwort</translation>
    </message>
    <message>
        <source>Improving</source>
        <translation>Steigend</translation>
    </message>
    <message>
        <source>Stable</source>
        <translation>Stabil</translation>
    </message>
    <message>
        <source>Declining</source>
        <translation>Sinkend</translation>
    </message>
    <message>
        <source>Direction of each person&apos;s trend</source>
        <translation>Richtung des Verlaufs jeder Person</translation>
    </message>
    <message>
        <source>Wellbeing over time</source>
        <translation>Wohlbefinden im Zeitverlauf</translation>
    </message>
    <message>
        <source>Professional Alliance</source>
        <translation>Professionelle Arbeitsbeziehung</translation>
    </message>
    <message>
        <source>Average Professional Alliance score</source>
        <translation>Durchschnittlicher Wert der Professionellen Arbeitsbeziehung</translation>
    </message>
    <message>
        <source>By team</source>
        <translation>Nach Team</translation>
    </message>
    <message>
        <source>Wellbeing by team</source>
        <translation>Wohlbefinden nach Team</translation>
    </message>
    <message>
        <source>How to read this page</source>
        <translation>So lesen Sie diese Seite</translation>
    </message>
    <message>
        <source>The organisation&apos;s figures could not be loaded: %1</source>
        <translation>Die Zahlen der Organisation konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>%1 (low)</source>
        <translation>%1 (gering)</translation>
    </message>
    <message>
        <source>%1 (dimension average)</source>
        <translation>%1 (Durchschnitt der Dimension)</translation>
    </message>
    <message>
        <source>No teams are recorded for the employees in the programme.</source>
        <translation>Für die Mitarbeitenden im Programm sind keine Teams erfasst.</translation>
    </message>
    <message>
        <source>Teams as recorded by the administrator. A team with fewer than %1 participants, or one hidden so that it cannot be worked out from the others, reads &quot;%2&quot;.</source>
        <translation>Teams, wie von der Administration erfasst. Ein Team mit weniger als %1 Teilnehmenden, oder eines, das ausgeblendet ist, damit es sich nicht aus den anderen errechnen lässt, lautet „%2“.</translation>
    </message>
    <message>
        <source>Rapport organisation report %1.pdf</source>
        <translation>Rapport Organisationsbericht %1.pdf</translation>
    </message>
    <message>
        <source>The PDF report could not be saved: %1</source>
        <translation>Der PDF-Bericht konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>PDF report saved to %1</source>
        <translation>PDF-Bericht in %1 gespeichert</translation>
    </message>
    <message>
        <source>&amp;Export PDF report…</source>
        <translation>PDF-Bericht &amp;exportieren …</translation>
    </message>
    <message>
        <source>Organisation figures</source>
        <translation>Zahlen der Organisation</translation>
    </message>
    <message>
        <source>Took part in the month (a Wellbeing Index)</source>
        <translation>Im Monat teilgenommen (ein Wohlbefindens-Index)</translation>
    </message>
    <message>
        <source>Wellbeing in the month</source>
        <translation>Wohlbefinden im Monat</translation>
    </message>
    <message>
        <source>Average of each participant&apos;s Wellbeing Index in the month</source>
        <translation>Durchschnitt des Wohlbefindens-Index jeder teilnehmenden Person im Monat</translation>
    </message>
    <message>
        <source>Participants by bracket of their score in the month</source>
        <translation>Teilnehmende nach Bereich ihres Werts im Monat</translation>
    </message>
    <message>
        <source>From your organisation&apos;s hub · %1</source>
        <translation>Vom Hub Ihrer Organisation · %1</translation>
    </message>
</context>
<context>
    <name>rapport::ui::HrMonthlyChart</name>
    <message>
        <source>Average wellbeing by month</source>
        <translation>Durchschnittliches Wohlbefinden nach Monat</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Average score</source>
        <translation>Durchschnittswert</translation>
    </message>
    <message>
        <source>%1 (%2–%3)</source>
        <translation>%1 (%2–%3)</translation>
    </message>
    <message>
        <source>Average wellbeing</source>
        <translation>Durchschnittliches Wohlbefinden</translation>
    </message>
    <message>
        <source>Average wellbeing by month: no months to show yet.</source>
        <translation>Durchschnittliches Wohlbefinden nach Monat: noch keine Monate anzuzeigen.</translation>
    </message>
    <message>
        <source>Average wellbeing by month, %1 to %2: every month is hidden (too few responses).</source>
        <translation>Durchschnittliches Wohlbefinden nach Monat, %1 bis %2: Jeder Monat ist ausgeblendet (zu wenige Antworten).</translation>
    </message>
    <message>
        <source>Average wellbeing by month, %1 to %2. Lowest %3 (%4), highest %5 (%6). Latest shown: %7.</source>
        <translation>Durchschnittliches Wohlbefinden nach Monat, %1 bis %2. Niedrigster Wert %3 (%4), höchster %5 (%6). Zuletzt gezeigt: %7.</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) with too few responses are gaps in the line.</source>
        <translation>
            <numerusform>%n Monat mit zu wenigen Antworten ist eine Lücke in der Linie.</numerusform>
            <numerusform>%n Monate mit zu wenigen Antworten sind Lücken in der Linie.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::HrMonthlyModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: average wellbeing %2 from %3 people</source>
        <translation>%1: durchschnittliches Wohlbefinden %2 von %3 Personen</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Average wellbeing</source>
        <translation>Durchschnittliches Wohlbefinden</translation>
    </message>
</context>
<context>
    <name>rapport::ui::HrTeamsModel</name>
    <message>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 people, average wellbeing %3 (%4)</source>
        <translation>%1: %2 Personen, durchschnittliches Wohlbefinden %3 (%4)</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Average wellbeing</source>
        <translation>Durchschnittliches Wohlbefinden</translation>
    </message>
    <message>
        <source>Bracket</source>
        <translation>Bereich</translation>
    </message>
</context>
<context>
    <name>rapport::ui::HubConnectionsModel</name>
    <message>
        <source>Waiting for the client</source>
        <translation>Wartet auf die Person</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Made %1, answered %2</source>
        <translation>Angelegt %1, beantwortet %2</translation>
    </message>
    <message>
        <source>Made %1</source>
        <translation>Angelegt %1</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>Fachperson</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
</context>
<context>
    <name>rapport::ui::HubInvitationsModel</name>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Verwendet</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
</context>
<context>
    <name>rapport::ui::HubOrganisationBox</name>
    <message>
        <source>Your organisation on the hub</source>
        <translation>Ihre Organisation auf dem Hub</translation>
    </message>
    <message>
        <source>Save the invitation</source>
        <translation>Einladung speichern</translation>
    </message>
    <message>
        <source>Rapport invitations (*.%1)</source>
        <translation>Rapport-Einladungen (*.%1)</translation>
    </message>
    <message>
        <source>Remove from the organisation</source>
        <translation>Aus der Organisation entfernen</translation>
    </message>
    <message>
        <source>Invite the person selected in the list to use Rapport on their own computer: the invitation is a file to hand to them privately (or its code); it works once.</source>
        <translation>Laden Sie die in der Liste ausgewählte Person ein, Rapport auf ihrem eigenen Computer zu nutzen: Die Einladung ist eine Datei, die Sie ihr vertraulich übergeben (oder deren Code); sie gilt einmal.</translation>
    </message>
    <message>
        <source>&amp;Invite the selected person…</source>
        <translation>Ausgewählte Person &amp;einladen…</translation>
    </message>
    <message>
        <source>Remove from the &amp;organisation…</source>
        <translation>Aus der &amp;Organisation entfernen…</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>Einladungen</translation>
    </message>
    <message>
        <source>&amp;Revoke the invitation</source>
        <translation>Einladung &amp;zurückziehen</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation>Einladungscode</translation>
    </message>
    <message>
        <source>The hub cannot be reached: %1</source>
        <translation>Der Hub ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>The invitations could not be read: %1</source>
        <translation>Die Einladungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Select the person to invite in the list of people first.</source>
        <translation>Wählen Sie zuerst in der Personenliste aus, wen Sie einladen möchten.</translation>
    </message>
    <message>
        <source>%1 could not be invited: %2</source>
        <translation>%1 konnte nicht eingeladen werden: %2</translation>
    </message>
    <message>
        <source>The invitation could not be saved: %1</source>
        <translation>Die Einladung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Invitation for %1 saved to %2. Hand it to them privately; it works once, until %3. Its code, to paste instead of the file, is below.</source>
        <translation>Einladung für %1 unter %2 gespeichert. Übergeben Sie sie vertraulich; sie gilt einmal, bis %3. Ihr Code, der statt der Datei eingefügt werden kann, steht unten.</translation>
    </message>
    <message>
        <source>The invitation could not be revoked: %1</source>
        <translation>Die Einladung konnte nicht zurückgezogen werden: %1</translation>
    </message>
    <message>
        <source>The invitation for %1 no longer works.</source>
        <translation>Die Einladung für %1 gilt nicht mehr.</translation>
    </message>
    <message>
        <source>Select the person to remove in the list of people first.</source>
        <translation>Wählen Sie zuerst in der Personenliste aus, wen Sie entfernen möchten.</translation>
    </message>
    <message>
        <source>Remove %1 from the organisation? Their login and everything of theirs on the hub are deleted; this cannot be undone.</source>
        <translation>%1 aus der Organisation entfernen? Die Anmeldung und alles von dieser Person auf dem Hub werden gelöscht; das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>%1 could not be removed: %2</source>
        <translation>%1 konnte nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>%1 was removed from the organisation.</source>
        <translation>%1 wurde aus der Organisation entfernt.</translation>
    </message>
    <message>
        <source>&amp;Add a person…</source>
        <translation>Person &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>%1 could not be added: %2</source>
        <translation>%1 konnte nicht hinzugefügt werden: %2</translation>
    </message>
    <message>
        <source>%1 was added to the organisation.</source>
        <translation>%1 wurde der Organisation hinzugefügt.</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>Ä&amp;ndern…</translation>
    </message>
    <message>
        <source>Rename the selected person or change their team</source>
        <translation>Die ausgewählte Person umbenennen oder ihr Team ändern</translation>
    </message>
    <message>
        <source>&amp;Smallest group HR sees:</source>
        <translation>&amp;Kleinste Gruppe, die HR sieht:</translation>
    </message>
    <message>
        <source> people</source>
        <translation> Personen</translation>
    </message>
    <message>
        <source>No HR figure stands on fewer people. A new value applies from the next month published; months already published keep theirs.</source>
        <translation>Keine HR-Zahl beruht auf weniger Personen. Ein neuer Wert gilt ab dem nächsten veröffentlichten Monat; bereits veröffentlichte Monate behalten ihren.</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>Spei&amp;chern</translation>
    </message>
    <message>
        <source>Select the person to change in the list of people first.</source>
        <translation>Wählen Sie zuerst in der Personenliste aus, wen Sie ändern möchten.</translation>
    </message>
    <message>
        <source>%1 could not be changed: %2</source>
        <translation>%1 konnte nicht geändert werden: %2</translation>
    </message>
    <message>
        <source>%1 is now %2, team %3.</source>
        <translation>%1 heißt jetzt %2, Team %3.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>The minimum group size could not be saved: %1</source>
        <translation>Die Mindestgruppengröße konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>HR figures now stand on groups of at least %1 people, from the next month published.</source>
        <translation>HR-Zahlen beruhen ab dem nächsten veröffentlichten Monat auf Gruppen von mindestens %1 Personen.</translation>
    </message>
    <message>
        <source>Connect %1</source>
        <translation>%1 verbinden</translation>
    </message>
    <message>
        <source>Choose the professional who works with %1. The connection shares nothing until %1 accepts it.</source>
        <translation>Wählen Sie die Fachperson, die mit %1 arbeitet. Die Verbindung teilt nichts, bis %1 sie annimmt.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Co&amp;nnect with a professional…</source>
        <translation>Mit einer Fachperson &amp;verbinden…</translation>
    </message>
    <message>
        <source>Select the client to connect in the list of people first.</source>
        <translation>Wählen Sie zuerst in der Personenliste den Klienten oder die Klientin aus, der oder die verbunden werden soll.</translation>
    </message>
    <message>
        <source>There is no professional in the organisation yet: add one first.</source>
        <translation>In der Organisation gibt es noch keine Fachperson: Fügen Sie zuerst eine hinzu.</translation>
    </message>
    <message>
        <source>%1 could not be connected with %2: %3</source>
        <translation>%1 konnte nicht mit %2 verbunden werden: %3</translation>
    </message>
    <message>
        <source>%1 is connected with %2. The connection shares nothing until %1 accepts it in My professionals.</source>
        <translation>%1 ist mit %2 verbunden. Die Verbindung teilt nichts, bis %1 sie unter „Meine Fachpersonen“ annimmt.</translation>
    </message>
    <message>
        <source>%1 and %2 were connected already.</source>
        <translation>%1 und %2 waren bereits verbunden.</translation>
    </message>
    <message>
        <source>Remove the connection</source>
        <translation>Verbindung entfernen</translation>
    </message>
    <message>
        <source>&amp;Invitations</source>
        <translation>&amp;Einladungen</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Remove the &amp;connection…</source>
        <translation>&amp;Verbindung entfernen…</translation>
    </message>
    <message>
        <source>The professional sees nothing more of the client from now on</source>
        <translation>Die Fachperson sieht ab sofort nichts mehr von der Person</translation>
    </message>
    <message>
        <source>Connec&amp;tions</source>
        <translation>Ver&amp;bindungen</translation>
    </message>
    <message>
        <source>The connections could not be read: %1</source>
        <translation>Die Verbindungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Select the connection to remove in the list of connections first.</source>
        <translation>Wählen Sie zuerst die zu entfernende Verbindung in der Liste der Verbindungen.</translation>
    </message>
    <message>
        <source>Remove the connection between %1 and %2? %2 sees nothing more of %1 from now on. To work together again, connect them anew and %1 accepts again.</source>
        <translation>Die Verbindung zwischen %1 und %2 entfernen? %2 sieht ab sofort nichts mehr von %1. Um wieder zusammenzuarbeiten, verbinden Sie beide neu, und %1 nimmt erneut an.</translation>
    </message>
    <message>
        <source>The connection could not be removed: %1</source>
        <translation>Die Verbindung konnte nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>%1 and %2 are no longer connected. Their computers catch up at their next sync.</source>
        <translation>%1 und %2 sind nicht mehr verbunden. Ihre Computer ziehen bei der nächsten Synchronisierung nach.</translation>
    </message>
</context>
<context>
    <name>rapport::ui::HubPasswordDialog</name>
    <message>
        <source>Hub password</source>
        <translation>Hub-Passwort</translation>
    </message>
    <message>
        <source>&lt;b&gt;The hub did not accept that password.&lt;/b&gt;&lt;br&gt;</source>
        <translation>&lt;b&gt;Der Hub hat dieses Passwort nicht akzeptiert.&lt;/b&gt;&lt;br&gt;</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisieren</translation>
    </message>
    <message>
        <source>Rapport syncs with your organisation&apos;s hub at %1 as &lt;b&gt;%2&lt;/b&gt;. Enter the hub password to sync.</source>
        <translation>Rapport synchronisiert mit dem Hub Ihrer Organisation unter %1 als &lt;b&gt;%2&lt;/b&gt;. Geben Sie das Hub-Passwort ein, um zu synchronisieren.</translation>
    </message>
    <message>
        <source>Remember in the system keychain</source>
        <translation>Im Schlüsselbund des Systems merken</translation>
    </message>
    <message>
        <source>Remembered, it is there the next time Rapport starts. Otherwise it is kept in memory only, until Rapport locks.</source>
        <translation>Gemerkt ist es beim nächsten Start von Rapport da. Sonst wird es nur im Arbeitsspeicher gehalten, bis Rapport sperrt.</translation>
    </message>
    <message>
        <source>No system keychain is available here, so the password is kept in memory only, until Rapport locks.</source>
        <translation>Hier ist kein Schlüsselbund des Systems verfügbar, daher wird das Passwort nur im Arbeitsspeicher gehalten, bis Rapport sperrt.</translation>
    </message>
</context>
<context>
    <name>rapport::ui::HubPasswordWizardPage</name>
    <message>
        <source>Your organisation password</source>
        <translation>Ihr Passwort für die Organisation</translation>
    </message>
    <message>
        <source>Choose your password for your organisation&apos;s server. It replaces the invitation&apos;s one-time secret.</source>
        <translation>Wählen Sie Ihr Passwort für den Server Ihrer Organisation. Es ersetzt das Einmal-Geheimnis der Einladung.</translation>
    </message>
    <message>
        <source>You need it when you use Rapport on another computer. It is not your passphrase: that one stays on this computer and protects your data here.</source>
        <translation>Sie brauchen es, wenn Sie Rapport auf einem anderen Computer nutzen. Es ist nicht Ihre Passphrase: Die bleibt auf diesem Computer und schützt hier Ihre Daten.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Confirm:</source>
        <translation>&amp;Bestätigen:</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters.</source>
        <translation>
            <numerusform>Mindestens %n Zeichen.</numerusform>
            <numerusform>Mindestens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the password again.</source>
        <translation>Geben Sie das Passwort noch einmal ein.</translation>
    </message>
    <message>
        <source>The passwords match.</source>
        <translation>Die Passwörter stimmen überein.</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>Die Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Rapport could not join the organisation: %1</source>
        <translation>Rapport konnte der Organisation nicht beitreten: %1</translation>
    </message>
    <message>
        <source>Remember in the system keychain</source>
        <translation>Im Schlüsselbund des Systems merken</translation>
    </message>
    <message>
        <source>Remembered, Rapport syncs without asking for it again on this computer.</source>
        <translation>Gemerkt synchronisiert Rapport auf diesem Computer, ohne erneut danach zu fragen.</translation>
    </message>
    <message>
        <source>No system keychain is available here: Rapport asks for this password when it next starts and keeps it in memory only, until it locks.</source>
        <translation>Hier ist kein Schlüsselbund des Systems verfügbar: Rapport fragt beim nächsten Start nach diesem Passwort und hält es nur im Arbeitsspeicher, bis es sperrt.</translation>
    </message>
</context>
<context>
    <name>rapport::ui::HubPersonDialog</name>
    <message>
        <source>Add a person to the organisation</source>
        <translation>Eine Person zur Organisation hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Anmeldung:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>%1 ändern</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
</context>
<context>
    <name>rapport::ui::HubSetupDialog</name>
    <message>
        <source>Create or upgrade the hub</source>
        <translation>Hub anlegen oder aktualisieren</translation>
    </message>
    <message>
        <source>The hub&apos;s CA certificate</source>
        <translation>Das CA-Zertifikat des Hubs</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>Zertifikate (*.crt *.pem *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Do this once when the hub&apos;s database is new, and again after installing a newer Rapport: it creates the hub&apos;s tables and rules, or brings them up to date. Nothing already on the hub is lost. Use the login that owns the hub&apos;s database (from whoever set up the database server); its password is used for this and not kept.</source>
        <translation>Tun Sie dies einmal, wenn die Datenbank des Hubs neu ist, und erneut nach der Installation eines neueren Rapport: Es legt die Tabellen und Regeln des Hubs an oder bringt sie auf den neuesten Stand. Nichts, was schon auf dem Hub ist, geht verloren. Verwenden Sie das Login, dem die Datenbank des Hubs gehört (von der Person, die den Datenbankserver eingerichtet hat); sein Passwort wird nur dafür verwendet und nicht gespeichert.</translation>
    </message>
    <message>
        <source>hub.example.org/rapport</source>
        <translation>hub.example.org/rapport</translation>
    </message>
    <message>
        <source>Hub &amp;address:</source>
        <translation>Hub-&amp;Adresse:</translation>
    </message>
    <message>
        <source>Not needed for a hub on this computer</source>
        <translation>Nicht nötig für einen lokalen Hub</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Wählen…</translation>
    </message>
    <message>
        <source>CA &amp;certificate:</source>
        <translation>CA-&amp;Zertifikat:</translation>
    </message>
    <message>
        <source>Owner&apos;s &amp;login:</source>
        <translation>&amp;Login des Eigentümers:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>The first administrator (only when creating the hub)</source>
        <translation>Der erste Administrator (nur beim Anlegen des Hubs)</translation>
    </message>
    <message>
        <source>The owner&apos;s login belongs to the database, not to a person: name the person who will run the organisation in Rapport. They get an invitation to open on their computer; from there they add and invite everyone else. Leave it empty to upgrade.</source>
        <translation>Das Login des Eigentümers gehört zur Datenbank, nicht zu einer Person: Nennen Sie die Person, die die Organisation in Rapport verwaltet. Sie erhält eine Einladung, die sie auf ihrem Computer öffnet; von dort fügt sie alle anderen hinzu und lädt sie ein. Zum Aktualisieren leer lassen.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Their l&amp;ogin:</source>
        <translation>Ihr L&amp;ogin:</translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation>Einladungscode</translation>
    </message>
    <message>
        <source>Create or &amp;upgrade</source>
        <translation>Anlegen oder a&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Save the invitation</source>
        <translation>Einladung speichern</translation>
    </message>
    <message>
        <source>Rapport invitations (*.%1)</source>
        <translation>Rapport-Einladungen (*.%1)</translation>
    </message>
    <message>
        <source>The hub is created: it has schema version %1.</source>
        <translation>Der Hub ist angelegt: Er hat die Schemaversion %1.</translation>
    </message>
    <message>
        <source>The hub is up to date: it has schema version %1, the newest this Rapport knows.</source>
        <translation>Der Hub ist aktuell: Er hat die Schemaversion %1, die neueste, die dieses Rapport kennt.</translation>
    </message>
    <message>
        <source>The hub is upgraded from schema version %1 to %2.</source>
        <translation>Der Hub ist von Schemaversion %1 auf %2 aktualisiert.</translation>
    </message>
    <message>
        <source>The invitation could not be saved: %1</source>
        <translation>Die Einladung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>%1 is its first administrator: hand them the invitation saved to %2 (or the code below) privately. It works once, until %3.</source>
        <translation>%1 ist sein erster Administrator: Geben Sie ihr oder ihm die unter %2 gespeicherte Einladung (oder den Code unten) vertraulich. Sie funktioniert einmal, bis %3.</translation>
    </message>
</context>
<context>
    <name>rapport::ui::InterpretationHelp</name>
    <message>
        <source>How to read these scores</source>
        <translation>So lesen Sie diese Werte</translation>
    </message>
    <message>
        <source>A score is a signal for a conversation, not a verdict.</source>
        <translation>Ein Wert ist ein Anlass für ein Gespräch, kein Urteil.</translation>
    </message>
    <message>
        <source>It shows how a client felt when they answered, in their own words on a short questionnaire. It does not diagnose anything and it does not grade you or the client. A low or falling score is a reason to ask how the work is going and what would help; a high one is worth talking about too.</source>
        <translation>Er zeigt, wie sich ein Klient beim Antworten gefühlt hat, in eigenen Worten auf einem kurzen Fragebogen. Er stellt keine Diagnose und bewertet weder Sie noch den Klienten. Ein niedriger oder sinkender Wert ist ein Anlass zu fragen, wie die Zusammenarbeit läuft und was helfen würde; auch über einen hohen Wert lohnt es sich zu sprechen.</translation>
    </message>
    <message>
        <source>is the client&apos;s view of their work with you only; other professionals&apos; surveys are never shown here. It runs from %1 to %2; higher means a stronger working alliance. Its dimensions:</source>
        <translation>ist ausschließlich die Sicht des Klienten auf die Zusammenarbeit mit Ihnen; Umfragen zu anderen Fachpersonen werden hier nie gezeigt. Sie reicht von %1 bis %2; höher bedeutet eine stärkere Arbeitsbeziehung. Ihre Dimensionen:</translation>
    </message>
    <message>
        <source>A change of %1 points or more in the alliance score is meaningful; smaller moves are within the normal ups and downs of answering. The trend is a line fitted through all surveys: it says improving or declining only once that line has moved by at least %1.</source>
        <translation>Eine Veränderung des Werts zur Arbeitsbeziehung um %1 Punkte oder mehr ist bedeutsam; kleinere Bewegungen liegen im normalen Auf und Ab beim Antworten. Der Verlauf ist eine Gerade durch alle Umfragen: Er zeigt „steigend“ oder „sinkend“ erst, wenn sich diese Gerade um mindestens %1 bewegt hat.</translation>
    </message>
    <message>
        <source>%1 %2–%3</source>
        <translation>%1 %2–%3</translation>
    </message>
    <message>
        <source>runs from %1 to %2 and describes the client&apos;s general wellbeing over the last weeks.</source>
        <translation>reicht von %1 bis %2 und beschreibt das allgemeine Wohlbefinden des Klienten in den letzten Wochen.</translation>
    </message>
    <message>
        <source>The shaded bands (%1) are guidance for where to look closer, not a diagnosis.</source>
        <translation>Die schattierten Bereiche (%1) sind eine Orientierung, wo man genauer hinsehen sollte, keine Diagnose.</translation>
    </message>
    <message>
        <source>A change of %1 points or more is meaningful.</source>
        <translation>Eine Veränderung um %1 Punkte oder mehr ist bedeutsam.</translation>
    </message>
    <message>
        <source>You see a client&apos;s scores only while they choose to share them with you. They can stop sharing at any time, and the scores leave this view at once. Asking is fine; the choice stays theirs.</source>
        <translation>Sie sehen die Werte eines Klienten nur, solange er sie Ihnen freigibt. Er kann die Freigabe jederzeit beenden, und die Werte verschwinden sofort aus dieser Ansicht. Fragen ist in Ordnung; die Entscheidung bleibt beim Klienten.</translation>
    </message>
</context>
<context>
    <name>rapport::ui::InvitationWizardPage</name>
    <message>
        <source>as a client</source>
        <translation>als Klient oder Klientin</translation>
    </message>
    <message>
        <source>as a professional</source>
        <translation>als Fachperson</translation>
    </message>
    <message>
        <source>as HR</source>
        <translation>als Personalabteilung</translation>
    </message>
    <message>
        <source>as an administrator</source>
        <translation>als Administrator oder Administratorin</translation>
    </message>
    <message>
        <source>Your invitation</source>
        <translation>Ihre Einladung</translation>
    </message>
    <message>
        <source>Your organisation&apos;s administrator sent you an invitation: a file ending in .%1, or a code starting with %2.</source>
        <translation>Die Administration Ihrer Organisation hat Ihnen eine Einladung geschickt: eine Datei mit der Endung .%1 oder einen Code, der mit %2 beginnt.</translation>
    </message>
    <message>
        <source>&amp;Open the invitation file…</source>
        <translation>Einladungsdatei ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Or &amp;paste the code:</source>
        <translation>Oder den Code &amp;einfügen:</translation>
    </message>
    <message>
        <source>Open the invitation</source>
        <translation>Einladung öffnen</translation>
    </message>
    <message>
        <source>Rapport invitations (*.%1);;All files (*)</source>
        <translation>Rapport-Einladungen (*.%1);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>your administrator</source>
        <translation>Ihre Administration</translation>
    </message>
    <message>
        <source>This invitation expired on %1. Ask %2 for a new one.</source>
        <translation>Diese Einladung ist am %1 abgelaufen. Bitten Sie %2 um eine neue.</translation>
    </message>
    <message>
        <source>Your administrator</source>
        <translation>Ihre Administration</translation>
    </message>
    <message>
        <source>%1 invited you, %2, to join your organisation on %3 %4. The invitation works once, until %5. Next you choose a passphrase for this computer and your own password for the organisation.</source>
        <translation>%1 hat Sie, %2, eingeladen, Ihrer Organisation auf %3 %4 beizutreten. Die Einladung gilt einmal, bis %5. Als Nächstes wählen Sie eine Passphrase für diesen Computer und Ihr eigenes Passwort für die Organisation.</translation>
    </message>
</context>
<context>
    <name>rapport::ui::JoinOrganisationWizard</name>
    <message>
        <source>Join an organisation</source>
        <translation>Einer Organisation beitreten</translation>
    </message>
    <message>
        <source>Open an invitation first.</source>
        <translation>Öffnen Sie zuerst eine Einladung.</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Beitreten</translation>
    </message>
</context>
<context>
    <name>rapport::ui::MainWindow</name>
    <message>
        <source>Rapport</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Rapport is locked.</source>
        <translation>Rapport ist gesperrt.</translation>
    </message>
    <message>
        <source>&amp;Rapport</source>
        <translation>&amp;Rapport</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Rapport</source>
        <translation>Über &amp;Rapport</translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation>&amp;Entsperren …</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>&amp;Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Send your changes to your organisation&apos;s hub and fetch what it has for you</source>
        <translation>Ihre Änderungen an den Hub Ihrer Organisation senden und abrufen, was er für Sie hat</translation>
    </message>
    <message>
        <source>&amp;Join an Organisation…</source>
        <translation>Einer Organisation &amp;beitreten…</translation>
    </message>
    <message>
        <source>Connect this Rapport to your organisation with an invitation from its administrator</source>
        <translation>Dieses Rapport mit einer Einladung der Administration mit Ihrer Organisation verbinden</translation>
    </message>
</context>
<context>
    <name>rapport::ui::PeopleModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>rapport::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message numerus="yes">
        <source>After %n minutes without use</source>
        <translation>
            <numerusform>Nach %n Minute ohne Nutzung</numerusform>
            <numerusform>Nach %n Minuten ohne Nutzung</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Lock Rapport:</source>
        <translation>Rapport &amp;sperren:</translation>
    </message>
    <message>
        <source>Locking closes your data and asks for the passphrase again, so nobody else at this computer can read it.</source>
        <translation>Beim Sperren werden Ihre Daten geschlossen und die Passphrase wird erneut abgefragt, damit niemand sonst an diesem Computer sie lesen kann.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>&amp;Remind me to check in after:</source>
        <translation>An den Check-in &amp;erinnern nach:</translation>
    </message>
    <message>
        <source>When your last Wellbeing check-in is older than this, the dashboard reminds you, at most once a day.</source>
        <translation>Wenn Ihr letzter Wohlbefindens-Check-in länger zurückliegt, erinnert Sie die Übersicht daran, höchstens einmal am Tag.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation>S&amp;prache:</translation>
    </message>
    <message>
        <source>Dates and numbers follow the language too. The change takes effect at once; you stay signed in.</source>
        <translation>Auch Datums- und Zahlenformate richten sich nach der Sprache. Die Änderung gilt sofort; Sie bleiben angemeldet.</translation>
    </message>
    <message>
        <source>Your preferences could not be read: %1</source>
        <translation>Ihre Einstellungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Your preferences could not be saved: %1</source>
        <translation>Ihre Einstellungen konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Quiet hours start</source>
        <translation>Beginn der Ruhezeit</translation>
    </message>
    <message>
        <source>Quiet hours end</source>
        <translation>Ende der Ruhezeit</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>&amp;Quiet hours:</source>
        <translation>&amp;Ruhezeit:</translation>
    </message>
    <message>
        <source>S&amp;tart Rapport when I log in</source>
        <translation>Rapport bei der Anmeldung s&amp;tarten</translation>
    </message>
    <message>
        <source>Rapport then waits locked in the system tray and only reminds you; opening it asks for your passphrase as usual.</source>
        <translation>Rapport wartet dann gesperrt im Infobereich und erinnert Sie nur; beim Öffnen wird wie gewohnt nach Ihrer Passphrase gefragt.</translation>
    </message>
    <message>
        <source>Starting at login could not be changed: %1</source>
        <translation>Der Start bei der Anmeldung konnte nicht geändert werden: %1</translation>
    </message>
    <message>
        <source>While Rapport is open or waiting in the tray, it reminds you with a desktop notification, but never in these hours. The same hour twice means no quiet hours.</source>
        <translation>Solange Rapport geöffnet ist oder im Infobereich wartet, erinnert es Sie mit einer Desktop-Benachrichtigung, aber nie in diesen Stunden. Zweimal dieselbe Stunde bedeutet keine Ruhezeit.</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ProfessionalClientsModel</name>
    <message>
        <source>● Sharing</source>
        <translation>● Freigegeben</translation>
    </message>
    <message>
        <source>● Sharing: alliance only</source>
        <translation>● Freigegeben: nur Arbeitsbeziehung</translation>
    </message>
    <message>
        <source>● Sharing: wellbeing only</source>
        <translation>● Freigegeben: nur Wohlbefinden</translation>
    </message>
    <message>
        <source>● Not Sharing</source>
        <translation>● Nicht freigegeben</translation>
    </message>
    <message>
        <source>%1 (request pending)</source>
        <translation>%1 (angefragt)</translation>
    </message>
    <message>
        <source>Not shared</source>
        <translation>Nicht freigegeben</translation>
    </message>
    <message>
        <source>No survey yet</source>
        <translation>Noch keine Umfrage</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>↑ improving (%1)</source>
        <translation>↑ steigend (%1)</translation>
    </message>
    <message>
        <source>→ stable</source>
        <translation>→ stabil</translation>
    </message>
    <message>
        <source>↓ declining (%1)</source>
        <translation>↓ sinkend (%1)</translation>
    </message>
    <message>
        <source>after 2 surveys</source>
        <translation>nach 2 Umfragen</translation>
    </message>
    <message>
        <source>%1 does not share any scores with you.</source>
        <translation>%1 gibt Ihnen keine Werte frei.</translation>
    </message>
    <message>
        <source>%1 does not share any scores with you yet; your request is waiting for their answer.</source>
        <translation>%1 gibt Ihnen noch keine Werte frei; Ihre Anfrage wartet auf eine Antwort.</translation>
    </message>
    <message>
        <source>%1 shares with you but has not submitted anything shared yet.</source>
        <translation>%1 gibt Ihnen Werte frei, hat aber noch nichts Freigegebenes übermittelt.</translation>
    </message>
    <message>
        <source>Last updated %1</source>
        <translation>Zuletzt aktualisiert %1</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Alliance</source>
        <translation>Arbeitsbeziehung</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>Aktualisiert</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ProfessionalView</name>
    <message>
        <source>PROFESSIONAL VIEW</source>
        <translation>FACHPERSONEN-ANSICHT</translation>
    </message>
    <message>
        <source>Your clients</source>
        <translation>Ihre Klienten</translation>
    </message>
    <message>
        <source>Alliance: the latest survey about your sessions. Scores appear only while a client shares them with you.</source>
        <translation>Arbeitsbeziehung: die letzte Umfrage zu Ihren Terminen. Werte erscheinen nur, solange ein Klient sie Ihnen freigibt.</translation>
    </message>
    <message>
        <source>No connected clients yet.</source>
        <translation>Noch keine verbundenen Klienten.</translation>
    </message>
    <message>
        <source>1 connected client, %1 sharing with you.</source>
        <translation>1 verbundener Klient, %1 mit Freigabe für Sie.</translation>
    </message>
    <message>
        <source>%1 connected clients, %2 sharing with you.</source>
        <translation>%1 verbundene Klienten, %2 mit Freigabe für Sie.</translation>
    </message>
    <message>
        <source>You have no connected clients yet. An administrator connects clients with you.</source>
        <translation>Sie haben noch keine verbundenen Klienten. Die Administration verbindet Klienten mit Ihnen.</translation>
    </message>
    <message>
        <source>Choose a client on the left to see what they share with you.</source>
        <translation>Wählen Sie links einen Klienten, um zu sehen, was er Ihnen freigibt.</translation>
    </message>
    <message>
        <source>The request could not be sent: %1</source>
        <translation>Die Anfrage konnte nicht gesendet werden: %1</translation>
    </message>
    <message>
        <source>How to read the &amp;scores</source>
        <translation>So lesen Sie die &amp;Werte</translation>
    </message>
    <message>
        <source>Client details</source>
        <translation>Angaben zum Klienten</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ProfessionalsDialog</name>
    <message>
        <source>My professionals</source>
        <translation>Meine Fachpersonen</translation>
    </message>
    <message>
        <source>The professionals you work with</source>
        <translation>Die Fachpersonen, mit denen Sie arbeiten</translation>
    </message>
    <message>
        <source>Add the therapists, coaches and counsellors you have sessions with, so you can rate how the work with each of them is going. They see your scores only while you share them.</source>
        <translation>Fügen Sie die Therapeutinnen und Therapeuten, Coaches und Beratenden hinzu, bei denen Sie Termine haben, damit Sie bewerten können, wie die Zusammenarbeit mit ihnen läuft. Sie sehen Ihre Werte nur, solange Sie sie freigeben.</translation>
    </message>
    <message>
        <source>Your professionals</source>
        <translation>Ihre Fachpersonen</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen …</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen …</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Entfernen …</translation>
    </message>
    <message>
        <source>You have not added a professional yet.</source>
        <translation>Sie haben noch keine Fachperson hinzugefügt.</translation>
    </message>
    <message>
        <source>Add a professional</source>
        <translation>Fachperson hinzufügen</translation>
    </message>
    <message>
        <source>Name of the professional:</source>
        <translation>Name der Fachperson:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Rename a professional</source>
        <translation>Fachperson umbenennen</translation>
    </message>
    <message>
        <source>New name for %1:</source>
        <translation>Neuer Name für %1:</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation>%1 entfernen?</translation>
    </message>
    <message>
        <source>Remove %1 from your professionals?</source>
        <translation>%1 aus Ihren Fachpersonen entfernen?</translation>
    </message>
    <message>
        <source>%1 will no longer see any of your scores, and you will no longer rate sessions with them. Your past surveys about %1 stay with you: they remain in your history and in your exports.</source>
        <translation>%1 sieht dann keine Ihrer Werte mehr, und Sie bewerten keine Termine mehr mit dieser Person. Ihre bisherigen Umfragen zu %1 bleiben bei Ihnen: in Ihrem Verlauf und in Ihren Exporten.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>%1 could not be removed: %2</source>
        <translation>%1 konnte nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>%1 has been connected with you by your organisation. If you accept, %1 sees the scores you share; until then, nothing of you.</source>
        <translation>Ihre Organisation hat %1 mit Ihnen verbunden. Wenn Sie annehmen, sieht %1 die Werte, die Sie freigeben; bis dahin nichts von Ihnen.</translation>
    </message>
    <message>
        <source>You declined the connection with %1: they see nothing of you.</source>
        <translation>Sie haben die Verbindung mit %1 abgelehnt: %1 sieht nichts von Ihnen.</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <source>Accept the connection with %1</source>
        <translation>Die Verbindung mit %1 annehmen</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Decline the connection with %1</source>
        <translation>Die Verbindung mit %1 ablehnen</translation>
    </message>
    <message>
        <source>Your answer could not be saved: %1</source>
        <translation>Ihre Antwort konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>rapport::ui::QuestionnaireDialog</name>
    <message>
        <source>Time frame: %1</source>
        <translation>Zeitraum: %1</translation>
    </message>
    <message>
        <source>How is this measured?</source>
        <translation>Wie wird das gemessen?</translation>
    </message>
    <message>
        <source>No description of the method is available.</source>
        <translation>Es ist keine Beschreibung der Methode verfügbar.</translation>
    </message>
    <message>
        <source>From %1 (%2) to %3 (%4)</source>
        <translation>Von %1 (%2) bis %3 (%4)</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Statement %1: %2</source>
        <translation>Aussage %1: %2</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>Noch nicht beantwortet</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Absenden</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Your answer: %1</source>
        <translation>Ihre Antwort: %1</translation>
    </message>
    <message>
        <source>All statements answered. You can submit now.</source>
        <translation>Alle Aussagen beantwortet. Sie können jetzt absenden.</translation>
    </message>
    <message>
        <source>%1 of %2 statements answered.</source>
        <translation>%1 von %2 Aussagen beantwortet.</translation>
    </message>
    <message>
        <source>Hide how this is measured</source>
        <translation>Messmethode ausblenden</translation>
    </message>
    <message>
        <source>Not answered yet. %1.</source>
        <translation>Noch nicht beantwortet. %1.</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Aussagen</translation>
    </message>
    <message>
        <source>Your answer: %1 of %2, %3.</source>
        <translation>Ihre Antwort: %1 von %2, %3.</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ScoreSeriesModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>rapport::ui::SessionController</name>
    <message>
        <source>The questionnaires could not be loaded: %1</source>
        <translation>Die Fragebögen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>The demo could not be prepared: %1</source>
        <translation>Die Demo konnte nicht vorbereitet werden: %1</translation>
    </message>
    <message>
        <source>Demo data: the passphrase is %1</source>
        <translation>Demodaten: Die Passphrase lautet %1</translation>
    </message>
    <message>
        <source>Nobody is set up yet</source>
        <translation>Noch niemand ist eingerichtet</translation>
    </message>
    <message>
        <source>This Rapport data has no people in it. Use rapport-cli to add people.</source>
        <translation>In diesen Rapport-Daten gibt es keine Personen. Fügen Sie mit rapport-cli Personen hinzu.</translation>
    </message>
    <message>
        <source>Who is using Rapport?</source>
        <translation>Wer verwendet Rapport?</translation>
    </message>
    <message>
        <source>Choose yourself from the list.</source>
        <translation>Wählen Sie sich aus der Liste aus.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>The demo has nobody in the %1 role.</source>
        <translation>In der Demo hat niemand die Rolle %1.</translation>
    </message>
    <message>
        <source>This person is not here</source>
        <translation>Diese Person ist nicht vorhanden</translation>
    </message>
    <message>
        <source>Nobody with the id %1 is in this Rapport data. Check the id with rapport-cli person list, then start Rapport again.</source>
        <translation>In diesen Rapport-Daten gibt es niemanden mit der ID %1. Prüfen Sie die ID mit rapport-cli person list und starten Sie Rapport dann neu.</translation>
    </message>
    <message>
        <source>This person cannot open the %1 mode</source>
        <translation>Diese Person kann den Modus %1 nicht öffnen</translation>
    </message>
    <message>
        <source>%1 is set up as %2, not as %3, so Rapport does not open the %3 mode for them. Start Rapport with --mode %4 instead, or without --mode to choose who is using Rapport.</source>
        <translation>%1 ist als %2 eingerichtet, nicht als %3, daher öffnet Rapport den Modus %3 für diese Person nicht. Starten Sie Rapport stattdessen mit --mode %4 oder ohne --mode, um auszuwählen, wer Rapport verwendet.</translation>
    </message>
    <message>
        <source>Rapport — %1</source>
        <translation>Rapport — %1</translation>
    </message>
    <message>
        <source>Rapport — Professional view — %1</source>
        <translation>Rapport — Fachpersonen-Ansicht — %1</translation>
    </message>
    <message>
        <source>Rapport — HR view — %1</source>
        <translation>Rapport — HR-Ansicht — %1</translation>
    </message>
    <message>
        <source>Rapport — Administration — %1</source>
        <translation>Rapport — Administration — %1</translation>
    </message>
    <message>
        <source>%1 (demo)</source>
        <translation>%1 (Demo)</translation>
    </message>
    <message>
        <source>Rapport — demo</source>
        <translation>Rapport — Demo</translation>
    </message>
    <message>
        <source>Rapport</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Automatic backup written: %1</source>
        <translation>Automatische Sicherung geschrieben: %1</translation>
    </message>
    <message>
        <source>Automatic backup failed: %1</source>
        <translation>Automatische Sicherung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Rapport cannot start</source>
        <translation>Rapport kann nicht starten</translation>
    </message>
    <message>
        <source>The passphrase file %1 cannot be read.</source>
        <translation>Die Passphrase-Datei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Rapport is locked.</source>
        <translation>Rapport ist gesperrt.</translation>
    </message>
    <message>
        <source>Rapport was locked; unlock it and try again.</source>
        <translation>Rapport wurde gesperrt; entsperren Sie es und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Connecting to your organisation&apos;s hub…</source>
        <translation>Verbindung zum Hub Ihrer Organisation wird hergestellt …</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ShareRequestBanner</name>
    <message>
        <source>Share</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>Turns sharing of this score on for all of your professionals.</source>
        <translation>Gibt diesen Wert für alle Ihre Fachpersonen frei.</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>Hides this request until tomorrow. Nothing is shared and the request is not answered.</source>
        <translation>Blendet diese Anfrage bis morgen aus. Es wird nichts freigegeben und die Anfrage bleibt unbeantwortet.</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Answers no. You can still turn sharing on later under Sharing.</source>
        <translation>Antwortet mit Nein. Sie können die Freigabe später unter „Freigabe“ trotzdem einschalten.</translation>
    </message>
</context>
<context>
    <name>rapport::ui::SharingDialog</name>
    <message>
        <source>Sharing</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Not Sharing</source>
        <translation>Nicht freigegeben</translation>
    </message>
    <message>
        <source>Share your scores with your professionals</source>
        <translation>Ihre Werte für Ihre Fachpersonen freigeben</translation>
    </message>
    <message>
        <source>Share my Professional Alliance score</source>
        <translation>Meinen Wert zur Professionellen Arbeitsbeziehung freigeben</translation>
    </message>
    <message>
        <source>Share my Wellbeing score</source>
        <translation>Meinen Wohlbefindens-Wert freigeben</translation>
    </message>
    <message>
        <source>Sharing lets the professionals you work with see this score, so you can talk about how things are going. It is off until you turn it on. A choice applies to all of your professionals at once, and you can change it at any time: turning it off hides the score from them straight away. Your organisation, your manager and HR never see your individual results, only anonymous totals for the whole programme.</source>
        <translation>Mit einer Freigabe sehen die Fachpersonen, mit denen Sie arbeiten, diesen Wert, damit Sie darüber sprechen können, wie es läuft. Sie ist aus, bis Sie sie einschalten. Eine Entscheidung gilt für alle Ihre Fachpersonen zugleich, und Sie können sie jederzeit ändern: Schalten Sie sie aus, ist der Wert sofort nicht mehr für sie sichtbar. Ihre Organisation, Ihre Führungskraft und die Personalabteilung sehen nie Ihre einzelnen Ergebnisse, nur anonyme Gesamtzahlen für das ganze Programm.</translation>
    </message>
    <message>
        <source>Your sharing history</source>
        <translation>Ihr Freigabeverlauf</translation>
    </message>
    <message>
        <source>Sharing history</source>
        <translation>Freigabeverlauf</translation>
    </message>
    <message>
        <source>Your choice could not be saved: %1</source>
        <translation>Ihre Entscheidung konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>rapport::ui::SharingLogModel</name>
    <message>
        <source>Professional Alliance</source>
        <translation>Professionelle Arbeitsbeziehung</translation>
    </message>
    <message>
        <source>Wellbeing Score</source>
        <translation>Wohlbefindens-Wert</translation>
    </message>
    <message>
        <source>Started sharing</source>
        <translation>Freigabe begonnen</translation>
    </message>
    <message>
        <source>Stopped sharing</source>
        <translation>Freigabe beendet</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>A professional</source>
        <translation>Eine Fachperson</translation>
    </message>
    <message>
        <source>Connection with %1</source>
        <translation>Verbindung mit %1</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
</context>
<context>
    <name>rapport::ui::SubmissionLogModel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Fragebogen</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>Fachperson</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>rapport::ui::SyncController</name>
    <message>
        <source>The hub password could not be remembered in the system keychain: %1</source>
        <translation>Das Hub-Passwort konnte nicht im Schlüsselbund des Systems gemerkt werden: %1</translation>
    </message>
</context>
<context>
    <name>rapport::ui::TrayController</name>
    <message>
        <source>Open Rapport</source>
        <translation>Rapport öffnen</translation>
    </message>
    <message>
        <source>Check in now</source>
        <translation>Jetzt einchecken</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Rapport</source>
        <translation>Rapport</translation>
    </message>
</context>
<context>
    <name>rapport::ui::TrendChart</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>%1 (%2–%3)</source>
        <translation>%1 (%2–%3)</translation>
    </message>
    <message>
        <source>%1
%2: %3</source>
        <translation>%1
%2: %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: no results yet</source>
        <translation>%1: noch keine Ergebnisse</translation>
    </message>
    <message>
        <source>improving</source>
        <translation>steigend</translation>
    </message>
    <message>
        <source>stable</source>
        <translation>stabil</translation>
    </message>
    <message>
        <source>declining</source>
        <translation>sinkend</translation>
    </message>
    <message>
        <source>no trend yet</source>
        <translation>noch kein Verlauf</translation>
    </message>
    <message>
        <source>%1: latest %2 on %3, %4 (number of results: %5)</source>
        <translation>%1: zuletzt %2 am %3, %4 (Anzahl der Ergebnisse: %5)</translation>
    </message>
    <message>
        <source>%1: no results yet.</source>
        <translation>%1: noch keine Ergebnisse.</translation>
    </message>
    <message>
        <source>%1. %2.</source>
        <translation>%1. %2.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>rapport::ui::UnlockDialog</name>
    <message>
        <source>Unlock Rapport</source>
        <translation>Rapport entsperren</translation>
    </message>
    <message>
        <source>Your data is encrypted. Enter your passphrase to open it.</source>
        <translation>Ihre Daten sind verschlüsselt. Geben Sie Ihre Passphrase ein, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Show or hide the passphrase</source>
        <translation>Passphrase anzeigen oder verbergen</translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation>Passphrase anzeigen</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Hide passphrase</source>
        <translation>Passphrase verbergen</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>That passphrase is not correct. Check Caps Lock and try again.</source>
        <translation>Diese Passphrase ist nicht richtig. Prüfen Sie die Feststelltaste und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>This Rapport data is already open in another Rapport window. Close it there, then try again.</source>
        <translation>Diese Rapport-Daten sind bereits in einem anderen Rapport-Fenster geöffnet. Schließen Sie sie dort und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Wird entsperrt…</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>Wird entsperrt</translation>
    </message>
</context>
</TS>
