# Accord 网页界面 — 简体中文。
# 每条消息都必须存在，且变量与英文源文件相同；
# 有测试进行检查。品牌名称“Accord”不翻译。

## Page frame
skip-to-content = 跳转到主要内容
site-tagline = 全球人工智能治理合作的开放基础设施
nav-label = 主导航
nav-home = 首页
nav-registry = 登记册
nav-rules = 规则
nav-safety = 安全
nav-dialogue = 对话
nav-compute = 算力
nav-members = 成员
nav-transparency = 透明度
nav-tokens = API 令牌
language-label = 语言
signed-in-as = 已登录：{ $name }
sign-in = 登录
sign-out = 退出登录
footer-node = 节点：{ $name }
footer-version = Accord 版本 { $version }
footer-api = API 文档（OpenAPI）
footer-health = 节点状态

## Home
home-title = 欢迎访问本 Accord 节点
home-intro = Accord 是一套共享基础设施，服务于在人工智能治理方面开展合作的国家、人工智能安全研究所、监管机构、国际组织、企业、开源社区和研究人员。每个成员都运行一个与本节点类似的节点，并将其与其他节点相连。
home-parts-title = 本节点的功能
home-stats-title = 本节点概览
stat-organisations = 成员组织
stat-users = 用户账户
stat-events = 审计日志条目
part-registry-summary = 人工智能模型和系统的共享记录：模型卡、许可证、谱系和训练算力。
part-rules-summary = 全球人工智能法律和框架的资料库，注明出处和日期，并说明各司法管辖区对某一系统适用哪些规定。
part-safety-summary = 成员之间按商定的访问级别共享的事件报告和威胁信息。
part-dialogue-summary = 成员发表观点并投票；节点会识别出意见群体以及获得广泛共识的观点。
part-compute-summary = 训练算力阈值、芯片的出口管制分类以及算力共享。
part-members-summary = 参与本节点社区的组织及其账户。
part-transparency-summary = 对本节点的每项更改都记录在只可追加的审计日志中，供成员查阅。
part-not-yet = 本节点尚未启用此部分。
part-coming-title = 即将在本节点推出

## Sign in
login-title = 登录
login-intro = 使用贵组织管理员为您创建的账户登录。
field-email = 电子邮件地址
field-password = 密码
login-button = 登录
login-failed = 电子邮件地址或密码错误
login-rate-limited = 登录尝试次数过多。请等待 { $seconds } 秒后重试。
signed-out = 您已退出登录。
error-summary-title = 出现问题
error-prefix = 错误：

## Members
members-title = 成员
members-intro = 参与本节点社区的组织。
members-count = { $count ->
   *[other] { $count } 个组织
}
col-name = 名称
col-kind = 类型
col-country = 国家或地区
col-website = 网站
col-joined = 加入日期
col-role = 角色
col-email = 电子邮件地址
no-country = 国际
add-organisation-title = 添加组织
field-org-name = 组织名称
field-org-name-hint = 按该组织自身的写法，使用其本身的语言填写。
field-kind = 组织类型
field-country = 国家或地区代码
field-country-hint = 两个字母，例如 FR、CN 或 BR。国际组织请留空。
field-website = 网站
field-website-hint = 选填。以 https:// 开头
add-organisation-button = 添加组织
organisation-added = 已添加组织：{ $name }
org-users-title = 用户账户
org-users-hidden = 只有管理员可以查看组织的账户。
org-no-users = 该组织还没有用户账户。
add-user-title = 添加用户账户
field-display-name = 姓名
field-role = 角色
field-new-password = 密码
field-new-password-hint = 至少 10 个字符。以安全的方式将密码交给本人；对方暂时无法更改密码。
add-user-button = 添加用户
user-added = 已添加用户账户：{ $name }
org-history-title = 历史记录
back-to-members = 返回成员列表

kind-state_institution = 国家机构
kind-regulator = 监管机构
kind-international_organisation = 国际组织
kind-company = 企业
kind-research_institution = 研究机构
kind-developer_community = 开发者社区
kind-individual_expert = 个人专家

role-admin = 管理员
role-editor = 编辑
role-reviewer = 审核人
role-member = 成员

## API tokens
tokens-title = API 令牌
tokens-intro = 令牌可让脚本和其他系统代表您使用 JSON API。令牌的权限绝不会超过您的账户。
tokens-none = 您没有 API 令牌。
col-token-name = 名称
col-token-prefix = 开头字符
col-scopes = 权限范围
col-created = 创建时间
col-expires = 过期时间
col-last-used = 上次使用
col-status = 状态
col-actions = 操作
never = 从不
token-active = 有效
token-revoked = 已吊销
token-expired = 已过期
revoke = 吊销
create-token-title = 创建令牌
field-token-name = 名称
field-token-name-hint = 说明将由什么使用它，例如“每晚导出”。
field-scopes = 权限范围
scope-read = read: 读取您的账户可读取的内容
scope-write = write: 创建和更改内容
scope-admin = admin: 管理成员、用户和令牌
field-expires-days = 有效期（天）
field-expires-days-hint = 1 至 { $max } 天。
create-token-button = 创建令牌
token-created-title = 您的新令牌
token-created-warning = 此令牌不会再次显示。请立即复制。
token-value-label = 令牌
copy = 复制
copied = 已复制
token-created-use = 在授权请求头中发送：Authorization: Bearer 后接令牌。
back-to-tokens = 返回 API 令牌
revoke-title = 吊销令牌“{ $name }”？
revoke-warning = 使用该令牌的系统将立即停止工作。此操作无法撤销。
revoke-button = 吊销令牌
cancel = 取消
token-revoked-notice = 已吊销令牌：{ $name }

## Transparency
transparency-title = 透明度
transparency-intro = 对本节点的每项更改（成员、账户、令牌）都记录在只可追加的审计日志中。条目无法更改或删除，即使节点运营方通过数据库操作也不行。
transparency-sign-in = 登录后即可查看审计日志。
col-seq = 序号
col-time = 时间
col-action = 操作
col-subject = 对象
col-actor = 执行者
actor-operator = 节点运营方
actor-system = 系统
audit-empty = 审计日志为空。
older-entries = 更早的条目
next-page = 下一页

action-organisation-create = 已添加组织
action-user-create = 已添加用户账户
action-user-set_password = 已设置密码
action-token-create = 已创建 API 令牌
action-token-revoke = 已吊销 API 令牌
action-session-open = 登录
action-session-close = 退出登录

## Errors
not-found-title = 找不到页面
not-found-body = 如果网址是您手动输入的，请检查是否正确。
forbidden-title = 您无权执行此操作
forbidden-body = 您的账户不具备此页面所需的角色。请联系贵组织的管理员。
sign-in-needed = 登录后即可查看此页面。
csrf-failed = 此表单已过期。请返回上一页，刷新页面后重试。
problem-title = 抱歉，服务出现问题
problem-body = 请稍后重试。

## Field errors (shown by the field and in the summary)
err-required = 请输入{ $field }
err-too-long = { $field }不得超过 { $max } 个字符
err-not-allowed = 请从列表中选择{ $field }
err-malformed = 请按正确格式输入{ $field }
err-duplicate = { $field }已被使用
err-scopes-required = 请至少选择一个权限范围

## Transparency log
log-title = 透明度日志
log-intro = 每条已发布的记录（成员、账户、令牌、签名密钥）都经过签名，并追加到只可追加的默克尔树（RFC 9162）中。每次更改后，节点都会对该树的检查点进行签名，因此任何人都可以核实没有记录被更改或删除。
log-origin = 日志
log-size = 日志中的记录数
log-root = 根哈希
log-checkpoint = 最新的已签名检查点
log-verify-hint = 您可以使用以下命令自行审计本节点：
log-empty = 日志为空。
log-recent = 最新记录
log-audit-trail = 审计日志
col-index = 索引
col-record = 记录
col-version = 版本
col-signed-by = 签名方
col-author = 作者
entry-title = 日志条目 { $index }
entry-envelope = 已签名记录
entry-signature = 签名
entry-key = 签名密钥
entry-leaf = 叶哈希
entry-proof = 针对大小为 { $size } 的检查点的包含证明
entry-check-server = 本节点的验证结果
entry-valid = 签名有效，且该记录在日志中
entry-invalid = 验证未通过：{ $problem }
entry-verify-browser = 在此浏览器中验证
entry-verify-browser-hint = 根据记录和证明重新计算默克尔树根，并验证签名，不依赖本页面给出的结论。
entry-browser-ok = 已在您的浏览器中验证：该证明可推导出检查点的根，且签名有效。
entry-browser-root-ok = 该证明可推导出检查点的根。此浏览器无法验证 Ed25519 签名。
entry-browser-failed = 在您的浏览器中验证失败。
key-owner-node = 本节点
key-owner-organisation = 组织 { $name }
back-to-log = 返回透明度日志
action-key-register = 已发布签名密钥
action-key-retire = 已停用签名密钥
