<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AccountFlow</name>
    <message>
        <source>Demo not started</source>
        <translation>La demo no se inició</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Ajustes no guardados</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Ajustes guardados.</translation>
    </message>
    <message>
        <source>Checking the connection…</source>
        <translation>Comprobando la conexión…</translation>
    </message>
    <message>
        <source>Connection not checked</source>
        <translation>Conexión no comprobada</translation>
    </message>
    <message>
        <source>Reset the demo?</source>
        <translation>¿Restablecer la demo?</translation>
    </message>
    <message>
        <source>The demo starts over with a fresh sales history: the refunds made in the demo are forgotten. Your own account is not touched.</source>
        <translation>La demo empieza de nuevo con un historial de ventas nuevo: se olvidan los reembolsos hechos en la demo. Su propia cuenta no se toca.</translation>
    </message>
    <message>
        <source>Reset Demo</source>
        <translation>Restablecer la demo</translation>
    </message>
    <message>
        <source>Demo not reset</source>
        <translation>Demo no restablecida</translation>
    </message>
    <message>
        <source>The demo starts over.</source>
        <translation>La demo empieza de nuevo.</translation>
    </message>
    <message>
        <source>GigaDesk %1
Sales history, offline browsing and safe refunds for Gigastore eSIM resellers.</source>
        <translation>GigaDesk %1
Historial de ventas, consulta sin conexión y reembolsos seguros para revendedores de eSIM de Gigastore.</translation>
    </message>
    <message>
        <source>About GigaDesk</source>
        <translation>Acerca de GigaDesk</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Sync the sales history with Gigastore now (F5)</source>
        <translation>Sincronizar ahora el historial de ventas con Gigastore (F5)</translation>
    </message>
    <message>
        <source>Re&amp;fund…</source>
        <translation>&amp;Reembolsar…</translation>
    </message>
    <message>
        <source>Refund the selected package (Ctrl+Shift+R)</source>
        <translation>Reembolsar el paquete seleccionado (Ctrl+Mayús+R)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Save the rows shown as an Excel workbook or a CSV file (Ctrl+E)</source>
        <translation>Guardar las filas mostradas como libro de Excel o archivo CSV (Ctrl+E)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>A&amp;justes…</translation>
    </message>
    <message>
        <source>Account, refund limit and refresh interval</source>
        <translation>Cuenta, límite de reembolsos e intervalo de actualización</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Quit GigaDesk</source>
        <translation>Salir de GigaDesk</translation>
    </message>
    <message>
        <source>&amp;About GigaDesk</source>
        <translation>A&amp;cerca de GigaDesk</translation>
    </message>
    <message>
        <source>&amp;Cancel Sync</source>
        <translation>&amp;Cancelar sincronización</translation>
    </message>
    <message>
        <source>Stop the running sync</source>
        <translation>Detener la sincronización en curso</translation>
    </message>
    <message>
        <source>Copy &amp;Purchase ID</source>
        <translation>Copiar &amp;ID de compra</translation>
    </message>
    <message>
        <source>Copy the Purchase ID</source>
        <translation>Copiar el ID de compra</translation>
    </message>
    <message>
        <source>Copy Support &amp;Ticket Text</source>
        <translation>Copiar texto del &amp;ticket de soporte</translation>
    </message>
    <message>
        <source>Copy a support request quoting the Purchase ID</source>
        <translation>Copiar una solicitud de soporte con el ID de compra</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Search the history (Ctrl+F)</source>
        <translation>Buscar en el historial (Ctrl+F)</translation>
    </message>
    <message>
        <source>Check the &amp;Connection…</source>
        <translation>Comprobar la &amp;conexión…</translation>
    </message>
    <message>
        <source>Learn what the Gigastore server speaks, with safe requests only</source>
        <translation>Averiguar qué habla el servidor de Gigastore, solo con peticiones seguras</translation>
    </message>
    <message>
        <source>&amp;Reset Demo…</source>
        <translation>&amp;Restablecer la demo…</translation>
    </message>
    <message>
        <source>Start the demo over: a fresh history, its refunds forgotten</source>
        <translation>Empezar la demo de nuevo: un historial nuevo, sus reembolsos olvidados</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Sale</source>
        <translation>V&amp;enta</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
</context>
<context>
    <name>AppWindow</name>
    <message>
        <source> (demo)</source>
        <translation> (demo)</translation>
    </message>
    <message>
        <source>Export the rows shown</source>
        <translation>Exportar las filas mostradas</translation>
    </message>
    <message>
        <source>Synced %1 item in %2 s.</source>
        <translation>%1 elemento sincronizado en %2 s.</translation>
    </message>
    <message>
        <source>Synced %1 items in %2 s.</source>
        <translation>%1 elementos sincronizados en %2 s.</translation>
    </message>
    <message>
        <source>%1 item could not be read and was skipped.</source>
        <translation>%1 elemento no se pudo leer y se omitió.</translation>
    </message>
    <message>
        <source>%1 items could not be read and were skipped.</source>
        <translation>%1 elementos no se pudieron leer y se omitieron.</translation>
    </message>
    <message>
        <source>Sync stopped: %1</source>
        <translation>Sincronización detenida: %1</translation>
    </message>
    <message>
        <source>Reading the history failed: %1</source>
        <translation>No se pudo leer el historial: %1</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Nothing has been synced yet</source>
        <translation>Aún no se ha sincronizado nada</translation>
    </message>
    <message>
        <source>The history shown is from the last sync (%1)</source>
        <translation>El historial mostrado es de la última sincronización (%1)</translation>
    </message>
    <message>
        <source>Offline: %1 %2; refunds need a connection.</source>
        <translation>Sin conexión: %1 %2; los reembolsos necesitan conexión.</translation>
    </message>
    <message>
        <source>Offline: Gigastore cannot be reached. %1; refunds need a connection.</source>
        <translation>Sin conexión: no se puede acceder a Gigastore. %1; los reembolsos necesitan conexión.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Offline mode: no network is used. %1; refunds need a connection.</source>
        <translation>Modo sin conexión: no se usa la red. %1; los reembolsos necesitan conexión.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>%1 %2.</source>
        <translation>%1 %2.</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Ajustes…</translation>
    </message>
</context>
<context>
    <name>BulkRefund</name>
    <message>
        <source>Refunded</source>
        <translation>Reembolsado</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>No enviado</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
</context>
<context>
    <name>BulkRefundDialog</name>
    <message>
        <source>Refund selected packages</source>
        <translation>Reembolsar los paquetes seleccionados</translation>
    </message>
    <message>
        <source>Refund %1 package?</source>
        <translation>¿Reembolsar %1 paquete?</translation>
    </message>
    <message>
        <source>Refund %1 packages?</source>
        <translation>¿Reembolsar %1 paquetes?</translation>
    </message>
    <message>
        <source>Packages to refund</source>
        <translation>Paquetes a reembolsar</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paquete</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Créditos</translation>
    </message>
    <message>
        <source>Will be</source>
        <translation>Será</translation>
    </message>
    <message>
        <source>Purchase ID</source>
        <translation>ID de compra</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Reembolsado</translation>
    </message>
    <message>
        <source>Not sent: over this month&apos;s limit</source>
        <translation>No enviado: supera el límite de este mes</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>No enviado: %1</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <source>This month&apos;s limit allows %1 refund: untick another package first.</source>
        <translation>El límite de este mes permite %1 reembolso: desmarque antes otro paquete.</translation>
    </message>
    <message>
        <source>This month&apos;s limit allows %1 refunds: untick another package first.</source>
        <translation>El límite de este mes permite %1 reembolsos: desmarque antes otro paquete.</translation>
    </message>
    <message>
        <source>Refund %1</source>
        <translation>Reembolsar %1</translation>
    </message>
    <message>
        <source>Not sent: not ticked</source>
        <translation>No enviado: sin marcar</translation>
    </message>
    <message>
        <source>%1 in credits go back to your account.</source>
        <translation>%1 en créditos vuelven a su cuenta.</translation>
    </message>
    <message>
        <source>The monthly refund limit is unknown; Gigastore may refuse some.</source>
        <translation>El límite mensual de reembolsos es desconocido; Gigastore puede rechazar algunos.</translation>
    </message>
    <message>
        <source>This month&apos;s limit allows %1 more refund.</source>
        <translation>El límite de este mes permite %1 reembolso más.</translation>
    </message>
    <message>
        <source>This month&apos;s limit allows %1 more refunds.</source>
        <translation>El límite de este mes permite %1 reembolsos más.</translation>
    </message>
    <message>
        <source>%1 refundable package is over the limit and will not be sent.</source>
        <translation>%1 paquete reembolsable supera el límite y no se enviará.</translation>
    </message>
    <message>
        <source>%1 refundable packages are over the limit and will not be sent.</source>
        <translation>%1 paquetes reembolsables superan el límite y no se enviarán.</translation>
    </message>
    <message>
        <source>%1 selected package cannot be refunded.</source>
        <translation>%1 paquete seleccionado no se puede reembolsar.</translation>
    </message>
    <message>
        <source>%1 selected packages cannot be refunded.</source>
        <translation>%1 paquetes seleccionados no se pueden reembolsar.</translation>
    </message>
    <message>
        <source>The refunds are sent one after another. The customers&apos; eSIM packages stop working. This cannot be undone.</source>
        <translation>Los reembolsos se envían uno tras otro. Los paquetes eSIM de los clientes dejan de funcionar. No se puede deshacer.</translation>
    </message>
</context>
<context>
    <name>BulkRefundFlow</name>
    <message>
        <source>Bulk refund cancelled; nothing was sent.</source>
        <translation>Reembolso múltiple cancelado; no se envió nada.</translation>
    </message>
    <message>
        <source>Stopped before it was sent.</source>
        <translation>Detenido antes de enviarse.</translation>
    </message>
    <message>
        <source>Refunding %1 of %2: %3…</source>
        <translation>Reembolsando %1 de %2: %3…</translation>
    </message>
    <message>
        <source>Over this month&apos;s refund limit.</source>
        <translation>Supera el límite de reembolsos de este mes.</translation>
    </message>
    <message>
        <source>Not ticked.</source>
        <translation>Sin marcar.</translation>
    </message>
    <message>
        <source>Bulk refund: %1 of %2 refunded.</source>
        <translation>Reembolso múltiple: %1 de %2 reembolsados.</translation>
    </message>
</context>
<context>
    <name>BulkResultDialog</name>
    <message>
        <source>Bulk refund results</source>
        <translation>Resultados del reembolso múltiple</translation>
    </message>
    <message>
        <source>%1 of %2 package was refunded.</source>
        <translation>Se reembolsó %1 de %2 paquete.</translation>
    </message>
    <message>
        <source>%1 of %2 packages were refunded.</source>
        <translation>Se reembolsaron %1 de %2 paquetes.</translation>
    </message>
    <message>
        <source>Refund results</source>
        <translation>Resultados de los reembolsos</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paquete</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Purchase ID</source>
        <translation>ID de compra</translation>
    </message>
</context>
<context>
    <name>ChartBox</name>
    <message>
        <source>Use the arrow keys to read each value.</source>
        <translation>Use las flechas para leer cada valor.</translation>
    </message>
</context>
<context>
    <name>ColumnsMenu</name>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Columnas</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>Not connected</source>
        <translation>No conectado</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Offline mode</source>
        <translation>Modo sin conexión</translation>
    </message>
    <message>
        <source>Credentials rejected</source>
        <translation>Credenciales rechazadas</translation>
    </message>
    <message>
        <source>Refunds need a Gigastore account: connect it in Settings.</source>
        <translation>Los reembolsos necesitan una cuenta de Gigastore: conéctela en Ajustes.</translation>
    </message>
    <message>
        <source>Refunds need a connection: still connecting to Gigastore.</source>
        <translation>Los reembolsos necesitan conexión: aún se está conectando con Gigastore.</translation>
    </message>
    <message>
        <source>Refunds need a connection to Gigastore, which cannot be reached right now.</source>
        <translation>Los reembolsos necesitan conexión con Gigastore, al que ahora no se puede acceder.</translation>
    </message>
    <message>
        <source>Refunds need a connection: GigaDesk runs in offline mode.</source>
        <translation>Los reembolsos necesitan conexión: GigaDesk funciona en modo sin conexión.</translation>
    </message>
    <message>
        <source>Refunds need valid credentials: Gigastore rejected them (check Settings).</source>
        <translation>Los reembolsos necesitan credenciales válidas: Gigastore las rechazó (revise los Ajustes).</translation>
    </message>
</context>
<context>
    <name>ConnectionCheck</name>
    <message>
        <source>Gigastore answers and accepts the credentials, but some checks found problems: the lines marked PROBLEM say which.</source>
        <translation>Gigastore responde y acepta las credenciales, pero algunas comprobaciones encontraron problemas: las líneas marcadas con PROBLEM indican cuáles.</translation>
    </message>
    <message>
        <source>Gigastore answers and accepts the credentials.</source>
        <translation>Gigastore responde y acepta las credenciales.</translation>
    </message>
    <message>
        <source>Connection Check</source>
        <translation>Comprobación de la conexión</translation>
    </message>
    <message>
        <source>GigaDesk looked at the server with safe requests only; no refund was sent. What it learned is used from now on. The report holds no secret, token or customer data: copy it for Gigastore support.</source>
        <translation>GigaDesk examinó el servidor solo con peticiones seguras; no se envió ningún reembolso. Lo aprendido se usa a partir de ahora. El informe no contiene ningún secreto, token ni dato de clientes: cópielo para el soporte de Gigastore.</translation>
    </message>
</context>
<context>
    <name>ConnectionForm</name>
    <message>
        <source>Enter the Client ID from the reseller portal&apos;s API page.</source>
        <translation>Introduzca el Client ID de la página API del portal de revendedores.</translation>
    </message>
    <message>
        <source>Enter the Client Secret from the reseller portal&apos;s API page.</source>
        <translation>Introduzca el Client Secret de la página API del portal de revendedores.</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client ID</translation>
    </message>
    <message>
        <source>unchanged (stored)</source>
        <translation>sin cambios (guardado)</translation>
    </message>
    <message>
        <source>Client Secret</source>
        <translation>Client Secret</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>Client ID:</translation>
    </message>
    <message>
        <source>Client Secret:</source>
        <translation>Client Secret:</translation>
    </message>
    <message>
        <source>Base URL:</source>
        <translation>URL base:</translation>
    </message>
    <message>
        <source>Keep the secret in a private file on this computer</source>
        <translation>Guardar el secreto en un archivo privado</translation>
    </message>
    <message>
        <source>No keychain was found. Without this, you enter the secret again at each start.</source>
        <translation>No se encontró ningún llavero. Sin esta opción, tendrá que introducir el secreto en cada inicio.</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar conexión</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Probando…</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>A refund is under way; try again when it has finished.</source>
        <translation>Hay un reembolso en curso; vuelva a intentarlo cuando haya terminado.</translation>
    </message>
    <message>
        <source>Connect a Gigastore account first (File &gt; Settings).</source>
        <translation>Conecte primero una cuenta de Gigastore (Archivo &gt; Ajustes).</translation>
    </message>
    <message>
        <source>Enter the Client Secret.</source>
        <translation>Introduzca el Client Secret.</translation>
    </message>
    <message>
        <source>Gigastore rejected this Client ID and secret.</source>
        <translation>Gigastore rechazó este Client ID y este secreto.</translation>
    </message>
    <message>
        <source>Connected (Gigastore API %1).</source>
        <translation>Conectado (API de Gigastore %1).</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>GigaDesk met an unexpected error</source>
        <translation>GigaDesk encontró un error inesperado</translation>
    </message>
    <message>
        <source>Something went wrong inside GigaDesk. Your history and settings are safe. Please send this report to support (it holds no secret or token).</source>
        <translation>Algo salió mal dentro de GigaDesk. Su historial y sus ajustes están a salvo. Envíe este informe al soporte (no contiene ningún secreto ni token).</translation>
    </message>
    <message>
        <source>It was saved as %1.</source>
        <translation>Se guardó como %1.</translation>
    </message>
</context>
<context>
    <name>CurrentStatus</name>
    <message>
        <source>No package selected</source>
        <translation>Ningún paquete seleccionado</translation>
    </message>
    <message>
        <source>Select a row to see the package and refund it.</source>
        <translation>Seleccione una fila para ver el paquete y reembolsarlo.</translation>
    </message>
    <message>
        <source>%1 (Purchase ID %2) · %3</source>
        <translation>%1 (ID de compra %2) · %3</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Packages sold per month</source>
        <translation>Paquetes vendidos por mes</translation>
    </message>
    <message>
        <source>Credits spent per month</source>
        <translation>Créditos gastados por mes</translation>
    </message>
    <message>
        <source>Refunds per month</source>
        <translation>Reembolsos por mes</translation>
    </message>
    <message>
        <source>Packages by state</source>
        <translation>Paquetes por estado</translation>
    </message>
    <message>
        <source>Refunds per month, against the monthly limit</source>
        <translation>Reembolsos por mes, frente al límite mensual</translation>
    </message>
    <message>
        <source>Packages by state, now</source>
        <translation>Paquetes por estado, ahora</translation>
    </message>
    <message>
        <source>Packages expiring unused</source>
        <translation>Paquetes que caducan sin usar</translation>
    </message>
    <message>
        <source>Press Enter or double-click to show a package in the history.</source>
        <translation>Pulse Intro o haga doble clic para ver un paquete en el historial.</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paquete</translation>
    </message>
    <message>
        <source>Validity ends</source>
        <translation>Fin de validez</translation>
    </message>
    <message>
        <source>Refundable</source>
        <translation>Reembolsable</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Créditos</translation>
    </message>
    <message>
        <source>Customer / ICCID</source>
        <translation>Cliente / ICCID</translation>
    </message>
    <message>
        <source>Purchase ID</source>
        <translation>ID de compra</translation>
    </message>
    <message>
        <source>The dashboard could not be read: %1</source>
        <translation>No se pudo leer el panel: %1</translation>
    </message>
    <message>
        <source>The dashboard shows the cached history once it is read.</source>
        <translation>El panel muestra el historial guardado en cuanto se lee.</translation>
    </message>
    <message>
        <source>Packages sold</source>
        <translation>Paquetes vendidos</translation>
    </message>
    <message>
        <source>limit %1 a month</source>
        <translation>límite %1 al mes</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Reembolsos</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Not yet active</source>
        <translation>Aún no activo</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducado</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Reembolsado</translation>
    </message>
    <message>
        <source>%1 package in the cache.</source>
        <translation>%1 paquete en la caché.</translation>
    </message>
    <message>
        <source>%1 packages in the cache.</source>
        <translation>%1 paquetes guardados.</translation>
    </message>
    <message>
        <source>This month: %1 sold</source>
        <translation>Este mes: %1 vendidos</translation>
    </message>
    <message>
        <source> for %1</source>
        <translation> por %1</translation>
    </message>
    <message>
        <source>%1 refund this month (limit unknown).</source>
        <translation>%1 reembolso este mes (límite desconocido).</translation>
    </message>
    <message>
        <source>%1 refunds this month (limit unknown).</source>
        <translation>%1 reembolsos este mes (límite desconocido).</translation>
    </message>
    <message>
        <source>%1 of %2 refunds used this month.</source>
        <translation>%1 de %2 reembolsos usados este mes.</translation>
    </message>
    <message>
        <source>%1 package expires unused within %2 days.</source>
        <translation>%1 paquete caduca sin usar en %2 días.</translation>
    </message>
    <message>
        <source>%1 packages expire unused within %2 days.</source>
        <translation>%1 paquetes caducan sin usar en %2 días.</translation>
    </message>
    <message>
        <source>Expiring unused within %1 days: %2</source>
        <translation>Caducan sin usar en %1 días: %2</translation>
    </message>
    <message>
        <source> (the first %1 are listed)</source>
        <translation> (se muestran los primeros %1)</translation>
    </message>
    <message>
        <source>Double-click to show it in the history</source>
        <translation>Doble clic para verlo en el historial</translation>
    </message>
    <message>
        <source>No package expires unused in the next days.</source>
        <translation>Ningún paquete caduca sin usar en los próximos días.</translation>
    </message>
    <message>
        <source>No: from stock (support ticket)</source>
        <translation>No: de inventario (ticket de soporte)</translation>
    </message>
    <message>
        <source>Yes, if the limit allows</source>
        <translation>Sí, si el límite lo permite</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Credits paid</source>
        <translation>Créditos pagados</translation>
    </message>
    <message>
        <source>Retail price</source>
        <translation>Precio de venta</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Validez</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>ICCID</source>
        <translation>ICCID</translation>
    </message>
    <message>
        <source>Metatag</source>
        <translation>Metaetiqueta</translation>
    </message>
    <message>
        <source>Sales channel</source>
        <translation>Canal de venta</translation>
    </message>
    <message>
        <source>1 refund this month · limit unknown</source>
        <translation>1 reembolso este mes · límite desconocido</translation>
    </message>
    <message>
        <source>%1 refunds this month · limit unknown</source>
        <translation>%1 reembolsos este mes · límite desconocido</translation>
    </message>
    <message>
        <source>%1 of %2 refunds used this month</source>
        <translation>%1 de %2 reembolsos usados este mes</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Vendido</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>Activado</translation>
    </message>
    <message>
        <source>by %1
(auto-activation)</source>
        <translation>antes de %1
(automática)</translation>
    </message>
    <message>
        <source>auto-activates by
%1</source>
        <translation>se activa automáticamente antes del
%1</translation>
    </message>
    <message>
        <source>Not yet active</source>
        <translation>Aún no activo</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Reembolsado</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducado</translation>
    </message>
    <message>
        <source>at the latest %1</source>
        <translation>a más tardar el %1</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>cumplida</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>no cumplida</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>no se sabe</translation>
    </message>
    <message>
        <source>Select a sale to see its details.</source>
        <translation>Seleccione una venta para ver sus detalles.</translation>
    </message>
    <message>
        <source>Purchase ID</source>
        <translation>ID de compra</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the Purchase ID</source>
        <translation>Copiar el ID de compra</translation>
    </message>
    <message>
        <source>Data used</source>
        <translation>Datos usados</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Venta</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Reembolso</translation>
    </message>
    <message>
        <source>Copy support ticket text</source>
        <translation>Copiar texto del ticket de soporte</translation>
    </message>
    <message>
        <source>Packages from stock are refunded by Gigastore support: copy a request that quotes the Purchase ID</source>
        <translation>Los paquetes del inventario los reembolsa el soporte de Gigastore: copie una solicitud con el ID de compra</translation>
    </message>
    <message>
        <source>Refundable now</source>
        <translation>Reembolsable ahora</translation>
    </message>
    <message>
        <source>Refundable when online</source>
        <translation>Reembolsable con conexión</translation>
    </message>
    <message>
        <source>Not refundable</source>
        <translation>No reembolsable</translation>
    </message>
    <message>
        <source>%1 · %2 left</source>
        <translation>%1 · quedan %2</translation>
    </message>
    <message>
        <source>As of the last sync (%1); operators report usage with a delay.</source>
        <translation>Según la última sincronización (%1); los operadores informan del consumo con retraso.</translation>
    </message>
    <message>
        <source>Customer ID: %1</source>
        <translation>ID de cliente: %1</translation>
    </message>
    <message>
        <source>Support ticket text copied to the clipboard.</source>
        <translation>Texto del ticket de soporte copiado al portapapeles.</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>No sales in the cache yet. They appear after the first sync (F5).</source>
        <translation>Aún no hay ventas en la caché. Aparecen tras la primera sincronización (F5).</translation>
    </message>
    <message>
        <source>No package matches “%1”.</source>
        <translation>Ningún paquete coincide con «%1».</translation>
    </message>
    <message>
        <source>No package under “%1” matches “%2”.</source>
        <translation>Ningún paquete de «%1» coincide con «%2».</translation>
    </message>
    <message>
        <source>No package can be refunded now: this month&apos;s %1 refunds are used (the count starts again on %2).</source>
        <translation>Ahora no se puede reembolsar ningún paquete: los %1 reembolsos de este mes están usados (el recuento empieza de nuevo el %2).</translation>
    </message>
    <message>
        <source>No package can be refunded now: every cached package is used, expired, from stock or refunded already.</source>
        <translation>Ahora no se puede reembolsar ningún paquete: todos los paquetes de la caché están usados, caducados, son del inventario o ya se reembolsaron.</translation>
    </message>
    <message>
        <source>No package is under “%1”.</source>
        <translation>Ningún paquete en «%1».</translation>
    </message>
    <message>
        <source>No package to show.</source>
        <translation>Ningún paquete que mostrar.</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
    <message>
        <source>Show all packages</source>
        <translation>Mostrar todos los paquetes</translation>
    </message>
</context>
<context>
    <name>ExportFlow</name>
    <message>
        <source>Exporting %1 rows…</source>
        <translation>Exportando %1 filas…</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Error al exportar</translation>
    </message>
    <message>
        <source>Exported %1 rows to %2</source>
        <translation>%1 filas exportadas a %2</translation>
    </message>
    <message>
        <source>Could not export to %1. %2</source>
        <translation>No se pudo exportar a %1. %2</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files, for scripts (*.csv)</source>
        <translation>Archivos CSV, para scripts (*.csv)</translation>
    </message>
</context>
<context>
    <name>FailureText</name>
    <message>
        <source>Gigastore cannot be reached: no connection could be made. Check this computer&apos;s network connection, then try again.</source>
        <translation>No se puede acceder a Gigastore: no se pudo establecer ninguna conexión. Compruebe la conexión de red de este equipo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Gigastore did not answer in time. Try again in a few minutes.</source>
        <translation>Gigastore no respondió a tiempo. Vuelva a intentarlo dentro de unos minutos.</translation>
    </message>
    <message>
        <source>Gigastore is having trouble: it answered with errors until GigaDesk gave up. Try again in a few minutes.</source>
        <translation>Gigastore tiene problemas: respondió con errores hasta que GigaDesk desistió. Vuelva a intentarlo dentro de unos minutos.</translation>
    </message>
    <message>
        <source>Gigastore rejected the Client ID or secret. Check them in Settings.</source>
        <translation>Gigastore rechazó el Client ID o el secreto. Compruébelos en Ajustes.</translation>
    </message>
    <message>
        <source>Gigastore refused: “%1”</source>
        <translation>Gigastore lo rechazó: «%1»</translation>
    </message>
    <message>
        <source>Gigastore&apos;s answer could not be read. Try again later; if this persists, Help &gt; Check the Connection makes a report for Gigastore support.</source>
        <translation>No se pudo leer la respuesta de Gigastore. Vuelva a intentarlo más tarde; si persiste, Ayuda &gt; Comprobar la conexión genera un informe para el soporte de Gigastore.</translation>
    </message>
    <message>
        <source>Gigastore answered with an error. Try again later; if this persists, Help &gt; Check the Connection makes a report for Gigastore support.</source>
        <translation>Gigastore respondió con un error. Vuelva a intentarlo más tarde; si persiste, Ayuda &gt; Comprobar la conexión genera un informe para el soporte de Gigastore.</translation>
    </message>
    <message>
        <source>Gigastore&apos;s answer was lost on the way, so it is not known whether the request was carried out. Sync (F5) to see the current state.</source>
        <translation>La respuesta de Gigastore se perdió por el camino, así que no se sabe si la solicitud se llevó a cabo. Sincronice (F5) para ver el estado actual.</translation>
    </message>
    <message>
        <source>No Client ID and secret are set. Connect your account in Settings.</source>
        <translation>No hay Client ID ni secreto configurados. Conecte su cuenta en Ajustes.</translation>
    </message>
    <message>
        <source>GigaDesk runs in offline mode, and this needs a connection to Gigastore. Start GigaDesk without --offline.</source>
        <translation>GigaDesk funciona en modo sin conexión, y esto necesita conexión con Gigastore. Inicie GigaDesk sin --offline.</translation>
    </message>
    <message>
        <source>The Gigastore address would send the secret unencrypted. Use an https:// address in Settings.</source>
        <translation>La dirección de Gigastore enviaría el secreto sin cifrar. Use una dirección https:// en Ajustes.</translation>
    </message>
    <message>
        <source>The disk is full, so GigaDesk could not save. Nothing saved before was lost; free some space and try again.</source>
        <translation>El disco está lleno, así que GigaDesk no pudo guardar. No se perdió nada de lo guardado antes; libere espacio y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>GigaDesk may not write there: the file or its folder is read-only or belongs to another user.</source>
        <translation>GigaDesk no puede escribir ahí: el archivo o su carpeta es de solo lectura o pertenece a otro usuario.</translation>
    </message>
    <message>
        <source>The history cache on this computer is busy: another GigaDesk may be syncing. Try again in a moment.</source>
        <translation>La caché del historial de este equipo está ocupada: puede que otro GigaDesk esté sincronizando. Vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>The history cache on this computer is damaged. GigaDesk sets it aside at the next start, and the next sync rebuilds it from Gigastore.</source>
        <translation>La caché del historial de este equipo está dañada. GigaDesk la aparta en el próximo inicio y la próxima sincronización la reconstruye desde Gigastore.</translation>
    </message>
    <message>
        <source>The history cache was written by a newer GigaDesk. Update GigaDesk, or start it with another data folder; the cache was left untouched.</source>
        <translation>La caché del historial la escribió un GigaDesk más reciente. Actualice GigaDesk o inícielo con otra carpeta de datos; la caché no se modificó.</translation>
    </message>
    <message>
        <source>The history cache on this computer could not be read or written. Restart GigaDesk; if this persists, the details say what failed.</source>
        <translation>No se pudo leer ni escribir la caché del historial de este equipo. Reinicie GigaDesk; si persiste, los detalles indican qué falló.</translation>
    </message>
    <message>
        <source>The settings could not be saved; the details say why.</source>
        <translation>No se pudieron guardar los ajustes; los detalles indican por qué.</translation>
    </message>
    <message>
        <source>GigaDesk cannot create its data folder. Check that the folder can be written, or start GigaDesk with --data-dir.</source>
        <translation>GigaDesk no puede crear su carpeta de datos. Compruebe que se puede escribir en la carpeta o inicie GigaDesk con --data-dir.</translation>
    </message>
    <message>
        <source>A file could not be read or written; the details say which and why.</source>
        <translation>No se pudo leer o escribir un archivo; los detalles indican cuál y por qué.</translation>
    </message>
    <message>
        <source>Gigastore cannot be reached</source>
        <translation>No se puede acceder a Gigastore</translation>
    </message>
    <message>
        <source>Gigastore did not answer in time</source>
        <translation>Gigastore no respondió a tiempo</translation>
    </message>
    <message>
        <source>Gigastore is having trouble</source>
        <translation>Gigastore tiene problemas</translation>
    </message>
    <message>
        <source>Gigastore rejected the Client ID or secret</source>
        <translation>Gigastore rechazó el Client ID o el secreto</translation>
    </message>
    <message>
        <source>Gigastore refused</source>
        <translation>Gigastore lo rechazó</translation>
    </message>
    <message>
        <source>Gigastore&apos;s answer could not be read</source>
        <translation>No se pudo leer la respuesta de Gigastore</translation>
    </message>
    <message>
        <source>Gigastore answered with an error</source>
        <translation>Gigastore respondió con un error</translation>
    </message>
    <message>
        <source>Gigastore&apos;s answer was lost</source>
        <translation>La respuesta de Gigastore se perdió</translation>
    </message>
    <message>
        <source>No Client ID and secret are set</source>
        <translation>No hay Client ID ni secreto configurados</translation>
    </message>
    <message>
        <source>GigaDesk runs in offline mode</source>
        <translation>GigaDesk funciona en modo sin conexión</translation>
    </message>
    <message>
        <source>The Gigastore address is not encrypted</source>
        <translation>La dirección de Gigastore no está cifrada</translation>
    </message>
    <message>
        <source>The disk is full</source>
        <translation>El disco está lleno</translation>
    </message>
    <message>
        <source>GigaDesk may not write there</source>
        <translation>GigaDesk no puede escribir ahí</translation>
    </message>
    <message>
        <source>The history cache is busy</source>
        <translation>La caché del historial está ocupada</translation>
    </message>
    <message>
        <source>The history cache is damaged</source>
        <translation>La caché del historial está dañada</translation>
    </message>
    <message>
        <source>The history cache is from a newer GigaDesk</source>
        <translation>La caché del historial es de un GigaDesk más reciente</translation>
    </message>
    <message>
        <source>The history cache could not be used</source>
        <translation>No se pudo usar la caché del historial</translation>
    </message>
    <message>
        <source>The settings could not be saved</source>
        <translation>No se pudieron guardar los ajustes</translation>
    </message>
    <message>
        <source>The data folder cannot be created</source>
        <translation>No se puede crear la carpeta de datos</translation>
    </message>
    <message>
        <source>A file could not be read or written</source>
        <translation>No se pudo leer o escribir un archivo</translation>
    </message>
    <message>
        <source>The settings file could not be read, so GigaDesk started with the default settings. The old file was kept; the details say where.</source>
        <translation>No se pudo leer el archivo de ajustes, así que GigaDesk se inició con los ajustes predeterminados. El archivo anterior se conservó; los detalles indican dónde.</translation>
    </message>
    <message>
        <source>The history cache was damaged and was set aside; the next sync rebuilds it from Gigastore. The details say where the damaged file was kept.</source>
        <translation>La caché del historial estaba dañada y se apartó; la próxima sincronización la reconstruye desde Gigastore. Los detalles indican dónde se guardó el archivo dañado.</translation>
    </message>
    <message>
        <source>GigaDesk cannot start: %1</source>
        <translation>GigaDesk no puede iniciarse: %1</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>Purchased</source>
        <translation>Comprado</translation>
    </message>
    <message>
        <source>Activated (stock)</source>
        <translation>Activado (inventario)</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Reembolsado</translation>
    </message>
    <message>
        <source>Status unknown</source>
        <translation>Estado desconocido</translation>
    </message>
    <message>
        <source>%1 day</source>
        <translation>%1 día</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 días</translation>
    </message>
    <message>
        <source>refunded %1</source>
        <translation>reembolsado %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation>caducado el %1</translation>
    </message>
    <message>
        <source>auto-activates by %1</source>
        <translation>se activa antes del %1</translation>
    </message>
    <message>
        <source>under a day left</source>
        <translation>queda menos de 1 día</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>quedan %1</translation>
    </message>
    <message>
        <source>starts now</source>
        <translation>empieza ahora</translation>
    </message>
    <message>
        <source>with credits</source>
        <translation>con créditos</translation>
    </message>
    <message>
        <source>from stock</source>
        <translation>del inventario</translation>
    </message>
    <message>
        <source>With credits</source>
        <translation>Con créditos</translation>
    </message>
    <message>
        <source>From stock</source>
        <translation>Del inventario</translation>
    </message>
    <message>
        <source>starts on first use</source>
        <translation>empieza con el primer uso</translation>
    </message>
    <message>
        <source>starts on demand</source>
        <translation>empieza a demanda</translation>
    </message>
    <message>
        <source>Gigastore sent no status for this package.</source>
        <translation>Gigastore no envió ningún estado para este paquete.</translation>
    </message>
    <message>
        <source>Status in the Gigastore portal: %1</source>
        <translation>Estado en el portal de Gigastore: %1</translation>
    </message>
    <message>
        <source>%1 · starts %2</source>
        <translation>%1 · empieza: %2</translation>
    </message>
    <message>
        <source>%1 of %2 used</source>
        <translation>%1 de %2 usados</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>ahora mismo</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>hace %1 min</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>hace %1 h</translation>
    </message>
</context>
<context>
    <name>HistoryColumns</name>
    <message>
        <source>Sold</source>
        <translation>Vendido</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paquete</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Usado</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Validez</translation>
    </message>
    <message>
        <source>Bought</source>
        <translation>Compra</translation>
    </message>
    <message>
        <source>Refundable</source>
        <translation>Reembolsable</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>Customer / ICCID</source>
        <translation>Cliente / ICCID</translation>
    </message>
    <message>
        <source>Purchase ID</source>
        <translation>ID de compra</translation>
    </message>
    <message>
        <source>Likely</source>
        <translation>Probable</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation>Válido hasta %1</translation>
    </message>
    <message>
        <source>Every rule GigaDesk can check holds, but the server did not say how this package was bought: Gigastore decides when you refund it.</source>
        <translation>Se cumplen todas las reglas que GigaDesk puede comprobar, pero el servidor no indicó cómo se compró este paquete: Gigastore decide al reembolsarlo.</translation>
    </message>
    <message>
        <source>Refundable now.</source>
        <translation>Reembolsable ahora.</translation>
    </message>
    <message>
        <source>E-mail: %1
ICCID: %2</source>
        <translation>Correo: %1
ICCID: %2</translation>
    </message>
    <message>
        <source>Retail price %1</source>
        <translation>Precio de venta %1</translation>
    </message>
</context>
<context>
    <name>HistoryTable</name>
    <message>
        <source>Sales history</source>
        <translation>Historial de ventas</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Every sale in the cache</source>
        <translation>Todas las ventas guardadas</translation>
    </message>
    <message>
        <source>Refundable now</source>
        <translation>Reembolsables ahora</translation>
    </message>
    <message>
        <source>Purchased, still valid, unused, limit not reached</source>
        <translation>Comprado, aún válido, sin usar, límite no alcanzado</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Activated and still valid</source>
        <translation>Activado y aún válido</translation>
    </message>
    <message>
        <source>Not yet active</source>
        <translation>Aún no activo</translation>
    </message>
    <message>
        <source>Waiting for first use or on-demand start</source>
        <translation>Esperando el primer uso o el inicio a demanda</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducado</translation>
    </message>
    <message>
        <source>Validity over</source>
        <translation>Validez terminada</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Reembolsado</translation>
    </message>
    <message>
        <source>Refunded packages</source>
        <translation>Paquetes reembolsados</translation>
    </message>
    <message>
        <source>From stock</source>
        <translation>De inventario</translation>
    </message>
    <message>
        <source>Taken from inventory stock (status Activated)</source>
        <translation>Tomado del inventario (estado Activado)</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>contando…</translation>
    </message>
    <message>
        <source>%1 item</source>
        <translation>%1 elemento</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 elementos</translation>
    </message>
    <message>
        <source>counting… of %1 item</source>
        <translation>contando… de %1 elemento</translation>
    </message>
    <message>
        <source>counting… of %1 items</source>
        <translation>contando… de %1 elementos</translation>
    </message>
    <message>
        <source>%1 of %2 item</source>
        <translation>%1 de %2 elemento</translation>
    </message>
    <message>
        <source>%1 of %2 items</source>
        <translation>%1 de %2 elementos</translation>
    </message>
    <message>
        <source>Items shown</source>
        <translation>Elementos mostrados</translation>
    </message>
</context>
<context>
    <name>Layout</name>
    <message>
        <source>Search package, Purchase ID, ICCID, e-mail, metatag</source>
        <translation>Buscar paquete, ID de compra, ICCID, correo, metaetiqueta</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vistas</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Panel</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>Attention</source>
        <translation>Atención</translation>
    </message>
    <message>
        <source>%1 package will expire unused within %2 days.</source>
        <translation>%1 paquete caducará sin usar en %2 días.</translation>
    </message>
    <message>
        <source>%1 packages will expire unused within %2 days.</source>
        <translation>%1 paquetes caducarán sin usar en %2 días.</translation>
    </message>
    <message>
        <source>This month&apos;s refunds are used up (%1 of %2).</source>
        <translation>Los reembolsos de este mes están agotados (%1 de %2).</translation>
    </message>
    <message>
        <source>Only %1 of this month&apos;s %2 refunds are left.</source>
        <translation>Solo quedan %1 de los %2 reembolsos de este mes.</translation>
    </message>
    <message>
        <source>⚠ Attention: %1</source>
        <translation>⚠ Atención: %1</translation>
    </message>
    <message>
        <source>%1
Click to open the dashboard.</source>
        <translation>%1
Haga clic para abrir el panel.</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <source>The credits paid for it (amount not known)</source>
        <translation>Los créditos pagados por él (importe desconocido)</translation>
    </message>
    <message>
        <source>%1 in credits</source>
        <translation>%1 en créditos</translation>
    </message>
    <message>
        <source>Refund package</source>
        <translation>Reembolsar paquete</translation>
    </message>
    <message>
        <source>Refund “%1”?</source>
        <translation>¿Reembolsar «%1»?</translation>
    </message>
    <message>
        <source>%1 go back to your Gigastore account. The customer&apos;s eSIM package stops working. This cannot be undone.</source>
        <translation>%1 vuelven a su cuenta de Gigastore. El paquete eSIM del cliente deja de funcionar. Esto no se puede deshacer.</translation>
    </message>
    <message>
        <source>Purchase ID: %1</source>
        <translation>ID de compra: %1</translation>
    </message>
    <message>
        <source>Sold: %1</source>
        <translation>Vendido: %1</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>Cliente: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Reembolsar</translation>
    </message>
    <message>
        <source>Refund %1</source>
        <translation>Reembolsar %1</translation>
    </message>
</context>
<context>
    <name>RefundFlow</name>
    <message>
        <source>Refunded</source>
        <translation>Reembolsado</translation>
    </message>
    <message>
        <source>Not refundable</source>
        <translation>No reembolsable</translation>
    </message>
    <message>
        <source>Gigastore refused the refund</source>
        <translation>Gigastore rechazó el reembolso</translation>
    </message>
    <message>
        <source>Refund outcome unknown</source>
        <translation>Resultado del reembolso desconocido</translation>
    </message>
    <message>
        <source>Gigastore refused the refund: “%1”</source>
        <translation>Gigastore rechazó el reembolso: «%1»</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>No enviado: %1</translation>
    </message>
    <message>
        <source>Refunded %1 (%2).</source>
        <translation>%1 (%2) reembolsado.</translation>
    </message>
    <message>
        <source>%1 in credits go back to your account.</source>
        <translation>%1 en créditos vuelven a su cuenta.</translation>
    </message>
    <message>
        <source>It is not known whether the refund of %1 (%2) went through: Gigastore&apos;s answer did not arrive or could not be read. GigaDesk sends it again only when you say so: check it with Check… in the banner, or choose Refund on this package once more.</source>
        <translation>No se sabe si el reembolso de %1 (%2) se realizó: la respuesta de Gigastore no llegó o no se pudo leer. GigaDesk solo lo envía de nuevo si usted lo indica: compruébelo con «Comprobar…» en el aviso, o elija Reembolsar de nuevo para este paquete.</translation>
    </message>
    <message>
        <source>Refunded %1.</source>
        <translation>%1 reembolsado.</translation>
    </message>
    <message>
        <source>It is not known whether the refund of %1 went through. GigaDesk sends it again only when you say so: check it with Check… in the banner.</source>
        <translation>No se sabe si el reembolso de %1 se realizó. GigaDesk solo lo vuelve a enviar si usted lo indica: compruébelo con «Comprobar…» en el aviso.</translation>
    </message>
    <message>
        <source>Read back: status %1.</source>
        <translation>Consultado de nuevo: estado %1.</translation>
    </message>
    <message>
        <source>A refund is under way.</source>
        <translation>Hay un reembolso en curso.</translation>
    </message>
    <message>
        <source>Select a sale to refund it.</source>
        <translation>Seleccione una venta para reembolsarla.</translation>
    </message>
    <message>
        <source>Refunds need a Gigastore account: connect it in Settings.</source>
        <translation>Los reembolsos necesitan una cuenta de Gigastore: conéctela en Ajustes.</translation>
    </message>
    <message>
        <source>Cannot refund: %1</source>
        <translation>No se puede reembolsar: %1</translation>
    </message>
    <message>
        <source>Refund %1: %2 in credits come back (Ctrl+Shift+R)</source>
        <translation>Reembolsar %1: vuelven %2 en créditos (Ctrl+Mayús+R)</translation>
    </message>
    <message>
        <source>Refund %1 (Ctrl+Shift+R)</source>
        <translation>Reembolsar %1 (Ctrl+Mayús+R)</translation>
    </message>
    <message>
        <source>Refund cancelled; nothing was sent.</source>
        <translation>Reembolso cancelado; no se envió nada.</translation>
    </message>
    <message>
        <source>Refunding %1 (%2)…</source>
        <translation>Reembolsando %1 (%2)…</translation>
    </message>
    <message>
        <source>The refund of %1 was not sent: %2
Nothing reached Gigastore; you can try again once this is resolved.</source>
        <translation>El reembolso de %1 no se envió: %2
Nada llegó a Gigastore; puede intentarlo de nuevo cuando se resuelva.</translation>
    </message>
    <message>
        <source>Refund not sent</source>
        <translation>Reembolso no enviado</translation>
    </message>
    <message>
        <source>Refund not sent; nothing reached Gigastore.</source>
        <translation>Reembolso no enviado; nada llegó a Gigastore.</translation>
    </message>
    <message>
        <source>The earlier refund could not be checked</source>
        <translation>No se pudo comprobar el reembolso anterior</translation>
    </message>
    <message>
        <source>Checking the earlier refund of %1…</source>
        <translation>Comprobando el reembolso anterior de %1…</translation>
    </message>
    <message>
        <source>Send the refund again? If the first request went through, Gigastore may refund the package twice or refuse it.</source>
        <translation>¿Enviar el reembolso otra vez? Si la primera solicitud se procesó, Gigastore podría reembolsar el paquete dos veces o rechazarlo.</translation>
    </message>
    <message>
        <source>Nothing was sent again.</source>
        <translation>No se volvió a enviar nada.</translation>
    </message>
    <message>
        <source>Sending the refund of %1 again…</source>
        <translation>Enviando otra vez el reembolso de %1…</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>&amp;Copy Report</source>
        <translation>&amp;Copiar informe</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
</context>
<context>
    <name>SecretPlace</name>
    <message>
        <source>The Client Secret is kept in the macOS Keychain.</source>
        <translation>El Client Secret se guarda en el Llavero de macOS.</translation>
    </message>
    <message>
        <source>The Client Secret is kept in Windows Credential Manager.</source>
        <translation>El Client Secret se guarda en el Administrador de credenciales de Windows.</translation>
    </message>
    <message>
        <source>The Client Secret is kept in the system&apos;s keychain (%1).</source>
        <translation>El Client Secret se guarda en el llavero del sistema (%1).</translation>
    </message>
    <message>
        <source>The Client Secret is kept in a file only you can read: %1</source>
        <translation>El Client Secret se guarda en un archivo que solo usted puede leer: %1</translation>
    </message>
    <message>
        <source>The Client Secret comes from the environment (%1).</source>
        <translation>El Client Secret viene del entorno (%1).</translation>
    </message>
    <message>
        <source>The Client Secret is kept for this session only: no keychain was found.</source>
        <translation>El Client Secret se guarda solo para esta sesión: no se encontró ningún llavero.</translation>
    </message>
    <message>
        <source>The Client Secret is kept for this session only, as you chose.</source>
        <translation>El Client Secret se guarda solo para esta sesión, como eligió.</translation>
    </message>
    <message>
        <source>The Client Secret is kept for this session only: the keychain did not accept it.</source>
        <translation>El Client Secret se guarda solo para esta sesión: el llavero no lo aceptó.</translation>
    </message>
    <message>
        <source>The Client Secret is kept for this session only: the file %1 could not be written.</source>
        <translation>El Client Secret se guarda solo para esta sesión: no se pudo escribir el archivo %1.</translation>
    </message>
    <message>
        <source>The Client Secret is kept in the system keychain.</source>
        <translation>El Client Secret se guarda en el llavero del sistema.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Gigastore account</source>
        <translation>Cuenta de Gigastore</translation>
    </message>
    <message>
        <source>Refunds and refresh</source>
        <translation>Reembolsos y actualización</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source> per month</source>
        <translation> al mes</translation>
    </message>
    <message>
        <source>Monthly refund limit:</source>
        <translation>Límite mensual de reembolsos:</translation>
    </message>
    <message>
        <source>Gigastore does not publish the limit. Enter the one your account manager gave you; GigaDesk then blocks refunds once the month&apos;s are used up.</source>
        <translation>Gigastore no publica el límite. Introduzca el que le indicó su gestor de cuenta; GigaDesk bloqueará los reembolsos cuando se agoten los del mes.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Refresh every:</source>
        <translation>Actualizar cada:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>A new language applies the next time GigaDesk starts.</source>
        <translation>Un nuevo idioma se aplica la próxima vez que se inicie GigaDesk.</translation>
    </message>
    <message>
        <source>Learned from this server</source>
        <translation>Aprendido de este servidor</translation>
    </message>
    <message>
        <source>&amp;Forget What Was Learned</source>
        <translation>&amp;Olvidar lo aprendido</translation>
    </message>
    <message>
        <source>Forgotten: learned again, safely, when next needed</source>
        <translation>Olvidado: se volverá a aprender, de forma segura, cuando haga falta</translation>
    </message>
    <message>
        <source>not learned yet</source>
        <translation>aún no aprendido</translation>
    </message>
    <message>
        <source>used by a refund</source>
        <translation>usada por un reembolso</translation>
    </message>
    <message>
        <source>found by a safe probe</source>
        <translation>hallada con una consulta segura</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 días</translation>
    </message>
    <message>
        <source>a calendar month</source>
        <translation>un mes natural</translation>
    </message>
    <message>
        <source>Refund route:</source>
        <translation>Ruta de reembolso:</translation>
    </message>
    <message>
        <source>Date format:</source>
        <translation>Formato de fecha:</translation>
    </message>
    <message>
        <source>Longest window:</source>
        <translation>Ventana más larga:</translation>
    </message>
    <message>
        <source>Items with a status:</source>
        <translation>Elementos con estado:</translation>
    </message>
    <message>
        <source>Server version:</source>
        <translation>Versión del servidor:</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop the sync; what was read so far is kept</source>
        <translation>Detener la sincronización; lo leído hasta ahora se conserva</translation>
    </message>
    <message>
        <source>Using Gigastore&apos;s clock</source>
        <translation>Se usa el reloj de Gigastore</translation>
    </message>
    <message>
        <source>History never synced</source>
        <translation>Historial nunca sincronizado</translation>
    </message>
    <message>
        <source>History as of %1</source>
        <translation>Historial de %1</translation>
    </message>
    <message>
        <source>Last sync finished %1</source>
        <translation>Última sincronización terminada: %1</translation>
    </message>
    <message>
        <source>Syncing: %1 items</source>
        <translation>Sincronizando: %1 elementos</translation>
    </message>
    <message>
        <source>%1 of %2 months read, %3 items</source>
        <translation>%1 de %2 meses leídos, %3 elementos</translation>
    </message>
    <message>
        <source>Waiting %1 s: Gigastore asked to slow down</source>
        <translation>Esperando %1 s: Gigastore pidió ir más despacio</translation>
    </message>
    <message>
        <source>Waiting %1 s: Gigastore did not answer properly</source>
        <translation>Esperando %1 s: Gigastore no respondió correctamente</translation>
    </message>
</context>
<context>
    <name>SyncFlow</name>
    <message>
        <source>Sync cancelled; the months read so far are kept.</source>
        <translation>Sincronización cancelada; se conservan los meses leídos hasta ahora.</translation>
    </message>
</context>
<context>
    <name>Unsettled</name>
    <message>
        <source>%1 refund has an unknown outcome (%2): its answer was lost, or GigaDesk stopped while waiting for it. Nothing more is sent for it until it is checked.</source>
        <translation>%1 reembolso tiene un resultado desconocido (%2): su respuesta se perdió o GigaDesk se cerró mientras la esperaba. No se envía nada más hasta comprobarlo.</translation>
    </message>
    <message>
        <source>%1 refunds have an unknown outcome (%2): their answers were lost, or GigaDesk stopped while waiting for them. Nothing more is sent for them until they are checked.</source>
        <translation>%1 reembolsos tienen un resultado desconocido (%2): sus respuestas se perdieron o GigaDesk se cerró mientras las esperaba. No se envía nada más hasta comprobarlos.</translation>
    </message>
    <message>
        <source>Check…</source>
        <translation>Comprobar…</translation>
    </message>
</context>
<context>
    <name>VerdictText</name>
    <message>
        <source>Refunded on %1</source>
        <translation>Reembolsado el %1</translation>
    </message>
    <message>
        <source>Already refunded</source>
        <translation>Ya reembolsado</translation>
    </message>
    <message>
        <source>Bought with credits</source>
        <translation>Comprado con créditos</translation>
    </message>
    <message>
        <source>From inventory stock</source>
        <translation>Del inventario</translation>
    </message>
    <message>
        <source>Still valid</source>
        <translation>Aún válido</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducado</translation>
    </message>
    <message>
        <source>Expiry date unknown</source>
        <translation>Fecha de caducidad desconocida</translation>
    </message>
    <message>
        <source>Unused</source>
        <translation>Sin usar</translation>
    </message>
    <message>
        <source>Data used</source>
        <translation>Datos usados</translation>
    </message>
    <message>
        <source>Data allowance unknown</source>
        <translation>Volumen de datos desconocido</translation>
    </message>
    <message>
        <source>Monthly refund limit</source>
        <translation>Límite mensual de reembolsos</translation>
    </message>
    <message>
        <source>Monthly limit reached</source>
        <translation>Límite mensual alcanzado</translation>
    </message>
    <message>
        <source>Contradictory data</source>
        <translation>Datos contradictorios</translation>
    </message>
    <message>
        <source>The credits went back to your account; a package is refunded once.</source>
        <translation>Los créditos volvieron a su cuenta; un paquete se reembolsa una sola vez.</translation>
    </message>
    <message>
        <source>This package was already refunded.</source>
        <translation>Este paquete ya se reembolsó.</translation>
    </message>
    <message>
        <source>This package was already refunded on %1.</source>
        <translation>Este paquete ya se reembolsó el %1.</translation>
    </message>
    <message>
        <source>The server did not say how this package was bought; it has the final word on whether it was bought with credits.</source>
        <translation>El servidor no indicó cómo se compró este paquete; él tiene la última palabra sobre si se compró con créditos.</translation>
    </message>
    <message>
        <source>%1 left of a %2 package.</source>
        <translation>Quedan %1 de un paquete de %2.</translation>
    </message>
    <message>
        <source>A refund date (%1) on a package not marked refunded.</source>
        <translation>Una fecha de reembolso (%1) en un paquete no marcado como reembolsado.</translation>
    </message>
    <message>
        <source>The server&apos;s data contradicts itself: %1</source>
        <translation>Los datos del servidor se contradicen: %1</translation>
    </message>
    <message>
        <source>The monthly refund limit is unknown (%1 refunded this month); the server may still refuse.</source>
        <translation>El límite mensual de reembolsos es desconocido (%1 reembolsados este mes); el servidor aún puede rechazarlo.</translation>
    </message>
    <message>
        <source>%1 refunded this month; limit unknown.</source>
        <translation>%1 reembolsados este mes; límite desconocido.</translation>
    </message>
    <message>
        <source>This month&apos;s refunds are used up (%1 of %2).</source>
        <translation>Los reembolsos de este mes están agotados (%1 de %2).</translation>
    </message>
    <message>
        <source>%1 of %2 used this month.</source>
        <translation>%1 de %2 usados este mes.</translation>
    </message>
    <message>
        <source>This package came from inventory stock (status Activated), so it cannot be refunded here. Open a support ticket with Gigastore quoting Purchase ID %1.</source>
        <translation>Este paquete procede del inventario (estado Activado), por lo que no se puede reembolsar aquí. Abra un ticket de soporte con Gigastore indicando el ID de compra %1.</translation>
    </message>
    <message>
        <source>Status unknown: the server will decide.</source>
        <translation>Estado desconocido: el servidor decidirá.</translation>
    </message>
    <message>
        <source>Bought directly with credits (Purchased).</source>
        <translation>Comprado directamente con créditos (Comprado).</translation>
    </message>
    <message>
        <source>The expiry date is unknown.</source>
        <translation>La fecha de caducidad es desconocida.</translation>
    </message>
    <message>
        <source>Expired on %1.</source>
        <translation>Caducó el %1.</translation>
    </message>
    <message>
        <source>Active since %1 at the latest (auto-activation deadline); valid until %2 at the latest.</source>
        <translation>Activo como muy tarde desde %1 (plazo de activación automática); válido como muy tarde hasta %2.</translation>
    </message>
    <message>
        <source>Not yet active; auto-activates by %1.</source>
        <translation>Aún no activo; se activa automáticamente a más tardar el %1.</translation>
    </message>
    <message>
        <source>Valid until %1.</source>
        <translation>Válido hasta el %1.</translation>
    </message>
    <message>
        <source>The data allowance is unknown.</source>
        <translation>El volumen de datos es desconocido.</translation>
    </message>
    <message>
        <source>%1 of %2 already used.</source>
        <translation>%1 de %2 ya usados.</translation>
    </message>
    <message>
        <source>Full %1 left.</source>
        <translation>Quedan los %1 completos.</translation>
    </message>
</context>
<context>
    <name>WelcomeView</name>
    <message>
        <source>Welcome to GigaDesk</source>
        <translation>Bienvenido a GigaDesk</translation>
    </message>
    <message>
        <source>Your eSIM sales history, offline browsing and safe refunds in one window.</source>
        <translation>Su historial de ventas de eSIM, consulta sin conexión y reembolsos seguros en una sola ventana.</translation>
    </message>
    <message>
        <source>Connect your Gigastore account</source>
        <translation>Conecte su cuenta de Gigastore</translation>
    </message>
    <message>
        <source>Use the Client ID and Client Secret from the API page of the reseller portal.</source>
        <translation>Use el Client ID y el Client Secret de la página API del portal de revendedores.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Probar la demo</translation>
    </message>
    <message>
        <source>Explore GigaDesk with made-up sales from a demo server on this computer. No account needed; nothing is sent anywhere.</source>
        <translation>Explore GigaDesk con ventas inventadas de un servidor de demostración en este equipo. No necesita cuenta; no se envía nada a ningún sitio.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Sales &amp;History</source>
        <translation>&amp;Historial de ventas</translation>
    </message>
    <message>
        <source>Show the sales history (Ctrl+1)</source>
        <translation>Mostrar el historial de ventas (Ctrl+1)</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Panel</translation>
    </message>
    <message>
        <source>Show sales, credits and refunds at a glance (Ctrl+2)</source>
        <translation>Ventas, créditos y reembolsos de un vistazo (Ctrl+2)</translation>
    </message>
    <message>
        <source>Refund Se&amp;lected…</source>
        <translation>Reembolsar se&amp;leccionados…</translation>
    </message>
    <message>
        <source>Refund every refundable selected package (Ctrl+Shift+B)</source>
        <translation>Reembolsar cada paquete seleccionado reembolsable (Ctrl+Mayús+B)</translation>
    </message>
    <message>
        <source>Export Se&amp;lection…</source>
        <translation>Exportar se&amp;lección…</translation>
    </message>
    <message>
        <source>Save the selected rows as an Excel workbook or a CSV file (Ctrl+Shift+E)</source>
        <translation>Guardar las filas seleccionadas como libro de Excel o archivo CSV (Ctrl+Mayús+E)</translation>
    </message>
    <message>
        <source>&amp;Copy Rows</source>
        <translation>&amp;Copiar filas</translation>
    </message>
    <message>
        <source>Copy the selected rows as tab-separated text</source>
        <translation>Copiar las filas seleccionadas como texto separado por tabuladores</translation>
    </message>
    <message>
        <source>Select at most %1 rows to refund them together.</source>
        <translation>Seleccione como máximo %1 filas para reembolsarlas juntas.</translation>
    </message>
    <message>
        <source>Copied %1 rows.</source>
        <translation>%1 filas copiadas.</translation>
    </message>
    <message>
        <source>Too many rows selected</source>
        <translation>Demasiadas filas seleccionadas</translation>
    </message>
    <message>
        <source>Export the selected rows</source>
        <translation>Exportar las filas seleccionadas</translation>
    </message>
    <message>
        <source>Exported %1 selected rows to %2</source>
        <translation>%1 filas seleccionadas exportadas a %2</translation>
    </message>
</context>
</TS>
