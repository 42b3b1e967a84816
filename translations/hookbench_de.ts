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
        <translation>Skripte und CI-Jobs können aufgezeichnete Ereignisse über HTTP auflisten, lesen und löschen; sie senden „Authorization: Bearer“ und das Token. Anfragen von Webseiten werden abgewiesen. Belassen Sie die Adresse bei 127.0.0.1, außer andere Rechner müssen sie erreichen.</translation>
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
    <name>Hookbench::BodyPage</name>
    <message>
        <source>Could not undo Content-Encoding &quot;%1&quot; (%2); showing the bytes as received.</source>
        <translation>Content-Encoding „%1“ konnte nicht rückgängig gemacht werden (%2); die Bytes werden wie empfangen angezeigt.</translation>
    </message>
    <message>
        <source>Decoded from %1 for display: %2 bytes received, %3 bytes decoded.</source>
        <translation>Zur Anzeige aus %1 dekodiert: %2 Bytes empfangen, %3 Bytes dekodiert.</translation>
    </message>
    <message>
        <source>Only the first %1 of %2 bytes were captured (body size limit).</source>
        <translation>Nur die ersten %1 von %2 Bytes wurden aufgezeichnet (Body-Größenlimit).</translation>
    </message>
    <message>
        <source>This request has no body.</source>
        <translation>Diese Anfrage hat keinen Body.</translation>
    </message>
    <message>
        <source>Invalid JSON at line %1, column %2: %3</source>
        <translation>Ungültiges JSON in Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>1 form field.</source>
        <translation>1 Formularfeld.</translation>
    </message>
    <message>
        <source>%1 form fields.</source>
        <translation>%1 Formularfelder.</translation>
    </message>
    <message>
        <source>XML is not well-formed at line %1, column %2: %3</source>
        <translation>XML nicht wohlgeformt in Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>Binary payload, %1 bytes — see the Hex tab.</source>
        <translation>Binärer Payload, %1 Bytes – siehe Reiter „Hex“.</translation>
    </message>
    <message>
        <source>Showing the first %1 KB of the text; the Hex tab has all the bytes.</source>
        <translation>Die ersten %1 KB des Texts werden angezeigt; der Reiter „Hex“ enthält alle Bytes.</translation>
    </message>
    <message>
        <source>Very long lines are broken for display.</source>
        <translation>Sehr lange Zeilen werden zur Anzeige umbrochen.</translation>
    </message>
</context>
<context>
    <name>Hookbench::DeliveriesModel</name>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>In Progress</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Zustellung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Failure reason</source>
        <translation>Fehlerursache</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Host name not found</source>
        <translation>Hostname nicht gefunden</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>TLS failure</source>
        <translation>TLS-Fehler</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>Netzwerkfehler</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <source>Could not sign</source>
        <translation>Signieren fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Versuch</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
</context>
<context>
    <name>Hookbench::DeliveriesPage</name>
    <message>
        <source>No deliveries yet: resend this event to a target to see each attempt here.</source>
        <translation>Noch keine Zustellungen: Senden Sie dieses Ereignis erneut an ein Ziel, um hier jeden Versuch zu sehen.</translation>
    </message>
    <message>
        <source>&amp;Resend</source>
        <translation>&amp;Erneut senden</translation>
    </message>
    <message>
        <source>&amp;Edit and Resend…</source>
        <translation>&amp;Bearbeiten und erneut senden…</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Cancel Delivery</source>
        <translation>Zustellung &amp;abbrechen</translation>
    </message>
    <message>
        <source>Com&amp;pare Responses</source>
        <translation>Antworten &amp;vergleichen</translation>
    </message>
    <message>
        <source>Send this event again, unchanged, to a target</source>
        <translation>Dieses Ereignis unverändert erneut an ein Ziel senden</translation>
    </message>
    <message>
        <source>Change the method, path, headers or body, re-sign, and send</source>
        <translation>Methode, Pfad, Header oder Body ändern, neu signieren und senden</translation>
    </message>
    <message>
        <source>One more attempt of the selected failed or cancelled delivery</source>
        <translation>Einen weiteren Versuch der ausgewählten fehlgeschlagenen oder abgebrochenen Zustellung starten</translation>
    </message>
    <message>
        <source>Compare the responses of the two selected deliveries</source>
        <translation>Die Antworten der beiden ausgewählten Zustellungen vergleichen</translation>
    </message>
    <message>
        <source>Compare Responses</source>
        <translation>Antworten vergleichen</translation>
    </message>
</context>
<context>
    <name>Hookbench::DeliveriesWindow</name>
    <message>
        <source>Re&amp;try</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Cancel Delivery</source>
        <translation>Zustellung &amp;abbrechen</translation>
    </message>
    <message>
        <source>Show &amp;Event</source>
        <translation>&amp;Ereignis anzeigen</translation>
    </message>
    <message>
        <source>Deliveries — Hookbench</source>
        <translation>Zustellungen – Hookbench</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>The newest %1 deliveries</source>
        <translation>Die neuesten %1 Zustellungen</translation>
    </message>
    <message>
        <source>Deliveries: %1</source>
        <translation>Zustellungen: %1</translation>
    </message>
</context>
<context>
    <name>Hookbench::DeliveryAttempt</name>
    <message>
        <source>no PEM certificate could be read from the CA file %1</source>
        <translation>aus der CA-Datei %1 ließ sich kein PEM-Zertifikat lesen</translation>
    </message>
    <message>
        <source>no complete answer within %1 ms</source>
        <translation>keine vollständige Antwort innerhalb von %1 ms</translation>
    </message>
    <message>
        <source>cancelled while in progress</source>
        <translation>während der Ausführung abgebrochen</translation>
    </message>
    <message>
        <source>the target answered %1 %2</source>
        <translation>das Ziel antwortete %1 %2</translation>
    </message>
    <message>
        <source>the TLS handshake did not complete (%1); does the target speak https?</source>
        <translation>der TLS-Handshake wurde nicht abgeschlossen (%1); spricht das Ziel https?</translation>
    </message>
</context>
<context>
    <name>Hookbench::DeliveryEngine</name>
    <message>
        <source>the delivery engine is not running</source>
        <translation>die Zustellungs-Engine läuft nicht</translation>
    </message>
    <message>
        <source>a delivery needs the captured request it replays</source>
        <translation>eine Zustellung braucht die aufgezeichnete Anfrage, die sie wiederholt</translation>
    </message>
    <message>
        <source>signing with %1 needs a secret</source>
        <translation>Signieren mit %1 braucht ein Secret</translation>
    </message>
</context>
<context>
    <name>Hookbench::DeliveryInspector</name>
    <message>
        <source>Request Sent</source>
        <translation>Gesendete Anfrage</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Select a delivery to see what was sent and what came back.</source>
        <translation>Wählen Sie eine Zustellung aus, um zu sehen, was gesendet wurde und was zurückkam.</translation>
    </message>
    <message>
        <source>%1 · attempt %2 · %3</source>
        <translation>%1 · Versuch %2 · %3</translation>
    </message>
    <message>
        <source>Not sent yet.</source>
        <translation>Noch nicht gesendet.</translation>
    </message>
    <message>
        <source>Waiting for the answer…</source>
        <translation>Warten auf die Antwort…</translation>
    </message>
    <message>
        <source>No answer.</source>
        <translation>Keine Antwort.</translation>
    </message>
    <message>
        <source>No answer: %1</source>
        <translation>Keine Antwort: %1</translation>
    </message>
    <message>
        <source>  (%1 ms)</source>
        <translation>  (%1 ms)</translation>
    </message>
    <message>
        <source>(%1 of binary data)</source>
        <translation>(%1 Binärdaten)</translation>
    </message>
</context>
<context>
    <name>Hookbench::DeliverySettings</name>
    <message>
        <source>&apos;%1&apos; is not an http:// or https:// URL with a host</source>
        <translation>&apos;%1&apos; ist keine http://- oder https://-URL mit Host</translation>
    </message>
    <message>
        <source>the timeout must be positive</source>
        <translation>das Zeitlimit muss positiv sein</translation>
    </message>
    <message>
        <source>the number of attempts must be between 1 and 100</source>
        <translation>die Zahl der Versuche muss zwischen 1 und 100 liegen</translation>
    </message>
    <message>
        <source>the backoff cap must be at least the backoff base, both not negative</source>
        <translation>die Backoff-Obergrenze darf nicht kleiner als die Backoff-Basis sein, und keine der beiden darf negativ sein</translation>
    </message>
    <message>
        <source>at least one attempt must be allowed in flight</source>
        <translation>es muss mindestens ein gleichzeitiger Versuch erlaubt sein</translation>
    </message>
    <message>
        <source>self-signed certificates are accepted only for targets on this machine (localhost, 127.0.0.1, ::1), not for %1</source>
        <translation>selbstsignierte Zertifikate werden nur für Ziele auf diesem Rechner akzeptiert (localhost, 127.0.0.1, ::1), nicht für %1</translation>
    </message>
    <message>
        <source>unknown signing scheme &apos;%1&apos; (one of %2)</source>
        <translation>unbekanntes Signaturschema &apos;%1&apos; (bekannt: %2)</translation>
    </message>
</context>
<context>
    <name>Hookbench::DeliveryWorker</name>
    <message>
        <source>there is no delivery %1</source>
        <translation>es gibt keine Zustellung %1</translation>
    </message>
    <message>
        <source>only a failed or cancelled delivery can be retried; %1 is %2</source>
        <translation>nur eine fehlgeschlagene oder abgebrochene Zustellung kann wiederholt werden; %1 hat den Status %2</translation>
    </message>
    <message>
        <source>attempt %1 of this delivery is still under way (%2)</source>
        <translation>Versuch %1 dieser Zustellung läuft noch (%2)</translation>
    </message>
    <message>
        <source>cancelled before it started</source>
        <translation>vor dem Start abgebrochen</translation>
    </message>
    <message>
        <source>unknown signing scheme &apos;%1&apos;</source>
        <translation>unbekanntes Signaturschema &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no signing key: it was given to a Hookbench that has quit since</source>
        <translation>kein Signaturschlüssel: Er wurde einem inzwischen beendeten Hookbench übergeben</translation>
    </message>
    <message>
        <source>the signing secret %1 is not available</source>
        <translation>das Signatur-Secret %1 ist nicht verfügbar</translation>
    </message>
</context>
<context>
    <name>Hookbench::DiffDialog</name>
    <message>
        <source>No difference between %1 and %2.</source>
        <translation>Kein Unterschied zwischen %1 und %2.</translation>
    </message>
    <message>
        <source>− %1 (%2 lines removed)   + %3 (%4 lines added)</source>
        <translation>− %1 (%2 Zeilen entfernt)   + %3 (%4 Zeilen hinzugefügt)</translation>
    </message>
</context>
<context>
    <name>Hookbench::EncryptedFileVault</name>
    <message>
        <source>No random bytes or key derivation available for %1.</source>
        <translation>Für %1 sind keine Zufallsbytes oder Schlüsselableitung verfügbar.</translation>
    </message>
    <message>
        <source>Cannot read the secrets file %1: %2</source>
        <translation>Die Secrets-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a Hookbench secrets file.</source>
        <translation>%1 ist keine Secrets-Datei von Hookbench.</translation>
    </message>
    <message>
        <source>The passphrase does not open %1 (or the file was altered).</source>
        <translation>Die Passphrase öffnet %1 nicht (oder die Datei wurde verändert).</translation>
    </message>
    <message>
        <source>Encrypting the secrets file failed.</source>
        <translation>Die Secrets-Datei konnte nicht verschlüsselt werden.</translation>
    </message>
    <message>
        <source>Cannot write the secrets file %1: %2</source>
        <translation>Die Secrets-Datei %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Hookbench::EventDetailView</name>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Rohdaten</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Zustellungen</translation>
    </message>
    <message>
        <source>Headers (%1)</source>
        <translation>Header (%1)</translation>
    </message>
    <message>
        <source>Nothing was received for this request.</source>
        <translation>Für diese Anfrage wurde nichts empfangen.</translation>
    </message>
    <message>
        <source>Select an event to see its details.</source>
        <translation>Wählen Sie ein Ereignis aus, um seine Details zu sehen.</translation>
    </message>
</context>
<context>
    <name>Hookbench::EventTableModel</name>
    <message>
        <source>%1  · new</source>
        <translation>%1  · neu</translation>
    </message>
    <message>
        <source>%1 is not in the %2 catalog: a new or undocumented event type</source>
        <translation>%1 steht nicht im %2-Katalog: ein neuer oder undokumentierter Ereignistyp</translation>
    </message>
    <message>
        <source>provider&apos;s</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Not resent yet</source>
        <translation>Noch nicht erneut gesendet</translation>
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
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Ereignistyp</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Zustellungen</translation>
    </message>
    <message>
        <source>malformed</source>
        <translation>fehlerhaft</translation>
    </message>
    <message>
        <source>headers too large</source>
        <translation>Header zu groß</translation>
    </message>
    <message>
        <source>body too large</source>
        <translation>Body zu groß</translation>
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
    <message>
        <source>✔ valid</source>
        <translation>✔ gültig</translation>
    </message>
    <message>
        <source>✘ invalid</source>
        <translation>✘ ungültig</translation>
    </message>
    <message>
        <source>no secret</source>
        <translation>kein Secret</translation>
    </message>
    <message>
        <source>Not verified yet</source>
        <translation>Noch nicht geprüft</translation>
    </message>
    <message>
        <source>Signature valid (%1)</source>
        <translation>Signatur gültig (%1)</translation>
    </message>
    <message>
        <source>No signature header of a known scheme</source>
        <translation>Kein Signatur-Header eines bekannten Schemas</translation>
    </message>
    <message>
        <source>Not checked: no secret configured for %1 (File › Signing Secrets…)</source>
        <translation>Nicht geprüft: Für %1 ist kein Secret konfiguriert (Datei › Signatur-Secrets…)</translation>
    </message>
    <message>
        <source>Not checked: no configured secret is a key %1 can use</source>
        <translation>Nicht geprüft: Kein konfiguriertes Secret ist ein Schlüssel, den %1 verwenden kann</translation>
    </message>
    <message>
        <source>Not checked: the body was cut at the capture size limit</source>
        <translation>Nicht geprüft: Der Body wurde an der Größengrenze der Aufzeichnung abgeschnitten</translation>
    </message>
    <message>
        <source>Invalid (%1): a signature header is missing</source>
        <translation>Ungültig (%1): Ein Signatur-Header fehlt</translation>
    </message>
    <message>
        <source>Invalid (%1): a signature header cannot be read</source>
        <translation>Ungültig (%1): Ein Signatur-Header kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Invalid (%1): the signed URL is unknown</source>
        <translation>Ungültig (%1): Die signierte URL ist unbekannt</translation>
    </message>
    <message>
        <source>Invalid (%1): only signature versions it does not check</source>
        <translation>Ungültig (%1): Nur Signaturversionen, die dieses Schema nicht prüft</translation>
    </message>
    <message>
        <source>Invalid (%1): the timestamp is too old</source>
        <translation>Ungültig (%1): Der Zeitstempel ist zu alt</translation>
    </message>
    <message>
        <source>Invalid (%1): the timestamp is in the future</source>
        <translation>Ungültig (%1): Der Zeitstempel liegt in der Zukunft</translation>
    </message>
    <message>
        <source>Invalid (%1): the body hash does not match</source>
        <translation>Ungültig (%1): Der Body-Hash stimmt nicht überein</translation>
    </message>
    <message>
        <source>Invalid (%1): the signature does not match</source>
        <translation>Ungültig (%1): Die Signatur stimmt nicht überein</translation>
    </message>
    <message>
        <source>Attempts to resend it: %1; the last: %2</source>
        <translation>Versuche, es erneut zu senden: %1; der letzte: %2</translation>
    </message>
</context>
<context>
    <name>Hookbench::FieldTableModel</name>
    <message>
        <source>trailer</source>
        <translation>Trailer</translation>
    </message>
    <message>
        <source>header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
</context>
<context>
    <name>Hookbench::FindBar</name>
    <message>
        <source>Find in text</source>
        <translation>Im Text suchen</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Vorheriger Treffer (Umschalt+F3)</translation>
    </message>
    <message>
        <source>Next match (F3, Enter)</source>
        <translation>Nächster Treffer (F3, Eingabe)</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <source>%1 of %2+</source>
        <translation>%1 von %2+</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>Hookbench::Forwarder</name>
    <message>
        <source>Its query “%1” cannot be used: %2</source>
        <translation>Die Abfrage „%1“ ist nicht verwendbar: %2</translation>
    </message>
    <message>
        <source>Its target %1 does not exist.</source>
        <translation>Das Ziel %1 existiert nicht.</translation>
    </message>
    <message>
        <source>It has no target (the target was removed).</source>
        <translation>Die Regel hat kein Ziel (das Ziel wurde entfernt).</translation>
    </message>
    <message>
        <source>Its target “%1” refuses the request: %2</source>
        <translation>Das Ziel „%1“ lehnt die Anfrage ab: %2</translation>
    </message>
</context>
<context>
    <name>Hookbench::ForwardingRulesDialog</name>
    <message>
        <source>&amp;Forward matching events</source>
        <translation>Passende Ereignisse &amp;weiterleiten</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Forwarding Rules</source>
        <translation>Weiterleitungsregeln</translation>
    </message>
    <message>
        <source>Every event captured from now on that matches a rule&apos;s query is sent to its target, as captured (re-signed when the target has a signing profile).</source>
        <translation>Jedes ab jetzt aufgezeichnete Ereignis, das zur Abfrage einer Regel passt, wird wie aufgezeichnet an deren Ziel gesendet (neu signiert, wenn das Ziel ein Signaturprofil hat).</translation>
    </message>
    <message>
        <source>&amp;New Rule</source>
        <translation>Neue &amp;Regel</translation>
    </message>
    <message>
        <source>The search language of the event list; empty: every event</source>
        <translation>Die Suchsprache der Ereignisliste; leer: jedes Ereignis</translation>
    </message>
    <message>
        <source>&amp;Targets…</source>
        <translation>&amp;Ziele…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Query:</source>
        <translation>&amp;Abfrage:</translation>
    </message>
    <message>
        <source>&amp;Send to:</source>
        <translation>&amp;Senden an:</translation>
    </message>
    <message>
        <source>&amp;Save Rule</source>
        <translation>Regel s&amp;peichern</translation>
    </message>
    <message>
        <source>Remove Rule</source>
        <translation>Regel entfernen</translation>
    </message>
    <message>
        <source>Remove the rule &quot;%1&quot;?</source>
        <translation>Die Regel „%1“ entfernen?</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>No targets yet: add one with Targets…</source>
        <translation>Noch keine Ziele: Fügen Sie eines über „Ziele…“ hinzu</translation>
    </message>
    <message>
        <source>every event</source>
        <translation>jedes Ereignis</translation>
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
        <translation>%1 (aus)
%2</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>Neue Regel</translation>
    </message>
    <message>
        <source>✘ %1</source>
        <translation>✘ %1</translation>
    </message>
    <message>
        <source>Matches every event</source>
        <translation>Passt zu jedem Ereignis</translation>
    </message>
    <message>
        <source>✔ Valid query</source>
        <translation>✔ Gültige Abfrage</translation>
    </message>
    <message>
        <source>Give the rule a name.</source>
        <translation>Geben Sie der Regel einen Namen.</translation>
    </message>
    <message>
        <source>The query cannot be used: %1</source>
        <translation>Die Abfrage ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>Choose the target to send to (add one with Targets…).</source>
        <translation>Wählen Sie das Ziel, an das gesendet werden soll (neue Ziele über „Ziele…“).</translation>
    </message>
    <message>
        <source>The rule could not be saved: %1</source>
        <translation>Die Regel konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The rule could not be removed: %1</source>
        <translation>Die Regel konnte nicht entfernt werden: %1</translation>
    </message>
</context>
<context>
    <name>Hookbench::HeadersPage</name>
    <message>
        <source>Copy selected</source>
        <translation>Auswahl kopieren</translation>
    </message>
    <message>
        <source>Copy all</source>
        <translation>Alle kopieren</translation>
    </message>
    <message>
        <source>Copy every header as &quot;Name: value&quot; lines</source>
        <translation>Alle Header als Zeilen „Name: Wert“ kopieren</translation>
    </message>
    <message>
        <source>This request has no header fields.</source>
        <translation>Diese Anfrage hat keine Header-Felder.</translation>
    </message>
</context>
<context>
    <name>Hookbench::HexModel</name>
    <message>
        <source>Offset</source>
        <translation>Offset</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
</context>
<context>
    <name>Hookbench::JsonBodyView</name>
    <message>
        <source>Copy value</source>
        <translation>Wert kopieren</translation>
    </message>
    <message>
        <source>Copy JSON path</source>
        <translation>JSON-Pfad kopieren</translation>
    </message>
    <message>
        <source>Expand all</source>
        <translation>Alle aufklappen</translation>
    </message>
    <message>
        <source>Expand every object and array in the tree</source>
        <translation>Jedes Objekt und Array im Baum aufklappen</translation>
    </message>
    <message>
        <source>Collapse all</source>
        <translation>Alle zuklappen</translation>
    </message>
    <message>
        <source>The text shows the first %1 KB of the indented JSON; the tree has all %2 values.</source>
        <translation>Der Text zeigt die ersten %1 KB des eingerückten JSON; der Baum enthält alle %2 Werte.</translation>
    </message>
    <message>
        <source>Colouring is off for large documents.</source>
        <translation>Bei großen Dokumenten ist die Einfärbung aus.</translation>
    </message>
    <message>
        <source>Very long lines are broken for display.</source>
        <translation>Sehr lange Zeilen werden zur Anzeige umbrochen.</translation>
    </message>
    <message>
        <source>Expanded one level: expanding everything would show too many rows.</source>
        <translation>Eine Ebene aufgeklappt: Alles aufzuklappen würde zu viele Zeilen zeigen.</translation>
    </message>
    <message>
        <source>Expanded %1 levels: expanding everything would show too many rows.</source>
        <translation>%1 Ebenen aufgeklappt: Alles aufzuklappen würde zu viele Zeilen zeigen.</translation>
    </message>
</context>
<context>
    <name>Hookbench::JsonTreeModel</name>
    <message>
        <source>{1 key}</source>
        <translation>{1 Schlüssel}</translation>
    </message>
    <message>
        <source>{%1 keys}</source>
        <translation>{%1 Schlüssel}</translation>
    </message>
    <message>
        <source>[1 item]</source>
        <translation>[1 Element]</translation>
    </message>
    <message>
        <source>[%1 items]</source>
        <translation>[%1 Elemente]</translation>
    </message>
    <message>
        <source>object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>array</source>
        <translation>Array</translation>
    </message>
    <message>
        <source>string</source>
        <translation>String</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>Boolean</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
</context>
<context>
    <name>Hookbench::KeychainVault</name>
    <message>
        <source>No keychain is available (%1).</source>
        <translation>Kein Schlüsselbund verfügbar (%1).</translation>
    </message>
    <message>
        <source>Access to the keychain was refused.</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde abgelehnt.</translation>
    </message>
    <message>
        <source>The keychain denied access (%1).</source>
        <translation>Der Schlüsselbund hat den Zugriff verweigert (%1).</translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation>Fehler im Schlüsselbund: %1</translation>
    </message>
</context>
<context>
    <name>Hookbench::ListenersPage</name>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
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
        <translation>Name</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Body limit</source>
        <translation>Body-Limit</translation>
    </message>
    <message>
        <source>Header limit</source>
        <translation>Header-Limit</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Zeitlimit</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Stored with each request it captures</source>
        <translation>Wird mit jeder aufgezeichneten Anfrage gespeichert</translation>
    </message>
    <message>
        <source>127.0.0.1 accepts requests from this computer only (a tunnel included); 0.0.0.0 from every network</source>
        <translation>127.0.0.1 nimmt nur Anfragen von diesem Computer an (auch über einen Tunnel); 0.0.0.0 aus jedem Netzwerk</translation>
    </message>
    <message>
        <source>Any free port</source>
        <translation>Beliebiger freier Port</translation>
    </message>
    <message>
        <source>Larger bodies are answered with 413</source>
        <translation>Größere Bodys werden mit 413 beantwortet</translation>
    </message>
    <message>
        <source>Larger request heads are answered with 431</source>
        <translation>Größere Anfrageköpfe werden mit 431 beantwortet</translation>
    </message>
    <message>
        <source>Requests taking longer are answered with 408</source>
        <translation>Länger dauernde Anfragen werden mit 408 beantwortet</translation>
    </message>
    <message>
        <source>Connections beyond this are answered with 503</source>
        <translation>Weitere Verbindungen werden mit 503 beantwortet</translation>
    </message>
    <message>
        <source>One rule per line: PREFIX=STATUS[,delay=MS][,header=Name: value][,body=TEXT]. {id} in TEXT is the captured request&apos;s id. Other requests are answered 200 with their id.</source>
        <translation>Eine Regel pro Zeile: PREFIX=STATUS[,delay=MS][,header=Name: value][,body=TEXT]. {id} in TEXT ist die ID der aufgezeichneten Anfrage. Andere Anfragen werden mit 200 und ihrer ID beantwortet.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Largest &amp;body:</source>
        <translation>Größter &amp;Body:</translation>
    </message>
    <message>
        <source>Largest &amp;head:</source>
        <translation>Größter Anfrage&amp;kopf:</translation>
    </message>
    <message>
        <source>Request &amp;timeout:</source>
        <translation>Anfrage-&amp;Zeitlimit:</translation>
    </message>
    <message>
        <source>&amp;Connections:</source>
        <translation>&amp;Verbindungen:</translation>
    </message>
    <message>
        <source>&amp;Response rules:</source>
        <translation>Antwort&amp;regeln:</translation>
    </message>
    <message>
        <source>listener %1</source>
        <translation>Listener %1</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Give the listener a name: it is stored with each request it captures.</source>
        <translation>Geben Sie dem Listener einen Namen: Er wird mit jeder aufgezeichneten Anfrage gespeichert.</translation>
    </message>
    <message>
        <source>Enter the address to listen on: 127.0.0.1 for this computer only, 0.0.0.0 for every network.</source>
        <translation>Geben Sie die Adresse ein, auf der gelauscht wird: 127.0.0.1 nur für diesen Computer, 0.0.0.0 für jedes Netzwerk.</translation>
    </message>
    <message>
        <source>“%1” is not an IP address. Use one such as 127.0.0.1 (this computer only) or 0.0.0.0 (every network).</source>
        <translation>„%1“ ist keine IP-Adresse. Verwenden Sie z. B. 127.0.0.1 (nur dieser Computer) oder 0.0.0.0 (jedes Netzwerk).</translation>
    </message>
    <message>
        <source>Another listener is also named “%1”: each needs a name of its own.</source>
        <translation>Ein anderer Listener heißt ebenfalls „%1“: Jeder braucht einen eigenen Namen.</translation>
    </message>
    <message>
        <source>Port %1 is also used by listener “%2”.</source>
        <translation>Port %1 wird auch von Listener „%2“ verwendet.</translation>
    </message>
    <message>
        <source>Response rule on line %1: %2</source>
        <translation>Antwortregel in Zeile %1: %2</translation>
    </message>
    <message>
        <source>Listener “%1”: %2</source>
        <translation>Listener „%1“: %2</translation>
    </message>
    <message>
        <source>Add at least one listener: without one nothing is captured.</source>
        <translation>Fügen Sie mindestens einen Listener hinzu: Ohne ihn wird nichts aufgezeichnet.</translation>
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
        <translation>Aufzeichnung</translation>
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
        <source>Nothing is being captured.</source>
        <translation>Es wird nichts aufgezeichnet.</translation>
    </message>
    <message>
        <source>%1
Requests are answered with 503 (so providers retry) until writing works again.</source>
        <translation>%1
Anfragen werden mit 503 beantwortet (damit Anbieter es erneut versuchen), bis das Schreiben wieder funktioniert.</translation>
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
    <message>
        <source>Copy the capture URL to the clipboard (Ctrl+Shift+C)</source>
        <translation>Aufzeichnungs-URL in die Zwischenablage kopieren (Strg+Umschalt+C)</translation>
    </message>
    <message>
        <source>Capturing</source>
        <translation>Aufzeichnen</translation>
    </message>
    <message>
        <source>Start or stop the listeners (Ctrl+R)</source>
        <translation>Listener starten oder stoppen (Strg+R)</translation>
    </message>
    <message>
        <source>Follow new events</source>
        <translation>Neuen Ereignissen folgen</translation>
    </message>
    <message>
        <source>Keep the newest event in view (F5)</source>
        <translation>Das neueste Ereignis im Blick behalten (F5)</translation>
    </message>
    <message>
        <source>Clear…</source>
        <translation>Leeren…</translation>
    </message>
    <message>
        <source>Delete every stored event</source>
        <translation>Alle gespeicherten Ereignisse löschen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Find in Body</source>
        <translation>Im Body suchen</translation>
    </message>
    <message>
        <source>Search Events</source>
        <translation>Ereignisse durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Capture</source>
        <translation>&amp;Aufzeichnung</translation>
    </message>
    <message>
        <source>Hookbench %1
A webhook workbench: capture, inspect, verify and replay webhooks, all on your machine.

Built with Qt %2.</source>
        <translation>Hookbench %1
Eine Werkbank für Webhooks: aufzeichnen, untersuchen, prüfen und erneut senden – alles auf Ihrem Rechner.

Erstellt mit Qt %2.</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Search not applied. %1</source>
        <translation>Suche nicht angewendet. %1</translation>
    </message>
    <message>
        <source>Nothing is being captured: the store cannot be opened. %1
Choose another location in Settings or with --db PATH.</source>
        <translation>Es wird nichts aufgezeichnet: Der Speicher kann nicht geöffnet werden. %1
Wählen Sie in den Einstellungen oder mit --db PFAD einen anderen Ort.</translation>
    </message>
    <message>
        <source>The stored events cannot be read: %1</source>
        <translation>Die gespeicherten Ereignisse können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Deleting events stopped: %1</source>
        <translation>Löschen der Ereignisse abgebrochen: %1</translation>
    </message>
    <message>
        <source>%1. Is another program using that port? Change it in Settings, or start Hookbench with --listen 127.0.0.1:0 to pick a free one.</source>
        <translation>%1. Verwendet ein anderes Programm diesen Port? Ändern Sie ihn in den Einstellungen oder starten Sie Hookbench mit --listen 127.0.0.1:0, um einen freien zu wählen.</translation>
    </message>
    <message>
        <source>no listener is running</source>
        <translation>kein Listener läuft</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>Start capturing</source>
        <translation>Aufzeichnung starten</translation>
    </message>
    <message>
        <source>Stop capturing</source>
        <translation>Aufzeichnung stoppen</translation>
    </message>
    <message>
        <source>Delete events</source>
        <translation>Ereignisse löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n selected event(s) from the store? This cannot be undone.</source>
        <translation>
            <numerusform>%n ausgewähltes Ereignis aus dem Speicher löschen? Dies kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>%n ausgewählte Ereignisse aus dem Speicher löschen? Dies kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear the store</source>
        <translation>Speicher leeren</translation>
    </message>
    <message numerus="yes">
        <source>Delete all %n stored event(s)? This cannot be undone.</source>
        <translation>
            <numerusform>%n gespeichertes Ereignis löschen? Dies kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>Alle %n gespeicherten Ereignisse löschen? Dies kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>No event matches this search.</source>
        <translation>Kein Ereignis passt zu dieser Suche.</translation>
    </message>
    <message>
        <source>Not capturing. Start capturing to receive webhooks.</source>
        <translation>Keine Aufzeichnung. Starten Sie die Aufzeichnung, um Webhooks zu empfangen.</translation>
    </message>
    <message>
        <source>%1 of %2 events shown</source>
        <translation>%1 von %2 Ereignissen angezeigt</translation>
    </message>
    <message>
        <source>Events: %1</source>
        <translation>Ereignisse: %1</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>Store: %1 (%2)</source>
        <translation>Speicher: %1 (%2)</translation>
    </message>
    <message>
        <source>The new store location is used from the next start.</source>
        <translation>Der neue Speicherort gilt ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>The new language is used from the next start.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>Signing &amp;Secrets…</source>
        <translation>Signatur-&amp;Secrets…</translation>
    </message>
    <message>
        <source>Signing secrets are unavailable: the store could not be opened for them.</source>
        <translation>Signatur-Secrets sind nicht verfügbar: Der Speicher konnte dafür nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Checking stored events again (signatures, catalogs): %1 of %2…</source>
        <translation>Gespeicherte Ereignisse werden erneut geprüft (Signaturen, Kataloge): %1 von %2…</translation>
    </message>
    <message>
        <source>&amp;Deliveries</source>
        <translation>&amp;Zustellungen</translation>
    </message>
    <message>
        <source>&amp;Resend…</source>
        <translation>&amp;Erneut senden…</translation>
    </message>
    <message>
        <source>Send the selected events again, unchanged (Ctrl+Shift+R)</source>
        <translation>Die ausgewählten Ereignisse unverändert erneut senden (Strg+Umschalt+R)</translation>
    </message>
    <message>
        <source>&amp;Edit and Resend…</source>
        <translation>&amp;Bearbeiten und erneut senden…</translation>
    </message>
    <message>
        <source>Resend &amp;All Listed Events…</source>
        <translation>&amp;Alle aufgelisteten Ereignisse erneut senden…</translation>
    </message>
    <message>
        <source>All &amp;Deliveries</source>
        <translation>Alle Zu&amp;stellungen</translation>
    </message>
    <message>
        <source>&amp;Targets…</source>
        <translation>&amp;Ziele…</translation>
    </message>
    <message>
        <source>&amp;Forwarding Rules…</source>
        <translation>&amp;Weiterleitungsregeln…</translation>
    </message>
    <message>
        <source>Deliveries are unavailable: %1</source>
        <translation>Zustellungen sind nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>A delivery could not be queued: %1</source>
        <translation>Eine Zustellung konnte nicht eingereiht werden: %1</translation>
    </message>
    <message>
        <source>A forwarding rule sends nothing: %1</source>
        <translation>Eine Weiterleitungsregel sendet nichts: %1</translation>
    </message>
    <message>
        <source>The event could not be resent: %1</source>
        <translation>Das Ereignis konnte nicht erneut gesendet werden: %1</translation>
    </message>
    <message>
        <source>Queuing deliveries…</source>
        <translation>Zustellungen werden eingereiht…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>event %1: %2</source>
        <translation>Ereignis %1: %2</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>Forwarding rules are unavailable: the store&apos;s deliveries could not be opened.</source>
        <translation>Weiterleitungsregeln sind nicht verfügbar: Die Zustellungen des Speichers konnten nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Resend %1 Events</source>
        <translation>%1 Ereignisse erneut senden</translation>
    </message>
    <message>
        <source>Resend cancelled. Deliveries already queued and not yet sent were cancelled too (queued: %1).</source>
        <translation>Erneutes Senden abgebrochen. Bereits eingereihte, noch nicht gesendete Zustellungen wurden ebenfalls abgebrochen (eingereiht: %1).</translation>
    </message>
    <message>
        <source>Events that could not be resent: %1; the first: %2</source>
        <translation>Ereignisse, die nicht erneut gesendet werden konnten: %1; das erste: %2</translation>
    </message>
</context>
<context>
    <name>Hookbench::OutgoingRequest</name>
    <message>
        <source>&apos;%1&apos; is not a URL with a host</source>
        <translation>&apos;%1&apos; ist keine URL mit Host</translation>
    </message>
    <message>
        <source>the path &apos;%1&apos; must start with &apos;/&apos; and contain no spaces or control characters (percent-encode them)</source>
        <translation>der Pfad &apos;%1&apos; muss mit &apos;/&apos; beginnen und darf keine Leer- oder Steuerzeichen enthalten (verwenden Sie Prozent-Kodierung)</translation>
    </message>
    <message>
        <source>a Linear body must be a JSON object to carry the signing time in webhookTimestamp</source>
        <translation>ein Linear-Body muss ein JSON-Objekt sein, um die Signaturzeit in webhookTimestamp aufzunehmen</translation>
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
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Request line</source>
        <translation>Anfragezeile</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>Anfrage-ID</translation>
    </message>
    <message>
        <source>port %1</source>
        <translation>Port %1</translation>
    </message>
    <message>
        <source>%1 (port %2)</source>
        <translation>%1 (Port %2)</translation>
    </message>
    <message>
        <source>Listener</source>
        <translation>Listener</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>1 byte</source>
        <translation>1 Byte</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>(truncated: the first %1 bytes were kept)</source>
        <translation>(gekürzt: Die ersten %1 Bytes wurden behalten)</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>Capture error</source>
        <translation>Aufzeichnungsfehler</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>nicht beantwortet</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>No event envelope was recognized in this request.</source>
        <translation>In dieser Anfrage wurde kein Ereignis-Envelope erkannt.</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Ereignistyp</translation>
    </message>
    <message>
        <source>Event id</source>
        <translation>Ereignis-ID</translation>
    </message>
    <message>
        <source>Occurred at</source>
        <translation>Aufgetreten am</translation>
    </message>
    <message>
        <source>Resource type</source>
        <translation>Ressourcentyp</translation>
    </message>
    <message>
        <source>Resource id</source>
        <translation>Ressourcen-ID</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>API-Version</translation>
    </message>
    <message>
        <source>Caused by request</source>
        <translation>Ausgelöst durch Anfrage</translation>
    </message>
    <message>
        <source>Idempotency key</source>
        <translation>Idempotenzschlüssel</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>known event type</source>
        <translation>bekannter Ereignistyp</translation>
    </message>
    <message>
        <source>not in the catalog</source>
        <translation>nicht im Katalog</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>none: every documented field is present with its type</source>
        <translation>keine: Jedes dokumentierte Feld ist mit seinem Typ vorhanden</translation>
    </message>
    <message>
        <source>Duplicate of</source>
        <translation>Duplikat von</translation>
    </message>
    <message>
        <source>%1 (the same event was received before)</source>
        <translation>%1 (dasselbe Ereignis wurde schon früher empfangen)</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Gesendet an</translation>
    </message>
    <message>
        <source>Documented at</source>
        <translation>Dokumentiert unter</translation>
    </message>
</context>
<context>
    <name>Hookbench::RawPage</name>
    <message>
        <source>The body (%1 bytes) is binary: see the Hex tab.</source>
        <translation>Der Body (%1 Bytes) ist binär: siehe Reiter „Hex“.</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2 bytes of the body; the Hex tab has all of it.</source>
        <translation>Die ersten %1 von %2 Bytes des Bodys werden angezeigt; der Reiter „Hex“ enthält alles.</translation>
    </message>
    <message>
        <source>The body was sent in chunks; it is shown joined, without the chunk framing.</source>
        <translation>Der Body wurde in Chunks gesendet; er wird zusammengefügt und ohne Chunk-Rahmen angezeigt.</translation>
    </message>
    <message>
        <source>Only the first %1 of %2 body bytes were captured (body size limit).</source>
        <translation>Nur die ersten %1 von %2 Body-Bytes wurden aufgezeichnet (Body-Größenlimit).</translation>
    </message>
    <message>
        <source>Bytes that are not valid UTF-8 are shown as �.</source>
        <translation>Bytes, die kein gültiges UTF-8 sind, werden als � angezeigt.</translation>
    </message>
    <message>
        <source>Nothing was received for this request.</source>
        <translation>Für diese Anfrage wurde nichts empfangen.</translation>
    </message>
    <message>
        <source>Very long lines are broken for display.</source>
        <translation>Sehr lange Zeilen werden zur Anzeige umbrochen.</translation>
    </message>
</context>
<context>
    <name>Hookbench::ResendDialog</name>
    <message>
        <source>Edit and Resend Event %1</source>
        <translation>Ereignis %1 bearbeiten und erneut senden</translation>
    </message>
    <message>
        <source>Resend Event %1</source>
        <translation>Ereignis %1 erneut senden</translation>
    </message>
    <message>
        <source>&amp;Targets…</source>
        <translation>Zi&amp;ele…</translation>
    </message>
    <message>
        <source>Add or change named targets</source>
        <translation>Benannte Ziele hinzufügen oder ändern</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Signing:</source>
        <translation>Si&amp;gnatur:</translation>
    </message>
    <message>
        <source>⚠ This target accepts self-signed certificates: its identity is not checked.</source>
        <translation>⚠ Dieses Ziel akzeptiert selbstsignierte Zertifikate: Seine Identität wird nicht geprüft.</translation>
    </message>
    <message>
        <source>What will be sent (signature computed now; it is computed again at each attempt):</source>
        <translation>Was gesendet wird (Signatur jetzt berechnet; sie wird bei jedem Versuch neu berechnet):</translation>
    </message>
    <message>
        <source>Send &amp;Edited</source>
        <translation>Bearbeitet &amp;senden</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>the target URL&apos;s own path</source>
        <translation>der eigene Pfad der Ziel-URL</translation>
    </message>
    <message>
        <source>Replaces the target URL&apos;s path (and query, with a &apos;?&apos;); captured at %1</source>
        <translation>Ersetzt den Pfad der Ziel-URL (und mit &apos;?&apos; auch den Query-String); aufgezeichnet unter %1</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Methode:</translation>
    </message>
    <message>
        <source>&amp;Path:</source>
        <translation>&amp;Pfad:</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>&amp;Add Header</source>
        <translation>Header &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Remo&amp;ve Header</source>
        <translation>Header ent&amp;fernen</translation>
    </message>
    <message>
        <source>Compare with &amp;Original</source>
        <translation>Mit &amp;Original vergleichen</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Another URL…</source>
        <translation>Andere URL…</translation>
    </message>
    <message>
        <source>Choose a target or type the URL to send to.</source>
        <translation>Wählen Sie ein Ziel oder geben Sie die URL ein, an die gesendet werden soll.</translation>
    </message>
    <message>
        <source>Re-signing as %1 needs a secret: add one in File › Signing Secrets.</source>
        <translation>Neu signieren als %1 braucht ein Secret: Fügen Sie eines unter Datei › Signatur-Secrets hinzu.</translation>
    </message>
    <message>
        <source>Binary body: sent unchanged.</source>
        <translation>Binärer Body: wird unverändert gesendet.</translation>
    </message>
    <message>
        <source>✔ Valid JSON</source>
        <translation>✔ Gültiges JSON</translation>
    </message>
    <message>
        <source>✘ Invalid JSON at line %1, column %2: %3 (it can still be sent)</source>
        <translation>✘ Ungültiges JSON in Zeile %1, Spalte %2: %3 (kann trotzdem gesendet werden)</translation>
    </message>
    <message>
        <source>(The secret&apos;s key cannot be read now: the signature is not shown.)</source>
        <translation>(Der Schlüssel des Secrets kann gerade nicht gelesen werden: Die Signatur wird nicht angezeigt.)</translation>
    </message>
    <message>
        <source>(Cannot sign: %1)</source>
        <translation>(Signieren nicht möglich: %1)</translation>
    </message>
    <message>
        <source>Original and Edited Body</source>
        <translation>Ursprünglicher und bearbeiteter Body</translation>
    </message>
    <message>
        <source>original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>bearbeitet</translation>
    </message>
    <message>
        <source>&amp;Format JSON</source>
        <translation>JSON &amp;formatieren</translation>
    </message>
    <message>
        <source>Indent the JSON body (keys, order and numbers kept as written)</source>
        <translation>Den JSON-Body einrücken (Schlüssel, Reihenfolge und Zahlen bleiben wie geschrieben)</translation>
    </message>
    <message>
        <source>
(body: %1)</source>
        <translation>
(Body: %1)</translation>
    </message>
    <message>
        <source>Resend %1 Events</source>
        <translation>%1 Ereignisse erneut senden</translation>
    </message>
    <message>
        <source>&amp;Send %1 Events</source>
        <translation>%1 Ereignisse &amp;senden</translation>
    </message>
</context>
<context>
    <name>Hookbench::SearchField</name>
    <message>
        <source>Search: type:order.* provider:stripe -status:200 or any text  (Ctrl+L)</source>
        <translation>Suche: type:order.* provider:stripe -status:200 oder beliebiger Text  (Strg+L)</translation>
    </message>
    <message>
        <source>Filters: %1. Free text searches paths, headers and bodies; prefix a term with - to exclude it.</source>
        <translation>Filter: %1. Freitext durchsucht Pfade, Header und Bodys; ein vorangestelltes - schließt einen Begriff aus.</translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation>Spalte %1: %2</translation>
    </message>
</context>
<context>
    <name>Hookbench::SearchQuery</name>
    <message>
        <source>&apos;-&apos; must be followed by a term to exclude</source>
        <translation>auf &apos;-&apos; muss ein auszuschließender Begriff folgen</translation>
    </message>
    <message>
        <source>unknown filter &apos;%1:&apos; — known: %2</source>
        <translation>unbekannter Filter &apos;%1:&apos; – bekannt: %2</translation>
    </message>
    <message>
        <source>unterminated quote</source>
        <translation>nicht geschlossenes Anführungszeichen</translation>
    </message>
    <message>
        <source>a closing quote must be followed by a space</source>
        <translation>auf ein schließendes Anführungszeichen muss ein Leerzeichen folgen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a value</source>
        <translation>&apos;%1&apos; braucht einen Wert</translation>
    </message>
    <message>
        <source>unknown signature state &apos;%1&apos; — expected valid, invalid, none</source>
        <translation>unbekannter Signaturstatus &apos;%1&apos; – erwartet: valid, invalid, none</translation>
    </message>
    <message>
        <source>unknown &apos;is:&apos; value &apos;%1&apos; — expected duplicate, unknown-type, error</source>
        <translation>unbekannter &apos;is:&apos;-Wert &apos;%1&apos; – erwartet: duplicate, unknown-type, error</translation>
    </message>
    <message>
        <source>status range &apos;%1&apos; is backwards</source>
        <translation>Statusbereich &apos;%1&apos; ist verkehrt herum</translation>
    </message>
    <message>
        <source>status 0 is never sent — statuses are 100 to 599</source>
        <translation>Status 0 wird nie gesendet – Statuscodes reichen von 100 bis 599</translation>
    </message>
    <message>
        <source>status %1 is out of range — statuses are 100 to 599</source>
        <translation>Status %1 liegt außerhalb des Bereichs – Statuscodes reichen von 100 bis 599</translation>
    </message>
    <message>
        <source>bad status &apos;%1&apos; — expected a status (200), a class (4xx) or a range (500-599)</source>
        <translation>ungültiger Status &apos;%1&apos; – erwartet: ein Status (200), eine Klasse (4xx) oder ein Bereich (500-599)</translation>
    </message>
    <message>
        <source>bad time &apos;%1&apos; — expected 2024-03-05T23:04:43Z, 2024-03-05 or 15m/2h/7d</source>
        <translation>ungültige Zeit &apos;%1&apos; – erwartet: 2024-03-05T23:04:43Z, 2024-03-05 oder 15m/2h/7d</translation>
    </message>
    <message>
        <source>duration &apos;%1&apos; is too long</source>
        <translation>Dauer &apos;%1&apos; ist zu lang</translation>
    </message>
</context>
<context>
    <name>Hookbench::SecretBook</name>
    <message>
        <source>The source no longer exists.</source>
        <translation>Die Quelle existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The secret cannot be recorded in the store: %1</source>
        <translation>Das Secret kann nicht im Speicher vermerkt werden: %1</translation>
    </message>
    <message>
        <source>The keychain has not answered yet; try again in a moment.</source>
        <translation>Der Schlüsselbund hat noch nicht geantwortet; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>No keychain answered, so signing secrets are kept in memory for this run only. (%1)</source>
        <translation>Kein Schlüsselbund hat geantwortet, daher werden Signatur-Secrets nur für diese Sitzung im Arbeitsspeicher gehalten. (%1)</translation>
    </message>
</context>
<context>
    <name>Hookbench::SecretKeyDialog</name>
    <message>
        <source>whsec_…, a hex or base64 key, or a public key</source>
        <translation>whsec_…, ein Hex- oder Base64-Schlüssel oder ein öffentlicher Schlüssel</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Show or hide the key</source>
        <translation>Schlüssel anzeigen oder verbergen</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Bezeichnung:</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Schlüssel:</translation>
    </message>
</context>
<context>
    <name>Hookbench::SecretStorage</name>
    <message>
        <source>Passphrase for the signing secrets in %1:</source>
        <translation>Passphrase für die Signatur-Secrets in %1:</translation>
    </message>
    <message>
        <source>Unlock Signing Secrets</source>
        <translation>Signatur-Secrets entsperren</translation>
    </message>
    <message>
        <source>The secrets file was not unlocked: new secrets are kept in memory for this run only, and stored verdicts may say &quot;no secret&quot;.</source>
        <translation>Die Secrets-Datei wurde nicht entsperrt: Neue Secrets bleiben nur für diese Sitzung im Arbeitsspeicher, und gespeicherte Prüfergebnisse können „kein Secret“ melden.</translation>
    </message>
    <message>
        <source>Encrypt Signing Secrets</source>
        <translation>Signatur-Secrets verschlüsseln</translation>
    </message>
    <message>
        <source>Choose a passphrase for the secrets file. Hookbench asks for it at each start; it cannot be recovered.</source>
        <translation>Wählen Sie eine Passphrase für die Secrets-Datei. Hookbench fragt bei jedem Start danach; sie kann nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>Type the passphrase again:</source>
        <translation>Passphrase erneut eingeben:</translation>
    </message>
    <message>
        <source>Use at least 8 characters.</source>
        <translation>Verwenden Sie mindestens 8 Zeichen.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen unterscheiden sich.</translation>
    </message>
</context>
<context>
    <name>Hookbench::SecretsDialog</name>
    <message>
        <source>every path</source>
        <translation>jeder Pfad</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Key not available (kept in memory by an earlier run)</source>
        <translation>Schlüssel nicht verfügbar (von einer früheren Sitzung im Arbeitsspeicher gehalten)</translation>
    </message>
    <message numerus="yes">
        <source>•••••••• (%n characters)</source>
        <translation>
            <numerusform>•••••••• (%n Zeichen)</numerusform>
            <numerusform>•••••••• (%n Zeichen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep Them in an Encrypted File…</source>
        <translation>In verschlüsselter Datei aufbewahren…</translation>
    </message>
    <message>
        <source>Remove Source</source>
        <translation>Quelle entfernen</translation>
    </message>
    <message>
        <source>Add Secret…</source>
        <translation>Secret hinzufügen…</translation>
    </message>
    <message>
        <source>Rotate…</source>
        <translation>Rotieren…</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Signing Secrets</source>
        <translation>Signatur-Secrets</translation>
    </message>
    <message>
        <source>Keys go into a file encrypted with a passphrase you choose, asked for at each start.</source>
        <translation>Schlüssel kommen in eine Datei, die mit einer selbst gewählten Passphrase verschlüsselt ist; sie wird bei jedem Start abgefragt.</translation>
    </message>
    <message>
        <source>Detect from the headers</source>
        <translation>Aus den Headern erkennen</translation>
    </message>
    <message>
        <source>Any listener (or host:port)</source>
        <translation>Beliebiger Listener (oder host:port)</translation>
    </message>
    <message>
        <source>Every path (or a prefix such as /stripe)</source>
        <translation>Jeder Pfad (oder ein Präfix wie /stripe)</translation>
    </message>
    <message>
        <source>The scheme&apos;s default</source>
        <translation>Standard des Schemas</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How far the signed time may be from the arrival; 0 turns the time check off.</source>
        <translation>Wie weit die signierte Zeit vom Eingang abweichen darf; 0 schaltet die Zeitprüfung ab.</translation>
    </message>
    <message>
        <source>https://example.ngrok.app (schemes that sign the URL)</source>
        <translation>https://example.ngrok.app (Schemata, die die URL signieren)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Scheme:</source>
        <translation>&amp;Schema:</translation>
    </message>
    <message>
        <source>&amp;Listener:</source>
        <translation>&amp;Listener:</translation>
    </message>
    <message>
        <source>&amp;Path prefix:</source>
        <translation>&amp;Pfadpräfix:</translation>
    </message>
    <message>
        <source>&amp;Time window:</source>
        <translation>&amp;Zeitfenster:</translation>
    </message>
    <message>
        <source>Public &amp;URL:</source>
        <translation>Öffentliche &amp;URL:</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Secrets (tried in this order)</source>
        <translation>Secrets (in dieser Reihenfolge versucht)</translation>
    </message>
    <message>
        <source>Add Source</source>
        <translation>Quelle hinzufügen</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>The secrets file cannot be used: %1</source>
        <translation>Die Secrets-Datei kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>The source cannot be saved: %1</source>
        <translation>Die Quelle kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>New source</source>
        <translation>Neue Quelle</translation>
    </message>
    <message>
        <source>The source cannot be added: %1</source>
        <translation>Die Quelle kann nicht hinzugefügt werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Remove “%1” and its %n secret(s)? Their keys are deleted from the keychain.</source>
        <translation>
            <numerusform>„%1“ mit %n Secret entfernen? Sein Schlüssel wird aus dem Schlüsselbund gelöscht.</numerusform>
            <numerusform>„%1“ mit %n Secrets entfernen? Ihre Schlüssel werden aus dem Schlüsselbund gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>The source cannot be removed: %1</source>
        <translation>Die Quelle kann nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>Signing secret</source>
        <translation>Signatur-Secret</translation>
    </message>
    <message>
        <source>The endpoint&apos;s signing secret as the provider shows it (for Discord and SendGrid, the provider&apos;s public key). It is kept in the keychain, never in the store.</source>
        <translation>Das Signatur-Secret des Endpoints, wie der Anbieter es anzeigt (bei Discord und SendGrid der öffentliche Schlüssel des Anbieters). Es wird im Schlüsselbund aufbewahrt, nie im Speicher.</translation>
    </message>
    <message>
        <source>%1 (rotated)</source>
        <translation>%1 (rotiert)</translation>
    </message>
    <message>
        <source>The new secret is tried first; the old one keeps verifying until you remove it, so nothing fails while the provider switches over.</source>
        <translation>Das neue Secret wird zuerst versucht; das alte prüft weiter, bis Sie es entfernen, damit während der Umstellung beim Anbieter nichts fehlschlägt.</translation>
    </message>
    <message>
        <source>Rotate Secret</source>
        <translation>Secret rotieren</translation>
    </message>
    <message>
        <source>Add Secret</source>
        <translation>Secret hinzufügen</translation>
    </message>
    <message>
        <source>The secret was not added: %1</source>
        <translation>Das Secret wurde nicht hinzugefügt: %1</translation>
    </message>
    <message>
        <source>Remove Secret</source>
        <translation>Secret entfernen</translation>
    </message>
    <message>
        <source>Remove “%1”? Requests signed with it will no longer verify.</source>
        <translation>„%1“ entfernen? Damit signierte Anfragen werden nicht mehr verifiziert.</translation>
    </message>
    <message>
        <source>The secret cannot be removed: %1</source>
        <translation>Das Secret kann nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>Generic HMAC (configure below)</source>
        <translation>Generisches HMAC (unten konfigurieren)</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>Base64</source>
        <translation>Base64</translation>
    </message>
    <message>
        <source>e.g. sha256= (removed before decoding)</source>
        <translation>z. B. sha256= (wird vor dem Dekodieren entfernt)</translation>
    </message>
    <message>
        <source>The signed bytes: {body}, {timestamp}, {id}, {url} and {method} are replaced, the rest is taken literally.</source>
        <translation>Die signierten Bytes: {body}, {timestamp}, {id}, {url} und {method} werden ersetzt, der Rest wird wörtlich übernommen.</translation>
    </message>
    <message>
        <source>Header read for {timestamp}</source>
        <translation>Header, aus dem {timestamp} gelesen wird</translation>
    </message>
    <message>
        <source>Header read for {id}</source>
        <translation>Header, aus dem {id} gelesen wird</translation>
    </message>
    <message>
        <source>Signature header:</source>
        <translation>Signatur-Header:</translation>
    </message>
    <message>
        <source>Prefix:</source>
        <translation>Präfix:</translation>
    </message>
    <message>
        <source>Algorithm:</source>
        <translation>Algorithmus:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Kodierung:</translation>
    </message>
    <message>
        <source>Signed content:</source>
        <translation>Signierter Inhalt:</translation>
    </message>
    <message>
        <source>Timestamp header:</source>
        <translation>Zeitstempel-Header:</translation>
    </message>
    <message>
        <source>ID header:</source>
        <translation>ID-Header:</translation>
    </message>
</context>
<context>
    <name>Hookbench::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Listeners</source>
        <translation>&amp;Listener</translation>
    </message>
    <message>
        <source>&amp;Store</source>
        <translation>&amp;Speicher</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Darstellung</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Speicherort</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>A new location is used the next time Hookbench starts. Events stored so far stay in the current file.</source>
        <translation>Ein neuer Speicherort gilt ab dem nächsten Start von Hookbench. Bisher gespeicherte Ereignisse bleiben in der aktuellen Datei.</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Aufbewahrung</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Unbegrenzt</translation>
    </message>
    <message>
        <source> events</source>
        <translation> Ereignisse</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Keep the &amp;newest:</source>
        <translation>Die &amp;neuesten behalten:</translation>
    </message>
    <message>
        <source>Keep events &amp;received within:</source>
        <translation>Höchstalter der &amp;Ereignisse:</translation>
    </message>
    <message>
        <source>&amp;Purge Now</source>
        <translation>&amp;Jetzt löschen</translation>
    </message>
    <message>
        <source>Delete the events these limits do not keep, now</source>
        <translation>Die Ereignisse, die diese Grenzen nicht behalten, jetzt löschen</translation>
    </message>
    <message>
        <source>Cancel Purge</source>
        <translation>Löschen abbrechen</translation>
    </message>
    <message>
        <source>Purging needs a store open in the main window.</source>
        <translation>Zum Löschen muss im Hauptfenster ein Speicher geöffnet sein.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Events beyond these limits are deleted, oldest first. Purge Now deletes them at once; this cannot be undone.</source>
        <translation>Ereignisse jenseits dieser Grenzen werden gelöscht, die ältesten zuerst. „Jetzt löschen“ löscht sie sofort; das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>&amp;Font size:</source>
        <translation>Schrift&amp;größe:</translation>
    </message>
    <message>
        <source>Changes show at once; Cancel undoes them. System follows the look of your desktop.</source>
        <translation>Änderungen sind sofort sichtbar; „Abbrechen“ macht sie rückgängig. „System“ folgt dem Aussehen Ihres Desktops.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Spr&amp;ache:</translation>
    </message>
    <message>
        <source>A new language is used the next time Hookbench starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Hookbench.</translation>
    </message>
    <message>
        <source>System Tray</source>
        <translation>Infobereich</translation>
    </message>
    <message>
        <source>Show Hookbench in the system t&amp;ray</source>
        <translation>Hookbench im &amp;Infobereich anzeigen</translation>
    </message>
    <message>
        <source>&amp;Notify about new events while the window is hidden</source>
        <translation>Bei neuen Ereignissen &amp;benachrichtigen, solange das Fenster verborgen ist</translation>
    </message>
    <message>
        <source>With the icon shown, closing the window keeps Hookbench capturing in the tray.</source>
        <translation>Mit sichtbarem Symbol zeichnet Hookbench nach dem Schließen des Fensters im Infobereich weiter auf.</translation>
    </message>
    <message>
        <source>This desktop shows no system tray at the moment; the setting applies where it does.</source>
        <translation>Dieser Desktop zeigt derzeit keinen Infobereich; die Einstellung gilt, sobald es einen gibt.</translation>
    </message>
    <message>
        <source>Store Location</source>
        <translation>Speicherort</translation>
    </message>
    <message>
        <source>Hookbench stores (*.sqlite);;All files (*)</source>
        <translation>Hookbench-Speicher (*.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Counting the events to delete…</source>
        <translation>Zu löschende Ereignisse werden gezählt…</translation>
    </message>
    <message>
        <source>Deleted %1 of %2 events…</source>
        <translation>%1 von %2 Ereignissen gelöscht…</translation>
    </message>
    <message numerus="yes">
        <source>Purging stopped after deleting %Ln event(s): %1</source>
        <translation>
            <numerusform>Löschen gestoppt, nachdem %Ln Ereignis gelöscht wurde: %1</numerusform>
            <numerusform>Löschen gestoppt, nachdem %Ln Ereignisse gelöscht wurden: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Purge cancelled after deleting %Ln event(s).</source>
        <translation>
            <numerusform>Löschen abgebrochen, nachdem %Ln Ereignis gelöscht wurde.</numerusform>
            <numerusform>Löschen abgebrochen, nachdem %Ln Ereignisse gelöscht wurden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to delete: every event is within the limits.</source>
        <translation>Nichts zu löschen: Alle Ereignisse liegen innerhalb der Grenzen.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln event(s).</source>
        <translation>
            <numerusform>%Ln Ereignis gelöscht.</numerusform>
            <numerusform>%Ln Ereignisse gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Theme and Font</source>
        <translation>Farbschema und Schrift</translation>
    </message>
</context>
<context>
    <name>Hookbench::SignCommand</name>
    <message>
        <source>Prints the headers a provider would send with this body, one &quot;Name: value&quot; line each, signed with the given secret (several --secret: every one, where the scheme sends several signatures). discord and sendgrid sign with a private key of your own.

Schemes: %1.

Exit codes: 0 signed, 1 the key cannot sign, 2 usage error.</source>
        <translation>Gibt die Header aus, die ein Anbieter mit diesem Body senden würde, je eine Zeile „Name: Wert“, signiert mit dem angegebenen Secret (mehrere --secret: mit jedem, sofern das Schema mehrere Signaturen sendet). discord und sendgrid signieren mit einem eigenen privaten Schlüssel.

Schemata: %1.

Exit-Codes: 0 signiert, 1 der Schlüssel kann nicht signieren, 2 Aufruffehler.</translation>
    </message>
    <message>
        <source>The message id, for schemes that sign one (default: a new one).</source>
        <translation>Die Nachrichten-ID für Schemata, die eine signieren (Standard: eine neue).</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>say which scheme: --scheme NAME, one of %1</source>
        <translation>Schema angeben: --scheme NAME, eines von %1</translation>
    </message>
    <message>
        <source>give the secret or key: --secret KEY</source>
        <translation>Secret oder Schlüssel angeben: --secret SCHLÜSSEL</translation>
    </message>
    <message>
        <source>hookbench sign: the signature covers this URL; send the request to it:
%1</source>
        <translation>hookbench sign: Die Signatur umfasst diese URL; senden Sie die Anfrage dorthin:
%1</translation>
    </message>
</context>
<context>
    <name>Hookbench::SignaturePage</name>
    <message numerus="yes">
        <source>arrived %n s after it was signed</source>
        <translation>
            <numerusform>%n s nach dem Signieren eingetroffen</numerusform>
            <numerusform>%n s nach dem Signieren eingetroffen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>signed %n s after it arrived (clock skew)</source>
        <translation>
            <numerusform>%n s nach dem Eintreffen signiert (Uhrabweichung)</numerusform>
            <numerusform>%n s nach dem Eintreffen signiert (Uhrabweichung)</numerusform>
        </translation>
    </message>
    <message>
        <source>any path</source>
        <translation>jeder Pfad</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Manage Secrets…</source>
        <translation>Secrets verwalten…</translation>
    </message>
    <message>
        <source>Add a Secret for This Path…</source>
        <translation>Secret für diesen Pfad hinzufügen…</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>Signiert am</translation>
    </message>
    <message>
        <source>Time window</source>
        <translation>Zeitfenster</translation>
    </message>
    <message>
        <source>Secret matched</source>
        <translation>Passendes Secret</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Signatures cannot be checked: the signing secrets could not be opened.</source>
        <translation>Signaturen können nicht geprüft werden: Die Signatur-Secrets ließen sich nicht öffnen.</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>None covers this path: scheme detected from the headers</source>
        <translation>Keine gilt für diesen Pfad: Schema aus den Headern erkannt</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
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
        <translation>Signatur gültig</translation>
    </message>
    <message>
        <source>Signature invalid</source>
        <translation>Signatur ungültig</translation>
    </message>
</context>
<context>
    <name>Hookbench::SigningInput</name>
    <message>
        <source>The signature scheme (see the list above).</source>
        <translation>Das Signaturschema (siehe Liste oben).</translation>
    </message>
    <message>
        <source>The secret, or for discord/sendgrid/standard-webhooks v1a the key in the provider&apos;s form. Repeat it to try several (rotation).</source>
        <translation>Das Secret oder bei discord/sendgrid/standard-webhooks v1a der Schlüssel im Format des Anbieters. Mehrfach angeben, um mehrere zu versuchen (Rotation).</translation>
    </message>
    <message>
        <source>A request header, &quot;Name: value&quot; (repeatable).</source>
        <translation>Ein Anfrage-Header, „Name: Wert“ (wiederholbar).</translation>
    </message>
    <message>
        <source>Read the exact body bytes from this file.</source>
        <translation>Die genauen Body-Bytes aus dieser Datei lesen.</translation>
    </message>
    <message>
        <source>Read the exact body bytes from standard input.</source>
        <translation>Die genauen Body-Bytes von der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>The full URL the provider called (signed by twilio and square).</source>
        <translation>Die vollständige URL, die der Anbieter aufgerufen hat (von twilio und square signiert).</translation>
    </message>
    <message>
        <source>The time to check or sign at, Unix seconds (default: now).</source>
        <translation>Der Zeitpunkt für Prüfung oder Signatur, in Unix-Sekunden (Standard: jetzt).</translation>
    </message>
    <message>
        <source>give the body with exactly one of --body-file FILE and --body-stdin</source>
        <translation>Body mit genau einer der Optionen --body-file DATEI und --body-stdin angeben</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation>Standardeingabe kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>--header takes &quot;Name: value&quot;, not &apos;%1&apos;</source>
        <translation>--header erwartet „Name: Wert“, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--at takes Unix seconds (digits only), not &apos;%1&apos;</source>
        <translation>--at erwartet Unix-Sekunden (nur Ziffern), nicht &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>Hookbench::SigningProfilePicker</name>
    <message>
        <source>Send as captured (no re-signing)</source>
        <translation>Wie aufgezeichnet senden (nicht neu signieren)</translation>
    </message>
    <message>
        <source>Re-sign as %1</source>
        <translation>Neu signieren als %1</translation>
    </message>
    <message>
        <source>No secrets (the store could not be opened)</source>
        <translation>Keine Secrets (der Speicher konnte nicht geöffnet werden)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No secrets yet: add one in File › Signing Secrets</source>
        <translation>Noch keine Secrets: Fügen Sie eines unter Datei › Signatur-Secrets hinzu</translation>
    </message>
</context>
<context>
    <name>Hookbench::TargetsDialog</name>
    <message>
        <source>Header line %1 is not &quot;Name: value&quot;.</source>
        <translation>Header-Zeile %1 hat nicht die Form „Name: Wert“.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Accept a &amp;self-signed certificate (this machine only)</source>
        <translation>&amp;Selbstsigniertes Zertifikat akzeptieren (nur dieser Rechner)</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Delivery Targets</source>
        <translation>Zustellziele</translation>
    </message>
    <message>
        <source>&amp;New Target</source>
        <translation>&amp;Neues Ziel</translation>
    </message>
    <message>
        <source>staging</source>
        <translation>Staging</translation>
    </message>
    <message>
        <source>Authorization: Bearer …
(one &quot;Name: value&quot; per line; replaces the captured field of that name)</source>
        <translation>Authorization: Bearer …
(eine Zeile „Name: Wert“ pro Header; ersetzt das aufgezeichnete Feld dieses Namens)</translation>
    </message>
    <message>
        <source>system certificates only</source>
        <translation>nur Systemzertifikate</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>⚠ The target&apos;s identity is not checked: use only for a local test server.</source>
        <translation>⚠ Die Identität des Ziels wird nicht geprüft: Nur für einen lokalen Testserver verwenden.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Headers:</source>
        <translation>&amp;Header:</translation>
    </message>
    <message>
        <source>&amp;Time limit:</source>
        <translation>&amp;Zeitlimit:</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>&amp;CA-Datei:</translation>
    </message>
    <message>
        <source>&amp;Signing:</source>
        <translation>Si&amp;gnatur:</translation>
    </message>
    <message>
        <source>&amp;Attempts:</source>
        <translation>&amp;Versuche:</translation>
    </message>
    <message>
        <source>&amp;First retry after up to:</source>
        <translation>Erste &amp;Wiederholung nach bis zu:</translation>
    </message>
    <message>
        <source>&amp;Longest wait:</source>
        <translation>&amp;Längste Wartezeit:</translation>
    </message>
    <message>
        <source>At &amp;once:</source>
        <translation>Gleichzeit&amp;ig:</translation>
    </message>
    <message>
        <source>&amp;Save Target</source>
        <translation>Ziel s&amp;peichern</translation>
    </message>
    <message>
        <source>Remove Target</source>
        <translation>Ziel entfernen</translation>
    </message>
    <message>
        <source>Remove the target &quot;%1&quot;? Its deliveries stay, with their URL.</source>
        <translation>Das Ziel „%1“ entfernen? Seine Zustellungen bleiben mit ihrer URL erhalten.</translation>
    </message>
    <message>
        <source>CA Certificates</source>
        <translation>CA-Zertifikate</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>New target</source>
        <translation>Neues Ziel</translation>
    </message>
    <message>
        <source>Give the target a name.</source>
        <translation>Geben Sie dem Ziel einen Namen.</translation>
    </message>
    <message>
        <source>Re-signing as %1 needs a secret: add one in File › Signing Secrets.</source>
        <translation>Neu signieren als %1 braucht ein Secret: Fügen Sie eines unter Datei › Signatur-Secrets hinzu.</translation>
    </message>
    <message>
        <source>The target could not be saved: %1</source>
        <translation>Das Ziel konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The target could not be removed: %1</source>
        <translation>Das Ziel konnte nicht entfernt werden: %1</translation>
    </message>
</context>
<context>
    <name>Hookbench::TrayIcon</name>
    <message>
        <source>Show Hookbench</source>
        <translation>Hookbench anzeigen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message numerus="yes">
        <source>Hookbench — not capturing (%n event(s) stored)</source>
        <translation>
            <numerusform>Hookbench – keine Aufzeichnung (%n Ereignis gespeichert)</numerusform>
            <numerusform>Hookbench – keine Aufzeichnung (%n Ereignisse gespeichert)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hookbench — capturing on %1 (%n event(s) stored)</source>
        <translation>
            <numerusform>Hookbench – Aufzeichnung auf %1 (%n Ereignis gespeichert)</numerusform>
            <numerusform>Hookbench – Aufzeichnung auf %1 (%n Ereignisse gespeichert)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new request(s) captured.</source>
        <translation>
            <numerusform>%n neue Anfrage aufgezeichnet.</numerusform>
            <numerusform>%n neue Anfragen aufgezeichnet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new request(s) captured; the latest: %1.</source>
        <translation>
            <numerusform>%n neue Anfrage aufgezeichnet; die neueste: %1.</numerusform>
            <numerusform>%n neue Anfragen aufgezeichnet; die neueste: %1.</numerusform>
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
        <translation>&apos;%1&apos; sind keine Unix-Sekunden (nur Ziffern)</translation>
    </message>
    <message>
        <source>an Ed25519 signature is 128 hex digits</source>
        <translation>Eine Ed25519-Signatur hat 128 Hex-Ziffern</translation>
    </message>
    <message>
        <source>the application&apos;s public key (64 hex digits)</source>
        <translation>den öffentlichen Schlüssel der Anwendung (64 Hex-Ziffern)</translation>
    </message>
    <message>
        <source>discord signing needs an Ed25519 private key of your own (hex seed, 32 or 64 bytes)</source>
        <translation>Zum Signieren für discord ist ein eigener privater Ed25519-Schlüssel nötig (Hex-Seed, 32 oder 64 Bytes)</translation>
    </message>
    <message>
        <source>it does not start with %1</source>
        <translation>Er beginnt nicht mit %1</translation>
    </message>
    <message>
        <source>the shared secret</source>
        <translation>das gemeinsame Secret</translation>
    </message>
    <message>
        <source>generic HMAC signs with the shared secret</source>
        <translation>generisches HMAC signiert mit dem gemeinsamen Secret</translation>
    </message>
    <message>
        <source>the webhook secret</source>
        <translation>das Webhook-Secret</translation>
    </message>
    <message>
        <source>github signs with the webhook secret</source>
        <translation>github signiert mit dem Webhook-Secret</translation>
    </message>
    <message>
        <source>the webhook signing secret</source>
        <translation>das Webhook-Signatur-Secret</translation>
    </message>
    <message>
        <source>The signature matches, but the body has no webhookTimestamp to check the time against.</source>
        <translation>Die Signatur stimmt, aber der Body enthält keinen webhookTimestamp, mit dem sich die Zeit prüfen lässt.</translation>
    </message>
    <message>
        <source>linear signs with the webhook signing secret</source>
        <translation>linear signiert mit dem Webhook-Signatur-Secret</translation>
    </message>
    <message>
        <source>it has no %1= timestamp</source>
        <translation>Er hat keinen Zeitstempel %1=</translation>
    </message>
    <message>
        <source>%1=%2 is not Unix seconds (digits only)</source>
        <translation>%1=%2 sind keine Unix-Sekunden (nur Ziffern)</translation>
    </message>
    <message>
        <source>%1 signs with %2</source>
        <translation>%1 braucht zum Signieren %2</translation>
    </message>
    <message>
        <source>the notification secret key</source>
        <translation>den geheimen Benachrichtigungsschlüssel</translation>
    </message>
    <message>
        <source>No known signature header was found.</source>
        <translation>Es wurde kein bekannter Signatur-Header gefunden.</translation>
    </message>
    <message>
        <source>There is no signature scheme named &apos;%1&apos;.</source>
        <translation>Es gibt kein Signaturschema namens &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>The signature matches secret %1.</source>
        <translation>Die Signatur passt zu Secret %1.</translation>
    </message>
    <message>
        <source>No configured secret is usable here: this scheme needs %1.</source>
        <translation>Kein konfiguriertes Secret ist hier verwendbar: Dieses Schema braucht %1.</translation>
    </message>
    <message>
        <source>The %1 header is missing.</source>
        <translation>Der Header %1 fehlt.</translation>
    </message>
    <message>
        <source>The %1 header cannot be read: %2</source>
        <translation>Der Header %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>No secret is configured for %1, so the signature was not checked.</source>
        <translation>Für %1 ist kein Secret konfiguriert, daher wurde die Signatur nicht geprüft.</translation>
    </message>
    <message>
        <source>%1 signs the URL: give the full URL the provider called.</source>
        <translation>%1 signiert die URL: Geben Sie die vollständige URL an, die der Anbieter aufgerufen hat.</translation>
    </message>
    <message>
        <source>The %1 header carries no %2 signature (it has: %3).</source>
        <translation>Der Header %1 enthält keine %2-Signatur (er enthält: %3).</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>The signature does not match the secret: expected %1, received %2.</source>
        <translation>Die Signatur passt nicht zum Secret: erwartet %1, empfangen %2.</translation>
    </message>
    <message>
        <source>The signature matches none of the %1 secrets: expected %2 (the first usable secret), received %3.</source>
        <translation>Die Signatur passt zu keinem der %1 Secrets: erwartet %2 (das erste verwendbare Secret), empfangen %3.</translation>
    </message>
    <message>
        <source>The signature %1 does not verify with the configured public key(s).</source>
        <translation>Die Signatur %1 lässt sich mit den konfigurierten öffentlichen Schlüsseln nicht verifizieren.</translation>
    </message>
    <message>
        <source>The timestamp is too old: %1 s before the verification time, %2 s more than the %3 s allowed. %4</source>
        <translation>Der Zeitstempel ist zu alt: %1 s vor dem Prüfzeitpunkt, %2 s mehr als die erlaubten %3 s. %4</translation>
    </message>
    <message>
        <source>The timestamp is too new: %1 s after the verification time, %2 s more than the %3 s allowed. %4</source>
        <translation>Der Zeitstempel ist zu neu: %1 s nach dem Prüfzeitpunkt, %2 s mehr als die erlaubten %3 s. %4</translation>
    </message>
    <message>
        <source>it is not base64</source>
        <translation>Er ist nicht in Base64</translation>
    </message>
    <message>
        <source>the verification key (base64 P-256 public key)</source>
        <translation>den Prüfschlüssel (öffentlicher P-256-Schlüssel in Base64)</translation>
    </message>
    <message>
        <source>sendgrid signing needs a P-256 private key of your own (base64 DER or PEM)</source>
        <translation>Zum Signieren für sendgrid ist ein eigener privater P-256-Schlüssel nötig (DER in Base64 oder PEM)</translation>
    </message>
    <message>
        <source>the app&apos;s client secret</source>
        <translation>das Client-Secret der App</translation>
    </message>
    <message>
        <source>shopify signs with the app&apos;s client secret</source>
        <translation>shopify signiert mit dem Client-Secret der App</translation>
    </message>
    <message>
        <source>the webhook secret token</source>
        <translation>das Secret-Token des Webhooks</translation>
    </message>
    <message>
        <source>the signing secret</source>
        <translation>das Signatur-Secret</translation>
    </message>
    <message>
        <source>%1 signs with its secret</source>
        <translation>%1 signiert mit seinem Secret</translation>
    </message>
    <message>
        <source>the subscription&apos;s signature key</source>
        <translation>den Signaturschlüssel des Abonnements</translation>
    </message>
    <message>
        <source>square signs the notification URL: give it</source>
        <translation>square signiert die Benachrichtigungs-URL: Geben Sie sie an</translation>
    </message>
    <message>
        <source>square signs with the subscription&apos;s signature key</source>
        <translation>square signiert mit dem Signaturschlüssel des Abonnements</translation>
    </message>
    <message>
        <source>a whsec_ secret (base64)</source>
        <translation>ein whsec_-Secret (Base64)</translation>
    </message>
    <message>
        <source>a whpk_ public key (or whsk_ private key)</source>
        <translation>einen öffentlichen whpk_-Schlüssel (oder privaten whsk_-Schlüssel)</translation>
    </message>
    <message>
        <source>standard-webhooks signs with a whsec_ secret (v1) or a whsk_ private key (v1a)</source>
        <translation>standard-webhooks signiert mit einem whsec_-Secret (v1) oder einem privaten whsk_-Schlüssel (v1a)</translation>
    </message>
    <message>
        <source>%1 signs with a whsec_ secret</source>
        <translation>%1 signiert mit einem whsec_-Secret</translation>
    </message>
    <message>
        <source>the endpoint secret (whsec_…)</source>
        <translation>das Endpoint-Secret (whsec_…)</translation>
    </message>
    <message>
        <source>A configured secret contains white space.</source>
        <translation>Ein konfiguriertes Secret enthält Leerraum.</translation>
    </message>
    <message>
        <source>the account&apos;s auth token</source>
        <translation>das Auth-Token des Kontos</translation>
    </message>
    <message>
        <source>The URL&apos;s signature matches, but the body is not the one signed: its SHA-256 is %1, the URL&apos;s bodySHA256 is %2.</source>
        <translation>Die Signatur der URL stimmt, aber der Body ist nicht der signierte: Sein SHA-256 ist %1, der bodySHA256 der URL ist %2.</translation>
    </message>
    <message>
        <source>twilio signs the URL: give the URL the request goes to</source>
        <translation>twilio signiert die URL: Geben Sie die URL an, an die die Anfrage geht</translation>
    </message>
    <message>
        <source>twilio signs with the account&apos;s auth token</source>
        <translation>twilio signiert mit dem Auth-Token des Kontos</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an RFC 3339 time</source>
        <translation>&apos;%1&apos; ist keine RFC-3339-Zeit</translation>
    </message>
    <message>
        <source>the subscription secret</source>
        <translation>das Secret des Abonnements</translation>
    </message>
    <message>
        <source>twitch signs with the subscription secret</source>
        <translation>twitch signiert mit dem Secret des Abonnements</translation>
    </message>
    <message>
        <source>The body was cut at the capture size limit, so its signature cannot be checked.</source>
        <translation>Der Body wurde an der Größengrenze der Aufzeichnung abgeschnitten, daher kann seine Signatur nicht geprüft werden.</translation>
    </message>
</context>
<context>
    <name>Hookbench::VerifyCommand</name>
    <message>
        <source>Checks a webhook request&apos;s signature the way the provider&apos;s receiver would, from the exact body bytes, and says why it fails.

Schemes: %1, auto (detected from the headers).

Exit codes: 0 valid, 1 invalid (or nothing to check), 2 usage error.</source>
        <translation>Prüft die Signatur einer Webhook-Anfrage wie der Empfänger des Anbieters, anhand der genauen Body-Bytes, und sagt, warum sie fehlschlägt.

Schemata: %1, auto (aus den Headern erkannt).

Exit-Codes: 0 gültig, 1 ungültig (oder nichts zu prüfen), 2 Aufruffehler.</translation>
    </message>
    <message>
        <source>Accept timestamps this many seconds off (default: the scheme&apos;s own; 0 turns the time check off).</source>
        <translation>Zeitstempel akzeptieren, die um so viele Sekunden abweichen (Standard: der Wert des Schemas; 0 schaltet die Zeitprüfung ab).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>say which scheme: --scheme NAME (or auto)</source>
        <translation>Schema angeben: --scheme NAME (oder auto)</translation>
    </message>
    <message>
        <source>unknown scheme &apos;%1&apos;; known: %2, auto</source>
        <translation>unbekanntes Schema &apos;%1&apos;; bekannt: %2, auto</translation>
    </message>
    <message>
        <source>give the secret or key: --secret KEY</source>
        <translation>Secret oder Schlüssel angeben: --secret SCHLÜSSEL</translation>
    </message>
    <message>
        <source>--tolerance takes whole seconds, not &apos;%1&apos;</source>
        <translation>--tolerance erwartet ganze Sekunden, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected  %1</source>
        <translation>erwartet   %1</translation>
    </message>
    <message>
        <source>received  %1</source>
        <translation>empfangen  %1</translation>
    </message>
</context>
</TS>
