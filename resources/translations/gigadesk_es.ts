<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
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
        <source>Save the rows shown to a CSV file (Ctrl+E)</source>
        <translation>Guardar las filas mostradas en un archivo CSV (Ctrl+E)</translation>
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
        <source>Refund %1</source>
        <translation>Reembolsar %1</translation>
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
        <source>This month&apos;s limit allows %1 more refunds.</source>
        <translation>El límite de este mes permite %1 reembolsos más.</translation>
    </message>
    <message>
        <source>%1 refundable packages are over the limit and will not be sent.</source>
        <translation>%1 paquetes reembolsables superan el límite y no se enviarán.</translation>
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
        <source>The request failed: %1. Refresh (F5) before trying again.</source>
        <translation>La solicitud falló: %1. Actualice (F5) antes de volver a intentarlo.</translation>
    </message>
    <message>
        <source>Over this month&apos;s refund limit.</source>
        <translation>Supera el límite de reembolsos de este mes.</translation>
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
        <source>%1 refunds this month (limit unknown).</source>
        <translation>%1 reembolsos este mes (límite desconocido).</translation>
    </message>
    <message>
        <source>%1 of %2 refunds used this month.</source>
        <translation>%1 de %2 reembolsos usados este mes.</translation>
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
        <source>Save the selected rows to a CSV file (Ctrl+Shift+E)</source>
        <translation>Guardar las filas seleccionadas en un archivo CSV (Ctrl+Mayús+E)</translation>
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
        <source>Export failed</source>
        <translation>La exportación falló</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Exported %1 selected rows to %2</source>
        <translation>%1 filas seleccionadas exportadas a %2</translation>
    </message>
</context>
</TS>
