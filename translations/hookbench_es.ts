<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Hookbench::ApiSettingsDialog</name>
    <message>
        <source>Serve the automation API</source>
        <translation>Servir la API de automatización</translation>
    </message>
    <message>
        <source>Automation API</source>
        <translation>API de automatización</translation>
    </message>
    <message>
        <source>Scripts and CI jobs can list, read and delete captured events over HTTP, sending &quot;Authorization: Bearer&quot; and the token. Requests from web pages are refused. Keep the address on 127.0.0.1 unless other machines must reach it.</source>
        <translation>Los scripts y los trabajos de CI pueden listar, leer y eliminar los eventos capturados por HTTP, enviando “Authorization: Bearer” y el token. Las peticiones desde páginas web se rechazan. Deja la dirección en 127.0.0.1 salvo que otras máquinas deban acceder.</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <source>Copy URL</source>
        <translation>Copiar URL</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Token:</translation>
    </message>
    <message>
        <source>Copy token</source>
        <translation>Copiar token</translation>
    </message>
    <message>
        <source>(not running)</source>
        <translation>(detenida)</translation>
    </message>
</context>
<context>
    <name>Hookbench::BodyPage</name>
    <message>
        <source>Could not undo Content-Encoding &quot;%1&quot; (%2); showing the bytes as received.</source>
        <translation>No se pudo deshacer el Content-Encoding “%1” (%2); se muestran los bytes tal como llegaron.</translation>
    </message>
    <message>
        <source>Decoded from %1 for display: %2 bytes received, %3 bytes decoded.</source>
        <translation>Decodificado desde %1 para mostrarlo: %2 bytes recibidos, %3 bytes decodificados.</translation>
    </message>
    <message>
        <source>Only the first %1 of %2 bytes were captured (body size limit).</source>
        <translation>Solo se capturaron los primeros %1 de %2 bytes (límite de tamaño del cuerpo).</translation>
    </message>
    <message>
        <source>This request has no body.</source>
        <translation>Esta petición no tiene cuerpo.</translation>
    </message>
    <message>
        <source>Invalid JSON at line %1, column %2: %3</source>
        <translation>JSON no válido en la línea %1, columna %2: %3</translation>
    </message>
    <message>
        <source>1 form field.</source>
        <translation>1 campo de formulario.</translation>
    </message>
    <message>
        <source>%1 form fields.</source>
        <translation>%1 campos de formulario.</translation>
    </message>
    <message>
        <source>XML is not well-formed at line %1, column %2: %3</source>
        <translation>El XML no está bien formado en la línea %1, columna %2: %3</translation>
    </message>
    <message>
        <source>Binary payload, %1 bytes — see the Hex tab.</source>
        <translation>Contenido binario, %1 bytes — consulta la pestaña Hex.</translation>
    </message>
    <message>
        <source>Showing the first %1 KB of the text; the Hex tab has all the bytes.</source>
        <translation>Se muestran los primeros %1 KB del texto; la pestaña Hex tiene todos los bytes.</translation>
    </message>
    <message>
        <source>Very long lines are broken for display.</source>
        <translation>Las líneas muy largas se parten para mostrarlas.</translation>
    </message>
</context>
<context>
    <name>Hookbench::DeliveriesModel</name>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>In Progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Entrega</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Iniciado</translation>
    </message>
    <message>
        <source>Failure reason</source>
        <translation>Motivo del fallo</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Host name not found</source>
        <translation>Nombre de host no encontrado</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Conexión rechazada</translation>
    </message>
    <message>
        <source>TLS failure</source>
        <translation>Error de TLS</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Tiempo agotado</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>Error de red</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrumpido</translation>
    </message>
    <message>
        <source>Could not sign</source>
        <translation>No se pudo firmar</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Intento</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Finalizado</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
</context>
<context>
    <name>Hookbench::DeliveriesPage</name>
    <message>
        <source>No deliveries yet: resend this event to a target to see each attempt here.</source>
        <translation>Aún no hay entregas: reenvía este evento a un destino para ver aquí cada intento.</translation>
    </message>
    <message>
        <source>&amp;Resend</source>
        <translation>&amp;Reenviar</translation>
    </message>
    <message>
        <source>&amp;Edit and Resend…</source>
        <translation>&amp;Editar y reenviar…</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>Re&amp;intentar</translation>
    </message>
    <message>
        <source>&amp;Cancel Delivery</source>
        <translation>&amp;Cancelar entrega</translation>
    </message>
    <message>
        <source>Com&amp;pare Responses</source>
        <translation>Com&amp;parar respuestas</translation>
    </message>
    <message>
        <source>Send this event again, unchanged, to a target</source>
        <translation>Reenviar este evento, sin cambios, a un destino</translation>
    </message>
    <message>
        <source>Change the method, path, headers or body, re-sign, and send</source>
        <translation>Cambiar el método, la ruta, las cabeceras o el cuerpo, volver a firmar y enviar</translation>
    </message>
    <message>
        <source>One more attempt of the selected failed or cancelled delivery</source>
        <translation>Hacer un intento más de la entrega seleccionada, fallida o cancelada</translation>
    </message>
    <message>
        <source>Compare the responses of the two selected deliveries</source>
        <translation>Comparar las respuestas de las dos entregas seleccionadas</translation>
    </message>
    <message>
        <source>Compare Responses</source>
        <translation>Comparar respuestas</translation>
    </message>
</context>
<context>
    <name>Hookbench::DeliveriesWindow</name>
    <message>
        <source>Re&amp;try</source>
        <translation>Re&amp;intentar</translation>
    </message>
    <message>
        <source>&amp;Cancel Delivery</source>
        <translation>&amp;Cancelar entrega</translation>
    </message>
    <message>
        <source>Show &amp;Event</source>
        <translation>Mostrar &amp;evento</translation>
    </message>
    <message>
        <source>Deliveries — Hookbench</source>
        <translation>Entregas — Hookbench</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>E&amp;stado:</translation>
    </message>
    <message>
        <source>The newest %1 deliveries</source>
        <translation>Las %1 entregas más recientes</translation>
    </message>
    <message>
        <source>Deliveries: %1</source>
        <translation>Entregas: %1</translation>
    </message>
</context>
<context>
    <name>Hookbench::DeliveryAttempt</name>
    <message>
        <source>no PEM certificate could be read from the CA file %1</source>
        <translation>no se pudo leer ningún certificado PEM del archivo de CA %1</translation>
    </message>
    <message>
        <source>no complete answer within %1 ms</source>
        <translation>ninguna respuesta completa en %1 ms</translation>
    </message>
    <message>
        <source>cancelled while in progress</source>
        <translation>cancelado mientras estaba en curso</translation>
    </message>
    <message>
        <source>the target answered %1 %2</source>
        <translation>el destino respondió %1 %2</translation>
    </message>
    <message>
        <source>the TLS handshake did not complete (%1); does the target speak https?</source>
        <translation>el handshake TLS no se completó (%1); ¿el destino habla https?</translation>
    </message>
</context>
<context>
    <name>Hookbench::DeliveryEngine</name>
    <message>
        <source>the delivery engine is not running</source>
        <translation>el motor de entregas no está en marcha</translation>
    </message>
    <message>
        <source>a delivery needs the captured request it replays</source>
        <translation>una entrega necesita la petición capturada que reproduce</translation>
    </message>
    <message>
        <source>signing with %1 needs a secret</source>
        <translation>firmar con %1 requiere un secreto</translation>
    </message>
</context>
<context>
    <name>Hookbench::DeliveryInspector</name>
    <message>
        <source>Request Sent</source>
        <translation>Petición enviada</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Select a delivery to see what was sent and what came back.</source>
        <translation>Selecciona una entrega para ver qué se envió y qué se recibió.</translation>
    </message>
    <message>
        <source>%1 · attempt %2 · %3</source>
        <translation>%1 · intento %2 · %3</translation>
    </message>
    <message>
        <source>Not sent yet.</source>
        <translation>Aún no se ha enviado.</translation>
    </message>
    <message>
        <source>Waiting for the answer…</source>
        <translation>Esperando la respuesta…</translation>
    </message>
    <message>
        <source>No answer.</source>
        <translation>Sin respuesta.</translation>
    </message>
    <message>
        <source>No answer: %1</source>
        <translation>Sin respuesta: %1</translation>
    </message>
    <message>
        <source>  (%1 ms)</source>
        <translation>  (%1 ms)</translation>
    </message>
    <message>
        <source>(%1 of binary data)</source>
        <translation>(%1 de datos binarios)</translation>
    </message>
</context>
<context>
    <name>Hookbench::DeliverySettings</name>
    <message>
        <source>&apos;%1&apos; is not an http:// or https:// URL with a host</source>
        <translation>&apos;%1&apos; no es una URL http:// o https:// con un host</translation>
    </message>
    <message>
        <source>the timeout must be positive</source>
        <translation>el tiempo de espera debe ser positivo</translation>
    </message>
    <message>
        <source>the number of attempts must be between 1 and 100</source>
        <translation>el número de intentos debe estar entre 1 y 100</translation>
    </message>
    <message>
        <source>the backoff cap must be at least the backoff base, both not negative</source>
        <translation>el tope del backoff debe ser al menos igual a la base del backoff, y ninguno de los dos puede ser negativo</translation>
    </message>
    <message>
        <source>at least one attempt must be allowed in flight</source>
        <translation>debe permitirse al menos un intento en curso</translation>
    </message>
    <message>
        <source>self-signed certificates are accepted only for targets on this machine (localhost, 127.0.0.1, ::1), not for %1</source>
        <translation>los certificados autofirmados solo se aceptan para destinos en este equipo (localhost, 127.0.0.1, ::1), no para %1</translation>
    </message>
    <message>
        <source>unknown signing scheme &apos;%1&apos; (one of %2)</source>
        <translation>esquema de firma desconocido &apos;%1&apos; (conocidos: %2)</translation>
    </message>
</context>
<context>
    <name>Hookbench::DeliveryWorker</name>
    <message>
        <source>there is no delivery %1</source>
        <translation>no existe la entrega %1</translation>
    </message>
    <message>
        <source>only a failed or cancelled delivery can be retried; %1 is %2</source>
        <translation>solo se puede reintentar una entrega fallida o cancelada; el estado de %1 es %2</translation>
    </message>
    <message>
        <source>attempt %1 of this delivery is still under way (%2)</source>
        <translation>el intento %1 de esta entrega sigue en curso (%2)</translation>
    </message>
    <message>
        <source>cancelled before it started</source>
        <translation>cancelada antes de empezar</translation>
    </message>
    <message>
        <source>unknown signing scheme &apos;%1&apos;</source>
        <translation>esquema de firma desconocido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no signing key: it was given to a Hookbench that has quit since</source>
        <translation>no hay clave de firma: se entregó a un Hookbench que ya se cerró</translation>
    </message>
    <message>
        <source>the signing secret %1 is not available</source>
        <translation>el secreto de firma %1 no está disponible</translation>
    </message>
</context>
<context>
    <name>Hookbench::DiffDialog</name>
    <message>
        <source>No difference between %1 and %2.</source>
        <translation>No hay diferencias entre %1 y %2.</translation>
    </message>
    <message>
        <source>− %1 (%2 lines removed)   + %3 (%4 lines added)</source>
        <translation>− %1 (%2 líneas eliminadas)   + %3 (%4 líneas añadidas)</translation>
    </message>
</context>
<context>
    <name>Hookbench::EncryptedFileVault</name>
    <message>
        <source>No random bytes or key derivation available for %1.</source>
        <translation>No hay bytes aleatorios ni derivación de claves disponibles para %1.</translation>
    </message>
    <message>
        <source>Cannot read the secrets file %1: %2</source>
        <translation>No se puede leer el archivo de secretos %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Hookbench secrets file.</source>
        <translation>%1 no es un archivo de secretos de Hookbench.</translation>
    </message>
    <message>
        <source>The passphrase does not open %1 (or the file was altered).</source>
        <translation>La frase de contraseña no abre %1 (o el archivo se ha modificado).</translation>
    </message>
    <message>
        <source>Encrypting the secrets file failed.</source>
        <translation>No se pudo cifrar el archivo de secretos.</translation>
    </message>
    <message>
        <source>Cannot write the secrets file %1: %2</source>
        <translation>No se puede escribir el archivo de secretos %1: %2</translation>
    </message>
</context>
<context>
    <name>Hookbench::EventDetailView</name>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Cuerpo</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Cabeceras</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Sin procesar</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Entregas</translation>
    </message>
    <message>
        <source>Headers (%1)</source>
        <translation>Cabeceras (%1)</translation>
    </message>
    <message>
        <source>Nothing was received for this request.</source>
        <translation>No se recibió nada para esta petición.</translation>
    </message>
    <message>
        <source>Select an event to see its details.</source>
        <translation>Selecciona un evento para ver sus detalles.</translation>
    </message>
</context>
<context>
    <name>Hookbench::EventTableModel</name>
    <message>
        <source>%1  · new</source>
        <translation>%1  · nuevo</translation>
    </message>
    <message>
        <source>%1 is not in the %2 catalog: a new or undocumented event type</source>
        <translation>%1 no está en el catálogo %2: un tipo de evento nuevo o no documentado</translation>
    </message>
    <message>
        <source>provider&apos;s</source>
        <translation>del proveedor</translation>
    </message>
    <message>
        <source>Not resent yet</source>
        <translation>Aún no reenviado</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibida</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Tipo de evento</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Entregas</translation>
    </message>
    <message>
        <source>malformed</source>
        <translation>mal formada</translation>
    </message>
    <message>
        <source>headers too large</source>
        <translation>cabeceras demasiado grandes</translation>
    </message>
    <message>
        <source>body too large</source>
        <translation>cuerpo demasiado grande</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>tiempo agotado</translation>
    </message>
    <message>
        <source>too many connections</source>
        <translation>demasiadas conexiones</translation>
    </message>
    <message>
        <source>cut off by the client</source>
        <translation>cortada por el cliente</translation>
    </message>
    <message>
        <source>✔ valid</source>
        <translation>✔ válida</translation>
    </message>
    <message>
        <source>✘ invalid</source>
        <translation>✘ no válida</translation>
    </message>
    <message>
        <source>no secret</source>
        <translation>sin secreto</translation>
    </message>
    <message>
        <source>Not verified yet</source>
        <translation>Aún sin verificar</translation>
    </message>
    <message>
        <source>Signature valid (%1)</source>
        <translation>Firma válida (%1)</translation>
    </message>
    <message>
        <source>No signature header of a known scheme</source>
        <translation>Ninguna cabecera de firma de un esquema conocido</translation>
    </message>
    <message>
        <source>Not checked: no secret configured for %1 (File › Signing Secrets…)</source>
        <translation>Sin comprobar: no hay ningún secreto configurado para %1 (Archivo › Secretos de firma…)</translation>
    </message>
    <message>
        <source>Not checked: no configured secret is a key %1 can use</source>
        <translation>Sin comprobar: ningún secreto configurado es una clave que %1 pueda usar</translation>
    </message>
    <message>
        <source>Not checked: the body was cut at the capture size limit</source>
        <translation>Sin comprobar: el cuerpo se cortó en el límite de tamaño de captura</translation>
    </message>
    <message>
        <source>Invalid (%1): a signature header is missing</source>
        <translation>No válida (%1): falta una cabecera de firma</translation>
    </message>
    <message>
        <source>Invalid (%1): a signature header cannot be read</source>
        <translation>No válida (%1): no se puede leer una cabecera de firma</translation>
    </message>
    <message>
        <source>Invalid (%1): the signed URL is unknown</source>
        <translation>No válida (%1): se desconoce la URL firmada</translation>
    </message>
    <message>
        <source>Invalid (%1): only signature versions it does not check</source>
        <translation>No válida (%1): solo hay versiones de firma que este esquema no comprueba</translation>
    </message>
    <message>
        <source>Invalid (%1): the timestamp is too old</source>
        <translation>No válida (%1): la marca de tiempo es demasiado antigua</translation>
    </message>
    <message>
        <source>Invalid (%1): the timestamp is in the future</source>
        <translation>No válida (%1): la marca de tiempo está en el futuro</translation>
    </message>
    <message>
        <source>Invalid (%1): the body hash does not match</source>
        <translation>No válida (%1): el hash del cuerpo no coincide</translation>
    </message>
    <message>
        <source>Invalid (%1): the signature does not match</source>
        <translation>No válida (%1): la firma no coincide</translation>
    </message>
    <message>
        <source>Attempts to resend it: %1; the last: %2</source>
        <translation>Intentos de reenviarlo: %1; el último: %2</translation>
    </message>
</context>
<context>
    <name>Hookbench::FieldTableModel</name>
    <message>
        <source>trailer</source>
        <translation>trailer</translation>
    </message>
    <message>
        <source>header</source>
        <translation>cabecera</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
</context>
<context>
    <name>Hookbench::FindBar</name>
    <message>
        <source>Find in text</source>
        <translation>Buscar en el texto</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Coincidencia anterior (Mayús+F3)</translation>
    </message>
    <message>
        <source>Next match (F3, Enter)</source>
        <translation>Siguiente coincidencia (F3, Intro)</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>no encontrado</translation>
    </message>
    <message>
        <source>%1 of %2+</source>
        <translation>%1 de %2+</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
</context>
<context>
    <name>Hookbench::Forwarder</name>
    <message>
        <source>Its query “%1” cannot be used: %2</source>
        <translation>Su consulta “%1” no se puede usar: %2</translation>
    </message>
    <message>
        <source>Its target %1 does not exist.</source>
        <translation>Su destino %1 no existe.</translation>
    </message>
    <message>
        <source>It has no target (the target was removed).</source>
        <translation>No tiene destino (el destino se quitó).</translation>
    </message>
    <message>
        <source>Its target “%1” refuses the request: %2</source>
        <translation>Su destino “%1” rechaza la petición: %2</translation>
    </message>
</context>
<context>
    <name>Hookbench::ForwardingRulesDialog</name>
    <message>
        <source>&amp;Forward matching events</source>
        <translation>Reenviar &amp;automáticamente los eventos coincidentes</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Forwarding Rules</source>
        <translation>Reglas de reenvío automático</translation>
    </message>
    <message>
        <source>Every event captured from now on that matches a rule&apos;s query is sent to its target, as captured (re-signed when the target has a signing profile).</source>
        <translation>Cada evento capturado a partir de ahora que coincida con la consulta de una regla se envía a su destino tal como se capturó (firmado de nuevo si el destino tiene un perfil de firma).</translation>
    </message>
    <message>
        <source>&amp;New Rule</source>
        <translation>&amp;Nueva regla</translation>
    </message>
    <message>
        <source>The search language of the event list; empty: every event</source>
        <translation>El lenguaje de búsqueda de la lista de eventos; vacío: todos los eventos</translation>
    </message>
    <message>
        <source>&amp;Targets…</source>
        <translation>&amp;Destinos…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>N&amp;ombre:</translation>
    </message>
    <message>
        <source>&amp;Query:</source>
        <translation>&amp;Consulta:</translation>
    </message>
    <message>
        <source>&amp;Send to:</source>
        <translation>&amp;Enviar a:</translation>
    </message>
    <message>
        <source>&amp;Save Rule</source>
        <translation>&amp;Guardar regla</translation>
    </message>
    <message>
        <source>Remove Rule</source>
        <translation>Quitar regla</translation>
    </message>
    <message>
        <source>Remove the rule &quot;%1&quot;?</source>
        <translation>¿Quitar la regla “%1”?</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No targets yet: add one with Targets…</source>
        <translation>Aún no hay destinos: añade uno con Destinos…</translation>
    </message>
    <message>
        <source>every event</source>
        <translation>todos los eventos</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>%1 (off)
%2</source>
        <translation>%1 (desactivada)
%2</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>Nueva regla</translation>
    </message>
    <message>
        <source>✘ %1</source>
        <translation>✘ %1</translation>
    </message>
    <message>
        <source>Matches every event</source>
        <translation>Coincide con todos los eventos</translation>
    </message>
    <message>
        <source>✔ Valid query</source>
        <translation>✔ Consulta válida</translation>
    </message>
    <message>
        <source>Give the rule a name.</source>
        <translation>Ponle un nombre a la regla.</translation>
    </message>
    <message>
        <source>The query cannot be used: %1</source>
        <translation>No se puede usar la consulta: %1</translation>
    </message>
    <message>
        <source>Choose the target to send to (add one with Targets…).</source>
        <translation>Elige el destino al que enviar (añade uno con Destinos…).</translation>
    </message>
    <message>
        <source>The rule could not be saved: %1</source>
        <translation>No se pudo guardar la regla: %1</translation>
    </message>
    <message>
        <source>The rule could not be removed: %1</source>
        <translation>No se pudo quitar la regla: %1</translation>
    </message>
</context>
<context>
    <name>Hookbench::HeadersPage</name>
    <message>
        <source>Copy selected</source>
        <translation>Copiar selección</translation>
    </message>
    <message>
        <source>Copy all</source>
        <translation>Copiar todo</translation>
    </message>
    <message>
        <source>Copy every header as &quot;Name: value&quot; lines</source>
        <translation>Copiar todas las cabeceras como líneas “Nombre: valor”</translation>
    </message>
    <message>
        <source>This request has no header fields.</source>
        <translation>Esta petición no tiene campos de cabecera.</translation>
    </message>
</context>
<context>
    <name>Hookbench::HexModel</name>
    <message>
        <source>Offset</source>
        <translation>Desplazamiento</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
</context>
<context>
    <name>Hookbench::JsonBodyView</name>
    <message>
        <source>Copy value</source>
        <translation>Copiar valor</translation>
    </message>
    <message>
        <source>Copy JSON path</source>
        <translation>Copiar ruta JSON</translation>
    </message>
    <message>
        <source>Expand all</source>
        <translation>Expandir todo</translation>
    </message>
    <message>
        <source>Expand every object and array in the tree</source>
        <translation>Expandir cada objeto y array del árbol</translation>
    </message>
    <message>
        <source>Collapse all</source>
        <translation>Contraer todo</translation>
    </message>
    <message>
        <source>The text shows the first %1 KB of the indented JSON; the tree has all %2 values.</source>
        <translation>El texto muestra los primeros %1 KB del JSON indentado; el árbol tiene los %2 valores.</translation>
    </message>
    <message>
        <source>Colouring is off for large documents.</source>
        <translation>El coloreado se desactiva en documentos grandes.</translation>
    </message>
    <message>
        <source>Very long lines are broken for display.</source>
        <translation>Las líneas muy largas se parten para mostrarlas.</translation>
    </message>
    <message>
        <source>Expanded one level: expanding everything would show too many rows.</source>
        <translation>Se expandió un nivel: expandirlo todo mostraría demasiadas filas.</translation>
    </message>
    <message>
        <source>Expanded %1 levels: expanding everything would show too many rows.</source>
        <translation>Se expandieron %1 niveles: expandirlo todo mostraría demasiadas filas.</translation>
    </message>
</context>
<context>
    <name>Hookbench::JsonTreeModel</name>
    <message>
        <source>{1 key}</source>
        <translation>{1 clave}</translation>
    </message>
    <message>
        <source>{%1 keys}</source>
        <translation>{%1 claves}</translation>
    </message>
    <message>
        <source>[1 item]</source>
        <translation>[1 elemento]</translation>
    </message>
    <message>
        <source>[%1 items]</source>
        <translation>[%1 elementos]</translation>
    </message>
    <message>
        <source>object</source>
        <translation>objeto</translation>
    </message>
    <message>
        <source>array</source>
        <translation>array</translation>
    </message>
    <message>
        <source>string</source>
        <translation>cadena</translation>
    </message>
    <message>
        <source>number</source>
        <translation>número</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>booleano</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
</context>
<context>
    <name>Hookbench::KeychainVault</name>
    <message>
        <source>No keychain is available (%1).</source>
        <translation>No hay ningún llavero disponible (%1).</translation>
    </message>
    <message>
        <source>Access to the keychain was refused.</source>
        <translation>Se rechazó el acceso al llavero.</translation>
    </message>
    <message>
        <source>The keychain denied access (%1).</source>
        <translation>El llavero denegó el acceso (%1).</translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation>Error del llavero: %1</translation>
    </message>
</context>
<context>
    <name>Hookbench::ListenersPage</name>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source> KiB</source>
        <translation> KiB</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Body limit</source>
        <translation>Límite del cuerpo</translation>
    </message>
    <message>
        <source>Header limit</source>
        <translation>Límite de cabeceras</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Tiempo límite</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Conexiones</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Reglas</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Stored with each request it captures</source>
        <translation>Se guarda con cada petición que captura</translation>
    </message>
    <message>
        <source>127.0.0.1 accepts requests from this computer only (a tunnel included); 0.0.0.0 from every network</source>
        <translation>127.0.0.1 solo acepta peticiones de este equipo (incluido un túnel); 0.0.0.0, de cualquier red</translation>
    </message>
    <message>
        <source>Any free port</source>
        <translation>Cualquier puerto libre</translation>
    </message>
    <message>
        <source>Larger bodies are answered with 413</source>
        <translation>Los cuerpos más grandes se responden con 413</translation>
    </message>
    <message>
        <source>Larger request heads are answered with 431</source>
        <translation>Las cabeceras de petición más grandes se responden con 431</translation>
    </message>
    <message>
        <source>Requests taking longer are answered with 408</source>
        <translation>Las peticiones que tardan más se responden con 408</translation>
    </message>
    <message>
        <source>Connections beyond this are answered with 503</source>
        <translation>Las conexiones por encima de este número se responden con 503</translation>
    </message>
    <message>
        <source>One rule per line: PREFIX=STATUS[,delay=MS][,header=Name: value][,body=TEXT]. {id} in TEXT is the captured request&apos;s id. Other requests are answered 200 with their id.</source>
        <translation>Una regla por línea: PREFIX=STATUS[,delay=MS][,header=Name: value][,body=TEXT]. {id} en TEXT es el id de la petición capturada. Las demás peticiones se responden con 200 y su id.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>P&amp;uerto:</translation>
    </message>
    <message>
        <source>Largest &amp;body:</source>
        <translation>Cuerpo &amp;máximo:</translation>
    </message>
    <message>
        <source>Largest &amp;head:</source>
        <translation>Cabecera má&amp;xima:</translation>
    </message>
    <message>
        <source>Request &amp;timeout:</source>
        <translation>&amp;Tiempo de espera:</translation>
    </message>
    <message>
        <source>&amp;Connections:</source>
        <translation>C&amp;onexiones:</translation>
    </message>
    <message>
        <source>&amp;Response rules:</source>
        <translation>&amp;Reglas de respuesta:</translation>
    </message>
    <message>
        <source>listener %1</source>
        <translation>escucha %1</translation>
    </message>
    <message>
        <source>any</source>
        <translation>cualquiera</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Give the listener a name: it is stored with each request it captures.</source>
        <translation>Ponle un nombre a la escucha: se guarda con cada petición que captura.</translation>
    </message>
    <message>
        <source>Enter the address to listen on: 127.0.0.1 for this computer only, 0.0.0.0 for every network.</source>
        <translation>Introduce la dirección de escucha: 127.0.0.1 solo para este equipo, 0.0.0.0 para cualquier red.</translation>
    </message>
    <message>
        <source>“%1” is not an IP address. Use one such as 127.0.0.1 (this computer only) or 0.0.0.0 (every network).</source>
        <translation>“%1” no es una dirección IP. Usa una como 127.0.0.1 (solo este equipo) o 0.0.0.0 (cualquier red).</translation>
    </message>
    <message>
        <source>Another listener is also named “%1”: each needs a name of its own.</source>
        <translation>Otra escucha también se llama “%1”: cada una necesita un nombre propio.</translation>
    </message>
    <message>
        <source>Port %1 is also used by listener “%2”.</source>
        <translation>El puerto %1 también lo usa la escucha “%2”.</translation>
    </message>
    <message>
        <source>Response rule on line %1: %2</source>
        <translation>Regla de respuesta en la línea %1: %2</translation>
    </message>
    <message>
        <source>Listener “%1”: %2</source>
        <translation>Escucha “%1”: %2</translation>
    </message>
    <message>
        <source>Add at least one listener: without one nothing is captured.</source>
        <translation>Añade al menos una escucha: sin ella no se captura nada.</translation>
    </message>
</context>
<context>
    <name>Hookbench::MainWindow</name>
    <message>
        <source>Hookbench</source>
        <translation>Hookbench</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Captura</translation>
    </message>
    <message>
        <source>Copy URL</source>
        <translation>Copiar URL</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About Hookbench</source>
        <translation>&amp;Acerca de Hookbench</translation>
    </message>
    <message>
        <source>About Hookbench</source>
        <translation>Acerca de Hookbench</translation>
    </message>
    <message>
        <source>Nothing is being captured.</source>
        <translation>No se está capturando nada.</translation>
    </message>
    <message>
        <source>%1
Requests are answered with 503 (so providers retry) until writing works again.</source>
        <translation>%1
Las peticiones se responden con 503 (para que los proveedores reintenten) hasta que la escritura vuelva a funcionar.</translation>
    </message>
    <message>
        <source>Waiting for webhooks.

Point your provider (or a tunnel) at %1 — every request that arrives is stored exactly and shows up here.</source>
        <translation>Esperando webhooks.

Apunta tu proveedor (o un túnel) a %1: cada petición que llega se guarda exactamente y aparece aquí.</translation>
    </message>
    <message>
        <source>Hookbench — %1</source>
        <translation>Hookbench — %1</translation>
    </message>
    <message>
        <source>Finishing requests in flight…</source>
        <translation>Terminando las peticiones en curso…</translation>
    </message>
    <message>
        <source>Automation &amp;API…</source>
        <translation>&amp;API de automatización…</translation>
    </message>
    <message>
        <source>The automation API is not running: %1</source>
        <translation>La API de automatización no está en marcha: %1</translation>
    </message>
    <message>
        <source>API: %1</source>
        <translation>API: %1</translation>
    </message>
    <message>
        <source>Copy the capture URL to the clipboard (Ctrl+Shift+C)</source>
        <translation>Copiar la URL de captura al portapapeles (Ctrl+Mayús+C)</translation>
    </message>
    <message>
        <source>Capturing</source>
        <translation>Capturar</translation>
    </message>
    <message>
        <source>Start or stop the listeners (Ctrl+R)</source>
        <translation>Iniciar o detener las escuchas (Ctrl+R)</translation>
    </message>
    <message>
        <source>Follow new events</source>
        <translation>Seguir los eventos nuevos</translation>
    </message>
    <message>
        <source>Keep the newest event in view (F5)</source>
        <translation>Mantener visible el evento más reciente (F5)</translation>
    </message>
    <message>
        <source>Clear…</source>
        <translation>Vaciar…</translation>
    </message>
    <message>
        <source>Delete every stored event</source>
        <translation>Eliminar todos los eventos guardados</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Find in Body</source>
        <translation>Buscar en el cuerpo</translation>
    </message>
    <message>
        <source>Search Events</source>
        <translation>Buscar eventos</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Capture</source>
        <translation>&amp;Captura</translation>
    </message>
    <message>
        <source>Hookbench %1
A webhook workbench: capture, inspect, verify and replay webhooks, all on your machine.

Built with Qt %2.</source>
        <translation>Hookbench %1
Un banco de trabajo para webhooks: captura, inspecciona, verifica y reenvía webhooks, todo en tu equipo.

Compilado con Qt %2.</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>Search not applied. %1</source>
        <translation>Búsqueda no aplicada. %1</translation>
    </message>
    <message>
        <source>Nothing is being captured: the store cannot be opened. %1
Choose another location in Settings or with --db PATH.</source>
        <translation>No se está capturando nada: no se puede abrir el almacén. %1
Elige otra ubicación en la configuración o con --db RUTA.</translation>
    </message>
    <message>
        <source>The stored events cannot be read: %1</source>
        <translation>No se pueden leer los eventos guardados: %1</translation>
    </message>
    <message>
        <source>Deleting events stopped: %1</source>
        <translation>Se detuvo la eliminación de eventos: %1</translation>
    </message>
    <message>
        <source>%1. Is another program using that port? Change it in Settings, or start Hookbench with --listen 127.0.0.1:0 to pick a free one.</source>
        <translation>%1. ¿Otro programa usa ese puerto? Cámbialo en la configuración o inicia Hookbench con --listen 127.0.0.1:0 para elegir uno libre.</translation>
    </message>
    <message>
        <source>no listener is running</source>
        <translation>no hay ninguna escucha activa</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>detenida</translation>
    </message>
    <message>
        <source>Start capturing</source>
        <translation>Iniciar la captura</translation>
    </message>
    <message>
        <source>Stop capturing</source>
        <translation>Detener la captura</translation>
    </message>
    <message>
        <source>Delete events</source>
        <translation>Eliminar eventos</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n selected event(s) from the store? This cannot be undone.</source>
        <translation>
            <numerusform>¿Eliminar %n evento seleccionado del almacén? No se puede deshacer.</numerusform>
            <numerusform>¿Eliminar %n eventos seleccionados del almacén? No se puede deshacer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear the store</source>
        <translation>Vaciar el almacén</translation>
    </message>
    <message numerus="yes">
        <source>Delete all %n stored event(s)? This cannot be undone.</source>
        <translation>
            <numerusform>¿Eliminar %n evento guardado? No se puede deshacer.</numerusform>
            <numerusform>¿Eliminar los %n eventos guardados? No se puede deshacer.</numerusform>
        </translation>
    </message>
    <message>
        <source>No event matches this search.</source>
        <translation>Ningún evento coincide con esta búsqueda.</translation>
    </message>
    <message>
        <source>Not capturing. Start capturing to receive webhooks.</source>
        <translation>Sin captura. Inicia la captura para recibir webhooks.</translation>
    </message>
    <message>
        <source>%1 of %2 events shown</source>
        <translation>%1 de %2 eventos mostrados</translation>
    </message>
    <message>
        <source>Events: %1</source>
        <translation>Eventos: %1</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>Store: %1 (%2)</source>
        <translation>Almacén: %1 (%2)</translation>
    </message>
    <message>
        <source>The new store location is used from the next start.</source>
        <translation>La nueva ubicación del almacén se usará a partir del próximo inicio.</translation>
    </message>
    <message>
        <source>The new language is used from the next start.</source>
        <translation>El nuevo idioma se usará a partir del próximo inicio.</translation>
    </message>
    <message>
        <source>Signing &amp;Secrets…</source>
        <translation>Secretos de &amp;firma…</translation>
    </message>
    <message>
        <source>Signing secrets are unavailable: the store could not be opened for them.</source>
        <translation>Los secretos de firma no están disponibles: no se pudo abrir el almacén para ellos.</translation>
    </message>
    <message>
        <source>Checking stored events again (signatures, catalogs): %1 of %2…</source>
        <translation>Volviendo a comprobar los eventos guardados (firmas, catálogos): %1 de %2…</translation>
    </message>
    <message>
        <source>&amp;Deliveries</source>
        <translation>E&amp;ntregas</translation>
    </message>
    <message>
        <source>&amp;Resend…</source>
        <translation>&amp;Reenviar…</translation>
    </message>
    <message>
        <source>Send the selected events again, unchanged (Ctrl+Shift+R)</source>
        <translation>Reenviar los eventos seleccionados, sin cambios (Ctrl+Mayús+R)</translation>
    </message>
    <message>
        <source>&amp;Edit and Resend…</source>
        <translation>&amp;Editar y reenviar…</translation>
    </message>
    <message>
        <source>Resend &amp;All Listed Events…</source>
        <translation>Reenviar &amp;todos los eventos listados…</translation>
    </message>
    <message>
        <source>All &amp;Deliveries</source>
        <translation>Todas las e&amp;ntregas</translation>
    </message>
    <message>
        <source>&amp;Targets…</source>
        <translation>&amp;Destinos…</translation>
    </message>
    <message>
        <source>&amp;Forwarding Rules…</source>
        <translation>Reglas de reenvío a&amp;utomático…</translation>
    </message>
    <message>
        <source>Deliveries are unavailable: %1</source>
        <translation>Las entregas no están disponibles: %1</translation>
    </message>
    <message>
        <source>A delivery could not be queued: %1</source>
        <translation>No se pudo poner en cola una entrega: %1</translation>
    </message>
    <message>
        <source>A forwarding rule sends nothing: %1</source>
        <translation>Una regla de reenvío automático no envía nada: %1</translation>
    </message>
    <message>
        <source>The event could not be resent: %1</source>
        <translation>No se pudo reenviar el evento: %1</translation>
    </message>
    <message>
        <source>Queuing deliveries…</source>
        <translation>Poniendo las entregas en cola…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>event %1: %2</source>
        <translation>evento %1: %2</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>eliminado</translation>
    </message>
    <message>
        <source>Forwarding rules are unavailable: the store&apos;s deliveries could not be opened.</source>
        <translation>Las reglas de reenvío automático no están disponibles: no se pudieron abrir las entregas del almacén.</translation>
    </message>
    <message>
        <source>Resend %1 Events</source>
        <translation>Reenviar %1 eventos</translation>
    </message>
    <message>
        <source>Resend cancelled. Deliveries already queued and not yet sent were cancelled too (queued: %1).</source>
        <translation>Reenvío cancelado. Las entregas ya en cola y aún no enviadas también se cancelaron (en cola: %1).</translation>
    </message>
    <message>
        <source>Events that could not be resent: %1; the first: %2</source>
        <translation>Eventos que no se pudieron reenviar: %1; el primero: %2</translation>
    </message>
</context>
<context>
    <name>Hookbench::OutgoingRequest</name>
    <message>
        <source>&apos;%1&apos; is not a URL with a host</source>
        <translation>&apos;%1&apos; no es una URL con un host</translation>
    </message>
    <message>
        <source>the path &apos;%1&apos; must start with &apos;/&apos; and contain no spaces or control characters (percent-encode them)</source>
        <translation>la ruta &apos;%1&apos; debe empezar por &apos;/&apos; y no contener espacios ni caracteres de control (usa codificación porcentual)</translation>
    </message>
    <message>
        <source>a Linear body must be a JSON object to carry the signing time in webhookTimestamp</source>
        <translation>un cuerpo de Linear debe ser un objeto JSON para llevar la hora de firma en webhookTimestamp</translation>
    </message>
</context>
<context>
    <name>Hookbench::OverviewPage</name>
    <message>
        <source>%1 µs</source>
        <translation>%1 µs</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Petición</translation>
    </message>
    <message>
        <source>Request line</source>
        <translation>Línea de petición</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>ID de petición</translation>
    </message>
    <message>
        <source>port %1</source>
        <translation>puerto %1</translation>
    </message>
    <message>
        <source>%1 (port %2)</source>
        <translation>%1 (puerto %2)</translation>
    </message>
    <message>
        <source>Listener</source>
        <translation>Escucha</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibida</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>1 byte</source>
        <translation>1 byte</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>(truncated: the first %1 bytes were kept)</source>
        <translation>(truncado: se conservaron los primeros %1 bytes)</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Cuerpo</translation>
    </message>
    <message>
        <source>Capture error</source>
        <translation>Error de captura</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>No event envelope was recognized in this request.</source>
        <translation>No se reconoció ningún sobre de evento en esta petición.</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Tipo de evento</translation>
    </message>
    <message>
        <source>Event id</source>
        <translation>ID de evento</translation>
    </message>
    <message>
        <source>Occurred at</source>
        <translation>Ocurrido el</translation>
    </message>
    <message>
        <source>Resource type</source>
        <translation>Tipo de recurso</translation>
    </message>
    <message>
        <source>Resource id</source>
        <translation>ID de recurso</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espacio de trabajo</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>Versión de la API</translation>
    </message>
    <message>
        <source>Caused by request</source>
        <translation>Causado por la petición</translation>
    </message>
    <message>
        <source>Idempotency key</source>
        <translation>Clave de idempotencia</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Catálogo</translation>
    </message>
    <message>
        <source>known event type</source>
        <translation>tipo de evento conocido</translation>
    </message>
    <message>
        <source>not in the catalog</source>
        <translation>no está en el catálogo</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>none: every documented field is present with its type</source>
        <translation>ninguno: todos los campos documentados están presentes con su tipo</translation>
    </message>
    <message>
        <source>Duplicate of</source>
        <translation>Duplicado de</translation>
    </message>
    <message>
        <source>%1 (the same event was received before)</source>
        <translation>%1 (el mismo evento ya se había recibido)</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Enviado a</translation>
    </message>
    <message>
        <source>Documented at</source>
        <translation>Documentado en</translation>
    </message>
</context>
<context>
    <name>Hookbench::RawPage</name>
    <message>
        <source>The body (%1 bytes) is binary: see the Hex tab.</source>
        <translation>El cuerpo (%1 bytes) es binario: consulta la pestaña Hex.</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2 bytes of the body; the Hex tab has all of it.</source>
        <translation>Se muestran los primeros %1 de %2 bytes del cuerpo; la pestaña Hex lo tiene completo.</translation>
    </message>
    <message>
        <source>The body was sent in chunks; it is shown joined, without the chunk framing.</source>
        <translation>El cuerpo se envió en fragmentos (chunks); se muestra unido, sin el marco de los fragmentos.</translation>
    </message>
    <message>
        <source>Only the first %1 of %2 body bytes were captured (body size limit).</source>
        <translation>Solo se capturaron los primeros %1 de %2 bytes del cuerpo (límite de tamaño del cuerpo).</translation>
    </message>
    <message>
        <source>Bytes that are not valid UTF-8 are shown as �.</source>
        <translation>Los bytes que no son UTF-8 válido se muestran como �.</translation>
    </message>
    <message>
        <source>Nothing was received for this request.</source>
        <translation>No se recibió nada para esta petición.</translation>
    </message>
    <message>
        <source>Very long lines are broken for display.</source>
        <translation>Las líneas muy largas se parten para mostrarlas.</translation>
    </message>
</context>
<context>
    <name>Hookbench::ResendDialog</name>
    <message>
        <source>Edit and Resend Event %1</source>
        <translation>Editar y reenviar el evento %1</translation>
    </message>
    <message>
        <source>Resend Event %1</source>
        <translation>Reenviar el evento %1</translation>
    </message>
    <message>
        <source>&amp;Targets…</source>
        <translation>&amp;Destinos…</translation>
    </message>
    <message>
        <source>Add or change named targets</source>
        <translation>Añadir o cambiar destinos con nombre</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>Des&amp;tino:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Signing:</source>
        <translation>&amp;Firma:</translation>
    </message>
    <message>
        <source>⚠ This target accepts self-signed certificates: its identity is not checked.</source>
        <translation>⚠ Este destino acepta certificados autofirmados: su identidad no se comprueba.</translation>
    </message>
    <message>
        <source>What will be sent (signature computed now; it is computed again at each attempt):</source>
        <translation>Lo que se enviará (firma calculada ahora; se vuelve a calcular en cada intento):</translation>
    </message>
    <message>
        <source>Send &amp;Edited</source>
        <translation>&amp;Enviar editado</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>the target URL&apos;s own path</source>
        <translation>la ruta propia de la URL de destino</translation>
    </message>
    <message>
        <source>Replaces the target URL&apos;s path (and query, with a &apos;?&apos;); captured at %1</source>
        <translation>Sustituye la ruta de la URL de destino (y la query, con un &apos;?&apos;); capturado en %1</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Método:</translation>
    </message>
    <message>
        <source>&amp;Path:</source>
        <translation>&amp;Ruta:</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Cabecera</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>&amp;Add Header</source>
        <translation>&amp;Añadir cabecera</translation>
    </message>
    <message>
        <source>Remo&amp;ve Header</source>
        <translation>&amp;Quitar cabecera</translation>
    </message>
    <message>
        <source>Compare with &amp;Original</source>
        <translation>Comparar con el &amp;original</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Another URL…</source>
        <translation>Otra URL…</translation>
    </message>
    <message>
        <source>Choose a target or type the URL to send to.</source>
        <translation>Elige un destino o escribe la URL a la que enviar.</translation>
    </message>
    <message>
        <source>Re-signing as %1 needs a secret: add one in File › Signing Secrets.</source>
        <translation>Volver a firmar como %1 requiere un secreto: añade uno en Archivo › Secretos de firma.</translation>
    </message>
    <message>
        <source>Binary body: sent unchanged.</source>
        <translation>Cuerpo binario: se envía sin cambios.</translation>
    </message>
    <message>
        <source>✔ Valid JSON</source>
        <translation>✔ JSON válido</translation>
    </message>
    <message>
        <source>✘ Invalid JSON at line %1, column %2: %3 (it can still be sent)</source>
        <translation>✘ JSON no válido en la línea %1, columna %2: %3 (se puede enviar igualmente)</translation>
    </message>
    <message>
        <source>(The secret&apos;s key cannot be read now: the signature is not shown.)</source>
        <translation>(La clave del secreto no se puede leer ahora: no se muestra la firma.)</translation>
    </message>
    <message>
        <source>(Cannot sign: %1)</source>
        <translation>(No se puede firmar: %1)</translation>
    </message>
    <message>
        <source>Original and Edited Body</source>
        <translation>Cuerpo original y editado</translation>
    </message>
    <message>
        <source>original</source>
        <translation>original</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>editado</translation>
    </message>
    <message>
        <source>&amp;Format JSON</source>
        <translation>&amp;Formatear JSON</translation>
    </message>
    <message>
        <source>Indent the JSON body (keys, order and numbers kept as written)</source>
        <translation>Sangrar el cuerpo JSON (claves, orden y números se mantienen tal como están)</translation>
    </message>
    <message>
        <source>
(body: %1)</source>
        <translation>
(cuerpo: %1)</translation>
    </message>
    <message>
        <source>Resend %1 Events</source>
        <translation>Reenviar %1 eventos</translation>
    </message>
    <message>
        <source>&amp;Send %1 Events</source>
        <translation>&amp;Enviar %1 eventos</translation>
    </message>
</context>
<context>
    <name>Hookbench::SearchField</name>
    <message>
        <source>Search: type:order.* provider:stripe -status:200 or any text  (Ctrl+L)</source>
        <translation>Buscar: type:order.* provider:stripe -status:200 o cualquier texto  (Ctrl+L)</translation>
    </message>
    <message>
        <source>Filters: %1. Free text searches paths, headers and bodies; prefix a term with - to exclude it.</source>
        <translation>Filtros: %1. El texto libre busca en rutas, cabeceras y cuerpos; antepón - a un término para excluirlo.</translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation>Columna %1: %2</translation>
    </message>
</context>
<context>
    <name>Hookbench::SearchQuery</name>
    <message>
        <source>&apos;-&apos; must be followed by a term to exclude</source>
        <translation>&apos;-&apos; debe ir seguido de un término que excluir</translation>
    </message>
    <message>
        <source>unknown filter &apos;%1:&apos; — known: %2</source>
        <translation>filtro desconocido &apos;%1:&apos; — conocidos: %2</translation>
    </message>
    <message>
        <source>unterminated quote</source>
        <translation>comillas sin cerrar</translation>
    </message>
    <message>
        <source>a closing quote must be followed by a space</source>
        <translation>tras unas comillas de cierre debe ir un espacio</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a value</source>
        <translation>&apos;%1&apos; necesita un valor</translation>
    </message>
    <message>
        <source>unknown signature state &apos;%1&apos; — expected valid, invalid, none</source>
        <translation>estado de firma desconocido &apos;%1&apos; — se esperaba valid, invalid, none</translation>
    </message>
    <message>
        <source>unknown &apos;is:&apos; value &apos;%1&apos; — expected duplicate, unknown-type, error</source>
        <translation>valor de &apos;is:&apos; desconocido &apos;%1&apos; — se esperaba duplicate, unknown-type, error</translation>
    </message>
    <message>
        <source>status range &apos;%1&apos; is backwards</source>
        <translation>el rango de estados &apos;%1&apos; está invertido</translation>
    </message>
    <message>
        <source>status 0 is never sent — statuses are 100 to 599</source>
        <translation>el estado 0 nunca se envía — los estados van de 100 a 599</translation>
    </message>
    <message>
        <source>status %1 is out of range — statuses are 100 to 599</source>
        <translation>el estado %1 está fuera de rango — los estados van de 100 a 599</translation>
    </message>
    <message>
        <source>bad status &apos;%1&apos; — expected a status (200), a class (4xx) or a range (500-599)</source>
        <translation>estado no válido &apos;%1&apos; — se esperaba un estado (200), una clase (4xx) o un rango (500-599)</translation>
    </message>
    <message>
        <source>bad time &apos;%1&apos; — expected 2024-03-05T23:04:43Z, 2024-03-05 or 15m/2h/7d</source>
        <translation>hora no válida &apos;%1&apos; — se esperaba 2024-03-05T23:04:43Z, 2024-03-05 o 15m/2h/7d</translation>
    </message>
    <message>
        <source>duration &apos;%1&apos; is too long</source>
        <translation>la duración &apos;%1&apos; es demasiado larga</translation>
    </message>
</context>
<context>
    <name>Hookbench::SecretBook</name>
    <message>
        <source>The source no longer exists.</source>
        <translation>El origen ya no existe.</translation>
    </message>
    <message>
        <source>The secret cannot be recorded in the store: %1</source>
        <translation>No se puede registrar el secreto en el almacén: %1</translation>
    </message>
    <message>
        <source>The keychain has not answered yet; try again in a moment.</source>
        <translation>El llavero aún no ha respondido; inténtalo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>No keychain answered, so signing secrets are kept in memory for this run only. (%1)</source>
        <translation>Ningún llavero respondió, así que los secretos de firma se guardan en memoria solo durante esta ejecución. (%1)</translation>
    </message>
</context>
<context>
    <name>Hookbench::SecretKeyDialog</name>
    <message>
        <source>whsec_…, a hex or base64 key, or a public key</source>
        <translation>whsec_…, una clave hexadecimal o base64, o una clave pública</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Show or hide the key</source>
        <translation>Mostrar u ocultar la clave</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Etiqueta:</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Clave:</translation>
    </message>
</context>
<context>
    <name>Hookbench::SecretStorage</name>
    <message>
        <source>Passphrase for the signing secrets in %1:</source>
        <translation>Frase de contraseña de los secretos de firma en %1:</translation>
    </message>
    <message>
        <source>Unlock Signing Secrets</source>
        <translation>Desbloquear los secretos de firma</translation>
    </message>
    <message>
        <source>The secrets file was not unlocked: new secrets are kept in memory for this run only, and stored verdicts may say &quot;no secret&quot;.</source>
        <translation>El archivo de secretos no se desbloqueó: los secretos nuevos se guardan en memoria solo durante esta ejecución, y los veredictos guardados pueden indicar “sin secreto”.</translation>
    </message>
    <message>
        <source>Encrypt Signing Secrets</source>
        <translation>Cifrar los secretos de firma</translation>
    </message>
    <message>
        <source>Choose a passphrase for the secrets file. Hookbench asks for it at each start; it cannot be recovered.</source>
        <translation>Elige una frase de contraseña para el archivo de secretos. Hookbench la pide en cada inicio; no se puede recuperar.</translation>
    </message>
    <message>
        <source>Type the passphrase again:</source>
        <translation>Escribe de nuevo la frase de contraseña:</translation>
    </message>
    <message>
        <source>Use at least 8 characters.</source>
        <translation>Usa al menos 8 caracteres.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
</context>
<context>
    <name>Hookbench::SecretsDialog</name>
    <message>
        <source>every path</source>
        <translation>cualquier ruta</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Key not available (kept in memory by an earlier run)</source>
        <translation>Clave no disponible (la guardó en memoria una ejecución anterior)</translation>
    </message>
    <message numerus="yes">
        <source>•••••••• (%n characters)</source>
        <translation>
            <numerusform>•••••••• (%n carácter)</numerusform>
            <numerusform>•••••••• (%n caracteres)</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep Them in an Encrypted File…</source>
        <translation>Guardarlos en un archivo cifrado…</translation>
    </message>
    <message>
        <source>Remove Source</source>
        <translation>Quitar origen</translation>
    </message>
    <message>
        <source>Add Secret…</source>
        <translation>Añadir secreto…</translation>
    </message>
    <message>
        <source>Rotate…</source>
        <translation>Rotar…</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Signing Secrets</source>
        <translation>Secretos de firma</translation>
    </message>
    <message>
        <source>Keys go into a file encrypted with a passphrase you choose, asked for at each start.</source>
        <translation>Las claves van a un archivo cifrado con una frase de contraseña que eliges tú y que se pide en cada inicio.</translation>
    </message>
    <message>
        <source>Detect from the headers</source>
        <translation>Detectar a partir de las cabeceras</translation>
    </message>
    <message>
        <source>Any listener (or host:port)</source>
        <translation>Cualquier escucha (o host:puerto)</translation>
    </message>
    <message>
        <source>Every path (or a prefix such as /stripe)</source>
        <translation>Todas las rutas (o un prefijo como /stripe)</translation>
    </message>
    <message>
        <source>The scheme&apos;s default</source>
        <translation>Valor predeterminado del esquema</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How far the signed time may be from the arrival; 0 turns the time check off.</source>
        <translation>Cuánto puede alejarse la hora firmada de la llegada; 0 desactiva la comprobación de la hora.</translation>
    </message>
    <message>
        <source>https://example.ngrok.app (schemes that sign the URL)</source>
        <translation>https://example.ngrok.app (esquemas que firman la URL)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Scheme:</source>
        <translation>&amp;Esquema:</translation>
    </message>
    <message>
        <source>&amp;Listener:</source>
        <translation>Escuc&amp;ha:</translation>
    </message>
    <message>
        <source>&amp;Path prefix:</source>
        <translation>&amp;Prefijo de ruta:</translation>
    </message>
    <message>
        <source>&amp;Time window:</source>
        <translation>Ventana de &amp;tiempo:</translation>
    </message>
    <message>
        <source>Public &amp;URL:</source>
        <translation>&amp;URL pública:</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadido</translation>
    </message>
    <message>
        <source>Secrets (tried in this order)</source>
        <translation>Secretos (se prueban en este orden)</translation>
    </message>
    <message>
        <source>Add Source</source>
        <translation>Añadir origen</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>The secrets file cannot be used: %1</source>
        <translation>No se puede usar el archivo de secretos: %1</translation>
    </message>
    <message>
        <source>The source cannot be saved: %1</source>
        <translation>No se puede guardar el origen: %1</translation>
    </message>
    <message>
        <source>New source</source>
        <translation>Origen nuevo</translation>
    </message>
    <message>
        <source>The source cannot be added: %1</source>
        <translation>No se puede añadir el origen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Remove “%1” and its %n secret(s)? Their keys are deleted from the keychain.</source>
        <translation>
            <numerusform>¿Quitar “%1” y su %n secreto? Su clave se borra del llavero.</numerusform>
            <numerusform>¿Quitar “%1” y sus %n secretos? Sus claves se borran del llavero.</numerusform>
        </translation>
    </message>
    <message>
        <source>The source cannot be removed: %1</source>
        <translation>No se puede quitar el origen: %1</translation>
    </message>
    <message>
        <source>Signing secret</source>
        <translation>Secreto de firma</translation>
    </message>
    <message>
        <source>The endpoint&apos;s signing secret as the provider shows it (for Discord and SendGrid, the provider&apos;s public key). It is kept in the keychain, never in the store.</source>
        <translation>El secreto de firma del endpoint tal como lo muestra el proveedor (para Discord y SendGrid, la clave pública del proveedor). Se guarda en el llavero, nunca en el almacén.</translation>
    </message>
    <message>
        <source>%1 (rotated)</source>
        <translation>%1 (rotado)</translation>
    </message>
    <message>
        <source>The new secret is tried first; the old one keeps verifying until you remove it, so nothing fails while the provider switches over.</source>
        <translation>El secreto nuevo se prueba primero; el antiguo sigue verificando hasta que lo quites, para que nada falle mientras el proveedor hace el cambio.</translation>
    </message>
    <message>
        <source>Rotate Secret</source>
        <translation>Rotar secreto</translation>
    </message>
    <message>
        <source>Add Secret</source>
        <translation>Añadir secreto</translation>
    </message>
    <message>
        <source>The secret was not added: %1</source>
        <translation>No se añadió el secreto: %1</translation>
    </message>
    <message>
        <source>Remove Secret</source>
        <translation>Quitar secreto</translation>
    </message>
    <message>
        <source>Remove “%1”? Requests signed with it will no longer verify.</source>
        <translation>¿Quitar “%1”? Las peticiones firmadas con él ya no se verificarán.</translation>
    </message>
    <message>
        <source>The secret cannot be removed: %1</source>
        <translation>No se puede quitar el secreto: %1</translation>
    </message>
    <message>
        <source>Generic HMAC (configure below)</source>
        <translation>HMAC genérico (configúralo abajo)</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hexadecimal</translation>
    </message>
    <message>
        <source>Base64</source>
        <translation>Base64</translation>
    </message>
    <message>
        <source>e.g. sha256= (removed before decoding)</source>
        <translation>p. ej., sha256= (se quita antes de decodificar)</translation>
    </message>
    <message>
        <source>The signed bytes: {body}, {timestamp}, {id}, {url} and {method} are replaced, the rest is taken literally.</source>
        <translation>Los bytes firmados: {body}, {timestamp}, {id}, {url} y {method} se sustituyen; el resto se toma literalmente.</translation>
    </message>
    <message>
        <source>Header read for {timestamp}</source>
        <translation>Cabecera de la que se lee {timestamp}</translation>
    </message>
    <message>
        <source>Header read for {id}</source>
        <translation>Cabecera de la que se lee {id}</translation>
    </message>
    <message>
        <source>Signature header:</source>
        <translation>Cabecera de firma:</translation>
    </message>
    <message>
        <source>Prefix:</source>
        <translation>Prefijo:</translation>
    </message>
    <message>
        <source>Algorithm:</source>
        <translation>Algoritmo:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Codificación:</translation>
    </message>
    <message>
        <source>Signed content:</source>
        <translation>Contenido firmado:</translation>
    </message>
    <message>
        <source>Timestamp header:</source>
        <translation>Cabecera de marca de tiempo:</translation>
    </message>
    <message>
        <source>ID header:</source>
        <translation>Cabecera de ID:</translation>
    </message>
</context>
<context>
    <name>Hookbench::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>&amp;Listeners</source>
        <translation>&amp;Escuchas</translation>
    </message>
    <message>
        <source>&amp;Store</source>
        <translation>&amp;Almacén</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>Aparien&amp;cia</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>A new location is used the next time Hookbench starts. Events stored so far stay in the current file.</source>
        <translation>La nueva ubicación se usará la próxima vez que se inicie Hookbench. Los eventos guardados hasta ahora se quedan en el archivo actual.</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Retención</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <source> events</source>
        <translation> eventos</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Keep the &amp;newest:</source>
        <translation>Conservar los más &amp;recientes:</translation>
    </message>
    <message>
        <source>Keep events &amp;received within:</source>
        <translation>Conservar los eventos de los ú&amp;ltimos:</translation>
    </message>
    <message>
        <source>&amp;Purge Now</source>
        <translation>Purgar a&amp;hora</translation>
    </message>
    <message>
        <source>Delete the events these limits do not keep, now</source>
        <translation>Eliminar ahora los eventos que estos límites no conservan</translation>
    </message>
    <message>
        <source>Cancel Purge</source>
        <translation>Cancelar la purga</translation>
    </message>
    <message>
        <source>Purging needs a store open in the main window.</source>
        <translation>Para purgar hace falta un almacén abierto en la ventana principal.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Events beyond these limits are deleted, oldest first. Purge Now deletes them at once; this cannot be undone.</source>
        <translation>Los eventos que superan estos límites se eliminan, primero los más antiguos. “Purgar ahora” los elimina de inmediato; no se puede deshacer.</translation>
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
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>&amp;Font size:</source>
        <translation>Tamaño de &amp;fuente:</translation>
    </message>
    <message>
        <source>Changes show at once; Cancel undoes them. System follows the look of your desktop.</source>
        <translation>Los cambios se ven al momento; Cancelar los deshace. Sistema sigue el aspecto de tu escritorio.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>A new language is used the next time Hookbench starts.</source>
        <translation>El nuevo idioma se usará la próxima vez que se inicie Hookbench.</translation>
    </message>
    <message>
        <source>System Tray</source>
        <translation>Bandeja del sistema</translation>
    </message>
    <message>
        <source>Show Hookbench in the system t&amp;ray</source>
        <translation>Mostrar Hookbench en la &amp;bandeja del sistema</translation>
    </message>
    <message>
        <source>&amp;Notify about new events while the window is hidden</source>
        <translation>&amp;Notificar los eventos nuevos mientras la ventana está oculta</translation>
    </message>
    <message>
        <source>With the icon shown, closing the window keeps Hookbench capturing in the tray.</source>
        <translation>Con el icono visible, al cerrar la ventana Hookbench sigue capturando en la bandeja.</translation>
    </message>
    <message>
        <source>This desktop shows no system tray at the moment; the setting applies where it does.</source>
        <translation>Este escritorio no muestra ahora una bandeja del sistema; el ajuste se aplica donde la haya.</translation>
    </message>
    <message>
        <source>Store Location</source>
        <translation>Ubicación del almacén</translation>
    </message>
    <message>
        <source>Hookbench stores (*.sqlite);;All files (*)</source>
        <translation>Almacenes de Hookbench (*.sqlite);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Counting the events to delete…</source>
        <translation>Contando los eventos que eliminar…</translation>
    </message>
    <message>
        <source>Deleted %1 of %2 events…</source>
        <translation>Eliminados %1 de %2 eventos…</translation>
    </message>
    <message numerus="yes">
        <source>Purging stopped after deleting %Ln event(s): %1</source>
        <translation>
            <numerusform>La purga se detuvo tras eliminar %Ln evento: %1</numerusform>
            <numerusform>La purga se detuvo tras eliminar %Ln eventos: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Purge cancelled after deleting %Ln event(s).</source>
        <translation>
            <numerusform>Purga cancelada tras eliminar %Ln evento.</numerusform>
            <numerusform>Purga cancelada tras eliminar %Ln eventos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to delete: every event is within the limits.</source>
        <translation>Nada que eliminar: todos los eventos están dentro de los límites.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln event(s).</source>
        <translation>
            <numerusform>%Ln evento eliminado.</numerusform>
            <numerusform>%Ln eventos eliminados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Theme and Font</source>
        <translation>Tema y fuente</translation>
    </message>
</context>
<context>
    <name>Hookbench::SignCommand</name>
    <message>
        <source>Prints the headers a provider would send with this body, one &quot;Name: value&quot; line each, signed with the given secret (several --secret: every one, where the scheme sends several signatures). discord and sendgrid sign with a private key of your own.

Schemes: %1.

Exit codes: 0 signed, 1 the key cannot sign, 2 usage error.</source>
        <translation>Muestra las cabeceras que un proveedor enviaría con este cuerpo, una línea “Nombre: valor” cada una, firmadas con el secreto indicado (varios --secret: con cada uno, si el esquema envía varias firmas). discord y sendgrid firman con una clave privada propia.

Esquemas: %1.

Códigos de salida: 0 firmado, 1 la clave no puede firmar, 2 error de uso.</translation>
    </message>
    <message>
        <source>The message id, for schemes that sign one (default: a new one).</source>
        <translation>El id del mensaje, para los esquemas que firman uno (predeterminado: uno nuevo).</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argumento inesperado &apos;%1&apos;</translation>
    </message>
    <message>
        <source>say which scheme: --scheme NAME, one of %1</source>
        <translation>indica el esquema: --scheme NOMBRE, uno de %1</translation>
    </message>
    <message>
        <source>give the secret or key: --secret KEY</source>
        <translation>indica el secreto o la clave: --secret CLAVE</translation>
    </message>
    <message>
        <source>hookbench sign: the signature covers this URL; send the request to it:
%1</source>
        <translation>hookbench sign: la firma cubre esta URL; envía la petición a ella:
%1</translation>
    </message>
</context>
<context>
    <name>Hookbench::SignaturePage</name>
    <message numerus="yes">
        <source>arrived %n s after it was signed</source>
        <translation>
            <numerusform>llegó %n s después de firmarse</numerusform>
            <numerusform>llegó %n s después de firmarse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>signed %n s after it arrived (clock skew)</source>
        <translation>
            <numerusform>firmada %n s después de llegar (desfase de reloj)</numerusform>
            <numerusform>firmada %n s después de llegar (desfase de reloj)</numerusform>
        </translation>
    </message>
    <message>
        <source>any path</source>
        <translation>cualquier ruta</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Manage Secrets…</source>
        <translation>Gestionar secretos…</translation>
    </message>
    <message>
        <source>Add a Secret for This Path…</source>
        <translation>Añadir un secreto para esta ruta…</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>Esquema</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Cabecera</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>Firmada el</translation>
    </message>
    <message>
        <source>Time window</source>
        <translation>Ventana de tiempo</translation>
    </message>
    <message>
        <source>Secret matched</source>
        <translation>Secreto coincidente</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Esperada</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibida</translation>
    </message>
    <message>
        <source>Signatures cannot be checked: the signing secrets could not be opened.</source>
        <translation>No se pueden comprobar las firmas: no se pudieron abrir los secretos de firma.</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Sin comprobar</translation>
    </message>
    <message>
        <source>None covers this path: scheme detected from the headers</source>
        <translation>Ninguno cubre esta ruta: esquema detectado a partir de las cabeceras</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>±%n s</source>
        <translation>
            <numerusform>±%n s</numerusform>
            <numerusform>±%n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Signature valid</source>
        <translation>Firma válida</translation>
    </message>
    <message>
        <source>Signature invalid</source>
        <translation>Firma no válida</translation>
    </message>
</context>
<context>
    <name>Hookbench::SigningInput</name>
    <message>
        <source>The signature scheme (see the list above).</source>
        <translation>El esquema de firma (consulta la lista de arriba).</translation>
    </message>
    <message>
        <source>The secret, or for discord/sendgrid/standard-webhooks v1a the key in the provider&apos;s form. Repeat it to try several (rotation).</source>
        <translation>El secreto o, para discord/sendgrid/standard-webhooks v1a, la clave en el formato del proveedor. Repítelo para probar varios (rotación).</translation>
    </message>
    <message>
        <source>A request header, &quot;Name: value&quot; (repeatable).</source>
        <translation>Una cabecera de la petición, “Nombre: valor” (repetible).</translation>
    </message>
    <message>
        <source>Read the exact body bytes from this file.</source>
        <translation>Leer los bytes exactos del cuerpo de este archivo.</translation>
    </message>
    <message>
        <source>Read the exact body bytes from standard input.</source>
        <translation>Leer los bytes exactos del cuerpo de la entrada estándar.</translation>
    </message>
    <message>
        <source>The full URL the provider called (signed by twilio and square).</source>
        <translation>La URL completa a la que llamó el proveedor (la firman twilio y square).</translation>
    </message>
    <message>
        <source>The time to check or sign at, Unix seconds (default: now).</source>
        <translation>El momento de la verificación o la firma, en segundos Unix (predeterminado: ahora).</translation>
    </message>
    <message>
        <source>give the body with exactly one of --body-file FILE and --body-stdin</source>
        <translation>indica el cuerpo con exactamente una de las opciones --body-file ARCHIVO y --body-stdin</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation>no se puede leer la entrada estándar</translation>
    </message>
    <message>
        <source>--header takes &quot;Name: value&quot;, not &apos;%1&apos;</source>
        <translation>--header espera “Nombre: valor”, no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--at takes Unix seconds (digits only), not &apos;%1&apos;</source>
        <translation>--at espera segundos Unix (solo dígitos), no &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>Hookbench::SigningProfilePicker</name>
    <message>
        <source>Send as captured (no re-signing)</source>
        <translation>Enviar tal como se capturó (sin volver a firmar)</translation>
    </message>
    <message>
        <source>Re-sign as %1</source>
        <translation>Volver a firmar como %1</translation>
    </message>
    <message>
        <source>No secrets (the store could not be opened)</source>
        <translation>No hay secretos (no se pudo abrir el almacén)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No secrets yet: add one in File › Signing Secrets</source>
        <translation>Aún no hay secretos: añade uno en Archivo › Secretos de firma</translation>
    </message>
</context>
<context>
    <name>Hookbench::TargetsDialog</name>
    <message>
        <source>Header line %1 is not &quot;Name: value&quot;.</source>
        <translation>La línea de cabecera %1 no tiene la forma “Nombre: valor”.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Accept a &amp;self-signed certificate (this machine only)</source>
        <translation>Aceptar un certificado &amp;autofirmado (solo este equipo)</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Delivery Targets</source>
        <translation>Destinos de entrega</translation>
    </message>
    <message>
        <source>&amp;New Target</source>
        <translation>&amp;Nuevo destino</translation>
    </message>
    <message>
        <source>staging</source>
        <translation>preproducción</translation>
    </message>
    <message>
        <source>Authorization: Bearer …
(one &quot;Name: value&quot; per line; replaces the captured field of that name)</source>
        <translation>Authorization: Bearer …
(una línea “Nombre: valor” por cabecera; sustituye el campo capturado con ese nombre)</translation>
    </message>
    <message>
        <source>system certificates only</source>
        <translation>solo certificados del sistema</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>⚠ The target&apos;s identity is not checked: use only for a local test server.</source>
        <translation>⚠ La identidad del destino no se comprueba: úsalo solo para un servidor de pruebas local.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>N&amp;ombre:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Headers:</source>
        <translation>&amp;Cabeceras:</translation>
    </message>
    <message>
        <source>&amp;Time limit:</source>
        <translation>&amp;Tiempo límite:</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>Arc&amp;hivo de CA:</translation>
    </message>
    <message>
        <source>&amp;Signing:</source>
        <translation>&amp;Firma:</translation>
    </message>
    <message>
        <source>&amp;Attempts:</source>
        <translation>&amp;Intentos:</translation>
    </message>
    <message>
        <source>&amp;First retry after up to:</source>
        <translation>Primer &amp;reintento tras un máximo de:</translation>
    </message>
    <message>
        <source>&amp;Longest wait:</source>
        <translation>Espera &amp;máxima:</translation>
    </message>
    <message>
        <source>At &amp;once:</source>
        <translation>&amp;Simultáneos:</translation>
    </message>
    <message>
        <source>&amp;Save Target</source>
        <translation>&amp;Guardar destino</translation>
    </message>
    <message>
        <source>Remove Target</source>
        <translation>Quitar destino</translation>
    </message>
    <message>
        <source>Remove the target &quot;%1&quot;? Its deliveries stay, with their URL.</source>
        <translation>¿Quitar el destino “%1”? Sus entregas se conservan, con su URL.</translation>
    </message>
    <message>
        <source>CA Certificates</source>
        <translation>Certificados de CA</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificados PEM (*.pem *.crt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>New target</source>
        <translation>Nuevo destino</translation>
    </message>
    <message>
        <source>Give the target a name.</source>
        <translation>Ponle un nombre al destino.</translation>
    </message>
    <message>
        <source>Re-signing as %1 needs a secret: add one in File › Signing Secrets.</source>
        <translation>Volver a firmar como %1 requiere un secreto: añade uno en Archivo › Secretos de firma.</translation>
    </message>
    <message>
        <source>The target could not be saved: %1</source>
        <translation>No se pudo guardar el destino: %1</translation>
    </message>
    <message>
        <source>The target could not be removed: %1</source>
        <translation>No se pudo quitar el destino: %1</translation>
    </message>
</context>
<context>
    <name>Hookbench::TrayIcon</name>
    <message>
        <source>Show Hookbench</source>
        <translation>Mostrar Hookbench</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message numerus="yes">
        <source>Hookbench — not capturing (%n event(s) stored)</source>
        <translation>
            <numerusform>Hookbench — sin capturar (%n evento guardado)</numerusform>
            <numerusform>Hookbench — sin capturar (%n eventos guardados)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hookbench — capturing on %1 (%n event(s) stored)</source>
        <translation>
            <numerusform>Hookbench — capturando en %1 (%n evento guardado)</numerusform>
            <numerusform>Hookbench — capturando en %1 (%n eventos guardados)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new request(s) captured.</source>
        <translation>
            <numerusform>%n petición nueva capturada.</numerusform>
            <numerusform>%n peticiones nuevas capturadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new request(s) captured; the latest: %1.</source>
        <translation>
            <numerusform>%n petición nueva capturada; la última: %1.</numerusform>
            <numerusform>%n peticiones nuevas capturadas; la última: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hookbench</source>
        <translation>Hookbench</translation>
    </message>
</context>
<context>
    <name>Hookbench::Verdict</name>
    <message>
        <source>&apos;%1&apos; is not Unix seconds (digits only)</source>
        <translation>&apos;%1&apos; no son segundos Unix (solo dígitos)</translation>
    </message>
    <message>
        <source>an Ed25519 signature is 128 hex digits</source>
        <translation>una firma Ed25519 tiene 128 dígitos hexadecimales</translation>
    </message>
    <message>
        <source>the application&apos;s public key (64 hex digits)</source>
        <translation>la clave pública de la aplicación (64 dígitos hexadecimales)</translation>
    </message>
    <message>
        <source>discord signing needs an Ed25519 private key of your own (hex seed, 32 or 64 bytes)</source>
        <translation>firmar para discord requiere una clave privada Ed25519 propia (semilla hexadecimal, 32 o 64 bytes)</translation>
    </message>
    <message>
        <source>it does not start with %1</source>
        <translation>no empieza por %1</translation>
    </message>
    <message>
        <source>the shared secret</source>
        <translation>el secreto compartido</translation>
    </message>
    <message>
        <source>generic HMAC signs with the shared secret</source>
        <translation>el HMAC genérico firma con el secreto compartido</translation>
    </message>
    <message>
        <source>the webhook secret</source>
        <translation>el secreto del webhook</translation>
    </message>
    <message>
        <source>github signs with the webhook secret</source>
        <translation>github firma con el secreto del webhook</translation>
    </message>
    <message>
        <source>the webhook signing secret</source>
        <translation>el secreto de firma del webhook</translation>
    </message>
    <message>
        <source>The signature matches, but the body has no webhookTimestamp to check the time against.</source>
        <translation>La firma coincide, pero el cuerpo no tiene webhookTimestamp con el que comprobar la hora.</translation>
    </message>
    <message>
        <source>linear signs with the webhook signing secret</source>
        <translation>linear firma con el secreto de firma del webhook</translation>
    </message>
    <message>
        <source>it has no %1= timestamp</source>
        <translation>no tiene marca de tiempo %1=</translation>
    </message>
    <message>
        <source>%1=%2 is not Unix seconds (digits only)</source>
        <translation>%1=%2 no son segundos Unix (solo dígitos)</translation>
    </message>
    <message>
        <source>%1 signs with %2</source>
        <translation>%1 firma con %2</translation>
    </message>
    <message>
        <source>the notification secret key</source>
        <translation>la clave secreta de notificación</translation>
    </message>
    <message>
        <source>No known signature header was found.</source>
        <translation>No se encontró ninguna cabecera de firma conocida.</translation>
    </message>
    <message>
        <source>There is no signature scheme named &apos;%1&apos;.</source>
        <translation>No existe ningún esquema de firma llamado &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>n.º %1</translation>
    </message>
    <message>
        <source>The signature matches secret %1.</source>
        <translation>La firma coincide con el secreto %1.</translation>
    </message>
    <message>
        <source>No configured secret is usable here: this scheme needs %1.</source>
        <translation>Ningún secreto configurado sirve aquí: este esquema necesita %1.</translation>
    </message>
    <message>
        <source>The %1 header is missing.</source>
        <translation>Falta la cabecera %1.</translation>
    </message>
    <message>
        <source>The %1 header cannot be read: %2</source>
        <translation>No se puede leer la cabecera %1: %2</translation>
    </message>
    <message>
        <source>No secret is configured for %1, so the signature was not checked.</source>
        <translation>No hay ningún secreto configurado para %1, así que no se comprobó la firma.</translation>
    </message>
    <message>
        <source>%1 signs the URL: give the full URL the provider called.</source>
        <translation>%1 firma la URL: indica la URL completa a la que llamó el proveedor.</translation>
    </message>
    <message>
        <source>The %1 header carries no %2 signature (it has: %3).</source>
        <translation>La cabecera %1 no contiene ninguna firma %2 (contiene: %3).</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>The signature does not match the secret: expected %1, received %2.</source>
        <translation>La firma no coincide con el secreto: se esperaba %1, se recibió %2.</translation>
    </message>
    <message>
        <source>The signature matches none of the %1 secrets: expected %2 (the first usable secret), received %3.</source>
        <translation>La firma no coincide con ninguno de los %1 secretos: se esperaba %2 (el primer secreto utilizable), se recibió %3.</translation>
    </message>
    <message>
        <source>The signature %1 does not verify with the configured public key(s).</source>
        <translation>La firma %1 no se verifica con las claves públicas configuradas.</translation>
    </message>
    <message>
        <source>The timestamp is too old: %1 s before the verification time, %2 s more than the %3 s allowed. %4</source>
        <translation>La marca de tiempo es demasiado antigua: %1 s antes de la hora de verificación, %2 s más que los %3 s permitidos. %4</translation>
    </message>
    <message>
        <source>The timestamp is too new: %1 s after the verification time, %2 s more than the %3 s allowed. %4</source>
        <translation>La marca de tiempo es demasiado reciente: %1 s después de la hora de verificación, %2 s más que los %3 s permitidos. %4</translation>
    </message>
    <message>
        <source>it is not base64</source>
        <translation>no está en base64</translation>
    </message>
    <message>
        <source>the verification key (base64 P-256 public key)</source>
        <translation>la clave de verificación (clave pública P-256 en base64)</translation>
    </message>
    <message>
        <source>sendgrid signing needs a P-256 private key of your own (base64 DER or PEM)</source>
        <translation>firmar para sendgrid requiere una clave privada P-256 propia (DER en base64 o PEM)</translation>
    </message>
    <message>
        <source>the app&apos;s client secret</source>
        <translation>el secreto de cliente de la app</translation>
    </message>
    <message>
        <source>shopify signs with the app&apos;s client secret</source>
        <translation>shopify firma con el secreto de cliente de la app</translation>
    </message>
    <message>
        <source>the webhook secret token</source>
        <translation>el token secreto del webhook</translation>
    </message>
    <message>
        <source>the signing secret</source>
        <translation>el secreto de firma</translation>
    </message>
    <message>
        <source>%1 signs with its secret</source>
        <translation>%1 firma con su secreto</translation>
    </message>
    <message>
        <source>the subscription&apos;s signature key</source>
        <translation>la clave de firma de la suscripción</translation>
    </message>
    <message>
        <source>square signs the notification URL: give it</source>
        <translation>square firma la URL de notificación: indícala</translation>
    </message>
    <message>
        <source>square signs with the subscription&apos;s signature key</source>
        <translation>square firma con la clave de firma de la suscripción</translation>
    </message>
    <message>
        <source>a whsec_ secret (base64)</source>
        <translation>un secreto whsec_ (base64)</translation>
    </message>
    <message>
        <source>a whpk_ public key (or whsk_ private key)</source>
        <translation>una clave pública whpk_ (o una clave privada whsk_)</translation>
    </message>
    <message>
        <source>standard-webhooks signs with a whsec_ secret (v1) or a whsk_ private key (v1a)</source>
        <translation>standard-webhooks firma con un secreto whsec_ (v1) o una clave privada whsk_ (v1a)</translation>
    </message>
    <message>
        <source>%1 signs with a whsec_ secret</source>
        <translation>%1 firma con un secreto whsec_</translation>
    </message>
    <message>
        <source>the endpoint secret (whsec_…)</source>
        <translation>el secreto del endpoint (whsec_…)</translation>
    </message>
    <message>
        <source>A configured secret contains white space.</source>
        <translation>Un secreto configurado contiene espacios en blanco.</translation>
    </message>
    <message>
        <source>the account&apos;s auth token</source>
        <translation>el token de autenticación de la cuenta</translation>
    </message>
    <message>
        <source>The URL&apos;s signature matches, but the body is not the one signed: its SHA-256 is %1, the URL&apos;s bodySHA256 is %2.</source>
        <translation>La firma de la URL coincide, pero el cuerpo no es el firmado: su SHA-256 es %1 y el bodySHA256 de la URL es %2.</translation>
    </message>
    <message>
        <source>twilio signs the URL: give the URL the request goes to</source>
        <translation>twilio firma la URL: indica la URL a la que va la petición</translation>
    </message>
    <message>
        <source>twilio signs with the account&apos;s auth token</source>
        <translation>twilio firma con el token de autenticación de la cuenta</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an RFC 3339 time</source>
        <translation>&apos;%1&apos; no es una hora RFC 3339</translation>
    </message>
    <message>
        <source>the subscription secret</source>
        <translation>el secreto de la suscripción</translation>
    </message>
    <message>
        <source>twitch signs with the subscription secret</source>
        <translation>twitch firma con el secreto de la suscripción</translation>
    </message>
    <message>
        <source>The body was cut at the capture size limit, so its signature cannot be checked.</source>
        <translation>El cuerpo se cortó en el límite de tamaño de captura, así que no se puede comprobar su firma.</translation>
    </message>
</context>
<context>
    <name>Hookbench::VerifyCommand</name>
    <message>
        <source>Checks a webhook request&apos;s signature the way the provider&apos;s receiver would, from the exact body bytes, and says why it fails.

Schemes: %1, auto (detected from the headers).

Exit codes: 0 valid, 1 invalid (or nothing to check), 2 usage error.</source>
        <translation>Comprueba la firma de una petición de webhook como lo haría el receptor del proveedor, a partir de los bytes exactos del cuerpo, y explica por qué falla.

Esquemas: %1, auto (detectado a partir de las cabeceras).

Códigos de salida: 0 válida, 1 no válida (o nada que comprobar), 2 error de uso.</translation>
    </message>
    <message>
        <source>Accept timestamps this many seconds off (default: the scheme&apos;s own; 0 turns the time check off).</source>
        <translation>Aceptar marcas de tiempo desviadas hasta estos segundos (predeterminado: el valor del esquema; 0 desactiva la comprobación de la hora).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Mostrar JSON.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argumento inesperado &apos;%1&apos;</translation>
    </message>
    <message>
        <source>say which scheme: --scheme NAME (or auto)</source>
        <translation>indica el esquema: --scheme NOMBRE (o auto)</translation>
    </message>
    <message>
        <source>unknown scheme &apos;%1&apos;; known: %2, auto</source>
        <translation>esquema desconocido &apos;%1&apos;; conocidos: %2, auto</translation>
    </message>
    <message>
        <source>give the secret or key: --secret KEY</source>
        <translation>indica el secreto o la clave: --secret CLAVE</translation>
    </message>
    <message>
        <source>--tolerance takes whole seconds, not &apos;%1&apos;</source>
        <translation>--tolerance espera segundos enteros, no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected  %1</source>
        <translation>esperada  %1</translation>
    </message>
    <message>
        <source>received  %1</source>
        <translation>recibida  %1</translation>
    </message>
</context>
</TS>
