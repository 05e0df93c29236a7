# Interface web d’Accord — français.
# Chaque message doit exister avec les mêmes variables que dans la source anglaise ;
# un test le vérifie. Le nom de marque « Accord » n’est pas traduit.

## Page frame
skip-to-content = Aller au contenu principal
site-tagline = Infrastructure ouverte pour la coopération mondiale en matière de gouvernance de l’IA
nav-label = Navigation principale
nav-home = Accueil
nav-registry = Registre
nav-rules = Règles
nav-safety = Sécurité
nav-dialogue = Dialogue
nav-compute = Calcul
nav-members = Membres
nav-transparency = Transparence
nav-tokens = Jetons d’API
language-label = Langue
signed-in-as = Connecté en tant que { $name }
sign-in = Se connecter
sign-out = Se déconnecter
footer-node = Nœud : { $name }
footer-version = Accord, version { $version }
footer-api = Documentation de l’API (OpenAPI)
footer-health = État du nœud

## Home
home-title = Bienvenue sur ce nœud Accord
home-intro = Accord est une infrastructure partagée destinée aux pays, aux instituts de sécurité de l’IA, aux autorités de régulation, aux organisations internationales, aux entreprises, aux communautés du logiciel libre et aux chercheurs qui coopèrent en matière de gouvernance de l’IA. Chaque membre exploite un nœud comme celui-ci et le relie aux autres.
home-parts-title = Ce que fait ce nœud
home-stats-title = Ce nœud en bref
stat-organisations = Organisations membres
stat-users = Comptes utilisateurs
stat-events = Entrées du journal d’audit
part-registry-summary = Un registre partagé des modèles et systèmes d’IA : fiches de modèle, licences, filiation et puissance de calcul utilisée pour l’entraînement.
part-rules-summary = Un corpus sourcé et daté des lois et cadres relatifs à l’IA dans le monde, et ce qui s’applique à un système dans chaque juridiction.
part-safety-summary = Signalements d’incidents et informations sur les menaces partagés entre membres selon des niveaux d’accès convenus.
part-dialogue-summary = Les membres publient des déclarations et votent ; le nœud repère les groupes d’opinion et les déclarations qui font largement consensus.
part-compute-summary = Seuils de puissance de calcul d’entraînement, classification des puces au regard du contrôle des exportations et partage de puissance de calcul.
part-members-summary = Les organisations qui participent à la communauté de ce nœud, et leurs comptes.
part-transparency-summary = Chaque modification de ce nœud est consignée dans un journal d’audit en ajout seul, que les membres peuvent consulter.
part-not-yet = Cette partie n’est pas encore activée sur ce nœud.
part-coming-title = Bientôt sur ce nœud

## Sign in
login-title = Se connecter
login-intro = Connectez-vous avec le compte que l’administrateur de votre organisation a créé pour vous.
field-email = Adresse électronique
field-password = Mot de passe
login-button = Se connecter
login-failed = L’adresse électronique ou le mot de passe est incorrect
login-rate-limited = Trop de tentatives de connexion. Attendez { $seconds } secondes et réessayez.
signed-out = Vous avez fermé votre session.
error-summary-title = Il y a un problème
error-prefix = Erreur :

## Members
members-title = Membres
members-intro = Organisations qui participent à la communauté de ce nœud.
members-count = { $count ->
    [one] { $count } organisation
   *[other] { $count } organisations
}
col-name = Nom
col-kind = Type
col-country = Pays ou région
col-website = Site web
col-joined = Date d’adhésion
col-role = Rôle
col-email = Adresse électronique
no-country = International
add-organisation-title = Ajouter une organisation
field-org-name = Nom de l’organisation
field-org-name-hint = Tel que l’organisation l’écrit, dans sa propre langue.
field-kind = Type d’organisation
field-country = Code du pays ou de la région
field-country-hint = Deux lettres, par exemple FR, CN ou BR. Laissez vide pour les organisations internationales.
field-website = Site web
field-website-hint = Facultatif. Commence par https://
add-organisation-button = Ajouter l’organisation
organisation-added = Organisation ajoutée : { $name }
org-users-title = Comptes utilisateurs
org-users-hidden = Seuls les administrateurs peuvent voir les comptes d’une organisation.
org-no-users = Cette organisation n’a encore aucun compte utilisateur.
add-user-title = Ajouter un compte utilisateur
field-display-name = Nom complet
field-role = Rôle
field-new-password = Mot de passe
field-new-password-hint = Au moins 10 caractères. Transmettez-le à la personne de manière sûre ; elle ne peut pas encore le modifier.
add-user-button = Ajouter l’utilisateur
user-added = Compte utilisateur ajouté : { $name }
org-history-title = Historique
back-to-members = Retour aux membres

kind-state_institution = Institution publique
kind-regulator = Autorité de régulation
kind-international_organisation = Organisation internationale
kind-company = Entreprise
kind-research_institution = Établissement de recherche
kind-developer_community = Communauté de développeurs
kind-individual_expert = Expert individuel

role-admin = Administrateur
role-editor = Éditeur
role-reviewer = Relecteur
role-member = Membre

## API tokens
tokens-title = Jetons d’API
tokens-intro = Les jetons permettent à des scripts et à d’autres systèmes d’utiliser l’API JSON en votre nom. Un jeton n’a jamais plus de droits que votre compte.
tokens-none = Vous n’avez aucun jeton d’API.
col-token-name = Nom
col-token-prefix = Commence par
col-scopes = Portées
col-created = Créé le
col-expires = Expire le
col-last-used = Dernière utilisation
col-status = État
col-actions = Actions
never = Jamais
token-active = Actif
token-revoked = Révoqué
token-expired = Expiré
revoke = Révoquer
create-token-title = Créer un jeton
field-token-name = Nom
field-token-name-hint = Indiquez ce qui l’utilisera, par exemple « export nocturne ».
field-scopes = Portées
scope-read = read: lire ce que votre compte peut lire
scope-write = write: créer et modifier du contenu
scope-admin = admin: gérer les membres, les utilisateurs et les jetons
field-expires-days = Expire après (jours)
field-expires-days-hint = De 1 à { $max } jours.
create-token-button = Créer le jeton
token-created-title = Votre nouveau jeton
token-created-warning = Vous ne reverrez plus ce jeton. Copiez-le maintenant.
token-value-label = Jeton
copy = Copier
copied = Copié
token-created-use = Envoyez-le dans l’en-tête d’autorisation : Authorization: Bearer suivi du jeton.
back-to-tokens = Retour aux jetons d’API
revoke-title = Révoquer le jeton « { $name } » ?
revoke-warning = Les systèmes qui l’utilisent cesseront immédiatement de fonctionner. Cette action est irréversible.
revoke-button = Révoquer le jeton
cancel = Annuler
token-revoked-notice = Jeton révoqué : { $name }

## Transparency
transparency-title = Transparence
transparency-intro = Chaque modification de ce nœud — membres, comptes, jetons — est consignée dans un journal d’audit en ajout seul. Les entrées ne peuvent être ni modifiées ni supprimées, pas même par l’opérateur du nœud au moyen de la base de données.
transparency-sign-in = Connectez-vous pour voir le journal d’audit.
col-seq = N°
col-time = Date et heure
col-action = Action
col-subject = Objet
col-actor = Par
actor-operator = Opérateur du nœud
actor-system = Système
actor-participant = Participant au dialogue (pseudonyme)
audit-empty = Le journal d’audit est vide.
older-entries = Entrées plus anciennes
next-page = Page suivante

action-organisation-create = Organisation ajoutée
action-user-create = Compte utilisateur ajouté
action-user-set_password = Mot de passe défini
action-token-create = Jeton d’API créé
action-token-revoke = Jeton d’API révoqué
action-session-open = Connexion
action-session-close = Déconnexion

## Errors
not-found-title = Page introuvable
not-found-body = Si vous avez saisi l’adresse web, vérifiez qu’elle est correcte.
forbidden-title = Vous ne pouvez pas effectuer cette action
forbidden-body = Votre compte n’a pas le rôle requis pour cette page. Adressez-vous à l’administrateur de votre organisation.
sign-in-needed = Connectez-vous pour voir cette page.
csrf-failed = Ce formulaire a expiré. Revenez en arrière, rechargez la page et réessayez.
problem-title = Désolé, le service rencontre un problème
problem-body = Réessayez plus tard.

## Field errors (shown by the field and in the summary)
err-required = Renseignez le champ « { $field } »
err-too-long = Le champ « { $field } » doit comporter au maximum { $max } caractères
err-not-allowed = Pour le champ « { $field } », choisissez une valeur dans la liste
err-malformed = Saisissez le champ « { $field } » dans le bon format
err-duplicate = La valeur du champ « { $field } » est déjà utilisée
err-scopes-required = Sélectionnez au moins une portée

## Transparency log
log-title = Journal de transparence
log-intro = Chaque enregistrement publié — membres, comptes, jetons, clés de signature — est signé puis ajouté à un arbre de Merkle en ajout seul (RFC 9162). Après chaque modification, le nœud signe un point de contrôle de l’arbre : chacun peut ainsi vérifier qu’aucun enregistrement n’a été modifié ni supprimé.
log-origin = Journal
log-size = Enregistrements dans le journal
log-root = Hachage racine
log-checkpoint = Dernier point de contrôle signé
log-verify-hint = Vérifiez vous-même ce nœud à l’aide de la commande :
log-empty = Le journal est vide.
log-recent = Derniers enregistrements
log-audit-trail = Journal d’audit
col-index = Indice
col-record = Enregistrement
col-version = Version
col-signed-by = Signé par
col-author = Auteur
entry-title = Entrée { $index } du journal
entry-envelope = Enregistrement signé
entry-signature = Signature
entry-key = Clé de signature
entry-leaf = Hachage de la feuille
entry-proof = Preuve d’inclusion par rapport au point de contrôle de taille { $size }
entry-check-server = Vérifié par ce nœud
entry-valid = Signature valide et enregistrement présent dans le journal
entry-invalid = La vérification a échoué : { $problem }
entry-verify-browser = Vérifier dans ce navigateur
entry-verify-browser-hint = Recalcule la racine de Merkle à partir de l’enregistrement et de la preuve, et vérifie la signature, sans se fier au verdict de cette page.
entry-browser-ok = Vérifié dans votre navigateur : la preuve mène à la racine du point de contrôle et la signature est valide.
entry-browser-root-ok = La preuve mène à la racine du point de contrôle. Ce navigateur ne peut pas vérifier les signatures Ed25519.
entry-browser-failed = La vérification a échoué dans votre navigateur.
key-owner-node = Ce nœud
key-owner-organisation = Organisation { $name }
back-to-log = Retour au journal de transparence
action-key-register = Clé de signature publiée
action-key-retire = Clé de signature retirée

## Rules: navigation and start page
rules-nav-label = Règles
rules-nav-assess = Évaluer un système
rules-nav-instruments = Instruments
rules-nav-convergence = Convergences et conflits
rules-nav-timeline = Calendrier
rules-start-title = Quelles règles relatives à l’IA s’appliquent à votre système ?
rules-start-lead = Répondez à quelques questions sur un système ou un modèle d’IA et voyez, pour chaque juridiction, quelles obligations s’appliquent, lesquelles peuvent s’appliquer tant qu’un fait reste inconnu, et où les juridictions convergent ou entrent en conflit.
rules-start-how = Une question n’apparaît que si elle compte pour une règle, les plus utiles d’abord. Vous pouvez répondre « Je ne sais pas » : le résultat indique alors quelles règles dépendent de ce fait. Chaque résultat cite son article et sa source, et montre comment il a été établi.
rules-not-legal-advice = Ceci ne constitue pas un conseil juridique. Vérifiez les faits signalés comme incertains avant de vous y fier.
rules-start-now = Commencer
rules-start-example = Voir un exemple : un modèle à usage général à poids ouverts proposé dans l’UE, en Chine et en Californie
rules-all-questions = Toutes les questions sur une seule page
rules-all-lead = Pour les spécialistes : tous les faits dont dépendent les règles. Laissez une question sans réponse ou choisissez « Je ne sais pas » lorsqu’un fait est inconnu.
rules-coverage-title = Juridictions couvertes
rules-stat-instruments = Instruments
rules-stat-obligations = Obligations
rules-stat-uncertain = Règles signalées comme incertaines
rules-col-jurisdiction = Juridiction
rules-col-instruments = Instruments
rules-col-obligations = Obligations

## Rules: questions
q-number = Question { $number }
continue = Continuer
back = Retour
change = Modifier
q-or = ou
q-do-not-know = Je ne sais pas
q-none-of-these = Aucune de ces réponses
q-yes = Oui
q-no = Non
q-not-known = Inconnu
q-error-number = Saisissez un nombre, par exemple 3e25 ou 3 × 10^25
q-error-date = Saisissez une date au format 2026-08-02
q-error-choose = Choisissez l’une des options, ou « Je ne sais pas »
rules-as-of = Date de l’évaluation
rules-as-of-hint = Les règles en vigueur à cette date (année-mois-jour). La date peut être passée ou future.
rules-see-results = Voir les règles susceptibles de s’appliquer
rules-check-title = Vérifiez vos réponses
rules-check-empty = Vous n’avez encore répondu à aucune question.

## Rules: the result
rules-result-title = Obligations par juridiction
rules-change-answers = Modifier vos réponses
rules-result-as-of = Règles en vigueur le { $date }.
rules-missing-title = { $count ->
    [one] { $count } résultat est « Peut s’appliquer » faute de certains faits
   *[other] { $count } résultats sont « Peut s’appliquer » faute de certains faits
}
rules-missing-intro = Pour les trancher, répondez à ces questions, les plus utiles d’abord :
rules-missing-decides = { $count ->
    [one] tranche { $count } résultat
   *[other] tranche { $count } résultats
}
rules-answer-now = Répondre
rules-matrix-title = Juridictions et types d’obligations
rules-matrix-empty = Rien ne s’applique ni ne peut s’appliquer à ce profil.
rules-matrix-hint = Chaque cellule renvoie aux obligations correspondantes, avec leurs références et la manière dont elles ont été établies.
rules-conflict = Conflit
rules-contested = Contesté
rules-by-jurisdiction = Obligations dans chaque juridiction
rules-nothing-applies = Aucune obligation ne s’applique ni ne peut s’appliquer ici.
rules-others = { $count ->
    [one] { $count } règle qui ne s’applique pas
   *[other] { $count } règles qui ne s’appliquent pas
}
rules-divergences-title = Où les juridictions divergent
rules-divergences-intro = Les obligations d’un même type qui diffèrent d’une juridiction à l’autre, et la valeur la plus stricte lorsqu’elle peut être calculée.
rules-col-kind = Type d’obligation
rules-col-jurisdictions = Juridictions
rules-col-divergence = Divergence
rules-col-strictest = Le plus strict
rules-strictest-deadline = Délai le plus court : { $value }
rules-lowest-threshold = Seuil le plus bas : { $value }
rules-keep-title = Conserver ce résultat
rules-download-json = Télécharger le résultat (JSON)
rules-download-csv = Télécharger le résultat (CSV, pour tableur)
rules-save-name = Nom de l’évaluation
rules-save-hint = L’enregistrement publie dans le journal de transparence un enregistrement signé du profil et du résultat.
rules-save = Enregistrer cette évaluation
rules-save-sign-in = Connectez-vous pour enregistrer cette évaluation sous forme d’enregistrement signé.
rules-voluntary = Volontaire
rules-bill = Projet de loi, non adopté
rules-deadline = Délai : { $value }
rules-contested-explained = La règle est présentée en l’état ; la contestation n’a pas encore été tranchée.
result-missing-facts = Dépend de : { $facts }
result-exempted-by = Exemption au titre de { $rule }
result-n-facts-missing = { $count ->
    [one] { $count } fait manquant
   *[other] { $count } faits manquants
}
status-applies = S’applique
status-may-apply = Peut s’appliquer
status-exempt = Exemption
status-not-applicable = Ne s’applique pas
status-not-in-force = Pas en vigueur
status-no-rule = Aucune règle trouvée
confidence-verified = Vérifié par rapport à la source
confidence-primary-text = Tiré du texte juridique — référence de l’article non revérifiée
confidence-uncertain = Incertain — à vérifier avant de vous y fier
confidence-uncertain-short = Incertain
confidence-uncertain-explained = Ce fait provient d’une seule source secondaire ou n’est pas confirmé. Il est affiché pour que vous puissiez le vérifier, et non comme un fait établi.

## Rules: one rule
rule-for-you = Pour vos réponses
rule-why = Pourquoi
rule-assess-to-see = Répondez aux questions pour savoir si cette règle s’applique à votre système
rule-details = La règle
rule-instrument = Instrument
rule-cite = Article
rule-kind = Type d’obligation
rule-role = Qui doit agir
rule-in-force = S’applique
rule-window-always = Sans limite de date
rule-window-from = à partir du { $date }
rule-window-until = jusqu’au { $date } (exclu)
rule-history = Dates modifiées
rule-deadline = Délai
rule-threshold = Seuil
rule-format = Format technique
rule-source = Source
rule-confidence = Fiabilité
rule-id = Identifiant
rule-exceptions = Exceptions
rule-conflicts = En conflit avec
rule-related = Le même type d’obligation ailleurs
rule-summary = Ce qu’elle exige
rule-exception = Exception
proof-met = remplie
proof-not-met = non remplie
proof-unknown = inconnue
proof-all = toutes ces conditions
proof-any = l’une de ces conditions
proof-not = non
proof-value = réponse :
proof-answer = Répondre : { $question }

## Rules: instruments, convergence, timeline
inst-status-in-force = En vigueur
inst-status-bill = Projet de loi
inst-status-voluntary = Volontaire
inst-status-repealed = Abrogé
instruments-lead = Les lois, projets de loi et cadres du corpus de règles de ce nœud ; chaque règle renvoie à son article et à sa source.
instruments-rules = { $count ->
    [one] { $count } règle
   *[other] { $count } règles
}
instruments-uncertain = { $count ->
    [one] { $count } incertaine
   *[other] { $count } incertaines
}
instrument-status = Statut
convergence-lead = Chaque type d’obligation dans les juridictions qui le prévoient : où elles convergent, et si elles divergent quant au seuil, au champ d’application, au délai ou au format technique, ou se contredisent ouvertement.
convergence-col-rules = Règles
convergence-aligned = Alignées
convergence-single = Types présents dans une seule juridiction
divergence-threshold = Seuil
divergence-trigger-scope = Déclencheur ou champ d’application
divergence-deadline = Délai
divergence-technical-format = Format technique
divergence-normative-conflict = Conflit normatif
timeline-lead = Les dates auxquelles des règles commencent ou cessent de s’appliquer, et les dates modifiées par des textes ultérieurs. Nous sommes le { $date }.
timeline-starts = commence à s’appliquer
timeline-starts-some = commence à s’appliquer pour certains systèmes
timeline-ends = cesse de s’appliquer
timeline-moved = date fixée au { $date } par { $by }

## Rules: jurisdictions and markets (codes stay as they are; only the names are translated)
jur-EU = Union européenne
jur-CN = Chine
jur-US = États-Unis
jur-US-CA = Californie (États-Unis)
jur-US-CO = Colorado (États-Unis)
jur-US-TX = Texas (États-Unis)
jur-US-NY = État de New York (États-Unis)
jur-US-NYC = Ville de New York (États-Unis)
jur-US-UT = Utah (États-Unis)
jur-US-IL = Illinois (États-Unis)
jur-KR = République de Corée
jur-JP = Japon
jur-BR = Brésil
jur-UK = Royaume-Uni
jur-CA = Canada
jur-INTL = International
jur-AE = Émirats arabes unis
jur-AR = Argentine
jur-AT = Autriche
jur-AU = Australie
jur-BE = Belgique
jur-CH = Suisse
jur-CL = Chili
jur-CZ = Tchéquie
jur-DE = Allemagne
jur-DK = Danemark
jur-EE = Estonie
jur-EG = Égypte
jur-ES = Espagne
jur-FI = Finlande
jur-FR = France
jur-GB = Royaume-Uni
jur-GR = Grèce
jur-HK = RAS de Hong Kong (Chine)
jur-HU = Hongrie
jur-ID = Indonésie
jur-IE = Irlande
jur-IL = Israël
jur-IN = Inde
jur-IR = Iran (République islamique d’)
jur-IS = Islande
jur-IT = Italie
jur-LU = Luxembourg
jur-MX = Mexique
jur-MY = Malaisie
jur-NL = Pays-Bas (Royaume des)
jur-NO = Norvège
jur-NZ = Nouvelle-Zélande
jur-PK = Pakistan
jur-PL = Pologne
jur-PT = Portugal
jur-QA = Qatar
jur-RO = Roumanie
jur-RU = Fédération de Russie
jur-SA = Arabie saoudite
jur-SE = Suède
jur-SG = Singapour
jur-TH = Thaïlande
jur-TR = Türkiye
jur-TW = Province chinoise de Taiwan
jur-UA = Ukraine
jur-VN = Viet Nam
jur-ZA = Afrique du Sud

## Rules: the questions, one per fact of the profile vocabulary
q-markets = Où le système ou le modèle est-il mis sur le marché ou mis en service, ou bien où ses sorties sont-elles utilisées ?
q-markets-hint = Cochez toutes les réponses applicables. Une loi peut viser un fournisseur établi ailleurs lorsque le système ou ses sorties sont utilisés sur son territoire. Pour les États-Unis, cochez aussi chaque État ou ville concernés.
q-established-in = Où le fournisseur ou le développeur est-il établi ?
q-established-in-hint = Le lieu de son siège ou de son établissement juridique. Un fournisseur établi hors de l’UE ou de la Corée peut devoir désigner un représentant local.
q-roles = Quel est le rôle de votre organisation à l’égard de ce système ou de ce modèle ?
q-roles-hint = Cochez toutes les réponses applicables. Les lois désignent les acteurs différemment ; chaque option indique quelle loi emploie le terme.
q-artifact = S’agit-il d’un système d’IA, d’un modèle d’IA à usage général, ou des deux ?
q-artifact-hint = Le modèle est le composant entraîné, par exemple ses poids. Le système est le produit ou le service, fondé sur un modèle, que les personnes utilisent.
q-general-purpose = Le modèle est-il un modèle d’IA à usage général ?
q-general-purpose-hint = Un modèle qui présente une généralité significative et est capable d’exécuter de manière compétente un large éventail de tâches distinctes (règlement de l’UE sur l’IA, art. 3, point 63). Les lois de Californie et de New York parlent de modèle de fondation.
q-training-flop = Quelle puissance de calcul a servi à entraîner le modèle, en FLOP ?
q-training-flop-hint = En cumul, y compris l’affinage et l’apprentissage par renforcement. Par exemple 3e25 ou 3 × 10^25.
q-foss-licence = Le modèle est-il publié sous licence libre et ouverte, avec ses poids, son architecture et les informations sur son utilisation rendus publics ?
q-foss-licence-hint = La licence doit permettre l’accès au modèle, ainsi que son utilisation, sa modification et sa distribution (règlement de l’UE sur l’IA, art. 53, paragraphe 2).
q-open-weights = Tout le monde peut-il télécharger les poids du modèle ?
q-open-weights-hint = Quelle que soit la licence. Cette notion est plus large que celle de licence libre et ouverte.
q-generative = Le système génère-t-il du contenu de synthèse, comme du texte, des images, du son ou de la vidéo ?
q-output-modalities = Quels types de contenu le système génère-t-il ?
q-output-modalities-hint = Cochez toutes les réponses applicables.
q-interacts-with-people = Le système est-il destiné à interagir directement avec des personnes, par exemple comme agent conversationnel ou assistant vocal ?
q-offered-to-public = Le service est-il proposé au public ?
q-offered-to-public-hint = Par opposition à la recherche et au développement, ou à un usage interne à une organisation. Les règles chinoises s’appliquent aux services proposés au public sur le territoire de la République populaire de Chine.
q-deepfake-publication = Publiez-vous des images ou des contenus audio ou vidéo générés ou manipulés par l’IA qui ressemblent à des personnes, objets, lieux ou événements réels (hypertrucages) ?
q-deepfake-publication-hint = Un hypertrucage est un contenu qui paraîtrait faussement authentique ou véridique à une personne (règlement de l’UE sur l’IA, art. 3, point 60).
q-public-interest-text = Publiez-vous des textes générés ou manipulés par l’IA dans le but d’informer le public sur des questions d’intérêt public ?
q-public-interest-text-hint = Par exemple des informations d’actualité. L’obligation de l’UE ne s’applique pas lorsque le texte a fait l’objet d’un examen humain ou d’un contrôle éditorial et qu’une personne en assume la responsabilité éditoriale.
q-emotion-recognition = Le système identifie-t-il ou déduit-il les émotions ou les intentions de personnes à partir de leurs données biométriques ?
q-emotion-recognition-hint = Reconnaissance des émotions (règlement de l’UE sur l’IA, art. 3, point 39), par exemple à partir des expressions du visage ou de la voix.
q-biometric-categorisation = Le système classe-t-il des personnes dans des catégories sur la base de leurs données biométriques ?
q-biometric-categorisation-hint = Catégorisation biométrique (règlement de l’UE sur l’IA, art. 3, point 40), par exemple selon l’âge ou le sexe à partir d’une image du visage.
q-remote-biometric-id = Le système identifie-t-il des personnes à distance à partir de leurs données biométriques et, si oui, à quel moment ?
q-remote-biometric-id-hint = L’identification biométrique à distance compare les données biométriques d’une personne, comme son visage, à une base de données de référence, sans participation active de cette personne. Vérifier qu’une personne est bien celle qu’elle prétend être n’en fait pas partie.
q-purposes = À quoi le système est-il destiné ?
q-purposes-hint = Cochez toutes les réponses applicables. Les codes UE correspondent aux points de l’annexe III du règlement de l’UE sur l’IA ; les autres options sont les domaines cités par les lois des États-Unis, de la Corée et de l’Utah.
q-safety-component-of = Le système est-il un produit, ou un composant de sécurité d’un produit, relevant de l’une de ces législations de l’UE sur les produits ?
q-safety-component-of-hint = Règlement de l’UE sur l’IA, annexe I, section A. Un composant de sécurité protège la santé ou la sécurité, ou sa défaillance les mettrait en danger.
q-third-party-ca-required = Le produit doit-il faire l’objet d’une évaluation de la conformité par un tiers en vertu de cette législation ?
q-third-party-ca-required-hint = Une évaluation par un organisme notifié, et non par le fabricant lui-même (règlement de l’UE sur l’IA, art. 6, paragraphe 1, point b)).
q-art6-3-condition = Lequel des motifs de l’article 6, paragraphe 3, du règlement de l’UE sur l’IA s’applique, le cas échéant, à votre système relevant de l’annexe III ?
q-art6-3-condition-hint = Un système visé à l’annexe III n’est pas à haut risque s’il ne présente pas de risque important de préjudice pour la santé, la sécurité ou les droits fondamentaux et que l’un de ces motifs s’applique. Un système qui effectue le profilage de personnes est toujours à haut risque. L’évaluation doit être documentée avant la mise sur le marché du système.
q-profiling = Le système effectue-t-il le profilage de personnes ?
q-profiling-hint = Le profilage est tout traitement automatisé de données à caractère personnel visant à évaluer certains aspects personnels d’une personne, comme le rendement au travail, la situation économique, la santé, les préférences, la fiabilité, le comportement ou la localisation (RGPD, art. 4, point 4, auquel renvoie le règlement de l’UE sur l’IA).
q-deployer-kind = Quel type d’organisation utilise le système ?
q-deployer-kind-hint = Cela détermine par exemple qui doit réaliser une analyse d’impact sur les droits fondamentaux dans l’UE, et quelles obligations s’appliquent aux organismes publics au Texas.
q-revenue-usd-prev-year = Quel a été le chiffre d’affaires annuel brut du développeur au cours de l’année précédente, en dollars des États-Unis ?
q-revenue-usd-prev-year-hint = Sociétés affiliées comprises. La Californie et New York imposent des obligations supplémentaires aux développeurs de modèles de pointe dont le chiffre d’affaires dépasse 500 millions de dollars. Par exemple 5e8 ou 500000000.
q-turnover-eur = Quel est le chiffre d’affaires annuel mondial total de votre organisation, en euros ?
q-turnover-eur-hint = Pour l’exercice précédent. Les amendes de l’UE sont plafonnées à un montant fixe ou à un pourcentage de ce chiffre d’affaires. Par exemple 2e9.
q-sme = Votre organisation est-elle une petite ou moyenne entreprise (PME), jeune pousse comprise ?
q-sme-hint = Définition de l’UE : moins de 250 personnes, et un chiffre d’affaires annuel n’excédant pas 50 millions d’euros ou un total du bilan annuel n’excédant pas 43 millions d’euros.
q-smc = Votre organisation est-elle une petite entreprise à moyenne capitalisation (small mid-cap, SMC) ?
q-smc-hint = Une entreprise trop grande pour être une PME, qui occupe moins de 750 personnes et dont le chiffre d’affaires annuel n’excède pas 150 millions d’euros ou le total du bilan annuel 129 millions d’euros. Depuis 2026, le règlement de l’UE sur l’IA étend à ces entreprises certains allègements prévus pour les PME.
q-monthly-users-ca = Combien de visiteurs ou d’utilisateurs mensuels votre système d’IA générative compte-t-il ?
q-monthly-users-ca-hint = La loi californienne sur la transparence de l’IA (SB 942) vise les fournisseurs dont le système est accessible au public en Californie et compte plus d’un million de visiteurs ou d’utilisateurs par mois. Par exemple 1200000.
q-kr-total-revenue-krw = Quel a été votre chiffre d’affaires total au cours de l’année précédente, en wons coréens ?
q-kr-total-revenue-krw-hint = Pour l’ensemble de l’entreprise. En vertu de la loi-cadre coréenne sur l’IA, un opérateur qui n’a ni adresse ni bureau en Corée doit désigner un représentant local au-delà de 1 000 milliards de wons. Par exemple 2e12.
q-kr-ai-revenue-krw = Quel a été votre chiffre d’affaires tiré des services d’IA au cours de l’année précédente, en wons coréens ?
q-kr-ai-revenue-krw-hint = Pour ce chiffre d’affaires, le seuil coréen de désignation d’un représentant local est de 10 milliards de wons. Par exemple 1e10.
q-kr-daily-users = Combien d’utilisateurs en Corée le service compte-t-il par jour, en moyenne ?
q-kr-daily-users-hint = La moyenne quotidienne des trois mois précédents. Le seuil coréen de désignation d’un représentant local est d’un million d’utilisateurs. Par exemple 1500000.
q-cn-public-opinion-attr = Le service présente-t-il des « attributs d’opinion publique ou une capacité de mobilisation sociale » au sens du droit chinois ?
q-cn-public-opinion-attr-hint = En chinois, 具有舆论属性或者社会动员能力. Cela couvre les forums, blogs, microblogs, salons de discussion, groupes de messagerie, comptes publics, vidéos courtes, diffusions en direct, services de partage d’informations et services similaires, ainsi que tout autre service offrant au public un moyen d’exprimer des opinions ou capable de le mobiliser. Ces services font l’objet d’une évaluation de sécurité et d’un enregistrement (备案) de leurs algorithmes.
q-cn-recommendation-algo = Le service utilise-t-il une technologie de recommandation algorithmique pour fournir des informations aux utilisateurs en Chine ?
q-cn-recommendation-algo-hint = Algorithmes de génération et synthèse, de diffusion personnalisée, de classement et sélection, de recherche et filtrage, ou de planification et décision (Dispositions sur la gestion de la recommandation algorithmique des services d’information sur Internet, art. 2).
q-cn-deep-synthesis = Le service utilise-t-il une technologie de synthèse profonde ?
q-cn-deep-synthesis-hint = Technologie qui utilise l’apprentissage profond, la réalité virtuelle ou d’autres algorithmes de génération et de synthèse pour produire du texte, des images, du son, de la vidéo, des scènes virtuelles ou d’autres informations en ligne (Dispositions chinoises sur la gestion de la synthèse profonde des services d’information sur Internet, art. 23).
q-cn-anthropomorphic = Le service simule-t-il une personnalité humaine et engage-t-il les utilisateurs dans une interaction émotionnelle durable ?
q-cn-anthropomorphic-hint = Les services d’interaction anthropomorphique par IA au sens des mesures provisoires chinoises de 2026, comme les compagnons IA ou le soutien émotionnel. Le service client, les questions-réponses, les assistants de travail et les outils d’éducation ou de recherche sans interaction émotionnelle durable ne sont pas concernés.
q-minors-users = Y a-t-il des mineurs parmi les utilisateurs ?
q-minors-users-hint = Les personnes de moins de 18 ans.
q-companion-chatbot = Le système est-il un agent conversationnel de compagnie (companion chatbot) ?
q-companion-chatbot-hint = Un système d’IA doté d’une interface en langage naturel qui donne des réponses adaptatives, semblables à celles d’un humain, et peut répondre aux besoins sociaux d’un utilisateur, notamment en entretenant une relation au fil de plusieurs interactions (Californie, SB 243). Les agents utilisés uniquement pour le service client ou les opérations de l’entreprise ne sont pas concernés.
q-signatory-of = Votre organisation a-t-elle signé l’un de ces engagements volontaires ?
q-placed-on-market = Quand le système ou le modèle a-t-il été mis sur le marché ou mis en service pour la première fois ?
q-placed-on-market-hint = Une date au format 2026-03-01 (année-mois-jour). Les systèmes et modèles déjà sur le marché avant certaines dates bénéficient de périodes transitoires.

## Rules: the questions about what the system is designed or used to do (prohibitions)
q-intent-authorised-strictly-necessary-use = L’identification biométrique à distance en temps réel n’est-elle utilisée que sur autorisation et dans la mesure strictement nécessaire à l’un des objectifs que le règlement de l’UE sur l’IA admet ?
q-intent-authorised-strictly-necessary-use-hint = La recherche ciblée de victimes d’enlèvement, de traite ou d’exploitation sexuelle et de personnes disparues ; la prévention d’une menace spécifique, substantielle et imminente pour la vie ou d’une attaque terroriste ; la localisation ou l’identification de suspects d’infractions graves. Une autorisation préalable d’une autorité judiciaire ou d’une autorité administrative indépendante est requise (art. 5, paragraphe 1, point h), et paragraphes 2 à 7).
q-intent-autonomous-weapons = Le système est-il conçu ou utilisé comme système d’arme autonome ?
q-intent-autonomous-weapons-hint = Une arme qui sélectionne et attaque des cibles sans intervention humaine.
q-intent-biometric-id-without-consent = Le système est-il conçu ou utilisé pour identifier des personnes précises à partir de leurs données biométriques, sans leur consentement ?
q-intent-csam = Le système est-il conçu ou utilisé pour produire ou diffuser du matériel relatif à des abus sexuels sur enfants ?
q-intent-discriminate = Le système est-il conçu ou utilisé dans l’intention d’exercer une discrimination illégale à l’encontre d’une catégorie protégée ?
q-intent-discriminate-hint = Le droit texan exige l’intention : un effet discriminatoire (disparate impact) ne suffit pas à l’établir.
q-intent-exploit-vulnerabilities = Le système est-il conçu ou utilisé pour exploiter les vulnérabilités de personnes dues à leur âge, à un handicap ou à leur situation sociale ou économique, en altérant leur comportement d’une manière qui cause ou est susceptible de causer un préjudice important ?
q-intent-incite-crime = Le système est-il conçu ou utilisé pour inciter ou encourager des personnes à se livrer à des activités criminelles ?
q-intent-incite-harm-others = Le système est-il conçu ou utilisé pour inciter ou encourager des personnes à faire du mal à autrui ?
q-intent-infer-sensitive-traits = Le système est-il conçu ou utilisé pour déduire la race, les opinions politiques, l’affiliation à une organisation syndicale, les convictions religieuses ou philosophiques, la vie sexuelle ou l’orientation sexuelle de personnes à partir de leurs données biométriques ?
q-intent-infringe-constitutional-rights = Le système est-il conçu ou utilisé dans l’intention de porter atteinte aux droits garantis par la Constitution des États-Unis, de les restreindre ou de les entraver ?
q-intent-label-lawful-biometric-datasets = La catégorisation biométrique sert-elle uniquement à étiqueter ou à filtrer des ensembles de données biométriques acquis légalement, comme des images ?
q-intent-label-lawful-biometric-datasets-hint = Une exception à l’interdiction, dans l’UE, de la catégorisation biométrique fondée sur des caractéristiques sensibles (règlement de l’UE sur l’IA, art. 5, paragraphe 1, point g)).
q-intent-law-enforcement-public-spaces = L’identification biométrique à distance en temps réel est-elle utilisée à des fins répressives dans des espaces accessibles au public ?
q-intent-manipulate-self-harm = Le système est-il conçu ou utilisé pour inciter ou encourager des personnes à se faire du mal, y compris à se suicider ?
q-intent-medical-or-safety = La reconnaissance des émotions est-elle mise en place ou mise sur le marché pour des raisons médicales ou de sécurité ?
q-intent-medical-or-safety-hint = Une exception à l’interdiction, dans l’UE, de la reconnaissance des émotions sur le lieu de travail et dans les établissements d’enseignement (règlement de l’UE sur l’IA, art. 5, paragraphe 1, point f)).
q-intent-ncii-generation = Le système génère-t-il des images, vidéos ou contenus audio intimes non consentis de personnes identifiables, ou du matériel relatif à des abus sexuels sur enfants, ou de tels résultats sont-ils raisonnablement prévisibles faute de garde-fous adéquats ?
q-intent-ncii-generation-hint = Interdit dans l’UE à partir du 2 décembre 2026 (règlement de l’UE sur l’IA modifié par le règlement (UE) 2026/1744).
q-intent-predict-crime-from-profiling = Le système est-il conçu ou utilisé pour évaluer ou prédire le risque qu’une personne commette une infraction pénale, uniquement sur la base de son profilage ou de ses traits de personnalité ?
q-intent-predict-crime-from-profiling-hint = Ce n’est pas interdit lorsque le système sert à étayer l’évaluation humaine fondée sur des faits objectifs et vérifiables directement liés à une activité criminelle (règlement de l’UE sur l’IA, art. 5, paragraphe 1, point d)).
q-intent-produce-csam-ncii = Le système est-il conçu ou utilisé pour produire ou diffuser du matériel relatif à des abus sexuels sur enfants ou des hypertrucages sexuellement explicites illicites ?
q-intent-social-scoring = Le système est-il conçu ou utilisé pour la notation sociale, c’est-à-dire pour évaluer ou classer des personnes au fil du temps en fonction de leur comportement social ou de leurs caractéristiques personnelles, ce qui entraîne un traitement préjudiciable ou défavorable ?
q-intent-subliminal-manipulation = Le système est-il conçu ou utilisé pour recourir à des techniques subliminales, délibérément manipulatrices ou trompeuses qui altèrent substantiellement le comportement de personnes et causent, ou sont susceptibles de causer, un préjudice important ?
q-intent-untargeted-facial-scraping = Le système est-il conçu ou utilisé pour créer ou développer des bases de données de reconnaissance faciale par le moissonnage non ciblé d’images faciales provenant de l’internet ou de la vidéosurveillance ?

## Rules: answer options (codes stay as they are; only the labels are translated)
opt-roles-provider = Fournisseur : développe un système ou un modèle, ou le fait développer, et le met sur le marché ou en service sous son propre nom (UE)
opt-roles-deployer = Déployeur : utilise un système d’IA sous sa propre autorité dans le cadre d’une activité professionnelle
opt-roles-importer = Importateur : met sur le marché de l’UE un système portant le nom d’un fournisseur établi hors de l’UE
opt-roles-distributor = Distributeur : met un système à disposition sur le marché, sans en être le fournisseur ni l’importateur
opt-roles-product-manufacturer = Fabricant de produits : met sur le marché, sous son propre nom, un produit qui intègre le système d’IA
opt-roles-developer = Développeur (États-Unis : développe ou modifie substantiellement un système d’IA)
opt-roles-frontier-developer = Développeur de modèles de pointe (Californie et New York : a entraîné un modèle de pointe)
opt-roles-service-provider = Fournisseur de services (Chine : fournisseur de services d’IA générative)
opt-roles-content-platform = Plateforme de diffusion de contenus (Chine)
opt-roles-app-store = Plateforme de distribution d’applications (Chine)
opt-roles-employer = Employeur
opt-roles-employment-agency = Agence de placement
opt-roles-business-operator = Entreprise du secteur de l’IA (Corée)
opt-roles-federal-agency = Organisme fédéral des États-Unis
opt-roles-state-party = Partie à un traité (un État ou l’Union européenne)
opt-artifact-ai-system = Un système d’IA
opt-artifact-gpai-model = Un modèle d’IA à usage général
opt-artifact-both = Les deux : un modèle et un système fondé sur ce modèle
opt-remote-biometric-id-none = Non
opt-remote-biometric-id-post = Oui, a posteriori (identification biométrique à distance a posteriori)
opt-remote-biometric-id-real-time = Oui, en temps réel
opt-deployer-kind-public-authority = Une autorité publique ou un organisme de droit public
opt-deployer-kind-private-public-service = Une entité privée fournissant des services publics
opt-deployer-kind-private = Une autre organisation privée
opt-output-modalities-text = Texte
opt-output-modalities-image = Images
opt-output-modalities-audio = Audio
opt-output-modalities-video = Vidéo
opt-output-modalities-virtual-scene = Scènes virtuelles
opt-purposes-eu-a3-1a = UE, annexe III, 1 a) : identification biométrique à distance
opt-purposes-eu-a3-1b = UE, annexe III, 1 b) : catégorisation biométrique en fonction d’attributs ou de caractéristiques sensibles ou protégés
opt-purposes-eu-a3-1c = UE, annexe III, 1 c) : reconnaissance des émotions
opt-purposes-eu-a3-2 = UE, annexe III, 2 : composant de sécurité d’infrastructures critiques (infrastructures numériques, trafic routier, eau, gaz, chauffage, électricité)
opt-purposes-eu-a3-3a = UE, annexe III, 3 a) : accès, admission ou affectation à l’enseignement et à la formation professionnelle
opt-purposes-eu-a3-3b = UE, annexe III, 3 b) : évaluation des acquis d’apprentissage
opt-purposes-eu-a3-3c = UE, annexe III, 3 c) : évaluation du niveau d’enseignement qu’une personne recevra ou auquel elle pourra accéder
opt-purposes-eu-a3-3d = UE, annexe III, 3 d) : surveillance des comportements interdits des étudiants lors des examens
opt-purposes-eu-a3-4a = UE, annexe III, 4 a) : recrutement et sélection
opt-purposes-eu-a3-4b = UE, annexe III, 4 b) : décisions relatives aux relations de travail, attribution des tâches et suivi des travailleurs
opt-purposes-eu-a3-5a = UE, annexe III, 5 a) : admissibilité aux prestations et services d’aide sociale essentiels, y compris les soins de santé
opt-purposes-eu-a3-5b = UE, annexe III, 5 b) : solvabilité et note de crédit des personnes physiques (hors détection de fraude)
opt-purposes-eu-a3-5c = UE, annexe III, 5 c) : évaluation des risques et tarification en assurance vie et en assurance maladie
opt-purposes-eu-a3-5d = UE, annexe III, 5 d) : appels d’urgence, envoi des services d’urgence et triage des patients
opt-purposes-eu-a3-6a = UE, annexe III, 6 a) : répression : risque qu’une personne devienne victime d’infractions
opt-purposes-eu-a3-6b = UE, annexe III, 6 b) : répression : polygraphes et outils similaires
opt-purposes-eu-a3-6c = UE, annexe III, 6 c) : répression : fiabilité des preuves
opt-purposes-eu-a3-6d = UE, annexe III, 6 d) : répression : risque d’infraction ou de récidive, traits de personnalité ou comportement délictueux passé
opt-purposes-eu-a3-6e = UE, annexe III, 6 e) : répression : profilage dans la détection, l’enquête ou la poursuite d’infractions
opt-purposes-eu-a3-7a = UE, annexe III, 7 a) : migration et contrôles aux frontières : polygraphes et outils similaires
opt-purposes-eu-a3-7b = UE, annexe III, 7 b) : migration et contrôles aux frontières : risque pour la sécurité, risque de migration irrégulière ou risque sanitaire que présente une personne
opt-purposes-eu-a3-7c = UE, annexe III, 7 c) : examen des demandes d’asile, de visa et de titre de séjour
opt-purposes-eu-a3-7d = UE, annexe III, 7 d) : migration et contrôles aux frontières : détection, reconnaissance ou identification de personnes (hors vérification des documents de voyage)
opt-purposes-eu-a3-8a = UE, annexe III, 8 a) : aide aux autorités judiciaires ou aux modes alternatifs de règlement des litiges dans la recherche et l’interprétation des faits et du droit
opt-purposes-eu-a3-8b = UE, annexe III, 8 b) : influence sur le résultat d’une élection ou d’un référendum, ou sur le comportement électoral
opt-purposes-employment = Emploi : recrutement, promotion, licenciement et autres décisions concernant les travailleurs
opt-purposes-lending = Prêts et crédit
opt-purposes-housing = Logement
opt-purposes-insurance = Assurance
opt-purposes-health-care = Soins de santé
opt-purposes-education = Éducation : admission, évaluation ou utilisation dans des établissements d’enseignement
opt-purposes-gov-services = Services publics essentiels et prestations sociales
opt-purposes-legal = Services juridiques
opt-purposes-workplace = Utilisation sur le lieu de travail
opt-purposes-regulated-occupation = Services relevant d’une profession réglementée soumise à licence, comme la médecine ou le droit (Utah)
opt-purposes-ut-high-risk-interaction = Interaction à haut risque avec l’IA : collecte d’informations personnelles sensibles et conseils personnalisés sur des décisions financières, juridiques, médicales ou de santé mentale (Utah)
opt-purposes-kr-hi-energy = Corée, IA à fort impact : approvisionnement en énergie
opt-purposes-kr-hi-drinking-water = Corée, IA à fort impact : production d’eau potable
opt-purposes-kr-hi-medical-device = Corée, IA à fort impact : dispositifs médicaux et produits médicaux numériques
opt-purposes-kr-hi-nuclear = Corée, IA à fort impact : gestion et exploitation des matières et installations nucléaires
opt-purposes-kr-hi-criminal-biometrics = Corée, IA à fort impact : analyse et utilisation d’informations biométriques dans les enquêtes pénales ou les arrestations
opt-purposes-kr-hi-transport = Corée, IA à fort impact : exploitation des moyens, installations et systèmes de transport
opt-purposes-kr-hi-decree = Corée, IA à fort impact : autre domaine fixé par décret présidentiel
opt-safety-component-of-eu-a1-toys = Jouets (directive 2009/48/CE)
opt-safety-component-of-eu-a1-recreational-craft = Bateaux de plaisance et véhicules nautiques à moteur (directive 2013/53/UE)
opt-safety-component-of-eu-a1-lifts = Ascenseurs (directive 2014/33/UE)
opt-safety-component-of-eu-a1-atex = Appareils destinés à être utilisés en atmosphères explosibles, ATEX (directive 2014/34/UE)
opt-safety-component-of-eu-a1-radio-equipment = Équipements radioélectriques (directive 2014/53/UE)
opt-safety-component-of-eu-a1-pressure-equipment = Équipements sous pression (directive 2014/68/UE)
opt-safety-component-of-eu-a1-cableways = Installations à câbles (règlement (UE) 2016/424)
opt-safety-component-of-eu-a1-ppe = Équipements de protection individuelle (règlement (UE) 2016/425)
opt-safety-component-of-eu-a1-gas-appliances = Appareils brûlant des combustibles gazeux (règlement (UE) 2016/426)
opt-safety-component-of-eu-a1-medical-devices = Dispositifs médicaux (règlement (UE) 2017/745)
opt-safety-component-of-eu-a1-ivd-medical-devices = Dispositifs médicaux de diagnostic in vitro (règlement (UE) 2017/746)
opt-art6-3-condition-a = a) Il est destiné à accomplir une tâche procédurale étroite
opt-art6-3-condition-b = b) Il est destiné à améliorer le résultat d’une activité humaine préalablement réalisée
opt-art6-3-condition-c = c) Il est destiné à détecter les constantes en matière de prise de décision ou les écarts par rapport aux constantes antérieures, sans remplacer ni influencer l’évaluation humaine sans examen humain approprié
opt-art6-3-condition-d = d) Il est destiné à exécuter une tâche préparatoire en vue d’une évaluation pertinente aux fins des cas d’utilisation visés à l’annexe III
opt-signatory-of-intl-seoul-commitments = Engagements en matière de sûreté de l’IA de pointe (sommet de Séoul sur l’IA, 2024)

## Rules: kinds of obligation (shared across jurisdictions)
kindt-disclosure-ai-interaction = Informer les personnes qu’elles interagissent avec une IA
kindt-content-marking-machine-readable = Marquage lisible par machine des contenus générés par l’IA (filigranes, métadonnées, provenance)
kindt-content-label-visible = Étiquetage visible des contenus générés ou manipulés par l’IA
kindt-prohibition-csam-ncii = Interdit : matériel relatif à des abus sexuels sur enfants et images intimes non consenties
kindt-prohibition-social-scoring = Interdit : notation sociale
kindt-prohibition-manipulation = Interdit : manipulation et exploitation des vulnérabilités
kindt-compute-threshold = Notification ou classification lorsque la puissance de calcul d’entraînement dépasse un seuil
kindt-frontier-safety-framework-publish = Rédiger et publier un cadre de sûreté pour les modèles de pointe
kindt-incident-report = Signaler les incidents graves ou de sécurité à une autorité
kindt-registration-filing = S’enregistrer ou déposer une déclaration auprès d’une autorité (base de données, enregistrement des algorithmes)
kindt-training-data-transparency = Divulguer ou expliquer les données d’entraînement
kindt-copyright-policy = Respecter le droit d’auteur et les réserves de fouille de textes et de données
kindt-open-source-treatment = Traitement particulier des modèles et systèmes en source ouverte
kindt-high-risk-employment = Obligations relatives à l’IA utilisée pour les décisions d’embauche et d’emploi
kindt-high-risk-credit-insurance = Obligations relatives à l’IA utilisée pour les décisions de crédit et d’assurance
kindt-authorised-representative = Désigner un représentant ou un mandataire local
kindt-content-values-alignment = Les résultats doivent être conformes à des valeurs prescrites ou à des principes de neutralité
kindt-minors-protection = Protéger les mineurs parmi les utilisateurs
kindt-preemption = Primauté sur d’autres règles (préemption), contestée ou établie
kindt-literacy-staff = Maîtrise de l’IA du personnel et des opérateurs
kindt-documentation-technical = Documentation technique destinée aux autorités
kindt-documentation-downstream = Informations destinées aux fournisseurs et déployeurs en aval
kindt-risk-systemic-evaluation = Évaluer les modèles de pointe ou présentant un risque systémique (y compris les essais contradictoires)
kindt-risk-systemic-mitigation = Évaluer et atténuer les risques systémiques ou catastrophiques
kindt-security-cyber = Cybersécurité des modèles, des poids et de l’infrastructure
kindt-disclosure-biometric-exposure = Informer les personnes exposées à la reconnaissance des émotions ou à la catégorisation biométrique
kindt-disclosure-automated-decision = Information et explication aux personnes faisant l’objet de décisions automatisées ou assistées par l’IA
kindt-prohibition-biometric = Pratiques biométriques interdites (catégorisation selon des caractéristiques sensibles, identification à distance en temps réel, moissonnage d’images faciales)
kindt-prohibition-emotion-recognition = Interdit : reconnaissance des émotions sur le lieu de travail ou dans l’enseignement
kindt-prohibition-predictive-policing = Interdit : prédire les infractions sur la seule base du profilage ou des traits de personnalité
kindt-prohibition-discrimination = Interdit : discrimination illégale par l’IA
kindt-high-risk-risk-management = Système de gestion des risques pour l’IA à haut risque ou à fort impact
kindt-high-risk-data-governance = Gouvernance des données et examen des biais pour l’IA à haut risque
kindt-high-risk-record-keeping = Journalisation et tenue de registres pour l’IA à haut risque
kindt-high-risk-human-oversight = Contrôle humain de l’IA à haut risque ou à fort impact
kindt-high-risk-accuracy-robustness = Exactitude, robustesse et cybersécurité de l’IA à haut risque
kindt-high-risk-quality-management = Système de gestion de la qualité
kindt-high-risk-conformity-assessment = Évaluation de la conformité, déclaration et marquage avant la mise sur le marché
kindt-high-risk-post-market-monitoring = Surveillance après commercialisation
kindt-high-risk-deployer-use = Obligations des déployeurs qui utilisent une IA à haut risque ou à fort impact
kindt-high-risk-supply-chain = Vérifications par les importateurs et les distributeurs
kindt-impact-assessment = Analyse d’impact avant utilisation (droits fondamentaux, impact algorithmique, fort impact)
kindt-bias-audit = Audit indépendant des biais
kindt-security-assessment = Évaluation de sécurité, par une autorité ou à son intention, avant le lancement
kindt-content-moderation = Traiter les contenus illicites ou préjudiciables générés ou diffusés par le service
kindt-user-rights = Droits des utilisateurs : réclamations, refus (opt-out), explication, protection des données
kindt-user-dependency-safeguards = Garde-fous contre la dépendance, l’automutilation et la manipulation émotionnelle par une IA de compagnie ou anthropomorphique
kindt-governance-cooperation = Obligations de coopérer avec les autorités ou de soutenir l’action publique (y compris les obligations de l’État et les mesures de promotion)
kindt-whistleblower-protection = Protéger les employés qui signalent des risques
kindt-prohibition-rights-infringement = Interdit : IA développée ou déployée pour porter atteinte aux droits constitutionnels ou fondamentaux
kindt-prohibition-label-tampering = Interdit : supprimer, altérer, falsifier ou dissimuler les étiquettes ou marquages des contenus générés par l’IA (ou fournir des outils à cette fin)
kindt-user-real-identity = Vérifier l’identité réelle des utilisateurs avant de fournir le service
kindt-frontier-transparency-report = Publier un rapport de transparence ou une fiche de modèle lors du déploiement d’un modèle de pointe
kindt-high-risk-classification = Évaluer à l’avance si un système relève d’une catégorie à haut risque ou à fort impact (auto-classification, demandes de confirmation)
kindt-prohibition-autonomous-weapons = Interdit : systèmes d’armes autonomes

## Rules: saved assessments
rules-nav-saved = Évaluations enregistrées
saved-title = Évaluations enregistrées
saved-lead = Les évaluations enregistrées par les membres. Chacune est publiée comme un enregistrement signé dans le journal de transparence : le profil, la date, et les empreintes du corpus et du résultat.
saved-none = Aucune évaluation n’a encore été enregistrée.
saved-caption = Évaluation enregistrée
saved-by = Enregistrée par
saved-at = Enregistrée le
saved-record = Enregistrement signé
saved-record-link = Le voir dans le journal de transparence
saved-as-saved = Le résultat tel qu’enregistré
saved-corpus-changed = Le corpus de règles a changé depuis l’enregistrement de cette évaluation. Le résultat ci-dessous est calculé avec le corpus actuel ; le résultat tel qu’enregistré figure dans l’enregistrement signé et son JSON.
inst-status-adopted = Adopté, pas encore en vigueur
rules-see-results-now = Voir les résultats maintenant (les questions sans réponse restent inconnues)

## Registry
registry-lead = Modèles et systèmes : qui les a développés, à partir de quel modèle de base, sous quelle licence, avec quelle puissance de calcul d’entraînement — et les obligations que chacun entraîne.
registry-nav-list = Modèles et systèmes
registry-nav-compute = Évolution de la puissance de calcul d’entraînement
registry-search = Rechercher
registry-any = Indifférent
registry-apply = Appliquer les filtres
registry-clear = Effacer les filtres
registry-filter-kind = Type
registry-filter-organisation = Organisation
registry-filter-country = Pays du développeur
registry-filter-licence = Licence
registry-filter-modality = Modalité
registry-filter-min-flop = Puissance de calcul d’entraînement minimale
registry-filter-max-flop = Puissance de calcul d’entraînement maximale
registry-filter-open-weights = Poids ouverts
registry-sort = Trier par
registry-sort-relevance = Pertinence
registry-sort-name = Nom
registry-sort-released = Plus récents d’abord
registry-sort-compute = Puissance de calcul décroissante
registry-results = { $count ->
    [one] { $count } entrée
   *[other] { $count } entrées
}
registry-none = Aucune entrée ne correspond à ces filtres.
registry-pages = Pages de résultats
registry-prev = Page précédente
registry-next = Page suivante
registry-col-name = Nom
registry-col-developer = Développeur
registry-col-licence = Licence
registry-col-base = Modèle de base
registry-col-compute = Puissance de calcul d’entraînement (FLOP)
registry-col-released = Date de publication
registry-kind-model = Modèle
registry-kind-system = Système
registry-error-flop = La puissance de calcul d’entraînement doit être exprimée en nombre de FLOP, par exemple 1e25.
registry-error-internal = Une erreur s’est produite sur le serveur. Réessayez plus tard.
registry-not-found = Cette entrée ne figure pas dans le registre
registry-version = Version
registry-history = Historique
registry-history-lead = Chaque version est un enregistrement signé dans le journal de transparence de ce nœud. Les plus récentes en premier.
registry-signed-record = Enregistrement signé
registry-signed-by = signé par
registry-signed-by-node = ce nœud
registry-log-entry = Entrée du journal
registry-changed = Modifications :
registry-card-digest = SHA-256 de la fiche :
registry-action-registry-register = Inscription au registre
registry-action-registry-revise = Révision
registry-field-developer = Développeur
registry-field-country = Pays
registry-field-released = Date de publication
registry-field-modalities = Modalités
registry-field-parameters = Paramètres
registry-field-active-parameters = Paramètres actifs (mélange d’experts)
registry-field-context = Longueur de contexte (jetons)
registry-field-training-data = Données d’entraînement
registry-field-tokens = Jetons d’entraînement
registry-field-open-weights = Poids ouverts
registry-field-accessibility = Mode d’accès
registry-field-pipeline = Tâche (étiquette de chaîne de traitement)
registry-field-languages = Langues
registry-field-datasets = Jeux de données
registry-field-tags = Étiquettes
registry-field-results = Résultats d’évaluation (selon la fiche)
registry-field-built-on = Construit à partir de
registry-source-manual = inscrit par un membre
registry-source-card = d’après la fiche de modèle
registry-source-epoch = d’après Epoch AI
registry-licence = Licence
registry-licence-class-accessibility = classe déduite de l’accessibilité selon Epoch AI ; la licence elle-même n’est pas connue
registry-licence-inferred = Déduite du texte de la fiche
registry-licence-unknown = La licence n’est pas indiquée, ou la table des licences de ce nœud ne la connaît pas. Consultez le dépôt du modèle avant de vous y fier.
registry-licence-source = Texte de la licence :
licence-class-open = Source ouverte
licence-class-open-restricted = Ouverte, avec restrictions
licence-class-non-commercial = Non commerciale
licence-class-proprietary = Propriétaire
licence-class-unknown = Licence inconnue
licence-dim-weights = Poids
licence-dim-commercial-use = Usage commercial
licence-dim-use-restrictions = Restrictions d’usage
licence-dim-changes = Modifications et œuvres dérivées
licence-dim-attribution = Attribution
licence-dim-training-data = Données d’entraînement
licence-dim-code = Code
registry-compute = Puissance de calcul d’entraînement
registry-compute-cumulative = en cumul : l’entraînement du modèle de base plus l’affinage
registry-compute-method = Méthode
registry-compute-confidence = Fiabilité
registry-compute-own = Entraînement propre à ce modèle
registry-compute-chain = Cumul le long de
registry-compute-provenance = Comment ce chiffre a été obtenu
registry-compute-unknown = Aucun chiffre de puissance de calcul d’entraînement n’est connu pour cette entrée.
compute-method-reported = Chiffre déclaré par le développeur
compute-method-operation-counting = Estimation selon la formule 6 × paramètres × jetons
compute-method-hardware = Estimation à partir du matériel (heures-accélérateur × performance de crête × taux d’utilisation)
compute-method-third-party = Estimation par un tiers
compute-method-other = Autre méthode
compute-confidence-confident = Estimation sûre (à environ 3× près)
compute-confidence-likely = Estimation probable (à environ 10× près)
compute-confidence-speculative = Estimation spéculative (à environ 30× près)
compute-confidence-unknown = Non indiquée
compute-in-parameters = Paramètres
compute-in-tokens = Jetons d’entraînement
compute-in-accelerator = Accélérateur
compute-in-count = Nombre d’accélérateurs
compute-in-hours = Durée d’entraînement (heures)
compute-in-accelerator-hours = Heures-accélérateur
compute-in-peak = FLOP/s de crête par accélérateur
compute-in-utilisation = Taux d’utilisation
compute-in-finetune = Puissance de calcul d’affinage (FLOP)
registry-lineage = Filiation
registry-lineage-none = Aucun modèle de base ni modèle dérivé n’est connu.
registry-bases = Fondé sur
registry-derivatives = Modèles dérivés
registry-inferred = Déduit
relation-finetune = affinage
relation-adapter = adaptateur
relation-merge = fusion
relation-quantized = version quantifiée
relation-unknown = relation non précisée
edge-source-card-front-matter = métadonnées de la fiche
edge-source-inferred = déduit du texte de la fiche
edge-source-epoch = Epoch AI
edge-source-manual = inscrit par un membre
registry-obligations = Obligations selon les juridictions
registry-obligations-lead = Ce que prévoit le corpus de règles pour cette entrée, d’après les faits dont dispose le registre. Les faits dont il ne dispose pas restent inconnus ; les règles qui en dépendent apparaissent donc comme « Peut s’appliquer ».
registry-markets = Où est-il proposé ?
registry-markets-all = Hypothèse retenue : proposé dans toutes les juridictions couvertes par les règles. Cochez-en certaines pour restreindre.
registry-markets-some = Uniquement les juridictions cochées.
registry-markets-apply = Afficher les obligations
registry-profile = Faits utilisés pour l’évaluation
registry-because-assumed-markets = hypothèse
registry-because-developer = en tant que développeur
registry-because-kind = type d’entrée
registry-because-pipeline-tag = d’après la tâche indiquée dans la fiche
registry-because-compute = d’après la puissance de calcul d’entraînement
registry-because-accessibility = d’après le mode d’accès
registry-because-licence = d’après la licence
registry-because-release-date = d’après la date de publication
registry-obligations-missing = { $count ->
    [one] { $count } règle peut s’appliquer : elle dépend de faits dont le registre ne dispose pas.
   *[other] { $count } règles peuvent s’appliquer : elles dépendent de faits dont le registre ne dispose pas.
}
registry-answer-questions = Répondre aux questions
registry-full-result = Ouvrir l’évaluation complète
registry-transparency = Transparence
registry-transparency-none = L’indice de transparence des modèles de fondation (Foundation Model Transparency Index) n’a pas évalué ce développeur.
registry-transparency-source = Scores du développeur dans l’indice de transparence des modèles de fondation (Foundation Model Transparency Index) du Stanford CRFM, sous licence CC BY 4.0.
registry-transparency-edition = Édition
registry-transparency-score = Score
registry-transparency-domains = Par domaine
registry-sources = Sources
registry-card = Fiche de modèle
registry-card-hint = Telle que publiée par le développeur. Les scripts, les images et les liens vers ce site sont supprimés.
registry-card-truncated = La fiche est plus longue que ce qui est affiché ici.
registry-compute-title = Évolution de la puissance de calcul d’entraînement
registry-compute-lead = { $count ->
    [one] { $count } modèle dont la puissance de calcul d’entraînement et la date de publication sont connues.
   *[other] { $count } modèles dont la puissance de calcul d’entraînement et la date de publication sont connues.
}
registry-compute-caption = Chaque point représente un modèle publié depuis 2010 (échelle logarithmique) ; le tableau ci-dessous liste tous les modèles. Les lignes en pointillés sont les seuils fixés par le corpus de règles.
registry-compute-empty = Aucun modèle ne dispose encore à la fois d’un chiffre de puissance de calcul d’entraînement et d’une date de publication.
registry-compute-table = Les données sous forme de tableau
registry-thresholds = Seuils fixés par les règles
registry-thresholds-hint = D’après le corpus de règles : chaque seuil indique l’instrument qui le fixe.
modality-text = Texte
modality-image = Image
modality-audio = Audio
modality-video = Vidéo
modality-multimodal = Multimodal
modality-code = Code
modality-games = Jeux
modality-biology = Biologie
modality-robotics = Robotique
modality-recommendation = Recommandation
modality-mathematics = Mathématiques
modality-medicine = Médecine
modality-driving = Conduite
modality-search = Recherche
modality-earth-science = Sciences de la Terre
modality-materials-science = Science des matériaux
modality-3d-modeling = Modélisation 3D
modality-other = Autre

## Safety
safety-nav-list = Incidents
safety-nav-report = Signaler un incident
safety-nav-review = File de relecture
safety-list-title = Incidents liés à l’IA
safety-list-lead = Incidents, dangers et vulnérabilités des systèmes d’IA, issus de bases publiques (AIID, AVID, MITRE ATLAS) et des membres. Vous voyez ce que votre organisation peut voir ; chaque fiche porte son étiquette TLP.
safety-search-label = Rechercher dans les incidents et les rapports
safety-search-hint = Dans n’importe quelle langue : des mots en chinois, en arabe ou en français trouvent les rapports écrits dans ces langues.
safety-search-button = Rechercher
safety-type = Afficher
safety-type-all = Incidents, et rapports contenant vos mots
safety-type-incident = Incidents seulement
safety-type-report = Rapports seulement
safety-sort = Trier par
safety-sort-relevance = Pertinence
safety-sort-newest = Plus récents d’abord
safety-sort-oldest = Plus anciens d’abord
safety-filters = Filtres
safety-filters-selected = Filtres choisis
safety-filters-clear = Effacer les filtres
safety-filter-selected = choisi
safety-filter-remove = Retirer le filtre :
safety-facet-kind = Type d’événement
safety-facet-source = Source
safety-facet-year = Année
safety-facet-domain = Domaine de risque (MIT)
safety-facet-sector = Secteur
safety-facet-severity = Gravité
safety-facet-country = Pays
safety-facet-entity = Organisations et systèmes en cause
safety-facet-tlp = Diffusion (TLP)
safety-facet-status = Statut
safety-facet-lang = Langue du rapport
safety-facet-more = { $count ->
    [one] Afficher { $count } de plus
   *[other] Afficher { $count } de plus
}
safety-results = { $count ->
    [one] { $count } résultat
   *[other] { $count } résultats
}
safety-none = Aucun résultat. Essayez d’autres mots ou retirez un filtre.
safety-incident = Incident
safety-report = Rapport
safety-about-incident = Sur l’incident
safety-pages = Pages de résultats
safety-page = Page
safety-prev = Page précédente
safety-next = Page suivante
safety-page-of = page { $page } sur { $pages }
safety-charts = Graphiques de ces résultats
safety-chart-years-title = Incidents par année, selon le domaine de risque
safety-chart-years-subtitle = Incidents rattachés à un domaine de risque du MIT AI Risk Repository (classement de l’AI Incident Database) : { $count } sur { $total }. Les colonnes montrent ceux-là ; le tableau les donne tous.
safety-chart-years-desc = Une colonne par année de l’incident, divisée selon le domaine de risque. Le tableau qui suit le graphique donne les mêmes chiffres.
safety-chart-no-domain = Sans domaine de risque
safety-chart-table = Les données sous forme de tableau
safety-chart-year = Année
safety-chart-total = Total
safety-chart-incidents = Incidents
safety-chart-sectors-title = Incidents par secteur
safety-chart-sectors-subtitle = Incidents rattachés à un secteur de déploiement (classement CSETv1) : { $count } sur { $total }. Les dix secteurs les plus représentés.
safety-chart-sources-title = Incidents par source
safety-domain-1 = Discrimination et toxicité
safety-domain-2 = Vie privée et sécurité
safety-domain-3 = Désinformation
safety-domain-4 = Acteurs malveillants et détournements
safety-domain-5 = Interaction humain–machine
safety-domain-6 = Atteintes socio-économiques et environnementales
safety-domain-7 = Sûreté, défaillances et limites des systèmes d’IA
safety-kind-incident = Incident
safety-kind-hazard = Danger
safety-kind-near-miss = Quasi-incident
safety-kind-vulnerability = Vulnérabilité
safety-kind-exercise = Exercice ou étude de cas
safety-kind-incident-hint = Un préjudice s’est produit.
safety-kind-hazard-hint = Un préjudice pourrait plausiblement se produire (un « danger lié à l’IA », selon l’OCDE).
safety-kind-near-miss-hint = Un préjudice a été évité de justesse.
safety-kind-vulnerability-hint = Une faiblesse d’un modèle ou d’un système qui pourrait être exploitée.
safety-kind-exercise-hint = Un exercice d’équipe rouge, une démonstration ou une étude de cas.
safety-severity-hazard = Danger
safety-severity-serious-hazard = Danger grave
safety-severity-incident = Incident
safety-severity-serious-incident = Incident grave
safety-severity-disaster = Catastrophe
safety-severity-unknown = Inconnue
safety-source-aiid = AI Incident Database (AIID)
safety-source-avid = AI Vulnerability Database (AVID)
safety-source-atlas = MITRE ATLAS
safety-source-stix = Import STIX
safety-source-member = Signalés par les membres
safety-status-submitted = Soumis
safety-status-triaged = Trié
safety-status-published = Publié
safety-status-rejected = Rejeté
safety-lang-ar = Arabe
safety-lang-zh = Chinois
safety-lang-en = Anglais
safety-lang-fr = Français
safety-lang-ru = Russe
safety-lang-es = Espagnol
safety-lang-other = Autre langue (indiquez son code ci-dessous)
safety-role-deployer = Déployeur
safety-role-developer = Développeur
safety-role-harmed = Personnes lésées ou presque lésées
safety-role-implicated-system = Système en cause
safety-role-choose = Choisir un rôle
safety-distribution-organisation-only = L’organisation déclarante seulement
safety-distribution-community = Tous les membres de ce nœud
safety-distribution-connected-communities = Les membres de ce nœud et des nœuds connectés
safety-distribution-all = Tout le monde
safety-distribution-sharing-group = Un groupe de partage
safety-distribution-organisation-only-hint = Seules les personnes de l’organisation qui l’a signalé.
safety-distribution-community-hint = Toutes les organisations membres de ce nœud ; pas le public.
safety-distribution-connected-communities-hint = Les membres de ce nœud et des nœuds avec lesquels il échange des fiches.
safety-distribution-all-hint = Tout le monde, y compris le public quand l’étiquette est TLP:CLEAR.
safety-distribution-sharing-group-hint = Les organisations d’un groupe de partage désigné, choisi ci-dessous.
safety-tlp-rule-clear = Diffusion non limitée : les destinataires peuvent la partager avec quiconque.
safety-tlp-rule-green = Diffusion limitée : les destinataires peuvent la partager au sein de leur communauté, mais pas publiquement.
safety-tlp-rule-amber = Diffusion limitée : les destinataires ne peuvent la partager qu’au sein de leur organisation et avec ses clients, selon le besoin d’en connaître.
safety-tlp-rule-amber-strict = Diffusion limitée : les destinataires ne peuvent la partager qu’au sein de leur propre organisation, selon le besoin d’en connaître.
safety-tlp-rule-red = Réservé aux destinataires nommés : ne doit pas être partagé davantage.
safety-forward-amber = Ne transmettez pas au-delà de votre organisation et de ses clients qui ont besoin d’en connaître.
safety-forward-amber-strict = Ne transmettez pas au-delà de votre organisation.
safety-forward-red = Ne transmettez pas au-delà des destinataires nommés : { $recipients }.
safety-recipients-unnamed = les personnes désignées par la source
safety-shared-with = Partagé avec :
safety-shared-with-group = le groupe de partage { $group }
safety-shared-with-owner = { $organisation } seulement
safety-tlp-about = Ce que signifient les étiquettes TLP (FIRST)
safety-facts = Faits
safety-field-date = Date
safety-field-kind = Type d’événement
safety-field-severity = Gravité
safety-field-countries = Pays
safety-field-sectors = Secteurs
safety-field-models = Modèles et systèmes du registre
safety-field-source = Source
safety-field-owner = Signalé par
safety-field-handling = Diffusion
safety-field-shared = Partagé avec
safety-field-status = Statut
safety-field-log = Journal de transparence
safety-version = version { $version }
safety-log-public = Chaque version figure dans le journal de transparence, avec son contenu.
safety-log-digest = Vérifiable dans le journal de transparence ; seule une empreinte est publique.
safety-log-entry = Dernière entrée du journal
safety-classifications = Classements
safety-taxonomy-mit = MIT AI Risk Repository
safety-taxonomy-csetv1 = Taxonomie des préjudices de l’IA du CSET
safety-taxonomy-csetv0 = Taxonomie du CSET, première version
safety-taxonomy-gmf = Objectifs, méthodes et défaillances (GMF)
safety-taxonomy-avid = Taxonomie AVID
safety-taxonomy-atlas = MITRE ATLAS
safety-taxonomy-oecd = Cadre de l’OCDE pour les incidents liés à l’IA
safety-links = Liens et références
safety-reports-count = { $count ->
    [one] { $count } rapport
   *[other] { $count } rapports
}
safety-reports-none = Aucun rapport sur cet incident que vous puissiez voir pour l’instant.
safety-report-issue = Signalement de problème
safety-report-by = De
safety-report-source-link = Source
safety-duplicates = Fusionnés dans cet incident
safety-duplicates-hint = Ces incidents décrivent le même événement ; leurs pages mènent ici.
safety-add-report = Ajouter un rapport à cet incident
safety-add-report-lead = Un article de presse, une analyse, le récit de votre organisation. Les relecteurs le vérifient avant sa publication.
safety-add-report-button = Envoyer le rapport
safety-sign-in-to-add = Se connecter pour ajouter un rapport
safety-report-added = Votre rapport { $key } a été envoyé. Les relecteurs le vérifieront avant sa publication.
safety-field-report-title = Titre du rapport
safety-field-report-text = Texte du rapport
safety-field-report-url = Adresse web de la source (facultatif)
safety-field-optional-url = Commence par https://
safety-field-lang = Langue dans laquelle il est écrit
safety-field-lang-other = Code d’une autre langue (seulement pour « Autre langue »), par exemple de ou sw
safety-report-title = Signaler un incident
safety-report-lead = Dites aux autres membres ce qui s’est passé. Les relecteurs vérifient chaque signalement avant sa publication, et vous choisissez ci-dessous qui peut le voir et comment le partager.
safety-report-sign-in-lead = Les membres signalent des incidents après s’être connectés, afin que chaque signalement ait une source responsable et un marquage.
safety-report-sign-in = Se connecter pour signaler un incident
safety-section-what = Ce qui s’est passé
safety-section-who = Qui était en cause
safety-section-who-hint = Facultatif. Des organisations, des personnes, des groupes ou des systèmes, chacun avec son rôle.
safety-section-evidence = Sources
safety-section-handling = Diffusion et partage
safety-field-title = Titre
safety-field-title-hint = Une phrase courte qui dit ce qui s’est passé, par exemple « Un agent conversationnel a donné un conseil médical dangereux ».
safety-field-description = Description
safety-field-description-hint = Ce qui s’est passé, quand, où, à qui, et ce qui a été fait depuis.
safety-field-date-optional = Date (facultatif)
safety-field-date-hint = L’année, le mois ou le jour : 2026, 2026-10 ou 2026-10-14.
safety-field-countries-optional = Pays (facultatif)
safety-field-countries-hint = Codes à deux lettres séparés par des virgules, par exemple FR, SN.
safety-field-severity-optional = Gravité (facultatif)
safety-field-severity-hint = Selon l’échelle de l’OCDE, du danger à la catastrophe.
safety-entity-legend = Partie en cause numéro { $n }
safety-field-entity-name = Nom
safety-field-entity-role = Rôle
safety-field-references = Références (facultatif)
safety-field-references-hint = Adresses web d’articles ou de documents sur le sujet, une par ligne.
safety-field-tlp = Comment les destinataires peuvent-ils le partager ?
safety-field-tlp-hint = L’étiquette du Traffic Light Protocol indique à chaque destinataire jusqu’où il peut la transmettre.
safety-field-distribution = Qui le reçoit ?
safety-field-distribution-hint = À qui ce nœud le montre une fois publié. Une étiquette TLP autre que CLEAR le tient toujours hors de la vue du public.
safety-field-sharing-group = Groupe de partage
safety-field-sharing-group-hint = Seulement si « Un groupe de partage » est choisi ci-dessus.
safety-field-sharing-group-none = Votre organisation ne fait partie d’aucun groupe de partage.
safety-field-sharing-group-choose = Choisir un groupe de partage
safety-report-button = Envoyer le signalement
safety-error-title = Saisissez un titre pour l’incident
safety-error-report-title = Saisissez un titre pour le rapport
safety-error-title-long = Le titre doit compter 300 caractères au plus
safety-error-description = Décrivez ce qui s’est passé
safety-error-text-long = Le texte doit compter 100 000 caractères au plus
safety-error-lang = Choisissez la langue dans laquelle il est écrit
safety-error-lang-other = Saisissez le code de la langue, par exemple de ou sw
safety-error-kind = Choisissez le type d’événement
safety-error-date = Saisissez la date sous forme d’année, de mois ou de jour, par exemple 2026, 2026-10 ou 2026-10-14
safety-error-country = « { $code } » n’est pas un code de pays à deux lettres : saisissez des codes comme FR ou SN, séparés par des virgules
safety-error-countries = Saisissez les pays sous forme de codes à deux lettres comme FR ou SN, séparés par des virgules
safety-error-severity = Choisissez une gravité dans la liste
safety-error-entity-name = Saisissez le nom de la partie dont vous avez choisi le rôle
safety-error-entity-role = Choisissez le rôle de { $name }
safety-error-entity-long = Le nom doit compter 200 caractères au plus
safety-error-reference = « { $line } » n’est pas une adresse web : saisissez une adresse commençant par https:// par ligne
safety-error-references = Saisissez une adresse web commençant par https:// par ligne
safety-error-url = Saisissez une adresse web commençant par https://
safety-error-tlp = Choisissez comment les destinataires peuvent le partager (une étiquette TLP)
safety-error-distribution = Choisissez qui le reçoit
safety-error-sharing-group = Choisissez le groupe de partage qui le reçoit
safety-error-other = Vérifiez cette réponse : le nœud ne l’a pas acceptée
safety-submitted-title = Signalement envoyé
safety-submitted-key = Sa référence est
safety-submitted-next = La suite
safety-submitted-next-body = Des relecteurs parmi ceux qui peuvent le voir le trieront, puis le publieront ou le rejetteront. D’ici là, seuls votre organisation et ces relecteurs le voient.
safety-submitted-open = Ouvrir l’incident
safety-submitted-another = Signaler un autre incident
safety-similar = Incidents qui décrivent peut-être le même événement
safety-similar-lead = Vérifiez-les. Si l’un d’eux est le même événement, ajoutez-y ce que vous savez sous forme de rapport.
safety-similar-none = Aucun incident que vous pouvez voir ne ressemble à celui-ci.
safety-similar-score = similarité { $score } %
safety-similar-method = Méthode :
safety-method-trigram = part des suites de trois caractères que les titres et les descriptions ont en commun ; une même date et des parties en commun augmentent le score.
safety-reason-text = { $percent } % de suites de trois caractères en commun
safety-reason-date = même date ({ $date })
safety-reason-entities = parties en commun : { $entities }
safety-review-title = File de relecture
safety-review-lead = Incidents et rapports soumis ou triés que vous pouvez relire. Triez une fiche pour indiquer qu’elle est en cours d’examen, publiez-la pour la partager avec son public, ou rejetez-la.
safety-review-incidents = { $count ->
    [one] { $count } incident à relire
   *[other] { $count } incidents à relire
}
safety-review-reports = { $count ->
    [one] { $count } rapport à relire
   *[other] { $count } rapports à relire
}
safety-review-empty = Rien à relire.
safety-review-submitted = Soumis le
safety-review-similar = { $count ->
    [0] Aucun incident semblable
    [one] { $count } incident semblable
   *[other] { $count } incidents semblables
}
safety-decision-triage = Trier
safety-decision-publish = Publier
safety-decision-reject = Rejeter
safety-decision-reopen = Rouvrir
safety-review-done-triaged = { $key } a été trié.
safety-review-done-published = { $key } a été publié.
safety-review-done-rejected = { $key } a été rejeté.
safety-review-stale = { $key } n’a pas été modifié : quelqu’un a pris une décision entre-temps. Voici la file telle qu’elle est maintenant.
safety-review-bad = Cette décision ne peut pas être prise sur cette fiche.
safety-sector-agriculture-forestry-and-fishing = Agriculture, sylviculture et pêche
safety-sector-mining-and-quarrying = Industries extractives
safety-sector-manufacturing = Industrie manufacturière
safety-sector-electricity-gas-steam-and-air-conditioning-supply = Électricité, gaz et climatisation
safety-sector-water-supply = Distribution d’eau
safety-sector-construction = Construction
safety-sector-wholesale-and-retail-trade = Commerce de gros et de détail
safety-sector-transportation-and-storage = Transports et entreposage
safety-sector-accommodation-and-food-service-activities = Hébergement et restauration
safety-sector-information-and-communication = Information et communication
safety-sector-financial-and-insurance-activities = Finance et assurance
safety-sector-real-estate-activities = Immobilier
safety-sector-professional-scientific-and-technical-activities = Activités spécialisées, scientifiques et techniques
safety-sector-administrative-and-support-service-activities = Services administratifs et de soutien
safety-sector-public-administration = Administration publique
safety-sector-defense = Défense
safety-sector-law-enforcement = Police et maintien de l’ordre
safety-sector-education = Enseignement
safety-sector-human-health-and-social-work-activities = Santé humaine et action sociale
safety-sector-arts-entertainment-and-recreation = Arts, spectacles et loisirs
safety-sector-other-service-activities = Autres services
safety-sector-activities-of-households-as-employers = Ménages en tant qu’employeurs
safety-sector-activities-of-extraterritorial-organizations-and-bodies = Organisations et organismes extraterritoriaux
safety-sector-health = Santé
safety-sector-finance = Finance

## Résolutions : décisions formelles des organes membres
nav-resolutions = Résolutions
resolutions-title = Résolutions
resolutions-lead = Décisions formelles des organes membres : un projet de texte, des amendements tranchés par la présidence, un vote selon la règle et le quorum de l’organe, et le résultat publié comme enregistrement signé. Une organisation membre, une voix.
resolutions-none = Aucune résolution pour le moment.
resolutions-col-title = Titre
resolutions-col-body = Organe
resolutions-col-rule = Règle de vote
resolutions-col-state = Étape
resolutions-col-organisation = Membre
resolutions-col-vote = Vote
resolutions-col-members = Membres
resolutions-col-explanation = Explication de vote
resolutions-col-cast-by = Exprimé par
resolutions-col-time = Heure
resolutions-state-draft = Projet
resolutions-state-voting = Vote ouvert
resolutions-state-closed = Clos
resolutions-outcome-pending = Pas encore décidé
resolutions-outcome-adopted = Adoptée
resolutions-outcome-rejected = Non adoptée
resolutions-outcome-no-quorum = Quorum non atteint
resolutions-rule-name-simple-majority = Majorité simple
resolutions-rule-name-two-thirds = Majorité des deux tiers
resolutions-rule-name-consensus = Consensus (procédure d’approbation tacite)
resolutions-rule-simple-majority = Majorité simple : adoptée lorsque davantage de membres votent pour que contre. Les membres qui s’abstiennent ne sont pas comptés comme votants, et en cas de partage égal des voix le texte n’est pas adopté.
resolutions-rule-two-thirds = Majorité des deux tiers : adoptée lorsque les voix pour atteignent au moins les deux tiers des voix pour et contre. Les membres qui s’abstiennent ne sont pas comptés comme votants.
resolutions-rule-consensus = Consensus par procédure d’approbation tacite : adoptée si aucun membre ne soulève d’objection dans un délai de { $period } après l’ouverture. Une seule objection suffit pour que le texte ne soit pas adopté.
resolutions-quorum-none = Pas de quorum : les voix exprimées décident, si peu nombreuses soient-elles.
resolutions-quorum-consensus = Aucun quorum ne s’applique : dans la procédure d’approbation tacite, le silence vaut consentement.
resolutions-quorum-members = Au moins { $count } des { $total } membres doivent voter (les abstentions comptent).
resolutions-quorum-fraction = Au moins { $numerator }/{ $denominator } des membres doivent voter (les abstentions comptent) : { $count } sur { $total }.
resolutions-quorum-status = Membres ayant voté : { $present } ; quorum : { $required }.
resolutions-count-required = Voix pour nécessaires à l’adoption, compte tenu des voix exprimées : { $count }.
resolutions-count-not-voted = N’ont pas voté
resolutions-counts-caption = Votes par choix, sur l’ensemble du collège
resolutions-duration-days = { $n ->
    [one] { $n } jour
   *[other] { $n } jours
}
resolutions-duration-hours = { $n ->
    [one] { $n } heure
   *[other] { $n } heures
}
resolutions-duration-minutes = { $n ->
    [one] { $n } minute
   *[other] { $n } minutes
}
resolutions-duration-seconds = { $n ->
    [one] { $n } seconde
   *[other] { $n } secondes
}
resolutions-electorate-count = { $count ->
    [one] { $count } membre, une voix
   *[other] { $count } membres, une voix chacun
}
resolutions-reason-voting-open = Le vote est ouvert ; voici les voix exprimées jusqu’ici.
resolutions-reason-silence-running = Le délai d’approbation tacite court ; personne n’a soulevé d’objection jusqu’ici.
resolutions-reason-majority-reached = Davantage de membres ont voté pour que contre.
resolutions-reason-majority-not-reached = Moins de membres ont voté pour que contre.
resolutions-reason-tie = Partage égal des voix : le texte n’est pas adopté.
resolutions-reason-two-thirds-reached = Les voix pour ont atteint les deux tiers des voix pour et contre.
resolutions-reason-two-thirds-not-reached = Les voix pour n’ont pas atteint les deux tiers des voix pour et contre.
resolutions-reason-none-voting = Tous les membres ayant voté se sont abstenus : il n’y a pas de majorité.
resolutions-reason-silence-kept = Le délai d’approbation tacite a expiré sans objection.
resolutions-reason-silence-broken = Un membre a soulevé une objection et rompu le silence.
resolutions-reason-quorum-not-met = Trop peu de membres ont voté pour que le vote soit valable.
resolutions-choice-yes = Pour
resolutions-choice-no = Contre
resolutions-choice-abstain = Abstention
resolutions-choice-objection = Objection
resolutions-choice-no-objection = Pas d’objection
resolutions-how-decided = Comment cet organe décide
resolutions-field-rule = Règle de vote
resolutions-field-quorum = Quorum
resolutions-field-electorate = Collège
resolutions-field-opens = Ouverture du vote
resolutions-field-closes = Clôture du vote
resolutions-field-silence-ends = Fin du délai d’approbation tacite
resolutions-field-lang = Langue du texte
resolutions-outcome-heading = Résultat
resolutions-tally-heading = Voix exprimées jusqu’ici
resolutions-published = Résultat publié comme enregistrement signé du journal de transparence ; vote clos le { $date }.
resolutions-published-digest = SHA-256 du texte mis aux voix
resolutions-text-heading = Texte
resolutions-text-digest = SHA-256 de ce texte
resolutions-text-history = Versions antérieures du texte
resolutions-text-original = Version { $version } : le projet initial
resolutions-text-amended = Version { $version } : avec l’amendement { $seq }
resolutions-amendments-heading = { $count ->
    [0] Amendements
    [one] { $count } amendement
   *[other] { $count } amendements
}
resolutions-amendments-none = Aucun amendement n’a été proposé.
resolutions-amendment-title = Amendement { $seq }
resolutions-amendment-by = Proposé par
resolutions-amendment-proposed = Proposé
resolutions-amendment-adopted = Adopté
resolutions-amendment-rejected = Rejeté
resolutions-amendment-rationale = Justification
resolutions-amendment-text = Texte proposé
resolutions-unknown-member = Membre inconnu
resolutions-vote-heading = Vote
resolutions-vote-lead = Vous votez pour { $org }. Un nouveau vote remplace le précédent de votre organisation jusqu’à la clôture ; les deux restent consignés.
resolutions-vote-current = Vote actuel de votre organisation : { $choice }
resolutions-vote-choice = Vote de votre organisation
resolutions-vote-explanation = Explication de vote (facultative)
resolutions-vote-explanation-hint = Publiée avec le vote, telle que votre délégation la rédige.
resolutions-vote-button = Enregistrer le vote
resolutions-vote-recorded = Le vote de votre organisation a été enregistré.
resolutions-vote-sign-in = Connectez-vous pour voter si votre organisation fait partie du collège.
resolutions-vote-not-electorate = Votre organisation ne fait pas partie du collège de cette résolution : elle ne vote pas.
resolutions-vote-not-allowed = Votre compte ne peut pas prendre part aux votes.
resolutions-vote-not-open-draft = Le vote n’est pas encore ouvert : le texte peut encore être amendé.
resolutions-vote-not-open-closed = Le vote est clos.
resolutions-vote-replaced = remplacé par un vote ultérieur
resolutions-votes-heading = { $count ->
    [0] Votes enregistrés
    [one] { $count } vote enregistré
   *[other] { $count } votes enregistrés
}
resolutions-votes-none = Aucun vote enregistré pour le moment.
resolutions-error-choice = Choisissez le vote de votre organisation
resolutions-error-explanation = Raccourcissez l’explication de vote à 10 000 caractères au plus
resolutions-error-closed = Le vote a été clos avant que ce vote puisse être enregistré
resolutions-log-note = Chaque changement d’une résolution — sa création, chaque amendement et sa décision, l’ouverture du vote, chaque vote et le résultat — est un enregistrement signé du journal de transparence de ce nœud.

## Resolutions: the forms (web/resolutions)
resolutions-new-button = Nouvelle résolution
resolutions-new-title = Nouvelle résolution
resolutions-new-lead = Un projet ouvre la procédure : les délégations du collège peuvent ensuite proposer des amendements, que la présidence adopte ou rejette avant d’ouvrir le vote. La règle, le quorum et le collège ne peuvent plus changer une fois le projet créé.
resolutions-field-body = Organe qui décide
resolutions-field-body-hint = Qui décide, par exemple : Plénière, Conseil, Groupe de travail sur l’évaluation.
resolutions-field-title = Titre
resolutions-field-text = Texte du projet
resolutions-field-text-hint = Le texte entier, tel qu’il sera mis aux voix. Séparez les paragraphes par une ligne vide.
resolutions-new-rule-consensus-hint = Adopté si aucun membre ne formule d’objection avant la fin du délai d’approbation tacite ; une seule objection suffit pour que le texte ne soit pas adopté. Indiquez le délai ci-dessous.
resolutions-field-silence-days = Délai d’approbation tacite, en jours
resolutions-field-silence-days-hint = Pour le consensus uniquement : un nombre entier de jours, de 1 à { $max }. Il court à partir de l’ouverture du vote.
resolutions-new-quorum-hint = Combien de membres du collège doivent voter, abstentions comprises, pour qu’un vote à la majorité soit valable. Aucun quorum ne s’applique au consensus.
resolutions-new-quorum-none = Pas de quorum
resolutions-new-quorum-none-hint = Les votes exprimés décident, si peu nombreux soient-ils.
resolutions-new-quorum-members = Un nombre de membres
resolutions-new-quorum-members-hint = Indiquez le nombre ci-dessous.
resolutions-new-quorum-fraction = Une part du collège
resolutions-new-quorum-fraction-hint = Indiquez la part ci-dessous ; elle est arrondie au nombre supérieur.
resolutions-field-quorum-count = Quorum : nombre de membres
resolutions-field-quorum-count-hint = Un nombre entier, par exemple 10, au plus la taille du collège.
resolutions-field-quorum-fraction = Quorum : part du collège
resolutions-field-quorum-fraction-hint = Une fraction comme 1/2 ou 2/3, ou un nombre décimal comme 0.5.
resolutions-field-electorate-hint = Les organisations membres qui votent, une voix chacune. Leurs délégations peuvent aussi proposer des amendements.
resolutions-new-no-members = Ce nœud ne compte encore aucune organisation membre.
resolutions-new-members-cut = Seules les 1 000 premières organisations sont listées : un collège compte au plus 1 000 membres.
resolutions-new-button-create = Créer le projet
resolutions-amend-heading = Proposer un amendement
resolutions-amend-lead = Vous le proposez au nom de { $org }. Un amendement remplace le texte entier : modifiez le projet ci-dessous. La présidence l’adopte ou le rejette avant l’ouverture du vote.
resolutions-field-amendment-text = Texte amendé
resolutions-field-amendment-text-hint = Le texte entier tel qu’il se lirait avec votre amendement.
resolutions-field-rationale = Justification (facultative)
resolutions-field-rationale-hint = Pourquoi le texte devrait changer. Publiée avec l’amendement.
resolutions-amend-button = Proposer l’amendement
resolutions-amendment-adopt = Adopter
resolutions-amendment-reject = Rejeter
resolutions-chair-heading = Présidence
resolutions-open-undecided = Adoptez ou rejetez chaque amendement proposé avant d’ouvrir le vote.
resolutions-open-lead = L’ouverture du vote fige le texte actuel. Les membres votent jusqu’à l’heure que vous fixez.
resolutions-open-lead-consensus = L’ouverture du vote fige le texte actuel et fait courir le délai d’approbation tacite de { $period }.
resolutions-field-closes-at = Clôture du vote (UTC)
resolutions-field-closes-at-hint = Une date et une heure futures, dans l’année, en temps universel coordonné, par exemple 2026-07-01 17:00.
resolutions-open-button = Ouvrir le vote
resolutions-close-silence = Un délai d’approbation tacite ne peut pas être écourté : le texte est adopté si personne ne formule d’objection avant son terme.
resolutions-close-lead = Vous pouvez clore le vote avant l’échéance ; les votes exprimés jusque-là décident et le résultat est publié aussitôt.
resolutions-close-button = Clore le vote maintenant
resolutions-done-created = Le projet a été créé.
resolutions-done-amended = Votre amendement a été proposé.
resolutions-done-adopted = L’amendement a été adopté : son texte est désormais le projet.
resolutions-done-rejected = L’amendement a été rejeté.
resolutions-done-opened = Le vote est ouvert.
resolutions-done-closed = Le vote est clos et son résultat publié.
resolutions-error-rule = Choisissez la manière dont l’organe décide
resolutions-error-silence = Indiquez le délai d’approbation tacite en nombre entier de jours, de 1 à 366
resolutions-error-quorum = Choisissez un quorum
resolutions-error-quorum-count-number = Indiquez le quorum en nombre entier de membres, par exemple 10
resolutions-error-quorum-count = Indiquez un quorum qui ne dépasse pas la taille du collège
resolutions-error-quorum-fraction = Indiquez le quorum comme une part du collège supérieure à zéro et au plus égale à un, par exemple 1/2 ou 0.5
resolutions-error-electorate = Sélectionnez au moins une organisation membre pour le collège
resolutions-error-electorate-unknown = Sélectionnez des organisations membres dans la liste
resolutions-error-amendment-missing = Saisissez le texte amendé
resolutions-error-amendment-same = Modifiez le texte : un amendement doit différer du projet actuel
resolutions-error-amendment-text = Retirez les caractères de contrôle du texte amendé
resolutions-error-changed = La résolution a changé depuis l’affichage de cette page, ou n’est pas à une étape qui le permet : relisez-la ci-dessous et réessayez
resolutions-error-decision = Choisissez d’adopter ou de rejeter l’amendement
resolutions-error-closes-missing = Indiquez quand le vote sera clos
resolutions-error-closes = Indiquez une heure de clôture future, dans l’année, par exemple 2026-07-01 17:00

## Dialogue (web/dialogue) : conversations, votes, carte des opinions, rapport
dialogue-title = Dialogue
dialogue-lead = Des conversations où les participants écrivent de courts énoncés et votent sur ceux des autres. Le nœud repère les groupes de personnes qui votent de la même façon et les énoncés qui les rassemblent.
dialogue-none = Aucune conversation pour l’instant.
dialogue-state-open = Ouverte
dialogue-state-closed = Close
dialogue-participation-public = Tout le monde, y compris les visiteurs non connectés
dialogue-participation-members = Les membres connectés de ce nœud
dialogue-participation-invited = Les membres des organisations invitées
dialogue-field-question = Question éclairée
dialogue-field-participation = Qui peut participer
dialogue-field-languages = Langues
dialogue-count-participants = { $count ->
    [one] { $count } participant
   *[other] { $count } participants
}
dialogue-count-statements = { $count ->
    [one] { $count } énoncé
   *[other] { $count } énoncés
}
dialogue-count-votes = { $count ->
    [one] { $count } vote
   *[other] { $count } votes
}
dialogue-statement-number = Énoncé { $seq }
dialogue-vote-heading = Votez sur les énoncés
dialogue-vote-progress = { $total ->
    [one] Vous avez voté sur { $voted } énoncé sur { $total }.
   *[other] Vous avez voté sur { $voted } des { $total } énoncés.
}
dialogue-vote-written-in = Langue : { $language }
dialogue-vote-agree = D’accord
dialogue-vote-disagree = Pas d’accord
dialogue-vote-pass = Passer / Je ne sais pas
dialogue-vote-recorded = Votre vote a été enregistré.
dialogue-vote-done = Merci : vous avez voté sur tous les énoncés. De nouveaux énoncés peuvent arriver ; revenez plus tard.
dialogue-vote-done-report = Voir ce que pensent les autres : le rapport
dialogue-vote-empty = Il n’y a pas encore d’énoncé sur lequel voter. Écrivez le premier ci-dessous.
dialogue-vote-closed = Cette conversation est close : elle n’accepte plus de votes ni d’énoncés.
dialogue-vote-sign-in = Connectez-vous pour participer à cette conversation.
dialogue-vote-not-allowed = Vous pouvez lire cette conversation mais pas y participer.
dialogue-error-vote = Choisissez D’accord, Pas d’accord ou Passer
dialogue-error-vote-gone = Cet énoncé n’est plus ouvert au vote ; en voici un autre
dialogue-error-closed = La conversation a été close avant l’enregistrement
dialogue-error-moderation = Choisissez Accepter, Rejeter ou Méta pour un énoncé de cette conversation.
dialogue-write-heading = Écrire un énoncé
dialogue-write-lead = Ajoutez un court énoncé avec lequel les autres peuvent être d’accord ou non : une idée par énoncé. Il est affiché sans votre nom.
dialogue-write-text = Votre énoncé
dialogue-write-hint = { $max } caractères au plus.
dialogue-write-lang = Langue de votre énoncé
dialogue-write-button = Ajouter l’énoncé
dialogue-write-added = Votre énoncé a été ajouté ; les autres peuvent déjà voter dessus.
dialogue-write-pending = Votre énoncé a été reçu ; il sera affiché dès qu’un modérateur l’aura accepté.
dialogue-error-text-missing = Saisissez votre énoncé
dialogue-error-text-long = Raccourcissez votre énoncé à { $max } caractères au plus
dialogue-error-text-other = Écrivez votre énoncé en texte simple
dialogue-error-lang = Choisissez la langue de votre énoncé
dialogue-map-heading = Carte des opinions
dialogue-map-lead = Chaque point est un participant. Les personnes qui ont voté de façon semblable sont proches ; les contours en tirets sont les groupes d’opinion. Les directions n’ont pas de sens en elles-mêmes.
dialogue-map-pending = La carte apparaît une fois les premiers votes analysés.
dialogue-map-title = { $groups ->
    [0] Carte des opinions : participants placés selon leurs votes
    [one] Carte des opinions : un groupe de participants qui ont voté de façon semblable
   *[other] Carte des opinions : { $groups } groupes de participants qui ont voté de façon semblable
}
dialogue-map-desc = { $participants } participants placés selon leurs votes, les points proches ayant voté de façon plus semblable ; { $clustered } d’entre eux sont dans { $groups } groupes d’opinion.
dialogue-map-you = Vous
dialogue-map-summary = { $count ->
    [0] Pas encore de groupe d’opinion.
    [one] Un groupe d’opinion :
   *[other] { $count } groupes d’opinion :
}
dialogue-map-group = Groupe { $letter } : { $count ->
    [one] { $count } participant
   *[other] { $count } participants
}
dialogue-map-unclustered = { $count ->
    [one] Un participant n’a pas encore assez voté pour être placé dans un groupe (point gris).
   *[other] { $count } participants n’ont pas encore assez voté pour être placés dans un groupe (points gris).
}
dialogue-map-you-in = Vous (le point cerclé) êtes dans le groupe { $letter }.
dialogue-map-you-unclustered = Vous êtes le point cerclé ; votez sur d’autres énoncés pour être placé dans un groupe.
dialogue-moderation-heading = Modération
dialogue-moderation-lead = Énoncés en attente de décision. Les énoncés acceptés sont montrés aux participants, les rejetés ne le sont pas ; les énoncés méta, qui portent sur la conversation elle-même, sont exclus de l’analyse.
dialogue-moderation-none = Aucun énoncé n’attend de modération.
dialogue-moderation-accept = Accepter
dialogue-moderation-reject = Rejeter
dialogue-moderation-meta = Méta
dialogue-moderation-done = La décision a été enregistrée.
dialogue-moderation-author = par le participant { $participant }
dialogue-report-link = Lire le rapport
dialogue-report-back = Retour à la conversation
dialogue-report-heading = Rapport
dialogue-report-overview = Vue d’ensemble
dialogue-report-participants = Participants
dialogue-report-statements = Énoncés
dialogue-report-clustered = Dans un groupe d’opinion
dialogue-report-votes = Votes
dialogue-report-groups = Groupes d’opinion
dialogue-report-method = Analyse { $version }, calculée le { $date } à partir des { $votes } premiers votes (le dernier vote de chaque participant compte).
dialogue-report-digest = SHA-256 du résultat, tel que le porte son enregistrement signé dans le journal de transparence
dialogue-report-consensus-heading = Ce sur quoi la plupart s’accordent
dialogue-report-consensus-lead = Les énoncés avec lesquels une nette majorité de tous les participants a été d’accord ou non.
dialogue-report-consensus-agree = La plupart ont été d’accord
dialogue-report-consensus-disagree = La plupart n’ont pas été d’accord
dialogue-report-consensus-none = Aucun pour l’instant.
dialogue-report-everyone-agreed = { $percent } % des { $count } participants ayant voté étaient d’accord
dialogue-report-everyone-disagreed = { $percent } % des { $count } participants ayant voté n’étaient pas d’accord
dialogue-report-groups-heading = Ce qui distingue chaque groupe
dialogue-report-groups-lead = Pour chaque groupe, les énoncés sur lesquels il a voté le plus différemment des autres, avec ses votes à côté de ceux de tous les autres.
dialogue-report-group-heading = Groupe { $letter } · { $count ->
    [one] { $count } participant
   *[other] { $count } participants
}
dialogue-report-group-none = Aucun énoncé ne distingue encore ce groupe.
dialogue-report-direction-agree = D’accord
dialogue-report-direction-disagree = Pas d’accord
dialogue-report-group-agreed = { $percent } % des { $count } membres de ce groupe étaient d’accord
dialogue-report-group-disagreed = { $percent } % des { $count } membres de ce groupe n’étaient pas d’accord
dialogue-report-bars-caption = Votes dans ce groupe et chez tous les autres
dialogue-report-bar-group = Ce groupe
dialogue-report-bar-others = Tous les autres
dialogue-report-bar-text = D’accord { $agree } %, pas d’accord { $disagree } %, passé { $pass } % ({ $count } votes)
dialogue-report-gic-heading = L’accord entre les groupes
dialogue-report-gic-lead = Consensus éclairé par les groupes, de 0 à 1 : le produit des parts d’accord de chaque groupe. Il n’est élevé que si tous les groupes ont été d’accord.
dialogue-report-col-statement = Énoncé
dialogue-report-col-gic = Consensus éclairé par les groupes
dialogue-report-col-chart = Répartition des votes
dialogue-report-col-agree = D’accord
dialogue-report-col-disagree = Pas d’accord
dialogue-report-col-pass = Passé
dialogue-report-votes-heading = Votes par énoncé
dialogue-report-votes-lead = Le dernier vote de chaque participant sur chaque énoncé, à ce jour.
dialogue-report-export-heading = Télécharger les données
dialogue-report-export-json = Le résultat de l’analyse (JSON)
dialogue-report-export-csv = Les énoncés avec leurs votes par groupe (CSV)
