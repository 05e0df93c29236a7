# واجهة الويب لمنصة Accord — العربية.
# يجب أن توجد كل رسالة بالمتغيرات نفسها الموجودة في الأصل الإنجليزي؛
# ويتحقق اختبارٌ من ذلك. لا يُترجم اسم العلامة "Accord".

## Page frame
skip-to-content = انتقل إلى المحتوى الرئيسي
site-tagline = بنية تحتية مفتوحة للتعاون العالمي في حوكمة الذكاء الاصطناعي
nav-label = التنقل الرئيسي
nav-home = الرئيسية
nav-registry = السجل
nav-rules = القواعد
nav-safety = السلامة
nav-dialogue = الحوار
nav-compute = الحوسبة
nav-members = الأعضاء
nav-transparency = الشفافية
nav-tokens = رموز الوصول
language-label = اللغة
signed-in-as = تم تسجيل الدخول باسم { $name }
sign-in = تسجيل الدخول
sign-out = تسجيل الخروج
footer-node = العقدة: { $name }
footer-version = Accord، الإصدار { $version }
footer-api = توثيق واجهة برمجة التطبيقات (OpenAPI)
footer-health = حالة العقدة

## Home
home-title = مرحبًا بكم في عقدة Accord هذه
home-intro = تُعدّ Accord بنية تحتية مشتركة للدول ومعاهد سلامة الذكاء الاصطناعي والجهات التنظيمية والمنظمات الدولية والشركات ومجتمعات المصادر المفتوحة والباحثين الذين يتعاونون في حوكمة الذكاء الاصطناعي. ويشغّل كل عضو عقدة مثل هذه العقدة ويربطها بالعقد الأخرى.
home-parts-title = ما تقوم به هذه العقدة
home-stats-title = لمحة عن هذه العقدة
stat-organisations = المنظمات الأعضاء
stat-users = حسابات المستخدمين
stat-events = إدخالات سجل التدقيق
part-registry-summary = سجل مشترك لنماذج الذكاء الاصطناعي وأنظمته: بطاقات النماذج والتراخيص وسلسلة النسب وحجم الحوسبة المستخدمة في التدريب.
part-rules-summary = مجموعة موثّقة المصادر ومؤرّخة من قوانين الذكاء الاصطناعي وأُطره في العالم، مع بيان ما ينطبق على النظام في كل ولاية قضائية.
part-safety-summary = بلاغات الحوادث ومعلومات التهديدات التي يتبادلها الأعضاء وفق مستويات وصول متفق عليها.
part-dialogue-summary = ينشر الأعضاء مواقف ويصوّتون عليها، وتحدد العقدة مجموعات الرأي والمواقف التي تحظى بتوافق واسع.
part-compute-summary = عتبات الحوسبة المستخدمة في التدريب، وتصنيف الرقائق وفق ضوابط التصدير، وتقاسم القدرات الحاسوبية.
part-members-summary = المنظمات المشاركة في مجتمع هذه العقدة، وحساباتها.
part-transparency-summary = يُسجَّل كل تغيير في هذه العقدة في سجل تدقيق لا يقبل إلا الإضافة، ويمكن للأعضاء الاطلاع عليه.
part-not-yet = هذا الجزء غير مفعّل بعد في هذه العقدة.
part-coming-title = قريبًا في هذه العقدة

## Sign in
login-title = تسجيل الدخول
login-intro = سجّل الدخول بالحساب الذي أنشأه لك مسؤول منظمتك.
field-email = عنوان البريد الإلكتروني
field-password = كلمة المرور
login-button = تسجيل الدخول
login-failed = عنوان البريد الإلكتروني أو كلمة المرور غير صحيح
login-rate-limited = { $seconds ->
    [zero] محاولات تسجيل دخول كثيرة جدًا. انتظر { $seconds } ثانية ثم حاول مرة أخرى.
    [one] محاولات تسجيل دخول كثيرة جدًا. انتظر { $seconds } ثانية ثم حاول مرة أخرى.
    [two] محاولات تسجيل دخول كثيرة جدًا. انتظر { $seconds } ثانيتين ثم حاول مرة أخرى.
    [few] محاولات تسجيل دخول كثيرة جدًا. انتظر { $seconds } ثوانٍ ثم حاول مرة أخرى.
    [many] محاولات تسجيل دخول كثيرة جدًا. انتظر { $seconds } ثانية ثم حاول مرة أخرى.
   *[other] محاولات تسجيل دخول كثيرة جدًا. انتظر { $seconds } ثانية ثم حاول مرة أخرى.
}
signed-out = لقد سجّلت الخروج.
error-summary-title = توجد مشكلة
error-prefix = خطأ:

## Members
members-title = الأعضاء
members-intro = المنظمات المشاركة في مجتمع هذه العقدة.
members-count = { $count ->
    [zero] { $count } منظمة
    [one] { $count } منظمة
    [two] { $count } منظمتان
    [few] { $count } منظمات
    [many] { $count } منظمة
   *[other] { $count } منظمة
}
col-name = الاسم
col-kind = النوع
col-country = البلد أو المنطقة
col-website = الموقع الإلكتروني
col-joined = تاريخ الانضمام
col-role = الدور
col-email = عنوان البريد الإلكتروني
no-country = دولية
add-organisation-title = إضافة منظمة
field-org-name = اسم المنظمة
field-org-name-hint = كما تكتبه المنظمة، بلغتها.
field-kind = نوع المنظمة
field-country = رمز البلد أو المنطقة
field-country-hint = حرفان، مثل FR أو CN أو BR. اتركه فارغًا للمنظمات الدولية.
field-website = الموقع الإلكتروني
field-website-hint = اختياري. يبدأ بـ ⁦https://⁩
add-organisation-button = إضافة المنظمة
organisation-added = تمت إضافة المنظمة: { $name }
org-users-title = حسابات المستخدمين
org-users-hidden = لا يطّلع على حسابات المنظمة إلا المسؤولون.
org-no-users = لا توجد لدى هذه المنظمة حسابات مستخدمين بعد.
add-user-title = إضافة حساب مستخدم
field-display-name = الاسم الكامل
field-role = الدور
field-new-password = كلمة المرور
field-new-password-hint = 10 أحرف على الأقل. سلّمها إلى الشخص المعني بطريقة آمنة؛ إذ لا يمكنه تغييرها بعد.
add-user-button = إضافة المستخدم
user-added = تمت إضافة حساب المستخدم: { $name }
org-history-title = سجل التغييرات
back-to-members = العودة إلى الأعضاء

kind-state_institution = مؤسسة حكومية
kind-regulator = جهة تنظيمية
kind-international_organisation = منظمة دولية
kind-company = شركة
kind-research_institution = مؤسسة بحثية
kind-developer_community = مجتمع مطورين
kind-individual_expert = خبير مستقل

role-admin = مسؤول
role-editor = محرر
role-reviewer = مراجع
role-member = عضو

## API tokens
tokens-title = رموز الوصول إلى واجهة برمجة التطبيقات
tokens-intro = تتيح رموز الوصول للبرامج النصية والأنظمة الأخرى استخدام واجهة برمجة التطبيقات بصيغة JSON نيابةً عنك. ولا تتجاوز صلاحيات رمز الوصول صلاحيات حسابك أبدًا.
tokens-none = ليست لديك رموز وصول.
col-token-name = الاسم
col-token-prefix = يبدأ بـ
col-scopes = النطاقات
col-created = تاريخ الإنشاء
col-expires = تاريخ الانتهاء
col-last-used = آخر استخدام
col-status = الحالة
col-actions = الإجراءات
never = أبدًا
token-active = نشط
token-revoked = مُبطَل
token-expired = منتهي الصلاحية
revoke = إبطال
create-token-title = إنشاء رمز وصول
field-token-name = الاسم
field-token-name-hint = اذكر ما الذي سيستخدمه، مثل «التصدير الليلي».
field-scopes = النطاقات
scope-read = read: قراءة ما يمكن لحسابك قراءته
scope-write = write: إنشاء المحتوى وتعديله
scope-admin = admin: إدارة الأعضاء والمستخدمين ورموز الوصول
field-expires-days = مدة الصلاحية (بالأيام)
field-expires-days-hint = { $max ->
    [zero] من 1 إلى { $max } يوم.
    [one] من 1 إلى { $max } يوم.
    [two] من 1 إلى { $max } يومين.
    [few] من 1 إلى { $max } أيام.
    [many] من 1 إلى { $max } يومًا.
   *[other] من 1 إلى { $max } يوم.
}
create-token-button = إنشاء رمز الوصول
token-created-title = رمز الوصول الجديد
token-created-warning = لن ترى رمز الوصول هذا مرة أخرى. انسخه الآن.
token-value-label = رمز الوصول
copy = نسخ
copied = تم النسخ
token-created-use = أرسله في ترويسة التفويض بالصيغة التالية: Authorization: Bearer متبوعةً برمز الوصول.
back-to-tokens = العودة إلى رموز الوصول
revoke-title = إبطال رمز الوصول «{ $name }»؟
revoke-warning = ستتوقف الأنظمة التي تستخدمه عن العمل فورًا. لا يمكن التراجع عن ذلك.
revoke-button = إبطال رمز الوصول
cancel = إلغاء
token-revoked-notice = تم إبطال رمز الوصول: { $name }

## Transparency
transparency-title = الشفافية
transparency-intro = يُسجَّل كل تغيير في هذه العقدة — الأعضاء والحسابات ورموز الوصول — في سجل تدقيق لا يقبل إلا الإضافة. ولا يمكن تعديل الإدخالات أو حذفها، ولا حتى من قِبل مشغّل العقدة عبر قاعدة البيانات.
transparency-sign-in = سجّل الدخول للاطلاع على سجل التدقيق.
col-seq = الرقم
col-time = الوقت
col-action = الإجراء
col-subject = العنصر المعني
col-actor = المنفِّذ
actor-operator = مشغّل العقدة
actor-system = النظام
audit-empty = سجل التدقيق فارغ.
older-entries = إدخالات أقدم
next-page = الصفحة التالية

action-organisation-create = تمت إضافة منظمة
action-user-create = تمت إضافة حساب مستخدم
action-user-set_password = تم تعيين كلمة المرور
action-token-create = تم إنشاء رمز وصول
action-token-revoke = تم إبطال رمز وصول
action-session-open = تسجيل الدخول
action-session-close = تسجيل الخروج

## Errors
not-found-title = الصفحة غير موجودة
not-found-body = إذا كتبت عنوان الصفحة بنفسك، فتحقق من صحته.
forbidden-title = لا يمكنك القيام بذلك
forbidden-body = لا يملك حسابك الدور المطلوب لهذه الصفحة. تواصل مع مسؤول منظمتك.
sign-in-needed = سجّل الدخول للاطلاع على هذه الصفحة.
csrf-failed = انتهت صلاحية هذا النموذج. ارجع إلى الصفحة السابقة، وأعد تحميلها، ثم حاول مرة أخرى.
problem-title = عذرًا، توجد مشكلة في الخدمة
problem-body = حاول مرة أخرى لاحقًا.

## Field errors (shown by the field and in the summary)
err-required = أدخل { $field }
err-too-long = { $max ->
    [zero] يجب ألا يزيد طول حقل «{ $field }» على { $max } حرف
    [one] يجب ألا يزيد طول حقل «{ $field }» على { $max } حرف
    [two] يجب ألا يزيد طول حقل «{ $field }» على { $max } حرفين
    [few] يجب ألا يزيد طول حقل «{ $field }» على { $max } أحرف
    [many] يجب ألا يزيد طول حقل «{ $field }» على { $max } حرفًا
   *[other] يجب ألا يزيد طول حقل «{ $field }» على { $max } حرف
}
err-not-allowed = اختر قيمة حقل «{ $field }» من القائمة
err-malformed = أدخل قيمة حقل «{ $field }» بالتنسيق الصحيح
err-duplicate = قيمة حقل «{ $field }» مستخدمة بالفعل
err-scopes-required = اختر نطاقًا واحدًا على الأقل

## Transparency log
log-title = سجل الشفافية
log-intro = يُوقَّع كل قيد منشور — الأعضاء والحسابات ورموز الوصول ومفاتيح التوقيع — ويُضاف إلى شجرة ميركل لا تقبل إلا الإضافة (⁦RFC 9162⁩). وبعد كل تغيير، توقّع العقدة نقطة تحقق للشجرة، بحيث يمكن لأي شخص التأكد من عدم تعديل أي قيد أو حذفه.
log-origin = السجل
log-size = عدد القيود في السجل
log-root = قيمة تجزئة الجذر
log-checkpoint = أحدث نقطة تحقق موقَّعة
log-verify-hint = دقّق هذه العقدة بنفسك باستخدام الأمر التالي:
log-empty = السجل فارغ.
log-recent = أحدث القيود
log-audit-trail = سجل التدقيق
col-index = الفهرس
col-record = القيد
col-version = الإصدار
col-signed-by = الموقِّع
col-author = المؤلف
entry-title = إدخال السجل رقم { $index }
entry-envelope = القيد الموقَّع
entry-signature = التوقيع
entry-key = مفتاح التوقيع
entry-leaf = قيمة تجزئة الورقة
entry-proof = إثبات التضمين مقابل نقطة التحقق التي يبلغ حجمها { $size }
entry-check-server = التحقق من جانب هذه العقدة
entry-valid = التوقيع صالح والقيد موجود في السجل
entry-invalid = تعذّر التحقق: { $problem }
entry-verify-browser = التحقق في هذا المتصفح
entry-verify-browser-hint = يعيد حساب جذر شجرة ميركل من القيد والإثبات، ويتحقق من التوقيع، دون الاعتماد على النتيجة التي تعرضها هذه الصفحة.
entry-browser-ok = تم التحقق في متصفحك: يؤدي الإثبات إلى جذر نقطة التحقق، والتوقيع صالح.
entry-browser-root-ok = يؤدي الإثبات إلى جذر نقطة التحقق. لا يستطيع هذا المتصفح التحقق من توقيعات ⁦Ed25519⁩.
entry-browser-failed = فشل التحقق في متصفحك.
key-owner-node = هذه العقدة
key-owner-organisation = منظمة { $name }
back-to-log = العودة إلى سجل الشفافية
action-key-register = تم نشر مفتاح توقيع
action-key-retire = تم إيقاف مفتاح توقيع
