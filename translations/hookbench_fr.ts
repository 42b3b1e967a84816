<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Hookbench::ApiSettingsDialog</name>
    <message>
        <source>Serve the automation API</source>
        <translation>Servir l’API d’automatisation</translation>
    </message>
    <message>
        <source>Automation API</source>
        <translation>API d’automatisation</translation>
    </message>
    <message>
        <source>Scripts and CI jobs can list, read and delete captured events over HTTP, sending &quot;Authorization: Bearer&quot; and the token. Requests from web pages are refused. Keep the address on 127.0.0.1 unless other machines must reach it.</source>
        <translation>Les scripts et les jobs de CI peuvent lister, lire et supprimer les événements capturés par HTTP, en envoyant &quot;Authorization: Bearer&quot; et le jeton. Les requêtes venant de pages web sont refusées. Gardez l’adresse 127.0.0.1 sauf si d’autres machines doivent y accéder.</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse :</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL :</translation>
    </message>
    <message>
        <source>Copy URL</source>
        <translation>Copier l’URL</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Jeton :</translation>
    </message>
    <message>
        <source>Copy token</source>
        <translation>Copier le jeton</translation>
    </message>
    <message>
        <source>(not running)</source>
        <translation>(arrêtée)</translation>
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
        <translation>Capture</translation>
    </message>
    <message>
        <source>Capturing on </source>
        <translation>Capture sur </translation>
    </message>
    <message>
        <source>Copy URL</source>
        <translation>Copier l’URL</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Hookbench</source>
        <translation>À &amp;propos de Hookbench</translation>
    </message>
    <message>
        <source>About Hookbench</source>
        <translation>À propos de Hookbench</translation>
    </message>
    <message>
        <source>Hookbench %1
A webhook workbench: capture, inspect, verify and replay webhooks, all on your machine.</source>
        <translation>Hookbench %1
Un atelier pour webhooks : capturer, inspecter, vérifier et rejouer des webhooks, le tout sur votre machine.</translation>
    </message>
    <message>
        <source>Nothing is being captured: the store cannot be opened. %1
Choose another location with --db PATH.</source>
        <translation>Rien n’est capturé : impossible d’ouvrir le stockage. %1
Choisissez un autre emplacement avec --db CHEMIN.</translation>
    </message>
    <message>
        <source>Nothing is being captured.</source>
        <translation>Rien n’est capturé.</translation>
    </message>
    <message>
        <source>%1
Requests are answered with 503 (so providers retry) until writing works again.</source>
        <translation>%1
Les requêtes reçoivent 503 (pour que les fournisseurs réessaient) jusqu’à ce que l’écriture fonctionne à nouveau.</translation>
    </message>
    <message>
        <source>%1. Is another program using that port? Start Hookbench with --listen 127.0.0.1:0 to pick a free one.</source>
        <translation>%1. Un autre programme utilise-t-il ce port ? Lancez Hookbench avec --listen 127.0.0.1:0 pour en choisir un libre.</translation>
    </message>
    <message>
        <source>(no listener)</source>
        <translation>(aucune écoute)</translation>
    </message>
    <message>
        <source>No listener is running.</source>
        <translation>Aucune écoute n’est active.</translation>
    </message>
    <message>
        <source>Waiting for webhooks.

Point your provider (or a tunnel) at %1 — every request that arrives is stored exactly and shows up here.</source>
        <translation>En attente de webhooks.

Dirigez votre fournisseur (ou un tunnel) vers %1 : chaque requête reçue est enregistrée à l’identique et apparaît ici.</translation>
    </message>
    <message>
        <source>Hookbench — %1</source>
        <translation>Hookbench — %1</translation>
    </message>
    <message>
        <source>Captured this session: %1</source>
        <translation>Capturées pendant cette session : %1</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Stockage : %1</translation>
    </message>
    <message>
        <source>Finishing requests in flight…</source>
        <translation>Fin des requêtes en cours…</translation>
    </message>
    <message>
        <source>Automation &amp;API…</source>
        <translation>&amp;API d’automatisation…</translation>
    </message>
    <message>
        <source>The automation API is not running: %1</source>
        <translation>L’API d’automatisation ne tourne pas : %1</translation>
    </message>
    <message>
        <source>API: %1</source>
        <translation>API : %1</translation>
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
        <translation>Reçue</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Corps</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>malformed</source>
        <translation>mal formée</translation>
    </message>
    <message>
        <source>headers too large</source>
        <translation>en-têtes trop grands</translation>
    </message>
    <message>
        <source>body too large</source>
        <translation>corps trop grand</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>délai dépassé</translation>
    </message>
    <message>
        <source>too many connections</source>
        <translation>trop de connexions</translation>
    </message>
    <message>
        <source>cut off by the client</source>
        <translation>interrompue par le client</translation>
    </message>
</context>
</TS>
