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
        <translation>Les scripts et les jobs de CI peuvent lister, lire et supprimer les événements capturés par HTTP, en envoyant «&#xa0;Authorization: Bearer&#xa0;» et le jeton. Les requêtes venant de pages web sont refusées. Gardez l’adresse 127.0.0.1 sauf si d’autres machines doivent y accéder.</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL&#xa0;:</translation>
    </message>
    <message>
        <source>Copy URL</source>
        <translation>Copier l’URL</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Jeton&#xa0;:</translation>
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
    <name>Hookbench::BodyPage</name>
    <message>
        <source>Could not undo Content-Encoding &quot;%1&quot; (%2); showing the bytes as received.</source>
        <translation>Impossible de défaire le Content-Encoding «&#xa0;%1&#xa0;» (%2)&#xa0;; les octets sont affichés tels que reçus.</translation>
    </message>
    <message>
        <source>Decoded from %1 for display: %2 bytes received, %3 bytes decoded.</source>
        <translation>Décodé depuis %1 pour l’affichage&#xa0;: %2 octets reçus, %3 octets décodés.</translation>
    </message>
    <message>
        <source>Only the first %1 of %2 bytes were captured (body size limit).</source>
        <translation>Seuls les %1 premiers octets sur %2 ont été capturés (taille maximale du corps).</translation>
    </message>
    <message>
        <source>This request has no body.</source>
        <translation>Cette requête n’a pas de corps.</translation>
    </message>
    <message>
        <source>Invalid JSON at line %1, column %2: %3</source>
        <translation>JSON invalide à la ligne %1, colonne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>1 form field.</source>
        <translation>1 champ de formulaire.</translation>
    </message>
    <message>
        <source>%1 form fields.</source>
        <translation>%1 champs de formulaire.</translation>
    </message>
    <message>
        <source>XML is not well-formed at line %1, column %2: %3</source>
        <translation>XML mal formé à la ligne %1, colonne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Binary payload, %1 bytes — see the Hex tab.</source>
        <translation>Contenu binaire, %1 octets — voir l’onglet Hex.</translation>
    </message>
    <message>
        <source>Showing the first %1 KB of the text; the Hex tab has all the bytes.</source>
        <translation>Affichage des %1 premiers Ko du texte&#xa0;; l’onglet Hex contient tous les octets.</translation>
    </message>
    <message>
        <source>Very long lines are broken for display.</source>
        <translation>Les lignes très longues sont coupées pour l’affichage.</translation>
    </message>
</context>
<context>
    <name>Hookbench::DeliveriesModel</name>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>In Progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échoué</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Démarré</translation>
    </message>
    <message>
        <source>Failure reason</source>
        <translation>Cause de l’échec</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Host name not found</source>
        <translation>Nom d’hôte introuvable</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Connexion refusée</translation>
    </message>
    <message>
        <source>TLS failure</source>
        <translation>Échec TLS</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Délai dépassé</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>Erreur réseau</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrompu</translation>
    </message>
    <message>
        <source>Could not sign</source>
        <translation>Échec de la signature</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Tentative</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
</context>
<context>
    <name>Hookbench::DeliveriesPage</name>
    <message>
        <source>No deliveries yet: resend this event to a target to see each attempt here.</source>
        <translation>Aucun envoi pour l’instant&#xa0;: renvoyez cet événement vers une cible pour voir ici chaque tentative.</translation>
    </message>
    <message>
        <source>&amp;Resend</source>
        <translation>&amp;Renvoyer</translation>
    </message>
    <message>
        <source>&amp;Edit and Resend…</source>
        <translation>&amp;Modifier et renvoyer…</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>Re&amp;lancer</translation>
    </message>
    <message>
        <source>&amp;Cancel Delivery</source>
        <translation>&amp;Annuler l’envoi</translation>
    </message>
    <message>
        <source>Com&amp;pare Responses</source>
        <translation>&amp;Comparer les réponses</translation>
    </message>
    <message>
        <source>Send this event again, unchanged, to a target</source>
        <translation>Renvoyer cet événement, sans modification, vers une cible</translation>
    </message>
    <message>
        <source>Change the method, path, headers or body, re-sign, and send</source>
        <translation>Modifier la méthode, le chemin, les en-têtes ou le corps, signer à nouveau et envoyer</translation>
    </message>
    <message>
        <source>One more attempt of the selected failed or cancelled delivery</source>
        <translation>Faire une nouvelle tentative de l’envoi sélectionné, échoué ou annulé</translation>
    </message>
    <message>
        <source>Compare the responses of the two selected deliveries</source>
        <translation>Comparer les réponses des deux envois sélectionnés</translation>
    </message>
    <message>
        <source>Compare Responses</source>
        <translation>Comparer les réponses</translation>
    </message>
</context>
<context>
    <name>Hookbench::DeliveriesWindow</name>
    <message>
        <source>Re&amp;try</source>
        <translation>Re&amp;lancer</translation>
    </message>
    <message>
        <source>&amp;Cancel Delivery</source>
        <translation>&amp;Annuler l’envoi</translation>
    </message>
    <message>
        <source>Show &amp;Event</source>
        <translation>Afficher l’é&amp;vénement</translation>
    </message>
    <message>
        <source>Deliveries — Hookbench</source>
        <translation>Envois — Hookbench</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>É&amp;tat&#xa0;:</translation>
    </message>
    <message>
        <source>The newest %1 deliveries</source>
        <translation>Les %1 envois les plus récents</translation>
    </message>
    <message>
        <source>Deliveries: %1</source>
        <translation>Livraisons&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Hookbench::DeliveryAttempt</name>
    <message>
        <source>no PEM certificate could be read from the CA file %1</source>
        <translation>aucun certificat PEM n’a pu être lu dans le fichier de CA %1</translation>
    </message>
    <message>
        <source>no complete answer within %1 ms</source>
        <translation>pas de réponse complète en %1 ms</translation>
    </message>
    <message>
        <source>cancelled while in progress</source>
        <translation>annulé en cours d’exécution</translation>
    </message>
    <message>
        <source>the target answered %1 %2</source>
        <translation>la cible a répondu %1 %2</translation>
    </message>
    <message>
        <source>the TLS handshake did not complete (%1); does the target speak https?</source>
        <translation>la négociation TLS n’a pas abouti (%1)&#xa0;; la cible parle-t-elle https&#xa0;?</translation>
    </message>
</context>
<context>
    <name>Hookbench::DeliveryEngine</name>
    <message>
        <source>the delivery engine is not running</source>
        <translation>le moteur d’envoi ne tourne pas</translation>
    </message>
    <message>
        <source>a delivery needs the captured request it replays</source>
        <translation>un envoi nécessite la requête capturée qu’il rejoue</translation>
    </message>
    <message>
        <source>signing with %1 needs a secret</source>
        <translation>signer avec %1 nécessite un secret</translation>
    </message>
</context>
<context>
    <name>Hookbench::DeliveryInspector</name>
    <message>
        <source>Request Sent</source>
        <translation>Requête envoyée</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Select a delivery to see what was sent and what came back.</source>
        <translation>Sélectionnez un envoi pour voir ce qui a été envoyé et ce qui est revenu.</translation>
    </message>
    <message>
        <source>%1 · attempt %2 · %3</source>
        <translation>%1 · tentative %2 · %3</translation>
    </message>
    <message>
        <source>Not sent yet.</source>
        <translation>Pas encore envoyé.</translation>
    </message>
    <message>
        <source>Waiting for the answer…</source>
        <translation>En attente de la réponse…</translation>
    </message>
    <message>
        <source>No answer.</source>
        <translation>Aucune réponse.</translation>
    </message>
    <message>
        <source>No answer: %1</source>
        <translation>Aucune réponse&#xa0;: %1</translation>
    </message>
    <message>
        <source>  (%1 ms)</source>
        <translation>  (%1 ms)</translation>
    </message>
    <message>
        <source>(%1 of binary data)</source>
        <translation>(%1 de données binaires)</translation>
    </message>
</context>
<context>
    <name>Hookbench::DeliverySettings</name>
    <message>
        <source>&apos;%1&apos; is not an http:// or https:// URL with a host</source>
        <translation>&apos;%1&apos; n’est pas une URL http:// ou https:// avec un hôte</translation>
    </message>
    <message>
        <source>the timeout must be positive</source>
        <translation>le délai d’expiration doit être positif</translation>
    </message>
    <message>
        <source>the number of attempts must be between 1 and 100</source>
        <translation>le nombre de tentatives doit être compris entre 1 et 100</translation>
    </message>
    <message>
        <source>the backoff cap must be at least the backoff base, both not negative</source>
        <translation>le plafond du backoff doit être au moins égal à sa base, et aucun des deux ne doit être négatif</translation>
    </message>
    <message>
        <source>at least one attempt must be allowed in flight</source>
        <translation>au moins une tentative en cours doit être autorisée</translation>
    </message>
    <message>
        <source>self-signed certificates are accepted only for targets on this machine (localhost, 127.0.0.1, ::1), not for %1</source>
        <translation>les certificats auto-signés ne sont acceptés que pour les cibles sur cette machine (localhost, 127.0.0.1, ::1), pas pour %1</translation>
    </message>
    <message>
        <source>unknown signing scheme &apos;%1&apos; (one of %2)</source>
        <translation>schéma de signature inconnu &apos;%1&apos; (connus&#xa0;: %2)</translation>
    </message>
</context>
<context>
    <name>Hookbench::DeliveryWorker</name>
    <message>
        <source>there is no delivery %1</source>
        <translation>il n’existe aucun envoi %1</translation>
    </message>
    <message>
        <source>only a failed or cancelled delivery can be retried; %1 is %2</source>
        <translation>seul un envoi échoué ou annulé peut être relancé&#xa0;; l’état de %1 est %2</translation>
    </message>
    <message>
        <source>attempt %1 of this delivery is still under way (%2)</source>
        <translation>la tentative %1 de cet envoi est toujours en cours (%2)</translation>
    </message>
    <message>
        <source>cancelled before it started</source>
        <translation>annulé avant de commencer</translation>
    </message>
    <message>
        <source>unknown signing scheme &apos;%1&apos;</source>
        <translation>schéma de signature inconnu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no signing key: it was given to a Hookbench that has quit since</source>
        <translation>aucune clé de signature&#xa0;: elle avait été confiée à un Hookbench fermé depuis</translation>
    </message>
    <message>
        <source>the signing secret %1 is not available</source>
        <translation>le secret de signature %1 n’est pas disponible</translation>
    </message>
</context>
<context>
    <name>Hookbench::DiffDialog</name>
    <message>
        <source>No difference between %1 and %2.</source>
        <translation>Aucune différence entre %1 et %2.</translation>
    </message>
    <message>
        <source>− %1 (%2 lines removed)   + %3 (%4 lines added)</source>
        <translation>− %1 (%2 lignes supprimées)   + %3 (%4 lignes ajoutées)</translation>
    </message>
</context>
<context>
    <name>Hookbench::EncryptedFileVault</name>
    <message>
        <source>No random bytes or key derivation available for %1.</source>
        <translation>Ni octets aléatoires ni dérivation de clé disponibles pour %1.</translation>
    </message>
    <message>
        <source>Cannot read the secrets file %1: %2</source>
        <translation>Impossible de lire le fichier de secrets %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a Hookbench secrets file.</source>
        <translation>%1 n’est pas un fichier de secrets Hookbench.</translation>
    </message>
    <message>
        <source>The passphrase does not open %1 (or the file was altered).</source>
        <translation>La phrase secrète n’ouvre pas %1 (ou le fichier a été modifié).</translation>
    </message>
    <message>
        <source>Encrypting the secrets file failed.</source>
        <translation>Le chiffrement du fichier de secrets a échoué.</translation>
    </message>
    <message>
        <source>Cannot write the secrets file %1: %2</source>
        <translation>Impossible d’écrire le fichier de secrets %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Hookbench::EventDetailView</name>
    <message>
        <source>Overview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Corps</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>En-têtes</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Brut</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Envois</translation>
    </message>
    <message>
        <source>Headers (%1)</source>
        <translation>En-têtes (%1)</translation>
    </message>
    <message>
        <source>Nothing was received for this request.</source>
        <translation>Rien n’a été reçu pour cette requête.</translation>
    </message>
    <message>
        <source>Select an event to see its details.</source>
        <translation>Sélectionnez un événement pour voir ses détails.</translation>
    </message>
</context>
<context>
    <name>Hookbench::EventTableModel</name>
    <message>
        <source>%1  · new</source>
        <translation>%1  · nouveau</translation>
    </message>
    <message>
        <source>%1 is not in the %2 catalog: a new or undocumented event type</source>
        <translation>%1 n’est pas dans le catalogue %2&#xa0;: type d’événement nouveau ou non documenté</translation>
    </message>
    <message>
        <source>provider&apos;s</source>
        <translation>du fournisseur</translation>
    </message>
    <message>
        <source>Not resent yet</source>
        <translation>Pas encore renvoyé</translation>
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
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Type d’événement</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Envois</translation>
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
    <message>
        <source>✔ valid</source>
        <translation>✔ valide</translation>
    </message>
    <message>
        <source>✘ invalid</source>
        <translation>✘ invalide</translation>
    </message>
    <message>
        <source>no secret</source>
        <translation>aucun secret</translation>
    </message>
    <message>
        <source>Not verified yet</source>
        <translation>Pas encore vérifiée</translation>
    </message>
    <message>
        <source>Signature valid (%1)</source>
        <translation>Signature valide (%1)</translation>
    </message>
    <message>
        <source>No signature header of a known scheme</source>
        <translation>Aucun en-tête de signature d’un schéma connu</translation>
    </message>
    <message>
        <source>Not checked: no secret configured for %1 (File › Signing Secrets…)</source>
        <translation>Non vérifiée&#xa0;: aucun secret configuré pour %1 (Fichier › Secrets de signature…)</translation>
    </message>
    <message>
        <source>Not checked: no configured secret is a key %1 can use</source>
        <translation>Non vérifiée&#xa0;: aucun secret configuré n’est une clé utilisable par %1</translation>
    </message>
    <message>
        <source>Not checked: the body was cut at the capture size limit</source>
        <translation>Non vérifiée&#xa0;: le corps a été tronqué à la taille maximale de capture</translation>
    </message>
    <message>
        <source>Invalid (%1): a signature header is missing</source>
        <translation>Invalide (%1)&#xa0;: un en-tête de signature est absent</translation>
    </message>
    <message>
        <source>Invalid (%1): a signature header cannot be read</source>
        <translation>Invalide (%1)&#xa0;: un en-tête de signature est illisible</translation>
    </message>
    <message>
        <source>Invalid (%1): the signed URL is unknown</source>
        <translation>Invalide (%1)&#xa0;: l’URL signée est inconnue</translation>
    </message>
    <message>
        <source>Invalid (%1): only signature versions it does not check</source>
        <translation>Invalide (%1)&#xa0;: uniquement des versions de signature que ce schéma ne vérifie pas</translation>
    </message>
    <message>
        <source>Invalid (%1): the timestamp is too old</source>
        <translation>Invalide (%1)&#xa0;: l’horodatage est trop ancien</translation>
    </message>
    <message>
        <source>Invalid (%1): the timestamp is in the future</source>
        <translation>Invalide (%1)&#xa0;: l’horodatage est dans le futur</translation>
    </message>
    <message>
        <source>Invalid (%1): the body hash does not match</source>
        <translation>Invalide (%1)&#xa0;: le hachage du corps ne correspond pas</translation>
    </message>
    <message>
        <source>Invalid (%1): the signature does not match</source>
        <translation>Invalide (%1)&#xa0;: la signature ne correspond pas</translation>
    </message>
    <message>
        <source>Attempts to resend it: %1; the last: %2</source>
        <translation>Tentatives de renvoi&#xa0;: %1&#xa0;; la dernière&#xa0;: %2</translation>
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
        <translation>en-tête</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
</context>
<context>
    <name>Hookbench::FindBar</name>
    <message>
        <source>Find in text</source>
        <translation>Rechercher dans le texte</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Occurrence précédente (Maj+F3)</translation>
    </message>
    <message>
        <source>Next match (F3, Enter)</source>
        <translation>Occurrence suivante (F3, Entrée)</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>introuvable</translation>
    </message>
    <message>
        <source>%1 of %2+</source>
        <translation>%1 sur %2+</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>Hookbench::Forwarder</name>
    <message>
        <source>Its query “%1” cannot be used: %2</source>
        <translation>Sa recherche «&#xa0;%1&#xa0;» est inutilisable&#xa0;: %2</translation>
    </message>
    <message>
        <source>Its target %1 does not exist.</source>
        <translation>Sa cible %1 n’existe pas.</translation>
    </message>
    <message>
        <source>It has no target (the target was removed).</source>
        <translation>Elle n’a pas de cible (la cible a été supprimée).</translation>
    </message>
    <message>
        <source>Its target “%1” refuses the request: %2</source>
        <translation>Sa cible «&#xa0;%1&#xa0;» refuse la requête&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Hookbench::ForwardingRulesDialog</name>
    <message>
        <source>&amp;Forward matching events</source>
        <translation>&amp;Transférer les événements correspondants</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Forwarding Rules</source>
        <translation>Règles de transfert</translation>
    </message>
    <message>
        <source>Every event captured from now on that matches a rule&apos;s query is sent to its target, as captured (re-signed when the target has a signing profile).</source>
        <translation>Chaque événement capturé à partir de maintenant qui correspond à la recherche d’une règle est envoyé à sa cible tel que capturé (signé à nouveau si la cible a un profil de signature).</translation>
    </message>
    <message>
        <source>&amp;New Rule</source>
        <translation>N&amp;ouvelle règle</translation>
    </message>
    <message>
        <source>The search language of the event list; empty: every event</source>
        <translation>Le langage de recherche de la liste d’événements&#xa0;; vide&#xa0;: tous les événements</translation>
    </message>
    <message>
        <source>&amp;Targets…</source>
        <translation>&amp;Cibles…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Query:</source>
        <translation>&amp;Recherche&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Send to:</source>
        <translation>&amp;Envoyer à&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Save Rule</source>
        <translation>Enre&amp;gistrer la règle</translation>
    </message>
    <message>
        <source>Remove Rule</source>
        <translation>Supprimer la règle</translation>
    </message>
    <message>
        <source>Remove the rule &quot;%1&quot;?</source>
        <translation>Supprimer la règle «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No targets yet: add one with Targets…</source>
        <translation>Aucune cible pour l’instant&#xa0;: ajoutez-en une avec Cibles…</translation>
    </message>
    <message>
        <source>every event</source>
        <translation>tous les événements</translation>
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
        <translation>%1 (désactivée)
%2</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>Nouvelle règle</translation>
    </message>
    <message>
        <source>✘ %1</source>
        <translation>✘ %1</translation>
    </message>
    <message>
        <source>Matches every event</source>
        <translation>Correspond à tous les événements</translation>
    </message>
    <message>
        <source>✔ Valid query</source>
        <translation>✔ Recherche valide</translation>
    </message>
    <message>
        <source>Give the rule a name.</source>
        <translation>Donnez un nom à la règle.</translation>
    </message>
    <message>
        <source>The query cannot be used: %1</source>
        <translation>La recherche est inutilisable&#xa0;: %1</translation>
    </message>
    <message>
        <source>Choose the target to send to (add one with Targets…).</source>
        <translation>Choisissez la cible à laquelle envoyer (ajoutez-en une avec Cibles…).</translation>
    </message>
    <message>
        <source>The rule could not be saved: %1</source>
        <translation>Impossible d’enregistrer la règle&#xa0;: %1</translation>
    </message>
    <message>
        <source>The rule could not be removed: %1</source>
        <translation>Impossible de supprimer la règle&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Hookbench::HeadersPage</name>
    <message>
        <source>Copy selected</source>
        <translation>Copier la sélection</translation>
    </message>
    <message>
        <source>Copy all</source>
        <translation>Tout copier</translation>
    </message>
    <message>
        <source>Copy every header as &quot;Name: value&quot; lines</source>
        <translation>Copier tous les en-têtes sous forme de lignes «&#xa0;Nom: valeur&#xa0;»</translation>
    </message>
    <message>
        <source>This request has no header fields.</source>
        <translation>Cette requête n’a aucun champ d’en-tête.</translation>
    </message>
</context>
<context>
    <name>Hookbench::HexModel</name>
    <message>
        <source>Offset</source>
        <translation>Décalage</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
</context>
<context>
    <name>Hookbench::JsonBodyView</name>
    <message>
        <source>Copy value</source>
        <translation>Copier la valeur</translation>
    </message>
    <message>
        <source>Copy JSON path</source>
        <translation>Copier le chemin JSON</translation>
    </message>
    <message>
        <source>Expand all</source>
        <translation>Tout déplier</translation>
    </message>
    <message>
        <source>Expand every object and array in the tree</source>
        <translation>Déplier chaque objet et tableau de l’arbre</translation>
    </message>
    <message>
        <source>Collapse all</source>
        <translation>Tout replier</translation>
    </message>
    <message>
        <source>The text shows the first %1 KB of the indented JSON; the tree has all %2 values.</source>
        <translation>Le texte montre les %1 premiers Ko du JSON indenté&#xa0;; l’arbre contient les %2 valeurs.</translation>
    </message>
    <message>
        <source>Colouring is off for large documents.</source>
        <translation>La coloration est désactivée pour les gros documents.</translation>
    </message>
    <message>
        <source>Very long lines are broken for display.</source>
        <translation>Les lignes très longues sont coupées pour l’affichage.</translation>
    </message>
    <message>
        <source>Expanded one level: expanding everything would show too many rows.</source>
        <translation>Un niveau déplié&#xa0;: tout déplier afficherait trop de lignes.</translation>
    </message>
    <message>
        <source>Expanded %1 levels: expanding everything would show too many rows.</source>
        <translation>%1 niveaux dépliés&#xa0;: tout déplier afficherait trop de lignes.</translation>
    </message>
</context>
<context>
    <name>Hookbench::JsonTreeModel</name>
    <message>
        <source>{1 key}</source>
        <translation>{1 clé}</translation>
    </message>
    <message>
        <source>{%1 keys}</source>
        <translation>{%1 clés}</translation>
    </message>
    <message>
        <source>[1 item]</source>
        <translation>[1 élément]</translation>
    </message>
    <message>
        <source>[%1 items]</source>
        <translation>[%1 éléments]</translation>
    </message>
    <message>
        <source>object</source>
        <translation>objet</translation>
    </message>
    <message>
        <source>array</source>
        <translation>tableau</translation>
    </message>
    <message>
        <source>string</source>
        <translation>chaîne</translation>
    </message>
    <message>
        <source>number</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>booléen</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>Hookbench::KeychainVault</name>
    <message>
        <source>No keychain is available (%1).</source>
        <translation>Aucun trousseau n’est disponible (%1).</translation>
    </message>
    <message>
        <source>Access to the keychain was refused.</source>
        <translation>L’accès au trousseau a été refusé.</translation>
    </message>
    <message>
        <source>The keychain denied access (%1).</source>
        <translation>Le trousseau a refusé l’accès (%1).</translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation>Échec du trousseau&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Hookbench::ListenersPage</name>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> Mio</translation>
    </message>
    <message>
        <source> KiB</source>
        <translation> Kio</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
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
        <translation>Limite du corps</translation>
    </message>
    <message>
        <source>Header limit</source>
        <translation>Limite des en-têtes</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Délai</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Stored with each request it captures</source>
        <translation>Enregistré avec chaque requête capturée</translation>
    </message>
    <message>
        <source>127.0.0.1 accepts requests from this computer only (a tunnel included); 0.0.0.0 from every network</source>
        <translation>127.0.0.1 n’accepte que les requêtes de cet ordinateur (tunnel compris)&#xa0;; 0.0.0.0 celles de tous les réseaux</translation>
    </message>
    <message>
        <source>Any free port</source>
        <translation>N’importe quel port libre</translation>
    </message>
    <message>
        <source>Larger bodies are answered with 413</source>
        <translation>Les corps plus grands reçoivent 413</translation>
    </message>
    <message>
        <source>Larger request heads are answered with 431</source>
        <translation>Les en-têtes de requête plus grands reçoivent 431</translation>
    </message>
    <message>
        <source>Requests taking longer are answered with 408</source>
        <translation>Les requêtes plus longues reçoivent 408</translation>
    </message>
    <message>
        <source>Connections beyond this are answered with 503</source>
        <translation>Les connexions au-delà reçoivent 503</translation>
    </message>
    <message>
        <source>One rule per line: PREFIX=STATUS[,delay=MS][,header=Name: value][,body=TEXT]. {id} in TEXT is the captured request&apos;s id. Other requests are answered 200 with their id.</source>
        <translation>Une règle par ligne&#xa0;: PREFIX=STATUS[,delay=MS][,header=Name: value][,body=TEXT]. {id} dans TEXT est l’identifiant de la requête capturée. Les autres requêtes reçoivent 200 avec leur identifiant.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>A&amp;dresse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port&#xa0;:</translation>
    </message>
    <message>
        <source>Largest &amp;body:</source>
        <translation>&amp;Corps max.&#xa0;:</translation>
    </message>
    <message>
        <source>Largest &amp;head:</source>
        <translation>&amp;En-tête max.&#xa0;:</translation>
    </message>
    <message>
        <source>Request &amp;timeout:</source>
        <translation>Délai d’e&amp;xpiration&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Connections:</source>
        <translation>Connex&amp;ions&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Response rules:</source>
        <translation>&amp;Règles de réponse&#xa0;:</translation>
    </message>
    <message>
        <source>listener %1</source>
        <translation>écoute %1</translation>
    </message>
    <message>
        <source>any</source>
        <translation>quelconque</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Give the listener a name: it is stored with each request it captures.</source>
        <translation>Donnez un nom à l’écoute&#xa0;: il est enregistré avec chaque requête capturée.</translation>
    </message>
    <message>
        <source>Enter the address to listen on: 127.0.0.1 for this computer only, 0.0.0.0 for every network.</source>
        <translation>Saisissez l’adresse d’écoute&#xa0;: 127.0.0.1 pour cet ordinateur seulement, 0.0.0.0 pour tous les réseaux.</translation>
    </message>
    <message>
        <source>“%1” is not an IP address. Use one such as 127.0.0.1 (this computer only) or 0.0.0.0 (every network).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse IP. Utilisez par exemple 127.0.0.1 (cet ordinateur seulement) ou 0.0.0.0 (tous les réseaux).</translation>
    </message>
    <message>
        <source>Another listener is also named “%1”: each needs a name of its own.</source>
        <translation>Une autre écoute s’appelle aussi «&#xa0;%1&#xa0;»&#xa0;: chacune doit avoir son propre nom.</translation>
    </message>
    <message>
        <source>Port %1 is also used by listener “%2”.</source>
        <translation>Le port %1 est aussi utilisé par l’écoute «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Response rule on line %1: %2</source>
        <translation>Règle de réponse à la ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Listener “%1”: %2</source>
        <translation>Écoute «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Add at least one listener: without one nothing is captured.</source>
        <translation>Ajoutez au moins une écoute&#xa0;: sans elle, rien n’est capturé.</translation>
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
        <source>Waiting for webhooks.

Point your provider (or a tunnel) at %1 — every request that arrives is stored exactly and shows up here.</source>
        <translation>En attente de webhooks.

Dirigez votre fournisseur (ou un tunnel) vers %1&#xa0;: chaque requête reçue est enregistrée à l’identique et apparaît ici.</translation>
    </message>
    <message>
        <source>Hookbench — %1</source>
        <translation>Hookbench — %1</translation>
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
        <translation>L’API d’automatisation ne tourne pas&#xa0;: %1</translation>
    </message>
    <message>
        <source>API: %1</source>
        <translation>API&#xa0;: %1</translation>
    </message>
    <message>
        <source>Copy the capture URL to the clipboard (Ctrl+Shift+C)</source>
        <translation>Copier l’URL de capture dans le presse-papiers (Ctrl+Maj+C)</translation>
    </message>
    <message>
        <source>Capturing</source>
        <translation>Capturer</translation>
    </message>
    <message>
        <source>Start or stop the listeners (Ctrl+R)</source>
        <translation>Démarrer ou arrêter les écoutes (Ctrl+R)</translation>
    </message>
    <message>
        <source>Follow new events</source>
        <translation>Suivre les nouveaux événements</translation>
    </message>
    <message>
        <source>Keep the newest event in view (F5)</source>
        <translation>Garder le dernier événement visible (F5)</translation>
    </message>
    <message>
        <source>Clear…</source>
        <translation>Vider…</translation>
    </message>
    <message>
        <source>Delete every stored event</source>
        <translation>Supprimer tous les événements enregistrés</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Find in Body</source>
        <translation>Rechercher dans le corps</translation>
    </message>
    <message>
        <source>Search Events</source>
        <translation>Rechercher des événements</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Capture</source>
        <translation>&amp;Capture</translation>
    </message>
    <message>
        <source>Hookbench %1
A webhook workbench: capture, inspect, verify and replay webhooks, all on your machine.

Built with Qt %2.</source>
        <translation>Hookbench %1
Un atelier pour webhooks&#xa0;: capturer, inspecter, vérifier et rejouer des webhooks, le tout sur votre machine.

Conçu avec Qt %2.</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Search not applied. %1</source>
        <translation>Recherche non appliquée. %1</translation>
    </message>
    <message>
        <source>Nothing is being captured: the store cannot be opened. %1
Choose another location in Settings or with --db PATH.</source>
        <translation>Rien n’est capturé&#xa0;: impossible d’ouvrir le stockage. %1
Choisissez un autre emplacement dans les paramètres ou avec --db CHEMIN.</translation>
    </message>
    <message>
        <source>The stored events cannot be read: %1</source>
        <translation>Impossible de lire les événements enregistrés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Deleting events stopped: %1</source>
        <translation>Suppression des événements interrompue&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1. Is another program using that port? Change it in Settings, or start Hookbench with --listen 127.0.0.1:0 to pick a free one.</source>
        <translation>%1. Un autre programme utilise-t-il ce port&#xa0;? Changez-le dans les paramètres ou lancez Hookbench avec --listen 127.0.0.1:0 pour en choisir un libre.</translation>
    </message>
    <message>
        <source>no listener is running</source>
        <translation>aucune écoute n’est active</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêtée</translation>
    </message>
    <message>
        <source>Start capturing</source>
        <translation>Démarrer la capture</translation>
    </message>
    <message>
        <source>Stop capturing</source>
        <translation>Arrêter la capture</translation>
    </message>
    <message>
        <source>Delete events</source>
        <translation>Supprimer des événements</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n selected event(s) from the store? This cannot be undone.</source>
        <translation>
            <numerusform>Supprimer %n événement sélectionné du stockage&#xa0;? Cette action est irréversible.</numerusform>
            <numerusform>Supprimer les %n événements sélectionnés du stockage&#xa0;? Cette action est irréversible.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear the store</source>
        <translation>Vider le stockage</translation>
    </message>
    <message numerus="yes">
        <source>Delete all %n stored event(s)? This cannot be undone.</source>
        <translation>
            <numerusform>Supprimer %n événement enregistré&#xa0;? Cette action est irréversible.</numerusform>
            <numerusform>Supprimer les %n événements enregistrés&#xa0;? Cette action est irréversible.</numerusform>
        </translation>
    </message>
    <message>
        <source>No event matches this search.</source>
        <translation>Aucun événement ne correspond à cette recherche.</translation>
    </message>
    <message>
        <source>Not capturing. Start capturing to receive webhooks.</source>
        <translation>Capture arrêtée. Démarrez la capture pour recevoir des webhooks.</translation>
    </message>
    <message>
        <source>%1 of %2 events shown</source>
        <translation>%1 événements affichés sur %2</translation>
    </message>
    <message>
        <source>Events: %1</source>
        <translation>Événements&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>Store: %1 (%2)</source>
        <translation>Stockage&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>The new store location is used from the next start.</source>
        <translation>Le nouvel emplacement de stockage sera utilisé au prochain démarrage.</translation>
    </message>
    <message>
        <source>The new language is used from the next start.</source>
        <translation>La nouvelle langue sera utilisée au prochain démarrage.</translation>
    </message>
    <message>
        <source>Signing &amp;Secrets…</source>
        <translation>&amp;Secrets de signature…</translation>
    </message>
    <message>
        <source>Signing secrets are unavailable: the store could not be opened for them.</source>
        <translation>Les secrets de signature sont indisponibles&#xa0;: le stockage n’a pas pu être ouvert pour eux.</translation>
    </message>
    <message>
        <source>Checking stored events again (signatures, catalogs): %1 of %2…</source>
        <translation>Nouvelle vérification des événements enregistrés (signatures, catalogues)&#xa0;: %1 sur %2…</translation>
    </message>
    <message>
        <source>&amp;Deliveries</source>
        <translation>&amp;Envois</translation>
    </message>
    <message>
        <source>&amp;Resend…</source>
        <translation>&amp;Renvoyer…</translation>
    </message>
    <message>
        <source>Send the selected events again, unchanged (Ctrl+Shift+R)</source>
        <translation>Renvoyer les événements sélectionnés, sans modification (Ctrl+Maj+R)</translation>
    </message>
    <message>
        <source>&amp;Edit and Resend…</source>
        <translation>&amp;Modifier et renvoyer…</translation>
    </message>
    <message>
        <source>Resend &amp;All Listed Events…</source>
        <translation>Renvoyer tous les événements &amp;listés…</translation>
    </message>
    <message>
        <source>All &amp;Deliveries</source>
        <translation>Tous les &amp;envois</translation>
    </message>
    <message>
        <source>&amp;Targets…</source>
        <translation>&amp;Cibles…</translation>
    </message>
    <message>
        <source>&amp;Forwarding Rules…</source>
        <translation>Règles de &amp;transfert…</translation>
    </message>
    <message>
        <source>Deliveries are unavailable: %1</source>
        <translation>Les envois sont indisponibles&#xa0;: %1</translation>
    </message>
    <message>
        <source>A delivery could not be queued: %1</source>
        <translation>Un envoi n’a pas pu être mis en file d’attente&#xa0;: %1</translation>
    </message>
    <message>
        <source>A forwarding rule sends nothing: %1</source>
        <translation>Une règle de transfert n’envoie rien&#xa0;: %1</translation>
    </message>
    <message>
        <source>The event could not be resent: %1</source>
        <translation>Impossible de renvoyer l’événement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Queuing deliveries…</source>
        <translation>Mise en file d’attente des envois…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>event %1: %2</source>
        <translation>événement %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>Forwarding rules are unavailable: the store&apos;s deliveries could not be opened.</source>
        <translation>Les règles de transfert sont indisponibles&#xa0;: les envois du stockage n’ont pas pu être ouverts.</translation>
    </message>
    <message>
        <source>Resend %1 Events</source>
        <translation>Renvoyer %1 événements</translation>
    </message>
    <message>
        <source>Resend cancelled. Deliveries already queued and not yet sent were cancelled too (queued: %1).</source>
        <translation>Renvoi annulé. Les livraisons déjà en file d’attente et pas encore envoyées ont aussi été annulées (en file&#xa0;: %1).</translation>
    </message>
    <message>
        <source>Events that could not be resent: %1; the first: %2</source>
        <translation>Événements qui n’ont pas pu être renvoyés&#xa0;: %1&#xa0;; le premier&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Hookbench::OutgoingRequest</name>
    <message>
        <source>&apos;%1&apos; is not a URL with a host</source>
        <translation>&apos;%1&apos; n’est pas une URL avec un hôte</translation>
    </message>
    <message>
        <source>the path &apos;%1&apos; must start with &apos;/&apos; and contain no spaces or control characters (percent-encode them)</source>
        <translation>le chemin &apos;%1&apos; doit commencer par &apos;/&apos; et ne contenir ni espaces ni caractères de contrôle (encodez-les en pourcentage)</translation>
    </message>
    <message>
        <source>a Linear body must be a JSON object to carry the signing time in webhookTimestamp</source>
        <translation>un corps Linear doit être un objet JSON pour porter l’heure de signature dans webhookTimestamp</translation>
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
        <translation>Requête</translation>
    </message>
    <message>
        <source>Request line</source>
        <translation>Ligne de requête</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>ID de requête</translation>
    </message>
    <message>
        <source>port %1</source>
        <translation>port %1</translation>
    </message>
    <message>
        <source>%1 (port %2)</source>
        <translation>%1 (port %2)</translation>
    </message>
    <message>
        <source>Listener</source>
        <translation>Écoute</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçue</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>1 byte</source>
        <translation>1 octet</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <source>(truncated: the first %1 bytes were kept)</source>
        <translation>(tronqué&#xa0;: les %1 premiers octets ont été conservés)</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Corps</translation>
    </message>
    <message>
        <source>Capture error</source>
        <translation>Erreur de capture</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>sans réponse</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>No event envelope was recognized in this request.</source>
        <translation>Aucune enveloppe d’événement n’a été reconnue dans cette requête.</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Type d’événement</translation>
    </message>
    <message>
        <source>Event id</source>
        <translation>ID d’événement</translation>
    </message>
    <message>
        <source>Occurred at</source>
        <translation>Survenu le</translation>
    </message>
    <message>
        <source>Resource type</source>
        <translation>Type de ressource</translation>
    </message>
    <message>
        <source>Resource id</source>
        <translation>ID de ressource</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>Version de l’API</translation>
    </message>
    <message>
        <source>Caused by request</source>
        <translation>Causé par la requête</translation>
    </message>
    <message>
        <source>Idempotency key</source>
        <translation>Clé d’idempotence</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>known event type</source>
        <translation>type d’événement connu</translation>
    </message>
    <message>
        <source>not in the catalog</source>
        <translation>absent du catalogue</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>none: every documented field is present with its type</source>
        <translation>aucun&#xa0;: chaque champ documenté est présent avec son type</translation>
    </message>
    <message>
        <source>Duplicate of</source>
        <translation>Doublon de</translation>
    </message>
    <message>
        <source>%1 (the same event was received before)</source>
        <translation>%1 (le même événement a déjà été reçu)</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Envoyé à</translation>
    </message>
    <message>
        <source>Documented at</source>
        <translation>Documenté sur</translation>
    </message>
</context>
<context>
    <name>Hookbench::RawPage</name>
    <message>
        <source>The body (%1 bytes) is binary: see the Hex tab.</source>
        <translation>Le corps (%1 octets) est binaire&#xa0;: voir l’onglet Hex.</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2 bytes of the body; the Hex tab has all of it.</source>
        <translation>Affichage des %1 premiers octets sur %2 du corps&#xa0;; l’onglet Hex contient tout.</translation>
    </message>
    <message>
        <source>The body was sent in chunks; it is shown joined, without the chunk framing.</source>
        <translation>Le corps a été envoyé par morceaux (chunks)&#xa0;; il est affiché réassemblé, sans le découpage.</translation>
    </message>
    <message>
        <source>Only the first %1 of %2 body bytes were captured (body size limit).</source>
        <translation>Seuls les %1 premiers octets sur %2 du corps ont été capturés (taille maximale du corps).</translation>
    </message>
    <message>
        <source>Bytes that are not valid UTF-8 are shown as �.</source>
        <translation>Les octets qui ne sont pas de l’UTF-8 valide sont affichés comme �.</translation>
    </message>
    <message>
        <source>Nothing was received for this request.</source>
        <translation>Rien n’a été reçu pour cette requête.</translation>
    </message>
    <message>
        <source>Very long lines are broken for display.</source>
        <translation>Les lignes très longues sont coupées pour l’affichage.</translation>
    </message>
</context>
<context>
    <name>Hookbench::ResendDialog</name>
    <message>
        <source>Edit and Resend Event %1</source>
        <translation>Modifier et renvoyer l’événement %1</translation>
    </message>
    <message>
        <source>Resend Event %1</source>
        <translation>Renvoyer l’événement %1</translation>
    </message>
    <message>
        <source>&amp;Targets…</source>
        <translation>&amp;Cibles…</translation>
    </message>
    <message>
        <source>Add or change named targets</source>
        <translation>Ajouter ou modifier des cibles nommées</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>Ci&amp;ble&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Signing:</source>
        <translation>Si&amp;gnature&#xa0;:</translation>
    </message>
    <message>
        <source>⚠ This target accepts self-signed certificates: its identity is not checked.</source>
        <translation>⚠ Cette cible accepte les certificats auto-signés&#xa0;: son identité n’est pas vérifiée.</translation>
    </message>
    <message>
        <source>What will be sent (signature computed now; it is computed again at each attempt):</source>
        <translation>Ce qui sera envoyé (signature calculée maintenant&#xa0;; elle est recalculée à chaque tentative)&#xa0;:</translation>
    </message>
    <message>
        <source>Send &amp;Edited</source>
        <translation>&amp;Envoyer la version modifiée</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>the target URL&apos;s own path</source>
        <translation>le chemin propre de l’URL cible</translation>
    </message>
    <message>
        <source>Replaces the target URL&apos;s path (and query, with a &apos;?&apos;); captured at %1</source>
        <translation>Remplace le chemin de l’URL cible (et la chaîne de requête, avec un &apos;?&apos;)&#xa0;; capturé sur %1</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Méthode&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Path:</source>
        <translation>C&amp;hemin&#xa0;:</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>&amp;Add Header</source>
        <translation>&amp;Ajouter un en-tête</translation>
    </message>
    <message>
        <source>Remo&amp;ve Header</source>
        <translation>Supp&amp;rimer l’en-tête</translation>
    </message>
    <message>
        <source>Compare with &amp;Original</source>
        <translation>Comparer à l’&amp;original</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Another URL…</source>
        <translation>Autre URL…</translation>
    </message>
    <message>
        <source>Choose a target or type the URL to send to.</source>
        <translation>Choisissez une cible ou saisissez l’URL à laquelle envoyer.</translation>
    </message>
    <message>
        <source>Re-signing as %1 needs a secret: add one in File › Signing Secrets.</source>
        <translation>Signer à nouveau comme %1 nécessite un secret&#xa0;: ajoutez-en un dans Fichier › Secrets de signature.</translation>
    </message>
    <message>
        <source>Binary body: sent unchanged.</source>
        <translation>Corps binaire&#xa0;: envoyé sans modification.</translation>
    </message>
    <message>
        <source>✔ Valid JSON</source>
        <translation>✔ JSON valide</translation>
    </message>
    <message>
        <source>✘ Invalid JSON at line %1, column %2: %3 (it can still be sent)</source>
        <translation>✘ JSON invalide à la ligne %1, colonne %2&#xa0;: %3 (il peut quand même être envoyé)</translation>
    </message>
    <message>
        <source>(The secret&apos;s key cannot be read now: the signature is not shown.)</source>
        <translation>(La clé du secret ne peut pas être lue pour l’instant&#xa0;: la signature n’est pas affichée.)</translation>
    </message>
    <message>
        <source>(Cannot sign: %1)</source>
        <translation>(Impossible de signer&#xa0;: %1)</translation>
    </message>
    <message>
        <source>Original and Edited Body</source>
        <translation>Corps original et modifié</translation>
    </message>
    <message>
        <source>original</source>
        <translation>original</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>&amp;Format JSON</source>
        <translation>&amp;Formater le JSON</translation>
    </message>
    <message>
        <source>Indent the JSON body (keys, order and numbers kept as written)</source>
        <translation>Indenter le corps JSON (clés, ordre et nombres conservés tels quels)</translation>
    </message>
    <message>
        <source>
(body: %1)</source>
        <translation>
(corps&#xa0;: %1)</translation>
    </message>
    <message>
        <source>Resend %1 Events</source>
        <translation>Renvoyer %1 événements</translation>
    </message>
    <message>
        <source>&amp;Send %1 Events</source>
        <translation>&amp;Envoyer %1 événements</translation>
    </message>
</context>
<context>
    <name>Hookbench::SearchField</name>
    <message>
        <source>Search: type:order.* provider:stripe -status:200 or any text  (Ctrl+L)</source>
        <translation>Recherche&#xa0;: type:order.* provider:stripe -status:200 ou tout texte  (Ctrl+L)</translation>
    </message>
    <message>
        <source>Filters: %1. Free text searches paths, headers and bodies; prefix a term with - to exclude it.</source>
        <translation>Filtres&#xa0;: %1. Le texte libre cherche dans les chemins, en-têtes et corps&#xa0;; préfixez un terme par - pour l’exclure.</translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation>Colonne %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Hookbench::SearchQuery</name>
    <message>
        <source>&apos;-&apos; must be followed by a term to exclude</source>
        <translation>&apos;-&apos; doit être suivi d’un terme à exclure</translation>
    </message>
    <message>
        <source>unknown filter &apos;%1:&apos; — known: %2</source>
        <translation>filtre inconnu &apos;%1:&apos; — connus&#xa0;: %2</translation>
    </message>
    <message>
        <source>unterminated quote</source>
        <translation>guillemet non fermé</translation>
    </message>
    <message>
        <source>a closing quote must be followed by a space</source>
        <translation>un guillemet fermant doit être suivi d’une espace</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a value</source>
        <translation>&apos;%1&apos; nécessite une valeur</translation>
    </message>
    <message>
        <source>unknown signature state &apos;%1&apos; — expected valid, invalid, none</source>
        <translation>état de signature inconnu &apos;%1&apos; — attendu&#xa0;: valid, invalid, none</translation>
    </message>
    <message>
        <source>unknown &apos;is:&apos; value &apos;%1&apos; — expected duplicate, unknown-type, error</source>
        <translation>valeur &apos;is:&apos; inconnue &apos;%1&apos; — attendu&#xa0;: duplicate, unknown-type, error</translation>
    </message>
    <message>
        <source>status range &apos;%1&apos; is backwards</source>
        <translation>la plage de statuts &apos;%1&apos; est inversée</translation>
    </message>
    <message>
        <source>status 0 is never sent — statuses are 100 to 599</source>
        <translation>le statut 0 n’est jamais envoyé — les statuts vont de 100 à 599</translation>
    </message>
    <message>
        <source>status %1 is out of range — statuses are 100 to 599</source>
        <translation>le statut %1 est hors limites — les statuts vont de 100 à 599</translation>
    </message>
    <message>
        <source>bad status &apos;%1&apos; — expected a status (200), a class (4xx) or a range (500-599)</source>
        <translation>statut invalide &apos;%1&apos; — attendu&#xa0;: un statut (200), une classe (4xx) ou une plage (500-599)</translation>
    </message>
    <message>
        <source>bad time &apos;%1&apos; — expected 2024-03-05T23:04:43Z, 2024-03-05 or 15m/2h/7d</source>
        <translation>heure invalide &apos;%1&apos; — attendu&#xa0;: 2024-03-05T23:04:43Z, 2024-03-05 ou 15m/2h/7d</translation>
    </message>
    <message>
        <source>duration &apos;%1&apos; is too long</source>
        <translation>la durée &apos;%1&apos; est trop longue</translation>
    </message>
</context>
<context>
    <name>Hookbench::SecretBook</name>
    <message>
        <source>The source no longer exists.</source>
        <translation>La source n’existe plus.</translation>
    </message>
    <message>
        <source>The secret cannot be recorded in the store: %1</source>
        <translation>Impossible d’inscrire le secret dans le stockage&#xa0;: %1</translation>
    </message>
    <message>
        <source>The keychain has not answered yet; try again in a moment.</source>
        <translation>Le trousseau n’a pas encore répondu&#xa0;; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>No keychain answered, so signing secrets are kept in memory for this run only. (%1)</source>
        <translation>Aucun trousseau n’a répondu&#xa0;: les secrets de signature sont donc gardés en mémoire pour cette session seulement. (%1)</translation>
    </message>
</context>
<context>
    <name>Hookbench::SecretKeyDialog</name>
    <message>
        <source>whsec_…, a hex or base64 key, or a public key</source>
        <translation>whsec_…, une clé hexadécimale ou base64, ou une clé publique</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Show or hide the key</source>
        <translation>Afficher ou masquer la clé</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Libellé&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Clé&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Hookbench::SecretStorage</name>
    <message>
        <source>Passphrase for the signing secrets in %1:</source>
        <translation>Phrase secrète des secrets de signature dans %1&#xa0;:</translation>
    </message>
    <message>
        <source>Unlock Signing Secrets</source>
        <translation>Déverrouiller les secrets de signature</translation>
    </message>
    <message>
        <source>The secrets file was not unlocked: new secrets are kept in memory for this run only, and stored verdicts may say &quot;no secret&quot;.</source>
        <translation>Le fichier de secrets n’a pas été déverrouillé&#xa0;: les nouveaux secrets sont gardés en mémoire pour cette session seulement, et les verdicts enregistrés peuvent indiquer «&#xa0;aucun secret&#xa0;».</translation>
    </message>
    <message>
        <source>Encrypt Signing Secrets</source>
        <translation>Chiffrer les secrets de signature</translation>
    </message>
    <message>
        <source>Choose a passphrase for the secrets file. Hookbench asks for it at each start; it cannot be recovered.</source>
        <translation>Choisissez une phrase secrète pour le fichier de secrets. Hookbench la demande à chaque démarrage&#xa0;; elle ne peut pas être récupérée.</translation>
    </message>
    <message>
        <source>Type the passphrase again:</source>
        <translation>Saisissez à nouveau la phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>Use at least 8 characters.</source>
        <translation>Utilisez au moins 8 caractères.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
</context>
<context>
    <name>Hookbench::SecretsDialog</name>
    <message>
        <source>every path</source>
        <translation>tous les chemins</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Key not available (kept in memory by an earlier run)</source>
        <translation>Clé indisponible (gardée en mémoire par une session précédente)</translation>
    </message>
    <message numerus="yes">
        <source>•••••••• (%n characters)</source>
        <translation>
            <numerusform>•••••••• (%n caractère)</numerusform>
            <numerusform>•••••••• (%n caractères)</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep Them in an Encrypted File…</source>
        <translation>Les conserver dans un fichier chiffré…</translation>
    </message>
    <message>
        <source>Remove Source</source>
        <translation>Supprimer la source</translation>
    </message>
    <message>
        <source>Add Secret…</source>
        <translation>Ajouter un secret…</translation>
    </message>
    <message>
        <source>Rotate…</source>
        <translation>Renouveler…</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Signing Secrets</source>
        <translation>Secrets de signature</translation>
    </message>
    <message>
        <source>Keys go into a file encrypted with a passphrase you choose, asked for at each start.</source>
        <translation>Les clés vont dans un fichier chiffré avec une phrase secrète de votre choix, demandée à chaque démarrage.</translation>
    </message>
    <message>
        <source>Detect from the headers</source>
        <translation>Détecter d’après les en-têtes</translation>
    </message>
    <message>
        <source>Any listener (or host:port)</source>
        <translation>N’importe quelle écoute (ou hôte:port)</translation>
    </message>
    <message>
        <source>Every path (or a prefix such as /stripe)</source>
        <translation>Tous les chemins (ou un préfixe comme /stripe)</translation>
    </message>
    <message>
        <source>The scheme&apos;s default</source>
        <translation>Valeur par défaut du schéma</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How far the signed time may be from the arrival; 0 turns the time check off.</source>
        <translation>Écart permis entre l’heure signée et l’arrivée&#xa0;; 0 désactive la vérification de l’heure.</translation>
    </message>
    <message>
        <source>https://example.ngrok.app (schemes that sign the URL)</source>
        <translation>https://example.ngrok.app (schémas qui signent l’URL)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Scheme:</source>
        <translation>&amp;Schéma&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Listener:</source>
        <translation>É&amp;coute&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Path prefix:</source>
        <translation>&amp;Préfixe de chemin&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Time window:</source>
        <translation>&amp;Fenêtre de temps&#xa0;:</translation>
    </message>
    <message>
        <source>Public &amp;URL:</source>
        <translation>&amp;URL publique&#xa0;:</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <source>Secrets (tried in this order)</source>
        <translation>Secrets (essayés dans cet ordre)</translation>
    </message>
    <message>
        <source>Add Source</source>
        <translation>Ajouter une source</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>The secrets file cannot be used: %1</source>
        <translation>Le fichier de secrets est inutilisable&#xa0;: %1</translation>
    </message>
    <message>
        <source>The source cannot be saved: %1</source>
        <translation>Impossible d’enregistrer la source&#xa0;: %1</translation>
    </message>
    <message>
        <source>New source</source>
        <translation>Nouvelle source</translation>
    </message>
    <message>
        <source>The source cannot be added: %1</source>
        <translation>Impossible d’ajouter la source&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Remove “%1” and its %n secret(s)? Their keys are deleted from the keychain.</source>
        <translation>
            <numerusform>Supprimer «&#xa0;%1&#xa0;» et %n secret&#xa0;? Sa clé est effacée du trousseau.</numerusform>
            <numerusform>Supprimer «&#xa0;%1&#xa0;» et ses %n secrets&#xa0;? Leurs clés sont effacées du trousseau.</numerusform>
        </translation>
    </message>
    <message>
        <source>The source cannot be removed: %1</source>
        <translation>Impossible de supprimer la source&#xa0;: %1</translation>
    </message>
    <message>
        <source>Signing secret</source>
        <translation>Secret de signature</translation>
    </message>
    <message>
        <source>The endpoint&apos;s signing secret as the provider shows it (for Discord and SendGrid, the provider&apos;s public key). It is kept in the keychain, never in the store.</source>
        <translation>Le secret de signature de l’endpoint tel que le fournisseur l’affiche (pour Discord et SendGrid, la clé publique du fournisseur). Il est conservé dans le trousseau, jamais dans le stockage.</translation>
    </message>
    <message>
        <source>%1 (rotated)</source>
        <translation>%1 (renouvelé)</translation>
    </message>
    <message>
        <source>The new secret is tried first; the old one keeps verifying until you remove it, so nothing fails while the provider switches over.</source>
        <translation>Le nouveau secret est essayé en premier&#xa0;; l’ancien continue de vérifier jusqu’à ce que vous le supprimiez, pour que rien n’échoue pendant la bascule chez le fournisseur.</translation>
    </message>
    <message>
        <source>Rotate Secret</source>
        <translation>Renouveler le secret</translation>
    </message>
    <message>
        <source>Add Secret</source>
        <translation>Ajouter un secret</translation>
    </message>
    <message>
        <source>The secret was not added: %1</source>
        <translation>Le secret n’a pas été ajouté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Remove Secret</source>
        <translation>Supprimer le secret</translation>
    </message>
    <message>
        <source>Remove “%1”? Requests signed with it will no longer verify.</source>
        <translation>Supprimer «&#xa0;%1&#xa0;»&#xa0;? Les requêtes signées avec lui ne seront plus vérifiées.</translation>
    </message>
    <message>
        <source>The secret cannot be removed: %1</source>
        <translation>Impossible de supprimer le secret&#xa0;: %1</translation>
    </message>
    <message>
        <source>Generic HMAC (configure below)</source>
        <translation>HMAC générique (à configurer ci-dessous)</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hexadécimal</translation>
    </message>
    <message>
        <source>Base64</source>
        <translation>Base64</translation>
    </message>
    <message>
        <source>e.g. sha256= (removed before decoding)</source>
        <translation>p. ex. sha256= (retiré avant le décodage)</translation>
    </message>
    <message>
        <source>The signed bytes: {body}, {timestamp}, {id}, {url} and {method} are replaced, the rest is taken literally.</source>
        <translation>Les octets signés&#xa0;: {body}, {timestamp}, {id}, {url} et {method} sont remplacés, le reste est pris tel quel.</translation>
    </message>
    <message>
        <source>Header read for {timestamp}</source>
        <translation>En-tête lu pour {timestamp}</translation>
    </message>
    <message>
        <source>Header read for {id}</source>
        <translation>En-tête lu pour {id}</translation>
    </message>
    <message>
        <source>Signature header:</source>
        <translation>En-tête de signature&#xa0;:</translation>
    </message>
    <message>
        <source>Prefix:</source>
        <translation>Préfixe&#xa0;:</translation>
    </message>
    <message>
        <source>Algorithm:</source>
        <translation>Algorithme&#xa0;:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Encodage&#xa0;:</translation>
    </message>
    <message>
        <source>Signed content:</source>
        <translation>Contenu signé&#xa0;:</translation>
    </message>
    <message>
        <source>Timestamp header:</source>
        <translation>En-tête d’horodatage&#xa0;:</translation>
    </message>
    <message>
        <source>ID header:</source>
        <translation>En-tête d’ID&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Hookbench::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>&amp;Listeners</source>
        <translation>Éc&amp;outes</translation>
    </message>
    <message>
        <source>&amp;Store</source>
        <translation>&amp;Stockage</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Apparence</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>A new location is used the next time Hookbench starts. Events stored so far stay in the current file.</source>
        <translation>Un nouvel emplacement sera utilisé au prochain démarrage de Hookbench. Les événements déjà enregistrés restent dans le fichier actuel.</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Conservation</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Illimité</translation>
    </message>
    <message>
        <source> events</source>
        <translation> événements</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Keep the &amp;newest:</source>
        <translation>Garder les plus &amp;récents&#xa0;:</translation>
    </message>
    <message>
        <source>Keep events &amp;received within:</source>
        <translation>Garder les événements reçus depuis &amp;moins de&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Purge Now</source>
        <translation>&amp;Purger maintenant</translation>
    </message>
    <message>
        <source>Delete the events these limits do not keep, now</source>
        <translation>Supprimer dès maintenant les événements que ces limites ne conservent pas</translation>
    </message>
    <message>
        <source>Cancel Purge</source>
        <translation>Annuler la purge</translation>
    </message>
    <message>
        <source>Purging needs a store open in the main window.</source>
        <translation>La purge nécessite un stockage ouvert dans la fenêtre principale.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Events beyond these limits are deleted, oldest first. Purge Now deletes them at once; this cannot be undone.</source>
        <translation>Les événements au-delà de ces limites sont supprimés, les plus anciens d’abord. «&#xa0;Purger maintenant&#xa0;» les supprime immédiatement&#xa0;; c’est irréversible.</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Font size:</source>
        <translation>Taille de &amp;police&#xa0;:</translation>
    </message>
    <message>
        <source>Changes show at once; Cancel undoes them. System follows the look of your desktop.</source>
        <translation>Les changements s’appliquent immédiatement&#xa0;; Annuler les défait. Système suit l’apparence de votre bureau.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>A new language is used the next time Hookbench starts.</source>
        <translation>La nouvelle langue sera utilisée au prochain démarrage de Hookbench.</translation>
    </message>
    <message>
        <source>System Tray</source>
        <translation>Zone de notification</translation>
    </message>
    <message>
        <source>Show Hookbench in the system t&amp;ray</source>
        <translation>Afficher Hookbench dans la zone de &amp;notification</translation>
    </message>
    <message>
        <source>&amp;Notify about new events while the window is hidden</source>
        <translation>Signaler les nouveaux événements quand la fenêtre est &amp;masquée</translation>
    </message>
    <message>
        <source>With the icon shown, closing the window keeps Hookbench capturing in the tray.</source>
        <translation>Avec l’icône affichée, fermer la fenêtre laisse Hookbench capturer depuis la zone de notification.</translation>
    </message>
    <message>
        <source>This desktop shows no system tray at the moment; the setting applies where it does.</source>
        <translation>Ce bureau n’affiche pas de zone de notification pour le moment&#xa0;; le réglage s’applique là où il y en a une.</translation>
    </message>
    <message>
        <source>Store Location</source>
        <translation>Emplacement du stockage</translation>
    </message>
    <message>
        <source>Hookbench stores (*.sqlite);;All files (*)</source>
        <translation>Stockages Hookbench (*.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Counting the events to delete…</source>
        <translation>Décompte des événements à supprimer…</translation>
    </message>
    <message>
        <source>Deleted %1 of %2 events…</source>
        <translation>%1 événements supprimés sur %2…</translation>
    </message>
    <message numerus="yes">
        <source>Purging stopped after deleting %Ln event(s): %1</source>
        <translation>
            <numerusform>Purge interrompue après la suppression de %Ln événement&#xa0;: %1</numerusform>
            <numerusform>Purge interrompue après la suppression de %Ln événements&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Purge cancelled after deleting %Ln event(s).</source>
        <translation>
            <numerusform>Purge annulée après la suppression de %Ln événement.</numerusform>
            <numerusform>Purge annulée après la suppression de %Ln événements.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to delete: every event is within the limits.</source>
        <translation>Rien à supprimer&#xa0;: tous les événements respectent les limites.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln event(s).</source>
        <translation>
            <numerusform>%Ln événement supprimé.</numerusform>
            <numerusform>%Ln événements supprimés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Theme and Font</source>
        <translation>Thème et police</translation>
    </message>
</context>
<context>
    <name>Hookbench::SignCommand</name>
    <message>
        <source>Prints the headers a provider would send with this body, one &quot;Name: value&quot; line each, signed with the given secret (several --secret: every one, where the scheme sends several signatures). discord and sendgrid sign with a private key of your own.

Schemes: %1.

Exit codes: 0 signed, 1 the key cannot sign, 2 usage error.</source>
        <translation>Affiche les en-têtes qu’un fournisseur enverrait avec ce corps, une ligne «&#xa0;Nom: valeur&#xa0;» chacun, signés avec le secret donné (plusieurs --secret&#xa0;: chacun d’eux, si le schéma envoie plusieurs signatures). discord et sendgrid signent avec une clé privée qui vous est propre.

Schémas&#xa0;: %1.

Codes de sortie&#xa0;: 0 signé, 1 la clé ne peut pas signer, 2 erreur d’utilisation.</translation>
    </message>
    <message>
        <source>The message id, for schemes that sign one (default: a new one).</source>
        <translation>L’identifiant du message, pour les schémas qui en signent un (par défaut&#xa0;: un nouveau).</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argument inattendu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>say which scheme: --scheme NAME, one of %1</source>
        <translation>indiquez le schéma&#xa0;: --scheme NOM, parmi %1</translation>
    </message>
    <message>
        <source>give the secret or key: --secret KEY</source>
        <translation>indiquez le secret ou la clé&#xa0;: --secret CLÉ</translation>
    </message>
    <message>
        <source>hookbench sign: the signature covers this URL; send the request to it:
%1</source>
        <translation>hookbench sign&#xa0;: la signature couvre cette URL&#xa0;; envoyez-y la requête&#xa0;:
%1</translation>
    </message>
</context>
<context>
    <name>Hookbench::SignaturePage</name>
    <message numerus="yes">
        <source>arrived %n s after it was signed</source>
        <translation>
            <numerusform>arrivée %n s après la signature</numerusform>
            <numerusform>arrivée %n s après la signature</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>signed %n s after it arrived (clock skew)</source>
        <translation>
            <numerusform>signée %n s après son arrivée (décalage d’horloge)</numerusform>
            <numerusform>signée %n s après son arrivée (décalage d’horloge)</numerusform>
        </translation>
    </message>
    <message>
        <source>any path</source>
        <translation>tous les chemins</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Manage Secrets…</source>
        <translation>Gérer les secrets…</translation>
    </message>
    <message>
        <source>Add a Secret for This Path…</source>
        <translation>Ajouter un secret pour ce chemin…</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>Schéma</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>Signée le</translation>
    </message>
    <message>
        <source>Time window</source>
        <translation>Fenêtre de temps</translation>
    </message>
    <message>
        <source>Secret matched</source>
        <translation>Secret correspondant</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Attendue</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçue</translation>
    </message>
    <message>
        <source>Signatures cannot be checked: the signing secrets could not be opened.</source>
        <translation>Impossible de vérifier les signatures&#xa0;: les secrets de signature n’ont pas pu être ouverts.</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Non vérifiée</translation>
    </message>
    <message>
        <source>None covers this path: scheme detected from the headers</source>
        <translation>Aucune ne couvre ce chemin&#xa0;: schéma détecté d’après les en-têtes</translation>
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
        <translation>Signature valide</translation>
    </message>
    <message>
        <source>Signature invalid</source>
        <translation>Signature invalide</translation>
    </message>
</context>
<context>
    <name>Hookbench::SigningInput</name>
    <message>
        <source>The signature scheme (see the list above).</source>
        <translation>Le schéma de signature (voir la liste ci-dessus).</translation>
    </message>
    <message>
        <source>The secret, or for discord/sendgrid/standard-webhooks v1a the key in the provider&apos;s form. Repeat it to try several (rotation).</source>
        <translation>Le secret ou, pour discord/sendgrid/standard-webhooks v1a, la clé au format du fournisseur. Répétez l’option pour en essayer plusieurs (rotation).</translation>
    </message>
    <message>
        <source>A request header, &quot;Name: value&quot; (repeatable).</source>
        <translation>Un en-tête de requête, «&#xa0;Nom: valeur&#xa0;» (répétable).</translation>
    </message>
    <message>
        <source>Read the exact body bytes from this file.</source>
        <translation>Lire les octets exacts du corps depuis ce fichier.</translation>
    </message>
    <message>
        <source>Read the exact body bytes from standard input.</source>
        <translation>Lire les octets exacts du corps depuis l’entrée standard.</translation>
    </message>
    <message>
        <source>The full URL the provider called (signed by twilio and square).</source>
        <translation>L’URL complète appelée par le fournisseur (signée par twilio et square).</translation>
    </message>
    <message>
        <source>The time to check or sign at, Unix seconds (default: now).</source>
        <translation>L’heure de vérification ou de signature, en secondes Unix (par défaut&#xa0;: maintenant).</translation>
    </message>
    <message>
        <source>give the body with exactly one of --body-file FILE and --body-stdin</source>
        <translation>indiquez le corps avec exactement une des options --body-file FICHIER et --body-stdin</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation>impossible de lire l’entrée standard</translation>
    </message>
    <message>
        <source>--header takes &quot;Name: value&quot;, not &apos;%1&apos;</source>
        <translation>--header attend «&#xa0;Nom: valeur&#xa0;», pas &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--at takes Unix seconds (digits only), not &apos;%1&apos;</source>
        <translation>--at attend des secondes Unix (chiffres uniquement), pas &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>Hookbench::SigningProfilePicker</name>
    <message>
        <source>Send as captured (no re-signing)</source>
        <translation>Envoyer tel que capturé (sans nouvelle signature)</translation>
    </message>
    <message>
        <source>Re-sign as %1</source>
        <translation>Signer à nouveau comme %1</translation>
    </message>
    <message>
        <source>No secrets (the store could not be opened)</source>
        <translation>Aucun secret (le stockage n’a pas pu être ouvert)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No secrets yet: add one in File › Signing Secrets</source>
        <translation>Aucun secret pour l’instant&#xa0;: ajoutez-en un dans Fichier › Secrets de signature</translation>
    </message>
</context>
<context>
    <name>Hookbench::TargetsDialog</name>
    <message>
        <source>Header line %1 is not &quot;Name: value&quot;.</source>
        <translation>La ligne d’en-tête %1 n’est pas de la forme «&#xa0;Nom: valeur&#xa0;».</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Accept a &amp;self-signed certificate (this machine only)</source>
        <translation>Accepter un certificat &amp;auto-signé (cette machine uniquement)</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delivery Targets</source>
        <translation>Cibles d’envoi</translation>
    </message>
    <message>
        <source>&amp;New Target</source>
        <translation>&amp;Nouvelle cible</translation>
    </message>
    <message>
        <source>staging</source>
        <translation>préproduction</translation>
    </message>
    <message>
        <source>Authorization: Bearer …
(one &quot;Name: value&quot; per line; replaces the captured field of that name)</source>
        <translation>Authorization: Bearer …
(une ligne «&#xa0;Nom: valeur&#xa0;» par en-tête&#xa0;; remplace le champ capturé de ce nom)</translation>
    </message>
    <message>
        <source>system certificates only</source>
        <translation>certificats système uniquement</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>⚠ The target&apos;s identity is not checked: use only for a local test server.</source>
        <translation>⚠ L’identité de la cible n’est pas vérifiée&#xa0;: à utiliser uniquement pour un serveur de test local.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>N&amp;om&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Headers:</source>
        <translation>&amp;En-têtes&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Time limit:</source>
        <translation>&amp;Délai maximal&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>Fichier de &amp;CA&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Signing:</source>
        <translation>Si&amp;gnature&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Attempts:</source>
        <translation>&amp;Tentatives&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;First retry after up to:</source>
        <translation>Première &amp;relance après au plus&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Longest wait:</source>
        <translation>Attente &amp;maximale&#xa0;:</translation>
    </message>
    <message>
        <source>At &amp;once:</source>
        <translation>En para&amp;llèle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Save Target</source>
        <translation>Enregistrer la c&amp;ible</translation>
    </message>
    <message>
        <source>Remove Target</source>
        <translation>Supprimer la cible</translation>
    </message>
    <message>
        <source>Remove the target &quot;%1&quot;? Its deliveries stay, with their URL.</source>
        <translation>Supprimer la cible «&#xa0;%1&#xa0;»&#xa0;? Ses envois sont conservés, avec leur URL.</translation>
    </message>
    <message>
        <source>CA Certificates</source>
        <translation>Certificats de CA</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificats PEM (*.pem *.crt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>New target</source>
        <translation>Nouvelle cible</translation>
    </message>
    <message>
        <source>Give the target a name.</source>
        <translation>Donnez un nom à la cible.</translation>
    </message>
    <message>
        <source>Re-signing as %1 needs a secret: add one in File › Signing Secrets.</source>
        <translation>Signer à nouveau comme %1 nécessite un secret&#xa0;: ajoutez-en un dans Fichier › Secrets de signature.</translation>
    </message>
    <message>
        <source>The target could not be saved: %1</source>
        <translation>Impossible d’enregistrer la cible&#xa0;: %1</translation>
    </message>
    <message>
        <source>The target could not be removed: %1</source>
        <translation>Impossible de supprimer la cible&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Hookbench::TrayIcon</name>
    <message>
        <source>Show Hookbench</source>
        <translation>Afficher Hookbench</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message numerus="yes">
        <source>Hookbench — not capturing (%n event(s) stored)</source>
        <translation>
            <numerusform>Hookbench — capture arrêtée (%n événement enregistré)</numerusform>
            <numerusform>Hookbench — capture arrêtée (%n événements enregistrés)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hookbench — capturing on %1 (%n event(s) stored)</source>
        <translation>
            <numerusform>Hookbench — capture sur %1 (%n événement enregistré)</numerusform>
            <numerusform>Hookbench — capture sur %1 (%n événements enregistrés)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new request(s) captured.</source>
        <translation>
            <numerusform>%n nouvelle requête capturée.</numerusform>
            <numerusform>%n nouvelles requêtes capturées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new request(s) captured; the latest: %1.</source>
        <translation>
            <numerusform>%n nouvelle requête capturée&#xa0;; la dernière&#xa0;: %1.</numerusform>
            <numerusform>%n nouvelles requêtes capturées&#xa0;; la dernière&#xa0;: %1.</numerusform>
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
        <translation>&apos;%1&apos; n’est pas en secondes Unix (chiffres uniquement)</translation>
    </message>
    <message>
        <source>an Ed25519 signature is 128 hex digits</source>
        <translation>une signature Ed25519 fait 128 chiffres hexadécimaux</translation>
    </message>
    <message>
        <source>the application&apos;s public key (64 hex digits)</source>
        <translation>la clé publique de l’application (64 chiffres hexadécimaux)</translation>
    </message>
    <message>
        <source>discord signing needs an Ed25519 private key of your own (hex seed, 32 or 64 bytes)</source>
        <translation>la signature discord nécessite votre propre clé privée Ed25519 (graine hexadécimale, 32 ou 64 octets)</translation>
    </message>
    <message>
        <source>it does not start with %1</source>
        <translation>il ne commence pas par %1</translation>
    </message>
    <message>
        <source>the shared secret</source>
        <translation>le secret partagé</translation>
    </message>
    <message>
        <source>generic HMAC signs with the shared secret</source>
        <translation>le HMAC générique signe avec le secret partagé</translation>
    </message>
    <message>
        <source>the webhook secret</source>
        <translation>le secret du webhook</translation>
    </message>
    <message>
        <source>github signs with the webhook secret</source>
        <translation>github signe avec le secret du webhook</translation>
    </message>
    <message>
        <source>the webhook signing secret</source>
        <translation>le secret de signature du webhook</translation>
    </message>
    <message>
        <source>The signature matches, but the body has no webhookTimestamp to check the time against.</source>
        <translation>La signature correspond, mais le corps n’a pas de webhookTimestamp pour vérifier l’heure.</translation>
    </message>
    <message>
        <source>linear signs with the webhook signing secret</source>
        <translation>linear signe avec le secret de signature du webhook</translation>
    </message>
    <message>
        <source>it has no %1= timestamp</source>
        <translation>il n’a pas d’horodatage %1=</translation>
    </message>
    <message>
        <source>%1=%2 is not Unix seconds (digits only)</source>
        <translation>%1=%2 n’est pas en secondes Unix (chiffres uniquement)</translation>
    </message>
    <message>
        <source>%1 signs with %2</source>
        <translation>%1 signe avec %2</translation>
    </message>
    <message>
        <source>the notification secret key</source>
        <translation>la clé secrète de notification</translation>
    </message>
    <message>
        <source>No known signature header was found.</source>
        <translation>Aucun en-tête de signature connu n’a été trouvé.</translation>
    </message>
    <message>
        <source>There is no signature scheme named &apos;%1&apos;.</source>
        <translation>Il n’existe aucun schéma de signature nommé &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>n° %1</translation>
    </message>
    <message>
        <source>The signature matches secret %1.</source>
        <translation>La signature correspond au secret %1.</translation>
    </message>
    <message>
        <source>No configured secret is usable here: this scheme needs %1.</source>
        <translation>Aucun secret configuré n’est utilisable ici&#xa0;: ce schéma nécessite %1.</translation>
    </message>
    <message>
        <source>The %1 header is missing.</source>
        <translation>L’en-tête %1 est absent.</translation>
    </message>
    <message>
        <source>The %1 header cannot be read: %2</source>
        <translation>Impossible de lire l’en-tête %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>No secret is configured for %1, so the signature was not checked.</source>
        <translation>Aucun secret n’est configuré pour %1&#xa0;: la signature n’a donc pas été vérifiée.</translation>
    </message>
    <message>
        <source>%1 signs the URL: give the full URL the provider called.</source>
        <translation>%1 signe l’URL&#xa0;: indiquez l’URL complète appelée par le fournisseur.</translation>
    </message>
    <message>
        <source>The %1 header carries no %2 signature (it has: %3).</source>
        <translation>L’en-tête %1 ne contient aucune signature %2 (il contient&#xa0;: %3).</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>The signature does not match the secret: expected %1, received %2.</source>
        <translation>La signature ne correspond pas au secret&#xa0;: attendu %1, reçu %2.</translation>
    </message>
    <message>
        <source>The signature matches none of the %1 secrets: expected %2 (the first usable secret), received %3.</source>
        <translation>La signature ne correspond à aucun des %1 secrets&#xa0;: attendu %2 (le premier secret utilisable), reçu %3.</translation>
    </message>
    <message>
        <source>The signature %1 does not verify with the configured public key(s).</source>
        <translation>La signature %1 ne se vérifie avec aucune des clés publiques configurées.</translation>
    </message>
    <message>
        <source>The timestamp is too old: %1 s before the verification time, %2 s more than the %3 s allowed. %4</source>
        <translation>L’horodatage est trop ancien&#xa0;: %1 s avant l’heure de vérification, soit %2 s de plus que les %3 s autorisées. %4</translation>
    </message>
    <message>
        <source>The timestamp is too new: %1 s after the verification time, %2 s more than the %3 s allowed. %4</source>
        <translation>L’horodatage est trop récent&#xa0;: %1 s après l’heure de vérification, soit %2 s de plus que les %3 s autorisées. %4</translation>
    </message>
    <message>
        <source>it is not base64</source>
        <translation>il n’est pas en base64</translation>
    </message>
    <message>
        <source>the verification key (base64 P-256 public key)</source>
        <translation>la clé de vérification (clé publique P-256 en base64)</translation>
    </message>
    <message>
        <source>sendgrid signing needs a P-256 private key of your own (base64 DER or PEM)</source>
        <translation>la signature sendgrid nécessite votre propre clé privée P-256 (DER en base64 ou PEM)</translation>
    </message>
    <message>
        <source>the app&apos;s client secret</source>
        <translation>le secret client de l’app</translation>
    </message>
    <message>
        <source>shopify signs with the app&apos;s client secret</source>
        <translation>shopify signe avec le secret client de l’app</translation>
    </message>
    <message>
        <source>the webhook secret token</source>
        <translation>le jeton secret du webhook</translation>
    </message>
    <message>
        <source>the signing secret</source>
        <translation>le secret de signature</translation>
    </message>
    <message>
        <source>%1 signs with its secret</source>
        <translation>%1 signe avec son secret</translation>
    </message>
    <message>
        <source>the subscription&apos;s signature key</source>
        <translation>la clé de signature de l’abonnement</translation>
    </message>
    <message>
        <source>square signs the notification URL: give it</source>
        <translation>square signe l’URL de notification&#xa0;: indiquez-la</translation>
    </message>
    <message>
        <source>square signs with the subscription&apos;s signature key</source>
        <translation>square signe avec la clé de signature de l’abonnement</translation>
    </message>
    <message>
        <source>a whsec_ secret (base64)</source>
        <translation>un secret whsec_ (base64)</translation>
    </message>
    <message>
        <source>a whpk_ public key (or whsk_ private key)</source>
        <translation>une clé publique whpk_ (ou une clé privée whsk_)</translation>
    </message>
    <message>
        <source>standard-webhooks signs with a whsec_ secret (v1) or a whsk_ private key (v1a)</source>
        <translation>standard-webhooks signe avec un secret whsec_ (v1) ou une clé privée whsk_ (v1a)</translation>
    </message>
    <message>
        <source>%1 signs with a whsec_ secret</source>
        <translation>%1 signe avec un secret whsec_</translation>
    </message>
    <message>
        <source>the endpoint secret (whsec_…)</source>
        <translation>le secret de l’endpoint (whsec_…)</translation>
    </message>
    <message>
        <source>A configured secret contains white space.</source>
        <translation>Un secret configuré contient des espaces.</translation>
    </message>
    <message>
        <source>the account&apos;s auth token</source>
        <translation>le jeton d’authentification du compte</translation>
    </message>
    <message>
        <source>The URL&apos;s signature matches, but the body is not the one signed: its SHA-256 is %1, the URL&apos;s bodySHA256 is %2.</source>
        <translation>La signature de l’URL correspond, mais le corps n’est pas celui qui a été signé&#xa0;: son SHA-256 est %1, le bodySHA256 de l’URL est %2.</translation>
    </message>
    <message>
        <source>twilio signs the URL: give the URL the request goes to</source>
        <translation>twilio signe l’URL&#xa0;: indiquez l’URL à laquelle la requête est envoyée</translation>
    </message>
    <message>
        <source>twilio signs with the account&apos;s auth token</source>
        <translation>twilio signe avec le jeton d’authentification du compte</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an RFC 3339 time</source>
        <translation>&apos;%1&apos; n’est pas une heure RFC 3339</translation>
    </message>
    <message>
        <source>the subscription secret</source>
        <translation>le secret de l’abonnement</translation>
    </message>
    <message>
        <source>twitch signs with the subscription secret</source>
        <translation>twitch signe avec le secret de l’abonnement</translation>
    </message>
    <message>
        <source>The body was cut at the capture size limit, so its signature cannot be checked.</source>
        <translation>Le corps a été tronqué à la taille maximale de capture&#xa0;: sa signature ne peut pas être vérifiée.</translation>
    </message>
</context>
<context>
    <name>Hookbench::VerifyCommand</name>
    <message>
        <source>Checks a webhook request&apos;s signature the way the provider&apos;s receiver would, from the exact body bytes, and says why it fails.

Schemes: %1, auto (detected from the headers).

Exit codes: 0 valid, 1 invalid (or nothing to check), 2 usage error.</source>
        <translation>Vérifie la signature d’une requête webhook comme le ferait le récepteur du fournisseur, à partir des octets exacts du corps, et explique pourquoi elle échoue.

Schémas&#xa0;: %1, auto (détecté d’après les en-têtes).

Codes de sortie&#xa0;: 0 valide, 1 invalide (ou rien à vérifier), 2 erreur d’utilisation.</translation>
    </message>
    <message>
        <source>Accept timestamps this many seconds off (default: the scheme&apos;s own; 0 turns the time check off).</source>
        <translation>Accepter les horodatages décalés d’autant de secondes (par défaut&#xa0;: la valeur du schéma&#xa0;; 0 désactive la vérification de l’heure).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Afficher du JSON.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argument inattendu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>say which scheme: --scheme NAME (or auto)</source>
        <translation>indiquez le schéma&#xa0;: --scheme NOM (ou auto)</translation>
    </message>
    <message>
        <source>unknown scheme &apos;%1&apos;; known: %2, auto</source>
        <translation>schéma inconnu &apos;%1&apos;&#xa0;; connus&#xa0;: %2, auto</translation>
    </message>
    <message>
        <source>give the secret or key: --secret KEY</source>
        <translation>indiquez le secret ou la clé&#xa0;: --secret CLÉ</translation>
    </message>
    <message>
        <source>--tolerance takes whole seconds, not &apos;%1&apos;</source>
        <translation>--tolerance attend des secondes entières, pas &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected  %1</source>
        <translation>attendu  %1</translation>
    </message>
    <message>
        <source>received  %1</source>
        <translation>reçu     %1</translation>
    </message>
</context>
</TS>
