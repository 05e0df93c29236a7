# Веб-интерфейс Accord — русский язык.
# Каждое сообщение должно существовать с теми же переменными, что и в английском оригинале;
# это проверяется тестом. Название «Accord» не переводится.

## Page frame
skip-to-content = Перейти к основному содержанию
site-tagline = Открытая инфраструктура для глобального сотрудничества в области управления ИИ
nav-label = Основная навигация
nav-home = Главная
nav-registry = Реестр
nav-rules = Правила
nav-safety = Безопасность
nav-dialogue = Диалог
nav-compute = Вычисления
nav-members = Участники
nav-transparency = Прозрачность
nav-tokens = Токены API
language-label = Язык
signed-in-as = Вы вошли как { $name }
sign-in = Войти
sign-out = Выйти
footer-node = Узел: { $name }
footer-version = Accord, версия { $version }
footer-api = Документация API (OpenAPI)
footer-health = Состояние узла

## Home
home-title = Добро пожаловать на этот узел Accord
home-intro = Accord — общая инфраструктура для стран, институтов безопасности ИИ, регулирующих органов, международных организаций, компаний, сообществ открытого программного обеспечения и исследователей, которые сотрудничают в области управления ИИ. Каждый участник поддерживает свой узел, подобный этому, и подключает его к остальным.
home-parts-title = Что делает этот узел
home-stats-title = Этот узел в цифрах
stat-organisations = Организации-участники
stat-users = Учётные записи пользователей
stat-events = Записи журнала аудита
part-registry-summary = Общий реестр моделей и систем ИИ: карточки моделей, лицензии, происхождение и объём вычислений для обучения.
part-rules-summary = Датированный свод законов и рамочных документов об ИИ со всего мира со ссылками на источники, а также сведения о том, что применяется к системе в каждой юрисдикции.
part-safety-summary = Сообщения об инцидентах и информация об угрозах, которыми участники обмениваются в рамках согласованных уровней доступа.
part-dialogue-summary = Участники публикуют высказывания и голосуют; узел выявляет группы мнений и высказывания, по которым сложился широкий консенсус.
part-compute-summary = Пороговые значения объёма вычислений для обучения, классификация микросхем в рамках экспортного контроля и совместное использование вычислительных мощностей.
part-members-summary = Организации, входящие в сообщество этого узла, и их учётные записи.
part-transparency-summary = Каждое изменение на этом узле фиксируется в журнале аудита, в который записи можно только добавлять; участники могут его просматривать.
part-not-yet = Этот раздел на данном узле пока не включён.
part-coming-title = Скоро на этом узле

## Sign in
login-title = Вход
login-intro = Войдите с учётной записью, которую для вас создал администратор вашей организации.
field-email = Адрес электронной почты
field-password = Пароль
login-button = Войти
login-failed = Неверный адрес электронной почты или пароль
login-rate-limited = { $seconds ->
    [one] Слишком много попыток входа. Подождите { $seconds } секунду и повторите попытку.
    [few] Слишком много попыток входа. Подождите { $seconds } секунды и повторите попытку.
    [many] Слишком много попыток входа. Подождите { $seconds } секунд и повторите попытку.
   *[other] Слишком много попыток входа. Подождите { $seconds } секунды и повторите попытку.
}
signed-out = Вы вышли из системы.
error-summary-title = Возникла проблема
error-prefix = Ошибка:

## Members
members-title = Участники
members-intro = Организации, входящие в сообщество этого узла.
members-count = { $count ->
    [one] { $count } организация
    [few] { $count } организации
    [many] { $count } организаций
   *[other] { $count } организации
}
col-name = Название
col-kind = Тип
col-country = Страна или регион
col-website = Сайт
col-joined = Дата вступления
col-role = Роль
col-email = Адрес электронной почты
no-country = Международная
add-organisation-title = Добавить организацию
field-org-name = Название организации
field-org-name-hint = В том написании, которое использует сама организация, на её собственном языке.
field-kind = Тип организации
field-country = Код страны или региона
field-country-hint = Две буквы, например FR, CN или BR. Для международных организаций оставьте поле пустым.
field-website = Сайт
field-website-hint = Необязательно. Начинается с https://
add-organisation-button = Добавить организацию
organisation-added = Организация добавлена: { $name }
org-users-title = Учётные записи пользователей
org-users-hidden = Учётные записи организации видны только администраторам.
org-no-users = У этой организации пока нет учётных записей пользователей.
add-user-title = Добавить учётную запись пользователя
field-display-name = Полное имя
field-role = Роль
field-new-password = Пароль
field-new-password-hint = Не менее 10 символов. Передайте пароль пользователю безопасным способом; изменить его пользователь пока не может.
add-user-button = Добавить пользователя
user-added = Учётная запись пользователя добавлена: { $name }
org-history-title = История
back-to-members = Назад к списку участников

kind-state_institution = Государственное учреждение
kind-regulator = Регулирующий орган
kind-international_organisation = Международная организация
kind-company = Компания
kind-research_institution = Научно-исследовательская организация
kind-developer_community = Сообщество разработчиков
kind-individual_expert = Независимый эксперт

role-admin = Администратор
role-editor = Редактор
role-reviewer = Рецензент
role-member = Участник

## API tokens
tokens-title = Токены API
tokens-intro = Токены позволяют скриптам и другим системам использовать JSON API от вашего имени. У токена никогда не бывает больше прав, чем у вашей учётной записи.
tokens-none = У вас нет токенов API.
col-token-name = Название
col-token-prefix = Начинается с
col-scopes = Области доступа
col-created = Создан
col-expires = Истекает
col-last-used = Последнее использование
col-status = Статус
col-actions = Действия
never = Никогда
token-active = Действует
token-revoked = Отозван
token-expired = Истёк
revoke = Отозвать
create-token-title = Создать токен
field-token-name = Название
field-token-name-hint = Укажите, что будет его использовать, например «ночной экспорт».
field-scopes = Области доступа
scope-read = read: чтение всего, что доступно вашей учётной записи
scope-write = write: создание и изменение содержимого
scope-admin = admin: управление участниками, пользователями и токенами
field-expires-days = Срок действия (в днях)
field-expires-days-hint = { $max ->
    [one] От 1 до { $max } дня.
   *[other] От 1 до { $max } дней.
}
create-token-button = Создать токен
token-created-title = Ваш новый токен
token-created-warning = Этот токен больше не будет показан. Скопируйте его сейчас.
token-value-label = Токен
copy = Копировать
copied = Скопировано
token-created-use = Передавайте его в заголовке авторизации: Authorization: Bearer, а затем сам токен.
back-to-tokens = Назад к токенам API
revoke-title = Отозвать токен «{ $name }»?
revoke-warning = Системы, которые его используют, сразу перестанут работать. Это действие нельзя отменить.
revoke-button = Отозвать токен
cancel = Отмена
token-revoked-notice = Токен отозван: { $name }

## Transparency
transparency-title = Прозрачность
transparency-intro = Каждое изменение на этом узле — участники, учётные записи, токены — фиксируется в журнале аудита, в который записи можно только добавлять. Записи нельзя изменить или удалить — даже оператору узла через базу данных.
transparency-sign-in = Войдите, чтобы просмотреть журнал аудита.
col-seq = №
col-time = Время
col-action = Действие
col-subject = Объект
col-actor = Кто
actor-operator = Оператор узла
actor-system = Система
audit-empty = Журнал аудита пуст.
older-entries = Более ранние записи
next-page = Следующая страница

action-organisation-create = Организация добавлена
action-user-create = Учётная запись пользователя добавлена
action-user-set_password = Пароль задан
action-token-create = Токен API создан
action-token-revoke = Токен API отозван
action-session-open = Вход в систему
action-session-close = Выход из системы

## Errors
not-found-title = Страница не найдена
not-found-body = Если вы вводили веб-адрес вручную, проверьте, правильно ли он указан.
forbidden-title = Вам недоступно это действие
forbidden-body = У вашей учётной записи нет роли, необходимой для этой страницы. Обратитесь к администратору вашей организации.
sign-in-needed = Войдите, чтобы просмотреть эту страницу.
csrf-failed = Срок действия формы истёк. Вернитесь назад, обновите страницу и повторите попытку.
problem-title = Извините, в работе сервиса возникла проблема
problem-body = Повторите попытку позже.

## Field errors (shown by the field and in the summary)
err-required = Заполните поле «{ $field }»
err-too-long = { $max ->
    [one] Поле «{ $field }» должно содержать не более { $max } символа
   *[other] Поле «{ $field }» должно содержать не более { $max } символов
}
err-not-allowed = Выберите значение поля «{ $field }» из списка
err-malformed = Введите значение поля «{ $field }» в правильном формате
err-duplicate = Значение поля «{ $field }» уже используется
err-scopes-required = Выберите хотя бы одну область доступа

## Transparency log
log-title = Журнал прозрачности
log-intro = Каждая опубликованная запись — участники, учётные записи, токены, ключи подписи — подписывается и добавляется в дерево Меркла, в которое записи можно только добавлять (RFC 9162). После каждого изменения узел подписывает контрольную точку дерева, поэтому любой может убедиться, что ни одна запись не была изменена или удалена.
log-origin = Журнал
log-size = Число записей в журнале
log-root = Корневой хеш
log-checkpoint = Последняя подписанная контрольная точка
log-verify-hint = Проверьте этот узел самостоятельно с помощью команды:
log-empty = Журнал пуст.
log-recent = Последние записи
log-audit-trail = Журнал аудита
col-index = Индекс
col-record = Запись
col-version = Версия
col-signed-by = Кем подписано
col-author = Автор
entry-title = Запись журнала № { $index }
entry-envelope = Подписанная запись
entry-signature = Подпись
entry-key = Ключ подписи
entry-leaf = Хеш листа
entry-proof = Доказательство включения для контрольной точки размером { $size }
entry-check-server = Проверено этим узлом
entry-valid = Подпись действительна, запись есть в журнале
entry-invalid = Проверка не пройдена: { $problem }
entry-verify-browser = Проверить в этом браузере
entry-verify-browser-hint = Заново вычисляет корень дерева Меркла по записи и доказательству и проверяет подпись, не полагаясь на вывод этой страницы.
entry-browser-ok = Проверено в вашем браузере: доказательство приводит к корню контрольной точки, подпись действительна.
entry-browser-root-ok = Доказательство приводит к корню контрольной точки. Этот браузер не может проверять подписи Ed25519.
entry-browser-failed = Проверка в вашем браузере не пройдена.
key-owner-node = Этот узел
key-owner-organisation = Организация { $name }
back-to-log = Назад к журналу прозрачности
action-key-register = Ключ подписи опубликован
action-key-retire = Ключ подписи выведен из употребления
