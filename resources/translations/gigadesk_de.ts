<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Sync the sales history with Gigastore now (F5)</source>
        <translation>Verkaufshistorie jetzt mit Gigastore abgleichen (F5)</translation>
    </message>
    <message>
        <source>Re&amp;fund…</source>
        <translation>&amp;Erstatten…</translation>
    </message>
    <message>
        <source>Refund the selected package (Ctrl+Shift+R)</source>
        <translation>Ausgewähltes Paket erstatten (Strg+Umschalt+R)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save the rows shown to a CSV file (Ctrl+E)</source>
        <translation>Angezeigte Zeilen als CSV-Datei speichern (Strg+E)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>E&amp;instellungen…</translation>
    </message>
    <message>
        <source>Account, refund limit and refresh interval</source>
        <translation>Konto, Erstattungslimit und Aktualisierungsintervall</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Quit GigaDesk</source>
        <translation>GigaDesk beenden</translation>
    </message>
    <message>
        <source>&amp;About GigaDesk</source>
        <translation>Ü&amp;ber GigaDesk</translation>
    </message>
    <message>
        <source>&amp;Cancel Sync</source>
        <translation>Abgleich a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Stop the running sync</source>
        <translation>Den laufenden Abgleich anhalten</translation>
    </message>
    <message>
        <source>Copy &amp;Purchase ID</source>
        <translation>&amp;Kauf-ID kopieren</translation>
    </message>
    <message>
        <source>Copy the Purchase ID</source>
        <translation>Die Kauf-ID kopieren</translation>
    </message>
    <message>
        <source>Copy Support &amp;Ticket Text</source>
        <translation>Support-&amp;Ticket-Text kopieren</translation>
    </message>
    <message>
        <source>Copy a support request quoting the Purchase ID</source>
        <translation>Eine Support-Anfrage mit der Kauf-ID kopieren</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Search the history (Ctrl+F)</source>
        <translation>In der Historie suchen (Strg+F)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Sale</source>
        <translation>&amp;Verkauf</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
</context>
<context>
    <name>BulkRefund</name>
    <message>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>BulkRefundDialog</name>
    <message>
        <source>Refund selected packages</source>
        <translation>Ausgewählte Pakete erstatten</translation>
    </message>
    <message>
        <source>Refund %1 packages?</source>
        <translation>%1 Pakete erstatten?</translation>
    </message>
    <message>
        <source>Packages to refund</source>
        <translation>Zu erstattende Pakete</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Guthaben</translation>
    </message>
    <message>
        <source>Will be</source>
        <translation>Wird</translation>
    </message>
    <message>
        <source>Purchase ID</source>
        <translation>Kauf-ID</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <source>Not sent: over this month&apos;s limit</source>
        <translation>Nicht gesendet: über dem Limit dieses Monats</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Refund %1</source>
        <translation>%1 erstatten</translation>
    </message>
    <message>
        <source>%1 in credits go back to your account.</source>
        <translation>%1 Guthaben gehen an Ihr Konto zurück.</translation>
    </message>
    <message>
        <source>The monthly refund limit is unknown; Gigastore may refuse some.</source>
        <translation>Das monatliche Erstattungslimit ist unbekannt; Gigastore lehnt eventuell einige ab.</translation>
    </message>
    <message>
        <source>This month&apos;s limit allows %1 more refunds.</source>
        <translation>Das Limit dieses Monats erlaubt noch %1 Erstattungen.</translation>
    </message>
    <message>
        <source>%1 refundable packages are over the limit and will not be sent.</source>
        <translation>%1 erstattbare Pakete liegen über dem Limit und werden nicht gesendet.</translation>
    </message>
    <message>
        <source>%1 selected packages cannot be refunded.</source>
        <translation>%1 ausgewählte Pakete können nicht erstattet werden.</translation>
    </message>
    <message>
        <source>The refunds are sent one after another. The customers&apos; eSIM packages stop working. This cannot be undone.</source>
        <translation>Die Erstattungen werden nacheinander gesendet. Die eSIM-Pakete der Kunden funktionieren danach nicht mehr. Das lässt sich nicht rückgängig machen.</translation>
    </message>
</context>
<context>
    <name>BulkRefundFlow</name>
    <message>
        <source>Bulk refund cancelled; nothing was sent.</source>
        <translation>Sammelerstattung abgebrochen; nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>Stopped before it was sent.</source>
        <translation>Vor dem Senden angehalten.</translation>
    </message>
    <message>
        <source>Refunding %1 of %2: %3…</source>
        <translation>Erstatte %1 von %2: %3…</translation>
    </message>
    <message>
        <source>The request failed: %1. Refresh (F5) before trying again.</source>
        <translation>Die Anfrage ist fehlgeschlagen: %1. Aktualisieren Sie (F5), bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>Over this month&apos;s refund limit.</source>
        <translation>Über dem Erstattungslimit dieses Monats.</translation>
    </message>
    <message>
        <source>Bulk refund: %1 of %2 refunded.</source>
        <translation>Sammelerstattung: %1 von %2 erstattet.</translation>
    </message>
</context>
<context>
    <name>BulkResultDialog</name>
    <message>
        <source>Bulk refund results</source>
        <translation>Ergebnisse der Sammelerstattung</translation>
    </message>
    <message>
        <source>%1 of %2 packages were refunded.</source>
        <translation>%1 von %2 Paketen wurden erstattet.</translation>
    </message>
    <message>
        <source>Refund results</source>
        <translation>Erstattungsergebnisse</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Purchase ID</source>
        <translation>Kauf-ID</translation>
    </message>
</context>
<context>
    <name>ChartBox</name>
    <message>
        <source>Use the arrow keys to read each value.</source>
        <translation>Mit den Pfeiltasten jeden Wert vorlesen lassen.</translation>
    </message>
</context>
<context>
    <name>ColumnsMenu</name>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Spalten</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Packages sold per month</source>
        <translation>Verkaufte Pakete pro Monat</translation>
    </message>
    <message>
        <source>Credits spent per month</source>
        <translation>Ausgegebenes Guthaben pro Monat</translation>
    </message>
    <message>
        <source>Refunds per month</source>
        <translation>Erstattungen pro Monat</translation>
    </message>
    <message>
        <source>Packages by state</source>
        <translation>Pakete nach Zustand</translation>
    </message>
    <message>
        <source>Refunds per month, against the monthly limit</source>
        <translation>Erstattungen pro Monat, gemessen am Monatslimit</translation>
    </message>
    <message>
        <source>Packages by state, now</source>
        <translation>Pakete nach Zustand, jetzt</translation>
    </message>
    <message>
        <source>Packages expiring unused</source>
        <translation>Ungenutzt ablaufende Pakete</translation>
    </message>
    <message>
        <source>Press Enter or double-click to show a package in the history.</source>
        <translation>Eingabetaste oder Doppelklick zeigt ein Paket in der Historie.</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Validity ends</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Refundable</source>
        <translation>Erstattbar</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Guthaben</translation>
    </message>
    <message>
        <source>Customer / ICCID</source>
        <translation>Kunde / ICCID</translation>
    </message>
    <message>
        <source>Purchase ID</source>
        <translation>Kauf-ID</translation>
    </message>
    <message>
        <source>The dashboard could not be read: %1</source>
        <translation>Das Dashboard konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The dashboard shows the cached history once it is read.</source>
        <translation>Das Dashboard zeigt die gespeicherte Historie, sobald sie gelesen ist.</translation>
    </message>
    <message>
        <source>Packages sold</source>
        <translation>Verkaufte Pakete</translation>
    </message>
    <message>
        <source>limit %1 a month</source>
        <translation>Limit %1 pro Monat</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Erstattungen</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Not yet active</source>
        <translation>Noch nicht aktiv</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <source>%1 packages in the cache.</source>
        <translation>%1 Pakete im Speicher.</translation>
    </message>
    <message>
        <source>This month: %1 sold</source>
        <translation>Diesen Monat: %1 verkauft</translation>
    </message>
    <message>
        <source> for %1</source>
        <translation> für %1</translation>
    </message>
    <message>
        <source>%1 refunds this month (limit unknown).</source>
        <translation>%1 Erstattungen diesen Monat (Limit unbekannt).</translation>
    </message>
    <message>
        <source>%1 of %2 refunds used this month.</source>
        <translation>%1 von %2 Erstattungen diesen Monat genutzt.</translation>
    </message>
    <message>
        <source>%1 packages expire unused within %2 days.</source>
        <translation>%1 Pakete laufen innerhalb von %2 Tagen ungenutzt ab.</translation>
    </message>
    <message>
        <source>Expiring unused within %1 days: %2</source>
        <translation>Laufen innerhalb von %1 Tagen ungenutzt ab: %2</translation>
    </message>
    <message>
        <source> (the first %1 are listed)</source>
        <translation> (die ersten %1 sind aufgeführt)</translation>
    </message>
    <message>
        <source>Double-click to show it in the history</source>
        <translation>Doppelklick zeigt es in der Historie</translation>
    </message>
    <message>
        <source>No package expires unused in the next days.</source>
        <translation>In den nächsten Tagen läuft kein Paket ungenutzt ab.</translation>
    </message>
    <message>
        <source>No: from stock (support ticket)</source>
        <translation>Nein: aus dem Bestand (Support-Ticket)</translation>
    </message>
    <message>
        <source>Yes, if the limit allows</source>
        <translation>Ja, wenn das Limit es erlaubt</translation>
    </message>
</context>
<context>
    <name>HistoryTable</name>
    <message>
        <source>Sales history</source>
        <translation>Verkaufshistorie</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Every sale in the cache</source>
        <translation>Jeder gespeicherte Verkauf</translation>
    </message>
    <message>
        <source>Refundable now</source>
        <translation>Jetzt erstattbar</translation>
    </message>
    <message>
        <source>Purchased, still valid, unused, limit not reached</source>
        <translation>Gekauft, noch gültig, ungenutzt, Limit nicht erreicht</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Activated and still valid</source>
        <translation>Aktiviert und noch gültig</translation>
    </message>
    <message>
        <source>Not yet active</source>
        <translation>Noch nicht aktiv</translation>
    </message>
    <message>
        <source>Waiting for first use or on-demand start</source>
        <translation>Wartet auf erste Nutzung oder Start auf Abruf</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Validity over</source>
        <translation>Gültigkeit abgelaufen</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <source>Refunded packages</source>
        <translation>Erstattete Pakete</translation>
    </message>
    <message>
        <source>From stock</source>
        <translation>Aus dem Bestand</translation>
    </message>
    <message>
        <source>Taken from inventory stock (status Activated)</source>
        <translation>Aus dem Lagerbestand entnommen (Status Aktiviert)</translation>
    </message>
    <message>
        <source>Items shown</source>
        <translation>Angezeigte Einträge</translation>
    </message>
</context>
<context>
    <name>Layout</name>
    <message>
        <source>Search package, Purchase ID, ICCID, e-mail, metatag</source>
        <translation>Paket, Kauf-ID, ICCID, E-Mail, Metatag suchen</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historie</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>Attention</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>%1 packages will expire unused within %2 days.</source>
        <translation>%1 Pakete laufen innerhalb von %2 Tagen ungenutzt ab.</translation>
    </message>
    <message>
        <source>This month&apos;s refunds are used up (%1 of %2).</source>
        <translation>Die Erstattungen dieses Monats sind aufgebraucht (%1 von %2).</translation>
    </message>
    <message>
        <source>Only %1 of this month&apos;s %2 refunds are left.</source>
        <translation>Nur noch %1 der %2 Erstattungen dieses Monats sind übrig.</translation>
    </message>
    <message>
        <source>⚠ Attention: %1</source>
        <translation>⚠ Hinweis: %1</translation>
    </message>
    <message>
        <source>%1
Click to open the dashboard.</source>
        <translation>%1
Klicken öffnet das Dashboard.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Sales &amp;History</source>
        <translation>Verkaufs&amp;historie</translation>
    </message>
    <message>
        <source>Show the sales history (Ctrl+1)</source>
        <translation>Die Verkaufshistorie zeigen (Strg+1)</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <source>Show sales, credits and refunds at a glance (Ctrl+2)</source>
        <translation>Verkäufe, Guthaben und Erstattungen auf einen Blick (Strg+2)</translation>
    </message>
    <message>
        <source>Refund Se&amp;lected…</source>
        <translation>Ausgewählte e&amp;rstatten…</translation>
    </message>
    <message>
        <source>Refund every refundable selected package (Ctrl+Shift+B)</source>
        <translation>Jedes erstattbare ausgewählte Paket erstatten (Strg+Umschalt+B)</translation>
    </message>
    <message>
        <source>Export Se&amp;lection…</source>
        <translation>Aus&amp;wahl exportieren…</translation>
    </message>
    <message>
        <source>Save the selected rows to a CSV file (Ctrl+Shift+E)</source>
        <translation>Ausgewählte Zeilen als CSV-Datei speichern (Strg+Umschalt+E)</translation>
    </message>
    <message>
        <source>&amp;Copy Rows</source>
        <translation>Zeilen &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the selected rows as tab-separated text</source>
        <translation>Ausgewählte Zeilen als tabulatorgetrennten Text kopieren</translation>
    </message>
    <message>
        <source>Select at most %1 rows to refund them together.</source>
        <translation>Wählen Sie höchstens %1 Zeilen, um sie gemeinsam zu erstatten.</translation>
    </message>
    <message>
        <source>Copied %1 rows.</source>
        <translation>%1 Zeilen kopiert.</translation>
    </message>
    <message>
        <source>Too many rows selected</source>
        <translation>Zu viele Zeilen ausgewählt</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Exported %1 selected rows to %2</source>
        <translation>%1 ausgewählte Zeilen nach %2 exportiert</translation>
    </message>
</context>
</TS>
