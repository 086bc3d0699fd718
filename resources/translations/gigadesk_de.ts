<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccountFlow</name>
    <message>
        <source>Demo not started</source>
        <translation>Demo nicht gestartet</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Einstellungen nicht gespeichert</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Einstellungen gespeichert.</translation>
    </message>
    <message>
        <source>Checking the connection…</source>
        <translation>Verbindung wird geprüft…</translation>
    </message>
    <message>
        <source>Connection not checked</source>
        <translation>Verbindung nicht geprüft</translation>
    </message>
    <message>
        <source>Reset the demo?</source>
        <translation>Demo zurücksetzen?</translation>
    </message>
    <message>
        <source>The demo starts over with a fresh sales history: the refunds made in the demo are forgotten. Your own account is not touched.</source>
        <translation>Die Demo beginnt mit einer neuen Verkaufshistorie von vorn: Die in der Demo gemachten Erstattungen werden vergessen. Ihr eigenes Konto bleibt unberührt.</translation>
    </message>
    <message>
        <source>Reset Demo</source>
        <translation>Demo zurücksetzen</translation>
    </message>
    <message>
        <source>Demo not reset</source>
        <translation>Demo nicht zurückgesetzt</translation>
    </message>
    <message>
        <source>The demo starts over.</source>
        <translation>Die Demo beginnt von vorn.</translation>
    </message>
    <message>
        <source>GigaDesk %1
Sales history, offline browsing and safe refunds for Gigastore eSIM resellers.</source>
        <translation>GigaDesk %1
Verkaufshistorie, Offline-Ansicht und sichere Erstattungen für Gigastore-eSIM-Reseller.</translation>
    </message>
    <message>
        <source>About GigaDesk</source>
        <translation>Über GigaDesk</translation>
    </message>
</context>
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
        <source>Save the rows shown as an Excel workbook or a CSV file (Ctrl+E)</source>
        <translation>Angezeigte Zeilen als Excel-Arbeitsmappe oder CSV-Datei speichern (Strg+E)</translation>
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
        <source>Check the &amp;Connection…</source>
        <translation>&amp;Verbindung prüfen…</translation>
    </message>
    <message>
        <source>Learn what the Gigastore server speaks, with safe requests only</source>
        <translation>Herausfinden, was der Gigastore-Server spricht, nur mit sicheren Anfragen</translation>
    </message>
    <message>
        <source>&amp;Reset Demo…</source>
        <translation>Demo &amp;zurücksetzen…</translation>
    </message>
    <message>
        <source>Start the demo over: a fresh history, its refunds forgotten</source>
        <translation>Die Demo neu beginnen: eine neue Historie, ihre Erstattungen vergessen</translation>
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
    <name>AppWindow</name>
    <message>
        <source> (demo)</source>
        <translation> (Demo)</translation>
    </message>
    <message>
        <source>Export the rows shown</source>
        <translation>Angezeigte Zeilen exportieren</translation>
    </message>
    <message>
        <source>Synced %1 item in %2 s.</source>
        <translation>%1 Eintrag in %2 s abgeglichen.</translation>
    </message>
    <message>
        <source>Synced %1 items in %2 s.</source>
        <translation>%1 Einträge in %2 s abgeglichen.</translation>
    </message>
    <message>
        <source>%1 item could not be read and was skipped.</source>
        <translation>%1 Eintrag konnte nicht gelesen werden und wurde übersprungen.</translation>
    </message>
    <message>
        <source>%1 items could not be read and were skipped.</source>
        <translation>%1 Einträge konnten nicht gelesen werden und wurden übersprungen.</translation>
    </message>
    <message>
        <source>Sync stopped: %1</source>
        <translation>Abgleich angehalten: %1</translation>
    </message>
    <message>
        <source>Reading the history failed: %1</source>
        <translation>Die Historie konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgelaufen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Nothing has been synced yet</source>
        <translation>Es wurde noch nichts abgeglichen</translation>
    </message>
    <message>
        <source>The history shown is from the last sync (%1)</source>
        <translation>Die angezeigte Historie stammt vom letzten Abgleich (%1)</translation>
    </message>
    <message>
        <source>Offline: %1 %2; refunds need a connection.</source>
        <translation>Offline: %1 %2; Erstattungen brauchen eine Verbindung.</translation>
    </message>
    <message>
        <source>Offline: Gigastore cannot be reached. %1; refunds need a connection.</source>
        <translation>Offline: Gigastore ist nicht erreichbar. %1; Erstattungen brauchen eine Verbindung.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Offline mode: no network is used. %1; refunds need a connection.</source>
        <translation>Offline-Modus: Es wird kein Netzwerk verwendet. %1; Erstattungen brauchen eine Verbindung.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>%1 %2.</source>
        <translation>%1 %2.</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
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
        <source>Refund %1 package?</source>
        <translation>%1 Paket erstatten?</translation>
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
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>This month&apos;s limit allows %1 refund: untick another package first.</source>
        <translation>Das Limit dieses Monats erlaubt %1 Erstattung: Entfernen Sie zuerst ein anderes Häkchen.</translation>
    </message>
    <message>
        <source>This month&apos;s limit allows %1 refunds: untick another package first.</source>
        <translation>Das Limit dieses Monats erlaubt %1 Erstattungen: Entfernen Sie zuerst ein anderes Häkchen.</translation>
    </message>
    <message>
        <source>Refund %1</source>
        <translation>%1 erstatten</translation>
    </message>
    <message>
        <source>Not sent: not ticked</source>
        <translation>Nicht gesendet: nicht angehakt</translation>
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
        <source>This month&apos;s limit allows %1 more refund.</source>
        <translation>Das Limit dieses Monats erlaubt noch %1 Erstattung.</translation>
    </message>
    <message>
        <source>This month&apos;s limit allows %1 more refunds.</source>
        <translation>Das Limit dieses Monats erlaubt noch %1 Erstattungen.</translation>
    </message>
    <message>
        <source>%1 refundable package is over the limit and will not be sent.</source>
        <translation>%1 erstattbares Paket liegt über dem Limit und wird nicht gesendet.</translation>
    </message>
    <message>
        <source>%1 refundable packages are over the limit and will not be sent.</source>
        <translation>%1 erstattbare Pakete liegen über dem Limit und werden nicht gesendet.</translation>
    </message>
    <message>
        <source>%1 selected package cannot be refunded.</source>
        <translation>%1 ausgewähltes Paket kann nicht erstattet werden.</translation>
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
        <source>Over this month&apos;s refund limit.</source>
        <translation>Über dem Erstattungslimit dieses Monats.</translation>
    </message>
    <message>
        <source>Not ticked.</source>
        <translation>Nicht angehakt.</translation>
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
        <source>%1 of %2 package was refunded.</source>
        <translation>%1 von %2 Paket wurde erstattet.</translation>
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
    <name>Connection</name>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Offline mode</source>
        <translation>Offline-Modus</translation>
    </message>
    <message>
        <source>Credentials rejected</source>
        <translation>Zugangsdaten abgelehnt</translation>
    </message>
    <message>
        <source>Refunds need a Gigastore account: connect it in Settings.</source>
        <translation>Erstattungen brauchen ein Gigastore-Konto: Verbinden Sie es in den Einstellungen.</translation>
    </message>
    <message>
        <source>Refunds need a connection: still connecting to Gigastore.</source>
        <translation>Erstattungen brauchen eine Verbindung: Die Verbindung zu Gigastore wird noch aufgebaut.</translation>
    </message>
    <message>
        <source>Refunds need a connection to Gigastore, which cannot be reached right now.</source>
        <translation>Erstattungen brauchen eine Verbindung zu Gigastore, das gerade nicht erreichbar ist.</translation>
    </message>
    <message>
        <source>Refunds need a connection: GigaDesk runs in offline mode.</source>
        <translation>Erstattungen brauchen eine Verbindung: GigaDesk läuft im Offline-Modus.</translation>
    </message>
    <message>
        <source>Refunds need valid credentials: Gigastore rejected them (check Settings).</source>
        <translation>Erstattungen brauchen gültige Zugangsdaten: Gigastore hat sie abgelehnt (prüfen Sie die Einstellungen).</translation>
    </message>
</context>
<context>
    <name>ConnectionCheck</name>
    <message>
        <source>Gigastore answers and accepts the credentials, but some checks found problems: the lines marked PROBLEM say which.</source>
        <translation>Gigastore antwortet und akzeptiert die Zugangsdaten, aber einige Prüfungen fanden Probleme: Die mit PROBLEM markierten Zeilen nennen sie.</translation>
    </message>
    <message>
        <source>Gigastore answers and accepts the credentials.</source>
        <translation>Gigastore antwortet und akzeptiert die Zugangsdaten.</translation>
    </message>
    <message>
        <source>Connection Check</source>
        <translation>Verbindungsprüfung</translation>
    </message>
    <message>
        <source>GigaDesk looked at the server with safe requests only; no refund was sent. What it learned is used from now on. The report holds no secret, token or customer data: copy it for Gigastore support.</source>
        <translation>GigaDesk hat den Server nur mit sicheren Anfragen geprüft; keine Erstattung wurde gesendet. Was es gelernt hat, gilt ab jetzt. Der Bericht enthält kein Secret, kein Token und keine Kundendaten: kopieren Sie ihn für den Gigastore-Support.</translation>
    </message>
</context>
<context>
    <name>ConnectionForm</name>
    <message>
        <source>Enter the Client ID from the reseller portal&apos;s API page.</source>
        <translation>Geben Sie die Client-ID von der API-Seite des Reseller-Portals ein.</translation>
    </message>
    <message>
        <source>Enter the Client Secret from the reseller portal&apos;s API page.</source>
        <translation>Geben Sie das Client Secret von der API-Seite des Reseller-Portals ein.</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>unchanged (stored)</source>
        <translation>unverändert (gespeichert)</translation>
    </message>
    <message>
        <source>Client Secret</source>
        <translation>Client Secret</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>Client-ID:</translation>
    </message>
    <message>
        <source>Client Secret:</source>
        <translation>Client Secret:</translation>
    </message>
    <message>
        <source>Base URL:</source>
        <translation>Basis-URL:</translation>
    </message>
    <message>
        <source>Keep the secret in a private file on this computer</source>
        <translation>Secret in einer privaten Datei speichern</translation>
    </message>
    <message>
        <source>No keychain was found. Without this, you enter the secret again at each start.</source>
        <translation>Es wurde kein Schlüsselbund gefunden. Ohne diese Option geben Sie das Secret bei jedem Start erneut ein.</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Teste…</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>A refund is under way; try again when it has finished.</source>
        <translation>Eine Erstattung läuft; versuchen Sie es erneut, wenn sie abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Connect a Gigastore account first (File &gt; Settings).</source>
        <translation>Verbinden Sie zuerst ein Gigastore-Konto (Datei &gt; Einstellungen).</translation>
    </message>
    <message>
        <source>Enter the Client Secret.</source>
        <translation>Geben Sie das Client Secret ein.</translation>
    </message>
    <message>
        <source>Gigastore rejected this Client ID and secret.</source>
        <translation>Gigastore hat diese Client-ID und dieses Secret abgelehnt.</translation>
    </message>
    <message>
        <source>Connected (Gigastore API %1).</source>
        <translation>Verbunden (Gigastore-API %1).</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>GigaDesk met an unexpected error</source>
        <translation>In GigaDesk ist ein unerwarteter Fehler aufgetreten</translation>
    </message>
    <message>
        <source>Something went wrong inside GigaDesk. Your history and settings are safe. Please send this report to support (it holds no secret or token).</source>
        <translation>In GigaDesk ist etwas schiefgelaufen. Ihre Historie und Ihre Einstellungen sind sicher. Bitte senden Sie diesen Bericht an den Support (er enthält kein Secret und kein Token).</translation>
    </message>
    <message>
        <source>It was saved as %1.</source>
        <translation>Er wurde unter %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>CurrentStatus</name>
    <message>
        <source>No package selected</source>
        <translation>Kein Paket ausgewählt</translation>
    </message>
    <message>
        <source>Select a row to see the package and refund it.</source>
        <translation>Wählen Sie eine Zeile, um das Paket zu sehen und zu erstatten.</translation>
    </message>
    <message>
        <source>%1 (Purchase ID %2) · %3</source>
        <translation>%1 (Kauf-ID %2) · %3</translation>
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
        <source>%1 package in the cache.</source>
        <translation>%1 Paket im Cache.</translation>
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
        <source>%1 refund this month (limit unknown).</source>
        <translation>%1 Erstattung in diesem Monat (Limit unbekannt).</translation>
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
        <source>%1 package expires unused within %2 days.</source>
        <translation>%1 Paket läuft innerhalb von %2 Tagen ungenutzt ab.</translation>
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
    <name>DetailPane</name>
    <message>
        <source>Credits paid</source>
        <translation>Bezahltes Guthaben</translation>
    </message>
    <message>
        <source>Retail price</source>
        <translation>Verkaufspreis</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Gültigkeit</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>ICCID</source>
        <translation>ICCID</translation>
    </message>
    <message>
        <source>Metatag</source>
        <translation>Metatag</translation>
    </message>
    <message>
        <source>Sales channel</source>
        <translation>Vertriebskanal</translation>
    </message>
    <message>
        <source>1 refund this month · limit unknown</source>
        <translation>1 Erstattung diesen Monat · Limit unbekannt</translation>
    </message>
    <message>
        <source>%1 refunds this month · limit unknown</source>
        <translation>%1 Erstattungen diesen Monat · Limit unbekannt</translation>
    </message>
    <message>
        <source>%1 of %2 refunds used this month</source>
        <translation>%1 von %2 Erstattungen diesen Monat genutzt</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Verkauft</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>by %1
(auto-activation)</source>
        <translation>bis %1
(automatisch)</translation>
    </message>
    <message>
        <source>auto-activates by
%1</source>
        <translation>aktiviert sich automatisch bis
%1</translation>
    </message>
    <message>
        <source>Not yet active</source>
        <translation>Noch nicht aktiv</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>at the latest %1</source>
        <translation>spätestens %1</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>erfüllt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>nicht erfüllt</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>nicht bekannt</translation>
    </message>
    <message>
        <source>Select a sale to see its details.</source>
        <translation>Wählen Sie einen Verkauf, um seine Details zu sehen.</translation>
    </message>
    <message>
        <source>Purchase ID</source>
        <translation>Kauf-ID</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the Purchase ID</source>
        <translation>Die Kauf-ID kopieren</translation>
    </message>
    <message>
        <source>Data used</source>
        <translation>Verbrauchte Daten</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Verkauf</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Erstattung</translation>
    </message>
    <message>
        <source>Copy support ticket text</source>
        <translation>Support-Ticket-Text kopieren</translation>
    </message>
    <message>
        <source>Packages from stock are refunded by Gigastore support: copy a request that quotes the Purchase ID</source>
        <translation>Pakete aus dem Lagerbestand erstattet der Gigastore-Support: Kopieren Sie eine Anfrage mit der Kauf-ID</translation>
    </message>
    <message>
        <source>Refundable now</source>
        <translation>Jetzt erstattbar</translation>
    </message>
    <message>
        <source>Refundable when online</source>
        <translation>Erstattbar, sobald online</translation>
    </message>
    <message>
        <source>Not refundable</source>
        <translation>Nicht erstattbar</translation>
    </message>
    <message>
        <source>%1 · %2 left</source>
        <translation>%1 · %2 übrig</translation>
    </message>
    <message>
        <source>As of the last sync (%1); operators report usage with a delay.</source>
        <translation>Stand des letzten Abgleichs (%1); Netzbetreiber melden den Verbrauch mit Verzögerung.</translation>
    </message>
    <message>
        <source>Customer ID: %1</source>
        <translation>Kunden-ID: %1</translation>
    </message>
    <message>
        <source>Support ticket text copied to the clipboard.</source>
        <translation>Support-Ticket-Text in die Zwischenablage kopiert.</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>No sales in the cache yet. They appear after the first sync (F5).</source>
        <translation>Noch keine Verkäufe im Cache. Sie erscheinen nach dem ersten Abgleich (F5).</translation>
    </message>
    <message>
        <source>No package matches “%1”.</source>
        <translation>Kein Paket passt zu „%1“.</translation>
    </message>
    <message>
        <source>No package under “%1” matches “%2”.</source>
        <translation>Kein Paket unter „%1“ passt zu „%2“.</translation>
    </message>
    <message>
        <source>No package can be refunded now: this month&apos;s %1 refunds are used (the count starts again on %2).</source>
        <translation>Derzeit kann kein Paket erstattet werden: Die %1 Erstattungen dieses Monats sind aufgebraucht (die Zählung beginnt am %2 neu).</translation>
    </message>
    <message>
        <source>No package can be refunded now: every cached package is used, expired, from stock or refunded already.</source>
        <translation>Derzeit kann kein Paket erstattet werden: Jedes Paket im Cache ist verbraucht, abgelaufen, aus dem Bestand oder bereits erstattet.</translation>
    </message>
    <message>
        <source>No package is under “%1”.</source>
        <translation>Kein Paket unter „%1“.</translation>
    </message>
    <message>
        <source>No package to show.</source>
        <translation>Kein Paket anzuzeigen.</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Suche löschen</translation>
    </message>
    <message>
        <source>Show all packages</source>
        <translation>Alle Pakete zeigen</translation>
    </message>
</context>
<context>
    <name>ExportFlow</name>
    <message>
        <source>Exporting %1 rows…</source>
        <translation>Exportiere %1 Zeilen…</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Exported %1 rows to %2</source>
        <translation>%1 Zeilen nach %2 exportiert</translation>
    </message>
    <message>
        <source>Could not export to %1. %2</source>
        <translation>Export nach %1 nicht möglich. %2</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files, for scripts (*.csv)</source>
        <translation>CSV-Dateien, für Skripte (*.csv)</translation>
    </message>
</context>
<context>
    <name>FailureText</name>
    <message>
        <source>Gigastore cannot be reached: no connection could be made. Check this computer&apos;s network connection, then try again.</source>
        <translation>Gigastore ist nicht erreichbar: Es konnte keine Verbindung hergestellt werden. Prüfen Sie die Netzwerkverbindung dieses Computers und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Gigastore did not answer in time. Try again in a few minutes.</source>
        <translation>Gigastore hat nicht rechtzeitig geantwortet. Versuchen Sie es in ein paar Minuten erneut.</translation>
    </message>
    <message>
        <source>Gigastore is having trouble: it answered with errors until GigaDesk gave up. Try again in a few minutes.</source>
        <translation>Gigastore hat Probleme: Es antwortete mit Fehlern, bis GigaDesk aufgab. Versuchen Sie es in ein paar Minuten erneut.</translation>
    </message>
    <message>
        <source>Gigastore rejected the Client ID or secret. Check them in Settings.</source>
        <translation>Gigastore hat die Client-ID oder das Secret abgelehnt. Prüfen Sie beides in den Einstellungen.</translation>
    </message>
    <message>
        <source>Gigastore refused: “%1”</source>
        <translation>Gigastore hat abgelehnt: „%1“</translation>
    </message>
    <message>
        <source>Gigastore&apos;s answer could not be read. Try again later; if this persists, Help &gt; Check the Connection makes a report for Gigastore support.</source>
        <translation>Die Antwort von Gigastore konnte nicht gelesen werden. Versuchen Sie es später erneut; bleibt der Fehler, erstellt Hilfe &gt; Verbindung prüfen einen Bericht für den Gigastore-Support.</translation>
    </message>
    <message>
        <source>Gigastore answered with an error. Try again later; if this persists, Help &gt; Check the Connection makes a report for Gigastore support.</source>
        <translation>Gigastore hat mit einem Fehler geantwortet. Versuchen Sie es später erneut; bleibt der Fehler, erstellt Hilfe &gt; Verbindung prüfen einen Bericht für den Gigastore-Support.</translation>
    </message>
    <message>
        <source>Gigastore&apos;s answer was lost on the way, so it is not known whether the request was carried out. Sync (F5) to see the current state.</source>
        <translation>Die Antwort von Gigastore ging unterwegs verloren; ob die Anfrage ausgeführt wurde, ist nicht bekannt. Gleichen Sie ab (F5), um den aktuellen Stand zu sehen.</translation>
    </message>
    <message>
        <source>No Client ID and secret are set. Connect your account in Settings.</source>
        <translation>Es sind keine Client-ID und kein Secret festgelegt. Verbinden Sie Ihr Konto in den Einstellungen.</translation>
    </message>
    <message>
        <source>GigaDesk runs in offline mode, and this needs a connection to Gigastore. Start GigaDesk without --offline.</source>
        <translation>GigaDesk läuft im Offline-Modus, dies braucht aber eine Verbindung zu Gigastore. Starten Sie GigaDesk ohne --offline.</translation>
    </message>
    <message>
        <source>The Gigastore address would send the secret unencrypted. Use an https:// address in Settings.</source>
        <translation>Über die Gigastore-Adresse würde das Secret unverschlüsselt gesendet. Verwenden Sie in den Einstellungen eine https://-Adresse.</translation>
    </message>
    <message>
        <source>The disk is full, so GigaDesk could not save. Nothing saved before was lost; free some space and try again.</source>
        <translation>Der Datenträger ist voll, daher konnte GigaDesk nicht speichern. Bereits Gespeichertes ging nicht verloren; schaffen Sie Platz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>GigaDesk may not write there: the file or its folder is read-only or belongs to another user.</source>
        <translation>GigaDesk darf dort nicht schreiben: Die Datei oder ihr Ordner ist schreibgeschützt oder gehört einem anderen Benutzer.</translation>
    </message>
    <message>
        <source>The history cache on this computer is busy: another GigaDesk may be syncing. Try again in a moment.</source>
        <translation>Der Cache der Historie auf diesem Computer ist belegt: Möglicherweise gleicht gerade ein anderes GigaDesk ab. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The history cache on this computer is damaged. GigaDesk sets it aside at the next start, and the next sync rebuilds it from Gigastore.</source>
        <translation>Der Cache der Historie auf diesem Computer ist beschädigt. GigaDesk legt ihn beim nächsten Start beiseite, und der nächste Abgleich baut ihn aus Gigastore neu auf.</translation>
    </message>
    <message>
        <source>The history cache was written by a newer GigaDesk. Update GigaDesk, or start it with another data folder; the cache was left untouched.</source>
        <translation>Der Cache der Historie wurde von einem neueren GigaDesk geschrieben. Aktualisieren Sie GigaDesk oder starten Sie es mit einem anderen Datenordner; der Cache blieb unverändert.</translation>
    </message>
    <message>
        <source>The history cache on this computer could not be read or written. Restart GigaDesk; if this persists, the details say what failed.</source>
        <translation>Der Cache der Historie auf diesem Computer konnte nicht gelesen oder geschrieben werden. Starten Sie GigaDesk neu; bleibt der Fehler, nennen die Details die Ursache.</translation>
    </message>
    <message>
        <source>The settings could not be saved; the details say why.</source>
        <translation>Die Einstellungen konnten nicht gespeichert werden; die Details nennen den Grund.</translation>
    </message>
    <message>
        <source>GigaDesk cannot create its data folder. Check that the folder can be written, or start GigaDesk with --data-dir.</source>
        <translation>GigaDesk kann seinen Datenordner nicht anlegen. Prüfen Sie, ob der Ordner beschreibbar ist, oder starten Sie GigaDesk mit --data-dir.</translation>
    </message>
    <message>
        <source>A file could not be read or written; the details say which and why.</source>
        <translation>Eine Datei konnte nicht gelesen oder geschrieben werden; die Details nennen, welche und warum.</translation>
    </message>
    <message>
        <source>Gigastore cannot be reached</source>
        <translation>Gigastore ist nicht erreichbar</translation>
    </message>
    <message>
        <source>Gigastore did not answer in time</source>
        <translation>Gigastore hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>Gigastore is having trouble</source>
        <translation>Gigastore hat Probleme</translation>
    </message>
    <message>
        <source>Gigastore rejected the Client ID or secret</source>
        <translation>Gigastore hat die Client-ID oder das Secret abgelehnt</translation>
    </message>
    <message>
        <source>Gigastore refused</source>
        <translation>Gigastore hat abgelehnt</translation>
    </message>
    <message>
        <source>Gigastore&apos;s answer could not be read</source>
        <translation>Die Antwort von Gigastore war nicht lesbar</translation>
    </message>
    <message>
        <source>Gigastore answered with an error</source>
        <translation>Gigastore hat mit einem Fehler geantwortet</translation>
    </message>
    <message>
        <source>Gigastore&apos;s answer was lost</source>
        <translation>Die Antwort von Gigastore ging verloren</translation>
    </message>
    <message>
        <source>No Client ID and secret are set</source>
        <translation>Keine Client-ID und kein Secret festgelegt</translation>
    </message>
    <message>
        <source>GigaDesk runs in offline mode</source>
        <translation>GigaDesk läuft im Offline-Modus</translation>
    </message>
    <message>
        <source>The Gigastore address is not encrypted</source>
        <translation>Die Gigastore-Adresse ist nicht verschlüsselt</translation>
    </message>
    <message>
        <source>The disk is full</source>
        <translation>Der Datenträger ist voll</translation>
    </message>
    <message>
        <source>GigaDesk may not write there</source>
        <translation>GigaDesk darf dort nicht schreiben</translation>
    </message>
    <message>
        <source>The history cache is busy</source>
        <translation>Der Cache der Historie ist belegt</translation>
    </message>
    <message>
        <source>The history cache is damaged</source>
        <translation>Der Cache der Historie ist beschädigt</translation>
    </message>
    <message>
        <source>The history cache is from a newer GigaDesk</source>
        <translation>Der Cache der Historie stammt von einem neueren GigaDesk</translation>
    </message>
    <message>
        <source>The history cache could not be used</source>
        <translation>Der Cache der Historie konnte nicht verwendet werden</translation>
    </message>
    <message>
        <source>The settings could not be saved</source>
        <translation>Die Einstellungen konnten nicht gespeichert werden</translation>
    </message>
    <message>
        <source>The data folder cannot be created</source>
        <translation>Der Datenordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>A file could not be read or written</source>
        <translation>Eine Datei konnte nicht gelesen oder geschrieben werden</translation>
    </message>
    <message>
        <source>The settings file could not be read, so GigaDesk started with the default settings. The old file was kept; the details say where.</source>
        <translation>Die Einstellungsdatei konnte nicht gelesen werden, daher startete GigaDesk mit den Standardeinstellungen. Die alte Datei wurde aufbewahrt; die Details nennen den Ort.</translation>
    </message>
    <message>
        <source>The history cache was damaged and was set aside; the next sync rebuilds it from Gigastore. The details say where the damaged file was kept.</source>
        <translation>Der Cache der Historie war beschädigt und wurde beiseitegelegt; der nächste Abgleich baut ihn aus Gigastore neu auf. Die Details nennen, wo die beschädigte Datei aufbewahrt wird.</translation>
    </message>
    <message>
        <source>GigaDesk cannot start: %1</source>
        <translation>GigaDesk kann nicht starten: %1</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>Purchased</source>
        <translation>Gekauft</translation>
    </message>
    <message>
        <source>Activated (stock)</source>
        <translation>Aktiviert (Lagerbestand)</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <source>Status unknown</source>
        <translation>Status unbekannt</translation>
    </message>
    <message>
        <source>%1 day</source>
        <translation>%1 Tag</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>refunded %1</source>
        <translation>erstattet %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation>abgelaufen am %1</translation>
    </message>
    <message>
        <source>auto-activates by %1</source>
        <translation>startet spätestens %1</translation>
    </message>
    <message>
        <source>under a day left</source>
        <translation>noch unter 1 Tag</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
    <message>
        <source>starts now</source>
        <translation>beginnt sofort</translation>
    </message>
    <message>
        <source>with credits</source>
        <translation>mit Guthaben</translation>
    </message>
    <message>
        <source>from stock</source>
        <translation>aus dem Bestand</translation>
    </message>
    <message>
        <source>With credits</source>
        <translation>Mit Guthaben</translation>
    </message>
    <message>
        <source>From stock</source>
        <translation>Aus dem Bestand</translation>
    </message>
    <message>
        <source>starts on first use</source>
        <translation>beginnt bei der ersten Nutzung</translation>
    </message>
    <message>
        <source>starts on demand</source>
        <translation>beginnt bei Bedarf</translation>
    </message>
    <message>
        <source>Gigastore sent no status for this package.</source>
        <translation>Gigastore hat für dieses Paket keinen Status gesendet.</translation>
    </message>
    <message>
        <source>Status in the Gigastore portal: %1</source>
        <translation>Status im Gigastore-Portal: %1</translation>
    </message>
    <message>
        <source>%1 · starts %2</source>
        <translation>%1 · beginnt: %2</translation>
    </message>
    <message>
        <source>%1 of %2 used</source>
        <translation>%1 von %2 verbraucht</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>vor %1 Min.</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>vor %1 Std.</translation>
    </message>
</context>
<context>
    <name>HistoryColumns</name>
    <message>
        <source>Sold</source>
        <translation>Verkauft</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Verbraucht</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Gültigkeit</translation>
    </message>
    <message>
        <source>Bought</source>
        <translation>Gekauft</translation>
    </message>
    <message>
        <source>Refundable</source>
        <translation>Erstattbar</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
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
        <source>Likely</source>
        <translation>Vermutlich</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation>Gültig bis %1</translation>
    </message>
    <message>
        <source>Every rule GigaDesk can check holds, but the server did not say how this package was bought: Gigastore decides when you refund it.</source>
        <translation>Jede Regel, die GigaDesk prüfen kann, ist erfüllt, aber der Server hat nicht gesagt, wie dieses Paket gekauft wurde: Gigastore entscheidet bei der Erstattung.</translation>
    </message>
    <message>
        <source>Refundable now.</source>
        <translation>Jetzt erstattbar.</translation>
    </message>
    <message>
        <source>E-mail: %1
ICCID: %2</source>
        <translation>E-Mail: %1
ICCID: %2</translation>
    </message>
    <message>
        <source>Retail price %1</source>
        <translation>Verkaufspreis %1</translation>
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
        <source>counting…</source>
        <translation>wird gezählt…</translation>
    </message>
    <message>
        <source>%1 item</source>
        <translation>%1 Eintrag</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 Einträge</translation>
    </message>
    <message>
        <source>counting… of %1 item</source>
        <translation>wird gezählt… von %1 Eintrag</translation>
    </message>
    <message>
        <source>counting… of %1 items</source>
        <translation>wird gezählt… von %1 Einträgen</translation>
    </message>
    <message>
        <source>%1 of %2 item</source>
        <translation>%1 von %2 Eintrag</translation>
    </message>
    <message>
        <source>%1 of %2 items</source>
        <translation>%1 von %2 Einträgen</translation>
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
        <source>%1 package will expire unused within %2 days.</source>
        <translation>%1 Paket läuft innerhalb von %2 Tagen ungenutzt ab.</translation>
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
    <name>RefundDialog</name>
    <message>
        <source>The credits paid for it (amount not known)</source>
        <translation>Das dafür bezahlte Guthaben (Betrag unbekannt)</translation>
    </message>
    <message>
        <source>%1 in credits</source>
        <translation>%1 Guthaben</translation>
    </message>
    <message>
        <source>Refund package</source>
        <translation>Paket erstatten</translation>
    </message>
    <message>
        <source>Refund “%1”?</source>
        <translation>„%1“ erstatten?</translation>
    </message>
    <message>
        <source>%1 go back to your Gigastore account. The customer&apos;s eSIM package stops working. This cannot be undone.</source>
        <translation>%1 gehen an Ihr Gigastore-Konto zurück. Das eSIM-Paket des Kunden funktioniert dann nicht mehr. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Purchase ID: %1</source>
        <translation>Kauf-ID: %1</translation>
    </message>
    <message>
        <source>Sold: %1</source>
        <translation>Verkauft: %1</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>Kunde: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Erstatten</translation>
    </message>
    <message>
        <source>Refund %1</source>
        <translation>%1 erstatten</translation>
    </message>
</context>
<context>
    <name>RefundFlow</name>
    <message>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <source>Not refundable</source>
        <translation>Nicht erstattbar</translation>
    </message>
    <message>
        <source>Gigastore refused the refund</source>
        <translation>Gigastore hat die Erstattung abgelehnt</translation>
    </message>
    <message>
        <source>Refund outcome unknown</source>
        <translation>Ergebnis der Erstattung unbekannt</translation>
    </message>
    <message>
        <source>Gigastore refused the refund: “%1”</source>
        <translation>Gigastore hat die Erstattung abgelehnt: „%1“</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Refunded %1 (%2).</source>
        <translation>%1 (%2) erstattet.</translation>
    </message>
    <message>
        <source>%1 in credits go back to your account.</source>
        <translation>%1 Guthaben gehen an Ihr Konto zurück.</translation>
    </message>
    <message>
        <source>It is not known whether the refund of %1 (%2) went through: Gigastore&apos;s answer did not arrive or could not be read. GigaDesk sends it again only when you say so: check it with Check… in the banner, or choose Refund on this package once more.</source>
        <translation>Es ist nicht bekannt, ob die Erstattung von %1 (%2) durchgegangen ist: Die Antwort von Gigastore kam nicht an oder war nicht lesbar. GigaDesk sendet sie nur dann erneut, wenn Sie es sagen: Prüfen Sie sie mit „Prüfen…“ im Hinweisbalken, oder wählen Sie für dieses Paket noch einmal Erstatten.</translation>
    </message>
    <message>
        <source>Refunded %1.</source>
        <translation>%1 erstattet.</translation>
    </message>
    <message>
        <source>It is not known whether the refund of %1 went through. GigaDesk sends it again only when you say so: check it with Check… in the banner.</source>
        <translation>Es ist nicht bekannt, ob die Erstattung von %1 durchgegangen ist. GigaDesk sendet sie nur dann erneut, wenn Sie es sagen: Prüfen Sie sie mit „Prüfen…“ im Banner.</translation>
    </message>
    <message>
        <source>Read back: status %1.</source>
        <translation>Erneut abgefragt: Status %1.</translation>
    </message>
    <message>
        <source>A refund is under way.</source>
        <translation>Eine Erstattung läuft gerade.</translation>
    </message>
    <message>
        <source>Select a sale to refund it.</source>
        <translation>Wählen Sie einen Verkauf, um ihn zu erstatten.</translation>
    </message>
    <message>
        <source>Refunds need a Gigastore account: connect it in Settings.</source>
        <translation>Erstattungen brauchen ein Gigastore-Konto: Verbinden Sie es in den Einstellungen.</translation>
    </message>
    <message>
        <source>Cannot refund: %1</source>
        <translation>Erstattung nicht möglich: %1</translation>
    </message>
    <message>
        <source>Refund %1: %2 in credits come back (Ctrl+Shift+R)</source>
        <translation>%1 erstatten: %2 Guthaben kommen zurück (Strg+Umschalt+R)</translation>
    </message>
    <message>
        <source>Refund %1 (Ctrl+Shift+R)</source>
        <translation>%1 erstatten (Strg+Umschalt+R)</translation>
    </message>
    <message>
        <source>Refund cancelled; nothing was sent.</source>
        <translation>Erstattung abgebrochen; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Refunding %1 (%2)…</source>
        <translation>Erstatte %1 (%2)…</translation>
    </message>
    <message>
        <source>The refund of %1 was not sent: %2
Nothing reached Gigastore; you can try again once this is resolved.</source>
        <translation>Die Erstattung von %1 wurde nicht gesendet: %2
Nichts hat Gigastore erreicht; Sie können es erneut versuchen, sobald das behoben ist.</translation>
    </message>
    <message>
        <source>Refund not sent</source>
        <translation>Erstattung nicht gesendet</translation>
    </message>
    <message>
        <source>Refund not sent; nothing reached Gigastore.</source>
        <translation>Erstattung nicht gesendet; nichts hat Gigastore erreicht.</translation>
    </message>
    <message>
        <source>The earlier refund could not be checked</source>
        <translation>Die frühere Erstattung konnte nicht geprüft werden</translation>
    </message>
    <message>
        <source>Checking the earlier refund of %1…</source>
        <translation>Die frühere Erstattung von %1 wird geprüft…</translation>
    </message>
    <message>
        <source>Send the refund again? If the first request went through, Gigastore may refund the package twice or refuse it.</source>
        <translation>Die Erstattung erneut senden? Wenn die erste Anfrage durchging, erstattet Gigastore das Paket womöglich doppelt oder lehnt ab.</translation>
    </message>
    <message>
        <source>Nothing was sent again.</source>
        <translation>Nichts wurde erneut gesendet.</translation>
    </message>
    <message>
        <source>Sending the refund of %1 again…</source>
        <translation>Die Erstattung von %1 wird erneut gesendet…</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>&amp;Copy Report</source>
        <translation>Bericht &amp;kopieren</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>SecretPlace</name>
    <message>
        <source>The Client Secret is kept in the macOS Keychain.</source>
        <translation>Das Client Secret wird im macOS-Schlüsselbund aufbewahrt.</translation>
    </message>
    <message>
        <source>The Client Secret is kept in Windows Credential Manager.</source>
        <translation>Das Client Secret wird in der Windows-Anmeldeinformationsverwaltung aufbewahrt.</translation>
    </message>
    <message>
        <source>The Client Secret is kept in the system&apos;s keychain (%1).</source>
        <translation>Das Client Secret wird im Schlüsselbund des Systems aufbewahrt (%1).</translation>
    </message>
    <message>
        <source>The Client Secret is kept in a file only you can read: %1</source>
        <translation>Das Client Secret wird in einer Datei aufbewahrt, die nur Sie lesen können: %1</translation>
    </message>
    <message>
        <source>The Client Secret comes from the environment (%1).</source>
        <translation>Das Client Secret kommt aus der Umgebung (%1).</translation>
    </message>
    <message>
        <source>The Client Secret is kept for this session only: no keychain was found.</source>
        <translation>Das Client Secret gilt nur für diese Sitzung: Es wurde kein Schlüsselbund gefunden.</translation>
    </message>
    <message>
        <source>The Client Secret is kept for this session only, as you chose.</source>
        <translation>Das Client Secret gilt wie gewählt nur für diese Sitzung.</translation>
    </message>
    <message>
        <source>The Client Secret is kept for this session only: the keychain did not accept it.</source>
        <translation>Das Client Secret gilt nur für diese Sitzung: Der Schlüsselbund hat es nicht angenommen.</translation>
    </message>
    <message>
        <source>The Client Secret is kept for this session only: the file %1 could not be written.</source>
        <translation>Das Client Secret gilt nur für diese Sitzung: Die Datei %1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The Client Secret is kept in the system keychain.</source>
        <translation>Das Client Secret wird im Schlüsselbund des Systems aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Gigastore account</source>
        <translation>Gigastore-Konto</translation>
    </message>
    <message>
        <source>Refunds and refresh</source>
        <translation>Erstattungen und Aktualisierung</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source> per month</source>
        <translation> pro Monat</translation>
    </message>
    <message>
        <source>Monthly refund limit:</source>
        <translation>Monatliches Erstattungslimit:</translation>
    </message>
    <message>
        <source>Gigastore does not publish the limit. Enter the one your account manager gave you; GigaDesk then blocks refunds once the month&apos;s are used up.</source>
        <translation>Gigastore veröffentlicht das Limit nicht. Geben Sie das Limit ein, das Ihnen Ihr Account-Manager genannt hat; GigaDesk sperrt dann Erstattungen, sobald die des Monats aufgebraucht sind.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Refresh every:</source>
        <translation>Aktualisieren alle:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>A new language applies the next time GigaDesk starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von GigaDesk.</translation>
    </message>
    <message>
        <source>Learned from this server</source>
        <translation>Von diesem Server gelernt</translation>
    </message>
    <message>
        <source>&amp;Forget What Was Learned</source>
        <translation>Gelerntes &amp;vergessen</translation>
    </message>
    <message>
        <source>Forgotten: learned again, safely, when next needed</source>
        <translation>Vergessen: wird bei Bedarf wieder sicher gelernt</translation>
    </message>
    <message>
        <source>not learned yet</source>
        <translation>noch nicht gelernt</translation>
    </message>
    <message>
        <source>used by a refund</source>
        <translation>von einer Erstattung verwendet</translation>
    </message>
    <message>
        <source>found by a safe probe</source>
        <translation>durch eine sichere Abfrage gefunden</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>a calendar month</source>
        <translation>ein Kalendermonat</translation>
    </message>
    <message>
        <source>Refund route:</source>
        <translation>Erstattungsroute:</translation>
    </message>
    <message>
        <source>Date format:</source>
        <translation>Datumsformat:</translation>
    </message>
    <message>
        <source>Longest window:</source>
        <translation>Längstes Zeitfenster:</translation>
    </message>
    <message>
        <source>Items with a status:</source>
        <translation>Einträge mit Status:</translation>
    </message>
    <message>
        <source>Server version:</source>
        <translation>Serverversion:</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop the sync; what was read so far is kept</source>
        <translation>Den Abgleich anhalten; bisher Gelesenes bleibt erhalten</translation>
    </message>
    <message>
        <source>Using Gigastore&apos;s clock</source>
        <translation>Uhrzeit von Gigastore wird verwendet</translation>
    </message>
    <message>
        <source>History never synced</source>
        <translation>Historie nie abgeglichen</translation>
    </message>
    <message>
        <source>History as of %1</source>
        <translation>Historie vom Stand %1</translation>
    </message>
    <message>
        <source>Last sync finished %1</source>
        <translation>Letzter Abgleich beendet: %1</translation>
    </message>
    <message>
        <source>Syncing: %1 items</source>
        <translation>Abgleich: %1 Einträge</translation>
    </message>
    <message>
        <source>%1 of %2 months read, %3 items</source>
        <translation>%1 von %2 Monaten gelesen, %3 Einträge</translation>
    </message>
    <message>
        <source>Waiting %1 s: Gigastore asked to slow down</source>
        <translation>Warte %1 s: Gigastore bat um weniger Anfragen</translation>
    </message>
    <message>
        <source>Waiting %1 s: Gigastore did not answer properly</source>
        <translation>Warte %1 s: Gigastore antwortete nicht richtig</translation>
    </message>
</context>
<context>
    <name>SyncFlow</name>
    <message>
        <source>Sync cancelled; the months read so far are kept.</source>
        <translation>Abgleich abgebrochen; die bisher gelesenen Monate bleiben erhalten.</translation>
    </message>
</context>
<context>
    <name>Unsettled</name>
    <message>
        <source>%1 refund has an unknown outcome (%2): its answer was lost, or GigaDesk stopped while waiting for it. Nothing more is sent for it until it is checked.</source>
        <translation>%1 Erstattung hat ein unbekanntes Ergebnis (%2): Die Antwort ging verloren, oder GigaDesk wurde beim Warten darauf beendet. Bis sie geprüft ist, wird dafür nichts mehr gesendet.</translation>
    </message>
    <message>
        <source>%1 refunds have an unknown outcome (%2): their answers were lost, or GigaDesk stopped while waiting for them. Nothing more is sent for them until they are checked.</source>
        <translation>%1 Erstattungen haben ein unbekanntes Ergebnis (%2): Die Antworten gingen verloren, oder GigaDesk wurde beim Warten darauf beendet. Bis sie geprüft sind, wird dafür nichts mehr gesendet.</translation>
    </message>
    <message>
        <source>Check…</source>
        <translation>Prüfen…</translation>
    </message>
</context>
<context>
    <name>VerdictText</name>
    <message>
        <source>Refunded on %1</source>
        <translation>Erstattet am %1</translation>
    </message>
    <message>
        <source>Already refunded</source>
        <translation>Bereits erstattet</translation>
    </message>
    <message>
        <source>Bought with credits</source>
        <translation>Mit Guthaben gekauft</translation>
    </message>
    <message>
        <source>From inventory stock</source>
        <translation>Aus dem Lagerbestand</translation>
    </message>
    <message>
        <source>Still valid</source>
        <translation>Noch gültig</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Expiry date unknown</source>
        <translation>Ablaufdatum unbekannt</translation>
    </message>
    <message>
        <source>Unused</source>
        <translation>Ungenutzt</translation>
    </message>
    <message>
        <source>Data used</source>
        <translation>Daten verbraucht</translation>
    </message>
    <message>
        <source>Data allowance unknown</source>
        <translation>Datenvolumen unbekannt</translation>
    </message>
    <message>
        <source>Monthly refund limit</source>
        <translation>Monatliches Erstattungslimit</translation>
    </message>
    <message>
        <source>Monthly limit reached</source>
        <translation>Monatslimit erreicht</translation>
    </message>
    <message>
        <source>Contradictory data</source>
        <translation>Widersprüchliche Daten</translation>
    </message>
    <message>
        <source>The credits went back to your account; a package is refunded once.</source>
        <translation>Das Guthaben ging auf Ihr Konto zurück; ein Paket wird nur einmal erstattet.</translation>
    </message>
    <message>
        <source>This package was already refunded.</source>
        <translation>Dieses Paket wurde bereits erstattet.</translation>
    </message>
    <message>
        <source>This package was already refunded on %1.</source>
        <translation>Dieses Paket wurde bereits am %1 erstattet.</translation>
    </message>
    <message>
        <source>The server did not say how this package was bought; it has the final word on whether it was bought with credits.</source>
        <translation>Der Server hat nicht angegeben, wie dieses Paket gekauft wurde; er entscheidet letztlich, ob es mit Guthaben gekauft wurde.</translation>
    </message>
    <message>
        <source>%1 left of a %2 package.</source>
        <translation>%1 übrig von einem Paket mit %2.</translation>
    </message>
    <message>
        <source>A refund date (%1) on a package not marked refunded.</source>
        <translation>Ein Erstattungsdatum (%1) bei einem Paket, das nicht als erstattet gilt.</translation>
    </message>
    <message>
        <source>The server&apos;s data contradicts itself: %1</source>
        <translation>Die Daten des Servers widersprechen sich: %1</translation>
    </message>
    <message>
        <source>The monthly refund limit is unknown (%1 refunded this month); the server may still refuse.</source>
        <translation>Das monatliche Erstattungslimit ist unbekannt (%1 diesen Monat erstattet); der Server kann trotzdem ablehnen.</translation>
    </message>
    <message>
        <source>%1 refunded this month; limit unknown.</source>
        <translation>%1 diesen Monat erstattet; Limit unbekannt.</translation>
    </message>
    <message>
        <source>This month&apos;s refunds are used up (%1 of %2).</source>
        <translation>Die Erstattungen dieses Monats sind aufgebraucht (%1 von %2).</translation>
    </message>
    <message>
        <source>%1 of %2 used this month.</source>
        <translation>%1 von %2 diesen Monat genutzt.</translation>
    </message>
    <message>
        <source>This package came from inventory stock (status Activated), so it cannot be refunded here. Open a support ticket with Gigastore quoting Purchase ID %1.</source>
        <translation>Dieses Paket stammt aus dem Lagerbestand (Status Aktiviert) und kann daher hier nicht erstattet werden. Eröffnen Sie ein Support-Ticket bei Gigastore mit der Kauf-ID %1.</translation>
    </message>
    <message>
        <source>Status unknown: the server will decide.</source>
        <translation>Status unbekannt: Der Server entscheidet.</translation>
    </message>
    <message>
        <source>Bought directly with credits (Purchased).</source>
        <translation>Direkt mit Guthaben gekauft (Gekauft).</translation>
    </message>
    <message>
        <source>The expiry date is unknown.</source>
        <translation>Das Ablaufdatum ist unbekannt.</translation>
    </message>
    <message>
        <source>Expired on %1.</source>
        <translation>Abgelaufen am %1.</translation>
    </message>
    <message>
        <source>Active since %1 at the latest (auto-activation deadline); valid until %2 at the latest.</source>
        <translation>Aktiv spätestens seit %1 (Frist der automatischen Aktivierung); gültig spätestens bis %2.</translation>
    </message>
    <message>
        <source>Not yet active; auto-activates by %1.</source>
        <translation>Noch nicht aktiv; wird spätestens am %1 automatisch aktiviert.</translation>
    </message>
    <message>
        <source>Valid until %1.</source>
        <translation>Gültig bis %1.</translation>
    </message>
    <message>
        <source>The data allowance is unknown.</source>
        <translation>Das Datenvolumen ist unbekannt.</translation>
    </message>
    <message>
        <source>%1 of %2 already used.</source>
        <translation>%1 von %2 bereits verbraucht.</translation>
    </message>
    <message>
        <source>Full %1 left.</source>
        <translation>Volle %1 übrig.</translation>
    </message>
</context>
<context>
    <name>WelcomeView</name>
    <message>
        <source>Welcome to GigaDesk</source>
        <translation>Willkommen bei GigaDesk</translation>
    </message>
    <message>
        <source>Your eSIM sales history, offline browsing and safe refunds in one window.</source>
        <translation>Ihre eSIM-Verkaufshistorie, Offline-Ansicht und sichere Erstattungen in einem Fenster.</translation>
    </message>
    <message>
        <source>Connect your Gigastore account</source>
        <translation>Gigastore-Konto verbinden</translation>
    </message>
    <message>
        <source>Use the Client ID and Client Secret from the API page of the reseller portal.</source>
        <translation>Verwenden Sie die Client-ID und das Client Secret von der API-Seite des Reseller-Portals.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Demo ausprobieren</translation>
    </message>
    <message>
        <source>Explore GigaDesk with made-up sales from a demo server on this computer. No account needed; nothing is sent anywhere.</source>
        <translation>Lernen Sie GigaDesk mit erfundenen Verkäufen von einem Demo-Server auf diesem Computer kennen. Kein Konto nötig; es wird nichts verschickt.</translation>
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
        <source>Save the selected rows as an Excel workbook or a CSV file (Ctrl+Shift+E)</source>
        <translation>Ausgewählte Zeilen als Excel-Arbeitsmappe oder CSV-Datei speichern (Strg+Umschalt+E)</translation>
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
        <source>Export the selected rows</source>
        <translation>Ausgewählte Zeilen exportieren</translation>
    </message>
    <message>
        <source>Exported %1 selected rows to %2</source>
        <translation>%1 ausgewählte Zeilen nach %2 exportiert</translation>
    </message>
</context>
</TS>
