<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>DisplayFormat</name>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Ungültig</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Pushing</source>
        <translation>Wird übertragen</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Retry wait</source>
        <translation>Wartet auf Wiederholung</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <source>Stored, waiting to be validated.</source>
        <translation>Gespeichert, wartet auf die Prüfung.</translation>
    </message>
    <message>
        <source>Validation found problems: fix the mapping or catalog and revalidate, or reject.</source>
        <translation>Die Prüfung hat Probleme gefunden: Zuordnung oder Katalog korrigieren und erneut prüfen, oder ablehnen.</translation>
    </message>
    <message>
        <source>Valid; waiting for an operator to approve or reject.</source>
        <translation>Gültig; wartet darauf, dass jemand freigibt oder ablehnt.</translation>
    </message>
    <message>
        <source>Approved; waiting for the push worker.</source>
        <translation>Freigegeben; wartet auf die Übertragung.</translation>
    </message>
    <message>
        <source>Being delivered to the ERP.</source>
        <translation>Wird an das ERP übertragen.</translation>
    </message>
    <message>
        <source>Delivered; waiting for the ERP&apos;s acknowledgement.</source>
        <translation>Übertragen; wartet auf die Bestätigung des ERP.</translation>
    </message>
    <message>
        <source>Delivery failed for a passing reason; the engine retries automatically.</source>
        <translation>Übertragung vorübergehend fehlgeschlagen; sie wird automatisch wiederholt.</translation>
    </message>
    <message>
        <source>The ERP acknowledged the order.</source>
        <translation>Das ERP hat die Bestellung bestätigt.</translation>
    </message>
    <message>
        <source>Delivery failed for good; read the reason, fix it, then retry.</source>
        <translation>Übertragung endgültig fehlgeschlagen; Grund lesen, beheben, dann wiederholen.</translation>
    </message>
    <message>
        <source>Cancelled by an operator.</source>
        <translation>Von einem Bearbeiter storniert.</translation>
    </message>
    <message>
        <source>The same order arrived before; kept for the audit trail.</source>
        <translation>Dieselbe Bestellung kam schon früher; für das Protokoll aufbewahrt.</translation>
    </message>
    <message>
        <source>&lt; 1 min</source>
        <translation>&lt; 1 Min.</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HostKeyDialog</name>
    <message>
        <source>SFTP server key</source>
        <translation>SFTP-Serverschlüssel</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Key type:</source>
        <translation>Schlüsseltyp:</translation>
    </message>
    <message>
        <source>Trusted until now:</source>
        <translation>Bisher vertraut:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Fingerabdruck:</translation>
    </message>
    <message>
        <source>Stored in:</source>
        <translation>Gespeichert in:</translation>
    </message>
    <message>
        <source>I have confirmed the new fingerprint with the server&apos;s administrator</source>
        <translation>Ich habe den neuen Fingerabdruck mit dem Administrator des Servers abgeglichen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Connect once</source>
        <translation>Einmal verbinden</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Vertrauen</translation>
    </message>
</context>
<context>
    <name>LogRecords</name>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Übertragen</translation>
    </message>
    <message>
        <source>Failed, will retry</source>
        <translation>Fehlgeschlagen, wird wiederholt</translation>
    </message>
    <message>
        <source>Failed for good</source>
        <translation>Endgültig fehlgeschlagen</translation>
    </message>
    <message>
        <source>Reconciled after restart</source>
        <translation>Nach Neustart abgeglichen</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Parsed</source>
        <translation>Gelesen</translation>
    </message>
    <message>
        <source>Parse error</source>
        <translation>Lesefehler</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Export number</source>
        <translation>Exportnummer</translation>
    </message>
    <message>
        <source>PO number</source>
        <translation>Bestellnummer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Pending, sent (waiting for the ack), acknowledged or failed</source>
        <translation>Ausstehend, gesendet (wartet auf Bestätigung), bestätigt oder fehlgeschlagen</translation>
    </message>
    <message>
        <source>ERP order</source>
        <translation>ERP-Auftrag</translation>
    </message>
    <message>
        <source>The ERP&apos;s order number from its acknowledgement</source>
        <translation>Die Auftragsnummer des ERP aus seiner Bestätigung</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Generation</source>
        <translation>Generation</translation>
    </message>
    <message>
        <source>Push generation: an operator&apos;s retry starts a new one</source>
        <translation>Übertragungsgeneration: eine manuelle Wiederholung beginnt eine neue</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>The export file&apos;s name in the dropzone</source>
        <translation>Name der Exportdatei in der Dropzone</translation>
    </message>
    <message>
        <source>%1 — ack overdue</source>
        <translation>%1 — Bestätigung überfällig</translation>
    </message>
    <message>
        <source>Sent %1 ago and not acknowledged yet: check that the ERP picks up the dropzone.</source>
        <translation>Vor %1 gesendet und noch nicht bestätigt: prüfen, ob das ERP die Dropzone abholt.</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Versuch</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Latency (ms)</source>
        <translation>Dauer (ms)</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Nächster Versuch</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Request metadata (never secrets)</source>
        <translation>Metadaten der Anfrage (nie Geheimnisse)</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Response metadata</source>
        <translation>Metadaten der Antwort</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Duplicate of %1</source>
        <translation>Duplikat von %1</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Artikelnr.</translation>
    </message>
    <message>
        <source>Partner SKU</source>
        <translation>Partner-Artikelnr.</translation>
    </message>
    <message>
        <source>GTIN</source>
        <translation>GTIN</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Einzelpreis</translation>
    </message>
    <message>
        <source>Line total</source>
        <translation>Positionssumme</translation>
    </message>
    <message>
        <source>%1 per %2 → %3 each</source>
        <translation>%1 je %2 → %3 je Einheit</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Delivered, rejected by the ERP</source>
        <translation>Übertragen, vom ERP abgelehnt</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>OrderFlow Console</source>
        <translation>OrderFlow-Konsole</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>Queues: one per order state, with live counts. A highlighted queue is backing up.</source>
        <translation>Warteschlangen: eine je Bestellstatus, mit laufenden Zahlen. Eine hervorgehobene Warteschlange staut sich.</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Warteschlangen</translation>
    </message>
    <message>
        <source>Push Log</source>
        <translation>Übertragungsprotokoll</translation>
    </message>
    <message>
        <source>Inbound Files</source>
        <translation>Eingangsdateien</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Orders</source>
        <translation>&amp;Bestellungen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Stop the engine gracefully and close the console</source>
        <translation>Die Verarbeitung geordnet anhalten und die Konsole schließen</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Read the current view again from the database</source>
        <translation>Die aktuelle Ansicht neu aus der Datenbank lesen</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;Find Orders…</source>
        <translation>Bestellungen &amp;suchen…</translation>
    </message>
    <message>
        <source>Jump to the search field of the order table</source>
        <translation>Zum Suchfeld der Bestelltabelle springen</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Show the queues and orders</source>
        <translation>Warteschlangen und Bestellungen zeigen</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;Push Log</source>
        <translation>&amp;Übertragungsprotokoll</translation>
    </message>
    <message>
        <source>Show every push attempt</source>
        <translation>Jeden Übertragungsversuch zeigen</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>Show exports and their acknowledgements</source>
        <translation>Exporte und ihre Bestätigungen zeigen</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>&amp;Inbound Files</source>
        <translation>E&amp;ingangsdateien</translation>
    </message>
    <message>
        <source>Show received files and their parse results</source>
        <translation>Empfangene Dateien und ihre Leseergebnisse zeigen</translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>Übersich&amp;t</translation>
    </message>
    <message>
        <source>Show throughput, failures and the oldest waiting order</source>
        <translation>Durchsatz, Fehler und die älteste wartende Bestellung zeigen</translation>
    </message>
    <message>
        <source>Ctrl+5</source>
        <translation>Ctrl+5</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>When a queue counts as backing up; the language</source>
        <translation>Wann eine Warteschlange als gestaut gilt; die Sprache</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;About OrderFlow</source>
        <translation>&amp;Über OrderFlow</translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation>Version und Lizenz</translation>
    </message>
    <message>
        <source>Exports &amp;&amp; Acks</source>
        <translation>Exporte &amp;&amp; Bestätigungen</translation>
    </message>
    <message>
        <source>&amp;Exports &amp;&amp; Acks</source>
        <translation>&amp;Exporte &amp;&amp; Bestätigungen</translation>
    </message>
</context>
<context>
    <name>OrderDetailPane</name>
    <message>
        <source>Select an order to see its lines, problems, inbound file, push attempts and audit trail.</source>
        <translation>Eine Bestellung auswählen, um Positionen, Probleme, Eingangsdatei, Übertragungsversuche und Protokoll zu sehen.</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Kopf</translation>
    </message>
    <message>
        <source>Order id:</source>
        <translation>Bestell-ID:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Kunde:</translation>
    </message>
    <message>
        <source>Order date:</source>
        <translation>Bestelldatum:</translation>
    </message>
    <message>
        <source>Requested delivery:</source>
        <translation>Gewünschte Lieferung:</translation>
    </message>
    <message>
        <source>Totals:</source>
        <translation>Summen:</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Empfangen:</translation>
    </message>
    <message>
        <source>Approved:</source>
        <translation>Freigegeben:</translation>
    </message>
    <message>
        <source>Push generation:</source>
        <translation>Übertragungsgeneration:</translation>
    </message>
    <message>
        <source>Bill to:</source>
        <translation>Rechnung an:</translation>
    </message>
    <message>
        <source>Ship to:</source>
        <translation>Lieferung an:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Hinweise:</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Inbound File</source>
        <translation>Eingangsdatei</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>Problem:</source>
        <translation>Problem:</translation>
    </message>
    <message>
        <source>Show &amp;Raw File…</source>
        <translation>&amp;Rohdatei zeigen…</translation>
    </message>
    <message>
        <source>Show the file exactly as the partner sent it</source>
        <translation>Die Datei genau so zeigen, wie der Partner sie gesendet hat</translation>
    </message>
    <message>
        <source>Re&amp;play File</source>
        <translation>Datei erneut ei&amp;nlesen</translation>
    </message>
    <message>
        <source>Parse this file again; only new content creates orders</source>
        <translation>Diese Datei erneut lesen; nur neuer Inhalt erzeugt Bestellungen</translation>
    </message>
    <message>
        <source>Exports &amp;&amp; Acks</source>
        <translation>Exporte &amp;&amp; Bestätigungen</translation>
    </message>
    <message>
        <source>Push Attempts</source>
        <translation>Übertragungsversuche</translation>
    </message>
    <message>
        <source>Audit Trail</source>
        <translation>Protokoll</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weitere</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetupTestPage</name>
    <message>
        <source>Test</source>
        <translation>Testen</translation>
    </message>
    <message>
        <source>Cancel test</source>
        <translation>Test abbrechen</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Save even though the test did not pass</source>
        <translation>Speichern, obwohl der Test nicht bestanden wurde</translation>
    </message>
</context>
<context>
    <name>SetupTypePage</name>
    <message>
        <source>Organisation:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <source>An existing organisation, or the short name (slug) of a new one.</source>
        <translation>Eine vorhandene Organisation oder der Kurzname (Slug) einer neuen.</translation>
    </message>
    <message>
        <source>Connection name:</source>
        <translation>Name der Verbindung:</translation>
    </message>
    <message>
        <source>e.g. erp-prod</source>
        <translation>z. B. erp-prod</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
</context>
<context>
    <name>orderflow::console::ActionResultDialog</name>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>PO %1</source>
        <translation>Bestellung %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Nicht erledigt</translation>
    </message>
    <message numerus="yes">
        <source>All %n order(s) done.</source>
        <translation>
            <numerusform>Die Bestellung ist erledigt.</numerusform>
            <numerusform>Alle %n Bestellungen sind erledigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 done, %2 not done — the reasons are listed below.</source>
        <translation>%1 erledigt, %2 nicht erledigt — die Gründe stehen unten.</translation>
    </message>
</context>
<context>
    <name>orderflow::console::ApproveCommand</name>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Freigeben</translation>
    </message>
    <message>
        <source>Approve the selected orders in review; the engine then pushes them to the ERP (Ctrl+Enter)</source>
        <translation>Die ausgewählten Bestellungen in Prüfung freigeben; sie werden dann an das ERP übertragen (Strg+Eingabe)</translation>
    </message>
    <message numerus="yes">
        <source>Approving %n order(s)</source>
        <translation>
            <numerusform>%n Bestellung wird freigegeben</numerusform>
            <numerusform>%n Bestellungen werden freigegeben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>orderflow::console::Command</name>
    <message>
        <source>%1: %2 of %3 done</source>
        <translation>%1: %2 von %3 erledigt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stopping after the orders in hand…</source>
        <translation>Wird nach den Bestellungen in Arbeit angehalten…</translation>
    </message>
</context>
<context>
    <name>orderflow::console::ConsoleDataWorker</name>
    <message>
        <source>The database is not open.</source>
        <translation>Die Datenbank ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Order %1 no longer exists.</source>
        <translation>Die Bestellung %1 existiert nicht mehr.</translation>
    </message>
    <message>
        <source>not done: the operator cancelled before this order</source>
        <translation>nicht ausgeführt: der Bearbeiter hat vor dieser Bestellung abgebrochen</translation>
    </message>
</context>
<context>
    <name>orderflow::console::ConsoleSession</name>
    <message>
        <source>Engine starting…</source>
        <translation>Verarbeitung startet…</translation>
    </message>
    <message>
        <source>Engine running</source>
        <translation>Verarbeitung läuft</translation>
    </message>
    <message>
        <source>Engine runs in another process (pid %1); this console watches and acts only</source>
        <translation>Die Verarbeitung läuft in einem anderen Prozess (PID %1); diese Konsole beobachtet und handelt nur</translation>
    </message>
    <message>
        <source>Engine off</source>
        <translation>Verarbeitung aus</translation>
    </message>
    <message>
        <source>Engine not started: the database could not be opened</source>
        <translation>Verarbeitung nicht gestartet: die Datenbank ließ sich nicht öffnen</translation>
    </message>
</context>
<context>
    <name>orderflow::console::DashboardView</name>
    <message>
        <source>Orders per state</source>
        <translation>Bestellungen je Status</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Übertragung</translation>
    </message>
    <message>
        <source>Pushes: %1 in the last minute, %2 in the last 30 minutes</source>
        <translation>Übertragungen: %1 in der letzten Minute, %2 in den letzten 30 Minuten</translation>
    </message>
    <message numerus="yes">
        <source>%n failed push attempt(s) in the last hour</source>
        <translation>
            <numerusform>%n fehlgeschlagener Übertragungsversuch in der letzten Stunde</numerusform>
            <numerusform>%n fehlgeschlagene Übertragungsversuche in der letzten Stunde</numerusform>
        </translation>
    </message>
    <message>
        <source>Oldest waiting order: none — the pipeline is clear</source>
        <translation>Älteste wartende Bestellung: keine — alles ist abgearbeitet</translation>
    </message>
    <message>
        <source>Oldest waiting order: %1 in %2</source>
        <translation>Älteste wartende Bestellung: %1 in %2</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for a person: %n order(s)</source>
        <translation>
            <numerusform>Warten auf Bearbeitung: %n Bestellung</numerusform>
            <numerusform>Warten auf Bearbeitung: %n Bestellungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>orderflow::console::ExportsView</name>
    <message numerus="yes">
        <source>The latest %n export(s), newest first.</source>
        <translation>
            <numerusform>Der letzte Export.</numerusform>
            <numerusform>Die letzten %n Exporte, neueste zuerst.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n acknowledgement(s) overdue (highlighted).</source>
        <translation>
            <numerusform>%n Bestätigung überfällig (hervorgehoben).</numerusform>
            <numerusform>%n Bestätigungen überfällig (hervorgehoben).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>orderflow::console::HostKeyDialog</name>
    <message>
        <source>SFTP server key CHANGED</source>
        <translation>SFTP-Serverschlüssel GEÄNDERT</translation>
    </message>
    <message>
        <source>&lt;b&gt;WARNING: THE HOST KEY OF %1 HAS CHANGED!&lt;/b&gt;&lt;br&gt;Someone could be eavesdropping on you right now (a man-in-the-middle attack), or the server&apos;s key was replaced. OrderFlow will not connect until you re-trust it.</source>
        <translation>&lt;b&gt;WARNUNG: DER HOST-SCHLÜSSEL VON %1 HAT SICH GEÄNDERT!&lt;/b&gt;&lt;br&gt;Jemand könnte Sie gerade abhören (ein Man-in-the-Middle-Angriff), oder der Schlüssel des Servers wurde ausgetauscht. OrderFlow verbindet sich nicht, bis Sie ihm erneut vertrauen.</translation>
    </message>
    <message>
        <source>New fingerprint:</source>
        <translation>Neuer Fingerabdruck:</translation>
    </message>
    <message>
        <source>Ask the server&apos;s administrator for the new key&apos;s fingerprint (`ssh-keygen -lf` on the server) and compare it character by character before you re-trust it.</source>
        <translation>Fragen Sie den Administrator des Servers nach dem Fingerabdruck des neuen Schlüssels (`ssh-keygen -lf` auf dem Server) und vergleichen Sie ihn Zeichen für Zeichen, bevor Sie ihm erneut vertrauen.</translation>
    </message>
    <message>
        <source>Replace trusted key</source>
        <translation>Vertrauten Schlüssel ersetzen</translation>
    </message>
    <message>
        <source>Unknown SFTP server key</source>
        <translation>Unbekannter SFTP-Serverschlüssel</translation>
    </message>
    <message>
        <source>The authenticity of host &apos;%1&apos; can&apos;t be established. %2 key fingerprint is %3.</source>
        <translation>Die Echtheit des Hosts &apos;%1&apos; kann nicht festgestellt werden. Der Fingerabdruck des %2-Schlüssels ist %3.</translation>
    </message>
    <message>
        <source>Compare the fingerprint with the one the server&apos;s administrator gives you. Trust stores it in known_hosts; Connect once uses it for this test only.</source>
        <translation>Vergleichen Sie den Fingerabdruck mit dem, den Ihnen der Administrator des Servers nennt. „Vertrauen“ speichert ihn in known_hosts; „Einmal verbinden“ verwendet ihn nur für diesen Test.</translation>
    </message>
</context>
<context>
    <name>orderflow::console::InboundView</name>
    <message>
        <source>Show Raw File…</source>
        <translation>Rohdatei zeigen…</translation>
    </message>
    <message>
        <source>Show the selected file exactly as it was received</source>
        <translation>Die ausgewählte Datei genau so zeigen, wie sie empfangen wurde</translation>
    </message>
    <message numerus="yes">
        <source>The latest %n received file(s), newest first.</source>
        <translation>
            <numerusform>Die zuletzt empfangene Datei.</numerusform>
            <numerusform>Die zuletzt empfangenen %n Dateien, neueste zuerst.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>orderflow::console::MainWindow</name>
    <message>
        <source>Cannot load orders: %1</source>
        <translation>Bestellungen können nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Engine (%1): %2</source>
        <translation>Verarbeitung (%1): %2</translation>
    </message>
    <message>
        <source>Last problem reported by the %1 worker:
%2</source>
        <translation>Letztes Problem, gemeldet von %1:
%2</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Die Datenbank lässt sich nicht öffnen</translation>
    </message>
    <message>
        <source>%1: loading…</source>
        <translation>%1: wird geladen…</translation>
    </message>
    <message>
        <source>%1: %L2 of %L3 order(s) loaded</source>
        <translation>%1: %L2 von %L3 Bestellungen geladen</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1: done (%2).</source>
        <translation>%1: erledigt (%2).</translation>
    </message>
    <message>
        <source>%1: %2 done, %3 not done.</source>
        <translation>%1: %2 erledigt, %3 nicht erledigt.</translation>
    </message>
    <message>
        <source>About OrderFlow</source>
        <translation>Über OrderFlow</translation>
    </message>
    <message>
        <source>&lt;h3&gt;OrderFlow Console %1&lt;/h3&gt;&lt;p&gt;Purchase orders from every partner, in one canonical form, delivered to your ERP — never lost, never duplicated, every step explained.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;OrderFlow-Konsole %1&lt;/h3&gt;&lt;p&gt;Bestellungen aller Partner in einer einheitlichen Form, an Ihr ERP übertragen — nie verloren, nie doppelt, jeder Schritt nachvollziehbar.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>&amp;Connections</source>
        <translation>&amp;Verbindungen</translation>
    </message>
    <message>
        <source>Show the ERP connections: status, circuit, last test</source>
        <translation>Die ERP-Verbindungen zeigen: Status, Schutzschalter, letzter Test</translation>
    </message>
    <message>
        <source>&amp;Sources</source>
        <translation>&amp;Quellen</translation>
    </message>
    <message>
        <source>Show the partner sources: status, last poll, last error</source>
        <translation>Die Partnerquellen zeigen: Status, letzter Abruf, letzter Fehler</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing is configured yet.&lt;/b&gt; Set up the connection to your ERP and where your partners&apos; orders come from; the engine starts working as soon as both exist.</source>
        <translation>&lt;b&gt;Noch ist nichts eingerichtet.&lt;/b&gt; Die Verbindung zu Ihrem ERP einrichten und festlegen, woher die Bestellungen Ihrer Partner kommen; die Verarbeitung beginnt, sobald beides vorhanden ist.</translation>
    </message>
    <message>
        <source>New ERP connection…</source>
        <translation>Neue ERP-Verbindung…</translation>
    </message>
    <message>
        <source>New partner source…</source>
        <translation>Neue Partnerquelle…</translation>
    </message>
    <message>
        <source>New &amp;ERP connection…</source>
        <translation>Neue E&amp;RP-Verbindung…</translation>
    </message>
    <message>
        <source>Set up, test and save a connection to the ERP</source>
        <translation>Eine Verbindung zum ERP einrichten, testen und speichern</translation>
    </message>
    <message>
        <source>New partner &amp;source…</source>
        <translation>Neue Partner&amp;quelle…</translation>
    </message>
    <message>
        <source>Set up, test, preview and save where a partner&apos;s orders come from</source>
        <translation>Einrichten, testen, in der Vorschau prüfen und speichern, woher die Bestellungen eines Partners kommen</translation>
    </message>
    <message>
        <source>Cannot read the organisations: %1</source>
        <translation>Die Organisationen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Source %1 of %2 saved; the engine picks it up.</source>
        <translation>Quelle %1 von %2 gespeichert; die Verarbeitung übernimmt sie.</translation>
    </message>
    <message>
        <source>Connection %1 of %2 saved; the engine picks it up.</source>
        <translation>Verbindung %1 von %2 gespeichert; die Verarbeitung übernimmt sie.</translation>
    </message>
    <message>
        <source>The database this console has open</source>
        <translation>Die Datenbank, die diese Konsole geöffnet hat</translation>
    </message>
    <message>
        <source>Order %1 left the %2 queue; the detail pane keeps showing it.</source>
        <translation>Bestellung %1 hat die Warteschlange %2 verlassen; der Detailbereich zeigt sie weiterhin.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n order(s)</source>
        <translation>
            <numerusform>%1: %n Bestellung</numerusform>
            <numerusform>%1: %n Bestellungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: cancelled — %2 done, %3 not done, %4 left untouched.</source>
        <translation>%1: abgebrochen — %2 erledigt, %3 nicht ausgeführt, %4 unberührt.</translation>
    </message>
</context>
<context>
    <name>orderflow::console::OrderDetailPane</name>
    <message>
        <source>Order not available</source>
        <translation>Bestellung nicht verfügbar</translation>
    </message>
    <message>
        <source>&lt;b&gt;PO %1&lt;/b&gt; — %2</source>
        <translation>&lt;b&gt;Bestellung %1&lt;/b&gt; — %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>partner id %1</source>
        <translation>Partner-Nr. %1</translation>
    </message>
    <message>
        <source>ERP customer %1</source>
        <translation>ERP-Kunde %1</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s), quantity %1, net %2 %3</source>
        <translation>
            <numerusform>%n Position, Menge %1, netto %2 %3</numerusform>
            <numerusform>%n Positionen, Menge %1, netto %2 %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Lines (%1)</source>
        <translation>Positionen (%1)</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Probleme (%1)</translation>
    </message>
    <message>
        <source>Exports &amp;&amp; Acks (%1)</source>
        <translation>Exporte &amp;&amp; Bestätigungen (%1)</translation>
    </message>
    <message>
        <source>Push Attempts (%1)</source>
        <translation>Übertragungsversuche (%1)</translation>
    </message>
    <message>
        <source>No inbound file (entered by hand or through the API).</source>
        <translation>Keine Eingangsdatei (von Hand oder über die API erfasst).</translation>
    </message>
</context>
<context>
    <name>orderflow::console::OrderFilterBar</name>
    <message>
        <source>Search PO number, customer or SKU</source>
        <translation>Bestellnummer, Kunde oder Artikelnr. suchen</translation>
    </message>
    <message>
        <source>Shows orders whose PO number, customer name or a line&apos;s SKU contains this text (Ctrl+F)</source>
        <translation>Zeigt Bestellungen, deren Bestellnummer, Kundenname oder Artikelnummer einer Position diesen Text enthält (Strg+F)</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Customer partner id or name contains</source>
        <translation>Partnernummer oder Name des Kunden enthält</translation>
    </message>
    <message>
        <source>from any date</source>
        <translation>ab beliebigem Datum</translation>
    </message>
    <message>
        <source>Received on or after this day</source>
        <translation>Empfangen an oder nach diesem Tag</translation>
    </message>
    <message>
        <source>to any date</source>
        <translation>bis beliebigem Datum</translation>
    </message>
    <message>
        <source>Received on or before this day</source>
        <translation>Empfangen an oder vor diesem Tag</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Source (partner channel)</source>
        <translation>Quelle (Partnerkanal)</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation>Alle Organisationen</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Alle Quellen</translation>
    </message>
</context>
<context>
    <name>orderflow::console::OrderTableModel</name>
    <message>
        <source>PO number</source>
        <translation>Bestellnummer</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <source>Net amount</source>
        <translation>Nettobetrag</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>In queue for</source>
        <translation>Wartet seit</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <source>The partner&apos;s purchase order number</source>
        <translation>Die Bestellnummer des Partners</translation>
    </message>
    <message>
        <source>Time since the order&apos;s last change of state</source>
        <translation>Zeit seit der letzten Statusänderung der Bestellung</translation>
    </message>
    <message>
        <source>The most recent delivery error, if any</source>
        <translation>Der letzte Übertragungsfehler, falls vorhanden</translation>
    </message>
    <message>
        <source>Click to sort by this column</source>
        <translation>Klicken, um nach dieser Spalte zu sortieren</translation>
    </message>
    <message>
        <source>Order %1 from %2 (%3)</source>
        <translation>Bestellung %1 aus %2 (%3)</translation>
    </message>
</context>
<context>
    <name>orderflow::console::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>A queue is marked when its oldest order has waited longer than this</source>
        <translation>Eine Warteschlange wird markiert, wenn ihre älteste Bestellung länger als dies wartet</translation>
    </message>
    <message>
        <source>A queue is marked when more orders than this wait in it</source>
        <translation>Eine Warteschlange wird markiert, wenn mehr Bestellungen als dies in ihr warten</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Mark a queue when its oldest order waits longer than:</source>
        <translation>Warteschlange markieren, wenn die älteste Bestellung länger wartet als:</translation>
    </message>
    <message>
        <source>…or when more orders than this wait:</source>
        <translation>…oder wenn mehr Bestellungen als diese warten:</translation>
    </message>
    <message>
        <source>Language (after a restart):</source>
        <translation>Sprache (nach einem Neustart):</translation>
    </message>
</context>
<context>
    <name>orderflow::console::PushLogView</name>
    <message numerus="yes">
        <source>The latest %n push attempt(s), newest first.</source>
        <translation>
            <numerusform>Der letzte Übertragungsversuch.</numerusform>
            <numerusform>Die letzten %n Übertragungsversuche, neueste zuerst.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>orderflow::console::PushNowCommand</name>
    <message>
        <source>&amp;Push Now</source>
        <translation>&amp;Jetzt übertragen</translation>
    </message>
    <message numerus="yes">
        <source>Pushing %n order(s)</source>
        <translation>
            <numerusform>%n Bestellung wird übertragen</numerusform>
            <numerusform>%n Bestellungen werden übertragen</numerusform>
        </translation>
    </message>
    <message>
        <source>Push the selected approved orders, and orders waiting to retry, to the ERP right away (Ctrl+P). An order in review is not approved implicitly: approve it first.</source>
        <translation>Die ausgewählten freigegebenen Bestellungen und die auf eine Wiederholung wartenden sofort an das ERP übertragen (Strg+P). Eine Bestellung in Prüfung wird nicht stillschweigend freigegeben: zuerst freigeben.</translation>
    </message>
</context>
<context>
    <name>orderflow::console::PushRateChart</name>
    <message>
        <source>Push attempts per minute, the last 30 minutes (right is now)</source>
        <translation>Übertragungsversuche pro Minute, die letzten 30 Minuten (rechts ist jetzt)</translation>
    </message>
    <message>
        <source>30 min ago</source>
        <translation>vor 30 Min.</translation>
    </message>
    <message>
        <source>now · max %1/min</source>
        <translation>jetzt · max. %1/Min.</translation>
    </message>
</context>
<context>
    <name>orderflow::console::QueueListModel</name>
    <message>
        <source>%1  (%L2)</source>
        <translation>%1  (%L2)</translation>
    </message>
    <message>
        <source>Oldest order waiting: %1</source>
        <translation>Älteste Bestellung wartet seit: %1</translation>
    </message>
    <message>
        <source>This queue is backing up.</source>
        <translation>Diese Warteschlange staut sich.</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n orders, backing up</source>
        <translation>
            <numerusform>%1, %n Bestellung, staut sich</numerusform>
            <numerusform>%1, %n Bestellungen, staut sich</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n orders</source>
        <translation>
            <numerusform>%1, %n Bestellung</numerusform>
            <numerusform>%1, %n Bestellungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>orderflow::console::RawFileDialog</name>
    <message>
        <source>Inbound file %1</source>
        <translation>Eingangsdatei %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>One EDI segment per line</source>
        <translation>Ein EDI-Segment pro Zeile</translation>
    </message>
    <message>
        <source>Breaks the display after each segment terminator; the stored file is unchanged</source>
        <translation>Bricht die Anzeige nach jedem Segmentende um; die gespeicherte Datei bleibt unverändert</translation>
    </message>
    <message>
        <source>%1, exactly as received.</source>
        <translation>%1, genau wie empfangen.</translation>
    </message>
</context>
<context>
    <name>orderflow::console::RecordView</name>
    <message>
        <source>Refresh now (the view also refreshes itself every few seconds)</source>
        <translation>Jetzt aktualisieren (die Ansicht aktualisiert sich auch alle paar Sekunden selbst)</translation>
    </message>
</context>
<context>
    <name>orderflow::console::RejectCommand</name>
    <message>
        <source>Re&amp;ject…</source>
        <translation>&amp;Ablehnen…</translation>
    </message>
    <message>
        <source>Cancel the selected orders; they will not be pushed (Ctrl+Del)</source>
        <translation>Die ausgewählten Bestellungen stornieren; sie werden nicht übertragen (Strg+Entf)</translation>
    </message>
    <message>
        <source>Reject orders</source>
        <translation>Bestellungen ablehnen</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message numerus="yes">
        <source>Rejecting %n order(s)</source>
        <translation>
            <numerusform>%n Bestellung wird abgelehnt</numerusform>
            <numerusform>%n Bestellungen werden abgelehnt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %n order(s): %1. They will not be pushed.
Why? The reason goes into the audit trail.</source>
        <translation>
            <numerusform>%n Bestellung ablehnen: %1. Sie wird nicht übertragen.
Warum? Der Grund kommt ins Protokoll.</numerusform>
            <numerusform>%n Bestellungen ablehnen: %1. Sie werden nicht übertragen.
Warum? Der Grund kommt ins Protokoll.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>orderflow::console::ReplayCommand</name>
    <message>
        <source>Re&amp;play File</source>
        <translation>Datei erneut ei&amp;nlesen</translation>
    </message>
    <message>
        <source>Parse the selected inbound file again; only new content creates orders (Ctrl+Shift+P)</source>
        <translation>Die ausgewählte Eingangsdatei erneut lesen; nur neuer Inhalt erzeugt Bestellungen (Strg+Umschalt+P)</translation>
    </message>
    <message>
        <source>Replaying inbound file %1</source>
        <translation>Eingangsdatei %1 wird erneut eingelesen</translation>
    </message>
    <message>
        <source>inbound file #%1</source>
        <translation>Eingangsdatei #%1</translation>
    </message>
    <message>
        <source>%1 (inbound file #%2)</source>
        <translation>%1 (Eingangsdatei #%2)</translation>
    </message>
    <message>
        <source>Replay inbound file</source>
        <translation>Eingangsdatei erneut einlesen</translation>
    </message>
    <message>
        <source>Parse %1 again? Orders it holds that OrderFlow has not seen yet are created; known ones are left as they are.</source>
        <translation>%1 erneut einlesen? Darin enthaltene Bestellungen, die OrderFlow noch nicht kennt, werden angelegt; bekannte bleiben, wie sie sind.</translation>
    </message>
</context>
<context>
    <name>orderflow::console::RetryAllFailedCommand</name>
    <message>
        <source>Retry &amp;All Failed</source>
        <translation>A&amp;lle fehlgeschlagenen wiederholen</translation>
    </message>
    <message>
        <source>Retry every failed order that the current filter shows (Ctrl+Shift+R)</source>
        <translation>Jede fehlgeschlagene Bestellung wiederholen, die der aktuelle Filter zeigt (Strg+Umschalt+R)</translation>
    </message>
    <message>
        <source>Retry all failed orders</source>
        <translation>Alle fehlgeschlagenen Bestellungen wiederholen</translation>
    </message>
    <message numerus="yes">
        <source>Retry every failed order that the current filter shows (%n order(s))?</source>
        <translation>
            <numerusform>Jede fehlgeschlagene Bestellung wiederholen, die der aktuelle Filter zeigt (%n Bestellung)?</numerusform>
            <numerusform>Jede fehlgeschlagene Bestellung wiederholen, die der aktuelle Filter zeigt (%n Bestellungen)?</numerusform>
        </translation>
    </message>
    <message>
        <source>Retrying all failed orders</source>
        <translation>Alle fehlgeschlagenen Bestellungen werden wiederholt</translation>
    </message>
</context>
<context>
    <name>orderflow::console::RetryCommand</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Push the selected failed orders again, as a new push generation (Ctrl+R)</source>
        <translation>Die ausgewählten fehlgeschlagenen Bestellungen erneut übertragen, als neue Generation (Strg+R)</translation>
    </message>
    <message numerus="yes">
        <source>Retrying %n order(s)</source>
        <translation>
            <numerusform>%n Bestellung wird wiederholt</numerusform>
            <numerusform>%n Bestellungen werden wiederholt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>orderflow::console::RevalidateCommand</name>
    <message>
        <source>Re&amp;validate</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
        <source>Validate the selected orders again, after fixing a mapping or the catalog (Ctrl+E)</source>
        <translation>Die ausgewählten Bestellungen erneut prüfen, nachdem Zuordnung oder Katalog korrigiert wurden (Strg+E)</translation>
    </message>
    <message numerus="yes">
        <source>Revalidating %n order(s)</source>
        <translation>
            <numerusform>%n Bestellung wird erneut geprüft</numerusform>
            <numerusform>%n Bestellungen werden erneut geprüft</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>orderflow::console::SchemaForm</name>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>(default: %1)</source>
        <translation>(Standard: %1)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>default: %1</source>
        <translation>Standard: %1</translation>
    </message>
</context>
<context>
    <name>orderflow::console::SetupCredentialsWizardPage</name>
    <message>
        <source>Credentials</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <source>Passwords and passphrases go into the credential store (the system keychain, or OrderFlow&apos;s encrypted file); the database keeps only where they are.</source>
        <translation>Passwörter und Passphrasen kommen in den Zugangsdatenspeicher (den Schlüsselbund des Systems oder die verschlüsselte Datei von OrderFlow); die Datenbank hält nur fest, wo sie liegen.</translation>
    </message>
    <message>
        <source>stored — type a new value to replace it</source>
        <translation>gespeichert — einen neuen Wert eingeben, um ihn zu ersetzen</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>Key passphrase:</source>
        <translation>Passphrase des Schlüssels:</translation>
    </message>
    <message>
        <source>This connection needs no stored credentials (a key file or an environment variable from the settings is used, or none at all).</source>
        <translation>Diese Verbindung braucht keine gespeicherten Zugangsdaten (sie verwendet eine Schlüsseldatei oder eine Umgebungsvariable aus den Einstellungen, oder gar nichts).</translation>
    </message>
    <message>
        <source>Leave a field empty if the connection does not use it (for example a password when a key file is set).</source>
        <translation>Ein Feld leer lassen, wenn die Verbindung es nicht verwendet (zum Beispiel ein Passwort, wenn eine Schlüsseldatei gesetzt ist).</translation>
    </message>
</context>
<context>
    <name>orderflow::console::SetupSettingsWizardPage</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>What the partner sends (format, field mapping), how the source handles it, and where its %1 files are: schedule, archive and error folders. Fields marked * are required; the others have the default shown.</source>
        <translation>Was der Partner sendet (Format, Feldzuordnung), wie die Quelle damit umgeht und wo ihre %1-Dateien liegen: Zeitplan, Archiv- und Fehlerordner. Mit * markierte Felder sind Pflichtfelder; die übrigen haben den angezeigten Standardwert.</translation>
    </message>
    <message>
        <source>How the %1 connection reaches the ERP. Fields marked * are required; the others have the default shown.</source>
        <translation>Wie die %1-Verbindung das ERP erreicht. Mit * markierte Felder sind Pflichtfelder; die übrigen haben den angezeigten Standardwert.</translation>
    </message>
</context>
<context>
    <name>orderflow::console::SetupTestWizardPage</name>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>OrderFlow connects the way the engine will, step by step. Finish saves the connection.</source>
        <translation>OrderFlow verbindet sich Schritt für Schritt so, wie es die Verarbeitung tun wird. „Abschließen“ speichert die Verbindung.</translation>
    </message>
    <message>
        <source>OrderFlow connects the way the engine will, step by step.</source>
        <translation>OrderFlow verbindet sich Schritt für Schritt so, wie es die Verarbeitung tun wird.</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <source>The credentials could not be stored: %1</source>
        <translation>Die Zugangsdaten konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Every step passed in %1 ms.</source>
        <translation>Alle Schritte in %1 ms bestanden.</translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation>Test abgebrochen.</translation>
    </message>
    <message>
        <source>The test failed: %1</source>
        <translation>Der Test ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The key could not be stored: %1</source>
        <translation>Der Schlüssel konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>orderflow::console::SetupTypeWizardPage</name>
    <message>
        <source>Partner source</source>
        <translation>Partnerquelle</translation>
    </message>
    <message>
        <source>Which organisation&apos;s orders it brings in, what it is called, and where the partner&apos;s files come from.</source>
        <translation>Für welche Organisation sie Bestellungen hereinholt, wie sie heißt und woher die Dateien des Partners kommen.</translation>
    </message>
    <message>
        <source>Source name:</source>
        <translation>Name der Quelle:</translation>
    </message>
    <message>
        <source>e.g. acme-edi</source>
        <translation>z. B. acme-edi</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Which organisation&apos;s orders go through it, what it is called, and how OrderFlow talks to the ERP.</source>
        <translation>Für welche Organisation sie Bestellungen überträgt, wie sie heißt und wie OrderFlow mit dem ERP spricht.</translation>
    </message>
    <message>
        <source>The organisation&apos;s short name may hold letters, digits, &apos;-&apos; and &apos;_&apos; (up to 63), starting with a letter or digit.</source>
        <translation>Der Kurzname der Organisation darf Buchstaben, Ziffern, &apos;-&apos; und &apos;_&apos; enthalten (bis zu 63 Zeichen) und muss mit einem Buchstaben oder einer Ziffer beginnen.</translation>
    </message>
    <message>
        <source>The name may hold letters, digits, &apos;-&apos; and &apos;_&apos; (up to 63), starting with a letter or digit.</source>
        <translation>Der Name darf Buchstaben, Ziffern, &apos;-&apos; und &apos;_&apos; enthalten (bis zu 63 Zeichen) und muss mit einem Buchstaben oder einer Ziffer beginnen.</translation>
    </message>
</context>
<context>
    <name>orderflow::console::SetupView</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Active, disabled, or paused (and why)</source>
        <translation>Aktiv, deaktiviert oder pausiert (und warum)</translation>
    </message>
    <message>
        <source>Circuit</source>
        <translation>Schutzschalter</translation>
    </message>
    <message>
        <source>The circuit breaker: open stops pushes to the ERP until the time shown</source>
        <translation>Der Schutzschalter: offen hält Übertragungen an das ERP bis zur angezeigten Zeit an</translation>
    </message>
    <message>
        <source>Last test</source>
        <translation>Letzter Test</translation>
    </message>
    <message>
        <source>When the connection was last tested (here or with `orderflow test-connection`)</source>
        <translation>Wann die Verbindung zuletzt getestet wurde (hier oder mit `orderflow test-connection`)</translation>
    </message>
    <message>
        <source>Test result</source>
        <translation>Testergebnis</translation>
    </message>
    <message>
        <source>Orders today</source>
        <translation>Bestellungen heute</translation>
    </message>
    <message>
        <source>Orders for this connection received today</source>
        <translation>Heute eingegangene Bestellungen für diese Verbindung</translation>
    </message>
    <message>
        <source>Failures today</source>
        <translation>Fehler heute</translation>
    </message>
    <message>
        <source>Orders for this connection that failed today</source>
        <translation>Heute fehlgeschlagene Bestellungen für diese Verbindung</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Last poll</source>
        <translation>Letzter Abruf</translation>
    </message>
    <message>
        <source>Last success</source>
        <translation>Letzter Erfolg</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <source>Paused until</source>
        <translation>Pausiert bis</translation>
    </message>
    <message>
        <source>After repeated failures the engine waits before it polls the source again</source>
        <translation>Nach wiederholten Fehlern wartet die Verarbeitung, bevor sie die Quelle erneut abruft</translation>
    </message>
    <message>
        <source>Backlog</source>
        <translation>Rückstand</translation>
    </message>
    <message>
        <source>Files waiting at the source after the last poll</source>
        <translation>Dateien, die nach dem letzten Abruf an der Quelle warten</translation>
    </message>
    <message>
        <source>Orders read from this source today</source>
        <translation>Heute aus dieser Quelle gelesene Bestellungen</translation>
    </message>
    <message>
        <source>Orders from this source that failed today</source>
        <translation>Heute fehlgeschlagene Bestellungen aus dieser Quelle</translation>
    </message>
    <message>
        <source>When the source was last tested (here or with `orderflow test-connection`)</source>
        <translation>Wann die Quelle zuletzt getestet wurde (hier oder mit `orderflow test-connection`)</translation>
    </message>
    <message>
        <source>&amp;New source…</source>
        <translation>&amp;Neue Quelle…</translation>
    </message>
    <message>
        <source>&amp;New connection…</source>
        <translation>&amp;Neue Verbindung…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Bea&amp;rbeiten…</translation>
    </message>
    <message>
        <source>Open the setup wizard on the selected one</source>
        <translation>Den Einrichtungsassistenten für den ausgewählten Eintrag öffnen</translation>
    </message>
    <message>
        <source>&amp;Test now</source>
        <translation>&amp;Jetzt testen</translation>
    </message>
    <message>
        <source>Connect and check every step now, in the background</source>
        <translation>Jetzt verbinden und jeden Schritt prüfen, im Hintergrund</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>Dea&amp;ktivieren</translation>
    </message>
    <message>
        <source>Stop or resume using the selected one</source>
        <translation>Den ausgewählten Eintrag nicht mehr verwenden oder wieder verwenden</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Delete the selected one and its secrets (refused while orders are in flight)</source>
        <translation>Den ausgewählten Eintrag und seine Geheimnisse löschen (verweigert, solange Bestellungen in Arbeit sind)</translation>
    </message>
    <message>
        <source>&amp;Reset circuit</source>
        <translation>Schutzschalter &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Close the circuit breaker so pushes to this connection resume at once</source>
        <translation>Den Schutzschalter schließen, damit Übertragungen an diese Verbindung sofort weiterlaufen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>passed in %1 ms</source>
        <translation>in %1 ms bestanden</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Test of %1: %2</source>
        <translation>Test von %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the configuration: %1</source>
        <translation>Die Konfiguration kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message numerus="yes">
        <source>paused: circuit open after %n failure(s)</source>
        <translation>
            <numerusform>pausiert: Schutzschalter offen nach %n Fehler</numerusform>
            <numerusform>pausiert: Schutzschalter offen nach %n Fehlern</numerusform>
        </translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>open until %1</source>
        <translation>offen bis %1</translation>
    </message>
    <message>
        <source>half-open (trying one order)</source>
        <translation>halb offen (eine Bestellung wird versucht)</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>paused: %1</source>
        <translation>pausiert: %1</translation>
    </message>
    <message>
        <source>repeated poll failures</source>
        <translation>wiederholte Abruffehler</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>A&amp;ktivieren</translation>
    </message>
    <message>
        <source>source &apos;%1&apos; of %2</source>
        <translation>Quelle &apos;%1&apos; von %2</translation>
    </message>
    <message>
        <source>connection &apos;%1&apos; of %2</source>
        <translation>Verbindung &apos;%1&apos; von %2</translation>
    </message>
    <message>
        <source>Source %1 of %2 saved; the engine picks it up.</source>
        <translation>Quelle %1 von %2 gespeichert; die Verarbeitung übernimmt sie.</translation>
    </message>
    <message>
        <source>Connection %1 of %2 saved; the engine picks it up.</source>
        <translation>Verbindung %1 von %2 gespeichert; die Verarbeitung übernimmt sie.</translation>
    </message>
    <message>
        <source>Cannot edit: %1</source>
        <translation>Bearbeiten nicht möglich: %1</translation>
    </message>
    <message>
        <source>Cannot test %1: %2</source>
        <translation>%1 kann nicht getestet werden: %2</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>%1 wird getestet…</translation>
    </message>
    <message>
        <source>Cannot enable %1: %2</source>
        <translation>%1 kann nicht aktiviert werden: %2</translation>
    </message>
    <message>
        <source>Cannot disable %1: %2</source>
        <translation>%1 kann nicht deaktiviert werden: %2</translation>
    </message>
    <message>
        <source>Enabled %1.</source>
        <translation>%1 aktiviert.</translation>
    </message>
    <message>
        <source>Disabled %1; a running engine stops polling it.</source>
        <translation>%1 deaktiviert; eine laufende Verarbeitung ruft sie nicht mehr ab.</translation>
    </message>
    <message>
        <source>Disabled %1; its orders wait until it is enabled again.</source>
        <translation>%1 deaktiviert; ihre Bestellungen warten, bis sie wieder aktiviert ist.</translation>
    </message>
    <message>
        <source>Delete source</source>
        <translation>Quelle löschen</translation>
    </message>
    <message>
        <source>Delete connection</source>
        <translation>Verbindung löschen</translation>
    </message>
    <message>
        <source>Delete %1? Its secrets are deleted from the credential store. This cannot be undone.</source>
        <translation>%1 löschen? Die zugehörigen Geheimnisse werden aus dem Zugangsdatenspeicher gelöscht. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>%1 was not deleted: %2</source>
        <translation>%1 wurde nicht gelöscht: %2</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Nicht gelöscht</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 gelöscht.</translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s) deleted from the credential store.</source>
        <translation>
            <numerusform>%n Geheimnis aus dem Zugangsdatenspeicher gelöscht.</numerusform>
            <numerusform>%n Geheimnisse aus dem Zugangsdatenspeicher gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept %1: another source or connection still uses it.</source>
        <translation>%1 behalten: eine andere Quelle oder Verbindung verwendet es noch.</translation>
    </message>
    <message>
        <source>%1 (%2; delete it once the store can be reached: orderflow secrets delete %1)</source>
        <translation>%1 (%2; löschen, sobald der Speicher erreichbar ist: orderflow secrets delete %1)</translation>
    </message>
    <message>
        <source>Still in the credential store: %1</source>
        <translation>Noch im Zugangsdatenspeicher: %1</translation>
    </message>
    <message>
        <source>Cannot reset the circuit of %1: %2</source>
        <translation>Der Schutzschalter von %1 kann nicht zurückgesetzt werden: %2</translation>
    </message>
    <message>
        <source>Circuit of %1 reset (it was %2); pushes to it resume.</source>
        <translation>Schutzschalter von %1 zurückgesetzt (war %2); Übertragungen dorthin laufen weiter.</translation>
    </message>
    <message>
        <source>R&amp;otate secret…</source>
        <translation>Zugangsdaten erne&amp;uern…</translation>
    </message>
    <message>
        <source>Type a new password, passphrase or token for the selected one; it replaces the stored one after a test</source>
        <translation>Ein neues Passwort, eine neue Passphrase oder ein neues Token für den ausgewählten Eintrag eingeben; es ersetzt das gespeicherte nach einem Test</translation>
    </message>
</context>
<context>
    <name>orderflow::console::SetupWizard</name>
    <message>
        <source>Edit partner source</source>
        <translation>Partnerquelle bearbeiten</translation>
    </message>
    <message>
        <source>New partner source</source>
        <translation>Neue Partnerquelle</translation>
    </message>
    <message>
        <source>Edit ERP connection</source>
        <translation>ERP-Verbindung bearbeiten</translation>
    </message>
    <message>
        <source>New ERP connection</source>
        <translation>Neue ERP-Verbindung</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>No longer used, deleted from the credential store: %1.</source>
        <translation>Nicht mehr verwendet, aus dem Anmeldedatenspeicher gelöscht: %1.</translation>
    </message>
    <message>
        <source>Kept %1: another source or connection still uses it.</source>
        <translation>%1 behalten: eine andere Quelle oder Verbindung verwendet es noch.</translation>
    </message>
    <message>
        <source>%1 is no longer used but still in the credential store (%2); delete it once the store can be reached: orderflow secrets delete %1</source>
        <translation>%1 wird nicht mehr verwendet, liegt aber noch im Anmeldedatenspeicher (%2); löschen, sobald der Speicher erreichbar ist: orderflow secrets delete %1</translation>
    </message>
</context>
<context>
    <name>orderflow::console::SourcePreviewWizardPage</name>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Pick a sample file — one the partner sent, or any local one — to see the orders this source would make of it, before the first real order arrives. Finish saves the source.</source>
        <translation>Eine Beispieldatei wählen — eine, die der Partner geschickt hat, oder eine beliebige lokale —, um zu sehen, welche Bestellungen diese Quelle daraus machen würde, bevor die erste echte Bestellung eintrifft. „Abschließen“ speichert die Quelle.</translation>
    </message>
    <message>
        <source>Choose sample file…</source>
        <translation>Beispieldatei wählen…</translation>
    </message>
    <message>
        <source>Order / line</source>
        <translation>Bestellung / Position</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Artikelnr.</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Einzelpreis</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Sample file</source>
        <translation>Beispieldatei</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 64 MB; pick a smaller sample.</source>
        <translation>%1 ist größer als 64 MB; bitte eine kleinere Beispieldatei wählen.</translation>
    </message>
    <message>
        <source>PO %1 — %2</source>
        <translation>Bestellung %1 — %2</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Position %1</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>transformation</source>
        <translation>Transformation</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n order(s), %2 of them invalid; %3 error(s) in the file.</source>
        <translation>
            <numerusform>%1: %n Bestellung, davon %2 ungültig; %3 Fehler in der Datei.</numerusform>
            <numerusform>%1: %n Bestellungen, davon %2 ungültig; %3 Fehler in der Datei.</numerusform>
        </translation>
    </message>
    <message>
        <source>List the partner&apos;s files</source>
        <translation>Dateien des Partners auflisten</translation>
    </message>
    <message>
        <source>Connect the way the source will and list its inbound folder, in the background</source>
        <translation>So verbinden, wie es die Quelle tun wird, und ihren Eingangsordner im Hintergrund auflisten</translation>
    </message>
    <message>
        <source>Preview selected file</source>
        <translation>Vorschau der gewählten Datei</translation>
    </message>
    <message>
        <source>Download the selected file into memory (at most %1 MB) and preview it; nothing is moved or stored</source>
        <translation>Die gewählte Datei in den Speicher laden (höchstens %1 MB) und als Vorschau zeigen; nichts wird verschoben oder gespeichert</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>File at the partner</source>
        <translation>Datei beim Partner</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Listing the partner&apos;s files…</source>
        <translation>Dateien des Partners werden aufgelistet…</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>%1 wird heruntergeladen…</translation>
    </message>
    <message>
        <source>Cannot list the partner&apos;s files: %1</source>
        <translation>Die Dateien des Partners können nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>The key could not be stored: %1</source>
        <translation>Der Schlüssel konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>No files waiting in %1.</source>
        <translation>In %1 warten keine Dateien.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in %1: pick one to preview.</source>
        <translation>
            <numerusform>%n Datei in %1: eine für die Vorschau wählen.</numerusform>
            <numerusform>%n Dateien in %1: eine für die Vorschau wählen.</numerusform>
        </translation>
    </message>
</context>
</TS>
