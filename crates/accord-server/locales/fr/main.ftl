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
