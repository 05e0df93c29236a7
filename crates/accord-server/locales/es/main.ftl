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
