<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>CompliancePdf</name>
    <message>
        <source>the report is not signed</source>
        <translation>le rapport n&apos;est pas signé</translation>
    </message>
    <message>
        <source>Data retention compliance report</source>
        <translation>Rapport de conformité sur la conservation des données</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Généré le</translation>
    </message>
    <message>
        <source>Retention inventory</source>
        <translation>Inventaire de conservation</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <source>Relay Audit</source>
        <translation>Relay Audit</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>every check passes</source>
        <translation>tous les contrôles sont réussis</translation>
    </message>
    <message>
        <source>some checks fail</source>
        <translation>certains contrôles ont échoué</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Contrôles</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>RÉUSSI</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>ÉCHOUÉ</translation>
    </message>
    <message>
        <source>Report cache</source>
        <translation>Cache des rapports</translation>
    </message>
    <message>
        <source>Delivery log</source>
        <translation>Journal des remises</translation>
    </message>
    <message>
        <source>Setup Audit Trail</source>
        <translation>Setup Audit Trail</translation>
    </message>
    <message>
        <source>Short links and clicks</source>
        <translation>Liens courts et clics</translation>
    </message>
    <message>
        <source>Scheduler bookings</source>
        <translation>Réservations du planificateur</translation>
    </message>
    <message>
        <source>Purges in the last 30 days</source>
        <translation>Purges des 30 derniers jours</translation>
    </message>
    <message>
        <source>Exports in the last 30 days</source>
        <translation>Exports des 30 derniers jours</translation>
    </message>
    <message>
        <source>%1 exports, %2 rows. Exported files are outside the encrypted workspace by design and are not among the checked files.</source>
        <translation>%1 exports, %2 lignes. Les fichiers exportés se trouvent, par conception, hors de l&apos;espace de travail chiffré et ne font pas partie des fichiers contrôlés.</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algorithme</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Clé publique</translation>
    </message>
    <message>
        <source>This PDF renders the signed report %1. To check that report, run &quot;relayaudit-cli retention verify-report %1&quot;; compare the fingerprint with &quot;relayaudit-cli workspace info&quot; of the workspace.</source>
        <translation>Ce PDF présente le rapport signé %1. Pour contrôler ce rapport, exécutez &quot;relayaudit-cli retention verify-report %1&quot; ; comparez l&apos;empreinte avec celle qu&apos;affiche &quot;relayaudit-cli workspace info&quot; pour l&apos;espace de travail.</translation>
    </message>
</context>
<context>
    <name>FilterOptions</name>
    <message>
        <source>Only this pull.</source>
        <translation>Uniquement cette récupération.</translation>
    </message>
    <message>
        <source>First UTC day (YYYY-MM-DD).</source>
        <translation>Premier jour UTC (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Last UTC day (YYYY-MM-DD).</source>
        <translation>Dernier jour UTC (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Only this sending number (as the provider writes it).</source>
        <translation>Uniquement ce numéro d&apos;envoi (tel que le fournisseur l&apos;écrit).</translation>
    </message>
    <message>
        <source>Only this 10DLC campaign id (&quot;&quot; for none).</source>
        <translation>Uniquement cet identifiant de campagne 10DLC (&quot;&quot; pour aucune).</translation>
    </message>
    <message>
        <source>Only this 10DLC brand id (&quot;&quot; for none).</source>
        <translation>Uniquement cet identifiant de marque 10DLC (&quot;&quot; pour aucune).</translation>
    </message>
    <message>
        <source>Only this provider status (delivered, undelivered, ...).</source>
        <translation>Uniquement ce statut du fournisseur (delivered, undelivered, ...).</translation>
    </message>
    <message>
        <source>outbound or inbound.</source>
        <translation>outbound ou inbound.</translation>
    </message>
    <message>
        <source>sms, mms or whatsapp.</source>
        <translation>sms, mms ou whatsapp.</translation>
    </message>
    <message>
        <source>--pull takes a pull id, not &apos;%1&apos;</source>
        <translation>--pull attend un identifiant de récupération, et non &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--%1 takes a date as YYYY-MM-DD, not &apos;%2&apos;</source>
        <translation>--%1 attend une date au format YYYY-MM-DD, et non &apos;%2&apos;</translation>
    </message>
    <message>
        <source>--from (%1) is after --to (%2)</source>
        <translation>--from (%1) est postérieur à --to (%2)</translation>
    </message>
    <message>
        <source>--direction takes outbound or inbound, not &apos;%1&apos;</source>
        <translation>--direction attend outbound ou inbound, et non &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--channel takes sms, mms or whatsapp, not &apos;%1&apos;</source>
        <translation>--channel attend sms, mms ou whatsapp, et non &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <source>(no date)</source>
        <translation>(sans date)</translation>
    </message>
    <message>
        <source>UTC days, %1 to %2</source>
        <translation>Jours UTC, du %1 au %2</translation>
    </message>
    <message>
        <source>Segments per UTC day, by status</source>
        <translation>Segments par jour UTC, par statut</translation>
    </message>
    <message>
        <source>Messages per UTC day, by status</source>
        <translation>Messages par jour UTC, par statut</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2 : %3</translation>
    </message>
    <message>
        <source>Delivery rate per UTC day</source>
        <translation>Taux de remise par jour UTC</translation>
    </message>
    <message>
        <source>Delivered / (delivered + undelivered + failed)</source>
        <translation>Remis / (remis + non remis + en échec)</translation>
    </message>
    <message>
        <source>%1: %2% delivered (%3 of %4 final)</source>
        <translation>%1 : %2 % remis (%3 sur %4 à l&apos;état final)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>%1: %2 (%3% of messages)</source>
        <translation>%1 : %2 (%3 % des messages)</translation>
    </message>
    <message>
        <source>Messaging services: %1</source>
        <translation>Services de messagerie : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n other(s)</source>
        <translation>
            <numerusform>%n autre</numerusform>
            <numerusform>%n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other(s): %1</source>
        <translation>
            <numerusform>%n autre : %1</numerusform>
            <numerusform>%n autres : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Messages by segment count</source>
        <translation>Messages par nombre de segments</translation>
    </message>
    <message>
        <source>1 segment: %1 messages</source>
        <translation>1 segment : %1 messages</translation>
    </message>
    <message>
        <source>%1 segments: %2 messages</source>
        <translation>%1 segments : %2 messages</translation>
    </message>
    <message>
        <source>Segments per message</source>
        <translation>Segments par message</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <source>Share %</source>
        <translation>Part %</translation>
    </message>
    <message>
        <source>Messaging services</source>
        <translation>Services de messagerie</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marque</translation>
    </message>
    <message>
        <source>Sending gateway</source>
        <translation>Passerelle d&apos;envoi</translation>
    </message>
    <message>
        <source>Segments per message</source>
        <translation>Segments par message</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Code d&apos;erreur</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Signification</translation>
    </message>
    <message>
        <source>What it usually means</source>
        <translation>Signification habituelle</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more row(s); the CSV and JSON exports have them all.</source>
        <translation>
            <numerusform>… et %n ligne de plus ; les exports CSV et JSON contiennent toutes les lignes.</numerusform>
            <numerusform>… et %n lignes de plus ; les exports CSV et JSON contiennent toutes les lignes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Segments by campaign</source>
        <translation>Segments par campagne</translation>
    </message>
    <message>
        <source>Segments by brand</source>
        <translation>Segments par marque</translation>
    </message>
    <message>
        <source>Segments by sending gateway</source>
        <translation>Segments par passerelle d&apos;envoi</translation>
    </message>
    <message>
        <source>%1 to %2 (UTC days)</source>
        <translation>Du %1 au %2 (jours UTC)</translation>
    </message>
    <message>
        <source>all cached days</source>
        <translation>tous les jours en cache</translation>
    </message>
    <message>
        <source>Messaging usage report</source>
        <translation>Rapport d&apos;utilisation de la messagerie</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>(not named)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Généré le</translation>
    </message>
    <message>
        <source>Generated by</source>
        <translation>Généré par</translation>
    </message>
    <message>
        <source>sending gateway</source>
        <translation>passerelle d&apos;envoi</translation>
    </message>
    <message>
        <source>messaging service</source>
        <translation>service de messagerie</translation>
    </message>
    <message>
        <source>campaign</source>
        <translation>campagne</translation>
    </message>
    <message>
        <source>brand</source>
        <translation>marque</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>one channel</source>
        <translation>un seul canal</translation>
    </message>
    <message>
        <source>inbound only</source>
        <translation>entrants uniquement</translation>
    </message>
    <message>
        <source>outbound only</source>
        <translation>sortants uniquement</translation>
    </message>
    <message>
        <source>Narrowed to: %1.</source>
        <translation>Filtré sur : %1.</translation>
    </message>
    <message>
        <source>What this report contains</source>
        <translation>Contenu de ce rapport</translation>
    </message>
    <message>
        <source>Counts of messages and segments from the provider&apos;s usage records, by day, status, campaign, brand, sending gateway, segment count and error code. Days are UTC, counted on the date a message was sent (created, when it was not sent).</source>
        <translation>Nombres de messages et de segments tirés des enregistrements d&apos;utilisation du fournisseur, par jour, statut, campagne, marque, passerelle d&apos;envoi, nombre de segments et code d&apos;erreur. Les jours sont en UTC et comptés à la date d&apos;envoi du message (à sa date de création, s&apos;il n&apos;a pas été envoyé).</translation>
    </message>
    <message>
        <source>What this report does not contain</source>
        <translation>Ce que ce rapport ne contient pas</translation>
    </message>
    <message>
        <source>No message bodies and no recipient phone numbers. Relay Audit never stores either: usage records keep only ids, the client&apos;s own sending numbers, statuses, segment counts, timestamps, campaign and brand ids, error codes and prices.</source>
        <translation>Aucun corps de message et aucun numéro de téléphone de destinataire. Relay Audit ne stocke jamais ni l&apos;un ni l&apos;autre : les enregistrements d&apos;utilisation ne conservent que des identifiants, les propres numéros d&apos;envoi du client, les statuts, les nombres de segments, les horodatages, les identifiants de campagne et de marque, les codes d&apos;erreur et les prix.</translation>
    </message>
    <message>
        <source>Volume and delivery</source>
        <translation>Volume et remise</translation>
    </message>
    <message>
        <source>By status</source>
        <translation>Par statut</translation>
    </message>
    <message>
        <source>No messages.</source>
        <translation>Aucun message.</translation>
    </message>
    <message>
        <source>Campaigns and brands (10DLC)</source>
        <translation>Campagnes et marques (10DLC)</translation>
    </message>
    <message>
        <source>Sending gateways</source>
        <translation>Passerelles d&apos;envoi</translation>
    </message>
    <message>
        <source>Segments and errors</source>
        <translation>Segments et erreurs</translation>
    </message>
    <message>
        <source>Top error codes</source>
        <translation>Principaux codes d&apos;erreur</translation>
    </message>
    <message>
        <source>No message had an error code.</source>
        <translation>Aucun message n&apos;a eu de code d&apos;erreur.</translation>
    </message>
    <message>
        <source>Messaging usage report: %1</source>
        <translation>Rapport d&apos;utilisation de la messagerie : %1</translation>
    </message>
</context>
<context>
    <name>RetentionLookup</name>
    <message>
        <source>the recipient number</source>
        <translation>le numéro du destinataire</translation>
    </message>
    <message>
        <source>the message text</source>
        <translation>le texte du message</translation>
    </message>
    <message>
        <source>the Salesforce record the message was sent from</source>
        <translation>l&apos;enregistrement Salesforce à partir duquel le message a été envoyé</translation>
    </message>
</context>
<context>
    <name>RetentionVerifier</name>
    <message>
        <source>Every table and column is in the retention inventory</source>
        <translation>Chaque table et chaque colonne figure dans l&apos;inventaire de conservation</translation>
    </message>
    <message>
        <source>No phone number where none may be</source>
        <translation>Aucun numéro de téléphone là où aucun n&apos;est permis</translation>
    </message>
    <message>
        <source>No message text</source>
        <translation>Aucun texte de message</translation>
    </message>
    <message>
        <source>IP addresses only with link clicks</source>
        <translation>Adresses IP uniquement avec les clics sur les liens</translation>
    </message>
    <message>
        <source>No calendar event details</source>
        <translation>Aucun détail d&apos;événement de calendrier</translation>
    </message>
    <message>
        <source>Nothing kept past its retention</source>
        <translation>Rien n&apos;est conservé au-delà de sa durée de conservation</translation>
    </message>
    <message>
        <source>Recipient hashes are well-formed and of a known scheme</source>
        <translation>Les hachages de destinataires sont bien formés et relèvent d&apos;un schéma connu</translation>
    </message>
    <message>
        <source>Encrypted and private at rest</source>
        <translation>Chiffré et privé au repos</translation>
    </message>
    <message>
        <source>No secret outside the keychain</source>
        <translation>Aucun secret hors du trousseau</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Relay Audit, the messaging compliance console.</source>
        <translation>Relay Audit, la console de conformité de la messagerie.</translation>
    </message>
    <message>
        <source>Open the demo workspace (passphrase %1).</source>
        <translation>Ouvrir l&apos;espace de travail de démonstration (phrase secrète %1).</translation>
    </message>
    <message>
        <source>Open the workspace in &lt;dir&gt;.</source>
        <translation>Ouvrir l&apos;espace de travail situé dans &lt;dir&gt;.</translation>
    </message>
    <message>
        <source>relayaudit-cli: note: the last Relay Audit run stopped unexpectedly (signal %1); no memory dump was written and the workspace stays encrypted.</source>
        <translation>relayaudit-cli : remarque : la dernière exécution de Relay Audit s&apos;est arrêtée de manière inattendue (signal %1) ; aucun vidage mémoire n&apos;a été écrit et l&apos;espace de travail reste chiffré.</translation>
    </message>
    <message>
        <source>Save the window to &lt;png&gt; once it has settled, then quit.</source>
        <translation>Enregistrer la fenêtre dans &lt;png&gt; une fois son affichage stabilisé, puis quitter.</translation>
    </message>
    <message>
        <source>Show &lt;page&gt; first: deliveries, reports, retention, access or activity.</source>
        <translation>Afficher d&apos;abord &lt;page&gt; : deliveries, reports, retention, access ou activity.</translation>
    </message>
    <message>
        <source>relayaudit: unknown page &apos;%1&apos;; one of: %2</source>
        <translation>relayaudit : page inconnue &apos;%1&apos; ; valeurs possibles : %2</translation>
    </message>
    <message>
        <source>Relay Audit stopped unexpectedly last time (signal %1). No memory dump was written, so no key or decrypted data was left on disk, and the workspace stays encrypted. If it happens again, tell support what you were doing; do not send workspace files.</source>
        <translation>Relay Audit s&apos;est arrêté de manière inattendue la dernière fois (signal %1). Aucun vidage mémoire n&apos;a été écrit : aucune clé ni aucune donnée déchiffrée n&apos;est donc restée sur le disque, et l&apos;espace de travail reste chiffré. Si cela se reproduit, indiquez au support ce que vous faisiez ; n&apos;envoyez pas les fichiers de l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>relayaudit-cli: waiting for another process (the app or relayaudit-cli) to finish writing to the workspace…</source>
        <translation>relayaudit-cli : attente qu&apos;un autre processus (l&apos;application ou relayaudit-cli) ait fini d&apos;écrire dans l&apos;espace de travail…</translation>
    </message>
    <message>
        <source>Waiting for another process (the app or relayaudit-cli) to finish writing to the workspace…</source>
        <translation>Attente qu&apos;un autre processus (l&apos;application ou relayaudit-cli) ait fini d&apos;écrire dans l&apos;espace de travail…</translation>
    </message>
    <message>
        <source>After the unexpected stop, the workspace check found damage: see Retention &gt; Files.</source>
        <translation>Après l&apos;arrêt inattendu, le contrôle de l&apos;espace de travail a trouvé des dommages : voir Conservation &gt; Fichiers.</translation>
    </message>
    <message>
        <source>Open the Deliveries page and find &lt;value&gt;: an SMS record id, a provider message id, a batch id or a phone number, told apart by their shape.</source>
        <translation>Ouvrir la page Remises et chercher &lt;value&gt; : un id d’enregistrement SMS, un id de message du fournisseur, un id de lot ou un numéro de téléphone, reconnus à leur forme.</translation>
    </message>
</context>
<context>
    <name>relay::cli::AccessCommand</name>
    <message>
        <source>Subscriber-access sessions from the Salesforce Setup Audit Trail: import, review.</source>
        <translation>Sessions d&apos;accès abonné issues du Setup Audit Trail de Salesforce : importation, revue.</translation>
    </message>
    <message>
        <source>access takes: staff | import | pull | sessions | grant | hours | review</source>
        <translation>access attend : staff | import | pull | sessions | grant | hours | review</translation>
    </message>
    <message>
        <source>access staff add|remove (--user USERNAME | --domain DOMAIN | --publisher NAME), access staff list: who counts as vendor staff when they appear as the Delegate User (or log in as someone); --publisher names the vendor&apos;s package publisher as the trail writes it (e.g. &quot;Mogli Technologies&quot;), so that only its login-access grants count.</source>
        <translation>access staff add|remove (--user USERNAME | --domain DOMAIN | --publisher NAME), access staff list : qui est considéré comme membre du personnel du prestataire lorsqu&apos;il apparaît comme Delegate User (ou se connecte en tant qu&apos;un autre utilisateur) ; --publisher désigne l&apos;éditeur du package du prestataire tel que le journal d&apos;audit l&apos;écrit (p. ex. &quot;Mogli Technologies&quot;), afin que seuls ses octrois d&apos;accès de connexion soient pris en compte.</translation>
    </message>
    <message>
        <source>The action.</source>
        <translation>L&apos;action.</translation>
    </message>
    <message>
        <source>add, remove or list</source>
        <translation>add, remove ou list</translation>
    </message>
    <message>
        <source>A staff member&apos;s Salesforce username.</source>
        <translation>Le nom d&apos;utilisateur Salesforce d&apos;un membre du personnel.</translation>
    </message>
    <message>
        <source>A username domain every staff member has.</source>
        <translation>Un domaine de nom d&apos;utilisateur commun à tous les membres du personnel.</translation>
    </message>
    <message>
        <source>The vendor&apos;s package publisher.</source>
        <translation>L&apos;éditeur du package du prestataire.</translation>
    </message>
    <message>
        <source>access staff takes: add | remove | list</source>
        <translation>access staff attend : add | remove | list</translation>
    </message>
    <message>
        <source>access staff %1 needs exactly one of --user, --domain and --publisher</source>
        <translation>access staff %1 exige exactement une option parmi --user, --domain et --publisher</translation>
    </message>
    <message>
        <source>No vendor staff configured: no session can be found.</source>
        <translation>Aucun personnel du prestataire n&apos;est configuré : aucune session ne peut être trouvée.</translation>
    </message>
    <message>
        <source>CSV downloads or JSON query pages.</source>
        <translation>Téléchargements CSV ou pages de requête JSON.</translation>
    </message>
    <message>
        <source>The client org these rows come from.</source>
        <translation>L&apos;org cliente dont proviennent ces lignes.</translation>
    </message>
    <message>
        <source>The CSV&apos;s time zone (IANA).</source>
        <translation>Le fuseau horaire du CSV (IANA).</translation>
    </message>
    <message>
        <source>The CSV&apos;s dates read D/M/YYYY.</source>
        <translation>Les dates du CSV se lisent D/M/YYYY.</translation>
    </message>
    <message>
        <source>access import needs --org NAME and at least one file</source>
        <translation>access import exige --org NAME et au moins un fichier</translation>
    </message>
    <message>
        <source>--timezone: &apos;%1&apos; is not an IANA time zone (e.g. America/Los_Angeles)</source>
        <translation>--timezone : &apos;%1&apos; n&apos;est pas un fuseau horaire IANA (p. ex. America/Los_Angeles)</translation>
    </message>
    <message>
        <source>Read %1 audit-trail rows from %2 file(s) for %3; %4 new.</source>
        <translation>%1 lignes du journal d&apos;audit lues dans %2 fichier(s) pour %3 ; %4 nouvelles.</translation>
    </message>
    <message>
        <source> %1 older than the access retention were not stored.</source>
        <translation> %1 lignes plus anciennes que la durée de conservation des accès n&apos;ont pas été stockées.</translation>
    </message>
    <message>
        <source>The client org.</source>
        <translation>L&apos;org cliente.</translation>
    </message>
    <message>
        <source>The org&apos;s login URL.</source>
        <translation>L&apos;URL de connexion de l&apos;org.</translation>
    </message>
    <message>
        <source>First UTC day (default: 180 days back, what the trail keeps).</source>
        <translation>Premier jour UTC (par défaut : 180 jours en arrière, ce que conserve le journal d&apos;audit).</translation>
    </message>
    <message>
        <source>JWT bearer flow: the aud claim.</source>
        <translation>Flux JWT bearer : la revendication aud.</translation>
    </message>
    <message>
        <source>--since takes YYYY-MM-DD</source>
        <translation>--since attend YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Pulled %1 audit-trail rows for %2; %3 new.</source>
        <translation>%1 lignes du journal d&apos;audit récupérées pour %2 ; %3 nouvelles.</translation>
    </message>
    <message>
        <source>access sessions [--org NAME] [--flagged] [--idle-hours N] [--many N] [--sensitive FILE] [--json]: the subscriber-access sessions of vendor staff, with their flags and reviews.</source>
        <translation>access sessions [--org NAME] [--flagged] [--idle-hours N] [--many N] [--sensitive FILE] [--json] : les sessions d&apos;accès abonné du personnel du prestataire, avec leurs signalements et leurs revues.</translation>
    </message>
    <message>
        <source>Only this org.</source>
        <translation>Uniquement cette org.</translation>
    </message>
    <message>
        <source>Only sessions with a flag.</source>
        <translation>Uniquement les sessions signalées.</translation>
    </message>
    <message>
        <source>A session with no logout closes after this gap (default 2).</source>
        <translation>Une session sans déconnexion se termine après cet intervalle d&apos;inactivité, en heures (par défaut 2).</translation>
    </message>
    <message>
        <source>Flag sessions with more changes than this (default 50).</source>
        <translation>Signaler les sessions comportant plus de modifications que ce nombre (par défaut 50).</translation>
    </message>
    <message>
        <source>Sensitive sections from this file instead of the built-in list (same JSON form).</source>
        <translation>Sections sensibles lues dans ce fichier au lieu de la liste intégrée (même format JSON).</translation>
    </message>
    <message>
        <source>--idle-hours takes a number of hours from 0 to 72</source>
        <translation>--idle-hours attend un nombre d&apos;heures de 0 à 72</translation>
    </message>
    <message>
        <source>--many takes a whole number</source>
        <translation>--many attend un nombre entier</translation>
    </message>
    <message>
        <source>#%1  %2  %3 as %4  %5 → %6 (%7 min)  %8 change(s)</source>
        <translation>#%1  %2  %3 en tant que %4  %5 → %6 (%7 min)  %8 modification(s)</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <source>no logout</source>
        <translation>pas de déconnexion</translation>
    </message>
    <message>
        <source>sections: %1</source>
        <translation>sections : %1</translation>
    </message>
    <message>
        <source>flags: %1</source>
        <translation>signalements : %1</translation>
    </message>
    <message>
        <source>under no grant</source>
        <translation>couverte par aucun octroi</translation>
    </message>
    <message>
        <source>under the %1</source>
        <translation>couverte par : %1</translation>
    </message>
    <message>
        <source>%1 by %2: %3</source>
        <translation>%1 par %2 : %3</translation>
    </message>
    <message>
        <source>No sessions.</source>
        <translation>Aucune session.</translation>
    </message>
    <message>
        <source>access grant add --org NAME --by USERNAME --from ISO-TIME [--until ISO-TIME]: an access grant entered by hand where the trail has none; access grant list [--org NAME].</source>
        <translation>access grant add --org NAME --by USERNAME --from ISO-TIME [--until ISO-TIME] : un octroi d&apos;accès saisi à la main lorsque le journal d&apos;audit n&apos;en contient pas ; access grant list [--org NAME].</translation>
    </message>
    <message>
        <source>add or list</source>
        <translation>add ou list</translation>
    </message>
    <message>
        <source>Who granted it.</source>
        <translation>Qui l&apos;a octroyé.</translation>
    </message>
    <message>
        <source>Start (ISO 8601, UTC unless it says).</source>
        <translation>Début (ISO 8601, en UTC sauf indication contraire).</translation>
    </message>
    <message>
        <source>Expiry (ISO 8601); none: open-ended.</source>
        <translation>Expiration (ISO 8601) ; si absente : sans limite de durée.</translation>
    </message>
    <message>
        <source>access grant takes: add | list</source>
        <translation>access grant attend : add | list</translation>
    </message>
    <message>
        <source>access grant add needs --org, --by and --from (and --until, if given) as ISO 8601 times</source>
        <translation>access grant add exige --org, --by et --from (ainsi que --until, s&apos;il est indiqué) sous forme d&apos;heures ISO 8601</translation>
    </message>
    <message>
        <source>%1  %2 grant by %3  %4 → %5</source>
        <translation>%1  octroi %2 par %3  %4 → %5</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>sans limite de durée</translation>
    </message>
    <message>
        <source>access hours --org NAME --timezone ZONE --from HH:MM --to HH:MM: the org&apos;s business hours (Monday to Friday); sessions with activity outside them are flagged after-hours.</source>
        <translation>access hours --org NAME --timezone ZONE --from HH:MM --to HH:MM : les heures ouvrables de l&apos;org (du lundi au vendredi) ; les sessions présentant une activité en dehors de ces heures sont signalées after-hours.</translation>
    </message>
    <message>
        <source>The org&apos;s time zone (IANA).</source>
        <translation>Le fuseau horaire de l&apos;org (IANA).</translation>
    </message>
    <message>
        <source>Start of the day, HH:MM.</source>
        <translation>Début de la journée, HH:MM.</translation>
    </message>
    <message>
        <source>End of the day, HH:MM.</source>
        <translation>Fin de la journée, HH:MM.</translation>
    </message>
    <message>
        <source>%1: business hours %2 to %3, %4, Monday to Friday.</source>
        <translation>%1 : heures ouvrables de %2 à %3, %4, du lundi au vendredi.</translation>
    </message>
    <message>
        <source>access review ID --org NAME --status reviewed|escalated --note TEXT: records a review of a session; the activity log gets the session, the status and a digest of the note.</source>
        <translation>access review ID --org NAME --status reviewed|escalated --note TEXT : enregistre la revue d&apos;une session ; le journal d&apos;activité reçoit la session, le statut et un condensé de la note.</translation>
    </message>
    <message>
        <source>The session id (access sessions shows it).</source>
        <translation>L&apos;identifiant de la session (affiché par access sessions).</translation>
    </message>
    <message>
        <source>reviewed or escalated</source>
        <translation>reviewed ou escalated</translation>
    </message>
    <message>
        <source>Why.</source>
        <translation>Motif.</translation>
    </message>
    <message>
        <source>access review needs a session id, --org and --status reviewed|escalated</source>
        <translation>access review exige un identifiant de session, --org et --status reviewed|escalated</translation>
    </message>
    <message>
        <source>no session %1 in %2 (&apos;access sessions&apos; lists them)</source>
        <translation>aucune session %1 dans %2 (&apos;access sessions&apos; les liste)</translation>
    </message>
    <message>
        <source>Session %1 marked %2.</source>
        <translation>Session %1 marquée %2.</translation>
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
        <translation>Utilisation : relayaudit-cli access &lt;action&gt; [options]

Actions :
  staff     Qui est considéré comme personnel du prestataire : utilisateurs, domaines, éditeur du package.
  import    Importer des lignes du Setup Audit Trail depuis le CSV téléchargé ou des pages REST enregistrées.
  pull      Interroger le Setup Audit Trail via l&apos;API REST et l&apos;importer.
  sessions  Sessions d&apos;accès abonné du personnel du prestataire, avec signalements et revues.
  grant     Octrois d&apos;accès saisis à la main lorsque le journal d&apos;audit n&apos;en contient pas.
  hours     Heures ouvrables d&apos;une org, pour le signalement after-hours.
  review    Enregistrer la revue d&apos;une session.
</translation>
    </message>
    <message>
        <source>access import FILE... --org NAME [--timezone ZONE] [--day-first]: imports Setup Audit Trail rows, from the CSV the Setup page downloads (its times are in the downloading user&apos;s Salesforce time zone: a US zone&apos;s abbreviation (PST, EDT, ...), UTC or GMT on every time fixes it; otherwise name it with --timezone, e.g. America/Los_Angeles; --day-first when dates read D/M/YYYY) or from saved REST query pages on SetupAuditTrail (JSON; several pages of one query at once). Re-importing adds nothing twice; a malformed row stops its file with the line, and nothing of that file is stored.</source>
        <translation>access import FILE... --org NAME [--timezone ZONE] [--day-first] : importe des lignes du Setup Audit Trail, depuis le CSV que télécharge la page Configuration (ses heures sont dans le fuseau horaire Salesforce de l&apos;utilisateur qui l&apos;a téléchargé : l&apos;abréviation d&apos;un fuseau des États-Unis (PST, EDT, ...), UTC ou GMT sur chaque heure le fixe ; sinon, indiquez-le avec --timezone, p. ex. America/Los_Angeles ; --day-first lorsque les dates se lisent D/M/YYYY) ou depuis des pages de requête REST enregistrées sur SetupAuditTrail (JSON ; plusieurs pages d&apos;une même requête à la fois). Une nouvelle importation n&apos;ajoute rien en double ; une ligne mal formée arrête l&apos;importation de son fichier en indiquant la ligne, et rien de ce fichier n&apos;est stocké.</translation>
    </message>
    <message>
        <source>access pull --org NAME [--instance-url URL] [--since YYYY-MM-DD]: queries SetupAuditTrail through the REST API (all pages) and imports the rows. The session: the org as &apos;engine org add&apos; registered it, with its keychain secrets; or, for an org not registered, the Salesforce environment variables of &apos;engine writeback&apos; (refresh-token or JWT bearer flow) with --instance-url as its login URL.</source>
        <translation>access pull --org NAME [--instance-url URL] [--since YYYY-MM-DD] : interroge SetupAuditTrail via l&apos;API REST (toutes les pages) et importe les lignes. La session : l&apos;org telle que &apos;engine org add&apos; l&apos;a enregistrée, avec ses secrets du trousseau ; ou, pour une org non enregistrée, les variables d&apos;environnement Salesforce de &apos;engine writeback&apos; (flux refresh-token ou JWT bearer) avec --instance-url comme URL de connexion.</translation>
    </message>
    <message>
        <source>access pull needs --org NAME, and --instance-url http(s)://… for an org &apos;engine org add&apos; has not registered</source>
        <translation>access pull demande --org NAME et, pour une org que &apos;engine org add&apos; n&apos;a pas enregistrée, --instance-url http(s)://…</translation>
    </message>
</context>
<context>
    <name>relay::cli::BreakdownCommand</name>
    <message>
        <source>Messages and segments by sender, status, day, campaign, brand, error, segments, direction or channel.</source>
        <translation>Messages et segments par expéditeur, statut, jour, campagne, marque, erreur, segments, direction ou canal.</translation>
    </message>
    <message>
        <source>Counts messages and segments of every live pull (or one) by a dimension. Days are UTC, keyed on date_sent (date_created when unsent).</source>
        <translation>Compte les messages et les segments de toutes les récupérations actives (ou d&apos;une seule) selon une dimension. Les jours sont en UTC, établis d&apos;après date_sent (date_created si le message n&apos;a pas été envoyé).</translation>
    </message>
    <message>
        <source>sender, status, day, campaign, brand, error, segments, direction, channel, service or provider</source>
        <translation>sender, status, day, campaign, brand, error, segments, direction, channel, service ou provider</translation>
    </message>
    <message>
        <source>Prints CSV (with shares, and the descriptions of error codes).</source>
        <translation>Affiche du CSV (avec les parts et les descriptions des codes d&apos;erreur).</translation>
    </message>
    <message>
        <source>unknown dimension &apos;%1&apos;</source>
        <translation>dimension inconnue &apos;%1&apos;</translation>
    </message>
    <message>
        <source>breakdown needs --by</source>
        <translation>breakdown exige --by</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
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
        <translation>Utilisation : relayaudit-cli [--workspace DIR] [--json] &lt;command&gt; [options]

Console sans interface graphique de Relay Audit. Les secrets proviennent du trousseau
du système ou de l&apos;environnement (RELAYAUDIT_PASSPHRASE), jamais de la ligne de commande.

Options globales :
  --workspace DIR  Le répertoire de l&apos;espace de travail (par défaut : %1).
  --json           Sortie lisible par une machine.
  -h, --help       Cette aide ; &apos;relayaudit-cli COMMAND --help&apos; pour celle d&apos;une commande.
  -v, --version    La version.

Commandes :
</translation>
    </message>
    <message>
        <source>
Exit codes: 0 success, 1 failure, 2 bad arguments, 3 wrong or missing passphrase/key.
</source>
        <translation>
Codes de sortie : 0 succès, 1 échec, 2 arguments incorrects, 3 phrase secrète/clé incorrecte ou manquante.
</translation>
    </message>
    <message>
        <source>The workspace directory.</source>
        <translation>Le répertoire de l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>Sortie lisible par une machine.</translation>
    </message>
    <message>
        <source>Shows this help.</source>
        <translation>Affiche cette aide.</translation>
    </message>
    <message>
        <source>Shows the version.</source>
        <translation>Affiche la version.</translation>
    </message>
    <message>
        <source>relayaudit-cli: %1</source>
        <translation>relayaudit-cli : %1</translation>
    </message>
    <message>
        <source>Run &apos;relayaudit-cli --help&apos; for usage.</source>
        <translation>Exécutez &apos;relayaudit-cli --help&apos; pour connaître l&apos;utilisation.</translation>
    </message>
    <message>
        <source>relayaudit-cli: --workspace needs a directory</source>
        <translation>relayaudit-cli : --workspace exige un répertoire</translation>
    </message>
    <message>
        <source>relayaudit-cli: unknown command &apos;%1&apos;</source>
        <translation>relayaudit-cli : commande inconnue &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Run &apos;relayaudit-cli --help&apos; for the list of commands.</source>
        <translation>Exécutez &apos;relayaudit-cli --help&apos; pour obtenir la liste des commandes.</translation>
    </message>
</context>
<context>
    <name>relay::cli::Command</name>
    <message>
        <source>relayaudit-cli: warning: the activity log was not updated: %1</source>
        <translation>relayaudit-cli : avertissement : le journal d&apos;activité n&apos;a pas été mis à jour : %1</translation>
    </message>
    <message>
        <source>relayaudit-cli: error: %1</source>
        <translation>relayaudit-cli : erreur : %1</translation>
    </message>
    <message>
        <source>relayaudit-cli: %1</source>
        <translation>relayaudit-cli : %1</translation>
    </message>
    <message>
        <source>Run &apos;relayaudit-cli %1 --help&apos; for usage.</source>
        <translation>Exécutez &apos;relayaudit-cli %1 --help&apos; pour connaître l&apos;utilisation.</translation>
    </message>
    <message>
        <source>Shows this help.</source>
        <translation>Affiche cette aide.</translation>
    </message>
    <message>
        <source>Prints machine-readable JSON.</source>
        <translation>Affiche du JSON lisible par une machine.</translation>
    </message>
    <message>
        <source>no workspace at %1; create one with &apos;relayaudit-cli --workspace %1 workspace init&apos;</source>
        <translation>aucun espace de travail dans %1 ; créez-en un avec &apos;relayaudit-cli --workspace %1 workspace init&apos;</translation>
    </message>
    <message>
        <source>Passphrase for %1: </source>
        <translation>Phrase secrète pour %1 : </translation>
    </message>
    <message>
        <source>The org&apos;s login URL (default https://login.salesforce.com).</source>
        <translation>L&apos;URL de connexion de l&apos;org (par défaut https://login.salesforce.com).</translation>
    </message>
    <message>
        <source>JWT bearer flow: the aud claim (default: the login URL; https://test.salesforce.com for a sandbox org).</source>
        <translation>Flux JWT bearer : la revendication aud (par défaut : l&apos;URL de connexion ; https://test.salesforce.com pour une org sandbox).</translation>
    </message>
    <message>
        <source>--login-url takes an http(s) URL, not &apos;%1&apos;</source>
        <translation>--login-url attend une URL http(s), et non &apos;%1&apos;</translation>
    </message>
    <message numerus="yes">
        <source>relayaudit-cli: note: after the unexpected stop, every page of the workspace was checked: %n page(s), all intact.</source>
        <translation>
            <numerusform>relayaudit-cli : note : après l&apos;arrêt inattendu, chaque page de l&apos;espace de travail a été contrôlée : %n page, intacte.</numerusform>
            <numerusform>relayaudit-cli : note : après l&apos;arrêt inattendu, chaque page de l&apos;espace de travail a été contrôlée : %n pages, toutes intactes.</numerusform>
        </translation>
    </message>
    <message>
        <source>page %1 (%2)</source>
        <translation>page %1 (%2)</translation>
    </message>
    <message>
        <source>after the unexpected stop, the workspace check found damage: %1; see &apos;relayaudit-cli workspace check&apos;</source>
        <translation>après l&apos;arrêt inattendu, le contrôle de l&apos;espace de travail a trouvé des dommages : %1 ; voir &apos;relayaudit-cli workspace check&apos;</translation>
    </message>
    <message>
        <source>; this workspace&apos;s key is in the system keychain: start or unlock it and try again</source>
        <translation>; la clé de cet espace de travail est dans le trousseau du système : démarrez-le ou déverrouillez-le, puis réessayez</translation>
    </message>
    <message>
        <source>The client org, as &apos;engine org add&apos; registered it: its login URL, audience and keychain secrets.</source>
        <translation>L&apos;org cliente, telle que &apos;engine org add&apos; l&apos;a enregistrée : son URL de connexion, son audience et ses secrets du trousseau.</translation>
    </message>
    <message>
        <source>org %1 is not registered: register it with &apos;engine org add&apos;</source>
        <translation>l&apos;org %1 n&apos;est pas enregistrée : enregistrez-la avec &apos;engine org add&apos;</translation>
    </message>
    <message>
        <source>Search an engine&apos;s PostgreSQL log (a libpq connection string), read-only, instead of this workspace&apos;s; its password from RELAYAUDIT_ENGINE_DB_PASSWORD. Default: RELAYAUDIT_ENGINE_DSN. The lookup is still recorded in this workspace&apos;s activity log.</source>
        <translation>Chercher dans le journal PostgreSQL d&apos;un moteur (une chaîne de connexion libpq), en lecture seule, au lieu de celui de cet espace de travail ; son mot de passe vient de RELAYAUDIT_ENGINE_DB_PASSWORD. Par défaut : RELAYAUDIT_ENGINE_DSN. La recherche reste inscrite dans le journal d&apos;activité de cet espace de travail.</translation>
    </message>
    <message>
        <source>relayaudit-cli: %1 %2</source>
        <translation>relayaudit-cli : %1 %2</translation>
    </message>
    <message>
        <source>The engine&apos;s PostgreSQL (a libpq connection string, e.g. &quot;host=db.example dbname=relay user=relay_engine sslrootcert=/etc/relayaudit/db-ca.crt&quot;), which every worker of a deployment shares, instead of this workspace; its password from RELAYAUDIT_ENGINE_DB_PASSWORD or PGPASSFILE. Default: RELAYAUDIT_ENGINE_DSN.</source>
        <translation>Le PostgreSQL du moteur (une chaîne de connexion libpq, p. ex. &quot;host=db.example dbname=relay user=relay_engine sslrootcert=/etc/relayaudit/db-ca.crt&quot;), que partagent tous les processus d&apos;un déploiement, au lieu de cet espace de travail ; son mot de passe depuis RELAYAUDIT_ENGINE_DB_PASSWORD ou PGPASSFILE. Par défaut : RELAYAUDIT_ENGINE_DSN.</translation>
    </message>
</context>
<context>
    <name>relay::cli::CredentialsCommand</name>
    <message>
        <source>set or remove</source>
        <translation>set ou remove</translation>
    </message>
    <message>
        <source>The Twilio Account SID (default: TWILIO_ACCOUNT_SID).</source>
        <translation>Le Twilio Account SID (par défaut : TWILIO_ACCOUNT_SID).</translation>
    </message>
    <message>
        <source>a Twilio Account SID (AC…) is needed: --account or TWILIO_ACCOUNT_SID</source>
        <translation>un Twilio Account SID (AC…) est nécessaire : --account ou TWILIO_ACCOUNT_SID</translation>
    </message>
    <message>
        <source>Removed the %1 credentials from the system keychain.</source>
        <translation>Identifiants %1 supprimés du trousseau du système.</translation>
    </message>
    <message>
        <source>Telnyx API key: </source>
        <translation>Clé d&apos;API Telnyx : </translation>
    </message>
    <message>
        <source>Twilio auth token for %1: </source>
        <translation>Jeton d&apos;authentification Twilio pour %1 : </translation>
    </message>
    <message>
        <source>Stored the %1 credentials in the system keychain.</source>
        <translation>Identifiants %1 enregistrés dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Keep provider credentials and org logins in the system keychain instead of the environment.</source>
        <translation>Garder les identifiants des fournisseurs et les connexions des orgs dans le trousseau du système plutôt que dans l&apos;environnement.</translation>
    </message>
    <message>
        <source>twilio, telnyx or salesforce</source>
        <translation>twilio, telnyx ou salesforce</translation>
    </message>
    <message>
        <source>credentials takes: set|remove twilio|telnyx|salesforce</source>
        <translation>credentials attend : set|remove twilio|telnyx|salesforce</translation>
    </message>
    <message>
        <source>Removed the %1 from the system keychain.</source>
        <translation>Retiré du trousseau du système : %1.</translation>
    </message>
    <message>
        <source>Stored the %1 in the system keychain.</source>
        <translation>Enregistré dans le trousseau du système : %1.</translation>
    </message>
    <message>
        <source>credentials set|remove twilio|telnyx|salesforce: stores (or removes) provider credentials, or the Salesforce secrets of an org &apos;engine org add&apos; registered, in the system keychain. Twilio&apos;s secret comes from TWILIO_AUTH_TOKEN (or TWILIO_API_KEY and TWILIO_API_SECRET), Telnyx&apos;s from TELNYX_API_KEY, else it is typed with echo off; an org&apos;s from the SALESFORCE_* variables. Never from an argument.</source>
        <translation>credentials set|remove twilio|telnyx|salesforce : enregistre (ou retire) dans le trousseau du système des identifiants de fournisseur ou les secrets Salesforce d&apos;une org enregistrée par &apos;engine org add&apos;. Le secret Twilio vient de TWILIO_AUTH_TOKEN (ou TWILIO_API_KEY et TWILIO_API_SECRET), celui de Telnyx de TELNYX_API_KEY, sinon il est saisi sans écho ; celui d&apos;une org, des variables SALESFORCE_*. Jamais d&apos;un argument.</translation>
    </message>
    <message>
        <source>credentials set|remove salesforce needs --org NAME</source>
        <translation>credentials set|remove salesforce demande --org NAME</translation>
    </message>
    <message>
        <source>Salesforce secrets of org %1</source>
        <translation>secrets Salesforce de l&apos;org %1</translation>
    </message>
</context>
<context>
    <name>relay::cli::DeliveriesCommand</name>
    <message>
        <source>Find logged deliveries by SMS record, provider message, batch or recipient number (hashed).</source>
        <translation>Rechercher des remises journalisées par enregistrement SMS, message du fournisseur, lot ou numéro de destinataire (haché).</translation>
    </message>
    <message>
        <source>The action.</source>
        <translation>L&apos;action.</translation>
    </message>
    <message>
        <source>A Salesforce SMS record id.</source>
        <translation>Un identifiant d&apos;enregistrement SMS Salesforce.</translation>
    </message>
    <message>
        <source>A provider message id.</source>
        <translation>Un identifiant de message du fournisseur.</translation>
    </message>
    <message>
        <source>A batch group id.</source>
        <translation>Un identifiant de groupe de lot.</translation>
    </message>
    <message>
        <source>deliveries takes the action &apos;find&apos;</source>
        <translation>deliveries attend l&apos;action &apos;find&apos;</translation>
    </message>
    <message>
        <source>deliveries find needs exactly one of --sms-record, --provider-id, --batch and --phone</source>
        <translation>deliveries find exige exactement une option parmi --sms-record, --provider-id, --batch et --phone</translation>
    </message>
    <message>
        <source>No delivery in the log matches.</source>
        <translation>Aucune remise du journal ne correspond.</translation>
    </message>
    <message numerus="yes">
        <source>SMS record %1  batch %2  gateway %3  %4 %5  %n segment(s)</source>
        <translation>
            <numerusform>Enregistrement SMS %1  lot %2  passerelle %3  %4 %5  %n segment</numerusform>
            <numerusform>Enregistrement SMS %1  lot %2  passerelle %3  %4 %5  %n segments</numerusform>
        </translation>
    </message>
    <message>
        <source>(not accepted)</source>
        <translation>(non accepté)</translation>
    </message>
    <message>
        <source>, error %1</source>
        <translation>, erreur %1</translation>
    </message>
    <message>
        <source>  status %1%2; write-back %3; recipient %4</source>
        <translation>  statut %1%2 ; réécriture dans Salesforce %3 ; destinataire %4</translation>
    </message>
    <message>
        <source>Show at most this many deliveries (default 1000; 0 shows all).</source>
        <translation>Afficher au plus ce nombre de remises (1000 par défaut ; 0 les affiche toutes).</translation>
    </message>
    <message>
        <source>--limit takes a whole number of deliveries, 0 for all, not &apos;%1&apos;</source>
        <translation>--limit attend un nombre entier de remises, 0 pour toutes, pas &apos;%1&apos;</translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %n deliveries; more match (--limit 0 shows all).</source>
        <translation>
            <numerusform>Affichage de la première remise ; d&apos;autres correspondent (--limit 0 les affiche toutes).</numerusform>
            <numerusform>Affichage des %n premières remises ; d&apos;autres correspondent (--limit 0 les affiche toutes).</numerusform>
        </translation>
    </message>
    <message>
        <source>(message id not known yet)</source>
        <translation>(identifiant du message encore inconnu)</translation>
    </message>
    <message>
        <source>  org %1</source>
        <translation>  org %1</translation>
    </message>
    <message>
        <source>  write-back refused: %1</source>
        <translation>  réécriture refusée : %1</translation>
    </message>
    <message>
        <source>Incoming to gateway %1  %2 %3  SMS record %4</source>
        <translation>Entrant vers la passerelle %1  %2 %3  enregistrement SMS %4</translation>
    </message>
    <message>
        <source>(not created)</source>
        <translation>(non créé)</translation>
    </message>
    <message>
        <source>created</source>
        <translation>créé</translation>
    </message>
    <message>
        <source>given up</source>
        <translation>abandonné</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>  received %1; record %2; sender %3</source>
        <translation>  reçu %1 ; enregistrement %2 ; expéditeur %3</translation>
    </message>
    <message numerus="yes">
        <source>  not created (%n attempt(s)): %1</source>
        <translation>
            <numerusform>  non créé (%n tentative) : %1</numerusform>
            <numerusform>  non créé (%n tentatives) : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>deliveries find (--sms-record ID | --provider-id ID | --batch ID | --phone NUMBER)
Shows each delivery&apos;s status timeline, error code, segments and write-back state, outgoing messages and incoming ones (replies, with the SMS record the engine created for each). A phone number is normalised and hashed in memory; the log is searched by the hash (a recipient&apos;s, or a reply&apos;s sender&apos;s) and the number is kept nowhere.</source>
        <translation>deliveries find (--sms-record ID | --provider-id ID | --batch ID | --phone NUMÉRO)
Affiche pour chaque remise la chronologie des statuts, le code d’erreur, les segments et l’état de la réécriture, messages sortants et entrants (réponses, avec l’enregistrement SMS que le moteur a créé pour chacune). Un numéro de téléphone est normalisé et haché en mémoire ; le journal est cherché par le hachage (d’un destinataire ou de l’expéditeur d’une réponse) et le numéro n’est conservé nulle part.</translation>
    </message>
    <message>
        <source>A recipient&apos;s or a sender&apos;s number.</source>
        <translation>Le numéro d’un destinataire ou d’un expéditeur.</translation>
    </message>
</context>
<context>
    <name>relay::cli::EngineCommand</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>The messaging engine: gateways, sends, status callbacks, segment counts.</source>
        <translation>Le moteur de messagerie : passerelles, envois, rappels de statut, nombres de segments.</translation>
    </message>
    <message>
        <source>unknown engine action &apos;%1&apos;</source>
        <translation>action engine inconnue &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Counts the SMS segments of a text as providers bill them: GSM-7 (160 characters, 153 per part; extension characters cost two) or UCS-2 (70, 67 per part) when any character is outside GSM-7. Shows which characters forced UCS-2 or cost two. The text is not stored or logged.</source>
        <translation>Compte les segments SMS d&apos;un texte comme les fournisseurs les facturent : GSM-7 (160 caractères, 153 par partie ; les caractères d&apos;extension comptent double) ou UCS-2 (70, 67 par partie) dès qu&apos;un caractère est hors de GSM-7. Indique quels caractères ont imposé UCS-2 ou comptent double. Le texte n&apos;est ni stocké ni journalisé.</translation>
    </message>
    <message>
        <source>The text.</source>
        <translation>Le texte.</translation>
    </message>
    <message>
        <source>Read the text from a file (UTF-8).</source>
        <translation>Lire le texte depuis un fichier (UTF-8).</translation>
    </message>
    <message>
        <source>engine segments needs exactly one of --text and --text-file</source>
        <translation>engine segments exige exactement une option parmi --text et --text-file</translation>
    </message>
    <message>
        <source>Encoding: %1</source>
        <translation>Encodage : %1</translation>
    </message>
    <message>
        <source>Segments: %1</source>
        <translation>Segments : %1</translation>
    </message>
    <message>
        <source>Septets: %1 (parts: %2; a single part holds %3, each part of a longer message %4)</source>
        <translation>Septets : %1 (parties : %2 ; une partie unique contient %3, chaque partie d&apos;un message plus long %4)</translation>
    </message>
    <message>
        <source>UTF-16 units: %1 (parts: %2; a single part holds %3, each part of a longer message %4)</source>
        <translation>Unités UTF-16 : %1 (parties : %2 ; une partie unique contient %3, chaque partie d&apos;un message plus long %4)</translation>
    </message>
    <message>
        <source>Forced UCS-2 (not in GSM-7): %1</source>
        <translation>UCS-2 imposé (hors GSM-7) : %1</translation>
    </message>
    <message>
        <source>Cost two septets (GSM-7 extension table): %1</source>
        <translation>Comptent deux septets (table d&apos;extension GSM-7) : %1</translation>
    </message>
    <message>
        <source>add, list or remove</source>
        <translation>add, list ou remove</translation>
    </message>
    <message>
        <source>twilio or telnyx</source>
        <translation>twilio ou telnyx</translation>
    </message>
    <message>
        <source>Twilio Account SID; Telnyx messaging profile id.</source>
        <translation>Twilio Account SID ; identifiant de profil de messagerie Telnyx.</translation>
    </message>
    <message>
        <source>Twilio messaging service to send through.</source>
        <translation>Service de messagerie Twilio par lequel envoyer.</translation>
    </message>
    <message>
        <source>engine gateway takes add, list or remove</source>
        <translation>engine gateway attend add, list ou remove</translation>
    </message>
    <message>
        <source>engine gateway %1 takes one gateway address</source>
        <translation>engine gateway %1 attend une seule adresse de passerelle</translation>
    </message>
    <message>
        <source>No gateways. Add one with &apos;engine gateway add ADDRESS --provider twilio --account AC…&apos;.</source>
        <translation>Aucune passerelle. Ajoutez-en une avec &apos;engine gateway add ADDRESS --provider twilio --account AC…&apos;.</translation>
    </message>
    <message>
        <source>Added gateway %1.</source>
        <translation>Passerelle %1 ajoutée.</translation>
    </message>
    <message>
        <source>Removed gateway %1.</source>
        <translation>Passerelle %1 supprimée.</translation>
    </message>
    <message>
        <source>Shows, or sets, the region numbers without a country code are read in (US, GB, …).</source>
        <translation>Affiche ou définit la région dans laquelle sont interprétés les numéros sans indicatif de pays (US, GB, …).</translation>
    </message>
    <message>
        <source>A region code.</source>
        <translation>Un code de région.</translation>
    </message>
    <message>
        <source>Sends every row of a CSV file (header: gateway,to,sms_record_id,batch_id,source_record_id,text) through the pipeline. Recipients and texts are used for the send and kept nowhere.</source>
        <translation>Envoie chaque ligne d&apos;un fichier CSV (en-tête : gateway,to,sms_record_id,batch_id,source_record_id,text) via le pipeline. Les destinataires et les textes servent à l&apos;envoi et ne sont conservés nulle part.</translation>
    </message>
    <message>
        <source>Sends one message through the pipeline: validate, count segments, hash the recipient, submit, log. The recipient, the text and the source record id are kept nowhere. The text comes from --text, --text-file or standard input.</source>
        <translation>Envoie un message via le pipeline : validation, comptage des segments, hachage du destinataire, soumission, journalisation. Le destinataire, le texte et l&apos;identifiant de l&apos;enregistrement source ne sont conservés nulle part. Le texte provient de --text, de --text-file ou de l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>The sending gateway.</source>
        <translation>La passerelle d&apos;envoi.</translation>
    </message>
    <message>
        <source>The recipient (E.164, national, or whatsapp:+…).</source>
        <translation>Le destinataire (E.164, format national ou whatsapp:+…).</translation>
    </message>
    <message>
        <source>The Salesforce SMS record id.</source>
        <translation>L&apos;identifiant de l&apos;enregistrement SMS Salesforce.</translation>
    </message>
    <message>
        <source>The batch group id.</source>
        <translation>L&apos;identifiant du groupe de lot.</translation>
    </message>
    <message>
        <source>The Salesforce record it was sent from (not kept).</source>
        <translation>L&apos;enregistrement Salesforce à partir duquel il a été envoyé (non conservé).</translation>
    </message>
    <message>
        <source>Read the text from a file.</source>
        <translation>Lire le texte depuis un fichier.</translation>
    </message>
    <message>
        <source>Stand-in for the providers&apos; hosts (e.g. the sandbox).</source>
        <translation>Remplaçant des hôtes des fournisseurs (p. ex. la sandbox).</translation>
    </message>
    <message>
        <source>Where &apos;engine serve&apos; listens, as the providers reach it (e.g. http://127.0.0.1:8090).</source>
        <translation>Où &apos;engine serve&apos; écoute, tel que les fournisseurs l&apos;atteignent (p. ex. http://127.0.0.1:8090).</translation>
    </message>
    <message>
        <source>Submits at once (default 8).</source>
        <translation>Soumissions simultanées (par défaut 8).</translation>
    </message>
    <message>
        <source>Submits per second per gateway (default 10).</source>
        <translation>Soumissions par seconde et par passerelle (par défaut 10).</translation>
    </message>
    <message>
        <source>The CSV file.</source>
        <translation>Le fichier CSV.</translation>
    </message>
    <message>
        <source>engine send-batch takes one CSV file</source>
        <translation>engine send-batch attend un seul fichier CSV</translation>
    </message>
    <message>
        <source>engine send needs --%1</source>
        <translation>engine send exige --%1</translation>
    </message>
    <message>
        <source>give the text once: --text or --text-file</source>
        <translation>indiquez le texte une seule fois : --text ou --text-file</translation>
    </message>
    <message>
        <source>cannot read the text: %1</source>
        <translation>impossible de lire le texte : %1</translation>
    </message>
    <message>
        <source>--callback takes an http(s) URL, not &apos;%1&apos;</source>
        <translation>--callback attend une URL http(s), et non &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 of %2 submitted…</source>
        <translation>%1 sur %2 soumis…</translation>
    </message>
    <message numerus="yes">
        <source>Sent SMS record %1 as %2 (%3, %n segment(s)).</source>
        <translation>
            <numerusform>Enregistrement SMS %1 envoyé sous %2 (%3, %n segment).</numerusform>
            <numerusform>Enregistrement SMS %1 envoyé sous %2 (%3, %n segments).</numerusform>
        </translation>
    </message>
    <message>
        <source>SMS record %1 not sent: %2</source>
        <translation>Enregistrement SMS %1 non envoyé : %2</translation>
    </message>
    <message>
        <source>SMS record %1 refused: %2</source>
        <translation>Enregistrement SMS %1 refusé : %2</translation>
    </message>
    <message>
        <source>SMS record %1: warning: %2</source>
        <translation>Enregistrement SMS %1 : avertissement : %2</translation>
    </message>
    <message>
        <source>Sent %1 of %2 messages; %3 failed or refused.</source>
        <translation>%1 messages sur %2 envoyés ; %3 en échec ou refusés.</translation>
    </message>
    <message>
        <source>warning: no credentials for %1 in the environment or the keychain; its sends will be refused</source>
        <translation>avertissement : aucun identifiant pour %1 dans l&apos;environnement ni dans le trousseau ; ses envois seront refusés</translation>
    </message>
    <message>
        <source>Address and port (default 127.0.0.1:8090).</source>
        <translation>Adresse et port (par défaut 127.0.0.1:8090).</translation>
    </message>
    <message>
        <source>The base URL the providers call, when a proxy stands in front.</source>
        <translation>L&apos;URL de base qu&apos;appellent les fournisseurs, lorsqu&apos;un proxy est placé en frontal.</translation>
    </message>
    <message>
        <source>Answer short links only; no provider callback credentials are needed.</source>
        <translation>Répondre uniquement aux liens courts ; aucun identifiant de rappel de fournisseur n&apos;est nécessaire.</translation>
    </message>
    <message>
        <source>--listen takes host:port, such as 127.0.0.1:8090, not &apos;%1&apos;</source>
        <translation>--listen attend hôte:port, par exemple 127.0.0.1:8090, et non &apos;%1&apos;</translation>
    </message>
    <message>
        <source>set TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN, or TELNYX_PUBLIC_KEY: without them no callback can be verified (--links-only serves short links alone)</source>
        <translation>définissez TWILIO_ACCOUNT_SID et TWILIO_AUTH_TOKEN, ou TELNYX_PUBLIC_KEY : sans eux, aucun rappel ne peut être vérifié (--links-only ne sert que les liens courts)</translation>
    </message>
    <message>
        <source>cannot listen on %1:%2</source>
        <translation>impossible d&apos;écouter sur %1:%2</translation>
    </message>
    <message>
        <source>relayaudit-cli: refused: %1</source>
        <translation>relayaudit-cli : refusé : %1</translation>
    </message>
    <message>
        <source>Listening: Twilio status callbacks at %1, Telnyx webhooks at %2. Ctrl-C stops.</source>
        <translation>À l&apos;écoute : rappels de statut Twilio sur %1, webhooks Telnyx sur %2. Ctrl-C pour arrêter.</translation>
    </message>
    <message>
        <source>Stopped: %1 status changes applied, %2 kept in timelines only, %3 ahead of their submit (applied when it is logged), %4 refused.</source>
        <translation>Arrêté : %1 changements de statut appliqués, %2 conservés uniquement dans les chronologies, %3 arrivés avant leur soumission (appliqués lorsqu&apos;elle sera journalisée), %4 refusés.</translation>
    </message>
    <message>
        <source>Short links: %1 followed, %2 clicks recorded, %3 unknown codes, %4 refused by the rate limit.</source>
        <translation>Liens courts : %1 suivis, %2 clics enregistrés, %3 codes inconnus, %4 refusés par la limitation de débit.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Salesforce API name</source>
        <translation>&apos;%1&apos; n&apos;est pas un nom d&apos;API Salesforce</translation>
    </message>
    <message>
        <source>%1: %2 MiB is more than a send batch can be (%3 MiB); split it</source>
        <translation>%1 : %2 Mio dépasse la taille maximale d&apos;un lot d&apos;envoi (%3 Mio) ; divisez-le</translation>
    </message>
    <message numerus="yes">
        <source>Sent SMS record %1 (%2, %n segment(s)); warning: %3</source>
        <translation>
            <numerusform>Enregistrement SMS %1 envoyé (%2, %n segment) ; avertissement : %3</numerusform>
            <numerusform>Enregistrement SMS %1 envoyé (%2, %n segments) ; avertissement : %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Callbacks: %1 replays of an event held already (nothing added), %2 ahead of their submit refused because the early events were full (503), %3 early events dropped unmatched after a day.</source>
        <translation>Rappels : %1 répétitions d&apos;un événement déjà conservé (rien d&apos;ajouté), %2 arrivés avant leur soumission refusés car les événements anticipés étaient pleins (503), %3 événements anticipés supprimés sans correspondance après un jour.</translation>
    </message>
    <message>
        <source>engine gateway add ADDRESS --provider twilio|telnyx [--account SID] [--service MG…] [--org NAME --record-id ID]
engine gateway list
engine gateway remove ADDRESS
The client&apos;s sending numbers (E.164, short codes, whatsapp:+…) and the provider details the engine sends them with; each may belong to a client org (&apos;engine org add&apos;) and name its Gateway record there.</source>
        <translation>engine gateway add ADDRESS --provider twilio|telnyx [--account SID] [--service MG…] [--org NAME --record-id ID]
engine gateway list
engine gateway remove ADDRESS
Les numéros d&apos;envoi du client (E.164, codes courts, whatsapp:+…) et les paramètres du fournisseur avec lesquels le moteur envoie depuis ces numéros ; chacun peut appartenir à une org cliente (&apos;engine org add&apos;) et y nommer son enregistrement Gateway.</translation>
    </message>
    <message>
        <source>The client org the gateway belongs to (&apos;engine org add&apos;).</source>
        <translation>L&apos;org cliente à laquelle appartient la passerelle (&apos;engine org add&apos;).</translation>
    </message>
    <message>
        <source>Its Gateway record in that org (a0G…).</source>
        <translation>Son enregistrement Gateway dans cette org (a0G…).</translation>
    </message>
    <message>
        <source>The org&apos;s own URL (https://acme.my.salesforce.com).</source>
        <translation>L&apos;URL propre de l&apos;org (https://acme.my.salesforce.com).</translation>
    </message>
    <message>
        <source>engine org %1 takes one org name</source>
        <translation>engine org %1 attend un nom d&apos;org</translation>
    </message>
    <message>
        <source>No orgs. Add one with &apos;engine org add NAME --instance-url URL&apos;.</source>
        <translation>Aucune org. Ajoutez-en une avec &apos;engine org add NAME --instance-url URL&apos;.</translation>
    </message>
    <message>
        <source>relayaudit-cli: warning: the org&apos;s keychain entry was not removed: %1</source>
        <translation>relayaudit-cli : avertissement : l&apos;entrée de trousseau de l&apos;org n&apos;a pas été retirée : %1</translation>
    </message>
    <message>
        <source>Removed org %1.</source>
        <translation>Org %1 retirée.</translation>
    </message>
    <message>
        <source>engine org add needs --instance-url</source>
        <translation>engine org add demande --instance-url</translation>
    </message>
    <message>
        <source>relayaudit-cli: warning: the org&apos;s secrets are not in the keychain (%1); set the SALESFORCE_* variables for each command that reaches it, or run &apos;credentials set salesforce --org %2&apos; where a keychain answers.</source>
        <translation>relayaudit-cli : avertissement : les secrets de l&apos;org ne sont pas dans le trousseau (%1) ; définissez les variables SALESFORCE_* pour chaque commande qui l&apos;atteint, ou lancez &apos;credentials set salesforce --org %2&apos; là où un trousseau répond.</translation>
    </message>
    <message>
        <source>Added org %1 (%2); its secrets are in the system keychain.</source>
        <translation>Org %1 (%2) ajoutée ; ses secrets sont dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Added org %1 (%2).</source>
        <translation>Org %1 (%2) ajoutée.</translation>
    </message>
    <message>
        <source>Org %1: signed in, and %2 can be read.</source>
        <translation>Org %1 : connecté, et %2 est lisible.</translation>
    </message>
    <message>
        <source>check: the SMS object to read (default: the org&apos;s, &apos;engine org fields&apos;).</source>
        <translation>check : l&apos;objet SMS à lire (par défaut : celui de l&apos;org, &apos;engine org fields&apos;).</translation>
    </message>
    <message>
        <source>fields: set a name or a Status value (object=…, status-field=…, status:delivered=Sent Successfully); repeatable.</source>
        <translation>fields : définit un nom ou une valeur de Status (object=…, status-field=…, status:delivered=Sent Successfully) ; répétable.</translation>
    </message>
    <message>
        <source>fields: put a key back to its default; repeatable.</source>
        <translation>fields : remet une clé à sa valeur par défaut ; répétable.</translation>
    </message>
    <message>
        <source>--set takes KEY=VALUE, not &apos;%1&apos;</source>
        <translation>--set attend CLÉ=VALEUR, pas &apos;%1&apos;</translation>
    </message>
    <message numerus="yes">
        <source>%n write-back(s) the org refused a Status value for will be tried again.</source>
        <translation>
            <numerusform>%n réécriture dont l&apos;org a refusé la valeur de Status sera retentée.</numerusform>
            <numerusform>%n réécritures dont l&apos;org a refusé la valeur de Status seront retentées.</numerusform>
        </translation>
    </message>
    <message>
        <source>(assumed name)</source>
        <translation>(nom supposé)</translation>
    </message>
    <message>
        <source>(Status not written)</source>
        <translation>(Status non écrit)</translation>
    </message>
    <message>
        <source>the default org</source>
        <translation>l&apos;org par défaut</translation>
    </message>
    <message>
        <source>org %1</source>
        <translation>l&apos;org %1</translation>
    </message>
    <message>
        <source>Writes each SMS record&apos;s status back to its org (sObject Collections PATCH, 200 a request) until nothing is pending: the Status picklist value the provider&apos;s status maps to, and the provider&apos;s status, error code, message id and segments in their own fields. Every org with pending work is written in one run, each with its own login and field map (&apos;engine org fields&apos;); one org&apos;s failure holds back only that org. --check reads the records back instead (SOQL) and compares.
A registered org&apos;s secrets come from the keychain. The default org (the gateways without an org) signs in with SALESFORCE_CLIENT_ID with SALESFORCE_CLIENT_SECRET and SALESFORCE_REFRESH_TOKEN (refresh-token flow), or with SALESFORCE_USERNAME and SALESFORCE_JWT_KEY_FILE (JWT bearer flow, RS256; the file readable by you only); its names are the package&apos;s unless the options below say otherwise.</source>
        <translation>Réécrit le statut de chaque enregistrement SMS dans son org (sObject Collections PATCH, 200 par requête) jusqu&apos;à ce que rien ne reste en attente : la valeur de la liste de sélection Status à laquelle correspond le statut du fournisseur, et le statut, le code d&apos;erreur, l&apos;id de message et les segments du fournisseur dans leurs propres champs. Chaque org ayant du travail en attente est écrite en une exécution, chacune avec sa propre connexion et sa table de champs (&apos;engine org fields&apos;) ; la panne d&apos;une org ne retient que cette org. --check relit plutôt les enregistrements (SOQL) et compare.
Les secrets d&apos;une org enregistrée viennent du trousseau. L&apos;org par défaut (les passerelles sans org) se connecte avec SALESFORCE_CLIENT_ID avec SALESFORCE_CLIENT_SECRET et SALESFORCE_REFRESH_TOKEN (flux refresh token), ou avec SALESFORCE_USERNAME et SALESFORCE_JWT_KEY_FILE (flux JWT bearer, RS256 ; le fichier lisible par vous seul) ; ses noms sont ceux du package sauf si les options ci-dessous disent autrement.</translation>
    </message>
    <message>
        <source>Compare what the orgs hold with the log; write nothing.</source>
        <translation>Compare ce que contiennent les orgs avec le journal ; n&apos;écrit rien.</translation>
    </message>
    <message>
        <source>The default org&apos;s; default %1.</source>
        <translation>Celui de l&apos;org par défaut ; par défaut %1.</translation>
    </message>
    <message>
        <source>org %1 is not registered: register it with &apos;engine org add&apos;</source>
        <translation>l&apos;org %1 n&apos;est pas enregistrée : enregistrez-la avec &apos;engine org add&apos;</translation>
    </message>
    <message>
        <source>Checked %1 written-back SMS records in %5: %2 match the log, %3 differ, %4 missing in the org.</source>
        <translation>%1 enregistrements SMS réécrits vérifiés dans %5 : %2 correspondent au journal, %3 diffèrent, %4 manquent dans l&apos;org.</translation>
    </message>
    <message>
        <source>Wrote back %1 SMS records to %5 (%2 refusals retried, %3 given up, %4 session refreshes).</source>
        <translation>%1 enregistrements SMS réécrits dans %5 (%2 refus retentés, %3 abandonnés, %4 renouvellements de session).</translation>
    </message>
    <message numerus="yes">
        <source>%n org(s) not done, their write-backs wait for the next run: %1</source>
        <translation>
            <numerusform>%n org non traitée, ses réécritures attendent la prochaine exécution : %1</numerusform>
            <numerusform>%n orgs non traitées, leurs réécritures attendent la prochaine exécution : %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>relayaudit-cli: %1 refused %n SMS record(s) for good; the last reason: %2. &apos;deliveries find&apos; shows each one&apos;s.</source>
        <translation>
            <numerusform>relayaudit-cli : %1 a refusé définitivement %n enregistrement SMS ; la dernière raison : %2. &apos;deliveries find&apos; montre celle de chacun.</numerusform>
            <numerusform>relayaudit-cli : %1 a refusé définitivement %n enregistrements SMS ; la dernière raison : %2. &apos;deliveries find&apos; montre celle de chacun.</numerusform>
        </translation>
    </message>
    <message>
        <source>Asks each registered org (SOQL, every page) for the outgoing SMS records still &apos;Queued&apos; that are older than --older-than seconds, and sends those the log does not hold through the pipeline, as the package&apos;s callout would have: a record is sent once however often it is swept. Number and text are read into memory for the send and kept nowhere. An org that cannot be reached is named and the others are swept.</source>
        <translation>Demande à chaque org enregistrée (SOQL, toutes les pages) les enregistrements SMS sortants encore &apos;Queued&apos; plus vieux que --older-than secondes, et envoie par le pipeline ceux que le journal n&apos;a pas, comme l&apos;aurait fait le callout du package : un enregistrement est envoyé une fois, quel que soit le nombre de balayages. Numéro et texte sont lus en mémoire pour l&apos;envoi et gardés nulle part. Une org injoignable est nommée et les autres sont balayées.</translation>
    </message>
    <message>
        <source>Sweep this registered org only.</source>
        <translation>Balayer seulement cette org enregistrée.</translation>
    </message>
    <message>
        <source>Only records created at least this many seconds ago (default 120): younger ones are still on their way through the callout.</source>
        <translation>Seulement les enregistrements créés il y a au moins ce nombre de secondes (120 par défaut) : les plus récents arrivent encore par le callout.</translation>
    </message>
    <message>
        <source>--older-than takes 0 to 2592000 seconds, not &apos;%1&apos;</source>
        <translation>--older-than attend de 0 à 2592000 secondes, pas &apos;%1&apos;</translation>
    </message>
    <message>
        <source>No orgs to sweep. Register one with &apos;engine org add&apos;.</source>
        <translation>Aucune org à balayer. Enregistrez-en une avec &apos;engine org add&apos;.</translation>
    </message>
    <message>
        <source>relayaudit-cli: warning: %1</source>
        <translation>relayaudit-cli : avertissement : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n queued record(s) to send; %1 already in the log.</source>
        <translation>
            <numerusform>%n enregistrement en file à envoyer ; %1 déjà dans le journal.</numerusform>
            <numerusform>%n enregistrements en file à envoyer ; %1 déjà dans le journal.</numerusform>
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
Les orgs clientes pour lesquelles travaille le moteur. &apos;add&apos; prend la connected app dans les variables SALESFORCE_* de &apos;engine writeback&apos; (flux refresh token ou JWT bearer) : la consumer key et le nom d&apos;utilisateur restent dans l&apos;espace de travail, les secrets (client secret et refresh token, ou la clé JWT) dans le trousseau du système, jamais dans un fichier. &apos;check&apos; se connecte et lit un enregistrement de l&apos;objet SMS. &apos;fields&apos; affiche ou modifie l&apos;objet SMS, les noms de champ et les valeurs de la liste Status de l&apos;org (status:STATUT-FOURNISSEUR=VALEUR). &apos;intake-secret&apos; range dans le trousseau du système le secret avec lequel le package de l&apos;org signe son callout, lu dans RELAYAUDIT_INTAKE_SECRET ou saisi sans écho (au moins 32 caractères) ; &apos;engine serve&apos; le lit là, ou dans RELAYAUDIT_INTAKE_SECRET_&lt;ORG&gt;.</translation>
    </message>
    <message>
        <source>add, list, check, fields, intake-secret or remove</source>
        <translation>add, list, check, fields, intake-secret ou remove</translation>
    </message>
    <message>
        <source>engine org takes add, list, check, fields, intake-secret or remove</source>
        <translation>engine org prend add, list, check, fields, intake-secret ou remove</translation>
    </message>
    <message>
        <source>Intake secret of org %1: </source>
        <translation>Secret d&apos;entrée de l&apos;org %1 : </translation>
    </message>
    <message>
        <source>an intake secret has at least 32 characters; this one has %1</source>
        <translation>un secret d&apos;entrée a au moins 32 caractères ; celui-ci en a %1</translation>
    </message>
    <message>
        <source>the intake secret was not kept: %1; give &apos;engine serve&apos; %2 instead</source>
        <translation>le secret d&apos;entrée n&apos;a pas été rangé : %1 ; donnez plutôt %2 à &apos;engine serve&apos;</translation>
    </message>
    <message>
        <source>Org %1&apos;s intake secret is in the system keychain.</source>
        <translation>Le secret d&apos;entrée de l&apos;org %1 est dans le trousseau du système.</translation>
    </message>
    <message>
        <source>relayaudit-cli: warning: org %1 has no intake secret (%2, or &apos;engine org intake-secret %1&apos;); its callouts are refused</source>
        <translation>relayaudit-cli : avertissement : l&apos;org %1 n&apos;a pas de secret d&apos;entrée (%2, ou &apos;engine org intake-secret %1&apos;) ; ses callouts sont refusés</translation>
    </message>
    <message>
        <source>relayaudit-cli: SMS record %1 not sent: %2</source>
        <translation>relayaudit-cli : enregistrement SMS %1 non envoyé : %2</translation>
    </message>
    <message>
        <source>Intake: the package&apos;s callout at %1 for %2.</source>
        <translation>Entrée : le callout du package sur %1 pour %2.</translation>
    </message>
    <message>
        <source>Intake: %1 SMS records taken to send, %2 duplicates of records sent already (not sent again), %3 refused.</source>
        <translation>Entrée : %1 enregistrements SMS acceptés pour envoi, %2 doublons d&apos;enregistrements déjà envoyés (pas renvoyés), %3 refusés.</translation>
    </message>
    <message>
        <source>Sweep every registered org for outgoing records still &apos;Queued&apos; (as &apos;engine sweep&apos;) at the start and then every this many seconds (default 300; 0: never).</source>
        <translation>Balayer chaque org enregistrée à la recherche d&apos;enregistrements sortants encore &apos;Queued&apos; (comme &apos;engine sweep&apos;) au démarrage puis toutes les tant de secondes (300 par défaut ; 0 : jamais).</translation>
    </message>
    <message>
        <source>The sweep takes records created at least this many seconds ago (default 120).</source>
        <translation>Le balayage prend les enregistrements créés il y a au moins tant de secondes (120 par défaut).</translation>
    </message>
    <message>
        <source>--sweep-every takes 0 to 86400 seconds, not &apos;%1&apos;</source>
        <translation>--sweep-every prend de 0 à 86400 secondes, pas &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--sweep-older-than takes 0 to 2592000 seconds, not &apos;%1&apos;</source>
        <translation>--sweep-older-than prend de 0 à 2592000 secondes, pas &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Sweep: every %1 s, each registered org&apos;s outgoing records still &apos;Queued&apos; after %2 s.</source>
        <translation>Balayage : toutes les %1 s, les enregistrements sortants de chaque org enregistrée encore &apos;Queued&apos; après %2 s.</translation>
    </message>
    <message>
        <source>relayaudit-cli: sweep: %1</source>
        <translation>relayaudit-cli : balayage : %1</translation>
    </message>
    <message>
        <source>relayaudit-cli: sweep: SMS record %1 refused: %2</source>
        <translation>relayaudit-cli : balayage : enregistrement SMS %1 refusé : %2</translation>
    </message>
    <message numerus="yes">
        <source>Sweep: %n queued record(s) the callout missed, sent now.</source>
        <translation>
            <numerusform>Balayage : %n enregistrement en file que le callout a manqué, envoyé maintenant.</numerusform>
            <numerusform>Balayage : %n enregistrements en file que le callout a manqués, envoyés maintenant.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sweep: %n queued record(s) the callout missed, sent.</source>
        <translation>
            <numerusform>Balayage : %n enregistrement en file que le callout a manqué, envoyé.</numerusform>
            <numerusform>Balayage : %n enregistrements en file que le callout a manqués, envoyés.</numerusform>
        </translation>
    </message>
    <message>
        <source>relayaudit-cli: warning: org %1&apos;s intake secret is shorter than %2 characters; not taken</source>
        <translation>relayaudit-cli : avertissement : le secret d&apos;entrée de l&apos;org %1 a moins de %2 caractères ; non pris</translation>
    </message>
    <message>
        <source>relayaudit-cli: warning: %1 would serve more than one org; org %2&apos;s intake secret is taken from the keychain only</source>
        <translation>relayaudit-cli : avertissement : %1 servirait plus d&apos;une org ; le secret d&apos;entrée de l&apos;org %2 est pris dans le trousseau seulement</translation>
    </message>
    <message>
        <source>Receives status callbacks: Twilio&apos;s at /twilio/status (X-Twilio-Signature under TWILIO_AUTH_TOKEN of TWILIO_ACCOUNT_SID), Telnyx&apos;s at /telnyx/webhook (Ed25519 under TELNYX_PUBLIC_KEY). Answers short links at /CODE. Takes the managed package&apos;s callout at POST /salesforce/sms for every registered org with an intake secret (RELAYAUDIT_INTAKE_SECRET_&lt;ORG&gt;, or &apos;engine org intake-secret&apos;): headers X-Relay-Org, X-Relay-Timestamp (Unix seconds) and X-Relay-Signature (base64 HMAC-SHA256 of timestamp + body), a JSON body {&quot;records&quot;: [...]} of at most 200 SMS records, each sent once through the pipeline. Sweeps every registered org as &apos;engine sweep&apos; does, at the start and every --sweep-every seconds. Takes incoming messages: Twilio&apos;s at POST /twilio/inbound (answered with an empty TwiML &lt;Response/&gt;), Telnyx&apos;s message.received events at /telnyx/webhook; each becomes an SMS record (Direction Incoming) in its gateway&apos;s org, and one the org cannot take is fetched again from the provider later. Refused requests get 403 (400 for a malformed callout) and one line here, without their content. Ctrl-C stops, after the sends under way are logged.</source>
        <translation>Reçoit les callbacks de statut : ceux de Twilio sur /twilio/status (X-Twilio-Signature sous TWILIO_AUTH_TOKEN de TWILIO_ACCOUNT_SID), ceux de Telnyx sur /telnyx/webhook (Ed25519 sous TELNYX_PUBLIC_KEY). Répond aux liens courts sur /CODE. Accepte le callout du package géré sur POST /salesforce/sms pour chaque org enregistrée ayant un secret d&apos;entrée (RELAYAUDIT_INTAKE_SECRET_&lt;ORG&gt;, ou &apos;engine org intake-secret&apos;) : en-têtes X-Relay-Org, X-Relay-Timestamp (secondes Unix) et X-Relay-Signature (HMAC-SHA256 en base64 de l&apos;horodatage + corps), un corps JSON {&quot;records&quot;: [...]} d&apos;au plus 200 enregistrements SMS, chacun envoyé une fois par le pipeline. Balaie chaque org enregistrée comme &apos;engine sweep&apos;, au démarrage puis toutes les --sweep-every secondes. Accepte les messages entrants : ceux de Twilio sur POST /twilio/inbound (répondus par un TwiML &lt;Response/&gt; vide), les événements message.received de Telnyx sur /telnyx/webhook ; chacun devient un enregistrement SMS (Direction Incoming) dans l&apos;org de sa passerelle, et celui que l&apos;org ne peut pas accepter est récupéré à nouveau chez le fournisseur plus tard. Les requêtes refusées reçoivent 403 (400 pour un callout mal formé) et une ligne ici, sans leur contenu. Ctrl-C arrête, une fois les envois en cours journalisés.</translation>
    </message>
    <message>
        <source>relayaudit-cli: warning: incoming messages are not taken (their senders&apos; numbers cannot be hashed): %1</source>
        <translation>relayaudit-cli : avertissement : les messages entrants ne sont pas acceptés (les numéros de leurs expéditeurs ne peuvent pas être hachés) : %1</translation>
    </message>
    <message>
        <source>relayaudit-cli: incoming: %1</source>
        <translation>relayaudit-cli : entrant : %1</translation>
    </message>
    <message>
        <source>Incoming messages: Twilio&apos;s at %1, Telnyx&apos;s message.received at %2.</source>
        <translation>Messages entrants : ceux de Twilio à %1, message.received de Telnyx à %2.</translation>
    </message>
    <message>
        <source>Incoming: %1 messages taken, %2 duplicates, %3 SMS records created, %4 left pending for the org, %5 given up.</source>
        <translation>Entrants : %1 messages acceptés, %2 doublons, %3 enregistrements SMS créés, %4 en attente pour l’org, %5 abandonnés.</translation>
    </message>
    <message>
        <source>Incoming messages an org could not take are fetched again from their provider this many seconds later at first, the wait doubling to an hour (default 60).</source>
        <translation>Les messages entrants qu&apos;une org n&apos;a pas pu prendre sont redemandés à leur fournisseur d&apos;abord après ce nombre de secondes, l&apos;attente doublant jusqu&apos;à une heure (60 par défaut).</translation>
    </message>
    <message>
        <source>--retry-every takes 1 to 3600 seconds, not &apos;%1&apos;</source>
        <translation>--retry-every prend de 1 à 3600 secondes, pas &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Stopping: waiting for the incoming messages under way (Ctrl-C again stops at once: they stay pending in the log and are fetched again from their providers at the next start)…</source>
        <translation>Arrêt : attente des messages entrants en cours (un autre Ctrl-C arrête aussitôt : ils restent en attente dans le journal et sont redemandés à leurs fournisseurs au prochain démarrage)…</translation>
    </message>
    <message numerus="yes">
        <source>Stopping: waiting for %n send(s) under way (Ctrl-C again stops at once: a send not yet logged may then be sent again by the sweep)…</source>
        <translation>
            <numerusform>Arrêt : attente de %n envoi en cours (un autre Ctrl-C arrête aussitôt : un envoi pas encore journalisé pourrait alors être renvoyé par le balayage)…</numerusform>
            <numerusform>Arrêt : attente de %n envois en cours (un autre Ctrl-C arrête aussitôt : un envoi pas encore journalisé pourrait alors être renvoyé par le balayage)…</numerusform>
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
        <translation>Usage : relayaudit-cli engine &lt;action&gt; [options]

Actions :
  segments    Combien de segments SMS prend un texte, et pourquoi.
  gateway     Ajouter, lister ou retirer les passerelles d&apos;envoi que le moteur peut utiliser.
  org         Ajouter, lister, vérifier ou retirer les orgs clientes pour lesquelles travaille le moteur.
  region      Afficher ou définir la région par défaut des numéros sans indicatif de pays.
  release-send  Laisser renvoyer un envoi dont le processus s&apos;est arrêté en cours de soumission.
  send        Envoyer un message par le pipeline.
  send-batch  Envoyer chaque ligne d&apos;un fichier CSV par le pipeline.
  serve       Recevoir les rappels de statut signés des fournisseurs.
  sweep       Envoyer les enregistrements SMS que chaque org garde encore en Queued et qui manquent au journal.
  writeback   Réécrire les statuts de livraison en attente dans les enregistrements SMS de Salesforce.
</translation>
    </message>
    <message>
        <source>Lets an SMS record whose send is uncertain (a worker stopped while submitting it) be sent again by the next sweep or callout. First check the provider&apos;s log: if the provider has the message, do not release it. --list shows the uncertain sends.</source>
        <translation>Laisse le prochain balayage ou callout renvoyer un enregistrement SMS dont l&apos;envoi est incertain (un processus s&apos;est arrêté pendant sa soumission). Vérifiez d&apos;abord le journal du fournisseur : s&apos;il a le message, ne le libérez pas. --list affiche les envois incertains.</translation>
    </message>
    <message>
        <source>The SMS record id.</source>
        <translation>L&apos;id de l&apos;enregistrement SMS.</translation>
    </message>
    <message>
        <source>[id]</source>
        <translation>[id]</translation>
    </message>
    <message>
        <source>List the uncertain sends instead (org, SMS record id, since).</source>
        <translation>Lister plutôt les envois incertains (org, id de l&apos;enregistrement SMS, depuis).</translation>
    </message>
    <message>
        <source>The record&apos;s org (default: the default org).</source>
        <translation>L&apos;org de l&apos;enregistrement (par défaut : l&apos;org par défaut).</translation>
    </message>
    <message>
        <source>No uncertain sends.</source>
        <translation>Aucun envoi incertain.</translation>
    </message>
    <message>
        <source>SMS record %1 of %2: submit started %3 by a worker that stopped</source>
        <translation>Enregistrement SMS %1 de %2 : soumission commencée %3 par un processus qui s&apos;est arrêté</translation>
    </message>
    <message>
        <source>engine release-send takes one SMS record id</source>
        <translation>engine release-send prend un id d&apos;enregistrement SMS</translation>
    </message>
    <message>
        <source>SMS record %1 of %2 has no uncertain send: nothing to release</source>
        <translation>L&apos;enregistrement SMS %1 de %2 n&apos;a pas d&apos;envoi incertain : rien à libérer</translation>
    </message>
    <message>
        <source>Released SMS record %1 of %2: the next sweep or callout sends it.</source>
        <translation>Enregistrement SMS %1 de %2 libéré : le prochain balayage ou callout l&apos;envoie.</translation>
    </message>
    <message>
        <source>; every worker of a deployment hashes with the same pepper: give it as RELAYAUDIT_PEPPER_FILE (a 0600 file of 64 hex digits) or RELAYAUDIT_PEPPER</source>
        <translation> ; tous les processus d&apos;un déploiement hachent avec le même poivre : donnez-le par RELAYAUDIT_PEPPER_FILE (un fichier 0600 de 64 chiffres hexadécimaux) ou RELAYAUDIT_PEPPER</translation>
    </message>
    <message>
        <source>Take the client&apos;s address from this header (e.g. X-Forwarded-For), set by a reverse proxy in front, for the short links&apos; and the refusals&apos; limits per address; without it the connection&apos;s address is used.</source>
        <translation>Prendre l&apos;adresse du client dans cet en-tête (p. ex. X-Forwarded-For), posé par un proxy inverse en amont, pour les limites par adresse des liens courts et des refus ; sans lui, l&apos;adresse de la connexion est utilisée.</translation>
    </message>
    <message>
        <source>relayaudit-cli: purge: %1</source>
        <translation>relayaudit-cli : purge : %1</translation>
    </message>
</context>
<context>
    <name>relay::cli::ExportCommand</name>
    <message>
        <source>Export a client usage report: records or a breakdown as CSV or JSON, or a PDF.</source>
        <translation>Exporter un rapport d&apos;utilisation client : enregistrements ou ventilation en CSV ou JSON, ou un PDF.</translation>
    </message>
    <message>
        <source>Writes the cached records of a pull (or of all live pulls), narrowed by the filter options, to a file. The file holds ids, the sending gateway, statuses, segments and timestamps; never a message body or a recipient. Every export is recorded in the activity log (counts only).</source>
        <translation>Écrit dans un fichier les enregistrements en cache d&apos;une récupération (ou de toutes les récupérations actives), restreints par les options de filtre. Le fichier contient des identifiants, la passerelle d&apos;envoi, les statuts, les segments et les horodatages ; jamais de corps de message ni de destinataire. Chaque export est consigné dans le journal d&apos;activité (nombres uniquement).</translation>
    </message>
    <message>
        <source>Export every live pull.</source>
        <translation>Exporter toutes les récupérations actives.</translation>
    </message>
    <message>
        <source>csv, json or pdf</source>
        <translation>csv, json ou pdf</translation>
    </message>
    <message>
        <source>Write this breakdown (csv or json) instead of the records.</source>
        <translation>Écrire cette ventilation (csv ou json) au lieu des enregistrements.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Le fichier à écrire.</translation>
    </message>
    <message>
        <source>export needs exactly one of --pull ID and --all</source>
        <translation>export exige exactement une option parmi --pull ID et --all</translation>
    </message>
    <message>
        <source>--format takes csv, json or pdf</source>
        <translation>--format attend csv, json ou pdf</translation>
    </message>
    <message>
        <source>unknown dimension &apos;%1&apos;</source>
        <translation>dimension inconnue &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--breakdown is for csv and json; a PDF holds every breakdown</source>
        <translation>--breakdown s&apos;applique à csv et json ; un PDF contient toutes les ventilations</translation>
    </message>
    <message>
        <source>export needs --out FILE</source>
        <translation>export exige --out FILE</translation>
    </message>
    <message>
        <source>this build has no GUI libraries, which PDF reports need; export csv or json, or use the full build</source>
        <translation>cette version ne comporte pas les bibliothèques graphiques nécessaires aux rapports PDF ; exportez en csv ou json, ou utilisez la version complète</translation>
    </message>
    <message>
        <source>Wrote a client usage report of %1 messages to %2.</source>
        <translation>Rapport d&apos;utilisation client de %1 messages écrit dans %2.</translation>
    </message>
    <message>
        <source>Wrote %1 breakdown rows to %2.</source>
        <translation>%1 lignes de ventilation écrites dans %2.</translation>
    </message>
    <message>
        <source>Wrote %1 records to %2.</source>
        <translation>%1 enregistrements écrits dans %2.</translation>
    </message>
</context>
<context>
    <name>relay::cli::HashCommand</name>
    <message>
        <source>Normalise a phone number and print its v1 recipient hash (nothing else about it is kept or logged).</source>
        <translation>Normaliser un numéro de téléphone et afficher son hachage de destinataire v1 (rien d&apos;autre le concernant n&apos;est conservé ni journalisé).</translation>
    </message>
    <message>
        <source>Normalises NUMBER to E.164 (libphonenumber; numbers without a country code are read in --region) and prints the workspace&apos;s v1 hash of it: HMAC-SHA-256 keyed with the workspace&apos;s pepper from the keychain (or RELAYAUDIT_PEPPER). The number is not stored or logged.</source>
        <translation>Normalise NUMBER au format E.164 (libphonenumber ; les numéros sans indicatif de pays sont interprétés dans la région --region) et affiche son hachage v1 propre à l&apos;espace de travail : HMAC-SHA-256 avec pour clé le poivre (pepper) de l&apos;espace de travail issu du trousseau (ou RELAYAUDIT_PEPPER). Le numéro n&apos;est ni stocké ni journalisé.</translation>
    </message>
    <message>
        <source>The phone number.</source>
        <translation>Le numéro de téléphone.</translation>
    </message>
    <message>
        <source>Region for numbers without a country code (default US).</source>
        <translation>Région des numéros sans indicatif de pays (par défaut US).</translation>
    </message>
    <message>
        <source>hash takes one phone number</source>
        <translation>hash attend un seul numéro de téléphone</translation>
    </message>
    <message>
        <source>relayaudit-cli: warning: the number is possible but not in an assigned range (such as the 555-01xx fiction range)</source>
        <translation>relayaudit-cli : avertissement : le numéro est possible mais n&apos;appartient pas à une plage attribuée (comme la plage fictive 555-01xx)</translation>
    </message>
</context>
<context>
    <name>relay::cli::ImportCommand</name>
    <message>
        <source>Import saved provider reports (Twilio pages or BulkExport day files, Telnyx detail records).</source>
        <translation>Importer des rapports de fournisseur enregistrés (pages Twilio ou fichiers journaliers BulkExport, enregistrements détaillés Telnyx).</translation>
    </message>
    <message>
        <source>Imports files into the encrypted report cache as a new pull, kept 7 days. Formats:
  twilio-json  saved Twilio Messages list pages (JSON)
  twilio-bulk  Twilio BulkExport day files (JSON lines, plain or .gz)
  telnyx-mdr   saved Telnyx detail-record pages (JSON)
Message bodies and the other party&apos;s numbers are never read into the cache.</source>
        <translation>Importe des fichiers dans le cache des rapports chiffré sous forme de nouvelle récupération, conservée 7 jours. Formats :
  twilio-json  pages enregistrées de la liste Messages de Twilio (JSON)
  twilio-bulk  fichiers journaliers BulkExport de Twilio (lignes JSON, bruts ou .gz)
  telnyx-mdr   pages enregistrées d&apos;enregistrements détaillés Telnyx (JSON)
Les corps de message et les numéros des correspondants ne sont jamais chargés dans le cache.</translation>
    </message>
    <message>
        <source>twilio-json, twilio-bulk or telnyx-mdr</source>
        <translation>twilio-json, twilio-bulk ou telnyx-mdr</translation>
    </message>
    <message>
        <source>The files to import.</source>
        <translation>Les fichiers à importer.</translation>
    </message>
    <message>
        <source>The client the report is for.</source>
        <translation>Le client auquel le rapport est destiné.</translation>
    </message>
    <message>
        <source>import needs a format and at least one file</source>
        <translation>import exige un format et au moins un fichier</translation>
    </message>
    <message>
        <source>unknown import format &apos;%1&apos; (twilio-json, twilio-bulk, telnyx-mdr)</source>
        <translation>format d&apos;importation inconnu &apos;%1&apos; (twilio-json, twilio-bulk, telnyx-mdr)</translation>
    </message>
    <message>
        <source>import needs at least one file</source>
        <translation>import exige au moins un fichier</translation>
    </message>
    <message>
        <source>no such file: %1</source>
        <translation>fichier introuvable : %1</translation>
    </message>
    <message>
        <source>file %1/%2: %3 records, %4 duplicates, %5 records/s</source>
        <translation>fichier %1/%2 : %3 enregistrements, %4 doublons, %5 enregistrements/s</translation>
    </message>
    <message>
        <source>Interrupted: pull %1 keeps the %2 records stored so far.</source>
        <translation>Interrompu : la récupération %1 conserve les %2 enregistrements stockés jusqu&apos;ici.</translation>
    </message>
    <message>
        <source>Imported %1 records (%2 segments) into pull %3; %4 duplicates skipped. Expires %5.</source>
        <translation>%1 enregistrements (%2 segments) importés dans la récupération %3 ; %4 doublons ignorés. Expire le %5.</translation>
    </message>
</context>
<context>
    <name>relay::cli::LinksCommand</name>
    <message>
        <source>Short links (Mogli URL and URL Pro): links, clicks, per-gateway mode, click write-back.</source>
        <translation>Liens courts (Mogli URL et URL Pro) : liens, clics, mode par passerelle, réécriture des clics dans Salesforce.</translation>
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
        <translation>Utilisation : relayaudit-cli links &lt;action&gt; [options]

Actions :
  list        Les liens courts : code, domaine cible, mode, clics.
  clicks      Clics URL Pro : heure, adresse IP, domaine, données du navigateur, état de la réécriture dans Salesforce.
  gateway     Afficher ou définir le mode de liens d&apos;une passerelle : none, url ou pro.
  base-url    Afficher ou définir l&apos;adresse à laquelle &apos;engine serve&apos; répond aux liens courts, telle que les destinataires l&apos;atteignent.
  shorten     Créer un lien court pour une URL.
  writeback   Écrire les clics en attente dans l&apos;org Salesforce du client.
Durée de conservation des liens : &apos;settings link-retention-days&apos;.
</translation>
    </message>
    <message>
        <source>unknown links action &apos;%1&apos;</source>
        <translation>action links inconnue &apos;%1&apos;</translation>
    </message>
    <message>
        <source>links clicks: the recorded URL Pro clicks, newest first.</source>
        <translation>links clicks : les clics URL Pro enregistrés, du plus récent au plus ancien.</translation>
    </message>
    <message>
        <source>links list: the short links, newest first. URL Pro links show the recipient hash and SMS record they were made for, never a number.</source>
        <translation>links list : les liens courts, du plus récent au plus ancien. Les liens URL Pro indiquent le hachage du destinataire et l&apos;enregistrement SMS pour lesquels ils ont été créés, jamais un numéro.</translation>
    </message>
    <message>
        <source>At most this many (default 1000).</source>
        <translation>Au plus ce nombre (par défaut 1000).</translation>
    </message>
    <message>
        <source>--limit takes a positive number, not &apos;%1&apos;</source>
        <translation>--limit attend un nombre positif, et non &apos;%1&apos;</translation>
    </message>
    <message>
        <source>No short links.</source>
        <translation>Aucun lien court.</translation>
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
        <translation>Aucun clic enregistré.</translation>
    </message>
    <message>
        <source>links gateway GATEWAY [--mode none|url|pro]: whether texts sent from GATEWAY get their http(s) links shortened (url), shortened with one tracked link per recipient (pro), or sent as written (none).</source>
        <translation>links gateway GATEWAY [--mode none|url|pro] : indique si les liens http(s) des textes envoyés depuis GATEWAY sont raccourcis (url), raccourcis avec un lien suivi par destinataire (pro), ou envoyés tels qu&apos;écrits (none).</translation>
    </message>
    <message>
        <source>A gateway of this workspace.</source>
        <translation>Une passerelle de cet espace de travail.</translation>
    </message>
    <message>
        <source>none, url or pro.</source>
        <translation>none, url ou pro.</translation>
    </message>
    <message>
        <source>links gateway takes one gateway</source>
        <translation>links gateway attend une seule passerelle</translation>
    </message>
    <message>
        <source>--mode is none, url or pro, not &apos;%1&apos;</source>
        <translation>--mode vaut none, url ou pro, et non &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: links %2</source>
        <translation>%1 : liens %2</translation>
    </message>
    <message>
        <source>links base-url [URL]: the address recipients reach &apos;engine serve&apos; at for short links (https://l.example.com); a short link is URL/CODE.</source>
        <translation>links base-url [URL] : l&apos;adresse à laquelle les destinataires atteignent &apos;engine serve&apos; pour les liens courts (https://l.example.com) ; un lien court est de la forme URL/CODE.</translation>
    </message>
    <message>
        <source>The new base URL.</source>
        <translation>La nouvelle URL de base.</translation>
    </message>
    <message>
        <source>links base-url takes at most one URL</source>
        <translation>links base-url attend au plus une URL</translation>
    </message>
    <message>
        <source>No link base URL is set.</source>
        <translation>Aucune URL de base des liens n&apos;est définie.</translation>
    </message>
    <message>
        <source>links shorten URL: makes (or finds) the Mogli URL short link for URL.</source>
        <translation>links shorten URL : crée (ou retrouve) le lien court Mogli URL pour URL.</translation>
    </message>
    <message>
        <source>An http(s) URL.</source>
        <translation>Une URL http(s).</translation>
    </message>
    <message>
        <source>links shorten takes one URL</source>
        <translation>links shorten attend une seule URL</translation>
    </message>
    <message>
        <source>The click object (default Link_Click__c).</source>
        <translation>L&apos;objet des clics (par défaut Link_Click__c).</translation>
    </message>
    <message>
        <source>Its external id field (default Click_Key__c).</source>
        <translation>Son champ d&apos;identifiant externe (par défaut Click_Key__c).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Salesforce API name</source>
        <translation>&apos;%1&apos; n&apos;est pas un nom d&apos;API Salesforce</translation>
    </message>
    <message>
        <source>Writes pending URL Pro clicks to the client&apos;s org as records of --object (sObject Collections upsert on --external-id-field, 200 a request) until none is pending. A click goes to the org of the message its link was in (its gateway&apos;s org); every org with pending clicks is written in one run, each with its own login, and one org&apos;s failure holds back only that org. The default org&apos;s connected app comes from the same SALESFORCE_* variables as &apos;engine writeback&apos;.</source>
        <translation>Écrit les clics URL Pro en attente dans l&apos;org du client comme enregistrements de --object (upsert sObject Collections sur --external-id-field, 200 par requête) jusqu&apos;à ce qu&apos;il n&apos;en reste aucun. Un clic va à l&apos;org du message où figurait son lien (l&apos;org de sa passerelle) ; chaque org ayant des clics en attente est écrite dans la même exécution, chacune avec sa propre connexion, et l&apos;échec d&apos;une org ne retient que cette org. L&apos;application connectée de l&apos;org par défaut vient des mêmes variables SALESFORCE_* que &apos;engine writeback&apos;.</translation>
    </message>
    <message>
        <source>relayaudit-cli: clicks not written back to %1</source>
        <translation>relayaudit-cli : clics non réécrits dans %1</translation>
    </message>
    <message>
        <source>the default org</source>
        <translation>l&apos;org par défaut</translation>
    </message>
    <message>
        <source>org %1</source>
        <translation>l&apos;org %1</translation>
    </message>
    <message>
        <source>Wrote back %1 clicks to %5 (%2 refusals retried, %3 given up, %4 session refreshes).</source>
        <translation>%1 clics réécrits dans %5 (%2 refus réessayés, %3 abandonnés, %4 renouvellements de session).</translation>
    </message>
</context>
<context>
    <name>relay::cli::PullCommand</name>
    <message>
        <source>Pull a provider&apos;s usage report for a date range into the encrypted cache (resumable).</source>
        <translation>Récupérer le rapport d&apos;utilisation d&apos;un fournisseur pour une période dans le cache chiffré (reprise possible).</translation>
    </message>
    <message>
        <source>Pulls message records (sending gateway, segments, status timestamps, ids, campaign and brand) from Twilio or Telnyx for UTC days --from..--to, and Twilio&apos;s daily usage. Bodies and recipients are not kept.
Credentials: TWILIO_ACCOUNT_SID with TWILIO_AUTH_TOKEN (or TWILIO_API_KEY and TWILIO_API_SECRET); TELNYX_API_KEY.
Ctrl-C stops cleanly; &apos;pull --resume ID&apos; continues where it stopped.</source>
        <translation>Récupère les enregistrements de messages (passerelle d&apos;envoi, segments, horodatages de statut, identifiants, campagne et marque) auprès de Twilio ou Telnyx pour les jours UTC de --from à --to, ainsi que l&apos;utilisation quotidienne Twilio. Les corps de message et les destinataires ne sont pas conservés.
Identifiants : TWILIO_ACCOUNT_SID avec TWILIO_AUTH_TOKEN (ou TWILIO_API_KEY et TWILIO_API_SECRET) ; TELNYX_API_KEY.
Ctrl-C arrête proprement ; &apos;pull --resume ID&apos; reprend là où la récupération s&apos;est arrêtée.</translation>
    </message>
    <message>
        <source>twilio (Messages list), twilio-bulk (BulkExport day files) or telnyx</source>
        <translation>twilio (liste Messages), twilio-bulk (fichiers journaliers BulkExport) ou telnyx</translation>
    </message>
    <message>
        <source>First UTC day (YYYY-MM-DD).</source>
        <translation>Premier jour UTC (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Last UTC day (YYYY-MM-DD).</source>
        <translation>Dernier jour UTC (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Only this sending gateway (repeatable).</source>
        <translation>Uniquement cette passerelle d&apos;envoi (répétable).</translation>
    </message>
    <message>
        <source>The client the report is for.</source>
        <translation>Le client auquel le rapport est destiné.</translation>
    </message>
    <message>
        <source>Stand-in for every host of the provider (e.g. the sandbox).</source>
        <translation>Remplaçant de tous les hôtes du fournisseur (p. ex. la sandbox).</translation>
    </message>
    <message>
        <source>Continue an interrupted pull.</source>
        <translation>Reprendre une récupération interrompue.</translation>
    </message>
    <message>
        <source>The Twilio Account SID (default: TWILIO_ACCOUNT_SID).</source>
        <translation>Le Twilio Account SID (par défaut : TWILIO_ACCOUNT_SID).</translation>
    </message>
    <message>
        <source>--resume takes a pull id, not &apos;%1&apos;</source>
        <translation>--resume attend un identifiant de récupération, et non &apos;%1&apos;</translation>
    </message>
    <message>
        <source>pull takes twilio, twilio-bulk or telnyx (or --resume ID)</source>
        <translation>pull attend twilio, twilio-bulk ou telnyx (ou --resume ID)</translation>
    </message>
    <message>
        <source>pull needs --from and --to as YYYY-MM-DD</source>
        <translation>pull exige --from et --to au format YYYY-MM-DD</translation>
    </message>
    <message>
        <source>--base-url takes an http(s) URL, not &apos;%1&apos;</source>
        <translation>--base-url attend une URL http(s), et non &apos;%1&apos;</translation>
    </message>
    <message>
        <source>; or store them with &apos;relayaudit-cli credentials set&apos;</source>
        <translation> ; ou enregistrez-les avec &apos;relayaudit-cli credentials set&apos;</translation>
    </message>
    <message>
        <source>pull %1: %2 pages, %3 records, %4 records/s</source>
        <translation>récupération %1 : %2 pages, %3 enregistrements, %4 enregistrements/s</translation>
    </message>
    <message>
        <source>
Interrupted. Resume with: relayaudit-cli pull --resume %1</source>
        <translation>
Interrompu. Pour reprendre : relayaudit-cli pull --resume %1</translation>
    </message>
    <message>
        <source>Pull %1 stopped; what was stored is kept. Resume with: relayaudit-cli pull --resume %1</source>
        <translation>Récupération %1 arrêtée ; ce qui a été stocké est conservé. Pour reprendre : relayaudit-cli pull --resume %1</translation>
    </message>
    <message>
        <source>Pull %1 complete: %2 records (%3 segments) in %4 pages; %5 retries. Expires %6.</source>
        <translation>Récupération %1 terminée : %2 enregistrements (%3 segments) en %4 pages ; %5 nouvelles tentatives. Expire le %6.</translation>
    </message>
    <message>
        <source>pull %1 is an import of files (%2); imports do not resume: import the files again with &apos;relayaudit-cli import %2 FILE...&apos; (messages stored already are skipped), and delete this one with &apos;relayaudit-cli purge --pull %1&apos;</source>
        <translation>la récupération %1 est un import de fichiers (%2) ; un import ne se reprend pas : importez de nouveau les fichiers avec &apos;relayaudit-cli import %2 FICHIER...&apos; (les messages déjà enregistrés sont ignorés) et supprimez-la avec &apos;relayaudit-cli purge --pull %1&apos;</translation>
    </message>
</context>
<context>
    <name>relay::cli::PullsCommand</name>
    <message>
        <source>List the report pulls in the cache, with their 7-day expiry.</source>
        <translation>Lister les récupérations de rapports présentes dans le cache, avec leur expiration à 7 jours.</translation>
    </message>
    <message>
        <source>Lists report pulls (oldest first): id, provider, client, range, state, records, segments, created, expires.</source>
        <translation>Liste les récupérations de rapports (les plus anciennes d&apos;abord) : identifiant, fournisseur, client, période, état, enregistrements, segments, création, expiration.</translation>
    </message>
    <message>
        <source>No report pulls in this workspace.</source>
        <translation>Aucune récupération de rapport dans cet espace de travail.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>PROVIDER</source>
        <translation>FOURNISSEUR</translation>
    </message>
    <message>
        <source>CLIENT</source>
        <translation>CLIENT</translation>
    </message>
    <message>
        <source>RANGE</source>
        <translation>PÉRIODE</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <source>RECORDS</source>
        <translation>ENREGISTREMENTS</translation>
    </message>
    <message>
        <source>SEGMENTS</source>
        <translation>SEGMENTS</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>CRÉÉE LE</translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation>EXPIRE LE</translation>
    </message>
</context>
<context>
    <name>relay::cli::PurgeCommand</name>
    <message>
        <source>Delete report pulls past their retention now (or one pull), keeping counts in the purge log.</source>
        <translation>Supprimer dès maintenant les récupérations de rapports ayant dépassé leur durée de conservation (ou une seule récupération), en conservant les nombres dans le journal des purges.</translation>
    </message>
    <message>
        <source>Deletes expired report pulls (past their 7 days), or one pull at once with --pull. The purge log keeps ids, counts and times only.</source>
        <translation>Supprime les récupérations de rapports expirées (au-delà de leurs 7 jours), ou une récupération immédiatement avec --pull. Le journal des purges ne conserve que des identifiants, des nombres et des heures.</translation>
    </message>
    <message>
        <source>Only list what would be deleted.</source>
        <translation>Lister uniquement ce qui serait supprimé.</translation>
    </message>
    <message>
        <source>Delete this pull now, expired or not.</source>
        <translation>Supprimer cette récupération maintenant, expirée ou non.</translation>
    </message>
    <message>
        <source>--pull takes a pull id, not &apos;%1&apos;</source>
        <translation>--pull attend un identifiant de récupération, et non &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Nothing to purge.</source>
        <translation>Rien à purger.</translation>
    </message>
    <message>
        <source>Would delete pull %1: %2 records.</source>
        <translation>Supprimerait la récupération %1 : %2 enregistrements.</translation>
    </message>
    <message>
        <source>Deleted pull %1: %2 records.</source>
        <translation>Récupération %1 supprimée : %2 enregistrements.</translation>
    </message>
</context>
<context>
    <name>relay::cli::RetentionCommand</name>
    <message>
        <source>Check the workspace against the data policy; look up what is kept; signed compliance reports.</source>
        <translation>Contrôler l&apos;espace de travail par rapport à la politique de données ; rechercher ce qui est conservé ; rapports de conformité signés.</translation>
    </message>
    <message>
        <source>retention takes: verify | lookup | report | verify-report</source>
        <translation>retention attend : verify | lookup | report | verify-report</translation>
    </message>
    <message>
        <source>retention verify: runs every check of the retention inventory on the live workspace (tables and columns, phone numbers, message text, retention, hashes, encryption and file modes, secrets) and prints each with its counts and evidence. Exit status 0 only when all pass.</source>
        <translation>retention verify : exécute chaque contrôle de l&apos;inventaire de conservation sur l&apos;espace de travail actif (tables et colonnes, numéros de téléphone, texte des messages, conservation, hachages, chiffrement et modes des fichiers, secrets) et affiche chacun avec ses nombres et ses preuves. Code de sortie 0 uniquement si tous sont réussis.</translation>
    </message>
    <message>
        <source>The action.</source>
        <translation>L&apos;action.</translation>
    </message>
    <message>
        <source>The settings file to check (default: Relay Audit&apos;s own).</source>
        <translation>Le fichier de paramètres à contrôler (par défaut : celui de Relay Audit).</translation>
    </message>
    <message>
        <source>Retention inventory v%1 against %2</source>
        <translation>Inventaire de conservation v%1 appliqué à %2</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>RÉUSSI</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>ÉCHOUÉ</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… et %1 de plus</translation>
    </message>
    <message>
        <source>All checks pass (%1 ms).</source>
        <translation>Tous les contrôles sont réussis (%1 ms).</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) (%1 ms).</source>
        <translation>
            <numerusform>%n constat (%1 ms).</numerusform>
            <numerusform>%n constats (%1 ms).</numerusform>
        </translation>
    </message>
    <message>
        <source>A recipient number (hashed in memory).</source>
        <translation>Un numéro de destinataire (haché en mémoire).</translation>
    </message>
    <message>
        <source>A Salesforce SMS record id.</source>
        <translation>Un identifiant d&apos;enregistrement SMS Salesforce.</translation>
    </message>
    <message>
        <source>A provider message id.</source>
        <translation>Un identifiant de message du fournisseur.</translation>
    </message>
    <message>
        <source>retention lookup needs exactly one of --phone, --sms-record and --provider-id</source>
        <translation>retention lookup exige exactement une option parmi --phone, --sms-record et --provider-id</translation>
    </message>
    <message>
        <source>Recipient hash: %1</source>
        <translation>Hachage du destinataire : %1</translation>
    </message>
    <message>
        <source>Scheme: %1</source>
        <translation>Schéma : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) in the delivery log:</source>
        <translation>
            <numerusform>%n message dans le journal des remises :</numerusform>
            <numerusform>%n messages dans le journal des remises :</numerusform>
        </translation>
    </message>
    <message>
        <source>SMS record %1, batch %2, gateway %3, %4 %5, status %6</source>
        <translation>Enregistrement SMS %1, lot %2, passerelle %3, %4 %5, statut %6</translation>
    </message>
    <message numerus="yes">
        <source>%n cached report row(s) with the same provider message id(s).</source>
        <translation>
            <numerusform>%n ligne de rapport en cache avec le(s) même(s) identifiant(s) de message du fournisseur.</numerusform>
            <numerusform>%n lignes de rapport en cache avec le(s) même(s) identifiant(s) de message du fournisseur.</numerusform>
        </translation>
    </message>
    <message>
        <source>pull %1: %2 from %3, status %4</source>
        <translation>récupération %1 : %2 de %3, statut %4</translation>
    </message>
    <message>
        <source>Not retained: %1.</source>
        <translation>Non conservé : %1.</translation>
    </message>
    <message>
        <source>retention report --out FILE.json|FILE.pdf: runs every check and writes the signed compliance report (inventory version, app version, workspace id, time, each check with its result and counts, the last 30 days&apos; purges as counts). Signed with the workspace&apos;s Ed25519 key; &apos;retention verify-report&apos; checks it. A PDF is written with the signed JSON beside it (same name, .json) and carries the signature&apos;s fingerprint.</source>
        <translation>retention report --out FILE.json|FILE.pdf : exécute chaque contrôle et écrit le rapport de conformité signé (version de l&apos;inventaire, version de l&apos;application, identifiant de l&apos;espace de travail, heure, chaque contrôle avec son résultat et ses nombres, les purges des 30 derniers jours sous forme de nombres). Signé avec la clé Ed25519 de l&apos;espace de travail ; &apos;retention verify-report&apos; le contrôle. Un PDF est écrit accompagné du JSON signé (même nom, .json) et porte l&apos;empreinte de la signature.</translation>
    </message>
    <message>
        <source>Where to write the report (.json or .pdf).</source>
        <translation>Où écrire le rapport (.json ou .pdf).</translation>
    </message>
    <message>
        <source>retention report needs --out FILE.json or --out FILE.pdf</source>
        <translation>retention report exige --out FILE.json ou --out FILE.pdf</translation>
    </message>
    <message>
        <source>this build has no PDF support (built without the GUI libraries); use --out FILE.json</source>
        <translation>cette version ne prend pas en charge le PDF (compilée sans les bibliothèques graphiques) ; utilisez --out FILE.json</translation>
    </message>
    <message>
        <source>Wrote %1: %2, signed by %3.</source>
        <translation>%1 écrit : %2, signé par %3.</translation>
    </message>
    <message>
        <source>every check passes</source>
        <translation>tous les contrôles sont réussis</translation>
    </message>
    <message>
        <source>some checks fail</source>
        <translation>certains contrôles ont échoué</translation>
    </message>
    <message>
        <source>Wrote %1, its rendering.</source>
        <translation>%1 écrit (son rendu).</translation>
    </message>
    <message>
        <source>retention verify-report FILE.json [--public-key BASE64]: checks the report&apos;s Ed25519 signature and says whether it was altered; with --public-key (from &apos;workspace info&apos;), also that this workspace signed it.</source>
        <translation>retention verify-report FILE.json [--public-key BASE64] : contrôle la signature Ed25519 du rapport et indique s&apos;il a été modifié ; avec --public-key (issue de &apos;workspace info&apos;), contrôle également que cet espace de travail l&apos;a signé.</translation>
    </message>
    <message>
        <source>The report.</source>
        <translation>Le rapport.</translation>
    </message>
    <message>
        <source>The signer&apos;s public key, base64.</source>
        <translation>La clé publique du signataire, en base64.</translation>
    </message>
    <message>
        <source>retention verify-report takes one report file</source>
        <translation>retention verify-report attend un seul fichier de rapport</translation>
    </message>
    <message>
        <source>--public-key takes a base64 Ed25519 public key (32 bytes)</source>
        <translation>--public-key attend une clé publique Ed25519 en base64 (32 octets)</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>impossible de lire %1</translation>
    </message>
    <message>
        <source>Valid: signed by %1 for workspace %2 at %3; unaltered.</source>
        <translation>Valide : signé par %1 pour l&apos;espace de travail %2 le %3 ; non modifié.</translation>
    </message>
    <message>
        <source>NOT VALID: %1</source>
        <translation>NON VALIDE : %1</translation>
    </message>
    <message>
        <source>Usage: relayaudit-cli retention &lt;action&gt; [options]

Actions:
  verify         Run every check of the data policy on the live workspace.
  lookup         What is kept about one recipient or message, and what is not.
  report         Write the signed compliance report (JSON or PDF).
  verify-report  Check a report&apos;s signature.
</source>
        <translation>Utilisation : relayaudit-cli retention &lt;action&gt; [options]

Actions :
  verify         Exécuter chaque contrôle de la politique de données sur l&apos;espace de travail actif.
  lookup         Ce qui est conservé au sujet d&apos;un destinataire ou d&apos;un message, et ce qui ne l&apos;est pas.
  report         Écrire le rapport de conformité signé (JSON ou PDF).
  verify-report  Contrôler la signature d&apos;un rapport.
</translation>
    </message>
    <message>
        <source>retention lookup (--phone NUMBER | --sms-record ID | --provider-id ID) [--store DSN]: what the workspace (or an engine&apos;s log) keeps about a recipient or a message (the hash, delivery-log entries, cached report rows) and what it does not keep. Every lookup is in the activity log (the hash or the id, never the number); at most %1 lookups per user in %2 minutes.</source>
        <translation>retention lookup (--phone NUMBER | --sms-record ID | --provider-id ID) [--store DSN] : ce que l&apos;espace de travail (ou le journal d&apos;un moteur) conserve au sujet d&apos;un destinataire ou d&apos;un message (le hachage, les entrées du journal des remises, les lignes de rapport en cache) et ce qu&apos;il ne conserve pas. Chaque recherche est consignée dans le journal d&apos;activité (le hachage ou l&apos;identifiant, jamais le numéro) ; au plus %1 recherches par utilisateur en %2 minutes.</translation>
    </message>
</context>
<context>
    <name>relay::cli::SandboxCommand</name>
    <message>
        <source>Serve the local Twilio- and Telnyx-shaped sandbox on 127.0.0.1.</source>
        <translation>Servir la sandbox locale imitant Twilio et Telnyx sur 127.0.0.1.</translation>
    </message>
    <message>
        <source>serve</source>
        <translation>serve</translation>
    </message>
    <message>
        <source>TCP port on 127.0.0.1 (0: any).</source>
        <translation>Port TCP sur 127.0.0.1 (0 : quelconque).</translation>
    </message>
    <message>
        <source>Traffic seed.</source>
        <translation>Graine du trafic.</translation>
    </message>
    <message>
        <source>Messages in the range.</source>
        <translation>Messages dans la période.</translation>
    </message>
    <message>
        <source>First day of traffic.</source>
        <translation>Premier jour du trafic.</translation>
    </message>
    <message>
        <source>Last day of traffic.</source>
        <translation>Dernier jour du trafic.</translation>
    </message>
    <message>
        <source>Fault rates.</source>
        <translation>Taux de pannes.</translation>
    </message>
    <message>
        <source>The certificate (or public key) the stand-in org&apos;s connected app trusts for the JWT bearer flow, PEM.</source>
        <translation>Le certificat (ou la clé publique) auquel l&apos;application connectée de l&apos;org simulée fait confiance pour le flux JWT bearer, au format PEM.</translation>
    </message>
    <message>
        <source>sandbox takes: serve</source>
        <translation>sandbox attend : serve</translation>
    </message>
    <message>
        <source>--port takes 0 to 65535</source>
        <translation>--port attend une valeur de 0 à 65535</translation>
    </message>
    <message>
        <source>--messages takes 0 to 10000000</source>
        <translation>--messages attend une valeur de 0 à 10000000</translation>
    </message>
    <message>
        <source>--from and --to take YYYY-MM-DD, --from first</source>
        <translation>--from et --to attendent YYYY-MM-DD, --from en premier</translation>
    </message>
    <message>
        <source>--faults: %1</source>
        <translation>--faults : %1</translation>
    </message>
    <message>
        <source>--salesforce-cert: cannot read %1 as a PEM file</source>
        <translation>--salesforce-cert : impossible de lire %1 en tant que fichier PEM</translation>
    </message>
    <message>
        <source>--salesforce-cert: %1 holds no certificate or public key</source>
        <translation>--salesforce-cert : %1 ne contient ni certificat ni clé publique</translation>
    </message>
    <message>
        <source>cannot listen on 127.0.0.1:%1</source>
        <translation>impossible d&apos;écouter sur 127.0.0.1:%1</translation>
    </message>
    <message>
        <source>Sandbox serving %1 messages (%2..%3) at %4
  Twilio: TWILIO_ACCOUNT_SID=%5 TWILIO_AUTH_TOKEN=%6
  Telnyx: TELNYX_API_KEY=%7 TELNYX_PUBLIC_KEY=%8
  Salesforce: SALESFORCE_CLIENT_ID=%9 SALESFORCE_CLIENT_SECRET=%10 SALESFORCE_REFRESH_TOKEN=%11 (--login-url %4)
  Salesforce JWT bearer flow: SALESFORCE_USERNAME=%12 with SALESFORCE_JWT_KEY_FILE (%13)
Ctrl-C to stop.</source>
        <translation>Sandbox servant %1 messages (%2..%3) sur %4
  Twilio : TWILIO_ACCOUNT_SID=%5 TWILIO_AUTH_TOKEN=%6
  Telnyx : TELNYX_API_KEY=%7 TELNYX_PUBLIC_KEY=%8
  Salesforce : SALESFORCE_CLIENT_ID=%9 SALESFORCE_CLIENT_SECRET=%10 SALESFORCE_REFRESH_TOKEN=%11 (--login-url %4)
  Flux JWT bearer Salesforce : SALESFORCE_USERNAME=%12 avec SALESFORCE_JWT_KEY_FILE (%13)
Ctrl-C pour arrêter.</translation>
    </message>
    <message>
        <source>start with --salesforce-cert to accept it</source>
        <translation>démarrez avec --salesforce-cert pour l&apos;accepter</translation>
    </message>
    <message>
        <source>the key of %1</source>
        <translation>la clé de %1</translation>
    </message>
    <message>
        <source>sandbox serve: a local provider simulator with deterministic traffic (bodies and recipients included, as a provider has them), and a stand-in Salesforce org. Faults: --faults 429=0.1,500=0.05,truncate=0.02,reset=0.02,slow=0.01. What the people at the other end do, as form POSTs: /sandbox/reply (provider=twilio|telnyx, from, to, text, webhook, times: a recipient&apos;s reply, posted signed to the webhook), /sandbox/queued (gateway, phone_number, message, age_seconds: an outgoing SMS record set to Queued), /sandbox/gateway (id, inactive: a Gateway record), /sandbox/org (down, revoked: an outage, revoked tokens).</source>
        <translation>sandbox serve : un simulateur local de fournisseurs au trafic déterministe (textes et destinataires compris, comme un fournisseur les a) et une org Salesforce de remplacement. Pannes : --faults 429=0.1,500=0.05,truncate=0.02,reset=0.02,slow=0.01. Ce que font les personnes à l&apos;autre bout, en POST de formulaire : /sandbox/reply (provider=twilio|telnyx, from, to, text, webhook, times : la réponse d&apos;un destinataire, postée signée au webhook), /sandbox/queued (gateway, phone_number, message, age_seconds : un enregistrement SMS sortant mis en Queued), /sandbox/gateway (id, inactive : un enregistrement Gateway), /sandbox/org (down, revoked : une panne, des jetons révoqués).</translation>
    </message>
    <message>
        <source>Play the org&apos;s managed package: post each record /sandbox/queued makes to this intake URL (the engine&apos;s /salesforce/sms), signed for --org with its intake secret from RELAYAUDIT_INTAKE_SECRET_&lt;ORG&gt;.</source>
        <translation>Jouer le paquet géré de l&apos;org : poster chaque enregistrement que crée /sandbox/queued à cette URL d&apos;admission (le /salesforce/sms du moteur), signé pour --org avec son secret d&apos;admission tiré de RELAYAUDIT_INTAKE_SECRET_&lt;ORG&gt;.</translation>
    </message>
    <message>
        <source>The org&apos;s name in the engine&apos;s workspace (X-Relay-Org), with --callout.</source>
        <translation>Le nom de l&apos;org dans l&apos;espace de travail du moteur (X-Relay-Org), avec --callout.</translation>
    </message>
    <message>
        <source>With --callout: the share of callouts posted a second time (default 0.1).</source>
        <translation>Avec --callout : la part des appels postés une seconde fois (0.1 par défaut).</translation>
    </message>
    <message>
        <source>With --callout: the share of callouts never posted, left to the sweep (default 0).</source>
        <translation>Avec --callout : la part des appels jamais postés, laissés au balayage (0 par défaut).</translation>
    </message>
    <message>
        <source>--callout takes the engine&apos;s intake URL, such as http://127.0.0.1:8090/salesforce/sms</source>
        <translation>--callout prend l&apos;URL d&apos;admission du moteur, comme http://127.0.0.1:8090/salesforce/sms</translation>
    </message>
    <message>
        <source>--callout needs --org NAME, the org&apos;s name in the engine&apos;s workspace</source>
        <translation>--callout exige --org NOM, le nom de l&apos;org dans l&apos;espace de travail du moteur</translation>
    </message>
    <message>
        <source>--callout-twice and --callout-lost take a share from 0 to 1</source>
        <translation>--callout-twice et --callout-lost prennent une part de 0 à 1</translation>
    </message>
    <message>
        <source>--callout: set %1 to org %2&apos;s intake secret (at least %3 characters), as for engine serve</source>
        <translation>--callout : mettez dans %1 le secret d&apos;admission de l&apos;org %2 (au moins %3 caractères), comme pour engine serve</translation>
    </message>
</context>
<context>
    <name>relay::cli::SchedulerCommand</name>
    <message>
        <source>Scheduler: users&apos; free/busy times from iCalendar, bookable slots, guest bookings.</source>
        <translation>Planificateur : disponibilités des utilisateurs (libre/occupé) issues d&apos;iCalendar, créneaux réservables, réservations d&apos;invités.</translation>
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
        <translation>Utilisation : relayaudit-cli scheduler &lt;action&gt; [options]

Actions :
  import-ics  Remplacer les plages occupées d&apos;un utilisateur par celles d&apos;un fichier iCalendar (seules les heures sont conservées).
  hours       Afficher ou définir les heures de travail et le fuseau horaire d&apos;un utilisateur.
  terms       Enregistrer la version des conditions d&apos;utilisation acceptée par un utilisateur.
  users       Les utilisateurs, avec leur fuseau horaire, leurs heures et leurs plages occupées.
  slots       Créneaux réservables d&apos;une durée donnée.
  book        Réserver un créneau pour un invité.
  bookings    Les réservations.
Durée de conservation des réservations : &apos;settings scheduler-retention-days&apos;.
</translation>
    </message>
    <message>
        <source>unknown scheduler action &apos;%1&apos;</source>
        <translation>action scheduler inconnue &apos;%1&apos;</translation>
    </message>
    <message>
        <source>scheduler import-ics USER FILE: reads FILE (a VFREEBUSY, or VEVENTs of which only start, end and transparency are kept) and replaces USER&apos;s busy times. Event titles, descriptions, locations, attendees and organisers are dropped while parsing. A malformed file stores nothing and names the line.</source>
        <translation>scheduler import-ics USER FILE : lit FILE (un VFREEBUSY, ou des VEVENT dont seuls le début, la fin et la transparence sont conservés) et remplace les plages occupées de USER. Les titres, descriptions, lieux, participants et organisateurs des événements sont supprimés pendant l&apos;analyse. Un fichier mal formé n&apos;enregistre rien et indique la ligne fautive.</translation>
    </message>
    <message>
        <source>The scheduler user.</source>
        <translation>L&apos;utilisateur du planificateur.</translation>
    </message>
    <message>
        <source>An .ics file.</source>
        <translation>Un fichier .ics.</translation>
    </message>
    <message>
        <source>scheduler import-ics takes USER FILE</source>
        <translation>scheduler import-ics attend USER FILE</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is larger than 16 MiB; a calendar export is far smaller</source>
        <translation>%1 dépasse 16 Mio ; un export de calendrier est bien plus petit</translation>
    </message>
    <message>
        <source>Imported %1&apos;s calendar: %2 busy interval(s) from %3 event(s) and %4 free/busy period(s); %5 transparent or cancelled event(s) block nothing. Time zone %6.</source>
        <translation>Calendrier de %1 importé : %2 plage(s) occupée(s) issue(s) de %3 événement(s) et de %4 période(s) libre/occupé ; %5 événement(s) transparent(s) ou annulé(s) ne bloquent rien. Fuseau horaire %6.</translation>
    </message>
    <message>
        <source>scheduler hours USER --start HH:MM --end HH:MM [--timezone ZONE]: the hours slots are offered in (09:00 to 17:00 in the calendar&apos;s time zone unless set).</source>
        <translation>scheduler hours USER --start HH:MM --end HH:MM [--timezone ZONE] : les heures pendant lesquelles des créneaux sont proposés (de 09:00 à 17:00 dans le fuseau horaire du calendrier, sauf si elles sont définies).</translation>
    </message>
    <message>
        <source>Start of the working day.</source>
        <translation>Début de la journée de travail.</translation>
    </message>
    <message>
        <source>End of the working day.</source>
        <translation>Fin de la journée de travail.</translation>
    </message>
    <message>
        <source>IANA time zone.</source>
        <translation>Fuseau horaire IANA.</translation>
    </message>
    <message>
        <source>scheduler hours takes USER --start HH:MM --end HH:MM, the start before the end</source>
        <translation>scheduler hours attend USER --start HH:MM --end HH:MM, le début avant la fin</translation>
    </message>
    <message>
        <source>--timezone: &apos;%1&apos; is not an IANA time zone</source>
        <translation>--timezone : &apos;%1&apos; n&apos;est pas un fuseau horaire IANA</translation>
    </message>
    <message>
        <source>%1 works %2 to %3.</source>
        <translation>%1 travaille de %2 à %3.</translation>
    </message>
    <message>
        <source>scheduler terms USER --version V: records that USER agreed to the terms of use V (at sign-in), now.</source>
        <translation>scheduler terms USER --version V : enregistre, à l&apos;instant présent, que USER a accepté les conditions d&apos;utilisation V (lors de la connexion).</translation>
    </message>
    <message>
        <source>The terms-of-use version.</source>
        <translation>La version des conditions d&apos;utilisation.</translation>
    </message>
    <message>
        <source>scheduler terms takes USER --version V</source>
        <translation>scheduler terms attend USER --version V</translation>
    </message>
    <message>
        <source>%1 agreed to terms %2.</source>
        <translation>%1 a accepté les conditions %2.</translation>
    </message>
    <message>
        <source>scheduler users: each user&apos;s time zone, working hours, busy intervals and terms.</source>
        <translation>scheduler users : le fuseau horaire, les heures de travail, les plages occupées et les conditions de chaque utilisateur.</translation>
    </message>
    <message>
        <source>No scheduler users; import a calendar with &apos;scheduler import-ics USER FILE&apos;.</source>
        <translation>Aucun utilisateur du planificateur ; importez un calendrier avec &apos;scheduler import-ics USER FILE&apos;.</translation>
    </message>
    <message>
        <source>%1  %2  %3-%4  %5 busy interval(s)  terms %6</source>
        <translation>%1  %2  %3-%4  %5 plage(s) occupée(s)  conditions %6</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non enregistrées</translation>
    </message>
    <message>
        <source>scheduler slots USER --from YYYY-MM-DD --to YYYY-MM-DD --length 30m: the free slots of that length inside USER&apos;s working hours (in the user&apos;s time zone), none overlapping busy time or a booking. --json prints [{&quot;start&quot;, &quot;end&quot;}] in ISO 8601 UTC.</source>
        <translation>scheduler slots USER --from YYYY-MM-DD --to YYYY-MM-DD --length 30m : les créneaux libres de cette durée compris dans les heures de travail de USER (dans le fuseau horaire de l&apos;utilisateur), sans chevauchement avec une plage occupée ou une réservation. --json affiche [{&quot;start&quot;, &quot;end&quot;}] en ISO 8601 UTC.</translation>
    </message>
    <message>
        <source>First day.</source>
        <translation>Premier jour.</translation>
    </message>
    <message>
        <source>Last day (inclusive).</source>
        <translation>Dernier jour (inclus).</translation>
    </message>
    <message>
        <source>Slot length: 30m, 1h, 1h30m.</source>
        <translation>Durée du créneau : 30m, 1h, 1h30m.</translation>
    </message>
    <message>
        <source>scheduler slots takes one USER</source>
        <translation>scheduler slots attend un seul USER</translation>
    </message>
    <message>
        <source>--from and --to take dates as YYYY-MM-DD</source>
        <translation>--from et --to attendent des dates au format YYYY-MM-DD</translation>
    </message>
    <message>
        <source>--length takes a duration such as 30m, 1h or 1h30m, not &apos;%1&apos;</source>
        <translation>--length attend une durée telle que 30m, 1h ou 1h30m, et non &apos;%1&apos;</translation>
    </message>
    <message numerus="yes">
        <source>No free slots of %n minute(s) in that range.</source>
        <translation>
            <numerusform>Aucun créneau libre de %n minute dans cette période.</numerusform>
            <numerusform>Aucun créneau libre de %n minutes dans cette période.</numerusform>
        </translation>
    </message>
    <message>
        <source>scheduler book USER --start ISO8601 --length 30m --name NAME --email EMAIL [--phone +E164] --guest-terms V [--user-terms V]: books a guest into a free slot, recording the terms-of-use version each party agreed to and when.</source>
        <translation>scheduler book USER --start ISO8601 --length 30m --name NAME --email EMAIL [--phone +E164] --guest-terms V [--user-terms V] : réserve un créneau libre pour un invité, en enregistrant la version des conditions d&apos;utilisation acceptée par chaque partie et la date d&apos;acceptation.</translation>
    </message>
    <message>
        <source>Slot start, e.g. 2026-12-01T14:00:00Z.</source>
        <translation>Début du créneau, p. ex. 2026-12-01T14:00:00Z.</translation>
    </message>
    <message>
        <source>Slot length (default 30m).</source>
        <translation>Durée du créneau (par défaut 30m).</translation>
    </message>
    <message>
        <source>The guest&apos;s name.</source>
        <translation>Le nom de l&apos;invité.</translation>
    </message>
    <message>
        <source>The guest&apos;s email address.</source>
        <translation>L&apos;adresse e-mail de l&apos;invité.</translation>
    </message>
    <message>
        <source>The guest&apos;s own phone number (optional).</source>
        <translation>Le propre numéro de téléphone de l&apos;invité (facultatif).</translation>
    </message>
    <message>
        <source>Terms-of-use version the guest agreed to.</source>
        <translation>Version des conditions d&apos;utilisation acceptée par l&apos;invité.</translation>
    </message>
    <message>
        <source>The user&apos;s (default: as recorded by &apos;scheduler terms&apos;).</source>
        <translation>Celle de l&apos;utilisateur (par défaut : telle qu&apos;enregistrée par &apos;scheduler terms&apos;).</translation>
    </message>
    <message>
        <source>scheduler book takes USER --start TIME (ISO 8601 with its offset) --length 30m and the guest&apos;s details</source>
        <translation>scheduler book attend USER --start TIME (ISO 8601 avec son décalage) --length 30m et les coordonnées de l&apos;invité</translation>
    </message>
    <message>
        <source>Booked %1 to %2 (booking %3).</source>
        <translation>Réservé de %1 à %2 (réservation %3).</translation>
    </message>
    <message>
        <source>scheduler bookings [USER]: the bookings, with the guest&apos;s details and both parties&apos; terms-of-use versions.</source>
        <translation>scheduler bookings [USER] : les réservations, avec les coordonnées de l&apos;invité et les versions des conditions d&apos;utilisation des deux parties.</translation>
    </message>
    <message>
        <source>Only this user&apos;s.</source>
        <translation>Uniquement celles de cet utilisateur.</translation>
    </message>
    <message>
        <source>No bookings.</source>
        <translation>Aucune réservation.</translation>
    </message>
    <message>
        <source>%1  %2  %3-%4  %5 &lt;%6&gt;  terms: user %7, guest %8</source>
        <translation>%1  %2  %3-%4  %5 &lt;%6&gt;  conditions : utilisateur %7, invité %8</translation>
    </message>
</context>
<context>
    <name>relay::cli::SettingsCommand</name>
    <message>
        <source>Show or change workspace settings: report-ttl-days (1 to 7), and log-, access-, link- and scheduler-retention-days (1 to 3650).</source>
        <translation>Affiche ou modifie les paramètres de l&apos;espace de travail : report-ttl-days (1 à 7), et log-, access-, link- et scheduler-retention-days (1 à 3650).</translation>
    </message>
    <message>
        <source>report-ttl-days [DAYS]: how many days report pulls are kept (1 to 7; the policy allows no more than 7).
log-retention-days [DAYS]: how many days the delivery log keeps a message after its last status change (1 to 3650, default 90).
access-retention-days [DAYS]: how many days imported Setup Audit Trail rows and their reviews are kept (1 to 3650, default 365).
link-retention-days [DAYS]: how many days short links and their clicks are kept after the link was made (1 to 3650, default 90; a click written back goes 7 days after its write).
scheduler-retention-days [DAYS]: how many days bookings are kept after they end (1 to 3650, default 90).</source>
        <translation>report-ttl-days [DAYS] : nombre de jours de conservation des récupérations de rapports (1 à 7 ; la politique n&apos;autorise pas plus de 7).
log-retention-days [DAYS] : nombre de jours pendant lesquels le journal des remises conserve un message après son dernier changement de statut (1 à 3650, 90 par défaut).
access-retention-days [DAYS] : nombre de jours de conservation des lignes Setup Audit Trail importées et de leurs examens (1 à 3650, 365 par défaut).
link-retention-days [DAYS] : nombre de jours de conservation des liens courts et de leurs clics après la création du lien (1 à 3650, 90 par défaut ; un clic réécrit dans Salesforce est supprimé 7 jours après sa réécriture).
scheduler-retention-days [DAYS] : nombre de jours de conservation des réservations après leur fin (1 à 3650, 90 par défaut).</translation>
    </message>
    <message>
        <source>report-ttl-days, log-retention-days, access-retention-days, link-retention-days or scheduler-retention-days</source>
        <translation>report-ttl-days, log-retention-days, access-retention-days, link-retention-days ou scheduler-retention-days</translation>
    </message>
    <message>
        <source>The new value.</source>
        <translation>La nouvelle valeur.</translation>
    </message>
    <message>
        <source>settings takes: %1</source>
        <translation>settings accepte : %1</translation>
    </message>
    <message>
        <source>%1 must be a whole number from 1 to %2, not &apos;%3&apos;</source>
        <translation>%1 doit être un nombre entier de 1 à %2, et non « %3 »</translation>
    </message>
</context>
<context>
    <name>relay::cli::Terminal</name>
    <message>
        <source>a passphrase needs at least %1 characters</source>
        <translation>une phrase secrète doit comporter au moins %1 caractères</translation>
    </message>
    <message>
        <source>the passphrases do not match</source>
        <translation>les phrases secrètes ne correspondent pas</translation>
    </message>
</context>
<context>
    <name>relay::cli::WorkspaceCommand</name>
    <message>
        <source>Where the key lives: keychain, passphrase or auto (default: auto = passphrase when RELAYAUDIT_PASSPHRASE is set, else the keychain, else a prompted passphrase).</source>
        <translation>Emplacement de la clé : keychain, passphrase ou auto (par défaut : auto = phrase secrète si RELAYAUDIT_PASSPHRASE est définie, sinon le trousseau système, sinon une phrase secrète demandée à l&apos;invite).</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Nouvelle phrase secrète : </translation>
    </message>
    <message>
        <source>Repeat the new passphrase: </source>
        <translation>Répétez la nouvelle phrase secrète : </translation>
    </message>
    <message>
        <source>Create, inspect and re-key the encrypted workspace; verify its activity log.</source>
        <translation>Crée, inspecte et rechiffre l&apos;espace de travail chiffré ; vérifie son journal d&apos;activité.</translation>
    </message>
    <message>
        <source>unknown workspace action &apos;%1&apos;</source>
        <translation>action workspace inconnue « %1 »</translation>
    </message>
    <message>
        <source>Creates an encrypted workspace in --workspace DIR (or the default place).</source>
        <translation>Crée un espace de travail chiffré dans --workspace DIR (ou à l&apos;emplacement par défaut).</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argument inattendu « %1 »</translation>
    </message>
    <message>
        <source>a workspace already exists at %1</source>
        <translation>un espace de travail existe déjà dans %1</translation>
    </message>
    <message>
        <source>--key-source takes keychain, passphrase or auto, not &apos;%1&apos;</source>
        <translation>--key-source accepte keychain, passphrase ou auto, et non « %1 »</translation>
    </message>
    <message>
        <source>Created an encrypted workspace at %1 (key derived from a passphrase).</source>
        <translation>Espace de travail chiffré créé dans %1 (clé dérivée d&apos;une phrase secrète).</translation>
    </message>
    <message>
        <source>The system keychain did not answer; using a passphrase instead.</source>
        <translation>Le trousseau système n&apos;a pas répondu ; utilisation d&apos;une phrase secrète à la place.</translation>
    </message>
    <message>
        <source>; set RELAYAUDIT_PASSPHRASE to protect the workspace with a passphrase</source>
        <translation>; définissez RELAYAUDIT_PASSPHRASE pour protéger l&apos;espace de travail par une phrase secrète</translation>
    </message>
    <message>
        <source>Created an encrypted workspace at %1 (random key kept in the system keychain).</source>
        <translation>Espace de travail chiffré créé dans %1 (clé aléatoire conservée dans le trousseau système).</translation>
    </message>
    <message>
        <source>Shows the workspace&apos;s path, schema, cipher settings and files. Never shows a key or passphrase.</source>
        <translation>Affiche le chemin, le schéma, les paramètres de chiffrement et les fichiers de l&apos;espace de travail. N&apos;affiche jamais de clé ni de phrase secrète.</translation>
    </message>
    <message>
        <source>Workspace:        %1</source>
        <translation>Espace de travail :      %1</translation>
    </message>
    <message>
        <source>Id:               %1</source>
        <translation>Identifiant :            %1</translation>
    </message>
    <message>
        <source>Created:          %1</source>
        <translation>Créé le :                %1</translation>
    </message>
    <message>
        <source>Schema version:   %1 (format %2)</source>
        <translation>Version du schéma :      %1 (format %2)</translation>
    </message>
    <message>
        <source>Key:              random 256-bit key in the system keychain</source>
        <translation>Clé :                    clé aléatoire de 256 bits dans le trousseau système</translation>
    </message>
    <message>
        <source>Key:              Argon2id from a passphrase (%1 passes, %2)</source>
        <translation>Clé :                    Argon2id à partir d&apos;une phrase secrète (%1 passes, %2)</translation>
    </message>
    <message>
        <source>Cipher:           SQLCipher %1, raw key, %2-byte pages, HMAC %3, secure delete %4</source>
        <translation>Chiffrement :            SQLCipher %1, clé brute, pages de %2 octets, HMAC %3, suppression sécurisée %4</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activée</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivée</translation>
    </message>
    <message>
        <source>Activity entries: %1</source>
        <translation>Entrées d&apos;activité :     %1</translation>
    </message>
    <message>
        <source>Report signing:   Ed25519 %1 (%2)</source>
        <translation>Signature des rapports : Ed25519 %1 (%2)</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Fichiers :</translation>
    </message>
    <message>
        <source>Re-encrypts the workspace under a new key. The new passphrase comes from RELAYAUDIT_NEW_PASSPHRASE or is typed twice; the current one from RELAYAUDIT_PASSPHRASE or a prompt.</source>
        <translation>Rechiffre l&apos;espace de travail avec une nouvelle clé. La nouvelle phrase secrète provient de RELAYAUDIT_NEW_PASSPHRASE ou est saisie deux fois ; la phrase secrète actuelle provient de RELAYAUDIT_PASSPHRASE ou d&apos;une invite.</translation>
    </message>
    <message>
        <source>The new key&apos;s source: keychain or passphrase (default: the current one).</source>
        <translation>Source de la nouvelle clé : keychain ou passphrase (par défaut : la source actuelle).</translation>
    </message>
    <message>
        <source>--to takes keychain or passphrase, not &apos;%1&apos;</source>
        <translation>--to accepte keychain ou passphrase, et non « %1 »</translation>
    </message>
    <message>
        <source>Re-encrypted %1 under the new key.</source>
        <translation>%1 rechiffré avec la nouvelle clé.</translation>
    </message>
    <message>
        <source>Checks that no activity log entry was altered, inserted or removed.</source>
        <translation>Contrôle qu&apos;aucune entrée du journal d&apos;activité n&apos;a été modifiée, insérée ou supprimée.</translation>
    </message>
    <message numerus="yes">
        <source>Activity log intact: %n entries, hash chain verified.</source>
        <translation>
            <numerusform>Journal d&apos;activité intact : %n entrée, chaîne de hachage vérifiée.</numerusform>
            <numerusform>Journal d&apos;activité intact : %n entrées, chaîne de hachage vérifiée.</numerusform>
        </translation>
    </message>
    <message>
        <source>Activity log damaged: %1.</source>
        <translation>Journal d&apos;activité endommagé : %1.</translation>
    </message>
    <message>
        <source>Lists the activity log: who did what, when, with counts.</source>
        <translation>Liste le journal d&apos;activité : qui a fait quoi, quand, avec les décomptes.</translation>
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
        <translation>Utilisation : relayaudit-cli [--workspace DIR] workspace &lt;action&gt; [options]

Actions :
  init        Crée un espace de travail chiffré.
  info        Affiche le chemin, la version du schéma, les paramètres de chiffrement et la taille des fichiers.
  rekey       Rechiffre l&apos;espace de travail avec une nouvelle clé ou phrase secrète.
  verify-log  Contrôle la chaîne de hachage du journal d&apos;activité.
  check       Lit chaque page et contrôle son HMAC, puis la structure.
  log         Affiche le journal d&apos;activité.
</translation>
    </message>
    <message>
        <source>Reads every page of the workspace database from the file and verifies its HMAC (SQLCipher checks a page only when a command reads it), then SQLite&apos;s structural check. A damaged page is named with what lives there. Changes nothing; exit 1 when anything is damaged.</source>
        <translation>Lit chaque page de la base de données de l&apos;espace de travail depuis le fichier et contrôle son HMAC (SQLCipher ne contrôle une page que lorsqu&apos;une commande la lit), puis le contrôle structurel de SQLite. Une page endommagée est nommée avec ce qu&apos;elle contient. Ne modifie rien ; code de sortie 1 si quelque chose est endommagé.</translation>
    </message>
    <message numerus="yes">
        <source>Workspace intact: %n page(s) read, every HMAC verified, the structure is sound.</source>
        <translation>
            <numerusform>Espace de travail intact : %n page lue, chaque HMAC vérifié, la structure est saine.</numerusform>
            <numerusform>Espace de travail intact : %n pages lues, chaque HMAC vérifié, la structure est saine.</numerusform>
        </translation>
    </message>
    <message>
        <source>damaged: page %1 (%2)</source>
        <translation>endommagée : page %1 (%2)</translation>
    </message>
    <message>
        <source>damaged: %1</source>
        <translation>endommagé : %1</translation>
    </message>
    <message>
        <source>Workspace damaged: %1 of %2 pages fail their HMAC; %3 structural problem(s). Restore the workspace from a backup, or re-create it and pull again (the report cache refills from the providers).</source>
        <translation>Espace de travail endommagé : %1 pages sur %2 échouent à leur HMAC ; %3 problème(s) structurel(s). Restaurez l&apos;espace de travail depuis une sauvegarde, ou recréez-le et récupérez à nouveau (le cache des rapports se remplit depuis les fournisseurs).</translation>
    </message>
</context>
<context>
    <name>relay::core::Error</name>
    <message>
        <source>A file could not be read or written.</source>
        <translation>Un fichier n&apos;a pas pu être lu ou écrit.</translation>
    </message>
    <message>
        <source>Wrong passphrase, or not a Relay Audit workspace.</source>
        <translation>Phrase secrète incorrecte, ou ce n&apos;est pas un espace de travail Relay Audit.</translation>
    </message>
    <message>
        <source>The database is not encrypted; Relay Audit only opens encrypted workspaces.</source>
        <translation>La base de données n&apos;est pas chiffrée ; Relay Audit n&apos;ouvre que des espaces de travail chiffrés.</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>Introuvable.</translation>
    </message>
    <message>
        <source>It already exists; nothing was overwritten.</source>
        <translation>L&apos;élément existe déjà ; rien n&apos;a été écrasé.</translation>
    </message>
    <message>
        <source>The database reported an error.</source>
        <translation>La base de données a signalé une erreur.</translation>
    </message>
    <message>
        <source>The system keychain did not answer.</source>
        <translation>Le trousseau système n&apos;a pas répondu.</translation>
    </message>
    <message>
        <source>A passphrase is needed: set RELAYAUDIT_PASSPHRASE or enter it when asked.</source>
        <translation>Une phrase secrète est nécessaire : définissez RELAYAUDIT_PASSPHRASE ou saisissez-la lorsqu&apos;elle vous est demandée.</translation>
    </message>
    <message>
        <source>Invalid input.</source>
        <translation>Entrée non valide.</translation>
    </message>
    <message>
        <source>The workspace schema could not be brought up to date.</source>
        <translation>Le schéma de l&apos;espace de travail n&apos;a pas pu être mis à jour.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is a sentence saying what went wrong, %2 a technical detail (a file name, an SQLite message)</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Another process (the app or relayaudit-cli) kept the workspace busy for too long; nothing was changed. Try again when it has finished.</source>
        <translation>Un autre processus (l&apos;application ou relayaudit-cli) a occupé l&apos;espace de travail trop longtemps ; rien n&apos;a été modifié. Réessayez lorsqu&apos;il aura terminé.</translation>
    </message>
    <message>
        <source>The workspace database is damaged; &apos;relayaudit-cli workspace check&apos; (or Retention &gt; Files &gt; Check Pages) names the damaged pages.</source>
        <translation>La base de données de l&apos;espace de travail est endommagée ; &apos;relayaudit-cli workspace check&apos; (ou Conservation &gt; Fichiers &gt; Contrôler les pages) indique les pages endommagées.</translation>
    </message>
    <message>
        <source>Credentials are needed and none were found in the environment or the keychain.</source>
        <translation>Des identifiants sont nécessaires et aucun n&apos;a été trouvé ni dans l&apos;environnement ni dans le trousseau.</translation>
    </message>
    <message>
        <source>A remote service (a provider or a Salesforce org) refused the request or could not be reached.</source>
        <translation>Un service distant (un fournisseur ou une org Salesforce) a refusé la requête ou était injoignable.</translation>
    </message>
</context>
<context>
    <name>relay::core::RecordColumns</name>
    <message>
        <source>Pull</source>
        <translation>Récupération</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Message id</source>
        <translation>ID du message</translation>
    </message>
    <message>
        <source>Sending gateway</source>
        <translation>Passerelle d&apos;envoi</translation>
    </message>
    <message>
        <source>Messaging service</source>
        <translation>Service de messagerie</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marque</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Médias</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Code d&apos;erreur</translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation>Créé (UTC)</translation>
    </message>
    <message>
        <source>Sent (UTC)</source>
        <translation>Envoyé (UTC)</translation>
    </message>
    <message>
        <source>Updated (UTC)</source>
        <translation>Mis à jour (UTC)</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
</context>
<context>
    <name>relay::ui::AboutDialog</name>
    <message>
        <source>About Relay Audit</source>
        <translation>À propos de Relay Audit</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Relay Audit %1&lt;/h2&gt;&lt;p&gt;The compliance and audit console for SMS and WhatsApp relaying: deliveries, provider usage reports, retention checks and subscriber-access audits.&lt;/p&gt;&lt;p&gt;Everything it keeps is encrypted at rest (SQLCipher). Raw recipient numbers and message bodies are never stored.&lt;/p&gt;&lt;p&gt;Built with Qt %2, SQLCipher, libsodium, libphonenumber and QtKeychain.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Relay Audit %1&lt;/h2&gt;&lt;p&gt;La console de conformité et d&apos;audit pour le relais des SMS et WhatsApp : remises, rapports d&apos;utilisation des fournisseurs, contrôles de conservation et audits des accès aux abonnés.&lt;/p&gt;&lt;p&gt;Tout ce qu&apos;elle conserve est chiffré au repos (SQLCipher). Les numéros bruts des destinataires et les corps de message ne sont jamais stockés.&lt;/p&gt;&lt;p&gt;Conçue avec Qt %2, SQLCipher, libsodium, libphonenumber et QtKeychain.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>relay::ui::AccessPage</name>
    <message>
        <source>No logout: the session never ended in the trail; it closed after the idle gap.</source>
        <translation>Aucune déconnexion : la session ne s&apos;est jamais terminée dans la piste d&apos;audit ; elle a été close après le délai d&apos;inactivité.</translation>
    </message>
    <message>
        <source>No login: changes by vendor staff with no login row imported before them.</source>
        <translation>Aucune connexion : modifications par le personnel du fournisseur sans aucune ligne de connexion importée avant elles.</translation>
    </message>
    <message>
        <source>Outside any grant: no login-access grant of the org covered its start.</source>
        <translation>Hors de toute autorisation : aucune autorisation d&apos;accès de connexion de l&apos;organisation ne couvrait son début.</translation>
    </message>
    <message>
        <source>Sensitive sections: changes to users, profiles, security, sharing, connected apps, certificates, data export or packages.</source>
        <translation>Sections sensibles : modifications des utilisateurs, des profils, de la sécurité, du partage, des applications connectées, des certificats, de l&apos;exportation de données ou des packages.</translation>
    </message>
    <message>
        <source>Many changes: more than the limit in one session.</source>
        <translation>Nombreuses modifications : plus que la limite dans une même session.</translation>
    </message>
    <message>
        <source>After hours: activity outside the org&apos;s business hours.</source>
        <translation>Hors heures ouvrées : activité en dehors des heures ouvrées de l&apos;organisation.</translation>
    </message>
    <message>
        <source>Review stale: the session&apos;s rows changed after it was reviewed (an import, another idle gap).</source>
        <translation>Examen périmé : les lignes de la session ont changé après son examen (une importation, un autre délai d&apos;inactivité).</translation>
    </message>
    <message>
        <source>Review unverified: the activity log holds no entry for this review as stored.</source>
        <translation>Examen non vérifié : le journal d&apos;activité ne contient aucune entrée pour cet examen tel qu&apos;il est stocké.</translation>
    </message>
    <message>
        <source>Save &amp;Review</source>
        <translation>Enregistrer l&apos;&amp;examen</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Access Audit&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Audit des accès&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&amp;Import Audit Trail…</source>
        <translation>&amp;Importer la piste d&apos;audit…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exporter en &amp;PDF…</translation>
    </message>
    <message>
        <source>Org</source>
        <translation>Org</translation>
    </message>
    <message>
        <source>Staff user</source>
        <translation>Membre du personnel</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Any flag or none</source>
        <translation>Tout signalement ou aucun</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Signalées</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Signalement</translation>
    </message>
    <message>
        <source>Any review state</source>
        <translation>Tout état d&apos;examen</translation>
    </message>
    <message>
        <source>Not reviewed</source>
        <translation>Non examinée</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Examinée</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Remontée</translation>
    </message>
    <message>
        <source>Review state</source>
        <translation>État d&apos;examen</translation>
    </message>
    <message>
        <source>from</source>
        <translation>du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <source>Acting as</source>
        <translation>En tant que</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Signalements</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Examen</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Session details</source>
        <translation>Détails de la session</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>Statut de l&apos;examen</translation>
    </message>
    <message>
        <source>Why: a ticket, what was checked, who was asked</source>
        <translation>Pourquoi : un ticket, ce qui a été vérifié, qui a été consulté</translation>
    </message>
    <message>
        <source>Review note</source>
        <translation>Note d&apos;examen</translation>
    </message>
    <message>
        <source>Mark as</source>
        <translation>Marquer comme</translation>
    </message>
    <message>
        <source>The audit store could not be read.</source>
        <translation>Le stockage d&apos;audit n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <source>All orgs</source>
        <translation>Toutes les organisations</translation>
    </message>
    <message>
        <source>All staff</source>
        <translation>Tout le personnel</translation>
    </message>
    <message>
        <source>No Setup Audit Trail is imported yet. Import a trail (the CSV the Setup page downloads, or saved REST query pages), or run &quot;relayaudit-cli access pull&quot;; then say who the vendor staff are with &quot;relayaudit-cli access staff add&quot;.</source>
        <translation>Aucun Setup Audit Trail n&apos;est encore importé. Importez une piste d&apos;audit (le CSV téléchargé depuis la page Configuration, ou des pages de requête REST enregistrées), ou exécutez « relayaudit-cli access pull » ; indiquez ensuite qui fait partie du personnel du fournisseur avec « relayaudit-cli access staff add ».</translation>
    </message>
    <message numerus="yes">
        <source>%n audit-trail row(s) imported, but no vendor staff is configured: add their usernames or domain with &quot;relayaudit-cli access staff add&quot;.</source>
        <translation>
            <numerusform>%n ligne de piste d&apos;audit importée, mais aucun membre du personnel du fournisseur n&apos;est configuré : ajoutez leurs noms d&apos;utilisateur ou leur domaine avec « relayaudit-cli access staff add ».</numerusform>
            <numerusform>%n lignes de piste d&apos;audit importées, mais aucun membre du personnel du fournisseur n&apos;est configuré : ajoutez leurs noms d&apos;utilisateur ou leur domaine avec « relayaudit-cli access staff add ».</numerusform>
        </translation>
    </message>
    <message>
        <source>no logout</source>
        <translation>aucune déconnexion</translation>
    </message>
    <message>
        <source>%1 of %2 sessions shown · %3 flagged · %4 not reviewed</source>
        <translation>%1 sessions affichées sur %2 · %3 signalées · %4 non examinées</translation>
    </message>
    <message>
        <source>not reviewed</source>
        <translation>non examinée</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>examinée</translation>
    </message>
    <message>
        <source>escalated</source>
        <translation>remontée</translation>
    </message>
    <message>
        <source>%1 in %2, acting as %3</source>
        <translation>%1 dans %2, agissant en tant que %3</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(inconnu)</translation>
    </message>
    <message numerus="yes">
        <source>From %1 to %2: %n minute(s), %3 change(s).</source>
        <translation>
            <numerusform>Du %1 au %2 : %n minute, %3 modification(s).</numerusform>
            <numerusform>Du %1 au %2 : %n minutes, %3 modification(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>Grant:</source>
        <translation>Autorisation :</translation>
    </message>
    <message>
        <source>none covered this session</source>
        <translation>aucune ne couvrait cette session</translation>
    </message>
    <message>
        <source>Review:</source>
        <translation>Examen :</translation>
    </message>
    <message>
        <source>%1 by %2 at %3: %4</source>
        <translation>%1 par %2 le %3 : %4</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>The review is kept but the activity log refused it (%1); it shows as unverified.</source>
        <translation>L&apos;examen est conservé, mais le journal d&apos;activité l&apos;a refusé (%1) ; il apparaît comme non vérifié.</translation>
    </message>
    <message>
        <source>Session of %1 marked %2.</source>
        <translation>Session de %1 marquée comme %2.</translation>
    </message>
    <message>
        <source>no workspace is open</source>
        <translation>aucun espace de travail n&apos;est ouvert</translation>
    </message>
    <message>
        <source>Read %1 audit-trail rows for %2; %3 new.</source>
        <translation>%1 lignes de piste d&apos;audit lues pour %2 ; %3 nouvelles.</translation>
    </message>
    <message>
        <source>Import Setup Audit Trail</source>
        <translation>Importer le Setup Audit Trail</translation>
    </message>
    <message>
        <source>Audit trail (*.csv *.json);;All files (*)</source>
        <translation>Piste d&apos;audit (*.csv *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>the client org, e.g. Acme Health</source>
        <translation>l&apos;organisation cliente, p. ex. Acme Health</translation>
    </message>
    <message>
        <source>Dates read day first (D/M/YYYY)</source>
        <translation>Dates lues jour en premier (J/M/AAAA)</translation>
    </message>
    <message>
        <source>&amp;Org:</source>
        <translation>&amp;Organisation :</translation>
    </message>
    <message>
        <source>CSV &amp;time zone:</source>
        <translation>&amp;Fuseau horaire du CSV :</translation>
    </message>
    <message>
        <source>Name the org the trail comes from.</source>
        <translation>Indiquez l&apos;organisation dont provient la piste d&apos;audit.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Rien n&apos;a été importé : %1</translation>
    </message>
    <message>
        <source>Subscriber-access sessions</source>
        <translation>Sessions d&apos;accès aux abonnés</translation>
    </message>
    <message>
        <source>%1 to %2, %3 change(s)</source>
        <translation>%1 à %2, %3 modification(s)</translation>
    </message>
    <message>
        <source>Flags: %1</source>
        <translation>Signalements : %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Review: %1</source>
        <translation>Examen : %1</translation>
    </message>
    <message>
        <source>Export Sessions as PDF</source>
        <translation>Exporter les sessions en PDF</translation>
    </message>
    <message>
        <source>Export Sessions as CSV</source>
        <translation>Exporter les sessions en CSV</translation>
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
        <translation>L&apos;exportation a échoué : %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n session(s) to %1.</source>
        <translation>
            <numerusform>%n session exportée vers %1.</numerusform>
            <numerusform>%n sessions exportées vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The vendor&apos;s subscriber-access sessions the filters match, one per row: start, end, org, staff user, acting as, changes, flags and review</source>
        <translation>Les sessions d&apos;accès aux abonnés du fournisseur qui correspondent aux filtres, une par ligne : début, fin, organisation, membre du personnel, en tant que, modifications, signalements et examen</translation>
    </message>
    <message>
        <source>The selected session&apos;s grant, flags, review and timeline of changes</source>
        <translation>L&apos;autorisation, les signalements, l&apos;examen et la chronologie des modifications de la session sélectionnée</translation>
    </message>
    <message>
        <source>Filter Sessions</source>
        <translation>Filtrer les sessions</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>CSV time zone</source>
        <translation>Fuseau horaire du CSV</translation>
    </message>
    <message>
        <source>From the times (PST, EDT, UTC…)</source>
        <translation>D&apos;après les heures (PST, EDT, UTC…)</translation>
    </message>
    <message>
        <source>The CSV&apos;s times are in the Salesforce time zone of the user who downloaded it. A US zone&apos;s abbreviation, UTC or GMT on each time fixes it; for any other, choose the zone. JSON query pages carry UTC times and need neither.</source>
        <translation>Les heures du CSV sont exprimées dans le fuseau horaire Salesforce de l&apos;utilisateur qui l&apos;a téléchargé. L&apos;abréviation d&apos;un fuseau des États-Unis, UTC ou GMT sur chaque heure le fixe ; pour toute autre, choisissez le fuseau. Les pages de requête JSON contiennent des heures UTC et n&apos;ont besoin d&apos;aucun de ces deux réglages.</translation>
    </message>
</context>
<context>
    <name>relay::ui::ActivityLogModel</name>
    <message>
        <source>Workspace created</source>
        <translation>Espace de travail créé</translation>
    </message>
    <message>
        <source>Workspace re-keyed</source>
        <translation>Espace de travail rechiffré</translation>
    </message>
    <message>
        <source>Re-key failed</source>
        <translation>Échec du rechiffrement</translation>
    </message>
    <message>
        <source>Workspace unlocked</source>
        <translation>Espace de travail déverrouillé</translation>
    </message>
    <message>
        <source>Report pulled</source>
        <translation>Rapport récupéré</translation>
    </message>
    <message>
        <source>Report imported</source>
        <translation>Rapport importé</translation>
    </message>
    <message>
        <source>Report exported</source>
        <translation>Rapport exporté</translation>
    </message>
    <message>
        <source>Report purged</source>
        <translation>Rapport purgé</translation>
    </message>
    <message>
        <source>Report retention changed</source>
        <translation>Durée de conservation des rapports modifiée</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Report pull interrupted</source>
        <translation>Récupération du rapport interrompue</translation>
    </message>
</context>
<context>
    <name>relay::ui::ActivityPage</name>
    <message>
        <source>&lt;h2&gt;Activity&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Activité&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Verify Log</source>
        <translation>&amp;Vérifier le journal</translation>
    </message>
    <message>
        <source>Check that no entry was altered, inserted or removed</source>
        <translation>Contrôler qu&apos;aucune entrée n&apos;a été modifiée, insérée ou supprimée</translation>
    </message>
    <message>
        <source>Every action taken in this workspace, with who, when and counts; never content and never a phone number. Each entry is chained to the previous one by its hash.</source>
        <translation>Chaque action effectuée dans cet espace de travail, avec qui, quand et les décomptes ; jamais de contenu et jamais de numéro de téléphone. Chaque entrée est chaînée à la précédente par son hachage.</translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation>Journal d&apos;activité</translation>
    </message>
    <message numerus="yes">
        <source>The activity log is intact: %n entries, hash chain verified.</source>
        <translation>
            <numerusform>Le journal d&apos;activité est intact : %n entrée, chaîne de hachage vérifiée.</numerusform>
            <numerusform>Le journal d&apos;activité est intact : %n entrées, chaîne de hachage vérifiée.</numerusform>
        </translation>
    </message>
    <message>
        <source>The activity log was tampered with: %1.</source>
        <translation>Le journal d&apos;activité a été falsifié : %1.</translation>
    </message>
    <message>
        <source>Every action taken in this workspace, oldest first: sequence number, time, user, action and its details</source>
        <translation>Chaque action effectuée dans cet espace de travail, de la plus ancienne à la plus récente : numéro de séquence, heure, utilisateur, action et ses détails</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
</context>
<context>
    <name>relay::ui::ChartView</name>
    <message>
        <source>&amp;Copy as Image</source>
        <translation>&amp;Copier en tant qu&apos;image</translation>
    </message>
    <message>
        <source>%1: no values</source>
        <translation>%1 : aucune valeur</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n value(s), lowest %2, highest %3</source>
        <translation>
            <numerusform>%1 : %n valeur, minimum %2, maximum %3</numerusform>
            <numerusform>%1 : %n valeurs, minimum %2, maximum %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n value(s), total %2, lowest %3, highest %4</source>
        <translation>
            <numerusform>%1 : %n valeur, total %2, minimum %3, maximum %4</numerusform>
            <numerusform>%1 : %n valeurs, total %2, minimum %3, maximum %4</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>No data.</source>
        <translation>Aucune donnée.</translation>
    </message>
</context>
<context>
    <name>relay::ui::CredentialsDialog</name>
    <message>
        <source>&amp;Save to Keychain</source>
        <translation>&amp;Enregistrer dans le trousseau</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Supp&amp;rimer</translation>
    </message>
    <message>
        <source>Provider Credentials</source>
        <translation>Identifiants des fournisseurs</translation>
    </message>
    <message>
        <source>Credentials are kept in the system keychain only, never in a file or the settings. Twilio: the account&apos;s auth token, or an API key SID and its secret. Telnyx: an API key.</source>
        <translation>Les identifiants sont conservés uniquement dans le trousseau système, jamais dans un fichier ni dans les paramètres. Twilio : le jeton d&apos;authentification (auth token) du compte, ou un SID de clé API et son secret. Telnyx : une clé API.</translation>
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
        <source>AC followed by 32 hex digits</source>
        <translation>AC suivi de 32 chiffres hexadécimaux</translation>
    </message>
    <message>
        <source>optional: SK… API key SID</source>
        <translation>facultatif : SID de clé API SK…</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Fournisseur :</translation>
    </message>
    <message>
        <source>&amp;Account SID:</source>
        <translation>&amp;Account SID :</translation>
    </message>
    <message>
        <source>API &amp;key SID:</source>
        <translation>SID de &amp;clé API :</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>&amp;Secret :</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>An Account SID is AC followed by 32 hex digits.</source>
        <translation>Un Account SID se compose de AC suivi de 32 chiffres hexadécimaux.</translation>
    </message>
    <message>
        <source>An API key SID is SK followed by 32 hex digits.</source>
        <translation>Un SID de clé API se compose de SK suivi de 32 chiffres hexadécimaux.</translation>
    </message>
    <message>
        <source>Saved the credentials for %1 in the keychain.</source>
        <translation>Identifiants de %1 enregistrés dans le trousseau.</translation>
    </message>
    <message>
        <source>The keychain did not store them: %1</source>
        <translation>Le trousseau ne les a pas enregistrés : %1</translation>
    </message>
    <message>
        <source>Removed the credentials for %1 from the keychain.</source>
        <translation>Identifiants de %1 supprimés du trousseau.</translation>
    </message>
    <message>
        <source>The keychain did not remove them: %1</source>
        <translation>Le trousseau ne les a pas supprimés : %1</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Account SID</source>
        <translation>Account SID</translation>
    </message>
    <message>
        <source>API key SID</source>
        <translation>SID de clé API</translation>
    </message>
</context>
<context>
    <name>relay::ui::DeliveriesPage</name>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>Send &amp;Test Message…</source>
        <translation>Envoyer un message de &amp;test…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Deliveries&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Remises&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>SMS record id</source>
        <translation>ID de l&apos;enregistrement SMS</translation>
    </message>
    <message>
        <source>Provider message id</source>
        <translation>ID du message chez le fournisseur</translation>
    </message>
    <message>
        <source>Batch group id</source>
        <translation>ID du groupe de lots</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <source>Find by</source>
        <translation>Rechercher par</translation>
    </message>
    <message>
        <source>Find &amp;by:</source>
        <translation>Rechercher &amp;par :</translation>
    </message>
    <message>
        <source>Search for</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>SMS record</source>
        <translation>Enregistrement SMS</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Passerelle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <source>Write-back</source>
        <translation>Réécriture dans Salesforce</translation>
    </message>
    <message>
        <source>Deliveries found</source>
        <translation>Remises trouvées</translation>
    </message>
    <message>
        <source>Delivery details</source>
        <translation>Détails de la remise</translation>
    </message>
    <message>
        <source>a number in any spelling; it is hashed, then cleared</source>
        <translation>un numéro sous n&apos;importe quelle forme ; il est haché, puis effacé</translation>
    </message>
    <message>
        <source>This workspace has no sending gateways yet. Add one with &quot;relayaudit-cli engine gateway add NUMBER --provider twilio|telnyx&quot;.</source>
        <translation>Cet espace de travail n&apos;a pas encore de passerelle d&apos;envoi. Ajoutez-en une avec « relayaudit-cli engine gateway add NUMBER --provider twilio|telnyx ».</translation>
    </message>
    <message>
        <source>The recipient-hash pepper could not be read: %1</source>
        <translation>Le poivre du hachage des destinataires n&apos;a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>No credentials in the keychain for %1: add them in File &gt; Provider Credentials, or its sends are refused.</source>
        <translation>Aucun identifiant dans le trousseau pour %1 : ajoutez-les dans Fichier &gt; Identifiants des fournisseurs, sinon ses envois sont refusés.</translation>
    </message>
    <message>
        <source>No status callback URL is set (Settings &gt; Messaging engine): the message is sent, but its delivery status will not reach the log.</source>
        <translation>Aucune URL de rappel de statut n&apos;est définie (Paramètres &gt; Moteur de messagerie) : le message est envoyé, mais son statut de remise n&apos;atteindra pas le journal.</translation>
    </message>
    <message>
        <source>No keychain to read the workspace&apos;s pepper from.</source>
        <translation>Aucun trousseau où lire le poivre de l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>(not accepted)</source>
        <translation>(non accepté)</translation>
    </message>
    <message>
        <source>&lt;p&gt;No delivery in the log matches.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aucune remise du journal ne correspond.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>SMS record %1</source>
        <translation>Enregistrement SMS %1</translation>
    </message>
    <message numerus="yes">
        <source>Sent from %1 through %2 as %3, %n segment(s). Recipient hash: %4.</source>
        <translation>
            <numerusform>Envoyé depuis %1 via %2 en tant que %3, %n segment. Hachage du destinataire : %4.</numerusform>
            <numerusform>Envoyé depuis %1 via %2 en tant que %3, %n segments. Hachage du destinataire : %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>Error %1: %2</source>
        <translation>Erreur %1 : %2</translation>
    </message>
    <message>
        <source>(not in the table)</source>
        <translation>(absent de la table)</translation>
    </message>
    <message numerus="yes">
        <source>Salesforce write-back: %1%2 (%n attempt(s)).</source>
        <translation>
            <numerusform>Réécriture dans Salesforce : %1%2 (%n tentative).</numerusform>
            <numerusform>Réécriture dans Salesforce : %1%2 (%n tentatives).</numerusform>
        </translation>
    </message>
    <message>
        <source>Status timeline</source>
        <translation>Chronologie des statuts</translation>
    </message>
    <message>
        <source>In the report cache</source>
        <translation>Dans le cache des rapports</translation>
    </message>
    <message>
        <source>Pull %1: status %2, %3 segment(s), sent %4.</source>
        <translation>Récupération %1 : statut %2, %3 segment(s), envoyé le %4.</translation>
    </message>
    <message>
        <source>What the search text is: an id, or a phone number</source>
        <translation>Type du texte recherché : un ID ou un numéro de téléphone</translation>
    </message>
    <message>
        <source>An id, or a phone number that is hashed and then cleared</source>
        <translation>Un ID, ou un numéro de téléphone qui est haché, puis effacé</translation>
    </message>
    <message>
        <source>The selected message&apos;s status timeline, error and write-back</source>
        <translation>La chronologie des statuts, l&apos;erreur et la réécriture dans Salesforce du message sélectionné</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Org</source>
        <translation>Org</translation>
    </message>
    <message>
        <source>The messages the search found, one per row: SMS record, client org, batch, gateway, provider message id, status, error code, segments and Salesforce write-back</source>
        <translation>Les messages trouvés, un par ligne : enregistrement SMS, org cliente, lot, passerelle, id de message du fournisseur, statut, code d&apos;erreur, segments et réécriture Salesforce</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(par défaut)</translation>
    </message>
    <message>
        <source>In the default org (its gateway belongs to no org).</source>
        <translation>Dans l&apos;org par défaut (sa passerelle n&apos;appartient à aucune org).</translation>
    </message>
    <message>
        <source>In org %1.</source>
        <translation>Dans l&apos;org %1.</translation>
    </message>
    <message>
        <source>The engine&apos;s log, both directions: per message the SMS record id, batch group id, sending gateway, the other party&apos;s number as a hash, provider message id, segments and every status change; for a reply, the SMS record the engine created for it. Never a number, a text, or the record a message was sent from.</source>
        <translation>Le journal du moteur, dans les deux sens : par message l’id d’enregistrement SMS, l’id de groupe de lot, la passerelle d’envoi, le numéro de l’autre partie sous forme de hachage, l’id de message du fournisseur, les segments et chaque changement de statut ; pour une réponse, l’enregistrement SMS que le moteur a créé. Jamais un numéro, un texte ni l’enregistrement d’où un message est parti.</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>%1 messages sent · %2 status events · %3 written back to Salesforce · %4 write-backs failed · %5 replies received, %6 waiting for their SMS record</source>
        <translation>%1 messages envoyés · %2 événements de statut · %3 réécrits dans Salesforce · %4 réécritures échouées · %5 réponses reçues, %6 en attente de leur enregistrement SMS</translation>
    </message>
    <message>
        <source>(not created)</source>
        <translation>(non créé)</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Entrant</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Sortant</translation>
    </message>
    <message>
        <source>SMS record %1 created in the org.</source>
        <translation>Enregistrement SMS %1 créé dans l’org.</translation>
    </message>
    <message numerus="yes">
        <source>No SMS record: given up after %n attempt(s): %1.</source>
        <translation>
            <numerusform>Pas d’enregistrement SMS : abandonné après %n tentative : %1.</numerusform>
            <numerusform>Pas d’enregistrement SMS : abandonné après %n tentatives : %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>SMS record not created yet (%n attempt(s)%1); the engine fetches the message again from the provider and retries.</source>
        <translation>
            <numerusform>Enregistrement SMS pas encore créé (%n tentative%1) ; le moteur récupère à nouveau le message chez le fournisseur et réessaie.</numerusform>
            <numerusform>Enregistrement SMS pas encore créé (%n tentatives%1) ; le moteur récupère à nouveau le message chez le fournisseur et réessaie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Incoming message %1</source>
        <translation>Message entrant %1</translation>
    </message>
    <message numerus="yes">
        <source>Received %1 at gateway %2 through %3, %n segment(s). Sender hash: %4.</source>
        <translation>
            <numerusform>Reçu %1 sur la passerelle %2 via %3, %n segment. Hachage de l’expéditeur : %4.</numerusform>
            <numerusform>Reçu %1 sur la passerelle %2 via %3, %n segments. Hachage de l’expéditeur : %4.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relay::ui::DemoSession</name>
    <message>
        <source>Demo client org</source>
        <translation>Organisation cliente de démonstration</translation>
    </message>
    <message>
        <source>Demo client</source>
        <translation>Client de démonstration</translation>
    </message>
    <message numerus="yes">
        <source>Demo pull from the sandbox: %n record(s) in %1 pages</source>
        <translation>
            <numerusform>Récupération de démonstration depuis le bac à sable : %n enregistrement en %1 pages</numerusform>
            <numerusform>Récupération de démonstration depuis le bac à sable : %n enregistrements en %1 pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relay::ui::FilterBar</name>
    <message>
        <source>C&amp;lear Filters</source>
        <translation>&amp;Effacer les filtres</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>n&apos;importe quel jour</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Sortant</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>Entrant</translation>
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
        <translation>&amp;Du :</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Au :</translation>
    </message>
    <message>
        <source>&amp;Gateway:</source>
        <translation>&amp;Passerelle :</translation>
    </message>
    <message>
        <source>Ca&amp;mpaign:</source>
        <translation>&amp;Campagne :</translation>
    </message>
    <message>
        <source>&amp;Brand:</source>
        <translation>&amp;Marque :</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut :</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>Di&amp;rection :</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>Ca&amp;nal :</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
</context>
<context>
    <name>relay::ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Unlock Workspace…</source>
        <translation>&amp;Déverrouiller l&apos;espace de travail…</translation>
    </message>
    <message>
        <source>Ctrl+U</source>
        <translation>Ctrl+U</translation>
    </message>
    <message>
        <source>&amp;Lock Workspace</source>
        <translation>&amp;Verrouiller l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>&amp;Open Workspace Folder…</source>
        <translation>&amp;Ouvrir le dossier de l&apos;espace de travail…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Provider &amp;Credentials…</source>
        <translation>&amp;Identifiants des fournisseurs…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About Relay Audit</source>
        <translation>À propos de &amp;Relay Audit</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de Q&amp;t</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Zones</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Remises</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Conservation</translation>
    </message>
    <message>
        <source>Access Audit</source>
        <translation>Audit des accès</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Open Workspace Folder</source>
        <translation>Ouvrir le dossier de l&apos;espace de travail</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Workspace locked&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Espace de travail verrouillé&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No workspace yet&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Aucun espace de travail pour l&apos;instant&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>The workspace at %1 is encrypted.</source>
        <translation>L&apos;espace de travail situé dans %1 est chiffré.</translation>
    </message>
    <message>
        <source>Create an encrypted workspace at %1 to start.</source>
        <translation>Créez un espace de travail chiffré dans %1 pour commencer.</translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation>&amp;Déverrouiller…</translation>
    </message>
    <message>
        <source>&amp;Create Workspace…</source>
        <translation>&amp;Créer un espace de travail…</translation>
    </message>
    <message>
        <source>Demo workspace</source>
        <translation>Espace de travail de démonstration</translation>
    </message>
    <message>
        <source>Relay Audit — Demo workspace (passphrase: %1)</source>
        <translation>Relay Audit — Espace de travail de démonstration (phrase secrète : %1)</translation>
    </message>
    <message>
        <source>%1 — Relay Audit</source>
        <translation>%1 — Relay Audit</translation>
    </message>
    <message>
        <source>%1 · key: %2 · schema %3</source>
        <translation>%1 · clé : %2 · schéma %3</translation>
    </message>
    <message>
        <source>system keychain</source>
        <translation>trousseau système</translation>
    </message>
    <message>
        <source>passphrase</source>
        <translation>phrase secrète</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Déverrouillé</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <source>User &amp;Guide</source>
        <translation>&amp;Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Relay Audit User Guide</source>
        <translation>Guide de l&apos;utilisateur de Relay Audit</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guide de l&apos;utilisateur</translation>
    </message>
</context>
<context>
    <name>relay::ui::MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Fermer le message</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>relay::ui::NewPullDialog</name>
    <message>
        <source>&amp;Start pull</source>
        <translation>&amp;Lancer la récupération</translation>
    </message>
    <message>
        <source>&amp;Cancel pull</source>
        <translation>&amp;Annuler la récupération</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>New Provider Pull</source>
        <translation>Nouvelle récupération auprès d&apos;un fournisseur</translation>
    </message>
    <message>
        <source>Pulls the provider&apos;s message records for UTC days into the encrypted cache: sending gateway, segments, statuses, ids, campaign and brand. Bodies and recipients are never kept. The pull deletes itself 7 days after it completes.</source>
        <translation>Récupère les enregistrements de messages du fournisseur pour des jours UTC dans le cache chiffré : passerelle d&apos;envoi, segments, statuts, identifiants, campagne et marque. Les corps de message et les destinataires ne sont jamais conservés. La récupération se supprime d&apos;elle-même 7 jours après son achèvement.</translation>
    </message>
    <message>
        <source>Twilio (Messages API)</source>
        <translation>Twilio (API Messages)</translation>
    </message>
    <message>
        <source>Twilio (BulkExport day files)</source>
        <translation>Twilio (fichiers journaliers BulkExport)</translation>
    </message>
    <message>
        <source>Telnyx (detail records)</source>
        <translation>Telnyx (enregistrements détaillés)</translation>
    </message>
    <message>
        <source>AC followed by 32 hex digits</source>
        <translation>AC suivi de 32 chiffres hexadécimaux</translation>
    </message>
    <message>
        <source>all sending gateways; or e.g. +15550100001, 88512</source>
        <translation>toutes les passerelles d&apos;envoi ; ou p. ex. +15550100001, 88512</translation>
    </message>
    <message>
        <source>e.g. Acme Health</source>
        <translation>p. ex. Acme Health</translation>
    </message>
    <message>
        <source>The provider&apos;s servers</source>
        <translation>Les serveurs du fournisseur</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Fournisseur :</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Compte :</translation>
    </message>
    <message>
        <source>&amp;First day (UTC):</source>
        <translation>&amp;Premier jour (UTC) :</translation>
    </message>
    <message>
        <source>&amp;Last day (UTC):</source>
        <translation>&amp;Dernier jour (UTC) :</translation>
    </message>
    <message>
        <source>&amp;Sending gateways:</source>
        <translation>Passerelles d&apos;&amp;envoi :</translation>
    </message>
    <message>
        <source>C&amp;lient:</source>
        <translation>Cl&amp;ient :</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>Point de &amp;terminaison :</translation>
    </message>
    <message>
        <source>Problem with the request</source>
        <translation>Problème dans la demande</translation>
    </message>
    <message>
        <source>Pull progress</source>
        <translation>Progression de la récupération</translation>
    </message>
    <message>
        <source>Sandbox (demo, on this computer)</source>
        <translation>Bac à sable (démonstration, sur cet ordinateur)</translation>
    </message>
    <message>
        <source>Resume Pull %1</source>
        <translation>Reprendre la récupération %1</translation>
    </message>
    <message>
        <source>&amp;Resume pull</source>
        <translation>&amp;Reprendre la récupération</translation>
    </message>
    <message>
        <source>Enter the Twilio Account SID (AC followed by 32 hex digits).</source>
        <translation>Saisissez l&apos;Account SID Twilio (AC suivi de 32 chiffres hexadécimaux).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Twilio Account SID (AC followed by 32 hex digits).</source>
        <translation>« %1 » n&apos;est pas un Account SID Twilio (AC suivi de 32 chiffres hexadécimaux).</translation>
    </message>
    <message>
        <source>Dates: %1.</source>
        <translation>Dates : %1.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a sending gateway (a number such as +15550100001, a short code, whatsapp:+… or an alphanumeric sender id).</source>
        <translation>« %1 » n&apos;est pas une passerelle d&apos;envoi (un numéro tel que +15550100001, un code court, whatsapp:+… ou un identifiant d&apos;expéditeur alphanumérique).</translation>
    </message>
    <message>
        <source>No credentials for %1 in the keychain (%2). Add them in File &gt; Provider Credentials.</source>
        <translation>Aucun identifiant pour %1 dans le trousseau (%2). Ajoutez-les dans Fichier &gt; Identifiants des fournisseurs.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 new records</source>
        <translation>%1 nouveaux enregistrements</translation>
    </message>
    <message>
        <source>%1 records/s</source>
        <translation>%1 enregistrements/s</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>reste environ %1</translation>
    </message>
    <message>
        <source>Stopping after the current page…</source>
        <translation>Arrêt après la page en cours…</translation>
    </message>
    <message>
        <source>Pull %1 complete: %2 records, %3 segments.</source>
        <translation>Récupération %1 terminée : %2 enregistrements, %3 segments.</translation>
    </message>
    <message>
        <source>Pull complete.</source>
        <translation>Récupération terminée.</translation>
    </message>
    <message>
        <source>Pull %1 cancelled. Resume it here or from the pulls list.</source>
        <translation>Récupération %1 annulée. Reprenez-la ici ou depuis la liste des récupérations.</translation>
    </message>
    <message>
        <source>Pull %1 stopped; what it stored so far stays, and it can be resumed.</source>
        <translation>Récupération %1 interrompue ; ce qu&apos;elle a stocké jusqu&apos;ici est conservé, et elle peut être reprise.</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>First day (UTC)</source>
        <translation>Premier jour (UTC)</translation>
    </message>
    <message>
        <source>Last day (UTC)</source>
        <translation>Dernier jour (UTC)</translation>
    </message>
    <message>
        <source>Sending gateways</source>
        <translation>Passerelles d&apos;envoi</translation>
    </message>
    <message>
        <source>Blank for all sending gateways, or numbers, short codes and sender ids separated by commas</source>
        <translation>Vide pour toutes les passerelles d&apos;envoi, ou des numéros, codes courts et identifiants d&apos;expéditeur séparés par des virgules</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Point de terminaison</translation>
    </message>
    <message>
        <source>Pull progress details</source>
        <translation>Détails de la progression de la récupération</translation>
    </message>
</context>
<context>
    <name>relay::ui::PullRunner</name>
    <message>
        <source>a pull is already running</source>
        <translation>une récupération est déjà en cours</translation>
    </message>
</context>
<context>
    <name>relay::ui::RecordsModel</name>
    <message>
        <source>(purged)</source>
        <translation>(purgé)</translation>
    </message>
</context>
<context>
    <name>relay::ui::ReportsPage</name>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>failed (resumable)</source>
        <translation>en échec (peut être reprise)</translation>
    </message>
    <message>
        <source>cancelled (resumable)</source>
        <translation>annulée (peut être reprise)</translation>
    </message>
    <message>
        <source>due now</source>
        <translation>échéance atteinte</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>&amp;New Pull…</source>
        <translation>&amp;Nouvelle récupération…</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation>&amp;Importer des fichiers…</translation>
    </message>
    <message>
        <source>&amp;Delete Now</source>
        <translation>&amp;Supprimer maintenant</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Reports&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Rapports&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>Records as &amp;CSV…</source>
        <translation>Enregistrements en &amp;CSV…</translation>
    </message>
    <message>
        <source>&amp;Breakdown as CSV…</source>
        <translation>Répartition en CS&amp;V…</translation>
    </message>
    <message>
        <source>Report as &amp;JSON…</source>
        <translation>Rapport en &amp;JSON…</translation>
    </message>
    <message>
        <source>Client Report as &amp;PDF…</source>
        <translation>Rapport client en P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Range (UTC)</source>
        <translation>Période (UTC)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <source>Expires in</source>
        <translation>Expire dans</translation>
    </message>
    <message>
        <source>Report pulls</source>
        <translation>Récupérations de rapports</translation>
    </message>
    <message>
        <source>Totals of the filter</source>
        <translation>Totaux du filtre</translation>
    </message>
    <message>
        <source>&amp;Count:</source>
        <translation>Co&amp;mpter :</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Count segments or messages</source>
        <translation>Compter les segments ou les messages</translation>
    </message>
    <message>
        <source>Right-click a chart to copy it as an image.</source>
        <translation>Cliquez avec le bouton droit sur un graphique pour le copier en tant qu&apos;image.</translation>
    </message>
    <message>
        <source>Per UTC day, stacked by status</source>
        <translation>Par jour UTC, empilé par statut</translation>
    </message>
    <message>
        <source>Delivery rate per UTC day</source>
        <translation>Taux de remise par jour UTC</translation>
    </message>
    <message>
        <source>By campaign</source>
        <translation>Par campagne</translation>
    </message>
    <message>
        <source>By brand</source>
        <translation>Par marque</translation>
    </message>
    <message>
        <source>By sending gateway</source>
        <translation>Par passerelle d&apos;envoi</translation>
    </message>
    <message>
        <source>Segment-count distribution</source>
        <translation>Distribution du nombre de segments</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>&amp;Graphiques</translation>
    </message>
    <message>
        <source>Top error codes</source>
        <translation>Principaux codes d&apos;erreur</translation>
    </message>
    <message>
        <source>&amp;Errors</source>
        <translation>&amp;Erreurs</translation>
    </message>
    <message>
        <source>&amp;Breakdown by:</source>
        <translation>Répartir se&amp;lon :</translation>
    </message>
    <message>
        <source>Sending gateway</source>
        <translation>Passerelle d&apos;envoi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Day (UTC)</source>
        <translation>Jour (UTC)</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marque</translation>
    </message>
    <message>
        <source>Messaging service</source>
        <translation>Service de messagerie</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Code d&apos;erreur</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Breakdown dimension</source>
        <translation>Dimension de répartition</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>Répartition</translation>
    </message>
    <message>
        <source>Break&amp;down</source>
        <translation>Ré&amp;partition</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>Rec&amp;hercher :</translation>
    </message>
    <message>
        <source>a whole message id, or part of a gateway, service, campaign or brand</source>
        <translation>un ID de message complet, ou une partie d&apos;une passerelle, d&apos;un service, d&apos;une campagne ou d&apos;une marque</translation>
    </message>
    <message>
        <source>Find records</source>
        <translation>Rechercher des enregistrements</translation>
    </message>
    <message>
        <source>Cached records</source>
        <translation>Enregistrements en cache</translation>
    </message>
    <message>
        <source>Rec&amp;ords</source>
        <translation>Enregis&amp;trements</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n enregistrement</numerusform>
            <numerusform>%n enregistrements</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 au %2</translation>
    </message>
    <message>
        <source>files</source>
        <translation>fichiers</translation>
    </message>
    <message>
        <source>Deleted at %1</source>
        <translation>Supprimée le %1</translation>
    </message>
    <message>
        <source>All live pulls</source>
        <translation>Toutes les récupérations actives</translation>
    </message>
    <message>
        <source>Pull %1</source>
        <translation>Récupération %1</translation>
    </message>
    <message numerus="yes">
        <source>Pull %1: its days and senders, including messages already stored by %n earlier pull(s) of the same account (%2)</source>
        <translation>
            <numerusform>Récupération %1 : ses jours et expéditeurs, y compris les messages déjà stockés par %n récupération antérieure du même compte (%2)</numerusform>
            <numerusform>Récupération %1 : ses jours et expéditeurs, y compris les messages déjà stockés par %n récupérations antérieures du même compte (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>The last day (%1) is before the first (%2).</source>
        <translation>Le dernier jour (%1) est antérieur au premier (%2).</translation>
    </message>
    <message>
        <source>Segments by campaign</source>
        <translation>Segments par campagne</translation>
    </message>
    <message>
        <source>Messages by campaign</source>
        <translation>Messages par campagne</translation>
    </message>
    <message>
        <source>Segments by brand</source>
        <translation>Segments par marque</translation>
    </message>
    <message>
        <source>Messages by brand</source>
        <translation>Messages par marque</translation>
    </message>
    <message>
        <source>Segments by sending gateway</source>
        <translation>Segments par passerelle d&apos;envoi</translation>
    </message>
    <message>
        <source>Messages by sending gateway</source>
        <translation>Messages par passerelle d&apos;envoi</translation>
    </message>
    <message>
        <source>%1 messages · %2 segments</source>
        <translation>%1 messages · %2 segments</translation>
    </message>
    <message>
        <source>%1% delivered</source>
        <translation>%1 % remis</translation>
    </message>
    <message>
        <source>filtered</source>
        <translation>filtré</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Signification</translation>
    </message>
    <message>
        <source>What it usually means</source>
        <translation>Signification habituelle</translation>
    </message>
    <message>
        <source>Messaging services</source>
        <translation>Services de messagerie</translation>
    </message>
    <message>
        <source>Delete Pull %1</source>
        <translation>Supprimer la récupération %1</translation>
    </message>
    <message>
        <source>Delete pull %1 and every record it holds now, before its 7 days are up? The purge log keeps only its counts.</source>
        <translation>Supprimer maintenant la récupération %1 et tous les enregistrements qu&apos;elle contient, avant la fin de ses 7 jours ? Le journal des purges n&apos;en conserve que les décomptes.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted pull %1 (%n record(s)).</source>
        <translation>
            <numerusform>Récupération %1 supprimée (%n enregistrement).</numerusform>
            <numerusform>Récupération %1 supprimée (%n enregistrements).</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Provider Reports</source>
        <translation>Importer des rapports de fournisseurs</translation>
    </message>
    <message>
        <source>Provider reports (*.json *.jsonl *.gz *.csv);;All files (*)</source>
        <translation>Rapports de fournisseurs (*.json *.jsonl *.gz *.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Twilio Messages pages (JSON)</source>
        <translation>Pages Twilio Messages (JSON)</translation>
    </message>
    <message>
        <source>Twilio BulkExport day files (JSON lines, .gz)</source>
        <translation>Fichiers journaliers Twilio BulkExport (lignes JSON, .gz)</translation>
    </message>
    <message>
        <source>Telnyx detail records (JSON or CSV)</source>
        <translation>Enregistrements détaillés Telnyx (JSON ou CSV)</translation>
    </message>
    <message>
        <source>These files are:</source>
        <translation>Ces fichiers sont :</translation>
    </message>
    <message>
        <source>Client (for the report):</source>
        <translation>Client (pour le rapport) :</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>Importation de %n fichier…</numerusform>
            <numerusform>Importation de %n fichiers…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Imported %1 records…</source>
        <translation>%1 enregistrements importés…</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n file(s).</source>
        <translation>
            <numerusform>%n fichier importé.</numerusform>
            <numerusform>%n fichiers importés.</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown export format &apos;%1&apos;</source>
        <translation>format d&apos;exportation inconnu « %1 »</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <source>usage-report</source>
        <translation>rapport-utilisation</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>L&apos;exportation a échoué : %1</translation>
    </message>
    <message>
        <source>Wrote the client report (%1 messages) to %2.</source>
        <translation>Rapport client (%1 messages) écrit dans %2.</translation>
    </message>
    <message>
        <source>Wrote %1 breakdown rows to %2.</source>
        <translation>%1 lignes de répartition écrites dans %2.</translation>
    </message>
    <message>
        <source>Wrote %1 records to %2.</source>
        <translation>%1 enregistrements écrits dans %2.</translation>
    </message>
    <message>
        <source>Export Records as CSV</source>
        <translation>Exporter les enregistrements en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export Breakdown as CSV</source>
        <translation>Exporter la répartition en CSV</translation>
    </message>
    <message>
        <source>Export Report as JSON</source>
        <translation>Exporter le rapport en JSON</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Export Client Report as PDF</source>
        <translation>Exporter le rapport client en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The usage reports in the cache, one per row: id, client, provider, account, UTC days, state, records, segments and the time left before it deletes itself. Select one to break it down, or none for every live pull.</source>
        <translation>Les rapports d&apos;utilisation présents dans le cache, un par ligne : ID, client, fournisseur, compte, jours UTC, état, enregistrements, segments et temps restant avant sa suppression automatique. Sélectionnez-en un pour en afficher la répartition, ou aucun pour toutes les récupérations actives.</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>Six charts of the filtered messages; each one&apos;s description reads out its values</source>
        <translation>Six graphiques des messages filtrés ; la description de chacun énonce ses valeurs</translation>
    </message>
    <message>
        <source>The error codes of the filtered messages, most frequent first: code, provider, messages, share, meaning and what it usually means</source>
        <translation>Les codes d&apos;erreur des messages filtrés, du plus fréquent au moins fréquent : code, fournisseur, messages, part, signification et signification habituelle</translation>
    </message>
    <message>
        <source>The filtered messages grouped by the chosen dimension: each value with its messages, segments and share</source>
        <translation>Les messages filtrés regroupés selon la dimension choisie : chaque valeur avec ses messages, ses segments et sa part</translation>
    </message>
    <message>
        <source>The filtered message records of the cache, one per row, with the columns of the CSV export; never a body or a recipient</source>
        <translation>Les enregistrements de messages filtrés du cache, un par ligne, avec les colonnes de l&apos;exportation CSV ; jamais de corps de message ni de destinataire</translation>
    </message>
    <message>
        <source>Breakdown views</source>
        <translation>Vues de répartition</translation>
    </message>
    <message>
        <source>Find Records</source>
        <translation>Rechercher des enregistrements</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>failed (import again)</source>
        <translation>échoué (importer à nouveau)</translation>
    </message>
    <message>
        <source>cancelled (import again)</source>
        <translation>annulé (importer à nouveau)</translation>
    </message>
    <message>
        <source>Provider usage reports in the encrypted cache. Each pull keeps the sending gateway, segment counts, ids, status timestamps, campaign and brand, never bodies or recipients, and deletes itself 7 days after it was created.</source>
        <translation>Rapports d&apos;utilisation des fournisseurs dans le cache chiffré. Chaque récupération conserve la passerelle d&apos;envoi, le nombre de segments, les identifiants, les horodatages de statut, la campagne et la marque, jamais les corps de message ni les destinataires, et se supprime d&apos;elle-même 7 jours après sa création.</translation>
    </message>
</context>
<context>
    <name>relay::ui::RetentionPage</name>
    <message>
        <source>&amp;Run Checks</source>
        <translation>&amp;Lancer les contrôles</translation>
    </message>
    <message>
        <source>&amp;Export Signed Report…</source>
        <translation>&amp;Exporter le rapport signé…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Retention&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Conservation&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Décomptes</translation>
    </message>
    <message>
        <source>Retention checks</source>
        <translation>Contrôles de conservation</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Contrôles</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Conservé</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Numéros de téléphone</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Conservation</translation>
    </message>
    <message>
        <source>Retention inventory</source>
        <translation>Inventaire de conservation</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Inventaire</translation>
    </message>
    <message>
        <source>What this workspace keeps about a recipient number (looked up by its hash), an SMS record or a provider message, and what it does not keep. Every lookup is in the activity log with the hash or the id, never the number; each user has %1 lookups in %2 minutes.</source>
        <translation>Ce que cet espace de travail conserve sur un numéro de destinataire (recherché par son hachage), un enregistrement SMS ou un message du fournisseur, et ce qu&apos;il ne conserve pas. Chaque recherche figure dans le journal d&apos;activité avec le hachage ou l&apos;ID, jamais le numéro ; chaque utilisateur dispose de %1 recherches par tranche de %2 minutes.</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <source>SMS record id</source>
        <translation>ID de l&apos;enregistrement SMS</translation>
    </message>
    <message>
        <source>Provider message id</source>
        <translation>ID du message chez le fournisseur</translation>
    </message>
    <message>
        <source>Look up by</source>
        <translation>Rechercher par</translation>
    </message>
    <message>
        <source>Look up</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>a number in any spelling; it is hashed, then cleared</source>
        <translation>un numéro sous n&apos;importe quelle forme ; il est haché, puis effacé</translation>
    </message>
    <message>
        <source>&amp;Look Up</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>Lookup result</source>
        <translation>Résultat de la recherche</translation>
    </message>
    <message>
        <source>Look Up</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Clics</translation>
    </message>
    <message>
        <source>SMS record</source>
        <translation>Enregistrement SMS</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Short links</source>
        <translation>Liens courts</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>Adresse IP</translation>
    </message>
    <message>
        <source>Browser</source>
        <translation>Navigateur</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>OS</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Write-back</source>
        <translation>Réécriture dans Salesforce</translation>
    </message>
    <message>
        <source>Link clicks</source>
        <translation>Clics sur les liens</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Heures de travail</translation>
    </message>
    <message>
        <source>Busy intervals</source>
        <translation>Plages occupées</translation>
    </message>
    <message>
        <source>Next busy</source>
        <translation>Prochaine plage occupée</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Scheduler users and their free/busy times</source>
        <translation>Utilisateurs du planificateur et leurs disponibilités (libre/occupé)</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Créneau</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Invité</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>User terms</source>
        <translation>Conditions de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Guest terms</source>
        <translation>Conditions de l&apos;invité</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Réservations</translation>
    </message>
    <message>
        <source>Scheduler</source>
        <translation>Planificateur</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>At rest</source>
        <translation>Au repos</translation>
    </message>
    <message>
        <source>Workspace files</source>
        <translation>Fichiers de l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message numerus="yes">
        <source>%n short link(s), %1 of them URL Pro (one per recipient, keyed to the recipient hash). Clicks: %2 written back to Salesforce, %3 pending, %4 failed. Links and their clicks are kept %5 days; a click written back is deleted %6 days after its write. A URL link records no click.</source>
        <translation>
            <numerusform>%n lien court, dont %1 en URL Pro (un par destinataire, associé au hachage du destinataire). Clics : %2 réécrits dans Salesforce, %3 en attente, %4 en échec. Les liens et leurs clics sont conservés %5 jours ; un clic réécrit dans Salesforce est supprimé %6 jours après sa réécriture. Un lien URL n&apos;enregistre aucun clic.</numerusform>
            <numerusform>%n liens courts, dont %1 en URL Pro (un par destinataire, associé au hachage du destinataire). Clics : %2 réécrits dans Salesforce, %3 en attente, %4 en échec. Les liens et leurs clics sont conservés %5 jours ; un clic réécrit dans Salesforce est supprimé %6 jours après sa réécriture. Un lien URL n&apos;enregistre aucun clic.</numerusform>
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
        <translation>Réécrit (%1)</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Pending: %1</source>
        <translation>En attente : %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>En échec : %1</translation>
    </message>
    <message numerus="yes">
        <source>Calendar data is kept as busy/free times only: event titles, descriptions, locations, attendees and organisers are dropped while a calendar is read. Bookings keep the guest&apos;s name, email and optional phone with the terms of use both parties agreed to, for %n day(s) after the booking ends.</source>
        <translation>
            <numerusform>Les données de calendrier ne sont conservées que sous forme de plages libres/occupées : les titres, descriptions, lieux, participants et organisateurs des événements sont supprimés pendant la lecture d&apos;un calendrier. Les réservations conservent le nom, l&apos;e-mail et le téléphone facultatif de l&apos;invité, avec les conditions d&apos;utilisation acceptées par les deux parties, pendant %n jour après la fin de la réservation.</numerusform>
            <numerusform>Les données de calendrier ne sont conservées que sous forme de plages libres/occupées : les titres, descriptions, lieux, participants et organisateurs des événements sont supprimés pendant la lecture d&apos;un calendrier. Les réservations conservent le nom, l&apos;e-mail et le téléphone facultatif de l&apos;invité, avec les conditions d&apos;utilisation acceptées par les deux parties, pendant %n jours après la fin de la réservation.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non enregistré</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>stocké</translation>
    </message>
    <message>
        <source>never at rest</source>
        <translation>jamais au repos</translation>
    </message>
    <message>
        <source>sending gateways only</source>
        <translation>passerelles d&apos;envoi uniquement</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Purpose: %1</source>
        <translation>Finalité : %1</translation>
    </message>
    <message>
        <source>Policy: “%1”</source>
        <translation>Politique : « %1 »</translation>
    </message>
    <message>
        <source>%1 › %2: %3</source>
        <translation>%1 › %2 : %3</translation>
    </message>
    <message>
        <source>No store of this kind exists in this workspace yet.</source>
        <translation>Aucun stockage de ce type n&apos;existe encore dans cet espace de travail.</translation>
    </message>
    <message>
        <source>The checks could not start: %1</source>
        <translation>Les contrôles n&apos;ont pas pu démarrer : %1</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Contrôle en cours…</translation>
    </message>
    <message>
        <source>The checks stopped: %1</source>
        <translation>Les contrôles se sont arrêtés : %1</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Réussi</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n constat</numerusform>
            <numerusform>%n constats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n check(s) pass on the live workspace (%1 ms).</source>
        <translation>
            <numerusform>%n contrôle réussi sur l&apos;espace de travail en service (%1 ms).</numerusform>
            <numerusform>Les %n contrôles sont tous réussis sur l&apos;espace de travail en service (%1 ms).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s): see the checks marked with a warning.</source>
        <translation>
            <numerusform>%n constat : consultez les contrôles marqués d&apos;un avertissement.</numerusform>
            <numerusform>%n constats : consultez les contrôles marqués d&apos;un avertissement.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every check of the retention inventory passes.</source>
        <translation>Tous les contrôles de l&apos;inventaire de conservation sont réussis.</translation>
    </message>
    <message>
        <source>Some data is kept where or longer than the policy allows.</source>
        <translation>Certaines données sont conservées à un endroit ou pendant une durée que la politique n&apos;autorise pas.</translation>
    </message>
    <message>
        <source>run the checks first</source>
        <translation>lancez d&apos;abord les contrôles</translation>
    </message>
    <message>
        <source>Export Signed Compliance Report</source>
        <translation>Exporter le rapport de conformité signé</translation>
    </message>
    <message>
        <source>Signed report (*.json);;PDF, with the signed report beside it (*.pdf)</source>
        <translation>Rapport signé (*.json);;PDF, avec le rapport signé à côté (*.pdf)</translation>
    </message>
    <message>
        <source>Wrote %1, signed by %2. Check it with &quot;relayaudit-cli retention verify-report&quot;.</source>
        <translation>%1 écrit, signé par %2. Vérifiez-le avec « relayaudit-cli retention verify-report ».</translation>
    </message>
    <message>
        <source>Recipient hash:</source>
        <translation>Hachage du destinataire :</translation>
    </message>
    <message>
        <source>How it is made: %1.</source>
        <translation>Mode de calcul : %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) in the delivery log</source>
        <translation>
            <numerusform>%n message dans le journal des remises</numerusform>
            <numerusform>%n messages dans le journal des remises</numerusform>
        </translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Passerelle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Status changes</source>
        <translation>Changements de statut</translation>
    </message>
    <message numerus="yes">
        <source>%n cached report row(s)</source>
        <translation>
            <numerusform>%n ligne de rapport en cache</numerusform>
            <numerusform>%n lignes de rapport en cache</numerusform>
        </translation>
    </message>
    <message>
        <source>Pull %1: %2 from %3, status %4, %5 segment(s)</source>
        <translation>Récupération %1 : %2 depuis %3, statut %4, %5 segment(s)</translation>
    </message>
    <message>
        <source>Not retained</source>
        <translation>Non conservé</translation>
    </message>
    <message>
        <source>this workspace has no recipient-hash pepper: it has hashed no number</source>
        <translation>cet espace de travail n&apos;a pas de poivre de hachage des destinataires : il n&apos;a haché aucun numéro</translation>
    </message>
    <message>
        <source>Workspace &lt;b&gt;%1&lt;/b&gt;, schema version %2. Databases are encrypted with SQLCipher %3 (raw 256-bit key, %4-byte pages, HMAC %5, secure delete %6). Run the checks to prove the retention inventory on it.</source>
        <translation>Espace de travail &lt;b&gt;%1&lt;/b&gt;, version du schéma %2. Les bases de données sont chiffrées avec SQLCipher %3 (clé brute de 256 bits, pages de %4 octets, HMAC %5, suppression sécurisée %6). Lancez les contrôles pour y vérifier l&apos;inventaire de conservation.</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activée</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivée</translation>
    </message>
    <message>
        <source>NOT encrypted</source>
        <translation>NON chiffré</translation>
    </message>
    <message>
        <source>Encrypted (SQLCipher)</source>
        <translation>Chiffré (SQLCipher)</translation>
    </message>
    <message>
        <source>Key metadata: salt and key check, no secret</source>
        <translation>Métadonnées de clé : sel et contrôle de clé, aucun secret</translation>
    </message>
    <message>
        <source>Other file</source>
        <translation>Autre fichier</translation>
    </message>
    <message>
        <source>; readable by others</source>
        <translation>; lisible par d&apos;autres utilisateurs</translation>
    </message>
    <message>
        <source>The checks of the retention inventory on the live workspace: each check with its result and counts, and its evidence below it when it fails</source>
        <translation>Les contrôles de l&apos;inventaire de conservation sur l&apos;espace de travail en service : chaque contrôle avec son résultat et ses décomptes et, en dessous, ses preuves en cas d&apos;échec</translation>
    </message>
    <message>
        <source>The retention policy as data, one category per row: whether it is stored, whether it may hold a phone number, how long it is kept; below it, its purpose, policy sentence and where it lives</source>
        <translation>La politique de conservation sous forme de données, une catégorie par ligne : stockage ou non, présence possible d&apos;un numéro de téléphone, durée de conservation ; en dessous, sa finalité, la phrase de la politique et son emplacement</translation>
    </message>
    <message>
        <source>What the workspace keeps about the number or id looked up, and what it does not keep</source>
        <translation>Ce que l&apos;espace de travail conserve sur le numéro ou l&apos;ID recherché, et ce qu&apos;il ne conserve pas</translation>
    </message>
    <message>
        <source>The short links in the link store, one per row: code, mode, domain, created, clicks, SMS record and target</source>
        <translation>Les liens courts du stockage des liens, un par ligne : code, mode, domaine, création, clics, enregistrement SMS et cible</translation>
    </message>
    <message>
        <source>The recorded clicks on URL Pro links, one per row: time, code, IP address, domain, browser, OS, device and the Salesforce write-back</source>
        <translation>Les clics enregistrés sur les liens URL Pro, un par ligne : heure, code, adresse IP, domaine, navigateur, OS, appareil et réécriture dans Salesforce</translation>
    </message>
    <message>
        <source>The scheduler&apos;s users, one per row: time zone, working hours, busy intervals kept, next busy time and the terms they agreed to</source>
        <translation>Les utilisateurs du planificateur, un par ligne : fuseau horaire, heures de travail, plages occupées conservées, prochaine plage occupée et conditions acceptées</translation>
    </message>
    <message>
        <source>The bookings in the scheduler, one per row: slot, user, guest name, email and phone, and the terms each side agreed to</source>
        <translation>Les réservations du planificateur, une par ligne : créneau, utilisateur, nom, e-mail et téléphone de l&apos;invité, et conditions acceptées par chaque partie</translation>
    </message>
    <message>
        <source>Every file of the workspace, one per row: name, size, file mode and whether it is encrypted at rest</source>
        <translation>Chaque fichier de l&apos;espace de travail, un par ligne : nom, taille, mode du fichier et chiffrement au repos ou non</translation>
    </message>
    <message>
        <source>Retention views</source>
        <translation>Vues de conservation</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Check &amp;Pages</source>
        <translation>Contrôler les &amp;pages</translation>
    </message>
    <message>
        <source>Read every page of the workspace database and verify its HMAC, then SQLite&apos;s structural check</source>
        <translation>Lire chaque page de la base de données de l&apos;espace de travail et contrôler son HMAC, puis le contrôle structurel de SQLite</translation>
    </message>
    <message numerus="yes">
        <source>Intact: %n page(s) read, every HMAC verified, the structure is sound.</source>
        <translation>
            <numerusform>Intact : %n page lue, chaque HMAC vérifié, la structure est saine.</numerusform>
            <numerusform>Intact : %n pages lues, chaque HMAC vérifié, la structure est saine.</numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1: %2</source>
        <translation>Page %1 : %2</translation>
    </message>
    <message>
        <source>Damaged: %1 of %2 pages fail their HMAC; %3 structural problem(s). Restore the workspace from a backup, or re-create it and pull again.
%4</source>
        <translation>Endommagé : %1 pages sur %2 échouent à leur HMAC ; %3 problème(s) structurel(s). Restaurez l&apos;espace de travail depuis une sauvegarde, ou recréez-le et récupérez à nouveau.
%4</translation>
    </message>
    <message>
        <source>Page check result</source>
        <translation>Résultat du contrôle des pages</translation>
    </message>
</context>
<context>
    <name>relay::ui::SendTestDialog</name>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>Send Test Message</source>
        <translation>Envoyer un message de test</translation>
    </message>
    <message>
        <source>Runs one message through the send path: validation, segment count, recipient hash, submit, delivery log. The number and the text are kept nowhere.</source>
        <translation>Fait passer un message par le chemin d&apos;envoi : validation, nombre de segments, hachage du destinataire, soumission, journal des remises. Le numéro et le texte ne sont conservés nulle part.</translation>
    </message>
    <message>
        <source>+1 202 555 0143, or whatsapp:+…</source>
        <translation>+1 202 555 0143, ou whatsapp:+…</translation>
    </message>
    <message>
        <source>The message</source>
        <translation>Le message</translation>
    </message>
    <message>
        <source>&amp;Gateway:</source>
        <translation>&amp;Passerelle :</translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation>&amp;Destinataire :</translation>
    </message>
    <message>
        <source>SMS &amp;record id:</source>
        <translation>&amp;ID de l&apos;enregistrement SMS :</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texte :</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Submitted as %1 (%2). Its statuses arrive in the Deliveries log.</source>
        <translation>Soumis en tant que %1 (%2). Ses statuts arrivent dans le journal des remises.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Non envoyé : %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n segment(s) · %2 units</source>
        <translation>
            <numerusform>%1 · %n segment · %2 unités</numerusform>
            <numerusform>%1 · %n segments · %2 unités</numerusform>
        </translation>
    </message>
    <message>
        <source>UCS-2 because of: %1</source>
        <translation>UCS-2 en raison de : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) cost two</source>
        <translation>
            <numerusform>%n caractère compte pour deux</numerusform>
            <numerusform>%n caractères comptent pour deux</numerusform>
        </translation>
    </message>
    <message>
        <source>Submitting…</source>
        <translation>Soumission…</translation>
    </message>
    <message>
        <source>Submitting… (%1)</source>
        <translation>Soumission… (%1)</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Passerelle</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>The number to send to; it is cleared when the message is submitted</source>
        <translation>Le numéro du destinataire ; il est effacé lors de la soumission du message</translation>
    </message>
    <message>
        <source>SMS record id</source>
        <translation>ID de l&apos;enregistrement SMS</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>The message; it is cleared when the message is submitted</source>
        <translation>Le message ; il est effacé lors de sa soumission</translation>
    </message>
    <message>
        <source>Segment count</source>
        <translation>Nombre de segments</translation>
    </message>
    <message>
        <source>Submitted (%1), but the provider&apos;s answer was lost: the message id arrives with its first status callback.</source>
        <translation>Soumis (%1), mais la réponse du fournisseur a été perdue : l&apos;identifiant du message arrivera avec son premier rappel de statut.</translation>
    </message>
</context>
<context>
    <name>relay::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Valeur par défaut du système</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
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
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Apparence :</translation>
    </message>
    <message>
        <source>Workspace folder</source>
        <translation>Dossier de l&apos;espace de travail</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Workspace Folder</source>
        <translation>Dossier de l&apos;espace de travail</translation>
    </message>
    <message>
        <source>&amp;Workspace:</source>
        <translation>&amp;Espace de travail :</translation>
    </message>
    <message>
        <source>Messaging engine</source>
        <translation>Moteur de messagerie</translation>
    </message>
    <message>
        <source>https://relay.example.com/</source>
        <translation>https://relay.example.com/</translation>
    </message>
    <message>
        <source>The public address where &quot;relayaudit-cli engine serve&quot; takes the providers&apos; status callbacks.</source>
        <translation>L&apos;adresse publique à laquelle « relayaudit-cli engine serve » reçoit les rappels de statut des fournisseurs.</translation>
    </message>
    <message>
        <source>Status callback URL</source>
        <translation>URL de rappel de statut</translation>
    </message>
    <message>
        <source>Status &amp;callback URL:</source>
        <translation>URL de &amp;rappel de statut :</translation>
    </message>
    <message>
        <source>blank: api.twilio.com and api.telnyx.com</source>
        <translation>vide : api.twilio.com et api.telnyx.com</translation>
    </message>
    <message>
        <source>Provider API base URL</source>
        <translation>URL de base de l&apos;API du fournisseur</translation>
    </message>
    <message>
        <source>Provider &amp;API base URL:</source>
        <translation>URL de &amp;base de l&apos;API du fournisseur :</translation>
    </message>
    <message>
        <source>Settings error</source>
        <translation>Erreur de paramètres</translation>
    </message>
    <message>
        <source>A new language applies the next time Relay Audit starts. Keys and passphrases are never stored in settings.</source>
        <translation>Une nouvelle langue s&apos;applique au prochain démarrage de Relay Audit. Les clés et les phrases secrètes ne sont jamais stockées dans les paramètres.</translation>
    </message>
    <message>
        <source>%1 must be an http:// or https:// address, not &quot;%2&quot;.</source>
        <translation>%1 doit être une adresse http:// ou https://, et non « %2 ».</translation>
    </message>
    <message>
        <source>The status callback URL</source>
        <translation>L&apos;URL de rappel de statut</translation>
    </message>
    <message>
        <source>The provider API base URL</source>
        <translation>L&apos;URL de base de l&apos;API du fournisseur</translation>
    </message>
    <message>
        <source>Choose the workspace folder</source>
        <translation>Choisir le dossier de l&apos;espace de travail</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
</context>
<context>
    <name>relay::ui::UnlockDialog</name>
    <message>
        <source>Unlock Workspace</source>
        <translation>Déverrouiller l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Create Workspace</source>
        <translation>Créer un espace de travail</translation>
    </message>
    <message>
        <source>The workspace at &lt;b&gt;%1&lt;/b&gt; is encrypted. Enter its passphrase to unlock it.</source>
        <translation>L&apos;espace de travail situé dans &lt;b&gt;%1&lt;/b&gt; est chiffré. Saisissez sa phrase secrète pour le déverrouiller.</translation>
    </message>
    <message>
        <source>Create an encrypted workspace at &lt;b&gt;%1&lt;/b&gt;. Everything Relay Audit keeps is stored there, encrypted with SQLCipher.</source>
        <translation>Créez un espace de travail chiffré dans &lt;b&gt;%1&lt;/b&gt;. Tout ce que Relay Audit conserve y est stocké, chiffré avec SQLCipher.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>Répéter la phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Répéter :</translation>
    </message>
    <message>
        <source>Use a random key kept in the system &amp;keychain instead</source>
        <translation>Utiliser plutôt une clé aléatoire conservée dans le &amp;trousseau système</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message numerus="yes">
        <source>A passphrase needs at least %n characters.</source>
        <translation>
            <numerusform>Une phrase secrète doit comporter au moins %n caractère.</numerusform>
            <numerusform>Une phrase secrète doit comporter au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>The passphrases do not match yet.</source>
        <translation>Les phrases secrètes ne correspondent pas encore.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Déverrouillage…</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Création…</translation>
    </message>
</context>
</TS>
