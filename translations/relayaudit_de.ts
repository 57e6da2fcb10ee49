<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>CompliancePdf</name>
    <message>
        <source>the report is not signed</source>
        <translation>der Bericht ist nicht signiert</translation>
    </message>
    <message>
        <source>Data retention compliance report</source>
        <translation>Compliance-Bericht zur Datenaufbewahrung</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Retention inventory</source>
        <translation>Aufbewahrungsinventar</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Relay Audit</source>
        <translation>Relay Audit</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>every check passes</source>
        <translation>alle Prüfungen bestanden</translation>
    </message>
    <message>
        <source>some checks fail</source>
        <translation>einige Prüfungen nicht bestanden</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>BESTANDEN</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>NICHT BESTANDEN</translation>
    </message>
    <message>
        <source>Purges in the last 30 days</source>
        <translation>Löschungen in den letzten 30 Tagen</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algorithmus</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerabdruck</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Öffentlicher Schlüssel</translation>
    </message>
    <message>
        <source>This PDF renders the signed report %1. To check that report, run &quot;relayaudit-cli retention verify-report %1&quot;; compare the fingerprint with &quot;relayaudit-cli workspace info&quot; of the workspace.</source>
        <translation>Dieses PDF stellt den signierten Bericht %1 dar. Um diesen Bericht zu prüfen, führen Sie &quot;relayaudit-cli retention verify-report %1&quot; aus; vergleichen Sie den Fingerabdruck mit der Ausgabe von &quot;relayaudit-cli workspace info&quot; für den Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Exports in the last 30 days</source>
        <translation>Exporte in den letzten 30 Tagen</translation>
    </message>
    <message>
        <source>%1 exports, %2 rows. Exported files are outside the encrypted workspace by design and are not among the checked files.</source>
        <translation>%1 Exporte, %2 Zeilen. Exportierte Dateien liegen konstruktionsbedingt außerhalb des verschlüsselten Arbeitsbereichs und gehören nicht zu den geprüften Dateien.</translation>
    </message>
    <message>
        <source>Report cache</source>
        <translation>Berichts-Cache</translation>
    </message>
    <message>
        <source>Delivery log</source>
        <translation>Zustellprotokoll</translation>
    </message>
    <message>
        <source>Setup Audit Trail</source>
        <translation>Setup Audit Trail</translation>
    </message>
    <message>
        <source>Short links and clicks</source>
        <translation>Kurzlinks und Klicks</translation>
    </message>
    <message>
        <source>Scheduler bookings</source>
        <translation>Scheduler-Buchungen</translation>
    </message>
</context>
<context>
    <name>FilterOptions</name>
    <message>
        <source>Only this pull.</source>
        <translation>Nur dieser Abruf.</translation>
    </message>
    <message>
        <source>First UTC day (YYYY-MM-DD).</source>
        <translation>Erster UTC-Tag (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Last UTC day (YYYY-MM-DD).</source>
        <translation>Letzter UTC-Tag (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Only this sending number (as the provider writes it).</source>
        <translation>Nur diese Absendernummer (so, wie der Anbieter sie schreibt).</translation>
    </message>
    <message>
        <source>Only this 10DLC campaign id (&quot;&quot; for none).</source>
        <translation>Nur diese 10DLC-Kampagnen-ID (&quot;&quot; für keine).</translation>
    </message>
    <message>
        <source>Only this 10DLC brand id (&quot;&quot; for none).</source>
        <translation>Nur diese 10DLC-Marken-ID (&quot;&quot; für keine).</translation>
    </message>
    <message>
        <source>Only this provider status (delivered, undelivered, ...).</source>
        <translation>Nur dieser Anbieterstatus (delivered, undelivered, ...).</translation>
    </message>
    <message>
        <source>outbound or inbound.</source>
        <translation>outbound oder inbound.</translation>
    </message>
    <message>
        <source>sms, mms or whatsapp.</source>
        <translation>sms, mms oder whatsapp.</translation>
    </message>
    <message>
        <source>--pull takes a pull id, not &apos;%1&apos;</source>
        <translation>--pull erwartet eine Abruf-ID, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--%1 takes a date as YYYY-MM-DD, not &apos;%2&apos;</source>
        <translation>--%1 erwartet ein Datum im Format YYYY-MM-DD, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <source>--from (%1) is after --to (%2)</source>
        <translation>--from (%1) liegt nach --to (%2)</translation>
    </message>
    <message>
        <source>--direction takes outbound or inbound, not &apos;%1&apos;</source>
        <translation>--direction erwartet outbound oder inbound, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--channel takes sms, mms or whatsapp, not &apos;%1&apos;</source>
        <translation>--channel erwartet sms, mms oder whatsapp, nicht &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <source>(no date)</source>
        <translation>(kein Datum)</translation>
    </message>
    <message>
        <source>UTC days, %1 to %2</source>
        <translation>UTC-Tage, %1 bis %2</translation>
    </message>
    <message>
        <source>Segments per UTC day, by status</source>
        <translation>Segmente pro UTC-Tag, nach Status</translation>
    </message>
    <message>
        <source>Messages per UTC day, by status</source>
        <translation>Nachrichten pro UTC-Tag, nach Status</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>Delivery rate per UTC day</source>
        <translation>Zustellrate pro UTC-Tag</translation>
    </message>
    <message>
        <source>Delivered / (delivered + undelivered + failed)</source>
        <translation>Zugestellt / (zugestellt + nicht zugestellt + fehlgeschlagen)</translation>
    </message>
    <message>
        <source>%1: %2% delivered (%3 of %4 final)</source>
        <translation>%1: %2 % zugestellt (%3 von %4 mit Endstatus)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>%1: %2 (%3% of messages)</source>
        <translation>%1: %2 (%3 % der Nachrichten)</translation>
    </message>
    <message>
        <source>Messaging services: %1</source>
        <translation>Messaging-Dienste: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n other(s)</source>
        <translation>
            <numerusform>Sonstige (%n)</numerusform>
            <numerusform>Sonstige (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other(s): %1</source>
        <translation>
            <numerusform>Sonstige (%n): %1</numerusform>
            <numerusform>Sonstige (%n): %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Messages by segment count</source>
        <translation>Nachrichten nach Segmentanzahl</translation>
    </message>
    <message>
        <source>Segments per message</source>
        <translation>Segmente pro Nachricht</translation>
    </message>
    <message>
        <source>1 segment: %1 messages</source>
        <translation>1 Segment: %1 Nachrichten</translation>
    </message>
    <message>
        <source>%1 segments: %2 messages</source>
        <translation>%1 Segmente: %2 Nachrichten</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <source>Share %</source>
        <translation>Anteil %</translation>
    </message>
    <message>
        <source>Messaging services</source>
        <translation>Messaging-Dienste</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marke</translation>
    </message>
    <message>
        <source>Sending gateway</source>
        <translation>Sende-Gateway</translation>
    </message>
    <message>
        <source>Segments per message</source>
        <translation>Segmente pro Nachricht</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Fehlercode</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>What it usually means</source>
        <translation>Übliche Bedeutung</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more row(s); the CSV and JSON exports have them all.</source>
        <translation>
            <numerusform>… und %n weitere Zeile; die CSV- und JSON-Exporte enthalten alle Zeilen.</numerusform>
            <numerusform>… und %n weitere Zeilen; die CSV- und JSON-Exporte enthalten alle Zeilen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Segments by campaign</source>
        <translation>Segmente nach Kampagne</translation>
    </message>
    <message>
        <source>Segments by brand</source>
        <translation>Segmente nach Marke</translation>
    </message>
    <message>
        <source>Segments by sending gateway</source>
        <translation>Segmente nach Sende-Gateway</translation>
    </message>
    <message>
        <source>%1 to %2 (UTC days)</source>
        <translation>%1 bis %2 (UTC-Tage)</translation>
    </message>
    <message>
        <source>all cached days</source>
        <translation>alle Tage im Cache</translation>
    </message>
    <message>
        <source>Messaging usage report</source>
        <translation>Bericht zur Messaging-Nutzung</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>(not named)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Generated by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <source>sending gateway</source>
        <translation>Sende-Gateway</translation>
    </message>
    <message>
        <source>messaging service</source>
        <translation>Messaging-Dienst</translation>
    </message>
    <message>
        <source>campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>brand</source>
        <translation>Marke</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>one channel</source>
        <translation>ein Kanal</translation>
    </message>
    <message>
        <source>inbound only</source>
        <translation>nur eingehend</translation>
    </message>
    <message>
        <source>outbound only</source>
        <translation>nur ausgehend</translation>
    </message>
    <message>
        <source>Narrowed to: %1.</source>
        <translation>Eingeschränkt auf: %1.</translation>
    </message>
    <message>
        <source>What this report contains</source>
        <translation>Was dieser Bericht enthält</translation>
    </message>
    <message>
        <source>Counts of messages and segments from the provider&apos;s usage records, by day, status, campaign, brand, sending gateway, segment count and error code. Days are UTC, counted on the date a message was sent (created, when it was not sent).</source>
        <translation>Anzahl der Nachrichten und Segmente aus den Nutzungsdatensätzen des Anbieters, nach Tag, Status, Kampagne, Marke, Sende-Gateway, Segmentanzahl und Fehlercode. Tage sind UTC-Tage, gezählt nach dem Sendedatum einer Nachricht (bzw. nach dem Erstellungsdatum, wenn sie nicht gesendet wurde).</translation>
    </message>
    <message>
        <source>What this report does not contain</source>
        <translation>Was dieser Bericht nicht enthält</translation>
    </message>
    <message>
        <source>No message bodies and no recipient phone numbers. Relay Audit never stores either: usage records keep only ids, the client&apos;s own sending numbers, statuses, segment counts, timestamps, campaign and brand ids, error codes and prices.</source>
        <translation>Keine Nachrichtentexte und keine Telefonnummern von Empfängern. Relay Audit speichert beides nie: Nutzungsdatensätze enthalten nur IDs, die eigenen Absendernummern des Kunden, Status, Segmentanzahlen, Zeitstempel, Kampagnen- und Marken-IDs, Fehlercodes und Preise.</translation>
    </message>
    <message>
        <source>Volume and delivery</source>
        <translation>Volumen und Zustellung</translation>
    </message>
    <message>
        <source>By status</source>
        <translation>Nach Status</translation>
    </message>
    <message>
        <source>No messages.</source>
        <translation>Keine Nachrichten.</translation>
    </message>
    <message>
        <source>Campaigns and brands (10DLC)</source>
        <translation>Kampagnen und Marken (10DLC)</translation>
    </message>
    <message>
        <source>Sending gateways</source>
        <translation>Sende-Gateways</translation>
    </message>
    <message>
        <source>Segments and errors</source>
        <translation>Segmente und Fehler</translation>
    </message>
    <message>
        <source>Top error codes</source>
        <translation>Häufigste Fehlercodes</translation>
    </message>
    <message>
        <source>No message had an error code.</source>
        <translation>Keine Nachricht hatte einen Fehlercode.</translation>
    </message>
    <message>
        <source>Messaging usage report: %1</source>
        <translation>Bericht zur Messaging-Nutzung: %1</translation>
    </message>
</context>
<context>
    <name>RetentionLookup</name>
    <message>
        <source>the recipient number</source>
        <translation>die Empfängernummer</translation>
    </message>
    <message>
        <source>the message text</source>
        <translation>der Nachrichtentext</translation>
    </message>
    <message>
        <source>the Salesforce record the message was sent from</source>
        <translation>der Salesforce-Datensatz, aus dem die Nachricht gesendet wurde</translation>
    </message>
</context>
<context>
    <name>RetentionVerifier</name>
    <message>
        <source>Every table and column is in the retention inventory</source>
        <translation>Jede Tabelle und Spalte ist im Aufbewahrungsinventar erfasst</translation>
    </message>
    <message>
        <source>No phone number where none may be</source>
        <translation>Keine Telefonnummer, wo keine sein darf</translation>
    </message>
    <message>
        <source>No message text</source>
        <translation>Kein Nachrichtentext</translation>
    </message>
    <message>
        <source>IP addresses only with link clicks</source>
        <translation>IP-Adressen nur bei Link-Klicks</translation>
    </message>
    <message>
        <source>No calendar event details</source>
        <translation>Keine Details zu Kalenderereignissen</translation>
    </message>
    <message>
        <source>Nothing kept past its retention</source>
        <translation>Nichts über die Aufbewahrungsfrist hinaus gespeichert</translation>
    </message>
    <message>
        <source>Recipient hashes are well-formed and of a known scheme</source>
        <translation>Empfänger-Hashes sind wohlgeformt und folgen einem bekannten Schema</translation>
    </message>
    <message>
        <source>Encrypted and private at rest</source>
        <translation>Im Ruhezustand verschlüsselt und privat</translation>
    </message>
    <message>
        <source>No secret outside the keychain</source>
        <translation>Kein Geheimnis außerhalb des Schlüsselbunds</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Relay Audit, the messaging compliance console.</source>
        <translation>Relay Audit, die Messaging-Compliance-Konsole.</translation>
    </message>
    <message>
        <source>Open the demo workspace (passphrase %1).</source>
        <translation>Den Demo-Arbeitsbereich öffnen (Passphrase %1).</translation>
    </message>
    <message>
        <source>Open the workspace in &lt;dir&gt;.</source>
        <translation>Den Arbeitsbereich in &lt;dir&gt; öffnen.</translation>
    </message>
    <message>
        <source>relayaudit-cli: note: the last Relay Audit run stopped unexpectedly (signal %1); no memory dump was written and the workspace stays encrypted.</source>
        <translation>relayaudit-cli: Hinweis: Der letzte Lauf von Relay Audit wurde unerwartet beendet (Signal %1); es wurde kein Speicherabbild geschrieben, und der Arbeitsbereich bleibt verschlüsselt.</translation>
    </message>
    <message>
        <source>Save the window to &lt;png&gt; once it has settled, then quit.</source>
        <translation>Das Fenster nach &lt;png&gt; speichern, sobald es vollständig aufgebaut ist, und dann beenden.</translation>
    </message>
    <message>
        <source>Show &lt;page&gt; first: deliveries, reports, retention, access or activity.</source>
        <translation>&lt;page&gt; zuerst anzeigen: deliveries, reports, retention, access oder activity.</translation>
    </message>
    <message>
        <source>relayaudit: unknown page &apos;%1&apos;; one of: %2</source>
        <translation>relayaudit: unbekannte Seite &apos;%1&apos;; möglich sind: %2</translation>
    </message>
    <message>
        <source>Relay Audit stopped unexpectedly last time (signal %1). No memory dump was written, so no key or decrypted data was left on disk, and the workspace stays encrypted. If it happens again, tell support what you were doing; do not send workspace files.</source>
        <translation>Relay Audit wurde beim letzten Mal unerwartet beendet (Signal %1). Es wurde kein Speicherabbild geschrieben, daher sind weder Schlüssel noch entschlüsselte Daten auf dem Datenträger verblieben, und der Arbeitsbereich bleibt verschlüsselt. Falls dies erneut passiert, teilen Sie dem Support mit, was Sie gerade getan haben; senden Sie keine Dateien des Arbeitsbereichs.</translation>
    </message>
    <message>
        <source>relayaudit-cli: waiting for another process (the app or relayaudit-cli) to finish writing to the workspace…</source>
        <translation>relayaudit-cli: warte darauf, dass ein anderer Prozess (die App oder relayaudit-cli) das Schreiben in den Arbeitsbereich beendet…</translation>
    </message>
    <message>
        <source>Waiting for another process (the app or relayaudit-cli) to finish writing to the workspace…</source>
        <translation>Warte darauf, dass ein anderer Prozess (die App oder relayaudit-cli) das Schreiben in den Arbeitsbereich beendet…</translation>
    </message>
    <message>
        <source>After the unexpected stop, the workspace check found damage: see Retention &gt; Files.</source>
        <translation>Nach dem unerwarteten Ende hat die Prüfung des Arbeitsbereichs Schäden gefunden: siehe Aufbewahrung &gt; Dateien.</translation>
    </message>
    <message>
        <source>Open the Deliveries page and find &lt;value&gt;: an SMS record id, a provider message id, a batch id or a phone number, told apart by their shape.</source>
        <translation>Die Seite Zustellungen öffnen und &lt;value&gt; suchen: eine SMS-Datensatz-ID, eine Nachrichten-ID des Anbieters, eine Batch-ID oder eine Telefonnummer, an ihrer Form erkannt.</translation>
    </message>
</context>
<context>
    <name>relay::cli::AccessCommand</name>
    <message>
        <source>Subscriber-access sessions from the Salesforce Setup Audit Trail: import, review.</source>
        <translation>Abonnenten-Zugriffssitzungen aus dem Salesforce Setup Audit Trail: importieren, überprüfen.</translation>
    </message>
    <message>
        <source>access takes: staff | import | pull | sessions | grant | hours | review</source>
        <translation>access erwartet: staff | import | pull | sessions | grant | hours | review</translation>
    </message>
    <message>
        <source>The action.</source>
        <translation>Die Aktion.</translation>
    </message>
    <message>
        <source>add, remove or list</source>
        <translation>add, remove oder list</translation>
    </message>
    <message>
        <source>A staff member&apos;s Salesforce username.</source>
        <translation>Der Salesforce-Benutzername eines Mitarbeiters.</translation>
    </message>
    <message>
        <source>A username domain every staff member has.</source>
        <translation>Eine Benutzernamen-Domain, die alle Mitarbeiter haben.</translation>
    </message>
    <message>
        <source>access staff takes: add | remove | list</source>
        <translation>access staff erwartet: add | remove | list</translation>
    </message>
    <message>
        <source>No vendor staff configured: no session can be found.</source>
        <translation>Keine Herstellermitarbeiter konfiguriert: Es kann keine Sitzung gefunden werden.</translation>
    </message>
    <message>
        <source>CSV downloads or JSON query pages.</source>
        <translation>CSV-Downloads oder JSON-Abfrageseiten.</translation>
    </message>
    <message>
        <source>The client org these rows come from.</source>
        <translation>Die Kunden-Org, aus der diese Zeilen stammen.</translation>
    </message>
    <message>
        <source>The CSV&apos;s time zone (IANA).</source>
        <translation>Die Zeitzone der CSV-Datei (IANA).</translation>
    </message>
    <message>
        <source>The CSV&apos;s dates read D/M/YYYY.</source>
        <translation>Die Datumsangaben der CSV-Datei lauten D/M/YYYY.</translation>
    </message>
    <message>
        <source>access import needs --org NAME and at least one file</source>
        <translation>access import benötigt --org NAME und mindestens eine Datei</translation>
    </message>
    <message>
        <source>--timezone: &apos;%1&apos; is not an IANA time zone (e.g. America/Los_Angeles)</source>
        <translation>--timezone: &apos;%1&apos; ist keine IANA-Zeitzone (z. B. America/Los_Angeles)</translation>
    </message>
    <message>
        <source>Read %1 audit-trail rows from %2 file(s) for %3; %4 new.</source>
        <translation>%1 Audit-Trail-Zeilen aus %2 Datei(en) für %3 gelesen; %4 neu.</translation>
    </message>
    <message>
        <source>The client org.</source>
        <translation>Die Kunden-Org.</translation>
    </message>
    <message>
        <source>The org&apos;s login URL.</source>
        <translation>Die Anmelde-URL der Org.</translation>
    </message>
    <message>
        <source>First UTC day (default: 180 days back, what the trail keeps).</source>
        <translation>Erster UTC-Tag (Standard: 180 Tage zurück, so lange bewahrt der Trail Einträge auf).</translation>
    </message>
    <message>
        <source>--since takes YYYY-MM-DD</source>
        <translation>--since erwartet YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Pulled %1 audit-trail rows for %2; %3 new.</source>
        <translation>%1 Audit-Trail-Zeilen für %2 abgerufen; %3 neu.</translation>
    </message>
    <message>
        <source>Only this org.</source>
        <translation>Nur diese Org.</translation>
    </message>
    <message>
        <source>Only sessions with a flag.</source>
        <translation>Nur markierte Sitzungen.</translation>
    </message>
    <message>
        <source>A session with no logout closes after this gap (default 2).</source>
        <translation>Eine Sitzung ohne Abmeldung endet nach dieser Leerlaufzeit in Stunden (Standard 2).</translation>
    </message>
    <message>
        <source>Flag sessions with more changes than this (default 50).</source>
        <translation>Sitzungen mit mehr Änderungen als diesem Wert markieren (Standard 50).</translation>
    </message>
    <message>
        <source>--idle-hours takes a number of hours from 0 to 72</source>
        <translation>--idle-hours erwartet eine Stundenzahl von 0 bis 72</translation>
    </message>
    <message>
        <source>--many takes a whole number</source>
        <translation>--many erwartet eine ganze Zahl</translation>
    </message>
    <message>
        <source>#%1  %2  %3 as %4  %5 → %6 (%7 min)  %8 change(s)</source>
        <translation>#%1  %2  %3 als %4  %5 → %6 (%7 Min.)  %8 Änderung(en)</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>no logout</source>
        <translation>keine Abmeldung</translation>
    </message>
    <message>
        <source>sections: %1</source>
        <translation>Bereiche: %1</translation>
    </message>
    <message>
        <source>flags: %1</source>
        <translation>Markierungen: %1</translation>
    </message>
    <message>
        <source>under no grant</source>
        <translation>ohne Freigabe</translation>
    </message>
    <message>
        <source>under the %1</source>
        <translation>unter %1</translation>
    </message>
    <message>
        <source>%1 by %2: %3</source>
        <translation>%1 von %2: %3</translation>
    </message>
    <message>
        <source>No sessions.</source>
        <translation>Keine Sitzungen.</translation>
    </message>
    <message>
        <source>access grant add --org NAME --by USERNAME --from ISO-TIME [--until ISO-TIME]: an access grant entered by hand where the trail has none; access grant list [--org NAME].</source>
        <translation>access grant add --org NAME --by USERNAME --from ISO-TIME [--until ISO-TIME]: eine von Hand eingetragene Zugriffsfreigabe, wo der Trail keine enthält; access grant list [--org NAME].</translation>
    </message>
    <message>
        <source>add or list</source>
        <translation>add oder list</translation>
    </message>
    <message>
        <source>Who granted it.</source>
        <translation>Wer sie erteilt hat.</translation>
    </message>
    <message>
        <source>Start (ISO 8601, UTC unless it says).</source>
        <translation>Beginn (ISO 8601, UTC, sofern nicht anders angegeben).</translation>
    </message>
    <message>
        <source>Expiry (ISO 8601); none: open-ended.</source>
        <translation>Ablauf (ISO 8601); ohne Angabe: unbefristet.</translation>
    </message>
    <message>
        <source>access grant takes: add | list</source>
        <translation>access grant erwartet: add | list</translation>
    </message>
    <message>
        <source>access grant add needs --org, --by and --from (and --until, if given) as ISO 8601 times</source>
        <translation>access grant add benötigt --org, --by und --from (sowie --until, falls angegeben) als ISO-8601-Zeitangaben</translation>
    </message>
    <message>
        <source>%1  %2 grant by %3  %4 → %5</source>
        <translation>%1  %2-Freigabe von %3  %4 → %5</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>unbefristet</translation>
    </message>
    <message>
        <source>access hours --org NAME --timezone ZONE --from HH:MM --to HH:MM: the org&apos;s business hours (Monday to Friday); sessions with activity outside them are flagged after-hours.</source>
        <translation>access hours --org NAME --timezone ZONE --from HH:MM --to HH:MM: die Geschäftszeiten der Org (Montag bis Freitag); Sitzungen mit Aktivität außerhalb dieser Zeiten werden als after-hours markiert.</translation>
    </message>
    <message>
        <source>The org&apos;s time zone (IANA).</source>
        <translation>Die Zeitzone der Org (IANA).</translation>
    </message>
    <message>
        <source>Start of the day, HH:MM.</source>
        <translation>Beginn des Tages, HH:MM.</translation>
    </message>
    <message>
        <source>End of the day, HH:MM.</source>
        <translation>Ende des Tages, HH:MM.</translation>
    </message>
    <message>
        <source>%1: business hours %2 to %3, %4, Monday to Friday.</source>
        <translation>%1: Geschäftszeiten %2 bis %3, %4, Montag bis Freitag.</translation>
    </message>
    <message>
        <source>access review ID --org NAME --status reviewed|escalated --note TEXT: records a review of a session; the activity log gets the session, the status and a digest of the note.</source>
        <translation>access review ID --org NAME --status reviewed|escalated --note TEXT: erfasst eine Überprüfung einer Sitzung; das Aktivitätsprotokoll erhält die Sitzung, den Status und einen Hash der Notiz.</translation>
    </message>
    <message>
        <source>The session id (access sessions shows it).</source>
        <translation>Die Sitzungs-ID (access sessions zeigt sie an).</translation>
    </message>
    <message>
        <source>reviewed or escalated</source>
        <translation>reviewed oder escalated</translation>
    </message>
    <message>
        <source>Why.</source>
        <translation>Begründung.</translation>
    </message>
    <message>
        <source>access review needs a session id, --org and --status reviewed|escalated</source>
        <translation>access review benötigt eine Sitzungs-ID, --org und --status reviewed|escalated</translation>
    </message>
    <message>
        <source>Session %1 marked %2.</source>
        <translation>Sitzung %1 als %2 markiert.</translation>
    </message>
    <message>
        <source>access sessions [--org NAME] [--flagged] [--idle-hours N] [--many N] [--sensitive FILE] [--json]: the subscriber-access sessions of vendor staff, with their flags and reviews.</source>
        <translation>access sessions [--org NAME] [--flagged] [--idle-hours N] [--many N] [--sensitive FILE] [--json]: die Abonnenten-Zugriffssitzungen von Herstellermitarbeitern, mit ihren Markierungen und Überprüfungen.</translation>
    </message>
    <message>
        <source>Sensitive sections from this file instead of the built-in list (same JSON form).</source>
        <translation>Sensible Bereiche aus dieser Datei statt aus der integrierten Liste (gleiches JSON-Format).</translation>
    </message>
    <message>
        <source>access staff add|remove (--user USERNAME | --domain DOMAIN | --publisher NAME), access staff list: who counts as vendor staff when they appear as the Delegate User (or log in as someone); --publisher names the vendor&apos;s package publisher as the trail writes it (e.g. &quot;Mogli Technologies&quot;), so that only its login-access grants count.</source>
        <translation>access staff add|remove (--user USERNAME | --domain DOMAIN | --publisher NAME), access staff list: wer als Mitarbeiter des Herstellers gilt, wenn er als Delegate User erscheint (oder sich als eine andere Person anmeldet); --publisher gibt den Paket-Publisher des Herstellers so an, wie der Trail ihn schreibt (z. B. &quot;Mogli Technologies&quot;), damit nur dessen Anmeldezugriffsfreigaben zählen.</translation>
    </message>
    <message>
        <source>The vendor&apos;s package publisher.</source>
        <translation>Der Paket-Publisher des Herstellers.</translation>
    </message>
    <message>
        <source>access staff %1 needs exactly one of --user, --domain and --publisher</source>
        <translation>access staff %1 benötigt genau eine der Optionen --user, --domain und --publisher</translation>
    </message>
    <message>
        <source>JWT bearer flow: the aud claim.</source>
        <translation>JWT-Bearer-Flow: der aud-Claim.</translation>
    </message>
    <message>
        <source> %1 older than the access retention were not stored.</source>
        <translation> %1 davon waren älter als die Aufbewahrungsfrist für Zugriffsdaten und wurden nicht gespeichert.</translation>
    </message>
    <message>
        <source>no session %1 in %2 (&apos;access sessions&apos; lists them)</source>
        <translation>keine Sitzung %1 in %2 (&apos;access sessions&apos; listet sie auf)</translation>
    </message>
    <message>
        <source>Usage: relayaudit-cli access &lt;action&gt; [options]

Actions:
  staff     Who counts as vendor staff: users, domains, the package publisher.
  import    Import Setup Audit Trail rows from the downloaded CSV or saved REST pages.
  pull      Query the Setup Audit Trail through the REST API and import it.
  sessions  Vendor staff&apos;s subscriber-access sessions, with flags and reviews.
  grant     Access grants entered by hand where the trail has none.
  hours     An org&apos;s business hours, for the after-hours flag.
  review    Record a review of a session.
</source>
        <translation>Aufruf: relayaudit-cli access &lt;action&gt; [options]

Aktionen:
  staff     Wer als Mitarbeiter des Herstellers gilt: Benutzer, Domains, der Paket-Publisher.
  import    Zeilen des Setup Audit Trail aus der heruntergeladenen CSV-Datei oder gespeicherten REST-Seiten importieren.
  pull      Den Setup Audit Trail über die REST-API abfragen und importieren.
  sessions  Abonnenten-Zugriffssitzungen von Herstellermitarbeitern, mit Markierungen und Überprüfungen.
  grant     Von Hand eingetragene Zugriffsfreigaben, wo der Trail keine enthält.
  hours     Die Geschäftszeiten einer Org, für die Markierung after-hours.
  review    Eine Überprüfung einer Sitzung erfassen.
</translation>
    </message>
    <message>
        <source>access import FILE... --org NAME [--timezone ZONE] [--day-first]: imports Setup Audit Trail rows, from the CSV the Setup page downloads (its times are in the downloading user&apos;s Salesforce time zone: a US zone&apos;s abbreviation (PST, EDT, ...), UTC or GMT on every time fixes it; otherwise name it with --timezone, e.g. America/Los_Angeles; --day-first when dates read D/M/YYYY) or from saved REST query pages on SetupAuditTrail (JSON; several pages of one query at once). Re-importing adds nothing twice; a malformed row stops its file with the line, and nothing of that file is stored.</source>
        <translation>access import FILE... --org NAME [--timezone ZONE] [--day-first]: importiert Zeilen des Setup Audit Trail, entweder aus der CSV-Datei, die die Setup-Seite herunterlädt (ihre Zeiten liegen in der Salesforce-Zeitzone des herunterladenden Benutzers: die Abkürzung einer US-Zeitzone (PST, EDT, ...), UTC oder GMT an jeder Zeit legt sie fest; andernfalls nennen Sie sie mit --timezone, z. B. America/Los_Angeles; --day-first, wenn Datumsangaben als D/M/YYYY zu lesen sind), oder aus gespeicherten REST-Abfrageseiten zu SetupAuditTrail (JSON; mehrere Seiten einer Abfrage auf einmal). Ein erneuter Import fügt nichts doppelt hinzu; eine fehlerhafte Zeile bricht den Import ihrer Datei unter Angabe der Zeile ab, und von dieser Datei wird nichts gespeichert.</translation>
    </message>
    <message>
        <source>access pull --org NAME [--instance-url URL] [--since YYYY-MM-DD]: queries SetupAuditTrail through the REST API (all pages) and imports the rows. The session: the org as &apos;engine org add&apos; registered it, with its keychain secrets; or, for an org not registered, the Salesforce environment variables of &apos;engine writeback&apos; (refresh-token or JWT bearer flow) with --instance-url as its login URL.</source>
        <translation>access pull --org NAME [--instance-url URL] [--since YYYY-MM-DD]: fragt SetupAuditTrail über die REST-API ab (alle Seiten) und importiert die Zeilen. Die Sitzung: die Org, wie &apos;engine org add&apos; sie registriert hat, mit ihren Geheimnissen aus dem Schlüsselbund; für eine nicht registrierte Org die Salesforce-Umgebungsvariablen von &apos;engine writeback&apos; (Refresh-Token- oder JWT-Bearer-Flow) mit --instance-url als Login-URL.</translation>
    </message>
    <message>
        <source>access pull needs --org NAME, and --instance-url http(s)://… for an org &apos;engine org add&apos; has not registered</source>
        <translation>access pull braucht --org NAME und, für eine Org, die &apos;engine org add&apos; nicht registriert hat, --instance-url http(s)://…</translation>
    </message>
</context>
<context>
    <name>relay::cli::BreakdownCommand</name>
    <message>
        <source>Messages and segments by sender, status, day, campaign, brand, error, segments, direction or channel.</source>
        <translation>Nachrichten und Segmente nach Absender, Status, Tag, Kampagne, Marke, Fehler, Segmenten, Richtung oder Kanal.</translation>
    </message>
    <message>
        <source>Counts messages and segments of every live pull (or one) by a dimension. Days are UTC, keyed on date_sent (date_created when unsent).</source>
        <translation>Zählt Nachrichten und Segmente aller aktiven Abrufe (oder eines einzelnen) nach einer Dimension. Tage sind UTC-Tage, bezogen auf date_sent (date_created, wenn nicht gesendet).</translation>
    </message>
    <message>
        <source>unknown dimension &apos;%1&apos;</source>
        <translation>unbekannte Dimension &apos;%1&apos;</translation>
    </message>
    <message>
        <source>breakdown needs --by</source>
        <translation>breakdown benötigt --by</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>total</source>
        <translation>gesamt</translation>
    </message>
    <message>
        <source>sender, status, day, campaign, brand, error, segments, direction, channel, service or provider</source>
        <translation>sender, status, day, campaign, brand, error, segments, direction, channel, service oder provider</translation>
    </message>
    <message>
        <source>Prints CSV (with shares, and the descriptions of error codes).</source>
        <translation>Gibt CSV aus (mit Anteilen und den Beschreibungen der Fehlercodes).</translation>
    </message>
</context>
<context>
    <name>relay::cli::Cli</name>
    <message>
        <source>Usage: relayaudit-cli [--workspace DIR] [--json] &lt;command&gt; [options]

Relay Audit&apos;s headless console. Secrets come from the system keychain or the
environment (RELAYAUDIT_PASSPHRASE), never from the command line.

Global options:
  --workspace DIR  The workspace directory (default: %1).
  --json           Machine-readable output.
  -h, --help       This help; &apos;relayaudit-cli COMMAND --help&apos; for a command&apos;s.
  -v, --version    The version.

Commands:
</source>
        <translation>Aufruf: relayaudit-cli [--workspace DIR] [--json] &lt;command&gt; [options]

Die Konsole von Relay Audit ohne grafische Oberfläche. Geheimnisse stammen aus dem
Schlüsselbund des Systems oder aus der Umgebung (RELAYAUDIT_PASSPHRASE), niemals
von der Befehlszeile.

Globale Optionen:
  --workspace DIR  Das Arbeitsbereichsverzeichnis (Standard: %1).
  --json           Maschinenlesbare Ausgabe.
  -h, --help       Diese Hilfe; &apos;relayaudit-cli COMMAND --help&apos; für die Hilfe eines Befehls.
  -v, --version    Die Version.

Befehle:
</translation>
    </message>
    <message>
        <source>
Exit codes: 0 success, 1 failure, 2 bad arguments, 3 wrong or missing passphrase/key.
</source>
        <translation>
Exit-Codes: 0 Erfolg, 1 Fehler, 2 ungültige Argumente, 3 Passphrase/Schlüssel falsch oder fehlend.
</translation>
    </message>
    <message>
        <source>The workspace directory.</source>
        <translation>Das Arbeitsbereichsverzeichnis.</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>Maschinenlesbare Ausgabe.</translation>
    </message>
    <message>
        <source>Shows this help.</source>
        <translation>Zeigt diese Hilfe an.</translation>
    </message>
    <message>
        <source>Shows the version.</source>
        <translation>Zeigt die Version an.</translation>
    </message>
    <message>
        <source>relayaudit-cli: %1</source>
        <translation>relayaudit-cli: %1</translation>
    </message>
    <message>
        <source>Run &apos;relayaudit-cli --help&apos; for usage.</source>
        <translation>Führen Sie &apos;relayaudit-cli --help&apos; aus, um die Verwendung anzuzeigen.</translation>
    </message>
    <message>
        <source>relayaudit-cli: --workspace needs a directory</source>
        <translation>relayaudit-cli: --workspace benötigt ein Verzeichnis</translation>
    </message>
    <message>
        <source>relayaudit-cli: unknown command &apos;%1&apos;</source>
        <translation>relayaudit-cli: unbekannter Befehl &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Run &apos;relayaudit-cli --help&apos; for the list of commands.</source>
        <translation>Führen Sie &apos;relayaudit-cli --help&apos; aus, um die Liste der Befehle anzuzeigen.</translation>
    </message>
</context>
<context>
    <name>relay::cli::Command</name>
    <message>
        <source>relayaudit-cli: error: %1</source>
        <translation>relayaudit-cli: Fehler: %1</translation>
    </message>
    <message>
        <source>relayaudit-cli: %1</source>
        <translation>relayaudit-cli: %1</translation>
    </message>
    <message>
        <source>Run &apos;relayaudit-cli %1 --help&apos; for usage.</source>
        <translation>Führen Sie &apos;relayaudit-cli %1 --help&apos; aus, um die Verwendung anzuzeigen.</translation>
    </message>
    <message>
        <source>Shows this help.</source>
        <translation>Zeigt diese Hilfe an.</translation>
    </message>
    <message>
        <source>Prints machine-readable JSON.</source>
        <translation>Gibt maschinenlesbares JSON aus.</translation>
    </message>
    <message>
        <source>no workspace at %1; create one with &apos;relayaudit-cli --workspace %1 workspace init&apos;</source>
        <translation>kein Arbeitsbereich unter %1; erstellen Sie einen mit &apos;relayaudit-cli --workspace %1 workspace init&apos;</translation>
    </message>
    <message>
        <source>Passphrase for %1: </source>
        <translation>Passphrase für %1: </translation>
    </message>
    <message>
        <source>relayaudit-cli: warning: the activity log was not updated: %1</source>
        <translation>relayaudit-cli: Warnung: Das Aktivitätsprotokoll wurde nicht aktualisiert: %1</translation>
    </message>
    <message>
        <source>The org&apos;s login URL (default https://login.salesforce.com).</source>
        <translation>Die Anmelde-URL der Org (Standard https://login.salesforce.com).</translation>
    </message>
    <message>
        <source>JWT bearer flow: the aud claim (default: the login URL; https://test.salesforce.com for a sandbox org).</source>
        <translation>JWT-Bearer-Flow: der aud-Claim (Standard: die Anmelde-URL; https://test.salesforce.com für eine Sandbox-Org).</translation>
    </message>
    <message>
        <source>--login-url takes an http(s) URL, not &apos;%1&apos;</source>
        <translation>--login-url erwartet eine http(s)-URL, nicht &apos;%1&apos;</translation>
    </message>
    <message numerus="yes">
        <source>relayaudit-cli: note: after the unexpected stop, every page of the workspace was checked: %n page(s), all intact.</source>
        <translation>
            <numerusform>relayaudit-cli: Hinweis: nach dem unerwarteten Ende wurde jede Seite des Arbeitsbereichs geprüft: %n Seite, unversehrt.</numerusform>
            <numerusform>relayaudit-cli: Hinweis: nach dem unerwarteten Ende wurde jede Seite des Arbeitsbereichs geprüft: %n Seiten, alle unversehrt.</numerusform>
        </translation>
    </message>
    <message>
        <source>page %1 (%2)</source>
        <translation>Seite %1 (%2)</translation>
    </message>
    <message>
        <source>after the unexpected stop, the workspace check found damage: %1; see &apos;relayaudit-cli workspace check&apos;</source>
        <translation>nach dem unerwarteten Ende hat die Prüfung des Arbeitsbereichs Schäden gefunden: %1; siehe &apos;relayaudit-cli workspace check&apos;</translation>
    </message>
    <message>
        <source>; this workspace&apos;s key is in the system keychain: start or unlock it and try again</source>
        <translation>; der Schlüssel dieses Arbeitsbereichs liegt im Systemschlüsselbund: starten oder entsperren Sie ihn und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>The client org, as &apos;engine org add&apos; registered it: its login URL, audience and keychain secrets.</source>
        <translation>Die Kunden-Org, wie &apos;engine org add&apos; sie registriert hat: ihre Login-URL, Audience und Geheimnisse im Schlüsselbund.</translation>
    </message>
    <message>
        <source>org %1 is not registered: register it with &apos;engine org add&apos;</source>
        <translation>Org %1 ist nicht registriert: registrieren Sie sie mit &apos;engine org add&apos;</translation>
    </message>
    <message>
        <source>Search an engine&apos;s PostgreSQL log (a libpq connection string), read-only, instead of this workspace&apos;s; its password from RELAYAUDIT_ENGINE_DB_PASSWORD. Default: RELAYAUDIT_ENGINE_DSN. The lookup is still recorded in this workspace&apos;s activity log.</source>
        <translation>Das PostgreSQL-Protokoll einer Engine durchsuchen (eine libpq-Verbindungszeichenfolge), nur lesend, statt des Protokolls dieses Arbeitsbereichs; das Passwort aus RELAYAUDIT_ENGINE_DB_PASSWORD. Standard: RELAYAUDIT_ENGINE_DSN. Die Suche wird weiterhin im Aktivitätsprotokoll dieses Arbeitsbereichs vermerkt.</translation>
    </message>
    <message>
        <source>relayaudit-cli: %1 %2</source>
        <translation>relayaudit-cli: %1 %2</translation>
    </message>
    <message>
        <source>The engine&apos;s PostgreSQL (a libpq connection string, e.g. &quot;host=db.example dbname=relay user=relay_engine sslrootcert=/etc/relayaudit/db-ca.crt&quot;), which every worker of a deployment shares, instead of this workspace; its password from RELAYAUDIT_ENGINE_DB_PASSWORD or PGPASSFILE. Default: RELAYAUDIT_ENGINE_DSN.</source>
        <translation>Die PostgreSQL-Datenbank der Engine (ein libpq-Verbindungsstring, z. B. &quot;host=db.example dbname=relay user=relay_engine sslrootcert=/etc/relayaudit/db-ca.crt&quot;), die alle Worker einer Installation teilen, statt dieses Arbeitsbereichs; ihr Passwort aus RELAYAUDIT_ENGINE_DB_PASSWORD oder PGPASSFILE. Standard: RELAYAUDIT_ENGINE_DSN.</translation>
    </message>
</context>
<context>
    <name>relay::cli::CredentialsCommand</name>
    <message>
        <source>set or remove</source>
        <translation>set oder remove</translation>
    </message>
    <message>
        <source>The Twilio Account SID (default: TWILIO_ACCOUNT_SID).</source>
        <translation>Die Twilio Account SID (Standard: TWILIO_ACCOUNT_SID).</translation>
    </message>
    <message>
        <source>a Twilio Account SID (AC…) is needed: --account or TWILIO_ACCOUNT_SID</source>
        <translation>eine Twilio Account SID (AC…) wird benötigt: --account oder TWILIO_ACCOUNT_SID</translation>
    </message>
    <message>
        <source>Removed the %1 credentials from the system keychain.</source>
        <translation>Die %1-Zugangsdaten wurden aus dem Schlüsselbund des Systems entfernt.</translation>
    </message>
    <message>
        <source>Telnyx API key: </source>
        <translation>Telnyx-API-Schlüssel: </translation>
    </message>
    <message>
        <source>Twilio auth token for %1: </source>
        <translation>Twilio-Auth-Token für %1: </translation>
    </message>
    <message>
        <source>Stored the %1 credentials in the system keychain.</source>
        <translation>Die %1-Zugangsdaten wurden im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>Keep provider credentials and org logins in the system keychain instead of the environment.</source>
        <translation>Anbieter-Zugangsdaten und Org-Logins im Systemschlüsselbund statt in der Umgebung aufbewahren.</translation>
    </message>
    <message>
        <source>twilio, telnyx or salesforce</source>
        <translation>twilio, telnyx oder salesforce</translation>
    </message>
    <message>
        <source>credentials takes: set|remove twilio|telnyx|salesforce</source>
        <translation>credentials erwartet: set|remove twilio|telnyx|salesforce</translation>
    </message>
    <message>
        <source>Removed the %1 from the system keychain.</source>
        <translation>Entfernt aus dem Systemschlüsselbund: %1.</translation>
    </message>
    <message>
        <source>Stored the %1 in the system keychain.</source>
        <translation>Im Systemschlüsselbund gespeichert: %1.</translation>
    </message>
    <message>
        <source>credentials set|remove twilio|telnyx|salesforce: stores (or removes) provider credentials, or the Salesforce secrets of an org &apos;engine org add&apos; registered, in the system keychain. Twilio&apos;s secret comes from TWILIO_AUTH_TOKEN (or TWILIO_API_KEY and TWILIO_API_SECRET), Telnyx&apos;s from TELNYX_API_KEY, else it is typed with echo off; an org&apos;s from the SALESFORCE_* variables. Never from an argument.</source>
        <translation>credentials set|remove twilio|telnyx|salesforce: speichert (oder entfernt) Anbieter-Zugangsdaten oder die Salesforce-Geheimnisse einer von &apos;engine org add&apos; registrierten Org im Systemschlüsselbund. Das Geheimnis für Twilio kommt aus TWILIO_AUTH_TOKEN (oder TWILIO_API_KEY und TWILIO_API_SECRET), das für Telnyx aus TELNYX_API_KEY, sonst wird es ohne Echo eingegeben; das einer Org aus den SALESFORCE_*-Variablen. Nie aus einem Argument.</translation>
    </message>
    <message>
        <source>credentials set|remove salesforce needs --org NAME</source>
        <translation>credentials set|remove salesforce braucht --org NAME</translation>
    </message>
    <message>
        <source>Salesforce secrets of org %1</source>
        <translation>Salesforce-Geheimnisse der Org %1</translation>
    </message>
</context>
<context>
    <name>relay::cli::DeliveriesCommand</name>
    <message>
        <source>Find logged deliveries by SMS record, provider message, batch or recipient number (hashed).</source>
        <translation>Protokollierte Zustellungen nach SMS-Datensatz, Anbieter-Nachricht, Batch oder Empfängernummer (gehasht) suchen.</translation>
    </message>
    <message>
        <source>The action.</source>
        <translation>Die Aktion.</translation>
    </message>
    <message>
        <source>A Salesforce SMS record id.</source>
        <translation>Eine Salesforce-SMS-Datensatz-ID.</translation>
    </message>
    <message>
        <source>A provider message id.</source>
        <translation>Eine Nachrichten-ID des Anbieters.</translation>
    </message>
    <message>
        <source>A batch group id.</source>
        <translation>Eine Batch-Gruppen-ID.</translation>
    </message>
    <message>
        <source>deliveries takes the action &apos;find&apos;</source>
        <translation>deliveries erwartet die Aktion &apos;find&apos;</translation>
    </message>
    <message>
        <source>deliveries find needs exactly one of --sms-record, --provider-id, --batch and --phone</source>
        <translation>deliveries find benötigt genau eine der Optionen --sms-record, --provider-id, --batch und --phone</translation>
    </message>
    <message>
        <source>No delivery in the log matches.</source>
        <translation>Keine passende Zustellung im Protokoll.</translation>
    </message>
    <message numerus="yes">
        <source>SMS record %1  batch %2  gateway %3  %4 %5  %n segment(s)</source>
        <translation>
            <numerusform>SMS-Datensatz %1  Batch %2  Gateway %3  %4 %5  %n Segment</numerusform>
            <numerusform>SMS-Datensatz %1  Batch %2  Gateway %3  %4 %5  %n Segmente</numerusform>
        </translation>
    </message>
    <message>
        <source>(not accepted)</source>
        <translation>(nicht angenommen)</translation>
    </message>
    <message>
        <source>, error %1</source>
        <translation>, Fehler %1</translation>
    </message>
    <message>
        <source>  status %1%2; write-back %3; recipient %4</source>
        <translation>  Status %1%2; Rückschreiben %3; Empfänger %4</translation>
    </message>
    <message>
        <source>Show at most this many deliveries (default 1000; 0 shows all).</source>
        <translation>Höchstens so viele Zustellungen zeigen (Standard 1000; 0 zeigt alle).</translation>
    </message>
    <message>
        <source>--limit takes a whole number of deliveries, 0 for all, not &apos;%1&apos;</source>
        <translation>--limit erwartet eine ganze Zahl von Zustellungen, 0 für alle, nicht &apos;%1&apos;</translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %n deliveries; more match (--limit 0 shows all).</source>
        <translation>
            <numerusform>Die erste Zustellung wird gezeigt; weitere passen (--limit 0 zeigt alle).</numerusform>
            <numerusform>Die ersten %n Zustellungen werden gezeigt; weitere passen (--limit 0 zeigt alle).</numerusform>
        </translation>
    </message>
    <message>
        <source>(message id not known yet)</source>
        <translation>(Nachrichten-ID noch unbekannt)</translation>
    </message>
    <message>
        <source>  org %1</source>
        <translation>  Org %1</translation>
    </message>
    <message>
        <source>  write-back refused: %1</source>
        <translation>  Rückschreiben abgelehnt: %1</translation>
    </message>
    <message>
        <source>Incoming to gateway %1  %2 %3  SMS record %4</source>
        <translation>Eingehend an Gateway %1  %2 %3  SMS-Datensatz %4</translation>
    </message>
    <message>
        <source>(not created)</source>
        <translation>(nicht angelegt)</translation>
    </message>
    <message>
        <source>created</source>
        <translation>angelegt</translation>
    </message>
    <message>
        <source>given up</source>
        <translation>aufgegeben</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>  received %1; record %2; sender %3</source>
        <translation>  empfangen %1; Datensatz %2; Absender %3</translation>
    </message>
    <message numerus="yes">
        <source>  not created (%n attempt(s)): %1</source>
        <translation>
            <numerusform>  nicht angelegt (%n Versuch): %1</numerusform>
            <numerusform>  nicht angelegt (%n Versuche): %1</numerusform>
        </translation>
    </message>
    <message>
        <source>deliveries find (--sms-record ID | --provider-id ID | --batch ID | --phone NUMBER)
Shows each delivery&apos;s status timeline, error code, segments and write-back state, outgoing messages and incoming ones (replies, with the SMS record the engine created for each). A phone number is normalised and hashed in memory; the log is searched by the hash (a recipient&apos;s, or a reply&apos;s sender&apos;s) and the number is kept nowhere.</source>
        <translation>deliveries find (--sms-record ID | --provider-id ID | --batch ID | --phone NUMMER)
Zeigt für jede Zustellung den Statusverlauf, Fehlercode, Segmente und den Rückschreibstatus, ausgehende und eingehende Nachrichten (Antworten, mit dem SMS-Datensatz, den die Engine dafür angelegt hat). Eine Telefonnummer wird im Speicher normalisiert und gehasht; das Protokoll wird über den Hash durchsucht (eines Empfängers oder des Absenders einer Antwort), und die Nummer wird nirgends gespeichert.</translation>
    </message>
    <message>
        <source>A recipient&apos;s or a sender&apos;s number.</source>
        <translation>Die Nummer eines Empfängers oder Absenders.</translation>
    </message>
</context>
<context>
    <name>relay::cli::EngineCommand</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und noch %n</numerusform>
            <numerusform>und noch %n</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown engine action &apos;%1&apos;</source>
        <translation>unbekannte engine-Aktion &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Counts the SMS segments of a text as providers bill them: GSM-7 (160 characters, 153 per part; extension characters cost two) or UCS-2 (70, 67 per part) when any character is outside GSM-7. Shows which characters forced UCS-2 or cost two. The text is not stored or logged.</source>
        <translation>Zählt die SMS-Segmente eines Textes so, wie Anbieter sie abrechnen: GSM-7 (160 Zeichen, 153 pro Teil; Zeichen der Erweiterungstabelle zählen doppelt) oder UCS-2 (70, 67 pro Teil), sobald ein Zeichen außerhalb von GSM-7 liegt. Zeigt, welche Zeichen UCS-2 erzwungen haben oder doppelt zählen. Der Text wird weder gespeichert noch protokolliert.</translation>
    </message>
    <message>
        <source>The text.</source>
        <translation>Der Text.</translation>
    </message>
    <message>
        <source>Read the text from a file (UTF-8).</source>
        <translation>Den Text aus einer Datei lesen (UTF-8).</translation>
    </message>
    <message>
        <source>engine segments needs exactly one of --text and --text-file</source>
        <translation>engine segments benötigt genau eine der Optionen --text und --text-file</translation>
    </message>
    <message>
        <source>Encoding: %1</source>
        <translation>Kodierung: %1</translation>
    </message>
    <message>
        <source>Segments: %1</source>
        <translation>Segmente: %1</translation>
    </message>
    <message>
        <source>Septets: %1 (parts: %2; a single part holds %3, each part of a longer message %4)</source>
        <translation>Septette: %1 (Teile: %2; ein einzelner Teil fasst %3, jeder Teil einer längeren Nachricht %4)</translation>
    </message>
    <message>
        <source>UTF-16 units: %1 (parts: %2; a single part holds %3, each part of a longer message %4)</source>
        <translation>UTF-16-Einheiten: %1 (Teile: %2; ein einzelner Teil fasst %3, jeder Teil einer längeren Nachricht %4)</translation>
    </message>
    <message>
        <source>Forced UCS-2 (not in GSM-7): %1</source>
        <translation>UCS-2 erzwungen durch (nicht in GSM-7): %1</translation>
    </message>
    <message>
        <source>Cost two septets (GSM-7 extension table): %1</source>
        <translation>Zählen als zwei Septette (GSM-7-Erweiterungstabelle): %1</translation>
    </message>
    <message>
        <source>The messaging engine: gateways, sends, status callbacks, segment counts.</source>
        <translation>Die Messaging-Engine: Gateways, Sendungen, Status-Callbacks, Segmentanzahlen.</translation>
    </message>
    <message>
        <source>add, list or remove</source>
        <translation>add, list oder remove</translation>
    </message>
    <message>
        <source>twilio or telnyx</source>
        <translation>twilio oder telnyx</translation>
    </message>
    <message>
        <source>Twilio Account SID; Telnyx messaging profile id.</source>
        <translation>Twilio Account SID; Telnyx-Messaging-Profil-ID.</translation>
    </message>
    <message>
        <source>Twilio messaging service to send through.</source>
        <translation>Twilio-Messaging-Dienst, über den gesendet wird.</translation>
    </message>
    <message>
        <source>engine gateway takes add, list or remove</source>
        <translation>engine gateway erwartet add, list oder remove</translation>
    </message>
    <message>
        <source>engine gateway %1 takes one gateway address</source>
        <translation>engine gateway %1 erwartet genau eine Gateway-Adresse</translation>
    </message>
    <message>
        <source>No gateways. Add one with &apos;engine gateway add ADDRESS --provider twilio --account AC…&apos;.</source>
        <translation>Keine Gateways. Fügen Sie eines mit &apos;engine gateway add ADDRESS --provider twilio --account AC…&apos; hinzu.</translation>
    </message>
    <message>
        <source>Added gateway %1.</source>
        <translation>Gateway %1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Removed gateway %1.</source>
        <translation>Gateway %1 entfernt.</translation>
    </message>
    <message>
        <source>Shows, or sets, the region numbers without a country code are read in (US, GB, …).</source>
        <translation>Zeigt oder setzt die Region, nach der Nummern ohne Ländervorwahl interpretiert werden (US, GB, …).</translation>
    </message>
    <message>
        <source>A region code.</source>
        <translation>Ein Regionscode.</translation>
    </message>
    <message>
        <source>Sends every row of a CSV file (header: gateway,to,sms_record_id,batch_id,source_record_id,text) through the pipeline. Recipients and texts are used for the send and kept nowhere.</source>
        <translation>Sendet jede Zeile einer CSV-Datei (Kopfzeile: gateway,to,sms_record_id,batch_id,source_record_id,text) über die Pipeline. Empfänger und Texte werden für den Versand verwendet und nirgends gespeichert.</translation>
    </message>
    <message>
        <source>Sends one message through the pipeline: validate, count segments, hash the recipient, submit, log. The recipient, the text and the source record id are kept nowhere. The text comes from --text, --text-file or standard input.</source>
        <translation>Sendet eine Nachricht über die Pipeline: validieren, Segmente zählen, Empfänger hashen, übermitteln, protokollieren. Empfänger, Text und Quelldatensatz-ID werden nirgends gespeichert. Der Text stammt aus --text, --text-file oder der Standardeingabe.</translation>
    </message>
    <message>
        <source>The sending gateway.</source>
        <translation>Das Sende-Gateway.</translation>
    </message>
    <message>
        <source>The recipient (E.164, national, or whatsapp:+…).</source>
        <translation>Der Empfänger (E.164, national oder whatsapp:+…).</translation>
    </message>
    <message>
        <source>The Salesforce SMS record id.</source>
        <translation>Die Salesforce-SMS-Datensatz-ID.</translation>
    </message>
    <message>
        <source>The batch group id.</source>
        <translation>Die Batch-Gruppen-ID.</translation>
    </message>
    <message>
        <source>The Salesforce record it was sent from (not kept).</source>
        <translation>Der Salesforce-Datensatz, aus dem gesendet wurde (wird nicht gespeichert).</translation>
    </message>
    <message>
        <source>Read the text from a file.</source>
        <translation>Den Text aus einer Datei lesen.</translation>
    </message>
    <message>
        <source>Stand-in for the providers&apos; hosts (e.g. the sandbox).</source>
        <translation>Ersatz für die Hosts der Anbieter (z. B. die Sandbox).</translation>
    </message>
    <message>
        <source>Where &apos;engine serve&apos; listens, as the providers reach it (e.g. http://127.0.0.1:8090).</source>
        <translation>Wo &apos;engine serve&apos; lauscht, so wie die Anbieter es erreichen (z. B. http://127.0.0.1:8090).</translation>
    </message>
    <message>
        <source>Submits at once (default 8).</source>
        <translation>Gleichzeitige Übermittlungen (Standard 8).</translation>
    </message>
    <message>
        <source>Submits per second per gateway (default 10).</source>
        <translation>Übermittlungen pro Sekunde und Gateway (Standard 10).</translation>
    </message>
    <message>
        <source>The CSV file.</source>
        <translation>Die CSV-Datei.</translation>
    </message>
    <message>
        <source>engine send-batch takes one CSV file</source>
        <translation>engine send-batch erwartet genau eine CSV-Datei</translation>
    </message>
    <message>
        <source>engine send needs --%1</source>
        <translation>engine send benötigt --%1</translation>
    </message>
    <message>
        <source>give the text once: --text or --text-file</source>
        <translation>geben Sie den Text nur einmal an: --text oder --text-file</translation>
    </message>
    <message>
        <source>cannot read the text: %1</source>
        <translation>der Text kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>--callback takes an http(s) URL, not &apos;%1&apos;</source>
        <translation>--callback erwartet eine http(s)-URL, nicht &apos;%1&apos;</translation>
    </message>
    <message numerus="yes">
        <source>Sent SMS record %1 as %2 (%3, %n segment(s)).</source>
        <translation>
            <numerusform>SMS-Datensatz %1 als %2 gesendet (%3, %n Segment).</numerusform>
            <numerusform>SMS-Datensatz %1 als %2 gesendet (%3, %n Segmente).</numerusform>
        </translation>
    </message>
    <message>
        <source>SMS record %1 not sent: %2</source>
        <translation>SMS-Datensatz %1 nicht gesendet: %2</translation>
    </message>
    <message>
        <source>SMS record %1 refused: %2</source>
        <translation>SMS-Datensatz %1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>SMS record %1: warning: %2</source>
        <translation>SMS-Datensatz %1: Warnung: %2</translation>
    </message>
    <message>
        <source>Sent %1 of %2 messages; %3 failed or refused.</source>
        <translation>%1 von %2 Nachrichten gesendet; %3 fehlgeschlagen oder abgelehnt.</translation>
    </message>
    <message>
        <source>Address and port (default 127.0.0.1:8090).</source>
        <translation>Adresse und Port (Standard 127.0.0.1:8090).</translation>
    </message>
    <message>
        <source>The base URL the providers call, when a proxy stands in front.</source>
        <translation>Die Basis-URL, die die Anbieter aufrufen, wenn ein Proxy vorgeschaltet ist.</translation>
    </message>
    <message>
        <source>--listen takes host:port, such as 127.0.0.1:8090, not &apos;%1&apos;</source>
        <translation>--listen erwartet host:port, z. B. 127.0.0.1:8090, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>cannot listen on %1:%2</source>
        <translation>kann nicht auf %1:%2 lauschen</translation>
    </message>
    <message>
        <source>relayaudit-cli: refused: %1</source>
        <translation>relayaudit-cli: abgelehnt: %1</translation>
    </message>
    <message>
        <source>Listening: Twilio status callbacks at %1, Telnyx webhooks at %2. Ctrl-C stops.</source>
        <translation>Lauscht: Twilio-Status-Callbacks unter %1, Telnyx-Webhooks unter %2. Strg+C beendet.</translation>
    </message>
    <message>
        <source>Stopped: %1 status changes applied, %2 kept in timelines only, %3 ahead of their submit (applied when it is logged), %4 refused.</source>
        <translation>Beendet: %1 Statusänderungen übernommen, %2 nur im Statusverlauf festgehalten, %3 vor ihrer Übermittlung eingetroffen (werden übernommen, sobald diese protokolliert ist), %4 abgelehnt.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Salesforce API name</source>
        <translation>&apos;%1&apos; ist kein Salesforce-API-Name</translation>
    </message>
    <message>
        <source>%1 of %2 submitted…</source>
        <translation>%1 von %2 übermittelt…</translation>
    </message>
    <message>
        <source>warning: no credentials for %1 in the environment or the keychain; its sends will be refused</source>
        <translation>Warnung: keine Zugangsdaten für %1 in der Umgebung oder im Schlüsselbund; Sendungen darüber werden abgelehnt</translation>
    </message>
    <message>
        <source>Answer short links only; no provider callback credentials are needed.</source>
        <translation>Nur Kurzlinks beantworten; es werden keine Zugangsdaten für Anbieter-Callbacks benötigt.</translation>
    </message>
    <message>
        <source>set TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN, or TELNYX_PUBLIC_KEY: without them no callback can be verified (--links-only serves short links alone)</source>
        <translation>setzen Sie TWILIO_ACCOUNT_SID und TWILIO_AUTH_TOKEN oder TELNYX_PUBLIC_KEY: ohne diese kann kein Callback verifiziert werden (--links-only bedient nur Kurzlinks)</translation>
    </message>
    <message>
        <source>Short links: %1 followed, %2 clicks recorded, %3 unknown codes, %4 refused by the rate limit.</source>
        <translation>Kurzlinks: %1 aufgerufen, %2 Klicks erfasst, %3 unbekannte Codes, %4 durch die Ratenbegrenzung abgelehnt.</translation>
    </message>
    <message>
        <source>%1: %2 MiB is more than a send batch can be (%3 MiB); split it</source>
        <translation>%1: %2 MiB sind mehr, als ein Sendestapel umfassen darf (%3 MiB); bitte aufteilen</translation>
    </message>
    <message numerus="yes">
        <source>Sent SMS record %1 (%2, %n segment(s)); warning: %3</source>
        <translation>
            <numerusform>SMS-Datensatz %1 gesendet (%2, %n Segment); Warnung: %3</numerusform>
            <numerusform>SMS-Datensatz %1 gesendet (%2, %n Segmente); Warnung: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Callbacks: %1 replays of an event held already (nothing added), %2 ahead of their submit refused because the early events were full (503), %3 early events dropped unmatched after a day.</source>
        <translation>Rückrufe: %1 Wiederholungen eines bereits gespeicherten Ereignisses (nichts hinzugefügt), %2 vor ihrer Übermittlung abgelehnt, weil die frühen Ereignisse voll waren (503), %3 frühe Ereignisse nach einem Tag ohne Zuordnung verworfen.</translation>
    </message>
    <message>
        <source>engine gateway add ADDRESS --provider twilio|telnyx [--account SID] [--service MG…] [--org NAME --record-id ID]
engine gateway list
engine gateway remove ADDRESS
The client&apos;s sending numbers (E.164, short codes, whatsapp:+…) and the provider details the engine sends them with; each may belong to a client org (&apos;engine org add&apos;) and name its Gateway record there.</source>
        <translation>engine gateway add ADDRESS --provider twilio|telnyx [--account SID] [--service MG…] [--org NAME --record-id ID]
engine gateway list
engine gateway remove ADDRESS
Die Absendernummern des Kunden (E.164, Short Codes, whatsapp:+…) und die Anbieterdetails, mit denen die Engine über sie sendet; jede kann zu einer Kunden-Org gehören (&apos;engine org add&apos;) und ihren Gateway-Datensatz dort nennen.</translation>
    </message>
    <message>
        <source>The client org the gateway belongs to (&apos;engine org add&apos;).</source>
        <translation>Die Kunden-Org, zu der das Gateway gehört (&apos;engine org add&apos;).</translation>
    </message>
    <message>
        <source>Its Gateway record in that org (a0G…).</source>
        <translation>Sein Gateway-Datensatz in dieser Org (a0G…).</translation>
    </message>
    <message>
        <source>The org&apos;s own URL (https://acme.my.salesforce.com).</source>
        <translation>Die eigene URL der Org (https://acme.my.salesforce.com).</translation>
    </message>
    <message>
        <source>engine org %1 takes one org name</source>
        <translation>engine org %1 erwartet einen Org-Namen</translation>
    </message>
    <message>
        <source>No orgs. Add one with &apos;engine org add NAME --instance-url URL&apos;.</source>
        <translation>Keine Orgs. Fügen Sie eine mit &apos;engine org add NAME --instance-url URL&apos; hinzu.</translation>
    </message>
    <message>
        <source>relayaudit-cli: warning: the org&apos;s keychain entry was not removed: %1</source>
        <translation>relayaudit-cli: Warnung: der Schlüsselbundeintrag der Org wurde nicht entfernt: %1</translation>
    </message>
    <message>
        <source>Removed org %1.</source>
        <translation>Org %1 entfernt.</translation>
    </message>
    <message>
        <source>engine org add needs --instance-url</source>
        <translation>engine org add braucht --instance-url</translation>
    </message>
    <message>
        <source>relayaudit-cli: warning: the org&apos;s secrets are not in the keychain (%1); set the SALESFORCE_* variables for each command that reaches it, or run &apos;credentials set salesforce --org %2&apos; where a keychain answers.</source>
        <translation>relayaudit-cli: Warnung: die Geheimnisse der Org sind nicht im Schlüsselbund (%1); setzen Sie die SALESFORCE_*-Variablen für jeden Befehl, der sie erreicht, oder führen Sie &apos;credentials set salesforce --org %2&apos; aus, wo ein Schlüsselbund antwortet.</translation>
    </message>
    <message>
        <source>Added org %1 (%2); its secrets are in the system keychain.</source>
        <translation>Org %1 (%2) hinzugefügt; ihre Geheimnisse liegen im Systemschlüsselbund.</translation>
    </message>
    <message>
        <source>Added org %1 (%2).</source>
        <translation>Org %1 (%2) hinzugefügt.</translation>
    </message>
    <message>
        <source>Org %1: signed in, and %2 can be read.</source>
        <translation>Org %1: angemeldet, und %2 ist lesbar.</translation>
    </message>
    <message>
        <source>check: the SMS object to read (default: the org&apos;s, &apos;engine org fields&apos;).</source>
        <translation>check: das zu lesende SMS-Objekt (Standard: das der Org, &apos;engine org fields&apos;).</translation>
    </message>
    <message>
        <source>fields: set a name or a Status value (object=…, status-field=…, status:delivered=Sent Successfully); repeatable.</source>
        <translation>fields: einen Namen oder einen Status-Wert setzen (object=…, status-field=…, status:delivered=Sent Successfully); wiederholbar.</translation>
    </message>
    <message>
        <source>fields: put a key back to its default; repeatable.</source>
        <translation>fields: einen Schlüssel auf seinen Standard zurücksetzen; wiederholbar.</translation>
    </message>
    <message>
        <source>--set takes KEY=VALUE, not &apos;%1&apos;</source>
        <translation>--set erwartet SCHLÜSSEL=WERT, nicht &apos;%1&apos;</translation>
    </message>
    <message numerus="yes">
        <source>%n write-back(s) the org refused a Status value for will be tried again.</source>
        <translation>
            <numerusform>%n Rückschreibung, deren Status-Wert die Org abgelehnt hat, wird erneut versucht.</numerusform>
            <numerusform>%n Rückschreibungen, deren Status-Wert die Org abgelehnt hat, werden erneut versucht.</numerusform>
        </translation>
    </message>
    <message>
        <source>(assumed name)</source>
        <translation>(angenommener Name)</translation>
    </message>
    <message>
        <source>(Status not written)</source>
        <translation>(Status wird nicht geschrieben)</translation>
    </message>
    <message>
        <source>the default org</source>
        <translation>die Standard-Org</translation>
    </message>
    <message>
        <source>org %1</source>
        <translation>Org %1</translation>
    </message>
    <message>
        <source>Writes each SMS record&apos;s status back to its org (sObject Collections PATCH, 200 a request) until nothing is pending: the Status picklist value the provider&apos;s status maps to, and the provider&apos;s status, error code, message id and segments in their own fields. Every org with pending work is written in one run, each with its own login and field map (&apos;engine org fields&apos;); one org&apos;s failure holds back only that org. --check reads the records back instead (SOQL) and compares.
A registered org&apos;s secrets come from the keychain. The default org (the gateways without an org) signs in with SALESFORCE_CLIENT_ID with SALESFORCE_CLIENT_SECRET and SALESFORCE_REFRESH_TOKEN (refresh-token flow), or with SALESFORCE_USERNAME and SALESFORCE_JWT_KEY_FILE (JWT bearer flow, RS256; the file readable by you only); its names are the package&apos;s unless the options below say otherwise.</source>
        <translation>Schreibt den Status jedes SMS-Datensatzes in seine Org zurück (sObject Collections PATCH, 200 pro Anfrage), bis nichts mehr aussteht: den Wert der Status-Auswahlliste, auf den der Status des Anbieters abgebildet ist, und Status, Fehlercode, Nachrichten-ID und Segmente des Anbieters in eigenen Feldern. Jede Org mit ausstehender Arbeit wird in einem Lauf geschrieben, jede mit eigener Anmeldung und Feldzuordnung (&apos;engine org fields&apos;); der Ausfall einer Org hält nur diese Org auf. --check liest die Datensätze stattdessen zurück (SOQL) und vergleicht.
Die Geheimnisse einer registrierten Org kommen aus dem Schlüsselbund. Die Standard-Org (die Gateways ohne Org) meldet sich mit SALESFORCE_CLIENT_ID mit SALESFORCE_CLIENT_SECRET und SALESFORCE_REFRESH_TOKEN an (Refresh-Token-Flow) oder mit SALESFORCE_USERNAME und SALESFORCE_JWT_KEY_FILE (JWT-Bearer-Flow, RS256; die Datei nur für Sie lesbar); ihre Namen sind die des Pakets, sofern die folgenden Optionen nichts anderes sagen.</translation>
    </message>
    <message>
        <source>Compare what the orgs hold with the log; write nothing.</source>
        <translation>Vergleicht, was die Orgs halten, mit dem Protokoll; schreibt nichts.</translation>
    </message>
    <message>
        <source>The default org&apos;s; default %1.</source>
        <translation>Die der Standard-Org; Standard %1.</translation>
    </message>
    <message>
        <source>org %1 is not registered: register it with &apos;engine org add&apos;</source>
        <translation>Org %1 ist nicht registriert: registrieren Sie sie mit &apos;engine org add&apos;</translation>
    </message>
    <message>
        <source>Checked %1 written-back SMS records in %5: %2 match the log, %3 differ, %4 missing in the org.</source>
        <translation>%1 zurückgeschriebene SMS-Datensätze in %5 geprüft: %2 stimmen mit dem Protokoll überein, %3 weichen ab, %4 fehlen in der Org.</translation>
    </message>
    <message>
        <source>Wrote back %1 SMS records to %5 (%2 refusals retried, %3 given up, %4 session refreshes).</source>
        <translation>%1 SMS-Datensätze in %5 zurückgeschrieben (%2 Ablehnungen wiederholt, %3 aufgegeben, %4 Sitzungserneuerungen).</translation>
    </message>
    <message numerus="yes">
        <source>%n org(s) not done, their write-backs wait for the next run: %1</source>
        <translation>
            <numerusform>%n Org nicht erledigt, ihre Rückschreibungen warten auf den nächsten Lauf: %1</numerusform>
            <numerusform>%n Orgs nicht erledigt, ihre Rückschreibungen warten auf den nächsten Lauf: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>relayaudit-cli: %1 refused %n SMS record(s) for good; the last reason: %2. &apos;deliveries find&apos; shows each one&apos;s.</source>
        <translation>
            <numerusform>relayaudit-cli: %1 hat %n SMS-Datensatz endgültig abgelehnt; der letzte Grund: %2. &apos;deliveries find&apos; zeigt den Grund jedes Datensatzes.</numerusform>
            <numerusform>relayaudit-cli: %1 hat %n SMS-Datensätze endgültig abgelehnt; der letzte Grund: %2. &apos;deliveries find&apos; zeigt den Grund jedes Datensatzes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Asks each registered org (SOQL, every page) for the outgoing SMS records still &apos;Queued&apos; that are older than --older-than seconds, and sends those the log does not hold through the pipeline, as the package&apos;s callout would have: a record is sent once however often it is swept. Number and text are read into memory for the send and kept nowhere. An org that cannot be reached is named and the others are swept.</source>
        <translation>Fragt jede registrierte Org (SOQL, alle Seiten) nach den ausgehenden SMS-Datensätzen, die älter als --older-than Sekunden und noch &apos;Queued&apos; sind, und sendet die, die das Protokoll nicht enthält, über die Pipeline, wie es der Callout des Pakets getan hätte: ein Datensatz wird einmal gesendet, wie oft er auch erfasst wird. Nummer und Text werden nur für den Versand in den Speicher gelesen und nirgends aufbewahrt. Eine nicht erreichbare Org wird genannt, die anderen werden erfasst.</translation>
    </message>
    <message>
        <source>Sweep this registered org only.</source>
        <translation>Nur diese registrierte Org erfassen.</translation>
    </message>
    <message>
        <source>Only records created at least this many seconds ago (default 120): younger ones are still on their way through the callout.</source>
        <translation>Nur Datensätze, die vor mindestens so vielen Sekunden angelegt wurden (Standard 120): jüngere sind noch über den Callout unterwegs.</translation>
    </message>
    <message>
        <source>--older-than takes 0 to 2592000 seconds, not &apos;%1&apos;</source>
        <translation>--older-than erwartet 0 bis 2592000 Sekunden, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>No orgs to sweep. Register one with &apos;engine org add&apos;.</source>
        <translation>Keine Orgs zu erfassen. Registrieren Sie eine mit &apos;engine org add&apos;.</translation>
    </message>
    <message>
        <source>relayaudit-cli: warning: %1</source>
        <translation>relayaudit-cli: Warnung: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n queued record(s) to send; %1 already in the log.</source>
        <translation>
            <numerusform>%n Datensatz in der Warteschlange zu senden; %1 bereits im Protokoll.</numerusform>
            <numerusform>%n Datensätze in der Warteschlange zu senden; %1 bereits im Protokoll.</numerusform>
        </translation>
    </message>
    <message>
        <source>engine org add NAME --instance-url URL [--login-url URL] [--audience URL]
engine org list
engine org check NAME [--object NAME]
engine org fields NAME [--set KEY=VALUE]... [--reset KEY]...
engine org intake-secret NAME
engine org remove NAME
The client orgs the engine works for. &apos;add&apos; takes the connected app from the SALESFORCE_* variables of &apos;engine writeback&apos; (refresh-token or JWT bearer flow): the consumer key and username are kept in the workspace, the secrets (client secret and refresh token, or the JWT key) in the system keychain, never in a file. &apos;check&apos; signs in and reads one record of the SMS object. &apos;fields&apos; shows or changes the org&apos;s SMS object, field names and Status picklist values (status:PROVIDER-STATUS=VALUE). &apos;intake-secret&apos; keeps the secret the org&apos;s package signs its callout with in the system keychain, read from RELAYAUDIT_INTAKE_SECRET or typed with echo off (at least 32 characters); &apos;engine serve&apos; reads it there, or from RELAYAUDIT_INTAKE_SECRET_&lt;ORG&gt;.</source>
        <translation>engine org add NAME --instance-url URL [--login-url URL] [--audience URL]
engine org list
engine org check NAME [--object NAME]
engine org fields NAME [--set KEY=VALUE]... [--reset KEY]...
engine org intake-secret NAME
engine org remove NAME
Die Kunden-Orgs, für die die Engine arbeitet. &apos;add&apos; nimmt die Connected App aus den SALESFORCE_*-Variablen von &apos;engine writeback&apos; (Refresh-Token- oder JWT-Bearer-Flow): Consumer Key und Benutzername bleiben im Arbeitsbereich, die Geheimnisse (Client Secret und Refresh Token oder der JWT-Schlüssel) im Schlüsselbund des Systems, nie in einer Datei. &apos;check&apos; meldet sich an und liest einen Datensatz des SMS-Objekts. &apos;fields&apos; zeigt oder ändert SMS-Objekt, Feldnamen und Status-Picklistenwerte der Org (status:PROVIDER-STATUS=WERT). &apos;intake-secret&apos; legt das Geheimnis, mit dem das Paket der Org seinen Callout signiert, im Schlüsselbund des Systems ab, gelesen aus RELAYAUDIT_INTAKE_SECRET oder ohne Echo eingegeben (mindestens 32 Zeichen); &apos;engine serve&apos; liest es dort oder aus RELAYAUDIT_INTAKE_SECRET_&lt;ORG&gt;.</translation>
    </message>
    <message>
        <source>add, list, check, fields, intake-secret or remove</source>
        <translation>add, list, check, fields, intake-secret oder remove</translation>
    </message>
    <message>
        <source>engine org takes add, list, check, fields, intake-secret or remove</source>
        <translation>engine org nimmt add, list, check, fields, intake-secret oder remove</translation>
    </message>
    <message>
        <source>Intake secret of org %1: </source>
        <translation>Intake-Geheimnis der Org %1: </translation>
    </message>
    <message>
        <source>an intake secret has at least 32 characters; this one has %1</source>
        <translation>ein Intake-Geheimnis hat mindestens 32 Zeichen; dieses hat %1</translation>
    </message>
    <message>
        <source>the intake secret was not kept: %1; give &apos;engine serve&apos; %2 instead</source>
        <translation>das Intake-Geheimnis wurde nicht abgelegt: %1; geben Sie &apos;engine serve&apos; stattdessen %2</translation>
    </message>
    <message>
        <source>Org %1&apos;s intake secret is in the system keychain.</source>
        <translation>Das Intake-Geheimnis der Org %1 liegt im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>relayaudit-cli: warning: org %1 has no intake secret (%2, or &apos;engine org intake-secret %1&apos;); its callouts are refused</source>
        <translation>relayaudit-cli: Warnung: Org %1 hat kein Intake-Geheimnis (%2 oder &apos;engine org intake-secret %1&apos;); ihre Callouts werden abgewiesen</translation>
    </message>
    <message>
        <source>relayaudit-cli: SMS record %1 not sent: %2</source>
        <translation>relayaudit-cli: SMS-Datensatz %1 nicht gesendet: %2</translation>
    </message>
    <message>
        <source>Intake: the package&apos;s callout at %1 for %2.</source>
        <translation>Intake: der Callout des Pakets unter %1 für %2.</translation>
    </message>
    <message>
        <source>Intake: %1 SMS records taken to send, %2 duplicates of records sent already (not sent again), %3 refused.</source>
        <translation>Intake: %1 SMS-Datensätze zum Senden angenommen, %2 Duplikate bereits gesendeter Datensätze (nicht erneut gesendet), %3 abgewiesen.</translation>
    </message>
    <message>
        <source>Sweep every registered org for outgoing records still &apos;Queued&apos; (as &apos;engine sweep&apos;) at the start and then every this many seconds (default 300; 0: never).</source>
        <translation>Jede registrierte Org nach ausgehenden Datensätzen durchsuchen, die noch &apos;Queued&apos; sind (wie &apos;engine sweep&apos;), beim Start und dann alle so vielen Sekunden (Standard 300; 0: nie).</translation>
    </message>
    <message>
        <source>The sweep takes records created at least this many seconds ago (default 120).</source>
        <translation>Die Durchsuchung nimmt Datensätze, die vor mindestens so vielen Sekunden angelegt wurden (Standard 120).</translation>
    </message>
    <message>
        <source>--sweep-every takes 0 to 86400 seconds, not &apos;%1&apos;</source>
        <translation>--sweep-every nimmt 0 bis 86400 Sekunden, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--sweep-older-than takes 0 to 2592000 seconds, not &apos;%1&apos;</source>
        <translation>--sweep-older-than nimmt 0 bis 2592000 Sekunden, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Sweep: every %1 s, each registered org&apos;s outgoing records still &apos;Queued&apos; after %2 s.</source>
        <translation>Durchsuchung: alle %1 s die ausgehenden Datensätze jeder registrierten Org, die nach %2 s noch &apos;Queued&apos; sind.</translation>
    </message>
    <message>
        <source>relayaudit-cli: sweep: %1</source>
        <translation>relayaudit-cli: Durchsuchung: %1</translation>
    </message>
    <message>
        <source>relayaudit-cli: sweep: SMS record %1 refused: %2</source>
        <translation>relayaudit-cli: Durchsuchung: SMS-Datensatz %1 abgewiesen: %2</translation>
    </message>
    <message numerus="yes">
        <source>Sweep: %n queued record(s) the callout missed, sent now.</source>
        <translation>
            <numerusform>Durchsuchung: %n wartender Datensatz, den der Callout verpasst hat, jetzt gesendet.</numerusform>
            <numerusform>Durchsuchung: %n wartende Datensätze, die der Callout verpasst hat, jetzt gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sweep: %n queued record(s) the callout missed, sent.</source>
        <translation>
            <numerusform>Durchsuchung: %n wartender Datensatz, den der Callout verpasst hat, gesendet.</numerusform>
            <numerusform>Durchsuchung: %n wartende Datensätze, die der Callout verpasst hat, gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>relayaudit-cli: warning: org %1&apos;s intake secret is shorter than %2 characters; not taken</source>
        <translation>relayaudit-cli: Warnung: das Intake-Geheimnis der Org %1 ist kürzer als %2 Zeichen; nicht übernommen</translation>
    </message>
    <message>
        <source>relayaudit-cli: warning: %1 would serve more than one org; org %2&apos;s intake secret is taken from the keychain only</source>
        <translation>relayaudit-cli: Warnung: %1 würde für mehr als eine Org gelten; das Intake-Geheimnis der Org %2 wird nur aus dem Schlüsselbund genommen</translation>
    </message>
    <message>
        <source>Receives status callbacks: Twilio&apos;s at /twilio/status (X-Twilio-Signature under TWILIO_AUTH_TOKEN of TWILIO_ACCOUNT_SID), Telnyx&apos;s at /telnyx/webhook (Ed25519 under TELNYX_PUBLIC_KEY). Answers short links at /CODE. Takes the managed package&apos;s callout at POST /salesforce/sms for every registered org with an intake secret (RELAYAUDIT_INTAKE_SECRET_&lt;ORG&gt;, or &apos;engine org intake-secret&apos;): headers X-Relay-Org, X-Relay-Timestamp (Unix seconds) and X-Relay-Signature (base64 HMAC-SHA256 of timestamp + body), a JSON body {&quot;records&quot;: [...]} of at most 200 SMS records, each sent once through the pipeline. Sweeps every registered org as &apos;engine sweep&apos; does, at the start and every --sweep-every seconds. Takes incoming messages: Twilio&apos;s at POST /twilio/inbound (answered with an empty TwiML &lt;Response/&gt;), Telnyx&apos;s message.received events at /telnyx/webhook; each becomes an SMS record (Direction Incoming) in its gateway&apos;s org, and one the org cannot take is fetched again from the provider later. Refused requests get 403 (400 for a malformed callout) and one line here, without their content. Ctrl-C stops, after the sends under way are logged.</source>
        <translation>Empfängt Status-Callbacks: die von Twilio unter /twilio/status (X-Twilio-Signature mit TWILIO_AUTH_TOKEN von TWILIO_ACCOUNT_SID), die von Telnyx unter /telnyx/webhook (Ed25519 mit TELNYX_PUBLIC_KEY). Beantwortet Kurzlinks unter /CODE. Nimmt den Callout des Managed Package unter POST /salesforce/sms für jede registrierte Org mit Intake-Geheimnis an (RELAYAUDIT_INTAKE_SECRET_&lt;ORG&gt; oder &apos;engine org intake-secret&apos;): Header X-Relay-Org, X-Relay-Timestamp (Unix-Sekunden) und X-Relay-Signature (base64 HMAC-SHA256 von Zeitstempel + Body), ein JSON-Body {&quot;records&quot;: [...]} mit höchstens 200 SMS-Datensätzen, jeder einmal durch die Pipeline gesendet. Durchsucht jede registrierte Org wie &apos;engine sweep&apos;, beim Start und alle --sweep-every Sekunden. Nimmt eingehende Nachrichten an: die von Twilio unter POST /twilio/inbound (beantwortet mit einer leeren TwiML-&lt;Response/&gt;), message.received-Ereignisse von Telnyx unter /telnyx/webhook; jede wird ein SMS-Datensatz (Direction Incoming) in der Org ihres Gateways, und einer, den die Org nicht annehmen kann, wird später erneut beim Anbieter abgeholt. Abgewiesene Anfragen erhalten 403 (400 für einen fehlerhaften Callout) und hier eine Zeile, ohne ihren Inhalt. Strg-C beendet, nachdem die laufenden Sendungen protokolliert sind.</translation>
    </message>
    <message>
        <source>relayaudit-cli: warning: incoming messages are not taken (their senders&apos; numbers cannot be hashed): %1</source>
        <translation>relayaudit-cli: Warnung: Eingehende Nachrichten werden nicht angenommen (die Nummern ihrer Absender können nicht gehasht werden): %1</translation>
    </message>
    <message>
        <source>relayaudit-cli: incoming: %1</source>
        <translation>relayaudit-cli: eingehend: %1</translation>
    </message>
    <message>
        <source>Incoming messages: Twilio&apos;s at %1, Telnyx&apos;s message.received at %2.</source>
        <translation>Eingehende Nachrichten: die von Twilio unter %1, message.received von Telnyx unter %2.</translation>
    </message>
    <message>
        <source>Incoming: %1 messages taken, %2 duplicates, %3 SMS records created, %4 left pending for the org, %5 given up.</source>
        <translation>Eingehend: %1 Nachrichten angenommen, %2 Duplikate, %3 SMS-Datensätze angelegt, %4 für die Org ausstehend, %5 aufgegeben.</translation>
    </message>
    <message>
        <source>Incoming messages an org could not take are fetched again from their provider this many seconds later at first, the wait doubling to an hour (default 60).</source>
        <translation>Eingehende Nachrichten, die eine Org nicht annehmen konnte, werden zunächst nach so vielen Sekunden erneut beim Anbieter abgerufen; die Wartezeit verdoppelt sich bis zu einer Stunde (Standard 60).</translation>
    </message>
    <message>
        <source>--retry-every takes 1 to 3600 seconds, not &apos;%1&apos;</source>
        <translation>--retry-every nimmt 1 bis 3600 Sekunden, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Stopping: waiting for the incoming messages under way (Ctrl-C again stops at once: they stay pending in the log and are fetched again from their providers at the next start)…</source>
        <translation>Beenden: warte auf die eingehenden Nachrichten in Bearbeitung (erneutes Strg-C beendet sofort: sie bleiben im Protokoll ausstehend und werden beim nächsten Start erneut bei ihren Anbietern abgerufen)…</translation>
    </message>
    <message numerus="yes">
        <source>Stopping: waiting for %n send(s) under way (Ctrl-C again stops at once: a send not yet logged may then be sent again by the sweep)…</source>
        <translation>
            <numerusform>Beenden: warte auf %n Versand in Bearbeitung (erneutes Strg-C beendet sofort: ein noch nicht protokollierter Versand kann dann vom Sweep erneut gesendet werden)…</numerusform>
            <numerusform>Beenden: warte auf %n Sendungen in Bearbeitung (erneutes Strg-C beendet sofort: ein noch nicht protokollierter Versand kann dann vom Sweep erneut gesendet werden)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: relayaudit-cli engine &lt;action&gt; [options]

Actions:
  segments    How many SMS segments a text takes, and why.
  gateway     Add, list or remove the sending gateways the engine may use.
  org         Add, list, check or remove the client orgs the engine works for.
  region      Show or set the default region for numbers without a country code.
  release-send  Let a send whose worker stopped mid-submit be sent again.
  send        Send one message through the pipeline.
  send-batch  Send every row of a CSV file through the pipeline.
  serve       Receive the providers&apos; signed status callbacks.
  sweep       Send the SMS records each org still holds as Queued that the log lacks.
  writeback   Write pending delivery statuses back to the SMS records in Salesforce.
</source>
        <translation>Aufruf: relayaudit-cli engine &lt;Aktion&gt; [Optionen]

Aktionen:
  segments    Wie viele SMS-Segmente ein Text braucht, und warum.
  gateway     Die Sende-Gateways, die die Engine nutzen darf, hinzufügen, auflisten oder entfernen.
  org         Die Kunden-Orgs, für die die Engine arbeitet, hinzufügen, auflisten, prüfen oder entfernen.
  region      Die Standardregion für Nummern ohne Ländervorwahl anzeigen oder festlegen.
  release-send  Einen Versand, dessen Worker mitten im Senden anhielt, erneut senden lassen.
  send        Eine Nachricht durch die Pipeline senden.
  send-batch  Jede Zeile einer CSV-Datei durch die Pipeline senden.
  serve       Die signierten Status-Callbacks der Anbieter empfangen.
  sweep       Die SMS-Datensätze senden, die eine Org noch als Queued hält und die im Protokoll fehlen.
  writeback   Ausstehende Zustellstatus in die SMS-Datensätze in Salesforce zurückschreiben.
</translation>
    </message>
    <message>
        <source>Lets an SMS record whose send is uncertain (a worker stopped while submitting it) be sent again by the next sweep or callout. First check the provider&apos;s log: if the provider has the message, do not release it. --list shows the uncertain sends.</source>
        <translation>Lässt einen SMS-Datensatz, dessen Versand ungewiss ist (ein Worker hielt beim Senden an), vom nächsten Sweep oder Callout erneut senden. Prüfen Sie zuerst das Protokoll des Anbieters: Hat der Anbieter die Nachricht, geben Sie ihn nicht frei. --list zeigt die ungewissen Sendungen.</translation>
    </message>
    <message>
        <source>The SMS record id.</source>
        <translation>Die ID des SMS-Datensatzes.</translation>
    </message>
    <message>
        <source>[id]</source>
        <translation>[id]</translation>
    </message>
    <message>
        <source>List the uncertain sends instead (org, SMS record id, since).</source>
        <translation>Stattdessen die ungewissen Sendungen auflisten (Org, SMS-Datensatz-ID, seit).</translation>
    </message>
    <message>
        <source>The record&apos;s org (default: the default org).</source>
        <translation>Die Org des Datensatzes (Standard: die Standard-Org).</translation>
    </message>
    <message>
        <source>No uncertain sends.</source>
        <translation>Keine ungewissen Sendungen.</translation>
    </message>
    <message>
        <source>SMS record %1 of %2: submit started %3 by a worker that stopped</source>
        <translation>SMS-Datensatz %1 von %2: Senden begonnen %3 von einem Worker, der anhielt</translation>
    </message>
    <message>
        <source>engine release-send takes one SMS record id</source>
        <translation>engine release-send nimmt eine SMS-Datensatz-ID</translation>
    </message>
    <message>
        <source>SMS record %1 of %2 has no uncertain send: nothing to release</source>
        <translation>SMS-Datensatz %1 von %2 hat keinen ungewissen Versand: nichts freizugeben</translation>
    </message>
    <message>
        <source>Released SMS record %1 of %2: the next sweep or callout sends it.</source>
        <translation>SMS-Datensatz %1 von %2 freigegeben: der nächste Sweep oder Callout sendet ihn.</translation>
    </message>
    <message>
        <source>; every worker of a deployment hashes with the same pepper: give it as RELAYAUDIT_PEPPER_FILE (a 0600 file of 64 hex digits) or RELAYAUDIT_PEPPER</source>
        <translation>; alle Worker einer Installation hashen mit demselben Pepper: geben Sie ihn als RELAYAUDIT_PEPPER_FILE (eine 0600-Datei mit 64 Hexziffern) oder RELAYAUDIT_PEPPER an</translation>
    </message>
    <message>
        <source>Take the client&apos;s address from this header (e.g. X-Forwarded-For), set by a reverse proxy in front, for the short links&apos; and the refusals&apos; limits per address; without it the connection&apos;s address is used.</source>
        <translation>Die Adresse des Clients aus diesem Header nehmen (z. B. X-Forwarded-For), den ein vorgeschalteter Reverse-Proxy setzt, für die Limits der Kurzlinks und der Abweisungen je Adresse; ohne ihn gilt die Adresse der Verbindung.</translation>
    </message>
    <message>
        <source>relayaudit-cli: purge: %1</source>
        <translation>relayaudit-cli: Löschung: %1</translation>
    </message>
</context>
<context>
    <name>relay::cli::ExportCommand</name>
    <message>
        <source>Export every live pull.</source>
        <translation>Alle aktiven Abrufe exportieren.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Die zu schreibende Datei.</translation>
    </message>
    <message>
        <source>export needs exactly one of --pull ID and --all</source>
        <translation>export benötigt genau eine der Optionen --pull ID und --all</translation>
    </message>
    <message>
        <source>export needs --out FILE</source>
        <translation>export benötigt --out FILE</translation>
    </message>
    <message>
        <source>Wrote %1 records to %2.</source>
        <translation>%1 Datensätze nach %2 geschrieben.</translation>
    </message>
    <message>
        <source>Export a client usage report: records or a breakdown as CSV or JSON, or a PDF.</source>
        <translation>Einen Nutzungsbericht für einen Kunden exportieren: Datensätze oder eine Aufschlüsselung als CSV oder JSON oder als PDF.</translation>
    </message>
    <message>
        <source>Writes the cached records of a pull (or of all live pulls), narrowed by the filter options, to a file. The file holds ids, the sending gateway, statuses, segments and timestamps; never a message body or a recipient. Every export is recorded in the activity log (counts only).</source>
        <translation>Schreibt die im Cache gespeicherten Datensätze eines Abrufs (oder aller aktiven Abrufe), eingeschränkt durch die Filteroptionen, in eine Datei. Die Datei enthält IDs, das Sende-Gateway, Status, Segmente und Zeitstempel; niemals einen Nachrichtentext oder einen Empfänger. Jeder Export wird im Aktivitätsprotokoll erfasst (nur Anzahlen).</translation>
    </message>
    <message>
        <source>csv, json or pdf</source>
        <translation>csv, json oder pdf</translation>
    </message>
    <message>
        <source>Write this breakdown (csv or json) instead of the records.</source>
        <translation>Diese Aufschlüsselung (csv oder json) statt der Datensätze schreiben.</translation>
    </message>
    <message>
        <source>--format takes csv, json or pdf</source>
        <translation>--format erwartet csv, json oder pdf</translation>
    </message>
    <message>
        <source>unknown dimension &apos;%1&apos;</source>
        <translation>unbekannte Dimension &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--breakdown is for csv and json; a PDF holds every breakdown</source>
        <translation>--breakdown gilt nur für csv und json; ein PDF enthält alle Aufschlüsselungen</translation>
    </message>
    <message>
        <source>this build has no GUI libraries, which PDF reports need; export csv or json, or use the full build</source>
        <translation>dieser Build enthält keine GUI-Bibliotheken, die für PDF-Berichte nötig sind; exportieren Sie csv oder json, oder verwenden Sie den vollständigen Build</translation>
    </message>
    <message>
        <source>Wrote a client usage report of %1 messages to %2.</source>
        <translation>Nutzungsbericht für den Kunden mit %1 Nachrichten nach %2 geschrieben.</translation>
    </message>
    <message>
        <source>Wrote %1 breakdown rows to %2.</source>
        <translation>%1 Aufschlüsselungszeilen nach %2 geschrieben.</translation>
    </message>
</context>
<context>
    <name>relay::cli::HashCommand</name>
    <message>
        <source>Normalise a phone number and print its v1 recipient hash (nothing else about it is kept or logged).</source>
        <translation>Eine Telefonnummer normalisieren und ihren v1-Empfänger-Hash ausgeben (sonst wird nichts über sie gespeichert oder protokolliert).</translation>
    </message>
    <message>
        <source>Normalises NUMBER to E.164 (libphonenumber; numbers without a country code are read in --region) and prints the workspace&apos;s v1 hash of it: HMAC-SHA-256 keyed with the workspace&apos;s pepper from the keychain (or RELAYAUDIT_PEPPER). The number is not stored or logged.</source>
        <translation>Normalisiert NUMBER nach E.164 (libphonenumber; Nummern ohne Ländervorwahl werden gemäß --region interpretiert) und gibt den v1-Hash des Arbeitsbereichs dafür aus: HMAC-SHA-256 mit dem Pepper des Arbeitsbereichs aus dem Schlüsselbund (oder RELAYAUDIT_PEPPER) als Schlüssel. Die Nummer wird weder gespeichert noch protokolliert.</translation>
    </message>
    <message>
        <source>The phone number.</source>
        <translation>Die Telefonnummer.</translation>
    </message>
    <message>
        <source>Region for numbers without a country code (default US).</source>
        <translation>Region für Nummern ohne Ländervorwahl (Standard US).</translation>
    </message>
    <message>
        <source>hash takes one phone number</source>
        <translation>hash erwartet genau eine Telefonnummer</translation>
    </message>
    <message>
        <source>relayaudit-cli: warning: the number is possible but not in an assigned range (such as the 555-01xx fiction range)</source>
        <translation>relayaudit-cli: Warnung: Die Nummer ist möglich, liegt aber nicht in einem vergebenen Bereich (wie dem fiktiven Bereich 555-01xx)</translation>
    </message>
</context>
<context>
    <name>relay::cli::ImportCommand</name>
    <message>
        <source>Import saved provider reports (Twilio pages or BulkExport day files, Telnyx detail records).</source>
        <translation>Gespeicherte Anbieterberichte importieren (Twilio-Seiten oder BulkExport-Tagesdateien, Telnyx-Detaildatensätze).</translation>
    </message>
    <message>
        <source>Imports files into the encrypted report cache as a new pull, kept 7 days. Formats:
  twilio-json  saved Twilio Messages list pages (JSON)
  twilio-bulk  Twilio BulkExport day files (JSON lines, plain or .gz)
  telnyx-mdr   saved Telnyx detail-record pages (JSON)
Message bodies and the other party&apos;s numbers are never read into the cache.</source>
        <translation>Importiert Dateien als neuen Abruf in den verschlüsselten Berichts-Cache, 7 Tage lang aufbewahrt. Formate:
  twilio-json  gespeicherte Seiten der Twilio-Messages-Liste (JSON)
  twilio-bulk  Twilio-BulkExport-Tagesdateien (JSON Lines, unkomprimiert oder .gz)
  telnyx-mdr   gespeicherte Telnyx-Detaildatensatz-Seiten (JSON)
Nachrichtentexte und die Nummern der Gegenseite werden nie in den Cache eingelesen.</translation>
    </message>
    <message>
        <source>twilio-json, twilio-bulk or telnyx-mdr</source>
        <translation>twilio-json, twilio-bulk oder telnyx-mdr</translation>
    </message>
    <message>
        <source>The files to import.</source>
        <translation>Die zu importierenden Dateien.</translation>
    </message>
    <message>
        <source>The client the report is for.</source>
        <translation>Der Kunde, für den der Bericht bestimmt ist.</translation>
    </message>
    <message>
        <source>import needs a format and at least one file</source>
        <translation>import benötigt ein Format und mindestens eine Datei</translation>
    </message>
    <message>
        <source>unknown import format &apos;%1&apos; (twilio-json, twilio-bulk, telnyx-mdr)</source>
        <translation>unbekanntes Importformat &apos;%1&apos; (twilio-json, twilio-bulk, telnyx-mdr)</translation>
    </message>
    <message>
        <source>import needs at least one file</source>
        <translation>import benötigt mindestens eine Datei</translation>
    </message>
    <message>
        <source>no such file: %1</source>
        <translation>Datei nicht gefunden: %1</translation>
    </message>
    <message>
        <source>file %1/%2: %3 records, %4 duplicates, %5 records/s</source>
        <translation>Datei %1/%2: %3 Datensätze, %4 Duplikate, %5 Datensätze/s</translation>
    </message>
    <message>
        <source>Interrupted: pull %1 keeps the %2 records stored so far.</source>
        <translation>Unterbrochen: Abruf %1 behält die %2 bisher gespeicherten Datensätze.</translation>
    </message>
    <message>
        <source>Imported %1 records (%2 segments) into pull %3; %4 duplicates skipped. Expires %5.</source>
        <translation>%1 Datensätze (%2 Segmente) in Abruf %3 importiert; %4 Duplikate übersprungen. Läuft ab: %5.</translation>
    </message>
</context>
<context>
    <name>relay::cli::LinksCommand</name>
    <message>
        <source>Short links (Mogli URL and URL Pro): links, clicks, per-gateway mode, click write-back.</source>
        <translation>Kurzlinks (Mogli URL und URL Pro): Links, Klicks, Modus pro Gateway, Rückschreiben der Klicks.</translation>
    </message>
    <message>
        <source>unknown links action &apos;%1&apos;</source>
        <translation>unbekannte links-Aktion &apos;%1&apos;</translation>
    </message>
    <message>
        <source>links clicks: the recorded URL Pro clicks, newest first.</source>
        <translation>links clicks: die erfassten URL-Pro-Klicks, neueste zuerst.</translation>
    </message>
    <message>
        <source>links list: the short links, newest first. URL Pro links show the recipient hash and SMS record they were made for, never a number.</source>
        <translation>links list: die Kurzlinks, neueste zuerst. URL-Pro-Links zeigen den Empfänger-Hash und den SMS-Datensatz, für die sie erstellt wurden, niemals eine Nummer.</translation>
    </message>
    <message>
        <source>At most this many (default 1000).</source>
        <translation>Höchstens so viele (Standard 1000).</translation>
    </message>
    <message>
        <source>--limit takes a positive number, not &apos;%1&apos;</source>
        <translation>--limit erwartet eine positive Zahl, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>No short links.</source>
        <translation>Keine Kurzlinks.</translation>
    </message>
    <message numerus="yes">
        <source>%n click(s)</source>
        <translation>
            <numerusform>%n Klick</numerusform>
            <numerusform>%n Klicks</numerusform>
        </translation>
    </message>
    <message>
        <source>No clicks recorded.</source>
        <translation>Keine Klicks erfasst.</translation>
    </message>
    <message>
        <source>links gateway GATEWAY [--mode none|url|pro]: whether texts sent from GATEWAY get their http(s) links shortened (url), shortened with one tracked link per recipient (pro), or sent as written (none).</source>
        <translation>links gateway GATEWAY [--mode none|url|pro]: ob in Texten, die über GATEWAY gesendet werden, die http(s)-Links gekürzt werden (url), gekürzt mit einem eigenen nachverfolgten Link pro Empfänger (pro) oder unverändert gesendet werden (none).</translation>
    </message>
    <message>
        <source>A gateway of this workspace.</source>
        <translation>Ein Gateway dieses Arbeitsbereichs.</translation>
    </message>
    <message>
        <source>none, url or pro.</source>
        <translation>none, url oder pro.</translation>
    </message>
    <message>
        <source>links gateway takes one gateway</source>
        <translation>links gateway erwartet genau ein Gateway</translation>
    </message>
    <message>
        <source>--mode is none, url or pro, not &apos;%1&apos;</source>
        <translation>--mode ist none, url oder pro, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: links %2</source>
        <translation>%1: Links %2</translation>
    </message>
    <message>
        <source>links base-url [URL]: the address recipients reach &apos;engine serve&apos; at for short links (https://l.example.com); a short link is URL/CODE.</source>
        <translation>links base-url [URL]: die Adresse, unter der Empfänger &apos;engine serve&apos; für Kurzlinks erreichen (https://l.example.com); ein Kurzlink lautet URL/CODE.</translation>
    </message>
    <message>
        <source>The new base URL.</source>
        <translation>Die neue Basis-URL.</translation>
    </message>
    <message>
        <source>links base-url takes at most one URL</source>
        <translation>links base-url erwartet höchstens eine URL</translation>
    </message>
    <message>
        <source>No link base URL is set.</source>
        <translation>Es ist keine Basis-URL für Links festgelegt.</translation>
    </message>
    <message>
        <source>links shorten URL: makes (or finds) the Mogli URL short link for URL.</source>
        <translation>links shorten URL: erstellt (oder findet) den Mogli-URL-Kurzlink für URL.</translation>
    </message>
    <message>
        <source>An http(s) URL.</source>
        <translation>Eine http(s)-URL.</translation>
    </message>
    <message>
        <source>links shorten takes one URL</source>
        <translation>links shorten erwartet genau eine URL</translation>
    </message>
    <message>
        <source>The click object (default Link_Click__c).</source>
        <translation>Das Klick-Objekt (Standard Link_Click__c).</translation>
    </message>
    <message>
        <source>Its external id field (default Click_Key__c).</source>
        <translation>Sein Feld für die externe ID (Standard Click_Key__c).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Salesforce API name</source>
        <translation>&apos;%1&apos; ist kein Salesforce-API-Name</translation>
    </message>
    <message>
        <source>Usage: relayaudit-cli links &lt;action&gt; [options]

Actions:
  list        The short links: code, target domain, mode, clicks.
  clicks      URL Pro clicks: time, IP address, domain, browser data, write-back state.
  gateway     Show or set a gateway&apos;s link mode: none, url or pro.
  base-url    Show or set where &apos;engine serve&apos; answers short links as recipients reach it.
  shorten     Make a short link for one URL.
  writeback   Write pending clicks to the client&apos;s Salesforce org.
How long links are kept: &apos;settings link-retention-days&apos;.
</source>
        <translation>Aufruf: relayaudit-cli links &lt;action&gt; [options]

Aktionen:
  list        Die Kurzlinks: Code, Zieldomain, Modus, Klicks.
  clicks      URL-Pro-Klicks: Zeit, IP-Adresse, Domain, Browserdaten, Stand des Rückschreibens.
  gateway     Den Link-Modus eines Gateways anzeigen oder festlegen: none, url oder pro.
  base-url    Anzeigen oder festlegen, unter welcher Adresse Empfänger &apos;engine serve&apos; für Kurzlinks erreichen.
  shorten     Einen Kurzlink für eine URL erstellen.
  writeback   Ausstehende Klicks in die Salesforce-Org des Kunden schreiben.
Wie lange Links aufbewahrt werden: &apos;settings link-retention-days&apos;.
</translation>
    </message>
    <message>
        <source>Writes pending URL Pro clicks to the client&apos;s org as records of --object (sObject Collections upsert on --external-id-field, 200 a request) until none is pending. A click goes to the org of the message its link was in (its gateway&apos;s org); every org with pending clicks is written in one run, each with its own login, and one org&apos;s failure holds back only that org. The default org&apos;s connected app comes from the same SALESFORCE_* variables as &apos;engine writeback&apos;.</source>
        <translation>Schreibt ausstehende URL-Pro-Klicks als Datensätze von --object in die Org des Kunden (sObject-Collections-Upsert auf --external-id-field, 200 je Anfrage), bis keiner mehr aussteht. Ein Klick geht an die Org der Nachricht, in der sein Link stand (die Org ihres Gateways); jede Org mit ausstehenden Klicks wird in einem Lauf geschrieben, jede mit ihrer eigenen Anmeldung, und der Fehler einer Org hält nur diese Org zurück. Die verbundene App der Standard-Org kommt aus denselben SALESFORCE_*-Variablen wie bei &apos;engine writeback&apos;.</translation>
    </message>
    <message>
        <source>relayaudit-cli: clicks not written back to %1</source>
        <translation>relayaudit-cli: Klicks nicht zurückgeschrieben an %1</translation>
    </message>
    <message>
        <source>the default org</source>
        <translation>die Standard-Org</translation>
    </message>
    <message>
        <source>org %1</source>
        <translation>Org %1</translation>
    </message>
    <message>
        <source>Wrote back %1 clicks to %5 (%2 refusals retried, %3 given up, %4 session refreshes).</source>
        <translation>%1 Klicks an %5 zurückgeschrieben (%2 Ablehnungen wiederholt, %3 aufgegeben, %4 Sitzungserneuerungen).</translation>
    </message>
</context>
<context>
    <name>relay::cli::PullCommand</name>
    <message>
        <source>Pull a provider&apos;s usage report for a date range into the encrypted cache (resumable).</source>
        <translation>Den Nutzungsbericht eines Anbieters für einen Datumsbereich in den verschlüsselten Cache abrufen (fortsetzbar).</translation>
    </message>
    <message>
        <source>Pulls message records (sending gateway, segments, status timestamps, ids, campaign and brand) from Twilio or Telnyx for UTC days --from..--to, and Twilio&apos;s daily usage. Bodies and recipients are not kept.
Credentials: TWILIO_ACCOUNT_SID with TWILIO_AUTH_TOKEN (or TWILIO_API_KEY and TWILIO_API_SECRET); TELNYX_API_KEY.
Ctrl-C stops cleanly; &apos;pull --resume ID&apos; continues where it stopped.</source>
        <translation>Ruft Nachrichtendatensätze (Sende-Gateway, Segmente, Status-Zeitstempel, IDs, Kampagne und Marke) von Twilio oder Telnyx für die UTC-Tage --from..--to ab, außerdem die tägliche Nutzung von Twilio. Nachrichtentexte und Empfänger werden nicht gespeichert.
Zugangsdaten: TWILIO_ACCOUNT_SID mit TWILIO_AUTH_TOKEN (oder TWILIO_API_KEY und TWILIO_API_SECRET); TELNYX_API_KEY.
Strg+C beendet sauber; &apos;pull --resume ID&apos; setzt dort fort, wo angehalten wurde.</translation>
    </message>
    <message>
        <source>First UTC day (YYYY-MM-DD).</source>
        <translation>Erster UTC-Tag (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Last UTC day (YYYY-MM-DD).</source>
        <translation>Letzter UTC-Tag (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Only this sending gateway (repeatable).</source>
        <translation>Nur dieses Sende-Gateway (mehrfach angebbar).</translation>
    </message>
    <message>
        <source>The client the report is for.</source>
        <translation>Der Kunde, für den der Bericht bestimmt ist.</translation>
    </message>
    <message>
        <source>Stand-in for every host of the provider (e.g. the sandbox).</source>
        <translation>Ersatz für jeden Host des Anbieters (z. B. die Sandbox).</translation>
    </message>
    <message>
        <source>Continue an interrupted pull.</source>
        <translation>Einen unterbrochenen Abruf fortsetzen.</translation>
    </message>
    <message>
        <source>--resume takes a pull id, not &apos;%1&apos;</source>
        <translation>--resume erwartet eine Abruf-ID, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>pull needs --from and --to as YYYY-MM-DD</source>
        <translation>pull benötigt --from und --to im Format YYYY-MM-DD</translation>
    </message>
    <message>
        <source>--base-url takes an http(s) URL, not &apos;%1&apos;</source>
        <translation>--base-url erwartet eine http(s)-URL, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>pull %1: %2 pages, %3 records, %4 records/s</source>
        <translation>Abruf %1: %2 Seiten, %3 Datensätze, %4 Datensätze/s</translation>
    </message>
    <message>
        <source>
Interrupted. Resume with: relayaudit-cli pull --resume %1</source>
        <translation>
Unterbrochen. Fortsetzen mit: relayaudit-cli pull --resume %1</translation>
    </message>
    <message>
        <source>Pull %1 stopped; what was stored is kept. Resume with: relayaudit-cli pull --resume %1</source>
        <translation>Abruf %1 angehalten; bereits Gespeichertes bleibt erhalten. Fortsetzen mit: relayaudit-cli pull --resume %1</translation>
    </message>
    <message>
        <source>Pull %1 complete: %2 records (%3 segments) in %4 pages; %5 retries. Expires %6.</source>
        <translation>Abruf %1 abgeschlossen: %2 Datensätze (%3 Segmente) in %4 Seiten; %5 Wiederholungen. Läuft ab: %6.</translation>
    </message>
    <message>
        <source>twilio (Messages list), twilio-bulk (BulkExport day files) or telnyx</source>
        <translation>twilio (Messages-Liste), twilio-bulk (BulkExport-Tagesdateien) oder telnyx</translation>
    </message>
    <message>
        <source>pull takes twilio, twilio-bulk or telnyx (or --resume ID)</source>
        <translation>pull erwartet twilio, twilio-bulk oder telnyx (oder --resume ID)</translation>
    </message>
    <message>
        <source>The Twilio Account SID (default: TWILIO_ACCOUNT_SID).</source>
        <translation>Die Twilio Account SID (Standard: TWILIO_ACCOUNT_SID).</translation>
    </message>
    <message>
        <source>; or store them with &apos;relayaudit-cli credentials set&apos;</source>
        <translation>; oder speichern Sie sie mit &apos;relayaudit-cli credentials set&apos;</translation>
    </message>
    <message>
        <source>pull %1 is an import of files (%2); imports do not resume: import the files again with &apos;relayaudit-cli import %2 FILE...&apos; (messages stored already are skipped), and delete this one with &apos;relayaudit-cli purge --pull %1&apos;</source>
        <translation>Abruf %1 ist ein Import von Dateien (%2); Importe lassen sich nicht fortsetzen: importieren Sie die Dateien erneut mit &apos;relayaudit-cli import %2 DATEI...&apos; (bereits gespeicherte Nachrichten werden übersprungen) und löschen Sie diesen mit &apos;relayaudit-cli purge --pull %1&apos;</translation>
    </message>
</context>
<context>
    <name>relay::cli::PullsCommand</name>
    <message>
        <source>List the report pulls in the cache, with their 7-day expiry.</source>
        <translation>Die Berichtsabrufe im Cache auflisten, mit ihrem Ablauf nach 7 Tagen.</translation>
    </message>
    <message>
        <source>Lists report pulls (oldest first): id, provider, client, range, state, records, segments, created, expires.</source>
        <translation>Listet Berichtsabrufe auf (älteste zuerst): ID, Anbieter, Kunde, Zeitraum, Zustand, Datensätze, Segmente, erstellt, läuft ab.</translation>
    </message>
    <message>
        <source>No report pulls in this workspace.</source>
        <translation>Keine Berichtsabrufe in diesem Arbeitsbereich.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>PROVIDER</source>
        <translation>ANBIETER</translation>
    </message>
    <message>
        <source>CLIENT</source>
        <translation>KUNDE</translation>
    </message>
    <message>
        <source>RANGE</source>
        <translation>ZEITRAUM</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ZUSTAND</translation>
    </message>
    <message>
        <source>RECORDS</source>
        <translation>DATENSÄTZE</translation>
    </message>
    <message>
        <source>SEGMENTS</source>
        <translation>SEGMENTE</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>ERSTELLT</translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation>LÄUFT AB</translation>
    </message>
</context>
<context>
    <name>relay::cli::PurgeCommand</name>
    <message>
        <source>Delete report pulls past their retention now (or one pull), keeping counts in the purge log.</source>
        <translation>Berichtsabrufe nach Ablauf ihrer Aufbewahrungsfrist jetzt löschen (oder einen einzelnen Abruf); die Anzahlen bleiben im Löschprotokoll erhalten.</translation>
    </message>
    <message>
        <source>Deletes expired report pulls (past their 7 days), or one pull at once with --pull. The purge log keeps ids, counts and times only.</source>
        <translation>Löscht abgelaufene Berichtsabrufe (nach Ablauf ihrer 7 Tage) oder mit --pull sofort einen einzelnen Abruf. Das Löschprotokoll enthält nur IDs, Anzahlen und Zeitpunkte.</translation>
    </message>
    <message>
        <source>Only list what would be deleted.</source>
        <translation>Nur auflisten, was gelöscht würde.</translation>
    </message>
    <message>
        <source>Delete this pull now, expired or not.</source>
        <translation>Diesen Abruf jetzt löschen, ob abgelaufen oder nicht.</translation>
    </message>
    <message>
        <source>--pull takes a pull id, not &apos;%1&apos;</source>
        <translation>--pull erwartet eine Abruf-ID, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Nothing to purge.</source>
        <translation>Nichts zu löschen.</translation>
    </message>
    <message>
        <source>Would delete pull %1: %2 records.</source>
        <translation>Würde Abruf %1 löschen: %2 Datensätze.</translation>
    </message>
    <message>
        <source>Deleted pull %1: %2 records.</source>
        <translation>Abruf %1 gelöscht: %2 Datensätze.</translation>
    </message>
</context>
<context>
    <name>relay::cli::RetentionCommand</name>
    <message>
        <source>retention verify: runs every check of the retention inventory on the live workspace (tables and columns, phone numbers, message text, retention, hashes, encryption and file modes, secrets) and prints each with its counts and evidence. Exit status 0 only when all pass.</source>
        <translation>retention verify: führt jede Prüfung des Aufbewahrungsinventars am aktiven Arbeitsbereich aus (Tabellen und Spalten, Telefonnummern, Nachrichtentext, Aufbewahrung, Hashes, Verschlüsselung und Dateimodi, Geheimnisse) und gibt jede mit ihren Zählwerten und Nachweisen aus. Exit-Status 0 nur, wenn alle bestanden sind.</translation>
    </message>
    <message>
        <source>The action.</source>
        <translation>Die Aktion.</translation>
    </message>
    <message>
        <source>The settings file to check (default: Relay Audit&apos;s own).</source>
        <translation>Die zu prüfende Einstellungsdatei (Standard: die von Relay Audit selbst).</translation>
    </message>
    <message>
        <source>Retention inventory v%1 against %2</source>
        <translation>Aufbewahrungsinventar v%1, geprüft gegen %2</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>BESTANDEN</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>NICHT BESTANDEN</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
    <message>
        <source>All checks pass (%1 ms).</source>
        <translation>Alle Prüfungen bestanden (%1 ms).</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) (%1 ms).</source>
        <translation>
            <numerusform>%n Befund (%1 ms).</numerusform>
            <numerusform>%n Befunde (%1 ms).</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the workspace against the data policy; look up what is kept; signed compliance reports.</source>
        <translation>Den Arbeitsbereich anhand der Datenrichtlinie prüfen; nachsehen, was gespeichert ist; signierte Compliance-Berichte.</translation>
    </message>
    <message>
        <source>retention takes: verify | lookup | report | verify-report</source>
        <translation>retention erwartet: verify | lookup | report | verify-report</translation>
    </message>
    <message>
        <source>A recipient number (hashed in memory).</source>
        <translation>Eine Empfängernummer (im Arbeitsspeicher gehasht).</translation>
    </message>
    <message>
        <source>A Salesforce SMS record id.</source>
        <translation>Eine Salesforce-SMS-Datensatz-ID.</translation>
    </message>
    <message>
        <source>A provider message id.</source>
        <translation>Eine Nachrichten-ID des Anbieters.</translation>
    </message>
    <message>
        <source>retention lookup needs exactly one of --phone, --sms-record and --provider-id</source>
        <translation>retention lookup benötigt genau eine der Optionen --phone, --sms-record und --provider-id</translation>
    </message>
    <message>
        <source>Recipient hash: %1</source>
        <translation>Empfänger-Hash: %1</translation>
    </message>
    <message>
        <source>Scheme: %1</source>
        <translation>Schema: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) in the delivery log:</source>
        <translation>
            <numerusform>%n Nachricht im Zustellprotokoll:</numerusform>
            <numerusform>%n Nachrichten im Zustellprotokoll:</numerusform>
        </translation>
    </message>
    <message>
        <source>SMS record %1, batch %2, gateway %3, %4 %5, status %6</source>
        <translation>SMS-Datensatz %1, Batch %2, Gateway %3, %4 %5, Status %6</translation>
    </message>
    <message numerus="yes">
        <source>%n cached report row(s) with the same provider message id(s).</source>
        <translation>
            <numerusform>%n Berichtszeile im Cache mit derselben Anbieter-Nachrichten-ID.</numerusform>
            <numerusform>%n Berichtszeilen im Cache mit denselben Anbieter-Nachrichten-IDs.</numerusform>
        </translation>
    </message>
    <message>
        <source>pull %1: %2 from %3, status %4</source>
        <translation>Abruf %1: %2 von %3, Status %4</translation>
    </message>
    <message>
        <source>Not retained: %1.</source>
        <translation>Nicht aufbewahrt: %1.</translation>
    </message>
    <message>
        <source>Wrote %1: %2, signed by %3.</source>
        <translation>%1 geschrieben: %2, signiert von %3.</translation>
    </message>
    <message>
        <source>every check passes</source>
        <translation>alle Prüfungen bestanden</translation>
    </message>
    <message>
        <source>some checks fail</source>
        <translation>einige Prüfungen nicht bestanden</translation>
    </message>
    <message>
        <source>retention verify-report FILE.json [--public-key BASE64]: checks the report&apos;s Ed25519 signature and says whether it was altered; with --public-key (from &apos;workspace info&apos;), also that this workspace signed it.</source>
        <translation>retention verify-report FILE.json [--public-key BASE64]: prüft die Ed25519-Signatur des Berichts und gibt an, ob er verändert wurde; mit --public-key (aus &apos;workspace info&apos;) zusätzlich, ob dieser Arbeitsbereich ihn signiert hat.</translation>
    </message>
    <message>
        <source>The report.</source>
        <translation>Der Bericht.</translation>
    </message>
    <message>
        <source>The signer&apos;s public key, base64.</source>
        <translation>Der öffentliche Schlüssel des Unterzeichners, Base64.</translation>
    </message>
    <message>
        <source>retention verify-report takes one report file</source>
        <translation>retention verify-report erwartet genau eine Berichtsdatei</translation>
    </message>
    <message>
        <source>--public-key takes a base64 Ed25519 public key (32 bytes)</source>
        <translation>--public-key erwartet einen Base64-codierten öffentlichen Ed25519-Schlüssel (32 Bytes)</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Valid: signed by %1 for workspace %2 at %3; unaltered.</source>
        <translation>Gültig: signiert von %1 für Arbeitsbereich %2 am %3; unverändert.</translation>
    </message>
    <message>
        <source>NOT VALID: %1</source>
        <translation>NICHT GÜLTIG: %1</translation>
    </message>
    <message>
        <source>retention report --out FILE.json|FILE.pdf: runs every check and writes the signed compliance report (inventory version, app version, workspace id, time, each check with its result and counts, the last 30 days&apos; purges as counts). Signed with the workspace&apos;s Ed25519 key; &apos;retention verify-report&apos; checks it. A PDF is written with the signed JSON beside it (same name, .json) and carries the signature&apos;s fingerprint.</source>
        <translation>retention report --out FILE.json|FILE.pdf: führt jede Prüfung aus und schreibt den signierten Compliance-Bericht (Inventarversion, App-Version, Arbeitsbereichs-ID, Zeitpunkt, jede Prüfung mit Ergebnis und Zählwerten, die Löschungen der letzten 30 Tage als Anzahlen). Signiert mit dem Ed25519-Schlüssel des Arbeitsbereichs; &apos;retention verify-report&apos; prüft ihn. Ein PDF wird zusammen mit dem signierten JSON daneben geschrieben (gleicher Name, .json) und trägt den Fingerabdruck der Signatur.</translation>
    </message>
    <message>
        <source>Where to write the report (.json or .pdf).</source>
        <translation>Wohin der Bericht geschrieben wird (.json oder .pdf).</translation>
    </message>
    <message>
        <source>retention report needs --out FILE.json or --out FILE.pdf</source>
        <translation>retention report benötigt --out FILE.json oder --out FILE.pdf</translation>
    </message>
    <message>
        <source>this build has no PDF support (built without the GUI libraries); use --out FILE.json</source>
        <translation>dieser Build unterstützt kein PDF (ohne die GUI-Bibliotheken erstellt); verwenden Sie --out FILE.json</translation>
    </message>
    <message>
        <source>Wrote %1, its rendering.</source>
        <translation>%1 geschrieben, die zugehörige Darstellung.</translation>
    </message>
    <message>
        <source>Usage: relayaudit-cli retention &lt;action&gt; [options]

Actions:
  verify         Run every check of the data policy on the live workspace.
  lookup         What is kept about one recipient or message, and what is not.
  report         Write the signed compliance report (JSON or PDF).
  verify-report  Check a report&apos;s signature.
</source>
        <translation>Aufruf: relayaudit-cli retention &lt;action&gt; [options]

Aktionen:
  verify         Jede Prüfung der Datenrichtlinie am aktiven Arbeitsbereich ausführen.
  lookup         Was über einen Empfänger oder eine Nachricht gespeichert ist und was nicht.
  report         Den signierten Compliance-Bericht schreiben (JSON oder PDF).
  verify-report  Die Signatur eines Berichts prüfen.
</translation>
    </message>
    <message>
        <source>retention lookup (--phone NUMBER | --sms-record ID | --provider-id ID) [--store DSN]: what the workspace (or an engine&apos;s log) keeps about a recipient or a message (the hash, delivery-log entries, cached report rows) and what it does not keep. Every lookup is in the activity log (the hash or the id, never the number); at most %1 lookups per user in %2 minutes.</source>
        <translation>retention lookup (--phone NUMBER | --sms-record ID | --provider-id ID) [--store DSN]: was der Arbeitsbereich (oder das Protokoll einer Engine) über einen Empfänger oder eine Nachricht speichert (den Hash, Einträge im Zustellprotokoll, Berichtszeilen im Cache) und was er nicht speichert. Jede Abfrage wird im Aktivitätsprotokoll erfasst (der Hash oder die ID, niemals die Nummer); höchstens %1 Abfragen pro Benutzer in %2 Minuten.</translation>
    </message>
</context>
<context>
    <name>relay::cli::SandboxCommand</name>
    <message>
        <source>Serve the local Twilio- and Telnyx-shaped sandbox on 127.0.0.1.</source>
        <translation>Die lokale Sandbox im Stil von Twilio und Telnyx auf 127.0.0.1 bereitstellen.</translation>
    </message>
    <message>
        <source>serve</source>
        <translation>serve</translation>
    </message>
    <message>
        <source>TCP port on 127.0.0.1 (0: any).</source>
        <translation>TCP-Port auf 127.0.0.1 (0: beliebig).</translation>
    </message>
    <message>
        <source>Traffic seed.</source>
        <translation>Seed für den Datenverkehr.</translation>
    </message>
    <message>
        <source>Messages in the range.</source>
        <translation>Nachrichten im Zeitraum.</translation>
    </message>
    <message>
        <source>First day of traffic.</source>
        <translation>Erster Tag des Datenverkehrs.</translation>
    </message>
    <message>
        <source>Last day of traffic.</source>
        <translation>Letzter Tag des Datenverkehrs.</translation>
    </message>
    <message>
        <source>Fault rates.</source>
        <translation>Fehlerraten.</translation>
    </message>
    <message>
        <source>sandbox takes: serve</source>
        <translation>sandbox erwartet: serve</translation>
    </message>
    <message>
        <source>--port takes 0 to 65535</source>
        <translation>--port erwartet 0 bis 65535</translation>
    </message>
    <message>
        <source>--messages takes 0 to 10000000</source>
        <translation>--messages erwartet 0 bis 10000000</translation>
    </message>
    <message>
        <source>--from and --to take YYYY-MM-DD, --from first</source>
        <translation>--from und --to erwarten YYYY-MM-DD, --from zuerst</translation>
    </message>
    <message>
        <source>--faults: %1</source>
        <translation>--faults: %1</translation>
    </message>
    <message>
        <source>cannot listen on 127.0.0.1:%1</source>
        <translation>kann nicht auf 127.0.0.1:%1 lauschen</translation>
    </message>
    <message>
        <source>The certificate (or public key) the stand-in org&apos;s connected app trusts for the JWT bearer flow, PEM.</source>
        <translation>Das Zertifikat (oder der öffentliche Schlüssel), dem die Connected App der Ersatz-Org für den JWT-Bearer-Flow vertraut, im PEM-Format.</translation>
    </message>
    <message>
        <source>--salesforce-cert: cannot read %1 as a PEM file</source>
        <translation>--salesforce-cert: %1 kann nicht als PEM-Datei gelesen werden</translation>
    </message>
    <message>
        <source>--salesforce-cert: %1 holds no certificate or public key</source>
        <translation>--salesforce-cert: %1 enthält weder ein Zertifikat noch einen öffentlichen Schlüssel</translation>
    </message>
    <message>
        <source>Sandbox serving %1 messages (%2..%3) at %4
  Twilio: TWILIO_ACCOUNT_SID=%5 TWILIO_AUTH_TOKEN=%6
  Telnyx: TELNYX_API_KEY=%7 TELNYX_PUBLIC_KEY=%8
  Salesforce: SALESFORCE_CLIENT_ID=%9 SALESFORCE_CLIENT_SECRET=%10 SALESFORCE_REFRESH_TOKEN=%11 (--login-url %4)
  Salesforce JWT bearer flow: SALESFORCE_USERNAME=%12 with SALESFORCE_JWT_KEY_FILE (%13)
Ctrl-C to stop.</source>
        <translation>Sandbox stellt %1 Nachrichten (%2..%3) unter %4 bereit
  Twilio: TWILIO_ACCOUNT_SID=%5 TWILIO_AUTH_TOKEN=%6
  Telnyx: TELNYX_API_KEY=%7 TELNYX_PUBLIC_KEY=%8
  Salesforce: SALESFORCE_CLIENT_ID=%9 SALESFORCE_CLIENT_SECRET=%10 SALESFORCE_REFRESH_TOKEN=%11 (--login-url %4)
  Salesforce-JWT-Bearer-Flow: SALESFORCE_USERNAME=%12 mit SALESFORCE_JWT_KEY_FILE (%13)
Strg+C zum Beenden.</translation>
    </message>
    <message>
        <source>start with --salesforce-cert to accept it</source>
        <translation>starten Sie mit --salesforce-cert, damit er akzeptiert wird</translation>
    </message>
    <message>
        <source>the key of %1</source>
        <translation>der Schlüssel von %1</translation>
    </message>
    <message>
        <source>sandbox serve: a local provider simulator with deterministic traffic (bodies and recipients included, as a provider has them), and a stand-in Salesforce org. Faults: --faults 429=0.1,500=0.05,truncate=0.02,reset=0.02,slow=0.01. What the people at the other end do, as form POSTs: /sandbox/reply (provider=twilio|telnyx, from, to, text, webhook, times: a recipient&apos;s reply, posted signed to the webhook), /sandbox/queued (gateway, phone_number, message, age_seconds: an outgoing SMS record set to Queued), /sandbox/gateway (id, inactive: a Gateway record), /sandbox/org (down, revoked: an outage, revoked tokens).</source>
        <translation>sandbox serve: ein lokaler Anbieter-Simulator mit deterministischem Verkehr (Texte und Empfänger inbegriffen, wie ein Anbieter sie hat) und eine stellvertretende Salesforce-Org. Fehler: --faults 429=0.1,500=0.05,truncate=0.02,reset=0.02,slow=0.01. Was die Menschen am anderen Ende tun, als Formular-POSTs: /sandbox/reply (provider=twilio|telnyx, from, to, text, webhook, times: die Antwort eines Empfängers, signiert an den Webhook gesendet), /sandbox/queued (gateway, phone_number, message, age_seconds: ein ausgehender SMS-Datensatz mit Status Queued), /sandbox/gateway (id, inactive: ein Gateway-Datensatz), /sandbox/org (down, revoked: ein Ausfall, widerrufene Tokens).</translation>
    </message>
    <message>
        <source>Play the org&apos;s managed package: post each record /sandbox/queued makes to this intake URL (the engine&apos;s /salesforce/sms), signed for --org with its intake secret from RELAYAUDIT_INTAKE_SECRET_&lt;ORG&gt;.</source>
        <translation>Das verwaltete Paket der Org spielen: jeden Datensatz, den /sandbox/queued anlegt, an diese Intake-URL senden (das /salesforce/sms der Engine), signiert für --org mit deren Intake-Geheimnis aus RELAYAUDIT_INTAKE_SECRET_&lt;ORG&gt;.</translation>
    </message>
    <message>
        <source>The org&apos;s name in the engine&apos;s workspace (X-Relay-Org), with --callout.</source>
        <translation>Der Name der Org im Arbeitsbereich der Engine (X-Relay-Org), mit --callout.</translation>
    </message>
    <message>
        <source>With --callout: the share of callouts posted a second time (default 0.1).</source>
        <translation>Mit --callout: der Anteil der Callouts, die ein zweites Mal gesendet werden (Standard 0.1).</translation>
    </message>
    <message>
        <source>With --callout: the share of callouts never posted, left to the sweep (default 0).</source>
        <translation>Mit --callout: der Anteil der Callouts, die nie gesendet werden und dem Sweep bleiben (Standard 0).</translation>
    </message>
    <message>
        <source>--callout takes the engine&apos;s intake URL, such as http://127.0.0.1:8090/salesforce/sms</source>
        <translation>--callout nimmt die Intake-URL der Engine, etwa http://127.0.0.1:8090/salesforce/sms</translation>
    </message>
    <message>
        <source>--callout needs --org NAME, the org&apos;s name in the engine&apos;s workspace</source>
        <translation>--callout braucht --org NAME, den Namen der Org im Arbeitsbereich der Engine</translation>
    </message>
    <message>
        <source>--callout-twice and --callout-lost take a share from 0 to 1</source>
        <translation>--callout-twice und --callout-lost nehmen einen Anteil von 0 bis 1</translation>
    </message>
    <message>
        <source>--callout: set %1 to org %2&apos;s intake secret (at least %3 characters), as for engine serve</source>
        <translation>--callout: setzen Sie %1 auf das Intake-Geheimnis der Org %2 (mindestens %3 Zeichen), wie für engine serve</translation>
    </message>
</context>
<context>
    <name>relay::cli::SchedulerCommand</name>
    <message>
        <source>Scheduler: users&apos; free/busy times from iCalendar, bookable slots, guest bookings.</source>
        <translation>Scheduler: Frei/Gebucht-Zeiten der Benutzer aus iCalendar, buchbare Zeitfenster, Gastbuchungen.</translation>
    </message>
    <message>
        <source>unknown scheduler action &apos;%1&apos;</source>
        <translation>unbekannte scheduler-Aktion &apos;%1&apos;</translation>
    </message>
    <message>
        <source>scheduler import-ics USER FILE: reads FILE (a VFREEBUSY, or VEVENTs of which only start, end and transparency are kept) and replaces USER&apos;s busy times. Event titles, descriptions, locations, attendees and organisers are dropped while parsing. A malformed file stores nothing and names the line.</source>
        <translation>scheduler import-ics USER FILE: liest FILE (ein VFREEBUSY oder VEVENTs, von denen nur Beginn, Ende und Transparenz gespeichert werden) und ersetzt die belegten Zeiten von USER. Titel, Beschreibungen, Orte, Teilnehmer und Organisatoren von Ereignissen werden beim Einlesen verworfen. Bei einer fehlerhaften Datei wird nichts gespeichert und die Zeile genannt.</translation>
    </message>
    <message>
        <source>The scheduler user.</source>
        <translation>Der Scheduler-Benutzer.</translation>
    </message>
    <message>
        <source>An .ics file.</source>
        <translation>Eine .ics-Datei.</translation>
    </message>
    <message>
        <source>scheduler import-ics takes USER FILE</source>
        <translation>scheduler import-ics erwartet USER FILE</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 16 MiB; a calendar export is far smaller</source>
        <translation>%1 ist größer als 16 MiB; ein Kalenderexport ist weit kleiner</translation>
    </message>
    <message>
        <source>Imported %1&apos;s calendar: %2 busy interval(s) from %3 event(s) and %4 free/busy period(s); %5 transparent or cancelled event(s) block nothing. Time zone %6.</source>
        <translation>Kalender von %1 importiert: %2 belegte(s) Intervall(e) aus %3 Ereignis(sen) und %4 Frei/Gebucht-Zeitraum/-räumen; %5 transparente oder abgesagte Ereignis(se) blockieren nichts. Zeitzone %6.</translation>
    </message>
    <message>
        <source>scheduler hours USER --start HH:MM --end HH:MM [--timezone ZONE]: the hours slots are offered in (09:00 to 17:00 in the calendar&apos;s time zone unless set).</source>
        <translation>scheduler hours USER --start HH:MM --end HH:MM [--timezone ZONE]: die Zeiten, in denen Zeitfenster angeboten werden (09:00 bis 17:00 in der Zeitzone des Kalenders, sofern nicht festgelegt).</translation>
    </message>
    <message>
        <source>Start of the working day.</source>
        <translation>Beginn des Arbeitstages.</translation>
    </message>
    <message>
        <source>End of the working day.</source>
        <translation>Ende des Arbeitstages.</translation>
    </message>
    <message>
        <source>IANA time zone.</source>
        <translation>IANA-Zeitzone.</translation>
    </message>
    <message>
        <source>scheduler hours takes USER --start HH:MM --end HH:MM, the start before the end</source>
        <translation>scheduler hours erwartet USER --start HH:MM --end HH:MM, wobei der Beginn vor dem Ende liegt</translation>
    </message>
    <message>
        <source>--timezone: &apos;%1&apos; is not an IANA time zone</source>
        <translation>--timezone: &apos;%1&apos; ist keine IANA-Zeitzone</translation>
    </message>
    <message>
        <source>%1 works %2 to %3.</source>
        <translation>%1 arbeitet von %2 bis %3.</translation>
    </message>
    <message>
        <source>scheduler terms USER --version V: records that USER agreed to the terms of use V (at sign-in), now.</source>
        <translation>scheduler terms USER --version V: erfasst mit dem aktuellen Zeitpunkt, dass USER den Nutzungsbedingungen V (bei der Anmeldung) zugestimmt hat.</translation>
    </message>
    <message>
        <source>The terms-of-use version.</source>
        <translation>Die Version der Nutzungsbedingungen.</translation>
    </message>
    <message>
        <source>scheduler terms takes USER --version V</source>
        <translation>scheduler terms erwartet USER --version V</translation>
    </message>
    <message>
        <source>%1 agreed to terms %2.</source>
        <translation>%1 hat den Nutzungsbedingungen %2 zugestimmt.</translation>
    </message>
    <message>
        <source>scheduler users: each user&apos;s time zone, working hours, busy intervals and terms.</source>
        <translation>scheduler users: Zeitzone, Arbeitszeiten, belegte Intervalle und Nutzungsbedingungen jedes Benutzers.</translation>
    </message>
    <message>
        <source>No scheduler users; import a calendar with &apos;scheduler import-ics USER FILE&apos;.</source>
        <translation>Keine Scheduler-Benutzer; importieren Sie einen Kalender mit &apos;scheduler import-ics USER FILE&apos;.</translation>
    </message>
    <message>
        <source>%1  %2  %3-%4  %5 busy interval(s)  terms %6</source>
        <translation>%1  %2  %3-%4  %5 belegte(s) Intervall(e)  Bedingungen %6</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>scheduler slots USER --from YYYY-MM-DD --to YYYY-MM-DD --length 30m: the free slots of that length inside USER&apos;s working hours (in the user&apos;s time zone), none overlapping busy time or a booking. --json prints [{&quot;start&quot;, &quot;end&quot;}] in ISO 8601 UTC.</source>
        <translation>scheduler slots USER --from YYYY-MM-DD --to YYYY-MM-DD --length 30m: die freien Zeitfenster dieser Länge innerhalb der Arbeitszeiten von USER (in der Zeitzone des Benutzers), die sich weder mit belegter Zeit noch mit einer Buchung überschneiden. --json gibt [{&quot;start&quot;, &quot;end&quot;}] in ISO 8601 UTC aus.</translation>
    </message>
    <message>
        <source>First day.</source>
        <translation>Erster Tag.</translation>
    </message>
    <message>
        <source>Last day (inclusive).</source>
        <translation>Letzter Tag (einschließlich).</translation>
    </message>
    <message>
        <source>Slot length: 30m, 1h, 1h30m.</source>
        <translation>Länge des Zeitfensters: 30m, 1h, 1h30m.</translation>
    </message>
    <message>
        <source>scheduler slots takes one USER</source>
        <translation>scheduler slots erwartet genau einen USER</translation>
    </message>
    <message>
        <source>--from and --to take dates as YYYY-MM-DD</source>
        <translation>--from und --to erwarten Datumsangaben im Format YYYY-MM-DD</translation>
    </message>
    <message>
        <source>--length takes a duration such as 30m, 1h or 1h30m, not &apos;%1&apos;</source>
        <translation>--length erwartet eine Dauer wie 30m, 1h oder 1h30m, nicht &apos;%1&apos;</translation>
    </message>
    <message numerus="yes">
        <source>No free slots of %n minute(s) in that range.</source>
        <translation>
            <numerusform>Keine freien Zeitfenster von %n Minute in diesem Zeitraum.</numerusform>
            <numerusform>Keine freien Zeitfenster von %n Minuten in diesem Zeitraum.</numerusform>
        </translation>
    </message>
    <message>
        <source>scheduler book USER --start ISO8601 --length 30m --name NAME --email EMAIL [--phone +E164] --guest-terms V [--user-terms V]: books a guest into a free slot, recording the terms-of-use version each party agreed to and when.</source>
        <translation>scheduler book USER --start ISO8601 --length 30m --name NAME --email EMAIL [--phone +E164] --guest-terms V [--user-terms V]: bucht einen Gast in ein freies Zeitfenster und erfasst, welcher Version der Nutzungsbedingungen jede Partei wann zugestimmt hat.</translation>
    </message>
    <message>
        <source>Slot start, e.g. 2026-12-01T14:00:00Z.</source>
        <translation>Beginn des Zeitfensters, z. B. 2026-12-01T14:00:00Z.</translation>
    </message>
    <message>
        <source>Slot length (default 30m).</source>
        <translation>Länge des Zeitfensters (Standard 30m).</translation>
    </message>
    <message>
        <source>The guest&apos;s name.</source>
        <translation>Der Name des Gastes.</translation>
    </message>
    <message>
        <source>The guest&apos;s email address.</source>
        <translation>Die E-Mail-Adresse des Gastes.</translation>
    </message>
    <message>
        <source>The guest&apos;s own phone number (optional).</source>
        <translation>Die eigene Telefonnummer des Gastes (optional).</translation>
    </message>
    <message>
        <source>Terms-of-use version the guest agreed to.</source>
        <translation>Version der Nutzungsbedingungen, der der Gast zugestimmt hat.</translation>
    </message>
    <message>
        <source>The user&apos;s (default: as recorded by &apos;scheduler terms&apos;).</source>
        <translation>Die Version des Benutzers (Standard: wie mit &apos;scheduler terms&apos; erfasst).</translation>
    </message>
    <message>
        <source>scheduler book takes USER --start TIME (ISO 8601 with its offset) --length 30m and the guest&apos;s details</source>
        <translation>scheduler book erwartet USER --start TIME (ISO 8601 mit Zeitzonenversatz) --length 30m und die Angaben des Gastes</translation>
    </message>
    <message>
        <source>Booked %1 to %2 (booking %3).</source>
        <translation>%1 bis %2 gebucht (Buchung %3).</translation>
    </message>
    <message>
        <source>scheduler bookings [USER]: the bookings, with the guest&apos;s details and both parties&apos; terms-of-use versions.</source>
        <translation>scheduler bookings [USER]: die Buchungen, mit den Angaben des Gastes und den Versionen der Nutzungsbedingungen beider Parteien.</translation>
    </message>
    <message>
        <source>Only this user&apos;s.</source>
        <translation>Nur die dieses Benutzers.</translation>
    </message>
    <message>
        <source>No bookings.</source>
        <translation>Keine Buchungen.</translation>
    </message>
    <message>
        <source>%1  %2  %3-%4  %5 &lt;%6&gt;  terms: user %7, guest %8</source>
        <translation>%1  %2  %3-%4  %5 &lt;%6&gt;  Bedingungen: Benutzer %7, Gast %8</translation>
    </message>
    <message>
        <source>Usage: relayaudit-cli scheduler &lt;action&gt; [options]

Actions:
  import-ics  Replace a user&apos;s busy times with those of an iCalendar file (times only are kept).
  hours       Show or set a user&apos;s working hours and time zone.
  terms       Record the terms-of-use version a user agreed to.
  users       The users, with their time zone, hours and busy intervals.
  slots       Bookable slots of a given length.
  book        Book a guest into a slot.
  bookings    The bookings.
How long bookings are kept: &apos;settings scheduler-retention-days&apos;.
</source>
        <translation>Aufruf: relayaudit-cli scheduler &lt;action&gt; [options]

Aktionen:
  import-ics  Die belegten Zeiten eines Benutzers durch die einer iCalendar-Datei ersetzen (nur die Zeiten werden gespeichert).
  hours       Arbeitszeiten und Zeitzone eines Benutzers anzeigen oder festlegen.
  terms       Die Version der Nutzungsbedingungen erfassen, der ein Benutzer zugestimmt hat.
  users       Die Benutzer, mit Zeitzone, Arbeitszeiten und belegten Intervallen.
  slots       Buchbare Zeitfenster einer bestimmten Länge.
  book        Einen Gast in ein Zeitfenster buchen.
  bookings    Die Buchungen.
Wie lange Buchungen aufbewahrt werden: &apos;settings scheduler-retention-days&apos;.
</translation>
    </message>
</context>
<context>
    <name>relay::cli::SettingsCommand</name>
    <message>
        <source>The new value.</source>
        <translation>Der neue Wert.</translation>
    </message>
    <message>
        <source>%1 must be a whole number from 1 to %2, not &apos;%3&apos;</source>
        <translation>%1 muss eine ganze Zahl von 1 bis %2 sein, nicht &apos;%3&apos;</translation>
    </message>
    <message>
        <source>Show or change workspace settings: report-ttl-days (1 to 7), and log-, access-, link- and scheduler-retention-days (1 to 3650).</source>
        <translation>Zeigt oder ändert Einstellungen des Arbeitsbereichs: report-ttl-days (1 bis 7) sowie log-, access-, link- und scheduler-retention-days (1 bis 3650).</translation>
    </message>
    <message>
        <source>report-ttl-days [DAYS]: how many days report pulls are kept (1 to 7; the policy allows no more than 7).
log-retention-days [DAYS]: how many days the delivery log keeps a message after its last status change (1 to 3650, default 90).
access-retention-days [DAYS]: how many days imported Setup Audit Trail rows and their reviews are kept (1 to 3650, default 365).
link-retention-days [DAYS]: how many days short links and their clicks are kept after the link was made (1 to 3650, default 90; a click written back goes 7 days after its write).
scheduler-retention-days [DAYS]: how many days bookings are kept after they end (1 to 3650, default 90).</source>
        <translation>report-ttl-days [DAYS]: wie viele Tage Berichtsabrufe aufbewahrt werden (1 bis 7; die Richtlinie erlaubt höchstens 7).
log-retention-days [DAYS]: wie viele Tage das Zustellungsprotokoll eine Nachricht nach ihrer letzten Statusänderung aufbewahrt (1 bis 3650, Standard 90).
access-retention-days [DAYS]: wie viele Tage importierte Setup-Audit-Trail-Zeilen und ihre Überprüfungen aufbewahrt werden (1 bis 3650, Standard 365).
link-retention-days [DAYS]: wie viele Tage Kurzlinks und ihre Klicks nach der Erstellung des Links aufbewahrt werden (1 bis 3650, Standard 90; ein zurückgeschriebener Klick wird 7 Tage nach seinem Rückschreiben gelöscht).
scheduler-retention-days [DAYS]: wie viele Tage Buchungen nach ihrem Ende aufbewahrt werden (1 bis 3650, Standard 90).</translation>
    </message>
    <message>
        <source>report-ttl-days, log-retention-days, access-retention-days, link-retention-days or scheduler-retention-days</source>
        <translation>report-ttl-days, log-retention-days, access-retention-days, link-retention-days oder scheduler-retention-days</translation>
    </message>
    <message>
        <source>settings takes: %1</source>
        <translation>settings erwartet: %1</translation>
    </message>
</context>
<context>
    <name>relay::cli::Terminal</name>
    <message>
        <source>a passphrase needs at least %1 characters</source>
        <translation>eine Passphrase braucht mindestens %1 Zeichen</translation>
    </message>
    <message>
        <source>the passphrases do not match</source>
        <translation>die Passphrasen stimmen nicht überein</translation>
    </message>
</context>
<context>
    <name>relay::cli::WorkspaceCommand</name>
    <message>
        <source>Where the key lives: keychain, passphrase or auto (default: auto = passphrase when RELAYAUDIT_PASSPHRASE is set, else the keychain, else a prompted passphrase).</source>
        <translation>Wo der Schlüssel liegt: keychain, passphrase oder auto (Standard: auto = passphrase, wenn RELAYAUDIT_PASSPHRASE gesetzt ist, sonst der Schlüsselbund, sonst eine abgefragte Passphrase).</translation>
    </message>
    <message>
        <source>Create, inspect and re-key the encrypted workspace; verify its activity log.</source>
        <translation>Den verschlüsselten Arbeitsbereich erstellen, anzeigen und neu verschlüsseln; sein Aktivitätsprotokoll prüfen.</translation>
    </message>
    <message>
        <source>unknown workspace action &apos;%1&apos;</source>
        <translation>unbekannte workspace-Aktion &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Creates an encrypted workspace in --workspace DIR (or the default place).</source>
        <translation>Erstellt einen verschlüsselten Arbeitsbereich in --workspace DIR (oder am Standardort).</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a workspace already exists at %1</source>
        <translation>unter %1 existiert bereits ein Arbeitsbereich</translation>
    </message>
    <message>
        <source>--key-source takes keychain, passphrase or auto, not &apos;%1&apos;</source>
        <translation>--key-source erwartet keychain, passphrase oder auto, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Created an encrypted workspace at %1 (key derived from a passphrase).</source>
        <translation>Verschlüsselter Arbeitsbereich unter %1 erstellt (Schlüssel aus einer Passphrase abgeleitet).</translation>
    </message>
    <message>
        <source>The system keychain did not answer; using a passphrase instead.</source>
        <translation>Der System-Schlüsselbund hat nicht geantwortet; stattdessen wird eine Passphrase verwendet.</translation>
    </message>
    <message>
        <source>; set RELAYAUDIT_PASSPHRASE to protect the workspace with a passphrase</source>
        <translation>; setzen Sie RELAYAUDIT_PASSPHRASE, um den Arbeitsbereich mit einer Passphrase zu schützen</translation>
    </message>
    <message>
        <source>Created an encrypted workspace at %1 (random key kept in the system keychain).</source>
        <translation>Verschlüsselter Arbeitsbereich unter %1 erstellt (Zufallsschlüssel im System-Schlüsselbund abgelegt).</translation>
    </message>
    <message>
        <source>Shows the workspace&apos;s path, schema, cipher settings and files. Never shows a key or passphrase.</source>
        <translation>Zeigt Pfad, Schema, Verschlüsselungseinstellungen und Dateien des Arbeitsbereichs. Zeigt niemals einen Schlüssel oder eine Passphrase.</translation>
    </message>
    <message>
        <source>Workspace:        %1</source>
        <translation>Arbeitsbereich:      %1</translation>
    </message>
    <message>
        <source>Id:               %1</source>
        <translation>Id:                  %1</translation>
    </message>
    <message>
        <source>Created:          %1</source>
        <translation>Erstellt:            %1</translation>
    </message>
    <message>
        <source>Schema version:   %1 (format %2)</source>
        <translation>Schemaversion:       %1 (Format %2)</translation>
    </message>
    <message>
        <source>Key:              random 256-bit key in the system keychain</source>
        <translation>Schlüssel:           zufälliger 256-Bit-Schlüssel im System-Schlüsselbund</translation>
    </message>
    <message>
        <source>Key:              Argon2id from a passphrase (%1 passes, %2)</source>
        <translation>Schlüssel:           Argon2id aus einer Passphrase (%1 Durchläufe, %2)</translation>
    </message>
    <message>
        <source>Cipher:           SQLCipher %1, raw key, %2-byte pages, HMAC %3, secure delete %4</source>
        <translation>Verschlüsselung:     SQLCipher %1, Rohschlüssel, %2-Byte-Seiten, HMAC %3, sicheres Löschen %4</translation>
    </message>
    <message>
        <source>on</source>
        <translation>ein</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Activity entries: %1</source>
        <translation>Aktivitätseinträge:  %1</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Dateien:</translation>
    </message>
    <message>
        <source>Re-encrypts the workspace under a new key. The new passphrase comes from RELAYAUDIT_NEW_PASSPHRASE or is typed twice; the current one from RELAYAUDIT_PASSPHRASE or a prompt.</source>
        <translation>Verschlüsselt den Arbeitsbereich mit einem neuen Schlüssel neu. Die neue Passphrase stammt aus RELAYAUDIT_NEW_PASSPHRASE oder wird zweimal eingegeben; die aktuelle aus RELAYAUDIT_PASSPHRASE oder einer Abfrage.</translation>
    </message>
    <message>
        <source>The new key&apos;s source: keychain or passphrase (default: the current one).</source>
        <translation>Die Quelle des neuen Schlüssels: keychain oder passphrase (Standard: die aktuelle).</translation>
    </message>
    <message>
        <source>--to takes keychain or passphrase, not &apos;%1&apos;</source>
        <translation>--to erwartet keychain oder passphrase, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Re-encrypted %1 under the new key.</source>
        <translation>%1 mit dem neuen Schlüssel neu verschlüsselt.</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Neue Passphrase: </translation>
    </message>
    <message>
        <source>Repeat the new passphrase: </source>
        <translation>Neue Passphrase wiederholen: </translation>
    </message>
    <message>
        <source>Checks that no activity log entry was altered, inserted or removed.</source>
        <translation>Prüft, dass kein Eintrag des Aktivitätsprotokolls geändert, eingefügt oder entfernt wurde.</translation>
    </message>
    <message numerus="yes">
        <source>Activity log intact: %n entries, hash chain verified.</source>
        <translation>
            <numerusform>Aktivitätsprotokoll intakt: %n Eintrag, Hash-Kette verifiziert.</numerusform>
            <numerusform>Aktivitätsprotokoll intakt: %n Einträge, Hash-Kette verifiziert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Activity log damaged: %1.</source>
        <translation>Aktivitätsprotokoll beschädigt: %1.</translation>
    </message>
    <message>
        <source>Lists the activity log: who did what, when, with counts.</source>
        <translation>Listet das Aktivitätsprotokoll auf: wer was wann getan hat, mit Anzahlen.</translation>
    </message>
    <message>
        <source>Report signing:   Ed25519 %1 (%2)</source>
        <translation>Berichtssignatur:    Ed25519 %1 (%2)</translation>
    </message>
    <message>
        <source>Usage: relayaudit-cli [--workspace DIR] workspace &lt;action&gt; [options]

Actions:
  init        Create an encrypted workspace.
  info        Show path, schema version, cipher settings and file sizes.
  rekey       Re-encrypt the workspace under a new key or passphrase.
  verify-log  Check the activity log&apos;s hash chain.
  check       Read every page and verify its HMAC, then the structure.
  log         Show the activity log.
</source>
        <translation>Aufruf: relayaudit-cli [--workspace DIR] workspace &lt;action&gt; [options]

Aktionen:
  init        Einen verschlüsselten Arbeitsbereich erstellen.
  info        Pfad, Schemaversion, Verschlüsselungseinstellungen und Dateigrößen anzeigen.
  rekey       Den Arbeitsbereich mit einem neuen Schlüssel oder einer neuen Passphrase neu verschlüsseln.
  verify-log  Die Hash-Kette des Aktivitätsprotokolls prüfen.
  check       Jede Seite lesen und ihren HMAC prüfen, dann die Struktur.
  log         Das Aktivitätsprotokoll anzeigen.
</translation>
    </message>
    <message>
        <source>Reads every page of the workspace database from the file and verifies its HMAC (SQLCipher checks a page only when a command reads it), then SQLite&apos;s structural check. A damaged page is named with what lives there. Changes nothing; exit 1 when anything is damaged.</source>
        <translation>Liest jede Seite der Datenbank des Arbeitsbereichs aus der Datei und prüft ihren HMAC (SQLCipher prüft eine Seite nur, wenn ein Befehl sie liest), dann die Strukturprüfung von SQLite. Eine beschädigte Seite wird mit ihrem Inhalt benannt. Ändert nichts; Exitcode 1, wenn etwas beschädigt ist.</translation>
    </message>
    <message numerus="yes">
        <source>Workspace intact: %n page(s) read, every HMAC verified, the structure is sound.</source>
        <translation>
            <numerusform>Arbeitsbereich unversehrt: %n Seite gelesen, jeder HMAC geprüft, die Struktur ist in Ordnung.</numerusform>
            <numerusform>Arbeitsbereich unversehrt: %n Seiten gelesen, jeder HMAC geprüft, die Struktur ist in Ordnung.</numerusform>
        </translation>
    </message>
    <message>
        <source>damaged: page %1 (%2)</source>
        <translation>beschädigt: Seite %1 (%2)</translation>
    </message>
    <message>
        <source>damaged: %1</source>
        <translation>beschädigt: %1</translation>
    </message>
    <message>
        <source>Workspace damaged: %1 of %2 pages fail their HMAC; %3 structural problem(s). Restore the workspace from a backup, or re-create it and pull again (the report cache refills from the providers).</source>
        <translation>Arbeitsbereich beschädigt: %1 von %2 Seiten bestehen ihre HMAC-Prüfung nicht; %3 Strukturproblem(e). Stellen Sie den Arbeitsbereich aus einer Sicherung wieder her, oder legen Sie ihn neu an und rufen Sie erneut ab (der Berichts-Cache füllt sich von den Anbietern neu).</translation>
    </message>
</context>
<context>
    <name>relay::core::Error</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is a sentence saying what went wrong, %2 a technical detail (a file name, an SQLite message)</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>A file could not be read or written.</source>
        <translation>Eine Datei konnte nicht gelesen oder geschrieben werden.</translation>
    </message>
    <message>
        <source>Wrong passphrase, or not a Relay Audit workspace.</source>
        <translation>Falsche Passphrase oder kein Relay-Audit-Arbeitsbereich.</translation>
    </message>
    <message>
        <source>The database is not encrypted; Relay Audit only opens encrypted workspaces.</source>
        <translation>Die Datenbank ist nicht verschlüsselt; Relay Audit öffnet nur verschlüsselte Arbeitsbereiche.</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>Nicht gefunden.</translation>
    </message>
    <message>
        <source>It already exists; nothing was overwritten.</source>
        <translation>Es existiert bereits; nichts wurde überschrieben.</translation>
    </message>
    <message>
        <source>The database reported an error.</source>
        <translation>Die Datenbank hat einen Fehler gemeldet.</translation>
    </message>
    <message>
        <source>The system keychain did not answer.</source>
        <translation>Der System-Schlüsselbund hat nicht geantwortet.</translation>
    </message>
    <message>
        <source>A passphrase is needed: set RELAYAUDIT_PASSPHRASE or enter it when asked.</source>
        <translation>Eine Passphrase wird benötigt: Setzen Sie RELAYAUDIT_PASSPHRASE oder geben Sie sie bei der Abfrage ein.</translation>
    </message>
    <message>
        <source>Invalid input.</source>
        <translation>Ungültige Eingabe.</translation>
    </message>
    <message>
        <source>The workspace schema could not be brought up to date.</source>
        <translation>Das Schema des Arbeitsbereichs konnte nicht aktualisiert werden.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Another process (the app or relayaudit-cli) kept the workspace busy for too long; nothing was changed. Try again when it has finished.</source>
        <translation>Ein anderer Prozess (die App oder relayaudit-cli) hat den Arbeitsbereich zu lange belegt; nichts wurde geändert. Versuchen Sie es erneut, wenn er fertig ist.</translation>
    </message>
    <message>
        <source>The workspace database is damaged; &apos;relayaudit-cli workspace check&apos; (or Retention &gt; Files &gt; Check Pages) names the damaged pages.</source>
        <translation>Die Datenbank des Arbeitsbereichs ist beschädigt; &apos;relayaudit-cli workspace check&apos; (oder Aufbewahrung &gt; Dateien &gt; Seiten prüfen) nennt die beschädigten Seiten.</translation>
    </message>
    <message>
        <source>Credentials are needed and none were found in the environment or the keychain.</source>
        <translation>Zugangsdaten werden benötigt, aber weder in der Umgebung noch im Schlüsselbund gefunden.</translation>
    </message>
    <message>
        <source>A remote service (a provider or a Salesforce org) refused the request or could not be reached.</source>
        <translation>Ein entfernter Dienst (ein Anbieter oder eine Salesforce-Org) hat die Anfrage abgelehnt oder war nicht erreichbar.</translation>
    </message>
</context>
<context>
    <name>relay::core::RecordColumns</name>
    <message>
        <source>Pull</source>
        <translation>Abruf</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Message id</source>
        <translation>Nachrichten-ID</translation>
    </message>
    <message>
        <source>Sending gateway</source>
        <translation>Sende-Gateway</translation>
    </message>
    <message>
        <source>Messaging service</source>
        <translation>Messaging-Dienst</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marke</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Medien</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Fehlercode</translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation>Erstellt (UTC)</translation>
    </message>
    <message>
        <source>Sent (UTC)</source>
        <translation>Gesendet (UTC)</translation>
    </message>
    <message>
        <source>Updated (UTC)</source>
        <translation>Aktualisiert (UTC)</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
</context>
<context>
    <name>relay::ui::AboutDialog</name>
    <message>
        <source>About Relay Audit</source>
        <translation>Über Relay Audit</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Relay Audit %1&lt;/h2&gt;&lt;p&gt;The compliance and audit console for SMS and WhatsApp relaying: deliveries, provider usage reports, retention checks and subscriber-access audits.&lt;/p&gt;&lt;p&gt;Everything it keeps is encrypted at rest (SQLCipher). Raw recipient numbers and message bodies are never stored.&lt;/p&gt;&lt;p&gt;Built with Qt %2, SQLCipher, libsodium, libphonenumber and QtKeychain.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Relay Audit %1&lt;/h2&gt;&lt;p&gt;Die Compliance- und Audit-Konsole für die Weiterleitung von SMS und WhatsApp: Zustellungen, Nutzungsberichte der Anbieter, Aufbewahrungsprüfungen und Audits des Abonnentenzugriffs.&lt;/p&gt;&lt;p&gt;Alles, was sie speichert, ist im Ruhezustand verschlüsselt (SQLCipher). Empfängernummern im Klartext und Nachrichtentexte werden niemals gespeichert.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2, SQLCipher, libsodium, libphonenumber und QtKeychain.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>relay::ui::AccessPage</name>
    <message>
        <source>No logout: the session never ended in the trail; it closed after the idle gap.</source>
        <translation>Keine Abmeldung: Die Sitzung endete im Trail nie; sie wurde nach der Inaktivitätslücke geschlossen.</translation>
    </message>
    <message>
        <source>No login: changes by vendor staff with no login row imported before them.</source>
        <translation>Keine Anmeldung: Änderungen durch Anbieter-Mitarbeiter, vor denen keine Anmeldezeile importiert wurde.</translation>
    </message>
    <message>
        <source>Outside any grant: no login-access grant of the org covered its start.</source>
        <translation>Außerhalb jeder Gewährung: Keine Anmeldezugriffs-Gewährung der Org deckte ihren Beginn ab.</translation>
    </message>
    <message>
        <source>Sensitive sections: changes to users, profiles, security, sharing, connected apps, certificates, data export or packages.</source>
        <translation>Sensible Bereiche: Änderungen an Benutzern, Profilen, Sicherheit, Freigaben, verbundenen Apps, Zertifikaten, Datenexport oder Paketen.</translation>
    </message>
    <message>
        <source>Many changes: more than the limit in one session.</source>
        <translation>Viele Änderungen: mehr als das Limit in einer Sitzung.</translation>
    </message>
    <message>
        <source>After hours: activity outside the org&apos;s business hours.</source>
        <translation>Außerhalb der Geschäftszeiten: Aktivität außerhalb der Geschäftszeiten der Org.</translation>
    </message>
    <message>
        <source>Save &amp;Review</source>
        <translation>Überprüfung &amp;speichern</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Access Audit&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Zugriffsaudit&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&amp;Import Audit Trail…</source>
        <translation>Audit-Trail &amp;importieren…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>&amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>&amp;PDF exportieren…</translation>
    </message>
    <message>
        <source>Org</source>
        <translation>Org</translation>
    </message>
    <message>
        <source>Staff user</source>
        <translation>Mitarbeiter-Benutzer</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Any flag or none</source>
        <translation>Beliebige oder keine Markierung</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Markiert</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Markierung</translation>
    </message>
    <message>
        <source>Any review state</source>
        <translation>Beliebiger Überprüfungsstatus</translation>
    </message>
    <message>
        <source>Not reviewed</source>
        <translation>Nicht überprüft</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Überprüft</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Eskaliert</translation>
    </message>
    <message>
        <source>Review state</source>
        <translation>Überprüfungsstatus</translation>
    </message>
    <message>
        <source>from</source>
        <translation>von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Acting as</source>
        <translation>Handelnd als</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Markierungen</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Überprüfung</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Session details</source>
        <translation>Sitzungsdetails</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>Überprüfungsstatus</translation>
    </message>
    <message>
        <source>Why: a ticket, what was checked, who was asked</source>
        <translation>Begründung: ein Ticket, was geprüft wurde, wer gefragt wurde</translation>
    </message>
    <message>
        <source>Review note</source>
        <translation>Überprüfungsnotiz</translation>
    </message>
    <message>
        <source>Mark as</source>
        <translation>Markieren als</translation>
    </message>
    <message>
        <source>The audit store could not be read.</source>
        <translation>Der Audit-Speicher konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>All orgs</source>
        <translation>Alle Orgs</translation>
    </message>
    <message>
        <source>All staff</source>
        <translation>Alle Mitarbeiter</translation>
    </message>
    <message>
        <source>No Setup Audit Trail is imported yet. Import a trail (the CSV the Setup page downloads, or saved REST query pages), or run &quot;relayaudit-cli access pull&quot;; then say who the vendor staff are with &quot;relayaudit-cli access staff add&quot;.</source>
        <translation>Es ist noch kein Setup Audit Trail importiert. Importieren Sie einen Trail (die CSV-Datei, die die Setup-Seite herunterlädt, oder gespeicherte REST-Abfrageseiten) oder führen Sie &quot;relayaudit-cli access pull&quot; aus; geben Sie dann mit &quot;relayaudit-cli access staff add&quot; an, wer die Anbieter-Mitarbeiter sind.</translation>
    </message>
    <message numerus="yes">
        <source>%n audit-trail row(s) imported, but no vendor staff is configured: add their usernames or domain with &quot;relayaudit-cli access staff add&quot;.</source>
        <translation>
            <numerusform>%n Audit-Trail-Zeile importiert, aber es sind keine Anbieter-Mitarbeiter konfiguriert: Fügen Sie deren Benutzernamen oder Domain mit &quot;relayaudit-cli access staff add&quot; hinzu.</numerusform>
            <numerusform>%n Audit-Trail-Zeilen importiert, aber es sind keine Anbieter-Mitarbeiter konfiguriert: Fügen Sie deren Benutzernamen oder Domain mit &quot;relayaudit-cli access staff add&quot; hinzu.</numerusform>
        </translation>
    </message>
    <message>
        <source>no logout</source>
        <translation>keine Abmeldung</translation>
    </message>
    <message>
        <source>%1 of %2 sessions shown · %3 flagged · %4 not reviewed</source>
        <translation>%1 von %2 Sitzungen angezeigt · %3 markiert · %4 nicht überprüft</translation>
    </message>
    <message>
        <source>not reviewed</source>
        <translation>nicht überprüft</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>überprüft</translation>
    </message>
    <message>
        <source>escalated</source>
        <translation>eskaliert</translation>
    </message>
    <message>
        <source>%1 in %2, acting as %3</source>
        <translation>%1 in %2, handelnd als %3</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message numerus="yes">
        <source>From %1 to %2: %n minute(s), %3 change(s).</source>
        <translation>
            <numerusform>Von %1 bis %2: %n Minute, %3 Änderung(en).</numerusform>
            <numerusform>Von %1 bis %2: %n Minuten, %3 Änderung(en).</numerusform>
        </translation>
    </message>
    <message>
        <source>Grant:</source>
        <translation>Gewährung:</translation>
    </message>
    <message>
        <source>none covered this session</source>
        <translation>keine deckte diese Sitzung ab</translation>
    </message>
    <message>
        <source>Review:</source>
        <translation>Überprüfung:</translation>
    </message>
    <message>
        <source>%1 by %2 at %3: %4</source>
        <translation>%1 von %2 am %3: %4</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitverlauf</translation>
    </message>
    <message>
        <source>Session of %1 marked %2.</source>
        <translation>Sitzung von %1 als %2 markiert.</translation>
    </message>
    <message>
        <source>no workspace is open</source>
        <translation>kein Arbeitsbereich ist geöffnet</translation>
    </message>
    <message>
        <source>Read %1 audit-trail rows for %2; %3 new.</source>
        <translation>%1 Audit-Trail-Zeilen für %2 gelesen; %3 neu.</translation>
    </message>
    <message>
        <source>Import Setup Audit Trail</source>
        <translation>Setup Audit Trail importieren</translation>
    </message>
    <message>
        <source>Audit trail (*.csv *.json);;All files (*)</source>
        <translation>Audit-Trail (*.csv *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>the client org, e.g. Acme Health</source>
        <translation>die Kunden-Org, z. B. Acme Health</translation>
    </message>
    <message>
        <source>Dates read day first (D/M/YYYY)</source>
        <translation>Datumsangaben mit Tag zuerst lesen (D/M/YYYY)</translation>
    </message>
    <message>
        <source>&amp;Org:</source>
        <translation>&amp;Org:</translation>
    </message>
    <message>
        <source>CSV &amp;time zone:</source>
        <translation>CSV-&amp;Zeitzone:</translation>
    </message>
    <message>
        <source>Name the org the trail comes from.</source>
        <translation>Geben Sie die Org an, aus der der Trail stammt.</translation>
    </message>
    <message>
        <source>Subscriber-access sessions</source>
        <translation>Sitzungen mit Abonnentenzugriff</translation>
    </message>
    <message>
        <source>%1 to %2, %3 change(s)</source>
        <translation>%1 bis %2, %3 Änderung(en)</translation>
    </message>
    <message>
        <source>Flags: %1</source>
        <translation>Markierungen: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Review: %1</source>
        <translation>Überprüfung: %1</translation>
    </message>
    <message>
        <source>Export Sessions as PDF</source>
        <translation>Sitzungen als PDF exportieren</translation>
    </message>
    <message>
        <source>Export Sessions as CSV</source>
        <translation>Sitzungen als CSV exportieren</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>Der Export ist fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n session(s) to %1.</source>
        <translation>
            <numerusform>%n Sitzung nach %1 exportiert.</numerusform>
            <numerusform>%n Sitzungen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Es wurde nichts importiert: %1</translation>
    </message>
    <message>
        <source>Review stale: the session&apos;s rows changed after it was reviewed (an import, another idle gap).</source>
        <translation>Überprüfung veraltet: Die Zeilen der Sitzung haben sich nach ihrer Überprüfung geändert (ein Import, eine weitere Inaktivitätslücke).</translation>
    </message>
    <message>
        <source>Review unverified: the activity log holds no entry for this review as stored.</source>
        <translation>Überprüfung nicht verifiziert: Das Aktivitätsprotokoll enthält keinen Eintrag für diese Überprüfung in ihrer gespeicherten Form.</translation>
    </message>
    <message>
        <source>The review is kept but the activity log refused it (%1); it shows as unverified.</source>
        <translation>Die Überprüfung wurde gespeichert, aber das Aktivitätsprotokoll hat sie abgelehnt (%1); sie wird als nicht verifiziert angezeigt.</translation>
    </message>
    <message>
        <source>The vendor&apos;s subscriber-access sessions the filters match, one per row: start, end, org, staff user, acting as, changes, flags and review</source>
        <translation>Die Sitzungen mit Abonnentenzugriff des Herstellers, die den Filtern entsprechen, eine pro Zeile: Beginn, Ende, Org, Mitarbeiter-Benutzer, handelnd als, Änderungen, Markierungen und Überprüfung</translation>
    </message>
    <message>
        <source>The selected session&apos;s grant, flags, review and timeline of changes</source>
        <translation>Gewährung, Markierungen, Überprüfung und Zeitverlauf der Änderungen der ausgewählten Sitzung</translation>
    </message>
    <message>
        <source>Filter Sessions</source>
        <translation>Sitzungen filtern</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>CSV time zone</source>
        <translation>CSV-Zeitzone</translation>
    </message>
    <message>
        <source>From the times (PST, EDT, UTC…)</source>
        <translation>Aus den Zeiten (PST, EDT, UTC…)</translation>
    </message>
    <message>
        <source>The CSV&apos;s times are in the Salesforce time zone of the user who downloaded it. A US zone&apos;s abbreviation, UTC or GMT on each time fixes it; for any other, choose the zone. JSON query pages carry UTC times and need neither.</source>
        <translation>Die Zeiten in der CSV-Datei sind in der Salesforce-Zeitzone des Benutzers angegeben, der sie heruntergeladen hat. Die Abkürzung einer US-Zeitzone, UTC oder GMT an jeder Zeit legt sie fest; bei jeder anderen wählen Sie die Zeitzone. JSON-Abfrageseiten enthalten UTC-Zeiten und benötigen keine dieser Angaben.</translation>
    </message>
</context>
<context>
    <name>relay::ui::ActivityLogModel</name>
    <message>
        <source>Workspace created</source>
        <translation>Arbeitsbereich erstellt</translation>
    </message>
    <message>
        <source>Workspace re-keyed</source>
        <translation>Arbeitsbereich neu verschlüsselt</translation>
    </message>
    <message>
        <source>Re-key failed</source>
        <translation>Neuverschlüsselung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Workspace unlocked</source>
        <translation>Arbeitsbereich entsperrt</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Report pulled</source>
        <translation>Bericht abgerufen</translation>
    </message>
    <message>
        <source>Report imported</source>
        <translation>Bericht importiert</translation>
    </message>
    <message>
        <source>Report exported</source>
        <translation>Bericht exportiert</translation>
    </message>
    <message>
        <source>Report purged</source>
        <translation>Bericht gelöscht</translation>
    </message>
    <message>
        <source>Report retention changed</source>
        <translation>Berichtsaufbewahrung geändert</translation>
    </message>
    <message>
        <source>Report pull interrupted</source>
        <translation>Berichtsabruf unterbrochen</translation>
    </message>
</context>
<context>
    <name>relay::ui::ActivityPage</name>
    <message>
        <source>&lt;h2&gt;Activity&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Aktivität&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Verify Log</source>
        <translation>Protokoll &amp;prüfen</translation>
    </message>
    <message>
        <source>Check that no entry was altered, inserted or removed</source>
        <translation>Prüfen, dass kein Eintrag geändert, eingefügt oder entfernt wurde</translation>
    </message>
    <message>
        <source>Every action taken in this workspace, with who, when and counts; never content and never a phone number. Each entry is chained to the previous one by its hash.</source>
        <translation>Jede in diesem Arbeitsbereich ausgeführte Aktion, mit Benutzer, Zeitpunkt und Anzahlen; niemals Inhalte und niemals eine Telefonnummer. Jeder Eintrag ist über seinen Hash mit dem vorherigen verkettet.</translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation>Aktivitätsprotokoll</translation>
    </message>
    <message numerus="yes">
        <source>The activity log is intact: %n entries, hash chain verified.</source>
        <translation>
            <numerusform>Das Aktivitätsprotokoll ist intakt: %n Eintrag, Hash-Kette verifiziert.</numerusform>
            <numerusform>Das Aktivitätsprotokoll ist intakt: %n Einträge, Hash-Kette verifiziert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The activity log was tampered with: %1.</source>
        <translation>Das Aktivitätsprotokoll wurde manipuliert: %1.</translation>
    </message>
    <message>
        <source>Every action taken in this workspace, oldest first: sequence number, time, user, action and its details</source>
        <translation>Jede in diesem Arbeitsbereich ausgeführte Aktion, älteste zuerst: laufende Nummer, Zeit, Benutzer, Aktion und ihre Details</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
</context>
<context>
    <name>relay::ui::ChartView</name>
    <message>
        <source>&amp;Copy as Image</source>
        <translation>Als Bild &amp;kopieren</translation>
    </message>
    <message>
        <source>%1: no values</source>
        <translation>%1: keine Werte</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n value(s), lowest %2, highest %3</source>
        <translation>
            <numerusform>%1: %n Wert, Minimum %2, Maximum %3</numerusform>
            <numerusform>%1: %n Werte, Minimum %2, Maximum %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n value(s), total %2, lowest %3, highest %4</source>
        <translation>
            <numerusform>%1: %n Wert, Summe %2, Minimum %3, Maximum %4</numerusform>
            <numerusform>%1: %n Werte, Summe %2, Minimum %3, Maximum %4</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No data.</source>
        <translation>Keine Daten.</translation>
    </message>
</context>
<context>
    <name>relay::ui::CredentialsDialog</name>
    <message>
        <source>&amp;Save to Keychain</source>
        <translation>Im Schlüsselbund &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Provider Credentials</source>
        <translation>Anbieter-Zugangsdaten</translation>
    </message>
    <message>
        <source>Credentials are kept in the system keychain only, never in a file or the settings. Twilio: the account&apos;s auth token, or an API key SID and its secret. Telnyx: an API key.</source>
        <translation>Zugangsdaten werden ausschließlich im System-Schlüsselbund gespeichert, niemals in einer Datei oder in den Einstellungen. Twilio: das Auth Token des Kontos oder eine API-Key-SID mit ihrem Secret. Telnyx: ein API-Key.</translation>
    </message>
    <message>
        <source>Twilio</source>
        <translation>Twilio</translation>
    </message>
    <message>
        <source>Telnyx</source>
        <translation>Telnyx</translation>
    </message>
    <message>
        <source>optional: SK… API key SID</source>
        <translation>optional: SK…-API-Key-SID</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Anbieter:</translation>
    </message>
    <message>
        <source>&amp;Account SID:</source>
        <translation>Acc&amp;ount SID:</translation>
    </message>
    <message>
        <source>API &amp;key SID:</source>
        <translation>API-&amp;Key-SID:</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>Secre&amp;t:</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>An Account SID is AC followed by 32 hex digits.</source>
        <translation>Eine Account SID besteht aus AC gefolgt von 32 Hexadezimalziffern.</translation>
    </message>
    <message>
        <source>An API key SID is SK followed by 32 hex digits.</source>
        <translation>Eine API-Key-SID besteht aus SK gefolgt von 32 Hexadezimalziffern.</translation>
    </message>
    <message>
        <source>Saved the credentials for %1 in the keychain.</source>
        <translation>Die Zugangsdaten für %1 wurden im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>The keychain did not store them: %1</source>
        <translation>Der Schlüsselbund hat sie nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Removed the credentials for %1 from the keychain.</source>
        <translation>Die Zugangsdaten für %1 wurden aus dem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <source>The keychain did not remove them: %1</source>
        <translation>Der Schlüsselbund hat sie nicht entfernt: %1</translation>
    </message>
    <message>
        <source>AC followed by 32 hex digits</source>
        <translation>AC gefolgt von 32 Hexadezimalziffern</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Account SID</source>
        <translation>Account SID</translation>
    </message>
    <message>
        <source>API key SID</source>
        <translation>API-Key-SID</translation>
    </message>
</context>
<context>
    <name>relay::ui::DeliveriesPage</name>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Deliveries&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Zustellungen&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>SMS record id</source>
        <translation>SMS-Datensatz-ID</translation>
    </message>
    <message>
        <source>Provider message id</source>
        <translation>Nachrichten-ID des Anbieters</translation>
    </message>
    <message>
        <source>Batch group id</source>
        <translation>Batch-Gruppen-ID</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>Find by</source>
        <translation>Suchen nach</translation>
    </message>
    <message>
        <source>Find &amp;by:</source>
        <translation>Suchen &amp;nach:</translation>
    </message>
    <message>
        <source>Search for</source>
        <translation>Suchbegriff</translation>
    </message>
    <message>
        <source>SMS record</source>
        <translation>SMS-Datensatz</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <source>Write-back</source>
        <translation>Rückschreiben</translation>
    </message>
    <message>
        <source>Deliveries found</source>
        <translation>Gefundene Zustellungen</translation>
    </message>
    <message>
        <source>Delivery details</source>
        <translation>Zustellungsdetails</translation>
    </message>
    <message>
        <source>a number in any spelling; it is hashed, then cleared</source>
        <translation>eine Nummer in beliebiger Schreibweise; sie wird gehasht und dann geleert</translation>
    </message>
    <message>
        <source>No keychain to read the workspace&apos;s pepper from.</source>
        <translation>Kein Schlüsselbund, aus dem der Pepper des Arbeitsbereichs gelesen werden kann.</translation>
    </message>
    <message>
        <source>(not accepted)</source>
        <translation>(nicht angenommen)</translation>
    </message>
    <message>
        <source>&lt;p&gt;No delivery in the log matches.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Keine Zustellung im Protokoll passt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>SMS record %1</source>
        <translation>SMS-Datensatz %1</translation>
    </message>
    <message numerus="yes">
        <source>Sent from %1 through %2 as %3, %n segment(s). Recipient hash: %4.</source>
        <translation>
            <numerusform>Gesendet von %1 über %2 als %3, %n Segment. Empfänger-Hash: %4.</numerusform>
            <numerusform>Gesendet von %1 über %2 als %3, %n Segmente. Empfänger-Hash: %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>Error %1: %2</source>
        <translation>Fehler %1: %2</translation>
    </message>
    <message>
        <source>(not in the table)</source>
        <translation>(nicht in der Tabelle)</translation>
    </message>
    <message numerus="yes">
        <source>Salesforce write-back: %1%2 (%n attempt(s)).</source>
        <translation>
            <numerusform>Rückschreiben nach Salesforce: %1%2 (%n Versuch).</numerusform>
            <numerusform>Rückschreiben nach Salesforce: %1%2 (%n Versuche).</numerusform>
        </translation>
    </message>
    <message>
        <source>Status timeline</source>
        <translation>Statusverlauf</translation>
    </message>
    <message>
        <source>In the report cache</source>
        <translation>Im Berichts-Cache</translation>
    </message>
    <message>
        <source>Pull %1: status %2, %3 segment(s), sent %4.</source>
        <translation>Abruf %1: Status %2, %3 Segment(e), gesendet %4.</translation>
    </message>
    <message>
        <source>Send &amp;Test Message…</source>
        <translation>&amp;Testnachricht senden…</translation>
    </message>
    <message>
        <source>This workspace has no sending gateways yet. Add one with &quot;relayaudit-cli engine gateway add NUMBER --provider twilio|telnyx&quot;.</source>
        <translation>Dieser Arbeitsbereich hat noch keine sendenden Gateways. Fügen Sie eines mit &quot;relayaudit-cli engine gateway add NUMBER --provider twilio|telnyx&quot; hinzu.</translation>
    </message>
    <message>
        <source>The recipient-hash pepper could not be read: %1</source>
        <translation>Der Pepper für Empfänger-Hashes konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No credentials in the keychain for %1: add them in File &gt; Provider Credentials, or its sends are refused.</source>
        <translation>Keine Zugangsdaten für %1 im Schlüsselbund: Fügen Sie sie unter Datei &gt; Anbieter-Zugangsdaten hinzu, sonst werden seine Sendungen abgelehnt.</translation>
    </message>
    <message>
        <source>No status callback URL is set (Settings &gt; Messaging engine): the message is sent, but its delivery status will not reach the log.</source>
        <translation>Es ist keine Status-Callback-URL festgelegt (Einstellungen &gt; Messaging-Engine): Die Nachricht wird gesendet, aber ihr Zustellungsstatus wird das Protokoll nicht erreichen.</translation>
    </message>
    <message>
        <source>What the search text is: an id, or a phone number</source>
        <translation>Art des Suchbegriffs: eine ID oder eine Telefonnummer</translation>
    </message>
    <message>
        <source>An id, or a phone number that is hashed and then cleared</source>
        <translation>Eine ID oder eine Telefonnummer, die gehasht und dann geleert wird</translation>
    </message>
    <message>
        <source>The selected message&apos;s status timeline, error and write-back</source>
        <translation>Statusverlauf, Fehler und Rückschreiben der ausgewählten Nachricht</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Org</source>
        <translation>Org</translation>
    </message>
    <message>
        <source>The messages the search found, one per row: SMS record, client org, batch, gateway, provider message id, status, error code, segments and Salesforce write-back</source>
        <translation>Die gefundenen Nachrichten, eine pro Zeile: SMS-Datensatz, Kunden-Org, Batch, Gateway, Nachrichten-ID des Anbieters, Status, Fehlercode, Segmente und Salesforce-Rückschreiben</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(Standard)</translation>
    </message>
    <message>
        <source>In the default org (its gateway belongs to no org).</source>
        <translation>In der Standard-Org (sein Gateway gehört zu keiner Org).</translation>
    </message>
    <message>
        <source>In org %1.</source>
        <translation>In Org %1.</translation>
    </message>
    <message>
        <source>The engine&apos;s log, both directions: per message the SMS record id, batch group id, sending gateway, the other party&apos;s number as a hash, provider message id, segments and every status change; for a reply, the SMS record the engine created for it. Never a number, a text, or the record a message was sent from.</source>
        <translation>Das Protokoll der Engine, in beide Richtungen: je Nachricht die SMS-Datensatz-ID, Batch-Gruppen-ID, das sendende Gateway, die Nummer der Gegenseite als Hash, die Nachrichten-ID des Anbieters, Segmente und jede Statusänderung; bei einer Antwort der SMS-Datensatz, den die Engine dafür angelegt hat. Nie eine Nummer, ein Text oder der Datensatz, von dem eine Nachricht gesendet wurde.</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>%1 messages sent · %2 status events · %3 written back to Salesforce · %4 write-backs failed · %5 replies received, %6 waiting for their SMS record</source>
        <translation>%1 Nachrichten gesendet · %2 Statusereignisse · %3 nach Salesforce zurückgeschrieben · %4 Rückschreibungen fehlgeschlagen · %5 Antworten empfangen, %6 warten auf ihren SMS-Datensatz</translation>
    </message>
    <message>
        <source>(not created)</source>
        <translation>(nicht angelegt)</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Eingehend</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Ausgehend</translation>
    </message>
    <message>
        <source>SMS record %1 created in the org.</source>
        <translation>SMS-Datensatz %1 in der Org angelegt.</translation>
    </message>
    <message numerus="yes">
        <source>No SMS record: given up after %n attempt(s): %1.</source>
        <translation>
            <numerusform>Kein SMS-Datensatz: nach %n Versuch aufgegeben: %1.</numerusform>
            <numerusform>Kein SMS-Datensatz: nach %n Versuchen aufgegeben: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>SMS record not created yet (%n attempt(s)%1); the engine fetches the message again from the provider and retries.</source>
        <translation>
            <numerusform>SMS-Datensatz noch nicht angelegt (%n Versuch%1); die Engine holt die Nachricht erneut beim Anbieter und versucht es wieder.</numerusform>
            <numerusform>SMS-Datensatz noch nicht angelegt (%n Versuche%1); die Engine holt die Nachricht erneut beim Anbieter und versucht es wieder.</numerusform>
        </translation>
    </message>
    <message>
        <source>Incoming message %1</source>
        <translation>Eingehende Nachricht %1</translation>
    </message>
    <message numerus="yes">
        <source>Received %1 at gateway %2 through %3, %n segment(s). Sender hash: %4.</source>
        <translation>
            <numerusform>Empfangen %1 am Gateway %2 über %3, %n Segment. Absender-Hash: %4.</numerusform>
            <numerusform>Empfangen %1 am Gateway %2 über %3, %n Segmente. Absender-Hash: %4.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relay::ui::DemoSession</name>
    <message>
        <source>Demo client</source>
        <translation>Demo-Kunde</translation>
    </message>
    <message numerus="yes">
        <source>Demo pull from the sandbox: %n record(s) in %1 pages</source>
        <translation>
            <numerusform>Demo-Abruf aus der Sandbox: %n Datensatz auf %1 Seiten</numerusform>
            <numerusform>Demo-Abruf aus der Sandbox: %n Datensätze auf %1 Seiten</numerusform>
        </translation>
    </message>
    <message>
        <source>Demo client org</source>
        <translation>Demo-Kunden-Org</translation>
    </message>
</context>
<context>
    <name>relay::ui::FilterBar</name>
    <message>
        <source>C&amp;lear Filters</source>
        <translation>Filter &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>beliebiger Tag</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Ausgehend</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>Eingehend</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>MMS</source>
        <translation>MMS</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>&amp;Gateway:</source>
        <translation>&amp;Gateway:</translation>
    </message>
    <message>
        <source>Ca&amp;mpaign:</source>
        <translation>&amp;Kampagne:</translation>
    </message>
    <message>
        <source>&amp;Brand:</source>
        <translation>&amp;Marke:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Richtung:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>Ka&amp;nal:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
</context>
<context>
    <name>relay::ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Unlock Workspace…</source>
        <translation>Arbeitsbereich &amp;entsperren…</translation>
    </message>
    <message>
        <source>Ctrl+U</source>
        <translation>Ctrl+U</translation>
    </message>
    <message>
        <source>&amp;Lock Workspace</source>
        <translation>Arbeitsbereich &amp;sperren</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>&amp;Open Workspace Folder…</source>
        <translation>Arbeitsbereichsordner ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Relay Audit</source>
        <translation>Ü&amp;ber Relay Audit</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Zustellungen</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Aufbewahrung</translation>
    </message>
    <message>
        <source>Access Audit</source>
        <translation>Zugriffsprüfung</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Open Workspace Folder</source>
        <translation>Arbeitsbereichsordner öffnen</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Workspace locked&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Arbeitsbereich gesperrt&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No workspace yet&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Noch kein Arbeitsbereich&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>The workspace at %1 is encrypted.</source>
        <translation>Der Arbeitsbereich unter %1 ist verschlüsselt.</translation>
    </message>
    <message>
        <source>Create an encrypted workspace at %1 to start.</source>
        <translation>Erstellen Sie einen verschlüsselten Arbeitsbereich unter %1, um zu beginnen.</translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation>&amp;Entsperren…</translation>
    </message>
    <message>
        <source>&amp;Create Workspace…</source>
        <translation>Arbeitsbereich e&amp;rstellen…</translation>
    </message>
    <message>
        <source>Demo workspace</source>
        <translation>Demo-Arbeitsbereich</translation>
    </message>
    <message>
        <source>Relay Audit — Demo workspace (passphrase: %1)</source>
        <translation>Relay Audit — Demo-Arbeitsbereich (Passphrase: %1)</translation>
    </message>
    <message>
        <source>%1 — Relay Audit</source>
        <translation>%1 — Relay Audit</translation>
    </message>
    <message>
        <source>%1 · key: %2 · schema %3</source>
        <translation>%1 · Schlüssel: %2 · Schema %3</translation>
    </message>
    <message>
        <source>system keychain</source>
        <translation>System-Schlüsselbund</translation>
    </message>
    <message>
        <source>passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Entsperrt</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Provider &amp;Credentials…</source>
        <translation>Anbieter-&amp;Zugangsdaten…</translation>
    </message>
    <message>
        <source>User &amp;Guide</source>
        <translation>Benutzer&amp;handbuch</translation>
    </message>
    <message>
        <source>Relay Audit User Guide</source>
        <translation>Benutzerhandbuch für Relay Audit</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
</context>
<context>
    <name>relay::ui::MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>relay::ui::NewPullDialog</name>
    <message>
        <source>&amp;Start pull</source>
        <translation>Abruf &amp;starten</translation>
    </message>
    <message>
        <source>&amp;Cancel pull</source>
        <translation>Abruf a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>New Provider Pull</source>
        <translation>Neuer Anbieter-Abruf</translation>
    </message>
    <message>
        <source>Pulls the provider&apos;s message records for UTC days into the encrypted cache: sending gateway, segments, statuses, ids, campaign and brand. Bodies and recipients are never kept. The pull deletes itself 7 days after it completes.</source>
        <translation>Ruft die Nachrichtendatensätze des Anbieters für UTC-Tage in den verschlüsselten Cache ab: sendendes Gateway, Segmente, Status, IDs, Kampagne und Marke. Nachrichtentexte und Empfänger werden niemals gespeichert. Der Abruf löscht sich 7 Tage nach seinem Abschluss selbst.</translation>
    </message>
    <message>
        <source>Twilio (Messages API)</source>
        <translation>Twilio (Messages API)</translation>
    </message>
    <message>
        <source>Twilio (BulkExport day files)</source>
        <translation>Twilio (BulkExport-Tagesdateien)</translation>
    </message>
    <message>
        <source>Telnyx (detail records)</source>
        <translation>Telnyx (Detaildatensätze)</translation>
    </message>
    <message>
        <source>all sending gateways; or e.g. +15550100001, 88512</source>
        <translation>alle sendenden Gateways; oder z. B. +15550100001, 88512</translation>
    </message>
    <message>
        <source>e.g. Acme Health</source>
        <translation>z. B. Acme Health</translation>
    </message>
    <message>
        <source>The provider&apos;s servers</source>
        <translation>Die Server des Anbieters</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Anbieter:</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <source>&amp;First day (UTC):</source>
        <translation>&amp;Erster Tag (UTC):</translation>
    </message>
    <message>
        <source>&amp;Last day (UTC):</source>
        <translation>&amp;Letzter Tag (UTC):</translation>
    </message>
    <message>
        <source>&amp;Sending gateways:</source>
        <translation>Sendende &amp;Gateways:</translation>
    </message>
    <message>
        <source>C&amp;lient:</source>
        <translation>K&amp;unde:</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>End&amp;punkt:</translation>
    </message>
    <message>
        <source>Problem with the request</source>
        <translation>Problem mit der Anfrage</translation>
    </message>
    <message>
        <source>Pull progress</source>
        <translation>Abruffortschritt</translation>
    </message>
    <message>
        <source>Sandbox (demo, on this computer)</source>
        <translation>Sandbox (Demo, auf diesem Computer)</translation>
    </message>
    <message>
        <source>Resume Pull %1</source>
        <translation>Abruf %1 fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Resume pull</source>
        <translation>Abruf &amp;fortsetzen</translation>
    </message>
    <message>
        <source>Enter the Twilio Account SID (AC followed by 32 hex digits).</source>
        <translation>Geben Sie die Twilio Account SID ein (AC gefolgt von 32 Hexadezimalziffern).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Twilio Account SID (AC followed by 32 hex digits).</source>
        <translation>&apos;%1&apos; ist keine Twilio Account SID (AC gefolgt von 32 Hexadezimalziffern).</translation>
    </message>
    <message>
        <source>Dates: %1.</source>
        <translation>Datumsangaben: %1.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a sending gateway (a number such as +15550100001, a short code, whatsapp:+… or an alphanumeric sender id).</source>
        <translation>&apos;%1&apos; ist kein sendendes Gateway (eine Nummer wie +15550100001, ein Shortcode, whatsapp:+… oder eine alphanumerische Absender-ID).</translation>
    </message>
    <message>
        <source>No credentials for %1 in the keychain (%2). Add them in File &gt; Provider Credentials.</source>
        <translation>Keine Zugangsdaten für %1 im Schlüsselbund (%2). Fügen Sie sie unter Datei &gt; Anbieter-Zugangsdaten hinzu.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 new records</source>
        <translation>%1 neue Datensätze</translation>
    </message>
    <message>
        <source>%1 records/s</source>
        <translation>%1 Datensätze/s</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>noch etwa %1</translation>
    </message>
    <message>
        <source>Stopping after the current page…</source>
        <translation>Wird nach der aktuellen Seite angehalten…</translation>
    </message>
    <message>
        <source>Pull %1 complete: %2 records, %3 segments.</source>
        <translation>Abruf %1 abgeschlossen: %2 Datensätze, %3 Segmente.</translation>
    </message>
    <message>
        <source>Pull complete.</source>
        <translation>Abruf abgeschlossen.</translation>
    </message>
    <message>
        <source>Pull %1 cancelled. Resume it here or from the pulls list.</source>
        <translation>Abruf %1 abgebrochen. Setzen Sie ihn hier oder in der Abrufliste fort.</translation>
    </message>
    <message>
        <source>Pull %1 stopped; what it stored so far stays, and it can be resumed.</source>
        <translation>Abruf %1 angehalten; was er bisher gespeichert hat, bleibt erhalten, und er kann fortgesetzt werden.</translation>
    </message>
    <message>
        <source>AC followed by 32 hex digits</source>
        <translation>AC gefolgt von 32 Hexadezimalziffern</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>First day (UTC)</source>
        <translation>Erster Tag (UTC)</translation>
    </message>
    <message>
        <source>Last day (UTC)</source>
        <translation>Letzter Tag (UTC)</translation>
    </message>
    <message>
        <source>Sending gateways</source>
        <translation>Sende-Gateways</translation>
    </message>
    <message>
        <source>Blank for all sending gateways, or numbers, short codes and sender ids separated by commas</source>
        <translation>Leer für alle sendenden Gateways, oder durch Kommas getrennte Nummern, Shortcodes und Absender-IDs</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Pull progress details</source>
        <translation>Details zum Abruffortschritt</translation>
    </message>
</context>
<context>
    <name>relay::ui::PullRunner</name>
    <message>
        <source>a pull is already running</source>
        <translation>ein Abruf läuft bereits</translation>
    </message>
</context>
<context>
    <name>relay::ui::RecordsModel</name>
    <message>
        <source>(purged)</source>
        <translation>(gelöscht)</translation>
    </message>
</context>
<context>
    <name>relay::ui::ReportsPage</name>
    <message>
        <source>due now</source>
        <translation>jetzt fällig</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;h2&gt;Reports&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Berichte&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <source>Expires in</source>
        <translation>Läuft ab in</translation>
    </message>
    <message>
        <source>Report pulls</source>
        <translation>Berichtsabrufe</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>Aufschlüsselung</translation>
    </message>
    <message>
        <source>&amp;Breakdown by:</source>
        <translation>&amp;Aufschlüsselung nach:</translation>
    </message>
    <message>
        <source>Sending gateway</source>
        <translation>Sendendes Gateway</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Day (UTC)</source>
        <translation>Tag (UTC)</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marke</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Fehlercode</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Breakdown dimension</source>
        <translation>Aufschlüsselungsdimension</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Pull %1</source>
        <translation>Abruf %1</translation>
    </message>
    <message>
        <source>All live pulls</source>
        <translation>Alle aktiven Abrufe</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>cancelled (resumable)</source>
        <translation>abgebrochen (fortsetzbar)</translation>
    </message>
    <message>
        <source>&amp;Count:</source>
        <translation>&amp;Zählen:</translation>
    </message>
    <message>
        <source>Count segments or messages</source>
        <translation>Segmente oder Nachrichten zählen</translation>
    </message>
    <message>
        <source>Per UTC day, stacked by status</source>
        <translation>Pro UTC-Tag, gestapelt nach Status</translation>
    </message>
    <message>
        <source>Delivery rate per UTC day</source>
        <translation>Zustellungsrate pro UTC-Tag</translation>
    </message>
    <message>
        <source>failed (resumable)</source>
        <translation>fehlgeschlagen (fortsetzbar)</translation>
    </message>
    <message>
        <source>&amp;New Pull…</source>
        <translation>&amp;Neuer Abruf…</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation>Dateien &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Delete Now</source>
        <translation>Jetzt &amp;löschen</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <source>Records as &amp;CSV…</source>
        <translation>Datensätze als &amp;CSV…</translation>
    </message>
    <message>
        <source>Report as &amp;JSON…</source>
        <translation>Bericht als &amp;JSON…</translation>
    </message>
    <message>
        <source>Client Report as &amp;PDF…</source>
        <translation>Kundenbericht als &amp;PDF…</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Range (UTC)</source>
        <translation>Zeitraum (UTC)</translation>
    </message>
    <message>
        <source>Totals of the filter</source>
        <translation>Summen des Filters</translation>
    </message>
    <message>
        <source>Right-click a chart to copy it as an image.</source>
        <translation>Klicken Sie mit der rechten Maustaste auf ein Diagramm, um es als Bild zu kopieren.</translation>
    </message>
    <message>
        <source>By campaign</source>
        <translation>Nach Kampagne</translation>
    </message>
    <message>
        <source>By brand</source>
        <translation>Nach Marke</translation>
    </message>
    <message>
        <source>By sending gateway</source>
        <translation>Nach sendendem Gateway</translation>
    </message>
    <message>
        <source>Segment-count distribution</source>
        <translation>Verteilung der Segmentanzahl</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>Dia&amp;gramme</translation>
    </message>
    <message>
        <source>Top error codes</source>
        <translation>Häufigste Fehlercodes</translation>
    </message>
    <message>
        <source>&amp;Errors</source>
        <translation>F&amp;ehler</translation>
    </message>
    <message>
        <source>Messaging service</source>
        <translation>Messaging-Dienst</translation>
    </message>
    <message>
        <source>Break&amp;down</source>
        <translation>Auf&amp;schlüsselung</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>S&amp;uchen:</translation>
    </message>
    <message>
        <source>a whole message id, or part of a gateway, service, campaign or brand</source>
        <translation>eine vollständige Nachrichten-ID oder ein Teil eines Gateways, Dienstes, einer Kampagne oder Marke</translation>
    </message>
    <message>
        <source>Find records</source>
        <translation>Datensätze suchen</translation>
    </message>
    <message>
        <source>Cached records</source>
        <translation>Datensätze im Cache</translation>
    </message>
    <message>
        <source>Rec&amp;ords</source>
        <translation>&amp;Datensätze</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n Datensatz</numerusform>
            <numerusform>%n Datensätze</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted at %1</source>
        <translation>Gelöscht am %1</translation>
    </message>
    <message numerus="yes">
        <source>Pull %1: its days and senders, including messages already stored by %n earlier pull(s) of the same account (%2)</source>
        <translation>
            <numerusform>Abruf %1: seine Tage und Absender, einschließlich Nachrichten, die bereits von %n früheren Abruf desselben Kontos gespeichert wurden (%2)</numerusform>
            <numerusform>Abruf %1: seine Tage und Absender, einschließlich Nachrichten, die bereits von %n früheren Abrufen desselben Kontos gespeichert wurden (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>The last day (%1) is before the first (%2).</source>
        <translation>Der letzte Tag (%1) liegt vor dem ersten (%2).</translation>
    </message>
    <message>
        <source>Segments by campaign</source>
        <translation>Segmente nach Kampagne</translation>
    </message>
    <message>
        <source>Messages by campaign</source>
        <translation>Nachrichten nach Kampagne</translation>
    </message>
    <message>
        <source>Segments by brand</source>
        <translation>Segmente nach Marke</translation>
    </message>
    <message>
        <source>Messages by brand</source>
        <translation>Nachrichten nach Marke</translation>
    </message>
    <message>
        <source>Segments by sending gateway</source>
        <translation>Segmente nach sendendem Gateway</translation>
    </message>
    <message>
        <source>Messages by sending gateway</source>
        <translation>Nachrichten nach sendendem Gateway</translation>
    </message>
    <message>
        <source>%1 messages · %2 segments</source>
        <translation>%1 Nachrichten · %2 Segmente</translation>
    </message>
    <message>
        <source>%1% delivered</source>
        <translation>%1 % zugestellt</translation>
    </message>
    <message>
        <source>filtered</source>
        <translation>gefiltert</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>What it usually means</source>
        <translation>Was es meist bedeutet</translation>
    </message>
    <message>
        <source>Messaging services</source>
        <translation>Messaging-Dienste</translation>
    </message>
    <message>
        <source>Delete Pull %1</source>
        <translation>Abruf %1 löschen</translation>
    </message>
    <message>
        <source>Delete pull %1 and every record it holds now, before its 7 days are up? The purge log keeps only its counts.</source>
        <translation>Abruf %1 und alle darin enthaltenen Datensätze jetzt löschen, bevor seine 7 Tage abgelaufen sind? Das Löschprotokoll behält nur seine Anzahlen.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted pull %1 (%n record(s)).</source>
        <translation>
            <numerusform>Abruf %1 gelöscht (%n Datensatz).</numerusform>
            <numerusform>Abruf %1 gelöscht (%n Datensätze).</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Provider Reports</source>
        <translation>Anbieterberichte importieren</translation>
    </message>
    <message>
        <source>Provider reports (*.json *.jsonl *.gz *.csv);;All files (*)</source>
        <translation>Anbieterberichte (*.json *.jsonl *.gz *.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Twilio Messages pages (JSON)</source>
        <translation>Twilio-Messages-Seiten (JSON)</translation>
    </message>
    <message>
        <source>Twilio BulkExport day files (JSON lines, .gz)</source>
        <translation>Twilio-BulkExport-Tagesdateien (JSON Lines, .gz)</translation>
    </message>
    <message>
        <source>Telnyx detail records (JSON or CSV)</source>
        <translation>Telnyx-Detaildatensätze (JSON oder CSV)</translation>
    </message>
    <message>
        <source>These files are:</source>
        <translation>Diese Dateien sind:</translation>
    </message>
    <message>
        <source>Client (for the report):</source>
        <translation>Kunde (für den Bericht):</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>%n Datei wird importiert…</numerusform>
            <numerusform>%n Dateien werden importiert…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Imported %1 records…</source>
        <translation>%1 Datensätze importiert…</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n file(s).</source>
        <translation>
            <numerusform>%n Datei importiert.</numerusform>
            <numerusform>%n Dateien importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown export format &apos;%1&apos;</source>
        <translation>unbekanntes Exportformat &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <source>usage-report</source>
        <translation>usage-report</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>Der Export ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Wrote the client report (%1 messages) to %2.</source>
        <translation>Kundenbericht (%1 Nachrichten) nach %2 geschrieben.</translation>
    </message>
    <message>
        <source>Wrote %1 records to %2.</source>
        <translation>%1 Datensätze nach %2 geschrieben.</translation>
    </message>
    <message>
        <source>Export Records as CSV</source>
        <translation>Datensätze als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export Report as JSON</source>
        <translation>Bericht als JSON exportieren</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Export Client Report as PDF</source>
        <translation>Kundenbericht als PDF exportieren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>&amp;Breakdown as CSV…</source>
        <translation>&amp;Aufschlüsselung als CSV…</translation>
    </message>
    <message>
        <source>Wrote %1 breakdown rows to %2.</source>
        <translation>%1 Aufschlüsselungszeilen nach %2 geschrieben.</translation>
    </message>
    <message>
        <source>Export Breakdown as CSV</source>
        <translation>Aufschlüsselung als CSV exportieren</translation>
    </message>
    <message>
        <source>The usage reports in the cache, one per row: id, client, provider, account, UTC days, state, records, segments and the time left before it deletes itself. Select one to break it down, or none for every live pull.</source>
        <translation>Die Nutzungsberichte im Cache, einer pro Zeile: ID, Kunde, Anbieter, Konto, UTC-Tage, Zustand, Datensätze, Segmente und die verbleibende Zeit, bis er sich selbst löscht. Wählen Sie einen aus, um ihn aufzuschlüsseln, oder keinen für alle aktiven Abrufe.</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Six charts of the filtered messages; each one&apos;s description reads out its values</source>
        <translation>Sechs Diagramme der gefilterten Nachrichten; die Beschreibung jedes Diagramms liest seine Werte vor</translation>
    </message>
    <message>
        <source>The error codes of the filtered messages, most frequent first: code, provider, messages, share, meaning and what it usually means</source>
        <translation>Die Fehlercodes der gefilterten Nachrichten, häufigste zuerst: Code, Anbieter, Nachrichten, Anteil, Bedeutung und was es meist bedeutet</translation>
    </message>
    <message>
        <source>The filtered messages grouped by the chosen dimension: each value with its messages, segments and share</source>
        <translation>Die gefilterten Nachrichten, gruppiert nach der gewählten Dimension: jeder Wert mit seinen Nachrichten, Segmenten und seinem Anteil</translation>
    </message>
    <message>
        <source>The filtered message records of the cache, one per row, with the columns of the CSV export; never a body or a recipient</source>
        <translation>Die gefilterten Nachrichtendatensätze im Cache, einer pro Zeile, mit den Spalten des CSV-Exports; niemals ein Nachrichtentext oder ein Empfänger</translation>
    </message>
    <message>
        <source>Breakdown views</source>
        <translation>Aufschlüsselungsansichten</translation>
    </message>
    <message>
        <source>Find Records</source>
        <translation>Datensätze suchen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>failed (import again)</source>
        <translation>fehlgeschlagen (erneut importieren)</translation>
    </message>
    <message>
        <source>cancelled (import again)</source>
        <translation>abgebrochen (erneut importieren)</translation>
    </message>
    <message>
        <source>Provider usage reports in the encrypted cache. Each pull keeps the sending gateway, segment counts, ids, status timestamps, campaign and brand, never bodies or recipients, and deletes itself 7 days after it was created.</source>
        <translation>Nutzungsberichte der Anbieter im verschlüsselten Cache. Jeder Abruf speichert das sendende Gateway, Segmentanzahlen, IDs, Status-Zeitstempel, Kampagne und Marke, niemals Nachrichtentexte oder Empfänger, und löscht sich 7 Tage nach seiner Erstellung selbst.</translation>
    </message>
</context>
<context>
    <name>relay::ui::RetentionPage</name>
    <message>
        <source>&lt;h2&gt;Retention&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Aufbewahrung&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>At rest</source>
        <translation>Im Ruhezustand</translation>
    </message>
    <message>
        <source>Workspace files</source>
        <translation>Dateien des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>on</source>
        <translation>ein</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>NOT encrypted</source>
        <translation>NICHT verschlüsselt</translation>
    </message>
    <message>
        <source>Encrypted (SQLCipher)</source>
        <translation>Verschlüsselt (SQLCipher)</translation>
    </message>
    <message>
        <source>Key metadata: salt and key check, no secret</source>
        <translation>Schlüssel-Metadaten: Salt und Schlüsselprüfung, kein Geheimnis</translation>
    </message>
    <message>
        <source>Other file</source>
        <translation>Andere Datei</translation>
    </message>
    <message>
        <source>; readable by others</source>
        <translation>; für andere lesbar</translation>
    </message>
    <message>
        <source>&amp;Run Checks</source>
        <translation>Prüfungen &amp;ausführen</translation>
    </message>
    <message>
        <source>&amp;Export Signed Report…</source>
        <translation>Signierten Bericht &amp;exportieren…</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Anzahlen</translation>
    </message>
    <message>
        <source>Retention checks</source>
        <translation>Aufbewahrungsprüfungen</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Aufbewahrt</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Telefonnummern</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Aufbewahrung</translation>
    </message>
    <message>
        <source>Retention inventory</source>
        <translation>Aufbewahrungsinventar</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Inventar</translation>
    </message>
    <message>
        <source>What this workspace keeps about a recipient number (looked up by its hash), an SMS record or a provider message, and what it does not keep. Every lookup is in the activity log with the hash or the id, never the number; each user has %1 lookups in %2 minutes.</source>
        <translation>Was dieser Arbeitsbereich über eine Empfängernummer (nachgeschlagen über ihren Hash), einen SMS-Datensatz oder eine Anbieternachricht speichert und was er nicht speichert. Jedes Nachschlagen wird mit dem Hash oder der ID im Aktivitätsprotokoll erfasst, niemals mit der Nummer; jeder Benutzer hat %1 Abfragen in %2 Minuten.</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>SMS record id</source>
        <translation>SMS-Datensatz-ID</translation>
    </message>
    <message>
        <source>Provider message id</source>
        <translation>Nachrichten-ID des Anbieters</translation>
    </message>
    <message>
        <source>Look up by</source>
        <translation>Nachschlagen nach</translation>
    </message>
    <message>
        <source>Look up</source>
        <translation>Nachschlagen</translation>
    </message>
    <message>
        <source>a number in any spelling; it is hashed, then cleared</source>
        <translation>eine Nummer in beliebiger Schreibweise; sie wird gehasht und dann geleert</translation>
    </message>
    <message>
        <source>&amp;Look Up</source>
        <translation>&amp;Nachschlagen</translation>
    </message>
    <message>
        <source>Lookup result</source>
        <translation>Ergebnis der Abfrage</translation>
    </message>
    <message>
        <source>Look Up</source>
        <translation>Nachschlagen</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>gespeichert</translation>
    </message>
    <message>
        <source>never at rest</source>
        <translation>nie im Ruhezustand gespeichert</translation>
    </message>
    <message>
        <source>sending gateways only</source>
        <translation>nur sendende Gateways</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Purpose: %1</source>
        <translation>Zweck: %1</translation>
    </message>
    <message>
        <source>Policy: “%1”</source>
        <translation>Richtlinie: „%1“</translation>
    </message>
    <message>
        <source>%1 › %2: %3</source>
        <translation>%1 › %2: %3</translation>
    </message>
    <message>
        <source>No store of this kind exists in this workspace yet.</source>
        <translation>In diesem Arbeitsbereich gibt es noch keinen Speicher dieser Art.</translation>
    </message>
    <message>
        <source>The checks could not start: %1</source>
        <translation>Die Prüfungen konnten nicht starten: %1</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>The checks stopped: %1</source>
        <translation>Die Prüfungen wurden abgebrochen: %1</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Bestanden</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n Befund</numerusform>
            <numerusform>%n Befunde</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n check(s) pass on the live workspace (%1 ms).</source>
        <translation>
            <numerusform>Die %n Prüfung wird im aktiven Arbeitsbereich bestanden (%1 ms).</numerusform>
            <numerusform>Alle %n Prüfungen werden im aktiven Arbeitsbereich bestanden (%1 ms).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s): see the checks marked with a warning.</source>
        <translation>
            <numerusform>%n Befund: Siehe die mit einer Warnung gekennzeichneten Prüfungen.</numerusform>
            <numerusform>%n Befunde: Siehe die mit einer Warnung gekennzeichneten Prüfungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every check of the retention inventory passes.</source>
        <translation>Jede Prüfung des Aufbewahrungsinventars wird bestanden.</translation>
    </message>
    <message>
        <source>Some data is kept where or longer than the policy allows.</source>
        <translation>Einige Daten werden an Orten oder länger aufbewahrt, als die Richtlinie erlaubt.</translation>
    </message>
    <message>
        <source>run the checks first</source>
        <translation>führen Sie zuerst die Prüfungen aus</translation>
    </message>
    <message>
        <source>Export Signed Compliance Report</source>
        <translation>Signierten Compliance-Bericht exportieren</translation>
    </message>
    <message>
        <source>Wrote %1, signed by %2. Check it with &quot;relayaudit-cli retention verify-report&quot;.</source>
        <translation>%1 geschrieben, signiert von %2. Prüfen Sie ihn mit &quot;relayaudit-cli retention verify-report&quot;.</translation>
    </message>
    <message>
        <source>Recipient hash:</source>
        <translation>Empfänger-Hash:</translation>
    </message>
    <message>
        <source>How it is made: %1.</source>
        <translation>Wie er gebildet wird: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) in the delivery log</source>
        <translation>
            <numerusform>%n Nachricht im Zustellungsprotokoll</numerusform>
            <numerusform>%n Nachrichten im Zustellungsprotokoll</numerusform>
        </translation>
    </message>
    <message>
        <source>SMS record</source>
        <translation>SMS-Datensatz</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Status changes</source>
        <translation>Statusänderungen</translation>
    </message>
    <message numerus="yes">
        <source>%n cached report row(s)</source>
        <translation>
            <numerusform>%n Berichtszeile im Cache</numerusform>
            <numerusform>%n Berichtszeilen im Cache</numerusform>
        </translation>
    </message>
    <message>
        <source>Pull %1: %2 from %3, status %4, %5 segment(s)</source>
        <translation>Abruf %1: %2 von %3, Status %4, %5 Segment(e)</translation>
    </message>
    <message>
        <source>Not retained</source>
        <translation>Nicht aufbewahrt</translation>
    </message>
    <message>
        <source>this workspace has no recipient-hash pepper: it has hashed no number</source>
        <translation>dieser Arbeitsbereich hat keinen Pepper für Empfänger-Hashes: Er hat keine Nummer gehasht</translation>
    </message>
    <message>
        <source>Workspace &lt;b&gt;%1&lt;/b&gt;, schema version %2. Databases are encrypted with SQLCipher %3 (raw 256-bit key, %4-byte pages, HMAC %5, secure delete %6). Run the checks to prove the retention inventory on it.</source>
        <translation>Arbeitsbereich &lt;b&gt;%1&lt;/b&gt;, Schemaversion %2. Die Datenbanken sind mit SQLCipher %3 verschlüsselt (roher 256-Bit-Schlüssel, %4-Byte-Seiten, HMAC %5, sicheres Löschen %6). Führen Sie die Prüfungen aus, um das Aufbewahrungsinventar an ihm nachzuweisen.</translation>
    </message>
    <message>
        <source>Signed report (*.json);;PDF, with the signed report beside it (*.pdf)</source>
        <translation>Signierter Bericht (*.json);;PDF, mit dem signierten Bericht daneben (*.pdf)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Klicks</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Short links</source>
        <translation>Kurzlinks</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <source>Browser</source>
        <translation>Browser</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Write-back</source>
        <translation>Rückschreiben</translation>
    </message>
    <message>
        <source>Link clicks</source>
        <translation>Link-Klicks</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Arbeitszeiten</translation>
    </message>
    <message>
        <source>Busy intervals</source>
        <translation>Belegte Zeiträume</translation>
    </message>
    <message>
        <source>Next busy</source>
        <translation>Nächste Belegung</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Bedingungen</translation>
    </message>
    <message>
        <source>Scheduler users and their free/busy times</source>
        <translation>Terminplaner-Benutzer und ihre Frei-/Belegt-Zeiten</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Zeitfenster</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>User terms</source>
        <translation>Benutzerbedingungen</translation>
    </message>
    <message>
        <source>Guest terms</source>
        <translation>Gastbedingungen</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Buchungen</translation>
    </message>
    <message>
        <source>Scheduler</source>
        <translation>Terminplaner</translation>
    </message>
    <message numerus="yes">
        <source>%n short link(s), %1 of them URL Pro (one per recipient, keyed to the recipient hash). Clicks: %2 written back to Salesforce, %3 pending, %4 failed. Links and their clicks are kept %5 days; a click written back is deleted %6 days after its write. A URL link records no click.</source>
        <translation>
            <numerusform>%n Kurzlink, davon %1 URL Pro (einer pro Empfänger, an den Empfänger-Hash gebunden). Klicks: %2 nach Salesforce zurückgeschrieben, %3 ausstehend, %4 fehlgeschlagen. Links und ihre Klicks werden %5 Tage aufbewahrt; ein zurückgeschriebener Klick wird %6 Tage nach seinem Rückschreiben gelöscht. Ein URL-Link erfasst keinen Klick.</numerusform>
            <numerusform>%n Kurzlinks, davon %1 URL Pro (einer pro Empfänger, an den Empfänger-Hash gebunden). Klicks: %2 nach Salesforce zurückgeschrieben, %3 ausstehend, %4 fehlgeschlagen. Links und ihre Klicks werden %5 Tage aufbewahrt; ein zurückgeschriebener Klick wird %6 Tage nach seinem Rückschreiben gelöscht. Ein URL-Link erfasst keinen Klick.</numerusform>
        </translation>
    </message>
    <message>
        <source>URL Pro</source>
        <translation>URL Pro</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Written (%1)</source>
        <translation>Zurückgeschrieben (%1)</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Pending: %1</source>
        <translation>Ausstehend: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Calendar data is kept as busy/free times only: event titles, descriptions, locations, attendees and organisers are dropped while a calendar is read. Bookings keep the guest&apos;s name, email and optional phone with the terms of use both parties agreed to, for %n day(s) after the booking ends.</source>
        <translation>
            <numerusform>Kalenderdaten werden nur als Belegt-/Frei-Zeiten gespeichert: Titel, Beschreibungen, Orte, Teilnehmer und Organisatoren von Terminen werden beim Lesen eines Kalenders verworfen. Buchungen speichern Name, E-Mail-Adresse und optionale Telefonnummer des Gastes zusammen mit den von beiden Seiten akzeptierten Nutzungsbedingungen, und zwar für %n Tag nach dem Ende der Buchung.</numerusform>
            <numerusform>Kalenderdaten werden nur als Belegt-/Frei-Zeiten gespeichert: Titel, Beschreibungen, Orte, Teilnehmer und Organisatoren von Terminen werden beim Lesen eines Kalenders verworfen. Buchungen speichern Name, E-Mail-Adresse und optionale Telefonnummer des Gastes zusammen mit den von beiden Seiten akzeptierten Nutzungsbedingungen, und zwar für %n Tage nach dem Ende der Buchung.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The checks of the retention inventory on the live workspace: each check with its result and counts, and its evidence below it when it fails</source>
        <translation>Die Prüfungen des Aufbewahrungsinventars am aktiven Arbeitsbereich: jede Prüfung mit Ergebnis und Anzahlen, bei einem Fehlschlag darunter ihre Nachweise</translation>
    </message>
    <message>
        <source>The retention policy as data, one category per row: whether it is stored, whether it may hold a phone number, how long it is kept; below it, its purpose, policy sentence and where it lives</source>
        <translation>Die Aufbewahrungsrichtlinie als Daten, eine Kategorie pro Zeile: ob sie gespeichert wird, ob sie eine Telefonnummer enthalten darf, wie lange sie aufbewahrt wird; darunter ihr Zweck, der Richtliniensatz und wo sie gespeichert ist</translation>
    </message>
    <message>
        <source>What the workspace keeps about the number or id looked up, and what it does not keep</source>
        <translation>Was der Arbeitsbereich über die nachgeschlagene Nummer oder ID speichert und was nicht</translation>
    </message>
    <message>
        <source>The short links in the link store, one per row: code, mode, domain, created, clicks, SMS record and target</source>
        <translation>Die Kurzlinks im Link-Speicher, einer pro Zeile: Code, Modus, Domain, Erstellt, Klicks, SMS-Datensatz und Ziel</translation>
    </message>
    <message>
        <source>The recorded clicks on URL Pro links, one per row: time, code, IP address, domain, browser, OS, device and the Salesforce write-back</source>
        <translation>Die erfassten Klicks auf URL-Pro-Links, einer pro Zeile: Zeit, Code, IP-Adresse, Domain, Browser, Betriebssystem, Gerät und das Rückschreiben nach Salesforce</translation>
    </message>
    <message>
        <source>The scheduler&apos;s users, one per row: time zone, working hours, busy intervals kept, next busy time and the terms they agreed to</source>
        <translation>Die Benutzer des Terminplaners, einer pro Zeile: Zeitzone, Arbeitszeiten, gespeicherte belegte Zeiträume, nächste Belegung und die Bedingungen, denen sie zugestimmt haben</translation>
    </message>
    <message>
        <source>The bookings in the scheduler, one per row: slot, user, guest name, email and phone, and the terms each side agreed to</source>
        <translation>Die Buchungen im Terminplaner, eine pro Zeile: Zeitfenster, Benutzer, Name, E-Mail und Telefon des Gastes sowie die Bedingungen, denen jede Seite zugestimmt hat</translation>
    </message>
    <message>
        <source>Every file of the workspace, one per row: name, size, file mode and whether it is encrypted at rest</source>
        <translation>Jede Datei des Arbeitsbereichs, eine pro Zeile: Name, Größe, Dateimodus und ob sie im Ruhezustand verschlüsselt ist</translation>
    </message>
    <message>
        <source>Retention views</source>
        <translation>Aufbewahrungsansichten</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Check &amp;Pages</source>
        <translation>&amp;Seiten prüfen</translation>
    </message>
    <message>
        <source>Read every page of the workspace database and verify its HMAC, then SQLite&apos;s structural check</source>
        <translation>Jede Seite der Datenbank des Arbeitsbereichs lesen und ihren HMAC prüfen, dann die Strukturprüfung von SQLite</translation>
    </message>
    <message numerus="yes">
        <source>Intact: %n page(s) read, every HMAC verified, the structure is sound.</source>
        <translation>
            <numerusform>Unversehrt: %n Seite gelesen, jeder HMAC geprüft, die Struktur ist in Ordnung.</numerusform>
            <numerusform>Unversehrt: %n Seiten gelesen, jeder HMAC geprüft, die Struktur ist in Ordnung.</numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1: %2</source>
        <translation>Seite %1: %2</translation>
    </message>
    <message>
        <source>Damaged: %1 of %2 pages fail their HMAC; %3 structural problem(s). Restore the workspace from a backup, or re-create it and pull again.
%4</source>
        <translation>Beschädigt: %1 von %2 Seiten bestehen ihre HMAC-Prüfung nicht; %3 Strukturproblem(e). Stellen Sie den Arbeitsbereich aus einer Sicherung wieder her, oder legen Sie ihn neu an und rufen Sie erneut ab.
%4</translation>
    </message>
    <message>
        <source>Page check result</source>
        <translation>Ergebnis der Seitenprüfung</translation>
    </message>
</context>
<context>
    <name>relay::ui::SendTestDialog</name>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Send Test Message</source>
        <translation>Testnachricht senden</translation>
    </message>
    <message>
        <source>Runs one message through the send path: validation, segment count, recipient hash, submit, delivery log. The number and the text are kept nowhere.</source>
        <translation>Schickt eine Nachricht durch den Sendepfad: Validierung, Segmentzählung, Empfänger-Hash, Übermittlung, Zustellungsprotokoll. Die Nummer und der Text werden nirgends gespeichert.</translation>
    </message>
    <message>
        <source>+1 202 555 0143, or whatsapp:+…</source>
        <translation>+1 202 555 0143 oder whatsapp:+…</translation>
    </message>
    <message>
        <source>The message</source>
        <translation>Die Nachricht</translation>
    </message>
    <message>
        <source>&amp;Gateway:</source>
        <translation>&amp;Gateway:</translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation>&amp;Empfänger:</translation>
    </message>
    <message>
        <source>SMS &amp;record id:</source>
        <translation>SMS-&amp;Datensatz-ID:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Submitted as %1 (%2). Its statuses arrive in the Deliveries log.</source>
        <translation>Übermittelt als %1 (%2). Ihre Status erscheinen im Zustellungsprotokoll.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n segment(s) · %2 units</source>
        <translation>
            <numerusform>%1 · %n Segment · %2 Einheiten</numerusform>
            <numerusform>%1 · %n Segmente · %2 Einheiten</numerusform>
        </translation>
    </message>
    <message>
        <source>UCS-2 because of: %1</source>
        <translation>UCS-2 wegen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) cost two</source>
        <translation>
            <numerusform>%n Zeichen kostet zwei</numerusform>
            <numerusform>%n Zeichen kosten zwei</numerusform>
        </translation>
    </message>
    <message>
        <source>Submitting…</source>
        <translation>Wird übermittelt…</translation>
    </message>
    <message>
        <source>Submitting… (%1)</source>
        <translation>Wird übermittelt… (%1)</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>The number to send to; it is cleared when the message is submitted</source>
        <translation>Die Zielnummer; sie wird beim Übermitteln der Nachricht geleert</translation>
    </message>
    <message>
        <source>SMS record id</source>
        <translation>SMS-Datensatz-ID</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>The message; it is cleared when the message is submitted</source>
        <translation>Die Nachricht; sie wird beim Übermitteln geleert</translation>
    </message>
    <message>
        <source>Segment count</source>
        <translation>Segmentanzahl</translation>
    </message>
    <message>
        <source>Submitted (%1), but the provider&apos;s answer was lost: the message id arrives with its first status callback.</source>
        <translation>Übermittelt (%1), aber die Antwort des Anbieters ging verloren: Die Nachrichten-ID kommt mit dem ersten Status-Callback.</translation>
    </message>
</context>
<context>
    <name>relay::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Workspace folder</source>
        <translation>Arbeitsbereichsordner</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Workspace Folder</source>
        <translation>Arbeitsbereichsordner</translation>
    </message>
    <message>
        <source>&amp;Workspace:</source>
        <translation>&amp;Arbeitsbereich:</translation>
    </message>
    <message>
        <source>A new language applies the next time Relay Audit starts. Keys and passphrases are never stored in settings.</source>
        <translation>Eine neue Sprache wird beim nächsten Start von Relay Audit wirksam. Schlüssel und Passphrasen werden niemals in den Einstellungen gespeichert.</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
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
        <source>Appearance</source>
        <translation>Erscheinungsbild</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Erscheinungsbild:</translation>
    </message>
    <message>
        <source>Messaging engine</source>
        <translation>Messaging-Engine</translation>
    </message>
    <message>
        <source>https://relay.example.com/</source>
        <translation>https://relay.example.com/</translation>
    </message>
    <message>
        <source>The public address where &quot;relayaudit-cli engine serve&quot; takes the providers&apos; status callbacks.</source>
        <translation>Die öffentliche Adresse, unter der &quot;relayaudit-cli engine serve&quot; die Status-Callbacks der Anbieter entgegennimmt.</translation>
    </message>
    <message>
        <source>Status callback URL</source>
        <translation>Status-Callback-URL</translation>
    </message>
    <message>
        <source>Status &amp;callback URL:</source>
        <translation>Status-&amp;Callback-URL:</translation>
    </message>
    <message>
        <source>blank: api.twilio.com and api.telnyx.com</source>
        <translation>leer: api.twilio.com und api.telnyx.com</translation>
    </message>
    <message>
        <source>Provider API base URL</source>
        <translation>Basis-URL der Anbieter-API</translation>
    </message>
    <message>
        <source>Provider &amp;API base URL:</source>
        <translation>&amp;Basis-URL der Anbieter-API:</translation>
    </message>
    <message>
        <source>Settings error</source>
        <translation>Fehler in den Einstellungen</translation>
    </message>
    <message>
        <source>%1 must be an http:// or https:// address, not &quot;%2&quot;.</source>
        <translation>%1 muss eine http://- oder https://-Adresse sein, nicht &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The status callback URL</source>
        <translation>Die Status-Callback-URL</translation>
    </message>
    <message>
        <source>The provider API base URL</source>
        <translation>Die Basis-URL der Anbieter-API</translation>
    </message>
    <message>
        <source>Choose the workspace folder</source>
        <translation>Arbeitsbereichsordner auswählen</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
</context>
<context>
    <name>relay::ui::UnlockDialog</name>
    <message>
        <source>Unlock Workspace</source>
        <translation>Arbeitsbereich entsperren</translation>
    </message>
    <message>
        <source>Create Workspace</source>
        <translation>Arbeitsbereich erstellen</translation>
    </message>
    <message>
        <source>The workspace at &lt;b&gt;%1&lt;/b&gt; is encrypted. Enter its passphrase to unlock it.</source>
        <translation>Der Arbeitsbereich unter &lt;b&gt;%1&lt;/b&gt; ist verschlüsselt. Geben Sie seine Passphrase ein, um ihn zu entsperren.</translation>
    </message>
    <message>
        <source>Create an encrypted workspace at &lt;b&gt;%1&lt;/b&gt;. Everything Relay Audit keeps is stored there, encrypted with SQLCipher.</source>
        <translation>Erstellen Sie einen verschlüsselten Arbeitsbereich unter &lt;b&gt;%1&lt;/b&gt;. Alles, was Relay Audit speichert, wird dort abgelegt, verschlüsselt mit SQLCipher.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>Passphrase wiederholen</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>Use a random key kept in the system &amp;keychain instead</source>
        <translation>Stattdessen einen Zufallsschlüssel im System-&amp;Schlüsselbund verwenden</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>E&amp;rstellen</translation>
    </message>
    <message numerus="yes">
        <source>A passphrase needs at least %n characters.</source>
        <translation>
            <numerusform>Eine Passphrase braucht mindestens %n Zeichen.</numerusform>
            <numerusform>Eine Passphrase braucht mindestens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The passphrases do not match yet.</source>
        <translation>Die Passphrasen stimmen noch nicht überein.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Wird entsperrt…</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Wird erstellt…</translation>
    </message>
</context>
</TS>
