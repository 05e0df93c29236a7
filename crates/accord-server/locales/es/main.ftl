# Interfaz web de Accord — español.
# Cada mensaje debe existir con las mismas variables que en el original inglés;
# una prueba lo comprueba. La marca «Accord» no se traduce.

## Page frame
skip-to-content = Saltar al contenido principal
site-tagline = Infraestructura abierta para la cooperación mundial en gobernanza de la IA
nav-label = Navegación principal
nav-home = Inicio
nav-registry = Registro
nav-rules = Normas
nav-safety = Seguridad
nav-dialogue = Diálogo
nav-compute = Cómputo
nav-members = Miembros
nav-transparency = Transparencia
nav-tokens = Tokens de API
language-label = Idioma
signed-in-as = Sesión iniciada como { $name }
sign-in = Iniciar sesión
sign-out = Cerrar sesión
footer-node = Nodo: { $name }
footer-version = Accord, versión { $version }
footer-api = Documentación de la API (OpenAPI)
footer-health = Estado del nodo

## Home
home-title = Le damos la bienvenida a este nodo de Accord
home-intro = Accord es una infraestructura compartida para países, institutos de seguridad de la IA, organismos reguladores, organizaciones internacionales, empresas, comunidades de código abierto e investigadores que cooperan en la gobernanza de la IA. Cada miembro gestiona un nodo como este y lo conecta con los demás.
home-parts-title = Qué hace este nodo
home-stats-title = Este nodo de un vistazo
stat-organisations = Organizaciones miembro
stat-users = Cuentas de usuario
stat-events = Entradas del registro de auditoría
part-registry-summary = Un registro compartido de modelos y sistemas de IA: fichas de modelo, licencias, linaje y cómputo de entrenamiento.
part-rules-summary = Un corpus con fuentes y fechas de las leyes y marcos sobre IA de todo el mundo, y lo que se aplica a un sistema en cada jurisdicción.
part-safety-summary = Informes de incidentes e información sobre amenazas que los miembros comparten según niveles de acceso acordados.
part-dialogue-summary = Los miembros publican declaraciones y votan; el nodo identifica grupos de opinión y declaraciones con amplio consenso.
part-compute-summary = Umbrales de cómputo de entrenamiento, clasificación de chips a efectos del control de exportaciones y uso compartido de capacidad de cómputo.
part-members-summary = Las organizaciones que participan en la comunidad de este nodo y sus cuentas.
part-transparency-summary = Cada cambio en este nodo queda anotado en un registro de auditoría al que solo se pueden añadir entradas y que los miembros pueden consultar.
part-not-yet = Esta sección aún no está habilitada en este nodo.
part-coming-title = Próximamente en este nodo

## Sign in
login-title = Iniciar sesión
login-intro = Inicie sesión con la cuenta que le creó el administrador de su organización.
field-email = Dirección de correo electrónico
field-password = Contraseña
login-button = Iniciar sesión
login-failed = La dirección de correo electrónico o la contraseña no son correctas
login-rate-limited = Demasiados intentos de inicio de sesión. Espere { $seconds } segundos y vuelva a intentarlo.
signed-out = Ha cerrado la sesión.
error-summary-title = Hay un problema
error-prefix = Error:

## Members
members-title = Miembros
members-intro = Organizaciones que participan en la comunidad de este nodo.
members-count = { $count ->
    [one] { $count } organización
   *[other] { $count } organizaciones
}
col-name = Nombre
col-kind = Tipo
col-country = País o región
col-website = Sitio web
col-joined = Fecha de adhesión
col-role = Rol
col-email = Dirección de correo electrónico
no-country = Internacional
add-organisation-title = Añadir una organización
field-org-name = Nombre de la organización
field-org-name-hint = Tal como lo escribe la organización, en su propio idioma.
field-kind = Tipo de organización
field-country = Código de país o región
field-country-hint = Dos letras, por ejemplo FR, CN o BR. Déjelo en blanco para las organizaciones internacionales.
field-website = Sitio web
field-website-hint = Opcional. Empieza por https://
add-organisation-button = Añadir organización
organisation-added = Organización añadida: { $name }
org-users-title = Cuentas de usuario
org-users-hidden = Solo los administradores pueden ver las cuentas de una organización.
org-no-users = Esta organización aún no tiene cuentas de usuario.
add-user-title = Añadir una cuenta de usuario
field-display-name = Nombre completo
field-role = Rol
field-new-password = Contraseña
field-new-password-hint = Al menos 10 caracteres. Entréguesela a la persona de forma segura; todavía no puede cambiarla.
add-user-button = Añadir usuario
user-added = Cuenta de usuario añadida: { $name }
org-history-title = Historial
back-to-members = Volver a miembros

kind-state_institution = Institución estatal
kind-regulator = Organismo regulador
kind-international_organisation = Organización internacional
kind-company = Empresa
kind-research_institution = Institución de investigación
kind-developer_community = Comunidad de desarrolladores
kind-individual_expert = Experto a título individual

role-admin = Administrador
role-editor = Editor
role-reviewer = Revisor
role-member = Miembro

## API tokens
tokens-title = Tokens de API
tokens-intro = Los tokens permiten que scripts y otros sistemas usen la API JSON en su nombre. Un token nunca tiene más permisos que su cuenta.
tokens-none = No tiene tokens de API.
col-token-name = Nombre
col-token-prefix = Empieza por
col-scopes = Ámbitos
col-created = Creado
col-expires = Caduca
col-last-used = Último uso
col-status = Estado
col-actions = Acciones
never = Nunca
token-active = Activo
token-revoked = Revocado
token-expired = Caducado
revoke = Revocar
create-token-title = Crear un token
field-token-name = Nombre
field-token-name-hint = Indique qué lo va a usar, por ejemplo «exportación nocturna».
field-scopes = Ámbitos
scope-read = read: leer lo que su cuenta puede leer
scope-write = write: crear y modificar contenido
scope-admin = admin: gestionar miembros, usuarios y tokens
field-expires-days = Caduca después de (días)
field-expires-days-hint = De 1 a { $max } días.
create-token-button = Crear token
token-created-title = Su nuevo token
token-created-warning = No volverá a ver este token. Cópielo ahora.
token-value-label = Token
copy = Copiar
copied = Copiado
token-created-use = Envíelo en la cabecera de autorización: Authorization: Bearer seguido del token.
back-to-tokens = Volver a tokens de API
revoke-title = ¿Revocar el token «{ $name }»?
revoke-warning = Los sistemas que lo usan dejarán de funcionar de inmediato. Esta acción no se puede deshacer.
revoke-button = Revocar token
cancel = Cancelar
token-revoked-notice = Token revocado: { $name }

## Transparency
transparency-title = Transparencia
transparency-intro = Cada cambio en este nodo —miembros, cuentas, tokens— queda anotado en un registro de auditoría al que solo se pueden añadir entradas. Nadie puede modificar ni eliminar las entradas, ni siquiera el operador del nodo a través de la base de datos.
transparency-sign-in = Inicie sesión para ver el registro de auditoría.
col-seq = N.º
col-time = Fecha y hora
col-action = Acción
col-subject = Objeto
col-actor = Por
actor-operator = Operador del nodo
actor-system = Sistema
actor-participant = Participante del diálogo (seudónimo)
audit-empty = El registro de auditoría está vacío.
older-entries = Entradas anteriores
next-page = Página siguiente

action-organisation-create = Organización añadida
action-user-create = Cuenta de usuario añadida
action-user-set_password = Contraseña establecida
action-token-create = Token de API creado
action-token-revoke = Token de API revocado
action-session-open = Inicio de sesión
action-session-close = Cierre de sesión

## Errors
not-found-title = Página no encontrada
not-found-body = Si ha escrito la dirección web, compruebe que es correcta.
forbidden-title = No puede realizar esta acción
forbidden-body = Su cuenta no tiene el rol necesario para esta página. Consulte al administrador de su organización.
sign-in-needed = Inicie sesión para ver esta página.
csrf-failed = Este formulario ha caducado. Vuelva atrás, recargue la página e inténtelo de nuevo.
problem-title = Lo sentimos, hay un problema con el servicio
problem-body = Inténtelo de nuevo más tarde.

## Field errors (shown by the field and in the summary)
err-required = Rellene el campo «{ $field }»
err-too-long = El campo «{ $field }» debe tener { $max } caracteres como máximo
err-not-allowed = Elija de la lista un valor para el campo «{ $field }»
err-malformed = Introduzca el campo «{ $field }» con el formato correcto
err-duplicate = El valor del campo «{ $field }» ya está en uso
err-scopes-required = Seleccione al menos un ámbito

## Transparency log
log-title = Registro de transparencia
log-intro = Cada elemento publicado —miembros, cuentas, tokens, claves de firma— se firma y se añade a un árbol de Merkle al que solo se pueden añadir entradas (RFC 9162). Tras cada cambio, el nodo firma un punto de control del árbol, de modo que cualquiera puede comprobar que ningún elemento se ha modificado ni eliminado.
log-origin = Registro
log-size = Elementos en el registro
log-root = Hash raíz
log-checkpoint = Último punto de control firmado
log-verify-hint = Audite este nodo usted mismo con el comando:
log-empty = El registro está vacío.
log-recent = Últimos elementos
log-audit-trail = Registro de auditoría
col-index = Índice
col-record = Elemento
col-version = Versión
col-signed-by = Firmado por
col-author = Autor
entry-title = Entrada { $index } del registro
entry-envelope = Elemento firmado
entry-signature = Firma
entry-key = Clave de firma
entry-leaf = Hash de la hoja
entry-proof = Prueba de inclusión respecto al punto de control de tamaño { $size }
entry-check-server = Comprobado por este nodo
entry-valid = Firma válida y el elemento figura en el registro
entry-invalid = No se ha podido verificar: { $problem }
entry-verify-browser = Verificar en este navegador
entry-verify-browser-hint = Vuelve a calcular la raíz de Merkle a partir del elemento y la prueba, y comprueba la firma, sin fiarse del resultado que muestra esta página.
entry-browser-ok = Verificado en su navegador: la prueba conduce a la raíz del punto de control y la firma es válida.
entry-browser-root-ok = La prueba conduce a la raíz del punto de control. Este navegador no puede comprobar firmas Ed25519.
entry-browser-failed = La verificación ha fallado en su navegador.
key-owner-node = Este nodo
key-owner-organisation = Organización { $name }
back-to-log = Volver al registro de transparencia
action-key-register = Clave de firma publicada
action-key-retire = Clave de firma retirada

## Rules: navigation and start page
rules-nav-label = Normas
rules-nav-assess = Evaluar un sistema
rules-nav-instruments = Instrumentos
rules-nav-convergence = Convergencias y conflictos
rules-nav-timeline = Calendario
rules-start-title = ¿Qué normas sobre IA se aplican a su sistema?
rules-start-lead = Responda a unas pocas preguntas sobre un sistema o modelo de IA y vea, para cada jurisdicción, qué obligaciones se aplican, cuáles pueden aplicarse mientras se desconozca algún hecho, y en qué coinciden o entran en conflicto las jurisdicciones.
rules-start-how = Las preguntas solo aparecen cuando son pertinentes para una norma, primero las más útiles. Puede responder «No lo sé»: el resultado indicará entonces qué normas dependen de ese hecho. Cada resultado cita su artículo y su fuente y muestra cómo se ha determinado.
rules-not-legal-advice = Esto no constituye asesoramiento jurídico. Compruebe los hechos marcados como inciertos antes de basarse en ellos.
rules-start-now = Empezar
rules-start-example = Ver un ejemplo: un modelo de uso general de pesos abiertos ofrecido en la UE, China y California
rules-all-questions = Todas las preguntas en una sola página
rules-all-lead = Para especialistas: todos los hechos de los que dependen las normas. Deje una pregunta sin responder o elija «No lo sé» cuando desconozca un hecho.
rules-coverage-title = Jurisdicciones incluidas
rules-stat-instruments = Instrumentos
rules-stat-obligations = Obligaciones
rules-stat-uncertain = Normas marcadas como inciertas
rules-col-jurisdiction = Jurisdicción
rules-col-instruments = Instrumentos
rules-col-obligations = Obligaciones

## Rules: questions
q-number = Pregunta { $number }
continue = Continuar
back = Volver
change = Cambiar
q-or = o
q-do-not-know = No lo sé
q-none-of-these = Ninguna de estas opciones
q-yes = Sí
q-no = No
q-not-known = Se desconoce
q-error-number = Introduzca un número, por ejemplo 3e25 o 3 × 10^25
q-error-date = Introduzca una fecha con el formato 2026-08-02
q-error-choose = Elija una de las opciones, o «No lo sé»
rules-as-of = Fecha de la evaluación
rules-as-of-hint = Las normas en vigor ese día (año-mes-día). La fecha puede ser pasada o futura.
rules-see-results = Ver qué normas pueden aplicarse
rules-check-title = Compruebe sus respuestas
rules-check-empty = Todavía no ha respondido a ninguna pregunta.

## Rules: the result
rules-result-title = Obligaciones por jurisdicción
rules-change-answers = Cambiar sus respuestas
rules-result-as-of = Normas en vigor el { $date }.
rules-missing-title = { $count ->
    [one] { $count } resultado es «Puede aplicarse» porque faltan hechos
   *[other] { $count } resultados son «Puede aplicarse» porque faltan hechos
}
rules-missing-intro = Responda a estas preguntas, primero las más útiles, para resolverlos:
rules-missing-decides = { $count ->
    [one] resuelve { $count } resultado
   *[other] resuelve { $count } resultados
}
rules-answer-now = Responder
rules-matrix-title = Jurisdicciones y tipos de obligación
rules-matrix-empty = Nada se aplica ni puede aplicarse a este perfil.
rules-matrix-hint = Cada celda enlaza con las obligaciones correspondientes, con sus referencias y cómo se han determinado.
rules-conflict = Conflicto
rules-contested = Impugnada
rules-by-jurisdiction = Obligaciones en cada jurisdicción
rules-nothing-applies = Ninguna obligación se aplica ni puede aplicarse aquí.
rules-others = { $count ->
    [one] { $count } norma que no se aplica
   *[other] { $count } normas que no se aplican
}
rules-divergences-title = En qué divergen las jurisdicciones
rules-divergences-intro = Obligaciones del mismo tipo que difieren entre jurisdicciones, y el valor más estricto cuando puede calcularse.
rules-col-kind = Tipo de obligación
rules-col-jurisdictions = Jurisdicciones
rules-col-divergence = Divergencia
rules-col-strictest = Más estricto
rules-strictest-deadline = Plazo más corto: { $value }
rules-lowest-threshold = Umbral más bajo: { $value }
rules-keep-title = Conservar este resultado
rules-download-json = Descargar el resultado (JSON)
rules-download-csv = Descargar el resultado (CSV, para hojas de cálculo)
rules-save-name = Nombre de la evaluación
rules-save-hint = Al guardarla se publica en el registro de transparencia un elemento firmado con el perfil y el resultado.
rules-save = Guardar esta evaluación
rules-save-sign-in = Inicie sesión para guardar esta evaluación como elemento firmado.
rules-voluntary = Voluntario
rules-bill = Proyecto de ley, no aprobado
rules-deadline = Plazo: { $value }
rules-contested-explained = La norma se muestra en su estado actual; la impugnación aún no se ha resuelto.
result-missing-facts = Depende de: { $facts }
result-exempted-by = Exención en virtud de { $rule }
result-n-facts-missing = { $count ->
    [one] falta { $count } hecho
   *[other] faltan { $count } hechos
}
status-applies = Se aplica
status-may-apply = Puede aplicarse
status-exempt = Exención
status-not-applicable = No se aplica
status-not-in-force = No está en vigor
status-no-rule = No se ha encontrado ninguna norma
confidence-verified = Verificado con la fuente
confidence-primary-text = Tomado del texto jurídico; la referencia del artículo no se ha vuelto a comprobar
confidence-uncertain = Incierto: verifíquelo antes de basarse en ello
confidence-uncertain-short = Incierto
confidence-uncertain-explained = Este hecho procede de una sola fuente secundaria o no está confirmado. Se muestra para que pueda comprobarlo, no como algo establecido.

## Rules: one rule
rule-for-you = Según sus respuestas
rule-why = Por qué
rule-assess-to-see = Responda a las preguntas para saber si esta norma se aplica a su sistema
rule-details = La norma
rule-instrument = Instrumento
rule-cite = Artículo
rule-kind = Tipo de obligación
rule-role = Quién debe actuar
rule-in-force = Se aplica
rule-window-always = Sin límites de fecha
rule-window-from = desde el { $date }
rule-window-until = hasta el { $date } (excluido)
rule-history = Fechas modificadas
rule-deadline = Plazo
rule-threshold = Umbral
rule-format = Formato técnico
rule-source = Fuente
rule-confidence = Fiabilidad
rule-id = Identificador
rule-exceptions = Excepciones
rule-conflicts = En conflicto con
rule-related = El mismo tipo de obligación en otras jurisdicciones
rule-summary = Qué exige
rule-exception = Excepción
proof-met = se cumple
proof-not-met = no se cumple
proof-unknown = se desconoce
proof-all = todas estas condiciones
proof-any = alguna de estas condiciones
proof-not = no
proof-value = respuesta:
proof-answer = Responder: { $question }

## Rules: instruments, convergence, timeline
inst-status-in-force = En vigor
inst-status-bill = Proyecto de ley
inst-status-voluntary = Voluntario
inst-status-repealed = Derogado
instruments-lead = Las leyes, proyectos de ley y marcos del corpus de normas de este nodo, con cada norma referida a su artículo y su fuente.
instruments-rules = { $count ->
    [one] { $count } norma
   *[other] { $count } normas
}
instruments-uncertain = { $count ->
    [one] { $count } incierta
   *[other] { $count } inciertas
}
instrument-status = Situación
convergence-lead = Cada tipo de obligación en las jurisdicciones que la prevén: en qué coinciden y si divergen en cuanto al umbral, el ámbito, el plazo o el formato técnico, o entran abiertamente en conflicto.
convergence-col-rules = Normas
convergence-aligned = Coincidentes
convergence-single = Tipos presentes en una sola jurisdicción
divergence-threshold = Umbral
divergence-trigger-scope = Desencadenante o ámbito
divergence-deadline = Plazo
divergence-technical-format = Formato técnico
divergence-normative-conflict = Conflicto normativo
timeline-lead = Las fechas en que las normas empiezan o dejan de aplicarse, y las fechas modificadas por enmiendas. Hoy es { $date }.
timeline-starts = empieza a aplicarse
timeline-starts-some = empieza a aplicarse a algunos sistemas
timeline-ends = deja de aplicarse
timeline-moved = fecha fijada en el { $date } por { $by }

## Rules: jurisdictions and markets (codes stay as they are; only the names are translated)
jur-EU = Unión Europea
jur-CN = China
jur-US = Estados Unidos
jur-US-CA = California (Estados Unidos)
jur-US-CO = Colorado (Estados Unidos)
jur-US-TX = Texas (Estados Unidos)
jur-US-NY = Estado de Nueva York (Estados Unidos)
jur-US-NYC = Ciudad de Nueva York (Estados Unidos)
jur-US-UT = Utah (Estados Unidos)
jur-US-IL = Illinois (Estados Unidos)
jur-KR = República de Corea
jur-JP = Japón
jur-BR = Brasil
jur-UK = Reino Unido
jur-CA = Canadá
jur-INTL = Internacional
jur-AE = Emiratos Árabes Unidos
jur-AR = Argentina
jur-AT = Austria
jur-AU = Australia
jur-BE = Bélgica
jur-CH = Suiza
jur-CL = Chile
jur-CZ = Chequia
jur-DE = Alemania
jur-DK = Dinamarca
jur-EE = Estonia
jur-EG = Egipto
jur-ES = España
jur-FI = Finlandia
jur-FR = Francia
jur-GB = Reino Unido
jur-GR = Grecia
jur-HK = RAE de Hong Kong (China)
jur-HU = Hungría
jur-ID = Indonesia
jur-IE = Irlanda
jur-IL = Israel
jur-IN = India
jur-IR = Irán (República Islámica del)
jur-IS = Islandia
jur-IT = Italia
jur-LU = Luxemburgo
jur-MX = México
jur-MY = Malasia
jur-NL = Países Bajos (Reino de los)
jur-NO = Noruega
jur-NZ = Nueva Zelandia
jur-PK = Pakistán
jur-PL = Polonia
jur-PT = Portugal
jur-QA = Qatar
jur-RO = Rumania
jur-RU = Federación de Rusia
jur-SA = Arabia Saudita
jur-SE = Suecia
jur-SG = Singapur
jur-TH = Tailandia
jur-TR = Türkiye
jur-TW = Provincia china de Taiwán
jur-UA = Ucrania
jur-VN = Viet Nam
jur-ZA = Sudáfrica

## Rules: the questions, one per fact of the profile vocabulary
q-markets = ¿Dónde se introduce en el mercado o se pone en servicio el sistema o modelo, o dónde se utilizan sus resultados?
q-markets-hint = Marque todas las opciones que correspondan. Una ley puede alcanzar a un proveedor establecido en otro lugar cuando el sistema o sus resultados se utilizan en su territorio. En el caso de Estados Unidos, marque también cada estado o ciudad de que se trate.
q-established-in = ¿Dónde está establecido el proveedor o desarrollador?
q-established-in-hint = Donde tiene su domicilio social o su establecimiento jurídico. Los proveedores establecidos fuera de la UE o de Corea pueden tener que designar a un representante local.
q-roles = ¿Qué papel desempeña su organización respecto de este sistema o modelo?
q-roles-hint = Marque todas las opciones que correspondan. Las leyes denominan de forma distinta a los actores; cada opción indica qué ley utiliza el término.
q-artifact = ¿Se trata de un sistema de IA, de un modelo de IA de uso general o de ambos?
q-artifact-hint = El modelo es el componente entrenado, por ejemplo los pesos. El sistema es el producto o servicio basado en un modelo que utilizan las personas.
q-general-purpose = ¿Es el modelo un modelo de IA de uso general?
q-general-purpose-hint = Un modelo que presenta un grado considerable de generalidad y es capaz de realizar de manera competente una gran variedad de tareas distintas (Reglamento de IA de la UE, art. 3, punto 63). Las leyes de California y Nueva York hablan de modelo fundacional.
q-training-flop = ¿Cuánta capacidad de cómputo se utilizó para entrenar el modelo, en FLOP?
q-training-flop-hint = Acumulada, incluidos el ajuste fino y el aprendizaje por refuerzo. Por ejemplo 3e25 o 3 × 10^25.
q-foss-licence = ¿Se publica el modelo con una licencia libre y de código abierto, con sus pesos, su arquitectura y la información sobre su uso a disposición del público?
q-foss-licence-hint = La licencia debe permitir el acceso al modelo y su uso, modificación y distribución (Reglamento de IA de la UE, art. 53, apartado 2).
q-open-weights = ¿Puede cualquier persona descargar los pesos del modelo?
q-open-weights-hint = Con independencia de la licencia. Este concepto es más amplio que el de licencia libre y de código abierto.
q-generative = ¿Genera el sistema contenido sintético, como texto, imágenes, audio o vídeo?
q-output-modalities = ¿Qué tipos de contenido genera el sistema?
q-output-modalities-hint = Marque todas las opciones que correspondan.
q-interacts-with-people = ¿Está el sistema destinado a interactuar directamente con personas, por ejemplo como chatbot o asistente de voz?
q-offered-to-public = ¿Se ofrece el servicio al público?
q-offered-to-public-hint = Por oposición a la investigación y el desarrollo, o al uso interno de una organización. Las normas chinas se aplican a los servicios ofrecidos al público en el territorio de la República Popular China.
q-deepfake-publication = ¿Publica usted imágenes o contenidos de audio o vídeo generados o manipulados por IA que se asemejan a personas, objetos, lugares o sucesos reales (ultrasuplantaciones)?
q-deepfake-publication-hint = Una ultrasuplantación es un contenido que puede inducir erróneamente a una persona a pensar que es auténtico o verídico (Reglamento de IA de la UE, art. 3, punto 60).
q-public-interest-text = ¿Publica usted textos generados o manipulados por IA con el fin de informar al público sobre asuntos de interés público?
q-public-interest-text-hint = Por ejemplo, noticias. La obligación de la UE no se aplica cuando el texto ha sido sometido a un proceso de revisión humana o de control editorial y una persona ostenta la responsabilidad editorial.
q-emotion-recognition = ¿Identifica o infiere el sistema las emociones o intenciones de las personas a partir de sus datos biométricos?
q-emotion-recognition-hint = Reconocimiento de emociones (Reglamento de IA de la UE, art. 3, punto 39), por ejemplo a partir de las expresiones faciales o la voz.
q-biometric-categorisation = ¿Clasifica el sistema a las personas en categorías a partir de sus datos biométricos?
q-biometric-categorisation-hint = Categorización biométrica (Reglamento de IA de la UE, art. 3, punto 40), por ejemplo por edad o sexo a partir de una imagen del rostro.
q-remote-biometric-id = ¿Identifica el sistema a personas a distancia a partir de sus datos biométricos y, en caso afirmativo, cuándo?
q-remote-biometric-id-hint = La identificación biométrica remota compara los datos biométricos de una persona, como su rostro, con una base de datos de referencia, sin la participación activa de esa persona. Comprobar que una persona es quien dice ser no cuenta.
q-purposes = ¿Para qué está destinado el sistema?
q-purposes-hint = Marque todas las opciones que correspondan. Los códigos de la UE son los puntos del anexo III del Reglamento de IA de la UE; las demás opciones son los ámbitos que mencionan las leyes de Estados Unidos, Corea y Utah.
q-safety-component-of = ¿Es el sistema un producto, o un componente de seguridad de un producto, regulado por alguna de estas normas de la UE sobre productos?
q-safety-component-of-hint = Reglamento de IA de la UE, anexo I, sección A. Un componente de seguridad protege la salud o la seguridad, o su fallo las pondría en peligro.
q-third-party-ca-required = ¿Debe el producto someterse a una evaluación de la conformidad de terceros con arreglo a esa norma?
q-third-party-ca-required-hint = Una evaluación realizada por un organismo notificado, no por el propio fabricante (Reglamento de IA de la UE, art. 6, apartado 1, letra b)).
q-art6-3-condition = ¿Cuál de los supuestos del artículo 6, apartado 3, del Reglamento de IA de la UE se aplica, en su caso, a su sistema del anexo III?
q-art6-3-condition-hint = Un sistema recogido en el anexo III no es de alto riesgo si no plantea un riesgo importante de causar un perjuicio a la salud, la seguridad o los derechos fundamentales y se da uno de estos supuestos. Un sistema que elabora perfiles de personas es siempre de alto riesgo. La evaluación debe documentarse antes de introducir el sistema en el mercado.
q-profiling = ¿Elabora el sistema perfiles de personas?
q-profiling-hint = La elaboración de perfiles es todo tratamiento automatizado de datos personales para evaluar aspectos personales de una persona, como su rendimiento profesional, situación económica, salud, preferencias, fiabilidad, comportamiento o ubicación (RGPD, art. 4, punto 4, al que remite el Reglamento de IA de la UE).
q-deployer-kind = ¿Qué tipo de organización utiliza el sistema?
q-deployer-kind-hint = Esto determina, por ejemplo, quién debe realizar una evaluación de impacto relativa a los derechos fundamentales en la UE y qué obligaciones se aplican a los organismos públicos en Texas.
q-revenue-usd-prev-year = ¿Cuáles fueron los ingresos brutos anuales del desarrollador en el año anterior, en dólares de los Estados Unidos?
q-revenue-usd-prev-year-hint = Incluidas las filiales. California y Nueva York imponen obligaciones adicionales a los desarrolladores de modelos de frontera con ingresos superiores a 500 millones de dólares. Por ejemplo 5e8 o 500000000.
q-turnover-eur = ¿Cuál es el volumen de negocios mundial anual total de su organización, en euros?
q-turnover-eur-hint = Del ejercicio anterior. Las multas de la UE tienen como límite una cantidad fija o un porcentaje de este volumen de negocios. Por ejemplo 2e9.
q-sme = ¿Es su organización una pequeña o mediana empresa (pyme), incluidas las empresas emergentes?
q-sme-hint = Definición de la UE: menos de 250 personas y un volumen de negocios anual no superior a 50 millones de euros o un balance general anual no superior a 43 millones de euros.
q-smc = ¿Es su organización una pequeña empresa de mediana capitalización (small mid-cap)?
q-smc-hint = Una empresa demasiado grande para ser una pyme, con menos de 750 personas y un volumen de negocios anual no superior a 150 millones de euros o un balance general anual no superior a 129 millones de euros. Desde 2026, el Reglamento de IA de la UE extiende a estas empresas algunas ventajas previstas para las pymes.
q-monthly-users-ca = ¿Cuántos visitantes o usuarios mensuales tiene su sistema de IA generativa?
q-monthly-users-ca-hint = La Ley de Transparencia de la IA de California (SB 942) se aplica a los proveedores cuyo sistema es accesible al público en California y tiene más de un millón de visitantes o usuarios al mes. Por ejemplo 1200000.
q-kr-total-revenue-krw = ¿Cuáles fueron sus ingresos totales en el año anterior, en wones coreanos?
q-kr-total-revenue-krw-hint = De toda la empresa. Con arreglo a la Ley Básica de IA de Corea, un operador sin domicilio ni oficina en Corea debe designar a un representante local por encima de un billón de wones. Por ejemplo 2e12.
q-kr-ai-revenue-krw = ¿Cuáles fueron sus ingresos procedentes de servicios de IA en el año anterior, en wones coreanos?
q-kr-ai-revenue-krw-hint = Para estos ingresos, el umbral coreano para designar a un representante local es de 10.000 millones de wones. Por ejemplo 1e10.
q-kr-daily-users = ¿Cuántos usuarios en Corea tiene el servicio al día, en promedio?
q-kr-daily-users-hint = El promedio diario de los tres meses anteriores. El umbral coreano para designar a un representante local es de un millón de usuarios. Por ejemplo 1500000.
q-cn-public-opinion-attr = ¿Tiene el servicio «atributos de opinión pública o capacidad de movilización social» en el sentido del Derecho chino?
q-cn-public-opinion-attr-hint = En chino, 具有舆论属性或者社会动员能力. Abarca foros, blogs, microblogs, salas de chat, grupos de mensajería, cuentas públicas, vídeos cortos, retransmisiones en directo, servicios para compartir información y servicios similares, así como cualquier otro servicio que ofrezca al público un cauce para expresar opiniones o que pueda movilizarlo. Estos servicios requieren una evaluación de seguridad y el registro (备案) de sus algoritmos.
q-cn-recommendation-algo = ¿Utiliza el servicio tecnología de recomendación algorítmica para proporcionar información a los usuarios en China?
q-cn-recommendation-algo-hint = Algoritmos de generación y síntesis, envío personalizado, clasificación y selección, búsqueda y filtrado, o programación y toma de decisiones (Disposiciones sobre la gestión de la recomendación algorítmica en los servicios de información de internet, art. 2).
q-cn-deep-synthesis = ¿Utiliza el servicio tecnología de síntesis profunda?
q-cn-deep-synthesis-hint = Tecnología que utiliza el aprendizaje profundo, la realidad virtual u otros algoritmos de generación y síntesis para producir texto, imágenes, audio, vídeo, escenas virtuales u otra información en línea (Disposiciones chinas sobre la gestión de la síntesis profunda en los servicios de información de internet, art. 23).
q-cn-anthropomorphic = ¿Simula el servicio una personalidad humana y mantiene con los usuarios una interacción emocional continuada?
q-cn-anthropomorphic-hint = Servicios de interacción antropomórfica con IA en el sentido de las Medidas Provisionales chinas de 2026, como los compañeros de IA o el apoyo emocional. No se incluyen la atención al cliente, las preguntas y respuestas, los asistentes de trabajo ni las herramientas educativas o de investigación sin interacción emocional continuada.
q-minors-users = ¿Hay menores entre los usuarios?
q-minors-users-hint = Personas menores de 18 años.
q-companion-chatbot = ¿Es el sistema un chatbot de compañía (companion chatbot)?
q-companion-chatbot-hint = Un sistema de IA con una interfaz de lenguaje natural que da respuestas adaptativas y similares a las humanas y puede satisfacer las necesidades sociales del usuario, en particular manteniendo una relación a lo largo de varias interacciones (California, SB 243). No se incluyen los bots utilizados solo para atención al cliente u operaciones empresariales.
q-signatory-of = ¿Ha firmado su organización alguno de estos compromisos voluntarios?
q-placed-on-market = ¿Cuándo se introdujo en el mercado o se puso en servicio por primera vez el sistema o modelo?
q-placed-on-market-hint = Una fecha con el formato 2026-03-01 (año-mes-día). Los sistemas y modelos que ya estaban en el mercado antes de determinadas fechas tienen períodos transitorios.

## Rules: the questions about what the system is designed or used to do (prohibitions)
q-intent-authorised-strictly-necessary-use = ¿Se utiliza la identificación biométrica remota en tiempo real solo con autorización y en la medida estrictamente necesaria para alguno de los objetivos que permite el Reglamento de IA de la UE?
q-intent-authorised-strictly-necessary-use-hint = La búsqueda selectiva de víctimas de secuestro, trata o explotación sexual y de personas desaparecidas; la prevención de una amenaza específica, importante e inminente para la vida o de un atentado terrorista; la localización o identificación de sospechosos de delitos graves. Se requiere la autorización previa de una autoridad judicial o de una autoridad administrativa independiente (art. 5, apartado 1, letra h), y apartados 2 a 7).
q-intent-autonomous-weapons = ¿Está el sistema diseñado o se utiliza como sistema de armas autónomo?
q-intent-autonomous-weapons-hint = Un arma que selecciona objetivos y los ataca sin intervención humana.
q-intent-biometric-id-without-consent = ¿Está el sistema diseñado o se utiliza para identificar a personas concretas a partir de sus datos biométricos sin su consentimiento?
q-intent-csam = ¿Está el sistema diseñado o se utiliza para producir o difundir material de abuso sexual infantil?
q-intent-discriminate = ¿Está el sistema diseñado o se utiliza con la intención de discriminar ilícitamente a una categoría protegida?
q-intent-discriminate-hint = La ley de Texas exige intención: un impacto desigual (disparate impact) no basta para demostrarla.
q-intent-exploit-vulnerabilities = ¿Está el sistema diseñado o se utiliza para aprovechar las vulnerabilidades de las personas derivadas de su edad, discapacidad o situación social o económica, alterando su comportamiento de un modo que provoque, o sea razonablemente probable que provoque, perjuicios considerables?
q-intent-incite-crime = ¿Está el sistema diseñado o se utiliza para incitar o alentar a las personas a realizar actividades delictivas?
q-intent-incite-harm-others = ¿Está el sistema diseñado o se utiliza para incitar o alentar a las personas a causar daño a otra persona?
q-intent-infer-sensitive-traits = ¿Está el sistema diseñado o se utiliza para deducir la raza, las opiniones políticas, la afiliación sindical, las convicciones religiosas o filosóficas, la vida sexual o la orientación sexual de las personas a partir de sus datos biométricos?
q-intent-infringe-constitutional-rights = ¿Está el sistema diseñado o se utiliza con la intención de vulnerar, restringir o menoscabar derechos garantizados por la Constitución de los Estados Unidos?
q-intent-label-lawful-biometric-datasets = ¿Se utiliza la categorización biométrica solo para etiquetar o filtrar conjuntos de datos biométricos adquiridos lícitamente, como imágenes?
q-intent-label-lawful-biometric-datasets-hint = Una excepción a la prohibición en la UE de la categorización biométrica basada en rasgos sensibles (Reglamento de IA de la UE, art. 5, apartado 1, letra g)).
q-intent-law-enforcement-public-spaces = ¿Se utiliza la identificación biométrica remota en tiempo real con fines de garantía del cumplimiento del Derecho en espacios de acceso público?
q-intent-manipulate-self-harm = ¿Está el sistema diseñado o se utiliza para incitar o alentar a las personas a autolesionarse, incluido el suicidio?
q-intent-medical-or-safety = ¿Se implanta o se introduce en el mercado el reconocimiento de emociones por motivos médicos o de seguridad?
q-intent-medical-or-safety-hint = Una excepción a la prohibición en la UE del reconocimiento de emociones en el lugar de trabajo y en los centros educativos (Reglamento de IA de la UE, art. 5, apartado 1, letra f)).
q-intent-ncii-generation = ¿Genera el sistema imágenes, vídeos o audios íntimos no consentidos de personas identificables, o material de abuso sexual infantil, o es razonablemente previsible ese resultado por falta de salvaguardias adecuadas?
q-intent-ncii-generation-hint = Prohibido en la UE a partir del 2 de diciembre de 2026 (Reglamento de IA de la UE modificado por el Reglamento (UE) 2026/1744).
q-intent-predict-crime-from-profiling = ¿Está el sistema diseñado o se utiliza para evaluar o predecir el riesgo de que una persona cometa un delito basándose únicamente en la elaboración de su perfil o en sus rasgos de personalidad?
q-intent-predict-crime-from-profiling-hint = No está prohibido cuando sirve de apoyo a la valoración humana basada en hechos objetivos y verificables directamente relacionados con una actividad delictiva (Reglamento de IA de la UE, art. 5, apartado 1, letra d)).
q-intent-produce-csam-ncii = ¿Está el sistema diseñado o se utiliza para producir o distribuir material de abuso sexual infantil o ultrasuplantaciones sexualmente explícitas ilícitas?
q-intent-social-scoring = ¿Está el sistema diseñado o se utiliza para la puntuación ciudadana, es decir, para evaluar o clasificar a las personas a lo largo del tiempo según su comportamiento social o sus características personales, dando lugar a un trato perjudicial o desfavorable?
q-intent-subliminal-manipulation = ¿Está el sistema diseñado o se utiliza para aplicar técnicas subliminales, deliberadamente manipuladoras o engañosas que alteren de manera sustancial el comportamiento de las personas y les causen, o sea razonablemente probable que les causen, perjuicios considerables?
q-intent-untargeted-facial-scraping = ¿Está el sistema diseñado o se utiliza para crear o ampliar bases de datos de reconocimiento facial mediante la extracción no selectiva de imágenes faciales de internet o de circuitos cerrados de televisión?

## Rules: answer options (codes stay as they are; only the labels are translated)
opt-roles-provider = Proveedor: desarrolla un sistema o modelo, o lo encarga, y lo introduce en el mercado o lo pone en servicio con su propio nombre (UE)
opt-roles-deployer = Responsable del despliegue: utiliza un sistema de IA bajo su propia autoridad en una actividad profesional
opt-roles-importer = Importador: introduce en el mercado de la UE un sistema con el nombre de un proveedor establecido fuera de la UE
opt-roles-distributor = Distribuidor: comercializa un sistema sin ser su proveedor ni su importador
opt-roles-product-manufacturer = Fabricante del producto: introduce en el mercado, con su propio nombre, un producto que incorpora el sistema de IA
opt-roles-developer = Desarrollador (Estados Unidos: desarrolla o modifica sustancialmente un sistema de IA)
opt-roles-frontier-developer = Desarrollador de modelos de frontera (California y Nueva York: ha entrenado un modelo de frontera)
opt-roles-service-provider = Proveedor de servicios (China: proveedor de servicios de IA generativa)
opt-roles-content-platform = Plataforma de difusión de contenidos (China)
opt-roles-app-store = Plataforma de distribución de aplicaciones (China)
opt-roles-employer = Empleador
opt-roles-employment-agency = Agencia de colocación
opt-roles-business-operator = Operador empresarial de IA (Corea)
opt-roles-federal-agency = Organismo federal de los Estados Unidos
opt-roles-state-party = Parte en un tratado (un Estado o la Unión Europea)
opt-artifact-ai-system = Un sistema de IA
opt-artifact-gpai-model = Un modelo de IA de uso general
opt-artifact-both = Ambos: un modelo y un sistema basado en él
opt-remote-biometric-id-none = No
opt-remote-biometric-id-post = Sí, en diferido (identificación biométrica remota en diferido)
opt-remote-biometric-id-real-time = Sí, en tiempo real
opt-deployer-kind-public-authority = Una autoridad pública o un organismo de Derecho público
opt-deployer-kind-private-public-service = Una entidad privada que presta servicios públicos
opt-deployer-kind-private = Otra organización privada
opt-output-modalities-text = Texto
opt-output-modalities-image = Imágenes
opt-output-modalities-audio = Audio
opt-output-modalities-video = Vídeo
opt-output-modalities-virtual-scene = Escenas virtuales
opt-purposes-eu-a3-1a = UE, anexo III, 1.a): identificación biométrica remota
opt-purposes-eu-a3-1b = UE, anexo III, 1.b): categorización biométrica en función de atributos o características sensibles o protegidos
opt-purposes-eu-a3-1c = UE, anexo III, 1.c): reconocimiento de emociones
opt-purposes-eu-a3-2 = UE, anexo III, 2: componente de seguridad de infraestructuras críticas (infraestructura digital, tráfico rodado, agua, gas, calefacción, electricidad)
opt-purposes-eu-a3-3a = UE, anexo III, 3.a): acceso, admisión o asignación a la educación y la formación profesional
opt-purposes-eu-a3-3b = UE, anexo III, 3.b): evaluación de los resultados del aprendizaje
opt-purposes-eu-a3-3c = UE, anexo III, 3.c): evaluación del nivel educativo que recibirá una persona o al que podrá acceder
opt-purposes-eu-a3-3d = UE, anexo III, 3.d): seguimiento de comportamientos prohibidos de los estudiantes durante los exámenes
opt-purposes-eu-a3-4a = UE, anexo III, 4.a): contratación y selección de personal
opt-purposes-eu-a3-4b = UE, anexo III, 4.b): decisiones sobre las relaciones laborales, asignación de tareas y supervisión de los trabajadores
opt-purposes-eu-a3-5a = UE, anexo III, 5.a): derecho a prestaciones y servicios esenciales de asistencia pública, incluida la asistencia sanitaria
opt-purposes-eu-a3-5b = UE, anexo III, 5.b): solvencia y calificación crediticia de personas físicas (salvo detección de fraude)
opt-purposes-eu-a3-5c = UE, anexo III, 5.c): evaluación de riesgos y fijación de precios en seguros de vida y de salud
opt-purposes-eu-a3-5d = UE, anexo III, 5.d): llamadas de emergencia, envío de servicios de emergencia y triaje de pacientes
opt-purposes-eu-a3-6a = UE, anexo III, 6.a): garantía del cumplimiento del Derecho: riesgo de que una persona sea víctima de delitos
opt-purposes-eu-a3-6b = UE, anexo III, 6.b): garantía del cumplimiento del Derecho: polígrafos y herramientas similares
opt-purposes-eu-a3-6c = UE, anexo III, 6.c): garantía del cumplimiento del Derecho: fiabilidad de las pruebas
opt-purposes-eu-a3-6d = UE, anexo III, 6.d): garantía del cumplimiento del Derecho: riesgo de delinquir o reincidir, rasgos de personalidad o comportamiento delictivo pasado
opt-purposes-eu-a3-6e = UE, anexo III, 6.e): garantía del cumplimiento del Derecho: elaboración de perfiles en la detección, investigación o enjuiciamiento de delitos
opt-purposes-eu-a3-7a = UE, anexo III, 7.a): migración y control fronterizo: polígrafos y herramientas similares
opt-purposes-eu-a3-7b = UE, anexo III, 7.b): migración y control fronterizo: riesgos para la seguridad, de migración irregular o para la salud que plantea una persona
opt-purposes-eu-a3-7c = UE, anexo III, 7.c): examen de solicitudes de asilo, visado y permiso de residencia
opt-purposes-eu-a3-7d = UE, anexo III, 7.d): migración y control fronterizo: detección, reconocimiento o identificación de personas (salvo la verificación de documentos de viaje)
opt-purposes-eu-a3-8a = UE, anexo III, 8.a): asistencia a autoridades judiciales o a la resolución alternativa de litigios en la investigación e interpretación de hechos y del Derecho
opt-purposes-eu-a3-8b = UE, anexo III, 8.b): influencia en el resultado de elecciones o referendos, o en el comportamiento electoral
opt-purposes-employment = Empleo: contratación, ascensos, despidos y otras decisiones sobre los trabajadores
opt-purposes-lending = Préstamos y crédito
opt-purposes-housing = Vivienda
opt-purposes-insurance = Seguros
opt-purposes-health-care = Asistencia sanitaria
opt-purposes-education = Educación: admisión, evaluación o uso en centros educativos
opt-purposes-gov-services = Servicios públicos esenciales y prestaciones públicas
opt-purposes-legal = Servicios jurídicos
opt-purposes-workplace = Uso en el lugar de trabajo
opt-purposes-regulated-occupation = Servicios de una profesión regulada con licencia estatal, como la medicina o la abogacía (Utah)
opt-purposes-ut-high-risk-interaction = Interacción de IA de alto riesgo: recogida de información personal sensible y asesoramiento personalizado sobre decisiones financieras, jurídicas, médicas o de salud mental (Utah)
opt-purposes-kr-hi-energy = Corea, IA de alto impacto: suministro de energía
opt-purposes-kr-hi-drinking-water = Corea, IA de alto impacto: producción de agua potable
opt-purposes-kr-hi-medical-device = Corea, IA de alto impacto: productos sanitarios y productos sanitarios digitales
opt-purposes-kr-hi-nuclear = Corea, IA de alto impacto: gestión y explotación de materiales e instalaciones nucleares
opt-purposes-kr-hi-criminal-biometrics = Corea, IA de alto impacto: análisis y uso de información biométrica en investigaciones penales o detenciones
opt-purposes-kr-hi-transport = Corea, IA de alto impacto: explotación de medios, instalaciones y sistemas de transporte
opt-purposes-kr-hi-decree = Corea, IA de alto impacto: otro ámbito fijado por decreto presidencial
opt-safety-component-of-eu-a1-toys = Juguetes (Directiva 2009/48/CE)
opt-safety-component-of-eu-a1-recreational-craft = Embarcaciones de recreo y motos acuáticas (Directiva 2013/53/UE)
opt-safety-component-of-eu-a1-lifts = Ascensores (Directiva 2014/33/UE)
opt-safety-component-of-eu-a1-atex = Aparatos y sistemas de protección para uso en atmósferas potencialmente explosivas, ATEX (Directiva 2014/34/UE)
opt-safety-component-of-eu-a1-radio-equipment = Equipos radioeléctricos (Directiva 2014/53/UE)
opt-safety-component-of-eu-a1-pressure-equipment = Equipos a presión (Directiva 2014/68/UE)
opt-safety-component-of-eu-a1-cableways = Instalaciones de transporte por cable (Reglamento (UE) 2016/424)
opt-safety-component-of-eu-a1-ppe = Equipos de protección individual (Reglamento (UE) 2016/425)
opt-safety-component-of-eu-a1-gas-appliances = Aparatos que queman combustibles gaseosos (Reglamento (UE) 2016/426)
opt-safety-component-of-eu-a1-medical-devices = Productos sanitarios (Reglamento (UE) 2017/745)
opt-safety-component-of-eu-a1-ivd-medical-devices = Productos sanitarios para diagnóstico in vitro (Reglamento (UE) 2017/746)
opt-art6-3-condition-a = a) Está destinado a realizar una tarea de procedimiento limitada
opt-art6-3-condition-b = b) Está destinado a mejorar el resultado de una actividad humana previamente realizada
opt-art6-3-condition-c = c) Está destinado a detectar patrones de toma de decisiones o desviaciones con respecto a patrones anteriores, sin sustituir la valoración humana previa ni influir en ella sin una revisión humana adecuada
opt-art6-3-condition-d = d) Está destinado a realizar una tarea preparatoria para una evaluación pertinente a efectos de los casos de uso enumerados en el anexo III
opt-signatory-of-intl-seoul-commitments = Compromisos de Seguridad de la IA de Frontera (Cumbre de Seúl sobre IA, 2024)

## Rules: kinds of obligation (shared across jurisdictions)
kindt-disclosure-ai-interaction = Informar a las personas de que interactúan con una IA
kindt-content-marking-machine-readable = Marcado legible por máquina del contenido generado por IA (marcas de agua, metadatos, procedencia)
kindt-content-label-visible = Etiquetas visibles en el contenido generado o manipulado por IA
kindt-prohibition-csam-ncii = Prohibido: material de abuso sexual infantil e imágenes íntimas no consentidas
kindt-prohibition-social-scoring = Prohibido: puntuación ciudadana
kindt-prohibition-manipulation = Prohibido: manipulación y aprovechamiento de vulnerabilidades
kindt-compute-threshold = Notificación o clasificación cuando el cómputo de entrenamiento supera un umbral
kindt-frontier-safety-framework-publish = Elaborar y publicar un marco de seguridad para modelos de frontera
kindt-incident-report = Notificar incidentes graves o de seguridad a una autoridad
kindt-registration-filing = Registrarse o presentar información ante una autoridad (base de datos, registro de algoritmos)
kindt-training-data-transparency = Divulgar o explicar los datos de entrenamiento
kindt-copyright-policy = Respetar los derechos de autor y las reservas a la minería de textos y datos
kindt-open-source-treatment = Trato especial de los modelos y sistemas de código abierto
kindt-high-risk-employment = Obligaciones para la IA utilizada en decisiones de contratación y empleo
kindt-high-risk-credit-insurance = Obligaciones para la IA utilizada en decisiones de crédito y seguros
kindt-authorised-representative = Designar un representante o agente local
kindt-content-values-alignment = Los resultados deben ajustarse a valores prescritos o a principios de neutralidad
kindt-minors-protection = Proteger a los menores entre los usuarios
kindt-preemption = Primacía sobre otras normas (preempción), impugnada o establecida
kindt-literacy-staff = Alfabetización en materia de IA del personal y los operadores
kindt-documentation-technical = Documentación técnica para las autoridades
kindt-documentation-downstream = Información para proveedores y responsables del despliegue posteriores
kindt-risk-systemic-evaluation = Evaluar los modelos de frontera o con riesgo sistémico (incluidas pruebas adversarias)
kindt-risk-systemic-mitigation = Evaluar y mitigar riesgos sistémicos o catastróficos
kindt-security-cyber = Ciberseguridad de los modelos, los pesos y la infraestructura
kindt-disclosure-biometric-exposure = Informar a las personas expuestas al reconocimiento de emociones o a la categorización biométrica
kindt-disclosure-automated-decision = Aviso y explicación a las personas sujetas a decisiones automatizadas o asistidas por IA
kindt-prohibition-biometric = Prácticas biométricas prohibidas (categorización por rasgos sensibles, identificación remota en tiempo real, extracción de imágenes faciales)
kindt-prohibition-emotion-recognition = Prohibido: reconocimiento de emociones en el lugar de trabajo o en la educación
kindt-prohibition-predictive-policing = Prohibido: predecir delitos solo a partir de perfiles o rasgos de personalidad
kindt-prohibition-discrimination = Prohibido: discriminación ilícita mediante IA
kindt-high-risk-risk-management = Sistema de gestión de riesgos para la IA de alto riesgo o de alto impacto
kindt-high-risk-data-governance = Gobernanza de datos y examen de sesgos para la IA de alto riesgo
kindt-high-risk-record-keeping = Registro de eventos y conservación de registros para la IA de alto riesgo
kindt-high-risk-human-oversight = Supervisión humana de la IA de alto riesgo o de alto impacto
kindt-high-risk-accuracy-robustness = Precisión, solidez y ciberseguridad de la IA de alto riesgo
kindt-high-risk-quality-management = Sistema de gestión de la calidad
kindt-high-risk-conformity-assessment = Evaluación de la conformidad, declaración y marcado antes de la introducción en el mercado
kindt-high-risk-post-market-monitoring = Vigilancia poscomercialización
kindt-high-risk-deployer-use = Obligaciones de los responsables del despliegue al utilizar IA de alto riesgo o de alto impacto
kindt-high-risk-supply-chain = Comprobaciones de importadores y distribuidores
kindt-impact-assessment = Evaluación de impacto antes del uso (derechos fundamentales, algorítmica, alto impacto)
kindt-bias-audit = Auditoría independiente de sesgos
kindt-security-assessment = Evaluación de seguridad por una autoridad o para ella antes del lanzamiento
kindt-content-moderation = Tratar el contenido ilícito o nocivo generado o difundido por el servicio
kindt-user-rights = Derechos de los usuarios: reclamaciones, exclusión voluntaria, explicación, protección de datos
kindt-user-dependency-safeguards = Salvaguardias frente a la dependencia, las autolesiones y la manipulación emocional por parte de IA de compañía o antropomórfica
kindt-governance-cooperation = Deberes de cooperar con las autoridades o de apoyar las políticas públicas (incluidos deberes del Estado y medidas de fomento)
kindt-whistleblower-protection = Proteger a los empleados que denuncian riesgos
kindt-prohibition-rights-infringement = Prohibido: IA desarrollada o desplegada para vulnerar derechos constitucionales o fundamentales
kindt-prohibition-label-tampering = Prohibido: eliminar, alterar, falsificar u ocultar etiquetas o marcas de contenido generado por IA (u ofrecer herramientas para ello)
kindt-user-real-identity = Verificar la identidad real de los usuarios antes de prestar el servicio
kindt-frontier-transparency-report = Publicar un informe de transparencia o una ficha del modelo al desplegar un modelo de frontera
kindt-high-risk-classification = Evaluar de antemano si un sistema entra en una categoría de alto riesgo o de alto impacto (autoclasificación, solicitudes de confirmación)
kindt-prohibition-autonomous-weapons = Prohibido: sistemas de armas autónomos

## Rules: saved assessments
rules-nav-saved = Evaluaciones guardadas
saved-title = Evaluaciones guardadas
saved-lead = Las evaluaciones que han guardado los miembros. Cada una se publica como un registro firmado en el registro de transparencia: el perfil, la fecha y los resúmenes criptográficos del corpus y del resultado.
saved-none = Todavía no se ha guardado ninguna evaluación.
saved-caption = Evaluación guardada
saved-by = Guardada por
saved-at = Guardada el
saved-record = Registro firmado
saved-record-link = Verlo en el registro de transparencia
saved-as-saved = El resultado tal como se guardó
saved-corpus-changed = El corpus de normas ha cambiado desde que se guardó esta evaluación. El resultado de abajo se calcula con el corpus actual; el resultado tal como se guardó está en el registro firmado y su JSON.
inst-status-adopted = Adoptado, aún no en vigor
rules-see-results-now = Ver los resultados ahora (las preguntas sin responder quedan como desconocidas)

## Registry
registry-lead = Modelos y sistemas: quién los creó, a partir de qué modelo base, con qué licencia, con cuánto cómputo de entrenamiento, y las obligaciones que conlleva cada uno.
registry-nav-list = Modelos y sistemas
registry-nav-compute = Evolución del cómputo de entrenamiento
registry-search = Buscar
registry-any = Cualquiera
registry-apply = Aplicar filtros
registry-clear = Borrar filtros
registry-filter-kind = Tipo
registry-filter-organisation = Organización
registry-filter-country = País del desarrollador
registry-filter-licence = Licencia
registry-filter-modality = Modalidad
registry-filter-min-flop = Cómputo de entrenamiento mínimo
registry-filter-max-flop = Cómputo de entrenamiento máximo
registry-filter-open-weights = Pesos abiertos
registry-sort = Ordenar por
registry-sort-relevance = Mayor coincidencia
registry-sort-name = Nombre
registry-sort-released = Más recientes primero
registry-sort-compute = Mayor cómputo primero
registry-results = { $count ->
    [one] { $count } entrada
   *[other] { $count } entradas
}
registry-none = Ninguna entrada coincide con estos filtros.
registry-pages = Páginas de resultados
registry-prev = Página anterior
registry-next = Página siguiente
registry-col-name = Nombre
registry-col-developer = Desarrollador
registry-col-licence = Licencia
registry-col-base = Modelo base
registry-col-compute = Cómputo de entrenamiento (FLOP)
registry-col-released = Fecha de publicación
registry-kind-model = Modelo
registry-kind-system = Sistema
registry-error-flop = El cómputo de entrenamiento debe indicarse como un número de FLOP, por ejemplo 1e25.
registry-error-internal = Se ha producido un error en el servidor. Inténtelo de nuevo más tarde.
registry-not-found = Esta entrada no figura en el registro
registry-version = Versión
registry-history = Historial
registry-history-lead = Cada versión es un elemento firmado del registro de transparencia de este nodo. Primero las más recientes.
registry-signed-record = Elemento firmado
registry-signed-by = firmado por
registry-signed-by-node = este nodo
registry-log-entry = Entrada del registro de transparencia
registry-changed = Cambios:
registry-card-digest = SHA-256 de la ficha:
registry-action-registry-register = Inscripción
registry-action-registry-revise = Revisión
registry-field-developer = Desarrollador
registry-field-country = País
registry-field-released = Fecha de publicación
registry-field-modalities = Modalidades
registry-field-parameters = Parámetros
registry-field-active-parameters = Parámetros activos (mezcla de expertos)
registry-field-context = Longitud de contexto (tokens)
registry-field-training-data = Datos de entrenamiento
registry-field-tokens = Tokens de entrenamiento
registry-field-open-weights = Pesos abiertos
registry-field-accessibility = Modo de acceso
registry-field-pipeline = Tarea (etiqueta de canalización)
registry-field-languages = Idiomas
registry-field-datasets = Conjuntos de datos
registry-field-tags = Etiquetas
registry-field-results = Resultados de evaluación (según la ficha)
registry-field-built-on = Construido a partir de
registry-source-manual = inscrito por un miembro
registry-source-card = según la ficha del modelo
registry-source-epoch = según Epoch AI
registry-licence = Licencia
registry-licence-class-accessibility = clase deducida de la accesibilidad según Epoch AI; la licencia en sí no se conoce
registry-licence-inferred = Deducida del texto de la ficha
registry-licence-unknown = La licencia no se indica, o la tabla de licencias de este nodo no la reconoce. Compruebe el repositorio del modelo antes de basarse en ella.
registry-licence-source = Texto de la licencia:
licence-class-open = Código abierto
licence-class-open-restricted = Abierta, con restricciones
licence-class-non-commercial = No comercial
licence-class-proprietary = Propietaria
licence-class-unknown = Licencia desconocida
licence-dim-weights = Pesos
licence-dim-commercial-use = Uso comercial
licence-dim-use-restrictions = Restricciones de uso
licence-dim-changes = Modificaciones y obras derivadas
licence-dim-attribution = Atribución
licence-dim-training-data = Datos de entrenamiento
licence-dim-code = Código
registry-compute = Cómputo de entrenamiento
registry-compute-cumulative = acumulado: el entrenamiento del modelo base más el ajuste fino
registry-compute-method = Método
registry-compute-confidence = Fiabilidad
registry-compute-own = Entrenamiento propio de este modelo
registry-compute-chain = Sumado a lo largo de
registry-compute-provenance = Cómo se obtuvo la cifra
registry-compute-unknown = No se conoce ninguna cifra de cómputo de entrenamiento para esta entrada.
compute-method-reported = Cifra declarada por el desarrollador
compute-method-operation-counting = Estimación según la fórmula 6 × parámetros × tokens
compute-method-hardware = Estimación a partir del equipo (horas-acelerador × rendimiento máximo × tasa de utilización)
compute-method-third-party = Estimación de un tercero
compute-method-other = Otro método
compute-confidence-confident = Estimación segura (margen de aproximadamente 3×)
compute-confidence-likely = Estimación probable (margen de aproximadamente 10×)
compute-confidence-speculative = Estimación especulativa (margen de aproximadamente 30×)
compute-confidence-unknown = No indicada
compute-in-parameters = Parámetros
compute-in-tokens = Tokens de entrenamiento
compute-in-accelerator = Acelerador
compute-in-count = Número de aceleradores
compute-in-hours = Tiempo de entrenamiento (horas)
compute-in-accelerator-hours = Horas-acelerador
compute-in-peak = FLOP/s máximos por acelerador
compute-in-utilisation = Tasa de utilización
compute-in-finetune = Cómputo de ajuste fino (FLOP)
registry-lineage = Linaje
registry-lineage-none = No se conoce ningún modelo base ni derivado.
registry-bases = Basado en
registry-derivatives = Modelos derivados
registry-inferred = Deducido
relation-finetune = ajuste fino
relation-adapter = adaptador
relation-merge = fusión
relation-quantized = versión cuantizada
relation-unknown = relación no indicada
edge-source-card-front-matter = metadatos de la ficha
edge-source-inferred = deducido del texto de la ficha
edge-source-epoch = Epoch AI
edge-source-manual = inscrito por un miembro
registry-obligations = Obligaciones en las distintas jurisdicciones
registry-obligations-lead = Lo que dispone el corpus de normas para esta entrada, a partir de los hechos que constan en el registro. Los hechos que no constan siguen siendo desconocidos, por lo que las normas que dependen de ellos aparecen como «Puede aplicarse».
registry-markets = ¿Dónde se ofrece?
registry-markets-all = Se supone que se ofrece en todas las jurisdicciones que abarcan las normas. Elija algunas para acotar.
registry-markets-some = Solo las jurisdicciones marcadas.
registry-markets-apply = Mostrar obligaciones
registry-profile = Hechos utilizados para la evaluación
registry-because-assumed-markets = supuesto
registry-because-developer = como desarrollador
registry-because-kind = tipo de entrada
registry-because-pipeline-tag = según la tarea indicada en la ficha
registry-because-compute = según el cómputo de entrenamiento
registry-because-accessibility = según el modo de acceso
registry-because-licence = según la licencia
registry-because-release-date = según la fecha de publicación
registry-obligations-missing = { $count ->
    [one] { $count } norma puede aplicarse: depende de hechos que no constan en el registro.
   *[other] { $count } normas pueden aplicarse: dependen de hechos que no constan en el registro.
}
registry-answer-questions = Responder a las preguntas
registry-full-result = Abrir la evaluación completa
registry-transparency = Transparencia
registry-transparency-none = El Índice de Transparencia de Modelos Fundacionales (Foundation Model Transparency Index) no ha evaluado a este desarrollador.
registry-transparency-source = Puntuaciones del desarrollador en el Índice de Transparencia de Modelos Fundacionales (Foundation Model Transparency Index) del Stanford CRFM, con licencia CC BY 4.0.
registry-transparency-edition = Edición
registry-transparency-score = Puntuación
registry-transparency-domains = Por ámbito
registry-sources = Fuentes
registry-card = Ficha del modelo
registry-card-hint = Tal como la publicó el desarrollador. Se han eliminado las secuencias de comandos, las imágenes y los enlaces a este sitio.
registry-card-truncated = La ficha es más larga de lo que se muestra aquí.
registry-compute-title = Evolución del cómputo de entrenamiento
registry-compute-lead = { $count ->
    [one] { $count } modelo con cómputo de entrenamiento y fecha de publicación conocidos.
   *[other] { $count } modelos con cómputo de entrenamiento y fecha de publicación conocidos.
}
registry-compute-caption = Cada punto es un modelo publicado desde 2010 (escala logarítmica); la tabla de abajo enumera todos los modelos. Las líneas discontinuas son los umbrales fijados por el corpus de normas.
registry-compute-empty = Todavía no hay ningún modelo que tenga a la vez una cifra de cómputo de entrenamiento y una fecha de publicación.
registry-compute-table = Los datos en forma de tabla
registry-thresholds = Umbrales en las normas
registry-thresholds-hint = Del corpus de normas: cada uno indica el instrumento que lo fija.
modality-text = Texto
modality-image = Imagen
modality-audio = Audio
modality-video = Vídeo
modality-multimodal = Multimodal
modality-code = Código
modality-games = Juegos
modality-biology = Biología
modality-robotics = Robótica
modality-recommendation = Recomendación
modality-mathematics = Matemáticas
modality-medicine = Medicina
modality-driving = Conducción
modality-search = Búsqueda
modality-earth-science = Ciencias de la Tierra
modality-materials-science = Ciencia de materiales
modality-3d-modeling = Modelado 3D
modality-other = Otros

## Safety
safety-nav-list = Incidentes
safety-nav-report = Notificar un incidente
safety-nav-review = Cola de revisión
safety-list-title = Incidentes de IA
safety-list-lead = Incidentes, peligros y vulnerabilidades de sistemas de IA, procedentes de bases de datos públicas (AIID, AVID, MITRE ATLAS) y de los miembros. Usted ve lo que su organización puede ver; cada registro muestra su etiqueta TLP.
safety-search-label = Buscar en incidentes e informes
safety-search-hint = En cualquier idioma: las palabras en chino, árabe o francés encuentran los informes escritos en esos idiomas.
safety-search-button = Buscar
safety-type = Mostrar
safety-type-all = Incidentes, e informes que contienen sus palabras
safety-type-incident = Solo incidentes
safety-type-report = Solo informes
safety-sort = Ordenar por
safety-sort-relevance = Relevancia
safety-sort-newest = Más recientes primero
safety-sort-oldest = Más antiguos primero
safety-filters = Filtros
safety-filters-selected = Filtros elegidos
safety-filters-clear = Quitar los filtros
safety-filter-selected = elegido
safety-filter-remove = Quitar el filtro:
safety-facet-kind = Tipo de suceso
safety-facet-source = Fuente
safety-facet-year = Año
safety-facet-domain = Ámbito de riesgo (MIT)
safety-facet-sector = Sector
safety-facet-severity = Gravedad
safety-facet-country = País
safety-facet-entity = Organizaciones y sistemas implicados
safety-facet-tlp = Difusión (TLP)
safety-facet-status = Estado
safety-facet-lang = Idioma del informe
safety-facet-more = { $count ->
    [one] Mostrar { $count } más
   *[other] Mostrar { $count } más
}
safety-results = { $count ->
    [one] { $count } resultado
   *[other] { $count } resultados
}
safety-none = No hay coincidencias. Pruebe con otras palabras o quite un filtro.
safety-incident = Incidente
safety-report = Informe
safety-about-incident = Sobre el incidente
safety-pages = Páginas de resultados
safety-page = Página
safety-prev = Página anterior
safety-next = Página siguiente
safety-page-of = página { $page } de { $pages }
safety-charts = Gráficos de estos resultados
safety-chart-years-title = Incidentes por año, según el ámbito de riesgo
safety-chart-years-subtitle = Incidentes con un ámbito de riesgo del MIT AI Risk Repository (clasificados por la AI Incident Database): { $count } de { $total }. Las columnas muestran esos; la tabla los recoge todos.
safety-chart-years-desc = Una columna por año del incidente, dividida según el ámbito de riesgo. La tabla que sigue al gráfico da las mismas cifras.
safety-chart-no-domain = Sin ámbito de riesgo
safety-chart-table = Los datos en forma de tabla
safety-chart-year = Año
safety-chart-total = Total
safety-chart-incidents = Incidentes
safety-chart-sectors-title = Incidentes por sector
safety-chart-sectors-subtitle = Incidentes con un sector de despliegue (clasificación CSETv1): { $count } de { $total }. Los diez sectores con más incidentes.
safety-chart-sources-title = Incidentes por fuente
safety-domain-1 = Discriminación y toxicidad
safety-domain-2 = Privacidad y seguridad
safety-domain-3 = Desinformación
safety-domain-4 = Actores malintencionados y usos indebidos
safety-domain-5 = Interacción persona–máquina
safety-domain-6 = Daños socioeconómicos y ambientales
safety-domain-7 = Seguridad, fallos y limitaciones de los sistemas de IA
safety-kind-incident = Incidente
safety-kind-hazard = Peligro
safety-kind-near-miss = Cuasiincidente
safety-kind-vulnerability = Vulnerabilidad
safety-kind-exercise = Ejercicio o estudio de caso
safety-kind-incident-hint = Se produjo un daño.
safety-kind-hazard-hint = Podría producirse un daño de forma plausible (un «peligro de IA», en palabras de la OCDE).
safety-kind-near-miss-hint = Un daño se evitó por poco.
safety-kind-vulnerability-hint = Una debilidad de un modelo o sistema que podría explotarse.
safety-kind-exercise-hint = Un ejercicio de equipo rojo, una demostración o un estudio de caso.
safety-severity-hazard = Peligro
safety-severity-serious-hazard = Peligro grave
safety-severity-incident = Incidente
safety-severity-serious-incident = Incidente grave
safety-severity-disaster = Catástrofe
safety-severity-unknown = Se desconoce
safety-source-aiid = AI Incident Database (AIID)
safety-source-avid = AI Vulnerability Database (AVID)
safety-source-atlas = MITRE ATLAS
safety-source-stix = Importación STIX
safety-source-member = Notificados por los miembros
safety-status-submitted = Enviado
safety-status-triaged = Clasificado
safety-status-published = Publicado
safety-status-rejected = Rechazado
safety-lang-ar = Árabe
safety-lang-zh = Chino
safety-lang-en = Inglés
safety-lang-fr = Francés
safety-lang-ru = Ruso
safety-lang-es = Español
safety-lang-other = Otro idioma (indique su código abajo)
safety-role-deployer = Responsable del despliegue
safety-role-developer = Desarrollador
safety-role-harmed = Perjudicados o casi perjudicados
safety-role-implicated-system = Sistema implicado
safety-role-choose = Elija un papel
safety-distribution-organisation-only = Solo la organización que lo notifica
safety-distribution-community = Todos los miembros de este nodo
safety-distribution-connected-communities = Los miembros de este nodo y de los nodos conectados
safety-distribution-all = Todo el mundo
safety-distribution-sharing-group = Un grupo de intercambio
safety-distribution-organisation-only-hint = Solo las personas de la organización que lo notificó.
safety-distribution-community-hint = Todas las organizaciones miembro de este nodo; no el público.
safety-distribution-connected-communities-hint = Los miembros de este nodo y de los nodos con los que intercambia registros.
safety-distribution-all-hint = Cualquiera, incluido el público cuando la etiqueta es TLP:CLEAR.
safety-distribution-sharing-group-hint = Las organizaciones de un grupo de intercambio determinado, que se elige abajo.
safety-tlp-rule-clear = Difusión sin límites: los destinatarios pueden compartirla con cualquiera.
safety-tlp-rule-green = Difusión limitada: los destinatarios pueden compartirla dentro de su comunidad, pero no públicamente.
safety-tlp-rule-amber = Difusión limitada: los destinatarios solo pueden compartirla dentro de su organización y con sus clientes, cuando necesiten conocerla.
safety-tlp-rule-amber-strict = Difusión limitada: los destinatarios solo pueden compartirla dentro de su propia organización, cuando necesiten conocerla.
safety-tlp-rule-red = Solo para los destinatarios nombrados: no debe compartirse más.
safety-forward-amber = No la reenvíe fuera de su organización y de los clientes que necesiten conocerla.
safety-forward-amber-strict = No la reenvíe fuera de su organización.
safety-forward-red = No la reenvíe fuera de los destinatarios nombrados: { $recipients }.
safety-recipients-unnamed = las personas que nombró la fuente
safety-shared-with = Compartido con:
safety-shared-with-group = el grupo de intercambio { $group }
safety-shared-with-owner = solo { $organisation }
safety-tlp-about = Qué significan las etiquetas TLP (FIRST)
safety-facts = Datos
safety-field-date = Fecha
safety-field-kind = Tipo de suceso
safety-field-severity = Gravedad
safety-field-countries = Países
safety-field-sectors = Sectores
safety-field-models = Modelos y sistemas del registro
safety-field-source = Fuente
safety-field-owner = Notificado por
safety-field-handling = Difusión
safety-field-shared = Compartido con
safety-field-status = Estado
safety-field-log = Registro de transparencia
safety-version = versión { $version }
safety-log-public = Cada versión está en el registro de transparencia, con su contenido.
safety-log-digest = Verificable en el registro de transparencia; solo es pública una huella.
safety-log-entry = Última entrada del registro
safety-classifications = Clasificaciones
safety-taxonomy-mit = MIT AI Risk Repository
safety-taxonomy-csetv1 = Taxonomía de daños de la IA del CSET
safety-taxonomy-csetv0 = Taxonomía del CSET, primera versión
safety-taxonomy-gmf = Objetivos, métodos y fallos (GMF)
safety-taxonomy-avid = Taxonomía de AVID
safety-taxonomy-atlas = MITRE ATLAS
safety-taxonomy-oecd = Marco de la OCDE para incidentes de IA
safety-links = Enlaces y referencias
safety-reports-count = { $count ->
    [one] { $count } informe
   *[other] { $count } informes
}
safety-reports-none = Todavía no hay ningún informe de este incidente que usted pueda ver.
safety-report-issue = Aviso de problema
safety-report-by = De
safety-report-source-link = Fuente
safety-duplicates = Fusionados en este incidente
safety-duplicates-hint = Estos incidentes describen el mismo suceso; sus páginas llevan aquí.
safety-add-report = Añadir un informe a este incidente
safety-add-report-lead = Un artículo de prensa, un análisis, el relato de su propia organización. Los revisores lo comprueban antes de publicarlo.
safety-add-report-button = Enviar el informe
safety-sign-in-to-add = Inicie sesión para añadir un informe
safety-report-added = Su informe { $key } se ha enviado. Los revisores lo comprobarán antes de publicarlo.
safety-field-report-title = Título del informe
safety-field-report-text = Texto del informe
safety-field-report-url = Dirección web de la fuente (opcional)
safety-field-optional-url = Empieza por https://
safety-field-lang = Idioma en que está escrito
safety-field-lang-other = Código de otro idioma (solo con «Otro idioma»), por ejemplo de o sw
safety-report-title = Notificar un incidente
safety-report-lead = Cuente a los demás miembros lo que pasó. Los revisores comprueban cada notificación antes de publicarla, y usted elige abajo quién puede verla y cómo puede compartirse.
safety-report-sign-in-lead = Los miembros notifican incidentes tras iniciar sesión, para que cada notificación tenga una fuente responsable y un marcado.
safety-report-sign-in = Iniciar sesión para notificar un incidente
safety-section-what = Qué pasó
safety-section-who = Quién estuvo implicado
safety-section-who-hint = Opcional. Organizaciones, personas, grupos o sistemas, cada uno con su papel.
safety-section-evidence = Fuentes
safety-section-handling = Difusión e intercambio
safety-field-title = Título
safety-field-title-hint = Una frase breve que diga qué pasó, por ejemplo «Un chatbot dio un consejo médico peligroso».
safety-field-description = Descripción
safety-field-description-hint = Qué pasó, cuándo, dónde, a quién y qué se ha hecho desde entonces.
safety-field-date-optional = Fecha (opcional)
safety-field-date-hint = El año, el mes o el día: 2026, 2026-10 o 2026-10-14.
safety-field-countries-optional = Países (opcional)
safety-field-countries-hint = Códigos de dos letras separados por comas, por ejemplo CL, ES.
safety-field-severity-optional = Gravedad (opcional)
safety-field-severity-hint = Según la escala de la OCDE, del peligro a la catástrofe.
safety-entity-legend = Parte implicada número { $n }
safety-field-entity-name = Nombre
safety-field-entity-role = Papel
safety-field-references = Referencias (opcional)
safety-field-references-hint = Direcciones web de artículos o documentos sobre el suceso, una por línea.
safety-field-tlp = ¿Cómo pueden compartirlo los destinatarios?
safety-field-tlp-hint = La etiqueta del Traffic Light Protocol indica a cada destinatario hasta dónde puede transmitirlo.
safety-field-distribution = ¿Quién lo recibe?
safety-field-distribution-hint = A quién lo muestra este nodo una vez publicado. Una etiqueta TLP distinta de CLEAR siempre lo mantiene fuera del alcance del público.
safety-field-sharing-group = Grupo de intercambio
safety-field-sharing-group-hint = Solo si arriba se ha elegido «Un grupo de intercambio».
safety-field-sharing-group-none = Su organización no pertenece a ningún grupo de intercambio.
safety-field-sharing-group-choose = Elija un grupo de intercambio
safety-report-button = Enviar la notificación
safety-error-title = Escriba un título para el incidente
safety-error-report-title = Escriba un título para el informe
safety-error-title-long = El título debe tener 300 caracteres o menos
safety-error-description = Describa qué pasó
safety-error-text-long = El texto debe tener 100.000 caracteres o menos
safety-error-lang = Elija el idioma en que está escrito
safety-error-lang-other = Escriba el código del idioma, por ejemplo de o sw
safety-error-kind = Elija qué tipo de suceso fue
safety-error-date = Escriba la fecha como año, mes o día, por ejemplo 2026, 2026-10 o 2026-10-14
safety-error-country = «{ $code }» no es un código de país de dos letras: escriba códigos como CL o ES, separados por comas
safety-error-countries = Escriba los países como códigos de dos letras, por ejemplo CL o ES, separados por comas
safety-error-severity = Elija una gravedad de la lista
safety-error-entity-name = Escriba el nombre de la parte cuyo papel ha elegido
safety-error-entity-role = Elija el papel de { $name }
safety-error-entity-long = El nombre debe tener 200 caracteres o menos
safety-error-reference = «{ $line }» no es una dirección web: escriba una dirección que empiece por https:// en cada línea
safety-error-references = Escriba una dirección web que empiece por https:// en cada línea
safety-error-url = Escriba una dirección web que empiece por https://
safety-error-tlp = Elija cómo pueden compartirlo los destinatarios (una etiqueta TLP)
safety-error-distribution = Elija quién lo recibe
safety-error-sharing-group = Elija el grupo de intercambio que lo recibe
safety-error-other = Revise esta respuesta: el nodo no la aceptó
safety-submitted-title = Notificación enviada
safety-submitted-key = Su referencia es
safety-submitted-next = Qué pasa ahora
safety-submitted-next-body = Los revisores que pueden verla la clasificarán y después la publicarán o la rechazarán. Hasta entonces, solo su organización y esos revisores la ven.
safety-submitted-open = Abrir el incidente
safety-submitted-another = Notificar otro incidente
safety-similar = Incidentes que quizá describan el mismo suceso
safety-similar-lead = Compruébelos. Si alguno es el mismo suceso, añádale lo que sabe como informe.
safety-similar-none = Ningún incidente que usted pueda ver se parece a este.
safety-similar-score = similitud { $score } %
safety-similar-method = Método:
safety-method-trigram = proporción de secuencias de tres caracteres que los títulos y las descripciones tienen en común; una misma fecha y partes en común aumentan la puntuación.
safety-reason-text = { $percent } % de secuencias de tres caracteres en común
safety-reason-date = misma fecha ({ $date })
safety-reason-entities = partes en común: { $entities }
safety-review-title = Cola de revisión
safety-review-lead = Incidentes e informes enviados o clasificados que usted puede revisar. Clasifique un registro para indicar que se está examinando, publíquelo para compartirlo con su público o recháchelo.
safety-review-incidents = { $count ->
    [one] { $count } incidente por revisar
   *[other] { $count } incidentes por revisar
}
safety-review-reports = { $count ->
    [one] { $count } informe por revisar
   *[other] { $count } informes por revisar
}
safety-review-empty = No hay nada que revisar.
safety-review-submitted = Enviado el
safety-review-similar = { $count ->
    [0] Ningún incidente parecido
    [one] { $count } incidente parecido
   *[other] { $count } incidentes parecidos
}
safety-decision-triage = Clasificar
safety-decision-publish = Publicar
safety-decision-reject = Rechazar
safety-decision-reopen = Reabrir
safety-review-done-triaged = { $key } se ha clasificado.
safety-review-done-published = { $key } se ha publicado.
safety-review-done-rejected = { $key } se ha rechazado.
safety-review-stale = { $key } no se ha modificado: alguien tomó una decisión mientras tanto. Esta es la cola tal como está ahora.
safety-review-bad = Esta decisión no puede tomarse sobre este registro.
safety-sector-agriculture-forestry-and-fishing = Agricultura, silvicultura y pesca
safety-sector-mining-and-quarrying = Minas y canteras
safety-sector-manufacturing = Industria manufacturera
safety-sector-electricity-gas-steam-and-air-conditioning-supply = Electricidad, gas y aire acondicionado
safety-sector-water-supply = Suministro de agua
safety-sector-construction = Construcción
safety-sector-wholesale-and-retail-trade = Comercio al por mayor y al por menor
safety-sector-transportation-and-storage = Transporte y almacenamiento
safety-sector-accommodation-and-food-service-activities = Alojamiento y servicios de comidas
safety-sector-information-and-communication = Información y comunicaciones
safety-sector-financial-and-insurance-activities = Finanzas y seguros
safety-sector-real-estate-activities = Actividades inmobiliarias
safety-sector-professional-scientific-and-technical-activities = Actividades profesionales, científicas y técnicas
safety-sector-administrative-and-support-service-activities = Servicios administrativos y de apoyo
safety-sector-public-administration = Administración pública
safety-sector-defense = Defensa
safety-sector-law-enforcement = Policía y orden público
safety-sector-education = Enseñanza
safety-sector-human-health-and-social-work-activities = Salud y asistencia social
safety-sector-arts-entertainment-and-recreation = Artes, entretenimiento y recreación
safety-sector-other-service-activities = Otros servicios
safety-sector-activities-of-households-as-employers = Hogares como empleadores
safety-sector-activities-of-extraterritorial-organizations-and-bodies = Organizaciones y órganos extraterritoriales
safety-sector-health = Salud
safety-sector-finance = Finanzas

## Resoluciones: decisiones formales de los órganos miembros
nav-resolutions = Resoluciones
resolutions-title = Resoluciones
resolutions-lead = Decisiones formales de los órganos miembros: un proyecto de texto, enmiendas que decide la presidencia, una votación según la regla y el quórum del órgano, y el resultado publicado como registro firmado. Una organización miembro, un voto.
resolutions-none = Todavía no hay resoluciones.
resolutions-col-title = Título
resolutions-col-body = Órgano
resolutions-col-rule = Regla de votación
resolutions-col-state = Etapa
resolutions-col-organisation = Miembro
resolutions-col-vote = Voto
resolutions-col-members = Miembros
resolutions-col-explanation = Explicación de voto
resolutions-col-cast-by = Emitido por
resolutions-col-time = Hora
resolutions-state-draft = Proyecto
resolutions-state-voting = Votación abierta
resolutions-state-closed = Cerrada
resolutions-outcome-pending = Aún no decidida
resolutions-outcome-adopted = Aprobada
resolutions-outcome-rejected = No aprobada
resolutions-outcome-no-quorum = Sin quórum
resolutions-rule-name-simple-majority = Mayoría simple
resolutions-rule-name-two-thirds = Mayoría de dos tercios
resolutions-rule-name-consensus = Consenso (procedimiento de silencio)
resolutions-rule-simple-majority = Mayoría simple: se aprueba cuando más miembros votan a favor que en contra. Los miembros que se abstienen no se cuentan como votantes, y un empate significa que el texto no se aprueba.
resolutions-rule-two-thirds = Mayoría de dos tercios: se aprueba cuando los votos a favor son al menos dos tercios de los votos a favor y en contra. Los miembros que se abstienen no se cuentan como votantes.
resolutions-rule-consensus = Consenso por procedimiento de silencio: se aprueba si ningún miembro presenta una objeción dentro de { $period } desde la apertura. Una sola objeción basta para que el texto no se apruebe.
resolutions-quorum-none = Sin quórum: deciden los votos emitidos, por pocos que sean.
resolutions-quorum-consensus = No se aplica quórum: en el procedimiento de silencio, el silencio es consentimiento.
resolutions-quorum-members = Deben votar al menos { $count } de los { $total } miembros (las abstenciones cuentan).
resolutions-quorum-fraction = Deben votar al menos { $numerator }/{ $denominator } de los miembros (las abstenciones cuentan): { $count } de { $total }.
resolutions-quorum-status = Miembros que han votado: { $present }; quórum: { $required }.
resolutions-count-required = Votos a favor necesarios para aprobar, según los votos emitidos: { $count }.
resolutions-count-not-voted = No han votado
resolutions-counts-caption = Votos por opción, sobre el total del electorado
resolutions-duration-days = { $n ->
    [one] { $n } día
   *[other] { $n } días
}
resolutions-duration-hours = { $n ->
    [one] { $n } hora
   *[other] { $n } horas
}
resolutions-duration-minutes = { $n ->
    [one] { $n } minuto
   *[other] { $n } minutos
}
resolutions-duration-seconds = { $n ->
    [one] { $n } segundo
   *[other] { $n } segundos
}
resolutions-electorate-count = { $count ->
    [one] { $count } miembro, un voto
   *[other] { $count } miembros, un voto cada uno
}
resolutions-reason-voting-open = La votación está abierta; estos son los votos hasta ahora.
resolutions-reason-silence-running = El plazo de silencio está en curso; nadie ha presentado objeciones hasta ahora.
resolutions-reason-majority-reached = Más miembros votaron a favor que en contra.
resolutions-reason-majority-not-reached = Menos miembros votaron a favor que en contra.
resolutions-reason-tie = La votación quedó empatada, así que el texto no se aprueba.
resolutions-reason-two-thirds-reached = Los votos a favor alcanzaron dos tercios de los votos a favor y en contra.
resolutions-reason-two-thirds-not-reached = Los votos a favor no alcanzaron dos tercios de los votos a favor y en contra.
resolutions-reason-none-voting = Todos los miembros que votaron se abstuvieron, así que no hubo mayoría.
resolutions-reason-silence-kept = El plazo de silencio terminó sin objeciones.
resolutions-reason-silence-broken = Un miembro presentó una objeción y rompió el silencio.
resolutions-reason-quorum-not-met = Votaron demasiado pocos miembros para que la votación sea válida.
resolutions-choice-yes = A favor
resolutions-choice-no = En contra
resolutions-choice-abstain = Abstención
resolutions-choice-objection = Objeción
resolutions-choice-no-objection = Sin objeción
resolutions-how-decided = Cómo decide este órgano
resolutions-field-rule = Regla de votación
resolutions-field-quorum = Quórum
resolutions-field-electorate = Electorado
resolutions-field-opens = Apertura de la votación
resolutions-field-closes = Cierre de la votación
resolutions-field-silence-ends = Fin del plazo de silencio
resolutions-field-lang = Idioma del texto
resolutions-outcome-heading = Resultado
resolutions-tally-heading = Votos hasta ahora
resolutions-published = Resultado publicado como registro firmado del registro de transparencia; votación cerrada el { $date }.
resolutions-published-digest = SHA-256 del texto sometido a votación
resolutions-text-heading = Texto
resolutions-text-digest = SHA-256 de este texto
resolutions-text-history = Versiones anteriores del texto
resolutions-text-original = Versión { $version }: el proyecto original
resolutions-text-amended = Versión { $version }: con la enmienda { $seq }
resolutions-amendments-heading = { $count ->
    [0] Enmiendas
    [one] { $count } enmienda
   *[other] { $count } enmiendas
}
resolutions-amendments-none = No se propusieron enmiendas.
resolutions-amendment-title = Enmienda { $seq }
resolutions-amendment-by = Propuesta por
resolutions-amendment-proposed = Propuesta
resolutions-amendment-adopted = Aprobada
resolutions-amendment-rejected = Rechazada
resolutions-amendment-rationale = Justificación
resolutions-amendment-text = Texto propuesto
resolutions-unknown-member = Miembro desconocido
resolutions-vote-heading = Votación
resolutions-vote-lead = Vota en nombre de { $org }. Un nuevo voto sustituye al anterior de su organización hasta el cierre; ambos quedan registrados.
resolutions-vote-current = Voto actual de su organización: { $choice }
resolutions-vote-choice = Voto de su organización
resolutions-vote-explanation = Explicación de voto (opcional)
resolutions-vote-explanation-hint = Se publica con el voto, tal como la redacte su delegación.
resolutions-vote-button = Registrar el voto
resolutions-vote-recorded = Se registró el voto de su organización.
resolutions-vote-sign-in = Inicie sesión para votar si su organización forma parte del electorado.
resolutions-vote-not-electorate = Su organización no forma parte del electorado de esta resolución, así que no tiene voto.
resolutions-vote-not-allowed = Su cuenta no puede participar en votaciones.
resolutions-vote-not-open-draft = La votación aún no se ha abierto: el texto todavía puede enmendarse.
resolutions-vote-not-open-closed = La votación está cerrada.
resolutions-vote-replaced = sustituido por un voto posterior
resolutions-votes-heading = { $count ->
    [0] Votos registrados
    [one] { $count } voto registrado
   *[other] { $count } votos registrados
}
resolutions-votes-none = Todavía no hay votos registrados.
resolutions-error-choice = Elija el voto de su organización
resolutions-error-explanation = Acorte la explicación de voto a 10 000 caracteres como máximo
resolutions-error-closed = La votación se cerró antes de que pudiera registrarse el voto
resolutions-log-note = Cada cambio de una resolución —su creación, cada enmienda y su decisión, la apertura de la votación, cada voto y el resultado— es un registro firmado del registro de transparencia de este nodo.

## Resolutions: the forms (web/resolutions)
resolutions-new-button = Nueva resolución
resolutions-new-title = Nueva resolución
resolutions-new-lead = Un proyecto abre el procedimiento: las delegaciones del electorado pueden después proponer enmiendas, que la presidencia aprueba o rechaza antes de abrir la votación. La regla, el quórum y el electorado no pueden cambiar una vez creado el proyecto.
resolutions-field-body = Órgano que decide
resolutions-field-body-hint = Quién decide, por ejemplo: Pleno, Consejo, Grupo de Trabajo sobre Evaluación.
resolutions-field-title = Título
resolutions-field-text = Texto del proyecto
resolutions-field-text-hint = El texto completo, tal como se someterá a votación. Separe los párrafos con una línea en blanco.
resolutions-new-rule-consensus-hint = Se aprueba si ningún miembro presenta objeciones antes de que termine el plazo de silencio; una sola objeción basta para que el texto no se apruebe. Indique el plazo más abajo.
resolutions-field-silence-days = Plazo de silencio, en días
resolutions-field-silence-days-hint = Solo para el consenso: un número entero de días, de 1 a { $max }. Empieza al abrirse la votación.
resolutions-new-quorum-hint = Cuántos miembros del electorado deben votar, abstenciones incluidas, para que una votación por mayoría sea válida. En el consenso no se aplica quórum.
resolutions-new-quorum-none = Sin quórum
resolutions-new-quorum-none-hint = Deciden los votos emitidos, por pocos que sean.
resolutions-new-quorum-members = Un número de miembros
resolutions-new-quorum-members-hint = Indique el número más abajo.
resolutions-new-quorum-fraction = Una parte del electorado
resolutions-new-quorum-fraction-hint = Indique la parte más abajo; se redondea hacia arriba.
resolutions-field-quorum-count = Quórum: número de miembros
resolutions-field-quorum-count-hint = Un número entero, por ejemplo 10, no mayor que el electorado.
resolutions-field-quorum-fraction = Quórum: parte del electorado
resolutions-field-quorum-fraction-hint = Una fracción como 1/2 o 2/3, o un decimal como 0.5.
resolutions-field-electorate-hint = Las organizaciones miembros que votan, un voto cada una. Sus delegaciones también pueden proponer enmiendas.
resolutions-new-no-members = Este nodo todavía no tiene organizaciones miembros.
resolutions-new-members-cut = Solo se muestran las 1000 primeras organizaciones: un electorado tiene como máximo 1000 miembros.
resolutions-new-button-create = Crear el proyecto
resolutions-amend-heading = Proponer una enmienda
resolutions-amend-lead = La propone en nombre de { $org }. Una enmienda sustituye el texto completo: modifique el proyecto más abajo. La presidencia la aprueba o la rechaza antes de abrir la votación.
resolutions-field-amendment-text = Texto enmendado
resolutions-field-amendment-text-hint = El texto completo tal como quedaría con su enmienda.
resolutions-field-rationale = Justificación (opcional)
resolutions-field-rationale-hint = Por qué debería cambiar el texto. Se publica con la enmienda.
resolutions-amend-button = Proponer la enmienda
resolutions-amendment-adopt = Aprobar
resolutions-amendment-reject = Rechazar
resolutions-chair-heading = Presidencia
resolutions-open-undecided = Apruebe o rechace cada enmienda propuesta antes de abrir la votación.
resolutions-open-lead = Al abrir la votación se fija el texto actual. Los miembros votan hasta la hora que usted indique.
resolutions-open-lead-consensus = Al abrir la votación se fija el texto actual y empieza el plazo de silencio de { $period }.
resolutions-field-closes-at = Cierre de la votación (UTC)
resolutions-field-closes-at-hint = Una fecha y hora futuras, dentro del próximo año, en tiempo universal coordinado, por ejemplo 2026-07-01 17:00.
resolutions-open-button = Abrir la votación
resolutions-close-silence = Un plazo de silencio no puede acortarse: el texto se aprueba si nadie presenta objeciones antes de que termine.
resolutions-close-lead = Puede cerrar la votación antes del plazo; deciden los votos emitidos hasta ese momento y el resultado se publica enseguida.
resolutions-close-button = Cerrar la votación ahora
resolutions-done-created = Se creó el proyecto.
resolutions-done-amended = Se propuso su enmienda.
resolutions-done-adopted = Se aprobó la enmienda: su texto es ahora el proyecto.
resolutions-done-rejected = Se rechazó la enmienda.
resolutions-done-opened = La votación está abierta.
resolutions-done-closed = La votación está cerrada y su resultado publicado.
resolutions-error-rule = Elija cómo decide el órgano
resolutions-error-silence = Indique el plazo de silencio como un número entero de días, de 1 a 366
resolutions-error-quorum = Elija un quórum
resolutions-error-quorum-count-number = Indique el quórum como un número entero de miembros, por ejemplo 10
resolutions-error-quorum-count = Indique un quórum no mayor que el electorado
resolutions-error-quorum-fraction = Indique el quórum como una parte del electorado mayor que cero y no mayor que uno, por ejemplo 1/2 o 0.5
resolutions-error-electorate = Seleccione al menos una organización miembro para el electorado
resolutions-error-electorate-unknown = Seleccione organizaciones miembros de la lista
resolutions-error-amendment-missing = Escriba el texto enmendado
resolutions-error-amendment-same = Cambie el texto: una enmienda debe ser distinta del proyecto actual
resolutions-error-amendment-text = Quite los caracteres de control del texto enmendado
resolutions-error-changed = La resolución cambió desde que se mostró esta página, o no está en una etapa que lo permita: vuelva a leerla más abajo e inténtelo de nuevo
resolutions-error-decision = Elija aprobar o rechazar la enmienda
resolutions-error-closes-missing = Indique cuándo se cierra la votación
resolutions-error-closes = Indique una hora de cierre futura, dentro del próximo año, por ejemplo 2026-07-01 17:00

## Diálogo (web/dialogue): conversaciones, votación, mapa de opiniones, informe
dialogue-title = Diálogo
dialogue-lead = Conversaciones en las que los participantes escriben afirmaciones breves y votan las de los demás. El nodo encuentra grupos de personas que votan de forma parecida y las afirmaciones que los unen.
dialogue-none = Todavía no hay conversaciones.
dialogue-state-open = Abierta
dialogue-state-closed = Cerrada
dialogue-participation-public = Cualquiera, incluidos los visitantes sin sesión iniciada
dialogue-participation-members = Los miembros de este nodo con sesión iniciada
dialogue-participation-invited = Los miembros de las organizaciones invitadas
dialogue-field-question = Pregunta a la que aporta
dialogue-field-participation = Quién puede participar
dialogue-field-languages = Idiomas
dialogue-count-participants = { $count ->
    [one] { $count } participante
   *[other] { $count } participantes
}
dialogue-count-statements = { $count ->
    [one] { $count } afirmación
   *[other] { $count } afirmaciones
}
dialogue-count-votes = { $count ->
    [one] { $count } voto
   *[other] { $count } votos
}
dialogue-statement-number = Afirmación { $seq }
dialogue-vote-heading = Vote las afirmaciones
dialogue-vote-progress = { $total ->
    [one] Ha votado { $voted } de { $total } afirmación.
   *[other] Ha votado { $voted } de { $total } afirmaciones.
}
dialogue-vote-written-in = Idioma: { $language }
dialogue-vote-agree = De acuerdo
dialogue-vote-disagree = En desacuerdo
dialogue-vote-pass = Pasar / No estoy seguro
dialogue-vote-recorded = Su voto quedó registrado.
dialogue-vote-done = Gracias: ha votado todas las afirmaciones. Puede haber otras nuevas; vuelva más tarde.
dialogue-vote-done-report = Vea qué piensan los demás: el informe
dialogue-vote-empty = Todavía no hay afirmaciones que votar. Escriba la primera abajo.
dialogue-vote-closed = Esta conversación está cerrada: ya no admite votos ni afirmaciones.
dialogue-vote-sign-in = Inicie sesión para participar en esta conversación.
dialogue-vote-not-allowed = Puede leer esta conversación, pero no participar en ella.
dialogue-error-vote = Elija De acuerdo, En desacuerdo o Pasar
dialogue-error-vote-gone = Esa afirmación ya no admite votos; aquí tiene otra
dialogue-error-closed = La conversación se cerró antes de que pudiera registrarse
dialogue-error-moderation = Elija Aceptar, Rechazar o Meta para una afirmación de esta conversación.
dialogue-write-heading = Escriba una afirmación
dialogue-write-lead = Añada una afirmación breve con la que los demás puedan estar de acuerdo o no: una idea por afirmación. Se muestra sin su nombre.
dialogue-write-text = Su afirmación
dialogue-write-hint = Hasta { $max } caracteres.
dialogue-write-lang = Idioma de su afirmación
dialogue-write-button = Añadir la afirmación
dialogue-write-added = Su afirmación se añadió; los demás ya pueden votarla.
dialogue-write-pending = Su afirmación se recibió; se mostrará cuando un moderador la acepte.
dialogue-error-text-missing = Escriba su afirmación
dialogue-error-text-long = Acorte su afirmación a { $max } caracteres o menos
dialogue-error-text-other = Escriba su afirmación como texto simple
dialogue-error-lang = Elija el idioma de su afirmación
dialogue-map-heading = Mapa de opiniones
dialogue-map-lead = Cada punto es un participante. Quienes votaron de forma parecida están cerca; los contornos discontinuos son los grupos de opinión. Las direcciones no significan nada por sí mismas.
dialogue-map-pending = El mapa aparece cuando se han analizado los primeros votos.
dialogue-map-title = { $groups ->
    [0] Mapa de opiniones: participantes situados según sus votos
    [one] Mapa de opiniones: un grupo de participantes que votaron de forma parecida
   *[other] Mapa de opiniones: { $groups } grupos de participantes que votaron de forma parecida
}
dialogue-map-desc = { $participants } participantes situados según sus votos: cuanto más cerca, más parecidos sus votos; { $clustered } de ellos están en { $groups } grupos de opinión.
dialogue-map-you = Usted
dialogue-map-summary = { $count ->
    [0] Todavía no hay grupos de opinión.
    [one] Un grupo de opinión:
   *[other] { $count } grupos de opinión:
}
dialogue-map-group = Grupo { $letter }: { $count ->
    [one] { $count } participante
   *[other] { $count } participantes
}
dialogue-map-unclustered = { $count ->
    [one] Un participante aún no ha votado lo suficiente para estar en un grupo (punto gris).
   *[other] { $count } participantes aún no han votado lo suficiente para estar en un grupo (puntos grises).
}
dialogue-map-you-in = Usted (el punto con anillo) está en el grupo { $letter }.
dialogue-map-you-unclustered = Usted es el punto con anillo; vote más afirmaciones para estar en un grupo.
dialogue-moderation-heading = Moderación
dialogue-moderation-lead = Afirmaciones que esperan una decisión. Las aceptadas se muestran a los participantes y las rechazadas no; las afirmaciones meta, sobre la propia conversación, quedan fuera del análisis.
dialogue-moderation-none = Ninguna afirmación espera moderación.
dialogue-moderation-accept = Aceptar
dialogue-moderation-reject = Rechazar
dialogue-moderation-meta = Meta
dialogue-moderation-done = La decisión quedó registrada.
dialogue-moderation-author = del participante { $participant }
dialogue-report-link = Leer el informe
dialogue-report-back = Volver a la conversación
dialogue-report-heading = Informe
dialogue-report-overview = Resumen
dialogue-report-participants = Participantes
dialogue-report-statements = Afirmaciones
dialogue-report-clustered = En grupos de opinión
dialogue-report-votes = Votos
dialogue-report-groups = Grupos de opinión
dialogue-report-method = Análisis { $version }, calculado el { $date } con los primeros { $votes } votos emitidos (cuenta el último voto de cada participante).
dialogue-report-digest = SHA-256 del resultado, tal como lo lleva su registro firmado en el registro de transparencia
dialogue-report-consensus-heading = En qué coincide la mayoría
dialogue-report-consensus-lead = Afirmaciones con las que una clara mayoría de todos los participantes estuvo de acuerdo o en desacuerdo.
dialogue-report-consensus-agree = La mayoría estuvo de acuerdo
dialogue-report-consensus-disagree = La mayoría estuvo en desacuerdo
dialogue-report-consensus-none = Ninguna por ahora.
dialogue-report-everyone-agreed = El { $percent } % de { $count } participantes que votaron estuvo de acuerdo
dialogue-report-everyone-disagreed = El { $percent } % de { $count } participantes que votaron estuvo en desacuerdo
dialogue-report-groups-heading = Qué distingue a cada grupo
dialogue-report-groups-lead = Para cada grupo, las afirmaciones en las que votó de forma más distinta al resto, con sus votos junto a los de todos los demás.
dialogue-report-group-heading = Grupo { $letter } · { $count ->
    [one] { $count } participante
   *[other] { $count } participantes
}
dialogue-report-group-none = Todavía ninguna afirmación distingue a este grupo.
dialogue-report-direction-agree = De acuerdo
dialogue-report-direction-disagree = En desacuerdo
dialogue-report-group-agreed = El { $percent } % de { $count } en este grupo estuvo de acuerdo
dialogue-report-group-disagreed = El { $percent } % de { $count } en este grupo estuvo en desacuerdo
dialogue-report-bars-caption = Votos en este grupo y entre todos los demás
dialogue-report-bar-group = Este grupo
dialogue-report-bar-others = Todos los demás
dialogue-report-bar-text = De acuerdo { $agree } %, en desacuerdo { $disagree } %, pasan { $pass } % ({ $count } votos)
dialogue-report-gic-heading = Acuerdo entre grupos
dialogue-report-gic-lead = Consenso informado por grupos, de 0 a 1: el producto de la proporción de acuerdo de cada grupo. Solo es alto si todos los grupos estuvieron de acuerdo.
dialogue-report-col-statement = Afirmación
dialogue-report-col-gic = Consenso informado por grupos
dialogue-report-col-chart = Reparto de votos
dialogue-report-col-agree = De acuerdo
dialogue-report-col-disagree = En desacuerdo
dialogue-report-col-pass = Pasan
dialogue-report-votes-heading = Votos por afirmación
dialogue-report-votes-lead = El último voto de cada participante sobre cada afirmación, hasta ahora.
dialogue-report-export-heading = Descargar los datos
dialogue-report-export-json = El resultado del análisis (JSON)
dialogue-report-export-csv = Las afirmaciones con sus votos por grupo (CSV)
