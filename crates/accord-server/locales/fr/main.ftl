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
