<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Hookbench::ApiSettingsDialog</name>
    <message>
        <source>Serve the automation API</source>
        <translation>Automatisierungs-API bereitstellen</translation>
    </message>
    <message>
        <source>Automation API</source>
        <translation>Automatisierungs-API</translation>
    </message>
    <message>
        <source>Scripts and CI jobs can list, read and delete captured events over HTTP, sending &quot;Authorization: Bearer&quot; and the token. Requests from web pages are refused. Keep the address on 127.0.0.1 unless other machines must reach it.</source>
        <translation>Skripte und CI-Jobs können aufgezeichnete Ereignisse über HTTP auflisten, lesen und löschen; sie senden &quot;Authorization: Bearer&quot; und das Token. Anfragen von Webseiten werden abgewiesen. Belassen Sie die Adresse bei 127.0.0.1, außer andere Rechner müssen sie erreichen.</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <source>Copy URL</source>
        <translation>URL kopieren</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Token:</translation>
    </message>
    <message>
        <source>Copy token</source>
        <translation>Token kopieren</translation>
    </message>
    <message>
        <source>(not running)</source>
        <translation>(läuft nicht)</translation>
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
        <translation>Mitschnitt</translation>
    </message>
    <message>
        <source>Capturing on </source>
        <translation>Empfange auf </translation>
    </message>
    <message>
        <source>Copy URL</source>
        <translation>URL kopieren</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Hookbench</source>
        <translation>Ü&amp;ber Hookbench</translation>
    </message>
    <message>
        <source>About Hookbench</source>
        <translation>Über Hookbench</translation>
    </message>
    <message>
        <source>Hookbench %1
A webhook workbench: capture, inspect, verify and replay webhooks, all on your machine.</source>
        <translation>Hookbench %1
Eine Werkbank für Webhooks: Webhooks empfangen, ansehen, prüfen und erneut senden – alles auf Ihrem Rechner.</translation>
    </message>
    <message>
        <source>Nothing is being captured: the store cannot be opened. %1
Choose another location with --db PATH.</source>
        <translation>Es wird nichts mitgeschnitten: Der Speicher lässt sich nicht öffnen. %1
Wählen Sie mit --db PFAD einen anderen Ort.</translation>
    </message>
    <message>
        <source>Nothing is being captured.</source>
        <translation>Es wird nichts mitgeschnitten.</translation>
    </message>
    <message>
        <source>%1
Requests are answered with 503 (so providers retry) until writing works again.</source>
        <translation>%1
Anfragen werden mit 503 beantwortet (damit Anbieter es erneut versuchen), bis das Schreiben wieder funktioniert.</translation>
    </message>
    <message>
        <source>%1. Is another program using that port? Start Hookbench with --listen 127.0.0.1:0 to pick a free one.</source>
        <translation>%1. Verwendet ein anderes Programm diesen Port? Starten Sie Hookbench mit --listen 127.0.0.1:0, um einen freien zu wählen.</translation>
    </message>
    <message>
        <source>(no listener)</source>
        <translation>(kein Listener)</translation>
    </message>
    <message>
        <source>No listener is running.</source>
        <translation>Kein Listener läuft.</translation>
    </message>
    <message>
        <source>Waiting for webhooks.

Point your provider (or a tunnel) at %1 — every request that arrives is stored exactly and shows up here.</source>
        <translation>Warte auf Webhooks.

Richten Sie Ihren Anbieter (oder einen Tunnel) auf %1 – jede eintreffende Anfrage wird exakt gespeichert und erscheint hier.</translation>
    </message>
    <message>
        <source>Hookbench — %1</source>
        <translation>Hookbench – %1</translation>
    </message>
    <message>
        <source>Captured this session: %1</source>
        <translation>In dieser Sitzung empfangen: %1</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Speicher: %1</translation>
    </message>
    <message>
        <source>Finishing requests in flight…</source>
        <translation>Laufende Anfragen werden abgeschlossen…</translation>
    </message>
    <message>
        <source>Automation &amp;API…</source>
        <translation>Automatisierungs-&amp;API…</translation>
    </message>
    <message>
        <source>The automation API is not running: %1</source>
        <translation>Die Automatisierungs-API läuft nicht: %1</translation>
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
        <translation>ID</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>malformed</source>
        <translation>fehlerhaft</translation>
    </message>
    <message>
        <source>headers too large</source>
        <translation>Kopfzeilen zu groß</translation>
    </message>
    <message>
        <source>body too large</source>
        <translation>Inhalt zu groß</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>too many connections</source>
        <translation>zu viele Verbindungen</translation>
    </message>
    <message>
        <source>cut off by the client</source>
        <translation>vom Client abgebrochen</translation>
    </message>
</context>
</TS>
