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
        <translation>Los scripts y los trabajos de CI pueden listar, leer y borrar los eventos capturados por HTTP, enviando &quot;Authorization: Bearer&quot; y el token. Las peticiones desde páginas web se rechazan. Deje la dirección en 127.0.0.1 salvo que otras máquinas deban acceder.</translation>
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
        <source>Capturing on </source>
        <translation>Capturando en </translation>
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
        <source>Hookbench %1
A webhook workbench: capture, inspect, verify and replay webhooks, all on your machine.</source>
        <translation>Hookbench %1
Un banco de trabajo para webhooks: captura, inspecciona, verifica y reenvía webhooks, todo en tu equipo.</translation>
    </message>
    <message>
        <source>Nothing is being captured: the store cannot be opened. %1
Choose another location with --db PATH.</source>
        <translation>No se está capturando nada: no se puede abrir el almacén. %1
Elige otra ubicación con --db RUTA.</translation>
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
        <source>%1. Is another program using that port? Start Hookbench with --listen 127.0.0.1:0 to pick a free one.</source>
        <translation>%1. ¿Otro programa usa ese puerto? Inicia Hookbench con --listen 127.0.0.1:0 para elegir uno libre.</translation>
    </message>
    <message>
        <source>(no listener)</source>
        <translation>(sin escucha)</translation>
    </message>
    <message>
        <source>No listener is running.</source>
        <translation>No hay ninguna escucha activa.</translation>
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
        <source>Captured this session: %1</source>
        <translation>Capturadas en esta sesión: %1</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Almacén: %1</translation>
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
</context>
<context>
    <name>Hookbench::RecentRequestsModel</name>
    <message>
        <source>Id</source>
        <translation>Id</translation>
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
        <source>Body</source>
        <translation>Cuerpo</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Respuesta</translation>
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
</context>
</TS>
