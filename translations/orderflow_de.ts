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
    <message>
        <source>processing</source>
        <translation>Auftragsprüfung</translation>
    </message>
    <message>
        <source>push to the ERP</source>
        <translation>Übertragung ans ERP</translation>
    </message>
    <message>
        <source>ERP acknowledgements</source>
        <translation>ERP-Quittungen</translation>
    </message>
    <message>
        <source>outbox for 997/CONTRL</source>
        <translation>Postausgang für 997/CONTRL</translation>
    </message>
    <message>
        <source>source scheduler</source>
        <translation>Quellenplanung</translation>
    </message>
    <message>
        <source>catalog enrichment</source>
        <translation>Katalogergänzung</translation>
    </message>
    <message>
        <source>source %1</source>
        <translation>Quelle %1</translation>
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
    <message>
        <source>Validated</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Retried</source>
        <translation>Wiederholt</translation>
    </message>
    <message>
        <source>Revalidated</source>
        <translation>Neu geprüft</translation>
    </message>
    <message>
        <source>Push</source>
        <translation>Übertragung</translation>
    </message>
    <message>
        <source>Push now</source>
        <translation>Jetzt übertragen</translation>
    </message>
    <message>
        <source>Recovered after restart</source>
        <translation>Nach Neustart wiederhergestellt</translation>
    </message>
    <message>
        <source>ERP acknowledgement</source>
        <translation>Quittung des ERP</translation>
    </message>
    <message>
        <source>ERP answer refused</source>
        <translation>Antwort des ERP zurückgewiesen</translation>
    </message>
    <message>
        <source>Replayed</source>
        <translation>Erneut eingelesen</translation>
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
    <name>config</name>
    <message>
        <source>Short unique name; sources, connections and products refer to it.</source>
        <translation>Kurzer eindeutiger Name; Quellen, Verbindungen und Produkte verweisen darauf.</translation>
    </message>
    <message>
        <source>Display name.</source>
        <translation>Anzeigename.</translation>
    </message>
    <message>
        <source>Slug of the organisation whose catalog it is in.</source>
        <translation>Kurzname der Organisation, in deren Katalog es steht.</translation>
    </message>
    <message>
        <source>The SKU order lines are checked against.</source>
        <translation>Die Artikelnummer (SKU), gegen die Bestellpositionen geprüft werden.</translation>
    </message>
    <message>
        <source>Product title.</source>
        <translation>Produktbezeichnung.</translation>
    </message>
    <message>
        <source>Where editors find this JSON Schema; OrderFlow ignores it.</source>
        <translation>Wo Editoren dieses JSON-Schema finden; OrderFlow ignoriert es.</translation>
    </message>
    <message>
        <source>Organisations (tenants), created or updated by slug.</source>
        <translation>Organisationen (Mandanten), nach Kurzname angelegt oder aktualisiert.</translation>
    </message>
    <message>
        <source>ERP connections, created or updated by organisation and name.</source>
        <translation>ERP-Verbindungen, nach Organisation und Name angelegt oder aktualisiert.</translation>
    </message>
    <message>
        <source>Partner sources, created or updated by organisation and name.</source>
        <translation>Partnerquellen, nach Organisation und Name angelegt oder aktualisiert.</translation>
    </message>
    <message>
        <source>Product catalog entries, by organisation and SKU.</source>
        <translation>Einträge des Produktkatalogs, nach Organisation und SKU.</translation>
    </message>
    <message>
        <source>Ack overdue (ms)</source>
        <translation>Quittung überfällig nach (ms)</translation>
    </message>
    <message>
        <source>Ack path</source>
        <translation>Quittungspfad</translation>
    </message>
    <message>
        <source>Allow plain http</source>
        <translation>Unverschlüsseltes HTTP erlauben</translation>
    </message>
    <message>
        <source>Archive path</source>
        <translation>Archivpfad</translation>
    </message>
    <message>
        <source>Args</source>
        <translation>Argumente</translation>
    </message>
    <message>
        <source>Asynchronous</source>
        <translation>Asynchron</translation>
    </message>
    <message>
        <source>Auto approve</source>
        <translation>Automatisch freigeben</translation>
    </message>
    <message>
        <source>Backoff base (ms)</source>
        <translation>Grundwartezeit (ms)</translation>
    </message>
    <message>
        <source>Backoff max (ms)</source>
        <translation>Längste Wartezeit (ms)</translation>
    </message>
    <message>
        <source>Base url</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Verhalten</translation>
    </message>
    <message>
        <source>Breaker cooldown (ms)</source>
        <translation>Pause des Schutzschalters (ms)</translation>
    </message>
    <message>
        <source>Breaker threshold</source>
        <translation>Schwelle des Schutzschalters</translation>
    </message>
    <message>
        <source>Ca file</source>
        <translation>CA-Datei</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>Concurrency</source>
        <translation>Gleichzeitige Übertragungen</translation>
    </message>
    <message>
        <source>Config</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Connect timeout (ms)</source>
        <translation>Zeitlimit Verbindungsaufbau (ms)</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Cursor field</source>
        <translation>Cursor-Feld</translation>
    </message>
    <message>
        <source>Cursor param</source>
        <translation>Cursor-Parameter</translation>
    </message>
    <message>
        <source>Done marker suffix</source>
        <translation>Endung der Fertig-Markierung</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Error path</source>
        <translation>Fehlerpfad</translation>
    </message>
    <message>
        <source>Error pause (ms)</source>
        <translation>Pause nach Fehler (ms)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerabdruck</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>Erste Seite</translation>
    </message>
    <message>
        <source>Flaky failures</source>
        <translation>Anfängliche Fehlversuche</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Quelle (Feld)</translation>
    </message>
    <message>
        <source>Fsync</source>
        <translation>Fsync (auf Platte schreiben)</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Id pattern</source>
        <translation>ID-Muster</translation>
    </message>
    <message>
        <source>Initial cursor</source>
        <translation>Anfangs-Cursor</translation>
    </message>
    <message>
        <source>Io timeout (ms)</source>
        <translation>Zeitlimit Übertragung (ms)</translation>
    </message>
    <message>
        <source>Items field</source>
        <translation>Feld der Bestellungen</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Schlüsseldatei</translation>
    </message>
    <message>
        <source>Key passphrase</source>
        <translation>Passphrase des Schlüssels</translation>
    </message>
    <message>
        <source>Key passphrase env</source>
        <translation>Umgebungsvariable der Passphrase</translation>
    </message>
    <message>
        <source>Known hosts</source>
        <translation>Bekannte Hosts</translation>
    </message>
    <message>
        <source>Latency (ms)</source>
        <translation>Latenz (ms)</translation>
    </message>
    <message>
        <source>Limit param</source>
        <translation>Parameter der Seitengröße</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>Feldzuordnung</translation>
    </message>
    <message>
        <source>Max file bytes</source>
        <translation>Größte Datei (Bytes)</translation>
    </message>
    <message>
        <source>Max files per poll</source>
        <translation>Höchstens Dateien je Abruf</translation>
    </message>
    <message>
        <source>Max response bytes</source>
        <translation>Größte Antwort (Bytes)</translation>
    </message>
    <message>
        <source>Max retries</source>
        <translation>Höchstzahl Wiederholungen</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Org</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Orgs</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <source>Outbound path</source>
        <translation>Ausgangspfad</translation>
    </message>
    <message>
        <source>Outbound retry base (ms)</source>
        <translation>Grundwartezeit Ausgang (ms)</translation>
    </message>
    <message>
        <source>Outbound retry max (ms)</source>
        <translation>Längste Wartezeit Ausgang (ms)</translation>
    </message>
    <message>
        <source>Page param</source>
        <translation>Seiten-Parameter</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Seitengröße</translation>
    </message>
    <message>
        <source>Pagination</source>
        <translation>Seitenweises Lesen</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Password env</source>
        <translation>Umgebungsvariable des Passworts</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Dateimuster</translation>
    </message>
    <message>
        <source>Permanent</source>
        <translation>Dauerhaft</translation>
    </message>
    <message>
        <source>Poll interval (ms)</source>
        <translation>Abrufintervall (ms)</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Probe path</source>
        <translation>Prüfpfad</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <source>Request timeout (ms)</source>
        <translation>Zeitlimit Anfrage (ms)</translation>
    </message>
    <message>
        <source>Require unit price</source>
        <translation>Stückpreis verlangen</translation>
    </message>
    <message>
        <source>Response timeout (ms)</source>
        <translation>Zeitlimit Antwort (ms)</translation>
    </message>
    <message>
        <source>Retry base (ms)</source>
        <translation>Grundwartezeit Wiederholung (ms)</translation>
    </message>
    <message>
        <source>Retry max (ms)</source>
        <translation>Längste Wartezeit Wiederholung (ms)</translation>
    </message>
    <message>
        <source>Retry (ms)</source>
        <translation>Erneuter Versuch nach (ms)</translation>
    </message>
    <message>
        <source>Settle (ms)</source>
        <translation>Ruhezeit (ms)</translation>
    </message>
    <message>
        <source>Skip leading junk</source>
        <translation>Vorspann überspringen</translation>
    </message>
    <message>
        <source>Sku</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>Kurzname</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Timeout (ms)</source>
        <translation>Zeitlimit (ms)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Token env</source>
        <translation>Umgebungsvariable des Tokens</translation>
    </message>
    <message>
        <source>Transforms</source>
        <translation>Umwandlungen</translation>
    </message>
    <message>
        <source>Ttl (ms)</source>
        <translation>Gültigkeit (ms)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>A disabled connection takes no pushes; an organisation has one active connection per type.</source>
        <translation>Eine deaktivierte Verbindung nimmt keine Übertragungen an; eine Organisation hat je Typ eine aktive Verbindung.</translation>
    </message>
    <message>
        <source>Automatic retries after a transient failure (3 = 4 attempts).</source>
        <translation>Automatische Wiederholungen nach einem vorübergehenden Fehler (3 = 4 Versuche).</translation>
    </message>
    <message>
        <source>First retry delay; it doubles with each attempt (plus jitter).</source>
        <translation>Wartezeit vor der ersten Wiederholung; sie verdoppelt sich mit jedem Versuch (plus Zufallsanteil).</translation>
    </message>
    <message>
        <source>The longest retry delay.</source>
        <translation>Die längste Wartezeit zwischen Wiederholungen.</translation>
    </message>
    <message>
        <source>Pushes at the same time on this connection.</source>
        <translation>Gleichzeitige Übertragungen über diese Verbindung.</translation>
    </message>
    <message>
        <source>Consecutive transient failures that open the circuit (the connection pauses).</source>
        <translation>Vorübergehende Fehler in Folge, die den Schutzschalter auslösen (die Verbindung pausiert).</translation>
    </message>
    <message>
        <source>How long an open circuit pauses the connection before one trial push.</source>
        <translation>Wie lange ein ausgelöster Schutzschalter die Verbindung vor einer Probeübertragung pausiert.</translation>
    </message>
    <message>
        <source>A sent export without an ack after this long is flagged as overdue.</source>
        <translation>Ein gesendeter Export ohne Quittung gilt nach dieser Zeit als überfällig.</translation>
    </message>
    <message>
        <source>Where the dropzone is: a local directory, or a directory on an SFTP server.</source>
        <translation>Wo die Dropzone liegt: ein lokales Verzeichnis oder ein Verzeichnis auf einem SFTP-Server.</translation>
    </message>
    <message>
        <source>The directory export files are written to (NAME.tmp, then renamed to NAME).</source>
        <translation>Das Verzeichnis, in das Exportdateien geschrieben werden (NAME.tmp, dann umbenannt in NAME).</translation>
    </message>
    <message>
        <source>Where the ERP leaves ack_NAME.json / error_NAME.json; answers move on to processed/ or error/ below it.</source>
        <translation>Wo das ERP ack_NAME.json / error_NAME.json ablegt; Antworten wandern danach nach processed/ oder error/ darunter.</translation>
    </message>
    <message>
        <source>Make every export durable (fsync) before it counts as delivered.</source>
        <translation>Jeden Export dauerhaft auf die Platte schreiben (fsync), bevor er als übertragen gilt.</translation>
    </message>
    <message>
        <source>Every push succeeds, fails, or fails for the first attempts and then succeeds.</source>
        <translation>Jede Übertragung gelingt, scheitert, oder scheitert bei den ersten Versuchen und gelingt dann.</translation>
    </message>
    <message>
        <source>With behaviour flaky: how many attempts of each order fail first.</source>
        <translation>Bei Verhalten „flaky“: wie viele Versuche jeder Bestellung zuerst scheitern.</translation>
    </message>
    <message>
        <source>Failures are permanent (no automatic retry) instead of transient.</source>
        <translation>Fehler sind dauerhaft (keine automatische Wiederholung) statt vorübergehend.</translation>
    </message>
    <message>
        <source>How long each push takes.</source>
        <translation>Wie lange jede Übertragung dauert.</translation>
    </message>
    <message>
        <source>The error message of a failed push.</source>
        <translation>Die Fehlermeldung einer gescheiterten Übertragung.</translation>
    </message>
    <message>
        <source>Complete each batch later from a timer on the connection&apos;s thread (after latency_ms), like a connector on an asynchronous HTTP client; its blocking calls are refused.</source>
        <translation>Jeden Stapel später über einen Timer im Thread der Verbindung abschließen (nach latency_ms), wie ein Connector mit asynchronem HTTP-Client; seine blockierenden Aufrufe werden abgelehnt.</translation>
    </message>
    <message>
        <source>The ERP API&apos;s base URL, e.g. https://erp.example.com/api/v1.</source>
        <translation>Die Basis-URL der ERP-API, z. B. https://erp.example.com/api/v1.</translation>
    </message>
    <message>
        <source>The path below base_url that takes one export per POST.</source>
        <translation>Der Pfad unter base_url, der einen Export je POST annimmt.</translation>
    </message>
    <message>
        <source>The API&apos;s bearer token, kept in OrderFlow&apos;s credential store (`orderflow secrets set`).</source>
        <translation>Das Bearer-Token der API, im Anmeldedatenspeicher von OrderFlow abgelegt (`orderflow secrets set`).</translation>
    </message>
    <message>
        <source>Environment variable that holds the bearer token (servers, CI).</source>
        <translation>Umgebungsvariable mit dem Bearer-Token (Server, CI).</translation>
    </message>
    <message>
        <source>PEM file with the certificate authority (or the self-signed certificate) the ERP&apos;s TLS certificate is checked against, in addition to the system&apos;s. Certificates are always verified.</source>
        <translation>PEM-Datei mit der Zertifizierungsstelle (oder dem selbstsignierten Zertifikat), gegen die das TLS-Zertifikat des ERP zusätzlich zu denen des Systems geprüft wird. Zertifikate werden immer geprüft.</translation>
    </message>
    <message>
        <source>How long connecting (TCP and TLS) and sending a request may take.</source>
        <translation>Wie lange Verbindungsaufbau (TCP und TLS) und Senden einer Anfrage dauern dürfen.</translation>
    </message>
    <message>
        <source>How long the ERP may take to answer a request once it was sent.</source>
        <translation>Wie lange das ERP für die Antwort auf eine gesendete Anfrage brauchen darf.</translation>
    </message>
    <message>
        <source>What the connection test GETs (with the token) to see that the token is accepted; nothing is created.</source>
        <translation>Was der Verbindungstest (mit dem Token) per GET abruft, um zu sehen, ob das Token angenommen wird; dabei wird nichts angelegt.</translation>
    </message>
    <message>
        <source>Allow http:// to another machine; the token then crosses the network unencrypted.</source>
        <translation>http:// zu einem anderen Rechner erlauben; das Token geht dann unverschlüsselt über das Netz.</translation>
    </message>
    <message>
        <source>The partner&apos;s orders endpoint, e.g. https://partner.example/api/orders.</source>
        <translation>Der Bestell-Endpunkt des Partners, z. B. https://partner.example/api/orders.</translation>
    </message>
    <message>
        <source>Environment variable that holds the bearer token.</source>
        <translation>Umgebungsvariable mit dem Bearer-Token.</translation>
    </message>
    <message>
        <source>The bearer token, kept in OrderFlow&apos;s credential store (`orderflow secrets set`).</source>
        <translation>Das Bearer-Token, im Anmeldedatenspeicher von OrderFlow abgelegt (`orderflow secrets set`).</translation>
    </message>
    <message>
        <source>cursor: each page names the cursor after it (cursor_field) and the next request sends it (cursor_param); page: page numbers (page_param, first_page) of page_size orders; link: follow the response&apos;s `Link: &lt;…&gt;; rel=&quot;next&quot;` header.</source>
        <translation>cursor: jede Seite nennt den Cursor der nächsten (cursor_field), die nächste Anfrage sendet ihn (cursor_param); page: Seitennummern (page_param, first_page) mit je page_size Bestellungen; link: dem Header `Link: &lt;…&gt;; rel=&quot;next&quot;` der Antwort folgen.</translation>
    </message>
    <message>
        <source>Query parameter that carries the cursor.</source>
        <translation>Abfrageparameter, der den Cursor trägt.</translation>
    </message>
    <message>
        <source>Dotted path of the cursor in a page (null or absent: no further page now).</source>
        <translation>Punktierter Pfad des Cursors in einer Seite (null oder fehlend: vorerst keine weitere Seite).</translation>
    </message>
    <message>
        <source>The cursor of the very first request (e.g. a date to start from); none by default.</source>
        <translation>Der Cursor der allerersten Anfrage (z. B. ein Startdatum); standardmäßig keiner.</translation>
    </message>
    <message>
        <source>Query parameter that carries the page number.</source>
        <translation>Abfrageparameter, der die Seitennummer trägt.</translation>
    </message>
    <message>
        <source>The number of the first page.</source>
        <translation>Die Nummer der ersten Seite.</translation>
    </message>
    <message>
        <source>Query parameter that carries page_size (empty: not sent).</source>
        <translation>Abfrageparameter, der page_size trägt (leer: wird nicht gesendet).</translation>
    </message>
    <message>
        <source>Orders asked for per page.</source>
        <translation>Angefragte Bestellungen je Seite.</translation>
    </message>
    <message>
        <source>Dotted path of the array of orders in a page that is an object (a page that is an array is the orders).</source>
        <translation>Punktierter Pfad der Bestellliste in einer Seite, die ein Objekt ist (eine Seite, die eine Liste ist, enthält die Bestellungen selbst).</translation>
    </message>
    <message>
        <source>Time between polls once every page has been read.</source>
        <translation>Zeit zwischen Abrufen, nachdem alle Seiten gelesen sind.</translation>
    </message>
    <message>
        <source>A request without its whole answer after this long is given up and tried again after the backoff.</source>
        <translation>Eine Anfrage ohne vollständige Antwort nach dieser Zeit wird aufgegeben und nach der Wartezeit wiederholt.</translation>
    </message>
    <message>
        <source>A larger answer is refused (and asked for again after the backoff): lower page_size.</source>
        <translation>Eine größere Antwort wird abgelehnt (und nach der Wartezeit erneut angefragt): page_size verringern.</translation>
    </message>
    <message>
        <source>After 429, 5xx, a timeout or a lost connection without Retry-After the source waits this long, doubling each time.</source>
        <translation>Nach 429, 5xx, einer Zeitüberschreitung oder einem Verbindungsabbruch ohne Retry-After wartet die Quelle so lange, jedes Mal doppelt so lange.</translation>
    </message>
    <message>
        <source>The longest wait of the backoff.</source>
        <translation>Die längste Wartezeit.</translation>
    </message>
    <message>
        <source>After 401, 403 or another 4xx (a token or URL a person must fix) the source waits this long.</source>
        <translation>Nach 401, 403 oder einem anderen 4xx (ein Token oder eine URL, die ein Mensch korrigieren muss) wartet die Quelle so lange.</translation>
    </message>
    <message>
        <source>PEM file of a CA to trust besides the system&apos;s (a partner with its own CA). Certificates are always verified.</source>
        <translation>PEM-Datei einer Zertifizierungsstelle, der zusätzlich zu denen des Systems vertraut wird (ein Partner mit eigener CA). Zertifikate werden immer geprüft.</translation>
    </message>
    <message>
        <source>The order field to set (`orderflow functions list` names them).</source>
        <translation>Das zu setzende Bestellfeld (`orderflow functions list` nennt sie).</translation>
    </message>
    <message>
        <source>The transformation function (`orderflow functions list`).</source>
        <translation>Die Umwandlungsfunktion (`orderflow functions list`).</translation>
    </message>
    <message>
        <source>The order field the function reads.</source>
        <translation>Das Bestellfeld, das die Funktion liest.</translation>
    </message>
    <message>
        <source>The function&apos;s arguments, e.g. {&quot;table&quot;: {…}} for lookup.</source>
        <translation>Die Argumente der Funktion, z. B. {&quot;table&quot;: {…}} für lookup.</translation>
    </message>
    <message>
        <source>Format json: where the partner&apos;s JSON keeps each order field, when not where the default mapping expects it.</source>
        <translation>Format json: wo das JSON des Partners jedes Bestellfeld führt, wenn nicht dort, wo die Standardzuordnung es erwartet.</translation>
    </message>
    <message>
        <source>Field transformations applied to every order, in order.</source>
        <translation>Feldumwandlungen, die der Reihe nach auf jede Bestellung angewandt werden.</translation>
    </message>
    <message>
        <source>The catalog&apos;s base URL: a product is GET {url}/products/{id}.</source>
        <translation>Die Basis-URL des Katalogs: ein Produkt ist GET {url}/products/{id}.</translation>
    </message>
    <message>
        <source>Regular expression that takes the product id from a line&apos;s SKU (its first group, else the whole match); the default takes the trailing digits.</source>
        <translation>Regulärer Ausdruck, der die Produkt-ID aus der SKU einer Position nimmt (seine erste Gruppe, sonst der ganze Treffer); standardmäßig die Ziffern am Ende.</translation>
    </message>
    <message>
        <source>How long an answer of the catalog (also &apos;unknown product&apos;) is cached, in memory and on disk.</source>
        <translation>Wie lange eine Antwort des Katalogs (auch „unbekanntes Produkt“) im Speicher und auf der Platte zwischengespeichert wird.</translation>
    </message>
    <message>
        <source>A lookup without an answer after this long counts as a catalog outage.</source>
        <translation>Eine Abfrage ohne Antwort nach dieser Zeit gilt als Ausfall des Katalogs.</translation>
    </message>
    <message>
        <source>After an outage (timeout, 5xx, no connection) the catalog is asked again after this long; its orders wait in &apos;received&apos; meanwhile.</source>
        <translation>Nach einem Ausfall (Zeitüberschreitung, 5xx, keine Verbindung) wird der Katalog nach dieser Zeit erneut gefragt; seine Bestellungen warten solange in „received“.</translation>
    </message>
    <message>
        <source>Enrich lines from a product catalog over REST (title, list price, category); an unknown product is a validation problem on its line.</source>
        <translation>Positionen aus einem Produktkatalog über REST ergänzen (Bezeichnung, Listenpreis, Kategorie); ein unbekanntes Produkt ist ein Prüfproblem seiner Position.</translation>
    </message>
    <message>
        <source>EDIFACT: skip bytes before the first UNA/UNB instead of reporting them.</source>
        <translation>EDIFACT: Bytes vor dem ersten UNA/UNB überspringen, statt sie zu melden.</translation>
    </message>
    <message>
        <source>An order line without a unit price makes the order invalid.</source>
        <translation>Eine Bestellposition ohne Stückpreis macht die Bestellung ungültig.</translation>
    </message>
    <message>
        <source>The directory polled for partner files.</source>
        <translation>Das Verzeichnis, das nach Partnerdateien abgefragt wird.</translation>
    </message>
    <message>
        <source>File name patterns to take, separated by &apos;;&apos; (&quot;*.json;*.edi&quot;).</source>
        <translation>Dateinamensmuster, die übernommen werden, getrennt durch &apos;;&apos; (&quot;*.json;*.edi&quot;).</translation>
    </message>
    <message>
        <source>Where files move once their orders are stored.</source>
        <translation>Wohin Dateien verschoben werden, sobald ihre Bestellungen gespeichert sind.</translation>
    </message>
    <message>
        <source>Where files that cannot be parsed or are too large move.</source>
        <translation>Wohin Dateien verschoben werden, die nicht gelesen werden können oder zu groß sind.</translation>
    </message>
    <message>
        <source>Where functional acknowledgements to the partner are written (X12 997, EDIFACT CONTRL when asked for); none are written when unset.</source>
        <translation>Wohin Empfangsbestätigungen an den Partner geschrieben werden (X12 997, EDIFACT CONTRL, wenn verlangt); ohne Angabe werden keine geschrieben.</translation>
    </message>
    <message>
        <source>A failed acknowledgement write is tried again after this long, doubling each time.</source>
        <translation>Ein gescheitertes Schreiben einer Bestätigung wird nach dieser Zeit wiederholt, jedes Mal doppelt so spät.</translation>
    </message>
    <message>
        <source>The longest wait between two attempts to write an acknowledgement.</source>
        <translation>Die längste Wartezeit zwischen zwei Versuchen, eine Bestätigung zu schreiben.</translation>
    </message>
    <message>
        <source>Take NAME only once NAME plus this suffix exists (&quot;.done&quot;), instead of waiting for it to settle.</source>
        <translation>NAME erst übernehmen, wenn NAME mit dieser Endung existiert (&quot;.done&quot;), statt auf Ruhe zu warten.</translation>
    </message>
    <message>
        <source>A file is taken once our own looks have seen it unchanged for this long (never by its time stamp).</source>
        <translation>Eine Datei wird übernommen, wenn sie bei eigenen Prüfungen so lange unverändert war (nie nach ihrem Zeitstempel).</translation>
    </message>
    <message>
        <source>Time between polls.</source>
        <translation>Zeit zwischen Abrufen.</translation>
    </message>
    <message>
        <source>At most this many files per poll; a longer backlog is polled again at once.</source>
        <translation>Höchstens so viele Dateien je Abruf; ein längerer Rückstand wird sofort erneut abgerufen.</translation>
    </message>
    <message>
        <source>Larger files move to error_path unparsed.</source>
        <translation>Größere Dateien werden ungelesen nach error_path verschoben.</translation>
    </message>
    <message>
        <source>After an error a person must fix (host key, login), polling pauses this long (less when the configuration or known_hosts changes).</source>
        <translation>Nach einem Fehler, den ein Mensch beheben muss (Host-Schlüssel, Anmeldung), pausiert der Abruf so lange (kürzer, wenn sich die Konfiguration oder known_hosts ändert).</translation>
    </message>
    <message>
        <source>Implied by the source type; may be left out.</source>
        <translation>Ergibt sich aus dem Quelltyp; kann weggelassen werden.</translation>
    </message>
    <message>
        <source>The bearer token the partner sends with POST /api/v1/orders, kept in OrderFlow&apos;s credential store (`orderflow secrets set`); it also tells which source a request is for.</source>
        <translation>Das Bearer-Token, das der Partner mit POST /api/v1/orders sendet, im Anmeldedatenspeicher von OrderFlow abgelegt (`orderflow secrets set`); es sagt auch, für welche Quelle eine Anfrage ist.</translation>
    </message>
    <message>
        <source>Or: the environment variable of the OrderFlow process that holds the token.</source>
        <translation>Oder: die Umgebungsvariable des OrderFlow-Prozesses mit dem Token.</translation>
    </message>
    <message>
        <source>How soon a source that could not start (no token yet) is tried again.</source>
        <translation>Wie bald eine Quelle, die nicht starten konnte (noch kein Token), erneut versucht wird.</translation>
    </message>
    <message>
        <source>After an error a person must fix, the source waits this long before it starts again.</source>
        <translation>Nach einem Fehler, den ein Mensch beheben muss, wartet die Quelle so lange, bevor sie neu startet.</translation>
    </message>
    <message>
        <source>What the partner sends; auto detects X12, EDIFACT and JSON by content.</source>
        <translation>Was der Partner sendet; auto erkennt X12, EDIFACT und JSON am Inhalt.</translation>
    </message>
    <message>
        <source>A disabled source is not polled.</source>
        <translation>Eine deaktivierte Quelle wird nicht abgerufen.</translation>
    </message>
    <message>
        <source>Valid orders are approved for the ERP at once instead of waiting for review.</source>
        <translation>Gültige Bestellungen werden sofort für das ERP freigegeben, statt auf Prüfung zu warten.</translation>
    </message>
    <message>
        <source>Name of the ERP connection (same organisation) its orders go to.</source>
        <translation>Name der ERP-Verbindung (derselben Organisation), an die ihre Bestellungen gehen.</translation>
    </message>
    <message>
        <source>The SFTP server&apos;s host name or address.</source>
        <translation>Hostname oder Adresse des SFTP-Servers.</translation>
    </message>
    <message>
        <source>The SFTP server&apos;s port.</source>
        <translation>Port des SFTP-Servers.</translation>
    </message>
    <message>
        <source>The user to log in as.</source>
        <translation>Der Benutzer für die Anmeldung.</translation>
    </message>
    <message>
        <source>Older name of &apos;user&apos;; used when &apos;user&apos; is not set.</source>
        <translation>Älterer Name von &apos;user&apos;; gilt, wenn &apos;user&apos; nicht gesetzt ist.</translation>
    </message>
    <message>
        <source>Private key to log in with (OpenSSH or PEM format).</source>
        <translation>Privater Schlüssel für die Anmeldung (OpenSSH- oder PEM-Format).</translation>
    </message>
    <message>
        <source>Environment variable that holds the private key&apos;s passphrase.</source>
        <translation>Umgebungsvariable mit der Passphrase des privaten Schlüssels.</translation>
    </message>
    <message>
        <source>Environment variable that holds the password.</source>
        <translation>Umgebungsvariable mit dem Passwort.</translation>
    </message>
    <message>
        <source>The password, kept in OrderFlow&apos;s credential store (`orderflow secrets set`).</source>
        <translation>Das Passwort, im Anmeldedatenspeicher von OrderFlow abgelegt (`orderflow secrets set`).</translation>
    </message>
    <message>
        <source>The private key&apos;s passphrase, kept in OrderFlow&apos;s credential store.</source>
        <translation>Die Passphrase des privaten Schlüssels, im Anmeldedatenspeicher von OrderFlow abgelegt.</translation>
    </message>
    <message>
        <source>OrderFlow&apos;s known_hosts file (OpenSSH format) the server&apos;s host key is checked against.</source>
        <translation>Die known_hosts-Datei von OrderFlow (OpenSSH-Format), gegen die der Host-Schlüssel des Servers geprüft wird.</translation>
    </message>
    <message>
        <source>Accept exactly this host key without a known_hosts entry.</source>
        <translation>Genau diesen Host-Schlüssel ohne known_hosts-Eintrag annehmen.</translation>
    </message>
    <message>
        <source>How long connecting and logging in may take.</source>
        <translation>Wie lange Verbindungsaufbau und Anmeldung dauern dürfen.</translation>
    </message>
    <message>
        <source>A transfer that makes no progress for this long drops the connection.</source>
        <translation>Eine Übertragung, die so lange nicht vorankommt, trennt die Verbindung.</translation>
    </message>
    <message>
        <source>export JSON into a folder or over SFTP (.tmp then rename); ack/error files back</source>
        <translation>JSON-Export in einen Ordner oder per SFTP (.tmp, dann umbenennen); Quittungs-/Fehlerdateien zurück</translation>
    </message>
    <message>
        <source>export JSON POSTed to the ERP&apos;s REST API (bearer token, Idempotency-Key); acked by its answer</source>
        <translation>JSON-Export per POST an die REST-API des ERP (Bearer-Token, Idempotency-Key); quittiert durch seine Antwort</translation>
    </message>
    <message>
        <source>local testing: succeeds, fails or is flaky by configuration</source>
        <translation>lokales Testen: gelingt, scheitert oder ist unzuverlässig, je nach Konfiguration</translation>
    </message>
    <message>
        <source>a local hot folder: stable files are taken, then moved to archive or error</source>
        <translation>ein lokaler Eingangsordner: ruhende Dateien werden übernommen und dann ins Archiv oder nach error verschoben</translation>
    </message>
    <message>
        <source>a directory on a partner&apos;s SFTP server, polled like a folder</source>
        <translation>ein Verzeichnis auf dem SFTP-Server eines Partners, abgefragt wie ein Ordner</translation>
    </message>
    <message>
        <source>orders the partner POSTs to the monitoring API (POST /api/v1/orders, partner JSON)</source>
        <translation>Bestellungen, die der Partner per POST an die Überwachungs-API sendet (POST /api/v1/orders, Partner-JSON)</translation>
    </message>
    <message>
        <source>a partner&apos;s REST API polled with a bearer token, page by page, from a durable cursor</source>
        <translation>die REST-API eines Partners, mit Bearer-Token seitenweise ab einem dauerhaft gespeicherten Cursor abgefragt</translation>
    </message>
</context>
<context>
    <name>engine</name>
    <message>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>ein Text</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>must be text, not %1</source>
        <translation>muss Text sein, nicht %1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>must be %1, not %2</source>
        <translation>muss %1 sein, nicht %2</translation>
    </message>
    <message>
        <source>must be %1, not %2 (did you mean &apos;%3&apos;?)</source>
        <translation>muss %1 sein, nicht %2 (meinten Sie &apos;%3&apos;?)</translation>
    </message>
    <message>
        <source>of the form %1</source>
        <translation>der Form %1</translation>
    </message>
    <message>
        <source>must be a path, not %1</source>
        <translation>muss ein Pfad sein, nicht %1</translation>
    </message>
    <message>
        <source>empty text</source>
        <translation>leerer Text</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>eine ganze Zahl von %1 bis %2</translation>
    </message>
    <message>
        <source>a number from %1 to %2</source>
        <translation>eine Zahl von %1 bis %2</translation>
    </message>
    <message>
        <source>a whole number of at least %1</source>
        <translation>eine ganze Zahl von mindestens %1</translation>
    </message>
    <message>
        <source>a number of at least %1</source>
        <translation>eine Zahl von mindestens %1</translation>
    </message>
    <message>
        <source>a whole number of at most %1</source>
        <translation>eine ganze Zahl von höchstens %1</translation>
    </message>
    <message>
        <source>a number of at most %1</source>
        <translation>eine Zahl von höchstens %1</translation>
    </message>
    <message>
        <source>must be %1 written without quotes (%2, not %3)</source>
        <translation>muss %1 ohne Anführungszeichen sein (%2, nicht %3)</translation>
    </message>
    <message>
        <source>must be true or false written without quotes, not %1</source>
        <translation>muss true oder false ohne Anführungszeichen sein, nicht %1</translation>
    </message>
    <message>
        <source>must be true or false, not %1</source>
        <translation>muss true oder false sein, nicht %1</translation>
    </message>
    <message>
        <source>must be an object ({…}), not %1</source>
        <translation>muss ein Objekt ({…}) sein, nicht %1</translation>
    </message>
    <message>
        <source>must be a list ([…]), not %1</source>
        <translation>muss eine Liste ([…]) sein, nicht %1</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>is required: %1</source>
        <translation>ist erforderlich: %1</translation>
    </message>
    <message>
        <source>needs %1: %2</source>
        <translation>braucht %1: %2</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>Connection &apos;%1&apos; of organisation &apos;%2&apos;</source>
        <translation>Verbindung &apos;%1&apos; der Organisation &apos;%2&apos;</translation>
    </message>
    <message>
        <source>connection &apos;%1&apos; of organisation &apos;%2&apos;</source>
        <translation>Verbindung &apos;%1&apos; der Organisation &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Connection &apos;%1&apos; of organisation &apos;%2&apos;: %3</source>
        <translation>Verbindung &apos;%1&apos; der Organisation &apos;%2&apos;: %3</translation>
    </message>
    <message>
        <source>Connection &apos;%1&apos; of organisation &apos;%2&apos;: the dropzone needs a &apos;path&apos;.</source>
        <translation>Verbindung &apos;%1&apos; der Organisation &apos;%2&apos;: die Dropzone braucht einen &apos;path&apos;.</translation>
    </message>
    <message>
        <source>%1 already exists on %2 and could not be compared with this export: %3</source>
        <translation>%1 existiert bereits auf %2 und konnte nicht mit diesem Export verglichen werden: %3</translation>
    </message>
    <message>
        <source>A different file named %1 already exists on %2; it was not overwritten. Remove or rename it, then retry the order (a retry writes under a new name).</source>
        <translation>Eine andere Datei namens %1 existiert bereits auf %2; sie wurde nicht überschrieben. Entfernen oder umbenennen Sie sie und wiederholen Sie dann die Bestellung (eine Wiederholung schreibt unter neuem Namen).</translation>
    </message>
    <message>
        <source>%1: cannot look for the ERP&apos;s answer to %2: %3</source>
        <translation>%1: die Antwort des ERP auf %2 kann nicht gesucht werden: %3</translation>
    </message>
    <message>
        <source>attempt %1 via &apos;%2&apos;</source>
        <translation>Versuch %1 über &apos;%2&apos;</translation>
    </message>
    <message>
        <source>attempt %1 via &apos;%2&apos; as %3</source>
        <translation>Versuch %1 über &apos;%2&apos; als %3</translation>
    </message>
    <message>
        <source>delivered to &apos;%1&apos;</source>
        <translation>übertragen an &apos;%1&apos;</translation>
    </message>
    <message>
        <source>delivered to &apos;%1&apos; as %2</source>
        <translation>übertragen an &apos;%1&apos; als %2</translation>
    </message>
    <message>
        <source>ERP order %1</source>
        <translation>ERP-Auftrag %1</translation>
    </message>
    <message>
        <source>attempt %1 failed (%2); retry %3 of %4 at %5</source>
        <translation>Versuch %1 gescheitert (%2); Wiederholung %3 von %4 um %5</translation>
    </message>
    <message>
        <source>gave up after %1 attempts: %2</source>
        <translation>aufgegeben nach %1 Versuchen: %2</translation>
    </message>
    <message>
        <source>attempt %1 waits for a person: %2</source>
        <translation>Versuch %1 wartet auf einen Menschen: %2</translation>
    </message>
    <message>
        <source>attempt %1 interrupted by a shutdown; retried under the same name and key</source>
        <translation>Versuch %1 durch ein Herunterfahren unterbrochen; wird unter demselben Namen und Schlüssel wiederholt</translation>
    </message>
    <message>
        <source>not attempted: OrderFlow is shutting down</source>
        <translation>nicht versucht: OrderFlow wird beendet</translation>
    </message>
    <message>
        <source>not delivered: the source now uses connection &apos;%1&apos;</source>
        <translation>nicht übertragen: die Quelle nutzt jetzt die Verbindung &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Not attempted: connection &apos;%1&apos; failed for another order of the same batch: %2</source>
        <translation>Nicht versucht: Verbindung &apos;%1&apos; ist bei einer anderen Bestellung desselben Stapels gescheitert: %2</translation>
    </message>
    <message>
        <source>Delivery resumes by itself once this is fixed (OrderFlow tries &apos;%1&apos; again every %2 s); waiting uses up no retries.</source>
        <translation>Die Übertragung läuft von selbst weiter, sobald das behoben ist (OrderFlow versucht &apos;%1&apos; alle %2 s erneut); das Warten verbraucht keine Wiederholungen.</translation>
    </message>
    <message>
        <source>%1 Delivery resumes by itself once this is fixed (OrderFlow tries &apos;%2&apos; again every %3 s); waiting uses up no retries.</source>
        <translation>%1 Die Übertragung läuft von selbst weiter, sobald das behoben ist (OrderFlow versucht &apos;%2&apos; alle %3 s erneut); das Warten verbraucht keine Wiederholungen.</translation>
    </message>
    <message>
        <source>the attempt was interrupted (the program stopped); retrying under the same name and key</source>
        <translation>der Versuch wurde unterbrochen (das Programm wurde beendet); Wiederholung unter demselben Namen und Schlüssel</translation>
    </message>
    <message>
        <source>the attempt was interrupted (the program stopped); retrying under the same name and key (whether it arrived could not be checked: %1)</source>
        <translation>der Versuch wurde unterbrochen (das Programm wurde beendet); Wiederholung unter demselben Namen und Schlüssel (ob er angekommen ist, ließ sich nicht prüfen: %1)</translation>
    </message>
    <message>
        <source>found %1 (or the ERP&apos;s answer to it) after a restart: recorded as delivered</source>
        <translation>%1 (oder die Antwort des ERP darauf) nach einem Neustart gefunden: als übertragen erfasst</translation>
    </message>
    <message>
        <source>interrupted push; retrying now</source>
        <translation>unterbrochene Übertragung; wird jetzt wiederholt</translation>
    </message>
    <message>
        <source>Connection &apos;%1&apos; (%2) is disabled: its orders wait until it is enabled again or their source uses another connection.</source>
        <translation>Verbindung &apos;%1&apos; (%2) ist deaktiviert: ihre Bestellungen warten, bis sie wieder aktiviert wird oder ihre Quelle eine andere Verbindung nutzt.</translation>
    </message>
    <message>
        <source>Connection &apos;%1&apos; is paused by its circuit breaker until %2 after %3 failures in a row.</source>
        <translation>Verbindung &apos;%1&apos; ist nach %3 Fehlern in Folge durch ihren Schutzschalter bis %2 pausiert.</translation>
    </message>
    <message>
        <source>Connection &apos;%1&apos; is paused until %2 by an error a person must fix; the last error of its waiting orders says which.</source>
        <translation>Verbindung &apos;%1&apos; ist bis %2 pausiert wegen eines Fehlers, den ein Mensch beheben muss; der letzte Fehler ihrer wartenden Bestellungen sagt, welcher.</translation>
    </message>
    <message>
        <source>configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>host key</source>
        <translation>Host-Schlüssel</translation>
    </message>
    <message>
        <source>authenticate</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>list %1</source>
        <translation>%1 auflisten</translation>
    </message>
    <message>
        <source>list acks %1</source>
        <translation>Quittungen in %1 auflisten</translation>
    </message>
    <message>
        <source>write %1</source>
        <translation>%1 schreiben</translation>
    </message>
    <message>
        <source>write and rename %1</source>
        <translation>%1 schreiben und umbenennen</translation>
    </message>
    <message>
        <source>write and rename</source>
        <translation>Schreiben und umbenennen</translation>
    </message>
    <message>
        <source>rename to %1</source>
        <translation>in %1 umbenennen</translation>
    </message>
    <message>
        <source>remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>remove probe</source>
        <translation>Prüfdatei entfernen</translation>
    </message>
    <message>
        <source>%1 files</source>
        <translation>%1 Dateien</translation>
    </message>
    <message>
        <source>password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>Schlüssel %1</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>nicht erreicht</translation>
    </message>
    <message>
        <source>The test was cancelled; the remaining steps did not run.</source>
        <translation>Der Test wurde abgebrochen; die übrigen Schritte liefen nicht.</translation>
    </message>
    <message>
        <source>Cancelled during &apos;%1&apos;.</source>
        <translation>Abgebrochen während &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>%1 does not exist yet; OrderFlow creates it on first use (checked %2 instead)</source>
        <translation>%1 existiert noch nicht; OrderFlow legt es bei der ersten Nutzung an (stattdessen %2 geprüft)</translation>
    </message>
    <message>
        <source>the test was cancelled before it could remove %1 (safe to delete)</source>
        <translation>der Test wurde abgebrochen, bevor er %1 entfernen konnte (kann gefahrlos gelöscht werden)</translation>
    </message>
    <message>
        <source>the connector ran no checks</source>
        <translation>der Connector hat keine Prüfungen ausgeführt</translation>
    </message>
    <message>
        <source>no step ran</source>
        <translation>kein Schritt lief</translation>
    </message>
    <message>
        <source>the result could not be recorded in the database: %1</source>
        <translation>das Ergebnis konnte nicht in der Datenbank erfasst werden: %1</translation>
    </message>
    <message>
        <source>A test of %1 &apos;%2&apos; is still running; cancel it or wait for it first.</source>
        <translation>Ein Test von %1 &apos;%2&apos; läuft noch; brechen Sie ihn ab oder warten Sie ihn zuerst ab.</translation>
    </message>
    <message>
        <source>source &apos;%1&apos; is of type &apos;%2&apos;; test-connection checks sftp and folder sources and ERP connections.</source>
        <translation>Quelle &apos;%1&apos; hat den Typ &apos;%2&apos;; test-connection prüft SFTP- und Ordnerquellen sowie ERP-Verbindungen.</translation>
    </message>
    <message>
        <source>Cannot %1 %2: %3.%4</source>
        <translation>%1 %2 nicht möglich: %3.%4</translation>
    </message>
    <message>
        <source>look at</source>
        <translation>Prüfen von</translation>
    </message>
    <message>
        <source>list</source>
        <translation>Auflisten von</translation>
    </message>
    <message>
        <source>read</source>
        <translation>Lesen von</translation>
    </message>
    <message>
        <source>write</source>
        <translation>Schreiben von</translation>
    </message>
    <message>
        <source>rename into place</source>
        <translation>Umbenennen an den Zielort von</translation>
    </message>
    <message>
        <source>sync</source>
        <translation>Synchronisieren von</translation>
    </message>
    <message>
        <source>move %1 to</source>
        <translation>Verschieben von %1 nach</translation>
    </message>
    <message>
        <source>check</source>
        <translation>Prüfen von</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>Entfernen von</translation>
    </message>
    <message>
        <source>open directory</source>
        <translation>Öffnen des Verzeichnisses</translation>
    </message>
    <message>
        <source>sync directory</source>
        <translation>Synchronisieren des Verzeichnisses</translation>
    </message>
    <message>
        <source> Check that the directory exists.</source>
        <translation> Prüfen Sie, ob das Verzeichnis existiert.</translation>
    </message>
    <message>
        <source> Check the permissions of the directory for the user running OrderFlow.</source>
        <translation> Prüfen Sie die Rechte des Verzeichnisses für den Benutzer, unter dem OrderFlow läuft.</translation>
    </message>
    <message>
        <source> Free disk space; OrderFlow retries later.</source>
        <translation> Geben Sie Speicherplatz frei; OrderFlow versucht es später erneut.</translation>
    </message>
    <message>
        <source>Directory %1 does not exist. Create it or correct the path in the configuration.</source>
        <translation>Verzeichnis %1 existiert nicht. Legen Sie es an oder korrigieren Sie den Pfad in der Konfiguration.</translation>
    </message>
    <message>
        <source>Refused to read %1: it is %2, and OrderFlow reads only regular files.</source>
        <translation>%1 wird nicht gelesen: es ist %2, und OrderFlow liest nur reguläre Dateien.</translation>
    </message>
    <message>
        <source>%1 is %2 bytes, more than the limit of %3 bytes.</source>
        <translation>%1 ist %2 Bytes groß, mehr als die Grenze von %3 Bytes.</translation>
    </message>
    <message>
        <source>%1 already exists; refusing to overwrite it.</source>
        <translation>%1 existiert bereits; wird nicht überschrieben.</translation>
    </message>
    <message>
        <source>Cannot create directory %1. Check the path and its permissions.</source>
        <translation>Verzeichnis %1 kann nicht angelegt werden. Prüfen Sie den Pfad und seine Rechte.</translation>
    </message>
    <message>
        <source>Line %1: quantity %2 times unit price %3 is too large to compute exactly (more than %4 digits); correct the quantity or the price.</source>
        <translation>Position %1: Menge %2 mal Stückpreis %3 ist zu groß für eine exakte Berechnung (mehr als %4 Stellen); korrigieren Sie die Menge oder den Preis.</translation>
    </message>
    <message>
        <source>The net amount (the sum of the line totals) is too large to compute exactly (more than %1 digits).</source>
        <translation>Der Nettobetrag (die Summe der Positionsbeträge) ist zu groß für eine exakte Berechnung (mehr als %1 Stellen).</translation>
    </message>
    <message>
        <source>The total quantity of the order&apos;s lines is too large to compute exactly (more than %1 digits).</source>
        <translation>Die Gesamtmenge der Bestellpositionen ist zu groß für eine exakte Berechnung (mehr als %1 Stellen).</translation>
    </message>
    <message>
        <source>%1 (%2) is %3 characters long; at most %4 are allowed.</source>
        <translation>%1 (%2) ist %3 Zeichen lang; höchstens %4 sind erlaubt.</translation>
    </message>
    <message>
        <source>&apos;%1…&apos; (%2 characters)</source>
        <translation>&apos;%1…&apos; (%2 Zeichen)</translation>
    </message>
    <message>
        <source>The %1 name</source>
        <translation>Der Name der %1</translation>
    </message>
    <message>
        <source>The %1 street</source>
        <translation>Die Straße der %1</translation>
    </message>
    <message>
        <source>The %1 city</source>
        <translation>Der Ort der %1</translation>
    </message>
    <message>
        <source>The %1 postal code</source>
        <translation>Die Postleitzahl der %1</translation>
    </message>
    <message>
        <source>The %1 region</source>
        <translation>Die Region der %1</translation>
    </message>
    <message>
        <source>The %1 country</source>
        <translation>Das Land der %1</translation>
    </message>
    <message>
        <source>The %1 party id</source>
        <translation>Die Partner-ID der %1</translation>
    </message>
    <message>
        <source>bill-to</source>
        <translation>Rechnungsadresse</translation>
    </message>
    <message>
        <source>ship-to</source>
        <translation>Lieferadresse</translation>
    </message>
    <message>
        <source>The order has no order number (partner PO).</source>
        <translation>Die Bestellung hat keine Bestellnummer (Partner-PO).</translation>
    </message>
    <message>
        <source>The order number</source>
        <translation>Die Bestellnummer</translation>
    </message>
    <message>
        <source>The customer&apos;s partner id</source>
        <translation>Die Partner-ID des Kunden</translation>
    </message>
    <message>
        <source>The customer name</source>
        <translation>Der Kundenname</translation>
    </message>
    <message>
        <source>The ERP customer number</source>
        <translation>Die ERP-Kundennummer</translation>
    </message>
    <message>
        <source>The order names no customer (neither name nor partner id).</source>
        <translation>Die Bestellung nennt keinen Kunden (weder Name noch Partner-ID).</translation>
    </message>
    <message>
        <source>Currency %1 is not a known ISO 4217 code.</source>
        <translation>Währung %1 ist kein bekannter ISO-4217-Code.</translation>
    </message>
    <message>
        <source>The notes</source>
        <translation>Die Anmerkungen</translation>
    </message>
    <message>
        <source>The order has no lines.</source>
        <translation>Die Bestellung hat keine Positionen.</translation>
    </message>
    <message>
        <source>Line %1: the SKU</source>
        <translation>Position %1: die SKU</translation>
    </message>
    <message>
        <source>Line %1: the partner SKU</source>
        <translation>Position %1: die Partner-SKU</translation>
    </message>
    <message>
        <source>Line %1: the GTIN</source>
        <translation>Position %1: die GTIN</translation>
    </message>
    <message>
        <source>Line %1: the description</source>
        <translation>Position %1: die Beschreibung</translation>
    </message>
    <message>
        <source>Line %1: the unit</source>
        <translation>Position %1: die Einheit</translation>
    </message>
    <message>
        <source>Line %1 has no SKU or product id.</source>
        <translation>Position %1 hat keine SKU oder Produkt-ID.</translation>
    </message>
    <message>
        <source>Line %1: SKU %2 is not in the product catalog.</source>
        <translation>Position %1: SKU %2 steht nicht im Produktkatalog.</translation>
    </message>
    <message>
        <source>Line %1 has no quantity.</source>
        <translation>Position %1 hat keine Menge.</translation>
    </message>
    <message>
        <source>Line %1: quantity %2 is not positive.</source>
        <translation>Position %1: Menge %2 ist nicht positiv.</translation>
    </message>
    <message>
        <source>Line %1: unit price %2 is negative.</source>
        <translation>Position %1: Stückpreis %2 ist negativ.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Position %1: %2</translation>
    </message>
    <message>
        <source>Line %1 has no unit price.</source>
        <translation>Position %1 hat keinen Stückpreis.</translation>
    </message>
    <message>
        <source>The partner declared %1 lines (CTT/CNT) but the order has %2.</source>
        <translation>Der Partner hat %1 Positionen angegeben (CTT/CNT), die Bestellung hat aber %2.</translation>
    </message>
    <message>
        <source> (basis code &apos;%1&apos;)</source>
        <translation> (Basiscode &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>the price basis code &apos;%1&apos; is not one OrderFlow knows, so the price %2 cannot be turned into a price per unit. Ask the partner what quantity the price is for.</source>
        <translation>den Preisbasiscode &apos;%1&apos; kennt OrderFlow nicht, daher lässt sich der Preis %2 nicht in einen Stückpreis umrechnen. Fragen Sie den Partner, für welche Menge der Preis gilt.</translation>
    </message>
    <message>
        <source>the price %1 is per %2 %3%4, but the line is ordered in %5: its total needs the number of %3 per %5, which the order does not give. Ask the partner for a price per %5.</source>
        <translation>der Preis %1 gilt je %2 %3%4, die Position ist aber in %5 bestellt: ihr Betrag braucht die Anzahl %3 je %5, die die Bestellung nicht angibt. Fragen Sie den Partner nach einem Preis je %5.</translation>
    </message>
    <message>
        <source>the price basis quantity %1%2 is not positive.</source>
        <translation>die Preisbasismenge %1%2 ist nicht positiv.</translation>
    </message>
    <message>
        <source>the price %1 for %2 units%3 gives no exact price per unit (at most %4 decimals). Ask the partner for a price per unit.</source>
        <translation>der Preis %1 für %2 Einheiten%3 ergibt keinen exakten Stückpreis (höchstens %4 Nachkommastellen). Fragen Sie den Partner nach einem Stückpreis.</translation>
    </message>
    <message>
        <source>An order in state &apos;%1&apos; cannot become &apos;%2&apos; (allowed from &apos;%1&apos;: %3).</source>
        <translation>Eine Bestellung im Zustand &apos;%1&apos; kann nicht zu &apos;%2&apos; werden (erlaubt von &apos;%1&apos; aus: %3).</translation>
    </message>
    <message>
        <source>none: it is final</source>
        <translation>keiner: er ist endgültig</translation>
    </message>
    <message>
        <source>Source &apos;%1&apos;: %2</source>
        <translation>Quelle &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>Order %1 waits for the product catalog %2; it stays received until the catalog has answered.</source>
        <translation>Bestellung %1 wartet auf den Produktkatalog %2; sie bleibt empfangen, bis der Katalog geantwortet hat.</translation>
    </message>
    <message>
        <source>same content as order %1</source>
        <translation>gleicher Inhalt wie Bestellung %1</translation>
    </message>
    <message>
        <source>auto-approved by source &apos;%1&apos;</source>
        <translation>automatisch freigegeben durch Quelle &apos;%1&apos;</translation>
    </message>
    <message>
        <source>valid; waits for an operator</source>
        <translation>gültig; wartet auf Bearbeitung</translation>
    </message>
    <message>
        <source>Order %1 is not waiting for review; only orders in review can be approved.</source>
        <translation>Bestellung %1 wartet nicht auf Prüfung; nur Bestellungen in Prüfung können freigegeben werden.</translation>
    </message>
    <message>
        <source>Order %1 is not waiting for review; only orders in review can be approved (use retry for a failed order).</source>
        <translation>Bestellung %1 wartet nicht auf Prüfung; nur Bestellungen in Prüfung können freigegeben werden (für eine fehlgeschlagene Bestellung „Wiederholen“ verwenden).</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>freigegeben</translation>
    </message>
    <message>
        <source>Order %1 is in review; approve it first (Approve, or `orderflow approve %1`), then push it.</source>
        <translation>Bestellung %1 ist in Prüfung; geben Sie sie zuerst frei (Freigeben oder `orderflow approve %1`) und übertragen Sie sie dann.</translation>
    </message>
    <message>
        <source>Order %1 is &apos;%2&apos;; only approved orders and orders waiting to retry can be pushed.</source>
        <translation>Bestellung %1 ist &apos;%2&apos;; nur freigegebene und auf Wiederholung wartende Bestellungen können übertragen werden.</translation>
    </message>
    <message>
        <source>approved; pushing now</source>
        <translation>freigegeben; wird jetzt übertragen</translation>
    </message>
    <message>
        <source>next attempt moved to now</source>
        <translation>nächster Versuch auf jetzt vorgezogen</translation>
    </message>
    <message>
        <source>next attempt now</source>
        <translation>nächster Versuch jetzt</translation>
    </message>
    <message>
        <source>Order %1 is &apos;%2&apos;; only failed orders can be retried.</source>
        <translation>Bestellung %1 ist &apos;%2&apos;; nur fehlgeschlagene Bestellungen können wiederholt werden.</translation>
    </message>
    <message>
        <source>new push generation %1</source>
        <translation>neue Übertragungsgeneration %1</translation>
    </message>
    <message>
        <source>queued for push (generation %1)</source>
        <translation>zur Übertragung eingereiht (Generation %1)</translation>
    </message>
    <message>
        <source>not pushed again: the order was rejected by %1</source>
        <translation>nicht erneut übertragen: die Bestellung wurde von %1 abgelehnt</translation>
    </message>
    <message>
        <source>not pushed again: the order was rejected by %1 (%2)</source>
        <translation>nicht erneut übertragen: die Bestellung wurde von %1 abgelehnt (%2)</translation>
    </message>
    <message>
        <source>rejected; its pending export was closed</source>
        <translation>abgelehnt; ihr ausstehender Export wurde geschlossen</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>now %1</source>
        <translation>jetzt %1</translation>
    </message>
    <message>
        <source>replayed as inbound message %1</source>
        <translation>erneut eingelesen als Eingangsnachricht %1</translation>
    </message>
    <message>
        <source>replayed as inbound message %1: %2, %3 orders</source>
        <translation>erneut eingelesen als Eingangsnachricht %1: %2, %3 Bestellungen</translation>
    </message>
    <message>
        <source>replayed as inbound message %1: %2, %3 orders — %4</source>
        <translation>erneut eingelesen als Eingangsnachricht %1: %2, %3 Bestellungen — %4</translation>
    </message>
    <message>
        <source>not a JSON object (%1 at byte %2)</source>
        <translation>kein JSON-Objekt (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>status is &apos;%1&apos; but a file named %2 must say %3</source>
        <translation>Status ist &apos;%1&apos;, eine Datei namens %2 muss aber %3 sagen</translation>
    </message>
    <message>
        <source>no export named %1 on %2</source>
        <translation>kein Export namens %1 auf %2</translation>
    </message>
    <message>
        <source>ERP order %1 (%2)</source>
        <translation>ERP-Auftrag %1 (%2)</translation>
    </message>
    <message>
        <source>ERP rejected the order: %1</source>
        <translation>Das ERP hat die Bestellung abgelehnt: %1</translation>
    </message>
    <message>
        <source>ERP rejected the order: %1 (%2)</source>
        <translation>Das ERP hat die Bestellung abgelehnt: %1 (%2)</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>%1 The export stays %2.</source>
        <translation>%1 Der Export bleibt %2.</translation>
    </message>
    <message>
        <source>%1: lost the connection while reading %2: %3</source>
        <translation>%1: Verbindung beim Lesen von %2 verloren: %3</translation>
    </message>
    <message>
        <source>%1: could not apply %2 (%3); it stays in %4 for the next poll.</source>
        <translation>%1: %2 konnte nicht angewandt werden (%3); es bleibt für den nächsten Abruf in %4.</translation>
    </message>
    <message>
        <source>%1: could not move %2: %3</source>
        <translation>%1: %2 konnte nicht verschoben werden: %3</translation>
    </message>
    <message>
        <source>interchange %1</source>
        <translation>Übertragungsdatei %1</translation>
    </message>
    <message>
        <source>segment %1</source>
        <translation>Segment %1</translation>
    </message>
    <message>
        <source>segment %1 (%2)</source>
        <translation>Segment %1 (%2)</translation>
    </message>
    <message>
        <source>byte %1</source>
        <translation>Byte %1</translation>
    </message>
    <message>
        <source>missing: the order has no &apos;%1&apos; array of lines</source>
        <translation>fehlt: die Bestellung hat keine Positionsliste &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected an array of lines, found %1</source>
        <translation>Positionsliste erwartet, gefunden: %1</translation>
    </message>
    <message>
        <source>expected a line object, found %1</source>
        <translation>Positionsobjekt erwartet, gefunden: %1</translation>
    </message>
    <message>
        <source>number %1 is too large to read exactly; send it as a string</source>
        <translation>Zahl %1 ist zu groß, um sie exakt zu lesen; als Text senden</translation>
    </message>
    <message>
        <source>expected a string, found %1</source>
        <translation>Text erwartet, gefunden: %1</translation>
    </message>
    <message>
        <source>number %1 is too precise to read exactly; send it as a string</source>
        <translation>Zahl %1 ist zu genau, um sie exakt zu lesen; als Text senden</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is too long to read exactly: %2 significant digits; at most %3 are supported</source>
        <translation>&apos;%1&apos; ist zu lang, um exakt gelesen zu werden: %2 signifikante Stellen; höchstens %3 werden unterstützt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is too long to read exactly: %2 digits after the decimal point; at most %3 are supported</source>
        <translation>&apos;%1&apos; ist zu lang, um exakt gelesen zu werden: %2 Nachkommastellen; höchstens %3 werden unterstützt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a decimal number</source>
        <translation>&apos;%1&apos; ist keine Dezimalzahl</translation>
    </message>
    <message>
        <source>expected a number, found %1</source>
        <translation>Zahl erwartet, gefunden: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 8601 date (YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ)</source>
        <translation>&apos;%1&apos; ist kein ISO-8601-Datum (JJJJ-MM-TT oder JJJJ-MM-TTThh:mm:ssZ)</translation>
    </message>
    <message>
        <source>expected an address object, found %1</source>
        <translation>Adressobjekt erwartet, gefunden: %1</translation>
    </message>
    <message>
        <source>The file is empty; expected a partner JSON order.</source>
        <translation>Die Datei ist leer; erwartet wurde eine Partner-JSON-Bestellung.</translation>
    </message>
    <message>
        <source>Not valid JSON: %1.</source>
        <translation>Kein gültiges JSON: %1.</translation>
    </message>
    <message>
        <source>duplicate key &apos;%1&apos; in one object (the first is at line %2, column %3); the document is refused because which value is meant is unclear. Ask the partner to send each field once.</source>
        <translation>doppelter Schlüssel &apos;%1&apos; in einem Objekt (der erste steht in Zeile %2, Spalte %3); das Dokument wird abgelehnt, weil unklar ist, welcher Wert gemeint ist. Bitten Sie den Partner, jedes Feld nur einmal zu senden.</translation>
    </message>
    <message>
        <source>expected an order object</source>
        <translation>Bestellobjekt erwartet</translation>
    </message>
    <message>
        <source>The document holds no orders.</source>
        <translation>Das Dokument enthält keine Bestellungen.</translation>
    </message>
    <message>
        <source>unterminated object</source>
        <translation>nicht abgeschlossenes Objekt</translation>
    </message>
    <message>
        <source>missing name separator</source>
        <translation>fehlender Namenstrenner</translation>
    </message>
    <message>
        <source>unterminated array</source>
        <translation>nicht abgeschlossene Liste</translation>
    </message>
    <message>
        <source>missing value separator</source>
        <translation>fehlender Werttrenner</translation>
    </message>
    <message>
        <source>illegal value</source>
        <translation>ungültiger Wert</translation>
    </message>
    <message>
        <source>garbage at the end of the document</source>
        <translation>überzählige Zeichen am Ende des Dokuments</translation>
    </message>
    <message>
        <source>illegal number</source>
        <translation>ungültige Zahl</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>nicht abgeschlossener Text</translation>
    </message>
    <message>
        <source>Source &apos;%1&apos; is stopping.</source>
        <translation>Quelle &apos;%1&apos; wird angehalten.</translation>
    </message>
    <message>
        <source>%1 — source &apos;%2&apos; paused for %3 s (resumes earlier when its configuration or known_hosts changes).</source>
        <translation>%1 — Quelle &apos;%2&apos; für %3 s pausiert (früher weiter, wenn sich ihre Konfiguration oder known_hosts ändert).</translation>
    </message>
    <message>
        <source>%1 — source &apos;%2&apos; reads again in %3 s.</source>
        <translation>%1 — Quelle &apos;%2&apos; liest in %3 s erneut.</translation>
    </message>
    <message>
        <source>Source &apos;%1&apos; (%2) is read again.</source>
        <translation>Quelle &apos;%1&apos; (%2) wird wieder gelesen.</translation>
    </message>
    <message>
        <source>Source &apos;%1&apos;: could not record its status: %2</source>
        <translation>Quelle &apos;%1&apos;: ihr Status konnte nicht erfasst werden: %2</translation>
    </message>
    <message>
        <source>Source &apos;%1&apos; has no &apos;path&apos; to poll.</source>
        <translation>Quelle &apos;%1&apos; hat keinen &apos;path&apos; zum Abrufen.</translation>
    </message>
    <message>
        <source>same content as inbound message %1 (%2): no new orders</source>
        <translation>gleicher Inhalt wie Eingangsnachricht %1 (%2): keine neuen Bestellungen</translation>
    </message>
    <message>
        <source>Source &apos;%1&apos;: lost the connection while reading %2: %3 (%4 files left in place for the next poll)</source>
        <translation>Quelle &apos;%1&apos;: Verbindung beim Lesen von %2 verloren: %3 (%4 Dateien für den nächsten Abruf liegen gelassen)</translation>
    </message>
    <message>
        <source>Source &apos;%1&apos;: %2 disappeared from %3 before it could be read; nothing was stored from it.</source>
        <translation>Quelle &apos;%1&apos;: %2 ist aus %3 verschwunden, bevor es gelesen werden konnte; nichts davon wurde gespeichert.</translation>
    </message>
    <message>
        <source>Source &apos;%1&apos;: %2 (left in place; retried next poll)</source>
        <translation>Quelle &apos;%1&apos;: %2 (liegen gelassen; nächster Abruf versucht es erneut)</translation>
    </message>
    <message>
        <source>No such file or directory</source>
        <translation>Datei oder Verzeichnis nicht gefunden</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>Keine Berechtigung</translation>
    </message>
    <message>
        <source>File exists</source>
        <translation>Datei existiert bereits</translation>
    </message>
    <message>
        <source>No space left on device</source>
        <translation>Kein Speicherplatz mehr auf dem Gerät</translation>
    </message>
    <message>
        <source>Not a directory</source>
        <translation>Kein Verzeichnis</translation>
    </message>
    <message>
        <source>Is a directory</source>
        <translation>Ist ein Verzeichnis</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2. Check that the server is running and reachable from this machine (host, port, firewall); OrderFlow retries later.</source>
        <translation>Keine Verbindung zu %1: %2. Prüfen Sie, ob der Server läuft und von diesem Rechner erreichbar ist (Host, Port, Firewall); OrderFlow versucht es später erneut.</translation>
    </message>
    <message>
        <source>the server accepted the connection but did not answer within %1 ms</source>
        <translation>der Server hat die Verbindung angenommen, aber nicht innerhalb von %1 ms geantwortet</translation>
    </message>
    <message>
        <source>Cannot %1 %2 on %3: %4 (SFTP status %5).%6</source>
        <translation>%1 %2 auf %3 nicht möglich: %4 (SFTP-Status %5).%6</translation>
    </message>
    <message>
        <source> Check that %1 exists on the server and that the path in the configuration is right.</source>
        <translation> Prüfen Sie, ob %1 auf dem Server existiert und der Pfad in der Konfiguration stimmt.</translation>
    </message>
    <message>
        <source> Check that user &apos;%1&apos; may %2 %3 on the server.</source>
        <translation> Prüfen Sie die Rechte von Benutzer &apos;%1&apos; für %3 auf dem Server (%2).</translation>
    </message>
    <message>
        <source> Ask the server&apos;s administrator to free space; OrderFlow retries later.</source>
        <translation> Bitten Sie die Administration des Servers, Speicherplatz freizugeben; OrderFlow versucht es später erneut.</translation>
    </message>
    <message>
        <source>No answer from %1 within %2 ms while trying to %3 %4; the connection was dropped. OrderFlow reconnects and retries later.</source>
        <translation>Keine Antwort von %1 innerhalb von %2 ms bei „%3 %4“; die Verbindung wurde getrennt. OrderFlow verbindet sich neu und versucht es später erneut.</translation>
    </message>
    <message>
        <source>Connection to %1 was lost while trying to %2 %3 (%4). OrderFlow reconnects and retries later.</source>
        <translation>Verbindung zu %1 bei „%2 %3“ verloren (%4). OrderFlow verbindet sich neu und versucht es später erneut.</translation>
    </message>
    <message>
        <source>Cannot create %1 on %2: directory %3 does not exist (SFTP status %4). Create it or correct the path in the configuration.</source>
        <translation>%1 kann auf %2 nicht angelegt werden: Verzeichnis %3 existiert nicht (SFTP-Status %4). Legen Sie es an oder korrigieren Sie den Pfad in der Konfiguration.</translation>
    </message>
    <message>
        <source>Cannot create %1 on %2: permission denied (SFTP status %3). Check that user &apos;%4&apos; may write to %5 on the server.</source>
        <translation>%1 kann auf %2 nicht angelegt werden: keine Berechtigung (SFTP-Status %3). Prüfen Sie, ob Benutzer &apos;%4&apos; auf dem Server in %5 schreiben darf.</translation>
    </message>
    <message>
        <source>user &apos;%1&apos; on %2:%3</source>
        <translation>Benutzer &apos;%1&apos; auf %2:%3</translation>
    </message>
    <message>
        <source>Private key file %1 for %2 does not exist. Correct &apos;key_file&apos; in the configuration.</source>
        <translation>Die private Schlüsseldatei %1 für %2 existiert nicht. Korrigieren Sie &apos;key_file&apos; in der Konfiguration.</translation>
    </message>
    <message>
        <source>Private key file %1 for %2 is not readable by the OrderFlow process. Check its owner and permissions.</source>
        <translation>Die private Schlüsseldatei %1 für %2 ist für den OrderFlow-Prozess nicht lesbar. Prüfen Sie Eigentümer und Rechte.</translation>
    </message>
    <message>
        <source>Cannot load private key %1 for %2: it is not a supported key file, or it is encrypted and no passphrase is configured (name its environment variable with &apos;key_passphrase_env&apos;, or its credential store entry with &quot;key_passphrase&quot;: {&quot;secret&quot;: …}).</source>
        <translation>Der private Schlüssel %1 für %2 kann nicht geladen werden: keine unterstützte Schlüsseldatei, oder sie ist verschlüsselt und keine Passphrase ist konfiguriert (ihre Umgebungsvariable mit &apos;key_passphrase_env&apos; angeben oder ihren Eintrag im Anmeldedatenspeicher mit &quot;key_passphrase&quot;: {&quot;secret&quot;: …}).</translation>
    </message>
    <message>
        <source>Cannot load private key %1 for %2: the passphrase from %3 is wrong, or it is not a supported key file.</source>
        <translation>Der private Schlüssel %1 für %2 kann nicht geladen werden: die Passphrase aus %3 ist falsch, oder es ist keine unterstützte Schlüsseldatei.</translation>
    </message>
    <message>
        <source>the private key %1</source>
        <translation>den privaten Schlüssel %1</translation>
    </message>
    <message>
        <source>the password from %1</source>
        <translation>das Passwort aus %1</translation>
    </message>
    <message>
        <source>Cannot authenticate %1: the server accepts only %2, which this configuration does not provide. Configure a matching key file or password.</source>
        <translation>Anmeldung von %1 nicht möglich: der Server akzeptiert nur %2, was diese Konfiguration nicht bietet. Konfigurieren Sie eine passende Schlüsseldatei oder ein Passwort.</translation>
    </message>
    <message>
        <source>Authentication failed for %1: the server rejected %2 (it accepts: %3). Check the credentials configured for this connection.</source>
        <translation>Anmeldung fehlgeschlagen für %1: der Server hat %2 abgelehnt (er akzeptiert: %3). Prüfen Sie die für diese Verbindung konfigurierten Zugangsdaten.</translation>
    </message>
    <message>
        <source>Cannot check the host key of %1: %2</source>
        <translation>Der Host-Schlüssel von %1 kann nicht geprüft werden: %2</translation>
    </message>
    <message>
        <source>HOST KEY REVOKED: %1 presented %2 %3, which %4 (line %5) marks as revoked. Refusing to connect. Contact the server&apos;s administrator.</source>
        <translation>HOST-SCHLÜSSEL WIDERRUFEN: %1 hat %2 %3 vorgelegt, den %4 (Zeile %5) als widerrufen markiert. Verbindung verweigert. Wenden Sie sich an die Administration des Servers.</translation>
    </message>
    <message>
        <source>HOST KEY MISMATCH: %1 presented %2 %3, but the configuration pins %4. Refusing to connect — this may be a man-in-the-middle attack. If the partner rotated its key, confirm the new fingerprint with them and update the pinned fingerprint.</source>
        <translation>HOST-SCHLÜSSEL STIMMT NICHT: %1 hat %2 %3 vorgelegt, die Konfiguration legt aber %4 fest. Verbindung verweigert — das kann ein Man-in-the-Middle-Angriff sein. Hat der Partner seinen Schlüssel gewechselt, bestätigen Sie den neuen Fingerabdruck mit ihm und ändern Sie den festgelegten Fingerabdruck.</translation>
    </message>
    <message>
        <source>The host key of %1 is not known: %2 %3. Confirm this fingerprint with the server&apos;s administrator, then trust it (orderflow hostkey trust %1, or in Connections) or pin it with &quot;fingerprint&quot; in the configuration. Known hosts file: %4.</source>
        <translation>Der Host-Schlüssel von %1 ist unbekannt: %2 %3. Bestätigen Sie diesen Fingerabdruck mit der Administration des Servers und vertrauen Sie ihm dann (orderflow hostkey trust %1 oder unter Verbindungen) oder legen Sie ihn mit &quot;fingerprint&quot; in der Konfiguration fest. Datei der bekannten Hosts: %4.</translation>
    </message>
    <message>
        <source>HOST KEY CHANGED for %1: the server presented %2 %3, but %4 (line %5) lists %6. Refusing to connect — this may be a man-in-the-middle attack. If the partner rotated its key, confirm the new fingerprint with them and re-trust it in Connections (orderflow hostkey trust %1).</source>
        <translation>HOST-SCHLÜSSEL GEÄNDERT für %1: der Server hat %2 %3 vorgelegt, %4 (Zeile %5) nennt aber %6. Verbindung verweigert — das kann ein Man-in-the-Middle-Angriff sein. Hat der Partner seinen Schlüssel gewechselt, bestätigen Sie den neuen Fingerabdruck mit ihm und vertrauen Sie ihm erneut unter Verbindungen (orderflow hostkey trust %1).</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>end of file</source>
        <translation>Dateiende</translation>
    </message>
    <message>
        <source>no such file or directory</source>
        <translation>Datei oder Verzeichnis nicht gefunden</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>keine Berechtigung</translation>
    </message>
    <message>
        <source>the server reported a failure</source>
        <translation>der Server hat einen Fehler gemeldet</translation>
    </message>
    <message>
        <source>bad message</source>
        <translation>fehlerhafte Nachricht</translation>
    </message>
    <message>
        <source>no connection</source>
        <translation>keine Verbindung</translation>
    </message>
    <message>
        <source>connection lost</source>
        <translation>Verbindung verloren</translation>
    </message>
    <message>
        <source>operation not supported by the server</source>
        <translation>vom Server nicht unterstützte Operation</translation>
    </message>
    <message>
        <source>invalid handle</source>
        <translation>ungültiges Handle</translation>
    </message>
    <message>
        <source>no such path</source>
        <translation>Pfad nicht gefunden</translation>
    </message>
    <message>
        <source>file already exists</source>
        <translation>Datei existiert bereits</translation>
    </message>
    <message>
        <source>write protected</source>
        <translation>schreibgeschützt</translation>
    </message>
    <message>
        <source>no media</source>
        <translation>kein Medium</translation>
    </message>
    <message>
        <source>no space left on the server&apos;s file system</source>
        <translation>kein Speicherplatz mehr im Dateisystem des Servers</translation>
    </message>
    <message>
        <source>quota exceeded</source>
        <translation>Kontingent überschritten</translation>
    </message>
    <message>
        <source>list directory</source>
        <translation>Auflisten des Verzeichnisses</translation>
    </message>
    <message>
        <source>look up</source>
        <translation>Nachschlagen von</translation>
    </message>
    <message>
        <source>create</source>
        <translation>Anlegen von</translation>
    </message>
    <message>
        <source>flush to disk</source>
        <translation>Sichern auf die Platte von</translation>
    </message>
    <message>
        <source>finish writing</source>
        <translation>Abschließen des Schreibens von</translation>
    </message>
    <message>
        <source>create directory</source>
        <translation>Anlegen des Verzeichnisses</translation>
    </message>
    <message>
        <source>open</source>
        <translation>Öffnen von</translation>
    </message>
    <message>
        <source>rename %1 to</source>
        <translation>Umbenennen von %1 in</translation>
    </message>
    <message>
        <source>Line %1: SKU &apos;%2&apos; gives no product id by the catalog rule of source &apos;%3&apos; (%4). Fix the rule (catalog.id_pattern) or the SKU mapping, then revalidate.</source>
        <translation>Position %1: SKU &apos;%2&apos; ergibt nach der Katalogregel der Quelle &apos;%3&apos; (%4) keine Produkt-ID. Korrigieren Sie die Regel (catalog.id_pattern) oder die SKU-Zuordnung und prüfen Sie dann neu.</translation>
    </message>
    <message>
        <source>Line %1: product %2 (SKU &apos;%3&apos;) is not in the catalog %4 (404). Fix the SKU or add the product to the catalog, then revalidate.</source>
        <translation>Position %1: Produkt %2 (SKU &apos;%3&apos;) steht nicht im Katalog %4 (404). Korrigieren Sie die SKU oder nehmen Sie das Produkt in den Katalog auf und prüfen Sie dann neu.</translation>
    </message>
    <message>
        <source>add: &apos;%1&apos; is not a decimal number.</source>
        <translation>add: &apos;%1&apos; ist keine Dezimalzahl.</translation>
    </message>
    <message>
        <source>add: %1 + %2 has more than %3 digits.</source>
        <translation>add: %1 + %2 hat mehr als %3 Stellen.</translation>
    </message>
    <message>
        <source>unknown function &apos;%1&apos;; `orderflow functions list` shows them.</source>
        <translation>unbekannte Funktion &apos;%1&apos;; `orderflow functions list` zeigt sie.</translation>
    </message>
    <message>
        <source>must be a valid regular expression (Perl syntax), not %1: %2 at offset %3</source>
        <translation>muss ein gültiger regulärer Ausdruck (Perl-Syntax) sein, nicht %1: %2 an Position %3</translation>
    </message>
    <message>
        <source>The configuration of %1 is not usable: %2</source>
        <translation>Die Konfiguration von %1 ist nicht verwendbar: %2</translation>
    </message>
    <message>
        <source>The base_url of %1 is not a usable URL (%2); write it as https://host[:port]/path, without a user name or password in it.</source>
        <translation>Die base_url von %1 ist keine verwendbare URL (%2); schreiben Sie sie als https://host[:port]/pfad, ohne Benutzernamen oder Passwort darin.</translation>
    </message>
    <message>
        <source>The base_url of %1 is http:// to another machine: the bearer token would cross the network unencrypted. Use https://, or set &quot;allow_plain_http&quot;: true if the network is trusted.</source>
        <translation>Die base_url von %1 ist http:// zu einem anderen Rechner: das Bearer-Token ginge unverschlüsselt über das Netz. Verwenden Sie https:// oder setzen Sie &quot;allow_plain_http&quot;: true, wenn das Netz vertrauenswürdig ist.</translation>
    </message>
    <message>
        <source>The ca_file of %1 cannot be read: %2 (%3).</source>
        <translation>Die ca_file von %1 kann nicht gelesen werden: %2 (%3).</translation>
    </message>
    <message>
        <source>The ca_file of %1 (%2) holds no PEM certificate.</source>
        <translation>Die ca_file von %1 (%2) enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>interrupted: OrderFlow is shutting down; the order goes again under the same Idempotency-Key</source>
        <translation>unterbrochen: OrderFlow wird beendet; die Bestellung geht erneut unter demselben Idempotency-Key</translation>
    </message>
    <message>
        <source>bearer token of %1</source>
        <translation>Bearer-Token von %1</translation>
    </message>
    <message>
        <source>The bearer token of %1 is empty.</source>
        <translation>Das Bearer-Token von %1 ist leer.</translation>
    </message>
    <message>
        <source>The bearer token of %1 (%2) contains a line break or another control character. Store it again without it.</source>
        <translation>Das Bearer-Token von %1 (%2) enthält einen Zeilenumbruch oder ein anderes Steuerzeichen. Speichern Sie es ohne dieses erneut.</translation>
    </message>
    <message>
        <source>The ERP of %1 (%2)</source>
        <translation>Das ERP von %1 (%2)</translation>
    </message>
    <message>
        <source>%1 could not be reached within %2 ms (connect_timeout_ms). Is the server up and the address right?</source>
        <translation>%1 war innerhalb von %2 ms nicht erreichbar (connect_timeout_ms). Läuft der Server und stimmt die Adresse?</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 ms (response_timeout_ms); the order goes again under the same Idempotency-Key.</source>
        <translation>%1 hat nicht innerhalb von %2 ms geantwortet (response_timeout_ms); die Bestellung geht erneut unter demselben Idempotency-Key.</translation>
    </message>
    <message>
        <source>%1: the server&apos;s TLS certificate is not trusted (%2). If the ERP uses its own certificate authority, set ca_file to its PEM certificate.</source>
        <translation>%1: dem TLS-Zertifikat des Servers wird nicht vertraut (%2). Verwendet das ERP eine eigene Zertifizierungsstelle, setzen Sie ca_file auf deren PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>%1 failed: %2.</source>
        <translation>%1 ist fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <source>the server closed the connection before its answer was complete (%1)</source>
        <translation>der Server hat die Verbindung geschlossen, bevor seine Antwort vollständig war (%1)</translation>
    </message>
    <message>
        <source>the connection was reset before the answer was complete</source>
        <translation>die Verbindung wurde zurückgesetzt, bevor die Antwort vollständig war</translation>
    </message>
    <message>
        <source>(an answer of more than %1 bytes, not read)</source>
        <translation>(eine Antwort von mehr als %1 Bytes, nicht gelesen)</translation>
    </message>
    <message>
        <source>%1 answered %2 without an ERP order id (expected a JSON object with &quot;erp_order_id&quot;): %3. The order goes again under the same Idempotency-Key.</source>
        <translation>%1 antwortete %2 ohne ERP-Bestellnummer (erwartet: ein JSON-Objekt mit &quot;erp_order_id&quot;): %3. Die Bestellung geht erneut unter demselben Idempotency-Key.</translation>
    </message>
    <message>
        <source>%1 answered %2: %3</source>
        <translation>%1 antwortete %2: %3</translation>
    </message>
    <message>
        <source>%1 answered %2: %3 (it asked to wait %4 s)</source>
        <translation>%1 antwortete %2: %3 (es bat, %4 s zu warten)</translation>
    </message>
    <message>
        <source>%1 refused the bearer token (%2: %3). Store the right token (%4) — orders wait meanwhile.</source>
        <translation>%1 hat das Bearer-Token abgelehnt (%2: %3). Hinterlegen Sie das richtige Token (%4) – die Bestellungen warten so lange.</translation>
    </message>
    <message>
        <source>%1 answered %2, a redirect to %3, which OrderFlow does not follow with an order in it. Set base_url and endpoint to where the orders go.</source>
        <translation>%1 antwortete %2, eine Umleitung nach %3, der OrderFlow mit einer Bestellung darin nicht folgt. Setzen Sie base_url und endpoint auf das Ziel der Bestellungen.</translation>
    </message>
    <message>
        <source>%1 rejected the order: %2: %3</source>
        <translation>%1 hat die Bestellung abgelehnt: %2: %3</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>resolve %1</source>
        <translation>%1 auflösen</translation>
    </message>
    <message>
        <source>cannot resolve %1: %2</source>
        <translation>%1 kann nicht aufgelöst werden: %2</translation>
    </message>
    <message>
        <source>connect %1:%2</source>
        <translation>verbinden mit %1:%2</translation>
    </message>
    <message>
        <source>no connection within %1 ms</source>
        <translation>keine Verbindung innerhalb von %1 ms</translation>
    </message>
    <message>
        <source>TCP connected</source>
        <translation>TCP verbunden</translation>
    </message>
    <message>
        <source>%1. If the ERP uses its own certificate authority, set ca_file to its PEM certificate.</source>
        <translation>%1. Verwendet das ERP eine eigene Zertifizierungsstelle, setzen Sie ca_file auf deren PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>certificate of %1 verified, expires %2</source>
        <translation>Zertifikat von %1 geprüft, läuft ab am %2</translation>
    </message>
    <message>
        <source>authenticate (GET %1)</source>
        <translation>anmelden (GET %1)</translation>
    </message>
    <message>
        <source>the bearer token (%1) is empty</source>
        <translation>das Bearer-Token (%1) ist leer</translation>
    </message>
    <message>
        <source>no answer within %1 ms</source>
        <translation>keine Antwort innerhalb von %1 ms</translation>
    </message>
    <message>
        <source>not an HTTP answer</source>
        <translation>keine HTTP-Antwort</translation>
    </message>
    <message>
        <source>HTTP %1: the token (%2) is refused</source>
        <translation>HTTP %1: das Token (%2) wird abgelehnt</translation>
    </message>
    <message>
        <source>HTTP %1: the server has a problem</source>
        <translation>HTTP %1: der Server hat ein Problem</translation>
    </message>
    <message>
        <source>HTTP %1: the token is accepted</source>
        <translation>HTTP %1: das Token wird akzeptiert</translation>
    </message>
    <message>
        <source>Source &apos;%1&apos;: ca_file %2 holds no PEM certificate. Fix the path or the file.</source>
        <translation>Quelle &apos;%1&apos;: ca_file %2 enthält kein PEM-Zertifikat. Korrigieren Sie den Pfad oder die Datei.</translation>
    </message>
    <message>
        <source>bearer token of source &apos;%1&apos;</source>
        <translation>Bearer-Token der Quelle &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Source &apos;%1&apos; (%2): GET %3</source>
        <translation>Quelle &apos;%1&apos; (%2): GET %3</translation>
    </message>
    <message>
        <source>%1 gave no whole answer within %2 s; asking again after a pause.</source>
        <translation>%1 gab innerhalb von %2 s keine vollständige Antwort; neue Anfrage nach einer Pause.</translation>
    </message>
    <message>
        <source>%1 answered with more than %2 bytes (max_response_bytes); nothing of it was stored. Lower page_size or raise max_response_bytes.</source>
        <translation>%1 antwortete mit mehr als %2 Bytes (max_response_bytes); nichts davon wurde gespeichert. Verringern Sie page_size oder erhöhen Sie max_response_bytes.</translation>
    </message>
    <message>
        <source>%1: the server&apos;s TLS certificate is not trusted (%2). If the partner uses its own certificate authority, set the source&apos;s ca_file to its PEM certificate. The source tries again in %3 s.</source>
        <translation>%1: dem TLS-Zertifikat des Servers wird nicht vertraut (%2). Verwendet der Partner eine eigene Zertifizierungsstelle, setzen Sie die ca_file der Quelle auf deren PEM-Zertifikat. Die Quelle versucht es in %3 s erneut.</translation>
    </message>
    <message>
        <source>%1 failed: %2; asking again after a pause.</source>
        <translation>%1 ist fehlgeschlagen: %2; neue Anfrage nach einer Pause.</translation>
    </message>
    <message>
        <source>%1 answered %2 %3%4; asking again in %5 s%6.</source>
        <translation>%1 antwortete %2 %3%4; neue Anfrage in %5 s%6.</translation>
    </message>
    <message>
        <source> as its Retry-After asks</source>
        <translation>, wie sein Retry-After verlangt</translation>
    </message>
    <message>
        <source>Check the source&apos;s url.</source>
        <translation>Prüfen Sie die url der Quelle.</translation>
    </message>
    <message>
        <source>Check the bearer token (token_env or token) and that the partner granted it access.</source>
        <translation>Prüfen Sie das Bearer-Token (token_env oder token) und ob der Partner ihm Zugriff gewährt hat.</translation>
    </message>
    <message>
        <source>%1 answered %2 %3%4. %5 The source tries again in %6 s.</source>
        <translation>%1 antwortete %2 %3%4. %5 Die Quelle versucht es in %6 s erneut.</translation>
    </message>
    <message>
        <source>is not valid JSON (%1 at byte %2)</source>
        <translation>ist kein gültiges JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>holds no array of orders at &apos;%1&apos; (items_field)</source>
        <translation>enthält keine Liste von Bestellungen unter &apos;%1&apos; (items_field)</translation>
    </message>
    <message>
        <source> The answer is kept as inbound message %1.</source>
        <translation> Die Antwort ist als Eingangsnachricht %1 aufbewahrt.</translation>
    </message>
    <message>
        <source>%1: the answer %2; nothing on it was taken and the source asks for the same page again in %3 s.%4 If it stays so, the partner must fix its API.</source>
        <translation>%1: die Antwort %2; nichts daraus wurde übernommen, und die Quelle fragt in %3 s erneut nach derselben Seite.%4 Bleibt es so, muss der Partner seine API korrigieren.</translation>
    </message>
    <message>
        <source>%1: its Link header names a next page on another server (%2); the bearer token is not sent there. Check the source&apos;s url.</source>
        <translation>%1: ihr Link-Header nennt eine nächste Seite auf einem anderen Server (%2); das Bearer-Token wird dorthin nicht gesendet. Prüfen Sie die url der Quelle.</translation>
    </message>
    <message>
        <source>%1 returned %2 orders where it returned %3 before; the source keeps its place and takes only orders beyond the first %3.</source>
        <translation>%1 lieferte %2 Bestellungen, wo es zuvor %3 lieferte; die Quelle behält ihre Stelle und übernimmt nur Bestellungen nach den ersten %3.</translation>
    </message>
    <message>
        <source>Source &apos;%1&apos;: url &apos;%2&apos; is not an http:// or https:// URL.</source>
        <translation>Quelle &apos;%1&apos;: url &apos;%2&apos; ist keine http://- oder https://-URL.</translation>
    </message>
    <message>
        <source>Source &apos;%1&apos; stopped before the request was stored; send it again.</source>
        <translation>Quelle &apos;%1&apos; wurde angehalten, bevor die Anfrage gespeichert war; senden Sie sie erneut.</translation>
    </message>
    <message>
        <source>Source &apos;%1&apos; is not running; send the request again later.</source>
        <translation>Quelle &apos;%1&apos; läuft nicht; senden Sie die Anfrage später erneut.</translation>
    </message>
    <message>
        <source>token of http source &apos;%1&apos;</source>
        <translation>Token der http-Quelle &apos;%1&apos;</translation>
    </message>
    <message>
        <source>http source &apos;%1&apos; (%2) has no token, so no partner could post to it. Set &quot;token&quot;: {&quot;secret&quot;: REF} or &quot;token_env&quot;: VAR in its config.</source>
        <translation>http-Quelle &apos;%1&apos; (%2) hat kein Token, daher könnte kein Partner an sie senden. Setzen Sie &quot;token&quot;: {&quot;secret&quot;: REF} oder &quot;token_env&quot;: VAR in ihrer Konfiguration.</translation>
    </message>
    <message>
        <source>Connection &apos;%1&apos; (%2)</source>
        <translation>Verbindung &apos;%1&apos; (%2)</translation>
    </message>
    <message>
        <source>Connection &apos;%1&apos; (%2) is paused by its circuit breaker until %3 after %4 failures in a row.</source>
        <translation>Verbindung &apos;%1&apos; (%2) ist nach %4 Fehlschlägen in Folge durch ihren Schutzschalter bis %3 pausiert.</translation>
    </message>
    <message>
        <source>Connection &apos;%1&apos; (%2) is paused until %3 by an error a person must fix; the last error of its waiting orders says which.</source>
        <translation>Verbindung &apos;%1&apos; (%2) ist bis %3 pausiert wegen eines Fehlers, den eine Person beheben muss; der letzte Fehler ihrer wartenden Bestellungen sagt, welcher.</translation>
    </message>
    <message>
        <source>Orders of source &apos;%1&apos; (%2) cannot be pushed: %3</source>
        <translation>Bestellungen der Quelle &apos;%1&apos; (%2) können nicht übertragen werden: %3</translation>
    </message>
    <message>
        <source>Orders wait: connection &apos;%1&apos; is disabled.</source>
        <translation>Bestellungen warten: Verbindung &apos;%1&apos; ist deaktiviert.</translation>
    </message>
    <message>
        <source>Orders of connection &apos;%1&apos; cannot be pushed: %2</source>
        <translation>Bestellungen der Verbindung &apos;%1&apos; können nicht übertragen werden: %2</translation>
    </message>
    <message>
        <source>Order %1 cannot be pushed: %2</source>
        <translation>Bestellung %1 kann nicht übertragen werden: %2</translation>
    </message>
    <message>
        <source>Order %1 waits: connection &apos;%2&apos; is disabled.</source>
        <translation>Bestellung %1 wartet: Verbindung &apos;%2&apos; ist deaktiviert.</translation>
    </message>
    <message>
        <source>Order %1 waits: connection &apos;%2&apos; is paused until %3.</source>
        <translation>Bestellung %1 wartet: Verbindung &apos;%2&apos; ist bis %3 pausiert.</translation>
    </message>
    <message>
        <source>Connection &apos;%1&apos; paused until %2: %3 Orders wait in retry_wait. %4</source>
        <translation>Verbindung &apos;%1&apos; bis %2 pausiert: %3 Bestellungen warten in retry_wait. %4</translation>
    </message>
    <message>
        <source>%1 is paused: %2 %3</source>
        <translation>%1 ist pausiert: %2 %3</translation>
    </message>
    <message>
        <source>%1 delivers again.</source>
        <translation>%1 überträgt wieder.</translation>
    </message>
    <message>
        <source>Connection &apos;%1&apos; paused after %2 failures in a row; next try at %3.</source>
        <translation>Verbindung &apos;%1&apos; nach %2 Fehlschlägen in Folge pausiert; nächster Versuch um %3.</translation>
    </message>
    <message>
        <source>%1 is paused after %2 failed rounds in a row; next try at %3. Last error: %4</source>
        <translation>%1 ist nach %2 fehlgeschlagenen Runden in Folge pausiert; nächster Versuch um %3. Letzter Fehler: %4</translation>
    </message>
    <message>
        <source>%1 failed: %2 Its orders are tried again later.</source>
        <translation>%1 ist fehlgeschlagen: %2 Ihre Bestellungen werden später erneut versucht.</translation>
    </message>
    <message>
        <source>Pushed %1 orders but could not record the results (%2); they are reconciled later.</source>
        <translation>%1 Bestellungen übertragen, aber die Ergebnisse konnten nicht festgehalten werden (%2); sie werden später abgeglichen.</translation>
    </message>
    <message>
        <source>Idempotency-Key &apos;%1&apos; was first used for inbound message %2 with other content; nothing was stored. Send new content under a new key.</source>
        <translation>Idempotency-Key &apos;%1&apos; wurde zuerst für Eingangsnachricht %2 mit anderem Inhalt verwendet; nichts wurde gespeichert. Senden Sie neuen Inhalt unter einem neuen Schlüssel.</translation>
    </message>
    <message>
        <source>interchange %1 was already received in inbound message %2: the partner reused a control number</source>
        <translation>Austausch %1 wurde bereits in Eingangsnachricht %2 empfangen: der Partner hat eine Kontrollnummer wiederverwendet</translation>
    </message>
    <message>
        <source>Source &apos;%1&apos;: nothing of these %2 messages was stored and its checkpoint did not move: %3</source>
        <translation>Quelle &apos;%1&apos;: nichts von diesen %2 Nachrichten wurde gespeichert, und ihr Prüfpunkt blieb unverändert: %3</translation>
    </message>
    <message>
        <source>(stored by an earlier poll; `orderflow inbound list` shows its error)</source>
        <translation>(von einem früheren Abruf gespeichert; `orderflow inbound list` zeigt seinen Fehler)</translation>
    </message>
    <message>
        <source>OrderFlow could not use this file.

File: %1
Source: %2 (organisation %3)
Inbound message: %4
Moved here: %5

Why:
%6

What to do: ask the partner to send a corrected file, or fix the source&apos;s format or mapping and run `orderflow replay %4`.
</source>
        <translation>OrderFlow konnte diese Datei nicht verwenden.

Datei: %1
Quelle: %2 (Organisation %3)
Eingangsnachricht: %4
Hierher verschoben: %5

Warum:
%6

Was tun: Bitten Sie den Partner um eine korrigierte Datei, oder korrigieren Sie Format oder Zuordnung der Quelle und führen Sie `orderflow replay %4` aus.
</translation>
    </message>
    <message>
        <source>Refused %1 in %2: it is %3, and a source reads only regular files inside its folder. It was not read; it goes to %4. Ask the partner to deliver the file itself (not a link, pipe or device).</source>
        <translation>%1 in %2 abgewiesen: es ist %3, und eine Quelle liest nur reguläre Dateien in ihrem Ordner. Es wurde nicht gelesen; es kommt nach %4. Bitten Sie den Partner, die Datei selbst zu liefern (keinen Link, keine Pipe, kein Gerät).</translation>
    </message>
    <message>
        <source>Source &apos;%1&apos;: %2 in %3 is %4; it was refused and not read, but it is still there (see the earlier message about it). Remove it from the folder.</source>
        <translation>Quelle &apos;%1&apos;: %2 in %3 ist %4; es wurde abgewiesen und nicht gelesen, liegt aber noch dort (siehe die frühere Meldung dazu). Entfernen Sie es aus dem Ordner.</translation>
    </message>
    <message>
        <source>not a regular file (any more)</source>
        <translation>keine reguläre Datei (mehr)</translation>
    </message>
    <message>
        <source>%1 is %2 MB, larger than this source&apos;s limit of %3 MB (max_file_bytes); it was moved to %4 and not parsed.</source>
        <translation>%1 ist %2 MB groß, mehr als die Grenze dieser Quelle von %3 MB (max_file_bytes); die Datei wurde nach %4 verschoben und nicht gelesen.</translation>
    </message>
    <message>
        <source>Source &apos;%1&apos;: %2 in %3 %4 while it was being read; nothing was stored from it. It is read again once it has stayed unchanged for settle_ms.</source>
        <translation>Quelle &apos;%1&apos;: %2 in %3 %4, während es gelesen wurde; nichts davon wurde gespeichert. Es wird erneut gelesen, sobald es settle_ms lang unverändert geblieben ist.</translation>
    </message>
    <message>
        <source>disappeared</source>
        <translation>verschwand</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>änderte sich</translation>
    </message>
    <message>
        <source>Source &apos;%1&apos;: nothing from this batch was stored (%2); the files stay in place and are retried.</source>
        <translation>Quelle &apos;%1&apos;: nichts aus diesem Stapel wurde gespeichert (%2); die Dateien bleiben liegen und werden erneut versucht.</translation>
    </message>
    <message>
        <source>Source &apos;%1&apos;: stored %2 (inbound %3) but could not move it to %4: %5 It stays in %6 and is not ingested again; %7</source>
        <translation>Quelle &apos;%1&apos;: %2 gespeichert (Eingang %3), konnte es aber nicht nach %4 verschieben: %5 Es bleibt in %6 und wird nicht erneut eingelesen; %7</translation>
    </message>
    <message>
        <source>the next poll moves it.</source>
        <translation>der nächste Abruf verschiebt es.</translation>
    </message>
    <message>
        <source>fix the directory (permissions, path) so it can be moved.</source>
        <translation>korrigieren Sie das Verzeichnis (Rechte, Pfad), damit es verschoben werden kann.</translation>
    </message>
    <message>
        <source>Source &apos;%1&apos;: could not remove the done marker of %2: %3 Remove it by hand before the partner sends a file of that name again.</source>
        <translation>Quelle &apos;%1&apos;: die Fertig-Markierung von %2 konnte nicht entfernt werden: %3 Entfernen Sie sie von Hand, bevor der Partner wieder eine Datei dieses Namens sendet.</translation>
    </message>
    <message>
        <source>a regular file</source>
        <translation>eine reguläre Datei</translation>
    </message>
    <message>
        <source>a symbolic link</source>
        <translation>ein symbolischer Link</translation>
    </message>
    <message>
        <source>a FIFO (named pipe)</source>
        <translation>ein FIFO (benannte Pipe)</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>ein Socket</translation>
    </message>
    <message>
        <source>a device file</source>
        <translation>eine Gerätedatei</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <source>source &apos;%1&apos; (org &apos;%2&apos;)</source>
        <translation>Quelle &apos;%1&apos; (Organisation &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>connection &apos;%1&apos; (org &apos;%2&apos;)</source>
        <translation>Verbindung &apos;%1&apos; (Organisation &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>The source with id %1 was removed at %2.</source>
        <translation>Die Quelle mit der ID %1 wurde am %2 entfernt.</translation>
    </message>
    <message>
        <source>The connection with id %1 was removed at %2.</source>
        <translation>Die Verbindung mit der ID %1 wurde am %2 entfernt.</translation>
    </message>
    <message>
        <source>Organisation &apos;%1&apos; already has a source named &apos;%2&apos; (id %3); change it with `orderflow sources edit %3`, or choose another name.</source>
        <translation>Organisation &apos;%1&apos; hat bereits eine Quelle namens &apos;%2&apos; (ID %3); ändern Sie sie mit `orderflow sources edit %3` oder wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Organisation &apos;%1&apos; already has a connection named &apos;%2&apos; (id %3); change it with `orderflow connections edit %3`, or choose another name.</source>
        <translation>Organisation &apos;%1&apos; hat bereits eine Verbindung namens &apos;%2&apos; (ID %3); ändern Sie sie mit `orderflow connections edit %3` oder wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>The organisation and name of %1 stay as they are: configuration files refer to it by them. Add a new source and remove this one instead.</source>
        <translation>Organisation und Name von %1 bleiben, wie sie sind: Konfigurationsdateien verweisen darüber auf sie. Legen Sie stattdessen eine neue Quelle an und entfernen Sie diese.</translation>
    </message>
    <message>
        <source>The organisation and name of %1 stay as they are: configuration files refer to it by them. Add a new connection and remove this one instead.</source>
        <translation>Organisation und Name von %1 bleiben, wie sie sind: Konfigurationsdateien verweisen darüber auf sie. Legen Sie stattdessen eine neue Verbindung an und entfernen Sie diese.</translation>
    </message>
    <message>
        <source>Nothing was changed; %1</source>
        <translation>Nichts wurde geändert; %1</translation>
    </message>
    <message>
        <source>Nothing was removed: source(s) %1 of organisation &apos;%2&apos; send their orders to %3. Point them at another connection (`orderflow sources edit %2/NAME --set connection=OTHER`) or remove them first.</source>
        <translation>Nichts wurde entfernt: Quelle(n) %1 der Organisation &apos;%2&apos; senden ihre Bestellungen an %3. Richten Sie sie auf eine andere Verbindung (`orderflow sources edit %2/NAME --set connection=OTHER`) oder entfernen Sie sie zuerst.</translation>
    </message>
    <message>
        <source>Nothing was removed: %1 has %2 order(s) not in a final state (%3). Finish them first (approve and push them, or reject them: `orderflow orders list`), or disable the source instead: `orderflow sources disable %4`.</source>
        <translation>Nichts wurde entfernt: %1 hat %2 Bestellung(en), die noch nicht abgeschlossen sind (%3). Schließen Sie sie zuerst ab (freigeben und übertragen oder ablehnen: `orderflow orders list`) oder deaktivieren Sie stattdessen die Quelle: `orderflow sources disable %4`.</translation>
    </message>
    <message>
        <source>Nothing was removed: %1 has %2 order(s) in flight (%3); removing it would strand them. Let them reach a final state (delivered and acknowledged, or rejected: `orderflow orders list`), or disable the connection instead: `orderflow connections disable %4`.</source>
        <translation>Nichts wurde entfernt: %1 hat %2 Bestellung(en) in Bearbeitung (%3); das Entfernen ließe sie hängen. Lassen Sie sie abschließen (übertragen und bestätigt oder abgelehnt: `orderflow orders list`) oder deaktivieren Sie stattdessen die Verbindung: `orderflow connections disable %4`.</translation>
    </message>
    <message>
        <source>Connection %1 was removed; there is no circuit to reset.</source>
        <translation>Verbindung %1 wurde entfernt; es gibt keinen Schutzschalter zurückzusetzen.</translation>
    </message>
    <message>
        <source>%1.%2 holds a secret inline. Secrets are never stored in configuration: store it with `orderflow secrets set KIND/ID/%2` and write {&quot;secret&quot;: &quot;KIND/ID/%2&quot;}, or name an environment variable with &apos;%2_env&apos; (or a key file path) instead.</source>
        <translation>%1.%2 enthält ein Geheimnis direkt. Geheimnisse werden nie in der Konfiguration gespeichert: speichern Sie es mit `orderflow secrets set KIND/ID/%2` und schreiben Sie {&quot;secret&quot;: &quot;KIND/ID/%2&quot;}, oder nennen Sie stattdessen mit &apos;%2_env&apos; eine Umgebungsvariable (oder einen Schlüsseldateipfad).</translation>
    </message>
    <message>
        <source>Organisation &apos;%1&apos; has no active ERP connection; add one with `orderflow config apply FILE`.</source>
        <translation>Organisation &apos;%1&apos; hat keine aktive ERP-Verbindung; legen Sie eine mit `orderflow config apply FILE` an.</translation>
    </message>
    <message>
        <source>Organisation &apos;%1&apos; has %2 active ERP connections; name one in source &apos;%3&apos; (&quot;connection&quot;).</source>
        <translation>Organisation &apos;%1&apos; hat %2 aktive ERP-Verbindungen; nennen Sie eine in Quelle &apos;%3&apos; (&quot;connection&quot;).</translation>
    </message>
    <message>
        <source>%1: &apos;org&apos; (the organisation&apos;s slug) is required.</source>
        <translation>%1: &apos;org&apos; (das Kürzel der Organisation) ist erforderlich.</translation>
    </message>
    <message>
        <source>%1: &apos;name&apos; and &apos;type&apos; are required.</source>
        <translation>%1: &apos;name&apos; und &apos;type&apos; sind erforderlich.</translation>
    </message>
    <message>
        <source>%1: status must be ACTIVE or DISABLED, not &apos;%2&apos;.</source>
        <translation>%1: status muss ACTIVE oder DISABLED sein, nicht &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>%1: organisation already has an ACTIVE %2 connection; disable it first (one active connection per type).</source>
        <translation>%1: die Organisation hat bereits eine aktive %2-Verbindung; deaktivieren Sie sie zuerst (eine aktive Verbindung je Typ).</translation>
    </message>
    <message>
        <source>%1: unknown format &apos;%2&apos; (use %3).</source>
        <translation>%1: unbekanntes Format &apos;%2&apos; (verwenden Sie %3).</translation>
    </message>
    <message>
        <source>%1: connection &apos;%2&apos; does not exist in this organisation.</source>
        <translation>%1: Verbindung &apos;%2&apos; gibt es in dieser Organisation nicht.</translation>
    </message>
    <message>
        <source>%1: &apos;sku&apos; is required.</source>
        <translation>%1: &apos;sku&apos; ist erforderlich.</translation>
    </message>
    <message>
        <source>the name of the environment variable that holds it (letters, digits and _)</source>
        <translation>der Name der Umgebungsvariablen, die es enthält (Buchstaben, Ziffern und _)</translation>
    </message>
    <message>
        <source>the path of the file that holds it</source>
        <translation>der Pfad der Datei, die es enthält</translation>
    </message>
    <message>
        <source>{&quot;secret&quot;: &quot;KIND/ID/FIELD&quot;}, an entry in OrderFlow&apos;s credential store</source>
        <translation>{&quot;secret&quot;: &quot;KIND/ID/FIELD&quot;}, ein Eintrag im Anmeldedatenspeicher von OrderFlow</translation>
    </message>
    <message>
        <source>put it in an environment variable and set &apos;%1&apos; to that variable&apos;s name instead</source>
        <translation>legen Sie es in eine Umgebungsvariable und setzen Sie stattdessen &apos;%1&apos; auf deren Namen</translation>
    </message>
    <message>
        <source>put it in a file only OrderFlow can read and set &apos;%1&apos; to that file&apos;s path instead</source>
        <translation>legen Sie es in eine Datei, die nur OrderFlow lesen kann, und setzen Sie stattdessen &apos;%1&apos; auf deren Pfad</translation>
    </message>
    <message>
        <source>keep it in OrderFlow&apos;s credential store and set &apos;%1&apos; to {&quot;secret&quot;: &quot;KIND/ID/FIELD&quot;} instead</source>
        <translation>bewahren Sie es im Anmeldedatenspeicher von OrderFlow auf und setzen Sie stattdessen &apos;%1&apos; auf {&quot;secret&quot;: &quot;KIND/ID/FIELD&quot;}</translation>
    </message>
    <message>
        <source>must say where the secret is — %1 — and never hold the secret itself</source>
        <translation>muss angeben, wo das Geheimnis liegt – %1 – und darf nie das Geheimnis selbst enthalten</translation>
    </message>
    <message>
        <source>this object</source>
        <translation>dieses Objekt</translation>
    </message>
    <message>
        <source>holds a secret inline. Secrets never go into configuration: %1</source>
        <translation>enthält ein Geheimnis direkt. Geheimnisse gehören nie in die Konfiguration: %1</translation>
    </message>
    <message>
        <source>looks like a secret written inline. Secrets never go into configuration: put it in an environment variable and name the variable (as in &apos;%1_env&apos;). %2 has no &apos;%1&apos; setting; %3</source>
        <translation>sieht nach einem direkt geschriebenen Geheimnis aus. Geheimnisse gehören nie in die Konfiguration: legen Sie es in eine Umgebungsvariable und nennen Sie die Variable (wie in &apos;%1_env&apos;). %2 hat keine Einstellung &apos;%1&apos;; %3</translation>
    </message>
    <message>
        <source>it takes no secrets</source>
        <translation>es nimmt keine Geheimnisse</translation>
    </message>
    <message>
        <source>its secret settings are %1</source>
        <translation>seine geheimen Einstellungen sind %1</translation>
    </message>
    <message>
        <source>is not a setting of %1; did you mean &apos;%2&apos;?</source>
        <translation>ist keine Einstellung von %1; meinten Sie &apos;%2&apos;?</translation>
    </message>
    <message>
        <source>is not a setting of %1 (its settings: %2)</source>
        <translation>ist keine Einstellung von %1 (seine Einstellungen: %2)</translation>
    </message>
    <message>
        <source>applies only when %1 is %2 (here %1 is %3%4); remove it or set %1</source>
        <translation>gilt nur, wenn %1 %2 ist (hier ist %1 %3%4); entfernen Sie es oder setzen Sie %1</translation>
    </message>
    <message>
        <source>, its default</source>
        <translation>, sein Standardwert</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>Status %1</translation>
    </message>
    <message>
        <source>Cannot create an SSH session for %1 (out of memory).</source>
        <translation>Für %1 kann keine SSH-Sitzung angelegt werden (kein Speicher mehr).</translation>
    </message>
    <message>
        <source>User name &apos;%1&apos; for %2:%3 is not accepted: %4.</source>
        <translation>Benutzername &apos;%1&apos; für %2:%3 wird nicht angenommen: %4.</translation>
    </message>
    <message>
        <source>Connected and authenticated to %1, but the SFTP subsystem could not be started: %2. Check that the server offers SFTP to this user.</source>
        <translation>Mit %1 verbunden und angemeldet, aber das SFTP-Subsystem konnte nicht gestartet werden: %2. Prüfen Sie, ob der Server diesem Benutzer SFTP anbietet.</translation>
    </message>
    <message>
        <source>Cannot read %1 on %2: it is not a regular file.</source>
        <translation>%1 auf %2 kann nicht gelesen werden: es ist keine reguläre Datei.</translation>
    </message>
    <message>
        <source>%1 on %2 is %3 bytes, more than the limit of %4 bytes.</source>
        <translation>%1 auf %2 ist %3 Bytes groß, mehr als die Grenze von %4 Bytes.</translation>
    </message>
    <message>
        <source>%1 on %2 grew beyond the limit of %3 bytes while it was read.</source>
        <translation>%1 auf %2 ist beim Lesen über die Grenze von %3 Bytes gewachsen.</translation>
    </message>
    <message>
        <source>Reading %1 on %2 returned %3 of %4 bytes; the file changed while it was read. OrderFlow retries later.</source>
        <translation>Das Lesen von %1 auf %2 lieferte %3 von %4 Bytes; die Datei hat sich beim Lesen geändert. OrderFlow versucht es später erneut.</translation>
    </message>
    <message>
        <source>Cannot rename %1 to %2 on %3: %2 already exists (SFTP status %4). OrderFlow never overwrites files; check whether it was delivered already.</source>
        <translation>%1 kann auf %3 nicht in %2 umbenannt werden: %2 existiert bereits (SFTP-Status %4). OrderFlow überschreibt nie Dateien; prüfen Sie, ob sie schon übertragen wurde.</translation>
    </message>
    <message>
        <source>Cannot rename %1 on %2: it does not exist (any more) (SFTP status %3).</source>
        <translation>%1 auf %2 kann nicht umbenannt werden: es existiert nicht (mehr) (SFTP-Status %3).</translation>
    </message>
    <message>
        <source>Cannot rename %1 to %2 on %3: directory %4 does not exist (SFTP status %5). Create it or correct the path in the configuration.</source>
        <translation>%1 kann auf %3 nicht in %2 umbenannt werden: Verzeichnis %4 existiert nicht (SFTP-Status %5). Legen Sie es an oder korrigieren Sie den Pfad in der Konfiguration.</translation>
    </message>
    <message>
        <source>Cannot rename %1 to %2 on %3: permission denied (SFTP status %4). Check that user &apos;%5&apos; may write to both %6 and %7 on the server.</source>
        <translation>%1 kann auf %3 nicht in %2 umbenannt werden: keine Berechtigung (SFTP-Status %4). Prüfen Sie, ob Benutzer &apos;%5&apos; auf dem Server sowohl in %6 als auch in %7 schreiben darf.</translation>
    </message>
    <message>
        <source>Cannot create directory %1 on %2: a file of that name exists.</source>
        <translation>Verzeichnis %1 kann auf %2 nicht angelegt werden: eine Datei dieses Namens existiert.</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2. Check that the server is running and reachable.</source>
        <translation>Keine Verbindung zu %1: %2. Prüfen Sie, ob der Server läuft und erreichbar ist.</translation>
    </message>
    <message>
        <source>The database of an older OrderFlow version is at %1, and OrderFlow now keeps it at %2; it was not moved because another program has it open%3. Stop that program (an older `orderflow run` or console), then run the command again to move it, or keep using it where it is with --db %1.</source>
        <translation>Die Datenbank einer älteren OrderFlow-Version liegt unter %1, OrderFlow hält sie jetzt unter %2; sie wurde nicht verschoben, weil ein anderes Programm sie geöffnet hat%3. Beenden Sie dieses Programm (ein älteres `orderflow run` oder die Konsole) und führen Sie den Befehl erneut aus, um sie zu verschieben, oder verwenden Sie sie weiter, wo sie ist, mit --db %1.</translation>
    </message>
    <message>
        <source>Cannot create the directory %1 to move the database %2 into.</source>
        <translation>Das Verzeichnis %1 zum Verschieben der Datenbank %2 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot move the database of an older OrderFlow version from %1 to %2. Move it by hand (with any %1-wal and %1-shm beside it), or keep using it with --db %1.</source>
        <translation>Die Datenbank einer älteren OrderFlow-Version kann nicht von %1 nach %2 verschoben werden. Verschieben Sie sie von Hand (mit %1-wal und %1-shm daneben, falls vorhanden) oder verwenden Sie sie weiter mit --db %1.</translation>
    </message>
    <message>
        <source>No database path was given.</source>
        <translation>Es wurde kein Datenbankpfad angegeben.</translation>
    </message>
    <message>
        <source>There is no OrderFlow database at %1, but older OrderFlow versions left two: %2 (the command line&apos;s) and %3 (the console&apos;s). OrderFlow does not guess which is yours: move that one to %1 (with its -wal and -shm files, while no OrderFlow program runs), or use it where it is with --db.</source>
        <translation>Unter %1 gibt es keine OrderFlow-Datenbank, aber ältere OrderFlow-Versionen haben zwei hinterlassen: %2 (die der Kommandozeile) und %3 (die der Konsole). OrderFlow rät nicht, welche Ihre ist: verschieben Sie diese nach %1 (mit ihren -wal- und -shm-Dateien, während kein OrderFlow-Programm läuft) oder verwenden Sie sie, wo sie ist, mit --db.</translation>
    </message>
    <message>
        <source>There is no OrderFlow database at %1, but an older OrderFlow version kept its database at %2. Run `orderflow status --create` once to move it to %1 (or any command that sets a workspace up: `orderflow run`, `config apply`), or keep using it where it is with --db %2.</source>
        <translation>Unter %1 gibt es keine OrderFlow-Datenbank, aber eine ältere OrderFlow-Version hielt ihre Datenbank unter %2. Führen Sie einmal `orderflow status --create` aus, um sie nach %1 zu verschieben (oder einen Befehl, der einen Arbeitsbereich einrichtet: `orderflow run`, `config apply`), oder verwenden Sie sie weiter, wo sie ist, mit --db %2.</translation>
    </message>
    <message>
        <source>There is no OrderFlow database at %1. Check the path (--db or $ORDERFLOW_DB); to start a new workspace there, run `orderflow config apply FILE --db %1`, `orderflow run --db %1`, or add --create.</source>
        <translation>Unter %1 gibt es keine OrderFlow-Datenbank. Prüfen Sie den Pfad (--db oder $ORDERFLOW_DB); um dort einen neuen Arbeitsbereich zu beginnen, führen Sie `orderflow config apply FILE --db %1` oder `orderflow run --db %1` aus oder ergänzen Sie --create.</translation>
    </message>
    <message>
        <source>%1 is not a database file (it is a folder or a special file).</source>
        <translation>%1 ist keine Datenbankdatei (es ist ein Ordner oder eine Spezialdatei).</translation>
    </message>
    <message>
        <source>Cannot create the directory %1 for the database.</source>
        <translation>Das Verzeichnis %1 für die Datenbank kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot configure the database %1 (%2): %3</source>
        <translation>Die Datenbank %1 kann nicht eingerichtet werden (%2): %3</translation>
    </message>
    <message>
        <source>The database %1 has schema version %2, but this OrderFlow (%3) knows versions up to %4. It was written by a newer OrderFlow: upgrade this installation, or open another database.</source>
        <translation>Die Datenbank %1 hat die Schemaversion %2, dieses OrderFlow (%3) kennt aber nur Versionen bis %4. Sie wurde von einem neueren OrderFlow geschrieben: aktualisieren Sie diese Installation oder öffnen Sie eine andere Datenbank.</translation>
    </message>
    <message>
        <source>OrderFlow is shutting down; secret %1 was not read.</source>
        <translation>OrderFlow wird beendet; Geheimnis %1 wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>The credential store did not answer within %1 ms when asked for secret %2. If it is the OS keychain, it may be locked or hung: unlock or restart it, or use the encrypted file (ORDERFLOW_SECRET_STORE=file with ENCRYPTION_MASTER_KEY).</source>
        <translation>Der Anmeldedatenspeicher hat auf die Frage nach Geheimnis %2 nicht innerhalb von %1 ms geantwortet. Ist es der Schlüsselbund des Betriebssystems, ist er vielleicht gesperrt oder hängt: entsperren oder starten Sie ihn neu, oder verwenden Sie die verschlüsselte Datei (ORDERFLOW_SECRET_STORE=file mit ENCRYPTION_MASTER_KEY).</translation>
    </message>
    <message>
        <source>secret %1</source>
        <translation>Geheimnis %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds a secret inline. Secrets are never stored in configuration: store it with `orderflow secrets set KIND/ID/%1` and write &quot;%1&quot;: {&quot;secret&quot;: &quot;KIND/ID/%1&quot;}, or name an environment variable with &apos;%2&apos;.</source>
        <translation>&apos;%1&apos; enthält ein Geheimnis direkt. Geheimnisse werden nie in der Konfiguration gespeichert: speichern Sie es mit `orderflow secrets set KIND/ID/%1` und schreiben Sie &quot;%1&quot;: {&quot;secret&quot;: &quot;KIND/ID/%1&quot;}, oder nennen Sie mit &apos;%2&apos; eine Umgebungsvariable.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a reference to the credential store, {&quot;secret&quot;: &quot;KIND/ID/FIELD&quot;} (e.g. {&quot;secret&quot;: &quot;connection/7/%1&quot;}).</source>
        <translation>&apos;%1&apos; muss ein Verweis auf den Anmeldedatenspeicher sein, {&quot;secret&quot;: &quot;KIND/ID/FIELD&quot;} (z. B. {&quot;secret&quot;: &quot;connection/7/%1&quot;}).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; and &apos;%2&apos; are both set; keep one of them.</source>
        <translation>&apos;%1&apos; und &apos;%2&apos; sind beide gesetzt; behalten Sie eines davon.</translation>
    </message>
    <message>
        <source>The %1 (secret %2) could not be read: %3</source>
        <translation>%1 (Geheimnis %2) konnte nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>The %1 is to be read from the environment variable %2 (config key &apos;%3&apos;), but that variable is not set. Set it for the OrderFlow process.</source>
        <translation>%1 soll aus der Umgebungsvariablen %2 gelesen werden (Konfigurationsschlüssel &apos;%3&apos;), aber diese Variable ist nicht gesetzt. Setzen Sie sie für den OrderFlow-Prozess.</translation>
    </message>
    <message>
        <source>Cannot read known hosts file %1: %2. Check the path and its permissions.</source>
        <translation>Die Datei der bekannten Hosts %1 kann nicht gelesen werden: %2. Prüfen Sie den Pfad und seine Rechte.</translation>
    </message>
    <message>
        <source>Cannot create the directory of known hosts file %1: %2. Check the path and its permissions.</source>
        <translation>Das Verzeichnis der Datei der bekannten Hosts %1 kann nicht angelegt werden: %2. Prüfen Sie den Pfad und seine Rechte.</translation>
    </message>
    <message>
        <source>Cannot lock known hosts file %1: %2. Check the path and its permissions.</source>
        <translation>Die Datei der bekannten Hosts %1 kann nicht gesperrt werden: %2. Prüfen Sie den Pfad und seine Rechte.</translation>
    </message>
    <message>
        <source>Cannot write known hosts file %1: %2. Check the path and its permissions.</source>
        <translation>Die Datei der bekannten Hosts %1 kann nicht geschrieben werden: %2. Prüfen Sie den Pfad und seine Rechte.</translation>
    </message>
    <message>
        <source>mkdir failed</source>
        <translation>mkdir fehlgeschlagen</translation>
    </message>
    <message>
        <source>another process holds %1.lock</source>
        <translation>ein anderer Prozess hält %1.lock</translation>
    </message>
    <message>
        <source>The secrets file %1 is damaged: %2. It was truncated or altered; restore it from a backup, or delete it and store the secrets again with `orderflow secrets set`.</source>
        <translation>Die Geheimnisdatei %1 ist beschädigt: %2. Sie wurde gekürzt oder verändert; stellen Sie sie aus einer Sicherung wieder her, oder löschen Sie sie und speichern Sie die Geheimnisse erneut mit `orderflow secrets set`.</translation>
    </message>
    <message>
        <source>ENCRYPTION_MASTER_KEY is not set. Set it to 64 hexadecimal characters (a 256-bit key, e.g. from `openssl rand -hex 32`) to use the encrypted secrets file.</source>
        <translation>ENCRYPTION_MASTER_KEY ist nicht gesetzt. Setzen Sie ihn auf 64 Hexadezimalzeichen (ein 256-Bit-Schlüssel, z. B. aus `openssl rand -hex 32`), um die verschlüsselte Geheimnisdatei zu verwenden.</translation>
    </message>
    <message>
        <source>ENCRYPTION_MASTER_KEY does not open the secrets file %1: it is not the key the file was written with (or the file&apos;s key check was altered). Set the key the file was created with. A lost key cannot be recovered: then delete the file and store the secrets again.</source>
        <translation>ENCRYPTION_MASTER_KEY öffnet die Geheimnisdatei %1 nicht: es ist nicht der Schlüssel, mit dem die Datei geschrieben wurde (oder die Schlüsselprüfung der Datei wurde verändert). Setzen Sie den Schlüssel, mit dem die Datei angelegt wurde. Ein verlorener Schlüssel lässt sich nicht wiederherstellen: löschen Sie dann die Datei und speichern Sie die Geheimnisse erneut.</translation>
    </message>
    <message>
        <source>Cannot read the secrets file %1: %2. Check its owner and permissions (it should belong to the user running OrderFlow, mode 0600).</source>
        <translation>Die Geheimnisdatei %1 kann nicht gelesen werden: %2. Prüfen Sie Eigentümer und Rechte (sie sollte dem Benutzer gehören, unter dem OrderFlow läuft, Modus 0600).</translation>
    </message>
    <message>
        <source>There is no secret %1 in the encrypted file %2. Store it with `orderflow secrets set %1`.</source>
        <translation>In der verschlüsselten Datei %2 gibt es kein Geheimnis %1. Speichern Sie es mit `orderflow secrets set %1`.</translation>
    </message>
    <message>
        <source>The stored value of secret %1 in %2 does not decrypt: it was altered, or copied there from another entry. Store it again with `orderflow secrets set %1`.</source>
        <translation>Der gespeicherte Wert von Geheimnis %1 in %2 lässt sich nicht entschlüsseln: er wurde verändert oder aus einem anderen Eintrag dorthin kopiert. Speichern Sie ihn erneut mit `orderflow secrets set %1`.</translation>
    </message>
    <message>
        <source>There is no secret %1 in the OS keychain (service orderflow). Store it with `orderflow secrets set %1`.</source>
        <translation>Im Schlüsselbund des Betriebssystems (Dienst orderflow) gibt es kein Geheimnis %1. Speichern Sie es mit `orderflow secrets set %1`.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>Unrecognised content: expected partner JSON (&apos;{&apos;), X12 (&apos;ISA&apos;) or EDIFACT (&apos;UNA&apos;/&apos;UNB&apos;). Check that the partner sent the right file, or set the source&apos;s format.</source>
        <translation>Unbekannter Inhalt: Partner-JSON (&apos;{&apos;), X12 (&apos;ISA&apos;) oder EDIFACT (&apos;UNA&apos;/&apos;UNB&apos;) erwartet. Prüfen Sie, ob der Partner die richtige Datei geschickt hat, oder legen Sie das Format der Quelle fest.</translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos; (supported: %2).</source>
        <translation>Unbekanntes Format &apos;%1&apos; (unterstützt: %2).</translation>
    </message>
    <message>
        <source>Cannot read %1 after byte %2: %3. Nothing after that byte was read; check the file and read it again.</source>
        <translation>%1 kann nach Byte %2 nicht gelesen werden: %3. Nach diesem Byte wurde nichts gelesen; prüfen Sie die Datei und lesen Sie sie erneut ein.</translation>
    </message>
    <message>
        <source>expected %1 as a number, found &apos;%2&apos;: %3.</source>
        <translation>%1 als Zahl erwartet, gefunden: &apos;%2&apos;: %3.</translation>
    </message>
    <message>
        <source>expected the number of line items, found &apos;%1&apos;.</source>
        <translation>Anzahl der Positionen erwartet, gefunden: &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>too many decimals to read exactly: %1 after the decimal mark; at most %2</source>
        <translation>zu viele Nachkommastellen, um sie genau zu lesen: %1 nach dem Dezimalzeichen; höchstens %2</translation>
    </message>
    <message>
        <source>too long to read exactly: %1 significant digits; at most %2</source>
        <translation>zu lang, um sie genau zu lesen: %1 signifikante Stellen; höchstens %2</translation>
    </message>
    <message>
        <source>&apos;,&apos; is not allowed: X12 numbers use &apos;.&apos; as decimal point and never a thousands separator</source>
        <translation>&apos;,&apos; ist nicht erlaubt: X12-Zahlen verwenden &apos;.&apos; als Dezimalpunkt und nie ein Tausendertrennzeichen</translation>
    </message>
    <message>
        <source>&apos;+&apos; is not allowed: X12 numbers carry only a leading &apos;-&apos; sign</source>
        <translation>&apos;+&apos; ist nicht erlaubt: X12-Zahlen tragen nur ein vorangestelltes &apos;-&apos;</translation>
    </message>
    <message>
        <source>a second &apos;.&apos; is not allowed: X12 numbers have at most one decimal point</source>
        <translation>ein zweiter &apos;.&apos; ist nicht erlaubt: X12-Zahlen haben höchstens einen Dezimalpunkt</translation>
    </message>
    <message>
        <source>%1 is not allowed in an X12 number (digits, one &apos;.&apos;, a leading &apos;-&apos;)</source>
        <translation>%1 ist in einer X12-Zahl nicht erlaubt (Ziffern, ein &apos;.&apos;, ein vorangestelltes &apos;-&apos;)</translation>
    </message>
    <message>
        <source>an X12 number needs at least one digit</source>
        <translation>eine X12-Zahl braucht mindestens eine Ziffer</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not the decimal mark: the interchange declares &apos;%2&apos; (%3), and ISO 9735 allows only the declared mark and no thousands separators</source>
        <translation>&apos;%1&apos; ist nicht das Dezimalzeichen: die Übertragungsdatei legt &apos;%2&apos; fest (%3), und ISO 9735 erlaubt nur das festgelegte Zeichen und keine Tausendertrennzeichen</translation>
    </message>
    <message>
        <source>UNA, or the default without one</source>
        <translation>UNA, oder die Vorgabe ohne UNA</translation>
    </message>
    <message>
        <source>a second &apos;%1&apos; is not allowed: a number has one decimal mark and no thousands separators</source>
        <translation>ein zweites &apos;%1&apos; ist nicht erlaubt: eine Zahl hat ein Dezimalzeichen und keine Tausendertrennzeichen</translation>
    </message>
    <message>
        <source>%1 is not allowed in a number (digits, the decimal mark &apos;%2&apos;, a leading &apos;-&apos;)</source>
        <translation>%1 ist in einer Zahl nicht erlaubt (Ziffern, das Dezimalzeichen &apos;%2&apos;, ein vorangestelltes &apos;-&apos;)</translation>
    </message>
    <message>
        <source>the decimal mark &apos;%1&apos; needs a digit on both sides (ISO 9735)</source>
        <translation>das Dezimalzeichen &apos;%1&apos; braucht auf beiden Seiten eine Ziffer (ISO 9735)</translation>
    </message>
    <message>
        <source>a number needs at least one digit</source>
        <translation>eine Zahl braucht mindestens eine Ziffer</translation>
    </message>
    <message>
        <source>%1 Skipped the remaining %2 bytes (no further ISA).</source>
        <translation>%1 Die restlichen %2 Bytes wurden übersprungen (kein weiteres ISA).</translation>
    </message>
    <message>
        <source>%1 Skipped %2 bytes up to the next ISA at byte %3.</source>
        <translation>%1 %2 Bytes bis zum nächsten ISA bei Byte %3 wurden übersprungen.</translation>
    </message>
    <message>
        <source>The ISA header at byte %1 is cut short: expected 16 elements and a segment terminator.</source>
        <translation>Der ISA-Kopf bei Byte %1 ist abgeschnitten: 16 Elemente und ein Segmentende-Zeichen erwartet.</translation>
    </message>
    <message>
        <source>The ISA header at byte %1 is malformed: expected 16 elements separated by &apos;%2&apos; within %3 bytes.</source>
        <translation>Der ISA-Kopf bei Byte %1 ist fehlerhaft: 16 durch &apos;%2&apos; getrennte Elemente innerhalb von %3 Bytes erwartet.</translation>
    </message>
    <message>
        <source>The ISA header at byte %1 has no segment terminator after ISA16.</source>
        <translation>Der ISA-Kopf bei Byte %1 hat nach ISA16 kein Segmentende-Zeichen.</translation>
    </message>
    <message>
        <source>The ISA header at byte %1 does not define usable delimiters (element separator 0x%2, component separator ISA16 0x%3, segment terminator 0x%4): they must be distinct non-alphanumeric characters.</source>
        <translation>Der ISA-Kopf bei Byte %1 legt keine brauchbaren Trennzeichen fest (Elementtrenner 0x%2, Komponententrenner ISA16 0x%3, Segmentende-Zeichen 0x%4): sie müssen verschiedene, nicht alphanumerische Zeichen sein.</translation>
    </message>
    <message>
        <source>Unexpected data at byte %1 where an interchange header (ISA) was expected.</source>
        <translation>Unerwartete Daten bei Byte %1, wo ein Übertragungsdatei-Kopf (ISA) erwartet wurde.</translation>
    </message>
    <message>
        <source>No X12 interchange (ISA) found.</source>
        <translation>Keine X12-Übertragungsdatei (ISA) gefunden.</translation>
    </message>
    <message>
        <source>ISA has %1 elements; expected 16.</source>
        <translation>ISA hat %1 Elemente; 16 erwartet.</translation>
    </message>
    <message>
        <source>Segment outside an interchange; expected ISA.</source>
        <translation>Segment außerhalb einer Übertragungsdatei; ISA erwartet.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a segment tag (2-3 upper-case letters or digits). Is the segment terminator &apos;%2&apos; used inside data?</source>
        <translation>&apos;%1&apos; ist keine Segmentkennung (2–3 Großbuchstaben oder Ziffern). Steht das Segmentende-Zeichen &apos;%2&apos; in den Daten?</translation>
    </message>
    <message>
        <source>TA1 interchange acknowledgement: it carries no purchase order, nothing was imported from it.</source>
        <translation>TA1-Übertragungsbestätigung: sie enthält keine Bestellung, es wurde nichts daraus importiert.</translation>
    </message>
    <message>
        <source>Segment outside a transaction set; expected ST or GE.</source>
        <translation>Segment außerhalb eines Transaktionssatzes; ST oder GE erwartet.</translation>
    </message>
    <message>
        <source>Segment outside a functional group; expected GS or IEA.</source>
        <translation>Segment außerhalb einer Funktionsgruppe; GS oder IEA erwartet.</translation>
    </message>
    <message>
        <source>Functional group %1 has no GE trailer before this GS.</source>
        <translation>Funktionsgruppe %1 hat vor diesem GS kein GE-Abschlusssegment.</translation>
    </message>
    <message>
        <source>the group control number (GS06) is missing.</source>
        <translation>die Gruppen-Kontrollnummer (GS06) fehlt.</translation>
    </message>
    <message>
        <source>ST outside a functional group (no GS before it).</source>
        <translation>ST außerhalb einer Funktionsgruppe (kein GS davor).</translation>
    </message>
    <message>
        <source>transaction set %1 (%2)</source>
        <translation>Transaktionssatz %1 (%2)</translation>
    </message>
    <message>
        <source>transaction set %1 (%2): %3</source>
        <translation>Transaktionssatz %1 (%2): %3</translation>
    </message>
    <message>
        <source>%1 is a functional acknowledgement: it carries no purchase order, nothing was imported from it.</source>
        <translation>%1 ist eine Funktionsbestätigung: sie enthält keine Bestellung, es wurde nichts daraus importiert.</translation>
    </message>
    <message>
        <source>%1 is not a purchase order (850); it was not imported. Check the partner&apos;s routing, or the source&apos;s format.</source>
        <translation>%1 ist keine Bestellung (850); er wurde nicht importiert. Prüfen Sie das Routing des Partners oder das Format der Quelle.</translation>
    </message>
    <message>
        <source>SE without a matching ST.</source>
        <translation>SE ohne passendes ST.</translation>
    </message>
    <message>
        <source>%1 has no SE trailer.</source>
        <translation>%1 hat kein SE-Abschlusssegment.</translation>
    </message>
    <message>
        <source>%1 has no SE trailer; it was rejected.</source>
        <translation>%1 hat kein SE-Abschlusssegment; er wurde abgewiesen.</translation>
    </message>
    <message>
        <source>SE02 &apos;%1&apos; does not match the ST02 control number &apos;%2&apos; of %3; the set was rejected.</source>
        <translation>SE02 &apos;%1&apos; passt nicht zur ST02-Kontrollnummer &apos;%2&apos; von %3; der Satz wurde abgewiesen.</translation>
    </message>
    <message>
        <source>SE01 says %1 segments, but %2 has %3 (ST to SE inclusive): segments were lost or added in transit; the set was rejected.</source>
        <translation>SE01 nennt %1 Segmente, aber %2 hat %3 (ST bis SE einschließlich): unterwegs gingen Segmente verloren oder kamen hinzu; der Satz wurde abgewiesen.</translation>
    </message>
    <message>
        <source>GE without a matching GS.</source>
        <translation>GE ohne passendes GS.</translation>
    </message>
    <message>
        <source>Functional group %1 has no GE trailer.</source>
        <translation>Funktionsgruppe %1 hat kein GE-Abschlusssegment.</translation>
    </message>
    <message>
        <source>GE01 says %1 transaction sets, but functional group %2 has %3.</source>
        <translation>GE01 nennt %1 Transaktionssätze, aber Funktionsgruppe %2 hat %3.</translation>
    </message>
    <message>
        <source>GE02 &apos;%1&apos; does not match the GS06 control number &apos;%2&apos;.</source>
        <translation>GE02 &apos;%1&apos; passt nicht zur GS06-Kontrollnummer &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Interchange %1 has no IEA trailer (expected before byte %2): the file may be cut short.</source>
        <translation>Übertragungsdatei %1 hat kein IEA-Abschlusssegment (erwartet vor Byte %2): die Datei ist vielleicht abgeschnitten.</translation>
    </message>
    <message>
        <source>IEA01 says %1 functional groups, but the interchange has %2.</source>
        <translation>IEA01 nennt %1 Funktionsgruppen, aber die Übertragungsdatei hat %2.</translation>
    </message>
    <message>
        <source>IEA02 &apos;%1&apos; does not match the ISA13 control number &apos;%2&apos;.</source>
        <translation>IEA02 &apos;%1&apos; passt nicht zur ISA13-Kontrollnummer &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>%1 has %2 elements; at most %3 are allowed, so none of it was read (from element %4, &apos;%5&apos;, on they are extra: is the separator used inside data?).</source>
        <translation>%1 hat %2 Elemente; höchstens %3 sind erlaubt, daher wurde nichts davon gelesen (ab Element %4, &apos;%5&apos;, sind sie überzählig: steht das Trennzeichen in den Daten?).</translation>
    </message>
    <message>
        <source>expected a date CCYYMMDD, found &apos;%1&apos;.</source>
        <translation>Datum JJJJMMTT (CCYYMMDD) erwartet, gefunden: &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>the purchase order number (BEG03) is missing.</source>
        <translation>die Bestellnummer (BEG03) fehlt.</translation>
    </message>
    <message>
        <source>the purchase order date (BEG05, CCYYMMDD) is missing.</source>
        <translation>das Bestelldatum (BEG05, CCYYMMDD) fehlt.</translation>
    </message>
    <message>
        <source>expected the order date as CCYYMMDD, found &apos;%1&apos;.</source>
        <translation>Bestelldatum als CCYYMMDD erwartet, gefunden: &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>the quantity ordered</source>
        <translation>die bestellte Menge</translation>
    </message>
    <message>
        <source>the unit price</source>
        <translation>den Stückpreis</translation>
    </message>
    <message>
        <source>the transaction set has no BEG segment (purchase order number and date).</source>
        <translation>der Transaktionssatz hat kein BEG-Segment (Bestellnummer und -datum).</translation>
    </message>
    <message>
        <source>No EDIFACT interchange header (UNA or UNB) found; the file starts with &apos;%1&apos;.</source>
        <translation>Kein EDIFACT-Übertragungsdatei-Kopf (UNA oder UNB) gefunden; die Datei beginnt mit &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>%1 bytes before the interchange header at byte %2 (&apos;%3&apos;); expected UNA or UNB at the start of the file. If this partner always adds such a banner, configure the source to skip leading junk.</source>
        <translation>%1 Bytes vor dem Übertragungsdatei-Kopf bei Byte %2 (&apos;%3&apos;); UNA oder UNB am Anfang der Datei erwartet. Wenn dieser Partner immer einen solchen Vorspann schickt, stellen Sie die Quelle so ein, dass sie führende Fremddaten überspringt.</translation>
    </message>
    <message>
        <source>The service string advice &apos;%1&apos; at byte %2 does not define distinct separators that are neither letters, digits nor a line break; using the defaults &apos;:+.? &apos;&apos;&apos;.</source>
        <translation>Die Trennzeichenvorgabe (UNA) &apos;%1&apos; bei Byte %2 legt keine verschiedenen Trennzeichen fest, die weder Buchstaben, Ziffern noch ein Zeilenumbruch sind; es gelten die Vorgaben &apos;:+.? &apos;&apos;&apos;.</translation>
    </message>
    <message>
        <source>No EDIFACT interchange (UNB) found.</source>
        <translation>Keine EDIFACT-Übertragungsdatei (UNB) gefunden.</translation>
    </message>
    <message>
        <source>message %1 (%2)</source>
        <translation>Nachricht %1 (%2)</translation>
    </message>
    <message>
        <source>message %1 (%2): %3</source>
        <translation>Nachricht %1 (%2): %3</translation>
    </message>
    <message>
        <source>Segment outside a message; expected UNH or UNZ.</source>
        <translation>Segment außerhalb einer Nachricht; UNH oder UNZ erwartet.</translation>
    </message>
    <message>
        <source>Unexpected data outside a message; expected a segment such as UNH or UNZ.</source>
        <translation>Unerwartete Daten außerhalb einer Nachricht; ein Segment wie UNH oder UNZ erwartet.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a segment tag (3 upper-case letters or digits) in %2. Is the segment terminator &apos;%3&apos; used in data without the release character?</source>
        <translation>&apos;%1&apos; ist keine Segmentkennung (3 Großbuchstaben oder Ziffern) in %2. Steht das Segmentende-Zeichen &apos;%3&apos; ohne Freigabezeichen in den Daten?</translation>
    </message>
    <message>
        <source>the interchange control reference (UNB 0020) is missing.</source>
        <translation>die Datenaustauschreferenz (UNB 0020) fehlt.</translation>
    </message>
    <message>
        <source>the interchange sender (UNB S002) is missing.</source>
        <translation>der Absender der Übertragungsdatei (UNB S002) fehlt.</translation>
    </message>
    <message>
        <source>UNE without a matching UNG.</source>
        <translation>UNE ohne passendes UNG.</translation>
    </message>
    <message>
        <source>Functional group %1 has no UNE trailer.</source>
        <translation>Funktionsgruppe %1 hat kein UNE-Abschlusssegment.</translation>
    </message>
    <message>
        <source>UNE says %1 messages, but functional group %2 has %3.</source>
        <translation>UNE nennt %1 Nachrichten, aber Funktionsgruppe %2 hat %3.</translation>
    </message>
    <message>
        <source>UNE reference &apos;%1&apos; does not match the UNG reference &apos;%2&apos;.</source>
        <translation>UNE-Referenz &apos;%1&apos; passt nicht zur UNG-Referenz &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>UNH outside an interchange (no UNB before it).</source>
        <translation>UNH außerhalb einer Übertragungsdatei (kein UNB davor).</translation>
    </message>
    <message>
        <source>%1 is a syntax and service report: it carries no purchase order, nothing was imported from it.</source>
        <translation>%1 ist ein Syntax- und Servicebericht: er enthält keine Bestellung, es wurde nichts daraus importiert.</translation>
    </message>
    <message>
        <source>%1 is not an ORDERS purchase order; it was not imported. Check the partner&apos;s routing, or the source&apos;s format.</source>
        <translation>%1 ist keine ORDERS-Bestellung; sie wurde nicht importiert. Prüfen Sie das Routing des Partners oder das Format der Quelle.</translation>
    </message>
    <message>
        <source>UNT without a matching UNH.</source>
        <translation>UNT ohne passendes UNH.</translation>
    </message>
    <message>
        <source>%1 has no UNT trailer; it was rejected.</source>
        <translation>%1 hat kein UNT-Abschlusssegment; sie wurde abgewiesen.</translation>
    </message>
    <message>
        <source>UNT reference &apos;%1&apos; does not match the UNH reference &apos;%2&apos; of %3; it was rejected.</source>
        <translation>UNT-Referenz &apos;%1&apos; passt nicht zur UNH-Referenz &apos;%2&apos; von %3; sie wurde abgewiesen.</translation>
    </message>
    <message>
        <source>UNT says %1 segments, but %2 has %3 (UNH to UNT inclusive): segments were lost or added in transit; it was rejected.</source>
        <translation>UNT nennt %1 Segmente, aber %2 hat %3 (UNH bis UNT einschließlich): unterwegs gingen Segmente verloren oder kamen hinzu; sie wurde abgewiesen.</translation>
    </message>
    <message>
        <source>%1 was rejected; no order was created from it.</source>
        <translation>%1 wurde abgewiesen; daraus wurde keine Bestellung angelegt.</translation>
    </message>
    <message>
        <source>Interchange %1 has no UNZ trailer (expected before byte %2): the file may be cut short. Complete messages in it were read.</source>
        <translation>Übertragungsdatei %1 hat kein UNZ-Abschlusssegment (erwartet vor Byte %2): die Datei ist vielleicht abgeschnitten. Vollständige Nachrichten darin wurden gelesen.</translation>
    </message>
    <message>
        <source>UNZ without a matching UNB.</source>
        <translation>UNZ ohne passendes UNB.</translation>
    </message>
    <message>
        <source>UNZ says %1 functional groups, but interchange %2 has %3.</source>
        <translation>UNZ nennt %1 Funktionsgruppen, aber Übertragungsdatei %2 hat %3.</translation>
    </message>
    <message>
        <source>UNZ says %1 messages, but interchange %2 has %3.</source>
        <translation>UNZ nennt %1 Nachrichten, aber Übertragungsdatei %2 hat %3.</translation>
    </message>
    <message>
        <source>UNZ reference &apos;%1&apos; does not match the UNB control reference &apos;%2&apos;.</source>
        <translation>UNZ-Referenz &apos;%1&apos; passt nicht zur UNB-Datenaustauschreferenz &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>%1 has %2 elements; at most %3 are allowed, so none of it was read (from element %4, &apos;%5&apos;, on they are extra: is a &apos;%6&apos; used in data without the release character?).</source>
        <translation>%1 hat %2 Elemente; höchstens %3 sind erlaubt, daher wurde nichts davon gelesen (ab Element %4, &apos;%5&apos;, sind sie überzählig: steht ein &apos;%6&apos; ohne Freigabezeichen in den Daten?).</translation>
    </message>
    <message>
        <source>element %1 of %2 has %3 components; at most %4 are allowed, so none of the segment was read (from component %5, &apos;%6&apos;, on they are extra: is a &apos;%7&apos; used in data without the release character?).</source>
        <translation>Element %1 von %2 hat %3 Komponenten; höchstens %4 sind erlaubt, daher wurde nichts von dem Segment gelesen (ab Komponente %5, &apos;%6&apos;, sind sie überzählig: steht ein &apos;%7&apos; ohne Freigabezeichen in den Daten?).</translation>
    </message>
    <message>
        <source>a second BGM in one ORDERS message; one message carries one order.</source>
        <translation>ein zweites BGM in einer ORDERS-Nachricht; eine Nachricht trägt eine Bestellung.</translation>
    </message>
    <message>
        <source>the order number (BGM C106 1004) is missing.</source>
        <translation>die Bestellnummer (BGM C106 1004) fehlt.</translation>
    </message>
    <message>
        <source>expected a date in format %1, found &apos;%2&apos;.</source>
        <translation>Datum im Format %1 erwartet, gefunden: &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>the ordered quantity</source>
        <translation>die bestellte Menge</translation>
    </message>
    <message>
        <source>the price</source>
        <translation>den Preis</translation>
    </message>
    <message>
        <source>the unit price basis</source>
        <translation>die Preisbasis</translation>
    </message>
    <message>
        <source>the message has no BGM segment (order number).</source>
        <translation>die Nachricht hat kein BGM-Segment (Bestellnummer).</translation>
    </message>
    <message>
        <source>Start or unlock a secret service in this session (a desktop login with GNOME Keyring or KWallet; on a server `gnome-keyring-daemon --unlock --components=secrets` inside `dbus-run-session`), or keep secrets in the encrypted file instead (set ENCRYPTION_MASTER_KEY and ORDERFLOW_SECRET_STORE=file).</source>
        <translation>Starten oder entsperren Sie in dieser Sitzung einen Geheimnisdienst (eine Desktop-Anmeldung mit GNOME Keyring oder KWallet; auf einem Server `gnome-keyring-daemon --unlock --components=secrets` innerhalb von `dbus-run-session`), oder halten Sie die Geheimnisse stattdessen in der verschlüsselten Datei (ENCRYPTION_MASTER_KEY und ORDERFLOW_SECRET_STORE=file setzen).</translation>
    </message>
    <message>
        <source>The OS keychain did not answer within %1 ms when %2. A locked keyring waiting for its password, or a secret service that hangs, looks like this. %3</source>
        <translation>Der Schlüsselbund des Betriebssystems hat beim %2 nicht innerhalb von %1 ms geantwortet. So sieht ein gesperrter Schlüsselbund aus, der auf sein Passwort wartet, oder ein hängender Geheimnisdienst. %3</translation>
    </message>
    <message>
        <source>The OS keychain has not answered a request made %1 s ago, so OrderFlow did not ask it again when %2. %3</source>
        <translation>Der Schlüsselbund des Betriebssystems hat eine Anfrage von vor %1 s nicht beantwortet, daher hat OrderFlow ihn beim %2 nicht erneut gefragt. %3</translation>
    </message>
    <message>
        <source>The OS keychain refused access when %1: %2. Unlock the keyring (log in to the desktop session, or `gnome-keyring-daemon --unlock` on a server) or allow OrderFlow access, and try again.</source>
        <translation>Der Schlüsselbund des Betriebssystems hat den Zugriff beim %1 verweigert: %2. Entsperren Sie den Schlüsselbund (an der Desktop-Sitzung anmelden oder `gnome-keyring-daemon --unlock` auf einem Server) oder erlauben Sie OrderFlow den Zugriff, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The OS keychain failed when %1: %2. %3</source>
        <translation>Der Schlüsselbund des Betriebssystems ist beim %1 fehlgeschlagen: %2. %3</translation>
    </message>
    <message>
        <source>reading the index of OrderFlow&apos;s secrets</source>
        <translation>Lesen des Verzeichnisses der OrderFlow-Geheimnisse</translation>
    </message>
    <message>
        <source>updating the index of OrderFlow&apos;s secrets</source>
        <translation>Aktualisieren des Verzeichnisses der OrderFlow-Geheimnisse</translation>
    </message>
    <message>
        <source>reading secret %1</source>
        <translation>Lesen von Geheimnis %1</translation>
    </message>
    <message>
        <source>storing secret %1</source>
        <translation>Speichern von Geheimnis %1</translation>
    </message>
    <message>
        <source>looking up secret %1 to delete it</source>
        <translation>Suchen von Geheimnis %1 zum Löschen</translation>
    </message>
    <message>
        <source>deleting secret %1</source>
        <translation>Löschen von Geheimnis %1</translation>
    </message>
    <message>
        <source>the keyring is locked</source>
        <translation>der Schlüsselbund ist gesperrt</translation>
    </message>
    <message>
        <source>OrderFlow is shutting down; the credential store was not asked.</source>
        <translation>OrderFlow wird beendet; der Anmeldedatenspeicher wurde nicht gefragt.</translation>
    </message>
    <message>
        <source>run a secret service in this session (a desktop login with GNOME Keyring or KWallet; on a server `gnome-keyring-daemon --unlock --components=secrets` inside `dbus-run-session`)</source>
        <translation>starten Sie in dieser Sitzung einen Geheimnisdienst (eine Desktop-Anmeldung mit GNOME Keyring oder KWallet; auf einem Server `gnome-keyring-daemon --unlock --components=secrets` innerhalb von `dbus-run-session`)</translation>
    </message>
    <message>
        <source>set ENCRYPTION_MASTER_KEY to 64 hexadecimal characters (e.g. from `openssl rand -hex 32`; keep it safe, the secrets cannot be read without it) to keep secrets in the encrypted file %1</source>
        <translation>setzen Sie ENCRYPTION_MASTER_KEY auf 64 Hexadezimalzeichen (z. B. aus `openssl rand -hex 32`; bewahren Sie ihn sicher auf, ohne ihn lassen sich die Geheimnisse nicht lesen), um die Geheimnisse in der verschlüsselten Datei %1 zu halten</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a credential store; use &apos;keychain&apos; (the OS keychain) or &apos;file&apos; (the encrypted file).</source>
        <translation>&apos;%1&apos; ist kein Anmeldedatenspeicher; verwenden Sie &apos;keychain&apos; (den Schlüsselbund des Betriebssystems) oder &apos;file&apos; (die verschlüsselte Datei).</translation>
    </message>
    <message>
        <source>%1 asks for the encrypted file, but: %2</source>
        <translation>%1 verlangt die verschlüsselte Datei, aber: %2</translation>
    </message>
    <message>
        <source>The OS keychain was asked for%1, but no secret service answered (%2). To use it, %3. Otherwise use the encrypted file (ORDERFLOW_SECRET_STORE=file and ENCRYPTION_MASTER_KEY).</source>
        <translation>Der Schlüsselbund des Betriebssystems wurde verlangt%1, aber kein Geheimnisdienst hat geantwortet (%2). Um ihn zu verwenden, %3. Andernfalls verwenden Sie die verschlüsselte Datei (ORDERFLOW_SECRET_STORE=file und ENCRYPTION_MASTER_KEY).</translation>
    </message>
    <message>
        <source>No credential store is available for OrderFlow&apos;s secrets: no secret service (OS keychain) answered (%1), and ENCRYPTION_MASTER_KEY is not set. Either %2, or %3. ORDERFLOW_SECRET_STORE=keychain|file picks one explicitly.</source>
        <translation>Für die Geheimnisse von OrderFlow ist kein Anmeldedatenspeicher verfügbar: kein Geheimnisdienst (Schlüsselbund des Betriebssystems) hat geantwortet (%1), und ENCRYPTION_MASTER_KEY ist nicht gesetzt. Entweder %2, oder %3. ORDERFLOW_SECRET_STORE=keychain|file wählt ausdrücklich einen davon.</translation>
    </message>
    <message>
        <source>%1 problems:</source>
        <translation>%1 Probleme:</translation>
    </message>
    <message>
        <source>Stopped %1 %2: OrderFlow is shutting down; the work is taken up again after the restart.</source>
        <translation>%1 %2 abgebrochen: OrderFlow wird beendet; die Arbeit wird nach dem Neustart wieder aufgenommen.</translation>
    </message>
    <message>
        <source>before connecting to</source>
        <translation>Vor dem Verbinden mit</translation>
    </message>
    <message>
        <source>connecting to</source>
        <translation>Verbinden mit</translation>
    </message>
    <message>
        <source>authenticating to</source>
        <translation>Anmelden bei</translation>
    </message>
    <message>
        <source>starting SFTP on</source>
        <translation>Starten von SFTP auf</translation>
    </message>
    <message>
        <source>trying to %1 %2 on</source>
        <translation>Versuch „%1 %2“ auf</translation>
    </message>
    <message>
        <source>Database error while %1: %2.%3</source>
        <translation>Datenbankfehler beim %1: %2.%3</translation>
    </message>
    <message>
        <source>Database error while %1: %2</source>
        <translation>Datenbankfehler beim %1: %2</translation>
    </message>
    <message>
        <source>Database error while %1: cannot prepare %2: %3</source>
        <translation>Datenbankfehler beim %1: %2 kann nicht vorbereitet werden: %3</translation>
    </message>
    <message>
        <source> Another process holds the database; the operation will be retried.</source>
        <translation> Ein anderer Prozess hält die Datenbank; der Vorgang wird wiederholt.</translation>
    </message>
    <message>
        <source> The disk holding the database is full; free space.</source>
        <translation> Der Datenträger der Datenbank ist voll; schaffen Sie Platz.</translation>
    </message>
    <message>
        <source>Cannot start a database transaction on %1: %2</source>
        <translation>Auf %1 kann keine Datenbanktransaktion begonnen werden: %2</translation>
    </message>
    <message>
        <source>Cannot commit to %1: %2</source>
        <translation>In %1 kann nicht festgeschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot start a read transaction on %1: %2</source>
        <translation>Auf %1 kann keine Lesetransaktion begonnen werden: %2</translation>
    </message>
    <message>
        <source>This build of OrderFlow carries no database migrations; it is broken. Rebuild it.</source>
        <translation>Dieser Build von OrderFlow enthält keine Datenbankmigrationen; er ist defekt. Bauen Sie ihn neu.</translation>
    </message>
    <message>
        <source>Cannot read migration %1.</source>
        <translation>Migration %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>applying migration %1</source>
        <translation>Anwenden von Migration %1</translation>
    </message>
    <message>
        <source>recording migration</source>
        <translation>Eintragen der Migration</translation>
    </message>
    <message>
        <source>creating schema_version</source>
        <translation>Anlegen von schema_version</translation>
    </message>
    <message>
        <source>No free file name for acknowledgement %1.</source>
        <translation>Kein freier Dateiname für Bestätigung %1.</translation>
    </message>
    <message>
        <source>OrderFlow keeps retrying with backoff.</source>
        <translation>OrderFlow versucht es in wachsenden Abständen weiter.</translation>
    </message>
    <message>
        <source>This needs a person; once it is fixed the acknowledgement goes out by itself at its next attempt (it is never dropped).</source>
        <translation>Das muss ein Mensch beheben; danach geht die Bestätigung beim nächsten Versuch von selbst hinaus (sie wird nie verworfen).</translation>
    </message>
    <message>
        <source> to %1</source>
        <translation> nach %1</translation>
    </message>
    <message>
        <source>Cannot deliver %1 acknowledgement %2 (for %3, inbound message %4) of source &apos;%5&apos; (organisation %6)%7: %8 %9</source>
        <translation>%1-Bestätigung %2 (für %3, Eingangsnachricht %4) von Quelle &apos;%5&apos; (Organisation %6) nicht zustellbar%7: %8 %9</translation>
    </message>
    <message>
        <source>%1 Attempt %2; next attempt at %3.</source>
        <translation>%1 Versuch %2; nächster Versuch um %3.</translation>
    </message>
    <message>
        <source>Source &apos;%1&apos; (organisation %2): %3 acknowledgement(s) not delivered%4: %5 %6</source>
        <translation>Quelle &apos;%1&apos; (Organisation %2): %3 Bestätigung(en) nicht zugestellt%4: %5 %6</translation>
    </message>
    <message>
        <source>%1 already exists there and cannot be read to tell whether it is this acknowledgement (%2). Make it readable for OrderFlow, or move it away if it is not an acknowledgement OrderFlow wrote.</source>
        <translation>%1 existiert dort bereits und kann nicht gelesen werden, um festzustellen, ob es diese Bestätigung ist (%2). Machen Sie die Datei für OrderFlow lesbar, oder verschieben Sie sie, wenn sie keine von OrderFlow geschriebene Bestätigung ist.</translation>
    </message>
    <message>
        <source>%1 and %2 time-stamped variants are all taken by other files.</source>
        <translation>%1 und %2 Varianten mit Zeitstempel sind alle von anderen Dateien belegt.</translation>
    </message>
    <message>
        <source>PO105 &apos;%1&apos; comes without a unit price: PO104 is required whenever PO105 is sent (X12 syntax rule C0504). A line free of charge is sent as PO104 0 with PO105 NC.</source>
        <translation>PO105 &apos;%1&apos; kommt ohne Stückpreis: PO104 ist immer nötig, wenn PO105 gesendet wird (X12-Syntaxregel C0504). Eine kostenlose Position wird als PO104 0 mit PO105 NC gesendet.</translation>
    </message>
    <message>
        <source>PO105 &apos;%1&apos; (%2) comes without a unit price: PO104 is required whenever PO105 is sent (X12 syntax rule C0504). A line free of charge is sent as PO104 0 with PO105 NC.</source>
        <translation>PO105 &apos;%1&apos; (%2) kommt ohne Stückpreis: PO104 ist immer nötig, wenn PO105 gesendet wird (X12-Syntaxregel C0504). Eine kostenlose Position wird als PO104 0 mit PO105 NC gesendet.</translation>
    </message>
    <message>
        <source>no charge</source>
        <translation>kostenlos</translation>
    </message>
    <message>
        <source>not separately priced</source>
        <translation>nicht einzeln berechnet</translation>
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
    <message>
        <source>Last problem reported by the engine (%1):
%2</source>
        <translation>Letztes Problem der Verarbeitung (%1):
%2</translation>
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
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
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
