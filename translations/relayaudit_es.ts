<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>CompliancePdf</name>
    <message>
        <source>the report is not signed</source>
        <translation>el informe no está firmado</translation>
    </message>
    <message>
        <source>Data retention compliance report</source>
        <translation>Informe de cumplimiento de retención de datos</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espacio de trabajo</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Generado</translation>
    </message>
    <message>
        <source>Retention inventory</source>
        <translation>Inventario de retención</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>versión %1</translation>
    </message>
    <message>
        <source>Relay Audit</source>
        <translation>Relay Audit</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>every check passes</source>
        <translation>todas las comprobaciones se superan</translation>
    </message>
    <message>
        <source>some checks fail</source>
        <translation>algunas comprobaciones fallan</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Comprobaciones</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>SUPERADA</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>FALLIDA</translation>
    </message>
    <message>
        <source>Purges in the last 30 days</source>
        <translation>Purgas de los últimos 30 días</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algoritmo</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Huella digital</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Clave pública</translation>
    </message>
    <message>
        <source>This PDF renders the signed report %1. To check that report, run &quot;relayaudit-cli retention verify-report %1&quot;; compare the fingerprint with &quot;relayaudit-cli workspace info&quot; of the workspace.</source>
        <translation>Este PDF presenta el informe firmado %1. Para comprobar ese informe, ejecute &quot;relayaudit-cli retention verify-report %1&quot;; compare la huella digital con la de &quot;relayaudit-cli workspace info&quot; del espacio de trabajo.</translation>
    </message>
    <message>
        <source>Exports in the last 30 days</source>
        <translation>Exportaciones de los últimos 30 días</translation>
    </message>
    <message>
        <source>%1 exports, %2 rows. Exported files are outside the encrypted workspace by design and are not among the checked files.</source>
        <translation>%1 exportaciones, %2 filas. Por diseño, los archivos exportados quedan fuera del espacio de trabajo cifrado y no están entre los archivos comprobados.</translation>
    </message>
    <message>
        <source>Report cache</source>
        <translation>Caché de informes</translation>
    </message>
    <message>
        <source>Delivery log</source>
        <translation>Registro de entregas</translation>
    </message>
    <message>
        <source>Setup Audit Trail</source>
        <translation>Setup Audit Trail</translation>
    </message>
    <message>
        <source>Short links and clicks</source>
        <translation>Enlaces cortos y clics</translation>
    </message>
    <message>
        <source>Scheduler bookings</source>
        <translation>Reservas del programador</translation>
    </message>
</context>
<context>
    <name>FilterOptions</name>
    <message>
        <source>Only this pull.</source>
        <translation>Solo esta descarga.</translation>
    </message>
    <message>
        <source>First UTC day (YYYY-MM-DD).</source>
        <translation>Primer día UTC (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Last UTC day (YYYY-MM-DD).</source>
        <translation>Último día UTC (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Only this sending number (as the provider writes it).</source>
        <translation>Solo este número de envío (tal como lo escribe el proveedor).</translation>
    </message>
    <message>
        <source>Only this 10DLC campaign id (&quot;&quot; for none).</source>
        <translation>Solo este id de campaña 10DLC (&quot;&quot; para ninguno).</translation>
    </message>
    <message>
        <source>Only this 10DLC brand id (&quot;&quot; for none).</source>
        <translation>Solo este id de marca 10DLC (&quot;&quot; para ninguno).</translation>
    </message>
    <message>
        <source>Only this provider status (delivered, undelivered, ...).</source>
        <translation>Solo este estado del proveedor (delivered, undelivered, ...).</translation>
    </message>
    <message>
        <source>outbound or inbound.</source>
        <translation>outbound o inbound.</translation>
    </message>
    <message>
        <source>sms, mms or whatsapp.</source>
        <translation>sms, mms o whatsapp.</translation>
    </message>
    <message>
        <source>--pull takes a pull id, not &apos;%1&apos;</source>
        <translation>--pull requiere un id de descarga, no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--%1 takes a date as YYYY-MM-DD, not &apos;%2&apos;</source>
        <translation>--%1 requiere una fecha con el formato YYYY-MM-DD, no &apos;%2&apos;</translation>
    </message>
    <message>
        <source>--from (%1) is after --to (%2)</source>
        <translation>--from (%1) es posterior a --to (%2)</translation>
    </message>
    <message>
        <source>--direction takes outbound or inbound, not &apos;%1&apos;</source>
        <translation>--direction admite outbound o inbound, no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--channel takes sms, mms or whatsapp, not &apos;%1&apos;</source>
        <translation>--channel admite sms, mms o whatsapp, no &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <source>(no date)</source>
        <translation>(sin fecha)</translation>
    </message>
    <message>
        <source>UTC days, %1 to %2</source>
        <translation>Días UTC, del %1 al %2</translation>
    </message>
    <message>
        <source>Segments per UTC day, by status</source>
        <translation>Segmentos por día UTC, por estado</translation>
    </message>
    <message>
        <source>Messages per UTC day, by status</source>
        <translation>Mensajes por día UTC, por estado</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>Delivery rate per UTC day</source>
        <translation>Tasa de entrega por día UTC</translation>
    </message>
    <message>
        <source>Delivered / (delivered + undelivered + failed)</source>
        <translation>Entregados / (entregados + no entregados + fallidos)</translation>
    </message>
    <message>
        <source>%1: %2% delivered (%3 of %4 final)</source>
        <translation>%1: %2% entregados (%3 de %4 en estado final)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>%1: %2 (%3% of messages)</source>
        <translation>%1: %2 (%3% de los mensajes)</translation>
    </message>
    <message>
        <source>Messaging services: %1</source>
        <translation>Servicios de mensajería: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n other(s)</source>
        <translation>
            <numerusform>%n otro</numerusform>
            <numerusform>%n otros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other(s): %1</source>
        <translation>
            <numerusform>%n otro: %1</numerusform>
            <numerusform>%n otros: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmentos</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Messages by segment count</source>
        <translation>Mensajes por número de segmentos</translation>
    </message>
    <message>
        <source>Segments per message</source>
        <translation>Segmentos por mensaje</translation>
    </message>
    <message>
        <source>1 segment: %1 messages</source>
        <translation>1 segmento: %1 mensajes</translation>
    </message>
    <message>
        <source>%1 segments: %2 messages</source>
        <translation>%1 segmentos: %2 mensajes</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmentos</translation>
    </message>
    <message>
        <source>Share %</source>
        <translation>% del total</translation>
    </message>
    <message>
        <source>Messaging services</source>
        <translation>Servicios de mensajería</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marca</translation>
    </message>
    <message>
        <source>Sending gateway</source>
        <translation>Pasarela de envío</translation>
    </message>
    <message>
        <source>Segments per message</source>
        <translation>Segmentos por mensaje</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Código de error</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Significado</translation>
    </message>
    <message>
        <source>What it usually means</source>
        <translation>Qué suele significar</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more row(s); the CSV and JSON exports have them all.</source>
        <translation>
            <numerusform>… y %n fila más; las exportaciones CSV y JSON las contienen todas.</numerusform>
            <numerusform>… y %n filas más; las exportaciones CSV y JSON las contienen todas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Segments by campaign</source>
        <translation>Segmentos por campaña</translation>
    </message>
    <message>
        <source>Segments by brand</source>
        <translation>Segmentos por marca</translation>
    </message>
    <message>
        <source>Segments by sending gateway</source>
        <translation>Segmentos por pasarela de envío</translation>
    </message>
    <message>
        <source>%1 to %2 (UTC days)</source>
        <translation>Del %1 al %2 (días UTC)</translation>
    </message>
    <message>
        <source>all cached days</source>
        <translation>todos los días en caché</translation>
    </message>
    <message>
        <source>Messaging usage report</source>
        <translation>Informe de uso de mensajería</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>(not named)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Intervalo</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Generado</translation>
    </message>
    <message>
        <source>Generated by</source>
        <translation>Generado por</translation>
    </message>
    <message>
        <source>sending gateway</source>
        <translation>pasarela de envío</translation>
    </message>
    <message>
        <source>messaging service</source>
        <translation>servicio de mensajería</translation>
    </message>
    <message>
        <source>campaign</source>
        <translation>campaña</translation>
    </message>
    <message>
        <source>brand</source>
        <translation>marca</translation>
    </message>
    <message>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>one channel</source>
        <translation>un canal</translation>
    </message>
    <message>
        <source>inbound only</source>
        <translation>solo entrantes</translation>
    </message>
    <message>
        <source>outbound only</source>
        <translation>solo salientes</translation>
    </message>
    <message>
        <source>Narrowed to: %1.</source>
        <translation>Filtrado por: %1.</translation>
    </message>
    <message>
        <source>What this report contains</source>
        <translation>Qué contiene este informe</translation>
    </message>
    <message>
        <source>Counts of messages and segments from the provider&apos;s usage records, by day, status, campaign, brand, sending gateway, segment count and error code. Days are UTC, counted on the date a message was sent (created, when it was not sent).</source>
        <translation>Recuentos de mensajes y segmentos procedentes de los registros de uso del proveedor, por día, estado, campaña, marca, pasarela de envío, número de segmentos y código de error. Los días son UTC y se cuentan según la fecha en que se envió el mensaje (o en que se creó, si no se envió).</translation>
    </message>
    <message>
        <source>What this report does not contain</source>
        <translation>Qué no contiene este informe</translation>
    </message>
    <message>
        <source>No message bodies and no recipient phone numbers. Relay Audit never stores either: usage records keep only ids, the client&apos;s own sending numbers, statuses, segment counts, timestamps, campaign and brand ids, error codes and prices.</source>
        <translation>Ningún cuerpo de mensaje ni ningún número de teléfono de destinatario. Relay Audit nunca almacena ninguno de los dos: los registros de uso conservan solo ids, los propios números de envío del cliente, estados, números de segmentos, marcas de tiempo, ids de campaña y de marca, códigos de error y precios.</translation>
    </message>
    <message>
        <source>Volume and delivery</source>
        <translation>Volumen y entrega</translation>
    </message>
    <message>
        <source>By status</source>
        <translation>Por estado</translation>
    </message>
    <message>
        <source>No messages.</source>
        <translation>No hay mensajes.</translation>
    </message>
    <message>
        <source>Campaigns and brands (10DLC)</source>
        <translation>Campañas y marcas (10DLC)</translation>
    </message>
    <message>
        <source>Sending gateways</source>
        <translation>Pasarelas de envío</translation>
    </message>
    <message>
        <source>Segments and errors</source>
        <translation>Segmentos y errores</translation>
    </message>
    <message>
        <source>Top error codes</source>
        <translation>Códigos de error más frecuentes</translation>
    </message>
    <message>
        <source>No message had an error code.</source>
        <translation>Ningún mensaje tuvo código de error.</translation>
    </message>
    <message>
        <source>Messaging usage report: %1</source>
        <translation>Informe de uso de mensajería: %1</translation>
    </message>
</context>
<context>
    <name>RetentionLookup</name>
    <message>
        <source>the recipient number</source>
        <translation>el número del destinatario</translation>
    </message>
    <message>
        <source>the message text</source>
        <translation>el texto del mensaje</translation>
    </message>
    <message>
        <source>the Salesforce record the message was sent from</source>
        <translation>el registro de Salesforce desde el que se envió el mensaje</translation>
    </message>
</context>
<context>
    <name>RetentionVerifier</name>
    <message>
        <source>Every table and column is in the retention inventory</source>
        <translation>Todas las tablas y columnas figuran en el inventario de retención</translation>
    </message>
    <message>
        <source>No phone number where none may be</source>
        <translation>Ningún número de teléfono donde no puede haberlo</translation>
    </message>
    <message>
        <source>No message text</source>
        <translation>Ningún texto de mensaje</translation>
    </message>
    <message>
        <source>IP addresses only with link clicks</source>
        <translation>Direcciones IP solo con clics en enlaces</translation>
    </message>
    <message>
        <source>No calendar event details</source>
        <translation>Ningún detalle de eventos de calendario</translation>
    </message>
    <message>
        <source>Nothing kept past its retention</source>
        <translation>Nada se conserva más allá de su retención</translation>
    </message>
    <message>
        <source>Recipient hashes are well-formed and of a known scheme</source>
        <translation>Los hashes de destinatario están bien formados y usan un esquema conocido</translation>
    </message>
    <message>
        <source>Encrypted and private at rest</source>
        <translation>Cifrado y privado en reposo</translation>
    </message>
    <message>
        <source>No secret outside the keychain</source>
        <translation>Ningún secreto fuera del llavero</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Relay Audit, the messaging compliance console.</source>
        <translation>Relay Audit, la consola de cumplimiento de mensajería.</translation>
    </message>
    <message>
        <source>Open the demo workspace (passphrase %1).</source>
        <translation>Abrir el espacio de trabajo de demostración (frase de contraseña %1).</translation>
    </message>
    <message>
        <source>Open the workspace in &lt;dir&gt;.</source>
        <translation>Abrir el espacio de trabajo en &lt;dir&gt;.</translation>
    </message>
    <message>
        <source>relayaudit-cli: note: the last Relay Audit run stopped unexpectedly (signal %1); no memory dump was written and the workspace stays encrypted.</source>
        <translation>relayaudit-cli: nota: la última ejecución de Relay Audit se detuvo inesperadamente (señal %1); no se escribió ningún volcado de memoria y el espacio de trabajo sigue cifrado.</translation>
    </message>
    <message>
        <source>Save the window to &lt;png&gt; once it has settled, then quit.</source>
        <translation>Guardar la ventana en &lt;png&gt; cuando se haya estabilizado y, a continuación, salir.</translation>
    </message>
    <message>
        <source>Show &lt;page&gt; first: deliveries, reports, retention, access or activity.</source>
        <translation>Mostrar primero &lt;page&gt;: deliveries, reports, retention, access o activity.</translation>
    </message>
    <message>
        <source>relayaudit: unknown page &apos;%1&apos;; one of: %2</source>
        <translation>relayaudit: página desconocida &apos;%1&apos;; valores posibles: %2</translation>
    </message>
    <message>
        <source>Relay Audit stopped unexpectedly last time (signal %1). No memory dump was written, so no key or decrypted data was left on disk, and the workspace stays encrypted. If it happens again, tell support what you were doing; do not send workspace files.</source>
        <translation>Relay Audit se detuvo inesperadamente la última vez (señal %1). No se escribió ningún volcado de memoria, por lo que no quedó ninguna clave ni ningún dato descifrado en el disco, y el espacio de trabajo sigue cifrado. Si vuelve a ocurrir, indique al soporte técnico qué estaba haciendo; no envíe archivos del espacio de trabajo.</translation>
    </message>
    <message>
        <source>relayaudit-cli: waiting for another process (the app or relayaudit-cli) to finish writing to the workspace…</source>
        <translation>relayaudit-cli: esperando a que otro proceso (la aplicación o relayaudit-cli) termine de escribir en el espacio de trabajo…</translation>
    </message>
    <message>
        <source>Waiting for another process (the app or relayaudit-cli) to finish writing to the workspace…</source>
        <translation>Esperando a que otro proceso (la aplicación o relayaudit-cli) termine de escribir en el espacio de trabajo…</translation>
    </message>
    <message>
        <source>After the unexpected stop, the workspace check found damage: see Retention &gt; Files.</source>
        <translation>Tras la detención inesperada, la comprobación del espacio de trabajo encontró daños: vea Retención &gt; Archivos.</translation>
    </message>
    <message>
        <source>Open the Deliveries page and find &lt;value&gt;: an SMS record id, a provider message id, a batch id or a phone number, told apart by their shape.</source>
        <translation>Abrir la página Entregas y buscar &lt;value&gt;: un id de registro SMS, un id de mensaje del proveedor, un id de lote o un número de teléfono, distinguidos por su forma.</translation>
    </message>
</context>
<context>
    <name>relay::cli::AccessCommand</name>
    <message>
        <source>Subscriber-access sessions from the Salesforce Setup Audit Trail: import, review.</source>
        <translation>Sesiones de acceso de suscriptor del Setup Audit Trail de Salesforce: importación y revisión.</translation>
    </message>
    <message>
        <source>access takes: staff | import | pull | sessions | grant | hours | review</source>
        <translation>access admite: staff | import | pull | sessions | grant | hours | review</translation>
    </message>
    <message>
        <source>The action.</source>
        <translation>La acción.</translation>
    </message>
    <message>
        <source>add, remove or list</source>
        <translation>add, remove o list</translation>
    </message>
    <message>
        <source>A staff member&apos;s Salesforce username.</source>
        <translation>El nombre de usuario de Salesforce de un miembro del personal.</translation>
    </message>
    <message>
        <source>A username domain every staff member has.</source>
        <translation>Un dominio de nombre de usuario que tienen todos los miembros del personal.</translation>
    </message>
    <message>
        <source>access staff takes: add | remove | list</source>
        <translation>access staff admite: add | remove | list</translation>
    </message>
    <message>
        <source>No vendor staff configured: no session can be found.</source>
        <translation>No hay personal del fabricante configurado: no se puede encontrar ninguna sesión.</translation>
    </message>
    <message>
        <source>CSV downloads or JSON query pages.</source>
        <translation>Descargas CSV o páginas de consulta JSON.</translation>
    </message>
    <message>
        <source>The client org these rows come from.</source>
        <translation>La organización del cliente de la que proceden estas filas.</translation>
    </message>
    <message>
        <source>The CSV&apos;s time zone (IANA).</source>
        <translation>La zona horaria del CSV (IANA).</translation>
    </message>
    <message>
        <source>The CSV&apos;s dates read D/M/YYYY.</source>
        <translation>Las fechas del CSV son D/M/YYYY.</translation>
    </message>
    <message>
        <source>access import needs --org NAME and at least one file</source>
        <translation>access import requiere --org NAME y al menos un archivo</translation>
    </message>
    <message>
        <source>--timezone: &apos;%1&apos; is not an IANA time zone (e.g. America/Los_Angeles)</source>
        <translation>--timezone: &apos;%1&apos; no es una zona horaria IANA (p. ej., America/Los_Angeles)</translation>
    </message>
    <message>
        <source>Read %1 audit-trail rows from %2 file(s) for %3; %4 new.</source>
        <translation>Se leyeron %1 filas del registro de auditoría de %2 archivo(s) para %3; %4 nuevas.</translation>
    </message>
    <message>
        <source>The client org.</source>
        <translation>La organización del cliente.</translation>
    </message>
    <message>
        <source>The org&apos;s login URL.</source>
        <translation>La URL de inicio de sesión de la organización.</translation>
    </message>
    <message>
        <source>First UTC day (default: 180 days back, what the trail keeps).</source>
        <translation>Primer día UTC (predeterminado: 180 días atrás, lo que conserva el registro de auditoría).</translation>
    </message>
    <message>
        <source>--since takes YYYY-MM-DD</source>
        <translation>--since requiere YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Pulled %1 audit-trail rows for %2; %3 new.</source>
        <translation>Se descargaron %1 filas del registro de auditoría para %2; %3 nuevas.</translation>
    </message>
    <message>
        <source>Only this org.</source>
        <translation>Solo esta organización.</translation>
    </message>
    <message>
        <source>Only sessions with a flag.</source>
        <translation>Solo las sesiones con alguna marca.</translation>
    </message>
    <message>
        <source>A session with no logout closes after this gap (default 2).</source>
        <translation>Una sesión sin cierre de sesión se cierra tras este intervalo de inactividad (predeterminado: 2).</translation>
    </message>
    <message>
        <source>Flag sessions with more changes than this (default 50).</source>
        <translation>Marcar las sesiones con más cambios que este número (predeterminado: 50).</translation>
    </message>
    <message>
        <source>--idle-hours takes a number of hours from 0 to 72</source>
        <translation>--idle-hours requiere un número de horas de 0 a 72</translation>
    </message>
    <message>
        <source>--many takes a whole number</source>
        <translation>--many requiere un número entero</translation>
    </message>
    <message>
        <source>#%1  %2  %3 as %4  %5 → %6 (%7 min)  %8 change(s)</source>
        <translation>#%1  %2  %3 como %4  %5 → %6 (%7 min)  %8 cambio(s)</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(desconocido)</translation>
    </message>
    <message>
        <source>no logout</source>
        <translation>sin cierre de sesión</translation>
    </message>
    <message>
        <source>sections: %1</source>
        <translation>secciones: %1</translation>
    </message>
    <message>
        <source>flags: %1</source>
        <translation>marcas: %1</translation>
    </message>
    <message>
        <source>under no grant</source>
        <translation>sin ninguna concesión</translation>
    </message>
    <message>
        <source>under the %1</source>
        <translation>conforme a %1</translation>
    </message>
    <message>
        <source>%1 by %2: %3</source>
        <translation>%1 por %2: %3</translation>
    </message>
    <message>
        <source>No sessions.</source>
        <translation>No hay sesiones.</translation>
    </message>
    <message>
        <source>access grant add --org NAME --by USERNAME --from ISO-TIME [--until ISO-TIME]: an access grant entered by hand where the trail has none; access grant list [--org NAME].</source>
        <translation>access grant add --org NAME --by USERNAME --from ISO-TIME [--until ISO-TIME]: una concesión de acceso introducida a mano donde el registro de auditoría no tiene ninguna; access grant list [--org NAME].</translation>
    </message>
    <message>
        <source>add or list</source>
        <translation>add o list</translation>
    </message>
    <message>
        <source>Who granted it.</source>
        <translation>Quién la concedió.</translation>
    </message>
    <message>
        <source>Start (ISO 8601, UTC unless it says).</source>
        <translation>Inicio (ISO 8601; UTC salvo que se indique otra zona).</translation>
    </message>
    <message>
        <source>Expiry (ISO 8601); none: open-ended.</source>
        <translation>Vencimiento (ISO 8601); si no se indica: sin fecha de fin.</translation>
    </message>
    <message>
        <source>access grant takes: add | list</source>
        <translation>access grant admite: add | list</translation>
    </message>
    <message>
        <source>access grant add needs --org, --by and --from (and --until, if given) as ISO 8601 times</source>
        <translation>access grant add requiere --org, --by y --from (y --until, si se indica) como horas ISO 8601</translation>
    </message>
    <message>
        <source>%1  %2 grant by %3  %4 → %5</source>
        <translation>%1  concesión %2 de %3  %4 → %5</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>sin fecha de fin</translation>
    </message>
    <message>
        <source>access hours --org NAME --timezone ZONE --from HH:MM --to HH:MM: the org&apos;s business hours (Monday to Friday); sessions with activity outside them are flagged after-hours.</source>
        <translation>access hours --org NAME --timezone ZONE --from HH:MM --to HH:MM: el horario laboral de la organización (de lunes a viernes); las sesiones con actividad fuera de él se marcan como after-hours (fuera de horario).</translation>
    </message>
    <message>
        <source>The org&apos;s time zone (IANA).</source>
        <translation>La zona horaria de la organización (IANA).</translation>
    </message>
    <message>
        <source>Start of the day, HH:MM.</source>
        <translation>Inicio de la jornada, HH:MM.</translation>
    </message>
    <message>
        <source>End of the day, HH:MM.</source>
        <translation>Fin de la jornada, HH:MM.</translation>
    </message>
    <message>
        <source>%1: business hours %2 to %3, %4, Monday to Friday.</source>
        <translation>%1: horario laboral de %2 a %3, %4, de lunes a viernes.</translation>
    </message>
    <message>
        <source>access review ID --org NAME --status reviewed|escalated --note TEXT: records a review of a session; the activity log gets the session, the status and a digest of the note.</source>
        <translation>access review ID --org NAME --status reviewed|escalated --note TEXT: registra una revisión de una sesión; el registro de actividad recibe la sesión, el estado y un resumen (digest) de la nota.</translation>
    </message>
    <message>
        <source>The session id (access sessions shows it).</source>
        <translation>El id de la sesión (lo muestra access sessions).</translation>
    </message>
    <message>
        <source>reviewed or escalated</source>
        <translation>reviewed o escalated</translation>
    </message>
    <message>
        <source>Why.</source>
        <translation>Motivo.</translation>
    </message>
    <message>
        <source>access review needs a session id, --org and --status reviewed|escalated</source>
        <translation>access review requiere un id de sesión, --org y --status reviewed|escalated</translation>
    </message>
    <message>
        <source>Session %1 marked %2.</source>
        <translation>Sesión %1 marcada como %2.</translation>
    </message>
    <message>
        <source>access sessions [--org NAME] [--flagged] [--idle-hours N] [--many N] [--sensitive FILE] [--json]: the subscriber-access sessions of vendor staff, with their flags and reviews.</source>
        <translation>access sessions [--org NAME] [--flagged] [--idle-hours N] [--many N] [--sensitive FILE] [--json]: las sesiones de acceso de suscriptor del personal del fabricante, con sus marcas y revisiones.</translation>
    </message>
    <message>
        <source>Sensitive sections from this file instead of the built-in list (same JSON form).</source>
        <translation>Secciones sensibles de este archivo en lugar de la lista integrada (mismo formato JSON).</translation>
    </message>
    <message>
        <source>access staff add|remove (--user USERNAME | --domain DOMAIN | --publisher NAME), access staff list: who counts as vendor staff when they appear as the Delegate User (or log in as someone); --publisher names the vendor&apos;s package publisher as the trail writes it (e.g. &quot;Mogli Technologies&quot;), so that only its login-access grants count.</source>
        <translation>access staff add|remove (--user USERNAME | --domain DOMAIN | --publisher NAME), access staff list: quién cuenta como personal del fabricante cuando aparece como Delegate User (o inicia sesión como otra persona); --publisher nombra al editor del paquete del fabricante tal como lo escribe el registro de auditoría (p. ej., &quot;Mogli Technologies&quot;), de modo que solo cuenten sus concesiones de acceso de inicio de sesión.</translation>
    </message>
    <message>
        <source>The vendor&apos;s package publisher.</source>
        <translation>El editor del paquete del fabricante.</translation>
    </message>
    <message>
        <source>access staff %1 needs exactly one of --user, --domain and --publisher</source>
        <translation>access staff %1 requiere exactamente uno de --user, --domain y --publisher</translation>
    </message>
    <message>
        <source>JWT bearer flow: the aud claim.</source>
        <translation>Flujo de portador JWT: la notificación aud.</translation>
    </message>
    <message>
        <source> %1 older than the access retention were not stored.</source>
        <translation> %1 anteriores al plazo de retención de acceso no se almacenaron.</translation>
    </message>
    <message>
        <source>no session %1 in %2 (&apos;access sessions&apos; lists them)</source>
        <translation>no existe la sesión %1 en %2 (&apos;access sessions&apos; las enumera)</translation>
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
        <translation>Uso: relayaudit-cli access &lt;action&gt; [options]

Acciones:
  staff     Quién cuenta como personal del fabricante: usuarios, dominios, el editor del paquete.
  import    Importar filas del Setup Audit Trail desde el CSV descargado o desde páginas REST guardadas.
  pull      Consultar el Setup Audit Trail mediante la API REST e importarlo.
  sessions  Sesiones de acceso de suscriptor del personal del fabricante, con marcas y revisiones.
  grant     Concesiones de acceso introducidas a mano donde el registro de auditoría no tiene ninguna.
  hours     El horario laboral de una organización, para la marca de fuera de horario.
  review    Registrar una revisión de una sesión.
</translation>
    </message>
    <message>
        <source>access import FILE... --org NAME [--timezone ZONE] [--day-first]: imports Setup Audit Trail rows, from the CSV the Setup page downloads (its times are in the downloading user&apos;s Salesforce time zone: a US zone&apos;s abbreviation (PST, EDT, ...), UTC or GMT on every time fixes it; otherwise name it with --timezone, e.g. America/Los_Angeles; --day-first when dates read D/M/YYYY) or from saved REST query pages on SetupAuditTrail (JSON; several pages of one query at once). Re-importing adds nothing twice; a malformed row stops its file with the line, and nothing of that file is stored.</source>
        <translation>access import FILE... --org NAME [--timezone ZONE] [--day-first]: importa filas del Setup Audit Trail desde el CSV que descarga la página de Setup (sus horas están en la zona horaria de Salesforce del usuario que lo descarga: la abreviatura de una zona de EE. UU. (PST, EDT, ...), UTC o GMT en cada hora la fija; si no, indíquela con --timezone, p. ej., America/Los_Angeles; --day-first cuando las fechas son D/M/YYYY) o desde páginas guardadas de consultas REST sobre SetupAuditTrail (JSON; varias páginas de una misma consulta a la vez). Volver a importar no añade nada dos veces; una fila mal formada detiene su archivo indicando la línea, y no se almacena nada de ese archivo.</translation>
    </message>
    <message>
        <source>access pull --org NAME [--instance-url URL] [--since YYYY-MM-DD]: queries SetupAuditTrail through the REST API (all pages) and imports the rows. The session: the org as &apos;engine org add&apos; registered it, with its keychain secrets; or, for an org not registered, the Salesforce environment variables of &apos;engine writeback&apos; (refresh-token or JWT bearer flow) with --instance-url as its login URL.</source>
        <translation>access pull --org NAME [--instance-url URL] [--since YYYY-MM-DD]: consulta SetupAuditTrail a través de la API REST (todas las páginas) e importa las filas. La sesión: la org tal como la registró &apos;engine org add&apos;, con sus secretos del llavero; o, para una org no registrada, las variables de entorno de Salesforce de &apos;engine writeback&apos; (flujo refresh-token o JWT bearer) con --instance-url como URL de inicio de sesión.</translation>
    </message>
    <message>
        <source>access pull needs --org NAME, and --instance-url http(s)://… for an org &apos;engine org add&apos; has not registered</source>
        <translation>access pull necesita --org NAME y, para una org que &apos;engine org add&apos; no ha registrado, --instance-url http(s)://…</translation>
    </message>
</context>
<context>
    <name>relay::cli::BreakdownCommand</name>
    <message>
        <source>Messages and segments by sender, status, day, campaign, brand, error, segments, direction or channel.</source>
        <translation>Mensajes y segmentos por remitente, estado, día, campaña, marca, error, segmentos, dirección o canal.</translation>
    </message>
    <message>
        <source>Counts messages and segments of every live pull (or one) by a dimension. Days are UTC, keyed on date_sent (date_created when unsent).</source>
        <translation>Cuenta los mensajes y segmentos de todas las descargas vigentes (o de una) según una dimensión. Los días son UTC y se basan en date_sent (date_created si no se envió).</translation>
    </message>
    <message>
        <source>unknown dimension &apos;%1&apos;</source>
        <translation>dimensión desconocida &apos;%1&apos;</translation>
    </message>
    <message>
        <source>breakdown needs --by</source>
        <translation>breakdown requiere --by</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <source>sender, status, day, campaign, brand, error, segments, direction, channel, service or provider</source>
        <translation>sender, status, day, campaign, brand, error, segments, direction, channel, service o provider</translation>
    </message>
    <message>
        <source>Prints CSV (with shares, and the descriptions of error codes).</source>
        <translation>Imprime CSV (con porcentajes y las descripciones de los códigos de error).</translation>
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
        <translation>Uso: relayaudit-cli [--workspace DIR] [--json] &lt;command&gt; [options]

Consola sin interfaz gráfica de Relay Audit. Los secretos proceden del llavero del
sistema o del entorno (RELAYAUDIT_PASSPHRASE), nunca de la línea de comandos.

Opciones globales:
  --workspace DIR  El directorio del espacio de trabajo (predeterminado: %1).
  --json           Salida legible por máquina.
  -h, --help       Esta ayuda; &apos;relayaudit-cli COMMAND --help&apos; para la de un comando.
  -v, --version    La versión.

Comandos:
</translation>
    </message>
    <message>
        <source>
Exit codes: 0 success, 1 failure, 2 bad arguments, 3 wrong or missing passphrase/key.
</source>
        <translation>
Códigos de salida: 0 éxito, 1 error, 2 argumentos incorrectos, 3 frase de contraseña o clave incorrecta o ausente.
</translation>
    </message>
    <message>
        <source>The workspace directory.</source>
        <translation>El directorio del espacio de trabajo.</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>Salida legible por máquina.</translation>
    </message>
    <message>
        <source>Shows this help.</source>
        <translation>Muestra esta ayuda.</translation>
    </message>
    <message>
        <source>Shows the version.</source>
        <translation>Muestra la versión.</translation>
    </message>
    <message>
        <source>relayaudit-cli: %1</source>
        <translation>relayaudit-cli: %1</translation>
    </message>
    <message>
        <source>Run &apos;relayaudit-cli --help&apos; for usage.</source>
        <translation>Ejecute &apos;relayaudit-cli --help&apos; para ver el uso.</translation>
    </message>
    <message>
        <source>relayaudit-cli: --workspace needs a directory</source>
        <translation>relayaudit-cli: --workspace requiere un directorio</translation>
    </message>
    <message>
        <source>relayaudit-cli: unknown command &apos;%1&apos;</source>
        <translation>relayaudit-cli: comando desconocido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Run &apos;relayaudit-cli --help&apos; for the list of commands.</source>
        <translation>Ejecute &apos;relayaudit-cli --help&apos; para ver la lista de comandos.</translation>
    </message>
</context>
<context>
    <name>relay::cli::Command</name>
    <message>
        <source>relayaudit-cli: error: %1</source>
        <translation>relayaudit-cli: error: %1</translation>
    </message>
    <message>
        <source>relayaudit-cli: %1</source>
        <translation>relayaudit-cli: %1</translation>
    </message>
    <message>
        <source>Run &apos;relayaudit-cli %1 --help&apos; for usage.</source>
        <translation>Ejecute &apos;relayaudit-cli %1 --help&apos; para ver el uso.</translation>
    </message>
    <message>
        <source>Shows this help.</source>
        <translation>Muestra esta ayuda.</translation>
    </message>
    <message>
        <source>Prints machine-readable JSON.</source>
        <translation>Imprime JSON legible por máquina.</translation>
    </message>
    <message>
        <source>no workspace at %1; create one with &apos;relayaudit-cli --workspace %1 workspace init&apos;</source>
        <translation>no hay ningún espacio de trabajo en %1; cree uno con &apos;relayaudit-cli --workspace %1 workspace init&apos;</translation>
    </message>
    <message>
        <source>Passphrase for %1: </source>
        <translation>Frase de contraseña para %1: </translation>
    </message>
    <message>
        <source>relayaudit-cli: warning: the activity log was not updated: %1</source>
        <translation>relayaudit-cli: advertencia: no se actualizó el registro de actividad: %1</translation>
    </message>
    <message>
        <source>The org&apos;s login URL (default https://login.salesforce.com).</source>
        <translation>La URL de inicio de sesión de la organización (predeterminada: https://login.salesforce.com).</translation>
    </message>
    <message>
        <source>JWT bearer flow: the aud claim (default: the login URL; https://test.salesforce.com for a sandbox org).</source>
        <translation>Flujo de portador JWT: la notificación aud (predeterminada: la URL de inicio de sesión; https://test.salesforce.com para una organización sandbox).</translation>
    </message>
    <message>
        <source>--login-url takes an http(s) URL, not &apos;%1&apos;</source>
        <translation>--login-url requiere una URL http(s), no &apos;%1&apos;</translation>
    </message>
    <message numerus="yes">
        <source>relayaudit-cli: note: after the unexpected stop, every page of the workspace was checked: %n page(s), all intact.</source>
        <translation>
            <numerusform>relayaudit-cli: nota: tras la detención inesperada se comprobó cada página del espacio de trabajo: %n página, intacta.</numerusform>
            <numerusform>relayaudit-cli: nota: tras la detención inesperada se comprobó cada página del espacio de trabajo: %n páginas, todas intactas.</numerusform>
        </translation>
    </message>
    <message>
        <source>page %1 (%2)</source>
        <translation>página %1 (%2)</translation>
    </message>
    <message>
        <source>after the unexpected stop, the workspace check found damage: %1; see &apos;relayaudit-cli workspace check&apos;</source>
        <translation>tras la detención inesperada, la comprobación del espacio de trabajo encontró daños: %1; vea &apos;relayaudit-cli workspace check&apos;</translation>
    </message>
    <message>
        <source>; this workspace&apos;s key is in the system keychain: start or unlock it and try again</source>
        <translation>; la clave de este espacio de trabajo está en el llavero del sistema: inícielo o desbloquéelo y vuelva a intentarlo</translation>
    </message>
    <message>
        <source>The client org, as &apos;engine org add&apos; registered it: its login URL, audience and keychain secrets.</source>
        <translation>La org del cliente, tal como la registró &apos;engine org add&apos;: su URL de inicio de sesión, audiencia y secretos del llavero.</translation>
    </message>
    <message>
        <source>org %1 is not registered: register it with &apos;engine org add&apos;</source>
        <translation>la org %1 no está registrada: regístrela con &apos;engine org add&apos;</translation>
    </message>
    <message>
        <source>Search an engine&apos;s PostgreSQL log (a libpq connection string), read-only, instead of this workspace&apos;s; its password from RELAYAUDIT_ENGINE_DB_PASSWORD. Default: RELAYAUDIT_ENGINE_DSN. The lookup is still recorded in this workspace&apos;s activity log.</source>
        <translation>Buscar en el registro PostgreSQL de un motor (una cadena de conexión de libpq), solo lectura, en lugar del de este espacio de trabajo; su contraseña desde RELAYAUDIT_ENGINE_DB_PASSWORD. Predeterminado: RELAYAUDIT_ENGINE_DSN. La búsqueda se sigue anotando en el registro de actividad de este espacio de trabajo.</translation>
    </message>
    <message>
        <source>relayaudit-cli: %1 %2</source>
        <translation>relayaudit-cli: %1 %2</translation>
    </message>
    <message>
        <source>The engine&apos;s PostgreSQL (a libpq connection string, e.g. &quot;host=db.example dbname=relay user=relay_engine sslrootcert=/etc/relayaudit/db-ca.crt&quot;), which every worker of a deployment shares, instead of this workspace; its password from RELAYAUDIT_ENGINE_DB_PASSWORD or PGPASSFILE. Default: RELAYAUDIT_ENGINE_DSN.</source>
        <translation>El PostgreSQL del motor (una cadena de conexión de libpq, p. ej. &quot;host=db.example dbname=relay user=relay_engine sslrootcert=/etc/relayaudit/db-ca.crt&quot;), que comparten todos los procesos de un despliegue, en lugar de este espacio de trabajo; su contraseña de RELAYAUDIT_ENGINE_DB_PASSWORD o PGPASSFILE. Por defecto: RELAYAUDIT_ENGINE_DSN.</translation>
    </message>
</context>
<context>
    <name>relay::cli::CredentialsCommand</name>
    <message>
        <source>set or remove</source>
        <translation>set o remove</translation>
    </message>
    <message>
        <source>The Twilio Account SID (default: TWILIO_ACCOUNT_SID).</source>
        <translation>El Account SID de Twilio (predeterminado: TWILIO_ACCOUNT_SID).</translation>
    </message>
    <message>
        <source>a Twilio Account SID (AC…) is needed: --account or TWILIO_ACCOUNT_SID</source>
        <translation>se necesita un Account SID de Twilio (AC…): --account o TWILIO_ACCOUNT_SID</translation>
    </message>
    <message>
        <source>Removed the %1 credentials from the system keychain.</source>
        <translation>Se eliminaron las credenciales de %1 del llavero del sistema.</translation>
    </message>
    <message>
        <source>Telnyx API key: </source>
        <translation>Clave de API de Telnyx: </translation>
    </message>
    <message>
        <source>Twilio auth token for %1: </source>
        <translation>Token de autenticación de Twilio para %1: </translation>
    </message>
    <message>
        <source>Stored the %1 credentials in the system keychain.</source>
        <translation>Se almacenaron las credenciales de %1 en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Keep provider credentials and org logins in the system keychain instead of the environment.</source>
        <translation>Guardar las credenciales de los proveedores y los inicios de sesión de las orgs en el llavero del sistema en lugar del entorno.</translation>
    </message>
    <message>
        <source>twilio, telnyx or salesforce</source>
        <translation>twilio, telnyx o salesforce</translation>
    </message>
    <message>
        <source>credentials takes: set|remove twilio|telnyx|salesforce</source>
        <translation>credentials admite: set|remove twilio|telnyx|salesforce</translation>
    </message>
    <message>
        <source>Removed the %1 from the system keychain.</source>
        <translation>Se eliminó del llavero del sistema: %1.</translation>
    </message>
    <message>
        <source>Stored the %1 in the system keychain.</source>
        <translation>Guardado en el llavero del sistema: %1.</translation>
    </message>
    <message>
        <source>credentials set|remove twilio|telnyx|salesforce: stores (or removes) provider credentials, or the Salesforce secrets of an org &apos;engine org add&apos; registered, in the system keychain. Twilio&apos;s secret comes from TWILIO_AUTH_TOKEN (or TWILIO_API_KEY and TWILIO_API_SECRET), Telnyx&apos;s from TELNYX_API_KEY, else it is typed with echo off; an org&apos;s from the SALESFORCE_* variables. Never from an argument.</source>
        <translation>credentials set|remove twilio|telnyx|salesforce: guarda (o elimina) en el llavero del sistema credenciales de proveedores o los secretos de Salesforce de una org registrada con &apos;engine org add&apos;. El secreto de Twilio viene de TWILIO_AUTH_TOKEN (o TWILIO_API_KEY y TWILIO_API_SECRET), el de Telnyx de TELNYX_API_KEY; si no, se escribe sin eco. El de una org, de las variables SALESFORCE_*. Nunca de un argumento.</translation>
    </message>
    <message>
        <source>credentials set|remove salesforce needs --org NAME</source>
        <translation>credentials set|remove salesforce necesita --org NAME</translation>
    </message>
    <message>
        <source>Salesforce secrets of org %1</source>
        <translation>secretos de Salesforce de la org %1</translation>
    </message>
</context>
<context>
    <name>relay::cli::DeliveriesCommand</name>
    <message>
        <source>Find logged deliveries by SMS record, provider message, batch or recipient number (hashed).</source>
        <translation>Buscar entregas registradas por registro SMS, mensaje del proveedor, lote o número de destinatario (con hash).</translation>
    </message>
    <message>
        <source>The action.</source>
        <translation>La acción.</translation>
    </message>
    <message>
        <source>A Salesforce SMS record id.</source>
        <translation>Un id de registro SMS de Salesforce.</translation>
    </message>
    <message>
        <source>A provider message id.</source>
        <translation>Un id de mensaje del proveedor.</translation>
    </message>
    <message>
        <source>A batch group id.</source>
        <translation>Un id de grupo de lotes.</translation>
    </message>
    <message>
        <source>deliveries takes the action &apos;find&apos;</source>
        <translation>deliveries admite la acción &apos;find&apos;</translation>
    </message>
    <message>
        <source>deliveries find needs exactly one of --sms-record, --provider-id, --batch and --phone</source>
        <translation>deliveries find requiere exactamente uno de --sms-record, --provider-id, --batch y --phone</translation>
    </message>
    <message>
        <source>No delivery in the log matches.</source>
        <translation>Ninguna entrega del registro coincide.</translation>
    </message>
    <message numerus="yes">
        <source>SMS record %1  batch %2  gateway %3  %4 %5  %n segment(s)</source>
        <translation>
            <numerusform>Registro SMS %1  lote %2  pasarela %3  %4 %5  %n segmento</numerusform>
            <numerusform>Registro SMS %1  lote %2  pasarela %3  %4 %5  %n segmentos</numerusform>
        </translation>
    </message>
    <message>
        <source>(not accepted)</source>
        <translation>(no aceptado)</translation>
    </message>
    <message>
        <source>, error %1</source>
        <translation>, error %1</translation>
    </message>
    <message>
        <source>  status %1%2; write-back %3; recipient %4</source>
        <translation>  estado %1%2; escritura en Salesforce %3; destinatario %4</translation>
    </message>
    <message>
        <source>Show at most this many deliveries (default 1000; 0 shows all).</source>
        <translation>Mostrar como máximo este número de entregas (1000 por defecto; 0 muestra todas).</translation>
    </message>
    <message>
        <source>--limit takes a whole number of deliveries, 0 for all, not &apos;%1&apos;</source>
        <translation>--limit admite un número entero de entregas, 0 para todas, no &apos;%1&apos;</translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %n deliveries; more match (--limit 0 shows all).</source>
        <translation>
            <numerusform>Se muestra la primera entrega; hay más coincidencias (--limit 0 muestra todas).</numerusform>
            <numerusform>Se muestran las primeras %n entregas; hay más coincidencias (--limit 0 muestra todas).</numerusform>
        </translation>
    </message>
    <message>
        <source>(message id not known yet)</source>
        <translation>(id de mensaje aún desconocido)</translation>
    </message>
    <message>
        <source>  org %1</source>
        <translation>  org %1</translation>
    </message>
    <message>
        <source>  write-back refused: %1</source>
        <translation>  escritura de vuelta rechazada: %1</translation>
    </message>
    <message>
        <source>Incoming to gateway %1  %2 %3  SMS record %4</source>
        <translation>Entrante a la pasarela %1  %2 %3  registro SMS %4</translation>
    </message>
    <message>
        <source>(not created)</source>
        <translation>(no creado)</translation>
    </message>
    <message>
        <source>created</source>
        <translation>creado</translation>
    </message>
    <message>
        <source>given up</source>
        <translation>abandonado</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>  received %1; record %2; sender %3</source>
        <translation>  recibido %1; registro %2; remitente %3</translation>
    </message>
    <message numerus="yes">
        <source>  not created (%n attempt(s)): %1</source>
        <translation>
            <numerusform>  no creado (%n intento): %1</numerusform>
            <numerusform>  no creado (%n intentos): %1</numerusform>
        </translation>
    </message>
    <message>
        <source>deliveries find (--sms-record ID | --provider-id ID | --batch ID | --phone NUMBER)
Shows each delivery&apos;s status timeline, error code, segments and write-back state, outgoing messages and incoming ones (replies, with the SMS record the engine created for each). A phone number is normalised and hashed in memory; the log is searched by the hash (a recipient&apos;s, or a reply&apos;s sender&apos;s) and the number is kept nowhere.</source>
        <translation>deliveries find (--sms-record ID | --provider-id ID | --batch ID | --phone NÚMERO)
Muestra de cada entrega la cronología de estados, el código de error, los segmentos y el estado de la escritura en Salesforce, mensajes salientes y entrantes (respuestas, con el registro SMS que el motor creó para cada una). Un número de teléfono se normaliza y se cifra con hash en memoria; el registro se busca por el hash (de un destinatario o del remitente de una respuesta) y el número no se guarda en ningún sitio.</translation>
    </message>
    <message>
        <source>A recipient&apos;s or a sender&apos;s number.</source>
        <translation>El número de un destinatario o de un remitente.</translation>
    </message>
</context>
<context>
    <name>relay::cli::EngineCommand</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown engine action &apos;%1&apos;</source>
        <translation>acción de engine desconocida &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Counts the SMS segments of a text as providers bill them: GSM-7 (160 characters, 153 per part; extension characters cost two) or UCS-2 (70, 67 per part) when any character is outside GSM-7. Shows which characters forced UCS-2 or cost two. The text is not stored or logged.</source>
        <translation>Cuenta los segmentos SMS de un texto tal como los facturan los proveedores: GSM-7 (160 caracteres, 153 por parte; los caracteres de extensión cuentan doble) o UCS-2 (70, 67 por parte) cuando algún carácter queda fuera de GSM-7. Muestra qué caracteres forzaron UCS-2 o cuentan doble. El texto no se almacena ni se registra.</translation>
    </message>
    <message>
        <source>The text.</source>
        <translation>El texto.</translation>
    </message>
    <message>
        <source>Read the text from a file (UTF-8).</source>
        <translation>Leer el texto de un archivo (UTF-8).</translation>
    </message>
    <message>
        <source>engine segments needs exactly one of --text and --text-file</source>
        <translation>engine segments requiere exactamente uno de --text y --text-file</translation>
    </message>
    <message>
        <source>Encoding: %1</source>
        <translation>Codificación: %1</translation>
    </message>
    <message>
        <source>Segments: %1</source>
        <translation>Segmentos: %1</translation>
    </message>
    <message>
        <source>Septets: %1 (parts: %2; a single part holds %3, each part of a longer message %4)</source>
        <translation>Septetos: %1 (partes: %2; una sola parte admite %3, cada parte de un mensaje más largo %4)</translation>
    </message>
    <message>
        <source>UTF-16 units: %1 (parts: %2; a single part holds %3, each part of a longer message %4)</source>
        <translation>Unidades UTF-16: %1 (partes: %2; una sola parte admite %3, cada parte de un mensaje más largo %4)</translation>
    </message>
    <message>
        <source>Forced UCS-2 (not in GSM-7): %1</source>
        <translation>Forzaron UCS-2 (no están en GSM-7): %1</translation>
    </message>
    <message>
        <source>Cost two septets (GSM-7 extension table): %1</source>
        <translation>Cuentan como dos septetos (tabla de extensión GSM-7): %1</translation>
    </message>
    <message>
        <source>The messaging engine: gateways, sends, status callbacks, segment counts.</source>
        <translation>El motor de mensajería: pasarelas, envíos, callbacks de estado, recuentos de segmentos.</translation>
    </message>
    <message>
        <source>add, list or remove</source>
        <translation>add, list o remove</translation>
    </message>
    <message>
        <source>twilio or telnyx</source>
        <translation>twilio o telnyx</translation>
    </message>
    <message>
        <source>Twilio Account SID; Telnyx messaging profile id.</source>
        <translation>Account SID de Twilio; id del perfil de mensajería de Telnyx.</translation>
    </message>
    <message>
        <source>Twilio messaging service to send through.</source>
        <translation>Servicio de mensajería de Twilio a través del cual enviar.</translation>
    </message>
    <message>
        <source>engine gateway takes add, list or remove</source>
        <translation>engine gateway admite add, list o remove</translation>
    </message>
    <message>
        <source>engine gateway %1 takes one gateway address</source>
        <translation>engine gateway %1 admite una sola dirección de pasarela</translation>
    </message>
    <message>
        <source>No gateways. Add one with &apos;engine gateway add ADDRESS --provider twilio --account AC…&apos;.</source>
        <translation>No hay pasarelas. Añada una con &apos;engine gateway add ADDRESS --provider twilio --account AC…&apos;.</translation>
    </message>
    <message>
        <source>Added gateway %1.</source>
        <translation>Se añadió la pasarela %1.</translation>
    </message>
    <message>
        <source>Removed gateway %1.</source>
        <translation>Se eliminó la pasarela %1.</translation>
    </message>
    <message>
        <source>Shows, or sets, the region numbers without a country code are read in (US, GB, …).</source>
        <translation>Muestra o establece la región en la que se interpretan los números sin código de país (US, GB, …).</translation>
    </message>
    <message>
        <source>A region code.</source>
        <translation>Un código de región.</translation>
    </message>
    <message>
        <source>Sends every row of a CSV file (header: gateway,to,sms_record_id,batch_id,source_record_id,text) through the pipeline. Recipients and texts are used for the send and kept nowhere.</source>
        <translation>Envía cada fila de un archivo CSV (encabezado: gateway,to,sms_record_id,batch_id,source_record_id,text) a través de la canalización. Los destinatarios y los textos se usan para el envío y no se conservan en ningún sitio.</translation>
    </message>
    <message>
        <source>Sends one message through the pipeline: validate, count segments, hash the recipient, submit, log. The recipient, the text and the source record id are kept nowhere. The text comes from --text, --text-file or standard input.</source>
        <translation>Envía un mensaje a través de la canalización: validar, contar segmentos, aplicar hash al destinatario, enviar al proveedor, registrar. El destinatario, el texto y el id del registro de origen no se conservan en ningún sitio. El texto procede de --text, --text-file o la entrada estándar.</translation>
    </message>
    <message>
        <source>The sending gateway.</source>
        <translation>La pasarela de envío.</translation>
    </message>
    <message>
        <source>The recipient (E.164, national, or whatsapp:+…).</source>
        <translation>El destinatario (E.164, nacional o whatsapp:+…).</translation>
    </message>
    <message>
        <source>The Salesforce SMS record id.</source>
        <translation>El id del registro SMS de Salesforce.</translation>
    </message>
    <message>
        <source>The batch group id.</source>
        <translation>El id de grupo de lotes.</translation>
    </message>
    <message>
        <source>The Salesforce record it was sent from (not kept).</source>
        <translation>El registro de Salesforce desde el que se envió (no se conserva).</translation>
    </message>
    <message>
        <source>Read the text from a file.</source>
        <translation>Leer el texto de un archivo.</translation>
    </message>
    <message>
        <source>Stand-in for the providers&apos; hosts (e.g. the sandbox).</source>
        <translation>Sustituto de los hosts de los proveedores (p. ej., el sandbox).</translation>
    </message>
    <message>
        <source>Where &apos;engine serve&apos; listens, as the providers reach it (e.g. http://127.0.0.1:8090).</source>
        <translation>Dónde escucha &apos;engine serve&apos;, tal como lo alcanzan los proveedores (p. ej., http://127.0.0.1:8090).</translation>
    </message>
    <message>
        <source>Submits at once (default 8).</source>
        <translation>Envíos simultáneos (predeterminado: 8).</translation>
    </message>
    <message>
        <source>Submits per second per gateway (default 10).</source>
        <translation>Envíos por segundo y por pasarela (predeterminado: 10).</translation>
    </message>
    <message>
        <source>The CSV file.</source>
        <translation>El archivo CSV.</translation>
    </message>
    <message>
        <source>engine send-batch takes one CSV file</source>
        <translation>engine send-batch admite un solo archivo CSV</translation>
    </message>
    <message>
        <source>engine send needs --%1</source>
        <translation>engine send requiere --%1</translation>
    </message>
    <message>
        <source>give the text once: --text or --text-file</source>
        <translation>indique el texto una sola vez: --text o --text-file</translation>
    </message>
    <message>
        <source>cannot read the text: %1</source>
        <translation>no se puede leer el texto: %1</translation>
    </message>
    <message>
        <source>--callback takes an http(s) URL, not &apos;%1&apos;</source>
        <translation>--callback requiere una URL http(s), no &apos;%1&apos;</translation>
    </message>
    <message numerus="yes">
        <source>Sent SMS record %1 as %2 (%3, %n segment(s)).</source>
        <translation>
            <numerusform>Se envió el registro SMS %1 como %2 (%3, %n segmento).</numerusform>
            <numerusform>Se envió el registro SMS %1 como %2 (%3, %n segmentos).</numerusform>
        </translation>
    </message>
    <message>
        <source>SMS record %1 not sent: %2</source>
        <translation>Registro SMS %1 no enviado: %2</translation>
    </message>
    <message>
        <source>SMS record %1 refused: %2</source>
        <translation>Registro SMS %1 rechazado: %2</translation>
    </message>
    <message>
        <source>SMS record %1: warning: %2</source>
        <translation>Registro SMS %1: advertencia: %2</translation>
    </message>
    <message>
        <source>Sent %1 of %2 messages; %3 failed or refused.</source>
        <translation>Se enviaron %1 de %2 mensajes; %3 fallaron o fueron rechazados.</translation>
    </message>
    <message>
        <source>Address and port (default 127.0.0.1:8090).</source>
        <translation>Dirección y puerto (predeterminado: 127.0.0.1:8090).</translation>
    </message>
    <message>
        <source>The base URL the providers call, when a proxy stands in front.</source>
        <translation>La URL base a la que llaman los proveedores, cuando hay un proxy delante.</translation>
    </message>
    <message>
        <source>--listen takes host:port, such as 127.0.0.1:8090, not &apos;%1&apos;</source>
        <translation>--listen requiere host:port, como 127.0.0.1:8090, no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>cannot listen on %1:%2</source>
        <translation>no se puede escuchar en %1:%2</translation>
    </message>
    <message>
        <source>relayaudit-cli: refused: %1</source>
        <translation>relayaudit-cli: rechazado: %1</translation>
    </message>
    <message>
        <source>Listening: Twilio status callbacks at %1, Telnyx webhooks at %2. Ctrl-C stops.</source>
        <translation>Escuchando: callbacks de estado de Twilio en %1, webhooks de Telnyx en %2. Ctrl-C detiene el servicio.</translation>
    </message>
    <message>
        <source>Stopped: %1 status changes applied, %2 kept in timelines only, %3 ahead of their submit (applied when it is logged), %4 refused.</source>
        <translation>Detenido: %1 cambios de estado aplicados, %2 conservados solo en cronologías, %3 llegados antes de su envío (se aplicarán cuando este se registre), %4 rechazados.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Salesforce API name</source>
        <translation>&apos;%1&apos; no es un nombre de API de Salesforce</translation>
    </message>
    <message>
        <source>%1 of %2 submitted…</source>
        <translation>%1 de %2 enviados…</translation>
    </message>
    <message>
        <source>warning: no credentials for %1 in the environment or the keychain; its sends will be refused</source>
        <translation>advertencia: no hay credenciales para %1 en el entorno ni en el llavero; sus envíos se rechazarán</translation>
    </message>
    <message>
        <source>Answer short links only; no provider callback credentials are needed.</source>
        <translation>Responder solo a enlaces cortos; no se necesitan credenciales de callbacks de proveedores.</translation>
    </message>
    <message>
        <source>set TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN, or TELNYX_PUBLIC_KEY: without them no callback can be verified (--links-only serves short links alone)</source>
        <translation>establezca TWILIO_ACCOUNT_SID y TWILIO_AUTH_TOKEN, o TELNYX_PUBLIC_KEY: sin ellas no se puede verificar ningún callback (--links-only sirve solo enlaces cortos)</translation>
    </message>
    <message>
        <source>Short links: %1 followed, %2 clicks recorded, %3 unknown codes, %4 refused by the rate limit.</source>
        <translation>Enlaces cortos: %1 seguidos, %2 clics registrados, %3 códigos desconocidos, %4 rechazados por el límite de frecuencia.</translation>
    </message>
    <message>
        <source>%1: %2 MiB is more than a send batch can be (%3 MiB); split it</source>
        <translation>%1: %2 MiB es más de lo que puede ocupar un lote de envío (%3 MiB); divídalo</translation>
    </message>
    <message numerus="yes">
        <source>Sent SMS record %1 (%2, %n segment(s)); warning: %3</source>
        <translation>
            <numerusform>Registro SMS %1 enviado (%2, %n segmento); aviso: %3</numerusform>
            <numerusform>Registro SMS %1 enviado (%2, %n segmentos); aviso: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Callbacks: %1 replays of an event held already (nothing added), %2 ahead of their submit refused because the early events were full (503), %3 early events dropped unmatched after a day.</source>
        <translation>Callbacks: %1 repeticiones de un evento ya guardado (no se añadió nada), %2 llegados antes de su envío rechazados porque los eventos anticipados estaban llenos (503), %3 eventos anticipados descartados sin coincidencia después de un día.</translation>
    </message>
    <message>
        <source>engine gateway add ADDRESS --provider twilio|telnyx [--account SID] [--service MG…] [--org NAME --record-id ID]
engine gateway list
engine gateway remove ADDRESS
The client&apos;s sending numbers (E.164, short codes, whatsapp:+…) and the provider details the engine sends them with; each may belong to a client org (&apos;engine org add&apos;) and name its Gateway record there.</source>
        <translation>engine gateway add ADDRESS --provider twilio|telnyx [--account SID] [--service MG…] [--org NAME --record-id ID]
engine gateway list
engine gateway remove ADDRESS
Los números de envío del cliente (E.164, códigos cortos, whatsapp:+…) y los datos del proveedor con los que el motor envía desde ellos; cada una puede pertenecer a una org de cliente (&apos;engine org add&apos;) e indicar allí su registro Gateway.</translation>
    </message>
    <message>
        <source>The client org the gateway belongs to (&apos;engine org add&apos;).</source>
        <translation>La org del cliente a la que pertenece la pasarela (&apos;engine org add&apos;).</translation>
    </message>
    <message>
        <source>Its Gateway record in that org (a0G…).</source>
        <translation>Su registro Gateway en esa org (a0G…).</translation>
    </message>
    <message>
        <source>The org&apos;s own URL (https://acme.my.salesforce.com).</source>
        <translation>La URL propia de la org (https://acme.my.salesforce.com).</translation>
    </message>
    <message>
        <source>engine org %1 takes one org name</source>
        <translation>engine org %1 admite un nombre de org</translation>
    </message>
    <message>
        <source>No orgs. Add one with &apos;engine org add NAME --instance-url URL&apos;.</source>
        <translation>No hay orgs. Añada una con &apos;engine org add NAME --instance-url URL&apos;.</translation>
    </message>
    <message>
        <source>relayaudit-cli: warning: the org&apos;s keychain entry was not removed: %1</source>
        <translation>relayaudit-cli: aviso: no se eliminó la entrada del llavero de la org: %1</translation>
    </message>
    <message>
        <source>Removed org %1.</source>
        <translation>Se eliminó la org %1.</translation>
    </message>
    <message>
        <source>engine org add needs --instance-url</source>
        <translation>engine org add necesita --instance-url</translation>
    </message>
    <message>
        <source>relayaudit-cli: warning: the org&apos;s secrets are not in the keychain (%1); set the SALESFORCE_* variables for each command that reaches it, or run &apos;credentials set salesforce --org %2&apos; where a keychain answers.</source>
        <translation>relayaudit-cli: aviso: los secretos de la org no están en el llavero (%1); defina las variables SALESFORCE_* para cada comando que la use, o ejecute &apos;credentials set salesforce --org %2&apos; donde responda un llavero.</translation>
    </message>
    <message>
        <source>Added org %1 (%2); its secrets are in the system keychain.</source>
        <translation>Se añadió la org %1 (%2); sus secretos están en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Added org %1 (%2).</source>
        <translation>Se añadió la org %1 (%2).</translation>
    </message>
    <message>
        <source>Org %1: signed in, and %2 can be read.</source>
        <translation>Org %1: sesión iniciada, y %2 se puede leer.</translation>
    </message>
    <message>
        <source>check: the SMS object to read (default: the org&apos;s, &apos;engine org fields&apos;).</source>
        <translation>check: el objeto SMS que se lee (por defecto: el de la org, &apos;engine org fields&apos;).</translation>
    </message>
    <message>
        <source>fields: set a name or a Status value (object=…, status-field=…, status:delivered=Sent Successfully); repeatable.</source>
        <translation>fields: fija un nombre o un valor de Status (object=…, status-field=…, status:delivered=Sent Successfully); repetible.</translation>
    </message>
    <message>
        <source>fields: put a key back to its default; repeatable.</source>
        <translation>fields: devuelve una clave a su valor por defecto; repetible.</translation>
    </message>
    <message>
        <source>--set takes KEY=VALUE, not &apos;%1&apos;</source>
        <translation>--set admite CLAVE=VALOR, no &apos;%1&apos;</translation>
    </message>
    <message numerus="yes">
        <source>%n write-back(s) the org refused a Status value for will be tried again.</source>
        <translation>
            <numerusform>%n escritura de vuelta cuyo valor de Status rechazó la org se intentará de nuevo.</numerusform>
            <numerusform>%n escrituras de vuelta cuyo valor de Status rechazó la org se intentarán de nuevo.</numerusform>
        </translation>
    </message>
    <message>
        <source>(assumed name)</source>
        <translation>(nombre supuesto)</translation>
    </message>
    <message>
        <source>(Status not written)</source>
        <translation>(Status no se escribe)</translation>
    </message>
    <message>
        <source>the default org</source>
        <translation>la org por defecto</translation>
    </message>
    <message>
        <source>org %1</source>
        <translation>la org %1</translation>
    </message>
    <message>
        <source>Writes each SMS record&apos;s status back to its org (sObject Collections PATCH, 200 a request) until nothing is pending: the Status picklist value the provider&apos;s status maps to, and the provider&apos;s status, error code, message id and segments in their own fields. Every org with pending work is written in one run, each with its own login and field map (&apos;engine org fields&apos;); one org&apos;s failure holds back only that org. --check reads the records back instead (SOQL) and compares.
A registered org&apos;s secrets come from the keychain. The default org (the gateways without an org) signs in with SALESFORCE_CLIENT_ID with SALESFORCE_CLIENT_SECRET and SALESFORCE_REFRESH_TOKEN (refresh-token flow), or with SALESFORCE_USERNAME and SALESFORCE_JWT_KEY_FILE (JWT bearer flow, RS256; the file readable by you only); its names are the package&apos;s unless the options below say otherwise.</source>
        <translation>Escribe el estado de cada registro SMS en su org (sObject Collections PATCH, 200 por petición) hasta que no quede nada pendiente: el valor de la lista de selección Status al que corresponde el estado del proveedor, y el estado, el código de error, el id de mensaje y los segmentos del proveedor en sus propios campos. Cada org con trabajo pendiente se escribe en una ejecución, cada una con su propio inicio de sesión y mapa de campos (&apos;engine org fields&apos;); el fallo de una org solo retiene a esa org. --check lee los registros en su lugar (SOQL) y compara.
Los secretos de una org registrada vienen del llavero. La org por defecto (las pasarelas sin org) inicia sesión con SALESFORCE_CLIENT_ID con SALESFORCE_CLIENT_SECRET y SALESFORCE_REFRESH_TOKEN (flujo de token de actualización), o con SALESFORCE_USERNAME y SALESFORCE_JWT_KEY_FILE (flujo JWT bearer, RS256; el archivo legible solo por usted); sus nombres son los del paquete salvo que las opciones siguientes digan otra cosa.</translation>
    </message>
    <message>
        <source>Compare what the orgs hold with the log; write nothing.</source>
        <translation>Compara lo que tienen las orgs con el registro; no escribe nada.</translation>
    </message>
    <message>
        <source>The default org&apos;s; default %1.</source>
        <translation>El de la org por defecto; por defecto %1.</translation>
    </message>
    <message>
        <source>org %1 is not registered: register it with &apos;engine org add&apos;</source>
        <translation>la org %1 no está registrada: regístrela con &apos;engine org add&apos;</translation>
    </message>
    <message>
        <source>Checked %1 written-back SMS records in %5: %2 match the log, %3 differ, %4 missing in the org.</source>
        <translation>Comprobados %1 registros SMS escritos en %5: %2 coinciden con el registro, %3 difieren, %4 faltan en la org.</translation>
    </message>
    <message>
        <source>Wrote back %1 SMS records to %5 (%2 refusals retried, %3 given up, %4 session refreshes).</source>
        <translation>Escritos %1 registros SMS en %5 (%2 rechazos reintentados, %3 abandonados, %4 renovaciones de sesión).</translation>
    </message>
    <message numerus="yes">
        <source>%n org(s) not done, their write-backs wait for the next run: %1</source>
        <translation>
            <numerusform>%n org sin terminar, sus escrituras de vuelta esperan a la próxima ejecución: %1</numerusform>
            <numerusform>%n orgs sin terminar, sus escrituras de vuelta esperan a la próxima ejecución: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>relayaudit-cli: %1 refused %n SMS record(s) for good; the last reason: %2. &apos;deliveries find&apos; shows each one&apos;s.</source>
        <translation>
            <numerusform>relayaudit-cli: %1 rechazó %n registro SMS definitivamente; el último motivo: %2. &apos;deliveries find&apos; muestra el de cada uno.</numerusform>
            <numerusform>relayaudit-cli: %1 rechazó %n registros SMS definitivamente; el último motivo: %2. &apos;deliveries find&apos; muestra el de cada uno.</numerusform>
        </translation>
    </message>
    <message>
        <source>Asks each registered org (SOQL, every page) for the outgoing SMS records still &apos;Queued&apos; that are older than --older-than seconds, and sends those the log does not hold through the pipeline, as the package&apos;s callout would have: a record is sent once however often it is swept. Number and text are read into memory for the send and kept nowhere. An org that cannot be reached is named and the others are swept.</source>
        <translation>Pide a cada org registrada (SOQL, todas las páginas) los registros SMS salientes aún &apos;Queued&apos; con más de --older-than segundos, y envía por la canalización los que el registro no tiene, como lo habría hecho el callout del paquete: un registro se envía una vez por muchas veces que se barra. Número y texto se leen en memoria para el envío y no se guardan en ningún sitio. Una org inalcanzable se nombra y las demás se barren.</translation>
    </message>
    <message>
        <source>Sweep this registered org only.</source>
        <translation>Barrer solo esta org registrada.</translation>
    </message>
    <message>
        <source>Only records created at least this many seconds ago (default 120): younger ones are still on their way through the callout.</source>
        <translation>Solo registros creados hace al menos estos segundos (por defecto 120): los más recientes aún están llegando por el callout.</translation>
    </message>
    <message>
        <source>--older-than takes 0 to 2592000 seconds, not &apos;%1&apos;</source>
        <translation>--older-than admite de 0 a 2592000 segundos, no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>No orgs to sweep. Register one with &apos;engine org add&apos;.</source>
        <translation>No hay orgs que barrer. Registre una con &apos;engine org add&apos;.</translation>
    </message>
    <message>
        <source>relayaudit-cli: warning: %1</source>
        <translation>relayaudit-cli: aviso: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n queued record(s) to send; %1 already in the log.</source>
        <translation>
            <numerusform>%n registro en cola por enviar; %1 ya en el registro.</numerusform>
            <numerusform>%n registros en cola por enviar; %1 ya en el registro.</numerusform>
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
Las orgs cliente para las que trabaja el motor. &apos;add&apos; toma la connected app de las variables SALESFORCE_* de &apos;engine writeback&apos; (flujo refresh token o JWT bearer): la consumer key y el usuario se guardan en el espacio de trabajo, los secretos (client secret y refresh token, o la clave JWT) en el llavero del sistema, nunca en un archivo. &apos;check&apos; inicia sesión y lee un registro del objeto SMS. &apos;fields&apos; muestra o cambia el objeto SMS, los nombres de campo y los valores de la lista Status de la org (status:ESTADO-PROVEEDOR=VALOR). &apos;intake-secret&apos; guarda en el llavero del sistema el secreto con el que el paquete de la org firma su callout, leído de RELAYAUDIT_INTAKE_SECRET o tecleado sin eco (al menos 32 caracteres); &apos;engine serve&apos; lo lee allí, o de RELAYAUDIT_INTAKE_SECRET_&lt;ORG&gt;.</translation>
    </message>
    <message>
        <source>add, list, check, fields, intake-secret or remove</source>
        <translation>add, list, check, fields, intake-secret o remove</translation>
    </message>
    <message>
        <source>engine org takes add, list, check, fields, intake-secret or remove</source>
        <translation>engine org admite add, list, check, fields, intake-secret o remove</translation>
    </message>
    <message>
        <source>Intake secret of org %1: </source>
        <translation>Secreto de entrada de la org %1: </translation>
    </message>
    <message>
        <source>an intake secret has at least 32 characters; this one has %1</source>
        <translation>un secreto de entrada tiene al menos 32 caracteres; este tiene %1</translation>
    </message>
    <message>
        <source>the intake secret was not kept: %1; give &apos;engine serve&apos; %2 instead</source>
        <translation>el secreto de entrada no se guardó: %1; dé a &apos;engine serve&apos; %2 en su lugar</translation>
    </message>
    <message>
        <source>Org %1&apos;s intake secret is in the system keychain.</source>
        <translation>El secreto de entrada de la org %1 está en el llavero del sistema.</translation>
    </message>
    <message>
        <source>relayaudit-cli: warning: org %1 has no intake secret (%2, or &apos;engine org intake-secret %1&apos;); its callouts are refused</source>
        <translation>relayaudit-cli: aviso: la org %1 no tiene secreto de entrada (%2, o &apos;engine org intake-secret %1&apos;); sus callouts se rechazan</translation>
    </message>
    <message>
        <source>relayaudit-cli: SMS record %1 not sent: %2</source>
        <translation>relayaudit-cli: registro SMS %1 no enviado: %2</translation>
    </message>
    <message>
        <source>Intake: the package&apos;s callout at %1 for %2.</source>
        <translation>Entrada: el callout del paquete en %1 para %2.</translation>
    </message>
    <message>
        <source>Intake: %1 SMS records taken to send, %2 duplicates of records sent already (not sent again), %3 refused.</source>
        <translation>Entrada: %1 registros SMS aceptados para enviar, %2 duplicados de registros ya enviados (no se reenvían), %3 rechazados.</translation>
    </message>
    <message>
        <source>Sweep every registered org for outgoing records still &apos;Queued&apos; (as &apos;engine sweep&apos;) at the start and then every this many seconds (default 300; 0: never).</source>
        <translation>Barrer cada org registrada en busca de registros salientes aún &apos;Queued&apos; (como &apos;engine sweep&apos;) al inicio y luego cada tantos segundos (300 por defecto; 0: nunca).</translation>
    </message>
    <message>
        <source>The sweep takes records created at least this many seconds ago (default 120).</source>
        <translation>El barrido toma los registros creados hace al menos tantos segundos (120 por defecto).</translation>
    </message>
    <message>
        <source>--sweep-every takes 0 to 86400 seconds, not &apos;%1&apos;</source>
        <translation>--sweep-every admite de 0 a 86400 segundos, no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--sweep-older-than takes 0 to 2592000 seconds, not &apos;%1&apos;</source>
        <translation>--sweep-older-than admite de 0 a 2592000 segundos, no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Sweep: every %1 s, each registered org&apos;s outgoing records still &apos;Queued&apos; after %2 s.</source>
        <translation>Barrido: cada %1 s, los registros salientes de cada org registrada aún &apos;Queued&apos; tras %2 s.</translation>
    </message>
    <message>
        <source>relayaudit-cli: sweep: %1</source>
        <translation>relayaudit-cli: barrido: %1</translation>
    </message>
    <message>
        <source>relayaudit-cli: sweep: SMS record %1 refused: %2</source>
        <translation>relayaudit-cli: barrido: registro SMS %1 rechazado: %2</translation>
    </message>
    <message numerus="yes">
        <source>Sweep: %n queued record(s) the callout missed, sent now.</source>
        <translation>
            <numerusform>Barrido: %n registro en cola que el callout no trajo, enviado ahora.</numerusform>
            <numerusform>Barrido: %n registros en cola que el callout no trajo, enviados ahora.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sweep: %n queued record(s) the callout missed, sent.</source>
        <translation>
            <numerusform>Barrido: %n registro en cola que el callout no trajo, enviado.</numerusform>
            <numerusform>Barrido: %n registros en cola que el callout no trajo, enviados.</numerusform>
        </translation>
    </message>
    <message>
        <source>relayaudit-cli: warning: org %1&apos;s intake secret is shorter than %2 characters; not taken</source>
        <translation>relayaudit-cli: aviso: el secreto de entrada de la org %1 tiene menos de %2 caracteres; no se toma</translation>
    </message>
    <message>
        <source>relayaudit-cli: warning: %1 would serve more than one org; org %2&apos;s intake secret is taken from the keychain only</source>
        <translation>relayaudit-cli: aviso: %1 serviría a más de una org; el secreto de entrada de la org %2 se toma solo del llavero</translation>
    </message>
    <message>
        <source>Receives status callbacks: Twilio&apos;s at /twilio/status (X-Twilio-Signature under TWILIO_AUTH_TOKEN of TWILIO_ACCOUNT_SID), Telnyx&apos;s at /telnyx/webhook (Ed25519 under TELNYX_PUBLIC_KEY). Answers short links at /CODE. Takes the managed package&apos;s callout at POST /salesforce/sms for every registered org with an intake secret (RELAYAUDIT_INTAKE_SECRET_&lt;ORG&gt;, or &apos;engine org intake-secret&apos;): headers X-Relay-Org, X-Relay-Timestamp (Unix seconds) and X-Relay-Signature (base64 HMAC-SHA256 of timestamp + body), a JSON body {&quot;records&quot;: [...]} of at most 200 SMS records, each sent once through the pipeline. Sweeps every registered org as &apos;engine sweep&apos; does, at the start and every --sweep-every seconds. Takes incoming messages: Twilio&apos;s at POST /twilio/inbound (answered with an empty TwiML &lt;Response/&gt;), Telnyx&apos;s message.received events at /telnyx/webhook; each becomes an SMS record (Direction Incoming) in its gateway&apos;s org, and one the org cannot take is fetched again from the provider later. Refused requests get 403 (400 for a malformed callout) and one line here, without their content. Ctrl-C stops, after the sends under way are logged.</source>
        <translation>Recibe los callbacks de estado: los de Twilio en /twilio/status (X-Twilio-Signature con TWILIO_AUTH_TOKEN de TWILIO_ACCOUNT_SID), los de Telnyx en /telnyx/webhook (Ed25519 con TELNYX_PUBLIC_KEY). Responde a los enlaces cortos en /CODE. Acepta el callout del paquete gestionado en POST /salesforce/sms para cada org registrada con secreto de entrada (RELAYAUDIT_INTAKE_SECRET_&lt;ORG&gt;, o &apos;engine org intake-secret&apos;): cabeceras X-Relay-Org, X-Relay-Timestamp (segundos Unix) y X-Relay-Signature (HMAC-SHA256 en base64 de marca de tiempo + cuerpo), un cuerpo JSON {&quot;records&quot;: [...]} de 200 registros SMS como máximo, cada uno enviado una vez por la canalización. Barre cada org registrada como &apos;engine sweep&apos;, al inicio y cada --sweep-every segundos. Acepta mensajes entrantes: los de Twilio en POST /twilio/inbound (respondidos con un TwiML &lt;Response/&gt; vacío), los eventos message.received de Telnyx en /telnyx/webhook; cada uno se convierte en un registro SMS (Direction Incoming) en la org de su pasarela, y uno que la org no puede aceptar se vuelve a obtener del proveedor más tarde. Las peticiones rechazadas reciben 403 (400 para un callout mal formado) y una línea aquí, sin su contenido. Ctrl-C detiene, después de registrar los envíos en curso.</translation>
    </message>
    <message>
        <source>relayaudit-cli: warning: incoming messages are not taken (their senders&apos; numbers cannot be hashed): %1</source>
        <translation>relayaudit-cli: aviso: no se aceptan mensajes entrantes (los números de sus remitentes no se pueden cifrar con hash): %1</translation>
    </message>
    <message>
        <source>relayaudit-cli: incoming: %1</source>
        <translation>relayaudit-cli: entrante: %1</translation>
    </message>
    <message>
        <source>Incoming messages: Twilio&apos;s at %1, Telnyx&apos;s message.received at %2.</source>
        <translation>Mensajes entrantes: los de Twilio en %1, message.received de Telnyx en %2.</translation>
    </message>
    <message>
        <source>Incoming: %1 messages taken, %2 duplicates, %3 SMS records created, %4 left pending for the org, %5 given up.</source>
        <translation>Entrantes: %1 mensajes aceptados, %2 duplicados, %3 registros SMS creados, %4 pendientes para la org, %5 abandonados.</translation>
    </message>
    <message>
        <source>Incoming messages an org could not take are fetched again from their provider this many seconds later at first, the wait doubling to an hour (default 60).</source>
        <translation>Los mensajes entrantes que una org no pudo aceptar se vuelven a pedir a su proveedor primero tras estos segundos; la espera se duplica hasta una hora (por defecto 60).</translation>
    </message>
    <message>
        <source>--retry-every takes 1 to 3600 seconds, not &apos;%1&apos;</source>
        <translation>--retry-every admite de 1 a 3600 segundos, no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Stopping: waiting for the incoming messages under way (Ctrl-C again stops at once: they stay pending in the log and are fetched again from their providers at the next start)…</source>
        <translation>Deteniendo: esperando los mensajes entrantes en curso (otro Ctrl-C detiene de inmediato: quedan pendientes en el registro y se vuelven a pedir a sus proveedores en el próximo inicio)…</translation>
    </message>
    <message numerus="yes">
        <source>Stopping: waiting for %n send(s) under way (Ctrl-C again stops at once: a send not yet logged may then be sent again by the sweep)…</source>
        <translation>
            <numerusform>Deteniendo: esperando %n envío en curso (otro Ctrl-C detiene de inmediato: un envío aún no registrado podría volver a enviarlo el barrido)…</numerusform>
            <numerusform>Deteniendo: esperando %n envíos en curso (otro Ctrl-C detiene de inmediato: un envío aún no registrado podría volver a enviarlo el barrido)…</numerusform>
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
        <translation>Uso: relayaudit-cli engine &lt;acción&gt; [opciones]

Acciones:
  segments    Cuántos segmentos SMS ocupa un texto, y por qué.
  gateway     Añadir, listar o quitar las pasarelas de envío que puede usar el motor.
  org         Añadir, listar, comprobar o quitar las orgs cliente para las que trabaja el motor.
  region      Mostrar o fijar la región por defecto de los números sin prefijo de país.
  release-send  Dejar que se vuelva a enviar un envío cuyo proceso se detuvo a mitad del envío.
  send        Enviar un mensaje por la canalización.
  send-batch  Enviar cada fila de un archivo CSV por la canalización.
  serve       Recibir los callbacks de estado firmados de los proveedores.
  sweep       Enviar los registros SMS que cada org aún tiene como Queued y que faltan en el registro.
  writeback   Escribir los estados de entrega pendientes en los registros SMS de Salesforce.
</translation>
    </message>
    <message>
        <source>Lets an SMS record whose send is uncertain (a worker stopped while submitting it) be sent again by the next sweep or callout. First check the provider&apos;s log: if the provider has the message, do not release it. --list shows the uncertain sends.</source>
        <translation>Permite que el siguiente barrido o callout vuelva a enviar un registro SMS cuyo envío es incierto (un proceso se detuvo mientras lo enviaba). Compruebe antes el registro del proveedor: si el proveedor tiene el mensaje, no lo libere. --list muestra los envíos inciertos.</translation>
    </message>
    <message>
        <source>The SMS record id.</source>
        <translation>El id del registro SMS.</translation>
    </message>
    <message>
        <source>[id]</source>
        <translation>[id]</translation>
    </message>
    <message>
        <source>List the uncertain sends instead (org, SMS record id, since).</source>
        <translation>Listar en su lugar los envíos inciertos (org, id del registro SMS, desde).</translation>
    </message>
    <message>
        <source>The record&apos;s org (default: the default org).</source>
        <translation>La org del registro (por defecto: la org por defecto).</translation>
    </message>
    <message>
        <source>No uncertain sends.</source>
        <translation>No hay envíos inciertos.</translation>
    </message>
    <message>
        <source>SMS record %1 of %2: submit started %3 by a worker that stopped</source>
        <translation>Registro SMS %1 de %2: envío iniciado %3 por un proceso que se detuvo</translation>
    </message>
    <message>
        <source>engine release-send takes one SMS record id</source>
        <translation>engine release-send toma un id de registro SMS</translation>
    </message>
    <message>
        <source>SMS record %1 of %2 has no uncertain send: nothing to release</source>
        <translation>El registro SMS %1 de %2 no tiene un envío incierto: nada que liberar</translation>
    </message>
    <message>
        <source>Released SMS record %1 of %2: the next sweep or callout sends it.</source>
        <translation>Registro SMS %1 de %2 liberado: lo envía el siguiente barrido o callout.</translation>
    </message>
    <message>
        <source>; every worker of a deployment hashes with the same pepper: give it as RELAYAUDIT_PEPPER_FILE (a 0600 file of 64 hex digits) or RELAYAUDIT_PEPPER</source>
        <translation>; todos los procesos de un despliegue hashean con la misma pimienta: désela como RELAYAUDIT_PEPPER_FILE (un archivo 0600 con 64 dígitos hexadecimales) o RELAYAUDIT_PEPPER</translation>
    </message>
    <message>
        <source>Take the client&apos;s address from this header (e.g. X-Forwarded-For), set by a reverse proxy in front, for the short links&apos; and the refusals&apos; limits per address; without it the connection&apos;s address is used.</source>
        <translation>Tomar la dirección del cliente de esta cabecera (p. ej. X-Forwarded-For), fijada por un proxy inverso delante, para los límites por dirección de los enlaces cortos y de los rechazos; sin ella se usa la dirección de la conexión.</translation>
    </message>
    <message>
        <source>relayaudit-cli: purge: %1</source>
        <translation>relayaudit-cli: purga: %1</translation>
    </message>
</context>
<context>
    <name>relay::cli::ExportCommand</name>
    <message>
        <source>Export every live pull.</source>
        <translation>Exportar todas las descargas vigentes.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>El archivo que se escribirá.</translation>
    </message>
    <message>
        <source>export needs exactly one of --pull ID and --all</source>
        <translation>export requiere exactamente uno de --pull ID y --all</translation>
    </message>
    <message>
        <source>export needs --out FILE</source>
        <translation>export requiere --out FILE</translation>
    </message>
    <message>
        <source>Wrote %1 records to %2.</source>
        <translation>Se escribieron %1 registros en %2.</translation>
    </message>
    <message>
        <source>Export a client usage report: records or a breakdown as CSV or JSON, or a PDF.</source>
        <translation>Exportar un informe de uso de un cliente: registros o un desglose como CSV o JSON, o un PDF.</translation>
    </message>
    <message>
        <source>Writes the cached records of a pull (or of all live pulls), narrowed by the filter options, to a file. The file holds ids, the sending gateway, statuses, segments and timestamps; never a message body or a recipient. Every export is recorded in the activity log (counts only).</source>
        <translation>Escribe en un archivo los registros en caché de una descarga (o de todas las descargas vigentes), filtrados por las opciones de filtro. El archivo contiene ids, la pasarela de envío, estados, segmentos y marcas de tiempo; nunca un cuerpo de mensaje ni un destinatario. Cada exportación queda registrada en el registro de actividad (solo recuentos).</translation>
    </message>
    <message>
        <source>csv, json or pdf</source>
        <translation>csv, json o pdf</translation>
    </message>
    <message>
        <source>Write this breakdown (csv or json) instead of the records.</source>
        <translation>Escribir este desglose (csv o json) en lugar de los registros.</translation>
    </message>
    <message>
        <source>--format takes csv, json or pdf</source>
        <translation>--format admite csv, json o pdf</translation>
    </message>
    <message>
        <source>unknown dimension &apos;%1&apos;</source>
        <translation>dimensión desconocida &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--breakdown is for csv and json; a PDF holds every breakdown</source>
        <translation>--breakdown es para csv y json; un PDF contiene todos los desgloses</translation>
    </message>
    <message>
        <source>this build has no GUI libraries, which PDF reports need; export csv or json, or use the full build</source>
        <translation>esta compilación no tiene las bibliotecas gráficas que necesitan los informes PDF; exporte a csv o json, o use la compilación completa</translation>
    </message>
    <message>
        <source>Wrote a client usage report of %1 messages to %2.</source>
        <translation>Se escribió un informe de uso del cliente de %1 mensajes en %2.</translation>
    </message>
    <message>
        <source>Wrote %1 breakdown rows to %2.</source>
        <translation>Se escribieron %1 filas de desglose en %2.</translation>
    </message>
</context>
<context>
    <name>relay::cli::HashCommand</name>
    <message>
        <source>Normalise a phone number and print its v1 recipient hash (nothing else about it is kept or logged).</source>
        <translation>Normalizar un número de teléfono e imprimir su hash de destinatario v1 (no se conserva ni se registra nada más sobre él).</translation>
    </message>
    <message>
        <source>Normalises NUMBER to E.164 (libphonenumber; numbers without a country code are read in --region) and prints the workspace&apos;s v1 hash of it: HMAC-SHA-256 keyed with the workspace&apos;s pepper from the keychain (or RELAYAUDIT_PEPPER). The number is not stored or logged.</source>
        <translation>Normaliza NUMBER a E.164 (libphonenumber; los números sin código de país se interpretan según --region) e imprime su hash v1 del espacio de trabajo: HMAC-SHA-256 con clave del pepper del espacio de trabajo procedente del llavero (o de RELAYAUDIT_PEPPER). El número no se almacena ni se registra.</translation>
    </message>
    <message>
        <source>The phone number.</source>
        <translation>El número de teléfono.</translation>
    </message>
    <message>
        <source>Region for numbers without a country code (default US).</source>
        <translation>Región para los números sin código de país (predeterminada: US).</translation>
    </message>
    <message>
        <source>hash takes one phone number</source>
        <translation>hash admite un solo número de teléfono</translation>
    </message>
    <message>
        <source>relayaudit-cli: warning: the number is possible but not in an assigned range (such as the 555-01xx fiction range)</source>
        <translation>relayaudit-cli: advertencia: el número es posible, pero no está en un rango asignado (como el rango ficticio 555-01xx)</translation>
    </message>
</context>
<context>
    <name>relay::cli::ImportCommand</name>
    <message>
        <source>Import saved provider reports (Twilio pages or BulkExport day files, Telnyx detail records).</source>
        <translation>Importar informes guardados de proveedores (páginas de Twilio o archivos diarios de BulkExport, registros de detalle de Telnyx).</translation>
    </message>
    <message>
        <source>Imports files into the encrypted report cache as a new pull, kept 7 days. Formats:
  twilio-json  saved Twilio Messages list pages (JSON)
  twilio-bulk  Twilio BulkExport day files (JSON lines, plain or .gz)
  telnyx-mdr   saved Telnyx detail-record pages (JSON)
Message bodies and the other party&apos;s numbers are never read into the cache.</source>
        <translation>Importa archivos en la caché cifrada de informes como una nueva descarga, que se conserva 7 días. Formatos:
  twilio-json  páginas guardadas de la lista Messages de Twilio (JSON)
  twilio-bulk  archivos diarios de BulkExport de Twilio (líneas JSON, sin comprimir o .gz)
  telnyx-mdr   páginas guardadas de registros de detalle de Telnyx (JSON)
Los cuerpos de los mensajes y los números de la otra parte nunca se leen en la caché.</translation>
    </message>
    <message>
        <source>twilio-json, twilio-bulk or telnyx-mdr</source>
        <translation>twilio-json, twilio-bulk o telnyx-mdr</translation>
    </message>
    <message>
        <source>The files to import.</source>
        <translation>Los archivos que se importarán.</translation>
    </message>
    <message>
        <source>The client the report is for.</source>
        <translation>El cliente al que corresponde el informe.</translation>
    </message>
    <message>
        <source>import needs a format and at least one file</source>
        <translation>import requiere un formato y al menos un archivo</translation>
    </message>
    <message>
        <source>unknown import format &apos;%1&apos; (twilio-json, twilio-bulk, telnyx-mdr)</source>
        <translation>formato de importación desconocido &apos;%1&apos; (twilio-json, twilio-bulk, telnyx-mdr)</translation>
    </message>
    <message>
        <source>import needs at least one file</source>
        <translation>import requiere al menos un archivo</translation>
    </message>
    <message>
        <source>no such file: %1</source>
        <translation>no existe el archivo: %1</translation>
    </message>
    <message>
        <source>file %1/%2: %3 records, %4 duplicates, %5 records/s</source>
        <translation>archivo %1/%2: %3 registros, %4 duplicados, %5 registros/s</translation>
    </message>
    <message>
        <source>Interrupted: pull %1 keeps the %2 records stored so far.</source>
        <translation>Interrumpido: la descarga %1 conserva los %2 registros almacenados hasta ahora.</translation>
    </message>
    <message>
        <source>Imported %1 records (%2 segments) into pull %3; %4 duplicates skipped. Expires %5.</source>
        <translation>Se importaron %1 registros (%2 segmentos) en la descarga %3; se omitieron %4 duplicados. Caduca el %5.</translation>
    </message>
</context>
<context>
    <name>relay::cli::LinksCommand</name>
    <message>
        <source>Short links (Mogli URL and URL Pro): links, clicks, per-gateway mode, click write-back.</source>
        <translation>Enlaces cortos (Mogli URL y URL Pro): enlaces, clics, modo por pasarela, escritura de clics en Salesforce.</translation>
    </message>
    <message>
        <source>unknown links action &apos;%1&apos;</source>
        <translation>acción de links desconocida &apos;%1&apos;</translation>
    </message>
    <message>
        <source>links clicks: the recorded URL Pro clicks, newest first.</source>
        <translation>links clicks: los clics de URL Pro registrados, del más reciente al más antiguo.</translation>
    </message>
    <message>
        <source>links list: the short links, newest first. URL Pro links show the recipient hash and SMS record they were made for, never a number.</source>
        <translation>links list: los enlaces cortos, del más reciente al más antiguo. Los enlaces de URL Pro muestran el hash del destinatario y el registro SMS para los que se crearon, nunca un número.</translation>
    </message>
    <message>
        <source>At most this many (default 1000).</source>
        <translation>Como máximo esta cantidad (predeterminado: 1000).</translation>
    </message>
    <message>
        <source>--limit takes a positive number, not &apos;%1&apos;</source>
        <translation>--limit requiere un número positivo, no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>No short links.</source>
        <translation>No hay enlaces cortos.</translation>
    </message>
    <message numerus="yes">
        <source>%n click(s)</source>
        <translation>
            <numerusform>%n clic</numerusform>
            <numerusform>%n clics</numerusform>
        </translation>
    </message>
    <message>
        <source>No clicks recorded.</source>
        <translation>No hay clics registrados.</translation>
    </message>
    <message>
        <source>links gateway GATEWAY [--mode none|url|pro]: whether texts sent from GATEWAY get their http(s) links shortened (url), shortened with one tracked link per recipient (pro), or sent as written (none).</source>
        <translation>links gateway GATEWAY [--mode none|url|pro]: si los textos enviados desde GATEWAY tienen sus enlaces http(s) acortados (url), acortados con un enlace con seguimiento por destinatario (pro) o se envían tal como están escritos (none).</translation>
    </message>
    <message>
        <source>A gateway of this workspace.</source>
        <translation>Una pasarela de este espacio de trabajo.</translation>
    </message>
    <message>
        <source>none, url or pro.</source>
        <translation>none, url o pro.</translation>
    </message>
    <message>
        <source>links gateway takes one gateway</source>
        <translation>links gateway admite una sola pasarela</translation>
    </message>
    <message>
        <source>--mode is none, url or pro, not &apos;%1&apos;</source>
        <translation>--mode es none, url o pro, no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: links %2</source>
        <translation>%1: enlaces %2</translation>
    </message>
    <message>
        <source>links base-url [URL]: the address recipients reach &apos;engine serve&apos; at for short links (https://l.example.com); a short link is URL/CODE.</source>
        <translation>links base-url [URL]: la dirección en la que los destinatarios alcanzan &apos;engine serve&apos; para los enlaces cortos (https://l.example.com); un enlace corto es URL/CODE.</translation>
    </message>
    <message>
        <source>The new base URL.</source>
        <translation>La nueva URL base.</translation>
    </message>
    <message>
        <source>links base-url takes at most one URL</source>
        <translation>links base-url admite como máximo una URL</translation>
    </message>
    <message>
        <source>No link base URL is set.</source>
        <translation>No se ha establecido ninguna URL base para los enlaces.</translation>
    </message>
    <message>
        <source>links shorten URL: makes (or finds) the Mogli URL short link for URL.</source>
        <translation>links shorten URL: crea (o encuentra) el enlace corto de Mogli URL para URL.</translation>
    </message>
    <message>
        <source>An http(s) URL.</source>
        <translation>Una URL http(s).</translation>
    </message>
    <message>
        <source>links shorten takes one URL</source>
        <translation>links shorten admite una sola URL</translation>
    </message>
    <message>
        <source>The click object (default Link_Click__c).</source>
        <translation>El objeto de clic (predeterminado: Link_Click__c).</translation>
    </message>
    <message>
        <source>Its external id field (default Click_Key__c).</source>
        <translation>Su campo de id externo (predeterminado: Click_Key__c).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Salesforce API name</source>
        <translation>&apos;%1&apos; no es un nombre de API de Salesforce</translation>
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
        <translation>Uso: relayaudit-cli links &lt;action&gt; [options]

Acciones:
  list        Los enlaces cortos: código, dominio de destino, modo, clics.
  clicks      Clics de URL Pro: hora, dirección IP, dominio, datos del navegador, estado de la escritura en Salesforce.
  gateway     Mostrar o establecer el modo de enlaces de una pasarela: none, url o pro.
  base-url    Mostrar o establecer dónde responde &apos;engine serve&apos; a los enlaces cortos, tal como lo alcanzan los destinatarios.
  shorten     Crear un enlace corto para una URL.
  writeback   Escribir los clics pendientes en la organización de Salesforce del cliente.
Cuánto tiempo se conservan los enlaces: &apos;settings link-retention-days&apos;.
</translation>
    </message>
    <message>
        <source>Writes pending URL Pro clicks to the client&apos;s org as records of --object (sObject Collections upsert on --external-id-field, 200 a request) until none is pending. A click goes to the org of the message its link was in (its gateway&apos;s org); every org with pending clicks is written in one run, each with its own login, and one org&apos;s failure holds back only that org. The default org&apos;s connected app comes from the same SALESFORCE_* variables as &apos;engine writeback&apos;.</source>
        <translation>Escribe los clics URL Pro pendientes en la org del cliente como registros de --object (upsert de sObject Collections sobre --external-id-field, 200 por petición) hasta que no quede ninguno. Un clic va a la org del mensaje en el que estaba su enlace (la org de su gateway); cada org con clics pendientes se escribe en una sola ejecución, cada una con su propio inicio de sesión, y el fallo de una org solo retiene esa org. La app conectada de la org por defecto sale de las mismas variables SALESFORCE_* que &apos;engine writeback&apos;.</translation>
    </message>
    <message>
        <source>relayaudit-cli: clicks not written back to %1</source>
        <translation>relayaudit-cli: clics no escritos de vuelta en %1</translation>
    </message>
    <message>
        <source>the default org</source>
        <translation>la org por defecto</translation>
    </message>
    <message>
        <source>org %1</source>
        <translation>la org %1</translation>
    </message>
    <message>
        <source>Wrote back %1 clicks to %5 (%2 refusals retried, %3 given up, %4 session refreshes).</source>
        <translation>%1 clics escritos de vuelta en %5 (%2 rechazos reintentados, %3 abandonados, %4 renovaciones de sesión).</translation>
    </message>
</context>
<context>
    <name>relay::cli::PullCommand</name>
    <message>
        <source>Pull a provider&apos;s usage report for a date range into the encrypted cache (resumable).</source>
        <translation>Descargar en la caché cifrada el informe de uso de un proveedor para un intervalo de fechas (reanudable).</translation>
    </message>
    <message>
        <source>Pulls message records (sending gateway, segments, status timestamps, ids, campaign and brand) from Twilio or Telnyx for UTC days --from..--to, and Twilio&apos;s daily usage. Bodies and recipients are not kept.
Credentials: TWILIO_ACCOUNT_SID with TWILIO_AUTH_TOKEN (or TWILIO_API_KEY and TWILIO_API_SECRET); TELNYX_API_KEY.
Ctrl-C stops cleanly; &apos;pull --resume ID&apos; continues where it stopped.</source>
        <translation>Descarga registros de mensajes (pasarela de envío, segmentos, marcas de tiempo de estado, ids, campaña y marca) de Twilio o Telnyx para los días UTC --from..--to, y el uso diario de Twilio. Los cuerpos y los destinatarios no se conservan.
Credenciales: TWILIO_ACCOUNT_SID con TWILIO_AUTH_TOKEN (o TWILIO_API_KEY y TWILIO_API_SECRET); TELNYX_API_KEY.
Ctrl-C detiene limpiamente; &apos;pull --resume ID&apos; continúa donde se detuvo.</translation>
    </message>
    <message>
        <source>First UTC day (YYYY-MM-DD).</source>
        <translation>Primer día UTC (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Last UTC day (YYYY-MM-DD).</source>
        <translation>Último día UTC (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Only this sending gateway (repeatable).</source>
        <translation>Solo esta pasarela de envío (se puede repetir).</translation>
    </message>
    <message>
        <source>The client the report is for.</source>
        <translation>El cliente al que corresponde el informe.</translation>
    </message>
    <message>
        <source>Stand-in for every host of the provider (e.g. the sandbox).</source>
        <translation>Sustituto de todos los hosts del proveedor (p. ej., el sandbox).</translation>
    </message>
    <message>
        <source>Continue an interrupted pull.</source>
        <translation>Continuar una descarga interrumpida.</translation>
    </message>
    <message>
        <source>--resume takes a pull id, not &apos;%1&apos;</source>
        <translation>--resume requiere un id de descarga, no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>pull needs --from and --to as YYYY-MM-DD</source>
        <translation>pull requiere --from y --to como YYYY-MM-DD</translation>
    </message>
    <message>
        <source>--base-url takes an http(s) URL, not &apos;%1&apos;</source>
        <translation>--base-url requiere una URL http(s), no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>pull %1: %2 pages, %3 records, %4 records/s</source>
        <translation>descarga %1: %2 páginas, %3 registros, %4 registros/s</translation>
    </message>
    <message>
        <source>
Interrupted. Resume with: relayaudit-cli pull --resume %1</source>
        <translation>
Interrumpida. Reanude con: relayaudit-cli pull --resume %1</translation>
    </message>
    <message>
        <source>Pull %1 stopped; what was stored is kept. Resume with: relayaudit-cli pull --resume %1</source>
        <translation>Descarga %1 detenida; se conserva lo que se almacenó. Reanude con: relayaudit-cli pull --resume %1</translation>
    </message>
    <message>
        <source>Pull %1 complete: %2 records (%3 segments) in %4 pages; %5 retries. Expires %6.</source>
        <translation>Descarga %1 completada: %2 registros (%3 segmentos) en %4 páginas; %5 reintentos. Caduca el %6.</translation>
    </message>
    <message>
        <source>twilio (Messages list), twilio-bulk (BulkExport day files) or telnyx</source>
        <translation>twilio (lista Messages), twilio-bulk (archivos diarios de BulkExport) o telnyx</translation>
    </message>
    <message>
        <source>pull takes twilio, twilio-bulk or telnyx (or --resume ID)</source>
        <translation>pull admite twilio, twilio-bulk o telnyx (o --resume ID)</translation>
    </message>
    <message>
        <source>The Twilio Account SID (default: TWILIO_ACCOUNT_SID).</source>
        <translation>El Account SID de Twilio (predeterminado: TWILIO_ACCOUNT_SID).</translation>
    </message>
    <message>
        <source>; or store them with &apos;relayaudit-cli credentials set&apos;</source>
        <translation>; o almacénelas con &apos;relayaudit-cli credentials set&apos;</translation>
    </message>
    <message>
        <source>pull %1 is an import of files (%2); imports do not resume: import the files again with &apos;relayaudit-cli import %2 FILE...&apos; (messages stored already are skipped), and delete this one with &apos;relayaudit-cli purge --pull %1&apos;</source>
        <translation>la descarga %1 es una importación de archivos (%2); las importaciones no se reanudan: importe los archivos de nuevo con &apos;relayaudit-cli import %2 ARCHIVO...&apos; (los mensajes ya guardados se omiten) y borre esta con &apos;relayaudit-cli purge --pull %1&apos;</translation>
    </message>
</context>
<context>
    <name>relay::cli::PullsCommand</name>
    <message>
        <source>List the report pulls in the cache, with their 7-day expiry.</source>
        <translation>Enumerar las descargas de informes de la caché, con su caducidad de 7 días.</translation>
    </message>
    <message>
        <source>Lists report pulls (oldest first): id, provider, client, range, state, records, segments, created, expires.</source>
        <translation>Enumera las descargas de informes (de la más antigua a la más reciente): id, proveedor, cliente, intervalo, estado, registros, segmentos, creación, caducidad.</translation>
    </message>
    <message>
        <source>No report pulls in this workspace.</source>
        <translation>No hay descargas de informes en este espacio de trabajo.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>PROVIDER</source>
        <translation>PROVEEDOR</translation>
    </message>
    <message>
        <source>CLIENT</source>
        <translation>CLIENTE</translation>
    </message>
    <message>
        <source>RANGE</source>
        <translation>INTERVALO</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <source>RECORDS</source>
        <translation>REGISTROS</translation>
    </message>
    <message>
        <source>SEGMENTS</source>
        <translation>SEGMENTOS</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>CREADA</translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation>CADUCA</translation>
    </message>
</context>
<context>
    <name>relay::cli::PurgeCommand</name>
    <message>
        <source>Delete report pulls past their retention now (or one pull), keeping counts in the purge log.</source>
        <translation>Eliminar ahora las descargas de informes que hayan superado su retención (o una descarga), conservando los recuentos en el registro de purgas.</translation>
    </message>
    <message>
        <source>Deletes expired report pulls (past their 7 days), or one pull at once with --pull. The purge log keeps ids, counts and times only.</source>
        <translation>Elimina las descargas de informes caducadas (pasados sus 7 días), o una descarga de inmediato con --pull. El registro de purgas conserva solo ids, recuentos y horas.</translation>
    </message>
    <message>
        <source>Only list what would be deleted.</source>
        <translation>Solo enumerar lo que se eliminaría.</translation>
    </message>
    <message>
        <source>Delete this pull now, expired or not.</source>
        <translation>Eliminar esta descarga ahora, haya caducado o no.</translation>
    </message>
    <message>
        <source>--pull takes a pull id, not &apos;%1&apos;</source>
        <translation>--pull requiere un id de descarga, no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Nothing to purge.</source>
        <translation>No hay nada que purgar.</translation>
    </message>
    <message>
        <source>Would delete pull %1: %2 records.</source>
        <translation>Se eliminaría la descarga %1: %2 registros.</translation>
    </message>
    <message>
        <source>Deleted pull %1: %2 records.</source>
        <translation>Se eliminó la descarga %1: %2 registros.</translation>
    </message>
</context>
<context>
    <name>relay::cli::RetentionCommand</name>
    <message>
        <source>retention verify: runs every check of the retention inventory on the live workspace (tables and columns, phone numbers, message text, retention, hashes, encryption and file modes, secrets) and prints each with its counts and evidence. Exit status 0 only when all pass.</source>
        <translation>retention verify: ejecuta todas las comprobaciones del inventario de retención sobre el espacio de trabajo activo (tablas y columnas, números de teléfono, texto de mensajes, retención, hashes, cifrado y permisos de archivos, secretos) e imprime cada una con sus recuentos y evidencias. Estado de salida 0 solo cuando se superan todas.</translation>
    </message>
    <message>
        <source>The action.</source>
        <translation>La acción.</translation>
    </message>
    <message>
        <source>The settings file to check (default: Relay Audit&apos;s own).</source>
        <translation>El archivo de configuración que se comprobará (predeterminado: el del propio Relay Audit).</translation>
    </message>
    <message>
        <source>Retention inventory v%1 against %2</source>
        <translation>Inventario de retención v%1 frente a %2</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>SUPERADA</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>FALLIDA</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… y %1 más</translation>
    </message>
    <message>
        <source>All checks pass (%1 ms).</source>
        <translation>Se superan todas las comprobaciones (%1 ms).</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) (%1 ms).</source>
        <translation>
            <numerusform>%n hallazgo (%1 ms).</numerusform>
            <numerusform>%n hallazgos (%1 ms).</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the workspace against the data policy; look up what is kept; signed compliance reports.</source>
        <translation>Comprobar el espacio de trabajo frente a la política de datos; consultar qué se conserva; informes de cumplimiento firmados.</translation>
    </message>
    <message>
        <source>retention takes: verify | lookup | report | verify-report</source>
        <translation>retention admite: verify | lookup | report | verify-report</translation>
    </message>
    <message>
        <source>A recipient number (hashed in memory).</source>
        <translation>Un número de destinatario (se le aplica hash en memoria).</translation>
    </message>
    <message>
        <source>A Salesforce SMS record id.</source>
        <translation>Un id de registro SMS de Salesforce.</translation>
    </message>
    <message>
        <source>A provider message id.</source>
        <translation>Un id de mensaje del proveedor.</translation>
    </message>
    <message>
        <source>retention lookup needs exactly one of --phone, --sms-record and --provider-id</source>
        <translation>retention lookup requiere exactamente uno de --phone, --sms-record y --provider-id</translation>
    </message>
    <message>
        <source>Recipient hash: %1</source>
        <translation>Hash del destinatario: %1</translation>
    </message>
    <message>
        <source>Scheme: %1</source>
        <translation>Esquema: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) in the delivery log:</source>
        <translation>
            <numerusform>%n mensaje en el registro de entregas:</numerusform>
            <numerusform>%n mensajes en el registro de entregas:</numerusform>
        </translation>
    </message>
    <message>
        <source>SMS record %1, batch %2, gateway %3, %4 %5, status %6</source>
        <translation>Registro SMS %1, lote %2, pasarela %3, %4 %5, estado %6</translation>
    </message>
    <message numerus="yes">
        <source>%n cached report row(s) with the same provider message id(s).</source>
        <translation>
            <numerusform>%n fila de informe en caché con el mismo id de mensaje del proveedor.</numerusform>
            <numerusform>%n filas de informe en caché con los mismos ids de mensaje del proveedor.</numerusform>
        </translation>
    </message>
    <message>
        <source>pull %1: %2 from %3, status %4</source>
        <translation>descarga %1: %2 de %3, estado %4</translation>
    </message>
    <message>
        <source>Not retained: %1.</source>
        <translation>No se conserva: %1.</translation>
    </message>
    <message>
        <source>Wrote %1: %2, signed by %3.</source>
        <translation>Se escribió %1: %2, firmado por %3.</translation>
    </message>
    <message>
        <source>every check passes</source>
        <translation>todas las comprobaciones se superan</translation>
    </message>
    <message>
        <source>some checks fail</source>
        <translation>algunas comprobaciones fallan</translation>
    </message>
    <message>
        <source>retention verify-report FILE.json [--public-key BASE64]: checks the report&apos;s Ed25519 signature and says whether it was altered; with --public-key (from &apos;workspace info&apos;), also that this workspace signed it.</source>
        <translation>retention verify-report FILE.json [--public-key BASE64]: comprueba la firma Ed25519 del informe e indica si se alteró; con --public-key (de &apos;workspace info&apos;), comprueba también que lo firmó este espacio de trabajo.</translation>
    </message>
    <message>
        <source>The report.</source>
        <translation>El informe.</translation>
    </message>
    <message>
        <source>The signer&apos;s public key, base64.</source>
        <translation>La clave pública del firmante, en base64.</translation>
    </message>
    <message>
        <source>retention verify-report takes one report file</source>
        <translation>retention verify-report admite un solo archivo de informe</translation>
    </message>
    <message>
        <source>--public-key takes a base64 Ed25519 public key (32 bytes)</source>
        <translation>--public-key requiere una clave pública Ed25519 en base64 (32 bytes)</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>no se puede leer %1</translation>
    </message>
    <message>
        <source>Valid: signed by %1 for workspace %2 at %3; unaltered.</source>
        <translation>Válido: firmado por %1 para el espacio de trabajo %2 el %3; sin alteraciones.</translation>
    </message>
    <message>
        <source>NOT VALID: %1</source>
        <translation>NO VÁLIDO: %1</translation>
    </message>
    <message>
        <source>retention report --out FILE.json|FILE.pdf: runs every check and writes the signed compliance report (inventory version, app version, workspace id, time, each check with its result and counts, the last 30 days&apos; purges as counts). Signed with the workspace&apos;s Ed25519 key; &apos;retention verify-report&apos; checks it. A PDF is written with the signed JSON beside it (same name, .json) and carries the signature&apos;s fingerprint.</source>
        <translation>retention report --out FILE.json|FILE.pdf: ejecuta todas las comprobaciones y escribe el informe de cumplimiento firmado (versión del inventario, versión de la aplicación, id del espacio de trabajo, hora, cada comprobación con su resultado y recuentos, las purgas de los últimos 30 días como recuentos). Se firma con la clave Ed25519 del espacio de trabajo; &apos;retention verify-report&apos; lo comprueba. Un PDF se escribe junto con el JSON firmado (mismo nombre, .json) e incluye la huella digital de la firma.</translation>
    </message>
    <message>
        <source>Where to write the report (.json or .pdf).</source>
        <translation>Dónde escribir el informe (.json o .pdf).</translation>
    </message>
    <message>
        <source>retention report needs --out FILE.json or --out FILE.pdf</source>
        <translation>retention report requiere --out FILE.json o --out FILE.pdf</translation>
    </message>
    <message>
        <source>this build has no PDF support (built without the GUI libraries); use --out FILE.json</source>
        <translation>esta compilación no admite PDF (se compiló sin las bibliotecas gráficas); use --out FILE.json</translation>
    </message>
    <message>
        <source>Wrote %1, its rendering.</source>
        <translation>Se escribió %1, su representación en PDF.</translation>
    </message>
    <message>
        <source>Usage: relayaudit-cli retention &lt;action&gt; [options]

Actions:
  verify         Run every check of the data policy on the live workspace.
  lookup         What is kept about one recipient or message, and what is not.
  report         Write the signed compliance report (JSON or PDF).
  verify-report  Check a report&apos;s signature.
</source>
        <translation>Uso: relayaudit-cli retention &lt;action&gt; [options]

Acciones:
  verify         Ejecutar todas las comprobaciones de la política de datos sobre el espacio de trabajo activo.
  lookup         Qué se conserva sobre un destinatario o un mensaje, y qué no.
  report         Escribir el informe de cumplimiento firmado (JSON o PDF).
  verify-report  Comprobar la firma de un informe.
</translation>
    </message>
    <message>
        <source>retention lookup (--phone NUMBER | --sms-record ID | --provider-id ID) [--store DSN]: what the workspace (or an engine&apos;s log) keeps about a recipient or a message (the hash, delivery-log entries, cached report rows) and what it does not keep. Every lookup is in the activity log (the hash or the id, never the number); at most %1 lookups per user in %2 minutes.</source>
        <translation>retention lookup (--phone NUMBER | --sms-record ID | --provider-id ID) [--store DSN]: qué conserva el espacio de trabajo (o el registro de un motor) sobre un destinatario o un mensaje (el hash, las entradas del registro de entregas, las filas de informes en caché) y qué no conserva. Cada consulta queda en el registro de actividad (el hash o el id, nunca el número); como máximo %1 consultas por usuario en %2 minutos.</translation>
    </message>
</context>
<context>
    <name>relay::cli::SandboxCommand</name>
    <message>
        <source>Serve the local Twilio- and Telnyx-shaped sandbox on 127.0.0.1.</source>
        <translation>Servir en 127.0.0.1 el sandbox local con forma de Twilio y Telnyx.</translation>
    </message>
    <message>
        <source>serve</source>
        <translation>serve</translation>
    </message>
    <message>
        <source>TCP port on 127.0.0.1 (0: any).</source>
        <translation>Puerto TCP en 127.0.0.1 (0: cualquiera).</translation>
    </message>
    <message>
        <source>Traffic seed.</source>
        <translation>Semilla del tráfico.</translation>
    </message>
    <message>
        <source>Messages in the range.</source>
        <translation>Mensajes en el intervalo.</translation>
    </message>
    <message>
        <source>First day of traffic.</source>
        <translation>Primer día de tráfico.</translation>
    </message>
    <message>
        <source>Last day of traffic.</source>
        <translation>Último día de tráfico.</translation>
    </message>
    <message>
        <source>Fault rates.</source>
        <translation>Tasas de fallos.</translation>
    </message>
    <message>
        <source>sandbox takes: serve</source>
        <translation>sandbox admite: serve</translation>
    </message>
    <message>
        <source>--port takes 0 to 65535</source>
        <translation>--port admite de 0 a 65535</translation>
    </message>
    <message>
        <source>--messages takes 0 to 10000000</source>
        <translation>--messages admite de 0 a 10000000</translation>
    </message>
    <message>
        <source>--from and --to take YYYY-MM-DD, --from first</source>
        <translation>--from y --to requieren YYYY-MM-DD, con --from primero</translation>
    </message>
    <message>
        <source>--faults: %1</source>
        <translation>--faults: %1</translation>
    </message>
    <message>
        <source>cannot listen on 127.0.0.1:%1</source>
        <translation>no se puede escuchar en 127.0.0.1:%1</translation>
    </message>
    <message>
        <source>The certificate (or public key) the stand-in org&apos;s connected app trusts for the JWT bearer flow, PEM.</source>
        <translation>El certificado (o clave pública) en el que confía la aplicación conectada de la organización sustituta para el flujo de portador JWT, en PEM.</translation>
    </message>
    <message>
        <source>--salesforce-cert: cannot read %1 as a PEM file</source>
        <translation>--salesforce-cert: no se puede leer %1 como archivo PEM</translation>
    </message>
    <message>
        <source>--salesforce-cert: %1 holds no certificate or public key</source>
        <translation>--salesforce-cert: %1 no contiene ningún certificado ni clave pública</translation>
    </message>
    <message>
        <source>Sandbox serving %1 messages (%2..%3) at %4
  Twilio: TWILIO_ACCOUNT_SID=%5 TWILIO_AUTH_TOKEN=%6
  Telnyx: TELNYX_API_KEY=%7 TELNYX_PUBLIC_KEY=%8
  Salesforce: SALESFORCE_CLIENT_ID=%9 SALESFORCE_CLIENT_SECRET=%10 SALESFORCE_REFRESH_TOKEN=%11 (--login-url %4)
  Salesforce JWT bearer flow: SALESFORCE_USERNAME=%12 with SALESFORCE_JWT_KEY_FILE (%13)
Ctrl-C to stop.</source>
        <translation>Sandbox sirviendo %1 mensajes (%2..%3) en %4
  Twilio: TWILIO_ACCOUNT_SID=%5 TWILIO_AUTH_TOKEN=%6
  Telnyx: TELNYX_API_KEY=%7 TELNYX_PUBLIC_KEY=%8
  Salesforce: SALESFORCE_CLIENT_ID=%9 SALESFORCE_CLIENT_SECRET=%10 SALESFORCE_REFRESH_TOKEN=%11 (--login-url %4)
  Flujo de portador JWT de Salesforce: SALESFORCE_USERNAME=%12 con SALESFORCE_JWT_KEY_FILE (%13)
Ctrl-C para detener.</translation>
    </message>
    <message>
        <source>start with --salesforce-cert to accept it</source>
        <translation>inicie con --salesforce-cert para aceptarlo</translation>
    </message>
    <message>
        <source>the key of %1</source>
        <translation>la clave de %1</translation>
    </message>
    <message>
        <source>sandbox serve: a local provider simulator with deterministic traffic (bodies and recipients included, as a provider has them), and a stand-in Salesforce org. Faults: --faults 429=0.1,500=0.05,truncate=0.02,reset=0.02,slow=0.01. What the people at the other end do, as form POSTs: /sandbox/reply (provider=twilio|telnyx, from, to, text, webhook, times: a recipient&apos;s reply, posted signed to the webhook), /sandbox/queued (gateway, phone_number, message, age_seconds: an outgoing SMS record set to Queued), /sandbox/gateway (id, inactive: a Gateway record), /sandbox/org (down, revoked: an outage, revoked tokens).</source>
        <translation>sandbox serve: un simulador local de proveedores con tráfico determinista (textos y destinatarios incluidos, como los tiene un proveedor) y una org de Salesforce de sustitución. Fallos: --faults 429=0.1,500=0.05,truncate=0.02,reset=0.02,slow=0.01. Lo que hacen las personas al otro lado, como POST de formulario: /sandbox/reply (provider=twilio|telnyx, from, to, text, webhook, times: la respuesta de un destinatario, enviada firmada al webhook), /sandbox/queued (gateway, phone_number, message, age_seconds: un registro SMS saliente en Queued), /sandbox/gateway (id, inactive: un registro Gateway), /sandbox/org (down, revoked: una caída, tokens revocados).</translation>
    </message>
    <message>
        <source>Play the org&apos;s managed package: post each record /sandbox/queued makes to this intake URL (the engine&apos;s /salesforce/sms), signed for --org with its intake secret from RELAYAUDIT_INTAKE_SECRET_&lt;ORG&gt;.</source>
        <translation>Hacer de paquete gestionado de la org: enviar cada registro que crea /sandbox/queued a esta URL de admisión (el /salesforce/sms del motor), firmado para --org con su secreto de admisión de RELAYAUDIT_INTAKE_SECRET_&lt;ORG&gt;.</translation>
    </message>
    <message>
        <source>The org&apos;s name in the engine&apos;s workspace (X-Relay-Org), with --callout.</source>
        <translation>El nombre de la org en el espacio de trabajo del motor (X-Relay-Org), con --callout.</translation>
    </message>
    <message>
        <source>With --callout: the share of callouts posted a second time (default 0.1).</source>
        <translation>Con --callout: la proporción de llamadas enviadas una segunda vez (por defecto 0.1).</translation>
    </message>
    <message>
        <source>With --callout: the share of callouts never posted, left to the sweep (default 0).</source>
        <translation>Con --callout: la proporción de llamadas que nunca se envían y quedan para el barrido (por defecto 0).</translation>
    </message>
    <message>
        <source>--callout takes the engine&apos;s intake URL, such as http://127.0.0.1:8090/salesforce/sms</source>
        <translation>--callout admite la URL de admisión del motor, como http://127.0.0.1:8090/salesforce/sms</translation>
    </message>
    <message>
        <source>--callout needs --org NAME, the org&apos;s name in the engine&apos;s workspace</source>
        <translation>--callout necesita --org NOMBRE, el nombre de la org en el espacio de trabajo del motor</translation>
    </message>
    <message>
        <source>--callout-twice and --callout-lost take a share from 0 to 1</source>
        <translation>--callout-twice y --callout-lost admiten una proporción de 0 a 1</translation>
    </message>
    <message>
        <source>--callout: set %1 to org %2&apos;s intake secret (at least %3 characters), as for engine serve</source>
        <translation>--callout: ponga en %1 el secreto de admisión de la org %2 (al menos %3 caracteres), como para engine serve</translation>
    </message>
</context>
<context>
    <name>relay::cli::SchedulerCommand</name>
    <message>
        <source>Scheduler: users&apos; free/busy times from iCalendar, bookable slots, guest bookings.</source>
        <translation>Programador: horas libres/ocupadas de los usuarios a partir de iCalendar, franjas reservables, reservas de invitados.</translation>
    </message>
    <message>
        <source>unknown scheduler action &apos;%1&apos;</source>
        <translation>acción de scheduler desconocida &apos;%1&apos;</translation>
    </message>
    <message>
        <source>scheduler import-ics USER FILE: reads FILE (a VFREEBUSY, or VEVENTs of which only start, end and transparency are kept) and replaces USER&apos;s busy times. Event titles, descriptions, locations, attendees and organisers are dropped while parsing. A malformed file stores nothing and names the line.</source>
        <translation>scheduler import-ics USER FILE: lee FILE (un VFREEBUSY, o VEVENT de los que solo se conservan el inicio, el fin y la transparencia) y sustituye las horas ocupadas de USER. Los títulos, descripciones, ubicaciones, asistentes y organizadores de los eventos se descartan durante el análisis. Un archivo mal formado no almacena nada e indica la línea.</translation>
    </message>
    <message>
        <source>The scheduler user.</source>
        <translation>El usuario del programador.</translation>
    </message>
    <message>
        <source>An .ics file.</source>
        <translation>Un archivo .ics.</translation>
    </message>
    <message>
        <source>scheduler import-ics takes USER FILE</source>
        <translation>scheduler import-ics requiere USER FILE</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 16 MiB; a calendar export is far smaller</source>
        <translation>%1 supera los 16 MiB; una exportación de calendario es mucho más pequeña</translation>
    </message>
    <message>
        <source>Imported %1&apos;s calendar: %2 busy interval(s) from %3 event(s) and %4 free/busy period(s); %5 transparent or cancelled event(s) block nothing. Time zone %6.</source>
        <translation>Se importó el calendario de %1: %2 intervalo(s) ocupado(s) de %3 evento(s) y %4 periodo(s) libre/ocupado; %5 evento(s) transparente(s) o cancelado(s) no bloquean nada. Zona horaria %6.</translation>
    </message>
    <message>
        <source>scheduler hours USER --start HH:MM --end HH:MM [--timezone ZONE]: the hours slots are offered in (09:00 to 17:00 in the calendar&apos;s time zone unless set).</source>
        <translation>scheduler hours USER --start HH:MM --end HH:MM [--timezone ZONE]: el horario en el que se ofrecen franjas (de 09:00 a 17:00 en la zona horaria del calendario, salvo que se establezca otro).</translation>
    </message>
    <message>
        <source>Start of the working day.</source>
        <translation>Inicio de la jornada laboral.</translation>
    </message>
    <message>
        <source>End of the working day.</source>
        <translation>Fin de la jornada laboral.</translation>
    </message>
    <message>
        <source>IANA time zone.</source>
        <translation>Zona horaria IANA.</translation>
    </message>
    <message>
        <source>scheduler hours takes USER --start HH:MM --end HH:MM, the start before the end</source>
        <translation>scheduler hours requiere USER --start HH:MM --end HH:MM, con el inicio antes del fin</translation>
    </message>
    <message>
        <source>--timezone: &apos;%1&apos; is not an IANA time zone</source>
        <translation>--timezone: &apos;%1&apos; no es una zona horaria IANA</translation>
    </message>
    <message>
        <source>%1 works %2 to %3.</source>
        <translation>%1 trabaja de %2 a %3.</translation>
    </message>
    <message>
        <source>scheduler terms USER --version V: records that USER agreed to the terms of use V (at sign-in), now.</source>
        <translation>scheduler terms USER --version V: registra, con la fecha actual, que USER aceptó las condiciones de uso V (al iniciar sesión).</translation>
    </message>
    <message>
        <source>The terms-of-use version.</source>
        <translation>La versión de las condiciones de uso.</translation>
    </message>
    <message>
        <source>scheduler terms takes USER --version V</source>
        <translation>scheduler terms requiere USER --version V</translation>
    </message>
    <message>
        <source>%1 agreed to terms %2.</source>
        <translation>%1 aceptó las condiciones %2.</translation>
    </message>
    <message>
        <source>scheduler users: each user&apos;s time zone, working hours, busy intervals and terms.</source>
        <translation>scheduler users: la zona horaria, el horario laboral, los intervalos ocupados y las condiciones de cada usuario.</translation>
    </message>
    <message>
        <source>No scheduler users; import a calendar with &apos;scheduler import-ics USER FILE&apos;.</source>
        <translation>No hay usuarios del programador; importe un calendario con &apos;scheduler import-ics USER FILE&apos;.</translation>
    </message>
    <message>
        <source>%1  %2  %3-%4  %5 busy interval(s)  terms %6</source>
        <translation>%1  %2  %3-%4  %5 intervalo(s) ocupado(s)  condiciones %6</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>no registrado</translation>
    </message>
    <message>
        <source>scheduler slots USER --from YYYY-MM-DD --to YYYY-MM-DD --length 30m: the free slots of that length inside USER&apos;s working hours (in the user&apos;s time zone), none overlapping busy time or a booking. --json prints [{&quot;start&quot;, &quot;end&quot;}] in ISO 8601 UTC.</source>
        <translation>scheduler slots USER --from YYYY-MM-DD --to YYYY-MM-DD --length 30m: las franjas libres de esa duración dentro del horario laboral de USER (en la zona horaria del usuario), sin que ninguna se solape con tiempo ocupado ni con una reserva. --json imprime [{&quot;start&quot;, &quot;end&quot;}] en ISO 8601 UTC.</translation>
    </message>
    <message>
        <source>First day.</source>
        <translation>Primer día.</translation>
    </message>
    <message>
        <source>Last day (inclusive).</source>
        <translation>Último día (incluido).</translation>
    </message>
    <message>
        <source>Slot length: 30m, 1h, 1h30m.</source>
        <translation>Duración de la franja: 30m, 1h, 1h30m.</translation>
    </message>
    <message>
        <source>scheduler slots takes one USER</source>
        <translation>scheduler slots requiere un solo USER</translation>
    </message>
    <message>
        <source>--from and --to take dates as YYYY-MM-DD</source>
        <translation>--from y --to requieren fechas como YYYY-MM-DD</translation>
    </message>
    <message>
        <source>--length takes a duration such as 30m, 1h or 1h30m, not &apos;%1&apos;</source>
        <translation>--length requiere una duración como 30m, 1h o 1h30m, no &apos;%1&apos;</translation>
    </message>
    <message numerus="yes">
        <source>No free slots of %n minute(s) in that range.</source>
        <translation>
            <numerusform>No hay franjas libres de %n minuto en ese intervalo.</numerusform>
            <numerusform>No hay franjas libres de %n minutos en ese intervalo.</numerusform>
        </translation>
    </message>
    <message>
        <source>scheduler book USER --start ISO8601 --length 30m --name NAME --email EMAIL [--phone +E164] --guest-terms V [--user-terms V]: books a guest into a free slot, recording the terms-of-use version each party agreed to and when.</source>
        <translation>scheduler book USER --start ISO8601 --length 30m --name NAME --email EMAIL [--phone +E164] --guest-terms V [--user-terms V]: reserva una franja libre para un invitado y registra la versión de las condiciones de uso que aceptó cada parte y cuándo.</translation>
    </message>
    <message>
        <source>Slot start, e.g. 2026-12-01T14:00:00Z.</source>
        <translation>Inicio de la franja, p. ej., 2026-12-01T14:00:00Z.</translation>
    </message>
    <message>
        <source>Slot length (default 30m).</source>
        <translation>Duración de la franja (predeterminada: 30m).</translation>
    </message>
    <message>
        <source>The guest&apos;s name.</source>
        <translation>El nombre del invitado.</translation>
    </message>
    <message>
        <source>The guest&apos;s email address.</source>
        <translation>La dirección de correo electrónico del invitado.</translation>
    </message>
    <message>
        <source>The guest&apos;s own phone number (optional).</source>
        <translation>El número de teléfono propio del invitado (opcional).</translation>
    </message>
    <message>
        <source>Terms-of-use version the guest agreed to.</source>
        <translation>Versión de las condiciones de uso que aceptó el invitado.</translation>
    </message>
    <message>
        <source>The user&apos;s (default: as recorded by &apos;scheduler terms&apos;).</source>
        <translation>La del usuario (predeterminada: la registrada por &apos;scheduler terms&apos;).</translation>
    </message>
    <message>
        <source>scheduler book takes USER --start TIME (ISO 8601 with its offset) --length 30m and the guest&apos;s details</source>
        <translation>scheduler book requiere USER --start TIME (ISO 8601 con su desfase) --length 30m y los datos del invitado</translation>
    </message>
    <message>
        <source>Booked %1 to %2 (booking %3).</source>
        <translation>Reservado de %1 a %2 (reserva %3).</translation>
    </message>
    <message>
        <source>scheduler bookings [USER]: the bookings, with the guest&apos;s details and both parties&apos; terms-of-use versions.</source>
        <translation>scheduler bookings [USER]: las reservas, con los datos del invitado y las versiones de las condiciones de uso de ambas partes.</translation>
    </message>
    <message>
        <source>Only this user&apos;s.</source>
        <translation>Solo las de este usuario.</translation>
    </message>
    <message>
        <source>No bookings.</source>
        <translation>No hay reservas.</translation>
    </message>
    <message>
        <source>%1  %2  %3-%4  %5 &lt;%6&gt;  terms: user %7, guest %8</source>
        <translation>%1  %2  %3-%4  %5 &lt;%6&gt;  condiciones: usuario %7, invitado %8</translation>
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
        <translation>Uso: relayaudit-cli scheduler &lt;action&gt; [options]

Acciones:
  import-ics  Sustituir las horas ocupadas de un usuario por las de un archivo iCalendar (solo se conservan las horas).
  hours       Mostrar o establecer el horario laboral y la zona horaria de un usuario.
  terms       Registrar la versión de las condiciones de uso que aceptó un usuario.
  users       Los usuarios, con su zona horaria, horario e intervalos ocupados.
  slots       Franjas reservables de una duración dada.
  book        Reservar una franja para un invitado.
  bookings    Las reservas.
Cuánto tiempo se conservan las reservas: &apos;settings scheduler-retention-days&apos;.
</translation>
    </message>
</context>
<context>
    <name>relay::cli::SettingsCommand</name>
    <message>
        <source>The new value.</source>
        <translation>El nuevo valor.</translation>
    </message>
    <message>
        <source>%1 must be a whole number from 1 to %2, not &apos;%3&apos;</source>
        <translation>%1 debe ser un número entero de 1 a %2, no &apos;%3&apos;</translation>
    </message>
    <message>
        <source>Show or change workspace settings: report-ttl-days (1 to 7), and log-, access-, link- and scheduler-retention-days (1 to 3650).</source>
        <translation>Muestra o cambia la configuración del espacio de trabajo: report-ttl-days (de 1 a 7), y log-, access-, link- y scheduler-retention-days (de 1 a 3650).</translation>
    </message>
    <message>
        <source>report-ttl-days [DAYS]: how many days report pulls are kept (1 to 7; the policy allows no more than 7).
log-retention-days [DAYS]: how many days the delivery log keeps a message after its last status change (1 to 3650, default 90).
access-retention-days [DAYS]: how many days imported Setup Audit Trail rows and their reviews are kept (1 to 3650, default 365).
link-retention-days [DAYS]: how many days short links and their clicks are kept after the link was made (1 to 3650, default 90; a click written back goes 7 days after its write).
scheduler-retention-days [DAYS]: how many days bookings are kept after they end (1 to 3650, default 90).</source>
        <translation>report-ttl-days [DAYS]: cuántos días se conservan las descargas de informes (de 1 a 7; la política no permite más de 7).
log-retention-days [DAYS]: cuántos días conserva el registro de entregas un mensaje tras su último cambio de estado (de 1 a 3650; predeterminado: 90).
access-retention-days [DAYS]: cuántos días se conservan las filas importadas del Setup Audit Trail y sus revisiones (de 1 a 3650; predeterminado: 365).
link-retention-days [DAYS]: cuántos días se conservan los enlaces cortos y sus clics desde que se creó el enlace (de 1 a 3650; predeterminado: 90; un clic escrito en Salesforce se elimina 7 días después de su escritura).
scheduler-retention-days [DAYS]: cuántos días se conservan las reservas después de terminar (de 1 a 3650; predeterminado: 90).</translation>
    </message>
    <message>
        <source>report-ttl-days, log-retention-days, access-retention-days, link-retention-days or scheduler-retention-days</source>
        <translation>report-ttl-days, log-retention-days, access-retention-days, link-retention-days o scheduler-retention-days</translation>
    </message>
    <message>
        <source>settings takes: %1</source>
        <translation>settings admite: %1</translation>
    </message>
</context>
<context>
    <name>relay::cli::Terminal</name>
    <message>
        <source>a passphrase needs at least %1 characters</source>
        <translation>una frase de contraseña necesita al menos %1 caracteres</translation>
    </message>
    <message>
        <source>the passphrases do not match</source>
        <translation>las frases de contraseña no coinciden</translation>
    </message>
</context>
<context>
    <name>relay::cli::WorkspaceCommand</name>
    <message>
        <source>Where the key lives: keychain, passphrase or auto (default: auto = passphrase when RELAYAUDIT_PASSPHRASE is set, else the keychain, else a prompted passphrase).</source>
        <translation>Dónde se guarda la clave: keychain, passphrase o auto (predeterminado: auto = passphrase si RELAYAUDIT_PASSPHRASE está definida; si no, el llavero del sistema; si no, una frase de contraseña solicitada al usuario).</translation>
    </message>
    <message>
        <source>Create, inspect and re-key the encrypted workspace; verify its activity log.</source>
        <translation>Crea, inspecciona y cambia la clave del espacio de trabajo cifrado; verifica su registro de actividad.</translation>
    </message>
    <message>
        <source>unknown workspace action &apos;%1&apos;</source>
        <translation>acción de workspace desconocida &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Creates an encrypted workspace in --workspace DIR (or the default place).</source>
        <translation>Crea un espacio de trabajo cifrado en --workspace DIR (o en la ubicación predeterminada).</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argumento inesperado &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a workspace already exists at %1</source>
        <translation>ya existe un espacio de trabajo en %1</translation>
    </message>
    <message>
        <source>--key-source takes keychain, passphrase or auto, not &apos;%1&apos;</source>
        <translation>--key-source admite keychain, passphrase o auto, no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Created an encrypted workspace at %1 (key derived from a passphrase).</source>
        <translation>Se creó un espacio de trabajo cifrado en %1 (clave derivada de una frase de contraseña).</translation>
    </message>
    <message>
        <source>The system keychain did not answer; using a passphrase instead.</source>
        <translation>El llavero del sistema no respondió; se usará una frase de contraseña en su lugar.</translation>
    </message>
    <message>
        <source>; set RELAYAUDIT_PASSPHRASE to protect the workspace with a passphrase</source>
        <translation>; defina RELAYAUDIT_PASSPHRASE para proteger el espacio de trabajo con una frase de contraseña</translation>
    </message>
    <message>
        <source>Created an encrypted workspace at %1 (random key kept in the system keychain).</source>
        <translation>Se creó un espacio de trabajo cifrado en %1 (clave aleatoria guardada en el llavero del sistema).</translation>
    </message>
    <message>
        <source>Shows the workspace&apos;s path, schema, cipher settings and files. Never shows a key or passphrase.</source>
        <translation>Muestra la ruta, el esquema, los parámetros de cifrado y los archivos del espacio de trabajo. Nunca muestra una clave ni una frase de contraseña.</translation>
    </message>
    <message>
        <source>Workspace:        %1</source>
        <translation>Espacio de trabajo:     %1</translation>
    </message>
    <message>
        <source>Id:               %1</source>
        <translation>Id:                     %1</translation>
    </message>
    <message>
        <source>Created:          %1</source>
        <translation>Creado:                 %1</translation>
    </message>
    <message>
        <source>Schema version:   %1 (format %2)</source>
        <translation>Versión del esquema:    %1 (formato %2)</translation>
    </message>
    <message>
        <source>Key:              random 256-bit key in the system keychain</source>
        <translation>Clave:                  clave aleatoria de 256 bits en el llavero del sistema</translation>
    </message>
    <message>
        <source>Key:              Argon2id from a passphrase (%1 passes, %2)</source>
        <translation>Clave:                  Argon2id a partir de una frase de contraseña (%1 pasadas, %2)</translation>
    </message>
    <message>
        <source>Cipher:           SQLCipher %1, raw key, %2-byte pages, HMAC %3, secure delete %4</source>
        <translation>Cifrado:                SQLCipher %1, clave sin procesar, páginas de %2 bytes, HMAC %3, borrado seguro %4</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activado</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>Activity entries: %1</source>
        <translation>Entradas de actividad:  %1</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Archivos:</translation>
    </message>
    <message>
        <source>Re-encrypts the workspace under a new key. The new passphrase comes from RELAYAUDIT_NEW_PASSPHRASE or is typed twice; the current one from RELAYAUDIT_PASSPHRASE or a prompt.</source>
        <translation>Vuelve a cifrar el espacio de trabajo con una nueva clave. La nueva frase de contraseña se toma de RELAYAUDIT_NEW_PASSPHRASE o se escribe dos veces; la actual, de RELAYAUDIT_PASSPHRASE o de una solicitud interactiva.</translation>
    </message>
    <message>
        <source>The new key&apos;s source: keychain or passphrase (default: the current one).</source>
        <translation>Origen de la nueva clave: keychain o passphrase (predeterminado: el actual).</translation>
    </message>
    <message>
        <source>--to takes keychain or passphrase, not &apos;%1&apos;</source>
        <translation>--to admite keychain o passphrase, no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Re-encrypted %1 under the new key.</source>
        <translation>Se volvió a cifrar %1 con la nueva clave.</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Nueva frase de contraseña: </translation>
    </message>
    <message>
        <source>Repeat the new passphrase: </source>
        <translation>Repita la nueva frase de contraseña: </translation>
    </message>
    <message>
        <source>Checks that no activity log entry was altered, inserted or removed.</source>
        <translation>Comprueba que ninguna entrada del registro de actividad se haya alterado, insertado o eliminado.</translation>
    </message>
    <message numerus="yes">
        <source>Activity log intact: %n entries, hash chain verified.</source>
        <translation>
            <numerusform>Registro de actividad intacto: %n entrada, cadena de hashes verificada.</numerusform>
            <numerusform>Registro de actividad intacto: %n entradas, cadena de hashes verificada.</numerusform>
        </translation>
    </message>
    <message>
        <source>Activity log damaged: %1.</source>
        <translation>Registro de actividad dañado: %1.</translation>
    </message>
    <message>
        <source>Lists the activity log: who did what, when, with counts.</source>
        <translation>Muestra el registro de actividad: quién hizo qué, cuándo, con recuentos.</translation>
    </message>
    <message>
        <source>Report signing:   Ed25519 %1 (%2)</source>
        <translation>Firma de informes:      Ed25519 %1 (%2)</translation>
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
        <translation>Uso: relayaudit-cli [--workspace DIR] workspace &lt;action&gt; [options]

Acciones:
  init        Crea un espacio de trabajo cifrado.
  info        Muestra la ruta, la versión del esquema, los parámetros de cifrado y el tamaño de los archivos.
  rekey       Vuelve a cifrar el espacio de trabajo con una nueva clave o frase de contraseña.
  verify-log  Comprueba la cadena de hashes del registro de actividad.
  check       Lee cada página y comprueba su HMAC, luego la estructura.
  log         Muestra el registro de actividad.
</translation>
    </message>
    <message>
        <source>Reads every page of the workspace database from the file and verifies its HMAC (SQLCipher checks a page only when a command reads it), then SQLite&apos;s structural check. A damaged page is named with what lives there. Changes nothing; exit 1 when anything is damaged.</source>
        <translation>Lee cada página de la base de datos del espacio de trabajo desde el archivo y comprueba su HMAC (SQLCipher solo comprueba una página cuando un comando la lee), y después la comprobación estructural de SQLite. Una página dañada se nombra con lo que contiene. No cambia nada; sale con 1 si algo está dañado.</translation>
    </message>
    <message numerus="yes">
        <source>Workspace intact: %n page(s) read, every HMAC verified, the structure is sound.</source>
        <translation>
            <numerusform>Espacio de trabajo intacto: %n página leída, cada HMAC comprobado, la estructura es correcta.</numerusform>
            <numerusform>Espacio de trabajo intacto: %n páginas leídas, cada HMAC comprobado, la estructura es correcta.</numerusform>
        </translation>
    </message>
    <message>
        <source>damaged: page %1 (%2)</source>
        <translation>dañada: página %1 (%2)</translation>
    </message>
    <message>
        <source>damaged: %1</source>
        <translation>dañado: %1</translation>
    </message>
    <message>
        <source>Workspace damaged: %1 of %2 pages fail their HMAC; %3 structural problem(s). Restore the workspace from a backup, or re-create it and pull again (the report cache refills from the providers).</source>
        <translation>Espacio de trabajo dañado: %1 de %2 páginas no superan su HMAC; %3 problema(s) estructural(es). Restaure el espacio de trabajo desde una copia de seguridad, o vuelva a crearlo y descargue de nuevo (la caché de informes se rellena desde los proveedores).</translation>
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
        <translation>No se pudo leer o escribir un archivo.</translation>
    </message>
    <message>
        <source>Wrong passphrase, or not a Relay Audit workspace.</source>
        <translation>Frase de contraseña incorrecta, o no es un espacio de trabajo de Relay Audit.</translation>
    </message>
    <message>
        <source>The database is not encrypted; Relay Audit only opens encrypted workspaces.</source>
        <translation>La base de datos no está cifrada; Relay Audit solo abre espacios de trabajo cifrados.</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>No encontrado.</translation>
    </message>
    <message>
        <source>It already exists; nothing was overwritten.</source>
        <translation>Ya existe; no se ha sobrescrito nada.</translation>
    </message>
    <message>
        <source>The database reported an error.</source>
        <translation>La base de datos informó de un error.</translation>
    </message>
    <message>
        <source>The system keychain did not answer.</source>
        <translation>El llavero del sistema no respondió.</translation>
    </message>
    <message>
        <source>A passphrase is needed: set RELAYAUDIT_PASSPHRASE or enter it when asked.</source>
        <translation>Se necesita una frase de contraseña: defina RELAYAUDIT_PASSPHRASE o introdúzcala cuando se le solicite.</translation>
    </message>
    <message>
        <source>Invalid input.</source>
        <translation>Entrada no válida.</translation>
    </message>
    <message>
        <source>The workspace schema could not be brought up to date.</source>
        <translation>No se pudo actualizar el esquema del espacio de trabajo.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Another process (the app or relayaudit-cli) kept the workspace busy for too long; nothing was changed. Try again when it has finished.</source>
        <translation>Otro proceso (la aplicación o relayaudit-cli) mantuvo ocupado el espacio de trabajo demasiado tiempo; no se cambió nada. Inténtelo de nuevo cuando haya terminado.</translation>
    </message>
    <message>
        <source>The workspace database is damaged; &apos;relayaudit-cli workspace check&apos; (or Retention &gt; Files &gt; Check Pages) names the damaged pages.</source>
        <translation>La base de datos del espacio de trabajo está dañada; &apos;relayaudit-cli workspace check&apos; (o Retención &gt; Archivos &gt; Comprobar páginas) indica las páginas dañadas.</translation>
    </message>
    <message>
        <source>Credentials are needed and none were found in the environment or the keychain.</source>
        <translation>Se necesitan credenciales y no se encontraron ni en el entorno ni en el llavero.</translation>
    </message>
    <message>
        <source>A remote service (a provider or a Salesforce org) refused the request or could not be reached.</source>
        <translation>Un servicio remoto (un proveedor o una org de Salesforce) rechazó la petición o no se pudo alcanzar.</translation>
    </message>
</context>
<context>
    <name>relay::core::RecordColumns</name>
    <message>
        <source>Pull</source>
        <translation>Descarga</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Message id</source>
        <translation>Id del mensaje</translation>
    </message>
    <message>
        <source>Sending gateway</source>
        <translation>Pasarela de envío</translation>
    </message>
    <message>
        <source>Messaging service</source>
        <translation>Servicio de mensajería</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marca</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmentos</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Multimedia</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Código de error</translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation>Creado (UTC)</translation>
    </message>
    <message>
        <source>Sent (UTC)</source>
        <translation>Enviado (UTC)</translation>
    </message>
    <message>
        <source>Updated (UTC)</source>
        <translation>Actualizado (UTC)</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
</context>
<context>
    <name>relay::ui::AboutDialog</name>
    <message>
        <source>About Relay Audit</source>
        <translation>Acerca de Relay Audit</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Relay Audit %1&lt;/h2&gt;&lt;p&gt;The compliance and audit console for SMS and WhatsApp relaying: deliveries, provider usage reports, retention checks and subscriber-access audits.&lt;/p&gt;&lt;p&gt;Everything it keeps is encrypted at rest (SQLCipher). Raw recipient numbers and message bodies are never stored.&lt;/p&gt;&lt;p&gt;Built with Qt %2, SQLCipher, libsodium, libphonenumber and QtKeychain.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Relay Audit %1&lt;/h2&gt;&lt;p&gt;La consola de cumplimiento y auditoría para la retransmisión de SMS y WhatsApp: entregas, informes de uso de los proveedores, comprobaciones de retención y auditorías de acceso a suscriptores.&lt;/p&gt;&lt;p&gt;Todo lo que conserva está cifrado en reposo (SQLCipher). Nunca se almacenan los números de destinatario sin procesar ni los cuerpos de los mensajes.&lt;/p&gt;&lt;p&gt;Creado con Qt %2, SQLCipher, libsodium, libphonenumber y QtKeychain.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>relay::ui::AccessPage</name>
    <message>
        <source>No logout: the session never ended in the trail; it closed after the idle gap.</source>
        <translation>Sin cierre de sesión: la sesión nunca terminó en el registro de auditoría; se cerró tras el intervalo de inactividad.</translation>
    </message>
    <message>
        <source>No login: changes by vendor staff with no login row imported before them.</source>
        <translation>Sin inicio de sesión: cambios del personal del fabricante sin ninguna fila de inicio de sesión importada antes de ellos.</translation>
    </message>
    <message>
        <source>Outside any grant: no login-access grant of the org covered its start.</source>
        <translation>Fuera de toda concesión: ninguna concesión de acceso de inicio de sesión de la organización cubría su inicio.</translation>
    </message>
    <message>
        <source>Sensitive sections: changes to users, profiles, security, sharing, connected apps, certificates, data export or packages.</source>
        <translation>Secciones sensibles: cambios en usuarios, perfiles, seguridad, uso compartido, aplicaciones conectadas, certificados, exportación de datos o paquetes.</translation>
    </message>
    <message>
        <source>Many changes: more than the limit in one session.</source>
        <translation>Muchos cambios: más del límite en una sola sesión.</translation>
    </message>
    <message>
        <source>After hours: activity outside the org&apos;s business hours.</source>
        <translation>Fuera de horario: actividad fuera del horario laboral de la organización.</translation>
    </message>
    <message>
        <source>Save &amp;Review</source>
        <translation>Guardar &amp;revisión</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Access Audit&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Auditoría de accesos&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&amp;Import Audit Trail…</source>
        <translation>&amp;Importar registro de auditoría…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exportar &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exportar &amp;PDF…</translation>
    </message>
    <message>
        <source>Org</source>
        <translation>Org</translation>
    </message>
    <message>
        <source>Staff user</source>
        <translation>Usuario del personal</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Any flag or none</source>
        <translation>Con o sin marcas</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Con marcas</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Marca</translation>
    </message>
    <message>
        <source>Any review state</source>
        <translation>Cualquier estado de revisión</translation>
    </message>
    <message>
        <source>Not reviewed</source>
        <translation>Sin revisar</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Revisada</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Escalada</translation>
    </message>
    <message>
        <source>Review state</source>
        <translation>Estado de revisión</translation>
    </message>
    <message>
        <source>from</source>
        <translation>desde</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Acting as</source>
        <translation>Actuando como</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Marcas</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Session details</source>
        <translation>Detalles de la sesión</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>Estado de la revisión</translation>
    </message>
    <message>
        <source>Why: a ticket, what was checked, who was asked</source>
        <translation>Motivo: un ticket, qué se comprobó, a quién se consultó</translation>
    </message>
    <message>
        <source>Review note</source>
        <translation>Nota de revisión</translation>
    </message>
    <message>
        <source>Mark as</source>
        <translation>Marcar como</translation>
    </message>
    <message>
        <source>The audit store could not be read.</source>
        <translation>No se pudo leer el almacén de auditoría.</translation>
    </message>
    <message>
        <source>All orgs</source>
        <translation>Todas las organizaciones</translation>
    </message>
    <message>
        <source>All staff</source>
        <translation>Todo el personal</translation>
    </message>
    <message>
        <source>No Setup Audit Trail is imported yet. Import a trail (the CSV the Setup page downloads, or saved REST query pages), or run &quot;relayaudit-cli access pull&quot;; then say who the vendor staff are with &quot;relayaudit-cli access staff add&quot;.</source>
        <translation>Aún no se ha importado ningún Setup Audit Trail. Importe un registro de auditoría (el CSV que descarga la página de Setup, o páginas guardadas de consultas REST), o ejecute &quot;relayaudit-cli access pull&quot;; después indique quién es el personal del fabricante con &quot;relayaudit-cli access staff add&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%n audit-trail row(s) imported, but no vendor staff is configured: add their usernames or domain with &quot;relayaudit-cli access staff add&quot;.</source>
        <translation>
            <numerusform>%n fila del registro de auditoría importada, pero no hay personal del fabricante configurado: añada sus nombres de usuario o su dominio con &quot;relayaudit-cli access staff add&quot;.</numerusform>
            <numerusform>%n filas del registro de auditoría importadas, pero no hay personal del fabricante configurado: añada sus nombres de usuario o su dominio con &quot;relayaudit-cli access staff add&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>no logout</source>
        <translation>sin cierre de sesión</translation>
    </message>
    <message>
        <source>%1 of %2 sessions shown · %3 flagged · %4 not reviewed</source>
        <translation>Se muestran %1 de %2 sesiones · %3 con marcas · %4 sin revisar</translation>
    </message>
    <message>
        <source>not reviewed</source>
        <translation>sin revisar</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>revisada</translation>
    </message>
    <message>
        <source>escalated</source>
        <translation>escalada</translation>
    </message>
    <message>
        <source>%1 in %2, acting as %3</source>
        <translation>%1 en %2, actuando como %3</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(desconocido)</translation>
    </message>
    <message numerus="yes">
        <source>From %1 to %2: %n minute(s), %3 change(s).</source>
        <translation>
            <numerusform>De %1 a %2: %n minuto, %3 cambio(s).</numerusform>
            <numerusform>De %1 a %2: %n minutos, %3 cambio(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>Grant:</source>
        <translation>Concesión:</translation>
    </message>
    <message>
        <source>none covered this session</source>
        <translation>ninguna cubría esta sesión</translation>
    </message>
    <message>
        <source>Review:</source>
        <translation>Revisión:</translation>
    </message>
    <message>
        <source>%1 by %2 at %3: %4</source>
        <translation>%1 por %2 el %3: %4</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Session of %1 marked %2.</source>
        <translation>Sesión de %1 marcada como %2.</translation>
    </message>
    <message>
        <source>no workspace is open</source>
        <translation>no hay ningún espacio de trabajo abierto</translation>
    </message>
    <message>
        <source>Read %1 audit-trail rows for %2; %3 new.</source>
        <translation>Se leyeron %1 filas del registro de auditoría de %2; %3 nuevas.</translation>
    </message>
    <message>
        <source>Import Setup Audit Trail</source>
        <translation>Importar Setup Audit Trail</translation>
    </message>
    <message>
        <source>Audit trail (*.csv *.json);;All files (*)</source>
        <translation>Registro de auditoría (*.csv *.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>the client org, e.g. Acme Health</source>
        <translation>la organización del cliente, p. ej., Acme Health</translation>
    </message>
    <message>
        <source>Dates read day first (D/M/YYYY)</source>
        <translation>Las fechas se leen con el día primero (D/M/YYYY)</translation>
    </message>
    <message>
        <source>&amp;Org:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <source>CSV &amp;time zone:</source>
        <translation>&amp;Zona horaria del CSV:</translation>
    </message>
    <message>
        <source>Name the org the trail comes from.</source>
        <translation>Indique la organización de la que procede el registro de auditoría.</translation>
    </message>
    <message>
        <source>Subscriber-access sessions</source>
        <translation>Sesiones de acceso a suscriptores</translation>
    </message>
    <message>
        <source>%1 to %2, %3 change(s)</source>
        <translation>%1 a %2, %3 cambio(s)</translation>
    </message>
    <message>
        <source>Flags: %1</source>
        <translation>Marcas: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Review: %1</source>
        <translation>Revisión: %1</translation>
    </message>
    <message>
        <source>Export Sessions as PDF</source>
        <translation>Exportar sesiones como PDF</translation>
    </message>
    <message>
        <source>Export Sessions as CSV</source>
        <translation>Exportar sesiones como CSV</translation>
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
        <translation>La exportación falló: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n session(s) to %1.</source>
        <translation>
            <numerusform>Se exportó %n sesión a %1.</numerusform>
            <numerusform>Se exportaron %n sesiones a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>No se importó nada: %1</translation>
    </message>
    <message>
        <source>Review stale: the session&apos;s rows changed after it was reviewed (an import, another idle gap).</source>
        <translation>Revisión obsoleta: las filas de la sesión cambiaron después de revisarla (una importación, otro intervalo de inactividad).</translation>
    </message>
    <message>
        <source>Review unverified: the activity log holds no entry for this review as stored.</source>
        <translation>Revisión no verificada: el registro de actividad no contiene ninguna entrada para esta revisión tal como está almacenada.</translation>
    </message>
    <message>
        <source>The review is kept but the activity log refused it (%1); it shows as unverified.</source>
        <translation>La revisión se ha guardado, pero el registro de actividad la rechazó (%1); aparece como no verificada.</translation>
    </message>
    <message>
        <source>The vendor&apos;s subscriber-access sessions the filters match, one per row: start, end, org, staff user, acting as, changes, flags and review</source>
        <translation>Las sesiones de acceso de suscriptor del fabricante que coinciden con los filtros, una por fila: inicio, fin, organización, usuario del personal, actuando como, cambios, marcas y revisión</translation>
    </message>
    <message>
        <source>The selected session&apos;s grant, flags, review and timeline of changes</source>
        <translation>La concesión, las marcas, la revisión y la cronología de cambios de la sesión seleccionada</translation>
    </message>
    <message>
        <source>Filter Sessions</source>
        <translation>Filtrar sesiones</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>CSV time zone</source>
        <translation>Zona horaria del CSV</translation>
    </message>
    <message>
        <source>From the times (PST, EDT, UTC…)</source>
        <translation>De las horas (PST, EDT, UTC…)</translation>
    </message>
    <message>
        <source>The CSV&apos;s times are in the Salesforce time zone of the user who downloaded it. A US zone&apos;s abbreviation, UTC or GMT on each time fixes it; for any other, choose the zone. JSON query pages carry UTC times and need neither.</source>
        <translation>Las horas del CSV están en la zona horaria de Salesforce del usuario que lo descargó. La abreviatura de una zona de EE. UU., UTC o GMT en cada hora la fija; para cualquier otra, elija la zona. Las páginas de consulta JSON llevan horas UTC y no necesitan ninguna de las dos opciones.</translation>
    </message>
</context>
<context>
    <name>relay::ui::ActivityLogModel</name>
    <message>
        <source>Workspace created</source>
        <translation>Espacio de trabajo creado</translation>
    </message>
    <message>
        <source>Workspace re-keyed</source>
        <translation>Clave del espacio de trabajo cambiada</translation>
    </message>
    <message>
        <source>Re-key failed</source>
        <translation>Error al cambiar la clave</translation>
    </message>
    <message>
        <source>Workspace unlocked</source>
        <translation>Espacio de trabajo desbloqueado</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Report pulled</source>
        <translation>Informe descargado</translation>
    </message>
    <message>
        <source>Report imported</source>
        <translation>Informe importado</translation>
    </message>
    <message>
        <source>Report exported</source>
        <translation>Informe exportado</translation>
    </message>
    <message>
        <source>Report purged</source>
        <translation>Informe purgado</translation>
    </message>
    <message>
        <source>Report retention changed</source>
        <translation>Retención de informes cambiada</translation>
    </message>
    <message>
        <source>Report pull interrupted</source>
        <translation>Descarga de informe interrumpida</translation>
    </message>
</context>
<context>
    <name>relay::ui::ActivityPage</name>
    <message>
        <source>&lt;h2&gt;Activity&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Actividad&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>&amp;Verify Log</source>
        <translation>&amp;Verificar registro</translation>
    </message>
    <message>
        <source>Check that no entry was altered, inserted or removed</source>
        <translation>Comprobar que ninguna entrada se haya alterado, insertado o eliminado</translation>
    </message>
    <message>
        <source>Every action taken in this workspace, with who, when and counts; never content and never a phone number. Each entry is chained to the previous one by its hash.</source>
        <translation>Cada acción realizada en este espacio de trabajo, con quién, cuándo y recuentos; nunca contenido ni números de teléfono. Cada entrada está encadenada a la anterior mediante su hash.</translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation>Registro de actividad</translation>
    </message>
    <message numerus="yes">
        <source>The activity log is intact: %n entries, hash chain verified.</source>
        <translation>
            <numerusform>El registro de actividad está intacto: %n entrada, cadena de hashes verificada.</numerusform>
            <numerusform>El registro de actividad está intacto: %n entradas, cadena de hashes verificada.</numerusform>
        </translation>
    </message>
    <message>
        <source>The activity log was tampered with: %1.</source>
        <translation>El registro de actividad ha sido manipulado: %1.</translation>
    </message>
    <message>
        <source>Every action taken in this workspace, oldest first: sequence number, time, user, action and its details</source>
        <translation>Cada acción realizada en este espacio de trabajo, de la más antigua a la más reciente: número de secuencia, hora, usuario, acción y sus detalles</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
</context>
<context>
    <name>relay::ui::ChartView</name>
    <message>
        <source>&amp;Copy as Image</source>
        <translation>&amp;Copiar como imagen</translation>
    </message>
    <message>
        <source>%1: no values</source>
        <translation>%1: sin valores</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n value(s), lowest %2, highest %3</source>
        <translation>
            <numerusform>%1: %n valor, mínimo %2, máximo %3</numerusform>
            <numerusform>%1: %n valores, mínimo %2, máximo %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n value(s), total %2, lowest %3, highest %4</source>
        <translation>
            <numerusform>%1: %n valor, total %2, mínimo %3, máximo %4</numerusform>
            <numerusform>%1: %n valores, total %2, mínimo %3, máximo %4</numerusform>
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
        <translation>Sin datos.</translation>
    </message>
</context>
<context>
    <name>relay::ui::CredentialsDialog</name>
    <message>
        <source>&amp;Save to Keychain</source>
        <translation>&amp;Guardar en el llavero</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Provider Credentials</source>
        <translation>Credenciales del proveedor</translation>
    </message>
    <message>
        <source>Credentials are kept in the system keychain only, never in a file or the settings. Twilio: the account&apos;s auth token, or an API key SID and its secret. Telnyx: an API key.</source>
        <translation>Las credenciales se guardan solo en el llavero del sistema, nunca en un archivo ni en la configuración. Twilio: el token de autenticación (auth token) de la cuenta, o un SID de clave de API y su secreto. Telnyx: una clave de API.</translation>
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
        <translation>opcional: SID de clave de API (SK…)</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secreto</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Proveedor:</translation>
    </message>
    <message>
        <source>&amp;Account SID:</source>
        <translation>&amp;Account SID:</translation>
    </message>
    <message>
        <source>API &amp;key SID:</source>
        <translation>SID de &amp;clave de API:</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>&amp;Secreto:</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>An Account SID is AC followed by 32 hex digits.</source>
        <translation>Un Account SID es AC seguido de 32 dígitos hexadecimales.</translation>
    </message>
    <message>
        <source>An API key SID is SK followed by 32 hex digits.</source>
        <translation>Un SID de clave de API es SK seguido de 32 dígitos hexadecimales.</translation>
    </message>
    <message>
        <source>Saved the credentials for %1 in the keychain.</source>
        <translation>Se guardaron las credenciales de %1 en el llavero.</translation>
    </message>
    <message>
        <source>The keychain did not store them: %1</source>
        <translation>El llavero no las almacenó: %1</translation>
    </message>
    <message>
        <source>Removed the credentials for %1 from the keychain.</source>
        <translation>Se eliminaron las credenciales de %1 del llavero.</translation>
    </message>
    <message>
        <source>The keychain did not remove them: %1</source>
        <translation>El llavero no las eliminó: %1</translation>
    </message>
    <message>
        <source>AC followed by 32 hex digits</source>
        <translation>AC seguido de 32 dígitos hexadecimales</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Account SID</source>
        <translation>Account SID</translation>
    </message>
    <message>
        <source>API key SID</source>
        <translation>SID de clave de API</translation>
    </message>
</context>
<context>
    <name>relay::ui::DeliveriesPage</name>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Deliveries&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Entregas&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>SMS record id</source>
        <translation>Id del registro SMS</translation>
    </message>
    <message>
        <source>Provider message id</source>
        <translation>Id de mensaje del proveedor</translation>
    </message>
    <message>
        <source>Batch group id</source>
        <translation>Id del grupo de lote</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <source>Find by</source>
        <translation>Buscar por</translation>
    </message>
    <message>
        <source>Find &amp;by:</source>
        <translation>Buscar &amp;por:</translation>
    </message>
    <message>
        <source>Search for</source>
        <translation>Texto de búsqueda</translation>
    </message>
    <message>
        <source>SMS record</source>
        <translation>Registro SMS</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Pasarela</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmentos</translation>
    </message>
    <message>
        <source>Write-back</source>
        <translation>Escritura en Salesforce</translation>
    </message>
    <message>
        <source>Deliveries found</source>
        <translation>Entregas encontradas</translation>
    </message>
    <message>
        <source>Delivery details</source>
        <translation>Detalles de la entrega</translation>
    </message>
    <message>
        <source>a number in any spelling; it is hashed, then cleared</source>
        <translation>un número en cualquier formato; se convierte en hash y luego se borra</translation>
    </message>
    <message>
        <source>No keychain to read the workspace&apos;s pepper from.</source>
        <translation>No hay ningún llavero del que leer el pepper del espacio de trabajo.</translation>
    </message>
    <message>
        <source>(not accepted)</source>
        <translation>(no aceptado)</translation>
    </message>
    <message>
        <source>&lt;p&gt;No delivery in the log matches.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ninguna entrega del registro coincide.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>SMS record %1</source>
        <translation>Registro SMS %1</translation>
    </message>
    <message numerus="yes">
        <source>Sent from %1 through %2 as %3, %n segment(s). Recipient hash: %4.</source>
        <translation>
            <numerusform>Enviado desde %1 a través de %2 como %3, %n segmento. Hash del destinatario: %4.</numerusform>
            <numerusform>Enviado desde %1 a través de %2 como %3, %n segmentos. Hash del destinatario: %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>Error %1: %2</source>
        <translation>Error %1: %2</translation>
    </message>
    <message>
        <source>(not in the table)</source>
        <translation>(no está en la tabla)</translation>
    </message>
    <message numerus="yes">
        <source>Salesforce write-back: %1%2 (%n attempt(s)).</source>
        <translation>
            <numerusform>Escritura en Salesforce: %1%2 (%n intento).</numerusform>
            <numerusform>Escritura en Salesforce: %1%2 (%n intentos).</numerusform>
        </translation>
    </message>
    <message>
        <source>Status timeline</source>
        <translation>Cronología de estados</translation>
    </message>
    <message>
        <source>In the report cache</source>
        <translation>En la caché de informes</translation>
    </message>
    <message>
        <source>Pull %1: status %2, %3 segment(s), sent %4.</source>
        <translation>Descarga %1: estado %2, %3 segmento(s), enviado el %4.</translation>
    </message>
    <message>
        <source>Send &amp;Test Message…</source>
        <translation>Enviar mensaje de p&amp;rueba…</translation>
    </message>
    <message>
        <source>This workspace has no sending gateways yet. Add one with &quot;relayaudit-cli engine gateway add NUMBER --provider twilio|telnyx&quot;.</source>
        <translation>Este espacio de trabajo aún no tiene pasarelas de envío. Añada una con &quot;relayaudit-cli engine gateway add NUMBER --provider twilio|telnyx&quot;.</translation>
    </message>
    <message>
        <source>The recipient-hash pepper could not be read: %1</source>
        <translation>No se pudo leer el pepper del hash de destinatarios: %1</translation>
    </message>
    <message>
        <source>No credentials in the keychain for %1: add them in File &gt; Provider Credentials, or its sends are refused.</source>
        <translation>No hay credenciales de %1 en el llavero: añádalas en Archivo &gt; Credenciales del proveedor; de lo contrario, se rechazarán sus envíos.</translation>
    </message>
    <message>
        <source>No status callback URL is set (Settings &gt; Messaging engine): the message is sent, but its delivery status will not reach the log.</source>
        <translation>No hay ninguna URL de callback de estado configurada (Configuración &gt; Motor de mensajería): el mensaje se envía, pero su estado de entrega no llegará al registro.</translation>
    </message>
    <message>
        <source>What the search text is: an id, or a phone number</source>
        <translation>Qué es el texto de búsqueda: un id o un número de teléfono</translation>
    </message>
    <message>
        <source>An id, or a phone number that is hashed and then cleared</source>
        <translation>Un id, o un número de teléfono que se convierte en hash y luego se borra</translation>
    </message>
    <message>
        <source>The selected message&apos;s status timeline, error and write-back</source>
        <translation>La cronología de estados, el error y la escritura en Salesforce del mensaje seleccionado</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Org</source>
        <translation>Org</translation>
    </message>
    <message>
        <source>The messages the search found, one per row: SMS record, client org, batch, gateway, provider message id, status, error code, segments and Salesforce write-back</source>
        <translation>Los mensajes encontrados, uno por fila: registro SMS, org del cliente, lote, pasarela, id de mensaje del proveedor, estado, código de error, segmentos y escritura de vuelta en Salesforce</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(por defecto)</translation>
    </message>
    <message>
        <source>In the default org (its gateway belongs to no org).</source>
        <translation>En la org por defecto (su pasarela no pertenece a ninguna org).</translation>
    </message>
    <message>
        <source>In org %1.</source>
        <translation>En la org %1.</translation>
    </message>
    <message>
        <source>The engine&apos;s log, both directions: per message the SMS record id, batch group id, sending gateway, the other party&apos;s number as a hash, provider message id, segments and every status change; for a reply, the SMS record the engine created for it. Never a number, a text, or the record a message was sent from.</source>
        <translation>El registro del motor, en ambos sentidos: por mensaje el id del registro SMS, el id del grupo de lote, la pasarela de envío, el número de la otra parte como hash, el id de mensaje del proveedor, los segmentos y cada cambio de estado; para una respuesta, el registro SMS que el motor creó. Nunca un número, un texto ni el registro desde el que se envió un mensaje.</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sentido</translation>
    </message>
    <message>
        <source>%1 messages sent · %2 status events · %3 written back to Salesforce · %4 write-backs failed · %5 replies received, %6 waiting for their SMS record</source>
        <translation>%1 mensajes enviados · %2 eventos de estado · %3 escritos en Salesforce · %4 escrituras fallidas · %5 respuestas recibidas, %6 esperando su registro SMS</translation>
    </message>
    <message>
        <source>(not created)</source>
        <translation>(no creado)</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Entrante</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Saliente</translation>
    </message>
    <message>
        <source>SMS record %1 created in the org.</source>
        <translation>Registro SMS %1 creado en la org.</translation>
    </message>
    <message numerus="yes">
        <source>No SMS record: given up after %n attempt(s): %1.</source>
        <translation>
            <numerusform>Sin registro SMS: abandonado tras %n intento: %1.</numerusform>
            <numerusform>Sin registro SMS: abandonado tras %n intentos: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>SMS record not created yet (%n attempt(s)%1); the engine fetches the message again from the provider and retries.</source>
        <translation>
            <numerusform>Registro SMS aún no creado (%n intento%1); el motor vuelve a obtener el mensaje del proveedor y reintenta.</numerusform>
            <numerusform>Registro SMS aún no creado (%n intentos%1); el motor vuelve a obtener el mensaje del proveedor y reintenta.</numerusform>
        </translation>
    </message>
    <message>
        <source>Incoming message %1</source>
        <translation>Mensaje entrante %1</translation>
    </message>
    <message numerus="yes">
        <source>Received %1 at gateway %2 through %3, %n segment(s). Sender hash: %4.</source>
        <translation>
            <numerusform>Recibido %1 en la pasarela %2 a través de %3, %n segmento. Hash del remitente: %4.</numerusform>
            <numerusform>Recibido %1 en la pasarela %2 a través de %3, %n segmentos. Hash del remitente: %4.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relay::ui::DemoSession</name>
    <message>
        <source>Demo client</source>
        <translation>Cliente de demostración</translation>
    </message>
    <message numerus="yes">
        <source>Demo pull from the sandbox: %n record(s) in %1 pages</source>
        <translation>
            <numerusform>Descarga de demostración desde el sandbox: %n registro en %1 páginas</numerusform>
            <numerusform>Descarga de demostración desde el sandbox: %n registros en %1 páginas</numerusform>
        </translation>
    </message>
    <message>
        <source>Demo client org</source>
        <translation>Organización cliente de demostración</translation>
    </message>
</context>
<context>
    <name>relay::ui::FilterBar</name>
    <message>
        <source>C&amp;lear Filters</source>
        <translation>&amp;Limpiar filtros</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>cualquier día</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Saliente</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>Entrante</translation>
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
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>&amp;Gateway:</source>
        <translation>&amp;Pasarela:</translation>
    </message>
    <message>
        <source>Ca&amp;mpaign:</source>
        <translation>Ca&amp;mpaña:</translation>
    </message>
    <message>
        <source>&amp;Brand:</source>
        <translation>Ma&amp;rca:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>D&amp;irección:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Canal:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
</context>
<context>
    <name>relay::ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Unlock Workspace…</source>
        <translation>&amp;Desbloquear espacio de trabajo…</translation>
    </message>
    <message>
        <source>Ctrl+U</source>
        <translation>Ctrl+U</translation>
    </message>
    <message>
        <source>&amp;Lock Workspace</source>
        <translation>&amp;Bloquear espacio de trabajo</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>&amp;Open Workspace Folder…</source>
        <translation>Abrir &amp;carpeta del espacio de trabajo…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About Relay Audit</source>
        <translation>Acerca de &amp;Relay Audit</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Áreas</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Entregas</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Retención</translation>
    </message>
    <message>
        <source>Access Audit</source>
        <translation>Auditoría de acceso</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Open Workspace Folder</source>
        <translation>Abrir carpeta del espacio de trabajo</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Workspace locked&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Espacio de trabajo bloqueado&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No workspace yet&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Aún no hay ningún espacio de trabajo&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>The workspace at %1 is encrypted.</source>
        <translation>El espacio de trabajo de %1 está cifrado.</translation>
    </message>
    <message>
        <source>Create an encrypted workspace at %1 to start.</source>
        <translation>Cree un espacio de trabajo cifrado en %1 para empezar.</translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation>&amp;Desbloquear…</translation>
    </message>
    <message>
        <source>&amp;Create Workspace…</source>
        <translation>&amp;Crear espacio de trabajo…</translation>
    </message>
    <message>
        <source>Demo workspace</source>
        <translation>Espacio de trabajo de demostración</translation>
    </message>
    <message>
        <source>Relay Audit — Demo workspace (passphrase: %1)</source>
        <translation>Relay Audit — Espacio de trabajo de demostración (frase de contraseña: %1)</translation>
    </message>
    <message>
        <source>%1 — Relay Audit</source>
        <translation>%1 — Relay Audit</translation>
    </message>
    <message>
        <source>%1 · key: %2 · schema %3</source>
        <translation>%1 · clave: %2 · esquema %3</translation>
    </message>
    <message>
        <source>system keychain</source>
        <translation>llavero del sistema</translation>
    </message>
    <message>
        <source>passphrase</source>
        <translation>frase de contraseña</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Desbloqueado</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>Provider &amp;Credentials…</source>
        <translation>C&amp;redenciales del proveedor…</translation>
    </message>
    <message>
        <source>User &amp;Guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <source>Relay Audit User Guide</source>
        <translation>Guía del usuario de Relay Audit</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guía del usuario</translation>
    </message>
</context>
<context>
    <name>relay::ui::MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Descartar mensaje</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>relay::ui::NewPullDialog</name>
    <message>
        <source>&amp;Start pull</source>
        <translation>&amp;Iniciar descarga</translation>
    </message>
    <message>
        <source>&amp;Cancel pull</source>
        <translation>&amp;Cancelar descarga</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>New Provider Pull</source>
        <translation>Nueva descarga del proveedor</translation>
    </message>
    <message>
        <source>Pulls the provider&apos;s message records for UTC days into the encrypted cache: sending gateway, segments, statuses, ids, campaign and brand. Bodies and recipients are never kept. The pull deletes itself 7 days after it completes.</source>
        <translation>Descarga los registros de mensajes del proveedor de los días UTC indicados a la caché cifrada: pasarela de envío, segmentos, estados, ids, campaña y marca. Nunca se conservan los cuerpos ni los destinatarios. La descarga se elimina sola 7 días después de completarse.</translation>
    </message>
    <message>
        <source>Twilio (Messages API)</source>
        <translation>Twilio (Messages API)</translation>
    </message>
    <message>
        <source>Twilio (BulkExport day files)</source>
        <translation>Twilio (archivos diarios de BulkExport)</translation>
    </message>
    <message>
        <source>Telnyx (detail records)</source>
        <translation>Telnyx (registros de detalle)</translation>
    </message>
    <message>
        <source>all sending gateways; or e.g. +15550100001, 88512</source>
        <translation>todas las pasarelas de envío; o p. ej., +15550100001, 88512</translation>
    </message>
    <message>
        <source>e.g. Acme Health</source>
        <translation>p. ej., Acme Health</translation>
    </message>
    <message>
        <source>The provider&apos;s servers</source>
        <translation>Los servidores del proveedor</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Proveedor:</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>C&amp;uenta:</translation>
    </message>
    <message>
        <source>&amp;First day (UTC):</source>
        <translation>Primer &amp;día (UTC):</translation>
    </message>
    <message>
        <source>&amp;Last day (UTC):</source>
        <translation>Últi&amp;mo día (UTC):</translation>
    </message>
    <message>
        <source>&amp;Sending gateways:</source>
        <translation>Pasarelas de en&amp;vío:</translation>
    </message>
    <message>
        <source>C&amp;lient:</source>
        <translation>C&amp;liente:</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>&amp;Endpoint:</translation>
    </message>
    <message>
        <source>Problem with the request</source>
        <translation>Problema con la solicitud</translation>
    </message>
    <message>
        <source>Pull progress</source>
        <translation>Progreso de la descarga</translation>
    </message>
    <message>
        <source>Sandbox (demo, on this computer)</source>
        <translation>Sandbox (demostración, en este equipo)</translation>
    </message>
    <message>
        <source>Resume Pull %1</source>
        <translation>Reanudar descarga %1</translation>
    </message>
    <message>
        <source>&amp;Resume pull</source>
        <translation>&amp;Reanudar descarga</translation>
    </message>
    <message>
        <source>Enter the Twilio Account SID (AC followed by 32 hex digits).</source>
        <translation>Introduzca el Account SID de Twilio (AC seguido de 32 dígitos hexadecimales).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Twilio Account SID (AC followed by 32 hex digits).</source>
        <translation>&apos;%1&apos; no es un Account SID de Twilio (AC seguido de 32 dígitos hexadecimales).</translation>
    </message>
    <message>
        <source>Dates: %1.</source>
        <translation>Fechas: %1.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a sending gateway (a number such as +15550100001, a short code, whatsapp:+… or an alphanumeric sender id).</source>
        <translation>&apos;%1&apos; no es una pasarela de envío (un número como +15550100001, un código corto, whatsapp:+… o un id de remitente alfanumérico).</translation>
    </message>
    <message>
        <source>No credentials for %1 in the keychain (%2). Add them in File &gt; Provider Credentials.</source>
        <translation>No hay credenciales de %1 en el llavero (%2). Añádalas en Archivo &gt; Credenciales del proveedor.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n página</numerusform>
            <numerusform>%n páginas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 new records</source>
        <translation>%1 registros nuevos</translation>
    </message>
    <message>
        <source>%1 records/s</source>
        <translation>%1 registros/s</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>quedan unos %1</translation>
    </message>
    <message>
        <source>Stopping after the current page…</source>
        <translation>Deteniendo tras la página actual…</translation>
    </message>
    <message>
        <source>Pull %1 complete: %2 records, %3 segments.</source>
        <translation>Descarga %1 completada: %2 registros, %3 segmentos.</translation>
    </message>
    <message>
        <source>Pull complete.</source>
        <translation>Descarga completada.</translation>
    </message>
    <message>
        <source>Pull %1 cancelled. Resume it here or from the pulls list.</source>
        <translation>Descarga %1 cancelada. Reanúdela aquí o desde la lista de descargas.</translation>
    </message>
    <message>
        <source>Pull %1 stopped; what it stored so far stays, and it can be resumed.</source>
        <translation>Descarga %1 detenida; lo que ha almacenado hasta ahora se conserva y se puede reanudar.</translation>
    </message>
    <message>
        <source>AC followed by 32 hex digits</source>
        <translation>AC seguido de 32 dígitos hexadecimales</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>First day (UTC)</source>
        <translation>Primer día (UTC)</translation>
    </message>
    <message>
        <source>Last day (UTC)</source>
        <translation>Último día (UTC)</translation>
    </message>
    <message>
        <source>Sending gateways</source>
        <translation>Pasarelas de envío</translation>
    </message>
    <message>
        <source>Blank for all sending gateways, or numbers, short codes and sender ids separated by commas</source>
        <translation>En blanco para todas las pasarelas de envío, o números, códigos cortos e ids de remitente separados por comas</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <source>Pull progress details</source>
        <translation>Detalles del progreso de la descarga</translation>
    </message>
</context>
<context>
    <name>relay::ui::PullRunner</name>
    <message>
        <source>a pull is already running</source>
        <translation>ya hay una descarga en curso</translation>
    </message>
</context>
<context>
    <name>relay::ui::RecordsModel</name>
    <message>
        <source>(purged)</source>
        <translation>(purgado)</translation>
    </message>
</context>
<context>
    <name>relay::ui::ReportsPage</name>
    <message>
        <source>due now</source>
        <translation>vence ahora</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;h2&gt;Reports&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Informes&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmentos</translation>
    </message>
    <message>
        <source>Expires in</source>
        <translation>Caduca en</translation>
    </message>
    <message>
        <source>Report pulls</source>
        <translation>Descargas de informes</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Proporción</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>Desglose</translation>
    </message>
    <message>
        <source>&amp;Breakdown by:</source>
        <translation>Desglo&amp;sar por:</translation>
    </message>
    <message>
        <source>Sending gateway</source>
        <translation>Pasarela de envío</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Day (UTC)</source>
        <translation>Día (UTC)</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marca</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Código de error</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Breakdown dimension</source>
        <translation>Dimensión del desglose</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>files</source>
        <translation>archivos</translation>
    </message>
    <message>
        <source>Pull %1</source>
        <translation>Descarga %1</translation>
    </message>
    <message>
        <source>All live pulls</source>
        <translation>Todas las descargas vigentes</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>completada</translation>
    </message>
    <message>
        <source>cancelled (resumable)</source>
        <translation>cancelada (reanudable)</translation>
    </message>
    <message>
        <source>&amp;Count:</source>
        <translation>C&amp;ontar:</translation>
    </message>
    <message>
        <source>Count segments or messages</source>
        <translation>Contar segmentos o mensajes</translation>
    </message>
    <message>
        <source>Per UTC day, stacked by status</source>
        <translation>Por día UTC, apilado por estado</translation>
    </message>
    <message>
        <source>Delivery rate per UTC day</source>
        <translation>Tasa de entrega por día UTC</translation>
    </message>
    <message>
        <source>failed (resumable)</source>
        <translation>fallida (reanudable)</translation>
    </message>
    <message>
        <source>&amp;New Pull…</source>
        <translation>&amp;Nueva descarga…</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>Rean&amp;udar</translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation>&amp;Importar archivos…</translation>
    </message>
    <message>
        <source>&amp;Delete Now</source>
        <translation>&amp;Eliminar ahora</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <source>Records as &amp;CSV…</source>
        <translation>Registros como &amp;CSV…</translation>
    </message>
    <message>
        <source>Report as &amp;JSON…</source>
        <translation>Informe como &amp;JSON…</translation>
    </message>
    <message>
        <source>Client Report as &amp;PDF…</source>
        <translation>Informe para el cliente como &amp;PDF…</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Range (UTC)</source>
        <translation>Intervalo (UTC)</translation>
    </message>
    <message>
        <source>Totals of the filter</source>
        <translation>Totales del filtro</translation>
    </message>
    <message>
        <source>Right-click a chart to copy it as an image.</source>
        <translation>Haga clic con el botón derecho en un gráfico para copiarlo como imagen.</translation>
    </message>
    <message>
        <source>By campaign</source>
        <translation>Por campaña</translation>
    </message>
    <message>
        <source>By brand</source>
        <translation>Por marca</translation>
    </message>
    <message>
        <source>By sending gateway</source>
        <translation>Por pasarela de envío</translation>
    </message>
    <message>
        <source>Segment-count distribution</source>
        <translation>Distribución del número de segmentos</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>&amp;Gráficos</translation>
    </message>
    <message>
        <source>Top error codes</source>
        <translation>Códigos de error más frecuentes</translation>
    </message>
    <message>
        <source>&amp;Errors</source>
        <translation>E&amp;rrores</translation>
    </message>
    <message>
        <source>Messaging service</source>
        <translation>Servicio de mensajería</translation>
    </message>
    <message>
        <source>Break&amp;down</source>
        <translation>&amp;Desglose</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>a whole message id, or part of a gateway, service, campaign or brand</source>
        <translation>un id de mensaje completo, o parte de una pasarela, un servicio, una campaña o una marca</translation>
    </message>
    <message>
        <source>Find records</source>
        <translation>Buscar registros</translation>
    </message>
    <message>
        <source>Cached records</source>
        <translation>Registros en caché</translation>
    </message>
    <message>
        <source>Rec&amp;ords</source>
        <translation>Regis&amp;tros</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n registro</numerusform>
            <numerusform>%n registros</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted at %1</source>
        <translation>Eliminada el %1</translation>
    </message>
    <message numerus="yes">
        <source>Pull %1: its days and senders, including messages already stored by %n earlier pull(s) of the same account (%2)</source>
        <translation>
            <numerusform>Descarga %1: sus días y remitentes, incluidos los mensajes ya almacenados por %n descarga anterior de la misma cuenta (%2)</numerusform>
            <numerusform>Descarga %1: sus días y remitentes, incluidos los mensajes ya almacenados por %n descargas anteriores de la misma cuenta (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>The last day (%1) is before the first (%2).</source>
        <translation>El último día (%1) es anterior al primero (%2).</translation>
    </message>
    <message>
        <source>Segments by campaign</source>
        <translation>Segmentos por campaña</translation>
    </message>
    <message>
        <source>Messages by campaign</source>
        <translation>Mensajes por campaña</translation>
    </message>
    <message>
        <source>Segments by brand</source>
        <translation>Segmentos por marca</translation>
    </message>
    <message>
        <source>Messages by brand</source>
        <translation>Mensajes por marca</translation>
    </message>
    <message>
        <source>Segments by sending gateway</source>
        <translation>Segmentos por pasarela de envío</translation>
    </message>
    <message>
        <source>Messages by sending gateway</source>
        <translation>Mensajes por pasarela de envío</translation>
    </message>
    <message>
        <source>%1 messages · %2 segments</source>
        <translation>%1 mensajes · %2 segmentos</translation>
    </message>
    <message>
        <source>%1% delivered</source>
        <translation>%1% entregados</translation>
    </message>
    <message>
        <source>filtered</source>
        <translation>filtrado</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Significado</translation>
    </message>
    <message>
        <source>What it usually means</source>
        <translation>Qué suele significar</translation>
    </message>
    <message>
        <source>Messaging services</source>
        <translation>Servicios de mensajería</translation>
    </message>
    <message>
        <source>Delete Pull %1</source>
        <translation>Eliminar descarga %1</translation>
    </message>
    <message>
        <source>Delete pull %1 and every record it holds now, before its 7 days are up? The purge log keeps only its counts.</source>
        <translation>¿Eliminar ahora la descarga %1 y todos los registros que contiene, antes de que se cumplan sus 7 días? El registro de purgas solo conserva sus recuentos.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted pull %1 (%n record(s)).</source>
        <translation>
            <numerusform>Se eliminó la descarga %1 (%n registro).</numerusform>
            <numerusform>Se eliminó la descarga %1 (%n registros).</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Provider Reports</source>
        <translation>Importar informes de proveedores</translation>
    </message>
    <message>
        <source>Provider reports (*.json *.jsonl *.gz *.csv);;All files (*)</source>
        <translation>Informes de proveedores (*.json *.jsonl *.gz *.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Twilio Messages pages (JSON)</source>
        <translation>Páginas de Twilio Messages (JSON)</translation>
    </message>
    <message>
        <source>Twilio BulkExport day files (JSON lines, .gz)</source>
        <translation>Archivos diarios de Twilio BulkExport (líneas JSON, .gz)</translation>
    </message>
    <message>
        <source>Telnyx detail records (JSON or CSV)</source>
        <translation>Registros de detalle de Telnyx (JSON o CSV)</translation>
    </message>
    <message>
        <source>These files are:</source>
        <translation>Estos archivos son:</translation>
    </message>
    <message>
        <source>Client (for the report):</source>
        <translation>Cliente (para el informe):</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>Importando %n archivo…</numerusform>
            <numerusform>Importando %n archivos…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Imported %1 records…</source>
        <translation>Importados %1 registros…</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n file(s).</source>
        <translation>
            <numerusform>Se importó %n archivo.</numerusform>
            <numerusform>Se importaron %n archivos.</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown export format &apos;%1&apos;</source>
        <translation>formato de exportación desconocido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>usage-report</source>
        <translation>informe-de-uso</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>La exportación falló: %1</translation>
    </message>
    <message>
        <source>Wrote the client report (%1 messages) to %2.</source>
        <translation>Se escribió el informe para el cliente (%1 mensajes) en %2.</translation>
    </message>
    <message>
        <source>Wrote %1 records to %2.</source>
        <translation>Se escribieron %1 registros en %2.</translation>
    </message>
    <message>
        <source>Export Records as CSV</source>
        <translation>Exportar registros como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export Report as JSON</source>
        <translation>Exportar informe como JSON</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Export Client Report as PDF</source>
        <translation>Exportar informe para el cliente como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>&amp;Breakdown as CSV…</source>
        <translation>&amp;Desglose como CSV…</translation>
    </message>
    <message>
        <source>Wrote %1 breakdown rows to %2.</source>
        <translation>Se escribieron %1 filas de desglose en %2.</translation>
    </message>
    <message>
        <source>Export Breakdown as CSV</source>
        <translation>Exportar desglose como CSV</translation>
    </message>
    <message>
        <source>The usage reports in the cache, one per row: id, client, provider, account, UTC days, state, records, segments and the time left before it deletes itself. Select one to break it down, or none for every live pull.</source>
        <translation>Los informes de uso de la caché, uno por fila: id, cliente, proveedor, cuenta, días UTC, estado, registros, segmentos y el tiempo que falta para que se elimine automáticamente. Seleccione uno para desglosarlo, o ninguno para todas las descargas vigentes.</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>Six charts of the filtered messages; each one&apos;s description reads out its values</source>
        <translation>Seis gráficos de los mensajes filtrados; la descripción de cada uno enumera sus valores</translation>
    </message>
    <message>
        <source>The error codes of the filtered messages, most frequent first: code, provider, messages, share, meaning and what it usually means</source>
        <translation>Los códigos de error de los mensajes filtrados, del más frecuente al menos frecuente: código, proveedor, mensajes, proporción, significado y qué suele significar</translation>
    </message>
    <message>
        <source>The filtered messages grouped by the chosen dimension: each value with its messages, segments and share</source>
        <translation>Los mensajes filtrados agrupados por la dimensión elegida: cada valor con sus mensajes, segmentos y proporción</translation>
    </message>
    <message>
        <source>The filtered message records of the cache, one per row, with the columns of the CSV export; never a body or a recipient</source>
        <translation>Los registros de mensajes filtrados de la caché, uno por fila, con las columnas de la exportación CSV; nunca un cuerpo ni un destinatario</translation>
    </message>
    <message>
        <source>Breakdown views</source>
        <translation>Vistas de desglose</translation>
    </message>
    <message>
        <source>Find Records</source>
        <translation>Buscar registros</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>failed (import again)</source>
        <translation>fallido (importar de nuevo)</translation>
    </message>
    <message>
        <source>cancelled (import again)</source>
        <translation>cancelado (importar de nuevo)</translation>
    </message>
    <message>
        <source>Provider usage reports in the encrypted cache. Each pull keeps the sending gateway, segment counts, ids, status timestamps, campaign and brand, never bodies or recipients, and deletes itself 7 days after it was created.</source>
        <translation>Informes de uso de los proveedores en la caché cifrada. Cada descarga conserva la pasarela de envío, los recuentos de segmentos, los ids, las marcas de tiempo de estado, la campaña y la marca, nunca los cuerpos ni los destinatarios, y se elimina sola 7 días después de crearse.</translation>
    </message>
</context>
<context>
    <name>relay::ui::RetentionPage</name>
    <message>
        <source>&lt;h2&gt;Retention&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Retención&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <source>At rest</source>
        <translation>En reposo</translation>
    </message>
    <message>
        <source>Workspace files</source>
        <translation>Archivos del espacio de trabajo</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activado</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>NOT encrypted</source>
        <translation>NO cifrado</translation>
    </message>
    <message>
        <source>Encrypted (SQLCipher)</source>
        <translation>Cifrado (SQLCipher)</translation>
    </message>
    <message>
        <source>Key metadata: salt and key check, no secret</source>
        <translation>Metadatos de la clave: sal y comprobación de la clave, ningún secreto</translation>
    </message>
    <message>
        <source>Other file</source>
        <translation>Otro archivo</translation>
    </message>
    <message>
        <source>; readable by others</source>
        <translation>; legible por otros</translation>
    </message>
    <message>
        <source>&amp;Run Checks</source>
        <translation>E&amp;jecutar comprobaciones</translation>
    </message>
    <message>
        <source>&amp;Export Signed Report…</source>
        <translation>&amp;Exportar informe firmado…</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Recuentos</translation>
    </message>
    <message>
        <source>Retention checks</source>
        <translation>Comprobaciones de retención</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Comprobaciones</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Conservado</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Números de teléfono</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Retención</translation>
    </message>
    <message>
        <source>Retention inventory</source>
        <translation>Inventario de retención</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Inventario</translation>
    </message>
    <message>
        <source>What this workspace keeps about a recipient number (looked up by its hash), an SMS record or a provider message, and what it does not keep. Every lookup is in the activity log with the hash or the id, never the number; each user has %1 lookups in %2 minutes.</source>
        <translation>Qué conserva este espacio de trabajo sobre un número de destinatario (buscado por su hash), un registro SMS o un mensaje del proveedor, y qué no conserva. Cada consulta queda en el registro de actividad con el hash o el id, nunca con el número; cada usuario dispone de %1 consultas cada %2 minutos.</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <source>SMS record id</source>
        <translation>Id del registro SMS</translation>
    </message>
    <message>
        <source>Provider message id</source>
        <translation>Id de mensaje del proveedor</translation>
    </message>
    <message>
        <source>Look up by</source>
        <translation>Consultar por</translation>
    </message>
    <message>
        <source>Look up</source>
        <translation>Consultar</translation>
    </message>
    <message>
        <source>a number in any spelling; it is hashed, then cleared</source>
        <translation>un número en cualquier formato; se convierte en hash y luego se borra</translation>
    </message>
    <message>
        <source>&amp;Look Up</source>
        <translation>&amp;Consultar</translation>
    </message>
    <message>
        <source>Lookup result</source>
        <translation>Resultado de la consulta</translation>
    </message>
    <message>
        <source>Look Up</source>
        <translation>Consultar</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>almacenado</translation>
    </message>
    <message>
        <source>never at rest</source>
        <translation>nunca en reposo</translation>
    </message>
    <message>
        <source>sending gateways only</source>
        <translation>solo pasarelas de envío</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Purpose: %1</source>
        <translation>Finalidad: %1</translation>
    </message>
    <message>
        <source>Policy: “%1”</source>
        <translation>Política: “%1”</translation>
    </message>
    <message>
        <source>%1 › %2: %3</source>
        <translation>%1 › %2: %3</translation>
    </message>
    <message>
        <source>No store of this kind exists in this workspace yet.</source>
        <translation>Todavía no existe ningún almacén de este tipo en este espacio de trabajo.</translation>
    </message>
    <message>
        <source>The checks could not start: %1</source>
        <translation>No se pudieron iniciar las comprobaciones: %1</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>The checks stopped: %1</source>
        <translation>Las comprobaciones se detuvieron: %1</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Superada</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n hallazgo</numerusform>
            <numerusform>%n hallazgos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n check(s) pass on the live workspace (%1 ms).</source>
        <translation>
            <numerusform>Se supera la única comprobación (%n) en el espacio de trabajo activo (%1 ms).</numerusform>
            <numerusform>Se superan las %n comprobaciones en el espacio de trabajo activo (%1 ms).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s): see the checks marked with a warning.</source>
        <translation>
            <numerusform>%n hallazgo: consulte las comprobaciones marcadas con una advertencia.</numerusform>
            <numerusform>%n hallazgos: consulte las comprobaciones marcadas con una advertencia.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every check of the retention inventory passes.</source>
        <translation>Se superan todas las comprobaciones del inventario de retención.</translation>
    </message>
    <message>
        <source>Some data is kept where or longer than the policy allows.</source>
        <translation>Algunos datos se conservan donde la política no lo permite o durante más tiempo del que permite.</translation>
    </message>
    <message>
        <source>run the checks first</source>
        <translation>ejecute primero las comprobaciones</translation>
    </message>
    <message>
        <source>Export Signed Compliance Report</source>
        <translation>Exportar informe de cumplimiento firmado</translation>
    </message>
    <message>
        <source>Wrote %1, signed by %2. Check it with &quot;relayaudit-cli retention verify-report&quot;.</source>
        <translation>Se escribió %1, firmado por %2. Compruébelo con &quot;relayaudit-cli retention verify-report&quot;.</translation>
    </message>
    <message>
        <source>Recipient hash:</source>
        <translation>Hash del destinatario:</translation>
    </message>
    <message>
        <source>How it is made: %1.</source>
        <translation>Cómo se genera: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) in the delivery log</source>
        <translation>
            <numerusform>%n mensaje en el registro de entregas</numerusform>
            <numerusform>%n mensajes en el registro de entregas</numerusform>
        </translation>
    </message>
    <message>
        <source>SMS record</source>
        <translation>Registro SMS</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Pasarela</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Status changes</source>
        <translation>Cambios de estado</translation>
    </message>
    <message numerus="yes">
        <source>%n cached report row(s)</source>
        <translation>
            <numerusform>%n fila de informe en caché</numerusform>
            <numerusform>%n filas de informe en caché</numerusform>
        </translation>
    </message>
    <message>
        <source>Pull %1: %2 from %3, status %4, %5 segment(s)</source>
        <translation>Descarga %1: %2 desde %3, estado %4, %5 segmento(s)</translation>
    </message>
    <message>
        <source>Not retained</source>
        <translation>No se conserva</translation>
    </message>
    <message>
        <source>this workspace has no recipient-hash pepper: it has hashed no number</source>
        <translation>este espacio de trabajo no tiene pepper de hash de destinatarios: no ha convertido ningún número en hash</translation>
    </message>
    <message>
        <source>Workspace &lt;b&gt;%1&lt;/b&gt;, schema version %2. Databases are encrypted with SQLCipher %3 (raw 256-bit key, %4-byte pages, HMAC %5, secure delete %6). Run the checks to prove the retention inventory on it.</source>
        <translation>Espacio de trabajo &lt;b&gt;%1&lt;/b&gt;, versión del esquema %2. Las bases de datos están cifradas con SQLCipher %3 (clave sin procesar de 256 bits, páginas de %4 bytes, HMAC %5, borrado seguro %6). Ejecute las comprobaciones para demostrar que cumple el inventario de retención.</translation>
    </message>
    <message>
        <source>Signed report (*.json);;PDF, with the signed report beside it (*.pdf)</source>
        <translation>Informe firmado (*.json);;PDF, con el informe firmado al lado (*.pdf)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Clics</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Short links</source>
        <translation>Enlaces cortos</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>Dirección IP</translation>
    </message>
    <message>
        <source>Browser</source>
        <translation>Navegador</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>SO</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Write-back</source>
        <translation>Escritura en Salesforce</translation>
    </message>
    <message>
        <source>Link clicks</source>
        <translation>Clics en enlaces</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Enlaces</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Horario laboral</translation>
    </message>
    <message>
        <source>Busy intervals</source>
        <translation>Intervalos ocupados</translation>
    </message>
    <message>
        <source>Next busy</source>
        <translation>Próximo ocupado</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Condiciones</translation>
    </message>
    <message>
        <source>Scheduler users and their free/busy times</source>
        <translation>Usuarios del programador y sus horas libres/ocupadas</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Franja</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Invitado</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>User terms</source>
        <translation>Condiciones del usuario</translation>
    </message>
    <message>
        <source>Guest terms</source>
        <translation>Condiciones del invitado</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Reservas</translation>
    </message>
    <message>
        <source>Scheduler</source>
        <translation>Programador</translation>
    </message>
    <message numerus="yes">
        <source>%n short link(s), %1 of them URL Pro (one per recipient, keyed to the recipient hash). Clicks: %2 written back to Salesforce, %3 pending, %4 failed. Links and their clicks are kept %5 days; a click written back is deleted %6 days after its write. A URL link records no click.</source>
        <translation>
            <numerusform>%n enlace corto, %1 de tipo URL Pro (uno por destinatario, vinculado al hash del destinatario). Clics: %2 escritos en Salesforce, %3 pendientes, %4 fallidos. Los enlaces y sus clics se conservan %5 días; un clic escrito en Salesforce se elimina %6 días después de su escritura. Un enlace URL no registra clics.</numerusform>
            <numerusform>%n enlaces cortos, %1 de tipo URL Pro (uno por destinatario, vinculado al hash del destinatario). Clics: %2 escritos en Salesforce, %3 pendientes, %4 fallidos. Los enlaces y sus clics se conservan %5 días; un clic escrito en Salesforce se elimina %6 días después de su escritura. Un enlace URL no registra clics.</numerusform>
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
        <translation>Escrito (%1)</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Pending: %1</source>
        <translation>Pendiente: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fallido: %1</translation>
    </message>
    <message numerus="yes">
        <source>Calendar data is kept as busy/free times only: event titles, descriptions, locations, attendees and organisers are dropped while a calendar is read. Bookings keep the guest&apos;s name, email and optional phone with the terms of use both parties agreed to, for %n day(s) after the booking ends.</source>
        <translation>
            <numerusform>Los datos de calendario se conservan solo como horas ocupadas/libres: los títulos, descripciones, ubicaciones, asistentes y organizadores de los eventos se descartan al leer un calendario. Las reservas conservan el nombre, el correo electrónico y el teléfono opcional del invitado junto con las condiciones de uso que aceptaron ambas partes, durante %n día después de que termine la reserva.</numerusform>
            <numerusform>Los datos de calendario se conservan solo como horas ocupadas/libres: los títulos, descripciones, ubicaciones, asistentes y organizadores de los eventos se descartan al leer un calendario. Las reservas conservan el nombre, el correo electrónico y el teléfono opcional del invitado junto con las condiciones de uso que aceptaron ambas partes, durante %n días después de que termine la reserva.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>no registrado</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The checks of the retention inventory on the live workspace: each check with its result and counts, and its evidence below it when it fails</source>
        <translation>Las comprobaciones del inventario de retención sobre el espacio de trabajo activo: cada comprobación con su resultado y sus recuentos, y debajo sus evidencias cuando falla</translation>
    </message>
    <message>
        <source>The retention policy as data, one category per row: whether it is stored, whether it may hold a phone number, how long it is kept; below it, its purpose, policy sentence and where it lives</source>
        <translation>La política de retención como datos, una categoría por fila: si se almacena, si puede contener un número de teléfono, cuánto tiempo se conserva; debajo, su finalidad, el texto de la política y dónde se encuentra</translation>
    </message>
    <message>
        <source>What the workspace keeps about the number or id looked up, and what it does not keep</source>
        <translation>Qué conserva el espacio de trabajo sobre el número o id consultado, y qué no conserva</translation>
    </message>
    <message>
        <source>The short links in the link store, one per row: code, mode, domain, created, clicks, SMS record and target</source>
        <translation>Los enlaces cortos del almacén de enlaces, uno por fila: código, modo, dominio, creación, clics, registro SMS y destino</translation>
    </message>
    <message>
        <source>The recorded clicks on URL Pro links, one per row: time, code, IP address, domain, browser, OS, device and the Salesforce write-back</source>
        <translation>Los clics registrados en enlaces URL Pro, uno por fila: hora, código, dirección IP, dominio, navegador, SO, dispositivo y la escritura en Salesforce</translation>
    </message>
    <message>
        <source>The scheduler&apos;s users, one per row: time zone, working hours, busy intervals kept, next busy time and the terms they agreed to</source>
        <translation>Los usuarios del programador, uno por fila: zona horaria, horario laboral, intervalos ocupados conservados, próxima hora ocupada y las condiciones que aceptaron</translation>
    </message>
    <message>
        <source>The bookings in the scheduler, one per row: slot, user, guest name, email and phone, and the terms each side agreed to</source>
        <translation>Las reservas del programador, una por fila: franja, usuario, nombre, correo electrónico y teléfono del invitado, y las condiciones que aceptó cada parte</translation>
    </message>
    <message>
        <source>Every file of the workspace, one per row: name, size, file mode and whether it is encrypted at rest</source>
        <translation>Cada archivo del espacio de trabajo, uno por fila: nombre, tamaño, permisos del archivo y si está cifrado en reposo</translation>
    </message>
    <message>
        <source>Retention views</source>
        <translation>Vistas de retención</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Check &amp;Pages</source>
        <translation>Comprobar &amp;páginas</translation>
    </message>
    <message>
        <source>Read every page of the workspace database and verify its HMAC, then SQLite&apos;s structural check</source>
        <translation>Leer cada página de la base de datos del espacio de trabajo y comprobar su HMAC, luego la comprobación estructural de SQLite</translation>
    </message>
    <message numerus="yes">
        <source>Intact: %n page(s) read, every HMAC verified, the structure is sound.</source>
        <translation>
            <numerusform>Intacto: %n página leída, cada HMAC comprobado, la estructura es correcta.</numerusform>
            <numerusform>Intacto: %n páginas leídas, cada HMAC comprobado, la estructura es correcta.</numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1: %2</source>
        <translation>Página %1: %2</translation>
    </message>
    <message>
        <source>Damaged: %1 of %2 pages fail their HMAC; %3 structural problem(s). Restore the workspace from a backup, or re-create it and pull again.
%4</source>
        <translation>Dañado: %1 de %2 páginas no superan su HMAC; %3 problema(s) estructural(es). Restaure el espacio de trabajo desde una copia de seguridad, o vuelva a crearlo y descargue de nuevo.
%4</translation>
    </message>
    <message>
        <source>Page check result</source>
        <translation>Resultado de la comprobación de páginas</translation>
    </message>
</context>
<context>
    <name>relay::ui::SendTestDialog</name>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>Send Test Message</source>
        <translation>Enviar mensaje de prueba</translation>
    </message>
    <message>
        <source>Runs one message through the send path: validation, segment count, recipient hash, submit, delivery log. The number and the text are kept nowhere.</source>
        <translation>Pasa un mensaje por la ruta de envío: validación, recuento de segmentos, hash del destinatario, envío al proveedor, registro de entregas. El número y el texto no se conservan en ningún sitio.</translation>
    </message>
    <message>
        <source>+1 202 555 0143, or whatsapp:+…</source>
        <translation>+1 202 555 0143, o whatsapp:+…</translation>
    </message>
    <message>
        <source>The message</source>
        <translation>El mensaje</translation>
    </message>
    <message>
        <source>&amp;Gateway:</source>
        <translation>&amp;Pasarela:</translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation>&amp;Destinatario:</translation>
    </message>
    <message>
        <source>SMS &amp;record id:</source>
        <translation>Id del &amp;registro SMS:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texto:</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Submitted as %1 (%2). Its statuses arrive in the Deliveries log.</source>
        <translation>Enviado como %1 (%2). Sus estados llegan al registro de Entregas.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>No enviado: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n segment(s) · %2 units</source>
        <translation>
            <numerusform>%1 · %n segmento · %2 unidades</numerusform>
            <numerusform>%1 · %n segmentos · %2 unidades</numerusform>
        </translation>
    </message>
    <message>
        <source>UCS-2 because of: %1</source>
        <translation>UCS-2 debido a: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) cost two</source>
        <translation>
            <numerusform>%n carácter cuenta doble</numerusform>
            <numerusform>%n caracteres cuentan doble</numerusform>
        </translation>
    </message>
    <message>
        <source>Submitting…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Submitting… (%1)</source>
        <translation>Enviando… (%1)</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Pasarela</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>The number to send to; it is cleared when the message is submitted</source>
        <translation>El número de destino; se borra al enviar el mensaje</translation>
    </message>
    <message>
        <source>SMS record id</source>
        <translation>Id del registro SMS</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>The message; it is cleared when the message is submitted</source>
        <translation>El mensaje; se borra al enviarlo</translation>
    </message>
    <message>
        <source>Segment count</source>
        <translation>Número de segmentos</translation>
    </message>
    <message>
        <source>Submitted (%1), but the provider&apos;s answer was lost: the message id arrives with its first status callback.</source>
        <translation>Enviado (%1), pero la respuesta del proveedor se perdió: el id del mensaje llega con su primera notificación de estado.</translation>
    </message>
</context>
<context>
    <name>relay::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Workspace folder</source>
        <translation>Carpeta del espacio de trabajo</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Workspace Folder</source>
        <translation>Carpeta del espacio de trabajo</translation>
    </message>
    <message>
        <source>&amp;Workspace:</source>
        <translation>Espacio de &amp;trabajo:</translation>
    </message>
    <message>
        <source>A new language applies the next time Relay Audit starts. Keys and passphrases are never stored in settings.</source>
        <translation>Un nuevo idioma se aplica la próxima vez que se inicia Relay Audit. Las claves y las frases de contraseña nunca se guardan en la configuración.</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Apariencia:</translation>
    </message>
    <message>
        <source>Messaging engine</source>
        <translation>Motor de mensajería</translation>
    </message>
    <message>
        <source>https://relay.example.com/</source>
        <translation>https://relay.example.com/</translation>
    </message>
    <message>
        <source>The public address where &quot;relayaudit-cli engine serve&quot; takes the providers&apos; status callbacks.</source>
        <translation>La dirección pública en la que &quot;relayaudit-cli engine serve&quot; recibe los callbacks de estado de los proveedores.</translation>
    </message>
    <message>
        <source>Status callback URL</source>
        <translation>URL de callback de estado</translation>
    </message>
    <message>
        <source>Status &amp;callback URL:</source>
        <translation>URL de &amp;callback de estado:</translation>
    </message>
    <message>
        <source>blank: api.twilio.com and api.telnyx.com</source>
        <translation>en blanco: api.twilio.com y api.telnyx.com</translation>
    </message>
    <message>
        <source>Provider API base URL</source>
        <translation>URL base de la API del proveedor</translation>
    </message>
    <message>
        <source>Provider &amp;API base URL:</source>
        <translation>URL &amp;base de la API del proveedor:</translation>
    </message>
    <message>
        <source>Settings error</source>
        <translation>Error de configuración</translation>
    </message>
    <message>
        <source>%1 must be an http:// or https:// address, not &quot;%2&quot;.</source>
        <translation>%1 debe ser una dirección http:// o https://, no &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The status callback URL</source>
        <translation>La URL de callback de estado</translation>
    </message>
    <message>
        <source>The provider API base URL</source>
        <translation>La URL base de la API del proveedor</translation>
    </message>
    <message>
        <source>Choose the workspace folder</source>
        <translation>Elegir la carpeta del espacio de trabajo</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
</context>
<context>
    <name>relay::ui::UnlockDialog</name>
    <message>
        <source>Unlock Workspace</source>
        <translation>Desbloquear espacio de trabajo</translation>
    </message>
    <message>
        <source>Create Workspace</source>
        <translation>Crear espacio de trabajo</translation>
    </message>
    <message>
        <source>The workspace at &lt;b&gt;%1&lt;/b&gt; is encrypted. Enter its passphrase to unlock it.</source>
        <translation>El espacio de trabajo de &lt;b&gt;%1&lt;/b&gt; está cifrado. Introduzca su frase de contraseña para desbloquearlo.</translation>
    </message>
    <message>
        <source>Create an encrypted workspace at &lt;b&gt;%1&lt;/b&gt;. Everything Relay Audit keeps is stored there, encrypted with SQLCipher.</source>
        <translation>Cree un espacio de trabajo cifrado en &lt;b&gt;%1&lt;/b&gt;. Todo lo que conserva Relay Audit se almacena allí, cifrado con SQLCipher.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>Repetir frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Repetir:</translation>
    </message>
    <message>
        <source>Use a random key kept in the system &amp;keychain instead</source>
        <translation>Usar en su lugar una clave aleatoria guardada en el &amp;llavero del sistema</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Crear</translation>
    </message>
    <message numerus="yes">
        <source>A passphrase needs at least %n characters.</source>
        <translation>
            <numerusform>Una frase de contraseña necesita al menos %n carácter.</numerusform>
            <numerusform>Una frase de contraseña necesita al menos %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>The passphrases do not match yet.</source>
        <translation>Las frases de contraseña aún no coinciden.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Desbloqueando…</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Creando…</translation>
    </message>
</context>
</TS>
