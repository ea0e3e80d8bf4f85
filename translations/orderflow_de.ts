<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ActionRunner</name>
    <message>
        <source>already approved; pushing now</source>
        <translation>bereits freigegeben; wird jetzt übertragen</translation>
    </message>
</context>
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
        <translation>&amp;Eingangsdateien</translation>
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
        <translation>Ü&amp;bersicht</translation>
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
        <translation>Datei erneut &amp;einlesen</translation>
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
    <name>orderflow::console::ConsoleDataWorker</name>
    <message>
        <source>The database is not open.</source>
        <translation>Die Datenbank ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Order %1 no longer exists.</source>
        <translation>Die Bestellung %1 existiert nicht mehr.</translation>
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
        <source>Failures: %n failed order(s) waiting for an operator</source>
        <translation>
            <numerusform>Fehler: %n fehlgeschlagene Bestellung wartet auf Bearbeitung</numerusform>
            <numerusform>Fehler: %n fehlgeschlagene Bestellungen warten auf Bearbeitung</numerusform>
        </translation>
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
    <message>
        <source>Approve the selected orders if needed and push them to the ERP right away (Ctrl+P)</source>
        <translation>Die ausgewählten Bestellungen bei Bedarf freigeben und sofort an das ERP übertragen (Strg+P)</translation>
    </message>
    <message numerus="yes">
        <source>Pushing %n order(s)</source>
        <translation>
            <numerusform>%n Bestellung wird übertragen</numerusform>
            <numerusform>%n Bestellungen werden übertragen</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>Why are these %n order(s) rejected? The reason goes into the audit trail.</source>
        <translation>
            <numerusform>Warum wird diese Bestellung abgelehnt? Der Grund kommt ins Protokoll.</numerusform>
            <numerusform>Warum werden diese %n Bestellungen abgelehnt? Der Grund kommt ins Protokoll.</numerusform>
        </translation>
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
</context>
<context>
    <name>orderflow::console::ReplayCommand</name>
    <message>
        <source>Re&amp;play File</source>
        <translation>Datei erneut &amp;einlesen</translation>
    </message>
    <message>
        <source>Parse the selected inbound file again; only new content creates orders (Ctrl+Shift+P)</source>
        <translation>Die ausgewählte Eingangsdatei erneut lesen; nur neuer Inhalt erzeugt Bestellungen (Strg+Umschalt+P)</translation>
    </message>
    <message>
        <source>Replaying inbound file %1</source>
        <translation>Eingangsdatei %1 wird erneut eingelesen</translation>
    </message>
</context>
<context>
    <name>orderflow::console::RetryAllFailedCommand</name>
    <message>
        <source>Retry &amp;All Failed</source>
        <translation>&amp;Alle fehlgeschlagenen wiederholen</translation>
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
</TS>
