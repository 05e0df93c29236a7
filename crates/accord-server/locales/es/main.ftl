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
