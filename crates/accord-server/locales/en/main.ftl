# Accord web interface — English (source language).
# Every message here must exist in ar, zh, fr, ru and es with the same variables;
# a test checks it. Brand name "Accord" stays untranslated.

## Page frame
skip-to-content = Skip to main content
site-tagline = Open infrastructure for global AI governance cooperation
nav-label = Main navigation
nav-home = Home
nav-registry = Registry
nav-rules = Rules
nav-safety = Safety
nav-dialogue = Dialogue
nav-compute = Compute
nav-members = Members
nav-transparency = Transparency
nav-tokens = API tokens
language-label = Language
signed-in-as = Signed in as { $name }
sign-in = Sign in
sign-out = Sign out
footer-node = Node: { $name }
footer-version = Accord version { $version }
footer-api = API documentation (OpenAPI)
footer-health = Node status

## Home
home-title = Welcome to this Accord node
home-intro = Accord is shared infrastructure for countries, AI safety institutes, regulators, international organisations, companies, open-source communities and researchers who cooperate on AI governance. Each member runs a node like this one and connects it to the others.
home-parts-title = What this node does
home-stats-title = This node at a glance
stat-organisations = Member organisations
stat-users = User accounts
stat-events = Audit trail entries
part-registry-summary = A shared record of AI models and systems: model cards, licences, lineage and training compute.
part-rules-summary = A cited, dated corpus of the world's AI laws and frameworks, and what applies to a system in each jurisdiction.
part-safety-summary = Incident reports and threat information shared between members under agreed access levels.
part-dialogue-summary = Members post statements and vote; the node finds opinion groups and statements with broad consensus.
part-compute-summary = Training-compute thresholds, export-control classification of chips, and sharing of compute.
part-members-summary = The organisations that take part in this node's community, and their accounts.
part-transparency-summary = Every change to this node is recorded in an append-only audit trail that members can inspect.
part-not-yet = This part is not yet enabled on this node.
part-coming-title = Coming to this node

## Sign in
login-title = Sign in
login-intro = Sign in with the account your organisation's administrator created for you.
field-email = E-mail address
field-password = Password
login-button = Sign in
login-failed = The e-mail address or password is wrong
login-rate-limited = Too many sign-in attempts. Wait { $seconds } seconds and try again.
signed-out = You have signed out.
error-summary-title = There is a problem
error-prefix = Error:

## Members
members-title = Members
members-intro = Organisations that take part in this node's community.
members-count = { $count ->
    [one] { $count } organisation
   *[other] { $count } organisations
}
col-name = Name
col-kind = Kind
col-country = Country or region
col-website = Website
col-joined = Joined
col-role = Role
col-email = E-mail address
no-country = International
add-organisation-title = Add an organisation
field-org-name = Name of the organisation
field-org-name-hint = As the organisation writes it, in its own language.
field-kind = Kind of organisation
field-country = Country or region code
field-country-hint = Two letters, for example FR, CN or BR. Leave empty for international organisations.
field-website = Website
field-website-hint = Optional. Starts with https://
add-organisation-button = Add organisation
organisation-added = Organisation added: { $name }
org-users-title = User accounts
org-users-hidden = Only administrators can see the accounts of an organisation.
org-no-users = This organisation has no user accounts yet.
add-user-title = Add a user account
field-display-name = Full name
field-role = Role
field-new-password = Password
field-new-password-hint = At least 10 characters. Give it to the person in a safe way; they cannot change it yet.
add-user-button = Add user
user-added = User account added: { $name }
org-history-title = History
back-to-members = Back to members

kind-state_institution = State institution
kind-regulator = Regulator
kind-international_organisation = International organisation
kind-company = Company
kind-research_institution = Research institution
kind-developer_community = Developer community
kind-individual_expert = Individual expert

role-admin = Administrator
role-editor = Editor
role-reviewer = Reviewer
role-member = Member

## API tokens
tokens-title = API tokens
tokens-intro = Tokens let scripts and other systems use the JSON API on your behalf. A token never has more rights than your account.
tokens-none = You have no API tokens.
col-token-name = Name
col-token-prefix = Starts with
col-scopes = Scopes
col-created = Created
col-expires = Expires
col-last-used = Last used
col-status = Status
col-actions = Actions
never = Never
token-active = Active
token-revoked = Revoked
token-expired = Expired
revoke = Revoke
create-token-title = Create a token
field-token-name = Name
field-token-name-hint = Say what will use it, for example "nightly export".
field-scopes = Scopes
scope-read = read: read what your account can read
scope-write = write: create and change content
scope-admin = admin: manage members, users and tokens
field-expires-days = Expires after (days)
field-expires-days-hint = From 1 to { $max } days.
create-token-button = Create token
token-created-title = Your new token
token-created-warning = You will not see this token again. Copy it now.
token-value-label = Token
copy = Copy
copied = Copied
token-created-use = Send it in the Authorization header: Authorization: Bearer followed by the token.
back-to-tokens = Back to API tokens
revoke-title = Revoke token “{ $name }”?
revoke-warning = Systems using it will stop working at once. This cannot be undone.
revoke-button = Revoke token
cancel = Cancel
token-revoked-notice = Token revoked: { $name }

## Transparency
transparency-title = Transparency
transparency-intro = Every change to this node — members, accounts, tokens — is recorded in an append-only audit trail. Entries cannot be changed or removed, not even by the node's operator through the database.
transparency-sign-in = Sign in to see the audit trail.
col-seq = No.
col-time = Time
col-action = Action
col-subject = Subject
col-actor = By
actor-operator = Node operator
actor-system = System
audit-empty = The audit trail is empty.
older-entries = Older entries
next-page = Next page

action-organisation-create = Organisation added
action-user-create = User account added
action-user-set_password = Password set
action-token-create = API token created
action-token-revoke = API token revoked
action-session-open = Signed in
action-session-close = Signed out

## Errors
not-found-title = Page not found
not-found-body = If you typed the web address, check it is correct.
forbidden-title = You cannot do this
forbidden-body = Your account does not have the role needed for this page. Ask your organisation's administrator.
sign-in-needed = Sign in to see this page.
csrf-failed = This form has expired. Go back, reload the page and try again.
problem-title = Sorry, there is a problem with the service
problem-body = Try again later.

## Field errors (shown by the field and in the summary)
err-required = Enter { $field }
err-too-long = { $field } must be { $max } characters or fewer
err-not-allowed = Choose { $field } from the list
err-malformed = Enter { $field } in the right format
err-duplicate = { $field } is already in use
err-scopes-required = Select at least one scope

## Transparency log
log-title = Transparency log
log-intro = Every published record — members, accounts, tokens, signing keys — is signed and appended to an append-only Merkle tree (RFC 9162). After every change the node signs a checkpoint of the tree, so anyone can check that no record was changed or removed.
log-origin = Log
log-size = Records in the log
log-root = Root hash
log-checkpoint = Latest signed checkpoint
log-verify-hint = Audit this node yourself with the command:
log-empty = The log is empty.
log-recent = Latest records
log-audit-trail = Audit trail
col-index = Index
col-record = Record
col-version = Version
col-signed-by = Signed by
col-author = Author
entry-title = Log entry { $index }
entry-envelope = Signed record
entry-signature = Signature
entry-key = Signing key
entry-leaf = Leaf hash
entry-proof = Inclusion proof against the checkpoint of size { $size }
entry-check-server = Checked by this node
entry-valid = Signature valid and the record is in the log
entry-invalid = Does not verify: { $problem }
entry-verify-browser = Verify in this browser
entry-verify-browser-hint = Recomputes the Merkle root from the record and the proof, and checks the signature, without trusting this page's verdict.
entry-browser-ok = Verified in your browser: the proof leads to the checkpoint root and the signature is valid.
entry-browser-root-ok = The proof leads to the checkpoint root. This browser cannot check Ed25519 signatures.
entry-browser-failed = Verification failed in your browser.
key-owner-node = This node
key-owner-organisation = Organisation { $name }
back-to-log = Back to the transparency log
action-key-register = Signing key published
action-key-retire = Signing key retired
