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
actor-participant = Dialogue participant (pseudonymous)
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

## Rules: navigation and start page
rules-nav-label = Rules
rules-nav-assess = Check a system
rules-nav-instruments = Instruments
rules-nav-convergence = Convergence and conflict
rules-nav-timeline = Timeline
rules-start-title = Which AI rules apply to your system?
rules-start-lead = Answer a few questions about an AI system or model and see, for each jurisdiction, which obligations apply, which may apply if a fact is still unknown, and where the jurisdictions agree or conflict.
rules-start-how = Questions appear only when they matter for a rule, most useful first. You can answer "I do not know": the result then says which rules depend on that fact. Every result cites its article and source and shows how it was decided.
rules-not-legal-advice = This is not legal advice. Facts marked uncertain must be verified before you rely on them.
rules-start-now = Start now
rules-start-example = See an example: an open-weights general-purpose model offered in the EU, China and California
rules-all-questions = All questions on one page
rules-all-lead = For experts: every fact the rules depend on. Leave a question unanswered or choose "I do not know" when a fact is unknown.
rules-coverage-title = Jurisdictions covered
rules-stat-instruments = Instruments
rules-stat-obligations = Obligations
rules-stat-uncertain = Rules marked uncertain
rules-col-jurisdiction = Jurisdiction
rules-col-instruments = Instruments
rules-col-obligations = Obligations

## Rules: questions
q-number = Question { $number }
continue = Continue
back = Back
change = Change
q-or = or
q-do-not-know = I do not know
q-none-of-these = None of these
q-yes = Yes
q-no = No
q-not-known = Not known
q-error-number = Enter a number, for example 3e25 or 3 × 10^25
q-error-date = Enter a date like 2026-08-02
q-error-choose = Choose one of the options, or "I do not know"
rules-as-of = Date of the assessment
rules-as-of-hint = The rules in force on this day (year-month-day). Dates can be in the past or the future.
rules-see-results = See which rules may apply
rules-check-title = Check your answers
rules-check-empty = You have not answered any question yet.

## Rules: the result
rules-result-title = Obligations by jurisdiction
rules-change-answers = Change your answers
rules-result-as-of = Rules in force on { $date }.
rules-missing-title = { $count ->
    [one] One result is "may apply" because facts are missing
   *[other] { $count } results are "may apply" because facts are missing
}
rules-missing-intro = Answer these questions, most useful first, to decide them:
rules-missing-decides = { $count ->
    [one] decides 1 result
   *[other] decides { $count } results
}
rules-answer-now = Answer
rules-matrix-title = Jurisdictions and kinds of obligation
rules-matrix-empty = Nothing applies or may apply to this profile.
rules-matrix-hint = Each cell links to the obligations behind it, with their citations and how they were decided.
rules-conflict = Conflict
rules-contested = Contested
rules-by-jurisdiction = Obligations in each jurisdiction
rules-nothing-applies = No obligation applies or may apply here.
rules-others = { $count ->
    [one] 1 rule that does not apply
   *[other] { $count } rules that do not apply
}
rules-divergences-title = Where jurisdictions diverge
rules-divergences-intro = Obligations of the same kind that differ between jurisdictions, and the strictest value where one can be computed.
rules-col-kind = Kind of obligation
rules-col-jurisdictions = Jurisdictions
rules-col-divergence = Divergence
rules-col-strictest = Strictest
rules-strictest-deadline = Shortest deadline: { $value }
rules-lowest-threshold = Lowest threshold: { $value }
rules-keep-title = Keep this result
rules-download-json = Download the result (JSON)
rules-download-csv = Download the result (CSV, for spreadsheets)
rules-save-name = Name of the assessment
rules-save-hint = Saving publishes a signed record of the profile and the result in the transparency log.
rules-save = Save this assessment
rules-save-sign-in = Sign in to save this assessment as a signed record.
rules-voluntary = Voluntary
rules-bill = Bill, not adopted
rules-deadline = Deadline: { $value }
rules-contested-explained = The rule is shown as it stands; the challenge has not been decided.
result-missing-facts = Depends on: { $facts }
result-exempted-by = Exempt under { $rule }
result-n-facts-missing = { $count ->
    [one] 1 fact missing
   *[other] { $count } facts missing
}
status-applies = Applies
status-may-apply = May apply
status-exempt = Exempt
status-not-applicable = Does not apply
status-not-in-force = Not in force
status-no-rule = No rule found
confidence-verified = Verified against the source
confidence-primary-text = From the legal text — article reference not re-checked
confidence-uncertain = Uncertain — verify before relying on this
confidence-uncertain-short = Uncertain
confidence-uncertain-explained = This fact comes from a single secondary source or is not confirmed. It is shown so that you can check it, not as settled.

## Rules: one rule
rule-for-you = For your answers
rule-why = Why
rule-assess-to-see = Answer the questions to see whether this rule applies to your system
rule-details = The rule
rule-instrument = Instrument
rule-cite = Article
rule-kind = Kind of obligation
rule-role = Who must act
rule-in-force = Applies
rule-window-always = No date limits
rule-window-from = from { $date }
rule-window-until = until { $date } (exclusive)
rule-history = Dates moved
rule-deadline = Deadline
rule-threshold = Threshold
rule-format = Technical format
rule-source = Source
rule-confidence = Confidence
rule-id = Identifier
rule-exceptions = Exceptions
rule-conflicts = Conflicts with
rule-related = The same kind of obligation elsewhere
rule-summary = What it requires
rule-exception = Exception
proof-met = met
proof-not-met = not met
proof-unknown = not known
proof-all = all of these
proof-any = any of these
proof-not = not
proof-value = answer:
proof-answer = Answer: { $question }

## Rules: instruments, convergence, timeline
inst-status-in-force = In force
inst-status-bill = Bill
inst-status-voluntary = Voluntary
inst-status-repealed = Repealed
instruments-lead = The laws, bills and frameworks in this node's rule corpus, each rule cited to its article and source.
instruments-rules = { $count ->
    [one] 1 rule
   *[other] { $count } rules
}
instruments-uncertain = { $count ->
    [one] 1 uncertain
   *[other] { $count } uncertain
}
instrument-status = Status
convergence-lead = Each kind of obligation across the jurisdictions that have it: where they converge, and whether they diverge on threshold, scope, deadline, technical format, or conflict outright.
convergence-col-rules = Rules
convergence-aligned = Aligned
convergence-single = Kinds found in one jurisdiction only
divergence-threshold = Threshold
divergence-trigger-scope = Trigger or scope
divergence-deadline = Deadline
divergence-technical-format = Technical format
divergence-normative-conflict = Normative conflict
timeline-lead = The dates on which rules start or stop applying, and dates that amendments moved. Today is { $date }.
timeline-starts = starts to apply
timeline-starts-some = starts to apply for some systems
timeline-ends = stops applying
timeline-moved = date moved to { $date } by { $by }

## Rules: jurisdictions and markets (codes stay as they are; only the names are translated)
jur-EU = European Union
jur-CN = China
jur-US = United States
jur-US-CA = California (United States)
jur-US-CO = Colorado (United States)
jur-US-TX = Texas (United States)
jur-US-NY = New York State (United States)
jur-US-NYC = New York City (United States)
jur-US-UT = Utah (United States)
jur-US-IL = Illinois (United States)
jur-KR = Republic of Korea
jur-JP = Japan
jur-BR = Brazil
jur-UK = United Kingdom
jur-CA = Canada
jur-INTL = International
jur-AE = United Arab Emirates
jur-AR = Argentina
jur-AT = Austria
jur-AU = Australia
jur-BE = Belgium
jur-CH = Switzerland
jur-CL = Chile
jur-CZ = Czechia
jur-DE = Germany
jur-DK = Denmark
jur-EE = Estonia
jur-EG = Egypt
jur-ES = Spain
jur-FI = Finland
jur-FR = France
jur-GB = United Kingdom
jur-GR = Greece
jur-HK = Hong Kong SAR, China
jur-HU = Hungary
jur-ID = Indonesia
jur-IE = Ireland
jur-IL = Israel
jur-IN = India
jur-IR = Iran (Islamic Republic of)
jur-IS = Iceland
jur-IT = Italy
jur-LU = Luxembourg
jur-MX = Mexico
jur-MY = Malaysia
jur-NL = Netherlands (Kingdom of the)
jur-NO = Norway
jur-NZ = New Zealand
jur-PK = Pakistan
jur-PL = Poland
jur-PT = Portugal
jur-QA = Qatar
jur-RO = Romania
jur-RU = Russian Federation
jur-SA = Saudi Arabia
jur-SE = Sweden
jur-SG = Singapore
jur-TH = Thailand
jur-TR = Türkiye
jur-TW = Taiwan Province of China
jur-UA = Ukraine
jur-VN = Viet Nam
jur-ZA = South Africa

## Rules: the questions, one per fact of the profile vocabulary
q-markets = Where is the system or model placed on the market, put into service, or its output used?
q-markets-hint = Choose all that apply. A law can reach a provider established elsewhere when the system or its output is used on its territory. For the United States, also choose each state or city concerned.
q-established-in = Where is the provider or developer established?
q-established-in-hint = Where it has its registered office or legal establishment. Providers established outside the EU or Korea may have to appoint a local representative.
q-roles = What is your organisation's role for this system or model?
q-roles-hint = Choose all that apply. Laws name the actors differently; each option says which law uses the term.
q-artifact = Is it an AI system, a general-purpose AI model, or both?
q-artifact-hint = The model is the trained component, such as the weights. The system is the product or service built on a model that people use.
q-general-purpose = Is the model a general-purpose AI model?
q-general-purpose-hint = A model that displays significant generality and can competently perform a wide range of distinct tasks (EU AI Act, Art. 3(63)). California and New York law speak of a foundation model.
q-training-flop = How much compute was used to train the model, in FLOP?
q-training-flop-hint = Cumulative, including fine-tuning and reinforcement learning. For example 3e25 or 3 × 10^25.
q-foss-licence = Is the model released under a free and open-source licence, with its weights, architecture and usage information made public?
q-foss-licence-hint = The licence must allow access, use, modification and distribution of the model (EU AI Act, Art. 53(2)).
q-open-weights = Can anyone download the model's weights?
q-open-weights-hint = Whatever the licence. This is broader than a free and open-source licence.
q-generative = Does the system generate synthetic content, such as text, images, audio or video?
q-output-modalities = What kinds of content does the system generate?
q-output-modalities-hint = Choose all that apply.
q-interacts-with-people = Is the system designed to interact directly with people, for example as a chatbot or voice assistant?
q-offered-to-public = Is the service offered to the public?
q-offered-to-public-hint = As opposed to research and development, or internal use within an organisation. China's rules apply to services offered to the public within the People's Republic of China.
q-deepfake-publication = Do you publish image, audio or video content generated or manipulated by AI that resembles real people, objects, places or events (deep fakes)?
q-deepfake-publication-hint = A deep fake is content that would falsely appear to a person to be authentic or truthful (EU AI Act, Art. 3(60)).
q-public-interest-text = Do you publish text generated or manipulated by AI to inform the public on matters of public interest?
q-public-interest-text-hint = For example news. The EU duty does not apply where the text has undergone human review or editorial control and a person holds editorial responsibility for it.
q-emotion-recognition = Does the system identify or infer people's emotions or intentions from their biometric data?
q-emotion-recognition-hint = Emotion recognition (EU AI Act, Art. 3(39)), for example from facial expressions or voice.
q-biometric-categorisation = Does the system assign people to categories on the basis of their biometric data?
q-biometric-categorisation-hint = Biometric categorisation (EU AI Act, Art. 3(40)), for example by age or sex from an image of the face.
q-remote-biometric-id = Does the system identify people at a distance from their biometric data, and if so, when?
q-remote-biometric-id-hint = Remote biometric identification compares a person's biometric data, such as the face, with a reference database, without the person's active involvement. Checking that a person is who they claim to be does not count.
q-purposes = What is the system intended to be used for?
q-purposes-hint = Choose all that apply. The EU codes are the points of Annex III of the EU AI Act; the other options are the areas named in US, Korean and Utah law.
q-safety-component-of = Is the system a product, or a safety component of a product, covered by any of this EU product legislation?
q-safety-component-of-hint = EU AI Act, Annex I, Section A. A safety component protects health or safety, or its failure would endanger them.
q-third-party-ca-required = Must the product undergo a third-party conformity assessment under that legislation?
q-third-party-ca-required-hint = An assessment by a notified body, not by the manufacturer itself (EU AI Act, Art. 6(1)(b)).
q-art6-3-condition = Which ground of Article 6(3) of the EU AI Act, if any, applies to your Annex III system?
q-art6-3-condition-hint = A system listed in Annex III is not high-risk if it poses no significant risk of harm to health, safety or fundamental rights and one of these grounds applies. A system that profiles people is always high-risk. The assessment must be documented before the system is placed on the market.
q-profiling = Does the system profile people?
q-profiling-hint = Profiling is the automated processing of personal data to evaluate personal aspects of a person, such as work performance, economic situation, health, preferences, reliability, behaviour or location (GDPR, Art. 4(4), to which the EU AI Act refers).
q-deployer-kind = What kind of organisation uses the system?
q-deployer-kind-hint = This decides, for example, who must carry out a fundamental rights impact assessment in the EU, and which duties apply to government agencies in Texas.
q-revenue-usd-prev-year = What was the developer's annual gross revenue in the preceding year, in US dollars?
q-revenue-usd-prev-year-hint = Including affiliates. California and New York set further duties for frontier developers with more than 500 million dollars. For example 5e8 or 500000000.
q-turnover-eur = What is your organisation's total worldwide annual turnover, in euros?
q-turnover-eur-hint = For the preceding financial year. EU fines are capped at a fixed amount or a percentage of this turnover. For example 2e9.
q-sme = Is your organisation a small or medium-sized enterprise (SME), including a start-up?
q-sme-hint = EU definition: fewer than 250 staff, and an annual turnover of at most 50 million euros or a balance sheet total of at most 43 million euros.
q-smc = Is your organisation a small mid-cap enterprise (SMC)?
q-smc-hint = An enterprise too large to be an SME, with fewer than 750 staff and an annual turnover of at most 150 million euros or a balance sheet total of at most 129 million euros. Since 2026 the EU AI Act extends some SME relief to them.
q-monthly-users-ca = How many monthly visitors or users does your generative AI system have?
q-monthly-users-ca-hint = California's AI Transparency Act (SB 942) covers providers whose system is publicly accessible in California and has more than 1,000,000 monthly visitors or users. For example 1200000.
q-kr-total-revenue-krw = What was your total revenue in the previous year, in Korean won?
q-kr-total-revenue-krw-hint = For the whole company. Under Korea's AI Basic Act, an operator without an address or office in Korea must designate a domestic agent above 1 trillion won. For example 2e12.
q-kr-ai-revenue-krw = What was your revenue from AI services in the previous year, in Korean won?
q-kr-ai-revenue-krw-hint = The Korean domestic agent threshold for this revenue is 10 billion won. For example 1e10.
q-kr-daily-users = How many users in Korea does the service have per day, on average?
q-kr-daily-users-hint = The daily average over the previous three months. The Korean domestic agent threshold is 1 million users. For example 1500000.
q-cn-public-opinion-attr = Does the service have public opinion attributes or social mobilisation capacity, in the sense of Chinese law?
q-cn-public-opinion-attr-hint = In Chinese, 具有舆论属性或者社会动员能力. It covers forums, blogs, microblogs, chat rooms, group messaging, public accounts, short video, live streaming, information sharing and similar services, and any other service that gives the public a channel to express opinions or can mobilise the public. Such services need a security assessment and algorithm filing.
q-cn-recommendation-algo = Does the service use algorithmic recommendation technology to provide information to users in China?
q-cn-recommendation-algo-hint = Generation and synthesis, personalised push, ranking and selection, search and filtering, or scheduling and decision-making algorithms (Provisions on the Administration of Algorithmic Recommendation for Internet Information Services, Art. 2).
q-cn-deep-synthesis = Does the service use deep synthesis technology?
q-cn-deep-synthesis-hint = Technology that uses deep learning, virtual reality or other generation and synthesis algorithms to produce text, images, audio, video, virtual scenes or other online information (China's Provisions on the Administration of Deep Synthesis of Internet Information Services, Art. 23).
q-cn-anthropomorphic = Does the service simulate a human personality and engage users in sustained emotional interaction?
q-cn-anthropomorphic-hint = Anthropomorphic AI interaction services under China's 2026 Interim Measures, such as AI companions or emotional support. Customer service, question answering, work assistants and education or research tools without sustained emotional interaction are not covered.
q-minors-users = Are there minors among the users?
q-minors-users-hint = People under 18.
q-companion-chatbot = Is the system a companion chatbot?
q-companion-chatbot-hint = An AI system with a natural-language interface that gives adaptive, human-like responses and can meet a user's social needs, including by sustaining a relationship across several interactions (California SB 243). Bots used only for customer service or business operations are not covered.
q-signatory-of = Has your organisation signed any of these voluntary commitments?
q-placed-on-market = When was the system or model first placed on the market or put into service?
q-placed-on-market-hint = A date like 2026-03-01 (year-month-day). Systems and models already on the market before certain dates have transition periods.

## Rules: the questions about what the system is designed or used to do (prohibitions)
q-intent-authorised-strictly-necessary-use = Is the real-time remote biometric identification used only where authorised and strictly necessary for one of the objectives that the EU AI Act allows?
q-intent-authorised-strictly-necessary-use-hint = The targeted search for victims of abduction, trafficking or sexual exploitation and for missing persons; preventing a specific, substantial and imminent threat to life or a terrorist attack; locating or identifying suspects of serious crimes. Prior authorisation by a judicial or independent administrative authority is required (Art. 5(1)(h) and 5(2)–(7)).
q-intent-autonomous-weapons = Is the system designed or used as an autonomous weapon system?
q-intent-autonomous-weapons-hint = A weapon that selects and engages targets without human intervention.
q-intent-biometric-id-without-consent = Is the system designed or used to identify specific individuals from their biometric data without their consent?
q-intent-csam = Is the system designed or used to produce or spread child sexual abuse material?
q-intent-discriminate = Is the system designed or used with the intent to discriminate unlawfully against a protected class?
q-intent-discriminate-hint = Texas law requires intent: a disparate impact alone does not show it.
q-intent-exploit-vulnerabilities = Is the system designed or used to exploit people's vulnerabilities due to their age, disability or social or economic situation, distorting their behaviour in a way that causes or is likely to cause significant harm?
q-intent-incite-crime = Is the system designed or used to incite or encourage people to engage in criminal activity?
q-intent-incite-harm-others = Is the system designed or used to incite or encourage people to harm another person?
q-intent-infer-sensitive-traits = Is the system designed or used to infer people's race, political opinions, trade union membership, religious or philosophical beliefs, sex life or sexual orientation from their biometric data?
q-intent-infringe-constitutional-rights = Is the system designed or used with the intent to infringe, restrict or impair rights guaranteed by the United States Constitution?
q-intent-label-lawful-biometric-datasets = Is the biometric categorisation used only to label or filter lawfully acquired biometric datasets, such as images?
q-intent-label-lawful-biometric-datasets-hint = An exception to the EU prohibition of biometric categorisation by sensitive traits (EU AI Act, Art. 5(1)(g)).
q-intent-law-enforcement-public-spaces = Is the real-time remote biometric identification used for law enforcement in publicly accessible spaces?
q-intent-manipulate-self-harm = Is the system designed or used to incite or encourage people to harm themselves, including suicide?
q-intent-medical-or-safety = Is the emotion recognition put in place or placed on the market for medical or safety reasons?
q-intent-medical-or-safety-hint = An exception to the EU prohibition of emotion recognition in the workplace and in education institutions (EU AI Act, Art. 5(1)(f)).
q-intent-ncii-generation = Does the system generate non-consensual intimate images, video or audio of identifiable people, or child sexual abuse material, or is such output reasonably foreseeable because adequate safeguards are missing?
q-intent-ncii-generation-hint = Prohibited in the EU from 2026-12-02 (EU AI Act as amended by Regulation (EU) 2026/1744).
q-intent-predict-crime-from-profiling = Is the system designed or used to assess or predict the risk that a person will commit a criminal offence, based solely on profiling or on their personality traits?
q-intent-predict-crime-from-profiling-hint = Not prohibited where it supports a human assessment based on objective and verifiable facts directly linked to a criminal activity (EU AI Act, Art. 5(1)(d)).
q-intent-produce-csam-ncii = Is the system designed or used to produce or distribute child sexual abuse material or unlawful sexually explicit deep fakes?
q-intent-social-scoring = Is the system designed or used for social scoring, that is, evaluating or classifying people over time on their social behaviour or personal characteristics, leading to detrimental or unfavourable treatment?
q-intent-subliminal-manipulation = Is the system designed or used to deploy subliminal, purposefully manipulative or deceptive techniques that materially distort people's behaviour and cause, or are likely to cause, significant harm?
q-intent-untargeted-facial-scraping = Is the system designed or used to create or expand facial recognition databases through the untargeted scraping of facial images from the internet or CCTV footage?

## Rules: answer options (codes stay as they are; only the labels are translated)
opt-roles-provider = Provider: develops a system or model, or has it developed, and places it on the market or puts it into service under its own name (EU)
opt-roles-deployer = Deployer: uses an AI system under its own authority in a professional activity
opt-roles-importer = Importer: places on the EU market a system bearing the name of a provider established outside the EU
opt-roles-distributor = Distributor: makes a system available on the market, other than the provider or importer
opt-roles-product-manufacturer = Product manufacturer: places on the market a product with the AI system inside it, under its own name
opt-roles-developer = Developer (United States: develops or substantially modifies an AI system)
opt-roles-frontier-developer = Frontier developer (California and New York: has trained a frontier model)
opt-roles-service-provider = Service provider (China: generative AI service provider)
opt-roles-content-platform = Content dissemination platform (China)
opt-roles-app-store = App distribution platform (China)
opt-roles-employer = Employer
opt-roles-employment-agency = Employment agency
opt-roles-business-operator = AI business operator (Korea)
opt-roles-federal-agency = US federal agency
opt-roles-state-party = Party to a treaty (a state or the European Union)
opt-artifact-ai-system = An AI system
opt-artifact-gpai-model = A general-purpose AI model
opt-artifact-both = Both: a model and a system built on it
opt-remote-biometric-id-none = No
opt-remote-biometric-id-post = Yes, after the event (post remote biometric identification)
opt-remote-biometric-id-real-time = Yes, in real time
opt-deployer-kind-public-authority = A public authority or a body governed by public law
opt-deployer-kind-private-public-service = A private entity providing public services
opt-deployer-kind-private = Another private organisation
opt-output-modalities-text = Text
opt-output-modalities-image = Images
opt-output-modalities-audio = Audio
opt-output-modalities-video = Video
opt-output-modalities-virtual-scene = Virtual scenes
opt-purposes-eu-a3-1a = EU Annex III 1(a): remote biometric identification
opt-purposes-eu-a3-1b = EU Annex III 1(b): biometric categorisation by sensitive or protected attributes
opt-purposes-eu-a3-1c = EU Annex III 1(c): emotion recognition
opt-purposes-eu-a3-2 = EU Annex III 2: safety component of critical infrastructure (digital infrastructure, road traffic, water, gas, heating, electricity)
opt-purposes-eu-a3-3a = EU Annex III 3(a): access, admission or assignment to education and vocational training
opt-purposes-eu-a3-3b = EU Annex III 3(b): evaluating learning outcomes
opt-purposes-eu-a3-3c = EU Annex III 3(c): assessing the level of education a person will receive or can access
opt-purposes-eu-a3-3d = EU Annex III 3(d): monitoring students for prohibited behaviour during tests
opt-purposes-eu-a3-4a = EU Annex III 4(a): recruitment and selection
opt-purposes-eu-a3-4b = EU Annex III 4(b): decisions on work relationships, task allocation, and monitoring of workers
opt-purposes-eu-a3-5a = EU Annex III 5(a): eligibility for essential public assistance benefits and services, including health care
opt-purposes-eu-a3-5b = EU Annex III 5(b): creditworthiness and credit scoring of individuals (not fraud detection)
opt-purposes-eu-a3-5c = EU Annex III 5(c): risk assessment and pricing in life and health insurance
opt-purposes-eu-a3-5d = EU Annex III 5(d): emergency calls, dispatch of emergency services, and patient triage
opt-purposes-eu-a3-6a = EU Annex III 6(a): law enforcement: risk of a person becoming a victim of crime
opt-purposes-eu-a3-6b = EU Annex III 6(b): law enforcement: polygraphs and similar tools
opt-purposes-eu-a3-6c = EU Annex III 6(c): law enforcement: reliability of evidence
opt-purposes-eu-a3-6d = EU Annex III 6(d): law enforcement: risk of offending or re-offending, personality traits or past criminal behaviour
opt-purposes-eu-a3-6e = EU Annex III 6(e): law enforcement: profiling in the detection, investigation or prosecution of crime
opt-purposes-eu-a3-7a = EU Annex III 7(a): migration and border control: polygraphs and similar tools
opt-purposes-eu-a3-7b = EU Annex III 7(b): migration and border control: security, irregular migration or health risks posed by a person
opt-purposes-eu-a3-7c = EU Annex III 7(c): examining applications for asylum, visas and residence permits
opt-purposes-eu-a3-7d = EU Annex III 7(d): migration and border control: detecting, recognising or identifying people (not checking travel documents)
opt-purposes-eu-a3-8a = EU Annex III 8(a): assisting courts or alternative dispute resolution in researching and interpreting facts and law
opt-purposes-eu-a3-8b = EU Annex III 8(b): influencing the outcome of elections or referendums, or voting behaviour
opt-purposes-employment = Employment: hiring, promotion, dismissal and other decisions about workers
opt-purposes-lending = Lending and credit
opt-purposes-housing = Housing
opt-purposes-insurance = Insurance
opt-purposes-health-care = Health care
opt-purposes-education = Education: admission, assessment, or use in educational institutions
opt-purposes-gov-services = Essential government services and public benefits
opt-purposes-legal = Legal services
opt-purposes-workplace = Use in the workplace
opt-purposes-regulated-occupation = Services in a licensed, state-regulated occupation, such as medicine or law (Utah)
opt-purposes-ut-high-risk-interaction = High-risk AI interaction: collecting sensitive personal information and giving personalised advice on financial, legal, medical or mental health decisions (Utah)
opt-purposes-kr-hi-energy = Korea, high-impact AI: supply of energy
opt-purposes-kr-hi-drinking-water = Korea, high-impact AI: production of drinking water
opt-purposes-kr-hi-medical-device = Korea, high-impact AI: medical devices and digital medical products
opt-purposes-kr-hi-nuclear = Korea, high-impact AI: management and operation of nuclear materials and facilities
opt-purposes-kr-hi-criminal-biometrics = Korea, high-impact AI: analysis and use of biometric information in criminal investigations or arrests
opt-purposes-kr-hi-transport = Korea, high-impact AI: operation of means, facilities and systems of transport
opt-purposes-kr-hi-decree = Korea, high-impact AI: another area set by Presidential Decree
opt-safety-component-of-eu-a1-toys = Toys (Directive 2009/48/EC)
opt-safety-component-of-eu-a1-recreational-craft = Recreational craft and personal watercraft (Directive 2013/53/EU)
opt-safety-component-of-eu-a1-lifts = Lifts (Directive 2014/33/EU)
opt-safety-component-of-eu-a1-atex = Equipment for potentially explosive atmospheres, ATEX (Directive 2014/34/EU)
opt-safety-component-of-eu-a1-radio-equipment = Radio equipment (Directive 2014/53/EU)
opt-safety-component-of-eu-a1-pressure-equipment = Pressure equipment (Directive 2014/68/EU)
opt-safety-component-of-eu-a1-cableways = Cableway installations (Regulation (EU) 2016/424)
opt-safety-component-of-eu-a1-ppe = Personal protective equipment (Regulation (EU) 2016/425)
opt-safety-component-of-eu-a1-gas-appliances = Appliances burning gaseous fuels (Regulation (EU) 2016/426)
opt-safety-component-of-eu-a1-medical-devices = Medical devices (Regulation (EU) 2017/745)
opt-safety-component-of-eu-a1-ivd-medical-devices = In vitro diagnostic medical devices (Regulation (EU) 2017/746)
opt-art6-3-condition-a = (a) It performs a narrow procedural task
opt-art6-3-condition-b = (b) It improves the result of a previously completed human activity
opt-art6-3-condition-c = (c) It detects decision-making patterns or deviations from prior patterns, and does not replace or influence the human assessment without proper human review
opt-art6-3-condition-d = (d) It performs a preparatory task to an assessment relevant to the uses listed in Annex III
opt-signatory-of-intl-seoul-commitments = Frontier AI Safety Commitments (AI Seoul Summit, 2024)

## Rules: kinds of obligation (shared across jurisdictions)
kindt-disclosure-ai-interaction = Tell people they are interacting with AI
kindt-content-marking-machine-readable = Machine-readable marking of AI-generated content (watermarks, metadata, provenance)
kindt-content-label-visible = Visible labels on AI-generated or manipulated content
kindt-prohibition-csam-ncii = Prohibited: child sexual abuse material and non-consensual intimate imagery
kindt-prohibition-social-scoring = Prohibited: social scoring
kindt-prohibition-manipulation = Prohibited: manipulation and exploitation of vulnerabilities
kindt-compute-threshold = Notification or classification when training compute crosses a threshold
kindt-frontier-safety-framework-publish = Write and publish a frontier safety framework
kindt-incident-report = Report serious or safety incidents to an authority
kindt-registration-filing = Register or file with an authority (database, algorithm filing)
kindt-training-data-transparency = Disclose or explain training data
kindt-copyright-policy = Respect copyright and text-and-data-mining reservations
kindt-open-source-treatment = Special treatment of open-source models and systems
kindt-high-risk-employment = Duties for AI used in hiring and employment decisions
kindt-high-risk-credit-insurance = Duties for AI used in credit and insurance decisions
kindt-authorised-representative = Appoint a local representative or agent
kindt-content-values-alignment = Outputs must conform to prescribed values or neutrality principles
kindt-minors-protection = Protect minors among users
kindt-preemption = Pre-emption of other rules (contested or settled)
kindt-literacy-staff = AI literacy of staff and operators
kindt-documentation-technical = Technical documentation for authorities
kindt-documentation-downstream = Information for downstream providers and deployers
kindt-risk-systemic-evaluation = Evaluate frontier or systemic-risk models (incl. adversarial testing)
kindt-risk-systemic-mitigation = Assess and mitigate systemic or catastrophic risks
kindt-security-cyber = Cybersecurity of models, weights and infrastructure
kindt-disclosure-biometric-exposure = Inform people exposed to emotion recognition or biometric categorisation
kindt-disclosure-automated-decision = Notice and explanation to people subject to automated or AI-assisted decisions
kindt-prohibition-biometric = Prohibited biometric practices (categorisation by sensitive traits, real-time remote identification, facial scraping)
kindt-prohibition-emotion-recognition = Prohibited: emotion recognition in workplaces or education
kindt-prohibition-predictive-policing = Prohibited: predicting crime from profiling or personality traits alone
kindt-prohibition-discrimination = Prohibited: unlawful discrimination by AI
kindt-high-risk-risk-management = Risk management system for high-risk or high-impact AI
kindt-high-risk-data-governance = Data governance and bias examination for high-risk AI
kindt-high-risk-record-keeping = Logging and record keeping for high-risk AI
kindt-high-risk-human-oversight = Human oversight of high-risk or high-impact AI
kindt-high-risk-accuracy-robustness = Accuracy, robustness and cybersecurity of high-risk AI
kindt-high-risk-quality-management = Quality management system
kindt-high-risk-conformity-assessment = Conformity assessment, declaration and marking before placing on the market
kindt-high-risk-post-market-monitoring = Post-market monitoring
kindt-high-risk-deployer-use = Deployer duties when using high-risk or high-impact AI
kindt-high-risk-supply-chain = Importer and distributor checks
kindt-impact-assessment = Impact assessment before use (fundamental rights, algorithmic, high-impact)
kindt-bias-audit = Independent bias audit
kindt-security-assessment = Security assessment by or for an authority before launch
kindt-content-moderation = Handle illegal or harmful content generated or spread by the service
kindt-user-rights = User rights: complaints, opt-outs, explanation, data protection
kindt-user-dependency-safeguards = Safeguards against dependency, self-harm and emotional manipulation by companion or anthropomorphic AI
kindt-governance-cooperation = Duties to cooperate with authorities or support policy (incl. government duties and promotion measures)
kindt-whistleblower-protection = Protect employees who report risks
kindt-prohibition-rights-infringement = Prohibited: AI developed or deployed to infringe constitutional or fundamental rights
kindt-prohibition-label-tampering = Prohibited: removing, altering, forging or concealing AI-content labels or marks (or offering tools for it)
kindt-user-real-identity = Verify users' real identity before providing the service
kindt-frontier-transparency-report = Publish a transparency report or model card when deploying a frontier model
kindt-high-risk-classification = Assess in advance whether a system falls in a high-risk or high-impact category (self-classification, confirmation requests)
kindt-prohibition-autonomous-weapons = Prohibited: autonomous weapon systems

## Rules: saved assessments
rules-nav-saved = Saved assessments
saved-title = Saved assessments
saved-lead = Assessments members have saved. Each is published as a signed record in the transparency log: the profile, the date, and digests of the corpus and of the result.
saved-none = No assessment has been saved yet.
saved-caption = Saved assessment
saved-by = Saved by
saved-at = Saved on
saved-record = Signed record
saved-record-link = See it in the transparency log
saved-as-saved = The result as saved
saved-corpus-changed = The rule corpus has changed since this assessment was saved. The result below is computed with today's corpus; the result as saved is in the signed record and its JSON.
inst-status-adopted = Adopted, not yet in force
rules-see-results-now = See the results now (questions not answered stay unknown)

## Registry
registry-lead = Models and systems: who built them, from which base, under which licence, with how much training compute — and the obligations each one triggers.
registry-nav-list = Models and systems
registry-nav-compute = Training compute over time
registry-search = Search
registry-any = Any
registry-apply = Apply filters
registry-clear = Clear filters
registry-filter-kind = Kind
registry-filter-organisation = Organisation
registry-filter-country = Country of the developer
registry-filter-licence = Licence
registry-filter-modality = Modality
registry-filter-min-flop = Training compute at least
registry-filter-max-flop = Training compute at most
registry-filter-open-weights = Open weights
registry-sort = Sort by
registry-sort-relevance = Best match
registry-sort-name = Name
registry-sort-released = Newest first
registry-sort-compute = Most compute first
registry-results = { $count ->
    [one] { $count } entry
   *[other] { $count } entries
}
registry-none = No entry matches these filters.
registry-pages = Pages of results
registry-prev = Previous page
registry-next = Next page
registry-col-name = Name
registry-col-developer = Developer
registry-col-licence = Licence
registry-col-base = Base model
registry-col-compute = Training compute (FLOP)
registry-col-released = Released
registry-kind-model = Model
registry-kind-system = System
registry-error-flop = Training compute must be a number of FLOP, such as 1e25.
registry-error-internal = Something went wrong on the server. Try again later.
registry-not-found = This entry is not in the registry
registry-version = Version
registry-history = History
registry-history-lead = Every version is a signed record in this node's transparency log. Newest first.
registry-signed-record = Signed record
registry-signed-by = signed by
registry-signed-by-node = this node
registry-log-entry = Log entry
registry-changed = Changed:
registry-card-digest = Card SHA-256:
registry-action-registry-register = Registered
registry-action-registry-revise = Revised
registry-field-developer = Developer
registry-field-country = Country
registry-field-released = Released
registry-field-modalities = Modalities
registry-field-parameters = Parameters
registry-field-active-parameters = Active parameters (mixture of experts)
registry-field-context = Context length (tokens)
registry-field-training-data = Training data
registry-field-tokens = Training tokens
registry-field-open-weights = Open weights
registry-field-accessibility = Accessibility
registry-field-pipeline = Task (pipeline tag)
registry-field-languages = Languages
registry-field-datasets = Datasets
registry-field-tags = Tags
registry-field-results = Evaluation results (from the card)
registry-field-built-on = Built on
registry-source-manual = registered by a member
registry-source-card = from the model card
registry-source-epoch = from Epoch AI
registry-licence = Licence
registry-licence-class-accessibility = class from Epoch AI's accessibility; the licence itself is not known
registry-licence-inferred = Read from the card's text
registry-licence-unknown = The licence is not stated, or this node's licence table does not know it. Check the model's repository before relying on it.
registry-licence-source = Licence text:
licence-class-open = Open source
licence-class-open-restricted = Open, with restrictions
licence-class-non-commercial = Non-commercial
licence-class-proprietary = Proprietary
licence-class-unknown = Unknown licence
licence-dim-weights = Weights
licence-dim-commercial-use = Commercial use
licence-dim-use-restrictions = Use restrictions
licence-dim-changes = Changes and derivatives
licence-dim-attribution = Attribution
licence-dim-training-data = Training data
licence-dim-code = Code
registry-compute = Training compute
registry-compute-cumulative = cumulative: the base model's training plus fine-tuning
registry-compute-method = Method
registry-compute-confidence = Confidence
registry-compute-own = This model's own training
registry-compute-chain = Added up along
registry-compute-provenance = How the figure was obtained
registry-compute-unknown = No training-compute figure is known for this entry.
compute-method-reported = Reported by the developer
compute-method-operation-counting = Estimated as 6 × parameters × tokens
compute-method-hardware = Estimated from hardware (accelerator-hours × peak × utilisation)
compute-method-third-party = Estimated by a third party
compute-method-other = Other method
compute-confidence-confident = Confident (within about 3×)
compute-confidence-likely = Likely (within about 10×)
compute-confidence-speculative = Speculative (within about 30×)
compute-confidence-unknown = Not stated
compute-in-parameters = Parameters
compute-in-tokens = Training tokens
compute-in-accelerator = Accelerator
compute-in-count = Number of accelerators
compute-in-hours = Training time (hours)
compute-in-accelerator-hours = Accelerator-hours
compute-in-peak = Peak FLOP/s per accelerator
compute-in-utilisation = Utilisation
compute-in-finetune = Fine-tuning compute (FLOP)
registry-lineage = Lineage
registry-lineage-none = No base model or derivative is known.
registry-bases = Based on
registry-derivatives = Derived models
registry-inferred = Inferred
relation-finetune = fine-tune
relation-adapter = adapter
relation-merge = merge
relation-quantized = quantised
relation-unknown = relation not stated
edge-source-card-front-matter = card metadata
edge-source-inferred = inferred from the card's text
edge-source-epoch = Epoch AI
edge-source-manual = registered by a member
registry-obligations = Obligations across jurisdictions
registry-obligations-lead = What the rules corpus says for this entry, from the facts the registry holds. Facts it does not hold stay unknown, so rules that depend on them show as "may apply".
registry-markets = Where is it offered?
registry-markets-all = Assumed: offered in every jurisdiction the rules cover. Choose some to narrow it down.
registry-markets-some = Only the jurisdictions ticked.
registry-markets-apply = Show obligations
registry-profile = Facts used for the assessment
registry-because-assumed-markets = assumed
registry-because-developer = as the developer
registry-because-kind = kind of entry
registry-because-pipeline-tag = from the card's task
registry-because-compute = from the training compute
registry-because-accessibility = from the accessibility
registry-because-licence = from the licence
registry-because-release-date = from the release date
registry-obligations-missing = { $count ->
    [one] { $count } rule may apply: it depends on facts the registry does not hold.
   *[other] { $count } rules may apply: they depend on facts the registry does not hold.
}
registry-answer-questions = Answer the questions
registry-full-result = Open the full assessment
registry-transparency = Transparency
registry-transparency-none = The Foundation Model Transparency Index has not scored this developer.
registry-transparency-source = Scores of the developer in the Foundation Model Transparency Index (Stanford CRFM, CC BY 4.0).
registry-transparency-edition = Edition
registry-transparency-score = Score
registry-transparency-domains = By domain
registry-sources = Sources
registry-card = Model card
registry-card-hint = As published by the developer. Scripts, images and links to this site are removed.
registry-card-truncated = The card is longer than shown here.
registry-compute-title = Training compute over time
registry-compute-lead = { $count ->
    [one] { $count } model with a known training compute and release date.
   *[other] { $count } models with a known training compute and release date.
}
registry-compute-caption = Each point is a model released since 2010 (log scale); the table below lists every model. Dashed lines are thresholds set by the rules corpus.
registry-compute-empty = No model has both a training-compute figure and a release date yet.
registry-compute-table = The data as a table
registry-thresholds = Thresholds in the rules
registry-thresholds-hint = From the rules corpus: each names the instrument that sets it.
modality-text = Text
modality-image = Image
modality-audio = Audio
modality-video = Video
modality-multimodal = Multimodal
modality-code = Code
modality-games = Games
modality-biology = Biology
modality-robotics = Robotics
modality-recommendation = Recommendation
modality-mathematics = Mathematics
modality-medicine = Medicine
modality-driving = Driving
modality-search = Search
modality-earth-science = Earth science
modality-materials-science = Materials science
modality-3d-modeling = 3D modelling
modality-other = Other

## Safety
safety-nav-list = Incidents
safety-nav-report = Report an incident
safety-nav-review = Review queue
safety-list-title = AI incidents
safety-list-lead = Incidents, hazards and vulnerabilities of AI systems, from public databases (AIID, AVID, MITRE ATLAS) and from the members. You see what your organisation may see; each record shows its TLP label.
safety-search-label = Search incidents and reports
safety-search-hint = In any language: words in Chinese, Arabic or French find the reports written in them.
safety-search-button = Search
safety-type = Show
safety-type-all = Incidents, and the reports your words find
safety-type-incident = Incidents only
safety-type-report = Reports only
safety-sort = Sort by
safety-sort-relevance = Relevance
safety-sort-newest = Newest first
safety-sort-oldest = Oldest first
safety-filters = Filters
safety-filters-selected = Selected filters
safety-filters-clear = Clear filters
safety-filter-selected = selected
safety-filter-remove = Remove filter:
safety-facet-kind = Kind of event
safety-facet-source = Source
safety-facet-year = Year
safety-facet-domain = Risk domain (MIT)
safety-facet-sector = Sector
safety-facet-severity = Severity
safety-facet-country = Country
safety-facet-entity = Organisations and systems involved
safety-facet-tlp = Handling (TLP)
safety-facet-status = Status
safety-facet-lang = Language of the report
safety-facet-more = { $count ->
    [one] Show { $count } more
   *[other] Show { $count } more
}
safety-results = { $count ->
    [one] { $count } result
   *[other] { $count } results
}
safety-none = Nothing matches. Try other words, or remove a filter.
safety-incident = Incident
safety-report = Report
safety-about-incident = About incident
safety-pages = Pages of results
safety-page = Page
safety-prev = Previous page
safety-next = Next page
safety-page-of = page { $page } of { $pages }
safety-charts = Charts of these results
safety-chart-years-title = Incidents per year, by risk domain
safety-chart-years-subtitle = Incidents with a risk domain of the MIT AI Risk Repository (as classified by the AI Incident Database): { $count } of { $total }. The columns show those; the table lists all.
safety-chart-years-desc = Columns by the year of the incident, each divided by risk domain. The table after the chart gives the same numbers.
safety-chart-no-domain = No risk domain
safety-chart-table = The data as a table
safety-chart-year = Year
safety-chart-total = Total
safety-chart-incidents = Incidents
safety-chart-sectors-title = Incidents by sector
safety-chart-sectors-subtitle = Incidents with a sector of deployment (CSETv1 classification): { $count } of { $total }. The ten largest sectors.
safety-chart-sources-title = Incidents by source
safety-domain-1 = Discrimination and toxicity
safety-domain-2 = Privacy and security
safety-domain-3 = Misinformation
safety-domain-4 = Malicious actors and misuse
safety-domain-5 = Human–computer interaction
safety-domain-6 = Socioeconomic and environmental harms
safety-domain-7 = AI system safety, failures and limitations
safety-kind-incident = Incident
safety-kind-hazard = Hazard
safety-kind-near-miss = Near miss
safety-kind-vulnerability = Vulnerability
safety-kind-exercise = Exercise or case study
safety-kind-incident-hint = Harm happened.
safety-kind-hazard-hint = Harm could plausibly happen (an AI hazard, in the OECD's words).
safety-kind-near-miss-hint = Harm was narrowly avoided.
safety-kind-vulnerability-hint = A weakness of a model or system that could be exploited.
safety-kind-exercise-hint = A red-team exercise, a demonstration or a case study.
safety-severity-hazard = Hazard
safety-severity-serious-hazard = Serious hazard
safety-severity-incident = Incident
safety-severity-serious-incident = Serious incident
safety-severity-disaster = Disaster
safety-severity-unknown = Not known
safety-source-aiid = AI Incident Database (AIID)
safety-source-avid = AI Vulnerability Database (AVID)
safety-source-atlas = MITRE ATLAS
safety-source-stix = STIX import
safety-source-member = Reported by members
safety-status-submitted = Submitted
safety-status-triaged = Triaged
safety-status-published = Published
safety-status-rejected = Rejected
safety-lang-ar = Arabic
safety-lang-zh = Chinese
safety-lang-en = English
safety-lang-fr = French
safety-lang-ru = Russian
safety-lang-es = Spanish
safety-lang-other = Another language (give its code below)
safety-role-deployer = Deployer
safety-role-developer = Developer
safety-role-harmed = Harmed or nearly harmed
safety-role-implicated-system = System involved
safety-role-choose = Choose a role
safety-distribution-organisation-only = The reporting organisation only
safety-distribution-community = All members of this node
safety-distribution-connected-communities = Members of this node and of connected nodes
safety-distribution-all = Everyone
safety-distribution-sharing-group = A sharing group
safety-distribution-organisation-only-hint = Only the people of the organisation that reported it.
safety-distribution-community-hint = Every member organisation of this node; not the public.
safety-distribution-connected-communities-hint = The members of this node and of the nodes it exchanges records with.
safety-distribution-all-hint = Anyone, the public included when the label is TLP:CLEAR.
safety-distribution-sharing-group-hint = The organisations of a named sharing group, chosen below.
safety-tlp-rule-clear = Disclosure is not limited: recipients may share it with anyone.
safety-tlp-rule-green = Limited disclosure: recipients may share it within their community, but not publicly.
safety-tlp-rule-amber = Limited disclosure: recipients may share it only within their organisation and with its clients, on a need-to-know basis.
safety-tlp-rule-amber-strict = Limited disclosure: recipients may share it only within their own organisation, on a need-to-know basis.
safety-tlp-rule-red = For the named recipients only: it must not be shared further.
safety-forward-amber = Do not forward beyond your organisation and its clients who need to know.
safety-forward-amber-strict = Do not forward beyond your organisation.
safety-forward-red = Do not forward beyond the named recipients: { $recipients }.
safety-recipients-unnamed = the people the source named
safety-shared-with = Shared with:
safety-shared-with-group = the sharing group { $group }
safety-shared-with-owner = { $organisation } only
safety-tlp-about = What the TLP labels mean (FIRST)
safety-facts = Facts
safety-field-date = Date
safety-field-kind = Kind of event
safety-field-severity = Severity
safety-field-countries = Countries
safety-field-sectors = Sectors
safety-field-models = Models and systems in the registry
safety-field-source = Source
safety-field-owner = Reported by
safety-field-handling = Handling
safety-field-shared = Shared with
safety-field-status = Status
safety-field-log = Transparency log
safety-version = version { $version }
safety-log-public = Every version is in the transparency log, with its content.
safety-log-digest = Verifiable in the transparency log; only a digest is public.
safety-log-entry = Latest log entry
safety-classifications = Classifications
safety-taxonomy-mit = MIT AI Risk Repository
safety-taxonomy-csetv1 = CSET AI Harm Taxonomy
safety-taxonomy-csetv0 = CSET taxonomy, first version
safety-taxonomy-gmf = Goals, Methods and Failures
safety-taxonomy-avid = AVID taxonomy
safety-taxonomy-atlas = MITRE ATLAS
safety-taxonomy-oecd = OECD AI incident framework
safety-links = Links and references
safety-reports-count = { $count ->
    [one] { $count } report
   *[other] { $count } reports
}
safety-reports-none = No report of this incident that you may see yet.
safety-report-issue = Issue report
safety-report-by = From
safety-report-source-link = Source
safety-duplicates = Merged into this incident
safety-duplicates-hint = These incidents describe the same event; their pages lead here.
safety-add-report = Add a report to this incident
safety-add-report-lead = A news article, an analysis, your organisation's own account. Reviewers check it before it is published.
safety-add-report-button = Send the report
safety-sign-in-to-add = Sign in to add a report
safety-report-added = Your report { $key } was sent. Reviewers will check it before it is published.
safety-field-report-title = Title of the report
safety-field-report-text = Text of the report
safety-field-report-url = Web address of the source (optional)
safety-field-optional-url = Starts with https://
safety-field-lang = Language it is written in
safety-field-lang-other = Code of another language (only for "Another language"), for example de or sw
safety-report-title = Report an incident
safety-report-lead = Tell the other members what happened. Reviewers check every report before it is published, and you choose below who may see it and how they may share it.
safety-report-sign-in-lead = Members report incidents after signing in, so that every report has an accountable source and a marking.
safety-report-sign-in = Sign in to report an incident
safety-section-what = What happened
safety-section-who = Who was involved
safety-section-who-hint = Optional. Organisations, people, groups or systems, each with its role.
safety-section-evidence = Evidence
safety-section-handling = Handling and sharing
safety-field-title = Title
safety-field-title-hint = One short sentence that says what happened, for example "Chatbot gave dangerous medical advice".
safety-field-description = Description
safety-field-description-hint = What happened, when, where, to whom, and what has been done since.
safety-field-date-optional = Date (optional)
safety-field-date-hint = The year, the month or the day: 2026, 2026-10 or 2026-10-14.
safety-field-countries-optional = Countries (optional)
safety-field-countries-hint = Two-letter codes separated by commas, for example FR, SN.
safety-field-severity-optional = Severity (optional)
safety-field-severity-hint = On the OECD's scale, from a hazard to a disaster.
safety-entity-legend = Party involved number { $n }
safety-field-entity-name = Name
safety-field-entity-role = Role
safety-field-references = References (optional)
safety-field-references-hint = Web addresses of articles or documents about it, one per line.
safety-field-tlp = How may recipients share it?
safety-field-tlp-hint = The Traffic Light Protocol label tells every recipient how far they may pass it on.
safety-field-distribution = Who receives it?
safety-field-distribution-hint = Who this node shows it to once it is published. A TLP label other than CLEAR always keeps it from the public.
safety-field-sharing-group = Sharing group
safety-field-sharing-group-hint = Only when "A sharing group" is chosen above.
safety-field-sharing-group-none = Your organisation is not in any sharing group.
safety-field-sharing-group-choose = Choose a sharing group
safety-report-button = Send the report
safety-error-title = Enter a title for the incident
safety-error-report-title = Enter a title for the report
safety-error-title-long = The title must be 300 characters or fewer
safety-error-description = Describe what happened
safety-error-text-long = The text must be 100,000 characters or fewer
safety-error-lang = Choose the language it is written in
safety-error-lang-other = Enter the code of the language, for example de or sw
safety-error-kind = Choose what kind of event it was
safety-error-date = Enter the date as a year, a month or a day, for example 2026, 2026-10 or 2026-10-14
safety-error-country = "{ $code }" is not a two-letter country code: enter codes such as FR or SN, separated by commas
safety-error-countries = Enter the countries as two-letter codes such as FR or SN, separated by commas
safety-error-severity = Choose a severity from the list
safety-error-entity-name = Enter the name of the party whose role you chose
safety-error-entity-role = Choose the role of { $name }
safety-error-entity-long = The name must be 200 characters or fewer
safety-error-reference = "{ $line }" is not a web address: enter one address starting with https:// per line
safety-error-references = Enter one web address starting with https:// per line
safety-error-url = Enter a web address starting with https://
safety-error-tlp = Choose how recipients may share it (a TLP label)
safety-error-distribution = Choose who receives it
safety-error-sharing-group = Choose the sharing group that receives it
safety-error-other = Check this answer: the node did not accept it
safety-submitted-title = Report sent
safety-submitted-key = Its reference is
safety-submitted-next = What happens next
safety-submitted-next-body = Reviewers among those who may see it will triage it, then publish or reject it. Until then only your organisation and those reviewers see it.
safety-submitted-open = Open the incident
safety-submitted-another = Report another incident
safety-similar = Incidents that may describe the same event
safety-similar-lead = Please check them. If one is the same event, add what you know to it as a report.
safety-similar-none = No incident that you may see looks like this one.
safety-similar-score = similarity { $score }%
safety-similar-method = Method:
safety-method-trigram = the share of three-character sequences the titles and descriptions have in common; the same date and parties in common add to the score.
safety-reason-text = { $percent }% of three-character sequences in common
safety-reason-date = same date ({ $date })
safety-reason-entities = parties in common: { $entities }
safety-review-title = Review queue
safety-review-lead = Submitted and triaged incidents and reports that you may review. Triage a record to show it is being looked at, publish it to share it with its audience, or reject it.
safety-review-incidents = { $count ->
    [one] { $count } incident to review
   *[other] { $count } incidents to review
}
safety-review-reports = { $count ->
    [one] { $count } report to review
   *[other] { $count } reports to review
}
safety-review-empty = Nothing to review.
safety-review-submitted = Submitted on
safety-review-similar = { $count ->
    [0] No similar incident
    [one] { $count } similar incident
   *[other] { $count } similar incidents
}
safety-decision-triage = Triage
safety-decision-publish = Publish
safety-decision-reject = Reject
safety-decision-reopen = Reopen
safety-review-done-triaged = { $key } was triaged.
safety-review-done-published = { $key } was published.
safety-review-done-rejected = { $key } was rejected.
safety-review-stale = { $key } was not changed: someone decided on it in the meantime. This is the queue as it is now.
safety-review-bad = This decision cannot be taken on this record.
safety-sector-agriculture-forestry-and-fishing = Agriculture, forestry and fishing
safety-sector-mining-and-quarrying = Mining and quarrying
safety-sector-manufacturing = Manufacturing
safety-sector-electricity-gas-steam-and-air-conditioning-supply = Electricity, gas and air conditioning supply
safety-sector-water-supply = Water supply
safety-sector-construction = Construction
safety-sector-wholesale-and-retail-trade = Wholesale and retail trade
safety-sector-transportation-and-storage = Transport and storage
safety-sector-accommodation-and-food-service-activities = Accommodation and food services
safety-sector-information-and-communication = Information and communication
safety-sector-financial-and-insurance-activities = Finance and insurance
safety-sector-real-estate-activities = Real estate
safety-sector-professional-scientific-and-technical-activities = Professional, scientific and technical activities
safety-sector-administrative-and-support-service-activities = Administrative and support services
safety-sector-public-administration = Public administration
safety-sector-defense = Defence
safety-sector-law-enforcement = Law enforcement
safety-sector-education = Education
safety-sector-human-health-and-social-work-activities = Health and social work
safety-sector-arts-entertainment-and-recreation = Arts, entertainment and recreation
safety-sector-other-service-activities = Other services
safety-sector-activities-of-households-as-employers = Households as employers
safety-sector-activities-of-extraterritorial-organizations-and-bodies = Extraterritorial organisations and bodies
safety-sector-health = Health
safety-sector-finance = Finance

## Resolutions: formal decisions of member bodies
nav-resolutions = Resolutions
resolutions-title = Resolutions
resolutions-lead = Formal decisions of member bodies: a draft text, amendments decided by the chair, a vote under the body’s rule and quorum, and the result published as a signed record. One member organisation, one vote.
resolutions-none = No resolutions yet.
resolutions-col-title = Title
resolutions-col-body = Body
resolutions-col-rule = Voting rule
resolutions-col-state = Stage
resolutions-col-organisation = Member
resolutions-col-vote = Vote
resolutions-col-members = Members
resolutions-col-explanation = Explanation of vote
resolutions-col-cast-by = Cast by
resolutions-col-time = Time
resolutions-state-draft = Draft
resolutions-state-voting = Voting open
resolutions-state-closed = Closed
resolutions-outcome-pending = Not decided yet
resolutions-outcome-adopted = Adopted
resolutions-outcome-rejected = Not adopted
resolutions-outcome-no-quorum = No quorum
resolutions-rule-name-simple-majority = Simple majority
resolutions-rule-name-two-thirds = Two-thirds majority
resolutions-rule-name-consensus = Consensus (silence procedure)
resolutions-rule-simple-majority = Simple majority: adopted when more members vote yes than no. Abstaining members are not counted as voting, and a tie means the text is not adopted.
resolutions-rule-two-thirds = Two-thirds majority: adopted when yes votes are at least two-thirds of the yes and no votes. Abstaining members are not counted as voting.
resolutions-rule-consensus = Consensus by silence procedure: adopted if no member objects within { $period } of the vote opening. A single objection means the text is not adopted.
resolutions-quorum-none = No quorum: the votes cast decide, however few.
resolutions-quorum-consensus = No quorum applies: under the silence procedure, silence is consent.
resolutions-quorum-members = At least { $count } of the { $total } members must vote (abstentions count).
resolutions-quorum-fraction = At least { $numerator }/{ $denominator } of the members must vote (abstentions count): { $count } of { $total }.
resolutions-quorum-status = Members who voted: { $present }; quorum: { $required }.
resolutions-count-required = Yes votes needed to adopt, given the votes cast: { $count }.
resolutions-count-not-voted = Not voted
resolutions-counts-caption = Votes by choice, out of the whole electorate
resolutions-duration-days = { $n ->
    [one] { $n } day
   *[other] { $n } days
}
resolutions-duration-hours = { $n ->
    [one] { $n } hour
   *[other] { $n } hours
}
resolutions-duration-minutes = { $n ->
    [one] { $n } minute
   *[other] { $n } minutes
}
resolutions-duration-seconds = { $n ->
    [one] { $n } second
   *[other] { $n } seconds
}
resolutions-electorate-count = { $count ->
    [one] { $count } member, one vote
   *[other] { $count } members, one vote each
}
resolutions-reason-voting-open = Voting is open; these are the votes so far.
resolutions-reason-silence-running = The silence period is running; nobody has objected so far.
resolutions-reason-majority-reached = More members voted yes than no.
resolutions-reason-majority-not-reached = Fewer members voted yes than no.
resolutions-reason-tie = The vote was tied, so the text is not adopted.
resolutions-reason-two-thirds-reached = Yes votes reached two-thirds of the yes and no votes.
resolutions-reason-two-thirds-not-reached = Yes votes fell short of two-thirds of the yes and no votes.
resolutions-reason-none-voting = Every member who voted abstained, so there was no majority.
resolutions-reason-silence-kept = The silence period ended without objection.
resolutions-reason-silence-broken = A member objected and broke the silence.
resolutions-reason-quorum-not-met = Too few members voted for the vote to stand.
resolutions-choice-yes = Yes
resolutions-choice-no = No
resolutions-choice-abstain = Abstain
resolutions-choice-objection = Objection
resolutions-choice-no-objection = No objection
resolutions-how-decided = How this body decides
resolutions-field-rule = Voting rule
resolutions-field-quorum = Quorum
resolutions-field-electorate = Electorate
resolutions-field-opens = Voting opened
resolutions-field-closes = Voting closes
resolutions-field-silence-ends = Silence period ends
resolutions-field-lang = Language of the text
resolutions-outcome-heading = Result
resolutions-tally-heading = Votes so far
resolutions-published = Result published as a signed record of the transparency log; voting closed at { $date }.
resolutions-published-digest = SHA-256 of the text decided upon
resolutions-text-heading = Text
resolutions-text-digest = SHA-256 of this text
resolutions-text-history = Earlier versions of the text
resolutions-text-original = Version { $version }: the original draft
resolutions-text-amended = Version { $version }: with amendment { $seq }
resolutions-amendments-heading = { $count ->
    [0] Amendments
    [one] { $count } amendment
   *[other] { $count } amendments
}
resolutions-amendments-none = No amendments were proposed.
resolutions-amendment-title = Amendment { $seq }
resolutions-amendment-by = Proposed by
resolutions-amendment-proposed = Proposed
resolutions-amendment-adopted = Adopted
resolutions-amendment-rejected = Rejected
resolutions-amendment-rationale = Rationale
resolutions-amendment-text = Proposed text
resolutions-unknown-member = Unknown member
resolutions-vote-heading = Vote
resolutions-vote-lead = You vote for { $org }. A new vote replaces your organisation’s earlier one until voting closes; both stay on the record.
resolutions-vote-current = Your organisation’s current vote: { $choice }
resolutions-vote-choice = Your organisation’s vote
resolutions-vote-explanation = Explanation of vote (optional)
resolutions-vote-explanation-hint = Published with the vote, as your delegation writes it.
resolutions-vote-button = Record the vote
resolutions-vote-recorded = Your organisation’s vote was recorded.
resolutions-vote-sign-in = Sign in to vote if your organisation is in the electorate.
resolutions-vote-not-electorate = Your organisation is not in this resolution’s electorate, so it has no vote.
resolutions-vote-not-allowed = Your account cannot take part in votes.
resolutions-vote-not-open-draft = Voting has not opened yet: the text may still be amended.
resolutions-vote-not-open-closed = Voting is closed.
resolutions-vote-replaced = replaced by a later vote
resolutions-votes-heading = { $count ->
    [0] Recorded votes
    [one] { $count } recorded vote
   *[other] { $count } recorded votes
}
resolutions-votes-none = No votes recorded yet.
resolutions-error-choice = Choose your organisation’s vote
resolutions-error-explanation = Shorten the explanation of vote to 10,000 characters or fewer
resolutions-error-closed = Voting closed before the vote could be recorded
resolutions-log-note = Every change to a resolution — its creation, each amendment and decision, the opening of the vote, each vote and the result — is a signed record of this node’s transparency log.

## Resolutions: the forms (web/resolutions)
resolutions-new-button = New resolution
resolutions-new-title = New resolution
resolutions-new-lead = A draft starts the process: delegations of the electorate may then propose amendments, the chair adopts or rejects them and opens the vote. The rule, the quorum and the electorate cannot change once the draft is created.
resolutions-field-body = Deciding body
resolutions-field-body-hint = Who decides, for example: Plenary, Council, Working Group on Evaluation.
resolutions-field-title = Title
resolutions-field-text = Draft text
resolutions-field-text-hint = The whole text, as it will be voted on. Separate paragraphs with a blank line.
resolutions-new-rule-consensus-hint = Adopted if no member objects before the silence period ends; a single objection means the text is not adopted. Give the silence period below.
resolutions-field-silence-days = Silence period, in days
resolutions-field-silence-days-hint = For consensus only: a whole number of days from 1 to { $max }. It starts when the vote opens.
resolutions-new-quorum-hint = How many members of the electorate must vote, abstentions included, for a majority vote to stand. Under consensus no quorum applies.
resolutions-new-quorum-none = No quorum
resolutions-new-quorum-none-hint = The votes cast decide, however few.
resolutions-new-quorum-members = A number of members
resolutions-new-quorum-members-hint = Give the number below.
resolutions-new-quorum-fraction = A share of the electorate
resolutions-new-quorum-fraction-hint = Give the share below; it is rounded up.
resolutions-field-quorum-count = Quorum: number of members
resolutions-field-quorum-count-hint = A whole number, for example 10, at most the size of the electorate.
resolutions-field-quorum-fraction = Quorum: share of the electorate
resolutions-field-quorum-fraction-hint = A fraction such as 1/2 or 2/3, or a decimal such as 0.5.
resolutions-field-electorate-hint = The member organisations that vote, one vote each. Their delegations may also propose amendments.
resolutions-new-no-members = There are no member organisations on this node yet.
resolutions-new-members-cut = Only the first 1,000 organisations are listed: an electorate holds at most 1,000 members.
resolutions-new-button-create = Create the draft
resolutions-amend-heading = Propose an amendment
resolutions-amend-lead = You propose it for { $org }. An amendment replaces the whole text: edit the draft below. The chair adopts or rejects it before the vote opens.
resolutions-field-amendment-text = Amended text
resolutions-field-amendment-text-hint = The whole text as it would read with your amendment.
resolutions-field-rationale = Rationale (optional)
resolutions-field-rationale-hint = Why the text should change. Published with the amendment.
resolutions-amend-button = Propose the amendment
resolutions-amendment-adopt = Adopt
resolutions-amendment-reject = Reject
resolutions-chair-heading = Chair
resolutions-open-undecided = Adopt or reject every proposed amendment before opening the vote.
resolutions-open-lead = Opening the vote fixes the current text. Members vote until the time you set.
resolutions-open-lead-consensus = Opening the vote fixes the current text and starts the silence period of { $period }.
resolutions-field-closes-at = Voting closes at (UTC)
resolutions-field-closes-at-hint = A date and time in the future and within a year, in Coordinated Universal Time, for example 2026-07-01 17:00.
resolutions-open-button = Open the vote
resolutions-close-silence = A silence period cannot be cut short: the text is adopted if nobody objects before it ends.
resolutions-close-lead = You may close the vote before its deadline; the votes cast so far decide, and the result is published at once.
resolutions-close-button = Close the vote now
resolutions-done-created = The draft was created.
resolutions-done-amended = Your amendment was proposed.
resolutions-done-adopted = The amendment was adopted: its text is now the draft.
resolutions-done-rejected = The amendment was rejected.
resolutions-done-opened = The vote is open.
resolutions-done-closed = The vote is closed and its result published.
resolutions-error-rule = Choose how the body decides
resolutions-error-silence = Enter the silence period as a whole number of days from 1 to 366
resolutions-error-quorum = Choose a quorum
resolutions-error-quorum-count-number = Enter the quorum as a whole number of members, such as 10
resolutions-error-quorum-count = Enter a quorum no larger than the electorate
resolutions-error-quorum-fraction = Enter the quorum as a share of the electorate above zero and at most one, such as 1/2 or 0.5
resolutions-error-electorate = Select at least one member organisation for the electorate
resolutions-error-electorate-unknown = Select member organisations from the list
resolutions-error-amendment-missing = Enter the amended text
resolutions-error-amendment-same = Change the text: an amendment must differ from the current draft
resolutions-error-amendment-text = Remove control characters from the amended text
resolutions-error-changed = The resolution changed since this page was shown, or is not at a stage that allows this: read it again below and retry
resolutions-error-decision = Choose to adopt or reject the amendment
resolutions-error-closes-missing = Enter when voting closes
resolutions-error-closes = Enter a closing time in the future and within a year, such as 2026-07-01 17:00

## Dialogue (web/dialogue): conversations, voting, the opinion map, the report
dialogue-title = Dialogue
dialogue-lead = Conversations in which participants write short statements and vote on each other’s. The node finds groups of people who vote alike and the statements that bring them together.
dialogue-none = No conversations yet.
dialogue-state-open = Open
dialogue-state-closed = Closed
dialogue-participation-public = Anyone, including visitors who are not signed in
dialogue-participation-members = Signed-in members of this node
dialogue-participation-invited = Members of the invited organisations
dialogue-field-question = The question it informs
dialogue-field-participation = Who may take part
dialogue-field-languages = Languages
dialogue-count-participants = { $count ->
    [one] { $count } participant
   *[other] { $count } participants
}
dialogue-count-statements = { $count ->
    [one] { $count } statement
   *[other] { $count } statements
}
dialogue-count-votes = { $count ->
    [one] { $count } vote
   *[other] { $count } votes
}
dialogue-statement-number = Statement { $seq }
dialogue-vote-heading = Vote on statements
dialogue-vote-progress = { $total ->
    [one] You have voted on { $voted } of { $total } statement.
   *[other] You have voted on { $voted } of { $total } statements.
}
dialogue-vote-written-in = Written in { $language }
dialogue-vote-agree = Agree
dialogue-vote-disagree = Disagree
dialogue-vote-pass = Pass / Unsure
dialogue-vote-recorded = Your vote was recorded.
dialogue-vote-done = Thank you: you have voted on every statement. New statements may come; come back later.
dialogue-vote-done-report = See what others think: the report
dialogue-vote-empty = There are no statements to vote on yet. Write the first one below.
dialogue-vote-closed = This conversation is closed: it takes no more votes or statements.
dialogue-vote-sign-in = Sign in to take part in this conversation.
dialogue-vote-not-allowed = You can read this conversation but not take part in it.
dialogue-error-vote = Choose Agree, Disagree or Pass
dialogue-error-vote-gone = That statement is no longer open to votes; here is another one
dialogue-error-closed = The conversation closed before this could be recorded
dialogue-error-moderation = Choose Accept, Reject or Meta for a statement of this conversation.
dialogue-write-heading = Write a statement
dialogue-write-lead = Add a short statement that others can agree or disagree with: one idea per statement. It is shown without your name.
dialogue-write-text = Your statement
dialogue-write-hint = Up to { $max } characters.
dialogue-write-lang = Language of your statement
dialogue-write-button = Add the statement
dialogue-write-added = Your statement was added; others can vote on it now.
dialogue-write-pending = Your statement was received; it will be shown once a moderator accepts it.
dialogue-error-text-missing = Enter your statement
dialogue-error-text-long = Shorten your statement to { $max } characters or fewer
dialogue-error-text-other = Write your statement as plain text
dialogue-error-lang = Choose the language of your statement
dialogue-map-heading = Opinion map
dialogue-map-lead = Each dot is a participant. People who voted alike are close together; dashed outlines are opinion groups. The directions mean nothing in themselves.
dialogue-map-pending = The map appears after the first votes are analysed.
dialogue-map-title = { $groups ->
    [0] Opinion map: participants placed by how they voted
    [one] Opinion map: one group of participants who voted alike
   *[other] Opinion map: { $groups } groups of participants who voted alike
}
dialogue-map-desc = { $participants } participants placed by how they voted, closer dots having voted more alike; { $clustered } of them are in { $groups } opinion groups.
dialogue-map-you = You
dialogue-map-summary = { $count ->
    [0] No opinion groups yet.
    [one] One opinion group:
   *[other] { $count } opinion groups:
}
dialogue-map-group = Group { $letter }: { $count ->
    [one] { $count } participant
   *[other] { $count } participants
}
dialogue-map-unclustered = { $count ->
    [one] One participant has not voted enough yet to be placed in a group (grey dot).
   *[other] { $count } participants have not voted enough yet to be placed in a group (grey dots).
}
dialogue-map-you-in = You (the ringed dot) are in group { $letter }.
dialogue-map-you-unclustered = You are the ringed dot; vote on more statements to be placed in a group.
dialogue-moderation-heading = Moderation
dialogue-moderation-lead = Statements waiting for a decision. Accepted statements are shown to participants, rejected ones are not; meta statements, about the conversation itself, are kept out of the analysis.
dialogue-moderation-none = No statement is waiting for moderation.
dialogue-moderation-accept = Accept
dialogue-moderation-reject = Reject
dialogue-moderation-meta = Meta
dialogue-moderation-done = The decision was recorded.
dialogue-moderation-author = by participant { $participant }
dialogue-report-link = Read the report
dialogue-report-back = Back to the conversation
dialogue-report-heading = Report
dialogue-report-overview = Overview
dialogue-report-participants = Participants
dialogue-report-statements = Statements
dialogue-report-clustered = In opinion groups
dialogue-report-votes = Votes
dialogue-report-groups = Opinion groups
dialogue-report-method = Analysis { $version }, computed { $date } from the first { $votes } vote events (each participant’s latest vote counts).
dialogue-report-digest = SHA-256 of the result, as its signed record in the transparency log carries it
dialogue-report-consensus-heading = What most people agree on
dialogue-report-consensus-lead = Statements a clear majority of all participants agreed or disagreed with.
dialogue-report-consensus-agree = Most participants agreed
dialogue-report-consensus-disagree = Most participants disagreed
dialogue-report-consensus-none = None yet.
dialogue-report-everyone-agreed = { $percent }% of { $count } participants who voted agreed
dialogue-report-everyone-disagreed = { $percent }% of { $count } participants who voted disagreed
dialogue-report-groups-heading = What sets each group apart
dialogue-report-groups-lead = For each group, the statements on which it voted most differently from everyone else, with its votes beside those of everyone else.
dialogue-report-group-heading = Group { $letter } · { $count ->
    [one] { $count } participant
   *[other] { $count } participants
}
dialogue-report-group-none = No statement sets this group apart yet.
dialogue-report-direction-agree = Agreed
dialogue-report-direction-disagree = Disagreed
dialogue-report-group-agreed = { $percent }% of { $count } in this group agreed
dialogue-report-group-disagreed = { $percent }% of { $count } in this group disagreed
dialogue-report-bars-caption = Votes in this group and among everyone else
dialogue-report-bar-group = This group
dialogue-report-bar-others = Everyone else
dialogue-report-bar-text = Agree { $agree }%, disagree { $disagree }%, pass { $pass }% ({ $count } votes)
dialogue-report-gic-heading = Agreement across groups
dialogue-report-gic-lead = Group-informed consensus, from 0 to 1: the product of each group’s share of agreement. It is high only when every group agreed.
dialogue-report-col-statement = Statement
dialogue-report-col-gic = Group-informed consensus
dialogue-report-col-chart = Share of votes
dialogue-report-col-agree = Agree
dialogue-report-col-disagree = Disagree
dialogue-report-col-pass = Pass
dialogue-report-votes-heading = Votes per statement
dialogue-report-votes-lead = Each participant’s latest vote on each statement, as of now.
dialogue-report-export-heading = Download the data
dialogue-report-export-json = The analysis result (JSON)
dialogue-report-export-csv = Statements with their votes per group (CSV)
